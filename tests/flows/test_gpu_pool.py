"""The GPU work pool path end to end, minus the GPU: a real Prefect worker process polls its own
pool, runs the train stage as a flow run of the `run_stage` deployment, and the pipeline flow (the
data stages, then evaluate and register) waits for it and carries on.

What `retrain-weekly-gpu` + `train-gpu` in deployments/prefect.yaml do, on one machine."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

from flows import dag
from flows.pipeline import pipeline, run_stage
from tasks.lib.io import read_json
from tasks.lib.project import RESULT, RUN_INFO
from tests.flows.conftest import make_dvc_project, tiny_overrides
from tests.helpers import REPO


def _flow_run(run_id: str):
    from prefect.client.orchestration import get_client

    async def read():
        async with get_client() as client:
            run = await client.read_flow_run(uuid.UUID(run_id))
            return run, await client.read_deployment(run.deployment_id)

    return asyncio.run(read())


def _create_process_pool(name: str) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate

    async def create():
        async with get_client() as client:
            await client.create_work_pool(WorkPoolCreate(name=name, type="process"))

    asyncio.run(create())


def test_train_runs_on_its_own_pool_and_the_pipeline_waits_for_it(
    tmp_path, tiny_model_dir, prefect_api
):
    from prefect.settings import PREFECT_API_URL

    pool = f"ftpipe-gpu-test-{uuid.uuid4().hex[:6]}"
    root = make_dvc_project(
        tmp_path / "proj", REPO / "data/raw/tickets.jsonl", **tiny_overrides(tiny_model_dir)
    )
    _create_process_pool(pool)  # `prefect work-pool create <pool> --type process`
    # the deployment as `prefect deploy` makes it from deployments/prefect.yaml: code from this
    # checkout, flow `ftpipe-stage`, on the pool a GPU host's worker polls
    deployment_id = run_stage.from_source(
        source=str(REPO), entrypoint="flows/pipeline.py:run_stage"
    ).deploy(name="train-gpu", work_pool_name=pool, build=False, push=False, print_next_steps=False)
    assert deployment_id

    env = os.environ | {
        "PREFECT_API_URL": PREFECT_API_URL.value(),
        "PREFECT_WORKER_QUERY_SECONDS": "1",
        "MLFLOW_DISABLE_TELEMETRY": "true",
        "HF_HUB_OFFLINE": "1",
    }
    worker_log = tmp_path / "worker.log"
    with worker_log.open("w") as out:
        worker = subprocess.Popen(
            [str(Path(sys.executable).parent / "prefect"), "worker", "start", "--pool", pool],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        results = pipeline(project_dir=str(root), train_deployment="ftpipe-stage/train-gpu")
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=60)
        except subprocess.TimeoutExpired:  # a loaded machine: shutdown is not what is tested
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()

    log = worker_log.read_text()
    remote = results["train"]
    assert remote["deployment"] == "ftpipe-stage/train-gpu", log[-3000:]
    run, deployment = _flow_run(remote["flow_run"])
    assert run.state.is_completed() and deployment.work_pool_name == pool
    assert run.parameters["stage"] == "train"
    assert remote["flow_run"] in log  # the worker process ran it, not this one

    # the stage's own flow run recorded train in DVC; evaluate and register ran after it here
    info = read_json(root / "data/train" / RUN_INFO)
    assert info["global_steps"] > 0
    assert not dag.changed(root, "train")
    assert isinstance(results["evaluate"], dict)
    assert read_json(root / "data/register" / RESULT)["run_id"] == info["run_id"]
