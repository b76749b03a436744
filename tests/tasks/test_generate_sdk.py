"""generate through the real OpenAI and Anthropic SDKs, talking HTTP to tests/llm_server.py.

Faults (429 with retry-after, 500, connection resets, bodies that are not JSON, malformed and
off-schema answers) are injected by the server; the tests count the calls the server saw. The last
test kills `ftpipe stage generate` (SIGKILL) mid-run and checks the rerun repeats no completed
call, writes no duplicate and loses no example.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tasks.generate import generate
from tasks.lib.errors import DataError
from tasks.lib.io import read_json, read_records
from tests.helpers import LABELS, chat, make_project
from tests.llm_server import FaultPlan, LLMServer

SYSTEM = "Classify the ticket."


def answer(call) -> str:
    """A valid new example of the label the prompt asks for, different for every call (as a
    sampled model's would be, even for two identical prompts)."""
    prompt = call.last_user_text
    label = prompt.split("must have the label ")[1].split(".")[0]
    words = abs(hash((prompt, call.index))) % 10**12
    return json.dumps({"user": f"{label.lower()} case {words} needs help", "label": label})


def project_for(tmp_path: Path, **gen):
    seeds = [
        chat(f"seed {lab.lower()} {i} text", lab, system=SYSTEM) for lab in LABELS for i in range(3)
    ]
    base = {
        "provider": "openai",
        "model": "llm-server-model",
        "n_examples": 12,
        "few_shot": 2,
        "max_retries": 2,
        "timeout_s": 2,
        "review": {"require": False},
        "prices": {
            "llm-server-model": {"input": 1.0, "output": 4.0},
            "j": {"input": 2.0, "output": 8.0},  # the judge model
        },
    }
    return make_project(
        tmp_path,
        seeds,
        task={"system_prompt": SYSTEM},
        generate=base | gen,
        dedup={"threshold": 100},
    )


def _point(monkeypatch, server: LLMServer) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-KEY-never-logged")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-KEY-never-logged")
    monkeypatch.setenv("OPENAI_BASE_URL", server.openai_base_url)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", server.anthropic_base_url)


@pytest.mark.parametrize("api", ["openai", "anthropic"])
def test_sdk_faults_are_retried_and_counted(tmp_path, monkeypatch, caplog, api):
    # call 0: 429 (SDK waits retry-after, retries); 2: 500 (SDK retries); 4: reset (SDK retries);
    # 6: malformed prose; 7: a body that is not JSON (both: our retry, counted)
    plan = FaultPlan.sequence(
        ["429", None, "500", None, "reset", None, "malformed", "bad_json"], retry_after="0.1"
    )
    with LLMServer(answer, faults=plan) as server:
        _point(monkeypatch, server)
        project = project_for(tmp_path, provider=api)
        report = generate.fn(project)
    assert report["n_new"] == 12
    assert report["malformed_by_reason"] == {"no_json": 1}
    assert report["errors_by_kind"] == {"bad_response": 1}
    # 12 examples + 3 SDK retries (429, 500, reset) + 2 of ours (malformed, bad json)
    assert len(server.calls) == 17 and report["calls_this_run"] == 14
    assert [c.api for c in server.calls] == [api] * 17
    if api == "anthropic":
        assert all(c.body.get("system") is None for c in server.calls)  # no system turn sent
    assert report["cost_usd_this_run"] > 0  # priced from the usage the server reported
    ledger = (project.root / ".ftpipe/generate-ledger.jsonl").read_text()
    assert "KEY-never-logged" not in ledger + caplog.text + json.dumps(report)


def test_rate_limit_is_respected(tmp_path, monkeypatch):
    """Lower bounds only, so a slow machine cannot fail it: the limiter schedules the k-th start
    at least k * 60/rpm after the run began, and the server reads a request only after that."""
    with LLMServer(answer) as server:
        _point(monkeypatch, server)
        project = project_for(tmp_path, n_examples=12, requests_per_minute=600, concurrency=8)
        t0 = time.monotonic()  # the server's clock too: it runs in this process
        generate.fn(project)
    starts = sorted(c.t_start for c in server.calls)
    assert len(starts) == 12  # one call per example: nothing went around the limiter
    gap = 60 / 600
    early = [round(t0 + k * gap - s, 4) for k, s in enumerate(starts) if s < t0 + k * gap - 1e-3]
    assert early == [], early  # without the limiter, 8 calls start at once (concurrency 8)


