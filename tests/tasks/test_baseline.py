"""baseline: few-shot selection and the stage's outputs on the tiny model."""

from __future__ import annotations

import json

import pytest

from tasks.baseline import baseline
from tasks.lib.classic import load_classic
from tasks.lib.errors import DataError
from tasks.lib.io import read_json, read_records
from tasks.lib.project import CLASSIC_MODEL, CONTENDERS, METRICS, PREDICTIONS, REPORT
from tasks.lib.prompts import select_few_shot
from tasks.lib.records import user_text

METRIC_KEYS = {
    "n",
    "accuracy",
    "macro_f1",
    "invalid_rate",
    "per_class",
    "confusion_labels",
    "confusion_matrix",
}


def _rec(i: int, label: str) -> dict:
    return {
        "id": f"r{i}",
        "messages": [{"role": "user", "content": f"t{i}"}, {"role": "assistant", "content": label}],
    }


def test_few_shot_round_robin_over_labels():
    recs = [_rec(0, "A"), _rec(1, "A"), _rec(2, "B"), _rec(3, "A"), _rec(4, "B"), _rec(5, "Z")]
    ids = lambda rs: [r["id"] for r in rs]  # noqa: E731
    assert ids(select_few_shot(recs, ["A", "B", "C"], 3)) == ["r0", "r2", "r1"]
    # C has no examples; Z is not a label: neither is shown, and N caps the count
    assert ids(select_few_shot(recs, ["A", "B", "C"], 10)) == ["r0", "r2", "r1", "r4", "r3"]
    assert ids(select_few_shot(recs, ["B", "A"], 1)) == ["r2"]
    assert select_few_shot(recs, ["A", "B"], 0) == []
    # deterministic
    assert select_few_shot(recs, ["A", "B"], 4) == select_few_shot(recs, ["A", "B"], 4)


def test_baseline_writes_every_contender_with_intervals_and_cost(tiny_project):
    project = tiny_project(baseline={"few_shot": 2}, evaluate={"latency_requests": 3})
    summary = baseline.fn(project)

    out = project.stage_dir("baseline")
    table = read_json(out / CONTENDERS)
    assert list(table) == ["majority", "classic", "base", "base_few_shot"]
    test = read_records(project.split_path("test"))
    gold = [r["messages"][-1]["content"] for r in test]
    rows = read_records(out / PREDICTIONS)
    assert [r["id"] for r in rows] == [r["id"] for r in test]
    for name, row in table.items():
        answers = [r["predictions"][name] for r in rows]
        # the table's accuracy is the one its saved answers give, inside its own interval
        assert row["accuracy"] == sum(a == g for a, g in zip(answers, gold, strict=True)) / len(
            gold
        )
        acc = row["intervals"]["accuracy"]
        assert acc["low"] <= row["accuracy"] <= acc["high"] and acc["high"] - acc["low"] > 0
        assert row["latency"]["p50_ms"] >= 0 and summary[name] == row["accuracy"]
    # label scoring never answers outside the label set; the majority always says one label
    labels = project.params.task.labels
    assert all(r["predictions"]["base"] in labels for r in rows)
    assert len({r["predictions"]["majority"] for r in rows}) == 1
    assert table["base_few_shot"]["prompt_tokens"] > table["base"]["prompt_tokens"]
    assert table["base"]["cost_per_1k_usd"] > 0 and table["classic"]["fit_s"] >= 0
    classic = load_classic(out / CLASSIC_MODEL)
    assert [str(x) for x in classic.predict([user_text(r) for r in test])] == [
        r["predictions"]["classic"] for r in rows
    ]
    report = read_json(out / REPORT)
    train_ids = {r["id"] for r in read_records(project.split_path("train"))}
    assert len(report["few_shot_ids"]) == 2 and set(report["few_shot_ids"]) <= train_ids
    assert METRIC_KEYS <= read_json(out / METRICS).keys()  # the base model, 0-shot
    json.dumps(table)  # plain JSON types only


def test_no_few_shot_and_no_classic_when_turned_off(tiny_project):
    project = tiny_project(baseline={"few_shot": 0, "classic": False})
    baseline.fn(project)
    table = read_json(project.stage_dir("baseline") / CONTENDERS)
    assert list(table) == ["majority", "base"]
    assert not (project.stage_dir("baseline") / CLASSIC_MODEL).exists()


def test_baseline_without_split_is_a_clear_error(tiny_project):
    project = tiny_project()
    project.split_path("test").unlink()
    with pytest.raises(DataError, match="test.jsonl"):
        baseline.fn(project)
    assert not project.stage_dir("baseline").exists()
