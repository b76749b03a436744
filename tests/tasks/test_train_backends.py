"""train: presets, pre-flight, QLoRA's CPU test path, packing, early stopping, kill-and-resume
from the last complete checkpoint, and data-parallel training on two CPU processes (tiny random
model). The crafted overfitting run is in test_train_export.py (it needs backend full)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tasks.lib.errors import PipelineError
from tasks.lib.io import read_json, read_records
from tasks.lib.models import load_model
from tasks.lib.params import TrainParams
from tasks.lib.project import RUN_INFO
from tasks.lib.prompts import sft_rows
from tasks.lib.tokens import count_tokens
from tasks.lib.training.core import LossHistory
from tasks.lib.training.local import COMPLETE, checkpoint_root
from tasks.lib.training.preflight import estimate_memory_gb, preflight
from tasks.train import train
from tests.helpers import project_trainer


def test_presets_fill_only_what_the_user_did_not_set():
    assert TrainParams(preset="small_data").model_dump(include={"epochs", "batch_size"}) == {
        "epochs": 5,
        "batch_size": 2,
    }
    explicit = TrainParams(preset="small_data", epochs=7, learning_rate=3e-3)
    assert (explicit.epochs, explicit.batch_size, explicit.learning_rate) == (7, 2, 3e-3)
    assert TrainParams(preset="style").epochs == 2 and TrainParams().epochs == 3


def test_memory_estimates_by_method():
    n = 8_000_000_000
    assert estimate_memory_gb(n, "qlora", "cuda") < estimate_memory_gb(n, "lora", "cuda")
    assert estimate_memory_gb(n, "lora", "cuda") < estimate_memory_gb(n, "full", "cuda")
    assert 4 < estimate_memory_gb(n, "qlora", "cuda") < 6  # 8B in 4-bit: ~5 GB
    assert estimate_memory_gb(n, "full", "cuda") > 80  # does not fit one 80 GB card


def test_preflight_fails_or_warns_with_reasons(tiny_project, tiny_model_dir, caplog):
    project = tiny_project(n_train=6)
    _, tok = load_model(tiny_model_dir)
    rows = sft_rows(read_records(project.split_path("train")), project.params.task.system_prompt)
    counts = count_tokens(tok, rows)
    tp = project.params.train
    ok = preflight(counts, tp, n_params=1_000_000, dev="cpu")
    assert ok["problems"] == [] and ok["tokens_per_epoch"] > 0 and 0 < ok["trained_share"] < 0.2
    with pytest.raises(PipelineError, match="exceed train.max_length=16"):
        preflight(counts, tp.model_copy(update={"max_length": 16}), n_params=None, dev="cpu")
    small_gpu = tp.model_copy(
        update={"preflight": tp.preflight.model_copy(update={"gpu_memory_gb": 1})}
    )
    with pytest.raises(PipelineError, match="needs ~17.88 GB, 1 GB available; use qlora"):
        preflight(counts, small_gpu, n_params=8_000_000_000, dev="cuda")
    cheap = tp.model_copy(
        update={
            "backend": "openai",
            "epochs": 3,
            "preflight": tp.preflight.model_copy(update={"budget_usd": 1e-6, "on_problem": "warn"}),
        }
    )
    with caplog.at_level(logging.WARNING):
        report = preflight(counts, cheap, n_params=None, dev="cpu")
    expected = report["tokens_per_epoch"] * 3 * 3.0 / 1e6
    assert report["estimated_cost_usd"] == pytest.approx(expected, rel=1e-3)
    assert "exceeds train.preflight.budget_usd" in caplog.text


def test_fit_verdict():
    def verdict(**curves):
        return LossHistory(**curves).fit_verdict()

    falling = {"train_step": [1, 2, 3, 4], "train_loss": [4, 3, 2, 1], "eval_step": [2, 4]}
    assert verdict(**falling, eval_loss=[3.0, 2.5])["verdict"] == "ok"
    over = {"train_step": list(range(1, 9)), "train_loss": [8, 7, 6, 5, 4, 3, 2, 1]}
    over |= {"eval_step": [2, 4, 6, 8], "eval_loss": [3.0, 2.0, 2.4, 3.1]}
    result = verdict(**over)
    assert result["verdict"] == "overfitting" and result["best_step"] == 4
    assert verdict(**{**over, "eval_loss": [3.0], "eval_step": [2]})["verdict"] == "n/a"


def test_packing_gives_the_same_loss_as_padded_batches(tiny_project, tiny_model_dir, tmp_path):
    project = tiny_project(n_train=12, n_val=12)
    losses = {}
    for packing in (False, True):
        model, tok = load_model(tiny_model_dir)
        trainer = project_trainer(
            project, model, tok, tmp_path / str(packing), packing=packing, batch_size=4
        )
        losses[packing] = trainer.evaluate()["eval_loss"]
    assert losses[True] == pytest.approx(losses[False], rel=0.02)


@pytest.fixture(scope="module")
def tiny64_model_dir(tiny_model_dir, tmp_path_factory) -> str:
    """The tiny model at width 64: bitsandbytes' CPU 4-bit kernels need rows of >= 64 (one
    quantisation block); the 32-wide session model is too narrow."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    small = LlamaConfig.from_pretrained(tiny_model_dir)
    config = LlamaConfig(
        **{
            **small.to_dict(),
            "hidden_size": 64,
            "head_dim": 16,
            "intermediate_size": 128,
            "num_attention_heads": 4,
            "num_key_value_heads": 4,
        }
    )
    torch.manual_seed(0)
    out = tmp_path_factory.mktemp("tiny64")
    LlamaForCausalLM(config).save_pretrained(out)
    tok.save_pretrained(out)
    return str(out)


