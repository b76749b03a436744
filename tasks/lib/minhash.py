"""MinHash-LSH candidate pairs for near-duplicate search, vectorised with numpy.

    i, j = lsh_candidates(texts, None, lsh_threshold=0.3, num_perm=64, ngram=5,
                          lengths=lengths, threshold=90)

The MinHash is computed here with numpy, vectorised over all shingles of a chunk of documents,
NOT with datasketch: datasketch hashes shingles one Python call at a time, and its candidate step
measured ~8x slower at 100k documents (33 s vs 4 s; benchmarks/dedup.py prints both). Shingles
found in >= 1% of a sample of texts (boilerplate) are left out of the signatures
(`_stop_shingles`). Band/row counts come from datasketch's own `_optimal_param`, so
`lsh_threshold` means what it means there. Candidates only: tasks/lib/near_dup.py verifies each.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from tasks.lib.runtime import Progress

_HASH_CHARS = 8 << 20  # characters hashed per chunk (x8 bytes x a few arrays ~ 300 MB)


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
    progress = Progress("near_dup: minhash", len(texts), min_total=50_000)
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


def lsh_candidates(
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
