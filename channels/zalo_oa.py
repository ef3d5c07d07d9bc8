"""Zalo Official Account (OA Open API v3): the account a district office runs, beside the Zalo Bot channel.

Zalo POSTs events to our webhook, each signed in ``X-ZEvent-Signature``: ``mac=`` followed by
sha256(app id + raw body + the body's ``timestamp`` + the OA secret key), hex. We check it in
constant time (403 without it), take each event once (Zalo sends it again when we are slow)
and answer through ``POST /v3.0/oa/message/cs`` with the OA access token in an ``access_token``
header. Zalo answers an envelope ``{error, message, data}``, ``error`` 0 on success, even on
HTTP 200 when it fails. Choices are OA buttons (``oa.query.hide``) that send the choice's data
back as a text message. The access token lives ~25 hours; the refresh token is single-use
(~3 months): each new pair is stored in SQLite, committed, before the access token is used.

A follower can be written to only within a window after their last interaction (7 days),
and not at all after they unfollow: such recipients are "unreachable", counted apart from
those who blocked us.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from handlers import Conversation, Message, Reply, buttons, texts
from handlers.announcements import utc_now
from handlers.delivery import SENT, Deliverer, Outcome, report_only
from handlers.types import Choice
from store import Store, TokenPair

from . import base as registry
from .base import RETRIES_AFTER_429, Channel, Settings, TokenRejected, log_failure, stop_on_fault
from .text import split_message, to_plain

if TYPE_CHECKING:
    from app import App

log = logging.getLogger(__name__)

CHANNEL = "zalo-oa"
DEFAULT_API_BASE = "https://openapi.zalo.me"
DEFAULT_OAUTH_BASE = "https://oauth.zaloapp.com"
SIGNATURE_HEADER = "X-ZEvent-Signature"
MAX_MESSAGE = 2000  # characters of a consultation message's text
MAX_BUTTONS = 5  # buttons under one message; more choices go in further messages
MAX_BUTTON_TITLE = 100
MAX_BUTTON_PAYLOAD = 1000

# Zalo's error codes (the envelope's ``error``) and what they mean for us.
TOKEN_ERRORS = {-216, -220}  # the access token is invalid / expired or removed
UNREACHABLE = {
    -213: "no longer follows the OA",
    -230: "no interaction in the last 7 days",
    -232: "no interaction yet, or it has expired",
    -227: "account banned or inactive for over 45 days",
    -244: "restricted messages from the OA",
}
UNFOLLOWED = -213
RATE_LIMITS = {-32: 60.0, -211: 3600.0}  # calls a minute / the OA's quota: wait this long, everything waits
TRY_AGAIN = {-218}  # this person's quota of messages received: later, with backoff
TEXT_EVENTS = {"user_send_text"}
FOLLOW, UNFOLLOW = "follow", "unfollow"


class OAError(Exception):
    """Zalo's envelope said ``error`` (not 0): OAError(code, Zalo's message)."""

    @property
    def code(self) -> int:
        return self.args[0]

    @property
    def description(self) -> str:
        return self.args[1]

    def __str__(self) -> str:
        return f"{self.code}: {self.description}"


class OATokenRejected(Exception):
    """Zalo refused the tokens even after one refresh: nothing more is sent until the operator acts."""


@dataclass(frozen=True)
class OAConfig:
    """Zalo OA's settings, from the environment (ZALO_OA_*) and the command line."""

    app_id: str
    oa_secret_key: str  # the OA secret key: webhook signatures
    app_secret: str  # the app's secret key: OAuth (ZALO_OA_APP_SECRET; the OA secret key when unset)
    refresh_token: str  # the first refresh token (ZALO_OA_REFRESH_TOKEN); the stored one wins afterwards
    api_base: str = DEFAULT_API_BASE
    oauth_base: str = DEFAULT_OAUTH_BASE
    listen: str = "0.0.0.0"
    port: int = 8445
    path: str = "/zalo-oa"
    per_second: float = 3.0  # announcements a second (ZALO_OA_RATE_PER_SECOND)
    window: dt.timedelta = dt.timedelta(days=7)  # how long after an interaction a follower may be written to
    refresh_before: float = 3600.0  # seconds before the access token expires that it is refreshed

    @classmethod
    def from_env(cls, settings: Settings) -> OAConfig:
        env = os.environ
        secret = env.get("ZALO_OA_SECRET_KEY", "").strip()
        return cls(app_id=env.get("ZALO_OA_APP_ID", "").strip(), oa_secret_key=secret,
                   app_secret=env.get("ZALO_OA_APP_SECRET", "").strip() or secret, refresh_token=settings.token,
                   api_base=(settings.api_base or DEFAULT_API_BASE).rstrip("/"),
                   oauth_base=(env.get("ZALO_OA_OAUTH_BASE") or DEFAULT_OAUTH_BASE).rstrip("/"),
                   listen=settings.listen, port=settings.port, path=settings.path or "/zalo-oa",
                   per_second=float(env.get("ZALO_OA_RATE_PER_SECOND") or 3),
                   window=dt.timedelta(days=float(env.get("ZALO_OA_WINDOW_DAYS") or 7)))


