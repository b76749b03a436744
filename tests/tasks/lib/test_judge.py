"""The pairwise LLM judge through the real OpenAI and Anthropic SDKs, against tests/llm_server.py.

The server's responder plays the judge: it reads the two answers out of the prompt, so a test
sees exactly what each call showed (and in which order), and counts every call it got.
"""

from __future__ import annotations

import csv
import json

import pytest

from tasks.lib.errors import ParamsError
from tasks.lib.judge import (
    combine,
    human_verdicts,
    judge_agreement,
    judge_contenders,
    parse_verdict,
    summarize,
)
from tests.helpers import make_project
from tests.llm_server import FaultPlan, LLMServer

SYSTEM = "Answer the customer's question in one short sentence."
PRICES = {"llm-server-model": {"input": 1.0, "output": 4.0}}


def shown(call, which: str) -> str:
    """The answer the judge call showed as assistant `which` (A or B)."""
    text = call.last_user_text
    start = f"[The Start of Assistant {which}'s Answer]\n"
    return text.split(start, 1)[1].split(f"\n[The End of Assistant {which}'s Answer]", 1)[0]


def fair(call) -> str:
    """Prefers the answer containing "good"; a tie when both or neither do."""
    a, b = "good" in shown(call, "A"), "good" in shown(call, "B")
    verdict = "[[C]]" if a == b else "[[A]]" if a else "[[B]]"
    return f"Assistant {'A' if a else 'B'} is more helpful.\n{verdict}"


def project(tmp_path, **judge):
    base = {
        "provider": "openai",
        "model": "llm-server-model",
        "max_retries": 2,
        "timeout_s": 5,
        "prices": PRICES,
    }
    return make_project(tmp_path, task={"system_prompt": SYSTEM}, evaluate={"judge": base | judge})


@pytest.fixture
def point(monkeypatch):
    def to(server: LLMServer) -> None:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-KEY-never-logged")
        monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-KEY-never-logged")
        monkeypatch.setenv("OPENAI_BASE_URL", server.openai_base_url)
        monkeypatch.setenv("ANTHROPIC_BASE_URL", server.anthropic_base_url)

    return to


PROMPTS = [f"question {i}?" for i in range(6)]
# candidate better on 0-2, equal on 3, worse on 4-5
CANDIDATE = ["good 0", "good 1", "good 2", "good 3", "bad 4", "bad 5"]
BASE = ["bad 0", "bad 1", "bad 2", "good 3 too", "good 4", "good 5"]


def run(p, root, answers=None, references=None):
    answers = answers or {"candidate": CANDIDATE, "base": BASE}
    return judge_contenders(p.params, root, PROMPTS, references, answers)


@pytest.mark.parametrize("api", ["openai", "anthropic"])
def test_both_orders_are_judged_and_combined(tmp_path, point, api):
    with LLMServer(fair) as server:
        point(server)
        p = project(tmp_path, provider=api)
        out = run(p, tmp_path)
    s = out["base"]
    assert s["verdicts"] == ["win", "win", "win", "tie", "loss", "loss"]
    assert (s["wins"], s["ties"], s["losses"], s["invalid"]) == (3, 1, 2, 0)
    assert s["win_rate"]["value"] == pytest.approx(3.5 / 6)
    assert len(server.calls) == 12 and all(c.api == api for c in server.calls)
    for i in range(6):  # each item once with the candidate first, once with it second
        orders = {
            (shown(c, "A"), shown(c, "B"))
            for c in server.calls
            if f"question {i}?" in c.last_user_text
        }
        assert orders == {(CANDIDATE[i], BASE[i]), (BASE[i], CANDIDATE[i])}
    system = [c.messages[0]["content"] for c in server.calls]
    assert all("[[A]]" in t and "faithful to the input" in t for t in system)  # rubric shown
    assert all(SYSTEM in c.last_user_text for c in server.calls)  # the task's system prompt
    assert s["calls"]["cost_usd_this_run"] > 0 and s["judge_model"] == "llm-server-model"


