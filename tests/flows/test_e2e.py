"""End to end with the real bundled SmolLM2-135M-Instruct on a handful of examples.

The one test that runs the real model: `ftpipe run` in a fresh git + DVC project, then the
registered model is loaded back from the MLflow registry and answers.
"""

from __future__ import annotations

import json

import pytest

from flows import cli
from tasks.lib import tracking
from tasks.lib.io import read_json, read_records
from tasks.lib.params import load_params
from tasks.lib.project import RESULT, RUN_INFO, Project
from tasks.lib.records import user_text
from tests.flows.conftest import make_dvc_project
from tests.helpers import REPO

pytestmark = pytest.mark.e2e
# the tuned model answers with a label this much more often than the base model (measured 1.0)
MIN_VALID_GAIN = 0.75


def test_bundled_model_end_to_end(tmp_path, prefect_api, capsys):
    lines = (REPO / "data/raw/tickets.jsonl").read_text().splitlines()
    by_label: dict[str, list[str]] = {}
    for line in lines:
        by_label.setdefault(json.loads(line)["messages"][-1]["content"], []).append(line)
    subset = tmp_path / "subset.jsonl"  # 10 per label: a handful, but every label in every split
    subset.write_text("\n".join(ln for group in by_label.values() for ln in group[:10]) + "\n")
    root = make_dvc_project(
        tmp_path / "proj",
        subset,
        train={"epochs": 1, "batch_size": 8, "max_length": 160, "logging_steps": 2},
        split={"val_fraction": 0.17, "test_fraction": 0.2},
    )

    assert cli.main(["run", "--project", str(root)]) == 0
    out = capsys.readouterr().out
    assert "base model (smollm2)" in out and "registered: ticket-triage version 1" in out

    res = read_json(root / "data/register" / RESULT)
    run = read_json(root / "data/train" / RUN_INFO)
    assert run["base_model"] == "smollm2"
    assert run["train_loss"][-1] < run["train_loss"][0], run["train_loss"]  # it learns
    # What one epoch on 37 examples buys is the answer format, not yet the mapping (measured over
    # 9 settings: epochs 1-3, batch 1-8, lr 1e-3 to 1e-2, q/k/v/o or all-linear, 10 or 20 per
    # label): the base model names a label in 0 of 12 test answers, the tuned one in 12 of 12,
    # and its accuracy sits at chance, 0.08-0.25 (here 0.167 vs the base model's 0.0).
    base = read_json(root / "data/baseline/metrics.json")
    tuned = read_json(root / "data/evaluate/metrics.json")
    assert (res["base"], res["candidate"]) == (base["accuracy"], tuned["accuracy"])
    valid_gain = base["invalid_rate"] - tuned["invalid_rate"]  # share of answers that name a label
    assert valid_gain >= MIN_VALID_GAIN, (base, tuned)
    assert tuned["accuracy"] >= base["accuracy"] + 1 / tuned["n"], (base, tuned)  # 1+ more right

    # the registered version is the evaluated model: base + adapter from the registry answers the
    # test split exactly as evaluate did (same prompts, greedy decoding, same batches); a version
    # that lost its adapter would answer like the base model
    import mlflow

    project = Project(root, load_params(root / "params.yaml"))
    tracking.setup_mlflow(project)
    model = mlflow.pyfunc.load_model("models:/ticket-triage/1")
    test = read_records(project.split_path("test"))
    evaluated = read_records(root / "data/evaluate/predictions.jsonl")
    assert [row["id"] for row in evaluated] == [r["id"] for r in test]
    answers = model.predict([user_text(r) for r in test])
    assert answers == [row["prediction"] for row in evaluated]
