"""Telegram, through python-telegram-bot v22: a thin adapter over the conversation.

Updates become ``Message``s for ``Conversation.handle``/``choose``; ``Reply``s become
HTML messages (split at Telegram's 4096 characters) with inline keyboards for choices
and 👍/👎 under answers. No question-answering logic lives here.
"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import os
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import lru_cache
from html import escape
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import httpx
from telegram import (Bot, BotCommand, BotCommandScopeChat, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update,
                      constants)
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import (Application, ApplicationBuilder, BaseRateLimiter, BaseUpdateProcessor, CallbackQueryHandler,
                          ContextTypes, Defaults, MessageHandler, Updater, filters)
from telegram.request import BaseRequest, HTTPXRequest, RequestData

from handlers import Conversation, Message, Reply, buttons, texts
from handlers.types import LongWork
from handlers.delivery import SENT, Deliverer, Outcome
from handlers.roles import Roles
from knowledge.numbers import whole_number
from store.outbox import Outbox

from .base import RETRIES_AFTER_429, Channel, Settings, TokenRejected, log_failure, stop_on_fault
from .text import split_message, to_plain

if TYPE_CHECKING:
    from app import App

log = logging.getLogger(__name__)
# Time periods as datetime.timedelta (PTB 22.2+ warns that integers are going away).
os.environ.setdefault("PTB_TIMEDELTA", "1")

CHANNEL = "telegram"
MAX_MESSAGE = 4096
MAX_TOAST = 200  # answerCallbackQuery's text limit
MAX_CAPTION = 1024  # a photo's caption, counted as shown
DEFAULTS = Defaults(parse_mode=constants.ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True))
GROUP_CHATS = (constants.ChatType.GROUP, constants.ChatType.SUPERGROUP)
MAX_DOCUMENT = 5 * 1024 * 1024
PROGRESS_LINES, PROGRESS_LINE_CHARS = 12, 200  # the progress note: well within a message's 4096 characters
PROGRESS_EVERY = 1.5  # seconds between two edits of the progress note: within Telegram's limits on edits


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Updates from different chats run concurrently; one chat's updates run in order.

    So one citizen waiting on a slow Telegram call does not hold up the others, and
    nobody's answers arrive out of order. A few at a time is enough to keep the
    process busy while replies travel (more only makes httpx's pool work harder).
    """

    def __init__(self, max_concurrent_updates: int = 4):
        super().__init__(max_concurrent_updates)
        self._locks: dict[object, asyncio.Lock] = {}
        self._users: dict[object, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
        lock = self._locks.setdefault(chat, asyncio.Lock())
        self._users[chat] = self._users.get(chat, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[chat] -= 1
            if not self._users[chat]:  # forget idle chats
                del self._users[chat], self._locks[chat]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


class ProgressNote:
    """The message saying how far long work got: the work, in a thread of its own, hands it lines; the event
    loop edits the message with the last of them, at most every PROGRESS_EVERY seconds, the last time when
    the work has ended (so the note is complete before the result is sent)."""

    def __init__(self, note: Any):
        self.note = note
        self.lines: list[str] = []
        self.shown, self.edited_at = 0, 0.0
        self.loop = asyncio.get_running_loop()

    async def beside(self, work: Callable[[Callable[[str], None]], Any]) -> Any:
        """Run ``work(progress)`` in a thread, the note edited meanwhile; its result."""
        done = asyncio.Event()
        editing = asyncio.create_task(self._edit_until(done))
        try:
            return await asyncio.to_thread(work, self._hear)
        finally:
            done.set()
            await editing

    def _hear(self, line: str) -> None:
        """From the work's thread: the line joins the others in the loop's own thread."""
        self.loop.call_soon_threadsafe(self.lines.append, line)

    async def _edit_until(self, done: asyncio.Event) -> None:
        while not done.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(done.wait(), PROGRESS_EVERY)
            await asyncio.sleep(max(0.0, self.edited_at + PROGRESS_EVERY - self.loop.time()))
            await self._show()

    async def _show(self) -> None:
        if len(self.lines) == self.shown:  # Telegram refuses an edit that changes nothing
            return
        self.shown, self.edited_at = len(self.lines), self.loop.time()
        shown = "\n".join(escape(line[:PROGRESS_LINE_CHARS]) for line in self.lines[-PROGRESS_LINES:])
        try:
            await self.note.edit_text(texts.INGEST_PROGRESS.format(lines=shown))
        except TelegramError as error:  # a progress note is not worth failing the work for
            log.info("Could not show progress: %s", error)


class JsonRequest(HTTPXRequest):
    """PTB's httpx networking, with the parameters sent as one JSON body, which the Bot API accepts.

    PTB form-encodes them by default: every byte of Vietnamese text outside ASCII becomes
    three characters (an answer grows about threefold), through the standard library's
    pure-Python quoting, on every message. Uploads still go as multipart, through PTB.
    """

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE, write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        if request_data is None or request_data.contains_files:
            return await super().do_request(url, method, request_data, read_timeout, write_timeout, connect_timeout,
                                            pool_timeout)
        default = self._client.timeout
        timeout = httpx.Timeout(
            connect=default.connect if connect_timeout is BaseRequest.DEFAULT_NONE else connect_timeout,
            read=default.read if read_timeout is BaseRequest.DEFAULT_NONE else read_timeout,
            write=default.write if write_timeout is BaseRequest.DEFAULT_NONE else write_timeout,
            pool=default.pool if pool_timeout is BaseRequest.DEFAULT_NONE else pool_timeout,
        )
        body = json.dumps(request_data.parameters, ensure_ascii=False).encode()
        try:
            response = await self._client.request(
                method, url, content=body, timeout=timeout,
                headers={"User-Agent": self.USER_AGENT, "Content-Type": "application/json"})
        except httpx.TimeoutException as error:
            raise TimedOut from error
        except httpx.HTTPError as error:  # as PTB reports them
            raise NetworkError(f"httpx.{type(error).__name__}: {error}") from error
        return response.status_code, response.content


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    choices = tuple((choice.label, choice.data) for choice in reply.choices)
    if not reply.feedback_id:
        return _choice_keyboard(choices)
    rows = _choice_keyboard(choices).inline_keyboard if choices else ()
    return InlineKeyboardMarkup([*rows, [
        InlineKeyboardButton(texts.HELPFUL_BUTTON, callback_data=buttons.feedback(reply.feedback_id, True)),
        InlineKeyboardButton(texts.NOT_HELPFUL_BUTTON, callback_data=buttons.feedback(reply.feedback_id, False)),
    ]])


@lru_cache(maxsize=1024)
def _choice_keyboard(choices: tuple[tuple[str, str], ...]) -> InlineKeyboardMarkup | None:
    """A keyboard of choices, made once: the topics menu and common suggestions come back again
    and again, PTB's objects are immutable, and building one costs ~20 us a button."""
    if not choices:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(label[:64], callback_data=data[:64])] for label, data in choices])


