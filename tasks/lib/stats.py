"""Confidence intervals and paired tests for models compared on ONE frozen test set.

    wilson_interval(67, 80)                                       # accuracy 0.84 -> (0.74, 0.90)
    bootstrap_interval(stat, n, resamples=2000, level=0.95, seed=0)  # stat(idx) -> float
    paired_difference(cand_ok, champ_ok, resamples=2000, level=0.95, seed=0)  # PairedResult
    paired_metric_difference(stat, n, resamples=2000, level=0.95, seed=0)  # (diff, low, high)
    metric_intervals(y_true, y_pred, labels, resamples=2000, level=0.95, seed=0)

Pure: numpy and the standard library, no I/O. Why these methods:

- Wilson, not the normal ("Wald") interval, for proportions (accuracy, invalid-answer rate): at
  0% or 100% Wald has zero width (a perfect score on 50 examples is not certainty) and near the
  edges it undercovers; Wilson inverts the score test, so it never leaves [0, 1] and never
  collapses to a point for n > 0.
- Paired, not unpaired, comparisons: every contender answers the SAME examples, so their errors
  are correlated (hard examples are hard for all). Resampling examples with both models' answers
  kept together, and McNemar's exact test on the examples where exactly one model is right, use
  that; an unpaired z-test (as lm-evaluation-harness does) counts the shared difficulty as noise
  and reports intervals that are too wide.
- Percentile bootstrap over example indices for what has no closed form (macro-F1 and its
  differences). Every bootstrap here draws its indices from `np.random.default_rng(seed)` in the
  same order, so two statistics bootstrapped with the same seed see the same resamples.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterator, Sequence
from statistics import NormalDist
from typing import Any

import numpy as np

from tasks.lib.metrics import classification_metrics

# resample indices are drawn in blocks of at most this many cells (int32: 16 MB), so 2000
# resamples of a 100k-example test set do not need 800 MB at once
_BLOCK_CELLS = 4_000_000


@dataclasses.dataclass(frozen=True)
class PairedResult:
    """Candidate (a) minus contender (b) on the same examples.

    Attributes:
        difference: accuracy(a) - accuracy(b).
        low: lower bound of the paired-bootstrap interval of the difference.
        high: upper bound.
        n_a_only: examples a got right and b got wrong.
        n_b_only: examples b got right and a got wrong.
        p_value: two-sided exact McNemar p-value (1.0 when there are no discordant pairs).
        level: the interval's confidence level.
    """

    difference: float
    low: float
    high: float
    n_a_only: int
    n_b_only: int
    p_value: float
    level: float

    def as_dict(self) -> dict[str, Any]:
        """JSON-safe fields: Python floats rounded to 6 places, Python ints."""
        return {
            k: round(float(v), 6) if isinstance(v, float) else int(v)
            for k, v in dataclasses.asdict(self).items()
        }


def wilson_interval(successes: int, n: int, level: float = 0.95) -> tuple[float, float]:
    """The Wilson score interval for a proportion `successes / n`.

    Args:
        successes: examples counted (correct answers, invalid answers), 0..n.
        n: examples in all; 0 gives (0.0, 1.0), nothing is known.
        level: confidence level, e.g. 0.95.

    Returns:
        (low, high) inside [0, 1], of non-zero width for n > 0, also at 0/n and n/n.
    """
    _check_level(level)
    if not 0 <= successes <= n:
        raise ValueError(f"need 0 <= successes <= n, got {successes} of {n}")
    if n == 0:
        return 0.0, 1.0
    z = _z(level)
    p = successes / n
    denom = 1 + z * z / n
    center = (p + z * z / (2 * n)) / denom
    half = z / denom * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    # at 0/n (n/n) the lower (upper) bound is exactly 0 (1); the formula leaves rounding error
    low = 0.0 if successes == 0 else max(0.0, center - half)
    high = 1.0 if successes == n else min(1.0, center + half)
    return low, high


def bootstrap_interval(
    stat: Callable[[np.ndarray], float], n: int, *, resamples: int, level: float, seed: int
) -> tuple[float, float]:
    """Percentile bootstrap interval of a statistic over example indices.

    Args:
        stat: computes the statistic on a resample, given its example indices (length n, drawn
            with replacement), e.g. `lambda idx: macro_f1(y_true[idx], y_pred[idx])`.
        n: examples in the test set.
        resamples: bootstrap resamples.
        level: confidence level, e.g. 0.95.
        seed: for `np.random.default_rng`; the same seed gives the same interval.

    Returns:
        (low, high): the (1 - level) / 2 and (1 + level) / 2 quantiles of the resampled values.
    """
    values = np.concatenate(
        [
            np.fromiter((stat(row) for row in block), dtype=float, count=len(block))
            for block in _index_blocks(n, resamples, seed)
        ]
    )
    return _percentiles(values, level)


def paired_difference(
    a_correct: Sequence[bool] | np.ndarray,
    b_correct: Sequence[bool] | np.ndarray,
    *,
    resamples: int,
    level: float,
    seed: int,
) -> PairedResult:
    """Accuracy difference a - b with its paired-bootstrap interval and the exact McNemar test.

    Args:
        a_correct: per example, whether the candidate was right (bool or 0/1).
        b_correct: the same for the contender, on the same examples in the same order.
        resamples: bootstrap resamples (examples resampled, each keeping its pair of answers).
        level: confidence level, e.g. 0.95.
        seed: for `np.random.default_rng`.

    Returns:
        A `PairedResult`.
    """
    a, b = _as_bool(a_correct), _as_bool(b_correct)
    if a.shape != b.shape:
        raise ValueError(f"{a.size} answers for a but {b.size} for b: they must be paired")
    if a.size == 0:
        raise ValueError("no examples to compare")
    per_example = a.astype(np.int8) - b.astype(np.int8)  # +1 a only, -1 b only, 0 agree
    means = np.concatenate(
        [per_example[block].mean(axis=1) for block in _index_blocks(a.size, resamples, seed)]
    )
    low, high = _percentiles(means, level)
    n_a_only, n_b_only = int(np.sum(a & ~b)), int(np.sum(~a & b))
    return PairedResult(
        difference=float(per_example.mean()),
        low=low,
        high=high,
        n_a_only=n_a_only,
        n_b_only=n_b_only,
        p_value=mcnemar_exact(n_a_only, n_b_only),
        level=level,
    )


def mcnemar_exact(n_a_only: int, n_b_only: int) -> float:
    """Two-sided exact McNemar p-value: binomial(k, 1/2) test on the k discordant pairs.

    Args:
        n_a_only: examples only a got right.
        n_b_only: examples only b got right.

    Returns:
        min(1, 2 * P(X <= min(n_a_only, n_b_only))) for X ~ Binomial(k, 1/2); 1.0 when k = 0.
    """
    if n_a_only < 0 or n_b_only < 0:
        raise ValueError(f"counts must be >= 0, got {n_a_only} and {n_b_only}")
    k = n_a_only + n_b_only
    tail = sum(math.comb(k, i) for i in range(min(n_a_only, n_b_only) + 1))
    # exact integers; int / int is correctly rounded even for k in the thousands
    return min(1.0, 2 * tail / 2**k)


def paired_metric_difference(
    stat: Callable[[np.ndarray], float], n: int, *, resamples: int, level: float, seed: int
) -> tuple[float, float, float]:
    """A metric difference between two models on the same examples, with its paired interval.

    Args:
        stat: given example indices, metric_a(idx) - metric_b(idx) on THOSE indices for both
            models (e.g. macro-F1 of the candidate minus macro-F1 of the champion).
        n: examples in the test set.
        resamples: bootstrap resamples.
        level: confidence level, e.g. 0.95.
        seed: for `np.random.default_rng`.

    Returns:
        (difference on all n examples, low, high).
    """
    low, high = bootstrap_interval(stat, n, resamples=resamples, level=level, seed=seed)
    return float(stat(np.arange(n))), low, high


def metric_intervals(
    y_true: Sequence[str],
    y_pred: Sequence[str | None],
    labels: Sequence[str],
    *,
    resamples: int,
    level: float,
    seed: int,
) -> dict[str, dict[str, Any]]:
    """Accuracy, macro-F1 and invalid-answer rate of one classifier, each with its interval.

    The values are `tasks.lib.metrics.classification_metrics`'s (same validation); macro-F1's
    interval is a percentile bootstrap that computes macro-F1 the same way on every resample
    (None is a wrong "<invalid>" prediction; labels absent from both the resample's gold and
    its predictions left out).

    Args:
        y_true: gold labels (each in `labels`).
        y_pred: parsed predictions, None where the answer named no label.
        labels: the task's label set.
        resamples: bootstrap resamples for macro-F1.
        level: confidence level, e.g. 0.95.
        seed: for `np.random.default_rng`.

    Returns:
        {"accuracy" | "macro_f1" | "invalid_rate": {"value", "low", "high", "method"}}, method
        "wilson" or "bootstrap".
    """
    point = classification_metrics(y_true, y_pred, labels)
    n = point["n"]
    true_codes, pred_codes = _encode(y_true, y_pred, labels)
    f1s = np.concatenate(
        [
            _macro_f1(true_codes, pred_codes, len(labels), block)
            for block in _index_blocks(n, resamples, seed)
        ]
    )
    correct = int(np.sum(true_codes == pred_codes))
    invalid = sum(p is None for p in y_pred)
    return {
        "accuracy": rate_entry(correct, n, level),
        "macro_f1": interval_entry(point["macro_f1"], _percentiles(f1s, level), "bootstrap"),
        "invalid_rate": rate_entry(invalid, n, level),
    }


def interval_entry(value: float, interval: tuple[float, float], method: str) -> dict[str, Any]:
    """A metric with its interval as every metrics table stores it (JSON-safe floats)."""
    low, high = interval
    return {"value": float(value), "low": float(low), "high": float(high), "method": method}


def rate_entry(successes: int, n: int, level: float = 0.95) -> dict[str, Any]:
    """A rate (accuracy, parse rate, pass rate...) with its Wilson interval."""
    return interval_entry(successes / n, wilson_interval(successes, n, level), "wilson")


def _encode(
    y_true: Sequence[str], y_pred: Sequence[str | None], labels: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Label codes 0..L-1; a prediction that is None (or no label) gets L: wrong, not a class."""
    code = {lab: i for i, lab in enumerate(labels)}
    none = len(labels)
    true_codes = np.array([code[t] for t in y_true], dtype=np.intp)
    pred_codes = np.array([code.get(p, none) for p in y_pred], dtype=np.intp)
    return true_codes, pred_codes


