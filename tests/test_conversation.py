import pytest

from handlers import Message


def say(conversation, text, user="u1"):
    return conversation.handle(Message("test", user, text))


def test_start_greets_and_offers_the_topics(conversation):
    [reply] = say(conversation, "/start")
    assert reply.text.startswith("Xin chào")
    assert [c.data for c in reply.choices][:2] == ["menu:poverty", "menu:welfare"]


def test_a_bare_greeting_is_greeted_but_a_question_is_answered(conversation):
    assert say(conversation, "chào ad")[0].text.startswith("Xin chào")
    reply = say(conversation, "chào ad, hộ nghèo có bao nhiêu")[0]
    assert reply.status == "answered" and "1.562" in reply.text


def test_help_lists_the_commands(conversation):
    [reply] = say(conversation, "/help")
    assert "/start" in reply.text and "/topics" in reply.text


def test_an_answer_states_figure_date_and_source(conversation):
    [reply] = say(conversation, "ty le ho ngheo")
    assert reply.status == "answered"
    assert reply.fact_ids == ["poverty.poor_households"]
    assert "7,48%" in reply.text and "31/12/2022" in reply.text and "Báo Hậu Giang" in reply.text


def test_topics_then_a_number_then_a_number(conversation):
    say(conversation, "/topics")
    [topic] = say(conversation, "1")  # Giảm nghèo
    assert "Giảm nghèo" in topic.text
    assert [c.data for c in topic.choices][0] == "fact:poverty.poor_households"
    [answer] = say(conversation, "2")
    assert answer.fact_ids == ["poverty.near_poor_households"] and "584" in answer.text


def test_a_suggestion_is_picked_by_number(conversation):
    [suggestion] = say(conversation, "hộ")
    assert suggestion.status == "suggest" and suggestion.text.startswith("Tôi chưa chắc")
    position = [c.data for c in suggestion.choices].index("fact:poverty.poor_households") + 1
    [answer] = say(conversation, str(position))
    assert answer.fact_ids == ["poverty.poor_households"]


def test_choices_are_per_person_and_survive_a_restart(conversation, kb, store):
    from handlers import Conversation

    say(conversation, "/topics", user="alice")
    restarted = Conversation(kb, store, conversation.roles)
    assert "Giảm nghèo" in say(restarted, "1", user="alice")[0].text
    assert "Giảm nghèo" not in say(restarted, "1", user="bob")[0].text


def test_a_message_that_fails_midway_leaves_no_choices_behind(conversation, monkeypatch):
    """What the conversation keeps in memory never says more than the file does."""
    say(conversation, "/topics")
    remember = conversation._remember

    def remember_then_fail(*args, **kwargs):
        remember(*args, **kwargs)
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(conversation, "_remember", remember_then_fail)
    with pytest.raises(RuntimeError):
        say(conversation, "hộ")  # would offer other choices, but is rolled back
    monkeypatch.undo()
    [topic] = say(conversation, "1")  # still the topics offered before
    assert "Giảm nghèo" in topic.text


def test_choices_and_last_answers_of_an_older_file_carry_over(db_path):
    """Files made before conversation_state kept these in two tables of their own."""
    import sqlite3

    from app import build_bot

    old = sqlite3.connect(db_path)
    old.execute("CREATE TABLE pending_choices (identity TEXT PRIMARY KEY, choices TEXT, question_id INTEGER, at TEXT)")
    old.execute("CREATE TABLE last_answers (identity TEXT PRIMARY KEY, question_id INTEGER)")
    old.execute("INSERT INTO pending_choices VALUES ('test:alice', '[[\"Giảm nghèo\", \"menu:poverty\"]]', NULL, '')")
    old.execute("INSERT INTO last_answers VALUES ('test:alice', 7), ('test:bob', 9)")
    old.commit()
    old.close()
    app = build_bot(db_path)
    assert "Giảm nghèo" in say(app.conversation, "1", user="alice")[0].text
    assert app.store.state.last_answered("test:bob") == 9
    assert not app.store.database.db["pending_choices"].exists() and not app.store.database.db["last_answers"].exists()
    app.close()


@pytest.mark.parametrize("data", ["fact:no.such_fact", "menu:nothing", "fb:abc:1", "fb:7:2", "junk"])
def test_a_stale_or_forged_button_is_handled_politely(conversation, data):
    [reply] = conversation.choose(Message("test", "u1", ""), data)
    assert "không còn" in reply.text


def test_unknown_command(conversation):
    [reply] = say(conversation, "/deleteall now")
    assert "/deleteall" in reply.text and "/help" in reply.text


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\x00\x01\x02"])
def test_empty_input_gets_a_prompt(conversation, text):
    [reply] = say(conversation, text)
    assert "chưa nhập" in reply.text


def test_huge_input_is_refused_politely(conversation, store):
    [reply] = say(conversation, "hộ nghèo " * 1200)
    assert "dài quá" in reply.text
    assert store.database.db["questions"].count == 0


@pytest.mark.parametrize("text", ["👍", "😀😀😀", "!!!???", "\ufffd\ufffd"])
def test_emoji_and_junk_are_not_understood(conversation, text):
    [reply] = say(conversation, text)
    assert reply.status == "fallback" and "chưa hiểu" in reply.text


