"""A report's figures as titled tables of text, the same for the terminal and the HTML report."""
from __future__ import annotations

from dataclasses import dataclass

from handlers import texts
from handlers.stats import summary_figures

from .figures import Report


@dataclass
class Section:
    key: str  # which part: summary, daily, topics, facts, unanswered, feedback, announcements
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]


def is_number(text: str) -> bool:
    """A figure as the report writes them (1.234; 64,8%; – for none): set right-aligned."""
    return text == "–" or bool(text) and text.replace(".", "").replace(",", "").rstrip("%").isdigit()


def _hint(example: str, likely: str | None) -> str:
    if likely:
        return f"/teach {likely} {example}"
    return f"/addfact mã | chủ đề | {example} | câu trả lời"


def sections(report: Report) -> list[Section]:
    number = texts.format_number
    figures = summary_figures(report)
    summary = []
    for key, label in texts.REPORT_SUMMARY_ROWS.items():
        value = figures[key]
        if key in texts.CHART_OUTCOMES:
            value += f" ({figures[key + '_share']})"
        summary.append((label, value))
    daily = []
    for day, counts in report.daily:
        total = sum(counts.values())
        rate = texts.percent(counts["answered"] / total) if total else "–"
        daily.append((texts.short_date(day), *(number(counts[o]) for o in texts.CHART_OUTCOMES), number(total), rate))
    columns = texts.REPORT_COLUMNS
    return [
        Section("summary", texts.REPORT_SUMMARY, columns["summary"], summary),
        Section("daily", texts.REPORT_DAILY, columns["daily"], daily),
        Section("topics", texts.REPORT_TOPICS, columns["topics"], [(t, number(n)) for t, n in report.topics]),
        Section("facts", texts.REPORT_FACTS, columns["facts"], [(f, t, number(n)) for f, t, n in report.facts]),
        Section("unanswered", texts.REPORT_UNANSWERED, columns["unanswered"], [
            (g.example[:150], number(g.count), number(g.phrasings), _hint(g.example[:150], g.likely))
            for g in report.unanswered[:30]]),
        Section("feedback", texts.REPORT_FEEDBACK, columns["feedback"], [
            (f, t, number(up), number(down)) for f, t, up, down in report.feedback]),
        Section("announcements", texts.REPORT_ANNOUNCEMENTS, columns["announcements"], [
            (str(a["id"]), (a["started_at"] or "")[:16].replace("T", " "), a["topic"], a["text"][:80],
             number(a["sent"]), number(a["blocked"] + a["unreachable"]), number(a["failed"]),
             number(a["pending"] + a["cancelled"]))
            for a in report.announcements]),
    ]


def title(report: Report) -> str:
    return texts.REPORT_TITLE.format(first=texts.short_date(report.first), last=texts.short_date(report.last))
