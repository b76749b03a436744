"""Near-duplicate finding at scale (tasks/near_dup.py) against named baselines, in one run.

    python benchmarks/dedup.py                          # all sections, 1M included (~2-3 min)
    python benchmarks/dedup.py --sizes 5000,100000      # skip the 1M run
    python benchmarks/dedup.py --no-datasketch          # skip the datasketch comparison
    python benchmarks/dedup.py --only-auto              # only (e): auto's choice (~1.5 min)

Corpus: benchmarks/corpus.py (synthetic support tickets, 2% planted near-duplicates, each planted
pair verified to score >= 85 with fuzz.ratio on normalized text). Threshold 85 throughout,
candidates "auto" (by estimated cost: all pairs while est. <= 5 s, MinHash-LSH above) with the
params.yaml defaults.

Sections:
  (a) 5,000 texts: ours vs a difflib.SequenceMatcher(None, a, b).ratio() * 100 >= 85 loop over
      every pair. That loop (12.5M pairs) would take hours, so it is TIMED on a random sample of
      pairs and EXTRAPOLATED; its recall is measured on every planted pair and its false positives
      estimated from the sample.
  (b) 100,000 texts: recall/precision on the planted pairs, wall time, peak memory; plus the same
      candidate step with datasketch (MinHash.bulk + MinHashLSH) for comparison.
  (c) 1,000,000 texts: wall time, peak memory.
  (d) leakage: 20,000 test texts vs 100,000 train texts (find_cross_pairs), vs all-pairs cdist
      extrapolated from a timed block.
  (e) auto's choice: 5,000 e-mail-length texts (~700 chars, corpus length (550, 850)) and 5,000
      ticket-length texts (~140 chars): all pairs, lsh and auto each timed, auto's path and reason,
      each path's cost estimate next to its measured time, auto's recall vs all pairs (goal
      >= 0.99) and its time over the faster path's (goal <= 1.5x).
Peak memory is the benchmark child process's resource.getrusage(RUSAGE_SELF).ru_maxrss (whole
process: Python, the corpus, and the finder), each size in a fresh process; "before" is the same
figure just before the finder runs, so the difference is what finding costs.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from tasks.lib.near_dup import NearDup

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make `tasks` and `benchmarks` importable
    sys.path.insert(0, str(ROOT))

THRESHOLD = 85
GOALS = {100_000: 30.0, 1_000_000: 300.0}  # seconds


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _pr(found: set, planted: set) -> tuple[float, float]:
    tp = len(found & planted)
    return tp / max(len(planted), 1), tp / max(len(found), 1)


# ---------------------------------------------------------------------------------------------
# children: one measurement per fresh process, printed as JSON on the last line
# ---------------------------------------------------------------------------------------------


def child_find(n: int, datasketch: bool) -> dict:
    from benchmarks.corpus import make_corpus
    from tasks.lib.near_dup import find_pairs

    t0 = time.perf_counter()
    corpus = make_corpus(n, seed=0)
    gen_s = time.perf_counter() - t0
    before = _rss_mb()
    t0 = time.perf_counter()
    pairs = find_pairs(corpus.texts, NearDup(threshold=THRESHOLD))
    wall = time.perf_counter() - t0
    peak = _rss_mb()
    found = {(i, j) for i, j, _ in pairs}
    recall, precision = _pr(found, set(corpus.pairs))
    out = {
        "n": n,
        "gen_s": gen_s,
        "wall_s": wall,
        "rss_before_mb": before,
        "rss_peak_mb": peak,
        "found": len(found),
        "planted": len(corpus.pairs),
        "not_planted": len(found - set(corpus.pairs)),
        "recall": recall,
        "precision": precision,
    }
    if datasketch:
        out |= _datasketch_vs_numpy(corpus.texts)
    return out


def _datasketch_vs_numpy(texts: list[str]) -> dict:
    """Candidate generation only (no verification), same shingles / num_perm / LSH threshold."""
    import numpy as np
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    from tasks.lib.minhash import lsh_candidates
    from tasks.lib.near_dup import normalize_text

    norm = [normalize_text(t) for t in texts]
    t0 = time.perf_counter()
    shingles = [{t[k : k + 5].encode() for k in range(max(len(t) - 4, 1))} for t in norm]
    mhs = [LeanMinHash(m) for m in MinHash.bulk(shingles, num_perm=64)]
    t_sig = time.perf_counter() - t0
    lsh = MinHashLSH(threshold=0.3, num_perm=64)
    with lsh.insertion_session() as session:
        for k, m in enumerate(mhs):
            session.insert(k, m, check_duplication=False)
    cands = set()
    for k, m in enumerate(mhs):
        cands.update((k, x) for x in lsh.query(m) if x > k)
    ds_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    lengths = np.fromiter(map(len, norm), dtype=np.int64)
    i, _ = lsh_candidates(
        norm, None, lsh_threshold=0.3, num_perm=64, ngram=5, lengths=lengths, threshold=THRESHOLD
    )
    ours_s = time.perf_counter() - t0
    return {
        "ds_candidates_s": ds_s,
        "ds_signatures_s": t_sig,
        "ds_candidates": len(cands),
        "ours_candidates_s": ours_s,
        "ours_candidates": int(len(i)),
    }


def child_leakage(n_test: int, n_train: int) -> dict:
    import numpy as np
    from rapidfuzz import fuzz, process

    from benchmarks.corpus import make_corpus
    from tasks.lib.near_dup import find_cross_pairs, normalize_text

    corpus = make_corpus(n_test + n_train, seed=1)
    train, test = corpus.texts[:n_train], corpus.texts[n_train:]
    planted = {(j - n_train, i) for i, j in corpus.pairs if i < n_train <= j}
    before = _rss_mb()
    t0 = time.perf_counter()
    hits = find_cross_pairs(test, train, NearDup(threshold=THRESHOLD))
    wall = time.perf_counter() - t0
    peak = _rss_mb()
    recall, precision = _pr({(q, c) for q, c, _ in hits}, planted)
    # baseline: all pairs with cdist (uint8, all cores), timed on 500 test rows x all train
    q = [normalize_text(t) for t in test[:500]]
    c = [normalize_text(t) for t in train]
    t0 = time.perf_counter()
    process.cdist(q, c, scorer=fuzz.ratio, dtype=np.uint8, score_cutoff=THRESHOLD, workers=-1)
    block = time.perf_counter() - t0
    return {
        "wall_s": wall,
        "rss_before_mb": before,
        "rss_peak_mb": peak,
        "hits": len(hits),
        "planted": len(planted),
        "recall": recall,
        "precision": precision,
        "cdist_pairs_per_s": 500 * n_train / block,
        "cdist_extrapolated_s": block * n_test / 500,
    }


def _run_child(*args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------------
# (a) difflib
# ---------------------------------------------------------------------------------------------


def section_difflib(n: int = 5000, sample: int = 3000) -> None:
    from benchmarks.corpus import make_corpus
    from tasks.lib.near_dup import find_pairs, normalize_text

    corpus = make_corpus(n, seed=0)
    norm = [normalize_text(t) for t in corpus.texts]
    planted = set(corpus.pairs)
    total_pairs = n * (n - 1) // 2

    t0 = time.perf_counter()
    ours = find_pairs(corpus.texts, NearDup(threshold=THRESHOLD))
    ours_s = time.perf_counter() - t0
    ours_found = {(i, j) for i, j, _ in ours}

    def dl(i: int, j: int) -> float:
        return difflib.SequenceMatcher(None, norm[i], norm[j]).ratio() * 100

    rng = random.Random(0)
    pairs = set()
    while len(pairs) < sample:
        i, j = sorted(rng.sample(range(n), 2))
        if (i, j) not in planted:
            pairs.add((i, j))
    t0 = time.perf_counter()
    sample_hits = sum(dl(i, j) >= THRESHOLD for i, j in sorted(pairs))
    per_pair = (time.perf_counter() - t0) / sample
    dl_planted = {(i, j) for i, j in planted if dl(i, j) >= THRESHOLD}
    est_fp = sample_hits / sample * (total_pairs - len(planted))
    dl_extrap = per_pair * total_pairs
    dl_recall = len(dl_planted) / len(planted)
    dl_precision = len(dl_planted) / max(len(dl_planted) + est_fp, 1)
    r, p = _pr(ours_found, planted)

    print(f"(a) {n:,} texts, {total_pairs:,} pairs, threshold {THRESHOLD}")
    print(
        f"    baseline difflib.SequenceMatcher loop: timed on {sample:,} random pairs "
        f"({1 / per_pair:,.0f} pairs/s) -> EXTRAPOLATED to all pairs: {dl_extrap:,.0f} s "
        f"({dl_extrap / 3600:.1f} h)"
    )
    print(
        f"    difflib on the {len(planted)} planted pairs: recall {dl_recall:.3f}; "
        f"{sample_hits} of {sample:,} sampled unplanted pairs >= {THRESHOLD} -> "
        f"~{est_fp:,.0f} false positives estimated, precision ~{dl_precision:.3f}"
    )
    print(
        f"    ours (near_dup.find_pairs, auto = all pairs via cdist): {ours_s:.2f} s, "
        f"{len(ours_found)} pairs, recall {r:.3f}, precision {p:.3f} (vs planted)"
    )
    print(
        f"    speed ratio (extrapolated difflib / ours): {dl_extrap / ours_s:,.0f}x (goal >= 1000x)"
    )


def section_size(n: int, datasketch: bool) -> None:
    res = _run_child("find", str(n), "1" if datasketch else "0")
    goal = GOALS.get(n)
    tag = {100_000: "(b)", 1_000_000: "(c)"}.get(n, "   ")
    extra = res["not_planted"]
    print(f"{tag} {n:,} texts, threshold {THRESHOLD}, candidates auto (LSH, num_perm 64, 0.3)")
    print(
        f"    wall {res['wall_s']:.1f} s"
        + (f" (goal <= {goal:.0f} s)" if goal else "")
        + f"; corpus generation {res['gen_s']:.1f} s not included"
    )
    print(
        f"    peak RSS {res['rss_peak_mb']:,.0f} MB (before finding: "
        f"{res['rss_before_mb']:,.0f} MB; getrusage maxrss, whole process; goal <= 4,096 MB)"
    )
    print(
        f"    planted {res['planted']:,}, found {res['found']:,}: recall {res['recall']:.4f}, "
        f"precision {res['precision']:.4f} (goals >= 0.99); {extra} found pairs are not planted "
        "(every found pair is verified fuzz.ratio >= threshold, so these are real near-duplicates)"
    )
    if "ds_candidates_s" in res:
        print(
            f"    candidate step, baseline datasketch (MinHash.bulk + LeanMinHash + MinHashLSH "
            f"insert/query): {res['ds_candidates_s']:.1f} s (signatures "
            f"{res['ds_signatures_s']:.1f} s), {res['ds_candidates']:,} candidates"
        )
        print(
            f"    candidate step, ours (numpy MinHash + banding, boilerplate shingles ignored): "
            f"{res['ours_candidates_s']:.1f} s, {res['ours_candidates']:,} candidates after the "
            f"length filter -> {res['ds_candidates_s'] / res['ours_candidates_s']:.1f}x faster"
        )


def section_leakage(n_test: int = 20_000, n_train: int = 100_000) -> None:
    res = _run_child("leakage", str(n_test), str(n_train))
    print(f"(d) leakage: {n_test:,} test vs {n_train:,} train, threshold {THRESHOLD}")
    print(
        f"    ours (find_cross_pairs, LSH): {res['wall_s']:.1f} s (goal <= 30 s); peak RSS "
        f"{res['rss_peak_mb']:,.0f} MB (before: {res['rss_before_mb']:,.0f} MB)"
    )
    print(
        f"    planted cross pairs {res['planted']:,}, hits {res['hits']:,}: recall "
        f"{res['recall']:.4f}, precision {res['precision']:.4f}"
    )
    print(
        f"    baseline all-pairs cdist (uint8, 2 workers): {res['cdist_pairs_per_s'] / 1e6:.1f}M "
        f"pairs/s timed on 500 x {n_train:,} -> EXTRAPOLATED {res['cdist_extrapolated_s']:.0f} s "
        f"-> {res['cdist_extrapolated_s'] / res['wall_s']:.1f}x slower than ours"
    )


def _timed_find(texts: list[str], finder: NearDup) -> tuple[float, list, object]:
    from tasks.lib.near_dup import find_pairs_planned

    t0 = time.perf_counter()
    pairs, plan = find_pairs_planned(texts, finder)
    return time.perf_counter() - t0, pairs, plan


def section_auto(n: int = 5000) -> None:
    """(e) all pairs vs lsh vs auto, on e-mail-length and ticket-length texts."""
    from benchmarks.corpus import make_corpus

    for name, length in (("e-mail-length", (550, 850)), ("ticket-length", (80, 200))):
        corpus = make_corpus(n, seed=0, length=length)
        mean = sum(map(len, corpus.texts)) / n
        ap_s, ap, ap_plan = _timed_find(corpus.texts, NearDup(THRESHOLD, candidates="all_pairs"))
        lsh_s, lsh, _ = _timed_find(corpus.texts, NearDup(THRESHOLD, candidates="lsh"))
        auto_s, auto, plan = _timed_find(corpus.texts, NearDup(THRESHOLD))
        exact = {(i, j) for i, j, _ in ap}
        got = {(i, j) for i, j, _ in auto}
        recall = len(got & exact) / max(len(exact), 1)
        precision = len(got & exact) / max(len(got), 1)
        planted, _ = _pr(exact, set(corpus.pairs))
        faster = min(ap_s, lsh_s)
        print(f"(e) {n:,} {name} texts (mean {mean:.0f} chars), threshold {THRESHOLD}")
        print(
            f"    all pairs {ap_s:.1f} s (est. {ap_plan.all_pairs_est_s:.1f} s), "
            f"{len(ap)} pairs, planted recall {planted:.3f}"
        )
        print(
            f"    lsh       {lsh_s:.1f} s (est. {ap_plan.lsh_est_s:.1f} s), {len(lsh)} pairs "
            f"({ap_s / lsh_s:.1f}x faster than all pairs)"
        )
        print(f"    auto      {auto_s:.1f} s -> {plan.reason}")
        goal = (
            "(goal <= 1.5x)"
            if plan.path == "lsh"
            else "(no goal: exact by design while all pairs est. <= all_pairs_max_s)"
        )
        print(
            f"    auto vs all pairs (baseline): recall {recall:.4f} (goal >= 0.99), precision "
            f"{precision:.4f}; auto / faster path time {auto_s / faster:.2f}x {goal}"
        )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        kind, *rest = argv[1:]
        if kind == "find":
            res = child_find(int(rest[0]), rest[1] == "1")
        else:
            res = child_leakage(int(rest[0]), int(rest[1]))
        print(json.dumps(res))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sizes",
        default="5000,100000,1000000",
        help="comma-separated; 5000 = (a), 100000 = (b), 1000000 = (c); others run like (b)",
    )
    ap.add_argument("--no-datasketch", action="store_true", help="skip datasketch in (b)")
    ap.add_argument("--no-leakage", action="store_true", help="skip (d)")
    ap.add_argument("--no-auto", action="store_true", help="skip (e)")
    ap.add_argument("--only-auto", action="store_true", help="run only (e)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    print(f"# benchmarks/dedup.py on {os.cpu_count()} cores, python {sys.version.split()[0]}")
    t0 = time.perf_counter()
    if args.only_auto:
        sizes, args.no_leakage = [], True
    for n in sizes:
        if n == 5000:
            section_difflib(n)
        else:
            section_size(n, datasketch=not args.no_datasketch and n == 100_000)
    if not args.no_leakage:
        section_leakage()
    if not args.no_auto:
        section_auto()
    print(f"# total {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
