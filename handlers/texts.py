"""Everything the bot says to people, in Vietnamese, and how an answer is laid out.

Replies are HTML for Telegram (channels turn them into plain text elsewhere): every
string that came from a person or from the knowledge base is escaped here.
"""
from __future__ import annotations

import re
from html import escape

from knowledge import Answer, FactAnswer
from knowledge.facts import format_date

BOT_NAME = "Hỏi đáp Long Mỹ"

GREETING = (
    "Xin chào{name}! Tôi là trợ lý <b>" + BOT_NAME + "</b>, trả lời các câu hỏi về công tác "
    "lao động - thương binh và xã hội của huyện Long Mỹ: hộ nghèo, quà Tết, học nghề, "
    "đi làm việc ở nước ngoài và nhiều nội dung khác.\n"
    "Anh/chị cứ nhắn câu hỏi, gõ có dấu hay không dấu đều được, hoặc chọn một chủ đề bên dưới."
)

HELP = (
    "<b>Cách dùng</b>\n"
    "• Nhắn câu hỏi bằng tiếng Việt, ví dụ: <i>huyện có bao nhiêu hộ nghèo?</i> hoặc <i>xkld nhat ban bn nguoi</i>\n"
    "• Khi tôi đưa ra các lựa chọn, bấm nút hoặc gõ số thứ tự.\n"
    "Các lệnh:\n{commands}"
)

TOPICS_INTRO = "Tôi có thể trả lời về các chủ đề sau. Anh/chị chọn một chủ đề:"
TOPIC_INTRO = "Chủ đề <b>{title}</b> gồm các nội dung sau. Anh/chị muốn xem nội dung nào?"
SUGGEST = "Tôi chưa chắc anh/chị muốn hỏi điều gì. Có phải anh/chị muốn hỏi về:"
WHERE_TO_ASK = (
    "Anh/chị có thể hỏi trực tiếp Phòng Lao động - Thương binh và Xã hội huyện hoặc Ủy ban nhân dân "
    "xã, thị trấn nơi mình cư trú."
)
FALLBACK = (
    "Xin lỗi, tôi chưa có thông tin để trả lời câu hỏi này. Tôi trả lời được các nội dung từ các bài viết "
    "về công tác lao động - thương binh và xã hội của {places}. " + WHERE_TO_ASK +
    " Hoặc anh/chị chọn một chủ đề bên dưới."
)
OTHER_PLACE = (
    "Xin lỗi, tôi chưa có số liệu về {asked}. Tôi chỉ có thông tin về {places}. " + WHERE_TO_ASK +
    " Hoặc anh/chị chọn một chủ đề bên dưới."
)
MISSING_KIND = (
    "Xin lỗi, tôi chưa có thông tin về {kind} cho câu hỏi này. " + WHERE_TO_ASK +
    "\nVề nội dung gần nhất, tôi có các thông tin sau:"
)
KIND_NAMES = {
    "quantity": "con số cụ thể", "person": "người phụ trách", "time": "thời gian", "place": "địa điểm",
    "procedure": "thủ tục, hồ sơ", "contact": "số điện thoại, địa chỉ liên hệ", "money": "số tiền",
    "compare": "phép so sánh",
}
PICK_A_TOPIC = "Anh/chị muốn hỏi về chủ đề nào? Hãy chọn một chủ đề bên dưới hoặc nhắn câu hỏi."
WIDER_PLACE = "ℹ️ Tôi chưa có số liệu riêng của {asked}; đây là số liệu chung của {place}."
NOT_UNDERSTOOD = (
    "Xin lỗi, tôi chưa hiểu tin nhắn này. Anh/chị vui lòng nhắn câu hỏi bằng chữ, "
    "ví dụ: <i>tỷ lệ hộ nghèo là bao nhiêu?</i>"
)
EMPTY = "Anh/chị chưa nhập câu hỏi. Hãy nhắn điều anh/chị muốn biết, ví dụ: <i>có bao nhiêu lớp học nghề?</i>"
TOO_LONG = (
    "Tin nhắn dài quá ({length} ký tự). Anh/chị vui lòng hỏi ngắn gọn, dưới {limit} ký tự, "
    "mỗi lần một câu hỏi."
)
UNKNOWN_COMMAND = "Tôi không có lệnh {command}. Gõ /help để xem các lệnh có thể dùng."
PICK_A_NUMBER = "Anh/chị vui lòng gõ số thứ tự từ 1 đến {count} (chữ số 0–9) để chọn, hoặc nhắn câu hỏi mới."
CHOICE_GONE = "Lựa chọn này không còn nữa. Anh/chị vui lòng hỏi lại hoặc gõ /topics để xem các chủ đề."
EARLIER_YEAR = (
    "Tôi chưa có số liệu của năm {year}. Số liệu tôi có là của thời điểm muộn hơn; "
    "anh/chị có muốn xem không?"
)
SLOW_DOWN = (
    "Anh/chị đang gửi tin nhắn quá nhanh. Vui lòng đợi vài giây rồi gửi lại câu hỏi, "
    "tôi sẽ trả lời ngay."
)
SOMETHING_WRONG = ("Xin lỗi, hệ thống vừa gặp sự cố khi xử lý tin nhắn của anh/chị. "
                   "Anh/chị vui lòng thử lại sau ít phút.")
