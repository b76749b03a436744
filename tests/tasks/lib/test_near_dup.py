"""near_dup: planted pairs found by both candidate modes, >= threshold semantics, cross pairs."""

from __future__ import annotations

import numpy as np
import pytest
from rapidfuzz import fuzz

from benchmarks.corpus import make_corpus
from tasks.lib.errors import PipelineError
from tasks.lib.minhash import minhash_signatures
from tasks.lib.near_dup import (
    NearDup,
    _verify_block,
    estimate_costs,
    find_cross_pairs,
    find_cross_pairs_planned,
    find_pairs,
    find_pairs_planned,
    normalize_text,
    plan_candidates,
)


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
    # auto with no time budget: all pairs where estimated cheaper than LSH (2,000 short texts)
    auto, plan = find_pairs_planned(corpus.texts, NearDup(threshold=90, all_pairs_max_s=0))
    assert plan.path == "all_pairs" and auto == a
    assert plan.all_pairs_est_s < plan.lsh_est_s
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


# ---------------------------------------------------------------------------------------------
# auto: the candidate path by estimated cost (controlled lengths: deterministic)
# ---------------------------------------------------------------------------------------------


def test_all_pairs_cost_grows_with_pairs_and_length_lsh_with_characters():
    ap_short, lsh_short = estimate_costs(12_497_500, 140, 3, 5000 * 140)
    ap_long, lsh_long = estimate_costs(12_497_500, 700, 11, 5000 * 700)
    assert 1 < ap_short < 5 and 20 < ap_long < 60  # measured: ~1.5 s and ~30-50 s
    assert 2 < lsh_long < 6 and lsh_short < lsh_long  # measured: ~1.1 s and ~3.4 s
    assert estimate_costs(4 * 12_497_500, 700, 11, 10_000 * 700)[0] == pytest.approx(4 * ap_long)


@pytest.mark.parametrize(
    ("n", "chars", "path"),
    [
        (2, 10, "all_pairs"),
        (400, 120, "all_pairs"),
        (5000, 140, "all_pairs"),  # ~2.4 s: within the 5 s budget, stays exact
        (5000, 700, "lsh"),  # ~30 s all pairs vs ~4 s LSH
        (20_000, 140, "lsh"),
        (1, 700, "none"),
    ],
)
def test_auto_picks_by_estimated_cost(n, chars, path):
    plan = plan_candidates(NearDup(), [chars] * n)
    assert plan.path == path
    assert plan.reason.startswith(
        {"all_pairs": "all pairs: ", "lsh": "lsh: ", "none": "none: "}[path]
    )
    assert f"{n:,} texts of ~{chars:,} chars" in plan.reason
    if path == "lsh":
        assert plan.all_pairs_est_s > 5 and "all pairs est." in plan.reason


def test_auto_budget_and_lsh_estimate_decide():
    lengths = [700] * 5000
    assert plan_candidates(NearDup(all_pairs_max_s=100), lengths).path == "all_pairs"
    # budget 0: all pairs only where it is estimated cheaper than LSH
    assert plan_candidates(NearDup(all_pairs_max_s=0), [120] * 300).path == "all_pairs"
    assert plan_candidates(NearDup(all_pairs_max_s=0), [120] * 3000).path == "lsh"
    # an explicit choice is kept, with the estimates for the record
    plan = plan_candidates(NearDup(candidates="all_pairs"), lengths)
    assert plan.path == "all_pairs" and "set by candidates: all_pairs" in plan.reason
    assert plan_candidates(NearDup(threshold=100), lengths).path == "none"
    with pytest.raises(PipelineError, match="all_pairs_max_s"):
        NearDup(all_pairs_max_s=-1)


def test_cross_plan_counts_queries_times_corpus():
    plan = plan_candidates(NearDup(), [700] * 2000, [700] * 20_000)
    assert plan.n_pairs == 40_000_000 and plan.path == "lsh"
    assert "2,000 x 20,000 texts" in plan.reason
    small = plan_candidates(NearDup(), [120] * 50, [120] * 400)
    assert small.n_pairs == 20_000 and small.path == "all_pairs"
    hits, plan = find_cross_pairs_planned(["hello there", "x"], ["hello there!", "y"], NearDup())
    assert hits == [(0, 0, 100.0)] and plan.path == "all_pairs"
