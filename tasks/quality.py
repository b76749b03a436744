"""quality: the data contract (Great Expectations) and a data quality report, before any training.

    ftpipe stage quality           # under `dvc repro`
    quality.fn(project)            # in tests, without the Prefect engine

Reads the split files and the upstream reports (validate, scrub_pii, dedup, split: whatever of
them exists). Counts tokens per example with the base model's tokenizer and chat template exactly
as train builds them (`tasks.lib.tokens.count_tokens` on `tasks.lib.prompts.sft_rows`), then
validates one row per record against the contract with a Great Expectations suite run through a
Checkpoint (Data Docs rendered into our own site):

    one_system_prompt, system_prompt_matches, labels_in_set, non_empty_turns, no_pii_left,
    fits_max_length (mostly 1 - quality.max_truncated_share), every_label_present, class_balance

each per split. Fails closed: a failed expectation raises DataError naming the expectation(s),
split(s) and counts (never values) and nothing is written to `<data.root>/quality/`; the failed
run's Data Docs and counts go to the side folder `<data.root>/quality_failed/` (outside DVC).

Writes `<data.root>/quality/`: contract.json (deterministic: same data + params, same bytes;
baseline and train depend on it alone), token_stats.json, report.html (self-contained, inline SVG
plots, no record text), data_docs/ (GX). Minimum dataset sizes by task kind are warnings only.
Results use GX's SUMMARY format with no partial unexpected values: no raw value reaches any file.
"""

from __future__ import annotations

import html
import io
import math
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tasks.lib.errors import DataError
from tasks.lib.io import atomic_dir, read_json, read_records, write_json
from tasks.lib.models import load_tokenizer
from tasks.lib.pii import find_pii, rescan_entities
from tasks.lib.project import AUDIT, CLUSTERS, CONTRACT, REPORT, SPLITS, Project
from tasks.lib.prompts import sft_rows
from tasks.lib.records import label_of
from tasks.lib.runtime import get_logger, in_prefect_run, stage_task
from tasks.lib.tokens import TokenCount, count_tokens, token_stats

TOKEN_STATS = "token_stats.json"
REPORT_HTML = "report.html"
DATA_DOCS = "data_docs"
FAILED_DIR = "quality_failed"  # <data.root>/quality_failed: Data Docs of a failed contract
ARTIFACT_KEY = "ftpipe-data-quality"  # Prefect artifact keys: lowercase, digits, dashes
SITE = "ftpipe"  # our own Data Docs site (the ephemeral default writes to a temp folder)
HIST_BINS = 20
SHOWN_IDS = 5  # ids of dedup clusters / leak pairs shown in the report
_ID = re.compile(r"[0-9a-f]{8,64}")  # record ids (sha256 prefixes): safe to show, unlike text

# (minimum, good) dataset sizes by task kind; classification counts per class.
SIZE_GUIDANCE: dict[str, tuple[int, int]] = {
    "style": (100, 500),
    "domain_qa": (500, 2000),
    "classification": (200, 1000),
    "extraction": (500, 2000),  # treated like domain_qa
    "code": (1000, 5000),
}
PER_CLASS = frozenset({"classification"})

# rule -> (record column, what it means); the suite below is built from this one table
RULES: dict[str, str] = {
    "one_system_prompt": "exactly one system message",
    "system_prompt_matches": "the system message equals task.system_prompt",
    "labels_in_set": "the final assistant answer is one of task.labels",
    "non_empty_turns": "no turn is empty or whitespace",
    "no_pii_left": "no validated identifier (tasks.lib.pii) left in any turn",
    "fits_max_length": "conversation tokens <= train.max_length (mostly 1 - max_truncated_share)",
    "every_label_present": "every label of task.labels has at least one record",
    "class_balance": "largest / smallest label count <= quality.max_class_ratio",
}


# ---------------------------------------------------------------------------------------------
# The contract's inputs: one row per record, one row per split
# ---------------------------------------------------------------------------------------------


