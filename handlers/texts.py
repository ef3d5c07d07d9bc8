"""Everything the bot says to people, in Vietnamese, and how an answer is laid out.

Replies are HTML for Telegram (channels turn them into plain text elsewhere): every
string that came from a person or from the knowledge base is escaped here. Numbers are
written the Vietnamese way with ``format_number`` (1.562; 7,48).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from html import escape
from typing import Any

from knowledge import Answer, FactAnswer
from knowledge.compare import Comparison
from knowledge.facts import Fact, format_date, format_number
from knowledge.rank import Ranking

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
TOPICS_INTRO_KNOWN = "{known}\nTôi có thể trả lời về các chủ đề sau. Anh/chị chọn một chủ đề:"
TOPIC_INTRO = "Chủ đề <b>{title}</b> gồm các nội dung sau. Anh/chị muốn xem nội dung nào?"
SUGGEST = "Tôi chưa chắc anh/chị muốn hỏi điều gì. Có phải anh/chị muốn hỏi về:"
SUGGEST_ONE = "Có phải anh/chị hỏi về <b>{title}</b>? Bấm vào bên dưới để xem câu trả lời."
# Said when no contact fact is set (the operators' "contact.office" says where to ask instead).
WHERE_TO_ASK = (
    "Anh/chị có thể hỏi trực tiếp Phòng Lao động - Thương binh và Xã hội huyện hoặc Ủy ban nhân dân "
    "xã, thị trấn nơi mình cư trú."
)
FALLBACK = (
    "Xin lỗi, tôi chưa có thông tin để trả lời câu hỏi này. Tôi trả lời được các nội dung từ các bài viết "
    "về công tác lao động - thương binh và xã hội của {places}{sources}. {where} Hoặc anh/chị chọn một chủ đề bên dưới."
)
FROM_SOURCES = " (nguồn: {sources})"
KNOWN = "Tôi có số liệu của {places}, theo {count} nguồn (gõ /sources để xem)."
SOURCES_TITLE = "<b>Các nguồn tôi dùng để trả lời</b>:"
NO_SOURCES = "Tôi chưa có nguồn thông tin nào."
SOURCE_FACTS = "{count} nội dung"
OTHER_PLACE = (
    "Xin lỗi, tôi chưa có thông tin này của {asked}. Tôi có số liệu về {places}. {where} "
    "Hoặc anh/chị chọn một chủ đề bên dưới."
)
MISSING_KIND = "Xin lỗi, tôi chưa có thông tin về {kind} cho câu hỏi này. {where}"
CLOSEST = "\nVề nội dung gần nhất, tôi có các thông tin sau:"
RANKING = ("📊 Trong {count} {kind} có số liệu, {kind} {end} theo “{column}” là <b>{leaders}</b> ({figure}). "
           "Cả bảng: {table}.")
COMPARISON = "📊 Hai số liệu {first} và {second} chênh lệch nhau <b>{difference}</b> (tính từ hai thông tin dưới đây)."
KIND_NAMES = {
    "quantity": "con số cụ thể", "rate": "tỷ lệ phần trăm", "person": "người phụ trách",
    "who": "người, đơn vị thực hiện", "time": "thời gian",
    "day": "ngày cụ thể", "hour": "giờ cụ thể", "change": "mức tăng, giảm", "duration": "thời hạn", "place": "địa điểm",
    "procedure": "thủ tục, hồ sơ", "contact": "số điện thoại, địa chỉ liên hệ", "money": "số tiền",
    "whom": "người, nơi liên hệ",
    "compare": "phép so sánh", "plan": "kế hoạch, chỉ tiêu", "commune": "tên xã, phường", "hamlet": "tên ấp, khóm",
    "company": "tên công ty", "organisation": "tên cơ quan, tổ chức",
    "each": "số tiền cho mỗi người, mỗi phần", "age": "độ tuổi",
    "abroad": "nước đến làm việc", "whither": "địa điểm", "funding": "nguồn kinh phí", "trade": "tên ngành nghề",
}
KIND_NAMES["each_one"] = KIND_NAMES["each"]  # (each one's, not each month's of them all: said alike)
PICK_A_TOPIC = "Anh/chị muốn hỏi về chủ đề nào? Hãy chọn một chủ đề bên dưới hoặc nhắn câu hỏi."
WIDER_PLACE = "ℹ️ Tôi chưa có số liệu riêng của {asked}; đây là số liệu chung của {place}."
NOT_THE_PLACE_SERVED = "ℹ️ Đây là số liệu của {place}, không phải của {served}."
PART_OF_THE_PLACE_SERVED = "ℹ️ Đây là số liệu riêng của {place}, không phải của toàn {served}."
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
WIDER_PLACE_OFFER = (
    "Tôi chưa có số liệu riêng của {asked}. Tôi có số liệu chung của {place}; anh/chị có muốn xem không?"
)
LATER_YEAR_OFFER = (
    "Tôi chưa có số liệu của năm {year}. Số liệu mới nhất tôi có là của {label}; anh/chị có muốn xem không?"
)
EARLIER_YEAR = (
    "Tôi chưa có số liệu của năm {year}. Số liệu tôi có là của thời điểm muộn hơn; "
    "anh/chị có muốn xem không?"
)
SLOW_DOWN = (
    "Anh/chị đang gửi tin nhắn quá nhanh. Vui lòng đợi vài giây rồi gửi lại câu hỏi, "
    "tôi sẽ trả lời ngay."
)
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
    "<b>Xem trước thông báo</b> (chủ đề: {topic}), sẽ gửi tới <b>{count}</b> người đã đăng ký:\n\n{text}{reach}\n\n"
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
    "✅ Xong thông báo số {id}: gửi được {sent}, người dùng đã chặn/không còn {blocked}, {unreachable}lỗi {failed}, "
    "trong {duration}."
)
REPORT_UNREACHABLE = "ngoài thời hạn tương tác (Zalo chưa cho gửi) {count}, "
ANNOUNCE_REACHABLE = (
    "\n\nTrong số đó, <b>{outside}</b> người theo dõi Zalo OA đã quá thời hạn tương tác (hoặc đã bỏ quan tâm) "
    "nên Zalo chưa cho gửi tin; hiện gửi được ngay cho <b>{reachable}</b> người."
)
LATER_YEAR = "ℹ️ Tôi chưa có số liệu năm {year}; đây là số liệu mới nhất tôi có ({label})."
DURATION = "{minutes} phút {seconds} giây"
NOT_TEXT = "Xin lỗi, hiện tôi chỉ đọc được tin nhắn chữ. Anh/chị vui lòng gõ câu hỏi."
SOMETHING_WRONG = "Xin lỗi, hệ thống vừa gặp sự cố khi xử lý tin nhắn của anh/chị. Anh/chị vui lòng thử lại sau ít phút."
PRIVATE_ONLY = ("Lệnh này chỉ dùng trong tin nhắn riêng với bot. Anh/chị vui lòng mở @{bot}, bấm Bắt đầu (/start) "
                "rồi gõ lại lệnh ở đó.")
DOCUMENT_TOO_BIG = "Tệp quá lớn (tối đa 5 MB)."
ANNOUNCEMENT = "📣 <b>Thông báo</b>\n{text}\n\n<i>Gõ /unsubscribe để ngừng nhận thông báo.</i>"
PICK_BY_NUMBER = "(Gõ số thứ tự để chọn.)"  # under choices where there are no buttons
MORE_CHOICES = "Các lựa chọn khác:"  # where a messenger shows only a few buttons under one message (Zalo OA)
SUBSCRIBE_OFFER = ("Anh/chị có muốn nhận thông báo mới của Phòng (lịch chi trả, chính sách, lớp học nghề…) "
                   "qua Zalo không? Bấm nút bên dưới để đăng ký; gõ /unsubscribe bất cứ lúc nào để ngừng.")
CHAT_HINT = "(Gõ câu hỏi rồi nhấn Enter; gõ 'thoát' để kết thúc.)"
CHAT_PROMPT = "Bạn: "
CHAT_SIDES_HINT = ("(Bạn đang là cán bộ. Gõ /nguoidan để đóng vai một người dân, /canbo để trở lại vai cán bộ; "
                   "tin nhắn bot gửi cho mỗi bên hiện ra sau mỗi dòng.)")
CITIZEN_SIDE = "[người dân] "
STAFF_SIDE = "[cán bộ] "
NOW_CITIZEN = "(Bây giờ bạn là một người dân.)"
NOW_STAFF = "(Bây giờ bạn là cán bộ.)"
TERMINAL_TO_CITIZEN = "📨 Người dân nhận được:"
TERMINAL_TO_STAFF = "📨 Cán bộ nhận được:"
CHAT_GOODBYE = "Cảm ơn anh/chị đã sử dụng dịch vụ. Chào tạm biệt!"
WARNING = "⚠️ {error}"
IN_TOPIC = " trong chủ đề {topic}"
NO_SUCH_FACT = "Không có dữ kiện mã “{fact_id}”."
NO_HISTORY = "Không có lịch sử cho mã “{fact_id}”."
SETFACT_HOW = "Cú pháp: /setfact <mã> tên=giá_trị … hoặc /setfact <mã> <câu trả lời mới>"
DELFACT_HOW = "Cú pháp: /delfact <mã>"
TEACH_HOW = "Cú pháp: /teach <số thứ tự 1–{last} trong /unanswered> <mã>, hoặc /teach <mã> <câu hỏi>"

# Statistics (/stats, bot.py stats, the HTML report): counts only, never who asked.
STATS_HOW = ("Cú pháp: /stats [7|30|90] (số ngày), /stats chủ đề [số ngày] hoặc /stats chưa trả lời [số ngày]. "
             "Mặc định {days} ngày.")
STATS_TITLE = "📊 <b>Thống kê {days} ngày</b> ({first} – {last})"
STATS_SUMMARY = (
    "• Câu hỏi: <b>{questions}</b>, của {people} người\n"
    "• Trả lời được: {answered} ({answered_share})\n"
    "• Đưa ra lựa chọn: {suggest} ({suggest_share})\n"
    "• Chưa có thông tin: {fallback} ({fallback_share})\n"
    "• Góp ý: 👍 {helpful} · 👎 {unhelpful}\n"
    "• Người đăng ký nhận thông báo: {subscribers}\n"
    "• Thông báo đã gửi: {announcements}, tới {reach} lượt người nhận"
)
STATS_MORE = "Xem thêm: /stats chủ đề · /stats chưa trả lời"
STATS_TOPICS_TITLE = "📊 <b>Chủ đề được hỏi nhiều nhất, {days} ngày</b> ({first} – {last})"
STATS_FACTS_TITLE = "<b>Dữ kiện được trả lời nhiều nhất</b>:"
STATS_NO_ANSWERS = "Chưa có câu hỏi nào được trả lời trong thời gian này."
STATS_UNANSWERED_TITLE = ("📊 <b>Câu hỏi chưa trả lời được, {days} ngày</b> ({first} – {last}), gộp các cách hỏi "
                          "giống nhau:")
STATS_NO_UNANSWERED = "Không có câu hỏi nào chưa trả lời được trong thời gian này."
STATS_DISLIKED_TITLE = "<b>Dữ kiện bị chê (👎) nhiều nhất</b>:"
STATS_GROUP = "{number}. “{example}”: {count} lần{phrasings}"
STATS_PHRASINGS = " ({count} cách hỏi)"
STATS_TEACH_HINT = "   ↳ /teach {fact_id} {example}"
STATS_ADDFACT_HINT = "   ↳ /addfact mã | chủ đề | {example} | câu trả lời"
STATS_COUNT_LINE = "• {name}: {count}"
STATS_VOTES_LINE = "• {fact_id} ({title}): 👎 {down} · 👍 {up}"
# The chart and the report.
CHART_OUTCOMES = {"answered": "Trả lời được", "suggest": "Đưa ra lựa chọn", "fallback": "Chưa có thông tin"}
CHART_RATE = "Tỉ lệ trả lời được"
CHART_TITLE = "Câu hỏi mỗi ngày, {first} – {last}"
CHART_QUESTIONS = "Số câu hỏi"
CHART_TOPICS_TITLE = "Câu trả lời theo chủ đề"
REPORT_TITLE = "Báo cáo hỏi đáp của người dân, {first} – {last}"
REPORT_INTRO = ("Số liệu do {bot} tổng hợp ngày {made}. Chỉ có số đếm, không có tên hay mã người hỏi; "
                "các câu hỏi ví dụ không kèm người hỏi.")
REPORT_SUMMARY = "Tóm tắt"
REPORT_DAILY = "Câu hỏi theo ngày"
REPORT_TOPICS = "Chủ đề được hỏi"
REPORT_FACTS = "Dữ kiện được trả lời nhiều nhất"
REPORT_UNANSWERED = "Câu hỏi chưa trả lời được (gộp các cách hỏi giống nhau)"
REPORT_FEEDBACK = "Góp ý theo dữ kiện"
REPORT_ANNOUNCEMENTS = "Thông báo đã gửi"
REPORT_NOTHING = "Không có."
REPORT_COLUMNS = {
    "summary": ("Chỉ số", "Giá trị"),
    "daily": ("Ngày", "Trả lời được", "Đưa ra lựa chọn", "Chưa có thông tin", "Tổng", "Tỉ lệ trả lời"),
    "topics": ("Chủ đề", "Số câu trả lời"),
    "facts": ("Mã", "Dữ kiện", "Số câu trả lời"),
    "unanswered": ("Câu hỏi ví dụ", "Số lần", "Số cách hỏi", "Gợi ý"),
    "feedback": ("Mã", "Dữ kiện", "👍", "👎"),
    "announcements": ("Số", "Bắt đầu gửi", "Chủ đề", "Nội dung", "Đã gửi", "Đã chặn/không tới", "Lỗi", "Chờ/hủy"),
}
REPORT_SUMMARY_ROWS = {
    "questions": "Câu hỏi", "people": "Người hỏi", "answered": "Trả lời được", "suggest": "Đưa ra lựa chọn",
    "fallback": "Chưa có thông tin", "helpful": "👍 Hữu ích", "unhelpful": "👎 Chưa đúng ý",
    "subscribers": "Người đăng ký nhận thông báo", "announcements": "Thông báo đã gửi",
    "reach": "Lượt người nhận thông báo",
}
CLI_REPORT_WRITTEN = "Đã ghi báo cáo: {path}"
CLI_NO_DATABASE = "Không có tệp dữ liệu {path}. / No database file at {path}."
# /xoadulieu: a citizen erases what the bot keeps about them.
FORGET_CONFIRM = (
    "Anh/chị muốn xóa toàn bộ dữ liệu của mình: các câu hỏi đã gửi, góp ý 👍/👎, đăng ký nhận thông báo "
    "và lịch sử trò chuyện? Việc này không hoàn tác được. (Số liệu thống kê chỉ giữ lại con số đếm, "
    "không có tên hay nội dung câu hỏi của anh/chị.)"
)
FORGET_BUTTON = "Xóa dữ liệu của tôi"
FORGOTTEN = "✅ Đã xóa dữ liệu của anh/chị ({questions} câu hỏi). Anh/chị vẫn có thể tiếp tục hỏi như bình thường."

# Button labels.
SEND_BUTTON = "Gửi"
SUBSCRIBE_BUTTON = "🔔 Nhận thông báo"
CANCEL_BUTTON = "Hủy"
DELETE_BUTTON = "Xóa"
APPROVE_ALL_BUTTON = "Duyệt tất cả"
PREVIOUS_PAGE_BUTTON = "◀ Trang trước"
NEXT_PAGE_BUTTON = "Trang sau ▶"
HELPFUL_BUTTON = "👍 Hữu ích"
NOT_HELPFUL_BUTTON = "👎 Chưa đúng ý"

# What each command does, in /help and in the messenger's command menu.
COMMANDS = {
    "start": "Bắt đầu và xem các chủ đề",
    "help": "Cách hỏi và các lệnh",
    "topics": "Xem các chủ đề có thể hỏi",
    "sources": "Các nguồn tin và địa phương tôi có số liệu",
    "subscribe": "Nhận thông báo (có thể kèm chủ đề)",
    "unsubscribe": "Ngừng nhận thông báo",
    "facts": "Danh sách dữ kiện: /facts [chủ đề] [trang]",
    "fact": "Xem đầy đủ một dữ kiện: /fact <mã>",
    "setsource": "Sửa nguồn: /setsource <mã nguồn> published=YYYY-MM-DD title=\"…\" (outlet, author, url, place)",
    "setfact": "Sửa số liệu: /setfact <mã> tên=giá_trị … hoặc /setfact <mã> <câu trả lời mới>",
    "addfact": "Thêm dữ kiện: /addfact mã | chủ đề | câu hỏi | câu trả lời",
    "alias": "Thêm cách hỏi: /alias <mã> <câu hỏi>",
    "delfact": "Xóa dữ kiện (có thể khôi phục): /delfact <mã>",
    "restorefact": "Khôi phục dữ kiện đã xóa: /restorefact <mã>",
    "history": "Lịch sử thay đổi: /history <mã>",
    "undo": "Hoàn tác thay đổi gần nhất của bạn",
    "unanswered": "Các câu hỏi chưa trả lời được",
    "teach": "Dạy câu hỏi chưa trả lời: /teach <số thứ tự> <mã> hoặc /teach <mã> <câu hỏi>",
    "import": "Nhập tệp dữ kiện (gửi kèm tệp .json; thêm chữ replace để thay toàn bộ)",
    "ingest": "Đọc một bài viết (gửi kèm tệp .txt/.docx): /ingest source=\"…\" published=YYYY-MM-DD",
    "drafts": "Các dữ kiện nháp chờ duyệt",
    "approve": "Duyệt và đăng bản nháp: /approve <mã>|all",
    "reject": "Bỏ bản nháp: /reject <mã>|all",
    "grant": "Phân quyền: /grant <kênh:mã_người_dùng> <staff|operator|admin>",
    "revoke": "Thu hồi quyền: /revoke <kênh:mã_người_dùng>",
    "roles": "Danh sách người được phân quyền",
    "announce": "Gửi thông báo: /announce [#chủ_đề] nội dung",
    "schedule": "Hẹn giờ: /schedule YYYY-MM-DD HH:MM [#chủ_đề] nội dung (giờ Việt Nam)",
    "announcements": "Các thông báo gần đây và số người đã nhận",
    "cancel": "Dừng một thông báo: /cancel <số>",
    "send": "(nút Gửi của bản xem trước)",
    "stats": "Thống kê câu hỏi của người dân: /stats [7|30|90], /stats chủ đề, /stats chưa trả lời",
    "xoadulieu": "Xóa toàn bộ dữ liệu của bạn (câu hỏi, góp ý, đăng ký)",
    "hoicanbo": "Gửi câu hỏi tới cán bộ: /hoicanbo <câu hỏi>",
    "inbox": "Câu hỏi của người dân chờ cán bộ trả lời: /inbox [trang]",
    "nhan": "Nhận xử lý một câu hỏi: /nhan <số>",
    "traloi": "Trả lời người hỏi: /traloi <số> <nội dung>",
    "dong": "Khép lại câu hỏi không trả lời: /dong <số> [lý do]",
    "thanhfact": "Biến câu trả lời thành dữ kiện nháp: /thanhfact <số>",
}

# The server's command line (bot.py), for whoever runs it.
MISSING_TOKEN = {
    "telegram": "Chưa có token Telegram. Đặt biến môi trường TELEGRAM_BOT_TOKEN (hoặc ghi vào tệp .env) "
                "bằng token BotFather cấp, rồi chạy lại. / Set TELEGRAM_BOT_TOKEN to the token from BotFather.",
    "zalo": "Chưa có token Zalo. Đặt biến môi trường ZALO_BOT_TOKEN (hoặc ghi vào tệp .env) bằng token "
            "Zalo Bot Creator cấp, rồi chạy lại. / Set ZALO_BOT_TOKEN to your Zalo bot's token.",
    "zalo-oa": "Chưa đủ cấu hình Zalo OA. Đặt ZALO_OA_APP_ID, ZALO_OA_SECRET_KEY, ZALO_OA_APP_SECRET và "
               "ZALO_OA_REFRESH_TOKEN (hoặc ghi vào tệp .env), rồi chạy lại. / Set ZALO_OA_APP_ID, "
               "ZALO_OA_SECRET_KEY, ZALO_OA_APP_SECRET and ZALO_OA_REFRESH_TOKEN.",
}
TOKEN_REJECTED = ("{channel} từ chối token trong {variable}: hãy kiểm tra lại token rồi chạy lại. / "
                  "{channel} rejected the token in {variable}.")
DATABASE_TOO_NEW = "Tệp dữ liệu do phiên bản mới hơn tạo ra, phiên bản này không đọc được. / {error}"
# One sentence each, Vietnamese then English, when the SQLite file cannot be used (store.StorageFault).
STORAGE_FAULT = {
    "readonly": "Không ghi được vào tệp dữ liệu {path} vì tệp hoặc thư mục chứa nó chỉ cho phép đọc; hãy cấp quyền "
                "ghi rồi chạy lại. / The database file {path} or its folder is read-only: make it writable and "
                "start again.",
    "full": "Ổ đĩa chứa tệp dữ liệu {path} đã đầy; dữ liệu đã lưu vẫn còn nguyên, hãy giải phóng dung lượng rồi chạy "
            "lại. / The disk holding {path} is full: nothing saved was lost; free some space and start again.",
    "locked": "Tệp dữ liệu {path} đang bị một tiến trình khác khóa quá {seconds:g} giây; hãy dừng tiến trình đó rồi "
              "chạy lại. / {path} has been locked by another process for more than {seconds:g} s: stop it and "
              "start again.",
    "corrupt": "Tệp dữ liệu {path} bị hỏng hoặc không phải tệp SQLite và được giữ nguyên; hãy khôi phục từ bản sao "
               "lưu. / {path} is damaged or not an SQLite database and was left as it is: restore it from a backup.",
    "unopenable": "Không mở hoặc tạo được tệp dữ liệu {path} (thư mục không tồn tại, không phải thư mục hoặc không "
                  "ghi được); hãy kiểm tra đường dẫn --db. / Cannot open or create the database file {path}: its "
                  "folder is missing, not a folder, or not writable; check --db.",
}
CLI_NO_SUCH_FACT = "Không có dữ kiện {fact_id}"
CLI_UPDATED = "Đã cập nhật {fact_id}"
CLI_UNDONE = "Đã hoàn tác {action} {fact_id}"
CLI_NOTHING_TO_UNDO = "Không có gì để hoàn tác"
CLI_IMPORTING = "\rĐang nhập {done}/{total} dữ kiện"
CLI_IMPORTED = "\nĐã nhập tệp dữ kiện: thêm {added}, cập nhật {updated}, giữ nguyên {unchanged}, xóa {deleted}."
CLI_ERROR = "Lỗi: {error}\nKhông có gì thay đổi."
CLI_CANNOT_READ = "Không đọc được tệp {path}: {reason}. (Cannot read the file.)"
CLI_NO_FACTS = "Không có dữ kiện nào."
CLI_DRAFTED = "Đã soạn {count} dữ kiện nháp, đang chờ duyệt: facts approve <mã>|all, facts reject <mã>|all."
CLI_NO_DRAFTS = "Không có bản nháp nào đang chờ duyệt."
CLI_REJECTED = "Đã bỏ {count} bản nháp."
DRAFT_HEADERS = ("mã", "chủ đề", "giá trị", "câu trả lời")
WORKING = "⏳ Đang đọc bài viết, xin anh/chị chờ trong giây lát…"
INGEST_PROGRESS = "⏳ Đang đọc bài viết:\n{lines}"
INGEST_HOW = ("Gửi bài viết (.txt hoặc .docx, dòng đầu là tiêu đề) kèm chú thích: /ingest source=\"Báo Trà Vinh\" "
              "published=YYYY-MM-DD [place=\"huyện Trà Cú\"] [url=…] [approve]")
DRAFTED = "📝 Đã đọc bài: {sentences} câu, {figures} số liệu{place}. Soạn {count} dữ kiện nháp, đang chờ duyệt:"
INGESTED = "✅ Đã đọc bài: {sentences} câu, {figures} số liệu{place}. Đã đăng {added} dữ kiện (hoàn tác bằng /undo)."
DRAFTS_TITLE = "<b>Dữ kiện nháp chờ duyệt</b> (/approve &lt;mã&gt;|all, /reject &lt;mã&gt;|all):"
NO_DRAFTS = "Không có bản nháp nào đang chờ duyệt."
APPROVED = "✅ Đã duyệt và đăng: thêm {added}, cập nhật {updated} dữ kiện (hoàn tác bằng /undo)."
REJECTED = "🗑 Đã bỏ {count} bản nháp."
CLI_NO_HISTORY = "Không có lịch sử cho {fact_id}."
CLI_NO_SOURCES = "Chưa có nguồn nào."
LIST_HEADERS = ("mã", "chủ đề", "tiêu đề")
HISTORY_HEADERS = ("lúc", "người sửa", "việc", "thay đổi (cũ → mới)")
SOURCE_HEADERS = ("mã", "báo/cơ quan", "ngày đăng", "nơi", "dữ kiện", "tiêu đề")
SOURCE_FIELD_NAMES = {"name": "báo/cơ quan", "title": "tiêu đề", "published": "ngày đăng", "byline": "tác giả",
                      "url": "địa chỉ", "place": "nơi"}
SOURCE_UPDATED = "✅ Đã sửa nguồn {key}: {changes}.\nCác câu trả lời từ nay ghi: 📰 Nguồn: {cited}"
UNDONE_IMPORT = "↩️ Đã hoàn tác lần nhập tệp gần nhất của anh/chị ({count} dữ kiện)."
ACTION_NAMES = {"add": "tạo mới", "update": "cập nhật", "alias": "thêm câu hỏi", "delete": "xóa",
                "restore": "khôi phục", "import": "nhập tệp", "source": "sửa nguồn", "undo": "hoàn tác",
                "file-change-not-applied": "tệp gốc đổi (giữ bản đã sửa)"}


def fact_block(answer: FactAnswer) -> str:
    """One fact: title, the answer with its figures, and the date the figures are as of."""
    fact = answer.fact
    lines = [f"<b>{escape(fact.title)}</b>", escape(answer.text)]
    if answer.later_year:
        lines.append(escape(LATER_YEAR.format(year=answer.later_year, label=fact.as_of_label)))
    if answer.wider_place:
        lines.append(escape(WIDER_PLACE.format(asked=answer.asked_place, place=answer.wider_place)))
    if answer.other_place:
        said = PART_OF_THE_PLACE_SERVED if answer.part_of_served else NOT_THE_PLACE_SERVED
        lines.append(escape(said.format(place=answer.other_place, served=answer.served_place)))
    when = format_date(fact.as_of)
    if fact.as_of_label and not re.search(r"\d/\d", fact.as_of_label):  # "cuối năm 2022", not "ngày 21/3/2023"
        when = f"{fact.as_of_label} ({when})"
    lines.append(f"<i>📅 Số liệu tính đến: {escape(when)}</i>")
    return "\n".join(lines)


def source_name(source: dict[str, str]) -> str:
    """'Báo Hậu Giang, đăng ngày 22/03/2023 (Tin, ảnh: Trần Thanh)'."""
    name = source.get("name", "")
    if source.get("published"):
        name += f", đăng ngày {format_date(source['published'])}"
    if source.get("byline"):
        name += f" ({source['byline']})"
    return name


def source_line(answers: list[FactAnswer]) -> str:
    names = list(dict.fromkeys(name for a in answers if (name := source_name(a.fact.source))))
    return f"<i>📰 Nguồn: {escape('; '.join(names))}</i>" if names else ""


def short_source(source: dict[str, str]) -> str:
    """'Báo Hậu Giang 22/03/2023': for the lists of what the bot knows."""
    return source.get("name", "") + (f" {format_date(source['published'])}" if source.get("published") else "")


def known(places: list[str], sources: list[Any]) -> str:
    """What the bot knows, in one sentence: the places it has figures for and how many sources."""
    return KNOWN.format(places=_places(places), count=len(sources))


def sources_list(sources: list[Any], keys: bool = False) -> str:
    """/sources: each source (outlet, title, author, date, url), the places its facts are about, how many;
    with ``keys``, the key /setsource corrects it by (for operators)."""
    if not sources:
        return NO_SOURCES
    lines = [SOURCES_TITLE]
    for known_source in sources:
        source = known_source.source
        title = f" “{source['title']}”" if source.get("title") else ""
        places = f" · {', '.join(known_source.places)}" if known_source.places else ""
        count = SOURCE_FACTS.format(count=len(known_source.fact_ids))
        key = f" [{escape(known_source.id)}]" if keys and known_source.id else ""
        lines.append(f"• <b>{escape(source_name(source))}</b>{escape(title)}{escape(places)} · {count}{key}")
        if source.get("url"):
            lines.append(f"  {escape(source['url'])}")
    return "\n".join(lines)


def _places(labels: list[str]) -> str:
    # (a semicolon between them: "huyện Long Mỹ, tỉnh Kiên Giang" would read as one place)
    return escape("; ".join(labels) or "địa phương")


def fallback(known_places: list[str], where: str | None, sources: list[Any] = ()) -> str:
    names = list(dict.fromkeys(short_source(k.source) for k in sources if k.source.get("name")))
    listed = FROM_SOURCES.format(sources=escape("; ".join(names))) if names else ""
    return FALLBACK.format(places=_places(known_places), sources=listed, where=escape(where or WHERE_TO_ASK))


def other_place(asked: list[str], known_places: list[str], where: str | None) -> str:
    return OTHER_PLACE.format(asked=_places(asked), places=_places(known_places), where=escape(where or WHERE_TO_ASK))


def missing_kind(kind: str, where: str | None, closest: bool) -> str:
    text = MISSING_KIND.format(kind=KIND_NAMES.get(kind, "nội dung này"), where=escape(where or WHERE_TO_ASK))
    return text + (CLOSEST if closest else "")


def suggest_one(title: str) -> str:
    return SUGGEST_ONE.format(title=escape(title))


def answer_text(answer: Answer) -> str:
    if answer.comparison is not None:
        return comparison_line(answer.comparison) + "\n\n" + answer_text_of(answer.facts)
    if answer.ranking is not None:
        return ranking_line(answer.ranking) + "\n\n" + answer_text_of(answer.facts)
    return answer_text_of(answer.facts)


def ranking_line(ranking: Ranking) -> str:
    """The place at the end asked, and the whole table's figures it was worked out from."""
    end = ("cao nhất" if ranking.end == "most" else "thấp nhất") if ranking.rate else (
        "nhiều nhất" if ranking.end == "most" else "ít nhất")
    return RANKING.format(kind=ranking.kind, end=end, column=escape(ranking.column),
                          leaders=escape(" và ".join(ranking.leaders)), figure=escape(ranking.ranked[0].figure),
                          count=len(ranking.ranked),
                          table=escape(", ".join(f"{row.place} {row.figure}" for row in ranking.ranked)))


