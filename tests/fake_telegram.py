"""A local fake of the Telegram Bot API, over real HTTP on 127.0.0.1.

python-telegram-bot talks to it exactly as to api.telegram.org (``base_url`` pointed
here). Updates pushed by a test are served to ``getUpdates``; files to ``getFile`` and
the file URL. It is as strict as Telegram with what it is sent: HTML is parsed as
Telegram parses it (only Telegram's tags, balanced; only its entities; no bare < > &),
text is at most 4096 characters after that, button data at most 64 bytes; anything else
is answered 400 as Telegram answers it, and kept in ``bad_requests``.
"""
from __future__ import annotations

import html
import re
import time
from typing import Any
from urllib.parse import unquote

from fake_bot_api import Answer, FakeBotAPI, error, ok, serve_forever

BOT_USER = {"id": 999000, "is_bot": True, "first_name": "Hỏi đáp Long Mỹ", "username": "HoiDapLongMyBot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_PHOTO = 10 * 1024 * 1024  # bytes, uploaded
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # what Telegram takes as a photo: PNG, JPEG
MAX_CALLBACK_DATA = 64  # bytes
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "span",
                "blockquote"}
TAG = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*>""")
ATTRIBUTE = re.compile(r"""([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
TRUE_METHODS = {"answerCallbackQuery", "setMyCommands", "deleteMyCommands", "deleteWebhook", "setWebhook",
                "sendChatAction", "editMessageReplyMarkup", "close", "logOut"}


class CantParse(ValueError):
    """What Telegram says after "Bad Request: can't parse entities: "."""


def parse_html(text: str) -> str:
    """The text Telegram shows for ``text`` sent with parse_mode HTML; CantParse where it answers 400."""
    shown, open_tags, at = [], [], 0
    offset = lambda: len(text[:at].encode("utf-8"))  # noqa: E731 (Telegram reports byte offsets)
    while at < len(text):
        char = text[at]
        if char == "<":
            tag = TAG.match(text, at)
            if not tag:
                raise CantParse(f"Unexpected end of name token at byte offset {offset()}")
            closing, name, attributes = tag[1], tag[2].lower(), tag[3]
            if closing:
                if not open_tags:
                    raise CantParse(f'Unexpected end tag at byte offset {offset()}')
                if open_tags[-1] != name or attributes.strip():
                    raise CantParse(f'Can\'t find end tag corresponding to start tag "{open_tags[-1]}"')
                open_tags.pop()
            else:
                if name not in ALLOWED_TAGS:
                    raise CantParse(f'Unsupported start tag "{name}" at byte offset {offset()}')
                _check_attributes(name, attributes, offset())
                open_tags.append(name)
            at = tag.end()
        elif char == "&":
            entity = ENTITY.match(text, at)
            if not entity or (entity[0][1] == "#" and not 0 < int(entity[0][2:-1].replace("x", "0x", 1), 0) < 0x110000):
                raise CantParse(f"Unsupported HTML entity at byte offset {offset()}")
            shown.append(html.unescape(entity[0]))
            at = entity.end()
        elif char == ">":
            raise CantParse(f"Unexpected > at byte offset {offset()}")
        else:
            shown.append(char)
            at += 1
    if open_tags:
        raise CantParse(f'Can\'t find end tag corresponding to start tag "{open_tags[-1]}"')
    return "".join(shown)


def _check_attributes(name: str, attributes: str, offset: int) -> None:
    found = {m[1].lower(): next((v for v in m.groups()[1:] if v is not None), "") for m in ATTRIBUTE.finditer(attributes)}
    allowed = {"a": {"href"}, "span": {"class"}, "code": {"class"}, "blockquote": {"expandable"}}.get(name, set())
    if set(found) - allowed or (name == "span" and found.get("class") != "tg-spoiler"):
        raise CantParse(f'Tag "{name}" must have no attributes other than {sorted(allowed)} at byte offset {offset}')
    if name == "a" and "href" not in found:
        raise CantParse(f'Tag "a" must have attribute href at byte offset {offset}')


class FakeTelegram(FakeBotAPI):
    JSON_FIELDS = {"reply_markup", "commands", "scope", "allowed_updates", "entities", "link_preview_options",
                   "reply_parameters"}

    def __init__(self, token: str = "123456:TEST-token", latency: float = 0.0, rate_limit: int = 0,
                 chat_rate_limit: int = 0):
        super().__init__(token, latency, rate_limit, chat_rate_limit)
        self.files: dict[str, bytes] = {}  # file_id -> content, served by getFile and the file URL
        self.bad_requests: list[tuple[str, str]] = []  # (method, description) answered 400 for what was sent
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
                  first_name: str = "Lan", reply_to_bot: bool = False, entities: list | None = None,
                  replied_text: str | None = None) -> dict:
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
        if replied_text is not None:  # in reply to the person's own message (an article pasted before /ingest)
            message["reply_to_message"] = {"message_id": 1, "date": int(time.time()), "from": message["from"],
                                           "chat": message["chat"], "text": replied_text}
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
        if method in ("sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery"):
            problem = self._problem(method, params)
            if problem:
                with self._cond:
                    self.bad_requests.append((method, problem))
                return error(400, f"Bad Request: {problem}")
        if method == "sendPhoto":
            problem = self._photo_problem(params)
            if problem:
                with self._cond:
                    self.bad_requests.append((method, problem))
                return error(400, f"Bad Request: {problem}")
            photo = params["photo"]
            return ok({"message_id": self._message_id(), "date": int(time.time()), "from": BOT_USER,
                       "chat": {"id": int(params.get("chat_id") or 0), "type": "private"},
                       "caption": params.get("caption", ""), "photo": [
                           {"file_id": f"photo{len(photo)}", "file_unique_id": f"photo{len(photo)}", "width": 800,
                            "height": 400, "file_size": len(photo)}]})
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

    @staticmethod
    def _problem(method: str, params: dict[str, Any]) -> str | None:
        """What Telegram would refuse in a message, its keyboard or a callback answer; None if nothing."""
        if method == "answerCallbackQuery":
            return "MESSAGE_TOO_LONG" if len(params.get("text") or "") > 200 else None
        if "text" in params or method != "editMessageReplyMarkup":
            try:
                shown = parse_html(params.get("text", "")) if params.get("parse_mode") == "HTML" else params.get("text", "")
            except CantParse as error:
                return f"can't parse entities: {error}"
            if not shown.strip():
                return "message text is empty"
            if len(shown) > MAX_TEXT:
                return "message is too long"
        for row in (params.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if not button.get("text") or (data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA):
                    return "BUTTON_DATA_INVALID"
        return None

    @classmethod
    def _photo_problem(cls, params: dict[str, Any]) -> str | None:
        """What Telegram would refuse in a sendPhoto: an upload that is no image, too big, a bad caption."""
        photo = params.get("photo")
        if not isinstance(photo, bytes):
            return "there is no photo in the request"  # (a file_id or URL: our bot only uploads)
        if not photo.startswith(IMAGE_MAGIC):
            return "IMAGE_PROCESS_FAILED"
        if len(photo) > MAX_PHOTO:
            return "PHOTO_INVALID_DIMENSIONS"
        caption = params.get("caption", "")
        try:
            shown = parse_html(caption) if params.get("parse_mode") == "HTML" else caption
        except CantParse as error:
            return f"can't parse entities: {error}"
        if len(shown) > MAX_CAPTION:
            return "message caption is too long"
        markup = cls._problem("editMessageReplyMarkup", {"reply_markup": params.get("reply_markup")})
        return markup

    def _serve_other(self, handler) -> bool:
        if not unquote(handler.path).startswith(f"/file/bot{self.token}/documents/"):  # PTB quotes the ':'
            return False
        file_id = handler.path.rsplit("/", 1)[-1]
        handler.send_bytes(200 if file_id in self.files else 404, self.files.get(file_id, b""))
        return True


if __name__ == "__main__":
    serve_forever(FakeTelegram)
