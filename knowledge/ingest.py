"""Draft facts from an article's text: one draft per statement that gives a figure.

The first line is the title; the text is split into sentences; in each, the figures are
found (counts of households, people, workers, classes, trainees, gifts, houses; percentages;
money in đồng, triệu, tỷ; dates) with decision numbers, people and their roles. A statement
with a figure becomes a draft fact whose answer is the sentence itself, its figures turned
into named values (kept as the article wrote them), and whose questions are made from the
words around each figure. Nothing is added that the sentence does not say: a draft waits
for an operator's review (``/drafts``, ``/approve``, ``/reject``) unless asked to publish.

Knows nothing of chat or SQL: ``draft_article`` returns a facts file's data, which
``edits.import_facts`` validates and writes like any other.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .facts import format_date
from .normalize import fold
from .places import COUNTRY, find_places

# A figure: the number as written, then what it counts. Longest units first.
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
UNITS = {  # the unit as the article writes it -> the value's name
    "lao động": "workers", "học viên": "trainees", "phần quà": "gifts", "căn nhà": "houses", "hộ": "households",
    "người": "people", "lớp": "classes", "suất": "gifts", "căn": "houses",
}
COUNT = re.compile(rf"(?<![\d/.,])({NUMBER})\s+({'|'.join(sorted(UNITS, key=len, reverse=True))})(?!\w)")
PERCENT = re.compile(rf"(?<![\d/.,])({NUMBER})\s?%")
MONEY = re.compile(rf"(?<![\d/.,])({NUMBER})\s+(nghìn|ngàn|triệu|tỷ)\s+đồng", re.I)
DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
DECISION = re.compile(r"(?:Quyết định|Nghị định|Kế hoạch|Nghị quyết)\s+(?:số\s+)?(\d+/[\w/.-]*[A-ZĐ][\w/-]*)")
PERSON = re.compile(r"\b(?:ông|bà)\s+((?:[A-ZĐ][\wÀ-ỹ]*\s+){1,3}[A-ZĐ][\wÀ-ỹ]*),\s*([^,.;()]+)")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ(])")
# Words at which the thing a figure counts stops: "5.404 hộ nghèo, chiếm ..." counts "hộ nghèo".
PHRASE_STOP = re.compile(r"[,;:.()]|\s(?:chiếm|trong đó|so với|với|và|là|đạt|được|tăng|giảm|trị giá|tổng trị giá|"
                         r"theo|tại|của|mỗi|gồm)\s")
TOPIC_WORDS = (  # the first topic whose words the sentence has
    ("poverty", ("nghèo",)),
    ("vocational", ("nghề", "học viên", "đào tạo")),
    ("labour", ("việc làm", "lao động", "nước ngoài", "xuất khẩu")),
    ("welfare", ("quà", "an sinh", "bảo trợ", "người có công", "trợ cấp", "nhà", "tết", "chính sách")),
)
MONEY_WORDS = {"nghìn": "nghìn đồng", "ngàn": "nghìn đồng", "triệu": "triệu đồng", "tỷ": "tỷ đồng"}


@dataclass
class Figure:
    start: int
    end: int
    text: str  # the number as written ("5.404", "1,88")
    name: str  # the value's name ("households", "rate", "amount")
    unit: str  # what it counts ("hộ", "%", "tỷ đồng")
    subject: str = ""  # the words around it that say what it counts ("hộ nghèo không có khả năng lao động")


@dataclass
class Article:
    title: str
    sentences: list[str]
    byline: str = ""


@dataclass
class Drafted:
    """What ingesting an article made: a facts file's data, and what was found, for the report."""

    data: dict[str, Any]
    sentences: int = 0
    figures: int = 0
    places: list[str] = field(default_factory=list)
    people: list[tuple[str, str]] = field(default_factory=list)


def read_article(text: str) -> Article:
    """Title (the first line) and sentences. Photo captions, and a footer after a line of "---", are left out;
    a short last line of a few capitalised words is the byline."""
    text = text.replace("\r\n", "\n").split("\n---", 1)[0]
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return Article("", [])
    title, body = lines[0], [line for line in lines[1:] if not line.startswith("(Ảnh")]
    byline = ""
    if body and len(body[-1].split()) <= 5 and not body[-1].endswith(".") and body[-1][:1].isupper():
        byline = body.pop()
    sentences = [s.strip() for paragraph in body for s in SENTENCE_END.split(paragraph) if s.strip()]
    return Article(title, sentences, byline)


