"""The data contract: one row of facts per record, one rule table, a Great Expectations suite.

    rules = rule_table(task.type, answer_format=task.format is not None)
    rows = record_rows(splits, tokens, system_prompt=..., pii_entities=..., answer=check)
    balance = class_balance(splits, labels)            # or key=stratum(field), or key=None
    result = run_contract(rows, balance, Limits(...), docs_dir=folder, rules=rules)

Every rule is one row of a rule table (name, table, column, kind, notes, kwargs from the limits);
the suite holds one expectation per rule and split, built by a loop over the table, so a new rule
is one new row. The table depends on task.type (`rule_table`):

- every type: one system prompt that matches, no empty turn, no PII left, fits max_length;
- classification (`RULE_TABLE`): the answer is one of task.labels, every label in every split,
  largest / smallest label count <= quality.max_class_ratio;
- extraction: every answer is a JSON object meeting task.schema (`tasks.lib.answers`, the check
  validate runs). The distribution of the `task.stratify` field's values is reported (the
  class_balance section and chart), not enforced: a field's values are what the data holds, not
  a set the task defines, and split already stratified on them;
- generation: every answer is non-empty, and with task.format JSON / a full match of
  task.pattern (the check evaluate scores with).

The suite runs through a Checkpoint on an ephemeral context that renders Data Docs into our own
site only. Results use GX's SUMMARY format with no partial unexpected values: counts,
never a raw value, reach the results and Data Docs. Dataset sizes below the usual minimum for the
task kind are warnings (`size_warnings`), not rules.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from tasks.lib.json_text import field_value, segments
from tasks.lib.pii import find_pii
from tasks.lib.records import label_of
from tasks.lib.tokens import TokenCount

SITE = "ftpipe"  # our own Data Docs site (the ephemeral default writes to a temp folder)
SUITE = "ftpipe-data-contract"
RECORDS, BALANCE = "records", "class_balance"  # the two tables of the contract frame

# (minimum, good) dataset sizes by task kind, as warnings; classification counts per class.
# Rules of thumb, not measurements: OpenAI's fine-tuning guide asks for at least 10 examples and
# sees clear gains from 50-100; practitioner guides put style / format transfer at "a few
# hundred" (100-500), task specialisation at 500-2,000 and domain knowledge higher still.
SIZE_GUIDANCE: dict[str, tuple[int, int]] = {
    "style": (100, 500),
    "domain_qa": (500, 2000),
    "classification": (200, 1000),
    # an output format plus copying values out of the input: more than style (several fields to
    # get right per answer), less than domain knowledge (the facts are in the prompt)
    "extraction": (200, 1000),
    # free text in a voice / format: style transfer
    "generation": (100, 500),
    "code": (1000, 5000),
}
PER_CLASS = frozenset({"classification"})


# ---------------------------------------------------------------------------------------------
# The rule table
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """The params the rules compare against (field order = contract.json's "params" order)."""

    labels: tuple[str, ...]  # task.labels
    max_length: int  # train.max_length
    max_truncated_share: float  # quality.max_truncated_share
    max_class_ratio: float  # quality.max_class_ratio


Kind = Literal["between", "in_set"]
# kind -> the GX expectation class (great_expectations.expectations) it builds
EXPECTATIONS: dict[str, str] = {
    "between": "ExpectColumnValuesToBeBetween",
    "in_set": "ExpectColumnValuesToBeInSet",
}


@dataclass(frozen=True)
class Rule:
    """One rule of the contract: one expectation per split on `column` of `table`'s rows."""

    name: str
    table: Literal["records", "class_balance"]
    column: str
    kind: Kind
    notes: str  # what it means, in contract.json's "rules" and the Data Docs
    kwargs: Callable[[Limits], dict[str, Any]]  # the expectation's bounds / value set

    # 4 lines: a length count that runs to the next `def` also takes in the rule tables below
    def __post_init__(self) -> None:
        if self.kind not in EXPECTATIONS:
            raise ValueError(f"rule {self.name}: kind {self.kind!r} not in {list(EXPECTATIONS)}")
        if self.table not in (RECORDS, BALANCE):
            raise ValueError(f"rule {self.name}: table {self.table!r} not in {[RECORDS, BALANCE]}")


RULE_TABLE: tuple[Rule, ...] = (
    Rule(
        name="one_system_prompt",
        table=RECORDS,
        column="n_system",
        kind="between",
        notes="exactly one system message",
        kwargs=lambda lim: {"min_value": 1, "max_value": 1},
    ),
    Rule(
        name="system_prompt_matches",
        table=RECORDS,
        column="system_prompt_ok",
        kind="in_set",
        notes="the system message equals task.system_prompt",
        kwargs=lambda lim: {"value_set": [True]},
    ),
    Rule(
        name="labels_in_set",
        table=RECORDS,
        column="label",
        kind="in_set",
        notes="the final assistant answer is one of task.labels",
        kwargs=lambda lim: {"value_set": list(lim.labels)},
    ),
    Rule(
        name="non_empty_turns",
        table=RECORDS,
        column="min_content_len",
        kind="between",
        notes="no turn is empty or whitespace",
        kwargs=lambda lim: {"min_value": 1},
    ),
    Rule(
        name="no_pii_left",
        table=RECORDS,
        column="pii_found",
        kind="between",
        notes="no validated identifier (tasks.lib.pii) left in any turn",
        kwargs=lambda lim: {"min_value": 0, "max_value": 0},
    ),
    Rule(
        name="fits_max_length",
        table=RECORDS,
        column="n_tokens",
        kind="between",
        notes="conversation tokens <= train.max_length (mostly 1 - max_truncated_share)",
        kwargs=lambda lim: {"max_value": lim.max_length, "mostly": 1.0 - lim.max_truncated_share},
    ),
    Rule(
        name="every_label_present",
        table=BALANCE,
        column="smallest",
        kind="between",
        notes="every label of task.labels has at least one record",
        kwargs=lambda lim: {"min_value": 1},
    ),
    Rule(
        name="class_balance",
        table=BALANCE,
        column="class_ratio",
        kind="between",
        notes="largest / smallest label count <= quality.max_class_ratio",
        kwargs=lambda lim: {"min_value": 1, "max_value": lim.max_class_ratio},
    ),
)

# The answer rules of the other task types: `rule_table` puts them where labels_in_set stands.
ANSWER_RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        Rule(
            name="answers_meet_schema",
            table=RECORDS,
            column="answer_ok",
            kind="in_set",
            notes="the final assistant answer is a JSON object meeting task.schema",
            kwargs=lambda lim: {"value_set": [True]},
        ),
        Rule(
            name="answers_non_empty",
            table=RECORDS,
            column="answer_len",
            kind="between",
            notes="the final assistant answer is not empty or whitespace",
            kwargs=lambda lim: {"min_value": 1},
        ),
        Rule(
            name="answers_meet_format",
            table=RECORDS,
            column="answer_ok",
            kind="in_set",
            notes="the final assistant answer is JSON / a full match of task.pattern (task.format)",
            kwargs=lambda lim: {"value_set": [True]},
        ),
    )
}
CLASSIFICATION_ONLY = ("labels_in_set", "every_label_present", "class_balance")


