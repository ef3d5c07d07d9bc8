import json

import pytest

from knowledge.facts import FACTS_FILE, FactsError, format_number, load_facts_file, parse_facts


def facts_data():
    return json.loads(FACTS_FILE.read_text(encoding="utf-8"))


def test_numbers_are_written_the_vietnamese_way():
    assert format_number(1562) == "1.562"
    assert format_number(7.48) == "7,48"
    assert format_number(2.8) == "2,80"
    assert format_number(100) == "100"


def test_the_facts_file_has_the_ids_other_parts_rely_on():
    facts = {f.id: f for f in load_facts_file().facts}
    for fact_id in ("poverty.poor_households", "poverty.near_poor_households", "poverty.total",
                    "welfare.tet_gifts", "welfare.q1_2023", "welfare.children_gender", "labour.job_fair",
                    "labour.overseas", "vocational.classes", "event.meeting", "event.director", "source.article"):
        assert fact_id in facts
    assert facts["poverty.poor_households"].values == {"households": 1562, "rate": 7.48}
    assert any(i.startswith("difficulties.") for i in facts) and any(i.startswith("directions.") for i in facts)


def test_every_fact_has_a_source_a_date_and_questions():
    for fact in load_facts_file().facts:
        assert fact.source["name"] == "Báo Hậu Giang"
        assert fact.as_of and fact.as_of_label
        assert fact.questions


def test_the_total_is_derived_not_stored():
    total = {f.id: f for f in load_facts_file().facts}["poverty.total"]
    assert total.values == {}
    assert "poverty.poor_households.households" in total.derived["households"]


@pytest.mark.parametrize("change, complaint", [
    (lambda d: d["facts"][0].update(answer=""), "trống"),
    (lambda d: d["facts"][0].update(values={"households": "nhiều", "rate": 7.48}), "phải là số"),
    (lambda d: d["facts"][0].update(id="Bad Id"), "mã"),
    (lambda d: d["facts"][0].update(topic="nowhere"), "chủ đề"),
    (lambda d: d["facts"].append(dict(d["facts"][0])), "trùng"),
    (lambda d: d["facts"][0].update(answer="{missing} hộ"), "missing"),
    (lambda d: d["facts"][2]["derived"].update(households="nothing.here + x.y"), "không tồn tại"),
    (lambda d: d["facts"][0].update(as_of="31/12/2022"), "YYYY-MM-DD"),
])
def test_a_bad_facts_file_is_refused_whole_with_a_reason(change, complaint):
    data = facts_data()
    change(data)
    with pytest.raises(FactsError, match=complaint):
        parse_facts(data)
