"""Real parts for the browser tests: one pipeline run through `ftpipe run` against a real
`prefect server start`, `mlflow ui` on its store, and the system's Chromium driven by Playwright.

All module-scoped: one run (~40 s on 2 cores) serves every page check.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.flows.conftest import make_dvc_project, tiny_overrides
from tests.helpers import REPO
from tests.servers import BIN, background, free_port, prefect_server, quiet_prefect_env, wait_http

# Debian's package, which `make test-ui` installs; $CHROMIUM names another build
CHROMIUM = Path(os.environ.get("CHROMIUM") or "/usr/bin/chromium")
PAGE_TIMEOUT_MS = 60_000  # every wait on a page: a browser that hangs fails, it never blocks
# (MLflow's first page load parses a large JS bundle: over 30 s on a busy 2-core machine)
SHOTS = REPO / "test-output" / "ui"  # screenshots of every page checked, kept after the run


@dataclass
class UiRun:
    project: Path
    api_url: str  # http://127.0.0.1:<port>/api
    prefect_ui: str  # http://127.0.0.1:<port>
    mlflow_ui: str
    flow_run_id: str


def pipeline_flow_run_id(api_url: str) -> str:
    """The id of the one `ftpipe-pipeline` flow run, from the Prefect REST API."""
    body = json.dumps({"flows": {"name": {"any_": ["ftpipe-pipeline"]}}}).encode()
    req = urllib.request.Request(
        f"{api_url}/flow_runs/filter", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        runs = json.load(resp)
    assert len(runs) == 1, f"expected one ftpipe-pipeline flow run, got {len(runs)}"
    return runs[0]["id"]


def run_pipeline(project: Path, home: Path, api_url: str) -> None:
    """`ftpipe run` as a user runs it, against the server: its own process and environment."""
    env = quiet_prefect_env(home / "client", api_url)
    env |= {"HF_HUB_OFFLINE": "1", "MLFLOW_DISABLE_TELEMETRY": "true"}
    # register pushes the data to a default DVC remote under $XDG_DATA_HOME: keep it in the test
    env["XDG_DATA_HOME"] = str(home / "xdg-data")
    cmd = [str(BIN / "ftpipe"), "run", "--project", str(project)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, f"ftpipe run failed:\n{out.stdout[-3000:]}\n{out.stderr[-5000:]}"


@pytest.fixture(scope="module")
def ui_run(tmp_path_factory, tiny_model_dir) -> Iterator[UiRun]:
    """One tiny pipeline run recorded by a real Prefect server and MLflow store, both UIs up."""
    base = tmp_path_factory.mktemp("ui")
    project = make_dvc_project(
        base / "proj", REPO / "data/raw/tickets.jsonl", **tiny_overrides(tiny_model_dir)
    )
    start = time.monotonic()
    with prefect_server(base / "prefect-home") as api_url:
        print(f"\nprefect server up after {time.monotonic() - start:.0f} s")
        run_pipeline(project, base, api_url)
        print(f"ftpipe run done after {time.monotonic() - start:.0f} s")
        port = free_port()
        store = f"sqlite:///{project / 'mlflow.db'}"
        cmd = [str(BIN / "mlflow"), "ui", "--backend-store-uri", store]
        # one worker: the default 4 take ~30 s to start on a busy 2-core machine
        cmd += ["--host", "127.0.0.1", "--port", str(port), "--workers", "1"]
        env = quiet_prefect_env(base / "client") | {"MLFLOW_DISABLE_TELEMETRY": "true"}
        with background(cmd, log=base / "mlflow.log", env=env, cwd=project) as proc:
            mlflow_ui = f"http://127.0.0.1:{port}"
            try:
                wait_http(f"{mlflow_ui}/health", 120, proc)
            except (RuntimeError, TimeoutError) as err:
                log = (base / "mlflow.log").read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{err}\n{log}") from None
            print(f"mlflow ui up after {time.monotonic() - start:.0f} s")
            yield UiRun(
                project=project,
                api_url=api_url,
                prefect_ui=api_url.removesuffix("/api"),
                mlflow_ui=mlflow_ui,
                flow_run_id=pipeline_flow_run_id(api_url),
            )


@pytest.fixture(scope="module")
def browser():
    """Chromium from the system (no Playwright browser download); fails clearly if it can't."""
    from playwright.sync_api import Error, sync_playwright

    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} missing: run `make test-ui` (installs Debian's chromium)")
    with sync_playwright() as p:
        try:
            browser = p.chromium.launch(
                executable_path=str(CHROMIUM), args=["--no-sandbox"], timeout=PAGE_TIMEOUT_MS
            )
        except Error as err:
            pytest.fail(f"Chromium ({CHROMIUM}) did not start: {err}")
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh page whose every wait, click and navigation times out after PAGE_TIMEOUT_MS."""
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    context.set_default_navigation_timeout(PAGE_TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


def screenshot(page, name: str) -> Path:
    """Save the whole page as test-output/ui/<name>.png and return the path."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    return path
