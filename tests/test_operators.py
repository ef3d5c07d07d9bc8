"""Roles and operators' fact commands, end to end through the fake Telegram Bot API server."""
import asyncio
import io
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from channels import telegram
from conftest import ADMIN, buttons, sent
from handlers.conversation import EVERYONE
from handlers.flood import FloodGuard
from knowledge.facts import FACTS_FILE
from store import Store

ROOT = Path(__file__).resolve().parent.parent
CITIZEN = 4242
OPERATOR = 2000
# Plausible arguments for every privileged command, so a refusal is not just a usage error.
ARGUMENTS = {
    "facts": "", "fact": "poverty.poor_households", "setfact": "poverty.poor_households households=1",
    "setsource": "baohaugiang-2023-03-22 published=2023-03-24",
    "addfact": "poverty.x | poverty | Câu hỏi? | Trả lời", "alias": "poverty.poor_households hỏi thử",
    "delfact": "poverty.poor_households xacnhan", "restorefact": "poverty.poor_households", "history": "poverty.total",
    "undo": "", "unanswered": "", "teach": "1 poverty.total", "import": "",
    "ingest": 'source="Báo Trà Vinh" published=2024-01-10', "drafts": "", "approve": "all", "reject": "all", "grant": f"telegram:{CITIZEN} admin",
    "revoke": f"telegram:{OPERATOR}", "roles": "",
    "announce": "Họp dân tối nay", "schedule": "2030-01-01 07:00 Họp dân", "announcements": "", "cancel": "1",
    "send": "1", "stats": "7", "inbox": "", "nhan": "1", "traloi": "1 Anh/chị đến UBND xã", "dong": "1 Trùng câu hỏi",
    "thanhfact": "1",
}


def snapshot(store):
    """Everything a command could change."""
    tables = ("facts", "fact_history", "roles", "topics", "subscriptions", "announcements", "outbox", "drafts", "inbox",
              "inbox_steps")
    return {t: sorted(map(str, store.database.db[t].rows)) for t in tables if store.database.db[t].exists()}, \
        store.facts.kb_version()


async def grant_operator(fake, count):
    fake.push_text(ADMIN, f"/grant telegram:{OPERATOR} operator")
    assert "Đã cấp quyền" in (await sent(fake, count))["text"]


async def test_every_privileged_command_is_refused_to_a_citizen(fake, bot, tg_conversation, store):
    privileged = [c.name for c in tg_conversation.commands.values() if c.roles != EVERYONE]
    assert set(privileged) == set(ARGUMENTS), "a new privileged command needs plausible arguments here"
    tg_conversation.flood = FloodGuard(capacity=100)  # this citizen sends many commands on purpose
    await grant_operator(fake, 1)
    before = snapshot(store)
    for n, name in enumerate(privileged, 2):
        fake.push_text(CITIZEN, f"/{name} {ARGUMENTS[name]}".strip())
        reply = await sent(fake, n)
        assert "chỉ dành cho cán bộ" in reply["text"], name
    # Buttons run commands through the same check.
    fake.push_button(CITIZEN, "cmd:/delfact poverty.poor_households xacnhan")
    assert "chỉ dành cho cán bộ" in (await sent(fake, len(privileged) + 2))["text"]
    fake.push_document(CITIZEN, FACTS_FILE.read_bytes(), "/import replace")
    assert "chỉ dành cho cán bộ" in (await sent(fake, len(privileged) + 3))["text"]
    assert snapshot(store) == before


async def test_an_operator_changes_a_figure_and_the_next_question_sees_it(fake, bot, store):
    await grant_operator(fake, 1)
    fake.push_text(OPERATOR, "/setfact poverty.poor_households households=1.600 rate=7,7")
    changed = await sent(fake, 2)
    assert "Đã cập nhật" in changed["text"] and "1.600 hộ nghèo" in changed["text"]

    fake.push_text(CITIZEN, "co bao nhieu ho ngheo")
    assert "1.600 hộ nghèo" in (await sent(fake, 3))["text"]
    fake.push_text(CITIZEN, "tong so ho ngheo va can ngheo")
    total = (await sent(fake, 4))["text"]
    assert "2.184 hộ" in total and "10,50%" in total and "Cán bộ quản trị cập nhật" in total

    fake.push_text(OPERATOR, "/undo")
    assert "hoàn tác" in (await sent(fake, 5))["text"]
    fake.push_text(CITIZEN, "co bao nhieu ho ngheo")
    assert "1.562 hộ nghèo" in (await sent(fake, 6))["text"]

    fake.push_text(OPERATOR, "/history poverty.poor_households")
    history = (await sent(fake, 7))["text"]
    assert history.count(f"telegram:{OPERATOR}") == 2
    assert "households: 1.562 → 1.600" in history and "hoàn tác" in history