def figures_of(sentence: str) -> list[Figure]:
    """Every figure of a sentence, in order: counts with their unit, percentages, money."""
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match, name: str, unit: str) -> None:
        if any(a < match.end() and match.start() < b for a, b in taken):
            return
        taken.append((match.start(), match.end()))
        found.append(Figure(match.start(1), match.end(1), match.group(1), name, unit))

    for match in MONEY.finditer(sentence):
        add(match, "amount", MONEY_WORDS[match.group(2).lower()])
    for match in PERCENT.finditer(sentence):
        add(match, "rate", "%")
    for match in COUNT.finditer(sentence):
        add(match, UNITS[match.group(2)], match.group(2))
    found.sort(key=lambda f: f.start)
    names: dict[str, int] = {}
    counted = ""
    for figure in found:
        names[figure.name] = names.get(figure.name, 0) + 1
        if figure.name == "rate" and names["rate"] > 1:
            figure.name = "share" if names["rate"] == 2 else f"share_{names['rate'] - 1}"
        elif names[figure.name] > 1:
            figure.name = f"{figure.name}_{names[figure.name]}"
        figure.subject = _subject(sentence, figure)
        if figure.unit == "%" and not figure.subject:  # "5.404 hộ nghèo, chiếm 1,88%": the share of what was counted
            figure.subject = counted
        elif figure.unit != "%":
            counted = figure.subject
    return found


def _subject(sentence: str, figure: Figure) -> str:
    """What a figure counts, in the article's words: the unit and what follows it ("hộ nghèo"),
    or, when the unit stands alone, what comes before the number ("hộ nghèo dân tộc Khmer 3.239 hộ")."""
    if figure.unit == "%":
        before = re.split(r"[,;:()]|\s(?:chiếm|trong đó)\s", sentence[:figure.start])[-1].strip()
        return _trim(before) if len(before.split()) >= 2 else ""
    after = sentence[figure.end:].strip()
    unit_words = figure.unit.split()
    rest = after.split(None, len(unit_words))[len(unit_words):]
    following = PHRASE_STOP.split(" " + (rest[0] if rest else "") + " ", maxsplit=1)[0].strip()
    words = following.split()[:6]
    if words and not DATE.search(" ".join(words)) and not re.match(r"\d", words[0]):
        return _trim(" ".join([*unit_words, *words]))
    before = re.split(r"[,;:()]|\b[Tt]rong đó\b", sentence[:figure.start])[-1].strip()
    return _trim(before) if len(before.split()) >= 2 else " ".join(unit_words)


def _trim(phrase: str) -> str:
    phrase = phrase[:1].lower() + phrase[1:] if phrase[:1].isupper() and not phrase[1:2].isupper() else phrase
    phrase = re.sub(r"\s+(?:toàn|trên địa bàn)\s+(?:tỉnh|huyện|xã|thị xã|thành phố)\b.*$", "", phrase)
    words = [w for w in phrase.split() if not re.fullmatch(rf"{NUMBER}|%", w)]
    while words and fold(words[-1]) in {"co", "la", "va", "cua", "voi", "tong", "so", "toan", "duoc", "dat"}:
        words.pop()
    while words and fold(words[0]) in {"co", "la", "va", "cua", "voi", "trong", "do", "theo", "tong", "so"}:
        words.pop(0)
    return " ".join(words[:9])


def _statements(sentence: str) -> list[str]:
    """A sentence's statements: its clauses between semicolons when each gives a figure of its own."""
    clauses = [c.strip() for c in sentence.split(";")]
    if len(clauses) > 1 and all(figures_of(c) for c in clauses):
        return [re.sub(r"^[Tt]rong đó,\s*", "", c).rstrip(".") + "." for c in clauses]
    return [sentence]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def topic_of(sentence: str, topics: set[str]) -> str:
    lower = sentence.lower()
    for topic, words in TOPIC_WORDS:
        if topic in topics and any(w in lower for w in words):
            return topic
    return next((t for t in ("event", "welfare") if t in topics), sorted(topics)[0] if topics else "news")


def questions_for(figures: list[Figure], place: str) -> list[str]:
    """Questions the sentence answers, from the words around each figure (nothing else)."""
    where = f" của {place}" if place else ""
    asked: list[str] = []
    for figure in figures:
        subject = figure.subject
        if not subject:
            continue
        if figure.unit == "%":
            asked += [f"Tỷ lệ {subject}{where} là bao nhiêu phần trăm?", f"{subject[0].upper()}{subject[1:]} chiếm bao nhiêu phần trăm?"]
        elif figure.name.startswith("amount"):
            asked += [f"{subject[0].upper()}{subject[1:]}{where} trị giá bao nhiêu?", f"Kinh phí {subject}{where} là bao nhiêu?"]
        else:
            noun = subject if subject.split()[0] in figure.unit.split() else f"{figure.unit} {subject}"
            asked += [f"{place or 'Địa phương'} có bao nhiêu {noun}?", f"Số {noun}{where} là bao nhiêu?"]
    return list(dict.fromkeys(q[:300] for q in asked))


def people_of(sentence: str) -> list[tuple[str, str]]:
    """(name, role) for "ông Trần Thanh Liêm, Phó Giám đốc Sở ..."."""
    return [(m.group(1).strip(), m.group(2).strip()) for m in PERSON.finditer(sentence)]


