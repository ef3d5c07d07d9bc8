"""Turning a handler Reply into what a messenger without HTML or buttons can show."""
from __future__ import annotations

import html
import re

from handlers import Reply

TAG = re.compile(r"</?(?:b|i|u|s|code|pre)>")


def to_plain(markup: str) -> str:
    """The reply's HTML (only simple tags, everything else escaped) as plain text."""
    return html.unescape(TAG.sub("", markup))


def numbered_plain(reply: Reply) -> str:
    """Plain text with the choices as numbered lines the person answers by number."""
    lines = [to_plain(reply.text)]
    lines += [f"  {n}. {choice.label}" for n, choice in enumerate(reply.choices, 1)]
    if reply.choices:
        lines.append("(Gõ số thứ tự để chọn.)")
    return "\n".join(lines)


def split_message(markup: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` characters, split between lines so no tag is cut in two.

    Tags never span lines in our replies; a single line longer than ``limit`` loses its
    tags (kept escaped) and is cut between words.
    """
    pieces: list[str] = []
    current = ""
    for line in markup.split("\n"):
        if len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.extend(_cut_line(html.escape(to_plain(line), quote=False), limit))
            continue
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            candidate = line
        current = candidate
    if current or not pieces:
        pieces.append(current)
    return pieces


def _cut_line(line: str, limit: int) -> list[str]:
    pieces = []
    while len(line) > limit:
        cut = line.rfind(" ", 0, limit)
        if cut <= 0:  # one long word: cut at the limit, but never inside an entity like &amp;
            cut = limit
            amp = line.rfind("&", 0, limit)
            if amp > 0 and line.rfind(";", 0, limit) < amp:
                cut = amp
        pieces.append(line[:cut])
        line = line[cut:].lstrip(" ")
    return pieces + ([line] if line else [])
