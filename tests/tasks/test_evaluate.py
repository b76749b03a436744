"""evaluate: candidate outputs, and the same prompts/decoding as baseline."""

from __future__ import annotations

import pytest

from tasks.baseline import baseline
from tasks.evaluate import evaluate
from tasks.lib import scoring
from tasks.lib.errors import PipelineError
from tasks.lib.io import read_json, read_records
from tasks.lib.project import ADAPTER, CONFUSION_PNG, METRICS, PREDICTIONS


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


def test_evaluate_writes_metrics_predictions_and_plot(tiny_project, tiny_model_dir):
    project = tiny_project()
    _write_adapter(project, tiny_model_dir)
    summary = evaluate.fn(project)

    out = project.stage_dir("evaluate")
    metrics = read_json(out / METRICS)
    assert {"accuracy", "macro_f1", "invalid_rate", "per_class", "confusion_matrix"} <= set(metrics)
    assert summary["accuracy"] == metrics["accuracy"]
    assert len(read_records(out / PREDICTIONS)) == 6
    assert (out / CONFUSION_PNG).read_bytes()[:4] == b"\x89PNG"


def test_evaluate_without_adapter_is_a_clear_error(tiny_project):
    project = tiny_project()
    with pytest.raises(PipelineError, match="run the train stage first"):
        evaluate.fn(project)
    assert not project.stage_dir("evaluate").exists()


def test_baseline_and_evaluate_prompt_and_decode_alike(tiny_project, tiny_model_dir, monkeypatch):
    project = tiny_project(evaluate={"batch_size": 3, "max_new_tokens": 5})
    _write_adapter(project, tiny_model_dir)
    calls = []

    def fake_predict(model, tok, prompts, *, batch_size, max_new_tokens):
        calls.append((prompts, batch_size, max_new_tokens, type(model).__name__))
        gold = [read_records(project.split_path("test"))[i] for i in range(len(prompts))]
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
