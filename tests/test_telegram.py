"""End to end: the real python-telegram-bot Application against a fake Bot API server on 127.0.0.1."""
import asyncio
import json
import logging
import socket

import httpx
import pytest

from channels.telegram import build_application, polling
from conftest import buttons, sent
from tests_support import wait_until

USER = 4242


async def test_start_greets_with_the_topics_as_a_keyboard(fake, bot):
    fake.push_text(USER, "/start")
    call = await sent(fake)
    assert call["text"].startswith("Xin chào Lan")
    assert call["parse_mode"] == "HTML"
    assert [b["callback_data"] for b in buttons(call)][:2] == ["menu:poverty", "menu:welfare"]
    menus = fake.calls_to("setMyCommands")
    [citizens] = [m for m in menus if "scope" not in m]
    assert {c["command"] for c in citizens["commands"]} == {"start", "help", "topics", "sources", "subscribe",
                                                          "unsubscribe", "xoadulieu", "hoicanbo"}
    [admin] = [m for m in menus if "scope" in m]  # the admin of these tests gets a menu of their own
    assert admin["scope"] == {"type": "chat", "chat_id": 1000}
    assert {"setfact", "undo", "grant"} <= {c["command"] for c in admin["commands"]}


async def test_a_question_without_diacritics_gets_the_figure_and_feedback_buttons(fake, bot, store):
    fake.push_text(USER, "ty le ho ngheo bao nhieu")
    call = await sent(fake)
    assert "7,48%" in call["text"] and "Báo Hậu Giang" in call["text"]
    up, down = buttons(call)
    assert up["text"].startswith("👍") and down["text"].startswith("👎")

    fake.push_button(USER, up["callback_data"])
    [answered] = await asyncio.to_thread(fake.wait_for, "answerCallbackQuery")
    assert answered["text"].startswith("Cảm ơn")
    await asyncio.to_thread(fake.wait_for, "editMessageReplyMarkup")
    [row] = list(store.database.db["feedback"].rows)
    assert row["helpful"] == 1 and row["identity"] == f"telegram:{USER}"


async def test_replies_go_as_json_with_the_vietnamese_intact(fake, bot):
    fake.push_text(USER, "hộ cận nghèo bao nhiêu")
    call = await sent(fake)
    assert "584 hộ cận nghèo" in call["text"]
    assert fake.content_types["sendMessage"] == {"application/json"}
    assert isinstance(call["reply_markup"], dict)  # an object, not a JSON string inside a form


async def test_a_bot_api_that_does_not_answer_in_time_is_ptbs_timed_out(fake):
    from telegram.error import TimedOut
    from telegram.request import RequestData
    from telegram.request._requestparameter import RequestParameter

    from channels.telegram import JsonRequest

    fake.latency = 1.0
    request = JsonRequest(read_timeout=0.2)
    await request.initialize()
    try:
        data = RequestData([RequestParameter.from_input("chat_id", 1), RequestParameter.from_input("text", "xin chào")])
        with pytest.raises(TimedOut):
            await request.post(f"{fake.base_url}{fake.token}/sendMessage", data)
    finally:
        await request.shutdown()


async def test_a_suggestion_button_answers_that_fact_and_is_recorded(fake, bot, store):
    fake.push_text(USER, "hộ")
    suggestion = await sent(fake)
    assert "Có phải" in suggestion["text"]
    choice = next(b for b in buttons(suggestion) if b["callback_data"] == "fact:poverty.near_poor_households")
    fake.push_button(USER, choice["callback_data"])
    answer = await sent(fake, 2)
    assert "584 hộ cận nghèo" in answer["text"]
    await asyncio.to_thread(fake.wait_for, "answerCallbackQuery")
    [pick] = list(store.database.db["picks"].rows)
    assert pick["choice"] == "poverty.near_poor_households"


async def test_subscribe_and_unsubscribe(fake, bot, store):
    fake.push_text(USER, "/subscribe giảm nghèo")
    assert "Giảm nghèo" in (await sent(fake))["text"]
    assert store.subscriptions.topics_of("telegram", str(USER)) == ["poverty"]
    fake.push_text(USER, "/unsubscribe")
    assert "Đã ngừng" in (await sent(fake, 2))["text"]
    assert store.subscriptions.topics_of("telegram", str(USER)) == []


async def test_a_5000_character_message_is_refused_politely(fake, bot, store):
    fake.push_text(USER, "hộ nghèo " * 556)
    call = await sent(fake)
    assert "dài quá" in call["text"] and "5.00" in call["text"]
    assert store.database.db["questions"].count == 0


async def test_html_in_what_was_typed_is_escaped_in_the_reply(fake, bot):
    fake.push_text(USER, "/subscribe <script>alert(1)</script>")
    call = await sent(fake)
    assert "<script>" not in call["text"] and "&lt;script&gt;" in call["text"]


