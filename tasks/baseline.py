"""baseline: the base model on the test split, before any fine-tuning — always measured first.

    ftpipe stage baseline        # or: dvc repro baseline

Same system prompt, prompts and greedy decoding as `evaluate` (both call
`tasks.lib.scoring.score`), so the gain a candidate claims over the base model is a like-for-like
comparison. `baseline.few_shot` = N shows the base model up to N training examples (one per label,
round-robin) first.

Writes data/baseline/: metrics.json, predictions.jsonl, confusion_matrix.png, report.json.
"""

from __future__ import annotations

import time

from tasks.lib.io import atomic_dir, read_records
from tasks.lib.project import Project
from tasks.lib.prompts import select_few_shot
from tasks.lib.runtime import get_logger, stage_task
from tasks.lib.scoring import score, write_score_outputs


@stage_task
def baseline(project: Project) -> dict:
    """Score the base model on the test split; write metrics, predictions and the matrix plot."""
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
