"""Questions that compare two figures: "Hộ nghèo nhiều hơn hộ cận nghèo mấy hộ vậy?"

The question is split at its comparison ("nhiều hơn", "ít hơn", "so với", "chênh lệch giữa A
và B"); each side is then an ordinary question, answered on its own. When both sides find one
fact each, and both facts state a figure in the unit asked (the word after "bao nhiêu", or a
rate), the difference is worked out from the two figures, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import Fact
from .normalize import FILLER_FOLDS, fold
from .units import OF_ALL

# "A nhiều hơn B", "A so với B", on the text folded (so that "nhieu hon" is found too)
BETWEEN = re.compile(r"\b(?:nhieu hon|it hon|hon kem|so voi|cao hon|thap hon)\b")
# "chênh lệch (giữa) A và B"
APART = re.compile(r"\bchenh lech\s+(?:giua\s+)?(?P<a>.+?)\s+(?:va|voi)\s+(?P<b>.+)")
# the unit after a figure ("m2": an area; "{n}/13 xã": so many of all)
UNIT_AFTER = re.compile(rf"\{{(?P<name>\w+)\}}(?:{OF_ALL})?\s*(?P<unit>%|m2\b|mét vuông|[^\W\d_]+)")


@dataclass(frozen=True)
class Comparison:
    """Two figures and their difference, in the unit asked ("hộ", "%")."""

    first: float
    second: float
    unit: str

    @property
    def difference(self) -> float:
        return round(abs(self.first - self.second), 10)


def sides(question: str) -> tuple[str, str] | None:
    """The two things a comparison question compares, as text; None if it compares nothing."""
    folded = fold(question)
    # Folding keeps every character's place, so positions in the folded text are positions in the question.
    if len(folded) != len(question):
        return None
    apart = APART.search(folded)
    if apart:
        return question[apart.start("a"):apart.end("a")], question[apart.start("b"):apart.end("b")]
    found = BETWEEN.search(folded)
    if found and found.start() > 0 and found.end() < len(question):
        return question[:found.start()], question[found.end():]
    return None


def figure(fact: Fact, values: dict[str, float | int], unit: str | None) -> tuple[float, str] | None:
    """The fact's figure in ``unit`` (the unit written after it in the answer) and that unit as
    written; with no unit asked, its one count. None when it has none, or several and nothing says which."""
    units = {m.group("name"): m.group("unit") for m in UNIT_AFTER.finditer(fact.answer) if m.group("name") in values}
    named = [name for name, written in units.items() if fold(written) == unit]
    if not named and (unit is None or unit in FILLER_FOLDS):  # "bao nhiêu vậy": any one count
        named = [name for name, written in units.items() if written != "%"]
    return (values[named[0]], units[named[0]]) if len(named) == 1 else None


def compared(first: tuple[float, str], second: tuple[float, str]) -> Comparison | None:
    """The comparison of two figures, when they are in the same unit."""
    if fold(first[1]) != fold(second[1]):
        return None
    return Comparison(first[0], second[0], first[1])
