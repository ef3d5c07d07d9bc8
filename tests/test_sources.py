"""Correcting a source (issue 11): /setsource in chat and ``facts setsource`` on the command line, validated,
in the history, one /undo, and cited by the very next answer."""
import subprocess
import sys
from pathlib import Path

import pytest

from channels.text import to_plain
from handlers import Message

ROOT = Path(__file__).resolve().parent.parent
KEY = "baohaugiang-2023-03-22"  # Long Mỹ's article, as knowledge/data/facts.json names it
QUESTION = "ty le ho ngheo long my"


def ask(conversation, text, user="op"):
    return conversation.handle(Message("test", user, text))


def run_cli(*args, db):
    return subprocess.run([sys.executable, str(ROOT / "bot.py"), "facts", *args, "--db", str(db)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.fixture
def operator(app):
    app.roles.session["test:op"] = "operator"
    return app.conversation


def snapshot(store):
    db = store.database.db
    return ([sorted(map(str, db[t].rows)) for t in ("sources", "facts", "fact_history")], store.facts.kb_version())


def test_a_corrected_publication_date_is_cited_by_the_next_answer(app, operator):
    [before] = ask(operator, QUESTION, user="citizen")
    assert "đăng ngày 22/03/2023" in before.text
    [reply] = ask(operator, f'/setsource {KEY} published=2023-03-24 title="Long Mỹ: tổng kết năm 2023"')
    assert "Đã sửa nguồn" in reply.text and "2023-03-22 → 2023-03-24" in reply.text
    assert app.store.facts.sources()[KEY]["title"] == "Long Mỹ: tổng kết năm 2023"
    [after] = ask(operator, QUESTION, user="citizen")
    assert "đăng ngày 24/03/2023" in after.text and "22/03/2023" not in after.text


@pytest.mark.parametrize("arguments, complaint", [
    (f"{KEY} publised=2023-03-24", "có phải là 'published'?"),
    (f"{KEY} published=2023-02-30", "không phải là một ngày"),
    (f"{KEY} published=2023-03-24 autor=X", "có phải là 'author'?"),
    (f"{KEY} url=baohaugiang.com.vn", "http"),
    ("baohaugiang-2023-03-23 published=2023-03-24", f"có phải là '{KEY}'?"),
    (f"{KEY}", "Ví dụ: /setsource"),
    (f"{KEY} published=2023-03-22", "không có gì thay đổi"),
])
def test_a_failed_correction_says_why_and_changes_nothing(app, operator, arguments, complaint):
    before = snapshot(app.store)
    [reply] = ask(operator, f"/setsource {arguments}")
    said = to_plain(reply.text)
    assert complaint in said and "Chưa có gì thay đổi" in said
    assert snapshot(app.store) == before


def test_a_correction_is_in_the_history_and_one_undo_takes_it_back(app, operator):
    ask(operator, f'/setsource {KEY} published=2023-03-24 author="Trần Thanh" outlet="Báo Hậu Giang điện tử"')
    [history] = ask(operator, f"/history {KEY}")
    assert "test:op" in history.text and "sửa nguồn" in history.text
    assert "ngày đăng: 2023-03-22 → 2023-03-24" in history.text
    assert "tác giả: Tin, ảnh: Trần Thanh → Trần Thanh" in history.text
    [undone] = ask(operator, "/undo")
    assert "sửa nguồn" in undone.text and KEY in undone.text
    source = app.store.facts.sources()[KEY]
    assert (source["published"], source["byline"], source["name"]) == ("2023-03-22", "Tin, ảnh: Trần Thanh",
                                                                       "Báo Hậu Giang")
    assert "đăng ngày 22/03/2023" in ask(operator, QUESTION, user="citizen")[0].text
    assert "chưa có thay đổi nào" in ask(operator, "/undo")[0].text  # one change, one undo


def test_a_citizen_cannot_correct_a_source(app, operator):
    before = snapshot(app.store)
    [reply] = ask(operator, f"/setsource {KEY} published=2023-03-24", user="citizen")
    assert "chỉ dành cho cán bộ" in reply.text and snapshot(app.store) == before


def test_sources_shows_operators_the_keys_they_correct_by(operator):
    assert KEY in ask(operator, "/sources")[0].text
    assert KEY not in ask(operator, "/sources", user="citizen")[0].text


def test_the_command_line_says_what_the_chat_says(app, operator, tmp_path):
    db = tmp_path / "cli.db"
    result = run_cli("setsource", KEY, "published=2023-03-24", "place=huyện Long Mỹ, tỉnh Hậu Giang", db=db)
    assert result.returncode == 0, result.stderr
    [reply] = ask(operator, f'/setsource {KEY} published=2023-03-24 place="huyện Long Mỹ, tỉnh Hậu Giang"')
    assert result.stdout.strip() == to_plain(reply.text).strip()
    assert "ngày đăng: 2023-03-22 → 2023-03-24" in run_cli("history", KEY, db=db).stdout
    refused = run_cli("setsource", KEY, "published=24/03/2023", db=db)
    assert refused.returncode == 1 and "không phải là một ngày" in refused.stderr
    assert "sửa nguồn" in run_cli("undo", db=db).stdout
    assert "2023-03-22" in run_cli("sources", db=db).stdout
