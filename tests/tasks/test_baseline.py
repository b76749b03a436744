"""baseline: few-shot selection and the stage's outputs on the tiny model."""

from __future__ import annotations

import json

import pytest

from tasks.baseline import baseline
from tasks.lib.errors import DataError
from tasks.lib.io import read_json, read_records
from tasks.lib.project import CONFUSION_PNG, METRICS, PREDICTIONS, REPORT
from tasks.lib.prompts import select_few_shot

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


def test_baseline_writes_metrics_predictions_and_plot(tiny_project):
    project = tiny_project(baseline={"few_shot": 2})
    summary = baseline.fn(project)

    out = project.stage_dir("baseline")
    metrics = read_json(out / METRICS)
    assert METRIC_KEYS <= metrics.keys()
    assert set(metrics["per_class"]) == set(project.params.task.labels)
    assert summary["accuracy"] == metrics["accuracy"] and summary["n_test"] == 6
    rows = read_records(out / PREDICTIONS)
    test_ids = [r["id"] for r in read_records(project.split_path("test"))]
    assert [r["id"] for r in rows] == test_ids
    assert all(set(r) == {"id", "label", "prediction", "raw"} for r in rows)
    assert (out / CONFUSION_PNG).read_bytes()[:4] == b"\x89PNG"
    report = read_json(out / REPORT)
    train_ids = {r["id"] for r in read_records(project.split_path("train"))}
    assert len(report["few_shot_ids"]) == 2 and set(report["few_shot_ids"]) <= train_ids
    json.dumps(metrics)  # plain JSON types only


def test_baseline_without_split_is_a_clear_error(tiny_project):
    project = tiny_project()
    project.split_path("test").unlink()
    with pytest.raises(DataError, match="test.jsonl"):
        baseline.fn(project)
    assert not project.stage_dir("baseline").exists()
