"""Decide what to do with the ranked facts: answer, offer choices, or say we do not know.

A fact is answered when it is clearly ahead and nothing in the question contradicts it:

- another place: a question about Trà Vinh (or about the whole province) never gets Long
  Mỹ's figure; a commune inside the fact's district gets the district's figure, said so;
- another kind of answer: "làm sao để đăng ký", "số điện thoại", "bao nhiêu tiền" need a
  fact that holds a procedure, a phone number, an amount of money;
- a rare word of the question that no fact it may answer from has, or a year before
  the data.

Choices are offered only when candidates are genuinely close.
"""
from __future__ import annotations

import dataclasses
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .analysis import (AGE_GROUP, EACH_MONTH, FIRST_PERSON, POSSESSIVE, START_OF_YEAR, YEAR_END, Analysis,
                       alternatives_in, beneficiaries_in, company_names, extremes_of, items_said, kinds_of, mostly_marked,
                       occasions_in, other_alternatives, part_of_year, quarter_months, roles_in, typed_as,
                       bodies_headed, QUARTERS, analyse)
from .facts import Fact
from .matcher import Candidate, Document, Search
from .compare import UNIT_AFTER
from .units import AMBIGUOUS, AREA, COUNTED, MONEY_UNITS, NOT_COUNTED, UNIT_WRITTEN, counts_alike, unit_named
from .normalize import CAPITALS, Token, fold, tokens
from .places import (COMMUNE, COUNTRY, DISTRICT, LEVEL_OF_KIND, PROVINCE, SURNAMES, Mention, Place, find_places,
                     gazetteer, mentions_of, name_after_kind, said_with_kind)

log = logging.getLogger(__name__)

TOPIC = "topic:"
# money and rates count nothing; "bao nhiêu một tháng", "mấy chục triệu" ask an amount
NOT_COUNTS = MONEY_UNITS | frozenset({"%", "nghin", "ngan", "tien", "usd", "chuc", "tram", "thang", "nam", "ngay",
                                      "tuan", "mot", "moi"})  # "bao nhiêu một lượt": an amount each
ANSWER_SCORE = 0.45
ANSWER_MARGIN = 0.02  # ahead of the best unrelated rival by this much of its own score: not a tie
ANSWER_SPECIFICITY = 0.5
WELL_COVERED = 0.75  # a fact explaining this much of the question may have a long phrasing the question
SPECIFICITY_RELIEF = 0.8  # says less of: this much of the specificity asked is enough,
TELLING_WORDS_SAID = 3  # when the question says this many telling words it has ("hộ" alone says nothing)
SUGGEST_SCORE = 0.3
NEAR_WHOLE = 0.95  # a fact explaining this much of the question, the best by far (any other at most FAR_BEHIND of it),
FAR_BEHIND = 0.75  # says enough of it, however little of its own phrasing the question says
# a fact this close, far ahead of every other that fits (none unrelated at LEAD_RIVAL of it) and having this much of
# what the question tells besides its places, is the answer
LEAD_SCORE = 0.4
LEAD_RIVAL = 0.5
LEAD_TELLING = 0.34
# a fact this close, with no unrelated rival that fits at ALONE_RIVAL of it and having this much of what the question
# tells, is the one asked though the question says little of its long phrasing ("Anh Tư lời mỗi tháng nhiêu?")
ALONE_SCORE = 0.5
ALONE_RIVAL = 0.4
ALONE_TELLING = 0.8
# With no rival, a fact explaining this much of the question (more than ALONE_COVERAGE asks with a close specificity)
# says enough of it, however long its own phrasing, when it has every word of the question that tells
ALONE_WELL_COVERED = 0.6
SAID_AS_ASKED = 0.5  # each with at least this much of its weight in the question (not "tỷ" as the "ty" of "Công ty")
WEIGHTY_PAIR = 1.0  # and every pair of the question's words weighing this much ("thủ quỹ" is not "thu", "quỹ" apart)
ALONE_COVERAGE = 0.5  # with no rival at all, a fact explaining this much of the question may be said less whole
COUNT_SAID = 0.5  # a count's answer says this much of which of what is counted are asked (Analysis.count_words)
UNKNOWN_WORDS = 3  # this many words of the question that no fact uses: it asks about something else
UNKNOWN_SHARE = 0.25  # or such words (and rare ones only other places' facts have) weighing this much
RIVAL_CLOSE = 0.85  # a rival this close that explains a rare word the best does not: a real choice
TOPIC_MAX_FACTS = 12  # a topic of more facts than this is too much for one answer, or one choice
TOPIC_CLOSE = 0.92  # a topic this close to its best fact is answered whole
WHERE_WORDS = frozenset({"o", "tai", "cua", "ben", "thuoc"})  # "ở Tân Lân", "bên Tân Lân": a place follows
ELSEWHERE_FACTOR = 0.85  # a question naming no place is about the home place first
ONE_COMMUNE_FACTOR = 0.85  # a district named (or no place), how many it has: its own statements before one commune's
HOME_LEAD = 1.2  # unless another place's fact explains it this much better (its own score, before that factor)
# Naming no place, another place's fact explaining the question this nearly as well as the home's is answered
# beside it, for this many places at most ("huyện mình" may be any place we know)
PLACE_CLOSE = 0.6
PLACES_AT_ONCE = 3
SECOND_FACT_GAIN = 0.2  # each of two facts must explain this much of the question the other does not
PAIR_FIT = 0.8  # and the question must contain one of each one's phrasings almost whole
SAID_WHOLE = 0.9  # a fact whose phrasing the question says this fully, where a close rival's it does not,
SPECIFIC_LEAD = 0.2  # by this much, is the one asked ("số hộ cận nghèo": not the total of poor and near-poor)
NOW_COVERAGE = 0.1  # or, asked for now ("hiện nay"), nearly as much and counting the same thing
SAME_COVERAGE = 0.02  # facts of one place the question says as fully, explaining as much of it: one thing, at two dates

# A person as an article writes them: how they are addressed, then their name in full ("chị Nguyễn Thị Kiều"); an
# official's role follows their name ("ông Nguyễn Thanh Tâm, Phó Chủ tịch UBND huyện"): no resident's story
ADDRESS = "anh|chị|bà|ông|cô|chú|em"
NO_ROLE_AFTER = r"(?!\s*,\s*(?:[Pp]hó|[Cc]hủ tịch|[Gg]iám đốc|[Tt]rưởng|[Bb]í thư|[Cc]án bộ|[Cc]ông chức|[Cc]hánh))"
PERSON_NAMED = re.compile(rf"(?<!\w)(?P<address>(?i:{ADDRESS}))\s+(?P<name>[{CAPITALS}]\w*(?:\s+[{CAPITALS}]\w*)+)"
                          rf"(?!\w)(?!\s+[{CAPITALS}])"  # the name in full, never cut short to pass what follows
                          + NO_ROLE_AFTER)
# a resident called by their name alone, once their article has named them in full ("Chị Linh đóng BHXH 11 năm")
CALLED_BY_NAME = re.compile(rf"(?<!\w)(?P<address>(?i:{ADDRESS}))\s+(?P<name>[{CAPITALS}]\w*)(?!\w)(?!\s+[{CAPITALS}])"
                            + NO_ROLE_AFTER)
# kin named by name: "Bà Lê Thị Hai (74 tuổi), vợ ông", "vợ anh là chị Lý Thị Sa Mết" (not "vợ chồng")
_NAMED_NEAR = rf"(?i:{ADDRESS})\s+[{CAPITALS}]\w*(?:\s+[{CAPITALS}]\w*)+"
_KIN = r"((?<!\w)(?i:vợ|chồng)(?!\w))(?<!vợ chồng)(?<!Vợ chồng)(?!\s+chồng)"
KIN_NAMED = re.compile(rf"{_NAMED_NEAR}(?:\W+\w+){{0,3}}?\W*,\s*{_KIN}"
                       rf"|{_KIN}(?:\s+\w+){{0,2}}?(?:\s+là|\s*,)\s+{_NAMED_NEAR}")  # ("vợ anh Bình": unnamed)
RESIDENT = re.compile(rf"^(?P<address>(?i:anh|chị))\s+(?P<name>(?:[{CAPITALS}]\w*\s*)+):")  # "anh X: anh vay": theirs
# how an asker may address them: "a Tâm", "c Kiều", "chj Kiều"
ADDRESSED = {"anh": ("anh", "a"), "chị": ("chị", "c", "chj"), "bà": ("bà",), "ông": ("ông",), "cô": ("cô",),
             "chú": ("chú",), "em": ("em",)}
STORY_FACTS = 5  # a resident's story answered whole, when the question names them but not one of its facts
# the words after a name that say who they are: ", Trưởng Phòng … huyện Thới Lai" up to a comma, bracket or stop
APPOSITION = re.compile(r"\s*(?:,|\(|–|-)\s*([^,;()]+)")
# a role said just before a name: "Trưởng ấp: bà …", "Trưởng đoàn là ông …" (the words from the last comma or stop)
ROLE_SAID_BEFORE = re.compile(r"(?:^|[,;.(]\s*)([^,;.()]*?(?::|\blà))\s*(?:(?:ông|bà|anh|chị|Ông|Bà|Anh|Chị)\s+)?$")
FULL_NAME = re.compile(rf"(?<!\w)(?=(([{CAPITALS}]\w*)(?:\s+[{CAPITALS}]\w*){{2,3}}))")  # (from each capital)
NAME = re.compile(rf"\b(\w+)(?=\s+[{CAPITALS}])")  # a word followed by a capitalised one: a surname and a name?
# Figures that count nothing: dates, years, the numbers of decisions and resolutions, and an article's title's ("Bài
# “Hơn 1.200 trẻ em được học bơi …” do … viết": who wrote it, not how many learnt)
NOT_A_COUNT = re.compile(r"(?<!\d)\d{1,2}-\d{1,2}-\d{4}|\d{1,2}/\d{4}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\b(?:19|20)\d{2}\b"
                         r"|\b(?:số|ngày|quý|sáng|trưa|chiều|tối|đêm)\s+\d+(?:[/-][\wĐđ]+)*"
                         r"|(?<!mỗi )(?<!hằng )(?<!trong )\btháng\s+\d+",
                         re.I)  # ("ngày 21-3-2023", "sáng 18-2", "ngày 20 tháng 6 năm 2024", as the article writes it)
# the article an answer names ("Bài “Xã Tân Dân công khai dự toán … năm 2023” … do … ký"): its words say nothing the
# answer holds
ARTICLE_NAMED = re.compile(r"\bbài “[^”]*”", re.I)
# the day a document was signed, as its own draft says it ("Bài “Thông báo kết luận …” số 58/TB-UBND ngày 9 tháng 4
# năm 2024 …"): it answers when the document was signed, not when what it tells was held
DOCUMENT_DAY = re.compile(r"\bbài “[^”]*”(?: số \S+)? ngày \d{1,2} tháng \d{1,2} năm \d{4}", re.I)
DATE = re.compile(r"\d{1,2}/\d{1,2}|\b[Nn]gày\s+\d|\b[Tt]háng\s+\d|\b[Nn]ăm\s+\d{4}|\b[Qq]uý\s+(?:\d|I{1,3}\b|IV\b)")
# "giảm 510 hộ", "giảm được nhiều hộ nghèo nhất với 78 hộ"; not "giảm còn 1.186 hộ", what is left
CHANGED_BY = re.compile(r"\b(?:giảm|tăng)\b(?!\s+(?:còn|xuống))[^.;]*?\d", re.I)
LASTING = re.compile(r"(?<![\d/.,])\d+\s+(?:năm|tháng|ngày)\b(?!\s+(?:đầu|cuối|qua|năm|\d))", re.I)  # "hợp đồng 3 năm"
FUNDED = re.compile(r"\b(?:nguồn|[Qq]uỹ|ngân sách)\b")  # "từ nguồn Quỹ Vì người nghèo", "ngân sách Trung ương"
AGED = re.compile(r"\d\s*tuổi\b|\btuổi\s+(?:từ\s+)?\d", re.I)  # "38 tuổi", "từ 18 đến 39 tuổi", "tuổi từ 18 đến 30"
DAY = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?!\d)|\bngày\s+\d", re.I)  # a day: "21/3/2023", "ngày 5" (not "18-35 tuổi")
GRADE = re.compile(r"\b(?:hạng|thương binh|bệnh binh)\s+\d/\d\b", re.I)  # "thương binh (hạng) 2/4": no day
# an hour of the day: "lúc 7 giờ 30", "từ 7 giờ", "7h30" (not "trong 24 giờ", "8 giờ/ngày")
HOUR = re.compile(r"\b(?:lúc|từ|đến|tới|khoảng)\s+\d{1,2}\s?(?:giờ|g|h)(?:\s?\d{1,2})?(?![\wÀ-ỹ/])"
                  r"|\b\d{1,2}\s?[hg]\d{2}\b|\b\d{1,2}\s+giờ\s+\d{1,2}\b", re.I)
WHERE = re.compile(rf"\b(?:tại|ở|sang|qua|đến)\s+(?:điểm\s+)?(?:(?:tỉnh|thành phố|huyện|thị xã|xã|phường|thị trấn|ấp|khóm)\s+)?"
                   rf"[{CAPITALS}]|địa chỉ|địa điểm\s+[{CAPITALS}]|trụ sở|\b(?:[Tt]ại|[Ởở])\s+(?:điểm\s+)?(?:xưởng|hội trường|nhà văn hóa|trường|trung tâm|"
                   r"trạm|bưu điện|chùa|bộ phận)\b|\b[Tt]ại\s+(?:chợ|sân)\b")  # (a place named in lower case)
# (not "điều kiện kinh tế – xã hội đặc biệt khó khăn", "có điều kiện": no conditions to meet)
PROCEDURE = re.compile(r"thủ tục|giấy tờ|(?<!có )điều kiện(?! kinh tế)|quy trình|hồ sơ gồm|cần chuẩn bị|nộp hồ sơ"
                       r"|đăng ký tại|hồ sơ nộp", re.I)
# a phone number: "0918.327.465", "0292 3841 608", "1900.9068" (not "0,5", a count, a date; the ingest keeps those of
# a phone's length, not an account's)
PHONE = re.compile(r"(?<![\d.,/])((?:0\d{2,3}|1[89]00)(?:[ .-]?\d{2,4}){1,3})(?![.,/]?\d)")
CONTACT = re.compile(rf"điện thoại|hotline|{PHONE.pattern}", re.I)
# whom to ask ("liên hệ ai"): a line to call, or someone named after "liên hệ" ("đề nghị liên hệ ông Lê Hoàng Sơn")
LIAISON = re.compile(rf"\b[Ll]iên hệ\s+(?:với\s+)?(?:(?:ông|bà|anh|chị|cô|chú)\s+)?(?:[{CAPITALS}]|(?:công chức|cán bộ"
                     r"|bộ phận|trưởng|phòng|ban|trạm|trung tâm|ủy ban)\b)")
# An office of the province ("Sở … tỉnh", "HĐND tỉnh"): the fact speaks of the province too.
PROVINCE_WORD = re.compile(r"\b(?:sở|hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân)\b[^.;:]{0,60}?(?<!\w)tỉnh(?!\w)", re.I)
# ("3.250 chỉ tiêu", "chỉ tiêu tuyển dụng": the jobs a fair offers, not a plan)
PLAN = re.compile(r"phấn đấu|(?<!\d )chỉ tiêu(?! tuyển)|kế hoạch|mục tiêu|dự kiến|(?<!trạm )(?<!tâm )(?<!đài )dự báo"
                  r"|định hướng|thời gian tới|năm tới|\bsẽ\b", re.I)
# a result against its plan ("đạt 118,3% kế hoạch", "Kết quả theo từng ấp (số người tham gia/chỉ tiêu)", "thực
# hiện/chỉ tiêu, tỷ lệ % kế hoạch"), unless the plan's own figure follows ("kế hoạch năm là 80 lao động": stated too)
_NO_PLAN_FIGURE = r"(?!(?>\s*(?:năm(?:\s+\d{4})?)?)\s*(?:là|:)?\s*\d)"  # (a year after "năm" is no plan's figure)
MEASURED = re.compile(r"(?:đạt|vượt|bằng)[^.;]{0,30}?(?:kế hoạch|chỉ tiêu|mục tiêu)" + _NO_PLAN_FIGURE
                      + r"|kết quả[^.;:]{0,40}?\([^()]*/\s*(?:chỉ tiêu|kế hoạch)\)"  # (a label: done/target)
                      + r"|thực hiện\s*/\s*(?:chỉ tiêu|kế hoạch)\b" + _NO_PLAN_FIGURE
                      + r"|%\s*(?:kế hoạch|chỉ tiêu)\b" + _NO_PLAN_FIGURE
                      # (a table of targets weighed: "Bảng đánh giá chỉ tiêu", "kết quả thực hiện các chỉ tiêu")
                      + r"|(?:đánh giá|kết quả thực hiện)(?:\s+các)?\s+(?:chỉ tiêu|kế hoạch|mục tiêu)\b" + _NO_PLAN_FIGURE, re.I)
