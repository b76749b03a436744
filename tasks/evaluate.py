"""evaluate: the candidate and the current champion join baseline's contenders in one table.

    ftpipe stage evaluate        # or: dvc repro evaluate

The candidate (base + adapter, the exported model, or the OpenAI `ft:` model) and the current
champion (its registered weights, re-run here) get the same prompts and decoding as every
baseline contender (`tasks.lib.contenders`). Each contender is compared with the candidate on the
same examples: the paired difference in accuracy with its interval and an exact McNemar test, and
in macro-F1 with a paired bootstrap interval. The test split is used here and in baseline only —
never for model selection (train uses val).

Writes data/evaluate/: contenders.json (baseline's + candidate + champion), comparisons.json
(candidate - each contender), predictions.jsonl (every contender's answer per example),
failures.jsonl (the candidate's misses and its disagreements with the champion, with what every
other contender answered), metrics.json (the candidate), confusion_matrix.png, report.json.
"""

from __future__ import annotations

import time

from tasks.lib.contenders import (
    Run,
    champion_run,
    champion_version,
    compare,
    llm_run,
    load_runs,
    save_runs,
    summarize,
)
from tasks.lib.errors import PipelineError
from tasks.lib.io import atomic_dir, read_records, write_json, write_jsonl
from tasks.lib.metrics import classification_metrics, plot_confusion_matrix
from tasks.lib.project import (
    COMPARISONS,
    CONFUSION_PNG,
    FAILURES,
    METRICS,
    REPORT,
    RUN_INFO,
    Project,
    trained_weights,
)
from tasks.lib.records import label_of
from tasks.lib.runtime import get_logger, stage_task


def _run_info(project: Project) -> dict:
    """train's run.json, or {} (train never finished: the weights check then names the problem)."""
    return project.run_info() if (project.stage_dir("train") / RUN_INFO).exists() else {}


def candidate_run(project: Project, test: list[dict]) -> Run:
    """The train stage's result on the test split."""
    remote = _run_info(project).get("remote_model")
    weights = trained_weights(project.stage_dir("train"))
    describe = remote or str(weights.relative_to(project.root))
    return llm_run(
        project, test, name="candidate", describe=describe, weights_dir=weights, remote_model=remote
    )


def failures(runs: list[Run], test: list[dict]) -> list[dict]:
    """The candidate's misses, and where it disagrees with the champion: what to look at (and
    train on) next. Every contender's answer rides along."""
    by_name = {run.name: run for run in runs}
    candidate, champion = by_name["candidate"], by_name.get("champion")
    rows = []
    for i, rec in enumerate(test):
        gold, answer = label_of(rec), candidate.predictions[i]
        miss = answer != gold
        disagrees = champion is not None and champion.predictions[i] != answer
        if miss or disagrees:
            rows.append(
                {
                    "id": rec.get("id"),
                    "label": gold,
                    "candidate": answer,
                    "why": "miss" if miss else "disagrees with champion",
                    "answers": {run.name: run.predictions[i] for run in runs},
                }
            )
    return rows


@stage_task
def evaluate(project: Project) -> dict:
    """Run the candidate and the champion; write the whole contenders table and comparisons."""
    p = project.params
    t0 = time.perf_counter()
    test = read_records(project.split_path("test"))
    weights = trained_weights(project.stage_dir("train"))
    if not _run_info(project).get("remote_model") and not weights.is_dir():
        raise PipelineError(f"{weights}: missing (run the train stage first)")
    table, runs = load_runs(project.stage_dir("baseline"), test)
    candidate = candidate_run(project, test)
    runs.append(candidate)
    version = champion_version(project)
    # after register, the champion may be this very candidate (a rerun): not a contender then
    if version is not None and version.run_id != _run_info(project).get("run_id"):
        runs.append(champion_run(project, test, version))
    gold = [label_of(r) for r in test]
    for run in runs[len(table) :]:
        table[run.name] = summarize(run, gold, project) | (
            {"version": str(version.version)} if run.name == "champion" else {}
        )
    comparisons = {
        run.name: compare(candidate, run, gold, project) for run in runs if run is not candidate
    }
    metrics = classification_metrics(gold, candidate.predictions, p.task.labels)
    with atomic_dir(project.stage_dir("evaluate")) as out:
        save_runs(out, table, runs, test)
        write_json(out / COMPARISONS, comparisons)
        write_jsonl(out / FAILURES, failures(runs, test))
        write_json(out / METRICS, metrics)
        plot_confusion_matrix(metrics, out / CONFUSION_PNG, title="candidate")
        write_json(
            out / REPORT,
            {
                "n_test": len(test),
                "scoring": p.evaluate.scoring,
                "runtime_s": round(time.perf_counter() - t0, 2),
            },
        )
    _log(table, comparisons)
    return {"n_test": len(test), **{name: row["accuracy"] for name, row in table.items()}}


def _log(table: dict, comparisons: dict) -> None:
    log = get_logger()
    for name, diff in comparisons.items():
        acc = diff["accuracy"]
        log.info(
            "evaluate: candidate %.3f vs %-13s %.3f: %+.3f [%+.3f, %+.3f], McNemar p=%.3g",
            table["candidate"]["accuracy"],
            name,
            table[name]["accuracy"],
            acc["difference"],
            acc["low"],
            acc["high"],
            acc["p_value"],
        )
