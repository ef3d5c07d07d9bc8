"""Staff announcements through the fake Telegram Bot API: preview, outbox, limits, failures, restarts."""
import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from conftest import ADMIN, buttons, sent
from store import Store

ROOT = Path(__file__).resolve().parent.parent
FIRST_CHAT = 5001
# how long a restarted sender may take to start and send what is left (a bound for a hang, not a speed: a loaded CI
# machine took over 30 s to start the bot and send 110 at Telegram's pace)
RESTART_DEADLINE = 180


def subscribe(store, count, topic="*", first=FIRST_CHAT):
    for chat in range(first, first + count):
        store.subscriptions.subscribe("telegram", str(chat), str(chat), topic)
    return [str(c) for c in range(first, first + count)]


def deliveries(fake, chats):
    """How many announcements each of ``chats`` received."""
    counts = Counter(str(c["chat_id"]) for c in fake.calls_to("sendMessage") if "Thông báo</b>" in c.get("text", ""))
    return {chat: counts.get(chat, 0) for chat in chats}


async def until_delivered(fake, chats, timeout=20):
    deadline = time.monotonic() + timeout
    while min(deliveries(fake, chats).values()) < 1:
        assert time.monotonic() < deadline, deliveries(fake, chats)
        await asyncio.sleep(0.05)


def previews(fake):
    return [c for c in fake.calls_to("sendMessage") if "Xem trước" in c.get("text", "")]


async def preview(fake, text):
    before = len(previews(fake))
    fake.push_text(ADMIN, f"/announce {text}")
    deadline = time.monotonic() + 10
    while len(previews(fake)) == before:
        assert time.monotonic() < deadline
        await asyncio.sleep(0.02)
    reply = previews(fake)[-1]
    return reply, {b["text"]: b["callback_data"] for b in buttons(reply)}


async def test_a_preview_then_cancel_sends_nothing(fake, bot, store):
    chats = subscribe(store, 5)
    reply, choice = await preview(fake, "Họp dân tối nay")
    assert "5</b> người" in reply["text"] and "Họp dân tối nay" in reply["text"]
    await asyncio.sleep(1.5)
    assert sum(deliveries(fake, chats).values()) == 0  # nothing before Gửi
    fake.push_button(ADMIN, choice["Hủy"])
    assert "Đã dừng" in (await sent(fake, 2))["text"]
    await asyncio.sleep(1.5)
    assert sum(deliveries(fake, chats).values()) == 0


async def test_confirm_sends_to_every_subscriber_once_and_reports(fake, bot, store):
    chats = subscribe(store, 20)
    _, choice = await preview(fake, "Lịch chi trả trợ cấp <ngày 5>")
    fake.push_button(ADMIN, choice["Gửi"])
    await until_delivered(fake, chats)
    await asyncio.sleep(1.5)
    assert set(deliveries(fake, chats).values()) == {1}
    texts = [c["text"] for c in fake.calls_to("sendMessage") if str(c["chat_id"]) == str(ADMIN)]
    assert any("gửi được 20" in t for t in texts)
    assert "&lt;ngày 5&gt;" in next(c["text"] for c in fake.calls_to("sendMessage") if str(c["chat_id"]) == chats[0])


async def test_a_topic_reaches_its_subscribers_and_those_of_everything(fake, bot, store):
    poverty = subscribe(store, 3, "poverty", first=6001)
    everything = subscribe(store, 2, "*", first=7001)
    welfare = subscribe(store, 3, "welfare", first=8001)
    reply, choice = await preview(fake, "#poverty Rà soát hộ nghèo")
    assert "5</b> người" in reply["text"]
    fake.push_button(ADMIN, choice["Gửi"])
    await until_delivered(fake, poverty + everything)
    await asyncio.sleep(1.5)
    assert sum(deliveries(fake, welfare).values()) == 0


async def test_429_is_waited_out_and_every_message_still_goes_once(fake, bot, store):
    chats = subscribe(store, 10)
    # On one recipient only: a 429 anywhere else (the preview, the staff's replies) would test nothing.
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1, times=2, chat=chats[0])
    _, choice = await preview(fake, "Thông báo thử")
    start = time.monotonic()
    fake.push_button(ADMIN, choice["Gửi"])
    deadline = start + 20
    while min(fake.delivered[chat] for chat in chats) < 1:
        assert time.monotonic() < deadline, dict(fake.delivered)
        await asyncio.sleep(0.05)
    assert time.monotonic() - start >= 2.0  # it waited as told, twice
    await asyncio.sleep(1.2)
    assert {chat: fake.delivered[chat] for chat in chats} == dict.fromkeys(chats, 1)
    assert deliveries(fake, chats) == {**dict.fromkeys(chats, 1), chats[0]: 3}  # two refused, then delivered


