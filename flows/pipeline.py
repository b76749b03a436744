"""The whole pipeline as a Prefect flow: the stages of dvc.yaml, in order, as Prefect tasks.

    ftpipe run                              # this flow, against $PREFECT_API_URL or a temporary API
    ftpipe run --force                      # rerun every stage even if DVC says it is up to date
    ftpipe run --skip-if-unchanged          # nothing at all if the champion had this data + params

The first task, `check`, runs the pre-flight checks (tasks/lib/checks.py: input files, base
model, API keys, CUDA, disk, MLflow store): with a problem no stage starts.

Stages DVC reports up to date are skipped; each stage that runs is recorded with `dvc commit`, so
`dvc repro` straight after has nothing to do. With a params file other than params.yaml the run is
not recorded in DVC (dvc.yaml reads params.yaml): the flow says so and runs every stage.

With `skip_if_unchanged` (the scheduled and event-driven deployments in deployments/prefect.yaml)
the flow first compares `data.input` and the params with the champion's lineage tags
(tasks/lib/freshness.py) and, when they match, ends Completed("Skipped") with the reason in the
artifact `ftpipe-freshness`, in seconds and without training.
"""

from __future__ import annotations

import logging
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from flows import dag
from tasks.lib.checks import run_checks
from tasks.lib.errors import PipelineError
from tasks.lib.lock import project_lock
from tasks.lib.project import Project
from tasks.lib.runtime import get_logger


