"""Many articles (issue 11): a facts schema that speaks up, sources and places of their own,
operators' tools that do not trip them."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from handlers import Message
from knowledge import edits
from knowledge.facts import FACTS_FILE, FactsError, parse_facts

ROOT = Path(__file__).resolve().parent.parent
TRAVINH = ROOT / "tests" / "data" / "eval" / "travinh" / "facts.json"  # a copy of ../shared/articles/travinh
ARTICLES = sorted((ROOT / "tests" / "data" / "eval").glob("*/facts.json"))


def new_article(**fact):
    """A facts file of one new article: a source of its own, a new topic, facts in old and new topics."""
    return {
        "version": 1,
        "sources": {"tv": {"name": "Báo Trà Vinh", "title": "Huyện Trà Cú: kết quả giảm nghèo năm 2023",
                           "published": "2024-01-10", "byline": "Ngọc Hồng"}},
        "default_source": "tv",
        "topics": [{"id": "housing", "title": "Nhà ở cho hộ nghèo"}],
        "facts": [
            {"id": "tracu.poor", "topic": "poverty", "title": "Hộ nghèo huyện Trà Cú",
             "questions": ["Trà Cú có bao nhiêu hộ nghèo?"],
             "answer": "Cuối năm 2023, huyện Trà Cú có {households} hộ nghèo, chiếm {rate}%.",
             "values": {"households": "1.288", "rate": 5.2}, "as_of": "2023-12-31", "as_of_label": "cuối năm 2023"},
            {"id": "tracu.houses", "topic": "housing", "title": "Nhà đại đoàn kết ở Trà Cú",
             "questions": ["Trà Cú xây bao nhiêu căn nhà đại đoàn kết?"],
             "answer": "Năm 2023, huyện Trà Cú bàn giao {houses} căn nhà đại đoàn kết, trị giá {amount} tỷ đồng.",
             "values": {"houses": 120, "amount": "7,8"}, "as_of": "2023-12-31", "as_of_label": "năm 2023", **fact},
        ],
    }


def ask(conversation, text, user="op"):
    return conversation.handle(Message("test", user, text))


@pytest.fixture
def operator(app):
    app.roles.session["test:op"] = "operator"
    return app.conversation


def test_a_misspelt_key_is_refused_with_the_key_named_and_the_nearest_one_suggested():
    data = json.loads(FACTS_FILE.read_text(encoding="utf-8"))
    data["facts"][0]["question"] = data["facts"][0].pop("questions")
    data["sources"]["baohaugiang-2023-03-22"]["publised"] = "2023-03-22"
    data["defaut_source"] = "x"
    with pytest.raises(FactsError) as refused:
        parse_facts(data)
    message = str(refused.value)
    assert "'question'" in message and "'questions'?" in message
    assert "'publised'" in message and "'published'?" in message
    assert "'defaut_source'" in message and "'default_source'?" in message


def test_figures_written_as_vietnamese_text_are_read_and_shown_as_the_source_wrote_them(app):
    counts = edits.import_facts(app.store.facts, json.dumps(new_article()), "op")
    assert counts["added"] == 2
    app.kb.refresh()
    assert app.kb.facts["tracu.poor"].values == {"households": 1288, "rate": 5.2}
    assert "1.288 hộ nghèo, chiếm 5,2%" in app.kb.render("tracu.poor")  # not 5,20%
    assert "trị giá 7,8 tỷ đồng" in app.kb.render("tracu.houses")  # not 7,80
    assert "chiếm 2,80%" in app.kb.render("poverty.near_poor_households")  # the article's own 2,80
    with pytest.raises(FactsError, match="“nhiều” không phải là số"):
        edits.import_facts(app.store.facts, json.dumps(new_article(values={"houses": "nhiều", "amount": 1})), "op")


def test_a_file_defining_a_new_topic_may_use_the_existing_ones_and_breaks_none(app):
    edits.import_facts(app.store.facts, json.dumps(new_article()), "op")
    topics = {t.id for t in app.store.facts.topics()}
    assert {"poverty", "welfare", "housing"} <= topics
    assert app.store.facts.fact("poverty.poor_households") is not None


def test_a_merge_import_may_derive_from_facts_in_the_database(app):
    derived = new_article(derived={"all_poor": "tracu.poor.households + poverty.poor_households.households"},
                          answer="Trà Cú bàn giao {houses} căn nhà, trị giá {amount} tỷ đồng ({all_poor}).")
    edits.import_facts(app.store.facts, json.dumps(derived), "op")
    app.kb.refresh()
    assert "(2.850)" in app.kb.render("tracu.houses")
    only_file = {**derived, "facts": derived["facts"][1:]}  # its part is neither in the file nor the database
    only_file["facts"][0]["derived"] = {"all_poor": "nowhere.poor.households"}
    with pytest.raises(FactsError, match="không tồn tại"):
        edits.import_facts(app.store.facts, json.dumps(only_file), "op")


def test_an_import_is_one_change_and_one_undo(app, operator):
    before = {f.id for f in app.store.facts.facts()}
    edits.import_facts(app.store.facts, TRAVINH.read_bytes(), "test:op")
    assert len(app.store.facts.facts()) > len(before)
    [reply] = ask(operator, "/undo")
    assert "nhập tệp" in reply.text and "dữ kiện" in reply.text
    assert {f.id for f in app.store.facts.facts()} == before
    [reply] = ask(operator, "/undo")
    assert "chưa có thay đổi nào" in reply.text


def test_addfact_takes_values_a_date_and_a_source(app, operator):
    [reply] = ask(operator, '/addfact poverty.tracu | poverty | Trà Cú có bao nhiêu hộ nghèo? | '
                            'Huyện Trà Cú có {households} hộ nghèo, chiếm {rate}%. | households=1.288 rate=5,2 '
                            'as_of=2023-12-31 source="Báo Trà Vinh"')
    assert "Đã thêm" in reply.text and "1.288 hộ nghèo, chiếm 5,2%" in reply.text
    fact = app.store.facts.fact("poverty.tracu")
    assert fact.as_of == "2023-12-31" and fact.source["name"] == "Báo Trà Vinh"
    [refused] = ask(operator, "/addfact poverty.tracu2 | poverty | Hỏi? | Có {households} hộ. | households=nhiều")
    assert "không phải là số" in refused.text and app.store.facts.fact("poverty.tracu2") is None


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.parent.name)
def test_todays_facts_files_import_unchanged(app, path):
    counts = edits.import_facts(app.store.facts, path.read_bytes(), "op")
    assert counts["added"] > 0


def run_cli(*args, db):
    return subprocess.run([sys.executable, str(ROOT / "bot.py"), "facts", *args, "--db", str(db)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_the_command_line_speaks_in_sentences_and_tables(tmp_path):
    db = tmp_path / "kb.db"
    assert run_cli("set", "poverty.poor_households", "households=1.600", "rate=7,6", db=db).returncode == 0
    history = run_cli("history", "poverty.poor_households", db=db).stdout
    assert "households: 1.562 → 1.600" in history and "rate: 7,48 → 7,6" in history
    imported = run_cli("import", str(TRAVINH), db=db)
    assert "Đã nhập tệp dữ kiện: thêm 11" in imported.stderr
    for result in (imported, run_cli("show", "poverty.total", db=db), run_cli("list", db=db),
                   run_cli("undo", db=db)):
        assert result.returncode == 0
        assert "{'" not in result.stdout + result.stderr and "': " not in result.stdout + result.stderr
    assert "Trả lời: " in run_cli("show", "poverty.total", db=db).stdout


def test_sources_are_rows_and_facts_name_their_source_and_place(app):
    data = new_article(place="huyện Trà Cú")
    data["sources"]["tv"]["place"] = "tỉnh Trà Vinh"
    data["sources"]["tv"]["url"] = "https://baotravinh.vn/tra-cu"
    neutral = {"topic": "welfare", "questions": ["Có bao nhiêu phần quà Tết?"], "as_of": "2023-12-31",
               "answer": "Dịp Tết, đã trao {gifts} phần quà.", "values": {"gifts": 900}}
    data["facts"] += [{**neutral, "id": "tracu.gifts", "title": "Quà Tết", "place": "huyện Cầu Kè"},
                      {**neutral, "id": "tracu.gifts_source", "title": "Quà Tết năm nay"}]
    edits.import_facts(app.store.facts, json.dumps(data), "op")
    assert app.store.facts.sources()["tv"]["url"] == "https://baotravinh.vn/tra-cu"
    houses, poor = app.store.facts.fact("tracu.houses"), app.store.facts.fact("tracu.poor")
    assert houses.source_id == "tv" and houses.declared_place == "huyện Trà Cú"
    assert poor.declared_place == "tỉnh Trà Vinh"  # its source's
    app.kb.refresh()
    labels = {fid: [p.label for p in app.kb.decider.profiles[fid].subject] for fid in ("tracu.gifts", "tracu.gifts_source")}
    assert labels == {"tracu.gifts": ["huyện Cầu Kè"], "tracu.gifts_source": ["tỉnh Trà Vinh"]}
    with pytest.raises(FactsError, match="không nhận ra nơi"):
        edits.import_facts(app.store.facts, json.dumps(new_article(place="Xứ Thần Tiên")), "op")


def test_answers_cite_their_own_source_and_what_the_bot_knows_is_listed(app, operator):
    edits.import_facts(app.store.facts, TRAVINH.read_bytes(), "op")
    app.kb.refresh()
    both = app.kb.facts_for("poverty.poor_households") + app.kb.facts_for("travinh.poor_households")
    from handlers import texts
    text = texts.answer_text_of(both)
    assert text.count("📰 Nguồn") == 2
    assert text.index("Báo Hậu Giang") < text.index("Trà Vinh có 5.404") < text.index("Cổng Thông tin")
    [sources] = ask(operator, "/sources", user="citizen")
    assert "Báo Hậu Giang" in sources.text and "Cổng Thông tin điện tử tỉnh Trà Vinh" in sources.text
    assert "huyện Long Mỹ" in sources.text and "travinh.gov.vn" in sources.text
    [topics] = ask(operator, "/topics", user="citizen")
    assert "huyện Long Mỹ" in topics.text and "2 nguồn" in topics.text
    [fallback] = ask(operator, "thời tiết ngày mai thế nào", user="citizen")
    assert fallback.status == "fallback" and "Cổng Thông tin điện tử tỉnh Trà Vinh" in fallback.text


def test_facts_sources_on_the_command_line(tmp_path):
    db = tmp_path / "kb.db"
    run_cli("import", str(TRAVINH), db=db)
    listing = run_cli("sources", db=db).stdout
    assert "baohaugiang-2023-03-22" in listing and "travinhgov-2023-02" in listing and "huyện Long Mỹ" in listing


TRAVINH_ARTICLE = TRAVINH.parent / "article.txt"


def test_an_article_is_drafted_one_fact_per_statement_with_its_figures_as_written(app):
    drafted, counts = edits.ingest_article(app.store.facts, TRAVINH_ARTICLE.read_text(encoding="utf-8"),
                                           "Cổng Thông tin điện tử tỉnh Trà Vinh", "2023-02-10", "op")
    assert counts is None  # drafts wait for review
    facts = {f["answer"]: f for f in drafted.data["facts"]}
    [poor] = [f for a, f in facts.items() if "{households} hộ nghèo, chiếm {rate}%" in a]
    assert poor["values"] == {"households": "5.404", "rate": "1,88"} and poor["topic"] == "poverty"
    assert "Trà Vinh có bao nhiêu hộ nghèo?" in poor["questions"]
    [khmer] = [f for a, f in facts.items() if a.startswith("Hộ nghèo dân tộc Khmer")]
    assert khmer["values"] == {"households": "3.239", "rate": "3,61", "share": "59,94"}
    [decision] = [f for a, f in facts.items() if "122/QĐ-UBND" in a]
    assert decision["as_of"] == "2023-02-08" and not decision["values"]
    for fact in facts.values():  # nothing the article does not say: every figure is in its sentence
        assert all(value in TRAVINH_ARTICLE.read_text(encoding="utf-8") for value in fact.get("values", {}).values())
    assert drafted.data["sources"]["travinh-2023-02-10"]["place"] == "tỉnh Trà Vinh"
    assert len(app.store.facts.drafts()) == len(facts)


def test_drafts_are_reviewed_in_chat_and_an_approval_is_one_undo(app, operator):
    before = len(app.store.facts.facts())
    [reply] = operator.handle(Message("test", "op", '/ingest source="Cổng Thông tin điện tử tỉnh Trà Vinh" '
                                                    "published=2023-02-10",
                                      attachment=TRAVINH_ARTICLE.read_bytes()))
    assert "dữ kiện nháp" in reply.text and "5.404" in reply.text
    [listing] = ask(operator, "/drafts")
    first = app.store.facts.drafts()[0][0]["id"]
    assert first in listing.text
    [rejected] = ask(operator, f"/reject {first}")
    assert "Đã bỏ 1" in rejected.text
    [approved] = ask(operator, "/approve all")
    assert "Đã duyệt" in approved.text and app.store.facts.drafts() == []
    # the 10 drafts (8 statements, their total, who wrote the article) but the one rejected
    assert len(app.store.facts.facts()) == before + 9
    [answer] = ask(operator, "Trà Vinh có bao nhiêu hộ nghèo dân tộc Khmer?", user="citizen")
    assert answer.status == "answered" and "3.239" in answer.text and "Cổng Thông tin điện tử" in answer.text
    ask(operator, "/undo")
    assert len(app.store.facts.facts()) == before


def test_a_word_document_is_read_too(app, operator, tmp_path):
    import docx

    document = docx.Document()
    for line in TRAVINH_ARTICLE.read_text(encoding="utf-8").split("\n"):
        document.add_paragraph(line)
    document.save(tmp_path / "article.docx")
    [reply] = operator.handle(Message("test", "op", '/ingest source="Báo Trà Vinh" published=2023-02-10 approve',
                                      attachment=(tmp_path / "article.docx").read_bytes()))
    assert "Đã đăng 10 dữ kiện" in reply.text


def test_facts_ingest_on_the_command_line(tmp_path):
    db = tmp_path / "kb.db"
    result = subprocess.run([sys.executable, str(ROOT / "bot.py"), "facts", "ingest", str(TRAVINH_ARTICLE),
                             "--source-name", "Cổng Thông tin điện tử tỉnh Trà Vinh", "--published", "2023-02-10",
                             "--approve", "--db", str(db)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Tìm thấy 16 số liệu" in result.stderr and "thêm 10" in result.stdout
    assert "households=5.404, rate=1,88" in result.stdout
