"""The bot's SQLite file: the database (connection, transactions, schema and its migrations)
and a small module over it for each kind of thing kept there.

``Store.open(path)`` opens (creating or upgrading) the file and gives every one of them.
Nothing outside this package writes SQL.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from knowledge.facts import FACTS_FILE

from .contacts import Contacts
from .database import Database, StorageFault, busy_timeout, default_db_path, storage_fault
from .events import ProcessedEvents
from .facts import FactStore
from .inbox import Inbox
from .outbox import Outbox
from .questions import QuestionLog
from .retention import Retention
from .roles import RoleStore
from .schema import SchemaTooNew
from .state import ConversationState
from .stats import StatsReader
from .subscriptions import Subscriptions
from .tokens import TokenPair, TokenStore

__all__ = ["Contacts", "Database", "FactStore", "Inbox", "Outbox", "ProcessedEvents", "QuestionLog", "Retention", "RoleStore",
           "SchemaTooNew", "ConversationState", "StatsReader", "StorageFault", "Store", "Subscriptions", "TokenPair",
           "TokenStore", "busy_timeout", "default_db_path", "storage_fault"]


@dataclass(frozen=True)
class Store:
    database: Database
    facts: FactStore
    questions: QuestionLog
    roles: RoleStore
    state: ConversationState
    subscriptions: Subscriptions
    outbox: Outbox
    contacts: Contacts  # followers and their windows, where a messenger has them (Zalo OA)
    events: ProcessedEvents  # webhook events already taken
    tokens: TokenStore  # tokens a channel rotates itself
    retention: Retention  # questions kept for a period, then counts; a person's data erased on request
    stats: StatsReader  # the office's figures, from a read-only connection of its own
    inbox: Inbox  # questions handed to staff, and their answers

    @classmethod
    def open(cls, path: Path | str | None = None, facts_file: Path | str = FACTS_FILE) -> Store:
        """The file at ``path`` (default: $BOT_DB or data/hoidap.db), its facts loaded from ``facts_file``."""
        database = Database(path)
        subscriptions = Subscriptions(database)
        state = ConversationState(database)
        outbox = Outbox(database, subscriptions)
        return cls(database, FactStore(database, facts_file), QuestionLog(database), RoleStore(database), state,
                   subscriptions, outbox, Contacts(database, subscriptions),
                   ProcessedEvents(database), TokenStore(database), Retention(database, state),
                   StatsReader(database.path), Inbox(database, outbox))

    def transaction(self):
        return self.database.transaction()

    def close(self) -> None:
        self.stats.close()
        self.database.close()
