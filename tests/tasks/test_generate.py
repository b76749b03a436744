"""generate: request planning, answer contract, ledger replay, rate limit, budget, review.

The provider here is a small in-process object with the Provider interface (the core logic needs
no network); tests/tasks/test_generate_sdk.py runs the real SDKs against a local HTTP server.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import json
from types import SimpleNamespace

import pytest

from tasks.generate import (
    distinct_ngrams,
    generate,
    parse_answer,
    plan_requests,
    render,
    run_requests,
)
from tasks.lib.calls import Ledger, RateLimiter
from tasks.lib.errors import DataError
from tasks.lib.io import read_json, read_records
from tasks.lib.params import GenerateParams
from tasks.lib.project import REPORT
from tasks.lib.providers import Completion, ProviderError
from tasks.validate import validate
from tests.helpers import LABELS, chat, make_project

SYSTEM = "Classify."


def seeds(n_per_label: int = 3) -> list[dict]:
    return [
        chat(f"seed {label.lower()} ticket number {i}", label, system=SYSTEM)
        for label in LABELS
        for i in range(n_per_label)
    ]


class ScriptedProvider:
    """Answers every request with a valid example of the asked label, unless `script` says
    otherwise for that call number: "malformed", "off_label", "error"."""

    name, model = "scripted", "m"

    def __init__(self, script: dict[int, str] | None = None, latency_s: float = 0.0):
        self.script, self.latency_s = script or {}, latency_s
        self.calls: list[str] = []
        self.in_flight = self.max_in_flight = 0  # calls started and not yet answered

    async def complete(self, messages, *, max_tokens, temperature) -> Completion:
        n = len(self.calls)
        prompt = messages[-1]["content"]
        self.calls.append(prompt)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.latency_s)
        finally:
            self.in_flight -= 1
        label = prompt.split("must have the label ")[1].split(".")[0]
        kind = self.script.get(n)
        if kind == "error":
            raise ProviderError("InternalServerError", 500)
        if kind == "malformed":
            return Completion("Sure! Here is an example.", 10, 5)
        words = hashlib.sha256(f"{prompt}{n}".encode()).hexdigest()  # unrelated texts: no dedup
        answer = {"user": f"{label.lower()} {words[:12]} {words[12:30]}", "label": label}
        if kind == "off_label":
            answer["label"] = "NOT_A_LABEL"
        return Completion(json.dumps(answer), 100, 20)


def params(**overrides) -> GenerateParams:
    base = {"provider": "openai", "model": "m", "n_examples": 12, "few_shot": 2}
    base["prices"] = {"m": {"input": 1.0, "output": 2.0}}
    return GenerateParams(**(base | overrides))


def run(reqs, provider, ledger, p):
    return asyncio.run(
        run_requests(
            reqs, provider=provider, ledger=ledger, params=p, system_prompt=SYSTEM, labels=LABELS
        )
    )


def test_render_keeps_json_braces():
    out = render('{label} -> {"user": "..."} {unknown}', label="BILLING")
    assert out == 'BILLING -> {"user": "..."} {unknown}'


def test_plan_is_deterministic_round_robin_and_ids_follow_content():
    p = params()
    a = plan_requests(seeds(), n=12, labels=LABELS, system_prompt=SYSTEM, params=p)
    b = plan_requests(seeds(), n=12, labels=LABELS, system_prompt=SYSTEM, params=p)
    assert a == b
    assert [r.label for r in a] == LABELS * 2
    assert len({r.request_id for r in a}) == 12
    hotter = plan_requests(
        seeds(), n=12, labels=LABELS, system_prompt=SYSTEM, params=params(temperature=0.5)
    )
    assert not {r.request_id for r in a} & {r.request_id for r in hotter}
    # the seeds shown are of the asked label
    assert (
        "seed billing" in a[1].messages[0]["content"]
        and "seed shipping" not in a[1].messages[0]["content"]
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("no json here", "no_json"),
        ('{"user": "x", "label": ', "no_json"),
        ('{"user": "x" "label": "BILLING"}', "bad_json"),
        ('{"text": "x", "label": "BILLING"}', "schema"),
        ('{"user": "x", "label": 3}', "schema"),
        ('{"user": "   ", "label": "BILLING"}', "empty"),
        ('{"user": "x", "label": "SPAM"}', "label"),
        ('{"user": "x", "label": "SHIPPING"}', "wrong_label"),
    ],
)
def test_parse_answer_reasons(text, reason):
    assert parse_answer(text, system_prompt=SYSTEM, labels=LABELS, expected_label="BILLING") == (
        None,
        reason,
    )


def test_parse_answer_accepts_fenced_json():
    text = 'Here you go:\n```json\n{"user": "my bill is wrong", "label": "BILLING"}\n```'
    record, reason = parse_answer(text, system_prompt=SYSTEM, labels=LABELS)
    assert reason is None
    assert record["messages"][1:] == [
        {"role": "user", "content": "my bill is wrong"},
        {"role": "assistant", "content": "BILLING"},
    ]


def test_ledger_survives_a_torn_last_line(tmp_path):
    path = tmp_path / "ledger.jsonl"
    ledger = Ledger(path)
    ledger.append({"request_id": "a", "status": "ok", "cost_usd": 0.5})
    ledger.close()
    with open(path, "ab") as fh:
        fh.write(b'{"request_id": "b", "sta')  # killed mid-write
    again = Ledger(path)
    assert [e["request_id"] for e in again.entries] == ["a"] and again.spent() == 0.5
    again.append({"request_id": "c", "status": "ok"})
    again.close()
    assert [json.loads(line)["request_id"] for line in path.read_text().splitlines()] == ["a", "c"]


def test_malformed_answers_retried_counted_and_replayed(tmp_path):
    p = params(max_attempts=3)
    reqs = plan_requests(seeds(), n=12, labels=LABELS, system_prompt=SYSTEM, params=p)
    provider = ScriptedProvider({0: "malformed", 1: "off_label", 2: "error", 3: "malformed"})
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = run(reqs, provider, ledger, p)
    assert len(result.records) == 12 and result.failed == []
    assert result.calls == 16 == len(provider.calls)  # 12 + 4 retried
    assert result.malformed == {"no_json": 2, "label": 1}
    assert result.errors == {"InternalServerError": 1}
    assert len(ledger.entries) == 16
    cost = sum(e.get("cost_usd", 0) for e in ledger.entries)
    assert result.cost_usd == pytest.approx(cost) and cost > 0
    ledger.close()
    # a rerun answers everything from the ledger: zero calls, the same examples
    provider2 = ScriptedProvider()
    again = run(reqs, provider2, Ledger(tmp_path / "ledger.jsonl"), p)
    assert provider2.calls == [] and again.replayed == 12
    assert again.records == result.records


def test_out_of_attempts_is_counted_not_dropped_silently(tmp_path):
    p = params(n_examples=6, max_attempts=2)
    reqs = plan_requests(seeds(), n=6, labels=LABELS, system_prompt=SYSTEM, params=p)
    provider = ScriptedProvider({0: "malformed", 1: "malformed"})
    result = run(
        reqs, provider, Ledger(tmp_path / "l.jsonl"), params(concurrency=1, max_attempts=2)
    )
    assert result.failed == [0] and len(result.records) == 5
    assert result.malformed == {"no_json": 2}


def test_budget_stops_cleanly_and_keeps_what_was_paid(tmp_path):
    # each call costs 100 * 1.0 + 20 * 2.0 = 140 / 1e6 USD; the estimate before a call is similar
    p = params(n_examples=12, budget_usd=140e-6 * 4.5, concurrency=1)
    reqs = plan_requests(seeds(), n=12, labels=LABELS, system_prompt=SYSTEM, params=p)
    ledger = Ledger(tmp_path / "l.jsonl")
    result = run(reqs, ScriptedProvider(), ledger, p)
    assert 0 < len(result.records) < 12 and result.skipped_budget
    assert ledger.spent() <= p.budget_usd
    assert len(ledger.entries) == len(result.records)  # every paid call kept


class FakeClock:
    """`time.monotonic` and `asyncio.sleep` for tasks.lib.calls: sleeping advances the clock at
    once, so the limiter's schedule is read exactly, with no wall-clock bound."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []
        self._yield = asyncio.sleep  # the real one, captured before the patch

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += max(0.0, seconds)
        await self._yield(0)


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    import tasks.lib.calls as gen

    fake = FakeClock()
    monkeypatch.setattr(gen, "time", SimpleNamespace(monotonic=fake.monotonic))
    monkeypatch.setattr(gen, "asyncio", SimpleNamespace(Lock=asyncio.Lock, sleep=fake.sleep))
    return fake


