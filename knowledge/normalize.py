"""Vietnamese text normalisation for matching (never for display).

Citizens type the same word many ways: composed or decomposed Unicode (NFC/NFD),
old or new tone placement (hoà/hòa, khoá/khóa, thuý/thúy), i or y (tỷ/tỉ, Mỹ/Mĩ),
with or without diacritics, and in teencode (ko, bn, dc, xkld). This module maps
all of them to two keys per word:

- ``canon``: lowercase NFC with one tone-placement style and one i/y spelling.
  Diacritics kept, so hộ, họ and hồ stay apart.
- ``fold``: ``canon`` with every mark removed and đ mapped to d (Unicode
  decomposition alone leaves đ alone). What a phone keyboard without Telex gives.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from .numbers import figures_in_digits

# Capital letters as Vietnamese writes them, for a regex class: names start "Út", "Ánh", "Ấp" as well as "Lê".
CAPITALS = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
DATA_DIR = Path(__file__).parent / "data"

# The five Vietnamese tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng).
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
VOWELS = frozenset("aăâeêioôơuưy")
MARKED_VOWELS = frozenset("ăâêôơư")
# A syllable whose only vowel is y after consonants is spelled with i too: tỷ/tỉ, lý/lí, Mỹ/Mĩ.
# The canonical form uses i.
CONSONANT_Y = re.compile(r"^([bcdđghklmnprstvx]+)y$")

TAG = re.compile(r"<[^>]{0,200}>")
TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|%")
THOUSANDS = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


@dataclass(frozen=True)
class Token:
    """One word of a text, as typed (``surface``) and as matched (``canon``, ``fold``)."""

    surface: str
    canon: str
    fold: str
    share: float = 1.0  # less for each of the words an abbreviation expands to: "ubnd" is one word typed

    @property
    def has_diacritics(self) -> bool:
        """True when the writer typed marks: then they are evidence, not noise."""
        return self.canon != self.fold


def clean(text: str) -> str:
    """NFC, no control or zero-width characters, white space collapsed. Safe for display."""
    text = unicodedata.normalize("NFC", text)
    text = CONTROL.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def fold(text: str) -> str:
    """Remove every diacritic and map đ to d: 'Đăng ký' -> 'dang ky'."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("đ", "d")


def _tone_position(base: str) -> int | None:
    """Index of the vowel that carries the tone in ``base`` (a toneless syllable)."""
    vowels = [i for i, c in enumerate(base) if c in VOWELS]
    if not vowels:
        return None
    start = end = vowels[0]
    while end + 1 < len(base) and base[end + 1] in VOWELS:
        end += 1
    # In qu- and gi- the u or i belongs to the consonant when another vowel follows.
    if end > start and start > 0 and base[start - 1] + base[start] in ("qu", "gi"):
        start += 1
    marked = [i for i in range(start, end + 1) if base[i] in MARKED_VOWELS]
    if marked:
        return marked[-1]  # ươ carries the tone on ơ
    length = end - start + 1
    if length == 1:
        return start
    if end + 1 < len(base):  # closed syllable: toán, hoàng, khuỳnh
        return end
    if length == 3:  # oai, uyu, oay
        return start + 1
    # Open two-vowel syllables: one style for all (hòa, khỏe, thúy, của, mùa).
    return start


@lru_cache(maxsize=65536)
def toneless(word: str) -> str:
    """Without its tone mark but with its letters' marks: 'tốt' -> 'tôt', 'nghèo' -> 'ngheo'."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in TONE_MARKS))


SHAPE_MARKS = frozenset("\u0302\u0306\u031b")  # circumflex, breve, horn: â, ă, ơ (đ is a letter of its own)


def _marks(word: str) -> tuple[str, frozenset[str], list[tuple[str, frozenset[str]]]]:
    """A word's tone, and each letter with its shape marks."""
    tone, letters = "", []
    for ch in unicodedata.normalize("NFD", word):
        if ch in TONE_MARKS:
            tone = ch
        elif ch in SHAPE_MARKS and letters:
            letters[-1] = (letters[-1][0], letters[-1][1] | {ch})
        else:
            letters.append((ch, frozenset()))
    return tone, frozenset(m for _, marks in letters for m in marks), letters