def signature(app_id: str, body: bytes, timestamp: str, oa_secret_key: str) -> str:
    """What Zalo puts in X-ZEvent-Signature (after ``mac=``) for this body."""
    return hashlib.sha256(app_id.encode() + body + timestamp.encode() + oa_secret_key.encode()).hexdigest()


def signed_event(config: OAConfig, header: str | None, body: bytes) -> dict | None:
    """The event, if ``header`` signs ``body`` as Zalo does; None for anything else."""
    if not header or not body:
        return None
    try:
        event = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(event, dict) or not isinstance(event.get("event_name"), str):
        return None
    given = header.strip()
    if given[:4].lower() == "mac=":
        given = given[4:].strip()
    expected = signature(config.app_id, body, str(event.get("timestamp", "")), config.oa_secret_key)
    if not hmac.compare_digest(given.lower().encode("ascii", "replace"), expected.encode()):
        return None
    return event


def event_id(event: dict) -> str:
    """Zalo's message id when the event has one; else what identifies the event (who, what, when)."""
    message_id = (event.get("message") or {}).get("msg_id")
    if message_id:
        return f"msg:{message_id}"
    who = user_of(event) or ""
    return hashlib.sha256(f"{event.get('event_name')}|{who}|{event.get('timestamp')}".encode()).hexdigest()


def user_of(event: dict) -> str | None:
    """The follower an event is about: the sender of a message, the follower of a (un)follow."""
    person = event.get("follower") if event.get("event_name") in (FOLLOW, UNFOLLOW) else event.get("sender")
    user_id = (person or {}).get("id")
    return str(user_id) if user_id else None


class OATokens:
    """The access token, refreshed before it expires (or when Zalo says it is no good), one refresh at a time.

    The pair is read from and saved to SQLite (store/tokens.py). A refresh token given in the
    environment that differs from the one the stored chain started from is a new one from the
    operator: the chain starts again from it.
    """

    def __init__(self, store: Store, http: httpx.AsyncClient, config: OAConfig, clock=time.time):
        self.store = store.tokens
        self.http = http
        self.config = config
        self.clock = clock
        self._lock = asyncio.Lock()
        self.refreshes = 0

    def _stored(self) -> TokenPair | None:
        pair = self.store.get(CHANNEL, self.config.app_id)
        if pair is None or pair.seed != self.config.refresh_token:
            return None
        registry.add_secret(pair.access_token)
        registry.add_secret(pair.refresh_token)
        return pair

    def _fresh(self, pair: TokenPair | None) -> bool:
        return pair is not None and pair.expires_at - self.config.refresh_before > self.clock()

    async def current(self) -> str:
        pair = self._stored()
        if self._fresh(pair):
            return pair.access_token
        return await self.refresh(pair.access_token if pair else None)

    async def refresh(self, stale: str | None) -> str:
        """A new access token instead of ``stale`` (unless another caller already replaced it)."""
        async with self._lock:
            pair = self._stored()
            if pair is not None and pair.access_token != stale and self._fresh(pair):
                return pair.access_token
            refresh_token = pair.refresh_token if pair else self.config.refresh_token
            response = await self.http.post(
                f"{self.config.oauth_base}/v4/oa/access_token", headers={"secret_key": self.config.app_secret},
                data={"app_id": self.config.app_id, "grant_type": "refresh_token", "refresh_token": refresh_token})
            try:
                body = response.json()
            except ValueError:
                body = {}
            if not isinstance(body, dict) or not body.get("access_token") or not body.get("refresh_token"):
                reason = body.get("error_description") or body.get("message") if isinstance(body, dict) else ""
                code = body.get("error") if isinstance(body, dict) else None
                raise OATokenRejected(f"Zalo OAuth refused the refresh (HTTP {response.status_code}, error {code}: "
                                      f"{str(reason or '')[:200]})")
            registry.add_secret(body["access_token"])
            registry.add_secret(body["refresh_token"])
            expires_in = float(body.get("expires_in") or 90000)
            new = TokenPair(body["access_token"], body["refresh_token"], self.clock() + expires_in,
                            self.config.refresh_token)
            self.store.save(CHANNEL, self.config.app_id, new)  # committed before the new token is used
            self.refreshes += 1
            log.info("Zalo OA access token refreshed; valid for %.0f hours", expires_in / 3600)
            return new.access_token


