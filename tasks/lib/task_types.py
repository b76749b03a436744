"""What `task.type` changes in evaluation: the reference answer, how a model's text is read, the
metrics (with intervals), the paired comparisons and what counts as a miss.

    kind = task_kind(project)                       # Classification, Extraction or Generation
    gold = kind.references(test)                    # labels, JSON objects or texts
    row = kind.summary(gold, run.raw, evaluate)     # {metric: value, "intervals": {...}, ...}
    diff = kind.compare(gold, cand.raw, other.raw, evaluate)  # {metric: {"difference", ...}}

One object per type, so the contenders table, the gate, failures and the report read every type
the same way: a row holds each metric's value at the top level and `intervals[metric]`; a
comparison holds `{"difference", "low", "high", "level"}` per metric (what `tasks.lib.gate` reads).
`invalid_rate` is in every row: no label named (classification), no schema-valid object
(extraction), an empty answer or a failed format check (generation).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from tasks.lib.params import TYPE_METRICS
from tasks.lib.records import label_of


def _stats(ev: Any) -> dict[str, Any]:
    return {"resamples": ev.bootstrap, "level": ev.ci_level, "seed": ev.seed}


def _row(entries: dict[str, dict], keys: Sequence[str]) -> dict[str, Any]:
    """Top-level values and their interval entries, for the metrics in `keys` that exist."""
    kept = {k: entries[k] for k in keys if k in entries}
    return {**{k: e["value"] for k, e in kept.items()}, "intervals": kept}


class Classification:
    """The final assistant message is one of `task.labels`."""

    name = "classification"

    def __init__(self, labels: Sequence[str]):
        self.labels = list(labels)

    def references(self, records: Sequence[dict]) -> list[str]:
        return [label_of(r) for r in records]

    def parse(self, raw: str) -> str | None:
        from tasks.lib.metrics import parse_label

        return parse_label(raw, self.labels)

    def summary(self, gold: Sequence[str], raw: Sequence[str], ev: Any) -> dict[str, Any]:
        from tasks.lib.metrics import classification_metrics
        from tasks.lib.stats import metric_intervals

        preds = [self.parse(t) for t in raw]
        metrics = classification_metrics(gold, preds, self.labels)
        intervals = metric_intervals(gold, preds, self.labels, **_stats(ev))
        return {
            **{k: metrics[k] for k in ("accuracy", "macro_f1", "invalid_rate")},
            "intervals": intervals,
            "confusion_labels": metrics["confusion_labels"],
            "confusion_matrix": metrics["confusion_matrix"],
        }

    def compare(self, gold: Sequence[str], a: Sequence[str], b: Sequence[str], ev: Any) -> dict:
        """Accuracy (paired bootstrap + exact McNemar) and macro-F1 (paired bootstrap)."""
        from tasks.lib.stats import macro_f1_difference, paired_difference

        pa, pb = [self.parse(t) for t in a], [self.parse(t) for t in b]
        return {
            "accuracy": paired_difference(
                self.correct(gold, a), self.correct(gold, b), **_stats(ev)
            ).as_dict(),
            "macro_f1": macro_f1_difference(gold, pa, pb, self.labels, **_stats(ev)),
        }

    def correct(self, gold: Sequence[str], raw: Sequence[str]) -> list[bool]:
        return [self.parse(t) == g for g, t in zip(gold, raw, strict=True)]


class Extraction:
    """The final assistant message is a JSON object meeting `task.schema`."""

    name = "extraction"

    def __init__(self, schema: dict[str, Any]):
        self.schema = schema

    def references(self, records: Sequence[dict]) -> list[dict]:
        return [json.loads(label_of(r)) for r in records]  # validate checked every one

    def parse(self, raw: str) -> dict | None:
        from tasks.lib.extraction import parse_answer

        return parse_answer(raw)

    def summary(self, gold: Sequence[dict], raw: Sequence[str], ev: Any) -> dict[str, Any]:
        from tasks.lib.extraction import extraction_metrics
        from tasks.lib.stats import rate_entry

        m = extraction_metrics(gold, raw, self.schema, **_stats(ev))
        n = m["n"]
        invalid = n - round(m["schema_valid_rate"]["value"] * n)
        m["invalid_rate"] = rate_entry(invalid, n, ev.ci_level)
        keys = (*TYPE_METRICS["extraction"], "parse_rate", "precision", "recall", "invalid_rate")
        return {**_row(m, keys), "per_field": m["per_field"]}

    def compare(self, gold: Sequence[dict], a: Sequence[str], b: Sequence[str], ev: Any) -> dict:
        """Whole-object exact match and schema validity (paired bootstrap + McNemar), micro- and
        macro-F1 over fields (paired bootstrap)."""
        from tasks.lib.extraction import paired_f1_differences, schema_valid
        from tasks.lib.stats import paired_difference

        return {
            "exact_match": paired_difference(
                self.correct(gold, a), self.correct(gold, b), **_stats(ev)
            ).as_dict(),
            "schema_valid_rate": paired_difference(
                schema_valid(a, self.schema), schema_valid(b, self.schema), **_stats(ev)
            ).as_dict(),
            **paired_f1_differences(gold, a, b, schema=self.schema, **_stats(ev)),
        }

    def correct(self, gold: Sequence[dict], raw: Sequence[str]) -> list[bool]:
        from tasks.lib.extraction import paired_correct

        return paired_correct(gold, raw)


class Generation:
    """Free text; `task.format` (json | regex with `task.pattern`) is checked when set."""

    name = "generation"

    def __init__(self, fmt: str | None, pattern: str | None):
        self.fmt, self.pattern = fmt, pattern

    def references(self, records: Sequence[dict]) -> list[str]:
        return [label_of(r) for r in records]

    def parse(self, raw: str) -> str:
        return raw.strip()

    def summary(self, gold: Sequence[str], raw: Sequence[str], ev: Any) -> dict[str, Any]:
        from tasks.lib.stats import rate_entry
        from tasks.lib.textgen import generation_metrics

        m = generation_metrics(gold, raw, fmt=self.fmt, pattern=self.pattern, **_stats(ev))
        n = len(gold)
        m["invalid_rate"] = rate_entry(n - sum(self._valid(raw)), n, ev.ci_level)
        return _row(m, (*TYPE_METRICS["generation"], "length_ratio", "invalid_rate"))

    def compare(self, gold: Sequence[str], a: Sequence[str], b: Sequence[str], ev: Any) -> dict:
        from tasks.lib.textgen import paired_differences

        return paired_differences(gold, a, b, fmt=self.fmt, pattern=self.pattern, **_stats(ev))

    def _valid(self, raw: Sequence[str]) -> list[bool]:
        from tasks.lib.textgen import format_checker

        check = format_checker(self.fmt, self.pattern) or (lambda _t: True)
        return [bool(t.strip()) and check(t) for t in raw]

    def correct(self, gold: Sequence[str], raw: Sequence[str]) -> list[bool]:
        """A usable answer (not empty, format met) that shares at least half its longest common
        subsequence with the reference (ROUGE-L F >= 0.5): a miss is worth a look."""
        from tasks.lib.textgen import per_example_scores

        rouge = per_example_scores(gold, raw)["rouge_l"]
        return [ok and r >= 0.5 for ok, r in zip(self._valid(raw), rouge, strict=True)]


TaskKind = Classification | Extraction | Generation


def task_kind(project: Any) -> TaskKind:
    """The project's task type, with what it needs (labels, the loaded schema, the format)."""
    task = project.params.task
    if task.type == "extraction":
        from tasks.lib.answers import load_schema

        return Extraction(load_schema(task, project.root))
    if task.type == "generation":
        return Generation(task.format, task.pattern)
    return Classification(task.labels)
