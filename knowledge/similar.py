"""Questions that say the same thing, typed differently, gathered into groups (for the office's statistics).

Each question is reduced to its words as the matcher reads them (normalize.tokens: diacritics
folded, teencode expanded), then questions are gathered around the most asked one they
resemble (rapidfuzz's WRatio, which forgives a typo, a polite word more or less). One pass, most
asked first: a group's example is its most asked phrasing.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from .normalize import tokens

# rapidfuzz's WRatio at which two questions are one: the same typed with or without marks, a typo, a
# polite "cho hỏi … ạ" score 95 and more; "giá lúa hôm nay" / "giá vàng hôm nay" 84.
SIMILAR = 88
MOST_COMPARED = 2000  # groups a question is compared with: the most asked; beyond, questions start their own


@dataclass
class Group:
    example: str  # the most asked phrasing, as typed
    count: int = 0  # how often any of its phrasings was asked
    phrasings: int = 0
    offered: Counter[str] = field(default_factory=Counter)  # facts offered for its questions, how often
    likely: str | None = None  # the fact these questions most likely meant (most offered), if any


def key_of(question: str) -> str:
    """Every word as the matcher reads it, diacritics folded (not cached: tokens' cache is the matcher's).

    Fillers stay: bare, many words fold onto one ("lam" is làm, lâm or lắm), so dropping them
    would tell a question typed without marks from the same one typed with them."""
    return " ".join(t.fold for t in tokens.__wrapped__(question))


def group_similar(questions: list[tuple[str, int, str]], similar: int = SIMILAR) -> list[Group]:
    """``questions`` as (text, how often, facts offered "a,b") -> groups, most asked first."""
    groups: list[Group] = []
    keys: list[str] = []  # each group's first key, the one others are compared with
    by_key: dict[str, Group] = {}
    for text, count, offered in sorted(questions, key=lambda q: -q[1]):
        key = key_of(text)
        group = by_key.get(key)
        if group is None and key and keys:
            found = process.extractOne(key, keys[:MOST_COMPARED], scorer=fuzz.WRatio, score_cutoff=similar)
            group = groups[found[2]] if found else None
        if group is None:
            group = Group(text)
            groups.append(group)
            keys.append(key)
        by_key.setdefault(key, group)
        group.count += count
        group.phrasings += 1
        for fact_id in filter(None, (offered or "").split(",")):
            group.offered[fact_id] += count
    return sorted(groups, key=lambda g: -g.count)
