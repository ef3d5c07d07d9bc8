import unicodedata

import pytest

from knowledge.analysis import roles_in
from knowledge.normalize import canonical_word, clauses, clean, fold, tokens
from knowledge.numbers import figures_in_digits


def canons(text):
    return [t.canon for t in tokens(text)]


def folds(text):
    return [t.fold for t in tokens(text)]


def test_decomposed_unicode_matches_composed():
    composed = "Tỷ lệ hộ nghèo"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert canons(decomposed) == canons(composed)


@pytest.mark.parametrize("old, new", [("hoà", "hòa"), ("khoá", "khóa"), ("thuý", "thúy"), ("tuỳ", "tùy"), ("loè", "lòe")])
def test_old_and_new_tone_placement_are_one_word(old, new):
    assert canonical_word(old) == canonical_word(new)


@pytest.mark.parametrize("y, i", [("tỷ", "tỉ"), ("lý", "lí"), ("Mỹ", "Mĩ"), ("kỹ", "kĩ"), ("quý", "quí")])
def test_i_and_y_spellings_are_one_word(y, i):
    assert canonical_word(y) == canonical_word(i)


def test_tone_stays_on_the_marked_vowel():
    assert canonical_word("người") == "người"
    assert canonical_word("nghèo") == "nghèo"
    assert canonical_word("già") == "già"  # gi- is a consonant here
    assert canonical_word("hoàng") == "hoàng"  # closed syllable: on the last vowel


def test_fold_maps_d_stroke_which_unicode_decomposition_leaves_alone():
    assert unicodedata.normalize("NFD", "đ") == "đ"
    assert fold("Đăng ký đào tạo") == "dang ky dao tao"


def test_fold_merges_words_that_diacritics_keep_apart():
    assert {fold(w) for w in ("hộ", "họ", "hồ")} == {"ho"}
    assert len({canonical_word(w) for w in ("hộ", "họ", "hồ")}) == 3
    assert fold("nghèo") != fold("nghề")


@pytest.mark.parametrize("typed, meant", [("bửa nào", "hôm nào"), ("chổ nào", "chỗ nào"), ("hổ trợ", "hỗ trợ"),
                                          ("đả nhận", "đã nhận"), ("mổi tháng", "mỗi tháng")])
def test_hoi_and_nga_said_alike_in_the_south_are_typed_for_each_other(typed, meant):
    assert canons(typed) == canons(meant)


@pytest.mark.parametrize("typed, meant", [("ngân hàg", "ngân hàng"), ("tỷ đồg", "tỷ đồng"), ("thág 8", "tháng 8"),
                                          ("phầm trăm", "phần trăm"), ("lương hưu đổi sag ngày mấy",
                                                                       "lương hưu đổi sang ngày mấy")])
def test_a_final_consonant_slipped_is_read_as_meant(typed, meant):
    assert canons(typed) == canons(meant)


def test_a_word_ending_in_g_in_a_message_typed_bare_is_left_alone():
    assert canons("blog tag AG") == ["blog", "tag", "ag"]


def test_a_word_with_either_tone_that_is_a_word_of_its_own_stays_itself():
    for said in ("thiệt hại do bão lũ", "tặng sữa cho trẻ", "giảm một nửa học phí", "chia sẻ khó khăn", "bình tĩnh"):
        assert " ".join(canons(said)) == " ".join(canonical_word(w) for w in said.split())


def test_a_name_is_not_read_as_colloquial_words():
    assert canons("ông Trần Văn Sanh")[-1] == "sanh" and canons("Sanh con được bao nhiêu")[0] == "sinh"


@pytest.mark.parametrize("typed, meaning", [
    ("ko", "không"), ("k", "không"), ("hk", "không"), ("bn", "bao nhiêu"), ("dc", "được"),
    ("đk", "đăng ký"), ("dk", "đăng ký"), ("z", "vậy"), ("j", "gì"), ("r", "rồi"),
    ("xkld", "xuất khẩu lao động"), ("ldtbxh", "lao động thương binh xã hội"), ("ubnd", "ủy ban nhân dân"),
    ("vc làm", "việc làm"), ("csxh", "chính sách xã hội"), ("gq vc", "giải quyết việc"),
    ("vay gqvl", "vay giải quyết việc làm"), ("ít nhứt", "ít nhất"),  # "nhứt": the South's "nhất"
    ("nhận vô làm", "nhận vào làm"),  # "vô": the South's "vào"
    ("sanh con", "sinh con"), ("đẻ con", "sinh con"), ("bịnh gì", "bệnh gì"),  # the South's "sinh", "bệnh"
    ("mượn tiền ngân hàng", "vay tiền ngân hàng"), ("làm mướn", "làm thuê"), ("mấy h", "mấy giờ"),
    ("tctn bao nhiêu", "trợ cấp thất nghiệp bao nhiêu"), ("có qđ chưa", "có quyết định chưa"),
])
def test_teencode_and_abbreviations_expand(typed, meaning):
    assert canons(typed) == canons(meaning)


