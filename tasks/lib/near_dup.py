"""Near-duplicates: ONE finder for dedup, split's leakage check and synthetic generation.

    finder = NearDup(threshold=90)                   # or NearDup.from_params(params.dedup)
    find_pairs(texts, finder)                        # [(i, j, score)] within one list, i < j
    find_cross_pairs(test, train, finder)            # [(qi, cj, score)] between two lists
    dedup_records(records, finder, field="user")     # clusters, one kept record per cluster
    dedup_records(records, finder, semantic=SemanticDup(threshold=0.9))  # + paraphrases

Pure: no I/O, no Prefect (except `runner="dask"`: verification as Prefect tasks on a Dask
cluster; candidate generation stays in this process). A pair is a duplicate when rapidfuzz
`fuzz.ratio` on the NORMALIZED texts (`normalize_text`) is >= `threshold` (0-100). Every pair
returned was verified with that exact test, whatever produced the candidate:

1. exact duplicates (identical normalized text) by hashing; only one representative per group
   goes on to the fuzzy steps (identical texts score identically against everything);
2. candidates among the representatives, either
   - `all_pairs`: `rapidfuzz.process.cdist` (uint8, score_cutoff, all cores) in row blocks so
     memory stays at `_BLOCK_CELLS` bytes; exact but O(n^2): fine up to ~20k texts, or
   - `lsh`: MinHash signatures of char n-gram shingles + banding (tasks/lib/minhash.py);
   - `auto`: by ESTIMATED COST (`plan_candidates`): all pairs while its estimated time is at most
     `all_pairs_max_s` seconds or no more than LSH's estimate, LSH otherwise. All pairs costs
     ~ pairs x len x ceil(len / 64) (rapidfuzz is bit-parallel over 64-char words), so 5,000
     texts of ~140 chars stay exact (~2 s) while 5,000 of ~700 chars (~30-50 s) go to LSH (~4 s);
3. verification of every candidate with `fuzz.ratio(a, b, score_cutoff=threshold)`, after a free
   length filter (ratio <= 200 * min(len) / (len a + len b)).

Semantic pairs (optional, `semantic=`; tasks/lib/semantic_dup.py): sentence-embedding cosine
>= `semantic.threshold` on the same normalized texts, unioned with the fuzzy pairs in one
clustering, so `keep` applies to the merged clusters.

Why the LSH threshold sits well below the ratio threshold: a ratio-90 pair of short texts can have
a 5-gram Jaccard as low as ~0.3 (one typo breaks 5 shingles), so `lsh_threshold=0.3` by default.
"""

from __future__ import annotations

import dataclasses
import re
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from tasks.lib.errors import PipelineError
from tasks.lib.json_text import canonical_text
from tasks.lib.minhash import lsh_candidates
from tasks.lib.records import label_of
from tasks.lib.runtime import Progress
from tasks.lib.semantic_dup import SemanticDup, embed, semantic_pairs

Candidates = Literal["auto", "all_pairs", "lsh"]
Runner = Literal["local", "dask"]
Field = Literal["user", "conversation"]
Keep = Literal["first", "longest"]
Pair = tuple[int, int, float]
SAMPLE_PAIRS = 5  # fuzzy pairs (ids + score) in dedup's stats: the lowest scores, to tune by


