"""Changes people make to the facts: validated whole before anything is written.

Every function raises FactsError (its message in Vietnamese, for the person who asked)
and changes nothing when the change cannot be accepted. Each change is one write
transaction from the reading of the fact to the writing of it (``store.changing()``, BEGIN
IMMEDIATE): two at once, in two processes, queue up, and neither writes over the other's.
Each is recorded in the history with its actor; the matcher sees it on the next question in
every process serving the same file.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import shlex
from typing import TYPE_CHECKING, Any, Callable

from .facts import (FACT_ID, MAX_QUESTION_CHARS, Fact, FactsError, format_date, parse_facts, read_json,
                    resolve_values, validate_fact)
from .numbers import decimal_number

if TYPE_CHECKING:
    from store.facts import FactStore, PersonChange

META_KEYS = {"as_of", "source"}  # /setfact may also say when the figure is from and where it comes from


def parse_number(text: str) -> int | float:
    """A figure for /setfact, as ``numbers.decimal_number`` reads it; FactsError if it is not one."""
    value = decimal_number(text)
    if value is None:
        raise FactsError(f"“{text.strip()[:50]}” không phải là số (ví dụ hợp lệ: 1.600 hoặc 7,6)")
    return value


def person_source(actor: str, today: dt.date) -> dict[str, str]:
    return {"name": "Cán bộ quản trị cập nhật", "published": today.isoformat(), "byline": actor}


def _one_transaction(change):
    """Run a change to the facts in one write transaction: what it reads cannot change before it writes."""
    @functools.wraps(change)
    def run(store: FactStore, *args, **kwargs):
        with store.changing():
            return change(store, *args, **kwargs)
    return run


def _existing(store: FactStore, fact_id: str) -> Fact:
    fact = store.fact(fact_id)
    if fact is None:
        hint = " (đã bị xóa; dùng /restorefact để khôi phục)" if store.fact(fact_id, deleted=True) else ""
        raise FactsError(f"Không có dữ kiện mã “{fact_id[:80]}”{hint}. Gõ /facts để xem các mã.")
    return fact


@_one_transaction
def set_values(store: FactStore, fact_id: str, arguments: str, actor: str, today: dt.date | None = None) -> Fact:
    """``/setfact <id> name=value ...``: new figures, as of today from the person, unless they say
    ``as_of=YYYY-MM-DD`` and ``source="…"``. Derived values follow their parts on their own."""
    fact = _existing(store, fact_id)
    today = today or dt.date.today()
    try:
        pairs = shlex.split(arguments)
    except ValueError as error:
        raise FactsError(f"Không đọc được các giá trị: {error}") from error
    if not pairs:
        raise FactsError("Thiếu giá trị cần sửa. Ví dụ: /setfact poverty.poor_households households=1.600")
    changes: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name or not value:
            raise FactsError(f"“{pair[:50]}” phải có dạng tên=giá_trị (ví dụ households=1.600)")
        changes[name.strip()] = value.strip()
    unknown = set(changes) - set(fact.values) - META_KEYS
    derived = unknown & set(fact.derived)
    if derived:
        raise FactsError(f"{', '.join(sorted(derived))} được tính tự động từ dữ kiện khác; hãy sửa các dữ kiện thành phần.")
    if unknown:
        names = ", ".join(sorted(fact.values)) or "(không có)"
        raise FactsError(f"Dữ kiện {fact_id} không có giá trị {', '.join(sorted(unknown))}. Các giá trị: {names}")
    values = dict(fact.values)
    for name, value in changes.items():
        if name not in META_KEYS:
            values[name] = parse_number(value)
    as_of = changes.get("as_of", today.isoformat())
    try:
        dt.date.fromisoformat(as_of)
    except ValueError as error:
        raise FactsError("as_of phải có dạng YYYY-MM-DD, ví dụ as_of=2023-12-31") from error
    source = {"name": changes["source"][:200], "published": today.isoformat(), "byline": actor} \
        if "source" in changes else person_source(actor, today)
    updated = dataclasses.replace(fact, values=values, as_of=as_of, as_of_label=f"ngày {format_date(as_of)}",
                                  source=source)
    _save(store, updated, actor)
    return updated


@_one_transaction
def set_answer(store: FactStore, fact_id: str, answer: str, actor: str, today: dt.date | None = None) -> Fact:
    """``/setfact <id> <new answer text>``."""
    fact = _existing(store, fact_id)
    today = today or dt.date.today()
    updated = dataclasses.replace(fact, answer=answer.strip(), as_of=today.isoformat(),
                                  as_of_label=f"ngày {format_date(today.isoformat())}",
                                  source=person_source(actor, today))
    _save(store, updated, actor)
    return updated


def _save(store: FactStore, fact: Fact, actor: str, action: PersonChange = "update") -> None:
    """Write a person's change, after the one validation every write path shares (facts.validate_fact)."""
    parts = {ref.strip().rpartition(".")[0] for expression in fact.derived.values() for ref in expression.split("+")}
    known_values = {part: set(found.values) for part in parts if (found := store.fact(part))}
    problems = validate_fact(fact, {t.id for t in store.topics()}, known_values)
    if problems:
        raise FactsError("\n".join(problems))
    store.save_fact(fact, actor, action)


