"""Paid LLM calls that are never paid twice: a ledger, a rate limit, bounded concurrency, a budget.

    ledger = Ledger(root / ".ftpipe/x-ledger.jsonl")
    reqs = [Request(i, tag, request_key(...), messages) for ...]
    result = asyncio.run(run_calls(reqs, provider=p, ledger=ledger, settings=s, parse=parse))

Used by the generate stage (new examples, and its second-model check) and the LLM judge
(tasks/lib/judge.py). `settings` is any params section with the call knobs (`CallSettings`:
generate's and evaluate.judge's both are).

- The ledger gets one fsync'd JSON line per finished call (ok, malformed with its reason, or a
  provider error with its kind), keyed by `request_id`, a hash of what is sent. A rerun replays
  it: a request whose answer parsed is never sent again, and one that used up its attempts is not
  retried either; nothing is written twice.
- `parse(text, request) -> (value, None) | (None, reason)`: a malformed answer is recorded with
  its reason and retried up to `max_attempts`, then counted in `failed`, never dropped silently.
- Requests start evenly spaced under `requests_per_minute` / `tokens_per_minute`, at most
  `concurrency` in flight; the SDKs do their own retries (429 with retry-after, 5xx, network).
- Cost: tokens in/out priced from `prices` (USD per 1M); no new request starts once the ledger's
  total spend (plus the calls in flight) would pass `budget_usd`, and what was paid for is kept.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tasks.lib.errors import PipelineError
from tasks.lib.runtime import Progress

Parser = Callable[[str, "Request"], tuple[Any, str | None]]


class _Price(Protocol):
    input: float
    output: float


class CallSettings(Protocol):
    """The knobs a run of calls reads (generate's and evaluate.judge's params sections)."""

    model: str
    temperature: float
    max_tokens: int
    concurrency: int
    requests_per_minute: float | None
    tokens_per_minute: float | None
    max_attempts: int
    budget_usd: float | None
    prices: Mapping[str, _Price]


# --- requests --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Request:
    index: int  # unique in one run: RunResult.records is keyed by it
    label: str  # what the caller asked for (generate: the label; the judge: the answers' order)
    request_id: str  # hash of what is sent (see request_key): same input, same id
    messages: list[dict[str, str]]


def request_key(*parts: Any) -> str:
    """The ledger key of a request: a hash of everything that decides its answer."""
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()[:20]


# --- the ledger ------------------------------------------------------------------------------
class Ledger:
    """Append-only JSONL of finished calls; one fsync'd line each, so a kill loses at most the
    line being written (a torn last line is dropped on load and cut off before appending)."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: list[dict] = []
        self._by_id: dict[str, list[dict]] = {}  # request_id -> its attempts (no O(n) scans)
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
                    self._add(entry)
                    good_bytes += len(raw)
            if good_bytes != path.stat().st_size:
                with open(path, "r+b") as fh:
                    fh.truncate(good_bytes)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(path, "ab")  # noqa: SIM115 - kept open for the run, closed in close()

    def _add(self, entry: dict) -> None:
        self.entries.append(entry)
        self._by_id.setdefault(entry["request_id"], []).append(entry)

    def attempts(self, request_id: str) -> list[dict]:
        return list(self._by_id.get(request_id, ()))

    def spent(self) -> float:
        return sum(e.get("cost_usd", 0.0) for e in self.entries)

    def append(self, entry: dict) -> None:
        self._fh.write((json.dumps(entry, ensure_ascii=False) + "\n").encode())
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._add(entry)

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


# --- cost ------------------------------------------------------------------------------------
def cost_usd(prices: Mapping[str, _Price], model: str, tokens_in: int, tokens_out: int) -> float:
    """USD for one call; 0 for an unpriced model (params refuse those when a budget is set)."""
    price = prices.get(model)
    if price is None:
        return 0.0
    return (tokens_in * price.input + tokens_out * price.output) / 1e6


def estimate_tokens(req: Request, max_tokens: int) -> int:
    # ~4 characters a token: only for spacing requests under tokens_per_minute and the budget
    return sum(len(m["content"]) for m in req.messages) // 4 + max_tokens


