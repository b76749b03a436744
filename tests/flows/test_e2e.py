"""End to end with the real bundled SmolLM2-135M-Instruct on a handful of examples.

The one test that runs the real model: `ftpipe run` in a fresh git + DVC project, then the
registered model is loaded back from the MLflow registry and answers.
"""

from __future__ import annotations

import json

import pytest

from flows import cli
from tasks.lib import tracking
from tasks.lib.io import read_json
from tasks.lib.params import load_params
from tasks.lib.project import RESULT, RUN_INFO, Project
from tests.flows.conftest import make_dvc_project
from tests.helpers import REPO

pytestmark = pytest.mark.e2e


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
    assert 0.0 <= res["base"] <= 1.0 and 0.0 <= res["candidate"] <= 1.0

    # the registered version is servable: base model + adapter from the registry, labels out
    import mlflow

    project = Project(root, load_params(root / "params.yaml"))
    tracking.setup_mlflow(project)
    model = mlflow.pyfunc.load_model("models:/ticket-triage/1")
    answers = model.predict(["My package has not arrived after two weeks, where is it?"])
    labels = project.params.task.labels
    assert len(answers) == 1 and (answers[0] is None or answers[0] in labels)
