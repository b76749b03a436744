"""The record contract: `{"id": ..., "messages": [{"role", "content"}, ...]}`, its rules
(`check_record`, shared by validate and generate) and its vocabulary (ids, labels, turns).

A record's id is a hash of its conversation as first read; it follows the record through every
stage, so any output row traces back to its input line. The label (classification) is the final
assistant answer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from typing import Any

from tasks.lib.errors import PipelineError

ROLES = ("system", "user", "assistant")
TOP_KEYS = frozenset({"messages", "id"})
MESSAGE_KEYS = frozenset({"role", "content"})
SHOWN = 40  # characters of a role name or label shown in an error (closed sets, not content)


def record_id(messages: list[dict[str, str]]) -> str:
    """Stable id: hash of the conversation as first read; every output row traces to its input."""
    canon = json.dumps(
        [[m["role"], m["content"]] for m in messages], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()[:16]


def label_of(record: dict) -> str:
    """The classification label: the final assistant turn, stripped."""
    return record["messages"][-1]["content"].strip()


def user_text(record: dict) -> str:
    return "\n".join(m["content"] for m in record["messages"] if m["role"] == "user")


def prompt_messages(record: dict) -> list[dict[str, str]]:
    """Everything the model sees: all turns but the final assistant answer."""
    return [dict(m) for m in record["messages"][:-1]]


def _shown(value: str) -> str:
    return repr(value if len(value) <= SHOWN else value[:SHOWN] + "...")


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_record(
    obj: Any,
    *,
    system_prompt: str,
    labels: Sequence[str],
    answer: Callable[[str], tuple[str, str] | None] | None = None,
) -> tuple[str, str] | None:
    """The first rule `obj` breaks, as (rule, reason), or None when it meets the contract.

    Rules are checked from structure to meaning, so the reason names the most basic problem.
    The final answer: one of `labels` (classification), or whatever `answer` checks
    (`tasks.lib.answers.answer_rule`: a JSON Schema for extraction, a format for generation).
    """
    if not isinstance(obj, dict):
        return "schema", f"expected a JSON object with a 'messages' list, got {type(obj).__name__}"
    extra = sorted(k[:SHOWN] for k in obj.keys() - TOP_KEYS)
    if extra:
        return "schema", f"unknown top-level key(s) {extra[:3]}; allowed: 'messages', 'id'"
    messages = obj.get("messages")
    if not isinstance(messages, list) or not messages:
        return "schema", "'messages' must be a non-empty list"
    for i, msg in enumerate(messages, start=1):
        if not isinstance(msg, dict) or msg.keys() != MESSAGE_KEYS:
            return "schema", f"message {i} must be an object with exactly 'role' and 'content'"
        if not isinstance(msg["role"], str) or not isinstance(msg["content"], str):
            return "schema", f"message {i}: 'role' and 'content' must be strings"
        if not _encodable(msg["role"]) or not _encodable(msg["content"]):
            # JSON may escape a lone UTF-16 surrogate ("\\ud800"): no UTF-8 writer accepts it
            return "utf8", f"message {i} has a lone surrogate escape (\\ud800-\\udfff): not text"
    for i, msg in enumerate(messages, start=1):
        if msg["role"] not in ROLES:
            return "role", f"message {i} has unknown role {_shown(msg['role'])}; allowed: {ROLES}"
    roles = [m["role"] for m in messages]
    if roles.count("system") > 1 or "system" in roles[1:]:
        return "system", "at most one system message, and only as the first message"
    if "assistant" not in roles:
        return "missing_assistant", "no assistant turn: nothing to learn from this record"
    turns = roles[1:] if roles[0] == "system" else roles
    expected = ["user", "assistant"] * (len(turns) // 2 + 1)
    if turns != expected[: len(turns)] or turns[-1] != "assistant":
        return "order", (
            "after the optional system message, turns must alternate user, assistant, ... "
            "starting with user and ending with assistant"
        )
    for i, msg in enumerate(messages, start=1):
        if not msg["content"].strip():
            return "empty", f"message {i} ({msg['role']}) has empty content"
    if roles[0] == "system" and messages[0]["content"].strip() != system_prompt.strip():
        return "system_prompt", (
            "system message differs from task.system_prompt; update task.system_prompt in "
            "params.yaml or the data so they match"
        )
    label = messages[-1]["content"].strip()
    if answer is not None:
        return answer(label)
    if labels and label not in labels:
        return "label", f"final assistant answer {_shown(label)} is not one of task.labels"
    return None


def check_labels(records: Sequence[dict], labels: Sequence[str], source: str) -> None:
    """PipelineError if a record's answer is not in the label set (it could never be scored)."""
    unknown = sorted({label_of(r) for r in records} - set(labels))
    if unknown:
        shown = ", ".join(repr(u[:40]) for u in unknown[:5])
        raise PipelineError(
            f"{source}: {len(unknown)} answer(s) not in task.labels ({shown}); "
            "fix the data or add them to task.labels"
        )
