"""The terminal: a chat for trying the bot with no token, and ``ask`` for scripts and the eval.

With a role (``bot.py chat --as staff``) the chat plays both sides of "Hỏi cán bộ": the person at
the console is staff, and ``/nguoidan`` / ``/canbo`` switch to a citizen and back. What the bot
sends either side through the outbox (answers, notices to staff) is printed after each line, as
a messenger's sender would deliver it.
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import TextIO

from handlers import Conversation, Message, Reply, texts
from handlers.delivery import SENT, Deliverer, Outcome
from store import storage_fault

from .text import numbered_plain, to_plain

log = logging.getLogger(__name__)

CHANNEL = "terminal"
LOCAL_USER = "local"
CITIZEN_USER = "nguoidan"  # the citizen the console plays beside its role
SIDES = {"/nguoidan": CITIZEN_USER, "/canbo": LOCAL_USER}
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


class TerminalDelivery:
    """The outbox of the terminal channel, printed: what the citizen or the staff member would receive."""

    per_second = 1000.0
    chat_interval = 0.0

    def __init__(self, stdout: TextIO):
        self.stdout = stdout

    async def send(self, chat_id: str, html: str) -> Outcome:
        to = texts.TERMINAL_TO_CITIZEN if chat_id == CITIZEN_USER else texts.TERMINAL_TO_STAFF
        self.stdout.write(f"{to}\n{to_plain(html)}\n\n")
        return SENT

    async def notify(self, chat_id: str, text: str, message_id: str | None) -> str | None:
        return None  # announcements' progress: the terminal has no staff chat to report to


def chat(conversation: Conversation, stdin: TextIO, stdout: TextIO, both_sides: bool = False) -> None:
    """Read a line, print the replies, until end of input or 'thoát'; ``both_sides``: /nguoidan and /canbo
    switch between a citizen and the console's role, and the outbox is delivered after each line."""
    deliverer = Deliverer(conversation.store.outbox, CHANNEL, TerminalDelivery(stdout),
                          notices=conversation.inbox.queue_notices) if both_sides else None

    def show(replies):
        for reply in replies:
            stdout.write(numbered_plain(reply) + "\n\n")
        if deliverer is not None:  # until nothing is left: a delivered answer's confirmation to staff follows it
            while asyncio.run(deliverer.drain()):
                pass
        stdout.flush()

    user_id = LOCAL_USER
    show(answer(conversation, Message(CHANNEL, user_id, "/start")))
    stdout.write(texts.CHAT_HINT + "\n" + (texts.CHAT_SIDES_HINT + "\n" if both_sides else ""))
    while True:
        side = (texts.CITIZEN_SIDE if user_id == CITIZEN_USER else texts.STAFF_SIDE) if both_sides else ""
        stdout.write(side + texts.CHAT_PROMPT)
        stdout.flush()
        line = stdin.readline()
        if not line or line.strip().lower() in QUIT_WORDS:
            stdout.write(f"\n{texts.CHAT_GOODBYE}\n")
            return
        if both_sides and line.strip().lower() in SIDES:
            user_id = SIDES[line.strip().lower()]
            stdout.write((texts.NOW_CITIZEN if user_id == CITIZEN_USER else texts.NOW_STAFF) + "\n\n")
            continue
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
