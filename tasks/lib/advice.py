"""Advice before (and after) spending on training: what the contenders table already says.

    ftpipe advise                  # right after the baseline stage
    advise(project, table)         # the same lines, in the evaluation report

- prompting is enough: the base model zero- or few-shot already reaches the floor
  (`register.min_metric`);
- a classic model wins: the TF-IDF model (or nearest answer) reaches the floor, or is as good as
  the best language model measured so far;
- too little data: the quality contract's size warnings for the task kind;
- knowledge injection: answers full of facts (numbers, names) the prompt does not contain
  (generation and extraction tasks) — fine-tuning teaches format and style, not reliable facts;
  retrieve them instead.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from typing import Any

from tasks.lib.io import read_json, read_records
from tasks.lib.project import CONTENDERS, CONTRACT, Project
from tasks.lib.records import label_of, prompt_messages

# facts: numbers, and capitalised words that do not start a sentence (names, places, products);
# a house style's own wording ("Hi there", "we'll update you") is not a fact to retrieve
_NUMBER = re.compile(r"\d[\d.,:/-]*")
_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][A-Za-z'-]+")
NOVEL_SHARE = 0.5  # median share of answer facts absent from the prompt that suggests retrieval


def novel_share(record: dict) -> float:
    """Share of the answer's facts (numbers, names) that the prompt never mentions."""
    prompt = " ".join(m["content"] for m in prompt_messages(record)).casefold()
    answer = label_of(record)
    facts = [f.casefold() for f in _NUMBER.findall(answer) + _NAME.findall(answer)]
    return sum(f not in prompt for f in facts) / len(facts) if facts else 0.0


def _score_lines(table: dict[str, Any], metric: str, floor: float) -> list[str]:
    lines = []
    bases = {n: table[n] for n in ("base", "base_few_shot") if n in table}
    llms = {n: row for n, row in table.items() if row["kind"] == "llm"}
    if bases and floor > 0:
        name, best = max(bases.items(), key=lambda kv: kv[1][metric])
        if best[metric] >= floor:
            lines.append(
                f"prompting is enough: {best['describe']} reaches {metric} {best[metric]:.3f} >= "
                f"the floor {floor:.3f} (register.min_metric) without any training"
            )
    classic = table.get("classic")
    if classic is not None and llms:
        name, best = max(llms.items(), key=lambda kv: kv[1][metric])
        if classic[metric] >= best[metric] or (floor > 0 and classic[metric] >= floor):
            lines.append(
                f"a classic model wins: {classic['describe']} reaches {metric} "
                f"{classic[metric]:.3f} (best language model so far: {name} {best[metric]:.3f}) "
                f"at {classic['latency']['p50_ms']:.1f} ms a request: ship it, or fix the data"
            )
    return lines


def advise(project: Project, table: dict[str, Any] | None = None) -> list[str]:
    """The advice lines for this project (empty: nothing to say). `table` defaults to baseline's
    contenders table."""
    p = project.params
    if table is None:
        table = read_json(project.stage_dir("baseline") / CONTENDERS)
    lines = _score_lines(table, p.register.metric, p.register.min_metric)
    contract = project.stage_dir("quality") / CONTRACT
    if contract.is_file():
        lines += [f"too little data: {w}" for w in read_json(contract).get("size_warnings", [])]
    if p.task.type != "classification":
        lines += _knowledge_lines(read_records(project.split_path("train")))
    return lines


def _knowledge_lines(train: Sequence[dict]) -> list[str]:
    if not train:
        return []
    share = statistics.median(novel_share(r) for r in train)
    if share <= NOVEL_SHARE:
        return []
    return [
        f"knowledge injection: a median {share:.0%} of the answers' numbers and names are not in "
        "the prompt; fine-tuning teaches format and style, not reliable facts: retrieve them "
        "(put the source text in the prompt) instead"
    ]