# A statement whose figures are all targets: a plan word before its first figure ("Năm 2024, huyện phấn đấu
# đưa 80 lao động …", "Nhiệm vụ năm 2024: giải quyết việc làm cho 4.600 lượt …"); years and dates are no figures.
TARGET = re.compile(r"^(?:\d{1,2}[.)]\s+)?[^\d]*?(?:" + PLAN.pattern + r"|nhiệm vụ|phương hướng)[^.]*?\d", re.I)
# A comparison the text states itself ("tăng 5,2% so với cùng kỳ", "đạt 118,3% kế hoạch", "vượt 16% chỉ tiêu");
# "chiếm 3,61% so với tổng số hộ" is a share, not one.
STATED_CHANGE = re.compile(r"\bso với\b(?!\s+tổng)|\b(?:đạt|vượt)\s+[\d,.]+\s?%", re.I)
# "chương trình mục tiêu quốc gia": a programme's name; "Kế hoạch số 56/KH-UBND": a document's, no target
NATIONAL = re.compile(r"mục tiêu quốc gia|\b(?:kế hoạch|chương trình)\s+(?:số\s+)?\d+/[\w/.-]+", re.I)
# an office named for planning ("Phòng Tài chính - Kế hoạch", "Sở Kế hoạch và Đầu tư"), as written: no plan
PLANNING_OFFICE = re.compile(r"\b(?:Phòng|Sở)\s+(?:Tài chính\s*[-–]\s*)?Kế hoạch(?:\s+và\s+Đầu tư)?")
THIS_YEAR = re.compile(r"\bnăm nay\b", re.I)
# a year's figure that gives where it started too ("so với đầu năm 2024 (96 hộ nghèo)", "giảm từ 1.046 hộ xuống còn
# 712 hộ"), folded; not "tăng 5 hộ so với đầu năm", nor "từ 60 tuổi trở lên"
GIVES_THE_START = re.compile(r"\bdau nam(?: \d{4})?\s*[(:]?\s*(?:la\s+|co\s+)?\d"
                             r"|\d[\d.,]*\s+(?:\w+\s+){0,2}dau nam\b"  # ("21 hộ nghèo đầu năm")
                             r"|\btu\s+[\d.,]+[^.;]{0,30}?\b(?:xuong|len)\s+(?:con\s+)?\d")
# a body that does something, as written with its capital ("Bệnh viện Đa khoa tỉnh …", "Phòng Nội vụ"): who did it
BODY_NAMED = re.compile(r"\b(?:Bệnh viện|Trạm [Yy] tế|Trường|Phòng|Sở|Ủy ban|UBND|Đoàn|Công an|Huyện đoàn)\b")
WHO_ASKED = frozenset({"person", "who", "organisation", "company"})  # who holds a role: no figure, hoped for or done
WHEN_ASKED = frozenset({"time", "day"})
WHO_OR_WHEN = WHO_ASKED | WHEN_ASKED
YEAR_OR_DATE = re.compile(r"\b(?:\d{1,2}/\d{1,2}/)?(?:19|20)\d\d\b")
RATE = re.compile(r"\d\s*%|phần trăm|t[ỷỉ] lệ", re.I)
RATE_GIVEN = re.compile(r"\d\s*(?:điểm\s+)?(?:%|phần trăm)", re.I)  # ("giảm thêm 0,8 điểm phần trăm")
HAMLET_NAMED = re.compile(rf"\b(?:[Ấấ]p|[Kk]hóm)\s+[{CAPITALS}0-9]")
# a row of one hamlet's figures: "Ấp Phú Tức: 96 hộ, …" (a list's heading before it: "Danh sách …: Ấp Phú Tức: …")
HAMLET_ROW = re.compile(rf"(?:^|:\s)(?:Ấp|Khóm)\s+[{CAPITALS}0-9][^:.;]{{0,40}}:")
HAMLET_WORDS = frozenset({"ap", "khom"})
HAMLET_SPELLED = frozenset({"ấp", "khóm"})  # as typed with marks
# what a question asking a figure asks for (a hamlet's own, not its commune's, when asked of a hamlet)
FIGURES_ASKED = frozenset({"quantity", "money", "rate"})
# another period, weighed against ("so với tháng 9/2023", "phần chênh lệch của tháng 7")
COMPARED = re.compile(r"\b(?:so với|chênh lệch)[^,;.()]*", re.I)
# the figure compared with, given after it: "… năm 2023 (745 …)", "so với năm 2021, khi xã còn 214 hộ nghèo" (or in
# it: "so với năm 2023 là 745 quyết định")
STATED_AFTER = re.compile(r"\s*(?:\(\s*|,\s*(?:khi|lúc)\s+[^\d,;.]{0,30})\d")
# a document's number, no month ("Nghị quyết số 12/2023", "Quyết định 07/2021/NĐ-CP")
NUMBERED_DOCUMENT = re.compile(
    r"\b(?:số|nghị quyết|quyết định|nghị định|thông tư|kế hoạch|công văn)\s+(?:số\s+)?\d+/\S+", re.I)
# a figure said of what is not (yet) so: after it in its clause ("1.096 người chưa tham gia BHYT"), or before it in
# its sentence ("số người chưa tham gia nhiều nhất, tới 256 người"); not "…, không có hộ nghèo nào bị bỏ sót"
NEGATES = re.compile(r"\d[^,;.]{0,40}?\b(?:chưa|không|chẳng)\b|\b(?:chưa|không|chẳng)\b[^;.]{0,60}?\d", re.I)
# a sex said to be counted ("trong đó 9 lao động nữ", "nữ chiếm 39,36%", "38 nam"; not "Hội Liên hiệp Phụ nữ", nor
# "Việt Nam", a name)
SEXES_SAID = {"nữ": re.compile(r"(?<!phụ )\bnữ\b", re.I), "nam": re.compile(r"\bnam\b")}
# a month named: "tháng 4", a day's ("11/9/2024", "ngày 11/9"), a month's of a year ("12/2023"); not "3 tháng 1 lần"
MONTH_NAMED = re.compile(r"(?<!\d )\b[Tt]háng\s+(\d{1,2})(?![\d.,]\d|\d)(?!\s+lần)"
                         r"|(?<![\d/.,])\d{1,2}[/-](\d{1,2})[/-](?:19|20)\d\d(?![\d/])"
                         r"|(?<![\d/.,])(\d{1,2})/(?:19|20)\d\d(?![\d/])"
                         r"|\b(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)\s+\d{1,2}[/-](\d{1,2})(?![\d/])")
MONTH_SPAN = re.compile(r"\b(?:[Tt]háng\s+(\d{1,2})|(?<![\d/.,])\d{1,2}/(\d{1,2}))(?:/\d{4})?\s*(?:đến|tới|-|–)\s*"
                        r"(?:hết\s+)?(?:ngày\s+)?(?:tháng\s+(\d{1,2})|\d{1,2}/(\d{1,2}))(?!\d)")
QUARTER_NAMED = re.compile(r"\b[Qq]uý\s+(IV|I{1,3}|[1-4]|một|hai|ba|bốn|tư)(?![\wÀ-ỹ])")
SINCE = re.compile(r"\b(?:[Tt]ừ|[Kk]ể từ|[Bb]ắt đầu từ)\s+(?:ngày\s+)?(?:tháng\s+(\d{1,2})|\d{1,2}[/-](\d{1,2}))"
                   r"(?:[/-]\d{4})?(?![\d/-])(?!\s*(?:đến|tới|-|–))")
# the whole commune, in folded text ("toàn xã", "cả phường"; not "toàn xã hội", "xã viên")
WHOLE_COMMUNE = re.compile(r"\b(?:toan|ca)\s+(?:xa|phuong|thi\s+tran)\b(?!\s+(?:hoi|vien)\b)")
OUR_COMMUNE = re.compile(r"\b(?:xa|phuong|thi\s+tran)\s+(?:minh|toi|tui|ta|nay|em)\b")  # "xã mình": the asker's, whole
HAMLET_PLACE = re.compile(r"(?i:ấp|khóm)\s+\w+(?:\s+\w+)*")  # a place given as a hamlet first ("ấp Hòa Trung")
WHOLE_PLACE = re.compile(rf"{WHOLE_COMMUNE.pattern}|\btong\s+(?:so|cong)\b")  # a total beside (folded text)
NOT_A_NAME = frozenset({"co", "da", "duoc", "thi", "la", "va", "voi", "nay", "do", "cua", "bi", "con", "khong", "ko",
                        "toi", "tui", "em", "nha", "minh", "ta", "nao", "gi", "nhieu", "moi", "cu", "truong", "noi"})
EVERY_ONE = frozenset({"cac", "moi", "tung", "nhung"})  # "các ấp", "từng ấp": no one hamlet
# a bare commune name after these is a person's, a hamlet's, an industrial zone's or a cooperative's ("ông Tân Lân",
# "ấp Tân Lân", "kcn Tân Phú Thạnh", "HTX nông nghiệp Phú Long")
NOT_BEFORE_COMMUNE = frozenset({"ong", "ba", "anh", "chi", "em", "chu", "ap", "khom", "nghiep", "kcn"})
LIVES_AT = frozenset({"o", "tai"})  # "tôi ở ấp Cần Thuận": where the asker lives (not "ở ấp Phú Ninh có bao nhiêu")
AROUND = "trong"  # "mấy cô chú trong ấp nói …": the asker's neighbours, no hamlet asked of
HOW_MANY_BEFORE = frozenset({"nhieu", "may"})  # "bao nhiêu ấp": hamlets counted, none named
# the hamlets a text names by name: "ấp Tắc Gồng", "các ấp Phú Tức, Phú Hữu và Phú Ninh"
# ("Phú Thành A", "Nhơn Thuận 1B"; not a count after it: "ấp Bến Trị 3 lớp" is ấp Bến Trị's three classes, but "ấp
# Tân Lợi 2 xã Long Trị" is Tân Lợi 2; nor a figure: "ấp Tân Lễ 1.402/1.521 người")
_COUNTED_AFTER = rf"\s+(?!(?:xã|ấp|khóm)\b)(?:{UNIT_WRITTEN})(?!\w)"
_HAMLET_NAME = rf"[{CAPITALS}][\w]*(?:\s+(?:[{CAPITALS}][\w]*|[A-D]\b|\d+[A-Z]?\b(?![.,/]\d)(?!{_COUNTED_AFTER})))*"
HAMLETS_NAMED = re.compile(rf"\b(?:[Ấấ]p|[Kk]hóm)\s+({_HAMLET_NAME}(?:\s*(?:,|và)\s*{_HAMLET_NAME})*)")
# one hamlet told of, by its name or as the speaker's ("ấp mình"), and a wider place after it
ONE_HAMLET = re.compile(rf"\b(?:[Ấấ]p|[Kk]hóm)\s+(?:{_HAMLET_NAME}|(?:mình|tôi|tui|em|này|ta)\b)")
# someone's address: "chị Tuyền ở ấp Mỹ Hòa đạt 9,4 điểm", "Chị Tuyền (ấp Phước Khánh, hộ cận nghèo) đạt …"
ADDRESS_BEFORE = re.compile(r"(?:\b(?:ở|ngụ|tại|sống)|\()\s*$")
WIDER = re.compile(r"\b(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Tt]ỉnh|[Tt]hành phố|[Tt]oàn|[Cc]ả)\b")
HAMLET_FIGURE = re.compile(rf"\b(?:[Ấấ]p|[Kk]hóm)\s+{_HAMLET_NAME}\s+(?:(?:có|với|được)\s+)?\d")  # "ấp Long Hội 52"
# a company, and any body (an office, a bank, an association), by its name as written, with capitals ("Công ty TNHH
# Giày da Phú Hưng", "Ngân hàng Chính sách xã hội", "Sở Lao động"; not "doanh nghiệp Nhật Bản", "Xã hội Hậu Giang")
COMPANIES = r"Công ty|Doanh nghiệp|Tập đoàn|Nhà máy|Xí nghiệp"
COMPANY_NAMED = re.compile(rf"\b(?:{COMPANIES})\s+[{CAPITALS}]")
ORGANISATION_NAMED = re.compile(rf"\b(?:{COMPANIES}|Ngân hàng|NHCSXH|Trung tâm|Quỹ|Hội|Bưu điện|Cơ quan|Tổ chức|Chi nhánh|"
                                rf"Sở|Phòng|Ban|Ủy ban|UBND|Bảo hiểm xã hội|BHXH)\b\s*[{CAPITALS}]")
# a trade or a course named ("nghề hàn", "lớp may công nghiệp", "ngành sản xuất chế tạo"; "mở 3 lớp …: may công
# nghiệp, làm bánh dân gian"), not the word alone ("đào tạo nghề, huyện đã đăng ký được 8 lớp với 200 học viên")
TRADE_NAMED = re.compile(r"\b(?:nghề|ngành|lớp|khóa)\s+(?!(?:nghề|học|đào|dạy|miễn|cho|với|được|tại|ở|này|đó|mở|năm|"
                         r"của|và|có|là|đã|sẽ|trên|dưới|ngắn|dài|sơ|trình|nghiệp|mới|nói|chức|vừa|đang|thì|mà|nên|"
                         r"trước|sau|khác|đầu|cuối|tiếp|chính)\b)[a-zà-ỹđ]{2,}"
                         r"|\b(?:may|hàn|nấu ăn|làm bánh|trồng nấm|chăn nuôi|tin học|lái xe|cơ khí|sửa chữa|uốn tóc|"
                         r"trang điểm|pha chế|đan đát|đan lát|thêu|điện dân dụng|điện công nghiệp|điện lạnh|"
                         r"chế biến|điều dưỡng|giúp việc|xây dựng)\b")
COMMUNE_NAMED = re.compile(rf"(?<![Tt]hị )\b(?:[Xx]ã|[Pp]hường|[Tt]hị trấn)\s+[{CAPITALS}0-9]")
FIGURE = re.compile(r"\{\w+\}")
BARE_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d\b")
WRITTEN_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w.,]\d)")
CAPITAL = re.compile(f"[{CAPITALS}]")
BRACKETED = re.compile(r"\([^)]*\)")
JOINED = re.compile(r",|\s(?:và|với)\s")  # what joins one figure's words to the next's
# what a figure's clause is not: another statement, or a breakdown of what it holds ("…, chủ yếu là người cao tuổi")
ANOTHER_CLAUSE = r",\s*(?:còn lại|trong đó|chiếm|tăng|giảm|đạt|bằng|so với|riêng|chủ yếu|gồm|bao gồm|nhất là|đa số)\b"
TIMES_OF = re.compile(r"\{\w+\}\s*lượt\s+([^\W\d_]+)")  # "{loans} lượt hộ vay": households are counted too
# An amount for each one: "mỗi phần 300.000 đồng", "mỗi suất trị giá 2 triệu", "8 triệu đồng/tháng", "5 triệu đồng mỗi tháng"
PER_ONE = re.compile(r"\bmỗi\s+\w+(?:\s+\w+)?\s+(?:(?:trị giá|là|được|có|khoảng|từ)\s+)?\d"
                     # ("đồng/mẹ/tháng", "đồng/trường hợp"; not a decree's number, "136/2013/NĐ-CP", nor a whole
                     # programme's, "45 tỷ đồng/giai đoạn", "850 triệu đồng/đợt")
                     r"|(?<![\w/])\d[\d.,]*\s*(?:\w+\s*)?(?:đồng)?\s*/\s*(?!giai đoạn|đợt|chương trình|dự án|kỳ)"
                     r"(?-i:(?![A-ZĐ])[^\W\d_])"
                     r"|\d[\d.,]*\s+(?:triệu|nghìn|ngàn|tỷ|đồng)(?:\s+đồng)?\s+(?:mỗi|một)\s+\w+"
                     # ("Nhà nước hỗ trợ hằng tháng 99.000 đồng đối với người thuộc hộ nghèo")
                     # (so much a month, not a total: "đã giải ngân 850 triệu đồng đối với hộ nghèo")
                     r"|(?:hằng|hàng|mỗi)\s+tháng\s+\d[\d.,]*\s+(?:(?:triệu|nghìn|ngàn)\s+)?đồng\s+đối với\s+"
                     r"(?:mỗi\s+)?(?:người|hộ)\b", re.I)
