"""Advice lines: what the contenders table and the data already say before training."""

from __future__ import annotations

from tasks.lib.advice import _knowledge_lines, _score_lines, novel_share
from tests.helpers import chat


def test_facts_missing_from_the_prompt_suggest_retrieval_a_house_style_does_not():
    fact = chat("When was the Acme plant opened?", "It opened in 1987 in Dayton, Ohio.", system="")
    style = chat("My parcel is late", "Hi there, we will chase your parcel today.", system="")
    given = chat("Order 12345 from Lyon is late", "Order 12345 is on its way to Lyon.", system="")
    assert novel_share(fact) == 1.0  # 1987, Dayton, Ohio
    assert novel_share(style) == 0.0 and novel_share(given) == 0.0
    assert "knowledge injection" in _knowledge_lines([fact, fact, style])[0]
    assert _knowledge_lines([style, given, fact]) == []


def _row(value: float, kind: str = "llm") -> dict:
    return {"kind": kind, "describe": kind, "accuracy": value, "latency": {"p50_ms": 1.0}}


def test_a_classic_model_as_good_as_every_llm_wins_and_prompting_reaches_the_floor():
    table = {"classic": _row(0.9, "classic"), "base": _row(0.85), "candidate": _row(0.9)}
    lines = _score_lines(table, "accuracy", floor=0.8)
    assert lines[0].startswith("prompting is enough: llm reaches accuracy 0.850")
    assert lines[1].startswith("a classic model wins: classic reaches accuracy 0.900")
    assert _score_lines({**table, "classic": _row(0.7, "classic")}, "accuracy", 0.0) == []