async def test_in_a_group_only_mentions_and_replies_are_answered(fake, bot):
    group = -100123
    fake.push_text(USER, "ty le ho ngheo", chat_type="supergroup", chat_id=group)
    fake.push_text(USER, "@HoiDapLongMyBot ty le ho ngheo", chat_type="supergroup", chat_id=group)
    call = await sent(fake)
    assert "7,48%" in call["text"] and int(call["chat_id"]) == group
    fake.push_text(USER, "con ho can ngheo?", chat_type="supergroup", chat_id=group, reply_to_bot=True)
    assert "584" in (await sent(fake, 2))["text"]
    await asyncio.sleep(0.3)
    assert len(fake.calls_to("sendMessage")) == 2


async def test_a_flood_gets_one_notice(fake, bot):
    for _ in range(30):
        fake.push_text(USER, "ty le ho ngheo")
    await asyncio.to_thread(fake.wait_for, "getUpdates", 3)
    await asyncio.sleep(1.0)
    texts = [c["text"] for c in fake.calls_to("sendMessage")]
    assert sum("quá nhanh" in t for t in texts) == 1
    assert len(texts) < 10


async def test_a_sticker_gets_a_polite_note(fake, bot):
    fake.push_sticker(USER)
    assert "tin nhắn chữ" in (await sent(fake))["text"]


