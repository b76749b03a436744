"""train: fine-tuning of the base model on the train split (LoRA, QLoRA, all weights, or an OpenAI
job: `train.backend`), validation loss on val every `eval_steps` or epoch.

    ftpipe stage train                                   # or: dvc repro train
    dvc exp run --set-param train.lora.r=32              # a variant is a params change

TRL `SFTTrainer` + PEFT on prompt/completion records: `prompt` is exactly what baseline and
evaluate send (`tasks.llm.record_prompt`), `completion` is the assistant's label, and TRL computes
the loss on the completion tokens only for this dataset format. Every step's loss, learning rate
and grad norm and every epoch's eval_loss go to an MLflow run, which `register` re-opens later.

Writes data/train/: adapter/ (PEFT adapter + tokenizer) and/or model/ (a standalone model:
backend full, or `train.export.merge`, smoke-tested), run.json (MLflow run id, base model
reference, effective hyper-parameters, pre-flight, fit verdict, loss curves) and loss_curves.png.
"""

from __future__ import annotations

import hashlib
import json
import math
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tasks.common import (
    ADAPTER,
    MODEL_DIR,
    RUN_INFO,
    PipelineError,
    Project,
    TrainParams,
    atomic_dir,
    get_logger,
    label_of,
    read_records,
    stage_task,
    trained_weights,
    write_json,
)

# ---------------------------------------------------------------------------------------------
# Pure parts: datasets, configs, hyper-parameters
# ---------------------------------------------------------------------------------------------


def sft_rows(records: Sequence[dict], system_prompt: str) -> list[dict]:
    """Records -> TRL prompt/completion rows (conversational). The prompt is built by the same
    function baseline and evaluate use, so the model trains on the prompt it is tested with."""
    from tasks.llm import record_prompt

    return [
        {
            "prompt": record_prompt(r, system_prompt),
            "completion": [{"role": "assistant", "content": label_of(r)}],
        }
        for r in records
    ]


def check_splits(train: Sequence[dict], val: Sequence[dict], labels: Sequence[str]) -> None:
    """Everything that can be wrong with the data, checked before any model or MLflow run."""
    from tasks.llm import check_labels

    if not train:
        raise PipelineError("train split is empty: nothing to fine-tune on")
    if not val:
        raise PipelineError(
            "val split is empty: train needs validation loss each epoch "
            "(add data or raise split.val_fraction)"
        )
    check_labels(train, labels, "train split")
    check_labels(val, labels, "val split")


def device_settings(dev: str) -> dict[str, Any]:
    """Trainer precision/memory settings per device. TRL's defaults (bf16 and gradient
    checkpointing on) cut CPU throughput roughly in half, so CPU turns both off.

    `activation_checkpointing` is transformers 5's name for gradient checkpointing; setting it
    overrides TRL's `gradient_checkpointing=True` default without the deprecation warning.
    """
    if dev == "cuda":
        import torch

        # checkpointing saves GPU memory for bigger bases at ~20% speed
        return {
            "bf16": torch.cuda.is_bf16_supported(),
            "activation_checkpointing": True,
            "use_cpu": False,
        }
    return {"bf16": False, "activation_checkpointing": False, "use_cpu": True}


def hyperparams(base_model: str, tp: TrainParams, dev: str) -> dict[str, Any]:
    """The effective hyper-parameters: params.train plus what the device decided."""
    return {
        "base_model": base_model,
        **tp.model_dump(mode="json"),
        "device": dev,
        **device_settings(dev),
    }


