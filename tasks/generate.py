"""generate: grow the seed examples with an LLM, without ever losing or repeating a paid call.

    ftpipe stage generate          # under `dvc repro` (first stage; validate reads its output)
    generate.fn(project)           # in tests, without the Prefect engine

Seeds are `data.input`. With `generate.provider: none` (the default) nothing is generated and
validate reads only the seeds. Otherwise `generate.n_examples` requests (a few seeds shown each
time) go to OpenAI, Anthropic or a local model (tasks/lib/providers.py), and the new examples go
to `<data.root>/generate/records.jsonl`, which validate reads after the seeds.

- Every task.type (tasks/lib/answers.py has each one's answer contract):
  classification asks for `{"user", "label"}`, labels round-robin, showing seeds of the asked
  label; extraction for `{"user", "answer": <a JSON object meeting task.schema>}` (the schema is
  in the prompt); generation for `{"user", "answer": "<text>"}` (meeting task.format when set).
  The default `generate.prompt` is classification's ({labels} {label}); left at it, extraction
  and generation use DEFAULT_ANSWER_PROMPT, whose {answer_spec} says what the answer is. A prompt
  field the type does not fill is refused in one line.
- Every answer must parse and pass the record contract (tasks/lib/records.py `check_record`:
  label in the set, schema met, format met, non-empty...). A malformed answer is recorded with
  its reason and retried up to `max_attempts`; it is never silently dropped: the report counts
  reasons.
- The calls (tasks/lib/calls.py, shared with the LLM judge): bounded concurrency (asyncio), a
  requests- and tokens-per-minute limit that spaces requests evenly, and the SDKs' own retries
  (429 with retry-after, 5xx, network; `max_retries`).
- The ledger (`generate.ledger`, kept across runs, outside DVC outputs) gets one fsync'd JSON line
  per finished call, keyed by a request id hashed from what is sent. A rerun after a crash or kill
  replays it: a request that completed is never sent again, and nothing is written twice.
- Cost: tokens in/out per call priced from `generate.prices`; `budget_usd` caps the ledger's total
  spend: no new request starts once it is reached, and what was paid for is kept.
- New examples are deduplicated against each other and the seeds with the dedup stage's core
  (tasks/lib/near_dup.py) and params; diversity (distinct n-grams) and label counts vs the
  target (classification) go to the report.
- `review.judge_provider`, a second model that labels every new example, is classification-only:
  with another task.type the stage refuses it in one line (people still review a sample).
- Human review: a random `review.fraction` of the new examples goes to `review.marks` (CSV) with an
  empty `correct` column. The stage fails until every row is marked (y/n); then the error rate must
  be at most `review.max_error_rate`, or it fails and says to regenerate with a better prompt.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import json
import math
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tasks.lib.answers import AnswerRule, answer_rule, load_schema
from tasks.lib.calls import Ledger, Request, RunResult, request_key, run_calls
from tasks.lib.errors import DataError, ParamsError
from tasks.lib.io import atomic_dir, atomic_file, iter_jsonl, write_json, write_jsonl
from tasks.lib.near_dup import NearDup, dedup_records
from tasks.lib.params import DEFAULT_GENERATE_PROMPT, GenerateParams, TaskParams
from tasks.lib.project import RECORDS, REPORT, Project
from tasks.lib.providers import make_provider
from tasks.lib.records import check_record, label_of, record_id, user_text
from tasks.lib.runtime import get_logger, stage_task

REVIEW_RULE = "review"
_FIELD = re.compile(r"\{(system_prompt|labels|label|answer_spec|examples|message)\}")


# --- requests --------------------------------------------------------------------------------
# extraction and generation: the default prompt when generate.prompt is left at its
# (classification) default; {answer_spec} says what the answer is (a schema, a format)
DEFAULT_ANSWER_PROMPT = """\
Write one new, realistic example for a dataset. The model being trained gets these instructions:
{system_prompt}

{answer_spec}
Here are existing examples; write something different in wording, details and length:
{examples}

