"""Hỏi cán bộ (issue 16), end to end: citizens on Zalo, Zalo OA and Telegram hand questions to staff on Telegram,
through the fake Bot API and the fake Zalo and Zalo OA servers, over real SQLite files."""
import asyncio
import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import build_bot
from channels import zalo
from channels.base import Settings
from conftest import ADMIN, buttons, oa_deliver, running_oa
from handlers import Message
from handlers.delivery import Deliverer
from handlers.inbox import without_phones
from handlers.office_hours import OfficeHours
from store.retention import VIETNAM
from tests_support import wait_until

ROOT = Path(__file__).resolve().parent.parent
CITIZEN = "zalo-user-16"
OA_CITIZEN = "8061457297356170016"
TG_CITIZEN = 4343
STAFF, OTHER_STAFF = 3001, 3002
OUT_OF_SCOPE = "Làm giấy xác nhận hộ nghèo cần những giấy tờ gì?"
ANSWER = "Anh/chị mang căn cước đến UBND xã nơi cư trú; cán bộ chính sách xã hướng dẫn làm đơn."
TUESDAY_9 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=VIETNAM)  # a Tuesday, in office hours


@pytest.fixture
def staff(store):
    for user in (STAFF, OTHER_STAFF):
        store.roles.grant(f"telegram:{user}", "staff", f"telegram:{ADMIN}")


@pytest.fixture
async def zalo_bot(zfake, tg_conversation, store):
    """The Zalo channel as ``bot.py serve`` runs it beside Telegram: polling, with its outbox sender."""
    channel = zalo.ZaloChannel(tg_conversation, store.outbox, Settings(zfake.token, zfake.base_url))
    deliverer = Deliverer(store.outbox, "zalo", channel.delivery, notices=tg_conversation.inbox.queue_notices)
    tasks = [asyncio.get_running_loop().create_task(channel.poll(timeout=1)),
             asyncio.get_running_loop().create_task(deliverer.run(idle=0.1))]
    yield channel
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await channel.client.close()


async def zalo_texts(zfake, chat, count):
    await wait_until(lambda: len(zfake.texts_to(chat)) >= count, timeout=10)
    return zfake.texts_to(chat)


def tg_found(fake, chat, containing):
    """The messages to ``chat`` that contain ``containing``, in any case."""
    return [c["text"] for c in fake.calls_to("sendMessage") if str(c["chat_id"]) == str(chat)
            and containing.lower() in c["text"].lower()]


async def tg_texts(fake, chat, containing, count=1):
    """The messages to ``chat`` that contain ``containing``, once there are ``count``."""
    await wait_until(lambda: len(tg_found(fake, chat, containing)) >= count, timeout=10)
    return tg_found(fake, chat, containing)


async def tg_say(fake, user, text, containing):
    """``user`` types ``text``; the next reply to them that contains ``containing``."""
    before = len(tg_found(fake, user, containing))
    fake.push_text(user, text)
    return (await tg_texts(fake, user, containing, before + 1))[-1]


def outbox_rows(store, inbox_id):
    return list(store.database.db["outbox"].rows_where("inbox_id = ?", [inbox_id]))


async def file_from_zalo(zfake, count_before=0):
    """A Zalo citizen asks something the bot does not know, and picks 'Hỏi cán bộ' by its number."""
    zfake.push_text(CITIZEN, OUT_OF_SCOPE)
    fallback = (await zalo_texts(zfake, CITIZEN, count_before + 1))[-1]
    line = next(line for line in fallback.splitlines() if "Hỏi cán bộ" in line and line.strip()[0].isdigit())
    zfake.push_text(CITIZEN, line.strip().split(".")[0])
    return (await zalo_texts(zfake, CITIZEN, count_before + 2))[-1]


