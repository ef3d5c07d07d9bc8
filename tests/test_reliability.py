"""Issue 12 (reliability): what a person can send that once crashed or misled the bot.

Each test here failed before its fix. End-to-end ones (Telegram) are in test_telegram.py,
the fuzz run in test_fuzz.py.
"""
import pytest

from handlers import Conversation, Message
from handlers.roles import Roles

STAFF = "test:admin"
ODD_NUMBERS = ["²", "①", "١٢", "99999999999999999999999", "-1", "0", "1e3", "１"]


@pytest.fixture
def admin_conversation(kb, store):
    return Conversation(kb, store, roles=Roles(store, admins=frozenset({STAFF})))


def say(conversation, text, user="admin"):
    return conversation.handle(Message("test", user, text))


def snapshot(store):
    tables = ("facts", "fact_history", "announcements", "outbox", "feedback", "aliases")
    return {t: sorted(map(str, store.db[t].rows)) for t in tables if store.db[t].exists()}, store.kb_version()


@pytest.mark.parametrize("number", ODD_NUMBERS)
def test_a_forged_feedback_button_changes_nothing(admin_conversation, store, number):
    say(admin_conversation, "ty le ho ngheo")
    before = snapshot(store)
    [reply] = admin_conversation.choose(Message("test", "admin", ""), f"fb:{number}:1")
    assert "không còn" in reply.text
    assert snapshot(store) == before


@pytest.mark.parametrize("number", ODD_NUMBERS)
@pytest.mark.parametrize("command", ["/facts {}", "/facts poverty {}", "/cancel {}", "/send {}", "/teach {} poverty.total"])
def test_odd_numbers_in_commands_get_a_polite_reply_and_change_nothing(admin_conversation, store, command, number):
    say(admin_conversation, "vay vốn học phí")  # one unanswered question, for /teach
    before = snapshot(store)
    replies = say(admin_conversation, command.format(number))
    assert len(replies) == 1 and replies[0].text
    assert snapshot(store) == before


def test_a_choice_typed_in_another_scripts_digits_is_asked_again(admin_conversation):
    say(admin_conversation, "/topics")
    [reply] = say(admin_conversation, "²")
    assert "số thứ tự từ 1 đến" in reply.text
    assert "Giảm nghèo" in say(admin_conversation, "1")[0].text  # the choices stayed on offer


@pytest.mark.parametrize("value", ["١٢", "²", "1" * 50])
def test_a_figure_in_another_scripts_digits_is_refused(admin_conversation, store, value):
    before = snapshot(store)
    [reply] = say(admin_conversation, f"/setfact poverty.poor_households households={value}")
    assert "không phải là số" in reply.text
    assert snapshot(store) == before