def test_a_position_biased_judge_yields_ties(tmp_path, point):
    with LLMServer(lambda call: "The first one.\n[[A]]") as server:
        point(server)
        s = run(project(tmp_path), tmp_path)["base"]
    assert s["verdicts"] == ["tie"] * 6  # "candidate wins" then "base wins": a flip, a tie
    assert s["position_flips"] == 6 and s["identical_answers"] == 0
    assert s["win_rate"]["value"] == 0.5 and s["rates"]["tie"]["value"] == 1.0


def test_explicit_ties_and_identical_answers(tmp_path, point):
    with LLMServer(lambda call: "Equally good.\n[[C]]") as server:
        point(server)
        answers = {"candidate": CANDIDATE, "base": [*CANDIDATE[:2], *BASE[2:]]}
        s = run(project(tmp_path), tmp_path, answers)["base"]
    assert s["ties"] == 6 and s["position_flips"] == 0
    assert s["identical_answers"] == 2 and len(server.calls) == 2 * 4  # no call for equal answers


def test_garbage_is_retried_then_invalid_and_never_paid_twice(tmp_path, point):
    """Item 1 gets prose without a verdict every time: retried, then invalid. One stray answer
    without a verdict, a 500 and a 429 on the way are retried (ours, the SDK's) and recovered."""

    def respond(call):
        return (
            "I cannot decide, both are fine."
            if "question 1?" in call.last_user_text
            else fair(call)
        )

    plan = FaultPlan.sequence(["malformed", "500", "429"], retry_after="0.05")
    with LLMServer(respond, faults=plan) as server:
        point(server)
        p = project(tmp_path, max_attempts=3, concurrency=1)
        s = run(p, tmp_path)["base"]
        first = len(server.calls)
        again = run(p, tmp_path)["base"]
        assert len(server.calls) == first  # the rerun replays the ledger: no call at all
    assert s["verdicts"][1] == "invalid" and s["invalid"] == 1 and s["valid"] == 5
    assert s["invalid_rate"]["value"] == pytest.approx(1 / 6)
    assert s["calls"]["malformed_by_reason"] == {"no_verdict": 3 * 2 + 1}
    assert s["calls"]["n_failed"] == 2  # both orders of item 1 out of attempts
    # 12 requests + 4 more attempts for item 1 + 1 for the stray answer; + 2 SDK retries
    assert s["calls"]["calls_this_run"] == 17 and first == 19
    assert again["verdicts"] == s["verdicts"] and again["calls"]["calls_this_run"] == 0
    assert again["calls"]["replayed_from_ledger"] == 10  # out-of-attempts ones: not asked again
    ledger = (tmp_path / ".ftpipe/judge-ledger.jsonl").read_text()
    assert len(ledger.splitlines()) == 17 and "KEY-never-logged" not in ledger


def test_reference_is_shown_when_given(tmp_path, point):
    with LLMServer(fair) as server:
        point(server)
        run(project(tmp_path), tmp_path, references=[f"ref {i}" for i in range(6)])
        with_ref = [c.last_user_text for c in server.calls]
    assert all("[The Start of the Reference Answer]\nref " in t for t in with_ref)
    with LLMServer(fair) as server:
        point(server)
        run(project(tmp_path / "other"), tmp_path / "other")
    assert not any("Reference Answer" in c.last_user_text for c in server.calls)


def test_off_absent_contenders_and_unpriced_models(tmp_path, point):
    with LLMServer(fair) as server:
        point(server)
        assert run(project(tmp_path, provider="none"), tmp_path) == {}
        p = project(tmp_path, against=["champion", "base"])  # no champion yet: skipped
        assert list(run(p, tmp_path)) == ["base"]
    with pytest.raises(ParamsError, match="evaluate.judge.model 'gpt-9' has no price"):
        project(tmp_path, model="gpt-9")
    assert project(tmp_path, model="gpt-9", budget_usd=None)


def test_budget_stops_calls_and_counts_skipped(tmp_path, point):
    with LLMServer(fair) as server:
        point(server)
        # each call costs ~ (prompt words + max_tokens) * 1e-6 USD estimated: room for a few
        p = project(tmp_path, concurrency=1, budget_usd=0.0012, max_tokens=64)
        s = run(p, tmp_path)["base"]
    assert 0 < len(server.calls) < 12 and s["skipped_budget"] > 0
    assert s["calls"]["budget_reached"] and s["calls"]["cost_usd_ledger_total"] <= 0.0012
    assert s["n"] == s["valid"] + s["invalid"] + s["skipped_budget"]


