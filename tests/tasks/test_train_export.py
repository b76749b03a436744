"""train.backend: full (all weights) and train.export (merge + smoke test) on the tiny random
model: a crafted overfitting run that early stopping cuts short, keeping the best checkpoint;
the exported model served through evaluate and the registry; a broken export stopping the stage."""

from __future__ import annotations

import pytest

from tasks.baseline import baseline
from tasks.evaluate import evaluate
from tasks.lib.errors import PipelineError
from tasks.lib.io import read_json, read_records, write_jsonl
from tasks.lib.models import load_model
from tasks.lib.project import ADAPTER, CONTENDERS, MODEL_DIR, RUN_INFO, trained_weights
from tasks.lib.prompts import record_prompt
from tasks.lib.records import record_id, user_text
from tasks.register import register
from tasks.train import train
from tests.helpers import LABELS, chat, project_trainer


def _contradicting_splits(project, n: int = 8) -> None:
    """Train says every ticket is SHIPPING, val says the same tickets are BILLING: once the
    model has learnt the answer format (both losses fall), learning train's answer can only
    raise val loss — an overfitting run by construction."""

    def recs(label):
        out = [chat(f"ticket {i}: parcel invoice login crash {i * 7}", label) for i in range(n)]
        return [{"id": record_id(r["messages"]), **r} for r in out]

    write_jsonl(project.split_path("train"), recs(LABELS[0]))
    write_jsonl(project.split_path("val"), recs(LABELS[1]))
    write_jsonl(project.split_path("test"), recs(LABELS[0])[:4])


def test_full_backend_overfitting_run_stops_early_keeps_the_best_and_serves_the_export(
    tiny_project,
):
    project = tiny_project(
        train={
            "backend": "full",
            "learning_rate": 0.02,
            "epochs": 40,
            "batch_size": 4,
            "eval_steps": 2,
            "logging_steps": 2,
            "early_stopping_patience": 4,
        },
        evaluate={"max_new_tokens": 4},
    )
    _contradicting_splits(project)
    summary = train.fn(project)
    info = read_json(project.stage_dir("train") / RUN_INFO)

    # early stopping cut the 80-step run short, and the report calls it what it is
    assert summary["steps"] == info["global_steps"] < 80
    assert info["fit"]["verdict"] == "overfitting"
    losses, steps = info["eval_loss"], info["eval_step"]
    best = min(losses)
    assert info["best_checkpoint_step"] == steps[losses.index(best)] < steps[-1]
    assert losses[-1] > best * 1.05

    # the saved model is the best checkpoint, not the last: its val loss is the best one
    out = project.stage_dir("train")
    assert (out / MODEL_DIR / "config.json").is_file() and not (out / ADAPTER).exists()
    assert trained_weights(out) == out / MODEL_DIR
    model, tok = load_model(None, out / MODEL_DIR)
    val = read_records(project.split_path("val"))
    check = project_trainer(project, model, tok, project.root / "eval-only")
    assert check.evaluate()["eval_loss"] == pytest.approx(best, abs=2e-3)

    # the export was reloaded from disk and answered the golden prompts as the trained model
    assert info["export"]["kind"] == "full" and info["export"]["agreement"] == 1.0
    assert info["export"]["smoke_prompts"] == len(val)

    # evaluate and the registry serve the standalone model (no adapter anywhere)
    baseline.fn(project)
    evaluate.fn(project)
    table = read_json(project.stage_dir("evaluate") / CONTENDERS)
    assert table["candidate"]["describe"].endswith(f"train/{MODEL_DIR}")
    assert register.fn(project)["version"] == "1"
    import mlflow
    import numpy as np

    from tasks.lib.loglik import label_logprobs
    from tasks.lib.tracking import tracking_uri

    mlflow.set_tracking_uri(tracking_uri(project))
    served = mlflow.pyfunc.load_model(f"models:/{project.params.task.name}/1")
    # the served export answers the test split as evaluate did (same prompts, same decoding)
    test = read_records(project.split_path("test"))
    evaluated = read_records(project.stage_dir("evaluate") / "predictions.jsonl")
    assert [row["id"] for row in evaluated] == [r["id"] for r in test]
    served_answers = served.predict([user_text(r) for r in test])
    assert served_answers == [r["predictions"]["candidate"] for r in evaluated]
    # ... with the trained weights: its label log-probs are the export's, not the base model's
    clf = served.unwrap_python_model()
    prompts = [record_prompt(r, project.params.task.system_prompt) for r in test]
    labels = project.params.task.labels

    def logprobs(m, t):
        return label_logprobs(m, t, prompts, labels, batch_size=project.params.evaluate.batch_size)

    base_model, base_tok = load_model(project.params.task.base_model)
    assert np.allclose(logprobs(clf.model, clf.tok), logprobs(model, tok), atol=1e-4)
    assert not np.allclose(logprobs(clf.model, clf.tok), logprobs(base_model, base_tok), atol=1e-2)


def test_merge_exports_a_standalone_model_that_answers_like_the_adapter(tiny_project):
    project = tiny_project(
        n_train=8, n_val=3, train={"epochs": 1, "learning_rate": 0.01, "export": {"merge": True}}
    )
    train.fn(project)
    out = project.stage_dir("train")
    info = read_json(out / RUN_INFO)
    assert (out / ADAPTER / "adapter_config.json").is_file()  # kept for reference
    assert trained_weights(out) == out / MODEL_DIR
    assert info["export"] == {
        "kind": "merged",
        "dir": MODEL_DIR,
        "smoke_prompts": 3,
        "agreement": 1.0,
        "golden_accuracy": info["export"]["golden_accuracy"],
        "empty_answers": info["export"]["empty_answers"],
    }
    merged, _ = load_model(None, out / MODEL_DIR)
    assert type(merged).__name__ == "LlamaForCausalLM"  # plain transformers, no peft wrapper
    assert not any("lora" in name for name, _ in merged.named_parameters())


def test_a_broken_export_stops_the_stage_and_writes_nothing(tiny_project, monkeypatch):
    """An export that does not answer like the trained model (here: the merge 'forgot' the
    adapter and the weights drifted) must never reach evaluate or the registry."""
    import torch

    from tasks.lib.training import export as export_mod

    def bad_merge(project, adapter_dir, dest):
        model, tok = load_model(project.params.task.base_model, root=project.root)
        with torch.no_grad():
            for param in model.parameters():
                param.add_(torch.randn_like(param))
        model.save_pretrained(dest)
        tok.save_pretrained(dest)

    monkeypatch.setattr(export_mod, "merge_adapter", bad_merge)
    project = tiny_project(n_train=8, n_val=4, train={"epochs": 1, "export": {"merge": True}})
    with pytest.raises(PipelineError, match="export smoke test") as err:
        train.fn(project)
    assert "golden prompts" in str(err.value)
    assert not project.stage_dir("train").exists()

    from tasks.lib.tracking import client

    mlflow_client = client(project)
    exp = mlflow_client.get_experiment_by_name(project.params.task.name)
    runs = mlflow_client.search_runs([exp.experiment_id])
    assert [r.info.status for r in runs] == ["FAILED"]


def test_load_model_takes_adapter_or_standalone_model(tiny_model_dir, tmp_path):
    model, tok = load_model(None, tiny_model_dir)  # a model folder: no base needed
    assert tok.padding_side == "left" and not model.training
    with pytest.raises(PipelineError, match="no adapter_config.json or config.json"):
        load_model(tiny_model_dir, tmp_path)