THANKS_FOR_FEEDBACK = "Cảm ơn anh/chị đã góp ý!"
ALL_TOPICS_TITLE = "tất cả các chủ đề"
SUBSCRIBED = "Đã đăng ký nhận thông báo về <b>{topic}</b>. Gõ /unsubscribe để ngừng nhận."
ALREADY_SUBSCRIBED = "Anh/chị đã đăng ký nhận thông báo về <b>{topic}</b> rồi."
UNSUBSCRIBED = "Đã ngừng gửi thông báo về <b>{topic}</b> cho anh/chị."
NOT_SUBSCRIBED = "Anh/chị chưa đăng ký nhận thông báo nào. Gõ /subscribe để đăng ký."
NO_SUCH_TOPIC = "Không có chủ đề “{topic}”. Các chủ đề hiện có:\n{topics}"
NOT_ALLOWED = (
    "Xin lỗi, lệnh /{command} chỉ dành cho cán bộ được phân quyền. "
    "Anh/chị vẫn có thể hỏi thông tin như bình thường."
)
NOTHING_CHANGED = "Chưa có gì thay đổi."
CANCELLED = "Đã hủy, không có gì thay đổi."
NO_FACTS = "Không có dữ kiện nào{topic}."
NO_SUCH_PAGE = "Không có trang “{page}”. Vui lòng gõ số trang từ 1 đến {pages} bằng chữ số 0–9."
FACTS_PAGE = "<b>Dữ kiện</b> (trang {page}/{pages}, {count} dữ kiện):"
BROKEN_FACTS = "⚠️ <b>Dữ kiện đang lỗi</b> (người dân chưa nhận được các câu trả lời này; sửa bằng /setfact hoặc /import):"
BROKEN_FACT = "⚠️ <b>Đang lỗi, người dân chưa nhận được câu trả lời này:</b> {reason}"
HISTORY_TITLE = "<b>Lịch sử thay đổi của {fact_id}</b>:"
NO_UNANSWERED = "Chưa có câu hỏi nào mà hệ thống không trả lời được."
UNANSWERED_TITLE = "<b>Các câu hỏi chưa trả lời được</b> (dạy bằng /teach &lt;số&gt; &lt;mã&gt;):"
FACT_UPDATED = "✅ Đã cập nhật {fact_id}. Câu hỏi tiếp theo sẽ thấy ngay:"
FACT_ADDED = "✅ Đã thêm {fact_id}:"
FACT_RESTORED = "✅ Đã khôi phục {fact_id}:"
FACT_DELETED = "🗑 Đã xóa {fact_id} (khôi phục bằng /restorefact {fact_id})."
CONFIRM_DELETE = "Xóa dữ kiện <b>{fact_id}</b>? Người dân sẽ không còn nhận được câu trả lời này."
ALIAS_ADDED = "✅ Từ nay câu hỏi “{question}” sẽ được trả lời bằng {fact_id}."
NOTHING_TO_UNDO = "Anh/chị chưa có thay đổi nào để hoàn tác."
UNDONE = "↩️ Đã hoàn tác thay đổi gần nhất của anh/chị ({action} {fact_id})."
IMPORT_HOW = "Gửi tệp dữ kiện .json kèm chú thích /import (thêm chữ replace để thay toàn bộ dữ kiện)."
IMPORTED = ("✅ Đã nhập tệp dữ kiện: thêm {added}, cập nhật {updated}, giữ nguyên {unchanged}, "
            "xóa {deleted}.")
