"""Staff announcements and the durable outbox they are delivered from.

An announcement is written as a draft and shown as a preview; confirming it writes one
outbox row per recipient (per channel and chat) in the same transaction. Senders
(handlers/delivery.py, one per channel) drain the outbox; each row goes pending ->
sent / blocked / failed once. Scheduled announcements live here too, so a restart
loses none of them.
"""
from __future__ import annotations

import datetime as dt
import re
from html import escape

from knowledge.numbers import whole_number
from knowledge.store import Store, now

from . import texts
from .roles import STAFF
from .subscriptions import ALL_TOPICS, Subscriptions
from .types import Choice, Command, Message, Reply

VIETNAM = dt.timezone(dt.timedelta(hours=7), "Asia/Ho_Chi_Minh")  # no daylight saving
MAX_ANNOUNCEMENT_CHARS = 3500
STAFF_ROLES = frozenset({STAFF})
SCHEDULE = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2})\s+(.+)$", re.S)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Outbox:
    """The announcements and outbox tables, and every state change of them (each one transaction)."""

    def __init__(self, store: Store):
        self.store = store
        Subscriptions(store)  # recipients come from its table
        with store.transaction() as db:
            db["announcements"].create(
                {"id": int, "author": str, "author_chat": str, "text": str, "topic": str, "status": str,
                 "created_at": str, "send_at": str, "started_at": str, "finished_at": str,
                 "progress_message": str, "reported": int},
                pk="id", if_not_exists=True, defaults={"reported": 0},
            )
            db["outbox"].create(
                {"id": int, "announcement_id": int, "channel": str, "chat_id": str, "status": str,
                 "attempts": int, "error": str, "sent_at": str},
                pk="id", if_not_exists=True, defaults={"attempts": 0},
            )
            db["outbox"].create_index(["announcement_id", "channel", "chat_id"], unique=True, if_not_exists=True)
            db["outbox"].create_index(["channel", "status"], if_not_exists=True)

    def draft(self, author: Message, text: str, topic: str) -> int:
        with self.store.transaction() as db:
            return db.execute(
                "INSERT INTO announcements (author, author_chat, text, topic, status, created_at) "
                "VALUES (?, ?, ?, ?, 'draft', ?)", [author.identity, author.chat, text, topic, now()]
            ).lastrowid

    def get(self, announcement_id: int) -> dict | None:
        return next(self.store.db["announcements"].rows_where("id = ?", [announcement_id]), None)

    def recipients(self, topic: str) -> list[tuple[str, str]]:
        """(channel, chat) of every active subscriber of ``topic`` (or of everything), each once."""
        rows = self.store.db.execute(
            "SELECT DISTINCT channel, chat_id FROM subscriptions WHERE active = 1 AND (topic = ? OR topic = ?) "
            "ORDER BY channel, chat_id", [ALL_TOPICS, topic]).fetchall()
        return [(channel, chat) for channel, chat in rows]

    def confirm(self, announcement_id: int) -> int:
        """Queue a draft for sending now: one outbox row per recipient, with the status, in one transaction."""
        with self.store.transaction() as db:
            announcement = self.get(announcement_id)
            if not announcement or announcement["status"] not in ("draft", "scheduled"):
                return 0
            recipients = self.recipients(announcement["topic"])
            db.conn.executemany(
                "INSERT OR IGNORE INTO outbox (announcement_id, channel, chat_id, status, attempts) "
                "VALUES (?, ?, ?, 'pending', 0)", [(announcement_id, ch, chat) for ch, chat in recipients])
            db.execute("UPDATE announcements SET status = 'sending', started_at = ? WHERE id = ?",
                       [now(), announcement_id])
            return len(recipients)

    def schedule(self, announcement_id: int, when: dt.datetime) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE announcements SET status = 'scheduled', send_at = ? WHERE id = ? AND status = 'draft'",
                       [when.astimezone(dt.timezone.utc).isoformat(timespec="seconds"), announcement_id])

    def cancel(self, announcement_id: int) -> bool:
        """Stop a draft, scheduled or sending announcement; what was sent stays sent."""
        with self.store.transaction() as db:
            changed = db.execute(
                "UPDATE announcements SET status = 'cancelled', finished_at = ? WHERE id = ? "
                "AND status IN ('draft', 'scheduled', 'sending')", [now(), announcement_id]).rowcount
            db.execute("UPDATE outbox SET status = 'cancelled' WHERE announcement_id = ? AND status = 'pending'",
                       [announcement_id])
            return bool(changed)

    def due(self, at: dt.datetime) -> list[int]:
        rows = self.store.db.execute(
            "SELECT id FROM announcements WHERE status = 'scheduled' AND send_at <= ? ORDER BY send_at",
            [at.astimezone(dt.timezone.utc).isoformat(timespec="seconds")]).fetchall()
        return [r[0] for r in rows]

    def pending(self, channel: str, limit: int = 100) -> list[dict]:
        rows = self.store.db.execute(
            "SELECT o.id, o.announcement_id, o.chat_id, o.attempts, a.text FROM outbox o "
            "JOIN announcements a ON a.id = o.announcement_id "
            "WHERE o.channel = ? AND o.status = 'pending' AND a.status = 'sending' ORDER BY o.id LIMIT ?",
            [channel, limit]).fetchall()
        return [dict(zip(("id", "announcement_id", "chat_id", "attempts", "text"), r)) for r in rows]

    def mark(self, row_id: int, status: str, error: str = "") -> None:
        """Settle one row (sent, blocked, failed) or count a failed attempt (status 'pending')."""
        with self.store.transaction() as db:
            db.execute("UPDATE outbox SET status = ?, attempts = attempts + 1, error = ?, sent_at = ? WHERE id = ?",
                       [status, error[:300], now() if status == "sent" else None, row_id])
            if status == "blocked":  # they blocked the bot or the chat is gone: stop writing to them
                db.execute(
                    "UPDATE subscriptions SET active = 0 WHERE (channel, chat_id) IN "
                    "(SELECT channel, chat_id FROM outbox WHERE id = ?)", [row_id])

    def counts(self, announcement_id: int) -> dict[str, int]:
        rows = self.store.db.execute(
            "SELECT status, COUNT(*) FROM outbox WHERE announcement_id = ? GROUP BY status", [announcement_id])
        counts = {"pending": 0, "sent": 0, "blocked": 0, "failed": 0, "cancelled": 0}
        counts.update(dict(rows.fetchall()))
        return counts

    def finish_if_done(self, announcement_id: int) -> bool:
        """Mark an announcement done when no row is pending; True the first time."""
        with self.store.transaction() as db:
            return bool(db.execute(
                "UPDATE announcements SET status = 'done', finished_at = ? WHERE id = ? AND status = 'sending' "
                "AND NOT EXISTS (SELECT 1 FROM outbox WHERE announcement_id = ? AND status = 'pending')",
                [now(), announcement_id, announcement_id]).rowcount)

    def claim_report(self, announcement_id: int) -> bool:
        """True once per announcement: whoever gets it posts the final report."""
        with self.store.transaction() as db:
            return bool(db.execute("UPDATE announcements SET reported = 1 WHERE id = ? AND reported = 0",
                                   [announcement_id]).rowcount)

    def unreported(self, channel: str) -> list[int]:
        rows = self.store.db.execute(
            "SELECT id FROM announcements WHERE status IN ('done', 'sending') AND reported = 0 AND author LIKE ?",
            [f"{channel}:%"]).fetchall()
        return [r[0] for r in rows]

    def set_progress_message(self, announcement_id: int, message: str) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE announcements SET progress_message = ? WHERE id = ?", [message, announcement_id])

    def recent(self, limit: int = 10) -> list[dict]:
        return list(self.store.db["announcements"].rows_where("status != 'draft'", order_by="id desc", limit=limit))


