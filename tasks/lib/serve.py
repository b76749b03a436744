"""Serving a registered version: over HTTP with MLflow's own scoring server (`ftpipe serve`), or
on a JSONL file in-process (`ftpipe predict`).

    ftpipe serve [--alias champion] [--port 5000] [--host 127.0.0.1]
    curl -s localhost:5000/invocations -H 'Content-Type: application/json' \\
         -d '{"inputs": ["My parcel never arrived"]}'        # -> {"predictions": ["SHIPPING"]}
    ftpipe predict requests.jsonl [--out FILE] [--alias champion]

The alias is resolved to a version once, before anything starts: what is served is that version
(`models:/<task.name>/<version>`), named on the console, in the log and in a response header on
every answer (`x-ftpipe-model-version`). Moving the alias (promote, rollback) does not change a
running server: restart it to serve the new champion.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from tasks.lib.errors import PipelineError
from tasks.lib.project import Project

MODEL_HEADER = "x-ftpipe-model"  # response headers the server adds to every answer
VERSION_HEADER = "x-ftpipe-model-version"
RULE = "predict"  # the rule a bad request line is reported under
BATCH = 64  # requests per predict call in `ftpipe predict`: progress between batches
STOP_WAIT_S = 15  # how long a stopping server may take before it is killed


def resolve(project: Project, alias: str) -> Any:
    """The model version `alias` points at now (a one-line error when there is none)."""
    from tasks.lib.shadow import alias_version

    return alias_version(project, alias)


# ---------------------------------------------------------------------------------------------
# ftpipe serve: `mlflow models serve` as a child process
# ---------------------------------------------------------------------------------------------


def serve_command(
    project: Project, version: str, host: str, port: int
) -> tuple[list[str], dict[str, str]]:
    """The `mlflow models serve` command for one version, and its environment: the project's
    store, the venv's scripts on PATH (mlflow runs `uvicorn` from PATH) and the response headers
    (uvicorn reads its options from UVICORN_* variables; whitespace separates headers)."""
    from tasks.lib import tracking

    name = project.params.task.name
    uri = tracking.tracking_uri(project)
    bindir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "MLFLOW_TRACKING_URI": uri,
        "MLFLOW_REGISTRY_URI": uri,
        "MLFLOW_DISABLE_TELEMETRY": "true",
        "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}",
        "UVICORN_HEADERS": f"{MODEL_HEADER}:{name} {VERSION_HEADER}:{version}",
    }
    cmd = [sys.executable, "-m", "mlflow", "models", "serve", "-m", f"models:/{name}/{version}"]
    cmd += ["--env-manager", "local", "--host", host, "--port", str(port)]
    return cmd, env


def _check_port(host: str, port: int) -> None:
    """A port already taken is a one-line error before the model loads (not a uvicorn trace)."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as err:
            raise PipelineError(f"cannot serve on {host}:{port}: {err.strerror}") from None


def _own_group_dying_with_us() -> None:
    """In the child: its own process group (Ctrl-C reaches ftpipe only, which stops the server
    in order), and SIGTERM when ftpipe dies however it dies (Linux; mlflow does the same for
    the uvicorn process it starts)."""
    os.setsid()
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _group_alive(pgid: int) -> bool:
    """Whether a live (not zombie) process is left in the group: uvicorn is mlflow's child, and
    outlives it by a moment while it shuts down."""
    proc = Path("/proc")
    if not proc.is_dir():  # not Linux: any member, zombies included
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        return True
    for stat in proc.glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            # "pid (comm) state ppid pgrp ...": comm may hold spaces, so split after ")"
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                return True
    return False


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM to the server's group (uvicorn shuts down gracefully) and wait until the whole
    group is gone (the port is free again); SIGKILL what is left after STOP_WAIT_S."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_WAIT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None and not _group_alive(proc.pid):
            return
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def _wait_ready(proc: subprocess.Popen, url: str) -> bool:
    """Until the server answers /ping (True), or exits first (False)."""
    while proc.poll() is None:
        try:
            with urllib.request.urlopen(f"{url}/ping", timeout=2):
                return True
        except (OSError, urllib.error.URLError):
            time.sleep(0.5)
    return False


def _sigterm_as_interrupt(signum, frame):
    raise KeyboardInterrupt


