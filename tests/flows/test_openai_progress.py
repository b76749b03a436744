"""An OpenAI fine-tuning job run inside a Prefect flow shows its progress in the Prefect UI: a
progress artifact (key `openai-job`) that ends at 100 % with the job id, status and losses."""

from __future__ import annotations

import asyncio

from prefect import flow

from tasks.lib.io import read_json
from tasks.lib.project import RUN_INFO
from tasks.lib.training.openai_job import JobProgress
from tasks.train import train
from tests.ft_server import FineTuneServer
from tests.tasks.test_train_openai import _project, answer


def _progress_artifacts() -> list:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    async def read():
        async with get_client() as client:
            return await client.read_artifacts(
                artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[JobProgress.KEY]))
            )

    return asyncio.run(read())


def test_job_progress_reaches_the_prefect_run(tiny_project, monkeypatch, prefect_api):
    with FineTuneServer(answer) as server:
        project = _project(tiny_project, monkeypatch, server)

        @flow(name="openai-train-progress")
        def train_flow():
            return train(project)

        train_flow()
    job_id = read_json(project.stage_dir("train") / RUN_INFO)["openai_job"]
    mine = [a for a in _progress_artifacts() if job_id in (a.description or "")]
    assert mine, "no progress artifact for the job"
    latest = max(mine, key=lambda a: a.updated or a.created)
    assert latest.data == 100.0
    assert f"OpenAI job {job_id}: succeeded" in latest.description
    assert "train loss" in latest.description