def comparison_line(comparison: Comparison) -> str:
    """The difference worked out, with the two figures it comes from (a rate's in percentage points)."""
    unit = "%" if comparison.unit == "%" else f" {comparison.unit}"
    gap = " điểm phần trăm" if comparison.unit == "%" else unit
    return COMPARISON.format(first=format_number(comparison.first) + unit, second=format_number(comparison.second) + unit,
                             difference=format_number(comparison.difference) + gap)


def answer_text_of(facts: list[FactAnswer]) -> str:
    """The facts' blocks and their source: once at the end, or under each fact when they come from
    different sources, so that every figure cites its own."""
    if len({source_name(a.fact.source) for a in facts}) > 1:
        return "\n\n".join(fact_block(a) + (f"\n{line}" if (line := source_line([a])) else "") for a in facts)
    source = source_line(facts)
    return "\n\n".join(fact_block(a) for a in facts) + (f"\n{source}" if source else "")


def duration(seconds: int) -> str:
    return DURATION.format(minutes=seconds // 60, seconds=seconds % 60)


def announcement(text: str) -> str:
    """An announcement as its subscribers get it (the staff member's text, escaped)."""
    return ANNOUNCEMENT.format(text=escape(text))


def report(announcement_id: int, counts: dict[str, int], seconds: int) -> str:
    """The final report; those outside a messenger's interaction window are counted apart, when there are any."""
    unreachable = REPORT_UNREACHABLE.format(count=counts["unreachable"]) if counts.get("unreachable") else ""
    return REPORT.format(id=announcement_id, sent=counts["sent"], blocked=counts["blocked"], unreachable=unreachable,
                         failed=counts["failed"], duration=duration(seconds))


def fact_line(fact: Fact, answer: str) -> str:
    """One fact in the operators' list."""
    return f"• <b>{escape(fact.id)}</b> ({escape(fact.topic)}): {escape(answer[:160])}"


def broken_facts(broken: dict[str, str]) -> list[str]:
    """The facts left out of the answers (fact id -> why), for the operators' list."""
    return [BROKEN_FACTS] + [f"• <b>{escape(fact_id)}</b>: {escape(reason[:200])}" for fact_id, reason in broken.items()]


def broken_fact(reason: str) -> str:
    return BROKEN_FACT.format(reason=escape(reason[:300]))


def fact_details(fact: Fact, answer: str, values: dict[str, Any], last: dict[str, Any] | None,
                 broken: str | None = None, written: dict[str, str] | None = None) -> str:
    """One fact whole, for an operator: why citizens do not get it (``broken``), answer, template, values,
    questions, as-of, source, last change."""
    lines = [
        f"<b>{escape(fact.id)}</b>: {escape(fact.title)} (chủ đề {escape(fact.topic)})",
        *([broken_fact(broken)] if broken is not None else []),
        f"<b>Trả lời:</b> {escape(answer)}",
        f"<b>Mẫu:</b> {escape(fact.answer)}",
        "<b>Giá trị:</b> " + (escape(", ".join(f"{k}={(written or {}).get(k) or format_number(v)}"
                                               for k, v in values.items())) or "—"),
    ]
    if fact.derived:
        lines.append("<b>Tính từ:</b> " + escape("; ".join(f"{k} = {v}" for k, v in fact.derived.items())))
    lines += [
        "<b>Câu hỏi:</b> " + escape(" | ".join(fact.questions)),
        "<b>Từ khóa:</b> " + (escape(", ".join(fact.keywords)) or "—"),
        f"<b>Số liệu tính đến:</b> {escape(fact.as_of_label)} ({escape(fact.as_of)})",
        f"<b>Nguồn:</b> {escape(source_name(fact.source))}" + (f" [{escape(fact.source_id)}]" if fact.source_id else ""),
        f"<b>Nơi:</b> {escape(fact.declared_place or '(theo tiêu đề nguồn)')}",
    ]
    if last:
        lines.append(f"<b>Thay đổi gần nhất:</b> {escape(last['at'])} · {escape(last['actor'])} · "
                     f"{escape(last['action'])}")
    return "\n".join(lines)


def history_line(row: dict[str, Any]) -> str:
    """One change of a fact: when, who, what kind, and what it changed."""
    return (f"• {escape(row['at'])} · <b>{escape(row['actor'])}</b> · "
            f"{escape(ACTION_NAMES.get(row['action'], row['action']))}"
            f"{' (đã hoàn tác)' if row.get('undone') else ''}: {escape(describe_change(row))}")


def describe_change(row: dict[str, Any]) -> str:
    """What a history row changed, briefly: values old → new, or the answer; a source's fields old → new."""
    old = json.loads(row["old"]) if row.get("old") else None
    new = json.loads(row["new"]) if row.get("new") else None
    if row.get("source_id"):
        return source_changes(old, new)
    if old and new:
        def shown(record: dict[str, Any], name: str) -> str:
            value = record["values"].get(name)
            return "—" if value is None else record.get("written", {}).get(name) or format_number(value)
        changed = [f"{k}: {shown(old, k)} → {shown(new, k)}"
                   for k, v in new["values"].items() if old["values"].get(k) != v]
        if old.get("as_of") != new.get("as_of"):
            changed.append(f"ngày số liệu: {old.get('as_of', '—')} → {new.get('as_of', '—')}")
        if old["answer"] != new["answer"]:
            changed.append(f"câu trả lời: “{new['answer'][:80]}”")
        if len(new["questions"]) > len(old["questions"]):
            changed.append(f"thêm câu hỏi “{new['questions'][-1][:80]}”")
        return "; ".join(changed) or "không đổi nội dung"
    if new:
        return "tạo mới" if row["action"] != "restore" else "khôi phục"
    return "xóa"


def undone(change: dict[str, Any]) -> str:
    """What /undo and ``facts undo`` say: one fact's change, a source's correction, or a whole import."""
    if change.get("count", 1) > 1:
        return UNDONE_IMPORT.format(count=format_number(change["count"]))
    return UNDONE.format(action=escape(ACTION_NAMES.get(change["action"], change["action"])),
                         fact_id=escape(change["fact_id"] or change["source_id"]))


def source_changes(old: dict[str, str], new: dict[str, str]) -> str:
    """A source's corrected fields, old → new: 'ngày đăng: 2023-03-22 → 2024-01-15'."""
    return "; ".join(f"{SOURCE_FIELD_NAMES[name]}: {old.get(name) or '—'} → {new.get(name) or '—'}"
                     for name in SOURCE_FIELD_NAMES if old.get(name) != new.get(name))


def source_updated(key: str, old: dict[str, str], new: dict[str, str]) -> str:
    """What /setsource and ``facts setsource`` say: what changed, and how answers cite the source now."""
    return SOURCE_UPDATED.format(key=escape(key), changes=escape(source_changes(old, new)),
                                 cited=escape(source_name(new)))


def table(headers: tuple[str, ...], rows: list[tuple[Any, ...]], widest: int = 60) -> str:
    """Plain-text columns for the command line: a header, a rule, one line a row (cells cut at ``widest``)."""
    cells = [[str(c).replace("\n", " ")[:widest] for c in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join([lines[0], "  ".join("-" * w for w in widths), *lines[1:]])


def history_row(row: dict[str, Any]) -> tuple[str, str, str, str]:
    """One change as a row of the command line's history table."""
    action = ACTION_NAMES.get(row["action"], row["action"]) + (" (đã hoàn tác)" if row.get("undone") else "")
    return row["at"][:19].replace("T", " "), row["actor"], action, describe_change(row)


def draft_row(fact: dict[str, Any]) -> tuple[str, str, str, str]:
    """One draft as a row: id, topic, values as written, the answer."""
    values = ", ".join(f"{k}={v}" for k, v in fact.get("values", {}).items())
    return fact["id"], fact["topic"], values, fact["answer"]


def draft_line(fact: dict[str, Any]) -> str:
    """One draft in chat: id, the answer as it will read, and the questions it will answer."""
    answer = fact["answer"]
    for name, value in fact.get("values", {}).items():
        answer = answer.replace("{" + name + "}", str(value))
    return (f"• <b>{escape(fact['id'])}</b> ({escape(fact['topic'])}): {escape(answer[:300])}\n"
            f"  <i>{escape(' | '.join(fact.get('questions', [])[:3])[:300])}</i>")


def unanswered_line(number: int, question: str, count: int) -> str:
    return f"{number}. {escape(question[:150])} ({count} lần)"


def role_line(identity: str, role: str, granted_by: str) -> str:
    return f"• {escape(identity)}: <b>{escape(role)}</b> (cấp bởi {escape(granted_by)})"


def topic_line(topic_id: str, title: str) -> str:
    return f"• {topic_id}: {escape(title)}"


def percent(share: float) -> str:
    """0.648 -> '64,8%'."""
    return f"{share * 100:.1f}%".replace(".", ",")


def short_date(day) -> str:
    return day.strftime("%d/%m/%Y")


# -- Asking a person (handlers/inbox.py) -----------------------------------------------------------
ASK_STAFF_BUTTON = "🙋 Hỏi cán bộ"
ASK_STAFF_HINT = "Anh/chị cũng có thể chọn <b>Hỏi cán bộ</b> để chuyển câu hỏi tới cán bộ của huyện."
ASK_STAFF_OFFER = "Nếu câu trả lời chưa đúng ý, anh/chị có thể chuyển câu hỏi tới cán bộ của huyện."
HOICANBO_HOW = ("Anh/chị ghi câu hỏi ngay sau lệnh, ví dụ: <i>/hoicanbo Làm giấy xác nhận hộ nghèo cần những "
                "giấy tờ gì?</i>")
INBOX_LIMIT = ("Hôm nay anh/chị đã gửi {count} câu hỏi tới cán bộ, là số câu tối đa trong một ngày. Cán bộ sẽ trả "
               "lời các câu đã gửi; nếu còn câu hỏi khác, anh/chị vui lòng gửi vào ngày mai. Xin cảm ơn!")
FILED = ("✅ Câu hỏi của anh/chị đã được chuyển tới cán bộ, số <b>{id}</b>. {when} "
         "Câu trả lời sẽ được gửi về ngay tại đây.")
OFFICE_OPEN = "Cán bộ đang trong giờ làm việc và sẽ trả lời anh/chị sớm nhất có thể."
OFFICE_CLOSED = "Hiện đang ngoài giờ làm việc; cán bộ sẽ trả lời từ {time} {weekday}, ngày {date}."
WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
PHONE_HIDDEN = "[số điện thoại]"
CHANNEL_NAMES = {"telegram": "Telegram", "zalo": "Zalo", "zalo-oa": "Zalo OA", "terminal": "dòng lệnh"}
INBOX_PAGE_HOW = "Gõ /inbox hoặc /inbox <trang>, số trang viết bằng chữ số 0–9."
INBOX_EMPTY = "Không có câu hỏi nào đang chờ cán bộ trả lời."
INBOX_TITLE = "<b>Câu hỏi chờ cán bộ</b>: {count} câu, cũ nhất trước (trang {page}/{pages})"
INBOX_TAKEN = " · 🙋 {name} đang xử lý"
WINDOW_LEFT = " · ⏳ còn {left} để trả lời qua Zalo OA"
WINDOW_PASSED = " · ⚠️ đã quá thời hạn Zalo OA cho phép trả lời"
EXCERPT_TITLE = "Trước đó người hỏi đã nhắn:"
NHAN_HOW = "Gõ /nhan <số câu hỏi>, ví dụ: /nhan 12 (xem số bằng /inbox)."
TRALOI_HOW = "Gõ /traloi <số câu hỏi> <nội dung trả lời>, ví dụ: /traloi 12 Anh/chị mang theo căn cước đến UBND xã."
DONG_HOW = "Gõ /dong <số câu hỏi> [lý do], ví dụ: /dong 12 Câu hỏi trùng với câu số 10."
THANHFACT_HOW = "Gõ /thanhfact <số câu hỏi đã trả lời>, ví dụ: /thanhfact 12."
NO_SUCH_QUESTION = "Không có câu hỏi số {id} trong hộp thư. Gõ /inbox để xem các câu đang chờ."
TAKEN = "🙋 Anh/chị đã nhận câu hỏi số {id}. Trả lời bằng: /traloi {id} &lt;nội dung&gt;"
TAKEN_BY_OTHER = "Câu hỏi số {id} đang do <b>{name}</b> xử lý (nhận lúc {at}); không có gì thay đổi."
ALREADY_ANSWERED = ("Câu hỏi số {id} đã được {who} trả lời lúc {at}; câu trả lời này không được gửi, để người hỏi "
                    "chỉ nhận một câu trả lời.")
ALREADY_CLOSED = "Câu hỏi số {id} đã được {who} khép lại lúc {at}; không có gì thay đổi."
YOU = "anh/chị"
ANOTHER_STAFF = "một cán bộ khác"
ANSWER_TOO_LONG = "Nội dung dài quá {limit} ký tự, vui lòng rút gọn; chưa có gì được gửi."
ANSWER_TO_CITIZEN = ("💬 <b>Cán bộ trả lời câu hỏi số {id} của anh/chị</b>\n<i>{question}</i>\n\n{answer}\n\n"
                     "Cảm ơn anh/chị đã hỏi.")
ANSWER_QUEUED = "✅ Đang gửi câu trả lời cho câu hỏi số {id} tới người hỏi qua {channel}."
ANSWER_LATE = (" ⚠️ Đã quá thời hạn Zalo OA cho phép nhắn lại người hỏi, nên có thể không gửi được; "
               "nếu vậy anh/chị sẽ được báo.")
CLOSE_REASON = ": {reason}"
CLOSED_TO_CITIZEN = ("Câu hỏi số {id} của anh/chị (<i>{question}</i>) đã được cán bộ khép lại{reason}. "
                     + WHERE_TO_ASK + " Xin cảm ơn anh/chị.")
CLOSED_QUEUED = "✅ Đã khép lại câu hỏi số {id} và báo cho người hỏi."
NOT_ANSWERED_YET = "Câu hỏi số {id} chưa có câu trả lời của cán bộ, nên chưa thể thành dữ kiện."
ALREADY_DRAFTED = "Câu hỏi số {id} đã thành dữ kiện nháp <b>{fact_id}</b> rồi."
OFFICE_SOURCE = "Cán bộ huyện Long Mỹ trả lời người dân"
FACT_DRAFTED = ("📝 Đã soạn dữ kiện nháp <b>{fact_id}</b> từ câu hỏi số {id}. Người điều hành xem bằng /drafts "
                "và đăng bằng /approve {fact_id}.")
NEW_QUESTIONS = "📥 Có {count} câu hỏi mới của người dân đang chờ cán bộ (số {ids}). Gõ /inbox để xem."
DELIVERED = "✅ Câu trả lời cho {which} đã được gửi tới người hỏi."
UNDELIVERED = "⚠️ Câu trả lời cho câu hỏi số {id} không tới được người hỏi: {why}."
UNDELIVERED_WHY = {
    "blocked": "người hỏi đã chặn hoặc không còn dùng kênh nhắn tin này",
    "unreachable": "đã quá thời hạn Zalo OA cho phép nhắn lại, hoặc người hỏi đã bỏ theo dõi trang",
    "failed": "kênh nhắn tin báo lỗi nhiều lần",
}


def with_ask_staff(text: str) -> str:
    """A fallback's text with the hint to ask staff, before the closest facts when it lists them."""
    head, closest, tail = text.partition(CLOSEST)
    return f"{head}\n{ASK_STAFF_HINT}{closest}{tail}"


def office_closed(opens: Any) -> str:
    """When the office opens next (a datetime in Vietnam time)."""
    return OFFICE_CLOSED.format(time=opens.strftime("%H:%M"), weekday=WEEKDAYS[opens.weekday()],
                                date=opens.strftime("%d/%m/%Y"))


def channel_name(channel: str) -> str:
    return CHANNEL_NAMES.get(channel, channel)


def local_time(iso: str | None) -> str:
    """'2024-06-03T01:15:00+00:00' -> '08:15 03/06' (Vietnam time)."""
    if not iso:
        return ""
    return dt.datetime.fromisoformat(iso).astimezone(dt.timezone(dt.timedelta(hours=7))).strftime("%H:%M %d/%m")


def time_left(left: Any) -> str:
    """A timedelta as 'còn' says it: '6 ngày 23 giờ', '5 giờ 10 phút', '40 phút'."""
    minutes = int(left.total_seconds() // 60)
    days, hours, minutes = minutes // 1440, minutes // 60 % 24, minutes % 60
    if days:
        return f"{days} ngày {hours} giờ"
    return f"{hours} giờ {minutes} phút" if hours else f"{minutes} phút"


def _window(left: Any) -> str:
    if left is None:
        return ""
    return WINDOW_LEFT.format(left=time_left(left)) if left.total_seconds() > 0 else WINDOW_PASSED


def _asker(row: dict[str, Any]) -> str:
    return f"{escape(row['name'] or 'Người dân')} ({channel_name(row['channel'])})"


def inbox_line(row: dict[str, Any], left: Any) -> str:
    """One open question in /inbox: number, who (a display name), when, who took it, time left; the question."""
    taken = INBOX_TAKEN.format(name=escape(row["taken_name"])) if row["status"] == "taken" else ""
    return (f"• <b>Số {row['id']}</b> · {_asker(row)} · {local_time(row['asked_at'])}{taken}{_window(left)}\n"
            f"  {escape(row['question'][:300])}")


def inbox_details(row: dict[str, Any], left: Any) -> str:
    """A question whole, with the person's questions before it, for the staff member who took it."""
    lines = [f"<b>Số {row['id']}</b> · {_asker(row)} · {local_time(row['asked_at'])}{_window(left)}",
             f"<i>{escape(row['question'])}</i>"]
    if row["excerpt"]:
        lines += [EXCERPT_TITLE] + [f"• {escape(q[:300])}" for q in row["excerpt"]]
    return "\n".join(lines)


def _numbers(ids: list[int]) -> str:
    """Question numbers for a notice: the first ten, then '…' (after a pause there may be many)."""
    return ", ".join(str(i) for i in ids[:10]) + (", …" if len(ids) > 10 else "")


def new_questions(ids: list[int]) -> str:
    return NEW_QUESTIONS.format(count=len(ids), ids=_numbers(ids))


def delivered(ids: list[int]) -> str:
    which = f"câu hỏi số {ids[0]}" if len(ids) == 1 else f"các câu hỏi số {_numbers(ids)}"
    return DELIVERED.format(which=which)


def undelivered(inbox_id: int, status: str) -> str:
    return UNDELIVERED.format(id=inbox_id, why=UNDELIVERED_WHY.get(status, UNDELIVERED_WHY["failed"]))
