"""tasks.lib.stats: Wilson intervals, bootstrap intervals, paired differences and McNemar."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import binomtest
from sklearn.metrics import f1_score

from tasks.lib import metrics, stats

LABELS = ["SHIPPING", "BILLING", "ACCOUNT", "REFUND"]


# -- wilson_interval --------------------------------------------------------------------------


# Newcombe (1998), "Two-sided confidence intervals for the single proportion", Stat Med 17,
# Table I, method 3 (score interval without continuity correction), 4 decimals
@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_wilson_published_values(k, n, low, high):
    assert stats.wilson_interval(k, n, 0.95) == pytest.approx((low, high), abs=5e-5)


@pytest.mark.parametrize(("k", "n"), [(81, 263), (1, 7), (40, 50), (499, 500)])
@pytest.mark.parametrize("level", [0.8, 0.95, 0.99])
def test_wilson_matches_scipy(k, n, level):
    ci = binomtest(k, n).proportion_ci(confidence_level=level, method="wilson")
    assert stats.wilson_interval(k, n, level) == pytest.approx((ci.low, ci.high), rel=1e-9)


def test_wilson_bounds_solve_the_score_test():
    # the definition: the bounds are the p where |k/n - p| = z * sqrt(p (1 - p) / n)
    k, n, z = 81, 263, 1.959963984540054
    for p in stats.wilson_interval(k, n, 0.95):
        assert abs(k / n - p) == pytest.approx(z * (p * (1 - p) / n) ** 0.5, rel=1e-9)


@pytest.mark.parametrize("n", [1, 5, 50, 500])
def test_wilson_edges_have_width(n):
    low0, high0 = stats.wilson_interval(0, n)
    low1, high1 = stats.wilson_interval(n, n)
    assert low0 == 0.0 and 0.0 < high0 < 1.0
    assert 0.0 < low1 < 1.0 and high1 == 1.0
    assert high0 == pytest.approx(1 - low1)  # symmetric


def test_wilson_empty_and_invalid():
    assert stats.wilson_interval(0, 0) == (0.0, 1.0)
    with pytest.raises(ValueError, match="successes"):
        stats.wilson_interval(6, 5)
    with pytest.raises(ValueError, match="level"):
        stats.wilson_interval(1, 5, level=95)


# -- bootstrap_interval -----------------------------------------------------------------------


def test_bootstrap_interval_seeded_and_sensible():
    x = np.random.default_rng(7).normal(10.0, 2.0, size=400)

    def mean(idx):
        return float(x[idx].mean())

    first = stats.bootstrap_interval(mean, x.size, resamples=1000, level=0.95, seed=1)
    assert first == stats.bootstrap_interval(mean, x.size, resamples=1000, level=0.95, seed=1)
    assert first != stats.bootstrap_interval(mean, x.size, resamples=1000, level=0.95, seed=2)
    # the standard error of the mean is 2 / sqrt(400) = 0.1: the 95% interval is ~ +-0.196
    low, high = first
    assert low < x.mean() < high
    assert high - low == pytest.approx(2 * 1.96 * x.std() / 20, rel=0.15)


def test_bootstrap_interval_rejects_empty():
    with pytest.raises(ValueError, match="at least one example"):
        stats.bootstrap_interval(lambda idx: 0.0, 0, resamples=10, level=0.95, seed=0)


# -- mcnemar / paired_difference --------------------------------------------------------------


def _pairs(a_only: int, b_only: int, both: int, neither: int) -> tuple[np.ndarray, np.ndarray]:
    a = [1] * a_only + [0] * b_only + [1] * both + [0] * neither
    b = [0] * a_only + [1] * b_only + [1] * both + [0] * neither
    return np.array(a, dtype=bool), np.array(b, dtype=bool)


def test_mcnemar_known_table_and_symmetric():
    # discordant 5 vs 2: 2 * (C(7,0) + C(7,1) + C(7,2)) / 2^7 = 2 * 29 / 128
    a, b = _pairs(5, 2, both=30, neither=3)
    ab = stats.paired_difference(a, b, resamples=200, level=0.95, seed=0)
    ba = stats.paired_difference(b, a, resamples=200, level=0.95, seed=0)
    assert (ab.n_a_only, ab.n_b_only) == (5, 2)
    assert ab.p_value == 0.453125 == ba.p_value
    assert ab.difference == pytest.approx(3 / 40) and ba.difference == pytest.approx(-3 / 40)


@pytest.mark.parametrize(("x", "y"), [(5, 2), (0, 9), (30, 12), (10, 10), (400, 350)])
def test_mcnemar_matches_scipy_binomtest(x, y):
    assert stats.mcnemar_exact(x, y) == pytest.approx(binomtest(x, x + y, 0.5).pvalue, rel=1e-9)


def test_no_discordant_pairs():
    a, b = _pairs(0, 0, both=20, neither=5)
    result = stats.paired_difference(a, b, resamples=200, level=0.95, seed=0)
    assert result.p_value == 1.0
    assert (result.difference, result.low, result.high) == (0.0, 0.0, 0.0)


def _correlated(n: int = 300, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """b right on ~70%; a = b except 25 of b's errors fixed and 5 of its right answers lost."""
    rng = np.random.default_rng(seed)
    b = rng.random(n) < 0.7
    a = b.copy()
    a[rng.choice(np.flatnonzero(~b), 25, replace=False)] = True
    a[rng.choice(np.flatnonzero(b), 5, replace=False)] = False
    return a, b