def record_rows(
    splits: dict[str, list[dict]],
    tokens: dict[str, list[TokenCount]],
    *,
    system_prompt: str,
    pii_entities: Sequence[str],
) -> list[dict]:
    """One row of facts per record (no text): what the contract's expectations look at.

    `pii_found` counts the `pii_entities` detected again (see tasks.lib.pii.rescan_entities).
    """
    rows = []
    for name, records in splits.items():
        for rec, (n_tok, n_trained) in zip(records, tokens[name], strict=True):
            msgs = rec["messages"]
            systems = [m for m in msgs if m["role"] == "system"]
            rows.append(
                {
                    "split": name,
                    "label": label_of(rec),
                    "n_system": len(systems),
                    "system_prompt_ok": len(systems) == 1
                    and systems[0]["content"].strip() == system_prompt.strip(),
                    "min_content_len": min(len(m["content"].strip()) for m in msgs),
                    "n_tokens": n_tok,
                    "n_trained": n_trained,
                    "pii_found": sum(len(find_pii(m["content"], pii_entities)) for m in msgs),
                }
            )
    return rows


def class_balance(splits: dict[str, list[dict]], labels: Sequence[str]) -> dict[str, dict]:
    """Per split: label counts (task.labels order, zeros kept) and largest / smallest ratio.

    The ratio is None when a label has no record (infinite imbalance).
    """
    out = {}
    for name, records in splits.items():
        counts = Counter(label_of(r) for r in records)
        label_counts = {label: counts.get(label, 0) for label in labels}
        small, large = min(label_counts.values()), max(label_counts.values())
        out[name] = {
            "n": len(records),
            "label_counts": label_counts,
            "smallest": small,
            "largest": large,
            "ratio": round(large / small, 6) if small else None,
        }
    return out


def size_warnings(n_records: int, label_counts: dict[str, int], kind: str) -> list[str]:
    """Dataset size below the usual minimum / good size for this task kind (warnings only).

    Sizes count all splits; for classification each label is checked (per class guidance).
    """
    minimum, good = SIZE_GUIDANCE[kind]
    if kind in PER_CLASS:
        found = []
        for level, lo, hi in (
            ("below the minimum", 0, minimum),
            ("below the good size", minimum, good),
        ):
            small = {lab: n for lab, n in label_counts.items() if lo <= n < hi}
            if small:
                listed = ", ".join(f"{lab} {n}" for lab, n in small.items())
                found.append(
                    f"{len(small)} of {len(label_counts)} labels {level} for {kind} "
                    f"({minimum} per class minimum, {good}+ good): {listed}"
                )
        return found
    if n_records < good:
        level = "below the minimum" if n_records < minimum else "below the good size"
        return [f"{n_records} examples, {level} for {kind} ({minimum} minimum, {good}+ good)"]
    return []


# ---------------------------------------------------------------------------------------------
# Great Expectations: suite, checkpoint, Data Docs
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContractResult:
    success: bool
    expectations: list[dict]  # {"rule", "split", "type", "success", "element_count", ...}

    @property
    def failed(self) -> list[dict]:
        return [e for e in self.expectations if not e["success"]]


def _expectations(
    split: str, *, labels: Sequence[str], max_length: int, mostly: float, max_ratio: float
) -> list[Any]:
    """The contract's expectations for one split: on its record rows, then its balance row."""
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    def meta(rule: str) -> dict:
        return {"rule": rule, "split": split, "notes": RULES[rule]}

    records = (Column("split") == split) & (Column("table") == "records")
    balance = (Column("split") == split) & (Column("table") == "class_balance")
    between = gxe.ExpectColumnValuesToBeBetween
    in_set = gxe.ExpectColumnValuesToBeInSet
    return [
        between(
            column="n_system",
            min_value=1,
            max_value=1,
            row_condition=records,
            meta=meta("one_system_prompt"),
        ),
        in_set(
            column="system_prompt_ok",
            value_set=[True],
            row_condition=records,
            meta=meta("system_prompt_matches"),
        ),
        in_set(
            column="label",
            value_set=list(labels),
            row_condition=records,
            meta=meta("labels_in_set"),
        ),
        between(
            column="min_content_len",
            min_value=1,
            row_condition=records,
            meta=meta("non_empty_turns"),
        ),
        between(
            column="pii_found",
            min_value=0,
            max_value=0,
            row_condition=records,
            meta=meta("no_pii_left"),
        ),
        between(
            column="n_tokens",
            max_value=max_length,
            mostly=mostly,
            row_condition=records,
            meta=meta("fits_max_length"),
        ),
        between(
            column="smallest",
            min_value=1,
            row_condition=balance,
            meta=meta("every_label_present"),
        ),
        between(
            column="class_ratio",
            min_value=1,
            max_value=max_ratio,
            row_condition=balance,
            meta=meta("class_balance"),
        ),
    ]


