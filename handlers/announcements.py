"""Staff announcements: /announce (a preview, then Gửi), /schedule, /announcements, /cancel.

The announcements and the outbox they are delivered from are kept by store/outbox.py;
handlers/delivery.py sends them.
"""
from __future__ import annotations

import datetime as dt
import re
from html import escape

from knowledge.numbers import whole_number
from store.contacts import Contacts
from store.outbox import Outbox
from store.subscriptions import ALL_TOPICS, Subscriptions

from . import buttons, texts
from .roles import STAFF
from .types import Choice, Command, Message, Reply

VIETNAM = dt.timezone(dt.timedelta(hours=7), "Asia/Ho_Chi_Minh")  # no daylight saving
MAX_ANNOUNCEMENT_CHARS = 3500
STAFF_ROLES = frozenset({STAFF})
SCHEDULE = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2})\s+(.+)$", re.S)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class AnnouncementCommands:
    """/announce, /schedule, /announcements, /cancel (staff and admins)."""

    def __init__(self, outbox: Outbox, subscriptions: Subscriptions, topic_named, clock=utc_now,
                 contacts: Contacts | None = None):
        self.outbox = outbox
        self.subscriptions = subscriptions
        self.contacts = contacts  # who is outside a messenger's interaction window (Zalo OA), for the preview
        self.topic_named = topic_named  # "giảm nghèo" -> "poverty", as /subscribe understands topics
        self.clock = clock

    def commands(self) -> list[Command]:
        listed = {"announce": self.announce, "schedule": self.schedule, "announcements": self.list,
                  "cancel": self.cancel}
        return [Command(name, run, STAFF_ROLES) for name, run in listed.items()] + [
            Command("send", self.send, STAFF_ROLES, listed=False)]

    def _draft(self, message: Message, text: str) -> tuple[int, str, list[tuple[str, str]]] | list[Reply]:
        topic = ALL_TOPICS
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
        announcement_id = self.outbox.draft(message.identity, message.chat, text, topic)
        return announcement_id, topic, self.subscriptions.recipients(topic)

    def announce(self, message: Message, args: str) -> list[Reply]:
        drafted = self._draft(message, args)
        if isinstance(drafted, list):
            return drafted
        announcement_id, topic, recipients = drafted
        outside = self.contacts.outside_window(recipients) if self.contacts else 0
        reach = texts.ANNOUNCE_REACHABLE.format(outside=outside, reachable=len(recipients) - outside) if outside else ""
        preview = texts.ANNOUNCE_PREVIEW.format(count=len(recipients), topic=escape(topic), text=escape(args.strip()),
                                                reach=reach)
        return [Reply(preview, [Choice(texts.SEND_BUTTON, buttons.command(f"/send {announcement_id}")),
                                _cancel_button(announcement_id)])]

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
        announcement_id, topic, recipients = drafted
        self.outbox.schedule(announcement_id, when)
        return [Reply(texts.SCHEDULED.format(id=announcement_id, when=when.strftime("%H:%M %d/%m/%Y"),
                                             count=len(recipients)), [_cancel_button(announcement_id)])]

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


def _cancel_button(announcement_id: int) -> Choice:
    return Choice(texts.CANCEL_BUTTON, buttons.command(f"/cancel {announcement_id}"))