def test_paired_interval_contains_point_and_is_seeded():
    a, b = _correlated()
    result = stats.paired_difference(a, b, resamples=2000, level=0.95, seed=0)
    assert result.difference == pytest.approx(20 / 300)
    assert (result.n_a_only, result.n_b_only) == (25, 5)
    assert result.low < result.difference < result.high
    assert result == stats.paired_difference(a, b, resamples=2000, level=0.95, seed=0)
    # the interval's ends are multiples of 1/300 that may coincide for two seeds; five may not
    others = {
        (r.low, r.high)
        for r in (
            stats.paired_difference(a, b, resamples=2000, level=0.95, seed=s) for s in range(5)
        )
    }
    assert len(others) > 1


def test_paired_interval_narrower_than_unpaired_when_correlated():
    a, b = _correlated()
    n, resamples = a.size, 2000
    paired = stats.paired_difference(a, b, resamples=resamples, level=0.95, seed=0)
    # unpaired: a and b resampled independently, as if from two different test sets
    rng = np.random.default_rng(0)
    diffs = a[rng.integers(0, n, (resamples, n))].mean(1) - b[
        rng.integers(0, n, (resamples, n))
    ].mean(1)
    unpaired_low, unpaired_high = np.quantile(diffs, [0.025, 0.975])
    # sd of the per-example difference 0.31 vs sqrt(0.22 + 0.21) = 0.66 unpaired
    assert paired.high - paired.low < 0.6 * (unpaired_high - unpaired_low)


def test_paired_result_as_dict_is_json_safe():
    a, b = _correlated()
    d = stats.paired_difference(a, b, resamples=300, level=0.9, seed=0).as_dict()
    assert set(d) == {"difference", "low", "high", "n_a_only", "n_b_only", "p_value", "level"}
    assert type(d["n_a_only"]) is int and type(d["p_value"]) is float
    assert d["difference"] == 0.066667  # 20 / 300 to 6 places
    assert d["level"] == 0.9


def test_paired_difference_rejects_unpaired_input():
    with pytest.raises(ValueError, match="paired"):
        stats.paired_difference([1, 0, 1], [1, 0], resamples=10, level=0.95, seed=0)
    with pytest.raises(ValueError, match="0/1"):
        stats.paired_difference([1, 2], [1, 0], resamples=10, level=0.95, seed=0)


# -- macro-F1: the vectorised bootstrap equals sklearn ----------------------------------------


def _random_predictions(n: int, seed: int, labels=LABELS) -> tuple[list[str], list[str | None]]:
    rng = np.random.default_rng(seed)
    y_true = [str(x) for x in rng.choice(labels, n)]
    y_pred = [
        None if rng.random() < 0.1 else (t if rng.random() < 0.6 else str(rng.choice(labels)))
        for t in y_true
    ]
    return y_true, y_pred


def _sklearn_macro_f1(y_true, y_pred) -> float:
    pred = [p if p is not None else metrics.INVALID for p in y_pred]
    present = [lab for lab in LABELS if lab in set(y_true) | set(pred)]
    return float(f1_score(y_true, pred, labels=present, average="macro", zero_division=0))


@pytest.mark.parametrize(("n", "seed"), [(8, 0), (30, 1), (200, 2)])
def test_vectorised_macro_f1_equals_sklearn(n, seed):
    # small n: resamples often miss a label entirely, exercising the "present labels" rule
    y_true, y_pred = _random_predictions(n, seed)
    true_codes, pred_codes = stats._encode(y_true, y_pred, LABELS)
    idx = np.random.default_rng(seed).integers(0, n, (40, n))
    got = stats._macro_f1(true_codes, pred_codes, len(LABELS), idx)
    want = [_sklearn_macro_f1([y_true[i] for i in row], [y_pred[i] for i in row]) for row in idx]
    np.testing.assert_allclose(got, want, rtol=1e-12)