def contract_frame(rows: list[dict], balance: dict[str, dict]) -> Any:
    """One pandas table for the suite: record rows and one class-balance row per split.

    One table (told apart by the `table` column) so one Checkpoint run renders one Data Docs page.
    """
    import pandas as pd

    balance_rows = [
        {
            "table": "class_balance",
            "split": name,
            "smallest": b["smallest"],
            # inf (not NaN, which GX skips as missing) when a label has no record
            "class_ratio": b["ratio"] if b["ratio"] is not None else math.inf,
        }
        for name, b in balance.items()
    ]
    return pd.DataFrame([{"table": "records", **r} for r in rows] + balance_rows)


def run_contract(
    rows: list[dict],
    balance: dict[str, dict],
    *,
    labels: Sequence[str],
    max_length: int,
    max_truncated_share: float,
    max_class_ratio: float,
    docs_dir: str | Path,
) -> ContractResult:
    """Validate the record rows and the per-split balance with GX; render Data Docs to docs_dir.

    Ephemeral context with our own site only (no temp default site), run through a Checkpoint
    so Data Docs show the results. SUMMARY results with no partial unexpected values: results
    and Data Docs carry counts, never values.

    Args:
        rows: `record_rows` output.
        balance: `class_balance` output (its keys are the splits).
        labels: `task.labels`.
        max_length: `train.max_length`.
        max_truncated_share: `quality.max_truncated_share` (mostly = 1 - this).
        max_class_ratio: `quality.max_class_ratio`.
        docs_dir: the Data Docs site folder to write.
    """
    import great_expectations as gx
    from great_expectations.checkpoint import UpdateDataDocsAction
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    site = {
        "class_name": "SiteBuilder",
        "show_how_to_buttons": False,
        "store_backend": {
            "class_name": "TupleFilesystemStoreBackend",
            "base_directory": str(docs_dir),
        },
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    }
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        data_docs_sites={SITE: site},
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
    )
    ctx = gx.get_context(mode="ephemeral", project_config=config)
    batch = (
        ctx.data_sources.add_pandas("ftpipe")
        .add_dataframe_asset("records")
        .add_batch_definition_whole_dataframe("all")
    )
    splits = list(balance)
    suite = gx.ExpectationSuite(name="ftpipe-data-contract")
    for split in splits:
        for expectation in _expectations(
            split,
            labels=labels,
            max_length=max_length,
            mostly=1.0 - max_truncated_share,
            max_ratio=max_class_ratio,
        ):
            suite.add_expectation(expectation)
    suite = ctx.suites.add(suite)
    definition = ctx.validation_definitions.add(
        gx.ValidationDefinition(name="contract", data=batch, suite=suite)
    )
    checkpoint = ctx.checkpoints.add(
        gx.Checkpoint(
            name="ftpipe-quality",
            validation_definitions=[definition],
            actions=[UpdateDataDocsAction(name="data_docs", site_names=[SITE])],
            result_format={"result_format": "SUMMARY", "partial_unexpected_count": 0},
        )
    )
    run = checkpoint.run(batch_parameters={"dataframe": contract_frame(rows, balance)})
    expectations: list[dict] = []
    for vr in run.run_results.values():
        for r in vr.results:
            cfg, res = r.expectation_config, r.result or {}
            expectations.append(
                {
                    "rule": cfg.meta["rule"],
                    "split": cfg.meta["split"],
                    "expectation": cfg.type,
                    "column": cfg.kwargs.get("column"),
                    "success": bool(r.success),
                    "element_count": int(res.get("element_count", 0)),
                    "unexpected_count": int(res.get("unexpected_count") or 0),
                }
            )
    order = {rule: i for i, rule in enumerate(RULES)}
    expectations.sort(key=lambda e: (splits.index(e["split"]), order[e["rule"]]))
    return ContractResult(all(e["success"] for e in expectations), expectations)


# ---------------------------------------------------------------------------------------------
# Report: one self-contained HTML page (inline SVG), counts and ids only
# ---------------------------------------------------------------------------------------------


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    text = buf.getvalue()
    return text[text.index("<svg") :]  # drop the XML prolog and doctype: inline in HTML