def _macro_f1(
    true_codes: np.ndarray, pred_codes: np.ndarray, n_labels: int, idx: np.ndarray
) -> np.ndarray:
    """Macro-F1 of each resample (row of `idx`), from per-label confusion counts.

    Per label F1 = 2 TP / (gold count + predicted count); the mean is over the labels present
    in the resample's gold or predictions, as `classification_metrics` (sklearn) does.
    """
    rows, width = idx.shape[0], n_labels + 1  # + 1: the invalid code
    offset = (np.arange(rows) * width)[:, None]  # one bincount for all rows: row r -> r * width
    t, p = true_codes[idx] + offset, pred_codes[idx] + offset
    size = rows * width
    gold = np.bincount(t.ravel(), minlength=size).reshape(rows, width)[:, :n_labels]
    pred = np.bincount(p.ravel(), minlength=size).reshape(rows, width)[:, :n_labels]
    tp = np.bincount(t.ravel(), weights=(t == p).ravel(), minlength=size)
    tp = tp.reshape(rows, width)[:, :n_labels]
    denom = gold + pred
    present = denom > 0
    f1 = np.divide(2 * tp, denom, out=np.zeros(denom.shape), where=present)
    return f1.sum(axis=1) / present.sum(axis=1)  # >= 1 present: every gold label is a label


