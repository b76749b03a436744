"""register: the candidate becomes an MLflow model version with its lineage, then the gate.

    ftpipe stage register      # what `dvc repro` runs
    ftpipe status              # versions, aliases, metrics

The candidate version gets alias `challenger`. It becomes `champion` only if it passes the gate
(tasks/lib/gate.py) over evaluate's contenders table: the floor, and gains over the base model
(zero- or few-shot), the current champion and, for classification, the classic TF-IDF model —
each on the paired difference or, as `register.lower_bound` says, on its interval's lower bound.
The champion row comes from evaluate; if the alias moved since, the champion is re-run here on the
current test set with the same prompts and decoding. Every alias move is recorded
(tasks/lib/tracking.py). The evaluation report (contenders with intervals, confusion matrices,
latency and cost, the decision) is written to data/register/report.html and logged with the
version. Secrets never reach tags, params or artifacts: everything logged here comes from an
allow-list (lineage keys, metrics, params.yaml sections).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from tasks.lib import alerts, freshness, tracking
from tasks.lib import remote as remote_data
from tasks.lib.io import atomic_dir, file_md5, read_json, read_records, write_json
from tasks.lib.project import RESULT, Project, trained_weights
from tasks.lib.runtime import get_logger, stage_task

# ---------------------------------------------------------------------------------------------
# Lineage
# ---------------------------------------------------------------------------------------------


def _git(root: Path, *args: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", *args], cwd=root, capture_output=True, text=True, check=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip()


def dvc_out_hash(root: Path, stage: str) -> str | None:
    """The md5 DVC recorded in dvc.lock for a stage's output folder (None if not recorded yet)."""
    lock = root / "dvc.lock"
    if not lock.is_file():
        return None
    entry = (yaml.safe_load(lock.read_text()) or {}).get("stages", {}).get(stage, {})
    outs = entry.get("outs") or []
    return outs[0].get("md5") if outs else None


def lineage_tags(project: Project) -> dict[str, str]:
    """What a model version must carry to be reproduced: data hashes, code commit, base model."""
    root = project.root
    tags = {
        "task.name": project.params.task.name,
        "task.type": project.params.task.type,
        "base_model": project.params.task.base_model,
        "git.commit": _git(root, "rev-parse", "HEAD") or "unknown",
        "git.dirty": str(bool(_git(root, "status", "--porcelain", "--untracked-files=no"))).lower(),
    }
    for name in ("train", "val", "test"):
        tags[f"data.{name}_md5"] = file_md5(project.split_path(name))
    # the DVC hash of the whole split folder, as `dvc.lock` records it: `dvc checkout` restores it
    split_hash = dvc_out_hash(root, "split")
    if split_hash:
        tags["dvc.split_md5"] = split_hash
    # the input (as validate read it) and the loaded params: the scheduled run skips when unchanged
    tags |= freshness.fingerprint(project, from_lock=True)
    return tags


# ---------------------------------------------------------------------------------------------
# The model version
# ---------------------------------------------------------------------------------------------


def _version_for_run(client, model: str, run_id: str):
    """The version already registered from this training run (register is idempotent)."""
    versions = client.search_model_versions(f"name='{model}' and run_id='{run_id}'")
    return min(versions, key=lambda v: int(v.version)) if versions else None


def version_lineage(project: Project, run_info: dict) -> dict[str, str]:
    """`lineage_tags` plus the backend; a remote model version IS the remote model: its id, its
    job and the OpenAI base model it came from."""
    tags = lineage_tags(project)
    tags["train.backend"] = run_info.get("backend", "lora")
    if run_info.get("remote_model"):
        tags |= {
            "openai_model": run_info["remote_model"],
            "openai_job": run_info["openai_job"],
            "base_model": run_info["base_model"],
        }
    return tags


