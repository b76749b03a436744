"""benchmarks/examples.py prints each contender's primary metric and the candidate's paired gains
from an evaluate stage's files."""

from __future__ import annotations

import importlib.util

from tasks.lib.io import write_json
from tasks.lib.params import load_params
from tasks.lib.project import COMPARISONS, CONTENDERS, Project
from tests.helpers import REPO


def _bench():
    spec = importlib.util.spec_from_file_location("bench_examples", REPO / "benchmarks/examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(value: float, describe: str) -> dict:
    entry = {"value": value, "low": value - 0.1, "high": value + 0.05, "method": "wilson"}
    return {"describe": describe, "n": 80, "invalid_rate": 0.25, "exact_match": value,
            "intervals": {"exact_match": entry, "micro_f1": entry}}  # fmt: skip


def test_the_table_shows_metric_intervals_and_gains(tmp_path):
    project = Project(root=tmp_path, params=load_params(REPO / "examples/extraction/params.yaml"))
    out = project.stage_dir("evaluate")
    out.mkdir(parents=True)
    write_json(
        out / CONTENDERS, {"base": _row(0.0, "smollm2, 0-shot"), "candidate": _row(0.8, "x")}
    )
    diff = {"difference": 0.8, "low": 0.7, "high": 0.9, "level": 0.95}
    write_json(out / COMPARISONS, {"base": {"exact_match": diff}})
    text = _bench().table(project, "extraction", 600.0)
    assert "candidate      exact_match 0.800 [0.700, 0.850]  invalid 25.0%" in text
    assert "candidate - base          +0.800 [+0.700, +0.900]" in text
    assert "micro_f1: base 0.000 [-0.100, 0.050], candidate 0.800" in text
    assert "macro_f1: base n/a" in text and "wall time of the run: 10.0 min" in text
