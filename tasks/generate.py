"""generate: grow the seed examples with an LLM, without ever losing or repeating a paid call.

    ftpipe stage generate          # under `dvc repro` (first stage; validate reads its output)
    generate.fn(project)           # in tests, without the Prefect engine

Seeds are `data.input`. With `generate.provider: none` (the default) nothing is generated and
validate reads only the seeds. Otherwise `generate.n_examples` requests (labels round-robin, a few
seeds shown each time) go to OpenAI, Anthropic or a local model (tasks/lib/providers.py), and the
new examples go to `<data.root>/generate/records.jsonl`, which validate reads after the seeds.

- Every answer must parse into `{"user", "label"}` and pass the record contract
  (tasks/lib/records.py `check_record`: label in the set, non-empty...). A malformed answer is
  recorded with its reason and retried up to `max_attempts`; it is never silently dropped: the
  report counts reasons.
- Bounded concurrency (asyncio), a requests- and tokens-per-minute limit that spaces requests
  evenly, and the SDKs' own retries (429 with retry-after, 5xx, network; `max_retries`).
- The ledger (`generate.ledger`, kept across runs, outside DVC outputs) gets one fsync'd JSON line
  per finished call, keyed by a request id hashed from what is sent. A rerun after a crash or kill
  replays it: a request that completed is never sent again, and nothing is written twice.
- Cost: tokens in/out per call priced from `generate.prices`; `budget_usd` caps the ledger's total
  spend: no new request starts once it is reached, and what was paid for is kept.
- New examples are deduplicated against each other and the seeds with the dedup stage's core
  (tasks/lib/near_dup.py) and params; diversity (distinct n-grams) and label counts vs the
  target go to the report.
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
import os
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tasks.lib.errors import DataError, PipelineError
from tasks.lib.io import atomic_dir, atomic_file, iter_jsonl, write_json, write_jsonl
from tasks.lib.near_dup import NearDup, dedup_records
from tasks.lib.params import GenerateParams
from tasks.lib.project import RECORDS, REPORT, Project
from tasks.lib.providers import make_provider
from tasks.lib.records import check_record, label_of, record_id, user_text
from tasks.lib.runtime import Progress, get_logger, stage_task

REVIEW_RULE = "review"
_FIELD = re.compile(r"\{(system_prompt|labels|label|examples|message)\}")


# --- requests --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Request:
    index: int
    label: str
    request_id: str  # hash of provider, model, temperature and messages: same input, same id
    messages: list[dict[str, str]]


def render(template: str, **fields: str) -> str:
    """Fill {system_prompt} {labels} {label} {examples}; other braces (JSON) stay as they are."""
    return _FIELD.sub(lambda m: fields[m[1]], template)


def plan_requests(
    seeds: Sequence[dict],
    *,
    n: int,
    labels: Sequence[str],
    system_prompt: str,
    params: GenerateParams,
) -> list[Request]:
    """The n requests, deterministic in the seeds and params (so their ids are stable)."""
    by_label: dict[str, list[dict]] = {}
    for rec in seeds:
        by_label.setdefault(label_of(rec), []).append(rec)
    out = []
    for i in range(n):
        label = labels[i % len(labels)]
        rng = random.Random(f"{params.seed}:{i}")
        pool = by_label.get(label) or list(seeds)
        shown = rng.sample(pool, min(params.few_shot, len(pool)))
        examples = "\n".join(
            json.dumps({"user": user_text(r), "label": label_of(r)}, ensure_ascii=False)
            for r in shown
        )
        content = render(
            params.prompt,
            system_prompt=system_prompt,
            labels=", ".join(labels),
            label=label,
            examples=examples,
        )
        messages = [{"role": "user", "content": content}]
        key = json.dumps(
            [params.provider, params.model, params.temperature, params.max_tokens, messages, i],
            ensure_ascii=False,
        )
        rid = hashlib.sha256(key.encode()).hexdigest()[:20]
        out.append(Request(i, label, rid, messages))
    return out


_JSON_OBJECT = re.compile(r"\{.*\}", re.S)


def parse_answer(
    text: str, *, system_prompt: str, labels: Sequence[str], expected_label: str | None = None
) -> tuple[dict | None, str | None]:
    """(record, None) for a usable answer, else (None, reason). Reasons are closed words."""
    m = _JSON_OBJECT.search(text)
    if not m:
        return None, "no_json"
    try:
        obj = json.loads(m[0])
    except json.JSONDecodeError:
        return None, "bad_json"
    if not isinstance(obj, dict) or not isinstance(obj.get("user"), str):
        return None, "schema"
    label = obj.get("label")
    if not isinstance(label, str):
        return None, "schema"
    record = {
        "messages": [
            {"role": "system", "content": system_prompt},
            {"role": "user", "content": obj["user"].strip()},
            {"role": "assistant", "content": label.strip()},
        ]
    }
    problem = check_record(record, system_prompt=system_prompt, labels=labels)
    if problem:
        return None, problem[0]
    if expected_label is not None and label.strip() != expected_label:
        return None, "wrong_label"
    return record, None


# --- the ledger ------------------------------------------------------------------------------
class Ledger:
    """Append-only JSONL of finished calls; one fsync'd line each, so a kill loses at most the
    line being written (a torn last line is dropped on load and cut off before appending)."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: list[dict] = []
        good_bytes = 0
        if path.exists():
            with open(path, "rb") as fh:
                for raw in fh:
                    try:
                        entry = json.loads(raw)
                    except ValueError:
                        break  # a torn line from a kill: everything after it is ignored
                    if not raw.endswith(b"\n"):
                        break
                    self.entries.append(entry)
                    good_bytes += len(raw)
            if good_bytes != path.stat().st_size:
                with open(path, "r+b") as fh:
                    fh.truncate(good_bytes)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(path, "ab")  # noqa: SIM115 - kept open for the run, closed in close()

    def attempts(self, request_id: str) -> list[dict]:
        return [e for e in self.entries if e["request_id"] == request_id]

    def spent(self) -> float:
        return sum(e.get("cost_usd", 0.0) for e in self.entries)

    def append(self, entry: dict) -> None:
        self._fh.write((json.dumps(entry, ensure_ascii=False) + "\n").encode())
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self.entries.append(entry)

    def close(self) -> None:
        self._fh.close()