def flatten(d: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """{"lora": {"r": 16}} -> {"lora.r": "16"}; lists comma-joined (MLflow params are strings)."""
    flat: dict[str, str] = {}
    for key, value in d.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        elif isinstance(value, list | tuple):
            flat[name] = ",".join(map(str, value))
        else:
            flat[name] = str(value)
    return flat


def lora_config(tp: TrainParams) -> Any:
    from peft import LoraConfig

    lora = tp.lora
    return LoraConfig(
        r=lora.r,
        lora_alpha=lora.alpha,
        lora_dropout=lora.dropout,
        # a list of module names, or "all-linear" (every linear layer but the output head)
        target_modules=lora.target_modules,
        task_type="CAUSAL_LM",
    )


def sft_config(tp: TrainParams, output_dir: str, dev: str) -> Any:
    """Validation and a checkpoint every `eval_steps` steps (or every epoch); the best checkpoint
    by eval_loss is loaded at the end, so the saved adapter is the best one, not the last."""
    from trl import SFTConfig

    every = {"eval_steps": tp.eval_steps, "save_steps": tp.eval_steps} if tp.eval_steps else {}
    return SFTConfig(
        output_dir=output_dir,  # checkpoints: resumable after a crash (see checkpoint_root)
        seed=tp.seed,
        data_seed=tp.seed,
        num_train_epochs=tp.epochs,
        learning_rate=tp.learning_rate,
        per_device_train_batch_size=tp.batch_size,
        per_device_eval_batch_size=tp.batch_size,
        max_length=tp.max_length,
        logging_strategy="steps",
        logging_steps=tp.logging_steps,
        eval_strategy="steps" if tp.eval_steps else "epoch",
        save_strategy="steps" if tp.eval_steps else "epoch",
        **every,
        save_total_limit=2,  # the best and the latest
        load_best_model_at_end=True,
        metric_for_best_model="eval_loss",
        greater_is_better=False,
        # pack examples into max_length rows (padding-free, position ids restart per example)
        packing=tp.packing,
        report_to="none",  # MLflow is logged by our own callback, into the project's store
        disable_tqdm=True,  # progress goes to the stage logger instead
        # prompt/completion rows -> loss on the completion only (TRL's default; made explicit)
        completion_only_loss=True,
        # data-parallel launches: every trainable weight is used in each forward pass, so DDP
        # can skip its extra graph traversal looking for unused ones
        ddp_find_unused_parameters=False,
        **device_settings(dev),
    )


def make_trainer(
    model: Any,
    tok: Any,
    train: Sequence[dict],
    val: Sequence[dict],
    *,
    system_prompt: str,
    tp: TrainParams,
    output_dir: str,
    dev: str,
    callbacks: Sequence[Any] = (),
) -> Any:
    """An SFTTrainer with LoRA on prompt/completion datasets (tokenized on construction)."""
    import warnings

    from datasets import Dataset
    from datasets.utils.logging import disable_progress_bar
    from transformers import PrinterCallback
    from trl import SFTTrainer

    # transformers 5 deprecates the name peft still calls; nothing for our users to act on
    warnings.filterwarnings("ignore", ".*is_gradient_checkpointing.*", FutureWarning)
    disable_progress_bar()  # tokenizing a few hundred rows: the bars are noise in the stage log
    trainer = SFTTrainer(
        model=model,
        args=sft_config(tp, output_dir, dev),
        train_dataset=Dataset.from_list(sft_rows(train, system_prompt)),
        eval_dataset=Dataset.from_list(sft_rows(val, system_prompt)),
        processing_class=tok,
        peft_config=None if tp.backend == "full" else lora_config(tp),
        callbacks=list(callbacks),
    )
    # with tqdm off the Trainer prints every log dict to stdout; our callback logs instead
    trainer.remove_callback(PrinterCallback)
    return trainer


def count_truncated(tok: Any, rows: Sequence[dict], max_length: int) -> int:
    """Examples longer than max_length (their answer is cut or lost: TRL keeps the start)."""
    n = 0
    for row in rows:
        ids = tok.apply_chat_template(row["prompt"] + row["completion"], tokenize=True)
        ids = ids["input_ids"] if hasattr(ids, "keys") else ids
        n += len(ids) > max_length
    return n


def check_tokenized(
    trainer: Any, tok: Any, train: Sequence[dict], system_prompt: str, tp: TrainParams
) -> tuple[int, int]:
    """After TRL's tokenization: fail if truncation left nothing to learn, warn if it cut any.

    TRL keeps the start of a sequence and drops examples whose answer was cut off entirely.

    Returns:
        (train examples kept, val examples kept).
    """
    n_train, n_val = len(trainer.train_dataset), len(trainer.eval_dataset)
    if n_train == 0 or n_val == 0:
        raise PipelineError(
            f"train.max_length={tp.max_length} cuts the answer off every "
            f"{'train' if n_train == 0 else 'val'} example; raise train.max_length"
        )
    truncated = count_truncated(tok, sft_rows(train, system_prompt), tp.max_length)
    if truncated:
        get_logger().warning(
            "train: %d of %d train examples exceed train.max_length=%d and are truncated "
            "(%d dropped with no answer left)",
            truncated,
            len(train),
            tp.max_length,
            len(train) - n_train,
        )
    return n_train, n_val


# ---------------------------------------------------------------------------------------------
# Pre-flight: what training will cost and whether it fits, before anything runs or is uploaded
# ---------------------------------------------------------------------------------------------

# bytes per parameter while training: bf16 weights for LoRA (fp32 on CPU), 4-bit NF4 + quant
# constants for QLoRA, and weights + grads + fp32 master + Adam moments for full fine-tuning
_BYTES_PER_PARAM = {"lora": 2.0, "qlora": 0.55, "full": 16.0}
_ACTIVATION_OVERHEAD = 1.2  # +20 %: activations, LoRA weights and optimizer state, CUDA context


def estimate_memory_gb(n_params: int, backend: str, dev: str) -> float:
    per_param = _BYTES_PER_PARAM[backend]
    if backend == "lora" and dev != "cuda":
        per_param = 4.0  # fp32 on CPU
    return round(n_params * per_param * _ACTIVATION_OVERHEAD / 2**30, 2)


def preflight(
    tok: Any,
    rows: Sequence[dict],
    tp: TrainParams,
    *,
    n_params: int | None,
    dev: str,
    max_truncated_share: float = 0.0,
) -> dict[str, Any]:
    """Token counts with the real tokenizer and chat template, the share of tokens trained on,
    truncation, memory for the chosen method vs what is available, and the OpenAI cost.

    Raises PipelineError (or logs warnings, `preflight.on_problem: warn`) for each problem.
    """
    pf = tp.preflight
    lengths, trained = [], 0
    for row in rows:
        prompt = tok.apply_chat_template(row["prompt"], tokenize=True, add_generation_prompt=True)
        full = tok.apply_chat_template(row["prompt"] + row["completion"], tokenize=True)
        prompt = prompt["input_ids"] if hasattr(prompt, "keys") else prompt
        full = full["input_ids"] if hasattr(full, "keys") else full
        lengths.append(len(full))
        trained += max(len(full) - len(prompt), 0)
    total = sum(lengths)
    truncated = sum(n > tp.max_length for n in lengths)
    report: dict[str, Any] = {
        "backend": tp.backend,
        "n_examples": len(rows),
        "tokens_per_epoch": total,
        "tokens_mean": round(total / max(len(rows), 1), 1),
        "tokens_max": max(lengths, default=0),
        "trained_share": round(trained / max(total, 1), 4),
        "truncated": truncated,
        "truncated_share": round(truncated / max(len(rows), 1), 4),
    }
    problems = []
    if report["truncated_share"] > max_truncated_share:
        problems.append(
            f"{truncated} of {len(rows)} examples exceed train.max_length={tp.max_length} "
            f"(share {report['truncated_share']:.1%} > quality.max_truncated_share); raise "
            "train.max_length or shorten the examples"
        )
    if report["trained_share"] < pf.min_trained_share:
        problems.append(
            f"only {report['trained_share']:.1%} of tokens are trained on "
            f"(< preflight.min_trained_share {pf.min_trained_share:.1%})"
        )
    if tp.backend == "openai":
        price = pf.prices.get(tp.openai.model)
        if price is None:
            problems.append(f"no price for {tp.openai.model} in train.preflight.prices")
        else:
            cost = total * tp.epochs * price / 1e6
            report["estimated_cost_usd"] = round(cost, 6)
            if pf.budget_usd is not None and cost > pf.budget_usd:
                problems.append(
                    f"estimated OpenAI training cost ${cost:.2f} ({total} tokens x {tp.epochs} "
                    f"epochs x ${price}/1M) exceeds train.preflight.budget_usd ${pf.budget_usd}"
                )
    elif n_params is not None:
        need = estimate_memory_gb(n_params, tp.backend, dev)
        have = pf.gpu_memory_gb
        if have is None and dev == "cuda":
            import torch

            have = round(torch.cuda.mem_get_info()[1] / 2**30, 2)
        report |= {"n_params": n_params, "memory_needed_gb": need, "memory_available_gb": have}
        if have is not None and need > have:
            problems.append(
                f"{tp.backend} on {n_params / 1e9:.2f}B parameters needs ~{need} GB, "
                f"{have} GB available; use qlora, a smaller base model or a bigger GPU"
            )
    report["problems"] = problems
    log = get_logger()
    for problem in problems:
        if pf.on_problem == "fail":
            raise PipelineError(f"train pre-flight: {problem}")
        log.warning("train pre-flight: %s", problem)
    log.info(
        "train pre-flight: %d examples, %d tokens/epoch (max %d), %.0f%% trained on, "
        "%d truncated%s",
        len(rows),
        total,
        report["tokens_max"],
        100 * report["trained_share"],
        truncated,
        f", ~{report['memory_needed_gb']} GB needed" if "memory_needed_gb" in report else "",
    )
    return report


# ---------------------------------------------------------------------------------------------
# Checkpoints, early stopping, the fit verdict
# ---------------------------------------------------------------------------------------------

COMPLETE = "COMPLETE"  # written into a checkpoint folder once the Trainer has finished saving it
LOSS_CURVES = "loss_curves.png"


def checkpoint_root(project: Project, tp: TrainParams, split_md5s: Sequence[str]) -> Path:
    """Checkpoints of THIS run (data + params + base model), kept across crashes, outside DVC."""
    key = json.dumps(
        [
            list(split_md5s),
            project.params.task.base_model,
            project.params.task.system_prompt,
            tp.model_dump(mode="json", exclude={"preflight", "openai", "checkpoint_dir"}),
        ],
        sort_keys=True,
    )
    return project.root / tp.checkpoint_dir / hashlib.sha256(key.encode()).hexdigest()[:16]


def last_complete_checkpoint(root: Path) -> Path | None:
    done = [p for p in root.glob("checkpoint-*") if (p / COMPLETE).is_file()]
    return max(done, key=lambda p: int(p.name.rsplit("-", 1)[1]), default=None)


def checkpoint_marker() -> Any:
    """Marks each checkpoint complete after the Trainer wrote it (on_save runs after saving):
    a folder without the marker (killed mid-save) is never resumed from."""
    from transformers import TrainerCallback

    class _Marker(TrainerCallback):
        def on_save(self, args, state, control, **kwargs):
            if not state.is_world_process_zero:  # data-parallel: rank 0 owns the folder
                return
            folder = Path(args.output_dir) / f"checkpoint-{state.global_step}"
            if folder.is_dir():
                (folder / COMPLETE).write_text(f"{state.global_step}\n")

    return _Marker()


def fit_verdict(history: dict[str, list[float]]) -> dict[str, Any]:
    """ "overfitting" when validation loss rose >5 % above its best while training loss kept
    falling after that point; else "ok". Needs at least two evaluations."""
    ev, ev_steps = history["eval_loss"], history["eval_step"]
    if len(ev) < 2:
        return {"verdict": "n/a", "reason": "fewer than two evaluations"}
    best = min(range(len(ev)), key=ev.__getitem__)
    out = {
        "best_step": ev_steps[best],
        "best_eval_loss": round(ev[best], 4),
        "final_eval_loss": round(ev[-1], 4),
    }
    tr = list(zip(history["train_step"], history["train_loss"], strict=True))
    before = [loss for step, loss in tr if step <= ev_steps[best]][-3:]
    after = [loss for step, loss in tr if step > ev_steps[best]][-3:]
    train_falling = bool(before and after) and sum(after) / len(after) < sum(before) / len(before)
    rising = best < len(ev) - 1 and ev[-1] > ev[best] * 1.05
    if rising and train_falling:
        return out | {
            "verdict": "overfitting",
            "reason": "validation loss rose while training loss kept falling; the best "
            f"checkpoint (step {ev_steps[best]}) was kept",
        }
    return out | {"verdict": "ok", "reason": "validation loss did not rise above its best"}


def plot_loss_curves(history: dict[str, list[float]], path: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.2))
    ax.plot(history["train_step"], history["train_loss"], label="train loss")
    if history["eval_loss"]:
        ax.plot(history["eval_step"], history["eval_loss"], "o-", label="validation loss")
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


