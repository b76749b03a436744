"""split: stratified, seeded train/val/test split with a leakage check across the splits.

    ftpipe stage split             # under `dvc repro`
    split.fn(project)              # in tests, without the Prefect engine

Reads scrub_pii's records, writes `<data.root>/split/{train,val,test}.jsonl` and `report.json`.
Test is cut off the whole set first, then val off the rest, both stratified by label, so the test
split never depends on `val_fraction`. Each split keeps input order: same input + seed gives
byte-identical files.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tasks.common import (
    RECORDS,
    REPORT,
    SPLITS,
    PipelineError,
    Project,
    atomic_dir,
    get_logger,
    label_of,
    read_records,
    stage_task,
    user_text,
    write_json,
    write_jsonl,
)
from tasks.dedup import normalize_text

SHOWN_IDS = 5  # ids named in a leakage error; the rest are counted


@dataclass(frozen=True)
class SplitResult:
    splits: dict[str, list[dict]]  # "train" / "val" / "test" -> records, in input order
    label_counts: dict[str, dict[str, int]]


def min_per_label(val_fraction: float, test_fraction: float) -> int:
    """Records a label needs so that every split gets at least one of it.

    One more than 1/fraction for the smallest split, because sklearn rounds the test and val
    sizes up (checked on 20k random label mixes at this minimum). Val 0.1, test 0.2: 11.
    """
    fractions = (val_fraction, test_fraction, 1 - val_fraction - test_fraction)
    # round first: 1 - 0.4 - 0.4 is 0.19999999999999996, and 1/0.2 must stay 5
    return max(3, *(math.ceil(round(1 / f, 9)) + 1 for f in fractions))


def _check_sizes(counts: Counter, needed: int, where: str) -> None:
    for label, n in sorted(counts.items()):
        if n < needed:
            raise PipelineError(
                f"{where}: label {label!r} has {n} record(s), too few to stratify into "
                f"train/val/test; at least {needed} needed (add data, or lower "
                "split.val_fraction / split.test_fraction)"
            )


def check_leakage(splits: dict[str, list[dict]]) -> list[str]:
    """Ids of records whose id or normalized user text also appears in another split."""
    owner_id: dict[str, str] = {}
    owner_text: dict[str, str] = {}
    leaked: list[str] = []
    for name, records in splits.items():
        for rec in records:
            text = normalize_text(user_text(rec))
            if owner_id.setdefault(rec["id"], name) != name or (
                owner_text.setdefault(text, name) != name
            ):
                leaked.append(rec["id"])
    return leaked


def split_records(
    records: Sequence[dict],
    *,
    seed: int,
    val_fraction: float,
    test_fraction: float,
    labels: Sequence[str] = (),
    where: str = "split",
) -> SplitResult:
    """Stratified train/val/test split; PipelineError if a label is too small or data leaks.

    Args:
        records: `{"id", "messages"}` records; the label is the final assistant answer.
        seed: sklearn `random_state` for both cuts.
        val_fraction: share of ALL records that go to val.
        test_fraction: share of ALL records that go to test.
        labels: labels that must appear (e.g. `task.labels`); a missing one counts as 0 records.
        where: names the input in error messages.
    """
    from sklearn.model_selection import train_test_split

    y = [label_of(rec) for rec in records]
    counts = Counter(y)
    counts.update(dict.fromkeys(labels, 0))
    needed = min_per_label(val_fraction, test_fraction)
    _check_sizes(counts, needed, where)

    index = list(range(len(records)))
    rest, test = train_test_split(
        index, test_size=test_fraction, stratify=y, random_state=seed, shuffle=True
    )
    train, val = train_test_split(
        rest,
        test_size=val_fraction / (1 - test_fraction),
        stratify=[y[i] for i in rest],
        random_state=seed,
        shuffle=True,
    )
    splits = {
        name: [records[i] for i in sorted(part)]
        for name, part in zip(SPLITS, (train, val, test), strict=True)
    }
    label_counts = {
        name: {label: n for label, n in sorted(Counter(map(label_of, recs)).items())}
        for name, recs in splits.items()
    }
    for name in SPLITS:  # rounding can still starve a split when a label sits at the minimum
        missing = sorted(set(counts) - set(label_counts[name]))
        if missing:
            label = missing[0]
            raise PipelineError(
                f"{where}: label {label!r} ({counts[label]} records) got no {name} records; "
                "add data for it or change split.val_fraction / split.test_fraction"
            )

    leaked = check_leakage(splits)
    if leaked:
        shown = ", ".join(leaked[:SHOWN_IDS])
        more = f" (and {len(leaked) - SHOWN_IDS} more)" if len(leaked) > SHOWN_IDS else ""
        raise PipelineError(
            f"{where}: {len(leaked)} record(s) share an id or user text with another split: "
            f"{shown}{more}; run dedup before split"
        )
    return SplitResult(splits=splits, label_counts=label_counts)


@stage_task
def split(project: Project) -> dict:
    """Split scrub_pii's records into train/val/test files in the split folder."""
    params = project.params.split
    path = project.stage_dir("scrub_pii") / RECORDS
    result = split_records(
        read_records(path),
        seed=params.seed,
        val_fraction=params.val_fraction,
        test_fraction=params.test_fraction,
        labels=project.params.task.labels,
        where=str(path),
    )
    summary = {
        "seed": params.seed,
        "n": {name: len(result.splits[name]) for name in SPLITS},
        "label_counts": result.label_counts,
    }
    with atomic_dir(project.stage_dir("split")) as out:
        for name in SPLITS:
            # project.split_path(name) once swapped in; written inside the temp folder first
            write_jsonl(out / project.split_path(name).name, result.splits[name])
        write_json(out / REPORT, summary)
    get_logger().info("split: %s (seed %d)", summary["n"], params.seed)
    return summary
