"""Every question citizens asked and how it was answered, the choice they picked, and their 👍/👎."""
from __future__ import annotations

from typing import Literal

from .database import Database, now

# How a question was answered: one fact or more; two or three choices offered; "I don't know".
QuestionStatus = Literal["answered", "suggest", "fallback"]
NOT_ANSWERED: tuple[QuestionStatus, ...] = ("fallback", "suggest")


class QuestionLog:
    def __init__(self, database: Database):
        self.database = database

    def log(self, channel: str, user_id: str, question: str, status: QuestionStatus, fact_ids: list[str],
            score: float) -> int:
        """Record a question and how it was answered; returns its id. (Plain SQL: it runs on every message.)"""
        with self.database.transaction():
            return self.database.conn.execute(
                "INSERT INTO questions (at, channel, user_id, question, status, fact_ids, score) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [now(), channel, user_id, question[:1000], status, ",".join(fact_ids), round(score, 3)],
            ).lastrowid

    def recent_unanswered(self, limit: int = 10) -> list[tuple[str, int]]:
        """The questions most often not answered (fallback) or only suggested for, with counts."""
        rows = self.database.conn.execute(
            "SELECT question, COUNT(*) AS n, MAX(id) AS last FROM questions WHERE status IN (?, ?) "
            "GROUP BY lower(question) ORDER BY n DESC, last DESC LIMIT ?", [*NOT_ANSWERED, limit]
        ).fetchall()
        return [(question, n) for question, n, _ in rows]

    def asked_by(self, question_id: int, channel: str, user_id: str) -> str | None:
        """The text of a question this person asked (None if it was someone else's, or is no longer kept)."""
        row = self.database.conn.execute("SELECT question FROM questions WHERE id = ? AND channel = ? AND user_id = ?",
                                         [question_id, channel, user_id]).fetchone()
        return row[0] if row else None

    def last_of(self, channel: str, user_id: str, before_id: int | None = None, limit: int = 3) -> list[str]:
        """The last ``limit`` questions this person asked (before ``before_id``), oldest first."""
        rows = self.database.conn.execute(
            "SELECT question FROM questions WHERE channel = ? AND user_id = ? AND id < ? ORDER BY id DESC LIMIT ?",
            [channel, user_id, before_id if before_id is not None else 2 ** 62, limit]).fetchall()
        return [question for (question,) in reversed(rows)]

    def record_pick(self, identity: str, question_id: int | None, choice: str) -> None:
        with self.database.transaction() as db:
            db["picks"].insert({"identity": identity, "question_id": question_id, "choice": choice, "at": now()})

    def record_feedback(self, identity: str, question_id: int, helpful: bool) -> None:
        """One vote per person per answer; pressing again changes it."""
        with self.database.transaction() as db:
            db["feedback"].upsert(
                {"question_id": question_id, "identity": identity, "helpful": int(helpful), "at": now()},
                pk=("question_id", "identity"),
            )
