"""quality: the data contract (Great Expectations) and a data quality report, before any training.

    ftpipe stage quality           # under `dvc repro`
    quality.fn(project)            # in tests, without the Prefect engine

Reads the split files and the upstream reports (validate, scrub_pii, dedup, split: whatever of
them exists). Counts tokens per example with the base model's tokenizer and chat template exactly
as train builds them (`tasks.lib.tokens`; with `train.truncate` set, after the over-long user
turns were cut as train cuts them, `tasks.lib.truncate`), then validates one row of facts per
record and one class-balance row per split against the data contract (`tasks.lib.contract`: a
Great Expectations suite built from one rule table, run through a Checkpoint, Data Docs rendered
into our own site):

    one_system_prompt, system_prompt_matches, labels_in_set, non_empty_turns, no_pii_left,
    fits_max_length (mostly 1 - quality.max_truncated_share), every_label_present, class_balance

each per split, for classification. Extraction replaces the three label rules with
answers_meet_schema (every answer is a JSON object meeting task.schema) and reports the
distribution of the `task.stratify` field's values (chart and contract.json class_balance);
generation with answers_non_empty and, with task.format, answers_meet_format. The report's
balance chart shows labels, the stratify field's values, or is left out (no key).

Fails closed: a failed expectation raises DataError naming the expectation(s), split(s) and
counts (never values; a length failure adds the token-length percentiles and a max_length that
would fit) and nothing is written to `<data.root>/quality/`; the failed run's Data Docs, contract
and report go to the side folder `<data.root>/quality_failed/` (outside DVC).

Writes `<data.root>/quality/` at once (atomic_dir): contract.json (deterministic: same data +
params, same bytes; baseline and train depend on it alone), token_stats.json (with how many
examples `train.truncate` cut), report.html (one self-contained page from
`tasks/lib/templates/quality.html.j2`, inline SVG plots, no record text), data_docs/ (GX).
Minimum dataset sizes by task kind are warnings only.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tasks.lib import report
from tasks.lib.answers import answer_rule
from tasks.lib.contract import (
    ContractResult,
    Limits,
    Rule,
    class_balance,
    record_rows,
    rule_notes,
    rule_table,
    run_contract,
    size_warnings,
    stratum,
)
from tasks.lib.errors import DataError
from tasks.lib.io import atomic_dir, read_json, read_records, write_json
from tasks.lib.models import load_tokenizer
from tasks.lib.pii import rescan_entities
from tasks.lib.project import AUDIT, CLUSTERS, CONTRACT, REPORT, SPLITS, Project
from tasks.lib.runtime import get_logger, in_prefect_run, stage_task
from tasks.lib.tokens import TokenCount, count_tokens, token_stats
from tasks.lib.truncate import fitted_sft_rows, length_advice

TOKEN_STATS = "token_stats.json"
REPORT_HTML = "report.html"
DATA_DOCS = "data_docs"
FAILED_DIR = "quality_failed"  # <data.root>/quality_failed: Data Docs of a failed contract
ARTIFACT_KEY = "ftpipe-data-quality"  # Prefect artifact keys: lowercase, digits, dashes
SHOWN_IDS = 5  # ids of dedup clusters / leak pairs shown in the report


# ---------------------------------------------------------------------------------------------
# Report: what the quality template shows (upstream sections stay raw: the template filters them)
# ---------------------------------------------------------------------------------------------


def read_upstream(project: Project) -> dict[str, Any]:
    """The upstream reports the quality report shows; a missing or unreadable one is None."""
    return {
        "validate": _read_optional(project.stage_dir("validate") / REPORT),
        "dedup": _read_optional(project.stage_dir("dedup") / REPORT),
        "clusters": _read_optional(project.stage_dir("dedup") / CLUSTERS),
        "audit": _read_optional(project.stage_dir("scrub_pii") / AUDIT),
        "split": _read_optional(project.stage_dir("split") / REPORT),
    }


def _read_optional(path: Path) -> Any:
    try:
        return read_json(path)
    except (OSError, ValueError):
        return None


def _dict(value: Any) -> dict | None:
    return value if isinstance(value, dict) else None


def _dedup_view(dedup: Any, clusters: Any) -> dict | None:
    """dedup's counts, the first clusters (kept id, dropped ids) and sample pairs; None without
    dedup reports."""
    dedup, clusters = _dict(dedup), _dict(clusters)
    if dedup is None and clusters is None:
        return None
    pairs = (dedup or {}).get("sample_pairs")
    first = sorted((clusters or {}).items())[:SHOWN_IDS]
    path = (dedup or {}).get("candidate_path")
    return {
        "report": dedup,
        # which candidate search ran; only our own names pass (upstream text never shows)
        "path": {"all_pairs": "all pairs (exact)", "lsh": "MinHash-LSH", "none": "none"}.get(path),
        "n_clusters": None if clusters is None else len(clusters),
        "n_dropped": sum(len(v) for v in (clusters or {}).values() if isinstance(v, list)),
        "clusters": [(kept, ids[:SHOWN_IDS]) for kept, ids in first if isinstance(ids, list)],
        "pairs": pairs[:SHOWN_IDS] if isinstance(pairs, list) else [],
    }


def _leakage_view(split: Any) -> dict | None:
    """split's leakage section: totals, then per pair of splits (key, count, max score, sample)."""
    if not isinstance(split, dict) or "leakage" not in split:
        return None
    leakage = split["leakage"]
    pairs = (_dict(leakage) or {}).get("pairs")
    rows = []
    for key, group in sorted((_dict(pairs) or {}).items()):
        if isinstance(group, dict):
            sample = group.get("sample")
            sample = sample[:SHOWN_IDS] if isinstance(sample, list) else []
            rows.append((key, group.get("n", ""), group.get("max_score", ""), sample))
    return {"report": leakage, "pairs": rows}


