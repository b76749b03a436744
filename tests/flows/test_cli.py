"""The command line: fast help, and one-line errors (exit != 0, nothing written) for bad input."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from flows import cli
from tasks.lib import tracking
from tasks.lib.errors import PipelineError
from tasks.lib.project import Project
from tests.flows.conftest import BIN
from tests.helpers import REPO, chat, empty_versions, make_project, write_lines


def test_help_is_fast_and_imports_nothing_heavy():
    code = (
        "import sys, flows.cli as c\n"
        "try:\n    c.build_parser().parse_args(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = {'torch', 'transformers', 'prefect', 'mlflow', 'dvc', 'pydantic'}\n"
        "heavy &= set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    out = subprocess.run([BIN / "ftpipe", "--help"], capture_output=True, text=True, check=True)
    for command in ("check", "run", "stage", "status", "promote", "rollback", "history"):
        assert command in out.stdout


def _good(n: int = 30) -> list[dict]:
    labels = ["SHIPPING", "BILLING", "ACCOUNT", "TECHNICAL", "RETURNS", "OTHER"]
    return [
        chat(f"ticket number {i} about {labels[i % 6].lower()}", labels[i % 6]) for i in range(n)
    ]


BAD_LINES = {
    "json": '{"messages": [{"role": "user", "content": "hi"}',
    "missing_assistant": json.dumps({"messages": [{"role": "user", "content": "where is it"}]}),
    "role": json.dumps(
        {
            "messages": [
                {"role": "customer", "content": "x"},
                {"role": "assistant", "content": "OTHER"},
            ]
        }
    ),
    "label": json.dumps(
        {"messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": "REFUND"}]}
    ),
}


@pytest.mark.parametrize("rule", sorted(BAD_LINES))
def test_bad_record_is_one_line_error_naming_file_line_rule(tmp_path, rule):
    records = _good()
    records.insert(7, BAD_LINES[rule])  # line 8
    project = make_project(tmp_path, records)
    proc = subprocess.run(
        [BIN / "ftpipe", "stage", "validate"], cwd=tmp_path, capture_output=True, text=True
    )
    assert proc.returncode == 2
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "tickets.jsonl:8" in err[0] and f"[{rule}]" in err[0], err[0]
    assert not project.stage_dir("validate").exists()


def test_unknown_params_key_fails_before_anything_runs(tmp_path, capsys):
    make_project(tmp_path, _good())
    raw = yaml.safe_load((tmp_path / "params.yaml").read_text())
    raw["train"]["epoch"] = 3
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(raw))
    assert cli.main(["run", "--project", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert "unknown key 'train.epoch'" in err and "epochs" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "data" / "validate").exists()


def test_bad_record_through_the_prefect_flow(tmp_path, prefect_api, capsys):
    """Under `ftpipe run` the failing stage is a Prefect task: still one error line, exit 2."""
    records = _good()
    records.insert(2, BAD_LINES["label"])
    make_project(tmp_path, records)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([BIN / "dvc", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / "dvc.yaml").write_text((REPO / "dvc.yaml").read_text())
    # the stages' code is a DVC dependency: generate (first, nothing to do) must record cleanly
    shutil.copytree(
        REPO / "tasks", tmp_path / "tasks", ignore=shutil.ignore_patterns("__pycache__")
    )
    assert cli.main(["run", "--project", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    last = captured.err.strip().splitlines()[-1]
    assert last.startswith("ftpipe: error:") and "tickets.jsonl:3" in last and "[label]" in last
    assert not (tmp_path / "data" / "validate").exists()


# ---------------------------------------------------------------------------------------------
# Every command answers a user error with ONE line `ftpipe: error: ...` and exit 2.
# ---------------------------------------------------------------------------------------------


def _params_dir(root: Path) -> None:
    (root / "params.yaml").unlink()
    (root / "params.yaml").mkdir()


def _register_two_versions(root: Path) -> None:
    """A real MLflow SQLite registry in the project: versions 1 and 2, champion -> v1."""
    client, model = empty_versions(Project.load(root), 2)
    tracking.move_alias(client, model, "champion", "1", actor="register", reason="first")


def _empty_store(root: Path) -> None:
    tracking.client(Project.load(root))  # creates mlflow.db and the experiment, registers nothing


def _split_written(root: Path) -> None:
    for name in ("train", "val", "test"):
        write_lines(root / "data" / "split" / f"{name}.jsonl", _good(6))


SETUPS = {
    "none": lambda root: None,
    "params_dir": _params_dir,
    "bad_yaml": lambda root: (root / "params.yaml").write_text("task: [unclosed\n"),
    "not_utf8": lambda root: (root / "params.yaml").write_bytes(b"task:\n  name: caf\xe9\n"),
    "registered": _register_two_versions,
    "empty_store": _empty_store,
    "split_written": _split_written,
    "broken_store": lambda root: (root / "mlflow.db").write_text("not a database\n"),
}
NO_MODEL = "no registered model 'ticket-triage' yet"
# (id, argv ({root} = the project), setup, run as a subprocess?, what the line must name)
USER_ERRORS = [
    ("no-command", [], "none", True, "required: COMMAND (see ftpipe --help)"),
    ("unknown-command", ["deploy"], "none", True, "invalid choice: 'deploy'"),
    ("unknown-stage", ["stage", "bogus"], "none", True, "invalid choice: 'bogus'"),
    ("promote-no-reason", ["promote", "1"], "none", True, "required: --reason"),
    ("rollback-no-reason", ["rollback"], "none", True, "(see ftpipe rollback --help)"),
    ("status-bad-limit", ["status", "--limit", "0"], "none", True, "--limit"),
    ("unknown-option", ["check", "--forse"], "none", True, "unrecognized arguments: --forse"),
    ("promote-no-such-version", ["promote", "7", "--reason", "x"], "registered", False,
     "ticket-triage has no version '7' (versions: 1, 2)"),
    ("rollback-nothing-to-roll-back", ["rollback", "--reason", "x"], "registered", False,
     "champion v1 has no previous champion"),
    ("status-nothing-registered", ["status"], "none", True, NO_MODEL),
    ("history-nothing-registered", ["history"], "none", False, NO_MODEL),
    ("promote-nothing-registered", ["promote", "1", "--reason", "x"], "none", False, NO_MODEL),
    ("rollback-nothing-registered", ["rollback", "--reason", "x"], "none", False, NO_MODEL),
    ("status-empty-store", ["status"], "empty_store", False, NO_MODEL),
    ("history-empty-store", ["history"], "empty_store", False, NO_MODEL),
    ("check-no-project", ["check", "--project", "/nonexistent"], "none", True,
     "/nonexistent: no such project folder"),
    ("run-no-project", ["run", "--project", "/nonexistent"], "none", True,
     "/nonexistent: no such project folder"),
    ("status-no-project", ["status", "--project", "/nonexistent"], "none", False,
     "/nonexistent: no such project folder"),
    ("stage-no-project", ["stage", "validate", "--project", "/nonexistent"], "none", False,
     "/nonexistent: no such project folder"),
    ("params-is-a-folder", ["check"], "params_dir", True, "cannot read the params file"),
    ("params-bad-yaml", ["run"], "bad_yaml", True, "not valid YAML at line"),
    ("params-not-utf8", ["status"], "not_utf8", False, "not UTF-8 text"),
    ("split-before-dedup", ["stage", "split"], "none", True, "dedup/records.jsonl"),
    ("evaluate-before-train", ["stage", "evaluate"], "split_written", False,
     "run the train stage first"),
    ("status-broken-store", ["status"], "broken_store", True,
     "cannot open the MLflow store (file is not a database)"),
    ("shadow-no-requests-option", ["shadow"], "none", True, "required: --requests"),
    ("shadow-missing-requests", ["shadow", "--requests", "missing.jsonl"], "none", True,
     "missing.jsonl: [file] file not found"),
    ("shadow-nothing-registered", ["shadow", "--requests", "data/raw/tickets.jsonl"], "none",
     False, "no registered model 'ticket-triage' yet"),
    ("shadow-no-challenger", ["shadow", "--requests", "data/raw/tickets.jsonl"], "registered",
     False, "no challenger yet: run the pipeline first"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "setup", "subprocess_", "names"),
    [row[1:] for row in USER_ERRORS],
    ids=[row[0] for row in USER_ERRORS],
)
def test_user_error_is_one_line_exit_2(tmp_path, capsys, argv, setup, subprocess_, names):
    root = tmp_path / "proj"
    make_project(root, _good())
    SETUPS[setup](root)
    if subprocess_:
        proc = subprocess.run(
            [BIN / "ftpipe", *argv], cwd=root, capture_output=True, text=True, env=_no_keys()
        )
        code, stderr = proc.returncode, proc.stderr
    else:
        capsys.readouterr()  # drop what the setup printed (MLflow creating its tables)
        with contextlib.chdir(root):
            code = cli.main(argv)
        stderr = capsys.readouterr().err
    lines = stderr.strip().splitlines()
    assert code == 2, stderr
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    assert lines[0].startswith("ftpipe: error:") and names in lines[0], lines[0]


# ---------------------------------------------------------------------------------------------
# ftpipe check, and the same checks in front of ftpipe run and the pipeline flow
# ---------------------------------------------------------------------------------------------


def _no_keys() -> dict:
    return {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY")}


KEY_LINE = "ftpipe: error: train.backend is 'openai' but OPENAI_API_KEY is not set: export it"


def _dvc_project(root, **overrides):
    """A project as `make setup` leaves it: params, input data, a DVC repository."""
    make_project(root, _good(), **overrides)
    subprocess.run([BIN / "dvc", "init", "--no-scm", "-q"], cwd=root, check=True)


def test_check_openai_without_key_is_one_line(tmp_path):
    root = tmp_path / "proj"
    _dvc_project(root, train={"backend": "openai"})
    t0 = time.perf_counter()
    proc = subprocess.run(
        [BIN / "ftpipe", "check", "--project", str(root)],
        capture_output=True,
        text=True,
        env=_no_keys(),
    )
    print(f"ftpipe check took {time.perf_counter() - t0:.2f} s")  # budget 5 s: not an assert
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [KEY_LINE]
    ok = subprocess.run(
        [BIN / "ftpipe", "check", "--project", str(root)],
        capture_output=True,
        text=True,
        env=_no_keys() | {"OPENAI_API_KEY": "sk-test-not-a-real-key"},
    )
    assert ok.returncode == 0 and ok.stderr == "" and ok.stdout.startswith("ok: ")
    assert "sk-test" not in ok.stdout


def test_run_stops_before_any_stage_on_a_check_problem(tmp_path):
    root = tmp_path / "proj"
    _dvc_project(root, train={"backend": "openai"})
    proc = subprocess.run(
        [BIN / "ftpipe", "run", "--project", str(root)],
        capture_output=True,
        text=True,
        env=_no_keys(),
    )
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [KEY_LINE]
    assert not (root / "data" / "validate").exists()


def test_pipeline_flow_runs_the_checks_first(tmp_path, prefect_api, monkeypatch):
    """The flow's first task is `check`: with a problem, no stage (nor DVC) is reached."""
    from flows.pipeline import pipeline

    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    root = tmp_path / "proj"
    make_project(root, _good(), train={"backend": "openai"})  # no DVC repo: stages would fail
    with pytest.raises(PipelineError, match="OPENAI_API_KEY is not set"):
        pipeline(project_dir=str(root))
    assert not (root / "data" / "validate").exists()


def test_shadow_bad_request_line_is_one_line_naming_file_line_never_content(tmp_path, capsys):
    root = tmp_path / "proj"
    make_project(root, _good())
    requests = [{"text": "fine"}, "", {"text": "also fine"}, {"messages": "zebra-secret-42"}]
    write_lines(root / "logged.jsonl", requests)
    with contextlib.chdir(root):
        code = cli.main(["shadow", "--requests", "logged.jsonl"])
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("ftpipe: error: logged.jsonl:4: [shadow] "), lines[0]
    assert "zebra" not in err
    assert not (root / "shadow").exists() and not (root / "mlflow.db").exists()
