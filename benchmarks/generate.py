"""Synthetic-data generation: concurrency vs a sequential loop, rate limit, kill and resume.

    python benchmarks/generate.py                 # 500 requests, 200 ms latency (~2 min)
    python benchmarks/generate.py --n 100         # quicker

Everything runs against tests/llm_server.py (a local server speaking the OpenAI wire format) with
the real `openai` SDK, so the figures measure our scheduling, not a network:

1. baseline: a plain sequential loop, one `client.chat.completions.create` at a time;
   ours: `tasks.generate.run_requests` at concurrency 16 (same prompts, same server) -> ratio.
2. rate limit: ours with `requests_per_minute` set; the observed rate (server side) vs the limit.
3. kill at 50 % and resume: `ftpipe stage generate` in a subprocess, SIGKILL once half the ledger
   is written, then a rerun: repeated completed calls (goal 0) and lost examples (goal 0).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tasks.generate import Ledger, plan_requests, run_requests  # noqa: E402
from tasks.lib.io import read_records  # noqa: E402
from tasks.lib.params import GenerateParams  # noqa: E402
from tests.helpers import LABELS, chat, make_project  # noqa: E402
from tests.llm_server import LLMServer  # noqa: E402

SYSTEM = "Classify the customer's ticket."


def answer(call) -> str:
    prompt = call.last_user_text
    label = prompt.split("must have the label ")[1].split(".")[0]
    return json.dumps(
        {"user": f"{label.lower()} case {call.index} {abs(hash(prompt))}", "label": label}
    )


def seeds() -> list[dict]:
    return [
        chat(f"seed {lab.lower()} ticket {i}", lab, system=SYSTEM)
        for lab in LABELS
        for i in range(4)
    ]


PRICES = {"llm-server-model": {"input": 0.15, "output": 0.6}}  # gpt-4o-mini's, for the ledger


def params(n: int, **kw) -> GenerateParams:
    return GenerateParams(
        provider="openai", model="llm-server-model", n_examples=n, prices=PRICES, **kw
    )


def sequential(server: LLMServer, requests) -> float:
    import openai

    client = openai.OpenAI(base_url=server.openai_base_url, api_key="x", max_retries=2)
    t0 = time.perf_counter()
    for req in requests:
        client.chat.completions.create(
            model="llm-server-model", messages=req.messages, max_tokens=256
        )
    return time.perf_counter() - t0


def ours(server: LLMServer, requests, p: GenerateParams, ledger_path: Path) -> tuple[float, int]:
    from tasks.lib.providers import OpenAIProvider

    os.environ["OPENAI_BASE_URL"] = server.openai_base_url
    provider = OpenAIProvider(p.model, timeout_s=30, max_retries=2, key="x")
    ledger = Ledger(ledger_path)
    t0 = time.perf_counter()
    result = asyncio.run(
        run_requests(
            requests,
            provider=provider,
            ledger=ledger,
            params=p,
            system_prompt=SYSTEM,
            labels=LABELS,
        )
    )
    ledger.close()
    return time.perf_counter() - t0, len(result.records)


def kill_and_resume(server: LLMServer, n: int, work: Path) -> dict:
    project = make_project(
        work / "proj",
        seeds(),
        task={"system_prompt": SYSTEM},
        generate={
            "provider": "openai",
            "model": "llm-server-model",
            "prices": PRICES,
            "n_examples": n,
            "concurrency": 16,
            "review": {"require": False},
        },
        dedup={"threshold": 100},
    )
    env = os.environ | {"OPENAI_API_KEY": "x", "OPENAI_BASE_URL": server.openai_base_url}
    cmd = [
        str(Path(sys.executable).parent / "ftpipe"),
        "stage",
        "generate",
        "--project",
        str(project.root),
    ]
    ledger = project.root / project.params.generate.ledger
    start_calls = len(server.calls)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not (ledger.exists() and ledger.read_bytes().count(b"\n") >= n // 2):
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = {json.loads(x)["request_id"] for x in ledger.read_text().splitlines()}
    mid = len(server.calls)
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    reqs = plan_requests(
        seeds(), n=n, labels=LABELS, system_prompt=SYSTEM, params=project.params.generate
    )
    rid = {r.messages[0]["content"]: r.request_id for r in reqs}
    repeated = sum(rid[c.last_user_text] in done for c in server.calls[mid:])
    records = read_records(project.stage_dir("generate") / "records.jsonl")
    return {
        "killed_after_ledger_lines": len(done),
        "calls_before_kill": mid - start_calls,
        "calls_after": len(server.calls) - mid,
        "repeated_completed_calls": repeated,
        "lost_examples": n - len(records),
        "duplicate_examples": len(records) - len({json.dumps(r) for r in records}),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500, help="requests (default 500)")
    ap.add_argument("--latency", type=float, default=0.2, help="server latency, s (default 0.2)")
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--rpm", type=float, default=1200.0, help="limit for the rate check")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="ftpipe-genbench-"))
    p = params(args.n, concurrency=args.concurrency, max_tokens=256)
    requests = plan_requests(seeds(), n=args.n, labels=LABELS, system_prompt=SYSTEM, params=p)
    print(
        f"# benchmarks/generate.py: {args.n} requests, server latency {args.latency * 1000:.0f} ms"
    )
    with LLMServer(answer, latency_s=args.latency) as server:
        t_seq = sequential(server, requests)
        t_ours, n_ok = ours(server, requests, p, work / "ledger1.jsonl")
        rate_seq = args.n / t_seq
        print(f"sequential loop (openai SDK, 1 at a time): {t_seq:7.1f} s  {rate_seq:6.1f} req/s")
        print(
            f"ours, concurrency {args.concurrency:<3}                  : {t_ours:7.1f} s  "
            f"{args.n / t_ours:6.1f} req/s  ({n_ok} examples)"
        )
        ratio = t_seq / t_ours
        print(f"speed-up: {ratio:.1f}x  (goal >= 12x: {'PASS' if ratio >= 12 else 'MISS'})")

        n_rate = min(args.n, 200)
        limited = params(n_rate, concurrency=args.concurrency, requests_per_minute=args.rpm)
        reqs = plan_requests(seeds(), n=n_rate, labels=LABELS, system_prompt=SYSTEM, params=limited)
        first = len(server.calls)
        ours(server, reqs, limited, work / "ledger2.jsonl")
        starts = sorted(c.t_start for c in server.calls[first:])
        observed = (len(starts) - 1) / (starts[-1] - starts[0]) * 60
        dev = abs(observed - args.rpm) / args.rpm
        print(
            f"rate limit {args.rpm:.0f}/min over {n_rate} requests: observed {observed:.0f}/min "
            f"({dev:.1%} off; goal within 10%: {'PASS' if dev <= 0.10 else 'MISS'})"
        )

        k = kill_and_resume(server, args.n, work)
        print(
            f"kill at 50% and resume ({args.n} examples): SIGKILL after "
            f"{k['killed_after_ledger_lines']} ledger lines, {k['calls_before_kill']} calls "
            f"before, {k['calls_after']} after"
        )
        print(
            f"  repeated completed calls: {k['repeated_completed_calls']} (goal 0)   "
            f"lost examples: {k['lost_examples']} (goal 0)   duplicates: {k['duplicate_examples']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
