"""Vietnam's administrative units, and the places a text names.

The gazetteer is the ``vietnam-provinces`` package at 0.6: provinces, districts and
communes as they were before the 2025 reorganisation, which is what the articles
describe. A text names a place either with its kind ("huyện Phụng Hiệp", "xã Thuận
Hưng", "tp Cần Thơ") or, for provinces and districts, bare ("Trà Vinh có bao nhiêu hộ
nghèo"). A bare name right after a surname is a person's name, not a place ("ông Trần
Thanh Liêm" is not the district of Thanh Liêm), and communes are recognised only with
their kind: too many of their names are ordinary words. A unit the lists lack that facts are
declared of (a commune formed in 2025, a district an article names) is added under the widest
part of its label the lists hold (``Gazetteer.add_unlisted``).
"""
from __future__ import annotations

import dataclasses
import json
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

import vietnam_provinces

from .normalize import DATA_DIR, Token, canonical_word, fold, tokens

COUNTRY, PROVINCE, DISTRICT, COMMUNE = 0, 1, 2, 3
# The words that say what kind of unit a name is, with the levels they may name. Typed with
# marks they must be these words ("xa" may be "xã", but "xa" typed among marked words is not).
# "Tỉnh" also names the centrally-run cities ("tỉnh Cần Thơ"); the others name their own kind only.
KIND_WORDS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("tỉnh",): ("Tỉnh", "Thành phố"),
    ("thành", "phố"): ("Thành phố",),
    ("huyện",): ("Huyện",),
    ("quận",): ("Quận",),
    ("thị", "xã"): ("Thị xã",),
    ("tx",): ("Thị xã",),
    ("xã",): ("Xã",),
    ("phường",): ("Phường",),
    ("thị", "trấn"): ("Thị trấn",),
}
LEVEL_OF_KIND = {"Tỉnh": PROVINCE, "Thành phố": PROVINCE, "Huyện": DISTRICT, "Quận": DISTRICT, "Thị xã": DISTRICT,
                 "Xã": COMMUNE, "Phường": COMMUNE, "Thị trấn": COMMUNE}
KIND_PREFIXES = sorted({kind for kinds in KIND_WORDS.values() for kind in kinds}, key=len, reverse=True)
# Kind words by their first folded word, so that most words of a text cost one set lookup.
KINDS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {}
for _words, _kinds in KIND_WORDS.items():
    KINDS_BY_FIRST.setdefault(fold(_words[0]), []).append((_words, tuple(map(fold, _words)), _kinds))
MAX_NAME_WORDS = 4
UNLISTED = "u"  # the code prefix of a place the lists lack (Gazetteer.add_unlisted): "p", "d", "c", "n" are theirs
AT = frozenset({"ở", "tại", "bển", "bên", "dưới", "trển", "xuống", "chợ"})  # "bển Long Bình Điền": over there, in it;
# "chợ Xà Phiên": the market of the commune, in it
LIST_OPENS = frozenset({"cac", "nhung"})  # "các xã A, B và C": each a place of that kind
HAMLET = frozenset({"ap", "khom", "xom", "thon"})  # ấp, khóm, xóm, thôn: below a commune, not in the gazetteer


@dataclass(frozen=True)
class Place:
    code: str  # "p93", "d930", "c31471": unique across levels
    level: int
    name: str  # "Huyện Long Mỹ", as the gazetteer writes it
    parent: str | None
    province: str  # the code of its province (itself for a province)

    @cached_property
    def kind(self) -> str:
        """'Huyện', 'Thị xã', ... as the gazetteer writes it."""
        return next((p for p in KIND_PREFIXES if self.name.startswith(p + " ")), "")

    @cached_property
    def short(self) -> str:
        """The name without its kind: 'Long Mỹ'."""
        return self.name[len(self.kind):].strip()

    @cached_property
    def canon(self) -> tuple[str, ...]:
        return tuple(canonical_word(w) for w in self.short.split())

    @property
    def label(self) -> str:
        """How an answer names it: 'huyện Long Mỹ' ('Hàn Quốc': a country has no kind word)."""
        return self.name if self.level == COUNTRY else self.name[0].lower() + self.name[1:]


def _key(name: str) -> tuple[str, ...]:
    return tuple(fold(canonical_word(w)) for w in name.split())