def rule_table(task_type: str, *, answer_format: bool = False) -> tuple[Rule, ...]:
    """The contract's rules for `task_type` (classification: `RULE_TABLE`); `answer_format`:
    task.format is set (generation)."""
    if task_type == "classification":
        return RULE_TABLE
    if task_type == "extraction":
        answers = ["answers_meet_schema"]
    elif task_type == "generation":
        answers = ["answers_non_empty"] + (["answers_meet_format"] if answer_format else [])
    else:
        raise ValueError(f"no contract rules for task.type {task_type!r}")
    out: list[Rule] = []
    for rule in RULE_TABLE:
        if rule.name == "labels_in_set":
            out += [ANSWER_RULES[name] for name in answers]
        elif rule.name not in CLASSIFICATION_ONLY:
            out.append(rule)
    return tuple(out)


def rule_notes(rules: Sequence[Rule]) -> dict[str, str]:
    """rule -> what it means: contract.json's "rules"."""
    return {rule.name: rule.notes for rule in rules}


# classification's: contract.json's "rules"
RULES: dict[str, str] = rule_notes(RULE_TABLE)


# ---------------------------------------------------------------------------------------------
# The contract's inputs: one row per record, one row per split
# ---------------------------------------------------------------------------------------------


def record_rows(
    splits: dict[str, list[dict]],
    tokens: dict[str, list[TokenCount]],
    *,
    system_prompt: str,
    pii_entities: Sequence[str],
    answer: Callable[[str], tuple[str, str] | None] | None = None,
    labels: bool = True,
) -> list[dict]:
    """One row of facts per record: what the contract's expectations look at.

    `pii_found` counts the `pii_entities` detected again (see tasks.lib.pii.rescan_entities); a
    JSON turn is scanned inside its keys and values (`tasks.lib.json_text`). `label` (the final
    answer) only with `labels` (classification: a closed set, no free text in the frame);
    `answer_ok` (whether `answer` passes the final answer, `tasks.lib.answers.answer_rule`) and
    `answer_len` only without.
    """
    rows = []
    for name, records in splits.items():
        for rec, (n_tok, n_trained) in zip(records, tokens[name], strict=True):
            msgs = rec["messages"]
            systems = [m for m in msgs if m["role"] == "system"]
            final = label_of(rec)
            facts = (
                {"label": final}
                if labels
                else {
                    "answer_ok": answer is None or answer(final) is None,
                    "answer_len": len(final),
                }
            )
            rows.append(
                {
                    "split": name,
                    **facts,
                    "n_system": len(systems),
                    "system_prompt_ok": len(systems) == 1
                    and systems[0]["content"].strip() == system_prompt.strip(),
                    "min_content_len": min(len(m["content"].strip()) for m in msgs),
                    "n_tokens": n_tok,
                    "n_trained": n_trained,
                    "pii_found": sum(_pii_count(m["content"], pii_entities) for m in msgs),
                }
            )
    return rows