async def test_teach_makes_an_unanswered_phrasing_answer(fake, bot):
    question = "tuyển công nhân ở đâu"
    fake.push_text(CITIZEN, question)
    assert "100 lao động" not in (await sent(fake))["text"]
    await grant_operator(fake, 2)
    fake.push_text(OPERATOR, "/unanswered")
    listing = (await sent(fake, 3))["text"]
    assert f"1. {question}" in listing
    fake.push_text(OPERATOR, "/teach 1 labour.job_fair")
    assert "Từ nay" in (await sent(fake, 4))["text"]
    fake.push_text(CITIZEN, question)
    assert "100 lao động" in (await sent(fake, 5))["text"]


async def test_delete_asks_first_and_can_be_restored(fake, bot, store):
    await grant_operator(fake, 1)
    fake.push_text(OPERATOR, "/delfact labour.job_fair")
    confirm = await sent(fake, 2)
    assert store.facts.fact("labour.job_fair") is not None
    delete = next(b for b in buttons(confirm) if b["text"] == "Xóa")
    fake.push_button(OPERATOR, delete["callback_data"])
    assert "Đã xóa" in (await sent(fake, 3))["text"]
    fake.push_text(CITIZEN, "phien giao dich viec lam")
    assert "100 lao động" not in (await sent(fake, 4))["text"]
    fake.push_text(OPERATOR, "/restorefact labour.job_fair")
    assert "Đã khôi phục" in (await sent(fake, 5))["text"]
    fake.push_text(CITIZEN, "phien giao dich viec lam")
    assert "100 lao động" in (await sent(fake, 6))["text"]


@pytest.mark.parametrize("command, complaint", [
    ("/setfact no.such_fact households=1", "Không có dữ kiện"),
    ("/setfact poverty.poor_households households", "tên=giá_trị"),
    ("/setfact poverty.poor_households households=nhiều", "không phải là số"),
    ("/setfact poverty.poor_households rate=7,6 colour=1", "không có giá trị colour"),
    ("/setfact poverty.total households=3000", "tính tự động"),
    ("/setfact poverty.poor_households", "Cú pháp"),
    ("/setfact poverty.poor_households " + "dài " * 500, "quá giới hạn"),
    ("/setfact poverty.poor_households " + "x" * 5000, "dài quá"),
    ("/addfact poverty.new | poverty | Câu hỏi |", "Cú pháp"),
    ("/alias poverty.poor_households", "Thiếu câu hỏi"),
    ("/teach 99 poverty.total", "Cú pháp"),
])
async def test_bad_arguments_get_a_clear_message_and_change_nothing(fake, bot, store, command, complaint):
    await grant_operator(fake, 1)
    before = snapshot(store)
    fake.push_text(OPERATOR, command)
    reply = (await sent(fake, 2))["text"]
    assert complaint in reply
    assert snapshot(store) == before


@pytest.mark.parametrize("content, complaint", [
    (b"{not json", "JSON"),
    (json.dumps({"facts": [{"id": "x"}]}).encode(), "không hợp lệ"),
    (json.dumps({"facts": [{"id": "poverty.poor_households", "topic": "poverty", "title": "t",
                            "answer": "{missing}"}]}).encode(), "missing"),
    (b"\xff\xfe binary", "JSON"),
])
async def test_a_malformed_import_file_is_refused_whole(fake, bot, store, content, complaint):
    await grant_operator(fake, 1)
    before = snapshot(store)
    fake.push_document(OPERATOR, content, "/import")
    assert complaint in (await sent(fake, 2))["text"]
    assert snapshot(store) == before


async def test_an_import_merges_facts_and_reports(fake, bot, store):
    await grant_operator(fake, 1)
    data = json.loads(FACTS_FILE.read_text(encoding="utf-8"))
    data["facts"] = [f for f in data["facts"] if f["id"] == "labour.job_fair"]
    data["facts"][0]["values"]["workers"] = 150
    fake.push_document(OPERATOR, json.dumps(data, ensure_ascii=False).encode(), "/import")
    assert "cập nhật 1" in (await sent(fake, 2))["text"]
    fake.push_text(CITIZEN, "phien giao dich viec lam")
    assert "150 lao động" in (await sent(fake, 3))["text"]
    assert len(store.facts.facts()) > 20  # merge keeps the rest


