"""deployments/prefect.yaml: every entrypoint is a flow that accepts its parameters (its triggers'
too), the retraining deployments skip an unchanged project and start on `ftpipe ingest`'s event,
and the single-stage flow the GPU pool runs (`run_stage`) does one stage and records it in DVC."""

from __future__ import annotations

import importlib
import importlib.util
import inspect

import yaml

from flows import dag
from flows.pipeline import pipeline, run_stage
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


def test_retraining_skips_when_unchanged_and_starts_on_the_ingest_event():
    from prefect.events.schemas.deployment_triggers import DeploymentEventTrigger

    from tasks.lib import alerts

    spec = yaml.safe_load((REPO / "deployments/prefect.yaml").read_text())
    by_name = {d["name"]: d for d in spec["deployments"]}
    for name, enabled in (("retrain-weekly", True), ("retrain-weekly-gpu", False)):
        dep = by_name[name]
        assert dep["parameters"]["skip_if_unchanged"] is True
        (spec_trigger,) = dep["triggers"]
        trigger = DeploymentEventTrigger.model_validate(spec_trigger)  # Prefect's own schema
        assert trigger.expect == {alerts.INGESTED} and trigger.enabled is enabled
        assert trigger.match.root["prefect.resource.id"] == alerts.RESOURCE_PREFIX + "*"
        accepted = set(inspect.signature(pipeline.fn).parameters)
        assert set(spec_trigger.get("parameters") or {}) <= accepted
    deploy = load_deploy_script()
    assert deploy.NOT_PROMOTED_EVENT == alerts.NOT_PROMOTED  # what register sends is watched
    assert deploy.work_pools(REPO / "deployments/prefect.yaml") == ["ftpipe-cpu", "ftpipe-gpu"]


def load_deploy_script():
    spec = importlib.util.spec_from_file_location("ftpipe_deploy", REPO / "deployments/deploy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_run_stage_runs_one_stage_and_records_it(tmp_path, prefect_api):
    root = make_dvc_project(tmp_path / "proj", REPO / "data/raw/tickets.jsonl")
    run_stage(stage="generate", project_dir=str(root))
    assert not dag.changed(root, "generate")  # recorded in dvc.lock
    assert dag.changed(root, "validate")  # and nothing else ran
