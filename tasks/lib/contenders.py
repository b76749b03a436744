"""Contenders: every model a user could ship instead of the fine-tune, on the same frozen test set.

    runs = [majority_run(train_val, test, labels), classic_run(fit_classic(train_val), test, ...)]
    runs.append(llm_run(project, test, name="base", describe="smollm2, 0-shot"))
    table = {run.name: summarize(run, gold, project) for run in runs}
    paired = compare(candidate_run, run, gold, project)          # candidate - contender

A run keeps every prediction (paired tests, failure mining) and what it costs, measured on this
machine: latency per request one at a time (p50 / p95 over `evaluate.latency_requests` requests)
and batched (the whole test set), prompt tokens per request, and the cost per 1,000 requests —
local models: measured seconds x `evaluate.cost.usd_per_hour`; OpenAI models: tokens x
`evaluate.cost.prices`. Every LLM contender gets the same prompts and decoding
(`evaluate.scoring`: the most likely label, or free generation parsed for a label).
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from tasks.lib.project import Project
from tasks.lib.prompts import record_prompt
from tasks.lib.records import check_labels, label_of, user_text
from tasks.lib.runtime import get_logger
from tasks.lib.task_types import Classification, TaskKind, task_kind

Kind = Literal["majority", "classic", "llm"]


@dataclass
class Run:
    """One contender's answers on the test set, and what producing them cost.

    Attributes:
        name: its key in the table ("majority", "classic", "base", "base_few_shot", "champion",
            "candidate").
        kind: majority, classic or llm.
        describe: what it is, for people ("smollm2, 6-shot", "v3", "ft:gpt-4o-mini:...").
        scoring: "labels", "generate" or "-" (majority, classic).
        predictions: the answer as `task.type` reads it (`TaskKind.parse`): a label (None when the
            answer names none), a JSON object (None when none parses) or the stripped text.
        raw: what the model said (generation), or the label it picked; metrics read this.
        batched_s: seconds for the whole test set, after loading.
        single_ms: wall time of each request sent one at a time.
        prompt_tokens: mean prompt tokens per request (LLMs).
        completion_tokens: mean completion tokens per request (remote models).
        cost_per_1k_usd: what 1,000 requests cost.
        extra: anything else worth reporting (the classic model's fit time...).
    """

    name: str
    kind: Kind
    describe: str
    scoring: str
    predictions: list[Any]
    raw: list[str]
    batched_s: float
    single_ms: list[float]
    prompt_tokens: float | None = None
    completion_tokens: float | None = None
    cost_per_1k_usd: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def _single_ms(answer_one: Callable[[int], Any], k: int) -> list[float]:
    """Wall time of the first k requests sent one at a time (batch 1)."""
    return [1000 * _timed(lambda i=i: answer_one(i))[1] for i in range(k)]


def local_cost_per_1k(seconds_per_request: float, usd_per_hour: float) -> float:
    return round(1000 * seconds_per_request * usd_per_hour / 3600, 6)


# ---------------------------------------------------------------------------------------------
# The contenders that need no language model
# ---------------------------------------------------------------------------------------------


def majority_run(train_val: Sequence[dict], test: Sequence[dict], kind: TaskKind) -> Run | None:
    """Always the most frequent answer of train + val: the most frequent label (ties: the first
    in `task.labels`), or for extraction the object of each field's most frequent value (ties:
    the first seen). None for generation (no answer is "most frequent" in free text)."""
    if isinstance(kind, Classification):
        counts = Counter(label_of(r) for r in train_val)
        labels = kind.labels
        top = max(labels, key=lambda lab: (counts[lab], -labels.index(lab)))
        raw, describe = top, f"always {top}"
    elif kind.name == "extraction":
        objects = kind.references(train_val)
        fields = list(dict.fromkeys(k for obj in objects for k in obj))
        mode = {}
        for f in fields:
            values = Counter(json.dumps(o[f], sort_keys=True) for o in objects if f in o)
            mode[f] = json.loads(values.most_common(1)[0][0])
        raw, describe = json.dumps(mode), "each field's most frequent value"
    else:
        return None
    return Run(
        "majority",
        "majority",
        describe,
        "-",
        [kind.parse(raw)] * len(test),
        [raw] * len(test),
        batched_s=0.0,
        single_ms=[0.0],
    )


def classic_run(
    model: Any, test: Sequence[dict], project: Project, *, fit_s: float | None = None
) -> Run:
    """The classic model (tasks/lib/classic.py: TF-IDF + logistic regression, or TF-IDF nearest
    neighbour), timed and priced like the local language models (`evaluate.latency_requests`,
    `evaluate.cost.usd_per_hour`)."""
    from tasks.lib.classic import predict_classic

    ev = project.params.evaluate
    texts = [user_text(r) for r in test]
    predictions, batched_s = _timed(lambda: predict_classic(model, texts))
    k = min(ev.latency_requests, len(texts))
    single = _single_ms(lambda i: predict_classic(model, [texts[i]]), k)
    return Run(
        "classic",
        "classic",
        "TF-IDF nearest answer (train + val)"
        if model.steps[-1][0] == "kneighborsclassifier"
        else "TF-IDF + logreg (train + val)",
        "-",
        [task_kind(project).parse(t) for t in predictions],
        list(predictions),
        batched_s,
        single,
        cost_per_1k_usd=local_cost_per_1k(batched_s / max(len(test), 1), ev.cost.usd_per_hour),
        extra={} if fit_s is None else {"fit_s": round(fit_s, 3)},
    )


# ---------------------------------------------------------------------------------------------
# Language models: local (label scoring or generation) and remote (OpenAI, generation)
# ---------------------------------------------------------------------------------------------


def base_model_name(project: Project) -> tuple[str, str | None]:
    """(name to show, remote model id or None): the model the fine-tune starts from — the OpenAI
    model being fine-tuned with `train.backend: openai`, else `task.base_model`."""
    tp = project.params.train
    if tp.backend == "openai":
        return tp.openai.model, tp.openai.model
    return project.params.task.base_model, None


def answer(
    model: Any,
    tok: Any,
    prompts: list[list[dict]],
    kind: TaskKind,
    *,
    scoring: str,
    batch_size: int,
    max_new_tokens: int,
) -> tuple[list[Any], list[str]]:
    """(parsed answers, raw answers) of a local model: for classification with `scoring:
    labels` the most likely label (never invalid); otherwise greedy generation read by `kind`."""
    if scoring == "labels" and isinstance(kind, Classification):
        from tasks.lib.loglik import label_logprobs, pick_labels

        labels = kind.labels
        picks = pick_labels(
            label_logprobs(model, tok, prompts, labels, batch_size=batch_size), labels
        )
        return list(picks), list(picks)
    from tasks.lib.scoring import predict

    raw = predict(model, tok, prompts, batch_size=batch_size, max_new_tokens=max_new_tokens)
    return [kind.parse(t) for t in raw], raw


def llm_run(
    project: Project,
    test: Sequence[dict],
    *,
    name: str,
    describe: str,
    weights_dir: str | Path | None = None,
    few_shot: Sequence[dict] = (),
    remote_model: str | None = None,
    base_model: str | None = None,
    latency: bool = True,
) -> Run:
    """A language model on the test set with the task's prompts and `evaluate` decoding.

    Args:
        name, describe: see `Run`.
        weights_dir: an adapter or standalone model from the train stage (None: the base model).
        few_shot: train examples shown before each test example.
        remote_model: an OpenAI model id instead of a local model.
        base_model: the base model reference (default `task.base_model`; a champion may have been
            trained on another one).
        latency: also time `evaluate.latency_requests` requests one at a time.
    """
    p = project.params
    kind = task_kind(project)
    if isinstance(kind, Classification):
        check_labels(test, p.task.labels, "test split")
    prompts = [record_prompt(r, p.task.system_prompt, few_shot) for r in test]
    if remote_model is not None:
        return _remote_run(project, prompts, name=name, describe=describe, model=remote_model)
    from tasks.lib.models import load_model

    model, tok = load_model(base_model or p.task.base_model, weights_dir, root=project.root)
    ev = p.evaluate
    scoring = ev.scoring if isinstance(kind, Classification) else "generate"
    if p.train.truncate != "none":  # over-long inputs: cut the user turn as training did
        from tasks.lib.truncate import answer_reserve, fit_prompts

        room = answer_reserve(tok, p.task.labels) if p.task.labels else 0
        reserve = room if scoring == "labels" else max(room, ev.max_new_tokens)
        prompts = fit_prompts(tok, prompts, p.train.max_length, p.train.truncate, reserve)
    decode = {"scoring": scoring, "batch_size": ev.batch_size, "max_new_tokens": ev.max_new_tokens}
    (predictions, raw), batched_s = _timed(lambda: answer(model, tok, prompts, kind, **decode))
    k = min(ev.latency_requests, len(prompts)) if latency else 0
    single = _single_ms(lambda i: answer(model, tok, [prompts[i]], kind, **decode), k)
    n_tokens = [len(tok(t, add_special_tokens=False)["input_ids"]) for t in _texts(tok, prompts)]
    get_logger().info(
        "%s: %d test examples in %.1f s (%s), %.0f prompt tokens per request",
        name,
        len(test),
        batched_s,
        scoring,
        statistics.fmean(n_tokens),
    )
    return Run(
        name,
        "llm",
        describe,
        scoring,
        predictions,
        raw,
        batched_s,
        single,
        prompt_tokens=round(statistics.fmean(n_tokens), 1),
        cost_per_1k_usd=local_cost_per_1k(batched_s / len(test), ev.cost.usd_per_hour),
    )


def _texts(tok: Any, prompts: list[list[dict]]) -> list[str]:
    return [tok.apply_chat_template(x, add_generation_prompt=True, tokenize=False) for x in prompts]


def remote_price(project: Project, model: str) -> Any | None:
    """An OpenAI model's price: its own entry, or "ft:<base>" for a fine-tuned `ft:<base>:...`."""
    prices = project.params.evaluate.cost.prices
    if model in prices:
        return prices[model]
    if model.startswith("ft:"):
        return prices.get(":".join(model.split(":")[:2]))
    return None