# -- metric_intervals / paired_metric_difference ----------------------------------------------


def test_metric_intervals_bootstrap_is_the_generic_bootstrap_of_sklearn():
    y_true, y_pred = _random_predictions(60, seed=5)
    result = stats.metric_intervals(y_true, y_pred, LABELS, resamples=100, level=0.9, seed=4)

    def stat(idx):
        return _sklearn_macro_f1([y_true[i] for i in idx], [y_pred[i] for i in idx])

    low, high = stats.bootstrap_interval(stat, 60, resamples=100, level=0.9, seed=4)
    point = metrics.classification_metrics(y_true, y_pred, LABELS)
    assert result["macro_f1"] == pytest.approx(
        {"value": point["macro_f1"], "low": low, "high": high, "method": "bootstrap"}
    )
    correct = sum(t == p for t, p in zip(y_true, y_pred, strict=True))
    invalid = sum(p is None for p in y_pred)
    assert result["accuracy"] == {
        "value": point["accuracy"],
        **dict(zip(("low", "high"), stats.wilson_interval(correct, 60, 0.9), strict=True)),
        "method": "wilson",
    }
    assert (result["invalid_rate"]["low"], result["invalid_rate"]["high"]) == (
        stats.wilson_interval(invalid, 60, 0.9)
    )


def test_metric_intervals_perfect_predictor():
    y_true = ["SHIPPING", "BILLING", "ACCOUNT"] * 20
    result = stats.metric_intervals(y_true, y_true, LABELS, resamples=500, level=0.95, seed=0)
    acc = result["accuracy"]
    assert acc["value"] == 1.0 and acc["high"] == 1.0
    assert 0.9 < acc["low"] < 1.0
    assert (result["macro_f1"]["value"], result["macro_f1"]["low"]) == (1.0, 1.0)
    inv = result["invalid_rate"]
    assert inv["value"] == 0.0 and inv["low"] == 0.0 and 0.0 < inv["high"] < 0.1


def test_metric_intervals_validates_like_classification_metrics():
    with pytest.raises(ValueError, match="not in the label set"):
        stats.metric_intervals(["NOPE"], ["NOPE"], LABELS, resamples=10, level=0.95, seed=0)


def test_paired_metric_difference():
    y_true, a_pred = _random_predictions(120, seed=8)
    # b: a with every third right answer invalid; b is never better than a on any resample
    b_pred = [
        None if i % 3 == 0 and p == t else p
        for i, (t, p) in enumerate(zip(y_true, a_pred, strict=True))
    ]

    def stat(idx):
        t = [y_true[i] for i in idx]
        return _sklearn_macro_f1(t, [a_pred[i] for i in idx]) - _sklearn_macro_f1(
            t, [b_pred[i] for i in idx]
        )

    diff, low, high = stats.paired_metric_difference(stat, 120, resamples=200, level=0.95, seed=0)
    assert diff == pytest.approx(stat(np.arange(120)))
    assert 0.0 < low < diff < high
    assert (low, high) == stats.bootstrap_interval(stat, 120, resamples=200, level=0.95, seed=0)


def test_macro_f1_difference_is_paired_and_matches_sklearn_on_all_examples():
    from sklearn.metrics import f1_score

    from tasks.lib.stats import macro_f1_difference

    rng = np.random.default_rng(3)
    labels = ["A", "B", "C"]
    gold = list(rng.choice(labels, 200))
    a = [g if rng.random() < 0.8 else "A" for g in gold]
    b = [g if rng.random() < 0.6 else None for g in gold]

    def f1(pred):
        pred = [p if p is not None else "<invalid>" for p in pred]
        present = sorted(set(gold) | (set(pred) & set(labels)))
        return f1_score(gold, pred, labels=present, average="macro", zero_division=0)

    out = macro_f1_difference(gold, a, b, labels, resamples=500, level=0.95, seed=0)
    assert out["difference"] == pytest.approx(f1(a) - f1(b), abs=1e-6)
    assert out["low"] < out["difference"] < out["high"]
    same = macro_f1_difference(gold, a, a, labels, resamples=500, level=0.95, seed=0)
    assert (same["difference"], same["low"], same["high"]) == (0.0, 0.0, 0.0)  # paired: no noise
