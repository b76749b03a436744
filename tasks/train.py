"""train: fine-tune the base model on the train split, validated on val (`train.backend`).

    ftpipe stage train                                   # or: dvc repro train
    dvc exp run --set-param train.lora.r=32              # a variant is a params change

One dispatcher over the backends in tasks/lib/training: `lora`, `qlora` and `full` train here
(tasks/lib/training/local.py), `openai` runs an OpenAI fine-tuning job
(tasks/lib/training/openai_job.py). Whatever the backend, this stage checks the splits, runs the
pre-flight (tokens, truncation, memory from the model config, cost) before any weight is loaded
or file uploaded, opens the MLflow run (which `register` re-opens later), and writes the same
things for evaluate and register:

data/train/: adapter/ (lora, qlora) and/or model/ (a standalone model: backend full, or
`train.export.merge`, smoke-tested), or the `remote_model` id (openai) in run.json (MLflow run id,
base model reference, effective hyper-parameters, pre-flight, fit verdict, loss curves), and
loss_curves.png.
"""

from __future__ import annotations

from typing import Any

from tasks.lib.errors import PipelineError
from tasks.lib.io import atomic_dir, read_records, write_json
from tasks.lib.models import count_parameters, device, load_tokenizer
from tasks.lib.project import LOSS_CURVES, RUN_INFO, Project, trained_weights
from tasks.lib.records import check_labels
from tasks.lib.runtime import get_logger, is_main_process, stage_task
from tasks.lib.task_types import task_kind
from tasks.lib.tokens import count_tokens
from tasks.lib.tracking import flatten, tracked_run
from tasks.lib.training.core import Backend, TrainJob, TrainOutcome
from tasks.lib.training.preflight import preflight
from tasks.lib.truncate import fitted_sft_rows


def backend_for(name: str) -> Backend:
    """The module that trains with `train.backend: name` (static imports: the dvc.yaml deps of
    this stage are computed from them)."""
    if name == "openai":
        from tasks.lib.training import openai_job

        return openai_job
    from tasks.lib.training import local

    return local


def check_splits(train: list[dict], val: list[dict], labels: list[str]) -> None:
    """Everything that can be wrong with the data, checked before any model or MLflow run."""
    if not train:
        raise PipelineError("train split is empty: nothing to fine-tune on")
    if not val:
        raise PipelineError(
            "val split is empty: train needs validation loss each epoch "
            "(add data or raise split.val_fraction)"
        )
    if labels:  # classification; validate checked the other types' answers
        check_labels(train, labels, "train split")
        check_labels(val, labels, "val split")


def emphasize(project: Project, train: list[dict]) -> tuple[list[dict], dict]:
    """`train.emphasis: hard_cases` ("fine-tune on failures"): the train examples the current
    champion — or, without one, the base model — gets wrong are repeated `hard_cases_repeat`
    more times. Returns the train records and what was done (for run.json)."""
    from tasks.lib.contenders import base_model_name, champion_run, champion_version, llm_run

    tp = project.params.train
    if tp.emphasis == "none":
        return train, {"emphasis": "none"}
    version = champion_version(project)
    if version is not None:
        run, who = champion_run(project, train, version, latency=False), f"v{version.version}"
    else:
        who, remote = base_model_name(project)
        run = llm_run(project, train, name="base", describe=who, remote_model=remote, latency=False)
    kind = task_kind(project)
    right = kind.correct(kind.references(train), run.raw)
    hard = [r for r, ok in zip(train, right, strict=True) if not ok]
    added = [r for r in hard for _ in range(tp.hard_cases_repeat)]
    get_logger().info(
        "train: %s gets %d of %d train examples wrong; repeated %d more time(s): +%d rows",
        who,
        len(hard),
        len(train),
        tp.hard_cases_repeat,
        len(added),
    )
    info = {"emphasis": "hard_cases", "by": who, "n_hard": len(hard), "n_added": len(added)}
    return train + added, info


