"""generate for extraction and generation tasks, through the real SDKs and tests/llm_server.py:
the prompt says what the answer is (the schema, the format), every answer is checked with the
type's contract (malformed ones retried and counted by reason), validate accepts the result."""

from __future__ import annotations

import csv
import hashlib
import json

import pytest

from tasks.generate import generate
from tasks.lib.errors import DataError, ParamsError
from tasks.lib.io import read_records
from tasks.validate import validate
from tests.helpers import make_project
from tests.llm_server import LLMServer

SYSTEM = "Extract the ticket's category and urgency as JSON."
SCHEMA = {
    "type": "object",
    "properties": {
        "category": {"enum": ["BILLING", "SHIPPING"]},
        "urgency": {"enum": ["low", "high"]},
    },
    "required": ["category", "urgency"],
    "additionalProperties": False,
}
REPLY_SYSTEM = "Reply to the customer politely, starting with 'Hello!'."
PATTERN = r"Hello! .+"


def chat(system: str, user: str, answer: str) -> dict:
    return {
        "messages": [
            {"role": "system", "content": system},
            {"role": "user", "content": user},
            {"role": "assistant", "content": answer},
        ]
    }


def unique(call) -> str:
    return hashlib.sha256(f"{call.last_user_text}{call.index}".encode()).hexdigest()[:16]


def base(**gen) -> dict:
    return {
        "provider": "openai",
        "model": "llm-server-model",
        "n_examples": 8,
        "few_shot": 2,
        "max_retries": 1,
        "timeout_s": 5,
        "review": {"require": False},
        "prices": {"llm-server-model": {"input": 1.0, "output": 4.0}},
    } | gen


def extraction_project(tmp_path, **gen):
    cats, urg = ["BILLING", "SHIPPING"], ["low", "high"]
    seeds = [
        chat(
            SYSTEM, f"seed ticket {i}", json.dumps({"category": cats[i % 2], "urgency": urg[i % 2]})
        )
        for i in range(12)
    ]
    task = {"type": "extraction", "labels": [], "system_prompt": SYSTEM, "schema": SCHEMA}
    return make_project(
        tmp_path,
        seeds,
        task=task,
        generate=base(**gen),
        dedup={"threshold": 100},
        validate={"min_records": 10},
    )


def generation_project(tmp_path, **gen):
    seeds = [chat(REPLY_SYSTEM, f"seed question {i}", f"Hello! Answer {i}.") for i in range(12)]
    task = {
        "type": "generation",
        "labels": [],
        "system_prompt": REPLY_SYSTEM,
        "format": "regex",
        "pattern": PATTERN,
    }
    return make_project(
        tmp_path,
        seeds,
        task=task,
        generate=base(**gen),
        dedup={"threshold": 100},
        validate={"min_records": 10},
    )


def _point(monkeypatch, server: LLMServer) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test")
    monkeypatch.setenv("OPENAI_BASE_URL", server.openai_base_url)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", server.anthropic_base_url)


def test_extraction_examples_meet_the_schema(tmp_path, monkeypatch):
    def respond(call):
        user = f"ticket {unique(call)} about my order"
        if call.index == 0:  # breaks the schema
            return json.dumps({"user": user, "answer": {"category": "REFUND", "urgency": "low"}})
        if call.index == 1:  # an answer string that is not JSON
            return json.dumps({"user": user, "answer": "category: billing"})
        return json.dumps({"user": user, "answer": {"category": "SHIPPING", "urgency": "high"}})

    with LLMServer(respond) as server:
        _point(monkeypatch, server)
        project = extraction_project(tmp_path)
        report = generate.fn(project)
        prompts = [c.last_user_text for c in server.calls]
        assert generate.fn(project)["calls_this_run"] == 0  # replayed from the ledger
    assert report["n_new"] == 8 and report["calls_this_run"] == 10
    assert report["malformed_by_reason"] == {"answer_schema": 1, "answer_json": 1}
    assert "labels" not in report
    schema_text = json.dumps(SCHEMA)
    assert all(schema_text in p and SYSTEM in p for p in prompts)  # the schema is shown
    assert all('"answer": {"category": ' in p for p in prompts)  # seeds shown as objects
    assert not any("{label" in p or "{answer_spec}" in p for p in prompts)
    records = read_records(project.stage_dir("generate") / "records.jsonl")
    answers = [json.loads(r["messages"][-1]["content"]) for r in records]
    assert answers == [{"category": "SHIPPING", "urgency": "high"}] * 8
    assert validate.fn(project)["n_generated"] == 8


