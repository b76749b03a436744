"""split: stratified, seeded train/val/test split with a leakage check across the splits.

    ftpipe stage split             # under `dvc repro`
    split.fn(project)              # in tests, without the Prefect engine

Reads dedup's records, writes `<data.root>/split/{train,val,test}.jsonl` and `report.json`.
Test is cut off the whole set first, then val off the rest, both stratified, so the test split
never depends on `val_fraction`. Each split keeps input order: same input + seed gives
byte-identical files.

What it stratifies on, by task.type (`stratify_key`): classification the label; extraction the
`task.stratify` field of the JSON answer (its value as a string; absent or null is "null"), or
nothing when task.stratify is null; generation nothing. Every stratum needs `min_per_label`
records and must reach every split; with nothing to stratify on the split is seeded random and
only the whole set's size and non-empty splits are checked. `label_counts` in report.json counts
the records per split and stratum (empty without one).

Leakage: near-duplicates (`tasks.lib.near_dup`, fuzz.ratio >= `dedup.threshold` on `dedup.field`
text,
plus identical ids) between train~val, train~test, val~test, and between test and every chat JSONL
in `split.leakage.against`. Policy `fail` stops with counts and a few ids per pair of splits (never
text); `drop` removes the leaked records from train (and from val where val leaks into test) and
keeps test intact. A test record that leaks into an `against` file always fails: test is never
edited, so only the input or that file can fix it.

Paraphrases (optional, `split.leakage.semantic: {model, threshold, batch_size}`; null by default):
the same texts embedded by a sentence-transformers model (tasks/lib/semantic_dup.py); a pair
with cosine >= its threshold that the id / fuzzy checks did not find is a leak too, under the
same policy. Each leak says which check found it (`check`: id, fuzzy or semantic; a semantic
score is the cosine, 0-1, a fuzzy one the ratio, 0-100).
"""

from __future__ import annotations

import functools
import math
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from tasks.lib.errors import DataError, ParamsError, PipelineError
from tasks.lib.io import atomic_dir, iter_jsonl, read_json, read_records, write_json, write_jsonl
from tasks.lib.json_text import field_value
from tasks.lib.near_dup import NearDup, compare_text, find_cross_pairs_planned, normalize_text
from tasks.lib.params import TaskParams
from tasks.lib.project import AUDIT, RECORDS, REPORT, SPLITS, Project
from tasks.lib.records import ROLES, label_of
from tasks.lib.runtime import get_logger, stage_task
from tasks.lib.semantic_dup import SemanticDup, embed, semantic_cross_pairs

SHOWN_IDS = 5  # id pairs named per pair of splits in a leakage error / the report
# (protected side, checked side): hits drop records of the checked side under policy `drop`
SPLIT_PAIRS = (("val", "train"), ("test", "train"), ("test", "val"))
Policy = Literal["fail", "drop"]
DEFAULT_FINDER = NearDup()  # fuzz.ratio >= 90, the dedup defaults


@dataclass(frozen=True)
class Leak:
    protected: str  # "val" / "test": the side kept intact
    other: str  # "train" / "val", or an `against` file name
    a: str  # id in `protected`
    b: str  # id in `other` (for an `against` file: "<file>:<line>")
    score: float  # fuzz.ratio 0-100 (check id / fuzzy), or the cosine 0-1 (check semantic)
    check: Literal["id", "fuzzy", "semantic"] = "fuzzy"


@dataclass(frozen=True)
class SplitResult:
    splits: dict[str, list[dict]]  # "train" / "val" / "test" -> records, in input order
    label_counts: dict[str, dict[str, int]]
    leakage: dict = field(default_factory=dict)  # the report's leakage section
    check_s: float = field(default=0.0, compare=False)  # for the log, not the report


def min_per_label(val_fraction: float, test_fraction: float) -> int:
    """Records a label needs so that every split gets at least one of it.

    One more than 1/fraction for the smallest split, because sklearn rounds the test and val
    sizes up (checked on 20k random label mixes at this minimum). Val 0.1, test 0.2: 11.
    """
    fractions = (val_fraction, test_fraction, 1 - val_fraction - test_fraction)
    # round first: 1 - 0.4 - 0.4 is 0.19999999999999996, and 1/0.2 must stay 5
    return max(3, *(math.ceil(round(1 / f, 9)) + 1 for f in fractions))