@_one_transaction
def add_fact(store: FactStore, arguments: str, actor: str, today: dt.date | None = None) -> Fact:
    """``/addfact <id> | <topic> | <question> | <answer>``."""
    parts = [p.strip() for p in arguments.split("|")]
    if len(parts) != 4 or not all(parts):
        raise FactsError("Cú pháp: /addfact mã | chủ_đề | câu hỏi | câu trả lời")
    fact_id, topic, question, answer = parts
    if not FACT_ID.match(fact_id):
        raise FactsError("Mã dữ kiện phải có dạng chu_de.ten (chữ thường không dấu, số, dấu gạch dưới).")
    if store.fact(fact_id) or store.fact(fact_id, deleted=True):
        raise FactsError(f"Đã có dữ kiện mã {fact_id}. Dùng /setfact để sửa hoặc /restorefact để khôi phục.")
    topics = {t.id for t in store.topics()}
    if topic not in topics:
        raise FactsError(f"Chưa có chủ đề “{topic[:50]}”. Các chủ đề: {', '.join(sorted(topics))}")
    if len(question) > MAX_QUESTION_CHARS:
        raise FactsError(f"Câu hỏi dài quá {MAX_QUESTION_CHARS} ký tự.")
    today = today or dt.date.today()
    fact = Fact(id=fact_id, topic=topic, title=question.rstrip("?").strip()[:120], answer=answer,
                questions=[question], as_of=today.isoformat(),
                as_of_label=f"ngày {format_date(today.isoformat())}", source=person_source(actor, today))
    _save(store, fact, actor, action="add")
    return fact


@_one_transaction
def add_alias(store: FactStore, fact_id: str, question: str, actor: str) -> Fact:
    """``/alias <id> <question>``: one more way people ask for this fact."""
    fact = _existing(store, fact_id)
    question = question.strip()
    if not question:
        raise FactsError("Thiếu câu hỏi. Ví dụ: /alias poverty.poor_households ho ngheo nhieu khong")
    if len(question) > MAX_QUESTION_CHARS:
        raise FactsError(f"Câu hỏi dài quá {MAX_QUESTION_CHARS} ký tự.")
    if question.lower() in (q.lower() for q in fact.questions):
        raise FactsError("Dữ kiện đã có câu hỏi này.")
    updated = dataclasses.replace(fact, questions=[*fact.questions, question])
    _save(store, updated, actor, action="alias")
    return updated


@_one_transaction
def delete_fact(store: FactStore, fact_id: str, actor: str) -> Fact:
    fact = _existing(store, fact_id)
    store.set_deleted(fact_id, True, actor)
    return fact


@_one_transaction
def restore_fact(store: FactStore, fact_id: str, actor: str) -> Fact:
    fact = store.fact(fact_id, deleted=True)
    if fact is None:
        raise FactsError(f"Không có dữ kiện đã xóa nào mã “{fact_id[:80]}”.")
    store.set_deleted(fact_id, False, actor)
    return fact


def import_facts(store: FactStore, data: bytes | str, actor: str, replace: bool = False,
                 progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """A whole facts file (the shape of knowledge/data/facts.json), validated before anything is written."""
    parsed = read_json(data)  # the slow part, before taking the write lock
    with store.changing():
        return _import_parsed(store, parsed, actor, replace, progress)


def _import_parsed(store: FactStore, parsed: Any, actor: str, replace: bool,
                   progress: Callable[[int, int], None] | None) -> dict[str, int]:
    if isinstance(parsed, dict) and "topics" not in parsed:  # topics may be left out: keep the current ones
        parsed["topics"] = [dataclasses.asdict(t) for t in store.topics()]
    facts_file = parse_facts(parsed)
    after = {f.id: f for f in (facts_file.facts if replace else [*store.facts(), *facts_file.facts])}
    resolved = resolve_values(after)
    broken = sorted(fid for fid, fact in after.items() if set(fact.derived) - set(resolved[fid]))
    if broken:
        raise FactsError(f"Sau khi nhập, các dữ kiện suy ra sẽ thiếu thành phần: {', '.join(broken)}")
    return store.import_facts(facts_file, actor, replace=replace, progress=progress)


def export_facts(store: FactStore) -> dict[str, Any]:
    """Every live fact and topic, in the facts-file shape ``import_facts`` reads back."""
    return {
        "version": 1,
        "topics": [dataclasses.asdict(t) for t in store.topics()],
        "facts": [f.as_record() for f in store.facts()],
    }
