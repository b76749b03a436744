"""The local training backend: lora, qlora and full fine-tuning with TRL's SFTTrainer.

    train.backend: lora | qlora | full        # params.yaml; `ftpipe stage train` dispatches here

TRL `SFTTrainer` on prompt/completion rows (`tasks.lib.prompts.sft_rows`, the user turn cut to fit
`train.max_length` by `tasks.lib.truncate` when `train.truncate` is set): the prompt is exactly
what baseline and evaluate send and the loss is on the completion only, with logits computed at
the answer positions alone (tasks/lib/training/loss.py: a 512-token row with a 3-token label no
longer projects 512 positions onto the vocabulary). LoRA / QLoRA through PEFT
(QLoRA: a 4-bit NF4 base through bitsandbytes; CUDA is the target, on CPU it is a test path);
`full` trains every weight. Validation every `eval_steps` (or epoch) with a checkpoint each time;
the best checkpoint by eval_loss is what is saved. Checkpoints live outside DVC outputs, each
marked COMPLETE once written, so a rerun after a crash resumes from the last complete one.
Data-parallel launches (torchrun, accelerate launch) train on every rank; rank 0 alone logs to
MLflow and writes outputs.
"""

from __future__ import annotations

import hashlib
import json
import math
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from tasks.lib.errors import PipelineError
from tasks.lib.io import file_md5
from tasks.lib.models import device, load_model, load_tokenizer, resolve_base_model
from tasks.lib.params import TrainParams
from tasks.lib.project import ADAPTER, MODEL_DIR, Project
from tasks.lib.runtime import Progress, get_logger
from tasks.lib.training.core import LossHistory, TrainJob, TrainOutcome
from tasks.lib.training.export import export_model
from tasks.lib.training.loss import selected_loss_trainer_class
from tasks.lib.truncate import fitted_sft_rows

COMPLETE = "COMPLETE"  # written into a checkpoint folder once the Trainer has finished saving it


def check_data(train: Sequence[dict], val: Sequence[dict]) -> None:
    """Nothing beyond the stage's own checks: TRL takes any chat rows."""


def device_settings(dev: str, checkpointing: bool | str = "auto") -> dict[str, Any]:
    """Trainer precision/memory settings per device. TRL's defaults (bf16 and gradient
    checkpointing on) cut CPU throughput roughly in half, so CPU turns both off unless
    `train.activation_checkpointing: true` asks for the memory saving.

    `activation_checkpointing` is transformers 5's name for gradient checkpointing; setting it
    overrides TRL's `gradient_checkpointing=True` default without the deprecation warning.
    """
    auto = checkpointing == "auto"
    if dev == "cuda":
        import torch

        # checkpointing saves GPU memory for bigger bases at ~20% speed
        return {
            "bf16": torch.cuda.is_bf16_supported(),
            "activation_checkpointing": True if auto else checkpointing,
            "use_cpu": False,
        }
    return {
        "bf16": False,
        "activation_checkpointing": False if auto else checkpointing,
        "use_cpu": True,
    }


def describe(project: Project) -> dict[str, Any]:
    """The effective hyper-parameters: params.train plus what the device decided."""
    dev = device()
    tp = project.params.train
    return {
        "base_model": project.params.task.base_model,
        **tp.model_dump(mode="json", exclude={"openai"}),
        "device": dev,
        **device_settings(dev, tp.activation_checkpointing),
    }


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
        **device_settings(dev, tp.activation_checkpointing),
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
    loss: Literal["selected", "full"] = "selected",
) -> Any:
    """An SFTTrainer (LoRA unless backend full) on prompt/completion datasets, tokenized here.

    The rows are `fitted_sft_rows`: with `train.truncate` set, an over-long example's user turn
    is cut exactly as the stage's pre-flight counted it (same function, same tokenizer).
    `loss="selected"` computes logits at the answer positions only (tasks/lib/training/loss.py:
    the same loss, without TRL's all-positions LM head on CPU); "full" is TRL's own, kept for
    the equivalence tests and benchmarks/recipes.py's memory comparison.
    """
    import warnings

    from datasets import Dataset
    from datasets.utils.logging import disable_progress_bar
    from transformers import PrinterCallback
    from trl import SFTTrainer

    # transformers 5 deprecates the name peft still calls; nothing for our users to act on
    warnings.filterwarnings("ignore", ".*is_gradient_checkpointing.*", FutureWarning)
    disable_progress_bar()  # tokenizing a few hundred rows: the bars are noise in the stage log
    sp, n, how = system_prompt, tp.max_length, tp.truncate
    train_rows, _ = fitted_sft_rows(tok, train, sp, n, how, where="train example")  # prepare logs
    val_rows, n_val_cut = fitted_sft_rows(tok, val, sp, n, how, where="val example")
    if n_val_cut:
        get_logger().info(
            "train: cut the user turn of %d of %d val examples to fit train.max_length=%d",
            n_val_cut,
            len(val_rows),
            n,
        )
    trainer_class = selected_loss_trainer_class() if loss == "selected" else SFTTrainer
    trainer = trainer_class(
        model=model,
        args=sft_config(tp, output_dir, dev),
        train_dataset=Dataset.from_list(train_rows),
        eval_dataset=Dataset.from_list(val_rows),
        processing_class=tok,
        peft_config=None if tp.backend == "full" else lora_config(tp),
        callbacks=list(callbacks),
    )
    # with tqdm off the Trainer prints every log dict to stdout; our callback logs instead
    trainer.remove_callback(PrinterCallback)
    return trainer