class _UserErrorsOnOneLine(logging.Filter):
    """A PipelineError is the user's to fix (bad data, bad params): one line, no traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], PipelineError):
            record.exc_info, record.exc_text = None, None
        return True


for _name in ("prefect.task_runs", "prefect.flow_runs"):
    logging.getLogger(_name).addFilter(_UserErrorsOnOneLine())


@task(name="check", cache_policy=NO_CACHE)
def check(project: Project) -> list[str]:
    """The pre-flight checks; every problem in one PipelineError. Returns the notes."""
    report = run_checks(project)
    for note in report.notes:
        get_logger().warning("note: %s", note)
    report.raise_for_problems()
    return report.notes


@task(name="dvc-commit", task_run_name="dvc-commit-{stage}", cache_policy=NO_CACHE)
def dvc_commit(root: Path, stage: str) -> None:
    dag.record(root, stage)


@task(name="advise", cache_policy=NO_CACHE)
def advise(project: Project) -> list[str]:
    """Right after the baseline: what its contenders already say (tasks/lib/advice.py)."""
    from tasks.lib.advice import advise as advice_lines

    lines = advice_lines(project)
    for line in lines:
        get_logger().warning("advice: %s", line)
    return lines


def summary_markdown(results: dict, project: Project) -> str:
    """The run on the Prefect UI: each stage, then the contenders table and the gate's decision
    of the registered version (also when register itself was up to date)."""
    from tasks.lib.io import read_json
    from tasks.lib.project import EVALUATION_HTML, RESULT

    lines = ["| stage | result |", "|---|---|"]
    lines += [f"| {k} | {v if isinstance(v, str) else 'ran'} |" for k, v in results.items()]
    result_file = project.stage_dir("register") / RESULT
    if not result_file.is_file():
        return "\n".join(lines)
    reg = read_json(result_file)
    verdict = "promoted to champion" if reg["promoted"] else f"not promoted: {reg['verdict']}"
    lines += ["", f"**{reg['model']} v{reg['version']}**: {verdict}", ""]
    lines += [f"| contender | what | {reg['metric']} [95% CI] | candidate - it | p50 ms |"]
    lines += ["|---|---|---|---|---|"]
    for name, c in reg["contenders"].items():
        diff = "" if c["difference"] is None else f"{c['difference']:+.3f}"
        value = f"{c['value']:.3f} [{c['low']:.3f}, {c['high']:.3f}]"
        lines.append(f"| {name} | {c['describe']} | {value} | {diff} | {c['p50_ms']} |")
    lines += ["", *[f"- {r}" for r in reg["reasons"]], ""]
    lines.append(f"Report: `{project.stage_dir('register') / EVALUATION_HTML}`")
    return "\n".join(lines)


@flow(name="ftpipe-stage")
def run_stage(stage: str, project_dir: str = ".", params_file: str = "params.yaml") -> dict:
    """One stage as its own flow run, recorded in DVC: what a GPU work pool runs for `train`."""
    project = Project.load(project_dir, params_file)
    result = dag.stage_function(stage)(project)
    if (project.root / params_file).resolve() == project.root / "params.yaml":
        dvc_commit(project.root, stage)
    return result


def _run_remote(deployment: str, stage: str, project_dir: str, params_file: str) -> dict:
    """Run `stage` through a deployment of `run_stage` (e.g. on a GPU pool) and wait for it."""
    from prefect.deployments import run_deployment

    run = run_deployment(
        name=deployment,
        parameters={"stage": stage, "project_dir": project_dir, "params_file": params_file},
    )
    if not run.state or not run.state.is_completed():
        raise PipelineError(
            f"{stage} on deployment {deployment} ended {run.state.name if run.state else '?'} "
            f"(flow run {run.id}); see its logs in the Prefect UI"
        )
    return {"deployment": deployment, "flow_run": str(run.id)}


def skip_unchanged(project: Project):
    """Completed("Skipped") if the champion (or the challenger the gate already judged) was
    trained on this very input and params (tasks/lib/freshness.py), else None; the reason goes to
    the log and to a markdown artifact either way."""
    from prefect.states import Completed

    from tasks.lib import freshness

    verdict = freshness.check(project)
    get_logger().info("freshness: %s", verdict.reason)
    create_markdown_artifact(
        key="ftpipe-freshness", markdown=freshness.markdown(verdict), description=verdict.reason
    )
    return None if verdict.changed else Completed(name="Skipped", message=verdict.reason)


@flow(name="ftpipe-pipeline")
def pipeline(
    project_dir: str = ".",
    params_file: str = "params.yaml",
    force: bool = False,
    train_deployment: str | None = None,
    lock_timeout_s: float = 0,
    skip_if_unchanged: bool = False,
) -> dict:
    """Run every out-of-date stage of dvc.yaml as a Prefect task and record it in DVC.

    With `skip_if_unchanged` (the scheduled and event-driven deployments), the run first compares
    `data.input` and the params with the champion's lineage and ends Completed("Skipped") when
    they match (`skip_unchanged`).

    With `train_deployment` ("ftpipe-stage/train-gpu"), the train stage runs as a flow run of
    that deployment (a GPU work pool, sharing the project folder) and this flow waits for it.
    One run per project at a time: another one holding the project's run lock makes this one
    wait `lock_timeout_s`, then fail naming it (tasks/lib/lock.py).
    """
    project = Project.load(project_dir, params_file)
    with project_lock(project.root, "run", what="ftpipe pipeline", timeout_s=lock_timeout_s):
        if skip_if_unchanged and (skipped := skip_unchanged(project)) is not None:
            return skipped
        return _pipeline(project, project_dir, params_file, force, train_deployment)


def _pipeline(
    project: Project, project_dir: str, params_file: str, force: bool, train_deployment: str | None
) -> dict:
    log = get_logger()
    check(project)  # before any stage: a missing key or input fails here, not hours later
    root = project.root
    tracked = (root / params_file).resolve() == root / "params.yaml"
    if not tracked:
        log.warning(
            "params from %s, not params.yaml: DVC will not record this run (copy the file to "
            "params.yaml to version it); running every stage",
            params_file,
        )
    results: dict = {}
    for stage in dag.stage_order(root):
        if tracked and not force and not dag.changed(root, stage):
            log.info("%s: up to date (dvc), skipped", stage)
            results[stage] = "up to date"
            continue
        if stage == "train" and train_deployment:
            results[stage] = _run_remote(train_deployment, stage, project_dir, params_file)
            continue  # recorded in DVC by the stage's own flow run
        results[stage] = dag.stage_function(stage)(project)
        if tracked:
            dvc_commit(root, stage)
        if stage == "baseline":
            advise(project)
    create_markdown_artifact(
        key="ftpipe-pipeline-summary",
        markdown=summary_markdown(results, project),
        description="ftpipe run",
    )
    return results
