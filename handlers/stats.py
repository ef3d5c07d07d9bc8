"""/stats for staff, operators and admins: what citizens asked, in counts, with a chart.

    /stats [7|30|90]              a summary of the period and its daily chart (an image)
    /stats chủ đề [7|30|90]       the topics and facts most asked about
    /stats chưa trả lời [7|30|90] the questions not answered, grouped by similarity, each with a
                                  ready /teach or /addfact; the facts with the most 👎

The figures come from a read-only connection of their own (store/stats.py): reading them
never holds up a citizen's answer being written.
"""
from __future__ import annotations

from html import escape

from knowledge.normalize import clean, fold
from knowledge.numbers import whole_number
from reports.figures import MOST, PERIODS, Report, collect
from store.stats import StatsReader

from . import texts
from .roles import OPERATOR, STAFF
from .types import Command, Message, Reply

STATS_ROLES = frozenset({STAFF, OPERATOR})
DEFAULT_DAYS = 30
VIEWS = {"": "summary", "chu de": "topics", "chua tra loi": "unanswered"}


class StatsCommands:
    def __init__(self, reader: StatsReader):
        self.reader = reader

    def commands(self) -> list[Command]:
        return [Command("stats", self.stats, STATS_ROLES, writes=False)]

    def stats(self, _message: Message, args: str) -> list[Reply]:
        words = fold(clean(args)).split()
        days = DEFAULT_DAYS
        if words and words[-1].isdigit():  # any script's digits: checked here
            days = whole_number(words.pop())
        view = VIEWS.get(" ".join(words))
        if view is None or days not in PERIODS:
            return [Reply(texts.STATS_HOW.format(days=DEFAULT_DAYS))]
        report = collect(self.reader, days, details=view != "summary")
        if view == "topics":
            return [Reply(topics_text(report))]
        if view == "unanswered":
            return [Reply(unanswered_text(report))]
        from reports.chart import daily_chart  # matplotlib, loaded when first needed
        return [Reply(summary_text(report), image=daily_chart(report))]


def _period(template: str, report: Report) -> str:
    return template.format(days=report.days, first=texts.short_date(report.first), last=texts.short_date(report.last))


def summary_figures(report: Report) -> dict[str, str]:
    """The summary's figures, written the Vietnamese way (1.234; 64,8%)."""
    number = texts.format_number
    figures = {outcome: number(report.total(outcome)) for outcome in texts.CHART_OUTCOMES}
    figures |= {f"{outcome}_share": texts.percent(report.share(outcome)) for outcome in texts.CHART_OUTCOMES}
    return figures | {
        "questions": number(report.total()), "people": number(report.people), "helpful": number(report.helpful),
        "unhelpful": number(report.unhelpful), "subscribers": number(report.subscribers),
        "announcements": number(len(report.announcements)), "reach": number(report.reach)}


def summary_text(report: Report) -> str:
    return "\n".join([_period(texts.STATS_TITLE, report), texts.STATS_SUMMARY.format(**summary_figures(report)),
                      texts.STATS_MORE])


def topics_text(report: Report) -> str:
    lines = [_period(texts.STATS_TOPICS_TITLE, report)]
    if not report.topics:
        return "\n".join(lines + [texts.STATS_NO_ANSWERS])
    lines += [texts.STATS_COUNT_LINE.format(name=escape(title), count=texts.format_number(n))
              for title, n in report.topics[:MOST]]
    lines += ["", texts.STATS_FACTS_TITLE]
    lines += [texts.STATS_COUNT_LINE.format(name=f"{escape(fact_id)} ({escape(title)})", count=texts.format_number(n))
              for fact_id, title, n in report.facts]
    return "\n".join(lines)


def hint(example: str, likely: str | None) -> str:
    """What an operator types to make the bot answer this question: teach it a fact, or add one."""
    if likely:
        return texts.STATS_TEACH_HINT.format(fact_id=escape(likely), example=escape(example))
    return texts.STATS_ADDFACT_HINT.format(example=escape(example))


def unanswered_text(report: Report) -> str:
    lines = [_period(texts.STATS_UNANSWERED_TITLE, report)]
    if not report.unanswered:
        lines.append(texts.STATS_NO_UNANSWERED)
    for number, group in enumerate(report.unanswered[:MOST], 1):
        example = group.example[:150]
        phrasings = texts.STATS_PHRASINGS.format(count=group.phrasings) if group.phrasings > 1 else ""
        lines.append(texts.STATS_GROUP.format(number=number, example=escape(example),
                                              count=texts.format_number(group.count), phrasings=phrasings))
        lines.append(hint(example, group.likely))
    disliked = [f for f in report.feedback if f[3]][:5]
    if disliked:
        lines += ["", texts.STATS_DISLIKED_TITLE]
        lines += [texts.STATS_VOTES_LINE.format(fact_id=escape(fact_id), title=escape(title), down=down, up=up)
                  for fact_id, title, up, down in disliked]
    return "\n".join(lines)
