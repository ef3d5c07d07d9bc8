import asyncio
import contextlib
import json
import socket

import httpx
import pytest

from app import build_bot
from channels import zalo_oa
from channels.telegram import build_application, polling
from fake_telegram import FakeTelegram
from fake_zalo import FakeZalo
from fake_zalo_oa import FakeZaloOA
from handlers.announcements import utc_now
from handlers.delivery import Deliverer
from handlers import Conversation
from handlers.flood import FloodGuard
from handlers.roles import Roles

ADMIN = 1000  # a Telegram user id listed in BOT_ADMINS for these tests
OA_SEED = "RT-seed-5b7e1c"  # the refresh token the fake Zalo OA server starts from


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


@pytest.fixture
def oa():
    """The fake Zalo OA server: no test may leave a request Zalo would have refused as malformed."""
    with FakeZaloOA(refresh_token=OA_SEED) as server:
        yield server
    assert server.bad_requests == []


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oa_config(fake, port):
    return zalo_oa.OAConfig(app_id=fake.app_id, oa_secret_key=fake.oa_secret_key, app_secret=fake.app_secret,
                            refresh_token=OA_SEED, api_base=fake.base_url, oauth_base=fake.base_url,
                            listen="127.0.0.1", port=port, path="/zalo-oa", per_second=50)


@contextlib.asynccontextmanager
async def running_oa(fake, conversation, store, clock=utc_now):
    """The Zalo OA channel as ``bot.py zalo-oa`` runs it: its webhook (``channel.url``) and its outbox sender."""
    port = free_port()
    channel = zalo_oa.ZaloOAChannel(conversation, store, oa_config(fake, port), clock=clock)
    await channel.client.tokens.current()
    server = zalo_oa.serve_webhook(channel, "127.0.0.1", port, "/zalo-oa")
    sender = asyncio.get_running_loop().create_task(
        Deliverer(store.outbox, "zalo-oa", channel.delivery, notices=conversation.inbox.queue_notices).run(idle=0.2))
    channel.url = f"http://127.0.0.1:{port}/zalo-oa"
    try:
        yield channel
    finally:
        sender.cancel()
        await asyncio.gather(sender, return_exceptions=True)
        server.stop()
        await channel.client.close()


async def oa_deliver(fake, url, body, signature="sign"):
    """POST an event to the webhook as Zalo does: signed (or with the header given, or none)."""
    if signature == "sign":
        signature = fake.sign(body, json.loads(body)["timestamp"])
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers[zalo_oa.SIGNATURE_HEADER] = signature
    async with httpx.AsyncClient() as http:
        return (await http.post(url, content=body, headers=headers)).status_code


@pytest.fixture
def zfake():
    """A fake Zalo Bot API on 127.0.0.1."""
    with FakeZalo() as server:
        yield server