def _figure(width: float, height: float) -> tuple[Any, Any]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)  # no pyplot: no global state
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


def plot_class_balance(balance: dict[str, dict]) -> str:
    fig, ax = _figure(7, 3.2)
    splits = list(balance)
    labels = list(next(iter(balance.values()))["label_counts"]) if balance else []
    width = 0.8 / max(1, len(splits))
    for i, name in enumerate(splits):
        counts = [balance[name]["label_counts"][lab] for lab in labels]
        ax.bar([j + i * width for j in range(len(labels))], counts, width, label=name)
    ax.set_xticks([j + width * (len(splits) - 1) / 2 for j in range(len(labels))], labels)
    ax.tick_params(axis="x", labelrotation=30)
    ax.set_ylabel("records")
    ax.set_title("class balance per split")
    ax.legend()
    fig.tight_layout()
    return _svg(fig)


def plot_token_histogram(summary: dict) -> str:
    fig, ax = _figure(7, 3.2)
    edges, counts = summary["histogram"]["edges"], summary["histogram"]["counts"]
    ax.bar(edges[:-1], counts, width=edges[1] - edges[0], align="edge", edgecolor="white")
    ax.axvline(summary["max_length"], color="red", linestyle="--", label="train.max_length")
    ax.set_xlabel("tokens per example (prompt + completion)")
    ax.set_ylabel("examples")
    ax.set_title("token length histogram")
    ax.legend()
    fig.tight_layout()
    return _svg(fig)


def plot_pii_counts(counts: dict[str, int]) -> str:
    fig, ax = _figure(5, 2.6)
    ax.bar(list(counts), list(counts.values()))
    ax.set_ylabel("replaced")
    ax.set_title("PII replaced by scrub_pii, by type")
    fig.tight_layout()
    return _svg(fig)


def _esc(value: Any) -> str:
    return html.escape(str(value))


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _numbers(d: Any) -> list[tuple[str, Any]]:
    """Scalar numbers (and list lengths) of a report section: never strings from the data."""
    if not isinstance(d, dict):
        return []
    out = []
    for k, v in d.items():
        if isinstance(v, bool | int | float):
            out.append((str(k), v))
        elif isinstance(v, list | dict):
            out.append((f"{k} (count)", len(v)))
    return out


def _ids_only(value: Any) -> str:
    """A sample row of ids and scores; anything that is not an id-like token or number is cut."""
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    shown = [
        str(v)
        for v in items
        if (isinstance(v, int | float) and not isinstance(v, bool))
        or (isinstance(v, str) and _ID.fullmatch(v))
    ]
    return " ~ ".join(shown)


def _leakage(leakage: Any) -> list[str]:
    """split's leakage section: totals, then per pair of splits the count, max score, samples."""
    out = [_table(["count", "value"], _numbers(leakage))]
    pairs = leakage.get("pairs") if isinstance(leakage, dict) else None
    if isinstance(pairs, dict) and pairs:
        rows = []
        for key, group in sorted(pairs.items()):
            if not isinstance(group, dict):
                continue
            sample = group.get("sample") if isinstance(group.get("sample"), list) else []
            rows.append(
                (
                    key,
                    group.get("n", ""),
                    group.get("max_score", ""),
                    "; ".join(_ids_only(x) for x in sample[:SHOWN_IDS]),
                )
            )
        out.append(_table(["splits", "pairs", "max score", "sample (ids ~ score)"], rows))
    return out


