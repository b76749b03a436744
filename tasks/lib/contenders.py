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

import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from tasks.lib.metrics import classification_metrics, parse_label
from tasks.lib.project import Project
from tasks.lib.prompts import record_prompt
from tasks.lib.records import check_labels, label_of, user_text
from tasks.lib.runtime import get_logger

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
        predictions: the label per test example, None for an answer that names no label.
        raw: what the model said (generation), or the label it picked.
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
    predictions: list[str | None]
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


def majority_run(train_val: Sequence[dict], test: Sequence[dict], labels: Sequence[str]) -> Run:
    """Always the most frequent label of train + val (ties: the first in `task.labels`)."""
    counts = Counter(label_of(r) for r in train_val)
    top = max(labels, key=lambda lab: (counts[lab], -labels.index(lab)))
    return Run(
        "majority",
        "majority",
        f"always {top}",
        "-",
        [top] * len(test),
        [top] * len(test),
        batched_s=0.0,
        single_ms=[0.0],
    )


def classic_run(
    model: Any, test: Sequence[dict], project: Project, *, fit_s: float | None = None
) -> Run:
    """The TF-IDF + logistic regression model (tasks/lib/classic.py), timed and priced like the
    local language models (`evaluate.latency_requests`, `evaluate.cost.usd_per_hour`)."""
    from tasks.lib.classic import predict_classic

    ev = project.params.evaluate
    texts = [user_text(r) for r in test]
    predictions, batched_s = _timed(lambda: predict_classic(model, texts))
    k = min(ev.latency_requests, len(texts))
    single = _single_ms(lambda i: predict_classic(model, [texts[i]]), k)
    return Run(
        "classic",
        "classic",
        "TF-IDF + logreg (train + val)",
        "-",
        predictions,
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
    labels: Sequence[str],
    *,
    scoring: str,
    batch_size: int,
    max_new_tokens: int,
) -> tuple[list[str | None], list[str]]:
    """(labels, raw answers) of a local model: the most likely label (never invalid), or greedy
    generation parsed for a label (None when it names none)."""
    if scoring == "labels":
        from tasks.lib.loglik import label_logprobs, pick_labels

        picks = pick_labels(
            label_logprobs(model, tok, prompts, labels, batch_size=batch_size), labels
        )
        return list(picks), list(picks)
    from tasks.lib.scoring import predict

    raw = predict(model, tok, prompts, batch_size=batch_size, max_new_tokens=max_new_tokens)
    return [parse_label(t, labels) for t in raw], raw


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
    check_labels(test, p.task.labels, "test split")
    prompts = [record_prompt(r, p.task.system_prompt, few_shot) for r in test]
    if remote_model is not None:
        return _remote_run(project, prompts, name=name, describe=describe, model=remote_model)
    from tasks.lib.models import load_model

    model, tok = load_model(base_model or p.task.base_model, weights_dir, root=project.root)
    ev = p.evaluate
    if p.train.truncate != "none":  # over-long inputs: cut the user turn as training did
        from tasks.lib.truncate import answer_reserve, fit_prompts

        room = answer_reserve(tok, p.task.labels)
        reserve = room if ev.scoring == "labels" else max(room, ev.max_new_tokens)
        prompts = fit_prompts(tok, prompts, p.train.max_length, p.train.truncate, reserve)
    decode = {
        "scoring": ev.scoring,
        "batch_size": ev.batch_size,
        "max_new_tokens": ev.max_new_tokens,
    }
    (predictions, raw), batched_s = _timed(
        lambda: answer(model, tok, prompts, p.task.labels, **decode)
    )
    k = min(ev.latency_requests, len(prompts)) if latency else 0
    single = _single_ms(lambda i: answer(model, tok, [prompts[i]], p.task.labels, **decode), k)
    n_tokens = [len(tok(t, add_special_tokens=False)["input_ids"]) for t in _texts(tok, prompts)]
    get_logger().info(
        "%s: %d test examples in %.1f s (%s), %.0f prompt tokens per request",
        name,
        len(test),
        batched_s,
        ev.scoring,
        statistics.fmean(n_tokens),
    )
    return Run(
        name,
        "llm",
        describe,
        ev.scoring,
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
        [parse_label(t, p.task.labels) for t in raw],
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


def summarize(run: Run, gold: Sequence[str], project: Project) -> dict[str, Any]:
    """One row of the contenders table: metrics with confidence intervals, latency, cost."""
    from tasks.lib.stats import metric_intervals

    ev, labels = project.params.evaluate, project.params.task.labels
    metrics = classification_metrics(gold, run.predictions, labels)
    intervals = metric_intervals(
        gold, run.predictions, labels, resamples=ev.bootstrap, level=ev.ci_level, seed=ev.seed
    )
    n = len(gold)
    return {
        "kind": run.kind,
        "describe": run.describe,
        "scoring": run.scoring,
        "n": n,
        **{k: metrics[k] for k in ("accuracy", "macro_f1", "invalid_rate")},
        "intervals": intervals,
        "latency": latency(run),
        "prompt_tokens": run.prompt_tokens,
        "completion_tokens": run.completion_tokens,
        "cost_per_1k_usd": run.cost_per_1k_usd,
        "confusion_labels": metrics["confusion_labels"],
        "confusion_matrix": metrics["confusion_matrix"],
        **run.extra,
    }


def compare(candidate: Run, other: Run, gold: Sequence[str], project: Project) -> dict[str, Any]:
    """Candidate - contender on the same examples: accuracy (paired bootstrap interval and exact
    McNemar test) and macro-F1 (paired bootstrap interval)."""
    import numpy as np

    from tasks.lib.stats import macro_f1_difference, paired_difference

    ev, labels = project.params.evaluate, project.params.task.labels
    stats = {"resamples": ev.bootstrap, "level": ev.ci_level, "seed": ev.seed}
    a = np.array([p == g for p, g in zip(candidate.predictions, gold, strict=True)])
    b = np.array([p == g for p, g in zip(other.predictions, gold, strict=True)])
    f1 = macro_f1_difference(gold, candidate.predictions, other.predictions, labels, **stats)
    return {"accuracy": paired_difference(a, b, **stats).as_dict(), "macro_f1": f1}


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
            "label": label_of(rec),
            "predictions": {run.name: run.predictions[i] for run in runs},
            "raw": {run.name: run.raw[i] for run in runs},
        }
        for i, rec in enumerate(test)
    ]
    write_jsonl(out / PREDICTIONS, rows)


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
