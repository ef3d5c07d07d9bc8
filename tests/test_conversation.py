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
    restarted = Conversation(kb, store)
    assert "Giảm nghèo" in say(restarted, "1", user="alice")[0].text
    assert "Giảm nghèo" not in say(restarted, "1", user="bob")[0].text


def test_a_stale_button_is_handled_politely(conversation):
    [reply] = conversation.choose(Message("test", "u1", ""), "fact:no.such_fact")
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
    assert store.db["questions"].count == 0


@pytest.mark.parametrize("text", ["👍", "😀😀😀", "!!!???", "\ufffd\ufffd"])
def test_emoji_and_junk_are_not_understood(conversation, text):
    [reply] = say(conversation, text)
    assert reply.status == "fallback" and "chưa hiểu" in reply.text


def test_sql_looking_text_is_just_a_question(conversation, store):
    [reply] = say(conversation, "'; DROP TABLE facts; --")
    assert reply.status != "answered"
    assert len(store.facts()) > 10


def test_markup_is_escaped_when_echoed(conversation):
    [reply] = say(conversation, "/<b>bold</b>")
    assert "<b>bold" not in reply.text and "&lt;b&gt;" in reply.text
    [greeting] = conversation.handle(Message("test", "u1", "/start", name="<i>Lan</i>"))
    assert "&lt;i&gt;Lan" in greeting.text


def test_every_question_is_logged_with_its_outcome(conversation, store):
    say(conversation, "ty le ho ngheo")
    say(conversation, "giá vàng hôm nay")
    rows = list(store.db["questions"].rows_where(order_by="id"))
    assert [(r["question"], r["status"]) for r in rows] == [
        ("ty le ho ngheo", "answered"), ("giá vàng hôm nay", "fallback")]
    assert rows[0]["fact_ids"] == "poverty.poor_households"