def render_report(
    *,
    task_name: str,
    contract: ContractResult,
    balance: dict[str, dict],
    tokens: dict,
    warnings: list[str],
    upstream: dict[str, Any],
) -> str:
    """The data quality report as one HTML page: counts, ids and plots, never record text."""
    sections = [
        "<h2>Data contract</h2>",
        f"<p>Result: <b>{'PASSED' if contract.success else 'FAILED'}</b></p>",
        _table(
            ["rule", "split", "success", "rows", "unexpected"],
            [
                (e["rule"], e["split"], e["success"], e["element_count"], e["unexpected_count"])
                for e in contract.expectations
            ],
        ),
        "<h2>Class balance</h2>",
        plot_class_balance(balance),
        _table(
            ["split", "records", "largest / smallest"],
            [(name, b["n"], b["ratio"]) for name, b in balance.items()],
        ),
        "<h2>Token lengths</h2>",
        plot_token_histogram(tokens),
        _table(
            ["examples", "median", "p95", "max", "over max_length", "trained share"],
            [
                (
                    tokens["n_examples"],
                    tokens["median"],
                    tokens["p95"],
                    tokens["max"],
                    tokens["n_over_max_length"],
                    tokens["trained_share"],
                )
            ],
        ),
        "<h2>Dataset size</h2>",
        "<ul>" + "".join(f"<li>{_esc(w)}</li>" for w in warnings) + "</ul>"
        if warnings
        else "<p>No size warnings.</p>",
    ]
    validate = upstream.get("validate")
    if isinstance(validate, dict):
        sections += ["<h2>Validation</h2>", _table(["count", "value"], _numbers(validate))]
    dedup, clusters = upstream.get("dedup"), upstream.get("clusters")
    if isinstance(dedup, dict) or isinstance(clusters, dict):
        sections.append("<h2>Duplicates (dedup)</h2>")
        sections.append(_table(["count", "value"], _numbers(dedup)))
        if isinstance(clusters, dict):
            n_dropped = sum(len(v) for v in clusters.values() if isinstance(v, list))
            sections.append(
                f"<p>{len(clusters)} duplicate cluster(s), {n_dropped} record(s) dropped.</p>"
            )
            sample = [
                (kept, _ids_only(dropped[:SHOWN_IDS]))
                for kept, dropped in sorted(clusters.items())[:SHOWN_IDS]
                if isinstance(dropped, list) and _ID.fullmatch(kept)
            ]
            sections.append(_table(["kept id", "dropped ids"], sample))
        pairs = dedup.get("sample_pairs") if isinstance(dedup, dict) else None
        if isinstance(pairs, list) and pairs:
            rows = [(_ids_only(p),) for p in pairs[:SHOWN_IDS]]
            sections.append(_table(["sample near-duplicate pair (id ~ id ~ score)"], rows))
    split = upstream.get("split")
    if isinstance(split, dict) and "leakage" in split:
        sections += ["<h2>Leakage (split)</h2>", *_leakage(split["leakage"])]
    audit = upstream.get("audit")
    if isinstance(audit, dict) and isinstance(audit.get("counts"), dict):
        counts = {str(k): int(v) for k, v in audit["counts"].items() if isinstance(v, int)}
        sections += [
            "<h2>PII (scrub_pii)</h2>",
            plot_pii_counts(counts),
            f"<p>{_esc(audit.get('n_records_changed', '?'))} of "
            f"{_esc(audit.get('n_records', '?'))} records changed, "
            f"{_esc(audit.get('n_records_dropped', 0))} dropped; re-scan: "
            f"{_esc((audit.get('rescan') or {}).get('validated_left', '?'))} validated "
            "identifiers left.</p>",
        ]
        by_split = split.get("pii") if isinstance(split, dict) else None
        if isinstance(by_split, dict) and by_split:
            kinds = sorted({k for c in by_split.values() for k in c if k != "records"})
            rows = [
                (name, c.get("records", 0), *(c.get(k, 0) for k in kinds))
                for name, c in by_split.items()
                if isinstance(c, dict)
            ]
            sections.append(_table(["split", "records with PII", *kinds], rows))
    sections += [
        f'<p>Great Expectations Data Docs: <a href="{DATA_DOCS}/index.html">'
        f"{DATA_DOCS}/index.html</a></p>"
    ]
    style = (
        "body{font-family:sans-serif;max-width:60em;margin:2em auto}"
        "table{border-collapse:collapse;margin:.5em 0}"
        "td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}"
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'>"
        f"<title>Data quality: {_esc(task_name)}</title><style>{style}</style></head><body>"
        f"<h1>Data quality: {_esc(task_name)}</h1>" + "\n".join(sections) + "</body></html>\n"
    )


# ---------------------------------------------------------------------------------------------
# Stage
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


def _write_folder(path: Path, docs: Path, files: dict[str, Any]) -> None:
    """The whole output folder at once (atomic_dir): Data Docs plus JSON / HTML files."""
    with atomic_dir(path) as out:
        shutil.copytree(docs, out / DATA_DOCS)
        for name, content in files.items():
            if isinstance(content, str):
                (out / name).write_text(content, encoding="utf-8")
            else:
                write_json(out / name, content)


