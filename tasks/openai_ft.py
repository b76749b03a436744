"""train.backend: openai — an OpenAI fine-tuning job instead of local training.

    ftpipe stage train             # with train.backend: openai and OPENAI_API_KEY set

1. Check the split files locally against the chat fine-tuning format and limits (at least 10
   examples, roles, one assistant answer, token counts) and run the pre-flight (estimated cost vs
   `train.preflight.budget_usd`) before anything is uploaded.
2. Re-attach: a job already created for the same data (train/val md5) and params carries the same
   `metadata.ftpipe_key`; a rerun finds it and waits for it instead of creating another.
3. Otherwise upload train and val files and create the job (supervised method: n_epochs,
   batch_size, learning_rate_multiplier; suffix, seed).
4. Poll with backoff (`train.openai.poll_s` growing x1.5 to `poll_max_s`), streaming job events
   to the log and their metrics (train/valid loss by step) to MLflow. An interrupted run (Ctrl-C,
   a cancelled Prefect flow) cancels the job. A failed job raises its error code, parameter and
   message.
5. Writes data/train/run.json with `backend: openai` and the `ft:` model id; evaluate and register
   use it through chat completions at temperature 0.
"""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

from tasks.common import (
    RUN_INFO,
    PipelineError,
    Project,
    atomic_dir,
    file_md5,
    get_logger,
    read_records,
    write_json,
)

MIN_EXAMPLES = 10  # OpenAI rejects smaller training files
MAX_EXAMPLE_TOKENS = 65_536  # per example, the documented limit for current chat models
TERMINAL = ("succeeded", "failed", "cancelled")


def chat_jsonl(records: list[dict]) -> bytes:
    """Our records in the OpenAI chat fine-tuning format (ids dropped)."""
    lines = [json.dumps({"messages": r["messages"]}, ensure_ascii=False) for r in records]
    return ("\n".join(lines) + "\n").encode()


def check_format(records: list[dict], name: str, lengths: list[int] | None = None) -> None:
    """The checks OpenAI runs on upload, done here first (fail before paying or waiting)."""
    if name == "train" and len(records) < MIN_EXAMPLES:
        raise PipelineError(
            f"OpenAI fine-tuning needs at least {MIN_EXAMPLES} training examples; the train "
            f"split has {len(records)}"
        )
    for i, rec in enumerate(records, start=1):
        roles = [m.get("role") for m in rec.get("messages", [])]
        if not roles or set(roles) - {"system", "user", "assistant"} or "assistant" not in roles:
            raise PipelineError(
                f"{name} example {i}: needs messages with roles system/user/assistant and an "
                "assistant answer"
            )
    for i, n in enumerate(lengths or [], start=1):
        if n > MAX_EXAMPLE_TOKENS:
            raise PipelineError(f"{name} example {i}: {n} tokens > {MAX_EXAMPLE_TOKENS}")


def job_key(project: Project, md5s: list[str]) -> str:
    """Same data + same job params -> same key -> the rerun re-attaches to the same job."""
    tp = project.params.train
    key = [md5s, tp.openai.model, tp.epochs, tp.batch_size, tp.openai.learning_rate_multiplier]
    key += [suffix(project), tp.seed]
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:24]


def suffix(project: Project) -> str:
    return (project.params.train.openai.suffix or project.params.task.name)[:64]


def find_job(client: Any, key: str) -> Any | None:
    """Our newest live or finished job for this key (failed/cancelled ones are not reused)."""
    for job in client.fine_tuning.jobs.list(limit=100, metadata={"ftpipe_key": key}):
        meta = getattr(job, "metadata", None) or {}
        if meta.get("ftpipe_key") == key and job.status not in ("failed", "cancelled"):
            return job
    return None


