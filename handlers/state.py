"""What a conversation remembers, in the same SQLite file as the facts.

- the choices last offered to each person, so "2" typed in a terminal or on Zalo (no
  buttons there) means the second of them, even after a restart;
- which offered fact a person picked, and their 👍/👎 on answers, for operators to read.

The first two are read on every message, so they are also kept in memory: SQLite is
written first, in the message's transaction, and the memory is forgotten when a
transaction is rolled back, so it never says what the file does not.
"""
from __future__ import annotations

import json

from knowledge.store import Store, now

from .types import Choice


MAX_REMEMBERED = 10_000  # people whose state is kept in memory; beyond that, read from SQLite again


class ConversationState:
    def __init__(self, store: Store):
        self.store = store
        self._offered: dict[str, tuple[list[Choice], int | None]] = {}
        self._answered: dict[str, int | None] = {}
        store.rollback_listeners.append(self.forget)
        with store.transaction() as db:
            db["pending_choices"].create(
                {"identity": str, "choices": str, "question_id": int, "at": str}, pk="identity", if_not_exists=True
            )
            db["picks"].create(
                {"id": int, "identity": str, "question_id": int, "choice": str, "at": str}, pk="id", if_not_exists=True
            )
            db["last_answers"].create({"identity": str, "question_id": int}, pk="identity", if_not_exists=True)
            db["feedback"].create(
                {"question_id": int, "identity": str, "helpful": int, "at": str},
                pk=("question_id", "identity"), if_not_exists=True,
            )

    def forget(self) -> None:
        """Drop what is kept in memory (SQLite still has it all)."""
        self._offered.clear()
        self._answered.clear()

    def offer(self, identity: str, choices: list[Choice], question_id: int | None = None) -> None:
        """Remember these choices (none: forget the last ones). Plain SQL: it runs on every message."""
        if choices:
            data = json.dumps([[c.label, c.data] for c in choices], ensure_ascii=False)
            with self.store.transaction():
                self.store.db.conn.execute(
                    "INSERT OR REPLACE INTO pending_choices (identity, choices, question_id, at) VALUES (?, ?, ?, ?)",
                    [identity, data, question_id, now()],
                )
        elif self.offered(identity)[0]:
            with self.store.transaction():
                self.store.db.conn.execute("DELETE FROM pending_choices WHERE identity = ?", [identity])
        self._remember(self._offered, identity, (list(choices), question_id))

    def offered(self, identity: str) -> tuple[list[Choice], int | None]:
        """The choices last offered, and the question they answered (if they came from one)."""
        if identity not in self._offered:
            row = self.store.db.conn.execute(
                "SELECT choices, question_id FROM pending_choices WHERE identity = ?", [identity]
            ).fetchone()
            choices = [Choice(label, data) for label, data in json.loads(row[0])] if row else []
            self._remember(self._offered, identity, (choices, row[1] if row else None))
        return self._offered[identity]

    def answered(self, identity: str, question_id: int) -> None:
        """Remember the last answer, so a 👍 or 👎 typed next (Zalo has no buttons) is about it."""
        with self.store.transaction():
            self.store.db.conn.execute("INSERT OR REPLACE INTO last_answers (identity, question_id) VALUES (?, ?)",
                                       [identity, question_id])
        self._remember(self._answered, identity, question_id)

    def last_answered(self, identity: str) -> int | None:
        if identity not in self._answered:
            row = self.store.db.conn.execute(
                "SELECT question_id FROM last_answers WHERE identity = ?", [identity]).fetchone()
            self._remember(self._answered, identity, row[0] if row else None)
        return self._answered[identity]

    @staticmethod
    def _remember(memory: dict, identity: str, value: object) -> None:
        if len(memory) >= MAX_REMEMBERED and identity not in memory:
            memory.clear()  # simpler than LRU, and rare: the next message of each reads SQLite once
        memory[identity] = value

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
