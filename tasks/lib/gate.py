"""The promotion gate: promote the candidate only if it beats what a user would pick instead.

    decision = decide(table, comparisons, params.register, task_type="classification")
    decision.promote, decision.verdict, decision.reasons

Checks, each judged on the point estimate or — for those named in `register.lower_bound` — on
the lower end of its confidence interval (of the candidate's metric for the floor, of the paired
difference candidate - contender for a gain):
- floor: the candidate's metric >= `register.min_metric`;
- base: it beats the better of the base model zero- and few-shot by > 0 and >= `min_gain_over_base`;
- champion: it beats the current champion by > 0 and >= `min_gain_over_champion` (no champion: ok);
- classic (`min_gain_over_classic` not null): it beats the classic model likewise (TF-IDF +
  logistic regression, or the TF-IDF nearest answer for extraction and generation).
An LLM that does not beat the classic model is not promoted, and the verdict says so plainly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tasks.lib.params import TYPE_METRICS, RegisterParams

BASES = ("base", "base_few_shot")
CLASSIC_WINS = "a classic model wins: ship it or fix the data"


@dataclass
class Decision:
    promote: bool
    verdict: str  # one line for people: "promote", or the main reason not to
    reasons: list[str] = field(default_factory=list)  # one line per check
    checks: dict[str, bool] = field(default_factory=dict)  # check -> passed


def _beats(gain: float, margin: float) -> bool:
    """Strictly better, and by at least `margin` (a tie is not a win)."""
    return gain > 0 and gain >= margin


def _gain_check(
    table: dict, comparisons: dict, metric: str, name: str, what: str, margin: float, low: bool
) -> tuple[bool, str]:
    """Does the candidate beat contender `name` by > 0 and >= margin: on the paired difference,
    or on its interval's lower bound (`low`)?"""
    cand, other, diff = table["candidate"][metric], table[name][metric], comparisons[name][metric]
    span = f"{100 * diff['level']:.0f}% CI [{diff['low']:+.3f}, {diff['high']:+.3f}]"
    gain = diff["low"] if low else diff["difference"]
    detail = f"lower bound {gain:+.3f} judged, {span}" if low else span
    ok = _beats(gain, margin)
    return ok, (
        f"{metric} {cand:.3f} vs {what} {other:.3f} (gain {cand - other:+.3f}, {detail}; needs > 0"
        f" and >= {margin:+.3f}): {'ok' if ok else 'NOT enough'}"
    )


def _floor(table: dict, metric: str, rp: RegisterParams) -> tuple[bool, str]:
    entry = table["candidate"]["intervals"][metric]
    low = "floor" in rp.lower_bound
    value = entry["low"] if low else entry["value"]
    ok = value >= rp.min_metric
    shown = f"lower bound {entry['low']:.3f}" if low else f"{entry['value']:.3f}"
    return ok, (
        f"{metric} {shown} (CI [{entry['low']:.3f}, {entry['high']:.3f}]) vs floor "
        f"{rp.min_metric:.3f}: {'ok' if ok else 'NOT enough'}"
    )


def decide(
    table: dict[str, Any], comparisons: dict[str, Any], rp: RegisterParams, *, task_type: str
) -> Decision:
    """The gate over evaluate's contenders table and paired comparisons (see module doc)."""
    metric = rp.metric or TYPE_METRICS[task_type][0]  # null: the type's first (as in Params)
    checks: dict[str, tuple[bool, str]] = {"floor": _floor(table, metric, rp)}
    todo = []  # (check, contender, how to call it, margin)
    bases = [b for b in BASES if b in table]
    if bases:
        best = max(bases, key=lambda b: table[b][metric])
        what = "base" if best == "base" else "base few-shot"
        todo.append(("base", best, what, rp.min_gain_over_base))
    if "champion" in table:
        what = f"champion v{table['champion'].get('version', '?')}"
        todo.append(("champion", "champion", what, rp.min_gain_over_champion))
    else:
        checks["champion"] = (True, "no current champion")
    classic = rp.min_gain_over_classic
    if classic is not None and "classic" in table:
        todo.append(("classic", "classic", "classic TF-IDF", classic))
    for check, name, what, margin in todo:
        low = check in rp.lower_bound
        checks[check] = _gain_check(table, comparisons, metric, name, what, margin, low)
    failed = [name for name, (ok, _) in checks.items() if not ok]
    return Decision(
        promote=not failed,
        verdict=_verdict(failed, metric),
        reasons=[reason for _, reason in checks.values()],
        checks={name: ok for name, (ok, _) in checks.items()},
    )


def _verdict(failed: list[str], metric: str) -> str:
    if not failed:
        return "promote"
    if "classic" in failed:
        return CLASSIC_WINS
    if "floor" in failed:
        return f"below the floor: the candidate's {metric} is not good enough to ship"
    if "base" in failed:
        return "the base model does as well: prompting is enough, or fix the data"
    return "the current champion stays: the candidate is not better"
