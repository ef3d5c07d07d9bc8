"""What a button carries back when pressed: Telegram's callback_data, or the choice a number typed picks.

Every kind of button is written by one function here and read back by ``decode``, which
the conversation routes on. Telegram allows 64 bytes of it.
"""
from __future__ import annotations

from typing import Literal

from knowledge.numbers import whole_number

ANSWER = "fact:"  # a fact or a topic's facts, by key
MENU = "menu:"  # a topic's list of facts
FEEDBACK = "fb:"  # 👍/👎 on an answer: fb:<question id>:<1|0>
COMMAND = "cmd:"  # runs a command, through the same authorisation as typing it
DISMISS = "dismiss"  # closes a question without doing anything
ASK_STAFF = "ask:"  # hands a question the person asked to staff: ask:<question id>

Kind = Literal["answer", "menu", "feedback", "command", "dismiss", "ask_staff", "unknown"]


def answer(key: str) -> str:
    return ANSWER + key


def menu(topic_id: str) -> str:
    return MENU + topic_id


def feedback(question_id: int, helpful: bool) -> str:
    return f"{FEEDBACK}{question_id}:{int(helpful)}"


def ask_staff(question_id: int) -> str:
    return f"{ASK_STAFF}{question_id}"


def command(text: str) -> str:
    """A button that runs ``text`` ("/send 3") as if it were typed."""
    return COMMAND + text


def decode(data: str) -> tuple[Kind, object]:
    """(kind, what it is about): a key, a topic id, a command's text, a question id (ask_staff), or
    (question id, helpful) for feedback.

    Anything else, a malformed feedback included, is ("unknown", data): a stale or forged button.
    """
    if data == DISMISS:
        return "dismiss", None
    for prefix, kind in ((ANSWER, "answer"), (MENU, "menu"), (COMMAND, "command")):
        if data.startswith(prefix):
            return kind, data[len(prefix):]
    if data.startswith(ASK_STAFF) and (question_id := whole_number(data[len(ASK_STAFF):])) is not None:
        return "ask_staff", question_id
    if data.startswith(FEEDBACK):
        question_id, _, value = data[len(FEEDBACK):].partition(":")
        number = whole_number(question_id)
        if number is not None and value in ("1", "0"):
            return "feedback", (number, value == "1")
    return "unknown", data
