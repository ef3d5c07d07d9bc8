"""The public scorer's rule (../shared/eval/score.py), for tests that must not depend on shared/."""
import re
import unicodedata


def fold(text):
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return re.sub(r"\s+", " ", "".join(c for c in text if unicodedata.category(c) != "Mn"))


def number_in(value, reply):
    if float(value).is_integer():
        digits = str(int(value))
        groups = [digits[max(0, end - 3):end] for end in range(len(digits), 0, -3)][::-1]  # 1.562.000: every group
        forms = {digits} | ({sep.join(groups) for sep in (".", ",", " ", "\u00a0")} if len(groups) > 1 else set())
    else:
        whole, frac = f"{value:.2f}".rstrip("0").split(".")
        forms = {f"{whole}{sep}{f}" for sep in ".," for f in (frac, frac.ljust(2, "0"))}
    pattern = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.search(rf"(?<![\d.,])(?:{pattern})(?![\d]|[.,]\d)", reply) is not None


def holds(expect, reply):
    return all(number_in(x, reply) if isinstance(x, (int, float)) else fold(x) in fold(reply) for x in expect)


def score(cases, answers):
    """(correct, wrong, in-scope count), as the public scorer counts them."""
    correct = wrong = inscope = 0
    for case, answer in zip(cases, answers, strict=True):
        answered = answer["status"] == "answered"
        if case.get("oos"):
            wrong += answered
            continue
        inscope += 1
        ok = answered and holds(case["expect"], answer["reply"])
        correct += ok
        wrong += answered and not ok
    return correct, wrong, inscope
