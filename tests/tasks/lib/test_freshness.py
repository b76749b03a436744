"""tasks.lib.freshness: what counts as "nothing new to train on", and why it says so."""

from __future__ import annotations

import yaml

from tasks.lib import freshness
from tasks.lib.freshness import INPUT_TAG, PARAMS_TAG, compare, fingerprint, params_md5
from tasks.lib.io import file_md5
from tasks.lib.project import Project
from tests.helpers import LABELS, chat, make_project

NOW = {INPUT_TAG: "a" * 32, PARAMS_TAG: "b" * 32}


def _version(v: str, **tags: str) -> dict:
    return {"version": v, "tags": tags}


def test_no_registered_version_means_train():
    verdict = compare(NOW, {})
    assert verdict.changed and "no champion" in verdict.reason


def test_the_champion_trained_on_the_same_data_and_params_means_skip():
    verdict = compare(NOW, {"champion": _version("3", **NOW, other="x")})
    assert not verdict.changed
    assert "champion v3" in verdict.reason and "nothing to train" in verdict.reason


def test_changed_input_or_params_means_train_and_names_what_changed():
    data = compare(NOW, {"champion": _version("3", **(NOW | {INPUT_TAG: "c" * 32}))})
    assert data.changed and data.reason.startswith("input data changed since champion v3")
    both = compare(NOW, {"champion": _version("1", **{INPUT_TAG: "x", PARAMS_TAG: "y"})})
    assert both.changed and "input data and params changed" in both.reason


def test_a_champion_without_the_tags_means_train_and_says_so():
    verdict = compare(NOW, {"champion": _version("1", **{"git.commit": "abc"})})
    assert verdict.changed
    assert f"champion v1 has no {INPUT_TAG} / {PARAMS_TAG} tag" in verdict.reason


def test_a_challenger_the_gate_already_judged_on_this_data_means_skip():
    versions = {
        "champion": _version("1", **(NOW | {INPUT_TAG: "old"})),
        "challenger": _version("2", **NOW),
    }
    verdict = compare(NOW, versions)
    assert not verdict.changed and "challenger v2 (not promoted" in verdict.reason
    assert "champion v1" in freshness.markdown(verdict)  # the artifact shows every hash


def test_params_hash_is_of_the_loaded_params_not_the_file_bytes(tmp_path):
    project = make_project(tmp_path / "p", [chat("hi", LABELS[0])])
    before = fingerprint(project)
    raw = yaml.safe_load((project.root / "params.yaml").read_text())
    text = "# a comment changes nothing\n" + yaml.safe_dump(dict(reversed(raw.items())))
    (project.root / "params.yaml").write_text(text)
    assert fingerprint(Project.load(project.root)) == before
    raw["train"]["epochs"] = 7
    (project.root / "params.yaml").write_text(yaml.safe_dump(raw))
    after = fingerprint(Project.load(project.root))
    assert after[PARAMS_TAG] != before[PARAMS_TAG] and after[INPUT_TAG] == before[INPUT_TAG]
    assert before[INPUT_TAG] == file_md5(project.input_path)
    assert params_md5({"a": 1, "b": 2}) == params_md5({"b": 2, "a": 1})


def test_register_takes_the_input_md5_validate_read_from_dvc_lock(tmp_path):
    project = make_project(tmp_path / "p", [chat("hi", LABELS[0])])
    lock = {
        "stages": {"validate": {"deps": [{"path": project.params.data.input, "md5": "f" * 32}]}}
    }
    (project.root / "dvc.lock").write_text(yaml.safe_dump(lock))
    assert fingerprint(project, from_lock=True)[INPUT_TAG] == "f" * 32
    assert fingerprint(project)[INPUT_TAG] == file_md5(project.input_path)  # the file now


def test_without_an_mlflow_store_nothing_is_registered_and_no_store_is_created(tmp_path):
    project = make_project(tmp_path / "p", [chat("hi", LABELS[0])])
    verdict = freshness.check(project)
    assert verdict.changed and "no champion" in verdict.reason
    assert not (project.root / "mlflow.db").exists()


def test_no_input_file_means_no_input_tag_and_a_comparison_that_trains(tmp_path):
    """A project assembled from splits (no data.input): register tags no input md5, and a
    champion's input md5 then never matches."""
    project = make_project(tmp_path / "proj")
    project.input_path.unlink(missing_ok=True)
    current = fingerprint(project)
    assert INPUT_TAG not in current and PARAMS_TAG in current
    champion = {"version": "1", "tags": {INPUT_TAG: "0" * 32, PARAMS_TAG: current[PARAMS_TAG]}}
    verdict = compare(current, {"champion": champion})
    assert verdict.changed and "input data changed" in verdict.reason
