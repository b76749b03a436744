"""`ftpipe serve` and `ftpipe predict` on a real MLflow SQLite registry: two registered versions of
the tiny model (random adapters, logged as the register stage logs them), `ftpipe serve` as a real
subprocess running MLflow's scoring server, real HTTP requests, a rollback and a restart that
visibly serves the previous champion; a JSONL file scored in-process; the one-line errors."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import time
import urllib.request

import pytest

from flows import cli
from tasks.lib import tracking
from tasks.lib.serve import VERSION_HEADER, default_out
from tests.helpers import make_project, write_lines
from tests.servers import BIN, background, free_port, wait_http
from tests.tasks.lib.test_shadow import TINY_LABELS, _register, _served, _texts


@pytest.fixture(scope="module")
def project(tmp_path_factory, tiny_model_dir):
    """v1 then v2 promoted to champion (so a rollback goes back to v1); v2 is the challenger."""
    root = tmp_path_factory.mktemp("serve") / "proj"
    project = make_project(root, task={"base_model": tiny_model_dir, "labels": TINY_LABELS})
    v1, v2 = _register(project, 5), _register(project, 6)
    client, name = tracking.client(project), project.params.task.name
    tracking.move_alias(client, name, tracking.CHAMPION, v1, actor="register", reason="first")
    tracking.move_alias(client, name, tracking.CHAMPION, v2, actor="register", reason="better")
    tracking.move_alias(client, name, tracking.CHALLENGER, v2, actor="register", reason="new")
    return project


def _post(url: str, body: dict) -> tuple[dict, dict]:
    req = urllib.request.Request(
        f"{url}/invocations",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.loads(resp.read()), dict(resp.headers)


@contextlib.contextmanager
def _serving(project, log):
    """`ftpipe serve` on a free port, until /ping answers; yields (url, process)."""
    port = free_port()
    cmd = [str(BIN / "ftpipe"), "serve", "--project", str(project.root), "--port", str(port)]
    with background(cmd, log=log) as proc:
        url = f"http://127.0.0.1:{port}"
        try:
            wait_http(f"{url}/ping", 120, proc)
            deadline = time.monotonic() + 30  # ftpipe's own /ping poll says "ready" too
            while "ready:" not in log.read_text() and time.monotonic() < deadline:
                time.sleep(0.2)
        except (RuntimeError, TimeoutError) as err:
            raise AssertionError(f"{err}\n{log.read_text(errors='replace')[-3000:]}") from None
        yield url, proc


def _stop_with_ctrl_c(proc, log, port: int) -> str:
    """SIGINT (what Ctrl-C sends): ftpipe stops the server and exits 0; the port is free."""
    os.kill(proc.pid, signal.SIGINT)
    # ftpipe gives the server STOP_WAIT_S (15 s) before SIGKILL, then exits itself
    assert proc.wait(timeout=60) == 0, log.read_text()
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0, "the model server outlived ftpipe serve"
    return log.read_text()


def test_serve_champion_over_http_rollback_and_restart(project, capsys):
    name, texts = project.params.task.name, _texts(6)
    log = project.root / "serve-1.log"
    with _serving(project, log) as (url, proc):
        body, headers = _post(url, {"inputs": texts})
        # both request formats of MLflow's scoring server; the same answers for the same texts
        split = {"dataframe_split": {"columns": ["text"], "data": [[t] for t in texts]}}
        body2, _ = _post(url, split)
        stopped = _stop_with_ctrl_c(proc, log, int(url.rsplit(":", 1)[1]))
    answers = body["predictions"]
    assert len(answers) == len(texts) and all(a in TINY_LABELS or a is None for a in answers)
    assert body2["predictions"] == answers
    assert answers == _served(project, "2", texts)  # what v2's pyfunc answers in-process
    assert headers[VERSION_HEADER] == "2"
    assert f"serving {name} v2 (champion) at {url}" in stopped
    assert "ready:" in stopped and f"stopped serving {name} v2" in stopped
    assert "Traceback" not in stopped

    assert cli.main(["rollback", "--project", str(project.root), "--reason", "v2 misroutes"]) == 0
    capsys.readouterr()
    log = project.root / "serve-2.log"
    with _serving(project, log) as (url, proc):
        body, headers = _post(url, {"inputs": texts[:2]})
        assert headers[VERSION_HEADER] == "1"
        assert f"serving {name} v1 (champion)" in log.read_text()
    assert body["predictions"] == _served(project, "1", texts[:2])


def _requests(path, texts):
    """ids on some lines, plain text and chat (a system turn, a logged answer, two user turns)."""
    rows = [
        {"id": "r-0", "text": texts[0]},
        {"messages": [{"role": "system", "content": "x"}, {"role": "user", "content": texts[1]}]},
        "",
        {
            "id": 7,
            "messages": [
                {"role": "user", "content": texts[2]},
                {"role": "assistant", "content": "good"},
                {"role": "user", "content": texts[3]},
                {"role": "assistant", "content": "logged answer, ignored"},
            ],
        },
    ]
    return write_lines(path, rows)


def test_predict_scores_a_jsonl_file_with_the_champion(project, capsys, caplog, monkeypatch):
    texts = _texts(4)
    path = _requests(project.root / "requests.jsonl", texts)
    champion = tracking.current_alias(
        tracking.client(project), project.params.task.name, tracking.CHAMPION
    )
    assert cli.main(["predict", str(path), "--project", str(project.root)]) == 0
    printed = capsys.readouterr().out
    out = default_out(path)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r.get("id") for r in rows] == ["r-0", None, 7]
    assert [r["line"] for r in rows] == [1, 2, 4]
    assert {r["version"] for r in rows} == {champion}
    assert f"scored 3 requests with {project.params.task.name} v{champion} (champion" in printed
    # single-turn requests answer as the pyfunc answers their text; all are valid answers
    assert [r["prediction"] for r in rows[:2]] == _served(project, champion, texts[:2])
    assert all(r["prediction"] in TINY_LABELS or r["prediction"] is None for r in rows)

    # --alias and --out: the challenger (v2), written where asked; progress between batches
    monkeypatch.setattr("tasks.lib.serve.BATCH", 2)
    other = project.root / "out" / "v2.jsonl"
    args = ["predict", str(path), "--project", str(project.root), "--alias", "challenger"]
    assert cli.main([*args, "--out", str(other)]) == 0
    assert {json.loads(x)["version"] for x in other.read_text().splitlines()} == {"2"}
    assert "predict: 2/3 requests" in caplog.text and "predict: 3/3 requests" in caplog.text


def _one_line_error(capsys, argv: list[str]) -> str:
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("ftpipe: error: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


def test_errors_are_one_line(project, tmp_path, capsys, tiny_model_dir):
    bare = make_project(tmp_path / "bare", task={"base_model": tiny_model_dir})
    good = write_lines(tmp_path / "ok.jsonl", [{"text": "hello"}])
    for argv in (["serve", "--port", str(free_port())], ["predict", str(good)]):
        err = _one_line_error(capsys, [*argv, "--project", str(bare.root)])
        assert "no registered model" in err
    root = str(project.root)
    assert "no nosuch yet" in _one_line_error(
        capsys, ["predict", str(good), "--project", root, "--alias", "nosuch"]
    )

    # a bad line names file and line; nothing is written
    bad = write_lines(tmp_path / "bad.jsonl", [{"text": "fine"}, {"text": ""}, "{not json"])
    err = _one_line_error(capsys, ["predict", str(bad), "--project", root])
    assert f"{bad}:2: [predict]" in err and not default_out(bad).exists()

    # a port already taken: said before any model loads
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        started = time.monotonic()
        err = _one_line_error(capsys, ["serve", "--project", root, "--port", str(port)])
    assert f"cannot serve on 127.0.0.1:{port}" in err and time.monotonic() - started < 10