def _starts(limiter: RateLimiter, clock: FakeClock, tokens: list[int], idle: dict[int, float]):
    async def go():
        starts = []
        for i, n in enumerate(tokens):
            clock.now += idle.get(i, 0.0)  # the caller shows up late before wait i
            await limiter.wait(n)
            starts.append(round(clock.now, 9))
        return starts

    return asyncio.run(go())


def test_rate_limiter_spaces_requests(clock):
    # rpm 600 = one start every 0.1 s, from the first call on
    starts = _starts(RateLimiter(rpm=600, tpm=None), clock, [10] * 6, {})
    assert starts == [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]
    # tpm: the gap follows each request's tokens (60 s * 50 / 6000 = 0.5 s); rpm 600 is looser
    clock.now = 0.0
    starts = _starts(RateLimiter(rpm=600, tpm=6000), clock, [50, 50, 5, 50], {})
    assert starts == [0.0, 0.5, 1.0, 1.1]
    # even spacing, not a bucket: after 10 s idle the next start is immediate, the one after it
    # waits the full gap again (no burst to "catch up")
    clock.now = 0.0
    starts = _starts(RateLimiter(rpm=600, tpm=None), clock, [10] * 4, {2: 10.0})
    assert starts == [0.0, 0.1, 10.1, 10.2]
    # no limit: never sleeps
    clock.now, clock.slept = 0.0, []
    assert _starts(RateLimiter(rpm=None, tpm=None), clock, [10] * 3, {}) == [0.0] * 3
    assert clock.slept == []


