"""MLflow: the project's store, the run lifecycle, model versions and aliases with history.

    with tracked_run(project, name="train-ticket-triage") as run: ...   # FINISHED / FAILED / KILLED
    move_alias(client(project), "ticket-triage", CHAMPION, "3", actor="promote", reason="...")

The tracking URI and artifact root come from params (`register` section) and are resolved against
the project folder, so `mlflow.db` and `mlartifacts/` land in the project whatever the cwd is.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tasks.lib.errors import PipelineError
from tasks.lib.project import Project

_SQLITE = "sqlite:///"


def tracking_uri(project: Project) -> str:
    uri = project.params.register.tracking_uri
    if uri.startswith(_SQLITE) and not uri.startswith(_SQLITE + "/"):
        # sqlite:///relative.db -> absolute, anchored at the project root
        return _SQLITE + str((project.root / uri[len(_SQLITE) :]).resolve())
    return uri


def sqlite_path(uri: str) -> Path | None:
    """The database file of a `sqlite:////abs/path` store (as `tracking_uri` gives), else None."""
    return Path(uri[len(_SQLITE) :]) if uri.startswith(_SQLITE) else None


def missing_store(project: Project) -> Path | None:
    """The SQLite file of the project's store when it does not exist yet: nothing was registered,
    and read-only commands must not create it (MLflow would, with its table-creation logs)."""
    db = sqlite_path(tracking_uri(project))
    return db if db is not None and not db.is_file() else None


def artifact_location(project: Project) -> str:
    loc = project.params.register.artifact_location
    # a URI (s3://, gs://, file:///, a tracking server's mlflow-artifacts:/...) as it is; a bare
    # path is a folder of the project
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]+:", loc):
        return loc
    return (project.root / loc).resolve().as_uri()


def setup_mlflow(project: Project) -> str:
    """Point mlflow at the project's store; create the task's experiment. Returns its id."""
    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    import mlflow
    from mlflow.exceptions import MlflowException
    from sqlalchemy.exc import SQLAlchemyError

    uri = tracking_uri(project)
    mlflow.set_tracking_uri(uri)
    mlflow.set_registry_uri(uri)
    name = project.params.task.name
    try:
        exp = mlflow.get_experiment_by_name(name)
    except (SQLAlchemyError, MlflowException) as err:  # not a database, a newer schema, locked
        reason = str(getattr(err, "orig", None) or type(err).__name__).splitlines()[0]
        raise PipelineError(
            f"{uri}: cannot open the MLflow store ({reason}); fix register.tracking_uri"
        ) from None
    if exp is None:
        # explicit artifact_location, or artifacts land in ./mlruns relative to the cwd
        return mlflow.create_experiment(name, artifact_location=artifact_location(project))
    return exp.experiment_id


def client(project: Project):
    setup_mlflow(project)
    from mlflow import MlflowClient

    return MlflowClient(tracking_uri=tracking_uri(project), registry_uri=tracking_uri(project))


def _interrupted(err: BaseException) -> bool:
    """Ctrl-C, or Prefect cancelling the flow run (TerminationSignal, a BaseException)."""
    return isinstance(err, KeyboardInterrupt | SystemExit) or type(err).__name__ in (
        "TerminationSignal",
    )


@contextlib.contextmanager
def tracked_run(
    project: Project,
    *,
    name: str | None = None,
    run_id: str | None = None,
    tags: dict[str, str] | None = None,
    enabled: bool = True,
) -> Iterator[Any]:
    """An MLflow run in the project's store, ended FINISHED when the block succeeds, KILLED when it
    is interrupted and FAILED on any error: a crashed stage never looks finished to register.

    Args:
        project: whose store and experiment.
        name: run name of a new run.
        run_id: re-open this run instead (register adds its results to train's run).
        tags: set on the run first.
        enabled: False yields None and touches nothing (the other ranks of a data-parallel run).
    """
    if not enabled:
        yield None
        return
    import mlflow

    experiment_id = setup_mlflow(project)
    if run_id is None:
        run = mlflow.start_run(experiment_id=experiment_id, run_name=name)
    else:
        run = mlflow.start_run(run_id=run_id)
    try:
        if tags:
            mlflow.set_tags(tags)
        yield run
    except BaseException as err:
        mlflow.end_run(status="KILLED" if _interrupted(err) else "FAILED")
        raise
    mlflow.end_run(status="FINISHED")


def flatten(d: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """{"lora": {"r": 16}} -> {"lora.r": "16"}; lists comma-joined (MLflow params are strings)."""
    flat: dict[str, str] = {}
    for key, value in d.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        elif isinstance(value, list | tuple):
            flat[name] = ",".join(map(str, value))
        else:
            flat[name] = str(value)
    return flat


def registered_model(client, model: str) -> Any:
    """The registered model, or a PipelineError saying nothing was registered yet."""
    from mlflow.exceptions import MlflowException

    try:
        return client.get_registered_model(model)
    except MlflowException:
        raise PipelineError(
            f"no registered model '{model}' yet: run `ftpipe run` (or `dvc repro`) first"
        ) from None


def model_version(client, model: str, version: str) -> Any:
    """One version of `model`, or a PipelineError listing the versions that exist."""
    from mlflow.exceptions import MlflowException

    registered_model(client, model)
    try:
        return client.get_model_version(model, str(version))
    except MlflowException:
        versions = sorted(int(v.version) for v in client.search_model_versions(f"name='{model}'"))
        known = ", ".join(map(str, versions)) or "none"
        raise PipelineError(f"{model} has no version {version!r} (versions: {known})") from None


# ---------------------------------------------------------------------------------------------
# Aliases with history. MLflow keeps no alias history, so every move is also written as a tag on
# the registered model: `alias_event.000001` = JSON {seq, at, alias, from, to, actor, reason}.
# The registry itself then carries its audit trail (no side file to lose or to keep in sync).
# ---------------------------------------------------------------------------------------------

CHAMPION = "champion"
CHALLENGER = "challenger"
_EVENT_PREFIX = "alias_event."


def alias_history(client, model: str) -> list[dict]:
    """Every recorded alias move for `model`, oldest first."""
    tags = client.get_registered_model(model).tags
    events = [json.loads(v) for k, v in tags.items() if k.startswith(_EVENT_PREFIX)]
    return sorted(events, key=lambda e: e["seq"])


def current_alias(client, model: str, alias: str) -> str | None:
    aliases = client.get_registered_model(model).aliases
    return str(aliases[alias]) if alias in aliases else None


def move_alias(client, model: str, alias: str, version: str, *, actor: str, reason: str) -> dict:
    """Point `alias` at `version` and record the move. Returns the recorded event."""
    with registry_lock(client):
        return _move_alias(client, model, alias, str(version), actor=actor, reason=reason)


_REGISTRY_THREADS = threading.RLock()  # the file lock is shared by a process's threads


@contextlib.contextmanager
def registry_lock(client, timeout_s: float = 120) -> Iterator[None]:
    """One alias move at a time (the history's sequence numbers): a file lock beside a SQLite
    store, shared by every clone that uses it, and a lock between this process's threads.
    A server store (http://...) is not covered by the file lock."""
    from tasks.lib.lock import project_lock

    db = sqlite_path(client.tracking_uri)
    with _REGISTRY_THREADS:
        if db is None:
            yield
            return
        with project_lock(
            db.parent, f"registry-{db.stem}", what="an alias move", timeout_s=timeout_s
        ):
            yield


def _move_alias(client, model: str, alias: str, version: str, *, actor: str, reason: str) -> dict:
    model_version(client, model, version)  # a PipelineError naming the versions there are
    previous = current_alias(client, model, alias)
    history = alias_history(client, model)
    event = {
        "seq": (history[-1]["seq"] + 1) if history else 1,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "alias": alias,
        "from": previous,
        "to": version,
        "actor": actor,
        "reason": reason,
        "user": getpass.getuser(),
    }
    client.set_registered_model_alias(model, alias, version)
    client.set_registered_model_tag(model, f"{_EVENT_PREFIX}{event['seq']:06d}", json.dumps(event))
    return event


def champion_lineage(history: list[dict]) -> list[str]:
    """The stack of champion versions: a promotion pushes, a rollback pops back to the one below."""
    stack: list[str] = []
    for e in history:
        if e["alias"] != CHAMPION:
            continue
        if e["actor"] == "rollback" and stack:
            stack.pop()
        else:
            stack.append(e["to"])
    return stack


def promote(client, model: str, version: str, *, reason: str) -> dict:
    """Manual promotion: `champion` -> `version`, recorded with the reason (no gate)."""
    with registry_lock(client):
        if current_alias(client, model, CHAMPION) == str(version):
            raise PipelineError(f"version {version} of {model} is already champion")
        return move_alias(client, model, CHAMPION, str(version), actor="promote", reason=reason)


def rollback(client, model: str, *, reason: str) -> dict:
    """Move `champion` back to the version that was champion before the current one."""
    with registry_lock(client):  # the history read and the move, as one step
        stack = champion_lineage(alias_history(client, model))
        current = current_alias(client, model, CHAMPION)
        if current is None:
            raise PipelineError(f"{model} has no champion to roll back")
        if len(stack) < 2:
            raise PipelineError(
                f"{model}: champion v{current} has no previous champion to go back to"
            )
        return move_alias(client, model, CHAMPION, stack[-2], actor="rollback", reason=reason)


def dataset_version(client, model: str, version: str, store_uri: str) -> dict:
    """Where a version's data came from, and how to get that data back: `ftpipe checkout`
    (tasks/lib/remote.py), or by hand with MLflow + DVC."""
    mv = model_version(client, model, str(version))
    tags = mv.tags
    commit = tags.get("git.commit", "unknown")
    remote = tags.get("dvc.remote")
    return {
        "version": str(version),
        "run_id": mv.run_id,
        "git_commit": commit,
        "git_dirty": tags.get("git.dirty") == "true",
        "split_md5": tags.get("dvc.split_md5"),
        "test_md5": tags.get("data.test_md5"),
        "train_md5": tags.get("data.train_md5"),
        "dvc_remote": remote,  # None: registered before its data was pushed anywhere
        "checkout": f"ftpipe checkout {version}",
        # by hand: dvc.lock as it was when this version was registered (it replaces ./dvc.lock;
        # `git checkout dvc.lock` goes back), then DVC fetches that data and checks it out
        "restore": [
            f"MLFLOW_TRACKING_URI={store_uri} mlflow artifacts download --run-id {mv.run_id} "
            "--artifact-path lineage/dvc.lock --dst-path .",
            "dvc fetch" + (f"   # from {remote}" if remote else "   # not pushed: local cache"),
            "dvc checkout",
        ],
    }