def test_qlora_runs_on_cpu_as_a_test_path_and_says_so(tiny_project, tiny64_model_dir, caplog):
    project = tiny_project(
        n_train=8,
        n_val=2,
        task={"base_model": tiny64_model_dir},
        train={"backend": "qlora", "epochs": 1, "export": {"merge": True}},
    )
    with caplog.at_level(logging.WARNING):
        summary = train.fn(project)
    assert "QLoRA on CPU is a TEST PATH ONLY" in caplog.text
    info = read_json(project.stage_dir("train") / RUN_INFO)
    assert summary["backend"] == info["backend"] == "qlora"
    assert (project.stage_dir("train") / "adapter" / "adapter_config.json").is_file()
    # the 4-bit-trained adapter merges into the full-precision base and passes the smoke test
    assert info["export"]["kind"] == "merged" and info["export"]["agreement"] == 1.0
    merged, _ = load_model(None, project.stage_dir("train") / "model")
    assert not any("lora" in n or "quant" in n for n, _ in merged.named_parameters())


def test_early_stopping_stops_and_keeps_the_best_checkpoint(tiny_project):
    """On a plateau (LoRA cannot move the tiny random model's tied output layer much), patience
    2 with a minimum gain of 0.01 stops the run long before its 90 steps, and the best
    evaluation's checkpoint is the one saved. (A crafted overfitting run, which needs backend full,
    is in test_train_export.py.)"""
    project = tiny_project(
        n_train=12,
        n_val=6,
        train={
            "learning_rate": 0.02,
            "epochs": 30,
            "batch_size": 4,
            "eval_steps": 3,
            "early_stopping_patience": 2,
            "early_stopping_min_delta": 0.01,
        },
    )
    train.fn(project)
    info = read_json(project.stage_dir("train") / RUN_INFO)
    assert info["global_steps"] < 30 * 3  # stopped early
    losses, steps = info["eval_loss"], info["eval_step"]
    best = steps[losses.index(min(losses))]
    assert info["best_checkpoint_step"] == best
    assert all(later >= min(losses) for later in losses[losses.index(min(losses)) :])
    # a plateau, not overfitting: the verdict is the one the recorded curves give
    curves = {k: info[k] for k in ("train_loss", "train_step", "eval_loss", "eval_step")}
    assert info["fit"] == LossHistory(**curves).fit_verdict()
    assert info["fit"]["verdict"] == "ok"