def _check_sizes(counts: Counter, needed: int, where: str, what: str | None) -> None:
    """Each stratum (`what` names the key: "label", "task.stratify 'x' value") has `needed`
    records; with no key (`what` None) the whole set has."""
    hint = "add data, or lower split.val_fraction / split.test_fraction"
    if what is None:
        n = sum(counts.values())
        if n < needed:
            raise PipelineError(
                f"{where}: {n} record(s), too few to split into train/val/test; at least "
                f"{needed} needed ({hint})"
            )
        return
    if what != "label":
        hint += ", or set task.stratify: null"
    for label, n in sorted(counts.items()):
        if n < needed:
            raise PipelineError(
                f"{where}: {what} {label!r} has {n} record(s), too few to stratify into "
                f"train/val/test; at least {needed} needed ({hint})"
            )


def stratify_key(task: TaskParams, root: Path) -> tuple[Callable[[dict], str] | None, str | None]:
    """What split stratifies on, and its name in errors: the label (classification), the
    `task.stratify` field of the JSON answer (extraction; a string value as it is, any other as
    JSON, absent or null as "null"), or nothing (generation, or extraction without
    task.stratify: a plain seeded random split).

    Raises:
        ParamsError: task.stratify is not a top-level field of task.schema.
    """
    if task.type == "classification":
        return label_of, "label"
    if task.type != "extraction" or task.stratify is None:
        return None, None
    from tasks.lib.answers import load_schema

    properties = load_schema(task, root).get("properties")
    fields = list(properties) if isinstance(properties, dict) else []
    if task.stratify not in fields:
        raise ParamsError(
            f"task.stratify {task.stratify!r} is not a top-level field of task.schema "
            f"(fields: {', '.join(fields) or 'none'}); name one of them, or set it to null"
        )
    name = task.stratify
    return (lambda rec: field_value(label_of(rec), name)), f"task.stratify {name!r} value"


def _fuzzy_hits(
    prot_recs: Sequence[dict],
    other_recs: Sequence[dict],
    prot_texts: list[str],
    other_texts: list[str],
    finder: NearDup,
) -> tuple[dict[tuple[int, int], tuple[float, str]], str]:
    """{(qi, ci): (score, "id" | "fuzzy")} between two record lists, and the candidate reason."""
    found: dict[tuple[int, int], tuple[float, str]] = {}
    pos = {r["id"]: k for k, r in enumerate(other_recs)}
    for qi, r in enumerate(prot_recs):  # a shared id is a leak whatever the text says
        if r["id"] in pos:
            found[qi, pos[r["id"]]] = (100.0, "id")
    hits, plan = find_cross_pairs_planned(prot_texts, other_texts, finder, normalized=True)
    for qi, ci, score in hits:
        if (qi, ci) not in found:
            found[qi, ci] = (round(score, 2), "fuzzy")
    return found, plan.reason


def find_leaks(
    splits: Mapping[str, Sequence[dict]],
    finder: NearDup,
    *,
    field: Literal["user", "conversation"] = "user",
    against: Mapping[str, Sequence[dict]] | None = None,
    plans: dict[str, str] | None = None,
    semantic: SemanticDup | None = None,
) -> list[Leak]:
    """Near-duplicate (or same-id) pairs across splits, and between test and `against` records.

    Args:
        splits: "train" / "val" / "test" -> records.
        finder: the near-duplicate test (threshold, candidates), the dedup stage's.
        field: the text compared, as in dedup ("user" or "conversation").
        against: name -> records `{"id", "messages"}` that test must not overlap.
        plans: filled with "<other>~<protected>" -> which candidate path ran and why.
        semantic: also paraphrases (embedding cosine >= its threshold) that the id and fuzzy
            checks did not find; each side is embedded once.
    """
    leaks: list[Leak] = []
    texts = {
        ("split", name): [normalize_text(compare_text(r, field)) for r in recs]
        for name, recs in splits.items()
    }
    others = [
        (p, o, splits[o], ("split", o)) for p, o in SPLIT_PAIRS if p in splits and o in splits
    ]
    for name, recs in (against or {}).items():
        texts["against", name] = [normalize_text(compare_text(r, field)) for r in recs]
        others.append(("test", name, recs, ("against", name)))
    vectors: dict[tuple[str, str], Any] = {}

    def vec(key: tuple[str, str]) -> Any:
        if key not in vectors:
            vectors[key] = embed(texts[key], semantic, what=f"split: embedded {key[1]}")
        return vectors[key]

    for prot, other, other_recs, other_key in others:
        if prot not in splits:
            continue
        prot_recs, prot_key = splits[prot], ("split", prot)
        found, reason = _fuzzy_hits(
            prot_recs, other_recs, texts[prot_key], texts[other_key], finder
        )
        if plans is not None:
            plans[f"{other}~{prot}"] = reason
        if semantic is not None:
            for qi, ci, cos in semantic_cross_pairs(
                vec(prot_key), vec(other_key), semantic.threshold
            ):
                found.setdefault((qi, ci), (cos, "semantic"))
        leaks += [
            Leak(prot, other, prot_recs[qi]["id"], other_recs[ci]["id"], score, check)
            for (qi, ci), (score, check) in sorted(found.items())
        ]
    return leaks


