"""Questions citizens handed to the office's staff: the inbox, every step taken on it, and the notices.

A question goes open -> taken (a staff member said they handle it) -> answered or closed. Each
change is one conditional UPDATE in the caller's transaction: of two staff answering at once, the
second finds the question answered and changes nothing. The answer (or the closing message) is
queued to the citizen's own channel in the same transaction, through the outbox; whether it
arrived is that outbox row's status. Every step is kept in ``inbox_steps`` (who, when, what).

The inbox holds what citizens typed, so it follows the question log's retention and a citizen's
erase-my-data (store/retention.py).
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Literal

from .database import Database, now
from .outbox import Outbox

Status = Literal["open", "taken", "answered", "closed"]
ACTIVE = ("open", "taken")
SETTLED = ("sent", "blocked", "unreachable", "failed")  # what a message to a citizen may have become
COLUMNS = ("id", "channel", "user_id", "chat_id", "name", "question", "excerpt", "status", "asked_at", "taken_by",
           "taken_name", "taken_at", "answer", "answered_by", "answered_chat", "answered_at", "close_reason",
           "staff_told", "fact_id")


class Inbox:
    def __init__(self, database: Database, outbox: Outbox):
        self.database = database
        self.outbox = outbox  # answers and notices leave through it

    def file(self, channel: str, user_id: str, chat_id: str, name: str, question: str, excerpt: list[str],
             per_day: int, since: str, at: str) -> int | None:
        """A new open question asked ``at``; None (nothing written) when this person filed ``per_day`` already
        ``since`` then (times as ``now()`` writes them)."""
        with self.database.transaction() as db:
            (filed,) = db.execute("SELECT COUNT(*) FROM inbox WHERE channel = ? AND user_id = ? AND asked_at >= ?",
                                  [channel, user_id, since]).fetchone()
            if filed >= per_day:
                return None
            inbox_id = db.execute(
                "INSERT INTO inbox (channel, user_id, chat_id, name, question, excerpt, status, asked_at) "
                "VALUES (?, ?, ?, ?, ?, ?, 'open', ?)",
                [channel, user_id, chat_id, name, question, json.dumps(excerpt, ensure_ascii=False), at]).lastrowid
            self._step(inbox_id, f"{channel}:{user_id}", "asked")
            return inbox_id

    def get(self, inbox_id: int) -> dict | None:
        row = self.database.conn.execute(f"SELECT {', '.join(COLUMNS)} FROM inbox WHERE id = ?", [inbox_id]).fetchone()
        return _row(row) if row else None

    def active(self, offset: int, limit: int) -> tuple[list[dict], int]:
        """Open and taken questions, oldest first (a page of them), and how many there are."""
        conn = self.database.conn
        (total,) = conn.execute("SELECT COUNT(*) FROM inbox WHERE status IN (?, ?)", ACTIVE).fetchone()
        rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM inbox WHERE status IN (?, ?) ORDER BY id "
                            "LIMIT ? OFFSET ?", [*ACTIVE, limit, offset]).fetchall()
        return [_row(r) for r in rows], total

    def take(self, inbox_id: int, identity: str, name: str) -> bool:
        """``identity`` handles the question: True if it was open (or theirs already)."""
        with self.database.transaction() as db:
            changed = db.execute(
                "UPDATE inbox SET status = 'taken', taken_by = ?, taken_name = ?, taken_at = ? WHERE id = ? "
                "AND (status = 'open' OR (status = 'taken' AND taken_by = ?))",
                [identity, name, now(), inbox_id, identity]).rowcount
            if changed:
                self._step(inbox_id, identity, "taken")
            return bool(changed)

    def answer(self, inbox_id: int, identity: str, staff_chat: str, answer: str, message: str) -> bool:
        """Record the answer and queue ``message`` to the citizen: True, or False (nothing changed) if the
        question is no longer open, or someone else took it."""
        with self.database.transaction() as db:
            row = db.execute(
                "UPDATE inbox SET status = 'answered', answer = ?, answered_by = ?, answered_chat = ?, answered_at = ? "
                "WHERE id = ? AND (status = 'open' OR (status = 'taken' AND taken_by = ?)) RETURNING channel, chat_id",
                [answer, identity, staff_chat, now(), inbox_id, identity]).fetchone()
            if row is None:
                return False
            self.outbox.message(row[0], row[1], message, inbox_id)
            self._step(inbox_id, identity, "answered", answer)
            return True

    def close(self, inbox_id: int, identity: str, staff_chat: str, reason: str, message: str) -> bool:
        """Close without an answer and queue ``message`` to the citizen; False as ``answer``."""
        with self.database.transaction() as db:
            row = db.execute(
                "UPDATE inbox SET status = 'closed', close_reason = ?, answered_by = ?, answered_chat = ?, "
                "answered_at = ? WHERE id = ? AND (status = 'open' OR (status = 'taken' AND taken_by = ?)) "
                "RETURNING channel, chat_id", [reason, identity, staff_chat, now(), inbox_id, identity]).fetchone()
            if row is None:
                return False
            self.outbox.message(row[0], row[1], message, inbox_id)
            self._step(inbox_id, identity, "closed", reason)
            return True

    def made_fact(self, inbox_id: int, identity: str, fact_id: str) -> None:
        with self.database.transaction() as db:
            db.execute("UPDATE inbox SET fact_id = ? WHERE id = ?", [fact_id, inbox_id])
            self._step(inbox_id, identity, "drafted", fact_id)

    def delivery(self, inbox_id: int) -> str | None:
        """What became of the message to the citizen: pending, sent, blocked, unreachable, failed, cancelled."""
        row = self.database.conn.execute("SELECT status FROM outbox WHERE inbox_id = ?", [inbox_id]).fetchone()
        return row[0] if row else None

    def steps(self, inbox_id: int) -> list[tuple[str, str, str, str]]:
        """(at, actor, action, detail) of a question, in order."""
        return self.database.conn.execute("SELECT at, actor, action, COALESCE(detail, '') FROM inbox_steps "
                                          "WHERE inbox_id = ? ORDER BY id", [inbox_id]).fetchall()

    # -- notices to staff ---------------------------------------------------------

    def tell_unseen(self, identity: str, chat_id: str, every: float, notice: Callable[[list[int]], str],
                    at: float | None = None) -> bool:
        """Queue ``notice(ids)`` to ``identity`` (at ``chat_id`` on their channel) about the open questions newer
        than their last notice, if that notice is ``every`` seconds old or there was none: each question is
        in one notice. Only reads when there is nothing to tell (this runs every second)."""
        at = time.time() if at is None else at
        conn = self.database.conn
        if not self._unseen(identity, every, at):
            return False
        with self.database.transaction():
            ids = self._unseen(identity, every, at)  # again, under the write lock: another process may have told
            if ids:
                conn.execute("INSERT INTO inbox_notices (identity, seen_id, at) VALUES (?, ?, ?) ON CONFLICT "
                             "(identity) DO UPDATE SET seen_id = excluded.seen_id, at = excluded.at",
                             [identity, ids[-1], at])
                self.outbox.message(identity.partition(":")[0], chat_id, notice(ids))
            return bool(ids)

    def _unseen(self, identity: str, every: float, at: float) -> list[int]:
        conn = self.database.conn
        last = conn.execute("SELECT seen_id, at FROM inbox_notices WHERE identity = ?", [identity]).fetchone()
        seen_id, told_at = last if last else (0, None)
        if told_at is not None and at - told_at < every:
            return []
        return [r[0] for r in conn.execute("SELECT id FROM inbox WHERE id > ? AND status = 'open' ORDER BY id",
                                           [seen_id])]

    def tell_outcomes(self, channel: str, delivered: Callable[[list[int]], str],
                      undelivered: Callable[[int, str], str]) -> int:
        """What became of the messages to citizens whose question a staff member on ``channel`` answered or
        closed, each settled row taken once: recorded as the question's step ('delivered' or 'undelivered',
        the outbox status its detail), and told to that staff member: ``undelivered(id, status)`` for each
        message that could not reach its citizen, ``delivered(ids)`` once for the answers that arrived since
        the last pass (a closing is not confirmed: its reply already said the citizen is told). Only reads
        when there is nothing new (this runs every second)."""
        if not self._settled(channel):
            return 0
        with self.database.transaction() as db:
            rows = self._settled(channel)  # again, under the write lock: another process may have taken them
            arrived: dict[str, list[int]] = {}
            for inbox_id, status, citizen_channel, chat, outcome in rows:
                db.execute("UPDATE inbox SET staff_told = 1 WHERE id = ?", [inbox_id])
                self._step(inbox_id, citizen_channel, "delivered" if outcome == "sent" else "undelivered", outcome)
                if outcome != "sent":
                    self.outbox.message(channel, chat, undelivered(inbox_id, outcome))
                elif status == "answered":
                    arrived.setdefault(chat, []).append(inbox_id)
            for chat, ids in arrived.items():
                self.outbox.message(channel, chat, delivered(ids))
            return len(rows)

    def _settled(self, channel: str) -> list[tuple[int, str, str, str, str]]:
        """(id, status, citizen's channel, staff chat, outbox status) of messages to citizens settled, not yet told."""
        return self.database.conn.execute(
            "SELECT i.id, i.status, o.channel, i.answered_chat, o.status FROM outbox o JOIN inbox i ON i.id = o.inbox_id "
            f"WHERE o.inbox_id IS NOT NULL AND o.status IN ({', '.join('?' * len(SETTLED))}) "
            "AND i.staff_told = 0 AND i.answered_by LIKE ? ORDER BY i.id", [*SETTLED, f"{channel}:%"]).fetchall()

    def _step(self, inbox_id: int, actor: str, action: str, detail: str = "") -> None:
        self.database.conn.execute("INSERT INTO inbox_steps (inbox_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)",
                                   [inbox_id, now(), actor, action, detail])


def _row(row: tuple) -> dict:
    record = dict(zip(COLUMNS, row))
    record["excerpt"] = json.loads(record["excerpt"] or "[]")
    return record
