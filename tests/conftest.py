import asyncio

import pytest

from app import build_bot
from channels.telegram import build_application, polling
from fake_telegram import FakeTelegram
from handlers import Conversation
from handlers.flood import FloodGuard
from handlers.roles import Roles

ADMIN = 1000  # a Telegram user id listed in BOT_ADMINS for these tests


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kb.db"


@pytest.fixture
def app(db_path):
    """The bot as ``bot.py chat`` builds it."""
    app = build_bot(db_path)
    yield app
    app.close()


@pytest.fixture
def store(app):
    return app.store


@pytest.fixture
def kb(app):
    return app.kb


@pytest.fixture
def conversation(app):
    return app.conversation


@pytest.fixture
def fake():
    """A fake Telegram Bot API server on 127.0.0.1, as strict as Telegram: no test may leave
    a message Telegram would have refused (bad HTML, too long, bad buttons)."""
    with FakeTelegram() as server:
        yield server
    assert server.bad_requests == []


@pytest.fixture
def tg_roles(store):
    return Roles(store.roles, admins=frozenset({f"telegram:{ADMIN}"}))


@pytest.fixture
def tg_conversation(kb, store, tg_roles):
    """The conversation as a messenger's bot has it (flood guard, an admin), over the same store."""
    return Conversation(kb, store, tg_roles, flood=FloodGuard())


@pytest.fixture
def tg_application(fake, tg_conversation, store, tg_roles):
    """The Application as ``bot.py telegram`` builds it, for the fake server, not yet running."""
    return build_application(tg_conversation, store.outbox, tg_roles, fake.token, fake.base_url)


@pytest.fixture
async def bot(tg_application):
    """The Application running as ``bot.py telegram`` runs it, polling the fake server."""
    async with polling(tg_application, timeout=1, poll_interval=0) as application:
        yield application


def buttons(call):
    return [b for row in call["reply_markup"]["inline_keyboard"] for b in row]


async def sent(fake, count=1):
    """The ``count``-th sendMessage the bot made (waiting for it)."""
    return (await asyncio.to_thread(fake.wait_for, "sendMessage", count))[count - 1]
