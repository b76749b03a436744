"""LLM-as-judge, pairwise: is the candidate's answer better than another contender's?

    results = judge_contenders(params, root, prompts, references, {"candidate": [...],
                               "base": [...], "champion": [...]})   # {"base": summary, ...}
    judge_agreement(dict(zip(ids, results["base"]["verdicts"])), human_verdicts(csv, "candidate"))

Off unless `evaluate.judge.provider` names one (openai, anthropic, local: tasks/lib/providers.py).

- Every item is judged TWICE, the second time with the answers' order swapped (the candidate
  shown as B), to cancel position bias. As in FastChat's MT-Bench pairwise judge, the candidate
  wins (loses) only when both orders say so; a verdict that flips with the order, or a tie in
  either order, is a tie (`position_flips` counts the flips).
- The judge explains briefly, then ends with `[[A]]`, `[[B]]` or `[[C]]` (tie); the last such
  mark in its answer is the verdict. An answer without one is retried up to `max_attempts`, then
  the item is `invalid`: counted and shown, never dropped silently. An item whose call the budget
  stopped is `skipped`. Two identical answers are a tie without a call.
- Every call goes through a ledger (`evaluate.judge.ledger`, tasks/lib/calls.py) keyed by a hash
  of what is sent (model, settings, rubric, both answers, order): a rerun pays for nothing twice.
- The summary: wins, ties, losses, invalid; the win rate (wins + ties / 2) / valid with a seeded
  percentile-bootstrap interval, and the win / tie / loss rates with Wilson intervals.
- Judge-human agreement (`judge_agreement`) on the items both judged: the agreement rate and
  Cohen's kappa over win / tie / loss, and the agreement where neither said tie (MT-Bench's
  "without tie"); `human_verdicts` reads a rated `ftpipe review` CSV with its key.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tasks.lib.calls import Ledger, Request, RunResult, request_key, run_calls
from tasks.lib.errors import PipelineError
from tasks.lib.params import JudgeParams, Params
from tasks.lib.providers import make_provider
from tasks.lib.runtime import get_logger

VERDICTS = ("win", "tie", "loss")  # the candidate's result against the other contender
INVALID, SKIPPED = "invalid", "skipped"  # no verdict after max_attempts; stopped by the budget

JUDGE_SYSTEM = (
    "Please act as an impartial judge and evaluate the quality of the answers two AI "
    "assistants gave to the input shown below. Judge by this rubric: {rubric}\n"
    "Avoid any position bias: the order in which the answers are shown must not influence your "
    "decision, nor their length, nor any name. Be as objective as possible. Explain your "
    "comparison in a few sentences, then give your final verdict on the last line, strictly in "
    'this format: "[[A]]" if assistant A is better, "[[B]]" if assistant B is better, and '
    '"[[C]]" for a tie.'
)
JUDGE_PROMPT = """\
The assistants were given these instructions (their system prompt):
{system_prompt}

