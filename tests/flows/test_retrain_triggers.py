"""Retraining as a platform team runs it: a real Prefect server (with its triggers and actions
services), the deployments of deployments/prefect.yaml made by deployments/deploy.py, a process
worker running them in the project folder.

- the first scheduled-style run trains and registers v1 (made champion);
- the same deployment with unchanged data ends Completed("Skipped") in seconds, says why in an
  artifact and registers nothing;
- `ftpipe ingest` of new examples sends ftpipe.data.ingested, the server's trigger starts a run
  of the deployment (nobody calls it), the worker runs it, and it retrains: v2.
"""

from __future__ import annotations

import asyncio
import random
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest

from tasks.lib.freshness import INPUT_TAG
from tasks.lib.project import Project
from tests.flows.conftest import make_dvc_project, sh, tiny_overrides
from tests.helpers import REPO, chat, write_lines
from tests.servers import prefect_server, prefect_worker, quiet_prefect_env

BIN = Path(sys.executable).parent
DEPLOYMENT = "ftpipe-pipeline/retrain-weekly"
WORDS = (
    "parcel invoice password router refund label courier charge login firmware exchange "
    "warranty tracking receipt profile modem voucher depot statement token screen carton "
    "customs subscription username update return drawer pallet billing locked crash sizing"
).split()


def make_ops_project(base: Path, model_dir: Path) -> Path:
    """A project as a clone has it: the pipeline, flows/ and deployments/ (the deployments' code
    is the project's own: the pull step sets the working folder to it)."""
    root = make_dvc_project(
        base / "proj", REPO / "data/raw/tickets.jsonl", **tiny_overrides(model_dir)
    )
    for folder in ("flows", "deployments"):
        shutil.copytree(REPO / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    sh("git", "add", "-A", cwd=root)
    sh("git", "commit", "-qm", "flows and deployments", cwd=root)
    return root


@pytest.fixture(scope="module")
def ops(tmp_path_factory, tiny_model_dir):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    base = tmp_path_factory.mktemp("retrain")
    root, home = make_ops_project(base, tiny_model_dir), base / "prefect-home"
    with pytest.MonkeyPatch.context() as mp:
        for key, value in {
            "FTPIPE_PROJECT_DIR": str(root),  # the pull step of deployments/prefect.yaml
            "PREFECT_WORKER_QUERY_SECONDS": "1",
            "HF_HUB_OFFLINE": "1",
            "MLFLOW_DISABLE_TELEMETRY": "true",
            "DVC_NO_ANALYTICS": "1",
            "XDG_DATA_HOME": str(base / "xdg-data"),  # register's default DVC remote: here
        }.items():
            mp.setenv(key, value)
        with prefect_server(home) as api:
            env = quiet_prefect_env(home, api)
            deploy = [str(BIN / "python"), str(root / "deployments/deploy.py"), "--project", "."]
            out = subprocess.run(deploy, cwd=root, env=env, capture_output=True, text=True)
            assert out.returncode == 0, out.stdout + out.stderr
            with prefect_worker("ftpipe-cpu", api, home, cwd=root) as worker:
                with temporary_settings({PREFECT_API_URL: api}):
                    ns = SimpleNamespace(root=root, home=home, env=env, worker=worker)
                    ns.first = _first_champion(ns)
                    yield ns


def _client_call(fn):
    from prefect.client.orchestration import get_client

    async def go():
        async with get_client() as client:
            return await fn(client)

    return asyncio.run(go())


def _run(**parameters):
    from prefect.deployments import run_deployment

    return run_deployment(DEPLOYMENT, parameters=parameters, timeout=400, poll_interval=1)


def _versions(root: Path) -> list:
    from tasks.lib import tracking

    project = Project.load(root)
    client = tracking.client(project)
    return client.search_model_versions(f"name='{project.params.task.name}'")


def _worker_log(ops) -> str:
    return (ops.home / "worker-ftpipe-cpu.log").read_text(errors="replace")[-4000:]


def _first_champion(ops):
    """The deployment's first run (no champion yet: it trains) registers v1, made champion."""
    from tasks.lib import tracking

    first = _run()
    assert first.state.is_completed() and first.state.name == "Completed", _worker_log(ops)
    assert len(_versions(ops.root)) == 1
    project = Project.load(ops.root)
    client = tracking.client(project)
    model = project.params.task.name
    if tracking.current_alias(client, model, tracking.CHAMPION) != "1":  # a tiny random model
        tracking.promote(client, model, "1", reason="test: a champion to compare with")
    return first


def test_an_unchanged_project_is_skipped_in_seconds_with_the_reason(ops):
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    flt = ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[ops.first.id]))
    arts = _client_call(lambda c: c.read_artifacts(artifact_filter=flt))
    said = next(a for a in arts if a.key == "ftpipe-freshness").data
    assert "no champion or challenger yet: training" in said  # the first run said why it ran

    second = _run()
    assert second.state.is_completed() and second.state.name == "Skipped", _worker_log(ops)
    assert "unchanged since champion v1" in second.state.message
    took = (second.end_time - second.start_time).total_seconds()
    assert took < 30, f"skipped run took {took:.1f} s"
    assert len(_versions(ops.root)) == 1  # nothing trained, nothing registered
    flt = ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[second.id]))
    arts = _client_call(lambda c: c.read_artifacts(artifact_filter=flt))
    art = next(a for a in arts if a.key == "ftpipe-freshness")
    assert "**Skipped**" in art.data and "champion v1" in art.data
    print(f"skipped deployment run: {took:.1f} s")

    start = time.perf_counter()  # the same from the command line
    cmd = [str(BIN / "ftpipe"), "run", "--skip-if-unchanged", "--project", str(ops.root)]
    out = subprocess.run(cmd, env=ops.env, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("skipped:"), out.stdout + out.stderr
    assert len(_versions(ops.root)) == 1
    print(f"ftpipe run --skip-if-unchanged: {time.perf_counter() - start:.1f} s")


def _new_examples(n: int = 12) -> list[dict]:
    """Tickets unlike any in the data (random word salads): dedup keeps them, train reruns."""
    rng = random.Random(7)
    labels = ["SHIPPING", "BILLING", "ACCOUNT", "TECHNICAL", "RETURNS", "OTHER"]
    return [chat(" ".join(rng.sample(WORDS, 9)) + f" case {i}", labels[i % 6]) for i in range(n)]


def _triggered_run(deployment_id, known: set, timeout_s: float = 300):
    """The flow run of the deployment that nobody here started, once it is finished."""
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId

    flt = DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id]))
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        runs = _client_call(lambda c: c.read_flow_runs(deployment_filter=flt))
        new = [r for r in runs if r.id not in known and r.state and not r.state.is_scheduled()]
        if new and new[0].state.is_final():
            return new[0]
        time.sleep(2)
    raise AssertionError(f"no triggered run finished within {timeout_s} s: {new}")


