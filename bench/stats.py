#!/usr/bin/env python3
"""The office's statistics over a large question log, while the bot keeps answering.

Builds a file of 1.000.000 logged questions over 180 days (70% answered, 20% choices offered,
10% not known; 20.000 people; 👍/👎 on 5% of the answers; 2.000 subscribers and 5 announcements),
then starts the bot in a process of its own on the same file (each answer is a question logged, a
write, as on a messenger) and asks it a question every 10 ms throughout (100 a second, far more than a district sends). Meanwhile it runs, one after another:
the figures of a period read in-process (reports.figures.collect), `bot.py stats --days N` as an
office would (a process of its own: start-up included), with `--html`, and /stats as a staff
member sends it (Conversation.handle, chart included). For each: its time, and the bot's answers
meanwhile (how many, p50 and slowest).

    python bench/stats.py [--questions 1000000] [--days 180] [--db PATH (kept, reused if it exists)]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import build_bot  # noqa: E402
from handlers import Message  # noqa: E402
from knowledge.normalize import fold  # noqa: E402
from reports.figures import collect  # noqa: E402
from store import Store, StatsReader  # noqa: E402

UNANSWERED = ["giá lúa hôm nay bao nhiêu", "lịch cắt điện xã {commune} tuần này", "học phí trường nghề {commune}",
              "khi nào phát gạo cứu đói", "số điện thoại công an xã {commune}", "làm căn cước ở đâu",
              "trợ cấp thất nghiệp bao nhiêu tiền", "đăng ký kết hôn cần giấy tờ gì"]
PACE = 0.01  # seconds between questions the bot is asked: 100 a second, far more than a district sends
COMMUNES = ["Long Bình", "Long Phú", "Vĩnh Viễn", "Lương Tâm", "Xà Phiên", "Thuận Hưng", "Tân Phú", "Long Trị"]


def questions_asked() -> list[str]:
    return [json.loads(line)["q"] for line in (ROOT / "tests/data/dev_questions.jsonl").read_text().splitlines()
            if line.strip()]


def variant(text: str, rng: random.Random) -> str:
    """As people type: without diacritics, in capitals, with a typo, or as written."""
    match rng.randrange(4):
        case 0:
            return fold(text)
        case 1:
            return text.upper()
        case 2:
            at = rng.randrange(1, len(text) - 1)
            return text[:at] + text[at + 1:]
    return text


def build(path: Path, count: int, days: int) -> None:
    store = Store.open(path)
    facts = [f.id for f in store.facts.facts()]
    asked = questions_asked()
    rng = random.Random(14)
    start = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    step = days * 86400 / count
    conn = store.database.conn
    batch = []
    with store.transaction():
        for n in range(count):
            at = (start + dt.timedelta(seconds=n * step)).isoformat(timespec="seconds")
            draw = rng.random()
            status = "answered" if draw < 0.7 else "suggest" if draw < 0.9 else "fallback"
            if status == "answered":
                question, fact_ids = rng.choice(asked), rng.choice(facts)
            else:
                question = variant(rng.choice(UNANSWERED).format(commune=rng.choice(COMMUNES)), rng)
                offered = random.Random(fold(question)).sample(facts, 3)  # the same question, the same offer
                fact_ids = ",".join(offered) if status == "suggest" else ""
            batch.append((at, "telegram" if n % 3 else "zalo", str(rng.randrange(20_000)), question, status, fact_ids,
                          0.9))
            if len(batch) == 50_000:
                conn.executemany("INSERT INTO questions (at, channel, user_id, question, status, fact_ids, score) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
                batch.clear()
        if batch:
            conn.executemany("INSERT INTO questions (at, channel, user_id, question, status, fact_ids, score) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
        conn.execute("INSERT OR IGNORE INTO feedback (question_id, identity, helpful, at) "
                     "SELECT id, 'telegram:' || user_id, abs(random()) % 5 > 0, at FROM questions "
                     "WHERE status = 'answered' AND id % 14 = 0")
        conn.executemany("INSERT INTO subscriptions (channel, user_id, chat_id, topic, active, at) "
                         "VALUES ('telegram', ?, ?, '*', 1, ?)", [(str(c), str(c), at) for c in range(2000)])
    for _ in range(5):
        announcement = store.outbox.draft("telegram:1", "1", "Họp dân", "*")
        store.outbox.confirm(announcement)
    with store.transaction():
        conn.execute("UPDATE outbox SET status = CASE WHEN id % 20 = 0 THEN 'blocked' ELSE 'sent' END")
        conn.execute("UPDATE announcements SET status = 'done'")
    store.close()


class Asker(threading.Thread):
    """The bot answering one question after another (each logged: a write), timing each answer."""

    def __init__(self, path: Path):
        super().__init__(daemon=True)
        self.process = subprocess.Popen([sys.executable, __file__, "--answer", "--db", str(path)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        self.answers: list[tuple[float, float]] = []  # (when answered, seconds taken)
        self.stopped = threading.Event()
        self.questions = questions_asked()

    def run(self) -> None:
        n = 0
        while not self.stopped.is_set():
            began = time.monotonic()
            self.process.stdin.write(self.questions[n % len(self.questions)] + "\n")
            self.process.stdin.flush()
            self.process.stdout.readline()
            self.answers.append((time.monotonic(), time.monotonic() - began))
            n += 1
            time.sleep(max(0.0, began + PACE - time.monotonic()))
        self.process.stdin.close()
        self.process.wait()

    def during(self, start: float, end: float) -> list[float]:
        return [taken for at, taken in self.answers if start <= at <= end]


def answer_lines(path: Path) -> None:
    """The bot in a process of its own: each line on stdin a citizen's question, answered and logged
    (a write, as on a messenger), then one line out."""
    conversation = build_bot(path).conversation
    for n, line in enumerate(sys.stdin):
        conversation.handle(Message("bench", str(n % 500), line.strip()))
        print("ok", flush=True)


def timed(asker: Asker, what: str, work) -> tuple:
    start = time.monotonic()
    work()
    end = time.monotonic()
    answers = asker.during(start, end + 0.05) or [0.0]
    return (what, end - start, len(answers), statistics.median(answers) * 1000, max(answers) * 1000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=180)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--answer", action="store_true", help=argparse.SUPPRESS)  # the answering bot's process
    args = parser.parse_args()
    if args.answer:
        return answer_lines(args.db)
    path = args.db or Path(tempfile.mkdtemp()) / "stats.db"
    if not path.exists():
        began = time.monotonic()
        build(path, args.questions, args.days)
        print(f"built {args.questions:,} questions in {time.monotonic() - began:.0f} s ({path})", file=sys.stderr)
    app = build_bot(path, admins=frozenset({"bench:staff"}))
    reader = StatsReader(path)
    asker = Asker(path)
    asker.start()
    time.sleep(3)
    rows = [timed(asker, "(the bot alone)", lambda: time.sleep(2))]
    html = path.with_suffix(".html")
    for days in (7, 30, 90):
        rows.append(timed(asker, f"figures, {days} days", lambda: collect(reader, days)))
    for days in (7, 30, 90):
        rows.append(timed(asker, f"bot.py stats --days {days}", lambda: subprocess.run(
            [sys.executable, str(ROOT / "bot.py"), "stats", "--days", str(days), "--db", str(path)],
            capture_output=True, check=True)))
    rows.append(timed(asker, "bot.py stats --days 30 --html", lambda: subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "stats", "--days", "30", "--db", str(path), "--html", str(html)],
        capture_output=True, check=True)))
    for text in ("/stats 30", "/stats 90", "/stats chưa trả lời 30"):
        rows.append(timed(asker, f"chat: {text}", lambda: app.conversation.handle(Message("bench", "staff", text))))
    asker.stopped.set()
    asker.join()
    kept = app.store.database.conn.execute("SELECT COUNT(*) FROM questions").fetchone()[0]
    print(f"{kept:,} questions logged over {args.days} days; the bot was asked a question every {PACE * 1000:.0f} ms throughout")
    print(f"{'what':<32} {'seconds':>8} {'answers':>8} {'p50 ms':>8} {'max ms':>8}")
    print("-" * 68)
    for what, seconds, answers, p50, slowest in rows:
        print(f"{what:<32} {seconds:>8.2f} {answers:>8} {p50:>8.1f} {slowest:>8.1f}")


if __name__ == "__main__":
    main()
