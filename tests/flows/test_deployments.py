"""deployments/prefect.yaml: every entrypoint is a flow that accepts its parameters, and the
single-stage flow the GPU pool runs (`run_stage`) does one stage and records it in DVC."""

from __future__ import annotations

import importlib
import inspect

import yaml

from flows import dag
from flows.pipeline import run_stage
from tests.flows.conftest import make_dvc_project
from tests.helpers import REPO


def test_every_deployment_points_at_a_flow_that_takes_its_parameters():
    spec = yaml.safe_load((REPO / "deployments/prefect.yaml").read_text())
    names = {d["name"] for d in spec["deployments"]}
    assert {"retrain-weekly", "train-gpu", "retrain-weekly-gpu", "promote", "rollback"} <= names
    for dep in spec["deployments"]:
        path, func = dep["entrypoint"].split(":")
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        flow = getattr(module, func)
        accepted = set(inspect.signature(flow.fn).parameters)
        assert set(dep.get("parameters", {})) <= accepted, dep["name"]
        assert dep["work_pool"]["name"] in ("ftpipe-cpu", "ftpipe-gpu")
    gpu = next(d for d in spec["deployments"] if d["name"] == "retrain-weekly-gpu")
    train = next(d for d in spec["deployments"] if d["name"] == "train-gpu")
    # the pipeline hands train to the deployment "<flow name>/<deployment name>"
    assert gpu["parameters"]["train_deployment"] == f"{run_stage.name}/{train['name']}"


def test_run_stage_runs_one_stage_and_records_it(tmp_path, prefect_api):
    root = make_dvc_project(tmp_path / "proj", REPO / "data/raw/tickets.jsonl")
    run_stage(stage="generate", project_dir=str(root))
    assert not dag.changed(root, "generate")  # recorded in dvc.lock
    assert dag.changed(root, "validate")  # and nothing else ran
