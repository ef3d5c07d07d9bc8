"""What figures count: the units articles write after a number, and those that count the same kind of thing."""
from __future__ import annotations

from .normalize import fold

UNITS = {  # the unit as the article writes it -> the value's name
    "lao động": "workers", "học viên": "trainees", "phần quà": "gifts", "căn nhà": "houses", "hộ": "households",
    "người": "people", "lớp": "classes", "suất": "gifts", "căn": "houses", "lượt": "times", "đối tượng": "people",
    "phiên": "sessions", "trẻ em": "children", "học sinh": "pupils", "doanh nghiệp": "companies", "xã": "communes",
    "mô hình": "models", "trường hợp": "cases", "thẻ": "cards", "gia đình": "families", "công trình": "works",
    "hồ sơ": "records", "tập thể": "collectives", "cá nhân": "individuals", "sổ tiết kiệm": "passbooks",
    "sổ": "passbooks", "ngôi mộ": "graves", "thùng": "crates", "dự án": "projects", "hợp tác xã": "cooperatives",
    "chỉ tiêu": "openings", "ấp": "hamlets", "khóm": "hamlets", "ngày công": "workdays", "m2": "area", "m²": "area",
    "mét vuông": "area", "liệt sĩ": "martyrs", "thương binh": "invalids", "bệnh binh": "sick_soldiers",
    "cộng tác viên": "collaborators", "vận động viên": "athletes", "phiếu": "votes",
}
UNIT_WRITTEN = "|".join(sorted(UNITS, key=len, reverse=True))  # any unit, as a pattern (longest first)
WHOLE_NUMBER = r"[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,4}"  # a whole number as written: "18", "1.521"
OF_ALL = rf"/(?:{WHOLE_NUMBER})"  # the whole after a part's figure, as a pattern: "16/18 xã", "1.402/1.521 người"
AREA = "m2"  # the unit "bao nhiêu mét vuông" asks (analysis.unit_of), as a fact's "{area} m2" counts
MONEY_UNITS = frozenset({"ty", "ti", "trieu", "dong"})  # "bao nhiêu tỷ" asks money ("bao nhiêu nghìn thẻ" a count)
# Words that may follow a figure without saying what it counts ("3 năm"; "Khóm 2 phường Ngã Bảy": a place's number)
NOT_COUNTED = frozenset({"nam", "thang", "ngay", "gio", "phut", "giay", "lan", "km", "ha", "m2", "kg", "tan",
                         "trieu", "ty", "nghin", "ngan", "dong", "usd", "tram", "chuc", "quy", "tuan", "buoi", "dot",
                         "co", "la", "va", "cua", "voi", "trong", "tai", "o", "ve", "den", "tu", "cho", "so", "thu",
                         "tren", "duoi", "hon", "gan", "theo", "nay", "khi", "ma", "nen", "thi", "da", "dang",
                         "khom", "ap", "to", "phuong", "xa", "huyen", "hang"})  # ("ngày 10 hằng tháng": a day)
# first words of units that begin other units too or fold as another word does ("công trình", "công ty", "công
# nhân"; "sổ", "số"; "mô", "mộ"): they do not say what is counted
AMBIGUOUS = frozenset({"cong", "ca", "gia", "so", "hop", "du", "tap", "truong", "mo", "ngay"})
# the first word of each unit, folded as a question's unit is ("bao nhiêu doanh nghiệp": "doanh"); "hộ" and "hồ sơ"
# alike are "ho", kept: households are asked far more often
COUNTED = frozenset(fold(unit).split()[0] for unit in UNITS) - AMBIGUOUS
# Units that count the same kind of thing ("bao nhiêu người" is answered by "620 lượt lao động"); any other unit
# asked must be the one a fact counts ("bao nhiêu doanh nghiệp" is not "100 lao động")
ALIKE_UNITS = (frozenset({"nguoi", "lao", "ld", "hoc", "doi", "luot", "thanh", "tre", "em", "nhan", "khau", "ncc",
                          "truong", "ca", "van"}),  # "trường hợp", "cá nhân", "vận động viên": people counted
               frozenset({"ho", "gia"}), frozenset({"phan", "suat"}), frozenset({"can", "nha", "ngoi"}),
               frozenset({"m2", "m²", "met vuong"}),  # an area, however written ("mét" alone is a length)
               frozenset({"m", "met"}))  # a length ("dài bao nhiêu mét" of "1 điểm dài 40 m")
# Two words whose first alone says nothing of what is counted (AMBIGUOUS: "công trình", "công ty", "công nhân"): what
# they count, folded as a unit of that kind is ("bao nhiêu công ty" asks what "18 doanh nghiệp" counts)
# (a question's "ty" is "ti"; "cộng tác viên" are people; a "gia đình" is a household counted)
UNIT_PAIRS = {("cong", "ty"): "doanh", ("cong", "ti"): "doanh", ("cong", "nhan"): "nguoi", ("cong", "tac"): "nguoi",
              ("gia", "dinh"): "ho"}


def unit_named(first: str, second: str) -> str:
    """The unit a counted thing's first two words (folded) say."""
    return UNIT_PAIRS.get((first, second), first)


def counts_alike(unit: str, units: frozenset[str] | set[str]) -> bool:
    """Whether one of ``units`` counts what ``unit`` does: itself, or one alike ("người" and "lao động")."""
    return unit in units or any(unit in alike and not alike.isdisjoint(units) for alike in ALIKE_UNITS)
