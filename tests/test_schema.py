"""The file's schema version: a file of the release before versions is upgraded in place, whole;
a file newer than the code is refused."""
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import build_bot
from handlers import Message
from handlers.delivery import SENT, Deliverer
from store import SchemaTooNew, Store, schema

ROOT = Path(__file__).resolve().parent.parent
RELEASE_0_1 = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite3"  # see the commit that added it


@pytest.fixture
def old_file(tmp_path):
    path = tmp_path / "deployed.db"
    shutil.copy(RELEASE_0_1, path)
    return path


def version(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def layout(path):
    """Every table's columns and every index, as SQLite describes them."""
    with sqlite3.connect(path) as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: ([tuple(c) for c in conn.execute(f"PRAGMA table_xinfo({name})")],
                       sorted((i[1], i[2], [c[2] for c in conn.execute(f"PRAGMA index_info({i[1]})")])
                              for i in conn.execute(f"PRAGMA index_list({name})")))
                for name in names}


class Recorder:
    """A messenger that takes every announcement."""

    per_second = 1000

    def __init__(self):
        self.sent = []

    async def send(self, chat_id, text):
        self.sent.append((chat_id, text))
        return SENT

    async def notify(self, chat_id, text, message_id):
        return None


async def test_a_file_of_the_release_before_keeps_everything_after_the_upgrade(old_file, tmp_path):
    assert version(old_file) == 0
    app = build_bot(old_file, admins=frozenset())
    assert version(old_file) == max(schema.MIGRATIONS)
    store = app.store

    poor = store.facts.fact("poverty.poor_households")  # changed with `bot.py facts set`
    assert poor.values == {"households": 1600, "rate": 7.6}
    assert [h["action"] for h in store.facts.history("poverty.poor_households")] == ["add", "update"]
    assert "xuat khau lao dong may nguoi" in store.facts.fact("labour.overseas").questions
    assert store.facts.undo_last("telegram:2000")["action"] == "alias"  # history is still undoable

    assert app.roles.role_of("telegram:2000") == "operator" and app.roles.role_of("telegram:3000") == "staff"
    assert store.subscriptions.topics_of("telegram", "5002") == ["*", "poverty"]
    assert store.subscriptions.topics_of("zalo", "zalo-a") == ["*"]
    assert store.questions.recent_unanswered() == [("giá vàng hôm nay", 1), ("hộ", 1)]

    # Conversation state: the choices offered to 5002 are still there, and 5001's last answer.
    [answer] = app.conversation.handle(Message("telegram", "5002", "2"))
    assert answer.fact_ids == ["poverty.near_poor_households"]
    assert store.state.last_answered("telegram:5001") == 1

    # The announcement pending in the outbox goes out; the scheduled one waits for 2030.
    assert store.outbox.get(2)["status"] == "scheduled"
    recorder = Recorder()
    assert await Deliverer(store.outbox, "telegram", recorder).drain() == 3
    assert sorted(chat for chat, _ in recorder.sent) == ["5001", "5002", "5003"]
    assert store.outbox.counts(1)["pending"] == 1  # the Zalo subscriber's row, for Zalo's sender
    app.close()

    fresh = tmp_path / "fresh.db"
    Store.open(fresh).close()
    assert version(fresh) == version(old_file)
    assert layout(fresh) == layout(old_file)  # upgraded or new, a file has the same tables and indexes


def test_a_file_newer_than_the_code_is_refused_and_left_alone(old_file):
    newer = max(schema.MIGRATIONS) + 1
    with sqlite3.connect(old_file) as conn:
        conn.execute(f"PRAGMA user_version = {newer}")
    before = old_file.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer than this release"):
        Store.open(old_file)
    assert version(old_file) == newer and old_file.read_bytes() == before

    result = subprocess.run([sys.executable, str(ROOT / "bot.py"), "ask", "hộ nghèo", "--db", str(old_file)],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "phiên bản mới hơn" in result.stderr and f"schema version {newer}" in result.stderr


def test_an_upgrade_that_fails_leaves_the_file_as_it_was(old_file, monkeypatch):
    with sqlite3.connect(old_file) as conn:  # an older layout that version 1 moves into conversation_state
        conn.execute("CREATE TABLE last_answers (identity TEXT PRIMARY KEY, question_id INTEGER)")
        conn.execute("INSERT INTO last_answers VALUES ('telegram:5003', 3)")
    before = layout(old_file)

    def broken(conn):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(schema.MIGRATIONS, max(schema.MIGRATIONS) + 1, broken)
    with pytest.raises(sqlite3.OperationalError):
        Store.open(old_file)
    assert version(old_file) == 0 and layout(old_file) == before  # migration 1 was undone with it