# ---------------------------------------------------------------------------------------------
# Progress + MLflow callback
# ---------------------------------------------------------------------------------------------


def progress_callback(history: dict[str, list[float]], *, use_mlflow: bool) -> Any:
    """A TrainerCallback that logs progress lines and (optionally) per-step MLflow metrics.

    Fills `history["train_loss"]` (one per logging step) and `history["eval_loss"]` (one per
    epoch) for run.json.
    """
    from transformers import TrainerCallback

    log = get_logger()

    class _Progress(TrainerCallback):
        t0 = 0.0

        def on_train_begin(self, args, state, control, **kwargs):
            self.t0 = time.perf_counter()

        def on_log(self, args, state, control, logs=None, **kwargs):
            if not state.is_world_process_zero:  # data-parallel: rank 0 logs for all
                return
            logs = dict(logs or {})
            step = state.global_step
            if "loss" in logs:
                history["train_loss"].append(float(logs["loss"]))
                history.setdefault("train_step", []).append(step)
                # "loss" is ambiguous next to eval_loss in the MLflow UI
                logs["train_loss"] = logs.pop("loss")
                dt = time.perf_counter() - self.t0
                rate = step / dt if dt > 0 else 0.0
                eta = (state.max_steps - step) / rate if rate else 0.0
                log.info(
                    "train: step %d/%d (epoch %.2f) loss %.4f lr %.2e, %.2f steps/s, ETA %.0f s",
                    step,
                    state.max_steps,
                    state.epoch or 0.0,
                    logs["train_loss"],
                    logs.get("learning_rate", float("nan")),
                    rate,
                    eta,
                )
            if "eval_loss" in logs:
                history["eval_loss"].append(float(logs["eval_loss"]))
                history.setdefault("eval_step", []).append(step)
                log.info("train: epoch %.2f eval_loss %.4f", state.epoch or 0.0, logs["eval_loss"])
            if "train_runtime" in logs and "train_loss" in logs:
                # the end-of-training summary's train_loss is the run average, not a step value
                logs["train_loss_avg"] = logs.pop("train_loss")
            if use_mlflow:
                import mlflow

                numeric = {
                    k: float(v)
                    for k, v in logs.items()
                    if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
                }
                if numeric:
                    mlflow.log_metrics(numeric, step=step)

    return _Progress()