def _index_blocks(n: int, resamples: int, seed: int) -> Iterator[np.ndarray]:
    """`resamples` rows of n indices drawn with replacement, in blocks of bounded memory."""
    if n < 1:
        raise ValueError(f"need at least one example to resample, got n={n}")
    if resamples < 1:
        raise ValueError(f"resamples must be >= 1, got {resamples}")
    rng = np.random.default_rng(seed)
    rows = max(1, _BLOCK_CELLS // n)
    for start in range(0, resamples, rows):
        yield rng.integers(0, n, size=(min(rows, resamples - start), n), dtype=np.int32)


def nearest_rank(values: Sequence[float], q: float) -> float:
    """The q-quantile (q in [0, 1]) by nearest rank: a value that occurs, no interpolation (the
    p50/p95 of latencies and token lengths); 0 for no values."""
    ordered = sorted(values)
    if not ordered:
        return 0
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def _percentiles(values: np.ndarray, level: float) -> tuple[float, float]:
    _check_level(level)
    low, high = np.quantile(values, [(1 - level) / 2, (1 + level) / 2])
    return float(low), float(high)


def _z(level: float) -> float:
    """The two-sided normal quantile: 1.959964 for 0.95."""
    return NormalDist().inv_cdf((1 + level) / 2)


def _check_level(level: float) -> None:
    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1 (e.g. 0.95), got {level}")


def _as_bool(x: Sequence[bool] | np.ndarray) -> np.ndarray:
    arr = np.asarray(x)
    if arr.ndim != 1:
        raise ValueError(f"expected one answer per example (1-D), got shape {arr.shape}")
    if arr.dtype != bool and not np.isin(arr, (0, 1)).all():
        raise ValueError("correctness must be boolean or 0/1")
    return arr.astype(bool)


def macro_f1_difference(
    y_true: Sequence[str],
    pred_a: Sequence[str | None],
    pred_b: Sequence[str | None],
    labels: Sequence[str],
    *,
    resamples: int,
    level: float,
    seed: int,
) -> dict[str, float]:
    """Macro-F1 of model a minus model b on the same examples, with its paired bootstrap interval
    (both scored on identical resamples; vectorised like `metric_intervals`).

    Returns:
        {"difference", "low", "high", "level"} (rounded to 6 places).
    """
    n = len(y_true)
    true_codes, codes_a = _encode(y_true, pred_a, labels)
    _, codes_b = _encode(y_true, pred_b, labels)
    everything = np.arange(n)[None, :]
    point = _macro_f1(true_codes, codes_a, len(labels), everything)[0]
    point -= _macro_f1(true_codes, codes_b, len(labels), everything)[0]
    diffs = np.concatenate(
        [
            _macro_f1(true_codes, codes_a, len(labels), block)
            - _macro_f1(true_codes, codes_b, len(labels), block)
            for block in _index_blocks(n, resamples, seed)
        ]
    )
    low, high = _percentiles(diffs, level)
    return {
        "difference": round(float(point), 6),
        "low": round(low, 6),
        "high": round(high, 6),
        "level": level,
    }
