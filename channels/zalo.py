"""Zalo, through the Zalo Bot API: a small async client over httpx, and a thin adapter.

The Bot API is modelled on Telegram's (``<base>/bot<TOKEN>/<method>``, JSON envelope
``{ok, result, error_code, description}``, where an HTTP 200 may still say ``ok: false``),
but ``getUpdates`` returns one update at a time (408: none yet), webhook bodies come
wrapped in ``{ok, result}`` or bare, and there are no buttons: choices are numbered
lines people answer with the number, and 👍/👎 typed after an answer is feedback.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import httpx

from handlers import Conversation, Message, Reply, texts
from handlers.delivery import SENT, Deliverer, Outcome, report_only
from store.outbox import Outbox

from .base import RETRIES_AFTER_429, Channel, Settings, TokenRejected, log_failure, stop_on_fault
from .text import numbered_plain, split_message, to_plain

if TYPE_CHECKING:
    from app import App

log = logging.getLogger(__name__)

CHANNEL = "zalo"
DEFAULT_API_BASE = "https://bot-api.zaloplatforms.com/bot"
MAX_MESSAGE = 2000
SECRET_HEADER = "X-Bot-Api-Secret-Token"


class ZaloError(Exception):
    def __init__(self, code: int, description: str, retry_after: float | None = None):
        super().__init__(f"{code}: {description}")
        self.code = code
        self.description = description
        self.retry_after = retry_after


class ZaloClient:
    """The Zalo Bot API's methods we use. Errors raise ZaloError (also for ``ok: false`` in an HTTP 200)."""

    def __init__(self, token: str, api_base: str = DEFAULT_API_BASE, timeout: float = 10.0):
        self._url = f"{api_base}{token}/"  # never logged: it holds the token
        self._http = httpx.AsyncClient(timeout=timeout)

    async def close(self) -> None:
        await self._http.aclose()

    async def call(self, method: str, read_timeout: float | None = None, **params: Any) -> Any:
        timeout = httpx.Timeout(10.0, read=read_timeout) if read_timeout else httpx.USE_CLIENT_DEFAULT
        response = await self._http.post(self._url + method, json=params, timeout=timeout)
        try:
            body = response.json()
        except ValueError:
            body = {"ok": False, "error_code": response.status_code, "description": response.text[:200]}
        if response.status_code == 200 and body.get("ok"):
            return body.get("result")
        code = body.get("error_code") or response.status_code
        retry = (body.get("parameters") or {}).get("retry_after")
        raise ZaloError(int(code), str(body.get("description", "")), float(retry) if retry is not None else None)

    async def get_me(self) -> dict:
        return await self.call("getMe")

    async def get_updates(self, timeout: int = 30) -> list[dict]:
        """Whatever updates are waiting (usually one); none after ``timeout`` seconds (408)."""
        try:
            result = await self.call("getUpdates", read_timeout=timeout + 10, timeout=str(timeout))
        except ZaloError as error:
            if error.code == 408:
                return []
            raise
        if not result:
            return []
        return result if isinstance(result, list) else [result]

    async def send_message(self, chat_id: str, text: str) -> dict:
        return await self.call("sendMessage", chat_id=chat_id, text=text)

    async def send_chat_action(self, chat_id: str, action: str = "typing") -> None:
        await self.call("sendChatAction", chat_id=chat_id, action=action)

    async def set_webhook(self, url: str, secret_token: str) -> None:
        await self.call("setWebhook", url=url, secret_token=secret_token)

    async def delete_webhook(self) -> None:
        await self.call("deleteWebhook")


def unwrap(body: Any) -> dict | None:
    """A webhook body, bare or wrapped in {ok, result}."""
    if isinstance(body, dict) and "result" in body and "event_name" not in body:
        body = body["result"]
    return body if isinstance(body, dict) and "event_name" in body else None


