"""What a conversation remembers, in the same SQLite file as the facts.

- per person (one narrow row each, ``conversation_state``): the choices last offered,
  so "2" typed in a terminal or on Zalo (no buttons there) means the second of them,
  even after a restart; and the last answer, so a 👍/👎 typed next is about it;
- which offered fact a person picked, and their 👍/👎 on answers, for operators to read.

The per-person row is read on every message, so it is also kept in memory: SQLite is
written first, in the message's transaction, and the memory is forgotten when a
transaction is rolled back, so it never says what the file does not.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from knowledge.store import Store, now

from .types import Choice

MAX_REMEMBERED = 10_000  # people whose state is kept in memory; beyond that, read from SQLite again
SAVE_CHOICES = ("INSERT INTO conversation_state (identity, choices, question_id, at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (identity) DO UPDATE SET choices = excluded.choices, "
                "question_id = excluded.question_id, at = excluded.at")
SAVE_ANSWERED = ("INSERT INTO conversation_state (identity, answered_id, at) VALUES (?, ?, ?) "
                 "ON CONFLICT (identity) DO UPDATE SET answered_id = excluded.answered_id, at = excluded.at")


@dataclass
class _PersonState:
    choices: list[Choice] = field(default_factory=list)
    question_id: int | None = None  # the question the choices were offered for
    answered_id: int | None = None  # the last question answered


class ConversationState:
    def __init__(self, store: Store):
        self.store = store
        self._people: dict[str, _PersonState] = {}
        store.rollback_listeners.append(self.forget)
        with store.transaction() as db:
            # WITHOUT ROWID: the row lives in its key's b-tree, so a message writes one page, not two.
            db.execute("CREATE TABLE IF NOT EXISTS conversation_state (identity TEXT PRIMARY KEY, choices TEXT, "
                       "question_id INTEGER, answered_id INTEGER, at TEXT) WITHOUT ROWID")
            self._move_older_tables(db)
            db["picks"].create(
                {"id": int, "identity": str, "question_id": int, "choice": str, "at": str}, pk="id", if_not_exists=True
            )
            db["feedback"].create(
                {"question_id": int, "identity": str, "helpful": int, "at": str},
                pk=("question_id", "identity"), if_not_exists=True,
            )

    @staticmethod
    def _move_older_tables(db) -> None:
        """Files made before conversation_state kept choices and last answers in two tables."""
        if db["pending_choices"].exists():
            db.execute("INSERT OR IGNORE INTO conversation_state (identity, choices, question_id, at) "
                       "SELECT identity, choices, question_id, at FROM pending_choices")
            db["pending_choices"].drop()
        if db["last_answers"].exists():
            db.execute("INSERT INTO conversation_state (identity, answered_id) SELECT identity, question_id "
                       "FROM last_answers WHERE true ON CONFLICT (identity) DO UPDATE SET answered_id = excluded.answered_id")
            db["last_answers"].drop()

    def forget(self) -> None:
        """Drop what is kept in memory (SQLite still has it all)."""
        self._people.clear()

    def offer(self, identity: str, choices: list[Choice], question_id: int | None = None) -> None:
        """Remember these choices (none: forget the last ones). Plain SQL: it runs on every message."""
        person = self._person(identity)
        if not choices and not person.choices:
            return  # nothing offered before or now: nothing to write
        data = json.dumps([[c.label, c.data] for c in choices], ensure_ascii=False) if choices else None
        self._write(SAVE_CHOICES, identity, data, question_id if choices else None)
        person.choices, person.question_id = list(choices), question_id if choices else None

    def offered(self, identity: str) -> tuple[list[Choice], int | None]:
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
        with self.store.transaction():
            self.store.db.conn.execute(sql, [*values, now()])

    def _person(self, identity: str) -> _PersonState:
        person = self._people.get(identity)
        if person is None:
            row = self.store.db.conn.execute(
                "SELECT choices, question_id, answered_id FROM conversation_state WHERE identity = ?", [identity]
            ).fetchone()
            person = _PersonState()
            if row:
                person.choices = [Choice(label, data) for label, data in json.loads(row[0] or "[]")]
                person.question_id, person.answered_id = row[1], row[2]
            if len(self._people) >= MAX_REMEMBERED:
                self._people.clear()  # simpler than LRU, and rare: the next message of each reads SQLite once
            self._people[identity] = person
        return person

    def record_pick(self, identity: str, question_id: int | None, choice: str) -> None:
        with self.store.transaction() as db:
            db["picks"].insert({"identity": identity, "question_id": question_id, "choice": choice, "at": now()})

    def record_feedback(self, identity: str, question_id: int, helpful: bool) -> None:
        """One vote per person per answer; pressing again changes it."""
        with self.store.transaction() as db:
            db["feedback"].upsert(
                {"question_id": question_id, "identity": identity, "helpful": int(helpful), "at": now()},
                pk=("question_id", "identity"),
            )
