"""A local fake of Zalo's OA Open API and OAuth server, over real HTTP on 127.0.0.1, written from
Zalo's documentation (developers.zalo.me: "Gửi tin Tư vấn", "Webhook", "Xác thực và ủy quyền"):

- ``POST /v3.0/oa/message/cs``, the access token in an ``access_token`` header, a JSON body
  ``{recipient: {user_id}, message: {text, attachment?}}``; the answer is always an envelope
  ``{error, message, data}`` (HTTP 200 even when it fails): 0 success, -216 access token invalid,
  -220 access token expired, -213 the person does not follow the OA, -230 no interaction in 7
  days, -32 the app's calls a minute exceeded, -201 a parameter is invalid. Text at most 2.000
  characters; buttons (``attachment.type`` "template", ``payload.buttons``) at most 5, titles at
  most 100 characters, ``oa.query.*`` payloads strings of at most 1.000.
- ``POST /v4/oa/access_token`` (form: app_id, grant_type=refresh_token, refresh_token; header
  ``secret_key``: the app's secret key): a new access token and a new refresh token, ``expires_in``
  a string of seconds; each refresh token works once.
- The interaction window: a follower may be written to for ``window`` seconds after their last event
  (``event``), as the fake's ``clock`` tells time (tests move it instead of sleeping); after that -230.
- Webhook events as Zalo sends them, signed ``X-ZEvent-Signature: mac=<sha256(app_id + body +
  timestamp + OA secret key)>`` (``sign``).

Every request the bot makes that Zalo would refuse as malformed is kept in ``bad_requests``.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs

from fake_bot_api import LocalServer

BUTTON_TYPES = {"oa.open.url", "oa.query.show", "oa.query.hide", "oa.open.sms", "oa.open.phone"}


class FakeZaloOA(LocalServer):
    def __init__(self, app_id: str = "4291763606161179100", app_secret: str = "app-secret-Zq81",
                 oa_secret_key: str = "oa-secret-Kp27", refresh_token: str = "RT-seed-5b7e1c",
                 expires_in: int = 90000, window: float = 7 * 86400.0):
        self.app_id = app_id
        self.app_secret = app_secret
        self.oa_secret_key = oa_secret_key
        self.refresh_token = refresh_token  # the one refresh token that works now
        self.expires_in = expires_in
        self.access_tokens: dict[str, float] = {}  # token -> time.time() it expires
        self.refresh_calls: list[str] = []  # refresh tokens presented, in order
        self.sent: list[tuple[str, dict]] = []  # (user_id, message) accepted
        self.refused: list[tuple[str, int]] = []  # (user_id, error) answered
        self.bad_requests: list[str] = []
        self.followers: dict[str, str] = {}  # user_id -> "unfollowed" | "outside"; anyone else may be written to
        self.window = window
        self.clock = time.time  # when "now" is for the interaction window; a test may replace it
        self.last_interaction: dict[str, float] = {}  # user_id -> clock() of their last event
        self.rate_limited = 0  # the next this many sends answer -32
        self.expire_after: int | None = None  # after this many more accepted sends, the access token expires
        self._serial = itertools.count(1)
        self._lock = threading.Condition()
        self._make_server()

    @property
    def base_url(self) -> str:
        return self.address

    # -- what tests do ------------------------------------------------------------

    def texts_to(self, user_id: str) -> list[str]:
        with self._lock:
            return [m.get("text", "") for u, m in self.sent if u == user_id]

    def buttons_to(self, user_id: str) -> list[list[dict]]:
        """The buttons under each message to ``user_id`` ([] for a message without)."""
        with self._lock:
            return [((m.get("attachment") or {}).get("payload") or {}).get("buttons", []) for u, m in self.sent
                    if u == user_id]

    def delivered(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        with self._lock:
            for user_id, _ in self.sent:
                counts[user_id] += 1
        return counts

    def expire_access_tokens(self) -> None:
        with self._lock:
            self.access_tokens = dict.fromkeys(self.access_tokens, 0.0)

    def sign(self, body: bytes, timestamp: str, secret: str | None = None, app_id: str | None = None) -> str:
        mac = hashlib.sha256((app_id or self.app_id).encode() + body + timestamp.encode()
                             + (secret or self.oa_secret_key).encode()).hexdigest()
        return f"mac={mac}"

    def event(self, name: str, user_id: str, **fields: Any) -> bytes:
        """An event's body as Zalo sends it (timestamps in milliseconds, as strings): an interaction of ``user_id``."""
        with self._lock:
            self.last_interaction[user_id] = self.clock()
        body: dict[str, Any] = {"app_id": self.app_id, "event_name": name, "timestamp": str(int(self.clock() * 1000))}
        if name in ("follow", "unfollow"):
            body.update({"oa_id": "oa-1", "source": "oa_profile", "follower": {"id": user_id},
                         "user_id_by_app": f"app-{user_id}"})
        else:
            body.update({"sender": {"id": user_id}, "recipient": {"id": "oa-1"}, "user_id_by_app": f"app-{user_id}"})
        body.update(fields)
        return json.dumps(body, ensure_ascii=False).encode()

    def text_event(self, user_id: str, text: str, msg_id: str | None = None) -> bytes:
        return self.event("user_send_text", user_id,
                          message={"msg_id": msg_id or f"msg{next(self._serial)}", "text": text})

    # -- the server side --------------------------------------------------------

    def _refresh(self, headers: Any, form: dict[str, str]) -> dict:
        with self._lock:
            self.refresh_calls.append(form.get("refresh_token", ""))
            if headers.get("secret_key") != self.app_secret or form.get("app_id") != self.app_id:
                return {"error": -14002, "error_name": "Invalid app", "error_description": "Invalid secret key"}
            if form.get("grant_type") != "refresh_token" or form.get("refresh_token") != self.refresh_token:
                return {"error": -14014, "error_name": "Invalid parameter", "error_description": "Invalid refresh token"}
            n = next(self._serial)
            access, self.refresh_token = f"AT-{n}-a1c9", f"RT-{n}-7f3d"
            self.access_tokens[access] = time.time() + self.expires_in
            return {"access_token": access, "refresh_token": self.refresh_token, "expires_in": str(self.expires_in)}

    def _check(self, body: Any) -> str | None:
        """Why Zalo would refuse this consultation message as malformed (None: it is well formed)."""
        if not isinstance(body, dict) or not isinstance((body.get("recipient") or {}).get("user_id"), str):
            return "recipient.user_id"
        message = body.get("message")
        if not isinstance(message, dict):
            return "message"
        text = message.get("text")
        if not isinstance(text, str) or not text.strip() or len(text) > 2000:
            return f"message.text ({len(text) if isinstance(text, str) else text!r})"
        attachment = message.get("attachment")
        if attachment is None:
            return None
        if attachment.get("type") != "template" or not isinstance(attachment.get("payload"), dict):
            return "attachment"
        buttons = attachment["payload"].get("buttons")
        if not isinstance(buttons, list) or not 1 <= len(buttons) <= 5:
            return "buttons"
        for button in buttons:
            if button.get("type") not in BUTTON_TYPES or not isinstance(button.get("title"), str) \
                    or not 0 < len(button["title"]) <= 100:
                return f"button {button!r}"
            if button["type"].startswith("oa.query.") and (not isinstance(button.get("payload"), str)
                                                           or not 0 < len(button["payload"]) <= 1000):
                return f"button payload {button!r}"
        return None

    def _send(self, headers: Any, body: Any) -> dict:
        with self._lock:
            token = headers.get("access_token") or ""
            if token not in self.access_tokens:
                return {"error": -216, "message": "Access token is invalid"}
            if self.access_tokens[token] < time.time():
                return {"error": -220, "message": "access_token is expired or removed"}
            problem = self._check(body)
            if problem:
                self.bad_requests.append(problem)
                return {"error": -201, "message": f"{problem} is invalid"}
            user_id = body["recipient"]["user_id"]
            state = self.followers.get(user_id)
            error = {"unfollowed": -213, "outside": -230}.get(state or "")
            if error is None and self.clock() - self.last_interaction.get(user_id, self.clock()) > self.window:
                error = -230
            if error is None and self.rate_limited:
                self.rate_limited -= 1
                error = -32
            if error is not None:
                self.refused.append((user_id, error))
                return {"error": error, "message": {-213: "User has not followed OA",
                                                    -230: "User has not interacted with the OA in the past 7 days",
                                                    -32: "Your application reached limit call api"}[error]}
            self.sent.append((user_id, body["message"]))
            self._lock.notify_all()
            if self.expire_after is not None:
                self.expire_after -= 1
                if self.expire_after <= 0:
                    self.expire_after = None
                    self.access_tokens[token] = 0.0
            return {"error": 0, "message": "Success", "data": {"message_id": f"m{next(self._serial)}",
                                                             "user_id": user_id}}

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (the stdlib's name)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if len(raw) < length:  # the client hung up mid-request (a test ending): nothing was sent
                    self.close_connection = True
                    return None
                if self.path == "/v4/oa/access_token":
                    if not self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
                        fake.bad_requests.append("OAuth body not form-encoded")
                    form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
                    return self.send_json(fake._refresh(self.headers, form))
                if self.path == "/v3.0/oa/message/cs":
                    try:
                        body = json.loads(raw or b"null")
                    except ValueError:
                        body = None
                    return self.send_json(fake._send(self.headers, body))
                fake.bad_requests.append(f"POST {self.path}")
                return self.send_json({"error": -209, "message": "Not supported this api"}, 404)

            def send_json(self, body: dict, status: int = 200) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        return Handler