MONEY = re.compile(r"\d[\d.,]*\s*(?:triệu|tỷ(?!\s*lệ)|nghìn|ngàn|đồng|usd)\b|kinh phí|trị giá", re.I)
# what is spent on all of them each month ("kinh phí chi trả hơn 1,1 tỷ đồng mỗi tháng"): each month's, not each one's
# (unless said of each one: "tổng mức hỗ trợ mỗi người là 1,5 triệu đồng/tháng")
_EACH_ONE_SAID = r"(?!\b(?:mỗi|một|/)\s*(?:người|hộ|suất|phần)\b)"
ALL_EACH_PERIOD = re.compile(rf"\b(?:kinh phí|tổng)\b(?:{_EACH_ONE_SAID}[^;]){{0,60}}?\d[\d.,]*\s*"
                             r"(?:triệu|tỷ|nghìn|ngàn|đồng)(?:\s+đồng)?\s*(?:mỗi|một|/)\s*(?:tháng|năm|quý)\b", re.I)


@dataclass(frozen=True)
class Profile:
    """What a fact can answer: the kinds of answer it holds, and the places it is about."""

    kinds: frozenset[str]
    subject: tuple[Place, ...]  # the places it is about (its most specific mentions)
    named: frozenset[Place]  # every place it names, with the province it says "tỉnh" of
    size: int = 1  # facts it stands for: a topic is answered whole only when that reads in one reply
    years: frozenset[int] = frozenset()  # the years it names ("Năm 2024, huyện phấn đấu …": its targets' year) and is of
    counts: bool = True  # states a count of something, not only amounts of money and rates
    extremes: frozenset[str] = frozenset()  # the ends of rankings it names ("cao nhất": most; analysis.extremes_of)
    occasions: frozenset[str] = frozenset()  # the occasions it is of ("tet", "27/7": analysis.OCCASIONS)
    part: tuple[str, str] | None = None  # the part of a year its figures are of ("6 tháng cuối năm 2024")
    year_end: bool = False  # its figures are as of a year's end, and it gives none of the year's start
    roles: frozenset[str] = frozenset()  # the roles it names ("Giám đốc Sở", "tác giả")
    holders: frozenset[str] = frozenset()  # those roles it names someone as holding (roles_held)
    declared: tuple[Place, ...] = ()  # the place it or its source says it is about (a commune's article: the commune)
    beneficiaries: frozenset[str] = frozenset()  # the groups of people it names (analysis.beneficiaries_in)
    alternatives: frozenset[tuple[str, str]] = frozenset()  # the alternatives of a kind it names (alternatives_in)
    as_of: str = ""  # the date its figures are of (ISO)
    people: frozenset[Person] = frozenset()  # the residents it names in full ("chị Nguyễn Thị Kiều")
    resident: Person | None = None  # the resident whose own figures it gives ("anh Lê Văn Thắng: anh vay")
    units: frozenset[str] = frozenset()  # what its figures count, folded ("ho", "tuoi")
    counted_groups: frozenset[str] = frozenset()  # the groups its figures are said to be of ("{n} hộ nghèo": poor)
    counted_countries: frozenset[Place] = frozenset()  # the countries they are of ("Nhật Bản chiếm {n} người")
    counts_everyone: bool = True  # one of its counts is said of no group ("{n} hộ, {m} nhân khẩu")
    source: str = ""  # the article it is from: its residents are its own
    full_names: frozenset[str] = frozenset()  # everyone it names in full ("Huỳnh Công Danh"), officials too
    items: frozenset[tuple[str, str]] = frozenset()  # the numbered items it is of ("Dự án 2": analysis.numbered_items)
    companies: frozenset[str] = frozenset()  # the words of the companies' names it gives (analysis.company_names)
    of_hamlet: bool = False  # it gives hamlets' figures (of_hamlets)
    hamlets: frozenset[tuple[str, ...]] = frozenset()  # the hamlets it names by name, folded (hamlets_named)
    counted: frozenset[tuple[float | int, str]] = frozenset()  # its counts and what each counts ((8, "can"))
    values: frozenset[float | int] = frozenset()  # every figure it gives
    months: frozenset[int] = frozenset()  # the months it is of (months_named)
    negates: bool = False  # it says what is not (yet) so ("1.096 người chưa tham gia BHYT")
    sexes: frozenset[str] = frozenset()  # the sexes it counts apart ("trong đó 74 học viên nữ": "nữ")
    compared_years: frozenset[int] = frozenset()  # the years it names only to compare with ("so với năm 2023")
    hamlet_counts: frozenset[tuple[tuple[str, ...], str]] = frozenset()  # what it counts of each hamlet it names


def answer_kinds(phrasings: list[str], answer: str) -> frozenset[str]:
    """The kinds a fact holds: those its own questions ask, and those its answer text shows."""
    # (a source of funds only when the answer names one: "Thông tin này lấy từ nguồn nào?" asks none of money)
    held = {kind for text in phrasings for kind in kinds_of(tokens(text))} - {"funding"}
    held |= {"signed_day"} if DOCUMENT_DAY.search(answer) else set()
    answer = ARTICLE_NAMED.sub(" ", answer)
    unplanned = PLANNING_OFFICE.sub(" ", answer)
    ungraded = GRADE.sub(" ", answer)
    evidence = {"quantity": re.search(r"\d", NOT_A_COUNT.sub(" ", answer)), "rate": RATE.search(answer),
                "person": _names_a_person(answer),
                "who": _names_a_person(answer) or ORGANISATION_NAMED.search(answer) or COMPANY_NAMED.search(answer)
                or BODY_NAMED.search(answer),
                "time": DATE.search(ungraded) or HOUR.search(answer),
                "day": DAY.search(ungraded), "hour": HOUR.search(answer), "change": CHANGED_BY.search(answer),
                "duration": LASTING.search(answer),
                "age": AGED.search(answer), "funding": FUNDED.search(answer),
                "place": _says_where(answer), "abroad": countries_named(answer),
                "whither": _says_where(answer) or countries_named(answer), "procedure": PROCEDURE.search(answer),
                "contact": CONTACT.search(answer), "whom": CONTACT.search(answer) or LIAISON.search(answer),
                "money": MONEY.search(answer),
                "plan": PLAN.search(MEASURED.sub(" ", unplanned)),
                "compare": STATED_CHANGE.search(answer), "commune": COMMUNE_NAMED.search(answer),
                "hamlet": HAMLET_NAMED.search(answer), "organisation": ORGANISATION_NAMED.search(answer),
                "company": COMPANY_NAMED.search(answer), "trade": TRADE_NAMED.search(answer),
                "each": PER_ONE.search(answer), "each_one": PER_ONE.search(ALL_EACH_PERIOD.sub(" ", answer)),
                "monthly": "tháng" in answer and EACH_MONTH.search(fold(answer)),  # "1,5 triệu đồng/tháng"
                "target": TARGET.search(YEAR_OR_DATE.sub(" ", MEASURED.sub(" ", NATIONAL.sub(" ", unplanned))))}
    # (a rate's figure only where one is given: "xã Xà Phiên hiện có tỷ lệ bao phủ BHYT thấp nhất huyện" gives none)
    return frozenset(held | {kind for kind, found in evidence.items() if found}
                     | ({"rate_given"} if RATE_GIVEN.search(answer) else set()))


def asks_a_rates_figure(analysis: Analysis) -> bool:
    """Whether a rate's figure is asked ("bao nhiêu phần trăm", "tỷ lệ … là bao nhiêu"), not which one has the highest
    ("Ấp nào có tỷ lệ muốn học nghề cao nhất": the rate is what ranks them)."""
    return "rate" in analysis.kinds and not (analysis.extremes and analysis.kinds & RANKED_ASKED)


RANKED_ASKED = frozenset({"hamlet", "commune", "trade", "organisation", "company", "person", "who"})


def _asks_when_signed(analysis: Analysis) -> bool:
    """Whether a question asks when a document was signed or issued ("ký ngày nào", "ban hành khi nào"): not "đăng ký",
    "kỳ họp" ("ký" reads "kí"; typed bare, it and "kỳ" are one)."""
    folded = [t.fold for t in analysis.words]
    return "ban hanh" in " ".join(folded) or any(
        typed_as(t, "kí") and folded[i - 1:i] != ["dang"] and folded[i + 1:i + 2] != ["hop"]
        for i, t in enumerate(analysis.words))


def asks_a_count(analysis: Analysis) -> bool:
    """Whether the question asks how many of something ("bao nhiêu người", "bao nhiêu mét vuông"), not an amount or a
    rate."""
    unit = analysis.unit or ""
    return (unit.isalpha() or unit == AREA) and unit not in NOT_COUNTS


def build_decider(documents: list[Document], facts: dict[str, Fact], render: Callable[[str], str | None],
                  related: Callable[[str, str], bool], served: str = "") -> Decider:
    """Each document's profile (the kinds of answer it holds, its places) and the home place, which a
    question naming no place is about first: the place ``served`` when facts are about it, else the
    place most facts are about."""
    _add_unlisted_places(facts)
    # Its title, its own questions and its answer say what a fact holds and where it is (not its keywords).
    texts = {key: ([fact.title, *fact.questions], render(key) or "") for key, fact in facts.items()}
    # (and the countries its source's title names, "… đi làm việc tại Nhật Bản": every fact of it speaks of them)
    mentions = {key: [m for text in (*phrasings, answer) for m in find_places(text)]
                + [m for m in find_places(facts[key].source.get("title", "")) if m.places[0].level == COUNTRY]
                for key, (phrasings, answer) in texts.items()}
    # A fact's default place: the one it (or its source) names, else what its source's title says.
    where = {key: fact.declared_place or fact.source.get("title", "") for key, fact in facts.items()}
    sources = {text: find_places(text) for text in set(where.values())}
    known = frozenset(p for found in (*mentions.values(), *sources.values()) for m in found if m.explicit
                      for p in m.places)
    profiles: dict[str, Profile] = {}
    templates = {key: as_template(fact.answer) for key, fact in facts.items()}
    units = {key: units_counted(template) for key, template in templates.items()}
    said_of = {key: what_figures_are_of(fact.answer, groups_named, countries_named) for key, fact in facts.items()}
    for key, (phrasings, answer) in texts.items():
        source_places = tuple(p for m in sources[where[key]] for p in m.places
                              if p in known or m.explicit)
        # "tỉnh Trà Vinh" named as the fact's place is the province, not also the city of that name
        source_places = tuple(p for p in source_places if p.label.lower() == where[key].lower()) or source_places
        deepest = max((p.level for p in source_places), default=0)
        default = tuple(p for p in source_places if p.level == deepest)
        own = own_hamlet(where[key], answer, mentions[key])  # (an article about one hamlet: its facts are the hamlet's)
        profiles[key] = dataclasses.replace(profile(phrasings, answer, default, known, mentions[key],
                                                    facts[key].as_of_year, published_year(facts[key])),
                                            counts=may_count(facts[key].answer, templates[key], units[key]),
                                            part=part_of_year(fold(facts[key].as_of_label)), declared=default,
                                            year_end=bool(YEAR_END.search(fold(facts[key].as_of_label)))
                                            and not GIVES_THE_START.search(fold(answer)),
                                            as_of=facts[key].as_of, resident=resident_of(facts[key].title),
                                            people=people_named(f"{facts[key].title} {answer}"), units=units[key],
                                            counted_groups=said_of[key][0], counted_countries=said_of[key][1],
                                            counts_everyone=not FIGURE.search(templates[key]) or said_of[key][2],
                                            full_names=full_names(answer),
                                            counted=counts_given(facts[key].answer, facts[key].values),
                                            hamlet_counts=hamlets_counting(facts[key].answer),
                                            values=frozenset(facts[key].values.values()),
                                            months=months_named(f"{facts[key].title} {answer}"),
                                            negates=NEGATES.search(answer) is not None,
                                            sexes=frozenset(sex for sex, said in SEXES_SAID.items()
                                                            if said.search(answer)),
                                            items=items_said(" ".join((facts[key].title, answer,
                                                                       *facts[key].keywords))),
                                            companies=company_names(f"{facts[key].title} {answer}", set()),
                                            of_hamlet=of_hamlets(answer) or bool(own),
                                            hamlets=hamlets_named(row.group(0) if (row := HAMLET_ROW.search(answer))
                                                                  else answer) | own,  # (its own, and its article's)
                                            source=facts[key].source_id or facts[key].source.get("title", ""),
                                            holders=roles_held(answer),
                                            roles=frozenset(r for text in (*phrasings, *facts[key].keywords, answer)
                                                            for r in roles_in(tokens(text))) | kin_named(answer),
                                            beneficiaries=frozenset().union(*(beneficiaries_in(tokens(text))
                                                                              for text in (*phrasings, answer))),
                                            alternatives=frozenset().union(*(alternatives_in(tokens(text))
                                                                             for text in (*phrasings, answer))))
    counts = Counter(p for pr in profiles.values() for p in pr.subject)
    home = next(((p,) for m in find_places(served) for p in m.places if counts[p]), ())
    if served and not home and counts:
        log.warning("No fact is about the place served (%r): the place most facts are about stands in for it", served)
    home = home or ((counts.most_common(1)[0][0],) if counts else ())
    members: dict[str, list[str]] = {}  # a topic's facts: those whose document it is the parent of
    for doc in documents:
        if doc.parent is not None:
            members.setdefault(doc.parent, []).append(doc.key)
    for doc in documents:
        if doc.key not in profiles:  # a topic holds what its facts hold
            of = [profiles[key] for key in members.get(doc.key, [])]
            parts = {m.part for m in of}
            profiles[doc.key] = Profile(frozenset().union(*(m.kinds for m in of)),
                                        tuple(dict.fromkeys(p for m in of for p in m.subject)),
                                        frozenset().union(*(m.named for m in of)), len(of),
                                        counts=any(m.counts for m in of), roles=frozenset().union(*(m.roles for m in of)),
                                        beneficiaries=frozenset().union(*(m.beneficiaries for m in of)),
                                        alternatives=frozenset().union(*(m.alternatives for m in of)),
                                        units=frozenset().union(*(m.units for m in of)),
                                        counted_groups=frozenset().union(*(m.counted_groups for m in of)),
                                        counted_countries=frozenset().union(*(m.counted_countries for m in of)),
                                        counts_everyone=any(m.counts_everyone for m in of),
                                        part=parts.pop() if len(parts) == 1 else None)
    return Decider(profiles, related, home, known, members)


def _add_unlisted_places(facts: dict[str, Fact]) -> None:
    """A place the gazetteer lacks (a commune formed in 2025, say) that facts are declared of is still a place of its
    province, named as they name it; and so are the communes such a district's facts name, when no commune of that
    name lies in its province. What was read of places before is read again."""
    gaz = gazetteer()
    listed = len(gaz.places)
    declared = {label: gaz.add_unlisted(label) for label in {f.declared_place for f in facts.values()} if label}
    for fact in facts.values():
        district = declared.get(fact.declared_place)
        if district is None or district.level != DISTRICT or not gaz.unlisted(district):
            continue
        for mention in find_places(fact.answer):
            if mention.explicit and all(p.level == COMMUNE and p.province != district.province for p in mention.places):
                gaz.add_unlisted(f"{mention.places[0].kind} {' '.join(mention.places[0].canon)}, {fact.declared_place}")
    if len(gaz.places) > listed:
        for cached in (mentions_of, analyse, _commune_names):
            cached.cache_clear()


def _typed(name: str) -> tuple[str, ...]:
    """A place's name as its words are typed with marks ("Tân Lân": ("tân", "lân"))."""
    return tuple(t.canon for t in tokens(name))


@lru_cache(maxsize=1)
def _commune_names() -> frozenset[tuple[str, ...]]:
    """Every commune's name as typed with marks (a third of a second to build: only when a bare name is met)."""
    return frozenset(_typed(p.short) for p in gazetteer().places.values() if p.level == COMMUNE)


def _extends(longer: Mention, bare: Mention) -> bool:
    """Whether a commune's name we hold facts of goes on where a bare name read in the same words stops ("Vĩnh Thuận
    Đông", a commune of Long Mỹ, read as huyện Vĩnh Thuận and "Đông")."""
    return not bare.explicit and len(longer.words) > len(bare.words) and longer.words[:len(bare.words)] == bare.words


