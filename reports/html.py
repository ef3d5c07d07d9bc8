"""The report as one self-contained HTML file an office can attach to its monthly report.

Everything is inside: the style, and the charts as data: URIs (PNG, base64). Nothing is loaded
from elsewhere, so it opens the same offline, in a mail client or years later. Every text is
escaped.
"""
from __future__ import annotations

import base64
import datetime as dt
from html import escape

from handlers import texts

from . import chart
from .figures import Report
from .sections import Section, is_number, sections, title

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.8em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 0.5em 0; } td, th { border: 1px solid #ccc; padding: 0.25em 0.6em; }
th { background: #f0f0f0; text-align: left; } td.n { text-align: right; } img { max-width: 100%; }
p.note { color: #555; font-size: 0.9em; }
"""


def _image(png: bytes, alt: str) -> str:
    return f'<img alt="{escape(alt)}" src="data:image/png;base64,{base64.b64encode(png).decode()}">'


def _table(section: Section) -> str:
    if not section.rows:
        return f"<p>{escape(texts.REPORT_NOTHING)}</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in section.headers)
    body = "".join("<tr>" + "".join(
        f'<td class="n">{escape(c)}</td>' if is_number(c) else f"<td>{escape(c)}</td>" for c in row) + "</tr>\n" for row in section.rows)
    return f"<table>\n<tr>{head}</tr>\n{body}</table>"


def render(report: Report, made: dt.date | None = None) -> str:
    heading = title(report)
    charts = {"daily": chart.daily_chart(report)}
    if report.topics:
        charts["topics"] = chart.topics_chart(report)
    parts = [f"<h1>{escape(heading)}</h1>",
             f'<p class="note">{escape(texts.REPORT_INTRO.format(bot=texts.BOT_NAME, made=texts.short_date(made or dt.date.today())))}</p>']
    for section in sections(report):
        parts.append(f"<h2>{escape(section.title)}</h2>")
        if section.key in charts:
            parts.append(_image(charts[section.key], section.title))
        parts.append(_table(section))
    return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>{escape(heading)}</title>\n'
            f"<style>{STYLE}</style>\n</head>\n<body>\n" + "\n".join(parts) + "\n</body>\n</html>\n")