def prepare(project: Project, backend: Backend) -> TrainJob:
    """Read and check the splits, count tokens with the base model's tokenizer and run the
    pre-flight: everything that can fail before any weight is loaded or any file uploaded."""
    params = project.params
    tp = params.train
    train = read_records(project.split_path("train"))
    val = read_records(project.split_path("val"))
    check_splits(train, val, params.task.labels)
    train, emphasis = emphasize(project, train)
    backend.check_data(train, val)
    remote = tp.backend == "openai"
    tok = load_tokenizer(params.task.base_model, root=project.root)
    # the rows the local trainer builds (make_trainer goes through the same function); OpenAI
    # gets the records as they are and applies its own length limit
    how = "none" if remote else tp.truncate
    rows, n_cut = fitted_sft_rows(
        tok, train, params.task.system_prompt, tp.max_length, how, where="train example"
    )
    if n_cut:
        get_logger().info(
            "train: cut the user turn of %d of %d train examples to fit train.max_length=%d "
            "(train.truncate: %s)",
            n_cut,
            len(rows),
            tp.max_length,
            how,
        )
    # OpenAI's tokenizer differs a little from the base model's: its cost is an estimate
    counts = count_tokens(tok, rows)
    flight = preflight(
        counts,
        tp,
        n_params=None if remote else count_parameters(params.task.base_model, root=project.root),
        dev="remote" if remote else device(),
        # OpenAI applies its own length limit, not train.max_length
        max_truncated_share=1.0 if remote else params.quality.max_truncated_share,
    )
    # in run.json and preflight.json
    flight = {**flight, "truncate": how, "n_cut": n_cut, **emphasis}
    return TrainJob(project, train, val, rows, counts, flight, main=is_main_process())


def _write_outputs(project: Project, run: Any, outcome: TrainOutcome, hp: dict, job: TrainJob):
    """data/train/ as one atomic folder: the candidate, run.json and the loss curves."""
    import mlflow

    history = outcome.history
    verdict = history.fit_verdict()
    with atomic_dir(project.stage_dir("train")) as out:
        extra = outcome.save(out) if outcome.save else {}
        mlflow.log_artifact(str(history.plot(out / LOSS_CURVES)))
        info = {
            "run_id": run.info.run_id,
            "experiment_id": run.info.experiment_id,
            "backend": project.params.train.backend,
            # the params reference, not a resolved path: adapter_config.json stores an absolute
            # base path that only exists on this machine
            "base_model": hp["base_model"],
            "hyperparams": hp,
            "preflight": job.preflight,
            "fit": verdict,
            "best_checkpoint_step": verdict.get("best_step"),
            **history.as_dict(),
            **outcome.info,
            **extra,
        }
        write_json(out / RUN_INFO, info)
    mlflow.set_tags({"ftpipe.fit": verdict["verdict"]})
    return verdict


@stage_task
def train(project: Project) -> dict:
    """Fine-tune with the params' backend; write data/train/ (candidate, run.json, curves)."""
    params = project.params
    backend = backend_for(params.train.backend)
    job = prepare(project, backend)
    hp = backend.describe(project)
    tags = {"ftpipe.stage": "train", "ftpipe.backend": params.train.backend}
    tags["ftpipe.base_model"] = hp["base_model"]
    with tracked_run(project, name=f"train-{params.task.name}", tags=tags, enabled=job.main) as run:
        if run is not None:
            import mlflow

            mlflow.log_params(flatten(hp))
            mlflow.log_dict(job.preflight, "preflight.json")
            get_logger().info("train: MLflow run %s", run.info.run_id)
        outcome = backend.train(job, run)
        if not job.main:
            return outcome.summary
        verdict = _write_outputs(project, run, outcome, hp, job)
    if outcome.cleanup:
        outcome.cleanup()
    history = outcome.history
    final_eval = history.eval_loss[-1] if history.eval_loss else None
    get_logger().info(
        "train: done, final eval_loss %s, fit: %s, candidate: %s",
        f"{final_eval:.4f}" if final_eval is not None else "n/a",
        verdict["verdict"],
        outcome.info.get("remote_model") or trained_weights(project.stage_dir("train")),
    )
    return {
        "run_id": run.info.run_id,
        "backend": params.train.backend,
        "eval_loss": final_eval,
        "fit": verdict["verdict"],
        **outcome.summary,
    }
