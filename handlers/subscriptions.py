"""Who wants announcements, on which messenger, about which topic (all topics: '*')."""
from __future__ import annotations

from knowledge.store import Store, now

ALL_TOPICS = "*"


class Subscriptions:
    def __init__(self, store: Store):
        self.store = store
        with store.transaction() as db:
            db["subscriptions"].create(
                {"channel": str, "user_id": str, "chat_id": str, "topic": str, "active": int, "at": str},
                pk=("channel", "user_id", "topic"), if_not_exists=True,
            )

    def subscribe(self, channel: str, user_id: str, chat_id: str, topic: str = ALL_TOPICS) -> bool:
        """True if this is new (or renewed); False if they were already subscribed."""
        with self.store.transaction() as db:
            row = db.execute(
                "SELECT active FROM subscriptions WHERE channel = ? AND user_id = ? AND topic = ?",
                [channel, user_id, topic],
            ).fetchone()
            db["subscriptions"].upsert(
                {"channel": channel, "user_id": user_id, "chat_id": chat_id, "topic": topic, "active": 1, "at": now()},
                pk=("channel", "user_id", "topic"),
            )
        return not (row and row[0])

    def unsubscribe(self, channel: str, user_id: str, topic: str | None = None) -> int:
        """Stop one topic, or every topic when ``topic`` is None; returns how many stopped."""
        with self.store.transaction() as db:
            where, args = "channel = ? AND user_id = ? AND active = 1", [channel, user_id]
            if topic is not None:
                where, args = where + " AND topic = ?", args + [topic]
            return db.execute(f"UPDATE subscriptions SET active = 0, at = ? WHERE {where}", [now(), *args]).rowcount

    def topics_of(self, channel: str, user_id: str) -> list[str]:
        rows = self.store.db.execute(
            "SELECT topic FROM subscriptions WHERE channel = ? AND user_id = ? AND active = 1 ORDER BY topic",
            [channel, user_id],
        ).fetchall()
        return [r[0] for r in rows]
