"""One run at a time per project, and one alias move at a time per registry.

    with project_lock(project.root, "run", what="ftpipe run"): ...      # the pipeline, a stage
    with project_lock(project.root, "registry", what="promote", timeout_s=60): ...  # alias moves

Two locks, because they guard different things for different lengths of time:
- `run` is held by a whole `ftpipe run` / flow run and by each `ftpipe stage` (what `dvc repro`
  calls): two runs would interleave their `dvc commit`s and outputs, so the second one stops
  (or waits `timeout_s`) with one line naming who holds the lock;
- `registry` is held only while an alias moves (read the history, write the event, move the
  alias): a manual promotion during a long run waits seconds, not hours, and two moves never
  write the same history sequence number.

OS file locks (`filelock`): a crashed holder releases its lock with its process, so there is
nothing stale to clean up. The holder's description (pid, command, start time) is written beside
the lock for the message. The locks live in `.ftpipe/` (git-ignored, outside DVC). They guard one
project folder: processes on other machines sharing a remote MLflow server are not covered.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from tasks.lib.errors import PipelineError

LOCK_DIR = ".ftpipe"


def lock_path(root: Path, name: str) -> Path:
    return Path(root) / LOCK_DIR / f"{name}.lock"


def _holder(path: Path) -> str:
    try:
        info = json.loads(path.with_suffix(".holder.json").read_text())
    except (OSError, ValueError):
        return "another process"
    return f"{info.get('what', '?')} (pid {info.get('pid', '?')}, since {info.get('since', '?')})"


@contextlib.contextmanager
def project_lock(root: Path, name: str, *, what: str, timeout_s: float = 0) -> Iterator[None]:
    """Hold `.ftpipe/<name>.lock` of the project; waits up to `timeout_s` (0: not at all), then
    a PipelineError naming the holder. Re-entrant in one process (the flow holds `run` while
    its tasks run in worker threads; register moves aliases under `registry`)."""
    from filelock import FileLock, Timeout

    path = lock_path(root, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    # one object per path in this process (is_singleton), shared by its threads: re-entrant
    lock = FileLock(path, thread_local=False, is_singleton=True)
    outer = not lock.is_locked
    if outer and timeout_s > 0:
        with contextlib.suppress(Timeout):
            lock.acquire(timeout=0)
        if not lock.is_locked:
            from tasks.lib.runtime import get_logger

            get_logger().warning("waiting up to %g s for %s", timeout_s, _holder(path))
    try:
        lock.acquire(timeout=timeout_s)
    except Timeout:
        waited = f" after waiting {timeout_s:g} s" if timeout_s else ""
        raise PipelineError(
            f"{root}: {_holder(path)} is running here{waited}; one {name} at a time per project "
            f"(wait for it, or stop it; lock {path})"
        ) from None
    try:
        if outer:
            holder = {"what": what, "pid": os.getpid(), "since": _now()}
            path.with_suffix(".holder.json").write_text(json.dumps(holder))
        yield
    finally:
        lock.release()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def wait_until_locked(root: Path, name: str, timeout_s: float = 60) -> None:
    """For tests and scripts: block until another process holds the lock."""
    from filelock import FileLock, Timeout

    probe = FileLock(lock_path(root, name), thread_local=False)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            probe.acquire(timeout=0)
        except Timeout:
            return
        probe.release()
        time.sleep(0.1)
    raise TimeoutError(f"nobody took {lock_path(root, name)} within {timeout_s} s")