def serve(project: Project, alias: str, host: str, port: int, echo=print) -> int:
    """Serve the version `alias` points at until Ctrl-C (or SIGTERM); 0 when stopped so.

    Raises:
        PipelineError: no such alias, the port is taken, or the server exits by itself.
    """
    from tasks.lib.runtime import get_logger

    mv = resolve(project, alias)
    name, version = project.params.task.name, str(mv.version)
    _check_port(host, port)
    cmd, env = serve_command(project, version, host, port)
    url = f"http://{host}:{port}"
    get_logger().info(
        "serving %s v%s (%s) at %s (run %s): loading the model; Ctrl-C stops",
        *(name, version, alias, url, mv.run_id),
    )
    main = threading.current_thread() is threading.main_thread()  # signals: main thread only
    previous = signal.signal(signal.SIGTERM, _sigterm_as_interrupt) if main else None
    proc = subprocess.Popen(cmd, env=env, preexec_fn=_own_group_dying_with_us)
    try:
        if _wait_ready(proc, url):
            echo(
                f"ready: {name} v{version} ({alias}): POST {url}/invocations "
                '{"inputs": ["text", ...]} -> {"predictions": [...]}; '
                f"header {VERSION_HEADER}: {version}"
            )
        code = proc.wait()
    except KeyboardInterrupt:
        _stop(proc)
        echo(f"stopped serving {name} v{version}")
        return 0
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
        if proc.poll() is None:  # any other error on our side: never leave a server behind
            _stop(proc)
    raise PipelineError(f"the model server for {name} v{version} exited with code {code} (above)")


# ---------------------------------------------------------------------------------------------
# ftpipe predict: a JSONL file scored in-process
# ---------------------------------------------------------------------------------------------


def default_out(path: str | Path) -> Path:
    """requests.jsonl -> requests.predictions.jsonl, beside it."""
    path = Path(path)
    return path.with_name(f"{path.stem}.predictions.jsonl")


def _ids(path: Path) -> dict[int, Any]:
    """Each line's `id`, where the request has one (read_requests keeps only the turns)."""
    from tasks.lib.io import iter_jsonl

    return {n: obj["id"] for n, obj in iter_jsonl(path) if isinstance(obj, dict) and "id" in obj}


def _inputs(turns: list[list[dict[str, str]]], accepts_turns: bool) -> list:
    """What the pyfunc takes per request: its text when the request is one user turn (every
    version takes text), else the conversation (versions whose pyfunc takes turns) or, for older
    versions, the last user turn's text."""
    out: list = []
    for t in turns:
        said = [m for m in t if m["role"] != "system"]  # replaced by task.system_prompt anyway
        if len(said) == 1 or not accepts_turns:
            out.append(said[-1]["content"])
        else:
            out.append(said)
    return out


def predict_file(
    project: Project, path: str | Path, out: str | Path | None = None, alias: str = "champion"
) -> dict:
    """Score every request of `path` with the version `alias` points at, in-process.

    Output: one JSON line per request, in order: `{"id" (when the request has one), "line",
    "prediction", "version"}`; written atomically (a failed run leaves no partial file).

    Returns:
        {"model", "version", "alias", "run_id", "n", "out"}.
    """
    from tasks.lib import tracking
    from tasks.lib.io import write_jsonl
    from tasks.lib.runtime import get_logger
    from tasks.lib.shadow import read_requests

    path = Path(path)
    out = Path(out) if out is not None else default_out(path)
    if out.resolve() == path.resolve():
        raise PipelineError(f"{out}: the output would overwrite the requests file")
    lines, turns = read_requests(path, rule=RULE)  # a bad line fails before the model loads
    ids = _ids(path)
    mv = resolve(project, alias)
    name, version = project.params.task.name, str(mv.version)
    log = get_logger()
    log.info("predict: %s v%s (%s) on %d requests from %s", name, version, alias, len(lines), path)
    tracking.setup_mlflow(project)
    import mlflow

    model = mlflow.pyfunc.load_model(f"models:/{name}/{version}")
    inputs = _inputs(turns, getattr(model.unwrap_python_model(), "accepts_turns", False))
    answers: list = []
    for start in range(0, len(inputs), BATCH):
        answers += list(model.predict(inputs[start : start + BATCH]))
        if len(inputs) > BATCH:
            log.info("predict: %d/%d requests", len(answers), len(inputs))
    rows = []
    for line, answer in zip(lines, answers, strict=True):
        row = {"id": ids[line]} if line in ids else {}
        rows.append(row | {"line": line, "prediction": answer, "version": version})
    write_jsonl(out, rows)
    return {"model": name, "version": version, "alias": alias, "run_id": mv.run_id} | {
        "n": len(rows),
        "out": str(out),
    }
