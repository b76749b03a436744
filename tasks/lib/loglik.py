"""Label scoring: answer a classification prompt with the label the model finds most likely.

    lp = label_logprobs(model, tok, prompts, labels, batch_size=16)   # n x len(labels), log-probs
    answers = pick_labels(lp, labels)                                 # argmax, always a label
    picks = label_picks(lp, labels)       # LabelPick(label, logprob, margin) for failure mining

Why, next to greedy generation (`tasks.lib.scoring.predict`) + `parse_label`:
- never an invalid answer: the answer is one of the labels by construction, where the base model
  answers outside the label set most of the time when it generates freely;
- each label is scored as exactly the completion tokens training puts the loss on (TRL's
  prompt/completion format): the chat template with the assistant turn `label`, minus the
  template of the prompt with the generation prompt, so it is what the model was trained to say;
- those tokens include the end-of-turn tokens, and they decide between labels where one is a
  prefix of another: without them "NOT" would always beat "NOT SPAM" (a sum over fewer
  log-probs, each <= 0); with them "NOT" must also be followed by `<|im_end|>`.

Log-probs are sums over the label's tokens (not length-normalised): the probability of the whole
answer, which is what greedy decoding approximates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from tasks.lib.runtime import Progress


@dataclass(frozen=True)
class LabelPick:
    """What to keep per example: the winning label, its log-prob, and its lead over the
    runner-up (None with a single label). A small margin marks an uncertain answer: sort by it
    to find the examples worth a look."""

    label: str
    logprob: float
    margin: float | None


def _render(tok: Any, conversations: list[list[dict]], *, add_generation_prompt: bool) -> list:
    if not conversations:
        return []
    return tok.apply_chat_template(
        conversations, tokenize=False, add_generation_prompt=add_generation_prompt
    )


def _ids(tok: Any, texts: list[str]) -> list[list[int]]:
    # the chat template already placed the special tokens
    return tok(texts, add_special_tokens=False)["input_ids"] if texts else []


def continuation_ids(
    tok: Any, prompts: list[list[dict]], labels: Sequence[str]
) -> tuple[list[list[int]], list[list[int]]]:
    """The tokens `label_logprobs` scores: each prompt's ids and each label's continuation ids.

    A prompt is the chat template with the generation prompt; a label's continuation is the
    template of prompt + the assistant turn `label`, minus the prompt (the label and its
    end-of-turn tokens: what TRL trains on). Each prompt is tokenized once; each label once (on
    the first prompt), after checking on the rendered text that every prompt + label is that
    prompt followed by the same continuation.

    Returns:
        (prompt ids per prompt, continuation ids per label), so sequence (i, j) is
        `prompt_ids[i] + cont_ids[j]`.

    Raises:
        ValueError: no labels, or a chat template that renders a prompt differently once an
            answer follows it, or tokens that merge across the prompt/answer boundary (the
            continuation would then not be what training sees).
    """
    if not labels:
        raise ValueError("label scoring needs at least one label")
    prompt_texts = _render(tok, prompts, add_generation_prompt=True)
    prompt_ids = _ids(tok, prompt_texts)
    if not prompts:
        return [], []
    cont_ids: list[list[int]] = []
    for label in labels:
        answer = [{"role": "assistant", "content": label}]
        fulls = _render(tok, [p + answer for p in prompts], add_generation_prompt=False)
        suffix = fulls[0][len(prompt_texts[0]) :]
        for i, (full, ptext) in enumerate(zip(fulls, prompt_texts, strict=True)):
            if full != ptext + suffix:
                raise ValueError(
                    f"label {label!r}, prompt {i}: the chat template renders the prompt "
                    "differently once an answer follows it; label scoring would not score "
                    "the tokens training sees"
                )
        (full_ids,) = _ids(tok, [fulls[0]])
        cont = full_ids[len(prompt_ids[0]) :]
        if full_ids[: len(prompt_ids[0])] != prompt_ids[0] or not cont:
            raise ValueError(
                f"label {label!r}: tokens merge across the prompt/answer boundary; label "
                "scoring would not score the tokens training sees"
            )
        cont_ids.append(cont)
    return prompt_ids, cont_ids


def label_logprobs(
    model: Any,
    tok: Any,
    prompts: list[list[dict]],
    labels: Sequence[str],
    *,
    batch_size: int,
) -> np.ndarray:
    """Log-probability of each label as the assistant's answer to each prompt.

    Sequence (i, j) is prompt i + label j's continuation (see `continuation_ids`). Prompts are
    sorted by length (a batch holds similar lengths: little padding), left-padded with an
    attention mask and explicit positions, and run once per batch; each label then continues
    from the batch's KV cache (one short pass per label, the cache cropped back after it), so a
    prompt costs one forward pass however many labels there are: with 6 labels that is ~5x less
    compute than one full sequence per (prompt, label) pair. Log-softmax runs only on the rows
    that predict a continuation token (the vocabulary is ~49k).

    Args:
        model: a causal LM from `tasks.lib.models.load_model` (base, + adapter, or standalone)
            whose cache can be cropped (transformers' default DynamicCache).
        tok: its tokenizer (its padding side does not matter: padding is done here).
        prompts: chat message lists, as `tasks.lib.prompts.record_prompt` builds them.
        labels: the label set, in params order.
        batch_size: prompts per batch (each with all its labels).

    Returns:
        float64 array of shape (len(prompts), len(labels)): the sum of the continuation's token
        log-probs, in input order (independent of batching up to float noise).
    """
    import torch

    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    prompt_ids, cont_ids = continuation_ids(tok, prompts, labels)
    n = len(prompts)
    out = np.zeros((n, len(labels)), dtype=np.float64)
    order = sorted(range(n), key=lambda i: (len(prompt_ids[i]), i))
    dev = next(model.parameters()).device
    pad = tok.pad_token_id if tok.pad_token_id is not None else 0  # masked: any id will do
    first = torch.tensor([c[0] for c in cont_ids], device=dev)
    progress = Progress("label_logprobs: examples", n, min_total=500)
    with torch.inference_mode():
        for start in range(0, n, batch_size):
            idx = order[start : start + batch_size]
            ids, mask = _left_padded([prompt_ids[i] for i in idx], pad, dev)
            prompt_pass = model(
                input_ids=ids,
                attention_mask=mask,
                position_ids=(mask.cumsum(1) - 1).clamp(min=0),  # as if unpadded
                use_cache=True,
                logits_to_keep=1,  # left padding: the last position is every row's last token
            )
            cache = prompt_pass.cache  # transformers 5.24 names it `cache` (was past_key_values)
            # each label's first token, predicted by the prompt's last position
            scores = prompt_pass.logits[:, -1].float().log_softmax(-1)[:, first].double()
            for j, cont in enumerate(cont_ids):
                scores[:, j] += _continuation_logprob(model, cache, mask, cont)
            out[idx] = scores.cpu().numpy()
            progress.update(start + len(idx))
    return out


def _left_padded(rows: list[list[int]], pad: int, dev: Any) -> tuple[Any, Any]:
    """(input ids, attention mask) of token rows, left-padded to the longest."""
    import torch

    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for k, row in enumerate(rows):
        ids[k, width - len(row) :] = torch.tensor(row)
        mask[k, width - len(row) :] = 1
    return ids.to(dev), mask.to(dev)


def _continuation_logprob(model: Any, cache: Any, mask: Any, cont: list[int]) -> Any:
    """Log-prob of a label's tokens after its first (which the prompt pass scored), continuing
    every row from the prompt's cache; the cache is cropped back to the prompt afterwards."""
    import torch

    steps = len(cont) - 1  # inputs cont[:-1] predict targets cont[1:]
    rows, dev = mask.shape[0], mask.device
    if steps == 0:
        return torch.zeros(rows, dtype=torch.float64, device=dev)
    inputs = torch.tensor(cont[:-1], device=dev).expand(rows, steps)
    targets = torch.tensor(cont[1:], device=dev).expand(rows, steps)
    logits = model(
        input_ids=inputs,
        attention_mask=torch.cat([mask, torch.ones_like(inputs)], dim=1),
        position_ids=mask.sum(1, keepdim=True) + torch.arange(steps, device=dev),
        cache=cache,
        use_cache=True,
    ).logits
    token_lp = logits.float().log_softmax(-1).gather(2, targets[..., None])
    cache.crop(-steps)  # back to the prompt for the next label (negative: remove)
    return token_lp.squeeze(2).double().sum(1)


def label_picks(logprobs: np.ndarray, labels: Sequence[str]) -> list[LabelPick]:
    """Per example, the label with the highest log-prob (ties: the first in params order), its
    log-prob, and its margin over the runner-up."""
    logprobs = np.asarray(logprobs, dtype=np.float64)
    if logprobs.ndim != 2 or logprobs.shape[1] != len(labels):
        raise ValueError(f"logprobs has shape {logprobs.shape}; expected (n, {len(labels)})")
    picks = []
    for row in logprobs:
        best = int(np.argmax(row))  # the first maximum: ties go to the earlier label
        runner_up = np.delete(row, best).max() if len(labels) > 1 else None
        margin = None if runner_up is None else float(row[best] - runner_up)
        picks.append(LabelPick(labels[best], float(row[best]), margin))
    return picks


def pick_labels(logprobs: np.ndarray, labels: Sequence[str]) -> list[str]:
    """The argmax label per example (ties: the first in params order): never an invalid answer."""
    return [p.label for p in label_picks(logprobs, labels)]
