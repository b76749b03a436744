"""register: the trained adapter becomes an MLflow model version with its lineage, then the gate.

    ftpipe stage register      # what `dvc repro` runs
    ftpipe status              # versions, aliases, metrics

The candidate version gets alias `challenger`. It becomes `champion` only if it beats the base
model AND the current champion on the current test set by the margins in `params.register`. The
champion's score comes from its recorded metric when it was tested on the same test file (same
md5), otherwise it is re-evaluated on the current test set with the same prompts and decoding.
Every alias move is recorded (tasks/lib/tracking.py). Secrets never reach tags, params or artifacts:
everything logged here comes from an allow-list (lineage keys, metrics, params.yaml sections).
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tasks.lib import tracking
from tasks.lib.io import atomic_dir, file_md5, read_json, read_records, write_json
from tasks.lib.project import METRICS, RESULT, Project, trained_weights
from tasks.lib.runtime import get_logger, stage_task
from tasks.lib.scoring import score


@dataclass
class Decision:
    promote: bool
    reasons: list[str] = field(default_factory=list)


def _beats(gain: float, margin: float) -> bool:
    """Strictly better, and by at least `margin` (a tie is not a win)."""
    return gain > 0 and gain >= margin


def promotion_decision(
    candidate: float,
    base: float,
    champion: float | None,
    *,
    min_gain_over_base: float,
    min_gain_over_champion: float,
    metric: str = "accuracy",
) -> Decision:
    """Promote only if the candidate beats the base model and the current champion (if any)."""
    reasons = []
    ok_base = _beats(candidate - base, min_gain_over_base)
    reasons.append(
        f"{metric} {candidate:.3f} vs base {base:.3f} (gain {candidate - base:+.3f}, "
        f"needs > 0 and >= {min_gain_over_base:+.3f}): {'ok' if ok_base else 'NOT enough'}"
    )
    ok_champ = True
    if champion is not None:
        ok_champ = _beats(candidate - champion, min_gain_over_champion)
        reasons.append(
            f"{metric} {candidate:.3f} vs champion {champion:.3f} "
            f"(gain {candidate - champion:+.3f}, needs > 0 and >= {min_gain_over_champion:+.3f}): "
            f"{'ok' if ok_champ else 'NOT enough'}"
        )
    else:
        reasons.append("no current champion")
    return Decision(promote=ok_base and ok_champ, reasons=reasons)


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
    return tags


# ---------------------------------------------------------------------------------------------
# The model version
# ---------------------------------------------------------------------------------------------


def _version_for_run(client, model: str, run_id: str):
    """The version already registered from this training run (register is idempotent)."""
    versions = client.search_model_versions(f"name='{model}' and run_id='{run_id}'")
    return min(versions, key=lambda v: int(v.version)) if versions else None


def _log_and_register(project: Project, run_info: dict, tags: dict, cand: dict, base: dict) -> str:
    """Log the evaluation, lineage and the servable model into train's run; register it."""
    import mlflow

    from tasks.lib import serving  # the model served from the registry ("models from code")

    p = project.params
    with tracking.tracked_run(project, run_id=run_info["run_id"]):
        metric_keys = ("accuracy", "macro_f1", "invalid_rate")
        mlflow.log_metrics({f"test_{k}": cand[k] for k in metric_keys if k in cand})
        mlflow.log_metrics({f"base_{k}": base[k] for k in metric_keys if k in base})
        mlflow.log_metric("gain_over_base", cand[p.register.metric] - base[p.register.metric])
        mlflow.set_tags(tags)
        mlflow.log_artifacts(str(project.stage_dir("evaluate")), artifact_path="evaluate")
        mlflow.log_artifacts(str(project.stage_dir("baseline")), artifact_path="baseline")
        # the data quality report and contract of the data this version was trained and tested on
        mlflow.log_artifacts(str(project.stage_dir("quality")), artifact_path="data_quality")
        mlflow.log_dict(p.to_dict(), "lineage/params.json")
        lock = project.root / "dvc.lock"
        if lock.is_file():
            # the data/code/params state that `dvc checkout` restores for this version; register's
            # own entry would describe the previous run (this one is unfinished): left out
            snapshot = yaml.safe_load(lock.read_text()) or {}
            snapshot.get("stages", {}).pop("register", None)
            mlflow.log_text(yaml.safe_dump(snapshot, sort_keys=False), "lineage/dvc.lock")
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
                # MLflow also logs these as run params: names distinct from train's params
                "decode_batch_size": p.evaluate.batch_size,
                "decode_max_new_tokens": p.evaluate.max_new_tokens,
            },
            # explicit: inferring requirements would import and run the model (slow, and noisy)
            pip_requirements=["ftpipe", "mlflow"]
            + (["openai"] if remote else ["torch", "transformers", "peft"]),
            registered_model_name=p.task.name,
        )
    return info.registered_model_version


