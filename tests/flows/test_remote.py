"""The DVC remote: register pushes a version's data before registering it; `ftpipe checkout` and
`ftpipe rollback --restore` get it back, in another clone, byte for byte and md5-checked.

Real parts: one git + DVC project run through the Prefect flow on the tiny model (twice: v1, then
v2 on another split), a real MLflow SQLite store and DVC remote folder shared with fresh
`git clone`s of the project, and an S3 remote on moto's standalone server through dvc-s3.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from flows import cli
from flows.pipeline import pipeline
from tasks.lib import remote, tracking
from tasks.lib.errors import ParamsError, PipelineError
from tasks.lib.io import file_md5
from tasks.lib.project import Project
from tests.flows.conftest import make_dvc_project, sh, tiny_overrides
from tests.helpers import REPO, default_params_dict

MODEL = "ticket-triage"
SPLITS = ("train", "val", "test")


def _set_params(root: Path, name: str = "params.yaml", **register) -> str:
    raw = yaml.safe_load((root / "params.yaml").read_text())
    raw["register"].update(register)
    (root / name).write_text(yaml.safe_dump(raw, sort_keys=False))
    return name


def _split_md5s(root: Path) -> dict[str, str]:
    return {name: file_md5(root / f"data/split/{name}.jsonl") for name in SPLITS}


@pytest.fixture(scope="module")
def registered(tmp_path_factory, tiny_model_dir, prefect_api):
    """v1, then v2 (another learning rate: only train, evaluate, register rerun), pushed to a
    local remote folder; the MLflow store lives outside the project (shared with the clones, as a
    tracking server would be)."""
    base = tmp_path_factory.mktemp("remote")
    store = base / "store"
    store.mkdir()
    overrides = tiny_overrides(tiny_model_dir)
    overrides["register"] = {
        "tracking_uri": f"sqlite:///{store / 'mlflow.db'}",
        "artifact_location": str(store / "artifacts"),
        "dvc_remote": str(base / "dvc-remote"),
    }
    root = make_dvc_project(base / "proj", REPO / "data/raw/tickets.jsonl", **overrides)
    pipeline(project_dir=str(root))
    v1 = _split_md5s(root)
    raw = yaml.safe_load((root / "params.yaml").read_text())
    raw["train"]["learning_rate"] *= 2
    (root / "params.yaml").write_text(yaml.safe_dump(raw, sort_keys=False))
    pipeline(project_dir=str(root))
    client = tracking.client(Project.load(root))
    return {"root": root, "base": base, "remote": base / "dvc-remote", "client": client, "v1": v1}


def _clone(registered, name: str) -> Path:
    dest = registered["base"] / name
    sh("git", "clone", "-q", str(registered["root"]), str(dest), cwd=registered["base"])
    return dest


def _object(remote_dir: Path, md5: str) -> Path:
    return remote_dir / "files" / "md5" / md5[:2] / md5[2:]


def test_register_pushes_and_a_fresh_clone_checks_out_v1(registered, capsys):
    client, remote_dir = registered["client"], registered["remote"]
    tags = client.get_model_version(MODEL, "1").tags
    assert tags["dvc.remote"] == str(remote_dir)
    assert {n: tags[f"data.{n}_md5"] for n in SPLITS} == registered["v1"]
    assert _object(remote_dir, tags["data.train_md5"]).is_file()  # pushed before registering
    assert _object(remote_dir, tags["dvc.split_md5"]).is_file()
    snapshot = _object(remote_dir, tags["dvc.lock_md5"]).read_text()
    assert remote.md5_text(snapshot) == tags["dvc.lock_md5"] and "register" not in snapshot

    clone = _clone(registered, "clone")
    assert not (clone / "data/split").exists() and not (clone / "dvc.lock").exists()
    capsys.readouterr()
    assert cli.main(["checkout", "1", "--project", str(clone)]) == 0
    out = capsys.readouterr().out
    assert _split_md5s(clone) == registered["v1"]
    assert (clone / "dvc.lock").read_text() == snapshot
    assert "dvc.lock written (there was none)" in out and str(remote_dir) in out
    assert "data/split/train.jsonl" in out
    # every output the snapshot lists came back (the adapter too), not only the split
    for stage in yaml.safe_load(snapshot)["stages"]:
        assert (clone / "data" / stage).is_dir(), stage
    # the same checkout again: nothing to replace
    assert cli.main(["checkout", "1", "--project", str(clone)]) == 0
    assert "dvc.lock unchanged" in capsys.readouterr().out


def test_missing_remote_object_is_a_clear_error(registered, capsys):
    tags = registered["client"].get_model_version(MODEL, "1").tags
    broken = registered["base"] / "remote-missing"
    shutil.copytree(registered["remote"], broken)
    _object(broken, tags["data.train_md5"]).unlink()
    clone = _clone(registered, "clone-missing")
    other = _set_params(clone, "other.yaml", dvc_remote=str(broken))
    capsys.readouterr()
    assert cli.main(["checkout", "1", "--project", str(clone), "--params", other]) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith("ftpipe: error: cannot restore version 1's data from the DVC remote")
    assert str(broken) in err and "Traceback" not in err
    assert not (clone / "dvc.lock").exists()  # put back as it was: there was none


def test_corrupted_remote_object_or_tampered_tag_names_the_file(registered, capsys):
    client = registered["client"]
    tags = client.get_model_version(MODEL, "1").tags
    bad = registered["base"] / "remote-corrupt"
    shutil.copytree(registered["remote"], bad)
    obj = _object(bad, tags["data.test_md5"])
    obj.chmod(0o644)
    obj.write_text('{"messages": []}\n')
    clone = _clone(registered, "clone-corrupt")
    other = _set_params(clone, "other.yaml", dvc_remote=str(bad))
    capsys.readouterr()
    assert cli.main(["checkout", "1", "--project", str(clone), "--params", other]) == 2
    err = capsys.readouterr().err
    assert "ftpipe: error: data/split/test.jsonl: md5 " in err and tags["data.test_md5"] in err

    client.set_model_version_tag(MODEL, "1", "data.val_md5", "0" * 32)
    try:
        clone = _clone(registered, "clone-tampered")
        assert cli.main(["checkout", "1", "--project", str(clone)]) == 2
        err = capsys.readouterr().err
        assert "ftpipe: error: data/split/val.jsonl: md5 " in err and "0" * 32 in err
    finally:
        client.set_model_version_tag(MODEL, "1", "data.val_md5", tags["data.val_md5"])


def test_failed_push_registers_nothing(registered):
    from tasks.register import register

    root = Path(registered["root"])
    blocker = registered["base"] / "a-file"
    blocker.write_text("not a folder")
    name = _set_params(root, "unwritable.yaml", dvc_remote=str(blocker / "remote"))
    client = registered["client"]
    before = {str(v.version): v.tags for v in client.search_model_versions(f"name='{MODEL}'")}
    with pytest.raises(PipelineError, match="cannot push this version's data to the DVC remote"):
        register.fn(Project.load(root, name))
    # an output missing from the cache (DVC itself only warns and skips its folder)
    md5 = before["1"]["data.train_md5"]
    cached = root / ".dvc/cache/files/md5" / md5[:2] / md5[2:]
    aside = registered["base"] / "aside"
    cached.rename(aside)
    try:
        name = _set_params(root, "fresh.yaml", dvc_remote=str(registered["base"] / "fresh"))
        missing = "nor on the remote: data/split, data/split/train.jsonl;"
        with pytest.raises(PipelineError, match=missing):
            register.fn(Project.load(root, name))
    finally:
        aside.rename(cached)
    after = {str(v.version): v.tags for v in client.search_model_versions(f"name='{MODEL}'")}
    assert after == before


def test_credentials_never_go_into_params():
    raw = default_params_dict()
    raw["register"]["dvc_remote"] = "ssh://deploy:hunter2@example.com/srv/dvc"
    from tasks.lib.params import parse_params

    with pytest.raises(ParamsError, match="holds a password") as err:
        parse_params(raw)
    assert "hunter2" not in str(err.value)
    assert remote.public_url("https://u:pw@h:8443/x") == "https://u@h:8443/x"


def test_s3_remote_push_and_checkout(registered, monkeypatch, capsys):
    """register pushes to S3 (moto's server, dvc-s3, endpointurl in .dvc/config) and a clone
    checks out from there; the credentials live in the environment only."""
    import boto3
    from moto.server import ThreadedMotoServer

    from tasks.register import register
    from tests.servers import free_port

    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(key, "ftpipe-test-fake")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        endpoint = f"http://127.0.0.1:{port}"
        s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
        s3.create_bucket(Bucket="ftpipe-models")
        root = Path(registered["root"])
        sh("dvc", "remote", "add", "shared", "s3://ftpipe-models/dvc", cwd=root)
        sh("dvc", "remote", "modify", "shared", "endpointurl", endpoint, cwd=root)
        sh("git", "commit", "-qm", "s3 remote", ".dvc/config", cwd=root)
        # params name the URL; its .dvc/config remote brings the endpoint
        s3_params = _set_params(root, "params-s3.yaml", dvc_remote="s3://ftpipe-models/dvc")
        result = register.fn(Project.load(root, s3_params))
        version = result["version"]
        tags = registered["client"].get_model_version(MODEL, version).tags
        assert tags["dvc.remote"] == "s3://ftpipe-models/dvc"
        keys = {o["Key"] for o in s3.list_objects_v2(Bucket="ftpipe-models")["Contents"]}
        md5 = tags["data.train_md5"]
        assert f"dvc/files/md5/{md5[:2]}/{md5[2:]}" in keys
        assert "ftpipe-test-fake" not in str(tags)

        clone = _clone(registered, "clone-s3")
        _set_params(clone, "params-s3.yaml", dvc_remote="s3://ftpipe-models/dvc")
        capsys.readouterr()
        assert cli.main(["checkout", version, "--project", str(clone), "--params", s3_params]) == 0
        assert "restored from s3://ftpipe-models/dvc" in capsys.readouterr().out
        assert _split_md5s(clone) == {n: tags[f"data.{n}_md5"] for n in SPLITS}
    finally:
        server.stop()


def test_rollback_restore_brings_back_the_previous_champions_data(registered, capsys):
    """Runs after the S3 test (it needs no alias moves): champion v1 -> v2, then rollback."""
    from tasks.lib.io import read_json

    root, client = Path(registered["root"]), registered["client"]
    args = ["--project", str(root)]
    for version in ("1", "2"):
        if tracking.current_alias(client, MODEL, "champion") != version:
            assert cli.main(["promote", version, "--reason", "test", *args]) == 0
    v1 = client.get_model_version(MODEL, "1")
    assert read_json(root / "data/train/run.json")["run_id"] != v1.run_id  # v2's adapter
    shutil.rmtree(root / "data/split")  # and the split is lost from the workspace
    capsys.readouterr()
    assert cli.main(["rollback", "--reason", "regression", "--restore", *args]) == 0
    out = capsys.readouterr().out
    assert "champion is now v1" in out and "dvc.lock replaced" in out and "train" in out
    assert _split_md5s(root) == registered["v1"]
    assert read_json(root / "data/train/run.json")["run_id"] == v1.run_id  # v1's adapter
    lock = yaml.safe_load((root / "dvc.lock").read_text())
    snapshot = yaml.safe_load(remote._snapshot_from_mlflow(client, v1.run_id))
    assert lock["stages"] == snapshot["stages"]