class Gazetteer:
    def __init__(self) -> None:
        self.places: dict[str, Place] = {}
        self.by_name: dict[tuple[str, ...], list[Place]] = {}
        self.countries: dict[tuple[str, ...], list[tuple[Place, tuple[str, ...]]]] = {}
        data = json.loads(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH.read_text(encoding="utf-8"))
        for province in data:
            p = self._add(f"p{province['code']}", PROVINCE, province["name"], None, f"p{province['code']}")
            for district in province["districts"]:
                d = self._add(f"d{district['code']}", DISTRICT, district["name"], p.code, p.code)
                for ward in district["wards"]:
                    self._add(f"c{ward['code']}", COMMUNE, ward["name"], d.code, p.code)

        for line in (DATA_DIR / "countries.txt").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                names = [n.strip() for n in line.split("|")]
                country = self.places[f"n{names[0]}"] = Place(f"n{names[0]}", COUNTRY, names[0], None, "")
                for name in names:
                    spelled = tuple(canonical_word(w) for w in name.replace("-", " ").split())
                    self.countries.setdefault(tuple(map(fold, spelled)), []).append((country, spelled))

        provinces = {p.name: p.code for p in self.places.values() if p.level == PROVINCE}
        self.merged_into: dict[str, str] = {}  # an old province's code -> the code of the one it was merged into
        for line in (DATA_DIR / "provinces_2025.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                today, merged = line.split("\t")
                self.merged_into |= {provinces[old.strip()]: provinces[today.strip()] for old in merged.split("|")}
        self.bare_starts = {name[:2] for name in self.by_name if len(name) > 1}  # bare names have two words or more
        self.country_starts = {name[0] for name in self.countries}

    def _add(self, code: str, level: int, name: str, parent: str | None, province: str) -> Place:
        place = self.places[code] = Place(code, level, name, parent, province)
        self.by_name.setdefault(_key(place.short), []).append(place)
        return place

    def add_unlisted(self, label: str) -> Place | None:
        """The place a label names ("xã Hòa Lộc Đông, tỉnh An Giang", "huyện Thạnh Hòa, tỉnh Sóc Trăng"), its
        units the gazetteer lacks added under the widest one it has: a commune formed in 2025 or a place an article
        names that the 2021 lists do not hold is still a place of its province, named as its article names it.
        None when no part of the label is a province we know."""
        parts = [part.strip() for part in label.split(",") if part.strip()][::-1]
        within: Place | None = None
        for part in parts:
            kind = next((k for k in KIND_PREFIXES if part.lower().startswith(k.lower() + " ")), "")
            name = part[len(kind):].strip()
            if not kind or not name:
                return within
            named = _as_typed(self.by_name.get(_key(name), ()), tokens(name, expand_abbreviations=False))
            level = LEVEL_OF_KIND[kind] if within is None or kind != "Thành phố" else DISTRICT
            place = next((p for p in named if p.level == level and (within is None or p.parent == within.code or (
                within.level == PROVINCE and p.province == within.code))), None)  # ("xã Tân Lập, tỉnh Long An")
            if place is None and within is None:
                return None  # (no province to put it in)
            if place is None:
                code = f"{UNLISTED}{len(self.places)}"
                place = self._add(code, max(level, within.level + 1), f"{kind} {name}", within.code, within.province)
                self.bare_starts.add(_key(name)[:2])
            within = place
        return within

    @staticmethod
    def unlisted(place: Place) -> bool:
        """Whether a place was added by add_unlisted, not read from the lists."""
        return place.code.startswith(UNLISTED)

    def ancestors(self, place: Place) -> list[Place]:
        found = []
        while place.parent:
            place = self.places[place.parent]
            found.append(place)
        return found

    def contains(self, outer: Place, inner: Place) -> bool:
        """Whether ``inner`` lies inside ``outer`` (or is it), its province merged into ``outer`` in 2025 too."""
        return outer == inner or outer in self.ancestors(inner) or self.merged_into.get(inner.province) == outer.code


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def _load_surnames(canonical: bool = False) -> frozenset[str]:
    """Surnames folded (as typed without marks) or canonical (with their marks)."""
    lines = (DATA_DIR / "surnames.txt").read_text(encoding="utf-8").splitlines()
    words = (canonical_word(w) for line in lines if line.strip() and not line.startswith("#") for w in line.split())
    return frozenset(words if canonical else map(fold, words))


SURNAMES = _load_surnames()
SURNAME_CANONS = _load_surnames(canonical=True)


@dataclass(frozen=True)
class Mention:
    """A place a text names: every unit the words may stand for (a bare 'Long Mỹ' is two)."""

    places: tuple[Place, ...]
    explicit: bool  # named with its kind and with marks ("huyện Long Mỹ")
    words: tuple[str, ...]  # the folded words of the name, kind included
    marked: bool = False  # typed with its marks, exactly as the place is written ("Mỹ Tú")
    own: bool = False  # its own figure is asked ("riêng xã Mỹ Hòa"): the wider place's will not do
    unnamed: bool = False  # said by its kind only ("tỉnh mình"): any of ``places`` may be meant


def find_places(text: str) -> list[Mention]:
    """The places ``text`` names, in order."""
    return mentions_of(tokens(text))


@lru_cache(maxsize=4096)
def mentions_of(words: tuple[Token, ...]) -> list[Mention]:
    """Places named in already-tokenised text."""
    gaz = gazetteer()
    found: list[Mention] = []
    i = end = 0
    listing = False  # a list of places of one kind goes on ("các xã Long Giang, Long Kiến và Hội An")
    while i < len(words):
        first = words[i].fold
        mention = ((listing and end == i and _listed(words, i, found[-1]))
                   or (first in KINDS_BY_FIRST and not _cooperative(words, i) and _with_kind(words, i))
                   or (tuple(t.fold for t in words[i:i + 2]) in gaz.bare_starts
                       and _bare(words, i, after_place=bool(found) and end == i))
                   or (first in gaz.country_starts and _country(words, i)))
        if not mention:
            i += 1
            continue
        # "huyện Tháp Mười, Đồng Tháp": the province right after its district only says which one it is
        inside = [inner for inner in found[-1].places if any(gaz.contains(outer, inner) for outer in mention.places)
                  ] if found and end == i else []
        if inside:  # (its words are the place's name too: weighed, or not, as the place's)
            found[-1] = dataclasses.replace(found[-1], places=tuple(inside), words=found[-1].words + mention.words)
        else:
            listing = listing and end == i or i > 0 and (words[i - 1].fold in LIST_OPENS or words[i - 1].fold.isdigit())
            found.append(mention)
        i += len(mention.words)
        end = i
    return found


def _cooperative(words: tuple[Token, ...], i: int) -> bool:
    """Whether the "xã" at ``i`` ends "hợp tác xã": "Hợp tác xã Lục Bình Hưng Thạnh" names no commune Lục Bình."""
    return i >= 2 and (words[i - 2].fold, words[i - 1].fold) == ("hop", "tac")


def _with_kind(words: tuple[Token, ...], i: int) -> Mention | None:
    names = gazetteer().by_name
    for kind, folded, kinds in KINDS_BY_FIRST[words[i].fold]:
        typed = words[i:i + len(kind)]
        if len(words) - i <= len(kind) or tuple(t.fold for t in typed) != folded or any(
                t.has_diacritics and t.canon != w for t, w in zip(typed, kind)):
            continue
        start = i + len(kind)
        for size in range(min(MAX_NAME_WORDS, len(words) - start), 0, -1):
            name = _name_as_typed(words, start, size, names)
            named = [p for p in _as_typed(names.get(name, ()), words[start:start + size])
                     if p.level < COMMUNE or size > 1 or name[0].isdigit()]  # "phường 2" of a town
            # The kind as said first; else a unit of the same level ("xã Vĩnh Viễn" for the thị trấn):
            # people say xã for any commune, huyện for any district.
            levels = {LEVEL_OF_KIND[k] for k in kinds}
            places = tuple(p for p in named if p.kind in kinds) or tuple(p for p in named if p.level in levels)
            if places:  # typed without marks, "huyen co to" is as unsure as a bare name; "U Minh" has none to type
                typed_name = tuple(t.canon for t in words[start:start + size])
                marked = any(t.has_diacritics for t in words[start:start + size]) or any(
                    typed_name == tuple(p.canon) and p.canon == tuple(fold(w) for w in p.canon) for p in places)
                return Mention(places, marked, tuple(t.fold for t in words[i:start + size]))
    return None


def _listed(words: tuple[Token, ...], i: int, before: Mention) -> Mention | None:
    """The next name of a list of places of one kind ("các xã Long Giang, Long Kiến và Hội An"): a place of the same
    district (or province) as the one before."""
    start = i + 1 if words[i].fold == "va" else i
    parents = {p.parent for p in before.places}
    for size in range(min(MAX_NAME_WORDS, len(words) - start), 1, -1):
        typed = words[start:start + size]
        named = _as_typed(gazetteer().by_name.get(tuple(t.fold for t in typed), ()), typed)
        if places := tuple(p for p in named if p.parent in parents):
            return Mention(places, before.explicit, tuple(t.fold for t in words[i:start + size]), before.marked)
    return None


def name_after_kind(mention: Mention) -> tuple[str, ...]:
    """The folded words of a mention's name, its kind said before it left out ("xa long hoa": long, hoa)."""
    words = mention.words
    kind = max((len(folded) for _, folded, _ in KINDS_BY_FIRST.get(words[0] if words else "", ())
                if words[:len(folded)] == folded), default=0)
    return words[kind:]


def said_with_kind(mention: Mention) -> bool:
    """Whether a mention says its kind before a name of two words or more ("huyen tan chau" typed bare is as sure
    as with marks; "huyen co to" might be words)."""
    name = name_after_kind(mention)
    return len(name) < len(mention.words) and len(name) >= 2


def _bare(words: tuple[Token, ...], i: int, after_place: bool = False) -> Mention | None:
    if i > 0 and words[i - 1].has_diacritics and words[i - 1].canon in SURNAME_CANONS and not after_place:
        return None  # "Trần Thanh Liêm" is a person (typed bare, "lam my tu" is "làm" at Mỹ Tú, not Lâm); but a
        # place's name ending in one lists the next ("Bình Dương, Đồng Nai")
    if i > 0 and words[i - 1].fold in HAMLET:
        return None  # "ấp Tân Phú" is a hamlet, not the district of that name in another province
    names = gazetteer().by_name
    # "nhà tôi ở Phong Nẫm": after "ở", "tại", a name typed with its marks may be a commune's too
    where = i > 0 and (words[i - 1].canon in AT or words[i - 1].surface in AT)  # "bển" is read "bên đó"
    for size in range(min(MAX_NAME_WORDS, len(words) - i), 1, -1):
        name = _name_as_typed(words, i, size, names)
        typed = words[i:i + size]
        named = _as_typed(names.get(name, ()), typed)
        # a district's name is the district (Phụng Hiệp, not its xã Phụng Hiệp); a commune's only after "ở"
        places = tuple(p for p in named if p.level < COMMUNE) or tuple(
            p for p in named if where and any(t.has_diacritics for t in typed))
        if places:
            return Mention(places, False, name, all(t.has_diacritics for t in typed))
    return None


def _country(words: tuple[Token, ...], i: int) -> Mention | None:
    if i > 0 and words[i - 1].fold == "me":  # "Mẹ Việt Nam anh hùng" is a title, not the country
        return None
    for size in range(min(5, len(words) - i), 0, -1):
        typed = words[i:i + size]
        for country, spelled in gazetteer().countries.get(tuple(t.fold for t in typed), ()):
            if all(t.canon == w for t, w in zip(typed, spelled) if t.has_diacritics):
                return Mention((country,), False, tuple(t.fold for t in typed))
    return None


def _name_as_typed(words: tuple[Token, ...], start: int, size: int, names: dict) -> tuple[str, ...]:
    """The folded words of ``size`` from ``start``; a letter read as an abbreviation ("A" as "anh") is the letter
    when the name is a place's with it ("xã Trường Xuân A có …"), unless it ends the text (a bare "ạ": "… xã Trường
    Xuân a")."""
    typed = words[start:start + size]
    name = tuple(t.fold for t in typed)
    if name in names or start + size >= len(words):
        return name
    letters = tuple(fold(t.surface) if len(t.surface) == 1 else t.fold for t in typed)
    return letters if letters in names else name


def _as_typed(places: list[Place] | tuple[Place, ...], name: tuple[Token, ...]) -> tuple[Place, ...]:
    """The places whose name agrees with the words as typed: each word typed with marks must be the
    name's own, or it with some of its marks left out ("Gò Công Đong"), never with a mark of its own ("có tổ" is
    not Cô Tô, "văn bản" not Văn Bàn, Thuận Hưng not Thuần Hưng)."""
    return tuple(p for p in places if all(_marks_of(t.canon) <= _marks_of(w) for t, w in zip(name, p.canon)
                                          if t.has_diacritics))


def _marks_of(word: str) -> frozenset[tuple[int, str]]:
    """Each letter's marks, by its place in the word ("đông": the stroke on the first, the circumflex on the third)."""
    return frozenset((i, mark) for i, letter in enumerate(word)
                     for mark in unicodedata.normalize("NFD", letter)[1:] + ("đ" if letter == "đ" else ""))


def place_words(label: str) -> frozenset[str]:
    """The folded words of the names of the places a label writes, without their kinds ("huyện Gò Quao, tỉnh
    Kiên Giang": go, quao; a province after its district only says which district; "xã" is a word questions
    use for other things)."""
    return frozenset(t.fold for m in find_places(label) for p in m.places for t in tokens(p.short))