def _pii_count(text: str, entities: Sequence[str]) -> int:
    """Entities found in a turn; in a JSON turn, in its keys and values (each scanned after its
    key, as context, whose own findings do not count)."""
    return sum(
        1 for seg in segments(text) for f in find_pii(seg.text, entities) if f.end > seg.start
    )


def stratum(field: str) -> Callable[[dict], str]:
    """The split / balance key of an extraction record: `field` of its JSON answer
    (`tasks.lib.json_text.field_value`)."""
    return lambda rec: field_value(label_of(rec), field)


def class_balance(
    splits: dict[str, list[dict]],
    labels: Sequence[str] = (),
    *,
    key: Callable[[dict], str] | None = label_of,
) -> dict[str, dict]:
    """Per split: counts per key value and largest / smallest ratio.

    The key is the label (classification: `labels` order, zeros kept), a `stratum` (extraction
    with task.stratify: the values seen in any split, sorted, zeros kept) or None (no key: only
    the split size; label_counts is empty, smallest / largest / ratio None). The ratio is None
    when a value has no record in the split (infinite imbalance).
    """
    if key is None:
        return {
            name: {
                "n": len(recs),
                "label_counts": {},
                "smallest": None,
                "largest": None,
                "ratio": None,
            }
            for name, recs in splits.items()
        }
    counts = {name: Counter(key(r) for r in records) for name, records in splits.items()}
    values = list(labels) or sorted({v for c in counts.values() for v in c})
    out = {}
    for name, records in splits.items():
        label_counts = {value: counts[name].get(value, 0) for value in values}
        small, large = min(label_counts.values(), default=0), max(label_counts.values(), default=0)
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

    Sizes count all splits; for per-class guidance (classification) each key value is checked.
    """
    minimum, good = SIZE_GUIDANCE[kind]
    if kind in PER_CLASS and label_counts:  # no classes to count (no key): the total below
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


def contract_frame(rows: list[dict], balance: dict[str, dict]) -> Any:
    """One pandas table for the suite: record rows and one class-balance row per split.

    One table (told apart by the `table` column) so one Checkpoint run renders one Data Docs page.
    """
    import pandas as pd

    balance_rows = [
        {
            "table": BALANCE,
            "split": name,
            "smallest": b["smallest"],
            # inf (not NaN, which GX skips as missing) when a label has no record
            "class_ratio": b["ratio"] if b["ratio"] is not None else math.inf,
        }
        for name, b in balance.items()
        if b["smallest"] is not None  # no key (generation): no balance row
    ]
    return pd.DataFrame([{"table": RECORDS, **r} for r in rows] + balance_rows)


# ---------------------------------------------------------------------------------------------
# Great Expectations: suite, checkpoint, Data Docs
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContractResult:
    success: bool
    expectations: list[dict]  # {"rule", "split", "expectation", "column", "success", counts}

    @property
    def failed(self) -> list[dict]:
        return [e for e in self.expectations if not e["success"]]


def _expectations(split: str, limits: Limits, rules: Sequence[Rule] = RULE_TABLE) -> list[Any]:
    """The contract's expectations for one split: one per rule, on that rule's table's rows."""
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    out = []
    for rule in rules:
        expectation = getattr(gxe, EXPECTATIONS[rule.kind])
        out.append(
            expectation(
                column=rule.column,
                **rule.kwargs(limits),
                row_condition=(Column("split") == split) & (Column("table") == rule.table),
                meta={"rule": rule.name, "split": split, "notes": rule.notes},
            )
        )
    return out


