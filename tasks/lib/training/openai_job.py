"""The OpenAI training backend: an OpenAI fine-tuning job instead of local training.

    train.backend: openai          # params.yaml, with OPENAI_API_KEY set; `ftpipe stage train`

1. The split files are checked locally against the chat fine-tuning format and limits (at least
   10 examples, roles, one assistant answer: `check_data`) and the stage's pre-flight estimates the
   cost against `train.preflight.budget_usd`, before anything is uploaded.
2. Re-attach: a job already created for the same data (train/val md5) and params carries the same
   `metadata.ftpipe_key`; a rerun finds it and waits for it instead of creating another.
3. Otherwise upload train and val files and create the job (supervised method: n_epochs,
   batch_size, learning_rate_multiplier; suffix, seed).
4. Poll with backoff (`train.openai.poll_s` growing x1.5 to `poll_max_s`), streaming job events
   to the log and their metrics (train/valid loss by step) to MLflow. An interrupted run (Ctrl-C,
   a cancelled Prefect flow) cancels the job. A failed job raises its error code, parameter and
   message.
5. The stage writes data/train/run.json with `backend: openai` and the `ft:` model id; evaluate
   and register use it through chat completions at temperature 0.
"""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

from tasks.lib.errors import PipelineError
from tasks.lib.io import file_md5
from tasks.lib.project import Project
from tasks.lib.runtime import get_logger, in_prefect_run
from tasks.lib.training.core import LossHistory, TrainJob, TrainOutcome

MIN_EXAMPLES = 10  # OpenAI rejects smaller training files
MAX_EXAMPLE_TOKENS = 65_536  # per example, the documented limit for current chat models
TERMINAL = ("succeeded", "failed", "cancelled")


def chat_jsonl(records: list[dict]) -> bytes:
    """Our records in the OpenAI chat fine-tuning format (ids dropped)."""
    lines = [json.dumps({"messages": r["messages"]}, ensure_ascii=False) for r in records]
    return ("\n".join(lines) + "\n").encode()


def check_data(train: list[dict], val: list[dict]) -> None:
    """The checks OpenAI runs on upload, done here first (fail before paying or waiting)."""
    check_format(train, "train")
    check_format(val, "val")


def check_format(records: list[dict], name: str, lengths: list[int] | None = None) -> None:
    """OpenAI's upload rules for one file: enough examples, roles, an answer, token limits."""
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
        self.active = in_prefect_run()
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


def wait(client: Any, job: Any, project: Project, history: LossHistory) -> Any:
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
                            history.add(step, **{dst: float(data[src])})
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


def describe(project: Project) -> dict[str, Any]:
    """The job's effective hyper-parameters (what is sent, and the model it starts from)."""
    tp = project.params.train
    return {
        "backend": "openai",
        "base_model": tp.openai.model,
        **tp.openai.model_dump(mode="json"),
        "epochs": tp.epochs,
        "batch_size": tp.batch_size,
        "seed": tp.seed,
    }


def _raise_failed(job: Any) -> None:
    err = getattr(job, "error", None)
    code = getattr(err, "code", None) or "unknown"
    param = getattr(err, "param", None)
    message = getattr(err, "message", None) or job.status
    raise PipelineError(
        f"OpenAI fine-tuning job {job.id} {job.status}: [{code}]"
        + (f" parameter {param!r}:" if param else "")
        + f" {message}"
    )


def train(job: TrainJob, run: Any) -> TrainOutcome:
    """Run (or re-attach to) the OpenAI fine-tuning job for this data and params."""
    import mlflow
    import openai

    project, tp = job.project, job.project.params.train
    log = get_logger()
    key = job_key(project, [file_md5(project.split_path(s)) for s in ("train", "val")])
    client = openai.OpenAI(max_retries=5)
    history = LossHistory()
    ft = find_job(client, key)
    reattached = ft is not None
    if reattached:
        log.info("train: re-attaching to OpenAI job %s (%s)", ft.id, ft.status)
    else:
        ft = create_job(client, project, job.train, job.val, key)
        log.info("train: created OpenAI job %s on %s", ft.id, tp.openai.model)
    ft = wait(client, ft, project, history)
    if ft.status != "succeeded":
        _raise_failed(ft)
    mlflow.set_tags({"ftpipe.openai_job": ft.id, "ftpipe.openai_model": ft.fine_tuned_model})
    log.info("train: OpenAI job %s succeeded: %s", ft.id, ft.fine_tuned_model)
    info = {
        "remote_model": ft.fine_tuned_model,
        "openai_job": ft.id,
        "reattached": reattached,
        "trained_tokens": getattr(ft, "trained_tokens", None),
        "n_train": len(job.train),
        "n_val": len(job.val),
    }
    summary = {k: info[k] for k in ("remote_model", "openai_job", "reattached")}
    return TrainOutcome(summary=summary, history=history, info=info)
