"""README "Running it for a team": a shared `mlflow server` (its own database, artifacts it
proxies: `artifact_location: mlflow-artifacts:/...`) and a shared DVC remote. One engineer's
project runs the pipeline; a second clone elsewhere, sharing only the two stores, lists the
version and checks out its data byte for byte."""

from __future__ import annotations

from tasks.lib.io import file_md5
from tests.flows.conftest import make_dvc_project, sh, tiny_overrides
from tests.helpers import REPO
from tests.servers import BIN, background, free_port, wait_http


def test_a_shared_mlflow_server_and_dvc_remote(tmp_path, tiny_model_dir, prefect_api, capsys):
    from flows import cli
    from flows.pipeline import pipeline

    port = free_port()
    server = [str(BIN / "mlflow"), "server", "--host", "127.0.0.1", "--port", str(port)]
    server += ["--workers", "1", "--backend-store-uri", f"sqlite:///{tmp_path}/team.db"]
    server += ["--artifacts-destination", str(tmp_path / "team-artifacts")]
    overrides = tiny_overrides(tiny_model_dir) | {
        "register": {
            "tracking_uri": f"http://127.0.0.1:{port}",
            "artifact_location": "mlflow-artifacts:/ticket-triage",
            "dvc_remote": str(tmp_path / "team-dvc"),
        }
    }
    root = make_dvc_project(tmp_path / "alice", REPO / "data/raw/tickets.jsonl", **overrides)
    with background(server, log=tmp_path / "mlflow.log") as proc:
        wait_http(f"http://127.0.0.1:{port}/health", 120, proc)
        pipeline(project_dir=str(root))
        # artifacts went through the server to its store, not to a folder of the project
        assert list((tmp_path / "team-artifacts").rglob("MLmodel"))
        assert not (root / "mlartifacts").exists()
        sh("git", "add", "-A", cwd=root)
        sh("git", "commit", "-qm", "run", cwd=root)

        bob = tmp_path / "bob"
        sh("git", "clone", "-q", str(root), str(bob), cwd=tmp_path)
        capsys.readouterr()
        assert cli.main(["status", "--project", str(bob)]) == 0
        assert f"tracking http://127.0.0.1:{port}" in capsys.readouterr().out
        assert cli.main(["checkout", "1", "--project", str(bob)]) == 0
    for name in ("train", "val", "test"):
        path = f"data/split/{name}.jsonl"
        assert file_md5(bob / path) == file_md5(root / path)