[The Start of the Input]
{input}
[The End of the Input]
{reference}
[The Start of Assistant A's Answer]
{answer_a}
[The End of Assistant A's Answer]

[The Start of Assistant B's Answer]
{answer_b}
[The End of Assistant B's Answer]"""
REFERENCE = """
[The Start of the Reference Answer]
{reference}
[The End of the Reference Answer]
"""
_FIELD = re.compile(r"\{(rubric|system_prompt|input|reference|answer_a|answer_b)\}")
_VERDICT = re.compile(r"\[\[([ABC])\]\]")
# the candidate's result from the judge's letter, when the candidate is shown first / second
_AS_FIRST = {"A": "win", "B": "loss", "C": "tie"}
_AS_SECOND = {"A": "loss", "B": "win", "C": "tie"}


@dataclass(frozen=True)
class Item:
    """One comparison: the input, the candidate's answer, the other's, the reference if any."""

    input: str
    candidate: str
    other: str
    reference: str | None = None


def _render(template: str, **fields: str) -> str:
    # one pass: braces inside the answers (JSON) are never read as fields
    return _FIELD.sub(lambda m: fields[m[1]], template)


def judge_messages(
    item: Item, *, system_prompt: str, rubric: str, swapped: bool
) -> list[dict[str, str]]:
    """The judge's conversation; `swapped`: the other contender's answer is shown first (A)."""
    first, second = (item.other, item.candidate) if swapped else (item.candidate, item.other)
    reference = "" if item.reference is None else _render(REFERENCE, reference=item.reference)
    user = _render(
        JUDGE_PROMPT,
        system_prompt=system_prompt,
        input=item.input,
        reference=reference,
        answer_a=first,
        answer_b=second,
    )
    return [
        {"role": "system", "content": _render(JUDGE_SYSTEM, rubric=rubric)},
        {"role": "user", "content": user},
    ]


def parse_verdict(text: str, _req: Request | None = None) -> tuple[str | None, str | None]:
    """("A" | "B" | "C", None) from the last [[X]] mark in the answer, else (None, "no_verdict")."""
    found = _VERDICT.findall(text)
    return (found[-1], None) if found else (None, "no_verdict")


def combine(first: str | None, second: str | None) -> str:
    """The candidate's result from the letters of both orders (None: that call has no verdict).

    Both orders must agree on a winner; a flip or a tie in either order is a tie (MT-Bench).
    """
    if first is None or second is None:
        return INVALID
    a, b = _AS_FIRST[first], _AS_SECOND[second]
    return a if a == b else "tie"


# --- planning and running ---------------------------------------------------------------------
def plan(
    items: Sequence[Item], *, settings: JudgeParams, system_prompt: str
) -> tuple[list[Request], list[tuple[int, int] | None]]:
    """The distinct requests, and per item the indices of its (candidate first, swapped) pair;
    None for an item whose two answers are identical (a tie, no call)."""
    by_id: dict[str, Request] = {}
    pairs: list[tuple[int, int] | None] = []
    for item in items:
        if item.candidate.strip() == item.other.strip():
            pairs.append(None)
            continue
        pair = []
        for swapped in (False, True):
            messages = judge_messages(
                item, system_prompt=system_prompt, rubric=settings.rubric, swapped=swapped
            )
            rid = request_key(
                "judge",
                settings.provider,
                settings.model,
                settings.temperature,
                settings.max_tokens,
                messages,
            )
            if rid not in by_id:
                by_id[rid] = Request(len(by_id), "BA" if swapped else "AB", rid, messages)
            pair.append(by_id[rid].index)
        pairs.append((pair[0], pair[1]))
    return list(by_id.values()), pairs


def item_verdicts(pairs: Sequence[tuple[int, int] | None], run: RunResult) -> list[str]:
    """win | tie | loss | invalid | skipped per item, from the run's parsed letters."""
    skipped = set(run.skipped_budget)
    out = []
    for pair in pairs:
        if pair is None:
            out.append("tie")
        elif skipped & set(pair):
            out.append(SKIPPED)
        else:
            out.append(combine(run.records.get(pair[0]), run.records.get(pair[1])))
    return out


def _flips(pairs: Sequence[tuple[int, int] | None], run: RunResult) -> int:
    """Items whose verdict reversed with the order (the candidate won in one, lost in the other):
    the judge's position bias, counted as ties."""
    n = 0
    for pair in pairs:
        if pair is None:
            continue
        first, second = run.records.get(pair[0]), run.records.get(pair[1])
        if first and second and {_AS_FIRST[first], _AS_SECOND[second]} == {"win", "loss"}:
            n += 1
    return n


@dataclass
class JudgeRun:
    verdicts: list[str]  # per item: win | tie | loss | invalid | skipped
    run: RunResult  # the calls (the parsed letter per request index)
    n_requests: int  # distinct requests (two per item with different answers, fewer if repeated)
    position_flips: int


# --- the summary ------------------------------------------------------------------------------
def summarize(
    verdicts: Sequence[str], *, level: float = 0.95, resamples: int = 2000, seed: int = 0
) -> dict[str, Any]:
    """Counts, the win rate (wins + ties / 2) / valid with its bootstrap interval, and the win /
    tie / loss rates (Wilson) among valid items; invalid_rate over the items judged."""
    import numpy as np

    from tasks.lib.stats import bootstrap_interval, interval_entry, rate_entry

    counts = Counter(verdicts)
    valid = sum(counts[v] for v in VERDICTS)
    judged = valid + counts[INVALID]
    out: dict[str, Any] = {
        "n": len(verdicts),
        "wins": counts["win"],
        "ties": counts["tie"],
        "losses": counts["loss"],
        "invalid": counts[INVALID],
        "skipped_budget": counts[SKIPPED],
        "valid": valid,
        "win_rate": None,
        "rates": None,
        "invalid_rate": rate_entry(counts[INVALID], judged, level) if judged else None,
    }
    if valid:
        score = {"win": 1.0, "tie": 0.5, "loss": 0.0}
        scores = np.array([score[v] for v in verdicts if v in score])
        interval = bootstrap_interval(
            lambda idx: float(scores[idx].mean()),
            len(scores),
            resamples=resamples,
            level=level,
            seed=seed,
        )
        out["win_rate"] = interval_entry(scores.mean(), interval, "bootstrap")
        out["rates"] = {v: rate_entry(counts[v], valid, level) for v in VERDICTS}
    return out


async def judge_items(
    items: Sequence[Item],
    *,
    provider: Any,
    ledger: Ledger,
    settings: JudgeParams,
    system_prompt: str,
    what: str = "judge: calls",
) -> JudgeRun:
    """Both orders of every item through the ledger; the verdict per item."""
    requests, pairs = plan(items, settings=settings, system_prompt=system_prompt)
    run = await run_calls(
        requests,
        provider=provider,
        ledger=ledger,
        settings=settings,
        parse=parse_verdict,
        what=what,
    )
    return JudgeRun(item_verdicts(pairs, run), run, len(requests), _flips(pairs, run))


# --- the entry point --------------------------------------------------------------------------
def _items(
    prompts: Sequence[str],
    references: Sequence[str] | None,
    candidate: Sequence[str],
    other: Sequence[str],
    limit: int | None,
) -> list[Item]:
    n = len(prompts) if limit is None else min(limit, len(prompts))
    for name, seq in (("references", references), ("candidate", candidate), ("other", other)):
        if seq is not None and len(seq) != len(prompts):
            raise PipelineError(f"judge: {len(seq)} {name} answers for {len(prompts)} inputs")
    return [
        Item(prompts[i], candidate[i], other[i], None if references is None else references[i])
        for i in range(n)
    ]


def _log(candidate: str, other: str, s: dict[str, Any]) -> None:
    rate = s["win_rate"]
    shown = f"{rate['value']:.3f} [{rate['low']:.3f}, {rate['high']:.3f}]" if rate else "n/a"
    calls = s["calls"]
    get_logger().info(
        "judge: %s vs %s: %d wins, %d ties, %d losses, %d invalid%s; win rate %s; "
        "%d calls, %d replayed from the ledger, $%.4f this run",
        candidate,
        other,
        s["wins"],
        s["ties"],
        s["losses"],
        s["invalid"],
        f", {s['skipped_budget']} skipped (budget)" if s["skipped_budget"] else "",
        shown,
        calls["calls_this_run"],
        calls["replayed_from_ledger"],
        calls["cost_usd_this_run"],
    )


def judge_contenders(
    params: Params,
    root: Path,
    prompts_text: Sequence[str],
    references: Sequence[str] | None,
    answers: Mapping[str, Sequence[str]],
    candidate: str = "candidate",
) -> dict[str, dict[str, Any]]:
    """The candidate against each contender of `evaluate.judge.against` that `answers` has.

    Args:
        params: the project's params (task.system_prompt, evaluate.judge, its ci_level,
            bootstrap and seed).
        root: the project root (the ledger's and a local model's paths are relative to it).
        prompts_text: the input each answer replies to (the user's text), one per test example.
        references: the reference answers in the same order, or None.
        answers: contender name -> its answers in the same order; must hold `candidate`.
        candidate: the contender judged against the others.

    Returns:
        {other: summary}; {} when evaluate.judge.provider is none. A summary holds `summarize`'s
        counts and rates, plus candidate, other, judge_provider, judge_model, position_flips,
        identical_answers, verdicts (per judged example, in input order: win | tie | loss |
        invalid | skipped) and calls (the run's calls, failures and cost).
    """
    settings, ev = params.evaluate.judge, params.evaluate
    if settings.provider == "none":
        return {}
    others = [name for name in settings.against if name in answers and name != candidate]
    if not others:
        return {}
    provider = make_provider(
        settings.provider,
        model=settings.model,
        timeout_s=settings.timeout_s,
        max_retries=settings.max_retries,
        api_key_block=settings.api_key_block,
        root=root,
        seed=settings.seed,
        setting="evaluate.judge.provider",
    )
    ledger = Ledger(Path(root) / settings.ledger)
    results = {}
    try:
        for other in others:
            items = _items(
                prompts_text, references, answers[candidate], answers[other], settings.max_examples
            )
            done = asyncio.run(
                judge_items(
                    items,
                    provider=provider,
                    ledger=ledger,
                    settings=settings,
                    system_prompt=params.task.system_prompt,
                    what=f"judge: {candidate} vs {other}",
                )
            )
            summary = summarize(
                done.verdicts, level=ev.ci_level, resamples=ev.bootstrap, seed=ev.seed
            )
            results[other] = {
                "candidate": candidate,
                "other": other,
                "judge_provider": settings.provider,
                "judge_model": settings.model,
                **summary,
                "position_flips": done.position_flips,
                "identical_answers": sum(i.candidate.strip() == i.other.strip() for i in items),
                "verdicts": done.verdicts,
                "calls": done.run.report(ledger, done.n_requests),
            }
            _log(candidate, other, results[other])
    finally:
        ledger.close()
    return results


# --- judge vs people --------------------------------------------------------------------------
def judge_agreement(judge: Mapping[str, str], human: Mapping[str, str]) -> dict[str, Any]:
    """How often the judge agrees with people on the items both gave a verdict (win/tie/loss).

    Args:
        judge: item id -> the judge's verdict for the candidate (invalid/skipped are left out).
        human: item id -> the people's verdict for the same candidate against the same contender.

    Returns:
        n, agreement (rate with its Wilson interval), cohen_kappa (None when undefined: fewer
        than two items, or one verdict only on both sides), and n_decided / agreement_decided on
        the items where neither said tie.
    """
    import math

    from sklearn.metrics import cohen_kappa_score

    from tasks.lib.stats import rate_entry

    shared = [k for k in judge if judge[k] in VERDICTS and human.get(k) in VERDICTS]
    j, h = [judge[k] for k in shared], [human[k] for k in shared]
    agree = sum(a == b for a, b in zip(j, h, strict=True))
    kappa = None
    if len(shared) >= 2 and len(set(j) | set(h)) > 1:
        value = float(cohen_kappa_score(j, h, labels=list(VERDICTS)))
        kappa = None if math.isnan(value) else round(value, 4)
    decided = [(a, b) for a, b in zip(j, h, strict=True) if "tie" not in (a, b)]
    return {
        "n": len(shared),
        "agreement": rate_entry(agree, len(shared)) if shared else None,
        "cohen_kappa": kappa,
        "n_decided": len(decided),
        "agreement_decided": (
            rate_entry(sum(a == b for a, b in decided), len(decided)) if decided else None
        ),
    }


def human_verdicts(csv_path: Path, candidate: str) -> dict[str, str]:
    """record id -> win | tie | loss for `candidate`, from a rated `ftpipe review export` CSV
    and its key (unrated rows are left out)."""
    from tasks.lib.review import read_ratings

    key, rows = read_ratings(Path(csv_path))
    if candidate not in (key["a"], key["b"]):
        raise PipelineError(f"{csv_path}: compares {key['a']} and {key['b']}, not {candidate}")
    out = {}
    for item, shown in rows:
        if shown == "tie":
            out[item["id"]] = "tie"
        elif shown is not None:
            shown_candidate = "A" if item["shown_a"] == candidate else "B"
            out[item["id"]] = "win" if shown == shown_candidate else "loss"
    return out


def review_evidence(
    review_dir: Path, judged: Mapping[str, Mapping[str, Any]], candidate: str = "candidate"
) -> list[dict[str, Any]]:
    """What people said about the candidate, for the evaluation report: per imported review
    (`ftpipe review import` wrote `<csv>.result.json`) that compares it with another contender,
    the preference rate with its interval and — when the LLM judge compared the same two —
    judge-human agreement on the items both rated."""
    from tasks.lib.io import read_json

    rows = []
    for result_path in sorted(Path(review_dir).glob("*.csv.result.json")):
        result = read_json(result_path)
        if candidate not in (result.get("a"), result.get("b")):
            continue
        other = result["b"] if result["a"] == candidate else result["a"]
        preferred = result.get(f"{candidate}_preferred")
        if preferred is None and result.get(f"{other}_preferred") is not None:
            flip = result[f"{other}_preferred"]  # a rate of the other: the complement
            low, high = 1 - flip["high"], 1 - flip["low"]
            preferred = {**flip, "value": 1 - flip["value"], "low": low, "high": high}
        row = {
            "review": result_path.name.removesuffix(".result.json"),
            "other": other,
            "rated": result["rated"],
            "ties": result["ties"],
            "preferred": preferred,
        }
        if other in judged and judged[other].get("ids"):
            verdicts = dict(zip(judged[other]["ids"], judged[other]["verdicts"], strict=True))
            csv_path = result_path.with_name(row["review"])
            row["agreement"] = judge_agreement(verdicts, human_verdicts(csv_path, candidate))
        rows.append(row)
    return rows
