"""The shared part of our fake Bot API servers (Telegram's and Zalo's), over real HTTP on 127.0.0.1.

It records every call, answers ``<base>/bot<TOKEN>/<method>`` through the subclass's
``answer``, serves queued updates to long polling, and can be told to fail calls (a 429
with retry_after, 403, 400), to enforce rate limits with 429s (messages a second overall,
and per chat), or to add latency. A benchmark can drive one in another process through
its ``/_control/`` endpoints.
"""
from __future__ import annotations

import json
import socket
import sys
import threading
import time
from collections import defaultdict
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote

MAX_POLL_WAIT = 1.0  # seconds a getUpdates is held at most, so tests stop quickly
Answer = tuple[int, dict[str, Any]]


class QuietServer(ThreadingHTTPServer):
    """Threads per connection; a client hanging up mid-reply (at shutdown) is not an error."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def multipart_fields(content_type: str, body: bytes) -> dict[str, Any]:
    """A multipart/form-data body's fields: files as bytes, the others as text."""
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True) or b""
        fields[name] = data if part.get_filename() is not None else data.decode("utf-8")
    return fields


def error(status: int, description: str, **extra: Any) -> Answer:
    return status, {"ok": False, "error_code": status, "description": description, **extra}


def ok(result: Any) -> Answer:
    return 200, {"ok": True, "result": result}


class LocalServer:
    """An HTTP server of a test's own on 127.0.0.1, in a thread, for as long as its ``with`` lasts.
    Subclasses give ``_handler_class`` and call ``_make_server`` in their ``__init__``."""

    def _make_server(self) -> None:
        self._server = QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError


