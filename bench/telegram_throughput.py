#!/usr/bin/env python3
"""Replies per second on Telegram: this bot beside a bare python-telegram-bot echo bot.

Both run as real PTB Applications in this process, each polling a fresh local fake Bot
API server (tests/fake_telegram.py, HTTP on 127.0.0.1, in a process of its own): N
questions from M users are queued, and the clock runs until the N-th sendMessage arrives.

    python bench/telegram_throughput.py [--questions N] [--users M]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import cycle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update, constants  # noqa: E402
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters  # noqa: E402

from app import build_bot  # noqa: E402
from channels import telegram  # noqa: E402
from channels.base import Settings  # noqa: E402
from channels.telegram import polling  # noqa: E402
from knowledge.normalize import fold  # noqa: E402


# With two CPUs or more, the fake server gets one to itself and the bots the rest: a real Bot API
# is remote, and the scheduler moving both about made runs differ by a third.
CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
SERVER_CPUS = {CPUS[-1]} if len(CPUS) >= 2 else set()


class RemoteFake:
    """tests/fake_telegram.py in a process of its own, so the server's work does not share
    this process's interpreter lock with the bot being measured (a real Bot API is remote too)."""

    token = "123456:BENCH-token"

    def __init__(self, latency_ms: float = 0, rate_limit: int = 0, chat_rate_limit: int = 0):
        self.latency_ms = latency_ms
        self.rate_limit = rate_limit
        self.chat_rate_limit = chat_rate_limit

    def __enter__(self) -> RemoteFake:
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "fake_telegram.py"), self.token, str(self.latency_ms),
             str(self.rate_limit), str(self.chat_rate_limit)], stdout=subprocess.PIPE, text=True)
        if SERVER_CPUS:
            os.sched_setaffinity(self.process.pid, SERVER_CPUS)
        self.base_url = self.process.stdout.readline().strip()
        self.control = httpx.Client(base_url=self.base_url.removesuffix("/bot") + "/_control/")
        return self

    def __exit__(self, *exc: object) -> None:
        self.control.close()
        self.process.kill()
        self.process.wait()

    def push_texts(self, messages: list[tuple[int, str]]) -> None:
        self.control.post("push_text", json=messages).raise_for_status()

    def count(self, method: str) -> int:
        return self.control.post(f"count/{method}").json()["count"]

    async def wait_for(self, method: str, calls: int) -> None:
        """Until ``method`` has been called ``calls`` times; polled from inside the event loop,
        since a thread waking up to poll would take the interpreter lock from the bot measured."""
        async with httpx.AsyncClient(base_url=self.control.base_url) as client:
            while (await client.post(f"count/{method}")).json()["count"] < calls:
                await asyncio.sleep(0.02)

    def block(self, chats: list[str]) -> None:
        self.control.post("block", json=chats).raise_for_status()

    def delivered(self) -> dict:
        """{"delivered": {chat: messages answered 200}, "rejected": calls answered 429}"""
        return self.control.post("delivered").json()


def echo_application(fake: RemoteFake) -> Application:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(update.message.text)

    application = ApplicationBuilder().token(fake.token).base_url(fake.base_url).build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    return application


def answer_shaped_echo_application(fake: RemoteFake) -> Application:
    """An echo bot that sends what our answers look like (HTML, 👍/👎 buttons) without working them out:
    it separates what richer messages cost python-telegram-bot from what our own work costs."""
    reply = ("<b>Số hộ nghèo và tỷ lệ hộ nghèo</b>\nCuối năm 2022, toàn huyện Long Mỹ có 1.562 hộ nghèo, chiếm 7,48%.\n"
             "<i>📅 Số liệu tính đến: cuối năm 2022 (31/12/2022)</i>\n"
             "<i>📰 Nguồn: Báo Hậu Giang, đăng ngày 22/03/2023 (Tin, ảnh: Trần Thanh)</i>")
    buttons = InlineKeyboardMarkup([[InlineKeyboardButton("👍 Hữu ích", callback_data="fb:1:1"),
                                     InlineKeyboardButton("👎 Chưa đúng ý", callback_data="fb:1:0")]])

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(reply, parse_mode=constants.ParseMode.HTML, reply_markup=buttons)

    application = ApplicationBuilder().token(fake.token).base_url(fake.base_url).build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    return application


