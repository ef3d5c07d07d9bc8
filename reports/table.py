"""The report in the terminal: each section a plain table (``bot.py stats``)."""
from __future__ import annotations

import unicodedata

from handlers import texts

from .figures import Report
from .sections import is_number, sections, title


def _width(text: str) -> int:
    """Columns a string takes in a terminal: wide characters (emoji) two, combining marks none."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


def _pad(text: str, width: int, right: bool) -> str:
    room = " " * (width - _width(text))
    return room + text if right else text + room


def table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(_width(str(cell)) for cell in column) for column in zip(headers, *rows)]
    right = [all(is_number(row[i]) for row in rows) for i in range(len(headers))] if rows else \
        [False] * len(headers)
    lines = ["  ".join(_pad(h, w, r) for h, w, r in zip(headers, widths, right)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(str(c), w, r) for c, w, r in zip(row, widths, right)).rstrip() for row in rows]
    return lines


def render(report: Report) -> str:
    lines = [title(report), ""]
    for section in sections(report):
        lines.append(section.title)
        lines += table(section.headers, section.rows) if section.rows else [texts.REPORT_NOTHING]
        lines.append("")
    return "\n".join(lines)