def _log_and_register(
    project: Project, run_info: dict, tags: dict, table: dict, snapshot: str | None = None
) -> str:
    """Log the evaluation, lineage and the servable model into train's run; register it.
    `snapshot`: the dvc.lock pushed with the data (default: the project's, as it is now)."""
    import mlflow

    from tasks.lib import serving  # the model served from the registry ("models from code")

    p = project.params
    snapshot = snapshot if snapshot is not None else remote_data.lock_snapshot(project.root)
    with tracking.tracked_run(project, run_id=run_info["run_id"]):
        for name, row in table.items():  # contender.<name>.accuracy ...: the whole table
            mlflow.log_metrics({f"contender.{name}.{k}": v for k, v in _metric_values(p, row)})
        mlflow.log_metrics({f"test_{k}": v for k, v in _metric_values(p, table["candidate"])})
        mlflow.set_tags(tags)
        mlflow.log_artifacts(str(project.stage_dir("evaluate")), artifact_path="evaluate")
        mlflow.log_artifacts(str(project.stage_dir("baseline")), artifact_path="baseline")
        # the data quality report and contract of the data this version was trained and tested on
        mlflow.log_artifacts(str(project.stage_dir("quality")), artifact_path="data_quality")
        mlflow.log_dict(p.to_dict(), "lineage/params.json")
        if snapshot is not None:
            # the data/code/params state `ftpipe checkout` restores (register's own entry left out)
            mlflow.log_text(snapshot, remote_data.SNAPSHOT_ARTIFACT)
        remote = run_info.get("remote_model")
        weights = trained_weights(project.stage_dir("train"))  # artifact "adapter" or "model"
        info = mlflow.pyfunc.log_model(
            name="model",
            python_model=serving.__file__,
            artifacts=None if remote else {weights.name: str(weights)},
            model_config={
                "openai_model": remote,
                "base_model": p.task.base_model,
                "system_prompt": p.task.system_prompt,
                "labels": list(p.task.labels),
                "task_type": p.task.type,
                # MLflow also logs these as run params: names distinct from train's params
                "decode_scoring": p.evaluate.scoring,
                "decode_batch_size": p.evaluate.batch_size,
                "decode_max_new_tokens": p.evaluate.max_new_tokens,
            },
            # explicit: inferring requirements would import and run the model (slow, and noisy)
            pip_requirements=["ftpipe", "mlflow"]
            + (["openai"] if remote else ["torch", "transformers", "peft"]),
            registered_model_name=p.task.name,
        )
    return info.registered_model_version


def _metric_values(p, row: dict) -> list[tuple[str, float]]:
    """The task type's metrics (and the invalid share) of one table row that have a value."""
    from tasks.lib.params import TYPE_METRICS

    keys = (*TYPE_METRICS[p.task.type], "invalid_rate")
    return [(k, row[k]) for k in keys if row.get(k) is not None]


def _register_version(project: Project, client, run_info: dict, tags: dict, table: dict) -> str:
    """The version for this training run (registered once: a rerun finds it), tagged. Its data
    and dvc.lock snapshot are pushed to the DVC remote first: a failed push registers nothing."""
    p = project.params
    metric, model = p.register.metric, p.task.name
    snapshot = remote_data.lock_snapshot(project.root)
    tags |= remote_data.push_version(project, snapshot, tags)  # dvc.remote, dvc.lock_md5
    existing = _version_for_run(client, model, run_info["run_id"])
    if existing:
        version = str(existing.version)
    else:
        version = str(_log_and_register(project, run_info, tags, table, snapshot))
    version_tags = {**tags, "promotion_metric": metric}
    for name in ("candidate", "base", "base_few_shot", "classic"):
        if name in table:
            key = "test" if name == "candidate" else name
            version_tags[f"{key}_{metric}"] = f"{table[name][metric]:.6f}"
    for key, value in version_tags.items():
        client.set_model_version_tag(model, version, key, value)
    return version


def _fresh_champion(project: Project, client, table: dict, comparisons: dict) -> str | None:
    """The current champion's version, with its row in `table` / `comparisons` for THIS test set:
    evaluate's, unless the alias moved since (then it is re-run here, or dropped if none)."""
    from tasks.lib.contenders import champion_run, compare, load_runs, summarize
    from tasks.lib.task_types import task_kind

    model = project.params.task.name
    current = tracking.current_alias(client, model, tracking.CHAMPION)
    if current == table.get("champion", {}).get("version"):
        return current
    table.pop("champion", None)
    comparisons.pop("champion", None)
    if current is None:
        return None
    test = read_records(project.split_path("test"))
    _, runs = load_runs(project.stage_dir("evaluate"), test)
    candidate = next(run for run in runs if run.name == "candidate")
    champion = champion_run(project, test, client.get_model_version(model, current))
    gold = task_kind(project).references(test)
    table["champion"] = summarize(champion, gold, project) | {"version": current}
    comparisons["champion"] = compare(candidate, champion, gold, project)
    return current