async def test_blocked_recipients_are_marked_and_skipped_next_time(fake, bot, store):
    chats = subscribe(store, 6)
    fake.fail_chats[chats[2]] = (403, "Forbidden: bot was blocked by the user")
    fake.fail_chats[chats[4]] = (400, "Bad Request: chat not found")
    _, choice = await preview(fake, "Lần một")
    fake.push_button(ADMIN, choice["Gửi"])
    reachable = [c for i, c in enumerate(chats) if i not in (2, 4)]
    await until_delivered(fake, reachable)
    await asyncio.sleep(1.5)
    outbox = {r["chat_id"]: r["status"] for r in store.database.db["outbox"].rows}
    assert outbox[chats[2]] == outbox[chats[4]] == "blocked"
    attempts = Counter(str(c["chat_id"]) for c in fake.calls_to("sendMessage"))

    second, choice = await preview(fake, "Lần hai")
    assert "4</b> người" in second["text"]
    fake.push_button(ADMIN, choice["Gửi"])
    await asyncio.sleep(2.0)
    again = Counter(str(c["chat_id"]) for c in fake.calls_to("sendMessage"))
    assert again[chats[2]] == attempts[chats[2]] and again[chats[4]] == attempts[chats[4]]
    assert again[chats[0]] == 2


async def test_a_scheduled_announcement_fires_from_the_database(fake, bot, store):
    chats = subscribe(store, 3)
    fake.push_text(ADMIN, "/schedule 2030-01-01 07:30 Khai giảng lớp nghề")
    assert "Đã hẹn" in (await sent(fake))["text"]
    await asyncio.sleep(1.2)
    assert sum(deliveries(fake, chats).values()) == 0
    with store.transaction() as db:  # the time comes (as after a restart, it is read from SQLite)
        db.execute("UPDATE announcements SET send_at = '2000-01-01T00:00:00+00:00' WHERE status = 'scheduled'")
    await until_delivered(fake, chats)


def test_the_schedule_takes_vietnam_time(store):
    from handlers import Message
    from handlers.announcements import AnnouncementCommands, utc_now

    commands = AnnouncementCommands(store.outbox, store.subscriptions, lambda name: None, clock=utc_now)
    commands.schedule(Message("telegram", "1", ""), "2030-01-01 07:30 Họp")
    [row] = list(store.database.db["announcements"].rows)
    assert row["send_at"] == "2030-01-01T00:30:00+00:00"
    assert "đã qua" in commands.schedule(Message("telegram", "1", ""), "2000-01-01 07:30 Họp")[0].text


def queued_for_bot_processes(fake, db, recipients):
    """An announcement confirmed to ``recipients`` subscribers in the file ``db``; the chats, and how
    ``bot.py telegram`` is started on that file against the fake (command, environment)."""
    store = Store.open(db)
    chats = subscribe(store, recipients)
    announcement = store.outbox.draft(f"telegram:{ADMIN}", str(ADMIN), "Thông báo khẩn", "*")
    assert store.outbox.confirm(announcement) == recipients
    store.close()
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE": fake.base_url,
           "BOT_ADMINS": f"telegram:{ADMIN}"}
    return chats, [sys.executable, str(ROOT / "bot.py"), "telegram", "--db", str(db)], env


def test_a_sender_killed_half_way_delivers_everyone_exactly_once_after_restart(fake, tmp_path):
    chats, command, env = queued_for_bot_processes(fake, tmp_path / "kb.db", 150)

    first = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while sum(deliveries(fake, chats).values()) < 40:
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.01)
        # Kill it between two sends, while it waits on the rate limit, where a crash most often lands.
        # (Killed between Telegram taking a message and the commit after it, that one message
        # would go out again on restart: the outbox is at-least-once in that instant.)
        while fake.in_flight or time.monotonic() - fake.last_answer_at < 0.015:
            time.sleep(0.001)
        first.send_signal(signal.SIGKILL)
        first.wait()
    finally:
        first.kill()
    partial = deliveries(fake, chats)
    assert 40 <= sum(partial.values()) < 150 and max(partial.values()) == 1

    second = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + RESTART_DEADLINE
        while min(deliveries(fake, chats).values()) < 1:
            assert time.monotonic() < deadline, "not everyone got it after the restart"
            time.sleep(0.05)
        time.sleep(1.0)
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=15)
    twice = [chat for chat, n in deliveries(fake, chats).items() if n != 1]
    assert not twice, f"delivered other than once: {twice}"


def announcement_calls(fake):
    """Every sendMessage of an announcement, in the order the fake received them (with their place among all calls)."""
    with fake._cond:
        calls = list(fake.calls)
    return [(at, params) for at, (name, params) in enumerate(calls)
            if name == "sendMessage" and "Thông báo</b>" in params.get("text", "")], calls


