"""Draft facts from an article's text: one draft per statement that gives a figure.

The first line is the title; the text is split into sentences; in each, the figures are
found (counts of households, people, workers, classes, trainees, gifts, houses; percentages;
money in đồng, triệu, tỷ; dates) with decision numbers, people and their roles. A statement
with a figure becomes a draft fact whose answer is the sentence itself, its figures turned
into named values (kept as the article wrote them), dated as the sentence (or its paragraph,
or the title) says ("cuối năm 2023", "6 tháng đầu năm 2024"), and whose questions are made
from the words around each figure: its own clause with the figure asked for ("huyện giải
quyết việc làm mới cho bao nhiêu lao động"), what it counts asked plainly, what an amount is
the cost of. Sentences saying who met when make one draft; a sentence going on about an
earlier one ("Kết quả rà soát trên ...") joins its draft; the poor and near-poor households
of the whole place are totalled by a derived draft. Nothing is added that the sentence does
not say: a draft waits for an operator's review (``/drafts``, ``/approve``, ``/reject``)
unless asked to publish.

Knows nothing of chat or SQL: ``draft_article`` returns a facts file's data, which
``edits.import_facts`` validates and writes like any other.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .facts import MAX_ANSWER_CHARS, MAX_QUESTION_CHARS, MAX_VALUE, format_date
from .numbers import decimal_number, figures_in_digits, vietnamese_number
from .decision import CAPITAL, MEASURED, PHONE
from .analysis import beneficiaries_in
from .normalize import CAPITALS, ascii_digits, canonical_word, fold, is_year, tokens
from .places import COMMUNE, COUNTRY, DISTRICT, PROVINCE, SURNAME_CANONS, Place, find_places, gazetteer
from .units import NOT_COUNTED, OF_ALL, UNIT_WRITTEN, UNITS, WHOLE_NUMBER

# A figure: the number as written, then what it counts. Longest units first.
NUMBER = r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?"  # read_article makes every digit ASCII
NOT_A_MONTH = r"(?<![Tt]háng )(?<!THÁNG )(?<![Qq]uý )(?<!QUÝ )"  # "tháng 1 tiếp nhận 612 hồ sơ", "Trong tháng 12 hộ …"
COUNT = re.compile(rf"(?<![\d/.,]){NOT_A_MONTH}({NUMBER})\s+({UNIT_WRITTEN})(?!\w)")
PERCENT = re.compile(rf"(?<![\d/.,])({NUMBER})\s?%")
# so many of all there are: "16/18 xã, thị trấn đạt tiêu chuẩn …" counts 16 communes (never a date: a unit follows)
# (not a day, "Sáng 6/8 xã …", "Đến 30/6 hộ nghèo còn …"; nor a rank, "hạng 2/4"; nor a decision's number)
# ("10.527/11.623 người" too)
OUT_OF = re.compile(rf"(?<![\d/.,])({WHOLE_NUMBER})/({WHOLE_NUMBER})\s+({UNIT_WRITTEN})(?!\w)")
NOT_OUT_OF = re.compile(r"(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|đến|từ|vào|tháng|quý|số|hạng|quyết định|nghị định)\s*$",
                        re.I)
# any other thing counted: "3 Mẹ Việt Nam anh hùng", "3 con bò", "2 công đất", "54 tuổi" (not "số 12", "lần thứ 2",
# "tháng 1 tiếp nhận 612 hồ sơ")
ANY_COUNT = re.compile(rf"(?<![\d/.,\w-])(?<![Ss]ố )(?<!thứ ){NOT_A_MONTH}({NUMBER})\s+([^\W\d_]{{1,20}})(?![^\W\d_])")
# how long something lasts: "hợp đồng 3 năm", "vay tối đa 36 tháng" (not a part of a year: "6 tháng đầu năm",
# "3 năm qua", "sau 2 năm", "9 tháng năm 2023"; nor an anniversary: "76 năm Ngày Thương binh - Liệt sĩ", "kỷ niệm 20
# năm ngày thành lập"; nor a day's wage: "1 ngày lương")
DURATION = re.compile(rf"(?<![\d/.,\w-])(?<!\b[Ss]au )(?<!niệm )(?<!mừng )({NUMBER})\s+(năm|tháng|ngày)(?![^\W\d_])"
                      rf"(?!\s+(?:năm|đầu|cuối|qua|liền|liên tiếp|trước|gần|tới|sau|nay|này|kể|thành lập|lương|công"
                      rf"|ngày (?:thành lập|truyền thống)|\d|[{CAPITALS}]))")
# a year's end this far after publication is still to come (a year's review, written in its last weeks, is not)
AHEAD_DAYS = 90
DONE = re.compile(r"\bđã\b")  # what was done, whatever year it is said of: never a target
AHEAD = re.compile(r"\s*(?:đến|tới)\s+(?:cuối|hết)\s+năm\s+(\d{4})", re.I)
A_YEAR = re.compile(r"(?:19|20)\d\d")  # "năm 2023": a year, never how many
MEASURES = frozenset({"năm", "tháng", "ngày", "tuổi"})  # what a figure measures, not counts
RANGE_START = re.compile(rf"(?:\btừ\s+)?(?:{NUMBER})\s?(?:[-–]|\s(?:đến|tới)\s)\s?$")  # "từ 150-", "từ 6 đến" before "12 triệu"
# the date compared with: "giảm 25 người so với năm 2019", "so với cùng kỳ năm 2022" (not "so với kế hoạch năm 2023")
# (also after what it was then: "tăng so với mức 88,2% của năm 2021"; not past a clause, "so với kế hoạch, năm 2022 …",
# nor a list of a year whose figures follow: "So với danh sách năm 2024 (89 hộ nghèo …)")
COMPARED_WITH = re.compile(r"\bso với\s+(?:cùng kỳ\s+)?(?:(?:[^;.,]|[.,](?=\d)){0,40}?\scủa\s+)?"
                           r"(?:(?:đầu|cuối)\s+năm(?:\s+\d{4})?|năm\s+\d{4})", re.I)
# "tặng 412 hộ nghèo theo kết quả rà soát cuối năm 2023": when those given to were counted, not when it was given
# ("Huyện có 2.016 hộ nghèo theo kết quả rà soát cuối năm 2023" is a count as of then)
COUNTED_BY = re.compile(r"(\b(?:tặng|trao|thăm|hỗ trợ|cấp|chi)\s+(?:[^,;.()]|[.,](?=\d))*?\d(?:[^,;.()]|[.,](?=\d))*?)"
                        r"\s+theo\s+kết quả\s+"
                        r"(?:rà soát|điều tra)\b[^,;.()]*", re.I)
AGAINST = re.compile(r"(?:kế hoạch|chỉ tiêu|mục tiêu|so với|cùng kỳ)\b", re.I)  # "đạt 118,3% kế hoạch": no subject
RATE_NAMED = re.compile(r"\bt[ỷỉ] lệ\b", re.I)  # a clause saying what its percentage is a rate of
MONEY = re.compile(rf"(?<![\d/.,])({NUMBER})\s+(?:(nghìn|ngàn|triệu|tỷ)\s+)?(đồng|USD|đô la|won|yên)"
                   r"(?!\s+(?:bào|chí|hồ|ruộng|bằng|thời)\b)(?![\wÀ-ỹ])", re.I)  # not "200 đồng bào"
DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
BARE_YEAR = re.compile(r"(?<![\d/.,-])((?:19|20)\d\d)(?![\d/.,]\d|[\d/-])")  # "Quý Mão 2023", not "1/2023"
DASH_DATE = re.compile(r"(?<![\d/-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d/-])")
# a year a resident's story gives, and the words leading to it ("Cuối năm 2020, gia đình chị thoát nghèo")
STORY_YEAR = re.compile(r"(?:\b(?:vào|từ|hồi|đến|cuối|đầu|giữa|trong)\s+)?\bnăm\s+(\d{4})\b,?", re.I)
# "Ngày 11-1", "tối 26/7": a day of the article's year
DAY_WRITTEN = re.compile(r"\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\b", re.I)  # "ngày 18 tháng 10 năm 2023"
DAY_MONTH = re.compile(r"\b((?:[Nn]gày|[Hh]ôm|[Bb]ữa|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm)\s+)(\d{1,2})[-/](\d{1,2})"
                       r"(?![-/\d])")
# a date a statement gives: a day ("ngày 15/8/2022", "tối 26/7"), a month or a quarter of a year ("tháng 11/2022",
# "quý II/2023"), and the words leading to it ("từ ngày", "lúc 7 giờ 30", "dự kiến diễn ra trong")
# (or an hour, a schedule's: "Ca hành chính từ 7 giờ 30 đến 16 giờ 30", "xe đón tại chợ lúc 6 giờ 05"; not "làm từ
# 5 giờ sáng đến tối mịt", a story)
_HOUR = r"\d{1,2}\s?(?:giờ|h)(?:\s?\d{2})?(?![\wÀ-ỹ/])"
HOURS_FROM_TO = re.compile(rf"\btừ\s+{_HOUR}(?:\s+(?:sáng|trưa|chiều|tối))?\s*(?:đến|tới|-|–)\s*{_HOUR}", re.I)
HOUR_SAID = re.compile(rf"\blúc\s+{_HOUR}|{HOURS_FROM_TO.pattern}", re.I)
WHEN_SAID = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{4}(?![\d/])"
                       r"|\b(?:ngày|hôm|bữa|sáng|trưa|chiều|tối|đêm|tháng)\s+\d{1,2}[-/]\d{1,4}(?![-/\d])"
                       rf"|\bquý\s+[IV]+/\d{{4}}|{HOUR_SAID.pattern}"
                       # (a day of every month: "từ ngày 6 đến ngày 10 hằng tháng", "vào ngày 11 và 12 hằng tháng")
                       r"|\bngày\s+\d{1,2}(?:\s*(?:và|đến|tới|-|–)\s*(?:ngày\s+)?\d{1,2})?\s+(?:hằng|hàng|mỗi)\s+tháng\b", re.I)
WHEN_LEAD = re.compile(r"(?:\s*\b(?:từ|vào|lúc|trong|đến|ngày|tháng|quý|dự kiến|diễn ra|\d{1,2}\s+giờ(?:\s+\d{1,2})?))+\s*$",
                       re.I)
CLAUSE_BREAK = re.compile(r"[,;:(]|\s(?:và|để|thì)\s")
DEADLINE = re.compile(r"\b(?:trước|chậm nhất|hạn chót|đến hết|trong)\b(?=\s*(?:ngày)?\s*$)", re.I)
DONE_BY = re.compile(WHEN_LEAD.pattern.replace("(?:từ|", "(?:trước|chậm nhất|hạn chót|hết|từ|"), re.I)
DONE_WITH = re.compile(r"\s(?:được|sẽ|dự kiến|diễn ra|bắt đầu|kết thúc|tổ chức)\b")
DAYS_FROM = re.compile(r"\btừ\s+ngày\s+\d[\d/]*\s+(?:đến|tới)\b", re.I)
AT_SOMEWHERE = re.compile(rf"\s(?:tại|ở)\s+[{CAPITALS}]")  # "… tại Trung tâm Giáo dục nghề nghiệp"
MONTHS = re.compile(r"\b(3|6|9|ba|sáu|chín)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?", re.I)
# the months since a year's start: "từ đầu năm đến hết tháng 9/2022" is the first nine months of 2022
MONTHS_SINCE_START = re.compile(r"\btừ\s+đầu\s+năm(?:\s+(\d{4}))?\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+"
                                r"(\d{1,2})(?:/(\d{4}))?(?![\d/])", re.I)
YEAR_END = re.compile(r"\b(?:cuối|hết)\s+năm(?:\s+(\d{4}))?(?!\s+(?:học|nay))", re.I)  # "cuối năm": the year said
# "từ nay đến cuối năm, huyện còn phải phát triển thêm 704 người": the end of what remains to do, not the figures' date
STILL_TO_DO = re.compile(r"\btừ\s+(?:nay|bây giờ)\s+(?:đến|tới)\s+(?:cuối|hết)\s+năm(?:\s+\d{4})?", re.I)
# "Tính đến ngày 31/8/2023, toàn huyện có …": what the paragraph goes on to count is as of that day too
AS_OF_DAY = re.compile(r"\b(?:tính|lũy kế)\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}", re.I)
# a figure with its rate's sign or its money's unit, taken out of the words asking of the figure after it ("hỗ trợ hằng
# tháng 99.000 đồng đối với người thuộc hộ nghèo, 82.500 đồng …")
FIGURE_SAID = re.compile(rf"\s*(?<![\d/.,])(?:{NUMBER})(?:\s?%|(?:\s+(?:triệu|nghìn|ngàn|tỷ))?\s+đồng\b)?")
EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")  # what a figure taken out of brackets leaves: "hộ nghèo ({rate}%)"
# someone named, and that they speak ("Bà Hà trả lời: …"; not "Số ý kiến cử tri đã được trả lời: 12 ý kiến")
SPEECH_LABEL = re.compile(rf"^(?:Ông|Bà|Anh|Chị|Cô|Chú|Đồng chí|Đ/c)\s+[{CAPITALS}][^:.\d]{{0,50}}?\s(?:trả lời|"
                          r"cho biết|nói|phát biểu|giải thích|chia sẻ|nhấn mạnh)\s*:\s*")
SAYS = re.compile(r"\b(?:cho biết|kể|nói)\s+")  # "Bà Lan … cho biết năm 2019 bà …": what she says, not that she does
DONE_WORDS = 3  # words before "và" that say something done, not who did it ("bà và chồng")
PRONOUN_FIRST = re.compile(r"^(?:ông|bà|anh|chị|cô|chú|em)\s+")  # who a question about someone names already
# (not a span up to now: "từ đầu năm đến nay" is as of the article's day)
YEAR_START = re.compile(r"\bđầu\s+năm(?!(?:\s+\d{4})?\s+(?:học|nay|(?:đến|tới)\s+(?:nay|giờ|bây giờ))\b)(?:\s+(\d{4}))?",
                        re.I)
YEAR = re.compile(r"\bnăm\s+(\d{4})\b", re.I)
LEAD_SENTENCES = 4  # an article's lead is at most this many sentences long
MONTH_WORDS = {"3": 3, "6": 6, "9": 9, "ba": 3, "sáu": 6, "chín": 9}
DECISION = re.compile(r"(?:Quyết định|Nghị định|Kế hoạch|Nghị quyết)\s+(?:số\s+)?(\d+/[\w/.-]*[A-ZĐ][\w/-]*)")
# (or by rank or calling: "Thiếu tá Trần Minh Khoa, Trưởng Công an xã", "Bác sĩ Lê Văn Hai, Trưởng Trạm Y tế")
RANKS = r"(?:Thiếu|Trung|Thượng|Đại)\s+(?:tá|úy|uý)|Bác s[ĩỹ]"
PERSON = re.compile(rf"(?<!\w)(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|{RANKS})\s+"
                    rf"((?:[{CAPITALS}][\wÀ-ỹ]*\s+){{1,3}}[{CAPITALS}][\wÀ-ỹ]*),"
                    r"\s*([^,.;()]+)(?:,\s*([^,.;()]+))?")
# a post's or a programme's way: "chị Huỳnh Thị Mỹ Linh – Chủ tịch UBND xã", "anh Danh Thành Tâm – công chức …"
# (or a transcript's: "Ông Nguyễn Hoàng Phúc (Phó Trưởng phòng Lao động – Thương binh và Xã hội huyện): …")
# (or as the South calls an official, a role after the comma: "chú Lâm Văn Hoài, Trưởng ấp Bình Thạnh"; or one
# introducing themselves: "Tôi là Nguyễn Thanh Phong, công chức Văn hóa – Xã hội …"; a resident's age is no role)
_ROLE_OPENS = (r"(?:Phó\s+|Nguyên\s+)?(?:Chủ tịch|Giám đốc|Trưởng|Bí thư|Chủ nhiệm|[Cc]ông chức|[Cc]án bộ|Chánh|"
               r"Chi hội (?:trưởng|phó)|Tổ (?:trưởng|phó)|Hiệu (?:trưởng|phó)|Thư ký|Thủ quỹ|Kế toán)\b")
FORMER = r"[^,.;()]*\b(?:hưu trí|nghỉ hưu|cũ|về hưu)\b"  # "cán bộ hưu trí", "Trưởng ấp cũ": no longer holds it
PERSON_DASHED = re.compile(rf"(?<!\w)(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Cc]hú|[Cc]ô|[Tt]ôi (?:tên )?là)\s+"
                           rf"((?:[{CAPITALS}][\wÀ-ỹ]*\s+){{1,3}}[{CAPITALS}][\wÀ-ỹ]*)"
                           rf"(?:\s+[–—-]\s+({_ROLE_OPENS}[^,.;()]*)|\s*\(({_ROLE_OPENS}[^()]*)\)"
                           rf"|\s*,\s*(?!{FORMER})({_ROLE_OPENS}[^,.;()]*))")
# a document's label, then the name and the role: "Người trình bày: Võ Thị Bích Tuyền – công chức Văn hóa – Xã hội
# xã …", "Người tổng hợp: Nguyễn Thị Bích Ngọc, công chức …" (what the label says they did: "trình bày", "tổng hợp")
LABELLED = re.compile(rf"^\W*(?:[Nn]gười|[Cc]án bộ)\s+([^:()]{{2,40}}):\s*((?:[{CAPITALS}][\wÀ-ỹ]*\s+){{1,3}}"
                      rf"[{CAPITALS}][\wÀ-ỹ]*)\s*(?:[–—-]|,)\s*({_ROLE_OPENS}[^.;()]*)")
# the role before the name: "Phó Chủ tịch UBND huyện Nguyễn Hoàng Phúc dự và chỉ đạo hội nghị" (a name is a surname and
# two or three more words, where the capitals end: "… UBND xã Kim Sơn Nguyễn Văn An")
ROLE = r"(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Trưởng [Pp]hòng|Trưởng [Bb]an|Bí thư|Chủ nhiệm)\b"
ROLE_FIRST = re.compile(
    rf"(?<!\w)({ROLE}(?:(?!\svà\s+{ROLE})[^,.;()])*)\s+"
    rf"((?:{'|'.join(sorted((w.capitalize() for w in SURNAME_CANONS), key=len, reverse=True))})"
    rf"(?:\s+[{CAPITALS}][\wÀ-ỹ]*){{2,3}})"
    rf"(?=\s+[^\s{CAPITALS}]|\s*[,.;()]|\s*$)(?:\s+((?:(?!\s?và\s+{ROLE})[^,.;()])+))?")
# an official named, then their role ("ông Lâm Văn Tha, Chủ tịch UBND xã"): no resident whose story is told
OFFICIAL_NAMED = re.compile(rf"[{CAPITALS}][\wÀ-ỹ]*((?:\s+[{CAPITALS}][\wÀ-ỹ]*)+)\s*,\s*(?:{ROLE}|[Tt]rưởng|[Pp]hó|"
                            r"[Cc]án bộ|[Cc]ông chức)")
# words no role has: someone addressed, or what was done to them ("Bí thư Huyện ủy đến thăm gia đình ông …")
NOT_IN_A_ROLE = frozenset({"ông", "bà", "anh", "chị", "cô", "chú", "em", "cháu", "gia", "thăm", "trao", "tặng", "cho",
                           "đến", "với", "của", "tại", "ở", "về", "cùng", "dự", "gặp"})
# what a holder did, after a role ("– Trưởng ấp Phú Hòa tham dự", "– công chức … hướng dẫn người dân")
SAYING = frozenset({"phát", "nói", "chia", "khẳng", "nhấn", "đã", "thì", "là", "tham", "hướng", "chủ", "báo",
                    "trình", "tiếp", "đề", "yêu", "giới", "kiểm", "động", "biểu", "ghi", "đánh", "mong", "cảm"})
# An event a statement's figures are of ("tổ chức Ngày hội việc làm với 18 doanh nghiệp"), and where it was held.
OCCASION = re.compile(r"\btổ chức\s+((?:[Nn]gày hội|[Hh]ội chợ|[Hh]ội thi|[Pp]hiên giao dịch|[Hh]ội nghị|[Hh]ội thảo|[Ll]ễ)\b[^,.;()]*)")
HELD_AT = re.compile(rf"\btại\s+((?:thị trấn|xã|phường|huyện|thị xã|thành phố)\s+[{CAPITALS}][\wÀ-ỹ]*(?:\s+[{CAPITALS}][\wÀ-ỹ]*)*)")
COMMUNE_WRITTEN = re.compile(rf"\b(?<![Tt]hị )(?:[Xx]ã|[Tt]hị trấn|[Pp]hường)\s+(?:\d+\b|[{CAPITALS}][\wÀ-ỹ]*(?:\s+[{CAPITALS}][\wÀ-ỹ]*)*)")
OPENING_MARKS = re.compile(r"[\s\-–•+*]*")
HAMLET_WRITTEN = re.compile(rf"\b(?:[Ấấ]p|[Kk]hóm)\s+(?:\d+\b|[{CAPITALS}][\wÀ-ỹ]*(?:\s+[{CAPITALS}][\wÀ-ỹ]*)*)")
# a commune or a district named with its kind ("huyện Cai Lậy", "thị xã Cai Lậy", "TP Mỹ Tho")
PLACE_WRITTEN = re.compile(rf"{COMMUNE_WRITTEN.pattern}|\b(?:[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP\.?|[Qq]uận)\s+"
                           rf"[{CAPITALS}][\wÀ-ỹ]*(?:\s+[{CAPITALS}][\wÀ-ỹ]*)*")
NAMED = re.compile(rf"(?<!\w)(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+(?:[{CAPITALS}][\wÀ-ỹ]*\s+){{0,3}}[{CAPITALS}][\wÀ-ỹ]*")
# A meeting as the article names it: "hội nghị tổng kết …", "buổi làm việc …", "lễ trao quà …"; not "dịp lễ lớn"
# or a programme ("chương trình mục tiêu quốc gia"), nor what is said of a meeting ("ngày hội không thu phí").
MEETING = re.compile(r"\b(hội nghị|hội thảo|buổi (?=làm việc|lễ|gặp mặt|họp mặt|tọa đàm|tư vấn)|lễ (?=kỷ niệm|trao|phát động|"
                     r"ra quân|mít tinh|khánh thành|bàn giao|thắp nến|tuyên dương|tri ân|tổng kết|ra mắt)|[Nn]gày hội |"
                     r"[Pp]hiên giao dịch |[Pp]hiên (?=chất vấn|họp)|[Hh]ội chợ |(?=họp báo ))"
                     r"\s*(?!(?:không|đã|được|sẽ|là|có|vừa|đang|thì|này|đó)\b)([^,.;()]+)")
# A sentence ends at its full stop, or at the quotation mark closing it; the next may open a quotation.
# (not after an abbreviation: "TP. Hồ Chí Minh", "TX. Vĩnh Châu", "ThS. Nguyễn …")
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))(?<!\bTP\.)(?<!\bTp\.)(?<!\bTX\.)(?<!\bTT\.)(?<!\bTS\.)"
                          r"(?<!\bBS\.)(?<!\bThS\.)\s+(?=[\"“]?[A-ZĐÀ-Ỹ(])")
QUOTES = "\"“”"
# Words at which the thing a figure counts stops: "5.404 hộ nghèo, chiếm ..." counts "hộ nghèo".
PHRASE_STOP = re.compile(r"[,;:.()]|\s(?:chiếm|trong đó|so với|với|và|đạt|được|tăng|giảm|trị giá|tổng trị giá|"
                         r"theo|tại|của|mỗi|gồm|tương đương)\s")
# A statement's pieces: between commas (not the decimal comma of "1,88"), semicolons and brackets.
PIECE = re.compile(r"[^,;()]+(?:,(?=\S)[^,;()]*)*")
# Words that only link a figure to what came before ("chiếm 3,74%", "tương đương khoảng 330 hộ").
LINKING = {"chiem", "dat", "voi", "tuong", "duong", "khoang", "gan", "hon", "tren", "trong", "do", "va", "dong", "thoi",
           "con", "la", "co", "tong", "tri", "gia", "moi", "giam", "tang", "kinh", "phi", "so"}
QUALIFIERS = {"hon", "tren", "khoang", "gan", "den", "toi", "da", "la"}  # "tổng trị giá hơn": "tổng trị giá"
# "toàn huyện", "huyện", "tỉnh" at the head of a clause: the article's own place.
OWN_PLACE = re.compile(r"^(?:(?:toàn|cả)\s+)?(?:huyện|tỉnh|thị xã|thành phố|quận)\b(?:\s+{name})?", re.I)
# a statement opening with the place it is of ("Cụ thể, huyện Tân Phước giảm …", "Xã Tân Lân giải quyết …")
PLACE_OPENS = re.compile(rf"^(?:(?:Cụ thể|Trong đó|Riêng|Còn|Tại),?\s+)?((?:{PLACE_WRITTEN.pattern}))", re.I)
SAID_BY = re.compile(r"^[^:.\d]{2,40}:\s+")  # who says it, in a broadcast's transcript: "Phóng viên (lời dẫn): "
RANGE_END = re.compile(r"\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})[-/](\d{1,2})[-/](\d{4})\b")
SOON_DAYS = 31  # a day without its year this close after the article's (a month) is to come this year
TO_COME = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp))\b", re.I)  # what follows a day is still to come
SO_FAR = re.compile(r"\s*(?:đến|tới)\s+(?:nay|này|hôm nay)\b", re.I)  # "Từ ngày 20-12 đến nay": it has come
# a figure said to be now ("Dư nợ … hiện là 1,35 tỷ đồng"): as of the article, not the year its paragraph told of
# ("đến nay" is not: "Đến nay, toàn huyện còn 368 hộ nghèo" in a year's review is that year's end)
NOW_SAID = re.compile(r"(?<!thực )(?<!thể )(?<!xuất )(?<!phát )\bhiện\s+(?:nay|tại|đang|còn|có|là)\b"
                      r"|(?:^|[,;:]\s*)[Hh]iện\s+(?!đại|tượng|trạng|vật)", re.I)
NAME_FOLLOWS = re.compile(rf"\s+[{CAPITALS}]")
TOPIC_WORDS = (  # the first topic whose words the sentence has
    ("poverty", ("nghèo",)),
    ("vocational", ("nghề", "học viên", "đào tạo")),
    ("labour", ("việc làm", "lao động", "nước ngoài", "xuất khẩu")),
    ("welfare", ("quà", "an sinh", "bảo trợ", "người có công", "trợ cấp", "nhà", "tết", "chính sách", "thọ")),
)
ETHNIC = re.compile(r"\bdân tộc ([A-ZĐ][\wÀ-ỹ]*)")
# "Kết quả rà soát trên là cơ sở để ...": a sentence that goes on about what an earlier one said.
REFERS = re.compile(r"^(\w[\w\s-]{2,60}?)\s+(?:trên|này|nói trên)\s+(.+)$")
# A list: "các nghề nông nghiệp gồm nuôi tôm công nghệ cao, trồng rau màu" (what, then two items at least)
BREAKDOWN = re.compile(r"(?:riêng|cụ thể)\b", re.I)  # "…187 đối tượng; riêng xã Long Hưng B có 19 người": its part
BY_COMMUNE = re.compile(r"(?:trong đó|cụ thể)\b", re.I)  # "Trong đó, xã Tam Giang Đông 9 căn, xã Đất Mới 7 căn, …"
# what goes on with the statement before, saying only how it compares: "Ngược lại, xã An Hiệp có tỷ lệ thấp nhất huyện"
# is of the coverage rate the sentence before ranked
GOES_ON_WITH = re.compile(r"(?:ngược lại|trái lại|kế đến)\b", re.I)
LISTED = re.compile(r"(?:^|[;:]\s*)(?:[Cc]ác\s+|[Nn]hững\s+)?(?P<what>[^\W\d]\w*(?:\s+\w+){0,4}?)\s+(?:bao gồm|gồm có|gồm)"
                    r"\s+(?P<items>[^;.]+?(?:,|\svà\s)[^;.]+)")
# "Xã Bàn Tân Định: 13 hộ; xây mới 9 căn", "Thị trấn Thới Lai 160 lao động": a table's row
# (a hamlet's row only with its colon: "Ấp Cống Đá: 8 hộ nghèo (27 nhân khẩu); 14 hộ cận nghèo (51 nhân khẩu)")
HAMLET_ROW = (rf"\b(?:[Ấấ]p|ẤP|[Kk]hóm|KHÓM)\s+(?:\d+\w*|[{CAPITALS}][\wÀ-ỹ]*)"  # ("Ấp 3A", "Ấp Tân Phú 2",
              rf"(?:\s*-\s*[{CAPITALS}][\wÀ-ỹ]*|\s+(?:[{CAPITALS}][\wÀ-ỹ]*|\d+\w*))*\s*:")  # "Ấp Long Hòa - Long Phú")
ROW = re.compile(rf"^(?:{COMMUNE_WRITTEN.pattern}\s*(?::|(?=\d))|{HAMLET_ROW})")
DIGIT = re.compile(r"\d")
# a list item opening with an employer, its address after a dash: "Công ty TNHH Vận tải Minh Trí – Quốc lộ 80, …"
EMPLOYER_OPENING = re.compile(r"((?:Công ty|Doanh nghiệp|Nhà máy|Xí nghiệp|Cơ sở|Siêu thị|Trung tâm|Hợp tác xã|HTX)"
                              r"\s[^–—.;:()]{2,80}?)\s+[–—-]\s")
# a table's cell: a number alone, not a date's or a phone's ("84", "(42.000.000)"; not "12/01/2024", "0291 3 822 111")
BARE_NUMBER = re.compile(r"(?<![\d/.,])(?<!\d )\d[\d.,]*(?![\d/]| \d)")
ROW_START = re.compile(rf";\s*(?:[-–+•]\s*)?(?={ROW.pattern[1:]})")  # another row on the same line
# "the commune" said without its name: "Xã có 2.860 hộ", "toàn xã", "của xã" (not "các xã", "xã hội", "xã Phú Hữu")
THE_COMMUNE = re.compile(rf"(?:^|[;,]\s*|\b(?i:của|toàn|cả)\s+)[Xx]ã\b(?!\s+(?:hội|viên|đảo|[{CAPITALS}]|\d))")
RESTATING_WORDS = r"tức là|tức|tương đương|bằng"
RESTATED = re.compile(rf",\s*(?:{RESTATING_WORDS})\s*$")  # "hệ số 2,0, tức 540.000 đồng"
RESTATING = re.compile(rf"^(?:{RESTATING_WORDS})\b", re.I)
FOR_WHOM_SAID = re.compile(r"\s(?:cùng )?(?:với|cùng)\s")  # "hỗ trợ 138 hộ nghèo với kinh phí": the cost after it
CORRESPONDING = re.compile(r"\btương (?:ứng|đương)(?: với)?\s*$")
# "60 hộ nghèo được tặng quà": what was done for them; the words after a figure up to its piece's end
DONE_FOR = re.compile(r"[^,;.]*?\b(?:được|đã được)\s+\w")
PIECE_AFTER = re.compile(r"[^,;.]*")
STOCK_WORDS = {"co", "con", "la", "gom", "so", "tong", "hien", "dang", "quan", "ly", "tuong", "ung", "nay", "voi"}  # "quản lý"
# Words that only say a figure changed to it ("xuống còn 712 hộ"): it counts what the one before counted.
CHANGE = {"giam", "tang", "tu", "xuong", "len", "con", "den", "con lai"}
PERIOD_WORDS = re.compile(r"\b(?:(?:trong|cuối|đầu|hết)\s+)?năm(?:\s+\d{4}|\s+nay|\s+qua)?(?!\w)|\bhiện (?:nay|tại|giờ)\b|"
                          r"\b[Nn]gày\s+\d{1,2}[-/]\d{1,2}(?:/\d{4})?|\b\d{1,2}/\d{1,2}/\d{4}", re.I)
# A statement of what is to be done: its figures are targets ("phấn đấu giảm ... xuống dưới 1,3%"), not results
# ("đạt 105% kế hoạch").
PLAN = re.compile(r"(?<!đạt )(?<!vượt )\b(?:phấn đấu|(?<!\d )chỉ tiêu(?! tuyển)|mục tiêu(?! quốc gia)|dự kiến"
                  r"|(?<!trạm )(?<!tâm )(?<!đài )dự báo)\b", re.I)  # (a forecast, not "Trạm Dự báo khí tượng")
PLAN_HEADING = re.compile(r"\b(?:nhiệm vụ|phương hướng|mục tiêu|chỉ tiêu|kế hoạch)\b", re.I)  # "7. Nhiệm vụ năm 2024"
RESULT_HEADING = re.compile(r"(?:hạn chế|kết quả|khó khăn|tồn tại)\b", re.I)  # "Hạn chế và mục tiêu nhiệm kỳ mới"
# "… là hai địa phương giảm nghèo nhiều nhất huyện": which communes did best (or worst).
SUPERLATIVE = re.compile(r"\b(?:nhiều|cao|thấp|ít|lớn|đông|nhanh|mạnh|tốt|sớm)(?:\s+[^\s\d,.;]+){0,8}?\s+nhất\b"
                         r"|\bdẫn đầu\b", re.I)
WHICH_LEAD = re.compile(r"\blà\s+(?:(?:hai|ba|bốn|năm|những|các)\s+)?(?:địa phương|xã|đơn vị|nơi)\s+", re.I)
# A statement of what is still hard; "hoàn cảnh khó khăn" says who was helped, not what is hard.
DIFFICULTY = re.compile(r"\b(?:khó khăn|hạn chế|vướng mắc|bất cập|trở ngại|tồn tại)\b", re.I)
HARDSHIP = re.compile(r"\b(?:hoàn cảnh|đặc biệt|gia đình|hộ|người)\s+(?:đặc biệt\s+)?khó khăn", re.I)
DIFFICULT_WORK = (  # what each topic's work is called, asked of its difficulties
    ("poverty", "công tác giảm nghèo"), ("vocational", "công tác đào tạo nghề"),
    ("labour", "công tác lao động, việc làm"), ("welfare", "công tác chăm lo người có công, an sinh xã hội"),
)
ANSWER_AFTER = 2  # a FAQ's answer is in the next paragraph, or the one after a line saying "Trả lời:"
STORY_PERSON = re.compile(r"(?<![\wÀ-ỹ])(?:anh|chị)(?![\wÀ-ỹ])", re.I)  # "một mình chị nuôi hai con"
SOMEONE = re.compile(rf"(?<![\wÀ-ỹ])(?:[Cc]hị|[Aa]nh|[Ôô]ng|[Bb]à|[Cc]ô|[Cc]hú)(?!\s+[{CAPITALS}])(?![\wÀ-ỹ])"
                     r"(?!\s+(?:con|em|chị|bác|dì|cháu)\b)")  # "Ông mua 3 con bò"; not "bà con", "anh em"
EVERY_HOUSE = re.compile(r"\b(?:mỗi căn|tối thiểu|theo quy định)\b", re.I)
HOUSE_OPENING = re.compile(r"^(?:[Cc]ăn|[Nn]gôi)\s+nhà\s+(?:rộng|có|trị|được|xây|gồm|với)\b")
MEN, WOMEN = frozenset({"ông", "anh", "chú"}), frozenset({"bà", "chị", "cô"})  # how each is addressed
ADDRESSES = MEN | WOMEN | frozenset({"em", "cháu", "cụ"})  # how anyone is (a table's row: "Ông Lê Văn Ba")
# a place's or an item's number, no count: "khóm 2 ấp Tân Phú", "Tiểu dự án 1 được giao 4,36 tỷ đồng"
PLACE_NUMBER = re.compile(r"\b(?:[Tt]ổ|[Kk]hóm|[Ấấ]p|[Xx]ã|[Pp]hường|[Kk]hu phố|[Dd]ự án|[Hh]ợp phần|[Nn]ội dung|"
                          r"[Đđ]ợt)\s*$")
YEAR_SAID = re.compile(r"\b[Nn]ăm\s*$")
THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")  # a count of thousands ("1.318"), never a place's or an item's number
COMMUNE_GAP = 3  # "xã Định An với 196 hộ": a figure this few words after a commune is that commune's
PREDICATE_WORDS = 12  # what the communes a statement names did best, in this many words at most
HAMLET_COUNT = re.compile(r"\s*\(\d")  # a hamlet's count in brackets after its name: "ấp Phú Hòa (104 người)"
THIN_SUBJECT = 2  # a figure's subject this short ("lớp mở") is titled by what its paragraph is about
# not a phone's number: an account's, "số tài khoản 0071000123456"
NOT_A_PHONE = re.compile(r"(?:tài khoản|STK|CCCD|CMND|căn cước)\W*(?:số\W*)?$", re.I)
PHONE_DIGITS = (8, 11)  # "1900.9068" to "0918.327.465" and "0292 3841 608"
# what comes before a number and is not whose it is: "liên hệ anh Tâm, số điện thoại …", "hoặc Bưu điện xã, số …"
CALL_WORDS = re.compile(r"^.*\b(?:liên hệ(?:\s+(?:với|qua))?|(?<!kêu )gọi(?:\s+(?:cho|tới|đến|số))?|báo(?:\s+ngay)?"
                        r"\s+(?:cho|về)|hoặc)(?:\s*:\s*|\s+|$)|"
                        r"^(?:số\s+)?(?:điện thoại|zalo)\s+(?:của\s+)?|^của\s+|"
                        r"(?:,?\s*(?:số\s+)?(?:điện thoại|ĐT|SĐT|đường dây nóng|hotline|zalo)(?:\s+số)?"
                        r"|,?\s*số|\s+là)\s*:?\s*$", re.I)
ABOUT = re.compile(r"\b(?:thắc mắc|vướng mắc|thông tin|hỏi|tư vấn|phản ánh)\s+về\s+([^,;.:\d]{3,80}?)"
                   r"(?=,\s*(?:bà con|người dân|xin|vui lòng|đề nghị|liên hệ)"
                   r"|\s+(?:thì|xin|vui lòng|liên hệ|bà con|người dân)\b|[,;.]|$)", re.I)
LINE = re.compile(r"(?:tổng đài|đường dây nóng)\b", re.I)
WHEN_OPENING = re.compile(r"(?:[Tt]ừ|[Đđ]ến|[Nn]gày|[Tt]háng|[Nn]ăm|[Hh]iện nay|[Tt]rong)\b")
INTRO_WORDS = 20  # a paragraph's opening without a figure this short says what the paragraph is about
PHRASE_STARTS = {"theo", "tai", "o", "cho", "voi", "cua", "ve", "trong", "tu", "den", "va"}  # where a phrase may be cut
SUBJECT_WORDS = 12  # what a figure counts is said in this many words after its unit at most
MONEY_WORDS = {"nghìn": "nghìn ", "ngàn": "nghìn ", "triệu": "triệu ", "tỷ": "tỷ ", "": ""}  # before its currency


@dataclass
class Figure:
    start: int
    end: int
    text: str  # the number as written ("5.404", "1,88")
    name: str  # the value's name ("households", "rate", "amount")
    unit: str  # what it counts ("hộ", "%", "tỷ đồng")
    subject: str = ""  # the words around it that say what it counts ("hộ nghèo không có khả năng lao động")
    asked: str = ""  # its clause with the figure asked for ("toàn huyện có bao nhiêu hộ nghèo")
    how_many: bool = True  # it says how many there are ("còn 56 hộ nghèo"), not what was done for so many


@dataclass
class Article:
    title: str
    sentences: list[str]
    byline: str = ""
    signed_as: str = ""  # the role the byline signs a document in ("Phó Chủ tịch" under "TM. ỦY BAN NHÂN DÂN XÃ")
    paragraphs: list[int] = field(default_factory=list)  # each sentence's paragraph
    speakers: list[str] = field(default_factory=list)  # who says each sentence, when it is quoted ("ông Lê Hoàng Tuấn")
    headings: list[str] = field(default_factory=list)  # the heading each sentence is under ("Nhiệm vụ năm 2024")
    # the part of the article a sentence is in, when its heading is a section of that part ("NGÀY HỘI VIỆC LÀM" over
    # "1. Thời gian, địa điểm"), else ""
    sections: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)  # who each sentence is about: named in full in its paragraph or the one before
    # the employer a list item opens with ("2. Công ty TNHH May mặc Hoàng Gia – Khu A, …"): its sentences' too
    employers: list[str] = field(default_factory=list)
    # a heading numbered by none right over parts "I.", "II." ("DANH SÁCH ỦNG HỘ QUỸ …"): what they are parts of
    chapters: list[str] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)  # what a table's row is of ("Chủ hộ ông Trần Văn Bé Tư"), else ""
    numbered: str = ""  # an official document's own number ("213/BC-UBND" of "Số: 213/BC-UBND")
    dated: str = ""  # and the day it is dated, as written ("Thới Lai, ngày 20 tháng 6 năm 2024": "ngày 20 tháng 6 …")


@dataclass
class Period:
    """When a statement's figures are as of: a date, and the words the article says it with."""

    as_of: str
    label: str