async def test_a_zalo_citizen_asks_staff_on_telegram_answer_and_it_arrives_once_on_zalo(
        fake, bot, zfake, zalo_bot, store, staff):
    filed = await file_from_zalo(zfake)
    assert "số 1" in filed and "chuyển tới cán bộ" in filed
    notice = (await tg_texts(fake, STAFF, "câu hỏi mới"))[0]
    assert "(số 1)" in notice and "/inbox" in notice

    listing = await tg_say(fake, STAFF, "/inbox", "Câu hỏi chờ cán bộ")
    assert "Số 1" in listing and "Lan (Zalo)" in listing and OUT_OF_SCOPE in listing
    taken = await tg_say(fake, STAFF, "/nhan 1", "đã nhận câu hỏi số 1")
    assert OUT_OF_SCOPE in taken
    assert "đang xử lý" in await tg_say(fake, OTHER_STAFF, "/inbox", "Câu hỏi chờ cán bộ")  # others see who took it
    refused = await tg_say(fake, OTHER_STAFF, "/traloi 1 Tôi trả lời thay", "không có gì thay đổi")
    assert "đang do" in refused

    await tg_say(fake, STAFF, f"/traloi 1 {ANSWER}", "Đang gửi câu trả lời cho câu hỏi số 1")
    answers = [t for t in await zalo_texts(zfake, CITIZEN, 3) if "Cán bộ trả lời" in t]
    await wait_until(lambda: outbox_rows(store, 1)[0]["status"] == "sent")  # settled: it cannot go again
    answers = [t for t in zfake.texts_to(CITIZEN) if "Cán bộ trả lời câu hỏi số 1" in t]
    assert len(answers) == 1 and ANSWER in answers[0] and "<b>" not in answers[0]
    assert [step[2] for step in store.inbox.steps(1)] == ["asked", "taken", "answered"]
    assert store.inbox.steps(1)[2][1] == f"telegram:{STAFF}"


async def test_a_closed_question_tells_its_citizen_once_and_takes_no_answer_after(
        fake, bot, zfake, zalo_bot, store, staff):
    await file_from_zalo(zfake)
    await tg_texts(fake, OTHER_STAFF, "câu hỏi mới")
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    await tg_say(fake, STAFF, "/dong 1 Trùng với câu đã trả lời tại UBND xã", "Đã khép lại câu hỏi số 1")
    await wait_until(lambda: store.inbox.delivery(1) == "sent")  # settled through the outbox: it cannot go again
    polite = [t for t in zfake.texts_to(CITIZEN) if "khép lại" in t]
    assert len(polite) == 1 and "Trùng với câu đã trả lời" in polite[0] and "Xin cảm ơn" in polite[0]
    at, actor, action, detail = store.inbox.steps(1)[-1]
    assert (actor, action, detail) == (f"telegram:{STAFF}", "closed", "Trùng với câu đã trả lời tại UBND xã")
    assert before <= dt.datetime.fromisoformat(at) <= dt.datetime.now(dt.timezone.utc)

    assert await tg_say(fake, OTHER_STAFF, "/inbox", "chờ cán bộ") == "Không có câu hỏi nào đang chờ cán bộ trả lời."
    seen = await tg_say(fake, OTHER_STAFF, "/nhan 1", "Câu hỏi số 1")
    assert "một cán bộ khác khép lại" in seen
    for user in (STAFF, OTHER_STAFF):
        refused = await tg_say(fake, user, f"/traloi 1 {ANSWER}", "Câu hỏi số 1")
        assert "khép lại" in refused and "không có gì thay đổi" in refused
    assert len(outbox_rows(store, 1)) == 1 and store.inbox.get(1)["answer"] is None
    assert not list(store.database.db["outbox"].rows_where("channel = 'zalo' AND status = 'pending'"))
    assert len(zfake.texts_to(CITIZEN)) == 3  # the fallback, the filing, the closing: no answer follows


@pytest.fixture
def now():
    """The one clock of the Zalo OA test: the OA's interaction windows (the fake's and ours) and staff's inbox."""
    return [TUESDAY_9]