def test_generation_examples_meet_the_format_and_are_reviewed(tmp_path, monkeypatch):
    def respond(call):
        user = f"question {unique(call)} about shipping"
        script = {
            0: {"user": user, "answer": "   "},  # empty
            1: {"user": user, "answer": "Hi, it ships today."},  # not the format
            2: {"user": user, "text": "Hello! Soon."},  # no "answer"
        }
        return json.dumps(script.get(call.index, {"user": user, "answer": f"Hello! {user}."}))

    with LLMServer(respond) as server:
        _point(monkeypatch, server)
        project = generation_project(
            tmp_path, provider="anthropic", n_examples=6, review={"fraction": 0.5}
        )
        with pytest.raises(DataError, match="3 of 3 sampled new examples are not marked"):
            generate.fn(project)
        calls = len(server.calls)
        prompts = [c.last_user_text for c in server.calls]
        marks = project.root / "review/generate.csv"
        rows = list(csv.DictReader(marks.open()))
        assert list(rows[0]) == ["id", "answer", "judge", "user", "correct"]
        assert all(r["answer"].startswith("Hello! question") for r in rows)
        with marks.open("w", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows({**r, "correct": "y"} for r in rows)
        report = generate.fn(project)
        assert len(server.calls) == calls == 9  # reviewing paid for nothing more
    assert all(c.api == "anthropic" for c in server.calls)
    assert report["n_new"] == 6 and report["review"]["n_reviewed"] == 3
    assert report["replayed_from_ledger"] == 6 and report["calls_this_run"] == 0
    ledger = (project.root / ".ftpipe/generate-ledger.jsonl").read_text().splitlines()
    reasons = [json.loads(line)["reason"] for line in ledger]
    assert sorted(r for r in reasons if r) == ["answer_format", "empty", "schema"]
    assert all("matching this regular expression in full: Hello! .+" in p for p in prompts)
    assert all('"answer": "Hello! Answer' in p for p in prompts)  # seeds shown as strings
    assert "answers_distinct_2" in report["diversity"]
    assert validate.fn(project)["n_generated"] == 6


def test_generation_without_a_format_takes_any_text(tmp_path, monkeypatch):
    def respond(call):
        return json.dumps({"user": f"q {unique(call)}", "answer": f"Sure, {unique(call)}."})

    with LLMServer(respond) as server:
        _point(monkeypatch, server)
        task = {"type": "generation", "labels": [], "system_prompt": REPLY_SYSTEM}
        seeds = [chat(REPLY_SYSTEM, f"seed {i}", f"answer {i}") for i in range(4)]
        project = make_project(tmp_path, seeds, task=task, generate=base(n_examples=3))
        report = generate.fn(project)
        prompt = server.calls[0].last_user_text
    assert report["n_new"] == 3 and report["calls_this_run"] == 3
    assert "The model's answer is text. " in prompt


def test_params_the_type_cannot_use_are_refused_in_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    judge = {"require": False, "judge_provider": "openai", "judge_model": "llm-server-model"}
    project = extraction_project(tmp_path, review=judge)
    with pytest.raises(ParamsError, match="judge_provider .* classification only; task.type is "):
        generate.fn(project)
    project = generation_project(tmp_path / "g", prompt="Write one with the label {label}.")
    with pytest.raises(ParamsError, match=r"generate.prompt uses \{label\}, which task.type gen"):
        generate.fn(project)
    assert not project.stage_dir("generate").exists()
