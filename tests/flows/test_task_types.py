"""Every stage on the extraction and generation examples, end to end on a tiny random model: the
type's metrics in the contenders table, the judge through the real OpenAI SDK against the local
wire-format server, a human review, and the report that shows them all.

The stages are the real ones, in DAG order, with a real MLflow SQLite store; Prefect and DVC
around them are covered for classification by test_pipeline.py (same functions).
"""

from __future__ import annotations

import copy
import csv
import json

import pytest
import yaml

from flows import dag
from tasks.lib.io import read_json, read_records
from tasks.lib.params import TYPE_METRICS, parse_params
from tasks.lib.project import COMPARISONS, CONTENDERS, EVALUATION_HTML, JUDGE, RESULT, Project
from tasks.lib.review import export_review, import_review
from tasks.lib.stages import STAGES
from tests.helpers import REPO
from tests.llm_server import LLMServer


def _project(tmp_path, name: str, model_dir: str, judge: dict) -> Project:
    raw = yaml.safe_load((REPO / "examples" / name / "params.yaml").read_text())
    raw = copy.deepcopy(raw)
    raw["task"]["base_model"] = model_dir
    raw["data"] = {"input": "input.jsonl", "root": "data"}
    if "schema" in raw["task"]:
        raw["task"]["schema"] = "schema.json"
        (tmp_path / "schema.json").write_bytes(
            (REPO / "examples" / name / "schema.json").read_bytes()
        )
    raw["train"] = {**raw["train"], "epochs": 1, "logging_steps": 5}
    raw["evaluate"] = {
        "max_new_tokens": 12,
        "latency_requests": 2,
        "batch_size": 32,
        "judge": judge,
    }
    raw["baseline"] = {"few_shot": 1}
    inputs = {"extraction": "tickets.jsonl", "generation": "replies.jsonl"}
    records = read_records(REPO / "examples" / name / inputs[name])[:160]
    (tmp_path / "input.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(raw, sort_keys=False))
    return Project(root=tmp_path, params=parse_params(raw))


def _judge_answers(call) -> str:
    """A judge that prefers the answer that starts like the reference (both bad: a tie)."""
    text = call.last_user_text
    ref = text.split("[The Start of the Reference Answer]\n", 1)[-1][:8]

    def answer(which: str) -> str:
        start = f"[The Start of Assistant {which}'s Answer]\n"
        return text.split(start, 1)[1].split(f"\n[The End of Assistant {which}'s", 1)[0]

    a, b = answer("A").startswith(ref), answer("B").startswith(ref)
    return "[[C]]" if a == b else "[[A]]" if a else "[[B]]"


@pytest.mark.parametrize("name", ["extraction", "generation"])
def test_every_stage_handles_the_type(tmp_path, tiny_model_dir, monkeypatch, name):
    # majority (extraction) and the tiny base model with one shot answer unlike the candidate
    against = ["majority" if name == "extraction" else "base_few_shot"]
    judge = {"provider": "openai", "model": "judge-model", "against": against, "max_examples": 6}
    judge |= {"prices": {"judge-model": {"input": 1.0, "output": 1.0}}, "timeout_s": 5}
    with LLMServer(_judge_answers) as server:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-never-logged")
        monkeypatch.setenv("OPENAI_BASE_URL", server.openai_base_url)
        project = _project(tmp_path, name, tiny_model_dir, judge)
        for stage in STAGES:
            dag.stage_function(stage).fn(project)
        calls = len(server.calls)
        dag.stage_function("evaluate").fn(project)  # a rerun pays for no judge call again
        assert len(server.calls) == calls
    judged = read_json(project.stage_dir("evaluate") / JUDGE)[against[0]]
    assert judged["n"] == 6 and len(judged["verdicts"]) == len(judged["ids"]) == 6
    # both orders for every example whose answers differ (identical answers: a tie, no call;
    # the tiny random model may answer alike with and without the shot)
    assert calls == 2 * (6 - judged["identical_answers"])
    assert calls > 0 or name == "generation"

    metrics = TYPE_METRICS[name]
    table = read_json(project.stage_dir("evaluate") / CONTENDERS)
    expected = ["classic", "base", "base_few_shot", "candidate"]
    assert list(table) == (["majority", *expected] if name == "extraction" else expected)
    assert table["classic"]["describe"] == "TF-IDF nearest answer (train + val)"
    for row in table.values():
        assert {m for m in metrics if row.get(m) is not None} <= set(row["intervals"])
        assert 0 <= row["invalid_rate"] <= 1
    if name == "extraction":
        assert set(table["candidate"]["per_field"]) == {"category", "urgency", "action", "order_id"}
    comparisons = read_json(project.stage_dir("evaluate") / COMPARISONS)
    main = project.params.register.metric
    assert main == metrics[0] if name == "generation" else main == "exact_match"
    assert {"difference", "low", "high"} <= set(comparisons["base"][main])

    # people rate the same pair; the report shows their preference and the judge's agreement
    review = export_review(project, "candidate", against[0], n=6, seed=0)
    rows = list(csv.DictReader(review.open(encoding="utf-8")))
    with review.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({**r, "preference": "tie"} for r in rows)
    import_review(review)
    result = dag.stage_function("register").fn(project)
    assert result["metric"] == main and result["version"]
    assert read_json(project.stage_dir("register") / RESULT)["version"] == result["version"]
    page = (project.stage_dir("register") / EVALUATION_HTML).read_text(encoding="utf-8")
    assert "LLM judge" in page and "Human review" in page and "Cohen" in page
    assert ("Per field" in page) == (name == "extraction")
    assert "Confusion matrices" not in page