async def test_roles_are_listed_and_revoked(fake, bot, tg_conversation):
    await grant_operator(fake, 1)
    fake.push_text(ADMIN, "/roles")
    listing = (await sent(fake, 2))["text"]
    assert f"telegram:{OPERATOR}" in listing and "telegram:1000" in listing
    fake.push_text(ADMIN, f"/revoke telegram:{OPERATOR}")
    assert "thu hồi" in (await sent(fake, 3))["text"]
    fake.push_text(OPERATOR, "/undo")
    assert "chỉ dành cho cán bộ" in (await sent(fake, 4))["text"]
    await asyncio.to_thread(fake.wait_for, "setMyCommands", 3)  # the operator's own menu changed twice


def test_a_process_killed_mid_import_leaves_the_database_as_it_was(tmp_path):
    sys.path.insert(0, str(ROOT))
    from bench.synthetic import write_facts_file

    db = tmp_path / "kb.db"
    store = Store.open(db)
    before = snapshot(store)
    store.close()
    big = write_facts_file(20_000, tmp_path / "big.json")
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "bot.py"), "facts", "import", str(big), "--db", str(db)],
        stderr=subprocess.PIPE, cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    progress = b""
    while b"/" not in progress:  # "Đang nhập 1.000/20.023 dữ kiện": it is writing, inside its transaction
        progress += process.stderr.read(1)
        assert progress or process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()

    store = Store.open(db)
    assert store.database.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert snapshot(store) == before
    assert store.facts.fact("synthetic.f0") is None


INGEST_ARTICLE = Path(__file__).resolve().parent / "data" / "eval" / "mytu" / "article.txt"


async def test_ingest_in_chat_says_it_started_then_how_far_it_got(fake, bot, store):
    await grant_operator(fake, 1)
    fake.push_document(OPERATOR, INGEST_ARTICLE.read_bytes(),
                       '/ingest source="Báo Sóc Trăng" published=2024-07-11', file_name="article.txt")
    assert "Đang đọc bài viết" in (await sent(fake, 2))["text"]
    edited = await asyncio.to_thread(fake.wait_for, "editMessageText", 1)
    assert "Câu 15/15" in edited[-1]["text"] and "Tìm thấy" in edited[-1]["text"]
    assert "dữ kiện nháp" in (await sent(fake, 3))["text"]
    assert store.facts.drafts()


async def test_a_word_document_ingested_in_chat_is_reviewed_approved_and_answers_a_citizen(fake, bot, store, tmp_path):
    import docx

    document = docx.Document()
    for line in INGEST_ARTICLE.read_text(encoding="utf-8").split("\n"):
        document.add_paragraph(line)
    document.save(tmp_path / "article.docx")
    await grant_operator(fake, 1)
    fake.push_document(OPERATOR, (tmp_path / "article.docx").read_bytes(),
                       '/ingest source="Báo Sóc Trăng" published=2024-07-11', file_name="article.docx")
    assert "Đang đọc bài viết" in (await sent(fake, 2))["text"]
    assert "dữ kiện nháp" in (await sent(fake, 3))["text"]
    question = "Theo kết quả rà soát cuối năm 2023, huyện Mỹ Tú còn bao nhiêu hộ nghèo?"
    fake.push_text(CITIZEN, question)
    waiting = await sent_saying(fake, "", 4, chat_id=CITIZEN)
    assert "1.028" not in (await sent(fake, waiting))["text"]  # a draft answers nobody
    fake.push_text(OPERATOR, "/drafts")
    listed = await sent_saying(fake, "Dữ kiện nháp chờ duyệt", waiting + 1)
    fake.push_text(OPERATOR, "/approve all")
    approved = await sent_saying(fake, "Đã duyệt và đăng", listed + 1)
    assert not store.facts.drafts()
    fake.push_text(CITIZEN, question)
    answer = (await sent(fake, await sent_saying(fake, "", approved + 1, chat_id=CITIZEN)))["text"]
    assert "1.028" in answer and "Báo Sóc Trăng" in answer and "11/07/2024" in answer