@pytest.fixture
async def oa_bot(oa, tg_conversation, store, now):
    """The Zalo OA channel beside Telegram, on the clock ``now`` (a test moves it instead of sleeping)."""
    oa.clock = lambda: now[0].timestamp()
    tg_conversation.inbox.clock = lambda: now[0]
    async with running_oa(oa, tg_conversation, store, clock=lambda: now[0]) as channel:
        yield channel


async def file_from_oa(oa, url):
    """A follower of the Zalo OA asks something the bot does not know and presses the 'Hỏi cán bộ' button."""
    before = len(oa.texts_to(OA_CITIZEN))

    def ask_button():
        return next((b for group in oa.buttons_to(OA_CITIZEN)[before:] for b in group if "Hỏi cán bộ" in b["title"]),
                    None)

    await oa_deliver(oa, url, oa.text_event(OA_CITIZEN, OUT_OF_SCOPE))
    await wait_until(lambda: ask_button() is not None)
    await oa_deliver(oa, url, oa.text_event(OA_CITIZEN, ask_button()["payload"]))
    await wait_until(lambda: "chuyển tới cán bộ" in oa.texts_to(OA_CITIZEN)[-1])
    return oa.texts_to(OA_CITIZEN)[-1]


async def test_a_zalo_oa_followers_window_is_shown_and_an_answer_after_it_is_reported_undeliverable(
        fake, bot, oa, oa_bot, store, staff, now):
    assert "số 1" in await file_from_oa(oa, oa_bot.url)
    listing = await tg_say(fake, STAFF, "/inbox", "Câu hỏi chờ cán bộ")
    assert "Người dân (Zalo OA)" in listing and "còn 7 ngày 0 giờ để trả lời qua Zalo OA" in listing
    now[0] += dt.timedelta(days=6, hours=23, minutes=20)
    assert "còn 40 phút để trả lời" in await tg_say(fake, STAFF, "/inbox", "Câu hỏi chờ cán bộ")
    now[0] += dt.timedelta(minutes=41)
    assert "đã quá thời hạn Zalo OA" in await tg_say(fake, STAFF, "/inbox", "Câu hỏi chờ cán bộ")

    queued = await tg_say(fake, STAFF, f"/traloi 1 {ANSWER}", "Đang gửi câu trả lời cho câu hỏi số 1")
    assert "qua Zalo OA" in queued and "quá thời hạn" in queued
    [told] = await tg_texts(fake, STAFF, "không tới được người hỏi")
    assert "câu hỏi số 1" in told and "thời hạn Zalo OA" in told
    assert store.inbox.delivery(1) == "unreachable" and store.inbox.steps(1)[-1][2:] == ("undelivered", "unreachable")
    assert oa.refused == [(OA_CITIZEN, -230)] and not [t for t in oa.texts_to(OA_CITIZEN) if ANSWER in t]
    assert not tg_found(fake, OTHER_STAFF, "không tới được")  # only whoever answered is told

    # The follower writes again: the window opens anew, and an answer within it arrives once.
    assert "số 2" in await file_from_oa(oa, oa_bot.url)
    assert "còn 7 ngày 0 giờ" in await tg_say(fake, STAFF, "/inbox", "Câu hỏi chờ cán bộ")
    now[0] += dt.timedelta(days=6)
    queued = await tg_say(fake, STAFF, f"/traloi 2 {ANSWER}", "Đang gửi câu trả lời cho câu hỏi số 2")
    assert "quá thời hạn" not in queued
    await wait_until(lambda: store.inbox.delivery(2) == "sent")
    [answer] = [t for t in oa.texts_to(OA_CITIZEN) if ANSWER in t]
    assert "Cán bộ trả lời câu hỏi số 2" in answer and "<b>" not in answer
    [confirmed] = await tg_texts(fake, STAFF, "đã được gửi tới người hỏi")  # one short notice, once it arrived
    assert confirmed == "✅ Câu trả lời cho câu hỏi số 2 đã được gửi tới người hỏi."
    assert store.inbox.steps(2)[-1][1:] == ("zalo-oa", "delivered", "sent")
    assert len(tg_found(fake, STAFF, "không tới được người hỏi")) == 1 and not tg_found(fake, OTHER_STAFF, "gửi tới")


