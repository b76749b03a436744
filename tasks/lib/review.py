"""Human review: blinded pairwise preference between two contenders on the test set.

    ftpipe review export --a candidate --b base [--n 50]    # review/<a>-vs-<b>.csv + its key
    ftpipe review import review/candidate-vs-base.csv       # preference rate with its interval

export reads evaluate's `predictions.jsonl` (every contender's raw answer per test example) and
the test split (the input), shuffles the examples (seeded) and, per example, which contender is
shown as A: the CSV has `item, input, output_a, output_b, preference` and no contender names. The
key (item -> which contender is A) goes to `<csv>.key.json`, not to reviewers. Reviewers fill
`preference` with A, B or tie (blank: not rated yet).

import unblinds the ratings with the key: wins of each contender, ties, unrated, and the
preference rate of `a` over `b` among decided pairs with its Wilson interval; written to
`<csv>.result.json`. A rating that is not A/B/tie/blank, or an item the key does not know, stops
the import naming file, line and rule (never the text around it).
"""

from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Any

from tasks.lib.errors import DataError, PipelineError
from tasks.lib.io import atomic_file, file_md5, read_json, read_records, write_json
from tasks.lib.project import PREDICTIONS, Project
from tasks.lib.records import user_text

REVIEW_DIR = "review"  # in the project, outside DVC outputs
COLUMNS = ("item", "input", "output_a", "output_b", "preference")
RATINGS = {"a": "A", "b": "B", "tie": "tie", "": None}
RULE = "review"


def _answers(project: Project) -> tuple[list[dict], dict[str, str]]:
    """evaluate's prediction rows and the test inputs by record id."""
    path = project.stage_dir("evaluate") / PREDICTIONS
    if not path.is_file():
        raise PipelineError(f"{path}: missing (run the evaluate stage first)")
    inputs = {r["id"]: user_text(r) for r in read_records(project.split_path("test"))}
    return read_records(path), inputs


def export_review(
    project: Project,
    a: str,
    b: str,
    *,
    n: int | None = None,
    seed: int = 0,
    out: Path | None = None,
) -> Path:
    """Write the blinded CSV (and its key) comparing contenders `a` and `b`; returns its path."""
    rows, inputs = _answers(project)
    known = sorted(rows[0]["raw"]) if rows else []
    for name in (a, b):
        if name not in known:
            raise PipelineError(f"no contender {name!r} in evaluate's predictions; one of {known}")
    if a == b:
        raise PipelineError("review compares two different contenders")
    rng = random.Random(seed)
    rows = rng.sample(rows, len(rows))[: n or len(rows)]
    out = Path(out or project.root / REVIEW_DIR / f"{a}-vs-{b}.csv")
    key: dict[str, Any] = {"a": a, "b": b, "seed": seed, "items": {}}
    with atomic_file(out) as tmp, open(tmp, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for i, row in enumerate(rows, start=1):
            first = rng.choice((a, b))  # shown as A
            second = b if first == a else a
            key["items"][str(i)] = {"id": row["id"], "shown_a": first}
            writer.writerow([i, inputs[row["id"]], row["raw"][first], row["raw"][second], ""])
    key["csv_md5"] = file_md5(out)
    write_json(key_path(out), key)
    return out


def key_path(csv_path: Path) -> Path:
    return csv_path.with_name(csv_path.name + ".key.json")


def read_ratings(csv_path: Path) -> tuple[dict[str, Any], list[tuple[dict[str, Any], str | None]]]:
    """A rated review CSV with its key: (key, [(the key's item, "A" | "B" | "tie" | None)]) per
    row; a rating that is not A/B/tie/blank or an unknown item stops it naming file and line."""
    csv_path = Path(csv_path)
    if not key_path(csv_path).is_file():
        raise PipelineError(f"{key_path(csv_path)}: missing (the key `ftpipe review export` wrote)")
    key = read_json(key_path(csv_path))
    rows = []
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):  # line 1: the header
            item = key["items"].get((row.get("item") or "").strip())
            if item is None:
                raise DataError(csv_path, line, RULE, "item number not in the review's key")
            rating = (row.get("preference") or "").strip().lower()
            if rating not in RATINGS:
                raise DataError(csv_path, line, RULE, "preference must be A, B, tie or blank")
            rows.append((item, RATINGS[rating]))
    return key, rows


def import_review(csv_path: Path) -> dict[str, Any]:
    """Unblind the ratings in `csv_path` with its key; the preference of `a` over `b`."""
    from tasks.lib.stats import rate_entry

    csv_path = Path(csv_path)
    key, rows = read_ratings(csv_path)
    a, b = key["a"], key["b"]
    wins = {a: 0, b: 0}
    ties = unrated = 0
    for item, shown in rows:
        if shown is None:
            unrated += 1
        elif shown == "tie":
            ties += 1
        else:
            other = b if item["shown_a"] == a else a
            wins[item["shown_a"] if shown == "A" else other] += 1
    decided = wins[a] + wins[b]
    result = {
        "a": a,
        "b": b,
        "wins": wins,
        "ties": ties,
        "unrated": unrated,
        "rated": decided + ties,
        f"{a}_preferred": rate_entry(wins[a], decided) if decided else None,
        "csv": str(csv_path),
    }
    write_json(csv_path.with_name(csv_path.name + ".result.json"), result)
    return result