class Handlers:
    """The handlers PTB calls, each turning one kind of update into a conversation call."""

    def __init__(self, conversation: Conversation):
        self.conversation = conversation

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A person typed something (a question, a number, a command)."""
        text = self._addressed_text(update, context.bot.username)
        if text is None:
            return
        chat = await self._answer_in(update, text, context)
        if chat is None:
            return
        replied = update.effective_message.reply_to_message
        pasted = replied.text.encode() if text.startswith("/") and replied and replied.text else None
        await self.send(chat, await self._handle(self._message(update, text, chat, attachment=pasted), context), context)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A person pressed an inline button."""
        query = update.callback_query
        if update.effective_chat is None:  # under a message sent in inline mode: there is no chat to answer in
            await query.answer()
            return
        chat = await self._answer_in(update, query.data or "", context)
        if chat is None:
            await query.answer()
            return
        replies = self.conversation.choose(self._message(update, "", chat), query.data or "")
        toasts = [r for r in replies if r.toast]
        await query.answer(to_plain(toasts[0].text)[:MAX_TOAST] if toasts else None)
        if toasts and query.message:
            try:  # one vote per answer: the buttons go once pressed
                await query.edit_message_reply_markup(reply_markup=None)
            except BadRequest as error:
                log.info("Could not remove feedback buttons: %s", error)
        await self.send(chat, [r for r in replies if not r.toast], context)

    async def on_document(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A file, with a command as its caption (an operator's /import)."""
        document = update.effective_message.document
        caption = self._addressed_text(update, context.bot.username, update.effective_message.caption or "")
        if caption is None:
            return
        if not caption.startswith("/"):
            await self.on_other(update, context)
            return
        if document.file_size and document.file_size > MAX_DOCUMENT:
            await context.bot.send_message(update.effective_chat.id, texts.DOCUMENT_TOO_BIG)
            return
        chat = await self._answer_in(update, caption, context)
        if chat is None:
            return
        file = await document.get_file()
        data = bytes(await file.download_as_bytearray())
        message = self._message(update, caption, chat, attachment=data)
        await self.send(chat, await self._handle(message, context), context)

    async def _handle(self, message: Message, context: ContextTypes.DEFAULT_TYPE) -> list[Reply]:
        """The conversation's replies. Long work (/ingest) first says it has started, in a message then edited
        to show how far it got while it runs in a thread: the others' questions are answered meanwhile."""
        outcome = self.conversation.begin(message)
        if not isinstance(outcome, LongWork):
            return outcome
        note = await context.bot.send_message(int(message.chat), texts.WORKING)
        return outcome.finish(await ProgressNote(note).beside(outcome.work))

    async def on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A sticker, photo, voice message...: say politely what we can read."""
        if update.effective_chat.type not in GROUP_CHATS:
            await context.bot.send_message(update.effective_chat.id, texts.NOT_TEXT)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log_failure(context.error, "an update")
        if isinstance(update, Update) and update.effective_chat:
            try:
                await context.bot.send_message(update.effective_chat.id, texts.SOMETHING_WRONG)
            except Exception:  # the error may be that Telegram cannot be reached at all
                log.exception("Could not tell the user about the error")
        stop_on_fault(context.error)  # the file is read-only or damaged: nothing more can be answered

    @staticmethod
    async def send(chat_id: int, replies: list[Reply], context: ContextTypes.DEFAULT_TYPE) -> None:
        for reply in replies:
            if reply.image is not None:  # a photo, the text its caption when it fits, else a message after it
                fits = len(to_plain(reply.text)) <= MAX_CAPTION
                await context.bot.send_photo(chat_id, reply.image, caption=reply.text if fits else None,
                                             reply_markup=keyboard(reply) if fits else None)
                if fits:
                    continue
            pieces = split_message(reply.text, MAX_MESSAGE)
            for number, piece in enumerate(pieces, 1):
                markup = keyboard(reply) if number == len(pieces) else None  # buttons under the last piece
                await context.bot.send_message(chat_id, piece, reply_markup=markup)  # HTML: see DEFAULTS

    async def _answer_in(self, update: Update, text: str, context: ContextTypes.DEFAULT_TYPE) -> int | None:
        """The chat to answer in: where the person wrote, but a privileged command in a group is
        answered in their private chat with the bot. None when the bot cannot write to them there
        (they never started it): the group is told so in one line, and the command does not run."""
        chat = update.effective_chat
        if chat.type not in GROUP_CHATS or not self.conversation.is_privileged(text):
            return chat.id
        private = update.effective_user.id
        try:
            await context.bot.send_chat_action(private, constants.ChatAction.TYPING)
        except (Forbidden, BadRequest):
            await context.bot.send_message(chat.id, texts.PRIVATE_ONLY.format(bot=escape(context.bot.username)))
            return None
        return private

    @staticmethod
    def _message(update: Update, text: str, chat: int, attachment: bytes | None = None) -> Message:
        user = update.effective_user
        return Message(CHANNEL, str(user.id), text, name=user.first_name or "", chat_id=str(chat),
                       attachment=attachment, group=chat == update.effective_chat.id and
                       update.effective_chat.type in GROUP_CHATS)

    @staticmethod
    def _addressed_text(update: Update, username: str, text: str | None = None) -> str | None:
        """The text meant for us, or None: in groups only mentions, replies to us and our commands count."""
        message = update.effective_message
        text = message.text or "" if text is None else text
        if update.effective_chat.type not in GROUP_CHATS:
            return text
        mention = f"@{username}".lower()
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0].lower()
            return text if "@" not in command or command.endswith(mention) else None
        replied = message.reply_to_message
        if replied and replied.from_user and replied.from_user.username == username:
            return text
        if mention in text.lower():
            start = text.lower().index(mention)
            return (text[:start] + text[start + len(mention):]).strip()
        return None


class TelegramDelivery:
    """How the outbox leaves on Telegram: the outcome of each send, and the staff's progress message."""

    per_second = 29  # Telegram allows about 30 messages a second to different chats; keep a margin

    def __init__(self, bot):
        self.bot = bot

    async def send(self, chat_id: str, html: str) -> Outcome:
        try:
            await self.bot.send_message(int(chat_id), html)
        except RetryAfter as error:
            return Outcome("retry", error.retry_after.total_seconds())
        except Forbidden as error:  # blocked the bot, or deactivated
            return Outcome("blocked", error=error.message)
        except BadRequest as error:
            gone = "chat not found" in error.message.lower() or "user not found" in error.message.lower()
            return Outcome("blocked" if gone else "failed", error=error.message)
        except (TimedOut, NetworkError) as error:
            return Outcome("transient", error=str(error))
        return SENT

    async def notify(self, chat_id: str, text: str, message_id: str | None) -> str | None:
        try:
            if message_id:
                await self.bot.edit_message_text(text, chat_id=int(chat_id), message_id=int(message_id))
                return message_id
            return str((await self.bot.send_message(int(chat_id), text)).message_id)
        except TelegramError as error:  # a progress note is not worth failing a broadcast for
            log.info("Could not post progress to %s: %s", chat_id, error)
            return message_id


def start_delivery(application: Application, outbox: Outbox, notices: Callable[[str], object] | None = None) -> None:
    """PTB's JobQueue checks every second for due and pending announcements, answers and notices to staff
    (``notices`` queues those); one sender drains them."""
    deliverer = Deliverer(outbox, CHANNEL, TelegramDelivery(application.bot), notices=notices)
    running: list[asyncio.Task] = application.bot_data.setdefault("announcement_tasks", [])

    async def tick(_context: ContextTypes.DEFAULT_TYPE) -> None:
        if not running or running[0].done():
            running[:] = [application.create_task(deliverer.drain(), name="announcements")]

    application.job_queue.run_repeating(tick, interval=1.0, first=0.0, name="announcements")


async def stop_delivery(application: Application) -> None:
    """Stop sending at once on shutdown: what is pending stays in the outbox for the next start."""
    for task in application.bot_data.get("announcement_tasks", []):
        task.cancel()


class RetryAfter429(BaseRateLimiter):
    """Nothing is throttled before Telegram says so: a call that meets a 429 waits its retry_after (and
    every call waits with it), then is tried again, RETRIES_AFTER_429 times at most. PTB's AIORateLimiter
    does the same but costs every call its limiter's bookkeeping even when nothing is limited."""

    def __init__(self) -> None:
        self._resume_at = 0.0  # loop time before which no call goes out

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(self, callback: Callable[..., Awaitable[Any]], args: Any, kwargs: dict[str, Any],
                              endpoint: str, data: dict[str, Any], rate_limit_args: Any) -> Any:
        loop = asyncio.get_running_loop()
        retries = RETRIES_AFTER_429
        while True:
            if (wait := self._resume_at - loop.time()) > 0:
                await asyncio.sleep(wait)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if retries == 0:
                    raise
                retries -= 1
                log.info("Telegram asked to wait %s before %s", error.retry_after, endpoint)
                self._resume_at = max(self._resume_at, loop.time() + error.retry_after.total_seconds())


def build_application(conversation: Conversation, outbox: Outbox, roles: Roles, token: str,
                      api_base: str | None = None, daily: Callable[[], object] | None = None) -> Application:
    """The PTB Application with every handler wired; ``api_base`` as PTB's base_url (token appended);
    ``daily`` run once a day on the JobQueue (deleting the questions past the retention period)."""
    builder = (ApplicationBuilder().token(token).defaults(DEFAULTS).concurrent_updates(PerChatUpdateProcessor())
               .request(JsonRequest(connection_pool_size=256))
               .rate_limiter(RetryAfter429()))
    if api_base:
        builder = builder.base_url(api_base).base_file_url(api_base.replace("/bot", "/file/bot"))
    application = builder.post_init(_start(conversation, outbox, roles, daily)).post_stop(stop_delivery).build()
    handlers = Handlers(conversation)
    # New messages only: an edited message is not asked again (an edited /setfact must not apply twice),
    # and posts in channels (no sender) are not questions.
    new = filters.UpdateType.MESSAGE
    application.add_handler(MessageHandler(new & filters.TEXT, handlers.on_text))
    application.add_handler(CallbackQueryHandler(handlers.on_button))
    application.add_handler(MessageHandler(new & filters.Document.ALL, handlers.on_document))
    application.add_handler(MessageHandler(new & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.on_other))
    application.add_error_handler(handlers.on_error)
    return application


def _start(conversation: Conversation, outbox: Outbox, roles: Roles, daily: Callable[[], object] | None):
    """Start the announcements' sender and the daily job; citizens' command menu for everyone, and
    each privileged person their own, kept up to date as roles change."""
    async def every_day(_context: ContextTypes.DEFAULT_TYPE) -> None:
        daily()

    async def start(application: Application) -> None:
        start_delivery(application, outbox, conversation.inbox.queue_notices)
        if daily is not None:  # (it ran at start already: build_bot)
            application.job_queue.run_repeating(every_day, interval=dt.timedelta(days=1), first=dt.timedelta(days=1),
                                                name="daily")
        citizen = conversation.citizen_commands()
        await application.bot.set_my_commands([BotCommand(c.name, c.description[:256]) for c in citizen])
        for identity, _ in roles.privileged():
            await _register_menu_of(application, conversation, identity)
        roles.on_change(lambda identity: application.create_task(_register_menu_of(application, conversation, identity)))
    return start


async def _register_menu_of(application: Application, conversation: Conversation, identity: str) -> None:
    channel, _, user_id = identity.partition(":")
    chat = whole_number(user_id)  # as /grant was typed: a person's id, ASCII digits
    if channel != CHANNEL or chat is None:
        return
    scope = BotCommandScopeChat(chat)
    commands = conversation.commands_for(identity)
    try:
        await application.bot.set_my_commands([BotCommand(c.name, c.description[:256]) for c in commands], scope=scope)
    except BadRequest as error:  # e.g. the person never opened a chat with the bot
        log.info("Could not set the command menu of %s: %s", identity, error)


async def check_token(application: Application) -> None:
    """TokenRejected if Telegram refuses the token: python-telegram-bot's own start-up would log
    the refusal with a traceback (and the token in its message), then raise it again."""
    bot = application.bot
    try:
        async with Bot(bot.token, base_url=bot.base_url.removesuffix(bot.token)):  # getMe, on a client of its own
            pass
    except InvalidToken:
        raise TokenRejected("Telegram", "TELEGRAM_BOT_TOKEN") from None


class TelegramChannel(Channel):
    """Long polling, or PTB's webhook server behind a secret token."""

    name = CHANNEL

    def __init__(self, conversation: Conversation, outbox: Outbox, roles: Roles, settings: Settings,
                 daily: Callable[[], object] | None = None):
        self.application = build_application(conversation, outbox, roles, settings.token, settings.api_base, daily)
        self.settings = settings
        self.delivery = TelegramDelivery(self.application.bot)

    async def serve(self) -> None:
        application, settings = self.application, self.settings
        if settings.webhook_url:
            path = urlparse(settings.webhook_url).path.strip("/")
            log.info("Telegram webhook on %s:%s, path /%s", settings.listen, settings.port, path)
            serving = running(application, lambda updater: updater.start_webhook(
                listen=settings.listen, port=settings.port, url_path=path, webhook_url=settings.webhook_url,
                secret_token=settings.webhook_secret or secrets.token_urlsafe(32), allowed_updates=Update.ALL_TYPES))
        else:
            log.info("Telegram long polling")
            serving = polling(application)
        async with serving:
            await asyncio.Event().wait()


@contextlib.asynccontextmanager
async def running(application: Application,
                  start_updater: Callable[[Updater], Awaitable[object]]) -> AsyncIterator[Application]:
    """The application receiving updates (as ``start_updater`` starts PTB's updater) and sending
    announcements inside the running event loop, until the block ends; then stopped cleanly."""
    await check_token(application)
    await application.initialize()
    if application.post_init:
        await application.post_init(application)
    await start_updater(application.updater)
    await application.start()
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        await stop_delivery(application)
        await application.shutdown()


def polling(application: Application, **polling_options: Any) -> contextlib.AbstractAsyncContextManager[Application]:
    """The application long polling (and sending announcements) inside the running event loop,
    until the block ends; ``polling_options`` go to PTB's ``start_polling``."""
    return running(application, lambda updater: updater.start_polling(allowed_updates=Update.ALL_TYPES,
                                                                       **polling_options))


def create(app: App, settings: Settings) -> TelegramChannel:
    return TelegramChannel(app.conversation, app.store.outbox, app.roles, settings, app.expire_questions)
