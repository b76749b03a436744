"""Promotion and rollback as Prefect flows (deployments, the UI); the CLI calls the same code.

ftpipe promote 3 --reason "manual review passed"
ftpipe rollback --reason "regression in production"
"""

from __future__ import annotations

from prefect import flow

from tasks.lib import tracking
from tasks.lib.project import Project


@flow(name="ftpipe-promote")
def promote(
    version: str, reason: str, project_dir: str = ".", params_file: str = "params.yaml"
) -> dict:
    project = Project.load(project_dir, params_file)
    client, model = tracking.client(project), project.params.task.name
    return tracking.promote(client, model, version, reason=reason)


@flow(name="ftpipe-rollback")
def rollback(reason: str, project_dir: str = ".", params_file: str = "params.yaml") -> dict:
    project = Project.load(project_dir, params_file)
    client, model = tracking.client(project), project.params.task.name
    event = tracking.rollback(client, model, reason=reason)
    dataset = tracking.dataset_version(client, model, event["to"], tracking.tracking_uri(project))
    return {"event": event, "dataset": dataset}
