#!/usr/bin/env python3
"""Many people asking at once, against a Bot API that enforces Telegram's limits.

The fake Bot API server (tests/fake_telegram.py, its own process, 127.0.0.1) answers 429
(retry_after 1) to any sendMessage beyond 30 in a second overall or 1 in a second to one
chat. N people each send one question at the same moment to the bot, wired as
``bot.py telegram`` wires it; the table gives how many got their answer, how long it took,
and how many sends met a 429 on the way (each waited out and tried again).

    python bench/reply_burst.py [--people 500] [--limit 30] [--chat-limit 1]
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.telegram_throughput import RemoteFake, our_application  # noqa: E402
from channels.telegram import polling  # noqa: E402

FIRST_PERSON = 300000


async def burst(people: int, limit: int, chat_limit: int, timeout: float) -> dict:
    with RemoteFake(rate_limit=limit, chat_rate_limit=chat_limit) as fake:
        async with polling(our_application(fake), timeout=1, poll_interval=0):
            start = time.perf_counter()
            fake.push_texts([(FIRST_PERSON + n, "tỷ lệ hộ nghèo bao nhiêu") for n in range(people)])
            deadline = start + timeout
            while len((report := fake.delivered())["delivered"]) < people and time.perf_counter() < deadline:
                await asyncio.sleep(0.2)
            elapsed = time.perf_counter() - start
    delivered = report["delivered"]
    return {"answered": len(delivered), "twice": sum(n > 1 for n in delivered.values()), "elapsed": elapsed,
            "rejected": report["rejected"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--people", type=int, default=500)
    ap.add_argument("--limit", type=int, default=30, help="sendMessage calls a second the server takes")
    ap.add_argument("--chat-limit", type=int, default=1, help="... to any one chat")
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args()
    r = asyncio.run(burst(args.people, args.limit, args.chat_limit, args.timeout))
    print(f"{'people':>7} {'answered':>9} {'twice':>6} {'seconds':>8} {'answers/s':>10} {'of limit':>9} {'429s':>6}")
    rate = r["answered"] / r["elapsed"]
    print(f"{args.people:>7,} {r['answered']:>9,} {r['twice']:>6} {r['elapsed']:>8.1f} {rate:>10.1f} "
          f"{rate / args.limit:>9.0%} {r['rejected']:>6}")
    print(f"\nEach person sends one question at the same moment; the server takes {args.limit} sendMessage a second "
          f"overall and {args.chat_limit} a second to one chat, and answers 429 (retry_after 1) beyond.")
    return 0 if r["answered"] == args.people else 1


if __name__ == "__main__":
    sys.exit(main())
