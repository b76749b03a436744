"""validate: check every input line against the record contract, normalize, assign ids.

    ftpipe stage validate          # under `dvc repro`
    validate.fn(project)           # in tests, without the Prefect engine

Reads `data.input` (then the generate stage's new examples, if any), writes
`<data.root>/validate/records.jsonl` + `report.json`. Fails closed: one
DataError naming file, line and rule for the first problem (the full list goes to the log), and
nothing is written. Messages never echo message content; role names and labels (closed sets) may
appear, truncated.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tasks.lib.answers import AnswerRule, answer_rule
from tasks.lib.errors import DataError, PipelineError
from tasks.lib.io import atomic_dir, iter_jsonl, write_json, write_jsonl
from tasks.lib.project import RECORDS, REPORT, Project
from tasks.lib.records import check_record, record_id
from tasks.lib.runtime import get_logger, stage_task


@dataclass(frozen=True)
class Issue:
    """One broken rule on one input line (no content, so it is safe to log)."""

    line: int
    rule: str
    reason: str


@dataclass
class ValidateResult:
    records: list[dict] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    n_system_added: int = 0
    n_generated: int = 0  # of the records, how many came from the generate stage


def normalize(messages: list[dict[str, str]], *, system_prompt: str) -> dict:
    """A valid record as every later stage sees it: id, task system prompt first, label stripped.

    The id hashes the messages as read, so an output row traces back to its input line.
    """
    rid = record_id(messages)
    turns = [{"role": m["role"], "content": m["content"]} for m in messages]
    if turns[0]["role"] == "system":
        turns = turns[1:]
    turns.insert(0, {"role": "system", "content": system_prompt})
    turns[-1]["content"] = turns[-1]["content"].strip()
    return {"id": rid, "messages": turns}


def validate_records(
    rows: Iterable[tuple[int, Any]],
    *,
    system_prompt: str,
    labels: Sequence[str],
    answer: AnswerRule | None = None,
) -> ValidateResult:
    """Check (line, parsed JSON) rows; keep normalized valid records and every issue.

    An input `id` key is accepted (so exported data can be fed back) but ignored: ids are always
    the hash of the messages, never trusted from the file.

    Args:
        rows: (line number, parsed JSON value) pairs, e.g. from `iter_jsonl`.
        system_prompt: `task.system_prompt`; present system messages must match it.
        labels: `task.labels`; the final assistant answer must be one of them.
        answer: for extraction / generation, the check of the final answer
            (`tasks.lib.answers.answer_rule`).
    """
    result = ValidateResult()
    for line, obj in rows:
        problem = check_record(obj, system_prompt=system_prompt, labels=labels, answer=answer)
        if problem is not None:
            result.issues.append(Issue(line, *problem))
            continue
        if obj["messages"][0]["role"] != "system":
            result.n_system_added += 1
        result.records.append(normalize(obj["messages"], system_prompt=system_prompt))
    return result


def summarize(result: ValidateResult, labels: Sequence[str]) -> dict:
    counts = Counter(rec["messages"][-1]["content"] for rec in result.records)
    ids = Counter(rec["id"] for rec in result.records)
    return {
        "n_records": len(result.records),
        "n_system_added": result.n_system_added,
        "n_generated": result.n_generated,
        # identical conversations are kept here; dedup removes them
        "n_repeated_ids": sum(n - 1 for n in ids.values()),
        "label_counts": {label: counts.get(label, 0) for label in labels},
    }


def _issue_list(path: Path, issues: list[Issue]) -> str:
    """Every issue as file, line and rule only, grouped by rule: one compact log line."""
    by_rule: dict[str, list[str]] = {}
    for issue in issues:
        by_rule.setdefault(issue.rule, []).append(str(issue.line))
    parts = "; ".join(f"[{rule}] lines {', '.join(lines)}" for rule, lines in by_rule.items())
    return f"{path}: {len(issues)} invalid record(s): {parts}"


@stage_task
def validate(project: Project) -> dict:
    """Validate `data.input` (then generate's new examples, if any) into the validate folder."""
    params = project.params
    path = project.input_path
    sources = [path]
    generated = project.stage_dir("generate") / RECORDS
    if generated.exists():
        sources.append(generated)
    result = ValidateResult()
    log = get_logger()
    answer = answer_rule(params.task, project.root)  # extraction: loads and checks task.schema
    for source in sources:
        part = validate_records(
            iter_jsonl(source),
            system_prompt=params.task.system_prompt,
            labels=params.task.labels,
            answer=answer,
        )
        if part.issues:
            if len(part.issues) > 1:  # the error names the first; the log lists them all
                log.error(_issue_list(source, part.issues))
            first, more = part.issues[0], len(part.issues) - 1
            reason = first.reason + (f" (and {more} more errors)" if more else "")
            raise DataError(source, first.line, first.rule, reason)
        result.records += part.records
        result.n_system_added += part.n_system_added
        if source == generated:
            result.n_generated = len(part.records)
    minimum = params.validate_.min_records
    if len(result.records) < minimum:
        raise PipelineError(
            f"{path}: {len(result.records)} valid record(s), fewer than validate.min_records "
            f"({minimum}); add data or lower validate.min_records"
        )
    summary = summarize(result, params.task.labels)
    with atomic_dir(project.stage_dir("validate")) as out:
        write_jsonl(out / RECORDS, result.records)
        write_json(out / REPORT, summary)
    log.info(
        "validate: %d records (%d system prompts added, %d repeated ids)%s",
        summary["n_records"],
        summary["n_system_added"],
        summary["n_repeated_ids"],
        f", labels {summary['label_counts']}" if params.task.labels else "",
    )
    return summary
