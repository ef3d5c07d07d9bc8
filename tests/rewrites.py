"""Meaning-preserving rewrites of the questions the bot answers: the answer must stay the same.

    python tests/rewrites.py        # the rate per kind of rewrite, and the rewrites that lost their answer

Every question the bot answers (each fact's own questions, and the in-scope questions of our question
sets that it answers) is rewritten in each way below; a rewrite keeps its answer when it is answered
with the same facts.
"""
from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge import KnowledgeBase  # noqa: E402
from knowledge.normalize import fold  # noqa: E402

OPENINGS = ["Dạ cho em hỏi", "Chào ad, cho tôi hỏi", "Anh chị ơi cho cháu hỏi", "Xin hỏi"]
CLOSINGS = ["ạ", "ạ, em cảm ơn", "vậy ad", "nhé, cảm ơn nhiều"]
CONTEXTS = ["Nhà tôi ở xã Lương Tâm, làm ruộng quanh năm.", "Con tui năm nay 20 tuổi, mới học xong lớp 12.",
            "Tôi là người dân ở huyện Long Mỹ, đọc báo thấy tin này.", "Mẹ em lớn tuổi rồi, hay hỏi chuyện này."]
PARTICLES = ["nè", "vậy ta", "hen", "dị ad"]
# A teencode spelling for a word people shorten (the reverse of knowledge/data/abbreviations.tsv).
TEENCODE = {"không": "ko", "bao nhiêu": "bn", "được": "dc", "người": "ng", "gì": "j", "vậy": "v",
            "với": "vs", "xuất khẩu lao động": "xkld", "đăng ký": "dk"}
OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ỏe": "oẻ",
             "úy": "uý", "ùy": "uỳ", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}


def _upper(q: str, _rng: random.Random) -> str:
    return q.upper()


def _no_diacritics(q: str, _rng: random.Random) -> str:
    return fold(q)


def _nfd(q: str, _rng: random.Random) -> str:
    return unicodedata.normalize("NFD", q)


def _old_tones(q: str, _rng: random.Random) -> str:
    for new, old in OLD_TONES.items():
        q = q.replace(new, old)
    return q


def _polite(q: str, rng: random.Random) -> str:
    return f"{rng.choice(OPENINGS)} {q[0].lower()}{q[1:].rstrip('?')} {rng.choice(CLOSINGS)}?"


def _context(q: str, rng: random.Random) -> str:
    return f"{rng.choice(CONTEXTS)} {q}"


def _southern(q: str, rng: random.Random) -> str:
    return f"{q.rstrip('?')} {rng.choice(PARTICLES)}?".replace("không", "hông").replace("bao nhiêu", "nhiêu")


def _teencode(q: str, _rng: random.Random) -> str:
    for word, short in TEENCODE.items():
        if word in q:
            return q.replace(word, short, 1)
    return q


def _typo(q: str, rng: random.Random) -> str:
    words = q.split()
    long_words = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long_words:
        return q
    i = rng.choice(long_words)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]  # two neighbouring letters swapped
    return " ".join(words)


REWRITES: dict[str, Callable[[str, random.Random], str]] = {
    "upper case": _upper, "no diacritics": _no_diacritics, "NFD": _nfd, "old tone placement": _old_tones,
    "polite opening and closing": _polite, "a context sentence before": _context, "Southern particles": _southern,
    "a teencode word": _teencode, "one typo in a long word": _typo,
}


def answered_questions(kb: KnowledgeBase) -> list[tuple[str, list[str]]]:
    """Questions the bot answers now, with the facts it answers them with."""
    questions = [q for f in kb.facts.values() for q in f.questions]
    for path in sorted((ROOT / "tests" / "data").glob("*_questions.jsonl")):
        questions += [c["q"] for line in path.read_text(encoding="utf-8").splitlines()
                      if not (c := json.loads(line)).get("oos")]
    found = []
    for question in dict.fromkeys(questions):
        answer = kb.ask(question)
        if answer.status == "answered":
            found.append((question, sorted(answer.fact_ids)))
    return found


def check(kb: KnowledgeBase, seed: int = 7) -> tuple[Counter, Counter, list[tuple[str, str, str]]]:
    """(kept per kind, tried per kind, the rewrites that lost their answer)."""
    rng = random.Random(seed)
    kept, tried, lost = Counter(), Counter(), []
    for question, facts in answered_questions(kb):
        for kind, rewrite in REWRITES.items():
            rewritten = rewrite(question, rng)
            if rewritten == question:
                continue
            answer = kb.ask(rewritten)
            tried[kind] += 1
            if answer.status == "answered" and sorted(answer.fact_ids) == facts:
                kept[kind] += 1
            else:
                lost.append((kind, question, rewritten))
    return kept, tried, lost


def main() -> None:
    import tempfile

    from app import build_bot

    kb = build_bot(Path(tempfile.mkdtemp()) / "rewrites.db").kb
    kept, tried, lost = check(kb)
    for kind in REWRITES:
        print(f"{kind:30} {kept[kind]:4}/{tried[kind]:<4} {100 * kept[kind] / max(tried[kind], 1):5.1f}%")
    print(f"{'all':30} {sum(kept.values()):4}/{sum(tried.values()):<4} "
          f"{100 * sum(kept.values()) / max(sum(tried.values()), 1):5.1f}%")
    for kind, question, rewritten in lost:
        print(f"  lost [{kind}] {question!r} -> {rewritten!r}")


if __name__ == "__main__":
    main()
