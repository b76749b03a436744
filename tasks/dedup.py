"""dedup: drop exact and near-duplicate records, keeping one record of each cluster.

    ftpipe stage dedup             # under `dvc repro`
    dedup.fn(project)              # in tests, without the Prefect engine

Reads scrub_pii's records, writes `<data.root>/dedup/records.jsonl` (kept records, input order),
`clusters.json` ({kept id: [merged ids]}), `cluster_scores.json` ({kept id: highest pair score in
the cluster}) and `report.json` (counts, plus a few sample pairs as ids + score). The core is
`tasks.lib.near_dup.dedup_records` (generate dedups its new examples with it too); pairs come from
`find_pairs`: exact duplicates of the normalized text by hashing, near-duplicates by
rapidfuzz `fuzz.ratio` >= `dedup.threshold`, candidates from all pairs or MinHash-LSH
(`dedup.candidates`; `auto` picks by estimated cost, and report.json's `candidate_path` /
`candidate_reason` / `all_pairs_est_s` / `lsh_est_s` say which path ran and why). It runs after
scrub_pii, so records that differ only in personal data
are duplicates.

Every task.type: `dedup.field: user` compares the user turns (all of them in a multi-turn
record), so two records asking the same thing are duplicates whatever their answers (for
generation, the same question with two different answers is one example); `conversation`
compares every turn but the system prompt. JSON turns (extraction answers) are compared as
compact sorted-key JSON. "Conflicting" clusters are those whose final answers differ: labels,
JSON answers, or generated texts.

Paraphrases (optional, `dedup.semantic: {model, threshold, batch_size}`; null by default): the
same compared texts embedded by a sentence-transformers model (`minilm`: the bundled
all-MiniLM-L6-v2, offline), pairs with cosine >= `dedup.semantic.threshold` merged into the same
clusters as the fuzzy ones (tasks/lib/semantic_dup.py). report.json then adds `semantic_pairs`
(ids, cosine, and the fuzzy ratio when fuzzy found the pair too; the 500 lowest cosines),
`n_semantic_pairs`, `n_semantic_only_pairs` and `n_semantic_dropped` (records dropped beyond
exact + fuzzy); `n_fuzzy_dropped` stays what fuzzy alone merged. A cluster merged by semantic
pairs only has no entry in cluster_scores.json (its scores are cosines, listed in report.json).
"""

from __future__ import annotations

from tasks.lib.io import atomic_dir, read_records, write_json, write_jsonl
from tasks.lib.near_dup import NearDup, dedup_records
from tasks.lib.project import CLUSTER_SCORES, CLUSTERS, RECORDS, REPORT, Project
from tasks.lib.runtime import get_logger, stage_task
from tasks.lib.semantic_dup import SemanticDup


@stage_task
def dedup(project: Project) -> dict:
    """Deduplicate scrub_pii's records into the dedup folder."""
    params = project.params.dedup
    # a bad model folder fails here, before any record is read
    semantic = SemanticDup.from_params(params.semantic, project.root, "dedup.semantic")
    records = read_records(project.stage_dir("scrub_pii") / RECORDS)
    result = dedup_records(
        records,
        NearDup.from_params(params),
        field=params.field,
        keep=params.keep,
        semantic=semantic,
    )
    with atomic_dir(project.stage_dir("dedup")) as out:
        write_jsonl(out / RECORDS, result.kept)
        write_json(out / CLUSTERS, result.clusters)
        write_json(out / CLUSTER_SCORES, result.cluster_scores)
        write_json(out / REPORT, result.stats)
    s = result.stats
    get_logger().info(
        "dedup: %d -> %d records (%d exact, %d near-duplicates dropped at %s on %s, keep %s; "
        "%d clusters with conflicting answers); candidates %s",
        s["n_in"],
        s["n_out"],
        s["n_exact_dropped"],
        s["n_fuzzy_dropped"],
        s["threshold"],
        s["field"],
        s["keep"],
        s["n_conflicting_label_clusters"],
        s["candidate_reason"],
    )
    if semantic is not None:
        get_logger().info(
            "dedup: semantic (%s, cosine >= %s): %d pair(s), %d not found by fuzzy, %d more "
            "record(s) dropped; %.1f s embedding + search",
            s["semantic_model"],
            s["semantic_threshold"],
            s["n_semantic_pairs"],
            s["n_semantic_only_pairs"],
            s["n_semantic_dropped"],
            result.semantic_s,
        )
    return s