def _remote_run(project: Project, prompts: list[list[dict]], *, name, describe, model) -> Run:
    """An OpenAI chat model: greedy generation (no label scoring over the API), timed per request
    while `concurrency` requests are in flight; tokens as the API counted them."""
    from tasks.lib.providers import complete_remote

    p = project.params
    done, batched_s = _timed(
        lambda: complete_remote(model, prompts, max_new_tokens=p.evaluate.max_new_tokens)
    )
    raw = [c.text for c in done]
    tokens_in = statistics.fmean(c.tokens_in for c in done)
    tokens_out = statistics.fmean(c.tokens_out for c in done)
    price = remote_price(project, model)
    cost = (
        None
        if price is None
        else round(1000 * (tokens_in * price.input + tokens_out * price.output) / 1e6, 6)
    )
    k = p.evaluate.latency_requests
    return Run(
        name,
        "llm",
        describe,
        "generate",
        [task_kind(project).parse(t) for t in raw],
        raw,
        batched_s,
        [1000 * c.seconds for c in done[:k]],
        prompt_tokens=round(tokens_in, 1),
        completion_tokens=round(tokens_out, 1),
        cost_per_1k_usd=cost,
    )


# ---------------------------------------------------------------------------------------------
# The table and the paired comparisons
# ---------------------------------------------------------------------------------------------