def _champion_score(project: Project, client, version: str, test_md5: str) -> tuple[float, str]:
    """The champion's metric on the CURRENT test set: recorded if same file, else re-evaluated."""
    p = project.params
    mv = client.get_model_version(p.task.name, version)
    recorded = mv.tags.get(f"test_{p.register.metric}")
    if mv.tags.get("data.test_md5") == test_md5 and recorded is not None:
        return float(recorded), "recorded on the same test set"

    import mlflow

    test = read_records(project.split_path("test"))
    if mv.tags.get("openai_model"):  # a remote fine-tuned model: ask it, nothing to download
        metrics, _ = score(project, test, remote_model=mv.tags["openai_model"])
        return float(metrics[p.register.metric]), "re-evaluated on the current test set"
    base_ref = mv.tags.get("base_model", p.task.base_model)
    task = p.task.model_copy(update={"base_model": base_ref})
    champ_project = Project(project.root, p.model_copy(update={"task": task}))
    with tempfile.TemporaryDirectory() as tmp:
        local = mlflow.artifacts.download_artifacts(
            artifact_uri=f"models:/{p.task.name}/{version}", dst_path=tmp
        )
        # the registered pyfunc's artifacts keep the train stage's folder names
        weights = trained_weights(Path(local) / "artifacts")
        metrics, _ = score(champ_project, test, weights_dir=weights)
    return float(metrics[p.register.metric]), "re-evaluated on the current test set"


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


def _register_version(
    project: Project, client, run_info: dict, tags: dict, cand: dict, base: dict
) -> str:
    """The version for this training run (registered once: a rerun finds it), tagged."""
    p = project.params
    metric, model = p.register.metric, p.task.name
    existing = _version_for_run(client, model, run_info["run_id"])
    if existing:
        version = str(existing.version)
    else:
        version = str(_log_and_register(project, run_info, tags, cand, base))
    version_tags = {
        **tags,
        f"test_{metric}": f"{cand[metric]:.6f}",
        f"base_{metric}": f"{base[metric]:.6f}",
        "promotion_metric": metric,
    }
    for key, value in version_tags.items():
        client.set_model_version_tag(model, version, key, value)
    return version


def _gate(project: Project, client, version: str, cand: dict, base: dict, test_md5: str) -> dict:
    """`challenger` -> this version; `champion` too if it beats the base model and the current
    champion (scored on this test set); the decision is tagged on the version."""
    p = project.params
    metric, model = p.register.metric, p.task.name
    if tracking.current_alias(client, model, tracking.CHALLENGER) != version:
        tracking.move_alias(
            client, model, tracking.CHALLENGER, version, actor="register", reason="new candidate"
        )
    champion = tracking.current_alias(client, model, tracking.CHAMPION)
    champion_score, champion_note = None, None
    if champion == version:
        decision = Decision(promote=False, reasons=[f"version {version} is already champion"])
    else:
        if champion is not None:
            champion_score, champion_note = _champion_score(project, client, champion, test_md5)
        decision = promotion_decision(
            cand[metric],
            base[metric],
            champion_score,
            min_gain_over_base=p.register.min_gain_over_base,
            min_gain_over_champion=p.register.min_gain_over_champion,
            metric=metric,
        )
    reasons = "; ".join(decision.reasons)
    if decision.promote:
        tracking.move_alias(
            client, model, tracking.CHAMPION, version, actor="register", reason=reasons
        )
    verdict = "promoted: " if decision.promote else "not promoted: "
    client.set_model_version_tag(model, version, "promotion", verdict + reasons)
    return {
        "champion_before": champion,
        "champion_score": champion_score,
        "champion_score_source": champion_note,
        "promoted": decision.promote,
        "champion_after": tracking.current_alias(client, model, tracking.CHAMPION),
        "reasons": decision.reasons,
    }


@stage_task
def register(project: Project) -> dict:
    """Register the candidate, tag its lineage, move `challenger`, and gate `champion`."""
    p = project.params
    metric, model = p.register.metric, p.task.name
    run_info = project.run_info()
    cand = read_json(project.stage_dir("evaluate") / METRICS)
    base = read_json(project.stage_dir("baseline") / METRICS)
    tags = version_lineage(project, run_info)
    client = tracking.client(project)
    version = _register_version(project, client, run_info, tags, cand, base)
    gate = _gate(project, client, version, cand, base, tags["data.test_md5"])
    result = {
        "model": model,
        "version": version,
        "run_id": run_info["run_id"],
        "metric": metric,
        "candidate": cand[metric],
        "base": base[metric],
        **gate,
        "lineage": tags,
    }
    with atomic_dir(project.stage_dir("register")) as out:
        write_json(out / RESULT, result)
    get_logger().info(
        "register: %s v%s %s=%.3f (base %.3f) -> %s",
        model,
        version,
        metric,
        cand[metric],
        base[metric],
        "PROMOTED to champion" if gate["promoted"] else f"not promoted ({gate['reasons'][-1]})",
    )
    return result
