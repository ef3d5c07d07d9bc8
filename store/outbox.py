"""Staff announcements and the durable outbox they are delivered from.

An announcement is written as a draft and shown as a preview; confirming it writes one
outbox row per recipient (per channel and chat) in the same transaction. Senders
(handlers/delivery.py, one per channel) drain the outbox; each row goes pending ->
sent / blocked / unreachable / failed once (unreachable: the messenger lets
nobody write to them now, as Zalo OA outside a follower's interaction window). Scheduled announcements live here too, so a restart
loses none of them.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal, get_args

from .database import Database, now
from .subscriptions import Subscriptions

AnnouncementStatus = Literal["draft", "scheduled", "sending", "done", "cancelled"]
RowStatus = Literal["pending", "sent", "blocked", "unreachable", "failed", "cancelled"]
Settled = Literal["pending", "sent", "blocked", "unreachable", "failed"]  # what a sender may mark a row (pending: try again)


class Outbox:
    """The announcements and outbox tables, and every state change of them (each one transaction)."""

    def __init__(self, database: Database, subscriptions: Subscriptions):
        self.database = database
        self.subscriptions = subscriptions  # the recipients, and whom to stop writing to

    def draft(self, author: str, author_chat: str, text: str, topic: str) -> int:
        """An announcement by ``author`` (an identity, 'telegram:123'), reported to ``author_chat``."""
        with self.database.transaction() as db:
            return db.execute(
                "INSERT INTO announcements (author, author_chat, text, topic, status, created_at) "
                "VALUES (?, ?, ?, ?, 'draft', ?)", [author, author_chat, text, topic, now()]
            ).lastrowid

    def get(self, announcement_id: int) -> dict | None:
        return next(self.database.db["announcements"].rows_where("id = ?", [announcement_id]), None)

    def confirm(self, announcement_id: int) -> int:
        """Queue a draft for sending now: one outbox row per recipient, with the status, in one transaction."""
        with self.database.transaction() as db:
            announcement = self.get(announcement_id)
            if not announcement or announcement["status"] not in ("draft", "scheduled"):
                return 0
            recipients = self.subscriptions.recipients(announcement["topic"])
            db.conn.executemany(
                "INSERT OR IGNORE INTO outbox (announcement_id, channel, chat_id, status, attempts) "
                "VALUES (?, ?, ?, 'pending', 0)", [(announcement_id, ch, chat) for ch, chat in recipients])
            db.execute("UPDATE announcements SET status = 'sending', started_at = ? WHERE id = ?",
                       [now(), announcement_id])
            return len(recipients)

    def schedule(self, announcement_id: int, when: dt.datetime) -> None:
        with self.database.transaction() as db:
            db.execute("UPDATE announcements SET status = 'scheduled', send_at = ? WHERE id = ? AND status = 'draft'",
                       [when.astimezone(dt.timezone.utc).isoformat(timespec="seconds"), announcement_id])

    def cancel(self, announcement_id: int) -> bool:
        """Stop a draft, scheduled or sending announcement; what was sent stays sent."""
        with self.database.transaction() as db:
            changed = db.execute(
                "UPDATE announcements SET status = 'cancelled', finished_at = ? WHERE id = ? "
                "AND status IN ('draft', 'scheduled', 'sending')", [now(), announcement_id]).rowcount
            db.execute("UPDATE outbox SET status = 'cancelled' WHERE announcement_id = ? AND status = 'pending'",
                       [announcement_id])
            return bool(changed)

    def due(self, at: dt.datetime) -> list[int]:
        rows = self.database.conn.execute(
            "SELECT id FROM announcements WHERE status = 'scheduled' AND send_at <= ? ORDER BY send_at",
            [at.astimezone(dt.timezone.utc).isoformat(timespec="seconds")]).fetchall()
        return [r[0] for r in rows]

    def pending(self, channel: str, limit: int = 100) -> list[dict]:
        rows = self.database.conn.execute(
            "SELECT o.id, o.announcement_id, o.chat_id, o.attempts, a.text FROM outbox o "
            "JOIN announcements a ON a.id = o.announcement_id "
            "WHERE o.channel = ? AND o.status = 'pending' AND a.status = 'sending' ORDER BY o.id LIMIT ?",
            [channel, limit]).fetchall()
        return [dict(zip(("id", "announcement_id", "chat_id", "attempts", "text"), r)) for r in rows]

    def mark(self, row_id: int, status: Settled, error: str = "") -> None:
        """Settle one row (sent, blocked, unreachable, failed) or count a failed attempt (status 'pending')."""
        with self.database.transaction() as db:
            db.execute("UPDATE outbox SET status = ?, attempts = attempts + 1, error = ?, sent_at = ? WHERE id = ?",
                       [status, error[:300], now() if status == "sent" else None, row_id])
            if status == "blocked":
                channel, chat_id = db.execute("SELECT channel, chat_id FROM outbox WHERE id = ?", [row_id]).fetchone()
                self.subscriptions.stop_chat(channel, chat_id)

    def counts(self, announcement_id: int) -> dict[RowStatus, int]:
        rows = self.database.conn.execute(
            "SELECT status, COUNT(*) FROM outbox WHERE announcement_id = ? GROUP BY status", [announcement_id])
        counts = dict.fromkeys(get_args(RowStatus), 0)
        counts.update(dict(rows.fetchall()))
        return counts

    def finish_if_done(self, announcement_id: int) -> bool:
        """Mark an announcement done when no row is pending; True the first time."""
        with self.database.transaction() as db:
            return bool(db.execute(
                "UPDATE announcements SET status = 'done', finished_at = ? WHERE id = ? AND status = 'sending' "
                "AND NOT EXISTS (SELECT 1 FROM outbox WHERE announcement_id = ? AND status = 'pending')",
                [now(), announcement_id, announcement_id]).rowcount)

    def claim_report(self, announcement_id: int) -> bool:
        """True once per announcement: whoever gets it posts the final report."""
        with self.database.transaction() as db:
            return bool(db.execute("UPDATE announcements SET reported = 1 WHERE id = ? AND reported = 0",
                                   [announcement_id]).rowcount)

    def unreported(self, channel: str) -> list[int]:
        rows = self.database.conn.execute(
            "SELECT id FROM announcements WHERE status IN ('done', 'sending') AND reported = 0 AND author LIKE ?",
            [f"{channel}:%"]).fetchall()
        return [r[0] for r in rows]

    def set_progress_message(self, announcement_id: int, message: str) -> None:
        with self.database.transaction() as db:
            db.execute("UPDATE announcements SET progress_message = ? WHERE id = ?", [message, announcement_id])

    def recent(self, limit: int = 10) -> list[dict]:
        return list(self.database.db["announcements"].rows_where("status != 'draft'", order_by="id desc", limit=limit))