def latency(run: Run) -> dict[str, Any]:
    """p50 / p95 of the requests timed one at a time, and the batched time per request."""
    from tasks.lib.stats import nearest_rank

    n = len(run.predictions)
    return {
        "p50_ms": round(nearest_rank(run.single_ms, 0.5), 2),
        "p95_ms": round(nearest_rank(run.single_ms, 0.95), 2),
        "timed_requests": len(run.single_ms),
        "batched_ms_per_request": round(1000 * run.batched_s / max(n, 1), 2),
        "requests_per_s": round(n / run.batched_s, 2) if run.batched_s > 0 else None,
    }


def summarize(run: Run, gold: Sequence[Any], project: Project) -> dict[str, Any]:
    """One row of the contenders table: the task type's metrics with confidence intervals
    (`TaskKind.summary`), latency, cost. `gold`: `TaskKind.references(test)`."""
    return {
        "kind": run.kind,
        "describe": run.describe,
        "scoring": run.scoring,
        "n": len(gold),
        **task_kind(project).summary(gold, run.raw, project.params.evaluate),
        "latency": latency(run),
        "prompt_tokens": run.prompt_tokens,
        "completion_tokens": run.completion_tokens,
        "cost_per_1k_usd": run.cost_per_1k_usd,
        **run.extra,
    }


def log_row(stage: str, name: str, row: dict[str, Any], metric: str) -> None:
    """One contender's line in the log: the promotion metric with its interval, invalid share."""
    entry = row["intervals"][metric]
    get_logger().info(
        "%s: %-13s %s %.3f [%.3f, %.3f], invalid %.1f%%, %s",
        stage,
        name,
        metric,
        row[metric],
        entry["low"],
        entry["high"],
        100 * row["invalid_rate"],
        row["describe"],
    )


def compare(candidate: Run, other: Run, gold: Sequence[Any], project: Project) -> dict[str, Any]:
    """Candidate - contender on the same examples, per metric of the task type, each with its
    paired interval (`TaskKind.compare`; exact McNemar for rates)."""
    return task_kind(project).compare(gold, candidate.raw, other.raw, project.params.evaluate)


# ---------------------------------------------------------------------------------------------
# On disk: the table (contenders.json) and every answer per example (predictions.jsonl)
# ---------------------------------------------------------------------------------------------


