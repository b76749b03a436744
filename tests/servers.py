"""Real servers the operations tests start as subprocesses: a Prefect API server (with its event,
trigger and automation services), a Prefect process worker, and any HTTP server command.

    with prefect_server(tmp_path / "prefect-home") as api_url:   # http://127.0.0.1:<port>/api
        with prefect_worker("ftpipe-cpu", api_url, cwd=project): ...

Each server gets its own PREFECT_HOME (its own SQLite database) and a free port; its output goes
to a log file next to it, printed when it fails to start. Stopping kills the whole process group.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout_s: float, proc: subprocess.Popen | None = None) -> None:
    """Until `url` answers 2xx/3xx/4xx (the server is up), or raise naming the url."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server for {url} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answered
        except (OSError, urllib.error.URLError):
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout_s:.0f} s")


def quiet_prefect_env(home: Path, api_url: str | None = None) -> dict[str, str]:
    """The environment for a Prefect process of this test: own home, no telemetry."""
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    if api_url:
        env["PREFECT_API_URL"] = api_url
    else:
        env.pop("PREFECT_API_URL", None)
    return env


def _sigint_as_from_a_terminal() -> None:
    """In the child, before exec: SIGINT back to its default. A shell that runs the tests in the
    background (`.ci/run &`, a CI runner's non-interactive shell) ignores SIGINT, children inherit
    that, and Python then installs no KeyboardInterrupt handler: the tests' Ctrl-C (SIGINT to
    `ftpipe serve`) would be ignored until the SIGTERM at the end (what made test_serve flaky)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@contextlib.contextmanager
def background(
    cmd: list[str], *, log: Path, env: dict[str, str] | None = None, cwd: Path | None = None
) -> Iterator[subprocess.Popen]:
    """Run `cmd` in its own process group, output to `log`, SIGINT stopping it as Ctrl-C would;
    kill the group on exit."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=cwd,
            start_new_session=True,
            preexec_fn=_sigint_as_from_a_terminal,
        )
        try:
            yield proc
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@contextlib.contextmanager
def prefect_server(home: Path, timeout_s: float = 90) -> Iterator[str]:
    """`prefect server start` with its own home and port; yields the API url."""
    port = free_port()
    home.mkdir(parents=True, exist_ok=True)
    cmd = [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    log = home / "server.log"
    env = quiet_prefect_env(home) | {
        # the UI finds its API from these (served at /ui-settings), not from --port
        "PREFECT_SERVER_API_HOST": "127.0.0.1",
        "PREFECT_SERVER_API_PORT": str(port),
    }
    with background(cmd, log=log, env=env) as proc:
        url = f"http://127.0.0.1:{port}/api"
        try:
            wait_http(f"{url}/health", timeout_s, proc)
        except (RuntimeError, TimeoutError) as err:
            raise RuntimeError(f"{err}\n{log.read_text(errors='replace')[-3000:]}") from None
        yield url


@contextlib.contextmanager
def prefect_worker(pool: str, api_url: str, home: Path, cwd: Path) -> Iterator[subprocess.Popen]:
    """`prefect worker start --pool <pool>` (a process worker) against `api_url`."""
    cmd = [str(BIN / "prefect"), "worker", "start", "--pool", pool, "--type", "process"]
    log = home / f"worker-{pool}.log"
    with background(cmd, log=log, env=quiet_prefect_env(home, api_url), cwd=cwd) as proc:
        yield proc
