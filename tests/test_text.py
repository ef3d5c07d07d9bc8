from channels.text import numbered_plain, split_message, to_plain
from handlers import Choice, Reply


def test_plain_text_unescapes_and_drops_tags():
    assert to_plain("<b>Hộ nghèo</b> &lt;b&gt; 7,48%") == "Hộ nghèo <b> 7,48%"


def test_choices_become_numbered_lines():
    text = numbered_plain(Reply("Chọn:", [Choice("Giảm nghèo", "menu:poverty"), Choice("Quà Tết", "menu:welfare")]))
    assert "  1. Giảm nghèo\n  2. Quà Tết" in text


def test_short_messages_are_not_split():
    assert split_message("<b>a</b>\nb", 4096) == ["<b>a</b>\nb"]


def test_long_messages_split_between_lines_and_keep_tags_whole():
    lines = [f"<b>Dòng {i}</b> " + "chữ " * 20 for i in range(200)]
    pieces = split_message("\n".join(lines), 4096)
    assert len(pieces) > 1
    assert all(len(p) <= 4096 for p in pieces)
    assert all(p.count("<b>") == p.count("</b>") for p in pieces)
    assert "\n".join(pieces) == "\n".join(lines)


def test_a_single_huge_line_is_cut_between_words_without_breaking_entities():
    line = "<b>x</b> " + "a&amp;b " * 1000
    pieces = split_message(line, 2000)
    assert all(len(p) <= 2000 for p in pieces)
    assert all(p.count("&") == p.count("&amp;") for p in pieces)
    assert "<b>" not in "".join(pieces)
    assert split_message("y" * 4500, 2000) == ["y" * 2000, "y" * 2000, "y" * 500]
