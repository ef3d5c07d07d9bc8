"""Tokens a channel obtains and rotates itself (Zalo OA's access token and single-use refresh token).

Each new pair is saved in a transaction of its own, committed before the new access token
is used: a process killed right after a refresh restarts with the refresh token Zalo just
issued, never with the one it already spent.
"""
from __future__ import annotations

from dataclasses import dataclass

from .database import Database, now


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_at: float  # seconds since the epoch
    seed: str  # the refresh token from the environment this chain of refreshes started from


class TokenStore:
    def __init__(self, database: Database):
        self.database = database

    def get(self, channel: str, account: str) -> TokenPair | None:
        row = self.database.conn.execute(
            "SELECT access_token, refresh_token, expires_at, seed FROM channel_tokens WHERE channel = ? AND account = ?",
            [channel, account]).fetchone()
        return TokenPair(row[0], row[1], float(row[2]), row[3]) if row else None

    def save(self, channel: str, account: str, pair: TokenPair) -> None:
        """Committed when this returns; never part of another transaction (it would be undone with it)."""
        if self.database.in_transaction:
            raise RuntimeError("a token pair is saved in a transaction of its own")
        with self.database.transaction() as db:
            db.execute("INSERT INTO channel_tokens (channel, account, access_token, refresh_token, expires_at, seed, "
                       "refreshed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (channel, account) DO UPDATE SET "
                       "access_token = excluded.access_token, refresh_token = excluded.refresh_token, "
                       "expires_at = excluded.expires_at, seed = excluded.seed, refreshed_at = excluded.refreshed_at",
                       [channel, account, pair.access_token, pair.refresh_token, repr(pair.expires_at), pair.seed,
                        now()])
