"""Long inputs: cut the last user turn (never the system prompt or the answer) to fit max_length.

    rows, n_cut = fit_rows(tok, sft_rows(records, system_prompt), max_length, "user_end")
    prompts = fit_prompts(tok, prompts, max_length, "user_end", reserve=answer_reserve(tok, labels))
    length_advice([c.total for c in counts], max_length)    # for a length failure's message

TRL keeps the START of an over-long sequence, so an example longer than `train.max_length` loses
its answer and is dropped. With `train.truncate` set, the last user turn is cut instead, by tokens
(tokenize, cut the ids, decode): `user_end` keeps its beginning, `user_middle` its beginning and
end joined by " … ". Training (`fit_rows`) and every evaluation (`fit_prompts`) go through the
same cut (`_fit_prompt`); they differ only in what is measured: the whole conversation as
`tasks.lib.tokens.count_tokens` counts it, or the prompt plus room for the answer.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, Literal

from tasks.lib.errors import PipelineError
from tasks.lib.prompts import sft_rows
from tasks.lib.tokens import count_tokens

How = Literal["none", "user_end", "user_middle"]
HOWS: tuple[str, ...] = ("none", "user_end", "user_middle")
JOIN = " … "  # user_middle: between the kept beginning and end
MAX_ROUNDS = 8  # re-rendering shifts a cut by a token or two; after this, the user turn is emptied
ROUND_TO = 16  # length_advice: a suggested max_length is a multiple of this
PERCENTILES = (50, 90, 95, 99)

Measure = Callable[[list[dict]], int]  # prompt messages -> tokens they (plus the answer) take


def _prompt_lengths(tok: Any, prompts: Sequence[list[dict]]) -> list[int]:
    """Tokens of each prompt through the chat template with the generation prompt, tokenized as
    `count_tokens` does (the template already placed the special tokens)."""
    if not prompts:
        return []
    texts = tok.apply_chat_template(list(prompts), tokenize=False, add_generation_prompt=True)
    return [len(ids) for ids in tok(texts, add_special_tokens=False)["input_ids"]]


def answer_reserve(tok: Any, answers: Sequence[str]) -> int:
    """Room for the longest answer: the tokens its assistant turn adds after the prompt (the
    answer and its end-of-turn), counted as `count_tokens` counts a row's trained part.

    Args:
        tok: the tokenizer (with its chat template).
        answers: e.g. `task.labels`.
    """
    rows = [
        {
            "prompt": [{"role": "user", "content": "x"}],
            "completion": [{"role": "assistant", "content": a}],
        }
        for a in answers
    ]
    return max((c.trained for c in count_tokens(tok, rows)), default=0)


def _last_user(prompt: Sequence[dict]) -> int | None:
    return next((i for i in range(len(prompt) - 1, -1, -1) if prompt[i]["role"] == "user"), None)


def _cut_text(tok: Any, ids: list[int], keep: int, how: str) -> str:
    """The user content kept from `ids` with `keep` tokens: its beginning (user_end), or its
    beginning and end joined by JOIN (user_middle). A character split mid-token is dropped."""
    if keep <= 0:
        return ""

    def decode(part: list[int]) -> str:
        return tok.decode(part, skip_special_tokens=False).strip("\ufffd")

    if how == "user_end":
        return decode(ids[:keep])
    head = math.ceil(keep / 2)
    tail = keep - head
    # the join brings its own spaces
    return decode(ids[:head]).rstrip() + JOIN + (decode(ids[-tail:]).lstrip() if tail else "")


def _with_user(prompt: list[dict], at: int, content: str) -> list[dict]:
    out = [dict(m) for m in prompt]
    out[at]["content"] = content
    return out


def _fit_prompt(
    tok: Any, prompt: list[dict], max_length: int, how: str, measure: Measure, where: str
) -> list[dict]:
    """THE cut, shared by training and evaluation: the prompt with its last user turn shortened
    until `measure(prompt) <= max_length` (the caller knows it is over).

    Raises:
        PipelineError when even an empty user turn does not fit, naming the max_length needed.
    """
    at = _last_user(prompt)
    floor = measure(_with_user(prompt, at, "")) if at is not None else measure(prompt)
    if at is None or floor > max_length:
        raise PipelineError(
            f"{where}: the system prompt and answer alone (user turn emptied) take {floor} "
            f"tokens > max_length {max_length}; set train.max_length to at least {floor}"
        )
    ids = tok(prompt[at]["content"], add_special_tokens=False)["input_ids"]
    keep = len(ids) - (measure(prompt) - max_length)
    for _ in range(MAX_ROUNDS):
        if keep <= 0:
            break
        cut = _with_user(prompt, at, _cut_text(tok, ids, keep, how))
        over = measure(cut) - max_length
        if over <= 0:
            return cut
        keep -= over
    return _with_user(prompt, at, "")  # fits: `floor` was checked above


def _check_how(how: str) -> None:
    if how not in HOWS:
        raise PipelineError(f"truncate: {how!r} is not one of {list(HOWS)}")


def fit_row(tok: Any, row: dict, max_length: int, how: How, *, where: str = "example") -> dict:
    """One TRL prompt/completion row (`sft_rows` format) cut to fit `max_length` tokens.

    Args:
        tok: the base model's tokenizer (with its chat template).
        row: {"prompt": [messages], "completion": [assistant message]}.
        max_length: `train.max_length`: the whole conversation must fit.
        how: "none" (the row as it is), "user_end" or "user_middle".
        where: names the example in an error.

    Returns:
        The row itself when it fits (or how is "none"); otherwise a copy whose last user turn is
        cut. The system prompt and the completion are never touched.

    Raises:
        PipelineError when the conversation with an empty user turn is still too long.
    """
    _check_how(how)
    if how == "none" or count_tokens(tok, [row])[0].total <= max_length:
        return row

    def measure(prompt: list[dict]) -> int:
        return count_tokens(tok, [{"prompt": prompt, "completion": row["completion"]}])[0].total

    prompt = _fit_prompt(tok, row["prompt"], max_length, how, measure, where)
    return {**row, "prompt": prompt}


def fit_rows(
    tok: Any, rows: Sequence[dict], max_length: int, how: How, *, where: str = "example"
) -> tuple[list[dict], int]:
    """`fit_row` over rows (lengths counted in one batch first; only the long ones are cut).

    Args:
        where: names the rows in an error: "{where} {index}" (0-based, in file order).

    Returns:
        (rows, how many were cut). With how "none", the rows unchanged and 0.
    """
    _check_how(how)
    if how == "none":
        return list(rows), 0
    counts = count_tokens(tok, rows)
    out, n_cut = [], 0
    for i, (row, count) in enumerate(zip(rows, counts, strict=True)):
        if count.total > max_length:
            row = fit_row(tok, row, max_length, how, where=f"{where} {i}")
            n_cut += 1
        out.append(row)
    return out, n_cut


def fitted_sft_rows(
    tok: Any,
    records: Sequence[dict],
    system_prompt: str,
    max_length: int,
    how: How,
    *,
    where: str = "example",
) -> tuple[list[dict], int]:
    """`sft_rows` then `fit_rows`: the rows training sees (the pre-flight, the quality contract
    and the local trainer all build them here)."""
    return fit_rows(tok, sft_rows(records, system_prompt), max_length, how, where=where)


def fit_prompts(
    tok: Any,
    prompts: Sequence[list[dict]],
    max_length: int,
    how: How,
    reserve: int,
    *,
    where: str = "prompt",
) -> list[list[dict]]:
    """Evaluation prompts (no completion) cut exactly as training cuts them, so that the prompt
    (with the generation prompt) plus `reserve` tokens fit `max_length`.

    Args:
        prompts: chat messages, up to the answer (`tasks.lib.prompts.record_prompt`).
        reserve: room for the answer: `answer_reserve(tok, labels)`, or max_new_tokens.

    Returns:
        The prompts, each one that is too long with its last user turn cut (how "none": as is).
    """
    _check_how(how)
    if how == "none":
        return list(prompts)

    def measure(prompt: list[dict]) -> int:
        return _prompt_lengths(tok, [prompt])[0] + reserve

    out = []
    for i, (prompt, n) in enumerate(zip(prompts, _prompt_lengths(tok, prompts), strict=True)):
        if n + reserve > max_length:
            prompt = _fit_prompt(tok, prompt, max_length, how, measure, f"{where} {i}")
        out.append(prompt)
    return out


def length_advice(lengths: Sequence[int], max_length: int) -> str:
    """One line for a length failure: percentiles of the token lengths and a max_length that
    would fit 99% of the examples (p99 rounded up to a multiple of 16), or truncation."""
    from tasks.lib.stats import nearest_rank

    if not lengths:
        return "no examples to measure"
    ordered = sorted(lengths)
    pcts = ", ".join(f"p{q} {nearest_rank(ordered, q / 100)}" for q in PERCENTILES)
    fit = math.ceil(nearest_rank(ordered, 0.99) / ROUND_TO) * ROUND_TO
    return (
        f"token lengths {pcts}, max {ordered[-1]} (max_length {max_length}): "
        f"max_length {fit} would fit 99% of the examples, or set train.truncate: user_end"
    )