def _gate(project: Project, client, version: str, table: dict, comparisons: dict) -> dict:
    """`challenger` -> this version; `champion` too if it passes the gate; the decision is
    tagged on the version."""
    from tasks.lib.gate import Decision, decide

    p = project.params
    model = p.task.name
    if tracking.current_alias(client, model, tracking.CHALLENGER) != version:
        tracking.move_alias(
            client, model, tracking.CHALLENGER, version, actor="register", reason="new candidate"
        )
    champion = _fresh_champion(project, client, table, comparisons)
    if champion == version:  # this very version (a rerun after promotion)
        table.pop("champion", None)
        reason = f"version {version} is already champion"
        decision = Decision(promote=False, verdict=reason, reasons=[reason])
    else:
        decision = decide(table, comparisons, p.register, task_type=p.task.type)
    reasons = "; ".join(decision.reasons)
    if decision.promote:
        tracking.move_alias(
            client, model, tracking.CHAMPION, version, actor="register", reason=reasons
        )
    verdict = "promoted: " if decision.promote else f"not promoted ({decision.verdict}): "
    client.set_model_version_tag(model, version, "promotion", verdict + reasons)
    score = table.get("champion", {}).get(p.register.metric)
    return {
        "champion_before": champion,
        "champion_score": score,
        "champion_score_source": None if score is None else "re-evaluated on the current test set",
        "promoted": decision.promote,
        "verdict": decision.verdict,
        "champion_after": tracking.current_alias(client, model, tracking.CHAMPION),
        "reasons": decision.reasons,
    }


def contenders_summary(table: dict, comparisons: dict, metric: str) -> dict[str, dict]:
    """What `ftpipe run` prints and the Prefect summary shows: per contender the metric with its
    interval, the paired difference to the candidate, latency and cost."""
    out = {}
    for name, row in table.items():
        entry = row["intervals"][metric]
        diff = comparisons.get(name, {}).get(metric)
        out[name] = {
            "describe": row["describe"],
            "value": row[metric],
            "low": entry["low"],
            "high": entry["high"],
            "difference": None if diff is None else diff["difference"],
            "difference_low": None if diff is None else diff["low"],
            "difference_high": None if diff is None else diff["high"],
            "p50_ms": row["latency"]["p50_ms"],
            "requests_per_s": row["latency"]["requests_per_s"],
            "prompt_tokens": row["prompt_tokens"],
            "cost_per_1k_usd": row["cost_per_1k_usd"],
        }
    return out


@stage_task
def register(project: Project) -> dict:
    """Register the candidate, tag its lineage, move `challenger`, and gate `champion`."""
    from tasks.lib.project import COMPARISONS, CONTENDERS, EVALUATION_HTML

    p = project.params
    metric, model = p.register.metric, p.task.name
    run_info = project.run_info()
    table = read_json(project.stage_dir("evaluate") / CONTENDERS)
    comparisons = read_json(project.stage_dir("evaluate") / COMPARISONS)
    tags = version_lineage(project, run_info)
    client = tracking.client(project)
    version = _register_version(project, client, run_info, tags, table)
    gate = _gate(project, client, version, table, comparisons)
    result = {
        "model": model,
        "version": version,
        "run_id": run_info["run_id"],
        "metric": metric,
        "candidate": table["candidate"][metric],
        "base": table["base"][metric],
        **gate,
        "contenders": contenders_summary(table, comparisons, metric),
        "lineage": tags,
    }
    page = render_evaluation(project, table, comparisons, result)
    with atomic_dir(project.stage_dir("register")) as out:
        write_json(out / RESULT, result)
        (out / EVALUATION_HTML).write_text(page, encoding="utf-8")
    client.log_artifact(
        run_info["run_id"], str(project.stage_dir("register") / EVALUATION_HTML), "evaluation"
    )
    get_logger().info(
        "register: %s v%s %s=%.3f -> %s",
        model,
        version,
        metric,
        table["candidate"][metric],
        "PROMOTED to champion" if gate["promoted"] else f"not promoted ({gate['verdict']})",
    )
    alerts.registered(project, result)  # ftpipe.candidate.(not-)promoted: automations alert on it
    return result


# ---------------------------------------------------------------------------------------------
# The evaluation report
# ---------------------------------------------------------------------------------------------


def _interval(entry: dict) -> str:
    return f"{entry['value']:.3f} [{entry['low']:.3f}, {entry['high']:.3f}]"


def _others(row: dict, metrics: list[str]) -> str:
    """The task type's other metrics of one row, compact ("macro_f1 0.912, ...")."""
    return ", ".join(f"{k} {row[k]:.3f}" for k in metrics if row.get(k) is not None) or "-"