def create_job(client: Any, project: Project, train: list[dict], val: list[dict], key: str):
    tp = project.params.train
    files = {}
    for name, recs in (("train", train), ("val", val)):
        # a (filename, bytes) pair: the API wants a .jsonl name, a bare buffer is sent as "upload"
        upload = (f"{project.params.task.name}-{name}-{key[:8]}.jsonl", chat_jsonl(recs))
        files[name] = client.files.create(file=upload, purpose="fine-tune").id
    hyper: dict[str, Any] = {"n_epochs": max(1, round(tp.epochs)), "batch_size": tp.batch_size}
    if tp.openai.learning_rate_multiplier != "auto":
        hyper["learning_rate_multiplier"] = tp.openai.learning_rate_multiplier
    return client.fine_tuning.jobs.create(
        model=tp.openai.model,
        training_file=files["train"],
        validation_file=files["val"],
        method={"type": "supervised", "supervised": {"hyperparameters": hyper}},
        suffix=suffix(project),
        seed=tp.seed,
        metadata={"ftpipe_key": key},
    )


class JobProgress:
    """The job's progress as a Prefect progress artifact (key `openai-job`) when the stage runs
    inside a Prefect flow: the UI shows step k of n and the latest losses. A no-op otherwise."""

    KEY = "openai-job"

    def __init__(self) -> None:
        from prefect.context import FlowRunContext, TaskRunContext

        self.active = bool(FlowRunContext.get() or TaskRunContext.get())
        self.artifact_id = None
        self.shown: tuple | None = None

    def update(self, job: Any, step: int, total: int, losses: str) -> None:
        if not self.active:
            return
        from prefect.artifacts import create_progress_artifact, update_progress_artifact

        pct = 100.0 if job.status == "succeeded" else 100.0 * step / total if total else 0.0
        text = f"OpenAI job {job.id}: {job.status}, step {step}/{total or '?'}{losses}"
        if (pct, text) == self.shown:
            return
        if self.artifact_id is None:
            self.artifact_id = create_progress_artifact(pct, key=self.KEY, description=text)
        else:
            update_progress_artifact(self.artifact_id, pct, description=text)
        self.shown = (pct, text)


def wait(client: Any, job: Any, project: Project, history: dict[str, list]) -> Any:
    """Poll until terminal; stream new events to the log, metrics to MLflow and progress to the
    Prefect run. Cancel the job on Ctrl-C, on exit, and when Prefect cancels the flow run."""
    import mlflow
    from prefect.exceptions import TerminationSignal

    o = project.params.train.openai
    log = get_logger()
    delay, deadline = o.poll_s, time.monotonic() + o.timeout_h * 3600
    seen: set[str] = set()
    progress, step, total, losses = JobProgress(), 0, 0, ""
    try:
        while True:
            job = client.fine_tuning.jobs.retrieve(job.id)
            events = list(client.fine_tuning.jobs.list_events(job.id, limit=100))
            for ev in reversed(events):  # the API lists newest first
                if ev.id in seen:
                    continue
                seen.add(ev.id)
                data = getattr(ev, "data", None) or {}
                if ev.type == "metrics" and isinstance(data, dict) and "step" in data:
                    step, total = int(data["step"]), int(data.get("total_steps") or total)
                    losses = ""
                    for src, dst in (("train_loss", "train_loss"), ("valid_loss", "eval_loss")):
                        if data.get(src) is not None:
                            history[dst].append(float(data[src]))
                            history[dst.replace("loss", "step")].append(step)
                            mlflow.log_metric(dst, float(data[src]), step=step)
                            losses += f", {dst.replace('_', ' ')} {float(data[src]):.4f}"
                else:
                    log.info("train (openai %s): %s", job.id, ev.message)
            progress.update(job, step, total, losses)
            if job.status in TERMINAL:
                return job
            if time.monotonic() > deadline:
                raise PipelineError(f"OpenAI job {job.id} still {job.status} after timeout_h")
            time.sleep(delay)
            delay = min(delay * 1.5, o.poll_max_s)
    # TerminationSignal: Prefect's SIGTERM when the flow run is cancelled (or its worker stops)
    except (KeyboardInterrupt, SystemExit, TerminationSignal, PipelineError) as err:
        if not isinstance(err, PipelineError) or "timeout_h" in str(err):
            client.fine_tuning.jobs.cancel(job.id)
            log.warning("train: cancelled OpenAI job %s (%s)", job.id, type(err).__name__)
        raise


