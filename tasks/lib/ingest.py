"""`ftpipe ingest FILE [--replace]`: new examples into `data.input`, checked first, written
atomically, versioned, announced.

1. Every line of FILE must meet the record contract the validate stage enforces (the same
   `records.check_record` and `answers.answer_rule`): the first bad line is a DataError naming
   file, line and rule, and nothing is written. With --replace, the result must still hold
   `validate.min_records`.
2. The new input (old lines + FILE's records, or FILE's records alone) is written to a temp file
   beside `data.input` and renamed over it: a crash leaves the old input.
3. Versioning follows how the project tracks its input. Git-tracked (the bundled project:
   data/raw/tickets.jsonl is in git, so a fresh clone runs with no DVC remote): the file is a
   dependency of validate in dvc.yaml, so the next run sees the change; commit it with git. With
   `<input>.dvc` beside it (`dvc add`, for data too big for git): `dvc add` again, so the DVC cache
   holds this version and the .dvc file names it (then `git add` it and `dvc push`). Never
   `dvc commit`: it would record validate as up to date with data it has not read.
4. The event `ftpipe.data.ingested` (records added, the new md5; no data) starts the retraining
   deployment through its trigger (deployments/prefect.yaml).
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tasks.lib.answers import answer_rule
from tasks.lib.errors import DataError, PipelineError
from tasks.lib.io import atomic_file, file_md5, iter_jsonl
from tasks.lib.project import Project
from tasks.lib.records import check_record


@dataclass(frozen=True)
class Ingested:
    path: Path
    added: int
    total: int
    md5: str
    replaced: bool
    dvc_tracked: bool


def read_checked(project: Project, source: Path) -> list[dict]:
    """FILE's records, each meeting the record contract; DataError at the first bad line."""
    task = project.params.task
    answer = answer_rule(task, project.root)
    records = []
    for line, obj in iter_jsonl(source):
        problem = check_record(
            obj, system_prompt=task.system_prompt, labels=task.labels, answer=answer
        )
        if problem is not None:
            raise DataError(source, line, *problem)
        records.append(obj)
    if not records:
        raise PipelineError(f"{source}: no records (an empty file adds nothing)")
    return records


def _line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def write_input(path: Path, records: list[dict], *, replace: bool) -> int:
    """The new `data.input`, atomically (old bytes + new lines, or the new lines alone).
    Returns how many records the file now holds."""
    old = b"" if replace or not path.is_file() else path.read_bytes()
    if old and not old.endswith(b"\n"):
        old += b"\n"
    kept = sum(1 for line in old.splitlines() if line.strip())
    with atomic_file(path) as tmp, open(tmp, "wb") as fh:
        fh.write(old)
        for record in records:
            fh.write(_line(record).encode("utf-8"))
    return kept + len(records)


def dvc_tracked(path: Path) -> bool:
    return path.with_name(path.name + ".dvc").is_file()


def _dvc_add(root: Path, path: Path) -> None:
    proc = subprocess.run(
        ["dvc", "add", str(path.relative_to(root))], cwd=root, capture_output=True, text=True
    )
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["?"]
        raise PipelineError(f"dvc add {path.relative_to(root)} failed: {tail[0]}")


def ingest(project: Project, source: str | Path, *, replace: bool = False) -> Ingested:
    """Check FILE, write the new input, version it with DVC if the input is DVC-tracked."""
    source = Path(source)
    records = read_checked(project, source)
    minimum = project.params.validate_.min_records
    if replace and len(records) < minimum:
        raise PipelineError(
            f"{source}: {len(records)} record(s) would replace the input, fewer than "
            f"validate.min_records ({minimum}); append instead or add data"
        )
    path = project.input_path
    total = write_input(path, records, replace=replace)
    tracked = dvc_tracked(path)
    if tracked:
        _dvc_add(project.root, path)
    return Ingested(path, len(records), total, file_md5(path), replace, tracked)


def announce(project: Project, done: Ingested) -> bool:
    """The event the retraining trigger waits for (tasks/lib/alerts.py)."""
    from tasks.lib import alerts

    payload = {
        "records_added": done.added,
        "records_total": done.total,
        "replaced": done.replaced,
        "input": str(done.path.relative_to(project.root)),
        "md5": done.md5,
    }
    return alerts.emit(alerts.INGESTED, project, payload)
