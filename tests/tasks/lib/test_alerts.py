"""tasks.lib.alerts: which event register's outcome becomes (sending itself is tested against a
real server in tests/flows/test_alerts.py)."""

from __future__ import annotations

import pytest

from tasks.lib import alerts
from tests.helpers import LABELS, chat, make_project

RESULT = {
    "model": "ticket-triage",
    "version": "4",
    "verdict": "not better than the champion",
    "reasons": ["accuracy 0.80 vs champion 0.82: NOT enough"],
    "metric": "accuracy",
    "candidate": 0.8,
}


@pytest.fixture
def sent(monkeypatch):
    out = []
    monkeypatch.setattr(alerts, "emit", lambda event, p, payload: out.append((event, payload)))
    return out


@pytest.mark.parametrize(
    ("promoted", "champion_after", "event"),
    [
        (False, "3", alerts.NOT_PROMOTED),
        (False, None, alerts.NOT_PROMOTED),  # no champion at all: still worth telling
        (True, "4", alerts.PROMOTED),
        (False, "4", None),  # a rerun that finds this version already champion: nothing decided
    ],
)
def test_register_outcome_becomes_one_event(tmp_path, sent, promoted, champion_after, event):
    project = make_project(tmp_path / "p", [chat("hi", LABELS[0])])
    alerts.registered(project, RESULT | {"promoted": promoted, "champion_after": champion_after})
    assert [e for e, _ in sent] == ([event] if event else [])
    if event:
        payload = sent[0][1]
        assert payload["version"] == "4" and payload["reasons"] == RESULT["reasons"]
        assert payload["champion"] == champion_after


def test_the_resource_names_the_task_and_the_project(tmp_path):
    project = make_project(tmp_path / "p", [chat("hi", LABELS[0])])
    res = alerts.resource(project)
    assert res["prefect.resource.id"] == "ftpipe.task.ticket-triage"
    assert res["ftpipe.project"] == str(project.root)