def _pii_view(audit: Any, split: Any) -> dict | None:
    """scrub_pii's counts by type and records changed, and split's records with PII per split."""
    if not isinstance(audit, dict) or not isinstance(audit.get("counts"), dict):
        return None
    by_split = {k: c for k, c in (_dict((_dict(split) or {}).get("pii")) or {}).items() if _dict(c)}
    kinds = sorted({k for c in by_split.values() for k in c if k != "records"})
    rescan = _dict(audit.get("rescan")) or {}
    return {
        "counts": {str(k): int(v) for k, v in audit["counts"].items() if isinstance(v, int)},
        "n_changed": audit.get("n_records_changed", "?"),
        "n_records": audit.get("n_records", "?"),
        "n_dropped": audit.get("n_records_dropped", 0),
        "validated_left": rescan.get("validated_left", "?"),
        "kinds": kinds,
        "by_split": [
            (name, c.get("records", 0), *(c.get(k, 0) for k in kinds))
            for name, c in by_split.items()
        ],
    }


def render_report(
    *,
    task_name: str,
    contract: ContractResult,
    balance: dict[str, dict],
    tokens: dict,
    warnings: list[str],
    upstream: dict[str, Any],
    balance_of: str | None = "class",
) -> str:
    """The data quality report as one HTML page: counts, ids and plots, never record text.

    `balance_of` names what the balance section counts ("class"; an extraction's stratify
    field); None leaves the section out (generation: no key)."""
    pii = _pii_view(upstream.get("audit"), upstream.get("split"))
    hist = tokens["histogram"]
    plots: dict[str, Any] = {}
    if balance_of is not None:
        plots["class_balance"] = report.grouped_bar_chart(
            {name: b["label_counts"] for name, b in balance.items()},
            title=f"{balance_of} balance per split",
            ylabel="records",
        )
    plots["tokens"] = report.histogram_chart(
        hist["edges"],
        hist["counts"],
        title="token length histogram",
        xlabel="tokens per example (prompt + completion)",
        ylabel="examples",
        limit=(tokens["max_length"], "train.max_length"),
    )
    if pii is not None:
        plots["pii"] = report.bar_chart(
            pii["counts"], title="PII replaced by scrub_pii, by type", ylabel="replaced"
        )
    return report.render(
        "quality.html.j2",
        task_name=task_name,
        contract=contract,
        balance=balance,
        balance_of=balance_of,
        tokens=tokens,
        warnings=warnings,
        plots=plots,
        validate=_dict(upstream.get("validate")),
        dedup=_dedup_view(upstream.get("dedup"), upstream.get("clusters")),
        leakage=_leakage_view(upstream.get("split")),
        pii=pii,
        data_docs=f"{DATA_DOCS}/index.html",
    )


# ---------------------------------------------------------------------------------------------
# Stage
# ---------------------------------------------------------------------------------------------


