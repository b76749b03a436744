"""Is there anything new to train on? The input data and params now, against what the champion
(and the challenger) were trained on, as their lineage tags record it.

    fp = fingerprint(project)            # {"data.input_md5": ..., "params.md5": ...}
    verdict = check(project)             # Freshness(changed, reason, current, versions)

`params.md5` hashes the params AS LOADED (every section, defaults filled in, canonical JSON), not
the file's bytes: a comment or key order change in params.yaml is no change, while any knob that
shapes the data (validate .. split), the model (train) or the decision (evaluate, register) is.
Picking "the sections that affect training" would miss the stages above train and the gate.

Only the scheduled / event-driven pipeline asks (`pipeline(skip_if_unchanged=True)`); `dvc repro`
and `ftpipe run` decide per stage from DVC's hashes as always.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tasks.lib.io import file_md5
from tasks.lib.project import Project

INPUT_TAG = "data.input_md5"
PARAMS_TAG = "params.md5"
KEYS = (INPUT_TAG, PARAMS_TAG)
COMPARED = ("champion", "challenger")  # aliases whose training state counts as "already done"


@dataclass(frozen=True)
class Freshness:
    """The verdict: `changed` False means a rerun would train on exactly what a version had."""

    changed: bool
    reason: str
    current: dict[str, str]
    versions: dict[str, dict] = field(default_factory=dict)  # alias -> {"version", "tags"}


def params_md5(params_dict: dict) -> str:
    """md5 of the loaded params as canonical JSON (sorted keys, no whitespace)."""
    canon = json.dumps(params_dict, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.md5(canon.encode("utf-8")).hexdigest()


def input_md5(project: Project, *, from_lock: bool = False) -> str | None:
    """md5 of `data.input`. With `from_lock`: the md5 validate last read, as dvc.lock records it
    (what the model being registered was trained on, even if the file changed since)."""
    if from_lock:
        recorded = _locked_dep_md5(project.root, project.params.data.input)
        if recorded:
            return recorded
    # None: no input file (a project assembled from splits): nothing to compare against
    return file_md5(project.input_path) if project.input_path.is_file() else None


def _locked_dep_md5(root: Path, dep: str) -> str | None:
    lock = root / "dvc.lock"
    if not lock.is_file():
        return None
    stage = (yaml.safe_load(lock.read_text()) or {}).get("stages", {}).get("validate", {})
    wanted = Path(dep).as_posix()
    for entry in stage.get("deps") or []:
        if Path(entry.get("path", "")).as_posix() == wanted:
            return entry.get("md5")
    return None


def fingerprint(project: Project, *, from_lock: bool = False) -> dict[str, str]:
    """The lineage tags this module compares (register adds them to every model version)."""
    fp = {
        INPUT_TAG: input_md5(project, from_lock=from_lock),
        PARAMS_TAG: params_md5(project.params.to_dict()),
    }
    return {k: v for k, v in fp.items() if v is not None}


def compare(current: dict[str, str], versions: dict[str, dict]) -> Freshness:
    """Pure: `versions` maps alias -> {"version": "3", "tags": {...}} for the aliases that exist.

    Unchanged when the champion (or, failing that, the challenger: the gate already judged a model
    trained on this) carries the same data and params hashes; otherwise changed, saying why."""
    if not versions:
        return Freshness(True, "no champion or challenger yet: training", current, versions)
    notes = []
    for alias in COMPARED:
        if alias not in versions:
            continue
        v, tags = versions[alias]["version"], versions[alias]["tags"]
        missing = [k for k in KEYS if k not in tags]
        if missing:
            notes.append(f"{alias} v{v} has no {' / '.join(missing)} tag (registered before they")
            notes[-1] += " were recorded)"
            continue
        differ = [k for k in KEYS if tags[k] != current.get(k)]
        if not differ:
            what = "promoted" if alias == "champion" else "not promoted; the gate already judged it"
            reason = f"data and params unchanged since {alias} v{v} ({what}): nothing to train"
            return Freshness(False, reason, current, versions)
        notes.append(f"{' and '.join(_label(k) for k in differ)} changed since {alias} v{v}")
    return Freshness(True, "; ".join(notes) + ": training", current, versions)


def _label(key: str) -> str:
    return {INPUT_TAG: "input data", PARAMS_TAG: "params"}[key]


def aliased_versions(project: Project) -> dict[str, dict]:
    """{alias: {"version", "tags"}} of the registered model's champion / challenger; {} when
    nothing was registered (without creating an MLflow store that is not there)."""
    from tasks.lib import tracking

    if tracking.missing_store(project):
        return {}
    from mlflow.exceptions import MlflowException

    client = tracking.client(project)
    model = project.params.task.name
    try:
        aliases = client.get_registered_model(model).aliases
    except MlflowException:  # no such registered model yet
        return {}
    out = {}
    for alias in COMPARED:
        if alias in aliases:
            version = str(aliases[alias])
            out[alias] = {"version": version, "tags": client.get_model_version(model, version).tags}
    return out


def check(project: Project) -> Freshness:
    """Compare `data.input` and params now with the champion's / challenger's lineage."""
    return compare(fingerprint(project), aliased_versions(project))


def markdown(verdict: Freshness) -> str:
    """The Prefect artifact: the decision, then each hash now and per compared version."""
    head = "Skipped" if not verdict.changed else "Training"
    lines = [f"**{head}**: {verdict.reason}", "", "| | " + " | ".join(KEYS) + " |"]
    lines.append("|---|" + "---|" * len(KEYS))
    lines.append("| now | " + " | ".join(f"`{verdict.current[k]}`" for k in KEYS) + " |")
    for alias, entry in verdict.versions.items():
        tags = entry["tags"]
        cells = " | ".join(f"`{tags.get(k, '-')}`" for k in KEYS)
        lines.append(f"| {alias} v{entry['version']} | {cells} |")
    return "\n".join(lines)
