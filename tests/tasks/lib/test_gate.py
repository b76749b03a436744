"""tasks.lib.gate: the promotion gate refuses when a classic model wins, when a lower bound is
below the margin, under the floor — and promotes when the candidate beats everything."""

from __future__ import annotations

import pytest

from tasks.lib.gate import CLASSIC_WINS, decide
from tasks.lib.params import RegisterParams


def _row(value: float, low: float, high: float, kind: str = "llm") -> dict:
    entry = {"value": value, "low": low, "high": high, "method": "wilson"}
    return {
        "kind": kind,
        "describe": "x",
        "accuracy": value,
        "macro_f1": value,
        "intervals": {"accuracy": entry, "macro_f1": entry},
    }


def _diff(difference: float, low: float, high: float) -> dict:
    entry = {"difference": difference, "low": low, "high": high, "level": 0.95}
    return {"accuracy": entry | {"p_value": 0.01, "n_a_only": 3, "n_b_only": 0}, "macro_f1": entry}


def _table(candidate=0.90, classic=0.80, base=0.10, few=0.30):
    table = {
        "majority": _row(0.2, 0.1, 0.3, "majority"),
        "classic": _row(classic, classic - 0.08, classic + 0.05, "classic"),
        "base": _row(base, 0.05, base + 0.1),
        "base_few_shot": _row(few, few - 0.1, few + 0.1),
        "candidate": _row(candidate, candidate - 0.07, min(1.0, candidate + 0.05)),
    }
    comparisons = {
        name: _diff(
            candidate - row["accuracy"],
            candidate - row["accuracy"] - 0.06,
            candidate - row["accuracy"] + 0.06,
        )
        for name, row in table.items()
        if name != "candidate"
    }
    return table, comparisons


def test_promotes_when_the_candidate_beats_every_contender():
    table, comparisons = _table()
    d = decide(table, comparisons, RegisterParams(), task_type="classification")
    assert d.promote and d.verdict == "promote"
    assert d.checks == {"floor": True, "base": True, "champion": True, "classic": True}
    # the base check is against the better of zero- and few-shot
    assert any("vs base few-shot 0.300" in r for r in d.reasons)


def test_a_classic_model_that_wins_is_not_promoted_and_the_verdict_says_so():
    table, comparisons = _table(candidate=0.838, classic=0.975)
    d = decide(table, comparisons, RegisterParams(), task_type="classification")
    assert not d.promote and d.verdict == CLASSIC_WINS
    assert d.checks["classic"] is False and d.checks["base"] is True
    assert "vs classic TF-IDF 0.975" in " ".join(d.reasons)
    # without the classic check (null) the same candidate passes; every task type has the check
    off = RegisterParams(min_gain_over_classic=None)
    assert decide(table, comparisons, off, task_type="classification").promote
    acc = RegisterParams(metric="accuracy")  # the table here has accuracy only
    assert decide(table, comparisons, acc, task_type="generation").verdict == CLASSIC_WINS


def test_a_tie_with_the_classic_model_is_not_a_win():
    table, comparisons = _table(candidate=0.9, classic=0.9)
    assert decide(table, comparisons, RegisterParams(), task_type="classification").verdict == (
        CLASSIC_WINS
    )


def test_the_lower_bound_below_the_margin_refuses():
    table, comparisons = _table(candidate=0.90, classic=0.85)  # +0.05, CI [-0.01, +0.11]
    point = decide(table, comparisons, RegisterParams(), task_type="classification")
    assert point.promote
    strict = RegisterParams(lower_bound=["classic"])
    d = decide(table, comparisons, strict, task_type="classification")
    assert not d.promote and d.checks["classic"] is False
    assert "lower bound -0.010 judged" in " ".join(d.reasons)


def test_under_the_floor_refuses_on_the_value_or_its_lower_bound():
    table, comparisons = _table(candidate=0.90)  # CI [0.83, 0.95]
    d = decide(table, comparisons, RegisterParams(min_metric=0.95), task_type="classification")
    assert not d.promote and d.checks["floor"] is False and "floor" in d.verdict
    assert decide(
        table, comparisons, RegisterParams(min_metric=0.85), task_type="classification"
    ).promote
    low = RegisterParams(min_metric=0.85, lower_bound=["floor"])
    assert not decide(table, comparisons, low, task_type="classification").promote


@pytest.mark.parametrize(("champion", "promote"), [(0.85, True), (0.90, False), (0.95, False)])
def test_the_champion_must_be_beaten(champion, promote):
    table, comparisons = _table(candidate=0.90)
    table["champion"] = _row(champion, champion - 0.07, champion + 0.05) | {"version": "3"}
    comparisons["champion"] = _diff(0.90 - champion, 0.90 - champion - 0.05, 0.9 - champion + 0.05)
    d = decide(table, comparisons, RegisterParams(), task_type="classification")
    assert d.promote is promote and d.checks["champion"] is promote
    assert "vs champion v3" in " ".join(d.reasons)
    if not promote:
        assert d.verdict == "the current champion stays: the candidate is not better"
