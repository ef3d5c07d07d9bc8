"""End to end: the Zalo channel and its client against a fake Zalo Bot API server on 127.0.0.1."""
import asyncio
import dataclasses
import json
import socket
import time

import httpx
import pytest

from channels import zalo
from conftest import ADMIN, buttons, sent
from channels.base import Settings
from handlers.delivery import Deliverer
from tests_support import stop, wait_until

CITIZEN = "zalo-user-77"


@pytest.fixture
async def zalo_bot(zfake, tg_conversation, store):
    """The Zalo channel as ``bot.py zalo`` runs it: polling, with its announcement sender."""
    channel = zalo.ZaloChannel(tg_conversation, store.outbox, Settings(zfake.token, zfake.base_url))
    tasks = [asyncio.get_running_loop().create_task(channel.poll(timeout=1)),
             asyncio.get_running_loop().create_task(Deliverer(store.outbox, "zalo", channel.delivery).run(idle=0.2))]
    yield channel
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await channel.client.close()


async def texts_to(zfake, chat, count=1, timeout=10.0):
    deadline = time.monotonic() + timeout
    while len(zfake.texts_to(chat)) < count:
        assert time.monotonic() < deadline, zfake.texts_to(chat)
        await asyncio.sleep(0.02)
    return zfake.texts_to(chat)


async def test_a_question_without_diacritics_is_answered_with_typing_first(zfake, zalo_bot):
    zfake.push_text(CITIZEN, "ty le ho ngheo bao nhieu")
    [answer] = await texts_to(zfake, CITIZEN)
    assert "7,48%" in answer and "Báo Hậu Giang" in answer and "<b>" not in answer
    methods = [name for name, params in zfake.calls if params.get("chat_id") == CITIZEN]
    assert methods[:2] == ["sendChatAction", "sendMessage"]
    assert zfake.calls_to("sendChatAction")[0]["action"] == "typing"


async def test_a_numbered_suggestion_is_chosen_by_typing_its_number(zfake, zalo_bot):
    zfake.push_text(CITIZEN, "hộ")
    [suggestion] = await texts_to(zfake, CITIZEN)
    line = next(line for line in suggestion.splitlines() if "cận nghèo" in line)
    zfake.push_text(CITIZEN, line.strip().split(".")[0])
    answer = (await texts_to(zfake, CITIZEN, 2))[1]
    assert "584 hộ cận nghèo" in answer


async def test_feedback_is_typed_after_an_answer(zfake, zalo_bot, store):
    zfake.push_text(CITIZEN, "xkld nhat ban bn nguoi")
    await texts_to(zfake, CITIZEN)
    zfake.push_text(CITIZEN, "👍")
    assert "Cảm ơn" in (await texts_to(zfake, CITIZEN, 2))[1]
    [row] = list(store.database.db["feedback"].rows)
    assert row["helpful"] == 1 and row["identity"] == f"zalo:{CITIZEN}"


async def test_subscribe_on_zalo(zfake, zalo_bot, store):
    zfake.push_text(CITIZEN, "/subscribe dao tao nghe")
    assert "Đào tạo nghề" in (await texts_to(zfake, CITIZEN))[0]
    assert store.subscriptions.topics_of("zalo", CITIZEN) == ["vocational"]


async def test_stickers_get_a_polite_note(zfake, zalo_bot):
    zfake.push_sticker(CITIZEN)
    assert "tin nhắn chữ" in (await texts_to(zfake, CITIZEN))[0]


async def test_a_3000_character_answer_is_split_at_2000(zfake, zalo_bot, store, kb):
    fact = store.facts.fact("labour.job_fair")
    long_answer = " ".join(f"Câu {n}: phiên giao dịch việc làm có {{workers}} lao động tham gia." for n in range(50))
    store.facts.save_fact(dataclasses.replace(fact, answer=long_answer), actor="test")
    zfake.push_text(CITIZEN, "phien giao dich viec lam")
    await texts_to(zfake, CITIZEN, 2)
    await asyncio.sleep(0.3)
    pieces = zfake.texts_to(CITIZEN)
    assert len(pieces) == 2 and all(len(p) <= 2000 for p in pieces)
    assert "Câu 0:" in pieces[0] and "Câu 49:" in pieces[1] and "Báo Hậu Giang" not in pieces[0]


async def test_ok_false_and_408_do_not_stop_the_bot(zfake, zalo_bot):
    zfake.fail_next("getUpdates", 500, "Internal error", http_status=200)  # HTTP 200, ok: false
    zfake.fail_next("sendChatAction", 400, "bad action", http_status=200)
    await asyncio.sleep(2.5)  # some empty polls answered 408 go by, and one ok: false
    zfake.push_text(CITIZEN, "phien giao dich viec lam")
    assert "100 lao động" in (await texts_to(zfake, CITIZEN, timeout=15))[0]