def check_leakage(
    splits: Mapping[str, Sequence[dict]], finder: NearDup, **kwargs: Any
) -> list[str]:
    """Ids of records on the checked side (train, or val vs test) of a leak; see `find_leaks`."""
    return list(dict.fromkeys(leak.b for leak in find_leaks(splits, finder, **kwargs)))


def _by_pair(leaks: list[Leak]) -> dict[str, list[Leak]]:
    out: dict[str, list[Leak]] = {}
    for leak in leaks:
        out.setdefault(f"{leak.other}~{leak.protected}", []).append(leak)
    return out


def _leak_summary(leaks: list[Leak]) -> dict[str, dict]:
    """{"train~test": {"n": 3, "max_score": 97.5, "sample": [...]}}: ids and scores only.

    `max_score` is the highest id / fuzzy score (0-100); semantic leaks add `n_semantic` and
    `max_cosine` (0-1). Each sample names the check that found it.
    """
    out = {}
    for key, group in _by_pair(leaks).items():
        fuzzy = [x.score for x in group if x.check != "semantic"]
        cosines = [x.score for x in group if x.check == "semantic"]
        out[key] = {
            "n": len(group),
            **({"max_score": max(fuzzy)} if fuzzy else {}),
            **({"n_semantic": len(cosines), "max_cosine": max(cosines)} if cosines else {}),
            "sample": [
                {leak.protected: leak.a, "other": leak.b, "score": leak.score, "check": leak.check}
                for leak in group[:SHOWN_IDS]
            ],
        }
    return out


def _leak_message(where: str, leaks: list[Leak], rule: str, lines: Mapping[str, int]) -> str:
    """`<file>: leakage: <rule>: <pair>: n pair(s): a~b (score; lines 3~17), ...`: ids, scores
    and lines of `where` (the input; an `against` id is already "<file>:<line>"), never text."""
    parts = []
    for key, group in _by_pair(leaks).items():
        shown = []
        for x in group[:SHOWN_IDS]:
            score = f"semantic cosine {x.score:g}" if x.check == "semantic" else f"{x.score:g}"
            at = [str(lines[i]) for i in (x.a, x.b) if i in lines]
            where_at = f"; line{'s' if len(at) > 1 else ''} {'~'.join(at)}" if at else ""
            shown.append(f"{x.a}~{x.b} ({score}{where_at})")
        more = f" and {len(group) - SHOWN_IDS} more" if len(group) > SHOWN_IDS else ""
        parts.append(f"{key}: {len(group)} pair(s): {', '.join(shown)}{more}")
    return f"{where}: leakage: {rule}: " + "; ".join(parts)


def _stratified(
    records: Sequence[dict],
    y: list[str] | None,
    *,
    seed: int,
    val_fraction: float,
    test_fraction: float,
) -> dict[str, list[dict]]:
    """Test cut off the whole set first, then val off the rest, both stratified on `y` (None: not
    stratified, seeded random), each in input order."""
    from sklearn.model_selection import train_test_split

    index = list(range(len(records)))
    rest, test = train_test_split(
        index, test_size=test_fraction, stratify=y, random_state=seed, shuffle=True
    )
    train, val = train_test_split(
        rest,
        test_size=val_fraction / (1 - test_fraction),
        stratify=None if y is None else [y[i] for i in rest],
        random_state=seed,
        shuffle=True,
    )
    return {
        name: [records[i] for i in sorted(part)]
        for name, part in zip(SPLITS, (train, val, test), strict=True)
    }


