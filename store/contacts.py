"""People on a messenger that lets a bot write only to its followers, and only within a window
after their last message (Zalo OA): whether they follow, and until when they can be written to.

Channels without such rules keep no rows here: everyone there counts as reachable.
"""
from __future__ import annotations

import datetime as dt

from .database import Database
from .subscriptions import Subscriptions


def _iso(at: dt.datetime) -> str:
    return at.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


class Contacts:
    def __init__(self, database: Database, subscriptions: Subscriptions):
        self.database = database
        self.subscriptions = subscriptions

    def interacted(self, channel: str, user_id: str, window: dt.timedelta, at: dt.datetime | None = None,
                   follows: bool = False) -> None:
        """They wrote or pressed a button (or, ``follows``, followed): writable until ``at + window``.

        Only a follow makes someone who unfollowed a follower again."""
        at = at or dt.datetime.now(dt.timezone.utc)
        following = "1" if follows else "following"
        with self.database.transaction() as db:
            db.execute("INSERT INTO contact_windows (channel, user_id, following, last_interaction, window_until) "
                       "VALUES (?, ?, 1, ?, ?) ON CONFLICT (channel, user_id) DO UPDATE SET "
                       f"following = {following}, last_interaction = excluded.last_interaction, "
                       "window_until = excluded.window_until", [channel, user_id, _iso(at), _iso(at + window)])

    def unfollowed(self, channel: str, user_id: str) -> None:
        """They left: no announcement or reply goes to them again (until they follow again and subscribe)."""
        with self.database.transaction() as db:
            db.execute("INSERT INTO contact_windows (channel, user_id, following) VALUES (?, ?, 0) "
                       "ON CONFLICT (channel, user_id) DO UPDATE SET following = 0", [channel, user_id])
            self.subscriptions.unsubscribe(channel, user_id)

    def is_following(self, channel: str, user_id: str) -> bool:
        row = self.database.conn.execute("SELECT following FROM contact_windows WHERE channel = ? AND user_id = ?",
                                         [channel, user_id]).fetchone()
        return row is None or bool(row[0])

    def window_until(self, channel: str, user_id: str) -> dt.datetime | None:
        """Until when this person can be written to; None where the messenger sets no window (no row)."""
        row = self.database.conn.execute("SELECT following, window_until FROM contact_windows WHERE channel = ? "
                                         "AND user_id = ?", [channel, user_id]).fetchone()
        if row is None:
            return None
        following, until = row
        return dt.datetime.fromisoformat(until) if following and until else dt.datetime.min.replace(tzinfo=dt.timezone.utc)

    def outside_window(self, recipients: list[tuple[str, str]], at: dt.datetime | None = None) -> int:
        """How many of these (channel, chat) cannot be written to now: not following, or their window has passed."""
        if not recipients:
            return 0
        at_text = _iso(at or dt.datetime.now(dt.timezone.utc))
        rows = self.database.conn.execute(
            "SELECT channel, user_id FROM contact_windows WHERE following = 0 OR window_until IS NULL "
            "OR window_until < ?", [at_text]).fetchall()
        closed = {(channel, user) for channel, user in rows}
        return sum(1 for recipient in recipients if recipient in closed)
