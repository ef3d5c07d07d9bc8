"""What a message asks, apart from how it is said.

People write their own story before the question ("Con tui 20 tuổi, muốn đi Nhật. Cho tui
hỏi ..."), open and close politely, and sometimes ask two things at once. This module
splits a message into

- the question (full weight) and the asker's context (weighed lightly: it may help tell
  facts apart, but it neither dilutes the match nor blocks an answer),
- the kinds of answer wanted (how many, who, when, where, how to, phone, money), from
  ``data/question_words.tsv``,
- the places it names (``places.py``), and
- its separate questions, when it asks more than one.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate

from .normalize import (ABBREVIATED, CAPITALS, DATA_DIR, Token, canonical_word, clauses, fold, is_filler, is_rough,
                        is_year, tokens, year_of)
from .numbers import vietnamese_number
from .places import COMMUNE, COUNTRY, Mention, gazetteer, mentions_of
from .units import ALIKE_UNITS, AREA, COUNTED, MONEY_UNITS, NOT_COUNTED, UNIT_PAIRS, UNITS, counts_alike, unit_named

CONTEXT_WEIGHT = 0.25
KIND_WORD_SHARE = 0.15  # "bao nhiêu", "tên gì", "khi nào" say what kind of answer, not what about
# "… và bao nhiêu …": a second count asked after a first, a question of its own
COUNT_ASKED = r"(?:bao\s+nhi[eê]u|bn|mấy|nhiêu|nhiu)(?!\w)"  # (bare "nhieu" alone is "nhiều", many)
FIRST_COUNT = re.compile(rf"(?<!\w){COUNT_ASKED}", re.I)
SECOND_COUNT = re.compile(rf"(?<=\s)(?P<and>(?:và|va|với|voi|vs)\s+){COUNT_ASKED}", re.I)
YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:[-–—]|đến|tới|den|toi)\s*(?:năm\s+|nam\s+)?((?:19|20)\d\d)(?!\d)", re.I)
YEAR_NAMED = re.compile(r"\b(?:năm\s+|nam\s+)?(?:19|20)\d\d\b", re.I)  # a year the clause names: both counts' year
# "Tỷ lệ hộ nghèo với tỷ lệ hộ cận nghèo …": one head said twice, two figures of it asked (what the first is of is said
# in four words at most: a longer phrase is seldom one half of a pair)
HEADS = r"(?:tỷ lệ|tỉ lệ|ty le|ti le|số|so|mức|muc)"
PARALLEL = re.compile(rf"(?<!\w)(?<!dân )(?<!dan )(?P<head>{HEADS})\s+(?P<first>(?:\S+\s+){{1,4}}?)"
                      rf"(?<!\bso\s)(?P<and>(?:và|va|với|voi|vs)\s+)(?P<again>{HEADS})\s+", re.I)
HEAD_SAID = re.compile(rf"(?<!\w){HEADS}(?!\w)", re.I)
ASKING_STARTS = frozenset({"là", "bao", "mấy", "nhiêu", "nhiu", "bn"})  # "… là bao nhiêu", asked of both halves
# (a change or a comparison is worked out from both: "… cái nào cao hơn", "… năm 2023 giảm bao nhiêu")
COMPARED = re.compile(r"\b(?:chênh|chenh|hơn|hon|so với|so voi|cái nào|cai nao|bên nào|ben nao|tăng|tang|giảm|giam|"
                      r"thay đổi|thay doi)\b", re.I)
LIST_HEAD = 3  # the words before a comma a list's next item may repeat the noun of ("xóa nhà tạm, nhà dột nát")
STORY_WORDS = 4  # a statement this long before the question is the asker's story, not part of the question
# a numbered list typed in a message ("cho hỏi: 1) phiên giao dịch … 2) huyện …"): its numbers start a line each and
# ask nothing. Only a run counted from 1 is a list: "(đợt 2)", "(tháng 6)", "…: 12. Còn …" keep their figures.
ENUMERATOR = re.compile(r"(?<![\w(])\(?(\d{1,2})[.)]\s+(?=[^\W\d])")
SEGMENT = re.compile(r"(?:[^,.!?;\n]|(?<=\d)[,.](?=\d))+(?:[,.!?;\n]+|$)")  # "2,8" stays whole
ANSWER_KINDS = ("quantity", "rate", "person", "who", "time", "place", "commune", "hamlet", "company", "organisation",
                "procedure", "contact", "whom", "money", "compare", "plan", "age", "abroad", "whither", "funding",
                "trade")
PER_ONE = frozenset({"ky", "ki", "kg", "thang", "ngay", "tuan", "nam", "nguoi", "phan", "suat", "can", "ho", "lop"})
ONE = frozenset({"moi", "mot", "1"})  # "bao nhiêu 1 tháng": for each one
STOCK_VERBS = frozenset({"có", "còn"})  # "đã có": what there is, not what was done
COUNT_WORDS = frozenset({"bao", "nhiêu", "mấy"})
# "quà của tỉnh", "ngân sách tỉnh", "tiền tỉnh hỗ trợ": what the province gives the place asked about, not its figure
GIVEN_BY = frozenset({("cua",), ("ngan", "sach"), ("nguon",), ("von",), ("quy",), ("kinh", "phi"), ("tien",)})
# "tỉnh hỗ trợ", "đoàn tỉnh": the province gives, its delegation visits (typed with marks: "tang" may be "tăng")
GIVES = frozenset({("hỗ", "trợ"), ("tặng",), ("trao",), ("cấp",), ("giao",)})  # ("tỉnh giao": assigns)
VISITS = frozenset({"đoàn"})
WHOLE_PROVINCE = frozenset({("toan",), ("ca",), ("dia", "ban")})  # "toàn tỉnh tặng …": the province asked of
# "đi làm ngoài tỉnh", "mấy tỉnh", "tỉnh khác", "tỉnh nào": other provinces, or which one, not the province asked of
OTHER_PROVINCES_BEFORE = frozenset({"ngoai", "trong", "cac", "nhung", "may", "nhieu", "moi", "tung", "hai", "ba"})
OTHER_PROVINCES_AFTER = frozenset({"khac", "nao", "ngoai", "ban", "thanh"})  # ("tỉnh thành": provinces and cities)
# "thực tế còn bao nhiêu": not what was hoped for (not "khảo sát thực tế", "đi thực tế": a visit)
ACTUALLY = re.compile(r"(?<!\bsat )(?<!\bdi )(?<!\btra )\bthuc te\b(?! cho thay)")
MONEY_ASKED = frozenset({None, "tien", *ONE})  # after "bao nhiêu" with "tiền" in the question
# An amount for each one ("mỗi phần quà bao nhiêu tiền", "bao nhiêu 1 tháng"): a total is no answer.
# "số đối tượng … hàng tháng là bao nhiêu": a count
COUNT_NAMED = re.compile(r"\bso (?!tien\b|dien\b|lieu\b|voi\b|sanh\b|thang\b|nam\b|lan\b)\w")
_EACH_ONE = r"phan|suat|nguoi|can|ho|lao dong|hoc vien|con|the"
_A_LEVEL = r"|\bmuc (?:tro cap|ho tro|huong|chuan|luong)\b"  # "mức trợ cấp": what each one gets
_WHICH_ONE = r"(?<!quy )(?<!thang )(?<!lop )(?<!dot )"  # "quý một năm nay", "tháng 1 năm 2024": which one, not each
# ("mỗi lần", "bao nhiêu một lần": each time; "rút một lần", "trợ cấp một lần": once, a lump sum)
EACH = re.compile(rf"\b{_WHICH_ONE}(?:moi|mot|1)\s+(?:{_EACH_ONE}|thang|ngay|nam|dot)\b{_A_LEVEL}"
                  r"|\b(?:moi|(?:nhieu|tien)\s+(?:mot|1))\s+lan\b")
# each one of those counted ("mức trợ cấp", "mấy tiền 1 người", "mỗi người mỗi tháng"); each month alone ("mỗi tháng
# huyện chi bao nhiêu") may be of them all
EACH_ONE = re.compile(rf"\b(?:moi|mot|1)\s+(?:{_EACH_ONE})\b{_A_LEVEL}")
EACH_PERIOD = re.compile(r"(?:moi|mot|1)\s+(?:thang|nam)")  # "mỗi tháng", "một năm": per period, maybe of them all
MONEY_ASKED_WORDS = frozenset({"trieu", "tien", "ngan", "nghin", "tram", "chuc", "ky", "kg", "lan", "dong"})
# a body paying out the whole ("huyện chi trả", "xã chi"), not what each one is paid ("được xã chi trả hằng tháng")
WHOLE_PAID = re.compile(r"(?<!\bduoc )\b(?:huyen|xa|tinh|phuong|thi xa|thanh pho|quan)\s+(?:\S+\s+){0,3}?chi\b(?! phi)")


def _load_phrases() -> dict[tuple[str, ...], tuple[str, tuple[str, ...], bool]]:
    """Folded phrase -> (kind, its canonical words, whether it also names what is asked)."""
    table = {}
    for line in (DATA_DIR / "question_words.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, phrases, *named = line.split("\t")
            for phrase in phrases.split("|"):
                words = tuple(canonical_word(w) for w in phrase.split())
                table[tuple(fold(w) for w in words)] = (kind, words, named == ["named"])
    return table


PHRASES = _load_phrases()
DONE_VERBS = tuple(tuple(canonical_word(w) for w in line.split()) for line in (DATA_DIR / "done_verbs.txt").read_text(
    encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
DONE_MARKERS = frozenset({"được", "đã"})  # "căn nhà được bàn giao"


def typed_as(token: Token, word: str) -> bool:
    """Whether a token is a word: typed with its marks, that very word ("tăng" is no "tặng"), or typed bare."""
    return token.canon == word if token.has_diacritics else token.fold == fold(word)


def _done_at(clause: tuple[Token, ...], start: int) -> bool:
    """Whether a verb of what is done starts the clause at ``start``: as typed, with its marks ("tăng" is no "tặng",
    "đây" no "dạy"), or typed bare."""
    return any(len(clause) - start >= len(verb) and all(typed_as(t, word) for t, word in zip(clause[start:], verb))
               for verb in DONE_VERBS)

PHRASE_SIZES: dict[str, tuple[int, ...]] = {}  # a phrase's first word -> the phrases' lengths, longest first
for _phrase in PHRASES:
    PHRASE_SIZES[_phrase[0]] = tuple(sorted({*PHRASE_SIZES.get(_phrase[0], ()), len(_phrase)}, reverse=True))


class PhraseTable:
    """Folded phrases of a data file -> what each names, found longest first in a question's or a fact's words."""

    def __init__(self, file: str, columns: int):
        self.names: dict[tuple[str, ...], str | tuple[str, ...]] = {}
        for line in (DATA_DIR / file).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                *named, phrases = line.split("\t")
                assert len(named) == columns, line
                # read as questions are ("btxh", "người già" become what tokens() makes of them)
                self.names.update({tuple(t.fold for t in tokens(phrase)): named[0] if columns == 1 else tuple(named)
                                   for phrase in phrases.split("|")})
        self.sizes = sorted({len(p) for p in self.names}, reverse=True)

    def named_in(self, words: tuple[Token, ...]) -> set:
        folds = [t.fold for t in words]
        found, i = set(), 0
        while i < len(folds):
            size = next((n for n in self.sizes if tuple(folds[i:i + n]) in self.names), 0)
            if size:
                found.add(self.names[tuple(folds[i:i + size])])
            i += size or 1
        return found


BENEFICIARIES = PhraseTable("beneficiaries.tsv", columns=1)  # group ("-": none)
ALTERNATIVES = PhraseTable("alternatives.tsv", columns=2)  # (kind, alternative): ("scheme", "voluntary")


def beneficiaries_in(words: tuple[Token, ...]) -> frozenset[str]:
    """The groups of people ``words`` name ("hộ cận nghèo": near_poor; "thân nhân liệt sĩ": people_with_merit)."""
    return frozenset(BENEFICIARIES.named_in(words) - {"-"})


def alternatives_in(words: tuple[Token, ...]) -> frozenset[tuple[str, str]]:
    """The alternatives of a kind ``words`` name ("BHXH tự nguyện": ("scheme", "voluntary"); data/alternatives.tsv)."""
    return frozenset(a for a in ALTERNATIVES.named_in(words) if a[1] != "-")


NAMED_KINDS = frozenset({"disability"})  # (data/alternatives.tsv)


def other_alternatives(asked: frozenset[tuple[str, str]], named: frozenset[tuple[str, str]]) -> bool:
    """Whether a fact naming ``named`` names, of a kind asked, only alternatives other than those asked, or none of
    a kind no sentence leaves unsaid."""
    return any((kind in NAMED_KINDS or kind in {k for k, _ in named})
               and not any((kind, a) in named for k, a in asked if k == kind) for kind, _ in asked)


@lru_cache(maxsize=65536)
def _folded_word(word: str) -> str:
    return fold(canonical_word(re.sub(r"\W", "", word)))


@dataclass(frozen=True)
class Part:
    """Some clauses of the message and how much they weigh."""

    clauses: tuple[tuple[Token, ...], ...]
    weight: float


@dataclass(frozen=True)
class Analysis:
    parts: tuple[Part, ...]
    kinds: frozenset[str]  # of answer asked for, which a fact must hold ("what" and yes/no ones any fact does)
    places: tuple[Mention, ...]  # named in the question, else in the context
    questions: tuple[str, ...]  # each question of a message that asks several
    story_place: bool = False  # the place is the asker's, from the story ("mất việc ở Bình Dương …")
    province: bool = False  # asks about "the province" without naming it
    named: frozenset[str] = frozenset()  # words of phrases that name what is asked ("lương", "học phí"), folded
    subject: frozenset[str] = frozenset()  # the words right after "tỷ lệ": what the rate is of ("thất nghiệp")
    years: frozenset[int] = frozenset()  # the years the question itself names
    unit: str | None = None  # what is counted, folded ("nguoi" in "bao nhiêu người"), "%" for a rate
    part: tuple[str, str] | None = None  # the part of a year asked: ("6", "dau") for "6 tháng đầu năm"
    roles: frozenset[str] = frozenset()  # the role whose holder is asked ("Ai là giám đốc Sở?": "giam doc")
    place_kind: str = ""  # the kind of place the asker means without naming it ("xã mình": "Xã"), as the gazetteer writes it
    beneficiaries: frozenset[str] = frozenset()  # the groups of people the question names ("hộ cận nghèo": near_poor)
    year_end: bool = False  # asks as of a year's end ("cuối năm 2024"): never answered with its start's figure
    quoted: frozenset[int | float] = frozenset()  # the counts the question quotes ("Trong 186 người …": 186)
    companies: frozenset[str] = frozenset()  # the words of the companies' names it writes ("Hải Đăng"), folded
    counted_apart: bool = False  # its questions are two counts of one clause ("bao nhiêu A và bao nhiêu B")
    capitalised: frozenset[str] = frozenset()  # the words it writes with a capital, not opening a sentence, folded
    # every household of the place, as typed ("tổng cộng bao nhiêu hộ dân"; searched as "hộ"), not a group's ("hộ
    # nghèo")
    asks_everyone: bool = False
    headed: frozenset[str] = frozenset()  # the directors asked of, with the body they head ("giam doc bhxh")
    spans: frozenset[tuple[int, int]] = frozenset()  # the spans of years asked ("nhiệm kỳ 2020-2025": (2020, 2025))

    @cached_property
    def words(self) -> tuple[Token, ...]:
        """Every word of the message, the story's too, in order."""
        return tuple(t for part in self.parts for clause in part.clauses for t in clause)

    @cached_property
    def asks_what_was_done(self) -> bool:
        """"Năm 2022 đã tổ chức được bao nhiêu lớp", "thực tế còn bao nhiêu hộ nghèo": what was done, which no
        target answers ("đã có bao nhiêu hộ nghèo" asks what there is; "sẽ mở bao nhiêu lớp, con tôi đã đăng ký chưa":
        "đã" of another clause)."""
        return any(self._did(clause) or ACTUALLY.search(" ".join(t.fold for t in clause))
                   for clause in self.parts[0].clauses)

    @cached_property
    def asks_a_flow(self) -> bool:
        """"Năm 2024 Vĩnh Lợi bàn giao bao nhiêu căn", "có bao nhiêu căn được bàn giao": how many were done (handed
        over, opened, sent) in a year, which another year's count never answers; "có", "còn" ask what there is
        ("giảm còn bao nhiêu hộ")."""
        for clause in self.parts[0].clauses:
            count = next((i for i, t in enumerate(clause) if t.canon in COUNT_WORDS), None)
            if count is None:
                continue
            done = [i for i in range(count) if _done_at(clause, i)]
            if done and not any(t.canon in STOCK_VERBS for t in clause[done[-1]:count]):
                return True
            if any(clause[i - 1].canon in DONE_MARKERS and _done_at(clause, i) for i in range(count + 1, len(clause))):
                return True
        return False

    @cached_property
    def asks_in_country(self) -> bool:
        """"việc làm cho bà con trong nước": work at home, which no figure of those gone abroad answers."""
        return any(a.fold == "trong" and b.fold == "nuoc" for clause in self.parts[0].clauses
                   for a, b in zip(clause, clause[1:]))

    @cached_property
    def items(self) -> frozenset[tuple[str, str]]:
        """The numbered items the question itself names ("Dự án 2 giải ngân bao nhiêu": ("du an", "2"))."""
        return numbered_items(self.asked_words)

    @cached_property
    def negated(self) -> bool:
        """Whether the question asks of what is not (yet) so ("bao nhiêu người chưa có thẻ", "không có thẻ"; not "đã
        nhận chưa?", "… được không em"), which a figure of what is so never answers ("1.402/1.521 người có thẻ")."""
        return any((t.canon == "chưa" or t.fold == "chua" and not t.has_diacritics and before != "sua")
                   and after.fold not in WHETHER_AFTER  # (bare "sua chua" is "sửa chữa": repairs)
                   or (t.canon in NOT_SO or t.fold in NOT_SO_BARE and not t.has_diacritics) and after.fold in NOT_HAVING
                   for clause in self.parts[0].clauses if any(w.canon in COUNT_WORDS for w in clause)
                   for before, t, after in zip(("", *(w.fold for w in clause)), clause, clause[1:]))

    @cached_property
    def sexes(self) -> frozenset[str]:
        """The sex whose count or share the question asks ("bao nhiêu lao động nữ", "có mấy người là nam": "nữ",
        "nam"), which a count of everyone never answers ("trong 418 lao động mất việc, có 356 người đã nộp hồ sơ");
        "nam" only in a question typed with marks, where a year is "năm"."""
        marked = mostly_marked(self.asked_words)
        found = set()
        for clause in self.parts[0].clauses:
            if any(w.canon in COUNT_WORDS or w.fold == "ty" for w in clause):
                if WOMEN.search(" ".join(t.fold for t in clause)):
                    found.add("nữ")
                if marked and any(t.canon == "nam" and before.canon in MEN_AFTER and not (after and (
                        year_of(after) or after.fold in YEAR_AFTER))
                                  for before, t, after in zip(clause, clause[1:], (*clause[2:], None))):
                    found.add("nam")  # ("số người nam 2023", "lao động nam nay": a year typed bare)
        return frozenset(found)

    @cached_property
    def alternatives(self) -> frozenset[tuple[str, str]]:
        """The alternatives of a kind the question itself names ("BHXH tự nguyện"), which a fact naming only others of
        that kind never answers ("… tham gia BHXH bắt buộc")."""
        return alternatives_in(self.asked_words)

    @cached_property
    def terms(self) -> frozenset[str]:
        """The words of terms the question itself names, typed short ("bhyt") or in full ("bảo hiểm y tế"), folded:
        what it is about, which no fact lacking a word of it answers."""
        folds = [t.fold for t in self.asked_words]
        return frozenset(word for i in range(len(folds)) for term in TERMS.get(folds[i], ())
                         if tuple(folds[i:i + len(term)]) == term for word in term)

    @cached_property
    def months(self) -> frozenset[int]:
        """The months the question itself asks of (months_asked)."""
        return months_asked(self.asked_words)

    @cached_property
    def asked_words(self) -> tuple[Token, ...]:
        """The words of the question itself, not the asker's story, in order."""
        return tuple(t for clause in self.parts[0].clauses for t in clause)

    @cached_property
    def counts_asked(self) -> int:
        """How many times the question asks how many ("có bao nhiêu lao động … mà có bao nhiêu người đi Nhật": 2)."""
        return len(FIRST_COUNT.findall(" ".join(t.canon for t in self.asked_words)))

    @cached_property
    def asks_ahead(self) -> bool:
        """"Năm 2024 huyện sẽ xây bao nhiêu căn": what is to come, which no figure of the past answers."""
        return any(t.canon == "sẽ" for t in self.asked_words)

    @cached_property
    def asks_what_will_be_done(self) -> bool:
        """"thành phố sẽ mở lớp cho bao nhiêu người": what a plan will do, which its target answers (not what one will
        get, "học xong thì sẽ được lương bao nhiêu", nor beside what was done, "đã mở mấy lớp, sẽ mở ở ấp nào")."""
        return not self.asks_what_was_done and any(t.canon == "sẽ" and _done_at(clause, i + 1)
                                                   for clause in self.parts[0].clauses for i, t in enumerate(clause))

    @cached_property
    def asks_a_part(self) -> bool:
        """"riêng người có công được bao nhiêu phần", "trong số đó trẻ em bao nhiêu": one group's part of a whole."""
        return PART_ASKED.search(" ".join(t.fold for t in self.asked_words)) is not None

    @cached_property
    def asks_what_is_so(self) -> bool:
        """"… được 70% rồi phải hông", "hiện huyện có bao nhiêu", "đang có", "năm qua chi trả cho bao nhiêu", "tỷ lệ
        … đạt bao nhiêu": what is so now or was done, which no target answers (not "mấy giờ" of an hour, nor "mới đạt
        chỉ tiêu" of the target)."""
        words = self.asked_words
        return any((t.canon in IS_SO or not t.has_diacritics and t.fold in IS_SO_BARE)
                   and (t.fold != "dat" or words[i + 1:i + 2] and words[i + 1].fold not in ("chi", "ke", "muc"))
                   or t.fold == "gio" and (i == 0 or words[i - 1].fold in ("toi", "den"))
                   for i, t in enumerate(words)) or IS_SO_SAID.search(" ".join(t.fold for t in words)) is not None

    @cached_property
    def asks_now(self) -> bool:
        """"tỷ lệ hộ cận nghèo hiện nay": the latest figure, not the one at a programme's start."""
        return NOW.search(" ".join(t.fold for t in self.asked_words)) is not None

    @cached_property
    def amounts_typed(self) -> frozenset[float]:
        """The sums of money the question itself states ("lương đóng bảo hiểm 6.200.000 một tháng thì … lãnh nhiêu"):
        the asker's own, which a fact stating only them does not answer."""
        return frozenset(value for t in self.asked_words if AMOUNT_TYPED.fullmatch(t.surface)
                         and (value := vietnamese_number(t.surface)) is not None)

    @cached_property
    def figures_asked(self) -> int:
        """How many figures the question asks ("bao nhiêu người đi Nhật, bao nhiêu người đi Đài Loan": two)."""
        return sum(t.canon == "nhiêu" for t in self.asked_words)  # ("mấy cái": some)

    @cached_property
    def count_words(self) -> frozenset[tuple[int, int]]:
        """The words saying which of what is counted are asked, as (clause, place in it): those after it ("bao nhiêu
        người nhận việc tại chỗ": nhận, việc, tại, chỗ), which a figure of others ("100 lao động tham gia") does not
        answer."""
        for number, clause in enumerate(self.parts[0].clauses):
            count = next((i for i, t in enumerate(clause) if t.canon in ("nhiêu", "mấy")), None)
            if count is not None:
                unit = tuple(t.fold for t in clause[count + 1:count + 3])
                start = count + 1 + (len(unit) if unit in TWO_WORD_UNITS else 1)
                return frozenset((number, i) for i, t in enumerate(clause) if i >= start and not (
                    is_filler(t) or t.fold.isdigit() or (t.canon if t.has_diacritics else t.fold) in SAYS_LITTLE))
        return frozenset()

    @cached_property
    def extremes(self) -> frozenset[str]:
        """Which end of a ranking is asked: "most" ("xã nào giải quyết việc làm nhiều nhất", "dẫn đầu"), "least"
        ("tỷ lệ thấp nhất")."""
        return extremes_of(self.asked_words)

    @cached_property
    def asks_whether(self) -> bool:
        """A yes/no question, no figure asked ("Người khuyết tật có được miễn học phí học nghề không?")."""
        return not self.kinds and _ends_yes_no(self.asked_words)

    @cached_property
    def occasions(self) -> frozenset[str]:
        """The occasion asked of ("27/7 năm nay tặng bao nhiêu suất quà"): not one the asker's story names."""
        return occasions_in(self.asked_words)

    @cached_property
    def asks_names_of_many(self) -> bool:
        """"9 cá nhân được khen là những ai", "Ba Mẹ Việt Nam anh hùng tên gì": the names of several people counted,
        which only a fact naming several people gives (not the count, nor the official who announced it)."""
        if not NAMES_ASKED.search(as_typed(self.asked_words)):
            return False
        # the number may be in a clause before ("Năm hộ cận nghèo mới …, là hộ của những ai"), not the asker's own
        # ("Tôi có 2 người con, trưởng ấp là ai")
        clauses = [c for part in self.parts for c in part.clauses
                   if part is self.parts[0] or not any(t.canon in FIRST_PERSON for t in c)]
        return any(SEVERAL_PEOPLE.search(_people_counted(clause)) for clause in clauses)

    @cached_property
    def asks_several(self) -> bool:
        """Two clauses or more each asking something ("chị Bé Năm học nghề gì, năm nay bao nhiêu tuổi")."""
        return sum(_question_word(clause) for part in self.parts for clause in part.clauses) > 1

    @staticmethod
    def _did(clause: tuple[Token, ...]) -> bool:
        """"đã" before what was done, in a clause asking how many ("đã có" asks what there is)."""
        return any(t.canon in COUNT_WORDS for t in clause) and any(
            word.canon == "đã" and following.canon not in STOCK_VERBS for word, following in zip(clause, clause[1:]))


