"""What citizens asked, counted: the figures behind /stats and ``bot.py stats``, read-only.

A reader has a read-only connection of its own (WAL: it never waits for the bot's writes, nor
makes the bot wait), and reads every figure of one report in one snapshot. Counts only: no
query here returns who asked.

No index on ``questions.at``: it would cost every message a page write. Questions are logged
in order, so their ids follow time, and the first id of a period is found by bisection over the
rowid (about 20 lookups); a period is then a range of the table's own b-tree.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from .questions import NOT_ANSWERED
from .retention import day_start_utc

OUTCOMES = ("answered", "suggest", "fallback")


class StatsReader:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = sqlite3.connect(f"file:{quote(str(self.path.resolve()))}?mode=ro", uri=True, timeout=10,
                                         check_same_thread=False, isolation_level=None)
            self._conn.execute("PRAGMA query_only = 1")
        return self._conn

    def version(self) -> int:
        """The file's schema version (PRAGMA user_version)."""
        return self._rows("PRAGMA user_version")[0][0]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[StatsReader]:
        """Every read inside sees the file as it was at the first one."""
        self.conn.execute("BEGIN")
        try:
            yield self
        finally:
            self.conn.execute("COMMIT")

    def _rows(self, sql: str, args: list[object] | tuple = ()) -> list[tuple]:
        return self.conn.execute(sql, args).fetchall()

    def first_id_since(self, at: str, low: int | None = None) -> int:
        """The id of the first question logged at or after ``at`` (one past the last if none);
        ``low``: an id known to be logged before ``at``, where the search may start."""
        if low is None:  # (MIN and MAX in one query would scan the table: SQLite looks either up alone)
            low = self._rows("SELECT MIN(id) FROM questions")[0][0] or 1
        high = (self._rows("SELECT MAX(id) FROM questions")[0][0] or 0) + 1
        while low < high:
            middle = (low + high) // 2
            found, found_at = self._rows("SELECT id, at FROM questions WHERE id >= ? ORDER BY id LIMIT 1", [middle])[0]
            if found_at < at:
                low = found + 1
            else:
                high = middle
        return low

    # -- questions ------------------------------------------------------------------

    def days(self, first: dt.date, count: int) -> list[tuple[dt.date, dict[str, int]]]:
        """Questions per Vietnam day and outcome, ``count`` days from ``first``: those still kept
        (each day a range of ids, summed without grouping), and the daily counts of those deleted."""
        days = [first + dt.timedelta(days=n) for n in range(count + 1)]
        bounds = [self.first_id_since(day_start_utc(days[0]))]
        for day in days[1:]:
            bounds.append(self.first_id_since(day_start_utc(day), bounds[-1]))
        kept = {day: counts for day, *counts in self._rows(
            "SELECT day, answered, suggest, fallback FROM question_days WHERE day >= ? AND day < ?",
            [days[0].isoformat(), days[-1].isoformat()])}
        result = []
        for day, start, end in zip(days, bounds, bounds[1:]):
            answered, suggest, total = self._rows(
                "SELECT COALESCE(SUM(status = 'answered'), 0), COALESCE(SUM(status = 'suggest'), 0), COUNT(*) "
                "FROM questions WHERE id >= ? AND id < ?", [start, end])[0]
            counts = {"answered": answered, "suggest": suggest, "fallback": total - answered - suggest}
            for outcome, more in zip(OUTCOMES, kept.get(day.isoformat(), (0, 0, 0))):
                counts[outcome] += more
            result.append((day, counts))
        return result

    def people(self, first_id: int, since: str, first_day: str) -> int:
        """Different people who asked (in the daily counts, each day's people are added up)."""
        kept = self._rows("SELECT COUNT(*) FROM (SELECT DISTINCT channel, user_id FROM questions "
                          "WHERE id >= ? AND at >= ?)", [first_id, since])[0][0]
        return kept + self._rows("SELECT COALESCE(SUM(people), 0) FROM question_days WHERE day >= ?", [first_day])[0][0]

    def feedback(self, first_id: int, since: str, first_day: str) -> tuple[int, int]:
        """👍 and 👎 given to the answers of the period."""
        up, down = self._rows("SELECT COALESCE(SUM(f.helpful), 0), COALESCE(SUM(1 - f.helpful), 0) FROM feedback f "
                              "JOIN questions q ON q.id = f.question_id WHERE q.id >= ? AND q.at >= ?",
                              [first_id, since])[0]
        kept_up, kept_down = self._rows("SELECT COALESCE(SUM(helpful), 0), COALESCE(SUM(unhelpful), 0) "
                                        "FROM question_days WHERE day >= ?", [first_day])[0]
        return up + kept_up, down + kept_down

    def answered_facts(self, first_id: int, since: str) -> Counter[str]:
        """How often each fact was given as an answer."""
        asked: Counter[str] = Counter()
        for fact_ids, count in self._rows("SELECT fact_ids, COUNT(*) FROM questions WHERE id >= ? AND at >= ? "
                                          "AND status = 'answered' GROUP BY fact_ids", [first_id, since]):
            for fact_id in filter(None, (fact_ids or "").split(",")):
                asked[fact_id] += count
        return asked

    def feedback_per_fact(self, first_id: int, since: str) -> dict[str, tuple[int, int]]:
        """Each fact's 👍 and 👎 (an answer of several facts counts for each)."""
        votes: dict[str, tuple[int, int]] = {}
        for fact_ids, up, down in self._rows(
                "SELECT q.fact_ids, SUM(f.helpful), SUM(1 - f.helpful) FROM feedback f "
                "JOIN questions q ON q.id = f.question_id WHERE q.id >= ? AND q.at >= ? GROUP BY q.fact_ids",
                [first_id, since]):
            for fact_id in filter(None, (fact_ids or "").split(",")):
                old_up, old_down = votes.get(fact_id, (0, 0))
                votes[fact_id] = (old_up + up, old_down + down)
        return votes

    def unanswered(self, first_id: int, since: str, limit: int = 5000) -> list[tuple[str, int, str]]:
        """Questions not answered (choices offered, or not known) as typed, most asked first, with
        how often and the facts offered for them (one row for each set offered): the text only,
        never who asked."""
        return [tuple(row) for row in self._rows(
            "SELECT question, COUNT(*) AS n, fact_ids FROM questions WHERE id >= ? AND at >= ? "
            "AND status IN (?, ?) GROUP BY question, fact_ids ORDER BY n DESC, MAX(id) DESC LIMIT ?",
            [first_id, since, *NOT_ANSWERED, limit])]

    # -- the rest ---------------------------------------------------------------------

    def subscribers(self) -> int:
        return self._rows("SELECT COUNT(*) FROM (SELECT DISTINCT channel, user_id FROM subscriptions WHERE active = 1)")[0][0]

    def announcements(self, since: str) -> list[dict]:
        """Announcements that started sending in the period, with their outbox counts (reach: sent)."""
        found = []
        for row in self._rows("SELECT id, text, topic, status, started_at FROM announcements "
                              "WHERE started_at >= ? ORDER BY id", [since]):
            counts = dict.fromkeys(("sent", "blocked", "unreachable", "failed", "pending", "cancelled"), 0)
            counts.update(dict(self._rows("SELECT status, COUNT(*) FROM outbox WHERE announcement_id = ? "
                                          "GROUP BY status", [row[0]])))
            found.append(dict(zip(("id", "text", "topic", "status", "started_at"), row)) | counts)
        return found

    def facts(self) -> dict[str, tuple[str, str]]:
        """Fact id -> (topic, title), deleted ones too (they were answers once)."""
        return {fact_id: (topic, title) for fact_id, topic, title in self._rows("SELECT id, topic, title FROM facts")}

    def topics(self) -> dict[str, str]:
        return dict(self._rows("SELECT id, title FROM topics"))
