"""Token statistics with the real tokenizer and chat template, exactly as training sees them.

    counts = count_tokens(tok, sft_rows(records, system_prompt))   # [TokenCount(total, trained)]
    token_summary(counts, max_length)                              # histogram, truncation

The one place tokens are counted: the quality stage (lengths, truncation, trained share), the
training pre-flight (tokens per epoch, truncation, cost) and benchmarks use it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, NamedTuple

HIST_BINS = 20


class TokenCount(NamedTuple):
    total: int  # the whole conversation (prompt + completion), as TRL tokenizes it
    trained: int  # the part the loss is on: the completion and its end-of-turn tokens


def count_tokens(tok: Any, rows: Sequence[dict], batch_size: int = 256) -> list[TokenCount]:
    """Token counts of TRL prompt/completion rows (`tasks.lib.prompts.sft_rows`).

    The prompt goes through the chat template with the generation prompt; the full sequence adds
    the completion. TRL trains on full minus prompt. Rendered and tokenized in batches (the
    template already placed the special tokens).
    """
    out: list[TokenCount] = []
    for start in range(0, len(rows), batch_size):
        chunk = rows[start : start + batch_size]
        prompts = [r["prompt"] for r in chunk]
        fulls = [r["prompt"] + r["completion"] for r in chunk]
        p_text = tok.apply_chat_template(prompts, tokenize=False, add_generation_prompt=True)
        f_text = tok.apply_chat_template(fulls, tokenize=False)
        p_ids = tok(p_text, add_special_tokens=False)["input_ids"]
        f_ids = tok(f_text, add_special_tokens=False)["input_ids"]
        out.extend(
            TokenCount(len(f), max(len(f) - len(p), 0)) for p, f in zip(p_ids, f_ids, strict=True)
        )
    return out


def token_summary(counts: Sequence[TokenCount], max_length: int) -> dict[str, Any]:
    """Length histogram (fixed-width bins up to max(longest, max_length)), truncation shares."""
    from tasks.lib.stats import nearest_rank

    n_tokens = [c.total for c in counts]
    n_trained = [c.trained for c in counts]
    n = len(n_tokens)
    top = max([max_length, *n_tokens])
    width = max(1, math.ceil(top / HIST_BINS))
    edges = [i * width for i in range(HIST_BINS + 1)]
    counts = [0] * HIST_BINS
    for x in n_tokens:
        counts[min(x // width, HIST_BINS - 1)] += 1
    total = sum(n_tokens)
    over = sum(x > max_length for x in n_tokens)
    ordered = sorted(n_tokens)
    return {
        "n_examples": n,
        "max_length": max_length,
        "tokens_total": total,
        "tokens_trained": sum(n_trained),
        "trained_share": round(sum(n_trained) / total, 6) if total else 0.0,
        "n_over_max_length": over,
        "over_max_length_share": round(over / n, 6) if n else 0.0,
        "min": ordered[0] if n else 0,
        "median": ordered[n // 2] if n else 0,
        "p95": nearest_rank(ordered, 0.95),
        "max": ordered[-1] if n else 0,
        "histogram": {"edges": edges, "counts": counts},
    }


def token_stats(
    ids: dict[str, list[str]], per_split: dict[str, list[TokenCount]], max_length: int
) -> dict:
    """token_stats.json: the summary over all splits, per split, and per example (ids only)."""
    everything = [t for counts in per_split.values() for t in counts]
    return {
        **token_summary(everything, max_length),
        "per_split": {name: token_summary(c, max_length) for name, c in per_split.items()},
        "examples": {
            name: [
                {"id": rid, "n_tokens": n, "n_trained": k}
                for rid, (n, k) in zip(ids[name], per_split[name], strict=True)
            ]
            for name in per_split
        },
    }
