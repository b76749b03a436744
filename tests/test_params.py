"""One source of defaults: the params models hold every default, params.yaml shows the same
values, and every safety limit has a finite default."""

from __future__ import annotations

import copy
import math

import pytest
from pydantic import BaseModel

from tasks.lib.errors import ParamsError
from tasks.lib.params import Params, parse_params
from tests.helpers import default_params_dict

# the user's task: examples of what to write, not defaults (required, or example-specific)
TASK_SPECIFIC = {"task.name", "task.system_prompt", "task.labels", "data.input"}
# spending caps, attempts, timeouts: never unlimited by default
SAFETY_LIMITS = (
    "generate.budget_usd",
    "generate.max_attempts",
    "generate.max_retries",
    "generate.timeout_s",
    "train.preflight.budget_usd",
    "train.openai.timeout_h",
    "train.openai.poll_max_s",
)


def _leaves(model: type[BaseModel], prefix: str = ""):
    """(dotted key, field) for every leaf field of the params schema."""
    for name, field in model.model_fields.items():
        key = prefix + (field.alias or name)
        ann = field.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            yield from _leaves(ann, key + ".")
        else:
            yield key, field


def _get(d: dict, key: str):
    for part in key.split("."):
        d = d[part]
    return d


def _json(value):
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    return value


def test_params_yaml_shows_every_default_with_the_same_value():
    shown = default_params_dict()
    for key, field in _leaves(Params):
        if key in TASK_SPECIFIC:
            continue
        assert not field.is_required(), f"{key}: only the task's own keys may be required"
        default = _json(field.get_default(call_default_factory=True))
        try:
            value = _get(shown, key)
        except KeyError:
            pytest.fail(f"params.yaml does not show {key} (default {default!r})")
        assert value == default, f"{key}: params.yaml {value!r} != default {default!r}"


def test_deleting_any_line_of_params_yaml_changes_nothing():
    full = parse_params(default_params_dict())
    for key, _ in _leaves(Params):
        if key in TASK_SPECIFIC:
            continue
        raw = copy.deepcopy(default_params_dict())
        *parents, last = key.split(".")
        del (_get(raw, ".".join(parents)) if parents else raw)[last]
        assert parse_params(raw) == full, f"deleting {key} changed the params"


@pytest.mark.parametrize("key", SAFETY_LIMITS)
def test_safety_limits_have_finite_defaults(key):
    fields = dict(_leaves(Params))
    default = fields[key].get_default(call_default_factory=True)
    assert default is not None and math.isfinite(default) and default > 0, key


def test_a_missing_task_key_is_named():
    raw = default_params_dict()
    del raw["task"]["system_prompt"]
    with pytest.raises(ParamsError, match="missing key 'task.system_prompt'"):
        parse_params(raw, "params.yaml")


@pytest.mark.parametrize("key", ["model", "review.judge_model"])
def test_a_paid_model_without_a_price_is_refused(key):
    """Unpriced, it would count as free: generate.budget_usd could never stop it."""
    raw = default_params_dict()
    raw["generate"].update(provider="openai", n_examples=10)
    raw["generate"]["review"]["judge_provider"] = "anthropic"
    assert parse_params(raw)  # every model the defaults name is priced
    if key == "model":
        raw["generate"]["model"] = "gpt-9"
    else:
        raw["generate"]["review"]["judge_model"] = "claude-9"
    with pytest.raises(ParamsError, match=f"generate.{key} .* has no price"):
        parse_params(raw)
    raw["generate"]["budget_usd"] = None  # no cap asked for: nothing to enforce
    assert parse_params(raw)