# ---------------------------------------------------------------------------------------------
# Export: a standalone model (full fine-tuning, or the adapter merged into the base), reloaded
# from disk and smoke-tested on golden prompts before evaluate and register ever see it
# ---------------------------------------------------------------------------------------------


def merge_adapter(project: Project, adapter_dir: Path, dest: Path) -> None:
    """Base (full precision, also after QLoRA: merging into 4-bit weights loses the adapter's
    precision) + adapter -> one model folder that loads without peft."""
    from tasks.llm import load_model

    model, tok = load_model(project.params.task.base_model, adapter_dir, root=project.root)
    model.merge_and_unload().save_pretrained(dest)
    tok.save_pretrained(dest)


def export_model(
    project: Project, trained: Any, saved: Path, dest: Path, val: Sequence[dict]
) -> dict[str, Any]:
    """Write the export to `dest` (merging `saved` if it is an adapter), reload it the way
    evaluate and the registry's pyfunc do, and compare its greedy answers on the first
    `export.smoke_prompts` val examples with the trained model's.

    The reference is the model as trained: the in-memory weights (full), or base + adapter
    reloaded at full precision (lora, qlora). Raises PipelineError when the export answers
    fewer than `export.min_agreement` of the golden prompts the same way.
    """
    from tasks.llm import load_model, parse_label, predict, record_prompt

    p = project.params
    ex = p.train.export
    if saved != dest:
        merge_adapter(project, saved, dest)
        reference, _ = load_model(p.task.base_model, saved, root=project.root)
    else:
        reference = trained
    reference.eval()
    model, tok = load_model(None, dest)
    golden = list(val[: ex.smoke_prompts])
    prompts = [record_prompt(r, p.task.system_prompt) for r in golden]
    decode = {"batch_size": p.evaluate.batch_size, "max_new_tokens": p.evaluate.max_new_tokens}
    expected = predict(reference, tok, prompts, **decode)
    got = predict(model, tok, prompts, **decode)
    same = sum(e == g for e, g in zip(expected, got, strict=True))
    answers = [parse_label(g, p.task.labels) for g in got]
    correct = sum(a == label_of(r) for a, r in zip(answers, golden, strict=True))
    report = {
        "kind": "full" if saved == dest else "merged",
        "dir": MODEL_DIR,
        "smoke_prompts": len(golden),
        "agreement": round(same / len(golden), 4),
        "golden_accuracy": round(correct / len(golden), 4),
        "empty_answers": sum(not g.strip() for g in got),
    }
    get_logger().info(
        "train: export (%s) reloaded from disk answers %d of %d golden prompts as the trained "
        "model does, %d correctly",
        report["kind"],
        same,
        len(golden),
        correct,
    )
    if report["agreement"] < ex.min_agreement:
        raise PipelineError(
            f"train export smoke test: the reloaded {report['kind']} model answered "
            f"{len(golden) - same} of {len(golden)} golden prompts (the first val examples) "
            f"differently from the trained model (agreement {report['agreement']:.2f} < "
            f"train.export.min_agreement {ex.min_agreement}); the export is broken, nothing "
            "was written"
        )
    return report