async def test_two_staff_answering_at_once_send_one_answer_and_the_other_is_told(fake, bot, store, staff):
    assert "số <b>1</b>" in await tg_say(fake, TG_CITIZEN, f"/hoicanbo {OUT_OF_SCOPE}", "chuyển tới cán bộ")
    fake.push_text(STAFF, "/traloi 1 Câu trả lời của cán bộ A")
    fake.push_text(OTHER_STAFF, "/traloi 1 Câu trả lời của cán bộ B")
    await tg_texts(fake, STAFF, "câu hỏi số 1")
    await tg_texts(fake, OTHER_STAFF, "câu hỏi số 1")
    replies = [(await tg_texts(fake, user, "câu hỏi số 1"))[-1] for user in (STAFF, OTHER_STAFF)]
    assert sorted("Đang gửi" in r for r in replies) == [False, True]
    assert any("đã được một cán bộ khác trả lời" in r for r in replies)
    [row] = outbox_rows(store, 1)
    await wait_until(lambda: outbox_rows(store, 1)[0]["status"] == "sent")
    delivered = await tg_texts(fake, TG_CITIZEN, "Cán bộ trả lời câu hỏi số 1")
    assert len(delivered) == 1 and store.inbox.get(1)["answer"] in delivered[0]


async def test_an_answer_to_a_citizen_who_blocked_the_bot_is_undeliverable_and_staff_are_told(
        fake, bot, zfake, zalo_bot, store, staff):
    await file_from_zalo(zfake)
    zfake.fail_chats[CITIZEN] = (403, zfake.BLOCKED)
    await tg_say(fake, STAFF, f"/traloi 1 {ANSWER}", "Đang gửi")
    told = (await tg_texts(fake, STAFF, "không tới được người hỏi"))[0]
    assert "câu hỏi số 1" in told and "chặn" in told
    assert store.inbox.delivery(1) == "blocked"
    assert zfake.delivered[CITIZEN] == 2  # the fallback and the filing: the answer was refused


async def test_a_citizen_can_neither_read_nor_answer_the_inbox_and_nothing_changes(fake, bot, store, staff, db_path):
    await tg_say(fake, TG_CITIZEN, f"/hoicanbo Tôi ở số 0912 345 678, {OUT_OF_SCOPE}", "chuyển tới cán bộ")
    await tg_texts(fake, ADMIN, "câu hỏi mới")
    await wait_until(lambda: not list(store.database.db["outbox"].rows_where("status = 'pending'")))

    def dump():
        with sqlite3.connect(db_path) as conn:
            return list(conn.iterdump())

    before = dump()
    for command in ("/inbox", "/nhan 1", "/traloi 1 Tôi tự trả lời", "/dong 1 xong", "/thanhfact 1"):
        refused = await tg_say(fake, TG_CITIZEN, command, "chỉ dành cho cán bộ")
        assert "0912" not in refused and OUT_OF_SCOPE not in refused
    assert dump() == before
    assert store.inbox.get(1)["status"] == "open"
    assert "0912" not in store.inbox.get(1)["question"]  # staff never see a phone number


async def test_the_third_question_of_a_day_gets_the_polite_limit(fake, bot, store, tg_conversation):
    tg_conversation.inbox.clock = lambda: TUESDAY_9
    for number in (1, 2):
        filed = await tg_say(fake, TG_CITIZEN, f"/hoicanbo {OUT_OF_SCOPE}", f"số <b>{number}</b>")
        assert "đang trong giờ làm việc" in filed
    limit = await tg_say(fake, TG_CITIZEN, f"/hoicanbo {OUT_OF_SCOPE}", "tối đa")
    assert "2 câu hỏi" in limit and "ngày mai" in limit
    assert store.inbox.active(0, 10)[1] == 2
    tg_conversation.inbox.clock = lambda: TUESDAY_9 + dt.timedelta(days=1)
    assert "số <b>3</b>" in await tg_say(fake, TG_CITIZEN, f"/hoicanbo {OUT_OF_SCOPE}", "chuyển tới cán bộ")