def _read_optional(path: Path) -> Any:
    try:
        return read_json(path)
    except (OSError, ValueError):
        return None


def _failure_message(failed: list[dict]) -> str:
    parts = [
        f"{e['rule']} [{e['split']}]: {e['unexpected_count']} of {e['element_count']} rows"
        for e in failed
    ]
    return "data contract failed: " + "; ".join(parts)


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


@stage_task
def quality(project: Project) -> dict:
    """Check the split files against the data contract; write the quality folder or fail closed."""
    log = get_logger()
    params = project.params
    task, qp = params.task, params.quality
    max_length = params.train.max_length
    splits = {name: read_records(project.split_path(name)) for name in SPLITS}

    tok = load_tokenizer(task.base_model, root=project.root)
    per_split = {
        name: count_tokens(tok, sft_rows(recs, task.system_prompt)) for name, recs in splits.items()
    }
    ids = {name: [r.get("id") for r in recs] for name, recs in splits.items()}
    stats = token_stats(ids, per_split, max_length)
    tokens = {k: v for k, v in stats.items() if k not in ("per_split", "examples")}
    rows = record_rows(
        splits,
        per_split,
        system_prompt=task.system_prompt,
        pii_entities=rescan_entities(project.params.scrub_pii),
    )
    balance = class_balance(splits, task.labels)

    kind = qp.size_guidance or task.type
    totals = Counter(label_of(r) for recs in splits.values() for r in recs)
    warnings = size_warnings(
        sum(map(len, splits.values())), {lab: totals.get(lab, 0) for lab in task.labels}, kind
    )
    for w in warnings:
        log.warning("quality: dataset size: %s", w)

    data = project.root / params.data.root
    with tempfile.TemporaryDirectory(prefix="ftpipe-gx-") as scratch:
        docs = Path(scratch) / DATA_DOCS
        result = run_contract(
            rows,
            balance,
            labels=task.labels,
            max_length=max_length,
            max_truncated_share=qp.max_truncated_share,
            max_class_ratio=qp.max_class_ratio,
            docs_dir=docs,
        )
        contract = {
            "success": result.success,
            "rules": RULES,
            "params": {
                "labels": list(task.labels),
                "max_length": max_length,
                "max_truncated_share": qp.max_truncated_share,
                "max_class_ratio": qp.max_class_ratio,
                "size_guidance": kind,
            },
            "expectations": result.expectations,
            "class_balance": balance,
            "size_warnings": warnings,
            "tokens": {k: v for k, v in tokens.items() if k != "histogram"},
        }
        report_html = render_report(
            task_name=task.name,
            contract=result,
            balance=balance,
            tokens=tokens,
            warnings=warnings,
            upstream=read_upstream(project),
        )
        files = {CONTRACT: contract, REPORT_HTML: report_html}
        if not result.success:
            failed_dir = data / FAILED_DIR
            _write_folder(failed_dir, docs, files)
            first = result.failed[0]["split"]
            raise DataError(
                project.split_path(first),
                None,
                "contract",
                f"{_failure_message(result.failed)}; nothing written to "
                f"{project.stage_dir('quality')}; Data Docs of the failed run in "
                f"{failed_dir / DATA_DOCS / 'index.html'}",
            )
        files[TOKEN_STATS] = stats
        _write_folder(project.stage_dir("quality"), docs, files)
    shutil.rmtree(data / FAILED_DIR, ignore_errors=True)  # a stale failure no longer applies

    summary = {
        "contract": "passed",
        "expectations": len(result.expectations),
        "n_records": tokens["n_examples"],
        "max_class_ratio": max((b["ratio"] or 0) for b in balance.values()),
        "over_max_length": tokens["n_over_max_length"],
        "trained_share": tokens["trained_share"],
        "size_warnings": warnings,
    }
    log.info(
        "quality: contract passed (%d expectations) on %d records; class ratio %s, "
        "%d over max_length %d, %.1f%% of tokens trained on, %d size warning(s)",
        summary["expectations"],
        summary["n_records"],
        summary["max_class_ratio"],
        summary["over_max_length"],
        max_length,
        100 * tokens["trained_share"],
        len(warnings),
    )
    _artifact(summary, project.stage_dir("quality") / REPORT_HTML)
    return summary
