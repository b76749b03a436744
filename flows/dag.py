"""The pipeline DAG as `dvc.yaml` defines it, seen from Python: stage order, status, commit.

`dvc.yaml` is the only definition of the DAG. The Prefect flow asks DVC for the stage order and for
what is out of date, runs the stage's own Prefect task (`tasks.<stage>.<stage>`, the same code
`ftpipe stage <stage>` runs under `dvc repro`), then records the result with `dvc commit`, so that
`dvc status` / `dvc repro` agree with what the flow did.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import sys
from pathlib import Path

from tasks.lib.errors import PipelineError
from tasks.lib.stages import STAGES


def _dvc_logs_to_current_streams() -> None:
    """`import dvc` binds its console handlers to sys.stdout/stderr as they were at import time,
    and its handler raises if that stream was closed since (a replaced stdout, pytest's capture).
    Re-point them at the current streams before each use."""
    for handler in logging.getLogger("dvc").handlers:
        if isinstance(handler, logging.StreamHandler):
            # not setStream(): it flushes the old stream, which may be the closed one
            handler.stream = sys.stderr if handler.level >= logging.WARNING else sys.stdout


@contextlib.contextmanager
def _repo(root: Path):
    """A DVC Repo for `root`, with the cwd there: DVC resolves dvc.yaml paths against the cwd."""
    os.environ.setdefault("DVC_NO_ANALYTICS", "1")
    from dvc.exceptions import NotDvcRepoError
    from dvc.repo import Repo

    _dvc_logs_to_current_streams()
    with contextlib.chdir(root):
        try:
            repo = Repo(str(root))
        except NotDvcRepoError:
            raise PipelineError(
                f"{root} is not a DVC project: run `make setup` (or `git init && dvc init`) there"
            ) from None
        with repo:
            yield repo


def stage_order(root: Path) -> list[str]:
    """Stage names of dvc.yaml in an order that runs every stage after what it depends on."""
    import networkx as nx

    with _repo(root) as repo:
        graph = repo.index.graph  # edges point from a stage to the stages it depends on
        order = [s.name for s in nx.topological_sort(graph.reverse()) if s.name]
    unknown = [s for s in order if s not in STAGES]
    if unknown:
        raise PipelineError(f"dvc.yaml has stages with no module in tasks/: {', '.join(unknown)}")
    return order


def changed(root: Path, stage: str) -> dict:
    """What DVC sees as changed for this one stage (empty when it is up to date)."""
    with _repo(root) as repo:
        return repo.status(targets=[stage])


def record(root: Path, stage: str) -> None:
    """`dvc commit --force <stage>`: hash deps/outs/params into dvc.lock and cache the outputs."""
    with _repo(root) as repo:
        repo.commit(stage, force=True)


def stage_function(stage: str):
    """The stage's Prefect task: `tasks/<stage>.py` defines `@stage_task def <stage>(project)`."""
    if stage not in STAGES:
        raise PipelineError(f"unknown stage '{stage}' (stages: {', '.join(STAGES)})")
    return getattr(importlib.import_module(f"tasks.{stage}"), stage)
