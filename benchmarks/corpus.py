"""A deterministic synthetic corpus of short support-ticket-like texts with KNOWN near-duplicates.

    from benchmarks.corpus import make_corpus
    corpus = make_corpus(100_000, seed=0)      # corpus.texts, corpus.pairs (planted (i, j), i < j)

    python benchmarks/corpus.py --n 20 --seed 0    # print a few texts and the planted pairs

Texts are an opener ("Hi, my order", "I was charged", ...) followed by pseudo-words drawn from a
large made-up vocabulary (~60k words of 1-3 syllables), 80-200 characters (`length`), so unrelated
texts rarely score high. A share of texts get ONE planted variant (word swaps, typos, a reordered
pair of words, casing, appended noise); each plant is checked to score >= `min_score` with
`fuzz.ratio` on normalized text, else it is regenerated with fewer edits, so the planted pairs are
exact ground truth at thresholds up to `min_score`. Stdlib + numpy (+ rapidfuzz for the check).
Same (n, seed, ...) gives the same corpus.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

if __package__ in (None, ""):  # run as a script: make `tasks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tasks.lib.near_dup import normalize_text  # noqa: E402

OPENERS = [
    "Hi, my order",
    "Hello, I was charged twice for",
    "My parcel with the",
    "I cannot log in to my account since",
    "The app keeps crashing when I open",
    "I would like to return the",
    "Where is my refund for",
    "Please cancel the subscription for",
    "Your website shows an error on",
    "I never received the confirmation for",
    "Can you change the delivery address for",
    "The invoice for my purchase of",
    "Is there a store near",
    "My password reset email for",
    "The item arrived damaged, the",
    "Why was my card declined for",
    "I want to upgrade my plan to",
    "The tracking number for",
    "Two-factor codes never arrive for",
    "Do you ship internationally to",
]
NOISE = [" thanks!", " pls help", " asap", " thank you in advance", " (sent from my phone)", " ??"]
_CONS = "bcdfghjklmnprstvwz"
_VOW = "aeiou"


@dataclass(frozen=True)
class Corpus:
    texts: list[str]
    pairs: list[tuple[int, int]]  # planted near-duplicates (i, j), i < j, each scoring >= min_score
    min_score: float


def _vocabulary(rng: np.random.Generator, size: int) -> list[str]:
    syl = sorted({c + v + e for c in _CONS for v in _VOW for e in ("", "n", "r", "s", "l")})
    words: set[str] = set()
    while len(words) < size:
        k = rng.integers(1, 4, size=size)
        picks = rng.integers(0, len(syl), size=(size, 3))
        for n, row in zip(k, picks, strict=True):
            words.add("".join(syl[s] for s in row[:n]))
    return sorted(words)[:size]


def _typo(word: str, r: random.Random) -> str:
    if len(word) < 2:
        return word + r.choice(_VOW)
    p = r.randrange(len(word))
    op = r.randrange(3)
    if op == 0:  # substitute
        return word[:p] + r.choice(_CONS + _VOW) + word[p + 1 :]
    if op == 1:  # delete
        return word[:p] + word[p + 1 :]
    return word[:p] + r.choice(_VOW) + word[p:]  # insert


def _mutate(text: str, vocab: list[str], r: random.Random, edits: int) -> str:
    words = text.split(" ")
    for _ in range(edits):
        op = r.randrange(5)
        k = r.randrange(len(words))
        if op == 0:  # word swap
            words[k] = r.choice(vocab)
        elif op == 1:  # typo
            words[k] = _typo(words[k], r)
        elif op == 2 and len(words) > 1:  # reorder two neighbouring words
            k = min(k, len(words) - 2)
            words[k], words[k + 1] = words[k + 1], words[k]
        elif op == 3:  # casing (normalization removes it: it costs nothing on purpose)
            words[k] = words[k].upper() if r.random() < 0.5 else words[k].title()
        else:  # appended noise
            words[-1] += r.choice(NOISE)
    return " ".join(words)


def make_corpus(
    n: int,
    *,
    seed: int = 0,
    plant_share: float = 0.02,
    min_score: float = 85.0,
    vocab_size: int = 60_000,
    length: tuple[int, int] = (80, 200),
) -> Corpus:
    """`n` texts of which about `plant_share` * n are planted variants of another text.

    Args:
        n: number of texts.
        seed: everything random derives from it.
        plant_share: share of texts that are a planted variant (each source gets one at most).
        min_score: every planted pair scores at least this (fuzz.ratio, normalized text).
        vocab_size: made-up words to draw from; larger = fewer accidental matches.
    """
    from rapidfuzz import fuzz

    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    vocab = _vocabulary(rng, vocab_size)
    n_plants = int(n * plant_share)
    n_base = n - n_plants
    wlen = np.fromiter(map(len, vocab), dtype=np.int64) + 1  # + the space before it
    op_len = np.array([len(o) for o in OPENERS])
    texts: list[str] = []
    lo, hi = length
    slots = max(40, hi // 4)  # words per text at most (40 for the default lengths)
    for start in range(0, n_base, 50_000):  # chunks keep the index matrices small at 1M texts
        m = min(50_000, n_base - start)
        op_idx = rng.integers(0, len(OPENERS), size=m)
        target = rng.integers(lo, hi + 1, size=m)
        words = rng.integers(0, len(vocab), size=(m, slots))
        used = op_len[op_idx][:, None] + np.cumsum(wlen[words], axis=1)
        # words until the text reaches its target length (at least one, at most `slots`)
        count = np.minimum((used < target[:, None]).sum(axis=1) + 1, slots)
        texts += [
            OPENERS[o] + " " + " ".join([vocab[w] for w in row[:c]])
            for o, row, c in zip(op_idx.tolist(), words.tolist(), count.tolist(), strict=True)
        ]
    # cut to `hi` chars at a word boundary (the last word can overshoot)
    texts = [t if len(t) <= hi else t[: t.rfind(" ", 0, hi)] for t in texts]

    sources = rng.choice(n_base, size=n_plants, replace=False)
    variants: list[str] = []
    for s in sources.tolist():
        base = texts[s]
        for edits in (4, 3, 3, 2, 2, 1, 1, 1):
            v = _mutate(base, vocab, r, edits)
            nb, nv = normalize_text(base), normalize_text(v)
            if nv != nb and fuzz.ratio(nb, nv) >= min_score:
                break
        else:
            v = base + " thanks!"  # a sure plant: +8 chars on >= 80 scores >= 90
        variants.append(v)
    # put each variant at a random position so plants are not grouped at the end
    order = rng.permutation(n)
    all_texts = texts + variants
    pos = np.empty(n, dtype=np.int64)
    pos[order] = np.arange(n)  # pos[old index] = new index
    out = [""] * n
    for old, t in enumerate(all_texts):
        out[pos[old]] = t
    pairs = sorted(
        (min(a, b), max(a, b))
        for a, b in zip(
            pos[sources].tolist(), pos[n_base + np.arange(n_plants)].tolist(), strict=True
        )
    )
    for a, b in pairs:  # the guarantee the benchmark relies on
        score = fuzz.ratio(normalize_text(out[a]), normalize_text(out[b]))
        assert score >= min_score, (a, b, score)
    return Corpus(texts=out, pairs=pairs, min_score=min_score)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--plant-share", type=float, default=0.1)
    args = ap.parse_args(argv)
    c = make_corpus(args.n, seed=args.seed, plant_share=args.plant_share)
    for i, t in enumerate(c.texts):
        print(f"{i:4d} {t}")
    print("planted:", c.pairs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