@lru_cache(maxsize=65536)
def half_marked(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with some of its marks left out, as a hurried phone types it: its tone only
    ("viêc", "đươc": as ambiguous as a word typed bare), or one of its letters' marks but not all ("ngừoi"). Not a
    word lacking all its letters' marks ("họ" is not "hộ"), nor one with a mark it does not have."""
    tone, shapes, letters = _marks(typed)
    full_tone, full_shapes, full_letters = _marks(word)
    if len(letters) != len(full_letters) or typed == word or tone not in ("", full_tone):
        return False
    if not (tone or shapes or "đ" in typed):  # typed bare: no marks to have left out
        return False
    if any(a not in (b, "d" if b == "đ" else b) or not marks <= full_marks
           for (a, marks), (b, full_marks) in zip(letters, full_letters)):
        return False
    return shapes == full_shapes and not tone or bool(shapes) and tone == full_tone


@lru_cache(maxsize=65536)
def canonical_word(word: str) -> str:
    """One spelling per Vietnamese syllable: 'hoà' and 'hòa' -> 'hòa', 'tỉ' and 'tỷ' -> 'tỉ'."""
    tone = ""
    letters = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in TONE_MARKS:
            tone = ch
        else:
            letters.append(ch)
    base = unicodedata.normalize("NFC", "".join(letters))
    base = CONSONANT_Y.sub(r"\1i", base)
    if base == "qui":  # quí/quý: the one syllable where y follows a u
        base = "quy"
    if not tone:
        return base
    position = _tone_position(base)
    if position is None:
        return base
    return unicodedata.normalize("NFC", base[: position + 1] + tone + base[position + 1 :])


TELEX_TONES = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
TELEX_LETTERS = (("dd", "đ"), ("uow", "ươ"), ("aa", "â"), ("aw", "ă"), ("ee", "ê"), ("oo", "ô"), ("ow", "ơ"), ("uw", "ư"))
SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?")


@lru_cache(maxsize=65536)
def from_telex(word: str) -> str:
    """A word typed with the Telex keys left in ("hooj", "lamf", "nghèof") as the syllable meant.

    No Vietnamese syllable ends in s, f, r, x or j: a word that does, and is a syllable without
    that key, had its tone typed as a letter. Anything else (English "rates") stays as typed.
    """
    tone = TELEX_TONES.get(word[-1:])
    if tone is None or len(word) < 2:
        return word
    return _keyed(word[:-1], tone) or word


def _keyed(keys: str, tone: str) -> str | None:
    """The syllable typed with Telex letter keys ("oo", "dd", "uow") and a tone mark (``tone``, or ""), or None if it
    is none. The mark goes on the vowels ("hiểm", not "hiêm" and a mark on its "m", which a word cannot hold)."""
    base = keys
    for typed, letter in TELEX_LETTERS:
        base = base.replace(typed, letter)
    if not SYLLABLE.fullmatch(toneless(base)):
        return None
    if not tone or toneless(base) != base:  # (the tone is there already: the key is a leftover)
        return base
    at = max(i for i, c in enumerate(base) if toneless(c) in VOWELS) + 1
    return unicodedata.normalize("NFC", base[:at] + tone + base[at:])


VOWELS = "aăâeêioôơuưy"
# a word typed with VNI keys left in ("ho65", "nghe2o", "ngu7o72i"): letters and the digits that mark them
VNI_WORD = re.compile(r"(?<![\w.,/])[a-zA-ZđĐ]+[1-9][a-zA-Z1-9]*(?![\w/])")
VNI_TONES = dict(zip("12345", "sfrxj"))  # as Telex keys: sắc, huyền, hỏi, ngã, nặng
VNI_LETTERS = {"6": "aeo", "7": "ou", "8": "a", "9": "d"}  # the letters a key marks: â ê ô, ơ ư, ă, đ
# words a number follows ("ap3", "phuong7", "lop9"): one digit after them is that number, not a mark
NUMBERED_BY_ONE_DIGIT = frozenset({"ap", "khom", "phuong", "to", "lop", "quy", "thang", "nam", "xa", "doi", "dot", "khu",
                                   "so", "f", "k", "tang", "phong", "can", "nha", "cap", "hang", "ky", "khoa", "tuan",
                                   "ngay", "gio", "lan", "bac", "tieu", "du", "an", "vung", "q", "p", "x"})


@lru_cache(maxsize=65536)
def from_vni(word: str) -> str:
    """A word typed with VNI keys left in as the syllable meant ("ho65": hộ, "nghe2o": nghèo), read as the same keys
    typed in Telex; anything else ("F1", "ap3", "covid19") stays as typed."""
    digits = [c for c in word if c.isdigit()]
    letters = "".join(c for c in word if not c.isdigit())
    if len(letters) < 2 or len(digits) == 1 and word[-1].isdigit() and fold(letters.lower()) in NUMBERED_BY_ONE_DIGIT:
        return word  # ("A1", "ấp 3" typed "ap3")
    keys, tone = "", ""
    for c in word.lower():
        if not c.isdigit():
            keys += c
        elif c in VNI_TONES and not tone:
            tone = TELEX_TONES[VNI_TONES[c]]
        elif c in VNI_LETTERS and (at := max(keys.rfind(v) for v in VNI_LETTERS[c])) >= 0:
            keys = keys[:at + 1] + (keys[at] if c in "69" else "w") + keys[at + 1:]  # as Telex: "aa", "ow", "dd"
        else:
            return word
    return _keyed(keys, tone) or word


def ascii_digits(text: str) -> str:
    """Other scripts' digits and digit forms as ASCII ("①" and "²" -> "1" and "2"), so only
    ASCII digits ever reach ``int``; a numeric character that is no digit ("⑩", "½") is left as a symbol."""
    if text.isascii():
        return text
    return "".join(c if c.isascii() or (d := unicodedata.digit(c, None)) is None else str(d) for c in text)


def _number(text: str) -> str:
    """'1.562' and '1,562' -> '1562'; '7,48' and '7.48' -> '7.48'; '2,80' -> '2.8'."""
    if THOUSANDS.match(text):
        return re.sub(r"[.,]", "", text)
    text = text.replace(",", ".")
    if text.count(".") > 1:
        return text.replace(".", "")
    if "." in text:
        return text.rstrip("0").rstrip(".")
    return str(int(text))


def _load_table(name: str) -> dict[str, str]:
    table = {}
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            typed, meaning = line.split("\t")
            table[unicodedata.normalize("NFC", typed.strip().lower())] = meaning.strip()
    return table


ABBREVIATED = _load_table("abbreviations.tsv")  # terms typed short ("bhyt"), apart from colloquial words
ABBREVIATIONS = ABBREVIATED | _load_table("colloquial.tsv")
# "bh" is "bao giờ" in chat, but "bảo hiểm" bought, owed or paid, or of a named kind ("mua bh tai nạn", "nợ bh")
INSURANCE = "bảo hiểm"
INSURANCE_SHORT = "bh"
INSURED_AFTER = frozenset({"mua", "no", "phi", "dong", "gia", "the", "huong", "cap", "tien", "goi", "hop"})
INSURANCE_KINDS = frozenset({"tai", "y", "yt", "xa", "xh", "that", "tn", "nhan", "tu", "suc"})


def _load_synonyms() -> dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]]:
    """Other phrase (folded words) -> (the phrase facts are matched on, the other phrase as spelled)."""
    table = {}
    for line in (DATA_DIR / "synonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            target, others = line.split("\t")
            words = tuple(canonical_word(w) for w in target.split())
            for other in (target, *others.split("|")):  # the target too, so a longer phrase wins over its part
                spelled = tuple(canonical_word(w) for w in other.split())
                table[tuple(map(fold, spelled))] = words, spelled
    return table


SYNONYMS = _load_synonyms()


def _load_known_words() -> frozenset[str]:
    """Every word the data files write (the seed article, its facts, the tables), as written: a word typed with marks
    that is one of these means itself."""
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(DATA_DIR.iterdir()) if path.is_file())
    return frozenset(canonical_word(w) for w in re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", text.lower())))


KNOWN_WORDS = _load_known_words()
# The lengths of the phrases each first word starts, longest first: most words try none or one.
SYNONYM_SIZES: dict[str, tuple[int, ...]] = {}
for _phrase in SYNONYMS:
    SYNONYM_SIZES[_phrase[0]] = tuple(sorted({*SYNONYM_SIZES.get(_phrase[0], ()), len(_phrase)}, reverse=True))


def _load_filler_words() -> frozenset[str]:
    lines = (DATA_DIR / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    words = (w for line in lines if line.strip() and not line.startswith("#") for w in line.split())
    return frozenset(canonical_word(w) for w in words)


FILLER_WORDS = _load_filler_words()
FILLER_FOLDS = frozenset(fold(w) for w in FILLER_WORDS)


@lru_cache(maxsize=131072)
def _word_token(surface: str, share: float = 1.0) -> Token:
    canon = canonical_word(surface)
    return Token(surface, canon, fold(canon), share)


ABBREVIATION_WEIGHT = 0.75  # each of an abbreviation's N words weighs N ** -this: 0,35 of a word each for four


@lru_cache(maxsize=4096)
def tokens(text: str, expand_abbreviations: bool = True, synonyms: bool = True) -> tuple[Token, ...]:
    """Split ``text`` into matching tokens.

    Markup, punctuation and emoji are dropped; numbers are normalised; teencode is
    expanded (``expand_abbreviations=False`` for the knowledge base's own text); the
    phrases of synonyms.tsv are read as their targets (``synonyms=False``: as typed).
    """
    text = figures_in_digits(ascii_digits(TAG.sub(" ", html.unescape(unicodedata.normalize("NFC", text)))))
    if expand_abbreviations:  # (a question's: facts are typed with their marks)
        text = VNI_WORD.sub(lambda typed: from_vni(typed.group()), text)
    result: list[Token] = []
    typed, ended = "", 0
    for match in TOKEN.finditer(text):
        surface, previous = match.group().lower(), typed
        typed, gap, ended = match.group(), text[ended:match.start()], match.end()
        if surface[0].isdigit():
            number = _number(surface)
            result.append(Token(surface, number, number))
            continue
        # (a capital letter after a capitalised word ends a name, "xã Vĩnh Hậu A", and is no "a" for "anh"; not in a
        # message typed in capitals: "CHO E HỎI")
        named = len(typed) == 1 and typed.isupper() and previous[:1].isupper() and not previous.isupper()
        # (nor a word of a name, "ông Trần Văn Sanh": capitalised right after a capitalised word)
        named = named or typed[0].isupper() and previous[:1].isupper() and not typed.isupper() and gap.isspace()
        expansion = ABBREVIATIONS.get(surface) if expand_abbreviations and not named else None
        if expansion and surface == INSURANCE_SHORT and (
                result and result[-1].fold in INSURED_AFTER
                or fold(text[ended:].split(maxsplit=1)[0] if text[ended:].split() else "") in INSURANCE_KINDS):
            expansion = INSURANCE
        if expansion and result and expansion.startswith(result[-1].canon + " "):
            expansion = expansion[len(result[-1].canon) + 1:]  # "bao nhiêu" typed whole is not "bao bao nhiêu"
        if expansion is None and surface != "%":
            result.append(_word_token(from_telex(surface) if expand_abbreviations else surface))
        else:
            words = (expansion or "phần trăm").split()
            # a term typed short weighs more than one word, less than all of them ("xkld"); "%" only says a rate
            share = 1 / len(words) if surface == "%" else len(words) ** -ABBREVIATION_WEIGHT
            for word in words:  # each word of the expansion keeps what was typed: "dc" is bare, whatever "được" has
                expanded = _word_token(word, share)
                result.append(Token(surface, expanded.canon, expanded.fold, expanded.share))
    if expand_abbreviations:
        marked = typed_with_marks(result)
        result = [_with_final_ng(t, marked) for t in result]
    result = _per_one(_spoken_numbers(_how_many_typed(_addressed_last(_closing_slip(result)))))
    return _with_synonyms(result) if synonyms else tuple(result)


def _with_final_ng(token: Token, in_marked_text: bool) -> Token:
    """A word with its final "n" dropped, typed with marks or in a message typed with them ("ngân hàg", "tỷ đồg", "thág
    8", "đổi sag"): no Vietnamese word ends in a vowel and "g" (in a message typed bare it may be another language's:
    "blog", "tag")."""
    word = token.surface
    if (in_marked_text or token.has_diacritics) and len(word) > 2 and word[-1] == "g" and fold(word[-2]) in VOWELS:
        return _word_token(word[:-1] + "ng", token.share)
    return token


HOW_MANY, HOW_MANY_BARE = "nhiêu", "nhieu"
HOW_MANY_TYPOS = 1  # letters "nhiêu" may be mistyped by after "bao" ("bao nhêu", "bao nghiêu"; "bao hiem" is two off)


CLOSING = frozenset({"vay", "nha", "nhe", "hen", "ne"})  # words that close a question before whom it asks
# "vậy" closing a message, its tone slipped ("bao nhiu phần trăm vây", "hộ cận nghèo dậy"): a word of no fact
CLOSING_SLIPS = frozenset({"vây", "vầy", "vẩy", "vẫy", "vấy", "dậy", "dẫy", "dầy"})
SO = _word_token("vậy")
YOU = _word_token("bạn")


def _closing_slip(words: list[Token]) -> list[Token]:
    """The last word "vậy" typed with a slipped tone is "vậy"."""
    if words and words[-1].canon in CLOSING_SLIPS:
        return [*words[:-1], Token(words[-1].surface, SO.canon, SO.fold, words[-1].share)]
    return words


def _addressed_last(words: list[Token]) -> list[Token]:
    """"bn" closing a question after "vậy", "nha" … is "bạn", the one asked, not "bao nhiêu" ("… vào ngày nào vậy
    bn")."""
    if len(words) > 2 and words[-1].surface == words[-2].surface == "bn" and words[-3].fold in CLOSING:
        return [*words[:-2], Token("bn", YOU.canon, YOU.fold)]
    return words


def _how_many_typed(words: list[Token]) -> list[Token]:
    """"bao" and a word a letter from "nhiêu" asks how many ("bao nhêu lượt"); typed bare, it stays bare ("bao
    nhieeu" is "bao nhieu", as a message typed without marks is read)."""
    return [Token(t.surface, HOW_MANY if t.has_diacritics else HOW_MANY_BARE, HOW_MANY_BARE, t.share)
            if i and words[i - 1].fold == "bao" and t.canon not in (HOW_MANY, HOW_MANY_BARE) and t.fold[:1] == "n"
            and Levenshtein.distance(t.fold, HOW_MANY_BARE) <= HOW_MANY_TYPOS else t for i, t in enumerate(words)]


HOW_MUCH_ENDS = frozenset({"nhieu", "tien", "trieu", "dong", "tram", "ngan", "nghin"})
EACH_WORD = _word_token("mỗi")


def _per_one(words: list[Token]) -> list[Token]:
    """"một" after how much is asked is "mỗi", each ("nhiêu tiền một căn", "bao nhiêu một tháng"): a rare word in
    facts, which write "mỗi căn" or "/căn", it would weigh as if it told what is asked."""
    return [Token(t.surface, EACH_WORD.canon if t.has_diacritics else EACH_WORD.fold, EACH_WORD.fold, t.share)
            if t.fold == "mot" and 0 < i < len(words) - 1 and words[i - 1].fold in HOW_MUCH_ENDS else t
            for i, t in enumerate(words)]


SPOKEN_DIGITS = {"khong": "0", "mot": "1", "hai": "2", "ba": "3", "bon": "4", "tu": "4", "nam": "5", "lam": "5",
                 "sau": "6", "bay": "7", "tam": "8", "chin": "9"}


def _spoken_numbers(words: list[Token]) -> list[Token]:
    """Voice typing spells figures digit by digit: "năm hai không hai hai" -> "năm 2022".

    Only runs of three digit words or more: "hai" or "năm" alone stay words.
    """
    result: list[Token] = []
    run: list[Token] = []
    for token in [*words, None]:
        if token is not None and token.fold in SPOKEN_DIGITS:
            run.append(token)
            continue
        if len(run) >= 4 and run[0].fold == "nam":  # "năm hai không hai hai": the year 2022
            result.append(run.pop(0))
        if len(run) >= 3:
            number = "".join(SPOKEN_DIGITS[t.fold] for t in run)
            result.append(Token(" ".join(t.surface for t in run), number, number))
        else:
            result.extend(run)
        run = []
        if token is not None:
            result.append(token)
    return result


MARKED_SHARE = 0.6  # of a text's words carrying marks: the writer types Vietnamese with diacritics
SLIP_PHRASE = 3  # a phrase of this many words is itself, one word's marks typed wrong
LONG_PHRASE = 5  # and one of this many, one word typed bare in a text typed with marks


def typed_with_marks(words: list[Token]) -> bool:
    """Whether the writer types Vietnamese with diacritics: most of a text's words carry them."""
    letters = [t for t in words if not t.fold[:1].isdigit()]
    return len(letters) >= 3 and sum(t.has_diacritics for t in letters) >= MARKED_SHARE * len(letters)


def _with_synonyms(words: list[Token]) -> tuple[Token, ...]:
    """Each phrase of synonyms.tsv read as its target ("gia đình nghèo" -> "hộ nghèo"), longest first.

    The target keeps the writer's diacritics evidence: typed bare, it is bare.
    """
    result: list[Token] = []
    # In a text typed with marks, a bare word is bare on purpose: "du" in "đi du học" is not "dự".
    typed_marked = typed_with_marks(words)
    i = 0
    while i < len(words):
        for size in SYNONYM_SIZES.get(words[i].fold, ()):
            entry = SYNONYMS.get(tuple(t.fold for t in words[i:i + size]))
            # Typed with marks, the words must be the phrase's own: "đi du học" is not "đi dự"; in a phrase of three
            # words or more, one word's marks may be a slip ("lớp dạy nghê")
            # (near the text's end, the words taken are fewer than ``size``: the phrase's own length counts; and a slip
            # is no word of its own: "người dân đầu năm" is not "người dẫn đầu")
            if entry is not None:
                # (a word with some of its marks is the phrase's own: "đi làm viêc ở nước ngoài"; not a word of its
                # own: "người dân đầu năm" is not "người dẫn đầu")
                unlike = [t for t, w in zip(words[i:i + size], entry[1]) if (t.has_diacritics or typed_marked)
                          and t.canon != w and (t.canon in KNOWN_WORDS or not half_marked(t.canon, w))]
                # (bare in a marked text: on purpose, "xa"; unless the phrase is long enough to be itself whatever one
                # word says: "đi lam việc ở nước ngoài")
                if len(unlike) > (len(entry[1]) >= SLIP_PHRASE) or any(
                        not t.has_diacritics and len(entry[1]) < LONG_PHRASE or t.canon in KNOWN_WORDS for t in unlike):
                    entry = None
            target = entry[0] if entry else None
            if target is not None and tuple(t.fold for t in words[i:i + size]) == tuple(map(fold, target)):
                result.extend(words[i:i + size])  # already the target: keep the marks as typed (họ is not hộ)
                i += size
                break
            if target is not None:
                marked = any(t.has_diacritics for t in words[i:i + size])
                share = min(t.share for t in words[i:i + size])
                result.extend(_word_token(w, share) if marked else Token(fold(w), fold(w), fold(w), share) for w in target)
                i += size
                break
        else:
            result.append(words[i])
            i += 1
    return tuple(result)


# A comma or a point inside a number ("7,48", "1.562") is part of it, not a break.
CLAUSE_BREAK = re.compile(r"(?:[;:!?()\[\]\"“”…|/\n]|(?<!\d)[,.]|[,.](?!\d))+|\s[-–—]\s")


def clauses(text: str) -> list[tuple[Token, ...]]:
    """``tokens`` per clause, so that word pairs never span punctuation ("xã hội, hộ nghèo")."""
    parts = CLAUSE_BREAK.split(TAG.sub(" , ", html.unescape(unicodedata.normalize("NFC", text))))
    return [toks for part in parts if (toks := tokens(part))]


def is_filler(token: Token) -> bool:
    """A filler word (politeness, pronoun, particle). Typed bare, 'hoi' may well be 'hỏi'."""
    if token.has_diacritics:
        return token.canon in FILLER_WORDS
    return token.fold in FILLER_FOLDS


# Words saying a figure is rough ("hơn 500 hộ", "cỡ 100"), as typed with marks; "cỡ" typed bare is "có" too.
APPROXIMATELY = frozenset({"hơn", "trên", "gần", "dưới", "khoảng", "chừng", "tầm", "cỡ", "ngót"})
APPROXIMATELY_BARE = frozenset(fold(w) for w in APPROXIMATELY) - {"co"}


def is_rough(token: Token) -> bool:
    return token.canon in APPROXIMATELY if token.has_diacritics else token.fold in APPROXIMATELY_BARE


def is_year(number: str) -> bool:
    """Whether a (normalised) number looks like a year, 1900-2100."""
    return number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2100


def year_of(token: Token) -> int | None:
    """The year a number token names, if it looks like one: "2.000" is a count, never a year."""
    return int(token.fold) if is_year(token.fold) and not re.search(r"\d[.,]\d", token.surface) else None