async def test_an_announcement_confirmed_on_telegram_reaches_zalo_subscribers_once(
        fake, bot, zfake, zalo_bot, store):
    subscriptions = store.subscriptions
    zalo_chats = [f"zalo-{n}" for n in range(6)]
    for chat in zalo_chats:
        subscriptions.subscribe("zalo", chat, chat)
    subscriptions.subscribe("telegram", "5001", "5001")
    fake.push_text(ADMIN, "/announce Lịch chi trả trợ cấp tháng 12")
    preview = await sent(fake)
    assert "7</b> người" in preview["text"]
    fake.push_button(ADMIN, next(b["callback_data"] for b in buttons(preview) if b["text"] == "Gửi"))
    for chat in zalo_chats:
        await texts_to(zfake, chat)
    await asyncio.sleep(1.5)
    assert all(len(zfake.texts_to(chat)) == 1 for chat in zalo_chats)
    assert "Lịch chi trả trợ cấp tháng 12" in zfake.texts_to(zalo_chats[0])[0]
    rows = list(store.database.db["outbox"].rows)
    assert sorted(r["channel"] for r in rows) == ["telegram"] + ["zalo"] * 6
    assert {r["status"] for r in rows} == {"sent"}


async def test_a_blocked_zalo_subscriber_is_marked_and_deactivated(fake, bot, zfake, zalo_bot, store):
    subscriptions = store.subscriptions
    for chat in ("zalo-a", "zalo-b"):
        subscriptions.subscribe("zalo", chat, chat)
    zfake.fail_chats["zalo-b"] = (403, zfake.BLOCKED)
    fake.push_text(ADMIN, "/announce Thử")
    preview = await sent(fake)
    fake.push_button(ADMIN, next(b["callback_data"] for b in buttons(preview) if b["text"] == "Gửi"))
    await texts_to(zfake, "zalo-a")
    await asyncio.sleep(1.0)
    assert {r["chat_id"]: r["status"] for r in store.database.db["outbox"].rows} == {"zalo-a": "sent", "zalo-b": "blocked"}
    assert subscriptions.topics_of("zalo", "zalo-b") == []


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_webhook_needs_the_secret_and_takes_bare_or_wrapped_updates(zfake, tg_conversation, store):
    channel = zalo.ZaloChannel(tg_conversation, store.outbox, Settings(zfake.token, zfake.base_url))
    port = free_port()
    server = zalo.serve_webhook(channel, "s3cret", "127.0.0.1", port, "zalo")
    update = {"event_name": "message.text.received", "message": {
        "from": {"id": CITIZEN, "display_name": "Lan"}, "chat": {"id": CITIZEN, "chat_type": "PRIVATE"},
        "text": "so lop dao tao nghe", "message_id": "m1", "date": 1700000000000}}
    url = f"http://127.0.0.1:{port}/zalo"
    try:
        async with httpx.AsyncClient() as http:
            assert (await http.post(url, json=update)).status_code == 403
            wrong = await http.post(url, json=update, headers={zalo.SECRET_HEADER: "guess"})
            assert wrong.status_code == 403
            await asyncio.sleep(0.2)
            assert zfake.texts_to(CITIZEN) == []
            bare = await http.post(url, json=update, headers={zalo.SECRET_HEADER: "s3cret"})
            assert bare.status_code == 200
            assert "8 lớp" in (await texts_to(zfake, CITIZEN))[0]
            wrapped = await http.post(url, content=json.dumps({"ok": True, "result": update}),
                                      headers={zalo.SECRET_HEADER: "s3cret", "Content-Type": "application/json"})
            assert wrapped.status_code == 200
            assert len(await texts_to(zfake, CITIZEN, 2)) == 2
            junk = await http.post(url, content=b"\xff not json", headers={zalo.SECRET_HEADER: "s3cret"})
            assert junk.status_code == 400
    finally:
        server.stop()
        await channel.client.close()


def test_bot_py_serve_runs_telegram_and_zalo_in_one_process(fake, zfake, tmp_path):
    """The command a deployment runs: both tokens set, one process, one database."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE": fake.base_url,
           "ZALO_BOT_TOKEN": zfake.token, "ZALO_API_BASE": zfake.base_url}
    process = subprocess.Popen([sys.executable, str(root / "bot.py"), "serve", "-v", "--db", str(tmp_path / "kb.db")],
                               env=env, cwd=root, stderr=subprocess.PIPE)
    try:
        zfake.push_text(CITIZEN, "xkld nhat ban bn nguoi")
        fake.push_text(4242, "ty le ho ngheo")
        deadline = time.monotonic() + 30
        while not (zfake.texts_to(CITIZEN) and fake.calls_to("sendMessage")):
            assert time.monotonic() < deadline and process.poll() is None, process.stderr.read1().decode()
            time.sleep(0.05)
        assert "34 người" in zfake.texts_to(CITIZEN)[0]
        assert "7,48%" in fake.calls_to("sendMessage")[0]["text"]
        assert zfake.calls_to("deleteWebhook")  # polling: no webhook left in the way
    finally:
        logged = stop(process)
    assert fake.token.encode() not in logged and zfake.token.encode() not in logged  # tokens never logged


async def test_a_reply_that_meets_a_429_waits_and_still_arrives(zfake, zalo_bot):
    zfake.fail_next("sendMessage", 429, "Too many requests", retry_after=1, times=2)
    zfake.push_text("z1", "ty le ho ngheo")
    await wait_until(lambda: zfake.delivered.get("z1") == 1, timeout=10)
    assert len(zfake.calls_to("sendMessage")) == 3 and "7,48%" in zfake.texts_to("z1")[-1]
