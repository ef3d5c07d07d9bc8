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
import json
import shlex
from typing import TYPE_CHECKING, Any, Callable

from rapidfuzz import fuzz, process

from .facts import (FACT_ID, MAX_QUESTION_CHARS, Fact, FactsError, format_date, parse_facts, read_json,
                    read_value, resolve_values, SOURCE_KEYS, unknown_keys, validate_fact)
from .numbers import decimal_number

if TYPE_CHECKING:
    from store.facts import FactStore, PersonChange

    from .ingest import Drafted

META_KEYS = {"as_of", "source"}  # /setfact may also say when the figure is from and where it comes from


def parse_number(text: str) -> int | float:
    """A figure for /setfact, as ``numbers.decimal_number`` reads it; FactsError if it is not one."""
    value = decimal_number(text)
    if value is None:
        raise FactsError(f"“{text.strip()[:50]}” không phải là số (ví dụ hợp lệ: 1.600 hoặc 7,6)")
    return value


def parse_assignments(arguments: str, example: str) -> dict[str, str]:
    """``name=value as_of=… source="…"`` as a dict (quotes allowed); FactsError if one is not name=value."""
    try:
        pairs = shlex.split(arguments)
    except ValueError as error:
        raise FactsError(f"Không đọc được các giá trị: {error}") from error
    changes: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name or not value:
            raise FactsError(f"“{pair[:50]}” phải có dạng tên=giá_trị (ví dụ {example})")
        changes[name.strip()] = value.strip()
    return changes


def figures(changes: dict[str, str]) -> tuple[dict[str, int | float], dict[str, str]]:
    """The figures among ``changes`` (not as_of= or source=), and how the person wrote each fraction."""
    values, written = {}, {}
    for name, text in changes.items():
        if name in META_KEYS:
            continue
        values[name] = parse_number(text)
        _, shown = read_value(text)
        if shown:
            written[name] = shown
    return values, written


def dated_source(changes: dict[str, str], actor: str, today: dt.date) -> tuple[str, dict[str, str]]:
    """The as_of= date (today if not given) and the source= named (the person if not given)."""
    as_of = changes.get("as_of", today.isoformat())
    try:
        dt.date.fromisoformat(as_of)
    except ValueError as error:
        raise FactsError("as_of phải có dạng YYYY-MM-DD, ví dụ as_of=2023-12-31") from error
    source = {"name": changes["source"][:200], "published": today.isoformat(), "byline": actor} \
        if "source" in changes else person_source(actor, today)
    return as_of, source


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
    changes = parse_assignments(arguments, "households=1.600")
    if not changes:
        raise FactsError("Thiếu giá trị cần sửa. Ví dụ: /setfact poverty.poor_households households=1.600")
    unknown = set(changes) - set(fact.values) - META_KEYS
    derived = unknown & set(fact.derived)
    if derived:
        raise FactsError(f"{', '.join(sorted(derived))} được tính tự động từ dữ kiện khác; hãy sửa các dữ kiện thành phần.")
    if unknown:
        names = ", ".join(sorted(fact.values)) or "(không có)"
        raise FactsError(f"Dữ kiện {fact_id} không có giá trị {', '.join(sorted(unknown))}. Các giá trị: {names}")
    new, written = figures(changes)
    as_of, source = dated_source(changes, actor, today)
    kept = {name: text for name, text in fact.written.items() if name not in new}
    updated = dataclasses.replace(fact, values={**fact.values, **new}, written={**kept, **written}, as_of=as_of,
                                  as_of_label=f"ngày {format_date(as_of)}", source=source, source_id="")
    _save(store, updated, actor)
    return updated


@_one_transaction
def set_answer(store: FactStore, fact_id: str, answer: str, actor: str, today: dt.date | None = None) -> Fact:
    """``/setfact <id> <new answer text>``."""
    fact = _existing(store, fact_id)
    today = today or dt.date.today()
    updated = dataclasses.replace(fact, answer=answer.strip(), as_of=today.isoformat(),
                                  as_of_label=f"ngày {format_date(today.isoformat())}",
                                  source=person_source(actor, today), source_id="")
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