async def test_an_answer_made_a_fact_and_approved_answers_the_next_citizen(fake, bot, store, staff):
    fallback = await tg_say(fake, TG_CITIZEN, OUT_OF_SCOPE, "chưa có thông tin")
    assert "Hỏi cán bộ" in fallback
    call = next(c for c in fake.calls_to("sendMessage") if c["text"] == fallback)
    ask = next(b for b in buttons(call) if "Hỏi cán bộ" in b["text"])
    fake.push_button(TG_CITIZEN, ask["callback_data"])
    await tg_texts(fake, TG_CITIZEN, "chuyển tới cán bộ")
    assert "chưa có câu trả lời" in await tg_say(fake, STAFF, "/thanhfact 1", "câu hỏi số 1")
    await tg_say(fake, STAFF, f"/traloi 1 {ANSWER}", "Đang gửi")
    drafted = await tg_say(fake, STAFF, "/thanhfact 1", "dữ kiện nháp")
    assert "inbox.q1" in drafted
    assert "inbox.q1" in await tg_say(fake, ADMIN, "/drafts", "inbox.q1")
    await tg_say(fake, ADMIN, "/approve inbox.q1", "Đã duyệt")
    answered = await tg_say(fake, TG_CITIZEN + 1, "lam giay xac nhan ho ngheo can giay to gi", "UBND xã")
    assert ANSWER.split(";")[0] in answered and "Cán bộ huyện Long Mỹ" in answered


async def test_a_thumbs_down_offers_to_ask_staff(fake, bot, store):
    answer = await tg_say(fake, TG_CITIZEN, "ty le ho ngheo", "7,48%")
    call = next(c for c in fake.calls_to("sendMessage") if c["text"] == answer)
    down = next(b for b in buttons(call) if "👎" in b["text"])
    fake.push_button(TG_CITIZEN, down["callback_data"])
    offer = (await tg_texts(fake, TG_CITIZEN, "chuyển câu hỏi tới cán bộ"))[0]
    call = next(c for c in fake.calls_to("sendMessage") if c["text"] == offer)
    fake.push_button(TG_CITIZEN, buttons(call)[0]["callback_data"])
    await tg_texts(fake, TG_CITIZEN, "số <b>1</b>")
    assert store.inbox.get(1)["question"] == "ty le ho ngheo"


def test_new_questions_are_told_to_staff_at_most_once_a_minute(app, store):
    conversation, now = app.conversation, [TUESDAY_9]
    conversation.inbox.clock = lambda: now[0]
    app.roles.grant("zalo:staff-1", "staff", "test")

    def notices():
        return [r["text"] for r in store.database.db["outbox"].rows_where("chat_id = 'staff-1'", order_by="id")]

    def ask(user):
        conversation.handle(Message("telegram", user, f"/hoicanbo {OUT_OF_SCOPE}"))
        conversation.inbox.queue_notices("zalo")

    ask("1")
    ask("2")
    now[0] += dt.timedelta(seconds=59)
    ask("3")
    assert notices() == ["📥 Có 1 câu hỏi mới của người dân đang chờ cán bộ (số 1). Gõ /inbox để xem."]
    now[0] += dt.timedelta(seconds=1)
    conversation.inbox.queue_notices("zalo")
    conversation.inbox.queue_notices("zalo")
    assert len(notices()) == 2 and "Có 2 câu hỏi mới" in notices()[1] and "(số 2, 3)" in notices()[1]
    assert not list(store.database.db["outbox"].rows_where("channel = 'telegram'"))  # only staff on that channel


