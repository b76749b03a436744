"""Test helpers: a small valid project (params + input JSONL) in a temp folder."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path

import yaml

from tasks.lib.params import parse_params
from tasks.lib.project import Project

REPO = Path(__file__).resolve().parents[1]
LABELS = ["SHIPPING", "BILLING", "ACCOUNT", "TECHNICAL", "RETURNS", "OTHER"]


def default_params_dict() -> dict:
    """The repo's params.yaml as a dict (tests start from what users start from)."""
    return yaml.safe_load((REPO / "params.yaml").read_text())


def chat(user: str, label: str, system: str | None = None) -> dict:
    system = system if system is not None else default_params_dict()["task"]["system_prompt"]
    msgs = [{"role": "system", "content": system}] if system else []
    return {
        "messages": msgs
        + [{"role": "user", "content": user}, {"role": "assistant", "content": label}]
    }


def write_lines(path: Path, records: list) -> Path:
    """Write records (dicts are JSON-encoded, str/bytes written as they are) one per line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        for rec in records:
            if isinstance(rec, bytes):
                fh.write(rec + b"\n")
            elif isinstance(rec, str):
                fh.write(rec.encode() + b"\n")
            else:
                fh.write(json.dumps(rec).encode() + b"\n")
    return path


def make_project(root: Path, records: list | None = None, **overrides: dict) -> Project:
    """A project in `root`: params.yaml (repo defaults, `overrides` merged per section) + input."""
    raw = copy.deepcopy(default_params_dict())
    for section, values in overrides.items():
        raw.setdefault(section, {}).update(values)
    root.mkdir(parents=True, exist_ok=True)
    (root / "params.yaml").write_text(yaml.safe_dump(raw, sort_keys=False))
    params = parse_params(raw)
    if records is not None:
        write_lines(root / params.data.input, records)
    return Project(root=root, params=params)


def load_script(name: str):
    """scripts/<name>.py as a module (scripts are not part of the package)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it is executing
    spec.loader.exec_module(module)
    return module


def load_ticket_generator():
    """scripts/make_tickets.py as a module."""
    return load_script("make_tickets")


def project_trainer(
    project: Project,
    model,
    tok,
    output_dir: Path,
    *,
    train: list[dict] | None = None,
    val: list[dict] | None = None,
    **train_updates,
):
    """`make_trainer` on the project's splits (or `train`/`val`), its system prompt and its
    train params with `train_updates`, on CPU."""
    from tasks.lib.io import read_records
    from tasks.lib.training.local import make_trainer

    p = project.params
    return make_trainer(
        model,
        tok,
        train if train is not None else read_records(project.split_path("train")),
        val if val is not None else read_records(project.split_path("val")),
        system_prompt=p.task.system_prompt,
        tp=p.train.model_copy(update=train_updates),
        output_dir=str(output_dir),
        dev="cpu",
    )


def empty_versions(project: Project, n: int):
    """A real MLflow SQLite registry in the project with `n` versions of the task's model that
    hold no files (for alias and history tests). Returns (client, model name)."""
    from tasks.lib import tracking

    client = tracking.client(project)
    model = project.params.task.name
    client.create_registered_model(model)
    src = project.root / "empty-artifact"
    src.mkdir(exist_ok=True)
    for _ in range(n):
        client.create_model_version(model, source=str(src))
    return client, model


def strings_in(x: object) -> Iterator[str]:
    """Every string inside nested lists, tuples and dict values (template tables)."""
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from strings_in(v)
    else:
        for v in x:  # type: ignore[attr-defined]
            yield from strings_in(v)