def place_of(title: str, sentences: list[str], given: str = "") -> str:
    """The place the article is about: ``given``, else the most specific named in the title, else in the text."""
    if given:
        return given
    for texts in ([title], sentences):
        mentions = [m for text in texts for m in find_places(text) if m.explicit]
        places = [p for m in mentions for p in m.places if p.level > COUNTRY]
        if places:
            deepest = min(places, key=lambda p: p.level)  # the province or district the article is about
            return deepest.label
    return ""


PLACE_KIND = re.compile(r"^(?:tỉnh|huyện|xã|thành phố|thị xã|thị trấn|quận|phường|TP\.?)\s+", re.I)


def short_name(place: str) -> str:
    """The name of the most specific place, without its kind: "huyện Phụng Hiệp, tỉnh Hậu Giang" -> "Phụng Hiệp"."""
    return PLACE_KIND.sub("", place.split(",")[0].strip())


def slug(text: str) -> str:
    """An id's first part: the name's letters and digits, folded ("Phụng Hiệp" -> "phunghiep")."""
    return re.sub(r"[^a-z0-9]", "", fold(text))[:20] or "article"


def draft_article(text: str, source_name: str, published: str, place: str = "", url: str = "",
                  topics: set[str] | frozenset[str] = frozenset(), taken: set[str] | frozenset[str] = frozenset(),
                  progress: Callable[[str], None] | None = None) -> Drafted:
    """A facts file's data with one draft fact per statement with a figure; ``taken``: ids in use."""
    dt.date.fromisoformat(published)  # ValueError: the caller says how to write it
    article = read_article(text)
    place = place_of(article.title, article.sentences, place)
    base = slug(short_name(place) if place else source_name)
    key = f"{base}-{published}"
    source = {"name": source_name, "title": article.title, "published": published,
              **({"byline": article.byline} if article.byline else {}), **({"url": url} if url else {}),
              **({"place": place} if place else {})}
    if progress:
        progress(f"Bài “{article.title[:80]}”: {len(article.sentences)} câu; nơi: {place or 'chưa rõ'}")
    facts, people, counted = [], [], 0
    label = f"ngày {format_date(published)}"
    statements = [(n, _capital(clause)) for n, sentence in enumerate(article.sentences, 1)
                  for clause in _statements(sentence)]
    for n, sentence in statements:
        found = figures_of(sentence)
        named = people_of(sentence)
        decisions = list(DECISION.finditer(sentence))
        people += named
        if not found and not named and not decisions:
            continue
        counted += len(found)
        answer, last = "", 0
        for figure in found:
            answer += sentence[last:figure.start].replace("{", "{{").replace("}", "}}") + "{" + figure.name + "}"
            last = figure.end
        answer += sentence[last:].replace("{", "{{").replace("}", "}}")
        dates = DATE.findall(sentence)
        as_of, as_of_label = published, label
        if dates:
            day, month, year = dates[-1]
            try:
                as_of = dt.date(int(year), int(month), int(day)).isoformat()
                as_of_label = f"ngày {day}/{month}/{year}"
            except ValueError:
                pass
        topic = topic_of(sentence, set(topics))
        fact_id = f"{base}.{topic}_{n}_{len(facts) + 1}"
        while fact_id in taken:
            fact_id += "_"
        questions = questions_for(found, short_name(place))
        subjects = [f.subject for f in found if f.subject]
        for decision in decisions:  # "Quyết định số 122/QĐ-UBND ngày 8/2/2023 phê duyệt kết quả rà soát ..."
            kind = decision.group(0).split()[0] + " " + decision.group(0).split()[1]
            about = _trim(PHRASE_STOP.split(DATE.sub("", sentence[decision.end():]).replace("ngày", " ", 1) + " ")[0])
            if about:
                subjects.append(f"{kind} {about}")
                questions += [f"{kind} {about} là số mấy, ngày nào?", f"{kind} {about} số bao nhiêu?"]
        questions += [f"{role[0].upper()}{role[1:]} là ai?" for _, role in named]
        questions += [f"{name} là ai?" for name, _ in named]
        title = (subjects[0][0].upper() + subjects[0][1:] if subjects else sentence[:80]) + (f" ({place})" if place else "")
        keywords = list(dict.fromkeys([*subjects, *DECISION.findall(sentence)]))
        facts.append({
            "id": fact_id, "topic": topic, "title": title[:120], "questions": questions or [sentence[:300]],
            "keywords": keywords, "answer": answer,
            "values": {f.name: f.text for f in found}, "as_of": as_of, "as_of_label": as_of_label, "source": key,
        })
    if progress:
        progress(f"Tìm thấy {counted} số liệu và {len(people)} người trong {len(facts)} ý; "
                 f"soạn {len(facts)} dữ kiện nháp")
    data = {"version": 1, "sources": {key: source}, "facts": facts}
    return Drafted(data, len(article.sentences), counted, [place] if place else [], people)