def _count(
    project: Project, splits: dict[str, list[dict]]
) -> tuple[dict[str, list[TokenCount]], dict[str, int]]:
    """Token counts per split with the base model's tokenizer, as train builds the examples:
    after `train.truncate` cut the over-long ones (`fitted_sft_rows`, as train does).

    Returns:
        (counts per split, examples cut per split).
    """
    task, tp = project.params.task, project.params.train
    tok = load_tokenizer(task.base_model, root=project.root)
    counts, cut = {}, {}
    for name, recs in splits.items():
        rows, cut[name] = fitted_sft_rows(
            tok, recs, task.system_prompt, tp.max_length, tp.truncate, where=f"{name} example"
        )
        counts[name] = count_tokens(tok, rows)
    return counts, cut


def _size_warnings(balance: dict[str, dict], kind: str) -> list[str]:
    """Size warnings on all splits together; per class (classification guidance) on the
    balance's key values."""
    totals: Counter = Counter()
    for b in balance.values():
        totals.update(b["label_counts"])
    warnings = size_warnings(
        sum(b["n"] for b in balance.values()), {k: totals[k] for k in totals}, kind
    )
    for w in warnings:
        get_logger().warning("quality: dataset size: %s", w)
    return warnings


def _contract_json(
    result: ContractResult,
    checks: Checks,
    kind: str,
    warnings: list[str],
    tokens: dict,
) -> dict:
    """contract.json: the verdict, rules, params, results and summaries (counts, no values).

    Classification's keys as ever (same bytes); other types add `task_type` and `stratify` to
    "params"."""
    limits, balance = checks.limits, checks.balance
    params: dict[str, Any] = {
        "labels": list(limits.labels),
        "max_length": limits.max_length,
        "max_truncated_share": limits.max_truncated_share,
        "max_class_ratio": limits.max_class_ratio,
        "size_guidance": kind,
    }
    if checks.task_type != "classification":
        params |= {"task_type": checks.task_type, "stratify": checks.stratify}
    return {
        "success": result.success,
        "rules": rule_notes(checks.rules),
        "params": params,
        "expectations": result.expectations,
        "class_balance": balance,
        "size_warnings": warnings,
        "tokens": {k: v for k, v in tokens.items() if k != "histogram"},
    }


def _write_folder(path: Path, docs: Path, files: dict[str, Any]) -> None:
    """The whole output folder at once (atomic_dir): Data Docs plus JSON / HTML files."""
    with atomic_dir(path) as out:
        shutil.copytree(docs, out / DATA_DOCS)
        for name, content in files.items():
            if isinstance(content, str):
                (out / name).write_text(content, encoding="utf-8")
            else:
                write_json(out / name, content)


def _failure_message(failed: list[dict], lengths: dict[str, list[int]], max_length: int) -> str:
    """One line: each failed rule with its split and counts; a length failure adds the split's
    token-length percentiles and a max_length that would fit (`length_advice`)."""
    parts = []
    for e in failed:
        part = f"{e['rule']} [{e['split']}]: {e['unexpected_count']} of {e['element_count']} rows"
        if e["rule"] == "fits_max_length":
            part += f" ({length_advice(lengths[e['split']], max_length)})"
        parts.append(part)
    return "data contract failed: " + "; ".join(parts)


def _fail(
    project: Project,
    result: ContractResult,
    docs: Path,
    files: dict[str, Any],
    lengths: dict[str, list[int]],
) -> None:
    """Write the failed run's contract, report and Data Docs to the side folder, then raise."""
    failed_dir = project.root / project.params.data.root / FAILED_DIR
    _write_folder(failed_dir, docs, files)
    message = _failure_message(result.failed, lengths, project.params.train.max_length)
    raise DataError(
        project.split_path(result.failed[0]["split"]),
        None,
        "contract",
        f"{message}; nothing written to "
        f"{project.stage_dir('quality')}; Data Docs of the failed run in "
        f"{failed_dir / DATA_DOCS / 'index.html'}",
    )


def _artifact(summary: dict, report_path: Path) -> None:
    """A markdown summary on the Prefect run, only inside a flow or task run."""
    if not in_prefect_run():  # dvc repro, tests calling .fn: nothing to attach to
        return
    from prefect.artifacts import create_markdown_artifact

    rows = "\n".join(f"| {k} | {v} |" for k, v in summary.items() if not isinstance(v, list))
    lines = ["## Data quality", "", "| | |", "|---|---|", rows, "", f"Report: `{report_path}`"]
    if summary.get("size_warnings"):
        lines += ["", "Size warnings:", *(f"- {w}" for w in summary["size_warnings"])]
    create_markdown_artifact(
        key=ARTIFACT_KEY,
        markdown="\n".join(lines),
        description="ftpipe data contract and quality report",
    )


