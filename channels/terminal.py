"""The terminal: a chat for trying the bot with no token, and ``ask`` for scripts and the eval."""
from __future__ import annotations

import json
import logging
from typing import TextIO

from handlers import Conversation, Message, Reply, texts
from store import storage_fault

from .text import numbered_plain

log = logging.getLogger(__name__)

CHANNEL = "terminal"
LOCAL_USER = "local"
QUIT_WORDS = {"/quit", "/exit", "quit", "exit", "thoát", "thoat"}


def answer(conversation: Conversation, message: Message) -> list[Reply]:
    """The replies, or a polite apology if answering failed: logged with its traceback, as on the
    messengers, and the next question is answered (a batch of ``ask`` does not die half-way).
    A file that cannot be used (read-only, full, locked, damaged) ends the command instead:
    bot.py says so in one sentence; what was committed stays."""
    try:
        return conversation.handle(message)
    except Exception as error:
        if storage_fault(error):
            raise
        log.exception("Error while answering %r", message.text[:100])
        return [Reply(texts.SOMETHING_WRONG, status="fallback")]


def chat(conversation: Conversation, stdin: TextIO, stdout: TextIO, user_id: str = LOCAL_USER) -> None:
    """Read a line, print the replies, until end of input or 'thoát'."""
    def show(replies):
        for reply in replies:
            stdout.write(numbered_plain(reply) + "\n\n")
        stdout.flush()

    show(answer(conversation, Message(CHANNEL, user_id, "/start")))
    stdout.write(texts.CHAT_HINT + "\n")
    while True:
        stdout.write(texts.CHAT_PROMPT)
        stdout.flush()
        line = stdin.readline()
        if not line or line.strip().lower() in QUIT_WORDS:
            stdout.write(f"\n{texts.CHAT_GOODBYE}\n")
            return
        show(answer(conversation, Message(CHANNEL, user_id, line)))


def ask(conversation: Conversation, questions: list[str], stdout: TextIO, jsonl: bool) -> None:
    """Answer each question; with ``jsonl`` one JSON object a line, as ../shared/eval/score.py reads."""
    for question in questions:
        replies = answer(conversation, Message("cli", "ask", question))
        first = replies[0]
        if jsonl:
            record = {
                "question": question,
                "status": first.status or "fallback",
                "reply": "\n".join(numbered_plain(r) for r in replies),
                "facts": first.fact_ids,
                "score": round(first.score, 3),
            }
            stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            stdout.write("\n".join(numbered_plain(r) for r in replies) + "\n")
    stdout.flush()
