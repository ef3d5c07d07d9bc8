"""Who may do what: one place that answers it for every command on every channel.

Roles: citizen (everyone, by default), staff (announcements), operator (facts), admin
(everything, and granting roles). Admins come from BOT_ADMINS ("telegram:123,zalo:abc")
and cannot be revoked by chat; other roles are granted by admins and kept in SQLite.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from typing import Literal

from store.roles import RoleStore

Role = Literal["citizen", "staff", "operator", "admin"]
CITIZEN, STAFF, OPERATOR, ADMIN = "citizen", "staff", "operator", "admin"
ROLES: tuple[Role, ...] = (CITIZEN, STAFF, OPERATOR, ADMIN)
GRANTABLE: tuple[Role, ...] = (STAFF, OPERATOR, ADMIN)
EVERYONE = frozenset(ROLES)  # a command anyone may run


def admins_from_env() -> frozenset[str]:
    return frozenset(i.strip() for i in os.environ.get("BOT_ADMINS", "").split(",") if i.strip())


class Roles:
    def __init__(self, store: RoleStore, admins: frozenset[str] | None = None):
        self.store = store
        self.admins = admins_from_env() if admins is None else admins
        self.session: dict[str, Role] = {}  # roles for this process only (bot.py chat --as operator)
        self._on_change: list[Callable[[str], None]] = []

    def on_change(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(identity)`` whenever someone's role is granted or revoked (a messenger's menus follow)."""
        self._on_change.append(listener)

    def role_of(self, identity: str) -> Role:
        if identity in self.admins:
            return ADMIN
        if identity in self.session:
            return self.session[identity]
        return self.store.role_of(identity) or CITIZEN

    def allows(self, identity: str, allowed: frozenset[str]) -> bool:
        """The one authorisation check: admins may do everything, others what their role is listed for."""
        role = self.role_of(identity)
        return role == ADMIN or role in allowed

    def grant(self, identity: str, role: Role, granted_by: str) -> None:
        self.store.grant(identity, role, granted_by)
        self._changed(identity)

    def revoke(self, identity: str) -> bool:
        revoked = self.store.revoke(identity)
        if revoked:
            self._changed(identity)
        return revoked

    def _changed(self, identity: str) -> None:
        for listener in self._on_change:
            listener(identity)

    def listing(self) -> list[tuple[str, str, str]]:
        """(identity, role, granted by) for every privileged person, admins from the environment first."""
        return ([(identity, ADMIN, "BOT_ADMINS") for identity in sorted(self.admins)] +
                [(identity, role, "bot.py chat --as") for identity, role in self.session.items()] + self.store.listing())

    def privileged(self) -> list[tuple[str, str]]:
        """(identity, role) of everyone above citizen, for per-person command menus."""
        return [(identity, role) for identity, role, _ in self.listing()]