# --- rate limit ------------------------------------------------------------------------------
class RateLimiter:
    """Spaces request starts evenly: at most `rpm` requests and `tpm` (estimated) tokens a minute.

    Even spacing (not a burst bucket) keeps the observed rate at the limit over any window.
    """

    def __init__(self, rpm: float | None, tpm: float | None):
        self.rpm, self.tpm = rpm, tpm
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def wait(self, tokens: int) -> None:
        if not self.rpm and not self.tpm:
            return
        by_requests = 60.0 / self.rpm if self.rpm else 0.0
        by_tokens = 60.0 * tokens / self.tpm if self.tpm else 0.0
        gap = max(by_requests, by_tokens)
        async with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + gap
        await asyncio.sleep(max(0.0, start - time.monotonic()))


# --- the run ---------------------------------------------------------------------------------
@dataclass
class RunResult:
    records: dict[int, dict] = field(default_factory=dict)  # request index -> new record
    calls: int = 0  # calls made in THIS run
    replayed: int = 0  # requests answered from the ledger, no call
    malformed: Counter = field(default_factory=Counter)  # reason -> count (all attempts)
    errors: Counter = field(default_factory=Counter)  # provider error kind -> count
    failed: list[int] = field(default_factory=list)  # out of attempts
    skipped_budget: list[int] = field(default_factory=list)
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0  # in this run


def _cost(
    params: GenerateParams, tokens_in: int, tokens_out: int, model: str | None = None
) -> float:
    price = params.prices.get(model or params.model)
    if price is None:
        return 0.0
    return (tokens_in * price.input + tokens_out * price.output) / 1e6


def _estimate_tokens(req: Request, params: GenerateParams) -> int:
    # ~4 characters a token: only for spacing requests under tokens_per_minute and the budget
    return sum(len(m["content"]) for m in req.messages) // 4 + params.max_tokens


