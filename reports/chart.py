"""The report's charts as PNG bytes, with matplotlib (imported on first use: it takes a while).

Agg (matplotlib's default for saving a PNG) draws without a display; DejaVu Sans ships with matplotlib and has every Vietnamese
letter, so the labels read as written on any server.
"""
from __future__ import annotations

import io
from functools import lru_cache

from handlers import texts

from .figures import Report

COLOURS = {"answered": "#2e7d32", "suggest": "#f9a825", "fallback": "#c62828"}
RATE_COLOUR = "#1565c0"


@lru_cache(maxsize=1)
def _figure_class():
    """matplotlib's Figure without pyplot (a third quicker to import, and no global state: each chart
    is an object of its own, drawn by Agg when saved as PNG)."""
    import matplotlib
    matplotlib.rcParams["font.family"] = "DejaVu Sans"
    from matplotlib.figure import Figure
    return Figure


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    return buffer.getvalue()


def daily_chart(report: Report) -> bytes:
    """Questions per day, stacked by outcome, and the share answered as a line (right axis)."""
    figure = _figure_class()(figsize=(10, 4.8), layout="constrained")
    axis = figure.subplots()
    days = [day for day, _ in report.daily]
    bottom = [0] * len(days)
    for outcome, label in texts.CHART_OUTCOMES.items():
        heights = [counts[outcome] for _, counts in report.daily]
        axis.bar(days, heights, bottom=bottom, color=COLOURS[outcome], label=label, width=0.8)
        bottom = [b + h for b, h in zip(bottom, heights)]
    axis.set_ylabel(texts.CHART_QUESTIONS)
    axis.set_title(texts.CHART_TITLE.format(first=texts.short_date(report.first), last=texts.short_date(report.last)))
    axis.yaxis.get_major_locator().set_params(integer=True)
    rate = axis.twinx()
    shares = [counts["answered"] / total * 100 if (total := sum(counts.values())) else None for _, counts in report.daily]
    rate.plot(days, [float("nan") if s is None else s for s in shares], color=RATE_COLOUR, marker="o", markersize=3,
              linewidth=2, label=texts.CHART_RATE)
    rate.set_ylim(0, 105)
    rate.set_ylabel(texts.CHART_RATE + " (%)")
    handles = axis.get_legend_handles_labels()[0] + rate.get_legend_handles_labels()[0]
    figure.legend(handles, [h.get_label() for h in handles], loc="outside lower center", ncols=4, fontsize=9,
                  frameon=False)
    figure.autofmt_xdate()
    axis.xaxis.set_major_formatter(_day_format())
    return _png(figure)


def topics_chart(report: Report) -> bytes:
    """Answers per topic, as horizontal bars, the most asked on top."""
    topics = report.topics[:10][::-1]
    figure = _figure_class()(figsize=(10, 0.5 * len(topics) + 1.2), layout="constrained")
    axis = figure.subplots()
    axis.barh([title[:60] for title, _ in topics], [count for _, count in topics], color=COLOURS["answered"])
    axis.set_title(texts.CHART_TOPICS_TITLE)
    axis.xaxis.get_major_locator().set_params(integer=True)
    return _png(figure)


def _day_format():
    from matplotlib.dates import DateFormatter
    return DateFormatter("%d/%m")