@pytest.mark.parametrize("typed, meaning", [
    ("mua bh tai nạn", "mua bảo hiểm tai nạn"), ("cty nợ bh", "công ty nợ bảo hiểm"),
    ("bh y tế", "bảo hiểm y tế"), ("bh mới có tiền", "bao giờ mới có tiền"), ("lãnh bh", "lãnh bao giờ"),
])
def test_bh_is_insurance_bought_owed_or_of_a_kind_and_else_when(typed, meaning):
    assert canons(typed) == canons(meaning)


def test_one_after_how_much_is_each_and_profit_is_said_either_way():
    assert canons("hỗ trợ nhiêu tiền một căn") == canons("hỗ trợ nhiêu tiền mỗi căn")
    assert canons("bao nhieu mot thang") == canons("bao nhieu moi thang")
    assert "một" in canons("rút bảo hiểm xã hội một lần")  # (no amount asked before it)
    assert canons("mỗi vụ lời được nhiêu") == canons("mỗi vụ lãi được nhiêu")


def test_vậy_closing_a_message_with_its_tone_slipped_is_vậy_and_nothing_else_is():
    assert canons("bao nhiu phần trăm vây") == canons("bao nhiu phần trăm vậy")
    assert canons("có bao nhiêu hộ cận nghèo dậy?") == canons("có bao nhiêu hộ cận nghèo vậy?")
    assert canons("ai dạy")[-1] == "dạy" and canons("dậy sớm")[0] == "dậy"


def test_an_abbreviation_weighs_more_than_one_word_and_less_than_all_of_them():
    shares = [t.share for t in tokens("xkld")]
    assert 1.0 < sum(shares) < 2.0
    assert sum(t.share for t in tokens("%")) == pytest.approx(1.0)  # (a rate asked, no term)


def test_numbers_are_read_the_vietnamese_and_the_english_way():
    assert folds("1.562 hộ") == folds("1,562 hộ") == ["1562", "ho"]
    assert folds("7,48%")[0] == folds("7.48")[0] == "7.48"
    assert folds("2,80")[0] == "2.8"


def test_markup_punctuation_and_emoji_are_not_words():
    assert folds("<b>hộ</b> nghèo!!! 👍😀") == ["ho", "ngheo"]
    assert tokens("👍") == ()
    assert tokens("   ") == ()


def test_word_pairs_do_not_span_punctuation():
    parts = clauses("bảo trợ xã hội, hộ nghèo")
    assert [[t.fold for t in c] for c in parts] == [["bao", "tro", "xa", "hoi"], ["ho", "ngheo"]]


def test_clean_removes_control_and_zero_width_characters():
    assert clean("hộ\x00 nghèo\u200b\x1b[31m ") == "hộ nghèo [31m"


@pytest.mark.parametrize("typed, meant", [
    ("hooj ngheo", "hộ ngheo"), ("viec lamf", "viec làm"), ("hộ nghèof", "hộ nghèo"), ("tyr le", "tỉ le"),
    ("dduowcj", "được"), ("rates", "rates"),  # an English word is no Telex
])
def test_tone_keys_typed_as_letters_are_read_as_tones(typed, meant):
    assert " ".join(t.canon for t in tokens(typed)) == meant


@pytest.mark.parametrize("typed, meant", [
    ("ho65 ca65n nghe2o", "hộ cận nghèo"), ("ngu7o72i", "người"), ("bao hie63m", "bao hiểm"), ("d9a2o", "đào"),
    ("ho6 ngheo2", "hô nghèo"),
    ("F1", "f 1"), ("ap3", "ap 3"), ("lop12", "lop 12"),  # a code, a hamlet's number, a grade: no VNI keys
])
def test_vni_keys_typed_as_digits_are_read_as_marks(typed, meant):
    assert " ".join(t.canon for t in tokens(typed)) == meant


def test_english_words_mixed_in_read_as_their_vietnamese():
    assert " ".join(t.canon for t in tokens("near-poor households")) == "cận nghèo hộ"


def test_a_long_phrase_is_read_as_its_synonym_despite_one_words_slipped_marks():
    assert canons("mở bao nhiêu lớp dạy nghê") == canons("mở bao nhiêu lớp đào tạo nghề")
    assert canons("bao nhiêu người đi làm viẹc ở nước ngoài") == canons("bao nhiêu người xuất khẩu lao động")
    assert canons("bao nhiêu người đi du") == ["bao", "nhiêu", "người", "đi", "du"]  # two words: each must be its own
    assert canons("Người dân đầu năm được hỗ trợ gì") == ["người", "dân", "đầu", "năm", "được", "hỗ", "trợ", "gì"]
    assert canons("nhà tôi ở xa thị trấn")[3] == "xa"  # bare in a text typed with marks: on purpose


def test_a_word_typed_with_some_of_its_marks_is_that_word_but_a_word_of_its_own_is_not():
    from knowledge.normalize import half_marked
    assert half_marked("ngừoi", "người") and half_marked("viêc", "việc") and half_marked("dươc", "được")
    assert not half_marked("họ", "hộ") and not half_marked("xa", "xã")  # no letter marks, or none: another word
    assert not half_marked("người", "người") and not half_marked("ngưới", "người")



