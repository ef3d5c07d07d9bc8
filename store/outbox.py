"""Staff announcements and the durable outbox they are delivered from.

An announcement is written as a draft and shown as a preview; confirming it writes one
outbox row per recipient (per channel and chat) in the same transaction. Senders
(handlers/delivery.py, one per channel and process) drain the outbox; each row goes
pending -> sent / blocked / unreachable / failed (or cancelled) once (unreachable: the
messenger lets nobody write to them now, as Zalo OA outside a follower's interaction window). Scheduled
announcements live here too, so a restart loses none of them.

A sender claims one row right before sending it: ``claimed_by`` names the sender and
``lease_until`` says until when the row is its own. Claiming is one transaction that
checks the row is still pending, its announcement still sending and no live lease on it,
so two processes on one file (a redeploy overlapping the old process) never send one row
both, and a /cancel committed before the claim stops it. A claimed row is in flight: cancel
leaves it to its sender, which settles it as what happened; the lease of a sender that died
runs out and the row is taken over. Settling (``mark``) and releasing touch only a row still
pending and held by that sender: a cancelled or settled row is never marked again.

A row may also carry a message of its own (``text``, complete HTML) instead of an announcement's:
a staff member's answer to a question of the inbox (``inbox_id``, store/inbox.py) or a notice to
staff. Such rows are sent by the same senders, within the same limits, claimed the same way.
"""
from __future__ import annotations

import datetime as dt
import time
from typing import Literal, get_args

from .database import Database, now
from .subscriptions import Subscriptions

AnnouncementStatus = Literal["draft", "scheduled", "sending", "done", "cancelled"]
RowStatus = Literal["pending", "sent", "blocked", "unreachable", "failed", "cancelled"]
Settled = Literal["pending", "sent", "blocked", "unreachable", "failed"]  # what a sender may mark a row (pending: try again)
LEASE_SECONDS = 120.0  # longer than any one send, with its 429 waits, may take
FREE = "o.status = 'pending' AND (o.lease_until IS NULL OR o.lease_until < ?)"  # a row nobody holds
# What a row released by its sender becomes: pending again, or cancelled if its announcement was meanwhile.
# A row may be sent when it is its own message, or its announcement is being sent.
SENDING = "(o.announcement_id IS NULL OR (SELECT status FROM announcements WHERE id = o.announcement_id) = 'sending')"
RELEASED = ("CASE WHEN (SELECT status FROM announcements WHERE id = outbox.announcement_id) = 'cancelled' "
            "THEN 'cancelled' ELSE 'pending' END")


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
        """Stop a draft, scheduled or sending announcement: no row not yet claimed is sent after this
        commits. What was sent stays sent; a row in flight now is settled by its sender."""
        with self.database.transaction() as db:
            changed = db.execute(
                "UPDATE announcements SET status = 'cancelled', finished_at = ? WHERE id = ? "
                "AND status IN ('draft', 'scheduled', 'sending')", [now(), announcement_id]).rowcount
            db.execute(f"UPDATE outbox AS o SET status = 'cancelled' WHERE announcement_id = ? AND {FREE}",
                       [announcement_id, time.time()])
            return bool(changed)

    def cancel_abandoned(self) -> None:
        """Rows of cancelled announcements that were in flight in a process that died: cancelled once
        their lease has run out (a live sender settles its own)."""
        query = ("SELECT o.id FROM outbox o JOIN announcements a ON a.id = o.announcement_id "
                 f"WHERE {FREE} AND a.status = 'cancelled'")
        if self.database.conn.execute(query + " LIMIT 1", [time.time()]).fetchone():
            with self.database.transaction() as db:
                db.execute(f"UPDATE outbox SET status = 'cancelled' WHERE id IN ({query})", [time.time()])

    def due(self, at: dt.datetime) -> list[int]:
        rows = self.database.conn.execute(
            "SELECT id FROM announcements WHERE status = 'scheduled' AND send_at <= ? ORDER BY send_at",
            [at.astimezone(dt.timezone.utc).isoformat(timespec="seconds")]).fetchall()
        return [r[0] for r in rows]

    def message(self, channel: str, chat_id: str, text: str, inbox_id: int | None = None) -> int:
        """Queue one message of its own (HTML) to one chat: an answer to an inbox question, or a notice."""
        with self.database.transaction() as db:
            return db.execute("INSERT INTO outbox (channel, chat_id, status, attempts, text, inbox_id) "
                              "VALUES (?, ?, 'pending', 0, ?, ?)", [channel, chat_id, text, inbox_id]).lastrowid

    def next_pending(self, channel: str) -> dict | None:
        """The first row of this channel to send: pending, its own message or its announcement sending,
        nobody holding it. ``text`` is the row's own message, or (``announcement_id`` set) the announcement's."""
        row = self.database.conn.execute(
            "SELECT o.id, o.announcement_id, o.chat_id, o.attempts, COALESCE(o.text, a.text) FROM outbox o "
            "LEFT JOIN announcements a ON a.id = o.announcement_id "
            f"WHERE o.channel = ? AND {FREE} AND {SENDING} ORDER BY o.id LIMIT 1",
            [channel, time.time()]).fetchone()
        return dict(zip(("id", "announcement_id", "chat_id", "attempts", "text"), row)) if row else None

    def claim(self, row_id: int, sender: str, lease: float = LEASE_SECONDS) -> int | None:
        """Make a row ``sender``'s to send for ``lease`` seconds; its attempts so far, or None if it is
        no longer to be sent (cancelled, settled, or held by another sender)."""
        with self.database.transaction() as db:
            row = db.execute(
                f"UPDATE outbox AS o SET claimed_by = ?, lease_until = ? WHERE o.id = ? AND {FREE} AND {SENDING} "
                "RETURNING attempts",
                [sender, time.time() + lease, row_id, time.time()]).fetchone()
            return row[0] if row else None

    def release(self, row_id: int, sender: str) -> None:
        """Give a claimed row back unsent (the messenger said wait): pending again, for whoever comes next."""
        with self.database.transaction() as db:
            db.execute(f"UPDATE outbox SET status = {RELEASED}, claimed_by = NULL, lease_until = NULL "
                       "WHERE id = ? AND status = 'pending' AND claimed_by = ?", [row_id, sender])

    def mark(self, row_id: int, status: Settled, sender: str, error: str = "") -> bool:
        """Settle a row ``sender`` holds (sent, blocked, unreachable, failed), or count a failed attempt and release
        it (status 'pending'). A row not pending or not held by ``sender`` is left as it is: False."""
        with self.database.transaction() as db:
            if status == "pending":
                status_sql, claimed_by = RELEASED, None
            else:  # a settled row keeps who settled it
                status_sql, claimed_by = "?", sender
            changed = db.execute(
                f"UPDATE outbox SET status = {status_sql}, attempts = attempts + 1, error = ?, sent_at = ?, "
                "claimed_by = ?, lease_until = NULL WHERE id = ? AND status = 'pending' AND claimed_by = ?",
                [*([status] if status_sql == "?" else []), error[:300], now() if status == "sent" else None,
                 claimed_by, row_id, sender]).rowcount
            if changed and status == "blocked":
                channel, chat_id = db.execute("SELECT channel, chat_id FROM outbox WHERE id = ?", [row_id]).fetchone()
                self.subscriptions.stop_chat(channel, chat_id)
            return bool(changed)

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