def test_delivered_answers_are_confirmed_to_whoever_answered_grouped_and_apart_from_the_minute_rule(app, store):
    """A busy staff member answering several questions gets one short confirmation for those that arrived since
    the last pass, at once (not held back by the one-notice-a-minute rule for new questions); a closing is not
    confirmed (its reply said the citizen is told), and nothing is ever confirmed twice."""
    conversation, now = app.conversation, [TUESDAY_9]
    conversation.inbox.clock = lambda: now[0]
    app.roles.grant("zalo:staff-1", "staff", "test")
    for user in "1234":
        conversation.handle(Message("telegram", user, f"/hoicanbo {OUT_OF_SCOPE}"))
    conversation.inbox.queue_notices("zalo")  # the new-question notice: the next may come in a minute only
    for command in ("/traloi 1 Có.", "/traloi 2 Không.", "/dong 3", "/traloi 4 Có."):
        conversation.handle(Message("zalo", "staff-1", command))

    def settle(inbox_id, status):
        row = next(store.database.db["outbox"].rows_where("inbox_id = ?", [inbox_id]))
        store.outbox.claim(row["id"], "test-sender")
        store.outbox.mark(row["id"], status, "test-sender")

    def notices():
        return [r["text"] for r in store.database.db["outbox"].rows_where("chat_id = 'staff-1'", order_by="id")][1:]

    for inbox_id in (1, 2, 3):
        settle(inbox_id, "sent")
    conversation.inbox.queue_notices("zalo")
    conversation.inbox.queue_notices("zalo")
    assert notices() == ["✅ Câu trả lời cho các câu hỏi số 1, 2 đã được gửi tới người hỏi."]
    settle(4, "sent")
    conversation.inbox.queue_notices("zalo")
    assert notices()[1:] == ["✅ Câu trả lời cho câu hỏi số 4 đã được gửi tới người hỏi."]
    assert [step[2] for step in store.inbox.steps(3)] == ["asked", "closed", "delivered"]


def test_answers_delivered_before_confirmations_existed_are_not_confirmed_after_the_upgrade(app, store, db_path):
    app.roles.grant("zalo:staff-1", "staff", "test")
    app.conversation.handle(Message("telegram", "1", f"/hoicanbo {OUT_OF_SCOPE}"))
    app.conversation.handle(Message("zalo", "staff-1", "/traloi 1 Có."))
    row = next(store.database.db["outbox"].rows_where("inbox_id = 1"))
    store.outbox.claim(row["id"], "old-release")
    store.outbox.mark(row["id"], "sent", "old-release")
    store.database.conn.execute("PRAGMA user_version = 7")  # the file as the release before confirmations left it
    app.close()
    upgraded = build_bot(db_path)
    try:
        upgraded.conversation.inbox.queue_notices("zalo")
        assert not list(upgraded.store.database.db["outbox"].rows_where("text LIKE '%đã được gửi tới%'"))
    finally:
        upgraded.close()


def test_outside_office_hours_the_reply_says_when_the_office_reopens(app):
    conversation = app.conversation
    conversation.inbox.clock = lambda: dt.datetime(2026, 12, 4, 18, 30, tzinfo=VIETNAM)  # a Friday evening
    [reply] = conversation.handle(Message("zalo", "z1", f"/hoicanbo {OUT_OF_SCOPE}"))
    assert "ngoài giờ làm việc" in reply.text and "07:00 thứ Hai, ngày 07/12/2026" in reply.text