@dataclass
class Drafted:
    """What ingesting an article made: a facts file's data, and what was found, for the report."""

    data: dict[str, Any]
    sentences: int = 0
    figures: int = 0
    places: list[str] = field(default_factory=list)
    people: list[tuple[str, str]] = field(default_factory=list)


# A document's signature block over its signer's name: "TM. ỦY BAN NHÂN DÂN XÃ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
# "KT. TRƯỞNG PHÒNG – PHÓ TRƯỞNG PHÒNG", "Trưởng ban – Chủ tịch Ủy ban MTTQ Việt Nam huyện"
SIGNATURE_LINE = re.compile(r"^(?:(?:TM|KT|TL|Q|TUQ)\.\s*\S|(?:PHÓ |Phó )?(?:TRƯỞNG|Trưởng|CHỦ TỊCH|Chủ tịch|GIÁM ĐỐC|"
                            r"Giám đốc|CHÁNH|Chánh|BÍ THƯ|Bí thư)\b)[^.]*$")
SIGNATURE_WORDS = 12
ABBREVIATIONS = frozenset({"UBND", "HĐND", "MTTQ", "LĐ-TB&XH", "LĐTBXH", "TP", "TP."})  # kept in capitals
SIGNED_FOR = re.compile(r"^(?:TM|TL|TUQ|KT|Q)\.")  # signing for a body or its head
# an official document's head: its number, and where and when it was written ("Thới Lai, ngày 20 tháng 6 năm 2024")
DOCUMENT_NUMBER = re.compile(r"^Số\s*:\s*(\d+/[\w/.-]*[A-ZĐ][\w/.-]*)\s*$")
DOCUMENT_DATE = re.compile(r"^(?!Thứ\b|Thời gian|Chủ nhật)[^,\d:]{2,40},\s*(ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm"
                           r"\s+(\d{4}))\s*$")  # (not a news page's "Thứ Hai, ngày …", nor "Thời gian: …")
OFFICE = r"(?:ỦY BAN|UBND|CỘNG HÒA|HỘI ĐỒNG|SỞ|PHÒNG|BAN|ĐẢNG ỦY|TRUNG TÂM)"  # an office's heading, in capitals
OFFICE_HEAD = re.compile(rf"^{OFFICE}\s")
HEAD_LINES = 12  # a document's head is within its first lines
# where the signature is: "(Đã ký)", "(ký, ghi rõ họ tên)"
SIGNED_MARK = re.compile(r"^\((?:đã ký|ký)\b[^()]*\)$", re.I)
BYLINE = re.compile(r"^(?:Tin|Bài|Ảnh|Tin và ảnh|Bài và ảnh)(?:,\s*(?:ảnh|bài))?\s*:\s*(.+)$", re.I)
# a count of what is named in quotes ("5 \"địa chỉ tin cậy\""), not a numbered article's title ("Điều 5 \"Đối
# tượng …\"")
QUOTED_COUNT = re.compile(r"(?<![\d/.,])(?<![Đđ]iều )(?<![Kk]hoản )(?<![Mm]ục )(?<![Cc]hương )(?<![Pp]hần )(?<![Ss]ố )"
                          rf"(?<![Nn]ăm )(\d+\s+)[\"“‘](?![{CAPITALS}])([^\"“”‘’]{{1,60}})[\"”’]")
DATELINE = re.compile(r"^\((?:[A-ZĐ]{1,6}|[\w-]+(?:\.[\w-]+)+)\)\s*[-–]\s*")  # "(HG) - Ngày 11-1, …", "(longmy.haugiang.gov.vn) –"
QUESTION_LABEL = re.compile(r"^(?:Câu(?:\s+hỏi)?\s*\d+|Hỏi)\s*[.:]\s*", re.I)  # a FAQ's question ("Câu 4. Xã nào …?")
ANSWER_LABEL = re.compile(r"^(?:Trả lời|Đáp|TL)\s*:\s*", re.I)  # a FAQ's answer
# a bulletin's item by its order, its headline after: "Tin thứ nhất: Mời thanh niên đăng ký học nghề miễn phí."
ITEM_LABEL = re.compile(r"^(?:Tin|Mục|Phần|Nội dung|Vấn đề)\s+(?:thứ\s+\w+|số\s+\d+|\d+)\s*:\s*(?=\S)", re.I)
# A social post's marks: emoji and their joiners, a keycap digit numbering a section, one opening an item
_EMOJI = r"[\u2300-\u23ff\u2600-\u27bf\u2900-\u297f\u2b00-\u2bff\u3030\u303d\U0001f000-\U0001faff]"
_JOINERS = r"[\ufe0f\u200d\u20e3]"
PICTOGRAPHS = re.compile(rf"(?:{_EMOJI}|{_JOINERS})+")
KEYCAP = re.compile(r"^(\d{1,2})\ufe0f?\u20e3\s*")
EMOJI_BULLET = re.compile(rf"^(?:{PICTOGRAPHS.pattern}\s*)+(?=\w)")
# (a run of them, as a post ends a sentence: "… cho chương trình 💐💐💐 Những tấm lòng …"; one may stand in a name)
EMOJI_STOP = re.compile(rf"(?<=[\wÀ-ỹ)])\s*(?:{_EMOJI}{_JOINERS}*\s*){{2,}}(?=[{CAPITALS}])")
HASHTAGS = re.compile(r"(?:#\w+\s*)+")  # "#TếtẤtTỵ2025 #XuânYêuThương": no statement
# "300.000đ/suất", "60 triệu đ": an amount (not "5 đ/c", comrades)
DONG_SHORT = re.compile(r"(\d{1,3}(?:[.,]\d{3})+|\d[\d.,]*\s(?:nghìn|ngàn|triệu|tỷ))\s?(?:đ|₫|VNĐ|VND)(?![\wÀ-ỹ]|/c\b)")
LIST_MARK = re.compile(r"^(?:[-–—+•*▪●]\s*|[a-zđ]\)\s+)")  # "- Giải quyết việc làm ...", "a) ..."
NUMBERED = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})[.)]\s+")  # "1. Lĩnh vực lao động", "II. Nhiệm vụ"
TASK_ORDINAL = re.compile(r"^(?:Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:Một|Hai|Ba|Bốn|Năm) là)\b")
PART_NUMBERED = re.compile(r"^[IVX]{1,4}[.)]\s+")  # "II. TUYỂN SINH ĐÀO TẠO NGHỀ": a part, its sections numbered 1, 2
STOPS = (".", "!", "?", '"', "”")  # how a sentence ends
# a line of dashes opens the footer ("---", "--- Bài viết liên quan ---"), unless it frames a message forwarded below
# it ("--- Tin chuyển tiếp ---") or parts two documents, the next one opening with its office's name in capitals (a
# resident's petition, then "ỦY BAN NHÂN DÂN XÃ ĐỊNH YÊN" and the reply)
_SHOUTED_HEAD = rf"\s*\n\s*{OFFICE}\s"  # an office's, next
FOOTER_RULE = re.compile(rf"\n-{{3,}}(?![^\n]*chuyển tiếp)[^\n]*+(?!{_SHOUTED_HEAD})")
HEADING_WORDS = 12  # a heading is a short line with no full stop
BARE_HEADING_WORDS = 8  # and without a colon, shorter still ("Chỉ tiêu kế hoạch năm 2022")
NUMBERED_HEADING_WORDS = 20  # a numbered one may be a news item's whole headline


