"""Ingesting an article (issue 11): what a draft says of each statement, and that residents'
questions then find it, against a database that already holds Long Mỹ's facts."""
import json
from pathlib import Path

import pytest

from handlers import Message
from handlers.texts import NOT_THE_PLACE_SERVED
from knowledge import KnowledgeBase, edits
from knowledge.analysis import analyse
from knowledge.decision import answer_kinds, hamlets_named, relevant
from knowledge.ingest import draft_article, figures_of
from knowledge.normalize import tokens
from knowledge.places import COMMUNE, find_places

EVAL = Path(__file__).resolve().parent / "data" / "eval"
PHUNGHIEP = (EVAL / "phunghiep" / "article.txt").read_text(encoding="utf-8")
MYTU = (EVAL / "mytu" / "article.txt").read_text(encoding="utf-8")


def ingest(app, text, place, source="Báo Hậu Giang", published="2024-01-12"):
    drafted, _ = edits.ingest_article(app.store.facts, text, source, published, "op", place=place, approve=True)
    return {f["id"]: f for f in drafted.data["facts"]}


def ingest_eval(app, name):
    """One of tests/data/eval's articles, ingested with the values its source.json gives."""
    source = json.loads((EVAL / name / "source.json").read_text(encoding="utf-8"))
    return ingest(app, (EVAL / name / "article.txt").read_text(encoding="utf-8"), source["place"],
                  source=source["source_name"], published=source["published"])


def ask(app, question):
    return app.conversation.handle(Message("test", "citizen", question))[0]


def test_a_place_given_with_its_province_names_the_drafts_by_its_own_name(app):
    facts = ingest(app, PHUNGHIEP, "huyện Phụng Hiệp, tỉnh Hậu Giang")
    assert facts and all(fact_id.startswith("phunghiep.") for fact_id in facts)
    assert any("Phụng Hiệp có bao nhiêu hộ nghèo?" in f["questions"] for f in facts.values())
    assert "1.904" in ask(app, "Phụng Hiệp có bao nhiêu hộ nghèo?").text


# An article written for these tests in the style of a district's yearly review (figures invented).
VITHUY = """Huyện Vị Thủy: Tổng kết công tác giảm nghèo năm 2023

Báo Hậu Giang

Tin, ảnh: NGỌC LAN

(HG) - Ngày 9-1, UBND huyện Vị Thủy tổ chức hội nghị tổng kết công tác giảm nghèo năm 2023. Ông Trần Văn Bình, Phó Chủ tịch UBND huyện Vị Thủy, chủ trì hội nghị.

Theo kết quả rà soát cuối năm 2023, toàn huyện có 812 hộ nghèo, chiếm 2,41% tổng số hộ dân cư. Hộ cận nghèo có 1.037 hộ, chiếm 3,08%.

Trong năm, huyện đã hỗ trợ xây dựng 41 căn nhà đại đoàn kết cho hộ nghèo, mỗi căn 60 triệu đồng, tổng kinh phí 2,46 tỷ đồng. Sáu tháng cuối năm, huyện giải quyết việc làm mới cho 1.204 lao động, đạt 96,3% kế hoạch.
"""


def test_a_statement_is_dated_as_the_article_says_and_the_rest_of_its_paragraph_with_it(app):
    facts = ingest(app, VITHUY, "huyện Vị Thủy, tỉnh Hậu Giang", published="2024-01-10")
    poor = next(f for f in facts.values() if f.get("values", {}).get("households") == "812")
    near = next(f for f in facts.values() if f.get("values", {}).get("households") == "1.037")
    assert (poor["as_of"], poor["as_of_label"]) == ("2023-12-31", "cuối năm 2023")
    assert (near["as_of"], near["as_of_label"]) == ("2023-12-31", "cuối năm 2023")
    [meeting] = [f for f in facts.values() if "Trần Văn Bình" in f["answer"]]
    assert "Ngày 9-1 (9/1/2024)" in meeting["answer"] and meeting["as_of"] == "2024-01-09"


def test_residents_questions_find_the_clause_of_each_figure(app):
    ingest(app, VITHUY, "huyện Vị Thủy, tỉnh Hậu Giang", published="2024-01-10")
    asked = {
        "Vị Thủy giải quyết việc làm mới cho bao nhiêu lao động?": "1.204",
        "Mỗi căn nhà đại đoàn kết ở Vị Thủy được hỗ trợ bao nhiêu tiền?": "60 triệu",
        "Tổng kinh phí xây nhà đại đoàn kết ở Vị Thủy là bao nhiêu?": "2,46 tỷ",
        "Việc làm ở Vị Thủy đạt bao nhiêu phần trăm kế hoạch?": "96,3%",
        "Ai chủ trì hội nghị tổng kết giảm nghèo ở Vị Thủy?": "Trần Văn Bình",
        "Hội nghị tổng kết công tác giảm nghèo của Vị Thủy diễn ra ngày nào?": "9/1/2024",
    }
    for question, figure in asked.items():
        answer = ask(app, question)
        assert answer.status == "answered" and figure in answer.text, (question, answer.text)


def test_the_poor_and_near_poor_households_are_totalled_from_the_two_figures(app):
    facts = ingest(app, VITHUY, "huyện Vị Thủy, tỉnh Hậu Giang", published="2024-01-10")
    [total] = [f for f in facts.values() if f.get("derived")]
    assert "values" not in total  # nothing stored: it adds the two drafts' figures
    answer = ask(app, "Tổng số hộ nghèo và cận nghèo của Vị Thủy là bao nhiêu?")
    assert answer.status == "answered" and "1.849" in answer.text and "5,49%" in answer.text
    assert "2.146" not in answer.text  # Long Mỹ's own total stays Long Mỹ's


def test_a_decision_numbers_draft_does_not_answer_how_many(app):
    ingest_eval(app, "travinh")
    answer = ask(app, "Trà Vinh còn bao nhiêu hộ nghèo theo kết quả rà soát?")
    assert not (answer.status == "answered" and "122/QĐ-UBND" in answer.text)  # never the decision as a count
    answer = ask(app, "Quyết định phê duyệt kết quả rà soát hộ nghèo của Trà Vinh ký ngày nào?")
    assert answer.status == "answered" and "122/QĐ-UBND" in answer.text


def test_a_sentence_going_on_about_an_earlier_one_joins_its_draft(app):
    facts = ingest_eval(app, "travinh")
    [decision] = [f for f in facts.values() if "122/QĐ-UBND" in f["answer"]]
    assert decision["answer"].endswith("giai đoạn 2023 - 2025 trên địa bàn tỉnh Trà Vinh.")
    assert "Kết quả rà soát là cơ sở để làm gì?" in decision["questions"]
    answer = ask(app, "Kết quả rà soát hộ nghèo ở Trà Vinh là cơ sở để làm gì?")
    assert answer.status == "answered" and "chính sách giảm nghèo" in answer.text


def test_a_share_of_a_whole_is_no_comparison_and_an_ethnic_group_is_asked_by_its_people(app):
    facts = ingest_eval(app, "travinh")
    asked = [q for f in facts.values() for q in f["questions"]]
    assert not any("so với" in q for q in asked)
    assert "Trà Vinh có bao nhiêu hộ cận nghèo người Khmer?" in asked
    assert ask(app, "Tỷ lệ hộ nghèo của Trà Vinh giảm bao nhiêu so với đầu năm?").status != "answered"
    answer = ask(app, "Hộ cận nghèo người Khmer ở Trà Vinh là bao nhiêu hộ?")
    assert answer.status == "answered" and "5.267" in answer.text


def test_households_said_to_remain_are_still_the_near_poor_and_totalled(app):
    facts = ingest(app, PHUNGHIEP, "huyện Phụng Hiệp, tỉnh Hậu Giang")
    assert "phunghiep.poverty_total" in facts  # "hộ cận nghèo còn 2.218 hộ" counts the near-poor households
    answer = ask(app, "Tổng số hộ nghèo và cận nghèo của Phụng Hiệp là bao nhiêu?")
    assert answer.status == "answered" and "4.122" in answer.text


# Written for these tests in the style of a district's yearly review (figures invented): a quoted plan,
# an event with its figures, a day's date inside a paragraph, a count that goes down to another.
GIONGRIENG = """Giồng Riềng: Hộ nghèo giảm còn 2,1% trong năm 2023

(KG) - Theo kết quả rà soát cuối năm 2023, số hộ nghèo toàn huyện giảm từ 1.310 hộ xuống còn 905 hộ, chiếm 2,1%.

Ngày 5/9, tại thị trấn Giồng Riềng, huyện tổ chức Ngày hội việc làm với 25 doanh nghiệp tham gia tuyển dụng; 210 người được nhận vào làm việc ngay tại chỗ. Huyện cũng cấp 3.120 thẻ bảo hiểm y tế cho người thuộc hộ cận nghèo.

Năm 2023, huyện giải quyết việc làm cho 2.480 lao động, trong đó có 64 lao động đi làm việc có thời hạn ở nước ngoài theo hợp đồng.

Phát biểu tại hội nghị, ông Nguyễn Văn Hòa, Chủ tịch UBND huyện, ghi nhận kết quả của ngành. "Năm 2024, huyện phấn đấu đưa ít nhất 80 lao động đi làm việc ở nước ngoài. Các xã phải gắn đào tạo nghề với nhu cầu doanh nghiệp", ông Hòa nhấn mạnh.
"""


def ingest_giongrieng(app):
    facts = ingest(app, GIONGRIENG, "huyện Giồng Riềng, tỉnh Kiên Giang", source="Báo Kiên Giang", published="2024-01-05")
    return {f["values"].get(name): f for f in facts.values() for name in f.get("values", {})}


def test_a_quoted_plan_is_its_own_draft_asked_as_a_target_and_credited_to_its_speaker(app):
    by_value = ingest_giongrieng(app)
    plan = by_value["80"]
    assert plan["title"].startswith("Chỉ tiêu năm 2024: lao động đi làm việc ở nước ngoài")
    assert plan["answer"].startswith("Theo ông Nguyễn Văn Hòa: Năm 2024, huyện phấn đấu")
    assert "ghi nhận" not in plan["answer"] and not plan["answer"].startswith('"')
    assert not any(q.startswith("Giồng Riềng có bao nhiêu") for q in plan["questions"])  # a target, not what there is
    answer = ask(app, "Năm 2024 Giồng Riềng phấn đấu đưa bao nhiêu lao động đi làm việc ở nước ngoài?")
    assert answer.status == "answered" and "80" in answer.text


def test_an_events_figures_make_one_draft_titled_by_the_event_and_asked_when_and_where(app):
    by_value = ingest_giongrieng(app)
    fair = by_value["25"]
    assert fair is by_value["210"] and fair["title"] == "Ngày hội việc làm (huyện Giồng Riềng)"
    assert "Ngày hội việc làm ở Giồng Riềng tổ chức ở đâu?" in fair["questions"]
    answer = ask(app, "Ngày hội việc làm ở Giồng Riềng tổ chức vào ngày nào?")
    assert answer.status == "answered" and "5/9" in answer.text


def test_a_days_date_stays_with_its_sentence_and_a_count_going_down_counts_the_same_thing(app):
    by_value = ingest_giongrieng(app)
    assert by_value["3.120"]["as_of_label"] == "năm 2023"  # not the job fair's day
    poor = by_value["905"]
    assert poor["title"].startswith("Hộ nghèo") and poor["keywords"] == ["hộ nghèo"]  # never "hộ xuống"
    assert by_value["2.480"]["title"].startswith("Giải quyết việc làm")  # not "Năm huyện giải quyết việc làm"
    assert "lao động đi làm việc có thời hạn ở nước ngoài" in by_value["64"]["keywords"]


# A district's report in the shape many are published in: numbered sections, list marks, targets under a
# heading of their own, what is still hard, a byline (figures invented for this test).
CODO = """Huyện Cờ Đỏ: Kết quả công tác lao động, người có công và xã hội năm 2023

1. Lĩnh vực lao động, việc làm

- Giải quyết việc làm cho 3.210 lượt lao động, đạt 101,5% kế hoạch năm.

- Đưa 75 lao động đi làm việc ở nước ngoài theo hợp đồng, trong đó: Nhật Bản 48 lao động, Hàn Quốc 19 lao động, Malaysia 8 lao động.

2. Lĩnh vực giảm nghèo

- Đầu năm 2023, toàn huyện có 1.420 hộ nghèo, chiếm 3,9%. Qua rà soát cuối năm, còn 1.018 hộ nghèo, chiếm 2,8%.

- Xã Trung An và xã Thới Hưng là hai địa phương giảm nghèo nhiều nhất huyện.

3. Tồn tại, hạn chế

- Nguồn vốn vay cho lao động đi làm việc ở nước ngoài còn ít.

4. Nhiệm vụ năm 2024

- Giải quyết việc làm cho 3.300 lượt lao động; đưa 80 lao động đi làm việc ở nước ngoài.

NGỌC HÂN
"""


def answers_with(app, question, *shown):
    """Whether the question is answered, with each of ``shown`` in the reply."""
    answer = ask(app, question)
    return answer.status == "answered" and all(text in answer.text for text in shown)


def ingest_codo(app):
    return ingest(app, CODO, "huyện Cờ Đỏ, thành phố Cần Thơ", source="Báo Cần Thơ", published="2023-12-28")


def test_list_marks_and_section_headings_are_read_as_context_not_as_statements(app):
    facts = ingest_codo(app)
    assert not any(f["title"].startswith(("-", "1.", "Lĩnh vực")) for f in facts.values())
    assert not any(q.startswith(("- ", "Ở Cờ Đỏ, - ")) for f in facts.values() for q in f["questions"])


def test_targets_under_a_heading_of_tasks_are_targets_of_its_year_and_never_answer_what_was_done(app):
    facts = ingest_codo(app)
    [target] = [f for f in facts.values() if f.get("values", {}).get("times") == "3.300"]
    assert target["answer"].startswith("Nhiệm vụ năm 2024: ") and target["as_of_label"] == "năm 2024"
    done = ask(app, "Năm 2023 Cờ Đỏ giải quyết việc làm cho bao nhiêu lượt lao động?")
    assert done.status == "answered" and "3.210" in done.text and "3.300" not in done.text
    assert answers_with(app, "Năm 2024 Cờ Đỏ phấn đấu giải quyết việc làm cho bao nhiêu lượt lao động?", "3.300")


def test_a_target_for_next_year_is_no_figure_of_a_year_we_lack(app):
    ingest_eval(app, "tanchau")
    answer = ask(app, "Năm 2024 Tân Châu phấn đấu đưa bao nhiêu lao động đi làm việc ở nước ngoài?")
    assert answer.status == "answered" and "120" in answer.text and "chưa có số liệu năm 2024" not in answer.text


def test_a_count_at_the_start_and_the_end_of_the_year_is_one_draft_answering_both(app):
    facts = ingest_codo(app)
    [poor] = [f for f in facts.values() if f.get("values", {}).get("households") == "1.420"]
    assert poor["values"]["households_2"] == "1.018" and poor["as_of_label"] == "cuối năm 2023"
    assert answers_with(app, "Đầu năm 2023 Cờ Đỏ có bao nhiêu hộ nghèo?", "1.420")
    assert answers_with(app, "Cuối năm 2023 Cờ Đỏ còn bao nhiêu hộ nghèo?", "1.018")


def test_where_workers_went_and_which_communes_did_best_are_asked_and_answered(app):
    ingest_codo(app)
    assert answers_with(app, "Lao động Cờ Đỏ đi làm việc ở những nước nào vậy?", "Malaysia")
    assert answers_with(app, "Cờ Đỏ có bao nhiêu người đi Nhật Bản làm việc?", "48")
    assert answers_with(app, "Ở Cờ Đỏ xã nào giảm nghèo nhiều nhất?", "Trung An")


def test_what_is_still_hard_and_who_wrote_the_article_are_drafted_too(app):
    facts = ingest_codo(app)
    assert facts["codo.author"]["answer"].endswith("do Ngọc Hân viết.")
    assert answers_with(app, "Cờ Đỏ còn những khó khăn gì?", "vốn vay")
    assert answers_with(app, "Bài viết về Cờ Đỏ trên Báo Cần Thơ do ai viết?", "Ngọc Hân")


def test_an_article_ingested_twice_gets_new_ids_beside_the_old_ones(app):
    first = ingest_codo(app)
    second = ingest_codo(app)
    assert len(second) == len(first) and not set(first) & set(second)
    assert "codo.author_" in second and "codo.difficulties_" in second


def test_a_comparison_the_article_states_answers_a_question_asking_so_với(app):
    ingest_codo(app)
    assert answers_with(app, "Cờ Đỏ giải quyết việc làm đạt bao nhiêu phần trăm so với kế hoạch?", "101,5%")


def test_a_country_named_is_where_people_went_and_the_place_served_still_comes_first(app):
    ingest_eval(app, "uminh")
    answer = ask(app, "xuat khau lao dong dai loan bao nhieu nguoi")
    assert answer.status == "answered" and answer.fact_ids[0] == "labour.overseas"


def test_naming_no_place_what_another_place_answers_as_well_is_given_after_the_place_served_and_says_whose(app):
    ingest_eval(app, "phuoclong")
    answer = ask(app, "Có bao nhiêu người đi làm việc ở Nhật Bản?")
    assert answer.status == "answered" and answer.fact_ids[0] == "labour.overseas"
    ours, theirs = answer.text.split("huyện Phước Long)", 1)
    assert "34 người" in ours and "Nhật Bản có 31 người" in theirs
    assert "Đây là số liệu của huyện Phước Long, tỉnh Bạc Liêu, không phải của huyện Long Mỹ" in theirs
    # naming a place, only that place's
    assert ask(app, "Huyện Long Mỹ có bao nhiêu người đi làm việc ở Nhật Bản?").fact_ids == ["labour.overseas"]


def test_the_place_served_comes_first_however_many_facts_another_places_article_brings(app):
    facts = ingest_eval(app, "chauthanh")
    assert len(facts) > len([f for f in app.store.facts.facts() if not f.id.startswith("chauthanh.")])
    assert answers_with(app, "Cuối năm 2022 còn bao nhiêu hộ nghèo?", "Long Mỹ", "1.562")
    assert answers_with(app, "Huyện Châu Thành còn bao nhiêu hộ nghèo?", "812")



def test_a_year_only_another_places_article_speaks_of_gets_its_figure_and_others_stay_at_home(app):
    ingest_eval(app, "chauthanh")
    assert answers_with(app, "Năm 2024 huyện mở được mấy lớp dạy nghề?", "46",
                        "Đây là số liệu của huyện Châu Thành, tỉnh Sóc Trăng, không phải của huyện Long Mỹ")
    assert answers_with(app, "Huyện mở được mấy lớp dạy nghề?", "8 lớp")
    assert ask(app, "Huyện mở được mấy lớp dạy nghề?").fact_ids[0] == "vocational.classes"


def test_another_places_fact_that_explains_much_more_of_a_question_naming_no_place_answers_it(app):
    ingest_eval(app, "thapmuoi")
    answer = ask(app, "Ngày hội việc làm có bao nhiêu doanh nghiệp tham gia tuyển dụng?")
    assert answer.status == "answered" and "Tháp Mười" in answer.text

def test_a_bot_serving_another_place_answers_a_question_naming_none_with_that_places_figure(app):
    ingest(app, VITHUY, "huyện Vị Thủy, tỉnh Hậu Giang", published="2024-01-10")  # fewer facts than Long Mỹ's
    served = KnowledgeBase(app.store.facts, home="huyện Vị Thủy, tỉnh Hậu Giang")
    answer = served.ask("Cuối năm 2023 còn bao nhiêu hộ nghèo?")
    assert answer.status == "answered" and "812" in answer.facts[0].text


# Gifts and allowances in whole đồng, an occasion that is no meeting, a mother of heroes who is no worker abroad
# (figures invented for this test).
VINHTHANH = """Huyện Vĩnh Thạnh: Tri ân người có công dịp 27/7

Nhân kỷ niệm Ngày Thương binh - Liệt sĩ, huyện Vĩnh Thạnh đã thăm hỏi các gia đình chính sách trong dịp lễ lớn của dân tộc.

Huyện đã trao 950 phần quà của Chủ tịch nước, mỗi phần 300.000 đồng. Toàn huyện hiện có 2 Mẹ Việt Nam anh hùng còn sống và 1.120 người có công đang hưởng trợ cấp hằng tháng.

Từ ngày 1/7/2024, mức chuẩn trợ cấp ưu đãi người có công được nâng lên 2.055.000 đồng, nên tổng kinh phí chi trả hằng năm của huyện hơn 20,5 tỷ đồng.
"""


def test_amounts_in_whole_dong_are_figures_and_titles_say_what_was_counted(app):
    facts = ingest(app, VINHTHANH, "huyện Vĩnh Thạnh, thành phố Cần Thơ", source="Báo Cần Thơ", published="2024-07-28")
    [gifts] = [f for f in facts.values() if "950" in f.get("values", {}).values()]
    assert gifts["title"].startswith("Phần quà") and "300.000" in gifts["values"].values()
    titles = [f["title"] for f in facts.values()]
    assert not any(t.startswith(("Nên", "Đã", "Lớn của dân tộc")) for t in titles), titles
    assert not any("Việt Nam" in q for f in facts.values() for q in f["questions"] if "nước nào" in q or " đi " in q)
    assert answers_with(app, "Vĩnh Thạnh: mỗi phần quà của Chủ tịch nước bao nhiêu tiền?", "300.000")
    assert answers_with(app, "Mức chuẩn trợ cấp ưu đãi người có công ở Vĩnh Thạnh được nâng lên bao nhiêu?", "2.055.000")


def test_a_count_of_anything_the_article_names_is_a_figure_asked_by_its_name(app):
    facts = ingest(app, VINHTHANH, "huyện Vĩnh Thạnh, thành phố Cần Thơ", source="Báo Cần Thơ", published="2024-07-28")
    assert any("Vĩnh Thạnh có bao nhiêu Mẹ Việt Nam anh hùng còn sống?" in f["questions"] for f in facts.values())
    assert answers_with(app, "Vĩnh Thạnh còn mấy Mẹ Việt Nam anh hùng?", "2 Mẹ")


# A feature's way with figures: ranges, amounts per month or per person, dates with dashes (invented).
BINHDAI = """Bình Đại: Đi làm việc ở nước ngoài để đổi đời

Chi phí đi Nhật Bản còn cao, từ 150-180 triệu đồng/người. Thu nhập của lao động tại Nhật Bản từ 30-35 triệu đồng/tháng.

Ngày 22-9-2023, huyện tổ chức hội nghị tư vấn xuất khẩu lao động tại xã Thới Lai, có hơn 180 người dân đến nghe tư vấn.
"""


def test_a_range_an_amount_per_month_and_a_dashed_date_are_read_as_residents_ask_them(app):
    facts = ingest(app, BINHDAI, "huyện Bình Đại, tỉnh Bến Tre", source="Báo Đồng Khởi", published="2023-11-14")
    assert not any("150-" in q or "30-" in q for f in facts.values() for q in f["questions"])
    assert any(f["title"].startswith("Chi phí đi Nhật Bản") for f in facts.values())
    assert answers_with(app, "Ở Bình Đại chi phí đi Nhật Bản mỗi người bao nhiêu tiền?", "150-180")
    assert answers_with(app, "Lao động Bình Đại làm ở Nhật Bản thu nhập mỗi tháng bao nhiêu?", "30-35")
    assert answers_with(app, "Hội nghị tư vấn xuất khẩu lao động ở Bình Đại tổ chức ngày nào?", "22/9/2023")


# An occasion dated by the time of day, a decision named by what it is about, a reporter's question (invented).
THANHPHU = """Thạnh Phú: Tri ân các anh hùng liệt sĩ

Thực hiện Quyết định số 1200/QĐ-UBND ngày 5/7/2024 của UBND tỉnh về việc tặng quà nhân dịp 27/7, huyện đã trao 820 phần quà.

Tối 26/7, hàng trăm đoàn viên tham gia lễ thắp nến tri ân các anh hùng liệt sĩ tại nghĩa trang huyện.

Thưa ông, việc chi trả trợ cấp ngày 1/7/2024 có bị gián đoạn không?

Ông Trần Văn Tâm, Trưởng phòng Nội vụ huyện, cho biết việc chi trả vẫn đúng kỳ.
"""


def test_an_evening_occasion_a_decision_about_something_and_no_draft_of_a_reporters_question(app):
    facts = ingest(app, THANHPHU, "huyện Thạnh Phú, tỉnh Bến Tre", source="Báo Đồng Khởi", published="2024-07-29")
    assert not any("Thưa ông" in f["answer"] for f in facts.values())
    assert answers_with(app, "Lễ thắp nến tri ân ở Thạnh Phú tổ chức ngày nào?", "26/7/2024")
    assert answers_with(app, "Quyết định tặng quà nhân dịp 27/7 cho Thạnh Phú có số hiệu nào?", "1200/QĐ-UBND")


def test_a_commune_asked_of_gets_the_figure_the_article_gives_for_it_not_the_districts(app):
    ingest_eval(app, "giongtrom")
    assert answers_with(app, "Năm nay xã Lương Hòa có mấy người ra nước ngoài làm việc vậy?", "Lương Hòa dẫn đầu với 23")
    assert not answers_with(app, "Xã Lương Hòa có bao nhiêu lao động vay vốn đi làm việc ở nước ngoài?", "23")


def test_the_askers_own_town_from_their_story_when_the_question_names_only_a_country(app):
    ingest_eval(app, "giongtrom")
    question = "Con tôi ở thị trấn Giồng Trôm mới qua Nhật làm. Vậy thị trấn có bao nhiêu người đi làm việc ở nước ngoài?"
    assert answers_with(app, question, "thị trấn Giồng Trôm 12")


def test_how_many_people_is_never_answered_with_an_amount_of_money_per_person(app):
    ingest_eval(app, "giongtrom")
    answer = ask(app, "Ở Giồng Trôm, đi Nhật Bản mỗi năm bao nhiêu người?")
    assert answer.status == "answered" and "96" in answer.text and "150-180" not in answer.text


def test_a_person_of_the_article_is_asked_of_at_their_commune_and_he_is_still_them(app):
    facts = ingest_eval(app, "giongtrom")
    assert any(f["title"].startswith("Anh Tùng dành dụm") and "xã Lương Hòa" in f["title"] for f in facts.values())
    question = "Tui coi báo thấy anh Tùng ở Lương Hòa đi Nhật về. Ảnh để dành được bao nhiêu tiền vậy?"
    assert answers_with(app, question, "850")


def test_a_communes_bare_name_after_ở_is_that_commune_only_where_we_know_its_district():
    [mention] = find_places("nhà tôi ở Phong Nẫm")
    assert {p.name for p in mention.places} >= {"Xã Phong Nẫm"}
    giong_trom = next(p for m in find_places("huyện Giồng Trôm, tỉnh Bến Tre") for p in m.places)
    assert relevant([mention], frozenset({giong_trom}))
    assert not relevant([mention], frozenset())
    assert not find_places("học phong nẫm")  # a name alone is a commune's only after "ở", "tại"
    assert all(p.level < COMMUNE for m in find_places("ở Phụng Hiệp") for p in m.places)  # the district, not its xã


# A paragraph opened by what it is about, a rate said before what it is of (invented).
CHAULANH = """Châu Thành: Học nghề gắn với việc làm

Công tác đào tạo nghề cho lao động nông thôn cũng được chú trọng. Trong năm, huyện mở 20 lớp với 600 học viên, tổng kinh phí gần 1,5 tỷ đồng. Sau học nghề, trên 85% học viên có việc làm hoặc tự tạo việc làm.
"""


def test_a_paragraphs_opening_says_what_its_figures_are_of_and_a_rate_is_of_what_follows_it(app):
    facts = ingest(app, CHAULANH, "huyện Châu Thành, tỉnh Hậu Giang", published="2024-01-10")
    [classes] = [f for f in facts.values() if f.get("values", {}).get("classes") == "20"]
    assert classes["answer"].startswith("Công tác đào tạo nghề cho lao động nông thôn")
    [rate] = [f for f in facts.values() if f.get("values", {}).get("rate") == "85"]
    assert rate["title"].startswith("Học viên có việc làm")
    assert answers_with(app, "Kinh phí đào tạo nghề cho lao động nông thôn ở Châu Thành bao nhiêu?", "1,5 tỷ")


def test_another_places_fact_is_not_held_back_when_the_place_served_has_nothing_close(app):
    ingest_eval(app, "thoaison")
    question = "Cả huyện mình có tổng cộng bao nhiêu đối tượng bảo trợ xã hội đang nhận trợ cấp hàng tháng?"
    assert answers_with(app, question, "8.436", "không phải của huyện Long Mỹ")


def test_naming_no_place_another_places_fact_that_explains_the_question_much_better_answers_it(app):
    ingest_eval(app, "phuoclong")
    answer = ask(app, "Tổ chức được mấy phiên giao dịch việc làm lưu động rồi vậy?")
    assert answer.status == "answered" and "Phước Long" in answer.text and "không phải của huyện Long Mỹ" in answer.text


def test_a_topic_whose_facts_here_state_no_amount_does_not_answer_how_much_money(app):
    ingest_eval(app, "phuoclong")
    answer = ask(app, "kinh phi dao tao nghe het bao nhieu tien vay")
    assert answer.status != "answered" or "tỷ đồng" in answer.text
    assert "vocational.classes" not in answer.fact_ids


def test_a_salary_typed_bare_beside_teencode_is_still_asked_as_money(app):
    ingest_eval(app, "phuoclong")
    answer = ask(app, "xkld han quoc luong dc bn")
    assert answer.status != "answered"  # the article says how many went, not what they earn


def test_a_communes_figure_in_a_list_of_communes_is_asked_by_the_commune(app):
    facts = ingest_eval(app, "goquao")
    assert any("Xã Định An có bao nhiêu hộ nghèo?" in f["questions"] for f in facts.values())
    assert answers_with(app, "Xã Định An huyện Gò Quao có bao nhiêu hộ nghèo?", "196")
    assert not any("xã Định An" in f["title"] and "1.248" in f["answer"] for f in facts.values())  # an official's commune


def test_a_result_measured_against_its_target_is_no_target(app):
    facts = ingest_eval(app, "phuoclong")
    [fewer] = [f for f in facts.values() if "213" in f.get("values", {}).values()]
    assert not fewer["title"].startswith("Chỉ tiêu")  # "giảm được 213 hộ nghèo, đạt 85,2% chỉ tiêu" was done
    assert answers_with(app, "Đầu năm 2024 huyện Phước Long có bao nhiêu hộ nghèo?", "682")


# The year reported on said in the lead, not the title (invented).
NAMCAN = """Năm Căn: Chăm lo hộ nghèo ngày càng thiết thực

Năm 2023, dù còn nhiều khó khăn, huyện Năm Căn vẫn hoàn thành các chỉ tiêu về lao động và xã hội.

Toàn huyện còn 512 hộ nghèo, chiếm 2,1%. Huyện mở 22 lớp đào tạo nghề với 640 học viên.
"""


def test_the_year_an_article_reports_on_may_be_said_in_its_lead(app):
    facts = ingest(app, NAMCAN, "huyện Năm Căn, tỉnh Cà Mau", source="Báo Cà Mau", published="2024-01-12")
    assert {f["as_of_label"] for f in facts.values() if f.get("values")} == {"năm 2023"}
    assert answers_with(app, "Năm 2023 huyện Năm Căn mở bao nhiêu lớp đào tạo nghề?", "22 lớp")
    born = ingest(app, NAMCAN.replace("Năm 2023, dù", "Anh Tư (sinh năm 1994) kể, dù"), "huyện Năm Căn, tỉnh Cà Mau",
                  source="Báo Cà Mau", published="2024-01-12")
    assert not any("1994" in f["as_of_label"] for f in born.values())


# A bulletin's lead: a dateline and a greeting, then the year it reviews; the figures follow (invented).
BULLETIN = """Bản tin Lao động – Thương binh và Xã hội xã Long Trị tháng 1/2025

Đài Truyền thanh xã Long Trị | Phát lúc 17 giờ, ngày 10/1/2025

Kính thưa bà con! Sau đây là bản tin tháng 1/2025, điểm lại kết quả năm 2024.

Theo đó, xã Long Trị còn 41 hộ nghèo, giảm 12 hộ so với cuối năm 2023. Trong năm có 19 hộ thoát nghèo.
"""


def test_a_lead_may_open_with_a_dateline_and_a_greeting(app):
    facts = ingest(app, BULLETIN, "xã Long Trị, thị xã Long Mỹ, tỉnh Hậu Giang", source="Đài Truyền thanh xã Long Trị",
                   published="2025-01-10")
    assert {f["as_of_label"] for f in facts.values() if f.get("values")} == {"năm 2024"}
    assert answers_with(app, "năm 2024 xã Long Trị có bao nhiêu hộ thoát nghèo", "19 hộ")


# A mid-year review and its targets for the rest of the year (invented).
TRITON = """Thoại Sơn sơ kết 6 tháng đầu năm 2024

Trong 6 tháng đầu năm 2024, huyện Tri Tôn mở 30 lớp đào tạo nghề cho 900 học viên.

Nhiệm vụ 6 tháng cuối năm 2024: mở thêm 25 lớp đào tạo nghề cho 750 học viên.
"""


def test_the_first_half_of_a_year_is_never_answered_with_the_second_halfs_targets(app):
    ingest(app, TRITON.replace("Thoại Sơn", "Tri Tôn"), "huyện Tri Tôn, tỉnh An Giang", source="Báo An Giang",
           published="2024-07-10")
    answer = ask(app, "6 tháng đầu năm 2024 huyện Tri Tôn mở được bao nhiêu lớp đào tạo nghề?")
    assert answer.status == "answered" and "30 lớp" in answer.text and "25 lớp" not in answer.text


def test_what_is_no_figure_and_no_commune_is_not_read_as_one():
    from knowledge.ingest import COMMUNE_WRITTEN, figures_of
    assert [f.text for f in figures_of("Ấp 3 có 120 hộ nghèo, trong đó 40 hộ đồng bào dân tộc Khmer.")] == ["120", "40"]
    assert all(f.name != "amount" for f in figures_of("Huyện có 200 đồng bào dân tộc Khmer."))  # not 200 đồng
    assert not COMMUNE_WRITTEN.search("thị xã Ngã Năm có 500 hộ nghèo")  # a town, not a commune


def test_a_comparison_naming_no_place_compares_the_place_served_figures_when_another_place_has_them_too(app):
    ingest_eval(app, "phunghiep")
    answer = ask(app, "Hộ nghèo nhiều hơn hộ cận nghèo mấy hộ?")
    assert answer.status == "answered" and "978" in answer.text and "Phụng Hiệp" not in answer.text


def test_naming_no_place_a_year_only_another_place_speaks_of_is_answered_by_what_its_fact_explains(app):
    ingest_eval(app, "cainuoc")  # its figures are of 2022, Long Mỹ's of 2023
    assert answers_with(app, "Năm 2022 có bao nhiêu lớp đào tạo nghề được mở?", "28 lớp", "huyện Cái Nước")


# A plan for the next Tết, said at the year's end (invented).
TET_PLAN = """Huyện Vị Thủy tổng kết công tác lao động năm 2023

Năm 2023, huyện giải quyết việc làm cho 2.150 lao động.

Dịp Tết Nguyên đán Giáp Thìn 2024, huyện dự kiến trao 5.000 phần quà cho hộ nghèo, tổng trị giá khoảng 2,5 tỷ đồng.
"""


def test_a_plan_naming_a_later_year_is_that_years_target_and_a_rough_word_is_no_part_of_what_is_counted(app):
    facts = ingest(app, TET_PLAN, "huyện Vị Thủy, tỉnh Hậu Giang", published="2023-12-20")
    [plan] = [f for f in facts.values() if f.get("values", {}).get("gifts") == "5.000"]
    assert plan["title"].startswith("Chỉ tiêu năm 2024:")
    assert "khoảng" not in plan["title"] and "Chỉ tiêu trị giá của Vị Thủy là bao nhiêu?" in plan["questions"]


def test_the_author_of_an_article_from_a_departments_portal_is_not_its_director(app):
    ingest_eval(app, "goquao")  # published on the portal of the province's Department, whose director it names not
    assert ask(app, "Ai là Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Kiên Giang?").status != "answered"


# A paragraph opening with what it is about, a commune leading in a figure, half a year's figures (invented).
LAI_HOA = """Huyện Vĩnh Châu sơ kết 6 tháng đầu năm 2024

Công tác đào tạo nghề cho lao động nông thôn tiếp tục được quan tâm. Huyện mở 31 lớp với 905 học viên.

Xã Lai Hòa là địa phương có nhiều lao động đi làm việc ở nước ngoài nhất với 14 người.
"""


def test_a_thin_subject_is_titled_by_its_paragraphs_opening_and_a_leading_commune_is_asked_which(app):
    facts = ingest(app, LAI_HOA, "thị xã Vĩnh Châu, tỉnh Sóc Trăng", published="2024-07-05")
    [classes] = [f for f in facts.values() if f.get("values", {}).get("classes") == "31"]
    assert classes["title"].startswith("Đào tạo nghề cho lao động nông thôn: ")
    assert "đào tạo nghề cho lao động nông thôn" in classes["keywords"]
    [leading] = [f for f in facts.values() if "Lai Hòa" in f["answer"]]
    assert leading["title"].startswith("Địa phương có nhiều lao động đi làm việc ở nước ngoài nhất")
    assert answers_with(app, "Xã nào có nhiều người đi làm việc ở nước ngoài nhất vậy?", "Lai Hòa")


def test_a_part_of_a_year_only_another_place_speaks_of_is_not_answered_with_ours_nor_a_whole_year_with_it(app):
    ingest(app, LAI_HOA, "thị xã Vĩnh Châu, tỉnh Sóc Trăng", published="2024-07-05")
    answer = ask(app, "6 thág đầu năm có bao nhiêu học viên học nghề?")  # Long Mỹ's figures are of March 2023
    assert "vocational.classes" not in answer.fact_ids[:1] or answer.status != "answered"
    assert ask(app, "Cả năm 2024 Vĩnh Châu mở bao nhiêu lớp dạy nghề?").status != "answered"


# A resident's story (invented): a name starting with an accented capital, things counted by any word.
UT_STORY = """Xã Tân Thành thoát nghèo bền vững

Ông Nguyễn Văn Út, ngụ ấp Tân Hòa, năm nay 54 tuổi. Năm 2020, ông mua 3 con bò giống về nuôi và trồng 2 công đất quýt hồng.
"""


def test_a_story_counts_what_any_word_says_and_a_name_may_start_with_an_accented_capital(app):
    facts = ingest(app, UT_STORY, "xã Tân Thành, huyện Lai Vung, tỉnh Đồng Tháp", published="2022-12-16")
    units = {value: f for f in facts.values() for value in f.get("values", {}).values()}
    assert {"54", "3", "2"} <= units.keys()
    assert units["3"]["title"].startswith("Ông Nguyễn Văn Út: ")
    assert answers_with(app, "Ông Út mua mấy con bò về nuôi vậy?", "3 con bò")


# A commune's article that also gives its district's figures (invented).
MY_AN = """Xã Mỹ An giảm nghèo bền vững

Đầu năm 2023, toàn xã có 120 hộ nghèo, chiếm tỷ lệ 3,5%. Theo Phòng Lao động - Thương binh và Xã hội huyện Thạnh Hóa, đầu năm 2023 toàn huyện có 1.410 hộ nghèo, tỷ lệ 3,1%; dự kiến đến cuối năm tỷ lệ hộ nghèo giảm còn 2,2%.

Tổng dư nợ các chương trình tín dụng chính sách trên địa bàn xã đạt 38 tỷ đồng, theo bà Lê Thị Hoa, Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện Thạnh Hóa.
"""


def test_a_communes_article_gives_its_districts_figures_as_the_districts_and_is_asked_as_the_communes(app):
    facts = ingest(app, MY_AN, "xã Thủy Tây, huyện Thạnh Hóa, tỉnh Long An", published="2023-06-10")
    [district] = [f for f in facts.values() if f.get("values", {}).get("households") == "1.410"]
    assert district["place"] == "huyện Thạnh Hóa, tỉnh Long An" and not district["title"].startswith("Chỉ tiêu")
    assert any(f["title"].startswith("Chỉ tiêu") and "2,2" in f["values"].values() for f in facts.values())
    assert answers_with(app, "Đầu năm 2023 xã mình có nhiêu hộ nghèo dị?", "120 hộ nghèo")  # not Long Mỹ's district
    # a commune's figure is no answer for its district, though it names the district
    assert "38" not in ask(app, "Dư nợ ngân hàng chính sách cả huyện Thạnh Hóa bao nhiêu tiền?").text


def test_a_communes_article_says_what_its_district_does_as_the_districts_and_what_is_part_of_it_too(app):
    text = MY_AN + ("\nHằng tháng, huyện chi trả trợ cấp ưu đãi cho 1.438 người có công với kinh phí 3,2 tỷ đồng. "
                    "Nhân dịp 27/7, huyện Thạnh Hóa tặng 5.214 phần quà. Trong đó có 2.870 suất quà của Chủ tịch nước. "
                    "UBND huyện Thạnh Hóa phối hợp bàn giao 2 căn nhà tình nghĩa cho xã.\n")
    facts = ingest(app, text, "xã Thủy Tây, huyện Thạnh Hóa, tỉnh Long An", published="2023-07-28")
    place = {next(iter(f["values"].values())): f.get("place", "") for f in facts.values() if f.get("values")}
    assert place["1.438"] == place["5.214"] == place["2.870"] == "huyện Thạnh Hóa, tỉnh Long An"
    assert place["2"] != "huyện Thạnh Hóa, tỉnh Long An"  # a body of the district ("UBND huyện") did it in the commune
    from knowledge.ingest import _district_wide
    assert not _district_wide("Ông Tư ở ấp 3, xã Thủy Tây, huyện Thạnh Hóa nhận 45 triệu đồng")  # an address
    assert not _district_wide("Tại buổi lễ, huyện trao 50 suất quà cho hộ nghèo của xã")  # for the commune
    assert not _district_wide("Huyện ủy tặng 5 phần quà") and not _district_wide("Huyện đoàn tặng 5 phần quà")
    assert _district_wide("Theo bà Hồng, Trưởng phòng LĐ-TB&XH huyện Đầm Dơi, năm 2025 huyện dự kiến đào tạo 1.200 lao "
                          "động nông thôn")  # the district does, in the year said before it
    assert answers_with(app, "Huyện Thạnh Hóa có bao nhiêu suất quà của Chủ tịch nước dịp 27/7?", "2.870")


def test_a_kind_of_place_said_without_its_name_is_the_askers():
    assert analyse("Đầu năm 2022 xã mình có nhiêu hộ nghèo dị?").place_kind == "Xã"
    assert analyse("ty le ho ngheo cua xa la bao nhieu").place_kind == "Xã"
    assert analyse("thị xã mình có mấy hộ nghèo").place_kind == "Thị xã"
    assert analyse("bảo trợ xã hội bao nhiêu người").place_kind == "" and analyse("đi làm xa có được không").place_kind == ""
    # a body of the district names its level, not the place asked ("quý 1" is no "quỹ", "hỏi" no "hội")
    assert analyse("năm 2022 quỹ đền ơn đáp nghĩa huyện vận động dc bn tiền").place_kind == ""
    assert analyse("UBND huyện trao bao nhiêu phần quà?").place_kind == ""
    assert analyse("quý 1 nay thị xã mình có bn ng đi xkld").place_kind == "Thị xã"
    assert analyse("Tui ở xã Long Phú, cho hỏi xã tui có bao nhiêu hộ nghèo?").place_kind == "Xã"
    assert analyse("cho em hoi xa minh co bao nhieu ho ngheo").place_kind == "Xã"  # typed bare, "hoi" may be "hỏi"
    assert analyse("Trợ cấp xã hội xã mình có bao nhiêu người?").place_kind == "Xã"  # "xã hội" is no body


def test_a_topic_answers_for_a_place_only_with_that_places_facts_that_come_close(app):
    ingest(app, MY_AN + "\nAnh Trần Văn Tâm vay 70 triệu đồng từ nguồn vốn cho vay giải quyết việc làm để mở tiệm sửa xe.\n",
           "xã Thủy Tây, huyện Thạnh Hóa, tỉnh Long An", published="2023-06-10")
    assert ask(app, "Xã Thủy Tây có bao nhiêu người đi xuất khẩu lao động năm 2023?").status != "answered"


def test_a_topics_facts_answer_only_when_they_hold_the_kind_asked(app):
    ingest_eval(app, "goquao")  # which commune the delegation visited: Long Mỹ's meeting names none
    answer = ask(app, "Kính gửi cán bộ, xin cho hỏi đoàn công tác của Sở đã đến thăm, tặng quà gia đình người có công ở xã nào ạ?")
    assert answer.status != "answered" or "event.meeting" not in answer.fact_ids


def test_a_communes_opening_is_not_said_of_its_districts_figures(app):
    text = MY_AN.replace("Đầu năm 2023, toàn xã có 120 hộ nghèo, chiếm tỷ lệ 3,5%. Theo",
                         "Đầu năm 2023, toàn xã có 120 hộ nghèo, chiếm tỷ lệ 3,5%.\n\nKết quả của xã góp phần vào thành tích "
                         "chung của huyện. Theo")
    facts = ingest(app, text, "xã Thủy Tây, huyện Thạnh Hóa, tỉnh Long An", published="2023-06-10")
    [district] = [f for f in facts.values() if f.get("values", {}).get("households") == "1.410"]
    assert not district["answer"].startswith("Kết quả của xã")
    assert analyse("Địa phương nào có nhiều hộ nghèo nhất?").place_kind == ""  # "phương" is no "phường"
    assert analyse("Quân nhân xuất ngũ được hỗ trợ gì?").place_kind == ""
    assert analyse("đi làm xa nhà có được hỗ trợ không").place_kind == ""


def test_a_communes_figure_compared_with_its_district_stays_the_communes_and_a_plans_year_is_not_its_periods_end(app):
    text = ("Xã Thủy Tây giảm nghèo\n\nXã Thủy Tây có 85 hộ nghèo, chiếm 2,1%, thấp nhất toàn huyện.\n\n"
            "Năm 2024, xã phấn đấu giảm 20 hộ nghèo theo chuẩn nghèo giai đoạn 2022 - 2025.\n\nKhóm 2 phường 3 có nhà văn hóa.\n")
    facts = ingest(app, text, "xã Thủy Tây, huyện Thạnh Hóa, tỉnh Long An", published="2023-12-10")
    [own] = [f for f in facts.values() if f.get("values", {}).get("households") == "85"]
    assert "place" not in own
    [plan] = [f for f in facts.values() if f.get("values", {}).get("households") == "20"]
    assert plan["title"].startswith("Chỉ tiêu năm 2024")
    assert not any(f.get("values", {}).get("count") == "2" for f in facts.values())  # "Khóm 2" counts nothing


def test_a_new_house_is_no_amount_each():
    assert "each" not in analyse("Xây nhà mới năm 2023 hỗ trợ bao nhiêu tiền?").kinds
    assert analyse("cả nam và nữ có bao nhiêu lao động").part is None


# A commune's half-year report in lines, with a support count and a decrease among its figures (invented).
HOA_AN = """Báo cáo sơ kết 6 tháng đầu năm 2024 công tác lao động – thương binh và xã hội xã Hòa An

1. Giảm nghèo
- Số hộ nghèo đầu năm 2024: 80 hộ, chiếm 2,4%.
- Số hộ nghèo hiện nay: 71 hộ, chiếm 2,1%.
- Hỗ trợ sinh kế cho 25 hộ nghèo, tổng kinh phí 375 triệu đồng.
- Xã Hòa An giảm 9 hộ nghèo.
2. Bảo trợ xã hội
- Chi trả trợ cấp xã hội hàng tháng cho 312 đối tượng bảo trợ xã hội.
- Tặng 150 phần quà cho trẻ em có hoàn cảnh khó khăn.
"""


def test_a_report_line_counts_what_it_names_and_a_count_of_what_was_done_is_not_how_many_there_are(app):
    facts = ingest(app, HOA_AN, "xã Hòa An, huyện Phụng Hiệp, tỉnh Hậu Giang", published="2024-06-20")
    [now] = [f for f in facts.values() if f.get("values", {}).get("households") == "71"]
    assert "Hòa An có bao nhiêu hộ nghèo?" in now["questions"]  # "- Số hộ nghèo hiện nay: 71 hộ", not "bao nhiêu hộ"
    [supported] = [f for f in facts.values() if f.get("values", {}).get("households") == "25"]
    [fewer] = [f for f in facts.values() if f.get("values", {}).get("households") == "9"]
    assert not any("có bao nhiêu hộ nghèo" in q for q in supported["questions"] + fewer["questions"])


def test_of_one_places_figures_asked_alike_the_latest_answers_unless_the_question_says_when(app):
    ingest(app, "\n".join(HOA_AN.splitlines()[:5]), "xã Hòa An, huyện Phụng Hiệp, tỉnh Hậu Giang", published="2024-06-20")
    assert answers_with(app, "xã Hòa An giờ còn bao nhiêu hộ nghèo vậy?", "71 hộ")
    assert answers_with(app, "Đầu năm 2024 xã Hòa An có bao nhiêu hộ nghèo?", "80 hộ")


def test_a_question_naming_a_group_of_people_gets_only_a_figure_for_them(app):
    ingest(app, HOA_AN, "xã Hòa An, huyện Phụng Hiệp, tỉnh Hậu Giang", published="2024-06-20")
    assert ask(app, "xã Hòa An có bao nhiêu hộ cận nghèo?").status != "answered"  # only its poor are counted
    assert ask(app, "Xã Hòa An tặng bao nhiêu phần quà cho người có công?").status != "answered"  # the gifts were children's
    ingest(app, "Xã Hòa An đón Tết\n\nXã Hòa An trao 200 phần quà Tết cho hộ nghèo.\n",
           "xã Hòa An, huyện Phụng Hiệp, tỉnh Hậu Giang", published="2024-02-01")
    assert ask(app, "Xã Hòa An trao bao nhiêu phần quà Tết cho người có công?").status != "answered"  # the poor's
    assert answers_with(app, "Xã Hòa An tặng bao nhiêu phần quà cho trẻ em?", "150 phần quà")
    # "số đối tượng … hàng tháng": a count, not an amount each
    assert answers_with(app, "số đối tượng bảo trợ xã hội xã Hòa An được chi trả hàng tháng là bao nhiêu?", "312")
    assert analyse("Phòng Lao động - Thương binh và Xã hội ở đâu?").beneficiaries == frozenset()


# A rate with the households it stands for, and a resident's story (invented).
HOA_AN_STORY = """Xã Hòa An giảm nghèo bền vững

Năm 2023, tỷ lệ hộ nghèo của xã giảm từ 2,4% đầu năm, tương ứng 80 hộ, xuống còn 2,1%, tương ứng 71 hộ.

Chị Trần Thị Mai, 40 tuổi, ở ấp Hòa Thuận. Năm 2022, chị được vay 50 triệu đồng để nuôi bò.
"""


def test_households_a_rate_stands_for_are_its_households_and_a_residents_figures_are_hers(app):
    facts = ingest(app, HOA_AN_STORY, "xã Hòa An, huyện Phụng Hiệp, tỉnh Hậu Giang", published="2023-12-20")
    [rate] = [f for f in facts.values() if f.get("values", {}).get("households_2") == "71"]
    assert "Hòa An có bao nhiêu hộ nghèo?" in rate["questions"]  # not "bao nhiêu hộ tương ứng"
    assert "Ở Hòa An, tỷ lệ hộ nghèo xuống còn bao nhiêu phần trăm?" in rate["questions"]
    assert answers_with(app, "chị Mai ở Hòa An được vay bao nhiêu tiền?", "50 triệu")
    assert ask(app, "Hòa An cho hộ nghèo vay bao nhiêu tiền?").status != "answered"  # hers, not the commune's


def test_a_list_after_a_figure_is_what_the_figure_was_of_and_answers_which(app):
    text = ("Thị xã Vĩnh Châu đào tạo nghề quý I/2024\n\nThị xã mở 9 lớp đào tạo nghề với 245 học viên. Các nghề nông "
            "nghiệp gồm nuôi tôm công nghệ cao, trồng hành tím; nghề phi nông nghiệp gồm may công nghiệp, sửa xe máy.\n")
    ingest(app, text, "thị xã Vĩnh Châu, tỉnh Sóc Trăng", published="2024-04-10")
    assert answers_with(app, "Vĩnh Châu mở lớp nghề phi nông nghiệp nào vậy?", "may công nghiệp")


def test_a_meeting_is_asked_by_its_kind_and_a_day_the_southern_way(app):
    text = ("Sở làm việc với huyện Gò Quao\n\nNgày 19/3/2024, đoàn công tác Sở Lao động - Thương binh và Xã hội tỉnh "
            "Kiên Giang đã có buổi làm việc với UBND huyện Gò Quao về kết quả thực hiện nhiệm vụ năm 2023 và kế hoạch "
            "năm 2024.\n")
    facts = ingest(app, text, "huyện Gò Quao, tỉnh Kiên Giang", published="2024-03-20")
    assert any("Buổi làm việc ở Gò Quao diễn ra ngày nào?" in f["questions"] for f in facts.values())
    assert "time" in analyse("Bữa đó họp là bữa nào ha?").kinds
    # naming no place: Long Mỹ's working session first, then Gò Quao's, said to be Gò Quao's
    assert answers_with(app, "Buổi làm việc giữa Sở với huyện diễn ra ngày nào?", "21-3-2023", "19/3/2024")


# A resident's story over several sentences (invented).
STORY = """Vươn lên từ vốn vay ở xã Hòa An

Anh Trần Văn Tâm, 36 tuổi, ngụ ấp Hòa Thuận, từng làm công nhân ở Bình Dương. Năm 2022, anh vay 70 triệu đồng để mở tiệm sửa xe máy. Anh cho biết, mỗi tháng anh có thu nhập khoảng 8 triệu đồng.

Ông Nguyễn Văn Út, 54 tuổi, ngụ ấp Hòa Lợi. Ông mua 3 con bò giống về nuôi. Bà con trong ấp có 40 hộ nuôi bò.
"""


def test_a_residents_story_answers_questions_naming_them_whole_or_by_the_fact_asked(app):
    facts = ingest(app, STORY, "xã Hòa An, huyện Phụng Hiệp, tỉnh Hậu Giang", published="2023-12-20")
    # what a resident does is said in one sentence, where they live in another: the story answers whole
    assert answers_with(app, "anh Tâm mở tiệm sửa xe, mỗi tháng thu nhập bao nhiêu?", "8 triệu")
    assert answers_with(app, "anh Tâm vay bao nhiêu để mở tiệm?", "70 triệu")  # "để" is no unit counted
    assert answers_with(app, "anh Trần Văn Tâm năm nay bao nhiêu tuổi?", "36 tuổi")
    # a hamlet asked is named in the answer, or not answered
    assert answers_with(app, "anh Tâm ở ấp nào vậy?", "Hòa Thuận")
    assert "hamlet" in analyse("ông Út ở ấp nào?").kinds
    [cows] = [f for f in facts.values() if f.get("values", {}).get("count") == "3"]
    assert cows["title"].startswith("Ông Nguyễn Văn Út: ")  # "Ông mua 3 con bò": his; "Bà con" is nobody's
    [herd] = [f for f in facts.values() if f.get("values", {}).get("households") == "40"]
    assert "Út" not in herd["title"]  # "Bà con trong ấp có 40 hộ nuôi bò": nobody's own


def test_a_person_is_named_as_they_are_addressed_and_an_official_has_no_story():
    from knowledge.analysis import analyse
    from knowledge.decision import names_person, people_named
    [be_nam] = people_named("bà Lê Thị Bé Năm, 62 tuổi, ở ấp Tân Phú")
    assert names_person(analyse("bà Bé Năm làm nem bao lâu rồi?").words, be_nam)
    assert not names_person(analyse("ba năm nay xã có bao nhiêu hộ nghèo?").words, be_nam)  # "ba năm": three years
    [tam] = people_named("Anh Trần Văn Tâm, 36 tuổi, vay 70 triệu đồng")
    assert names_person(analyse("a Tâm vay bao nhiêu?").words, tam)
    assert not names_person(analyse("ông Tâm vay bao nhiêu?").words, tam)
    assert people_named("ông Nguyễn Thanh Tâm, Phó Chủ tịch UBND huyện, cho biết") == frozenset()


def test_an_official_named_after_their_role_is_asked_who_they_are_and_what_they_did(app):
    from knowledge.ingest import people_of
    assert people_of("Chủ tịch UBND xã Kim Sơn Nguyễn Văn An cho biết") == [("Nguyễn Văn An", "Chủ tịch UBND xã Kim Sơn")]
    assert people_of("Trưởng phòng Lao động - Thương binh và Xã hội huyện Lê Thị Ngọc Lan trình bày") == [
        ("Lê Thị Ngọc Lan", "Trưởng phòng Lao động - Thương binh và Xã hội huyện")]
    assert people_of("Bí thư Huyện ủy đến thăm gia đình ông Nguyễn Văn Tám ở ấp 3") == []  # visited, holds no role
    assert people_of("Chủ tịch UBND xã Lương Tâm Lê Hoa cho biết") == []  # a commune's name is no surname's
    ingest(app, "Cần Giuộc sơ kết 9 tháng\n\nNgày 5/10/2023, Phòng Lao động - Thương binh và Xã hội huyện tổ chức hội "
                "nghị sơ kết công tác 9 tháng đầu năm. Phó Chủ tịch UBND huyện Nguyễn Hoàng Phúc dự và chỉ đạo hội nghị.\n",
           "huyện Cần Giuộc, tỉnh Long An", published="2023-10-06")
    assert answers_with(app, "Phó Chủ tịch UBND huyện Cần Giuộc dự hội nghị là ai?", "Nguyễn Hoàng Phúc")


def test_a_fact_counting_the_very_unit_asked_needs_less_of_its_wording_said(app):
    ingest_eval(app, "cangiuoc")  # "Công tác đào tạo nghề đạt 1.180 người, bằng 78,7% kế hoạch": a rate, asked with typos
    assert answers_with(app, "Đào tạo ngề đạt bao nhiu phần trăm kế hoặch?", "78,7%")
    ingest_eval(app, "thoibinh")  # "ngày hội thu hút 620 lượt lao động tham gia": people, as "lượt lao động" count them
    assert answers_with(app, "ngày hội có nhiêu người tới tham gia dị", "620")


def test_a_topic_holding_every_word_asked_never_narrows_its_facts_away(app):
    ingest_eval(app, "thoilai")  # "được" is in the labour topic only: the commune's own line was never scored
    assert answers_with(app, "xa truong xuan a co bao nhieu lao dong duoc giai quyet viec lam", "118")


def test_tinh_after_a_body_is_no_province_asked_and_ours_still_comes_first(app):
    ingest_eval(app, "anbien")  # "ngày 15 hằng tháng, Trung tâm Dịch vụ việc làm tỉnh Kiên Giang tổ chức tư vấn …"
    assert answers_with(app, "Trung tâm Dịch vụ việc làm tỉnh tư vấn lưu động tại huyện vào ngày nào hằng tháng?", "15")
    assert answers_with(app, "Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh là ai?", "Trần Thanh Liêm")
    assert analyse("tỉnh mình có bao nhiêu hộ nghèo?").province and analyse("Toàn tỉnh có bao nhiêu hộ nghèo?").province


def test_an_area_asked_is_never_answered_by_a_fact_stating_none(app):
    ingest_eval(app, "thanhnhut")  # the district's houses and their cost, beside ông Bảy's house of 64 m2
    answer = ask(app, "Căn nhà tình nghĩa của ông Bảy rộng bao nhiêu mét vuông, tổng kinh phí bao nhiêu?")
    assert answer.status != "answered" or "64 m2" in answer.text
    assert "5,7 tỷ" not in answer.text  # the district's houses are offered as no choice


# A district's article comparing its communes, which it names once and then calls "xã" (invented).
COMMUNES = """Huyện Cầu Kè giảm nghèo năm 2023

Cuối năm 2023, toàn huyện Cầu Kè còn 1.012 hộ nghèo, chiếm 3,6%; hộ cận nghèo còn 1.350 hộ, tỷ lệ 4,8%.

Ở chiều ngược lại, Châu Điền vẫn là xã có tỷ lệ hộ nghèo cao nhất huyện. Toàn xã còn 176 hộ nghèo (7,69%) và 143 hộ cận nghèo (6,24%); riêng hộ nghèo là đồng bào Khmer có 121 hộ. Xã Hòa Ân cũng còn 162 hộ nghèo (5,49%).
"""


def test_a_commune_named_once_and_then_called_xa_is_the_place_of_what_follows(app):
    facts = ingest(app, COMMUNES, "huyện Cầu Kè, tỉnh Trà Vinh", published="2024-01-16")
    [khmer] = [f for f in facts.values() if "121" in f.get("values", {}).values()]  # with the count it breaks down
    assert khmer["place"].startswith("xã Châu Điền")
    [hoa_an] = [f for f in facts.values() if "162" in f.get("values", {}).values()]
    assert "176" not in hoa_an.get("values", {}).values()  # another commune's statement is not joined to it
    assert answers_with(app, "xã Châu Điền còn bao nhiêu hộ nghèo Khmer?", "121")


def test_a_district_asked_of_as_the_askers_own_gets_no_communes_figure(app):
    ingest_eval(app, "cauke")
    answer = ask(app, "Tỷ lệ hộ cận nghèo của huyện mình cuối năm 2023 là bao nhiêu?")  # "huyện mình"
    assert "2,24%" not in answer.text  # xã Phong Phú's


def test_a_news_items_heading_says_what_its_figures_are_of_and_bển_names_a_commune(app):
    text = ("Tin vắn lao động huyện Chợ Gạo\n\n2. Tư vấn đi làm việc ở nước ngoài tại xã Long Bình Điền\n\n"
            "Ngày 9/4/2024, Phòng Lao động huyện tổ chức buổi tư vấn. Kết thúc buổi tư vấn có 12 người đăng ký sơ tuyển.\n")
    facts = ingest(app, text, "huyện Chợ Gạo, tỉnh Tiền Giang", published="2024-09-30")
    [signed] = [f for f in facts.values() if f.get("values", {}).get("people") == "12"]
    assert "Tư vấn đi làm việc ở nước ngoài tại xã Long Bình Điền" in signed["keywords"]
    assert [p.label for m in analyse("Bển Long Bình Điền có nhiêu người dị?").places for p in m.places] == [
        "xã Long Bình Điền"]


def test_what_a_figure_counts_is_never_cut_in_the_middle_of_a_phrase():
    from knowledge.ingest import figures_of
    said = ("Đáng chú ý, số lao động đi làm việc ở nước ngoài theo hợp đồng có thời hạn của huyện đạt 86 người, bằng "
            "143% kế hoạch.")
    assert figures_of(said)[0].subject == "người lao động đi làm việc ở nước ngoài"  # not "… theo hợp đồng có thời"


def test_a_job_fair_is_a_meeting_asked_when_it_was_held(app):
    text = ("Chợ Gạo tổ chức ngày hội việc làm\n\nNgày 15/3/2024, tại Trung tâm Giáo dục nghề nghiệp huyện Chợ Gạo, "
            "Phòng Lao động phối hợp với Trung tâm Dịch vụ việc làm tỉnh Tiền Giang tổ chức Ngày hội việc làm năm 2024.\n")
    facts = ingest(app, text, "huyện Chợ Gạo, tỉnh Tiền Giang", published="2024-09-30")
    assert any(f["title"].startswith("Ngày hội việc làm năm 2024") for f in facts.values())
    assert answers_with(app, "Ngày hội việc làm ở Chợ Gạo tổ chức ngày nào vậy?", "15/3/2024")


def test_what_was_done_for_a_group_in_any_form_is_not_how_many_there_are_and_a_headline_is_said():
    from knowledge.ingest import figures_of, read_article
    for said in ("Xã Hòa An có 60 hộ nghèo được tặng quà.", "Hỗ trợ xây nhà: 12 hộ nghèo.",
                 "Tặng quà Tết: 300 hộ nghèo, cận nghèo."):
        assert not figures_of(said)[0].how_many, said
    assert figures_of("Số hộ nghèo: 215 hộ.")[0].how_many
    article = read_article("Tin vắn\n1. Giải quyết việc làm mới cho 2.480 lao động, đạt 103% kế hoạch năm\n")
    assert article.sentences == ["Giải quyết việc làm mới cho 2.480 lao động, đạt 103% kế hoạch năm"]
    assert analyse("huyện cấp bao nhiêu thẻ bảo hiểm y tế?").unit == "the"  # "thẻ" is counted


def test_each_rate_says_what_the_households_after_it_stand_for():
    from knowledge.ingest import figures_of
    said = "Hộ nghèo còn 2,1%, tương ứng 71 hộ; hộ cận nghèo 3,5%, tương ứng 110 hộ."
    assert [f.subject for f in figures_of(said) if f.unit == "hộ"] == ["hộ nghèo", "hộ cận nghèo"]
    assert analyse("người có công việc làm ổn định được bao nhiêu?").beneficiaries == frozenset()


def test_a_level_of_allowance_is_an_amount_each():
    assert "each" in analyse("mức hỗ trợ xây nhà đại đoàn kết là bao nhiêu tiền?").kinds


def test_a_count_asked_is_answered_only_by_a_fact_counting_that_kind_of_thing(app):
    # Long Mỹ's job fair counts the workers who came, not the businesses
    assert "100" not in ask(app, "phiên giao dịch việc làm có bao nhiêu doanh nghiệp tham gia").text
    assert "100" in ask(app, "phiên giao dịch việc làm có bao nhiêu người tham gia").text  # "lao động" are people
    assert "1.562" in ask(app, "huyện Long Mỹ có bao nhiêu hộ nghèo?").text


def test_units_of_the_same_kind_answer_each_other_and_a_word_after_bao_nhieu_may_be_no_unit():
    from knowledge.decision import counts_asked, units_counted
    assert counts_asked("ho", units_counted("giải ngân cho {loans} lượt hộ vay"))  # "lượt hộ" are households
    assert counts_asked("nguoi", units_counted("hỗ trợ mai táng phí {cases} trường hợp"))
    assert not counts_asked("doanh", units_counted("có {workers} lao động tham gia"))
    # "công" alone says nothing (công trình, công ty, công nhân); "công ty" counts companies, as "doanh nghiệp" does
    asked = analyse("Có mấy công ty tới tuyển ở phiên giao dịch việc làm đó?").unit
    assert counts_asked(asked, units_counted("có {companies} công ty tham gia"))
    assert counts_asked(asked, units_counted("có {companies} doanh nghiệp tham gia"))
    assert not counts_asked(asked, units_counted("có {workers} lao động tham gia"))
    assert analyse("bình quân nhiêu một lượt hộ vay?").unit is None  # an amount each ("một" is "mỗi"): no count


def test_a_kind_of_place_we_do_not_serve_but_know_is_not_answered_with_ours(app):
    ingest_eval(app, "giarai")  # thị xã Giá Rai: its article has no job-exchange session; Long Mỹ's has
    assert app.kb.ask("thị xã mình có bao nhiêu phiên giao dịch việc làm").status != "answered"
    assert "Giá Rai" in ask(app, "thị xã mình có bao nhiêu lớp dạy nghề").text


def test_a_districts_article_whose_title_names_one_of_its_communes_is_that_communes():
    from knowledge.ingest import place_of
    district = "thị xã Bình Minh, tỉnh Vĩnh Long"
    assert place_of("Xã Mỹ Hòa: sơ kết 6 tháng đầu năm", [], district) == f"xã Mỹ Hòa, {district}"
    assert place_of("Bình Minh: xã Mỹ Hòa dẫn đầu giảm nghèo", [], district) == district  # the district's
    assert place_of("Xã Long Phú: sơ kết 6 tháng đầu năm", [], district) == district  # not one of its communes


def test_a_run_of_digits_past_any_districts_figure_is_no_figure():
    from knowledge.ingest import figures_of
    assert figures_of("Có 99999999999999999999 người tham gia.") == []
    assert [f.text for f in figures_of("Có 1.024 người tham gia.")] == ["1.024"]


def test_another_places_facts_explaining_a_question_better_are_offered_not_ours_passed_off(app):
    ingest_eval(app, "trande")  # two of Trần Đề's rates come close; Long Mỹ's poverty rate does not say "giảm"
    reply = ask(app, "tỉ lệ hộ nghèo giảm dc bn % z ad")
    assert "7,48" not in reply.text and reply.choices


def test_a_rate_of_something_a_fact_does_not_name_is_not_its_rate(app):
    ingest_eval(app, "chogao")  # Chợ Gạo's article gives its social insurance rate, no unemployment insurance rate
    assert app.kb.ask("Tui muốn hỏi tỷ lệ tham gia bảo hiểm thất nghiệp ở Chợ Gạo nhiêu dị?").status != "answered"
    assert "21,6" in ask(app, "tỷ lệ tham gia bảo hiểm xã hội ở Chợ Gạo là bao nhiêu?").text
    assert analyse("tỷ lệ hộ nghèo khá cao, cụ thể bao nhiêu?").subject == frozenset({"ho", "ngheo"})


def test_tk_is_an_account():
    assert "tai khoan" in " ".join(t.fold for t in analyse("nhận trợ cấp qua tk ngân hàng").words)


def test_which_company_is_answered_only_by_a_fact_naming_one(app):
    from knowledge.decision import answer_kinds
    assert "company" in analyse("xe lăn do công ty nào tài trợ").kinds
    assert "organisation" in analyse("vay vốn ở ngân hàng nào").kinds
    assert "organisation" not in analyse("đơn vị nào được đoàn đến làm việc").kinds  # a place, as likely
    assert "company" in answer_kinds([], "Công ty TNHH Giày da Phú Hưng tuyển 200 lao động.")
    ingest_eval(app, "vungliem")  # its wheelchairs came through an association; no company is named
    assert app.kb.ask("xe lăn do công ty nào tài trợ").status != "answered"


def test_the_name_asked_is_of_what_the_clause_opens_with(app):
    assert analyse("Công ty may mà chị Thu Hà đang làm tên là gì?").kinds == {"company"}
    assert analyse("ngân hàng cho vay tên gì vậy").kinds == {"organisation"}
    assert analyse("giám đốc công ty tên gì").kinds == {"person"}  # a person's word comes first
    ingest_eval(app, "canduoc")  # the trainee's company is not named; her own sentence names her
    assert app.kb.ask("Công ty may mà chị Thu Hà đang làm tên là gì?").status != "answered"


def test_a_relatives_name_is_answered_only_by_a_fact_naming_the_relative(app):
    assert analyse("vo cua anh thach sa ruon ten gi").roles == {"vo"}
    assert not analyse("bà Võ Thị Hân là ai").roles  # a surname, not a wife
    ingest_eval(app, "lieutu")  # his wife is never named; the commune's chairman is, in his story
    assert "Lâm Văn Tha" not in ask(app, "Vợ của anh Thạch Sa Rươn tên là gì?").text
    ingest_eval(app, "thanhnhut")
    assert "Lê Thị Hai" in ask(app, "Vợ ông Bảy tên gì, bà bao nhiêu tuổi?").text


def test_an_amount_is_of_what_it_is_said_to_be_not_of_whom_it_was_for():
    from knowledge.ingest import figures_of
    said = "Huyện hỗ trợ 138 hộ nghèo, hộ cận nghèo với kinh phí 2,07 tỷ đồng, chủ yếu là con giống."
    assert [f.subject for f in figures_of(said)] == ["hộ nghèo", "kinh phí"]


def test_a_clause_breaking_a_figure_down_is_said_with_it():
    from knowledge.ingest import _statements
    said = ("UBND huyện công nhận thêm 187 đối tượng hưởng trợ cấp xã hội hằng tháng, trong đó có 112 người từ đủ 80 "
            "tuổi trở lên; riêng xã Long Hưng B có 19 người, xã Tân Mỹ 14 người.")
    assert _statements(said) == [said]
    assert len(_statements("Huyện có 812 hộ nghèo; hộ cận nghèo có 1.037 hộ.")) == 2


def test_an_amount_restating_a_level_is_of_what_the_clause_before_says():
    from knowledge.ingest import figures_of
    said = "Trẻ em khuyết tật đặc biệt nặng hưởng hệ số 2,5, tức 675.000 đồng/tháng."
    assert figures_of(said)[0].subject.startswith("trẻ em khuyết tật đặc biệt nặng")


def test_a_sentence_calling_someone_by_another_sex_is_not_about_the_person_named_before(app):
    letter = ("Hỏi – đáp chính sách: trợ cấp cho người cao tuổi và trẻ em khuyết tật\n"
              "Bà Lê Thị Nhãn năm nay 82 tuổi. Bà Nhãn được cấp thẻ bảo hiểm y tế miễn phí.\n\n"
              "Đối với cháu của ông: trẻ em khuyết tật nặng được hưởng 540.000 đồng mỗi tháng.\n")
    facts = ingest(app, letter, "huyện Lấp Vò, tỉnh Đồng Tháp")
    grandchild = next(f for f in facts.values() if "540.000" in f["values"].values())
    assert "Nhãn" not in grandchild["title"]


def test_a_place_typed_bare_with_its_kind_or_a_country_named_is_never_passed_over(app):
    ingest_eval(app, "phutan")  # huyện Phú Tân, An Giang: its workers went to Japan, Taiwan and Korea
    for asked in ("huyen tan chau nam 2022 co bao nhieu lao dong di nhat",  # another district, typed bare
                  "Năm 2022 huyện mình có bao nhiêu lao động đi làm việc ở Úc?"):  # a country it does not name
        assert app.kb.ask(asked).status != "answered", asked
    assert "Nhật Bản" not in ask(app, "huyen tan chau co bao nhieu lao dong di nhat").text.split("\n")[0]


def test_so_many_billions_asks_money_and_so_many_thousands_a_count():
    assert "money" in analyse("giải ngân được bao nhiêu tỷ đồng?").kinds
    assert "money" not in analyse("huyện cấp bao nhiêu nghìn thẻ bảo hiểm y tế?").kinds


def test_what_was_done_in_a_year_or_at_a_tet_is_never_another_years_figure(app):
    from knowledge.decision import answer_kinds
    assert "target" in answer_kinds([], "3. NHIỆM VỤ NĂM 2022: Tổ chức ít nhất 20 lớp dạy bơi cho 600 trẻ em.")
    ingest_eval(app, "vinhchau")  # thị xã Vĩnh Châu's 2021: 16 swimming classes, gifts for Tết Tân Sửu
    for asked in ("Năm 2022 thị xã Vĩnh Châu đã tổ chức được bao nhiêu lớp dạy bơi cho trẻ em?",
                  "Tết Nhâm Dần 2022 thị xã trao bao nhiêu phần quà cho hộ nghèo?"):
        assert app.kb.ask(asked).status != "answered", asked
    assert "8.650" in ask(app, "Tết Tân Sửu thị xã Vĩnh Châu trao bao nhiêu phần quà cho hộ nghèo?").text


def test_households_are_not_people_and_a_kind_of_place_after_a_comma_is_the_askers():
    from knowledge.decision import counts_asked
    assert not counts_asked("nguoi", frozenset({"ho"}))  # "bao nhiêu người có quyết định": not "412 hồ sơ"
    assert counts_asked("nguoi", frozenset({"lao"}))
    assert analyse("So với đầu năm, huyện giảm được bao nhiêu hộ nghèo?").place_kind == "Huyện"
    assert analyse("Sở có yêu cầu gì đối với các xã, thị trấn trong giảm nghèo?").place_kind == ""  # every commune


def test_a_short_line_without_a_stop_heads_the_lines_under_it():
    from knowledge.ingest import draft_article
    report = ("Cờ Đỏ: kết quả năm 2021\nNăm 2021, huyện giải quyết việc làm cho 2.946 lao động.\n\n"
              "Chỉ tiêu kế hoạch năm 2022\n\n- Giải quyết việc làm: 3.300 lao động.\n")
    drafted = draft_article(report, "Cổng TTĐT", "2021-12-28", "huyện Cờ Đỏ, thành phố Cần Thơ").data["facts"]
    target = next(f for f in drafted if f["values"].get("workers") == "3.300")
    assert target["title"].startswith("Chỉ tiêu") and not next(
        f for f in drafted if f["values"].get("workers") == "2.946")["title"].startswith("Chỉ tiêu")


def test_a_fairs_openings_are_counted_not_planned_and_an_abbreviation_ends_no_sentence():
    from knowledge.decision import answer_kinds
    from knowledge.ingest import figures_of, read_article
    said = "Ngày hội có 18 doanh nghiệp tham gia với tổng số 3.250 chỉ tiêu, đến từ Cà Mau, TP. Hồ Chí Minh, Long An."
    assert read_article(f"Tin\n{said}\n").sentences == [said]
    assert [f.unit for f in figures_of(said)] == ["doanh nghiệp", "chỉ tiêu"]
    assert "plan" not in answer_kinds([], said) and "plan" in answer_kinds([], "Chỉ tiêu năm 2025: 1.200 lao động.")


def test_a_range_in_words_is_no_part_of_what_its_amount_is():
    from knowledge.ingest import figures_of
    [wage] = figures_of("Các doanh nghiệp tuyển dụng với mức lương từ 6 đến 12 triệu đồng/tháng.")
    assert wage.subject == "mức lương mỗi tháng"


def test_hamlets_are_counted_and_a_places_number_is_no_count():
    from knowledge.ingest import figures_of
    assert [(f.text, f.unit) for f in figures_of("Xã Thiện Mỹ có 9 ấp với 3.235 hộ.")] == [("9", "ấp"), ("3.235", "hộ")]
    assert [(f.text, f.unit) for f in figures_of("Tại khóm 2 ấp Tân Phú có 30 hộ.")] == [("30", "hộ")]


def test_a_list_item_heads_nothing_and_a_result_against_a_plan_is_no_target():
    from knowledge.ingest import draft_article
    report = ("Vị Thủy: kết quả năm 2023\nNăm 2023, huyện giảm 120 hộ nghèo.\n\nNhiệm vụ năm 2024:\n\n"
              "- Tiếp tục rà soát hộ nghèo\n- Giải quyết việc làm cho 2.500 lao động.\n\n"
              "Vượt kế hoạch giảm nghèo\n\nCuối năm 2023, toàn huyện còn 812 hộ nghèo.\n")
    facts = draft_article(report, "Báo Hậu Giang", "2024-01-10", "huyện Vị Thủy, tỉnh Hậu Giang").data["facts"]
    by_value = {v: f for f in facts for v in f["values"].values()}
    assert by_value["2.500"]["title"].startswith("Chỉ tiêu")  # still under "Nhiệm vụ năm 2024"
    assert not by_value["812"]["title"].startswith("Chỉ tiêu")


def test_a_heading_of_what_is_lacking_and_of_goals_makes_targets_only_of_statements_of_goals():
    from knowledge.ingest import draft_article
    review = ("Xã Gia Hòa 2: nhìn lại 5 năm\nNăm 2019, xã giảm 120 hộ nghèo.\n\nHạn chế và mục tiêu nhiệm kỳ mới\n\n"
              "Trong nhiệm kỳ vẫn còn 23 hộ tái nghèo. Nhiệm kỳ tới, xã phấn đấu giảm 60 hộ nghèo.\n")
    facts = draft_article(review, "Báo Sóc Trăng", "2020-06-17", "xã Gia Hòa 2, huyện Mỹ Xuyên, tỉnh Sóc Trăng"
                          ).data["facts"]
    by_value = {v: f for f in facts for v in f["values"].values()}
    assert not by_value["23"]["title"].startswith("Chỉ tiêu")
    assert by_value["60"]["title"].startswith("Chỉ tiêu")
    plans = ("Huyện Vị Thủy: kết quả năm 2023\n\nII. Nhiệm vụ, giải pháp thực hiện kế hoạch năm 2024\n\n"
             "- Hỗ trợ 60 hộ thoát nghèo.\n\n3. Phương hướng, nhiệm vụ năm 2024 và giải pháp khắc phục hạn chế\n\n"
             "- Giải quyết việc làm cho 1.200 lao động.\n")
    facts = draft_article(plans, "Báo Hậu Giang", "2024-01-10", "huyện Vị Thủy, tỉnh Hậu Giang").data["facts"]
    by_value = {v: f for f in facts for v in f["values"].values()}
    assert by_value["60"]["title"].startswith("Chỉ tiêu") and by_value["1.200"]["title"].startswith("Chỉ tiêu")


def test_a_title_saying_where_an_event_was_leaves_the_article_its_districts():
    from knowledge.ingest import place_of
    district = "thị xã Bình Minh, tỉnh Vĩnh Long"
    assert place_of("Trao nhà đại đoàn kết tại xã Mỹ Hòa", [], district) == district


def test_what_was_done_is_asked_in_the_clause_that_counts_and_not_of_what_there_is():
    assert analyse("Năm 2022 đã tổ chức được bao nhiêu lớp dạy bơi?").asks_what_was_done
    assert not analyse("Năm 2022 sẽ mở bao nhiêu lớp dạy bơi, con tôi đã đăng ký chưa?").asks_what_was_done
    assert not analyse("Năm 2022 đã có bao nhiêu hộ nghèo?").asks_what_was_done


def test_a_body_is_named_with_capitals():
    from knowledge.decision import answer_kinds
    assert "organisation" in answer_kinds([], "Đoàn công tác của Sở Lao động - Thương binh và Xã hội làm việc.")
    assert "company" not in answer_kinds([], "Lao động làm việc cho doanh nghiệp Nhật Bản.")


def test_a_year_is_never_a_count():
    from knowledge.ingest import figures_of
    assert [f.text for f in figures_of("Đầu năm 2022 xã có 392 hộ nghèo.")] == ["392"]  # never "2.022 xã"
    assert [f.text for f in figures_of("Năm 2023 hộ nghèo giảm 3 hộ.")] == ["3"]


def test_a_count_of_the_near_poor_is_never_a_figure_said_to_be_of_the_poor(app):
    ingest_eval(app, "tambinh")  # "rà soát hộ nghèo, hộ cận nghèo năm 2022, toàn huyện còn 1.232 hộ nghèo …"
    assert answers_with(app, "Cho hỏi hộ cận nghèo huyện Tam Bình năm 2022 là bao nhiêu hộ, tỷ lệ bao nhiêu?", "2.087",
                        "5,04")
    assert answers_with(app, "Tam Bình năm 2022 còn bao nhiêu hộ nghèo?", "1.232")


# Written for these tests in the style of a recruitment notice (figures invented): how long things last, and
# when and where they happen, stated without any count.
NOTICE = """Thông báo tuyển lao động huyện Giồng Riềng đi làm việc tại Hàn Quốc năm 2024

Thời hạn hợp đồng là 3 năm. Thời hạn vay tối đa bằng thời hạn hợp đồng là 36 tháng.

Thời gian nhận hồ sơ từ ngày 10/5/2024 đến ngày 30/6/2024. Buổi sơ tuyển được tổ chức lúc 8 giờ ngày 12/7/2024 tại Trung tâm Dịch vụ việc làm tỉnh.

Trong 6 tháng đầu năm 2024, huyện có 40 lao động xuất cảnh. Nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ, cán bộ ủng hộ 1 ngày lương với tổng số tiền 90 triệu đồng.
"""


def test_how_long_something_lasts_is_a_figure_asked_by_its_clause_but_a_part_of_a_year_is_not(app):
    from knowledge.ingest import figures_of
    assert [(f.text, f.unit) for f in figures_of("Thời hạn hợp đồng là 3 năm.")] == [("3", "năm")]
    assert [(f.text, f.unit) for f in figures_of("Thời hạn vay tối đa 1 năm.")] == [("1", "năm")]
    for no_duration in ("Sau 2 năm triển khai, xã có 40 hộ thoát nghèo.", "Kỷ niệm 20 năm ngày thành lập Hội.",
                        "Cán bộ ủng hộ 2 ngày lương."):
        assert all(f.unit != "năm" and f.unit != "ngày" for f in figures_of(no_duration)), no_duration
    assert [f.unit for f in figures_of("Trong 6 tháng đầu năm 2024, huyện có 40 lao động xuất cảnh.")] == ["lao động"]
    assert [f.unit for f in figures_of("Nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ, cán bộ ủng hộ 1 ngày lương "
                                       "với tổng số tiền 90 triệu đồng.")] == ["triệu đồng"]
    ingest(app, NOTICE, "huyện Giồng Riềng, tỉnh Kiên Giang")
    assert answers_with(app, "Hợp đồng đi Hàn mấy năm vậy?", "3 năm")
    assert answers_with(app, "thoi han vay von toi da bao nhieu thang", "36 tháng")


def test_a_dated_statement_without_a_figure_is_asked_when_and_where(app):
    ingest(app, NOTICE + "\nNgày 15/9/2024, Trung tâm Dịch vụ việc làm khai giảng lớp tiếng Hàn tại xã Thạnh Hòa.\n",
           "huyện Giồng Riềng, tỉnh Kiên Giang")
    assert answers_with(app, "Trung tâm khai giảng lớp tiếng Hàn khi nào?", "15/9/2024")
    assert answers_with(app, "Nhận hồ sơ đi Hàn tới ngày nào?", "30/6/2024")
    assert answers_with(app, "so tuyen ngay nao, o dau", "12/7/2024", "Trung tâm Dịch vụ việc làm")


def test_what_there_actually_is_at_a_years_end_is_never_its_target(app):
    ingest_eval(app, "vithuy")  # an interview, 2019: "Năm 2019, huyện phấn đấu … đưa tỷ lệ hộ nghèo cuối năm xuống còn 2,91%"
    assert answers_with(app, "Năm 2019 Vị Thủy phấn đấu đưa tỷ lệ hộ nghèo xuống còn bao nhiêu?", "2,91")
    assert "2,91" not in ask(app, "cuoi nam 2019 vi thuy thuc te ty le ho ngheo con bao nhieu").text


def test_which_day_is_never_answered_with_a_part_of_a_year(app):
    ingest_eval(app, "hondat")  # a notice: "Thời gian nhận hồ sơ từ ngày 15/8/2022 đến …"; "Trong 7 tháng đầu năm 2022"
    assert answers_with(app, "Hạn chót nộp hồ sơ là ngày nào?", "30/9/2022")
    assert "31 lao động" not in ask(app, "Lao động xuất cảnh ngày nào vậy?").text
    assert "day" not in analyse("Tiền ăn mỗi ngày bao nhiêu?").kinds  # an amount each day


def test_a_count_of_one_country_is_never_a_figure_said_to_be_of_another(app):
    # figures invented: the total, Japan's share, and Korea named only as the rest
    ingest(app, "Bình Minh: xuất khẩu lao động năm 2023\n\nNăm 2023, thị xã đưa 86 người đi làm việc ở nước ngoài "
                "theo hợp đồng; trong đó thị trường Nhật Bản chiếm 61 người, còn lại là Hàn Quốc và Đài Loan.\n",
           "thị xã Bình Minh, tỉnh Vĩnh Long")
    assert answers_with(app, "Năm 2023 Bình Minh có bao nhiêu người đi Nhật Bản làm việc?", "61")
    korea = ask(app, "Năm 2023 Bình Minh có bao nhiêu người đi Hàn Quốc làm việc?")
    assert korea.status != "answered" and "61" not in korea.text


def test_what_a_figure_is_said_to_be_of_is_named_after_it_else_before_it_in_its_clause():
    from knowledge.decision import countries_named, groups_named, what_figures_are_of

    def of(template, named):
        return sorted(getattr(x, "name", x) for x in what_figures_are_of(template, named)[0])

    assert of("Bên cạnh hộ nghèo còn có {n} hộ cận nghèo được cấp thẻ BHYT.", groups_named) == ["near_poor"]
    assert of("Hộ cận nghèo còn {households} hộ, chiếm {rate}%.", groups_named) == ["near_poor"]
    assert of("có {n} hộ không có khả năng lao động, chủ yếu là người cao tuổi.", groups_named) == []
    assert of("Nhật Bản với {a} người, Hàn Quốc {b} người và Đài Loan (Trung Quốc) {c} người.", countries_named) == [
        "Hàn Quốc", "Nhật Bản", "Đài Loan"]
    assert of("trong đó Nhật Bản chiếm {n} người, còn lại là Hàn Quốc.", countries_named) == ["Nhật Bản"]


def test_an_amount_with_three_decimals_is_read_as_the_article_writes_it(app):
    facts = ingest(app, "Bình Minh: kinh phí giảm nghèo năm 2024\n\nTổng kinh phí thực hiện kế hoạch giảm nghèo năm 2024 "
                        "là 9,856 tỷ đồng.\n", "thị xã Bình Minh, tỉnh Vĩnh Long")
    drafted = next(f for f in facts.values() if "kinh phí" in f["answer"])
    assert list(drafted["values"].values()) == [9.856]  # not 9.856 thousand million: a comma marks decimals
    from knowledge.ingest import draft_article
    counted = draft_article("Bình Minh: hộ nghèo\n\nToàn thị xã có 1,232 hộ nghèo.\n", "Báo", "2024-01-12",
                            "thị xã Bình Minh, tỉnh Vĩnh Long").data["facts"]
    assert [f["values"] for f in counted if f["values"]] == [{"households": "1,232"}]  # no fraction of a household
    assert answers_with(app, "Tổng kinh phí giảm nghèo năm 2024 của Bình Minh là bao nhiêu?", "9,856 tỷ đồng")


# Written for these tests in the style of a district's plan (figures invented)
PLAN = """Kế hoạch giảm nghèo bền vững năm 2025 của huyện Tân Phước

Chỉ tiêu năm 2025: Giảm tỷ lệ hộ cận nghèo 0,6%, tương đương khoảng 210 hộ. Đến cuối năm 2025, tỷ lệ hộ nghèo toàn huyện còn 1,75%.

Tổng kinh phí thực hiện là 8,4 tỷ đồng; trong đó ngân sách tỉnh 1,9 tỷ đồng, ngân sách huyện 700 triệu đồng.
"""


def test_a_plans_figures_are_asked_as_residents_ask_them(app):
    ingest(app, PLAN, "huyện Tân Phước, tỉnh Tiền Giang", published="2025-02-10")
    # a rate and what it stands for, asked in one sentence
    assert answers_with(app, "Chỉ tiêu giảm hộ cận nghèo năm 2025 của Tân Phước là bao nhiêu phần trăm, tương đương "
                             "bao nhiêu hộ?", "0,6", "210")
    # "dự kiến" asks the target, though the plan says "chỉ tiêu"
    assert answers_with(app, "cuoi nam 2025 ty le ho ngheo huyen tan phuoc du kien con bao nhieu", "1,75")
    # a year's end well after the plan was written is a target, though the sentence says no plan word
    assert "Chỉ tiêu" in ask(app, "Cuối năm 2025 tỷ lệ hộ nghèo Tân Phước còn bao nhiêu?").text
    # the province's budget for the district's plan: not a figure of the province asked for
    assert not analyse("Ngân sách tỉnh và ngân sách huyện mỗi bên bỏ ra bao nhiêu?").province
    assert not analyse("Tiền tỉnh hỗ trợ bao nhiêu?").province
    assert analyse("Toàn tỉnh có bao nhiêu hộ nghèo?").province and analyse("Tỷ lệ hộ nghèo cấp tỉnh?").province
    # what was done, with something valid until a year's end, is no target
    from knowledge.ingest import draft_article
    done = draft_article("Tân Phước: thẻ BHYT\n\nTrong quý I/2025, huyện đã cấp 3.500 thẻ bảo hiểm y tế, thẻ có giá "
                         "trị sử dụng đến hết năm 2026.\n", "Báo", "2025-04-10", "huyện Tân Phước, tỉnh Tiền Giang")
    assert not any(f["title"].startswith("Chỉ tiêu") for f in done.data["facts"])


def test_by_how_much_something_went_down_is_never_how_many_are_left(app):
    # figures invented: how many poor households there are, and, in another commune, by how many they went down
    ingest(app, "Bình Minh: kết quả rà soát hộ nghèo năm 2023\n\nKết quả rà soát cuối năm 2023, toàn thị xã có 1.023 "
                "hộ nghèo, chiếm 2,68%.\n\nXã Đông Thạnh là địa phương giảm được nhiều hộ nghèo nhất với 78 hộ.\n",
           "thị xã Bình Minh, tỉnh Vĩnh Long")
    assert answers_with(app, "Cuối năm 2023 Bình Minh có bao nhiêu hộ nghèo?", "1.023")
    assert "1.023" not in ask(app, "Năm 2023 Bình Minh đã giảm được bao nhiêu hộ nghèo?").text
    assert answers_with(app, "Năm 2023 xã Đông Thạnh giảm được bao nhiêu hộ nghèo?", "78")
    assert "change" not in analyse("tet nay tang bao nhieu phan qua").kinds  # "tang" typed bare: "tặng", a gift


def test_a_districts_statement_naming_several_communes_answers_for_the_district(app):
    # figures invented; the communes are Tiểu Cần's
    ingest(app, "Tiểu Cần: tín dụng chính sách năm 2017\n\nNợ quá hạn của chương trình cho vay hộ nghèo trên địa bàn "
                "huyện chiếm 0,9% tổng dư nợ, tập trung ở xã Hiếu Tử và xã Tập Ngãi.\n", "huyện Tiểu Cần, tỉnh Trà Vinh",
           published="2017-07-20")
    assert answers_with(app, "nợ quá hạn cho vay hộ nghèo ở huyện chiếm bao nhiêu phần trăm", "0,9%")  # "huyện": a district


def test_a_count_of_households_is_never_a_count_of_people_in_them_whatever_topic_holds_it(app):
    ingest_eval(app, "ngabay")  # "Trong số học viên năm 2024 có 112 người thuộc hộ nghèo, hộ cận nghèo …"
    for question in ("Năm 2024 Ngã Bảy có bao nhiêu hộ nghèo?", "Năm 2024 Ngã Bảy có bao nhiêu người đi xkld Nhật vậy?"):
        reply = ask(app, question)
        assert reply.status != "answered" and "112" not in reply.text, question


def test_an_article_about_one_country_speaks_of_it_in_every_statement(app):
    ingest_eval(app, "hondat")  # titled "… đi làm việc tại Nhật Bản …"; "Thời gian nhận hồ sơ từ ngày 15/8/2022 …"
    assert answers_with(app, "Ngày nào bắt đầu nhận hồ sơ đi Nhật?", "15/8/2022")
    # the men and women Hòn Đất recruits, not only Long Mỹ's "34 người … tại Nhật Bản và Đài Loan"
    assert answers_with(app, "tuyen bao nhieu lao dong nam, bao nhieu lao dong nu di nhat", "35 lao động nam",
                        "25 lao động nữ")


def test_two_things_asked_of_a_resident_get_their_story_and_a_short_name_is_the_full_one(app):
    ingest_eval(app, "ngabay")  # "Chị Nguyễn Thị Bé Năm, 38 tuổi …", "… lớp may công nghiệp …", "chị Bé Năm chia sẻ"
    assert answers_with(app, "Chị Bé Năm học nghề gì, năm nay bao nhiêu tuổi?", "may công nghiệp", "38 tuổi")
    assert answers_with(app, "Trước khi học nghề chị Bé Năm kiếm được bao nhiêu một tháng, giờ được bao nhiêu?",
                        "3,5 triệu", "7,2 triệu")


# Written for these tests in the style of a district decision's attached list (figures invented).
ALLOCATION = """Quyết định phân bổ hỗ trợ nhà ở cho hộ nghèo năm 2024 huyện Giồng Riềng

Điều 1. Phê duyệt danh sách 20 hộ nghèo được hỗ trợ nhà ở năm 2024.

DANH SÁCH PHÂN BỔ HỖ TRỢ NHÀ Ở CHO HỘ NGHÈO NĂM 2024
1. Xã Bàn Thạch: 12 hộ; xây mới 8 căn, sửa chữa 4 căn; kinh phí 400 triệu đồng.
2. Xã Hoà An: 8 hộ; xây mới 5 căn, sửa chữa 3 căn; kinh phí 260 triệu đồng.
"""


def test_a_tables_row_is_its_communes_whole_and_says_what_the_table_is_of(app):
    facts = ingest(app, ALLOCATION, "huyện Giồng Riềng, tỉnh Kiên Giang", published="2024-03-18")
    rows = [f for f in facts.values() if "400" in f["values"].values()]
    assert len(rows) == 1 and rows[0]["values"] == {"households": "12", "houses": "8", "houses_2": "4", "amount": "400"}
    assert rows[0]["answer"].startswith("Danh sách phân bổ hỗ trợ nhà ở cho hộ nghèo năm 2024: Xã Bàn Thạch:")
    assert not any(f["answer"].strip() in {"1.", "2."} for f in facts.values())  # a row's number is no statement
    assert answers_with(app, "xa ban thach kinh phi ho tro nha o bao nhieu", "400 triệu")
    # the gazetteer writes "Hoà An", the article "Hòa An" or "Hoà An": one commune
    assert answers_with(app, "Xã Hòa An được bao nhiêu căn xây mới?", "5 căn")


def test_a_year_asked_never_keeps_the_count_of_another_year_from_being_found(app):
    ingest_eval(app, "giongrieng")  # fourteen communes' rows "… cho hộ nghèo, hộ cận nghèo năm 2024"
    # Long Mỹ's poor households are counted at the end of 2022; many facts now say "hộ nghèo"
    assert answers_with(app, "Năm 2023 huyện Long Mỹ có bao nhiêu hộ nghèo?", "1.562")


def test_each_communes_part_of_a_total_is_found_by_what_the_total_counts(app):
    # "Xây mới 38 căn nhà Đại đoàn kết cho hộ nghèo … Trong đó, xã Tam Giang Đông 9 căn, xã Đất Mới 7 căn, …"
    ingest_eval(app, "namcan")
    reply = ask(app, "Xã Tam Giang Đông được cất mấy căn nhà Đại đoàn kết?")
    assert reply.status == "answered" and "xã Tam Giang Đông 9 căn" in reply.text


def test_a_faqs_answer_is_found_by_its_question_and_says_no_label(app):
    # "Câu 4. Xã nào trong huyện có nhiều lao động đi làm việc ở nước ngoài nhất?
    #  Trả lời: Năm 2023, xã Nam Yên dẫn đầu với 27 lao động; tiếp theo là xã Tây Yên 22 lao động, …"
    facts = ingest_eval(app, "anbien")
    assert not any(f["answer"].startswith("Trả lời") for f in facts.values())
    assert answers_with(app, "xa tay yen nam 2023 co bao nhieu nguoi di lam viec nuoc ngoai", "xã Tây Yên 22 lao động")


def test_the_day_a_meeting_was_held_is_never_the_day_its_report_was_published(app):
    ingest_eval(app, "thanhtri")  # published 9/4/2024: "Ngày 4/4/2024, tại Hội trường UBND huyện, … chủ trì cuộc họp …"
    assert answers_with(app, "Cuộc họp đánh giá công tác giảm nghèo quý I năm 2024 diễn ra ngày nào?", "4/4/2024")


def test_a_plan_named_by_its_number_makes_no_target_and_gdnn_gdtx_is_spelt_out(app):
    # "Theo bà Phạm Thị Ngọc Giàu, Trưởng Phòng …, thực hiện Kế hoạch số 56/KH-UBND ngày 15/3/2024 …"
    ingest_eval(app, "ngabay")
    assert answers_with(app, "Trưởng Phòng Lao động Thương binh và Xã hội thị xã Ngã Bảy tên gì?", "Phạm Thị Ngọc Giàu")
    assert answers_with(app, "Giám đốc Trung tâm GDNN-GDTX thị xã Ngã Bảy là ai?", "Huỳnh Văn Lợi")


def test_a_statement_from_one_years_end_to_another_is_as_of_the_later(app):
    facts = ingest(app, "Khánh Bình Tây giảm nghèo\n\nNếu cuối năm 2021 xã Khánh Bình Tây còn 286 hộ nghèo, thì đến cuối "
                        "năm 2023 chỉ còn 119 hộ nghèo.\n", "xã Khánh Bình Tây, huyện Trần Văn Thời, tỉnh Cà Mau",
                   published="2024-05-20")
    poor = next(f for f in facts.values() if f["values"])
    assert (poor["as_of"], poor["as_of_label"]) == ("2023-12-31", "cuối năm 2023")
    assert ask(app, "Cuối năm 2022 xã Khánh Bình Tây còn bao nhiêu hộ nghèo?").status != "answered"  # a year between


# Written for these tests in the style of a six-month report's list of communes (figures invented).
REPORT_ROWS = """Thới Lai: 6 tháng đầu năm 2024 giải quyết việc làm cho 1.850 lao động

Trong 6 tháng đầu năm 2024, huyện Thới Lai đã giải quyết việc làm cho 1.850 lao động. Kết quả theo từng xã như sau:
- Xã Thới Thạnh: 210 lao động; - Xã Định Môn: 185 lao động;
- Thị trấn Thới Lai 160 lao động.
"""


def test_rows_under_no_heading_are_each_their_communes_and_found_by_the_lines_before_them(app):
    facts = ingest(app, REPORT_ROWS, "huyện Thới Lai, thành phố Cần Thơ", published="2024-07-10")
    assert {f["values"].get("workers") for f in facts.values() if f.get("place", "").startswith(("xã", "thị trấn"))} \
        == {"210", "185", "160"}
    assert answers_with(app, "Xã Định Môn giải quyết việc làm cho bao nhiêu lao động?", "185")
    assert answers_with(app, "thi tran thoi lai giai quyet viec lam dc bn lao dong", "160")


def test_an_age_asked_is_answered_only_by_a_statement_of_ages(app):
    ingest_eval(app, "anbien")  # "Trong đó Nhật Bản 98 người, Đài Loan 41 người, Hàn Quốc 17 người": no ages
    reply = ask(app, "Chương trình EPS đi Hàn Quốc nhận người lao động trong độ tuổi nào?")
    assert "17 người" not in reply.text
    ingest_eval(app, "ngabay")  # "Chị Nguyễn Thị Bé Năm, 38 tuổi, ngụ phường Hiệp Lợi, …"
    assert answers_with(app, "Chị Bé Năm năm nay bao nhiêu tuổi?", "38 tuổi")


def test_where_something_happens_is_never_the_country_people_went_to(app):
    ingest_eval(app, "giongtrom")  # "Kế đến là Hàn Quốc 28 lao động (theo Chương trình EPS), Đài Loan …"
    reply = ask(app, "Đi Korea theo diện EPS thì thi tiếng Hàn ở đâu, có lớp training trước không?")
    assert "28 lao động" not in reply.text
    ingest_eval(app, "phutan")  # "… để sang Nhật Bản làm thực tập sinh ngành hàn tại tỉnh Aichi": where, in a country
    assert answers_with(app, "Anh Hậu làm thực tập sinh ngành hàn ở tỉnh nào của Nhật Bản?", "Aichi")


def test_the_next_tet_is_another_occasion_whatever_way_it_is_typed(app):
    ingest_eval(app, "tanhiep")  # published 10/2/2018: "quà của Chủ tịch nước gồm 1.047 suất" of Tết Mậu Tuất 2018
    reply = ask(app, "tet 2019 qua chu tich nuoc cho nguoi co cong bao nhieu tien")
    assert reply.status != "answered" and "2019" in reply.text
    assert answers_with(app, "Tết 2018 quà của Chủ tịch nước tặng người có công bao nhiêu suất?", "1.047")


def test_an_event_of_one_day_answers_no_later_year(app):
    ingest_eval(app, "tanhiep")  # "Ngày 24/1/2018, UBND huyện Tân Hiệp tổ chức bàn giao 9 căn nhà tình nghĩa …"
    reply = ask(app, "Năm 2019 Tân Hiệp bàn giao bao nhiêu nhà tình nghĩa?")
    assert reply.status != "answered" and "2019" in reply.text
    assert answers_with(app, "Năm 2018 Tân Hiệp bàn giao bao nhiêu căn nhà tình nghĩa?", "9 căn")


def test_a_residents_short_name_is_their_full_one_only_in_their_own_article(app):
    ingest_eval(app, "ngabay")  # chị Nguyễn Thị Bé Năm, 38 tuổi, of Ngã Bảy
    ingest(app, "Vị Thủy: nuôi heo thoát nghèo\n\nChị Bé Năm ở xã Vị Thắng được vay 30 triệu đồng để nuôi heo.\n",
           "huyện Vị Thủy, tỉnh Hậu Giang")
    reply = ask(app, "Chị Bé Năm được vay bao nhiêu tiền, nuôi con gì?")
    assert "38 tuổi" not in reply.text


def test_a_list_of_communes_is_no_row_and_a_long_line_in_capitals_sets_no_target(app):
    facts = ingest(app, "Long Mỹ: nhà đại đoàn kết\n\nKIÊN TRÌ THỰC HIỆN KẾ HOẠCH GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN "
                        "2021-2025 TRÊN ĐỊA BÀN HUYỆN\n\nNăm 2023, huyện xây 38 căn nhà đại đoàn kết; trong đó, xã "
                        "Xà Phiên 9 căn, xã Lương Tâm 7 căn.\nXã Vĩnh Viễn A: 12 hộ, nhiều hơn xã Lương Nghĩa 5 hộ.\n",
                   "huyện Long Mỹ, tỉnh Hậu Giang")
    titles = {f["title"] for f in facts.values()}
    assert not any(t.startswith("Chỉ tiêu") for t in titles)  # results, under a slogan naming a plan
    assert not any(f.get("place", "").startswith(("xã Lương Tâm", "xã Xà Phiên")) for f in facts.values())
    row = next(f for f in facts.values() if "Vĩnh Viễn" in f["answer"])
    assert row["place"].startswith("xã Vĩnh Viễn A")  # the row's label, not the other commune it names


def test_a_target_for_a_years_end_still_to_come_is_as_of_that_year():
    from knowledge.ingest import period_of
    said = period_of("Đến cuối năm 2025, tỷ lệ hộ nghèo còn 1,5%, so với cuối năm 2023 là 2,4%.", "2024-03-10")
    assert said.label == "cuối năm 2025"


def test_where_to_go_is_an_office_or_a_country_and_a_faqs_labels_are_read_however_written():
    assert analyse("Làm thẻ bảo hiểm y tế cho hộ nghèo thì đi đâu?").kinds == {"whither"}
    assert analyse("Lao động huyện đi nước nào làm việc?").kinds == {"abroad"}
    from knowledge.ingest import draft_article
    drafted = draft_article("Hỏi đáp An Biên\n\nCÂU HỎI 3. Xã nào có nhiều lao động đi làm việc ở nước ngoài nhất?\n"
                            "Trả lời:\nNăm 2023, xã Nam Yên dẫn đầu với 27 lao động.\n", "Phòng LĐTBXH", "2024-03-10",
                            "huyện An Biên, tỉnh Kiên Giang")
    fact = next(f for f in drafted.data["facts"] if f["values"])
    assert "Xã nào có nhiều lao động đi làm việc ở nước ngoài nhất" in fact["keywords"]
    assert "Trả lời" not in fact["keywords"]


def test_the_askers_own_group_is_the_one_asked_of_unless_the_whole_place_is(app):
    # "Người tham gia thuộc hộ nghèo được Nhà nước hỗ trợ 30% …; người thuộc hộ cận nghèo được hỗ trợ 25%, … 82.500"
    ingest_eval(app, "duyenhai")
    assert answers_with(app, "Nhà tui cận nghèo, đóng BHXH tự nguyện thì nhà nước hỗ trợ nhiêu tiền một tháng vậy ta?",
                        "82.500")
    assert analyse("Tôi là người cao tuổi. Tổng cộng huyện đã vận động được bao nhiêu phần quà?").beneficiaries == set()


def test_where_the_money_comes_from_is_answered_only_by_a_fund_or_a_budget(app):
    # "Tổng kinh phí đào tạo nghề năm 2024 của thị xã là 1,86 tỷ đồng, từ nguồn Chương trình mục tiêu quốc gia …"
    ingest_eval(app, "ngabay")
    assert answers_with(app, "Kinh phí đào tạo nghề ở Ngã Bảy lấy từ chương trình nào?", "giảm nghèo bền vững")
    reply = ask(app, "Tiền xây nhà tình nghĩa lấy từ nguồn nào?")  # Long Mỹ's note on its sources names no fund
    assert "Các thông tin được lấy từ bài" not in reply.text


def test_workdays_and_an_area_are_figures_and_helping_how_many_asks_a_count(app):
    ingest(app, "Cao Lãnh chung tay xóa nhà tạm\nLực lượng vũ trang huyện đã hỗ trợ 1.860 ngày công để tháo dỡ nhà cũ. "
                "Căn nhà của ông Bé rộng 36 m2, được xây dựng trong 28 ngày.\n",
           "huyện Cao Lãnh, tỉnh Đồng Tháp")
    assert answers_with(app, "Lực lượng vũ trang huyện Cao Lãnh hỗ trợ bao nhiêu ngày công?", "1.860")
    assert answers_with(app, "Căn nhà của ông Bé ở Cao Lãnh rộng bao nhiêu mét vuông?", "36 m2")
    assert not answers_with(app, "Con kênh ở Cao Lãnh dài bao nhiêu mét?", "36 m2")  # an area is no length
    assert analyse("Huyện hỗ trợ bao nhiêu hộ?").kinds == {"quantity"}
    assert {"each", "money"} <= analyse("Hỗ trợ bao nhiêu hộ, mỗi hộ được hỗ trợ bao nhiêu?").kinds
    assert "money" in analyse("Kinh phí hỗ trợ bao nhiêu hộ?").kinds


def test_a_figure_in_a_quoted_title_counts_nothing_so_the_byline_never_answers_how_many(app):
    ingest(app, "Tân Hồng: Hơn 1.200 trẻ em được học bơi an toàn trong hè 2024\nHè năm 2024, huyện Tân Hồng mở 32 lớp "
                "dạy bơi cho 1.236 trẻ em.\nNGỌC LAN\n", "huyện Tân Hồng, tỉnh Đồng Tháp")
    answer = ask(app, "Bao nhiêu trẻ em được học bơi an toàn trong hè năm 2024 ở huyện Tân Hồng?")
    assert answer.status != "answered" or "1.236" in answer.text
    assert answers_with(app, "Bài Tân Hồng: Hơn 1.200 trẻ em được học bơi an toàn do ai viết?", "Ngọc Lan")
    from knowledge.decision import answer_kinds
    assert "quantity" in answer_kinds([], "Ông An cho biết: “Năm nay xã xây 15 căn nhà cho hộ nghèo”.")  # quoted speech


def test_the_year_compared_with_is_not_when_a_statement_is_as_of():
    from knowledge.ingest import period_of
    assert period_of("Năm 2020, có 46 người đi làm việc ở nước ngoài, giảm 25 người so với năm 2019.",
                     "2020-12-18").label == "năm 2020"
    assert period_of("Số hộ nghèo giảm 210 hộ so với năm 2021 theo kết quả rà soát cuối năm 2022.",
                     "2023-01-10").label == "cuối năm 2022"
    assert period_of("Giải quyết việc làm cho 1.900 lao động, đạt 105% so với kế hoạch năm 2023.",
                     "2024-01-10").label == "năm 2023"


def test_the_months_since_a_years_start_are_its_first_months_not_its_start():
    from knowledge.ingest import period_of
    said = period_of("Từ đầu năm đến hết tháng 9/2022, thành phố xảy ra 5 vụ tai nạn lao động.", "2022-10-15")
    assert (said.as_of, said.label) == ("2022-09-30", "9 tháng đầu năm 2022")
    assert period_of("Đầu năm 2024, xã có 512 hộ nghèo.", "2024-07-01").label == "đầu năm 2024"
    assert period_of("Từ đầu năm đến nay, xã có 12 hộ thoát nghèo.", "2024-07-01") is None  # as of the article's day


def test_gifts_for_a_tet_given_the_december_before_answer_that_tet_but_a_year_does_not(app):
    ingest(app, "Trần Đề chăm lo Tết\nNgày 20/12/2019, huyện Trần Đề trao 7.800 phần quà Tết Canh Tý cho hộ nghèo.\n",
           "huyện Trần Đề, tỉnh Sóc Trăng", published="2019-12-21")
    assert answers_with(app, "Tết Canh Tý huyện Trần Đề trao bao nhiêu phần quà?", "7.800")
    ingest(app, "Vĩnh Lợi: kết quả năm 2023\nNăm 2023, huyện Vĩnh Lợi bàn giao 54 căn nhà đại đoàn kết.\n",
           "huyện Vĩnh Lợi, tỉnh Bạc Liêu", published="2024-01-05")
    answer = ask(app, "Dịp Tết 2024 Vĩnh Lợi sẽ bàn giao bao nhiêu căn nhà đại đoàn kết?")
    assert answer.status != "answered"


def test_a_rare_pair_or_a_light_word_narrows_no_statement_away(app):
    ingest_eval(app, "longho")  # "giảm được" of another statement, "2020 huyện" of others: 384 is still found
    assert answers_with(app, "Năm 2020 huyện Long Hồ giảm được bao nhiêu hộ nghèo vậy?", "384")


def test_one_after_how_many_is_for_each_one_and_no_figure_to_match(app):
    ingest_eval(app, "cholach")
    for question in ("Giá sầu riêng ở Chợ Lách hôm nay nhiêu 1 ký?", "sầu riêng Chợ Lách 1 ký bao nhiêu tiền?"):
        answer = ask(app, question)  # "1" weighed as a rare figure and matched the tasks of "quý I/2024"
        assert answer.status != "answered"
        assert all(t.share < 1 for c in analyse(question).parts[0].clauses for t in c if t.fold == "1")


def test_a_month_is_no_count_and_a_forecast_is_no_result():
    from knowledge.ingest import draft_article, figures_of
    assert [f.text for f in figures_of("tháng 1 tiếp nhận 612 hồ sơ; sang tháng 3 tăng lên 807 hồ sơ")] == ["612", "807"]
    assert [f.text for f in figures_of("THÁNG 1 TIẾP NHẬN 612 HỒ SƠ")] == ["612"]
    assert not figures_of("Trong tháng 12 hộ nghèo được nhận quà")
    weather = draft_article("Vĩnh Lợi: sạt lở\nTheo Trạm Dự báo khí tượng thủy văn tỉnh, năm 2023 huyện có 32 hộ bị "
                            "sạt lở.\n", "Báo Bạc Liêu", "2024-01-10", "huyện Vĩnh Lợi, tỉnh Bạc Liêu").data["facts"]
    assert not any(f["title"].startswith("Chỉ tiêu") for f in weather)
    facts = draft_article("Đức Hòa: hồ sơ thất nghiệp tăng\nDự báo 6 tháng cuối năm 2024, số hồ sơ tăng lên khoảng "
                          "4.500 hồ sơ.\n", "Báo Long An", "2024-07-10", "huyện Đức Hòa, tỉnh Long An").data["facts"]
    assert any(f["title"].startswith("Chỉ tiêu") for f in facts if "4.500" in f["values"].values())


def test_who_wrote_this_article_is_answered_with_every_article_s_byline(app):
    ingest(app, "Tân Hồng dạy bơi cho trẻ em\nHè năm 2024, huyện Tân Hồng mở 32 lớp dạy bơi.\nNGỌC LAN\n",
           "huyện Tân Hồng, tỉnh Đồng Tháp")
    assert answers_with(app, "Ai viết bài này?", "Ngọc Lan", "Trần Thanh")  # which one "this" is, the asker knows


# A paragraph's lead, then its communes' parts in one sentence (invented).
HOUSES_BY_COMMUNE = """Vĩnh Thạnh tổng kết năm 2023

Nhà ở: Huyện vận động xây dựng 96 căn nhà đại đoàn kết cho hộ nghèo. Xã Thạnh Mỹ có số căn nhiều nhất với 18 căn; \
xã Thạnh Quới 15 căn; xã Thạnh Lộc 11 căn.

Giảm nghèo: Toàn huyện còn 1.038 hộ nghèo, chiếm 2,36%.
"""


def test_a_communes_part_is_of_what_its_paragraph_opened_with(app):
    ingest(app, HOUSES_BY_COMMUNE, "huyện Vĩnh Thạnh, thành phố Cần Thơ", source="Báo Cần Thơ", published="2024-01-06")
    assert answers_with(app, "năm 2023 xã Thạnh Lộc được xây bao nhiêu căn nhà đại đoàn kết", "11 căn")


# A plan for the year it is written in (invented).
SWIMMING = """Hồng Ngự: Trẻ em học bơi an toàn hè 2024

Sáng ngày 3/6/2024, huyện Hồng Ngự khai giảng các lớp dạy bơi an toàn.

Theo kế hoạch, hè năm nay huyện mở 28 lớp dạy bơi tại 7 xã cho 1.050 trẻ.
"""


def test_a_plan_for_this_year_answers_a_question_naming_the_year(app):
    ingest(app, SWIMMING, "huyện Hồng Ngự, tỉnh Đồng Tháp", source="Báo Đồng Tháp", published="2024-06-04")
    assert answers_with(app, "hè 2024 huyện Hồng Ngự mở bao nhiêu lớp dạy bơi", "28 lớp")


# A district's poor, and an ethnic minority it does not count apart (invented).
KHMER = """Trà Cú giảm nghèo bền vững

Cuối năm 2023, toàn huyện Trà Cú còn 1.215 hộ nghèo, chiếm 2,9%. Huyện có đông đồng bào Khmer sinh sống.
"""


def test_a_count_of_a_minoritys_households_is_not_the_whole_districts(app):
    ingest(app, KHMER, "huyện Trà Cú, tỉnh Trà Vinh", source="Báo Trà Vinh", published="2024-01-10")
    assert answers_with(app, "huyện Trà Cú còn bao nhiêu hộ nghèo", "1.215")
    assert ask(app, "trà cú có bao nhiêu hộ nghèo là người khmer").status != "answered"


# So many of all the communes (invented).
CHILD_FRIENDLY = """Tịnh Biên chăm lo cho trẻ em năm 2023

Đến nay, 11/13 xã, thị trấn đạt tiêu chuẩn xã, phường, thị trấn phù hợp với trẻ em. Ngày 6/8 xã Tân Lợi tổ chức lễ
trao 120 phần quà cho trẻ em.
"""


def test_so_many_of_all_the_communes_is_a_count_of_communes(app):
    facts = ingest(app, CHILD_FRIENDLY, "huyện Tịnh Biên, tỉnh An Giang", source="Báo An Giang", published="2024-01-10")
    [communes] = [f for f in facts.values() if "communes" in f.get("values", {})]
    assert communes["values"]["communes"] == "11" and "/13 xã" in communes["answer"]
    assert answers_with(app, "huyện Tịnh Biên có bao nhiêu xã đạt tiêu chuẩn phù hợp với trẻ em", "11/13 xã")
    assert not any(f.get("values", {}).get("communes") == "6" for f in facts.values())  # a day: "Ngày 6/8 xã …"


@pytest.mark.parametrize("sentence", ["Sáng 6/8 xã Long Trị tổ chức trao quà.", "Tính đến 30/6 hộ nghèo còn 512 hộ.",
                                      "Ông là thương binh hạng 2/4 người con của xã.", "Từ tháng 8/2024 xã mở lớp.",
                                      "Quyết định 12/2024 hộ nghèo được công nhận."])
def test_a_day_a_rank_or_a_decisions_number_before_a_unit_counts_nothing_of_all(sentence):
    assert not [f for f in figures_of(sentence) if "/" in sentence[f.end:f.end + 1]]


# A resident's story, its years said without a figure (invented).
YEARS_OF_A_STORY = """Kiên Hải: Chị Nguyễn Thị Hoa thoát nghèo nhờ nghề đan lưới

Chị Nguyễn Thị Hoa ở xã Hòn Tre. Trước năm 2019, gia đình chị sống nhờ nhà người thân. Năm 2021, chị được Ngân \
hàng Chính sách xã hội cho vay 30 triệu đồng để mua lưới. Cuối năm 2023, gia đình chị chính thức thoát nghèo.

Ông Lê Văn Tám, Chủ tịch UBND xã Hòn Tre cho biết, từ năm 2022 xã triển khai mô hình đan lưới.
"""


def test_a_residents_years_are_asked_when(app):
    facts = ingest(app, YEARS_OF_A_STORY, "huyện Kiên Hải, tỉnh Kiên Giang", source="Báo Kiên Giang",
                   published="2024-03-02")
    assert answers_with(app, "chị Hoa thoát nghèo năm nào", "2023")
    assert answers_with(app, "Chị Hoa được ngân hàng cho vay hồi nào?", "Năm 2021")  # a figure's: "Năm 2021, …"
    assert not any("2019" in f["as_of_label"] for f in facts.values())  # "Trước năm 2019": before it, not of it
    assert not any(f["title"].startswith("Ông Lê Văn Tám") for f in facts.values())  # an official's: no story


# Who came to a meeting, with an office whose name has "Kế hoạch" in it (invented).
MEETING_OF_OFFICES = """Châu Thành A họp bàn giảm nghèo

Dự cuộc họp có bà Trần Thị Mỹ Hạnh, Trưởng phòng Lao động - Thương binh và Xã hội huyện; đại diện Phòng Tài chính - \
Kế hoạch và Chủ tịch UBND 10 xã, thị trấn.
"""


def test_an_office_named_planning_is_no_plan():
    kinds = answer_kinds([], "Dự họp có đại diện Phòng Tài chính - Kế hoạch và Chủ tịch UBND 10 xã, thị trấn.")
    assert not kinds & {"plan", "target"}
    assert "target" in answer_kinds([], "Năm 2025, huyện lập kế hoạch xây 20 căn nhà.")  # a plan, lower case


def test_a_role_holder_is_asked_who(app):
    ingest(app, MEETING_OF_OFFICES, "huyện Châu Thành A, tỉnh Hậu Giang", published="2024-04-02")
    assert answers_with(app, "Trưởng phòng Lao động - Thương binh và Xã hội huyện Châu Thành A tên gì?",
                        "Trần Thị Mỹ Hạnh")


def test_a_question_naming_a_resident_is_never_answered_with_a_topic_of_every_places_facts(app):
    ingest_eval(app, "lieutu")  # the resident's loan is told as "Bước ngoặt đến vào năm 2021, khi gia đình được …"
    answer = ask(app, "Gia đình anh Thạch Sa Rươn được vay vốn ngân hàng chính sách năm nào?")
    assert answer.status != "answered" or "2021" in answer.text and "Long Mỹ" not in answer.text


def test_a_communes_article_says_who_of_the_district_it_names(app):
    ingest_eval(app, "thanhnhut")  # xã Thạnh Nhựt's: "… bà Nguyễn Thị Kim Loan, Phó Chủ tịch UBND huyện Gò Công Tây"
    assert answers_with(app, "Phó Chủ tịch UBND huyện Gò Công Tây phát biểu tại buổi bàn giao là ai?",
                        "Nguyễn Thị Kim Loan")


def test_a_story_opening_an_article_gives_it_no_year():
    text = ("Xã Long Trị chăm lo hộ nghèo\n\nChị Trần Thị Lan ở ấp 5, xã Long Trị. Năm 2023, chồng chị mất vì tai "
            "nạn.\n\nHiện nay, xã Long Trị còn 41 hộ nghèo.\n")
    drafted = draft_article(text, "Báo Hậu Giang", "2024-05-02", place="xã Long Trị, thị xã Long Mỹ, tỉnh Hậu Giang")
    [poor] = [f for f in drafted.data["facts"] if f.get("values", {}).get("households") == "41"]
    assert poor["as_of_label"] != "năm 2023"


def test_kind_words_of_a_greeting_are_no_date():
    assert "time" not in answer_kinds([], "Kính thưa quý vị, xã đã trao 120 phần quà.")
    assert "time" in answer_kinds([], "Quý II, xã đã trao 120 phần quà.")


def test_two_statements_naming_the_one_official_are_no_choice_of_who(app):
    ingest_eval(app, "canduoc")  # "Ông Huỳnh Công Danh, Trưởng phòng …" and "Trưởng phòng … Huỳnh Công Danh cho biết"
    assert answers_with(app, "Ai là Trưởng phòng Lao động - Thương binh và Xã hội huyện Cần Đước?", "Huỳnh Công Danh")


def test_a_result_measured_against_its_plan_states_the_plan_when_it_gives_its_figure():
    assert "plan" in answer_kinds([], "Huyện đưa được 27 lao động, đạt 33,75% kế hoạch năm là 80 lao động.")
    assert "plan" not in answer_kinds([], "Huyện đưa được 27 lao động, đạt 118,3% kế hoạch, tăng 5 người.")


def test_work_at_home_is_never_answered_with_those_gone_abroad(app):
    ingest_eval(app, "thoibinh2")  # "Thị trường nhiều nhất vẫn là Nhật Bản với 51 người, …"
    answer = ask(app, "Thới Bình năm nay lo việc làm cho bà con trong nước được tới đâu rồi, mấy người có việc?")
    assert answer.status != "answered" or "1.946" in answer.text
    assert analyse("có bao nhiêu người làm việc trong nước").asks_in_country
    assert not analyse("có bao nhiêu người đi làm việc nước ngoài rồi về nước").asks_in_country


SOCIAL_POST = """🧧 XÃ AN HÒA TRAO QUÀ TẾT 🧧
UBND xã An Hòa · 20 tháng 1, 2025 · 🌏
1️⃣ THẺ BHYT 💳
Trao 300 thẻ BHYT miễn phí cho bà con, gồm:
👉 120 thẻ cho người thuộc hộ nghèo
👉 180 thẻ cho người thuộc hộ cận nghèo
2️⃣ QUÀ TẾT 🎁
Trao 40 suất quà của Chủ tịch nước (mức 300.000đ/suất) 💐💐 Những tấm lòng vàng đã giúp bà con.
Tới dự có chị Trần Thị Ngọc Hân – Phó Trưởng phòng LĐ-TB&XH huyện Kiên Lương cùng bà con.
#UBNDxãAnHòa #TếtẤtTỵ2025"""


def test_a_social_posts_emoji_are_no_words_its_keycaps_number_sections_and_its_pointers_list_items():
    from knowledge.ingest import read_article
    article = read_article(SOCIAL_POST)
    assert not any("💐" in s or "👉" in s or s.startswith("#") for s in article.sentences)
    assert "Trao 300 thẻ BHYT miễn phí cho bà con, gồm:" in article.sentences  # a statement, though it opens a list
    items = [h for s, h in zip(article.sentences, article.headings) if s.startswith(("120", "180"))]
    assert items == ["Trao 300 thẻ BHYT miễn phí cho bà con, gồm"] * 2  # its items are of what it counts
    after = article.headings[article.sentences.index("Những tấm lòng vàng đã giúp bà con.")]
    assert after == "QUÀ TẾT"  # a keycap numbers a section; the emoji ended a sentence


def test_an_amount_written_short_is_an_amount_and_a_role_after_a_dash_is_the_persons():
    from knowledge.ingest import people_of, read_article
    [sentence] = [s for s in read_article(SOCIAL_POST).sentences if "suất quà" in s]
    assert [(f.text, f.unit) for f in figures_of(sentence) if f.name.startswith("amount")] == [
        ("300.000", "đồng")]
    assert people_of("Tới dự có chị Trần Thị Ngọc Hân – Phó Trưởng phòng LĐ-TB&XH huyện Kiên Lương cùng bà con.") == [
        ("Trần Thị Ngọc Hân", "Phó Trưởng phòng LĐ-TB&XH huyện Kiên Lương")]


def test_a_communes_post_answers_its_lists_items_by_what_the_list_counts(app):
    ingest_eval(app, "binhan")
    assert "218" in ask(app, "Thẻ BHYT cho người cận nghèo xã Bình An phát bao nhiêu cái?").text
    assert "Lâm Văn Hậu" in ask(app, "Ai là Bí thư Đảng ủy xã Bình An?").text


def test_an_hour_asked_is_answered_only_by_a_fact_stating_one(app):
    assert "hour" in analyse("Nghĩa trang liệt sĩ mở cửa cho viếng từ mấy giờ?").kinds
    assert "hour" not in analyse("Hạn chót nộp hồ sơ là ngày nào, mấy giờ?").kinds  # a day first: the day answers
    ingest_eval(app, "batri")  # its day of the candle-lighting, no opening hours
    assert app.kb.ask("Nghĩa trang liệt sĩ huyện Ba Tri mở cửa cho viếng từ mấy giờ?").status != "answered"


PROVINCE_ROUNDUP = """Vĩnh Long: năm 2023 giảm 1.500 hộ nghèo
(VL) - Theo kết quả rà soát, so với đầu năm (6.000 hộ nghèo, tỷ lệ 2,1%; 5.000 hộ cận nghèo, tỷ lệ 1,8%), số hộ nghèo toàn tỉnh giảm 1.500 hộ.
Cụ thể, huyện Tam Bình giảm từ 900 hộ nghèo xuống còn 600 hộ; huyện Trà Ôn giảm từ 800 hộ nghèo xuống còn 550 hộ; thị xã Bình Minh giảm từ 300 hộ nghèo xuống còn 180 hộ.
Xã Hòa Hiệp có tỷ lệ hộ nghèo cao nhất huyện Tam Bình với 45 hộ."""


PROVINCE_CHILDREN = """Bến Tre chăm lo trẻ em có hoàn cảnh đặc biệt
Theo Sở Lao động - Thương binh và Xã hội tỉnh Bến Tre, đến cuối năm 2024, toàn tỉnh có 743 trẻ em mồ côi đang hưởng trợ cấp xã hội hằng tháng.
Năm 2024, tỉnh trao 1.250 suất học bổng cho trẻ em nghèo vượt khó."""


HOME_PROVINCE_CHILDREN = """Hậu Giang quan tâm trẻ em mồ côi
Đến cuối năm 2024, toàn tỉnh Hậu Giang có 512 trẻ em mồ côi đang hưởng trợ cấp xã hội hằng tháng."""


def test_the_province_said_without_its_name_is_the_home_province_else_another_we_hold_articles_of(app):
    ingest(app, PROVINCE_CHILDREN, "tỉnh Bến Tre", source="Báo Đồng Khởi", published="2025-01-10")
    question = "tỉnh mình có bao nhiêu trẻ em mồ côi đang hưởng trợ cấp?"
    reply = ask(app, question)
    assert reply.status == "answered" and "743" in reply.text
    assert NOT_THE_PLACE_SERVED.format(place="tỉnh Bến Tre", served="huyện Long Mỹ") in reply.text
    ingest(app, HOME_PROVINCE_CHILDREN, "tỉnh Hậu Giang", published="2025-01-12")
    reply = ask(app, question)
    assert reply.status == "answered" and "512" in reply.text and "743" not in reply.text
    assert "ℹ️" not in reply.text  # the province asked
    assert "743" in ask(app, "Bến Tre có bao nhiêu trẻ em mồ côi đang hưởng trợ cấp?").text


def test_a_provinces_roundup_drafts_each_districts_clause_as_that_districts():
    facts = draft_article(PROVINCE_ROUNDUP, "Báo Vĩnh Long", "2023-12-26", "tỉnh Vĩnh Long").data["facts"]
    of = {f.get("place", "").split(",")[0]: f for f in facts if "giảm từ" in f["answer"]}
    assert set(of) == {"huyện Tam Bình", "huyện Trà Ôn", "thị xã Bình Minh"}
    assert "Trà Ôn" not in of["huyện Tam Bình"]["answer"] and "Tam Bình" not in of["huyện Trà Ôn"]["answer"]
    assert "Vĩnh Long" not in " ".join(of["huyện Trà Ôn"]["questions"])  # asked of the district, not the province
    # a semicolon inside brackets ends no statement; the best of a district stays the district's
    [compared] = [f for f in facts if "so với đầu năm" in f["answer"]]
    assert "giảm {" in compared["answer"]  # the figures in brackets and the fall after them, one statement
    assert not any(f.get("place", "").startswith("xã Hòa Hiệp") for f in facts)


def test_a_day_written_with_a_dash_is_kept_as_written_with_its_year_and_a_day_to_come_is_of_this_year():
    article = ("Phong Điền tổ chức phiên giao dịch việc làm\n"
               "(CT) - Sáng 18-2, huyện Phong Điền tổ chức phiên giao dịch việc làm tại Trung tâm Văn hóa huyện.\n"
               "Theo bà Nguyễn Thị Thu Trang, Trưởng Phòng LĐ-TB&XH huyện, từ ngày 1-3, nhiệm vụ quản lý lao động "
               "sẽ chuyển về Phòng Nội vụ.")
    answers = [f["answer"] for f in draft_article(article, "Báo Cần Thơ", "2025-02-19",
                                                  "huyện Phong Điền, thành phố Cần Thơ").data["facts"]]
    assert any("Sáng 18-2 (18/2/2025)" in a for a in answers)  # as the asker may quote it, and which year
    assert any("1-3 (1/3/2025)" in a for a in answers)  # "sẽ chuyển": the coming March, not the last
    assert "quantity" not in answer_kinds([], "Sáng 18-2 (18/2/2025), huyện tổ chức phiên giao dịch việc làm.")


def test_where_to_go_is_a_place_asked_and_how_far_along_is_not():
    assert "place" in analyse("Muốn đăng ký đi làm việc ở nước ngoài thì tới đâu để hỏi vậy?").kinds
    assert "place" not in analyse("Đăng ký đào tạo nghề được mấy lớp, hồ sơ đang tới đâu rồi?").kinds


def test_review_the_kin_asked_is_named_by_name_and_the_thing_named_is_the_clauses_opening():
    from knowledge.decision import kin_named
    assert kin_named("Bà Lê Thị Hai (74 tuổi), vợ ông, cho biết") == {"vo"}
    assert kin_named("Vợ anh là chị Lý Thị Sa Mết, làm may.") == {"vo"}
    # a couple, his wife unnamed, or him and his wife: no wife's name
    assert not kin_named("Vợ chồng anh Thạch Văn Bình được vay 50 triệu đồng, theo ông Lâm Văn Tha, Chủ tịch UBND xã.")
    assert not kin_named("Vợ anh Thạch Văn Bình làm may.") and not kin_named("Anh Thạch Văn Bình và vợ đi làm.")
    assert not analyse("ong vo anh tuan la ai").roles  # ông Võ Anh Tuấn, typed bare
    assert analyse("Còn công ty may mà chị Thu Hà đang làm tên là gì?").kinds == {"company"}
    assert analyse("Công ty đó giám đốc tên gì?").kinds == {"person"}  # the director's name


def test_review_an_hour_of_the_day_answers_when_and_a_length_in_hours_is_none():
    assert {"hour", "time"} <= answer_kinds([], "Nghĩa trang mở cửa từ 7 giờ đến 17 giờ hằng ngày.")
    assert "hour" not in answer_kinds([], "Hồ sơ được giải quyết trong 24 giờ, mỗi ca 8 giờ/ngày.")


def test_review_a_period_heading_a_bracketed_list_and_a_day_to_come_are_read_as_written():
    from knowledge.ingest import _is_heading, _outer_clauses, _plain, _year_of_day, DAY_MONTH, people_of
    assert _is_heading("Nhiệm vụ 6 tháng cuối năm 2024:")  # a period, not a count: its lines are targets
    assert len(_outer_clauses("a) hỗ trợ 20 hộ nghèo (huyện A); b) trao 30 suất quà (huyện B).")) == 2

    def year(text, published):
        return _year_of_day(DAY_MONTH.search(text), published)
    assert year("Ngày 25-12, huyện sắp xếp lại 3 xã.", "2025-01-05") == 2024  # "sắp xếp" is no "sắp"
    assert year("Từ ngày 5-1, nhiệm vụ này sẽ chuyển về Phòng Nội vụ.", "2024-12-28") == 2025
    assert year("Từ ngày 20-12 đến nay, huyện dự kiến trao 500 suất quà.", "2025-02-19") == 2024
    assert _plain("gồm 5 đ/c cán bộ, giá 8,5đ") == "gồm 5 đ/c cán bộ, giá 8,5đ"  # comrades; no thousands
    assert _plain("Chúc mừng 🎉 Nguyễn Văn An đạt giải.") == "Chúc mừng Nguyễn Văn An đạt giải."
    assert people_of("Chị Lê Thị Bé – Trưởng ấp Phú Hòa tham dự buổi lễ.") == [("Lê Thị Bé", "Trưởng ấp Phú Hòa")]


def test_another_places_article_is_a_snapshot_of_its_time_and_a_later_year_is_offered_not_answered(app):
    ingest_eval(app, "codo")  # a review published in December 2021
    later = app.kb.ask("Cuối năm 2022 huyện Cờ Đỏ còn bao nhiêu hộ nghèo?")
    assert later.status == "suggest" and later.later_year == 2022
    # the place served has a latest figure to give, said to be the latest
    assert "1.562" in ask(app, "Cuối năm 2024 hộ nghèo huyện Long Mỹ còn bao nhiêu?").text


def test_a_communes_feature_gives_its_districts_rate_and_what_the_district_does_as_the_districts():
    feature = ("Từ căn nhà lá đến nhà tường\n"
               "Chị Nguyễn Thị Hoa (40 tuổi, ngụ xã Long Hựu Đông) được vay 50 triệu đồng để nuôi heo.\n"
               "Theo bà Trần Thị Vân, Phó Trưởng phòng Lao động - Thương binh và Xã hội huyện, tỷ lệ hộ nghèo "
               "của huyện đã giảm xuống còn 1,63%. Hiện huyện chi trả trợ cấp hằng tháng cho 2.036 người có công.")
    facts = draft_article(feature, "Báo Long An", "2024-10-15", "xã Long Hựu Đông, huyện Cần Đước, tỉnh Long An"
                          ).data["facts"]
    of = {("1,63" if "{rate}" in f["answer"] else "2.036" if "người có công" in f["answer"] else "loan"):
          f.get("place", "") for f in facts}
    assert of["1,63"].startswith("huyện Cần Đước") and of["2.036"].startswith("huyện Cần Đước")
    assert not of["loan"].startswith("huyện")  # her loan is the commune's story


def test_the_fastest_commune_is_a_which_statement_of_its_district():
    from knowledge.ingest import best_communes
    said = "Xã Long Đức là địa phương giảm nghèo nhanh nhất huyện, với tỷ lệ hộ nghèo giảm 2,05%."
    assert best_communes(said) == "giảm nghèo nhanh nhất"  # "which commune …" is asked of it, of the district


def test_the_national_target_programme_is_a_name_not_a_plan_asked():
    assert analyse("Trưởng ban Chỉ đạo các chương trình mục tiêu quốc gia huyện là ai?").kinds == {"person"}
    assert "plan" in analyse("Mục tiêu năm 2025 của huyện là gì?").kinds


FAIR_NOTICE = ("THÔNG BÁO về việc tổ chức Ngày hội việc làm năm 2025\n"
               "Phòng Lao động – Thương binh và Xã hội huyện thông báo đến người lao động như sau:\n"
               "I. NGÀY HỘI VIỆC LÀM\n"
               "1. Thời gian, địa điểm\n"
               "- Đợt 2 (phiên lưu động): từ 7 giờ 30, thứ Sáu ngày 06/10/2025, tại Hội trường Ủy ban nhân dân xã Phú An.\n"
               "- Người lao động tham gia ngày hội không phải đóng bất kỳ khoản phí nào.\n"
               "II. TUYỂN SINH ĐÀO TẠO NGHỀ\n"
               "1. Chính sách hỗ trợ\n"
               "Tiền ăn 30.000 đồng/người/ngày thực học.")


def test_a_notices_numbered_parts_say_what_the_sections_under_them_are_about():
    from knowledge.ingest import read_article
    article = read_article(FAIR_NOTICE)
    assert article.sections[1] == "NGÀY HỘI VIỆC LÀM" and article.headings[1] == "Thời gian, địa điểm"
    assert article.sections[-1] == "TUYỂN SINH ĐÀO TẠO NGHỀ" and not article.sections[0]
    facts = draft_article(FAIR_NOTICE, "Cổng thông tin điện tử huyện", "2025-09-05", "huyện Trà Cú, tỉnh Trà Vinh"
                          ).data["facts"]
    session = next(f for f in facts if "06/10/2025" in f["answer"])
    # what it is of: its part's name, not what another sentence says of a fair ("ngày hội không phải đóng … phí")
    assert "NGÀY HỘI VIỆC LÀM" in session["keywords"] and not any("phí" in k for k in session["keywords"])


def test_an_age_asked_after_its_word_is_asked_in_years_of_age_and_working_age_is_a_group():
    from knowledge.analysis import unit_asked
    assert unit_asked("Đi xuất khẩu lao động Nhật Bản thì phải trong độ tuổi bao nhiêu?") == "tuoi"
    assert unit_asked("làm bảo vệ thì tuổi tối đa bn mới dc nộp hồ sơ") == "tuoi"
    assert unit_asked("Huyện có bao nhiêu người trong độ tuổi lao động?") == "nguoi"


def test_tasks_for_next_year_in_a_speech_are_targets_and_the_year_under_way_is_not(app):
    speech = ("Phát biểu tại hội nghị tổng kết năm 2024\n"
              "Về lao động, chúng ta đã giải quyết việc làm cho 3.215 lao động.\n"
              "Thưa các đồng chí, năm 2025 là năm cuối của nhiệm kỳ. Thứ hai, giải quyết việc làm cho 3.100 lao động.")
    facts = draft_article(speech, "Cổng TTĐT huyện", "2024-12-23", "huyện Bình Tân, tỉnh Vĩnh Long").data["facts"]
    task = next(f for f in facts if "3.100" in f["values"].values())
    assert task["title"].startswith("Chỉ tiêu năm 2025") and "Nhiệm vụ năm 2025: Thứ hai" in task["answer"]
    done = next(f for f in facts if "3.215" in f["values"].values())
    assert not done["title"].startswith("Chỉ tiêu")
    ingest(app, speech, "huyện Bình Tân, tỉnh Vĩnh Long", published="2024-12-23")
    assert "3.215" in ask(app, "Năm 2024 huyện Bình Tân giải quyết việc làm cho bao nhiêu lao động?").text
    report = ("Kết quả quý I/2024\n"
              "Năm 2024, huyện tập trung giảm nghèo. Có 27 lao động đi làm việc ở nước ngoài theo hợp đồng.")
    facts = draft_article(report, "Cổng TTĐT huyện", "2024-04-09", "huyện Thạnh Trị, tỉnh Sóc Trăng").data["facts"]
    assert not any(f["title"].startswith("Chỉ tiêu") for f in facts)


def test_martyrs_and_invalids_are_counted_as_such_not_by_a_count_of_gifts(app):
    ingest(app, "Chăm lo gia đình chính sách\n"
                "Dịp Tết và kỷ niệm Ngày Thương binh – Liệt sĩ, huyện đã tặng 6.420 suất quà cho các gia đình.",
           "huyện Bình Tân, tỉnh Vĩnh Long")
    assert app.kb.ask("Huyện Bình Tân có bao nhiêu liệt sĩ?").status != "answered"
    assert "6.420" in ask(app, "Huyện Bình Tân tặng bao nhiêu suất quà dịp Tết?").text


def test_a_plain_text_tables_rows_are_read_as_a_newspaper_writes_them():
    from knowledge.ingest import read_article
    table = ("Kết quả năm 2024\n"
             "Huyện công bố kết quả giảm nghèo năm 2024 như sau.\n"
             "Xã | Hộ nghèo cuối 2024 | Số hộ giảm | Nhà xây mới\n"
             "Phú Lợi | 109 | 39 | 14\n"
             "Toàn huyện | 538 | 174 | –\n"
             "Chương trình cho vay | Lượt hộ vay | Doanh số cho vay (triệu đồng)\n"
             "Hộ nghèo | 214 | 10.480\n"
             "Chỉ tiêu | Kế hoạch 2024 | Thực hiện 2024\n"
             "Giải quyết việc làm (lao động) | 1.000 | 1.086\n"
             "STT | Nội dung | Kết quả\n"
             "1 | Sửa chữa nhà ở | 16 căn\n"
             "Ngày đăng: 16/01/2025 | Nguồn: Phòng Lao động")
    assert read_article(table).sentences[1:] == [
        "Xã Phú Lợi: 109 hộ nghèo cuối 2024, 39 hộ giảm, 14 căn nhà xây mới.",
        "Toàn huyện: 538 hộ nghèo cuối 2024, 174 hộ giảm.",
        "Chương trình cho vay hộ nghèo: 214 lượt hộ vay, doanh số cho vay 10.480 triệu đồng.",
        # what was done first, the plan after it: the row states a result
        "Giải quyết việc làm: thực hiện 2024 1.086 lao động, kế hoạch 2024 1.000 lao động.",
        "Sửa chữa nhà ở: 16 căn.",
        "Ngày đăng: 16/01/2025 | Nguồn: Phòng Lao động"]


def test_a_tables_row_answers_its_communes_question(app):
    ingest_eval(app, "giangthanh")
    assert "88" in ask(app, "Xã Tân Khánh Hòa cuối năm 2024 còn mấy hộ nghèo?").text
    assert "10.480" in ask(app, "Năm 2024 chương trình cho vay hộ nghèo giải ngân được bao nhiêu tiền?").text


def test_a_half_marked_word_finds_its_fact(app):
    ingest_eval(app, "luongphi")
    assert "4.926" in ask(app, "Xã mìh có bao nhieu ngươi được cấp thẻ bảo hiểm y tê miễn phí?").text


def test_a_faqs_two_questions_are_one_and_ask_for_the_answer_under_them(app):
    faq = ("Câu hỏi thường gặp\n"
           "UBND xã tổng hợp một số câu hỏi thường gặp dưới đây.\n"
           "Câu hỏi 2: Ai được cấp thẻ BHYT miễn phí? Mua BHYT hộ gia đình hết bao nhiêu tiền?\n"
           "Trả lời: Người thuộc hộ nghèo được cấp thẻ miễn phí. Với BHYT hộ gia đình, người thứ nhất đóng "
           "1.263.600 đồng/năm, người thứ hai đóng 884.520 đồng/năm.")
    from knowledge.ingest import read_article
    assert read_article(faq).sentences[1] == ("Câu hỏi 2: Ai được cấp thẻ BHYT miễn phí? Mua BHYT hộ gia đình hết "
                                              "bao nhiêu tiền?")
    ingest(app, faq, "xã Lại Sơn, huyện Kiên Hải, tỉnh Kiên Giang")
    assert "1.263.600" in ask(app, "mua bhyt ho gia dinh nguoi thu nhat dong bao nhieu mot nam").text


def test_a_transcripts_speaker_is_named_with_the_role_in_brackets():
    from knowledge.ingest import people_of
    said = "Ông Nguyễn Hoàng Phúc (Phó Trưởng phòng Lao động – Thương binh và Xã hội huyện): Năm nay huyện mở lớp."
    assert people_of(said) == [("Nguyễn Hoàng Phúc", "Phó Trưởng phòng Lao động – Thương binh và Xã hội huyện")]
    assert people_of("Ông Phạm Văn Út (học viên, xã Trường Long Tây): Hồi trước máy hư.") == []  # no office held


def test_a_council_questioning_session_named_in_the_title_is_what_its_facts_are_of():
    minutes = ("BIÊN BẢN PHIÊN CHẤT VẤN\n"
               "Thời gian, địa điểm: 8 giờ 00 phút ngày 20/3/2025, tại Hội trường UBND xã Long Trị.\n"
               "Toàn xã còn 58 hộ nghèo, chiếm 1,62%.")
    facts = draft_article(minutes, "Trang thông tin điện tử xã", "2025-03-20",
                          "xã Long Trị, thị xã Long Mỹ, tỉnh Hậu Giang").data["facts"]
    when = next(f for f in facts if "20/3/2025" in f["answer"])
    assert any("chất vấn" in k for k in when["keywords"])


def test_naming_no_place_another_places_close_fact_comes_after_ours_even_if_not_clear_among_its_own(app):
    ingest_eval(app, "tanhiep")
    text = ask(app, "phien gd viec lam co bn ng dk di xkld").text
    # ours first (those who registered to work abroad, not the 100 who came), then Tân Hiệp's, each said to be whose
    assert "34 người" in text and "58" in text and text.index("34 người") < text.index("58")


def test_a_years_start_is_a_moment_and_its_end_is_never_answered_with_it(app):
    speech = ("Phát biểu tại hội nghị tổng kết năm 2024\n"
              "Thưa các đồng chí, về giảm nghèo: đầu năm, toàn huyện có 512 hộ nghèo, chiếm 1,82%. Trong năm có 190 hộ "
              "thoát nghèo, nhưng cũng phát sinh 27 hộ nghèo mới. Đến nay, toàn huyện còn 368 hộ nghèo, tỷ lệ 1,3%, "
              "giảm 1,18% so với đầu năm.")
    facts = draft_article(speech, "Cổng TTĐT huyện", "2024-12-23", "huyện Bình Tân, tỉnh Vĩnh Long").data["facts"]
    assert [f["as_of_label"] for f in facts if f["values"]] == ["đầu năm 2024", "năm 2024", "năm 2024"]
    ingest(app, speech, "huyện Bình Tân, tỉnh Vĩnh Long", published="2024-12-23")
    assert "1,3" in ask(app, "ty le ho ngheo cuoi nam 2024 o binh tan la bao nhieu").text
    assert "512" in ask(app, "hồi đầu năm 2024 huyện Bình Tân có bao nhiêu hộ nghèo vậy").text


def test_an_infographics_label_naming_a_commune_by_its_kind_names_that_commune(app):
    from knowledge.ingest import _plain
    assert _plain("Xã có tỷ lệ hộ nghèo cao nhất: Vân Khánh Tây (6,8%)") == (
        "Xã có tỷ lệ hộ nghèo cao nhất: xã Vân Khánh Tây (6,8%)")
    assert _plain("Xã Phú Lợi: 148 hộ") == "Xã Phú Lợi: 148 hộ"
    ingest_eval(app, "anminh")
    assert "Vân Khánh Tây" in ask(app, "Xã nào ở An Minh có tỷ lệ hộ nghèo cao nhất năm 2024?").text


def test_review_what_is_not_a_task_a_table_or_a_named_commune_is_read_as_before(app):
    from knowledge.analysis import unit_asked
    from knowledge.ingest import _plain, people_of, read_article
    said = ("Báo cáo tổng kết năm 2024\n"
            "Kết quả này là tiền đề để huyện bước vào năm 2025. Toàn huyện còn 368 hộ nghèo.\n"
            "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n"
            "1. Lĩnh vực lao động\n"
            "Giải quyết việc làm cho 3.100 lao động.")
    titles = {f["answer"].split("{")[0]: f["title"]
              for f in draft_article(said, "Báo X", "2024-12-20", "huyện Bình Tân, tỉnh Vĩnh Long").data["facts"]}
    assert not any(t.startswith("Chỉ tiêu") for a, t in titles.items() if "368" in a or "Toàn huyện" in a)
    assert titles["Phương hướng, nhiệm vụ năm 2025: Giải quyết việc làm cho "].startswith("Chỉ tiêu năm 2025")
    assert _plain("Xã Long Bình: Năm 2024, xã giảm 20 hộ nghèo.") == "Xã Long Bình: Năm 2024, xã giảm 20 hộ nghèo."
    assert unit_asked("Có bao nhiêu thanh niên trong độ tuổi 18 đến 25?") != "tuoi"
    assert people_of("Ông Nguyễn Văn An (Chủ tịch UBND xã, 55 tuổi): Năm nay xã mở lớp.") == [
        ("Nguyễn Văn An", "Chủ tịch UBND xã")]
    table = ("Giảm nghèo bền vững | Báo Kiên Giang\n"
             "Huyện công bố kết quả.\n"
             "| Xã/thị trấn | Hộ thoát nghèo (kế hoạch) |\n"
             "|---|---|\n"
             "| Vĩnh Lợi | 120 |")
    assert read_article(table).sentences[1:] == ["Xã Vĩnh Lợi: 120 hộ thoát nghèo (kế hoạch)."]


# Written for these tests in the style of a commune's public list (figures invented).
HAMLET_LIST = """Công khai danh sách hộ nghèo, hộ cận nghèo năm 2025 xã Hòa Lợi

III. SỐ HỘ NGHÈO, HỘ CẬN NGHÈO THEO TỪNG ẤP

1. Ấp Kênh Tắc: 9 hộ nghèo (31 nhân khẩu); 16 hộ cận nghèo (58 nhân khẩu).
2. Ấp Giồng Dứa: 6 hộ nghèo (20 nhân khẩu); 11 hộ cận nghèo (40 nhân khẩu).

04 hộ cận nghèo phát sinh mới thuộc các ấp Kênh Tắc (3 hộ) và Giồng Dứa (1 hộ).
"""


def test_a_hamlets_row_is_one_statement_asked_by_the_hamlets_name(app):
    facts = ingest(app, HAMLET_LIST, "xã Hòa Lợi, huyện Châu Thành, tỉnh Trà Vinh", published="2025-01-06")
    [row] = [f for f in facts.values() if "16" in f["values"].values()]
    assert row["values"] == {"households": "9", "count": "31", "households_2": "16", "count_2": "58"}
    assert "Ấp Kênh Tắc" in row["answer"] and any("Ấp Kênh Tắc" in q and "cận nghèo" in q for q in row["questions"])
    assert answers_with(app, "Ấp Giồng Dứa có bao nhiêu hộ cận nghèo?", "11 hộ cận nghèo")


def test_a_hamlet_no_fact_names_gets_no_communes_rate_and_áp_dụng_names_no_hamlet(app):
    ingest(app, HAMLET_LIST + "Theo chuẩn nghèo mới, tỷ lệ hộ nghèo của xã còn 2,1%.\n",
           "xã Hòa Lợi, huyện Châu Thành, tỉnh Trà Vinh", published="2025-01-06")
    assert ask(app, "Tỷ lệ hộ nghèo của ấp Đại Thọ là bao nhiêu phần trăm?").status != "answered"
    assert answers_with(app, "Xã Hòa Lợi áp dụng chuẩn nghèo mới thì tỷ lệ hộ nghèo còn bao nhiêu phần trăm?", "2,1%")


# Written for these tests about a district no list holds (names and figures invented).
UNLISTED = """Thông báo tuyển sinh học nghề năm 2026 của huyện Thạnh Hòa

Trung tâm Giáo dục nghề nghiệp huyện Thạnh Hòa nhận hồ sơ đến hết ngày 06/3/2026.
Năm 2026, Trung tâm tuyển sinh 8 lớp với 245 học viên.
Học viên thuộc hộ nghèo được hỗ trợ học phí tối đa 3.000.000 đồng/người/khóa học.
Lớp may công nghiệp mở tại xã Tân Lộc với 35 học viên.
"""


def test_a_place_no_list_holds_is_a_place_of_its_province_asked_by_its_name(app):
    ingest(app, UNLISTED, "huyện Thạnh Hòa, tỉnh Sóc Trăng", source="Trung tâm GDNN huyện Thạnh Hòa",
           published="2026-01-12")
    assert answers_with(app, "nam nay tuyen bao nhieu hoc vien hoc nghe o thanh hoa soc trang", "245")
    assert answers_with(app, "Huyện Thạnh Hòa năm 2026 tuyển sinh mấy lớp?", "8 lớp")
    # (and so is a commune its facts name, no xã Tân Lộc lying in Sóc Trăng: the asker's home, the district's rule)
    assert answers_with(app, "Nhà tui hộ nghèo ở Tân Lộc, đi học nghề thì được hỗ trợ học phí tối đa bao nhiêu?",
                        "3.000.000")


# Written for these tests (names and figures invented).
COMMENDED = """Huyện Phước Long tổng kết công tác lao động năm 2024

Theo ông Trần Văn Lâm, Trưởng phòng Lao động - Thương binh và Xã hội huyện, năm 2024 toàn huyện có 3 Mẹ Việt Nam anh \
hùng còn sống. Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 5 tập thể và 9 cá nhân.

Hai lao động tiêu biểu được tuyên dương là anh Nguyễn Văn Tâm và chị Lê Thị Hoa, mỗi người nhận 2 triệu đồng.
"""


def test_the_names_of_several_people_counted_are_given_only_by_a_fact_naming_them(app):
    ingest(app, COMMENDED, "huyện Phước Long, tỉnh Bạc Liêu", published="2024-12-20")
    assert ask(app, "9 cá nhân được tặng giấy khen là những ai?").status != "answered"  # their count, not who
    assert ask(app, "Ba Mẹ Việt Nam anh hùng còn sống ở Phước Long tên là gì?").status != "answered"
    assert answers_with(app, "2 lao động được tuyên dương ở Phước Long là những ai?", "Nguyễn Văn Tâm", "Lê Thị Hoa")
    assert answers_with(app, "Trưởng phòng Lao động huyện Phước Long tên gì?", "Trần Văn Lâm")  # one name: as before


def test_what_a_figure_counts_is_said_whole_though_long(app):
    facts = ingest(app, "Thới Bình: ngày hội việc làm\n\nTại ngày hội, 96 người trúng tuyển tại chỗ và 35 người "
                        "đăng ký tham gia đi làm việc ở nước ngoài.\n", "huyện Thới Bình, tỉnh Cà Mau",
                   published="2024-10-10")
    [fair] = [f for f in facts.values() if "35" in f["values"].values()]
    assert any("đăng ký tham gia đi làm việc ở nước ngoài" in q for q in fair["questions"])


def test_naming_no_place_which_of_the_counted_are_asked_is_said_by_another_places_fact_not_ours(app):
    ingest(app, "Vĩnh Hưng: phiên giao dịch việc làm\n\nTại phiên giao dịch việc làm ngày 22/3/2025, 138 lao động được "
                "phỏng vấn trực tiếp, 57 người nhận việc ngay.\n", "huyện Vĩnh Hưng, tỉnh Long An",
           published="2025-03-25")
    # Long Mỹ's "phiên giao dịch việc làm, có 100 lao động tham gia" counts those who came, not those hired
    reply = ask(app, "Phiên giao dịch việc làm có bao nhiêu người nhận việc tại chỗ?")
    assert "100 lao động" not in reply.text and "57 người nhận việc" in reply.text
    assert answers_with(app, "phiên giao dịch việc làm có bao nhiêu người tham gia", "100 lao động")  # as before


def test_a_person_asked_in_one_role_may_be_said_to_speak_to_another(app):
    ingest(app, "Châu Thành A: đào tạo nghề\n\nPV: Năm nay huyện mở nhiều lớp nghề.\n\nÔng Nguyễn Hoàng Phúc (Phó "
                "Trưởng phòng Lao động – Thương binh và Xã hội huyện Châu Thành A): Năm nay huyện mở 38 lớp "
                "đào tạo nghề.\n",
           "huyện Châu Thành A, tỉnh Hậu Giang", published="2024-10-14")
    # "phóng viên" is whom he answered, not a role he holds
    assert answers_with(app, "Ai là Phó Trưởng phòng Lao động huyện Châu Thành A trả lời phóng viên?",
                        "Nguyễn Hoàng Phúc")


# Written for these tests in the style of a district office's notice (names and figures invented).
SIGNED_NOTICE = """Thông báo tổ chức ngày hội việc làm năm 2024 huyện Cầu Kè

Phòng Lao động - Thương binh và Xã hội huyện Cầu Kè phối hợp tổ chức ngày hội việc làm với 12 doanh nghiệp tham gia.

TM. ỦY BAN NHÂN DÂN HUYỆN
KT. TRƯỞNG PHÒNG – PHÓ TRƯỞNG PHÒNG
Thạch Văn Nhã
"""


def test_a_documents_signature_block_says_who_signed_it_and_in_what_role(app):
    facts = ingest(app, SIGNED_NOTICE, "huyện Cầu Kè, tỉnh Trà Vinh", published="2024-05-02")
    assert not any("ỦY BAN NHÂN DÂN HUYỆN" in f["answer"] for f in facts.values())  # no statement
    author = next(f for f in facts.values() if f["id"].endswith(".author"))
    assert "Phó trưởng phòng Thạch Văn Nhã ký" in author["answer"]
    assert answers_with(app, "Ai ký thông báo tổ chức ngày hội việc làm ở Cầu Kè?", "Thạch Văn Nhã")


def test_when_something_happens_a_plans_day_answers_only_what_nothing_done_does(app):
    ingest(app, "Thủy Đông: phiên giao dịch việc làm\n\nPhiên giao dịch việc làm lưu động dự kiến tổ chức ngày "
                "21/2/2025 tại xã Thủy Đông với 10 doanh nghiệp tham gia.\n",
           "xã Thủy Đông, huyện Thạnh Hóa, tỉnh Long An",
           published="2025-02-10")
    assert answers_with(app, "Phiên giao dịch việc làm lưu động ở xã Thủy Đông tổ chức vào ngày nào?", "21/2/2025")
    ingest(app, "Cái Bè: phiên giao dịch việc làm\n\nNgày 7/3/2024, tại thị trấn Cái Bè, huyện tổ chức phiên giao dịch "
                "việc làm lưu động với 15 doanh nghiệp tham gia. Huyện dự kiến tổ chức 6 phiên giao dịch "
                "việc làm lưu động "
                "trong năm; phiên tiếp theo sẽ diễn ra ngày 11/4/2024.\n", "huyện Cái Bè, tỉnh Tiền Giang",
           published="2024-03-08")
    assert answers_with(app, "Phiên giao dịch việc làm lưu động ở Cái Bè tổ chức ngày nào?", "7/3/2024")


def test_a_statement_longer_than_an_answer_may_be_ends_where_it_fits_with_its_figures_so_far():
    from knowledge.facts import MAX_ANSWER_CHARS, parse_facts
    run_on = " ".join(f"Xã số {n} có {n * 7} hộ nghèo và {n * 3} hộ cận nghèo theo kết quả rà soát cuối năm"
                      for n in range(1, 40))  # a page pasted without a full stop
    drafted = draft_article(f"Kết quả rà soát\n\n{run_on}.", "Báo Hậu Giang", "2024-01-12",
                            "huyện Long Mỹ, tỉnh Hậu Giang")
    [long] = [f for f in drafted.data["facts"] if f["answer"].endswith("…")]
    assert len(long["answer"]) <= MAX_ANSWER_CHARS and all(f"{{{name}}}" in long["answer"] for name in long["values"])
    parse_facts(drafted.data, {f["topic"] for f in drafted.data["facts"]})  # a facts file the schema accepts


def test_the_end_of_a_ranking_asked_is_never_answered_with_the_other_end(app):
    ingest(app, "Bình Tân: giảm nghèo năm 2024\n\nThị trấn Tân Quới có tỷ lệ hộ nghèo thấp nhất, chỉ 0,6%. Trong khi "
                "xã Mỹ Thuận vẫn còn tỷ lệ cao nhất huyện với 2,4%. Huyện phấn đấu giảm ít nhất 100 hộ nghèo.\n",
           "huyện Bình Tân, tỉnh Vĩnh Long", published="2024-12-23")
    highest = ask(app, "Xã nào có tỷ lệ hộ nghèo cao nhất huyện Bình Tân?")  # (its sentence names no "hộ nghèo")
    assert "cao nhất" in highest.text and "Tân Quới" not in highest.text
    assert answers_with(app, "xa nao o binh tan co ty le ho ngheo thap nhat", "Tân Quới")
    # another ranking ranks something else; a count is no ranking; "ít nhất 100" is at least
    ingest(app, "Bình Tân: lao động\n\nXã Tân Bình có số lao động đi làm việc ở nước ngoài nhiều nhất huyện với 30 "
                "người. Xã Mỹ An có 210 hộ nghèo.\n", "huyện Bình Tân, tỉnh Vĩnh Long", published="2024-12-23")
    assert "30 người" not in ask(app, "Xã nào ở Bình Tân có nhiều hộ nghèo nhất?").text
    assert ask(app, "Xã nào ở Bình Tân có ít lao động đi làm việc ở nước ngoài nhất?").status != "answered"
    assert answers_with(app, "Bình Tân phấn đấu giảm ít nhất bao nhiêu hộ nghèo?", "100")


def test_naming_no_place_ours_is_answered_first_though_another_places_fact_explains_more(app):
    ingest(app, "Bến Lức: bản tin lao động\n\nTrong tháng, Phòng phối hợp Trung tâm Dịch vụ việc làm tỉnh tổ chức 2 "
                "phiên giao dịch việc làm lưu động tại xã Thạnh Đức và thị trấn Bến Lức, thu hút 415 lượt người "
                "tham gia.\n",
           "huyện Bến Lức, tỉnh Long An", published="2023-11-03")
    text = ask(app, "phiên gd vl có bn ng tham gia z").text
    assert "100 lao động" in text and "415" in text and text.index("100 lao động") < text.index("415")


def test_the_house_just_named_is_its_residents(app):
    ingest(app, "Tân Phú Đông bàn giao nhà tình nghĩa\n\nCăn nhà đầu tiên được trao là nhà tình nghĩa của bà Lê Thị "
                "Nhanh (85 tuổi), mẹ liệt sĩ, ở ấp Thạnh Hòa, xã Phú Thạnh. Căn nhà rộng 60 m², tổng giá trị 95 triệu "
                "đồng.\n\n"
                "Căn nhà thứ hai được trao cho ông Nguyễn Văn Sáu ở xã Tân Thới. Căn nhà rộng 72 m², trị giá 90 triệu "
                "đồng.\n", "huyện Tân Phú Đông, tỉnh Tiền Giang", published="2023-07-24")
    assert answers_with(app, "nha tinh nghia cua ba Le Thi Nhanh rong bao nhieu m2", "60 m")
    assert answers_with(app, "Nhà của ông Nguyễn Văn Sáu rộng bao nhiêu mét vuông?", "72 m")


def test_an_occasion_asked_is_never_answered_with_anothers_gifts(app):
    ingest(app, "Duyên Hải: chăm lo Tết\n\nDịp Tết Nguyên đán Giáp Thìn, huyện trao 2.140 suất quà cho gia đình "
                "chính sách, mỗi suất 500.000 đồng.\n", "huyện Duyên Hải, tỉnh Trà Vinh", published="2024-02-05")
    assert "2.140" not in ask(app, "Nhân ngày Thương binh Liệt sĩ 27/7 huyện Duyên Hải tặng bao nhiêu suất quà?").text
    assert analyse("Tết thiếu nhi huyện Duyên Hải tặng bao nhiêu phần quà?").occasions == set()  # (1/6, not Tết's)
    assert "6.839" not in ask(app, "dịp 27/7 năm nay huyện mình tặng bn suất quà").text  # nor ours, of Tết
    assert answers_with(app, "Tết năm nay huyện Duyên Hải tặng bao nhiêu suất quà?", "2.140")


def test_what_all_get_each_month_is_no_amount_for_each_one(app):
    ingest(app, "Mang Thít: người khuyết tật\n\nToàn huyện có 1.186 người khuyết tật nặng và đặc biệt nặng đang hưởng "
                "trợ cấp xã hội hằng tháng, với kinh phí chi trả hơn 1,1 tỷ đồng mỗi tháng.\n",
           "huyện Mang Thít, tỉnh Vĩnh Long", published="2023-12-04")
    each = ask(app, "Mức trợ cấp hằng tháng cho người khuyết tật đặc biệt nặng ở Mang Thít là bao nhiêu tiền?")
    assert each.status != "answered" and "số tiền cho mỗi người" in each.text
    assert answers_with(app, "Mỗi tháng huyện Mang Thít chi trả trợ cấp cho người khuyết tật hết bao nhiêu tiền?",
                        "1,1 tỷ")
    ingest(app, "Vũng Liêm: trợ cấp\n\nNgười khuyết tật đặc biệt nặng được hưởng trợ cấp với số tiền 720.000 "
                "đồng/tháng.\n",
           "huyện Vũng Liêm, tỉnh Vĩnh Long", published="2023-12-04")  # each one's, said "số tiền"
    assert answers_with(app, "Mức trợ cấp cho người khuyết tật đặc biệt nặng ở Vũng Liêm là bao nhiêu tiền?", "720.000")


def test_a_sentence_going_on_with_the_one_before_is_of_what_that_one_ranked(app):
    ingest(app, "Châu Thành: bảo hiểm y tế\n\nTheo báo cáo, xã Tân Thạch dẫn đầu huyện về tỷ lệ bao phủ BHYT với "
                "96,72%, kế đến là thị trấn Châu Thành với 95,08%. Ngược lại, xã An Hiệp có tỷ lệ thấp nhất huyện, chỉ "
                "đạt 88,14%, xã Sơn Hòa đạt 88,9%.\n", "huyện Châu Thành, tỉnh Bến Tre", published="2024-01-19")
    assert answers_with(app, "Xã nào ở Châu Thành có tỷ lệ bao phủ BHYT thấp nhất?", "An Hiệp")
    assert answers_with(app, "xã Sơn Hòa tỷ lệ người có thẻ bảo hiểm y tế được bao nhiêu phần trăm", "88,9")


def test_a_decision_signed_before_its_appendix_says_who_signed_it(app):
    decision = ("Quyết định về việc phân bổ kinh phí quà Tết năm 2024\nTân Phước, ngày 12 tháng 01 năm 2024\n\n"
                "Điều 1. Phân bổ kinh phí tặng quà Tết cho các đối tượng chính sách với tổng số tiền là 1.063.750.000 "
                "đồng.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVõ Thị Ngọc Hạnh\n\nPHỤ LỤC\n"
                "Thị trấn Mỹ Phước: 84 suất quà cho người có công, 42.000.000 đồng.\n")
    facts = ingest(app, decision, "huyện Tân Phước, tỉnh Tiền Giang", published="2024-01-12")
    author = next(f for f in facts.values() if f["id"].endswith(".author"))
    assert "Phó chủ tịch Võ Thị Ngọc Hạnh ký" in author["answer"]
    assert not any("PHÓ CHỦ TỊCH" in f["answer"] for f in facts.values())
    assert answers_with(app, "Ai ký quyết định phân bổ kinh phí quà Tết của huyện Tân Phước?", "Võ Thị Ngọc Hạnh")
    # (the appendix may end with a total, and the signer be written in capitals)
    ending = decision.replace("Võ Thị Ngọc Hạnh", "VÕ THỊ NGỌC HẠNH") + "Tổng cộng: 1.063.750.000\n"
    assert "Phó chủ tịch Võ Thị Ngọc Hạnh ký" in draft_article(ending, "Cổng", "2024-01-12").data["facts"][-1]["answer"]
    # a speech's heading in capitals over its opening words is no signature
    speech = "Bài phát biểu tổng kết năm 2024\n\nCHỦ TỊCH UBND HUYỆN PHÁT BIỂU\nKính thưa các đồng chí\n\nNăm 2024 " \
             "huyện giải quyết việc làm cho 2.150 lao động.\n"
    assert not any(f["id"].endswith(".author") for f in draft_article(speech, "Cổng", "2024-12-20").data["facts"])


def test_whether_a_group_is_entitled_is_said_of_that_group(app):
    ingest(app, "An Minh: an sinh xã hội 2024\n\nThẻ bảo hiểm y tế cấp miễn phí: 24.600 thẻ\n",
           "huyện An Minh, tỉnh Kiên Giang", published="2024-12-30")
    entitled = ask(app, "Người cận nghèo ở An Minh thì có được phát thẻ bảo hiểm y tế miễn phí hông?")
    assert entitled.status != "answered" and "24.600" not in entitled.text
    assert answers_with(app, "An Minh cấp bao nhiêu thẻ bảo hiểm y tế miễn phí?", "24.600")


def test_a_tables_row_of_bare_numbers_is_its_communes_statement(app):
    appendix = "\n".join(["Phân bổ kinh phí quà Tết năm 2024", "", "PHÂN BỔ KINH PHÍ TẶNG QUÀ TẾT THEO XÃ, THỊ TRẤN",
                          "Đơn vị tính: đồng.",
                          "1. Thị trấn Mỹ Phước: NCC: 84 (42.000.000); hộ nghèo: 12 (4.800.000); cộng: 46.800.000.",
                          "2. Xã Thạnh Mỹ: NCC: 39 (19.500.000); hộ nghèo: 22 (8.800.000); cộng: 28.300.000.", ""])
    facts = ingest(app, appendix, "huyện Tân Phước, tỉnh Tiền Giang", published="2024-01-12")
    rows = {f["place"]: f["answer"] for f in facts.values() if "NCC" in f["answer"]}
    assert "hộ nghèo: 22 (8.800.000)" in rows["xã Thạnh Mỹ, huyện Tân Phước, tỉnh Tiền Giang"]
    headless = appendix.replace("PHÂN BỔ KINH PHÍ TẶNG QUÀ TẾT THEO XÃ, THỊ TRẤN\n", "")  # (its title the row's own)
    titles = [f["title"] for f in draft_article(headless, "Cổng", "2024-01-12", "huyện Tân Phước, tỉnh Tiền Giang"
                                                ).data["facts"] if "Thạnh Mỹ" in f["title"]]
    assert titles and all(title.count("Thạnh Mỹ") == 1 for title in titles)
    assert answers_with(app, "Xã Thạnh Mỹ được phân bổ bao nhiêu tiền quà Tết?", "28.300.000")


def test_a_comrade_named_with_his_role_is_an_official():
    from knowledge.ingest import people_of
    assert people_of("Bài phát biểu của đồng chí Trần Minh Khải, Chủ tịch UBND huyện") == [
        ("Trần Minh Khải", "Chủ tịch UBND huyện")]


def test_a_ranking_said_in_two_clauses_is_of_what_the_first_one_ranks(app):
    ingest(app, "Châu Thành: BHXH, BHYT năm 2023\n\nVề BHXH tự nguyện, xã Tam Phước có số người tham gia nhiều nhất "
                "với 486 người; xã Phước Thạnh thấp nhất, chỉ 112 người.\n", "huyện Châu Thành, tỉnh Bến Tre",
           published="2024-01-19")
    assert answers_with(app, "Bảo hiểm xã hội tự nguyện ở Châu Thành thì xã nào ít người tham gia nhất vậy?",
                        "Phước Thạnh")
    assert analyse("Xã nào có nhiều người tham gia BHXH tự nguyện nhất huyện?").extremes == {"most"}  # (BHXH: 1 word)
    assert analyse("Xã nào có nhiều hộ nghèo nhưng tỷ lệ thoát nghèo thấp nhất huyện?").extremes == {"least"}


def test_a_part_of_a_quoted_count_is_not_answered_with_the_count_itself(app):
    ingest(app, "Châu Thành A: lao động\n\nTrong năm, huyện có 47 người đi làm việc ở nước ngoài theo hợp đồng, chủ yếu "
                "sang Nhật Bản, Hàn Quốc và Đài Loan.\n", "huyện Châu Thành A, tỉnh Hậu Giang", published="2024-10-14")
    part = ask(app, "Trong 47 người ở Châu Thành A đi xuất khẩu lao động có bao nhiêu người đi Hàn Quốc?")
    assert part.status != "answered"
    assert analyse("Dịp 27/7 năm 2023 bàn giao mấy căn nhà, mỗi căn ảnh 4x6?").quoted == set()  # a day, a size
    assert answers_with(app, "Năm nay Châu Thành A có bao nhiêu người đi làm việc ở nước ngoài?", "47")
    # a count no fact says is of other workers than the 47: asked a part of it, they are not answered either
    other = ask(app, "Trong 52 người ở Châu Thành A đi xuất khẩu lao động có bao nhiêu người đi Nhật?")
    assert other.status != "answered"
    assert analyse("6 tháng đầu năm, quý 1 có hơn 500 hộ, phường 7 bao nhiêu hộ").quoted == set()  # (which, rough)


def test_a_list_items_employer_is_what_its_wage_and_deadline_are_of(app):
    bulletin = ("Bản tin thị trường lao động Sa Đéc tháng 9/2023\n\nNHU CẦU TUYỂN DỤNG\n"
                "1. Công ty TNHH Vận tải Minh Trí – Quốc lộ 80, phường An Hòa. Tuyển 6 tài xế bằng lái hạng C. Lương "
                "12–14 triệu đồng/tháng. Hạn nộp hồ sơ: 30/9/2023.\n"
                "2. Cơ sở hoa kiểng Sáu Lộc – làng hoa xã Tân Khánh Đông. Tuyển 12 lao động thời vụ. Tiền công 250.000 "
                "đồng/ngày. Hạn nộp hồ sơ: 25/9/2023.\n")
    ingest(app, bulletin, "thành phố Sa Đéc, tỉnh Đồng Tháp", published="2023-09-05")
    assert answers_with(app, "tiền công ở cơ sở hoa kiểng Sáu Lộc ở Sa Đéc bao nhiêu một ngày", "250.000")
    deadline = ask(app, "Công ty Vận tải Minh Trí ở Sa Đéc nhận hồ sơ đến ngày nào?")
    assert deadline.status == "answered" and "30/9/2023" in deadline.text and "25/9/2023" not in deadline.text
    assert "Minh Trí" in deadline.text  # (whose deadline it is, said)


DONORS = ("Xã Phú Lộc: danh sách ủng hộ năm 2024\n\nBan Vận động công bố danh sách ủng hộ như sau.\n\n"
          "DANH SÁCH ỦNG HỘ QUỸ \"VÌ NGƯỜI NGHÈO\" XÃ PHÚ LỘC NĂM 2024\n\nI. Doanh nghiệp\n"
          "1. Công ty TNHH Gạo Thành Tín: 12.000.000 đồng\n2. Cơ sở nước đá Bảy Hiền: 4.000.000 đồng\n"
          "II. Cá nhân, cơ sở tôn giáo\n1. Chùa Phước Long (ấp Phú Hòa): 6.500.000 đồng\n"
          "2. Bà Lê Thị Hoa (Việt kiều Úc): 300 USD, quy đổi 7.200.000 đồng\n"
          "3. Ông Lâm Văn Tám (ấp Phú Thạnh): 2.000.000 đồng\n4. Ông Trần Văn Út: 1.500.000 đồng\n"
          "III. Bà con các ấp\n1. Ấp Phú Hòa: 3.100.000 đồng\n2. Ấp Phú Thạnh: 4.250.000 đồng\n"
          "3. Ấp Phú Lợi: 2.800.000 đồng\nCộng: 10.150.000 đồng\n")


def test_a_donor_list_is_asked_by_each_donors_name_under_the_lists_own_heading(app):
    facts = ingest(app, DONORS, "xã Phú Lộc, huyện Thạnh Trị, tỉnh Sóc Trăng", published="2024-11-20")
    temple = next(f for f in facts.values() if f["answer"].startswith("Chùa Phước Long"))
    assert temple["title"].startswith("Chùa Phước Long") and any("Chùa Phước Long" in q for q in temple["questions"])
    assert any(k.startswith("DANH SÁCH ỦNG HỘ") for k in temple["keywords"])  # (the list its part "II." is of)
    assert answers_with(app, "chùa Phước Long ủng hộ quỹ vì người nghèo ở Phú Lộc bao nhiêu", "6.500.000")
    assert answers_with(app, "Cái cơ sở nước đá Bảy Hiền ở Phú Lộc bỏ ra bao nhiêu giúp người nghèo?", "4.000.000")
    assert ask(app, "Ấp Phú Hòa ở Phú Lộc góp bao nhiêu tiền?").text.count("3.100.000") == 1  # (its line said once)
    # ("giúp" reads as "hỗ trợ", whose "hỗ" folds as "hộ" does: no households are counted)
    assert analyse("Nhà máy bỏ ra bao nhiêu giúp người nghèo?").unit is None


def test_a_lists_lead_is_said_of_each_of_its_clauses(app):
    ingest(app, "Gò Công: vốn chính sách\n\nĐến 30/6/2024, dư nợ đạt 402,5 tỷ đồng. Trong 6 tháng, doanh số cho vay "
                "đạt 98,4 tỷ đồng, gồm cho vay học sinh, sinh viên 3,2 tỷ đồng và nước sạch 21,7 tỷ đồng.\n\n"
                "Dư nợ tập trung vào các chương trình: hộ nghèo 40,2 tỷ đồng với 950 hộ; học sinh, sinh viên 9,8 tỷ "
                "đồng với 260 hộ; nước sạch 51,3 tỷ đồng với 6.100 khách hàng.\n", "thị xã Gò Công, tỉnh Tiền Giang",
           published="2024-07-10")
    assert answers_with(app, "chương trình nước sạch ở Gò Công còn dư nợ bao nhiêu", "51,3")
    both = ask(app, "Ở Gò Công dư nợ cho vay hộ nghèo là bao nhiêu?").text
    assert "40,2 tỷ đồng với 950 hộ; học sinh, sinh viên 9,8" in both  # (its lead said once, before the first)


def test_a_commune_we_hold_facts_of_is_known_by_its_bare_name(app):
    ingest(app, "Cần Đước: đào tạo nghề năm 2024\n\nNăm 2024, huyện mở 41 lớp nghề với 1.120 học viên. Trong đó, xã "
                "Long Hựu Đông mở 4 lớp nghề với 118 học viên.\n", "huyện Cần Đước, tỉnh Long An", published="2024-12-20")
    assert answers_with(app, "Long Hựu Đông mở mấy lớp nghề, bao nhiu học viên?", "4 lớp", "118")  # (not our 8, 200)
    assert "8 lớp" not in ask(app, "Long Hựu Đông đăng ký được mấy lớp đào tạo nghề").text
    assert answers_with(app, "Huyện mình đăng ký được mấy lớp đào tạo nghề?", "8 lớp")  # (naming none: ours)


def test_a_lead_is_not_carried_to_a_clause_labelled_itself_nor_who_says_it(app):
    ingest(app, "Cờ Đỏ: quà cho người có công\n\nTặng quà Tết Tân Sửu: 3.460 phần quà; dịp 27/7: 3.285 phần quà.\n\n"
                "Ông Lý Minh Sang cho biết: năm 2024 có 81 hộ thoát nghèo; 40 hộ thoát cận nghèo.\n",
           "huyện Cờ Đỏ, thành phố Cần Thơ", published="2024-12-02")
    gifts = ask(app, "Dịp 27/7 Cờ Đỏ tặng bao nhiêu phần quà?").text
    assert "3.285" in gifts and "Tết Tân Sửu: dịp" not in gifts
    assert "cho biết: 40 hộ" not in ask(app, "Cờ Đỏ có bao nhiêu hộ thoát cận nghèo năm 2024?").text


def test_a_count_quoted_is_of_what_is_asked_and_said_exactly(app):
    assert analyse("Trong số 47 người đi xkld có bao nhiêu người đi Hàn Quốc?").quoted == {47}
    assert analyse("Trong 2.000 người có bao nhiêu người đi Nhật?").quoted == {2000}  # (a count, not a year)
    assert analyse("quý 1 phiên giao dịch việc làm có bao nhiêu lao động").quoted == set()  # (which session)
    assert answers_with(app, "Nhà tôi 5 người thì huyện có bao nhiêu hộ cận nghèo?", "584")  # (the asker's own 5)


def test_a_paragraphs_numbered_item_is_said_of_each_of_its_statements_and_asked_by_its_number(app):
    facts = ingest(app, "Mỹ Tú: sơ kết chương trình giảm nghèo\n\nDự án 1 (hỗ trợ hạ tầng): huyện được phân bổ "
                        "24,75 tỷ đồng để xây 11 công trình. Đến nay đã có 7 công trình hoàn thành, giải ngân 16,3 "
                        "tỷ đồng; các công trình còn lại dự kiến hoàn thành trong quý IV/2023.\n\nDự án 2 (đa dạng "
                        "hóa sinh kế): vốn 3,12 tỷ đồng, với 186 hộ tham gia; giải ngân 1,04 tỷ đồng.\n\nDự án 3 "
                        "(phát triển sản xuất): Tiểu dự án 1 được giao 4,36 tỷ đồng; giải ngân 2,18 tỷ đồng.\n",
                   "huyện Mỹ Tú, tỉnh Sóc Trăng", published="2023-07-18")
    [done] = [f for f in facts.values() if f.get("values", {}).get("amount") == "16,3"]
    assert "Dự án 1" in done["keywords"] and not done["title"].startswith("Chỉ tiêu")  # (done, no target)
    assert not any(f["title"].startswith(":") or k.startswith(":") for f in facts.values() for k in f["keywords"])
    assert answers_with(app, "Dự án 1 ở Mỹ Tú đã giải ngân được bao nhiêu tiền?", "16,3")
    assert "4,36" not in ask(app, "Dự án 2 ở Mỹ Tú được giao bao nhiêu vốn?").text  # (Dự án 3's Tiểu dự án 1)
    assert "2,18" not in ask(app, "Dự án 1 ở Mỹ Tú giải ngân bao nhiêu tỷ?").text
    assert analyse("du an 2 giai ngan bn").items == {("du an", "2")}
    assert analyse("Nghị định số 76/2024 tăng bao nhiêu?").items == {("nghi dinh", "76")}
    assert analyse("Kế hoạch 2024 mỗi tổ 5 người được bao nhiêu?").items == set()  # (a year, a count)


def test_a_quoted_count_is_answered_only_by_a_part_of_it(app):
    ingest(app, "Phú Quốc: lao động mất việc\n\nCó 23 lao động đăng ký đi làm việc ở nước ngoài theo hợp đồng, "
                "11 người đã xuất cảnh sang Nhật Bản và Hàn Quốc.\n", "thành phố Phú Quốc, tỉnh Kiên Giang",
           published="2023-10-19")
    assert ask(app, "Trong 11 người đã xuất cảnh ở Phú Quốc có bao nhiêu người sang Hàn Quốc?").status != "answered"
    assert answers_with(app, "Trong 23 lao động đăng ký ở Phú Quốc có bao nhiêu người đã xuất cảnh?", "11 người")


def test_a_company_asked_by_its_name_is_not_answered_by_a_list_of_others(app):
    ingest(app, "Bạc Liêu: kiểm tra an toàn lao động\n\nTại Công ty TNHH Chế biến thủy sản Hải Đăng (Khu công "
                "nghiệp Trà Kha), đơn vị đông lao động nhất với 684 người, đoàn phát hiện 4 bình chứa môi chất lạnh "
                "đã hết hạn kiểm định.\n\n3 doanh nghiệp còn lại chấp hành tốt là Công ty CP May Phước Thịnh (phường "
                "7) với 520 lao động, Công ty TNHH Thức ăn thủy sản Việt Tân (Khu công nghiệp Trà Kha) và Công ty "
                "TNHH In bao bì Minh Khang (phường 8).\n", "thành phố Bạc Liêu, tỉnh Bạc Liêu", published="2022-10-12")
    hai_dang = ask(app, "Công ty thủy sản Hải Đăng ở khu công nghiệp Trà Kha có bao nhiu lao đông?")
    assert hai_dang.status != "answered", hai_dang.text  # (the two close: offered, never the others' list passed off)
    assert any("Đơn vị đông lao động nhất" in c.label for c in hai_dang.choices)  # (its own statement offered)
    assert analyse("Cty Giày da Hưng Phát tuyển mấy người").companies == {"giay", "hung", "phat"}
    assert analyse("Công ty may ở KCN Long Giang cần tuyển mấy người").companies == set()  # (where it is, no name)


def test_naming_no_place_a_count_is_the_articles_place_before_one_of_its_communes(app):
    ingest_eval(app, "phutancm")  # (a district's allowance schedule, commune by commune)
    assert answers_with(app, "Đối tượng bảo trợ xã hội khác, không tính người cao tuổi, có bao nhiêu người và "
                        "tổng tiền bao nhiêu?", "2.829")
    assert answers_with(app, "Thị trấn Cái Đôi Vàm có bao nhiêu người nhận?", "724")  # (named, the commune's own)


def test_a_year_said_in_brackets_dates_a_statement_and_now_asks_the_latest(app):
    facts = ingest(app, "Mỹ Tú: sơ kết giảm nghèo\n\nKết quả rà soát theo chuẩn nghèo đa chiều giai đoạn 2022 - "
                        "2025, đầu kỳ (cuối năm 2021) toàn huyện có 2.946 hộ nghèo, chiếm 7,04% và 3.418 hộ cận "
                        "nghèo, chiếm 8,17% tổng số hộ dân. Qua rà soát cuối năm 2022, số hộ nghèo giảm còn 2.021 "
                        "hộ, tỷ lệ 4,79%; hộ cận nghèo còn 2.874 hộ, tỷ lệ 6,81%.\n", "huyện Mỹ Tú, tỉnh Sóc Trăng",
                   published="2023-07-18")
    assert [f["as_of"] for f in facts.values() if "2.946" in f.get("values", {}).values()] == ["2021-12-31"]
    assert answers_with(app, "ty le ho can ngheo o my tu hien nay la bao nhieu phan tram", "6,81")


def test_a_term_typed_short_weighs_more_than_one_word(app):
    ingest_eval(app, "chauthanhkg")  # ("… trong đó 31 người đi làm việc ở nước ngoài theo hợp đồng")
    assert "31 người" in ask(app, "xkld năm 2023 huyện mình đi dc bao nhiu ng vậy ad").text


def test_a_household_asked_by_name_is_not_answered_with_anothers_line(app):
    ingest_eval(app, "tanthuandong")  # (a hamlet's minutes, household by household)
    hung = ask(app, "Hộ ông Đỗ Văn Hùng thu nhập bình quân bao nhiêu?")
    assert not (hung.status == "answered" and "Trần Văn Tư" in hung.text), hung.text
    assert "Nguyễn Văn Lợi" in ask(app, "Ai phản ánh hộ ông Huỳnh Văn Đực có ruộng cho thuê?").text  # (who: another)


def test_a_forwarded_notice_is_read_whole_and_a_deadline_soon_after_the_message_is_this_years(app):
    facts = ingest(app, "Nhóm Zalo ấp Trà Mòn: trưởng ấp chuyển thông báo\n\n[07:38] Trưởng ấp:\nChào bà con, hồ sơ nộp "
                        "cho tui trễ nhất ngày 21/3 nha.\n\n--- Tin chuyển tiếp ---\nTHÔNG BÁO\nXây mới nhà ở cho hộ "
                        "nghèo được hỗ trợ 60 triệu đồng/căn.\n--- Hết tin chuyển tiếp ---\n\n[07:50] Anh Hùng: dạ rõ.\n",
                   "xã Trà Côn, huyện Trà Ôn, tỉnh Vĩnh Long", published="2025-03-14")
    answers = [f["answer"] for f in facts.values()]
    assert any("21/3/2025" in answer for answer in answers), answers  # (not last year's 21/3)
    assert answers_with(app, "Xã Trà Côn hỗ trợ hộ nghèo xây mới nhà bao nhiêu tiền một căn?", "60 triệu")
    # a line of dashes still ends the article: what follows is the page's footer
    for rule in ("---", "--- Bài viết liên quan ---"):
        footer = ingest(app, f"Tin ngắn Trà Ôn\n\nHuyện có 120 hộ nghèo được tặng quà.\n{rule}\nNguồn: 35 lượt xem\n",
                        "huyện Trà Ôn, tỉnh Vĩnh Long")
        assert not any("lượt xem" in f["answer"] for f in footer.values())


def test_an_amount_asked_each_month_is_no_one_off_amount_each_house(app):
    ingest_eval(app, "tracon")  # (a hamlet's chat forwarding a notice of housing support: "5 triệu đồng/căn")
    assert ask(app, "ho ngheo o tra con dc ho tro tien dien bao nhieu 1 thang").status != "answered"
    assert answers_with(app, "Hộ nghèo Khmer ở Trà Côn được hỗ trợ thêm bao nhiêu một căn?", "5 triệu")
    assert {"each", "monthly"} <= analyse("Người có công được trợ cấp mỗi tháng bao nhiêu?").kinds
    assert "monthly" not in analyse("Từ ngày 1 tháng 7 mỗi người được bao nhiêu tiền?").kinds  # (a day, not each month)


def test_a_fact_far_ahead_of_every_other_that_fits_is_answered_though_not_close(app):
    ingest_eval(app, "tanhong")  # (swimming classes for children, commune by commune)
    assert answers_with(app, "thi tran sa rai co may lop boi", "6 lớp")
    assert ask(app, "Thị trấn Sa Rài có mấy lớp thư pháp?").status != "answered"  # (words no fact has: another class)


def test_a_topic_is_only_its_own_articles(app):
    ingest_eval(app, "thotnot")  # (an enrolment notice: rounds 1 and 2, each with its deadline, filed under "event")
    deadlines = ask(app, "Đợt 1 với đợt 2 nộp hồ sơ hạn chót ngày nào vậy?")
    assert "Sở Lao động" not in deadlines.text  # (never Long Mỹ's meeting with the Department)
    assert {shown.fact.source_id for shown in app.conversation.kb.facts_for("topic:event")} == {"baohaugiang-2023-03-22"}


def test_an_amount_in_another_currency_is_a_figure_and_a_range_without_its_first_year_takes_its_last(app):
    facts = ingest(app, "Bình Minh tuyển lao động đi Hàn Quốc\n\nLệ phí dự thi tiếng Hàn: 26 USD/người.\n\n"
                        "Đăng ký dự thi: từ ngày 15/4 đến ngày 19/4/2024 tại Trung tâm Dịch vụ việc làm tỉnh.\n",
                   "thị xã Bình Minh, tỉnh Vĩnh Long", published="2024-03-14")
    assert any("26" in f.get("values", {}).values() for f in facts.values())
    assert any("15/4/2024" in f["answer"] for f in facts.values())  # (not 15/4/2023: the range ends in 2024)
    assert answers_with(app, "Lệ phí thi tiếng Hàn ở Bình Minh bao nhiêu USD?", "26 USD")


def test_a_hamlets_row_with_words_after_its_figures_is_read_and_the_commune_asked_gets_the_total(app):
    from knowledge.ingest import read_article
    table = ("Cấp gạo cứu đói\n"
             "Xã cấp gạo cho các ấp như sau.\n"
             "STT | Ấp | Số hộ | Số gạo (tấn) | Ngày nhận | Điểm nhận\n"
             "1 | Phú Tức | 96 | 10,56 | 20/3/2024 | Trụ sở UBND xã\n"
             "2 | Phú Hữu | 74 | 8,04 |\n"
             "Tổng cộng | | 625 | 68,34 | |\n"
             "Chỉ tiêu | 2023 | 2024")
    sentences = read_article(table).sentences
    assert sentences[1:4] == [
        "Ấp Phú Tức: 96 hộ, số gạo 10,56 tấn, ngày nhận 20/3/2024, điểm nhận Trụ sở UBND xã.",
        "Ấp Phú Hữu: 74 hộ, số gạo 8,04 tấn.",  # (its last cells left empty)
        "Tổng cộng: 625 hộ, số gạo 68,34 tấn."]
    assert not any(sentence.startswith("Ấp Chỉ tiêu") for sentence in sentences)  # (years head another table)
    ingest_eval(app, "phumy")  # (rice for the lean season: seven hamlets' rows under the list's heading, and the total)
    assert answers_with(app, "ap Tac Gong duoc cap bao nhieu tan gao", "14,67 tấn")
    assert answers_with(app, "Xã Phú Mỹ được cấp bao nhiêu tấn gạo cứu đói giáp hạt đầu năm 2024?", "68,34 tấn")


def test_a_result_against_its_target_is_no_target(app):
    row = "Kết quả theo từng ấp (số người tham gia/chỉ tiêu): Ấp Hòa Quới: 41/45 người, đạt 91,1%."
    assert "target" not in answer_kinds([], row)
    assert "target" in answer_kinds([], "Năm 2024, xã phấn đấu có 470 người tham gia BHXH tự nguyện.")
    assert "target" in answer_kinds([], "Kết quả này là cơ sở để hoàn thành mục tiêu giảm 150 hộ nghèo năm 2025.")
    ingest_eval(app, "hoahiep")  # (voluntary insurance: each hamlet's participants against its target)
    assert "91,1%" in ask(app, "ap Hoa Quoi co bao nhieu nguoi tham gia bhxh tu nguyen, dat bao nhieu phan tram").text


def test_a_resident_called_by_name_alone_is_the_one_their_article_names_in_full(app):
    ingest_eval(app, "tanan")  # (four workers' cases of a lump-sum withdrawal: "chị Nguyễn Thị Mỹ Linh" … "Chị Linh")
    # "Nếu chị Linh … cho đủ 20 năm …, khoảng 3,2 triệu đồng/tháng" is hers, never bà Loan's 20 years
    assert "3,52 triệu" in ask(app, "bà Loan đóng đủ 20 năm thì lương hưu dc nhiu 1 tháng z ad").text
    # "rút một lần" is the lump sum, not an amount each time
    assert "each" not in analyse("Anh Hậu rút bảo hiểm xã hội 1 lần thì nhận được bao nhiêu?").kinds
    assert "each" in analyse("Mỗi lần khám bệnh được hỗ trợ bao nhiêu?").kinds
    lump_sum = ask(app, "Anh Hậu ở xã Hướng Thọ Phú mà rút bảo hiểm xã hội 1 lần thì nhận được bao nhiêu?")
    assert "205,2 triệu" in lump_sum.text


def test_a_hamlets_figure_is_only_from_a_fact_naming_it(app):
    ingest_eval(app, "phumy")  # (the commune's 625 households, 509 of them Khmer; each hamlet's row)
    assert ask(app, "ap phu ninh co bao nhieu ho khmer duoc nhan gao").status == "suggest"  # (the commune's 509)
    assert ask(app, "ở ấp Phú Ninh có bao nhiêu hộ khmer được nhận gạo").status == "suggest"
    assert answers_with(app, "Ấp Phú Ninh có bao nhiêu hộ được nhận gạo?", "118 hộ")
    assert ask(app, "ấp Phú Hữu có bao nhiêu hộ nghèo dc nhận gạo v").status == "suggest"  # (the commune's 214)
    # where the asker lives is what they ask of when they ask of it again (not "bao nhiêu ấp")
    assert answers_with(app, "Tôi ở ấp Tắc Gồng, ấp tôi được cấp bao nhiêu tấn gạo?", "14,67 tấn")
    assert "14,67" not in ask(app, "Tôi ở ấp Tắc Gồng, xã có bao nhiêu ấp?").text


def test_the_only_fact_close_to_a_question_answers_it_however_long_its_phrasing(app):
    ingest_eval(app, "vinhthanh")  # (a long statement: "… hoàn thành 326 căn … trước ngày 31/8/2025 …")
    assert answers_with(app, "Chương trình xóa nhà tạm năm 2025 ở huyện hoàn thành trước ngày mấy?", "31/8/2025")
    assert ask(app, "Chương trình xóa nhà tạm năm 2025 ở huyện được bao nhiêu tiền?").status != "answered"


def test_a_readers_question_names_who_the_answer_under_it_is_about():
    from knowledge.ingest import read_article
    column = ("Hỏi - đáp chính sách\n"
              "Báo trả lời bạn đọc.\n"
              "Hỏi: Tôi làm công nhân, dự sinh tháng 6. Tôi nhận bao nhiêu? (Chị Lê Thị Mỹ Xuyên, ấp Bào Kè)\n"
              "Đáp: Lao động nữ sinh con được nghỉ 6 tháng.\n"
              "Mức hưởng mỗi tháng bằng 100% tiền lương. Tổng cộng chị nhận khoảng 43.680.000 đồng.\n"
              "Hỏi: Vợ tôi sinh mổ, tôi được nghỉ mấy ngày? (Anh Nguyễn Văn Tài, ấp Lung Lá)\n"
              "Đáp: Vợ anh sinh mổ nên anh được nghỉ 7 ngày làm việc.")
    article = read_article(column)
    of = dict(zip(article.sentences, article.people))
    # (two paragraphs after her question)
    assert of["Tổng cộng chị nhận khoảng 43.680.000 đồng."] == "Chị Lê Thị Mỹ Xuyên"
    assert of["Vợ anh sinh mổ nên anh được nghỉ 7 ngày làm việc."] == "Anh Nguyễn Văn Tài"


def test_an_age_group_asked_is_never_answered_with_the_total_of_every_group(app):
    assert analyse("Năm 2025 xã có bao nhiêu cụ tròn 85 tuổi được mừng thọ?").items == {("tuoi", "85")}
    assert not analyse("Tôi 38 tuổi, muốn hỏi vay vốn được bao nhiêu?").items  # (her own age: no group)
    ingest_eval(app, "longduc")  # ("… 409 cụ được chúc thọ, mừng thọ ở các độ tuổi tròn 70, 75, 80, 85, …")
    assert "409" not in ask(app, "Năm 2025 xã Long Đức có bao nhiêu cụ tròn 85 tuổi được mừng thọ?").text


def test_what_a_plan_will_do_is_answered_by_its_target(app):
    assert analyse("Quý IV thành phố sẽ mở lớp huấn luyện cho bao nhiêu người?").asks_what_will_be_done
    assert not analyse("Học xong lớp may thì sẽ được lương bao nhiêu?").asks_what_will_be_done  # (what one gets)
    assert not analyse("Xã đã mở mấy lớp may, sẽ mở ở ấp nào?").asks_what_will_be_done  # (what was done)
    ingest_eval(app, "baclieutp")  # ("Trong quý IV/2022, Phòng … sẽ phối hợp … tổ chức lớp huấn luyện … cho 120 …")
    assert answers_with(app, "Quý IV năm 2022 thành phố sẽ mở lớp huấn luyện an toàn miễn phí cho bao nhiêu người?",
                        "120 người")


def test_who_holds_a_role_is_never_answered_with_someone_of_another(app):
    assert analyse("Thủ quỹ của quỹ người cao tuổi xã tên gì?").roles == {"thu quy"}
    assert analyse("ai là thư ký cuộc họp").roles == {"thu ki"}
    # typed with marks, a role is its very words: a name or a quarter's revenue is none
    assert not analyse("Chú Trí là ai vậy?").roles and not analyse("Ông Tô Trường Giang là ai?").roles
    assert not analyse("doanh thu quý 1 là của ai").roles
    ingest_eval(app, "hodackien")  # ("Ông Trần Văn Lực, Chủ tịch Hội Người cao tuổi xã, … chủ trì hội nghị.")
    assert answers_with(app, "thủ quỹ hội người cao tuổi xã Hồ Đắc Kiện là ai vậy", "Thạch Thị Sa Ry")
    assert "Trần Văn Lực" not in ask(app, "Ai là thủ quỹ Hội Người cao tuổi xã Hồ Đắc Kiện?").text
    assert answers_with(app, "Ai là Chủ tịch Hội Người cao tuổi xã Hồ Đắc Kiện?", "Trần Văn Lực")


def test_a_tables_columns_counting_or_measuring_something_give_each_rows_figures_their_kind(app):
    # ("Tên đơn vị | … | Số tháng nợ | Số tiền nợ (đồng) | Số lao động bị ảnh hưởng": "11 tháng nợ", "298 lao động …")
    from knowledge.ingest import _tables_read
    assert _tables_read(["Nợ BHXH", "Tên đơn vị | Số tháng nợ | Số lao động bị ảnh hưởng | Chỉ tiêu 2025",
                         "Công ty A | 11 | 298 | 5"])[0][1] == (
        "Công ty A: 11 tháng nợ, 298 lao động bị ảnh hưởng, chỉ tiêu 2025 5.")
    # (a day of the month is no duration: "Ngày chi trả | 18" is the 18th)
    assert _tables_read(["Chi trả", "Xã | Ngày chi trả | Số người nhận", "Tân Thạch | 18 | 380"])[0][1] == (
        "Xã Tân Thạch: ngày chi trả 18, 380 người nhận.")
    drafted = ingest_eval(app, "anhiep")
    row = next(f for f in drafted.values() if "Tân Hòa Phát:" in f["answer"])
    assert set(row["values"].values()) >= {"11", "298"}
    assert answers_with(app, "Công ty Thủy sản Tân Hòa Phát nợ bảo hiểm mấy tháng rồi?", "11 tháng")
    assert answers_with(app, "co bao nhieu cong nhan bi anh huong o cong ty bao bi nhua thanh dat", "54 lao động")


def test_a_commune_the_gazetteer_cannot_place_lies_in_the_district_its_place_names(app):
    from knowledge.ingest import _district_of
    assert _district_of("xã An Hiệp, huyện Châu Thành, tỉnh Bến Tre") == "huyện Châu Thành, tỉnh Bến Tre"
    assert _district_of("xã Long Phú, huyện Long Mỹ, tỉnh Hậu Giang") == "thị xã Long Mỹ, tỉnh Hậu Giang"  # (a slip)
    assert _district_of("xã An Hiệp, huyện Châu Thành") == ""  # (three of the name, the province unsaid)
    # what a hamlet has, said after the district's figure, stays the commune's
    facts = ingest(app, "Giảm nghèo ở An Hiệp\nToàn huyện hiện có 1.250 hộ nghèo. Ấp Tân Phú có 12 hộ thoát nghèo "
                   "trong năm 2024. Năm 2024, địa phương đã xây mới 9 căn nhà tình nghĩa.",
                   "xã An Hiệp, huyện Châu Thành, tỉnh Bến Tre")
    assert [f["place"] for f in facts.values() if "1.250" in str(f["values"])] == ["huyện Châu Thành, tỉnh Bến Tre"]
    assert not [f for f in facts.values() if f.get("place", "").startswith("huyện") and (
        "12" in f["values"].values() or "9" in f["values"].values())]
    # (xã An Hiệp of Châu Thành, Bến Tre, merged away since: "toàn huyện" is still that district, and the sentence
    # after it in its paragraph naming no place goes on of it)
    drafted = ingest_eval(app, "anhiep")
    wide = [f for f in drafted.values() if f.get("place", "").startswith("huyện Châu Thành")]
    assert any("396" in str(f["values"]) for f in wide) and any("87" in str(f["values"]) for f in wide)
    assert answers_with(app, "Tỷ lệ nợ bảo hiểm xã hội của huyện Châu Thành cùng kỳ năm ngoái là bao nhiêu phần trăm?",
                        "5,17%")


def test_a_war_invalids_grade_is_no_day(app):
    assert "time" not in answer_kinds([], "Đoàn thăm ông Trần Văn Lợi, 84 tuổi, thương binh hạng 2/4.")
    assert "day" not in answer_kinds([], "THĂM BỆNH BINH 2/3 NGUYỄN VĂN HAI")
    assert "time" in answer_kinds([], "Ngày 16/1/2025, đoàn thăm ông Trần Văn Lợi.")
    ingest_eval(app, "gocongdong")  # (the visit's day is in another sentence, naming no one)
    assert ask(app, "Đoàn tỉnh xuống Vàm Láng thăm thương binh Trần Văn Lợi bữa nào?").status != "answered"


def test_a_fact_no_other_comes_near_answers_a_question_saying_almost_enough_of_it(app):
    # ("Hiện hợp tác xã đang thực hiện 3 đơn hàng … xuất sang Nhật Bản, Hàn Quốc và Đức; …": a long statement the
    # question says less than half of, and no other fact that fits even close)
    ingest_eval(app, "hungthanh")
    assert answers_with(app, "Hàng lục bình của hợp tác xã đang xuất đi những nước nào?", "Nhật Bản", "Đức")


def test_a_columns_unit_per_something_still_gives_its_currency():
    from knowledge.ingest import _tables_read
    rows, _ = _tables_read(["Tuyển sinh", "STT | Nghề đào tạo | Học phí (đồng/khóa)",
                            "1 | May công nghiệp | 3.500.000"])
    assert rows[1] == "Nghề đào tạo may công nghiệp: học phí 3.500.000 đồng/khóa."


def test_an_amount_per_anyone_is_each_ones_but_a_decrees_number_is_none():
    assert "each" in answer_kinds([], "Mẹ được phụng dưỡng với mức 1,5 triệu đồng/mẹ/tháng.")
    assert "each" in answer_kinds([], "Chi hỗ trợ mai táng phí mức 7.200.000 đồng/trường hợp.")
    assert "each" not in answer_kinds([], "Theo Nghị định số 136/2013/NĐ-CP, người từ đủ 80 tuổi được hưởng trợ cấp.")


def test_a_hamlets_name_ends_before_the_count_that_follows_it(app):
    # ("Cụ thể: ấp Bến Trị 3 lớp với 76 em; …": ấp Bến Trị's classes, not an "ấp Bến Trị 3" no question names)
    assert hamlets_named("Cụ thể: ấp Bến Trị 3 lớp với 76 em") == {("ben", "tri")}
    assert hamlets_named("ấp Tân Lợi 2 có 5 hộ") == {("tan", "loi", "2")}  # a number that is its name stays
    assert hamlets_named("Riêng ấp Tân Lợi 2 xã Long Trị còn 35 hộ nghèo") == {("tan", "loi", "2")}
    ingest_eval(app, "tapson")
    assert answers_with(app, "Ấp Bến Trị mở mấy lớp dạy bơi, có bao nhiêu em?", "3 lớp", "76 em")


def test_a_tables_row_is_asked_by_what_it_is_of(app):
    # ("STT | Chủ hộ | Ấp | … | Ngày khởi công" over "2 | Ông Trần Văn Bé Tư | An Lạc | … | 22/7/2024")
    from knowledge.ingest import _tables_read
    rows, labels = _tables_read(["Nhà đại đoàn kết", "STT | Chủ hộ | Ấp | Tài trợ (đồng)",
                                 "1 | Ông Lê Văn Ba | An Lạc | 50.000.000", "Cộng | | | 50.000.000"])
    assert rows[1] == "Chủ hộ ông Lê Văn Ba: ấp An Lạc, tài trợ 50.000.000 đồng."  # (a hamlet's name, no count)
    assert list(labels.values()) == ["Chủ hộ ông Lê Văn Ba"]  # (the total is of no one)
    ingest_eval(app, "anphuthuan")
    assert answers_with(app, "Căn nhà của ông Tô Văn Hoàng được khởi công ngày nào vậy?", "2/9/2024")


def test_a_lists_item_is_asked_by_what_it_opens_with(app):
    # ("- Nuôi tôm nước lợ (tôm thẻ chân trắng, tôm sú): trình độ sơ cấp, 3 tháng (300 giờ); 35 chỗ; học phí …")
    drafted = ingest_eval(app, "lichhoithuong")
    assert any(f["title"].startswith("Nuôi tôm nước lợ:") for f in drafted.values())
    assert answers_with(app, "hoc nuoi tom mat bao lau, hoc phi bao nhieu", "3.200.000")


def test_two_facts_giving_the_same_count_are_no_choice_to_offer(app):
    # ("lễ bàn giao 8 căn nhà đại đoàn kết" and "Danh sách 8 căn nhà đại đoàn kết bàn giao ngày 27/9/2024:")
    ingest_eval(app, "anphuthuan")
    assert answers_with(app, "Hôm 27/9 xã An Phú Thuận bàn giao mấy căn nhà đại đoàn kết?", "8 căn")
    # (the same count beside another amount is a choice: which scholarship's)
    ingest(app, "Học bổng\n\nHội Khuyến học xã trao 5 suất học bổng cho học sinh nghèo, mỗi suất 1.000.000 đồng.\n\n"
           "Ngân hàng Nông nghiệp huyện trao 5 suất học bổng cho học sinh nghèo, mỗi suất 2.000.000 đồng.",
           "xã Long Trị, thị xã Long Mỹ, tỉnh Hậu Giang")
    assert ask(app, "Mỗi suất học bổng cho học sinh nghèo bao nhiêu tiền?").status != "answered"


def test_a_count_of_what_is_named_in_quotes_is_a_figure(app):
    # ("Xã có 5 "địa chỉ tin cậy" tiếp nhận, bảo vệ tạm thời nạn nhân:" was no figure: a quote between)
    ingest_eval(app, "hieutu")
    assert answers_with(app, "xã có mấy địa chỉ tin cậy", "5 địa chỉ tin cậy")
    from knowledge.ingest import read_article  # (a numbered article's quoted title counts nothing)
    said = read_article('Tuyên truyền\n\nBáo cáo viên giới thiệu Điều 5 "Đối tượng hưởng trợ cấp" của Nghị định.')
    assert not any(f.text == "5" for f in figures_of(said.sentences[0]))


def test_a_labour_federations_province_is_its_level_not_the_place_asked(app):
    # ("Theo ông Lê Văn Phước, Phó Chủ tịch LĐLĐ tỉnh, …": "tỉnh" of who spoke is his office's, not a place asked)
    assert not analyse("Phó Chủ tịch LĐLĐ tỉnh là ai?").province
    assert not analyse("Chủ tịch Công đoàn các khu công nghiệp tỉnh là ai?").province
    assert analyse("Khi nào tỉnh chi trả trợ cấp ưu đãi người có công?").province
    ingest_eval(app, "hoian")
    assert answers_with(app, "Ông Phó Chủ tịch LĐLĐ tỉnh nói chuyện mấy tuyến xe tên gì vậy?", "Lê Văn Phước")


def test_a_hamlets_count_out_of_all_is_its_figure_and_ends_its_name(app):
    # ("ấp Tân Lễ 1.402/1.521 người, đạt 92,18%": the hamlet was "Tân Lễ 1", and 1.402 no count of people)
    assert hamlets_named("ấp Tân Lễ 1.402/1.521 người") == {("tan", "le")}
    assert [f.text for f in figures_of("toàn xã có 10.527/11.623 người có thẻ BHYT")] == ["10.527"]
    ingest_eval(app, "hungle")
    assert answers_with(app, "Ấp Tân Lễ có bao nhiêu người có thẻ BHYT?", "1.402")


def test_a_communes_total_comes_before_its_hamlets_figures(app):
    # ("Xét theo địa bàn, ấp Nhị Hòa có 58 người khuyết tật, ấp Long Hội 52 người, …" was the commune's answer)
    ingest_eval(app, "nhilong")
    assert answers_with(app, "Nhị Long có bao nhiêu người khuyết tật vậy?", "286")
    assert answers_with(app, "Xã Nhị Long có tất cả bao nhiêu người khuyết tật?", "286")


def test_a_month_asked_is_never_answered_with_another_months_figure(app):
    # ("Riêng tháng 4/2024, bếp phát 3.500 suất cơm …" answered March)
    ingest_eval(app, "cainhum")
    assert answers_with(app, "Tháng 4/2024 bếp phát được bao nhiêu suất cơm?", "3.500")
    assert "3.500" not in ask(app, "Tháng 3/2024 bếp phát được bao nhiêu suất cơm?").text
    # (a rule in force from a month on answers for the months after it: from the review)
    ingest_eval(app, "hungle")
    assert answers_with(app, "Tháng 10/2024 lương cơ sở là bao nhiêu?", "2.340.000")


def test_how_many_are_not_yet_so_is_never_answered_with_those_who_are(app):
    # ("Ấp Hưng Hòa 1.689/1.945 người [có thẻ]" answered how many had no card yet)
    ingest_eval(app, "hungle")
    assert answers_with(app, "Trong xã còn mấy người chưa có thẻ bảo hiểm y tế?", "1.096")
    assert "1.182" not in ask(app, "Ấp Lộc Sơn còn bao nhiêu người chưa có thẻ BHYT?").text
    assert "1.492" not in ask(app, "Ấp Hưng Thạnh có bao nhiêu người không có thẻ BHYT?").text  # (from the review)


def test_a_word_said_by_the_way_never_narrows_the_search_to_its_few_facts(app):
    # ("co may nguoi khuyet tat": "may" narrowed the search to "lớp may công nghiệp … 26 người khuyết tật")
    ingest_eval(app, "nhilong")
    assert answers_with(app, "xa nhi long co may nguoi khuyet tat", "286")
    # (nor "hiện nay" to the author's line, the one fact saying it beside "người khuyết tật")
    assert answers_with(app, "Hiện nay xã Nhị Long có bao nhiêu người khuyết tật?", "286")


def test_the_third_member_of_a_household_is_never_answered_with_the_firsts_share(app):
    # ("Người thứ nhất trong hộ đóng 4,5% lương cơ sở, tương đương 1.263.600 đồng/năm" answered the third's)
    ingest_eval(app, "hungle")
    assert answers_with(app, "nguoi thu ba trong ho dong bhyt bao nhieu mot nam", "758.160")


def test_a_phone_number_the_article_gives_is_a_fact_asked_by_whose_it_is(app):
    # (a sentence giving only phone numbers had no figure, and was dropped: "số điện thoại" was never answered)
    ingest_eval(app, "batrinh")
    assert answers_with(app, "Bưu điện văn hóa xã Ba Trinh số điện thoại là gì?", "0299.3876.512")
    assert answers_with(app, "Muốn hỏi về chi trả trợ cấp ở Ba Trinh thì gọi số nào?", "0918.327.465")
    ingest_eval(app, "lichhoithuong")
    assert answers_with(app, "cho xin sdt ông Thạch Sô Phane", "0946.318.720")


def test_an_account_number_is_no_phone_number(app):
    # (from the review: "số tài khoản 0071000123456" was a contact fact, answering the fund's phone number)
    ingest(app, "Quỹ Vì người nghèo xã Tân Phú\n\nNăm 2024, Quỹ Vì người nghèo xã Tân Phú hỗ trợ 25 hộ nghèo sửa nhà. "
                "Mọi đóng góp cho Quỹ xin liên hệ chuyển khoản, số tài khoản 0071000123456 tại Ngân hàng "
                "Vietcombank.\n",
           "xã Tân Phú, huyện Phụng Hiệp, tỉnh Hậu Giang")
    assert "0071000123456" not in ask(app, "Số điện thoại của Quỹ Vì người nghèo xã Tân Phú là số nào?").text


def test_a_year_named_only_to_compare_with_is_not_the_facts_own(app):
    # ("Mức thưởng Tết Ất Tỵ 2025 bình quân … 6.750.000 đồng/người, tăng 8,4% so với Tết Giáp Thìn 2024" answered 2024)
    ingest_eval(app, "binhhoa")
    assert "6.750.000" not in ask(app, "Thưởng Tết Giáp Thìn bình quân mỗi người bao nhiêu?").text
    assert answers_with(app, "Thưởng Tết Ất Tỵ 2025 bình quân bao nhiêu một người?", "6.750.000")


def test_a_hamlets_count_is_of_what_its_own_part_of_the_line_counts(app):
    # ("ấp Thạnh Hòa 268 hộ (941 nhân khẩu), …, ấp Thạnh Lợi 176 hộ" answered Thạnh Lợi's people)
    ingest_eval(app, "baothanh")
    assert "176" not in ask(app, "Ấp Thạnh Lợi có bao nhiêu nhân khẩu thiếu nước?").text
    assert answers_with(app, "Ấp Thạnh Lợi có bao nhiêu hộ thiếu nước?", "176")
    assert answers_with(app, "Ấp Thạnh Hòa có bao nhiêu nhân khẩu thiếu nước?", "941")


def test_an_officer_named_by_rank_holds_the_role_said_after_the_name(app):
    # ("Thiếu tá Trần Minh Khoa, Trưởng Công an xã Mỹ Lâm, cho biết …": no one was the head of the commune's police)
    ingest_eval(app, "mylam")
    assert answers_with(app, "Ai là trưởng công an xã Mỹ Lâm?", "Trần Minh Khoa")


def test_a_short_question_is_answered_by_the_one_fact_saying_all_of_it(app):
    # ("tổng kinh phí hỗ trợ nhiêu": the fact's own phrasing is long, so the question seemed to say too little of it)
    ingest_eval(app, "baothanh")
    assert answers_with(app, "tổng kinh phí hỗ trợ là bao nhiêu vậy", "1.253.400.000")


def test_the_districts_money_is_given_to_the_commune_not_the_district_asked_of(app):
    # ("ngân sách huyện chi nhiêu" asked of a district, and no district's fact was there: nothing answered)
    ingest_eval(app, "baothanh")
    assert answers_with(app, "ngân sách huyện bỏ ra bao nhiêu", "240.200.000")
    # (but the district is still the place asked when said after other words: from the review)
    assert "1.253.400.000" not in ask(app, "kinh phí hỗ trợ hạn mặn huyện năm nay bao nhiêu").text


def test_a_hamlet_no_fact_names_is_never_answered_with_its_communes_count(app):
    # ("Ấp An Phú có bao nhiêu hộ bị sạt lở năm nay?" was answered with the commune's 47 households)
    ingest_eval(app, "kienan")
    assert ask(app, "Ấp An Phú năm nay có bao nhiêu hộ bị sạt lở?").status != "answered"
    assert answers_with(app, "Nhà tui ở ấp An Phú, năm nay cả xã có bao nhiêu hộ bị sạt lở?", "47")


def test_finding_a_job_is_not_earning_money(app):
    # ("kiếm được chỗ làm mới" was read as an income asked, so the count of workers did not answer)
    ingest_eval(app, "duchoaha")
    assert answers_with(app, "Có bao nhiêu người mất việc đã kiếm được việc làm mới rồi?", "203")


def test_an_article_about_one_hamlet_answers_of_that_hamlet_not_its_commune(app):
    # (its facts say "ấp mình", so "ấp Hòa Trung còn bao nhiêu hộ nghèo" found no fact naming the hamlet)
    ingest_eval(app, "hoatrung")
    assert answers_with(app, "ấp Hòa Trung bây giờ còn mấy hộ nghèo?", "9 hộ nghèo")
    # (and the whole commune's figure is not the hamlet's, typed with marks or without)
    assert ask(app, "Toàn xã còn bao nhiêu hộ nghèo?").status != "answered"
    assert ask(app, "toan xa con bao nhieu ho ngheo").status != "answered"


def test_a_hamlets_article_giving_its_communes_figure_gives_it_as_the_communes(app):
    # (from the review: every fact of a hamlet's article was the hamlet's, "toàn xã …" too)
    ingest(app, "Ấp Phú Lợi vượt khó\n\nNăm 2024, ấp Phú Lợi giảm được 6 hộ nghèo, còn 11 hộ nghèo. Cũng trong năm, "
                "toàn xã Phú Tân có 215 lao động được giải quyết việc làm mới.\n",
           "ấp Phú Lợi, xã Phú Tân, huyện Châu Thành, tỉnh Hậu Giang")
    assert answers_with(app, "Ấp Phú Lợi còn bao nhiêu hộ nghèo?", "11")
    assert "215" not in ask(app, "Ấp Phú Lợi có bao nhiêu lao động được giải quyết việc làm?").text


def test_a_headmistress_asked_by_her_role_is_the_one_holding_it(app):
    # ("hiệu trưởng … là cô nào": no role was read, so a pupil of that school answered)
    ingest_eval(app, "ninhthanhloi")
    assert answers_with(app, "Hiệu trưởng Trường THCS Ninh Thạnh Lợi là cô nào?", "Lâm Thị Mỹ Duyên")


def test_two_counts_asked_together_are_both_answered_or_neither_passed_off_as_both(app):
    # (the message as a whole found the fact of one of them, and one count was passed off as the answer to both)
    ingest(app, "Xã Phú Tân chăm lo học sinh nghèo\n\nNăm 2024, xã Phú Tân trao 25 suất học bổng cho học sinh nghèo, "
                "mỗi suất 1.000.000 đồng. Hội Khuyến học xã tặng 12 chiếc xe đạp cho học sinh vượt khó.\n\n"
                "Cũng trong năm, xã phát hiện 87 thiếu sót trong việc chi trả trợ cấp.\n",
           "xã Phú Tân, huyện Châu Thành, tỉnh Hậu Giang")
    assert answers_with(app, "Xã Phú Tân trao bao nhiêu suất học bổng và bao nhiêu chiếc xe đạp?", "25", "12")
    assert ask(app, "Xã Phú Tân phát hiện bao nhiêu thiếu sót, phạt mấy cán bộ?").status != "answered"


def test_a_sentence_saying_a_years_end_without_the_year_is_of_its_paragraphs_year(app):
    # ("Năm 2019 – vốn vay và việc làm. … Cuối năm, trên tổng số 3.815 hộ, hộ nghèo giảm còn 263 hộ": of 2025, the
    # year of publication)
    facts = ingest_eval(app, "vinhhoahungnam")
    assert {f["as_of_label"] for f in facts.values() if f["answer"].startswith("Cuối năm, trên")} == {"cuối năm 2019"}
    # (from the review: not a span's first year)
    facts = ingest(app, "Xã Phú Tân giảm nghèo\n\nTừ năm 2021 đến nay, xã đã vận động xây 50 căn nhà đại đoàn kết. "
                        "Cuối năm, xã còn 80 hộ nghèo.\n", "xã Phú Tân, huyện Châu Thành, tỉnh Hậu Giang")
    assert [f["as_of_label"] for f in facts.values() if f["answer"].startswith("Cuối năm, xã còn")] == ["cuối năm 2024"]


def test_a_neighbouring_commune_typed_bare_is_not_the_commune_we_know(app):
    # ("xa vinh hoa hung bac", of a district one of whose communes we know, was no place: xã Vĩnh Hòa Hưng Nam's rate
    # answered)
    ingest_eval(app, "vinhhoahungnam")
    answer = ask(app, "xa vinh hoa hung bac co bao nhieu ho ngheo")
    assert answer.status != "answered" and "Vĩnh Hòa Hưng Bắc" in answer.text
    assert "huyện Long Mỹ; " in answer.text  # (the places we know, each apart: not "huyện Long Mỹ, tỉnh Kiên Giang")
    # (naming no place, what no fact holds is no place we lack: "chưa có thông tin này của địa phương" misled)
    assert "của địa phương" not in ask(app, "Ấp nào có nhiều hộ Khmer thoát nghèo nhất năm 2015?").text
    assert answers_with(app, "xa vinh hoa hung nam cuoi nam 2024 con bao nhieu ho ngheo", "113")


def test_a_schedules_hours_are_drafted_and_asked_by_the_hour(app):
    # ("Ca hành chính từ 7 giờ 30 đến 16 giờ 30", "xe rời công ty lúc 16 giờ 45": no date nor figure, so no draft)
    ingest(app, "Tuyển công nhân\n\nCa hành chính từ 7 giờ 30 đến 16 giờ 30, nghỉ trưa 60 phút. Buổi chiều, xe đưa "
                "rước rời công ty lúc 16 giờ 45.\n", "xã Long Thạnh, huyện Vĩnh Lợi, tỉnh Bạc Liêu")
    assert answers_with(app, "Ca hành chính làm từ mấy giờ tới mấy giờ?", "7 giờ 30", "16 giờ 30")
    assert answers_with(app, "xe đưa rước chiều về rời công ty lúc mấy giờ", "16 giờ 45")


def test_two_counts_of_one_clause_are_answered_only_as_the_whole_message_found_them(app):
    # (from the review: each part answered alone, its fact may be of something else than the message as a whole
    # found: "… bao nhiêu hộ nghèo và bao nhiêu hộ Khmer nghèo?" was answered with the commune's loans)
    assert answers_with(app, "Cuối năm 2022 Long Mỹ có bao nhiêu hộ nghèo và bao nhiêu hộ cận nghèo vậy?", "1.562",
                        "584")
    ingest_eval(app, "vinhhoahungnam")
    assert ask(app, "Năm 2019 xã Vĩnh Hòa Hưng Nam có bao nhiêu hộ nghèo và bao nhiêu hộ Khmer nghèo?").status \
        != "answered"


def test_whom_to_contact_is_the_one_a_fact_says_to_contact(app):
    # ("liên hệ ai" asked for a phone number, which "liên hệ ông Lê Hoàng Sơn" does not give: nothing was answered)
    ingest(app, "Huyện Châu Thành chi trả trợ cấp\n\nNăm 2024, huyện chi trả trợ cấp hằng tháng cho 1.250 người cao "
                "tuổi. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ ông Lê Hoàng Sơn, "
                "Trưởng phòng Lao động – Thương binh và Xã hội huyện, để được hướng dẫn.\n",
           "huyện Châu Thành, tỉnh Hậu Giang")
    assert answers_with(app, "Có vướng mắc về chi trả thì liên hệ ai ở phòng lao động huyện?", "Lê Hoàng Sơn")
    # (not knowing whom to ask is no question about a person)
    assert answers_with(app, "huyện Châu Thành chi trả trợ cấp cho bn người cao tuổi vậy ạ, ko bít hỏi ai", "1.250")


def test_a_phone_number_asked_in_words_its_fact_barely_uses_is_offered(app):
    # ("cán bộ lao động": the words of a count's fact, "lao động cần được giải quyết việc làm", crowded out the one
    # fact giving a phone number: "chưa có thông tin")
    ingest(app, "Việc làm xã Hòa An\n\nXã còn 88 lao động cần được giải quyết việc làm để hoàn thành kế hoạch năm. "
                "Liên hệ: ông Huỳnh Văn Tâm, công chức Lao động – Thương binh và Xã hội xã, điện thoại 0988.315.742.\n",
           "xã Hòa An, huyện Phụng Hiệp, tỉnh Hậu Giang")
    answer = ask(app, "so dien thoai cua xa hoa an")
    assert "Huỳnh Văn Tâm" in answer.text and "Liên hệ: Liên hệ:" not in answer.text  # (nor its title said twice)
    assert "Huỳnh Văn Tâm" in ask(app, "sdt can bo ldtbxh xa hoa an").text


def test_a_day_said_as_hom_is_drafted_and_asked_by_its_day(app):
    # ("hôm 27/9 vừa qua": only "ngày 27/9" was a day, so the job fair had no fact saying when it was)
    ingest(app, "Học nghề ở Châu Thành A\n\nCó mặt tại phiên giao dịch việc làm tổ chức ở thị trấn Bảy Ngàn hôm 27/9 "
                "vừa qua, chúng tôi ghi nhận khá đông thanh niên đến tìm việc.\n",
           "huyện Châu Thành A, tỉnh Hậu Giang")
    assert answers_with(app, "Phiên giao dịch việc làm ở thị trấn Bảy Ngàn diễn ra vào ngày nào?", "27/9")


def test_where_the_districts_event_was_held_is_the_commune_its_fact_names(app):
    # ("… của huyện được tổ chức ở đâu": a fact naming the commune it was held in was taken for that commune's own)
    ingest(app, "Tin việc làm\n\nNgày 16/1/2025, tại thị trấn Gành Hào, Trung tâm Dịch vụ việc làm tỉnh Bạc Liêu phối "
                "hợp UBND huyện Đông Hải tổ chức phiên giao dịch việc làm đầu năm.\n",
           "huyện Đông Hải, tỉnh Bạc Liêu")
    assert answers_with(app, "Phiên giao dịch việc làm đầu năm của huyện được tổ chức ở đâu?", "Gành Hào")


def test_a_place_named_in_lower_case_answers_where(app):
    # ("học tại xưởng thực hành của Trung tâm …": only a capitalised name after "tại" was a place)
    ingest(app, "Tuyển sinh học nghề\n\nSửa chữa máy nông nghiệp: trình độ sơ cấp, 3 tháng; học phí 4.500.000 "
                "đồng/khóa; học tại xưởng thực hành của Trung tâm GDNN-GDTX huyện.\n",
           "huyện Trần Đề, tỉnh Sóc Trăng")
    assert answers_with(app, "lớp sửa máy nông nghiệp học ở đâu vậy ad", "xưởng thực hành")


def test_mouths_to_feed_and_roofs_are_the_peoples_words_for_persons_and_households(app):
    # ("bao nhiêu miệng ăn, bao nhiêu nóc nhà": no fact says either, so nothing was answered)
    ingest(app, "Dân số xã Hòa An\n\nXã có 16.742 nhân khẩu, 4.386 hộ dân sinh sống tại 7 ấp. Danh sách hộ nghèo được "
                "niêm yết tại nhà văn hóa các ấp trong 5 ngày.\n", "xã Hòa An, huyện Phụng Hiệp, tỉnh Hậu Giang")
    assert answers_with(app, "Xã Hòa An mình có bao nhiêu miệng ăn, bao nhiêu nóc nhà vậy?", "16.742", "4.386")
    assert answers_with(app, "Danh sách hộ nghèo có dán lên cho dân coi hông, dán mấy ngày?", "5 ngày")


def test_whom_to_contact_is_a_line_to_call_as_well_as_a_person(app):
    # (from the review: "liên hệ ai" read as a person only lost the line to call, and a fact naming people answered)
    ingest(app, "Tìm mộ liệt sĩ\n\nHai nơi còn lại là Khu mộ liệt sĩ xã Dương Hòa với 146 mộ do ông Nguyễn Văn Hai "
                "trông coi. Gia đình cần tìm mộ liệt sĩ gọi Tổ tiếp nhận thông tin mộ liệt sĩ của Phòng LĐ-TB&XH "
                "huyện, điện thoại 0297.3853.216.\n", "huyện Kiên Lương, tỉnh Kiên Giang")
    assert answers_with(app, "Muốn tìm mộ liệt sĩ thì liên hệ ai?", "0297.3853.216")
    # (or an office first: "liên hệ công chức Văn hóa - Xã hội UBND xã, … hoặc bà …")
    ingest(app, "Tăng trợ cấp\n\nTừ ngày 1/7/2024, huyện chi trả mức mới cho 1.250 người. Mọi thắc mắc về danh sách, "
                "người dân liên hệ công chức Văn hóa - Xã hội UBND xã, thị trấn hoặc bà Lê Thị Thu Trang, Phó Trưởng "
                "phòng Nội vụ huyện.\n", "huyện Phú Tân, tỉnh Cà Mau")
    assert answers_with(app, "Có thắc mắc về danh sách thì liên hệ ai ở Phòng Nội vụ huyện?", "Lê Thị Thu Trang")



def test_what_only_sounds_like_papers_or_a_place_is_neither(app):
    # (from the review: "vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn" was papers to bring, found for "cần
    # giấy tờ gì" among every fact giving some; "quy định tại điểm a" a place; "nộp về ngân sách" papers)
    from knowledge.decision import answer_kinds
    assert "procedure" not in answer_kinds([], "Người dân tộc thiểu số sống ở vùng có điều kiện kinh tế – xã hội "
                                               "đặc biệt khó khăn được cấp 11.397 thẻ.")
    assert "procedure" not in answer_kinds([], "Đoàn mang theo 300 phần quà; công ty nộp về ngân sách 12 tỷ đồng.")
    assert "place" not in answer_kinds([], "Học viên được miễn học phí theo quy định tại điểm a khoản 1 Điều 5.")
    assert {"procedure", "place"} <= answer_kinds([], "Hồ sơ nộp tại bộ phận một cửa UBND xã.")
    # (and a commune's payment point is not where the district pays: only a day's event is held in one commune)
    ingest(app, "Chi trả trợ cấp\n\nXã Vĩnh Phú Tây chi trả trợ cấp cho 269 người tại Hội trường UBND xã.\n",
           "huyện Phước Long, tỉnh Bạc Liêu")
    assert ask(app, "Huyện Phước Long chi trả trợ cấp ở đâu?").status != "answered"


def test_a_hamlet_named_is_no_answer_to_what_only_another_fact_says(app):
    # ("tổ vay vốn ấp Trà Mẹt dư nợ nhiêu": the hamlet's members were answered, the loans being another fact's)
    ingest(app, "Phụ nữ vay vốn\n\nTổ vay vốn của Hội có 498 hộ đang vay, tổng dư nợ đạt 15,72 tỷ đồng.\n\n"
                "Hội viên mới: ấp Trà Mẹt có 4 chị, ấp Ninh Thới có 6 chị tham gia.\n",
           "xã Ninh Thới, huyện Cầu Kè, tỉnh Trà Vinh")
    assert ask(app, "tổ vay vốn ấp Trà Mẹt dư nợ nhiu ad").status != "answered"
    assert answers_with(app, "ấp Trà Mẹt có mấy chị tham gia?", "4 chị")


def test_a_sections_heading_with_a_bracket_saying_what_its_rows_hold_heads_them(app):
    # (the heading was too long to be one, so the rows went under the section before, "Chỉ tiêu năm 2024 …", and
    # were taken for targets: "thị trấn Bảy Ngàn giải quyết việc làm được bao nhiêu người" had no answer)
    ingest(app, "Đôn đốc tiến độ\n\nI. CHỈ TIÊU NĂM 2024 VÀ KẾT QUẢ CHUNG TOÀN HUYỆN\n- Giải quyết việc làm mới: "
                "chỉ tiêu 2.200 lao động; đạt 2.019 lao động (91,77%).\n\nII. TIẾN ĐỘ TỪNG ĐƠN VỊ (rà soát hộ; việc "
                "làm mới; đào tạo nghề; phát thẻ BHYT — thực hiện/chỉ tiêu, tỷ lệ % kế hoạch)\n1. Thị trấn Bảy Ngàn: "
                "rà soát 355/361 hộ (98,34%); việc làm 231/240 lao động (96,25%); đào tạo nghề 104/100 người (104%).\n",
           "huyện Châu Thành A, tỉnh Hậu Giang")
    assert answers_with(app, "thị trấn Bãy Ngàn giải quyết việc lam được bao nhiu người", "231/240",
                        "Tiến độ từng đơn vị")  # (its heading, no longer in capitals)


def test_who_holds_a_role_is_answered_by_the_fact_naming_someone_holding_it(app):
    # (the fact is long and says much else, so "Trưởng phòng … tên gì" said too little of it: only offered)
    ingest_eval(app, "dinhmon")
    assert answers_with(app, "Trưởng phòng Lao động huyện Thới Lai tên gì?", "Huỳnh Văn Lợi")
    # (a role the sentence names of someone else is not theirs: the reporter who interviewed him, the head of the
    # delegation his deputy went with; from the review)
    assert ask(app, "Phóng viên Báo Cần Thơ tên gì?").status != "answered"
    ingest(app, "Thăm thương binh\n\nĐoàn đã thăm 12 thương binh nặng tại xã Long Bình. Cùng đi với Trưởng đoàn có "
                "bà Phạm Thị Hoa, Phó Giám đốc Sở Lao động – Thương binh và Xã hội, trao 12 phần quà.\n",
           "xã Long Bình, huyện Long Mỹ, tỉnh Hậu Giang")
    assert ask(app, "Ai làm trưởng đoàn đến thăm thương binh nặng xã Long Bình?").status != "answered"
    assert answers_with(app, "Phó giám đốc Sở Lao động đi thăm thương binh xã Long Bình tên gì?", "Phạm Thị Hoa")


def test_a_rule_between_two_documents_is_no_footer(app):
    # (a resident's petition, a line of dashes, then the commune's reply under its office's name in capitals: the
    # reply, and every figure in it, was read as the page's footer and left out)
    ingest(app, "Đơn kiến nghị và trả lời\n\nĐƠN KIẾN NGHỊ\nTổ 5 có 22 chị em dệt chiếu tay.\n\n" + "-" * 40 +
           "\n\nỦY BAN NHÂN DÂN XÃ ĐỊNH YÊN\nSố: 385/UBND-VX\n\nNăm 2022, xã mở 3 lớp đào tạo nghề cho 97 lao động "
           "nông thôn.\n\n---\nBài viết liên quan: Định Yên có 412 hộ dệt chiếu\n",
           "xã Định Yên, huyện Lấp Vò, tỉnh Đồng Tháp")
    assert answers_with(app, "Năm 2022 xã Định Yên mở mấy lớp nghề?", "3 lớp")
    assert ask(app, "Định Yên có bao nhiêu hộ dệt chiếu?").status != "answered"  # (a footer still is one)
    # (and one in capitals too: only an office's heading opens another document; from the review)
    ingest(app, "Việc làm Lấp Vò\n\nNăm 2024, huyện Lấp Vò có 3.100 lao động có việc làm mới.\n\n-----\nTIN BÀI LIÊN "
                "QUAN\n- Năm 2023, huyện Lấp Vò giải quyết việc làm cho 5.000 lao động.\n",
           "huyện Lấp Vò, tỉnh Đồng Tháp")
    assert "5.000" not in ask(app, "Năm 2023 huyện Lấp Vò giải quyết việc làm cho bao nhiêu lao động?").text


def test_a_capital_letter_ending_a_communes_name_is_part_of_it(app):
    # ("xã Vĩnh Hậu A": "a" is teencode for "anh", so the commune asked was "Vĩnh Hậu Anh", which no fact is of)
    ingest(app, "Vĩnh Hậu A chăm lo hộ nghèo\n\nĐầu năm 2022, xã Vĩnh Hậu A có 162 hộ nghèo.\n",
           "xã Vĩnh Hậu A, huyện Hòa Bình, tỉnh Bạc Liêu")
    assert answers_with(app, "Xã Vĩnh Hậu A có bao nhiêu hộ nghèo?", "162 hộ")
    assert [t.fold for t in tokens("A ơi, xã Vĩnh Hậu A")] == ["anh", "oi", "xa", "vinh", "hau", "a"]
    assert [t.fold for t in tokens("CHO E HỎI")] == ["cho", "em", "hoi"]  # (typed in capitals: teencode still)


def test_a_figure_said_to_be_now_is_not_of_the_year_its_paragraph_told_of(app):
    ingest(app, "Đi làm việc ở nước ngoài\n\nNăm nay xã có 14 lao động đi làm việc ở nước ngoài. Năm 2021 cả xã chỉ "
                "có 6 người đi. Dư nợ cho vay đi làm việc ở nước ngoài của xã hiện là 1,35 tỷ đồng với 11 hộ vay.\n",
           "xã Vĩnh Hậu A, huyện Hòa Bình, tỉnh Bạc Liêu", published="2022-09-17")
    reply = ask(app, "Dư nợ cho vay đi nước ngoài của xã Vĩnh Hậu A là bao nhiêu?").text
    assert "1,35 tỷ" in reply and "2021" not in reply
    # ("thực hiện tại 5 ấp" says nothing of now: the paragraph's year holds; from the review)
    ingest(app, "Việc làm\n\nNăm 2021 là năm khó khăn. Chương trình được thực hiện tại 5 ấp, giúp 120 lao động có việc "
                "làm mới.\n", "xã Định Yên, huyện Lấp Vò, tỉnh Đồng Tháp", published="2024-06-01")
    assert "2021" in ask(app, "Chương trình việc làm ở Định Yên giúp bao nhiêu lao động có việc làm mới?").text


HAMLET_TABLE = ("Kết quả rà soát\n\nKết quả rà soát đầu kỳ, toàn xã có 97 hộ nghèo và 168 hộ cận nghèo, chia theo ấp "
                "như sau:\n\nẤp | Hộ nghèo | Hộ cận nghèo\nAn Lạc | 19 | 31\nAn Ninh | 17 | 29\nAn Thạnh | 16 | 35\n"
                "Hòa Định | 15 | 27\n")


def test_which_hamlet_has_the_most_is_worked_out_from_the_tables_rows(app):
    # (each row is a fact of its own; none says which hamlet has the most, so "Ấp nào … nhiều hộ nghèo nhất" had none)
    ingest(app, HAMLET_TABLE, "xã Định Yên, huyện Lấp Vò, tỉnh Đồng Tháp")
    assert answers_with(app, "Ấp nào ở xã Định Yên có nhiều hộ nghèo nhất?", "An Lạc", "19")
    # the column asked is the one whose words the question says, the longest first ("hộ cận nghèo", not "hộ nghèo")
    assert answers_with(app, "Ấp nào ở Định Yên có nhiều hộ cận nghèo nhất vậy?", "An Thạnh", "35")
    assert answers_with(app, "Ấp nào ở Định Yên ít hộ cận nghèo nhất?", "Hòa Định", "27")


def test_a_ranking_the_table_does_not_tell_is_not_worked_out(app):
    ingest(app, HAMLET_TABLE, "xã Định Yên, huyện Lấp Vò, tỉnh Đồng Tháp")
    # (a column no row has, and something else than the rows count, are not ranked from them)
    assert ask(app, "Ấp nào ở Định Yên có nhiều người khuyết tật nhất?").status != "answered"
    assert ask(app, "Ấp nào ở Định Yên có nhiều hộ nghèo được xây nhà nhất?").status != "answered"
    # (what the table does not count, another year's, a table of two rows: from the review)
    assert ask(app, "Ấp nào ở Định Yên có nhiều hộ thoát nghèo nhất?").status != "answered"
    assert ask(app, "Năm 2020 ấp nào ở Định Yên có nhiều hộ nghèo nhất?").status != "answered"
    ingest(app, "Hai ấp\n\nẤp | Hộ nghèo\nTân Lợi | 12\nTân Hòa | 9\n", "xã Tân Bình, huyện Lấp Vò, tỉnh Đồng Tháp")
    assert "Trong 2 ấp" not in ask(app, "Ấp nào ở xã Tân Bình có nhiều hộ nghèo nhất?").text


def test_a_table_not_known_whole_is_not_ranked(app):
    # (a town's row written otherwise than the communes', two tables alike a year apart: the review's cases, each
    # answered with a place that was not the first)
    ingest(app, "Hộ nghèo\n\nXã, thị trấn | Hộ nghèo\nXã Long Bình | 120\nXã Long Trị | 90\nThị trấn Vĩnh Viễn | 200 "
                "hộ nghèo, giảm 12 hộ\nXã Xà Phiên | 150\n", "huyện Long Mỹ, tỉnh Hậu Giang")
    assert "Xà Phiên" not in ask(app, "Xã, thị trấn nào ở Long Mỹ có nhiều hộ nghèo nhất?").text
    ingest(app, "Hai năm\n\nCuối năm 2022 như sau:\nẤp | Hộ nghèo\nAn Lạc | 25\nAn Ninh | 30\nAn Thạnh | 22\n\n"
                "Cuối năm 2023 như sau:\nẤp | Hộ nghèo\nAn Lạc | 12\nAn Ninh | 8\nAn Thạnh | 15\n",
           "xã Định Yên, huyện Lấp Vò, tỉnh Đồng Tháp")
    assert "📊" not in ask(app, "Ấp nào ở Định Yên có nhiều hộ nghèo nhất?").text


def test_a_hamlet_said_to_rank_first_is_the_answer_to_which_hamlet(app):
    # (the sentence has no figure, so it was no draft: "Ấp nào … cao nhất?" had no answer)
    ingest(app, "Kết quả khảo sát\n\nKết luận\n- Ấp Mỹ Phú có tỷ lệ muốn học nghề cao nhất, ấp Mỹ Hưng có nhiều người "
                "không có việc làm ổn định nhất.\n", "xã Mỹ Hội Đông, huyện Chợ Mới, tỉnh An Giang")
    assert answers_with(app, "Ấp nào ở Mỹ Hội Đông có tỷ lệ muốn học nghề cao nhất?", "Mỹ Phú")
    # (not a hamlet named by the way: "Trưởng ấp Mỹ Hưng" is who said it; from the review)
    ingest(app, "Học nghề\n\nTheo ông Huỳnh Văn Lực, Trưởng ấp Mỹ Hưng, nghề được đăng ký học nhiều nhất là may "
                "công nghiệp.\n", "xã Mỹ Hội Đông, huyện Chợ Mới, tỉnh An Giang")
    assert "Mỹ Hưng" not in ask(app, "Ấp nào ở Mỹ Hội Đông đăng ký học nghề nhiều nhất?").text


def test_a_rate_column_is_ranked_by_the_count_it_is_a_share_of(app):
    ingest(app, "Kết quả theo ấp\n\nẤp | Phiếu | Muốn học nghề | Tỷ lệ\nMỹ Phú | 98 | 47 | 48,0%\nMỹ Hưng | 95 | 45 | "
                "47,4%\nMỹ Thạnh | 104 | 39 | 37,5%\n", "xã Mỹ Hội Đông, huyện Chợ Mới, tỉnh An Giang")
    assert answers_with(app, "Ấp nào ở Mỹ Hội Đông có tỷ lệ muốn học nghề thấp nhất?", "Mỹ Thạnh", "37,5%")


def test_someone_named_with_a_role_of_their_association_or_meeting_is_drafted(app):
    # ("Thư ký: bà … – Chi hội trưởng …": no role the article's dash could open: no draft, "thư ký … tên gì" none)
    ingest(app, "Biên bản họp ấp\n\nI. THÀNH PHẦN\n1. Chủ trì: ông Huỳnh Văn Lực – Trưởng ấp Bàu Sen.\n2. Thư ký: bà "
                "Trần Thị Kim Ngân – Chi hội trưởng Chi hội Phụ nữ ấp.\n3. Có mặt 118/146 hộ được mời.\n",
           "ấp Bàu Sen, xã Bình Hòa Trung, huyện Mộc Hóa, tỉnh Long An")
    assert answers_with(app, "Thư ký cuộc họp ấp Bàu Sen tên gì?", "Trần Thị Kim Ngân")


def test_an_official_called_uncle_or_sister_with_a_role_after_the_comma_is_drafted(app):
    # (the South calls officials "chú", "chị", "anh"; only "ông"/"bà" were read so, so "Trưởng ấp … là ai" had none)
    ingest(app, "Hỏi đáp học nghề\n\nLớp sửa chữa máy nông nghiệp đợt 2 dự kiến mở vào tháng 7/2025 với 30 chỗ. Bạn "
                "đăng ký trước với chú Lâm Văn Hoài, Trưởng ấp Bình Thạnh, để xã tổng hợp danh sách.\nChào bà con. Tôi "
                "là Nguyễn Thanh Phong, công chức Văn hóa – Xã hội xã Vĩnh Trạch, xin trả lời như sau.\n",
           "xã Vĩnh Trạch, huyện Thoại Sơn, tỉnh An Giang")
    assert answers_with(app, "Trưởng ấp Bình Thạnh xã Vĩnh Trạch là ai?", "Lâm Văn Hoài")
    assert answers_with(app, "Công chức văn hóa xã hội xã Vĩnh Trạch tên gì?", "Nguyễn Thanh Phong")
    # (a resident's age after the comma is no role: her story is not an official's)
    ingest(app, "Chuyện chị Mai\n\nChị Trần Thị Mai, 45 tuổi, ở ấp Bình Hòa, vay 30 triệu đồng nuôi bò.\n",
           "xã Vĩnh Trạch, huyện Thoại Sơn, tỉnh An Giang")
    assert ask(app, "Trưởng ấp Bình Hòa xã Vĩnh Trạch là ai?").status != "answered"


def test_who_holds_a_hamlets_post_is_not_answered_from_another_hamlets_fact(app):
    ingest(app, "Nhật ký rà soát\n\nTôi được phân về tổ ấp Tân Thới, tổ trưởng là chú Huỳnh Văn Mến, Trưởng ấp.\n\nẤp "
                "Tân Dinh có 736 hộ, đầu năm còn 27 hộ nghèo.\n", "xã Tân Huề, huyện Thanh Bình, tỉnh Đồng Tháp")
    assert answers_with(app, "Tổ trưởng tổ rà soát ấp Tân Thới là ai?", "Huỳnh Văn Mến")
    assert ask(app, "Trưởng ấp Tân Dinh xã Tân Huề tên gì?").status != "answered"


def test_a_place_said_to_rank_first_after_the_ranking_answers_which(app):
    # ("Ấp có nhiều người … nhất là ấp Vĩnh Hòa": the ranking's end was read only right before "nhất")
    ingest(app, "Chi trả qua tài khoản\n\nHiện toàn xã đã có 197/564 người hưởng đăng ký nhận qua tài khoản ngân hàng. "
                "Ấp có nhiều người nhận qua tài khoản nhất là ấp Vĩnh Hòa với 52 người; ít nhất là ấp Vĩnh Phú với 19 "
                "người.\n", "xã Vĩnh Chánh, huyện Thoại Sơn, tỉnh An Giang")
    assert answers_with(app, "Ấp nào ở Vĩnh Chánh có nhiều người nhận trợ cấp qua tài khoản nhất?", "Vĩnh Hòa")


SIGNED_REPORT = ("Báo cáo kết quả công tác giải quyết việc làm 6 tháng đầu năm 2024 của huyện Thới Lai\n"
                 "ỦY BAN NHÂN DÂN HUYỆN THỚI LAI\nSố: 213/BC-UBND\nThới Lai, ngày 20 tháng 6 năm 2024\n\nBÁO CÁO\n"
                 "6 tháng đầu năm 2024, huyện giải quyết việc làm cho 1.250 lao động, đạt 52% kế hoạch.\n\n"
                 "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nHuỳnh Thị Bích Liên\n")


def test_a_documents_signer_number_and_day_are_drafted_from_its_head_and_signature(app):
    # ("(Đã ký)" between the block and the name hid the signer; the head's number and day were in no draft)
    ingest(app, SIGNED_REPORT, "huyện Thới Lai, thành phố Cần Thơ")
    assert answers_with(app, "Ai ký báo cáo này?", "Huỳnh Thị Bích Liên")
    assert answers_with(app, "Báo cáo này số mấy, ký ngày nào?", "213/BC-UBND", "ngày 20 tháng 6 năm 2024")
    # (a day the calendar has not is no document's day)
    facts = ingest(app, SIGNED_REPORT.replace("ngày 20 tháng 6", "ngày 31 tháng 6"), "huyện Cờ Đỏ, thành phố Cần Thơ")
    assert not any("31 tháng 6" in fact["answer"] for fact in facts.values())


def test_a_documents_number_and_day_answer_no_figure_asked_of_its_title(app):
    # (its title's words and "tháng 7" made the document's own fact a count of "dự toán chi bảo đảm xã hội")
    ingest(app, "Quyết định công khai dự toán chi bảo đảm xã hội năm 2023 của xã Tân Dân\nỦY BAN NHÂN DÂN XÃ TÂN DÂN\n"
                "Số: 97/QĐ-UBND\nTân Dân, ngày 22 tháng 7 năm 2024\n\nQUYẾT ĐỊNH\nCông khai số liệu chi bảo đảm xã "
                "hội theo phụ lục kèm theo.\n", "xã Tân Dân, huyện Đầm Dơi, tỉnh Cà Mau")
    assert answers_with(app, "Quyết định công khai này số mấy, ký ngày nào?", "97/QĐ-UBND", "ngày 22 tháng 7 năm 2024")
    assert ask(app, "Dự toán chi bảo đảm xã hội năm 2023 của xã Tân Dân là bao nhiêu?").status != "answered"



def test_a_notices_own_day_is_not_when_the_meeting_it_tells_of_was_held(app):
    # (the notice's draft, titled with the meeting and dated the day it was signed, stood beside the meeting's day)
    ingest(app, "Thông báo kết luận của Chủ tịch UBND xã Hòa Lợi tại cuộc họp đánh giá công tác giảm nghèo\n"
                "ỦY BAN NHÂN DÂN XÃ HÒA LỢI\nSố: 58/TB-UBND\nHòa Lợi, ngày 9 tháng 4 năm 2024\n\nTHÔNG BÁO\nNgày "
                "4/4/2024, tại Hội trường UBND xã, ông Trần Văn An, Chủ tịch UBND xã, chủ trì cuộc họp đánh giá "
                "công tác giảm nghèo quý I năm 2024. Toàn xã còn 120 hộ nghèo.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n"
                "(Đã ký)\n"
                "Nguyễn Văn Bình\n", "xã Hòa Lợi, huyện Châu Thành, tỉnh Trà Vinh")
    assert answers_with(app, "Cuộc họp đánh giá công tác giảm nghèo quý I năm 2024 ở Hòa Lợi diễn ra ngày nào?",
                        "4/4/2024")
    assert answers_with(app, "Thông báo kết luận này ký ngày nào?", "ngày 9 tháng 4 năm 2024")


def test_a_former_holder_and_a_residents_quoted_words_are_no_officials(app):
    # (from the review: "cán bộ hưu trí", "“Tôi là …, Trưởng ấp cũ …”, ông Sáu kể" had been drafted as officials)
    ingest(app, "Chuyện ở ấp Bình Hòa\n\nChị Trần Thị Lan, cán bộ hưu trí ở ấp Bình Hòa, năm nay 65 tuổi, vẫn nuôi 20 "
                "con heo.\n\n“Tôi là Nguyễn Văn Sáu, Trưởng ấp cũ, nay làm ruộng”, ông Sáu kể, gia đình ông có 3 công "
                "đất.\n", "xã Vĩnh Trạch, huyện Thoại Sơn, tỉnh An Giang")
    assert "Trần Thị Lan" not in ask(app, "Cán bộ ấp Bình Hòa là ai?").text
    assert ask(app, "Trưởng ấp Bình Hòa là ai?").status != "answered"


def test_a_registration_or_a_sessions_day_is_never_a_notices_signing_day(app):
    # (from the review: "đăng ký", "kỳ họp" read as "ký" let the notice's own day answer)
    ingest(app, "Thông báo tuyển sinh lớp nuôi tôm\nỦY BAN NHÂN DÂN XÃ HÒA LỢI\nSố: 45/TB-UBND\nHòa Lợi, ngày 3 "
                "tháng 5 năm 2024\n\nTHÔNG BÁO\nXã mở lớp nuôi tôm cho 30 học viên, hạn đăng ký đến ngày 20/5/2024.\n",
           "xã Hòa Lợi, huyện Châu Thành, tỉnh Trà Vinh")
    assert "3 tháng 5" not in ask(app, "Lớp nuôi tôm ở Hòa Lợi hạn đăng ký ngày nào?").text
    # (and a document that names no signer is asked no "who")
    assert ask(app, "Ai ký thông báo tuyển sinh lớp nuôi tôm?").status != "answered"


def test_a_news_pages_date_line_is_no_documents_day(app):
    facts = ingest(app, "Hội nghị tổng kết công tác giảm nghèo năm 2023\nThứ Hai, ngày 15 tháng 1 năm 2024\n\n"
                        "Huyện còn 120 hộ nghèo.\n", "huyện Châu Thành, tỉnh Trà Vinh")
    assert not any("15 tháng 1" in fact["answer"] for fact in facts.values())


def test_a_place_that_stands_out_among_others_is_no_ranking(app):
    ingest(app, "Chi trả qua tài khoản\n\nNhiều hộ chưa nhận qua tài khoản, nhất là ấp Vĩnh Phú với 30 hộ.\n",
           "xã Vĩnh Chánh, huyện Thoại Sơn, tỉnh An Giang")
    assert ask(app, "Ấp nào ở Vĩnh Chánh có nhiều hộ nhận qua tài khoản nhất?").status != "answered"


def test_how_many_women_is_never_answered_with_everyones_count(app):
    ingest(app, "Xã Đức Lập lo việc làm cho lao động mất việc\n\nTrong 418 lao động mất việc, có 356 người đã nộp "
                "hồ sơ hưởng trợ cấp thất nghiệp.\n\nLớp may công nghiệp có 40 học viên, trong đó 25 học viên nữ.\n",
           "xã Đức Lập, huyện Đức Hòa, tỉnh Long An")
    assert answers_with(app, "Trong 418 lao động mất việc có bao nhiêu người đã nộp hồ sơ?", "356")
    assert ask(app, "Trong 418 lao động mất việc có bao nhiêu người là nữ?").status != "answered"
    assert ask(app, "Trong 418 lao động mất việc có bao nhiêu người là nam?").status != "answered"
    assert answers_with(app, "Lớp may công nghiệp có bao nhiêu học viên nữ?", "25")


def test_what_a_place_means_to_do_is_asked_of_its_target(app):
    ingest(app, "Xã Tân Phước đặt chỉ tiêu giảm nghèo\n\nNăm 2024, xã Tân Phước giảm được 41 hộ nghèo.\n\nNăm 2025, xã "
                "phấn đấu giảm thêm 30 hộ nghèo.\n", "xã Tân Phước, huyện Tân Hồng, tỉnh Đồng Tháp",
           published="2025-01-10")
    assert answers_with(app, "Năm nay xã Tân Phước tính bớt bao nhiêu hộ nghèo?", "30")
    assert answers_with(app, "Năm 2024 xã Tân Phước giảm được bao nhiêu hộ nghèo?", "41")
    # (a place of the asker's means to do it; the asker's own wish is no plan)
    assert "plan" in analyse("năm nay xã mình tính trao bao nhiêu con bò").kinds
    assert "plan" not in analyse("con tui muốn đi học nghề thì được bao nhiêu tiền").kinds


def test_another_places_figure_of_a_year_is_offered_never_passed_off_as_a_later_years(app):
    # (published in 2022, of 2021: "Năm 2022 … bao nhiêu" had been answered with 2021's figure)
    ingest(app, "Thị xã Gò Công nhìn lại năm 2021\n\nNăm 2021, thị xã có 37 người đi làm việc ở nước ngoài theo hợp "
                "đồng.\n", "thị xã Gò Công, tỉnh Tiền Giang", published="2022-01-20")
    assert answers_with(app, "Năm 2021 thị xã Gò Công có bao nhiêu người đi xuất khẩu lao động?", "37")
    answer = ask(app, "Năm 2022 thị xã Gò Công có bao nhiêu người đi xuất khẩu lao động?")
    assert answer.status == "suggest" and "2022" in answer.text


def test_a_year_compared_with_after_its_figure_is_not_the_statements_own(app):
    facts = ingest(app, "Xã Vĩnh Bình Bắc năm 2022\n\nTỷ lệ người dân tham gia bảo hiểm y tế của xã đạt 91,4%, tăng so "
                        "với mức 88,2% của năm 2021.\n", "xã Vĩnh Bình Bắc, huyện Vĩnh Thuận, tỉnh Kiên Giang",
                   published="2022-12-28")
    assert [f["as_of"][:4] for f in facts.values() if "91,4" in f["answer"] or f["values"]] == ["2022"]
    assert answers_with(app, "Tỷ lệ tham gia BHYT của xã Vĩnh Bình Bắc năm 2022 là bao nhiêu?", "91,4")


def test_one_hamlets_figures_never_answer_for_its_commune(app):
    ingest(app, "Đông Hưng B chi trả trợ cấp dịp Tết\n\nToàn xã có 783 người cao tuổi nhận trợ cấp.\n\nẢnh: Bà con ấp "
                "Kim Quy B nhận trợ cấp. Điểm chi trả này có 178 đối tượng, trong đó 102 người khuyết tật.\n\nẤp Kim "
                "Quy A có nhiều lao động đi làm việc ở nước ngoài nhất với 6 người.\n\nChị Lê Thị Tuyền (ấp Kim Quy B) "
                "đạt điểm cao nhất lớp may với 9,4 điểm.\n", "xã Đông Hưng B, huyện An Minh, tỉnh Kiên Giang")
    assert answers_with(app, "Xã Đông Hưng B có bao nhiêu người cao tuổi nhận trợ cấp?", "783")
    assert ask(app, "Xã Đông Hưng B có bao nhiêu người khuyết tật nhận trợ cấp?").status != "answered"
    # (which hamlet is still asked of its commune; someone's address makes no figure a hamlet's)
    assert answers_with(app, "Ấp nào trong xã Đông Hưng B có nhiều lao động đi nước ngoài nhất, mấy người?",
                        "Kim Quy A")
    assert answers_with(app, "Lớp may ai đạt điểm cao nhất, được mấy điểm?", "9,4")


def test_a_chairman_is_the_chairman_of_the_body_named(app):
    # ("Chủ tịch UBND xã … là ai" had been answered with the chairwoman of the women's union)
    ingest(app, "Xã Tân Long Hội giám sát chi trả trợ cấp\n\nBà Phạm Thị Kim Loan, đại biểu HĐND xã, Chủ tịch Hội Liên "
                "hiệp Phụ nữ xã, cho biết có 120 người nhận trợ cấp.\n",
           "xã Tân Long Hội, huyện Mang Thít, tỉnh Vĩnh Long")
    assert answers_with(app, "Chủ tịch Hội Liên hiệp Phụ nữ xã Tân Long Hội là ai?", "Phạm Thị Kim Loan")
    assert answers_with(app, "Chủ tịch Hội Phụ nữ xã Tân Long Hội tên gì?", "Phạm Thị Kim Loan")
    for question in ("Chủ tịch UBND xã Tân Long Hội là ai?", "Chủ tịch xã Tân Long Hội tên gì?",
                     "Chủ tịch Hội Nông dân xã Tân Long Hội là ai?"):
        answer = ask(app, question)
        assert answer.status != "answered" or "Phạm Thị Kim Loan" not in answer.text


def test_a_whole_provinces_figure_in_a_communes_article_is_the_provinces(app):
    # ("toàn tỉnh hiện có khoảng 118.000 lao động …" in xã Hội An's article was the commune's figure)
    facts = ingest(app, "Xã Hội An đón công nhân về quê\n\nToàn xã có 1.286 lao động đang làm việc ngoài tỉnh.\n\nBà "
                        "Trần Thị Thu Hà, Phó Giám đốc Sở, cho biết toàn tỉnh hiện có khoảng 118.000 lao động đang làm "
                        "việc ngoài tỉnh.\n", "xã Hội An, huyện Chợ Mới, tỉnh An Giang")
    assert {f.get("place") for f in facts.values() if "118.000" in f["values"].values()} == {"tỉnh An Giang"}
    assert answers_with(app, "Toàn tỉnh An Giang có bao nhiêu lao động làm việc ngoài tỉnh?", "118.000")
    assert answers_with(app, "Xã Hội An có bao nhiêu lao động làm việc ngoài tỉnh?", "1.286")
    # (a province named after it is another: "cả tỉnh Đồng Tháp" is no whole of this article's province)
    assert "tỉnh An Giang" not in {f.get("place") for f in ingest(
        app, "Xã Hội An\n\nCả tỉnh Đồng Tháp có 9 lớp học.\n", "xã Hội An, huyện Chợ Mới, tỉnh An Giang").values()}


def test_a_list_of_communes_makes_a_statement_the_districts(app):
    # ("Huyện xây mới mấy điểm vui chơi …" of "tại các xã Long Giang, Long Kiến, …": one commune's, not the district's)
    ingest(app, "Chợ Mới chăm lo trẻ em\n\nHuyện cũng xây dựng mới 5 điểm vui chơi cho trẻ em tại các xã Long Giang, "
                "Long Kiến, Hội An, Nhơn Mỹ và Hòa Bình với tổng kinh phí 750 triệu đồng.\n",
           "huyện Chợ Mới, tỉnh An Giang")
    assert answers_with(app, "Huyện xây mới mấy điểm vui chơi cho trẻ em?", "5")


def test_two_facts_naming_the_one_holder_of_the_role_asked_answer_as_one(app):
    # ("Bí thư Đoàn xã … tên gì" was only offered: the meeting's list of those present names him too)
    ingest_eval(app, "hoaancauke")
    assert answers_with(app, "Bí thư Đoàn xã Hòa Ân tên gì vậy, nghe nói ảnh được giao lo vụ việc làm với lớp lục bình",
                        "Thạch Sô Phol")


def test_the_one_in_charge_of_something_is_asked_who_is_in_charge_of_it(app):
    # ("Người trực tiếp phụ trách công tác … của xã là bà …" drafted no "Ai phụ trách …?": only offered)
    ingest(app, "Bạn đọc viết: Hộ nghèo chờ tiền điện\n\nXã có 186 hộ nghèo.\n\nNgười trực tiếp phụ trách công tác lao "
                "động – thương binh và xã hội của xã là bà Thạch Thị Sa Rinh, công chức Văn hóa – Xã hội.\n",
           "xã Mỹ Phước, huyện Mỹ Tú, tỉnh Sóc Trăng")
    assert answers_with(app, "Ai là người phụ trách lao động thương binh xã hội ở xã Mỹ Phước?", "Thạch Thị Sa Rinh")


def test_a_documents_label_names_who_did_it_and_their_role(app):
    # ("- Người trình bày: Võ Thị Bích Tuyền – công chức …" drafted nobody: a role was read only after ông, bà, chị …)
    ingest(app, "Báo cáo kết quả năm 2024 của xã Thành Thới B\n\n- Người trình bày: Võ Thị Bích Tuyền – công chức Văn "
                "hóa – Xã hội xã Thành Thới B\n\n- Xã có 39 hộ thoát nghèo.\n",
           "xã Thành Thới B, huyện Mỏ Cày Nam, tỉnh Bến Tre")
    assert answers_with(app, "Cô Võ Thị Bích Tuyền ở xã Thành Thới B làm chức vụ gì vậy?", "công chức Văn hóa")
    assert answers_with(app, "Ai trình bày báo cáo của xã Thành Thới B?", "Võ Thị Bích Tuyền")


def test_an_infographics_figure_and_its_caption_below_are_one_statement(app):
    # ("1.386" on its line, "lao động được giải quyết việc làm, …" on the next had been two statements, neither saying
    # what the figure counts: held-back Năm Căn, 13 of 35 right, 5 wrong)
    ingest(app, "[Infographic] Năm Căn: Một năm nhìn lại\n\nVIỆC LÀM\n\n1.386\nlao động được giải quyết việc làm, đạt "
                "115,5% kế hoạch năm\n\n68,4%\ntỷ lệ lao động qua đào tạo toàn huyện\n\n9,6 tỷ đồng\nvốn vay Quỹ quốc "
                "gia về việc làm\n", "huyện Năm Căn, tỉnh Cà Mau")
    assert answers_with(app, "Năm 2024 huyện Năm Căn giải quyết việc làm cho bao nhiêu lao động?", "1.386")
    assert answers_with(app, "Tỷ lệ lao động qua đào tạo của huyện Năm Căn là bao nhiêu?", "68,4")
    assert answers_with(app, "Vốn vay Quỹ quốc gia về việc làm ở Năm Căn bao nhiêu tiền?", "9,6 tỷ")


def test_a_sentences_opening_subject_is_said_of_each_of_its_clauses(app):
    # ("Về bảo hiểm thất nghiệp, … 412 hồ sơ …; 398 người có quyết định hưởng với tổng số tiền hơn 9,8 tỷ đồng; …": the
    # second clause, a statement of its own, no longer said what the 9,8 tỷ was paid for)
    ingest(app, "Thới Bình chăm lo người lao động\n\nVề bảo hiểm thất nghiệp, từ đầu năm đến nay, huyện đã tiếp nhận "
                "412 hồ sơ đề nghị hưởng trợ cấp thất nghiệp; 398 người có quyết định hưởng với tổng số tiền hơn 9,8 "
                "tỷ đồng; 57 người được hỗ trợ học nghề.\n", "huyện Thới Bình, tỉnh Cà Mau")
    answer = ask(app, "Tổng tiền trợ cấp thất nghiệp đã chi ở Thới Bình là bao nhiêu?")
    assert answer.status == "answered" and "9,8 tỷ" in answer.text and "bảo hiểm thất nghiệp" in answer.text


def test_the_trades_a_sentence_names_answer_which_trades(app):
    ingest(app, "Thạnh Tân dạy nghề cho phụ nữ\n\nNăm 2024, xã Thạnh Tân mở 3 lớp dạy nghề miễn phí cho 88 phụ nữ: may "
                "công nghiệp, làm bánh dân gian và trồng nấm.\n", "xã Thạnh Tân, huyện Thạnh Trị, tỉnh Sóc Trăng")
    assert answers_with(app, "Năm 2024 xã Thạnh Tân mở những lớp nghề gì?", "may")



def test_a_bare_name_of_a_commune_we_know_is_not_a_namesake_district_elsewhere(app):
    # ("Vĩnh Thạnh được mấy người …" of huyện Lấp Vò's list was read as huyện Vĩnh Thạnh of Cần Thơ, whose facts we do
    # not hold: "chưa có thông tin này của huyện Vĩnh Thạnh")
    ingest_eval(app, "lapvo")
    assert answers_with(app, "Vĩnh Thạnh được mấy người trong quyết định 2168 dạ?", "Vĩnh Thạnh")


def test_what_is_done_by_a_date_is_asked_by_its_own_words(app):
    # ("Hết thời hạn niêm yết, UBND xã …, báo cáo UBND huyện Ba Tri trước ngày 05/12/2023": only when the listing ended
    # was asked, so "báo cáo lên huyện trước ngày nào" found nothing)
    ingest(app, "Thông báo niêm yết kết quả rà soát hộ nghèo xã Tân Thủy\n\nHết thời hạn niêm yết, UBND xã tổng hợp, "
                "báo cáo UBND huyện Ba Tri trước ngày 05/12/2023 và ban hành quyết định công nhận hộ nghèo.\n",
           "xã Tân Thủy, huyện Ba Tri, tỉnh Bến Tre")
    assert answers_with(app, "UBND xã phải báo cáo lên huyện Ba Tri trước ngày nào?", "05/12/2023")



def test_a_fact_lacking_the_questions_rarest_word_is_still_weighed(app):
    # ("thưởng" is in the title and the total, not in the clause giving each household's sum, which narrowing by the
    # rarest word first left out)
    ingest_eval(app, "chauthanhdt")
    assert answers_with(app, "hộ thoát nghèo bền vững thì mỗi hộ được thưởng nhiêu tiền dị", "2.000.000")


def test_a_commune_named_bare_with_capitals_anywhere_in_the_question_is_that_commune(app):
    # ("Hiện Ninh Quới A có bao nhiêu người …": a bare name only opening the question or after "ở" was read, so this
    # one named no place and got our district's figure first)
    ingest(app, "Cần Đước: đào tạo nghề năm 2024\n\nNăm 2024, huyện mở 41 lớp nghề với 1.120 học viên. Trong đó, xã "
                "Long Hựu Đông mở 4 lớp nghề với 118 học viên.\n", "huyện Cần Đước, tỉnh Long An", published="2024-12-20")
    reply = ask(app, "Năm nay Long Hựu Đông mở được mấy lớp nghề?").text
    assert "4 lớp" in reply and "8 lớp" not in reply


def test_a_broadcasts_statement_is_of_the_commune_it_opens_with_after_who_says_it(app):
    # ("Phóng viên (lời dẫn): Tại xã Phước Thạnh, … mở 4 lớp dạy nghề" was drafted as the city's and answered "Mỹ Tho
    # mở mấy lớp dạy nghề"; "Về đào tạo nghề," was not said of the city's own 42 classes, nor "82,6%" read whole)
    facts = ingest(app, "Mỹ Tho: 9 tháng giải quyết việc làm cho hơn 3.200 lao động\n\nVề đào tạo nghề, thành phố đã "
                        "mở 42 lớp cho 1.156 học viên, đạt 82,6% kế hoạch năm là 1.400 người.\n\nPhóng viên (lời dẫn): "
                        "Tại xã Phước Thạnh, từ đầu năm đến nay, xã đã phối hợp mở 4 lớp dạy nghề với 115 học viên.\n",
                   "thành phố Mỹ Tho, tỉnh Tiền Giang", published="2023-09-29")
    [commune] = [f for f in facts.values() if f.get("values", {}).get("classes") == "4"]
    assert commune["place"].startswith("xã Phước Thạnh")
    assert not any("6%" in keyword for f in facts.values() for keyword in f["keywords"])
    assert answers_with(app, "Mỹ Tho 9 tháng 2023 mở được mấy lớp dạy nghề?", "42 lớp")


def test_a_count_is_never_answered_by_a_statement_without_one(app):
    # ("Bò giống: cấp vào lúc 7 giờ 30 ngày 15/11/2023 …", saying its own words whole, answered how many households got
    # a cow: a statement without figures was taken to say any count)
    ingest_eval(app, "vangiao")
    assert answers_with(app, "Năm 2023 xã Văn Giáo có bao nhiêu hộ được hỗ trợ bò giống?", "12 hộ")
    assert answers_with(app, "Bò giống cấp lúc mấy giờ?", "7 giờ 30")


def test_a_documents_time_and_place_lines_say_when_and_where_what_it_records_was_held(app):
    # (minutes' "Thời gian: Vào lúc 13 giờ 30 phút, ngày 18 tháng 10 năm 2023." was asked as "Thời gian khi nào?", and
    # "Địa điểm: …" was drafted nowhere; a hamlet of the district served was said to be "không phải của huyện Long Mỹ")
    ingest(app, "Biên bản họp bình xét hộ nghèo, hộ cận nghèo năm 2024 ấp 3, xã Lương Tâm\n\nThời gian: Vào lúc 13 "
                "giờ 30 phút, ngày 18 tháng 10 năm 2023.\nĐịa điểm: Nhà văn hóa ấp 3, xã Lương Tâm, huyện Long Mỹ.\n\n"
                "Toàn ấp có 412 hộ, 1.586 nhân khẩu.\n", "ấp 3, xã Lương Tâm, huyện Long Mỹ, tỉnh Hậu Giang",
           published="2023-10-20")
    held = ask(app, "ấp 3 họp bình xét hộ nghèo năm 2024 vào ngày nào vậy bn")
    assert held.status == "answered" and "ngày 18 tháng 10 năm 2023" in held.text
    assert "Nhà văn hóa ấp 3" in held.text and "không phải của toàn huyện Long Mỹ" in held.text
    assert answers_with(app, "Họp bình xét hộ nghèo ở ấp 3 tổ chức ở đâu?", "Nhà văn hóa ấp 3")


def test_votes_are_counted(app):
    # (minutes' "Hộ bà Võ Thị Thu: 33/40 phiếu, đạt 82,5%" drafted the rate only: "mấy phiếu" found nothing)
    ingest(app, "Biên bản họp bình xét hộ nghèo năm 2024 ấp 3\n\nKết quả biểu quyết hộ cận nghèo phát sinh mới:\n"
                "Hộ bà Võ Thị Thu: 33/40 phiếu, đạt 82,5%;\n", "ấp 3, xã Lương Tâm, huyện Long Mỹ, tỉnh Hậu Giang",
           published="2023-10-20")
    assert answers_with(app, "hộ bà Võ Thị Thu xét cận nghèo được mấy phiếu đồng ý", "33/40 phiếu")


def test_two_statements_giving_the_count_asked_alike_are_no_choice(app):
    # ("8 hộ thoát cận nghèo." and "Thống nhất 8 hộ thoát cận nghèo: 39/40 phiếu …" were offered as a choice)
    ingest(app, "Biên bản họp bình xét hộ nghèo năm 2024 ấp 3\n\nSau bình xét, ấp có 8 hộ thoát cận nghèo.\n\n"
                "Kết quả biểu quyết: Thống nhất 8 hộ thoát cận nghèo: 39/40 phiếu, đạt 97,5%.\n",
           "ấp 3, xã Lương Tâm, huyện Long Mỹ, tỉnh Hậu Giang", published="2023-10-20")
    assert answers_with(app, "Ấp 3 có bao nhiêu hộ thoát cận nghèo?", "8 hộ thoát cận nghèo")


def test_a_communes_longer_name_is_not_a_district_its_first_words_name(app):
    # ("Vĩnh Thuận Đông", a commune of Long Mỹ, was read as huyện Vĩnh Thuận of Kiên Giang and "Đông")
    ingest(app, "Long Mỹ: kết quả BHXH tự nguyện\n\nKết quả tại các xã (số người tham gia BHXH tự nguyện):\n"
                "- Xã Vĩnh Thuận Đông: 217 người.\n- Xã Thuận Hòa: 198 người.\n",
           "huyện Long Mỹ, tỉnh Hậu Giang", published="2023-09-28")
    assert answers_with(app, "Vĩnh Thuận Đông có nhiêu người đóng BHXH tự nguyện vậy ad?", "217")
    elsewhere = ask(app, "huyện Vĩnh Thuận có bao nhiêu người đóng BHXH tự nguyện?").text
    assert "huyện Vĩnh Thuận" in elsewhere and elsewhere.count("Thuận Hòa") + elsewhere.count("Thuận Hoà") <= 1


def test_what_a_statement_of_targets_says_is_held_over_days_is_asked_by_when_it_starts_and_ends(app):
    # (the campaign's days were said inside a sentence of its targets, drafted as a target only; its dateline
    # "(longmy.haugiang.gov.vn) –" opened the answer)
    facts = ingest(app, "Long Mỹ: Phát động Tháng cao điểm vận động tham gia BHXH tự nguyện\n\n(longmy.haugiang.gov.vn)"
                        " – Nhằm phát triển 2.550 người tham gia BHXH tự nguyện, BHXH huyện tổ chức Tháng cao điểm "
                        "vận động người dân tham gia BHXH tự nguyện, diễn ra từ ngày 02/10 đến hết ngày 31/10/2023.\n",
                   "huyện Long Mỹ, tỉnh Hậu Giang", published="2023-09-28")
    assert not any(f["answer"].startswith("(") for f in facts.values())
    assert answers_with(app, "Tháng cao điểm vận động tham gia BHXH tự nguyện bắt đầu từ ngày nào vậy?", "02/10")


def test_a_rate_asked_is_answered_only_where_one_is_given(app):
    # ("xã Xà Phiên hiện có tỷ lệ bao phủ BHYT thấp nhất huyện" answered how many percent it has)
    ingest(app, "Long Mỹ: BHYT\n\nÔng Huỳnh Thanh Phong, Giám đốc BHXH huyện Long Mỹ, cho biết xã Xà Phiên hiện có tỷ "
                "lệ bao phủ BHYT thấp nhất huyện do nhiều lao động trẻ đi làm ăn xa.\n\nToàn huyện có 2.550 người "
                "tham gia BHXH tự nguyện.\n", "huyện Long Mỹ, tỉnh Hậu Giang", published="2023-09-28")
    assert ask(app, "xã Xà Phiên bao phủ BHYT được bao nhiêu phần trăm?").status != "answered"


def test_a_director_is_asked_by_the_body_they_head(app):
    # ("Giám đốc BHXH huyện Long Mỹ tên gì" was answered with the Department's director, and the statement naming the
    # Social Insurance office's was asked only which commune ranks last)
    ingest(app, "Long Mỹ: BHYT\n\nÔng Huỳnh Thanh Phong, Giám đốc BHXH huyện Long Mỹ, cho biết xã Xà Phiên hiện có tỷ "
                "lệ bao phủ BHYT thấp nhất huyện do nhiều lao động trẻ đi làm ăn xa.\n", "huyện Long Mỹ, tỉnh Hậu Giang",
           published="2023-09-28")
    assert answers_with(app, "Giám đốc BHXH huyện Long Mỹ tên gì vậy mọi người?", "Huỳnh Thanh Phong")
    assert answers_with(app, "Ai là giám đốc Sở Lao động - Thương binh và Xã hội tỉnh?", "Trần Thanh Liêm")


def test_a_day_figures_are_counted_to_holds_for_the_rest_of_its_paragraph(app):
    # ("Số người tham gia BHXH tự nguyện là 1.846 người … từ nay đến cuối năm, huyện còn phải phát triển thêm 704
    # người", after "tính đến ngày 31/8/2023" in the sentence before, was dated the end of the year)
    facts = ingest(app, "Long Mỹ: kết quả BHXH\n\nTheo báo cáo của BHXH huyện, tính đến ngày 31/8/2023, toàn huyện có "
                        "70.412 người tham gia BHYT. Số người tham gia BHXH tự nguyện là 1.846 người. Như vậy, từ nay "
                        "đến cuối năm, huyện còn phải phát triển thêm 704 người tham gia BHXH tự nguyện.\n",
                   "huyện Long Mỹ, tỉnh Hậu Giang", published="2023-09-28")
    assert {f["as_of"] for f in facts.values() if {"1.846", "704"} & set(f["values"].values())} == {"2023-08-31"}


def test_xong_is_read_as_hoan_thanh(app):
    # ("Sau khi bình xét xong …": no statement says "xong", so it weighed as a word the question asks of)
    ingest_eval(app, "luongtam")
    assert answers_with(app, "Sau khi bình xét xong thì ấp 3 còn lại bao nhiêu hộ nghèo?", "13 hộ nghèo")


def test_a_place_asked_its_own_figure_is_not_asked_which_ranks_though_the_asker_heard_it_does(app):
    # ("nghe nói xã tui bao phủ BHYT thấp nhứt huyện, dị là được bao nhiêu phần trăm" found no statement of the lowest
    # giving a rate, and said it knew nothing of Xà Phiên; "chợ Xà Phiên" is in the commune)
    ingest(app, "Long Mỹ: BHYT\n\nÔng Huỳnh Thanh Phong, Giám đốc BHXH huyện Long Mỹ, cho biết xã Xà Phiên hiện có tỷ "
                "lệ bao phủ BHYT thấp nhất huyện.\n\nKết quả tại các xã (tỷ lệ bao phủ BHYT; số người tham gia BHXH tự "
                "nguyện):\n- Xã Lương Tâm: 92,1%; 201 người.\n- Xã Xà Phiên: 88,3%; 214 người.\n",
           "huyện Long Mỹ, tỉnh Hậu Giang", published="2023-09-28")
    assert answers_with(app, "Tui ở Xà Phiên, nghe nói xã tui bao phủ BHYT thấp nhứt huyện, dị là được bao nhiêu phần "
                             "trăm?", "88,3%")


def test_a_district_asked_its_highest_rate_is_not_given_its_overall_rate(app):
    ingest(app, "Long Mỹ: hộ nghèo\n\nTỷ lệ hộ nghèo toàn huyện Long Mỹ là 3,2%.\n\nTỷ lệ hộ nghèo theo xã:\n"
                "- Xã Lương Tâm: 2,1%.\n- Xã Lương Nghĩa: 4,0%.\n", "huyện Long Mỹ, tỉnh Hậu Giang", published="2023-09-28")
    reply = ask(app, "Ở huyện Long Mỹ, tỷ lệ hộ nghèo cao nhất là bao nhiêu phần trăm?")
    assert reply.status != "answered" or "3,2%" not in reply.text


def test_a_market_named_after_its_commune_is_in_it():
    assert [p.name for m in find_places("ngày 15/10/2023 tại chợ Xà Phiên") for p in m.places] == ["Xã Xà Phiên"]
    assert [p.name for m in find_places("huyện Chợ Mới, tỉnh An Giang") for p in m.places][:1] == ["Huyện Chợ Mới"]


def test_an_amount_said_for_each_one_of_a_group_is_each_ones_and_its_questions_keep_no_other_figures_trace(app):
    # ("mỗi tháng nhà nước hỗ trợ cho hộ nghèo bao nhiêu tiền" found no amount each one gets in "… 99.000 đồng đối với
    # người thuộc hộ nghèo", and its questions read "người thuộc hộ nghèo ()", "hằng tháng đồng đối với …")
    facts = ingest(app, "Long Mỹ: BHXH tự nguyện\n\nNhà nước hỗ trợ hằng tháng 99.000 đồng đối với người thuộc hộ nghèo "
                        "(30%), 82.500 đồng đối với người thuộc hộ cận nghèo (25%) và 33.000 đồng đối với các đối tượng "
                        "khác (10%).\n", "huyện Long Mỹ, tỉnh Hậu Giang", published="2023-09-28")
    asked = [q for f in facts.values() for q in f["questions"]]
    assert not any("()" in q or "tháng đồng" in q for q in asked)
    assert answers_with(app, "Nhà tui thuộc hộ nghèo, nghe nói đóng BHXH tự nguyện thì nhà nước có phụ. Vậy mỗi tháng "
                             "nhà nước hỗ trợ cho hộ nghèo bao nhiêu tiền?", "99.000")


def test_a_total_paid_out_to_a_group_is_not_each_ones(app):
    ingest(app, "Long Mỹ: vốn vay\n\nPhòng giao dịch NHCSXH huyện đã giải ngân 850 triệu đồng đối với hộ nghèo.\n",
           "huyện Long Mỹ, tỉnh Hậu Giang", published="2023-09-28")
    reply = ask(app, "Mỗi hộ nghèo được vay bao nhiêu tiền?")
    assert reply.status != "answered" or "850" not in reply.text


def test_a_residents_year_is_asked_by_the_clause_saying_it_and_the_last_thing_they_did(app):
    # ("Làm ruộng, nuôi cá, năm 2008 ông nghe cán bộ ấp tuyên truyền và tham gia BHXH tự nguyện." was asked as "… làm
    # ruộng, nuôi cá, ông nghe cán bộ ấp tuyên truyền năm nào?", cut before what he did)
    facts = ingest(app, "Long Mỹ: BHXH tự nguyện\n\nMột điển hình là ông Trần Văn Hùng (sinh năm 1962, ngụ ấp 6, xã Vĩnh "
                        "Viễn A). Làm ruộng, nuôi cá, năm 2008 ông nghe cán bộ ấp tuyên truyền và tham gia BHXH tự "
                        "nguyện.\n", "huyện Long Mỹ, tỉnh Hậu Giang", published="2023-09-28")
    assert "Ông Trần Văn Hùng tham gia BHXH tự nguyện năm nào?" in [q for f in facts.values() for q in f["questions"]]
    assert answers_with(app, "Ông Hùng bắt đầu tham gia BHXH tự nguyện từ năm nào?", "năm 2008")
    facts = ingest(app, "Long Mỹ: BHXH tự nguyện\n\nBà Nguyễn Thị Lan (ngụ ấp 3, xã Lương Tâm) cho biết năm 2019 bà và "
                        "chồng cùng tham gia BHXH tự nguyện.\n", "huyện Long Mỹ, tỉnh Hậu Giang", published="2023-09-28")
    asked = [q for f in facts.values() for q in f["questions"] if "Lan" in q]
    assert asked and all(")" not in q and "Lan chồng" not in q for q in asked)


def test_what_is_held_over_days_is_asked_by_its_name_alone(app):
    # ("thang cao diem toi ngay nao thi ket thuc dzay" said too little of "Tháng cao điểm vận động người dân tham gia BHXH
    # tự nguyện, BHYT hộ gia đình kết thúc ngày nào?", and "dzay" was a word no fact has)
    ingest(app, "Long Mỹ: Phát động Tháng cao điểm\n\nBHXH huyện tổ chức Tháng cao điểm vận động người dân tham gia BHXH "
                "tự nguyện, BHYT hộ gia đình, diễn ra từ ngày 02/10 đến hết ngày 31/10/2023.\n",
           "huyện Long Mỹ, tỉnh Hậu Giang", published="2023-09-28")
    assert answers_with(app, "thang cao diem toi ngay nao thi ket thuc dzay", "31/10/2023")
    ingest(app, "Long Mỹ: Hội nghị\n\nBHXH huyện tổ chức Hội nghị tuyên truyền về BHXH tự nguyện, diễn ra từ ngày 05/9 "
                "đến hết ngày 06/9/2023.\n", "huyện Long Mỹ, tỉnh Hậu Giang", published="2023-09-28")
    other = ask(app, "Hội nghị tổng kết năm diễn ra khi nào?")  # a name that only says the kind of event
    assert other.status != "answered" or "05/9" not in other.text


def test_dzay_and_zay_are_vay():
    assert [t.canon for t in tokens("dzay")] == [t.canon for t in tokens("zay")] == ["vậy"]


def test_who_answers_is_said_in_the_answer_not_asked_as_what_is_counted(app):
    # ("Bà Hà trả lời: năm 2024 mức hỗ trợ xây mới là 40 triệu đồng/căn" was asked as "Bà Hà trả lời: năm 2024 mức hỗ
    # trợ xây mới là mỗi căn bao nhiêu tiền?")
    facts = ingest(app, "Biên bản họp ấp 3\n\nÝ KIẾN CỦA NGƯỜI DÂN\n\nBà Hà trả lời: năm 2024 mức hỗ trợ xây mới là 40 "
                        "triệu đồng/căn, sửa chữa 20 triệu đồng/căn.\n",
                   "ấp 3, xã Lương Tâm, huyện Long Mỹ, tỉnh Hậu Giang", published="2023-10-20")
    [fact] = [f for f in facts.values() if f["values"]]
    assert "Bà Hà trả lời" in fact["answer"]
    assert not any("trả lời" in said for said in (fact["title"], *fact["questions"], *fact["keywords"]))
    assert answers_with(app, "Mức hỗ trợ xây mới mỗi căn ở ấp 3 năm 2024 là bao nhiêu tiền?", "40 triệu đồng/căn")
    answered = ingest(app, "Biên bản họp ấp 3\n\nSố ý kiến cử tri đã được trả lời: 12 ý kiến.\n",
                      "ấp 3, xã Lương Tâm, huyện Long Mỹ, tỉnh Hậu Giang", published="2023-10-20")
    assert any("trả lời" in q for f in answered.values() for q in f["questions"])  # what is counted, no one speaking



def test_the_whole_district_asked_by_someone_from_one_of_its_communes_is_not_their_communes_figure(app):
    # ("Nhà tui ở xã Viên An Đông … Cho hỏi toàn huyện tới giờ đã làm xong bao nhiêu căn rồi?" got the commune's 31)
    ingest_eval(app, "ngochien")
    reply = ask(app, "Nhà tui ở xã Viên An Đông, năm rồi còn ở cái chòi lá dột tứ tung. Mới rồi được xã đưa vô danh sách "
                     "xóa nhà tạm. Cho hỏi toàn huyện tới giờ đã làm xong bao nhiêu căn rồi?")
    assert reply.status != "answered" or "31 căn" not in reply.text


def test_a_fact_giving_back_only_the_sum_the_asker_states_does_not_answer_them(app):
    # ("Chị Hằng … lương đóng bảo hiểm 6.200.000 một tháng thì mỗi tháng lãnh trợ cấp nhiêu tiền?" was offered the
    # letter saying her wage, 6.200.000 đồng, instead of the answer's 3.720.000 đồng a month)
    ingest_eval(app, "mochoabhtn")
    assert answers_with(app, "Chị Hằng ở Bình Hòa Đông lương đóng bảo hiểm 6.200.000 một tháng thì mỗi tháng lãnh trợ "
                             "cấp nhiêu tiền?", "3.720.000")


SCHEDULE = ("Xã Tân Lập: lịch chi trả trợ cấp tháng 10/2024\n\nII. LỊCH CHI TRẢ TIỀN MẶT THEO TỪNG ẤP\n"
            "1. Ấp 1: ngày 08/10/2024 (thứ Ba), từ 7 giờ 30 đến 11 giờ 00, tại Nhà văn hóa ấp 1. Số người nhận: 92 "
            "người, số tiền 95.420.000 đồng.\n"
            "2. Ấp 2: ngày 08/10/2024 (thứ Ba), từ 13 giờ 30 đến 16 giờ 30, tại điểm Trường Tiểu học Tân Lập (ấp 2). Số "
            "người nhận: 78 người, số tiền 80.150.000 đồng.\n"
            "3. Ấp 3: ngày 09/10/2024 (thứ Tư), từ 7 giờ 30 đến 11 giờ 00, tại Hội trường Ủy ban nhân dân xã. Số người "
            "nhận: 85 người, số tiền 88.370.000 đồng.\n"
            "Tổng cộng toàn xã: 255 người, tổng kinh phí 263.940.000 đồng.\n")


def test_a_hamlets_row_of_a_schedule_says_where_and_from_what_hour(app):
    # ("tại điểm Trường Tiểu học" named no place, so "ở đâu" found nothing; "mấy giờ bắt đầu" asked of a start no
    # statement says, though "từ 13 giờ 30" is when it starts)
    ingest(app, SCHEDULE, "xã Tân Lập, huyện Mộc Hóa, tỉnh Long An", published="2024-10-03")
    assert answers_with(app, "ap 2 phat tien o dau ad oi", "Trường Tiểu học Tân Lập")
    assert answers_with(app, "Ấp 2 mấy giờ bắt đầu phát tiền?", "13 giờ 30")


def test_a_reports_total_line_is_titled_by_its_label():
    # ("Tổng cộng toàn xã: 522 người" was titled "Người cộng", and asked as "bao nhiêu người cộng")
    facts = draft_article(SCHEDULE, "UBND xã", "2024-10-03", "xã Tân Lập, huyện Mộc Hóa, tỉnh Long An").data["facts"]
    total = next(f for f in facts if "255" in f["values"].values())
    assert total["title"].startswith("Tổng cộng toàn xã")
    assert "Ở Tân Lập, tổng cộng bao nhiêu người?" in total["questions"]
    assert not any("người cộng" in q for q in total["questions"])
    # (a label saying what is totalled keeps it: "Tổng số lao động được giải quyết việc làm: 520 người")
    labelled = draft_article(SCHEDULE + "- Tổng số lao động được giải quyết việc làm: 520 người.\n", "UBND xã",
                             "2024-10-03", "xã Tân Lập, huyện Mộc Hóa, tỉnh Long An").data["facts"]
    jobs = next(f for f in labelled if "520" in f["values"].values())
    assert "giải quyết việc làm" in jobs["title"] and not any("tổng cộng" in q for q in jobs["questions"])


def test_when_those_given_to_were_counted_does_not_date_the_gift(app):
    # ("tặng 412 hộ nghèo theo kết quả rà soát cuối năm 2023", in a plan for Tết Giáp Thìn 2024, was dated the end of
    # 2023, and "Tết Giáp Thìn … tặng quà cho bao nhiêu hộ nghèo" was told there was no figure of 2024)
    facts = ingest(app, "Kế hoạch tặng quà Tết Giáp Thìn năm 2024\n\nQuà của tỉnh cho hộ nghèo: mức 500.000 đồng/hộ, "
                        "tặng 412 hộ nghèo theo kết quả rà soát cuối năm 2023, thành tiền 206.000.000 đồng.\n",
                   "thị xã Kiến Tường, tỉnh Long An", published="2024-01-15")
    assert {f["as_of"] for f in facts.values() if "412" in f["values"].values()} == {"2024-01-15"}
    assert answers_with(app, "Tết Giáp Thìn thị xã Kiến Tường tặng quà cho bao nhiêu hộ nghèo vậy?", "412")


def test_a_table_weighing_targets_states_what_was_done(app):
    said = ("Bảng đánh giá chỉ tiêu: Chi trả trợ cấp ưu đãi người có công đúng, đủ, kịp thời: 146 người có công "
            "hưởng trợ cấp hằng tháng, kế hoạch 2019 100.")
    assert "target" not in answer_kinds([], said)
    assert "target" in answer_kinds([], "Chỉ tiêu năm 2020: giải quyết việc làm cho 450 lao động.")
    ingest_eval(app, "dienhai")  # xã Điền Hải's table of 2019's targets, each row with what was done
    assert "146" in ask(app, "Ở xã Điền Hải có nhiêu người có công đang lãnh trợ cấp hằng tháng vậy?").text


def test_a_cooperatives_name_is_no_commune():
    assert not find_places("Hợp tác xã lục bình Hưng Thạnh có bao nhiêu thành viên?")
    assert find_places("xã Lục Bình có bao nhiêu hộ nghèo?")  # (a commune of Bắc Kạn)


def test_an_associations_name_says_no_group_its_gifts_went_to():
    from knowledge.decision import groups_named
    assert groups_named("Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo huyện") == {"children"}
    assert not groups_named("Hội Bảo trợ người khuyết tật huyện trao bao nhiêu xe lăn?")
    assert groups_named("Có bao nhiêu người khuyết tật được trao xe lăn?") == {"disabled"}


def test_a_paragraph_about_a_class_goes_on_about_it_without_naming_it(app):
    from knowledge.ingest import _paragraph_subject
    assert _paragraph_subject("Ảnh 1: Lớp may công nghiệp khai giảng sáng 5/8/2024 tại hội trường ấp Tân Hòa.") \
        == "Lớp may công nghiệp"
    assert _paragraph_subject("Năm 2024, xã mở 3 lớp dạy nghề.") == ""
    assert _paragraph_subject("Lớp tin học văn phòng khai giảng ngày 5/9.") == "Lớp tin học văn phòng"
    assert _paragraph_subject("Phiên giao dịch việc làm được tổ chức tại xã.") == "Phiên giao dịch việc làm"
    assert _paragraph_subject("Mô hình này đã giúp 20 hộ.") == ""
    facts = ingest_eval(app, "thanhtan")  # a photo essay: a caption for each class, its hours said after
    hours = next(f for f in facts.values() if "7 giờ 30" in f["answer"])
    assert "Lớp may công nghiệp" in hours["keywords"]
    assert ask(app, "lớp may học mấy giờ tới mấy giờ vậy?").fact_ids[:1] == [hours["id"]]  # (first, offered or answered)


def test_a_payment_notices_rows_and_deadlines_are_asked_as_residents_ask_them(app):
    from knowledge.ingest import when_questions, WHEN_SAID, when_said
    assert [f.text for f in figures_of("Bảo hiểm xã hội huyện đã chuyển về xã 1.318 thẻ gia hạn.")] == ["1.318"]
    assert [f.text for f in figures_of("Khóm 2 có 35 hộ.")] == ["35"]  # (a hamlet's number is no count)
    assert [f.text for f in figures_of("Dự án 135 hỗ trợ 20 hộ.")] == ["20"]
    assert [f.text for f in figures_of("Chiều ngày 12, 30 hộ nghèo được nhận quà.")] == ["30"]
    late = ("Bà con nào bận việc chưa nhận được thì từ ngày 13/9/2024 đến hết ngày 20/9/2024 đến Bưu điện văn hóa xã "
            "nhận bù, trong giờ hành chính.")
    assert "Đến Bưu điện văn hóa xã nhận bù khi nào?" in when_questions(
        when_said(late, WHEN_SAID.search(late)), late, WHEN_SAID.search(late))
    held = "Lễ khai giảng được tổ chức vào ngày 5/9/2024 vừa qua."
    assert not any(q.startswith("Vừa qua") for q in when_questions(
        when_said(held, WHEN_SAID.search(held)), held, WHEN_SAID.search(held)))
    assert "place" in answer_kinds([], "Sáng thứ Năm, ngày 12/9/2024: ấp Cầu Đôi (65 người), nhận tại điểm trường "
                                       "Tiểu học Ba Trinh ấp Cầu Đôi.")
    facts = ingest_eval(app, "batrinh")  # a commune radio's bulletin: the month's payment, hamlet by hamlet, the cards
    renewed = next(f for f in facts.values() if "1.318" in f["answer"] or f["values"].get("cards") == "1.318")
    assert "thẻ bảo hiểm y tế" in renewed["keywords"]  # (the sentence before names the cards in full)
    assert any(f["title"].startswith("Ấp Cầu Đôi") for f in facts.values())  # (a row titled by its hamlet)
    assert "điểm trường Tiểu học" in ask(app, "ấp cầu đôi nhận tiền trợ cấp bửa nào, ở chổ nào").text
    assert "1.318" in ask(app, "Xã nhận về bao nhiêu thẻ bảo hiểm y tế gia hạn đợt này?").text


def test_a_day_of_every_month_is_a_day_not_a_count(app):
    assert not figures_of("Nhân viên bưu điện chi tận nhà vào ngày 11 và 12 hằng tháng.")
    assert analyse("clb sinh hoạt ngày mấy hằng tháng, ở đâu").unit is None
    facts = ingest_eval(app, "longhoa")  # a ward's payments: into accounts on the 5th, in cash from the 6th to the 10th
    assert any("từ ngày 2 đến ngày 14 hằng tháng" in f["answer"] for f in facts.values())
    assert "ngày 2" in ask(app, "lương hưu chuyễn vào tài khoảng từ ngày mấy vậy").text



def test_a_table_written_between_dashes_under_its_columns_is_read_row_by_row():
    from knowledge.ingest import _tables_read
    lines = ["Thông báo", "(Ấp – số người – ngày chi tháng 9 – giờ chi – địa điểm)",
             "1. Ấp Tân Phú A – 128 người – thứ Năm 05/9/2024 – 7 giờ 30 đến 10 giờ 30 – Nhà văn hóa ấp Tân Phú A.",
             "2. Ấp Tân Thạnh – 91 người – thứ Hai 09/9/2024 – 13 giờ 30 đến 16 giờ – Nhà văn hóa ấp Tân Thạnh.",
             "3. Chi bổ sung cho người vắng mặt – thứ Ba 10/9/2024 – 7 giờ 30 đến 16 giờ – Bưu điện văn hóa xã."]
    read, _ = _tables_read(lines)
    assert read[1] == ("Ấp Tân Phú A: 128 người, ngày chi tháng 9 thứ Năm 05/9/2024, giờ chi 7 giờ 30 đến 10 giờ 30, "
                       "địa điểm Nhà văn hóa ấp Tân Phú A.")
    assert read[-1] == lines[-1]  # (a row of fewer cells is not told which columns it leaves out: kept as written)
    assert "place" in answer_kinds([], read[1])


def test_a_plans_target_answers_when_nothing_done_does_and_what_was_done_is_not_asked(app):
    ingest_eval(app, "chauthanhkg")  # a district's plan for 2024: "Các chỉ tiêu chủ yếu: …"
    assert "3.720" in ask(app, "huyện có bn đối tượng bảo trợ xh dc nhận trợ cấp hàng tháng v ad").text
    for asked in ("năm 2023 huyện đã chi trả trợ cấp xã hội hàng tháng cho bao nhiêu đối tượng",  # (what was done)
                  "hiện nay huyện có bao nhiêu đối tượng bảo trợ xã hội nhận trợ cấp hàng tháng",  # (what is now)
                  "hiện huyện có bao nhiêu đối tượng bảo trợ xã hội", "huyện đang có bao nhiêu đối tượng bảo trợ",
                  "năm qua huyện chi trả trợ cấp cho bao nhiêu đối tượng bảo trợ xã hội",
                  "tỷ lệ chi trả trợ cấp qua tài khoản đạt bao nhiêu",
                  "huyện chi trả trợ cấp hàng tháng cho 3 ngàn đối tượng bảo trợ rồi phải hông"):  # (whether done)
        assert app.kb.ask(asked).status != "answered", asked


def test_a_long_fact_with_no_rival_answers_when_it_has_every_telling_word_of_the_question(app):
    ingest_eval(app, "thanhphong")  # a commune's schedule of health checks, hamlet by hamlet, a long line each
    assert "18/10/2024" in ask(app, "Ấp Thạnh Hải khám ngày nào vậy?").text
    ingest_eval(app, "dinhan")  # (syllables of other words are no match: "đô la" is not "do", "la")
    assert app.kb.ask("Tỷ giá đô la hôm nay bao nhiêu?").status != "answered"
    ingest_eval(app, "ninhkieu")  # (nor a word found only as part of another: "tỷ" as the "ty" of "Công ty")
    assert app.kb.ask("Tỷ giá đô la hôm nay bao nhiêu?").status != "answered"


def test_next_year_asks_a_plan_and_a_years_start_is_not_its_end(app):
    assert app.kb.ask("khi nào phát quà tết năm sau").status != "answered"  # (Long Mỹ's gifts were last Tết's)
    ingest_eval(app, "thanhtan")  # "Năm 2025, xã đăng ký mở 4 lớp …", written in November 2024: a plan
    assert "30 học viên" in ask(app, "hỏi chút năm sau lớp trồng nấm rơm nhận bao nhiêu học viên").text
    ingest_eval(app, "thuongphuoc1")  # "Tỷ lệ hộ nghèo của huyện cuối năm 2024 còn 2,85%", and no start's rate
    assert "2,85%" in ask(app, "Tỷ lệ hộ nghèo của huyện Hồng Ngự cuối năm 2024 là bao nhiêu?").text
    assert app.kb.ask("Tỷ lệ hộ nghèo của huyện Hồng Ngự đầu năm 2024 là bao nhiêu?").status != "answered"


def test_one_alternative_asked_is_never_answered_by_a_fact_of_another(app):
    ingest(app, "Xã Tân Hòa chăm lo an sinh\n\n"
                "Hiện toàn xã có 1.246 lao động tham gia bảo hiểm xã hội bắt buộc. "
                "Năm 2024, xã hỗ trợ xây mới 12 căn nhà cho hộ nghèo. "
                "Hội Liên hiệp Phụ nữ xã quản lý tổng dư nợ 38 tỷ đồng với 1.046 hộ vay. "
                "Mỗi tháng xã chi trả trợ cấp cho 214 người khuyết tật.\n",
           "xã Tân Hòa, huyện Long Mỹ, tỉnh Hậu Giang")
    assert "1.246" in ask(app, "Xã Tân Hòa có bao nhiêu người tham gia bảo hiểm xã hội bắt buộc?").text
    assert "12 căn" in ask(app, "Năm 2024 xã Tân Hòa xây mới bao nhiêu căn nhà cho hộ nghèo?").text
    for asked in ("Xã Tân Hòa có bao nhiêu người tham gia bảo hiểm xã hội tự nguyện?",  # (the other scheme)
                  "Năm 2024 xã Tân Hòa sửa chữa bao nhiêu căn nhà cho hộ nghèo?",  # (repairs, not new houses)
                  "Tổng dư nợ ủy thác qua Hội Nông dân xã Tân Hòa là bao nhiêu?",  # (another union's loans)
                  "Xã Tân Hòa có bao nhiêu người khuyết tật nặng được trợ cấp?"):  # (a degree the fact does not say)
        assert app.kb.ask(asked).status != "answered", asked


def test_another_commune_said_with_its_kind_but_typed_bare_is_not_ours(app):
    ingest(app, "Long Đức chuẩn bị mừng thọ\n\nNăm nay toàn xã Long Đức có 409 cụ được chúc thọ, mừng thọ.\n",
           "xã Long Đức, thành phố Trà Vinh, tỉnh Trà Vinh", published="2025-01-20")
    assert "409" in ask(app, "xa long duc nam nay mung tho bao nhieu cu").text
    for asked in ("xa Long Hoa nam nay mung tho bao nhieu cu vay", "Xã Long Hòa năm nay mừng thọ bao nhiêu cụ?"):
        assert app.kb.ask(asked).status != "answered", asked
    assert "409" in ask(app, "du no xa minh bao nhieu, xa long duc nam nay mung tho bao nhieu cu").text  # (no Minh Bảo)


def test_a_script_for_reading_aloud_gives_its_figures_in_words_and_they_are_drafted_in_digits(app):
    facts = ingest(app, "Bản tin phát thanh xã Tân Hòa\n\nNăm 2024, toàn xã có một trăm hai mươi lăm hộ nghèo. "
                        "Xã đã trao bốn trăm năm mươi phần quà Tết, mỗi phần trị giá năm trăm nghìn đồng.\n",
                   "xã Tân Hòa, huyện Long Mỹ, tỉnh Hậu Giang")
    assert {"125", "450", "500.000"} <= {v for f in facts.values() for v in f["values"].values()}
    assert "125 hộ nghèo" in ask(app, "Xã Tân Hòa có bao nhiêu hộ nghèo?").text
    assert "450" in ask(app, "Tân Hòa trao bao nhiêu phần quà Tết?").text


def test_the_town_of_the_same_name_never_answers_for_the_district_served(app):
    ingest(app, "Thị xã Long Mỹ giảm nghèo\n\nKết quả rà soát cuối năm 2024, Long Mỹ còn 531 hộ nghèo.\n",
           "thị xã Long Mỹ, tỉnh Hậu Giang", published="2025-01-14")
    assert "531" in ask(app, "Thị xã Long Mỹ còn bao nhiêu hộ nghèo?").text
    reply = ask(app, "Cuối năm 2024 hộ nghèo huyện Long Mỹ còn bao nhiêu?").text
    assert "1.562" in reply and "531" not in reply  # (the district's own figure, the latest it has, not the town's)


def test_a_table_copied_from_a_spreadsheet_or_a_pdf_is_read_as_one_between_bars():
    from knowledge.ingest import read_article
    appendix = ("Biểu tổng hợp năm 2025\n"
                "STT\tChỉ tiêu\tĐVT\tKế hoạch 2025\tThực hiện 2025\n"
                "1\tHộ nghèo cuối năm\tHộ\t120\t95\n"
                "I\tHộ cận nghèo\t\t\t\n"  # (a group of the rows numbered under it)
                "1.1\tTỷ lệ cuối năm\t%\t\t3,1\n"
                "\n"  # (a blank line between rows is no end of the table)
                "2\tLao động có việc làm mới\tLao động\t300\t\n"
                "Ghi chú: số liệu đến 31/12/2025.\n"
                "TT   Ấp              Hộ nghèo    Hộ cận nghèo\n"
                "1    Ấp Tân Lợi      12          30\n"
                "2    Ấp Hòa Bình                 25\n"  # (no poor households written: the 25 are near-poor)
                "     Tổng cộng       40          80\n"
                "Xã có  hai điểm  tiếp nhận hồ sơ.")  # (spaces doubled in a sentence alone are slips, not cells)
    assert read_article(appendix).sentences == [
        "Hộ nghèo cuối năm: thực hiện 2025 95 hộ, kế hoạch 2025 120 hộ.",  # (in the unit its row gives)
        "Hộ cận nghèo, tỷ lệ cuối năm: thực hiện 2025 3,1 %.",
        "Lao động có việc làm mới: kế hoạch 2025 300 lao động.",
        "Ghi chú: số liệu đến 31/12/2025.",
        "Ấp Tân Lợi: 12 hộ nghèo, 30 hộ cận nghèo.",
        "Ấp Hòa Bình: 25 hộ cận nghèo.",
        "Tổng cộng: 40 hộ nghèo, 80 hộ cận nghèo.",
        "Xã có hai điểm tiếp nhận hồ sơ."]


def test_a_bulletins_items_are_headed_by_their_headlines_and_a_later_items_meeting_is_its_own():
    from knowledge.ingest import draft_article
    bulletin = ("Bản tin truyền thanh xã Hòa An\n"
                "Tin thứ nhất: Mời thanh niên đăng ký học nghề sửa máy nông nghiệp.\n"
                "Lớp tuyển 35 học viên. Hạn chót đăng ký là ngày 20/12/2024 tại Ủy ban nhân dân xã.\n"
                "Tin thứ hai: Tư vấn đi làm việc ở nước ngoài.\n"
                "Vào lúc 8 giờ 30 sáng ngày 30/12/2024, xã tổ chức buổi tư vấn đi làm việc tại Nhật Bản.")
    facts = draft_article(bulletin, "Đài xã", "2024-12-16", "xã Hòa An, huyện Phụng Hiệp, tỉnh Hậu Giang").data["facts"]
    assert not any(f["answer"].startswith("Tin thứ") for f in facts)
    assert not any("30" in f["values"].values() for f in facts)  # ("lúc 8 giờ 30": minutes, no count)
    deadline = next(f for f in facts if "20/12/2024" in f["answer"])
    assert "Mời thanh niên đăng ký học nghề sửa máy nông nghiệp" in deadline["keywords"]
    assert not any("Nhật Bản" in keyword for keyword in deadline["keywords"])


# A commune's statistical appendix as a spreadsheet copied to text gives it (invented).
APPENDIX = (
    'Phụ lục số liệu công tác lao động, người có công và xã hội năm 2025 của xã Hòa An\n'
    '\n'
    'Biểu 1. Kết quả thực hiện các chỉ tiêu\n'
    'STT\tChỉ tiêu\tĐVT\tKế hoạch 2025\tThực hiện 2025\tSo sánh (%)\n'
    '1\tHộ nghèo\t\t\t\n'
    '1.1\tSố hộ nghèo cuối năm\tHộ\t60\t52\t86,7\n'
    '1.2\tTỷ lệ hộ nghèo\t%\t1,9\t1,6\t\n'
    '2\tLao động được giải quyết việc làm\tLao động\t250\t268\t107,2\n'
    '3\tThẻ bảo hiểm y tế cấp cho hộ cận nghèo\tThẻ\t400\t412\t103,0\n'
    '\n'
    'Ghi chú: Số liệu tính đến ngày 31/12/2025.\n'
    '\n'
    'Người lập biểu\n'
    'Nguyễn Văn A\n')


def test_a_spreadsheets_rows_answer_their_questions_in_the_unit_their_row_gives(app):
    ingest(app, APPENDIX, "xã Hòa An, huyện Phụng Hiệp, tỉnh Hậu Giang", source="Cổng TTĐT xã Hòa An",
           published="2026-01-10")
    assert answers_with(app, "xã Hòa An năm 2025 còn bao nhiêu hộ nghèo?", "52 hộ")
    assert answers_with(app, "ty le ho ngheo xa hoa an 2025", "1,6")
    assert answers_with(app, "xa hoa an cap bn the bhyt cho ho can ngheo", "412 thẻ")


def test_a_header_over_two_lines_names_each_column_with_the_cell_merged_over_it():
    from knowledge.ingest import read_article
    appendix = ("Phụ lục\n"
                "STT\tChỉ tiêu\tĐVT\tNăm 2025\t\t\n"
                "\t\t\tKế hoạch\tThực hiện\tSo sánh (%)\n"
                "1\tHộ nghèo cuối năm\tHộ\t60\t52\t86,7\n")
    assert read_article(appendix).sentences == [
        "Hộ nghèo cuối năm: thực hiện năm 2025 52 hộ, so sánh năm 2025 86,7 %, kế hoạch năm 2025 60 hộ."]


def test_a_span_of_years_asked_is_answered_by_a_figure_of_its_last_year(app):
    # ("nhiệm kỳ 2020-2025" of a 2025 congress report's "trong nhiệm kỳ": not a figure of 2020 lacking)
    ingest_eval(app, "hoalocdong")
    assert analyse("nhiệm kỳ 2020 – 2025 có mấy hộ").spans == {(2020, 2025)}
    reply = ask(app, "ca nhiem ky 2020-2025 xa hoa loc dong tang bao nhieu phan qua nguoi co cong")
    assert reply.status == "answered" and "12.460" in reply.text
    assert ask(app, "nhiệm kỳ 2010-2015 xã Hòa Lộc Đông tặng bao nhiêu phần quà người có công").status != "answered"


def test_the_level_that_gives_is_a_word_of_what_is_asked(app):
    # "quà của tỉnh": the province's gifts, not the district's beside them (the place asked of is settled apart)
    ingest_eval(app, "gocongdong")
    province = ask(app, "Quà của tỉnh mỗi phần trị giá bao nhiêu?")
    assert province.status == "answered" and "mức 500.000 đồng/phần" in province.text
    district = ask(app, "quà của huyện mỗi phần trị giá bao nhiêu?")
    assert district.status == "answered" and "mức 300.000 đồng/phần" in district.text
    assert not set(province.fact_ids) & set(district.fact_ids)
