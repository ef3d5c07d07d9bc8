"""Per-person flood protection: a burst of messages gets one polite notice, not a burst of answers."""
from __future__ import annotations

import time
from collections.abc import Callable


class FloodGuard:
    """A token bucket per person: ``capacity`` messages at once, then ``rate`` a second.

    ``check`` says "ok" (answer it), "notice" (the first message over the limit: say so
    once) or "drop" (further messages while still over: stay silent). The notice is given
    once a burst: a message let through as the bucket refills does not end the burst; a
    bucket full again (a calm of ``capacity / rate`` seconds) does.
    """

    def __init__(self, capacity: float = 6, rate: float = 1.0, clock: Callable[[], float] = time.monotonic):
        self.capacity = capacity
        self.rate = rate
        self.clock = clock
        self._buckets: dict[str, tuple[float, float, bool]] = {}  # identity -> (tokens, at, noticed)

    def check(self, identity: str) -> str:
        now = self.clock()
        tokens, at, noticed = self._buckets.get(identity, (self.capacity, now, False))
        tokens = min(self.capacity, tokens + (now - at) * self.rate)
        noticed = noticed and tokens < self.capacity  # one notice a burst: again only after a full calm
        if tokens >= 1:
            self._buckets[identity] = (tokens - 1, now, noticed)
            return "ok"
        self._buckets[identity] = (tokens, now, True)
        return "drop" if noticed else "notice"
