"""Numbers people type: read from the ASCII digits 0-9 only, and range-checked.

Python's ``int()`` and ``str.isdigit()`` take every script's digits: ``"²".isdigit()`` is
true and ``int("²")`` fails, ``int("١٢")`` is 12, and a 20-digit number overflows SQLite's
integers. Every number a person gives (button data, command arguments, figures for
/setfact) is read here, so a forged or odd one is refused rather than crashing or being
taken for another number.
"""
from __future__ import annotations

import re

MAX_ID = 2**63 - 1  # SQLite's largest integer: no row id a person sends can be above it
WHOLE = re.compile(r"[0-9]{1,19}")
# 1.600 / 1,600 (thousands), 7,6 / 7.6 (decimal), 1.234,5 (both): ASCII digits only.
DECIMAL = re.compile(r"^-?\d{1,3}(?:([.,])\d{3})+(?:(?!\1)[.,]\d+)?$|^-?\d+(?:[.,]\d+)?$", re.ASCII)
MAX_DECIMAL_CHARS = 40
VIETNAMESE = re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?", re.ASCII)


def whole_number(text: str, low: int = 1, high: int = MAX_ID) -> int | None:
    """``text`` (ASCII digits, nothing else) as an integer from ``low`` to ``high``; None otherwise."""
    if not WHOLE.fullmatch(text):
        return None
    value = int(text)
    return value if low <= value <= high else None


def decimal_number(text: str) -> int | float | None:
    """'1.600' and '1,600' -> 1600; '7,6' and '7.6' -> 7.6; '1.234,5' -> 1234.5; None if not a number."""
    text = text.strip().replace(" ", "")
    if len(text) > MAX_DECIMAL_CHARS or not DECIMAL.match(text):
        return None
    separators = [c for c in text if c in ".,"]
    if len(separators) > 1 or (separators and re.search(r"[.,]\d{3}$", text) and not text.lstrip("-").startswith("0")):
        if len(set(separators)) > 1:  # both kinds: the last one is the decimal mark
            decimal = separators[-1]
            whole, frac = text.rsplit(decimal, 1)
            return float(re.sub(r"[.,]", "", whole) + "." + frac)
        return int(re.sub(r"[.,]", "", text))
    value = float(text.replace(",", "."))
    return int(value) if value.is_integer() and not separators else value


def vietnamese_number(text: str) -> int | float | None:
    """An article's figure, written the Vietnamese way (dots group thousands, a comma marks decimals): '9,856'
    -> 9.856 (where ``decimal_number``, reading what people type, takes 1000 times that), '1.288' -> 1288."""
    text = text.strip()
    if len(text) > MAX_DECIMAL_CHARS or not VIETNAMESE.fullmatch(text):
        return None
    whole, _, decimals = text.replace(".", "").partition(",")
    return float(f"{whole}.{decimals}") if decimals else int(whole)


def readings(text: str) -> set[int | float]:
    """The values a written figure may stand for, typed by a person or written the Vietnamese way."""
    return {value for value in (decimal_number(text), vietnamese_number(text)) if value is not None}