def test_ingest_sends_the_event_and_the_trigger_retrains(ops):
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        DeploymentFilter,
        DeploymentFilterId,
    )

    deployment = _client_call(lambda c: c.read_deployment_by_name(DEPLOYMENT))
    flt = DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id]))
    known = {r.id for r in _client_call(lambda c: c.read_flow_runs(deployment_filter=flt))}
    before = len(_versions(ops.root))
    src = write_lines(ops.root.parent / f"new-{uuid.uuid4().hex[:6]}.jsonl", _new_examples())
    out = subprocess.run(
        [str(BIN / "ftpipe"), "ingest", str(src), "--project", str(ops.root)],
        env=ops.env,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert "appended 12 record(s)" in out.stdout and "ingested sent" in out.stdout, out.stdout

    run = _triggered_run(deployment.id, known)
    assert run.state.is_completed() and run.state.name == "Completed", _worker_log(ops)
    assert run.work_pool_name == "ftpipe-cpu" and run.infrastructure_pid  # the worker ran it
    assert run.created_by.type == "AUTOMATION"  # the deployment's trigger, not this test
    assert run.parameters["skip_if_unchanged"] is True
    flt = ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run.id]))
    arts = _client_call(lambda c: c.read_artifacts(artifact_filter=flt))
    reason = next(a for a in arts if a.key == "ftpipe-freshness").data
    assert "input data changed since champion v1" in reason, reason
    versions = sorted(_versions(ops.root), key=lambda v: int(v.version))
    assert len(versions) == before + 1
    new_md5 = out.stdout.split("(md5 ")[1].split(")")[0]
    assert versions[-1].tags[INPUT_TAG] == new_md5  # trained on the ingested input
