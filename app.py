"""Builds the bot, in one place: the store, the knowledge base, the roles and the conversation.

Channels take what they need from the ``App`` (each channel module's ``create``), and
bot.py runs them; tests and benches build the bot here too.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from handlers import Conversation
from handlers.flood import FloodGuard
from handlers.roles import Roles
from knowledge import KnowledgeBase
from knowledge.facts import FACTS_FILE
from store import Store


@dataclass(frozen=True)
class App:
    store: Store  # the SQLite file: facts, questions, roles, state, subscriptions, outbox
    kb: KnowledgeBase
    roles: Roles  # who may do what; tells its listeners when a role changes
    conversation: Conversation

    def close(self) -> None:
        self.store.close()


def build_bot(db: Path | str | None = None, *, messenger: bool = False, admins: frozenset[str] | None = None,
              facts_file: Path | str = FACTS_FILE) -> App:
    """The bot over the file at ``db`` (default: $BOT_DB or data/hoidap.db); admins from BOT_ADMINS by default.

    A messenger's bot also guards against floods and checkpoints SQLite's log in the
    background (it serves for days, a message at a time).
    """
    store = Store.open(db, facts_file)
    if messenger:
        store.database.checkpoint_in_background()
    kb = KnowledgeBase(store.facts)
    roles = Roles(store.roles, admins)
    return App(store, kb, roles, Conversation(kb, store, roles, flood=FloodGuard() if messenger else None))
