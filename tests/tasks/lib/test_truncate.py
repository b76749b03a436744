"""truncate: the user turn is cut to fit max_length, never the system prompt or the answer;
evaluation prompts are cut exactly as training rows; the advice a length failure gives."""

from __future__ import annotations

import math

import pytest

from tasks.lib.errors import PipelineError
from tasks.lib.tokens import count_tokens
from tasks.lib.truncate import (
    JOIN,
    answer_reserve,
    fit_prompts,
    fit_row,
    fit_rows,
    length_advice,
)

SYSTEM = "You classify support tickets. Answer with exactly one label."
USER = " ".join(f"w{i}" for i in range(400))  # ~800 tokens, every position distinct
LABEL = "TECHNICAL"
MAX = 128


@pytest.fixture(scope="module")
def tok(tiny_model_dir):
    from tasks.lib.models import load_tokenizer

    return load_tokenizer(tiny_model_dir)


def _row(user: str = USER, label: str = LABEL, system: str = SYSTEM) -> dict:
    return {
        "prompt": [{"role": "system", "content": system}, {"role": "user", "content": user}],
        "completion": [{"role": "assistant", "content": label}],
    }


def _total(tok, row: dict) -> int:
    return count_tokens(tok, [row])[0].total


@pytest.mark.parametrize("how", ["user_end", "user_middle"])
def test_truncation_keeps_the_answer_and_the_system_prompt(tok, how):
    row = _row()
    assert _total(tok, row) > MAX
    cut = fit_row(tok, row, MAX, how)
    # fits, with little room wasted (re-rendering shifts a cut by a token or two)
    assert MAX - 4 <= _total(tok, cut) <= MAX
    assert cut["completion"] == row["completion"] and cut["completion"][0]["content"] == LABEL
    assert cut["prompt"][0] == {"role": "system", "content": SYSTEM}
    assert len(cut["prompt"][1]["content"]) < len(USER) // 2
    assert row == _row()  # the input row is not modified


def test_user_end_keeps_the_start_user_middle_keeps_start_and_end(tok):
    end = fit_row(tok, _row(), MAX, "user_end")["prompt"][1]["content"]
    assert USER.startswith(end) and end.startswith("w0 w1 w2") and JOIN not in end

    middle = fit_row(tok, _row(), MAX, "user_middle")["prompt"][1]["content"]
    head, tail = middle.split(JOIN)
    assert head.startswith("w0 w1 w2") and USER.startswith(head)
    assert tail.endswith("w398 w399") and USER.endswith(tail)
    assert len(head) + len(tail) < len(USER) // 2


def test_none_is_the_identity_and_short_rows_are_untouched(tok):
    rows = [_row(), _row("short question"), _row(USER[:300])]
    same, n_cut = fit_rows(tok, rows, MAX, "none")
    assert same == rows and n_cut == 0
    assert fit_row(tok, rows[0], MAX, "none") is rows[0]

    fitted, n_cut = fit_rows(tok, rows, MAX, "user_end")
    assert n_cut == 2 and fitted[1] is rows[1]
    assert all(c.total <= MAX for c in count_tokens(tok, fitted))


def test_only_the_last_user_turn_is_cut(tok):
    earlier = [
        {"role": "user", "content": "first question"},
        {"role": "assistant", "content": "BILLING"},
    ]
    row = _row()
    row["prompt"][1:1] = earlier
    cut = fit_row(tok, row, MAX, "user_end")
    assert cut["prompt"][:3] == row["prompt"][:3] and cut["prompt"][3]["content"] != USER
    assert _total(tok, cut) <= MAX


def test_an_impossible_fit_names_the_example_and_the_max_length_needed(tok):
    rows = [_row("short"), _row(USER, label="A VERY LONG ANSWER " * 20)]
    floor = _total(tok, _row("", label="A VERY LONG ANSWER " * 20))
    assert floor > MAX
    with pytest.raises(PipelineError, match=rf"train example 1: .* at least {floor}$"):
        fit_rows(tok, rows, MAX, "user_end", where="train example")
    # the floor itself is enough
    assert _total(tok, fit_row(tok, rows[1], floor, "user_end")) <= floor


@pytest.mark.parametrize("how", ["user_end", "user_middle"])
def test_evaluation_prompts_are_cut_exactly_as_training_rows(tok, how):
    rows = [_row(), _row("short question"), _row(USER[:700], label="OTHER")]
    fitted, _ = fit_rows(tok, rows, MAX, how)
    for row, trained in zip(rows, fitted, strict=True):
        reserve = answer_reserve(tok, [row["completion"][0]["content"]])
        assert reserve == count_tokens(tok, [row])[0].trained  # the answer and its end-of-turn
        [prompt] = fit_prompts(tok, [row["prompt"]], MAX, how, reserve)
        assert prompt == trained["prompt"]
    assert fit_prompts(tok, [r["prompt"] for r in rows], MAX, "none", 5) == [
        r["prompt"] for r in rows
    ]


def test_answer_reserve_is_the_longest_label(tok):
    labels = ["OTHER", "A MUCH LONGER LABEL THAN THE OTHERS"]
    each = [count_tokens(tok, [_row(label=lab)])[0].trained for lab in labels]
    assert each[1] > each[0] and answer_reserve(tok, labels) == each[1]


def test_length_advice_gives_percentiles_and_a_max_length_for_99_percent():
    advice = length_advice(list(range(1, 101)), 64)
    assert advice == (
        "token lengths p50 50, p90 90, p95 95, p99 99, max 100 (max_length 64): "
        "max_length 112 would fit 99% of the examples, or set train.truncate: user_end"
    )
    # one outlier in 200 does not move p99: 16 fits 99%
    lengths = [10] * 199 + [5000]
    assert "p99 10, max 5000" in length_advice(lengths, 8)
    assert "max_length 16 would fit 99%" in length_advice(lengths, 8)
    assert f"max_length {math.ceil(300 / 16) * 16} would" in length_advice([300], 256)
