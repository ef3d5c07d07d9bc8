"""Turning a handler Reply into what a messenger without HTML or buttons can show."""
from __future__ import annotations

import html
import re

from handlers import Reply, texts

TAG = re.compile(r"</?(?:b|i|u|s|code|pre)>")


def to_plain(markup: str) -> str:
    """The reply's HTML (only simple tags, everything else escaped) as plain text."""
    return html.unescape(TAG.sub("", markup))


def numbered_plain(reply: Reply) -> str:
    """Plain text with the choices as numbered lines the person answers by number."""
    lines = [to_plain(reply.text)]
    lines += [f"  {n}. {choice.label}" for n, choice in enumerate(reply.choices, 1)]
    if reply.choices:
        lines.append(texts.PICK_BY_NUMBER)
    return "\n".join(lines)


def split_message(text: str, limit: int, markup: bool = True) -> list[str]:
    """Pieces of at most ``limit`` characters, split between lines so no tag is cut in two.

    Tags never span lines in our replies. A line longer than ``limit`` loses its tags
    (kept escaped) and is cut between words, filling each piece as far as it goes.
    ``markup=False`` for plain text.
    """
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        if len(line) > limit and markup:
            line = html.escape(to_plain(line), quote=False)
        while True:
            sep = "\n" if current else ""
            if len(current) + len(sep) + len(line) <= limit:
                current += sep + line
                break
            if len(line) <= limit:  # a whole line that does not fit: it starts the next piece
                pieces.append(current)
                current = ""
                continue
            head, line = _cut(line, limit - len(current) - len(sep))
            if head:
                current += sep + head
            pieces.append(current)
            current = ""
    if current or not pieces:
        pieces.append(current)
    return pieces


def _cut(line: str, room: int) -> tuple[str, str]:
    """As much of ``line`` as fits in ``room``, cut between words (never inside an entity like &amp;)."""
    if room <= 0:
        return "", line
    cut = line.rfind(" ", 0, room + 1)
    if cut <= 0:
        cut = room
        amp = line.rfind("&", 0, room)
        if amp > 0 and line.rfind(";", 0, room) < amp:
            cut = amp
    return line[:cut].rstrip(" "), line[cut:].lstrip(" ")