def _summary(result: ContractResult, balance: dict, tokens: dict, warnings: list[str]) -> dict:
    """The stage's return value and the Prefect artifact's table; logged as one line.

    `max_class_ratio` is over the balance key (labels, or task.stratify values); None without."""
    keyed = [b for b in balance.values() if b["smallest"] is not None]
    summary = {
        "contract": "passed",
        "expectations": len(result.expectations),
        "n_records": tokens["n_examples"],
        "max_class_ratio": max((b["ratio"] or 0) for b in keyed) if keyed else None,
        "over_max_length": tokens["n_over_max_length"],
        "trained_share": tokens["trained_share"],
        "size_warnings": warnings,
    }
    get_logger().info(
        "quality: contract passed (%d expectations) on %d records; class ratio %s, "
        "%d over max_length %d, %.1f%% of tokens trained on, %d size warning(s)",
        summary["expectations"],
        summary["n_records"],
        summary["max_class_ratio"],
        summary["over_max_length"],
        tokens["max_length"],
        100 * tokens["trained_share"],
        len(warnings),
    )
    return summary


@dataclass(frozen=True)
class Checks:
    """What the contract checks for this task.type: its rules, limits, record rows and balance."""

    task_type: str
    rules: tuple[Rule, ...]
    limits: Limits
    rows: list[dict]
    balance: dict[str, dict]
    stratify: str | None  # extraction: the task.stratify field the balance counts
    balance_of: str | None  # the report's balance section: "class", "<field> value" or None


def _checks(project: Project, splits: dict, per_split: dict[str, list[TokenCount]]) -> Checks:
    """The contract's rules and inputs for the project's task.type (`tasks.lib.contract`)."""
    params = project.params
    task = params.task
    limits = Limits(
        labels=tuple(task.labels),
        max_length=params.train.max_length,
        max_truncated_share=params.quality.max_truncated_share,
        max_class_ratio=params.quality.max_class_ratio,
    )
    rows = record_rows(
        splits,
        per_split,
        system_prompt=task.system_prompt,
        pii_entities=rescan_entities(params.scrub_pii),
        answer=answer_rule(task, project.root),
        labels=task.type == "classification",
    )
    stratify = task.stratify if task.type == "extraction" else None
    if task.type == "classification":
        balance, balance_of = class_balance(splits, task.labels), "class"
    elif stratify is not None:
        balance, balance_of = class_balance(splits, key=stratum(stratify)), f"{stratify} value"
    else:
        balance, balance_of = class_balance(splits, key=None), None
    rules = rule_table(task.type, answer_format=task.format is not None)
    return Checks(task.type, rules, limits, rows, balance, stratify, balance_of)


@stage_task
def quality(project: Project) -> dict:
    """Check the split files against the data contract; write the quality folder or fail closed."""
    params = project.params
    task, qp = params.task, params.quality
    kind = qp.size_guidance or task.type
    splits = {name: read_records(project.split_path(name)) for name in SPLITS}
    per_split, cut = _count(project, splits)
    ids = {name: [r.get("id") for r in recs] for name, recs in splits.items()}
    stats = token_stats(ids, per_split, params.train.max_length)
    tokens = {k: v for k, v in stats.items() if k not in ("per_split", "examples")}
    # token_stats.json only: contract.json stays byte-identical with truncate none
    stats["truncate"] = {"how": params.train.truncate, "n_cut": sum(cut.values()), "per_split": cut}
    checks = _checks(project, splits, per_split)
    balance = checks.balance
    warnings = _size_warnings(balance, kind)

    with tempfile.TemporaryDirectory(prefix="ftpipe-gx-") as scratch:
        docs = Path(scratch) / DATA_DOCS
        result = run_contract(
            checks.rows, balance, checks.limits, docs_dir=docs, rules=checks.rules
        )
        contract = _contract_json(result, checks, kind, warnings, tokens)
        report_html = render_report(
            task_name=task.name,
            contract=result,
            balance=balance,
            tokens=tokens,
            warnings=warnings,
            upstream=read_upstream(project),
            balance_of=checks.balance_of,
        )
        files = {CONTRACT: contract, REPORT_HTML: report_html}
        if not result.success:
            lengths = {name: [c.total for c in counts] for name, counts in per_split.items()}
            _fail(project, result, docs, files, lengths)
        _write_folder(project.stage_dir("quality"), docs, {**files, TOKEN_STATS: stats})
    # a stale failure no longer applies
    shutil.rmtree(project.root / params.data.root / FAILED_DIR, ignore_errors=True)

    summary = _summary(result, balance, tokens, warnings)
    _artifact(summary, project.stage_dir("quality") / REPORT_HTML)
    return summary
