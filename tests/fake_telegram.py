"""A local fake of the Telegram Bot API, over real HTTP on 127.0.0.1.

python-telegram-bot talks to it exactly as to api.telegram.org (``base_url`` pointed
here). Updates pushed by a test are served to ``getUpdates``; files to ``getFile`` and
the file URL.
"""
from __future__ import annotations

import time
from typing import Any
from urllib.parse import unquote

from fake_bot_api import Answer, FakeBotAPI, error, ok, serve_forever

BOT_USER = {"id": 999000, "is_bot": True, "first_name": "Hỏi đáp Long Mỹ", "username": "HoiDapLongMyBot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
TRUE_METHODS = {"answerCallbackQuery", "setMyCommands", "deleteMyCommands", "deleteWebhook", "setWebhook",
                "sendChatAction", "editMessageReplyMarkup", "close", "logOut"}


class FakeTelegram(FakeBotAPI):
    JSON_FIELDS = {"reply_markup", "commands", "scope", "allowed_updates", "entities", "link_preview_options",
                   "reply_parameters"}

    def __init__(self, token: str = "123456:TEST-token", latency: float = 0.0, rate_limit: int = 0):
        super().__init__(token, latency, rate_limit)
        self.files: dict[str, bytes] = {}  # file_id -> content, served by getFile and the file URL
        self._next_update = 1

    # -- what tests do ----------------------------------------------------------

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            update = {"update_id": self._next_update, **update}
            self._next_update += 1
        return self.queue(update)

    def _user(self, user_id: int, first_name: str = "Lan") -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": first_name}

    def _private(self, user_id: int, **content: Any) -> dict:
        return {"message_id": self._message_id(), "date": int(time.time()),
                "chat": {"id": user_id, "type": "private"}, "from": self._user(user_id), **content}

    def push_text(self, user_id: int, text: str, chat_type: str = "private", chat_id: int | None = None,
                  first_name: str = "Lan", reply_to_bot: bool = False, entities: list | None = None) -> dict:
        message = {
            "message_id": self._message_id(), "date": int(time.time()), "text": text,
            "chat": {"id": chat_id if chat_id is not None else user_id, "type": chat_type},
            "from": self._user(user_id, first_name),
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
        return self.push({"message": self._private(user_id, sticker={
            "file_id": "s1", "file_unique_id": "s1", "width": 512, "height": 512,
            "is_animated": False, "is_video": False, "type": "regular"})})

    def push_document(self, user_id: int, content: bytes, caption: str, file_name: str = "facts.json") -> dict:
        file_id = f"doc{len(self.files) + 1}"
        self.files[file_id] = content
        return self.push({"message": self._private(user_id, caption=caption, document={
            "file_id": file_id, "file_unique_id": file_id, "file_name": file_name,
            "mime_type": "application/json", "file_size": len(content)})})

    def push_button(self, user_id: int, data: str, message_id: int = 1) -> dict:
        return self.push({"callback_query": {
            "id": f"cb{self._next_update}", "chat_instance": "ci", "data": data, "from": self._user(user_id),
            "message": {"message_id": message_id, "date": int(time.time()), "from": BOT_USER,
                        "chat": {"id": user_id, "type": "private"}, "text": "..."},
        }})

    # -- the server side --------------------------------------------------------

    def answer(self, method: str, params: dict[str, Any]) -> Answer:
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            with self._cond:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
            self._wait_for_updates(float(params.get("timeout") or 0))
            with self._cond:
                return ok(list(self.updates[:100]))
        if method == "getMe":
            return ok(BOT_USER)
        if method in ("sendMessage", "editMessageText"):
            chat_id = params.get("chat_id")
            return ok({"message_id": int(params.get("message_id") or self._message_id()), "date": int(time.time()),
                       "chat": {"id": int(chat_id) if chat_id else 0, "type": "private"}, "from": BOT_USER,
                       "text": params.get("text", "")})
        if method == "getFile":
            file_id = params.get("file_id", "")
            if file_id not in self.files:
                return error(400, "Bad Request: invalid file_id")
            return ok({"file_id": file_id, "file_unique_id": file_id, "file_size": len(self.files[file_id]),
                       "file_path": f"documents/{file_id}"})
        if method == "getWebhookInfo":
            return ok({"url": "", "has_custom_certificate": False, "pending_update_count": 0})
        if method in TRUE_METHODS:
            return ok(True)
        return error(404, "Not Found: method not found")

    def _serve_other(self, handler) -> bool:
        if not unquote(handler.path).startswith(f"/file/bot{self.token}/documents/"):  # PTB quotes the ':'
            return False
        file_id = handler.path.rsplit("/", 1)[-1]
        handler.send_bytes(200 if file_id in self.files else 404, self.files.get(file_id, b""))
        return True


if __name__ == "__main__":
    serve_forever(FakeTelegram)