def published_year(fact: Fact) -> int | None:
    """The year a fact's source was published, when it says."""
    published = fact.source.get("published", "")
    return int(published[:4]) if published[:4].isdigit() else None


Person = tuple[str, tuple[str, ...]]  # how they are addressed, and their name's words ("chị", ("nguyễn", "thị", "kiều"))


def _person(address: str, name: str) -> Person:
    return address.lower(), tuple(t.canon for t in tokens(name, expand_abbreviations=False))


def resident_of(title: str) -> Person | None:
    """The resident whose own figures a fact gives, as ingesting titles it ("anh Lê Văn Thắng: anh vay")."""
    found = RESIDENT.match(title)
    return _person(found.group("address"), found.group("name")) if found else None


def months_named(text: str) -> frozenset[int]:
    """The months a text names ("tháng 4/2024", "ngày 11/9/2024", "12/2023"), and those between two it spans ("từ
    tháng 7 đến tháng 9", "từ 1/7 đến 30/9"); not one it is weighed against ("tăng 12 người so với tháng 9/2023")."""
    text = NUMBERED_DOCUMENT.sub(" ", COMPARED.sub(" ", text))
    months = {int(m) for found in MONTH_NAMED.finditer(text) for m in found.groups() if m and 1 <= int(m) <= 12}
    for span in MONTH_SPAN.finditer(text):
        first, last = int(span.group(1) or span.group(2)), int(span.group(3) or span.group(4))
        months |= set(range(first, last + 1)) if 1 <= first <= last <= 12 else set()
    for since in SINCE.finditer(text):  # a rule in force from a month on ("Từ ngày 1/7/2024, lương cơ sở …")
        months |= set(range(int(since.group(1) or since.group(2)), 13))
    for quarter in QUARTER_NAMED.finditer(text):  # ("quý III/2024": July to September)
        months |= quarter_months(QUARTERS[fold(quarter.group(1)).lower()])
    return frozenset(months)


def months_of_part(part: tuple[str, str]) -> frozenset[int]:
    """The months a part of a year spans: ("3", "dau") the first three, ("3", "cuoi") the last three."""
    count = int(part[0]) if part[0].isdigit() else 0
    return frozenset(range(1, count + 1) if part[1] == "dau" else range(13 - count, 13) if part[1] == "cuoi" else ())


def of_hamlets(answer: str) -> bool:
    """Whether a fact gives hamlets' figures, not its commune's: one hamlet's row ("Ấp Phú Tức: 96 hộ") or hamlet by
    hamlet from its first figure ("ấp Nhị Hòa có 58 người khuyết tật, ấp Long Hội 52 người, …"; not "xã mở 5 lớp,
    gồm: 2 lớp may (ấp Tân Thạnh và ấp Tân Quý), …") with no total of the whole place."""
    if HAMLET_ROW.search(answer):
        return True
    undated = YEAR_OR_DATE.sub(" ", answer)
    first_figure, first_hamlet = re.search(r"\d", undated), HAMLETS_NAMED.search(undated)
    several = bool(first_figure and first_hamlet) and first_hamlet.start() < first_figure.start() and len(
        HAMLET_FIGURE.findall(undated)) > 1 and not WHOLE_PLACE.search(fold(answer))
    return several or one_hamlets(undated)


def one_hamlets(undated: str) -> bool:
    """Whether a fact's figures are one hamlet's, told of before them with nothing wider between ("Niềm vui của bà
    con ấp Kim Quy B … Điểm chi trả này có 178 đối tượng", "Năm ngoái ấp mình 9 hộ nghèo"; not "Tại ấp Phú Hòa, xã
    trao 120 suất quà", nor someone's address: "chị Tuyền ở ấp Mỹ Hòa đạt 9,4 điểm"), and no total of the whole place
    beside."""
    first_figure = re.search(r"\d", undated)
    hamlet = ONE_HAMLET.search(undated[:first_figure.start()]) if first_figure else None
    return hamlet is not None and not WIDER.search(undated[hamlet.end():first_figure.start()]) and not \
        WHOLE_PLACE.search(fold(undated)) and not ADDRESS_BEFORE.search(undated[:hamlet.start()])


def hamlets_named(text: str) -> frozenset[tuple[str, ...]]:
    """The hamlets a text names by name, each as its folded words, as a question's are read ("ấp Phú Thành A":
    ("phu", "thanh", "anh"))."""
    return frozenset(tuple(t.fold for t in tokens(name)) for found in HAMLETS_NAMED.finditer(text)
                     for name in re.split(r"\s*,\s*|\s+và\s+", found.group(1)))


def own_hamlet(place: str, answer: str, named: tuple[Mention, ...]) -> frozenset[tuple[str, ...]]:
    """The hamlet an article is about, when its place opens with one ("ấp Hòa Trung, xã Tân Hưng Đông, …"; "Ấp 3A,
    …"): its facts are that hamlet's, unless one says its commune's own ("toàn xã", or naming a commune)."""
    first = place.split(",")[0].strip()
    if not HAMLET_PLACE.fullmatch(first) or WHOLE_COMMUNE.search(fold(answer)) or any(
            p.level == COMMUNE for m in named for p in m.places):
        return frozenset()
    return frozenset({tuple(t.fold for t in tokens(first)[1:])})


def hamlets_counting(template: str) -> frozenset[tuple[tuple[str, ...], str]]:
    """Each hamlet a fact names with what the figures after it count, up to the next hamlet or the end of its row
    ("ấp Thạnh Hòa {households} hộ ({people} nhân khẩu), ấp Thạnh Lợi {households_2} hộ": Thạnh Lợi's households
    only)."""
    found = list(HAMLETS_NAMED.finditer(template))
    ends = [mark.start() for mark in found[1:]] + [len(template)]
    return frozenset((name, unit) for mark, end in zip(found, ends)
                     for unit in units_counted(_own_part(template[mark.end():end]))
                     for name in hamlets_named(mark.group(0)))


def _own_part(text: str) -> str:
    """What follows a name up to the end of its sentence or row, brackets kept ("268 hộ (941 nhân khẩu); …")."""
    depth = 0
    for at, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth <= 0 and char in ";.":
            return text[:at]
    return text


def people_named(text: str) -> frozenset[Person]:
    """The residents a text names in full ("chị Nguyễn Thị Kiều, 38 tuổi"), not officials with their role, and
    those it calls by their name alone ("chị Kiều": who she is, her article says)."""
    return frozenset(_person(m.group("address"), m.group("name"))
                     for pattern in (PERSON_NAMED, CALLED_BY_NAME) for m in pattern.finditer(text))


def names_person(words: tuple[Token, ...], person: Person) -> bool:
    """Whether a question names a person: their name in full, or the name they are called by after a word of
    address that fits them ("anh Tâm", "a Tâm", "bà Bé Năm"; not "ba năm nay", typed with marks)."""
    address, name = person
    with_marks = mostly_marked(words)

    def said(token: Token, word: str) -> bool:  # in a message typed with marks, a word is its own ("ba" is not "bà")
        return token.canon == word if with_marks else token.fold == fold(word)

    forms = [name, *((form,) + name[-size:] for form in ADDRESSED.get(address, (address,)) for size in (1, 2))]
    return any(len(form) <= len(words) - i and all(said(t, w) for t, w in zip(words[i:], form))
               for form in forms for i in range(len(words)))


NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def as_template(answer: str) -> str:
    """An answer as a template of its figures: its own, or, written without, each number that is no day, hour nor
    telephone number as one ("{n}")."""
    if FIGURE.search(answer):
        return answer
    return WRITTEN_NUMBER.sub("{n}", NOT_A_COUNT.sub(" ", HOUR.sub(" ", PHONE.sub(" ", answer))))


def may_count(answer: str, template: str, units: frozenset[str]) -> bool:
    """Whether an answer may give a count: one of its figures counts something (``template``, ``units``), or it writes
    no number but a year ("các xã, thị trấn" answers "ở mấy xã"); never when its numbers are all days, hours or a
    telephone's ("Bò giống: cấp vào lúc 7 giờ 30 ngày 15/11/2023 …" tells when, not how many households)."""
    if not FIGURE.search(template):
        return not any(c.isdigit() for c in BARE_YEAR.sub("", answer))
    return counts_things(units)


def units_counted(template: str) -> frozenset[str]:
    """What an answer's figures count, as the word after each says ("{people} người": "nguoi"), folded."""
    units = {unit_named(fold(m.group("unit")), fold(after.group(1)) if (after := NEXT_WORD.match(template, m.end())) else "")
             for m in UNIT_AFTER.finditer(template)}
    return frozenset(units | {fold(m.group(1)) for m in TIMES_OF.finditer(template)})


def counts_given(template: str, values: dict[str, float | int]) -> frozenset[tuple[float | int, str]]:
    """An answer's counts, each with what it counts ("{houses} căn nhà": (8, "can")): two facts giving the same say
    the same."""
    return frozenset((values[m.group("name")], fold(m.group("unit"))) for m in UNIT_AFTER.finditer(template)
                     if m.group("name") in values and fold(m.group("unit")) in COUNTED)


def what_figures_are_of(template: str, *named: Callable[[str], frozenset]) -> tuple:
    """What an answer's figures are said to be of, for each way of naming (groups of people, countries: each of
    ``named`` finds them in a phrase), and last whether one of its counts of households or people is of no group.
    For each figure: what is named after it, up to a list of what it holds, another clause or the next figure's own
    words ("{households} hộ nghèo", "còn có {n} hộ cận nghèo", "{cards} thẻ cho người nghèo, người cận nghèo"; "{n}
    đối tượng, gồm: …" names none; "{n} người, còn lại là Hàn Quốc" is not Korea's; "{a} lao động, Hàn Quốc {b}":
    Korea is b's); else what its clause names before it ("Nhật Bản {n} lao động", "Hộ cận nghèo còn {n} hộ"); else
    the nearest clause before it in its sentence that names any."""
    found: list[set] = [set() for _ in named]
    ungrouped = False  # a count of households or people said of no group ("{n} hộ dân"): everyone's
    for figure in FIGURE.finditer(template):
        before = BRACKETED.sub(" ", re.split(r"[.;]", template[:figure.start()])[-1])  # "(Trung Quốc)"
        clauses = re.split(r"[,:(]|\{\w+\}", before)
        after = re.split(r"[:;.(]|" + ANOTHER_CLAUSE, BRACKETED.sub(" ", template[figure.end():]), maxsplit=1)[0]
        if "{" in after:  # up to the next figure, less the words that are its own ("…, Hàn Quốc {n} lao động")
            after = after.split("{", 1)[0]
            after = after[:max((m.start() for m in JOINED.finditer(after)), default=0)]
        for n, (kind, name) in enumerate(zip(found, named)):
            said = name(after) or name(clauses[-1])
            for clause in reversed(clauses[:-1]):
                if said:
                    break
                said = name(clause)
            kind |= said
            ungrouped |= not n and not said and EVERYONE_COUNTED.match(template, figure.end()) is not None
    return (*(frozenset(kind) for kind in found), ungrouped)


EVERYONE_COUNTED = re.compile(r"\s*(?:lượt\s+)?(?:hộ|người|nhân khẩu)\b")


def _said_of(asked: frozenset, said: frozenset) -> bool:
    """Nothing asked, nothing said, or some of what is asked said."""
    return not asked or not said or bool(asked & said)


def groups_named(text: str) -> frozenset[str]:
    return beneficiaries_in(tokens(text))


def _says_where(answer: str) -> bool:
    """Where something is or happens ("tại Hội trường UBND huyện", "địa chỉ"), not a country people went to ("tại
    Nhật Bản")."""
    return any(not countries_named(" ".join(re.split(r"[,;.(]", answer[found.end() - 1:], maxsplit=1)[0].split()[:3]))
               for found in WHERE.finditer(answer))


def countries_named(text: str) -> frozenset[Place]:
    if not CAPITAL.search(text):  # a country is named with capitals ("Nhật Bản"): no need to look further
        return frozenset()
    return frozenset(p for m in find_places(text) for p in m.places if p.level == COUNTRY)


def counts_asked(unit: str, units: frozenset[str]) -> bool:
    """Whether a fact counting ``units`` may answer how many ``unit`` there are."""
    held = units - NOT_COUNTS
    return not held or counts_alike(unit, held)


def counts_things(units: frozenset[str]) -> bool:
    """Whether an answer counts something: a figure of it other than money or a rate ("{people} người"); one
    stating no figure at all may say anything."""
    return not units or any(u not in NOT_COUNTS for u in units)


def _given_alike(other: Decision) -> bool:
    """Whether another place's decision may follow ours: answered, or its closest fact ahead of the next by the
    answer's margin (clear among its own place's facts or not)."""
    if other.status == "answered":
        return True
    close = other.candidates
    return other.status == "suggest" and close[0].score >= ANSWER_SCORE and (
        len(close) == 1 or close[0].score - close[1].score >= ANSWER_MARGIN * close[0].score)


def kin_named(answer: str) -> frozenset[str]:
    """The kin an answer names by name, folded ("Bà Lê Thị Hai (74 tuổi), vợ ông": "vo"); "vợ chồng anh …" names
    a couple, not a wife."""
    return frozenset(fold(m.group(1) or m.group(2)) for m in KIN_NAMED.finditer(answer))


def roles_held(text: str) -> frozenset[str]:
    """The roles a text names someone as holding: in the words right after their full name, up to the next comma or
    stop ("ông Huỳnh Văn Lợi, Trưởng Phòng Lao động … huyện Thới Lai, về …"), or before it, said with a colon or "là"
    ("Trưởng ấp: bà Lê Thị Thu Cúc"); never a role the sentence names of someone else ("Cùng đi với Trưởng đoàn có bà
    Phạm Thị Hoa, Phó Giám đốc Sở": the deputy director; "Phóng viên … trao đổi với ông …": not the reporter)."""
    held = set()
    for found in _named_in_full(text):
        after = APPOSITION.match(text, found.start() + len(found.group(1)))
        before = ROLE_SAID_BEFORE.search(text, 0, found.start())
        for said in (after and after.group(1), before and before.group(1)):
            if said:
                held |= roles_in(tokens(said, expand_abbreviations=False))
    return frozenset(held)


def full_names(text: str) -> frozenset[str]:
    """The people a text names in full: a capitalised surname and two or three names ("Huỳnh Công Danh")."""
    return frozenset(m.group(1) for m in _named_in_full(text))


def _named_in_full(text: str) -> Iterator[re.Match]:
    """Where a text names someone in full (group 1 the name, group 2 its surname)."""
    return (m for m in FULL_NAME.finditer(text) if fold(m.group(2)) in SURNAMES)


@lru_cache(maxsize=16384)
def _folded_name(name: str) -> str:
    """A full name's words as a question's are folded ("Đỗ Văn Hùng": "do van hung")."""
    return " ".join(t.fold for t in tokens(name, expand_abbreviations=False))


def _names_a_person(text: str) -> bool:
    """A person's name: a capitalised surname and name ("ông Trần Thanh Liêm", "Tin, ảnh: Trần Thanh")."""
    return any(word[:1].isupper() and fold(word) in SURNAMES for word in NAME.findall(text))


def profile(phrasings: list[str], answer: str, default: tuple[Place, ...], known: frozenset[Place],
            mentions: list[Mention], as_of_year: int, published: int | None = None) -> Profile:
    """``known``: places named with their kind anywhere in the knowledge base, which settle a bare
    name that could be two places (Long Mỹ, the district or the town); ``published``: the year "năm nay" is."""
    mentions = relevant(mentions, known)
    # (a bare name that is its own place's too is its own: "Long Mỹ" in thị xã Long Mỹ's facts is not the district)
    places = [p for m in mentions for p in (not m.explicit and tuple(q for q in m.places if q in default)
                                            or settle(m, known))]
    units = [p for p in places if p.level > COUNTRY]  # where people go to work is not what a fact is about
    deepest = max((p.level for p in units), default=0)
    subject = tuple(dict.fromkeys(p for p in units if p.level == deepest)) or default
    named = set(places)
    if any(PROVINCE_WORD.search(unicodedata.normalize("NFC", text)) for text in (*phrasings, answer)):  # "Sở ... tỉnh": its place's province
        named |= {gazetteer().places[p.province] for p in subject}
    # (a figure of a year after the one it was written in is a plan, whatever its words: "Năm 2025, xã đăng ký mở 4 lớp")
    ahead = bool(published and (own_years := years_named(answer)) and min(own_years) > published)
    kinds = answer_kinds(phrasings, answer) | ({"plan"} if ahead else set())
    said = ". ".join((*phrasings, answer))  # (a comparison ends with its text)
    years = years_named(said)
    # a year named only as what a figure is compared with is not its own ("tăng 8,4% so với Tết Giáp Thìn 2024"),
    # unless that year's figure is given too ("so với cùng kỳ năm 2023 (745 quyết định)")
    bare = [m for m in COMPARED.finditer(said) if not STATED_AFTER.match(said, m.end())
            and not re.search(r"\d", YEAR_OR_DATE.sub(" ", NUMBERED_DOCUMENT.sub(" ", m.group(0))))]
    compared = years_named(" ".join(m.group(0) for m in bare)) - years_named(COMPARED.sub(" ", said)) - {as_of_year}
    # A figure is of the year it is dated; a target's date is when it was set, not the year it is for, unless it says
    # it is for the year it is written in ("hè năm nay huyện mở 32 lớp dạy bơi")
    if "target" not in kinds:
        years |= {as_of_year}
    elif THIS_YEAR.search(answer):
        years |= {published or as_of_year}
    words = tokens(answer)
    return Profile(kinds, subject, frozenset(named), years=years, extremes=extremes_of(words),
                   occasions=occasions_in(words), compared_years=compared)