async def sent_saying(fake, text, count, chat_id=None):
    """The number of the first sendMessage from the ``count``-th on that says ``text`` (to ``chat_id``, if given): a
    long list is several messages."""
    while text not in (message := await sent(fake, count))["text"] or chat_id not in (None, message["chat_id"]):
        count += 1
    return count


async def test_ingest_in_reply_to_pasted_text(fake, bot, store):
    await grant_operator(fake, 1)
    fake.push_text(OPERATOR, '/ingest source="Báo Sóc Trăng" published=2024-07-11',
                   replied_text=INGEST_ARTICLE.read_text(encoding="utf-8"))
    assert "Đang đọc bài viết" in (await sent(fake, 2))["text"]
    assert "dữ kiện nháp" in (await sent(fake, 3))["text"]
    assert any(f["id"].startswith("mytu.") for f, _ in store.facts.drafts())


def long_article(sentences: int) -> bytes:
    """An article whose drafting takes seconds: one sentence with figures after another."""
    lines = ["Huyện Mỹ Tú: kết quả giảm nghèo năm 2023", ""]
    lines += [f"Năm 2023, ấp {n} có {100 + n} hộ nghèo, chiếm {n % 9 + 1},5% số hộ của ấp." for n in range(sentences)]
    return "\n".join(lines).encode()


async def test_a_long_ingest_shows_progress_while_it_runs_and_others_are_answered_meanwhile(fake, bot, store,
                                                                                             monkeypatch):
    monkeypatch.setattr(telegram, "PROGRESS_EVERY", 0.3)
    # The drafting waits, once it has said how far it got, until the note shows it: the test sees
    # progress during the work however fast this machine drafts.
    shown = threading.Event()
    hear = telegram.ProgressNote._hear

    def hear_then_wait(note, line):
        hear(note, line)
        if line.startswith("Câu "):
            shown.wait(30)

    monkeypatch.setattr(telegram.ProgressNote, "_hear", hear_then_wait)
    await grant_operator(fake, 1)
    fake.push_document(OPERATOR, long_article(4000), '/ingest source="Báo Sóc Trăng" published=2024-07-11',
                       file_name="long.txt")
    assert "Đang đọc bài viết" in (await sent(fake, 2))["text"]
    [first] = await asyncio.to_thread(fake.wait_for, "editMessageText", 1, 30)
    assert "4000 câu" in first["text"] and "Tìm thấy" not in first["text"]  # shown while drafting, not after
    fake.push_text(CITIZEN, "co bao nhieu ho ngheo")
    assert "1.562 hộ nghèo" in (await sent(fake, 3))["text"]  # answered before the ingest ends
    async def sentence_shown():  # sentence by sentence
        while not any("Câu " in call["text"] for call in fake.calls_to("editMessageText")):
            await asyncio.sleep(0.05)

    await asyncio.wait_for(sentence_shown(), 30)
    assert not store.facts.drafts()  # still drafting
    shown.set()
    result = (await asyncio.to_thread(fake.wait_for, "sendMessage", 4, 60))[3]
    assert "dữ kiện nháp" in result["text"] and len(store.facts.drafts()) >= 4000
    progress = fake.calls_to("editMessageText")
    assert "Tìm thấy" in progress[-1]["text"]  # the last lines shown before the result
    assert len({call["text"] for call in progress}) == len(progress)  # never the same text again


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    # ("bot.py facts list | head -1": the pipe closes before the list is written)
    process = subprocess.Popen([sys.executable, str(ROOT / "bot.py"), "facts", "list", "--db", str(tmp_path / "kb.db")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    process.stdout.close()  # before the bot has started: its first write finds the pipe closed
    _, errors = process.communicate(timeout=60)
    assert process.returncode == 0
    assert b"Traceback" not in errors and b"BrokenPipe" not in errors


def test_a_broken_pipe_in_a_server_is_no_reader_leaving(monkeypatch, tmp_path):
    # (from session 35's review: the quiet stop for "bot.py facts list | head" had hidden a server's broken pipe too)
    import bot  # (the command line's own module, as the other tests here run it by its path)

    def serve_and_break(args):
        raise BrokenPipeError("a socket closed")

    monkeypatch.setattr(bot, "run_serve", serve_and_break)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))  # (main reconfigures it: a real stream)
    with pytest.raises(BrokenPipeError):
        bot.main(["serve", "--db", str(tmp_path / "kb.db")])