async def test_an_error_is_logged_and_the_user_told_without_internals(fake, bot, tg_conversation, monkeypatch, caplog):
    def broken(message):
        raise RuntimeError("database exploded at /secret/path")

    monkeypatch.setattr(tg_conversation, "begin", broken)  # what Telegram calls
    with caplog.at_level(logging.ERROR):
        fake.push_text(USER, "ty le ho ngheo")
        call = await sent(fake)
        await wait_until(lambda: "database exploded" in caplog.text)
    assert "sự cố" in call["text"] and "secret" not in call["text"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_webhook_refuses_requests_without_the_secret(fake, tg_conversation, store, tg_roles):
    application = build_application(tg_conversation, store.outbox, tg_roles, fake.token, fake.base_url)
    port = free_port()
    await application.initialize()
    await application.updater.start_webhook(listen="127.0.0.1", port=port, url_path="tg",
                                            webhook_url="https://bot.example.invalid/tg", secret_token="s3cret")
    await application.start()
    try:
        [registered] = fake.calls_to("setWebhook")
        assert registered["secret_token"] == "s3cret"
        update = {"update_id": 7, "message": {
            "message_id": 3, "date": 0, "text": "ty le ho ngheo",
            "chat": {"id": USER, "type": "private"}, "from": {"id": USER, "is_bot": False, "first_name": "Lan"}}}
        url = f"http://127.0.0.1:{port}/tg"
        async with httpx.AsyncClient() as client:
            missing = await client.post(url, content=json.dumps(update), headers={"Content-Type": "application/json"})
            wrong = await client.post(url, content=json.dumps(update), headers={
                "Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": "guess"})
            assert (missing.status_code, wrong.status_code) == (403, 403)
            assert fake.calls_to("sendMessage") == []
            right = await client.post(url, content=json.dumps(update), headers={
                "Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": "s3cret"})
            assert right.status_code == 200
        assert "7,48%" in (await sent(fake))["text"]
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


@pytest.mark.parametrize("text, parse_mode, description", [
    ("<b>đậm</b> &amp; &lt;thẻ&gt; &#x27;", "HTML", None),
    ("<b>mở mà không đóng", "HTML", "can't parse entities: Can't find end tag"),
    ("<script>x</script>", "HTML", 'Unsupported start tag "script"'),
    ("<b><i>x</b></i>", "HTML", "Can't find end tag"),
    ("1 < 2", "HTML", "can't parse entities"),
    ("&foo;", "HTML", "Unsupported HTML entity"),
    ("a & b", "HTML", "Unsupported HTML entity"),
    ('<span class="x">a</span>', "HTML", "can't parse entities"),
    ("<b>" + "x" * 4096 + "</b>", "HTML", None),  # 4096 after parsing: the tags do not count
    ("&amp;" * 4097, "HTML", "message is too long"),
    ("<b></b>", "HTML", "message text is empty"),
    ("1 < 2 & <b>", None, None),  # without parse_mode it is just text
])
async def test_the_fake_bot_api_is_as_strict_as_telegram(fake, text, parse_mode, description):
    params = {"chat_id": USER, "text": text, **({"parse_mode": parse_mode} if parse_mode else {})}
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{fake.base_url}{fake.token}/sendMessage", json=params)
    if description is None:
        assert response.status_code == 200
    else:
        assert response.status_code == 400 and description in response.json()["description"]
        assert response.json()["description"].startswith("Bad Request: ")
    fake.bad_requests.clear()  # refused on purpose here


async def test_a_long_topic_answer_with_a_line_break_in_a_title_is_split_into_whole_html(fake, store, tg_application):
    from knowledge.edits import import_facts

    facts = [{"id": f"notes.n{n}", "topic": "notes", "title": f"Ghi chú {n}\n" + "tiêu đề dài " * 130, "questions": [f"ghi chú {n}"],
              "answer": f"Nội dung {n}: " + "chữ " * 340, "as_of": "2023-03-22", "as_of_label": "ngày 22/3/2023"}
             for n in range(5)]
    import_facts(store.facts, json.dumps({"topics": [{"id": "notes", "title": "Ghi chú"}], "facts": facts}), "test")
    async with polling(tg_application, timeout=1, poll_interval=0):
        fake.push_button(USER, "fact:topic:notes")
        await asyncio.to_thread(fake.wait_for, "answerCallbackQuery")
        await wait_until(lambda: fake.in_flight == 0 and len(fake.calls_to("sendMessage")) >= 2)
        await asyncio.sleep(0.2)
    assert fake.bad_requests == []
    pieces = [c["text"] for c in fake.calls_to("sendMessage")]
    assert len(pieces) >= 2 and all(f"Nội dung {n}" in "".join(pieces) for n in range(5))


async def test_many_people_at_once_all_get_their_answer_past_429s(fake, tg_application):
    """Row 7 of issue 12, small: bench/reply_burst.py runs it with 500 people."""
    fake.rate_limit, fake.chat_rate_limit = 30, 1
    people = range(50000, 50080)
    async with polling(tg_application, timeout=1, poll_interval=0):
        for person in people:
            fake.push_text(person, "ty le ho ngheo")
        await wait_until(lambda: len(fake.delivered) == len(people), timeout=30)
    assert fake.rejected > 0  # the limit was met, and waited out
    assert sorted(fake.delivered) == sorted(map(str, people)) and set(fake.delivered.values()) == {1}


GROUP = -100777


@pytest.mark.parametrize("command", ["/roles", "/unanswered", "/fact poverty.total", "/history poverty.total",
                                     "/announcements", "/facts", "/roles@HoiDapLongMyBot"])
async def test_privileged_commands_in_a_group_are_answered_in_private(fake, bot, command):
    from conftest import ADMIN

    fake.push_text(ADMIN, command, chat_type="supergroup", chat_id=GROUP)
    reply = await sent(fake)
    assert int(reply["chat_id"]) == ADMIN
    await asyncio.sleep(0.2)
    assert all(int(c["chat_id"]) != GROUP for c in fake.calls_to("sendMessage"))


async def test_a_privileged_command_in_a_group_from_someone_the_bot_cannot_write_to_gets_a_hint(fake, bot, store):
    from conftest import ADMIN

    fake.fail_chats[str(ADMIN)] = (403, "Forbidden: bot can't initiate conversation with a user")
    versions = store.facts.kb_version()
    fake.push_text(ADMIN, "/setfact poverty.poor_households households=1.700", chat_type="group", chat_id=GROUP)
    hint = await sent(fake)
    assert int(hint["chat_id"]) == GROUP and "tin nhắn riêng" in hint["text"] and "1.700" not in hint["text"]
    assert store.facts.kb_version() == versions  # the command did not run
    fake.push_text(USER, "/roles", chat_type="group", chat_id=GROUP)  # a citizen's refusal is not for the group either
    assert int((await sent(fake, 2))["chat_id"]) == USER


async def test_help_in_a_group_lists_only_citizens_commands(fake, bot):
    from conftest import ADMIN

    fake.push_text(ADMIN, "/help", chat_type="supergroup", chat_id=GROUP)
    reply = await sent(fake)
    assert int(reply["chat_id"]) == GROUP and "/subscribe" in reply["text"]
    assert "/setfact" not in reply["text"] and "/grant" not in reply["text"]
    fake.push_text(ADMIN, "/help")
    assert "/setfact" in (await sent(fake, 2))["text"]


async def test_channel_posts_inline_buttons_and_edited_messages_are_ignored(fake, bot, store, caplog):
    from conftest import ADMIN

    channel = {"id": -100555, "type": "channel", "title": "Tin huyện"}
    fake.push({"channel_post": {"message_id": 5, "date": 0, "chat": channel, "text": "ty le ho ngheo"}})
    fake.push({"callback_query": {"id": "cb-inline", "chat_instance": "ci", "data": "fb:1:1",
                                  "from": {"id": USER, "is_bot": False, "first_name": "Lan"},
                                  "inline_message_id": "AAAA"}})
    setfact = fake.push_text(ADMIN, "/setfact poverty.poor_households households=1.600")["message"]
    await sent(fake)
    fake.queue({"update_id": 10_000, "edited_message": {**setfact, "text": "/undo", "edit_date": 1}})
    fake.push_text(USER, "ty le ho ngheo")
    await asyncio.to_thread(fake.wait_for, "sendMessage", 2)
    await asyncio.sleep(0.3)
    texts = [c["text"] for c in fake.calls_to("sendMessage")]
    assert len(texts) == 2 and "1.600 hộ nghèo" in texts[-1]  # the edit did not run /undo
    assert [h["action"] for h in store.facts.history("poverty.poor_households")].count("undo") == 0
    assert "Error while handling" not in caplog.text