class OAClient:
    """``/v3.0/oa/message/cs`` with the current access token: refreshed once when Zalo refuses it."""

    def __init__(self, store: Store, config: OAConfig, timeout: float = 10.0):
        self.config = config
        self.http = httpx.AsyncClient(timeout=timeout)
        self.tokens = OATokens(store, self.http, config)
        self.stopped = False  # the tokens were refused even after a refresh

    async def close(self) -> None:
        await self.http.aclose()

    async def send(self, user_id: str, message: dict) -> dict:
        if self.stopped:
            raise OATokenRejected("stopped earlier")
        try:
            token = await self.tokens.current()
            body = await self._post(token, user_id, message)
            if body.get("error") in TOKEN_ERRORS:
                log.info("Zalo OA refused the access token (%s); refreshing it once", body.get("error"))
                body = await self._post(await self.tokens.refresh(token), user_id, message)
                if body.get("error") in TOKEN_ERRORS:
                    raise OATokenRejected(f"a new access token was refused too ({body.get('error')})")
        except OATokenRejected as error:
            self._stop(str(error))
            raise
        if body.get("error") != 0:
            raise OAError(int(body.get("error") or -1), str(body.get("message", ""))[:200])
        return body.get("data") or {}

    def _stop(self, why: str) -> None:
        if not self.stopped:
            self.stopped = True
            log.error("Zalo OA: %s. Nothing more is sent on Zalo OA: re-authorise the app in the OA admin, put "
                      "the new refresh token in ZALO_OA_REFRESH_TOKEN and restart (announcements still pending "
                      "stay pending).", why)

    async def _post(self, token: str, user_id: str, message: dict) -> dict:
        response = await self.http.post(f"{self.config.api_base}/v3.0/oa/message/cs", headers={"access_token": token},
                                        json={"recipient": {"user_id": user_id}, "message": message})
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict) or "error" not in body:
            response.raise_for_status()
            raise OAError(-1, f"HTTP {response.status_code} without an envelope")
        return body

    async def send_text(self, user_id: str, text: str, choices: list[Choice] = ()) -> dict:
        message: dict[str, Any] = {"text": text}
        if choices:
            message["attachment"] = {"type": "template", "payload": {"buttons": [
                {"title": choice.label[:MAX_BUTTON_TITLE], "type": "oa.query.hide", "payload": choice.data}
                for choice in choices]}}
        return await self.send(user_id, message)


def messages_of(reply: Reply) -> list[tuple[str, list[Choice]]]:
    """One reply as OA messages: text pieces of 2.000 characters, the buttons under the last (five a message)."""
    choices = [c for c in reply.choices if len(c.data) <= MAX_BUTTON_PAYLOAD]
    if reply.feedback_id is not None:
        choices += [Choice(texts.HELPFUL_BUTTON, buttons.feedback(reply.feedback_id, True)),
                    Choice(texts.NOT_HELPFUL_BUTTON, buttons.feedback(reply.feedback_id, False))]
    pieces = split_message(to_plain(reply.text), MAX_MESSAGE, markup=False)
    messages = [(piece, []) for piece in pieces]
    groups = [choices[i:i + MAX_BUTTONS] for i in range(0, len(choices), MAX_BUTTONS)]
    if groups:
        messages[-1] = (messages[-1][0], groups[0])
        messages += [(texts.MORE_CHOICES, group) for group in groups[1:]]
    return messages


