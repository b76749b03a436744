"""Prompts: one builder, so training, baseline, evaluate and serving cannot drift apart.

record_prompt(record, system_prompt)            # what the model sees for a record
sft_rows(records, system_prompt)                # TRL prompt/completion rows for training
select_few_shot(train, labels, n)               # few-shot examples for the base model
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.lib.records import label_of, prompt_messages


def build_messages(
    system_prompt: str,
    turns: Sequence[dict[str, str]],
    few_shot: Sequence[dict] = (),
) -> list[dict[str, str]]:
    """The conversation the model sees, up to (not including) the answer it must give.

    The system prompt always comes from `task.system_prompt` (a record's own system turn is
    replaced), so training and every evaluation see the same instructions.

    Args:
        system_prompt: `task.system_prompt`.
        turns: the record's prompt turns, i.e. `prompt_messages(record)`.
        few_shot: example records, shown after the system message as user/assistant pairs.

    Returns:
        Chat messages: system, few-shot pairs, then the record's non-system turns.
    """
    messages = [{"role": "system", "content": system_prompt}]
    for example in few_shot:
        messages += [dict(m) for m in prompt_messages(example) if m["role"] != "system"]
        messages.append({"role": "assistant", "content": label_of(example)})
    messages += [dict(m) for m in turns if m["role"] != "system"]
    return messages


def record_prompt(record: dict, system_prompt: str, few_shot: Sequence[dict] = ()) -> list[dict]:
    """`build_messages` for one record."""
    return build_messages(system_prompt, prompt_messages(record), few_shot)


def sft_rows(records: Sequence[dict], system_prompt: str) -> list[dict]:
    """Records -> TRL prompt/completion rows (conversational): the prompt is exactly what
    baseline and evaluate send, the completion the assistant's answer, and TRL computes the loss
    on the completion tokens only for this dataset format."""
    return [
        {
            "prompt": record_prompt(r, system_prompt),
            "completion": [{"role": "assistant", "content": label_of(r)}],
        }
        for r in records
    ]


def select_few_shot(records: Sequence[dict], labels: Sequence[str], n: int) -> list[dict]:
    """Up to `n` examples, one per label in round-robin (labels in params order, records in file
    order), so a small N still covers as many labels as possible. Deterministic.

    Args:
        records: the training split (never test: few-shot examples must not leak test data).
        labels: `task.labels` (none for extraction and generation: the first n records).
        n: how many examples at most.
    """
    if not labels:  # extraction, generation: the first n, in file order
        return list(records[:n])
    by_label: dict[str, list[dict]] = {lab: [] for lab in labels}
    for rec in records:
        if label_of(rec) in by_label:
            by_label[label_of(rec)].append(rec)
    chosen: list[dict] = []
    depth = 0
    while len(chosen) < n and any(len(v) > depth for v in by_label.values()):
        for lab in labels:
            if len(chosen) < n and len(by_label[lab]) > depth:
                chosen.append(by_label[lab][depth])
        depth += 1
    return chosen
