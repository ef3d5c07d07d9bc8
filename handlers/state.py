"""What a conversation remembers, in the same SQLite file as the facts.

- the choices last offered to each person, so "2" typed in a terminal or on Zalo (no
  buttons there) means the second of them, even after a restart;
- which offered fact a person picked, and their 👍/👎 on answers, for operators to read.
"""
from __future__ import annotations

import json

from knowledge.store import Store, now

from .types import Choice


class ConversationState:
    def __init__(self, store: Store):
        self.store = store
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

    def offer(self, identity: str, choices: list[Choice], question_id: int | None = None) -> None:
        """Remember these choices (none: forget the last ones). Plain SQL: it runs on every message."""
        if choices:
            data = json.dumps([[c.label, c.data] for c in choices], ensure_ascii=False)
            with self.store.transaction() as db:
                db.execute(
                    "INSERT OR REPLACE INTO pending_choices (identity, choices, question_id, at) VALUES (?, ?, ?, ?)",
                    [identity, data, question_id, now()],
                )
        else:
            with self.store.transaction() as db:
                db.execute("DELETE FROM pending_choices WHERE identity = ?", [identity])

    def offered(self, identity: str) -> tuple[list[Choice], int | None]:
        """The choices last offered, and the question they answered (if they came from one)."""
        row = self.store.db.execute(
            "SELECT choices, question_id FROM pending_choices WHERE identity = ?", [identity]
        ).fetchone()
        if not row:
            return [], None
        return [Choice(label, data) for label, data in json.loads(row[0])], row[1]

    def answered(self, identity: str, question_id: int) -> None:
        """Remember the last answer, so a 👍 or 👎 typed next (Zalo has no buttons) is about it."""
        with self.store.transaction() as db:
            db.execute("INSERT OR REPLACE INTO last_answers (identity, question_id) VALUES (?, ?)",
                       [identity, question_id])

    def last_answered(self, identity: str) -> int | None:
        row = self.store.db.execute("SELECT question_id FROM last_answers WHERE identity = ?", [identity]).fetchone()
        return row[0] if row else None

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
