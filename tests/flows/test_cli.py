"""The command line: fast help, and one-line errors (exit != 0, nothing written) for bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
import yaml

from flows import cli
from tests.flows.conftest import BIN
from tests.helpers import REPO, chat, make_project


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
    for command in ("run", "stage", "status", "promote", "rollback", "history"):
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