ADDFACT_HOW = ("Cú pháp: /addfact mã | chủ_đề | câu hỏi | câu trả lời [| tên=giá_trị … as_of=YYYY-MM-DD "
               "source=\"…\"]")


@_one_transaction
def add_fact(store: FactStore, arguments: str, actor: str, today: dt.date | None = None) -> Fact:
    """``/addfact <id> | <topic> | <question> | <answer> [| name=value … as_of=… source="…"]``: the answer
    may say ``{name}`` for each value; without as_of= and source= it is dated today, from the person."""
    parts = [p.strip() for p in arguments.split("|")]
    if len(parts) not in (4, 5) or not all(parts):
        raise FactsError(ADDFACT_HOW)
    fact_id, topic, question, answer = parts[:4]
    changes = parse_assignments(parts[4], "households=1.288") if len(parts) == 5 else {}
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
    values, written = figures(changes)
    as_of, source = dated_source(changes, actor, today)
    fact = Fact(id=fact_id, topic=topic, title=question.rstrip("?").strip()[:120], answer=answer,
                questions=[question], values=values, written=written, as_of=as_of,
                as_of_label=f"ngày {format_date(as_of)}", source=source)
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


# What /setsource may correct: a source's fields (SOURCE_KEYS), and the words operators use for two of them.
SOURCE_ALIASES = {"outlet": "name", "author": "byline"}
SETSOURCE_HOW = "Ví dụ: /setsource <mã nguồn> published=2024-01-15 title=\"…\" (xem mã bằng /sources)"


@_one_transaction
def set_source(store: FactStore, key: str, arguments: str, actor: str) -> tuple[dict[str, str], dict[str, str]]:
    """``/setsource <key> field=value …``: correct a source's outlet (name=, outlet=), title, author (byline=,
    author=), published date, url or place. Returns the source before and after."""
    sources = store.sources()
    if key not in sources:
        near = process.extractOne(key, list(sources), scorer=fuzz.ratio, score_cutoff=60)
        hint = f"; có phải là {near[0]!r}?" if near else f". Các mã nguồn: {', '.join(sources) or '(chưa có)'}"
        raise FactsError(f"Không có nguồn mã “{key[:80]}”{hint}")
    changes = parse_assignments(arguments, "published=2024-01-15")
    if not changes:
        raise FactsError(SETSOURCE_HOW)
    problems = unknown_keys(changes, (*SOURCE_KEYS, *SOURCE_ALIASES), f"Nguồn {key}")
    if problems:
        raise FactsError("\n".join(problems))
    new = {SOURCE_ALIASES.get(name, name): value for name, value in changes.items()}
    try:
        dt.date.fromisoformat(new.get("published", sources[key].get("published", "2000-01-01")))
    except ValueError as error:
        raise FactsError(f"“{new['published'][:30]}” không phải là một ngày có thật; viết YYYY-MM-DD, "
                         "ví dụ published=2024-01-15") from error
    if "url" in new and not new["url"].startswith(("http://", "https://")):
        raise FactsError("Địa chỉ bài viết phải bắt đầu bằng http:// hoặc https://")
    old = sources[key]
    corrected = {**old, **{name: value[:300] for name, value in new.items()}}
    if corrected == old:
        raise FactsError(f"Nguồn {key} đã đúng như vậy, không có gì thay đổi.")
    store.set_source(key, corrected, actor)
    return old, corrected


