"""Small helpers for asynchronous tests, and for bot.py run as a process."""
import asyncio
import signal
import subprocess
import time


async def wait_until(condition, timeout: float = 5.0, every: float = 0.02) -> None:
    """Poll ``condition`` until it holds; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(every)


def stop(process: subprocess.Popen) -> bytes:
    """SIGINT, as an operator's Ctrl-C or systemd would; killed if it has not ended in 15 s. Returns its stderr."""
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=15)
    finally:
        process.kill()
    return process.stderr.read()
