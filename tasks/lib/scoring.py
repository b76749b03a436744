"""Prediction and scoring: the one path baseline, evaluate, the export smoke test and the
registry's champion re-evaluation share, so every model sees the same prompts and decoding.

    answers = predict(model, tok, prompts, batch_size=16, max_new_tokens=8)
    metrics, rows = score(project, test_records, weights_dir="data/train/adapter")
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tasks.lib.errors import PipelineError
from tasks.lib.io import write_json, write_jsonl
from tasks.lib.metrics import classification_metrics, parse_label, plot_confusion_matrix
from tasks.lib.project import CONFUSION_PNG, METRICS, PREDICTIONS, REPORT, Project
from tasks.lib.prompts import record_prompt
from tasks.lib.records import check_labels, label_of
from tasks.lib.runtime import Progress, get_logger


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


def score(
    project: Project,
    records: Sequence[dict],
    *,
    weights_dir: str | Path | None = None,
    few_shot: Sequence[dict] = (),
    remote_model: str | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Generate an answer for each record and score it against the record's label.

    Model: `task.base_model` (+ `weights_dir`, see `load_model`), or an OpenAI `remote_model`
    (chat completions at temperature 0). Prompt: `task.system_prompt`, optional few-shot pairs,
    the record's user turn(s). Decoding: greedy with `evaluate.batch_size` and
    `evaluate.max_new_tokens` — the same for baseline and every candidate.

    Returns:
        (metrics from `classification_metrics`, prediction rows
        `{"id", "label", "prediction", "raw"}` where prediction is None for an invalid answer).
    """
    from tasks.lib.models import load_model
    from tasks.lib.providers import predict_remote

    params = project.params
    labels = params.task.labels
    if not records:
        raise PipelineError("no records to score (is the test split empty?)")
    check_labels(records, labels, "test split")
    decode = params.evaluate
    prompts = [record_prompt(r, params.task.system_prompt, few_shot) for r in records]
    t0 = time.perf_counter()
    if remote_model is not None:
        raw = predict_remote(remote_model, prompts, max_new_tokens=decode.max_new_tokens)
    else:
        model, tok = load_model(params.task.base_model, weights_dir, root=project.root)
        t0 = time.perf_counter()  # the rate below is prediction only, not loading
        raw = predict(
            model, tok, prompts, batch_size=decode.batch_size, max_new_tokens=decode.max_new_tokens
        )
    predict_s = time.perf_counter() - t0

    gold = [label_of(r) for r in records]
    parsed = [parse_label(t, labels) for t in raw]
    metrics = classification_metrics(gold, parsed, labels)
    # timings go to the log, not metrics.json: `dvc metrics diff` should show quality, not noise
    get_logger().info(
        "scored %d examples in %.1f s (%.1f examples/s)",
        len(records),
        predict_s,
        len(records) / max(predict_s, 1e-9),
    )
    rows = [
        {"id": r.get("id"), "label": g, "prediction": p, "raw": t}
        for r, g, p, t in zip(records, gold, parsed, raw, strict=True)
    ]
    return metrics, rows


def write_score_outputs(
    out: Path, metrics: dict, rows: list[dict], *, title: str, report: dict
) -> None:
    """The files baseline and evaluate both write, so the two folders have the same shape."""
    write_json(out / METRICS, metrics)
    write_jsonl(out / PREDICTIONS, rows)
    plot_confusion_matrix(metrics, out / CONFUSION_PNG, title=title)
    write_json(out / REPORT, report)
