"""JSON extraction metrics: the answer is a JSON object checked against a JSON Schema.

    schema = {"type": "object", "properties": {"name": {"type": "string"},
              "urgency": {"enum": ["low", "high"]}}, "required": ["name", "urgency"]}
    parse_answer('Sure: ```json\\n{"name": "Ann", "urgency": "low"}\\n```')
    # -> {"name": "Ann", "urgency": "low"}
    schema_errors({"urgency": "soon"}, schema)       # ["/name: required", "/urgency: enum"]
    m = extraction_metrics(gold, answers, schema)    # resamples=2000, level=0.95, seed=0
    m["schema_valid_rate"]                           # {"value", "low", "high", "method"}
    m["per_field"]["urgency"]["exact_match"]["value"]
    paired_correct(gold, answers)                    # -> stats.paired_difference

Rates (parse, schema-valid, whole-object and per-field exact match) get Wilson intervals;
precision / recall / micro-F1 / macro-F1 over fields have no closed form and get a percentile
bootstrap over examples (`tasks.lib.stats`, seeded: same seed, same numbers).

Values are compared as JSON values: true is not 1, "3" is not 3, 1 equals 1.0; with
`normalize=True` (the default) strings, also inside lists and nested objects, are compared
after strip() and casefold(). At the top level of an object an absent field and a null one are
the same (no value).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

_MAX_MESSAGE = 200  # characters of jsonschema's message kept in a one-line schema error


def parse_answer(text: str) -> dict[str, Any] | None:
    """The JSON object in a model answer, else None.

    The stripped text as JSON first; when it is no JSON at all, the first balanced `{...}` in
    it that parses (models wrap the object in prose or ```json fences). A JSON value that is not
    an object (a list, a string, a number) is None: the task asks for an object.

    Args:
        text: the raw generated answer.

    Returns:
        The object as a dict, or None.
    """
    stripped = text.strip()
    try:
        value = json.loads(stripped)
    except ValueError:
        return _first_object(stripped)
    return value if isinstance(value, dict) else None


def _first_object(text: str) -> dict[str, Any] | None:
    decoder = json.JSONDecoder()
    start = text.find("{")
    while start != -1:
        end = _balanced_end(text, start)
        if end is None:
            # unclosed: everything after `start` is inside it, so an object found there would be
            # a fragment of a truncated answer, not the answer
            return None
        try:
            value, stop = decoder.raw_decode(text[start:end])
        except ValueError:
            value, stop = None, 0
        if isinstance(value, dict) and stop == end - start:
            return value
        start = text.find("{", end)  # skip the balanced span: its inner objects are fragments
    return None


def _balanced_end(text: str, start: int) -> int | None:
    """Index after the `}` closing the `{` at `start` (braces in JSON strings ignored), or None."""
    depth, in_string, escaped = 0, False, False
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def check_schema(schema: dict[str, Any]) -> None:
    """Raise ValueError, one line naming the JSON pointer in the schema, if it is not valid.

    The draft is the schema's `$schema` (an unknown one is an error), else 2020-12.
    """
    _validator_class(schema)


def _validator_class(schema: dict[str, Any]) -> Any:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError
    from jsonschema.validators import validator_for

    if not isinstance(schema, dict):
        raise ValueError(f"invalid JSON Schema: expected an object, got {type(schema).__name__}")
    cls = Draft202012Validator
    if "$schema" in schema:
        uri = schema["$schema"]
        # default=None: an unknown $schema gives None instead of a warning and the latest draft
        cls = validator_for(schema, default=None) if isinstance(uri, str) else None
        if cls is None:
            raise ValueError(f"invalid JSON Schema at /$schema: unknown draft {str(uri)[:80]!r}")
    try:
        cls.check_schema(schema)
    except SchemaError as e:
        message = " ".join(e.message.split())[:_MAX_MESSAGE]
        raise ValueError(
            f"invalid JSON Schema at {_pointer(e.absolute_path)}: {message} ({e.validator})"
        ) from None
    return cls


def schema_errors(obj: Any, schema: dict[str, Any]) -> list[str]:
    """The schema violations of one parsed answer, one line each, sorted; [] when valid.

    A line is the JSON pointer of the failing place in the answer and the schema keyword that
    failed, e.g. "/urgency: enum", "/name: required" (the missing field's pointer), "(root):
    type". Never the answer's values or keys: they may be personal data.

    Args:
        obj: the parsed answer (any JSON value).
        schema: a JSON Schema (checked first: ValueError if invalid).
    """
    return _errors(_validator_class(schema)(schema), obj)


def _errors(validator: Any, obj: Any) -> list[str]:
    lines = set()
    for error in validator.iter_errors(obj):
        path = list(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            # one error per missing field, and only the message names it: name them all from
            # the schema's list (schema text, not answer data)
            lines.update(
                f"{_pointer([*path, name])}: required"
                for name in error.validator_value
                if name not in error.instance
            )
        else:
            lines.add(f"{_pointer(path)}: {error.validator}")
    return sorted(lines)


def _pointer(path: Sequence[Any]) -> str:
    """RFC 6901 JSON pointer ("~" -> "~0", "/" -> "~1"); "(root)" for the empty path."""
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "".join(f"/{p}" for p in parts) or "(root)"


def schema_fields(schema: dict[str, Any]) -> list[str]:
    """The top-level property names of an object schema, in schema order.

    Raises:
        ValueError: the schema has no top-level `properties` (no fields to score).
    """
    properties = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(properties, dict) or not properties:
        raise ValueError(
            "the schema has no top-level 'properties': extraction metrics need an object schema "
            "that names its fields"
        )
    return list(properties)


def paired_correct(
    gold: Sequence[dict[str, Any]], answers: Sequence[str], *, normalize: bool = True
) -> list[bool]:
    """Per example, whether the parsed answer equals the gold object (unparsable: False), for
    `tasks.lib.stats.paired_difference` between two models on the same examples."""
    _check_inputs(gold, answers)
    return [_same_object(g, parse_answer(a), normalize) for g, a in zip(gold, answers, strict=True)]


def extraction_metrics(
    gold: Sequence[dict[str, Any]],
    answers: Sequence[str],
    schema: dict[str, Any],
    *,
    normalize: bool = True,
    resamples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> dict[str, Any]:
    """Parse, schema and content metrics of one model's answers, each with its interval.

    Per field (the schema's top-level properties): the exact-match rate (unparsable answer:
    wrong; absent and null are the same value), and field-level F1: a gold item is a field
    gold gives a non-null value, a predicted item a field the answer gives a non-null value, a
    true positive a predicted item equal to gold's. Micro scores pool the items of all fields;
    macro-F1 is the mean of per-field F1 over the fields with a gold or predicted item (a field
    with neither has no F1, as in `classification_metrics`). 0/0 scores are 0.

    Args:
        gold: the gold objects.
        answers: the raw generated answers, paired with `gold`.
        schema: the task's JSON Schema (an object schema with `properties`).
        normalize: compare strings after strip() and casefold().
        resamples: bootstrap resamples for precision, recall and the F1s.
        level: confidence level, e.g. 0.95.
        seed: for the bootstrap; the same seed gives the same intervals.

    Returns:
        {"n", "fields", "parse_rate" | "schema_valid_rate" | "exact_match" | "precision" |
        "recall" | "micro_f1" | "macro_f1": {"value", "low", "high", "method"}, "per_field":
        {field: {"exact_match": entry, "precision", "recall", "f1", "support"}}}, JSON-safe.
    """
    import numpy as np

    from tasks.lib.stats import bootstrap_interval, interval_entry, rate_entry

    _check_inputs(gold, answers)
    validator = _validator_class(schema)(schema)
    fields = schema_fields(schema)
    n = len(gold)
    parsed = [parse_answer(a) for a in answers]

    n_parsed = sum(p is not None for p in parsed)
    n_valid = sum(p is not None and not _errors(validator, p) for p in parsed)
    n_exact = sum(_same_object(g, p, normalize) for g, p in zip(gold, parsed, strict=True))

    is_gold, is_pred, is_tp, is_match = _field_table(gold, parsed, fields, normalize)

    def scores(idx: np.ndarray) -> dict[str, float]:
        return _f1_scores(
            is_gold[idx].sum(axis=0), is_pred[idx].sum(axis=0), is_tp[idx].sum(axis=0)
        )

    point = scores(np.arange(n))
    result: dict[str, Any] = {
        "n": n,
        "fields": fields,
        "parse_rate": rate_entry(n_parsed, n, level),
        "schema_valid_rate": rate_entry(n_valid, n, level),
        "exact_match": rate_entry(n_exact, n, level),
    }
    for name, value in point.items():
        # every statistic bootstraps with the same seed, so all see the same resamples
        interval = bootstrap_interval(
            lambda idx, name=name: scores(idx)[name],
            n,
            resamples=resamples,
            level=level,
            seed=seed,
        )
        result[name] = interval_entry(value, interval, "bootstrap")
    result["per_field"] = _per_field(fields, is_gold, is_pred, is_tp, is_match, level)
    return result


def _per_field(
    fields: Sequence[str], is_gold: Any, is_pred: Any, is_tp: Any, is_match: Any, level: float
) -> dict[str, dict[str, Any]]:
    """The per-field table: exact-match rate with its interval, precision, recall, F1, support."""
    from tasks.lib.stats import rate_entry

    n = len(is_match)
    return {
        field: {
            "exact_match": rate_entry(int(is_match[:, j].sum()), n, level),
            "precision": _ratio(is_tp[:, j].sum(), is_pred[:, j].sum()),
            "recall": _ratio(is_tp[:, j].sum(), is_gold[:, j].sum()),
            "f1": _ratio(2 * is_tp[:, j].sum(), is_pred[:, j].sum() + is_gold[:, j].sum()),
            "support": int(is_gold[:, j].sum()),
        }
        for j, field in enumerate(fields)
    }


def _field_table(
    gold: Sequence[dict[str, Any]],
    parsed: Sequence[dict[str, Any] | None],
    fields: Sequence[str],
    normalize: bool,
) -> tuple[Any, Any, Any, Any]:
    """0/1 arrays (example x field): gold item, predicted item, true positive, exact match."""
    import numpy as np

    shape = (len(gold), len(fields))
    is_gold, is_pred, is_tp, is_match = (np.zeros(shape, dtype=np.int64) for _ in range(4))
    for i, (g, p) in enumerate(zip(gold, parsed, strict=True)):
        for j, field in enumerate(fields):
            g_value = g.get(field)
            p_value = None if p is None else p.get(field)
            same = p is not None and _same(g_value, p_value, normalize)
            is_gold[i, j] = g_value is not None
            is_pred[i, j] = p_value is not None
            is_tp[i, j] = same and p_value is not None
            is_match[i, j] = same
    return is_gold, is_pred, is_tp, is_match


def _f1_scores(gold: Any, pred: Any, tp: Any) -> dict[str, float]:
    """Micro precision / recall / F1 and macro-F1 from per-field item counts (numpy arrays)."""
    import numpy as np

    denom = pred + gold
    present = denom > 0  # a field with no gold and no predicted item has no F1
    per_field = np.divide(2 * tp, denom, out=np.zeros(denom.shape), where=present)
    return {
        "precision": _ratio(tp.sum(), pred.sum()),
        "recall": _ratio(tp.sum(), gold.sum()),
        "micro_f1": _ratio(2 * tp.sum(), denom.sum()),
        "macro_f1": float(per_field[present].mean()) if present.any() else 0.0,
    }


def _check_inputs(gold: Sequence[Any], answers: Sequence[Any]) -> None:
    if len(gold) != len(answers):
        raise ValueError(
            f"{len(gold)} gold objects but {len(answers)} answers: they must be paired"
        )
    if not gold:
        raise ValueError("no examples to score")
    for i, g in enumerate(gold):
        if not isinstance(g, dict):
            raise ValueError(f"gold example {i} is a {type(g).__name__}, not a JSON object")


def _same_object(gold: dict[str, Any], answer: dict[str, Any] | None, normalize: bool) -> bool:
    if answer is None:
        return False
    # .get: a field absent on one side and null on the other is equal (no value either way)
    return all(_same(gold.get(k), answer.get(k), normalize) for k in gold.keys() | answer.keys())


def _same(a: Any, b: Any, normalize: bool) -> bool:
    """JSON equality: bool is not a number (Python has True == 1), 1 == 1.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, str) and isinstance(b, str):
        return a.strip().casefold() == b.strip().casefold() if normalize else a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k], normalize) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y, normalize) for x, y in zip(a, b, strict=True))
    return a is None and b is None


def _ratio(num: Any, denom: Any) -> float:
    return float(num) / float(denom) if denom else 0.0


def paired_f1_differences(
    gold: Sequence[dict[str, Any]],
    answers_a: Sequence[str],
    answers_b: Sequence[str],
    *,
    schema: dict[str, Any],
    normalize: bool = True,
    resamples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> dict[str, dict[str, float]]:
    """Micro- and macro-F1 over fields of model a minus model b on the same examples, each with
    a paired bootstrap interval (both models' answers resampled together).

    Returns:
        {"micro_f1" | "macro_f1": {"difference", "low", "high", "level"}}.
    """
    import numpy as np

    from tasks.lib.stats import paired_metric_difference

    _check_inputs(gold, answers_a)
    fields = schema_fields(schema)
    tables = [
        _field_table(gold, [parse_answer(x) for x in answers], fields, normalize)[:3]
        for answers in (answers_a, answers_b)
    ]

    def f1s(idx: np.ndarray, table: tuple) -> dict[str, float]:
        g, p, tp = (t[idx].sum(axis=0) for t in table)
        return _f1_scores(g, p, tp)

    out = {}
    for name in ("micro_f1", "macro_f1"):

        def stat(idx: np.ndarray, name: str = name) -> float:
            return f1s(idx, tables[0])[name] - f1s(idx, tables[1])[name]

        diff, low, high = paired_metric_difference(
            stat, len(gold), resamples=resamples, level=level, seed=seed
        )
        out[name] = {"difference": diff, "low": low, "high": high, "level": level}
    return out


def schema_valid(answers: Sequence[str], schema: dict[str, Any]) -> list[bool]:
    """Per answer, whether it parses to an object that meets the schema."""
    validator = _validator_class(schema)(schema)
    parsed = [parse_answer(a) for a in answers]
    return [p is not None and not _errors(validator, p) for p in parsed]
