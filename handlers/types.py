"""What goes into and comes out of a conversation, with no messenger's types in it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from store.questions import QuestionStatus

from . import texts


@dataclass(frozen=True)
class Message:
    """A message from a person: which messenger, who (that messenger's user id), what they typed."""

    channel: str
    user_id: str
    text: str
    name: str = ""
    chat_id: str = ""  # where replies and announcements go; the user's own chat when empty
    attachment: bytes | None = None  # a file sent with the message (a facts file for /import)
    group: bool = False  # said in a group chat: whatever is answered there, everyone in it reads

    @property
    def chat(self) -> str:
        return self.chat_id or self.user_id

    @property
    def identity(self) -> str:
        """'telegram:123': how roles and subscriptions name a person."""
        return f"{self.channel}:{self.user_id}"


class Choice(NamedTuple):
    """An option the person can pick: a button on Telegram, a numbered line elsewhere.

    ``data`` is what the button carries back (handlers/buttons.py).
    """

    label: str
    data: str


@dataclass
class Reply:
    """One message back. ``text`` is HTML (only <b> and <i>; everything a person typed is escaped).

    ``status``, ``fact_ids`` and ``score`` say how a question was answered, for logs and ``ask --jsonl``.
    ``feedback_id`` (an answer's question id) asks the channel to offer 👍/👎 where it can.
    ``toast`` marks a brief acknowledgement a messenger may show as a notification instead.
    ``image`` (PNG bytes) goes with the text where the messenger shows images (a photo on Telegram,
    the text its caption when short enough); channels without images send the text alone.
    """

    text: str
    choices: list[Choice] = field(default_factory=list)
    status: QuestionStatus | None = None
    fact_ids: list[str] = field(default_factory=list)
    score: float = 0.0
    feedback_id: int | None = None
    toast: bool = False
    image: bytes | None = None


@dataclass(frozen=True)
class LongWork:
    """What a command that takes a while (/ingest) hands back to run where it holds nobody up: ``work(progress)`` reads and
    writes no database, so a channel may run it in another thread (the store's connection stays with the
    conversation's own thread), telling ``progress`` how far it got a line at a time; ``finish`` takes its
    result back in the conversation's thread and gives the replies, in one commit."""

    work: Callable[[Callable[[str], None]], Any]
    finish: Callable[[Any], list[Reply]]

    def now(self) -> list[Reply]:
        """Run it all here, progress untold: for a channel that has nowhere else to run it."""
        return self.finish(self.work(lambda _line: None))


@dataclass(frozen=True)
class Command:
    """A slash command: who may run it (roles), what it does, and (texts.COMMANDS) what it says in menus."""

    name: str
    run: Callable[[Message, str], list[Reply] | LongWork]  # LongWork: work that takes a while (/ingest)
    roles: frozenset[str]
    listed: bool = True  # False: only for buttons (a preview's "Gửi"), not in menus or /help
    writes: bool = True  # False: it only reads (from a connection of its own), so it runs outside the write lock

    @property
    def description(self) -> str:
        """Shown in /help and in the messenger's command menu."""
        return texts.COMMANDS[self.name]