def test_parse_and_combine():
    assert parse_verdict("A is better. [[A]]") == ("A", None)
    assert parse_verdict("Not [[A]] but in the end:\n[[C]]") == ("C", None)  # the last mark
    assert parse_verdict("A") == (None, "no_verdict")
    assert parse_verdict("[[a]] [A]") == (None, "no_verdict")
    # candidate first, then candidate second
    assert combine("A", "B") == "win" and combine("B", "A") == "loss"
    assert combine("A", "A") == "tie" and combine("C", "B") == "tie"
    assert combine(None, "B") == "invalid"


def test_win_rate_interval():
    verdicts = ["win"] * 30 + ["tie"] * 10 + ["loss"] * 10 + ["invalid"] * 3 + ["skipped"] * 2
    s = summarize(verdicts, level=0.95, resamples=2000, seed=0)
    assert (s["n"], s["valid"], s["invalid"], s["skipped_budget"]) == (55, 50, 3, 2)
    assert s["win_rate"]["value"] == pytest.approx(35 / 50)
    assert s["win_rate"]["low"] < 0.7 < s["win_rate"]["high"]
    assert s["win_rate"]["method"] == "bootstrap"
    assert summarize(verdicts, seed=0) == s  # seeded
    assert s["rates"]["win"]["value"] == 0.6 and s["rates"]["win"]["method"] == "wilson"
    assert s["invalid_rate"]["value"] == pytest.approx(3 / 53)
    big = summarize(verdicts * 4, seed=0)["win_rate"]
    assert big["high"] - big["low"] < s["win_rate"]["high"] - s["win_rate"]["low"]
    nothing = summarize(["invalid"])
    assert nothing["win_rate"] is None and nothing["invalid_rate"]["value"] == 1.0


def test_agreement_with_people_on_a_hand_made_case():
    judge = {"1": "win", "2": "win", "3": "loss", "4": "tie", "5": "loss", "6": "invalid"}
    human = {"1": "win", "2": "loss", "3": "loss", "4": "tie", "5": "loss", "7": "win"}
    a = judge_agreement(judge, human)
    assert a["n"] == 5 and a["agreement"]["value"] == pytest.approx(0.8)
    # p_o = 0.8; p_e = (2*1 + 1*1 + 2*3) / 25 = 0.36; kappa = (0.8 - 0.36) / 0.64
    assert a["cohen_kappa"] == pytest.approx(0.6875)
    assert a["n_decided"] == 4 and a["agreement_decided"]["value"] == 0.75
    same = judge_agreement({"1": "win", "2": "win"}, {"1": "win", "2": "win"})
    assert same["agreement"]["value"] == 1.0 and same["cohen_kappa"] is None  # one class only
    assert judge_agreement({}, human)["agreement"] is None


def test_human_verdicts_from_a_rated_review(tmp_path):
    path = tmp_path / "review/candidate-vs-base.csv"
    path.parent.mkdir()
    key = {"a": "candidate", "b": "base", "seed": 0, "items": {}}
    rows = [
        ("r1", "candidate", "A"),
        ("r2", "base", "A"),
        ("r3", "base", "b"),
        ("r4", "base", "Tie"),
    ]
    rows.append(("r5", "candidate", ""))  # not rated yet
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["item", "input", "output_a", "output_b", "preference"])
        for i, (rid, shown_a, rating) in enumerate(rows, start=1):
            key["items"][str(i)] = {"id": rid, "shown_a": shown_a}
            w.writerow([i, "q", "x", "y", rating])
    path.with_name(path.name + ".key.json").write_text(json.dumps(key))
    human = human_verdicts(path, "candidate")
    assert human == {"r1": "win", "r2": "loss", "r3": "win", "r4": "tie"}
    assert human_verdicts(path, "base") == {"r1": "loss", "r2": "win", "r3": "loss", "r4": "tie"}
    a = judge_agreement({"r1": "win", "r2": "tie", "r3": "win", "r4": "tie", "r5": "win"}, human)
    assert a["n"] == 4 and a["agreement"]["value"] == 0.75
