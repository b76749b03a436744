"""Two `ftpipe run`s started together in one project: one runs, the other stops at once with one
line naming the first; a `dvc repro` during the run stops too; dvc.lock, the aliases and their
history come out whole. Real processes, a real git + DVC project, the tiny model."""

from __future__ import annotations

import os
import subprocess
import sys

import yaml

from flows import dag
from tasks.lib import tracking
from tasks.lib.lock import wait_until_locked
from tasks.lib.project import Project
from tasks.lib.stages import STAGES
from tests.flows.conftest import make_dvc_project, tiny_overrides
from tests.helpers import REPO

BIN = os.path.dirname(sys.executable)


def _ftpipe_run(root, env) -> subprocess.Popen:
    return subprocess.Popen(
        [f"{BIN}/ftpipe", "run", "--project", str(root)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_runs_started_together(tmp_path, tiny_model_dir):
    root = make_dvc_project(
        tmp_path / "proj", REPO / "data/raw/tickets.jsonl", **tiny_overrides(tiny_model_dir)
    )
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "OMP_NUM_THREADS": "1"}
    env.pop("PREFECT_API_URL", None)  # each run would start its own temporary API
    runs = [_ftpipe_run(root, env), _ftpipe_run(root, env)]
    wait_until_locked(root, "run", timeout_s=120)
    # what `dvc repro` runs for each stage, while the run holds the project
    repro = subprocess.run(
        [f"{BIN}/ftpipe", "stage", "validate", "--project", str(root)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert repro.returncode == 2
    assert repro.stderr.count("\n") == 1 and "is running here" in repro.stderr

    outs = [(r.wait(timeout=600), *r.communicate()) for r in runs]
    codes = sorted(code for code, _, _ in outs)
    assert codes == [0, 2], [err[-2000:] for _, _, err in outs]
    loser = next(err for code, _, err in outs if code == 2)
    assert loser.count("\n") == 1, loser  # one line, no traceback
    assert loser.startswith("ftpipe: error: ") and "ftpipe run (pid " in loser

    # the winner's run is whole: every stage recorded, nothing left for dvc to do
    lock = yaml.safe_load((root / "dvc.lock").read_text())
    assert set(lock["stages"]) == set(STAGES)
    assert not [s for s in STAGES if dag.changed(root, s)]
    client = tracking.client(Project.load(root))
    model = Project.load(root).params.task.name
    history = tracking.alias_history(client, model)
    assert [e["seq"] for e in history] == list(range(1, len(history) + 1)) and history
    assert tracking.current_alias(client, model, "challenger") == "1"
