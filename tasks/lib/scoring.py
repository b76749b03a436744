"""Greedy batched generation: what `evaluate.scoring: generate`, the export smoke test and the
served model run (label scoring is tasks/lib/loglik.py; both meet in tasks/lib/contenders.py).

    answers = predict(model, tok, prompts, batch_size=16, max_new_tokens=8)
"""

from __future__ import annotations

from typing import Any

from tasks.lib.runtime import Progress


def predict(
    model: Any,
    tok: Any,
    prompts: list[list[dict[str, str]]],
    *,
    batch_size: int,
    max_new_tokens: int,
) -> list[str]:
    """Greedy, batched generation; returns the new text for each prompt, in input order.

    Args:
        model: a causal LM from `tasks.lib.models.load_model`.
        tok: its tokenizer (left padding).
        prompts: chat message lists; the chat template adds the assistant generation prompt.
        batch_size: prompts per `generate` call.
        max_new_tokens: generation budget per prompt.
    """
    import torch

    n = len(prompts)
    texts = [
        tok.apply_chat_template(p, tokenize=False, add_generation_prompt=True) for p in prompts
    ]
    # batch prompts of similar length together: less padding, and the batches (hence the
    # outputs) depend only on the data, not on the order records arrive in
    lengths = [len(tok(t, add_special_tokens=False)["input_ids"]) for t in texts]
    order = sorted(range(n), key=lambda i: (lengths[i], i))
    out: list[str] = [""] * n
    dev = next(model.parameters()).device
    progress = Progress("predict: examples", n)
    with torch.inference_mode():
        for start in range(0, n, batch_size):
            idx = order[start : start + batch_size]
            enc = tok(
                [texts[i] for i in idx],
                return_tensors="pt",
                padding=True,
                add_special_tokens=False,  # the chat template already placed special tokens
            ).to(dev)
            gen = model.generate(
                **enc, do_sample=False, max_new_tokens=max_new_tokens, pad_token_id=tok.pad_token_id
            )
            new = gen[:, enc["input_ids"].shape[1] :]
            for i, text in zip(idx, tok.batch_decode(new, skip_special_tokens=True), strict=True):
                out[i] = text
            progress.update(start + len(idx))
    return out
