"""Webhook events already taken, per channel: a messenger that sends an event again (a retry)
gets it answered once. Kept a day."""
from __future__ import annotations

import datetime as dt

from .database import Database

KEEP = dt.timedelta(days=1)
PRUNE_EVERY = 500  # claims between deletions of what is older than a day


class ProcessedEvents:
    def __init__(self, database: Database):
        self.database = database
        self._claims = 0

    def claim(self, channel: str, event_id: str, at: dt.datetime | None = None) -> bool:
        """True the first time ``event_id`` is seen on ``channel`` (within a day), committed at once."""
        at = at or dt.datetime.now(dt.timezone.utc)
        with self.database.transaction() as db:
            if self._claims % PRUNE_EVERY == 0:
                db.execute("DELETE FROM processed_events WHERE at < ?", [(at - KEEP).isoformat(timespec="seconds")])
            self._claims += 1
            return bool(db.execute("INSERT OR IGNORE INTO processed_events (channel, event_id, at) VALUES (?, ?, ?)",
                                   [channel, event_id, at.isoformat(timespec="seconds")]).rowcount)
