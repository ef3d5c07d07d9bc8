"""The facts: what they look like, how a facts file is validated, how an answer is written.

A fact is one statement of the article with a stable dotted id (``poverty.poor_households``),
an answer template whose ``{placeholders}`` are its named values, the date the figure is
as of, and its source. A derived fact computes its values from other facts' values
(``poverty.total`` = poor + near-poor), so it can never disagree with its parts.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
import reprlib
import string
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from .normalize import DATA_DIR, clauses
from .numbers import decimal_number, readings
from .places import find_places

FACTS_FILE = DATA_DIR / "facts.json"
FACT_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
MAX_ANSWER_CHARS = 1500
MAX_QUESTION_CHARS = 300
VALUE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,39}", re.ASCII)  # what a value is named and {placeholders} say
MAX_VALUE = 1e15  # figures of a district: anything larger is a typing slip
# Besides its values, an answer may say {as_of_label}, so its wording stays true when a figure is updated;
# /setfact reads as_of= and source= as the date and the source, so no value may be named so either.
BUILT_IN_PLACEHOLDERS = {"as_of_label"}
RESERVED_NAMES = BUILT_IN_PLACEHOLDERS | {"as_of", "source", "place"}
# Every key a facts file may use, at each level: anything else is a slip ("question" for "questions")
# that would otherwise be ignored in silence.
FILE_KEYS = ("version", "sources", "default_source", "topics", "facts")
TOPIC_KEYS = ("id", "title", "questions", "keywords")
FACT_KEYS = ("id", "topic", "title", "questions", "keywords", "answer", "values", "written", "derived", "as_of",
             "as_of_label", "source", "place")
SOURCE_KEYS = ("name", "title", "published", "byline", "url", "place")


class FactsError(ValueError):
    """A facts file or a fact change that cannot be accepted; the message says why."""


@dataclass
class Topic:
    id: str
    title: str
    questions: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


@dataclass
class Fact:
    id: str
    topic: str
    title: str
    answer: str
    questions: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    values: dict[str, float | int] = field(default_factory=dict)
    derived: dict[str, str] = field(default_factory=dict)
    as_of: str = ""
    as_of_label: str = ""
    source: dict[str, str] = field(default_factory=dict)
    # How the source wrote a figure ("5,2", "2,80"), so it is shown with that precision, not "5,20".
    written: dict[str, str] = field(default_factory=dict)
    place: str = ""  # the place it is about, when it says so ("huyện Trà Cú"); else its source's
    source_id: str = ""  # the source's key in the sources table, when it has one

    @property
    def declared_place(self) -> str:
        """The place the fact says it is about: its own, or its source's ("" if neither says)."""
        return self.place or self.source.get("place", "")

    def as_record(self) -> dict[str, Any]:
        """The fact as plain data (the shape of the facts file and of a history entry)."""
        return {
            "id": self.id,
            "topic": self.topic,
            "title": self.title,
            "questions": list(self.questions),
            "keywords": list(self.keywords),
            "answer": self.answer,
            "values": dict(self.values),
            "derived": dict(self.derived),
            "as_of": self.as_of,
            "as_of_label": self.as_of_label,
            "source": dict(self.source),
            "written": dict(self.written),
            "place": self.place,
            "source_id": self.source_id,
        }

    @property
    def as_of_year(self) -> int:
        return int(self.as_of[:4])


@dataclass
class FactsFile:
    topics: list[Topic]
    facts: list[Fact]
    sources: dict[str, dict[str, str]] = field(default_factory=dict)  # key -> name, title, published, …