async def test_cancel_takes_effect_before_the_next_send_and_is_never_overwritten(fake, bot, store):
    """Issue 12, row 6: 78 messages went out after /cancel was acknowledged, recorded sent over cancelled."""
    chats = subscribe(store, 150)
    _, choice = await preview(fake, "Thông báo sẽ bị dừng")
    fake.push_button(ADMIN, choice["Gửi"])
    deadline = time.monotonic() + 20
    while sum(deliveries(fake, chats).values()) < 20:
        assert time.monotonic() < deadline
        await asyncio.sleep(0.01)
    [announcement] = store.outbox.recent()
    fake.push_text(ADMIN, f"/cancel {announcement['id']}")
    while not any("Đã dừng thông báo" in c.get("text", "") for c in fake.calls_to("sendMessage")):
        assert time.monotonic() < deadline
        await asyncio.sleep(0.01)
    await asyncio.sleep(1.5)

    sends, calls = announcement_calls(fake)
    acknowledged = next(at for at, (name, params) in enumerate(calls) if "Đã dừng thông báo" in params.get("text", ""))
    # At most the one message already handed to Telegram when the cancel committed arrives after the acknowledgement.
    assert len([at for at, _ in sends if at > acknowledged]) <= 1
    statuses = {r["chat_id"]: r["status"] for r in store.database.db["outbox"].rows}
    delivered = {chat for chat, n in deliveries(fake, chats).items() if n}
    assert max(deliveries(fake, chats).values()) == 1
    assert {chat for chat, status in statuses.items() if status == "sent"} == delivered
    assert {chat for chat, status in statuses.items() if status == "cancelled"} == set(chats) - delivered
    assert 20 <= len(delivered) < 60


def test_two_processes_on_one_file_deliver_to_each_recipient_once(fake, tmp_path):
    """Issue 12, row 9: a redeploy overlapping the old process for a minute sent 202 of 288 recipients the
    announcement twice. Each outbox row is claimed, with a lease in SQLite, by one process at a time."""
    db = tmp_path / "kb.db"
    chats, command, env = queued_for_bot_processes(fake, db, 288)
    old = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
    new = None
    try:
        deadline = time.monotonic() + 60
        while sum(deliveries(fake, chats).values()) < 20:
            assert time.monotonic() < deadline and old.poll() is None
            time.sleep(0.01)
        new = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.DEVNULL)  # the redeploy
        while min(deliveries(fake, chats).values()) < 1:
            assert time.monotonic() < deadline, "not everyone got it"
            assert old.poll() is None and new.poll() is None
            time.sleep(0.05)
        time.sleep(1.5)
    finally:
        for process in (old, new):
            if process:
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=15)
    twice = [chat for chat, n in deliveries(fake, chats).items() if n != 1]
    assert not twice, f"{len(twice)} of 288 delivered other than once"
    store = Store.open(db)
    rows = list(store.database.db["outbox"].rows)
    store.close()
    assert {r["status"] for r in rows} == {"sent"}
    assert len({r["claimed_by"] for r in rows}) == 2  # both processes sent some: they shared the work


async def test_a_row_held_by_a_sender_that_died_is_taken_over_when_its_lease_runs_out(tmp_path):
    from test_schema import Recorder

    from handlers.delivery import Deliverer

    db = tmp_path / "kb.db"
    first, second = Store.open(db), Store.open(db)  # two processes' connections to one file
    chats = subscribe(first, 3)
    first.outbox.confirm(first.outbox.draft(f"telegram:{ADMIN}", str(ADMIN), "Thông báo", "*"))
    row = first.outbox.next_pending("telegram")
    assert first.outbox.claim(row["id"], "old-process", lease=60) == 0  # ... which then dies mid-send
    recorder = Recorder()
    assert await Deliverer(second.outbox, "telegram", recorder).drain() == 2
    assert sorted(chat for chat, _ in recorder.sent) == chats[1:]  # the held row waits for its lease
    with second.transaction() as db_:
        db_.execute("UPDATE outbox SET lease_until = ? WHERE id = ?", [time.time() - 1, row["id"]])
    assert await Deliverer(second.outbox, "telegram", recorder).drain() == 1
    assert sorted(chat for chat, _ in recorder.sent) == chats
    assert not first.outbox.mark(row["id"], "failed", "old-process")  # the old process cannot settle it now
    assert second.outbox.counts(1)["sent"] == 3
    first.close()
    second.close()


def test_a_cancelled_row_is_never_sent_or_marked_again_and_one_in_flight_is_settled_as_it_went(store):
    subscribe(store, 4)
    outbox = store.outbox
    announcement = outbox.draft(f"telegram:{ADMIN}", str(ADMIN), "Thông báo", "*")
    outbox.confirm(announcement)
    in_flight = outbox.next_pending("telegram")["id"]
    assert outbox.claim(in_flight, "sender") == 0
    waiting = outbox.next_pending("telegram")["id"]
    assert outbox.cancel(announcement)
    assert outbox.next_pending("telegram") is None and outbox.claim(waiting, "sender") is None
    assert not outbox.mark(waiting, "sent", "sender")  # a cancelled row keeps its status
    assert outbox.mark(in_flight, "sent", "sender")  # handed to the messenger before the cancel: it went
    assert outbox.counts(announcement) == {"pending": 0, "sent": 1, "blocked": 0, "unreachable": 0, "failed": 0,
                                           "cancelled": 3}