def years_named(text: str) -> frozenset[int]:
    """The years a text names ("năm 2023", "5/2024")."""
    return frozenset(int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text))


@lru_cache(maxsize=8)
def _provinces(known: frozenset[Place]) -> frozenset[str]:
    return frozenset(p.province for p in known)


@lru_cache(maxsize=8)
def _codes(known: frozenset[Place]) -> frozenset[str]:
    return frozenset(p.code for p in known)


@lru_cache(maxsize=8)
def _parents(known: frozenset[Place]) -> frozenset[str]:
    return frozenset(p.parent for p in known if p.level == COMMUNE)


def relevant(mentions: tuple[Mention, ...] | list[Mention], known: frozenset[Place],
             capitalised: frozenset[str] = frozenset()) -> tuple[Mention, ...]:
    """A bare name counts as a place when it is a province, a district of a province we know ("Phụng
    Hiệp", but not "Văn Bàn" for "văn bản"), or a commune of a district we know, typed with its marks
    ("ở Phong Nẫm"), or said as a commune, of a district one of whose communes we know ("xa vinh hoa hung bac"), or
    of any district, its name typed with ``capitalised`` words ("xa Long Hoa": another commune than ours, whose
    figures ours never are; "xa minh bao nhieu" names no xã Minh Bảo)."""
    provinces = _provinces(known)
    districts = _codes(known)
    neighbours = _parents(known)  # the districts of the communes we know
    kept = []
    for mention in mentions:
        # Typed with its marks, a district's name is that district even in a province we know nothing of
        # ("Mỹ Tú có bao nhiêu hộ nghèo?"); typed bare, only in one we know ("phung hiep").
        places = mention.places if mention.explicit else tuple(
            p for p in mention.places if p.level <= PROVINCE or p.level == DISTRICT
            and (mention.marked or p.province in provinces or said_with_kind(mention))
            or p.level == COMMUNE and (p.parent in districts or p.parent in neighbours and (
                mention.marked or said_with_kind(mention)) or said_with_kind(mention) and set(
                name_after_kind(mention)) <= capitalised))
        if places:
            kept.append(dataclasses.replace(mention, places=places))
    return tuple(kept)


def settle(mention: Mention, known: frozenset[Place]) -> tuple[Place, ...]:
    """The places a mention stands for, the known ones first among namesakes."""
    return tuple(p for p in mention.places if p in known) or mention.places


def fits_place(mentions: tuple[Mention, ...], profile_: Profile, known: frozenset[Place], figures: bool = True) -> bool:
    """Whether a fact may answer a question naming these places: it names them, or they lie inside
    its place (a commune of its district). A fact of a commune's article never gives a figure for the whole
    district, though it names it ("… Phòng giao dịch Ngân hàng Chính sách xã hội huyện Lai Vung"); asked no
    ``figures``, who or when, it speaks of the district it names ("Phó Chủ tịch UBND huyện Gò Công Tây …")."""
    gaz = gazetteer()
    for mention in mentions:
        places = settle(mention, known)
        if not any(p in profile_.named and not (figures and any(p.level < COMMUNE == s.level and gaz.contains(p, s)
                                                                for s in profile_.declared))
                   or not mention.own and any(gaz.contains(s, p) for s in profile_.subject)
                   for p in places):
            return False
    return True


@dataclass
class Decision:
    status: str  # "answered" | "suggest" | "fallback"
    candidates: list[Candidate]
    years: list[int] = field(default_factory=list)
    reason: str = ""  # why a close fact was not given: "place" or a kind of answer ("procedure", ...)

    @property
    def score(self) -> float:
        return self.candidates[0].score if self.candidates else 0.0