class _Run:
    """One pass over the requests: replay what the ledger answered, send the rest (bounded
    concurrency, rate limit, budget), record every finished call in the ledger."""

    def __init__(self, requests, provider, ledger, params, parse, *, max_tokens, model, temp):
        self.requests, self.provider, self.ledger, self.params = requests, provider, ledger, params
        self.parse, self.max_tokens, self.model, self.temperature = parse, max_tokens, model, temp
        self.result = RunResult()
        self.limiter = RateLimiter(params.requests_per_minute, params.tokens_per_minute)
        self.semaphore = asyncio.Semaphore(params.concurrency)
        self.reserved = 0.0  # estimated cost of the calls in flight (budget)
        self.done = 0
        self.progress = Progress("generate: requests", len(requests))

    def over_budget(self, estimate: float) -> bool:
        cap = self.params.budget_usd
        return cap is not None and self.ledger.spent() + self.reserved + estimate > cap

    def replay(self, req: Request, history: list[dict]) -> bool:
        """Use a completed call from the ledger: what was paid for is never asked again."""
        for entry in history:
            if entry["status"] == "ok":
                record, _ = self.parse(entry["text"], req)
                if record is not None:
                    self.result.records[req.index] = record
                    self.result.replayed += 1
                    return True
        return False

    async def call(self, req: Request, attempt: int) -> dict:
        """One call; its ledger entry (ok, malformed with the reason, or error with the kind)."""
        entry: dict[str, Any] = {
            "request_id": req.request_id,
            "attempt": attempt,
            "index": req.index,
            "model": self.model,
        }
        result = self.result
        try:
            result.calls += 1
            completion = await self.provider.complete(
                req.messages, max_tokens=self.max_tokens, temperature=self.temperature
            )
        except PipelineError as err:  # ProviderError: after the SDK's own retries
            kind = getattr(err, "kind", type(err).__name__)
            result.errors[kind] += 1
            return entry | {"status": "error", "reason": kind}
        cost = _cost(self.params, completion.tokens_in, completion.tokens_out, self.model)
        record, reason = self.parse(completion.text, req)
        result.tokens_in += completion.tokens_in
        result.tokens_out += completion.tokens_out
        result.cost_usd += cost
        if record is not None:
            result.records[req.index] = record
        else:
            result.malformed[reason] += 1
        return entry | {
            "status": "ok" if record else "malformed",
            "reason": reason,
            "text": completion.text,
            "tokens_in": completion.tokens_in,
            "tokens_out": completion.tokens_out,
            "cost_usd": cost,
        }

    async def one(self, req: Request) -> None:
        history = self.ledger.attempts(req.request_id)
        if self.replay(req, history):
            return
        attempt = len(history)
        async with self.semaphore:
            while attempt < self.params.max_attempts:
                tokens = _estimate_tokens(req, self.params)
                estimate = _cost(self.params, tokens, 0)
                if self.over_budget(estimate):
                    self.result.skipped_budget.append(req.index)
                    return
                self.reserved += estimate  # held while waiting for the rate limit and the call
                try:
                    await self.limiter.wait(tokens)
                    entry = await self.call(req, attempt)
                finally:
                    self.reserved -= estimate
                entry["t"] = round(time.time(), 3)
                self.ledger.append(entry)
                if entry["status"] == "ok":
                    return
                attempt += 1
            self.result.failed.append(req.index)

    async def tracked(self, req: Request) -> None:
        await self.one(req)
        self.done += 1
        extra = f", {self.result.calls} calls, ${self.ledger.spent():.4f} spent in total"
        self.progress.update(self.done, extra)


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

    run = _Run(
        requests,
        provider,
        ledger,
        params,
        parser or new_example,
        max_tokens=max_tokens or params.max_tokens,
        model=model or params.model,
        temp=params.temperature if temperature is None else temperature,
    )
    await asyncio.gather(*(run.tracked(r) for r in requests))
    return run.result


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
    path: Path, sample: Sequence[dict], params: GenerateParams, judged: dict[str, str] | None = None
) -> dict:
    """Read the marks; write the file (unmarked rows added) and fail while any row is unmarked,
    or when the error rate is over the limit."""

    marks: dict[str, str] = {}
    if path.exists():
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                marks[row.get("id", "")] = (row.get("correct") or "").strip().lower()
    rows = [
        {"id": record_id(r["messages"]), "label": label_of(r), "user": user_text(r)} for r in sample
    ]
    for row in rows:
        row["judge"] = (judged or {}).get(row["id"], "")
    missing = [r for r in rows if r["id"] not in marks]
    if missing:
        with atomic_file(path) as tmp, open(tmp, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=["id", "label", "judge", "user", "correct"])
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


def _run_report(run: RunResult, ledger: Ledger, requests: list[Request]) -> dict[str, Any]:
    """The calls, failures and cost of this run (counts and reasons, never answer text)."""
    return {
        "n_requested": len(requests),
        "calls_this_run": run.calls,
        "replayed_from_ledger": run.replayed,
        "malformed_by_reason": dict(run.malformed),
        "errors_by_kind": dict(run.errors),
        "n_failed": len(run.failed),
        "budget_reached": bool(run.skipped_budget),
        "n_skipped_budget": len(run.skipped_budget),
        "tokens_in_this_run": run.tokens_in,
        "tokens_out_this_run": run.tokens_out,
        "cost_usd_this_run": round(run.cost_usd, 6),
        "cost_usd_ledger_total": round(ledger.spent(), 6),
    }


def _quality_report(
    project: Project, requests: list[Request], seeds: list[dict], unique: list[dict]
) -> dict[str, Any]:
    """Labels got vs asked for, and diversity (distinct n-grams) against the seeds."""
    target = Counter(r.label for r in requests)
    got = Counter(label_of(r) for r in unique)
    labels = project.params.task.labels
    return {
        "labels": {label: {"target": target[label], "got": got[label]} for label in labels},
        "diversity": {
            "distinct_1": distinct_ngrams([user_text(r) for r in unique], 1),
            "distinct_2": distinct_ngrams([user_text(r) for r in unique], 2),
            "seeds_distinct_2": distinct_ngrams([user_text(r) for r in seeds], 2),
        },
    }


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
        report["review"] = check_review(project.root / params.review.marks, sample, params, judged)
    return report


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

    requests = plan_requests(
        seeds,
        n=params.n_examples,
        labels=task.labels,
        system_prompt=task.system_prompt,
        params=params,
    )
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
            )
        )
        new = [run.records[i] for i in sorted(run.records)]
        unique, n_dropped = _dedup_against_seeds(project, seeds, new)
        judged = _judge(project, unique, ledger) if params.review.judge_provider != "none" else {}
    finally:
        ledger.close()
    report |= {"model": params.model, "n_new": len(unique), "n_duplicates_dropped": n_dropped}
    report |= _run_report(run, ledger, requests) | _quality_report(project, requests, seeds, unique)
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
