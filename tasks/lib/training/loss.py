"""The completion-only loss, with logits computed at the answer positions only.

    trainer = selected_loss_trainer_class()(model=..., args=..., ...)   # an SFTTrainer

Why: TRL 1.16's SFTTrainer projects through its fused LM head only the loss positions where
Triton runs it (CUDA, XPU); everywhere else (CPU) it scores EVERY position, in tiles of 4,096
tokens x 32,768 vocabulary entries (512 MB of fp32 each, and the forward and backward keep several
such temporaries alive at once). For a classification answer of 2-3 tokens in a 100-500-token row,
over 99% of that is thrown away. Measured on the bundled SmolLM2 (49,152-token vocabulary), LoRA,
batch 8 of 133-407-token rows at max_length 512: peak RSS 10.8 GB and 17.0 s/step with TRL's loss,
7.8 GB and 9.1 s/step with this one (`python benchmarks/recipes.py --loss-memory`); what remains is
the backbone's activations, which grow with batch x length (`train.activation_checkpointing:
true`: 3.1 GB, 13.6 s/step).

Here the model itself returns logits only where the next token's label is not -100 (transformers 5's
`logits_to_keep` as a boolean (batch, seq) mask: the hidden states at those positions go through
the - possibly PEFT-wrapped - `lm_head`, and the model's own logit scaling or soft-capping applies),
so the vocabulary projection costs `answer tokens x vocab` instead of `all tokens x vocab`. The
forward goes through the model as the Trainer hands it over (DDP, PEFT), so data-parallel gradient
sync and adapters work as before; padding-free packed rows need nothing special (their sequence
starts are already labelled -100 by TRL's collator).

The loss is TRL's, token for token: summed negative log-likelihood over the answer tokens divided
by `num_items_in_batch` (the answer tokens of the whole accumulated step, on every rank; the
batch's own count when absent, clamped to >= 1), times the number of processes when the tokens are
averaged across devices (DDP then averages the gradients). TRL's logged `entropy` and
`mean_token_accuracy` are computed on the same selected logits (TRL averages both over the
answer positions only, so they come out the same). Anything this does not cover (label
smoothing, a custom `compute_loss_func`, non-NLL loss types, MoE aux loss, sequence parallelism,
callers that want the logits back) goes to TRL's own `compute_loss`.

Cost on long completions: the selected logits are materialised (answer tokens x vocab), so a
generation task with long answers pays memory in proportion to them; classification pays ~nothing.
"""

from __future__ import annotations

import functools
from typing import Any

from tasks.lib.errors import PipelineError

IGNORE = -100  # the label of a position without loss (prompt, padding, a packed row's start)


def loss_positions(labels: Any) -> tuple[Any, Any]:
    """Where the logits are needed, and what they must predict.

    Position p's logits predict token p + 1, so p carries loss when `labels[:, p + 1]` is not
    IGNORE; the last position never does.

    Returns:
        (keep, targets): a bool tensor shaped like `labels`, and the labels those positions predict,
        in the row-major order `hidden_states[keep]` (and so the kept logits) come in.
    """
    import torch

    shifted = labels[:, 1:]
    keep = torch.zeros_like(labels, dtype=torch.bool)
    keep[:, :-1] = shifted != IGNORE
    return keep, shifted[shifted != IGNORE]


def selected_logits(model: Any, inputs: dict[str, Any]) -> tuple[Any, Any]:
    """Forward `model` (as the Trainer wraps it) with logits at the loss positions only.

    Returns:
        (logits, targets): `(n_answer_tokens, vocab)` logits and the `(n_answer_tokens,)` labels.
    """
    keep, targets = loss_positions(inputs["labels"])
    forward = {k: v for k, v in inputs.items() if k != "labels"}  # the loss is computed here
    forward["use_cache"] = False  # training: no KV cache (TRL sets the same)
    logits = model(**forward, logits_to_keep=keep).logits
    if logits.dim() != 2 or logits.shape[0] != targets.numel():
        raise PipelineError(
            f"the base model ({type(_unwrap(model)).__name__}) ignores a boolean `logits_to_keep` "
            f"(logits {tuple(logits.shape)} for {targets.numel()} answer tokens): it needs "
            "transformers >= 5's slice_logits_to_keep in its forward"
        )
    return logits, targets


def _unwrap(model: Any) -> Any:
    while hasattr(model, "module"):  # DDP
        model = model.module
    return model


def token_loss(logits: Any, targets: Any, num_items_in_batch: Any = None) -> Any:
    """TRL's completion loss: summed token NLL / (num_items_in_batch or the batch's count)."""
    import torch
    import torch.nn.functional as F

    nll = F.cross_entropy(logits.float(), targets, reduction="sum")
    n = targets.numel() if num_items_in_batch is None else num_items_in_batch
    return nll / torch.as_tensor(n, device=nll.device).clamp(min=1)


def token_stats(logits: Any, targets: Any) -> tuple[Any, Any]:
    """(summed entropy of the next-token distributions, count of answer tokens predicted top-1)."""
    import torch

    with torch.no_grad():
        logp = logits.detach().float().log_softmax(-1)
        entropy = -(logp.exp() * logp).sum(-1)
        correct = logp.argmax(-1) == targets  # argmax: the first maximum, as TRL counts ties
    return entropy.sum(), correct.sum()


@functools.cache
def selected_loss_trainer_class() -> type:
    """`SFTTrainer` with `compute_loss` on the selected positions (trl imported on first call)."""
    import torch
    from trl import SFTTrainer

    class SelectedLossSFTTrainer(SFTTrainer):
        """SFTTrainer whose loss computes logits at the answer positions only (module doc)."""

        def _selected_loss_applies(self) -> bool:
            pc = getattr(self.accelerator, "parallelism_config", None)
            return (
                self.compute_loss_func is None
                and self.label_smoother is None
                and self.args.loss_type == "nll"
                and not self.aux_loss_enabled
                and not (pc is not None and getattr(pc, "sp_enabled", False))
            )

        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            if return_outputs or not self._selected_loss_applies():
                return super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
            logits, targets = selected_logits(model, inputs)
            loss = token_loss(logits, targets, num_items_in_batch)
            if self.args.average_tokens_across_devices and num_items_in_batch is not None:
                # as Trainer/TRL: num_items_in_batch counts every rank's tokens, DDP averages
                loss = loss * (self.accelerator.num_processes // self.get_tp_size())
            self._log_token_metrics(inputs, logits, targets)
            return loss

        def _log_token_metrics(self, inputs, logits, targets) -> None:
            """TRL's entropy / mean_token_accuracy / num_tokens bookkeeping, on the kept logits."""
            mode = "train" if self.model.training else "eval"
            gather = self.accelerator.gather_for_metrics
            entropy, correct = token_stats(logits, targets)
            num_valid = gather(torch.tensor(targets.numel(), device=logits.device)).sum()
            entropy_sum, num_correct = gather(entropy).sum(), gather(correct).sum()
            valid = num_valid > 0
            metrics = self._metrics[mode]
            metrics["entropy"].append((entropy_sum / num_valid).item() if valid else 0.0)
            metrics["mean_token_accuracy"].append(
                (num_correct / num_valid).item() if valid else 0.0
            )
            if mode == "train":
                if "attention_mask" in inputs:
                    local = inputs["attention_mask"].sum()
                else:  # padding-free: one flattened row of real tokens
                    local = torch.tensor(inputs["position_ids"].size(1), device=logits.device)
                self._total_train_tokens += gather(local).sum().item() // self._tp_size
            metrics["num_tokens"] = [self._total_train_tokens]

    return SelectedLossSFTTrainer
