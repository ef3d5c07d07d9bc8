"""The office's hours (BOT_OFFICE_HOURS, Vietnam time): whether it is open, and when it opens next.

Written as days and hours, segments separated by ";" or ",": ``Mon-Fri 07:00-17:00`` (the default),
``Mon-Fri 07:00-11:30, 13:30-17:00; Sat 07:00-11:00``. Days are Mon Tue Wed Thu Fri Sat Sun, alone
or as a range.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
from dataclasses import dataclass

from store.retention import VIETNAM

log = logging.getLogger(__name__)

DEFAULT = "Mon-Fri 07:00-17:00"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SEGMENT = re.compile(r"^(?:([a-z]{3})(?:-([a-z]{3}))?\s+)?(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")


@dataclass(frozen=True)
class Span:
    weekday: int  # Monday 0
    start: dt.time
    end: dt.time


class OfficeHours:
    def __init__(self, spans: list[Span]):
        self.spans = sorted(spans, key=lambda s: (s.weekday, s.start))

    @classmethod
    def parse(cls, text: str) -> OfficeHours:
        """ValueError when ``text`` is not hours as above."""
        spans: list[Span] = []
        days: list[int] = []
        for part in re.split(r"[;,]", text.lower()):
            match = SEGMENT.match(part.strip())
            if not match or (match[1] and match[1] not in DAYS) or (match[2] and match[2] not in DAYS):
                raise ValueError(f"not office hours: {part.strip()!r}")
            if match[1]:  # a segment without days has the days of the one before
                first, last = DAYS.index(match[1]), DAYS.index(match[2] or match[1])
                days = list(range(first, last + 1))
            start = dt.time(int(match[3]), int(match[4]))
            end = dt.time(int(match[5]), int(match[6])) if match[5] != "24" else dt.time.max
            if not days or start >= end:
                raise ValueError(f"not office hours: {part.strip()!r}")
            spans += [Span(day, start, end) for day in days]
        return cls(spans)

    @classmethod
    def from_env(cls) -> OfficeHours:
        typed = os.environ.get("BOT_OFFICE_HOURS", "").strip()
        try:
            return cls.parse(typed or DEFAULT)
        except ValueError:
            log.warning("BOT_OFFICE_HOURS=%r is not office hours like %r: using that", typed, DEFAULT)
            return cls.parse(DEFAULT)

    def is_open(self, at: dt.datetime) -> bool:
        local = at.astimezone(VIETNAM)
        return any(s.weekday == local.weekday() and s.start <= local.time() < s.end for s in self.spans)

    def next_opening(self, at: dt.datetime) -> dt.datetime:
        """When the office next opens after ``at`` (Vietnam time)."""
        local = at.astimezone(VIETNAM)
        for ahead in range(8):
            day = local.date() + dt.timedelta(days=ahead)
            for span in self.spans:
                opens = dt.datetime.combine(day, span.start, VIETNAM)
                if span.weekday == day.weekday() and opens > local:
                    return opens
        raise ValueError("office hours without any opening")  # parse() makes at least one span
