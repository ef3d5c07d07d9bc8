"""What a conversation remembers between messages, in the same SQLite file as the facts.

The choices last offered to each person are kept so that "2" typed in a terminal or
on Zalo (where there are no buttons) means the second of them, even after a restart.
"""
from __future__ import annotations

import json

from knowledge.store import Store, now

from .types import Choice


class ConversationState:
    def __init__(self, store: Store):
        self.store = store
        with store.transaction() as db:
            db["pending_choices"].create(
                {"identity": str, "choices": str, "at": str}, pk="identity", if_not_exists=True
            )

    def offer(self, identity: str, choices: list[Choice]) -> None:
        with self.store.transaction() as db:
            if choices:
                data = json.dumps([[c.label, c.data] for c in choices], ensure_ascii=False)
                db["pending_choices"].upsert({"identity": identity, "choices": data, "at": now()}, pk="identity")
            else:
                db.execute("DELETE FROM pending_choices WHERE identity = ?", [identity])

    def offered(self, identity: str) -> list[Choice]:
        row = self.store.db.execute(
            "SELECT choices FROM pending_choices WHERE identity = ?", [identity]
        ).fetchone()
        return [Choice(label, data) for label, data in json.loads(row[0])] if row else []