class Decider:
    """Turns ranked candidates into a Decision, knowing each document's profile."""

    def __init__(self, profiles: dict[str, Profile], related, home: tuple[Place, ...], known: frozenset[Place],
                 members: dict[str, list[str]] | None = None):
        self.profiles = profiles
        self.members = members or {}  # a topic's facts
        self.stories: dict[Person, list[str]] = {}  # a resident's facts, in the article's order
        people: dict[str, set[Person]] = {}
        for profile_ in profiles.values():
            people.setdefault(profile_.source, set()).update(profile_.people)
        # "chị Bé Năm" of "chị Nguyễn Thị Bé Năm": the one person, when only one full name in her article ends so
        self.called: dict[tuple[str, Person], Person] = {}
        for source, named in people.items():
            for short in named:
                full = [p for p in named if p[0] == short[0] and len(p[1]) > len(short[1])
                        and p[1][-len(short[1]):] == short[1]]
                if len(full) == 1:
                    self.called[source, short] = full[0]
        for key in profiles:
            for person in self.residents(key):
                self.stories.setdefault(person, []).append(key)
        # the hamlets facts name, by their first word (a question is read at each "ấp" it says)
        self.hamlet_names: dict[str, list[tuple[str, ...]]] = {}
        for name in frozenset().union(*(p.hamlets for p in profiles.values())):
            self.hamlet_names.setdefault(name[0], []).append(name)
        self.related = related
        self.home = home
        self.home_set = frozenset(home)
        self.known = known
        # "tỉnh mình", naming none: the home's province, or another province whose own articles we hold ("huyện mình"
        # may be any place we know)
        provinces = {p for profile_ in profiles.values() for p in profile_.declared if p.level == PROVINCE}
        self.home_province = tuple(gazetteer().places[h.province] for h in home[:1] if h.province)
        self.provinces = tuple(dict.fromkeys([*self.home_province, *sorted(provinces, key=lambda p: p.code)]))
        # the communes we hold facts of, by their names as typed with marks ("tân lân"), under their first word: a
        # resident names their own bare
        self.communes: dict[str, dict[tuple[str, ...], tuple[Place, ...]]] = {}
        for place in known:
            if place.level == COMMUNE and len(name := _typed(place.short)) > 1:
                named = self.communes.setdefault(name[0], {})
                named[name] = (*named.get(name, ()), place)
        # what articles count, and what these facts do ("{n} khách hàng"): a word after "bao nhiêu" that none is counts
        # nothing said ("bao nhiêu so với")
        self.units = (COUNTED | frozenset().union(*(p.units for p in profiles.values())) - NOT_COUNTED - AMBIGUOUS
                      ) - NOT_COUNTS

    def decide(self, found: Search, analysis: Analysis) -> Decision:
        years = found.years
        ranked = [c for c in found.candidates if self.profiles[c.key].size <= TOPIC_MAX_FACTS]
        demanded = analysis.kinds
        if not ranked or ranked[0].score < SUGGEST_SCORE:
            # Nothing close; still say what was asked for that we lack ("số điện thoại ...").
            held = self.profiles[ranked[0].key].kinds if ranked else frozenset()
            return Decision("fallback", [], years, min(demanded - held, default=""))
        # "lương tháng" where no fact speaks of salaries, "bhyt" where none of health insurance
        if found.unknown & (analysis.named | analysis.terms):
            return Decision("fallback", ranked[:3], years, min(demanded, default=""))
        mentions = self.mentions(analysis)
        candidates = self._for_place(ranked, mentions, not analysis.kinds or not analysis.kinds <= WHO_OR_WHEN)
        if ((not mentions or analysis.story_place) and analysis.place_kind
                and LEVEL_OF_KIND[analysis.place_kind] < COMMUNE
                and "commune" not in analysis.kinds):  # ("lễ của huyện mình tổ chức ở xã nào": held in one)
            # "huyện mình": a district's figure, never a commune's passed off as it (though the asker's story names
            # their commune: "Nhà tui ở xã Viên An Đông, … toàn huyện … làm xong bao nhiêu căn")
            level = LEVEL_OF_KIND[analysis.place_kind]
            # (a statement naming several communes is its district's: "Huyện xây 5 điểm vui chơi tại các xã A, B, …";
            # and where the district's event of a day was held is one commune: "phiên giao dịch việc làm đầu năm của
            # huyện tổ chức ở đâu", not where a service is: "huyện chi trả trợ cấp ở đâu")
            candidates = [c for c in candidates if not (subject := self.profiles[c.key].subject)
                          or any(p.level <= level for p in subject) or len({p.name for p in subject}) > 1
                          or "place" in analysis.kinds and "day" in self.profiles[c.key].kinds]
        if not candidates:
            return Decision("fallback", ranked[:3], years, "place")
        counted = asks_a_count(analysis)
        if counted and self._asks_of_district(mentions, analysis):
            # how many "huyện Long Hồ" has: one commune's count ("xã Phú Đức giảm được 24 hộ") only when nothing of
            # the district's comes close ("xã mình" names the asker's commune: "xã mình … đi làm ở Bình Dương")
            candidates = sorted((dataclasses.replace(c, score=c.score * ONE_COMMUNE_FACTOR)
                                 if self._of_one_commune(c.key) else c for c in candidates), key=lambda c: -c.score)
        named = {p for c in candidates for p in self.residents(c.key)
                 if names_person(analysis.words, p)}  # the residents the question names
        if counted and not (mentions or analysis.place_kind or named):
            # naming no place nor anyone, how many the place an article is about has, before one of its communes'
            candidates = sorted((dataclasses.replace(c, score=c.score * ONE_COMMUNE_FACTOR)
                                 if self._of_one_commune(c.key) and not set(self.profiles[c.key].subject) & set(
                                     self.profiles[c.key].declared) else c for c in candidates), key=lambda c: -c.score)
        # (what each one gets is the commune's rule, said of no hamlet: "ấp Tắc Gồng mỗi khẩu nhận bao nhiêu kg gạo")
        if (asked := self._hamlets_asked(analysis)) and analysis.kinds & FIGURES_ASKED and not named \
                and "each" not in analysis.kinds:
            # a hamlet's figure ("ấp Phú Ninh có bao nhiêu hộ khmer"): only from a fact naming it, never its commune's
            # (a hamlet no fact names is the asker's address, not what they ask of)
            # (nor of a group its facts do not name: "ấp Phú Ninh có bao nhiêu hộ khmer" of its households' row)
            of_hamlet = [c for c in candidates if asked & self.profiles[c.key].hamlets
                         and self._for_whom([c.key], analysis, named_only=True)
                         and self._counts_of_hamlet(c.key, asked, analysis, counted)]
            # (nor when what else it asks is in other facts only: "tổ vay vốn ấp Trà Mẹt dư nợ nhiêu" of the hamlet's
            # members, the loans being another fact's)
            if not of_hamlet or self._said_elsewhere(of_hamlet, candidates, found):
                return Decision("suggest", candidates[:3], years)
            candidates = of_hamlet
        elif analysis.kinds & FIGURES_ASKED and self._unknown_hamlet_asked(analysis):
            # how many or how much one hamlet has, that no fact names ("Ấp An Phú có bao nhiêu hộ bị sạt lở", "tỷ lệ hộ
            # nghèo của ấp Đại Thọ"): never the commune's
            return Decision("suggest", candidates[:3], years)
        elif counted and not asked and "hamlet" not in analysis.kinds:
            # asking of no hamlet, how many the place has, before one hamlet's row of a list ("Xã Phú Mỹ được cấp bao
            # nhiêu tấn gạo": the commune's total, not Ấp Phú Tức's; "tôi ở ấp Tắc Gồng, … cả xã": the commune's)
            candidates = sorted((dataclasses.replace(c, score=c.score * ONE_COMMUNE_FACTOR)
                                 if self.profiles[c.key].of_hamlet else c for c in candidates), key=lambda c: -c.score)
        if asked and not analysis.kinds & (FIGURES_ASKED | {"hamlet"}):
            # who or when of one hamlet ("Trưởng ấp Tân Dinh tên gì"): never from a fact of other hamlets only (but
            # which other hamlets have it: "ấp tôi … những ấp nào đã có câu lạc bộ")
            candidates = [c for c in candidates if not (held := self.profiles[c.key].hamlets) or asked & held]
        if not asked and analysis.kinds & FIGURES_ASKED and "hamlet" not in analysis.kinds \
                and self._whole_commune_asked(analysis, mentions):
            # the commune's own figure ("Toàn xã Tân Hưng Đông còn bao nhiêu hộ nghèo", "tỷ lệ … toàn xã"): never a
            # hamlet's (but which hamlet is asked of the commune: "ấp nào trong xã Vĩnh Trạch có nhiều … nhất")
            whole = [c for c in candidates if not self.profiles[c.key].of_hamlet]
            if not whole or whole[0].score < SUGGEST_SCORE:
                return Decision("suggest", candidates[:3], years)
            candidates = whole
        # a fact giving back only the sums the asker states answers nothing: "lương đóng bảo hiểm 6.200.000 một tháng thì
        # mỗi tháng lãnh trợ cấp nhiêu tiền" is not answered by "Tiền lương đóng bảo hiểm … là 6.200.000 đồng mỗi tháng"
        # (when or by whom it was set is another matter: "Lương cơ sở tăng lên 2.340.000 đồng từ ngày nào?")
        if "money" in analysis.kinds and analysis.amounts_typed and not analysis.kinds & WHO_OR_WHEN:
            candidates = [c for c in candidates if not (given := self.profiles[c.key].values)
                          or not given <= analysis.amounts_typed]
        if (story := self._story_asked(named, candidates, found, analysis, counted, mentions)) is not None:
            return story
        # (a question naming a resident is about their story, which no topic of every place's facts tells)
        def fit(plans: bool) -> list[Candidate]:
            return [c for c in candidates if self._answers_kinds(c.key, analysis, counted, mentions, plans)
                    and self._for_whom([c.key], analysis, any_of=True, named_only=analysis.asks_whether)
                    and not (named and c.key.startswith(TOPIC))]
        fitting = fit(plans=False)
        if (not fitting or fitting[0].score < SUGGEST_SCORE) and not (
                analysis.asks_what_was_done or analysis.asks_now or analysis.asks_what_is_so):
            # nothing done answers, nor is what was done or is so asked: a plan's target (for the year asked, if one is)
            # is what the question is about, its answer saying it is hoped for ("huyện có bn đối tượng nhận trợ cấp hàng
            # tháng" of "Các chỉ tiêu chủ yếu: Chi trả trợ cấp xã hội hàng tháng cho 3.720 đối tượng …")
            fitting = [c for c in fit(plans=True) if analysis.years <= self.profiles[c.key].years]
        # the end of a ranking asked ("xã nào có tỷ lệ hộ nghèo cao nhất"): only a fact naming this end answers, and
        # only when about as close as any (else it ranks something else: "nhiều lao động đi làm việc … nhất")
        if analysis.extremes and fitting:
            ranked_so = [c for c in fitting if analysis.extremes & self.profiles[c.key].extremes]
            if ranked_so and ranked_so[0].score >= RIVAL_CLOSE * fitting[0].score:
                fitting = ranked_so
            elif not (mentions and analysis.kinds and analysis.kinds <= FIGURES_ASKED and all(
                    p.level >= COMMUNE for m in mentions for p in m.places)):
                # (but a commune's own figure asked, its rank is what the asker heard: "nghe nói xã tui bao phủ BHYT
                # thấp nhứt huyện, dị là được bao nhiêu phần trăm"; not a district's highest rate)
                fitting = []
        # an age group asked ("cụ tròn 85 tuổi"): the facts of it, before a total that lists every group ("… ở các độ
        # tuổi tròn 70, 75, 80, 85 …")
        ages = {item for item in analysis.items if item[0] == AGE_GROUP}
        if ages and (of_age := [c for c in fitting if ages & self.profiles[c.key].items]):
            fitting = of_age
        # an occasion asked: not another's gifts ("27/7 năm 2023 tặng bao nhiêu suất quà" of Tết's)
        if analysis.occasions:
            fitting = [c for c in fitting if not (held := self.profiles[c.key].occasions) or held & analysis.occasions]
        # when a meeting was held: never the day the notice of it was signed ("cuộc họp … diễn ra ngày nào")
        if analysis.kinds & WHEN_ASKED and not _asks_when_signed(analysis):
            fitting = [c for c in fitting if "signed_day" not in self.profiles[c.key].kinds]
        # when something happens: a plan's day ("phiên tiếp theo sẽ diễn ra ngày 11/4") only if nothing done answers,
        # or what is to come is asked
        if analysis.kinds & WHEN_ASKED and not analysis.asks_ahead:
            done = [c for c in fitting if "target" not in self.profiles[c.key].kinds]
            fitting = done if done and done[0].score >= SUGGEST_SCORE else fitting
        # (a director of another body is no one asked: "Giám đốc BHXH huyện" is not the Department's)
        if analysis.headed:
            fitting = [c for c in fitting if self._heads_the_body_asked(c.key, analysis)]
        # A commune asked of: a fact giving its own figure comes before its district's figures, when about as close
        own = [c for c in fitting if self._names_commune(c.key, mentions)]
        if own and own[0].score >= max(SUGGEST_SCORE, RIVAL_CLOSE * fitting[0].score):
            fitting = own
        if not fitting or fitting[0].score < SUGGEST_SCORE:
            if ranked[0].key != candidates[0].key and (mentions or analysis.place_kind):
                # What the question is about, we have for other places only ("Trà Vinh có bao nhiêu lớp dạy nghề")
                # (naming no place, it is what is asked that we lack: "Ấp nào có nhiều học viên nhất?")
                return Decision("fallback", candidates[:3], years, "place")
            return Decision("fallback", candidates[:3], years, min(demanded - self.profiles[candidates[0].key].kinds,
                                                                   default="kind"))
        # A country says where people went to work, in the part of the question naming it: a fact for another part
        # need not name it ("phiên giao dịch có bao nhiêu người, và mấy người đi Nhật Bản"), answered beside the one
        # that does
        domestic = tuple(m for m in mentions if any(p.level > COUNTRY for p in m.places))
        if len(domestic) < len(mentions) and (
                pair := self._beside_where_they_went(fitting, ranked, domestic, found, analysis, counted)):
            return Decision("answered", pair, years)
        # A country says where people went to work, not which place's figure is asked: home still comes first.
        if domestic or not self.home:
            return self._choose(fitting, found, mentions, years, analysis)
        return self._home_first(fitting, found, years, analysis)

    def _count_groups(self, found: Search, analysis: Analysis) -> list[int]:
        """The telling words of a count's question saying which of what is counted are asked (Analysis.count_words)."""
        if not (asks_a_count(analysis) and analysis.unit in self.units):
            return []
        return [g for g in found.telling if found.at[g] in analysis.count_words]

    @staticmethod
    def _says(candidate: Candidate, asked: list[int], found: Search) -> bool:
        """Whether a fact says enough of the words ``asked`` (COUNT_SAID of their weight)."""
        weight = sum(found.group_weights[g] for g in asked)
        return sum(found.group_weights[g] for g in asked if candidate.groups.get(g)) >= COUNT_SAID * weight

    def _asks_of_district(self, mentions: tuple[Mention, ...], analysis: Analysis) -> bool:
        """Whether the places named are districts or wider, not a commune (a country says where people went), and
        the asker means no commune of theirs ("xã mình")."""
        levels = [p.level for m in mentions for p in settle(m, self.known) if p.level > COUNTRY]
        return bool(levels) and max(levels) < COMMUNE and LEVEL_OF_KIND.get(analysis.place_kind, COUNTRY) < COMMUNE

    def _hamlets_asked(self, analysis: Analysis) -> frozenset[tuple[str, ...]]:
        """The hamlets a question names that a fact names too, the longest name at each ("ap tac gong": ấp Tắc
        Gồng); where the asker lives ("tôi ở ấp Cần Thuận, … tỷ lệ hộ nghèo") only when they ask of a hamlet again
        ("ấp tôi có bao nhiêu …"; not "bao nhiêu ấp")."""
        words = analysis.words
        folded = [t.fold for t in words]
        said = [i for i, word in enumerate(folded)
                if word in HAMLET_WORDS and not (i and folded[i - 1] in HOW_MANY_BEFORE)]
        named = {i: max(names, key=len) for i in said if (names := self._hamlets_at(folded, i + 1))}
        again = len(said) > len(named)
        return frozenset(name for i, name in named.items() if again or not (
            i and folded[i - 1] in LIVES_AT and any(t.canon in FIRST_PERSON for t in words[:i - 1])))

    @staticmethod
    def _whole_commune_asked(analysis: Analysis, mentions: tuple[Mention, ...]) -> bool:
        """Whether a question asks of a whole commune: saying so ("cả xã", "toàn phường", "xã mình") or naming one."""
        asked = " ".join(t.fold for t in analysis.asked_words)
        return WHOLE_COMMUNE.search(asked) is not None or OUR_COMMUNE.search(asked) is not None or any(
            m.explicit and m.places[0].level == COMMUNE for m in mentions)

    def _hamlets_at(self, folded: list[str], at: int) -> list[tuple[str, ...]]:
        """The names of hamlets some fact gives that the folded words say from ``at`` on."""
        return [name for name in self.hamlet_names.get(folded[at] if at < len(folded) else "", ())
                if tuple(folded[at:at + len(name)]) == name]

    @staticmethod
    def _said_elsewhere(kept: list[Candidate], candidates: list[Candidate], found: Search) -> bool:
        """Whether a rare word of the question is in none of the facts kept and in one of those left out that could
        be offered (scoring SUGGEST_SCORE at least)."""
        left_out = [c for c in candidates if c not in kept and c.score >= SUGGEST_SCORE]
        return any(all(g in c.missing for c in kept) and any(g not in c.missing for c in left_out)
                   for g in found.rare_words)

    def _unknown_hamlet_asked(self, analysis: Analysis) -> bool:
        """Whether the question itself asks of a hamlet by a name no fact gives ("Ấp An Phú có bao nhiêu hộ …"; not
        where the asker lives, "nhà tui ở ấp An Phú", nor "bao nhiêu ấp", "các ấp", nor the whole commune's, "cả
        xã")."""
        folded = [t.fold for t in analysis.asked_words]
        if WHOLE_PLACE.search(" ".join(t.fold for t in analysis.asked_words)):
            return False
        return any(word in HAMLET_WORDS and i + 1 < len(folded) and not self._hamlets_at(folded, i + 1)
                   and not (token.has_diacritics and token.canon not in HAMLET_SPELLED)  # ("áp dụng" is no "ấp")
                   and not (i and folded[i - 1] in HOW_MANY_BEFORE | LIVES_AT | EVERY_ONE | {AROUND})
                   and folded[i + 1] not in POSSESSIVE  # ("ấp mình": the asker's, whose name we do not know)
                   and folded[i + 1].isalpha()  # (facts name no hamlet by its number: "Ấp 2 có 412 hộ")
                   and folded[i + 1] not in NOT_A_NAME  # ("cán bộ ấp có tới vận động": no name follows)
                   for i, (word, token) in enumerate(zip(folded, analysis.asked_words)))

    def _counts_of_hamlet(self, key: str, asked: frozenset[tuple[str, ...]], analysis: Analysis, counted: bool) -> bool:
        """Whether a fact giving figures after a hamlet asked counts what is asked of it ("ấp Thạnh Lợi có bao nhiêu
        nhân khẩu": not "ấp Thạnh Lợi 176 hộ", though the line gives another hamlet's people)."""
        units = frozenset(unit for hamlet, unit in self.profiles[key].hamlet_counts if hamlet in asked)
        return not (counted and units and analysis.unit in self.units) or counts_asked(analysis.unit, units)

    def _of_one_commune(self, key: str) -> bool:
        """Whether a fact is about one commune ("xã Phú Đức là nơi giảm được nhiều hộ nghèo nhất")."""
        subject = self.profiles[key].subject
        return bool(subject) and all(p.level >= COMMUNE for p in subject) and len({p.name for p in subject}) == 1

    def _full(self, key: str, person: Person) -> Person:
        """A resident as their article names them in full."""
        return self.called.get((self.profiles[key].source, person), person)

    def residents(self, key: str) -> tuple[Person, ...]:
        """The residents a fact names, in full (one called by their name alone only if their article names them in
        full: "chị Linh" is chị Nguyễn Thị Mỹ Linh)."""
        return tuple(dict.fromkeys(full for p in self.profiles[key].people
                                   if len((full := self._full(key, p))[1]) > 1))

    def _story_asked(self, named: set[Person], candidates: list[Candidate], found: Search, analysis: Analysis,
                     counted: bool, mentions: tuple[Mention, ...]) -> Decision | None:
        """A question naming one resident (``named``) whose story we have ("anh Tâm mở tiệm sửa xe thu nhập bn 1
        tháng"): the fact of it that answers, else the whole story when it holds what is asked (its facts share the
        question's words between them), else nothing of it; None when no resident, or several, are named."""
        if len(named) != 1:
            return None
        [person] = named
        story = [key for key in self.stories[person] if not mentions or self.fits(key, mentions)]  # named: found
        # (another resident's fact is none of theirs: "bà Loan đóng đủ 20 năm" is not chị Linh's 20 years)
        leading = next((c.key for c in candidates if not c.key.startswith(TOPIC)
                        and (c.key in story or not self.residents(c.key))), None)
        if leading not in story:  # a fact of theirs we could not tell is theirs ("Ông mua 3 con bò")
            return None
        held = [self.profiles[key] for key in story]
        # ("anh Tâm có bao nhiêu con": not in his story; "vợ ông Bảy tên gì": his wife's, if no fact of his names her)
        if not story or not analysis.kinds <= frozenset().union(*(p.kinds for p in held)) or counted and not any(
                analysis.unit in p.units for p in held) or not analysis.roles <= frozenset().union(
                *(p.roles for p in held)):
            return None
        fitting = [c for c in candidates if c.key in story and self._answers_kinds(c.key, analysis, counted, mentions)]
        # (two things asked of them: one fact of the story seldom holds both, the story does)
        if fitting and (decision := self._choose(fitting, found, mentions, found.years, analysis)).status == "answered" \
                and not (analysis.asks_several and len(decision.candidates) < len(story)):
            return decision
        told = [c for c in candidates if c.key in story][:STORY_FACTS]  # the parts of it closest to the question
        score = max((c.score for c in told), default=0.0)
        if score < SUGGEST_SCORE:
            return None
        return Decision("answered", [Candidate(key, score, score, score)
                                     for key in sorted((c.key for c in told), key=story.index)], found.years)

    def _answers_kinds(self, key: str, analysis: Analysis, counted: bool, mentions: tuple[Mention, ...],
                       plans: bool = False) -> bool:
        """A fact holding what is asked; a topic whose facts about the place asked hold the kinds asked between
        them (another place's targets make no target of ours)."""
        if not self._holds_what_is_asked(key, analysis, counted, plans):
            return False
        if key not in self.members:
            return True
        members = [m for m in self.members[key] if self.fits(m, mentions) and self.of_items(m, analysis)]
        # (a numbered item asked, the facts of it: "Nghị quyết số 10 … ban hành ngày nào" is not answered by every
        # difficulty, another of them dated)
        members = [m for m in members if analysis.items & self.profiles[m].items] or members
        return analysis.kinds <= frozenset().union(*(self.profiles[m].kinds for m in members))

    def holds_figure_asked(self, key: str, analysis: Analysis) -> bool:
        """Whether a fact holds the kinds of figure a question asks (an amount, a rate) and the count it asks."""
        return analysis.kinds & FIGURES_ASKED <= self.profiles[key].kinds and self.counts_what_is_asked(
            key, analysis, asks_a_count(analysis))

    def _holds_what_is_asked(self, key: str, analysis: Analysis, counted: bool, plans: bool = False) -> bool:
        """The kinds of answer asked; a count when one is asked ("bao nhiêu người": not an amount or a rate); a
        role whose holder is asked ("Ai là giám đốc Sở": not the author); the names of several people, from a fact
        naming several; the part of a year asked; and a target only for a question about plans, what will be done
        ("sẽ mở bao nhiêu lớp") or the year it is set for, or (``plans``) any not asking what was done (what was done
        is never answered with what is hoped for)."""
        profile_ = self.profiles[key]
        if not self.of_whom_asked(key, analysis) or analysis.asks_in_country and "abroad" in profile_.kinds:
            return False
        # (how many are not yet so: "bao nhiêu người chưa có thẻ", never a count of those who are)
        if analysis.asks_names_of_many and len(profile_.full_names) < 2 or counted and analysis.negated \
                and not profile_.negates or not analysis.sexes <= profile_.sexes \
                or other_alternatives(analysis.alternatives, profile_.alternatives):
            return False
        return (analysis.kinds <= profile_.kinds and self.counts_what_is_asked(key, analysis, counted)
                and not (asks_a_rates_figure(analysis) and "rate_given" not in profile_.kinds)
                and analysis.roles <= profile_.roles
                and self.of_part(key, analysis) and self.of_items(key, analysis) and self.of_month(key, analysis)
                and self.of_year(key, analysis)
                and ("target" not in profile_.kinds or plans or "plan" in analysis.kinds or analysis.asks_what_will_be_done
                     or bool(analysis.kinds) and analysis.kinds <= WHO_ASKED
                     or bool(analysis.kinds) and analysis.kinds <= WHO_OR_WHEN and not analysis.asks_what_was_done
                     or bool(analysis.years & profile_.years) and not analysis.asks_what_was_done))

    def counts_what_is_asked(self, key: str, analysis: Analysis, counted: bool) -> bool:
        """Whether a fact counts what a count asks ("bao nhiêu hộ nghèo": households, not "112 người thuộc hộ
        nghèo"), of the group and the country asked."""
        profile_ = self.profiles[key]
        return (not counted or profile_.counts and (analysis.unit not in self.units
                                                     or counts_asked(analysis.unit, profile_.units))
                ) and self._counts_of_whom_asked(key, analysis, counted)

    def _counts_of_whom_asked(self, key: str, analysis: Analysis, counted: bool) -> bool:
        """A count or a rate of a group asked ("bao nhiêu hộ cận nghèo") from a fact whose figures are of that
        group, when it says whom they are of ("còn 1.232 hộ nghèo, … rà soát hộ nghèo, hộ cận nghèo": the poor), and
        of the country asked, when it says which."""
        profile_ = self.profiles[key]
        if not (counted or "rate" in analysis.kinds):
            return True
        # and of the country asked: "thị trường Nhật Bản chiếm 61 người, còn lại là Hàn Quốc" is no count of Korea's
        abroad = frozenset(p for m in analysis.places for p in m.places if p.level == COUNTRY)
        # (one group's part asked, a count said of no group in a fact naming others beside it is of them all together:
        # "6.839 phần quà tặng cho các đối tượng: người có công, …, trẻ em" gives no count of the children's own)
        asked = analysis.beneficiaries
        together = analysis.asks_a_part and not profile_.counted_groups and asked < profile_.beneficiaries
        # (every household asked, "tổng cộng bao nhiêu hộ dân": never a count of the poor, nor of the poor and
        # near-poor together)
        return not together and _said_of(asked, profile_.counted_groups) and _said_of(
            abroad, profile_.counted_countries) and not (counted and analysis.asks_everyone
                                                         and not profile_.counts_everyone)

    def of_whom_asked(self, key: str, analysis: Analysis) -> bool:
        """A resident's own figures answer only a question about them ("anh Thắng vay bao nhiêu"), not one about
        their place ("thu nhập bình quân đầu người ở Đầm Dơi")."""
        resident = self.profiles[key].resident
        return resident is None or "person" in analysis.kinds or names_person(analysis.words, resident)

    def of_month(self, key: str, analysis: Analysis) -> bool:
        """A month asked ("Tháng 3/2024 bếp phát bao nhiêu suất") is answered by a fact of that month, or of no month
        nor part of a year, never of another month ("Riêng tháng 4/2024, bếp phát 3.500 suất") nor of half a year."""
        named = self.profiles[key]
        return not analysis.months or bool(analysis.months & named.months) or not named.months and (
            named.part in (None, START_OF_YEAR)  # (as of the year's start is a day, no span)
            or months_of_part(named.part) == analysis.months)  # ("quý I" of "3 tháng đầu năm")

    def of_year(self, key: str, analysis: Analysis) -> bool:
        """A year asked is not answered by a fact naming it only as what its figure is compared with ("tăng 8,4% so
        với Tết Giáp Thìn 2024"), unless the question compares too ("tăng bao nhiêu so với năm 2023")."""
        return not analysis.years or "compare" in analysis.kinds or not analysis.years <= self.profiles[
            key].compared_years

    def of_items(self, key: str, analysis: Analysis) -> bool:
        """A numbered item asked ("Dự án 2 giải ngân bao nhiêu") is answered by a fact of it, or of no item of its
        kind, never of another ("Dự án 3 … Tiểu dự án 1 được giao 4,36 tỷ đồng")."""
        held = self.profiles[key].items
        return all(item in held or not any(label == item[0] for label, _ in held) for item in analysis.items)

    def of_part(self, key: str, analysis: Analysis) -> bool:
        """Whether a fact may be of the part of a year asked: of that part, or of no part ("6 tháng đầu năm"
        is never answered with the second half's figures); a figure as of a year's start only when that is asked
        (never for its end: "cuối năm 2024 còn bao nhiêu hộ nghèo")."""
        part = self.profiles[key].part
        # (the year's start asked, never a figure of its end giving none: "đầu năm 2024" of "cuối năm 2024 còn 2,85%"; so
        # too "đầu năm 2025", which that figure may well be, but is not said to be)
        if analysis.part == START_OF_YEAR and self.profiles[key].year_end:
            return False
        return (not analysis.part or part in (None, analysis.part)) and (
            part != START_OF_YEAR or analysis.part == START_OF_YEAR or not (analysis.part or analysis.year_end))

    def _home_first(self, fitting: list[Candidate], found: Search, years: list[int], analysis: Analysis) -> Decision:
        """Naming no place, a question is about the place served first: another place's fact answers only
        what nothing here comes close to ("lớp nghề trồng sen"), what it explains clearly better, or a
        year or part of a year that only it speaks of; what it answers about as well comes after ours."""
        at_home = [c for c in fitting if self.fits(c.key, ())]
        # among themselves, other places' facts weigh what they explain (the factor ranked them after home's); when
        # home has nothing close at all this lifts them above what they explain: a question no fact here comes near
        # is about another place, answered at a lower line (taking the lift away: 65 fewer right, 15 fewer wrong)
        elsewhere = [dataclasses.replace(c, score=c.score / ELSEWHERE_FACTOR) for c in fitting if c not in at_home]
        if not at_home or at_home[0].score < SUGGEST_SCORE:
            return self._choose(sorted(at_home + elsewhere, key=lambda c: -c.score), found, (), years, analysis)
        # "xã mình" where we serve a district: a commune's facts, if we have close ones, never the district's
        if analysis.place_kind and not any(p.kind == analysis.place_kind for p in self.home) and (
                decision := self._own_kind(at_home, elsewhere, found, years, analysis)) is not None:
            return decision
        # Another place's fact explaining the question clearly better than anything here is what is asked (the
        # answer says whose figure it is)
        asked = self._count_groups(found, analysis)
        if elsewhere and elsewhere[0].score >= HOME_LEAD * at_home[0].score:
            if (decision := self._choose(elsewhere, found, (), years, analysis)).status == "answered":
                # (after ours, if ours answers too, and says which of the counted are asked: the question is about the
                # home place first)
                ours = self._choose(at_home, found, (), years, analysis)
                if ours.status == "answered" and (not asked or self._says(ours.candidates[0], asked, found)):
                    return dataclasses.replace(decision, candidates=ours.candidates + decision.candidates)
                return decision
            return Decision("suggest", decision.candidates[:2] + at_home[:1], years)  # theirs, not ours passed off
        # which of what is counted are asked, that only other places' facts say ("bao nhiêu người nhận việc tại chỗ":
        # not our "100 lao động tham gia")
        if asked and not self._says(at_home[0], asked, found):
            saying = [c for c in elsewhere if self._says(c, asked, found)]
            # (a topic only repeats its facts' words)
            ours = [c for c in at_home if not c.key.startswith(TOPIC) and self._says(c, asked, found)]
            if ours and ours[0].score >= SUGGEST_SCORE:  # ("34 người đăng ký … đi làm việc tại Nhật Bản": ours says it)
                at_home = ours
            elif saying and saying[0].score >= SUGGEST_SCORE:
                if (decision := self._choose(saying, found, (), years, analysis)).status == "answered":
                    return decision
                return Decision("suggest", decision.candidates[:2] + at_home[:1], years)
        # the year or part of a year asked ("6 tháng đầu năm"), that only other places' facts are of
        if (analysis.years or analysis.part) and not any(self._of_period(c, analysis) for c in at_home):
            of_period = [c for c in elsewhere if self._of_period(c, analysis)]
            if of_period and (decision := self._choose(of_period, found, (), years, analysis)).status == "answered":
                return decision
            if of_period and of_period[0].score >= SUGGEST_SCORE:  # ours are of another period: never passed off
                return Decision("suggest", of_period[:1] + at_home[:2], years)
        decision = self._choose(at_home, found, (), years, analysis)
        if decision.status == "answered" and not any(
                g in c.groups for a in decision.candidates for g in a.missing for c in elsewhere):
            return self._alike_elsewhere(decision, elsewhere, found, years, analysis)
        anywhere = self._choose(fitting, found, (), years, analysis)
        if anywhere.status == "answered" and not all(self.fits(c.key, ()) for c in anywhere.candidates):
            return Decision("suggest", anywhere.candidates + at_home[:1], years)
        return anywhere

    def _own_kind(self, at_home: list[Candidate], elsewhere: list[Candidate], found: Search, years: list[int],
                  analysis: Analysis) -> Decision | None:
        """"xã mình" where we serve a district: a fact of one of its communes if one comes close, else of
        another commune we know (the answer says whose); never the district's figure passed off as a commune's."""
        gaz = gazetteer()
        kind = analysis.place_kind
        of_kind = sorted((c for c in at_home + elsewhere if not c.key.startswith(TOPIC)  # a topic is every place's
                          and any(p.kind == kind for p in self.profiles[c.key].subject)), key=lambda c: -c.score)
        ours = [c for c in of_kind if any(gaz.contains(h, p) for h in self.home for p in self.profiles[c.key].subject)]
        if ours and ours[0].score >= SUGGEST_SCORE:
            of_kind = ours
        if of_kind and of_kind[0].score >= SUGGEST_SCORE:
            decision = self._choose(of_kind, found, (), years, analysis)
            return decision if decision.status == "answered" else Decision("suggest", of_kind[:3], years)
        # ours are the district's; or "thị xã mình" where we serve a "huyện" and know a "thị xã": not ours either
        if LEVEL_OF_KIND[kind] > max((p.level for p in self.home), default=COMMUNE) or any(
                p.kind == kind for p in self.known):
            return Decision("suggest", at_home[:3], years)
        return None

    def _of_period(self, candidate: Candidate, analysis: Analysis) -> bool:
        """Whether a fact is of the years and the part of a year the question asks."""
        profile_ = self.profiles[candidate.key]
        return (not analysis.years or bool(analysis.years & profile_.years)) and (
            not analysis.part or profile_.part == analysis.part)

    def _alike_elsewhere(self, decision: Decision, elsewhere: list[Candidate], found: Search, years: list[int],
                         analysis: Analysis) -> Decision:
        """Naming no place, a question that other places' facts answer about as well as the home place's
        gets theirs too, after it (each says whose figure it is): "huyện mình" may be any place we know."""
        answers = list(decision.candidates)
        pool = [c for c in elsewhere if not c.key.startswith(TOPIC)]
        for _ in range(PLACES_AT_ONCE - 1):
            other = self._choose(pool, found, (), years, analysis) if pool else None
            if other is None or other.score < PLACE_CLOSE * decision.score or not _given_alike(other):
                break
            other = dataclasses.replace(other, candidates=other.candidates[:1]) if other.status != "answered" else other
            answers += other.candidates
            places = {self.profiles[c.key].subject for c in other.candidates}
            pool = [c for c in pool if self.profiles[c.key].subject not in places]
        return Decision("answered", answers, years)

    def _choose(self, fitting: list[Candidate], found: Search, mentions: tuple[Mention, ...],
                years: list[int], analysis: Analysis) -> Decision:
        """Answer the best of the candidates that fit, offer the close ones, or both at once."""
        best = self._topic_if_close(fitting)
        pair = self._two_facts(fitting, found)
        if pair and self._for_whom([c.key for c in pair], analysis):
            return Decision("answered", pair, years)
        best, passed_over = self._pick(best, fitting, found, asks_when=bool(analysis.years or analysis.part),
                                       asks_now=analysis.asks_now)
        # (who is asked: a rival naming the one the best names says the same; "ông Huỳnh Công Danh, Trưởng phòng …")
        same_person = "person" in analysis.kinds and self.profiles[best.key].full_names
        rivals = [c for c in fitting if c.key != best.key and c.key not in passed_over and c.score >= SUGGEST_SCORE
                  and not self.related(best.key, c.key) and not self._same_counts(best.key, c.key, analysis)
                  and not (same_person and self._names_same_holder(best.key, c.key, analysis))
                  and not self._counts_others_too(best.key, c.key, analysis)]
        clear = not rivals or best.score - rivals[0].score >= ANSWER_MARGIN * best.score
        # A rare word of the question that no eligible fact has ("Khmer" asked of Long Mỹ, "bảo hiểm y tế"):
        # the question is about something else on the same subject.
        lacks = self._lacks(best, found, mentions, analysis)
        # A close rival that has a rare word of the question the best lacks ("hộ nghèo Khmer": the Khmer
        # fact) is no rival to pass over: offer both.
        clear = clear and not any(self._doubts(c, best, found) for c in rivals if c.score >= RIVAL_CLOSE * best.score)
        # and the question must say enough of what the fact is about: "hộ" alone is every household fact
        # (or counting the very unit asked: "bao nhiêu hộ" of "{n} hộ chăn nuôi" says what it counts)
        # (or, no fitting fact coming near at all, says almost as much, of half the question at least)
        says_enough = best.specificity >= ANSWER_SPECIFICITY or (
            (best.coverage >= WELL_COVERED or self._counts_the_unit(best.key, analysis.unit)
             or not rivals and best.coverage >= ALONE_COVERAGE)
            and best.specificity >= ANSWER_SPECIFICITY * SPECIFICITY_RELIEF
            and len(self._telling(found, best)) >= TELLING_WORDS_SAID) or self._alone(best, fitting, found) or (
            # (or, no rival at all, having every word of the question that tells, however long its own phrasing: "Ấp
            # Thạnh Hải khám ngày nào vậy?" of "Thứ Sáu, ngày 18/10/2024: ấp Thạnh Hải, tại Nhà văn hóa ấp …, từ 6 giờ
            # 30 đến 10 giờ 30 …")
            not rivals and best.coverage >= ALONE_WELL_COVERED
            and len(found.telling) >= TELLING_WORDS_SAID and self._says_all(found, best)) or (
            # (or, explaining all the question says, far ahead of any other: "tổng kinh phí hỗ trợ nhiêu" of "Tổng
            # kinh phí hỗ trợ … là 1.253.400.000 đồng", however long its own phrasing)
            best.coverage >= NEAR_WHOLE and not best.key.startswith(TOPIC) and len(self._telling(found, best)) > 1
            and all(c.score <= FAR_BEHIND * best.score for c in found.candidates
                    if c.key != best.key and not self.related(best.key, c.key)))
        # "tỷ lệ thất nghiệp": a rate of something the fact does not speak of is not its rate
        subject = analysis.subject
        # (nor one lacking a rare word of it: "tỷ lệ tham gia bảo hiểm thất nghiệp" is not "… bảo hiểm xã hội")
        of_it = not subject or any(w in subject for g, w in enumerate(found.spelled) if g in best.groups) and not any(
            found.spelled[g] in subject for g in best.missing)
        # (or who holds the role asked, when the fact names someone holding it and has every rare word asked:
        # "Trưởng phòng Lao động huyện Thới Lai tên gì" of "… ông Huỳnh Văn Lợi, Trưởng Phòng …, về kết quả …")
        names_holder = best.score >= SUGGEST_SCORE and self._names_holder(best, analysis)
        if (best.score >= ANSWER_SCORE or self._leads(best, fitting, found, analysis) or names_holder) \
                and (says_enough or names_holder) \
                and not lacks and clear and of_it and self._for_whom([best.key], analysis):
            return Decision("answered", [best], years)
        return Decision("suggest", [best] + rivals[:2], years)

    def _counts_others_too(self, best: str, other: str, analysis: Analysis) -> bool:
        """Whether the best fact counts just the groups asked and the other those with more besides ("tỷ lệ hộ cận
        nghèo" of "584 hộ cận nghèo, chiếm 2,8%", not of "Tổng số hộ nghèo và cận nghèo … chiếm 10,28%"): no rival."""
        asked = analysis.beneficiaries
        return bool(asked) and (asks_a_count(analysis) or "rate" in analysis.kinds) and self.profiles[
            best].counted_groups == asked < self.profiles[other].counted_groups

    def _names_same_holder(self, one: str, other: str, analysis: Analysis) -> bool:
        """Whether two facts name the same one asked of: the same people, or the one person the first names, both
        naming someone in every role asked ("Bí thư Đoàn xã là ai" of "Giao anh Thạch Sô Phol, Bí thư Đoàn xã …" and
        of the meeting's list of those present, him among them)."""
        first, second = self.profiles[one], self.profiles[other]
        return first.full_names == second.full_names or (
            len(first.full_names) == 1 and first.full_names <= second.full_names and bool(analysis.roles)
            and analysis.roles <= first.holders and analysis.roles <= second.holders)

    def _heads_the_body_asked(self, key: str, analysis: Analysis) -> bool:
        """Whether a fact naming a director names the one heading the body asked ("Giám đốc BHXH huyện tên gì": not
        the Department's director, though both are "giám đốc"); one heading a body it does not say may be."""
        held = bodies_headed(self.profiles[key].holders)
        return not held or analysis.headed <= held

    def _names_holder(self, best: Candidate, analysis: Analysis) -> bool:
        """Whether a fact names someone holding every role a question asks the holder of, and explains most of it."""
        return "person" in analysis.kinds and bool(analysis.roles) and analysis.roles <= self.profiles[
            best.key].holders and not best.missing and best.coverage >= ALONE_COVERAGE

    def _leads(self, best: Candidate, fitting: list[Candidate], found: Search, analysis: Analysis) -> bool:
        """Whether a fact below the answer line is clearly the one meant ("Thị trấn Sa Rài có mấy lớp bơi" of "… có số
        lớp nhiều nhất"): close enough, lacking no rare word, far ahead of every unrelated fact that fits, and having
        enough of what the question tells besides the places it names (every fact of an article has its place:
        "Giá sầu riêng ở Chợ Lách" is in none of them)."""
        if best.score < LEAD_SCORE or any(g in found.rare_words for g in best.missing) or self._rivalled(
                best, fitting, LEAD_RIVAL):
            return False
        telling = self._telling_besides_places(found, analysis)
        asked = sum(found.group_weights[g] for g in telling)
        return bool(telling) and sum(best.groups.get(g, 0.0) for g in telling) >= LEAD_TELLING * asked

    def _alone(self, best: Candidate, fitting: list[Candidate], found: Search) -> bool:
        """Whether a fact is the only one close to the question (no unrelated fact that fits near it) and has nearly
        all it tells (the places it names too: a bare name may be words, "doanh nghiệp cho gạo" no Chợ Gạo): then it
        is the one asked, however long its own phrasing. Never a topic: its facts are many, and the question said
        little of them ("khi nào phát quà tết năm sau" of "An sinh xã hội, quà Tết")."""
        return (not best.key.startswith(TOPIC) and best.score >= ALONE_SCORE and bool(found.telling)
                and len(self._telling(found, best)) >= ALONE_TELLING * len(found.telling)
                and not self._rivalled(best, fitting, ALONE_RIVAL))

    def _same_counts(self, one: str, other: str, analysis: Analysis) -> bool:
        """Whether two facts give the same counts of the same things, and no other figure, as of one date ("lễ bàn
        giao 8 căn nhà", "Danh sách 8 căn nhà …"): whichever answers, the figure is one (not "5 suất, mỗi suất
        1.000.000 đồng" beside "5 suất, mỗi suất 2.000.000 đồng"); or, a count asked, the same of what is counted, one's
        among the other's ("8 hộ thoát cận nghèo." beside "Thống nhất 8 hộ thoát cận nghèo: 39/40 phiếu")."""
        first, second = self.profiles[one], self.profiles[other]
        if first.as_of != second.as_of:
            return False
        if asks_a_count(analysis) and analysis.unit in self.units:
            asked = [{count for count in profile_.counted if counts_alike(analysis.unit, {count[1]})}
                     for profile_ in (first, second)]
            if asked[0] and asked[1] and (asked[0] <= asked[1] or asked[1] <= asked[0]):
                return True
        return bool(first.counted) and (first.counted, first.values) == (second.counted, second.values)

    def _rivalled(self, best: Candidate, fitting: list[Candidate], ratio: float) -> bool:
        """Whether an unrelated fact that fits comes within ``ratio`` of the best's score."""
        return any(c.score >= ratio * best.score for c in fitting if c.key != best.key and not self.related(best.key,
                                                                                                             c.key))

    @staticmethod
    def _telling_besides_places(found: Search, analysis: Analysis) -> list[int]:
        """The question's words that weigh, but for the places it names (every fact of an article has its place)."""
        named = {w for m in analysis.places for w in m.words}
        return [g for g in found.telling if found.spelled[g] not in named]

    def _counts_the_unit(self, key: str, unit: str | None) -> bool:
        """Whether a fact (not a topic, which counts whatever its facts do) counts the unit asked, or one alike."""
        units = self.profiles[key].units
        return bool(unit) and not key.startswith(TOPIC) and counts_alike(unit, units)

    def _for_whom(self, keys: list[str], analysis: Analysis, any_of: bool = False, named_only: bool = False) -> bool:
        """Whether the facts name every group of people the question asks of ("hộ cận nghèo": not the poor's), or
        ``any_of`` them; facts naming no group may be of anyone ("Xã Kim Hòa giảm 97 hộ": its sentence said whom),
        unless ``named_only`` (whether a group is entitled is said of it: "Thẻ BHYT cấp miễn phí: 24.600 thẻ" says
        nothing of whether the near-poor get one free)."""
        named = frozenset().union(*(self.profiles[key].beneficiaries for key in keys))
        asked = analysis.beneficiaries
        return not asked or (not named and not named_only) or bool(asked & named if any_of else asked <= named)

    @staticmethod
    def _says_all(found: Search, candidate: Candidate) -> bool:
        """Whether a fact has every word of the question that tells, each much as asked (not "tỷ" as the "ty" of "Công
        ty"), and every pair of them that weighs ("thủ quỹ" is not "thu" and "quỹ" apart)."""
        return all(candidate.groups.get(g, 0.0) >= SAID_AS_ASKED * found.group_weights[g]
                   for g, word in enumerate(found.spelled)
                   if g in found.telling or (not word and found.group_weights[g] >= WEIGHTY_PAIR))

    @staticmethod
    def _telling(found: Search, candidate: Candidate) -> list[int]:
        """The words of the question that weigh and that ``candidate`` has."""
        return [g for g in found.telling if g in candidate.groups]

    def _explains_more(self, one: Candidate, other: Candidate, found: Search) -> bool:
        """Whether ``one`` has a word of the question that weighs and ``other`` lacks."""
        return any(g not in other.groups for g in self._telling(found, one))

    def _doubts(self, rival: Candidate, best: Candidate, found: Search) -> bool:
        """A close rival is a real choice when it has a rare word of the question the best lacks ("hộ
        nghèo Khmer": the Khmer fact), or explains more of the question, with a word the best lacks."""
        return (any(g in rival.groups for g in best.missing)
                or rival.coverage > best.coverage and self._explains_more(rival, best, found))

    def _pick(self, best: Candidate, candidates: list[Candidate], found: Search,
              asks_when: bool = False, asks_now: bool = False) -> tuple[Candidate, set[str]]:
        """Of close neighbours, the one the question tells apart, and those it was preferred to:

        - the one that has every telling word of the question any of them has, and more: "tỷ lệ hộ cận
          nghèo" is the near-poor fact, not the poor one, however their scores fall;
        - of the same place's facts the question says as fully (hamlets' apart), the latest, unless it asks when
          ("còn bao nhiêu hộ nghèo": the count now, not at the start of the year); when it asks for now ("hiện
          nay"), of those counting the same thing and explaining nearly as much of it;
        - the one whose own phrasing the question says whole, where the best's it does not, and that
          lacks nothing the best has ("số hộ cận nghèo" is not "tổng số hộ nghèo và cận nghèo").
        """
        close = [c for c in candidates if c.score >= RIVAL_CLOSE * best.score]
        for c in close:
            others = [o for o in close if o.key != c.key]
            if others and all(self._explains_more(c, o, found) and not self._explains_more(o, c, found) for o in others):
                return c, {o.key for o in others}
        alike = [c for c in close if c.specificity >= SAID_WHOLE and not c.key.startswith(TOPIC)
                 and self.profiles[c.key].subject == self.profiles[best.key].subject
                 and self.profiles[c.key].of_hamlet == self.profiles[best.key].of_hamlet and (
                     abs(c.coverage - best.coverage) <= SAME_COVERAGE or asks_now and abs(
                         c.coverage - best.coverage) <= NOW_COVERAGE and self.profiles[c.key].units == self.profiles[
                         best.key].units)]
        dates = sorted(self.profiles[c.key].as_of for c in alike)
        if len(alike) > 1 and not asks_when and best in alike and dates[-1] > dates[-2]:  # the latest, if one is
            latest = max(alike, key=lambda c: self.profiles[c.key].as_of)
            return latest, {c.key for c in alike if c.key != latest.key}
        for c in close:
            if (c.key != best.key and c.specificity >= SAID_WHOLE and c.specificity - best.specificity >= SPECIFIC_LEAD
                    and not self._explains_more(best, c, found)):
                return c, {best.key}
        return best, set()

    def _lacks(self, best: Candidate, found: Search, mentions: tuple[Mention, ...], analysis: Analysis) -> bool:
        """Whether the question names something the best fact does not have and that is not just a
        word we do not know: a rare word only other places' facts have ("Khmer" asked of Long Mỹ), or residents'
        stories ("thu nhập" asked of the district), or words nobody in the knowledge base uses ("chủ tịch", "bảo
        hiểm y tế", "học phí")."""
        unknown = [g for g in best.missing if found.holders[g] == frozenset()]
        elsewhere = [g for g in best.missing if found.holders[g] and not any(
            self.fits(key, mentions) and self.of_whom_asked(key, analysis)
            for key in found.holders[g] if not key.startswith(TOPIC))]  # a topic only repeats its facts' words
        share = sum(found.group_weights[g] for g in (*unknown, *elsewhere)) / sum(found.group_weights)
        # a company asked by its name, of which the fact names others only ("Công ty thủy sản Hải Đăng": not the list
        # of those that kept the rules)
        named = self.profiles[best.key].companies
        other_company = bool(named and analysis.companies) and not analysis.companies & named
        return len(unknown) >= UNKNOWN_WORDS or share >= UNKNOWN_SHARE or other_company or self._of_others(
            best, found, analysis)

    def _of_others(self, best: Candidate, found: Search, analysis: Analysis) -> bool:
        """Whether the question names someone in full whom the close facts name ("hộ ông Đỗ Văn Hùng"), and the best
        names only others (a hamlet's list, household by household: "Hộ ông Trần Văn Tư …" is not his line)."""
        asked = f" {' '.join(t.fold for t in analysis.asked_words)} "
        people = {name for c in found.candidates for name in self.profiles[c.key].full_names
                  if f" {_folded_name(name)} " in asked}
        named = self.profiles[best.key].full_names
        # (who is asked may be another: "Ai phản ánh hộ ông Huỳnh Văn Đực có ruộng cho thuê?")
        asks_who = "person" in analysis.kinds or any(t.canon == "ai" for t in analysis.asked_words)
        return bool(people and named) and not people & named and not asks_who

    def mentions(self, analysis: Analysis) -> tuple[Mention, ...]:
        """The places the question is about. One from the asker's story counts only where we have facts
        for it or for the district it lies in (they came home to Thuận Hòa from Bình Dương: the question
        is about Thuận Hòa; a ward of a town we know nothing of says nothing of what is asked)."""
        named, read = self._communes_named(analysis), relevant(analysis.places, self.known, analysis.capitalised)
        longer = tuple(n for n in named if any(_extends(n, m) for m in read))  # "Vĩnh Thuận Đông": not huyện Vĩnh Thuận
        mentions = tuple(self._as_our_commune(m) for m in read if not any(_extends(n, m) for n in longer)) + longer \
            or named
        # a province said beside a place of it only says which ("Long Mỹ cũ, nay thuộc Cần Thơ")
        gaz = gazetteer()
        mentions = tuple(m for m in mentions if not all(p.level == PROVINCE for p in m.places) or not any(
            o is not m and any(gaz.contains(p, q) for p in m.places for q in o.places if q.level > PROVINCE)
            for o in mentions))
        if analysis.province and not mentions and self.provinces:
            mentions = (Mention(self.provinces, True, (), unnamed=True),)
        if analysis.story_place:
            gaz = gazetteer()
            districts = [k for k in self.known if k.level >= DISTRICT]
            mentions = tuple(m for m in mentions if any(p in self.known or any(gaz.contains(k, p) for k in districts)
                                                        for p in m.places))
        return mentions

    def _as_our_commune(self, mention: Mention) -> Mention:
        """A bare name of a commune we hold facts of is that commune, not a namesake district we know nothing of
        ("Riêng Vĩnh Tường có bao nhiêu đối tượng …": xã Vĩnh Tường of Vị Thủy, not huyện Vĩnh Tường of Vĩnh
        Phúc)."""
        if mention.explicit or any(p in self.known for p in mention.places) or not mention.words:
            return mention
        ours = next((places for names in self.communes.values() for name, places in names.items()
                     if tuple(fold(w) for w in name) == mention.words), None)
        return dataclasses.replace(mention, places=ours) if ours else mention

    def _communes_named(self, analysis: Analysis) -> tuple[Mention, ...]:
        """A commune we hold facts of, named bare with its marks as its residents write it ("Tân Lân mở mấy lớp nghề"),
        opening the question, after "ở", or elsewhere with capitals ("Hiện Ninh Quới A có …"; not after a title, "ông
        Tân Lân", nor in a longer proper name; "hàng lục bình", "trung tâm gdnn" are no communes): the gazetteer reads
        a bare name as a commune's only with its kind ("xã Tân Lân"), there being thousands. Not the start of a longer
        name ("Vĩnh Viễn A", "Gia Hòa 2", "Tân Phú Đông")."""
        words = analysis.asked_words
        typed = tuple(t.canon for t in words)
        found = []
        for i, word in enumerate(typed):
            anywhere = i and words[i - 1].fold not in WHERE_WORDS
            if anywhere and (words[i - 1].fold in NOT_BEFORE_COMMUNE or words[i - 1].fold in analysis.capitalised):
                continue
            for name, places in self.communes.get(word, {}).items():
                end = i + len(name)
                if typed[i:end] == name and not (anywhere and not all(
                        t.fold in analysis.capitalised for t in words[i:end])) and not (end < len(typed) and (
                        words[end].fold.isdigit() or len(words[end].fold) == 1 or typed[i:end + 1] in _commune_names()
                        or typed[i:end + 2] in _commune_names())):
                    found.append(Mention(places, False, tuple(fold(w) for w in name)))
        return tuple(found)

    def _names_commune(self, key: str, mentions: tuple[Mention, ...]) -> bool:
        """Whether a fact names a commune the question asks about ("xã Lương Hòa dẫn đầu với 23 lao động")."""
        named = self.profiles[key].named
        return any(p.level >= COMMUNE and p in named for m in mentions for p in settle(m, self.known))

    def fits(self, key: str, mentions: tuple[Mention, ...]) -> bool:
        """Whether a fact may answer for the places a question names (none named: the home place)."""
        profile_ = self.profiles[key]
        if mentions:
            return fits_place(mentions, profile_, self.known)
        return not self.home or not profile_.subject or not self.home_set.isdisjoint(profile_.subject)

    def _topic_if_close(self, candidates: list[Candidate]) -> Candidate:
        """A question that fits a whole topic about as well as one of its facts ("huyện gặp khó khăn
        gì") gets the topic: all of it answers."""
        best = candidates[0]
        topic = next((c for c in candidates[1:] if self.related(best.key, c.key) and c.key.startswith(TOPIC)), None)
        if topic is not None and topic.score >= TOPIC_CLOSE * best.score:
            return topic
        return best

    def _for_place(self, candidates: list[Candidate], mentions: tuple[Mention, ...], figures: bool = True
                   ) -> list[Candidate]:
        """Only facts that may speak of the places named (of ``figures`` asked, see fits_place); with none named,
        the home place first, when it has anything close."""
        if len(mentions) == 1 and mentions[0].unnamed and self.home_province:
            # "tỉnh mình": the home's province; another whose articles we hold only when nothing of home's is close
            home = self._for_place(candidates, (Mention(self.home_province, True, ()),), figures)
            if home and home[0].score >= SUGGEST_SCORE:
                return home
        if mentions:
            fitting = [c for c in candidates if fits_place(mentions, self.profiles[c.key], self.known, figures)]
            # a topic speaks of every place's facts: it answers for one only when that place's facts come close
            close = [c.key for c in fitting if not c.key.startswith(TOPIC) and c.score >= SUGGEST_SCORE]
            return [c for c in fitting if not c.key.startswith(TOPIC) or any(self.related(c.key, k) for k in close)]
        at_home = [c for c in candidates if self.fits(c.key, ())]
        if not at_home or at_home[0].score < SUGGEST_SCORE:  # "chị Nhung … thùng ong": only another place's
            return candidates
        scored = [c if c in at_home else dataclasses.replace(c, score=c.score * ELSEWHERE_FACTOR) for c in candidates]
        return sorted(scored, key=lambda c: -c.score)

    def _beside_where_they_went(self, fitting: list[Candidate], ranked: list[Candidate], domestic: tuple[Mention, ...],
                                found: Search, analysis: Analysis, counted: bool) -> list[Candidate] | None:
        """The best fact, naming the countries asked, and a fact for the question's other part, naming none of them:
        only when that part is asked of its own, in a clause or with a count ("phiên giao dịch có bao nhiêu người, và
        mấy người đi Nhật"; not "phiên giao dịch có bao nhiêu người đăng ký đi Nhật")."""
        asked = analysis.parts[0].clauses
        elsewhere = {i for i, clause in enumerate(asked)
                     if any(p.level <= COUNTRY for m in mentions_of(clause) for p in m.places)}
        seen = {c.key for c in fitting}
        others = [c for c in self._for_place(ranked, domestic) if c.key not in seen
                  and self._answers_kinds(c.key, analysis, counted, domestic)
                  and self._for_whom([c.key], analysis, any_of=True)]
        pair = self._two_facts([fitting[0], *sorted([*fitting[1:], *others], key=lambda c: -c.score)], found)
        if not pair or not self._for_whom([c.key for c in pair], analysis):
            return None
        explains_a_clause_at_home = any(weight and (at := found.at[g]) and at[0] < len(asked) and at[0] not in elsewhere
                                        for g, weight in pair[1].groups.items())
        return pair if explains_a_clause_at_home or analysis.counts_asked > 1 else None

    def _two_facts(self, candidates: list[Candidate], found: Search) -> list[Candidate] | None:
        """Two documents that each fit part of the question and together explain it ("hộ nghèo và lớp nghề")."""
        first = candidates[0]
        second = next((c for c in candidates[1:] if not self.related(first.key, c.key)), None)
        if second is None or second.score < SUGGEST_SCORE:  # each would be worth offering alone
            return None
        if any(g not in first.groups and g not in second.groups for g in found.rare_words):
            return None
        total = sum(found.group_weights)
        groups = first.groups.keys() | second.groups.keys()
        together = sum(max(first.groups.get(g, 0.0), second.groups.get(g, 0.0)) for g in groups) / total
        adds = min(together - first.coverage, together - second.coverage)
        fits = min(first.specificity, second.specificity)
        if together >= ANSWER_SCORE and adds >= SECOND_FACT_GAIN and fits >= PAIR_FIT:
            return [first, second]
        return None
