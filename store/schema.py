"""Every table and index of the file, in one place, and the migrations between its versions.

The file's version is SQLite's ``PRAGMA user_version``. A new file is created at
``LATEST``. An older file is brought up to it on first open, every migration in one
transaction: a failure leaves the file as it was. A file newer than this code is refused.

Files of the releases before versions have user_version 0 and tables already: migration 1
brings any of them to the layout of version 1 (tables made only when first used, older
tables of conversation state, fact_history without ``undone``).

To change the layout: change ``SCHEMA`` (what a new file gets), and add the next
migration doing the same to a file of the previous version. Each migration keeps its own
statements (``SCHEMA_V1``, ``SCHEMA_V2``): it must keep making its version, whatever the latest is.

Version 3: an outbox row is claimed by one sending process at a time (``claimed_by``,
``lease_until``, store/outbox.py).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .database import Database


class SchemaTooNew(RuntimeError):
    """The file was written by a newer release: this code would not know what its tables mean."""

    def __init__(self, path: object, version: int, latest: int):
        super().__init__(f"{path} has schema version {version}, newer than this release understands "
                         f"({latest}): run the release that wrote it, or a newer one")
        self.version = version
        self.latest = latest


SCHEMA_V1 = (  # the layout of version 1, which migration 1 makes whatever the latest is
    # The facts (store/facts.py): topics, facts, every change to them, and the facts' version.
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS topics (id TEXT PRIMARY KEY, title TEXT, questions TEXT, keywords TEXT)",
    "CREATE TABLE IF NOT EXISTS facts (id TEXT PRIMARY KEY NOT NULL, topic TEXT NOT NULL, title TEXT, "
    "answer TEXT NOT NULL, questions TEXT, keywords TEXT, named_values TEXT, derived TEXT, as_of TEXT, "
    "as_of_label TEXT, source TEXT, deleted INTEGER DEFAULT 0, seed_hash TEXT, changed_by TEXT, updated_at TEXT)",
    "CREATE TABLE IF NOT EXISTS fact_history (id INTEGER PRIMARY KEY, fact_id TEXT, at TEXT, actor TEXT, "
    "action TEXT, old TEXT, new TEXT, undone INTEGER DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS idx_fact_history_fact_id ON fact_history (fact_id)",
    # The questions asked (store/questions.py). No index on status: it would cost every
    # message a page write, for a rare operator's query.
    "CREATE TABLE IF NOT EXISTS questions (id INTEGER PRIMARY KEY, at TEXT, channel TEXT, user_id TEXT, "
    "question TEXT, status TEXT, fact_ids TEXT, score REAL)",
    "CREATE TABLE IF NOT EXISTS picks (id INTEGER PRIMARY KEY, identity TEXT, question_id INTEGER, choice TEXT, "
    "at TEXT)",
    "CREATE TABLE IF NOT EXISTS feedback (question_id INTEGER, identity TEXT, helpful INTEGER, at TEXT, "
    "PRIMARY KEY (question_id, identity))",
    # Roles granted in chat (store/roles.py).
    "CREATE TABLE IF NOT EXISTS roles (identity TEXT PRIMARY KEY, role TEXT, granted_by TEXT, at TEXT)",
    # Per person (store/state.py). WITHOUT ROWID: the row lives in its key's b-tree, so a
    # message writes one page, not two.
    "CREATE TABLE IF NOT EXISTS conversation_state (identity TEXT PRIMARY KEY, choices TEXT, "
    "question_id INTEGER, answered_id INTEGER, at TEXT) WITHOUT ROWID",
    # Announcements (store/subscriptions.py, store/outbox.py).
    "CREATE TABLE IF NOT EXISTS subscriptions (channel TEXT, user_id TEXT, chat_id TEXT, topic TEXT, "
    "active INTEGER, at TEXT, PRIMARY KEY (channel, user_id, topic))",
    "CREATE TABLE IF NOT EXISTS announcements (id INTEGER PRIMARY KEY, author TEXT, author_chat TEXT, text TEXT, "
    "topic TEXT, status TEXT, created_at TEXT, send_at TEXT, started_at TEXT, finished_at TEXT, "
    "progress_message TEXT, reported INTEGER DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, announcement_id INTEGER, channel TEXT, "
    "chat_id TEXT, status TEXT, attempts INTEGER DEFAULT 0, error TEXT, sent_at TEXT)",
    "CREATE UNIQUE INDEX IF NOT EXISTS idx_outbox_announcement_id_channel_chat_id "
    "ON outbox (announcement_id, channel, chat_id)",
    "CREATE INDEX IF NOT EXISTS idx_outbox_channel_status ON outbox (channel, status)",
)

SCHEMA_V2 = (
    # Tokens a channel obtains and rotates itself (store/tokens.py): Zalo OA's access and
    # single-use refresh token, one row per app.
    "CREATE TABLE IF NOT EXISTS channel_tokens (channel TEXT, account TEXT, access_token TEXT, refresh_token TEXT, "
    "expires_at TEXT, seed TEXT, refreshed_at TEXT, PRIMARY KEY (channel, account)) WITHOUT ROWID",
    # Events a webhook already took (store/events.py): a messenger's retry is answered once. Kept a day.
    "CREATE TABLE IF NOT EXISTS processed_events (channel TEXT, event_id TEXT, at TEXT, "
    "PRIMARY KEY (channel, event_id)) WITHOUT ROWID",
    # Messengers that let a bot write only to followers, within a window after their last message
    # (store/contacts.py): who follows, and until when they can be written to.
    "CREATE TABLE IF NOT EXISTS contact_windows (channel TEXT, user_id TEXT, following INTEGER, "
    "last_interaction TEXT, window_until TEXT, PRIMARY KEY (channel, user_id)) WITHOUT ROWID",
)

# Version 3: who holds an outbox row (the process sending it, then the one that sent it) and until
# when (seconds since the epoch): a lease that ran out can be taken over.
OUTBOX_V1 = next(statement for statement in SCHEMA_V1 if statement.startswith("CREATE TABLE IF NOT EXISTS outbox "))
OUTBOX_V3 = OUTBOX_V1.replace("sent_at TEXT)", "sent_at TEXT, claimed_by TEXT, lease_until REAL)")
SCHEMA_V3 = tuple(OUTBOX_V3 if statement == OUTBOX_V1 else statement for statement in SCHEMA_V1) + SCHEMA_V2

# Version 4: sources are rows of their own; a fact names its source, its place and how its figures
# were written; the changes of one import share a batch, undone together; drafts await review.
SOURCES = ("CREATE TABLE IF NOT EXISTS sources (id TEXT PRIMARY KEY, name TEXT, title TEXT, published TEXT, "
           "byline TEXT, url TEXT, place TEXT, at TEXT)")
# Facts drafted from an ingested article, waiting for an operator's review (store/facts.py).
DRAFTS = ("CREATE TABLE IF NOT EXISTS drafts (id TEXT PRIMARY KEY, source_id TEXT, source TEXT, fact TEXT, "
          "status TEXT, by TEXT, at TEXT)")
FACT_COLUMNS_4 = (("facts", "written", "TEXT"), ("facts", "place", "TEXT"), ("facts", "source_id", "TEXT"),
                  ("fact_history", "batch", "INTEGER"))


def _layout_4(statements: tuple[str, ...]) -> tuple[str, ...]:
    """Version 3's statements with version 4's columns in their CREATE TABLE, the sources and drafts tables."""
    changed = []
    for statement in statements:
        for table, column, kind in FACT_COLUMNS_4:
            if statement.startswith(f"CREATE TABLE IF NOT EXISTS {table} "):
                statement = statement[:-1] + f", {column} {kind})"
        changed.append(statement)
    return (*changed, SOURCES, DRAFTS)


# Version 5: daily counts (store/retention.py), what is kept of questions once they are deleted,
# after the retention period or at their asker's request. Days are Vietnam's (UTC+7).
QUESTION_DAYS = ("CREATE TABLE IF NOT EXISTS question_days (day TEXT PRIMARY KEY, answered INTEGER NOT NULL DEFAULT 0, "
                 "suggest INTEGER NOT NULL DEFAULT 0, fallback INTEGER NOT NULL DEFAULT 0, "
                 "people INTEGER NOT NULL DEFAULT 0, helpful INTEGER NOT NULL DEFAULT 0, "
                 "unhelpful INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID")

# Version 6: questions handed to the office's staff (store/inbox.py): the inbox, every step taken on
# it, and when each staff member was last told of new ones. An outbox row may carry its own text
# (an answer, a notice to staff) instead of an announcement's, and the inbox question it answers:
# the unique index lets one answer at most leave for a question.
INBOX = ("CREATE TABLE IF NOT EXISTS inbox (id INTEGER PRIMARY KEY, channel TEXT NOT NULL, user_id TEXT NOT NULL, "
         "chat_id TEXT NOT NULL, name TEXT, question TEXT NOT NULL, excerpt TEXT, status TEXT NOT NULL, "
         "asked_at TEXT NOT NULL, taken_by TEXT, taken_name TEXT, taken_at TEXT, answer TEXT, answered_by TEXT, "
         "answered_chat TEXT, answered_at TEXT, close_reason TEXT, staff_told INTEGER NOT NULL DEFAULT 0, "
         "fact_id TEXT)")
INBOX_STEPS = ("CREATE TABLE IF NOT EXISTS inbox_steps (id INTEGER PRIMARY KEY, inbox_id INTEGER NOT NULL, "
               "at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT)")
INBOX_STEPS_INDEX = "CREATE INDEX IF NOT EXISTS idx_inbox_steps_inbox_id ON inbox_steps (inbox_id)"
INBOX_NOTICES = ("CREATE TABLE IF NOT EXISTS inbox_notices (identity TEXT PRIMARY KEY, seen_id INTEGER NOT NULL, "
                 "at REAL NOT NULL) WITHOUT ROWID")
OUTBOX_COLUMNS_6 = (("text", "TEXT"), ("inbox_id", "INTEGER"))
OUTBOX_INBOX_INDEX = "CREATE UNIQUE INDEX IF NOT EXISTS idx_outbox_inbox_id ON outbox (inbox_id)"


def _layout_6(statements: tuple[str, ...]) -> tuple[str, ...]:
    """Version 5's statements with the outbox's own text and inbox question, and the inbox's tables."""
    columns = "".join(f", {column} {kind}" for column, kind in OUTBOX_COLUMNS_6)
    changed = tuple(statement[:-1] + columns + ")" if statement.startswith("CREATE TABLE IF NOT EXISTS outbox ")
                    else statement for statement in statements)
    return (*changed, INBOX, INBOX_STEPS, INBOX_STEPS_INDEX, INBOX_NOTICES, OUTBOX_INBOX_INDEX)


