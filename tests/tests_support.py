"""Small helpers for asynchronous tests."""
import asyncio
import time


async def wait_until(condition, timeout: float = 5.0, every: float = 0.02) -> None:
    """Poll ``condition`` until it holds; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(every)
