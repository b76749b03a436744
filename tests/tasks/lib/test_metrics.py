"""tasks.lib.metrics: label parsing, classification metrics, the confusion-matrix plot."""

from __future__ import annotations

import pytest

from tasks.lib import metrics

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
    assert metrics.parse_label(text, LABELS) == expected


def test_parse_label_prefers_longer_label_at_same_position():
    assert metrics.parse_label("not spam at all", ["NOT", "NOT SPAM"]) == "NOT SPAM"
    assert metrics.parse_label("NOT sure", ["NOT", "NOT SPAM"]) == "NOT"


# -- classification_metrics ---------------------------------------------------------------------


def test_metrics_invalid_answers_count_wrong():
    m = metrics.classification_metrics(
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
    assert m["confusion_labels"] == [*LABELS, metrics.INVALID]
    assert m["confusion_matrix"] == [
        [1, 0, 0, 1],  # true SHIPPING: one right, one invalid
        [1, 1, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 0],  # nothing is truly invalid
    ]


def test_macro_f1_is_over_the_label_set_not_the_answers():
    # a wrongly predicted label absent from the gold set still counts (F1 0), invalid never does
    m = metrics.classification_metrics(["SHIPPING", "SHIPPING"], ["SHIPPING", "ACCOUNT"], LABELS)
    assert m["macro_f1"] == pytest.approx((2 / 3 + 0.0) / 2)
    all_invalid = metrics.classification_metrics(["SHIPPING", "BILLING"], [None, None], LABELS)
    assert all_invalid["accuracy"] == 0 and all_invalid["macro_f1"] == 0
    assert all_invalid["invalid_rate"] == 1


def test_metrics_reject_gold_outside_label_set():
    with pytest.raises(ValueError, match="not in the label set"):
        metrics.classification_metrics(["REFUND"], ["SHIPPING"], LABELS)


def test_plot_confusion_matrix_writes_png(tmp_path):
    m = metrics.classification_metrics(["SHIPPING", "BILLING"], ["SHIPPING", None], LABELS)
    out = metrics.plot_confusion_matrix(m, tmp_path / "cm.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