def _apply_policy(
    splits: dict[str, list[dict]],
    leaks: list[Leak],
    policy: Policy,
    message: Callable[[list[Leak]], str],
) -> tuple[dict[str, list[dict]], dict[str, list[str]]]:
    """Fail on leaks (policy fail, or any test leak into an `against` file), else drop the leaked
    train/val records. Returns the splits and the dropped ids by split."""
    outside = [x for x in leaks if x.other not in SPLITS]
    if leaks and (policy == "fail" or outside):
        msg = message(outside if policy == "drop" else leaks)
        if policy == "fail":
            msg += "; run dedup before split, or set split.leakage.policy: drop"
        else:
            msg += "; test is never edited: remove these from the input or from that file"
        raise PipelineError(msg)
    dropped = {name: sorted({x.b for x in leaks if x.other == name}) for name in ("train", "val")}
    if leaks:  # test is never edited
        gone = {name: set(ids) for name, ids in dropped.items()}
        splits = {
            name: [r for r in recs if r["id"] not in gone.get(name, ())]
            for name, recs in splits.items()
        }
    return splits, dropped


def _check_every_split(
    splits: dict[str, list[dict]],
    label_counts: dict[str, dict[str, int]],
    counts: Counter,
    where: str,
    what: str | None,
    dropped: dict[str, list[str]],
) -> None:
    """Every stratum in every split (no key, `what` None: every split non-empty): rounding, or
    leaked records dropped, can still starve a split at the minimum size."""
    for name in SPLITS:
        if what is None:
            missing = not splits[name]
            subject = f"{sum(counts.values())} records"
        else:
            absent = sorted(set(counts) - set(label_counts[name]))
            missing = bool(absent)
            subject = f"{what} {absent[0]!r} ({counts[absent[0]]} records)" if absent else ""
        if missing:
            raise PipelineError(
                f"{where}: {subject} got no {name} records; "
                "add data for it or change split.val_fraction / split.test_fraction"
                + (" (leaked records were dropped from it)" if dropped.get(name) else "")
            )


def split_records(
    records: Sequence[dict],
    *,
    seed: int,
    val_fraction: float,
    test_fraction: float,
    labels: Sequence[str] = (),
    key: Callable[[dict], str] | None = label_of,
    what: str | None = "label",
    where: str = "split",
    field: Literal["user", "conversation"] = "user",
    finder: NearDup = DEFAULT_FINDER,
    policy: Policy = "fail",
    against: Mapping[str, Sequence[dict]] | None = None,
    semantic: SemanticDup | None = None,
) -> SplitResult:
    """Stratified train/val/test split; PipelineError if a stratum is too small or data leaks.

    Args:
        records: `{"id", "messages"}` records.
        seed: sklearn `random_state` for both cuts.
        val_fraction: share of ALL records that go to val.
        test_fraction: share of ALL records that go to test.
        labels: key values that must appear (e.g. `task.labels`); a missing one counts as 0.
        key: what to stratify on (`stratify_key`): the label (the final assistant answer) by
            default; None for a plain seeded random split, where only the split sizes are checked.
        what: the key's name in errors ("label", "task.stratify 'urgency' value").
        where: names the input in error messages.
        field: text compared by the leakage check ("user" or "conversation", as in dedup).
        finder: the near-duplicate test; a cross-split pair it accepts is a leak.
        policy: "fail" raises on any leak; "drop" removes leaked train (and val) records.
        against: name -> records `{"id", "messages"}` the test split must not overlap.
        semantic: paraphrases leak too (embedding cosine >= its threshold); None: off.

    Returns:
        The splits; `label_counts` per split and key value (empty dicts without a key).
    """
    y = None if key is None else [key(rec) for rec in records]
    counts = Counter(y if y is not None else {"all": len(records)})
    counts.update(dict.fromkeys(labels, 0))
    _check_sizes(counts, min_per_label(val_fraction, test_fraction), where, what if key else None)
    splits = _stratified(
        records, y, seed=seed, val_fraction=val_fraction, test_fraction=test_fraction
    )
    t0 = time.perf_counter()
    plans: dict[str, str] = {}
    leaks = find_leaks(splits, finder, field=field, against=against, plans=plans, semantic=semantic)
    rule = f"near-duplicates at threshold {finder.threshold:g}"
    if semantic is not None:
        rule += f" or paraphrases at cosine >= {semantic.threshold:g}"
    lines: dict[str, int] = {}
    for k, r in enumerate(records):  # where's line of each id (its first, for a repeated id)
        lines.setdefault(r["id"], k + 1)
    message = functools.partial(_leak_message, where, rule=f"{rule} on {field} text", lines=lines)
    splits, dropped = _apply_policy(splits, leaks, policy, message)
    check_s = time.perf_counter() - t0
    label_counts = {
        name: {} if key is None else dict(sorted(Counter(map(key, recs)).items()))
        for name, recs in splits.items()
    }
    _check_every_split(splits, label_counts, counts, where, what if key else None, dropped)
    leakage = {
        "policy": policy,
        "threshold": finder.threshold,
        "field": field,
        "against": sorted(against or {}),
        "pairs": _leak_summary(leaks),
        "dropped": {name: ids for name, ids in dropped.items() if ids},
        # which candidate path each check took and why ("all pairs: ..., est. 0.1 s")
        "candidates": plans,
    }
    if semantic is not None:  # off, the report is what it always was
        leakage |= {"semantic_model": semantic.describe(), "semantic_threshold": semantic.threshold}
    return SplitResult(splits=splits, label_counts=label_counts, leakage=leakage, check_s=check_s)


