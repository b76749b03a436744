"""Per-type evaluation: rows, paired comparisons and misses, on hand-computed cases."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from tasks.lib.contenders import majority_run
from tasks.lib.extraction import paired_f1_differences
from tasks.lib.task_types import Classification, Extraction, Generation
from tasks.lib.textgen import paired_differences

EV = SimpleNamespace(bootstrap=500, ci_level=0.95, seed=0)
SCHEMA = {
    "type": "object",
    "properties": {"category": {"enum": ["A", "B"]}, "urgency": {"enum": ["high", "low"]}},
    "required": ["category", "urgency"],
}


def record(answer: str, user: str = "hi") -> dict:
    return {
        "messages": [{"role": "user", "content": user}, {"role": "assistant", "content": answer}]
    }


GOLD = [
    {"category": "A", "urgency": "high"},
    {"category": "B", "urgency": "low"},
    {"category": "A", "urgency": "low"},
    {"category": "B", "urgency": "high"},
]
# right; one field wrong; malformed JSON; empty
ANSWERS = ['{"category": "A", "urgency": "high"}', '{"category": "B", "urgency": "high"}', "{", ""]


def test_extraction_row_counts_by_hand():
    kind = Extraction(SCHEMA)
    assert kind.references([record(json.dumps(g)) for g in GOLD]) == GOLD
    row = kind.summary(GOLD, ANSWERS, EV)
    assert row["exact_match"] == 0.25 and row["parse_rate"] == 0.5
    assert row["schema_valid_rate"] == 0.5 and row["invalid_rate"] == 0.5
    # fields: gold items 8, predicted 4, true positives 3
    assert row["micro_f1"] == pytest.approx(2 * 3 / (8 + 4))
    assert row["per_field"]["urgency"]["exact_match"]["value"] == 0.25
    assert set(row["intervals"]) >= {"exact_match", "micro_f1", "invalid_rate"}
    for entry in row["intervals"].values():
        assert entry["low"] <= entry["value"] <= entry["high"]
    assert kind.correct(GOLD, ANSWERS) == [True, False, False, False]


def test_extraction_compare_is_paired_and_signed():
    kind = Extraction(SCHEMA)
    perfect = [json.dumps(g) for g in GOLD]
    diff = kind.compare(GOLD, perfect, ANSWERS, EV)
    assert diff["exact_match"]["difference"] == 0.75
    assert (diff["exact_match"]["n_a_only"], diff["exact_match"]["n_b_only"]) == (3, 0)
    assert diff["schema_valid_rate"]["difference"] == 0.5
    assert diff["micro_f1"]["difference"] == pytest.approx(1 - 0.5)
    same = paired_f1_differences(GOLD, ANSWERS, ANSWERS, schema=SCHEMA, resamples=200)
    assert all(d["difference"] == d["low"] == d["high"] == 0 for d in same.values())


def test_extraction_majority_is_each_fields_mode():
    kind = Extraction(SCHEMA)
    train = [record(json.dumps(g)) for g in [*GOLD, {"category": "A", "urgency": "low"}]]
    run = majority_run(train, [record("{}")] * 3, kind)
    assert json.loads(run.raw[0]) == {"category": "A", "urgency": "low"}
    assert run.predictions == [{"category": "A", "urgency": "low"}] * 3
    assert majority_run(train, train, Generation(None, None)) is None


def test_generation_row_invalid_and_misses():
    kind = Generation("regex", r"Hi.+bye")
    refs = ["Hi there, we will fix it. bye", "Hi there, a refund is on its way. bye"]
    preds = ["Hi there, we will fix it. bye", ""]
    row = kind.summary(refs, preds, SimpleNamespace(**vars(EV)))
    assert row["invalid_rate"] == 0.5 and row["format_pass_rate"] == 0.5
    assert row["rouge_l"] == pytest.approx(0.5)
    assert kind.correct(refs, preds) == [True, False]
    assert kind.correct(refs, ["Hi there, totally unrelated words here. bye"] * 2) == [False] * 2


def test_generation_compare_matches_the_rows():
    refs = ["the cat sat on the mat", "a refund is on its way to you", "we fixed the login bug"]
    good = ["the cat sat on the mat", "a refund is on its way", "we fixed the login bug today"]
    bad = ["dogs run", "", "no idea"]
    diff = paired_differences(refs, good, bad, fmt=None, embeddings=False, resamples=300)
    kind = Generation(None, None)
    ev = SimpleNamespace(**vars(EV))
    for metric in ("rouge_l", "bleu", "chrf"):
        d = diff[metric]
        assert d["difference"] > 0 and d["low"] <= d["difference"] <= d["high"]
        # the paired difference is of the very numbers the table shows (corpus BLEU / chrF)
        a = Generation.summary(kind, refs, good, ev)[metric]
        b = Generation.summary(kind, refs, bad, ev)[metric]
        assert d["difference"] == pytest.approx(a - b)
    same = paired_differences(refs, good, good, embeddings=False, resamples=100)
    assert all(d["difference"] == 0 for d in same.values())


def test_classification_kind_reads_labels_from_text():
    kind = Classification(["SPAM", "HAM"])
    assert kind.parse("I think spam.") == "SPAM" and kind.parse("no idea") is None
    gold = ["SPAM", "HAM", "HAM"]
    row = kind.summary(gold, ["spam", "HAM", "unsure"], EV)
    assert row["accuracy"] == pytest.approx(2 / 3) and row["invalid_rate"] == pytest.approx(1 / 3)
    diff = kind.compare(gold, ["SPAM", "HAM", "HAM"], ["spam", "HAM", "unsure"], EV)
    assert diff["accuracy"]["n_a_only"] == 1 and diff["accuracy"]["p_value"] == 1.0


def test_the_classic_contender_of_other_types_answers_with_the_nearest_train_answer():
    from tasks.lib.classic import fit_classic, predict_classic

    train = [
        record('{"category": "A"}', "my parcel never arrived at the door"),
        record('{"category": "B"}', "I was charged twice for one order"),
    ]
    model = fit_classic(train, retrieval=True)
    answers = predict_classic(model, ["the parcel did not arrive", "charged twice, please help"])
    assert answers == ['{"category": "A"}', '{"category": "B"}']