# ---------------------------------------------------------------------------------------------
# Stage
# ---------------------------------------------------------------------------------------------


def is_main_process() -> bool:
    """Rank 0 of a data-parallel launch (`accelerate launch`, torchrun: both set RANK), or the
    only process. Every rank trains; only rank 0 opens the MLflow run and writes outputs."""
    import os

    return int(os.environ.get("RANK", "0")) == 0


def load_for_training(project: Project, tp: TrainParams, dev: str) -> tuple[Any, Any]:
    """The base model as each local backend trains it: full precision (lora, full) or 4-bit NF4
    with double quantisation and bf16 compute (qlora, through bitsandbytes)."""
    import torch

    from tasks.llm import load_model, resolve_base_model

    if tp.backend == "full":  # fp32 master weights; the Trainer autocasts to bf16 on CUDA
        return load_model(project.params.task.base_model, root=project.root, dtype=torch.float32)
    if tp.backend == "lora":
        return load_model(project.params.task.base_model, root=project.root)
    from peft import prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig

    if dev != "cuda":
        get_logger().warning(
            "train: QLoRA on CPU is a TEST PATH ONLY: bitsandbytes' CPU 4-bit kernels may give "
            "silently incorrect gradients. Use a CUDA GPU (or backend: lora) for real runs."
        )
    base = resolve_base_model(project.params.task.base_model, root=project.root)
    quant = BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type="nf4",
        bnb_4bit_use_double_quant=True,
        bnb_4bit_compute_dtype=torch.bfloat16 if dev == "cuda" else torch.float32,
    )
    model = AutoModelForCausalLM.from_pretrained(
        base, quantization_config=quant, device_map={"": dev}
    )
    model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=dev == "cuda")
    tok = AutoTokenizer.from_pretrained(base)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return model, tok


