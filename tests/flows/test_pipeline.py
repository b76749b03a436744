"""The Prefect flow and `dvc repro` run the same DAG and agree on what is up to date.

One real git + DVC project in a temp folder, a real temporary Prefect API, a real MLflow SQLite
store, and a tiny random model; the stages are the real ones.
"""

from __future__ import annotations

import pytest
import yaml

from flows import cli, dag
from flows.pipeline import pipeline
from tasks.lib import tracking
from tasks.lib.io import read_json, read_records
from tasks.lib.params import load_params
from tasks.lib.project import RESULT, Project
from tasks.lib.records import label_of, user_text
from tasks.lib.stages import STAGES
from tests.flows.conftest import make_dvc_project, sh, tiny_overrides
from tests.helpers import REPO, load_ticket_generator

DATA_STAGES = ("validate", "scrub_pii", "dedup", "split")


def _lock_md5s(root) -> dict:
    lock = yaml.safe_load((root / "dvc.lock").read_text())["stages"]
    return {name: lock[name]["outs"][0]["md5"] for name in lock}


def _stale(root) -> set[str]:
    return {s for s in STAGES if dag.changed(root, s)}


def test_flow_then_dvc_agree(tmp_path, tiny_model_dir, prefect_api, capsys, caplog, monkeypatch):
    secret = "sk-ftpipe-test-SECRET-4c1b9e"  # an API key in the environment must leak nowhere
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    monkeypatch.setenv("ANTHROPIC_API_KEY", secret)
    root = make_dvc_project(
        tmp_path / "proj", REPO / "data/raw/tickets.jsonl", **tiny_overrides(tiny_model_dir)
    )

    # 1. the Prefect flow runs every stage and records each one in DVC
    results = pipeline(project_dir=str(root))
    assert list(results) == list(STAGES)
    assert all(isinstance(r, dict) for r in results.values()), results
    assert _stale(root) == set()
    reg = read_json(root / "data/register" / RESULT)
    assert reg["version"] == "1" and reg["lineage"]["dvc.split_md5"].endswith(".dir")

    # 2. dvc repro straight after: nothing to do
    out = sh("dvc", "repro", cwd=root).stdout
    assert "Running stage" not in out, out
    # ... and a second flow run skips everything
    assert set(pipeline(project_dir=str(root)).values()) == {"up to date"}

    # 3. the data stages produce the same bytes through `ftpipe stage` (dvc) as through the flow
    flow_md5 = _lock_md5s(root)
    sh("dvc", "repro", "--force", "split", cwd=root)
    assert {s: _lock_md5s(root)[s] for s in DATA_STAGES} == {s: flow_md5[s] for s in DATA_STAGES}

    # 4. a training knob reruns only train -> evaluate -> register
    raw = yaml.safe_load((root / "params.yaml").read_text())
    raw["train"]["learning_rate"] = raw["train"]["learning_rate"] * 2
    (root / "params.yaml").write_text(yaml.safe_dump(raw, sort_keys=False))
    assert _stale(root) == {"train"}  # evaluate and register go stale as train reruns
    out = sh("dvc", "repro", cwd=root).stdout
    ran = {line.split("'")[1] for line in out.splitlines() if line.startswith("Running stage")}
    assert ran == {"train", "evaluate", "register"}, out
    assert _stale(root) == set()
    reg2 = read_json(root / "data/register" / RESULT)
    assert reg2["version"] == "2"

    # 5. registry: the model versions carry their lineage; promote, rollback, history
    project = Project(root, load_params(root / "params.yaml"))
    client = tracking.client(project)
    mv = client.get_model_version(project.params.task.name, "2")
    for key in ("data.train_md5", "data.test_md5", "dvc.split_md5", "git.commit", "base_model"):
        assert mv.tags[key], key
    # the dvc.lock snapshot that `ftpipe rollback` tells users to restore from
    import mlflow

    snap = yaml.safe_load(mlflow.artifacts.load_text(f"runs:/{mv.run_id}/lineage/dvc.lock"))
    assert "register" not in snap["stages"]
    assert snap["stages"]["split"]["outs"][0]["md5"] == mv.tags["dvc.split_md5"]
    run = client.get_run(mv.run_id)
    logged = {"train_loss", "eval_loss", "test_accuracy", "contender.base.accuracy"}
    assert logged | {"contender.classic.accuracy"} <= set(run.data.metrics)
    assert "learning_rate" in str(run.data.params)
    args = ["--project", str(root)]
    if tracking.current_alias(client, "ticket-triage", "champion") is None:
        assert cli.main(["promote", "1", "--reason", "first", *args]) == 0
    if tracking.current_alias(client, "ticket-triage", "champion") != "2":
        assert cli.main(["promote", "2", "--reason", "second", *args]) == 0
    capsys.readouterr()
    assert cli.main(["rollback", "--reason", "regression", *args]) == 0
    out = capsys.readouterr().out
    assert "champion is now v1" in out and "dvc checkout" in out
    assert tracking.current_alias(client, "ticket-triage", "champion") == "1"
    assert cli.main(["history", *args]) == 0
    hist = capsys.readouterr().out
    assert "rollback" in hist and "-> v2" in hist and "-> v1" in hist
    assert cli.main(["status", *args]) == 0
    status = capsys.readouterr().out
    assert "champion -> v1" in status and "challenger -> v2" in status

    # 6. a new test set (split seed): the champion (v1) is re-evaluated on it, not trusted
    raw["split"]["seed"] = raw["split"]["seed"] + 1
    (root / "params.yaml").write_text(yaml.safe_dump(raw, sort_keys=False))
    sh("dvc", "repro", cwd=root)
    reg3 = read_json(root / "data/register" / RESULT)
    assert reg3["version"] == "3" and reg3["champion_before"] == "1"
    assert reg3["champion_score_source"] == "re-evaluated on the current test set"
    assert reg3["lineage"]["data.test_md5"] != mv.tags["data.test_md5"]
    # ... and the score is what v1 as served from the registry gets on the NEW test split (the
    # tiny random model names no label, so every version scores 0 here: this pins the path and
    # the split; tests/flows/test_e2e.py pins real answers)
    test = read_records(project.split_path("test"))
    answers = mlflow.pyfunc.load_model("models:/ticket-triage/1").predict(
        [user_text(r) for r in test]
    )
    v1_accuracy = sum(a == label_of(r) for a, r in zip(answers, test, strict=True)) / len(test)
    assert reg3["champion_score"] == pytest.approx(v1_accuracy), (answers, reg3)
    # the gate compared with it
    assert any(f"vs champion v1 {v1_accuracy:.3f}" in reason for reason in reg3["reasons"])

    # 7. no secret in the MLflow store, its artifacts, or anything DVC tracks; no planted PII
    # value there either (past validate, whose output is the input itself), nor in the logs or
    # the Prefect artifacts
    stores = [root / "mlflow.db", root / "dvc.lock", *(root / "mlartifacts").rglob("*")]
    stores += [p for p in (root / "data").rglob("*") if ".tmp" not in p.name]
    pii = [v.encode() for v in planted_pii_values()]
    for path in stores:
        if path.is_file():
            data = path.read_bytes()
            assert secret.encode() not in data, path
            if not path.is_relative_to(root / "data/raw") and "validate" not in path.parts:
                assert [v for v in pii if v in data] == [], path
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as prefect_client:
        artifacts = prefect_client.read_artifacts()
    assert artifacts
    shown = (capsys.readouterr().out + caplog.text + str([a.data for a in artifacts])).encode()
    assert secret.encode() not in shown and [v for v in pii if v in shown] == []


def planted_pii_values() -> list[str]:
    """The PII values scripts/make_tickets.py planted in the bundled tickets."""
    module = load_ticket_generator()
    _, manifest = module.build_tickets(load_params(REPO / "params.yaml").task.system_prompt)
    values = [value for _, _, value in manifest.pii]
    assert len(values) >= 25
    return values
