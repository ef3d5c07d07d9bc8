"""End to end: the Zalo Official Account channel against a fake OA Open API and OAuth server on 127.0.0.1
(tests/fake_zalo_oa.py, written from Zalo's documentation), its webhook taking signed events over HTTP."""
import asyncio
import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from channels import zalo_oa
from conftest import OA_SEED, free_port, oa_config, running_oa
from conftest import oa_deliver as deliver
from handlers import Conversation
from handlers.flood import FloodGuard
from handlers.roles import Roles
from store import TokenPair
from tests_support import stop, wait_until

ROOT = Path(__file__).resolve().parent.parent
CITIZEN = "8061457297356172345"
BOSS = "5310987654321000001"  # an admin (BOT_ADMINS=zalo-oa:<id>)


@pytest.fixture
def oa_conversation(kb, store):
    return Conversation(kb, store, Roles(store.roles, admins=frozenset({f"zalo-oa:{BOSS}"})), flood=FloodGuard())


@pytest.fixture
async def oa_bot(oa, oa_conversation, store):
    async with running_oa(oa, oa_conversation, store) as channel:
        yield channel


async def texts_to(fake, user, count=1, timeout=10.0):
    await wait_until(lambda: len(fake.texts_to(user)) >= count, timeout=timeout)
    return fake.texts_to(user)


def dump(path):
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


async def test_a_question_without_diacritics_is_answered(oa, oa_bot):
    assert await deliver(oa, oa_bot.url, oa.text_event(CITIZEN, "ty le ho ngheo bao nhieu")) == 200
    [answer] = await texts_to(oa, CITIZEN)
    assert "7,48%" in answer and "Báo Hậu Giang" in answer and "<b>" not in answer
    [feedback] = oa.buttons_to(CITIZEN)  # 👍/👎 as buttons under the answer
    assert [b["title"] for b in feedback] == ["👍 Hữu ích", "👎 Chưa đúng ý"]


async def test_a_choice_is_a_button_whose_query_comes_back(oa, oa_bot, store):
    await deliver(oa, oa_bot.url, oa.text_event(CITIZEN, "hộ"))
    [suggestion] = await texts_to(oa, CITIZEN)
    assert "1." not in suggestion  # real buttons, not numbered lines
    [choices] = oa.buttons_to(CITIZEN)
    near_poor = next(b for b in choices if "cận nghèo" in b["title"])
    assert near_poor["type"] == "oa.query.hide"
    # Pressing it: Zalo sends the button's payload back as the follower's text.
    await deliver(oa, oa_bot.url, oa.text_event(CITIZEN, near_poor["payload"]))
    answer = (await texts_to(oa, CITIZEN, 2))[1]
    assert "584 hộ cận nghèo" in answer
    assert store.questions.recent_unanswered() == [] or all("cận" not in q for q, _ in
                                                            store.questions.recent_unanswered())


async def test_images_and_stickers_get_a_text_only_note_and_other_events_are_ignored(oa, oa_bot):
    await deliver(oa, oa_bot.url, oa.event("user_send_image", CITIZEN, message={
        "msg_id": "img1", "attachments": [{"type": "image", "payload": {"url": "https://x/1.jpg"}}]}))
    await deliver(oa, oa_bot.url, oa.event("user_send_sticker", CITIZEN, message={"msg_id": "st1"}))
    await deliver(oa, oa_bot.url, oa.event("user_seen_message", CITIZEN, message={"msg_ids": ["m1"]}))
    await deliver(oa, oa_bot.url, oa.event("shop_has_order", CITIZEN))
    notes = await texts_to(oa, CITIZEN, 2)
    await asyncio.sleep(0.3)
    assert len(oa.texts_to(CITIZEN)) == 2 and all("tin nhắn chữ" in n for n in notes)