def train_openai(project: Project) -> dict:
    """Run (or re-attach to) the OpenAI fine-tuning job for this data and params."""
    import openai

    from tasks.llm import load_model
    from tasks.tracking import setup_mlflow
    from tasks.train import flatten, preflight, sft_rows

    log = get_logger()
    params = project.params
    tp = params.train
    train = read_records(project.split_path("train"))
    val = read_records(project.split_path("val"))
    check_format(train, "train")
    check_format(val, "val")
    # token counts with the task's base-model tokenizer: OpenAI's own differs a little, so the
    # cost is an estimate (said in the report)
    _, tok = load_model(params.task.base_model, root=project.root)
    flight = preflight(
        tok,
        sft_rows(train, params.task.system_prompt),
        tp,
        n_params=None,
        dev="remote",
        max_truncated_share=1.0,  # OpenAI's own max length applies, not train.max_length
    )
    flight["cost_is_estimate"] = "tokens counted with the task.base_model tokenizer"
    md5s = [file_md5(project.split_path(s)) for s in ("train", "val")]
    key = job_key(project, md5s)
    client = openai.OpenAI(max_retries=5)

    import mlflow

    experiment_id = setup_mlflow(project)
    run = mlflow.start_run(experiment_id=experiment_id, run_name=f"train-{params.task.name}")
    history: dict[str, list] = {k: [] for k in ("train_loss", "train_step", "eval_loss")}
    history["eval_step"] = []
    try:
        mlflow.set_tags({"ftpipe.stage": "train", "ftpipe.backend": "openai"})
        mlflow.log_params(flatten({"backend": "openai", **tp.openai.model_dump(mode="json")}))
        mlflow.log_params({"epochs": tp.epochs, "batch_size": tp.batch_size, "seed": tp.seed})
        mlflow.log_dict(flight, "preflight.json")
        job = find_job(client, key)
        if job is not None:
            log.info("train: re-attaching to OpenAI job %s (%s)", job.id, job.status)
            reattached = True
        else:
            job = create_job(client, project, train, val, key)
            log.info("train: created OpenAI job %s on %s", job.id, tp.openai.model)
            reattached = False
        job = wait(client, job, project, history)
        if job.status != "succeeded":
            err = getattr(job, "error", None)
            code = getattr(err, "code", None) or "unknown"
            param = getattr(err, "param", None)
            message = getattr(err, "message", None) or job.status
            raise PipelineError(
                f"OpenAI fine-tuning job {job.id} {job.status}: [{code}]"
                + (f" parameter {param!r}:" if param else "")
                + f" {message}"
            )
        mlflow.set_tags({"ftpipe.openai_job": job.id, "ftpipe.openai_model": job.fine_tuned_model})
        with atomic_dir(project.stage_dir("train")) as out:
            write_json(
                out / RUN_INFO,
                {
                    "run_id": run.info.run_id,
                    "experiment_id": experiment_id,
                    "backend": "openai",
                    "base_model": tp.openai.model,
                    "remote_model": job.fine_tuned_model,
                    "openai_job": job.id,
                    "reattached": reattached,
                    "trained_tokens": getattr(job, "trained_tokens", None),
                    "preflight": flight,
                    **history,
                    "n_train": len(train),
                    "n_val": len(val),
                },
            )
    except BaseException as err:
        mlflow.end_run(status="KILLED" if isinstance(err, KeyboardInterrupt) else "FAILED")
        raise
    mlflow.end_run(status="FINISHED")
    log.info("train: OpenAI job %s succeeded: %s", job.id, job.fine_tuned_model)
    return {
        "run_id": run.info.run_id,
        "backend": "openai",
        "remote_model": job.fine_tuned_model,
        "openai_job": job.id,
        "reattached": reattached,
    }
