"""The application's SQLite file: one connection, transactions, rollback listeners, checkpoints.

Every store module (facts, questions, roles, state, subscriptions, outbox) writes through
``Database.transaction``; opening a file brings its schema to the current version first
(store/schema.py).
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

import sqlite_utils

from . import schema

log = logging.getLogger(__name__)

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DB = PROJECT_DIR / "data" / "hoidap.db"


def default_db_path() -> Path:
    """``BOT_DB`` if set, else data/hoidap.db in the project."""
    return Path(os.environ.get("BOT_DB") or DEFAULT_DB)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Database:
    """One connection to the file, in write-ahead-log mode, its schema upgraded on open."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path else default_db_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(str(self.path), timeout=10, check_same_thread=False)
        self.db = sqlite_utils.Database(self.conn)
        with self.db.ensure_autocommit_on():
            self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA busy_timeout=10000")
        self._rollback_listeners: list[Callable[[], None]] = []
        self._closed = threading.Event()
        try:
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
        conn = sqlite3.connect(str(self.path), timeout=10)
        try:
            while not self._closed.wait(interval):
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:
            log.exception("Background checkpoints stopped; SQLite will checkpoint on its own")
            self.conn.execute("PRAGMA wal_autocheckpoint=1000")
        finally:
            conn.close()

    def close(self) -> None:
        self._closed.set()
        self.conn.close()
