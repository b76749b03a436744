"""Alerts through Prefect automations, end to end: deployments/deploy.py's `setup_alerts` makes
the webhook block and the two automations on a real Prefect server; a pipeline run that fails and
a candidate that is not promoted each reach a webhook served here (POST bodies recorded)."""

from __future__ import annotations

import contextlib
import http.server
import importlib.util
import json
import subprocess
import sys
import threading
import time

import pytest

from tasks.lib import alerts
from tests.helpers import LABELS, REPO, chat, make_project
from tests.servers import prefect_server, quiet_prefect_env

SECRET_PATH = "/hook/s3cr3t-token"


def load_deploy():
    spec = importlib.util.spec_from_file_location("ftpipe_deploy", REPO / "deployments/deploy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def webhook_receiver():
    """A tiny HTTP server that records every POST (path, JSON body)."""
    received: list[tuple[str, dict]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            received.append((self.path, json.loads(body or b"{}")))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):  # quiet
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def alerting(tmp_path_factory):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    home = tmp_path_factory.mktemp("alerts") / "prefect-home"
    with prefect_server(home) as api, webhook_receiver() as (url, received):
        with temporary_settings({PREFECT_API_URL: api}):
            assert len(load_deploy().setup_alerts(url + SECRET_PATH)) == 2
            yield api, home, received, url


def _wait_for(received: list, needle: str, timeout_s: float = 60) -> dict:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for path, body in list(received):
            if needle in body.get("subject", ""):
                assert path == SECRET_PATH
                return body
        time.sleep(0.5)
    raise AssertionError(f"no notification with {needle!r} within {timeout_s} s: {received}")


def test_setup_is_idempotent_and_the_url_stays_secret(alerting):
    import asyncio

    from prefect.client.orchestration import get_client

    api, _, _, url = alerting
    deploy = load_deploy()
    deploy.setup_alerts(url + SECRET_PATH)  # again: replaced, not duplicated

    async def read():
        async with get_client() as client:
            autos = [a for a in await client.read_automations() if a.name.startswith("ftpipe:")]
            doc = await client.read_block_document_by_name(
                deploy.BLOCK,
                "custom-webhook",
                include_secrets=False,  # what the UI and API show
            )
            return autos, doc

    autos, doc = asyncio.run(read())
    assert sorted(a.name for a in autos) == sorted([deploy.FAILED, deploy.NOT_PROMOTED])
    assert doc.data["url"] == "{{ webhook_url }}"
    assert "s3cr3t" not in json.dumps(doc.data, default=str)  # the URL only in the secrets,
    assert doc.data["secrets"]["webhook_url"].strip("*") == ""  # masked


def test_a_candidate_not_promoted_is_notified_with_the_verdict(alerting, tmp_path):
    _, _, received, _ = alerting
    project = make_project(tmp_path / "p", [chat("hi", LABELS[0])])
    result = {
        "model": "ticket-triage",
        "version": "7",
        "promoted": False,
        "verdict": "a classic model wins",
        "reasons": ["accuracy 0.41 vs classic 0.90: NOT enough"],
        "metric": "accuracy",
        "candidate": 0.41,
        "champion_after": "3",
    }
    assert alerts.registered(project, result)
    body = _wait_for(received, "ticket-triage v7 not promoted")
    assert "a classic model wins" in body["body"] and "NOT enough" in body["body"]
    assert f"champion: v3 (project {project.root})" in body["body"]


def test_a_failed_pipeline_run_is_notified(alerting, tmp_path):
    api, home, received, _ = alerting
    code = (
        "from flows.pipeline import pipeline\n"
        f"pipeline(project_dir={str(tmp_path / 'no-such-project')!r})\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=quiet_prefect_env(home, api),
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0 and "no such project folder" in proc.stderr
    body = _wait_for(received, "ftpipe-pipeline run")
    assert "Failed" in body["subject"] and "no such project folder" in body["body"]
