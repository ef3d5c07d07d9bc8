"""A local fake of the Zalo Bot API, over real HTTP on 127.0.0.1.

Like the real one (https://bot-api.zaloplatforms.com/bot<TOKEN>/<method>): JSON envelopes
``{ok, result, error_code, description}``; ``getUpdates`` hands out one update at a time
and answers 408 when none came within its timeout; no buttons.
"""
from __future__ import annotations

import time
from typing import Any

from fake_bot_api import Answer, FakeBotAPI, error, ok, serve_forever

BOT = {"id": "zalo-bot-1", "account_name": "bot.HoiDapLongMy", "account_type": "BASIC", "can_join_groups": False}


class FakeZalo(FakeBotAPI):
    BLOCKED = "User has blocked the bot"

    def __init__(self, token: str = "8804:ZALO-test-token", latency: float = 0.0, rate_limit: int = 0):
        super().__init__(token, latency, rate_limit)

    def push_event(self, user_id: str, event_name: str, **content: Any) -> dict:
        return self.queue({"event_name": event_name, "message": {
            "from": {"id": str(user_id), "display_name": "Lan", "is_bot": False},
            "chat": {"id": str(user_id), "chat_type": "PRIVATE"},
            "message_id": f"m{self._message_id()}", "date": int(time.time() * 1000), **content}})

    def push_text(self, user_id: str, text: str, **_: Any) -> dict:
        return self.push_event(user_id, "message.text.received", text=text)

    def push_sticker(self, user_id: str) -> dict:
        return self.push_event(user_id, "message.sticker.received", sticker="st1")

    def texts_to(self, chat: str) -> list[str]:
        return [c["text"] for c in self.calls_to("sendMessage") if str(c.get("chat_id")) == str(chat)]

    def answer(self, method: str, params: dict[str, Any]) -> Answer:
        if method == "getUpdates":
            self._wait_for_updates(float(params.get("timeout") or 0))
            with self._cond:
                if not self.updates:
                    return error(408, "Request timeout")
                return ok(self.updates.pop(0))
        if method == "getMe":
            return ok(BOT)
        if method == "sendMessage":
            if len(params.get("text", "")) > 2000:
                return error(400, "Text too long")
            return ok({"message_id": f"s{self._message_id()}", "date": int(time.time() * 1000)})
        if method in ("sendChatAction", "setWebhook", "deleteWebhook"):
            return ok(True)
        if method == "getWebhookInfo":
            return ok({"url": ""})
        return error(404, "Method not found")


if __name__ == "__main__":
    serve_forever(FakeZalo)
