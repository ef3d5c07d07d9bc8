import asyncio

import pytest

from channels.telegram import build_application, polling
from fake_telegram import FakeTelegram
from handlers import Conversation
from handlers.flood import FloodGuard
from handlers.roles import Roles
from knowledge import KnowledgeBase, Store

ADMIN = 1000  # a Telegram user id listed in BOT_ADMINS for these tests


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kb.db"


@pytest.fixture
def store(db_path):
    store = Store(db_path)
    yield store
    store.close()


@pytest.fixture
def kb(store):
    return KnowledgeBase(store)


@pytest.fixture
def conversation(kb, store):
    return Conversation(kb, store)


@pytest.fixture
def fake():
    """A fake Telegram Bot API server on 127.0.0.1, as strict as Telegram: no test may leave
    a message Telegram would have refused (bad HTML, too long, bad buttons)."""
    with FakeTelegram() as server:
        yield server
    assert server.bad_requests == []


@pytest.fixture
def tg_conversation(kb, store):
    return Conversation(kb, store, flood=FloodGuard(), roles=Roles(store, admins=frozenset({f"telegram:{ADMIN}"})))


@pytest.fixture
async def bot(fake, tg_conversation):
    """The Application running as ``bot.py telegram`` runs it, polling the fake server."""
    async with polling(build_application(tg_conversation, fake.token, fake.base_url), timeout=1,
                       poll_interval=0) as application:
        yield application


def buttons(call):
    return [b for row in call["reply_markup"]["inline_keyboard"] for b in row]


async def sent(fake, count=1):
    """The ``count``-th sendMessage the bot made (waiting for it)."""
    return (await asyncio.to_thread(fake.wait_for, "sendMessage", count))[count - 1]
