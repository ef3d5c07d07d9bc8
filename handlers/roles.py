"""Who may do what: one place that answers it for every command on every channel.

Roles: citizen (everyone, by default), staff (announcements), operator (facts), admin
(everything, and granting roles). Admins come from BOT_ADMINS ("telegram:123,zalo:abc")
and cannot be revoked by chat; other roles are granted by admins and kept in SQLite.
"""
from __future__ import annotations

import os

from knowledge.store import Store, now

CITIZEN, STAFF, OPERATOR, ADMIN = "citizen", "staff", "operator", "admin"
ROLES = (CITIZEN, STAFF, OPERATOR, ADMIN)
GRANTABLE = (STAFF, OPERATOR, ADMIN)


def admins_from_env() -> frozenset[str]:
    return frozenset(i.strip() for i in os.environ.get("BOT_ADMINS", "").split(",") if i.strip())


class Roles:
    def __init__(self, store: Store, admins: frozenset[str] | None = None):
        self.store = store
        self.admins = admins_from_env() if admins is None else admins
        self.session: dict[str, str] = {}  # roles for this process only (bot.py chat --as operator)
        with store.transaction() as db:
            db["roles"].create({"identity": str, "role": str, "granted_by": str, "at": str}, pk="identity",
                               if_not_exists=True)

    def role_of(self, identity: str) -> str:
        if identity in self.admins:
            return ADMIN
        if identity in self.session:
            return self.session[identity]
        row = self.store.db.execute("SELECT role FROM roles WHERE identity = ?", [identity]).fetchone()
        return row[0] if row else CITIZEN

    def allows(self, identity: str, allowed: frozenset[str]) -> bool:
        """The one authorisation check: admins may do everything, others what their role is listed for."""
        role = self.role_of(identity)
        return role == ADMIN or role in allowed

    def grant(self, identity: str, role: str, granted_by: str) -> None:
        with self.store.transaction() as db:
            db["roles"].upsert({"identity": identity, "role": role, "granted_by": granted_by, "at": now()},
                               pk="identity")

    def revoke(self, identity: str) -> bool:
        with self.store.transaction() as db:
            return db.execute("DELETE FROM roles WHERE identity = ?", [identity]).rowcount > 0

    def listing(self) -> list[tuple[str, str, str]]:
        """(identity, role, granted by) for every privileged person, admins from the environment first."""
        rows = [(identity, ADMIN, "BOT_ADMINS") for identity in sorted(self.admins)]
        rows += [tuple(r) for r in self.store.db.execute(
            "SELECT identity, role, granted_by FROM roles ORDER BY role, identity").fetchall()]
        return rows

    def privileged(self) -> list[tuple[str, str]]:
        """(identity, role) of everyone above citizen, for per-person command menus."""
        return [(identity, role) for identity, role, _ in self.listing()]
