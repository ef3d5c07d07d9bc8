"""Builds the bot, in one place: the store, the knowledge base, the roles and the conversation.

Channels take what they need from the ``App`` (each channel module's ``create``), and
bot.py runs them; tests and benches build the bot here too.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from handlers import Conversation
from handlers.flood import FloodGuard
from handlers.roles import Roles
from knowledge import KnowledgeBase
from knowledge.base import HOME_PLACE
from knowledge.facts import FACTS_FILE
from knowledge.numbers import whole_number
from store import Store
from store.retention import DEFAULT_KEEP_DAYS

log = logging.getLogger(__name__)
KEEP_QUESTIONS = "BOT_KEEP_QUESTIONS_DAYS"
HOME = "BOT_HOME_PLACE"


def keep_questions_days() -> int:
    """How many days questions are kept (BOT_KEEP_QUESTIONS_DAYS, default 180); then only daily counts."""
    typed = os.environ.get(KEEP_QUESTIONS, "").strip()
    days = whole_number(typed, 1, 36_500) if typed else DEFAULT_KEEP_DAYS
    if days is None:
        log.warning("%s=%r is not a number of days (1 to 36500): keeping questions %d days", KEEP_QUESTIONS, typed,
                    DEFAULT_KEEP_DAYS)
        return DEFAULT_KEEP_DAYS
    return days


def home_place() -> str:
    """The place the bot serves (BOT_HOME_PLACE, default Long Mỹ): a question naming no place is about it."""
    return os.environ.get(HOME, "").strip() or HOME_PLACE


@dataclass(frozen=True)
class App:
    store: Store  # the SQLite file: facts, questions, roles, state, subscriptions, outbox
    kb: KnowledgeBase
    roles: Roles  # who may do what; tells its listeners when a role changes
    conversation: Conversation
    keep_days: int = DEFAULT_KEEP_DAYS  # questions older than this are deleted, their daily counts kept

    def expire_questions(self) -> int:
        """Delete the questions past the retention period (a messenger's bot does it at start and daily)."""
        gone = self.store.retention.expire(self.keep_days)
        if gone:
            log.info("Deleted %d questions older than %d days (their daily counts are kept)", gone, self.keep_days)
        return gone

    def close(self) -> None:
        self.store.close()


def build_bot(db: Path | str | None = None, *, messenger: bool = False, admins: frozenset[str] | None = None,
              facts_file: Path | str = FACTS_FILE) -> App:
    """The bot over the file at ``db`` (default: $BOT_DB or data/hoidap.db); admins from BOT_ADMINS by default.

    A messenger's bot also guards against floods, checkpoints SQLite's log in the background
    (it serves for days, a message at a time) and deletes the questions past the retention
    period at start (its channels do it daily too).
    """
    store = Store.open(db, facts_file)
    if messenger:
        store.database.checkpoint_in_background()
    kb = KnowledgeBase(store.facts, home_place())
    roles = Roles(store.roles, admins)
    app = App(store, kb, roles, Conversation(kb, store, roles, flood=FloodGuard() if messenger else None),
              keep_questions_days())
    if messenger:
        app.expire_questions()
    return app