class ZaloOAChannel(Channel):
    """Turns OA events into conversation calls, and replies into OA messages with buttons.

    It keeps no state of its own but the event names it has logged as ignored: followers,
    their windows, events taken and tokens are all in the store."""

    name = CHANNEL

    def __init__(self, conversation: Conversation, store: Store, config: OAConfig,
                 clock: Callable[[], dt.datetime] = utc_now):
        self._ignored: set[str] = set()
        self.conversation, self.store, self.config = conversation, store, config
        self.clock = clock  # when an event came: the follower's interaction window opens then
        self.client = OAClient(store, config)
        self.delivery = OADelivery(self.client, store, config.per_second)

    def take(self, header: str | None, body: bytes) -> tuple[int, dict | None]:
        """A webhook request: (HTTP status, the event to handle, if new). Nothing is written unless it is signed."""
        event = signed_event(self.config, header, body)
        if event is None:
            return 403, None
        if not self.store.events.claim(CHANNEL, event_id(event)):
            log.info("Zalo OA sent event %s again; already taken", event.get("event_name"))
            return 200, None
        return 200, event

    async def on_event(self, event: dict) -> None:
        name = event.get("event_name")
        user_id = user_of(event)
        if not user_id:
            self._ignore(name)
            return
        try:
            if name == UNFOLLOW:
                self.store.contacts.unfollowed(CHANNEL, user_id)
                log.info("A follower left the OA; unsubscribed")
                return
            if name == FOLLOW:
                self.store.contacts.interacted(CHANNEL, user_id, self.config.window, self.clock(), follows=True)
                replies = self.conversation.handle(Message(CHANNEL, user_id, "/start"))
                offer = Reply(texts.SUBSCRIBE_OFFER, [Choice(texts.SUBSCRIBE_BUTTON, buttons.command("/subscribe"))])
                await self.send(user_id, replies + [offer])
                return
            if not str(name).startswith("user_send_"):
                self._ignore(name)
                return
            self.store.contacts.interacted(CHANNEL, user_id, self.config.window, self.clock())
            if not self.store.contacts.is_following(CHANNEL, user_id):
                log.info("Zalo OA: a message from someone who unfollowed; not answered")
                return
            if name not in TEXT_EVENTS:
                await self.send(user_id, [Reply(texts.NOT_TEXT)])
                return
            text = str((event.get("message") or {}).get("text", ""))
            incoming = Message(CHANNEL, user_id, text)
            if buttons.decode(text)[0] != "unknown":  # a button pressed: its data came back as the message
                await self.send(user_id, self.conversation.choose(incoming, text))
            else:
                await self.send(user_id, self.conversation.handle(incoming))
        except Exception as error:
            log_failure(error, "a Zalo OA event")
            await self.send(user_id, [Reply(texts.SOMETHING_WRONG)], quiet=True)
            stop_on_fault(error)  # the file is read-only or damaged: nothing more can be answered

    def _ignore(self, name: object) -> None:
        if name not in self._ignored:
            self._ignored.add(str(name))
            log.info("Ignoring Zalo OA events %r (logged once)", name)

    async def send(self, user_id: str, replies: list[Reply], quiet: bool = False) -> None:
        if not self.store.contacts.is_following(CHANNEL, user_id):
            return  # they unfollowed: never written to again
        try:
            for reply in replies:
                for text, choices in messages_of(reply):
                    await self._send_past_limits(user_id, text, choices)
        except (OAError, OATokenRejected, httpx.HTTPError) as error:
            if not quiet:
                log.warning("Could not answer on Zalo OA: %s", error)

    async def _send_past_limits(self, user_id: str, text: str, choices: list[Choice]) -> None:
        for _ in range(RETRIES_AFTER_429):
            try:
                return await self.client.send_text(user_id, text, choices)
            except OAError as error:
                if error.code not in RATE_LIMITS:
                    raise
                await asyncio.sleep(2.0)
        await self.client.send_text(user_id, text, choices)

    async def keep_fresh(self, every: float = 600.0) -> None:
        """Refresh the access token before it expires even when nobody writes (the refresh token expires too)."""
        while True:
            await asyncio.sleep(every)
            try:
                await self.client.tokens.current()
            except OATokenRejected as error:
                self.client._stop(str(error))
                return
            except httpx.HTTPError as error:
                log.warning("Zalo OA token refresh failed (%s); trying again later", error)

    async def serve(self) -> None:
        """The webhook server, and announcements, until cancelled."""
        try:
            await self.client.tokens.current()
        except OATokenRejected as error:
            await self.client.close()
            log.error("%s", error)
            raise TokenRejected("Zalo OA", "ZALO_OA_REFRESH_TOKEN") from None
        loop = asyncio.get_running_loop()
        deliverer = Deliverer(self.store.outbox, CHANNEL, self.delivery, notices=self.conversation.inbox.queue_notices)
        tasks = [loop.create_task(deliverer.run()),
                 loop.create_task(self.keep_fresh())]
        tasks[0].add_done_callback(lambda task: task.cancelled() or stop_on_fault(task.exception()))
        server = serve_webhook(self, self.config.listen, self.config.port, self.config.path)
        log.info("Zalo OA webhook on %s:%s%s", self.config.listen, self.config.port, self.config.path)
        try:
            await asyncio.Event().wait()
        finally:
            for task in tasks:
                task.cancel()
            server.stop()
            await self.client.close()


