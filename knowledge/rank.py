"""Questions that rank the rows of a table: "Ấp nào ở xã Định Yên có nhiều hộ nghèo nhất?"

An article's table by hamlet (or commune) is drafted a fact a row, each saying the same things of its own place
("Ấp An Ninh: {households} hộ nghèo, {households_2} hộ cận nghèo."). The rows alike are one table; the column asked
is the one whose words the question says (the longest such: "hộ cận nghèo" before "hộ nghèo"), and the row at the end
asked is worked out from the figures, never guessed. A table of fewer rows, or a column the question does not tell
apart, ranks nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import format_number
from .normalize import CAPITALS, tokens

# "Ấp An Ninh: …", "Kết quả theo ấp: Ấp Mỹ Phú: …": the row's place and where its figures start
ROW = re.compile(rf"(?:^|:\s)(?P<kind>Ấp|Khóm|Xã|Phường|Thị trấn)\s+(?P<name>[{CAPITALS}0-9][^:.;{{}}]{{0,40}}?)\s*:")
FIGURE = re.compile(r"\{(\w+)\}")
LITERAL = re.compile(r"(?<![{\w])\d+(?:[.,]\d+)*")
# what a column counts in, not what it counts: "muốn học nghề {people} người" is asked as "nhiều người muốn học nghề"
# or "muốn học nghề đông nhất"; a rate's own words say only that it is one ("tỷ lệ {rate}%": of the cell before)
UNITS = frozenset({"nguoi", "ho", "luot", "em", "suat", "phan", "ti", "le", "chiem", "dat", "dong", "trieu",
                   "ty", "nghin", "ngan"})
ROWS_AT_LEAST = 3  # a ranking of two is a comparison, and of one nothing


@dataclass(frozen=True)
class Row:
    key: str
    template: str  # the fact's answer, its figures as {name}
    values: dict[str, float | int]
    written: dict[str, str]  # each figure as the source wrote it


@dataclass(frozen=True)
class Ranking:
    """The rows of one table ranked by the column asked: the end asked first."""

    kind: str  # "ấp", "xã": what the rows are
    column: str  # the column as the table says it, its figure as "…" ("… hộ nghèo")
    rate: bool  # the column is a share ("tỷ lệ …%")
    end: str  # "most" or "least"
    ranked: tuple[tuple[str, str, str], ...]  # (key, place's name, figure as written), the end asked first

    @property
    def leaders(self) -> list[str]:
        """The place or places at the end asked (two with the same figure are both there)."""
        return [name for _, name, figure in self.ranked if figure == self.ranked[0][2]]


def shape(row: Row) -> tuple[str, str, str, str] | None:
    """The row's table (its answer with its own place's name left out), the kind of place and its name; None for a
    fact that is no table's row."""
    match = ROW.search(row.template)
    if match is None or not FIGURE.search(row.template, match.end()):
        return None
    # (a figure the row wrote out, not drafted as a value, is the row's own: "phiếu hợp lệ 95, muốn học nghề {people}")
    table = LITERAL.sub("#", row.template[:match.start("name")] + "_" + row.template[match.end("name"):])
    return table, match.group("kind").lower(), match.group("name"), row.template[match.end():]


def columns(cells: str) -> dict[str, tuple[frozenset[str], str]]:
    """Each figure of a row, the words saying what it counts (but for its units: "{households} hộ nghèo" counts
    "nghèo") and the cell as written, its figures as "…"; a rate's cell with no words of its own ("tỷ lệ {rate}%",
    "61 ({rate}%)") is of the cell before it."""
    found, before = {}, (frozenset(), "")
    for cell in re.split(r"[,;]|\s(?:và|gồm)\s", cells):
        bare = re.sub(r"[()%.#]", " ", FIGURE.sub(" ", cell))
        words = frozenset(t.fold for t in tokens(bare, expand_abbreviations=False) if not t.fold.isdigit()) - UNITS
        shown = " ".join(FIGURE.sub("…", cell).strip(" .").split())
        said = (words, shown) if words else (before[0], f"{before[1]}, {shown}")
        for name in FIGURE.findall(cell):
            found[name] = said
        before = said
    return found


def rank(rows: list[Row], asked: set[str], end: str, rate: bool) -> Ranking | None:
    """The table of ``rows`` ranked by the column whose words ``asked`` (the question's words, folded) says, its
    ``end`` ("most" or "least") first; ``rate``: the question asks a share ("tỷ lệ … cao nhất")."""
    tables: dict[str, list[tuple[Row, str, str, str]]] = {}
    for row in rows:
        if (said := shape(row)) is not None:
            tables.setdefault(said[0], []).append((row, *said[1:]))
    if not tables:
        return None
    table = max(tables.values(), key=len)  # (the rows found first: the table the question is closest to)
    if len(table) < ROWS_AT_LEAST:
        return None
    kind, cells = table[0][1], table[0][3]
    said = columns(cells)
    is_rate = {name for name in said if re.search(rf"\{{{name}\}}\s*%", cells)}
    candidates = [name for name in said if (name in is_rate) == rate]
    # the column the question says every word of, the one saying most; none, or two alike, rank nothing
    fits = sorted((len(said[name][0]), name) for name in candidates if said[name][0] and said[name][0] <= asked)
    if not fits or len(fits) > 1 and fits[-1][0] == fits[-2][0]:
        return None
    name = fits[-1][1]
    figures = [(row.key, place, row.values[name], row.written.get(name)) for row, _, place, _ in table
               if name in row.values]
    if len(figures) < ROWS_AT_LEAST:
        return None
    figures.sort(key=lambda f: f[2], reverse=end == "most")
    column = said[name][1]
    return Ranking(kind, column, name in is_rate, end, tuple(
        (key, place, (written or format_number(value)) + ("%" if name in is_rate else ""))
        for key, place, value, written in figures))
