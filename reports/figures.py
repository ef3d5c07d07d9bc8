"""The figures of one period, gathered once for every way they are shown: the /stats reply,
its chart, the terminal table and the HTML report."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from knowledge.similar import Group, group_similar
from store.retention import day_start_utc, today
from store.stats import StatsReader

PERIODS = (7, 30, 90)
MOST = 10  # topics, facts, groups shown


@dataclass
class Report:
    days: int
    first: dt.date
    last: dt.date
    daily: list[tuple[dt.date, dict[str, int]]]  # every day of the period, outcome -> questions
    people: int
    helpful: int
    unhelpful: int
    subscribers: int
    announcements: list[dict]  # id, text, topic, status, started_at, sent, blocked, failed, pending, cancelled
    topics: list[tuple[str, int]] = field(default_factory=list)  # topic title, answers
    facts: list[tuple[str, str, int]] = field(default_factory=list)  # fact id, title, answers
    feedback: list[tuple[str, str, int, int]] = field(default_factory=list)  # fact id, title, 👍, 👎; most 👎 first
    unanswered: list[Group] = field(default_factory=list)

    def total(self, outcome: str | None = None) -> int:
        return sum(counts[outcome] if outcome else sum(counts.values()) for _, counts in self.daily)

    def share(self, outcome: str) -> float:
        """The part of the questions with this outcome, 0..1 (0 without questions)."""
        total = self.total()
        return self.total(outcome) / total if total else 0.0

    @property
    def reach(self) -> int:
        """Messages of announcements delivered in the period."""
        return sum(a["sent"] for a in self.announcements)


def collect(reader: StatsReader, days: int, on: dt.date | None = None, details: bool = True) -> Report:
    """The period of ``days`` days ending ``on`` (today, in Vietnam). ``details``: also the topics, facts,
    feedback per fact and the unanswered questions in groups (what the short summary does not need)."""
    last = on or today()
    first = last - dt.timedelta(days=days - 1)
    since, first_day = day_start_utc(first), first.isoformat()
    with reader.snapshot():
        first_id = reader.first_id_since(since)
        helpful, unhelpful = reader.feedback(first_id, since, first_day)
        report = Report(days, first, last, reader.days(first, days), reader.people(first_id, since, first_day),
                        helpful, unhelpful, reader.subscribers(), reader.announcements(since))
        if details:
            _details(report, reader, first_id, since)
    return report


def _details(report: Report, reader: StatsReader, first_id: int, since: str) -> None:
    facts, topic_titles = reader.facts(), reader.topics()
    asked = reader.answered_facts(first_id, since)
    per_topic: dict[str, int] = {}
    for fact_id, count in asked.items():
        topic = facts.get(fact_id, ("", ""))[0]
        per_topic[topic] = per_topic.get(topic, 0) + count
    report.topics = sorted(((topic_titles.get(t, t or "?"), n) for t, n in per_topic.items()), key=lambda t: -t[1])
    report.facts = [(fact_id, facts.get(fact_id, ("", fact_id))[1], n) for fact_id, n in asked.most_common(MOST)]
    votes = reader.feedback_per_fact(first_id, since)
    report.feedback = sorted(((fact_id, facts.get(fact_id, ("", fact_id))[1], up, down)
                              for fact_id, (up, down) in votes.items()), key=lambda f: (-f[3], f[2], f[0]))
    report.unanswered = group_similar(reader.unanswered(first_id, since))
    for group in report.unanswered:  # the fact offered for at least half of its questions, if one was
        group.likely = next((fact_id for fact_id, n in group.offered.most_common()
                             if fact_id in facts and 2 * n >= group.count), None)