@stage_task
def train(project: Project) -> dict:
    """Fine-tune (LoRA, QLoRA or all weights); write data/train/{adapter/, run.json, curves}."""
    from tasks.common import file_md5
    from tasks.llm import device
    from tasks.tracking import setup_mlflow

    log = get_logger()
    params = project.params
    tp = params.train
    if tp.backend == "openai":
        from tasks.openai_ft import train_openai

        return train_openai(project)
    if tp.backend == "full" and tp.learning_rate > 1e-4:
        log.warning(
            "train: full fine-tuning at learning_rate %g; all weights usually want 1e-5..1e-4 "
            "(LoRA's rates can wreck a base model here)",
            tp.learning_rate,
        )
    train_recs = read_records(project.split_path("train"))
    val_recs = read_records(project.split_path("val"))
    check_splits(train_recs, val_recs, params.task.labels)

    dev = device()
    hp = hyperparams(params.task.base_model, tp, dev)
    model, tok = load_for_training(project, tp, dev)
    n_params = sum(p.numel() for p in model.parameters())
    flight = preflight(
        tok,
        sft_rows(train_recs, params.task.system_prompt),
        tp,
        n_params=n_params,
        dev=dev,
        max_truncated_share=params.quality.max_truncated_share,
    )
    history: dict[str, list[float]] = {k: [] for k in ("train_loss", "train_step", "eval_loss")}
    history["eval_step"] = []
    md5s = [file_md5(project.split_path(s)) for s in ("train", "val")]
    ckpt_root = checkpoint_root(project, tp, md5s)
    resume = last_complete_checkpoint(ckpt_root)
    t_start = time.perf_counter()

    main = is_main_process()
    callbacks = [progress_callback(history, use_mlflow=main), checkpoint_marker()]
    if tp.early_stopping_patience:
        from transformers import EarlyStoppingCallback

        callbacks.append(
            EarlyStoppingCallback(
                early_stopping_patience=tp.early_stopping_patience,
                early_stopping_threshold=tp.early_stopping_min_delta,
            )
        )
    trainer = make_trainer(
        model,
        tok,
        train_recs,
        val_recs,
        system_prompt=params.task.system_prompt,
        tp=tp,
        output_dir=str(ckpt_root),
        dev=dev,
        callbacks=callbacks,
    )
    n_train, n_val = check_tokenized(trainer, tok, train_recs, params.task.system_prompt, tp)
    tokens_per_epoch = sum(len(ids) for ids in trainer.train_dataset["input_ids"])
    if not main:
        # another data-parallel worker: train its shard of every batch, leave the rest to rank 0
        trainer.train(resume_from_checkpoint=str(resume) if resume else None)
        return {"rank": trainer.args.process_index, "steps": trainer.state.global_step}

    # The data is checked and tokenized: only now does an MLflow run exist.
    import mlflow

    experiment_id = setup_mlflow(project)
    run = mlflow.start_run(experiment_id=experiment_id, run_name=f"train-{params.task.name}")
    try:
        mlflow.set_tags({"ftpipe.stage": "train", "ftpipe.base_model": params.task.base_model})
        world = trainer.args.world_size  # processes training data-parallel (1: a single one)
        mlflow.log_params({**flatten(hp), "n_train": n_train, "n_val": n_val, "world_size": world})
        mlflow.log_dict(flight, "preflight.json")
        log.info(
            "train: %s, %d train / %d val examples, %s epochs, batch %d, lr %g%s on %s%s%s, %s",
            tp.backend,
            n_train,
            n_val,
            tp.epochs,
            tp.batch_size,
            tp.learning_rate,
            f", preset {tp.preset}" if tp.preset else "",
            dev,
            f" x {world} processes" if world > 1 else "",
            f", resuming from {resume.name}" if resume else "",
            f"MLflow run {run.info.run_id}",
        )
        result = trainer.train(resume_from_checkpoint=str(resume) if resume else None)
        runtime = float(result.metrics.get("train_runtime", time.perf_counter() - t_start))
        tokens_per_s = tokens_per_epoch * float(trainer.state.epoch or 0) / max(runtime, 1e-9)
        mlflow.log_metrics({"train_runtime_s": runtime, "train_tokens_per_s": tokens_per_s})
        # after a resume, the curves so far come from the checkpoint's log history
        _history_from_state(trainer.state.log_history, history)
        verdict = fit_verdict(history)

        with atomic_dir(project.stage_dir("train")) as out:
            saved = out / (MODEL_DIR if tp.backend == "full" else ADAPTER)
            trainer.model.save_pretrained(saved)
            tok.save_pretrained(saved)
            export = None
            if tp.backend == "full" or tp.export.merge:
                export = export_model(project, trainer.model, saved, out / MODEL_DIR, val_recs)
                mlflow.log_dict(export, "export.json")
            mlflow.log_artifact(str(plot_loss_curves(history, out / LOSS_CURVES)))
            write_json(
                out / RUN_INFO,
                {
                    "run_id": run.info.run_id,
                    "experiment_id": experiment_id,
                    "backend": tp.backend,
                    # the params reference, not the resolved path: adapter_config.json
                    # stores an absolute base path that only exists on this machine
                    "base_model": params.task.base_model,
                    "hyperparams": hp,
                    "preflight": flight,
                    "fit": verdict,
                    "resumed_from_step": int(resume.name.rsplit("-", 1)[1]) if resume else None,
                    "train_loss": history["train_loss"],
                    "train_step": history["train_step"],
                    "eval_loss": history["eval_loss"],
                    "eval_step": history["eval_step"],
                    "best_checkpoint_step": verdict.get("best_step"),
                    "export": export,
                    "train_runtime_s": round(runtime, 2),
                    "train_tokens_per_s": round(tokens_per_s, 1),
                    "global_steps": trainer.state.global_step,
                    "world_size": world,
                    "n_train": n_train,
                    "n_val": n_val,
                },
            )
        mlflow.set_tags({"ftpipe.fit": verdict["verdict"]})
    except BaseException as err:
        # a crashed or interrupted run must not look finished to register; checkpoints stay
        mlflow.end_run(status="KILLED" if isinstance(err, KeyboardInterrupt) else "FAILED")
        raise
    mlflow.end_run(status="FINISHED")
    shutil.rmtree(ckpt_root, ignore_errors=True)  # the result is in data/train now

    final_eval = history["eval_loss"][-1] if history["eval_loss"] else None
    log.info(
        "train: done in %.1f s (%.0f tokens/s), final eval_loss %s, fit: %s, candidate in %s",
        runtime,
        tokens_per_s,
        f"{final_eval:.4f}" if final_eval is not None else "n/a",
        verdict["verdict"],
        trained_weights(project.stage_dir("train")),
    )
    return {
        "run_id": run.info.run_id,
        "backend": tp.backend,
        "n_train": n_train,
        "n_val": n_val,
        "steps": trainer.state.global_step,
        "eval_loss": final_eval,
        "fit": verdict["verdict"],
        "train_runtime_s": round(runtime, 2),
    }


def _history_from_state(log_history: list[dict], history: dict[str, list[float]]) -> None:
    """Rebuild the curves from the Trainer's own log history (it survives a resume)."""
    for key in history:
        history[key].clear()
    for entry in log_history:
        if "loss" in entry:
            history["train_loss"].append(float(entry["loss"]))
            history["train_step"].append(int(entry["step"]))
        if "eval_loss" in entry:
            history["eval_loss"].append(float(entry["eval_loss"]))
            history["eval_step"].append(int(entry["step"]))
