"""The extraction and generation examples regenerate byte for byte from the bundled tickets,
their params load, and every answer meets the example's own answer contract."""

from __future__ import annotations

import json

import pytest

from tasks.lib.answers import answer_rule
from tasks.lib.io import read_records
from tasks.lib.params import load_params
from tasks.lib.records import label_of
from tests.helpers import REPO, load_script

EXAMPLES = {"extraction": "tickets.jsonl", "generation": "replies.jsonl"}


def test_the_examples_regenerate_byte_for_byte(tmp_path):
    make = load_script("make_examples")
    assert make.main(["--out", str(tmp_path)]) == 0
    for name, file in EXAMPLES.items():
        assert (tmp_path / name / file).read_bytes() == (
            REPO / "examples" / name / file
        ).read_bytes()


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_answer_meets_the_examples_contract(name):
    params = load_params(REPO / "examples" / name / "params.yaml")
    assert params.task.type == name
    check = answer_rule(params.task, REPO)
    records = read_records(REPO / params.data.input)
    assert len(records) >= 400
    assert all(check(label_of(r)) is None for r in records)
    assert {r["messages"][0]["content"] for r in records} == {params.task.system_prompt}


def test_extraction_fields_follow_the_rules():
    make = load_script("make_examples")
    urgent = "My order ORD-2024-12345 has not come. This is quite urgent for me."
    assert make.fields(urgent, "SHIPPING") == {
        "category": "SHIPPING",
        "urgency": "high",
        "action": "escalate",
        "order_id": "ORD-2024-12345",
    }
    assert make.fields("Do you sell gift cards?", "OTHER")["urgency"] == "low"
    reply = make.reply("Was I charged twice for #123456?", "BILLING")
    assert reply.startswith("Hi there,\nI've marked this as urgent.") and "order #123456" in reply
    assert json.loads(json.dumps(make.fields("x", "TECHNICAL")))["order_id"] is None
