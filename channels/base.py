"""What a messenger channel is, and the registry of them that bot.py runs.

A channel has a name, serves (receives messages, answers them through the conversation,
and delivers announcements) until cancelled, and says how announcements leave on it (a
``Delivery``: send, notify, rate). Each channel module (channels/<name>.py) has
``create(app, settings)``, the one place that hands it what it needs from the bot.
Messengers' modules are imported only when run: python-telegram-bot takes a while.
"""
from __future__ import annotations

import asyncio
import importlib
import logging
import os
import signal
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from handlers.delivery import Delivery
from store import StorageFault, storage_fault

if TYPE_CHECKING:
    from app import App

log = logging.getLogger(__name__)

CHANNELS = ("telegram", "zalo", "zalo-oa")  # every messenger, in the order `bot.py serve` starts them

# What each messenger needs from the environment; the first is its credential, and a messenger runs
# (in `bot.py serve`) when all are set.
CREDENTIALS = {
    "telegram": ("TELEGRAM_BOT_TOKEN",),
    "zalo": ("ZALO_BOT_TOKEN",),
    "zalo-oa": ("ZALO_OA_REFRESH_TOKEN", "ZALO_OA_APP_ID", "ZALO_OA_SECRET_KEY"),
}
# Variables whose values never reach a log line; channels add the tokens they obtain while running (add_secret).
SECRET_VARIABLES = ("TELEGRAM_BOT_TOKEN", "ZALO_BOT_TOKEN", "ZALO_OA_REFRESH_TOKEN", "ZALO_OA_SECRET_KEY",
                    "ZALO_OA_APP_SECRET")
_obtained: set[str] = set()

# A reply that meets a 429 waits the messenger's retry_after and is tried again, this many times at most:
# replies are not dropped when many people ask at once. Announcements keep their own pace (handlers/delivery.py).
RETRIES_AFTER_429 = 5


@dataclass(frozen=True)
class Settings:
    """How to reach a messenger, from the environment (<NAME>_BOT_TOKEN, …) or the command line."""

    token: str  # the credential (Zalo OA: the first refresh token)
    api_base: str | None = None  # the Bot API's base URL, token appended; None: the messenger's own
    webhook_url: str | None = None  # None: long polling
    webhook_secret: str | None = None  # None: a random one
    listen: str = "0.0.0.0"
    port: int = 8443
    path: str | None = None  # the webhook's path where the messenger has no URL of ours to set (Zalo OA)


class TokenRejected(Exception):
    """The messenger's server refused the bot's token: nothing to retry, the operator must fix it."""

    def __init__(self, channel: str, variable: str):
        super().__init__(f"{channel} rejected the token in {variable}")
        self.channel = channel
        self.variable = variable


class Channel(ABC):
    name: ClassVar[str]
    delivery: Delivery  # how announcements leave on this messenger

    @abstractmethod
    async def serve(self) -> None:
        """Receive and answer messages, and deliver announcements, until cancelled.

        Raises TokenRejected, before serving anything, if the messenger refuses the token."""


def token_of(name: str) -> str:
    """The messenger's credential, or "" when it, or anything else the messenger needs, is not set."""
    values = [os.environ.get(variable, "").strip() for variable in CREDENTIALS[name]]
    return values[0] if all(values) else ""


def add_secret(value: str | None) -> None:
    """A token a channel obtained while running (Zalo OA's rotated tokens): scrubbed from logs from now on."""
    if value:
        _obtained.add(value)


def secrets() -> list[str]:
    """Every value to keep out of the logs, longest first (so one that contains another goes whole)."""
    found = {os.environ.get(variable, "").strip() for variable in SECRET_VARIABLES} | _obtained
    return sorted((s for s in found if s), key=len, reverse=True)


def create(name: str, app: App, settings: Settings) -> Channel:
    return importlib.import_module(f"channels.{name.replace('-', '_')}").create(app, settings)


_serving: dict[str, asyncio.Task | StorageFault] = {}  # the task serving every channel; the fault that stopped it


def log_failure(error: BaseException | None, what: str) -> None:
    """Log an error while handling ``what``: one line when the database file cannot be used (the
    file, not the code, is at fault), with its traceback otherwise."""
    if storage_fault(error):
        log.error("Could not handle %s: the database file cannot be used: %s", what, error)
    else:
        log.error("Error while handling %s", what, exc_info=error)


def stop_on_fault(error: BaseException | None) -> None:
    """After an error while serving: if the file cannot be used until a person fixes it (read-only,
    damaged), stop serving every channel; ``run`` then raises the fault for bot.py to say in one
    sentence. A full disk or a long lock may pass: the person was told something went wrong, and
    the next message is tried again."""
    fault = storage_fault(error)
    if fault is not None and fault.persistent and "task" in _serving:
        _serving["fault"] = fault
        _serving["task"].cancel()


def run(channels: list[Channel]) -> None:
    """Serve every channel in one event loop until SIGINT or SIGTERM, then stop each cleanly.

    Raises the StorageFault that stopped it, if one did (``stop_on_fault``)."""
    async def serve_all() -> None:
        loop = asyncio.get_running_loop()
        _serving["task"] = asyncio.current_task()
        for signal_number in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signal_number, asyncio.current_task().cancel)
        try:
            await asyncio.gather(*(channel.serve() for channel in channels))
        except asyncio.CancelledError:
            pass

    try:
        asyncio.run(serve_all())
    finally:
        _serving.pop("task", None)
    if fault := _serving.pop("fault", None):
        raise fault
