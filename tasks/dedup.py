"""dedup: drop exact and near-duplicate records, keeping one record of each cluster.

    ftpipe stage dedup             # under `dvc repro`
    dedup.fn(project)              # in tests, without the Prefect engine

Reads scrub_pii's records, writes `<data.root>/dedup/records.jsonl` (kept records, input order),
`clusters.json` ({kept id: [merged ids]}), `cluster_scores.json` ({kept id: highest pair score in
the cluster}) and `report.json` (counts, plus a few sample pairs as ids + score). Pairs come from
`tasks.near_dup.find_pairs`: exact duplicates of the normalized text by hashing, near-duplicates by
rapidfuzz `fuzz.ratio` >= `dedup.threshold`, candidates from all pairs or MinHash-LSH
(`dedup.candidates`). It runs after scrub_pii, so records that differ only in personal data
are duplicates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from tasks.common import (
    RECORDS,
    REPORT,
    DedupParams,
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
from tasks.near_dup import find_pairs, normalize_text

__all__ = [
    "CLUSTERS",
    "CLUSTER_SCORES",
    "DedupResult",
    "compare_text",
    "dedup",
    "dedup_records",
    "near_dup_options",
    "normalize_text",  # re-exported: it lives in tasks.near_dup now
]

CLUSTERS = "clusters.json"
# per-cluster max score beside clusters.json, whose {kept: [ids]} shape quality.py already reads
CLUSTER_SCORES = "cluster_scores.json"
SAMPLE_PAIRS = 5  # fuzzy pairs (ids + score) shown in the report: the lowest scores, to tune by
Field = Literal["user", "conversation"]
Keep = Literal["first", "longest"]


@dataclass(frozen=True)
class DedupResult:
    kept: list[dict]
    clusters: dict[str, list[str]]  # kept id -> merged ids, only clusters that merged something
    cluster_scores: dict[str, float]  # kept id -> highest pair score in its cluster
    stats: dict


def near_dup_options(params: DedupParams) -> dict[str, Any]:
    """The near_dup knobs of a `dedup` params section (split's leakage check uses them too)."""
    return {
        "candidates": params.candidates,
        "all_pairs_max": params.all_pairs_max,
        "lsh_threshold": params.lsh_threshold,
        "num_perm": params.num_perm,
        "ngram": params.ngram,
        "runner": params.runner,
        "dask_workers": params.dask_workers,
        "dask_address": params.dask_address,
    }


def compare_text(record: dict, field: Field) -> str:
    """The text two records are compared on.

    `conversation` is every turn's content but the system prompt's: validate made that prompt
    identical in every record, and shared text (the prompt, or role names) would push every pair of
    short records towards the threshold.
    """
    if field == "user":
        return user_text(record)
    return "\n".join(m["content"] for m in record["messages"] if m["role"] != "system")


class _UnionFind:
    """Connected components over record indices."""

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


def dedup_records(
    records: Sequence[dict],
    *,
    field: Field,
    threshold: float,
    keep: Keep = "first",
    **near_dup: Any,
) -> DedupResult:
    """Cluster exact and near-duplicate records and keep one record of each cluster.

    Clusters are connected components: if A~B and B~C, C is merged even when A and C differ more.

    Args:
        records: validated records `{"id", "messages"}`, in input order.
        field: "user" (the user turns) or "conversation" (every turn but the system prompt).
        threshold: rapidfuzz fuzz.ratio 0-100; a pair scoring at least this is a duplicate.
        keep: "first" keeps the earliest record of a cluster, "longest" the one with the longest
            compared text (the earliest of those on a tie).
        **near_dup: candidate-generation knobs passed to `tasks.near_dup.find_pairs`
            (`near_dup_options(params)`).
    """
    texts = [normalize_text(compare_text(rec, field)) for rec in records]
    pairs = find_pairs(texts, threshold=threshold, normalized=True, **near_dup)
    uf = _UnionFind(len(records))
    for i, j, _ in pairs:
        uf.union(i, j)
    members: dict[int, list[int]] = {}
    for i in range(len(records)):
        members.setdefault(uf.find(i), []).append(i)
    best: dict[int, float] = {}
    for i, _, score in pairs:
        root = uf.find(i)
        best[root] = max(best.get(root, 0.0), score)

    kept_idx: list[int] = []
    clusters: dict[str, list[str]] = {}
    cluster_scores: dict[str, float] = {}
    conflicting: list[str] = []
    for root, group in members.items():  # roots in input order (a root is its group's minimum)
        k = group[0] if keep == "first" else max(group, key=lambda i: (len(texts[i]), -i))
        kept_idx.append(k)
        if len(group) == 1:
            continue
        kid = records[k]["id"]
        clusters[kid] = [records[i]["id"] for i in group if i != k]
        cluster_scores[kid] = round(best[root], 2)
        if len({label_of(records[i]) for i in group}) > 1:
            conflicting.append(kid)
    kept_idx.sort()

    n_exact = len(records) - len(set(texts))  # copies beyond the first of each identical text
    fuzzy = sorted((s, records[i]["id"], records[j]["id"]) for i, j, s in pairs if s < 100)
    stats = {
        "n_in": len(records),
        "n_out": len(kept_idx),
        "n_exact_dropped": n_exact,
        "n_fuzzy_dropped": len(records) - len(kept_idx) - n_exact,
        "n_clusters": len(clusters),
        "n_exact_pairs": len(pairs) - len(fuzzy),
        "n_fuzzy_pairs": len(fuzzy),
        # ids + score only: the text stays in records.jsonl
        "sample_pairs": [
            {"a": a, "b": b, "score": round(s, 2)} for s, a, b in fuzzy[:SAMPLE_PAIRS]
        ],
        # the kept record's label wins; these clusters are worth a look
        "n_conflicting_label_clusters": len(conflicting),
        "conflicting_label_clusters": conflicting,
        "field": field,
        "threshold": threshold,
        "keep": keep,
    }
    return DedupResult(
        kept=[records[i] for i in kept_idx],
        clusters=clusters,
        cluster_scores=cluster_scores,
        stats=stats,
    )


@stage_task
def dedup(project: Project) -> dict:
    """Deduplicate scrub_pii's records into the dedup folder."""
    params = project.params.dedup
    records = read_records(project.stage_dir("scrub_pii") / RECORDS)
    result = dedup_records(
        records,
        field=params.field,
        threshold=params.threshold,
        keep=params.keep,
        **near_dup_options(params),
    )
    with atomic_dir(project.stage_dir("dedup")) as out:
        write_jsonl(out / RECORDS, result.kept)
        write_json(out / CLUSTERS, result.clusters)
        write_json(out / CLUSTER_SCORES, result.cluster_scores)
        write_json(out / REPORT, result.stats)
    s = result.stats
    get_logger().info(
        "dedup: %d -> %d records (%d exact, %d near-duplicates dropped at %s on %s, keep %s; "
        "%d clusters with conflicting labels)",
        s["n_in"],
        s["n_out"],
        s["n_exact_dropped"],
        s["n_fuzzy_dropped"],
        s["threshold"],
        s["field"],
        s["keep"],
        s["n_conflicting_label_clusters"],
    )
    return s
