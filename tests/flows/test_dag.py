"""dvc.yaml is the one DAG: each stage has one name in dvc.yaml, tasks/, params.yaml, the CLI."""

from __future__ import annotations

import importlib

import yaml

from flows import cli
from tasks.lib.params import Params
from tasks.lib.stages import STAGES
from tests.helpers import REPO

DVC = yaml.safe_load((REPO / "dvc.yaml").read_text())["stages"]


def test_dvc_stages_are_the_pipeline_stages_in_order():
    assert list(DVC) == list(STAGES)
    # the CLI offers exactly these stages (it reads the same list)
    stage_cmd = cli.build_parser()._subparsers._group_actions[0].choices["stage"]
    name = next(a for a in stage_cmd._actions if a.dest == "name")
    assert tuple(name.choices) == STAGES


def test_each_stage_has_one_name_everywhere():
    sections = {f.alias or n for n, f in Params.model_fields.items()}
    for name, stage in DVC.items():
        assert stage["cmd"] == f"ftpipe stage {name}", name
        assert f"tasks/{name}.py" in stage["deps"], f"{name}: its code must be a dependency"
        assert name in stage["params"] and name in sections, f"{name}: params section"
        assert stage["outs"] == [f"${{data.root}}/{name}"], f"{name}: output folder"
        task = getattr(importlib.import_module(f"tasks.{name}"), name)
        assert task.name == name, f"tasks.{name}.{name} must be a Prefect task named {name}"
        assert callable(task.fn)


def test_every_stage_reads_only_outputs_of_earlier_stages():
    produced = set()
    for name, stage in DVC.items():
        for dep in stage["deps"]:
            if dep.startswith("${data.root}/"):
                # a whole output folder, or a file inside one (the model stages need only the
                # quality verdict, not the report around it)
                assert any(dep == out or dep.startswith(out + "/") for out in produced), (
                    f"{name} depends on {dep} before it is produced"
                )
        produced.update(stage["outs"])


def test_dag_order_from_dvc_matches(tmp_path):
    import shutil
    import subprocess

    from flows import dag

    for f in ("dvc.yaml", "params.yaml"):
        shutil.copy(REPO / f, tmp_path / f)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["dvc", "init", "-q"], cwd=tmp_path, check=True)
    assert dag.stage_order(tmp_path) == list(STAGES)
