"""The roles admins granted in chat (those from BOT_ADMINS are not stored: handlers/roles.py)."""
from __future__ import annotations

from .database import Database, now


class RoleStore:
    def __init__(self, database: Database):
        self.database = database

    def role_of(self, identity: str) -> str | None:
        row = self.database.conn.execute("SELECT role FROM roles WHERE identity = ?", [identity]).fetchone()
        return row[0] if row else None

    def grant(self, identity: str, role: str, granted_by: str) -> None:
        with self.database.transaction() as db:
            db["roles"].upsert({"identity": identity, "role": role, "granted_by": granted_by, "at": now()},
                               pk="identity")

    def revoke(self, identity: str) -> bool:
        with self.database.transaction() as db:
            return db.execute("DELETE FROM roles WHERE identity = ?", [identity]).rowcount > 0

    def listing(self) -> list[tuple[str, str, str]]:
        """(identity, role, granted by) of everyone granted a role, by role then identity."""
        return [tuple(row) for row in self.database.conn.execute(
            "SELECT identity, role, granted_by FROM roles ORDER BY role, identity").fetchall()]
