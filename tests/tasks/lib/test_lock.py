"""One run at a time per project (tasks/lib/lock.py): real OS locks held by real processes, and
alias moves from two processes at once on a real MLflow SQLite registry. Two `ftpipe run`s
started together: tests/flows/test_lock.py."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tasks.lib import tracking
from tasks.lib.errors import PipelineError
from tasks.lib.lock import lock_path, project_lock
from tests.helpers import REPO, empty_versions, make_project

HOLD = """
import sys, time
sys.path.insert(0, {repo!r})
from tasks.lib.lock import project_lock
with project_lock({root!r}, "run", what="ftpipe run"):
    print("held", flush=True)
    time.sleep(60)
"""


@pytest.fixture()
def held(tmp_path):
    """The project's run lock, held by another process until the test ends."""
    code = HOLD.format(repo=str(REPO), root=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.kill()
    proc.wait()


def test_a_second_holder_stops_with_one_line_naming_the_first(tmp_path, held):
    with pytest.raises(PipelineError) as err:
        with project_lock(tmp_path, "run", what="ftpipe stage split"):
            pytest.fail("the lock was held by another process")
    message = str(err.value)
    assert f"ftpipe run (pid {held.pid}, since " in message
    assert "\n" not in message and str(lock_path(tmp_path, "run")) in message
    with pytest.raises(PipelineError, match="after waiting 0.5 s"):
        with project_lock(tmp_path, "run", what="x", timeout_s=0.5):
            pass


def test_the_lock_is_free_again_when_its_holder_dies(tmp_path, held):
    held.kill()  # no clean exit: the OS releases the lock with the process
    held.wait()
    with project_lock(tmp_path, "run", what="after a crash"):
        assert lock_path(tmp_path, "run").exists()


def test_waiting_gets_the_lock_once_the_holder_finishes(tmp_path):
    code = HOLD.replace("time.sleep(60)", "time.sleep(1.5)").format(
        repo=str(REPO), root=str(tmp_path)
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    start = time.monotonic()
    with project_lock(tmp_path, "run", what="second", timeout_s=30):
        # it got the lock only once the first one let go, 1.5 s after taking it
        assert time.monotonic() - start > 1.0
    assert proc.wait(timeout=30) == 0


def test_re_entrant_across_the_threads_of_one_process(tmp_path):
    """The flow holds `run`; its tasks (Prefect worker threads) take it again without waiting."""
    with project_lock(tmp_path, "run", what="flow"):
        with ThreadPoolExecutor(1) as pool:
            inner = pool.submit(_take, tmp_path)
            assert inner.result(timeout=10) == "inside"
    assert not _held_elsewhere(tmp_path)


def _take(root) -> str:
    with project_lock(root, "run", what="task"):
        return "inside"


def _held_elsewhere(root) -> bool:
    """Whether another process would be refused the lock right now."""
    code = textwrap.dedent(f"""
        import sys; sys.path.insert(0, {str(REPO)!r})
        from tasks.lib.lock import project_lock
        try:
            with project_lock({str(root)!r}, "run", what="probe"): print("free")
        except Exception: print("held")
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip() == "held"


MOVES = """
import sys
sys.path.insert(0, {repo!r})
from tasks.lib import tracking
from tasks.lib.project import Project
client = tracking.client(Project.load({root!r}, "params.yaml"))
for i in range({n}):
    version = "1" if i % 2 else "2"
    tracking.move_alias(client, {model!r}, {alias!r}, version, actor="test", reason=str(i))
"""


def test_alias_moves_from_two_processes_keep_one_history(tmp_path):
    """Each move reads the history and writes the next sequence number: without the lock, two
    processes write the same number and one event is lost."""
    project = make_project(tmp_path / "proj")
    client, model = empty_versions(project, 2)
    n = 8
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                MOVES.format(repo=str(REPO), root=str(project.root), n=n, model=model, alias=alias),
            ],
        )
        for alias in ("champion", "challenger")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    history = tracking.alias_history(client, model)
    assert [e["seq"] for e in history] == list(range(1, 2 * n + 1))
    for alias in ("champion", "challenger"):
        moves = [e for e in history if e["alias"] == alias]
        assert [e["reason"] for e in moves] == [str(i) for i in range(n)]
        # each move saw the one before it
        assert all(b["from"] == a["to"] for a, b in zip(moves, moves[1:], strict=False))


def test_threads_of_one_process_also_take_turns(tmp_path):
    client, model = empty_versions(make_project(tmp_path / "proj"), 1)
    barrier = threading.Barrier(4)

    def move(i: int) -> None:
        barrier.wait()
        tracking.move_alias(client, model, "champion", "1", actor="t", reason=str(i))

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(move, range(4)))
    assert [e["seq"] for e in tracking.alias_history(client, model)] == [1, 2, 3, 4]
