"""The office's statistics: /stats through the fake Bot API, the terminal table and HTML report,
unanswered questions grouped, retention, and a citizen's /xoadulieu."""
import asyncio
import base64
import datetime as dt
import io
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from PIL import Image

from app import build_bot
from conftest import ADMIN, buttons, sent
from handlers import Message
from reports.figures import collect
from store.retention import VIETNAM, today

ROOT = Path(__file__).resolve().parent.parent
STAFF = 3000
CITIZEN = 4242
# Known counts per day (days before today) and outcome, and who asked.
DAYS = {2: {"answered": 5, "suggest": 2, "fallback": 1}, 1: {"answered": 3, "fallback": 2}, 0: {"answered": 4, "suggest": 1}}
OLD = {200: {"answered": 2, "fallback": 1}, 190: {"suggest": 1}}  # past the retention period


def at(days_ago, minute=0):
    """Noon in Vietnam, ``days_ago`` days before today, as questions' ``at`` is written."""
    noon = dt.datetime.combine(today() - dt.timedelta(days=days_ago), dt.time(12, minute), VIETNAM)
    return noon.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def fill(store, days=DAYS, people=4):
    """Log the questions of ``days`` (oldest first, as the bot logs them); returns their ids."""
    ids = []
    for days_ago in sorted(days, reverse=True):
        n = 0
        for status, count in days[days_ago].items():
            for _ in range(count):
                fact = "poverty.poor_households" if status == "answered" else ""
                ids.append(store.database.conn.execute(
                    "INSERT INTO questions (at, channel, user_id, question, status, fact_ids, score) "
                    "VALUES (?, 'telegram', ?, ?, ?, ?, 0.9)",
                    [at(days_ago, n), str(7000 + n % people), f"câu hỏi {status} {n}", status, fact]).lastrowid)
                n += 1
    store.database.conn.commit()
    return ids


def feedback(store, question_ids, helpful):
    for n, question_id in enumerate(question_ids):
        store.questions.record_feedback(f"telegram:{7000 + n}", question_id, helpful)


def announcement(store, sent_to=3, blocked=1):
    for chat in range(8001, 8001 + sent_to + blocked):
        store.subscriptions.subscribe("telegram", str(chat), str(chat))
    announcement_id = store.outbox.draft(f"telegram:{STAFF}", str(STAFF), "Họp dân", "*")
    store.outbox.confirm(announcement_id)
    while (row := store.outbox.next_pending("telegram")) is not None:
        store.outbox.claim(row["id"], "test")
        store.outbox.mark(row["id"], "sent" if int(row["chat_id"]) < 8001 + sent_to else "blocked", "test")


async def message_to(fake, chat, text):
    """The first message sent to ``chat`` that says ``text`` (waiting for it)."""
    for _ in range(200):
        found = [c for c in fake.calls_to("sendMessage") if str(c["chat_id"]) == str(chat) and text in c["text"]]
        if found:
            return found[0]
        await asyncio.sleep(0.05)
    raise AssertionError(f"no message to {chat} saying {text!r}")


def png_size(data):
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(data)) as image:
        image.verify()
        return image.size


async def test_a_staff_members_stats_is_a_chart_and_figures_that_match_the_log(fake, bot, store, tg_roles):
    ids = fill(store)
    feedback(store, ids[:3], True)
    feedback(store, ids[3:4], False)
    announcement(store)  # 4 subscribers, 3 reached, 1 blocked (and unsubscribed)
    tg_roles.grant(f"telegram:{STAFF}", "staff", f"telegram:{ADMIN}")
    fake.push_text(STAFF, "/stats 7")
    [photo] = await asyncio.to_thread(fake.wait_for, "sendPhoto")
    width, height = png_size(photo["photo"])
    assert 600 <= width <= 2000 and 300 <= height <= 1200 and 10_000 < len(photo["photo"]) < 1_000_000
    caption = photo["caption"]
    assert f"({(today() - dt.timedelta(days=6)):%d/%m/%Y} – {today():%d/%m/%Y})" in caption
    assert "Câu hỏi: <b>18</b>, của 4 người" in caption
    assert "Trả lời được: 12 (66,7%)" in caption
    assert "Đưa ra lựa chọn: 3 (16,7%)" in caption
    assert "Chưa có thông tin: 3 (16,7%)" in caption
    assert "👍 3 · 👎 1" in caption
    assert "Người đăng ký nhận thông báo: 3" in caption
    assert "Thông báo đã gửi: 1, tới 3 lượt người nhận" in caption
    # The chart's figures: per day and outcome, as filled.
    report = collect(store.stats, 7)
    assert [dict(counts) for day, counts in report.daily[-3:]] == [
        {"answered": 5, "suggest": 2, "fallback": 1}, {"answered": 3, "suggest": 0, "fallback": 2},
        {"answered": 4, "suggest": 1, "fallback": 0}]
    assert sum(report.total() for _ in [0]) == 18 and report.daily[0][1] == dict.fromkeys(report.daily[0][1], 0)