async def test_follow_greets_and_offers_a_subscription_unfollow_is_never_written_to_again(oa, oa_bot, store):
    await deliver(oa, oa_bot.url, oa.event("follow", CITIZEN))
    await wait_until(lambda: any("nhận thông báo" in t for t in oa.texts_to(CITIZEN)))
    greeting, *more, offer = oa.texts_to(CITIZEN)
    assert "Xin chào" in greeting and "nhận thông báo" in offer
    assert more == ["Các lựa chọn khác:"] * len(more)  # five buttons a message: the other topics follow
    *topics, [subscribe] = oa.buttons_to(CITIZEN)
    titles = [b["title"] for group in topics for b in group]
    assert any("nghèo" in t.lower() for t in titles) and len(titles) == len(set(titles)) > 5
    assert subscribe["payload"] == "cmd:/subscribe"
    await deliver(oa, oa_bot.url, oa.text_event(CITIZEN, subscribe["payload"]))
    await wait_until(lambda: "Đã đăng ký" in oa.texts_to(CITIZEN)[-1])
    assert store.subscriptions.recipients("poverty") == [("zalo-oa", CITIZEN)]

    await deliver(oa, oa_bot.url, oa.event("unfollow", CITIZEN))
    await wait_until(lambda: store.subscriptions.topics_of("zalo-oa", CITIZEN) == [])
    written = len(oa.texts_to(CITIZEN))
    await deliver(oa, oa_bot.url, oa.text_event(CITIZEN, "ty le ho ngheo"))  # a late event from before they left
    store.subscriptions.subscribe("zalo-oa", CITIZEN, CITIZEN)  # even a stale subscription row
    announcement = store.outbox.draft(f"zalo-oa:{BOSS}", BOSS, "Lịch chi trả", "*")
    store.outbox.confirm(announcement)
    await wait_until(lambda: store.outbox.counts(announcement)["pending"] == 0)
    await texts_to(oa, BOSS)  # the report
    assert len(oa.texts_to(CITIZEN)) == written
    assert store.outbox.counts(announcement)["unreachable"] == 1


async def test_a_forged_or_unsigned_webhook_is_refused_and_changes_nothing(oa, oa_bot, db_path):
    before = dump(db_path)
    body = oa.text_event(CITIZEN, "/subscribe")
    timestamp = json.loads(body)["timestamp"]
    assert await deliver(oa, oa_bot.url, body, signature=None) == 403
    assert await deliver(oa, oa_bot.url, body, signature="mac=" + "0" * 64) == 403
    assert await deliver(oa, oa_bot.url, body, signature=oa.sign(body, timestamp, secret="guessed")) == 403
    assert await deliver(oa, oa_bot.url, body, signature=oa.sign(body + b" ", timestamp)) == 403
    assert await deliver(oa, oa_bot.url, b"not json", signature=oa.sign(b"not json", "")) == 403
    await asyncio.sleep(0.3)
    assert oa.sent == [] and dump(db_path) == before


async def test_the_same_event_twice_is_answered_once(oa, oa_bot, store):
    body = oa.text_event(CITIZEN, "xkld nhat ban bn nguoi", msg_id="retried-1")
    assert await deliver(oa, oa_bot.url, body) == 200
    assert await deliver(oa, oa_bot.url, body) == 200  # Zalo's retry: the same body
    await texts_to(oa, CITIZEN)
    await asyncio.sleep(0.5)
    assert len(oa.texts_to(CITIZEN)) == 1
    assert len(list(store.database.db["questions"].rows)) == 1


async def test_an_access_token_that_expires_mid_broadcast_is_refreshed_once(oa, oa_bot, store):
    followers = [f"9000{n:03d}" for n in range(12)]
    for user in followers:
        store.contacts.interacted("zalo-oa", user, dt.timedelta(days=7))
        store.subscriptions.subscribe("zalo-oa", user, user)
    refreshes = len(oa.refresh_calls)
    oa.expire_after = 5  # the token Zalo takes now stops working after five messages
    announcement = store.outbox.draft(f"zalo-oa:{BOSS}", BOSS, "Lịch chi trả trợ cấp tháng 12", "*")
    store.outbox.confirm(announcement)
    await wait_until(lambda: store.outbox.counts(announcement)["pending"] == 0, timeout=20)
    assert "gửi được 12" in (await texts_to(oa, BOSS))[0]
    assert oa.delivered() == dict.fromkeys(followers, 1) | {BOSS: 1}  # the report, to the author
    assert len(oa.refresh_calls) == refreshes + 1
    assert store.outbox.counts(announcement)["sent"] == 12
    stored = store.tokens.get("zalo-oa", oa.app_id)
    assert stored.refresh_token == oa.refresh_token  # the new pair was kept


