"""The answer contract per task type: what the final assistant turn of a record must be.

    check = answer_rule(project.params.task, root=project.root)   # None for classification
    check(text) -> (rule, reason) | None                           # the first rule it breaks

- classification: one of `task.labels` (checked by `records.check_record` itself);
- extraction: a JSON object (`answer_json`) that meets `task.schema` (`answer_schema`: the
  failing JSON pointers and keywords, never the values: they may be personal data);
- generation: non-empty (the record contract), and `task.format` when set (`answer_format`: it
  parses as JSON, or matches `task.pattern` in full: `tasks.lib.textgen.format_checker`, the
  check evaluate scores with).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tasks.lib.errors import ParamsError
from tasks.lib.params import TaskParams

AnswerRule = Callable[[str], tuple[str, str] | None]
SHOWN_ERRORS = 3  # schema violations named per line (pointer + keyword each)


def load_schema(task: TaskParams, root: Path) -> dict[str, Any]:
    """`task.schema`: inline, or read from a .json file relative to the project; checked as a
    JSON Schema (an invalid schema is a ParamsError naming the problem's place in it)."""
    from tasks.lib.extraction import check_schema

    schema = task.answer_schema
    where = "task.schema"
    if isinstance(schema, str):
        path = root / schema
        where = f"task.schema file {schema}"
        try:
            schema = json.loads(path.read_text(encoding="utf-8"))
        except OSError as e:
            raise ParamsError(f"{where}: cannot read it ({e.strerror})") from None
        except json.JSONDecodeError as e:
            raise ParamsError(f"{where}: not JSON (line {e.lineno}: {e.msg})") from None
    if not isinstance(schema, dict):
        raise ParamsError(f"{where}: a JSON Schema is an object, got {type(schema).__name__}")
    try:
        check_schema(schema)
    except ValueError as e:
        raise ParamsError(f"{where} is not a valid JSON Schema: {e}") from None
    return schema


def answer_rule(task: TaskParams, root: Path) -> AnswerRule | None:
    """The check of a final answer for `task.type`; None for classification (labels)."""
    if task.type == "extraction":
        schema = load_schema(task, root)
        return lambda text: _extraction(text, schema)
    if task.type == "generation" and task.format is not None:
        from tasks.lib.textgen import format_checker  # the check evaluate scores with

        passes = format_checker(task.format, task.pattern)
        what = "JSON" if task.format == "json" else "a full match of task.pattern"
        return lambda text: (
            None if passes(text) else ("answer_format", f"the answer is not {what} (task.format)")
        )
    return None


def _extraction(text: str, schema: dict[str, Any]) -> tuple[str, str] | None:
    from tasks.lib.extraction import schema_errors

    try:
        obj = json.loads(text)  # training answers are strict JSON (models' answers are parsed
    except json.JSONDecodeError as e:  # leniently at evaluation, tasks/lib/extraction.py)
        return "answer_json", f"the answer is not JSON ({e.msg} at char {e.pos})"
    if not isinstance(obj, dict):
        return "answer_json", f"the answer is a JSON {type(obj).__name__}, not an object"
    errors = schema_errors(obj, schema)
    if errors:
        shown = "; ".join(errors[:SHOWN_ERRORS])
        more = f" (+{len(errors) - SHOWN_ERRORS} more)" if len(errors) > SHOWN_ERRORS else ""
        return "answer_schema", f"the answer breaks task.schema: {shown}{more}"
    return None