# Version 7: a source's corrections are changes like a fact's (store/facts.py): a history row names the
# source it changed, and no fact.
HISTORY_COLUMN_7 = ("fact_history", "source_id", "TEXT")


def _layout_7(statements: tuple[str, ...]) -> tuple[str, ...]:
    """Version 6's statements with fact_history's source column."""
    table, column, kind = HISTORY_COLUMN_7
    return tuple(statement[:-1] + f", {column} {kind})" if statement.startswith(f"CREATE TABLE IF NOT EXISTS {table} ")
                 else statement for statement in statements)


SCHEMA = _layout_7(_layout_6((*_layout_4(SCHEMA_V3), QUESTION_DAYS)))


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _to_version_1(conn: sqlite3.Connection) -> None:
    """A file of the releases before versions: every table there, older leftovers moved in."""
    history_existed = "fact_history" in _tables(conn)
    if history_existed and "undone" not in {row[1] for row in conn.execute("PRAGMA table_info(fact_history)")}:
        conn.execute("ALTER TABLE fact_history ADD COLUMN undone INTEGER NOT NULL DEFAULT 0")  # before undo existed
    for statement in SCHEMA_V1:
        conn.execute(statement)
    conn.execute("DROP INDEX IF EXISTS idx_questions_status")
    tables = _tables(conn)
    if "pending_choices" in tables:  # before conversation_state, choices and last answers had two tables
        conn.execute("INSERT OR IGNORE INTO conversation_state (identity, choices, question_id, at) "
                     "SELECT identity, choices, question_id, at FROM pending_choices")
        conn.execute("DROP TABLE pending_choices")
    if "last_answers" in tables:
        conn.execute("INSERT INTO conversation_state (identity, answered_id) SELECT identity, question_id "
                     "FROM last_answers WHERE true ON CONFLICT (identity) DO UPDATE SET answered_id = excluded.answered_id")
        conn.execute("DROP TABLE last_answers")