def test_sql_looking_text_is_just_a_question(conversation, store):
    [reply] = say(conversation, "'; DROP TABLE facts; --")
    assert reply.status != "answered"
    assert len(store.facts.facts()) > 10


def test_markup_is_escaped_when_echoed(conversation):
    [reply] = say(conversation, "/<b>bold</b>")
    assert "<b>bold" not in reply.text and "&lt;b&gt;" in reply.text
    [greeting] = conversation.handle(Message("test", "u1", "/start", name="<i>Lan</i>"))
    assert "&lt;i&gt;Lan" in greeting.text


def test_every_question_is_logged_with_its_outcome(conversation, store):
    say(conversation, "ty le ho ngheo")
    say(conversation, "giá vàng hôm nay")
    rows = list(store.database.db["questions"].rows_where(order_by="id"))
    assert [(r["question"], r["status"]) for r in rows] == [
        ("ty le ho ngheo", "answered"), ("giá vàng hôm nay", "fallback")]
    assert rows[0]["fact_ids"] == "poverty.poor_households"


def test_subscribe_to_everything_then_a_topic_then_stop(conversation, store):
    assert "tất cả các chủ đề" in say(conversation, "/subscribe")[0].text
    assert "đã đăng ký" in say(conversation, "/subscribe")[0].text
    assert "Giảm nghèo" in say(conversation, "/subscribe giam ngheo")[0].text
    assert store.subscriptions.topics_of("test", "u1") == ["*", "poverty"]
    assert "Giảm nghèo" in say(conversation, "/unsubscribe poverty")[0].text
    assert store.subscriptions.topics_of("test", "u1") == ["*"]
    say(conversation, "/unsubscribe")
    assert store.subscriptions.topics_of("test", "u1") == []
    assert "chưa đăng ký" in say(conversation, "/unsubscribe")[0].text


def test_subscribing_to_an_unknown_topic_lists_the_topics(conversation, store):
    [reply] = say(conversation, "/subscribe <b>bóng đá</b>")
    assert "&lt;b&gt;bóng đá" in reply.text and "poverty" in reply.text
    assert store.subscriptions.topics_of("test", "u1") == []


def test_feedback_on_an_answer_is_stored_once_per_person(conversation, store):
    [answer] = say(conversation, "ty le ho ngheo")
    assert answer.feedback_id
    [thanks] = conversation.choose(Message("test", "u1", ""), f"fb:{answer.feedback_id}:1")
    assert thanks.toast
    conversation.choose(Message("test", "u1", ""), f"fb:{answer.feedback_id}:0")
    rows = list(store.database.db["feedback"].rows)
    assert [(r["question_id"], r["helpful"]) for r in rows] == [(answer.feedback_id, 0)]


def test_picking_a_suggestion_records_which(conversation, store):
    [suggestion] = say(conversation, "hộ")
    conversation.choose(Message("test", "u1", ""), suggestion.choices[0].data)
    [pick] = list(store.database.db["picks"].rows)
    question = next(store.database.db["questions"].rows)
    assert pick["question_id"] == question["id"] and pick["choice"] == suggestion.choices[0].data[len("fact:"):]


def test_a_flood_gets_one_notice_then_silence(kb, store, conversation):
    from handlers import Conversation
    from handlers.flood import FloodGuard

    clock = [0.0]
    guarded = Conversation(kb, store, conversation.roles, flood=FloodGuard(capacity=3, rate=1, clock=lambda: clock[0]))
    replies = [say(guarded, "ty le ho ngheo") for _ in range(30)]
    assert [len(r) for r in replies[:3]] == [1, 1, 1] and "7,48" in replies[0][0].text
    assert "quá nhanh" in replies[3][0].text
    assert all(r == [] for r in replies[4:])
    assert say(guarded, "ty le ho ngheo", user="someone else")[0].status == "answered"
    clock[0] += 2
    assert say(guarded, "ty le ho ngheo")[0].status == "answered"


def test_a_communes_figure_we_lack_is_said_so_and_the_districts_offered_one_tap_away(conversation):
    [reply] = say(conversation, "xã Lương Tâm có bao nhiêu hộ nghèo vậy")
    assert reply.status == "suggest" and "1.562" not in reply.text
    assert "chưa có số liệu riêng của xã Lương Tâm" in reply.text and "huyện Long Mỹ" in reply.text
    [shown] = say(conversation, "1")
    assert shown.status == "answered" and "1.562" in shown.text


def test_a_later_occasion_is_not_answered_with_an_earlier_ones_figure_but_offered_it(conversation):
    [reply] = say(conversation, "Tết 2025 huyện tặng bao nhiêu phần quà?")
    assert reply.status == "suggest" and "chưa có số liệu của năm 2025" in reply.text and "Tết 2023" in reply.text


def test_a_later_year_of_a_count_gets_the_latest_said_to_be_the_latest(conversation):
    [reply] = say(conversation, "Cuối năm 2024 hộ nghèo huyện Long Mỹ còn bao nhiêu?")
    assert reply.status == "answered" and "1.562" in reply.text and "chưa có số liệu năm 2024" in reply.text


def test_a_question_about_a_place_we_know_nothing_of_says_which_places_we_know(conversation):
    [reply] = say(conversation, "Huyện Cái Nước có bao nhiêu hộ nghèo?")
    assert reply.status == "fallback" and "Cái Nước" in reply.text and "Long Mỹ" in reply.text
    assert "sự cố" not in reply.text