@dataclass(frozen=True)
class NearDup:
    """How near-duplicates are found. The same knobs as the `dedup` params section.

    Attributes:
        threshold: rapidfuzz fuzz.ratio 0-100; a pair scoring at least this is a duplicate.
            0 returns every pair (all_pairs, whatever `candidates` says).
        candidates: "all_pairs" (exact, O(n^2)), "lsh" (MinHash-LSH, scales) or "auto".
        all_pairs_max_s: "auto" uses all pairs while their estimated time is at most this many
            seconds (or at most LSH's estimate); see `plan_candidates`.
        lsh_threshold: Jaccard threshold of the LSH banding; keep it well below `threshold`/100.
        num_perm: MinHash signature length.
        ngram: shingle length in characters.
        runner: "local" verifies candidates in this process; "dask" as Prefect tasks on a Dask
            cluster (`prefect_dask.DaskTaskRunner`).
        dask_workers: worker processes of a local Dask cluster (runner "dask").
        dask_address: a running Dask scheduler (``tcp://host:8786``) instead of a local cluster.
    """

    threshold: float = 90
    candidates: Candidates = "auto"
    all_pairs_max_s: float = 5.0
    lsh_threshold: float = 0.3
    num_perm: int = 64
    ngram: int = 5
    runner: Runner = "local"
    dask_workers: int = 2
    dask_address: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.threshold <= 100:
            raise PipelineError(f"near_dup: threshold {self.threshold} is outside 0-100")
        if self.candidates not in ("auto", "all_pairs", "lsh"):
            raise PipelineError(
                f"near_dup: candidates {self.candidates!r}: use auto, all_pairs or lsh"
            )
        if not self.all_pairs_max_s >= 0:
            raise PipelineError(f"near_dup: all_pairs_max_s {self.all_pairs_max_s} is below 0")
        if self.runner not in ("local", "dask"):
            raise PipelineError(f"near_dup: runner {self.runner!r}: use local or dask")

    @classmethod
    def from_params(cls, section: Any) -> NearDup:
        """The finder a params section describes (the `dedup` section: same field names)."""
        return cls(**{f.name: getattr(section, f.name) for f in dataclasses.fields(cls)})


_SPACE = re.compile(r"\s+")
_BLOCK_CELLS = 64 << 20  # all_pairs: at most 64 MiB of uint8 scores in memory at once


