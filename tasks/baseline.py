"""baseline: the base model on the test split, before any fine-tuning — always measured first.

    ftpipe stage baseline        # or: dvc repro baseline

Same system prompt, prompts and greedy decoding as `evaluate` (both call `tasks.llm.score`), so
the gain a candidate claims over the base model is a like-for-like comparison. `baseline.few_shot`
= N shows the base model up to N training examples (one per label, round-robin) first.

Writes data/baseline/: metrics.json, predictions.jsonl, confusion_matrix.png, report.json.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from tasks.common import Project, atomic_dir, get_logger, label_of, read_records, stage_task


def select_few_shot(records: Sequence[dict], labels: Sequence[str], n: int) -> list[dict]:
    """Up to `n` examples, one per label in round-robin (labels in params order, records in file
    order), so a small N still covers as many labels as possible. Deterministic.

    Args:
        records: the training split (never test: few-shot examples must not leak test data).
        labels: `task.labels`.
        n: how many examples at most.
    """
    by_label: dict[str, list[dict]] = {lab: [] for lab in labels}
    for rec in records:
        if label_of(rec) in by_label:
            by_label[label_of(rec)].append(rec)
    chosen: list[dict] = []
    depth = 0
    while len(chosen) < n and any(len(v) > depth for v in by_label.values()):
        for lab in labels:
            if len(chosen) < n and len(by_label[lab]) > depth:
                chosen.append(by_label[lab][depth])
        depth += 1
    return chosen


@stage_task
def baseline(project: Project) -> dict:
    """Score the base model on the test split; write metrics, predictions and the matrix plot."""
    from tasks.llm import score, write_score_outputs

    params = project.params
    t0 = time.perf_counter()
    test = read_records(project.split_path("test"))
    few_shot: list[dict] = []
    if params.baseline.few_shot:
        train = read_records(project.split_path("train"))
        few_shot = select_few_shot(train, params.task.labels, params.baseline.few_shot)

    metrics, rows = score(project, test, few_shot=few_shot)
    with atomic_dir(project.stage_dir("baseline")) as out:
        write_score_outputs(
            out,
            metrics,
            rows,
            title=f"baseline ({len(few_shot)}-shot): accuracy {metrics['accuracy']:.3f}",
            report={
                "base_model": params.task.base_model,
                "n_test": len(test),
                "few_shot_ids": [r.get("id") for r in few_shot],
                "decoding": params.evaluate.model_dump(),
                "runtime_s": round(time.perf_counter() - t0, 2),
            },
        )
    get_logger().info(
        "baseline: %d test examples, %d-shot, accuracy %.3f, macro F1 %.3f, invalid %.1f%%",
        len(test),
        len(few_shot),
        metrics["accuracy"],
        metrics["macro_f1"],
        100 * metrics["invalid_rate"],
    )
    return {
        "n_test": len(test),
        "few_shot": len(few_shot),
        "accuracy": metrics["accuracy"],
        "macro_f1": metrics["macro_f1"],
        "invalid_rate": metrics["invalid_rate"],
    }
