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