def _to_version_2(conn: sqlite3.Connection) -> None:
    """Zalo Official Account: rotated tokens, webhook events already taken, followers' windows."""
    for statement in SCHEMA_V2:
        conn.execute(statement)


def _to_version_3(conn: sqlite3.Connection) -> None:
    """Outbox rows claimed with a lease, so that two processes on one file never send one row both."""
    conn.execute("ALTER TABLE outbox ADD COLUMN claimed_by TEXT")
    conn.execute("ALTER TABLE outbox ADD COLUMN lease_until REAL")


def _to_version_4(conn: sqlite3.Connection) -> None:
    """Many articles: sources and drafts tables; facts' written forms, places, source keys; import batches."""
    for table, column, kind in FACT_COLUMNS_4:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    conn.execute(SOURCES)
    conn.execute(DRAFTS)


def _to_version_5(conn: sqlite3.Connection) -> None:
    """Daily counts, kept when questions are deleted (retention, a citizen's /xoadulieu)."""
    conn.execute(QUESTION_DAYS)


def _to_version_6(conn: sqlite3.Connection) -> None:
    """Questions handed to staff: the inbox, its steps and notices; outbox rows with their own text."""
    for column, kind in OUTBOX_COLUMNS_6:
        conn.execute(f"ALTER TABLE outbox ADD COLUMN {column} {kind}")
    for statement in (INBOX, INBOX_STEPS, INBOX_STEPS_INDEX, INBOX_NOTICES, OUTBOX_INBOX_INDEX):
        conn.execute(statement)


