"""Near-duplicate pairs: ONE finder for dedup, split's leakage check (and synthetic generation).

    from tasks.near_dup import find_pairs, find_cross_pairs
    find_pairs(texts, threshold=90)                  # [(i, j, score)] within one list, i < j
    find_cross_pairs(test, train, threshold=90)      # [(qi, cj, score)] between two lists

Pure: no I/O, no Prefect (except `runner="dask"`: verification as Prefect tasks on a local Dask
cluster; candidate generation stays in this process). A pair is a duplicate when
rapidfuzz `fuzz.ratio` on the NORMALIZED texts (`normalize_text`) is >= `threshold` (0-100).
Every pair returned was verified with that exact test, whatever produced the candidate:

1. exact duplicates (identical normalized text) by hashing; only one representative per group
   goes on to the fuzzy steps (identical texts score identically against everything);
2. candidates among the representatives, either
   - `all_pairs`: `rapidfuzz.process.cdist` (uint8, score_cutoff, all cores) in row blocks so
     memory stays at `_BLOCK_CELLS` bytes; exact but O(n^2): fine up to ~20k texts, or
   - `lsh`: MinHash signatures of char n-gram shingles + banding (LSH). The MinHash is computed
     here with numpy, vectorised over all shingles of a chunk of documents, NOT with datasketch:
     datasketch hashes shingles one Python call at a time: its candidate step measured ~8x slower
     at 100k documents (33 s vs 4 s; benchmarks/dedup.py prints both). Shingles found in >= 1% of
     a sample of texts (boilerplate) are left out of the signatures (`_stop_shingles`). Band/row
     counts come from datasketch's own `_optimal_param`, so `lsh_threshold` means what it means
     there;
   - `auto`: all pairs up to `all_pairs_max` representatives, LSH above;
3. verification of every candidate with `fuzz.ratio(a, b, score_cutoff=threshold)`, after a free
   length filter (ratio <= 200 * min(len) / (len a + len b)).

Why the LSH threshold sits well below the ratio threshold: a ratio-90 pair of short texts can have
a 5-gram Jaccard as low as ~0.3 (one typo breaks 5 shingles), so `lsh_threshold=0.3` by default.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Literal

import numpy as np

from tasks.common import PipelineError, Progress

Candidates = Literal["auto", "all_pairs", "lsh"]
Runner = Literal["local", "dask"]
Pair = tuple[int, int, float]

_SPACE = re.compile(r"\s+")
_BLOCK_CELLS = 64 << 20  # all_pairs: at most 64 MiB of uint8 scores in memory at once
_HASH_CHARS = 8 << 20  # lsh: characters hashed per chunk (x8 bytes x a few arrays ~ 300 MB)
_M64 = np.uint64(0xFFFFFFFFFFFFFFFF)


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
# Candidates: MinHash-LSH, vectorised with numpy
# ---------------------------------------------------------------------------------------------


def _lsh_shape(lsh_threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimising false positives + negatives at `lsh_threshold` (datasketch's)."""
    from datasketch.lsh import _optimal_param

    return _optimal_param(lsh_threshold, num_perm, 0.5, 0.5)


