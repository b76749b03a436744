"""The learned PII tagger: its tokens and labels, training a real CRF (python-crfsuite) on a small
corpus, loading (failing closed), and the bundled model next to the patterns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.pii import gold_of, match_doc
from benchmarks.pii_corpus import build_corpus
from tasks.lib import pii_tagger
from tasks.lib.errors import ParamsError
from tasks.lib.io import read_json, write_json
from tasks.lib.pii import ORDER, Finding, find_pii
from tasks.lib.pii_tagger import (
    add_tagged,
    features,
    labels,
    load_tagger,
    spans_of,
    tagged_findings,
    tokens,
    train,
)
from tests.helpers import make_project
from tests.tasks.lib.test_pii import HARD_NEGATIVES


def test_labels_and_spans_of_round_trip_on_corpus_docs():
    docs = build_corpus(400, seed=3)
    checked = 0
    for doc in docs:
        text, toks = doc["text"], tokens(doc["text"])
        tags = labels(toks, doc["spans"])
        assert len(features(text, toks)) == len(toks) == len(tags)
        got = {(k, a, b) for k, a, b, _ in spans_of(text, toks, tags)}
        want = {(s["type"], s["start"], s["end"]) for s in doc["spans"]}
        want = {w for w in want if w[0] in pii_tagger.TYPES}
        # spans start and end on token edges in this corpus (labels never cut a word)
        assert got == want, text
        checked += len(want)
    assert checked > 100


def test_a_name_breaks_at_a_newline_an_address_does_not():
    text = "Ana\nSilva lives at 12 Main St\nSpringfield"
    toks = tokens(text)
    tags = ["B-person", "I-person", "I-person"] + ["O"] * 2  # Ana \n Silva | lives at
    tags += ["B-address"] + ["I-address"] * (len(toks) - 6)
    kinds = [(k, text[a:b]) for k, a, b, _ in spans_of(text, toks, tags)]
    assert kinds == [("person", "Ana"), ("person", "Silva"), ("address", "12 Main St\nSpringfield")]


@pytest.fixture(scope="module")
def small_model(tmp_path_factory):
    """A real CRF trained on 300 dev-corpus docs (a few seconds)."""
    out = tmp_path_factory.mktemp("tagger") / "small.crfsuite"
    info = train(build_corpus(300, seed=11), out, max_iterations=60, about={"corpora": ["dev"]})
    return out, info


def test_train_writes_the_model_and_its_provenance_atomically(small_model):
    out, info = small_model
    assert out.is_file() and out.stat().st_size > 10_000
    assert read_json(out.with_suffix(".json")) == info
    assert info["docs"] == 300 and info["tokens"] > 5_000 and info["corpora"] == ["dev"]
    assert info["spans"]["person"] > 50 and info["spans"]["address"] > 30
    assert info["features_version"] == pii_tagger.FEATURES_VERSION
    assert sorted(p.name for p in out.parent.iterdir()) == ["small.crfsuite", "small.json"]


def test_a_trained_model_finds_names_and_addresses_in_docs_it_never_saw(small_model):
    tagger = load_tagger(small_model[0].name, root=small_model[0].parent)
    docs = build_corpus(150, seed=12)
    found = tagged_findings(tagger, [d["text"] for d in docs], ORDER, min_prob=0.5)
    for kind in pii_tagger.TYPES:
        gold = [[g for g in gold_of(d) if g[0] == kind] for d in docs]
        pred = [[(f.entity, f.start, f.end) for f in fs if f.entity == kind] for fs in found]
        hits = sum(len(match_doc(g, p)) for g, p in zip(gold, pred, strict=True))
        assert hits / sum(map(len, gold)) > 0.5, kind  # far from chance after 300 docs
    # only the types asked for
    assert tagged_findings(tagger, [docs[0]["text"]], ["email"]) == [[]]


def test_load_fails_closed_on_a_missing_or_stale_model(small_model, tmp_path):
    with pytest.raises(ParamsError, match="no tagger model at .*nope.crfsuite"):
        load_tagger("nope.crfsuite", root=tmp_path)
    out, info = small_model
    stale = tmp_path / "stale.crfsuite"
    stale.write_bytes(out.read_bytes())
    write_json(stale.with_suffix(".json"), info | {"features_version": 0})
    with pytest.raises(ParamsError, match="features v0.*retrain"):
        load_tagger(stale)


def test_bundled_model_adds_what_the_patterns_miss_and_leaves_hard_negatives():
    tagger = load_tagger(pii_tagger.BUNDLED)
    assert tagger.path == pii_tagger.MODEL and tagger.describe()["docs"] >= 10_000
    text = "Could you give Dean a ring on Friday? It is about the parcel."
    assert find_pii(text) == []
    merged, added = add_tagged(tagger, [text], [find_pii(text)], ORDER)
    assert [(f.entity, text[f.start : f.end]) for f in added[0]] == [("person", "Dean")]
    assert merged == added
    # the planted hard negatives of the pattern tests: brands named after people, streets
    # without a number, cities, ids... nothing is added
    assert tagged_findings(tagger, HARD_NEGATIVES, ORDER) == [[] for _ in HARD_NEGATIVES]


def test_patterns_win_where_spans_overlap():
    tagger = load_tagger(pii_tagger.BUNDLED)
    text = "Could you give Dean a ring on Friday?"
    pattern = Finding("secret", 15, 19)  # pretend a pattern claimed "Dean"
    merged, added = add_tagged(tagger, [text], [[pattern]], ORDER)
    assert merged == [[pattern]] and added == [[]]


def test_workers_find_what_one_process_finds():
    tagger = load_tagger(pii_tagger.BUNDLED)
    texts = [d["text"] for d in build_corpus(160, seed=21)]
    one = tagged_findings(tagger, texts, ORDER)
    assert sum(map(len, one)) > 20
    assert tagged_findings(tagger, texts, ORDER, workers=2, chunk=40) == one
    assert pii_tagger._FORKED is None  # the parent does not keep the workers' handle


# --- training on your own labelled docs: `ftpipe train-tagger` -------------------------------
def _labelled_file(tmp_path, docs) -> Path:
    path = tmp_path / "labelled.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_train_tagger_command_trains_a_model_the_stage_can_load(tmp_path, capsys):
    from flows import cli

    project = make_project(tmp_path / "proj", [])
    docs = [{"text": d["text"], "spans": d["spans"]} for d in build_corpus(150, seed=5)]
    data = _labelled_file(tmp_path, docs)
    assert cli.main(["train-tagger", str(data), "--project", str(project.root)]) == 0
    out = capsys.readouterr().out
    assert "150 docs" in out and "scrub_pii.tagger: models/pii_tagger.crfsuite" in out
    tagger = load_tagger("models/pii_tagger.crfsuite", root=project.root)
    assert tagger.info["docs"] == 150 and tagger.info["trained_on"] == str(data)
    assert tagger.info["spans"]["person"] > 20


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ({"spans": []}, "text"),
        ({"text": "Hi Ana", "spans": "Ana"}, "spans"),
        ({"text": "Hi Ana", "spans": [{"start": 3, "end": 6, "type": "name"}]}, "span_type"),
        ({"text": "Hi Ana", "spans": [{"start": 3, "end": 9, "type": "person"}]}, "span_range"),
        (
            {
                "text": "Hi Ana Lima",
                "spans": [
                    {"start": 3, "end": 11, "type": "person"},
                    {"start": 7, "end": 11, "type": "person"},
                ],
            },
            "span_overlap",
        ),
    ],
)
def test_train_tagger_bad_line_is_one_line_naming_file_line_rule_never_text(
    tmp_path, capsys, line, rule
):
    from flows import cli

    project = make_project(tmp_path / "proj", [])
    good = {"text": "Hello Marta Quiroga", "spans": [{"start": 6, "end": 19, "type": "person"}]}
    data = _labelled_file(tmp_path, [good, line])
    assert cli.main(["train-tagger", str(data), "--project", str(project.root)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"labelled.jsonl:2: [{rule}]" in err[0], err
    assert "Ana" not in err[0] and "Lima" not in err[0]
    assert not (project.root / "models").exists()
