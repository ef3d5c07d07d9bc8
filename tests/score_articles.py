"""Score every article of tests/data/eval as an operator would meet it: each ingested with
`bot.py facts ingest … --approve` into a fresh database beside Long Mỹ's facts, then asked its own questions
and ../shared/eval/dev.jsonl (Long Mỹ's, which must stay answered) through `bot.py ask --jsonl`.

    python tests/score_articles.py [--out DIR] [--against DIR] [ARTICLE_DIR ...]

Prints one line per article and the totals; with --out, keeps each question's outcome there, and with
--against, lists the questions whose outcome changed since that earlier run (the way to tell what a change
did). Not a test: it takes a minute and scores what the tests cannot pin down.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from scoring import holds

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "data" / "eval"
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
RANK = {"wrong": 0, "missed": 1, "right": 2}
AT_ONCE = 3  # articles scored at once (each is two processes, one after the other)


def load(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def outcome(case, answer):
    if case.get("oos"):
        return "wrong" if answer["status"] == "answered" else "right"
    if answer["status"] != "answered":
        return "missed"
    return "right" if holds(case["expect"], answer["reply"]) else "wrong"


def score(article, workdir):
    """Each question of the article and of dev.jsonl, with what the bot said and how it counts."""
    db = str(workdir / f"{article.name}.db")
    source = json.loads((article / "source.json").read_text(encoding="utf-8"))
    subprocess.run([sys.executable, "bot.py", "facts", "ingest", str(article / "article.txt"), "--db", db,
                    "--source-name", source["source_name"], "--published", source["published"],
                    "--place", source["place"], "--approve"], cwd=ROOT, check=True, capture_output=True)
    cases = [dict(c, part="article") for c in load(article / "questions.jsonl")] + [
        dict(c, part="dev") for c in (load(DEV) if DEV.exists() else [])]
    asked = "".join(c["q"].replace("\n", " ") + "\n" for c in cases)
    done = subprocess.run([sys.executable, "bot.py", "ask", "--jsonl", "--db", db], cwd=ROOT, check=True,
                          input=asked.encode(), capture_output=True)
    answers = [json.loads(line) for line in done.stdout.decode().splitlines() if line.strip()]
    return [dict(case, status=a["status"], reply=a["reply"], outcome=outcome(case, a))
            for case, a in zip(cases, answers, strict=True)]  # one answer a question, or the run is void


def totals(rows, part):
    rows = [r for r in rows if r["part"] == part]
    return (sum(r["outcome"] == "right" and not r.get("oos") for r in rows), sum(not r.get("oos") for r in rows),
            sum(r["outcome"] == "wrong" for r in rows), len(rows))


def changes(before, after):
    """The questions whose outcome changed, better ones marked +, worse ones -."""
    earlier = {(old["part"], old["q"]): old for old in before}
    for new in after:
        old = earlier.get((new["part"], new["q"]))
        if old is not None and old["outcome"] != new["outcome"]:
            mark = "+" if RANK[new["outcome"]] > RANK[old["outcome"]] else "-"
            yield f"{mark} [{old['part']}] {old['q'][:90]!r}: {old['outcome']} -> {new['outcome']}: {new['reply'][:90]!r}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="*", type=Path, help="article folders (default: all of tests/data/eval)")
    parser.add_argument("--out", type=Path, help="keep each question's outcome in this folder")
    parser.add_argument("--against", type=Path, help="an earlier --out folder: list what changed since")
    args = parser.parse_args()
    articles = args.articles or sorted(p for p in EVAL.iterdir() if (p / "source.json").exists())
    if not DEV.exists():
        print(f"{DEV} is missing: Long Mỹ's questions are not asked beside the articles", file=sys.stderr)
    with tempfile.TemporaryDirectory() as workdir, ThreadPoolExecutor(AT_ONCE) as pool:
        results = list(pool.map(lambda a: (a.name, score(a, Path(workdir))), articles))
    grand = {"article": [0, 0, 0, 0], "dev": [0, 0, 0, 0]}
    print(f"{'article':14} {'right':>9} {'wrong':>9}   dev beside: right, wrong")
    for name, rows in results:
        art, dev = totals(rows, "article"), totals(rows, "dev")
        for part, counts in (("article", art), ("dev", dev)):
            grand[part] = [g + c for g, c in zip(grand[part], counts)]
        print(f"{name:14} {art[0]:4}/{art[1]:<4} {art[2]:4}/{art[3]:<4}   {dev[0]}/{dev[1]}, {dev[2]}/{dev[3]}")
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{name}.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        if args.against and (earlier := args.against / f"{name}.json").exists():
            for line in changes(json.loads(earlier.read_text(encoding="utf-8")), rows):
                print("    " + line)
    art, dev = grand["article"], grand["dev"]
    print(f"all {len(results)}: right {art[0]}/{art[1]} ({art[0] / max(art[1], 1):.1%}), wrong {art[2]}/{art[3]} "
          f"({art[2] / max(art[3], 1):.1%}); dev.jsonl beside them: right {dev[0]}/{dev[1]}, wrong {dev[2]}/{dev[3]}")


if __name__ == "__main__":
    main()
