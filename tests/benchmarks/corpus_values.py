"""What the PII corpus tests read out of a corpus: labelled values and planted negatives.

(The corpus modules themselves share nothing beyond benchmarks/pii_corpus.py's helpers, so each
stays independent of the others; their tests may share these readers.)
"""

from __future__ import annotations


def span_values(docs: list[dict], etype: str) -> list[tuple[dict, str]]:
    """(doc, value) for every labelled span of type `etype`."""
    return [
        (d, d["text"][s["start"] : s["end"]])
        for d in docs
        for s in d["spans"]
        if s["type"] == etype
    ]


def negative_values(docs: list[dict], kind: str | None = None) -> list[str]:
    """The text of every planted hard negative (of `kind`, or all)."""
    return [
        d["text"][n["start"] : n["end"]]
        for d in docs
        for n in d["negatives"]
        if kind is None or n["kind"] == kind
    ]