def _context(docs_dir: str | Path) -> Any:
    """An ephemeral GX context whose only Data Docs site is `docs_dir` (no temp default site)."""
    import great_expectations as gx
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
    return gx.get_context(mode="ephemeral", project_config=config)


def _checkpoint(ctx: Any, splits: Sequence[str], limits: Limits, rules: Sequence[Rule]) -> Any:
    """The suite (every rule, every split) on the whole frame, in a Checkpoint that updates our
    Data Docs site; SUMMARY results with no partial unexpected values."""
    import great_expectations as gx
    from great_expectations.checkpoint import UpdateDataDocsAction

    batch = (
        ctx.data_sources.add_pandas("ftpipe")
        .add_dataframe_asset(RECORDS)
        .add_batch_definition_whole_dataframe("all")
    )
    suite = gx.ExpectationSuite(name=SUITE)
    for split in splits:
        for expectation in _expectations(split, limits, rules):
            suite.add_expectation(expectation)
    definition = ctx.validation_definitions.add(
        gx.ValidationDefinition(name="contract", data=batch, suite=ctx.suites.add(suite))
    )
    return ctx.checkpoints.add(
        gx.Checkpoint(
            name="ftpipe-quality",
            validation_definitions=[definition],
            actions=[UpdateDataDocsAction(name="data_docs", site_names=[SITE])],
            result_format={"result_format": "SUMMARY", "partial_unexpected_count": 0},
        )
    )


def _outcome(result: Any) -> dict:
    """One expectation's result as counts: rule, split, type, column, success, rows, unexpected."""
    cfg, res = result.expectation_config, result.result or {}
    return {
        "rule": cfg.meta["rule"],
        "split": cfg.meta["split"],
        "expectation": cfg.type,
        "column": cfg.kwargs.get("column"),
        "success": bool(result.success),
        "element_count": int(res.get("element_count", 0)),
        "unexpected_count": int(res.get("unexpected_count") or 0),
    }


def run_contract(
    rows: list[dict],
    balance: dict[str, dict],
    limits: Limits,
    *,
    docs_dir: str | Path,
    rules: Sequence[Rule] = RULE_TABLE,
) -> ContractResult:
    """Validate the record rows and the per-split balance with GX; render Data Docs to docs_dir.

    Args:
        rows: `record_rows` output.
        balance: `class_balance` output (its keys are the splits, in result order).
        limits: the params the rules compare against.
        docs_dir: the Data Docs site folder to write.
        rules: the rule table (RULE_TABLE; tests pass others).

    Returns:
        The verdict and one result per split and rule, ordered by split, then rule table order.
    """
    splits = list(balance)
    checkpoint = _checkpoint(_context(docs_dir), splits, limits, rules)
    run = checkpoint.run(batch_parameters={"dataframe": contract_frame(rows, balance)})
    expectations = [_outcome(r) for vr in run.run_results.values() for r in vr.results]
    order = {rule.name: i for i, rule in enumerate(rules)}
    expectations.sort(key=lambda e: (splits.index(e["split"]), order[e["rule"]]))
    return ContractResult(all(e["success"] for e in expectations), expectations)
