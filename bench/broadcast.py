#!/usr/bin/env python3
"""One announcement to many subscribers, against a Bot API that enforces its rate limit.

The fake Bot API server (tests/fake_telegram.py, its own process, 127.0.0.1) answers 429
(retry_after 1) to any sendMessage beyond 30 in a second, and 403 for 5% of the
recipients (they blocked the bot). The real sender (handlers/delivery.py with the
Telegram adapter's send) drains the outbox; the table gives the rate it achieved
(messages Telegram took, per second, as a share of the limit), and the lost and
duplicate deliveries counted by the server.

    python bench/broadcast.py [--subscribers 2000] [--blocked 0.05] [--limit 30]
"""
from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import Bot  # noqa: E402

from bench.telegram_throughput import RemoteFake  # noqa: E402
from channels.telegram import TelegramDelivery  # noqa: E402
from handlers.delivery import Deliverer  # noqa: E402
from store import Store  # noqa: E402


async def broadcast(subscribers: int, blocked_share: float, limit: int) -> dict:
    store = Store.open(Path(tempfile.mkdtemp()) / "kb.db")
    subscriptions, outbox = store.subscriptions, store.outbox
    chats = [str(900000 + n) for n in range(subscribers)]
    with store.transaction():
        for chat in chats:
            subscriptions.subscribe("telegram", chat, chat)
    blocked = set(random.Random(5).sample(chats, int(subscribers * blocked_share)))
    announcement = outbox.draft("telegram:1", "1", "Lịch chi trả trợ cấp tháng 12", "*")
    with RemoteFake(rate_limit=limit) as fake:
        fake.block(sorted(blocked))
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            deliverer = Deliverer(outbox, "telegram", TelegramDelivery(bot))
            outbox.confirm(announcement)
            start = time.perf_counter()
            await deliverer.drain()
            elapsed = time.perf_counter() - start
        report = fake.delivered()
    reachable = [c for c in chats if c not in blocked]
    delivered = {c: report["delivered"].get(c, 0) for c in reachable}
    taken = sum(delivered.values()) + len(blocked)  # the 403s were taken too: they count toward the limit
    status = outbox.counts(announcement)
    return {
        "elapsed": elapsed, "rate": taken / elapsed, "share": taken / elapsed / limit,
        "lost": sum(1 for n in delivered.values() if n == 0), "rejected_429": report["rejected"],
        "duplicates": sum(max(0, n - 1) for n in delivered.values()),
        "sent": status["sent"], "blocked": status["blocked"], "failed": status["failed"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--subscribers", type=int, default=2000)
    ap.add_argument("--blocked", type=float, default=0.05)
    ap.add_argument("--limit", type=int, default=30)
    args = ap.parse_args()
    r = asyncio.run(broadcast(args.subscribers, args.blocked, args.limit))
    print(f"{'subscribers':>11} {'seconds':>8} {'msgs/s':>7} {'of limit':>8} {'sent':>6} {'blocked':>7} "
          f"{'failed':>6} {'429s':>5} {'lost':>5} {'dupes':>5}")
    print(f"{args.subscribers:>11,} {r['elapsed']:>8.1f} {r['rate']:>7.1f} {r['share']:>8.1%} {r['sent']:>6} "
          f"{r['blocked']:>7} {r['failed']:>6} {r['rejected_429']:>5} {r['lost']:>5} {r['duplicates']:>5}")
    print(f"\nLimit {args.limit} sendMessage/s enforced by the fake server with 429s; "
          f"{args.blocked:.0%} of recipients answer 403. msgs/s: calls the server took (not 429) per second.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
