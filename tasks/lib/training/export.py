"""Export: a standalone model (full fine-tuning, or the LoRA adapter merged into the base),
reloaded from disk and smoke-tested on golden prompts before evaluate and register ever see it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tasks.lib.errors import PipelineError
from tasks.lib.models import load_model
from tasks.lib.project import MODEL_DIR, Project
from tasks.lib.prompts import record_prompt
from tasks.lib.runtime import get_logger
from tasks.lib.scoring import predict
from tasks.lib.task_types import task_kind


def merge_adapter(project: Project, adapter_dir: Path, dest: Path) -> None:
    """Base (full precision, also after QLoRA: merging into 4-bit weights loses the adapter's
    precision) + adapter -> one model folder that loads without peft."""
    model, tok = load_model(project.params.task.base_model, adapter_dir, root=project.root)
    model.merge_and_unload().save_pretrained(dest)
    tok.save_pretrained(dest)


def export_model(
    project: Project, trained: Any, saved: Path, dest: Path, val: Sequence[dict]
) -> dict[str, Any]:
    """Write the export to `dest` (merging `saved` if it is an adapter), reload it the way
    evaluate and the registry's pyfunc do, and compare its greedy answers on the first
    `export.smoke_prompts` val examples with the trained model's.

    The reference is the model as trained: the in-memory weights (full), or base + adapter
    reloaded at full precision (lora, qlora). Raises PipelineError when the export answers
    fewer than `export.min_agreement` of the golden prompts the same way.
    """
    p = project.params
    ex = p.train.export
    if saved != dest:
        merge_adapter(project, saved, dest)
        reference, _ = load_model(p.task.base_model, saved, root=project.root)
    else:
        reference = trained
    reference.eval()
    model, tok = load_model(None, dest)
    golden = list(val[: ex.smoke_prompts])
    prompts = [record_prompt(r, p.task.system_prompt) for r in golden]
    decode = {"batch_size": p.evaluate.batch_size, "max_new_tokens": p.evaluate.max_new_tokens}
    expected = predict(reference, tok, prompts, **decode)
    got = predict(model, tok, prompts, **decode)
    same = sum(e == g for e, g in zip(expected, got, strict=True))
    kind = task_kind(project)
    correct = sum(kind.correct(kind.references(golden), got))
    report = {
        "kind": "full" if saved == dest else "merged",
        "dir": MODEL_DIR,
        "smoke_prompts": len(golden),
        "agreement": round(same / len(golden), 4),
        "golden_accuracy": round(correct / len(golden), 4),
        "empty_answers": sum(not g.strip() for g in got),
    }
    get_logger().info(
        "train: export (%s) reloaded from disk answers %d of %d golden prompts as the trained "
        "model does, %d correctly",
        report["kind"],
        same,
        len(golden),
        correct,
    )
    if report["agreement"] < ex.min_agreement:
        raise PipelineError(
            f"train export smoke test: the reloaded {report['kind']} model answered "
            f"{len(golden) - same} of {len(golden)} golden prompts (the first val examples) "
            f"differently from the trained model (agreement {report['agreement']:.2f} < "
            f"train.export.min_agreement {ex.min_agreement}); the export is broken, nothing "
            "was written"
        )
    return report