def _to_version_7(conn: sqlite3.Connection) -> None:
    """Sources corrected in chat and on the command line: their changes in the facts' history."""
    conn.execute("ALTER TABLE {} ADD COLUMN {} {}".format(*HISTORY_COLUMN_7))


def _to_version_8(conn: sqlite3.Connection) -> None:
    """Staff are told when their answer arrived (store/inbox.py ``tell_outcomes``): answers and closings that
    arrived before this release count as told, so the first pass after the upgrade confirms no old answer."""
    conn.execute("UPDATE inbox SET staff_told = 1 WHERE id IN (SELECT inbox_id FROM outbox WHERE status = 'sent')")


# Version -> what brings a file of the version before to it.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _to_version_1,
    2: _to_version_2,
    3: _to_version_3,
    4: _to_version_4,
    5: _to_version_5,
    6: _to_version_6,
    7: _to_version_7,
    8: _to_version_8,
}


def version_of(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def upgrade(database: Database) -> None:
    """Create a new file at the latest version, or bring an older one to it; refuse a newer one."""
    latest = max(MIGRATIONS)
    conn = database.conn
    if version_of(conn) == latest:
        return
    with database.transaction():
        version = version_of(conn)  # again, under the write lock: another process may have upgraded it
        if version > latest:
            raise SchemaTooNew(database.path, version, latest)
        if version == 0 and not _tables(conn):
            for statement in SCHEMA:
                conn.execute(statement)
        else:
            for step in range(version + 1, latest + 1):
                MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA user_version = {latest}")