async def test_a_citizen_asking_for_stats_gets_the_refusal_and_nothing_else(fake, bot, store):
    fill(store)
    fake.push_text(CITIZEN, "/stats")
    assert "chỉ dành cho cán bộ" in (await sent(fake))["text"]
    await asyncio.sleep(0.5)
    assert fake.calls_to("sendPhoto") == [] and len(fake.calls_to("sendMessage")) == 1


def test_stats_on_zalo_and_in_the_terminal_is_the_text_alone(app):
    app.roles.session["zalo:z1"] = "operator"
    [reply] = app.conversation.handle(Message("zalo", "z1", "/stats 30"))
    assert reply.image and "Thống kê 30 ngày" in reply.text  # the channel sends the text only
    from channels.text import numbered_plain
    assert "<b>" not in numbered_plain(reply)
    [usage] = app.conversation.handle(Message("zalo", "z1", "/stats 12"))
    assert "Cú pháp" in usage.text and usage.image is None


def test_unanswered_questions_typed_five_ways_are_one_group_with_a_ready_hint(app):
    asked = ["Lịch cắt điện xã Long Bình tuần này", "lich cat dien xa long binh tuan nay",
             "LỊCH CẮT ĐIỆN XÃ LONG BÌNH TUẦN NÀY Ạ", "lịch cắt đện xã Long Bình tuần này",
             "Lịch cắt điện xã Long Bình tuần này?", "giá vàng hôm nay"]
    for n, question in enumerate(asked):
        [reply] = app.conversation.handle(Message("telegram", str(7000 + n), question))
        assert reply.status != "answered", question
    app.roles.session["terminal:op"] = "operator"
    [reply] = app.conversation.handle(Message("terminal", "op", "/stats chưa trả lời 7"))
    lines = reply.text.splitlines()
    example = next(q for q in asked if lines[1] == f"1. “{q}”: 5 lần (5 cách hỏi)")  # the latest of the most asked
    assert lines[2].strip() in (f"↳ /addfact mã | chủ đề | {example} | câu trả lời", ) or \
        lines[2].strip().startswith("↳ /teach ") and lines[2].endswith(example)
    assert lines[3].startswith("2. “giá vàng hôm nay”: 1 lần")
    assert not any("7000" in line for line in lines)  # never who asked


def test_a_teach_hint_teaches(app):
    app.roles.session["terminal:op"] = "operator"
    [reply] = app.conversation.handle(Message("terminal", "op", "/teach poverty.poor_households nhà nghèo bao nhiêu"))
    assert "nhà nghèo bao nhiêu" in reply.text and "poverty.poor_households" in reply.text
    assert "nhà nghèo bao nhiêu" in app.store.facts.fact("poverty.poor_households").questions


def test_stats_by_topic_and_the_facts_with_most_thumbs_down(app):
    ids = fill(app.store)
    feedback(app.store, ids[:2], False)
    app.roles.session["terminal:op"] = "staff"
    [topics] = app.conversation.handle(Message("terminal", "op", "/stats chủ đề"))
    assert "• Giảm nghèo: 12" in topics.text and "poverty.poor_households" in topics.text
    [unanswered] = app.conversation.handle(Message("terminal", "op", "/stats chua tra loi 90"))
    assert "poverty.poor_households (Số hộ nghèo và tỷ lệ hộ nghèo): 👎 2 · 👍 0" in unanswered.text


