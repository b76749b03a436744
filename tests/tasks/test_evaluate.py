"""evaluate: candidate outputs, and the same prompts/decoding as baseline."""

from __future__ import annotations

import pytest

from tasks.baseline import baseline
from tasks.evaluate import evaluate
from tasks.lib import scoring
from tasks.lib.errors import PipelineError
from tasks.lib.io import read_json, read_records, write_jsonl
from tasks.lib.project import (
    ADAPTER,
    COMPARISONS,
    CONFUSION_PNG,
    CONTENDERS,
    FAILURES,
    METRICS,
    PREDICTIONS,
)


def _write_adapter(project, base_dir: str) -> None:
    """A fresh (untrained) LoRA adapter where train would put one: evaluate only needs the files."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = get_peft_model(
        AutoModelForCausalLM.from_pretrained(base_dir),
        LoraConfig(r=4, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"),
    )
    out = project.stage_dir("train") / ADAPTER
    model.save_pretrained(out)
    AutoTokenizer.from_pretrained(base_dir).save_pretrained(out)


def test_evaluate_adds_the_candidate_compares_it_paired_and_lists_failures(
    tiny_project, tiny_model_dir
):
    project = tiny_project(n_test=12, baseline={"few_shot": 2}, evaluate={"latency_requests": 2})
    _write_adapter(project, tiny_model_dir)
    baseline.fn(project)
    summary = evaluate.fn(project)

    out = project.stage_dir("evaluate")
    table = read_json(out / CONTENDERS)
    assert list(table) == ["majority", "classic", "base", "base_few_shot", "candidate"]
    assert table["candidate"]["describe"] == "data/train/adapter"
    assert summary["candidate"] == read_json(out / METRICS)["accuracy"]
    rows = read_records(out / PREDICTIONS)
    gold = [r["label"] for r in rows]
    right = {n: [r["predictions"][n] == g for r, g in zip(rows, gold, strict=True)] for n in table}
    comparisons = read_json(out / COMPARISONS)
    assert set(comparisons) == set(table) - {"candidate"}
    for name, diff in comparisons.items():
        acc = diff["accuracy"]
        # the paired difference and McNemar's discordant counts come from the saved answers
        assert acc["difference"] == pytest.approx(
            table["candidate"]["accuracy"] - table[name]["accuracy"], abs=1e-6
        )
        assert acc["n_a_only"] == sum(
            c and not o for c, o in zip(right["candidate"], right[name], strict=True)
        )
        assert acc["low"] <= acc["difference"] <= acc["high"] and 0 <= acc["p_value"] <= 1
    fails = read_records(out / FAILURES)
    assert [f["id"] for f in fails] == [
        r["id"] for r, ok in zip(rows, right["candidate"], strict=True) if not ok
    ]
    assert all(f["why"] == "miss" and set(f["answers"]) == set(table) for f in fails)
    assert (out / CONFUSION_PNG).read_bytes()[:4] == b"\x89PNG"


def test_evaluate_refuses_answers_for_another_test_split(tiny_project, tiny_model_dir):
    project = tiny_project(baseline={"few_shot": 0})
    _write_adapter(project, tiny_model_dir)
    baseline.fn(project)
    test = read_records(project.split_path("test"))
    write_jsonl(project.split_path("test"), test[1:])
    with pytest.raises(PipelineError, match="answers for another test split"):
        evaluate.fn(project)


def test_evaluate_without_adapter_is_a_clear_error(tiny_project):
    project = tiny_project(baseline={"few_shot": 0})
    baseline.fn(project)
    with pytest.raises(PipelineError, match="run the train stage first"):
        evaluate.fn(project)
    assert not project.stage_dir("evaluate").exists()


def test_baseline_and_evaluate_prompt_and_decode_alike(tiny_project, tiny_model_dir, monkeypatch):
    """Generation (evaluate.scoring: generate): every language model gets the same prompts and
    decoding settings."""
    project = tiny_project(
        baseline={"few_shot": 0},
        evaluate={"batch_size": 3, "max_new_tokens": 5, "scoring": "generate"},
    )
    _write_adapter(project, tiny_model_dir)
    calls = []
    test = read_records(project.split_path("test"))

    def fake_predict(model, tok, prompts, *, batch_size, max_new_tokens):
        if len(prompts) == len(test):  # the whole test set (not a latency probe)
            calls.append((prompts, batch_size, max_new_tokens, type(model).__name__))
        gold = [test[i] for i in range(len(prompts))]
        return [f" {r['messages'][-1]['content'].lower()}." for r in gold]

    monkeypatch.setattr(scoring, "predict", fake_predict)
    baseline.fn(project)
    evaluate.fn(project)

    (p_base, *dec_base, kind_base), (p_eval, *dec_eval, kind_eval) = calls
    assert p_base == p_eval and dec_base == dec_eval == [3, 5]
    assert p_base[0][0] == {"role": "system", "content": project.params.task.system_prompt}
    assert kind_eval == "PeftModelForCausalLM" and kind_base != kind_eval
    # answers that name the gold label (any case, punctuation) score as correct
    assert read_json(project.stage_dir("evaluate") / METRICS)["accuracy"] == 1.0
