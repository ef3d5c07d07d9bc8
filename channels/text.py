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
    """Pieces of at most ``limit`` characters of text, split between lines so no tag is cut in two.

    A line longer than ``limit`` loses its tags (kept escaped) and is cut between words,
    filling each piece as far as it goes. A tag left open at the end of a piece (one
    that spans lines, as a title with a line break in it does) is closed there and
    opened again in the next, so every piece is whole HTML; that adds only markup,
    and messengers count ``limit`` in the text shown. ``markup=False`` for plain text.
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
    return _balanced(pieces) if markup and len(pieces) > 1 else pieces


def _balanced(pieces: list[str]) -> list[str]:
    """Each piece with the tags still open from the pieces before it opened again, and its own closed."""
    result, still_open = [], []
    for piece in pieces:
        opened_before = "".join(f"<{name}>" for name in still_open)
        for tag in TAG.finditer(piece):
            name = tag[0].strip("</>")
            if not tag[0].startswith("</"):
                still_open.append(name)
            elif name in still_open:  # tags nest: close it and whatever was opened inside it
                del still_open[len(still_open) - 1 - still_open[::-1].index(name):]
        result.append(opened_before + piece + "".join(f"</{name}>" for name in reversed(still_open)))
    return result


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