def test_office_hours_are_read_as_written_and_a_bad_value_keeps_the_default(monkeypatch):
    hours = OfficeHours.parse("Mon-Fri 07:00-11:30, 13:30-17:00; Sat 07:00-11:00")
    noon = dt.datetime(2026, 12, 1, 12, 0, tzinfo=VIETNAM)
    assert not hours.is_open(noon) and hours.next_opening(noon).strftime("%a %H:%M") == "Tue 13:30"
    saturday_noon = dt.datetime(2026, 12, 5, 12, 0, tzinfo=VIETNAM)
    assert hours.next_opening(saturday_noon).strftime("%a %d %H:%M") == "Mon 07 07:00"
    assert hours.is_open(dt.datetime(2026, 12, 5, 3, 0, tzinfo=dt.timezone.utc))  # 10:00 on Saturday in Vietnam
    monkeypatch.setenv("BOT_OFFICE_HOURS", "every day, all day")
    assert OfficeHours.from_env().is_open(TUESDAY_9) and not OfficeHours.from_env().is_open(saturday_noon)


def test_bad_staff_input_gets_a_polite_reply_and_changes_nothing(app, store, db_path):
    conversation = app.conversation
    app.roles.session["terminal:local"] = "staff"
    conversation.handle(Message("zalo", "z1", f"/hoicanbo {OUT_OF_SCOPE}"))
    with sqlite3.connect(db_path) as conn:
        before = list(conn.iterdump())
    for typed, expected in (("/nhan", "Gõ /nhan"), ("/nhan abc", "Gõ /nhan"), ("/nhan 99", "Không có câu hỏi số 99"),
                            ("/traloi 1", "Gõ /traloi"), (f"/traloi 1 {'x' * 3600}", "dài quá"),
                            ("/thanhfact 1", "chưa có câu trả lời"), ("/inbox 7", "Không có trang"),
                            ("/hoicanbo", "ghi câu hỏi")):
        [reply] = conversation.handle(Message("terminal", "local", typed))
        assert expected in reply.text, typed
    with sqlite3.connect(db_path) as conn:
        assert list(conn.iterdump()) == before


def test_the_inbox_follows_retention_and_erase_my_data(app, store):
    conversation = app.conversation
    conversation.handle(Message("zalo", "z1", f"/hoicanbo {OUT_OF_SCOPE}"))
    conversation.handle(Message("zalo", "z2", f"/hoicanbo {OUT_OF_SCOPE}"))
    conversation.handle(Message("zalo", "z1", "/xoadulieu xacnhan"))
    assert [row["user_id"] for row in store.inbox.active(0, 10)[0]] == ["z2"]
    assert not list(store.database.db["inbox_steps"].rows_where("actor = 'zalo:z1'"))
    store.retention.expire(keep_days=1, on=dt.date.today() + dt.timedelta(days=2))
    assert store.inbox.active(0, 10)[1] == 0 and not list(store.database.db["inbox_steps"].rows)


def test_phone_numbers_are_masked():
    assert without_phones("Anh Ba 0912.345.678 hoặc +84 912 345 678") == \
        "Anh Ba [số điện thoại] hoặc [số điện thoại]"
    assert without_phones("năm 2023 có 1.562 hộ") == "năm 2023 có 1.562 hộ"


def test_the_terminal_chat_plays_both_sides(tmp_path):
    script = "\n".join(["/nguoidan", OUT_OF_SCOPE, "1", "/canbo", "/inbox", "/nhan 1", f"/traloi 1 {ANSWER}",
                        "thoát"]) + "\n"
    result = subprocess.run([sys.executable, str(ROOT / "bot.py"), "chat", "--as", "staff", "--db",
                             str(tmp_path / "kb.db")], input=script.encode(), capture_output=True, timeout=60, cwd=ROOT)
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr
    assert "[người dân] Bạn:" in out and "1. 🙋 Hỏi cán bộ" in out
    assert "📨 Cán bộ nhận được:\n📥 Có 1 câu hỏi mới" in out
    assert "📨 Người dân nhận được:\n💬 Cán bộ trả lời câu hỏi số 1 của anh/chị" in out
    confirmed = "📨 Cán bộ nhận được:\n✅ Câu trả lời cho câu hỏi số 1 đã được gửi tới người hỏi."
    assert out.index(ANSWER) < out.index(confirmed) < out.index("[cán bộ] Bạn: ", out.index(ANSWER))  # at once
    assert out.count(ANSWER) == 1
