"""near_dup: planted pairs found by both candidate modes, >= threshold semantics, cross pairs."""

from __future__ import annotations

import numpy as np
import pytest
from rapidfuzz import fuzz

from benchmarks.corpus import make_corpus
from tasks.lib.errors import PipelineError
from tasks.lib.minhash import minhash_signatures
from tasks.lib.near_dup import NearDup, _verify_block, find_cross_pairs, find_pairs, normalize_text


@pytest.fixture(scope="module")
def corpus():
    return make_corpus(2000, seed=3, plant_share=0.05)


def _ij(pairs):
    return {(i, j) for i, j, _ in pairs}


def test_corpus_is_deterministic_and_plants_score(corpus):
    again = make_corpus(2000, seed=3, plant_share=0.05)
    assert again.texts == corpus.texts and again.pairs == corpus.pairs
    assert len(corpus.pairs) == 100
    for i, j in corpus.pairs:
        assert fuzz.ratio(normalize_text(corpus.texts[i]), normalize_text(corpus.texts[j])) >= 85


@pytest.mark.parametrize("candidates", ["all_pairs", "lsh"])
def test_planted_pairs_found(corpus, candidates):
    pairs = find_pairs(corpus.texts, NearDup(threshold=85, candidates=candidates))
    found = _ij(pairs)
    planted = set(corpus.pairs)
    if candidates == "all_pairs":  # exact
        assert planted <= found
    else:  # LSH is probabilistic (seeded, so deterministic): at ratio 85 a few pairs slip
        assert len(planted & found) >= 0.97 * len(planted)
    # every pair returned is verified: the score is the real ratio, at or above the threshold
    for i, j, s in pairs:
        assert i < j and s >= 85
        assert s == pytest.approx(
            fuzz.ratio(normalize_text(corpus.texts[i]), normalize_text(corpus.texts[j]))
        )


def test_candidate_modes_agree(corpus):
    a = find_pairs(corpus.texts, NearDup(threshold=90, candidates="all_pairs"))
    b = find_pairs(corpus.texts, NearDup(threshold=90, candidates="lsh"))
    assert len(a) > 50 and a == b
    # auto picks all pairs under all_pairs_max, LSH above: same answer
    assert find_pairs(corpus.texts, NearDup(threshold=90, all_pairs_max=100)) == a
    # LSH only ever misses pairs, never invents one: every candidate is verified
    assert set(find_pairs(corpus.texts, NearDup(threshold=85, candidates="lsh"))) <= set(
        find_pairs(corpus.texts, NearDup(threshold=85, candidates="all_pairs"))
    )


def test_threshold_is_inclusive():
    a, b = "abcdefghij", "abcdefghiX"  # ratio exactly 90
    assert fuzz.ratio(a, b) == 90
    for candidates in ("all_pairs", "lsh"):
        assert find_pairs([a, b], NearDup(threshold=90, candidates=candidates)) == [(0, 1, 90.0)]
        assert find_pairs([a, b], NearDup(threshold=90.01, candidates=candidates)) == []
    # uint8 rounding in cdist must not let 89.47 through at 90
    c, d = "abcdefghijklmnopqrs", "abcdefghijklmnopqXY"
    assert 89 < fuzz.ratio(c, d) < 90
    assert find_pairs([c, d], NearDup(threshold=90, candidates="all_pairs")) == []


def test_exact_duplicates_and_normalization():
    texts = ["Hello there, friend!", "other", "  HELLO   there, friend", "hello there, friend"]
    assert find_pairs(texts, NearDup(threshold=100)) == [(0, 2, 100.0), (0, 3, 100.0)]
    # fuzzy pairs link the first copy only: enough to connect every copy
    pairs = find_pairs(texts + ["hello there, friends"], NearDup(threshold=90))
    assert (0, 4, pytest.approx(97.43, abs=0.01)) in pairs and (2, 4) not in _ij(pairs)


def test_threshold_zero_and_tiny_inputs():
    assert find_pairs([], NearDup(threshold=90)) == []
    assert find_pairs(["x"], NearDup(threshold=90)) == []
    # at 0 every pair matches (the copy "ABC" is linked to its first, "abc", only)
    assert find_pairs(["abc", "xyz", "ABC"], NearDup(threshold=0)) == [(0, 1, 0.0), (0, 2, 100.0)]
    assert len(find_pairs(["abc", "xyz", "klm"], NearDup(threshold=0))) == 3
    # texts shorter than the n-gram still hash (one shingle) and can match in LSH mode
    assert find_pairs(["ab", "AB!", "ac"], NearDup(threshold=50, candidates="lsh"))[0] == (
        0,
        1,
        100.0,
    )


def test_cross_pairs_expand_copies(corpus):
    train = corpus.texts[:1500]
    test = corpus.texts[1500:]
    got = find_cross_pairs(test, train, NearDup(threshold=90, candidates="lsh"))
    brute = find_cross_pairs(test, train, NearDup(threshold=90, candidates="all_pairs"))
    assert got == brute
    expected = {
        (j - 1500, i)
        for i, j in corpus.pairs
        if i < 1500 <= j
        and fuzz.ratio(normalize_text(train[i]), normalize_text(test[j - 1500])) >= 90
    }
    assert expected and expected <= {(q, c) for q, c, _ in got}
    # a train text present twice: both copies are listed (a leakage drop removes both)
    q, c, _ = got[0]
    twice = find_cross_pairs(
        [test[q]], [train[c], "unrelated", train[c].upper()], NearDup(threshold=90)
    )
    assert [(x, y) for x, y, _ in twice] == [(0, 0), (0, 2)]


def test_minhash_estimates_jaccard():
    rng = np.random.default_rng(0)
    base = "".join(rng.choice(list("abcdefghijklmnop"), size=400))
    sig = minhash_signatures([base, base[:300] + base[::-1][:100], base], num_perm=256)
    assert (sig[0] == sig[2]).all()
    agree = (sig[0] == sig[1]).mean()
    assert 0.4 < agree < 0.9


def test_bad_args():
    with pytest.raises(PipelineError, match="runner 'spark'"):
        find_pairs(["a", "b"], NearDup(threshold=90, runner="spark"))
    with pytest.raises(PipelineError, match="outside 0-100"):
        find_pairs(["a", "b"], NearDup(threshold=101))
    with pytest.raises(PipelineError, match="candidates"):
        find_cross_pairs(["a"], ["b"], NearDup(threshold=90, candidates="bogus"))


def test_verify_block_is_the_local_check():
    texts = ["abcdefghij", "abcdefghiX", "zzzzzzzzzz"]
    block = [(0, 1, texts[0], texts[1]), (0, 2, texts[0], texts[2])]
    assert _verify_block(block, 90) == [(0, 1, 90.0)]


def test_dask_runner_matches_local(corpus):
    """Starts a temporary Prefect API and a 2-process local Dask cluster (~15 s)."""
    from prefect.testing.utilities import prefect_test_harness

    local = find_pairs(corpus.texts[:1000], NearDup(threshold=85, candidates="all_pairs"))
    with prefect_test_harness(server_startup_timeout=60):
        dask = find_pairs(
            corpus.texts[:1000],
            NearDup(threshold=85, candidates="all_pairs", runner="dask", dask_workers=2),
        )
        # a cluster started elsewhere, reached by address (how a real Dask cluster is used)
        from distributed import LocalCluster

        with LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            remote = find_pairs(
                corpus.texts[:1000],
                NearDup(
                    threshold=85,
                    candidates="all_pairs",
                    runner="dask",
                    dask_address=cluster.scheduler_address,
                ),
            )
    assert dask == local and remote == local and local