def test_kill_mid_run_then_resume(tmp_path):
    """SIGKILL the stage process mid-run; the rerun repeats no completed call and loses nothing."""
    n = 40
    with LLMServer(answer, latency_s=0.05) as server:
        project = project_for(tmp_path, n_examples=n, concurrency=4)
        env = os.environ | {
            "OPENAI_API_KEY": "sk-test",
            "OPENAI_BASE_URL": server.openai_base_url,
            "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        }
        ftpipe = str(Path(sys.executable).parent / "ftpipe")
        cmd = [ftpipe, "stage", "generate", "--project", str(project.root)]
        ledger = project.root / ".ftpipe/generate-ledger.jsonl"
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if ledger.exists() and ledger.read_bytes().count(b"\n") >= n // 2:
                break
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        assert not project.stage_dir("generate").exists()  # nothing half-written
        done_before = {json.loads(line)["request_id"] for line in ledger.read_text().splitlines()}
        assert n // 2 <= len(done_before) < n
        prompts_before = Counter(c.last_user_text for c in server.calls if c.status == 200)
        first_run_calls = len(server.calls)

        rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
        assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    report = read_json(project.stage_dir("generate") / "report.json")
    second = server.calls[first_run_calls:]
    entries = [json.loads(line) for line in ledger.read_text().splitlines()]
    by_prompt = {}
    from tasks.generate import plan_requests

    reqs = plan_requests(
        [
            chat(f"seed {lab.lower()} {i} text", lab, system=SYSTEM)
            for lab in LABELS
            for i in range(3)
        ],
        n=n,
        labels=LABELS,
        system_prompt=SYSTEM,
        params=project.params.generate,
    )
    for r in reqs:
        by_prompt[r.messages[0]["content"]] = r.request_id
    repeated = [c for c in second if by_prompt[c.last_user_text] in done_before]
    assert repeated == []  # zero repeated completed calls
    assert report["replayed_from_ledger"] == len(done_before)
    assert report["calls_this_run"] == n - len(done_before) == len(second)
    assert len({e["request_id"] for e in entries}) == len(entries) == n  # no duplicate line
    records = read_records(project.stage_dir("generate") / "records.jsonl")
    assert len(records) == n == len({json.dumps(r) for r in records})  # none lost, none twice
    assert sum(prompts_before.values()) <= first_run_calls


def test_judge_flags_disagreements_first_in_the_review(tmp_path, monkeypatch):
    """A judge model labels every new example; the ones it disagrees with lead the review file."""

    def respond(call):
        prompt = call.last_user_text
        if prompt.startswith("A model gets these instructions"):
            message = prompt.rsplit("Message: ", 1)[1]
            # the judge disagrees on billing examples, answers in prose around the label
            return "I think OTHER." if message.startswith("billing") else message.split()[0].upper()
        return answer(call)

    with LLMServer(respond) as server:
        _point(monkeypatch, server)
        project = project_for(
            tmp_path,
            n_examples=12,
            review={
                "require": True,
                "fraction": 0.2,
                "judge_provider": "openai",
                "judge_model": "j",
            },
        )
        with pytest.raises(DataError, match="not marked yet"):
            generate.fn(project)
        calls = len(server.calls)
        assert calls == 12 + 12  # 12 examples + 12 judge calls
        rows = list(csv.DictReader((project.root / "review/generate.csv").open()))
        assert [r["judge"] for r in rows[:2]] == ["OTHER", "OTHER"]  # the 2 billing ones first
        assert {r["label"] for r in rows[:2]} == {"BILLING"}
        assert len(rows) == 2 + 2  # + 20% of the 10 others
        with (project.root / "review/generate.csv").open("w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows({**r, "correct": "y"} for r in rows)
        report = generate.fn(project)
        assert len(server.calls) == calls  # judge answers replayed from the ledger too
    assert report["judge"]["n_checked"] == 12 and report["judge"]["n_disagree"] == 2
    assert report["review"]["n_reviewed"] == 4
