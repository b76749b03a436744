"""What the operations cost: a scheduled run with nothing new, restoring a version's data in a
fresh clone, and the model server, each against the baseline a user would otherwise have.

    python benchmarks/operations.py                  # a clone of this repo: `ftpipe run` first
    python benchmarks/operations.py --project DIR    # a project that already registered a version

1. skip: `ftpipe run --skip-if-unchanged` (what the scheduled deployment runs) against the same
   `ftpipe run` without it, when DVC finds every stage up to date (the weekly run before: every
   stage asked, the temporary Prefect API, the checks). Both in their own process, wall time.
2. checkout: `git clone` of the project + `ftpipe checkout V` (dvc.lock and data from the DVC
   remote, md5s checked) against copying the project's data/ folder (the by-hand way).
3. serve: `ftpipe serve` start to the first answer of POST /invocations, then the median of 20
   single-request round trips against `ftpipe predict` on the same 20 requests (load included).
Times are wall time on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
if str(REPO) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(REPO))

from tasks.lib.records import user_text  # noqa: E402


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if out.returncode:
        sys.exit(f"{' '.join(cmd)} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return time.perf_counter() - start


def latest_version(project: Path) -> str | None:
    out = subprocess.run(
        [str(BIN / "ftpipe"), "status", "--limit", "1", "--project", str(project)],
        capture_output=True,
        text=True,
    )
    rows = [line.split()[0] for line in out.stdout.splitlines()[3:] if line.strip()]
    return rows[0] if out.returncode == 0 and rows else None


def bench_skip(project: Path) -> None:
    ftpipe = str(BIN / "ftpipe")
    plain = timed([ftpipe, "run", "--project", str(project)], project)
    skip = timed([ftpipe, "run", "--skip-if-unchanged", "--project", str(project)], project)
    print(f"  skip: ftpipe run --skip-if-unchanged {skip:6.1f} s   ftpipe run (all up to date, ")
    print(f"        the baseline) {plain:6.1f} s   ratio {skip / plain:.2f}")


def bench_checkout(project: Path, version: str, scratch: Path) -> None:
    clone = scratch / "clone"
    t_clone = timed(["git", "clone", "-q", str(project), str(clone)], scratch)
    # the clone shares the project's MLflow store, as a team shares its server
    params = yaml.safe_load((clone / "params.yaml").read_text())
    params["register"]["tracking_uri"] = f"sqlite:///{project / 'mlflow.db'}"
    (clone / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False))
    t_checkout = timed([str(BIN / "ftpipe"), "checkout", version, "--project", str(clone)], clone)
    start = time.perf_counter()
    shutil.copytree(project / "data", scratch / "data-copy")
    t_copy = time.perf_counter() - start
    size = sum(f.stat().st_size for f in (clone / "data").rglob("*") if f.is_file())
    total = t_clone + t_checkout
    print(
        f"  checkout v{version}: git clone {t_clone:.1f} s + ftpipe checkout {t_checkout:.1f} s "
        f"= {total:.1f} s for {size / 1e6:.1f} MB   copying data/ by hand {t_copy:.2f} s"
    )


def _post(url: str, texts: list[str]) -> float:
    body = json.dumps({"inputs": texts}).encode()
    req = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=300) as resp:
        resp.read()
    return time.perf_counter() - start


def bench_serve(project: Path, scratch: Path, texts: list[str]) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/invocations"
    cmd = [str(BIN / "ftpipe"), "serve", "--alias", ALIAS, "--port", str(port)]
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd + ["--project", str(project)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        while True:
            try:
                _post(url, texts[:1])
                break
            except OSError:
                if proc.poll() is not None or time.perf_counter() - start > 600:
                    sys.exit("ftpipe serve did not answer")
                time.sleep(0.5)
        ready = time.perf_counter() - start
        p50 = statistics.median(_post(url, [t]) for t in texts) * 1000
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=60)
    requests = scratch / "requests.jsonl"
    requests.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    t_predict = timed(
        [
            str(BIN / "ftpipe"),
            "predict",
            str(requests),
            "--alias",
            ALIAS,
            "--project",
            str(project),
        ],
        project,
    )
    print(
        f"  serve: first answer {ready:.1f} s after start; p50 {p50:.0f} ms per request over "
        f"{len(texts)}   ftpipe predict of the same {len(texts)}: {t_predict:.1f} s "
        f"({t_predict / len(texts) * 1000:.0f} ms each, loading included)"
    )


ALIAS = "challenger"  # every registered candidate has it (champion only if the gate promoted)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--project", type=Path, default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ftpipe-ops-") as tmp:
        scratch = Path(tmp)
        project = args.project.resolve() if args.project else scratch / "project"
        if args.project is None:
            subprocess.run(["git", "clone", "-q", str(REPO), str(project)], check=True)
        version = latest_version(project)
        if version is None:
            print(f"no registered version in {project}: ftpipe run first (the bundled model)")
            print(f"  ftpipe run: {timed([str(BIN / 'ftpipe'), 'run'], project):.0f} s")
            version = latest_version(project)
        print(f"operations on {project} (v{version}), wall time on this machine:")
        bench_skip(project)
        bench_checkout(project, version, scratch)
        lines = (project / "data/split/test.jsonl").read_text().splitlines()[:20]
        texts = [user_text(json.loads(line)) for line in lines]
        bench_serve(project, scratch, texts)


if __name__ == "__main__":
    main()