# The ends of a ranking: "nhiều lao động … nhất", "ít hộ nhất", else the word right before "nhất" ("cao nhất", "thấp
# nhất"; "người cao tuổi nhất" is no height); "dẫn đầu". Not "ít nhất 100 hộ", "ít nhất là …" (at least), "nhất là"
# (above all); a word typed with its marks is its own ("lao động nhật", "đi Nhật")
HOW_MANY_ENDS = {"nhiều": "most", "ít": "least"}
ENDS = {**HOW_MANY_ENDS, "cao": "most", "lớn": "most", "đông": "most", "thấp": "least", "nhỏ": "least"}
FIRST_PLACE = {("dẫn", "đầu"), ("đứng", "đầu")}
ENDS_SPAN = 6  # words between "nhiều" or "ít" and "nhất" ("nhiều lao động đi làm việc nhất"; "BHXH" is one)
RANKED_PLACES = ("ấp", "khóm", "xã", "phường", "huyện")  # what a ranking names first ("… nhất là ấp X")
NUMBER_SAID = frozenset({"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})


# The occasions gifts and visits are of, in words as matched ("Ngày Thương binh – Liệt sĩ" reads "ngày người có
# công"): Tết's gifts are not those of 27/7 ("Tết Trung thu" is the children's)
OCCASIONS = (("tet", re.compile(r"\btet\b(?! trung thu| tre em)")),  # ("Tết thiếu nhi" reads "tết trẻ em": 1/6)
             ("27/7", re.compile(r"\b27 (?:thang )?7\b|\bngay (?:nguoi co cong|tbls)\b")),
             ("trung thu", re.compile(r"\btrung thu\b")))


def occasions_in(words: tuple[Token, ...]) -> frozenset[str]:
    """The occasions words name (OCCASIONS)."""
    folded = " ".join(t.fold for t in words)
    return frozenset(name for name, said in OCCASIONS if said.search(folded))


def extremes_of(words: tuple[Token, ...]) -> frozenset[str]:
    """The ends of a ranking words say (ENDS)."""
    def end_of(at: int, ends: dict[str, str]) -> str | None:  # (typed bare, "lao dong" is "lao động", not "đông";
        # "bao nhieu" asks how many)
        bare = not words[at].has_diacritics and at and words[at - 1].fold in ("lao", "bao")
        return None if bare else next((end for word, end in ends.items() if typed_as(words[at], word)), None)

    def a_number(at: int) -> bool:  # (or how many is asked: "giảm ít nhứt bao nhiêu hộ")
        return at < len(words) and (words[at].fold.isdigit() or words[at].canon in COUNT_WORDS
                                    or any(typed_as(words[at], w) for w in NUMBER_SAID))

    def how_many_end(at: int) -> list[str]:  # "nhiều lao động đi làm việc … nhất": the first "nhiều" or "ít" before
        start, typed = at, 0.0  # (words as typed: an abbreviation's expansion is one)
        while start and typed < ENDS_SPAN + 1:
            start, typed = start - 1, typed + words[start - 1].share
        return [end for k in range(start, at) if (end := end_of(k, HOW_MANY_ENDS))][:1]

    found = set()
    for i, word in enumerate(words):
        if i + 1 < len(words) and any(typed_as(word, a) and typed_as(words[i + 1], b) for a, b in FIRST_PLACE):
            found.add("most")
        if not i or not typed_as(word, "nhất"):
            continue
        right_before = end_of(i - 1, ENDS)
        at_least = end_of(i - 1, HOW_MANY_ENDS) is not None  # ("ít nhất", "nhiều nhất" before a number)
        if i + 1 < len(words) and typed_as(words[i + 1], "là"):  # "cao nhất là xã A"; not "nhất là" (above all),
            if right_before and not (at_least and a_number(i + 2)):  # "ít nhất là 100 hộ" (at least)
                found.add(right_before)
            elif i + 2 < len(words) and _ranks_places(words, i + 2):  # "Ấp có nhiều người … nhất là ấp Vĩnh Hòa"
                found.update(how_many_end(i))
        elif a_number(i + 1):  # "thấp nhất 330.000 đồng"; not "ít nhất 100 hộ", "ít nhất một nửa"
            if right_before and not at_least:
                found.add(right_before)
        else:  # "nhiều lao động … nhất", "ít người cao tuổi nhất", else "cao nhất"
            found.update(how_many_end(i) or ([right_before] if right_before else []))
    return frozenset(found)


def _ranks_places(words: tuple[Token, ...], at: int) -> bool:
    """Whether a place of a kind is named at ``at`` after "nhất là", as what ranks first among places of that kind the
    sentence began with ("Ấp có nhiều người … nhất là ấp Vĩnh Hòa"), not what stands out among others ("Nhiều hộ chưa
    nhận, nhất là ấp Vĩnh Phú")."""
    kind = next((place for place in RANKED_PLACES if typed_as(words[at], place)), None)
    return kind is not None and any(typed_as(word, kind) for word in words[:at - 2])


def _people_counted(words: tuple[Token, ...]) -> str:
    """Folded words, a number of people written "2" ("ba" with its marks is "bà": "Bà vợ liệt sĩ … tên gì" asks one
    name; typed bare, only right before whom it counts: "sau do" is "sau đó"), a year or a number named "Y" ("năm
    2024", "quyết định số 12"), "họ" of "họ tên" "_"."""
    said = []
    for i, t in enumerate(words):
        following = words[i + 1].fold if i + 1 < len(words) else ""
        if t.fold in NUMBER_WORDS and not following.isdigit() and (  # ("năm 2024": a year)
                t.canon in NUMBER_WORDS.values() if t.has_diacritics else following in PEOPLE):
            said.append("2")
        elif t.fold.isdigit() and (year_of(t) or i and words[i - 1].fold in ("nam", "so")):
            said.append("Y")
        else:
            said.append("_" if t.has_diacritics and t.canon == "họ" else t.fold)
    return " ".join(said)


# names asked ("là những ai", "tên là gì"), of a number of people ("9 cá nhân", "Ba Mẹ Việt Nam anh hùng", "năm hộ")
NAMES_ASKED = re.compile(r"\b(?:nhung ai|la ai|ten (?:la )?(?:gi|chi)|ho ten)\b")
NUMBER_WORDS = {fold(w): w for w in NUMBER_SAID - {"một"}}  # (of several)
PEOPLE = ("ca", "nguoi", "ho", "me", "gia", "lao", "hoc", "thuong", "liet", "doi")  # the first word of each below
SEVERAL_PEOPLE = re.compile(r"(?<![\d/])\b(?:[2-9]|\d{2,})\s+(?:\S+\s+)?"
                            r"(?:ca nhan|nguoi|ho|me|gia dinh|lao dong|hoc vien|thuong binh|liet si|doi tuong)\b")
# after what is counted, words saying only that all are asked, when, or that they went ("bao nhiêu người đi"): no which
SAYS_LITTLE = frozenset({w for word in ("tổng", "cộng", "tất", "toàn", "đi", "dịp") for w in (word, fold(word))})
TWO_WORD_UNITS = frozenset(tuple(fold(unit).split()) for unit in UNITS if " " in unit) | frozenset(UNIT_PAIRS)
MARKED_SHARE = 0.3  # words typed with marks: this share of them carry marks
# a rate asked: a rate's phrase of question_words.tsv ("tỷ lệ", "lãi suất"), or a percentage
RATE_ASKED = re.compile("|".join([*(rf"\b{' '.join(p)}\b" for p, (kind, _, _) in PHRASES.items() if kind == "rate"),
                                  r"phan tram", "%"]))
# an age asked with "bao nhiêu" elsewhere ("độ tuổi bao nhiêu", "tuổi tối đa bn"): the unit is "tuổi" ("người cao
# tuổi", "trong độ tuổi lao động" are groups, not ages)
AGE_ASKED = re.compile(r"\b(?:do|gioi han) tuoi\b(?! (?:lao dong|ld|di hoc|hoc|nghi huu|cao))"
                       r"|\btuoi (?:toi da|toi thieu)\b")


PART_OF_YEAR = re.compile(r"\b(3|6|9|ba|sau|chin)\s+tha?n?g\s+(dau|cuoi)\b")  # "6 thág đầu", "6 thg đầu"
MONTH_COUNTS = {"ba": "3", "sau": "6", "chin": "9"}


WHOLE_YEAR = re.compile(r"\b(?:ca|tron|suot) nam\b")
# the start of a year as a moment ("đầu năm 2024 có 512 hộ nghèo"), not since then ("từ đầu năm") nor its first months;
# its end likewise ("cuối năm 2024")
# (not a school year's, nor what a figure is compared with: "so với đầu năm"; nor since then: "đầu năm đến nay")
YEAR_START = re.compile(r"(?<!\btu )(?<!\bthang )(?<!\bthg )(?<!\bnua )(?<!\bso voi )"
                        r"\bdau nam\b(?! (?:hoc|den|toi|nay))")
YEAR_END = re.compile(r"(?<!\bthang )(?<!\bthg )(?<!\bso voi )\bcuoi nam\b(?! hoc)")
START_OF_YEAR = ("0", "dau")  # a year's start as a part of it: a moment ("0" months), not its first months


def part_of_year(folded: str) -> tuple[str, str] | None:
    """("6", "dau") for "6 tháng đầu năm", ("9", "dau") for "chín tháng đầu", ("12", "ca") for "cả năm", in
    folded text; None if none."""
    if found := PART_OF_YEAR.search(folded):
        return MONTH_COUNTS.get(found.group(1), found.group(1)), found.group(2)
    if YEAR_START.search(folded):
        return START_OF_YEAR
    return ("12", "ca") if WHOLE_YEAR.search(folded) else None


# words that end a clause ("đã nhận chưa vậy")
PARTICLES = frozenset({"vay", "z", "v", "a", "ha", "ne", "nhe", "ta", "nhi", "hen", "nghen", "roi", "nua"})
NO_UNIT = frozenset({"de", "ma", "la"}) | PARTICLES  # "bao nhiêu để …"
OR_ELSE = frozenset({"hay", "hoac"})  # "duyệt chưa hay còn làm hồ sơ": whether, not what is not yet so
ADDRESSED = frozenset({"em", "anh", "chi", "chu", "bac", "ad", "ban", "ong"})  # "… chưa em": whether
WHETHER_AFTER = PARTICLES | OR_ELSE | ADDRESSED  # "chưa" before these asks whether, not what is not yet so
# "không có thẻ", "hổng được nhận" (not "hổng biết", the asker's, nor "phải không mà …")
NOT_SO = frozenset({"không", "chẳng", "hông", "hổng"})
NOT_SO_BARE = frozenset({"khong", "ko", "k"})  # (not bare "hong": "Tân Hồng", "hỏng")
NOT_HAVING = frozenset({"co", "duoc", "dc", "tham", "nhan"})
# "bao nhiêu hỗ trợ người nghèo" ("hỗ" folds as "hộ" does), "tăng bao nhiêu so với năm 2020": nothing counted
NOT_COUNTED_PAIRS = frozenset({("ho", "tro"), ("so", "voi"), ("hang", "thang"), ("hang", "tuan"), ("hang", "nam")})


def unit_asked(question: str) -> str | None:
    """What is counted: "hộ" in "bao nhiêu hộ", "%" for a rate; None if the question does not say."""
    return unit_of(tokens(question))


def without_rates_stated(words: tuple[Token, ...]) -> tuple[Token, ...]:
    """The words less a percentage the asker states ("thương binh 45%", "45 phần trăm") while "bao nhiêu" or "mấy"
    asks something else ("… được trợ cấp bao nhiêu mỗi tháng"): it says whom they ask of, not that a rate is asked
    (stated alone, it is what they check: "nghe nói còn 2,5% hộ nghèo phải hông")."""
    def rate_at(i: int) -> bool:  # ("%" is read as "tỉ lệ")
        return bool(RATE_ASKED.match(" ".join(t.fold for t in words[i:i + RATE_WORDS])))
    stated = {i + j for i in range(1, len(words)) if words[i - 1].fold[:1].isdigit() and rate_at(i)
              for j in range(RATE_WORDS)}
    asks_else = any((word.canon == "mấy" or word.fold == "nhieu" and i and words[i - 1].fold == "bao")
                    and i + 1 < len(words) and not rate_at(i + 1) for i, word in enumerate(words))
    return tuple(w for i, w in enumerate(words) if i not in stated) if stated and asks_else else words


def unit_of(words: tuple[Token, ...]) -> str | None:
    """The word after "bao nhiêu" or "mấy", folded ("mấy" typed bare only in a question typed all bare:
    "học may" is sewing), or "%" for a rate; None when two things are counted ("bao nhiêu hộ nghèo và bao
    nhiêu lớp": each of two facts); a percentage stated is no rate asked (without_rates_stated)."""
    words = without_rates_stated(words)
    folded = " ".join(t.fold for t in words)
    if RATE_ASKED.search(folded):
        return "%"
    bare = not any(t.has_diacritics for t in words)
    units = []
    for i, word in enumerate(words[:-1]):
        if (word.fold == "nhieu" and i and words[i - 1].fold == "bao" or word.canon == "mấy"
                or bare and word.fold == "may") and words[i + 1].fold != "hon" and not _these_past(words, i) \
                and not (word.fold == "may" and i and words[i - 1].fold == "so"):  # "số mấy": which one, no count
            # "bao nhiêu vậy", "bao nhiêu để mở tiệm" count nothing said
            # (a unit typed bare as a filler is typed, with what it counts after it: "bao nhieu ho ngheo")
            follows = (words[i + 1].fold, words[i + 2].fold if i + 2 < len(words) else "")
            unit = unit_named(*follows)
            if unit == "met" and i + 2 < len(words) and words[i + 2].fold == "vuong":  # an area, not a length
                unit = AREA
            said = (unit in COUNTED and not words[i + 1].has_diacritics and i + 2 < len(words)
                    and not is_filler(words[i + 2]))
            # ("bao nhiêu hộ trở lại nghèo" typed with marks counts)
            counts_nothing = follows in NOT_COUNTED_PAIRS and (
                not words[i + 1].has_diacritics or words[i + 1].canon != "hộ")
            units.append(None if is_filler(words[i + 1]) and not said or unit in NO_UNIT or counts_nothing else unit)
    if not any(units) and AGE_ASKED.search(folded):  # (a unit said after "bao nhiêu" comes first)
        return "tuoi"
    return units[0] if len(set(units)) == 1 else None


THE_ONES_AT = frozenset({"o", "tai", "cho", "cua", "voi", "cac", "nhung", "trong", "den", "toi", "ve"})  # "ở mấy xã"


# after "mấy": a span or a time ("mấy bữa nay"), an age, a rate ("tỉ lệ"), a particle ("phòng mấy vậy": which one),
# people called so ("mấy ổng": those), "mấy cái" (things, or a few: "kể giùm mấy cái đi")
NOT_COUNTED_BY_MAY = frozenset({"tuoi", "ti", "hom", "bua", "tieng", "luc", "vay", "v", "z", "a", "ha", "nhi", "ta",
                                "the", "ong", "ba", "co", "chu", "anh", "chi", "bac", "cai"})
NUMBER_NAMED = frozenset({"so", "thu", "lan", "lop", "hang", "phong", "cap", "bac"})  # "lớp mấy": which one
SEWN_BEFORE = frozenset({"lop", "xuong", "tho", "nghe", "hoc", "day", "cat", "nganh"})


def _how_many(words: tuple[Token, ...]) -> bool:
    """Whether "mấy" asks how many of what it counts ("mấy người", "mấy lớp"), not where ("ở mấy xã": the communes)."""
    return any(_mấy_at(words, i) and not (i and words[i - 1].fold in THE_ONES_AT) for i in range(len(words)))


def _mấy_at(words: tuple[Token, ...], i: int) -> bool:
    """Whether the word at ``i`` is "mấy" before what it counts ("mấy người", bare "may nguoi"; not "lớp may")."""
    word = words[i]
    bare = word.fold == "may" and not word.has_diacritics and not mostly_marked(words) and not (
        i and words[i - 1].fold in SEWN_BEFORE)  # ("lop may nguoi khuyet tat": the sewing class)
    if i + 1 >= len(words):
        return False
    return (word.canon == "mấy" or bare) and words[i + 1].fold in COUNTED or word.canon == "mấy" and _counts_any(
        words, i)


def _counts_any(words: tuple[Token, ...], i: int) -> bool:
    """Whether "mấy", typed with its marks, counts whatever it comes before ("mấy vụ", "mấy xe lăn"): not a time or a
    span ("mấy giờ", "mấy bữa nay"), nor which number ("số mấy", "phòng mấy vậy"), nor people called so ("mấy ổng
    bên Sở", "mấy ông thương binh": those), nor which ones ("mấy lĩnh vực nào", "mấy chuyện gì"), nor a rate
    mistyped ("mấy phầm trăm")."""
    after = words[i + 1]
    return after.fold.isalpha() and after.fold not in NOT_COUNTED | NOT_COUNTED_BY_MAY and not typed_as(
        after, "chuyện") and not (i and words[i - 1].fold in NUMBERED_WORDS | NUMBER_NAMED) and not any(
        typed_as(t, w) for t in words[i + 2:i + 4] for w in ("gì", "nào", "trăm"))


def phrase_kinds(words: tuple[Token, ...]) -> list[tuple[int, int, str, bool]]:
    """(start, end, kind, names what is asked) of each phrase of question_words.tsv in ``words``, longest first."""
    found = []
    folds = [t.fold for t in words]
    marked = mostly_marked(words)  # then a lone word typed bare is that bare word: "lớp may" is sewing, not "mấy"
    i = 0
    while i < len(words):
        for size in PHRASE_SIZES.get(folds[i], ()):
            span = words[i:i + size]
            entry = PHRASES.get(tuple(folds[i:i + size]))
            # Typed with marks, they must be the table's words: "lượng" is not "lương".
            if entry and all(t.canon == w or not t.has_diacritics and not (marked and size == 1)
                             for t, w in zip(span, entry[1])):
                found.append((i, i + size, entry[0], entry[2]))
                i += size
                break
        else:
            i += 1
    return found


# Words whose bare form another word shares ("đặt" a plan is not "đạt" it, "mới" is not "mỗi", "cùng" not "cũng",
# "nam" not "năm"): typed with marks, only the word itself is read as it.
MEANT = {"dat": "đạt", "vuot": "vượt", "moi": "mỗi", "mot": "một", "cung": "cũng", "ca": "cả", "nam": "năm",
         "tron": "trọn", "suot": "suốt"}


def as_typed(words: tuple[Token, ...]) -> str:
    """The folded words, each of ``MEANT`` typed with other marks than its own left out ("-"), or without
    any in a message typed with marks ("cả nam và nữ": "nam")."""
    marked = mostly_marked(words)
    return " ".join("-" if t.fold in MEANT and t.canon != MEANT[t.fold] and (t.has_diacritics or marked) else t.fold
                    for t in words)


# "giảm được bao nhiêu", "tăng thêm mấy": by how much ("tăng" alone is "tặng" mistyped as often: gifts, not a change)
DOWN_BY = re.compile(r"^(?:duoc )?(?:bao nhieu|bn|may)\b")
CHANGE_ASKED = {"giảm": DOWN_BY, "giam": DOWN_BY, "tăng": re.compile(r"^(?:them|len) (?:duoc )?(?:bao nhieu|bn|may)\b")}
# "hợp đồng mấy năm vậy", "học bao lâu": how long; not "nghèo mấy năm liền" (for years), "ngày mấy tháng mấy" (a date)
HOW_LONG = re.compile(r"\bbao lau\b|(?<!\bngay )(?<!\bthang )\b(?:may|bao nhieu|bn) (?:nam|thang|ngay)"
                      r"(?= *(?:$|vay|v|z|the|a|nhi|ha|roi|nua|thi|vay a)\b)")
DAY_ASKED = re.compile(r"\b(?:ngay|hom|bua) (?:nao|may|bao nhieu)\b")
HOUR_ASKED = re.compile(r"\b(?:may gio|gio nao|may h)\b")
# each month ("mỗi tháng", "1 tháng", "/tháng"; not a day: "ngày 1 tháng 7")
EACH_MONTH = re.compile(r"\b(?:moi|hang)\s+thang\b|\b(?:mot|1)\s+thang\b(?!\s+\d)|/\s*thang\b")
_COUNTED_AFTER = "|".join(map(re.escape, sorted(COUNTED | MONEY_ASKED_WORDS)))
MONTH_ASKED = re.compile(rf"\bthang may\b(?!\s+(?:\d|{_COUNTED_AFTER})\b)")
EACH_DAY = re.compile(r"\b(?:moi|mot|1) (?:ngay|buoi) (?:bao nhieu|bn|may)\b")
AGAINST_PLAN = re.compile(r"\b(?:dat|vuot|so voi)\b(?: \S+){0,6}? (?:ke hoach|chi tieu|muc tieu)\b")
# "công ty mà chị Hà làm tên gì": the name of what the clause opens with, a company or a body, not a person's
# ("giám đốc công ty tên gì" asks a person: a person's word comes first)
NAME_ASKED = re.compile(r"\bten (?:la )?(?:gi|chi)\b")
NAMED_THING = re.compile(r"\b(?:(?P<company>cong t[yi]|ct[yi]|doanh nghiep|xi nghiep|nha may)|(?P<organisation>co quan|"
                         r"ngan hang|trung tam|to chuc))\b")
# a person's word: the name asked is theirs ("Công ty đó giám đốc tên gì"), unless in a clause "mà …" says of the thing
PERSON_WORDS = re.compile(r"\b(?:ong|ba|anh|chi|chu|vo|chong|nguoi|truong|pho|chu tich|giam doc|can bo)\b")
NAME_SPAN = 10  # words before "tên gì" the clause may open in


# what a place or a body means to do ("xã tính trao thêm", "huyện muốn nâng"; "tính" only with its marks: "tinh" is
# "tỉnh" too), and verbs of a target beside those of what is done ("nâng tỷ lệ lên", "bớt … hộ nghèo")
INTENDS = frozenset({"tính", "muốn", "mún", "mong"})
BODY_KINDS = frozenset({"xã", "phường", "huyện", "quận", "tỉnh", "ấp", "khóm", "hội", "trấn"})  # "xã mình", "thị trấn tui"
TARGET_VERBS = frozenset({"nâng", "bớt", "lập", "gom"})  # (not "thu": "tính thu nhập" reckons an income)


def _intends(words: tuple[Token, ...]) -> bool:
    """Whether the words say what someone not the asker means to do ("năm nay hội tính nâng tiền thăm bệnh", "Huyện
    mún nâng tỷ lệ …"; not "tôi muốn đào tạo …", "con tui muốn đi …")."""
    return any(t.canon in INTENDS and (t.has_diacritics or t.canon != "tính") and not _the_askers(words, i)
               and (_done_at(words, i + 1) or i + 1 < len(words) and words[i + 1].canon in TARGET_VERBS)
               for i, t in enumerate(words))


def _the_askers(words: tuple[Token, ...], at: int) -> bool:
    """Whether the word before ``at`` is the asker ("tôi muốn", "con tui muốn"), not a place of theirs ("xã mình
    tính", "ấp tui muốn")."""
    return at > 0 and words[at - 1].canon in FIRST_PERSON and not (at > 1 and words[at - 2].canon in BODY_KINDS)


def kinds_of(words: tuple[Token, ...], names: frozenset[tuple[str, ...]] = frozenset()) -> frozenset[str]:
    """The kinds of answer ``words`` ask for (place names left out, and ``names`` typed as such: xã Lương Tâm, or
    "ấp 3 Lương Tâm", asks no salary)."""
    named = _name_positions(words, {m.words for m in mentions_of(words)})
    bare = _name_positions(words, set(names)) - named  # (kept apart: "may Phương Nam giờ" is no "mấy giờ")
    kept = without_rates_stated(tuple(NAME_SAID if i in bare else t for i, t in enumerate(words) if i not in named))
    phrases = phrase_kinds(kept)
    found = [(kind, names) for _, _, kind, names in phrases if kind in ANSWER_KINDS]
    kinds = frozenset(kind for kind, _ in found)
    if not kinds and _who_asked(kept, phrases):  # "Ai điều hành phiên …", "tàu của ai"
        kinds |= {"who"}
    typed, unit = as_typed(kept), unit_of(kept)
    # "hỗ trợ bao nhiêu hộ": how many households, not how much money (unless a word names money, "kinh phí", or
    # each one's is asked too: "mỗi hộ được hỗ trợ bao nhiêu")
    if "money" in kinds and unit in COUNTED and not EACH.search(typed) and not any(
            kind == "money" and names for kind, names in found):
        kinds = kinds - {"money"} | {"quantity"}
    # money only named ("lương hưu", "học phí") where no figure is asked is what the question is about, not what
    # it asks: "lịch chi trả lương hưu đổi sang ngày mấy" asks a day, "bao nhiêu người lãnh lương hưu" a count
    # (but asking a count and more: "tuyển bao nhiêu người, lương khoảng bao nhiêu")
    if "money" in kinds and unit != "%" and all(names for kind, names in found if kind == "money") and (
            "quantity" not in kinds and kinds - {"money"} or unit in COUNTED and not EACH_ONE.search(typed)
            and sum(kind == "quantity" for kind, _ in found) == 1):
        kinds = kinds - {"money"}
    if MONTH_ASKED.search(typed):  # "bắt đầu từ tháng mấy": which month, not how much a month ("1 tháng mấy triệu")
        kinds |= {"time"}
    if _intends(kept):  # "năm nay huyện tính bớt bao nhiêu hộ nghèo": what is planned
        kinds |= {"plan"}
    # "đạt bao nhiêu phần trăm kế hoạch": a result, measured against its plan ("đặt kế hoạch" sets one)
    if "plan" in kinds and AGAINST_PLAN.search(typed):
        kinds -= {"plan"}
    if EACH_DAY.search(typed):  # "tiền ăn mỗi ngày bao nhiêu": how much each day, not when
        kinds = kinds - {"time"} | {"quantity"}
    # "tiền xây nhà … tổng cộng bao nhiêu": money, unless a count is asked ("bao nhiêu hộ được vay tiền")
    said_money = any(typed_as(t, "tiền") and not (i and kept[i - 1].fold == "dau") for i, t in enumerate(kept))
    if "quantity" in kinds and (said_money and unit in MONEY_ASKED or unit in MONEY_UNITS):  # (not "đầu tiên")
        kinds |= {"money"}  # ("bao nhiêu tỷ": money)
    # "mỗi phần bao nhiêu tiền", and "mỗi phần bao nhiêu" where nothing counted is named after it
    # (a period alone is when, not for each one: "huyện mỗi tháng chi trả hết bao nhiêu tiền" of "Mỗi tháng, huyện chi
    # trả hơn 1,4 tỷ đồng")
    if (each := EACH.search(typed)) and ("money" in kinds or "quantity" in kinds and unit in (None, *ONE)
                                         and not COUNT_NAMED.search(typed)):
        if EACH_ONE.search(typed):
            kinds |= {"each", "each_one"}
        elif not (EACH_PERIOD.fullmatch(each.group()) and WHOLE_PAID.search(as_typed(words))):
            kinds |= {"each"}
        if EACH_MONTH.search(typed):  # "tiền điện bao nhiêu mỗi tháng": no one-off "5 triệu đồng/căn"
            kinds |= {"monthly"}
    if unit == "%":  # "bao nhiêu phần trăm học viên tăng thu nhập": a rate, of those whose income grew
        kinds -= {"money", "each", "each_one"}
    if "time" in kinds and DAY_ASKED.search(typed):  # "ngày nào": a day, not only a year or a month
        kinds |= {"day"}
    elif HOUR_ASKED.search(typed):  # "mở cửa từ mấy giờ": an hour, not the day something was held
        kinds |= {"hour"}
    if HOW_LONG.search(typed):  # "hợp đồng mấy năm", "học bao lâu": how long, not how many of anything
        kinds = kinds - {"time"} | {"duration"}
    if _asks_change(kept):  # "giảm được bao nhiêu hộ nghèo": by how much, not how many there are now
        kinds |= {"change"}
    if "person" in kinds and (thing := _thing_named(typed)):
        kinds = kinds - {"person"} | {thing}
    return kinds


def _who_asked(words: tuple[Token, ...], phrases: list[tuple[int, int, str, bool]]) -> bool:
    """Whether "ai" asks who, by itself, outside the table's phrases: opening the question ("Ai trụ trì chùa …",
    "Cho hỏi ai điều hành …") or ending it ("tàu của ai"), a person or a body answering; not "có ai chết hông", "không
    có ai phụng dưỡng", "hỏi ai" (anyone, in a question of something else)."""
    asked_from = max((end for start, end, kind, _ in phrases if kind == "ask" and start == 0), default=0)
    within = {i for start, end, _, _ in phrases for i in range(start, end)}
    last = len(words) - next((n for n, t in enumerate(reversed(words)) if t.fold not in PARTICLES | ADDRESSED), 0) - 1
    return any(t.canon == "ai" and i not in within and (i == asked_from or i == last and words[i - 1].fold == "cua")
               for i, t in enumerate(words))


def _thing_named(typed: str) -> str | None:
    """The kind of thing whose name "tên gì" asks, when the clause opens with a company or a body."""
    if not (asked := NAME_ASKED.search(typed)):
        return None
    clause = " ".join(typed[:asked.start()].split()[-NAME_SPAN:])
    thing = NAMED_THING.search(clause)
    if not thing:
        return None
    after = re.split(r"\bma\b", clause[thing.end():], maxsplit=1)[0]  # "mà chị Thu Hà đang làm": of the company
    return None if PERSON_WORDS.search(clause[:thing.start()]) or PERSON_WORDS.search(after) else thing.lastgroup


# "là bao nhiêu phần trăm": asks, though read as "tỷ lệ" (synonyms.tsv) it has no question word left
PERCENT_ASKED = re.compile(r"\b(?:bao nhiêu|bao nhieu|bn|mấy|nhiêu|nhieu) (?:phần trăm|phan tram|%)")


def _asks_change(words: tuple[Token, ...]) -> bool:
    """Whether ``words`` ask by how much something went down or up ("giảm được bao nhiêu", "tăng mấy hộ")."""
    return any(t.canon in CHANGE_ASKED and CHANGE_ASKED[t.canon].match(" ".join(w.fold for w in words[i + 1:i + 5]))
               for i, t in enumerate(words))


def _gives(before: tuple[Token, ...], after: tuple[Token, ...]) -> bool:
    """Whether the words around "tỉnh" make it the giver ("Tỉnh hỗ trợ bao nhiêu cho mỗi người", "Đoàn tỉnh về thăm
    ngày nào"), not the place asked of ("Toàn tỉnh tặng bao nhiêu thẻ": the province's own figure)."""
    folds = tuple(t.fold for t in before)
    if folds[-1:] in WHOLE_PROVINCE or folds in WHOLE_PROVINCE:
        return False
    marked = tuple(t.canon for t in after if t.has_diacritics)
    return (bool(before) and before[-1].canon in VISITS or marked[:1] in GIVES or marked in GIVES
            or tuple(t.canon for t in after[:1]) in GIVES)  # (right after it, a word with no marks to type: "giao")


def _other_provinces(words: tuple[Token, ...], at: int) -> bool:
    """Whether "tỉnh" at ``at`` speaks of other provinces or asks which ("làm ở ngoài tỉnh", "mấy tỉnh", "tỉnh nào")."""
    return (at > 0 and words[at - 1].fold in OTHER_PROVINCES_BEFORE
            or at + 1 < len(words) and words[at + 1].fold in OTHER_PROVINCES_AFTER)


def _given_by_province(before: tuple[Token, ...]) -> bool:
    """Whether the words before "tỉnh" make it what the province gives ("ngân sách tỉnh"), not the province asked of."""
    folds = tuple(t.fold for t in before[-2:])
    return folds[-1:] in GIVEN_BY or folds in GIVEN_BY


def _is_question(segment: str, words: tuple[Token, ...]) -> bool:
    """Asks something: a question mark, a question word or "cho hỏi"; a closing ("em cảm ơn?") does not."""
    if all(is_filler(t) for t in words):
        return False
    # "thu nhập bấp bênh" names a kind of answer but asks nothing: a question word must be there.
    return (segment.rstrip().endswith("?") or _question_word(words) or PERCENT_ASKED.search(segment.lower())
            or any(kind == "ask" for _, _, kind, _ in phrase_kinds(words)))


def _asks_by_itself(words: tuple[Token, ...]) -> bool:
    """A question word, a kind of answer or a yes/no at its end: not only a question mark."""
    return _question_word(words) or any(kind != "about" for _, _, kind, _ in phrase_kinds(words))


def _question_word(words: tuple[Token, ...]) -> bool:
    """A question word anywhere, or "không", "chưa" at the end ("có quà không?"; inside, they deny)."""
    marked = mostly_marked(words)  # then a question word is typed with its marks: "lớp may" is sewing, "nhiều" many
    typed = as_typed(words).split()  # "năm nào cũng", "ai cũng": every year, everyone; no question
    # ("không nghèo gì hết", "chẳng có gì cả": nothing at all, denied)
    return (any(t.fold in INTERROGATIVES and (t.canon == INTERROGATIVES[t.fold] or not marked)
                and not _these_past(words, i) and typed[i + 1:i + 2] not in (["cung"], ["het"], ["ca"])
                for i, t in enumerate(words))
            or _ends_yes_no(words))


def _ends_yes_no(words: tuple[Token, ...]) -> bool:
    """Whether the last word that says anything is "không", "chưa", "hả", "hông" ("có quà không?")."""
    content = [t for t in words if not is_filler(t) or t.fold in YES_NO]
    return bool(content) and content[-1].fold in YES_NO


def _these_past(words: tuple[Token, ...], i: int) -> bool:
    """"mấy năm nay", "mấy bữa rày": these past years, days; no question."""
    return words[i].fold == "may" and tuple(t.fold for t in words[i + 1:i + 3]) in THESE_PAST


def mostly_marked(words: tuple[Token, ...]) -> bool:
    """Typed with marks: enough of its words carry them, as typed ("xkld" expanded says nothing), that a word
    typed bare is meant bare."""
    return sum(_typed_with_marks(t.surface) for t in words) >= MARKED_SHARE * len(words)


@lru_cache(maxsize=65536)
def _typed_with_marks(surface: str) -> bool:
    return surface != fold(surface)


THESE_PAST = frozenset((span, since) for span in ("nam", "thang", "ngay", "hom", "bua", "tuan")
                       for since in ("nay", "qua", "ray", "truoc"))
INTERROGATIVES = {"gi": "gì", "nao": "nào", "sao": "sao", "ai": "ai", "dau": "đâu", "may": "mấy", "nhieu": "nhiêu"}
YES_NO = frozenset({"khong", "chua", "ha", "hong"})


@lru_cache(maxsize=4096)
def analyse(text: str) -> Analysis:
    """Split ``text`` into its question(s) and the asker's story, and say what it asks for."""
    segments = _lists_joined([s for s in SEGMENT.findall(_unnumbered(text)) if tokens(s)])
    asked = [i for i, s in enumerate(segments) if _is_question(s, tokens(s))]
    if not asked:  # no question word ("Nhà tôi ở xã X. Số hộ nghèo năm 2022"): the last sentence asks
        ends = [i for i, s in enumerate(segments[:-1]) if s.rstrip()[-1:] in ".!;\n"]
        asked = list(range(ends[-1] + 1, len(segments))) if ends else []
    # "Tui nghe nói năm 2022 huyện có tỷ lệ hộ nghèo khá cao, cụ thể là bao nhiêu?": a question that
    # says nothing by itself asks about the clause just before it, in the same sentence.
    while asked and asked[0] > 0 and _says_little(segments[asked[0]]) and segments[asked[0] - 1].rstrip()[-1:] == ",":
        asked.insert(0, asked[0] - 1)
    question_parts: list[str] = []
    context_parts: list[str] = []
    lead_in = ""
    for i, segment in enumerate(segments):
        if asked and i < asked[-1] and _addresses(segment):  # ("Phòng lao động huyện cho hỏi:"): whom they ask
            context_parts.append(segment)
        elif not asked or asked[0] <= i <= asked[-1]:
            story, question = _split_at_ask(segment) if i in asked else ("", segment)
            if story:
                context_parts.append(story)
            question_parts.append(question)
        elif (i > asked[-1] or len(tokens(segment)) >= STORY_WORDS and not _leads_in(segments[i:asked[0]])
              or context_parts and context_parts[-1] == segments[i - 1] and segments[i - 1].rstrip()[-1:] == ","):
            # a closing, or the asker's story (and the rest of its sentence: "Tui ở Tháp Mười, Đồng Tháp.")
            context_parts.append(segment)
        else:  # a short lead-in ("Hộ nghèo, cận nghèo bao nhiêu") belongs to the question
            question_parts.append(segment)
            lead_in += segment if i < asked[0] else ""
    question_clauses = tuple(_weigh_kind_words(c) for s in question_parts for c in clauses(s))
    context_clauses = tuple(c for s in context_parts for c in clauses(s))
    # "nghị quyết đó", "lớp nghề đó": the question points back at what the story said; that clause is asked.
    pointed = {c[i - 1].fold for c in question_clauses for i in range(1, len(c))
               if c[i].canon in POINTERS and not is_filler(c[i - 1])}
    referred = tuple(c for c in context_clauses if any(t.fold in pointed and not is_filler(t) for t in c))
    question_clauses += tuple(_weigh_kind_words(c) for c in referred)
    context_clauses = tuple(c for c in context_clauses if c not in referred)
    question_words = tuple(t for c in question_clauses for t in c)
    context_words = tuple(t for c in context_clauses for t in c)
    # Without a place in the question, the asker's story may say where they are: the last place it
    # names ("mất việc ở Bình Dương, về quê ở xã Thuận Hòa": Thuận Hòa), or a place in it named before
    # ("Xã Mỹ Quới tui ở Ngã Năm": Mỹ Quới).
    places = tuple(_owned(mentions_of(question_words), question_words))
    # A commune's name is in few facts, if any: which commune is asked about is settled by the places
    # (decision.py), not by the words of its name ("xã Lương Tâm" asks no salary, "lương").
    communes = {m.words for m in places if all(p.level == COMMUNE for p in m.places)}
    question_clauses = tuple(_lighten(c, communes) for c in question_clauses)
    # A country says where people went ("đi Nhật"), not which place's figure is asked.
    story_place: tuple[Mention, ...] = ()
    if not any(p.level > COUNTRY for m in places for p in m.places):
        story_place = _where_told([m for m in mentions_of(context_words) if any(p.level > COUNTRY for p in m.places)])
        places = (*places, *story_place)
    parts = [Part(question_clauses, 1.0)]
    if context_clauses:
        parts.append(Part(context_clauses, CONTEXT_WEIGHT))
    # Several questions only when each asks by itself: "... ở ấp 5, xã Phương Bình quý II?" is one.
    own = [i for i in asked if _asks_by_itself(tokens(segments[i]))]
    # "… có ai đi làm bên Nhật hông, nhiêu người vậy?": a question saying little asks on about the one before it
    separate = [i for n, i in enumerate(asked) if n == 0 or not _says_little(segments[i])]
    separately = len(separate) > 1 and len(own) == len(asked) == len(separate)
    # (one question asking two counts: each with the lead-in before it, "Năm 2017, xã … có bao nhiêu … và bao nhiêu …")
    asking = [segments[i].strip(" ,") for i in asked] if separately else (
        [f"{lead_in} {segments[asked[0]].strip(' ,')}".strip()] if len(asked) == 1 else [])
    counts = tuple(q for segment in asking for q in _two_counts(segment))
    # (and one head said twice: "tỷ lệ hộ nghèo với tỷ lệ hộ cận nghèo", each half a question of its own)
    questions = tuple(q for count in counts for q in _parallel_heads(count)) if len(
        HEAD_SAID.findall(text)) <= 2 else counts  # (a list of three is left whole)
    questions = questions if len(questions) > 1 else ()
    # "tỉnh" named by no name ("Toàn tỉnh có bao nhiêu hộ nghèo?") is the province of the place we serve.
    named = {t for m in places for t in m.words}
    # (not what the province gives the place asked about: GIVEN_BY)
    # (nor a body of it: "Trung tâm Dịch vụ việc làm tỉnh", "UBND tỉnh": any article's province may be meant)
    province = any(t.canon == "tỉnh" and t.fold not in named and not _given_by_province(question_words[:i])
                   and not _other_provinces(question_words, i)
                   and not _gives(question_words[max(0, i - 2):i], question_words[i + 1:i + 3])
                   and not _of_a_body(question_words[max(0, i - BODY_NAME):i]) for i, t in enumerate(question_words))
    naming, rate_of = _naming_words(question_clauses)
    kinds = kinds_of(question_words, places_typed(" ".join(question_parts))) | (
        {"quantity"} if _how_many(question_words) else set())
    typed = tuple(t for part in question_parts for t in tokens(part, synonyms=False))  # as typed, not as matched
    roles = roles_in(question_words)
    unit = _unit_typed(typed, unit_of(question_words))
    return Analysis(tuple(parts), kinds, places, questions, bool(story_place),
                    province, naming - named, rate_of - named,
                    frozenset(y for t in question_words if (y := year_of(t))) | lunar_years(question_words)
                    | short_years(question_words),
                    unit, part_of_year(as_typed(question_words)),
                    roles - bodies_headed(roles) | kin_asked(question_words) if "person" in kinds else frozenset(),
                    kind_of_place(question_clauses, named),
                    beneficiaries_in(question_words) or _askers_group(context_words, question_words),
                    YEAR_END.search(as_typed(question_words)) is not None,
                    quoted_counts(question_words, unit), company_names(" ".join(question_parts), named),
                    len(counts) > len(asking) > 0, capitalised(" ".join(question_parts)),
                    EVERYONE.search(" ".join(t.fold for t in typed)) is not None,
                    bodies_headed(roles) if "person" in kinds else frozenset(),
                    frozenset((int(m[1]), int(m[2])) for m in YEAR_SPAN.finditer(" ".join(question_parts))))


def capitalised(text: str) -> frozenset[str]:
    """The folded words ``text`` writes with a capital, other than a sentence's first ("Năm nay Long Hựu Đông mở …":
    "long", "huu", "dong"): a name, typed as one."""
    return frozenset(fold(canonical_word(m.group(0))) for m in CAPITALISED.finditer(text))  # (as tokens fold: "Mỹ", mi)


NAME_SAID = Token("_", "_", "_", 0.0)  # a name's place among the words, that asks nothing


def places_typed(text: str) -> frozenset[tuple[str, ...]]:
    """The names of places ``text`` writes with capitals, bare ("ấp 3 Lương Tâm"), folded."""
    runs = (tuple(fold(w) for w in m.group(0).split()) for m in CAPITALISED_RUN.finditer(text))
    return frozenset(run for run in runs if run in gazetteer().by_name)


CAPITALISED_RUN = re.compile(rf"\b[{CAPITALS}]\w*(?:\s+[{CAPITALS}]\w*)+")
CAPITALISED = re.compile(rf"(?<![.!?:\n]\s)(?<![.!?:\n])(?<!^)\b(?=[{CAPITALS}])\w+")


KNOWN_UNITS = COUNTED | frozenset().union(*ALIKE_UNITS)


def _unit_typed(typed: tuple[Token, ...], unit: str | None) -> str | None:
    """What is counted as the asker typed it, where a synonym read it as another thing ("bao nhiêu gia đình chính
    sách": families, though "gia đình chính sách" is matched as "người có công"); ``unit`` (as matched) when the
    typed word counts nothing we know ("nóc nhà" is "hộ")."""
    counted = unit_of(typed)
    return counted if unit and counted in KNOWN_UNITS else unit


# a number after these is which one, not how many ("quý 1 phiên", "phường 7 hộ")
NUMBERED_WORDS = frozenset({"quy", "thang", "ngay", "nam", "tuan", "dot", "khoa", "phuong"})


def quoted_counts(words: tuple[Token, ...], unit: str | None) -> frozenset[int | float]:
    """The counts of what is asked (``unit``) a question quotes ("Trong 186 người … bao nhiêu người"): not "Nhà tôi 5
    người … bao nhiêu hộ", "6 tháng", "quý 1 phiên", a day ("27/7"), a size ("4x6"), nor a rough one ("giảm hơn 500
    hộ, cụ thể là nhiêu": the count itself), unless a part of it is asked ("Trong hơn 300 lượt … bao nhiêu lượt")."""
    return frozenset(value for i, word in enumerate(words[:-1])
                     if unit and counts_alike(unit, {words[i + 1].fold}) and year_of(word) is None
                     and not (i and (is_rough(words[i - 1]) and not (i > 1 and words[i - 2].fold == "trong")
                                     or words[i - 1].fold in NUMBERED_WORDS))
                     and re.fullmatch(r"\d[\d.,]*", word.surface)
                     and (value := vietnamese_number(word.surface)) is not None)


AMOUNT_TYPED = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")  # "6.200.000": a sum of money, as people type it
WHOLE_PLACE = frozenset({"huyen", "tinh", "tong", "toan"})  # "tổng cộng huyện đã vận động …": not the asker's


def _askers_group(story: tuple[Token, ...], question: tuple[Token, ...]) -> frozenset[str]:
    """The one group the asker's story says they are of ("Nhà tui cận nghèo, …"): the group a question naming none
    asks for, unless it asks of the whole place; none when the story speaks of several or of no one in the first
    person."""
    groups = beneficiaries_in(story)
    return groups if len(groups) == 1 and any(t.canon in FIRST_PERSON for t in story) and not any(
        t.fold in WHOLE_PLACE for t in question) else frozenset()


# kin whose name a question asks ("Vợ của anh Sa Rươn tên gì"): typed bare, only before whose ("vo ong Bay": not Võ)
KIN = frozenset({"vợ", "chồng"})
KIN_BARE = frozenset(fold(word) for word in KIN)
ADDRESSES = frozenset({"ong", "ba", "anh", "chi", "co", "chu", "bac"})
# roles, by their folded words; typed with marks, a role must be these very words ("doanh thu quý" holds no "thủ quỹ",
# "Chú Trí" no "chủ trì", "Tô Trường Giang" no "tổ trưởng")
ROLES = {" ".join(map(fold, words)): words for words in (tuple(map(canonical_word, role.split())) for role in (
    "giám đốc", "trưởng phòng", "phó phòng", "chủ tịch", "bí thư", "trưởng đoàn", "tác giả", "trưởng ban",
    "chánh văn phòng", "phóng viên", "trưởng ấp", "trưởng khoa", "thủ quỹ", "thư ký", "thủ khoa", "bếp trưởng",
    "tổ trưởng", "chủ trì", "hiệu trưởng", "hiệu phó", "trưởng trạm", "chi hội trưởng"))}


# A kind of place said without its name ("xã mình", "của xã", "thị xã mình"): the asker's own. Typed with marks,
# it must be the kind's own word ("phương án", "quân nhân" are none); typed bare, only before a word saying so
# ("xa" alone is "far").
OWN_KINDS = {("xã",): "Xã", ("phường",): "Phường", ("thị", "trấn"): "Thị trấn", ("thị", "xã"): "Thị xã",
             ("huyện",): "Huyện", ("quận",): "Quận"}
OWN_KINDS_BARE = {tuple(fold(w) for w in words): kind for words, kind in OWN_KINDS.items()}
POSSESSIVE = frozenset({"minh", "nha", "toi", "tui", "ta", "nay", "em", "chung"})
OF_IT = frozenset({"cua", "toan", "ca", "trong", "tai"})  # "của xã", "toàn xã"
KIND_FOLDS = frozenset(w for kind in OWN_KINDS_BARE for w in kind)
# What names a body of a place, typed with its marks (typed bare, "quy" may be "quý 1", "hoi" "hỏi"): a word, or a
# word and the next ("ủy ban", as "UBND" reads too; not "xã hội", "quan tâm", "ngân sách", "phòng chống", "cơ sở")
NOT_A_PLACE_AFTER = frozenset({"hoi", "uy"})  # "xã hội"; "Huyện ủy", "Tỉnh ủy": the party's committee
BODY_WORDS = frozenset({"quỹ", "lđlđ"})  # ("Phó Chủ tịch LĐLĐ tỉnh": the province's labour federation)
BODY_PAIRS = frozenset({("ủy", "ban"), ("trung", "tâm"), ("ngân", "hàng"), ("hội", "đồng"), ("công", "đoàn"),
                        ("liên", "đoàn"), ("nghĩa", "trang")})  # ("Nghĩa trang liệt sĩ huyện": the district's)
FUNDS = frozenset({("ngan", "sach"), ("kinh", "phi")})  # right before a level: "ngân sách huyện", its money, given
BODY_HEADS = {"phòng": frozenset({"chống", "ngừa", "học", "họp"}), "hội": frozenset({"nghị", "thi", "viên", "chợ", "thảo"}),
              "sở": frozenset()}  # a head, unless the next word makes it another word ("phòng chống", "hội nghị")
NOT_BODY_AFTER = frozenset({"xã", "cơ"})  # "xã hội", "cơ sở"
BODY_NAME = 8  # words a body's name may take before its level ("Phòng Lao động - Thương binh và Xã hội huyện")
MANY = frozenset({"cac", "nhung", "moi", "tung", "nhieu", "cap", "may", "hai", "ba", "bon", "nam"})


# The lunar year's name ("Tết Giáp Thìn"): its heavenly stem and earthly branch, as Gregorian years go round them
# stems of years ending 0, 1, … 9; branches by year % 12
STEMS = tuple(tokens(w)[0].fold for w in ("Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ"))
BRANCHES = tuple(tokens(w)[0].fold for w in ("Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ",
                                              "Ngọ", "Mùi"))
LUNAR_SPAN = range(1980, 2040)


def short_years(words: tuple[Token, ...]) -> frozenset[int]:
    """The years typed with two digits after "năm" ("Tết năm 24", "cuối năm 23": 2024, 2023), not a count of what follows
    ("năm 24 tuổi" is an age)."""
    return frozenset(2000 + int(words[i + 1].fold) for i in range(len(words) - 1)
                     if words[i].fold == "nam" and re.fullmatch(r"[1-3]\d", words[i + 1].surface)
                     and not (i + 2 < len(words) and (_a_unit(words[i + 2]) or words[i + 2].fold in SHORT_YEAR_NOT)))


SHORT_YEAR_NOT = frozenset({"tuoi", "nam", "thang", "ngay", "gio", "phut", "trieu", "ngan", "nghin", "tram", "%"})


def lunar_years(words: tuple[Token, ...]) -> frozenset[int]:
    """The years named by their lunar name after "Tết" ("Tết Giáp Thìn": 2024; "tết quý mão": 2023)."""
    folds = [t.fold for t in words]
    return frozenset(year for i, word in enumerate(folds) if word == "tet"
                     for j in range(i + 1, i + 4) if j + 1 < len(folds)
                     for year in LUNAR_SPAN if STEMS[year % 10] == folds[j] and BRANCHES[year % 12] == folds[j + 1])


def kind_of_place(question: tuple[tuple[Token, ...], ...], named: set[str]) -> str:
    """The kind of place a question's clauses speak of without naming it ("Đầu năm xã mình có …": "Xã"); "" if none."""
    words = tuple(t for clause in question for t in clause)
    starts = set(accumulate(len(clause) for clause in question))  # clauses' starts: "đầu năm, huyện" is no "năm huyện"
    marked = mostly_marked(words)  # then a word typed bare is that bare word: "làm xa nhà" is far from home
    for i in range(len(words)):
        for size in (2, 1):
            span = words[i:i + size]
            after = words[i + size] if i + size < len(words) else None
            if len(span) < size or after is not None and after.fold in named:  # "xã Long Phú" names its place
                continue
            kind = OWN_KINDS.get(tuple(t.canon for t in span)) if all(t.has_diacritics for t in span) else (
                None if marked else OWN_KINDS_BARE.get(tuple(t.fold for t in span)))
            before = words[i - 1].fold if i and (i not in starts or words[i - 1].fold in KIND_FOLDS) else ""
            if (kind is None or after is not None and (after.surface[:1].isupper()
                                                       or after.fold in NOT_A_PLACE_AFTER)
                    or before in MANY or before in KIND_FOLDS):  # "các xã, thị trấn": every commune, not the asker's
                continue
            own = after is not None and after.fold in POSSESSIVE or before in OF_IT  # "xã mình", "của xã"
            if not own and tuple(t.fold for t in words[max(0, i - 2):i]) in FUNDS:  # "ngân sách huyện chi bao nhiêu"
                continue
            if not own and _of_a_body(words[max(0, i - BODY_NAME):i]):  # "Quỹ … huyện": its fund, not the place
                continue
            if span[-1].has_diacritics or own:
                return kind
    return ""


def _of_a_body(before: tuple[Token, ...]) -> bool:
    """Whether the words before a kind of place name a body of it ("Quỹ Đền ơn đáp nghĩa huyện", "UBND xã", "Phòng
    Lao động huyện"): its level, not the place asked of."""
    for i, token in enumerate(before):
        after = before[i + 1] if i + 1 < len(before) else None
        if i and before[i - 1].canon in NOT_BODY_AFTER:
            continue
        word, next_word = token.canon if token.has_diacritics else "", after.canon if after else ""
        # ("ủy ban": a pair with a marked word is that pair, "ban" having no marks to type)
        pair = (token.canon, next_word) if after and (token.has_diacritics or after.has_diacritics) else None
        if word in BODY_WORDS or pair in BODY_PAIRS or word in BODY_HEADS and next_word not in BODY_HEADS[word]:
            return True
    return False


def roles_in(words: tuple[Token, ...]) -> frozenset[str]:
    """The roles ``words`` name, folded ("Giám đốc Sở": "giam doc", "giam doc so"; "Phó Giám đốc Sở": "pho giam
    doc", …); not whom someone spoke to ("… trả lời phóng viên": the reporter is not the one asked)."""
    return frozenset(role for said, after in _roles_said(words) for role in _of_body(said, after))


def bodies_headed(roles: frozenset[str]) -> frozenset[str]:
    """Of roles (roles_in), the directors' with the body each heads ("giam doc bhxh")."""
    return frozenset(role for role in roles if role not in DIRECTORS and role.startswith(tuple(DIRECTORS)))


def _roles_said(words: tuple[Token, ...]) -> Iterator[tuple[str, list[str]]]:
    """Each role ``words`` name, folded (a deputy's as such), with the folded words after it."""
    folds = [t.fold for t in words]

    def spoken_to(at: int) -> bool:
        before = folds[max(0, at - 3):at]
        before = before[:-1] if before[-1:] == ["pho"] else before  # ("phỏng vấn Phó Trưởng phòng")
        return " ".join(before[-2:]) in SPOKEN_TO or before[-1:] == ["gap"]

    def deputy(at: int, role: str) -> str:  # "Phó Trưởng phòng" is the deputy, no head ("phó phòng" says it too)
        return ("pho phong" if role == "truong phong" else f"pho {role}") if folds[at - 1:at] == ["pho"] else role

    for i in range(len(folds) - 1):
        for role in (f"{folds[i]} {folds[i + 1]}", " ".join(folds[i:i + 3])):
            if role in ROLES and all(map(typed_as, words[i:], ROLES[role])) and not spoken_to(i):
                yield deputy(i, role), folds[i + len(ROLES[role]):]


def _of_body(role: str, after: list[str]) -> set[str]:
    """A chairman's role with the body they chair ("Chủ tịch UBND xã": "chu tich ubnd", also "chu tich", the one a
    commune's chairman is; "Chủ tịch Hội Liên hiệp Phụ nữ xã": "chu tich hoi phu" alone, never the commune's
    chairman); a director's with the body they head too ("Giám đốc BHXH huyện": "giam doc", "giam doc bhxh", not the
    Department's director, "giam doc so"); other roles as they are."""
    if role in DIRECTORS:
        body = _body_after(after, DIRECTED_BODIES)
        return {role, f"{role} {body}"} if body else {role}
    if not role.endswith("chu tich"):
        return {role}
    body = _body_after(after, CHAIRED_BODIES)
    if body == "hoi":  # an association, by its first own word ("Hội Nông dân": "nong"; "Hội LHPN": "phu")
        body = "hoi " + {"lhpn": "phu", "nd": "nong"}.get(own := next(
            (w for w in after[1:] if w not in ("lien", "hiep")), ""), own)
    return {role, f"{role} ubnd"} if body in (None, "ubnd") else {f"{role} {body}"}


def _body_after(after: list[str], bodies: tuple[tuple[tuple[str, ...], str], ...]) -> str | None:
    """The body the folded words right after a role name, of ``bodies``."""
    return next((name for words, name in bodies if after[:len(words)] == list(words)), None)


# the bodies a chairman chairs, as the words after the role say (folded); a place's own kind ("Chủ tịch xã") is its
# People's Committee's chairman
CHAIRED_BODIES = tuple((tuple(words.split()), name) for words, name in (
    ("ubnd", "ubnd"), ("uy ban nhan dan", "ubnd"), ("xa", "ubnd"), ("huyen", "ubnd"), ("phuong", "ubnd"),
    ("thi tran", "ubnd"), ("thi xa", "ubnd"), ("tinh", "ubnd"), ("thanh pho", "ubnd"), ("nuoc", "nuoc"),
    ("hoi dong quan tri", "hdqt"), ("hdqt", "hdqt"), ("hdnd", "hdnd"), ("hoi dong", "hdnd"), ("hlhpn", "hoi phu"),
    ("ubmttqvn", "mttq"), ("ldld", "ldld"), ("lien doan lao dong", "ldld"), ("hnd", "hoi nong"), ("ccb", "hoi cuu"),
    ("ubmttq", "mttq"), ("mttq", "mttq"), ("uy ban mat tran", "mttq"),
    ("mat tran", "mttq"), ("hoi", "hoi"), ("cong doan", "cong doan"), ("cdcs", "cong doan"), ("htx", "htx"),
    ("hop tac xa", "htx")))
# the bodies a director heads, as the words after the role say (folded), abbreviated or not
DIRECTORS = frozenset({"giam doc", "pho giam doc"})
DIRECTED_BODIES = tuple((tuple(words.split()), name) for words, name in (
    ("so", "so"), ("bhxh", "bhxh"), ("bao hiem xa hoi", "bhxh"), ("trung tam", "trung tam"), ("ttdvvl", "trung tam"),
    ("ngan hang", "ngan hang"), ("nhcsxh", "ngan hang"), ("phong giao dich", "ngan hang"), ("pgd", "ngan hang"),
    ("cong ty", "cong ty"), ("cty", "cong ty"), ("benh vien", "benh vien"), ("htx", "htx"), ("hop tac xa", "htx"),
    ("quy", "quy"), ("buu dien", "buu dien")))
SPOKEN_TO = frozenset({"tra loi", "phong van", "tiep xuc"})  # "… trả lời phóng viên", "gặp chủ tịch": whom, not who


# a company's or a works' own name after what it is ("Công ty TNHH Chế biến thủy sản Hải Đăng"), its words written
# with capitals (not abbreviations: "TNHH"); it ends at its address ("… Phát Đạt ở Vĩnh Trạch", and a place said first
# is no name: "Công ty may ở KCN Long Giang"), or at two words in lower case after two with capitals ("Giày da Hưng Phát
# tuyển mấy người", where "Giày da" does not end it)
COMPANY_NAMED = re.compile(r"(?:[Cc]ông ty|[Cc]ty|[Dd]oanh nghiệp|DNTN|Cơ sở|[Hh]ợp tác xã|HTX|[Nn]hà máy|[Xx]í nghiệp)"
                           r"((?:\s+[^\s,.;:!?()]+){1,8})")
NAME_WORD = re.compile(rf"[{CAPITALS}][a-zà-ỹđ]+")
PLACE_FIRST = frozenset({"ở", "tại", "của", "trong", "thuộc"})


def company_names(text: str, placed: set[str]) -> frozenset[str]:
    """The folded words of the companies' own names ``text`` writes with capitals ("Công ty thủy sản Hải Đăng có bao
    nhiêu lao động": "hai", "dang"): which one of a list is asked; not the places named (``placed``: the place check
    reads those)."""
    found = set()
    for named in COMPANY_NAMED.finditer(text):
        words, run = named.group(1).split(), 0
        for i, word in enumerate(words):
            if word.lower() in PLACE_FIRST or run > 1 and all(w.isalpha() and w.islower() for w in words[i:i + 2]):
                break
            capital = NAME_WORD.fullmatch(word) is not None
            run = run + 1 if capital else 0
            if capital:
                found |= {t.fold for t in tokens(word)} - placed
    return frozenset(found)


# women counted ("lao động nữ", "có bao nhiêu người là nữ"; not "phụ nữ", every woman, the women's union's word)
WOMEN = re.compile(r"(?<!\bphu )\bnu\b")
YEAR_AFTER = frozenset({"nay", "ngoai", "roi", "qua", "truoc", "toi", "sau"})  # "nam nay", "nam ngoai": "năm"
MEN_AFTER = frozenset({"là", "người", "động", "viên", "nhân", "cụ", "em", "niên"})  # "là nam", "lao động nam"
EVERYONE = re.compile(r"\bho dan\b")
PART_ASKED = re.compile(r"(?<!sau )\brieng\b|\btrong (?:so|do)\b")  # (not "sầu riêng": durians)
# words saying what is so now or was done: no target answers ("hiện", "đang", "đạt", "rồi"; typed bare, "hien", "dang",
# "roi" only: "dat" is "đất" too); and the phrases ("năm qua", "vừa qua", "năm ngoái", "tháng này")
IS_SO = frozenset({"hiện", "đang", "đạt", "rồi"})
IS_SO_BARE = frozenset({"hien", "dang", "roi"})
IS_SO_SAID = re.compile(r"\b(?:nam qua|vua qua|nam ngoai|nam roi|thang nay)\b")
NOW = re.compile(r"\b(?<!thuc )(?<!xuat )(?<!the )(?:hien (?:nay|tai|gio)|bay gio)\b")  # ("thực hiện tại xã")

# What a number names rather than counts ("Dự án 2", "tổ 5", "Nghị định số 76"): the figures of "Dự án 3" never answer
# a question about "Dự án 2" (longest first: "Tiểu dự án 1" is no "Dự án 1")
NUMBERED_ITEMS = sorted((tuple(label.split()) for label in (
    "tieu du an", "du an", "hop phan", "noi dung", "to", "ap", "khom", "khu pho", "dot", "nghi dinh", "nghi quyet",
    "quyet dinh", "thong tu", "ke hoach", "cong van", "to trinh", "tuoi", "thu")), key=len, reverse=True)
# which one in order ("người thứ ba trong hộ", "thứ 2", "Chiều thứ Tư"; not "theo thứ tự", nor bare "thu" of collecting)
ORDINAL = ("thu",)
ORDINALS = {"nhat": "1", "hai": "2", "ba": "3", "tu": "4", "bon": "4", "nam": "5", "sau": "6", "bay": "7", "tam": "8"}
MARKED_ORDINALS = frozenset({"nhất", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "tám"})
ORDINAL_OF = frozenset({"nguoi", "ng", "con", "be", "lan", "dot"})  # "nguoi thu ba" typed bare
# an age said as a group, its number first: "cụ tròn 85 tuổi" is the group "tuổi 85" (not "chị 38 tuổi", her own age)
AGE_GROUP = "tuoi"
AGE_GROUP_BEFORE = frozenset({"tron", "cu"})


UNITS_WRITTEN = frozenset(unit.split()[0] for unit in UNITS)


def _a_unit(word: Token) -> bool:
    """Whether a word is what a figure counts, as typed ("người"; "hỗ trợ" is no "hộ")."""
    return word.canon in UNITS_WRITTEN if word.has_diacritics else word.fold in COUNTED


# (a label and a number, in folded text: only such a text is read word by word, a fact's being read at every start)
ITEMS_SAID = re.compile(rf"\b(?:{'|'.join(' '.join(label) for label in NUMBERED_ITEMS)})\s+(?:so\s+)?\d"
                        rf"|\bthu\s+(?:{'|'.join(ORDINALS)})\b"
                        rf"|\b(?:{'|'.join(AGE_GROUP_BEFORE)})\s+\d+\s+tuoi\b")


def items_said(text: str) -> frozenset[tuple[str, str]]:
    """The numbered items a text names (numbered_items), read cheaply when it names none."""
    return numbered_items(tokens(text)) if ITEMS_SAID.search(fold(text)) else frozenset()


def numbered_items(words: tuple[Token, ...]) -> frozenset[tuple[str, str]]:
    """The numbered items ``words`` name, folded ("Tiểu dự án 1": ("tieu du an", "1"); "Nghị định số 76/2024":
    ("nghi dinh", "76"))."""
    folds = [t.fold for t in words]
    found, i = set(), 0
    while i < len(folds):
        label = next((label for label in NUMBERED_ITEMS if tuple(folds[i:i + len(label)]) == label), None)
        if label is None:
            if folds[i].isdigit() and folds[i + 1:i + 2] == [AGE_GROUP] and i and folds[i - 1] in AGE_GROUP_BEFORE:
                found.add((AGE_GROUP, folds[i]))
            i += 1
            continue
        if label == ORDINAL and not _an_ordinal(words, i):
            i += 1
            continue
        if label == ORDINAL and folds[i + 1] in ORDINALS:  # ("người thứ ba": ("thu", "3"))
            found.add((ORDINAL[0], ORDINALS[folds[i + 1]]))
            i += 2
            continue
        at = i + len(label) + (folds[i + len(label):i + len(label) + 1] == ["so"])
        # (not a year, "kế hoạch 2024", nor a count, "mỗi tổ 5 người")
        if folds[at:at + 1] and folds[at].isdigit() and not is_year(folds[at]) and not (
                at + 1 < len(words) and _a_unit(words[at + 1])):
            found.add((" ".join(label), folds[at].lstrip("0") or "0"))
        i += len(label)
    return frozenset(found)


MONTH_WORDS = frozenset({"thang", "thag", "thg"})  # ("thág 6", "thg 6")
# a month these say is the edge of a span asked ("từ tháng 7 được tăng"), or any month ("mỗi tháng 1 khẩu")
MONTH_EDGES = frozenset({"tu", "den", "toi", "truoc", "sau", "het", "ke", "moi", "hang"})


def _a_count(word: str) -> bool:
    """Whether a folded word is a number and no year ("6 tháng đầu năm"; "năm 2024 tháng 2" names February)."""
    return word.isdigit() and not is_year(word)


def months_asked(words: tuple[Token, ...]) -> frozenset[int]:
    """The months ``words`` ask of by number ("Tháng 3/2024 bếp phát bao nhiêu suất": 3), or of the quarter asked
    ("quý IV/2024": 10 to 12); not a span ("6 tháng đầu năm", "từ tháng 7"), a count ("mỗi tháng 1 khẩu"), nor a
    lunar month by name ("tháng Giêng")."""
    folds = [t.fold for t in words]
    quarters = {QUARTERS[folds[i + 1]] for i in range(len(folds) - 1)
                if folds[i] == "quy" and (words[i].canon == "quý" or not words[i].has_diacritics)
                and folds[i + 1] in QUARTERS}
    return frozenset(int(folds[i + 1]) for i in range(len(folds) - 1)
                     if folds[i] in MONTH_WORDS and folds[i + 1].isdigit() and 1 <= int(folds[i + 1]) <= 12
                     and not (i and (folds[i - 1] in MONTH_EDGES or _a_count(folds[i - 1])))
                     and not (i + 2 < len(words) and _a_unit(words[i + 2]))).union(*map(quarter_months, quarters))


# terms of three words or more that people type short ("bảo hiểm y tế", "xuất khẩu lao động"; not a way of asking:
# "như thế nào"), by their first word
TERMS: dict[str, list[tuple[str, ...]]] = {}
for _term in {tuple(fold(meaning).split()) for meaning in ABBREVIATED.values()
              if not {"nào", "gì", "sao", "đâu"} & set(meaning.split())}:
    if len(_term) >= 3:
        TERMS.setdefault(_term[0], []).append(_term)


# a quarter by its number, as typed ("quý IV", "quý 4", "quý một"), folded
QUARTERS = {"1": 1, "i": 1, "mot": 1, "2": 2, "ii": 2, "hai": 2, "3": 3, "iii": 3, "ba": 3, "4": 4, "iv": 4, "bon": 4,
            "tu": 4}


def quarter_months(quarter: int) -> frozenset[int]:
    """The months of a year's quarter: 7, 8 and 9 for the third."""
    return frozenset(range(3 * quarter - 2, 3 * quarter + 1))


def _an_ordinal(words: tuple[Token, ...], i: int) -> bool:
    """Whether "thứ" at ``i`` says which one in order: typed so, before a number or an ordinal as typed ("thứ tư",
    not "thứ tự"), or bare after what is counted in order ("nguoi thu ba")."""
    if i + 1 >= len(words):
        return False
    after = words[i + 1]
    bare = not words[i].has_diacritics and not mostly_marked(words) and i > 0 and words[i - 1].fold in ORDINAL_OF
    if after.fold.isdigit():
        return words[i].canon == "thứ" or bare
    if after.fold not in ORDINALS or after.has_diacritics and after.canon not in MARKED_ORDINALS or (
            after.fold == "nam" and i + 2 < len(words) and is_year(words[i + 2].fold)):  # ("đợt thu năm 2024")
        return False
    return words[i].canon == "thứ" or bare


def kin_asked(words: tuple[Token, ...]) -> frozenset[str]:
    """The kin whose name a question asks, folded ("Vợ của anh Sa Rươn tên gì": "vo"); not "vợ chồng" (a couple),
    nor, typed bare, a surname ("ong vo anh tuan": ông Võ Anh Tuấn)."""
    folds = [t.fold for t in words]

    def kin(i: int) -> bool:
        couple = folds[i + 1:i + 2] in (["vo"], ["chong"]) or folds[max(0, i - 1):i] in (["vo"], ["chong"])
        if words[i].has_diacritics:
            return words[i].canon in KIN and not couple
        return (folds[i] in KIN_BARE and not couple and folds[i + 1:i + 2] in (["cua"], *([a] for a in ADDRESSES))
                and folds[max(0, i - 1):i] not in [[a] for a in ADDRESSES])
    return frozenset(folds[i] for i in range(len(words)) if kin(i))


def _owned(mentions: list[Mention], words: tuple[Token, ...]) -> list[Mention]:
    """Mark the places whose own figure is asked: "riêng xã Mỹ Hòa", "của riêng xã Mỹ Hòa"."""
    folds = [t.fold for t in words]
    owned = []
    for mention in mentions:
        at = next((i for i in range(len(folds)) if tuple(folds[i:i + len(mention.words)]) == mention.words), 0)
        owned.append(dataclasses.replace(mention, own=OWN in folds[max(0, at - 2):at]))
    return owned


OWN = "rieng"


def _naming_words(question_clauses: tuple[tuple[Token, ...], ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The words of phrases that name what is asked ("lương", "học phí"), and the words after "tỷ lệ"
    that say what it is a rate of ("tỷ lệ hộ nghèo", "tỷ lệ người dân có bảo hiểm y tế ở …"), folded."""
    naming, rate_of = set(), set()
    for clause in question_clauses:
        phrases = phrase_kinds(clause)
        asking = {i for start, end, _, _ in phrases for i in range(start, end)}  # "phải không" says no subject
        for start, end, kind, named in phrases:
            if named:
                naming.update(t.fold for t in clause[start:end])
            if kind == "rate" and end - start == RATE_WORDS:
                for i in range(end, min(end + RATE_OF_WORDS, len(clause))):
                    word = clause[i]  # typed with marks, the word itself ("xã hội" goes on; "xã" ends it)
                    ends = (word.canon in RATE_OF_ENDS if word.has_diacritics else word.fold in RATE_OF_ENDS_BARE) and not (
                        i + 1 < len(clause) and clause[i + 1].fold == "hoi")
                    if i in asking or ends or word.fold[:1].isdigit():
                        break
                    if not is_filler(clause[i]):
                        rate_of.add(clause[i].fold)
    return frozenset(naming), frozenset(rate_of)


RATE_WORDS = 2  # "tỷ lệ"
RATE_OF_WORDS = 6  # what a rate is of is said in this many words after it at most, up to one of these:
RATE_OF_ENDS = frozenset({"của", "ở", "tại", "trong", "năm", "tháng", "là", "được", "đạt", "chiếm", "huyện", "xã", "tỉnh",
                          "khá", "rất", "cao", "thấp", "bao", "nhiêu", "hiện", "giờ", "bây"})  # "tỷ lệ hộ nghèo khá cao"
RATE_OF_ENDS_BARE = frozenset(fold(w) for w in RATE_OF_ENDS)
# what two halves of a pair are asked of starts at one of these ("… với tỷ lệ hộ cận nghèo | cuối năm 2022 của huyện")
PHRASE_ENDS = frozenset(map(canonical_word, RATE_OF_ENDS | {
    "cuối", "đầu", "hồi", "lần", "mỗi", "thì", "mấy", "cái", "tính", "đến", "tới", "nay", "toàn", "ấp", "phường",
    "quý", "giai", "tổng", "nhiu", "bn"}))


def _lists_joined(segments: list[str]) -> list[str]:
    """A list's commas end no clause: the same noun again after one ("xóa nhà tạm, nhà dột nát", "hộ nghèo, hộ cận
    nghèo") goes on the phrase before it, unless that asks a question itself ("Bạo lực thể chất bao nhiêu vụ, bạo lực
    kinh tế …"), tells of the asker ("Tui ở xã Hòa An, xã tui …") or says what there is ("Xã có 30 hộ nghèo, hộ
    cận nghèo bao nhiêu?": a statement, then the question)."""
    joined: list[str] = []
    for segment in segments:
        before = tokens(joined[-1]) if joined and joined[-1].rstrip()[-1:] == "," else ()
        head = tokens(segment)[0]
        if before and any(_same_word(t, head) for t in before[-LIST_HEAD:]) and not any(
                t.canon in STATES or t.fold.isdigit() for t in before) and not _is_question(joined[-1], before):
            joined[-1] += segment
        else:
            joined.append(segment)
    return joined


def _same_word(one: Token, other: Token) -> bool:
    """The same word, by its marks when both are typed with them ("cô" is not "có")."""
    return typed_as(one, other.canon) if other.has_diacritics else one.fold == other.fold


def _leads_in(segments: list[str]) -> bool:
    """A phrase that opens the question's own sentence and tells no story of the asker's ("Trong số
    hộ nghèo ở Mỹ Tú, có bao nhiêu hộ là người Khmer?"): part of the question."""
    if len(segments) != 1 or segments[0].rstrip()[-1:] != ",":
        return False
    words = tokens(segments[0])
    return words[0].canon in LEAD_WORDS and not any(t.canon in FIRST_PERSON for t in words)


POINTERS = frozenset({"đó", "ấy", "kia", "nọ"})
LEAD_WORDS = frozenset({"trong", "ở", "tại", "về", "riêng", "đối", "theo", "ngoài", "so"})
FIRST_PERSON = frozenset({"tôi", "tớ", "em", "cháu", "mình", "con", "nhà"})
STATES = FIRST_PERSON - {"nhà"} | STOCK_VERBS | {"được"}  # a clause telling of the asker, or what there is


def with_light_places(analysis: Analysis, light: Callable[[Mention], bool]) -> Analysis:
    """The analysis with the names of the places ``light`` picks weighing little: the place served is
    named in few of its facts' texts, yet it is what a question about it means."""
    names = {m.words for m in analysis.places if light(m)}
    if not names:
        return analysis
    parts = tuple(Part(tuple(_lighten(c, names) for c in p.clauses), p.weight) for p in analysis.parts)
    return dataclasses.replace(analysis, parts=parts)


def points_back(analysis: Analysis) -> bool:
    """Whether a question points back at something said before it ("bên đó", "lớp nghề ấy")."""
    return any(t.canon in POINTERS for t in analysis.words)


def _two_counts(question: str) -> tuple[str, ...]:
    """Two counts asked in one clause are two questions, the second with what the first says before its count:
    "Nghề Điện công nghiệp có bao nhiêu học viên tốt nghiệp và bao nhiêu người đã có việc làm?" asks "Nghề Điện
    công nghiệp có bao nhiêu người đã có việc làm?" too (each found by its own words, and both answered, or neither
    passed off as the other)."""
    for second in SECOND_COUNT.finditer(question):
        # (the count just before it: "Mấy năm nay huyện có bao nhiêu hộ nghèo và bao nhiêu …" shares "Mấy năm nay")
        first = ([None] + list(FIRST_COUNT.finditer(question, 0, second.start())))[-1]
        if first and _says_how_many(tokens(question[first.start():second.start()])):
            parts = question[:second.start()].strip(" ,"), question[:first.start()] + question[second.end("and"):]
            # ("… bao nhiêu hộ nghèo và bao nhiêu hộ cận nghèo năm 2017?": the year is of both)
            return tuple(f"{part} {' '.join(YEAR_NAMED.findall(question))}" if not YEAR_NAMED.search(part)
                         and YEAR_NAMED.search(question) else part for part in parts)
    return (question,)


def _parallel_heads(question: str) -> tuple[str, ...]:
    """One head said twice is two questions, each with what both are asked of: "Tỷ lệ hộ nghèo với tỷ lệ hộ cận nghèo
    của huyện là nhiêu?" asks "Tỷ lệ hộ nghèo của huyện là nhiêu?" and "tỷ lệ hộ cận nghèo của huyện là nhiêu?"; a first
    half saying its own ("Số hộ nghèo năm 2021 và số hộ nghèo năm 2022 là bao nhiêu?") takes only the asking words."""
    said = PARALLEL.search(question)
    if said is None or fold(said["head"]) != fold(said["again"]) or COMPARED.search(question):
        return (question,)
    marked = fold(question) != question.lower()  # (then a word typed bare is bare on purpose: "nam" is not "năm")
    first = said["first"].split()[1:]
    rest = question[said.end("again"):]
    words = list(re.finditer(r"\S+", rest))
    end = next((w.start() for w in words[1:] if _ends_a_phrase(w.group(), marked)
                or re.search(r"[,.?!:;]$", rest[:w.start()].rstrip())), len(rest))
    if any(_asks(word, marked) for word in first):  # ("Tỷ lệ hộ nghèo bao nhiêu và …": it asks by itself)
        tail = ""
    elif any(_ends_a_phrase(word, marked) for word in first):  # (its own year: only the asking words after the second)
        tail = rest[next((w.start() for w in words if w.start() >= end and _asks(w.group(), marked)), len(rest)):]
    else:
        tail = rest[end:]
    return (question[:said.start("and")].rstrip() + " " + tail.lstrip()).strip(), (
        question[:said.start("head")] + question[said.start("again"):]).strip()


def _ends_a_phrase(word: str, marked: bool) -> bool:
    """Whether a word ends the phrase before it (PHRASE_ENDS; in a message typed with marks, only as itself: "tái" is
    not "tại"), or is a figure."""
    return _one_of(word, PHRASE_ENDS, marked) or word[:1].isdigit()


def _asks(word: str, marked: bool) -> bool:
    """Whether a word starts the asking ("là bao nhiêu"; typed with marks, "bảo" of "bảo hiểm" is no "bao")."""
    return _one_of(word, ASKING_STARTS, marked)


def _one_of(word: str, canons: frozenset[str], marked: bool) -> bool:
    """Whether a word typed is one of ``canons``: as itself in a message typed with marks, by its fold if bare."""
    word = canonical_word(word.strip(",.?!:;"))
    return word in canons if marked else fold(word) in {fold(c) for c in canons}


def _says_how_many(words: tuple[Token, ...]) -> bool:
    """ "bao nhiêu", "mấy" typed with its marks, or a short form of them ("bn", "nhiu") (decision.asks_a_count says
    whether a question counts something, by its unit)."""
    return any(t.canon in ("nhiêu", "mấy") or t.fold == "nhieu" and i and words[i - 1].fold == "bao"
               for i, t in enumerate(words))


def _says_little(segment: str) -> bool:
    """Fewer than two words that are neither filler nor question words."""
    words = tokens(segment)
    asking = {i for start, end, _, _ in phrase_kinds(words) for i in range(start, end)}
    return sum(1 for i, t in enumerate(words) if i not in asking and not is_filler(t)) < 2


def _weigh_kind_words(clause: tuple[Token, ...]) -> tuple[Token, ...]:
    """The words that ask for a kind of answer weigh little in the match, and so does "1" for each one ("nhiêu 1
    ký", "1 ký bao nhiêu", "bn 1 tháng": no figure a fact states, though "quý I" reads as one)."""
    light = {i for start, end, _, named in phrase_kinds(clause) if not named for i in range(start, end)}
    light |= {i for i, t in enumerate(clause) if t.fold == "1" and (
        i and clause[i - 1].canon in COUNT_WORDS or i + 1 < len(clause) and clause[i + 1].fold in PER_ONE)}
    light |= _days_said(clause)
    # "có mấy người", bare "co may nguoi": how many, never sewing ("may"), which would narrow the search to its facts
    silent = {i for i in range(len(clause)) if _mấy_at(clause, i)}
    return tuple(_silent(t) if i in silent else _light(t) if i in light else t for i, t in enumerate(clause))


def _days_said(clause: tuple[Token, ...]) -> set[int]:
    """Where a day and its month are, typed without a slash ("ngay 21 3", "ngày 15-3", "30 9 2023"): when something
    was, not a figure it counts; an article says the day once, often a sentence before the figure asked."""
    days = set()
    for i in range(len(clause) - 1):
        day, month = clause[i].fold, clause[i + 1].fold
        year = clause[i + 2].fold if i + 2 < len(clause) else ""
        if (day.isdigit() and month.isdigit() and len(day + month) <= 4 and 1 <= int(day) <= 31
                and 1 <= int(month) <= 12
                and (is_year(year) or i and clause[i - 1].fold == "ngay")):
            days |= {i, i + 1}
    return days


def _lighten(clause: tuple[Token, ...], names: set[tuple[str, ...]]) -> tuple[Token, ...]:
    """The clause with the places ``names`` (folded words) weighing little where it names them."""
    light = _name_positions(clause, names)
    return tuple(_light(t) if i in light else t for i, t in enumerate(clause))


def _name_positions(words: tuple[Token, ...], names: set[tuple[str, ...]]) -> set[int]:
    """Where ``words`` say one of the places ``names`` (folded words): each word of the name, where it is said, and
    not the same word elsewhere ("Tỷ lệ … xã Hưng Lễ": the rate's "lệ" is no part of Hưng Lễ)."""
    folds = [t.fold for t in words]
    return {j for i in range(len(folds)) for name in names if tuple(folds[i:i + len(name)]) == name
            for j in range(i, i + len(name))}


def _silent(token: Token) -> Token:
    return Token(token.surface, token.canon, token.fold, 0.0)


def _light(token: Token) -> Token:
    return Token(token.surface, token.canon, token.fold, token.share * KIND_WORD_SHARE)  # replace() costs 5x


def _where_told(named: list[Mention]) -> tuple[Mention, ...]:
    """Where a story says the asker is: the last place it names, or the last named before it that lies in it."""
    if not named:
        return ()
    last = named[-1]
    inside = [m for m in named[:-1] if all(any(gazetteer().contains(outer, p) and outer != p for outer in last.places)
                                           for p in m.places)]
    return (inside or named)[-1:]


def _unnumbered(text: str) -> str:
    """'cho hỏi: 1) phiên giao dịch … 2) huyện …' -> 'cho hỏi:\n phiên giao dịch … \n huyện …'."""
    numbered = [m for m in ENUMERATOR.finditer(text) if not _closes_bracket(text, m)]
    run = []
    for match in numbered:
        if int(match[1]) == len(run) + 1:
            run.append(match)
    if len(run) < 2:
        return text
    for match in reversed(run):
        text = text[:match.start()] + "\n" + text[match.end():]
    return text


def _closes_bracket(text: str, match: re.Match) -> bool:
    """Whether a '2)' closes a bracket opened before it ('(đợt 2)'), rather than numbering an item."""
    return not match[0].startswith("(") and text.rfind("(", 0, match.start()) > text.rfind(")", 0, match.start())


def _addresses(segment: str) -> bool:
    """Whether a segment only says whom the question that follows is for ("Phòng lao động huyện cho hỏi:"),
    asking nothing itself ("Huyện có bao nhiêu hộ nghèo vậy ad ơi?" asks)."""
    words = [w for w in segment.split() if _folded_word(w)]
    if segment.rstrip().endswith("?"):
        return False
    return any(start + size == len(words) and not _is_question(before := " ".join(words[:start]), tokens(before))
               for start, size in _ask_phrases(words))


def _ask_phrases(words: list[str]) -> list[tuple[int, int]]:
    """Where "cho hỏi", "không biết", "ad ơi", ... stand among ``words``: (start, size), the last first."""
    folded = [_folded_word(w) for w in words]
    return [(start, size) for start in range(len(words) - 1, -1, -1) for size in PHRASE_SIZES.get(folded[start], ())
            if (entry := PHRASES.get(tuple(folded[start:start + size]))) and entry[0] == "ask"]


def _split_at_ask(sentence: str) -> tuple[str, str]:
    """'Con tôi muốn đi Nhật mà không biết huyện có bao nhiêu người đi' -> (story, question).

    Split at the last "cho hỏi", "không biết", ... that has a question after it.
    """
    words = sentence.split()
    for start, size in _ask_phrases(words):
        if start > 0 and len(tokens(" ".join(words[start + size:]))) >= 2:
            return " ".join(words[:start]), " ".join(words[start + size:])
    return "", sentence
