"""What goes into and comes out of a conversation, with no messenger's types in it."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Message:
    """A message from a person: which messenger, who (that messenger's user id), what they typed."""

    channel: str
    user_id: str
    text: str
    name: str = ""

    @property
    def identity(self) -> str:
        """'telegram:123': how roles and subscriptions name a person."""
        return f"{self.channel}:{self.user_id}"


@dataclass(frozen=True)
class Choice:
    """An option the person can pick: a button on Telegram, a numbered line elsewhere."""

    label: str
    data: str


@dataclass
class Reply:
    """One message back. ``text`` is HTML (only <b> and <i>; everything a person typed is escaped).

    ``status``, ``fact_ids`` and ``score`` say how a question was answered, for logs and ``ask --jsonl``.
    """

    text: str
    choices: list[Choice] = field(default_factory=list)
    status: str | None = None
    fact_ids: list[str] = field(default_factory=list)
    score: float = 0.0