def topic_members(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    """Each topic's facts: those of the article it was written for (its first fact's source). Another article's facts
    an ingest filed under the same topic are none of it ("Buổi làm việc của Sở" is Long Mỹ's meeting, never Thốt
    Nốt's enrolment deadlines)."""
    source: dict[str, str] = {}
    members: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.source_id == source.setdefault(fact.topic, fact.source_id):
            members.setdefault(fact.topic, []).append(fact)
    return members


def format_number(value: float | int, decimals: int | None = None) -> str:
    """Vietnamese style: 1.562 (thousands with dots), 7,48 (decimal comma); a fraction with two
    decimals unless ``decimals`` says how many the source wrote. ValueError for NaN or infinity."""
    if decimals is None:
        decimals = 2 if isinstance(value, float) and not value.is_integer() else 0
    if decimals:
        whole, frac = f"{value:.{decimals}f}".split(".")
        return ("-" if whole.startswith("-") else "") + format_number(abs(int(whole))) + "," + frac
    return f"{round(value):,}".replace(",", ".")


class Literal(float):
    """A JSON number that remembers how the file wrote it (2.80 stays "2.80"): ``read_json`` makes them."""

    text: str

    def __new__(cls, text: str) -> Literal:
        number = super().__new__(cls, text)
        number.text = text
        return number


def decimals_written(text: str, value: float | int | None = None) -> int:
    """How many decimals a figure is written with: "5,2" -> 1, "2.80" -> 2, "1.288" (thousands) -> 0; "9,856" -> 3
    when it stands for 9.856."""
    value = decimal_number(text) if value is None else value
    if value is None or isinstance(value, int) or "e" in text.lower():
        return 0
    return len(re.split(r"[.,]", text.strip())[-1])


def read_value(raw: Any) -> tuple[float | int | None, str]:
    """A figure from a facts file, and how it was written (Vietnamese style; "" when plain).

    A number is taken as it is; text in Vietnamese ("1.288", "5,2") or English style ("7.6")
    is read as ``numbers.decimal_number`` reads what operators type. None: not a figure."""
    if isinstance(raw, bool):
        return None, ""
    if isinstance(raw, str):
        value = decimal_number(raw)
        if value is None:
            return None, ""
        text = raw
    elif isinstance(raw, (int, float)):
        value, text = raw, getattr(raw, "text", "")
        if isinstance(raw, Literal):
            value = float(raw)
    else:
        return None, ""
    if not text or not isinstance(value, float) or not math.isfinite(value):
        return value, ""
    written = format_number(value, decimals_written(text))
    return value, ("" if written == format_number(value) else written)


def written_values(facts: dict[str, Fact], resolved: dict[str, dict[str, float | int]]) -> dict[str, dict[str, str]]:
    """Each fact's figures as they are to be shown, where that is not ``format_number``'s default: as
    written ("5,2", "2,80"); a derived value with its parts' largest precision (5,2 + 3,15 -> 8,35)."""
    def decimals(fact: Fact, name: str) -> tuple[int, bool]:
        """Decimals of a figure, and whether the source said so."""
        text, value = fact.written.get(name), fact.values.get(name)
        if text is not None and value in readings(text):
            return decimals_written(text, value), True
        return (2 if isinstance(value, float) and not value.is_integer() else 0), False

    shown: dict[str, dict[str, str]] = {}
    for fid, fact in facts.items():
        own = {}
        for name in fact.values:
            places, said = decimals(fact, name)
            if said:
                own[name] = format_number(fact.values[name], places)
        for name, expression in fact.derived.items():
            parts = [ref.strip().rpartition(".") for ref in expression.split("+")]
            if name in resolved.get(fid, {}) and all(f in facts and v in facts[f].values for f, _, v in parts):
                found = [decimals(facts[f], v) for f, _, v in parts]
                if any(said for _, said in found):
                    own[name] = format_number(resolved[fid][name], max(places for places, _ in found))
        shown[fid] = own
    return shown


@lru_cache(maxsize=1024)
def format_date(iso: str) -> str:
    """'2022-12-31' -> '31/12/2022'."""
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def _template(template: str) -> list[tuple[str, str | None]]:
    """A template as (literal text, value name or None) pieces.

    Only a plain ``{name}`` is a placeholder: no format spec, conversion, attribute or
    index (``{households:x>400000}``, ``{as_of_label.__class__}``), which would let an
    answer run formatting code or reach into objects. FactsError otherwise.
    """
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:
        raise FactsError("Câu trả lời có dấu { } không hợp lệ; dùng {tên_giá_trị}, "
                         "hoặc viết {{ và }} để hiện dấu ngoặc.") from error
    for _, name, spec, conversion in parsed:
        if name is not None and (spec or conversion or not VALUE_NAME.fullmatch(name)):
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            raise FactsError(f"Chỗ {shown[:60]} không hợp lệ: câu trả lời chỉ dùng được {{tên_giá_trị}} "
                             "(chữ thường không dấu, số, dấu gạch dưới) hoặc {as_of_label}.")
    return [(literal, name) for literal, name, _, _ in parsed]


def placeholders(template: str) -> set[str]:
    """The value names a template uses (FactsError if it is not plain ``{name}`` placeholders)."""
    return {name for _, name in _template(template) if name is not None}


def resolve_values(facts: dict[str, Fact]) -> dict[str, dict[str, float | int]]:
    """Every fact's named values, derived ones computed from their parts.

    A derived value is a sum of ``fact.id.value`` references; a reference to a
    missing fact or value makes that value missing rather than wrong.
    """
    resolved = {fid: dict(f.values) for fid, f in facts.items()}
    for fid, fact in facts.items():
        for name, expression in fact.derived.items():
            total: float | int | None = 0
            for ref in expression.split("+"):
                ref_fact, _, ref_value = ref.strip().rpartition(".")
                part = facts[ref_fact].values.get(ref_value) if ref_fact in facts else None
                if part is None:
                    total = None
                    break
                total = total + part
            if total is not None:
                resolved[fid][name] = round(total, 4) if isinstance(total, float) else total
    return resolved


def render_answer(fact: Fact, values: dict[str, float | int], written: dict[str, str] | None = None) -> str | None:
    """The answer text with its figures written the Vietnamese way (as the source wrote them, where
    ``written`` says); None if a figure is missing (a derived fact whose parts are gone). Raises
    FactsError or ValueError if it cannot be written."""
    written = written or {}
    pieces = []
    for literal, name in _template(fact.answer):
        pieces.append(literal)
        if name == "as_of_label":
            pieces.append(fact.as_of_label)
        elif name is not None:
            if name not in values:
                return None
            pieces.append(written.get(name) or format_number(values[name]))
    return "".join(pieces)


def _strings(raw: Any, where: str, problems: list[str]) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
        problems.append(f"{where}: phải là danh sách câu chữ không rỗng")
        return []
    too_long = [x for x in raw if len(x) > MAX_QUESTION_CHARS]
    if too_long:
        problems.append(f"{where}: có mục dài quá {MAX_QUESTION_CHARS} ký tự")
    return [x.strip() for x in raw]


def validate_fact(fact: Fact, topics: set[str], known_values: dict[str, set[str]]) -> list[str]:
    """Problems with one fact (empty when it is fine). Messages are for operators, in Vietnamese.

    Every write path (chat, command line, import, the facts file) checks a fact here, so what
    is accepted can be shown and matched: what fails here would fail for every citizen later.
    """
    problems = []
    where = f"Dữ kiện {fact.id!r}"
    if not FACT_ID.match(fact.id):
        problems.append(f"{where}: mã phải có dạng chu_de.ten (chữ thường, số, dấu gạch dưới)")
    if fact.topic not in topics:
        problems.append(f"{where}: chủ đề {fact.topic!r} chưa có")
    if not fact.title.strip():
        problems.append(f"{where}: thiếu tiêu đề")
    if not fact.answer.strip():
        problems.append(f"{where}: câu trả lời đang trống")
    elif len(fact.answer) > MAX_ANSWER_CHARS:
        problems.append(f"{where}: câu trả lời dài {format_number(len(fact.answer))} ký tự, "
                        f"quá giới hạn {format_number(MAX_ANSWER_CHARS)}")
    for name, value in fact.values.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"{where}: giá trị {name!r} phải là số")
        elif not math.isfinite(value) or abs(value) > MAX_VALUE:
            problems.append(f"{where}: giá trị {name!r} phải là một số hữu hạn, không quá {format_number(MAX_VALUE)}")
    for name in (*fact.values, *fact.derived):
        if not VALUE_NAME.fullmatch(name) or name in RESERVED_NAMES:
            problems.append(f"{where}: tên giá trị {name!r} không hợp lệ (chữ thường không dấu, số, dấu gạch "
                            f"dưới; không dùng {', '.join(sorted(RESERVED_NAMES))})")
    try:
        missing = placeholders(fact.answer) - set(fact.values) - set(fact.derived) - BUILT_IN_PLACEHOLDERS
    except FactsError as error:
        problems.append(f"{where}: {error}")
    else:
        if missing:
            problems.append(f"{where}: câu trả lời dùng {sorted(missing)} nhưng chưa có giá trị")
    for name, expression in fact.derived.items():
        for ref in expression.split("+"):
            ref_fact, _, ref_value = ref.strip().rpartition(".")
            if ref_value not in known_values.get(ref_fact, set()):
                problems.append(f"{where}: giá trị suy ra {name!r} tham chiếu {ref.strip()!r} không tồn tại")
    dates = {"ngày số liệu": fact.as_of}
    if "published" in fact.source:
        dates["ngày đăng của nguồn"] = fact.source["published"]
    for label, date in dates.items():
        try:
            dt.date.fromisoformat(date)
        except (TypeError, ValueError):
            problems.append(f"{where}: {label} {_short(date)} phải có dạng YYYY-MM-DD")
    if not all(isinstance(value, str) for value in (fact.as_of_label, *fact.source.values())):
        problems.append(f"{where}: as_of_label và các mục của nguồn (name, published, byline) phải là chữ")
    problems += [f"{where}: {_short(text)} có ký tự hệ thống chưa đọc được" for text in _unreadable(fact)]
    if fact.declared_place and not _unreadable(fact) and not find_places(fact.declared_place):
        problems.append(f"{where}: không nhận ra nơi {_short(fact.declared_place)}; "
                        "viết kèm cấp hành chính, ví dụ \"huyện Trà Cú\" hoặc \"tỉnh Trà Vinh\"")
    return problems


