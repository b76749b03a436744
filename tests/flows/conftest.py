"""Real parts for flow tests: a temporary Prefect API, a project that is a real git + DVC repo."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.helpers import REPO

BIN = Path(sys.executable).parent
# `dvc repro` runs `ftpipe stage ...` through the shell: the venv's scripts must be on PATH
os.environ["PATH"] = f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"
GIT_ID = {
    "GIT_AUTHOR_NAME": "ftpipe-tests",
    "GIT_AUTHOR_EMAIL": "tests@example.com",
    "GIT_COMMITTER_NAME": "ftpipe-tests",
    "GIT_COMMITTER_EMAIL": "tests@example.com",
}
os.environ.update(GIT_ID)


@pytest.fixture(scope="session")
def prefect_api():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


def sh(*args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=check)


def make_dvc_project(root: Path, records_path: Path, **overrides: dict) -> Path:
    """A copy of this repo's pipeline (dvc.yaml, tasks/, params.yaml with overrides, input data)
    in `root`, as a git repo with DVC initialised and everything committed."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "dvc.yaml", root / "dvc.yaml")
    shutil.copytree(REPO / "tasks", root / "tasks", ignore=shutil.ignore_patterns("__pycache__"))
    raw = yaml.safe_load((REPO / "params.yaml").read_text())
    for section, values in overrides.items():
        raw[section].update(values)
    (root / "params.yaml").write_text(yaml.safe_dump(raw, sort_keys=False))
    dest = root / raw["data"]["input"]
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(records_path, dest)
    (root / ".gitignore").write_text("mlflow.db\nmlartifacts/\n")
    sh("git", "init", "-q", cwd=root)
    sh("dvc", "init", "-q", cwd=root)
    sh("git", "add", "-A", cwd=root)
    sh("git", "commit", "-qm", "project", cwd=root)
    return root


def tiny_overrides(model_dir: Path) -> dict:
    """Params that make the pipeline fast on a tiny random model (same stages, same code)."""
    return {
        "task": {"base_model": str(model_dir)},
        "train": {"epochs": 1, "batch_size": 8, "max_length": 160, "logging_steps": 2},
        "evaluate": {"batch_size": 32, "max_new_tokens": 3},
    }