async def test_a_follower_outside_the_window_is_counted_apart_in_preview_and_report(oa, oa_bot, store):
    now = dt.datetime.now(dt.timezone.utc)
    for user in ("u-near", "u-recent"):
        store.contacts.interacted("zalo-oa", user, dt.timedelta(days=7), at=now - dt.timedelta(days=1))
        store.subscriptions.subscribe("zalo-oa", user, user)
    store.contacts.interacted("zalo-oa", "u-away", dt.timedelta(days=7), at=now - dt.timedelta(days=9))
    store.subscriptions.subscribe("zalo-oa", "u-away", "u-away")
    oa.followers["u-away"] = "outside"
    # Roles work on OA as elsewhere: the admin grants staff to a follower, who announces.
    await deliver(oa, oa_bot.url, oa.text_event(BOSS, "/grant zalo-oa:u-staff staff"))
    assert "Đã cấp quyền" in (await texts_to(oa, BOSS))[0]
    await deliver(oa, oa_bot.url, oa.text_event("u-staff", "/announce Lịch chi trả tháng 12"))
    [preview] = await texts_to(oa, "u-staff")
    assert "sẽ gửi tới 3 người" in preview and "gửi được ngay cho 2 người" in preview
    send = next(b for b in oa.buttons_to("u-staff")[0] if b["title"] == "Gửi")
    await deliver(oa, oa_bot.url, oa.text_event("u-staff", send["payload"]))
    report = (await texts_to(oa, "u-staff", 3, timeout=15))[-1]
    assert "gửi được 2" in report and "đã chặn/không còn 0" in report
    assert "ngoài thời hạn tương tác (Zalo chưa cho gửi) 1" in report
    rows = {r["chat_id"]: r["status"] for r in store.database.db["outbox"].rows}
    assert rows == {"u-near": "sent", "u-recent": "sent", "u-away": "unreachable"}
    assert store.subscriptions.topics_of("zalo-oa", "u-away") == ["*"]  # still subscribed: may come back


async def test_rate_errors_wait_and_the_row_goes_later(oa, oa_bot, store, monkeypatch):
    monkeypatch.setitem(zalo_oa.RATE_LIMITS, -32, 0.5)
    store.contacts.interacted("zalo-oa", "u1", dt.timedelta(days=7))
    store.subscriptions.subscribe("zalo-oa", "u1", "u1")
    oa.rate_limited = 2
    announcement = store.outbox.draft(f"zalo-oa:{BOSS}", BOSS, "Thử", "*")
    store.outbox.confirm(announcement)
    await wait_until(lambda: store.outbox.counts(announcement)["sent"] == 1, timeout=10)
    assert oa.delivered()["u1"] == 1 and [e for _, e in oa.refused] == [-32, -32]


async def test_a_refresh_token_zalo_refuses_stops_sending_with_one_clear_line(oa, oa_conversation, store, caplog):
    channel = zalo_oa.ZaloOAChannel(oa_conversation, store, oa_config(oa, free_port()))
    await channel.client.tokens.current()
    oa.expire_access_tokens()
    oa.refresh_token = "revoked-by-the-admin"
    with pytest.raises(zalo_oa.OATokenRejected):
        await channel.client.send_text(CITIZEN, "xin chào")
    assert await channel.delivery.send(CITIZEN, "Thử") == zalo_oa.Outcome("retry", 600.0)
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and "ZALO_OA_REFRESH_TOKEN" in errors[0].getMessage()
    assert len(oa.refresh_calls) == 2  # one at start, one after the refusal; none for the announcement
    await channel.client.close()


def test_the_signature_is_zalos_formula():
    config = zalo_oa.OAConfig("app1", "oa-secret", "app-secret", "rt")
    body = b'{"event_name":"user_send_text","timestamp":"1700000000000"}'
    mac = zalo_oa.signature("app1", body, "1700000000000", "oa-secret")
    import hashlib
    assert mac == hashlib.sha256(b"app1" + body + b"1700000000000" + b"oa-secret").hexdigest()
    assert zalo_oa.signed_event(config, f"mac={mac}", body)["event_name"] == "user_send_text"
    assert zalo_oa.signed_event(config, mac.upper(), body) is not None
    assert zalo_oa.signed_event(config, f"mac={mac[:-1]}0", body) is None


