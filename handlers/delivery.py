"""Delivering the outbox (announcements, answers to the inbox's questions, notices to staff), one
sender per channel, within the channel's limits.

The sender knows nothing of a messenger's types: the channel gives it a ``Delivery``:
``send(chat, html)`` sending one whole message (the reply dialect of handlers/types.Reply) and returning an Outcome, ``notify(chat, text, message)`` to post or edit
the progress message of the staff member who sent the announcement, and its rate. Each row
is claimed (store/outbox.py) right before it is sent, after the rate limit's wait, and
settled by one commit right after the messenger answers: a /cancel stops the next send,
two processes on one file never send one row both, and if the process dies its rows are
taken over when their lease runs out. Only a message caught between the messenger
accepting it and that commit could go out twice.
"""
from __future__ import annotations

import asyncio
import collections
import datetime as dt
import logging
import os
import secrets
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from store.database import storage_fault
from store.outbox import LEASE_SECONDS, Outbox

from . import texts
from .announcements import utc_now

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What the messenger said: sent; retry after some seconds; blocked (never again); unreachable (not
    now: outside the follower's interaction window, or no longer following); failed."""

    status: Literal["sent", "retry", "blocked", "unreachable", "failed", "transient"]  # transient: try again with backoff
    retry_after: float = 0.0
    error: str = ""


SENT = Outcome("sent")


class Delivery(Protocol):
    """How the outbox leaves on one messenger."""

    per_second: float  # messages a second overall; one a second per chat

    async def send(self, chat_id: str, html: str) -> Outcome:
        """Send one message (HTML with <b> and <i> only; a messenger without HTML shows it as plain text)."""

    async def notify(self, chat_id: str, text: str, message_id: str | None) -> str | None:
        """Post (or edit, given ``message_id``) a progress note to staff; returns the message's id."""


async def report_only(send: Callable[[str, str], Awaitable[object]], chat_id: str, text: str,
                      errors: tuple[type[BaseException], ...]) -> None:
    """``notify`` for a messenger that cannot edit a message: progress notes would each be a new
    message, so only the final report is posted (and a failure to post it is only logged)."""
    if not text.startswith("✅"):
        return
    try:
        await send(chat_id, text)
    except errors as error:
        log.info("Could not post an announcement's report to %s: %s", chat_id, error)


class RateLimiter:
    """At most ``per_second`` sends in any one-second window overall, and one per ``chat_interval`` per chat."""

    def __init__(self, per_second: float, chat_interval: float = 1.0, clock=time.monotonic, sleep=asyncio.sleep):
        self.per_second = per_second
        self.chat_interval = chat_interval
        self.clock = clock
        self.sleep = sleep
        self.recent: collections.deque[float] = collections.deque()
        self.last_by_chat: dict[str, float] = {}
        self.paused_until = 0.0

    def pause(self, seconds: float) -> None:
        """The messenger said 429: nobody sends until it has passed."""
        self.paused_until = max(self.paused_until, self.clock() + seconds)

    async def wait(self, chat: str) -> None:
        while True:
            now = self.clock()
            while self.recent and now - self.recent[0] >= 1.0:
                self.recent.popleft()
            waits = [self.paused_until - now, self.last_by_chat.get(chat, -1e9) + self.chat_interval - now]
            if len(self.recent) >= self.per_second:
                waits.append(self.recent[0] + 1.0 - now)
            delay = max(waits)
            if delay <= 0:
                self.recent.append(now)
                self.last_by_chat[chat] = now
                if len(self.last_by_chat) > 10000:  # forget chats not written to lately
                    self.last_by_chat = {c: t for c, t in self.last_by_chat.items() if now - t < self.chat_interval}
                return
            await self.sleep(delay)


class Deliverer:
    """Drains one channel's outbox: ``run()`` until cancelled, or ``drain()`` what is pending now."""

    PROGRESS_EVERY = 3.0  # seconds between progress edits
    MAX_ATTEMPTS = 5  # network errors, with backoff, before a row counts as failed

    def __init__(self, outbox: Outbox, channel: str, delivery: Delivery, clock=utc_now, lease: float = LEASE_SECONDS,
                 notices: Callable[[str], object] | None = None):
        self.outbox = outbox
        self.notices = notices  # queues this channel's notices to staff (handlers/inbox.py) before each pass
        self.channel = channel
        self.name = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"  # claims outbox rows
        self.lease = lease
        self.send = delivery.send
        self.notify = delivery.notify
        self.limiter = RateLimiter(delivery.per_second, chat_interval=getattr(delivery, "chat_interval", 1.0))
        self.clock = clock
        self._progress_at: dict[int, float] = {}

    async def run(self, idle: float = 0.5) -> None:
        while True:
            try:
                await self.drain()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # keep delivering; the row stays pending and is tried again
                fault = storage_fault(error)
                if fault and fault.persistent:  # unless the file is read-only or damaged
                    raise
                log.exception("Announcement delivery on %s failed; retrying", self.channel)
            await asyncio.sleep(idle)

    async def drain(self) -> int:
        """Queue notices to staff, start due scheduled announcements, then send every pending row of this channel."""
        if self.notices is not None:
            self.notices(self.channel)
        for announcement_id in self.outbox.due(self.clock()):
            count = self.outbox.confirm(announcement_id)
            log.info("Scheduled announcement %s started: %s recipients", announcement_id, count)
        self.outbox.cancel_abandoned()
        sent = 0
        while row := self.outbox.next_pending(self.channel):
            if await self._deliver(row):
                sent += 1
            if row["announcement_id"] is not None:
                await self._report(row["announcement_id"])
        for announcement_id in self.outbox.unreported(self.channel):  # finished by another channel's sender
            await self._report(announcement_id)
        return sent

    async def _deliver(self, row: dict) -> bool:
        await self.limiter.wait(row["chat_id"])
        attempts = self.outbox.claim(row["id"], self.name, self.lease)
        if attempts is None:  # cancelled while we waited, or another process is sending it
            return False
        try:
            html = row["text"] if row["announcement_id"] is None else texts.announcement(row["text"])
            outcome = await self.send(row["chat_id"], html)
        except Exception as error:  # an adapter bug must not lose the row
            log.exception("Sending announcement row %s failed", row["id"])
            outcome = Outcome("transient", error=str(error))
        if outcome.status == "retry":
            log.info("Rate limited on %s: waiting %.1f s", self.channel, outcome.retry_after)
            self.limiter.pause(outcome.retry_after)
            self.outbox.release(row["id"], self.name)
            return False  # still pending: the next pass sends it
        if outcome.status == "transient":
            if attempts + 1 >= self.MAX_ATTEMPTS:
                self.outbox.mark(row["id"], "failed", self.name, outcome.error)
            else:
                self.outbox.mark(row["id"], "pending", self.name, outcome.error)
                self.limiter.pause(min(2 ** attempts, 30))
            return False
        self.outbox.mark(row["id"], outcome.status, self.name, outcome.error)
        return outcome.status == "sent"

    async def _report(self, announcement_id: int) -> None:
        """Edit the author's progress message every few seconds; post the final report once.

        Any channel's sender may finish an announcement; only the author's channel reports.
        """
        self.outbox.finish_if_done(announcement_id)
        announcement = self.outbox.get(announcement_id)
        if announcement["author"].partition(":")[0] != self.channel:
            return
        counts = self.outbox.counts(announcement_id)
        total = sum(v for k, v in counts.items() if k != "cancelled")
        progress = texts.PROGRESS.format(id=announcement_id, done=total - counts["pending"], total=total)
        if announcement["status"] == "done":
            if self.outbox.claim_report(announcement_id):
                seconds = max(0, int(time.time() - dt.datetime.fromisoformat(announcement["started_at"]).timestamp()))
                await self.notify(announcement["author_chat"], progress, announcement["progress_message"])
                await self.notify(announcement["author_chat"], texts.report(announcement_id, counts, seconds), None)
            return
        if time.monotonic() - self._progress_at.get(announcement_id, 0.0) >= self.PROGRESS_EVERY:
            self._progress_at[announcement_id] = time.monotonic()
            message = await self.notify(announcement["author_chat"], progress, announcement["progress_message"])
            if message and message != announcement["progress_message"]:
                self.outbox.set_progress_message(announcement_id, message)