Answer with only a JSON object: {"user": "<the user's message>", "answer": <the model's answer>}"""
# the fields each kind of task fills in generate.prompt
PROMPT_FIELDS = {
    "classification": ("system_prompt", "labels", "label", "examples"),
    "answer": ("system_prompt", "answer_spec", "examples"),  # extraction, generation
}


def render(template: str, **fields: str) -> str:
    """Fill {system_prompt} {labels} {label} {answer_spec} {examples}; other braces (JSON) stay as
    they are."""
    return _FIELD.sub(lambda m: fields[m[1]], template)


def prompt_for(params: GenerateParams, kind: str = "classification") -> str:
    """generate.prompt, or DEFAULT_ANSWER_PROMPT for extraction and generation when it is left at
    its default; a field the task type does not fill is a ParamsError."""
    prompt = params.prompt
    if kind != "classification" and prompt == DEFAULT_GENERATE_PROMPT:
        prompt = DEFAULT_ANSWER_PROMPT
    allowed = PROMPT_FIELDS["classification" if kind == "classification" else "answer"]
    wrong = sorted({m[1] for m in _FIELD.finditer(prompt)} - set(allowed))
    if wrong:
        fields = " ".join(f"{{{f}}}" for f in allowed)
        raise ParamsError(
            f"generate.prompt uses {{{wrong[0]}}}, which task.type {kind} does not fill "
            f"(it fills {fields})"
        )
    return prompt


def answer_spec(task: TaskParams, root: Path) -> str:
    """What the answer of an extraction or generation example is, for the prompt."""
    if task.type == "extraction":
        schema = json.dumps(load_schema(task, root), ensure_ascii=False)
        return (
            "The model's answer is a JSON object that meets this JSON Schema:\n"
            f'{schema}\nIn your JSON, "answer" is that object.'
        )
    shape = {
        None: "",
        "json": ", itself valid JSON",
        "regex": f", matching this regular expression in full: {task.pattern}",
    }[task.format]
    return f'The model\'s answer is text{shape}. In your JSON, "answer" is that text, as a string.'


def _shown_answer(record: dict, kind: str) -> Any:
    """A seed's answer as the new examples should give it: a JSON object for extraction."""
    text = label_of(record)
    if kind == "extraction":
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return text
    return text


def plan_requests(
    seeds: Sequence[dict],
    *,
    n: int,
    labels: Sequence[str],
    system_prompt: str,
    params: GenerateParams,
    kind: str = "classification",
    spec: str = "",
) -> list[Request]:
    """The n requests, deterministic in the seeds and params (so their ids are stable).

    Classification asks for the labels round-robin, showing seeds of the asked label; the other
    kinds (`spec`: `answer_spec`) show seeds drawn from all of them.
    """
    classify = kind == "classification"
    by_label: dict[str, list[dict]] = {}
    for rec in seeds:
        by_label.setdefault(label_of(rec) if classify else "", []).append(rec)
    prompt = prompt_for(params, kind)
    out = []
    for i in range(n):
        label = labels[i % len(labels)] if classify else ""
        rng = random.Random(f"{params.seed}:{i}")
        pool = by_label.get(label) or list(seeds)
        shown = rng.sample(pool, min(params.few_shot, len(pool)))
        key = "label" if classify else "answer"
        examples = "\n".join(
            json.dumps({"user": user_text(r), key: _shown_answer(r, kind)}, ensure_ascii=False)
            for r in shown
        )
        fields = {"system_prompt": system_prompt, "examples": examples}
        fields |= (
            {"labels": ", ".join(labels), "label": label} if classify else {"answer_spec": spec}
        )
        messages = [{"role": "user", "content": render(prompt, **fields)}]
        rid = request_key(
            params.provider, params.model, params.temperature, params.max_tokens, messages, i
        )
        out.append(Request(i, label, rid, messages))
    return out


_JSON_OBJECT = re.compile(r"\{.*\}", re.S)


def _answer_text(obj: dict, kind: str) -> str | None:
    """The final assistant turn from a parsed answer: the label, the JSON object (extraction, as
    compact JSON text) or the text (generation; a JSON value given for it is kept as JSON text)."""
    value = obj.get("label" if kind == "classification" else "answer")
    if isinstance(value, str):
        return value.strip()
    if kind == "extraction" and isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if kind == "generation" and isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return None


def parse_answer(
    text: str,
    *,
    system_prompt: str,
    labels: Sequence[str],
    expected_label: str | None = None,
    kind: str = "classification",
    answer: AnswerRule | None = None,
) -> tuple[dict | None, str | None]:
    """(record, None) for a usable answer, else (None, reason). Reasons are closed words: the
    record contract's rules, and `answer`'s (tasks/lib/answers.py: answer_json, answer_schema,
    answer_format) for extraction and generation."""
    m = _JSON_OBJECT.search(text)
    if not m:
        return None, "no_json"
    try:
        obj = json.loads(m[0])
    except json.JSONDecodeError:
        return None, "bad_json"
    if not isinstance(obj, dict) or not isinstance(obj.get("user"), str):
        return None, "schema"
    content = _answer_text(obj, kind)
    if content is None:
        return None, "schema"
    record = {
        "messages": [
            {"role": "system", "content": system_prompt},
            {"role": "user", "content": obj["user"].strip()},
            {"role": "assistant", "content": content},
        ]
    }
    problem = check_record(record, system_prompt=system_prompt, labels=labels, answer=answer)
    if problem:
        return None, problem[0]
    if expected_label is not None and content != expected_label:
        return None, "wrong_label"
    return record, None


def example_parser(
    kind: str, system_prompt: str, labels: Sequence[str], answer: AnswerRule | None
) -> Callable[[str, Request], tuple[dict | None, str | None]]:
    """`parse(text, request)` for new examples of the task's kind (classification: the label the
    request asked for)."""

    def parse(text: str, req: Request) -> tuple[dict | None, str | None]:
        expected = req.label if kind == "classification" else None
        return parse_answer(
            text,
            system_prompt=system_prompt,
            labels=labels,
            expected_label=expected,
            kind=kind,
            answer=answer,
        )

    return parse


async def run_requests(
    requests: Sequence[Request],
    *,
    provider: Any,
    ledger: Ledger,
    params: GenerateParams,
    system_prompt: str,
    labels: Sequence[str],
    parser: Callable[[str, Request], tuple[Any, str | None]] | None = None,
    max_tokens: int | None = None,
    model: str | None = None,
    temperature: float | None = None,
) -> RunResult:
    """Send what the ledger has not answered yet; record every finished call in the ledger.

    `parser(text, request) -> (value, None) | (None, reason)` turns an answer into a result (by
    default a new example, see `parse_answer`); the judge pass passes its own.
    """

    def new_example(text: str, req: Request):
        return parse_answer(
            text, system_prompt=system_prompt, labels=labels, expected_label=req.label
        )

    return await run_calls(
        requests,
        provider=provider,
        ledger=ledger,
        settings=params,
        parse=parser or new_example,
        what="generate: requests",
        max_tokens=max_tokens,
        model=model,
        temperature=temperature,
    )


# --- the judge: a second model labels each new example; disagreements go to people first ---
JUDGE_PROMPT = """\
A model gets these instructions:
{system_prompt}

Allowed labels: {labels}. Which label is right for this message? Answer with the label only.

Message: {message}"""


def judge_requests(new: Sequence[dict], labels: Sequence[str], system_prompt: str, model: str):
    out = []
    for i, rec in enumerate(new):
        content = render(
            JUDGE_PROMPT,
            system_prompt=system_prompt,
            labels=", ".join(labels),
            message=user_text(rec),
        )
        messages = [{"role": "user", "content": content}]
        rid = hashlib.sha256(json.dumps(["judge", model, messages]).encode()).hexdigest()[:20]
        out.append(Request(i, label_of(rec), rid, messages))
    return out


def judge_parser(labels: Sequence[str]) -> Callable[[str, Request], tuple[str | None, str | None]]:
    by_upper = {label.upper(): label for label in labels}

    def parse(text: str, req: Request) -> tuple[str | None, str | None]:
        found = [by_upper[w] for w in re.findall(r"[A-Za-z_]+", text.upper()) if w in by_upper]
        return (found[0], None) if found else (None, "no_label")

    return parse


# --- quality of what came back ---------------------------------------------------------------
def distinct_ngrams(texts: Sequence[str], n: int) -> float:
    """Distinct n-grams / all n-grams over the texts (distinct-n; 1.0 = no repetition)."""
    grams: list[tuple[str, ...]] = []
    for text in texts:
        words = text.casefold().split()
        grams += [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
    return round(len(set(grams)) / len(grams), 4) if grams else 0.0


def review_sample(new: Sequence[dict], fraction: float, seed: int) -> list[dict]:
    k = min(len(new), max(1, math.ceil(fraction * len(new)))) if new else 0
    return random.Random(seed).sample(list(new), k)


_YES, _NO = {"y", "yes", "1", "true", "correct", "ok"}, {"n", "no", "0", "false", "incorrect"}


def check_review(
    path: Path,
    sample: Sequence[dict],
    params: GenerateParams,
    judged: dict[str, str] | None = None,
    *,
    answer_column: str = "label",
) -> dict:
    """Read the marks; write the file (unmarked rows added) and fail while any row is unmarked,
    or when the error rate is over the limit. `answer_column`: "answer" for extraction and
    generation (the final assistant turn, as for a label)."""

    marks: dict[str, str] = {}
    if path.exists():
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                marks[row.get("id", "")] = (row.get("correct") or "").strip().lower()
    rows = [
        {"id": record_id(r["messages"]), answer_column: label_of(r), "user": user_text(r)}
        for r in sample
    ]
    for row in rows:
        row["judge"] = (judged or {}).get(row["id"], "")
    missing = [r for r in rows if r["id"] not in marks]
    if missing:
        with atomic_file(path) as tmp, open(tmp, "w", newline="", encoding="utf-8") as fh:
            columns = ["id", answer_column, "judge", "user", "correct"]
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            for r in rows:
                writer.writerow({**r, "correct": marks.get(r["id"], "")})
    verdicts = [marks.get(r["id"], "") for r in rows]
    unmarked = sum(v not in _YES | _NO for v in verdicts)
    if unmarked:
        raise DataError(
            path,
            None,
            REVIEW_RULE,
            f"{unmarked} of {len(rows)} sampled new examples are not marked yet: set the "
            "'correct' column to y or n for each row, then rerun (no call will be repeated)",
        )
    wrong = sum(v in _NO for v in verdicts)
    rate = wrong / len(rows) if rows else 0.0
    if rate > params.review.max_error_rate:
        raise DataError(
            path,
            None,
            REVIEW_RULE,
            f"reviewers marked {wrong} of {len(rows)} sampled examples wrong ({rate:.1%} > "
            f"{params.review.max_error_rate:.0%}): regenerate with a better prompt "
            "(generate.prompt) or model",
        )
    return {"n_reviewed": len(rows), "n_wrong": wrong, "error_rate": round(rate, 4)}


# --- the stage -------------------------------------------------------------------------------
AGREES = "(agrees)"


def _dedup_against_seeds(project: Project, seeds: list[dict], new: list[dict]) -> tuple[list, int]:
    """New examples that are not near-duplicates of a seed or of each other (the seeds come
    first, so a new example repeating a seed is the one dropped); and how many were dropped."""
    seed_records = [{"id": f"seed{i}", **rec} for i, rec in enumerate(seeds)]
    new_records = [{"id": f"new{i}", **rec} for i, rec in enumerate(new)]
    dedup = project.params.dedup
    kept = dedup_records(
        seed_records + new_records, NearDup.from_params(dedup), field=dedup.field
    ).kept
    unique = [{"messages": r["messages"]} for r in kept if r["id"].startswith("new")]
    return unique, len(new) - len(unique)


def _provider(project: Project, name: str, model: str, *, judge: bool = False) -> Any:
    """The generator's (or the judge's) provider, with the section's timeouts, retries and key."""
    params = project.params.generate
    return make_provider(
        name,
        model=model,
        timeout_s=params.timeout_s,
        max_retries=params.max_retries,
        api_key_block=params.api_key_block,
        root=project.root,
        seed=params.seed,
        setting="generate.review.judge_provider" if judge else "generate.provider",
    )


def _judge(project: Project, unique: list[dict], ledger: Ledger) -> dict[str, str]:
    """record id -> AGREES, or the judge's own label where it disagrees ("?": no label given).
    Judge calls go through the same ledger: never paid twice either."""
    params, task = project.params.generate, project.params.task
    review = params.review
    provider = _provider(project, review.judge_provider, review.judge_model, judge=True)
    requests = judge_requests(unique, task.labels, task.system_prompt, review.judge_model)
    run = asyncio.run(
        run_requests(
            requests,
            provider=provider,
            ledger=ledger,
            params=params,
            system_prompt=task.system_prompt,
            labels=task.labels,
            parser=judge_parser(task.labels),
            max_tokens=16,
            model=review.judge_model,
            temperature=0.0,
        )
    )
    out = {}
    for req, rec in zip(requests, unique, strict=True):
        verdict = run.records.get(req.index, "?")
        out[record_id(rec["messages"])] = AGREES if verdict == req.label else verdict
    return out


def _write(project: Project, records: list[dict], report: dict) -> None:
    with atomic_dir(project.stage_dir("generate")) as out:
        write_jsonl(out / RECORDS, records)
        write_json(out / REPORT, report)


def _quality_report(
    project: Project, requests: list[Request], seeds: list[dict], unique: list[dict]
) -> dict[str, Any]:
    """Labels got vs asked for (classification), and diversity (distinct n-grams) against the
    seeds: of the user turns, and of the answers for generation."""
    target = Counter(r.label for r in requests)
    got = Counter(label_of(r) for r in unique)
    task = project.params.task
    report: dict[str, Any] = {
        "diversity": {
            "distinct_1": distinct_ngrams([user_text(r) for r in unique], 1),
            "distinct_2": distinct_ngrams([user_text(r) for r in unique], 2),
            "seeds_distinct_2": distinct_ngrams([user_text(r) for r in seeds], 2),
        },
    }
    if task.type == "classification":
        report["labels"] = {
            label: {"target": target[label], "got": got[label]} for label in task.labels
        }
    elif task.type == "generation":
        report["diversity"] |= {
            "answers_distinct_2": distinct_ngrams([label_of(r) for r in unique], 2),
            "seed_answers_distinct_2": distinct_ngrams([label_of(r) for r in seeds], 2),
        }
    return report


def _review(project: Project, unique: list[dict], judged: dict[str, str]) -> dict[str, Any]:
    """The judge's summary and the human review (the judge's disagreements first, then a random
    share of the rest); raises until the review is done and passes."""
    params = project.params.generate
    report: dict[str, Any] = {}
    flagged = [r for r in unique if judged.get(record_id(r["messages"]), AGREES) != AGREES]
    if judged:
        report["judge"] = {
            "model": params.review.judge_model,
            "n_checked": len(judged),
            "n_disagree": len(flagged),
            "disagree_rate": round(len(flagged) / len(judged), 4),
        }
    if params.review.require and unique:
        rest = [r for r in unique if r not in flagged]
        sample = flagged + review_sample(rest, params.review.fraction, params.seed)
        column = "label" if project.params.task.type == "classification" else "answer"
        report["review"] = check_review(
            project.root / params.review.marks, sample, params, judged, answer_column=column
        )
    return report


def _plan(project: Project, seeds: list[dict]) -> tuple[list[Request], Callable]:
    """The requests and the answer parser for the task's type; params the type cannot use are
    refused (one line) before any call."""
    params, task = project.params.generate, project.params.task
    kind = task.type
    if kind != "classification" and params.review.judge_provider != "none":
        raise ParamsError(
            "generate.review.judge_provider labels each new example, so it is for "
            f"classification only; task.type is {kind}: set it to none (people still review "
            "generate.review.fraction of the new examples)"
        )
    answer = answer_rule(task, project.root)  # extraction: loads and checks task.schema
    spec = answer_spec(task, project.root) if kind != "classification" else ""
    requests = plan_requests(
        seeds,
        n=params.n_examples,
        labels=task.labels,
        system_prompt=task.system_prompt,
        params=params,
        kind=kind,
        spec=spec,
    )
    return requests, example_parser(kind, task.system_prompt, task.labels, answer)


@stage_task
def generate(project: Project) -> dict:
    """New examples from the seeds into the generate folder (none with provider none)."""
    params = project.params.generate
    task = project.params.task
    seeds = [rec for _, rec in iter_jsonl(project.input_path)]
    report: dict[str, Any] = {"provider": params.provider, "n_seeds": len(seeds)}
    if params.provider == "none" or params.n_examples == 0:
        _write(project, [], report | {"n_new": 0})
        get_logger().info("generate: provider %s, nothing generated", params.provider)
        return report | {"n_new": 0}

    requests, parser = _plan(project, seeds)
    provider = _provider(project, params.provider, params.model)
    ledger = Ledger(project.root / params.ledger)
    try:
        run = asyncio.run(
            run_requests(
                requests,
                provider=provider,
                ledger=ledger,
                params=params,
                system_prompt=task.system_prompt,
                labels=task.labels,
                parser=parser,
            )
        )
        new = [run.records[i] for i in sorted(run.records)]
        unique, n_dropped = _dedup_against_seeds(project, seeds, new)
        judged = _judge(project, unique, ledger) if params.review.judge_provider != "none" else {}
    finally:
        ledger.close()
    report |= {"model": params.model, "n_new": len(unique), "n_duplicates_dropped": n_dropped}
    report |= run.report(ledger, len(requests)) | _quality_report(project, requests, seeds, unique)
    report |= _review(project, unique, judged)
    _write(project, unique, report)
    get_logger().info(
        "generate: %d new examples (%d requested, %d duplicates dropped, %d failed%s); "
        "%d calls this run, %d replayed from the ledger; $%.4f this run",
        len(unique),
        len(requests),
        n_dropped,
        len(run.failed),
        ", budget reached" if run.skipped_budget else "",
        run.calls,
        run.replayed,
        run.cost_usd,
    )
    return report
