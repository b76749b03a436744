"""tasks.lib.report: templates autoescape (only plots pass as markup), the "never show record
text" filters, StrictUndefined, inline SVG plots without dates."""

from __future__ import annotations

import jinja2
import pytest
from markupsafe import Markup

from tasks.lib.contract import ContractResult
from tasks.lib.report import (
    bar_chart,
    environment,
    histogram_chart,
    ids_only,
    numbers,
    render,
    svg,
)

ID_A, ID_B = "0123456789abcdef", "fedcba9876543210"
SCRIPT = "<script>alert(1)</script>"


def _quality_context(**overrides) -> dict:
    """Everything quality.html.j2 needs, with every optional section present."""
    context = {
        "task_name": "tickets",
        "contract": ContractResult(
            True,
            [
                {
                    "rule": "labels_in_set",
                    "split": "train",
                    "success": True,
                    "element_count": 4,
                    "unexpected_count": 0,
                }
            ],
        ),  # fmt: skip
        "balance": {"train": {"n": 4, "label_counts": {"A": 4}, "ratio": 1.0}},
        "balance_of": "class",
        "tokens": {
            "n_examples": 4,
            "median": 10,
            "p95": 12,
            "max": 13,
            "n_over_max_length": 0,
            "trained_share": 0.1,
        },
        "warnings": [],
        "plots": {"class_balance": Markup("<svg id='cb'></svg>"), "tokens": "", "pii": ""},
        "validate": {"n_records": 4},
        "dedup": {
            "report": {"n_in": 4},
            "n_clusters": 0,
            "n_dropped": 0,
            "clusters": [],
            "pairs": [],
        },
        "leakage": {"report": {"pairs": {}}, "pairs": []},
        "pii": {
            "n_changed": 0,
            "n_records": 4,
            "n_dropped": 0,
            "validated_left": 0,
            "kinds": [],
            "by_split": [],
        },
        "data_docs": "data_docs/index.html",
    }
    return {**context, **overrides}


def test_record_values_in_a_section_are_escaped_and_only_plots_pass_as_markup():
    page = render(
        "quality.html.j2",
        **_quality_context(
            task_name=SCRIPT,
            balance={SCRIPT: {"n": 4, "label_counts": {"A": 4}, "ratio": 1.0}},
            warnings=[f"label {SCRIPT} below the minimum"],
            validate={SCRIPT: 3},
            plots={"class_balance": Markup("<svg id='cb'></svg>"), "tokens": SCRIPT, "pii": ""},
        ),
    )
    assert "<script" not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 6  # title, h1, split, warning,
    # the validate key, the plot passed as a plain string
    assert "<svg id='cb'></svg>" in page  # Markup: the one thing printed as is


def test_upstream_text_never_reaches_the_page():
    """Strings in upstream sections are dropped by the `numbers` / `ids_only` filters."""
    page = render(
        "quality.html.j2",
        **_quality_context(
            validate={"n_records": 40, "note": "raw text"},
            dedup={
                "report": {"n_in": 40, "first_text": "raw text"},
                "n_clusters": 1,
                "n_dropped": 1,
                "clusters": [(ID_A, [ID_B, "raw text"]), ("raw text", [ID_A])],
                "pairs": [{"a": ID_A, "b": "raw text", "score": 91.5}],
            },
            leakage={
                "report": {"n": 1, "text": "raw text"},
                "pairs": [("train~test", 1, 95.0, [{"a": ID_A, "text": "raw text", "s": 95.0}])],
            },
        ),
    )
    assert "raw text" not in page
    assert f"<td>{ID_A}</td><td>{ID_B}</td>" in page  # the kept id is shown, the text cut
    assert f"{ID_A} ~ 91.5" in page and f"{ID_A} ~ 95.0" in page
    assert "<td>n_records</td><td>40</td>" in page


def test_numbers_keeps_scalars_and_lengths_only():
    section = {"n": 3, "share": 0.5, "ok": True, "ids": [ID_A, ID_B], "by": {"x": 1}, "text": "hi"}
    assert numbers(section) == [
        ("n", 3),
        ("share", 0.5),
        ("ok", True),
        ("ids (count)", 2),
        ("by (count)", 1),
    ]
    assert numbers("raw text") == [] and numbers(None) == [] and numbers([1, 2]) == []


def test_ids_only_keeps_id_like_tokens_and_numbers():
    row = {"a": ID_A, "upper": ID_A.upper(), "short": "abc123", "text": "raw text", "score": 9.5}
    assert ids_only(row) == f"{ID_A} ~ 9.5"
    assert ids_only([ID_A, True, 3, f"{ID_A} text", "x" * 64]) == f"{ID_A} ~ 3"
    assert ids_only(ID_A) == "" and ids_only(None) == ""  # a bare string is not a sample row


def test_a_missing_variable_raises():
    context = _quality_context()
    del context["warnings"]
    with pytest.raises(jinja2.UndefinedError, match="warnings"):
        render("quality.html.j2", **context)
    with pytest.raises(jinja2.UndefinedError):
        render("quality.html.j2", **_quality_context(tokens={"n_examples": 4}))
    with pytest.raises(jinja2.UndefinedError):
        environment().from_string("{{ missing }}").render()


def test_plots_are_inline_svg_markup_without_dates():
    page = svg(_figure_with_text(SCRIPT))
    assert isinstance(page, Markup) and page.startswith("<svg")
    assert "<?xml" not in page and "DOCTYPE" not in page and "dc:date" not in page
    assert "<script" not in page  # matplotlib escapes the text it writes
    hist = histogram_chart(
        [0, 10, 20], [3, 1], title="t", xlabel="x", ylabel="y", limit=(15, "max_length")
    )
    assert hist.count("<svg") == 1 and "max_length" in hist
    assert bar_chart({"email": 3}, title="t", ylabel="y").startswith("<svg")


def _figure_with_text(text: str):
    from tasks.lib.report import figure

    fig, ax = figure(3, 2)
    ax.set_title(text)
    return fig