def our_application(fake: RemoteFake) -> Application:
    """Wired as ``bot.py telegram`` wires it."""
    app = build_bot(Path(tempfile.mkdtemp()) / "kb.db", messenger=True)
    return telegram.create(app, Settings(fake.token, fake.base_url)).application


async def replies_per_second(make, questions: list[str], users: int, latency_ms: float) -> float:
    with RemoteFake(latency_ms) as fake:
        async with polling(make(fake), timeout=1, poll_interval=0):
            start = time.perf_counter()
            fake.push_texts([(100000 + n % users, q) for n, q in enumerate(questions)])
            await fake.wait_for("sendMessage", len(questions))
            elapsed = time.perf_counter() - start
    return len(questions) / elapsed


def questions_from(path: Path) -> list[str]:
    return [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--questions", type=int, default=1000)
    ap.add_argument("--users", type=int, default=250, help="a few questions each, as citizens ask")
    ap.add_argument("--rounds", type=int, default=5, help="alternating runs of each bot; the median is shown")
    ap.add_argument("--latency", type=float, nargs="+", default=[0, 30],
                    help="Bot API round-trip times to simulate, in ms (default: 0 and 30)")
    args = ap.parse_args()
    if SERVER_CPUS:
        os.sched_setaffinity(0, set(CPUS) - SERVER_CPUS)
    questions = [q for q, _ in zip(cycle(questions_from(ROOT / "tests" / "data" / "dev_questions.jsonl")),
                                   range(args.questions))]
    # Every question different: all our question sets, as written and as typed without marks,
    # each also with a polite "ạ" at the end: about as many questions as the main rows, each once.
    different = list(dict.fromkeys(
        variant for path in sorted((ROOT / "tests" / "data").glob("*_questions.jsonl"))
        for question in questions_from(path) for typed in (question, fold(question))
        for variant in (typed, f"{typed.rstrip('?. ')} ạ")))
    runs = [(f"{latency:.0f} ms", questions, latency) for latency in args.latency]
    runs.insert(1, ("0 ms, all different", different, 0.0))
    bots = {"PTB echo bot": echo_application, "answer-shaped echo": answer_shaped_echo_application,
            "Hỏi đáp Long Mỹ": our_application}
    print(f"{'Bot API latency':>20} " + " ".join(f"{name:>18}" for name in bots)
          + f" {'ours vs echo':>13} {'(each round)':>20}")
    for label, batch, latency in runs:
        rates: dict[str, list[float]] = {name: [] for name in bots}
        for _ in range(args.rounds):  # alternate, so a busy moment on the machine hits all alike
            for name, make in bots.items():
                rates[name].append(await replies_per_second(make, batch, args.users, latency))
        medians = {name: statistics.median(r) for name, r in rates.items()}
        ratios = [ours / echo for ours, echo in zip(rates["Hỏi đáp Long Mỹ"], rates["PTB echo bot"])]
        print(f"{label:>20} " + " ".join(f"{m:>14.0f} r/s" for m in medians.values())
              + f" {statistics.median(ratios):>13.0%} {min(ratios):>13.0%} – {max(ratios):.0%}", flush=True)
    pinned = f"; the server pinned to CPU {min(SERVER_CPUS)}, the bots to the others" if SERVER_CPUS else ""
    print(f"\n{args.questions} questions from {args.users} users, drawn in turn from the {len(set(questions))} of "
          f"tests/data/dev_questions.jsonl (so repeated, as popular questions are);\n'all different': the "
          f"{len(different)} questions of tests/data, as written and without diacritics, with and without "
          "a final 'ạ', each once.\n"
          f"Median of {args.rounds} alternating rounds, and of each round's ratio (lowest – highest beside it).\n"
          f"Fake Bot API server on 127.0.0.1 in its own process{pinned}, answering after the given latency.\n"
          "The echo bots run on PTB defaults (one update at a time); this bot handles up to 4 chats at once, "
          "each chat in order.")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