@pytest.mark.parametrize("concurrency", [1, 3, 8])
def test_concurrency_bounded_and_parallel(tmp_path, concurrency):
    # counts, not a clock: the provider records how many calls are open at once
    p = params(n_examples=24, concurrency=concurrency)
    reqs = plan_requests(seeds(), n=24, labels=LABELS, system_prompt=SYSTEM, params=p)
    provider = ScriptedProvider(latency_s=0.01)
    result = run(reqs, provider, Ledger(tmp_path / "l.jsonl"), p)
    assert len(result.records) == 24 and len(provider.calls) == 24
    assert provider.max_in_flight == concurrency  # as many as allowed, never more
    assert provider.in_flight == 0


def test_distinct_ngrams():
    assert distinct_ngrams(["a b c", "a b d"], 1) == round(4 / 6, 4)
    assert distinct_ngrams(["a b", "a b"], 2) == 0.5
    assert distinct_ngrams([], 2) == 0.0


def _project(tmp_path, **gen):
    base = {"provider": "openai", "model": "m", "n_examples": 12, "few_shot": 2}
    base |= {"review": {"require": False}, "prices": {"m": {"input": 1.0, "output": 2.0}}}
    return make_project(
        tmp_path,
        seeds(4),
        task={"system_prompt": SYSTEM},
        generate=base | gen,
        validate={"min_records": 10},
    )


def test_stage_none_writes_empty_and_validate_reads_seeds_only(tmp_path):
    project = _project(tmp_path, provider="none")
    report = generate.fn(project)
    assert report["n_new"] == 0
    assert read_records(project.stage_dir("generate") / "records.jsonl") == []
    assert validate.fn(project)["n_generated"] == 0


def test_stage_with_provider_then_validate(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    provider = ScriptedProvider({0: "malformed"})
    monkeypatch.setattr("tasks.generate.make_provider", lambda *a, **k: provider)
    project = _project(tmp_path)
    report = generate.fn(project)
    assert report["n_new"] == 12 and report["calls_this_run"] == 13
    assert report["malformed_by_reason"] == {"no_json": 1}
    assert report["labels"]["BILLING"] == {"target": 2, "got": 2}
    assert read_json(project.stage_dir("generate") / REPORT) == report
    summary = validate.fn(project)
    assert summary["n_generated"] == 12 and summary["n_records"] == 24 + 12
    again = generate.fn(project)
    assert again["calls_this_run"] == 0 and again["replayed_from_ledger"] == 12
    assert "sk-test" not in (project.root / ".ftpipe/generate-ledger.jsonl").read_text()


def test_stage_review_gate(tmp_path, monkeypatch):
    monkeypatch.setattr("tasks.generate.make_provider", lambda *a, **k: ScriptedProvider())
    project = _project(tmp_path, review={"fraction": 0.25, "max_error_rate": 0.2})
    marks = project.root / "review/generate.csv"
    with pytest.raises(DataError, match="3 of 3 sampled new examples are not marked") as err:
        generate.fn(project)
    assert err.value.rule == "review" and not project.stage_dir("generate").exists()
    rows = list(csv.DictReader(marks.open()))
    assert [r["correct"] for r in rows] == ["", "", ""] and all(r["user"] for r in rows)

    def mark(values):
        with marks.open("w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows({**r, "correct": v} for r, v in zip(rows, values, strict=True))

    mark(["y", "n", "y"])  # 33% wrong > 20%
    with pytest.raises(DataError, match="regenerate with a better prompt"):
        generate.fn(project)
    mark(["y", "yes", "Y"])
    report = generate.fn(project)
    assert report["review"] == {"n_reviewed": 3, "n_wrong": 0, "error_rate": 0.0}
    assert report["calls_this_run"] == 0  # reviewing never costs another call


def test_local_provider_path_runs_offline_and_counts_failures(tmp_path, tiny_model_dir):
    """provider: local on a tiny random model: real sampling, nonsense answers, all counted."""
    project = _project(
        tmp_path, provider="local", model=tiny_model_dir, n_examples=3, max_tokens=8, max_attempts=2
    )
    report = generate.fn(project)
    assert report["calls_this_run"] == 6 and report["n_failed"] == 3 and report["n_new"] == 0
    assert sum(report["malformed_by_reason"].values()) == 6
    assert generate.fn(project)["calls_this_run"] == 0  # out of attempts: not asked again