def load_for_training(project: Project, tp: TrainParams, dev: str) -> tuple[Any, Any]:
    """The base model as each local backend trains it: full precision (lora, full) or 4-bit NF4
    with double quantisation and bf16 compute (qlora, through bitsandbytes)."""
    import torch

    base_ref = project.params.task.base_model
    if tp.backend == "full":  # fp32 master weights; the Trainer autocasts to bf16 on CUDA
        return load_model(base_ref, root=project.root, dtype=torch.float32)
    if tp.backend == "lora":
        return load_model(base_ref, root=project.root)
    from peft import prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM, BitsAndBytesConfig

    if dev != "cuda":
        get_logger().warning(
            "train: QLoRA on CPU is a TEST PATH ONLY: bitsandbytes' CPU 4-bit kernels may give "
            "silently incorrect gradients. Use a CUDA GPU (or backend: lora) for real runs."
        )
    quant = BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type="nf4",
        bnb_4bit_use_double_quant=True,
        bnb_4bit_compute_dtype=torch.bfloat16 if dev == "cuda" else torch.float32,
    )
    model = AutoModelForCausalLM.from_pretrained(
        resolve_base_model(base_ref, root=project.root),
        quantization_config=quant,
        device_map={"": dev},
    )
    model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=dev == "cuda")
    return model, load_tokenizer(base_ref, root=project.root)


def check_tokenized(trainer: Any, job: TrainJob) -> tuple[int, int]:
    """After TRL's tokenization: fail if truncation left nothing to learn, warn if it cut any.

    TRL keeps the start of a sequence and drops examples whose answer was cut off entirely.

    Returns:
        (train examples kept, val examples kept).
    """
    tp = job.project.params.train
    n_train, n_val = len(trainer.train_dataset), len(trainer.eval_dataset)
    if n_train == 0 or n_val == 0:
        raise PipelineError(
            f"train.max_length={tp.max_length} cuts the answer off every "
            f"{'train' if n_train == 0 else 'val'} example; raise train.max_length"
        )
    truncated = sum(c.total > tp.max_length for c in job.counts)
    if truncated:
        get_logger().warning(
            "train: %d of %d train examples exceed train.max_length=%d and are truncated "
            "(%d dropped with no answer left; train.truncate: user_end cuts the user turn "
            "instead)",
            truncated,
            len(job.train),
            tp.max_length,
            len(job.train) - n_train,
        )
    return n_train, n_val


# ---------------------------------------------------------------------------------------------
# Checkpoints and callbacks
# ---------------------------------------------------------------------------------------------