GRANT_HOW = "Cú pháp: /grant &lt;kênh:mã_người_dùng&gt; &lt;vai trò&gt;, ví dụ /grant telegram:123456 operator. Vai trò: {roles}"
GRANTED = "✅ Đã cấp quyền <b>{role}</b> cho {identity}."
REVOKED = "✅ Đã thu hồi quyền của {identity}."
NO_ROLE = "{identity} không có quyền nào để thu hồi."
CANNOT_REVOKE_ENV_ADMIN = "Quản trị viên khai báo trong BOT_ADMINS chỉ bỏ được bằng cách sửa cấu hình máy chủ."
NO_ROLES = "Chưa có ai được phân quyền."
ROLES_TITLE = "<b>Người được phân quyền</b>:"
ANNOUNCE_HOW = "Cú pháp: /announce [#chủ_đề] nội dung thông báo"
ANNOUNCEMENT_TOO_LONG = "Thông báo dài quá {limit} ký tự, vui lòng rút gọn."
ANNOUNCE_PREVIEW = (
    "<b>Xem trước thông báo</b> (chủ đề: {topic}), sẽ gửi tới <b>{count}</b> người đã đăng ký:\n\n{text}\n\n"
    "Bấm <b>Gửi</b> để gửi đi; chưa có gì được gửi."
)
ANNOUNCE_QUEUED = "📣 Thông báo số {id} đang được gửi tới {count} người. Tôi sẽ báo tiến độ."
ANNOUNCEMENT_GONE = "Thông báo này không còn để gửi hoặc dừng (đã gửi xong, đã hủy hoặc không tồn tại)."
ANNOUNCEMENT_CANCELLED = "Đã dừng thông báo số {id}. Những tin đã gửi trước đó không thu hồi được."
CANCEL_HOW = "Cú pháp: /cancel &lt;số thông báo&gt; (xem số bằng /announcements)"
SCHEDULE_HOW = "Cú pháp: /schedule YYYY-MM-DD HH:MM [#chủ_đề] nội dung (giờ Việt Nam), ví dụ /schedule 2026-12-01 07:30 Lịch chi trả…"
SCHEDULE_PAST = "Thời điểm hẹn đã qua. Vui lòng chọn một thời điểm trong tương lai (giờ Việt Nam)."
SCHEDULED = "⏰ Đã hẹn gửi thông báo số {id} lúc {when} (giờ Việt Nam) tới những người đăng ký (hiện có {count} người)."
NO_ANNOUNCEMENTS = "Chưa có thông báo nào."
ANNOUNCEMENTS_TITLE = "<b>Thông báo gần đây</b>:"
ANNOUNCEMENT_LINE = "• Số {id} · {status} · đã gửi {sent}/{total} (chặn {blocked}, lỗi {failed}): {text}"
STATUS_NAMES = {"scheduled": "đã hẹn giờ", "sending": "đang gửi", "done": "đã xong", "cancelled": "đã hủy"}
PROGRESS = "📣 Thông báo số {id}: đã gửi {done}/{total}"
REPORT = (
    "✅ Xong thông báo số {id}: gửi được {sent}, người dùng đã chặn/không còn {blocked}, lỗi {failed}, "
    "trong {duration}."
)
LATER_YEAR = "ℹ️ Tôi chưa có số liệu năm {year}; đây là số liệu mới nhất tôi có ({label})."


def fact_block(answer: FactAnswer) -> str:
    """One fact: title, the answer with its figures, and the date the figures are as of."""
    fact = answer.fact
    lines = [f"<b>{escape(fact.title)}</b>", escape(answer.text)]
    if answer.later_year:
        lines.append(escape(LATER_YEAR.format(year=answer.later_year, label=fact.as_of_label)))
    if answer.wider_place:
        lines.append(escape(WIDER_PLACE.format(asked=answer.asked_place, place=answer.wider_place)))
    when = format_date(fact.as_of)
    if fact.as_of_label and not re.search(r"\d/\d", fact.as_of_label):  # "cuối năm 2022", not "ngày 21/3/2023"
        when = f"{fact.as_of_label} ({when})"
    lines.append(f"<i>📅 Số liệu tính đến: {escape(when)}</i>")
    return "\n".join(lines)


def source_line(answers: list[FactAnswer]) -> str:
    names = []
    for a in answers:
        source = a.fact.source
        name = source.get("name", "")
        if source.get("published"):
            name += f", đăng ngày {format_date(source['published'])}"
        if source.get("byline"):
            name += f" ({source['byline']})"
        if name and name not in names:
            names.append(name)
    return f"<i>📰 Nguồn: {escape('; '.join(names))}</i>" if names else ""


def _places(labels: list[str]) -> str:
    return escape(", ".join(labels) or "địa phương")


def fallback(known_places: list[str]) -> str:
    return FALLBACK.format(places=_places(known_places))


def other_place(asked: list[str], known_places: list[str]) -> str:
    return OTHER_PLACE.format(asked=_places(asked), places=_places(known_places))


def missing_kind(kind: str) -> str:
    return MISSING_KIND.format(kind=KIND_NAMES.get(kind, "nội dung này"))


def answer_text(answer: Answer) -> str:
    return answer_text_of(answer.facts)


def answer_text_of(facts: list[FactAnswer]) -> str:
    blocks = [fact_block(a) for a in facts]
    source = source_line(facts)
    return "\n\n".join(blocks) + (f"\n{source}" if source else "")
