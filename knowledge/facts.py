"""The facts: what they look like, how a facts file is validated, how an answer is written.

A fact is one statement of the article with a stable dotted id (``poverty.poor_households``),
an answer template whose ``{placeholders}`` are its named values, the date the figure is
as of, and its source. A derived fact computes its values from other facts' values
(``poverty.total`` = poor + near-poor), so it can never disagree with its parts.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import string
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .normalize import DATA_DIR

FACTS_FILE = DATA_DIR / "facts.json"
FACT_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
MAX_ANSWER_CHARS = 1500
MAX_QUESTION_CHARS = 300


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
        }

    @property
    def as_of_year(self) -> int:
        return int(self.as_of[:4])


@dataclass
class FactsFile:
    topics: list[Topic]
    facts: list[Fact]


def format_number(value: float | int) -> str:
    """Vietnamese style: 1.562 (thousands with dots), 7,48 (decimal comma)."""
    if isinstance(value, float) and not value.is_integer():
        whole, frac = f"{value:.2f}".split(".")
        return format_number(int(whole)) + "," + frac
    return f"{int(value):,}".replace(",", ".")


@lru_cache(maxsize=1024)
def format_date(iso: str) -> str:
    """'2022-12-31' -> '31/12/2022'."""
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


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


# Besides its values, an answer may say {as_of_label}, so its wording stays true when a figure is updated.
BUILT_IN_PLACEHOLDERS = {"as_of_label"}


def render_answer(fact: Fact, values: dict[str, float | int]) -> str | None:
    """The answer text with its figures written the Vietnamese way; None if a figure is missing."""
    try:
        return fact.answer.format(as_of_label=fact.as_of_label, **{k: format_number(v) for k, v in values.items()})
    except (KeyError, IndexError, ValueError):
        return None


def _strings(raw: Any, where: str, problems: list[str]) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
        problems.append(f"{where}: phải là danh sách câu chữ không rỗng")
        return []
    too_long = [x for x in raw if len(x) > MAX_QUESTION_CHARS]
    if too_long:
        problems.append(f"{where}: có mục dài quá {MAX_QUESTION_CHARS} ký tự")
    return [x.strip() for x in raw]


def validate_fact(fact: Fact, topics: set[str], known_values: dict[str, set[str]]) -> list[str]:
    """Problems with one fact (empty when it is fine). Messages are for operators, in Vietnamese."""
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
        problems.append(f"{where}: câu trả lời dài quá {MAX_ANSWER_CHARS} ký tự")
    for name, value in fact.values.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"{where}: giá trị {name!r} phải là số")
    missing = placeholders(fact.answer) - set(fact.values) - set(fact.derived) - BUILT_IN_PLACEHOLDERS
    if missing:
        problems.append(f"{where}: câu trả lời dùng {sorted(missing)} nhưng chưa có giá trị")
    for name, expression in fact.derived.items():
        for ref in expression.split("+"):
            ref_fact, _, ref_value = ref.strip().rpartition(".")
            if ref_value not in known_values.get(ref_fact, set()):
                problems.append(f"{where}: giá trị suy ra {name!r} tham chiếu {ref.strip()!r} không tồn tại")
    try:
        dt.date.fromisoformat(fact.as_of)
    except ValueError:
        problems.append(f"{where}: ngày số liệu {fact.as_of!r} phải có dạng YYYY-MM-DD")
    return problems


def parse_facts(data: Any) -> FactsFile:
    """Build and validate a whole facts file; raises FactsError listing every problem."""
    problems: list[str] = []
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        raise FactsError("Tệp dữ kiện phải là một đối tượng JSON có danh sách 'facts'")
    sources = data.get("sources", {})
    default_source = sources.get(data.get("default_source", ""), {})
    topics = []
    for raw in data.get("topics", []):
        try:
            topics.append(Topic(
                id=raw["id"], title=raw["title"],
                questions=_strings(raw.get("questions", []), f"Chủ đề {raw['id']!r}", problems),
                keywords=_strings(raw.get("keywords", []), f"Chủ đề {raw['id']!r}", problems),
            ))
        except (KeyError, TypeError):
            problems.append(f"Chủ đề không hợp lệ: {str(raw)[:80]}")
    facts = []
    for raw in data["facts"]:
        try:
            where = f"Dữ kiện {raw.get('id')!r}"
            source = raw.get("source", default_source)
            facts.append(Fact(
                id=str(raw["id"]), topic=str(raw["topic"]), title=str(raw["title"]),
                answer=str(raw["answer"]),
                questions=_strings(raw.get("questions", []), where, problems),
                keywords=_strings(raw.get("keywords", []), where, problems),
                values=dict(raw.get("values", {})), derived=dict(raw.get("derived", {})),
                as_of=str(raw.get("as_of", "")), as_of_label=str(raw.get("as_of_label", "")),
                source=sources.get(source, {}) if isinstance(source, str) else dict(source),
            ))
        except (KeyError, TypeError, AttributeError, ValueError):
            problems.append(f"Dữ kiện không hợp lệ (thiếu id, topic, title hoặc answer): {str(raw)[:80]}")
    duplicates = sorted(i for i, n in Counter(f.id for f in facts).items() if n > 1)
    if duplicates:
        problems.append(f"Mã dữ kiện bị trùng: {duplicates}")
    topic_ids = {t.id for t in topics}
    known_values = {f.id: set(f.values) for f in facts}
    for fact in facts:
        problems.extend(validate_fact(fact, topic_ids, known_values))
    if problems:
        raise FactsError("\n".join(problems))
    return FactsFile(topics, facts)


def load_facts_file(path: Path | str = FACTS_FILE) -> FactsFile:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FactsError(f"Không đọc được tệp dữ kiện {path}: {error}") from error
    return parse_facts(data)
