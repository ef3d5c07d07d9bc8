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


DIGIT_WORDS = {"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
               "chín": 9}
AFTER_TENS = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}  # "hai mươi mốt", "ba mươi tư", "mười lăm"
SCALES = {"mười", "mươi", "trăm", "nghìn", "ngàn"}
_NUMBER_WORD = "|".join(sorted({*DIGIT_WORDS, *AFTER_TENS, *SCALES, "linh", "lẻ"}, key=len, reverse=True))
_RUN = rf"(?:{_NUMBER_WORD})(?:\s+(?:{_NUMBER_WORD}))*"
WORDED = re.compile(rf"(?<!\w)({_RUN})(?:\s+(?:phẩy|phảy)\s+({_RUN}))?(?!\w)(\s+phần\s+trăm(?!\w))?", re.I)
MULTIPLIER = re.compile(r"(?<!\w)(?:mười|mươi|trăm|nghìn|ngàn|phẩy|phảy)(?!\w)", re.I)


def _worded_value(words: list[str]) -> int | None:
    """A whole number written in words ("một trăm linh năm" -> 105, "hai nghìn không trăm hai mươi tư" -> 2024);
    None unless every word has its place (no two digits in a row, "mươi" after a digit, "mốt"/"lăm" after tens), and
    for a digit right after "trăm" that ends the figure ("hai trăm năm": 250 said short, or 200 years)."""
    total, current, pending, last = 0, 0, None, None
    for word in words:
        if word == "mười" and pending is None and last in (None, "hundreds", "linh"):
            current, last = current + 10, "tens"
        elif word == "mươi" and pending is not None:
            current, pending, last = current + pending * 10, None, "tens"
        elif word == "trăm" and pending is not None:
            current, pending, last = current + pending * 100, None, "hundreds"
        elif word in ("nghìn", "ngàn") and current + (pending or 0) and total == 0:
            total, current, pending, last = (current + (pending or 0)) * 1000, 0, None, "thousands"
        elif word in ("linh", "lẻ") and last == "hundreds":
            last = "linh"
        elif word in AFTER_TENS and last == "tens":
            current, last = current + AFTER_TENS[word], "unit"
        elif word in DIGIT_WORDS and last in ("tens", "linh"):
            current, last = current + DIGIT_WORDS[word], "unit"
        elif word in DIGIT_WORDS and pending is None and last in (None, "hundreds", "thousands"):
            pending, last = DIGIT_WORDS[word], ("short" if last == "hundreds" else "digit")
        else:
            return None
    if last == "short" or not (total or current or pending):
        return None
    return total + current + (pending or 0)


def _in_digits(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _figure_of(match: re.Match) -> str:
    """A figure written in words, in digits; the longest end of the run that reads as one (what comes before is
    words: "năm hai nghìn …" is the year, "đầu tư ba mươi" invests). Capitalised but where a sentence opens, it is a
    name."""
    words = match.group(1).split()
    opens = match.start() == 0 or match.string[:match.start()].rstrip()[-1:] in ".!?:;\n"
    if any(w[:1].isupper() for w in words[0 if not opens else 1:]):
        return match.group(0)  # a name: "Tháp Mười", "ấp Mười Quang", "ông Mười", "Bảy Ngàn"
    for start in range(len(words)):
        tail = words[start:]
        value = _worded_value([w.lower() for w in tail])
        if value is None or not match.group(2) and (len(tail) < 2 or not MULTIPLIER.search(" ".join(tail))):
            continue
        year = start and words[start - 1].lower() == "năm" and 1900 <= value <= 2100  # ("năm hai nghìn …": a year)
        figure = str(value) if year else _in_digits(value)
        if match.group(2):
            decimals = [DIGIT_WORDS.get(w.lower()) for w in match.group(2).split()]
            if None in decimals:
                return match.group(0)
            figure += "," + "".join(map(str, decimals))
        return " ".join([*words[:start], figure + ("%" if match.group(3) else "")])
    return match.group(0)


def figures_in_digits(text: str) -> str:
    """Figures a script for reading aloud writes in words, in digits ("một trăm hai mươi lăm hộ" -> "125 hộ", "ba
    phẩy năm phần trăm" -> "3,5%"): only runs of two words or more with a word of tens or more, or a decimal point,
    in words with their marks ("hai hộ" stays words, as "hai" may be; "tháp mười" may be Tháp Mười typed small;
    "tram" typed bare may be "trạm")."""
    return WORDED.sub(_figure_of, text) if MULTIPLIER.search(text) else text