class OADelivery:
    """How announcements leave on Zalo OA: to followers within their window, at a conservative rate."""

    def __init__(self, client: OAClient, store: Store, per_second: float):
        self.client = client
        self.store = store
        self.per_second = per_second

    async def send(self, chat_id: str, html: str) -> Outcome:
        if not self.store.contacts.is_following(CHANNEL, chat_id):
            return Outcome("unreachable", error="unfollowed")
        try:
            await self.client.send_text(chat_id, to_plain(html)[:MAX_MESSAGE])
            return SENT
        except OATokenRejected:
            return Outcome("retry", 600.0)  # pending until the operator gives a new token
        except httpx.HTTPError as error:
            return Outcome("transient", error=str(error))
        except OAError as error:
            return self._outcome(chat_id, error)

    def _outcome(self, chat_id: str, error: OAError) -> Outcome:
        """What Zalo's error code means for one announcement row."""
        if error.code in UNREACHABLE:
            if error.code == UNFOLLOWED:
                self.store.contacts.unfollowed(CHANNEL, chat_id)
            return Outcome("unreachable", error=f"{error.code}: {UNREACHABLE[error.code]}")
        if error.code in RATE_LIMITS:
            return Outcome("retry", RATE_LIMITS[error.code])
        return Outcome("transient" if error.code in TRY_AGAIN else "failed", error=str(error))

    async def notify(self, chat_id: str, text: str, _message_id: str | None) -> str | None:
        """OA messages cannot be edited: only the final report is sent to the staff member."""
        await report_only(self.client.send_text, chat_id, text, (OAError, OATokenRejected, httpx.HTTPError))
        return None


def serve_webhook(channel: ZaloOAChannel, listen: str, port: int, path: str):
    """A small tornado server on the running loop: 403 unless signed; 200 at once, the event handled after."""
    from tornado import web

    class Webhook(web.RequestHandler):
        def post(self) -> None:
            status, event = channel.take(self.request.headers.get(SIGNATURE_HEADER), self.request.body or b"")
            self.set_status(status)
            self.finish({"error": 0 if status == 200 else -1})
            if event is not None:
                asyncio.get_running_loop().create_task(channel.on_event(event))

    return web.Application([("/" + path.strip("/"), Webhook)]).listen(port, address=listen)


def create(app: App, settings: Settings) -> ZaloOAChannel:
    return ZaloOAChannel(app.conversation, app.store, OAConfig.from_env(settings))
