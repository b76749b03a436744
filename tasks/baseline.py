"""baseline: every contender that needs no training, on the test split — always measured first.

    ftpipe stage baseline        # or: dvc repro baseline
    ftpipe advise                # what these numbers say before you spend on training

What a user would pick instead of a fine-tune, on the same frozen test set, with the prompts and
decoding every language model gets (`tasks.lib.contenders`, `evaluate` params):
- `majority`: the most frequent label of train + val (extraction: each field's most frequent
  value; generation: none);
- `classic` (`baseline.classic`): fitted on train + val in about a second — TF-IDF + logistic
  regression (classification; saved for `ftpipe shadow`), or the TF-IDF nearest neighbour's
  answer (extraction, generation);
- `base`: the base model zero-shot, and `base_few_shot`: with `baseline.few_shot` train examples
  (one per label, round-robin) shown first. With `train.backend: openai` the base model is the
  OpenAI model being fine-tuned.
Each with 95 % intervals, latency (one request at a time and batched), prompt tokens and cost per
1,000 requests. evaluate adds the candidate and the current champion to the same table.

Writes data/baseline/: contenders.json, predictions.jsonl (every contender's answer per example),
metrics.json (the base model zero-shot's row), classic.joblib, report.json.
"""

from __future__ import annotations

import time

from tasks.lib.contenders import (
    base_model_name,
    classic_run,
    llm_run,
    log_row,
    majority_run,
    save_runs,
    summarize,
    write_metrics,
)
from tasks.lib.io import atomic_dir, read_records, write_json
from tasks.lib.project import CLASSIC_MODEL, REPORT, Project
from tasks.lib.prompts import select_few_shot
from tasks.lib.runtime import stage_task
from tasks.lib.task_types import task_kind


def _runs(project: Project, train: list[dict], val: list[dict], test: list[dict]):
    """The contenders' runs, and the classic model (None when not fitted)."""
    from tasks.lib.classic import fit_classic

    p = project.params
    majority = majority_run(train + val, test, task_kind(project))
    runs, classic = [] if majority is None else [majority], None
    if p.baseline.classic:
        t0 = time.perf_counter()
        retrieval = p.task.type != "classification"
        classic = fit_classic(train + val, seed=p.evaluate.seed, retrieval=retrieval)
        fit_s = time.perf_counter() - t0
        runs.append(classic_run(classic, test, project, fit_s=fit_s))
    name, remote = base_model_name(project)
    runs.append(
        llm_run(project, test, name="base", describe=f"{name}, 0-shot", remote_model=remote)
    )
    shots = select_few_shot(train, p.task.labels, p.baseline.few_shot)
    if shots:
        runs.append(
            llm_run(
                project,
                test,
                name="base_few_shot",
                few_shot=shots,
                describe=f"{name}, {len(shots)}-shot",
                remote_model=remote,
            )
        )
    return runs, classic, shots


@stage_task
def baseline(project: Project) -> dict:
    """Run the contenders that need no training on the test split; write their table."""
    from tasks.lib.classic import save_classic

    p = project.params
    t0 = time.perf_counter()
    train, val, test = (read_records(project.split_path(s)) for s in ("train", "val", "test"))
    runs, classic, shots = _runs(project, train, val, test)
    kind = task_kind(project)
    gold = kind.references(test)
    table = {run.name: summarize(run, gold, project) for run in runs}
    base = next(run for run in runs if run.name == "base")
    with atomic_dir(project.stage_dir("baseline")) as out:
        save_runs(out, table, runs, test)
        write_metrics(out, kind, gold, base, table["base"])
        if classic is not None:
            save_classic(classic, out / CLASSIC_MODEL)
        write_json(
            out / REPORT,
            {
                "base_model": base_model_name(project)[0],
                "n_test": len(test),
                "few_shot_ids": [r.get("id") for r in shots],
                "scoring": p.evaluate.scoring,
                "runtime_s": round(time.perf_counter() - t0, 2),
            },
        )
    metric = p.register.metric
    for name, row in table.items():
        log_row("baseline", name, row, metric)
    return {name: row[metric] for name, row in table.items()} | {"n_test": len(test)}