def test_a_process_killed_right_after_a_refresh_restarts_with_the_new_refresh_token(oa, tmp_path):
    """bot.py zalo-oa as deployed: the refresh's new pair is committed before use, so a restart uses it."""
    db = tmp_path / "kb.db"
    port = free_port()
    env = {**os.environ, "ZALO_OA_APP_ID": oa.app_id, "ZALO_OA_SECRET_KEY": oa.oa_secret_key,
           "ZALO_OA_APP_SECRET": oa.app_secret, "ZALO_OA_REFRESH_TOKEN": OA_SEED, "ZALO_OA_API_BASE": oa.base_url,
           "ZALO_OA_OAUTH_BASE": oa.base_url, "BOT_ADMINS": ""}
    for name in ("TELEGRAM_BOT_TOKEN", "ZALO_BOT_TOKEN"):
        env.pop(name, None)
    command = [sys.executable, str(ROOT / "bot.py"), "zalo-oa", "-v", "--db", str(db), "--listen", "127.0.0.1",
               "--port", str(port), "--path", "/oa-hook"]

    def stored_refresh_token():
        try:
            with sqlite3.connect(db) as conn:
                row = conn.execute("SELECT refresh_token FROM channel_tokens").fetchone()
        except sqlite3.Error:
            return None
        return row and row[0]

    first = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while stored_refresh_token() != oa.refresh_token or oa.refresh_token == OA_SEED:
            assert time.monotonic() < deadline and first.poll() is None, first.stderr.read1().decode()
            time.sleep(0.02)
        first.send_signal(signal.SIGKILL)  # right after the refresh: no clean shutdown
        first.wait(timeout=10)
    finally:
        first.kill()
    logged = first.stderr.read()
    new_refresh = oa.refresh_token
    assert oa.refresh_calls == [OA_SEED]

    oa.expire_access_tokens()  # the next message needs a refresh: with the token Zalo issued last
    # Restarted as a deployment runs it: `serve` starts the OA with the others when its settings are set.
    env.update(ZALO_OA_PORT=str(port), ZALO_OA_PATH="/oa-hook")
    second = subprocess.Popen([sys.executable, str(ROOT / "bot.py"), "serve", "-v", "--db", str(db)], env=env,
                              cwd=ROOT, stderr=subprocess.PIPE)
    try:
        body = oa.text_event(CITIZEN, "so lop dao tao nghe")
        deadline = time.monotonic() + 30
        while not oa.texts_to(CITIZEN):
            assert time.monotonic() < deadline and second.poll() is None, second.stderr.read1().decode()
            try:
                httpx.post(f"http://127.0.0.1:{port}/oa-hook", content=body, timeout=2,
                           headers={zalo_oa.SIGNATURE_HEADER: oa.sign(body, json.loads(body)["timestamp"])})
            except httpx.HTTPError:
                pass  # not listening yet; the event is taken once however often it comes
            time.sleep(0.2)
        assert "8 lớp" in oa.texts_to(CITIZEN)[0] and len(oa.texts_to(CITIZEN)) == 1
        assert oa.refresh_calls == [OA_SEED, new_refresh]
    finally:
        logged += stop(second)
    for secret in (OA_SEED, new_refresh, oa.refresh_token, oa.app_secret, oa.oa_secret_key, *oa.access_tokens):
        assert secret.encode() not in logged  # no token or secret ever logged


def test_stored_tokens_are_used_and_a_new_seed_starts_a_new_chain(oa, store):
    later = time.time() + 80000
    store.tokens.save("zalo-oa", oa.app_id, TokenPair("AT-stored", "RT-stored", later, OA_SEED))
    config = oa_config(oa, 0)

    async def current(config):
        client = zalo_oa.OAClient(store, config)
        try:
            return await client.tokens.current()
        finally:
            await client.close()

    assert asyncio.run(current(config)) == "AT-stored" and oa.refresh_calls == []
    oa.refresh_token = "RT-from-the-operator"
    import dataclasses
    assert asyncio.run(current(dataclasses.replace(config, refresh_token="RT-from-the-operator"))).startswith("AT-")
    assert oa.refresh_calls == ["RT-from-the-operator"]