class FakeBotAPI(LocalServer):
    JSON_FIELDS: set[str] = set()  # form fields that carry JSON, when a client posts a form
    BLOCKED = "Forbidden: bot was blocked by the user"

    def __init__(self, token: str, latency: float = 0.0, rate_limit: int = 0, chat_rate_limit: int = 0):
        self.token = token
        self.latency = latency  # seconds added to every answer but getUpdates, as a real Bot API's round trip
        self.rate_limit = rate_limit  # sendMessage calls allowed in any one second (0: no limit), else 429
        self.chat_rate_limit = chat_rate_limit  # the same, to any one chat
        self._accepted: list[float] = []
        self._accepted_by_chat: dict[str, list[float]] = {}
        self.rejected = 0  # sendMessage calls answered 429
        self.delivered: dict[str, int] = defaultdict(int)  # chat -> sendMessage calls answered 200
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.content_types: dict[str, set[str]] = defaultdict(set)  # method -> how its bodies came encoded
        self.updates: list[dict[str, Any]] = []
        self.failures: dict[str | tuple[str, str], list[Answer]] = defaultdict(list)  # method, or (method, chat)
        self.fail_chats: dict[str, tuple[int, str]] = {}  # chat_id -> (status, description), every time
        self.last_answer_at = 0.0  # time.monotonic() of the last answer to a method other than getUpdates
        self.in_flight = 0  # requests (other than getUpdates) received and not yet answered
        self._next_message = 1
        self._cond = threading.Condition()
        self._make_server()

    @property
    def base_url(self) -> str:
        """The base URL in python-telegram-bot's form: the token is appended to it."""
        return self.address + "/bot"

    # -- what tests do ----------------------------------------------------------

    def queue(self, update: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            self.updates.append(update)
            self._cond.notify_all()
        return update

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        with self._cond:
            return [params for name, params in self.calls if name == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Block until ``method`` has been called ``count`` times; return those calls."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len([1 for name, _ in self.calls if name == method]) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    got = [name for name, _ in self.calls]
                    raise AssertionError(f"{method} called fewer than {count} times; calls: {got}")
                self._cond.wait(remaining)
            return [params for name, params in self.calls if name == method]

    def fail_next(self, method: str, status: int, description: str, retry_after: int | None = None,
                  times: int = 1, http_status: int | None = None, chat: str | None = None) -> None:
        """The next ``times`` calls of ``method`` (to ``chat``, if given) fail (``http_status`` 200: an
        ``ok: false`` envelope)."""
        extra = {"parameters": {"retry_after": retry_after}} if retry_after is not None else {}
        _, body = error(status, description, **extra)
        self.failures[method if chat is None else (method, str(chat))].extend([(http_status or status, body)] * times)

    def push_text(self, user_id: int, text: str, **kwargs: Any) -> dict:
        raise NotImplementedError

    # -- the server side --------------------------------------------------------

    def answer(self, method: str, params: dict[str, Any]) -> Answer:
        """The messenger's own methods (subclasses)."""
        raise NotImplementedError

    def _message_id(self) -> int:
        self._next_message += 1
        return self._next_message

    def _answer(self, method: str, params: dict[str, Any]) -> Answer:
        with self._cond:
            self.calls.append((method, params))
            self._cond.notify_all()
            chat = str(params.get("chat_id", ""))
            for key in ((method, chat), method):
                if self.failures.get(key):
                    return self.failures[key].pop(0)
            if (self.rate_limit or self.chat_rate_limit) and method == "sendMessage" and self._over_limit(chat):
                self.rejected += 1
                return error(429, "Too Many Requests: retry after 1", parameters={"retry_after": 1})
            if chat in self.fail_chats and method.startswith("send"):
                return error(*self.fail_chats[chat])
        if method != "getUpdates":
            time.sleep(self.latency)
        status, body = self.answer(method, params)
        if method == "sendMessage" and status == 200 and body.get("ok"):
            with self._cond:
                self.delivered[chat] += 1
        return status, body

    def _over_limit(self, chat: str) -> bool:
        """Whether one more message now would exceed a limit; if not, it is counted."""
        now = time.monotonic()
        self._accepted = [t for t in self._accepted if now - t < 1.0]
        to_chat = [t for t in self._accepted_by_chat.pop(chat, []) if now - t < 1.0]
        if self.rate_limit and len(self._accepted) >= self.rate_limit or \
                self.chat_rate_limit and len(to_chat) >= self.chat_rate_limit:
            if to_chat:
                self._accepted_by_chat[chat] = to_chat
            return True
        self._accepted.append(now)
        self._accepted_by_chat[chat] = [*to_chat, now]
        if len(self._accepted_by_chat) > 10 * max(self.rate_limit, 1):  # forget chats not written to lately
            self._accepted_by_chat = {c: ts for c, ts in self._accepted_by_chat.items() if now - ts[-1] < 1.0}
        return False

    def _wait_for_updates(self, wait: float) -> None:
        deadline = time.monotonic() + min(wait, MAX_POLL_WAIT)
        with self._cond:
            while not self.updates and time.monotonic() < deadline:
                self._cond.wait(deadline - time.monotonic())

    def _serve_other(self, handler: BaseHTTPRequestHandler) -> bool:
        """Paths other than methods (files); True if answered."""
        return False

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes: without this, delayed ACKs stall each reply 40 ms.
                self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_POST(self) -> None:  # noqa: N802 (the stdlib's name)
                if self.path.startswith("/_control/"):
                    return self._control()
                if fake._serve_other(self):
                    return None
                prefix = f"/bot{fake.token}/"
                if not unquote(self.path).startswith(prefix):
                    return self.send_json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                content_type = self.headers.get("Content-Type", "")
                if content_type.startswith("application/json"):
                    params = json.loads(body.decode("utf-8") or "{}")
                else:
                    if content_type.startswith("multipart/form-data"):  # uploads: files come as bytes
                        params = multipart_fields(content_type, body)
                    else:
                        params = {k: v[0] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()}
                    for key in fake.JSON_FIELDS & params.keys():
                        params[key] = json.loads(params[key])
                method = unquote(self.path)[len(prefix):]
                fake.content_types[method].add(self.headers.get("Content-Type", "").split(";")[0])
                polling = method == "getUpdates"
                fake.in_flight += not polling
                try:
                    self.send_json(*fake._answer(method, params))
                finally:
                    fake.in_flight -= not polling
                    if not polling:
                        fake.last_answer_at = time.monotonic()

            do_GET = do_POST  # noqa: N815

            def _control(self) -> None:
                """For a benchmark driving this server in another process: push updates, count calls."""
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"null")
                if self.path == "/_control/push_text":
                    for user_id, text in body:
                        fake.push_text(user_id, text)
                    return self.send_json(200, {"ok": True})
                if self.path == "/_control/block":
                    for chat in body:
                        fake.fail_chats[str(chat)] = (403, fake.BLOCKED)
                    return self.send_json(200, {"ok": True})
                if self.path == "/_control/delivered":  # sendMessage calls answered 200, per chat
                    return self.send_json(200, {"ok": True, "delivered": fake.delivered, "rejected": fake.rejected})
                method = self.path.rsplit("/", 1)[-1]
                return self.send_json(200, {"ok": True, "count": len(fake.calls_to(method))})

            def send_bytes(self, status: int, data: bytes, content_type: str = "application/octet-stream") -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def send_json(self, status: int, body: dict[str, Any]) -> None:
                self.send_bytes(status, json.dumps(body).encode(), "application/json")

            def log_message(self, *args: object) -> None:
                pass

        return Handler


def serve_forever(fake_class) -> None:
    """Serve in a process of its own (benchmarks): print the base URL, serve until killed.
    Arguments: [token] [latency in milliseconds] [sendMessage calls allowed a second] [... to one chat]."""
    args = sys.argv[1:]
    token = args[0] if args else "123456:TEST-token"
    latency = float(args[1]) / 1000 if len(args) > 1 else 0.0
    limits = [int(a) for a in args[2:4]] + [0, 0]
    with fake_class(token, latency, rate_limit=limits[0], chat_rate_limit=limits[1]) as server:
        print(server.base_url, flush=True)
        threading.Event().wait()
