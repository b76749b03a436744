"""Pre-flight: what training will cost and whether it fits, before any weight is loaded or any
file uploaded. Token counts come from the tokenizer alone, memory from the model config alone.

    report = preflight(counts, params.train, n_params=count_parameters(base), dev="cuda")
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tasks.lib.errors import PipelineError
from tasks.lib.params import TrainParams
from tasks.lib.runtime import get_logger
from tasks.lib.tokens import TokenCount

# bytes per parameter while training: bf16 weights for LoRA (fp32 on CPU), 4-bit NF4 + quant
# constants for QLoRA, and weights + grads + fp32 master + Adam moments for full fine-tuning
_BYTES_PER_PARAM = {"lora": 2.0, "qlora": 0.55, "full": 16.0}
_ACTIVATION_OVERHEAD = 1.2  # +20 %: activations, LoRA weights and optimizer state, CUDA context


def estimate_memory_gb(n_params: int, backend: str, dev: str) -> float:
    per_param = _BYTES_PER_PARAM[backend]
    if backend == "lora" and dev != "cuda":
        per_param = 4.0  # fp32 on CPU
    return round(n_params * per_param * _ACTIVATION_OVERHEAD / 2**30, 2)


def _problems(report: dict, tp: TrainParams, max_truncated_share: float) -> list[str]:
    """Every reason not to start, as one sentence each (truncation, trained share, cost, memory)."""
    pf, n = tp.preflight, report["n_examples"]
    problems = []
    if report["truncated_share"] > max_truncated_share:
        problems.append(
            f"{report['truncated']} of {n} examples exceed train.max_length={tp.max_length} "
            f"(share {report['truncated_share']:.1%} > quality.max_truncated_share); raise "
            "train.max_length or shorten the examples"
        )
    if report["trained_share"] < pf.min_trained_share:
        problems.append(
            f"only {report['trained_share']:.1%} of tokens are trained on "
            f"(< preflight.min_trained_share {pf.min_trained_share:.1%})"
        )
    if tp.backend == "openai":
        if "estimated_cost_usd" not in report:
            problems.append(f"no price for {tp.openai.model} in train.preflight.prices")
        elif pf.budget_usd is not None and report["estimated_cost_usd"] > pf.budget_usd:
            problems.append(
                f"estimated OpenAI training cost ${report['estimated_cost_usd']:.2f} "
                f"({report['tokens_per_epoch']} tokens x {tp.epochs} epochs x "
                f"${pf.prices[tp.openai.model]}/1M) exceeds train.preflight.budget_usd "
                f"${pf.budget_usd}"
            )
    need, have = report.get("memory_needed_gb"), report.get("memory_available_gb")
    if need is not None and have is not None and need > have:
        problems.append(
            f"{tp.backend} on {report['n_params'] / 1e9:.2f}B parameters needs ~{need} GB, "
            f"{have} GB available; use qlora, a smaller base model or a bigger GPU"
        )
    return problems


def preflight(
    counts: Sequence[TokenCount],
    tp: TrainParams,
    *,
    n_params: int | None,
    dev: str,
    max_truncated_share: float = 0.0,
) -> dict[str, Any]:
    """Token counts, the share of tokens trained on, truncation, memory for the chosen method vs
    what is available, and the OpenAI cost.

    Args:
        counts: token counts of the training rows (`tasks.lib.tokens.count_tokens`).
        tp: the train params (backend, max_length, preflight section).
        n_params: the base model's parameters (`count_parameters`); None for a remote backend.
        dev: "cuda", "cpu" or "remote".
        max_truncated_share: share of examples allowed over max_length.

    Raises:
        PipelineError for each problem, or logs warnings with `preflight.on_problem: warn`.
    """
    pf = tp.preflight
    lengths = [c.total for c in counts]
    total = sum(lengths)
    truncated = sum(n > tp.max_length for n in lengths)
    report: dict[str, Any] = {
        "backend": tp.backend,
        "n_examples": len(counts),
        "tokens_per_epoch": total,
        "tokens_mean": round(total / max(len(counts), 1), 1),
        "tokens_max": max(lengths, default=0),
        "trained_share": round(sum(c.trained for c in counts) / max(total, 1), 4),
        "truncated": truncated,
        "truncated_share": round(truncated / max(len(counts), 1), 4),
    }
    if tp.backend == "openai" and tp.openai.model in pf.prices:
        cost = total * tp.epochs * pf.prices[tp.openai.model] / 1e6
        report["estimated_cost_usd"] = round(cost, 6)
    if n_params is not None:
        have = pf.gpu_memory_gb
        if have is None and dev == "cuda":
            import torch

            have = round(torch.cuda.mem_get_info()[1] / 2**30, 2)
        report |= {
            "n_params": n_params,
            "memory_needed_gb": estimate_memory_gb(n_params, tp.backend, dev),
            "memory_available_gb": have,
        }
    report["problems"] = _problems(report, tp, max_truncated_share)
    log = get_logger()
    for problem in report["problems"]:
        if pf.on_problem == "fail":
            raise PipelineError(f"train pre-flight: {problem}")
        log.warning("train pre-flight: %s", problem)
    log.info(
        "train pre-flight: %d examples, %d tokens/epoch (max %d), %.0f%% trained on, "
        "%d truncated%s",
        len(counts),
        total,
        report["tokens_max"],
        100 * report["trained_share"],
        truncated,
        f", ~{report['memory_needed_gb']} GB needed" if "memory_needed_gb" in report else "",
    )
    return report