def _is_edge_char(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def normalize_text(text: str) -> str:
    """Casefold, collapse whitespace, strip punctuation at both ends ("Hi!!" == "hi")."""
    text = _SPACE.sub(" ", text.casefold())
    start, end = 0, len(text)
    while start < end and _is_edge_char(text[start]):
        start += 1
    while end > start and _is_edge_char(text[end - 1]):
        end -= 1
    return text[start:end]


# ---------------------------------------------------------------------------------------------
# Exact groups
# ---------------------------------------------------------------------------------------------


def _groups(texts: Sequence[str]) -> tuple[list[int], list[list[int]]]:
    """(representative index per distinct text in first-seen order, members of each group)."""
    first: dict[str, int] = {}
    members: list[list[int]] = []
    for i, t in enumerate(texts):
        g = first.setdefault(t, len(members))
        if g == len(members):
            members.append([i])
        else:
            members[g].append(i)
    return [m[0] for m in members], members


# ---------------------------------------------------------------------------------------------
# Cost model: which candidate path "auto" takes
# ---------------------------------------------------------------------------------------------

# Measured on the reference machine (2 cores, Dec 2026; benchmarks/dedup.py section (e) prints
# each estimate next to the measured time). Fixed constants, not a timing at run time: the same
# data and params choose the same path, so dedup's output is reproducible. rapidfuzz's fuzz.ratio
# is bit-parallel: one pair costs ~len(a) x ceil(len(b) / 64) word steps plus a fixed part
# (cdist, all cores: 7.0M pairs/s at 120 chars, 1.25M at 350, 0.45M at 700).
PAIR_FIXED_S = 75e-9  # seconds per pair
PAIR_WORD_S = 0.28e-9  # seconds per (character x 64-character word) of a pair
# MinHash-LSH: shingles, signatures, banding and verification, ~linear in input characters
# (5,000 texts: 1.1 s at ~140 chars, 3.4 s at ~720 chars)
LSH_CHAR_S = 1.0e-6
LSH_FIXED_S = 0.2


@dataclass(frozen=True)
class CandidatePlan:
    """Which candidate path ran and why (dedup's report, split's leakage section, the logs)."""

    path: Literal["all_pairs", "lsh", "none"]  # none: no fuzzy step (< 2 texts, threshold 100)
    reason: str  # one line, e.g. "all pairs: 400 texts of ~120 chars, est. 0.3 s"
    n_pairs: int  # pairs all pairs would score
    mean_chars: float
    all_pairs_est_s: float
    lsh_est_s: float

    def stats(self) -> dict:
        """Flat report fields (numbers show in the data-quality report)."""
        return {
            "candidate_path": self.path,
            "candidate_reason": self.reason,
            "all_pairs_est_s": float(f"{self.all_pairs_est_s:.3g}"),
            "lsh_est_s": float(f"{self.lsh_est_s:.3g}"),
        }


def _secs(x: float) -> str:
    if x < 0.01:
        return "< 0.01 s"
    return f"{x:,.0f} s" if x >= 10 else f"{x:.2g} s"


def estimate_costs(
    n_pairs: int, mean_chars: float, mean_words: float, total_chars: int
) -> tuple[float, float]:
    """(all pairs, LSH) estimated seconds on the reference machine.

    Args:
        n_pairs: pairs all pairs scores (n (n - 1) / 2 within one list, nq x nc across two).
        mean_chars: mean text length (of the query side across two lists).
        mean_words: mean ceil(len / 64) (of the corpus side across two lists).
        total_chars: characters LSH shingles (both lists).
    """
    all_pairs = n_pairs * (PAIR_FIXED_S + PAIR_WORD_S * mean_chars * mean_words)
    return all_pairs, LSH_FIXED_S + LSH_CHAR_S * total_chars


def plan_candidates(
    finder: NearDup, lengths: Sequence[int], other: Sequence[int] | None = None
) -> CandidatePlan:
    """The candidate path for texts of `lengths` (within one list) or `lengths` x `other`.

    "auto" takes all pairs (exact) while its estimate is <= `finder.all_pairs_max_s` or <= LSH's
    estimate, LSH otherwise; "all_pairs" / "lsh" are taken as given.
    """
    a = np.asarray(lengths, dtype=np.float64)
    b = a if other is None else np.asarray(other, dtype=np.float64)
    n_pairs = len(a) * (len(a) - 1) // 2 if other is None else len(a) * len(b)
    mean_chars = float(a.mean()) if len(a) else 0.0
    mean_words = float(np.ceil(b / 64).mean()) if len(b) else 0.0
    total = int(a.sum() + (0 if other is None else b.sum()))
    ap_s, lsh_s = estimate_costs(n_pairs, mean_chars, mean_words, total)
    what = (
        f"{len(a):,} texts of ~{mean_chars:,.0f} chars"
        if other is None
        else f"{len(a):,} x {len(b):,} texts of ~{mean_chars:,.0f} chars"
    )
    if n_pairs == 0 or finder.threshold >= 100:
        path, reason = "none", f"none: {what}, exact duplicates only"
    elif finder.threshold <= 0:
        path, reason = "all_pairs", f"all pairs: {what}, threshold 0 keeps every pair"
    elif finder.candidates != "auto":
        path = finder.candidates
        est = f"all pairs est. {_secs(ap_s)}, lsh est. {_secs(lsh_s)}"
        reason = f"{path.replace('_', ' ')}: {what}, set by candidates: {path} ({est})"
    elif ap_s <= finder.all_pairs_max_s or ap_s <= lsh_s:
        path = "all_pairs"
        reason = f"all pairs: {what}, est. {_secs(ap_s)} (<= {finder.all_pairs_max_s:g} s budget)"
        if ap_s > finder.all_pairs_max_s:
            reason = f"all pairs: {what}, est. {_secs(ap_s)} (<= lsh est. {_secs(lsh_s)})"
    else:
        path = "lsh"
        reason = (
            f"lsh: {what}, est. {_secs(lsh_s)}; all pairs est. {_secs(ap_s)} "
            f"> {finder.all_pairs_max_s:g} s budget"
        )
    return CandidatePlan(path, reason, n_pairs, mean_chars, ap_s, lsh_s)


# ---------------------------------------------------------------------------------------------
# Candidates: all pairs (rapidfuzz cdist in row blocks)
# ---------------------------------------------------------------------------------------------


def _all_pairs_candidates(
    a: list[str], b: list[str] | None, threshold: float
) -> tuple[np.ndarray, np.ndarray]:
    """Index arrays (i, j) with uint8-rounded ratio >= threshold; b=None: within a, i < j."""
    from rapidfuzz import fuzz, process

    same = b is None
    choices = a if same else b
    n, m = len(a), len(choices)
    if n == 0 or m == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    # uint8 rounds 89.6 up to 90: cut a little lower and let verification decide exactly
    cutoff = max(threshold - 1, 0)
    kw = dict(scorer=fuzz.ratio, dtype=np.uint8, score_cutoff=cutoff, workers=-1)
    out_i, out_j = [], []
    if same and n * n <= _BLOCK_CELLS:
        # the SAME list object for both sides: rapidfuzz computes only half the matrix
        rows, cols = np.nonzero(process.cdist(a, a, **kw))
        keep = rows < cols
        return rows[keep].astype(np.int64), cols[keep].astype(np.int64)
    step = max(1, _BLOCK_CELLS // max(m, 1))
    for start in range(0, n, step):
        stop = min(n, start + step)
        # within one list only the upper-right part matters: columns from `start` on
        col0 = start if same else 0
        scores = process.cdist(a[start:stop], choices[col0:], **kw)
        rows, cols = np.nonzero(scores)
        rows, cols = rows + start, cols + col0
        if same:
            keep = rows < cols
            rows, cols = rows[keep], cols[keep]
        out_i.append(rows.astype(np.int64))
        out_j.append(cols.astype(np.int64))
    return np.concatenate(out_i), np.concatenate(out_j)


# ---------------------------------------------------------------------------------------------
# Verification
# ---------------------------------------------------------------------------------------------


def _verify(
    a: Sequence[str], b: Sequence[str], i: np.ndarray, j: np.ndarray, threshold: float
) -> list[Pair]:
    """(i, j, score) for each candidate whose fuzz.ratio(a[i], b[j]) >= threshold."""
    from rapidfuzz import fuzz

    ratio = fuzz.ratio
    out: list[Pair] = []
    progress = Progress("near_dup: verified candidates", len(i), min_total=50_000)
    step = 200_000
    for start in range(0, len(i), step):
        ii, jj = i[start : start + step].tolist(), j[start : start + step].tolist()
        for x, y in zip(ii, jj, strict=True):
            s = ratio(a[x], b[y], score_cutoff=threshold)
            if s or threshold <= 0:  # below the cutoff rapidfuzz returns 0
                out.append((x, y, s))
        progress.update(start + len(ii))
    return out


def _verify_block(block: list[tuple[int, int, str, str]], threshold: float) -> list[Pair]:
    """One Dask/Prefect task: the block carries its own texts, so workers need nothing else."""
    from rapidfuzz import fuzz

    out: list[Pair] = []
    for x, y, ta, tb in block:
        s = fuzz.ratio(ta, tb, score_cutoff=threshold)
        if s or threshold <= 0:
            out.append((x, y, s))
    return out


def _verify_dask(
    a: Sequence[str],
    b: Sequence[str],
    i: np.ndarray,
    j: np.ndarray,
    threshold: float,
    workers: int,
    address: str | None = None,
) -> list[Pair]:
    """`_verify` as Prefect tasks on a Dask cluster: local (`workers` processes, 1 thread each),
    or the running scheduler at `address` (a real cluster; workers there need ftpipe installed).

    Candidates are cut into ~4 blocks per worker; each block ships its (i, j, text, text) rows.
    A Prefect flow of its own: on a machine with more cores (or a real Dask cluster later) the
    verification, the part of the work that is per pair in Python, spreads out.
    """
    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE
    from prefect_dask import DaskTaskRunner

    n_blocks = max(1, min(len(i), 4 * workers))
    rows = [
        [(x, y, a[x], b[y]) for x, y in zip(ii.tolist(), jj.tolist(), strict=True)]
        for ii, jj in zip(np.array_split(i, n_blocks), np.array_split(j, n_blocks), strict=True)
    ]
    verify = task(_verify_block, name="near_dup_verify_block", cache_policy=NO_CACHE)
    runner = (
        DaskTaskRunner(address=address)
        if address
        else DaskTaskRunner(
            cluster_kwargs={
                "n_workers": workers,
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": None,
            }
        )
    )

    @flow(name="near-dup-verify", task_runner=runner, log_prints=False)
    def near_dup_verify() -> list[Pair]:
        futures = [verify.submit(block, threshold) for block in rows if block]
        return [tuple(h) for f in futures for h in f.result()]

    return near_dup_verify()


def _verify_with(finder: NearDup, a: Sequence[str], b: Sequence[str], i, j) -> list[Pair]:
    if finder.runner == "dask" and len(i):
        dask = (finder.dask_workers, finder.dask_address)
        return sorted(_verify_dask(a, b, i, j, finder.threshold, *dask))
    return _verify(a, b, i, j, finder.threshold)


def _candidate_pairs(
    finder: NearDup, a: list[str], b: list[str] | None, use_lsh: bool
) -> tuple[np.ndarray, np.ndarray]:
    """Candidates within `a` (b None: i < j) or between `a` and `b` (i into a, j into b)."""
    if not use_lsh:
        return _all_pairs_candidates(a, b, finder.threshold)
    texts = a if b is None else a + b
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    i, j = lsh_candidates(
        texts,
        None if b is None else len(a),
        lsh_threshold=finder.lsh_threshold,
        num_perm=finder.num_perm,
        ngram=finder.ngram,
        lengths=lengths,
        threshold=finder.threshold,
    )
    return (i, j) if b is None else (i, j - len(a))


def find_pairs(texts: Sequence[str], finder: NearDup, *, normalized: bool = False) -> list[Pair]:
    """Near-duplicate pairs within one list: `fuzz.ratio(norm(a), norm(b)) >= threshold`.

    Exact duplicates come back as (first index of the text, other index, 100.0); fuzzy pairs link
    the FIRST index of each distinct text only (its copies score the same), so the pairs connect
    every duplicate without listing k^2 pairs for k copies. Sorted by (i, j).

    Args:
        texts: raw texts (normalized here unless `normalized`).
        finder: the threshold and candidate-generation knobs.
        normalized: the texts are already `normalize_text`-ed.
    """
    return find_pairs_planned(texts, finder, normalized=normalized)[0]


def find_pairs_planned(
    texts: Sequence[str], finder: NearDup, *, normalized: bool = False
) -> tuple[list[Pair], CandidatePlan]:
    """`find_pairs`, plus the candidate path it took and why (`plan_candidates`)."""
    norm = list(texts) if normalized else [normalize_text(t) for t in texts]
    reps, members = _groups(norm)
    pairs: list[Pair] = [(m[0], k, 100.0) for m in members for k in m[1:]]
    rep_texts = [norm[r] for r in reps]
    n = len(reps)
    plan = plan_candidates(finder, [len(t) for t in rep_texts])
    if plan.path != "none":
        if finder.threshold <= 0:
            i, j = np.triu_indices(n, k=1)
        else:
            i, j = _candidate_pairs(finder, rep_texts, None, plan.path == "lsh")
        for x, y, s in _verify_with(finder, rep_texts, rep_texts, i, j):
            a, b = reps[x], reps[y]
            pairs.append((min(a, b), max(a, b), s))
    pairs.sort()
    return pairs, plan


def find_cross_pairs(
    queries: Sequence[str], corpus: Sequence[str], finder: NearDup, *, normalized: bool = False
) -> list[Pair]:
    """Every (query index, corpus index, score) with `fuzz.ratio` on normalized text >= threshold.

    Unlike `find_pairs`, copies are expanded: every matching corpus record is listed (a leakage
    check drops all of them). Sorted by (qi, cj). "auto" decides by the estimated cost of
    queries x corpus (`plan_candidates`). Args as in `find_pairs`.
    """
    return find_cross_pairs_planned(queries, corpus, finder, normalized=normalized)[0]


def find_cross_pairs_planned(
    queries: Sequence[str], corpus: Sequence[str], finder: NearDup, *, normalized: bool = False
) -> tuple[list[Pair], CandidatePlan]:
    """`find_cross_pairs`, plus the candidate path it took and why (`plan_candidates`)."""
    q = list(queries) if normalized else [normalize_text(t) for t in queries]
    c = list(corpus) if normalized else [normalize_text(t) for t in corpus]
    q_reps, q_members = _groups(q)
    c_reps, c_members = _groups(c)
    qt, ct = [q[r] for r in q_reps], [c[r] for r in c_reps]
    nq, nc = len(qt), len(ct)
    plan = plan_candidates(finder, [len(t) for t in qt], [len(t) for t in ct])
    if nq == 0 or nc == 0:
        return [], plan
    if finder.threshold <= 0:
        i, j = (x.ravel() for x in np.meshgrid(np.arange(nq), np.arange(nc), indexing="ij"))
        hits = _verify(qt, ct, i, j, 0)
    else:
        index = {t: k for k, t in enumerate(ct)}
        # identical texts first: cheap, and they need no candidate step
        hits = [(k, index[t], 100.0) for k, t in enumerate(qt) if t in index]
        if plan.path != "none":
            i, j = _candidate_pairs(finder, qt, ct, plan.path == "lsh")
            exact = {(x, y) for x, y, _ in hits}
            hits += [h for h in _verify_with(finder, qt, ct, i, j) if (h[0], h[1]) not in exact]
    out = [(qi, ci, s) for x, y, s in hits for qi in q_members[x] for ci in c_members[y]]
    out.sort()
    return out, plan


# ---------------------------------------------------------------------------------------------
# Clusters: dedup (the stage, and generation's dedup of new examples against the seeds)
# ---------------------------------------------------------------------------------------------


def compare_text(record: dict, field: Field) -> str:
    """The text two records are compared on.

    `user` is every user turn (all of them, in a multi-turn record); `conversation` is every
    turn's content but the system prompt's: validate made that prompt identical in every record,
    and shared text (the prompt, or role names) would push every pair of short records towards
    the threshold. A turn that is a JSON object or array (an extraction answer) is compared as
    compact sorted-key JSON, so layout and key order do not make two answers differ.
    """
    roles = ("user",) if field == "user" else ("user", "assistant")
    return "\n".join(canonical_text(m["content"]) for m in record["messages"] if m["role"] in roles)


SEMANTIC_PAIRS_LISTED = 500  # report.json lists at most this many semantic pairs


def find_semantic_pairs(texts: Sequence[str], semantic: SemanticDup) -> list[Pair]:
    """Paraphrase pairs (i, j, cosine >= `semantic.threshold`) within one list of texts.

    As in `find_pairs`, pairs link the FIRST index of each distinct text (its copies embed the
    same; exact copies are `find_pairs`' job). Sorted by (i, j). The texts are compared as given:
    pass the normalized texts the fuzzy check compares.
    """
    reps, _ = _groups(texts)
    emb = embed([texts[r] for r in reps], semantic)
    return [(reps[x], reps[y], s) for x, y, s in semantic_pairs(emb, semantic.threshold)]


@dataclass(frozen=True)
class DedupResult:
    kept: list[dict]
    clusters: dict[str, list[str]]  # kept id -> merged ids, only clusters that merged something
    # kept id -> highest FUZZY pair score (0-100) in its cluster; a cluster merged by semantic
    # pairs only is absent (its cosines are in stats["semantic_pairs"])
    cluster_scores: dict[str, float]
    stats: dict
    # embedding + neighbour search time: for the log, not the report (nor equality)
    semantic_s: float = dataclasses.field(default=0.0, compare=False)


class _UnionFind:
    """Connected components over record indices."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def n_sets(self) -> int:
        return sum(1 for i in range(len(self.parent)) if self.find(i) == i)


def _merge_semantic(
    records: Sequence[dict],
    texts: Sequence[str],
    semantic: SemanticDup,
    uf: _UnionFind,
    fuzzy: Sequence[Pair],
) -> dict:
    """Union the semantic pairs into `uf` (already holding the fuzzy ones); their stats."""
    pairs = find_semantic_pairs(texts, semantic)
    before = uf.n_sets()
    for i, j, _ in pairs:
        uf.union(i, j)
    fuzzy_score = {(i, j): s for i, j, s in fuzzy}
    listed = sorted(
        ((s, records[i]["id"], records[j]["id"], fuzzy_score.get((i, j))) for i, j, s in pairs),
        key=lambda row: row[:3],
    )
    return {
        "semantic_model": semantic.describe(),
        "semantic_threshold": semantic.threshold,
        "n_semantic_pairs": len(pairs),
        "n_semantic_only_pairs": sum(1 for i, j, _ in pairs if (i, j) not in fuzzy_score),
        # records merged because of semantic pairs, beyond what exact + fuzzy merged
        "n_semantic_dropped": before - uf.n_sets(),
        # ids + cosine (+ the fuzzy ratio when fuzzy found the pair too), lowest cosine first:
        # the borderline ones a reviewer wants; at most SEMANTIC_PAIRS_LISTED (all are counted)
        "semantic_pairs": [
            {"a": a, "b": b, "cosine": s, "fuzzy": None if f is None else round(f, 2)}
            for s, a, b, f in listed[:SEMANTIC_PAIRS_LISTED]
        ],
    }


def _clusters(
    records: Sequence[dict], texts: Sequence[str], uf: _UnionFind, fuzzy: Sequence[Pair], keep: Keep
) -> tuple[list[int], dict[str, list[str]], dict[str, float], list[str]]:
    """(kept indices, clusters, cluster fuzzy scores, conflicting kept ids) of `uf`'s sets."""
    members: dict[int, list[int]] = {}
    for i in range(len(records)):
        members.setdefault(uf.find(i), []).append(i)
    best: dict[int, float] = {}
    for i, _, score in fuzzy:
        root = uf.find(i)
        best[root] = max(best.get(root, 0.0), score)

    kept_idx: list[int] = []
    clusters: dict[str, list[str]] = {}
    cluster_scores: dict[str, float] = {}
    conflicting: list[str] = []
    for root, group in members.items():  # roots in input order (a root is its group's minimum)
        k = group[0] if keep == "first" else max(group, key=lambda i: (len(texts[i]), -i))
        kept_idx.append(k)
        if len(group) == 1:
            continue
        kid = records[k]["id"]
        clusters[kid] = [records[i]["id"] for i in group if i != k]
        if root in best:
            cluster_scores[kid] = round(best[root], 2)
        if len({canonical_text(label_of(records[i])) for i in group}) > 1:
            conflicting.append(kid)
    kept_idx.sort()
    return kept_idx, clusters, cluster_scores, conflicting


def dedup_records(
    records: Sequence[dict],
    finder: NearDup,
    *,
    field: Field = "user",
    keep: Keep = "first",
    semantic: SemanticDup | None = None,
) -> DedupResult:
    """Cluster exact and near-duplicate records and keep one record of each cluster.

    Clusters are connected components: if A~B and B~C, C is merged even when A and C differ more.

    Args:
        records: validated records `{"id", "messages"}`, in input order.
        field: "user" (the user turns) or "conversation" (every turn but the system prompt).
        finder: the threshold and candidate-generation knobs (`NearDup.from_params(dedup)`).
        keep: "first" keeps the earliest record of a cluster, "longest" the one with the longest
            compared text (the earliest of those on a tie).
        semantic: also merge paraphrases (embedding cosine >= its threshold) into the same
            clusters; None (the default): exact + fuzzy only. Adds the `semantic_*` stats.
    """
    texts = [normalize_text(compare_text(rec, field)) for rec in records]
    pairs, plan = find_pairs_planned(texts, finder, normalized=True)
    uf = _UnionFind(len(records))
    for i, j, _ in pairs:
        uf.union(i, j)
    n_after_fuzzy = uf.n_sets()
    t0 = time.perf_counter()
    sem_stats = {} if semantic is None else _merge_semantic(records, texts, semantic, uf, pairs)
    sem_s = time.perf_counter() - t0 if semantic is not None else 0.0
    kept_idx, clusters, cluster_scores, conflicting = _clusters(records, texts, uf, pairs, keep)

    n_exact = len(records) - len(set(texts))  # copies beyond the first of each identical text
    fuzzy = sorted((s, records[i]["id"], records[j]["id"]) for i, j, s in pairs if s < 100)
    stats = {
        "n_in": len(records),
        "n_out": len(kept_idx),
        "n_exact_dropped": n_exact,
        "n_fuzzy_dropped": len(records) - n_after_fuzzy - n_exact,
        "n_clusters": len(clusters),
        "n_exact_pairs": len(pairs) - len(fuzzy),
        "n_fuzzy_pairs": len(fuzzy),
        # ids + score only: the text stays in records.jsonl
        "sample_pairs": [
            {"a": a, "b": b, "score": round(s, 2)} for s, a, b in fuzzy[:SAMPLE_PAIRS]
        ],
        # the kept record's answer wins; clusters whose final answers differ (the label; a JSON
        # answer compared canonically; any different text for generation) are worth a look
        "n_conflicting_label_clusters": len(conflicting),
        "conflicting_label_clusters": conflicting,
        "field": field,
        "threshold": finder.threshold,
        "keep": keep,
        # which candidate path ran and why: "lsh: 5,000 texts of ~700 chars, ..."
        **plan.stats(),
        **sem_stats,  # only with semantic on: off, the report is what it always was
    }
    return DedupResult(
        kept=[records[i] for i in kept_idx],
        clusters=clusters,
        cluster_scores=cluster_scores,
        stats=stats,
        semantic_s=sem_s,
    )