# a figure alone on its line: a count, a rate or an amount ("1.386", "68,4%", "9,6 tỷ đồng")
FIGURE_ALONE = re.compile(r"\d[\d.,]*\s*(?:%|(?:tỷ|triệu|nghìn|ngàn)(?:\s+đồng)?|đồng)?")


def _captions_joined(lines: list[str]) -> list[str]:
    """An infographic's figure alone on its line, then its caption ("1.386" / "lao động được giải quyết việc làm"):
    one statement, as a sentence would say it ("1.386 lao động được giải quyết việc làm")."""
    joined: list[str] = []
    for line in lines:
        if joined and FIGURE_ALONE.fullmatch(joined[-1]) and line[:1].islower():
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


SPACED_CELLS = 3  # (two cells apart by spaces may be a slip in a sentence; three in each of two lines are a table)


def _aligned_tables(lines: list[str]) -> list[str]:
    """A table copied from a spreadsheet or a word processor (cells between tabs) or from a PDF (cells lined up with
    spaces) as a table between "|": two lines or more of such cells, blank lines between them aside. A row of a PDF's
    table with empty cells has its figures under the columns they are lined up with."""
    lines = [line.rstrip() for line in lines]
    cells = [_aligned_cells(line) for line in lines]
    read = list(lines)
    blocks: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if not cells[i]:
            if line.strip():
                blocks.append([])
        elif not blocks[-1] or "\t" in line or _has_figure(cells[i]):  # (a PDF's rows under its header hold figures)
            blocks[-1].append(i)
        else:
            blocks.append([i])  # (the next table's header)
    for block in (block for block in blocks if len(block) >= 2):
        if len(block) > 2 and not any(map(_has_figure, (cells[block[0]], cells[block[1]]))):
            # a header over two lines, a cell merged over the columns under it: "Năm 2025" over "Kế hoạch", "Thực hiện"
            cells[block[1]] = _header_joined(cells[block[0]], cells[block[1]])
            read[block[0]], block = "", block[1:]
        header = cells[block[0]]
        for i in block:
            row = cells[i] if "\t" in lines[i] else _under_columns(header, cells[i])
            read[i] = f"| {' | '.join(text for _, text in row)} |"  # (its first cell may be empty)
    return read


def _header_joined(upper: list[tuple[tuple[int, int], str]], lower: list[tuple[tuple[int, int], str]]
                   ) -> list[tuple[tuple[int, int], str]]:
    """Two lines of a header as one: a column named on the lower line is of the upper line's cell over it, or of the
    nearest one before it ("Kế hoạch" under "Năm 2025": "Kế hoạch năm 2025"); one named only above keeps its name."""
    joined, over = [], ""
    for i, (span, name) in enumerate(lower):
        above = upper[i][1] if i < len(upper) else ""
        over = above or over
        if not name:
            joined.append((span, above))
            continue
        unit = CELL_UNIT.search(name)
        bare, bracket = (name[:unit.start()], name[unit.start():]) if unit else (name, "")
        joined.append((span, f"{bare} {over[:1].lower()}{over[1:]}{bracket}" if over else name))
    return joined


def _has_figure(cells: list[tuple[tuple[int, int], str]]) -> bool:
    return any(text[:1].isdigit() for _, text in cells)


