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
    "chỉ tiêu": "openings", "ấp": "hamlets", "khóm": "hamlets",
}
# the first word of each, folded as a question's unit is ("bao nhiêu doanh nghiệp": "doanh"), but for those that
# begin other units too or fold as another word does ("công trình", "công ty", "công nhân"; "sổ", "số"; "mô", "mộ")
COUNTED = frozenset(fold(unit).split()[0] for unit in UNITS) - {"cong", "ca", "gia", "so", "hop", "du", "tap", "truong", "mo"}
# Units that count the same kind of thing ("bao nhiêu người" is answered by "620 lượt lao động"); any other unit
# asked must be the one a fact counts ("bao nhiêu doanh nghiệp" is not "100 lao động")
ALIKE_UNITS = (frozenset({"nguoi", "lao", "ld", "hoc", "doi", "luot", "thanh", "tre", "em", "nhan", "khau", "ncc"}),
               frozenset({"phan", "suat"}), frozenset({"can", "nha", "ngoi"}))
