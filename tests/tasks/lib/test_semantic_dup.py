"""Semantic (paraphrase) near-duplicates: the blocked cosine search, the real bundled model
(all-MiniLM-L6-v2, loaded once per module), dedup_records with semantic on and off. The stage and
its params: tests/tasks/test_dedup.py; the leakage check: tests/tasks/test_split.py."""

from __future__ import annotations

import numpy as np
import pytest
from rapidfuzz import fuzz

from tasks.lib import semantic_dup
from tasks.lib.near_dup import NearDup, dedup_records, normalize_text
from tasks.lib.records import record_id
from tasks.lib.semantic_dup import (
    SemanticDup,
    embed,
    load_model,
    semantic_cross_pairs,
    semantic_pairs,
)
from tests.helpers import chat

ORIGINAL = "My package was delivered to the wrong address, the photo shows a house I don't know."
PARAPHRASE = (  # clauses swapped, a greeting and a sign-off: cosine ~0.97, fuzz.ratio ~56
    "Hi, the photo shows a house I don't know: my package was delivered to the wrong address. "
    "Please advise."
)
UNRELATED = "I was charged twice for my order, I can see two payments of $49.99 on my statement."


def rec(user: str, label: str = "SHIPPING") -> dict:
    r = chat(user, label)
    r["id"] = record_id(r["messages"])
    return r


def ids(records: list[dict]) -> list[str]:
    return [r["id"] for r in records]


@pytest.fixture(scope="module")
def sem() -> SemanticDup:
    """The default finder, its model loaded once for the module (~8 s)."""
    finder = SemanticDup()
    load_model(finder)
    return finder


@pytest.fixture(scope="module")
def cosine(sem) -> float:
    """The cosine of ORIGINAL ~ PARAPHRASE, as dedup compares them (normalized text)."""
    a, b = embed([normalize_text(ORIGINAL), normalize_text(PARAPHRASE)], sem)
    return float(a @ b)


# -- the search, without a model ---------------------------------------------------------------


@pytest.mark.parametrize("rows, cells", [(7, 35), (1024, 16 << 20)])
def test_blocked_search_finds_exactly_the_pairs_of_the_full_matrix(monkeypatch, rows, cells):
    monkeypatch.setattr(semantic_dup, "BLOCK_ROWS", rows)
    monkeypatch.setattr(semantic_dup, "BLOCK_CELLS", cells)
    rng = np.random.default_rng(0)
    base = rng.normal(size=(12, 16))
    x = np.concatenate([base, base[:8] + 0.3 * rng.normal(size=(8, 16))])  # 8 near copies
    x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
    y = x[::-1].copy()
    full = x @ x.T
    want = {(i, j) for i in range(20) for j in range(i + 1, 20) if full[i, j] >= 0.8}
    got = semantic_pairs(x, 0.8)
    assert len(want) >= 8 and {(i, j) for i, j, _ in got} == want
    assert all(s == pytest.approx(full[i, j], abs=1e-4) for i, j, s in got)
    assert got == sorted(got)
    cross = {(i, j) for i in range(20) for j in range(20) if (x @ y.T)[i, j] >= 0.8}
    assert {(i, j) for i, j, _ in semantic_cross_pairs(x, y, 0.8)} == cross


def test_identical_vectors_score_one_and_empty_inputs_give_no_pairs():
    v = np.ones((3, 4), dtype=np.float32) / 2
    assert [s for *_, s in semantic_pairs(v, 0.99)] == [1.0, 1.0, 1.0]
    assert semantic_pairs(v[:0], 0.5) == [] and semantic_cross_pairs(v, v[:0], 0.5) == []


# -- the real model --------------------------------------------------------------------------


def test_embeddings_are_unit_rows_and_copies_embed_alike(sem):
    e = embed(["where is my parcel", UNRELATED.lower(), "where is my parcel"], sem)
    assert e.dtype == np.float32 and e.shape == (3, 384)
    assert np.allclose(np.linalg.norm(e, axis=1), 1, atol=1e-5)
    assert np.array_equal(e[0], e[2]) and float(e[0] @ e[1]) < 0.5


def test_a_paraphrase_fuzzy_misses_is_merged_with_semantic_on(sem, cosine):
    a, b, c = rec(ORIGINAL), rec(PARAPHRASE), rec(UNRELATED, "BILLING")
    assert fuzz.ratio(normalize_text(ORIGINAL), normalize_text(PARAPHRASE)) < 80
    off = dedup_records([a, c, b], NearDup(threshold=80))
    assert ids(off.kept) == [a["id"], c["id"], b["id"]] and off.clusters == {}
    on = dedup_records([a, c, b], NearDup(threshold=80), semantic=sem)
    assert cosine >= sem.threshold
    assert ids(on.kept) == [a["id"], c["id"]] and on.clusters == {a["id"]: [b["id"]]}
    s = on.stats
    assert s["semantic_pairs"] == [
        {"a": a["id"], "b": b["id"], "cosine": round(cosine, 4), "fuzzy": None}
    ]
    assert (s["n_semantic_pairs"], s["n_semantic_only_pairs"], s["n_semantic_dropped"]) == (1, 1, 1)
    assert s["n_fuzzy_dropped"] == 0 and s["semantic_threshold"] == sem.threshold
    assert on.cluster_scores == {}  # no fuzzy pair in the cluster: its cosine is in the report


def test_the_threshold_is_respected(sem, cosine):
    a, b = rec(ORIGINAL), rec(PARAPHRASE)
    above = SemanticDup(threshold=round(cosine + 0.001, 4))
    below = SemanticDup(threshold=round(cosine - 0.001, 4))
    assert len(dedup_records([a, b], NearDup(), semantic=above).kept) == 2
    assert len(dedup_records([a, b], NearDup(), semantic=below).kept) == 1


def test_fuzzy_and_semantic_pairs_form_one_clustering_and_keep_applies_to_it(sem):
    a = rec(ORIGINAL)
    typo = rec(ORIGINAL.replace("delivered", "delivred"))  # fuzzy finds this one
    para, other = rec(PARAPHRASE), rec(UNRELATED, "BILLING")
    records = [a, other, typo, para]
    first = dedup_records(records, NearDup(threshold=90), semantic=sem)
    assert first.clusters == {a["id"]: [typo["id"], para["id"]]}
    assert first.stats["n_fuzzy_dropped"] == 1 and first.stats["n_semantic_dropped"] == 1
    assert first.cluster_scores[a["id"]] >= 90  # the fuzzy pair's ratio
    by_pair = {(p["a"], p["b"]): p for p in first.stats["semantic_pairs"]}
    # the typo pair scores high on both: listed with its fuzzy ratio; the paraphrase without
    assert by_pair[a["id"], typo["id"]]["fuzzy"] >= 90
    assert first.stats["n_semantic_only_pairs"] == sum(
        p["fuzzy"] is None for p in first.stats["semantic_pairs"]
    )
    longest = dedup_records(records, NearDup(threshold=90), keep="longest", semantic=sem)
    assert ids(longest.kept) == [other["id"], para["id"]]  # the paraphrase is the longest text
    assert longest.clusters == {para["id"]: [a["id"], typo["id"]]}


def test_semantic_off_changes_nothing(sem):
    records = [rec(ORIGINAL), rec(UNRELATED, "BILLING"), rec(PARAPHRASE)]
    plain = dedup_records(records, NearDup())
    assert plain == dedup_records(records, NearDup(), semantic=None)
    assert not any(k.startswith(("semantic", "n_semantic")) for k in plain.stats)
    assert len(plain.kept) == 3