def _aligned_cells(line: str) -> list[tuple[tuple[int, int], str]]:
    """A line's cells, each with the columns of the line it takes: tab-separated ones (an empty one is a cell too),
    else ones apart by runs of spaces; none for a line of fewer, or one already between "|"."""
    if "|" in line:
        return []
    if "\t" in line.strip():
        found, at = [], 0
        for text in line.split("\t"):
            found.append(((at, at + len(text)), text.strip()))
            at += len(text) + 1
        return found
    found = [((m.start(), m.end()), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", line.replace("\u00a0", " "))]
    return found if len(found) >= SPACED_CELLS else []


def _under_columns(header: list[tuple[tuple[int, int], str]], row: list[tuple[tuple[int, int], str]]
                   ) -> list[tuple[tuple[int, int], str]]:
    """A PDF's row's cells each in the header's column it overlaps most, or is nearest to: a row of fewer cells
    leaves the others empty. A row of as many cells as the header, or more, is as it is."""
    if len(row) >= len(header):
        return row
    placed = [((0, 0), "")] * len(header)
    for (start, end), text in row:
        column = max(range(len(header)), key=lambda c: (
            min(end, header[c][0][1]) - max(start, header[c][0][0]),
            -abs((start + end) - sum(header[c][0]))))
        placed[column] = ((start, end), f"{placed[column][1]} {text}".strip())
    return placed


def read_article(text: str) -> Article:
    """Title (the first line) and sentences. Photo captions, the lines of date, outlet and byline under the
    title, and a footer after a line of "---", are left out; a short last line of capitalised words is the byline."""
    # composed letters and ASCII digits, as the rest of the bot reads text ("𝟻 hộ" is 5 households), and figures a
    # script for reading aloud writes in words in digits ("một trăm hai mươi lăm hộ": 125 hộ)
    text = figures_in_digits(ascii_digits(unicodedata.normalize("NFC", text))).replace("\r\n", "\n")
    text = FOOTER_RULE.split(text, maxsplit=1)[0]
    lines, row_labels = _tables_read(_captions_joined([line for line in map(_plain, _aligned_tables(text.split("\n")))
                                                       if line and not HASHTAGS.fullmatch(line)]))
    if not lines:
        return Article("", [])
    title, body = lines[0], [line for line in lines[1:] if not line.startswith("(Ảnh")]
    byline = ""
    numbered = next((m.group(1) for line in body[:HEAD_LINES] if (m := DOCUMENT_NUMBER.match(line))), "")
    official = numbered or any(OFFICE_HEAD.match(line) for line in body[:HEAD_LINES])  # (a page's date is none)
    dated = next((m.group(1) for line in body[:HEAD_LINES] if (m := DOCUMENT_DATE.match(line)) and _a_day(m)),
                 "") if official else ""
    while body and len(body[0].split()) <= 8 and not body[0].endswith("."):  # "12/01/2024 | 07:40", "Báo Hậu Giang"
        head = body.pop(0)
        if match := BYLINE.match(head):
            byline = match.group(1).strip().title()
    last = _name_said(body[-1]) if body else ""
    signed_as = ""
    # (the signer: the line nearest the name gives their own role)
    if _a_name(last):
        body.pop()
        byline = last
        if body and SIGNED_MARK.match(body[-1]):
            body.pop()
        if block := _signature_block(body, len(body)):
            signed_as = _signed_as(block[0])
            del body[-len(block):]
    # a decision signed before its appendix ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Võ Thị Ngọc Hạnh / PHỤ LỤC …"): a name under
    # a block signed for someone
    elif signed := next(((n, block, marked) for n in range(1, len(body)) if _a_name(body[n], signer=True)
                         and (block := _signature_block(body, n - (marked := bool(SIGNED_MARK.match(body[n - 1]))),
                                                        signed_for=True))), None):
        at, block, marked = signed
        byline, signed_as = _name_said(body[at]), _signed_as(block[0])
        del body[at - marked - len(block):at + 1]
    sentences, paragraphs, speakers, headings, sections, people, employers, chapters, rows = ([] for _ in range(9))
    heading = person = part = chapter = asker = ""
    named_in = -1  # the paragraph the person was last named in
    outer: str | None = None  # the heading a statement opening a list stands in for, while its items go on
    for n, paragraph in enumerate(body):
        row_of = row_labels.get(paragraph, "")
        listed = LIST_MARK.match(paragraph) is not None  # "- Tiếp tục rà soát hộ nghèo": an item, never a heading
        if outer is not None and not listed:
            heading, outer = outer, None
        paragraph = DASH_DATE.sub(r"\1/\2/\3", LIST_MARK.sub("", paragraph))  # "ngày 15-3-2023": 15/3/2023
        paragraph = QUOTED_COUNT.sub(r"\1\2", paragraph)  # "Xã có 5 \"địa chỉ tin cậy\"": 5 of them, counted
        paragraph = ANSWER_LABEL.sub("", paragraph)  # "Trả lời: Năm 2023, …": the answer itself
        if not paragraph:  # "Trả lời:" on a line of its own
            continue
        # (a list's item is of what it opens with, as a table's row is: "- Nuôi tôm nước lợ: …; 35 chỗ; học phí …")
        row_of = row_of or (_item_label(paragraph) if listed else "")
        if ITEM_LABEL.match(paragraph):  # numbered as any section is, its headline no statement
            paragraph = "1. " + ITEM_LABEL.sub("", paragraph).rstrip(".!")
        if question := QUESTION_LABEL.match(paragraph):  # "Câu 4. Xã nào …?": one question, its number no sentence
            paragraph = f"{question.group(0).rstrip(' .:')}: {paragraph[question.end():]}"
        if _is_heading(paragraph) or not listed and _is_bare_heading(paragraph):
            heading, outer, asker = NUMBERED.sub("", paragraph).rstrip(":"), None, ""
            # (a heading numbered by none ends the part: "Ý kiến cử tri" after "II. …"; right over parts "I.", "II."
            # it is what they are parts of: "DANH SÁCH ỦNG HỘ QUỸ …")
            part = heading if PART_NUMBERED.match(paragraph) else part if NUMBERED.match(paragraph) else ""
            chapter = chapter if NUMBERED.match(paragraph) else heading
            continue
        chapter = chapter if part else ""  # ("Kết quả nổi bật" over a paragraph of its own heads no parts)
        if _is_headline(paragraph):  # "6. Tỷ lệ tham gia bảo hiểm xã hội đạt 21,6%": said, and what follows is of it
            heading = NUMBERED.sub("", paragraph)
        paragraph = NUMBERED.sub("", paragraph)  # "2. Xã Bàn Tân Định: 13 hộ.": its number is no sentence
        employer = opening.group(1) if (opening := EMPLOYER_OPENING.match(paragraph)) else ""
        names = [m.group(0) for m in NAMED.finditer(paragraph)]
        speaker = max(names, key=lambda name: len(name.split()), default="")  # the name in full
        # a reader's question names who asks ("Hỏi: … (Chị Lê Thị Mỹ Xuyên, ấp Bào Kè)"): "chị" is her until the
        # next question
        asker = speaker if question else asker
        person = speaker or (person if named_in == n - 1 else asker)  # "chị" in the next paragraph is still her
        named_in = n if speaker else named_in
        quoted = False
        said = SENTENCE_END.split(DATELINE.sub("", paragraph))
        while question and len(said) > 1 and said[0].rstrip().endswith("?") and said[1].rstrip().endswith("?"):
            # a FAQ's questions are one, however many it asks ("Ai được cấp thẻ BHYT miễn phí? Mua BHYT … bao nhiêu?")
            said[:2] = [f"{said[0].rstrip()} {said[1].strip()}"]
        for sentence in (s.strip() for s in said):
            if sentence:
                quoted = quoted or sentence[:1] in QUOTES
                sentences.append(_unquoted(sentence))
                paragraphs.append(n)
                speakers.append(speaker if quoted and speaker and speaker not in sentence else "")
                headings.append(heading)
                sections.append(part if part != heading else "")
                people.append(person)
                employers.append(employer)
                chapters.append(chapter)
                rows.append(row_of)
                quoted = quoted != bool(sum(sentence.count(q) for q in QUOTES) % 2)
        if paragraph.endswith(":") and not listed:  # "Trao 412 thẻ BHYT miễn phí, gồm:": its items are of it
            outer, heading = heading if outer is None else outer, paragraph.rstrip(":")
    return Article(title, sentences, byline, signed_as, paragraphs, speakers, headings, sections, people, employers,
                   chapters, rows, numbered, dated)


def _a_day(said: re.Match) -> bool:
    """Whether "ngày 20 tháng 6 năm 2024" is a day of the calendar."""
    try:
        return bool(dt.date(int(said.group(4)), int(said.group(3)), int(said.group(2))))
    except ValueError:
        return False


# "Doanh số cho vay (triệu đồng)", "Giải quyết việc làm (lao động)"
CELL_UNIT = re.compile(r"\s*\(([^()\d]{1,20})\)\s*$")
CELL_UNITS = frozenset({unit.split()[0] for unit in UNITS} | {"triệu", "tỷ", "nghìn", "ngàn", "đồng", "%", "tấn", "kg"})
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}")
NO_VALUE = frozenset({"", "-", "–", "—", "x"})
TOTAL_ROW = re.compile(r"^(?:toàn|tổng|cộng)\b", re.I)
# a report's line of the total, its label saying nothing else: "Tổng cộng toàn xã:" (not "Tổng số hộ nghèo:")
TOTAL_ONLY = re.compile(r"^(?:tổng cộng|tổng số|tổng|cộng)(?:\s+(?:toàn|cả)\s+(?:xã|phường|thị trấn|huyện|thị xã|tỉnh|"
                        r"thành phố|ấp|khóm))?$|^(?:toàn|cả)\s+(?:xã|phường|thị trấn|huyện|thị xã|tỉnh|thành phố)$", re.I)
TOTAL_LABEL = re.compile(r"^\s*([^:\d]{2,40}):")
PART_ROW = re.compile(r"^trong đó\b", re.I)  # "Trong đó | 12 | …": a part of the row above, of nothing named
ROW_LABEL_WORDS = 10  # a longer first cell describes a programme ("Cấp thẻ BHYT miễn phí cho …"), names no thing
# a table of places: "Xã | Hộ nghèo cuối 2024 | …", "Huyện, thị xã, thành phố | …"
ROW_KIND = re.compile(r"^(?:xã|phường|thị trấn|ấp|khóm|huyện|thị xã|thành phố|quận|tỉnh)\b", re.I)
# a first column's name that says nothing of its rows ("Nội dung | Kế hoạch | Thực hiện"); otherwise it is what each
# row is one of ("Chương trình cho vay | …" over "Hộ nghèo | 214 | …": the loans to the poor)
NAMES_NOTHING = re.compile(r"^(?:tên\s+)?(?:nội dung|lĩnh vực|hạng mục|danh mục|tiêu chí|đơn vị|địa phương)$", re.I)
UNIT_COLUMN = re.compile(r"^(?:đvt|đơn vị tính|đơn vị)$", re.I)  # a column of the unit each row's figures are in
SERIAL = re.compile(r"^(?:s?tt|số thứ tự)$", re.I)  # a column numbering the rows: no part of what they say
# a column of the figures themselves ("Nội dung | Kết quả"): "Sửa chữa nhà ở: 16 căn", not "… kết quả 16 căn"
VALUES_COLUMN = re.compile(r"^(?:kết quả|số lượng|giá trị|số liệu)$", re.I)


def _tables_read(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """A plain-text table (two or more lines of cells between "|", its first the header) read as a line a row says,
    as a newspaper would write it: "Phú Lợi | 148 | 109" under "Xã | Hộ nghèo cuối 2023 | Hộ nghèo cuối 2024" is
    "Xã Phú Lợi: 148 hộ nghèo cuối 2023, 109 hộ nghèo cuối 2024."; a plan's columns come last ("…, kế hoạch 2024
    1.000 lao động"), so the row states what was done. And each such line's label, when a row is of something
    other than a place or a total ("Chủ hộ ông Trần Văn Bé Tư"): what its figures are of."""
    lines = _dashed_tables([line for line in lines if not TABLE_RULE.match(line)])  # (a markdown table's "|---|---|")
    # (the title is no table: "Giảm nghèo | Báo Kiên Giang" over "Thứ Hai, 30/12/2024 | 08:15")
    read, labels = lines[:1], {}
    i = 1
    while i < len(lines):
        header = _cells(lines[i])
        numbered = SERIAL.match(header[0]) is not None and len(header) > 2
        rows = list(itertools.takewhile(lambda cells: 1 < len(cells) <= len(header) and (
            _has_figures(cells) or numbered and _group_row(cells)), map(_cells, lines[i + 1:])))
        if len(header) < 2 or not rows or any(cell[:1].isdigit() for cell in header) or all(map(_group_row, rows)):
            read.append(lines[i])
            i += 1
            continue
        group = ""
        for row in rows:
            cells = _unnumbered(row) if numbered else row
            if _group_row(row):  # "1 | Hộ nghèo" over "1.1 | Đầu năm | Hộ | 120": what the rows under it are of
                group = cells[0]
                continue
            if group and SUBNUMBER.match(row[0]) and fold(group) not in fold(cells[0]):
                cells = [f"{group}, {_as_said_after(cells[0])}", *cells[1:]]
            read.append(_row_said(header[numbered:], cells))
            label = read[-1].split(": ", 1)[0]
            if not (ROW_KIND.match(label) or TOTAL_ROW.match(cells[0]) or PART_ROW.match(cells[0])
                    or len(cells[0].split()) > ROW_LABEL_WORDS):
                labels[read[-1]] = label
        i += 1 + len(rows)
    return read, labels


DASHED_HEADER = re.compile(r"^\((.+)\)$")  # "(Ấp – số người – ngày chi tháng 9 – … – địa điểm)": the columns
CELL_DASH = re.compile(r"\s[–-]\s")


def _group_row(cells: list[str]) -> bool:
    """A numbered row naming a group of the rows under it and no figure: "1 | Hộ nghèo", "II | Việc làm"."""
    return len(cells) == 2 and ROW_NUMBER.match(cells[0]) is not None and not re.search(r"\d", cells[1])


ROW_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\.?$")
SUBNUMBER = re.compile(r"^\d{1,2}\.\d{1,2}\.?$")  # "1.1": a row of the group numbered "1"


def _dashed_tables(lines: list[str]) -> list[str]:
    """A table written as lines of cells between dashes under a line naming its columns in brackets ("1. Ấp Tân Phú
    A – 128 người – thứ Năm 05/9/2024 – … – Nhà văn hóa ấp Tân Phú A."), as a table between "|": only its rows of
    as many cells as it has columns."""
    read = list(lines)
    for i, line in enumerate(lines):
        header = DASHED_HEADER.match(line.strip())
        columns = CELL_DASH.split(header.group(1)) if header else []
        if len(columns) < 3:
            continue
        rows = list(itertools.takewhile(lambda cells: len(cells) == len(columns), (
            CELL_DASH.split(NUMBERED.sub("", row.strip()).rstrip(".")) for row in lines[i + 1:])))
        if len(rows) >= 2:
            read[i] = " | ".join(_capital(c.strip()) for c in columns)
            read[i + 1:i + 1 + len(rows)] = [" | ".join(c.strip() for c in cells) for cells in rows]
    return read


def _cells(line: str) -> list[str]:
    """A table line's cells ("| Xã | Hộ nghèo |" as "Xã | Hộ nghèo"), without the empty ones it ends in ("Tổng cộng |
    | 625 | |": a row of fewer cells than its header is of the first columns)."""
    cells = [cell.strip() for cell in line.strip().removeprefix("|").split("|")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _unnumbered(cells: list[str]) -> list[str]:
    """A numbered row's cells without its number; a total's label may stand in the number's column ("Tổng cộng | |
    625")."""
    if not cells[0][:1].isdigit() and len(cells) > 1 and not cells[1]:
        return [cells[0], *cells[2:]]
    return cells[1:]


def _has_figures(cells: list[str]) -> bool:
    """Whether a line's cells after its first hold a figure, not a year, where others are words ("… | 14,67 |
    20/3/2024 | Trụ sở UBND xã": where the rice was handed out), or say none: a row, not the header of the next table
    ("Chỉ tiêu | 2023 | 2024")."""
    return any(cell[:1].isdigit() and not is_year(cell) for cell in cells[1:]) or len(cells) > 1 and cells[
        -1].lower() in NO_VALUE


def _row_said(header: list[str], cells: list[str]) -> str:
    label, unit_in_label = _cell_unit(cells[0])
    if units := next((i for i, name in enumerate(header) if i and UNIT_COLUMN.match(name)), None):
        # "Hộ nghèo | Hộ | 120 | 95" under "Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện": each figure in households
        unit = cells[units].lower() if units < len(cells) else ""
        header, cells = header[:units] + header[units + 1:], cells[:units] + cells[units + 1:]
        unit_in_label = unit_in_label or unit
    if ROW_KIND.match(header[0]) and not ROW_KIND.match(label) and not TOTAL_ROW.match(label):
        label = f"{re.split(r'[,/]', header[0])[0].strip().capitalize()} {label}"  # "Xã/thị trấn": "Xã …"
    elif not (ROW_KIND.match(header[0]) or NAMES_NOTHING.match(header[0]) or PLAN_HEADING.search(header[0])
              or TOTAL_ROW.match(label)):
        label = f"{header[0]} {_as_said_after(label)}"
    said = [_cell_said(name, value, unit_in_label) for name, value in zip(header[1:], cells[1:])
            if value.lower() not in NO_VALUE]
    said.sort(key=lambda cell: bool(PLAN_HEADING.match(cell)))  # (stable: the others keep their order)
    return f"{label}: {', '.join(said)}."


def _as_said_after(cell: str) -> str:
    """A cell as a sentence says it after its column's name: "May công nghiệp" as "may công nghiệp", "Ông Lê Văn
    Ba" as "ông Lê Văn Ba", a name as written ("Nguyễn Văn A", "Long Mỹ")."""
    words = cell.split()
    if len(words) > 1 and words[1][:1].isupper() and words[0].lower() not in ADDRESSES:
        return cell
    return f"{cell[:1].lower()}{cell[1:]}"


def _cell_unit(cell: str) -> tuple[str, str]:
    """A cell without the unit it gives in brackets, and that unit ("" if none: "Hộ thoát nghèo (kế hoạch)" gives
    none)."""
    unit = CELL_UNIT.search(cell)
    if not unit or re.split(r"[\s/]", unit.group(1))[0].lower() not in CELL_UNITS:  # ("đồng/khóa": in đồng)
        return cell, ""
    return cell[:unit.start()], unit.group(1)


# what a column's figures count, or measure when its name says "Số …" ("Số tháng nợ"; "Ngày chi trả" is a day)
COUNTED_HEAD = re.compile(rf"(?:{UNIT_WRITTEN})(?!\w)", re.I)
MEASURED_HEAD = re.compile(rf"số\s+(?:{'|'.join(MEASURES)})(?!\w)", re.I)


def _cell_said(name: str, value: str, unit_in_label: str) -> str:
    """One cell with what its column says it is: "148 hộ nghèo cuối 2023", "doanh số cho vay 10.480 triệu đồng"."""
    name, unit = _cell_unit(name)
    if VALUES_COLUMN.match(name):
        return f"{value} {unit or unit_in_label}".rstrip()
    first = re.sub(r"^số\s+", "", name, flags=re.I)  # "Số hộ giảm": "39 hộ giảm", "Số tháng nợ": "11 tháng nợ"
    if not (unit or unit_in_label) and (COUNTED_HEAD.match(first) or MEASURED_HEAD.match(name)) \
            and not PLAN_HEADING.match(first) and re.search(r"\d", value):  # ("Ấp | An Lạc": "ấp An Lạc")
        if fold(value).endswith(f" {fold(first)}"):  # the cell says it already: "Số người | 128 người"
            return value
        return f"{value} {first[:1].lower()}{first[1:]}"
    if not (unit or unit_in_label) and re.match(r"nhà\b", name, re.I):  # "Nhà xây mới": "14 căn nhà xây mới"
        return f"{value} căn {name.lower()}"
    return f"{name[:1].lower()}{name[1:]} {value} {unit or unit_in_label}".rstrip()


# an infographic's label naming a commune by its kind, the commune's name after it: "Xã có tỷ lệ hộ nghèo cao nhất: Vân
# Khánh Tây (6,8%)" names xã Vân Khánh Tây
KIND_LABELLED = re.compile(rf"^((Xã|Phường|Thị trấn)\s[a-zà-ỹđ][^:]{{2,80}}):\s+(?!(?i:xã|phường|thị trấn)\b)"
                           rf"(?=[{CAPITALS}][\wÀ-ỹ]*(?:\s+[{CAPITALS}][\wÀ-ỹ]*){{0,3}}\s*(?:\(|$))")


def _plain(line: str) -> str:
    """A line as a newspaper writes it: a social post's emoji are no words ("1️⃣ THẺ BHYT 💳" numbers a section,
    "👉 136 thẻ …" is an item of a list), and "300.000đ" is 300.000 đồng."""
    line = KEYCAP.sub(r"\1. ", line.strip())
    line = KIND_LABELLED.sub(lambda m: f"{m.group(1)}: {m.group(2).lower()} ", line)
    line = EMOJI_BULLET.sub("- ", line)
    line = PICTOGRAPHS.sub(" ", EMOJI_STOP.sub(". ", line))  # "… cho chương trình 💐💐💐 Những tấm lòng …"
    return re.sub(r"\s+(?=[!?.,;:](?:\s|$))", "", re.sub(r"\s{2,}", " ", DONG_SHORT.sub(r"\1 đồng", line))).strip()


CLOSING_BRACKET = re.compile(r"\s*\([^()]*[/;][^()]*\)$")  # (its rows' columns: "(rà soát hộ; …; thực hiện/chỉ tiêu)")


def _is_headline(line: str) -> bool:
    """A numbered news item's headline that states a figure ("1. Ngày hội việc làm thu hút hơn 600 lượt người")."""
    return NUMBERED.match(line) is not None and not line.endswith((".", "!", "?")) and len(
        line.split()) <= NUMBERED_HEADING_WORDS and not _is_heading(line)


def _is_heading(line: str) -> bool:
    """"1. Lĩnh vực lao động, việc làm", "Nhiệm vụ năm 2024:": a section's name, not a statement (a bracket closing
    it says what its rows hold: "II. TIẾN ĐỘ TỪNG ĐƠN VỊ (rà soát hộ; việc làm mới; … thực hiện/chỉ tiêu)")."""
    words = len(CLOSING_BRACKET.sub("", line).split())
    return not line.endswith(STOPS) and (
        NUMBERED.match(line) is not None and words <= NUMBERED_HEADING_WORDS and not _states_figure(line)
        or line.endswith(":") and words <= HEADING_WORDS and not _counts_something(line))


def _is_bare_heading(line: str) -> bool:
    """A shorter line with neither a stop nor a colon nor a figure: "Chỉ tiêu kế hoạch năm 2022"."""
    return (not line.endswith((*STOPS, ",")) and line[:1].isupper() and not _states_figure(line)
            and (len(line.split()) <= BARE_HEADING_WORDS  # or in capitals: "DANH SÁCH PHÂN BỔ … NĂM 2024"
                 or line.isupper() and len(line.split()) <= NUMBERED_HEADING_WORDS))


def _counts_something(line: str) -> bool:
    """Whether a line counts, rates or costs something ("Trao 300 thẻ BHYT, gồm:"), not only names a period or a
    plan ("Nhiệm vụ 6 tháng cuối năm 2024:", "Kế hoạch số 45/KH-UBND:")."""
    return any(f.unit in UNITS or f.unit == "%" or f.name.startswith("amount") for f in figures_of(line))


def _states_figure(line: str) -> bool:
    """Whether a line states a figure (a year or its list number is none): then it is a statement."""
    return re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", NUMBERED.sub("", line))) is not None


def _unquoted(sentence: str) -> str:
    """A sentence without the mark of a quotation it opens or closes but does not hold whole."""
    if sum(sentence.count(q) for q in QUOTES) % 2:
        sentence = sentence.lstrip(QUOTES) if sentence[:1] in QUOTES else re.sub(rf"[{QUOTES}](?=\W*$)", "", sentence)
    return sentence


def _plausible(written: str) -> bool:
    """A figure a district's article may state: a run of digits past any of its figures is no figure."""
    value = decimal_number(written)
    return value is not None and abs(value) <= MAX_VALUE


CLOCK_HOUR = re.compile(r"(?<![\d.,])\d{1,2}\s?giờ\s*$")


def figures_of(sentence: str) -> list[Figure]:
    """Every figure of a sentence, in order: counts with their unit, percentages, money."""
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match, name: str, unit: str) -> None:
        before = sentence[:match.start()]
        if (any(a < match.end() and match.start() < b for a, b in taken) or not _plausible(match.group(1))
                or PLACE_NUMBER.search(before) and not THOUSANDS.fullmatch(match.group(1))  # (not "về xã 1.318 thẻ")
                or YEAR_SAID.search(before) and A_YEAR.fullmatch(match.group(1))  # "năm 2023 hộ …"
                or CLOCK_HOUR.search(before)):  # "lúc 7 giờ 30 sáng": the minutes of a time, no count
            return
        taken.append((match.start(), match.end()))
        found.append(Figure(match.start(1), match.end(1), match.group(1), name, unit))

    for match in MONEY.finditer(sentence):
        currency = match.group(3).upper() if match.group(3).lower() == "usd" else match.group(3).lower()
        add(match, "amount", MONEY_WORDS[(match.group(2) or "").lower()] + currency)  # ("26 USD/người")
    for match in PERCENT.finditer(sentence):
        add(match, "rate", "%")
    for match in COUNT.finditer(sentence):
        add(match, UNITS[match.group(2)], match.group(2))
    for match in OUT_OF.finditer(sentence):  # "16/18 xã": 16 of all 18 (never more than all, nor of a year)
        if int(match.group(1).replace(".", "")) <= int(match.group(2).replace(".", "")) \
                and not A_YEAR.fullmatch(match.group(2)) \
                and not NOT_OUT_OF.search(sentence[:match.start()]):
            add(match, UNITS[match.group(3)], match.group(3))
    for match in DURATION.finditer(sentence):
        if not A_YEAR.fullmatch(match.group(1)):
            add(match, "duration", match.group(2))
    for match in ANY_COUNT.finditer(sentence):  # "3 Mẹ Việt Nam anh hùng": a count of what its word says
        if fold(match.group(2)) not in NOT_COUNTED and not A_YEAR.fullmatch(match.group(1)):
            add(match, "count", match.group(2))
    found.sort(key=lambda f: f.start)
    # (who says it is not what is counted: "Bà Hà trả lời: năm 2024 mức hỗ trợ xây mới là 40 triệu đồng/căn")
    worded = SPEECH_LABEL.sub(lambda said: " " * len(said.group(0)), sentence)
    names: dict[str, int] = {}
    counted = rated = ""
    for figure in found:
        names[figure.name] = names.get(figure.name, 0) + 1
        if figure.name == "rate" and names["rate"] > 1:
            figure.name = "share" if names["rate"] == 2 else f"share_{names['rate'] - 1}"
        elif names[figure.name] > 1:
            figure.name = f"{figure.name}_{names[figure.name]}"
        figure.subject = _subject(worded, figure)
        if figure.name.startswith("duration"):  # how long is of what comes before ("thời hạn hợp đồng là 3 năm")
            figure.subject = _trim(re.sub(r"\s+kéo dài\s*$", " ", re.split(r"[,;:(]", worded[:figure.start])[-1]))
        if not figure.subject:  # "5.404 hộ nghèo, chiếm 1,88%", "xuống còn 712 hộ": a share or the new count of it
            figure.subject = counted or _rate_of(worded, figure)
        elif figure.unit != "%" and not figure.name.startswith(("amount", "duration")):  # what later figures count
            counted = figure.subject
        figure.asked = _asked(worded, figure, found)
        figure.how_many = _states_how_many(figure.asked) and not DONE_FOR.match(PIECE_AFTER.match(worded, figure.end)[0])
        # "tỷ lệ hộ nghèo giảm từ 3,42%, tương ứng 1.559 hộ, xuống còn 2,65%": the same rate, and the households it is
        changed = all(fold(w) in CHANGE for w in figure.subject.split())
        if figure.unit == "%" and changed and rated:
            figure.subject = rated
            figure.asked = figure.asked if rated in figure.asked else f"{rated} {figure.asked}"
        elif figure.unit == "%" and figure.subject:  # each rate says what the counts after it stand for
            of = figure.subject.split()
            while of and fold(of[-1]) in CHANGE:  # "tỷ lệ hộ nghèo giảm từ": of "tỷ lệ hộ nghèo"
                of.pop()
            rated = " ".join(of) if RATE_NAMED.match(figure.subject) else f"tỷ lệ {' '.join(of)}"
        elif rated and CORRESPONDING.search(worded[:figure.start]):
            of = rated.split(maxsplit=2)[2] if len(rated.split()) > 2 else ""
            figure.subject = of if fold(of).split()[:len(figure.unit.split())] == fold(figure.unit).split() else figure.subject
        if figure.name.startswith("amount") and _content(label := _money_label(figure.asked)):
            figure.subject = label  # what the amount is ("thu nhập bình quân mỗi tháng"), not "triệu đồng/tháng"
        if figure.name.startswith("amount") and (restated := RESTATED.search(worded[:figure.start])):
            # "… hưởng hệ số 2,0, tức 540.000 đồng/tháng": the amount of what the clause before says
            of = re.split(r"[;:()]|,\s", worded[:restated.start()])[-1]
            of = _trim(re.sub(r"^\s*nếu (?:là\s+)?|\s*(?:hệ số|mức)?\s*[\d.,]+$", "", of))
            figure.subject, figure.asked = (RESTATING.sub(of, text, count=1) for text in (figure.subject, figure.asked))
    return found


def _subject(sentence: str, figure: Figure) -> str:
    """What a figure counts, in the article's words: the unit and what follows it ("hộ nghèo"),
    or, when the unit stands alone, what comes before the number ("hộ nghèo dân tộc Khmer 3.239 hộ")."""
    if figure.unit == "%":
        before = re.split(r"[,;:()]|\s(?:chiếm|trong đó)\s", sentence[:figure.start])[-1].strip()
        return _trim(before) if len(before.split()) >= 2 else ""
    unit_words = figure.unit.split()
    out_of = re.match(OF_ALL + r"\s+" + _unit_said(figure) + r"(?:,\s*(?:thị trấn|phường|xã))*\s+(.*)",
                      sentence[figure.end:])
    if out_of:  # "16/18 xã, thị trấn đạt tiêu chuẩn …": what they did
        said = PHRASE_STOP.split(out_of.group(1) + " ", maxsplit=1)[0].split()[:SUBJECT_WORDS]
        return _trim(" ".join([*unit_words, *said]))
    following, _ = _following(sentence, figure)
    if following and not all(fold(w) in CHANGE for w in following.split()):  # "1.310 hộ xuống còn 905 hộ"
        return _trim(" ".join([*unit_words, following]))
    head = sentence[:figure.start]
    # after the count or the rate before it ("đạt 82,6% kế hoạch năm là 1.400 người")
    head = head[max((m.end() for m in (*COUNT.finditer(head), *PERCENT.finditer(head))), default=0):]
    if head.rstrip().endswith(":"):  # "Chùa Bửu Lâm (ấp Cần Phú): 5.000.000 đồng": the label, not its aside
        head = ASIDE.sub("", head)
    pieces = re.split(r"[,;:()]|\b[Tt]rong đó\b", head)
    before = _timeless(pieces[-1])
    if before and all(fold(w) in CHANGE for w in before.split()):  # "giảm từ 1.046 hộ xuống còn 712 hộ"
        return ""
    if not before and head.rstrip().endswith(":") and len(pieces) > 1 and _content(pieces[-2]) and not ROW.match(head):
        before = _timeless(pieces[-2])  # a report's line: "- Số hộ nghèo: 215 hộ"
    if head.rstrip().endswith(":") and _total_label(head):  # "Tổng cộng toàn xã: 522 người": all of them
        return " ".join(unit_words)
    if len(before.split()) < 2:
        return " ".join(unit_words)
    # "hộ nghèo dân tộc Khmer 3.239 hộ" counts what comes before, "giải quyết việc làm cho 2.480 lao động" is
    # what was done for them; "huyện đã trao 1.912 phần quà": the gifts given
    for_them = fold(before.split()[-1]) in {"cho", "voi"}
    if figure.name.startswith("amount"):  # "hỗ trợ 138 hộ nghèo, hộ cận nghèo với kinh phí 2,07 tỷ": the cost
        before = FOR_WHOM_SAID.split(before)[-1]
    before = _trim(before)
    if for_them or figure.name.startswith("amount") or fold(unit_words[0]) in fold(before).split():
        return before
    return _trim(f"{figure.unit} {before}")


def _total_label(text: str) -> str:
    """The label a report's total line opens with, when it says nothing but that it is the total ("Tổng cộng toàn
    xã: 522 người" -> "Tổng cộng toàn xã"; "Tổng số hộ nghèo: 215 hộ" says what it totals: "")."""
    label = TOTAL_LABEL.match(text)
    return label.group(1).strip() if label and TOTAL_ONLY.match(label.group(1).strip()) else ""


def _unit_said(figure: Figure) -> str:
    """A pattern of a figure's unit as the article writes it after the number ("lao động": "lao\\s+động")."""
    return r"\s+".join(map(re.escape, figure.unit.split()))


def _rate_of(sentence: str, figure: Figure) -> str:
    """What a rate said before its subject is of: "trên 80% học viên có việc làm" -> "học viên có việc làm";
    not "đạt 118,3% kế hoạch", which measures against a plan."""
    if figure.unit != "%":
        return ""
    following, _ = _following(sentence, figure)
    return following if len(following.split()) >= 2 and not AGAINST.match(following) else ""


def _timeless(words: str) -> str:
    """Words without the period they say it of ("năm 2022 huyện giải quyết việc làm" -> "huyện giải quyết việc làm")."""
    return " ".join(PERIOD_WORDS.sub(" ", words).split())


def _following(sentence: str, figure: Figure) -> tuple[str, int]:
    """The words after a figure and its unit up to where its phrase stops, and where they end."""
    # (after "/18" of "16/18 xã")
    unit = re.match(rf"(?:{OF_ALL})?\s?" + _unit_said(figure), sentence[figure.end:], re.I)
    start = figure.end + (unit.end() if unit else 0)
    passive = re.match(r"\s*được\s", sentence[start:])  # "137 người được doanh nghiệp nhận vào làm việc"
    rest = ("được " if passive else "") + PHRASE_STOP.split(sentence[start + (passive.end() - 1 if passive else 0):] + " ",
                                                      maxsplit=1)[0]
    words = []
    for word in rest.split()[:SUBJECT_WORDS]:
        if re.match(r"\d", word) or DATE.search(word):
            break
        words.append(word)
    else:
        words = _cut(words, len(rest.split()))
    following = _trim(" ".join(words), lead=False) if words else ""
    found = re.search(re.escape(following), sentence[start:], re.I) if following else None  # _trim lowers its case
    return following, (start + found.end() if found else start)


def _piece(sentence: str, at: int) -> tuple[int, int]:
    """The span of the piece of ``sentence`` (between commas, semicolons, brackets) holding position ``at``."""
    for match in PIECE.finditer(sentence):
        if match.start() <= at < match.end():
            return match.start(), match.end()
    return 0, len(sentence)


def _content(words: str) -> bool:
    """Whether words say something beyond linking a figure to what came before."""
    return any(fold(w) not in LINKING for w in re.findall(r"\w+", words))


LABEL_ONLY = re.compile(r"^([^:]{2,80}):\s*$")  # a list's line: what it is of, a colon, and its figure
ASIDE = re.compile(r"\s*\([^()]*\)")  # "(ấp Cần Phú)", "(chủ tiệm vàng Kim Mỹ)": said of a label, no part of it
def _asked(sentence: str, figure: Figure, found: list[Figure]) -> str:
    """The figure's clause with the figure asked for: "huyện giải quyết việc làm mới cho bao nhiêu lao động".

    The clause starts after the figure before it in the same piece; when it only links the figure to what
    came before ("chiếm 3,74%", "đạt 56,7% kế hoạch"), the piece before says what it is about."""
    start, _ = _piece(sentence, figure.start)
    earlier = [f for f in found if start <= f.start < figure.start]
    lead_start = _following(sentence, earlier[-1])[1] if earlier else start
    lead = _lower(LEADING.sub("", RANGE_START.sub("", sentence[lead_start:figure.start])).strip())
    if labelled := LABEL_ONLY.match(sentence[:figure.start]):  # "Chùa Bửu Lâm (ấp Cần Phú): 5.000.000 đồng"
        # ("Tổng cộng toàn xã: 522 người": all of them, in all)
        lead = "tổng cộng" if _total_label(labelled.group(0)) else _trim(ASIDE.sub("", labelled.group(1)))
    part_of = bool(re.match(r"(?:[Tt]rong đó|chiếm)\b", sentence[lead_start:figure.start].strip(" ,")))
    if figure.unit == "%":
        # "chiếm 3,61% so với tổng số hộ": a share of the whole, not a comparison to ask about
        of = re.sub(r"^\s*so với\s+", "", re.split(r"[,;:.()]", sentence[figure.end + 1:], 1)[0])
        asked, tail = "bao nhiêu phần trăm", " ".join(of.split()[:7])
    elif figure.name.startswith("amount"):  # what it is the cost of, the questions add
        per = re.match(rf"\s+{re.escape(figure.unit)}\s?/\s?(\w+)", sentence[figure.end:], re.I)
        each = f"mỗi {per.group(1)} " if per and f"mỗi {per.group(1)}" not in lead else ""
        asked, tail = f"{each}bao nhiêu tiền", ""
    else:
        asked, tail = f"bao nhiêu {figure.unit}", _following(sentence, figure)[0]
    counted = [f.subject for f in found if f.start < figure.start and f.unit in UNITS and f.subject]
    # an amount's few words say what it is ("tổng trị giá"); with none ("từ 150-"), the piece before does
    says_little = not lead if figure.name.startswith("amount") else len(lead.split()) < 2 or not _content(lead)
    if part_of and counted and not figure.name.startswith("amount"):  # "trong đó có 212 học viên", "chiếm 3,74%"
        lead = f"{counted[-1]} {lead}"  # a part of what was counted
    elif says_little and earlier:  # "mở 16 lớp ... cho 445 lao động"
        lead = _lower(FIGURE_SAID.sub("", sentence[start:figure.start]).strip())
    elif says_little:
        before = sentence[:start].rstrip(" ,;(")
        prev_start, _ = _piece(before, max(len(before) - 1, 0))
        previous = FIGURE_SAID.sub("", before[prev_start:]).strip()
        lead = f"{_lower(previous)} {lead}".strip() if previous and not DATE.search(previous) else lead
    return " ".join(f"{lead} {asked} {_trim(tail, False)}".split())


def _lower(phrase: str) -> str:
    """A phrase's first letter in lower case, unless it starts an abbreviation ("UBND") or a name of
    capitalised words ("Việt Nam", "Mẹ Việt Nam anh hùng")."""
    words = phrase.split()
    name = len(words) > 1 and words[1][:1].isupper()
    return phrase[:1].lower() + phrase[1:] if phrase[:1].isupper() and not phrase[1:2].isupper() and not name else phrase


LEADING = re.compile(r"^[\s,:]*(?:(?:và|đồng thời|trong đó|theo đó|nên|riêng|ngoài ra|bên cạnh đó|cùng với đó)\b"
                     r"[\s,:]*)*", re.I)
TRAILING = {"co", "la", "va", "cua", "voi", "tong", "so", "toan", "duoc", "dat", "trong", "tai", "o", "nam", "cho", "tron", "con"}


def _trim(phrase: str, lead: bool = True) -> str:
    """A noun phrase without the words that only join it to the sentence (and ``lead``: at its start too)."""
    phrase = _lower(LEADING.sub("", phrase) if lead else phrase)
    phrase = re.sub(r"\s+(?:toàn|trên địa bàn|của)\s+(?:tỉnh|huyện|xã|thị xã|thành phố)\b.*$", "", phrase)
    phrase = re.sub(r"^(?:(?:toàn|cả)\s+)?(?:huyện|tỉnh)\s+", "", phrase) if lead else phrase
    words = [w for w in phrase.split() if not re.fullmatch(rf"{NUMBER}|%", w)]
    while words and fold(words[-1]) in TRAILING | QUALIFIERS:  # "tổng trị giá khoảng": "trị giá"
        words.pop()
    while lead and words and fold(words[0]) in {"co", "la", "va", "cua", "voi", "trong", "do", "theo", "tong", "so"}:
        words.pop(0)
    return " ".join(_cut(words[:SUBJECT_WORDS + 2], len(words)))


def _cut(words: list[str], said: int) -> list[str]:
    """The first of ``said`` words, cut short, without a last phrase cut in its middle ("… ở nước ngoài theo hợp"
    for "theo hợp đồng")."""
    if said <= len(words):
        return words
    return words[:max((i for i, w in enumerate(words) if i >= 2 and fold(w) in PHRASE_STARTS), default=len(words))]


def _ahead(text: str, published: str) -> bool:
    """Whether a statement opens with a year's end well after the article was published ("Đến cuối năm 2025, tỷ lệ
    hộ nghèo còn 1,75%" written in February 2025): a target, whatever its words; not what was done ("đã cấp … thẻ
    có giá trị đến hết năm 2025")."""
    opening = AHEAD.match(text)
    return bool(opening) and not DONE.search(text) and (
        dt.date(int(opening.group(1)), 12, 31) - dt.date.fromisoformat(published)).days > AHEAD_DAYS


def _year_to_come(period: Period | None, text: str, published: str) -> bool:
    """Whether a statement is of a year after the one the article was published in, as its paragraph says ("năm 2025
    là năm cuối … Thứ hai, giải quyết việc làm cho 3.100 lao động" in December 2024): a target; not what was done."""
    # (its date is capped at the publication's: the year it names says which; the year under way is no target)
    return bool(period) and bool(re.fullmatch(r"năm \d{4}", period.label)) and not DONE.search(text) and (
        int(period.label[-4:]) > int(published[:4]))


def _plans(text: str) -> bool:
    """Whether a text sets targets: a plan word not measuring a result ("đạt 85,2% chỉ tiêu" is a result)."""
    return bool(PLAN.search(MEASURED.sub(" ", text)))


def _statements(sentence: str) -> list[str]:
    """A sentence's statements: its clauses between semicolons when each counts something of its own;
    a clause that gives only money ("kinh phí chi trả ... 15,8 tỷ đồng") is the cost of the one before, one
    that gives only a rate without saying of what ("riêng xã A còn ở mức 4,87%") the same rate as it."""
    # "… Ngày hội việc làm với 18 doanh nghiệp …; 137 người được nhận": one event; "phấn đấu …; …": one plan
    # ("… có 1.512 hộ nghèo; dự kiến đến cuối năm …": what is, then what is planned)
    if OCCASION.search(sentence) or _plans(sentence.split(";")[0]):
        return [sentence]
    if _row(sentence):  # each commune's row is one statement, however many clauses it has
        rows = ROW_START.split(sentence)
        return [row.rstrip(" .;") + "." for row in rows]
    clauses: list[str] = []
    for clause in (c.strip() for c in _outer_clauses(sentence)):
        figures = figures_of(clause)
        if clauses and (not figures or all(f.name.startswith("amount") for f in figures) or _goes_on(figures)
                        or BREAKDOWN.match(clause)
                        or all(f.unit == "%" for f in figures) and not RATE_NAMED.search(clause)):
            clauses[-1] += "; " + clause
        else:
            clauses.append(clause)
    if len(clauses) > 1 and all(figures_of(c) for c in clauses):
        # "Dư nợ tập trung vào các chương trình: A 291,5 tỷ đồng …; B 176,8 tỷ đồng …": B's is outstanding too
        # (only what a list opens with, and never to a clause labelled itself: "…; dịp 27/7: 3.285 phần quà")
        listed = LIST_LEAD.match(clauses[0])
        listed = listed if listed and not NAMED.search(listed.group(1)) and not SAYS.search(listed.group(1)) else None
        return [(f"{listed.group(1)}: " if listed and i and ":" not in c else "")
                + re.sub(r"^[Tt]rong đó,\s*", "", c).rstrip(".") + "." for i, c in enumerate(clauses)]
    return [sentence]


# what a sentence's list is of, before its colon and first figure ("Dư nợ tập trung vào các chương trình:"), not
# who says it ("Ông Lý Minh Sang cho biết:")
LIST_LEAD = re.compile(r"^([^:\d]{3,80}):\s")
SAYS = re.compile(r"\b(?:cho biết|nói|chia sẻ|phát biểu|nhấn mạnh|thông tin|báo cáo|trả lời)\b", re.I)


def _outer_clauses(sentence: str) -> list[str]:
    """A sentence's clauses between semicolons outside brackets ("(9.815 hộ nghèo, 1,85%; 8.960 hộ …)" is one)."""
    clauses, depth, start = [], 0, 0
    for at, char in enumerate(sentence):
        depth += (char == "(") - (char == ")" and depth > 0)
        if char == ";" and not depth:
            clauses.append(sentence[start:at])
            start = at + 1
    return [*clauses, sentence[start:]]


def _headed_by(article: Article, n: int) -> list[str]:
    """What the headings over the n-th sentence say it is about ("2. Tư vấn đi làm việc ở nước ngoài tại xã Long Bình
    Điền"; "NGÀY HỘI VIỆC LÀM" over "Thời gian, địa điểm"), but not of headings of plans (those make it a target);
    and the employer its list item opens with ("Lương 12–14 triệu đồng/tháng" of "Công ty TNHH Vận tải Minh Trí")."""
    return [NUMBERED.sub("", h).rstrip(" :") for h in (article.chapters[n - 1], article.headings[n - 1],
                                                       article.sections[n - 1]) if h and not _plan_heading(h)] + (
        [article.employers[n - 1]] if article.employers[n - 1] else [])


def _plan_heading(heading: str) -> bool:
    """A heading of plans ("Nhiệm vụ năm 2024", "II. KẾT LUẬN VÀ PHÂN CÔNG NHIỆM VỤ"); a longer one opens with its plan
    word ("PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM": not "KIÊN TRÌ THỰC HIỆN KẾ HOẠCH GIẢM NGHÈO …"); never one opening
    with what was done or lacking ("Hạn chế và mục tiêu nhiệm kỳ mới": there only a statement's own plan words make a
    target)."""
    heading = NUMBERED.sub("", MEASURED.sub(" ", heading).strip())
    if RESULT_HEADING.match(heading):
        return False
    return bool(PLAN_HEADING.match(heading) if len(heading.split()) > BARE_HEADING_WORDS else PLAN_HEADING.search(heading))


def _row(statement: str) -> re.Match | None:
    """A table's row: a commune's label and a colon, or its name alone before its figure ("xã A 9 căn, xã B 7 căn"
    lists communes)."""
    row = ROW.match(statement)
    return row if row and (row.group(0).endswith(":") or len(COMMUNE_WRITTEN.findall(statement)) == 1) else None


def _first_count(figures: list[Figure]) -> Figure | None:
    """A statement's first count (not a rate, not money)."""
    return next((f for f in figures if f.unit in UNITS), None)


def _goes_on(figures: list[Figure]) -> bool:
    """Whether a statement's first count only says what an earlier one counted became ("đến cuối năm
    giảm còn 846 hộ"): it counts nothing of its own."""
    first = _first_count(figures)
    return first is not None and not first.subject


def _paragraph_statements(statements: list[tuple[int, int, str]], of_commune: bool = False) -> list[tuple[int, int, str]]:
    """Statements of one paragraph that count the same thing are one ("Đầu năm 2023 có 1.770 hộ nghèo.
    Qua rà soát cuối năm, còn 1.207 hộ nghèo"): the figure before and after, answered together; in a
    commune's article (``of_commune``), not the commune's with its whole district's ("toàn huyện")."""
    joined: list[tuple[int, int, str]] = []
    counts = ""  # what the statement being joined counts first, folded
    for n, paragraph, text in statements:
        figures = figures_of(text)
        first = _first_count(figures)
        if (joined and joined[-1][1] == paragraph and first is not None and not _plans(text + joined[-1][2])
                and (not first.subject or fold(first.subject) == counts)
                and not any(c.group(0) not in joined[-1][2] for c in PLACE_WRITTEN.finditer(text))  # another place
                and not (of_commune and (_district_wide(text) or _district_wide(joined[-1][2])))):  # and its district's
            listed = LIST_LEAD.match(text)  # (the list's lead said once: "Dư nợ …: hộ cận nghèo …; hộ nghèo …")
            said = (f"{joined[-1][2].rstrip('.')}; {text[listed.end():]}" if listed
                    and joined[-1][2].startswith(listed.group(0)) else f"{joined[-1][2]} {text}")
            joined[-1] = (joined[-1][0], paragraph, said)
            continue
        joined.append((n, paragraph, text))
        counts = fold(first.subject) if first is not None else ""
    return joined


def _periods_of(statement: str, published: str, year: int | None) -> list[str]:
    """When each sentence of a joined statement is as of, when they differ ("đầu năm 2023", "cuối năm 2023"):
    words a question may tell them apart by."""
    labels = [p.label for p in (period_of(part, published, year) for part in re.split(r"(?<=[.;])\s+", statement)) if p]
    return list(dict.fromkeys(labels)) if len(set(labels)) > 1 else []


def _before_rows(said: dict[int, list[tuple[str, str]]], paragraph: int, sentence: str) -> tuple[str, str]:
    """What a table's rows are of, and the heading it is under: the paragraph's sentences before the row's, when it
    opens with others ("Huyện xây dựng 96 căn nhà đại đoàn kết. Xã Trung Hưng 18 căn; xã Đông Hiệp 15 căn"), else the
    paragraph before ("… đã giải quyết việc làm cho 1.850 lao động. Kết quả theo từng xã:"); ``said``: each
    paragraph's sentences and their heading."""
    own = list(itertools.takewhile(lambda said_there: said_there[0] != sentence, said.get(paragraph, [])))
    if own and not _row(own[0][0]):
        return " ".join(text for text, _ in own), own[0][1]
    lead = next((p for p in sorted(said, reverse=True) if p < paragraph and not _row(said[p][0][0])), None)
    return (" ".join(text for text, _ in said[lead]), said[lead][0][1]) if lead is not None else ("", "")


def _unshouted(heading: str, place: str) -> str:
    """A heading written in capitals, as a sentence writes it, with the place's name as written ("DANH SÁCH PHÂN BỔ
    … HUYỆN GIỒNG RIỀNG" -> "Danh sách phân bổ … huyện Giồng Riềng")."""
    bare = CLOSING_BRACKET.sub("", heading)  # (a bracket after it as written: "TIẾN ĐỘ (thực hiện/chỉ tiêu)")
    if not bare.isupper():
        return heading
    said = bare.capitalize() + heading[len(bare):]
    return re.sub(re.escape(place.lower()), place, said) if place else said


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def topic_of(texts: list[str], topics: set[str]) -> str:
    """The topic of the first text that has a topic's words (what a figure counts, then its sentence)."""
    for text in texts:
        lower = text.lower()
        for topic, words in TOPIC_WORDS:
            if topic in topics and any(w in lower for w in words):
                return topic
    return next((t for t in ("event", "welfare") if t in topics), sorted(topics)[0] if topics else "news")


def period_of(text: str, published: str, year: int | None = None) -> Period | None:
    """When the statement's figures are as of, from its own words: a date ("ngày 8/2/2023", "Ngày 11-1"),
    months of a year ("6 tháng đầu năm 2024"), a year's end or a year. ``year``: the article's, for a day
    or months written without one. Never later than the article's publication."""
    year = year or int(published[:4])
    # "(27/7/1947 - 27/7/2022)": an anniversary's dates, not the statement's; "đầu kỳ (cuối năm 2021)" says its own
    text = re.sub(r"\((?!\s*(?:cuối|hết|đầu)\s+năm\s+\d{4}\s*\))[^)]*\)", "", text, flags=re.I)
    text = COMPARED_WITH.sub(" ", text)  # "giảm 25 người so với năm 2019": the year compared with, not its own
    text = STILL_TO_DO.sub(" ", text)
    text = COUNTED_BY.sub(r"\1", text)
    day: tuple[int, int, int] | None = None
    if dates := DATE.findall(text):
        day = tuple(map(int, dates[-1]))  # type: ignore[assignment]
    elif match := DAY_MONTH.search(text):
        day = (int(match.group(2)), int(match.group(3)), _year_of_day(match, published))
    if day:
        try:
            return Period(dt.date(day[2], day[1], day[0]).isoformat(), f"ngày {day[0]}/{day[1]}/{day[2]}")
        except ValueError:
            pass
    if (match := MONTHS_SINCE_START.search(text)) and 1 <= (month := int(match.group(2))) <= 12:
        of = int(match.group(3) or match.group(1) or year)
        end = dt.date(of, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(of, 12, 31)
        return _capped(end, f"{month} tháng đầu năm {of}", published)
    if match := MONTHS.search(text):
        months, which, of = MONTH_WORDS[match.group(1).lower()], match.group(2).lower(), int(match.group(3) or year)
        end = dt.date(of, months + 1, 1) - dt.timedelta(days=1) if which == "đầu" and months < 12 else dt.date(of, 12, 31)
        return _capped(end, f"{months} tháng {which} năm {of}", published)
    said = YEAR.search(text)
    of = int(said.group(1)) if said else year  # "Đầu năm 2023 … cuối năm": of 2023
    if ends := [int(m.group(1) or of) for m in YEAR_END.finditer(text)]:
        # "Nếu cuối năm 2021 xã còn 286 hộ nghèo, thì đến cuối năm 2023 chỉ còn 119 hộ": as of the later one (one
        # still to come says what is hoped for, as of itself: "Đến cuối năm 2025 … so với cuối năm 2023")
        of = max(ends) if max(ends) <= int(published[:4]) else ends[0]
        return _capped(dt.date(of, 12, 31), f"cuối năm {of}", published)
    if match := YEAR_START.search(text):
        of = int(match.group(1) or of)
        return _capped(dt.date(of, 1, 1), f"đầu năm {of}", published)
    if match := said:
        return _capped(dt.date(int(match.group(1)), 12, 31), f"năm {match.group(1)}", published)
    return None


def _lead_of(sentences: list[str]) -> list[str]:
    """The article's lead: its first sentence, and those after it up to the first stating a figure (a dateline, a
    greeting, "Sau đây là bản tin …, điểm lại kết quả năm 2024")."""
    opening = sentences[:1]
    for sentence in sentences[1:LEAD_SENTENCES]:
        if figures_of(sentence) or NAMED.search(sentence) or SOMEONE.search(sentence):  # ("Năm 2023, chồng chị mất")
            break
        opening.append(sentence)
    return opening


def _year_of_day(match: re.Match, published: str) -> int:
    """The year of "Ngày 11-1" in an article published on ``published``: the last such day up to it, or the next
    when the sentence says it is to come ("từ ngày 1-3, nhiệm vụ … sẽ chuyển về Phòng Nội vụ", written in February)."""
    day, month, year = int(match.group(2)), int(match.group(3)), int(published[:4])
    if end := RANGE_END.match(match.string, match.end()):  # "từ ngày 15/4 đến ngày 19/4/2024": the end's year
        return int(end.group(3)) - ((month, day) > (int(end.group(2)), int(end.group(1))))
    passed = (month, day) <= (int(published[5:7]), int(published[8:10]))
    if TO_COME.search(match.string, match.end()) and not SO_FAR.match(match.string, match.end()):
        return year + 1 if passed else year  # the next such day
    # a day soon after the article is this year's: a notice's deadline ("nộp trễ nhất ngày 21/3", written on 14/3)
    return year if passed or _days_between(published, year, month, day) <= SOON_DAYS else year - 1


def _days_between(published: str, year: int, month: int, day: int) -> int:
    try:
        return (dt.date(year, month, day) - dt.date.fromisoformat(published[:10])).days
    except ValueError:  # "29/2" of a year without it
        return SOON_DAYS + 1


def _dated_day(match: re.Match, published: str) -> str:
    """A day without its year with its year: "tối 26/7" as "tối 26/7/2023"; "Sáng 18-2" kept as written, its year
    after it ("Sáng 18-2 (18/2/2025)"), as the asker may quote it."""
    day, month, year = match.group(2), match.group(3), _year_of_day(match, published)
    if "-" in match.group(0):
        return f"{match.group(0)} ({day}/{month}/{year})"
    return f"{match.group(1)}{day}/{month}/{year}"


def _going_on(period: Period, published: str) -> Period:
    """What a period says of the statements after it: the start of a year is a moment; its year goes on."""
    if start := re.fullmatch(r"đầu năm (\d{4})", period.label):
        return _capped(dt.date(int(start.group(1)), 12, 31), f"năm {start.group(1)}", published)
    return period


def _capped(end: dt.date, label: str, published: str) -> Period:
    return Period(min(end.isoformat(), published), label)


def _with_place(asked: str, place: str) -> str:
    """A clause as a question about the place: its "toàn huyện" becomes the place's name, or the place leads."""
    if not place:
        return _capital(asked) + "?"
    own = re.compile(OWN_PLACE.pattern.format(name=re.escape(place)), re.I)
    if (said := own.match(asked)) and not NAME_FOLLOWS.match(asked, said.end()):  # "Huyện Cai Lậy": another place
        return own.sub(place, asked, count=1) + "?"
    if fold(place) in fold(asked):
        return _capital(asked) + "?"
    return f"Ở {place}, {asked}?"


def questions_for(figures: list[Figure], place: str, period: Period | None = None, plan: str = "") -> list[str]:
    """Questions the statement answers, from the words around each figure (nothing else): its clause
    with the figure asked for, and what it counts asked plainly; with the period when the article gives one.
    A ``plan`` ("phấn đấu") is asked as one: its figures are targets, not what there is."""
    where = f" của {place}" if place else ""
    asked: list[str] = []
    counted = next((f.subject for f in figures if f.unit != "%" and not f.name.startswith("amount") and f.subject), "")
    for figure in figures:
        subject = figure.subject
        if figure.asked and len(figure.asked.split()) > 3:
            clause = figure.asked if not plan or plan in figure.asked else f"{place or 'địa phương'} {plan} {figure.asked}"
            asked.append(_with_place(clause, place))
        if plan and figure.unit not in MEASURES:
            target = _target(subject)
            when = f"{_capital(period.label)}, " if period else ""
            how_much = f"{target} bao nhiêu phần trăm" if figure.unit == "%" else f"có bao nhiêu {target}"
            asked += [f"{when}{place or 'địa phương'} {plan} {how_much}?",
                      f"Chỉ tiêu {target}{where}{' ' + period.label if period else ''} là bao nhiêu?"]
            continue
        if not subject and not figure.name.startswith("amount"):
            continue
        if figure.unit == "%":
            rate = subject if fold(subject).startswith("ty le") else f"tỷ lệ {subject}"
            asked += [f"{_capital(rate)}{where} là bao nhiêu phần trăm?", f"{_capital(subject)} chiếm bao nhiêu phần trăm?"]
        elif figure.name.startswith("amount"):
            label = _money_label(figure.asked)
            for what in dict.fromkeys(w for w in (label if _content(label) and not label.startswith("mỗi") else "",
                                                  _joined(label, counted) if counted else "") if w):
                asked += [f"{_capital(what)}{where} là bao nhiêu tiền?", f"{_capital(what)}{where} trị giá bao nhiêu?"]
        elif figure.unit not in MEASURES:  # how long or how old is asked by its clause only ("kéo dài bao nhiêu tháng")
            noun = subject if fold(subject.split()[0]) in fold(figure.unit).split() else f"{figure.unit} {subject}"
            if beneficiaries_in(tokens(noun)) and not figure.how_many:
                continue  # "hỗ trợ 138 hộ nghèo", "giảm 351 hộ nghèo": not how many poor households there are
            asked += [f"{place or 'Địa phương'} có bao nhiêu {noun}?", f"Số {noun}{where} là bao nhiêu?"]
            if period:
                asked.append(f"{_capital(period.label)}, {place or 'địa phương'} có bao nhiêu {noun}?")
    # "dân tộc Khmer" is asked "người Khmer" too: the same people, as residents name them
    asked += [ETHNIC.sub(r"người \1", q) for q in asked if ETHNIC.search(q)]
    return list(dict.fromkeys(q[:300] for q in asked))


def _states_how_many(asked: str) -> bool:
    """Whether a figure's clause says how many there are ("toàn huyện có", "còn", "hộ nghèo:", "hộ nghèo Khmer 120
    hộ"), not what was done for, or happened to, so many ("hỗ trợ", "giảm")."""
    lead = asked.partition("bao nhiêu")[0].rstrip()
    before = [w for w in fold(lead).split() if w not in QUALIFIERS]
    # "hộ cận nghèo dân tộc Khmer 5.267 hộ", "Số hộ nghèo: 215 hộ": what is counted, then how many
    named = bool(beneficiaries_in(tokens(lead)))
    return (not before or before[-1] in STOCK_WORDS and not lead.endswith(":") or named
            or lead.endswith(":") and before[0] in {"so", "tong"})


def _target_year(sentence: str, when: Period) -> str:
    """The year a plan is for: a later year it names ("dịp Tết Quý Mão 2023, huyện dự kiến trao …", said in
    2022), else when it was set."""
    said = YEAR_RANGE.sub(" ", re.sub(r"\([^)]*\)", "", sentence))  # "giai đoạn 2022 - 2025" is no year it is for
    for years in (YEAR.findall(said), BARE_YEAR.findall(said)):  # "năm 2024" first, then "Tết Quý Mão 2023"
        if later := [int(y) for y in years if int(y) > int(when.as_of[:4])]:
            return f"năm {min(later)}"
    return when.label


def _target(subject: str) -> str:
    """What a plan's figure is the target of: "phấn đấu giảm tỷ lệ hộ nghèo xuống dưới" -> "tỷ lệ hộ nghèo"."""
    return " ".join(re.sub(rf"{PLAN.pattern}|\b(?:giảm|tăng|xuống|lên|dưới|trên|ít nhất|tối thiểu|còn|đưa)\b", " ",
                           subject, flags=re.I).split())


def _money_label(asked: str) -> str:
    """What an amount is ("tổng kinh phí", "mỗi căn", "kinh phí chi trả 6 tháng đầu năm"): the words
    before "bao nhiêu tiền", without "hơn", "trên", "khoảng", nor whom it was for ("hỗ trợ 138 hộ nghèo, hộ cận
    nghèo với kinh phí 2,07 tỷ": "kinh phí")."""
    label = FOR_WHOM_SAID.split(asked.split("bao nhiêu tiền", 1)[0])[-1].split()
    while label and fold(label[-1]) in QUALIFIERS:
        label.pop()
    return " ".join(label)


def _joined(label: str, counted: str) -> str:
    """"mỗi căn" + "căn nhà đại đoàn kết" -> "mỗi căn nhà đại đoàn kết"; "tổng kinh phí" + "căn nhà" -> both."""
    if not label:
        return counted
    words = label.split()
    if counted.split()[:1] == words[-1:]:
        words.pop()
    return " ".join([*words, counted])


def _occasion(sentence: str) -> str:
    """The event a sentence's figures are of, as the article names it ("Ngày hội việc làm")."""
    match = OCCASION.search(sentence)
    return PHRASE_STOP.split(match.group(1) + " ", maxsplit=1)[0].strip() if match else ""


def occasion_questions(occasion: str, place: str, held_at: re.Match | None, period: Period | None,
                       figures: list[Figure]) -> list[str]:
    """When and where an event of ``place`` was held, and what it counted: "Ngày hội việc làm ở Tháp Mười
    tổ chức ngày nào, ở đâu?" (with the place: another place's event of that name is another event)."""
    name = _capital(occasion) + (f" ở {place}" if place else "")
    asked = [f"{name} tổ chức ngày nào?"] if period and period.label.startswith("ngày") else []
    if held_at:
        asked.append(f"{name} tổ chức ở đâu?")
    asked += [f"{name} có bao nhiêu {f.subject}?" for f in figures if f.subject and f.unit in UNITS]
    return asked


def _countries(sentence: str) -> list[str]:
    """The countries a statement names, as the article writes them ("Nhật Bản", "Malaysia")."""
    written = re.findall(r"[\wÀ-ỹ]+", sentence)
    folds = [fold(w) for w in written]
    named = []
    for mention in find_places(sentence):
        if mention.places[0].level != COUNTRY or fold(mention.places[0].name) == "viet nam":  # home, not abroad
            continue
        size = len(mention.words)
        at = next((i for i in range(len(folds)) if tuple(folds[i:i + size]) == mention.words), None)
        if at is not None:
            named.append(" ".join(written[at:at + size]))
    return list(dict.fromkeys(named))


def where_questions(sentence: str, place: str, figures: list[Figure]) -> list[str]:
    """Where workers went, when a statement of workers abroad names the countries: "Lao động Tân Châu
    đi làm việc ở những nước nào?", "Tân Châu có bao nhiêu lao động đi Nhật Bản?"."""
    countries = _countries(sentence)
    if not countries or not any(f.unit in ("lao động", "người") for f in figures):
        return []
    where = place or "địa phương"
    return [f"Lao động {where} đi làm việc ở những nước nào?", f"{where} đưa lao động đi những nước nào?",
            *(f"{where} có bao nhiêu lao động đi {country}?" for country in countries)]


def commune_questions(sentence: str, figures: list[Figure]) -> list[str]:
    """A commune's own figure, as its residents ask it: "xã Định An với 196 hộ" in a statement of poor
    households asks "Xã Định An có bao nhiêu hộ nghèo?"."""
    asked = []
    for figure in figures:
        commune = next((c for c in COMMUNE_WRITTEN.finditer(sentence[:figure.start])
                        if len(sentence[c.end():figure.start].split()) <= COMMUNE_GAP), None)
        if commune is None or figure.unit == "%" or figure.name.startswith("amount"):
            continue
        # what is counted: the unit and the word the statement says it with ("hộ nghèo", "lao động xuất cảnh")
        said = re.search(rf"\b{re.escape(figure.unit)}((?:\s+\w+){{1,2}})", sentence, re.I)
        words = said.group(1).split() if said else []
        words = words[:next((i for i, w in enumerate(words) if fold(w) in TRAILING), len(words))]
        noun = " ".join([figure.unit, *words])
        if beneficiaries_in(tokens(noun)) and not figure.how_many:
            continue  # "Xã Kim Hòa giảm 97 hộ nghèo": not how many it has
        asked.append(f"{_capital(commune.group(0))} có bao nhiêu {noun}?")
    return list(dict.fromkeys(asked))


def best_communes(sentence: str) -> str:
    """What the communes (or hamlets) a statement names with a superlative did best ("… là hai địa phương giảm nghèo
    nhiều nhất huyện" -> "giảm nghèo nhiều nhất"; "Ấp Mỹ Phú có tỷ lệ muốn học nghề cao nhất" -> "có tỷ lệ muốn học
    nghề cao nhất"), or ""."""
    best = SUPERLATIVE.search(sentence)
    if not best or not (any(m.places[0].level == COMMUNE for m in find_places(sentence)) or hamlet_ranked(sentence)):
        return ""
    leads = list(WHICH_LEAD.finditer(sentence[:best.start()]))
    piece = _piece(sentence, best.start())[0]
    named = [m.end() for written in (COMMUNE_WRITTEN, HAMLET_WRITTEN)  # after "Xã Tân Hưng Đông", "Ấp Mỹ Phú"
             for m in written.finditer(sentence, piece, best.start())]
    start = leads[-1].end() if leads else max(named, default=piece)
    predicate = " ".join(sentence[start:best.end()].split()[-PREDICATE_WORDS:]).strip(" ,")
    return _lower(predicate) if len(predicate.split()) >= 3 else ""


def hamlet_ranked(sentence: str) -> bool:
    """Whether a hamlet opens the piece of a sentence saying it ranks first ("Ấp Mỹ Phú có tỷ lệ … cao nhất"; not
    "Theo ông …, Trưởng ấp Mỹ Phú, nghề được đăng ký học nhiều nhất là may")."""
    best = SUPERLATIVE.search(sentence)
    return best is not None and HAMLET_WRITTEN.match(
        sentence, OPENING_MARKS.match(sentence, _piece(sentence, best.start())[0]).end()) is not None


def which_questions(predicate: str, place: str, of_hamlet: bool = False) -> list[str]:
    """"Ở U Minh, xã nào giảm nghèo nhiều nhất?"; of a hamlet, "Ấp nào … ?"."""
    if not predicate:
        return []
    where = place or "địa phương"
    if of_hamlet:
        return [f"Ở {where}, ấp nào {predicate}?", f"Ấp nào ở {where} {predicate}?"]
    return [f"Ở {where}, xã nào {predicate}?", f"Địa phương nào ở {where} {predicate}?"]


def _is_difficulty(sentence: str, heading: str) -> bool:
    """A statement of what is still hard: under a heading that says so, or saying it itself."""
    return bool(DIFFICULTY.search(heading) or DIFFICULTY.search(HARDSHIP.sub(" ", sentence)))


def difficulties_draft(said: list[str], base: str, place: str, titled: str, topics: set[str], when: Period,
                       key: str) -> dict[str, Any]:
    """One draft of what the article says is still hard, asked of the work each statement is about."""
    where = place or "địa phương"
    text = " ".join(said)
    works = [work for topic, work in DIFFICULT_WORK if topic_of([text], {topic}) == topic]
    return {
        "id": f"{base}.difficulties", "topic": "difficulties" if "difficulties" in topics else topic_of([text], topics),
        "title": f"Khó khăn, hạn chế{titled}",
        "questions": [f"{where} còn những khó khăn, hạn chế gì?", f"Ngành lao động - thương binh và xã hội {where} "
                      f"còn vướng mắc gì?", *(f"{_capital(work)} ở {where} còn khó khăn gì?" for work in works)],
        "keywords": ["khó khăn", "hạn chế", "vướng mắc"], "answer": _escaped(text), "values": {},
        "as_of": when.as_of, "as_of_label": when.label, "source": key,
    }


def _names_them(sentence: str, who: str) -> bool:
    """Whether a sentence names someone, or says "ông", "bà" … of them ("bàn giao căn nhà tình nghĩa cho gia đình
    ông")."""
    return who.split()[-1] in sentence or any(_not_other_sex(m.group(0), who.split()[0])
                                              for m in SOMEONE.finditer(sentence))


def _cut_to_limit(fact: dict[str, Any]) -> None:
    """A statement running on past what an answer may hold (a page pasted without full stops) ends at the last word
    that fits, with its figures up to there."""
    answer = fact["answer"]
    if len(answer) <= MAX_ANSWER_CHARS:
        return
    cut = answer[:MAX_ANSWER_CHARS - 1]
    cut = cut[:cut.rfind("{")] if cut.rfind("{") > cut.rfind("}") else cut  # (never inside a figure's name)
    # at the last clause's end if not far back, else the last word's
    clause_end = max(cut.rfind("; "), cut.rfind(", "))
    cut = cut[:clause_end] if clause_end > len(cut) // 2 else cut[:cut.rfind(" ")] if " " in cut else cut
    fact["answer"] = cut.rstrip(" ,;:(") + "…"
    for values in ("values", "written"):
        if values in fact:
            fact[values] = {name: value for name, value in fact[values].items() if f"{{{name}}}" in fact["answer"]}


def _opens_with(text: str, name: str) -> bool:
    """Whether a text opens with a name as a label, whatever its case or marks ("Xã Thạnh Mỹ: …" with "xã Thạnh Mỹ";
    not "Xã Long Hưng: …" with "xã Long")."""
    return re.match(rf"{re.escape(fold(name))}\s*(?::|$)", fold(text)) is not None


def _name_said(line: str) -> str:
    """A byline's name as a sentence writes it ("Minh Khoa (Phòng LĐ-TB&XH …)", "Tin, ảnh: MINH KHOA": "Minh Khoa")."""
    name = BYLINE.sub(r"\1", re.sub(r"\s*\([^)]*\)$", "", line))
    return name.title() if name.isupper() else name


def _a_name(line: str, signer: bool = False) -> bool:
    """Whether a line may be a name alone: a byline's (no figure, no label: "Tổng cộng: 1.063.750.000" is none) or,
    ``signer``, a person's, every word capitalised ("Võ Thị Ngọc Hạnh")."""
    words = line.split()
    return (bool(words) and len(words) <= 5 and not line.endswith(".") and line[:1].isupper() and ":" not in line
            and not DIGIT.search(line) and not SIGNATURE_LINE.match(line)
            and (not signer or len(words) >= 2 and all(w[:1].isupper() for w in words)))


def _signature_block(body: list[str], end: int, signed_for: bool = False) -> list[str]:
    """The signature lines right before ``end``, the nearest first, when they are a block in capitals or signed for
    a body (not a caption "Chủ tịch UBND huyện trao quà cho hộ nghèo"), only the latter if ``signed_for``; else none."""
    block = []
    while end > len(block) and SIGNATURE_LINE.match(line := body[end - len(block) - 1]) \
            and len(line.split()) <= SIGNATURE_WORDS:
        block.append(line)
    signed = any(SIGNED_FOR.match(line) for line in block)
    return block if block and (signed or not signed_for and all(line.isupper() for line in block)) else []


def _signed_as(line: str) -> str:
    """The role a signature line gives ("PHÓ CHỦ TỊCH": "Phó chủ tịch"; "KT. TRƯỞNG PHÒNG – PHÓ TRƯỞNG PHÒNG": the
    deputy who signs; "TM. ỦY BAN NHÂN DÂN XÃ": none, a body)."""
    if SIGNED_FOR.match(line):  # "TM. ỦY BAN NHÂN DÂN XÃ", "KT. GIÁM ĐỐC": for whom, not the signer's own role,
        parts = re.split(r"\s[–—-]\s", line)  # unless it follows: "KT. TRƯỞNG PHÒNG – PHÓ TRƯỞNG PHÒNG"
        if len(parts) < 2:
            return ""
        line = parts[-1]
    role = line.strip()
    # (in capitals, as a sentence writes it: "Phó chủ tịch UBND xã")
    if role.isupper():
        role = " ".join(w if w in ABBREVIATIONS else w.lower() for w in role.split())
    return _capital(role)


def author_draft(article: Article, source_name: str, published: str, base: str, place: str, topics: set[str],
                 key: str) -> dict[str, Any]:
    """Who wrote the article, as its byline says; of an official document, who signed it, its number and its day."""
    named = f"bài “{article.title}”"
    # ("Quyết định này số mấy, ký ngày nào?": the document's head says, and no sentence does)
    number = f" số {article.numbered}" if article.numbered else ""
    day = f" {article.dated}" if article.dated else ""
    document = _lower(article.title)
    return {
        "id": f"{base}.author", "topic": topic_of([], topics),
        "title": f"{'Tác giả' if article.byline else 'Số, ngày'} {named}"[:120],
        # (and as people ask of the one they read: "Bài này do ai viết?", which every article's byline answers alike)
        "questions": [*([f"Bài “{article.title}” do ai viết?", f"Ai là tác giả bài viết về {place or 'địa phương'} "
                         f"trên {source_name}?", "Bài này do ai viết?"] if article.byline else []),
                      # (a document signed: who signed it, and who holds the role it is signed in)
                      *([f"Ai ký {document}?", f"{_capital(article.signed_as)} {place} là ai?"]
                        if article.signed_as else []),
                      *([f"{_capital(document)} có số hiệu nào?"] if number else []),  # (not "số nhà mấy")
                      *([f"{_capital(document)} ký ngày nào?", "Văn bản này ký ngày nào?"] if day else [])],
        "keywords": ["tác giả", "người viết", *(["người ký"] if article.signed_as else [])],
        # (the day it was published is its source's, said under every answer: not a day this answer holds)
        "answer": _escaped(f"{_capital(named)}{number}{day} trên {source_name}" + (
            f" do {article.signed_as} {article.byline} ký." if article.signed_as else
            f" do {article.byline} viết." if article.byline else ".")),
        "values": {}, "as_of": published, "as_of_label": f"ngày {format_date(published)}", "source": key,
    }


INTRO_STOP = re.compile(r"[,;:.]|\s(?:tiếp tục|luôn|được|đã|cũng|vẫn|đang|(?<!người )có|là)\s", re.I)


# a paragraph opening with the item it is about and a colon ("Dự án 1 (hỗ trợ đầu tư …): huyện có 4 xã …"): each of
# its statements is of that item ("Đến nay đã giải ngân 16,3 tỷ đồng" is Dự án 1's)
PARAGRAPH_LABEL = re.compile(r"^([^:;,.()\d]{2,60}?(?:\s\d{1,2})?)\s*(?:\([^()]*\)\s*)?:\s")
# (not who speaks, "Theo ông …:", "PV:", nor a photo's caption or a FAQ's question, "Ảnh 1:", "Hỏi:")
NOT_AN_ITEM = re.compile(r"^(?:theo|về|cụ thể|trong đó|kết quả|pv|phóng viên|người dẫn|mc|ảnh|hình|câu|hỏi|đáp|trả lời|"
                         r"bảng|biểu|đối với)\b", re.I)
LABEL_WORDS = 6


def _paragraph_label(opening: str) -> str:
    """The item a paragraph's opening sentence says it is about ("Dự án 1", "Xã Long Thạnh"), or ""."""
    label = PARAGRAPH_LABEL.match(opening)
    if not label or len(label.group(1).split()) > LABEL_WORDS or NAMED.search(label.group(1)) or NOT_AN_ITEM.match(
            label.group(1)):
        return ""
    return label.group(1).strip()


# A paragraph opening with a class, a model or a fair it goes on about ("Ảnh 1: Lớp may công nghiệp khai giảng …
# . Lớp học 300 giờ …"): its name, up to the verb or the place after it.
SUBJECT_OPENING = re.compile(r"^(?:(?:Ảnh|Hình)\s+\d+\s*:\s*)?((?:Lớp|Khóa học|Khóa đào tạo|Mô hình|Câu lạc bộ|Tổ hợp tác|"
                             r"Phiên giao dịch việc làm|Ngày hội việc làm)(?:\s+[^\s,.;:()\d]+){0,6}?)\s+(?:khai giảng|"
                             r"bế giảng|mở|được|có|gồm|với|tại|ở|do|diễn ra|kéo dài|đã|sẽ|thu hút|tổ chức|thành lập|"
                             r"ra đời|bắt đầu|từ)\b")


def _paragraph_subject(opening: str) -> str:
    """The class, model or fair a paragraph's opening sentence is about, which its other sentences go on about
    without naming it ("Lớp học 300 giờ, … buổi sáng từ 7 giờ 30"), or ""."""
    subject = SUBJECT_OPENING.match(opening)
    # (a name, not the bare kind, "Lớp", nor one pointed at, "Mô hình này")
    if not subject or len(subject.group(1).split()) < 2 or subject.group(1).split()[-1].lower() in ("này", "đó", "trên"):
        return ""
    return subject.group(1)


# What a paragraph calls its things in full ("thẻ bảo hiểm y tế", "căn nhà đại đoàn kết"), which its later sentences
# count by their short name ("đã chuyển về xã 1.318 thẻ gia hạn"): the unit and up to four words, to the first that is
# no part of a name
NAMED_IN_FULL = re.compile(r"\b(thẻ|căn|lớp|phiên|sổ|suất|phần)\s+(?!(?:cứ|lớn|nào|trăm)\b)((?:(?!(?:của|cho|được|sẽ|đã|là|"
                           r"và|tại|ở|với|có|này|đó|theo|từ|đến|trong|thì|gồm|cũng|vào|về|do|bị|như|trị|mỗi|số|nhằm|"
                           r"tổng)\b)[^\W\d_]+\s?){2,4})", re.I)


def _named_before(found: list[Figure], sentence: str, paragraph: list[str]) -> list[str]:
    """The full name the sentences before this one in its paragraph give the things its figures count, when it does
    not say it itself: "thẻ bảo hiểm y tế" for "Bảo hiểm xã hội huyện đã chuyển về xã 1.318 thẻ gia hạn"; only
    when they give one name of each (after "4 lớp may công nghiệp, 3 lớp sửa chữa xe máy", "3 lớp trồng nấm rơm"
    is neither)."""
    units = {f.unit.split()[0].lower() for f in found if f.unit != "%"}
    before = paragraph[:paragraph.index(sentence)] if sentence in paragraph else []
    named: dict[str, set[str]] = {}
    for said in before:
        for m in NAMED_IN_FULL.finditer(said):
            named.setdefault(m.group(1).lower(), set()).add(f"{m.group(1).lower()} {m.group(2).strip()}")
    return [name for unit in sorted(units) if len(names := named.get(unit, set())) == 1
            for name in names if fold(name) not in fold(sentence)]


def _item_label(item: str) -> str:
    """What a list's item opening with a label is of ("Nuôi tôm nước lợ (tôm thẻ chân trắng, tôm sú): …"), unless
    a place is ("Xã Long Thạnh: …": a place is asked by its name anyway)."""
    label = _paragraph_label(item)
    place = ROW_KIND.match(label)  # (not "Xã hội hóa: …")
    return "" if place and label[place.end():].strip()[:1].isupper() else label


# a sentence opening with what it is about ("Về bảo hiểm thất nghiệp, …", "Đối với người cao tuổi, …")
TOPIC_LEAD = re.compile(r"^(?:Về|Đối với)\s+[^,:;.]{3,60}[,:]\s")


def _intro_subject(intro: str) -> str:
    """What a paragraph's opening says it is about: "Công tác đào tạo nghề cho lao động nông thôn tiếp tục
    được quan tâm." -> "đào tạo nghề cho lao động nông thôn"; "Về giảm nghèo, …" -> "giảm nghèo"."""
    subject = INTRO_STOP.split(intro + " ", 1)[0]
    return _trim(re.sub(r"^\s*(?:về\s+)?(?:công tác|lĩnh vực|việc)?\s*", "", subject, flags=re.I))


def _opening(sentence: str) -> str:
    """A sentence's first clause, at most twelve words: what it is about, as a title."""
    first = re.split(r"[,;:(]", LEADING.sub("", sentence), maxsplit=1)[0]
    return " ".join(first.split()[:12]).rstrip(".")


def _own_meeting(sentence: str) -> str:
    """The meeting a sentence names itself, as the article writes it, without what it was about ("buổi làm việc
    với UBND huyện Gò Quao", not "… về kết quả thực hiện nhiệm vụ năm 2023"), or ""."""
    found = MEETING.search(sentence)
    return " ".join(re.split(r"\s+(?:về|nhằm|để)\s+", found.group(0))[0].split()[:12]) if found else ""


def _meetings_of(article: Article) -> list[str]:
    """The meeting each sentence is of: the one the article is about, as its title or lead names it ("BIÊN BẢN PHIÊN
    CHẤT VẤN"), or the one a sentence before it in its paragraph names; a bulletin's later item ("buổi tư vấn đi làm
    việc tại Nhật Bản") is no meeting of the items before or after it."""
    def named(text: str) -> str:
        return next((" ".join(m.group(2).split()[:12]) for m in MEETING.finditer(text)), "")
    lead = [sentence for sentence, heading in zip(_lead_of(article.sentences), article.headings)
            if heading == article.headings[0]]  # (a bulletin's next item is no part of its lead)
    about = named(" ".join([article.title.lower() if article.title.isupper() else article.title, *lead]))
    meetings, current, within = [], about, None
    for sentence, paragraph in zip(article.sentences, article.paragraphs):
        current = named(sentence) or (current if paragraph == within else about)
        meetings.append(current)
        within = paragraph
    return meetings


def _meeting_kind(meeting: str) -> str:
    """What kind of meeting it was, without whom and where ("buổi làm việc", "hội nghị tổng kết")."""
    return re.split(r"\s+(?:với|của|tại|giữa|ở)\s+", meeting)[0]


def _not_other_sex(said: str, address: str) -> bool:
    """Whether a person addressed as ``address`` may be the one a sentence calls ``said`` ("bà" is not "ông"; one
    of unknown sex may be anyone)."""
    said, address = said.lower(), address.lower()
    return not any(said in group and address in other for group, other in ((MEN, WOMEN), (WOMEN, MEN)))


def _a_residents_year(sentence: str, who: str, published: str, officials: frozenset[str]
                      ) -> tuple[str, list[str], Period] | None:
    """A year in a resident's story ("Ông Bảy tham gia du kích xã từ năm 1965", "Cuối năm 2020, gia đình chị chính
    thức thoát nghèo"): what they did, asked when, and the year; None for anything else, and for an official
    (``officials``: their names' last words) and a year something came before or after ("Trước năm 2020, …")."""
    year = STORY_YEAR.search(re.sub(r"\([^)]*\)|\bsinh năm \d+", " ", sentence))  # ("(sinh năm 1994)": who they are)
    name = who.split()[-1] if who else ""
    if not name or not year or int(year.group(1)) > int(published[:4]) or name in officials or not (
            re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence) or SOMEONE.search(sentence)):  # (their name, "chị")
        return None
    if re.search(r"(?:trước|sau|khoảng|hơn|gần)\s*$", sentence[:year.start()], re.I):
        return None
    # what they did that year: the clause saying the year ("Làm ruộng, nuôi cá, năm 2008 ông nghe cán bộ ấp tuyên
    # truyền và tham gia BHXH tự nguyện"), and the last thing it says they did ("tham gia BHXH tự nguyện")
    said = ASIDE.sub(lambda aside: " " * len(aside.group(0)), sentence)  # ("(ngụ ấp 3, xã Lương Tâm)": no clause)
    clause = SAYS.split(sentence[said.rfind(",", 0, year.start()) + 1:], 1)[-1]
    what = _trim(STORY_YEAR.sub(" ", clause).strip(" ,.;"))
    if len(what.split()) < 2:
        return None
    # (said after who they are, not again: "Ông Trần Văn Hùng nghe …", not "… Hùng ông nghe …")
    asked = [f"{_capital(who)} {PRONOUN_FIRST.sub('', _lower(done))}" if name not in done else _capital(done)
             for done in dict.fromkeys([what, _last_done(what)])]
    return (f"{_capital(who)}: {_lower(what)[:80]}", [f"{a} {when}?" for a in asked for when in ("năm nào", "khi nào")],
            Period(f"{year.group(1)}-12-31", f"năm {year.group(1)}"))


def _last_done(what: str) -> str:
    """The last thing a clause says someone did ("nghe cán bộ ấp tuyên truyền và tham gia BHXH tự nguyện": "tham gia
    BHXH tự nguyện"); the clause itself when "và" joins who did it ("bà và chồng cùng tham gia …")."""
    before, joined, last = what.rpartition(" và ")
    return last if joined and len(before.split()) >= DONE_WORDS and len(last.split()) >= 2 else what


def people_homes(article: Article) -> dict[str, str]:
    """Where the people a story tells of (anh, chị: not the officials) live, by their given name: a commune
    named in the sentence that names them in full ("gặp anh Nguyễn Văn Tùng … xã Lương Hòa": "tung" ->
    "xã Lương Hòa")."""
    homes: dict[str, str] = {}
    for sentence in article.sentences:
        communes = list(COMMUNE_WRITTEN.finditer(sentence))
        for person in NAMED.finditer(sentence) if communes else ():
            if STORY_PERSON.match(person.group(0)) and len(person.group(0).split()) > 2:
                nearest = min(communes, key=lambda c: abs(c.start() - person.start()))
                homes.setdefault(fold(person.group(0).split()[-1]), nearest.group(0))
    return homes


def people_of(sentence: str) -> list[tuple[str, str]]:
    """(name, role) for "ông Trần Thanh Liêm, Phó Giám đốc Sở ..." and "Phó Chủ tịch UBND huyện Nguyễn Hoàng Phúc"."""
    return [(name, role) for name, role, _, _ in _people_said(sentence)]


def _people_said(sentence: str) -> list[tuple[str, str, str, int]]:
    """(name, role, what they did as the sentence says it after them, where they are named)."""
    said = [(m.group(1).strip(), m.group(2).strip(), (m.group(3) or "").strip(), m.start())
            for m in PERSON.finditer(sentence)]
    # (a bracket holds the role, then what else is said of them: "(Chủ tịch UBND xã, 55 tuổi)")
    said += [(m.group(1).strip(), _role_only(dashed) if (dashed := m.group(2) or m.group(4))
              else m.group(3).split(",")[0].strip(), "", m.start())
             for m in PERSON_DASHED.finditer(sentence)
             if not any(m.group(1).strip() == name for name, *_ in said) and not _quoted_self(sentence, m)]
    said += [(m.group(2).strip(), _role_only(m.group(3)), m.group(1).strip(), m.start(2))
             for m in LABELLED.finditer(sentence) if not any(m.group(2).strip() == name for name, *_ in said)]
    return said + [(m.group(2).strip(), m.group(1).strip(), (m.group(3) or "").strip(), m.start())
                   for m in ROLE_FIRST.finditer(sentence) if not any(m.group(2).strip() == name for name, *_ in said)
                   and _a_role(m.group(1)) and not _a_place_first(m.group(2))]


def _quoted_self(sentence: str, named: re.Match) -> bool:
    """Whether "Tôi là …" is a resident's quoted words ("“Tôi là Nguyễn Văn Sáu, Trưởng ấp cũ …”, ông Sáu kể"), not
    an official introducing themselves to the reader."""
    return named.group(0)[:3].lower() == "tôi" and any(mark in sentence[:named.start()] for mark in "“\"")


def _role_only(words: str) -> str:
    """A role, up to what its holder did ("Chủ tịch UBND xã cho biết …", "… xã cùng đại diện các ban")."""
    kept = []
    for word in words.split():
        if word in NOT_IN_A_ROLE or word in SAYING:
            break
        kept.append(word)
    return " ".join(kept)


def _a_place_first(name: str) -> bool:
    """Whether a name's first two words are a place's ("Chủ tịch UBND xã Lương Tâm Lê Hoa": not a person Lương Tâm)."""
    return tuple(fold(w) for w in name.split()[:2]) in gazetteer().by_name


def _a_role(words: str) -> bool:
    """Whether words before a name are a role and nothing more ("Bí thư Huyện ủy đến thăm gia đình ông": someone
    visited, not the role's holder)."""
    return not any(w in NOT_IN_A_ROLE for w in words.lower().split())


# a document's own line of when ("Thời gian: Vào lúc 13 giờ 30 phút, ngày 18 tháng 10 năm 2023."), and the kind of
# document its title names before what it records ("Biên bản họp bình xét hộ nghèo …")
TIME_LABEL = re.compile(r"^(?:Thời gian|Thời điểm)\s*:", re.I)
PLACE_LABEL = re.compile(r"^Địa điểm\s*:", re.I)
PLACE_AFTER = re.compile(r"\s+(?=(?:ấp|khóm|xã|phường|thị trấn|huyện|thị xã|tỉnh)\s)", re.I)  # "… năm 2024 ấp 3, xã …"
DOCUMENT_KIND = re.compile(r"^(?:Biên bản|Thông báo|Báo cáo|Kế hoạch)\s+(?:(?:kết quả|về)\s+)?(?:việc\s+)?", re.I)


# what a statement with figures says is held over days ("… tổ chức Tháng cao điểm vận động …, diễn ra từ ngày 02/10
# đến hết ngày 31/10/2023")
NAME_WORDS = 3  # a name shorter says only the kind of event ("Hội nghị", "Chiến dịch"), which many share
EVENT_NAME_ENDS = re.compile(r"\s(?:vận động|tuyên truyền|tại|cho|về|nhằm|với)\s|,")
HELD_OVER = re.compile(r"\b(?:tổ chức|phát động|triển khai)\s+(?P<what>[^.;:]{5,120}?),?\s+(?:diễn ra|kéo dài)\s+"
                       r"từ\s+(?:ngày\s+)?\d{1,2}/\d{1,2}[^.;]*?\bđến\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}", re.I)


def span_questions(sentence: str) -> list[str]:
    """When what a sentence says is held from one day to another starts and ends."""
    if not (held := HELD_OVER.search(sentence)):
        return []
    what = _capital(held.group("what").strip(" ,"))
    # (and by its name alone: "Tháng cao điểm" of "Tháng cao điểm vận động người dân tham gia BHXH tự nguyện, …")
    named = EVENT_NAME_ENDS.split(what, 1)[0].strip(" ,")
    return [f"{said} {asked}?" for said in dict.fromkeys([what] + ([named] if len(named.split()) >= NAME_WORDS else []))
            for asked in ("diễn ra khi nào", "bắt đầu từ ngày nào", "kết thúc ngày nào")]


def when_said(sentence: str, dated: re.Match) -> str:
    """What a sentence dates: the words before its date ("Buổi sơ tuyển được tổ chức lúc 7 giờ 30 ngày …"), or after
    it when the date opens the sentence ("Ngày 15/9/2023, Trung tâm … khai giảng lớp … tại xã …")."""
    before = _opening(WHEN_LEAD.sub("", sentence[:dated.start()]).rstrip(" ,"))
    if len(before.split()) >= 2:
        return before
    return _opening(AT_SOMEWHERE.split(sentence[dated.end():].lstrip(" ,"), maxsplit=1)[0])


def phones_in(sentence: str) -> list[re.Match]:
    """The phone numbers a sentence gives: of a phone number's length (8 to 11 digits), not an account's."""
    return [m for m in PHONE.finditer(sentence)
            if PHONE_DIGITS[0] <= len(re.sub(r"\D", "", m.group(1))) <= PHONE_DIGITS[1]
            and not NOT_A_PHONE.search(sentence[:m.start()])]


def contact_questions(sentence: str) -> tuple[list[str], list[str]]:
    """Whom a sentence giving phone numbers says to call, and how a citizen asks for each number ("Số điện thoại của
    Bưu điện văn hóa xã Ba Trinh là số nào?", "Thắc mắc về chi trả trợ cấp thì liên hệ ai?")."""
    holders, start = [], 0
    for phone in phones_in(sentence):
        said = sentence[start:phone.start(1)].split(";")[-1]
        said = said.split("(")[0] if "(" in said and said.split("(")[0].strip() else said  # "Công an xã (trực …, số"
        holder = CALL_WORDS.sub("", CALL_WORDS.sub("", said.strip(" ,:–-"))).strip(" ,:–-")
        start = phone.end(1)
        # the one named first ("anh Thạch Minh Tâm, công chức …"), not when ("Từ tháng 3/2024, Phòng … tiếp nhận")
        # (a name or an office, or a line: "tổng đài", "đường dây nóng"; not "số Zalo hỗ trợ")
        named = [part.strip() for part in holder.split(",") if CAPITAL.search(part) or LINE.match(part.strip())
                 if not WHEN_OPENING.match(part.strip())]
        if named:
            holders.append(named[0])
    asked = [f"Số điện thoại của {holder} là số nào?" for holder in holders]
    asked += [f"Thắc mắc về {about.group(1)} thì liên hệ ai, số điện thoại nào?" for about in ABOUT.finditer(sentence)]
    return holders, asked + ["Số điện thoại liên hệ là số nào?"]


def when_questions(what: str, sentence: str, dated: re.Match) -> list[str]:
    """When, and where, ``what`` a sentence dates happens: "Buổi sơ tuyển được tổ chức khi nào?", "… ở đâu?"."""
    if len(what.split()) < 2:
        return []
    day = DATE.search(sentence) or DAY_MONTH.search(sentence) or DAY_WRITTEN.search(sentence)
    # and by what it is, without what is done with it ("Buổi sơ tuyển khi nào?")
    asked = []
    for it in dict.fromkeys((what, DONE_WITH.split(what, maxsplit=1)[0].strip())):
        asked += [f"{it} khi nào?", f"{it} vào ngày nào?" if day else f"{it} vào tháng mấy?"]
        if HOUR_SAID.search(sentence):
            asked.append(f"{it} từ mấy giờ đến mấy giờ?" if HOURS_FROM_TO.search(sentence) else f"{it} lúc mấy giờ?")
        if AT_SOMEWHERE.search(sentence, dated.end()):
            asked.append(f"{it} ở đâu?")
        if DAYS_FROM.search(sentence):  # "từ ngày 15/8/2022 đến ngày 30/9/2022": when it starts, and the last day
            asked += [f"{it} bắt đầu từ ngày nào?", f"Hạn chót {_lower(it)} là ngày nào?"]
    # what is done by then, when the sentence opens with something else ("Hết thời hạn niêm yết, UBND xã tổng hợp, báo
    # cáo UBND huyện Ba Tri trước ngày 05/12/2023": "báo cáo UBND huyện Ba Tri trước ngày nào?")
    done = DONE_BY.sub("", CLAUSE_BREAK.split(sentence[:dated.start()])[-1]).strip(" ,")
    if len(done.split()) >= 2 and fold(done) not in fold(what):
        by = DEADLINE.search(sentence[:dated.start()][-20:])
        asked.append(f"{_capital(done)} {by.group(0).lower() + ' ngày' if by else 'vào ngày'} nào?" if day
                     else f"{_capital(done)} khi nào?")
    # and what is done then, said after the dates ("… thì từ ngày 13/9 đến hết ngày 20/9/2024 đến Bưu điện văn hóa
    # xã nhận bù": "Đến Bưu điện văn hóa xã nhận bù khi nào?"), not where or for whom
    last = max((m.end() for m in DATE.finditer(sentence)), default=dated.end())
    then = CLAUSE_BREAK.split(sentence[last:].rstrip(". "))[0].strip(" ,")
    if len(re.findall(r"[^\W\d_]+", then)) >= 2 and re.match(r"[^\W\d_]", then) and not NOT_DONE_THEN.match(then) \
            and fold(then) not in fold(f"{what} {done}"):
        asked.append(f"{_capital(then)} khi nào?")
    return asked


# what follows a date that is no deed done then: where, with whom, for whom, how it compares
NOT_DONE_THEN = re.compile(r"(?:tại|ở|với|cho|của|là|so|theo|trên|trong|tới|và|hoặc|năm|tháng|lúc|từ|vào|sáng|chiều|"
                           r"tối|giờ|vừa|qua|nay|trở|đến nay|đến hết|nhằm|để|nhưng|mà|song|sau|trước|\d)\b", re.I)


ONE_WHO = re.compile(r"(?:người|cán bộ)\s+(.+?)\s+là")  # "người … là bà X": the one who does it
ACTION_WORDS = 8  # what someone did, as a question asks it ("Ai chủ trì hội nghị …?"): no longer than this


def people_questions(sentence: str, meeting: str) -> list[str]:
    """Who is who, and who did what: "Ông X, Phó Chủ tịch UBND huyện, chủ trì hội nghị." asks
    "Ai chủ trì hội nghị …?" (the meeting as the article names it), "Phó Chủ tịch UBND huyện là ai?"."""
    asked = []
    for name, role, did, at in _people_said(sentence):
        action = did or re.sub(r"\s+có$", "", sentence[:at].strip(" ,"))
        action = action[:1].lower() + action[1:]
        # ("Người trực tiếp phụ trách công tác … của xã là bà X": who is in charge of it)
        if defined := ONE_WHO.fullmatch(action):
            action = defined.group(1)
        if action and len(action.split()) <= (ACTION_WORDS * 2 if defined else ACTION_WORDS):
            if meeting and re.search(r"\bhội nghị$", action):
                action = f"{action} {meeting}"
            asked.append(f"Ai {action}?")
        asked += [f"{_capital(role)} là ai?", f"{name} là ai?"]
    return asked


def place_of(title: str, sentences: list[str], given: str = "") -> str:
    """The place the article is about: ``given`` (narrowed to the one of its communes the title is about), else
    the most specific named in the title, else in the text."""
    if given:
        return _commune_titled(title, given) or given
    for texts in ([title], sentences):
        mentions = [m for text in texts for m in find_places(text) if m.explicit]
        places = Counter(p for m in mentions for p in m.places if p.level > COUNTRY)
        if places:  # the place named most often ("huyện Mỹ Tú", not "TP Hồ Chí Minh" where its workers went)
            written = " ".join(texts).lower()  # "tỉnh Trà Vinh" as written: the province, not its city
            return max(places, key=lambda p: (places[p], p.label.lower() in written, p.level)).label
    return ""


def _commune_titled(title: str, given: str) -> str:
    """A district's article whose title names one of its communes and not the district ("Xã Thiện Mỹ: Ấm tình lễ
    bàn giao nhà tình nghĩa") is that commune's: its figures are the commune's."""
    gaz = gazetteer()
    districts = [p for m in find_places(given) for p in m.places if p.level == DISTRICT]
    mentions = find_places(title)
    named = [m for m in mentions if m.explicit and any(p.level > COUNTRY for p in m.places)]
    if (len(districts) != 1 or len(named) != 1 or any(districts[0] in m.places for m in mentions)
            or not COMMUNE_TITLE.match(title)):  # "Trao nhà đại đoàn kết tại xã Vị Thắng": where it happened
        return ""
    inside = [p for p in named[0].places if p.level >= COMMUNE and gaz.contains(districts[0], p)]  # a name many share
    return f"{inside[0].label}, {given}" if len(inside) == 1 else ""


COMMUNE_TITLE = re.compile(r"(?:[Xx]ã|[Pp]hường|[Tt]hị trấn)\s+[^:–-]+[:–-]")  # "Xã Thiện Mỹ: …", its subject
PLACE_KIND = re.compile(r"^(?:tỉnh|huyện|xã|thành phố|thị xã|thị trấn|quận|phường|TP\.?)\s+", re.I)


def short_name(place: str) -> str:
    """The name of the most specific place, without its kind: "huyện Phụng Hiệp, tỉnh Hậu Giang" -> "Phụng Hiệp"."""
    return PLACE_KIND.sub("", place.split(",")[0].strip())


def slug(text: str) -> str:
    """An id's first part: the name's letters and digits, folded ("Phụng Hiệp" -> "phunghiep")."""
    return re.sub(r"[^a-z0-9]", "", fold(text))[:20] or "article"


def _escaped(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _total(facts: list[dict[str, Any]], base: str, titled: str, name: str) -> dict[str, Any] | None:
    """The poor and near-poor households together, as the article's two figures add up (a derived fact,
    so it never disagrees with them), when the article counts both for the whole place."""
    def first(subject: str) -> dict[str, Any] | None:
        return next((f for f in facts if f.get("counts") == subject and "households" in f["values"]), None)

    poor, near = first("hộ nghèo"), first("hộ cận nghèo")
    if not poor or not near:
        return None
    derived = {"households": f"{poor['id']}.households + {near['id']}.households",
               "poor": f"{poor['id']}.households", "near_poor": f"{near['id']}.households"}
    rate = ""
    if "rate" in poor["values"] and "rate" in near["values"]:
        derived["rate"] = f"{poor['id']}.rate + {near['id']}.rate"
        rate = ", chiếm {rate}%"
    where = f" của {name}" if name else ""
    return {
        "id": f"{base}.poverty_total", "topic": poor["topic"], "title": f"Tổng số hộ nghèo và hộ cận nghèo{titled}",
        "questions": [f"Tổng số hộ nghèo và hộ cận nghèo{where} là bao nhiêu?",
                      f"{name or 'Địa phương'} có tổng cộng bao nhiêu hộ nghèo và hộ cận nghèo?",
                      f"Tính cả hộ nghèo lẫn hộ cận nghèo, {name or 'địa phương'} có bao nhiêu hộ?"],
        "keywords": ["tổng số hộ nghèo và hộ cận nghèo", "hộ nghèo và cận nghèo"],
        "answer": f"Cộng hai số liệu của bài: {{households}} hộ nghèo và cận nghèo{rate} "
                  f"({{poor}} hộ nghèo và {{near_poor}} hộ cận nghèo).",
        "derived": derived, "as_of": poor["as_of"], "as_of_label": poor["as_of_label"], "source": poor["source"],
    }


WHOLE_PROVINCE = re.compile(r"\b(?:toàn|cả|trên địa bàn)\s+tỉnh\b", re.I)
DISTRICT_WIDE = re.compile(r"\b(?:toàn|cả|trên địa bàn)\s+(?:huyện|thị xã|thành phố|quận)\b", re.I)
# a clause whose subject is the district ("Hằng tháng, huyện chi trả …", "huyện Gò Công Tây xây mới …"): its kind at
# the clause's head, its name (capitalised words) if any, then what it does (a word in lower case, not "ủy", "đoàn")
DISTRICT_HEAD = re.compile(r"(?:^|[,:;]\s*)(?:(?:[Hh]iện|[Hh]iện nay|[Đđ]ến nay|[Nn]ăm nay|[Tt]ới nay"
                           r"|(?:[Tt]rong )?[Nn]ăm (?:19|20)\d\d),?\s+)?"  # ("Hiện huyện chi trả …", ", năm 2025 huyện …")
                           r"(?:[Hh]uyện|[Tt]hị xã|[Qq]uận)\s+")
DISTRICTS_RATE = re.compile(rf"\b(?:[Tt]ỷ lệ|[Ss]ố)\b[^,.;]*?\bcủa\s+(?:huyện|thị xã|quận)\b(?!\s+[{CAPITALS}])")
NOT_DONE_BY = frozenset({"ủy", "uỷ", "đoàn"})  # "Huyện ủy", "Huyện đoàn": bodies of it
# … unless it ends an address ("ở ấp 3, xã Thủy Tây, huyện Thạnh Hóa nhận …") or does it for the commune ("trao 50
# suất quà cho hộ nghèo của xã")
ADDRESS_BEFORE = re.compile(r"(?:[Xx]ã|[Ấấ]p|[Pp]hường|[Tt]hị trấn|[Kk]hóm)\s+[^,;:]*,\s*$")
FOR_THE_COMMUNE = re.compile(rf"\b(?:của|cho|tại|ở|trên địa bàn)\s+xã\b(?!\s+[{CAPITALS}])")
YEAR_RANGE = re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b")
# a span of years ("Từ năm 2021 đến nay", "giai đoạn 2021 – 2025"): no one year its paragraph goes on with
SPAN_SAID = re.compile(rf"\b(?:từ|đến|tới)\s+(?:năm\s+)?(?:(?:19|20)\d\d|nay)\b|giai đoạn|{YEAR_RANGE.pattern}", re.I)


# a commune or a hamlet, named or not ("Ấp Tân Phú có 12 hộ", "địa phương đã xây 9 căn"; not "xã hội")
NAMES_SOMEWHERE = re.compile(r"\b(?:xã(?!\s+hội)|phường|thị trấn|ấp|khóm|địa phương)\b", re.I)


def _province_wide(statement: str) -> bool:
    """Whether a statement's figures are its whole province's ("toàn tỉnh hiện có khoảng 118.000 lao động …"): not
    another province named ("cả tỉnh Đồng Tháp"), nor the best of it after the place's own ("cao nhất toàn tỉnh")."""
    said = WHOLE_PROVINCE.search(statement)
    return _said_first(said, statement) and not re.match(rf"\s+[{CAPITALS}]", statement[said.end():])


def _said_first(said: re.Match | None, statement: str) -> bool:
    """Whether what a statement's figures are of is said before the first of them."""
    figures = figures_of(statement)
    return bool(said) and (not figures or said.start() < figures[0].start)


def _province_of(place: str) -> str:
    """The province a district's or a commune's label ends with ("tỉnh An Giang"); "" for a province's own."""
    parts = [part.strip() for part in place.split(",")]
    return parts[-1] if len(parts) > 1 and parts[-1].lower().startswith(("tỉnh", "thành phố")) else ""


def _district_wide(statement: str) -> bool:
    """Whether a statement's figures are its whole district's: "toàn huyện có 1.410 hộ nghèo", "tỷ lệ hộ nghèo của
    huyện", "Hiện huyện chi trả …", not "thấp nhất toàn huyện" said after the commune's own figure (nor what the
    district's bank lent: in a commune's bulletin, what it lent there)."""
    return _said_first(DISTRICT_WIDE.search(statement) or DISTRICTS_RATE.search(statement)
                       or _district_does(statement), statement)


def _district_does(statement: str) -> re.Match | None:
    """The clause head of a statement whose subject is its district (DISTRICT_HEAD), if any."""
    if FOR_THE_COMMUNE.search(statement):
        return None
    for head in DISTRICT_HEAD.finditer(statement):
        words = statement[head.end():].split()
        named = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
        does = words[named] if named < len(words) else ""
        if does[:1].isalpha() and does not in NOT_DONE_BY and not ADDRESS_BEFORE.search(statement[:head.start() + 1]):
            return head
    return None


def _communes_in(sentence: str, district: str | None) -> list[Place]:
    """The communes of a district (its code) a sentence names, with or without their kind ("Châu Điền vẫn là xã …")."""
    if not district:
        return []
    sentence = _respelled(sentence)
    return [commune for commune, name in _communes_of(district) if name.search(sentence)]


def _respelled(text: str) -> str:
    """Each word spelled one way, its first letter's case kept ("Hòa An" and "Hoà An" alike; "UBND" is "Ubnd")."""
    return re.sub(r"[^\W\d_]+", lambda m: canonical_word(m.group()).capitalize() if m.group()[:1].isupper()
                  else canonical_word(m.group()), text)


@lru_cache(maxsize=64)
def _communes_of(district: str) -> tuple[tuple[Place, re.Pattern], ...]:
    """A district's communes, each with its name as a pattern ("Phường 1" by its kind and number only)."""
    gaz = gazetteer()
    own = gaz.places[district].short  # "thị trấn Cầu Kè" only by its kind: "Cầu Kè" is the district
    return tuple((p, re.compile(rf"(?<![\wÀ-ỹ])(?:{re.escape(p.kind)}\s+)?{re.escape(_respelled(p.short))}(?![\wÀ-ỹ])"
                                if p.short[:1].isalpha() and p.short != own
                                else rf"(?i:{re.escape(p.kind)})\s+{re.escape(_respelled(p.short))}(?![\wÀ-ỹ])"))
                 for p in gaz.places.values() if p.parent == district)


def _district_of(place: str) -> str:
    """The district a commune lies in, with its province ("huyện Lai Vung, tỉnh Đồng Tháp"); "" for any other place.
    Of the communes of its name, the one in the district the place names, else in the district of that name and
    another kind (a slip: "xã Long Phú, huyện Long Mỹ" lies in thị xã Long Mỹ); one the gazetteer does not know there
    (merged away since) lies in the district as written, if the gazetteer knows that district in the province the
    place names ("xã An Hiệp, huyện Châu Thành, tỉnh Bến Tre")."""
    gaz = gazetteer()
    written = [part.strip() for part in place.split(",")]
    communes = [p for m in find_places(written[0]) for p in m.places if p.level == COMMUNE and p.parent]
    districts = [p for part in written[1:2] for m in find_places(part) for p in m.places if p.level == DISTRICT]
    provinces = {p.code for part in written[2:] for m in find_places(part) for p in m.places if p.level == PROVINCE}
    in_district = [c for c in communes if any(c.parent == d.code for d in districts)]
    named = {d.short for d in districts}
    slipped = [c for c in communes if c.province in provinces and gaz.places[c.parent].short in named]
    for found in (communes, in_district, slipped):
        if len({c.parent for c in found}) == 1:
            return _labelled(gaz.places[found[0].parent])
    there = [d for d in districts if d.province in provinces] if communes else []
    return _labelled(there[0]) if len(there) == 1 else ""


def _labelled(district: Place) -> str:
    return f"{district.label}, {gazetteer().places[district.province].label}"


def _place_opening(sentence: str, named: list[Place]) -> Place | None:
    """The one place of ``named`` a statement opens with (after who says it) and is of alone ("Huyện Cai Lậy giảm từ
    1.038 hộ nghèo …": that district's, not "thị xã Cai Lậy"'s); not one of several ("huyện A 126 căn, huyện B 148
    căn"), the best of its district ("Xã Lâm Kiết có tỷ lệ hộ nghèo cao nhất huyện"), nor with the wider place's
    figure ("…, toàn huyện còn 1.200 hộ")."""
    opens = PLACE_OPENS.match(sentence) or PLACE_OPENS.match(SAID_BY.sub("", sentence))
    if not opens or len(PLACE_WRITTEN.findall(sentence)) != 1 or SUPERLATIVE.search(sentence) \
            or DISTRICT_WIDE.search(sentence) or WHOLE_PROVINCE.search(sentence):
        return None
    opened = [p for m in find_places(opens.group(1)) for p in m.places if p in named]
    return opened[0] if len(opened) == 1 else None


def _asked_of(question: str, name: str, short: str, label: str) -> str:
    """A question about the article's place (``name``) asked of one of its communes, districts or hamlets instead
    (``short`` its name, ``label`` as asked); one naming it already is asked as it is, without "Ở {name}, " ("Ở Tiền
    Giang, huyện Cai Lậy giảm …")."""
    if re.search(rf"(?<![\wÀ-ỹ]){re.escape(_respelled(short))}(?![\wÀ-ỹ])", _respelled(question)):
        return _capital(question.removeprefix(f"Ở {name}, "))
    if name in question:
        return _capital(question.replace(name, label))
    return f"{_capital(label)}: {_lower(question)}"


def _unit_of(place: str) -> str:
    """The first unit of a place's label: "huyện Lai Vung" of "huyện Lai Vung, tỉnh Đồng Tháp"."""
    return place.split(",")[0].strip()


def draft_article(text: str, source_name: str, published: str, place: str = "", url: str = "",
                  topics: set[str] | frozenset[str] = frozenset(), taken: set[str] | frozenset[str] = frozenset(),
                  progress: Callable[[str], None] | None = None) -> Drafted:
    """A facts file's data with one draft fact per statement with a figure (and one per run of sentences
    saying who met when); ``taken``: ids in use. ``progress`` hears how far it got, sentence by sentence."""
    dt.date.fromisoformat(published)  # ValueError: the caller says how to write it
    article = read_article(text)
    place = place_of(article.title, article.sentences, place)
    name = short_name(place)
    # A title names the place itself, not the province around it: a district's draft never answers for the province.
    titled_place = f" ({_unit_of(place)})" if place else ""
    base = slug(name if place else source_name)
    district = _district_of(place)
    province = _province_of(place)
    key = f"{base}-{published}"
    source = {"name": source_name, "title": article.title, "published": published,
              **({"byline": article.byline} if article.byline else {}), **({"url": url} if url else {}),
              **({"place": place} if place else {})}
    if progress:
        progress(f"Bài “{article.title[:80]}”: {len(article.sentences)} câu; nơi: {place or 'chưa rõ'}")
    # the period the article reports on: its title's, else the year its lead names ("Năm 2022, dù …"; the year
    # of publication or the one before: "sinh năm 1994" is no period)
    lead = next((y for sentence in _lead_of(article.sentences) for y in YEAR.findall(sentence)
                 if 0 <= int(published[:4]) - int(y) <= 1), None)
    titled = period_of(article.title, published) or (
        _capped(dt.date(int(lead), 12, 31), f"năm {lead}", published) if lead else None)
    year = int(titled.label[-4:]) if titled else None
    default = titled or Period(published, f"ngày {format_date(published)}")
    meetings = _meetings_of(article)
    facts: list[dict[str, Any]] = []
    people: list[tuple[str, str]] = []
    counted = 0
    event: dict[str, Any] | None = None  # the draft of who met when, while its paragraph goes on
    held: tuple[dict[str, Any], int, str] = ({}, -1, "")  # a document's "Thời gian: …" draft, its sentence, what it was
    said, said_in = None, -1  # the period the paragraph last gave: its next statements are as of it too
    said_alone = False  # and it was one year said alone (not "Từ năm 2021 đến nay")
    hard: list[str] = []  # what the article says is still hard, and the paragraph it last said it in
    hard_in = -1
    homes = people_homes(article)
    officials = frozenset(m.group(1).split()[-1] for m in OFFICIAL_NAMED.finditer(" ".join(article.sentences)))
    statements = _paragraph_statements([(n, article.paragraphs[n - 1], _capital(clause))
                                        for n, sentence in enumerate(article.sentences, 1)
                                        for clause in _statements(sentence)], of_commune=bool(district))
    opened = -1  # the paragraph whose first statement has been read
    drafted, drafted_in, was_in = 0, -1, -1  # how many drafts so far, the paragraph the last was drafted in
    said_commune: tuple[Place | None, int] = (None, -1)  # the commune a paragraph last named alone: its next "xã"
    # the district an article is about, whose communes it may name (a commune's article: none)
    # (a province's article: its districts, each named in its own statements)
    around = None if district else next((p.code for m in find_places(place) for p in m.places
                                         if p.level in (PROVINCE, DISTRICT)), None)
    carried = 0  # the sentence last said of that commune
    wide_sentence = -2  # the sentence last said to be of the whole district (none yet)
    wide_said = (-2, -1)  # the last one saying so itself ("toàn huyện"), and its paragraph
    intro: tuple[int, str] | None = None  # a paragraph's opening words without a figure: what its figures are of
    last_said: tuple[int, str] = (-1, "")  # the statement before, and its paragraph
    previous_sentence = 0  # the sentence the statement before is of (they count from 1)
    sentence_lead = ""  # what that sentence opens saying it is about
    by_paragraph: dict[int, list[tuple[str, str]]] = {}  # each paragraph's sentences, with their heading
    for said_there, at, under in zip(article.sentences, article.paragraphs, article.headings):
        by_paragraph.setdefault(at, []).append((said_there, under))
    last_question: tuple[int, str] = (-1, "")  # the question a FAQ last asked, and its paragraph
    for n, paragraph, sentence in statements:
        meeting = meetings[n - 1]
        if len(facts) > drafted:
            drafted, drafted_in = len(facts), was_in
        was_in = paragraph
        before, last_said = last_said, (paragraph, sentence)
        same_sentence, previous_sentence = n == previous_sentence, n
        # "Về bảo hiểm thất nghiệp, … 412 hồ sơ …; 398 người có quyết định hưởng …": each clause is of what it opens
        # with
        sentence_lead = sentence_lead if same_sentence else (m.group(0) if (m := TOPIC_LEAD.match(sentence)) else "")
        named_communes = _communes_in(sentence, around)
        if len(named_communes) == 1:
            said_commune = (named_communes[0], paragraph)
        first, opened = paragraph != opened, paragraph
        if sentence.rstrip(QUOTES + " ").endswith("?"):  # the reporter's question: the answer that follows says it
            if QUESTION_LABEL.match(sentence):  # a FAQ's: what its answer is about ("Câu 4. Xã nào … nhiều lao động đi …?")
                last_question = (paragraph, QUESTION_LABEL.sub("", sentence).rstrip(QUOTES + " ?"))
            continue
        # what the answer opens with: who says it, and the heading it is under when that makes it a target
        lead = f"Theo {article.speakers[n - 1]}: " if article.speakers[n - 1] else ""
        # (a list item's wage or deadline says whose it is: "Công ty TNHH Vận tải Minh Trí: Hạn nộp hồ sơ: 30/9/2023")
        employer = article.employers[n - 1] if article.employers[n - 1] not in sentence else ""
        lead += f"{employer}: " if employer else ""
        heading = article.headings[n - 1]
        # ("Vượt kế hoạch giảm nghèo" heads results measured against a plan, not targets; a part of tasks makes its
        # sections' statements targets: "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025" over "1. Lĩnh vực lao động")
        of_plans = next((h for h in (heading, article.sections[n - 1]) if h and _plan_heading(h)), "")
        planned = bool(of_plans) and not _plans(sentence)
        if planned:  # "Nhiệm vụ năm 2024: giải quyết việc làm cho 4.600 lượt lao động": a target, as its heading says
            lead += f"{_unshouted(of_plans, name)}: "
        row = _row(sentence)
        # what a table's rows are of: the heading above them ("Danh sách phân bổ hỗ trợ nhà ở …: Xã Bàn Tân Định: 13
        # hộ; …"), unless lines stating a figure come between ("… giải quyết việc làm cho 1.850 lao động. Kết quả
        # theo từng xã:"): then those lines, asked by their words
        lines_before, their_heading = (_before_rows(by_paragraph, paragraph, article.sentences[n - 1]) if row
                                       else ("", ""))
        headed = bool(row and heading and not planned and (heading != their_heading or not figures_of(lines_before))
                      and heading.rstrip(". ") != sentence.rstrip(". "))  # (a list's line is its own headline)
        if headed:
            lead += f"{_unshouted(heading, name)}: "
        # "Đến cuối năm 2025, tỷ lệ hộ nghèo còn 1,75%" written in February 2025: what is hoped for
        planned = planned or _ahead(sentence, published)
        found = figures_of(sentence)
        named = people_of(sentence)
        decisions = list(DECISION.finditer(sentence))
        people += named
        # ("Năm 2019 – vốn vay và việc làm. … Cuối năm, trên tổng số 3.815 hộ …": the end of the paragraph's year, one
        # year it said alone, not a span: "Từ năm 2021 đến nay, …")
        of_paragraph = said if said_in == paragraph and not NOW_SAID.search(sentence) else None
        own_period = period_of(sentence, published,
                               int(of_paragraph.as_of[:4]) if of_paragraph and said_alone else year)
        period = (own_period or of_paragraph
                  or period_of(heading, published, year) or period_of(article.sections[n - 1], published, year))
        # a day is when one thing happened; a year or months go on for the rest of the paragraph (from its start, the
        # year: "đầu năm, toàn huyện có 512 hộ nghèo. … Đến nay, còn 368 hộ" is not 368 at the start)
        if period and (not period.label.startswith("ngày") or own_period and AS_OF_DAY.search(sentence)):
            said_alone = not SPAN_SAID.search(sentence) if own_period else said_alone and said_in == paragraph
            said, said_in = _going_on(period, published), paragraph
        # (a year its paragraph goes on with, not one it names itself: "số dư chuyển sang năm 2019"; a task said as one:
        # "Thứ hai, …", or in a paragraph of tasks, not "Kết quả này là tiền đề để huyện bước vào năm 2025. …")
        if not planned and not own_period and _year_to_come(period, sentence, published) and (
                TASK_ORDINAL.match(sentence) or any(PLAN_HEADING.search(s) for s, _ in by_paragraph[paragraph])):
            planned, lead = True, f"{lead}Nhiệm vụ {period.label}: "  # said as a task of that year, as it is
        if _is_difficulty(sentence, heading) or (hard and hard_in == paragraph and not found):  # and what follows
            hard.append(sentence)
            hard_in = paragraph
        refers = REFERS.match(sentence.rstrip("."))
        earlier = next((f for f in reversed(facts) if refers and fold(refers.group(1)) in fold(f["answer"])), None)
        if not found and not decisions and earlier is not None and refers:
            earlier["answer"] += " " + _escaped(sentence)
            going_on = refers.group(2).split()[:5]
            going_on = going_on[:going_on.index("để") + 1] + ["làm"] if "để" in going_on else going_on[:2]
            earlier["questions"].append(f"{_capital(refers.group(1))} {' '.join(going_on)} gì?")
            continue
        listed = [(m.group("what"), m.group("items")) for m in LISTED.finditer(sentence)]
        if not found and not decisions and listed and facts and drafted_in == paragraph and not named_communes:
            # "Các nghề nông nghiệp gồm nuôi tôm công nghệ cao, trồng rau màu": what the figures before were of
            facts[-1]["answer"] += " " + _escaped(sentence)
            facts[-1]["questions"] += [q for what, _ in listed for q in (f"{_capital(what)} gồm những gì?",
                                                                          f"Có những {_lower(what)} nào?")]
            continue
        did_best = best_communes(sentence)
        which = which_questions(did_best, name, hamlet_ranked(sentence))
        if not found and not decisions and which:  # "Xã Khánh Thuận và xã Khánh Lâm … giảm nghèo nhiều nhất"
            topic = topic_of([sentence], set(topics))
            facts.append({"id": f"{base}.{topic}_{n}_{len(facts) + 1}", "topic": topic,
                          "title": f"Địa phương {did_best}{titled_place}"[:120],
                          "questions": which + people_questions(sentence, meeting), "keywords": [],
                          "answer": _escaped(lead + sentence), "values": {},
                          "as_of": (period or default).as_of, "as_of_label": (period or default).label, "source": key})
            continue
        if phones := [part for part in re.split(r"(?<=;)\s", sentence) if phones_in(part)]:
            # "… liên hệ anh Thạch Minh Tâm, số điện thoại 0918.327.465": whom to call, a fact of its own
            holders, asked = contact_questions(" ".join(phones))
            asked += people_questions(sentence, meeting) if not found else []  # "Phó Trưởng phòng là ai?"
            facts.append({"id": f"{base}.contact_{n}", "topic": topic_of([sentence], set(topics)),
                          "title": f"Liên hệ: {', '.join(holders) or employer or _opening(sentence)}"[:100]
                          + titled_place,
                          "questions": asked, "keywords": ["số điện thoại", "liên hệ"],
                          "answer": _escaped(lead + (" ".join(phones) if found else sentence)), "values": {},
                          "as_of": (period or default).as_of, "as_of_label": (period or default).label, "source": key})
            if not found and not decisions:
                continue
        # (a table's row of bare numbers, its unit said once above it: "Xã Thạnh Mỹ: NCC: 39 (19.500.000); …", a
        # commune's statement all the same)
        if not found and not decisions and not (row and len(BARE_NUMBER.findall(sentence[row.end():])) >= 2):
            # "Công tác đào tạo nghề cho lao động nông thôn cũng được chú trọng.": said of the next figures
            said_of_all = first and len(sentence.split()) <= INTRO_WORDS and not NAMED.search(sentence) \
                and not STORY_PERSON.search(sentence)  # not a person's story
            intro = (paragraph, sentence) if said_of_all else intro
            own = _own_meeting(sentence)
            dated = WHEN_SAID.search(sentence)
            if not named and not dated and (story := _a_residents_year(sentence, article.people[n - 1], published,
                                                                      officials)):
                facts.append({"id": f"{base}.event_{n}", "topic": topic_of([sentence], set(topics)),
                              "title": f"{story[0]}{titled_place}", "questions": story[1], "keywords": [],
                              "answer": _escaped(sentence), "values": {}, "as_of": story[2].as_of,
                              "as_of_label": story[2].label, "source": key})
                continue
            if PLACE_LABEL.match(sentence) and held[1] == n - 1:  # "Địa điểm: Nhà văn hóa ấp 3 …": where it was held
                held[0]["answer"] += " " + _escaped(sentence)
                held[0]["questions"].append(f"{held[2]} ở đâu?")
                continue
            if not named and not dated:
                continue
            answer = _escaped((f"{employer}: " if employer else "") + DAY_MONTH.sub(lambda m: _dated_day(m, published),
                                                                                     sentence))
            asked = people_questions(sentence, meeting)
            solo = not named and not (meeting or own)  # "Thời gian nhận hồ sơ từ ngày 15/8/2022 …": asked when
            what = when_said(sentence, dated) if solo else ""
            if solo and TIME_LABEL.match(sentence):  # a document's "Thời gian: …": when what it records was held
                what = _capital(PLACE_AFTER.split(DOCUMENT_KIND.sub("", article.title), 1)[0].strip(" ,")) or what
            if solo:
                asked = when_questions(what, sentence, dated) + span_questions(sentence)
                if not asked:
                    continue
            elif event is not None and event["paragraph"] == paragraph:
                event["answer"] += " " + answer
                event["questions"] += asked
                continue
            if own and period:
                asked += [f"{_capital(own)} diễn ra ngày nào?", f"{name or 'Địa phương'} tổ chức {_lower(own)} khi nào?",
                          f"{_capital(_meeting_kind(own))} ở {name or 'địa phương'} diễn ra ngày nào?"]
            when = period or default
            event = {"id": f"{base}.event_{n}", "topic": topic_of(["hội nghị"], set(topics)),
                     "title": _capital(what or own or (", ".join(named[0]) if named else _opening(sentence)))
                     + titled_place,
                     "questions": asked or [sentence[:300]],
                     "keywords": [*([meeting] if meeting else []), *_headed_by(article, n)],
                     "answer": answer, "values": {}, "as_of": when.as_of, "as_of_label": when.label,
                     "source": key, "paragraph": paragraph}
            facts.append(event)
            held = (event, n, what) if TIME_LABEL.match(sentence) else held
            event = None if solo else event  # what comes next is not said of it
            continue
        event = None
        counted += len(found)
        # a commune's article on its whole district, what a split sentence goes on to say of it, and what the next
        # says is part of it ("Trong đó có 2.870 suất quà của Chủ tịch nước")
        # (or, right after a sentence saying so itself, in its paragraph, names nowhere: "Toàn huyện có 396 đơn vị …
        # Đến 30/6, có 87 đơn vị còn nợ")
        said_wide = bool(district) and _district_wide(sentence)  # (a commune's article only)
        district_wide = bool(district) and (said_wide or n == wide_sentence or n == wide_sentence + 1
                                            and bool(BY_COMMUNE.match(sentence)) and not THE_COMMUNE.search(sentence)
                                            or n == wide_said[0] + 1 and paragraph == wide_said[1]
                                            and not NAMES_SOMEWHERE.search(sentence))
        wide_sentence = n if district_wide else wide_sentence
        wide_said = (n, paragraph) if said_wide else wide_said
        # a paragraph's opening says what its figures are of (not a commune's, of its district's figures)
        opening = f"{intro[1]} " if intro and intro[0] == paragraph and not district_wide else ""
        opening = opening or (sentence_lead if same_sentence else "")
        # said of this figure too: asked by it (as is what its own sentence opens saying it is about: "Về đào tạo nghề,
        # thành phố đã mở 42 lớp")
        about = _intro_subject(opening or sentence_lead) if opening or sentence_lead else ""
        intro = None
        answer, last = _escaped(opening + lead), 0
        for figure in found:
            answer += _escaped(sentence[last:figure.start]) + "{" + figure.name + "}"
            last = figure.end
        answer += _escaped(sentence[last:])
        when = period or default
        subjects = [f.subject for f in found if f.subject]
        topic = topic_of([" ".join(subjects), sentence], set(topics))
        # (a plan word after every figure is of what follows: "… giải ngân 16,3 tỷ đồng; các công trình còn lại dự
        # kiến hoàn thành trong quý IV")
        plan = next((m.group(0).lower() for m in PLAN.finditer(MEASURED.sub(lambda m: " " * len(m.group(0)), sentence))
                     if not found or m.start() < found[-1].end), "phấn đấu" if planned else "")
        questions = questions_for(found, name, period, plan)
        for decision in decisions:  # "Quyết định số 122/QĐ-UBND ngày 8/2/2023 phê duyệt kết quả rà soát ..."
            kind = " ".join(decision.group(0).split()[:2])
            after = sentence[decision.end():]
            # "… ngày 10/7/2025 của UBND tỉnh về việc tặng quà": what it decides is said after "về việc"
            after = after.split("về việc", 1)[1] if "về việc" in after.split(",", 1)[0] else after
            about = _trim(PHRASE_STOP.split(DATE.sub("", after).replace("ngày", " ", 1) + " ")[0])
            if about:
                subjects.append(f"{kind} {about}")
                questions += [f"{kind} {about} có số hiệu nào, ký ngày nào?", f"{kind} {about} ban hành khi nào?",
                              f"{kind} {decision.group(1)} ký ngày nào?"]
        questions += people_questions(sentence, meeting) + where_questions(sentence, name, found) + which
        questions += commune_questions(sentence, found) + span_questions(sentence)
        occasion = _occasion(sentence)
        if occasion:
            questions += occasion_questions(occasion, name, HELD_AT.search(sentence), period, found)
        if occasion:  # "Ngày hội việc làm": what residents call it, not what it counted
            title = _capital(occasion) + titled_place
        elif plan:  # "Chỉ tiêu năm 2023: tỷ lệ hộ nghèo, lao động đi làm việc ở nước ngoài"
            targets = ", ".join(dict.fromkeys(_target(f.subject) for f in found if _target(f.subject)))
            title = f"Chỉ tiêu {_target_year(sentence, when)}: {targets}{titled_place}"
        elif headed:  # a table's row: what the table above it is of
            title = _unshouted(heading, name) + titled_place
        elif did_best:  # "Xã Vĩnh Phú Đông là địa phương có nhiều lao động xuất cảnh nhất với 12 người"
            title = f"Địa phương {did_best}{titled_place}"
        elif total := _total_label(sentence):  # "Tổng cộng toàn xã: 522 người, tổng kinh phí …"
            title = total + titled_place
        else:
            title = (_capital(subjects[0]) if subjects else sentence[:80]) + titled_place
            if about and len(subjects[0].split() if subjects else ()) <= THIN_SUBJECT:  # "Lớp mở"
                title = f"{_capital(about)}: {_lower(title)}"
            elif len(subjects[0].split() if subjects else ()) <= THIN_SUBJECT and (
                    hamlets := list(dict.fromkeys(m.group(0) for m in HAMLET_WRITTEN.finditer(sentence)
                                                  if HAMLET_COUNT.match(sentence, m.end())))):
                # a schedule's row, "ấp Phú Hòa (104 người) và ấp Phú Thạnh (87 người), nhận tại …": the hamlets' own
                title = f"{_capital(', '.join(hamlets))}: {_lower(title)}"
        keywords = list(dict.fromkeys([*(f.subject for f in found if f.subject), *DECISION.findall(sentence),
                                       *([about] if about else [])]))
        who = article.people[n - 1]
        about_them = who and who not in sentence and (any(  # "Đến nay, chị có 45 thùng ong": chị Nhung
            _not_other_sex(m.group(0), who.split()[0]) for m in SOMEONE.finditer(sentence))  # "cháu của ông": not bà Nhãn
            # "Căn nhà rộng 60 m²": the house of the one the sentence before names ("… nhà tình nghĩa của bà Lê Thị
            # Nhanh"), not every house ("cho 20 căn", "diện tích tối thiểu 40 m² theo quy định")
            or HOUSE_OPENING.match(sentence) is not None and not NAMED.search(sentence) and n > 1
            and article.paragraphs[n - 2] == paragraph and _names_them(article.sentences[n - 2], who)
            and not EVERY_HOUSE.search(sentence) and not any(f.unit in ("căn", "căn nhà") for f in found))
        label = _paragraph_label(opening := by_paragraph[paragraph][0][0]) or _paragraph_subject(opening)
        if label and not re.search(rf"{re.escape(label)}(?!\d)", sentence):  # ("Tổ 1" is not said in "Tổ 12")
            keywords.append(label)
        keywords += _named_before(found, article.sentences[n - 1], [said for said, _ in by_paragraph[paragraph]])
        if row_of := article.rows[n - 1]:  # a table's row is asked by what it is of: "nhà ông Bé Tư khởi công hôm nào"
            keywords += [] if row_of in keywords else [row_of]
            title = title if fold(row_of) in fold(title) else f"{_capital(row_of)}: {_lower(title)}"
        if about_them:
            title = f"{who}: {_lower(title)}"
            keywords.append(who)
        home = homes.get(fold(who.split()[-1])) if who and STORY_PERSON.match(who) and (
            who in sentence or about_them) else None
        if home and home not in title:  # anh Tùng of xã Lương Hòa: his figures are that commune's
            title = f"{title[:-len(titled_place)]} ({home}, {titled_place[2:]}" if titled_place else f"{title} ({home})"
        keywords += _periods_of(sentence, published, year)
        keywords += _headed_by(article, n)
        if 0 <= paragraph - last_question[0] <= ANSWER_AFTER and last_question[1]:  # asked in its question's words too
            keywords.append(last_question[1])
        if lines_before and not headed:
            keywords.append(lines_before)
        # (or said in the same sentence, counting only its unit: "…; xã Phước Thạnh thấp nhất, chỉ 112 người")
        bare = same_sentence and any(f.unit in UNITS for f in found) and all(
            fold(f.subject) == fold(f.unit) for f in found if f.unit in UNITS)
        if (BY_COMMUNE.match(sentence) and len(named_communes) > 1 or GOES_ON_WITH.match(sentence) or bare) \
                and before[0] == paragraph:
            # "Trong đó, xã Tam Giang Đông 9 căn, …": each commune's part of what the statement before says
            keywords.append(before[1])
        fact_id = f"{base}.{topic}_{n}_{len(facts) + 1}"
        counts = next((f.subject for f in found if f.unit in UNITS), "")
        facts.append({
            "id": fact_id, "topic": topic, "title": title[:120], "questions": questions or [sentence[:300]],
            "keywords": keywords, "answer": answer,
            "values": {f.name: f.text for f in found}, "as_of": when.as_of, "as_of_label": when.label, "source": key,
            "counts": counts,
        })
        # "9,856 tỷ đồng" is 9.856 as the article writes it, though a person typing "9,856" may mean 9856
        read_otherwise = {f.name: f.text for f in found  # (an amount or a rate: "1,232 hộ" is no fraction)
                          if (f.unit == "%" or f.name.startswith("amount"))
                          and vietnamese_number(f.text) != decimal_number(f.text)}
        if read_otherwise:
            facts[-1]["values"].update({name: vietnamese_number(text) for name, text in read_otherwise.items()})
            facts[-1]["written"] = read_otherwise
        wider = province if province and _province_wide(sentence) else district if district_wide else ""
        if wider:  # asked by the district's (the province's) name, not the commune's
            facts[-1].update(place=wider, title=facts[-1]["title"].replace(titled_place, f" ({_unit_of(wider)})"),
                             questions=[q.replace(name, short_name(wider)) for q in facts[-1]["questions"]])
        # a table's row: its label's commune's
        of_commune = max((c for c in named_communes if _respelled(c.short) in _respelled(row.group(0))),
                         key=lambda c: len(c.short), default=None) if row else None  # "Vĩnh Viễn A", not "Vĩnh Viễn"
        of_commune = _place_opening(sentence, named_communes) or of_commune
        if (not named_communes and said_commune[1] == paragraph and (THE_COMMUNE.search(sentence) or carried == n)
                and not _district_wide(sentence)):  # "toàn huyện 3,6%, trong đó của xã …": the district's first
            # "Xã có 2.860 hộ dân", "tỷ lệ hộ nghèo của xã" (and the rest of its sentence): the commune just named
            of_commune, carried = said_commune[0], n
        if of_commune is not None and not (province and wider == province):  # (the province's, whatever it names)
            commune = of_commune.label
            named_already = _respelled(of_commune.short) in _respelled(facts[-1]["answer"])
            facts[-1].update(place=f"{commune}, {place}",
                             answer=facts[-1]["answer"] if named_already else f"{_capital(commune)}: {facts[-1]['answer']}",
                             title=facts[-1]["title"] if _opens_with(facts[-1]["title"], commune)
                             else f"{_capital(commune)}: {_lower(facts[-1]['title'])}"[:120],
                             questions=[_asked_of(q, name, of_commune.short, of_commune.label)
                                        for q in facts[-1]["questions"]])
        elif row and (hamlet := re.match(HAMLET_ROW, row.group(0))):  # a hamlet's row: asked by its name too
            label = _lower(hamlet.group(0).rstrip(" :"))
            facts[-1]["questions"] = [_asked_of(q, name, label, f"{label}, {name}") for q in facts[-1]["questions"]]
        if progress:
            progress(f"Câu {n}/{len(article.sentences)}: {len(facts)} dữ kiện nháp")
    if hard:
        facts.append(difficulties_draft(hard, base, name, titled_place, set(topics), default, key))
    if article.byline or article.numbered or article.dated:
        facts.append(author_draft(article, source_name, published, base, name, set(topics), key))
    for fact in facts:  # an article ingested again, or another of the same place: new ids beside the old
        while fact["id"] in taken:
            fact["id"] += "_"
    total = _total(facts, base, titled_place, name)
    for fact in facts:
        fact.pop("counts", None)
        fact.pop("paragraph", None)
        for entries in ("questions", "keywords"):  # however odd the text, never more than a fact may hold
            fact[entries] = list(dict.fromkeys(EMPTY_BRACKETS.sub("", entry)[:MAX_QUESTION_CHARS]
                                               for entry in fact[entries]))
        _cut_to_limit(fact)
    if total and total["id"] not in taken:
        facts.append(total)
    if progress:
        progress(f"Tìm thấy {counted} số liệu và {len(people)} người trong {len(facts)} ý; "
                 f"soạn {len(facts)} dữ kiện nháp")
    data = {"version": 1, "sources": {key: source}, "facts": facts}
    return Drafted(data, len(article.sentences), counted, [place] if place else [], people)
