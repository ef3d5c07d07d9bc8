"""A local fake of the Telegram Bot API, over real HTTP on 127.0.0.1.

python-telegram-bot talks to it exactly as to api.telegram.org (``base_url`` pointed
here). It records every call, serves queued updates to ``getUpdates`` (long polling),
and can be told to fail calls (429 with retry_after, 403, 400) for delivery tests.
"""
from __future__ import annotations

import json
import socket
import sys
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote

BOT_USER = {"id": 999000, "is_bot": True, "first_name": "Hỏi đáp Long Mỹ", "username": "HoiDapLongMyBot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
JSON_FIELDS = {"reply_markup", "commands", "scope", "allowed_updates", "entities", "link_preview_options",
               "reply_parameters"}
MAX_POLL_WAIT = 1.0  # seconds a getUpdates is held at most, so tests stop quickly


class QuietServer(ThreadingHTTPServer):
    """Threads per connection; a client hanging up mid-reply (at shutdown) is not an error."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class FakeTelegram:
    def __init__(self, token: str = "123456:TEST-token", latency: float = 0.0, rate_limit: int = 0):
        self.token = token
        self.latency = latency  # seconds added to every answer but getUpdates, as a real Bot API's round trip
        self.rate_limit = rate_limit  # sendMessage calls allowed in any one second (0: no limit), else 429
        self._accepted: list[float] = []
        self.rejected = 0  # sendMessage calls answered 429
        self.delivered: dict[str, int] = defaultdict(int)  # chat -> sendMessage calls answered 200
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.updates: list[dict[str, Any]] = []
        self.failures: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
        self.fail_chats: dict[str, tuple[int, str]] = {}  # chat_id -> (status, description), every time
        self.files: dict[str, bytes] = {}  # file_id -> content, served by getFile and the file URL
        self.last_answer_at = 0.0  # time.monotonic() of the last answer to a method other than getUpdates
        self.in_flight = 0  # requests (other than getUpdates) received and not yet answered
        self._next_update = 1
        self._next_message = 1
        self._cond = threading.Condition()
        self._server = QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- lifecycle --------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """PTB's base_url form: the token is appended to it."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def __enter__(self) -> FakeTelegram:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- what tests do ----------------------------------------------------------

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            update = {"update_id": self._next_update, **update}
            self._next_update += 1
            self.updates.append(update)
            self._cond.notify_all()
        return update

    def push_text(self, user_id: int, text: str, chat_type: str = "private", chat_id: int | None = None,
                  first_name: str = "Lan", reply_to_bot: bool = False, entities: list | None = None) -> dict:
        message = {
            "message_id": self._message_id(), "date": int(time.time()), "text": text,
            "chat": {"id": chat_id if chat_id is not None else user_id, "type": chat_type},
            "from": {"id": user_id, "is_bot": False, "first_name": first_name},
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        if entities:
            message["entities"] = entities
        if reply_to_bot:
            message["reply_to_message"] = {"message_id": 1, "date": int(time.time()), "from": BOT_USER,
                                           "chat": message["chat"], "text": "..."}
        return self.push({"message": message})

    def push_sticker(self, user_id: int) -> dict:
        return self.push({"message": {
            "message_id": self._message_id(), "date": int(time.time()),
            "chat": {"id": user_id, "type": "private"}, "from": {"id": user_id, "is_bot": False, "first_name": "Lan"},
            "sticker": {"file_id": "s1", "file_unique_id": "s1", "width": 512, "height": 512,
                        "is_animated": False, "is_video": False, "type": "regular"},
        }})

    def push_document(self, user_id: int, content: bytes, caption: str, file_name: str = "facts.json") -> dict:
        file_id = f"doc{len(self.files) + 1}"
        self.files[file_id] = content
        return self.push({"message": {
            "message_id": self._message_id(), "date": int(time.time()), "caption": caption,
            "chat": {"id": user_id, "type": "private"}, "from": {"id": user_id, "is_bot": False, "first_name": "Lan"},
            "document": {"file_id": file_id, "file_unique_id": file_id, "file_name": file_name,
                         "mime_type": "application/json", "file_size": len(content)},
        }})

    def push_button(self, user_id: int, data: str, message_id: int = 1) -> dict:
        return self.push({"callback_query": {
            "id": f"cb{self._next_update}", "chat_instance": "ci", "data": data,
            "from": {"id": user_id, "is_bot": False, "first_name": "Lan"},
            "message": {"message_id": message_id, "date": int(time.time()), "from": BOT_USER,
                        "chat": {"id": user_id, "type": "private"}, "text": "..."},
        }})

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
                  times: int = 1) -> None:
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
        self.failures[method].extend([(status, body)] * times)

    # -- the server side --------------------------------------------------------

    def _message_id(self) -> int:
        self._next_message += 1
        return self._next_message

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._cond:
            self.calls.append((method, params))
            self._cond.notify_all()
            if self.failures.get(method):
                return self.failures[method].pop(0)
            chat = str(params.get("chat_id", ""))
            if self.rate_limit and method == "sendMessage":
                now = time.monotonic()
                self._accepted = [t for t in self._accepted if now - t < 1.0]
                if len(self._accepted) >= self.rate_limit:
                    self.rejected += 1
                    return 429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                                 "parameters": {"retry_after": 1}}
                self._accepted.append(now)
            if chat in self.fail_chats and method.startswith("send"):
                status, description = self.fail_chats[chat]
                return status, {"ok": False, "error_code": status, "description": description}
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._take_updates(params)}
        time.sleep(self.latency)
        if method == "getMe":
            return 200, {"ok": True, "result": BOT_USER}
        if method in ("sendMessage", "editMessageText"):
            chat_id = params.get("chat_id")
            if method == "sendMessage":
                with self._cond:
                    self.delivered[str(chat_id)] += 1
            message = {"message_id": int(params.get("message_id") or self._message_id()), "date": int(time.time()),
                       "chat": {"id": int(chat_id) if chat_id else 0, "type": "private"}, "from": BOT_USER,
                       "text": params.get("text", "")}
            return 200, {"ok": True, "result": message}
        if method == "getFile":
            file_id = params.get("file_id", "")
            if file_id not in self.files:
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: invalid file_id"}
            return 200, {"ok": True, "result": {"file_id": file_id, "file_unique_id": file_id,
                                                "file_size": len(self.files[file_id]), "file_path": f"documents/{file_id}"}}
        if method == "getWebhookInfo":
            return 200, {"ok": True, "result": {"url": "", "has_custom_certificate": False, "pending_update_count": 0}}
        if method in ("answerCallbackQuery", "setMyCommands", "deleteMyCommands", "deleteWebhook", "setWebhook",
                      "sendChatAction", "editMessageReplyMarkup", "close", "logOut"):
            return 200, {"ok": True, "result": True}
        return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}

    def _take_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), MAX_POLL_WAIT)
        deadline = time.monotonic() + wait
        with self._cond:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            while not self.updates and time.monotonic() < deadline:
                self._cond.wait(deadline - time.monotonic())
            return list(self.updates[:100])

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
                if unquote(self.path).startswith(f"/file/bot{fake.token}/documents/"):  # PTB quotes the ':'
                    return self._send_file(self.path.rsplit("/", 1)[-1])
                prefix = f"/bot{fake.token}/"
                if not self.path.startswith(prefix):
                    return self._send(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
                    for key in JSON_FIELDS & params.keys():
                        params[key] = json.loads(params[key])
                method = self.path[len(prefix):]
                polling = method == "getUpdates"
                fake.in_flight += not polling
                try:
                    status, body = fake._answer(method, params)
                    self._send(status, body)
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
                    return self._send(200, {"ok": True})
                if self.path == "/_control/block":
                    for chat in body:
                        fake.fail_chats[str(chat)] = (403, "Forbidden: bot was blocked by the user")
                    return self._send(200, {"ok": True})
                if self.path == "/_control/delivered":  # sendMessage calls answered 200, per chat
                    return self._send(200, {"ok": True, "delivered": fake.delivered, "rejected": fake.rejected})
                method = self.path.rsplit("/", 1)[-1]
                return self._send(200, {"ok": True, "count": len(fake.calls_to(method))})

            def _send_file(self, file_id: str) -> None:
                data = fake.files.get(file_id, b"")
                self.send_response(200 if file_id in fake.files else 404)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _send(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        return Handler


if __name__ == "__main__":
    # Serve in a process of its own (benchmarks): print the base URL, serve until killed.
    # Arguments: [token] [latency in milliseconds] [sendMessage calls allowed a second].
    args = sys.argv[1:]
    token = args[0] if args else "123456:TEST-token"
    latency = float(args[1]) / 1000 if len(args) > 1 else 0.0
    with FakeTelegram(token, latency, rate_limit=int(args[2]) if len(args) > 2 else 0) as server:
        print(server.base_url, flush=True)
        threading.Event().wait()