def save_runs(out: Path, table: dict[str, dict], runs: Sequence[Run], test: Sequence[dict]) -> None:
    """contenders.json (the table) and predictions.jsonl (one row per test example: its id, its
    label, and each contender's answer and raw text), into the stage's output folder."""
    from tasks.lib.io import write_json, write_jsonl
    from tasks.lib.project import CONTENDERS, PREDICTIONS

    write_json(out / CONTENDERS, table)
    rows = [
        {
            "id": rec.get("id"),
            "label": label_of(rec),  # the reference answer (a label, JSON text or text)
            "predictions": {run.name: run.predictions[i] for run in runs},
            "raw": {run.name: run.raw[i] for run in runs},
        }
        for i, rec in enumerate(test)
    ]
    write_jsonl(out / PREDICTIONS, rows)


def write_metrics(
    out: Path,
    kind: TaskKind,
    gold: Sequence[Any],
    run: Run,
    row: dict[str, Any],
    confusion_png: str | None = None,
) -> None:
    """metrics.json of one contender: classification's per-class scores and confusion matrix
    (plotted to `confusion_png` when given); the other types' table row."""
    from tasks.lib.io import write_json
    from tasks.lib.project import METRICS

    if not isinstance(kind, Classification):
        write_json(out / METRICS, row)
        return
    from tasks.lib.metrics import classification_metrics, plot_confusion_matrix

    metrics = classification_metrics(gold, run.predictions, kind.labels)
    write_json(out / METRICS, metrics)
    if confusion_png:
        plot_confusion_matrix(metrics, out / confusion_png, title=run.name)


def load_runs(folder: Path, test: Sequence[dict]) -> tuple[dict[str, dict], list[Run]]:
    """The table and runs (answers only) a stage saved, checked against the current test split."""
    from tasks.lib.errors import PipelineError
    from tasks.lib.io import read_json, read_records
    from tasks.lib.project import CONTENDERS, PREDICTIONS

    if not (folder / CONTENDERS).is_file():
        raise PipelineError(f"{folder / CONTENDERS}: missing (run the {folder.name} stage first)")
    table = read_json(folder / CONTENDERS)
    rows = read_records(folder / PREDICTIONS)
    if [r["id"] for r in rows] != [r.get("id") for r in test]:
        raise PipelineError(
            f"{folder / PREDICTIONS}: answers for another test split; rerun that stage"
        )
    runs = [
        Run(
            name,
            row["kind"],
            row["describe"],
            row["scoring"],
            [r["predictions"][name] for r in rows],
            [r["raw"][name] for r in rows],
            batched_s=0.0,
            single_ms=[],
        )
        for name, row in table.items()
    ]
    return table, runs


# ---------------------------------------------------------------------------------------------
# The current champion: a contender too, re-run on this test set with today's prompts
# ---------------------------------------------------------------------------------------------


def champion_version(project: Project) -> Any | None:
    """The model version the `champion` alias points at; None without a store or a champion.
    Never creates a store (a project that registered nothing has no champion)."""
    from tasks.lib import tracking

    db = tracking.sqlite_path(tracking.tracking_uri(project))
    if db is not None and not db.is_file():
        return None
    from mlflow.exceptions import MlflowException

    client = tracking.client(project)
    name = project.params.task.name
    try:
        aliases = client.get_registered_model(name).aliases
    except MlflowException:  # nothing registered under this name yet
        return None
    version = aliases.get(tracking.CHAMPION)
    return None if version is None else client.get_model_version(name, str(version))


def champion_run(
    project: Project,
    test: Sequence[dict],
    version: Any,
    latency: bool = True,
    name: str = "champion",
) -> Run:
    """A registered version's answers on `test` (the champion's, by default): its registered
    weights (or OpenAI model) with the task's prompts and decoding, on the base model it was
    trained from."""
    import tempfile

    import mlflow

    from tasks.lib.project import trained_weights

    describe = f"v{version.version}"
    remote = version.tags.get("openai_model")
    if remote:
        return llm_run(
            project, test, name=name, describe=describe, remote_model=remote, latency=latency
        )
    with tempfile.TemporaryDirectory() as tmp:
        local = mlflow.artifacts.download_artifacts(
            artifact_uri=f"models:/{project.params.task.name}/{version.version}", dst_path=tmp
        )
        # the registered pyfunc's artifacts keep the train stage's folder names
        weights = trained_weights(Path(local) / "artifacts")
        return llm_run(
            project,
            test,
            name=name,
            describe=describe,
            weights_dir=weights,
            base_model=version.tags.get("base_model"),
            latency=latency,
        )