def read_against(path: str | Path, name: str) -> list[dict]:
    """Records of an `against` chat JSONL as `{"id": "<name>:<line>", "messages"}`.

    Bad JSON / UTF-8 or a line that is not a chat record: DataError naming file and line.
    """
    out = []
    for lineno, obj in iter_jsonl(path):
        msgs = obj.get("messages") if isinstance(obj, dict) else None
        ok = isinstance(msgs, list) and all(
            isinstance(m, dict) and m.get("role") in ROLES and isinstance(m.get("content"), str)
            for m in msgs
        )
        if not ok:
            raise DataError(
                path,
                lineno,
                "shape",
                'expected {"messages": [{"role": system|user|assistant, "content": str}, ...]}',
            )
        out.append({"id": f"{name}:{lineno}", "messages": msgs})
    return out


def pii_by_split(splits: dict[str, list[dict]], audit_path: Path) -> dict[str, dict[str, int]]:
    """Per split: how many records had PII scrubbed, and how many entities of each type.

    From scrub_pii's audit (record id -> counts), so it needs no detection and holds no value.
    """
    by_record = read_json(audit_path).get("by_record", {}) if audit_path.exists() else {}
    out = {}
    for name in SPLITS:
        counts: dict[str, int] = {"records": 0}
        for rec in splits[name]:
            found = by_record.get(rec["id"])
            if found:
                counts["records"] += 1
                for entity, n in found.items():
                    counts[entity] = counts.get(entity, 0) + n
        out[name] = counts
    return out


@stage_task
def split(project: Project) -> dict:
    """Split dedup's records into train/val/test files in the split folder."""
    params = project.params.split
    dedup = project.params.dedup
    path = project.stage_dir("dedup") / RECORDS
    # a bad model folder fails here, before any record is read
    semantic = SemanticDup.from_params(
        params.leakage.semantic, project.root, "split.leakage.semantic"
    )
    against = {name: read_against(project.root / name, name) for name in params.leakage.against}
    key, what = stratify_key(project.params.task, project.root)
    result = split_records(
        read_records(path),
        seed=params.seed,
        val_fraction=params.val_fraction,
        test_fraction=params.test_fraction,
        labels=project.params.task.labels,
        key=key,
        what=what,
        where=str(path),
        field=dedup.field,
        finder=NearDup.from_params(dedup),
        policy=params.leakage.policy,
        against=against,
        semantic=semantic,
    )
    summary = {
        "seed": params.seed,
        "n": {name: len(result.splits[name]) for name in SPLITS},
        "label_counts": result.label_counts,
        "leakage": result.leakage,
        "pii": pii_by_split(result.splits, project.stage_dir("scrub_pii") / AUDIT),
    }
    with atomic_dir(project.stage_dir("split")) as out:
        for name in SPLITS:
            # project.split_path(name) once swapped in; written inside the temp folder first
            write_jsonl(out / project.split_path(name).name, result.splits[name])
        write_json(out / REPORT, summary)
    n_leaks = sum(p["n"] for p in result.leakage["pairs"].values())
    n_semantic = sum(p.get("n_semantic", 0) for p in result.leakage["pairs"].values())
    n_dropped = sum(map(len, result.leakage["dropped"].values()))
    get_logger().info(
        "split: %s (seed %d); leakage: %d pair(s), %d record(s) dropped (policy %s); "
        "candidates: %s%s",
        summary["n"],
        params.seed,
        n_leaks,
        n_dropped,
        params.leakage.policy,
        "; ".join(f"{k} {v}" for k, v in result.leakage["candidates"].items()) or "none",
        ""
        if semantic is None
        else f"; semantic (cosine >= {semantic.threshold:g}): {n_semantic} of the pair(s); "
        f"check took {result.check_s:.1f} s",
    )
    return summary
