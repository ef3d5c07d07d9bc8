"""Questions that rank the rows of a table: "Ấp nào ở xã Định Yên có nhiều hộ nghèo nhất?"

An article's table by hamlet (or commune) is drafted a fact a row, each saying the same things of its own place
("Ấp An Ninh: {households} hộ nghèo, {households_2} hộ cận nghèo."). The rows alike are one table; the column asked
is the one whose words the question says (the longest such: "hộ cận nghèo" before "hộ nghèo"), and the row at the end
asked is worked out from the figures, never guessed. A table of fewer rows, one that may not be whole, or a question
asking more than one column says, ranks nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

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


class Row(NamedTuple):
    key: str
    template: str  # the fact's answer, its figures as {name}
    values: dict[str, float | int]
    written: dict[str, str]  # each figure as the source wrote it


class Shape(NamedTuple):
    table: str  # the row's answer with its place's name (and the figures it wrote out) left out
    kind: str  # "ấp", "xã": its place's kind, as ranked (a town is ranked with the communes)
    place: str  # its place's name
    cells: str  # what it says of the place


class Ranked(NamedTuple):
    key: str
    place: str  # with its kind when the name is a number ("Khóm 5")
    figure: str  # as the source wrote it


@dataclass(frozen=True)
class Ranking:
    """The rows of one table ranked by the column asked: the end asked first."""

    kind: str  # "ấp", "xã": what the rows are
    column: str  # the column as the table says it, its figure as "…" ("… hộ nghèo")
    rate: bool  # the column is a share ("tỷ lệ …%")
    end: str  # "most" or "least"
    ranked: tuple[Ranked, ...]  # the end asked first

    @property
    def leaders(self) -> list[str]:
        """The place or places at the end asked (two with the same figure are both there)."""
        return [r.place for r in self.ranked if r.figure == self.ranked[0].figure]


KINDS = {"ấp": "ấp", "khóm": "ấp", "xã": "xã", "phường": "xã", "thị trấn": "xã"}


def shape(row: Row) -> Shape | None:
    """What makes a fact a table's row, or None."""
    match = ROW.search(row.template)
    if match is None or not FIGURE.search(row.template, match.end()):
        return None
    # (a figure the row wrote out, not drafted as a value, is the row's own: "phiếu hợp lệ 95, muốn học nghề {people}")
    table = LITERAL.sub("#", row.template[:match.start("name")] + "_" + row.template[match.end("name"):])
    kind = match.group("kind").lower()
    place = f"{match.group('kind')} {match.group('name')}" if match.group("name")[0].isdigit() else match.group("name")
    return Shape(table, KINDS[kind], place, row.template[match.end():])


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


def rank(rows: list[Row], of: Row, words: set[str], asked: set[str], end: str, rate: bool) -> Ranking | None:
    """The table ``of`` is a row of, among ``rows`` (its source's facts), ranked by the column whose every word is
    among the question's ``words`` (folded), its ``end`` ("most" or "least") first; ``rate``: a share is asked ("tỷ
    lệ … cao nhất"). None unless every row of its kind is of that one table, each place once (two tables alike, a
    year apart, or a row written otherwise, in another unit, with a cell missing: the whole is not known), and what
    the question ``asked`` of what is ranked (its telling words) is all that column's."""
    own = shape(of)
    shaped = [(row, said) for row in rows if (said := shape(row)) is not None and said.kind == own.kind]
    places = [said.place for _, said in shaped]
    if len(shaped) < ROWS_AT_LEAST or any(said.table != own.table for _, said in shaped) or len(set(places)) < len(
            places):
        return None
    said = columns(own.cells)
    is_rate = {name for name in said if re.search(rf"\{{{name}\}}\s*%", own.cells)}
    # the column whose every word the question says, the one saying most; none, or two alike, rank nothing
    fits = sorted((len(said[name][0]), name) for name in said
                  if (name in is_rate) == rate and said[name][0] and said[name][0] <= words)
    if not fits or len(fits) > 1 and fits[-1][0] == fits[-2][0] or not asked <= said[fits[-1][1]][0] | UNITS:
        return None
    name = fits[-1][1]
    if any(name not in row.values for row, _ in shaped):
        return None
    ordered = sorted(shaped, key=lambda pair: pair[0].values[name], reverse=end == "most")
    sign = "%" if name in is_rate else ""
    return Ranking(own.kind, said[name][1], name in is_rate, end, tuple(
        Ranked(row.key, place.place, (row.written.get(name) or format_number(row.values[name])) + sign)
        for row, place in ordered))
