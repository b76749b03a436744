"""What the PII corpus tests read out of a corpus: labelled values and planted negatives.

(The corpus modules themselves share nothing beyond benchmarks/pii_corpus.py's helpers, so each
stays independent of the others; their tests may share these readers.)
"""

from __future__ import annotations

from collections.abc import Collection

from benchmarks.pii_corpus import every_occurrence_labelled


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


def check_negatives(doc: dict, kinds: Collection[str]) -> None:
    """A doc's planted negatives: unpadded, of a known kind, apart from each other and from every
    labelled span."""
    text, spans = doc["text"], doc["spans"]
    negs = sorted(doc["negatives"], key=lambda n: n["start"])
    for a, b in zip(negs, negs[1:], strict=False):
        assert a["end"] <= b["start"], (a, b)
    for n in negs:
        value = text[n["start"] : n["end"]]
        assert value and value == value.strip(), n
        assert n["kind"] in kinds, n
        for s in spans:
            assert n["end"] <= s["start"] or s["end"] <= n["start"], (n, s)


def check_every_occurrence_labelled(docs: list[dict]) -> None:
    """Each labelled value, wherever else it stands as a whole word, is inside a span too."""
    for d in docs:
        assert every_occurrence_labelled(d), (d["locale"], d["text"])