class AnnouncementCommands:
    """/announce, /schedule, /announcements, /cancel (staff and admins)."""

    def __init__(self, outbox: Outbox, topic_named, clock=utc_now):
        self.outbox = outbox
        self.topic_named = topic_named  # "giảm nghèo" -> "poverty", as /subscribe understands topics
        self.clock = clock

    def commands(self) -> list[Command]:
        return [Command(name, description, run, STAFF_ROLES, listed) for name, description, run, listed in (
            ("announce", "Gửi thông báo: /announce [#chủ_đề] nội dung", self.announce, True),
            ("schedule", "Hẹn giờ: /schedule YYYY-MM-DD HH:MM [#chủ_đề] nội dung (giờ Việt Nam)", self.schedule, True),
            ("announcements", "Các thông báo gần đây và số người đã nhận", self.list, True),
            ("cancel", "Dừng một thông báo: /cancel <số>", self.cancel, True),
            ("send", "(nút Gửi của bản xem trước)", self.send, False),
        )]

    def _draft(self, message: Message, text: str) -> tuple[int, str, int] | list[Reply]:
        topic = "*"
        if text.startswith("#"):
            name, _, text = text[1:].partition(" ")
            topic = self.topic_named(name.replace("_", " "))
            if topic is None:
                return [Reply(texts.NO_SUCH_TOPIC.format(topic=escape(name[:50]), topics=""))]
        text = text.strip()
        if not text:
            return [Reply(texts.ANNOUNCE_HOW)]
        if len(text) > MAX_ANNOUNCEMENT_CHARS:
            return [Reply(texts.ANNOUNCEMENT_TOO_LONG.format(limit=MAX_ANNOUNCEMENT_CHARS))]
        announcement_id = self.outbox.draft(message, text, topic)
        return announcement_id, topic, len(self.outbox.recipients(topic))

    def announce(self, message: Message, args: str) -> list[Reply]:
        drafted = self._draft(message, args)
        if isinstance(drafted, list):
            return drafted
        announcement_id, topic, count = drafted
        preview = texts.ANNOUNCE_PREVIEW.format(count=count, topic=escape(topic), text=escape(args.strip()))
        return [Reply(preview, [Choice("Gửi", f"cmd:/send {announcement_id}"),
                                Choice("Hủy", f"cmd:/cancel {announcement_id}")])]

    def send(self, _message: Message, args: str) -> list[Reply]:
        announcement_id = whole_number(args.strip())
        if announcement_id is None:
            return [Reply(texts.CHOICE_GONE)]
        count = self.outbox.confirm(announcement_id)
        announcement = self.outbox.get(announcement_id)
        if not announcement or announcement["status"] != "sending":
            return [Reply(texts.ANNOUNCEMENT_GONE)]
        return [Reply(texts.ANNOUNCE_QUEUED.format(id=announcement_id, count=count))]

    def schedule(self, message: Message, args: str) -> list[Reply]:
        match = SCHEDULE.match(args.strip())
        if not match:
            return [Reply(texts.SCHEDULE_HOW)]
        try:
            when = dt.datetime.fromisoformat(f"{match[1]} {match[2]}").replace(tzinfo=VIETNAM)
        except ValueError:
            return [Reply(texts.SCHEDULE_HOW)]
        if when <= self.clock():
            return [Reply(texts.SCHEDULE_PAST)]
        drafted = self._draft(message, match[3])
        if isinstance(drafted, list):
            return drafted
        announcement_id, topic, count = drafted
        self.outbox.schedule(announcement_id, when)
        return [Reply(texts.SCHEDULED.format(id=announcement_id, when=when.strftime("%H:%M %d/%m/%Y"),
                                             count=count), [Choice("Hủy", f"cmd:/cancel {announcement_id}")])]

    def list(self, _message: Message, _args: str) -> list[Reply]:
        rows = self.outbox.recent()
        if not rows:
            return [Reply(texts.NO_ANNOUNCEMENTS)]
        lines = [texts.ANNOUNCEMENTS_TITLE]
        for row in rows:
            c = self.outbox.counts(row["id"])
            lines.append(texts.ANNOUNCEMENT_LINE.format(
                id=row["id"], status=texts.STATUS_NAMES.get(row["status"], row["status"]), sent=c["sent"],
                total=sum(c.values()), blocked=c["blocked"], failed=c["failed"], text=escape(row["text"][:60])))
        return [Reply("\n".join(lines))]

    def cancel(self, _message: Message, args: str) -> list[Reply]:
        announcement_id = whole_number(args.strip())
        if announcement_id is None:
            return [Reply(texts.CANCEL_HOW)]
        if not self.outbox.cancel(announcement_id):
            return [Reply(texts.ANNOUNCEMENT_GONE)]
        return [Reply(texts.ANNOUNCEMENT_CANCELLED.format(id=announcement_id))]
