"""Classification metrics: answer -> label, accuracy / macro-F1 / per class, confusion matrix.

Pure functions (sklearn for the numbers, matplotlib without pyplot for the plot).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

INVALID = "<invalid>"  # confusion-matrix row/column for answers that name no label


def parse_label(text: str, labels: Sequence[str]) -> str | None:
    """The first label named in a generated answer (case-insensitive, whole words), else None.

    "  billing." -> "BILLING"; "It is SHIPPING, not BILLING" -> "SHIPPING"; "no idea" -> None.
    When two labels start at the same place the longer wins ("NOT SPAM" over "NOT").
    """
    best: tuple[int, int, str] | None = None
    for label in labels:
        # lookarounds instead of \b so labels that start/end with punctuation still match
        pattern = rf"(?<!\w){re.escape(label.strip())}(?!\w)"
        m = re.search(pattern, text, flags=re.IGNORECASE)
        if m and (best is None or (m.start(), -len(label)) < (best[0], best[1])):
            best = (m.start(), -len(label), label)
    return best[2] if best else None


def classification_metrics(
    y_true: Sequence[str], y_pred: Sequence[str | None], labels: Sequence[str]
) -> dict[str, Any]:
    """Accuracy, macro F1 over the label set, per-class scores and a confusion matrix.

    An invalid answer (None) is wrong: it lowers accuracy and counts as a missed example of its
    true class (it is in no label's column, so it adds to recall's denominator only). Macro F1
    is the mean over the label set (labels absent from both gold and predictions left out).

    Args:
        y_true: gold labels (each must be in `labels`).
        y_pred: parsed predictions, None where the answer named no label.
        labels: the task's label set, in params order.

    Returns:
        {"n", "accuracy", "macro_f1", "invalid_rate", "per_class": {label: {precision, recall,
        f1, support}}, "confusion_labels": labels + ["<invalid>"], "confusion_matrix": rows = true,
        cols = predicted}.
    """
    from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} gold labels but {len(y_pred)} predictions")
    if not y_true:
        raise ValueError("no examples to score")
    unknown = sorted(set(y_true) - set(labels))
    if unknown:
        raise ValueError(f"gold labels not in the label set: {unknown}")
    labels = list(labels)
    pred = [p if p is not None else INVALID for p in y_pred]
    n = len(y_true)
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, pred, labels=labels, zero_division=0
    )
    cm_labels = [*labels, INVALID]
    cm = confusion_matrix(y_true, pred, labels=cm_labels)
    # Macro F1 averages over the task's labels only (INVALID is never a class), leaving out a
    # label that is neither in the test set nor ever predicted: its F1 is undefined, and
    # counting it as 0 would punish the model for the split, not for an error.
    scored = [lab for lab in labels if lab in set(y_true) or lab in set(pred)]
    return {
        "n": n,
        "accuracy": sum(t == p for t, p in zip(y_true, pred, strict=True)) / n,
        "macro_f1": float(f1_score(y_true, pred, labels=scored, average="macro", zero_division=0)),
        "invalid_rate": sum(p is None for p in y_pred) / n,
        "per_class": {
            lab: {
                "precision": float(precision[i]),
                "recall": float(recall[i]),
                "f1": float(f1[i]),
                "support": int(support[i]),
            }
            for i, lab in enumerate(labels)
        },
        "confusion_labels": cm_labels,
        "confusion_matrix": cm.tolist(),
    }


def confusion_figure(metrics: dict[str, Any], title: str = "") -> Any:
    """The confusion matrix from `classification_metrics` (counts in each cell) as a matplotlib
    Figure without pyplot (no global backend state, safe in worker threads)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    labels = metrics["confusion_labels"]
    cm = metrics["confusion_matrix"]
    k = len(labels)
    fig = Figure(figsize=(1.0 + 0.7 * k, 0.8 + 0.6 * k), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.imshow(cm, cmap="Blues")
    ax.set_xticks(range(k), labels, rotation=45, ha="right")
    ax.set_yticks(range(k), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    top = max((max(row) for row in cm), default=0)
    for i in range(k):
        for j in range(k):
            color = "white" if top and cm[i][j] > top / 2 else "black"
            ax.text(j, i, str(cm[i][j]), ha="center", va="center", color=color, fontsize=8)
    ax.set_title(title or f"accuracy {metrics['accuracy']:.3f}  macro F1 {metrics['macro_f1']:.3f}")
    fig.tight_layout()
    return fig


def plot_confusion_matrix(metrics: dict[str, Any], path: str | Path, title: str = "") -> Path:
    """Write the confusion matrix from `classification_metrics` as a PNG."""
    path = Path(path)
    confusion_figure(metrics, title).savefig(path)
    return path
