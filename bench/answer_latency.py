#!/usr/bin/env python3
"""Time to answer one question, by knowledge-base size, beside a naive rapidfuzz scan.

For the article's facts alone and with 1.000, 10.000 and 100.000 generated facts added
(bench/synthetic.py), each size in a fresh child process so its peak memory is its own:
build the SQLite file and the index, then time ``KnowledgeBase.ask`` (normalise, match,
render; the same call the conversation makes) over a mix of questions, beside
``rapidfuzz.process.extractOne`` over every alternate question in the same process.

    python bench/answer_latency.py            # the table
    python bench/answer_latency.py --quick    # smaller sizes, for a smoke run
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = [0, 1_000, 10_000, 100_000]


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def measure(size: int, questions: int, baseline_questions: int) -> dict:
    from rapidfuzz import fuzz, process, utils

    from bench.synthetic import sample_questions, write_facts_file
    from knowledge import KnowledgeBase
    from knowledge.analysis import analyse
    from store import Store

    workdir = Path(tempfile.mkdtemp())
    facts_file = write_facts_file(size, workdir / "facts.json")
    start = time.perf_counter()
    store = Store.open(workdir / "kb.db", facts_file=facts_file).facts
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    kb = KnowledgeBase(store)
    index_s = time.perf_counter() - start
    asked = sample_questions(size, questions)
    for q in asked[:50]:
        kb.ask(q)  # warm caches, as a running bot has
    times = []
    for q in asked:
        kb._decide.cache_clear()  # time working each answer out, not the cache of repeated questions
        analyse.cache_clear()
        t0 = time.perf_counter()
        kb.ask(q)
        times.append(time.perf_counter() - t0)

    choices = [q for f in kb.facts.values() for q in f.questions]
    processed = [utils.default_process(c) for c in choices]
    naive = []
    for q in asked[:baseline_questions]:
        t0 = time.perf_counter()
        process.extractOne(utils.default_process(q), processed, scorer=fuzz.WRatio, processor=None)
        naive.append(time.perf_counter() - t0)
    return {
        "facts": len(kb.facts), "alternates": len(choices), "load_s": load_s, "index_s": index_s,
        "p50_ms": percentile(times, 50) * 1e3, "p99_ms": percentile(times, 99) * 1e3,
        "naive_p50_ms": percentile(naive, 50) * 1e3, "naive_p99_ms": percentile(naive, 99) * 1e3,
        "speedup_mean": statistics.mean(naive) / statistics.mean(times),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, help="(child) measure one size and print JSON")
    ap.add_argument("--questions", type=int, default=2000)
    ap.add_argument("--quick", action="store_true", help="sizes 0 and 1.000 only, fewer questions")
    args = ap.parse_args()
    if args.size is not None:
        baseline = max(100, min(args.questions, 10_000_000 // max(args.size, 1)))
        print(json.dumps(measure(args.size, args.questions, baseline)))
        return 0
    sizes = SIZES[:2] if args.quick else SIZES
    questions = 300 if args.quick else args.questions
    header = (f"{'generated':>9} {'facts':>7} {'load s':>7} {'index s':>7} {'p50 ms':>7} {'p99 ms':>7} "
              f"{'naive p50':>9} {'naive p99':>9} {'mean speed-up':>13} {'peak MB':>7}")
    print(header)
    print("-" * len(header))
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--size", str(size), "--questions", str(questions)],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        print(f"{size:>9,} {r['facts']:>7,} {r['load_s']:>7.2f} {r['index_s']:>7.2f} {r['p50_ms']:>7.3f} "
              f"{r['p99_ms']:>7.3f} {r['naive_p50_ms']:>9.3f} {r['naive_p99_ms']:>9.3f} "
              f"{r['speedup_mean']:>12.0f}x {r['peak_rss_mb']:>7.0f}", flush=True)
    print("\np50/p99: KnowledgeBase.ask (normalise + match + render), one question at a time.")
    print("naive: rapidfuzz.process.extractOne(WRatio) over every alternate question, same process, same questions")
    print("(it stops early on an exact match, hence its low p50); speed-up: mean naive time / mean time.")
    print("peak MB: the child process's peak RSS (SQLite file built, index built, questions answered).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
