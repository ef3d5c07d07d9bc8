"""The facts: topics, facts, every change to them (``fact_history``), and their version.

A version counter in ``meta`` moves with every change to the facts, so each process
serving the same file notices the change on its next question. Every write is one
transaction.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, get_args

import sqlite_utils

from knowledge.facts import FACTS_FILE, SOURCE_KEYS, Fact, FactsFile, Topic, load_facts_file

from .database import Database, now

log = logging.getLogger(__name__)

JSON_COLUMNS = ("questions", "keywords", "named_values", "derived", "source", "written")
# What a person's change is recorded as in fact_history: each of these can be undone.
PersonChange = Literal["add", "update", "alias", "delete", "restore", "import", "source"]
UNDOABLE: tuple[str, ...] = get_args(PersonChange)
# What else is recorded: a facts file's change kept from a fact a person changed, and an undo.
HistoryAction = PersonChange | Literal["file-change-not-applied", "undo"]
LAST_UNDOABLE = (f"SELECT * FROM fact_history WHERE actor = ? AND undone = 0 "
                 f"AND action IN ({', '.join('?' for _ in UNDOABLE)}) ORDER BY id DESC LIMIT 1")
BATCH_CHANGES = "SELECT * FROM fact_history WHERE batch = ? AND undone = 0 ORDER BY id DESC"


def _record_hash(record: dict[str, Any]) -> str:
    """What a facts file said of a fact. Which source row it names, and version 2's fields while empty,
    are left out: a fact a file of version 1 loaded is unchanged when the same file is loaded again."""
    kept = {k: v for k, v in record.items() if k != "source_id" and not (k in ("written", "place") and v in ("{}", ""))}
    return hashlib.sha256(json.dumps(kept, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def _fact_row(fact: Fact) -> dict[str, Any]:
    record = fact.as_record()
    record["named_values"] = record.pop("values")
    return {k: json.dumps(v, ensure_ascii=False) if k in JSON_COLUMNS else v for k, v in record.items()}


def _row_fact(row: dict[str, Any], sources: dict[str, dict[str, str]] | None = None) -> Fact:
    """A fact from its row; its source from the sources table when it names one there."""
    data = {k: json.loads(row[k]) if k in JSON_COLUMNS and row[k] is not None else row[k] for k in row}
    source_id = data.get("source_id") or ""
    return Fact(
        id=data["id"], topic=data["topic"], title=data["title"], answer=data["answer"],
        questions=data["questions"], keywords=data["keywords"], values=data["named_values"],
        derived=data["derived"], as_of=data["as_of"], as_of_label=data["as_of_label"],
        source=(sources or {}).get(source_id) or data["source"], written=data.get("written") or {},
        place=data.get("place") or "", source_id=source_id,
    )


def _source_row(key: str, source: dict[str, str]) -> dict[str, Any]:
    return {"id": key, **{name: source.get(name) for name in SOURCE_KEYS}, "at": now()}


class FactStore:
    """The facts of a database file, loaded from the facts file on first use and whenever it changes."""

    def __init__(self, database: Database, facts_file: Path | str = FACTS_FILE):
        self.database = database
        self.db = database.db
        self._version: tuple[int, int] | None = None  # (SQLite's data_version, kb_version) last read
        database.on_rollback(self._forget_version)
        self._load_if_changed(Path(facts_file))

    def _forget_version(self) -> None:
        self._version = None

    def _load_if_changed(self, facts_file: Path) -> None:
        """Load the facts file on first use, and again whenever the file itself changes."""
        file_hash = hashlib.sha256(facts_file.read_bytes()).hexdigest()[:16]
        row = self.db.execute("SELECT value FROM meta WHERE key = 'facts_file_hash'").fetchone()
        if row and row[0] == file_hash:
            return
        self.load(load_facts_file(facts_file), actor="seed")
        with self.database.transaction() as db:
            db["meta"].upsert({"key": "facts_file_hash", "value": file_hash}, pk="key")

    # -- version -------------------------------------------------------------

    def kb_version(self) -> int:
        """The facts' version, asked before every answer: so it reads the meta row again only
        when another connection has committed since (SQLite's data_version) or this one changed
        the facts (a change of ours, even uncommitted, is forgotten on rollback)."""
        data_version = self.db.conn.execute("PRAGMA data_version").fetchone()[0]
        if self._version is None or self._version[0] != data_version:
            self._version = data_version, self._read_kb_version()
        return self._version[1]

    def _read_kb_version(self) -> int:
        row = self.db.conn.execute("SELECT value FROM meta WHERE key = 'kb_version'").fetchone()
        return int(row[0]) if row else 0

    def _bump_version(self, db: sqlite_utils.Database) -> None:
        self._version = None
        db.execute(
            "INSERT INTO meta (key, value) VALUES ('kb_version', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    # -- reading -------------------------------------------------------------

    def topics(self) -> list[Topic]:
        return [
            Topic(r["id"], r["title"], json.loads(r["questions"]), json.loads(r["keywords"]))
            for r in self.db["topics"].rows_where(order_by="rowid")
        ]

    def facts(self) -> list[Fact]:
        """Every live (not deleted) fact, in the order they were added."""
        sources = self.sources()
        return [_row_fact(self._fact_columns(r), sources)
                for r in self.db["facts"].rows_where("deleted = 0", order_by="rowid")]

    def fact(self, fact_id: str, deleted: bool = False) -> Fact | None:
        """A live fact by id (``deleted=True``: a deleted one, to restore it)."""
        rows = list(self.db["facts"].rows_where("id = ? AND deleted = ?", [fact_id, int(deleted)]))
        return _row_fact(self._fact_columns(rows[0]), self.sources()) if rows else None

    def sources(self) -> dict[str, dict[str, str]]:
        """Every source by its key: name (the outlet), title, published, byline (the author), url, place."""
        return {r["id"]: {k: r[k] for k in SOURCE_KEYS if r[k]} for r in self.db["sources"].rows_where(order_by="id")}

    @staticmethod
    def _fact_columns(row: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in row.items() if k not in ("deleted", "seed_hash", "changed_by", "updated_at")}

    def history(self, key: str) -> list[dict[str, Any]]:
        """Every change of the fact, or of the source (its corrections), with this key."""
        return list(self.db["fact_history"].rows_where("fact_id = ? OR source_id = ?", [key, key], order_by="id"))

    @staticmethod
    def _upsert_sources(db: sqlite_utils.Database, sources: dict[str, dict[str, str]]) -> None:
        if sources:
            db["sources"].upsert_all([_source_row(key, source) for key, source in sources.items()], pk="id")

    # -- writing -------------------------------------------------------------

    def load(self, facts_file: FactsFile, actor: str = "seed",
             progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
        """Load a facts file in one transaction: idempotent, and never overwrites a person's change.

        A fact an operator has changed keeps the operator's version; the file's newer
        version is logged as a warning and written to the fact's history, for a human
        to decide. ``progress(done, total)`` is called as the facts are compared.
        Returns counts: added, updated, unchanged, kept.
        """
        counts = {"added": 0, "updated": 0, "unchanged": 0, "kept": 0}
        total = len(facts_file.facts)
        with self.database.transaction() as db:
            self._upsert_topics(db, facts_file.topics)
            self._upsert_sources(db, facts_file.sources)
            existing = {row["id"]: row for row in db["facts"].rows}
            writes, history, stamp = [], [], now()
            for done, fact in enumerate(facts_file.facts, 1):
                row = _fact_row(fact)
                seed_hash = _record_hash(row)
                before = existing.get(fact.id)
                if before is None:
                    writes.append({**row, "seed_hash": seed_hash, "deleted": 0, "changed_by": None, "updated_at": stamp})
                    history.append(self._history_row(fact.id, actor, "add", None, fact.as_record()))
                    counts["added"] += 1
                elif before["seed_hash"] == seed_hash:
                    counts["unchanged"] += 1
                    if not before["changed_by"] and before["source_id"] != row["source_id"]:  # now a source row
                        writes.append({**before, "source_id": row["source_id"]})
                elif before["changed_by"]:
                    log.warning(
                        "Facts file changes %s, but %s changed it after loading: keeping their version",
                        fact.id, before["changed_by"],
                    )
                    writes.append({**before, "seed_hash": seed_hash})
                    history.append(self._history_row(fact.id, actor, "file-change-not-applied", None, fact.as_record()))
                    counts["kept"] += 1
                else:
                    old = _row_fact(self._fact_columns(before)).as_record()
                    writes.append({**row, "seed_hash": seed_hash, "deleted": before["deleted"],
                                   "changed_by": None, "updated_at": stamp})
                    history.append(self._history_row(fact.id, actor, "update", old, fact.as_record()))
                    counts["updated"] += 1
                if progress and (done % 5000 == 0 or done == total):
                    progress(done, total)
            db["facts"].upsert_all(writes, pk="id", batch_size=500)
            db["fact_history"].insert_all(history, batch_size=500)
            if counts["added"] or counts["updated"] or not self.kb_version():
                self._bump_version(db)
        log.info("Loaded facts into %s: %s", self.database.path, counts)
        return counts

    @staticmethod
    def _upsert_topics(db: sqlite_utils.Database, topics: list[Topic]) -> None:
        db["topics"].upsert_all(
            [{"id": t.id, "title": t.title, "questions": json.dumps(t.questions, ensure_ascii=False),
              "keywords": json.dumps(t.keywords, ensure_ascii=False)} for t in topics],
            pk="id",
        )

    @staticmethod
    def _history_row(fact_id: str | None, actor: str, action: HistoryAction, old: Any, new: Any,
                     batch: int | None = None, source_id: str | None = None) -> dict[str, Any]:
        return {
            "fact_id": fact_id, "at": now(), "actor": actor, "action": action,
            "old": json.dumps(old, ensure_ascii=False) if old is not None else None,
            "new": json.dumps(new, ensure_ascii=False) if new is not None else None,
            "batch": batch, "source_id": source_id,
        }

    def _record(self, db: sqlite_utils.Database, fact_id: str | None, actor: str, action: HistoryAction, old: Any,
                new: Any, batch: int | None = None, source_id: str | None = None) -> int:
        return db["fact_history"].insert(self._history_row(fact_id, actor, action, old, new, batch,
                                                           source_id)).last_pk

    def changing(self) -> contextlib.AbstractContextManager:
        """One write transaction (BEGIN IMMEDIATE) around a person's read-modify-write of the facts
        (knowledge/edits.py): another writer, in this process or another, waits until it commits."""
        return self.database.transaction()

    def save_fact(self, fact: Fact, actor: str, action: PersonChange = "update") -> None:
        """Write one fact as a person's change (kept over later facts-file loads), with history."""
        with self.database.transaction() as db:
            self._write_fact(db, fact, actor, action)
            self._bump_version(db)

    def _write_fact(self, db: sqlite_utils.Database, fact: Fact, actor: str, action: PersonChange,
                    batch: int | None = None) -> int:
        existing = list(db["facts"].rows_where("id = ?", [fact.id]))
        old = _row_fact(self._fact_columns(existing[0])).as_record() if existing and not existing[0]["deleted"] else None
        db["facts"].upsert({**_fact_row(fact), "deleted": 0, "changed_by": actor, "updated_at": now()}, pk="id")
        return self._record(db, fact.id, actor, action, old, fact.as_record(), batch)

    def set_source(self, key: str, source: dict[str, str], actor: str) -> None:
        """A person's correction of a source (``source``: its fields, whole), with history: every fact
        citing it cites it so from the next question on."""
        with self.database.transaction() as db:
            old = self.sources()[key]
            db["sources"].upsert(_source_row(key, source), pk="id")
            self._record(db, None, actor, "source", old, source, source_id=key)
            self._bump_version(db)

    def set_deleted(self, fact_id: str, deleted: bool, actor: str) -> None:
        """Soft delete (or restore): the row stays, so it can come back with its history."""
        with self.database.transaction() as db:
            row = db["facts"].get(fact_id)
            record = _row_fact(self._fact_columns(row)).as_record()
            db["facts"].update(fact_id, {"deleted": int(deleted), "changed_by": actor, "updated_at": now()})
            if deleted:
                self._record(db, fact_id, actor, "delete", record, None)
            else:
                self._record(db, fact_id, actor, "restore", None, record)
            self._bump_version(db)

    def undo_last(self, actor: str) -> dict[str, Any] | None:
        """Revert ``actor``'s most recent change not yet undone: one fact's, or a whole import (every
        change of its batch). Returns that change's history row, with ``count`` facts (None: nothing)."""
        with self.database.transaction() as db:
            row = db.execute(LAST_UNDOABLE, [actor, *UNDOABLE]).fetchone()
            if row is None:
                return None
            columns = [c[0] for c in db.execute("SELECT * FROM fact_history LIMIT 0").description]
            change = dict(zip(columns, row))
            changes = [dict(zip(columns, r)) for r in db.execute(BATCH_CHANGES, [change["batch"]])] \
                if change.get("batch") else [change]
            for one in changes:
                self._revert(db, one, actor)
            self._bump_version(db)
            return {**change, "count": len(changes)}

    def _revert(self, db: sqlite_utils.Database, change: dict[str, Any], actor: str) -> None:
        old = json.loads(change["old"]) if change["old"] else None
        if change["source_id"]:  # a source's correction: its fields as they were
            db["sources"].upsert(_source_row(change["source_id"], old), pk="id")
            self._record(db, None, actor, "undo", json.loads(change["new"]), old, source_id=change["source_id"])
        elif old is None:  # it was added or restored: take it away again
            db["facts"].update(change["fact_id"], {"deleted": 1, "changed_by": actor, "updated_at": now()})
            self._record(db, change["fact_id"], actor, "undo", json.loads(change["new"]), None)
        else:
            fact = Fact(**old)
            db["facts"].upsert({**_fact_row(fact), "deleted": 0, "changed_by": actor, "updated_at": now()},
                               pk="id")
            self._record(db, change["fact_id"], actor, "undo",
                         json.loads(change["new"]) if change["new"] else None, old)
        db["fact_history"].update(change["id"], {"undone": 1})

    # -- drafts (an ingested article's facts, before review) ---------------------

    def save_drafts(self, sources: dict[str, dict[str, str]], facts: list[dict[str, Any]], actor: str) -> None:
        with self.database.transaction() as db:
            db["drafts"].upsert_all([{
                "id": fact["id"], "source_id": fact.get("source", ""),
                "source": json.dumps(sources.get(fact.get("source", ""), {}), ensure_ascii=False),
                "fact": json.dumps(fact, ensure_ascii=False), "status": "pending", "by": actor, "at": now(),
            } for fact in facts], pk="id")

    def drafts(self) -> list[tuple[dict[str, Any], dict[str, str]]]:
        """The drafts waiting for review, oldest first: (the fact as a facts file has it, its source)."""
        return [(json.loads(r["fact"]), json.loads(r["source"]))
                for r in self.db["drafts"].rows_where("status = 'pending'", order_by="rowid")]

    def settle_drafts(self, ids: list[str], status: Literal["approved", "rejected"]) -> None:
        with self.database.transaction() as db:
            for draft_id in ids:
                db["drafts"].update(draft_id, {"status": status, "at": now()})

    def import_facts(self, facts_file: FactsFile, actor: str, replace: bool = False,
                     progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
        """A person's import, all or nothing: changed and new facts are written as theirs;
        with ``replace``, live facts missing from the file are (soft) deleted."""
        counts = {"added": 0, "updated": 0, "unchanged": 0, "deleted": 0}
        total = len(facts_file.facts)
        batch: int | None = None  # every change of this import shares the id of its first history row

        def write(fact_id: str, action: HistoryAction, old: Any, new: Any, fact: Fact | None = None) -> None:
            nonlocal batch
            if fact is not None:
                pk = self._write_fact(db, fact, actor, "import", batch)
            else:
                pk = self._record(db, fact_id, actor, action, old, new, batch)
            if batch is None:
                batch = pk
                db["fact_history"].update(pk, {"batch": pk})

        with self.database.transaction() as db:
            self._upsert_topics(db, facts_file.topics)
            self._upsert_sources(db, facts_file.sources)
            sources = self.sources()
            existing = {row["id"]: row for row in db["facts"].rows}
            for done, fact in enumerate(facts_file.facts, 1):
                before = existing.get(fact.id)
                if before and not before["deleted"] and _row_fact(self._fact_columns(before), sources) == fact:
                    counts["unchanged"] += 1
                else:
                    write(fact.id, "import", None, None, fact)
                    counts["updated" if before and not before["deleted"] else "added"] += 1
                if progress and (done % 1000 == 0 or done == total):
                    progress(done, total)
            if replace:
                keep = {f.id for f in facts_file.facts}
                for fact_id, row in existing.items():
                    if fact_id not in keep and not row["deleted"]:
                        db["facts"].update(fact_id, {"deleted": 1, "changed_by": actor, "updated_at": now()})
                        write(fact_id, "delete", _row_fact(self._fact_columns(row), sources).as_record(), None)
                        counts["deleted"] += 1
            if counts["added"] or counts["updated"] or counts["deleted"]:
                self._bump_version(db)
        log.info("Imported facts by %s: %s", actor, counts)
        return counts
