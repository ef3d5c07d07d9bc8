"""The bot's SQLite file: the database (connection, transactions, schema and its migrations)
and a small module over it for each kind of thing kept there.

``Store.open(path)`` opens (creating or upgrading) the file and gives every one of them.
Nothing outside this package writes SQL.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from knowledge.facts import FACTS_FILE

from .database import Database, StorageFault, busy_timeout, default_db_path, storage_fault
from .facts import FactStore
from .outbox import Outbox
from .questions import QuestionLog
from .roles import RoleStore
from .schema import SchemaTooNew
from .state import ConversationState
from .subscriptions import Subscriptions

__all__ = ["Database", "FactStore", "Outbox", "QuestionLog", "RoleStore", "SchemaTooNew", "ConversationState",
           "StorageFault", "Store", "Subscriptions", "busy_timeout", "default_db_path", "storage_fault"]


@dataclass(frozen=True)
class Store:
    database: Database
    facts: FactStore
    questions: QuestionLog
    roles: RoleStore
    state: ConversationState
    subscriptions: Subscriptions
    outbox: Outbox

    @classmethod
    def open(cls, path: Path | str | None = None, facts_file: Path | str = FACTS_FILE) -> Store:
        """The file at ``path`` (default: $BOT_DB or data/hoidap.db), its facts loaded from ``facts_file``."""
        database = Database(path)
        subscriptions = Subscriptions(database)
        return cls(database, FactStore(database, facts_file), QuestionLog(database), RoleStore(database),
                   ConversationState(database), subscriptions, Outbox(database, subscriptions))

    def transaction(self):
        return self.database.transaction()

    def close(self) -> None:
        self.database.close()