def checkpoint_root(project: Project, tp: TrainParams) -> Path:
    """Checkpoints of THIS run (data + params + base model), kept across crashes, outside DVC."""
    key = json.dumps(
        [
            [file_md5(project.split_path(s)) for s in ("train", "val")],
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


def progress_callback(*, use_mlflow: bool) -> Any:
    """A TrainerCallback: a progress line per logging step (loss, lr, rate, ETA), eval_loss per
    evaluation, and (rank 0) every logged number to the active MLflow run by step."""
    from transformers import TrainerCallback

    log = get_logger()

    class _Progress(TrainerCallback):
        progress: Progress | None = None

        def on_train_begin(self, args, state, control, **kwargs):
            self.progress = Progress(
                "train: step", state.max_steps, every_s=0, start=state.global_step
            )

        def on_log(self, args, state, control, logs=None, **kwargs):
            if not state.is_world_process_zero:  # data-parallel: rank 0 logs for all
                return
            logs = dict(logs or {})
            if "loss" in logs:
                # "loss" is ambiguous next to eval_loss in the MLflow UI
                logs["train_loss"] = logs.pop("loss")
                lr = logs.get("learning_rate", float("nan"))
                extra = (
                    f"; epoch {state.epoch or 0:.2f}, loss {logs['train_loss']:.4f}, lr {lr:.2e}"
                )
                self.progress.update(state.global_step, extra)
            if "eval_loss" in logs:
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
                    mlflow.log_metrics(numeric, step=state.global_step)

    return _Progress()


def _callbacks(tp: TrainParams, main: bool) -> list[Any]:
    callbacks = [progress_callback(use_mlflow=main), checkpoint_marker()]
    if tp.early_stopping_patience:
        from transformers import EarlyStoppingCallback

        callbacks.append(
            EarlyStoppingCallback(
                early_stopping_patience=tp.early_stopping_patience,
                early_stopping_threshold=tp.early_stopping_min_delta,
            )
        )
    return callbacks


# ---------------------------------------------------------------------------------------------
# The backend
# ---------------------------------------------------------------------------------------------


def _log_start(trainer: Any, job: TrainJob, dev: str, resume: Path | None, run: Any) -> None:
    """The run's shape in one log line (and the kept example counts as MLflow params)."""
    tp = job.project.params.train
    n_train, n_val = check_tokenized(trainer, job)
    world = trainer.args.world_size  # processes training data-parallel (1: a single one)
    if run is not None:
        import mlflow

        mlflow.log_params({"n_train": n_train, "n_val": n_val, "world_size": world})
    get_logger().info(
        "train: %s, %d train / %d val examples, %s epochs, batch %d, lr %g%s on %s%s%s",
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
    )


def _outcome(
    job: TrainJob, run: Any, trainer: Any, tok: Any, runtime: float, resume: Path | None
) -> TrainOutcome:
    """What rank 0 hands the stage: throughput, curves, and a `save` that writes the adapter (or
    standalone model) and the smoke-tested export into the output folder."""
    project, tp = job.project, job.project.params.train
    state = trainer.state
    tokens_per_epoch = sum(len(ids) for ids in trainer.train_dataset["input_ids"])
    tokens_per_s = tokens_per_epoch * float(state.epoch or 0) / max(runtime, 1e-9)
    if run is not None:
        import mlflow

        mlflow.log_metrics({"train_runtime_s": runtime, "train_tokens_per_s": tokens_per_s})

    def save(out: Path) -> dict[str, Any]:
        saved = out / (MODEL_DIR if tp.backend == "full" else ADAPTER)
        trainer.model.save_pretrained(saved)
        tok.save_pretrained(saved)
        export = None
        if tp.backend == "full" or tp.export.merge:
            export = export_model(project, trainer.model, saved, out / MODEL_DIR, job.val)
            if run is not None:
                import mlflow

                mlflow.log_dict(export, "export.json")
        return {"export": export}

    n_train, n_val = len(trainer.train_dataset), len(trainer.eval_dataset)
    return TrainOutcome(
        summary={"steps": state.global_step, "n_train": n_train, "n_val": n_val},
        history=LossHistory.from_trainer_log(state.log_history),
        info={
            "resumed_from_step": int(resume.name.rsplit("-", 1)[1]) if resume else None,
            "train_runtime_s": round(runtime, 2),
            "train_tokens_per_s": round(tokens_per_s, 1),
            "global_steps": state.global_step,
            "world_size": trainer.args.world_size,
            "n_train": n_train,
            "n_val": n_val,
        },
        save=save,
        cleanup=lambda: shutil.rmtree(trainer.args.output_dir, ignore_errors=True),
    )


def train(job: TrainJob, run: Any) -> TrainOutcome:
    """Load the base model the backend's way and train with validation and resumable
    checkpoints (resuming from the last complete one after a crash)."""
    project, tp = job.project, job.project.params.train
    if tp.backend == "full" and tp.learning_rate > 1e-4:
        get_logger().warning(
            "train: full fine-tuning at learning_rate %g; all weights usually want 1e-5..1e-4 "
            "(LoRA's rates can wreck a base model here)",
            tp.learning_rate,
        )
    dev = device()
    model, tok = load_for_training(project, tp, dev)
    ckpt_root = checkpoint_root(project, tp)
    resume = last_complete_checkpoint(ckpt_root)
    trainer = make_trainer(
        model,
        tok,
        job.train,
        job.val,
        system_prompt=project.params.task.system_prompt,
        tp=tp,
        output_dir=str(ckpt_root),  # checkpoints: removed once the result is in data/train
        dev=dev,
        callbacks=_callbacks(tp, job.main),
    )
    _log_start(trainer, job, dev, resume, run)
    t0 = time.perf_counter()
    result = trainer.train(resume_from_checkpoint=str(resume) if resume else None)
    if not job.main:  # another data-parallel worker: rank 0 owns MLflow and the outputs
        state = trainer.state
        return TrainOutcome({"rank": trainer.args.process_index, "steps": state.global_step})
    runtime = float(result.metrics.get("train_runtime", time.perf_counter() - t0))
    return _outcome(job, run, trainer, tok, runtime, resume)
