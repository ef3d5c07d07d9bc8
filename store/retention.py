"""Privacy: questions are kept for a period, then only their daily counts; a citizen may erase theirs at once.

Deleting questions rolls them up first into ``question_days`` (one row per Vietnam day: questions
per outcome, people, 👍 and 👎), so the office's statistics do not change when a question goes:
counts, never who asked or what.
"""
from __future__ import annotations

import datetime as dt

from .database import Database
from .state import ConversationState

VIETNAM = dt.timezone(dt.timedelta(hours=7))
DAY = "date(at, '+7 hours')"  # a question's day, in Vietnam: the office's day
DEFAULT_KEEP_DAYS = 180

# The selected questions (a temporary table ``gone`` of their ids), counted per day and added to question_days.
ROLL_UP = (
    f"INSERT INTO question_days (day, answered, suggest, fallback, people, helpful, unhelpful) "
    f"SELECT {DAY} AS d, SUM(status = 'answered'), SUM(status = 'suggest'), SUM(status NOT IN ('answered', 'suggest')), "
    f"COUNT(DISTINCT channel || ':' || user_id), "
    f"COALESCE(SUM((SELECT SUM(helpful) FROM feedback f WHERE f.question_id = q.id)), 0), "
    f"COALESCE(SUM((SELECT SUM(1 - helpful) FROM feedback f WHERE f.question_id = q.id)), 0) "
    f"FROM questions q WHERE id IN (SELECT id FROM gone) GROUP BY d "
    f"ON CONFLICT (day) DO UPDATE SET answered = answered + excluded.answered, suggest = suggest + excluded.suggest, "
    f"fallback = fallback + excluded.fallback, people = people + excluded.people, "
    f"helpful = helpful + excluded.helpful, unhelpful = unhelpful + excluded.unhelpful"
)


def today() -> dt.date:
    return dt.datetime.now(VIETNAM).date()


def day_start_utc(day: dt.date) -> str:
    """The moment a Vietnam day starts, as questions' ``at`` is written (UTC, ISO)."""
    start = dt.datetime.combine(day, dt.time(), VIETNAM).astimezone(dt.timezone.utc)
    return start.isoformat(timespec="seconds")


class Retention:
    def __init__(self, database: Database, state: ConversationState):
        self.database = database
        self.state = state

    def expire(self, keep_days: int = DEFAULT_KEEP_DAYS, on: dt.date | None = None) -> int:
        """Delete the questions of days more than ``keep_days`` before ``on`` (today), with their picks
        and feedback, keeping their daily counts; returns how many went. Whole days go, so a day is
        counted from one table or the other."""
        cutoff = day_start_utc((on or today()) - dt.timedelta(days=keep_days - 1))
        with self.database.transaction():
            self._drop_inbox("asked_at < ?", [cutoff])
            return self._roll_up_and_delete("SELECT id FROM questions WHERE at < ?", [cutoff])

    def forget(self, channel: str, user_id: str, chat_id: str) -> int:
        """Erase one person: their questions (counted in the daily counts first), picks, feedback,
        conversation state, subscriptions, follower window (Zalo OA) and questions handed to staff; announcements sent to them keep their count but not
        their chat. Returns how many questions went."""
        identity = f"{channel}:{user_id}"
        with self.database.transaction() as db:
            gone = self._roll_up_and_delete("SELECT id FROM questions WHERE channel = ? AND user_id = ?",
                                            [channel, user_id])
            db.execute("DELETE FROM feedback WHERE identity = ?", [identity])
            db.execute("DELETE FROM picks WHERE identity = ?", [identity])
            db.execute("DELETE FROM conversation_state WHERE identity = ?", [identity])
            db.execute("DELETE FROM subscriptions WHERE channel = ? AND user_id = ?", [channel, user_id])
            db.execute("DELETE FROM contact_windows WHERE channel = ? AND user_id = ?", [channel, user_id])
            self._drop_inbox("channel = ? AND user_id = ?", [channel, user_id])
            db.execute("UPDATE outbox SET status = CASE status WHEN 'pending' THEN 'cancelled' ELSE status END, "
                       "chat_id = '-' || id WHERE channel = ? AND chat_id IN (?, ?)", [channel, user_id, chat_id])
            self.state.forget()  # memory holds no one's state that SQLite no longer has
        return gone

    def _drop_inbox(self, where: str, args: list[object]) -> None:
        """Questions handed to staff (store/inbox.py), their steps and the answers queued to their askers."""
        selected = f"SELECT id FROM inbox WHERE {where}"
        conn = self.database.conn
        if not conn.execute(f"{selected} LIMIT 1", args).fetchone():
            return  # nothing to delete: no write (a file that turned read-only still starts and says so)
        conn.execute(f"DELETE FROM inbox_steps WHERE inbox_id IN ({selected})", args)
        conn.execute(f"DELETE FROM outbox WHERE inbox_id IN ({selected})", args)
        conn.execute(f"DELETE FROM inbox WHERE {where}", args)

    def _roll_up_and_delete(self, select_ids: str, args: list[object]) -> int:
        with self.database.transaction() as db:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS gone (id INTEGER PRIMARY KEY)")
            db.execute("DELETE FROM gone")
            count = db.execute(f"INSERT INTO gone (id) {select_ids}", args).rowcount
            if count:
                db.execute(ROLL_UP)
                db.execute("DELETE FROM feedback WHERE question_id IN (SELECT id FROM gone)")
                db.execute("DELETE FROM picks WHERE question_id IN (SELECT id FROM gone)")
                db.execute("DELETE FROM questions WHERE id IN (SELECT id FROM gone)")
            db.execute("DELETE FROM gone")
        return count
