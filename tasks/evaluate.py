"""evaluate: the fine-tuned candidate (base + adapter, or the exported model) on the test split.

    ftpipe stage evaluate        # or: dvc repro evaluate

Same prompts and greedy decoding as `baseline` (both call `tasks.lib.scoring.score`), so the two
metrics.json files compare like for like. The test split is used here and in baseline only —
never for model selection (train uses val).

Writes data/evaluate/: metrics.json, predictions.jsonl, confusion_matrix.png, report.json.
"""

from __future__ import annotations

import time

from tasks.lib.io import atomic_dir, read_json, read_records
from tasks.lib.project import RUN_INFO, Project, trained_weights
from tasks.lib.runtime import get_logger, stage_task
from tasks.lib.scoring import score, write_score_outputs


@stage_task
def evaluate(project: Project) -> dict:
    """Score the candidate on the test split; write metrics, predictions and the matrix plot."""
    params = project.params
    t0 = time.perf_counter()
    weights = trained_weights(project.stage_dir("train"))
    run_info = project.stage_dir("train") / RUN_INFO
    # No run.json: train never finished; score() then names the missing adapter.
    remote = read_json(run_info).get("remote_model") if run_info.exists() else None
    test = read_records(project.split_path("test"))

    metrics, rows = score(project, test, weights_dir=weights, remote_model=remote)
    with atomic_dir(project.stage_dir("evaluate")) as out:
        write_score_outputs(
            out,
            metrics,
            rows,
            title=f"fine-tuned: accuracy {metrics['accuracy']:.3f}",
            report={
                "base_model": params.task.base_model,
                "candidate": remote or str(weights.relative_to(project.root)),
                "n_test": len(test),
                "decoding": params.evaluate.model_dump(),
                "runtime_s": round(time.perf_counter() - t0, 2),
            },
        )
    get_logger().info(
        "evaluate: %d test examples, accuracy %.3f, macro F1 %.3f, invalid %.1f%%",
        len(test),
        metrics["accuracy"],
        metrics["macro_f1"],
        100 * metrics["invalid_rate"],
    )
    return {
        "n_test": len(test),
        "accuracy": metrics["accuracy"],
        "macro_f1": metrics["macro_f1"],
        "invalid_rate": metrics["invalid_rate"],
    }
