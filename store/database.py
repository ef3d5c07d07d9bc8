"""The application's SQLite file: one connection, transactions, rollback listeners, checkpoints.

Every store module (facts, questions, roles, state, subscriptions, outbox) writes through
``Database.transaction``; opening a file brings its schema to the current version first
(store/schema.py).

A file that cannot be used as it is (read-only, disk full, locked past the busy timeout,
damaged, or not to be opened at all) is a ``StorageFault``: ``storage_fault`` names it from
SQLite's error wherever one is caught, so bot.py can say so in one sentence instead of a
traceback. Every write is a transaction, so a fault never leaves half of one in the file.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

import sqlite_utils

from . import schema

log = logging.getLogger(__name__)

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DB = PROJECT_DIR / "data" / "hoidap.db"


def default_db_path() -> Path:
    """``BOT_DB`` if set, else data/hoidap.db in the project."""
    return Path(os.environ.get("BOT_DB") or DEFAULT_DB)


FaultKind = Literal["readonly", "full", "locked", "corrupt", "unopenable"]
# SQLite's error name (extended names start with these) or words of its message -> the fault.
FAULTS: tuple[tuple[FaultKind, str, tuple[str, ...]], ...] = (
    ("readonly", "SQLITE_READONLY", ("readonly database", "read-only file system")),
    ("full", "SQLITE_FULL", ("database or disk is full", "no space left")),
    ("locked", "SQLITE_BUSY", ("database is locked", "database table is locked")),
    ("corrupt", "SQLITE_CORRUPT", ("malformed", "file is not a database")),
    ("corrupt", "SQLITE_NOTADB", ()),
    ("unopenable", "SQLITE_CANTOPEN", ("unable to open database file",)),
    ("unopenable", "SQLITE_IOERR", ("disk i/o error",)),
)


class StorageFault(RuntimeError):
    """The file cannot be used as it is. ``persistent``: nothing will work until a person fixes it
    (read-only, damaged, cannot be opened); a full disk or a long lock may pass."""

    def __init__(self, kind: FaultKind, path: Path | str | None, detail: str):
        super().__init__(f"{path}: {detail}")
        self.kind, self.path, self.detail = kind, path, detail

    @property
    def persistent(self) -> bool:
        return self.kind in ("readonly", "corrupt", "unopenable")


def storage_fault(error: BaseException | None, path: Path | str | None = None) -> StorageFault | None:
    """The StorageFault ``error`` is (an SQLite error saying the file is unusable), or None."""
    if isinstance(error, StorageFault):
        return error
    if not isinstance(error, sqlite3.Error):
        return None
    name, text = getattr(error, "sqlite_errorname", "") or "", str(error).lower()
    for kind, code, words in FAULTS:
        if name.startswith(code) or any(word in text for word in words):
            return StorageFault(kind, path, str(error))
    return None


def busy_timeout() -> float:
    """How long a writer waits for another's lock before giving up: BOT_DB_BUSY_TIMEOUT seconds, or 10."""
    return float(os.environ.get("BOT_DB_BUSY_TIMEOUT") or 10)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Database:
    """One connection to the file, in write-ahead-log mode, its schema upgraded on open."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path else default_db_path()
        self.busy_timeout = busy_timeout()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # the folder is a file, or cannot be made
            raise StorageFault("unopenable", self.path, str(error)) from None
        self._rollback_listeners: list[Callable[[], None]] = []
        self._closed = threading.Event()
        self.conn = sqlite3.connect(str(self.path), timeout=self.busy_timeout, check_same_thread=False)
        try:
            self.db = sqlite_utils.Database(self.conn)
            with self.db.ensure_autocommit_on():
                self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")
            schema.upgrade(self)
        except BaseException:
            self.conn.close()
            raise

    def on_rollback(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` whenever a transaction is undone (to forget what memory holds of it)."""
        self._rollback_listeners.append(listener)

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open: what is read now may yet be undone."""
        return self.conn.in_transaction

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """BEGIN IMMEDIATE ... COMMIT: all or nothing, and writers queue up instead of failing.

        Inside another transaction it simply joins it, so a caller can make several
        writes (a question and the choices it offered) one commit.
        """
        if self.conn.in_transaction:
            yield self.db
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.conn.rollback()
            for listener in self._rollback_listeners:
                listener()
            raise
        self.conn.commit()

    def checkpoint_in_background(self, interval: float = 1.0) -> None:
        """For a long-running server: copy the write-ahead log into the file from a thread of its own.

        SQLite otherwise checkpoints inside whichever commit crosses 1.000 pages, and that
        commit waits for an fsync while a citizen waits for the answer. A PASSIVE checkpoint
        never blocks writers, and a crash at any moment loses nothing already committed.
        """
        self.conn.execute("PRAGMA wal_autocheckpoint=0")
        threading.Thread(target=self._checkpoint_every, args=(interval,), name="sqlite-checkpoint",
                         daemon=True).start()

    def _checkpoint_every(self, interval: float) -> None:
        conn = sqlite3.connect(str(self.path), timeout=self.busy_timeout)
        try:
            while not self._closed.wait(interval):
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error as error:
            if storage_fault(error):  # the file, not the code: one line says it
                log.error("Background checkpoints stopped (%s); SQLite will checkpoint on its own", error)
            else:
                log.exception("Background checkpoints stopped; SQLite will checkpoint on its own")
            self.conn.execute("PRAGMA wal_autocheckpoint=1000")
        finally:
            conn.close()

    def close(self) -> None:
        self._closed.set()
        self.conn.close()
