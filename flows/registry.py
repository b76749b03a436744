"""Promotion and rollback as Prefect flows (deployments, the UI); the CLI calls the same code.

ftpipe promote 3 --reason "manual review passed"
ftpipe rollback --reason "regression in production" [--restore]
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
def rollback(
    reason: str, project_dir: str = ".", params_file: str = "params.yaml", restore: bool = False
) -> dict:
    """With `restore`, the new champion's data too, from the DVC remote (`ftpipe checkout`)."""
    project = Project.load(project_dir, params_file)
    client, model = tracking.client(project), project.params.task.name
    event = tracking.rollback(client, model, reason=reason)
    dataset = tracking.dataset_version(client, model, event["to"], tracking.tracking_uri(project))
    if restore:
        from tasks.lib.remote import restore_version

        dataset["restored"] = restore_version(project, client, model, event["to"])
    return {"event": event, "dataset": dataset}