def test_a_long_phrase_is_read_as_its_synonym_though_one_word_is_half_marked_and_one_bare():
    canons = [t.canon for t in tokens("có bao nhiêu ngừoi đi lam viêc ở nước ngoài")]
    assert canons[-4:] == ["xuất", "khẩu", "lao", "động"]
    assert [t.canon for t in tokens("đi du học")] == ["đi", "du", "học"]  # a bare word on purpose: not "dự"


def test_southern_particles_and_ways_of_saying_who_came_read_as_they_mean():
    from knowledge.normalize import is_filler
    assert canons("nhiêu lớp dợ") == canons("nhiêu lớp vậy")
    assert is_filler(tokens("cà")[0]) and is_filler(tokens("dợ")[0])
    assert canons("bao nhiêu người tới dự") == canons("bao nhiêu người tham gia")
    # "quà Tết" says which gifts: a gift of another day is no answer to it
    assert "tết" in canons("mỗi phần quà Tết trị giá bao nhiêu")


@pytest.mark.parametrize("text, roles", [
    ("Ai là trưởng phòng Lao động?", {"truong phong"}),
    ("bà Quách Thị Ngọc Diệp, Phó Trưởng phòng Lao động", {"pho phong"}),  # the deputy, no head
    ("phó phòng lao động", {"pho phong"}),
    ("Phó Giám đốc Sở", {"pho giam doc", "pho giam doc so"}),  # and the body they head
    ("Giám đốc BHXH huyện Long Mỹ", {"giam doc", "giam doc bhxh"}),
    ("Chủ tịch UBND xã", {"chu tich", "chu tich ubnd"}),  # the commune's chairman, said in full
    ("Phó Chủ tịch UBND xã", {"pho chu tich", "pho chu tich ubnd"}),
    ("Chủ tịch Hội Liên hiệp Phụ nữ xã", {"chu tich hoi phu"}),  # no commune's chairman
    ("Chủ tịch CĐCS công ty", {"chu tich cong doan"}),
])
def test_a_deputys_role_is_not_the_heads(text, roles):
    assert roles_in(tokens(text)) == roles


@pytest.mark.parametrize("outlet", ["Cổng Thông tin điện tử huyện Tân Phước", "Trang thông tin điện tử xã Long Trị",
                                    "Báo điện tử Hậu Giang"])
def test_an_outlets_electronic_portal_says_nothing_of_electricity(outlet):
    assert "dien" not in [t.fold for t in tokens(outlet)]  # ("tiền điện" asks of none of its facts)


@pytest.mark.parametrize("typed", ["bao nhêu lượt", "bao nhiểu lượt", "bao nghiêu lượt", "bao nhieeu luot"])
def test_how_many_mistyped_by_a_letter_still_asks_how_many(typed):
    assert [t.fold for t in tokens(typed)][:2] == ["bao", "nhieu"]
    assert all(t.has_diacritics for t in tokens(typed)[1:2]) == any(t.has_diacritics for t in tokens(typed))


@pytest.mark.parametrize("typed", ["bao hiem y te", "bảo hiểm y tế", "bao giờ", "bao lâu"])
def test_other_words_after_bao_are_their_own(typed):
    assert "nhieu" not in [t.fold for t in tokens(typed)]


@pytest.mark.parametrize("words, digits", [
    ("toàn xã có một trăm hai mươi lăm hộ nghèo, giảm ba mươi hộ", "toàn xã có 125 hộ nghèo, giảm 30 hộ"),
    ("mỗi phần năm trăm nghìn đồng", "mỗi phần 500.000 đồng"),
    ("Hơn hai ngàn lao động", "Hơn 2.000 lao động"),
    ("một trăm linh năm người, tám mươi tư tuổi", "105 người, 84 tuổi"),
    ("năm hai nghìn không trăm hai mươi tư", "năm 2024"),
    ("tỷ lệ còn ba phẩy năm phần trăm", "tỷ lệ còn 3,5%"),
    ("đầu tư ba mươi tỷ", "đầu tư 30 tỷ"),  # ("tư" of "đầu tư" is no digit)
    # (left as words: a digit alone, a figure said short, a scale with no figure, a word typed bare)
    ("hai hộ", "hai hộ"), ("hai trăm năm", "hai trăm năm"), ("hàng nghìn người", "hàng nghìn người"),
    ("phần trăm", "phần trăm"), ("tram y te", "tram y te"),
    ("huyện Tháp Mười", "huyện Tháp Mười"), ("ấp Mười Quang", "ấp Mười Quang"), ("Mười hai hộ. Ông Mười", "12 hộ. Ông Mười"),
    ("tết nhâm dần tháp mười tặng", "tết nhâm dần tháp mười tặng"),
])
def test_figures_written_in_words_are_read_in_digits(words, digits):
    assert figures_in_digits(words) == digits