def _unreadable(fact: Fact) -> list[str]:
    """The fact's texts that the matcher's normalisation fails on (it reads every one of them)."""
    failed = []
    for text in (fact.title, fact.answer, *fact.questions, *fact.keywords):
        try:
            clauses(text)
        except Exception:  # whatever it is, citizens would meet it on every question
            failed.append(text)
    return failed


def _short(raw: Any) -> str:
    return reprlib.repr(raw)[:80]  # bounded, even for deeply nested data


def _object(raw: Any, where: str, problems: list[str]) -> dict:
    if isinstance(raw, dict):
        return raw
    problems.append(f"{where} phải là một đối tượng JSON {{...}}: {_short(raw)}")
    return {}


def unknown_keys(raw: dict, valid: tuple[str, ...], where: str) -> list[str]:
    """A problem for each key ``raw`` has that is not one of ``valid``, naming the nearest valid key."""
    problems = []
    for key in raw:
        if key in valid:
            continue
        near = process.extractOne(str(key), valid, scorer=fuzz.ratio, score_cutoff=60)
        hint = f"; có phải là {near[0]!r}?" if near else f"; các mục hợp lệ: {', '.join(valid)}"
        problems.append(f"{where}: không có mục {_short(key)}{hint}")
    return problems


def parse_facts(data: Any, topics_known: set[str] | frozenset[str] = frozenset(),
                values_known: dict[str, set[str]] | None = None) -> FactsFile:
    """Build and validate a whole facts file; raises FactsError listing every problem.

    ``topics_known`` and ``values_known`` (fact id -> value names) are what the database has
    already: a file merged into it may use its topics and derive from its facts."""
    problems: list[str] = []
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        raise FactsError("Tệp dữ kiện phải là một đối tượng JSON có danh sách 'facts'")
    problems += unknown_keys(data, FILE_KEYS, "Tệp dữ kiện")
    sources = _object(data.get("sources", {}), "'sources'", problems)
    sources = {name: _object(source, f"Nguồn {name!r}", problems) for name, source in sources.items()}
    for name, source in sources.items():
        problems += unknown_keys(source, SOURCE_KEYS, f"Nguồn {name!r}")
    default_name = data.get("default_source", "")
    if not isinstance(default_name, str) or (default_name and default_name not in sources):
        problems.append(f"'default_source' phải là tên một nguồn trong 'sources': {_short(default_name)}")
        default_name = ""
    raw_topics = data.get("topics", [])
    if not isinstance(raw_topics, list):
        problems.append("'topics' phải là một danh sách")
        raw_topics = []
    topics = []
    for raw in raw_topics:
        if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in ("id", "title")):
            problems.append(f"Chủ đề không hợp lệ (cần id và title là chữ): {_short(raw)}")
            continue
        where = f"Chủ đề {raw['id']!r}"
        problems += unknown_keys(raw, TOPIC_KEYS, where)
        topics.append(Topic(id=raw["id"], title=raw["title"], questions=_strings(raw.get("questions", []), where, problems),
                            keywords=_strings(raw.get("keywords", []), where, problems)))
    facts = []
    for raw in data["facts"]:
        if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in ("id", "topic", "title", "answer")):
            problems.append(f"Dữ kiện không hợp lệ (thiếu id, topic, title hoặc answer): {_short(raw)}")
            continue
        where = f"Dữ kiện {raw['id']!r}"
        problems += unknown_keys(raw, FACT_KEYS, where)
        source, source_id = raw.get("source", default_name), ""
        if isinstance(source, str):
            if source and source not in sources:
                problems.append(f"{where}: nguồn {source!r} chưa khai báo trong 'sources'")
            source_id, source = (source, sources[source]) if source in sources else ("", {})
        elif isinstance(source, dict):
            problems += unknown_keys(source, SOURCE_KEYS, f"{where}: 'source'")
        derived = _object(raw.get("derived", {}), f"{where}: 'derived'", problems)
        if not all(isinstance(expression, str) for expression in derived.values()):
            problems.append(f"{where}: mỗi giá trị suy ra phải là chữ, ví dụ \"a.b.x + c.d.y\"")
            derived = {}
        values, written = {}, {}
        for name, raw_value in _object(raw.get("values", {}), f"{where}: 'values'", problems).items():
            value, text = read_value(raw_value)
            if value is None and isinstance(raw_value, str):
                problems.append(f"{where}: giá trị {name!r} “{raw_value[:40]}” không phải là số "
                                "(ví dụ hợp lệ: 1.288, 5,2 hoặc 7.6)")
                continue
            values[name] = raw_value if value is None else value  # not a figure: validate_fact says why
            if text:
                written[name] = text
        given = _object(raw.get("written", {}), f"{where}: 'written'", problems)
        for name, text in given.items():
            if name not in values or not isinstance(text, str) or values[name] not in readings(text):
                problems.append(f"{where}: cách viết {name!r} = {_short(text)} không khớp giá trị {name!r}")
            else:
                written[name] = text
        place = raw.get("place", "")
        if not isinstance(place, str):
            problems.append(f"{where}: 'place' phải là chữ, ví dụ \"huyện Long Mỹ\"")
            place = ""
        facts.append(Fact(
            id=raw["id"], topic=raw["topic"], title=raw["title"], answer=raw["answer"],
            questions=_strings(raw.get("questions", []), where, problems),
            keywords=_strings(raw.get("keywords", []), where, problems),
            values=values, derived=dict(derived),
            as_of=str(raw.get("as_of", "")), as_of_label=str(raw.get("as_of_label", "")),
            source=dict(_object(source, f"{where}: 'source'", problems)), written=written, place=place.strip(),
            source_id=source_id,
        ))
    duplicates = sorted(i for i, n in Counter(f.id for f in facts).items() if n > 1)
    if duplicates:
        problems.append(f"Mã dữ kiện bị trùng: {duplicates}")
    topic_ids = {t.id for t in topics} | set(topics_known)
    known_values = {**(values_known or {}), **{f.id: set(f.values) for f in facts}}
    for fact in facts:
        problems.extend(validate_fact(fact, topic_ids, known_values))
    if problems:
        raise FactsError("\n".join(problems))
    return FactsFile(topics, facts, {name: dict(source) for name, source in sources.items()})


def read_json(data: bytes | str) -> Any:
    """JSON from a file or an upload; FactsError if it is not JSON (or nested deeper than Python reads)."""
    try:
        return json.loads(data, parse_float=Literal)
    except (ValueError, UnicodeDecodeError, RecursionError) as error:
        raise FactsError(f"Tệp không phải JSON hợp lệ: {str(error)[:200]}") from error


def load_facts_file(path: Path | str = FACTS_FILE) -> FactsFile:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise FactsError(f"Không đọc được tệp dữ kiện {path}: {error}") from error
    return parse_facts(read_json(data))