def _contender_rows(table: dict, comparisons: dict, metric: str, task_type: str) -> list[dict]:
    from tasks.lib.params import TYPE_METRICS

    others = [k for k in TYPE_METRICS[task_type] if k != metric]
    rows = []
    for name, row in table.items():
        diff = comparisons.get(name, {}).get(metric)
        lat = row["latency"]
        rows.append(
            {
                "name": name,
                "describe": row["describe"],
                "scoring": row["scoring"],
                "metric": _interval(row["intervals"][metric]),
                "others": _others(row, others),
                "invalid": f"{100 * row['invalid_rate']:.1f}%",
                "difference": "-"
                if diff is None
                else f"{diff['difference']:+.3f} [{diff['low']:+.3f}, {diff['high']:+.3f}]",
                "p_value": f"{diff['p_value']:.3g}" if diff and "p_value" in diff else "-",
                "p50_ms": lat["p50_ms"],
                "p95_ms": lat["p95_ms"],
                "batched_ms": lat["batched_ms_per_request"],
                "requests_per_s": lat["requests_per_s"] or "-",
                "prompt_tokens": row["prompt_tokens"] or "-",
                "cost": "-" if row["cost_per_1k_usd"] is None else f"${row['cost_per_1k_usd']:.4f}",
            }
        )
    return rows


def _per_field_rows(table: dict) -> dict | None:
    """Extraction: per schema field, each contender's exact-match rate with its interval."""
    names = [name for name, row in table.items() if "per_field" in row]
    if not names:
        return None
    fields = list(table[names[0]]["per_field"])
    rows = [
        [field]
        + [
            f"{_interval(table[n]['per_field'][field]['exact_match'])}, "
            f"F1 {table[n]['per_field'][field]['f1']:.3f}"
            for n in names
        ]
        for field in fields
    ]
    return {"names": names, "rows": rows}


def _judge_and_review(project: Project) -> dict[str, list[dict]]:
    """The LLM judge's pairwise results and the imported human reviews, as report rows."""
    from tasks.lib.judge import review_evidence
    from tasks.lib.project import JUDGE
    from tasks.lib.review import REVIEW_DIR

    path = project.stage_dir("evaluate") / JUDGE
    judged = read_json(path) if path.is_file() else {}

    def rate(entry: dict | None) -> str:
        return "-" if entry is None else _interval(entry)

    judge_rows = [
        [
            other,
            f"{j['judge_provider']}:{j['judge_model']}",
            j["n"],
            f"{j['wins']} / {j['ties']} / {j['losses']}",
            j["invalid"],
            j["position_flips"],
            rate(j["win_rate"]),
        ]
        for other, j in judged.items()
    ]
    review_rows = []
    for r in review_evidence(project.root / REVIEW_DIR, judged):
        agreement = r.get("agreement") or {}
        kappa = agreement.get("cohen_kappa")
        review_rows.append(
            [
                r["review"],
                r["other"],
                r["rated"],
                r["ties"],
                rate(r["preferred"]),
                rate(agreement.get("agreement")),
                "-" if kappa is None else f"{kappa:.3f}",
            ]
        )
    return {"judge_rows": judge_rows, "review_rows": review_rows}


def render_evaluation(project: Project, table: dict, comparisons: dict, result: dict) -> str:
    """The evaluation report as one self-contained HTML page (tasks/lib/templates)."""
    from tasks.lib import report
    from tasks.lib.advice import advise

    p = project.params
    metric = p.register.metric
    intervals = {
        name: tuple(row["intervals"][metric][k] for k in ("value", "low", "high"))
        for name, row in table.items()
    }
    plots = {
        "intervals": report.interval_chart(
            intervals,
            title=f"{metric} with {100 * p.evaluate.ci_level:.0f}% intervals",
            xlabel=metric,
        ),
        "confusion": {
            name: report.confusion_chart(row, title=name)
            for name, row in table.items()
            if "confusion_matrix" in row
        },
    }
    return report.render(
        "evaluation.html.j2",
        model=result["model"],
        version=result["version"],
        promoted=result["promoted"],
        verdict=result["verdict"],
        reasons=result["reasons"],
        n=table["candidate"]["n"],
        metric=metric,
        level=f"{100 * p.evaluate.ci_level:.0f}%",
        contenders=_contender_rows(table, comparisons, metric, p.task.type),
        per_field=_per_field_rows(table),
        **_judge_and_review(project),
        usd_per_hour=p.evaluate.cost.usd_per_hour,
        advice=advise(project, table),
        plots=plots,
        n_failures=_count_lines(project.stage_dir("evaluate") / "failures.jsonl"),
    )


def _count_lines(path: Path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
