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
from .database import Database
from .events import ProcessedEvents
from .facts import FactStore
from .outbox import Outbox
from .questions import QuestionLog
from .roles import RoleStore
from .schema import SchemaTooNew
from .state import ConversationState
from .subscriptions import Subscriptions
from .tokens import TokenPair, TokenStore

__all__ = ["Contacts", "Database", "FactStore", "Outbox", "ProcessedEvents", "QuestionLog", "RoleStore", "SchemaTooNew",
           "ConversationState", "Store", "Subscriptions", "TokenPair", "TokenStore"]


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

    @classmethod
    def open(cls, path: Path | str | None = None, facts_file: Path | str = FACTS_FILE) -> Store:
        """The file at ``path`` (default: $BOT_DB or data/hoidap.db), its facts loaded from ``facts_file``."""
        database = Database(path)
        subscriptions = Subscriptions(database)
        return cls(database, FactStore(database, facts_file), QuestionLog(database), RoleStore(database),
                   ConversationState(database), subscriptions, Outbox(database, subscriptions),
                   Contacts(database, subscriptions), ProcessedEvents(database), TokenStore(database))

    def transaction(self):
        return self.database.transaction()

    def close(self) -> None:
        self.database.close()
