"""dedup: drop exact and near-duplicate records, keeping the first of each cluster.

    ftpipe stage dedup             # under `dvc repro`
    dedup.fn(project)              # in tests, without the Prefect engine

Reads validate's records, writes `<data.root>/dedup/records.jsonl` (kept records, input order),
`clusters.json` ({kept id: [dropped ids]}) and `report.json`. Exact duplicates are found on
normalized text; near-duplicates by rapidfuzz `fuzz.ratio` >= `dedup.threshold` over all pairs
(fine for thousands of records; candidate generation is one function, `_fuzzy_pairs`, so MinHash-LSH
can replace it for larger sets).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from tasks.common import (
    RECORDS,
    REPORT,
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

CLUSTERS = "clusters.json"
Field = Literal["user", "conversation"]

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class DedupResult:
    kept: list[dict]
    clusters: dict[str, list[str]]  # kept id -> dropped ids, only clusters that dropped something
    stats: dict


def _is_edge_char(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def normalize_text(text: str) -> str:
    """Casefold, collapse whitespace, strip punctuation at both ends ("Hi!!" == "hi")."""
    text = _SPACE.sub(" ", text.casefold())
    start, end = 0, len(text)
    while start < end and _is_edge_char(text[start]):
        start += 1
    while end > start and _is_edge_char(text[end - 1]):
        end -= 1
    return text[start:end]


def compare_text(record: dict, field: Field) -> str:
    """The text two records are compared on.

    `conversation` is every turn's content but the system prompt's: validate made that prompt
    identical in every record, and shared text (the prompt, or role names) would push every pair of
    short records towards the threshold.
    """
    if field == "user":
        return user_text(record)
    return "\n".join(m["content"] for m in record["messages"] if m["role"] != "system")


def _fuzzy_pairs(texts: list[str], threshold: float) -> Iterable[tuple[int, int]]:
    """Index pairs (i < j) with fuzz.ratio >= threshold: all pairs, half the matrix computed.

    The seam for a later candidate generator (MinHash-LSH + rapidfuzz verification).
    """
    import numpy as np
    from rapidfuzz import fuzz, process

    n = len(texts)
    if n < 2:
        return []
    if threshold <= 0:  # uint8 scores round small ratios to 0; at 0 every pair matches anyway
        return ((i, j) for i in range(n) for j in range(i + 1, n))
    # the SAME list object for queries and choices lets rapidfuzz compute only half the matrix;
    # uint8 keeps it at n^2 bytes, and scores under the cutoff come back as 0
    scores = process.cdist(
        texts, texts, scorer=fuzz.ratio, dtype=np.uint8, score_cutoff=threshold, workers=-1
    )
    rows, cols = np.nonzero(scores)
    upper = rows < cols
    return zip(rows[upper].tolist(), cols[upper].tolist(), strict=True)


class _UnionFind:
    """Connected components where the root is always the smallest index (= the record kept)."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def dedup_records(records: Sequence[dict], *, field: Field, threshold: float) -> DedupResult:
    """Cluster exact and near-duplicate records and keep the first record of each cluster.

    Clusters are connected components: if A~B and B~C, C is dropped even when A and C differ more.

    Args:
        records: validated records `{"id", "messages"}`, in input order.
        field: "user" (the user turns) or "conversation" (every turn but the system prompt).
        threshold: rapidfuzz fuzz.ratio 0-100; a pair scoring at least this is a duplicate.
    """
    texts = [normalize_text(compare_text(rec, field)) for rec in records]
    uf = _UnionFind(len(records))

    first_seen: dict[str, int] = {}
    exact_dup = [False] * len(records)
    for i, text in enumerate(texts):
        j = first_seen.setdefault(text, i)
        if j != i:
            exact_dup[i] = True
            uf.union(j, i)

    # fuzzy matching runs on one representative per exact group only
    reps = sorted(first_seen.values())
    if threshold < 100:
        rep_texts = [texts[i] for i in reps]
        for a, b in _fuzzy_pairs(rep_texts, threshold):
            uf.union(reps[a], reps[b])

    members: dict[int, list[int]] = {}
    for i in range(len(records)):
        members.setdefault(uf.find(i), []).append(i)

    kept = [records[root] for root in sorted(members)]
    clusters: dict[str, list[str]] = {}
    conflicting: list[str] = []
    for root in sorted(members):
        group = members[root]
        if len(group) == 1:
            continue
        kid = records[root]["id"]
        clusters[kid] = [records[i]["id"] for i in group[1:]]
        if len({label_of(records[i]) for i in group}) > 1:
            conflicting.append(kid)

    n_exact = sum(exact_dup)
    stats = {
        "n_in": len(records),
        "n_out": len(kept),
        "n_exact_dropped": n_exact,
        "n_fuzzy_dropped": len(records) - len(kept) - n_exact,
        "n_clusters": len(clusters),
        # the kept record's label wins; these clusters are worth a look
        "n_conflicting_label_clusters": len(conflicting),
        "conflicting_label_clusters": conflicting,
        "field": field,
        "threshold": threshold,
    }
    return DedupResult(kept=kept, clusters=clusters, stats=stats)


@stage_task
def dedup(project: Project) -> dict:
    """Deduplicate validate's records into the dedup folder."""
    params = project.params.dedup
    records = read_records(project.stage_dir("validate") / RECORDS)
    result = dedup_records(records, field=params.field, threshold=params.threshold)
    with atomic_dir(project.stage_dir("dedup")) as out:
        write_jsonl(out / RECORDS, result.kept)
        write_json(out / CLUSTERS, result.clusters)
        write_json(out / REPORT, result.stats)
    s = result.stats
    get_logger().info(
        "dedup: %d -> %d records (%d exact, %d near-duplicates dropped at %s on %s; "
        "%d clusters with conflicting labels)",
        s["n_in"],
        s["n_out"],
        s["n_exact_dropped"],
        s["n_fuzzy_dropped"],
        s["threshold"],
        s["field"],
        s["n_conflicting_label_clusters"],
    )
    return s
