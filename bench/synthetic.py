"""Synthetic knowledge bases for benchmarks: the article's facts plus N generated ones.

Generated facts follow the article's kinds of statements for other communes, hamlets,
periods and years, so their vocabulary overlaps the real facts' the way a province-wide
knowledge base would: many facts about "hộ nghèo", each about a different place and time.
"""
from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

from knowledge.facts import FACTS_FILE

COMMUNES = [
    "Lương Tâm", "Lương Nghĩa", "Vĩnh Viễn", "Vĩnh Viễn A", "Xà Phiên", "Thuận Hưng", "Thuận Hòa",
    "Vĩnh Thuận Đông", "Long Bình", "Long Trị", "Long Phú", "Tân Phú", "Trà Lồng", "Long Trị A",
    "Vị Thanh", "Hỏa Lựu", "Hỏa Tiến", "Tân Tiến", "Vị Thủy", "Vị Đông", "Vị Bình", "Vĩnh Tường",
    "Vị Thắng", "Vĩnh Trung", "Phương Bình", "Hiệp Hưng", "Tân Bình", "Phụng Hiệp", "Hòa An", "Long Thạnh",
]
PLACES = [f"xã {c}" for c in COMMUNES] + [f"ấp {n}, xã {c}" for c in COMMUNES for n in range(1, 7)]
PERIODS = ["năm", "quý I năm", "quý II năm", "quý III năm", "quý IV năm", "6 tháng đầu năm"]
YEARS = range(2010, 2031)

TEMPLATES = [
    ("poverty", "Số hộ nghèo", "Có bao nhiêu hộ nghèo ở {place} {period} {year}?", ["hộ nghèo", "tỷ lệ hộ nghèo"],
     "{Period} {year}, {place} có {{count}} hộ nghèo, chiếm {{rate}}%."),
    ("poverty", "Số hộ cận nghèo", "Có bao nhiêu hộ cận nghèo ở {place} {period} {year}?", ["hộ cận nghèo"],
     "{Period} {year}, {place} có {{count}} hộ cận nghèo, chiếm {{rate}}%."),
    ("welfare", "Quà Tết", "{place} tặng bao nhiêu phần quà Tết {year}?", ["quà tết", "phần quà"],
     "Dịp Tết {year}, {place} vận động được {{count}} phần quà."),
    ("vocational", "Lớp đào tạo nghề", "{place} mở mấy lớp đào tạo nghề {period} {year}?", ["lớp học nghề", "học viên"],
     "{Period} {year}, {place} mở {{count}} lớp đào tạo nghề với {{rate}} học viên."),
    ("labour", "Phiên giao dịch việc làm", "Phiên giao dịch việc làm ở {place} {period} {year} có bao nhiêu người?",
     ["giao dịch việc làm"], "{Period} {year}, phiên giao dịch việc làm ở {place} có {{count}} lao động tham gia."),
    ("labour", "Đi làm việc nước ngoài", "{place} có bao nhiêu người đi làm việc nước ngoài {period} {year}?",
     ["xuất khẩu lao động", "nhật bản", "đài loan"], "{Period} {year}, {place} có {{count}} người đi làm việc ở nước ngoài."),
    ("welfare", "Bảo hiểm y tế", "Tỷ lệ tham gia bảo hiểm y tế ở {place} {period} {year}?", ["bảo hiểm y tế", "bhyt"],
     "{Period} {year}, tỷ lệ tham gia bảo hiểm y tế ở {place} đạt {{rate}}%."),
    ("welfare", "Người có công", "{place} có bao nhiêu người có công {period} {year}?", ["người có công", "chính sách"],
     "{Period} {year}, {place} quản lý {{count}} hồ sơ người có công."),
    ("welfare", "Trẻ em", "Bao nhiêu trẻ em có hoàn cảnh đặc biệt ở {place} {period} {year}?", ["trẻ em", "bảo trợ xã hội"],
     "{Period} {year}, {place} có {{count}} trẻ em có hoàn cảnh đặc biệt."),
    ("labour", "Việc làm mới", "{place} giải quyết việc làm cho bao nhiêu người {period} {year}?", ["giải quyết việc làm"],
     "{Period} {year}, {place} giải quyết việc làm cho {{count}} lao động."),
]


def synthetic_facts(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    combos = list(itertools.product(range(len(TEMPLATES)), range(len(PLACES)), range(len(PERIODS)), YEARS))
    rng.shuffle(combos)
    if n > len(combos):
        raise ValueError(f"at most {len(combos)} synthetic facts")
    facts = []
    for number, (t, p, q, year) in enumerate(combos[:n]):
        topic, title, question, keywords, answer = TEMPLATES[t]
        place, period = PLACES[p], PERIODS[q]
        fill = {"place": place, "period": period, "Period": period[0].upper() + period[1:], "year": year}
        facts.append({
            "id": f"synthetic.f{number}",
            "topic": topic,
            "title": f"{title} {place} {period} {year}",
            "questions": [question.format(**fill), f"{title.lower()} {place} {year}"],
            "keywords": keywords,
            "answer": answer.format(**fill),
            "values": {"count": rng.randint(5, 3000), "rate": round(rng.uniform(0.5, 30), 2)},
            "as_of": f"{year}-12-31",
            "as_of_label": f"{period} {year}",
        })
    return facts


def write_facts_file(n: int, path: Path) -> Path:
    """The article's facts file with ``n`` synthetic facts added."""
    data = json.loads(FACTS_FILE.read_text(encoding="utf-8"))
    data["facts"] += synthetic_facts(n)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def sample_questions(n: int, count: int, seed: int = 11) -> list[str]:
    """Questions citizens might send: half about generated facts (typed without diacritics), half the article's."""
    from knowledge.normalize import fold

    rng = random.Random(seed)
    article = [q for f in json.loads(FACTS_FILE.read_text(encoding="utf-8"))["facts"] for q in f["questions"]]
    generated = [q for f in synthetic_facts(n) for q in f["questions"]] if n else []
    questions = []
    for i in range(count):
        if generated and i % 2:
            questions.append(fold(rng.choice(generated)))
        else:
            questions.append(rng.choice(article))
    return questions
