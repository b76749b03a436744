"""The pipeline DAG as `dvc.yaml` defines it, seen from Python: stage order, status, commit.

`dvc.yaml` is the only definition of the DAG. The Prefect flow asks DVC for the stage order and for
what is out of date, runs the stage's own Prefect task (`tasks.<stage>.<stage>`, the same code
`ftpipe stage <stage>` runs under `dvc repro`), then records the result with `dvc commit`, so that
`dvc status` / `dvc repro` agree with what the flow did.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from tasks.lib.errors import PipelineError
from tasks.lib.remote import open_repo
from tasks.lib.stages import STAGES


def stage_order(root: Path) -> list[str]:
    """Stage names of dvc.yaml in an order that runs every stage after what it depends on."""
    import networkx as nx

    with open_repo(root) as repo:
        graph = repo.index.graph  # edges point from a stage to the stages it depends on
        order = [s.name for s in nx.topological_sort(graph.reverse()) if s.name]
    unknown = [s for s in order if s not in STAGES]
    if unknown:
        raise PipelineError(f"dvc.yaml has stages with no module in tasks/: {', '.join(unknown)}")
    return order


def changed(root: Path, stage: str) -> dict:
    """What DVC sees as changed for this one stage (empty when it is up to date)."""
    with open_repo(root) as repo:
        return repo.status(targets=[stage])


def record(root: Path, stage: str) -> None:
    """`dvc commit --force <stage>`: hash deps/outs/params into dvc.lock and cache the outputs."""
    with open_repo(root) as repo:
        repo.commit(stage, force=True)


def stage_function(stage: str):
    """The stage's Prefect task: `tasks/<stage>.py` defines `@stage_task def <stage>(project)`."""
    if stage not in STAGES:
        raise PipelineError(f"unknown stage '{stage}' (stages: {', '.join(STAGES)})")
    return getattr(importlib.import_module(f"tasks.{stage}"), stage)
