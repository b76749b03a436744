"""train: LoRA fine-tuning of the base model on the train split, validation loss on val each epoch.

    ftpipe stage train                                   # or: dvc repro train
    dvc exp run --set-param train.lora.r=32              # a variant is a params change

TRL `SFTTrainer` + PEFT on prompt/completion records: `prompt` is exactly what baseline and
evaluate send (`tasks.llm.record_prompt`), `completion` is the assistant's label, and TRL computes
the loss on the completion tokens only for this dataset format. Every step's loss, learning rate
and grad norm and every epoch's eval_loss go to an MLflow run, which `register` re-opens later.

Writes data/train/: adapter/ (PEFT adapter + tokenizer) and run.json (MLflow run id, base model
reference, effective hyper-parameters, loss curves).
"""

from __future__ import annotations

import math
import tempfile
import time
from collections.abc import Sequence
from typing import Any

from tasks.common import (
    ADAPTER,
    RUN_INFO,
    PipelineError,
    Project,
    TrainParams,
    atomic_dir,
    get_logger,
    label_of,
    read_records,
    stage_task,
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
    from trl import SFTConfig

    return SFTConfig(
        output_dir=output_dir,  # a temp dir: no checkpoints are kept (save_strategy="no")
        seed=tp.seed,
        data_seed=tp.seed,
        num_train_epochs=tp.epochs,
        learning_rate=tp.learning_rate,
        per_device_train_batch_size=tp.batch_size,
        per_device_eval_batch_size=tp.batch_size,
        max_length=tp.max_length,
        logging_strategy="steps",
        logging_steps=tp.logging_steps,
        eval_strategy="epoch",
        save_strategy="no",
        report_to="none",  # MLflow is logged by our own callback, into the project's store
        disable_tqdm=True,  # progress goes to the stage logger instead
        # prompt/completion rows -> loss on the completion only (TRL's default; made explicit)
        completion_only_loss=True,
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
        peft_config=lora_config(tp),
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
            logs = dict(logs or {})
            step = state.global_step
            if "loss" in logs:
                history["train_loss"].append(float(logs["loss"]))
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
# Stage
# ---------------------------------------------------------------------------------------------


@stage_task
def train(project: Project) -> dict:
    """Fine-tune a LoRA adapter; write data/train/{adapter/, run.json}; log an MLflow run."""
    from tasks.llm import device, load_model
    from tasks.tracking import setup_mlflow

    log = get_logger()
    params = project.params
    tp = params.train
    train_recs = read_records(project.split_path("train"))
    val_recs = read_records(project.split_path("val"))
    check_splits(train_recs, val_recs, params.task.labels)

    dev = device()
    hp = hyperparams(params.task.base_model, tp, dev)
    model, tok = load_model(params.task.base_model, root=project.root)
    history: dict[str, list[float]] = {"train_loss": [], "eval_loss": []}
    t_start = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="ftpipe-train-") as scratch:
        trainer = make_trainer(
            model,
            tok,
            train_recs,
            val_recs,
            system_prompt=params.task.system_prompt,
            tp=tp,
            output_dir=scratch,
            dev=dev,
            callbacks=[progress_callback(history, use_mlflow=True)],
        )
        n_train, n_val = check_tokenized(trainer, tok, train_recs, params.task.system_prompt, tp)
        tokens_per_epoch = sum(len(ids) for ids in trainer.train_dataset["input_ids"])

        # The data is checked and tokenized: only now does an MLflow run exist.
        import mlflow

        experiment_id = setup_mlflow(project)
        run = mlflow.start_run(experiment_id=experiment_id, run_name=f"train-{params.task.name}")
        try:
            mlflow.set_tags({"ftpipe.stage": "train", "ftpipe.base_model": params.task.base_model})
            mlflow.log_params({**flatten(hp), "n_train": n_train, "n_val": n_val})
            log.info(
                "train: %d train / %d val examples, %s epochs, batch %d, LoRA r=%d on %s, %s",
                n_train,
                n_val,
                tp.epochs,
                tp.batch_size,
                tp.lora.r,
                dev,
                f"MLflow run {run.info.run_id}",
            )
            result = trainer.train()
            runtime = float(result.metrics.get("train_runtime", time.perf_counter() - t_start))
            tokens_per_s = tokens_per_epoch * float(trainer.state.epoch or 0) / max(runtime, 1e-9)
            mlflow.log_metrics({"train_runtime_s": runtime, "train_tokens_per_s": tokens_per_s})

            with atomic_dir(project.stage_dir("train")) as out:
                trainer.model.save_pretrained(out / ADAPTER)
                tok.save_pretrained(out / ADAPTER)
                write_json(
                    out / RUN_INFO,
                    {
                        "run_id": run.info.run_id,
                        "experiment_id": experiment_id,
                        # the params reference, not the resolved path: adapter_config.json
                        # stores an absolute base path that only exists on this machine
                        "base_model": params.task.base_model,
                        "hyperparams": hp,
                        "train_loss": history["train_loss"],
                        "eval_loss": history["eval_loss"],
                        "train_runtime_s": round(runtime, 2),
                        "train_tokens_per_s": round(tokens_per_s, 1),
                        "global_steps": trainer.state.global_step,
                        "n_train": n_train,
                        "n_val": n_val,
                    },
                )
        except BaseException as err:
            # a crashed or interrupted run must not look finished to register
            mlflow.end_run(status="KILLED" if isinstance(err, KeyboardInterrupt) else "FAILED")
            raise
        mlflow.end_run(status="FINISHED")

    final_eval = history["eval_loss"][-1] if history["eval_loss"] else None
    log.info(
        "train: done in %.1f s (%.0f tokens/s), final eval_loss %s, adapter in %s",
        runtime,
        tokens_per_s,
        f"{final_eval:.4f}" if final_eval is not None else "n/a",
        project.stage_dir("train") / ADAPTER,
    )
    return {
        "run_id": run.info.run_id,
        "n_train": n_train,
        "n_val": n_val,
        "steps": trainer.state.global_step,
        "eval_loss": final_eval,
        "train_runtime_s": round(runtime, 2),
    }