def test_kill_then_resume_from_the_last_complete_checkpoint(tiny_project):
    project = tiny_project(
        n_train=24,
        n_val=4,
        train={"epochs": 12, "batch_size": 4, "eval_steps": 6, "logging_steps": 6},
    )
    root = checkpoint_root(project, project.params.train)
    cmd = [
        str(Path(sys.executable).parent / "ftpipe"),
        "stage",
        "train",
        "--project",
        str(project.root),
    ]
    env = os.environ | {"MLFLOW_DISABLE_TELEMETRY": "true"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and not list(root.glob(f"checkpoint-*/{COMPLETE}")):
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = sorted(int(p.parent.name.split("-")[1]) for p in root.glob(f"checkpoint-*/{COMPLETE}"))
    assert done, "no complete checkpoint before the kill"
    assert not project.stage_dir("train").exists()
    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    info = read_json(project.stage_dir("train") / RUN_INFO)
    assert info["resumed_from_step"] == max(done)
    assert info["global_steps"] == 12 * 6
    assert info["train_step"][0] == 6  # the curve covers the whole run, not just the resumed part
    assert not root.exists()


def test_data_parallel_on_two_cpu_processes(tiny_project):
    """`torchrun --nproc_per_node 2 ftpipe stage train` (what `accelerate launch --multi_gpu`
    runs on GPUs; gloo on CPU): each step takes a batch per process, so the same data takes half
    the steps; rank 0 alone opens the MLflow run and writes the outputs."""
    project = tiny_project(n_train=16, n_val=4, train={"epochs": 2, "batch_size": 4})
    bindir = Path(sys.executable).parent
    cmd = [str(bindir / "torchrun"), "--standalone", "--nproc_per_node", "2"]
    cmd += [str(bindir / "ftpipe"), "stage", "train", "--project", str(project.root)]
    env = os.environ | {"MLFLOW_DISABLE_TELEMETRY": "true", "OMP_NUM_THREADS": "1"}
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    info = read_json(project.stage_dir("train") / RUN_INFO)
    assert info["world_size"] == 2
    assert info["global_steps"] == 16 // (4 * 2) * 2  # half of a single process's 8 steps
    assert len(info["eval_loss"]) == 2
    assert (project.stage_dir("train") / "adapter" / "adapter_config.json").is_file()
    from tasks.lib.tracking import client

    mlflow_client = client(project)
    exp = mlflow_client.get_experiment_by_name(project.params.task.name)
    runs = mlflow_client.search_runs([exp.experiment_id])
    assert [(r.info.status, r.data.params["world_size"]) for r in runs] == [("FINISHED", "2")]


def test_hard_cases_repeats_what_the_base_model_gets_wrong(tiny_project):
    """train.emphasis: hard_cases, no champion yet: the base model (label scoring) answers every
    train example; each one it gets wrong is trained on `hard_cases_repeat` more times."""
    from tasks.lib.contenders import llm_run
    from tasks.lib.records import label_of

    project = tiny_project(
        n_train=12, n_val=4, train={"epochs": 1, "emphasis": "hard_cases", "hard_cases_repeat": 2}
    )
    train_recs = read_records(project.split_path("train"))
    base = llm_run(project, train_recs, name="base", describe="x", latency=False)
    wrong = sum(a != label_of(r) for a, r in zip(base.predictions, train_recs, strict=True))
    assert 0 < wrong < len(train_recs)  # the tiny random model: some right, some wrong
    train.fn(project)
    info = read_json(project.stage_dir("train") / RUN_INFO)
    flight = info["preflight"]
    assert (flight["emphasis"], flight["by"]) == ("hard_cases", project.params.task.base_model)
    assert flight["n_hard"] == wrong and flight["n_added"] == 2 * wrong
    assert info["n_train"] == len(train_recs) + 2 * wrong  # the rows TRL trained on