class ZaloChannel(Channel):
    """Turns Zalo updates into conversation calls and replies into plain-text messages."""

    name = CHANNEL

    def __init__(self, conversation: Conversation, outbox: Outbox, settings: Settings,
                 daily: Callable[[], object] | None = None):
        self.conversation = conversation
        self.outbox = outbox
        self.settings = settings
        self.daily = daily  # once a day while serving (it ran at start already: build_bot)
        self.client = ZaloClient(settings.token, settings.api_base or DEFAULT_API_BASE)
        self.delivery = ZaloDelivery(self.client)

    async def on_update(self, update: dict) -> None:
        message = update.get("message") or {}
        chat_id = str((message.get("chat") or {}).get("id", ""))
        sender = message.get("from") or {}
        if not chat_id or not sender.get("id"):
            log.info("Ignoring a Zalo update without chat or sender: %s", update.get("event_name"))
            return
        try:
            if update.get("event_name") != "message.text.received":
                await self._send_text(chat_id, texts.NOT_TEXT)
                return
            await self._typing(chat_id)
            incoming = Message(CHANNEL, str(sender["id"]), str(message.get("text", "")),
                               name=str(sender.get("display_name") or sender.get("name") or ""), chat_id=chat_id)
            await self.send(chat_id, self.conversation.handle(incoming))
        except Exception as error:
            log_failure(error, "a Zalo update")
            await self._send_text(chat_id, texts.SOMETHING_WRONG, quiet=True)
            stop_on_fault(error)  # the file is read-only or damaged: nothing more can be answered

    async def send(self, chat_id: str, replies: list[Reply]) -> None:
        for reply in replies:
            for piece in split_message(numbered_plain(reply), MAX_MESSAGE, markup=False):
                await self._send_text(chat_id, piece)

    async def _send_text(self, chat_id: str, text: str, quiet: bool = False) -> None:
        try:
            await self._send_past_429s(chat_id, text)
        except (ZaloError, httpx.HTTPError) as error:
            if not quiet:
                raise
            log.warning("Could not send to Zalo chat: %s", error)

    async def _send_past_429s(self, chat_id: str, text: str) -> None:
        for _ in range(RETRIES_AFTER_429):
            try:
                return await self.client.send_message(chat_id, text)
            except ZaloError as error:
                if error.code != 429:
                    raise
                await asyncio.sleep(error.retry_after or 1.0)
        await self.client.send_message(chat_id, text)

    async def _typing(self, chat_id: str) -> None:
        try:
            await self.client.send_chat_action(chat_id, "typing")
        except (ZaloError, httpx.HTTPError) as error:  # a typing indicator is not worth failing over
            log.info("Typing indicator failed: %s", error)

    async def _every_day(self) -> None:
        while self.daily is not None:
            await asyncio.sleep(86_400)
            self.daily()

    async def poll(self, timeout: int = 30) -> None:
        """Long polling until cancelled; errors back off and retry."""
        backoff = 1.0
        while True:
            try:
                for update in await self.client.get_updates(timeout):
                    await self.on_update(update)
                backoff = 1.0
            except asyncio.CancelledError:
                raise
            except (ZaloError, httpx.HTTPError) as error:
                log.warning("Zalo getUpdates failed (%s); retrying in %.0f s", error, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 60)

    async def serve(self) -> None:
        """Long polling, or a webhook; announcements are sent meanwhile."""
        settings = self.settings
        try:
            me = await self.client.get_me()
        except ZaloError as error:
            await self.client.close()
            if error.code in (401, 404):  # nothing to retry: the operator must fix the token
                raise TokenRejected("Zalo", "ZALO_BOT_TOKEN") from None
            raise
        log.info("Zalo bot %s ready", (me or {}).get("account_name") or (me or {}).get("id"))
        deliverer = Deliverer(self.outbox, CHANNEL, self.delivery, notices=self.conversation.inbox.queue_notices)
        sender = asyncio.get_running_loop().create_task(deliverer.run())
        sender.add_done_callback(lambda task: task.cancelled() or stop_on_fault(task.exception()))
        every_day = asyncio.get_running_loop().create_task(self._every_day())
        server = None
        try:
            if settings.webhook_url:
                secret = settings.webhook_secret or secrets.token_urlsafe(32)
                server = serve_webhook(self, secret, settings.listen, settings.port,
                                       urlparse(settings.webhook_url).path.strip("/"))
                await self.client.set_webhook(settings.webhook_url, secret)
                log.info("Zalo webhook on %s:%s", settings.listen, settings.port)
                await asyncio.Event().wait()
            else:
                await self.client.delete_webhook()  # updates go to a webhook while one is set
                log.info("Zalo long polling")
                await self.poll()
        finally:
            sender.cancel()
            every_day.cancel()
            if server:
                server.stop()
            await self.client.close()


class ZaloDelivery:
    """How the outbox leaves on Zalo. Its limits are not published: conservative by default."""

    def __init__(self, client: ZaloClient):
        self.client = client
        self.per_second = float(os.environ.get("ZALO_RATE_PER_SECOND", "5"))

    async def send(self, chat_id: str, html: str) -> Outcome:
        try:
            await self.client.send_message(chat_id, to_plain(html)[:MAX_MESSAGE])
        except ZaloError as error:
            if error.code == 429:
                return Outcome("retry", error.retry_after or 5.0)
            if error.code in (403, 404):  # blocked the OA/bot, or the user is gone
                return Outcome("blocked", error=error.description)
            if error.code >= 500:
                return Outcome("transient", error=error.description)
            return Outcome("failed", error=error.description)
        except httpx.HTTPError as error:
            return Outcome("transient", error=str(error))
        return SENT

    async def notify(self, chat_id: str, text: str, _message_id: str | None) -> str | None:
        """Zalo cannot edit a message: only the final report is sent."""
        await report_only(self.client.send_message, chat_id, text, (ZaloError, httpx.HTTPError))
        return None


def serve_webhook(channel: ZaloChannel, secret: str, listen: str, port: int, path: str):
    """A small tornado server (tornado comes with python-telegram-bot's webhook extra), on the running loop."""
    from tornado import web

    class Webhook(web.RequestHandler):
        async def post(self) -> None:
            if self.request.headers.get(SECRET_HEADER) != secret:
                self.set_status(403)
                self.finish({"ok": False, "description": "forbidden"})
                return
            try:
                update = unwrap(json.loads(self.request.body or b"null"))
            except ValueError:
                update = None
            if update is None:
                self.set_status(400)
                self.finish({"ok": False, "description": "not an update"})
                return
            self.finish({"ok": True})
            asyncio.get_running_loop().create_task(channel.on_update(update))

    return web.Application([(f"/{path}", Webhook)]).listen(port, address=listen)


def create(app: App, settings: Settings) -> ZaloChannel:
    return ZaloChannel(app.conversation, app.store.outbox, settings, app.expire_questions)
