"""Who wants announcements, on which messenger, about which topic (all topics: '*')."""
from __future__ import annotations

from .database import Database, now

ALL_TOPICS = "*"


class Subscriptions:
    def __init__(self, database: Database):
        self.database = database

    def subscribe(self, channel: str, user_id: str, chat_id: str, topic: str = ALL_TOPICS) -> bool:
        """True if this is new (or renewed); False if they were already subscribed."""
        with self.database.transaction() as db:
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
        with self.database.transaction() as db:
            where, args = "channel = ? AND user_id = ? AND active = 1", [channel, user_id]
            if topic is not None:
                where, args = where + " AND topic = ?", args + [topic]
            return db.execute(f"UPDATE subscriptions SET active = 0, at = ? WHERE {where}", [now(), *args]).rowcount

    def topics_of(self, channel: str, user_id: str) -> list[str]:
        rows = self.database.conn.execute(
            "SELECT topic FROM subscriptions WHERE channel = ? AND user_id = ? AND active = 1 ORDER BY topic",
            [channel, user_id],
        ).fetchall()
        return [r[0] for r in rows]

    def recipients(self, topic: str) -> list[tuple[str, str]]:
        """(channel, chat) of every active subscriber of ``topic`` (or of everything), each once."""
        rows = self.database.conn.execute(
            "SELECT DISTINCT channel, chat_id FROM subscriptions WHERE active = 1 AND (topic = ? OR topic = ?) "
            "ORDER BY channel, chat_id", [ALL_TOPICS, topic]).fetchall()
        return [(channel, chat) for channel, chat in rows]

    def stop_chat(self, channel: str, chat_id: str) -> None:
        """The person blocked the bot or the chat is gone: stop writing to them, on every topic."""
        with self.database.transaction() as db:
            db.execute("UPDATE subscriptions SET active = 0 WHERE channel = ? AND chat_id = ?", [channel, chat_id])
