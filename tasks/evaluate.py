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
other contender answered), judge.json (the LLM judge's verdicts, `evaluate.judge`), metrics.json
(the candidate), confusion_matrix.png (classification), report.json.
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
    log_row,
    save_runs,
    summarize,
    write_metrics,
)
from tasks.lib.errors import PipelineError
from tasks.lib.io import atomic_dir, read_records, write_json, write_jsonl
from tasks.lib.project import (
    COMPARISONS,
    CONFUSION_PNG,
    FAILURES,
    JUDGE,
    REPORT,
    RUN_INFO,
    Project,
    trained_weights,
)
from tasks.lib.records import label_of
from tasks.lib.runtime import get_logger, stage_task
from tasks.lib.task_types import TaskKind, task_kind


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


def failures(runs: list[Run], test: list[dict], kind: TaskKind) -> list[dict]:
    """The candidate's misses (`TaskKind.correct`: a wrong label, an object that differs from
    the reference, an unusable or distant text), and where it disagrees with the champion: what
    to look at (and train on) next. Every contender's answer rides along."""
    by_name = {run.name: run for run in runs}
    candidate, champion = by_name["candidate"], by_name.get("champion")
    right = kind.correct(kind.references(test), candidate.raw)
    rows = []
    for i, rec in enumerate(test):
        gold, answer = label_of(rec), candidate.predictions[i]
        miss = not right[i]
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
    kind = task_kind(project)
    gold = kind.references(test)
    for run in runs[len(table) :]:
        table[run.name] = summarize(run, gold, project) | (
            {"version": str(version.version)} if run.name == "champion" else {}
        )
    comparisons = {
        run.name: compare(candidate, run, gold, project) for run in runs if run is not candidate
    }
    judged = _judge(project, test, runs)
    with atomic_dir(project.stage_dir("evaluate")) as out:
        write_json(out / JUDGE, judged)
        save_runs(out, table, runs, test)
        write_json(out / COMPARISONS, comparisons)
        write_jsonl(out / FAILURES, failures(runs, test, kind))
        write_metrics(out, kind, gold, candidate, table["candidate"], confusion_png=CONFUSION_PNG)
        write_json(
            out / REPORT,
            {
                "n_test": len(test),
                "scoring": p.evaluate.scoring,
                "runtime_s": round(time.perf_counter() - t0, 2),
            },
        )
    metric = p.register.metric
    _log(table, comparisons, metric)
    return {"n_test": len(test), **{name: row[metric] for name, row in table.items()}}


def _judge(project: Project, test: list[dict], runs: list[Run]) -> dict:
    """The LLM judge's pairwise verdicts, candidate vs each of `evaluate.judge.against` ({} when
    evaluate.judge.provider is none), with the record id of each verdict."""
    from tasks.lib.judge import judge_contenders
    from tasks.lib.records import user_text

    judged = judge_contenders(
        project.params,
        project.root,
        [user_text(r) for r in test],
        [label_of(r) for r in test],
        {run.name: run.raw for run in runs},
    )
    for summary in judged.values():
        summary["ids"] = [r.get("id") for r in test[: len(summary["verdicts"])]]
    return judged


def _log(table: dict, comparisons: dict, metric: str) -> None:
    log = get_logger()
    log_row("evaluate", "candidate", table["candidate"], metric)
    for name, diff in comparisons.items():
        d = diff[metric]
        test = f", McNemar p={d['p_value']:.3g}" if "p_value" in d else ""
        log.info(
            "evaluate: candidate %.3f vs %-13s %.3f: %s %+.3f [%+.3f, %+.3f]%s",
            table["candidate"][metric],
            name,
            table[name][metric],
            metric,
            d["difference"],
            d["low"],
            d["high"],
            test,
        )
