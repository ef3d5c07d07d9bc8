"""Ingesting an article (issue 11): what a draft says of each statement, and that residents'
questions then find it, against a database that already holds Long Mỹ's facts."""
from pathlib import Path

import pytest

from handlers import Message
from knowledge import edits

EVAL = Path(__file__).resolve().parent / "data" / "eval"
PHUNGHIEP = (EVAL / "phunghiep" / "article.txt").read_text(encoding="utf-8")
MYTU = (EVAL / "mytu" / "article.txt").read_text(encoding="utf-8")


def ingest(app, text, place, source="Báo Hậu Giang", published="2024-01-12"):
    drafted, _ = edits.ingest_article(app.store.facts, text, source, published, "op", place=place, approve=True)
    return {f["id"]: f for f in drafted.data["facts"]}


def ask(app, question):
    return app.conversation.handle(Message("test", "citizen", question))[0]


def test_a_place_given_with_its_province_names_the_drafts_by_its_own_name(app):
    facts = ingest(app, PHUNGHIEP, "huyện Phụng Hiệp, tỉnh Hậu Giang")
    assert facts and all(fact_id.startswith("phunghiep.") for fact_id in facts)
    assert any("Phụng Hiệp có bao nhiêu hộ nghèo?" in f["questions"] for f in facts.values())
    assert "1.904" in ask(app, "Phụng Hiệp có bao nhiêu hộ nghèo?").text
