"""The alias history, promote and rollback, on a real MLflow SQLite registry in a temp
folder. The gate itself: tests/tasks/lib/test_gate.py; register end to end:
tests/flows/test_pipeline.py."""

from __future__ import annotations

import pytest

from tasks.lib import tracking
from tasks.lib.errors import PipelineError
from tests.helpers import empty_versions, make_project


@pytest.fixture()
def registry(tmp_path):
    return empty_versions(make_project(tmp_path / "proj"), 3)


def test_every_alias_move_is_recorded(registry):
    client, model = registry
    tracking.move_alias(client, model, "champion", "1", actor="register", reason="first")
    tracking.move_alias(client, model, "champion", "2", actor="register", reason="better")
    tracking.move_alias(client, model, "challenger", "3", actor="register", reason="candidate")
    hist = tracking.alias_history(client, model)
    assert [(e["alias"], e["from"], e["to"]) for e in hist] == [
        ("champion", None, "1"),
        ("champion", "1", "2"),
        ("challenger", None, "3"),
    ]
    assert [e["seq"] for e in hist] == [1, 2, 3]
    assert tracking.current_alias(client, model, "champion") == "2"


def test_rollback_goes_back_one_champion_at_a_time(registry):
    client, model = registry
    for v in ("1", "2", "3"):
        tracking.move_alias(client, model, "champion", v, actor="register", reason="gate")
    assert tracking.rollback(client, model, reason="bad")["to"] == "2"
    assert tracking.rollback(client, model, reason="worse")["to"] == "1"  # not back to 3
    with pytest.raises(PipelineError, match="no previous champion"):
        tracking.rollback(client, model, reason="again")
    hist = tracking.alias_history(client, model)
    assert [(e["from"], e["to"], e["actor"]) for e in hist[-2:]] == [
        ("3", "2", "rollback"),
        ("2", "1", "rollback"),
    ]


def test_promote_and_errors(registry):
    client, model = registry
    with pytest.raises(PipelineError, match="no champion"):
        tracking.rollback(client, model, reason="x")
    tracking.promote(client, model, "2", reason="manual")
    with pytest.raises(PipelineError, match="already champion"):
        tracking.promote(client, model, "2", reason="again")
    with pytest.raises(PipelineError, match=r"has no version '9' \(versions: 1, 2, 3\)"):
        tracking.promote(client, model, "9", reason="no such version")
    assert tracking.alias_history(client, model)[-1]["actor"] == "promote"


def test_register_before_train_is_a_clear_error(tiny_project):
    from tasks.register import register

    project = tiny_project()
    with pytest.raises(PipelineError, match="run the train stage first"):
        register.fn(project)