class Page(HTMLParser):
    """Every tag and attribute of a page, and its text."""

    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_the_report_is_one_self_contained_html_file_and_a_table(app, db_path, tmp_path):
    ids = fill(app.store)
    feedback(app.store, ids[:1], False)
    announcement(app.store)
    app.store.questions.log("telegram", "7100", "giá vàng hôm nay <b>", "fallback", [], 0.1)
    # The bot holds the write lock meanwhile: the report reads anyway, and does not see what is uncommitted.
    app.store.database.conn.execute("BEGIN IMMEDIATE")
    app.store.database.conn.execute("INSERT INTO questions (at, status) VALUES (?, 'answered')", [at(0)])
    report = tmp_path / "report.html"
    result = subprocess.run([sys.executable, str(ROOT / "bot.py"), "stats", "--days", "30", "--db", str(db_path),
                             "--html", str(report)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    app.store.database.conn.rollback()
    assert result.returncode == 0, result.stderr
    table = result.stdout
    assert re.search(r"^Câu hỏi +19$", table, re.M) and re.search(r"^Lượt người nhận thông báo +3$", table, re.M)
    assert f"{today():%d/%m/%Y}" in table and "giá vàng hôm nay <b>" in table and "7100" not in table
    page = Page()
    page.feed(report.read_text(encoding="utf-8"))
    tags = {tag for tag, _ in page.tags}
    assert {"html", "head", "meta", "title", "style", "h1", "h2", "table", "img"} <= tags
    assert not tags & {"script", "link", "iframe", "object", "embed", "base"}
    images = [attrs["src"] for tag, attrs in page.tags if tag == "img"]
    assert len(images) == 2  # the daily chart and the topics
    for src in images:
        assert src.startswith("data:image/png;base64,")
        png_size(base64.b64decode(src.split(",", 1)[1]))
    for tag, attrs in page.tags:  # nothing else refers to anything
        assert not {"href", "srcset", "action", "poster"} & attrs.keys(), tag
        assert tag == "img" or "src" not in attrs
    assert "url(" not in report.read_text(encoding="utf-8") and "@import" not in report.read_text(encoding="utf-8")
    text = "".join(page.text)
    assert "giá vàng hôm nay <b>" in text and "Họp dân" in text and "/addfact mã | chủ đề | giá vàng hôm nay" in text
    assert "7100" not in text and "8001" not in text  # counts, never ids


def test_retention_deletes_old_questions_but_keeps_their_daily_counts(db_path, monkeypatch):
    app = build_bot(db_path)
    old_ids = fill(app.store, OLD)
    feedback(app.store, old_ids[:1], True)
    app.store.questions.record_pick("telegram:7000", old_ids[0], "poverty.poor_households")
    fill(app.store)
    before = collect(app.store.stats, 365)
    app.close()

    monkeypatch.setenv("BOT_KEEP_QUESTIONS_DAYS", "180")
    app = build_bot(db_path, messenger=True)  # a messenger's bot deletes them at start (and daily)
    conn = app.store.database.conn
    assert conn.execute("SELECT COUNT(*) FROM questions WHERE at < ?", [at(180)]).fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM questions").fetchone()[0] == 18
    assert conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM picks").fetchone()[0] == 0
    assert conn.execute("SELECT day, answered, suggest, fallback, people, helpful FROM question_days ORDER BY day"
                        ).fetchall() == [((today() - dt.timedelta(days=200)).isoformat(), 2, 0, 1, 3, 1),
                                         ((today() - dt.timedelta(days=190)).isoformat(), 0, 1, 0, 1, 0)]
    after = collect(app.store.stats, 365)
    assert after.daily == before.daily and after.total() == 22 and after.helpful == 1
    assert app.expire_questions() == 0  # nothing more the next day
    app.close()


async def test_forget_me_leaves_no_row_with_that_persons_id(fake, bot, store):
    person = "4246813"
    fake.push_text(int(person), "/subscribe")
    await sent(fake, 1)
    fake.push_text(int(person), "hộ nghèo bao nhiêu")
    answer = await sent(fake, 2)
    feedback_button = next(b["callback_data"] for b in buttons(answer) if b["callback_data"].startswith("fb:"))
    fake.push_button(int(person), feedback_button)
    fake.push_text(int(person), "giá vàng hôm nay")
    await sent(fake, 3)
    announcement_id = store.outbox.draft(f"telegram:{ADMIN}", str(ADMIN), "Họp dân", "*")
    store.outbox.confirm(announcement_id)
    while store.outbox.counts(announcement_id)["pending"]:
        await asyncio.sleep(0.05)
    tables = [name for (name,) in store.database.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def rows_with_person():
        found = []
        for table in tables:
            for row in store.database.conn.execute(f"SELECT * FROM {table}"):
                if any(person in str(value) for value in row):
                    found.append((table, row))
        return found

    assert {table for table, _ in rows_with_person()} >= {"questions", "feedback", "subscriptions", "outbox",
                                                          "conversation_state"}
    fake.push_text(int(person), "/xoadulieu")
    confirm = await message_to(fake, person, "không hoàn tác được")
    assert rows_with_person()  # nothing erased before the button
    fake.push_button(int(person), next(b["callback_data"] for b in buttons(confirm) if "Xóa" in b["text"]))
    await message_to(fake, person, "Đã xóa dữ liệu")
    assert rows_with_person() == []
    assert store.outbox.counts(announcement_id)["sent"] == 1  # the announcement still counts its reach
    report = collect(store.stats, 7)
    assert report.total() == 2 and report.helpful == 1  # counts stay, anonymous