def _perm_params(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    a = rng.integers(1, 1 << 63, size=num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = rng.integers(0, 1 << 63, size=num_perm, dtype=np.uint64)
    return a, b


def _mix64(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads a polynomial hash's bits before multiply-shift."""
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB9FE1A85EC53)
    h ^= h >> np.uint64(33)
    return h


def _shingle_hashes(texts: Sequence[str], ngram: int) -> tuple[np.ndarray, np.ndarray]:
    """(uint64 hash of every char n-gram, in text order; shingles per text).

    A text shorter than `ngram` is padded with NULs, so it has one shingle (itself).
    """
    padded = [t if len(t) >= ngram else t + "\0" * (ngram - len(t)) for t in texts]
    lengths = np.fromiter(map(len, padded), dtype=np.int64, count=len(padded))
    chars = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    nsh = len(chars) - ngram + 1
    h = np.zeros(nsh, dtype=np.uint64)
    prime = np.uint64(1099511628211)  # FNV-64 prime; wraps mod 2^64
    for k in range(ngram):
        h *= prime
        h += chars[k : k + nsh]
    # a shingle starting at p is valid when it ends inside its text
    doc_end = np.repeat(np.cumsum(lengths), lengths)[:nsh]
    h = _mix64(h[np.arange(nsh) + ngram <= doc_end])
    return h, lengths - ngram + 1


def _stop_shingles(texts: Sequence[str], ngram: int) -> np.ndarray:
    """Sorted hashes of boilerplate shingles: in >= 1% (and >= 50) of a sample of texts.

    Shared boilerplate ("Hi, my order ...", signatures) makes unrelated texts collide in LSH bands
    and the candidate count grows with n^2; near-duplicates still share their own content. Only
    candidate generation ignores them; verification compares the full texts.
    """
    n = len(texts)
    sample = [texts[k] for k in np.linspace(0, n - 1, num=min(n, 20_000), dtype=np.int64)]
    h, counts = _shingle_hashes(sample, ngram)
    doc = np.repeat(np.arange(len(sample), dtype=np.uint64), counts)
    per_doc = np.unique(np.stack([doc, h]), axis=1)[1]  # each shingle once per text
    values, df = np.unique(per_doc, return_counts=True)
    return values[df >= max(50, len(sample) // 100)]


def _signatures_chunk(
    texts: Sequence[str], ngram: int, a: np.ndarray, b: np.ndarray, stop: np.ndarray
) -> np.ndarray:
    """MinHash signatures (len(texts), num_perm) uint32 of the texts' char n-gram shingles."""
    h, counts = _shingle_hashes(texts, ngram)
    if len(stop):
        pos = np.minimum(np.searchsorted(stop, h), len(stop) - 1)
        keep = stop[pos] != h
        doc = np.repeat(np.arange(len(texts)), counts)
        kept = np.bincount(doc, weights=keep, minlength=len(texts))
        keep |= (kept == 0)[doc]  # a text of boilerplate only keeps all its shingles
        h, counts = h[keep], np.bincount(doc[keep], minlength=len(texts))
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    sig = np.empty((len(texts), len(a)), dtype=np.uint32)
    v = np.empty_like(h)
    shift = np.uint64(32)
    for k in range(len(a)):
        np.multiply(h, a[k], out=v)
        v += b[k]
        v >>= shift
        sig[:, k] = np.minimum.reduceat(v, starts)
    return sig


def minhash_signatures(
    texts: Sequence[str],
    *,
    ngram: int = 5,
    num_perm: int = 64,
    seed: int = 1,
    stop: np.ndarray | None = None,
) -> np.ndarray:
    """MinHash signatures (len(texts), num_perm) uint32 of char `ngram` shingles (numpy).

    Args:
        texts: already normalized texts.
        ngram: shingle length in characters.
        num_perm: hash functions (signature length).
        seed: picks the hash functions; signatures compare only under the same seed.
        stop: sorted shingle hashes to ignore (see `_stop_shingles`); None ignores none.
    """
    a, b = _perm_params(num_perm, seed)
    stop = np.empty(0, np.uint64) if stop is None else stop
    out = np.empty((len(texts), num_perm), dtype=np.uint32)
    progress = Progress("near_dup: minhash", len(texts))
    start = 0
    while start < len(texts):
        stop_at, chars = start, 0
        while stop_at < len(texts) and (chars < _HASH_CHARS or stop_at == start):
            chars += max(len(texts[stop_at]), ngram)
            stop_at += 1
        out[start:stop_at] = _signatures_chunk(texts[start:stop_at], ngram, a, b, stop)
        start = stop_at
        progress.update(start)
    return out


def _band_keys(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(bands, n) uint64: one hash per band of `rows` signature values."""
    keys = np.empty((bands, sig.shape[0]), dtype=np.uint64)
    for band in range(bands):
        k = np.full(sig.shape[0], band + 1, dtype=np.uint64)
        for col in range(band * rows, (band + 1) * rows):
            k ^= sig[:, col].astype(np.uint64)
            k *= np.uint64(0x9E3779B97F4A7C15)
            k ^= k >> np.uint64(29)
        keys[band] = k
    return keys


def _bucket_pairs(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All (i, j), i < j, of documents sharing a key (one band), without a Python loop per pair."""
    order = np.argsort(keys, kind="stable")
    sk = keys[order]
    n = len(sk)
    if n < 2:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    new = np.concatenate(([True], sk[1:] != sk[:-1]))
    gid = np.cumsum(new) - 1
    gstart = np.flatnonzero(new)
    gend = np.concatenate((gstart[1:], [n]))
    end_of = gend[gid]  # for each sorted position, where its bucket ends
    pos = np.flatnonzero(end_of - np.arange(n) > 1)  # positions with a later bucket-mate
    out_i, out_j = [], []
    d = 1
    while len(pos):
        out_i.append(order[pos])
        out_j.append(order[pos + d])
        d += 1
        pos = pos[end_of[pos] - pos > d]
    if not out_i:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    i, j = np.concatenate(out_i), np.concatenate(out_j)
    return np.minimum(i, j).astype(np.int64), np.maximum(i, j).astype(np.int64)


def _lsh_candidates(
    texts: list[str],
    n_query: int | None,
    *,
    lsh_threshold: float,
    num_perm: int,
    ngram: int,
    lengths: np.ndarray,
    threshold: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Unique candidate (i, j), i < j, over `texts`; with n_query, only i < n_query <= j.

    Pairs that cannot reach `threshold` on length alone are dropped here, before dedup of pairs.
    """
    bands, rows = _lsh_shape(lsh_threshold, num_perm)
    stop = _stop_shingles(texts, ngram)
    sig = minhash_signatures(texts, ngram=ngram, num_perm=num_perm, stop=stop)
    keys = _band_keys(sig, bands, rows)
    del sig
    n = len(texts)
    acc = np.empty(0, dtype=np.int64)
    pending: list[np.ndarray] = []
    pending_n = 0
    for band in range(bands):
        i, j = _bucket_pairs(keys[band])
        if n_query is not None:
            keep = (i < n_query) & (j >= n_query)
            i, j = i[keep], j[keep]
        keep = _length_ok(lengths[i], lengths[j], threshold)
        code = i[keep] * n + j[keep]
        pending.append(code)
        pending_n += len(code)
        if pending_n > 20_000_000:  # bound memory: fold into the unique set now and then
            acc = np.unique(np.concatenate([acc, *pending]))
            pending, pending_n = [], 0
    acc = np.unique(np.concatenate([acc, *pending]))
    return acc // n, acc % n


def _length_ok(la: np.ndarray, lb: np.ndarray, threshold: float) -> np.ndarray:
    """ratio = 200 * matches / (la + lb) <= 200 * min / (la + lb): pairs that can still pass."""
    total = la + lb
    return (total == 0) | (200.0 * np.minimum(la, lb) >= threshold * total - 1e-9)


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
    progress = Progress("near_dup: verified candidates", len(i))
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


def _verify_with(
    runner: str,
    dask: tuple[int, str | None],
    a: Sequence[str],
    b: Sequence[str],
    i: np.ndarray,
    j: np.ndarray,
    threshold: float,
) -> list[Pair]:
    if runner == "dask" and len(i):
        return sorted(_verify_dask(a, b, i, j, threshold, *dask))
    return _verify(a, b, i, j, threshold)


def _check_args(threshold: float, candidates: str, runner: str) -> None:
    if not 0 <= threshold <= 100:
        raise PipelineError(f"near_dup: threshold {threshold} is outside 0-100")
    if candidates not in ("auto", "all_pairs", "lsh"):
        raise PipelineError(f"near_dup: candidates {candidates!r}: use auto, all_pairs or lsh")
    if runner not in ("local", "dask"):
        raise PipelineError(f"near_dup: runner {runner!r}: use local or dask")


def _mode(candidates: str, n: int, all_pairs_max: int) -> str:
    if candidates == "auto":
        return "all_pairs" if n <= all_pairs_max else "lsh"
    return candidates


def find_pairs(
    texts: Sequence[str],
    *,
    threshold: float,
    candidates: Candidates = "auto",
    all_pairs_max: int = 5000,
    lsh_threshold: float = 0.3,
    num_perm: int = 64,
    ngram: int = 5,
    normalized: bool = False,
    runner: Runner = "local",
    dask_workers: int = 2,
    dask_address: str | None = None,
) -> list[Pair]:
    """Near-duplicate pairs within one list: `fuzz.ratio(norm(a), norm(b)) >= threshold`.

    Exact duplicates come back as (first index of the text, other index, 100.0); fuzzy pairs link
    the FIRST index of each distinct text only (its copies score the same), so the pairs connect
    every duplicate without listing k^2 pairs for k copies. Sorted by (i, j).

    Args:
        texts: raw texts (normalized here unless `normalized`).
        threshold: rapidfuzz fuzz.ratio 0-100; a pair scoring at least this is a duplicate.
            0 returns every pair (all_pairs, whatever `candidates` says).
        candidates: "all_pairs" (exact, O(n^2)), "lsh" (MinHash-LSH, scales) or "auto".
        all_pairs_max: "auto" uses all pairs up to this many distinct texts.
        lsh_threshold: Jaccard threshold of the LSH banding; keep it well below `threshold`/100.
        num_perm: MinHash signature length.
        ngram: shingle length in characters.
        normalized: the texts are already `normalize_text`-ed.
        runner: "local" verifies candidates in this process; "dask" as Prefect tasks on a local
            Dask cluster (`prefect_dask.DaskTaskRunner`) of `dask_workers` processes.
        dask_workers: worker processes for runner "dask" (local cluster).
        dask_address: an existing Dask scheduler (``tcp://host:8786``) instead of a local cluster.
    """
    _check_args(threshold, candidates, runner)
    norm = list(texts) if normalized else [normalize_text(t) for t in texts]
    reps, members = _groups(norm)
    pairs: list[Pair] = [(m[0], k, 100.0) for m in members for k in m[1:]]
    rep_texts = [norm[r] for r in reps]
    n = len(reps)
    if n >= 2 and threshold < 100:
        lengths = np.fromiter(map(len, rep_texts), dtype=np.int64, count=n)
        if threshold <= 0:
            i, j = np.triu_indices(n, k=1)
        elif _mode(candidates, n, all_pairs_max) == "all_pairs":
            i, j = _all_pairs_candidates(rep_texts, None, threshold)
        else:
            i, j = _lsh_candidates(
                rep_texts,
                None,
                lsh_threshold=lsh_threshold,
                num_perm=num_perm,
                ngram=ngram,
                lengths=lengths,
                threshold=threshold,
            )
        dask = (dask_workers, dask_address)
        for x, y, s in _verify_with(runner, dask, rep_texts, rep_texts, i, j, threshold):
            a, b = reps[x], reps[y]
            pairs.append((min(a, b), max(a, b), s))
    pairs.sort()
    return pairs


def find_cross_pairs(
    queries: Sequence[str],
    corpus: Sequence[str],
    *,
    threshold: float,
    candidates: Candidates = "auto",
    all_pairs_max: int = 5000,
    lsh_threshold: float = 0.3,
    num_perm: int = 64,
    ngram: int = 5,
    normalized: bool = False,
    runner: Runner = "local",
    dask_workers: int = 2,
    dask_address: str | None = None,
) -> list[Pair]:
    """Every (query index, corpus index, score) with `fuzz.ratio` on normalized text >= threshold.

    Unlike `find_pairs`, copies are expanded: every matching corpus record is listed (a leakage
    check drops all of them). Sorted by (qi, cj). "auto" uses all pairs while
    len(queries) * len(corpus) <= all_pairs_max ** 2 (the same number of cells as one list of
    `all_pairs_max`). Args as in `find_pairs`.
    """
    _check_args(threshold, candidates, runner)
    q = list(queries) if normalized else [normalize_text(t) for t in queries]
    c = list(corpus) if normalized else [normalize_text(t) for t in corpus]
    q_reps, q_members = _groups(q)
    c_reps, c_members = _groups(c)
    qt, ct = [q[r] for r in q_reps], [c[r] for r in c_reps]
    nq, nc = len(qt), len(ct)
    if nq == 0 or nc == 0:
        return []
    if threshold <= 0:
        i, j = (x.ravel() for x in np.meshgrid(np.arange(nq), np.arange(nc), indexing="ij"))
        hits = _verify(qt, ct, i, j, 0)
    else:
        index = {t: k for k, t in enumerate(ct)}
        # identical texts first: cheap, and they need no candidate step
        hits = [(k, index[t], 100.0) for k, t in enumerate(qt) if t in index]
        if threshold < 100:
            mode = candidates
            if mode == "auto":
                mode = "all_pairs" if nq * nc <= all_pairs_max**2 else "lsh"
            if mode == "all_pairs":
                i, j = _all_pairs_candidates(qt, ct, threshold)
            else:
                lengths = np.fromiter(map(len, qt + ct), dtype=np.int64, count=nq + nc)
                i, j = _lsh_candidates(
                    qt + ct,
                    nq,
                    lsh_threshold=lsh_threshold,
                    num_perm=num_perm,
                    ngram=ngram,
                    lengths=lengths,
                    threshold=threshold,
                )
                j = j - nq
            exact = {(x, y) for x, y, _ in hits}
            hits += [
                h
                for h in _verify_with(runner, (dask_workers, dask_address), qt, ct, i, j, threshold)
                if (h[0], h[1]) not in exact
            ]
    out = [(qi, ci, s) for x, y, s in hits for qi in q_members[x] for ci in c_members[y]]
    out.sort()
    return out