def import_facts(store: FactStore, data: bytes | str, actor: str, replace: bool = False,
                 progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """A whole facts file (the shape of knowledge/data/facts.json), validated before anything is written."""
    parsed = read_json(data)  # the slow part, before taking the write lock
    with store.changing():
        return _import_parsed(store, parsed, actor, replace, progress)


def _import_parsed(store: FactStore, parsed: Any, actor: str, replace: bool,
                   progress: Callable[[int, int], None] | None) -> dict[str, int]:
    # A file may use the topics the database has and define new ones; merged, it may derive from the
    # database's facts too (replacing them, only from its own).
    topics = {t.id for t in store.topics()}
    values = {} if replace else {f.id: set(f.values) for f in store.facts()}
    facts_file = parse_facts(parsed, topics, values)
    after = {f.id: f for f in (facts_file.facts if replace else [*store.facts(), *facts_file.facts])}
    resolved = resolve_values(after)
    broken = sorted(fid for fid, fact in after.items() if set(fact.derived) - set(resolved[fid]))
    if broken:
        raise FactsError(f"Sau khi nhập, các dữ kiện suy ra sẽ thiếu thành phần: {', '.join(broken)}")
    return store.import_facts(facts_file, actor, replace=replace, progress=progress)


def export_facts(store: FactStore) -> dict[str, Any]:
    """Every live fact, topic and source, in the facts-file shape ``import_facts`` reads back."""
    facts = []
    for fact in store.facts():
        record = fact.as_record()
        source_id = record.pop("source_id")
        if source_id:
            record["source"] = source_id
        facts.append({k: v for k, v in record.items() if v or k in ("values", "answer")})
    return {
        "version": 1,
        "sources": store.sources(),
        "topics": [dataclasses.asdict(t) for t in store.topics()],
        "facts": facts,
    }


@dataclasses.dataclass(frozen=True)
class Ingest:
    """An article to ingest, in three steps: ``prepare_ingest`` reads what the database holds; ``draft`` needs
    nothing of it (a channel may run it in another thread, away from the store's connection); ``publish``
    writes, checked again against the database as it is by then."""

    text: str
    source_name: str
    published: str
    place: str
    url: str
    approve: bool
    topics: frozenset[str]
    values: dict[str, set[str]]  # the facts' value names, which drafts may derive from
    taken: frozenset[str]  # ids of facts and drafts

    def draft(self, progress: Callable[[str], None] | None = None) -> Drafted:
        """One draft fact per statement with a figure (``knowledge.ingest``), checked as an import would be."""
        from .ingest import draft_article

        drafted = draft_article(self.text, self.source_name, self.published, self.place, self.url, self.topics,
                                self.taken, progress)
        if not drafted.data["facts"]:
            raise FactsError("Không tìm thấy câu nào có số liệu trong bài (dòng đầu là tiêu đề).")
        parse_facts(drafted.data, self.topics, self.values)
        return drafted

    def publish(self, store: FactStore, drafted: Drafted, actor: str) -> dict[str, int] | None:
        """Keep the drafts for review, or publish them at once (``approve``: one change, one undo)."""
        with store.changing():
            if {f["id"] for f in drafted.data["facts"]} & (_taken(store) - self.taken):
                raise FactsError("Trong lúc đọc bài, đã có dữ kiện hoặc bản nháp mới trùng mã; xin gửi lại bài.")
            if self.approve:
                return import_facts(store, json.dumps(drafted.data, ensure_ascii=False), actor)
            store.save_drafts(drafted.data["sources"], drafted.data["facts"], actor)
            return None


def _taken(store: FactStore) -> frozenset[str]:
    return frozenset({f.id for f in store.facts()} | {d["id"] for d, _ in store.drafts()})


def prepare_ingest(store: FactStore, text: str, source_name: str, published: str, place: str = "", url: str = "",
                   approve: bool = False) -> Ingest:
    """An article's ingest, its options checked and what the database holds read (``Ingest``)."""
    if not source_name.strip():
        raise FactsError("Thiếu tên nguồn (tên báo hoặc cơ quan đăng bài).")
    try:
        dt.date.fromisoformat(published)
    except ValueError as error:
        raise FactsError("Ngày đăng phải có dạng YYYY-MM-DD, ví dụ 2024-01-10") from error
    return Ingest(text, source_name.strip(), published, place.strip(), url.strip(), approve,
                  frozenset(t.id for t in store.topics()), {f.id: set(f.values) for f in store.facts()}, _taken(store))


def ingest_article(store: FactStore, text: str, source_name: str, published: str, actor: str, place: str = "",
                   url: str = "", approve: bool = False,
                   progress: Callable[[str], None] | None = None) -> tuple[Drafted, dict[str, int] | None]:
    """An article's ingest, its three steps one after the other (the command line)."""
    ingest = prepare_ingest(store, text, source_name, published, place, url, approve)
    drafted = ingest.draft(progress)
    return drafted, ingest.publish(store, drafted, actor)


def draft_answer(store: FactStore, key: str, question: str, answer: str, source_name: str, day: dt.date,
                 actor: str) -> str:
    """A draft fact from a question and a person's answer to it (the question its first phrasing, the answer
    its text, ``source_name`` its source, ``day`` its date), checked as an import would be; its id
    (``key``, made unique). Reviewed like an article's drafts: /drafts, /approve, /reject."""
    from .ingest import slug, topic_of

    taken = {f.id for f in store.facts()} | {d["id"] for d, _ in store.drafts()}
    fact_id = key
    while fact_id in taken:
        fact_id += "_"
    published = day.isoformat()
    source_key = f"{slug(source_name)}-{published}"
    topics = {t.id for t in store.topics()}
    fact = {"id": fact_id, "topic": topic_of(f"{question} {answer}", topics), "title": question[:1].upper() + question[1:120],
            "questions": [question[:300]], "keywords": [], "answer": answer.replace("{", "{{").replace("}", "}}"),
            "values": {}, "as_of": published, "as_of_label": f"ngày {format_date(published)}", "source": source_key}
    data = {"version": 1, "sources": {source_key: {"name": source_name, "published": published}}, "facts": [fact]}
    parse_facts(data, topics, {f.id: set(f.values) for f in store.facts()})
    store.save_drafts(data["sources"], data["facts"], actor)
    return fact_id


def approve_drafts(store: FactStore, which: str, actor: str) -> dict[str, int]:
    """``/approve <id|all>``: publish drafts as one import (one change in the history, one undo)."""
    chosen = _drafts(store, which)
    sources = {fact["source"]: source for fact, source in chosen if fact.get("source")}
    data = {"version": 1, "sources": sources, "facts": [fact for fact, _ in chosen]}
    with store.database.transaction():
        counts = import_facts(store, json.dumps(data, ensure_ascii=False), actor)
        store.settle_drafts([fact["id"] for fact, _ in chosen], "approved")
    return counts


def reject_drafts(store: FactStore, which: str) -> int:
    chosen = _drafts(store, which)
    store.settle_drafts([fact["id"] for fact, _ in chosen], "rejected")
    return len(chosen)


def _drafts(store: FactStore, which: str) -> list[tuple[dict[str, Any], dict[str, str]]]:
    pending = store.drafts()
    which = which.strip()
    if not which:
        raise FactsError("Ghi mã bản nháp (xem bằng /drafts), hoặc all để chọn tất cả.")
    chosen = pending if which == "all" else [(f, s) for f, s in pending if f["id"] in which.split()]
    if not chosen:
        raise FactsError(f"Không có bản nháp nào đang chờ với mã “{which[:80]}”. Gõ /drafts để xem.")
    return chosen


def read_document(data: bytes) -> str:
    """An article sent as a file: a .docx (a zip: python-docx reads its paragraphs) or UTF-8 text."""
    if data[:2] == b"PK":
        import io

        import docx

        try:
            return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        except Exception as error:  # noqa: BLE001 (whatever a broken file raises)
            raise FactsError(f"Không đọc được tệp .docx: {str(error)[:200]}") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FactsError("Tệp bài viết phải là .txt (UTF-8) hoặc .docx.") from error
