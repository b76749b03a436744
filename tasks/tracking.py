"""MLflow wiring shared by train (per-step metrics) and register (model versions, aliases).

The tracking URI and artifact root come from params (`register` section) and are resolved against
the project folder, so `mlflow.db` and `mlartifacts/` land in the project whatever the cwd is.
"""

from __future__ import annotations

import os


from tasks.common import Project


def tracking_uri(project: Project) -> str:
    uri = project.params.register.tracking_uri
    prefix = "sqlite:///"
    if uri.startswith(prefix) and not uri.startswith(prefix + "/"):
        # sqlite:///relative.db -> absolute, anchored at the project root
        return prefix + str((project.root / uri[len(prefix) :]).resolve())
    return uri


def artifact_location(project: Project) -> str:
    loc = project.params.register.artifact_location
    if "://" in loc:
        return loc
    return (project.root / loc).resolve().as_uri()


def setup_mlflow(project: Project) -> str:
    """Point mlflow at the project's store; create the task's experiment. Returns its id."""
    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    import mlflow

    mlflow.set_tracking_uri(tracking_uri(project))
    mlflow.set_registry_uri(tracking_uri(project))
    name = project.params.task.name
    exp = mlflow.get_experiment_by_name(name)
    if exp is None:
        # explicit artifact_location, or artifacts land in ./mlruns relative to the cwd
        return mlflow.create_experiment(name, artifact_location=artifact_location(project))
    return exp.experiment_id


def client(project: Project):
    setup_mlflow(project)
    from mlflow import MlflowClient

    return MlflowClient(tracking_uri=tracking_uri(project), registry_uri=tracking_uri(project))



