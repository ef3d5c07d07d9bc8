"""What a conversation remembers of each person: one narrow row each (``conversation_state``).

The choices last offered, so "2" typed in a terminal or on Zalo (no buttons there) means
the second of them, even after a restart; and the last answer, so a 👍/👎 typed next is
about it.

The per-person row is read on every message, so it is also kept in memory: SQLite is
written first, in the message's transaction, and the memory is forgotten when a
transaction is rolled back, so it never says what the file does not.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from .database import Database, now

Offer = tuple[str, str]  # a choice offered: (label, data)

MAX_REMEMBERED = 10_000  # people whose state is kept in memory; beyond that, read from SQLite again
SAVE_CHOICES = ("INSERT INTO conversation_state (identity, choices, question_id, at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (identity) DO UPDATE SET choices = excluded.choices, "
                "question_id = excluded.question_id, at = excluded.at")
SAVE_ANSWERED = ("INSERT INTO conversation_state (identity, answered_id, at) VALUES (?, ?, ?) "
                 "ON CONFLICT (identity) DO UPDATE SET answered_id = excluded.answered_id, at = excluded.at")


@dataclass
class _PersonState:
    choices: list[Offer] = field(default_factory=list)
    question_id: int | None = None  # the question the choices were offered for
    answered_id: int | None = None  # the last question answered


class ConversationState:
    def __init__(self, database: Database):
        self.database = database
        self._people: dict[str, _PersonState] = {}
        database.on_rollback(self.forget)

    def forget(self) -> None:
        """Drop what is kept in memory (SQLite still has it all)."""
        self._people.clear()

    def offer(self, identity: str, choices: list[Offer], question_id: int | None = None) -> None:
        """Remember these choices (none: forget the last ones). Plain SQL: it runs on every message."""
        person = self._person(identity)
        if not choices and not person.choices:
            return  # nothing offered before or now: nothing to write
        data = json.dumps([list(c) for c in choices], ensure_ascii=False) if choices else None
        self._write(SAVE_CHOICES, identity, data, question_id if choices else None)
        person.choices, person.question_id = list(choices), question_id if choices else None

    def offered(self, identity: str) -> tuple[list[Offer], int | None]:
        """The choices last offered, and the question they answered (if they came from one)."""
        person = self._person(identity)
        return person.choices, person.question_id

    def answered(self, identity: str, question_id: int) -> None:
        """Remember the last answer, so a 👍 or 👎 typed next (Zalo has no buttons) is about it."""
        self._write(SAVE_ANSWERED, identity, question_id)
        self._person(identity).answered_id = question_id

    def last_answered(self, identity: str) -> int | None:
        return self._person(identity).answered_id

    def _write(self, sql: str, *values: object) -> None:
        with self.database.transaction():
            self.database.conn.execute(sql, [*values, now()])

    def _person(self, identity: str) -> _PersonState:
        person = self._people.get(identity)
        if person is None:
            row = self.database.conn.execute(
                "SELECT choices, question_id, answered_id FROM conversation_state WHERE identity = ?", [identity]
            ).fetchone()
            person = _PersonState()
            if row:
                person.choices = [(label, data) for label, data in json.loads(row[0] or "[]")]
                person.question_id, person.answered_id = row[1], row[2]
            if len(self._people) >= MAX_REMEMBERED:
                self._people.clear()  # simpler than LRU, and rare: the next message of each reads SQLite once
            self._people[identity] = person
        return person
