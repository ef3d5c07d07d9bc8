"""The bot's SQLite file: the database (connection, transactions, schema and its migrations)
and a small module over it for each kind of thing kept there.

``Store.open(path)`` opens (creating or upgrading) the file and gives every one of them.
Nothing outside this package writes SQL.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from knowledge.facts import FACTS_FILE

from .database import Database
from .facts import FactStore
from .outbox import Outbox
from .questions import QuestionLog
from .retention import Retention
from .roles import RoleStore
from .schema import SchemaTooNew
from .state import ConversationState
from .stats import StatsReader
from .subscriptions import Subscriptions

__all__ = ["Database", "FactStore", "Outbox", "QuestionLog", "Retention", "RoleStore", "SchemaTooNew",
           "ConversationState", "StatsReader", "Store", "Subscriptions"]


@dataclass(frozen=True)
class Store:
    database: Database
    facts: FactStore
    questions: QuestionLog
    roles: RoleStore
    state: ConversationState
    subscriptions: Subscriptions
    outbox: Outbox
    retention: Retention  # questions kept for a period, then counts; a person's data erased on request
    stats: StatsReader  # the office's figures, from a read-only connection of its own

    @classmethod
    def open(cls, path: Path | str | None = None, facts_file: Path | str = FACTS_FILE) -> Store:
        """The file at ``path`` (default: $BOT_DB or data/hoidap.db), its facts loaded from ``facts_file``."""
        database = Database(path)
        subscriptions = Subscriptions(database)
        state = ConversationState(database)
        return cls(database, FactStore(database, facts_file), QuestionLog(database), RoleStore(database), state,
                   subscriptions, Outbox(database, subscriptions), Retention(database, state),
                   StatsReader(database.path))

    def transaction(self):
        return self.database.transaction()

    def close(self) -> None:
        self.stats.close()
        self.database.close()