# --- the run ---------------------------------------------------------------------------------
@dataclass
class RunResult:
    records: dict[int, Any] = field(default_factory=dict)  # request index -> parsed answer
    calls: int = 0  # calls made in THIS run
    replayed: int = 0  # requests answered from the ledger, no call
    malformed: Counter = field(default_factory=Counter)  # reason -> count (all attempts)
    errors: Counter = field(default_factory=Counter)  # provider error kind -> count
    failed: list[int] = field(default_factory=list)  # out of attempts
    skipped_budget: list[int] = field(default_factory=list)
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0  # in this run

    def report(self, ledger: Ledger, n_requested: int) -> dict[str, Any]:
        """The calls, failures and cost of this run (counts and reasons, never answer text)."""
        return {
            "n_requested": n_requested,
            "calls_this_run": self.calls,
            "replayed_from_ledger": self.replayed,
            "malformed_by_reason": dict(self.malformed),
            "errors_by_kind": dict(self.errors),
            "n_failed": len(self.failed),
            "budget_reached": bool(self.skipped_budget),
            "n_skipped_budget": len(self.skipped_budget),
            "tokens_in_this_run": self.tokens_in,
            "tokens_out_this_run": self.tokens_out,
            "cost_usd_this_run": round(self.cost_usd, 6),
            "cost_usd_ledger_total": round(ledger.spent(), 6),
        }


class _Run:
    """One pass over the requests: replay what the ledger answered, send the rest (bounded
    concurrency, rate limit, budget), record every finished call in the ledger."""

    def __init__(self, requests, provider, ledger, settings, parse, *, max_tokens, model, temp):
        self.requests, self.provider, self.ledger = requests, provider, ledger
        self.settings = settings
        self.parse, self.max_tokens, self.model, self.temperature = parse, max_tokens, model, temp
        self.result = RunResult()
        self.limiter = RateLimiter(settings.requests_per_minute, settings.tokens_per_minute)
        self.semaphore = asyncio.Semaphore(settings.concurrency)
        self.reserved = 0.0  # estimated cost of the calls in flight (budget)
        self.done = 0
        self.progress: Progress | None = None

    def over_budget(self, estimate: float) -> bool:
        cap = self.settings.budget_usd
        return cap is not None and self.ledger.spent() + self.reserved + estimate > cap

    # 10 lines: a length count that runs to the next plain `def` also takes in `async def call`
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
        cost = cost_usd(
            self.settings.prices, self.model, completion.tokens_in, completion.tokens_out
        )
        record, reason = self.parse(completion.text, req)
        result.tokens_in += completion.tokens_in
        result.tokens_out += completion.tokens_out
        result.cost_usd += cost
        if record is not None:
            result.records[req.index] = record
        else:
            result.malformed[reason] += 1
        return entry | {
            "status": "ok" if record is not None else "malformed",
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
            while attempt < self.settings.max_attempts:
                tokens = estimate_tokens(req, self.max_tokens)
                estimate = cost_usd(self.settings.prices, self.model, tokens, 0)
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


async def run_calls(
    requests: Sequence[Request],
    *,
    provider: Any,
    ledger: Ledger,
    settings: CallSettings,
    parse: Parser,
    what: str = "requests",
    max_tokens: int | None = None,
    model: str | None = None,
    temperature: float | None = None,
) -> RunResult:
    """Send what the ledger has not answered yet; record every finished call in the ledger.

    Args:
        requests: the requests, `index` unique among them.
        provider: a tasks.lib.providers Provider.
        ledger: the open ledger (replayed first, appended to).
        settings: the call knobs (CallSettings).
        parse: `parse(text, request) -> (value, None) | (None, reason)`.
        what: the progress line's name, e.g. "generate: requests".
        max_tokens: model: temperature: override the settings' (a second model on one ledger).

    Returns:
        RunResult: the parsed answers by request index, and the counts of this run.
    """
    run = _Run(
        requests,
        provider,
        ledger,
        settings,
        parse,
        max_tokens=max_tokens or settings.max_tokens,
        model=model or settings.model,
        temp=settings.temperature if temperature is None else temperature,
    )
    run.progress = Progress(what, len(requests))
    await asyncio.gather(*(run.tracked(r) for r in requests))
    return run.result
