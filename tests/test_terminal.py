"""The terminal chat and ``ask``, driven as a person or a script would: through stdin."""
import json
import subprocess
import sys
from pathlib import Path

from scoring import score

ROOT = Path(__file__).resolve().parent.parent


def run(args, stdin, db):
    return subprocess.run([sys.executable, str(ROOT / "bot.py"), *args, "--db", str(db)],
                          input=stdin.encode("utf-8"), capture_output=True, timeout=60, cwd=ROOT)


def test_chat_greets_answers_and_picks_choices_by_number(tmp_path):
    result = run(["chat"], "co bao nhieu ho ngheo\n/topics\n1\n3\nthoát\n", tmp_path / "kb.db")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr
    assert out.startswith("Xin chào")
    assert "1.562 hộ nghèo" in out
    assert "1. Giảm nghèo" in out
    assert "2.146" in out  # topic 1, item 3: the poor + near-poor total
    assert "tạm biệt" in out


def test_chat_ends_cleanly_at_end_of_input(tmp_path):
    result = run(["chat"], "xkld nhat ban bn nguoi", tmp_path / "kb.db")
    assert result.returncode == 0 and "34 người" in result.stdout.decode()


def test_ask_prints_one_answer(tmp_path):
    result = run(["ask", "tỷ lệ hộ cận nghèo"], "", tmp_path / "kb.db")
    assert "2,80%" in result.stdout.decode()


def test_ask_jsonl_speaks_the_eval_contract(tmp_path):
    questions = ["Tỷ lệ hộ nghèo?", "giá vàng hôm nay", "hộ"]
    result = run(["ask", "--jsonl"], "\n".join(questions) + "\n", tmp_path / "kb.db")
    answers = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [a["question"] for a in answers] == questions
    assert [a["status"] for a in answers] == ["answered", "fallback", "suggest"]
    assert answers[0]["facts"] == ["poverty.poor_households"] and "7,48" in answers[0]["reply"]
    assert all(set(a) >= {"question", "status", "reply", "facts", "score"} for a in answers)


def test_bad_input_gets_polite_replies_and_no_traceback(tmp_path):
    bad = ["", "x" * 10_000, "\x01\x02\x1b[2J", "👍👍", "'; DROP TABLE facts; --", "<script>alert(1)</script>",
           "\udcff".encode("utf-8", "surrogatepass").decode("utf-8", "replace")]
    for args in (["ask", "--jsonl"], ["chat"]):
        result = run(args, "\n".join(bad) + "\n", tmp_path / "kb.db")
        assert result.returncode == 0
        assert b"Traceback" not in result.stderr
    answers = [json.loads(line) for line in run(["ask", "--jsonl"], "\n".join(bad) + "\n",
                                                tmp_path / "kb.db").stdout.decode().splitlines()]
    assert len(answers) == len(bad)
    assert all(a["status"] != "answered" for a in answers)


def test_binary_junk_on_stdin_is_survived(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "bot.py"), "ask", "--jsonl", "--db", str(tmp_path / "kb.db")],
                            input=b"\xff\xfe\x00\x80 h\xc3\n", capture_output=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert json.loads(result.stdout.decode())["status"] == "fallback"


def test_eval_sets_of_our_own_phrasing_stay_accurate(tmp_path):
    """Regression guard over phrasings written apart from the public eval: accuracy, and above all few wrong answers."""
    correct = wrong = inscope = total = 0
    for path in sorted((ROOT / "tests" / "data").glob("*_questions.jsonl")):
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        result = run(["ask", "--jsonl"], "\n".join(c["q"] for c in cases) + "\n", tmp_path / f"{path.stem}.db")
        answers = [json.loads(line) for line in result.stdout.decode().splitlines()]
        scored = score(cases, answers)
        assert scored[1] / len(cases) <= 0.05, path.name  # no set may go wrong much
        correct, wrong, inscope, total = correct + scored[0], wrong + scored[1], inscope + scored[2], total + len(cases)
    assert correct / inscope >= 0.9
    assert wrong / total <= 0.025
