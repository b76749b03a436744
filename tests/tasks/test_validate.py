"""validate: every rule fails for the right reason, names file/line/rule, and writes nothing."""

from __future__ import annotations

import json
import logging

import pytest

from tasks.lib.errors import DataError, PipelineError
from tasks.lib.io import read_json
from tasks.lib.project import RECORDS, REPORT
from tasks.lib.records import check_record, record_id
from tasks.validate import validate, validate_records
from tests.helpers import LABELS, chat, default_params_dict, make_project, write_lines

SYSTEM = default_params_dict()["task"]["system_prompt"]
SECRET = "Jane Secretname lives at 12 Hidden Lane"  # must never appear in an error or log


def good(n: int = 24) -> list[dict]:
    return [
        chat(f"ticket number {i} about {LABELS[i % 6].lower()}", LABELS[i % 6]) for i in range(n)
    ]


def msgs(*pairs: tuple[str, str]) -> dict:
    return {"messages": [{"role": r, "content": c} for r, c in pairs]}


# (bad line, rule) -- the bad line carries SECRET wherever it has content
BAD = {
    "list_line": ([{"role": "user", "content": SECRET}], "schema"),
    "string_line": (json.dumps(SECRET), "schema"),
    "no_messages": ({"conversation": [{"role": "user", "content": SECRET}]}, "schema"),
    "extra_key": ({**chat(SECRET, "BILLING"), "meta": {"source": "x"}}, "schema"),
    "messages_not_list": ({"messages": SECRET}, "schema"),
    "messages_empty": ({"messages": []}, "schema"),
    "message_not_object": (
        {"messages": [SECRET, {"role": "assistant", "content": "OTHER"}]},
        "schema",
    ),
    "message_extra_key": (
        {"messages": [{"role": "user", "content": SECRET, "name": "x"}]},
        "schema",
    ),
    "content_not_string": (
        {"messages": [{"role": "user", "content": 3}, {"role": "assistant", "content": SECRET}]},
        "schema",
    ),
    "role_missing": ({"messages": [{"content": SECRET}]}, "schema"),
    "unknown_role": (msgs(("user", SECRET), ("tool", "x"), ("assistant", "OTHER")), "role"),
    "two_systems": (
        msgs(("system", SYSTEM), ("system", SYSTEM), ("user", SECRET), ("assistant", "OTHER")),
        "system",
    ),
    "system_not_first": (
        msgs(("user", SECRET), ("system", SYSTEM), ("assistant", "OTHER")),
        "system",
    ),
    "no_assistant": (msgs(("system", SYSTEM), ("user", SECRET)), "missing_assistant"),
    "user_user": (msgs(("user", SECRET), ("user", SECRET), ("assistant", "OTHER")), "order"),
    "starts_assistant": (
        msgs(("assistant", "OTHER"), ("user", SECRET), ("assistant", "OTHER")),
        "order",
    ),
    "ends_user": (msgs(("user", SECRET), ("assistant", "OTHER"), ("user", SECRET)), "order"),
    "empty_user": (msgs(("user", "  \n\t "), ("assistant", "OTHER")), "empty"),
    "empty_assistant": (msgs(("user", SECRET), ("assistant", " ")), "empty"),
    "other_system_prompt": (chat(SECRET, "OTHER", system="You are a pirate."), "system_prompt"),
    "unknown_label": (chat(SECRET, "MAYBE"), "label"),
    "truncated_json": ('{"messages": [{"role": "user", "content": "' + SECRET, "json"),
    "invalid_utf8": (b'{"messages": "\xff\xfe ' + SECRET.encode() + b'"}', "utf8"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_each_rule_fails_closed(tmp_path, case, caplog):
    bad, rule = BAD[case]
    records = good(24)
    records.insert(6, bad)  # line 7
    project = make_project(tmp_path, records)
    with caplog.at_level(logging.INFO), pytest.raises(DataError) as err:
        validate.fn(project)
    assert err.value.rule == rule
    assert err.value.line == 7
    assert f"tickets.jsonl:7: [{rule}]" in str(err.value)
    assert SECRET not in str(err.value)
    assert SECRET not in caplog.text
    assert not project.stage_dir("validate").exists()


def test_failure_keeps_previous_good_output(tmp_path):
    project = make_project(tmp_path, good())
    validate.fn(project)
    out = project.stage_dir("validate")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    write_lines(project.input_path, good() + [chat("x", "NOPE")])
    with pytest.raises(DataError):
        validate.fn(project)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_all_errors_logged_first_raised(tmp_path, caplog):
    records = good(24)
    records[2] = chat(SECRET, "NOPE")
    records[5] = msgs(("user", SECRET))
    records[9] = msgs(("user", " "), ("assistant", "OTHER"))
    project = make_project(tmp_path, records)
    with caplog.at_level(logging.INFO), pytest.raises(DataError) as err:
        validate.fn(project)
    assert err.value.line == 3 and err.value.rule == "label"
    assert str(err.value).endswith("(and 2 more errors)")
    assert "[label] lines 3" in caplog.text
    assert "[missing_assistant] lines 6" in caplog.text
    assert "[empty] lines 10" in caplog.text
    assert SECRET not in caplog.text


def test_label_shown_truncated():
    problem = check_record(chat("hi", "X" * 100), system_prompt=SYSTEM, labels=LABELS)
    assert problem is not None and problem[0] == "label"
    assert "X" * 40 in problem[1] and "X" * 41 not in problem[1]


def test_unknown_role_named():
    rule, reason = check_record(
        msgs(("tool", "x"), ("assistant", "OTHER")), system_prompt=SYSTEM, labels=LABELS
    )
    assert rule == "role" and "'tool'" in reason


def test_system_prompt_reason_says_what_to_change():
    rule, reason = check_record(
        chat("hi", "OTHER", system="be nice"), system_prompt=SYSTEM, labels=LABELS
    )
    assert rule == "system_prompt" and "task.system_prompt" in reason


def test_happy_path_normalizes_and_keeps_ids(tmp_path):
    records = good(22)
    no_system = chat("where is my parcel?", " SHIPPING \n", system="")
    padded_system = chat("refund please", "BILLING", system=f"  {SYSTEM}\n")
    multi_turn = msgs(
        ("user", "hello"),
        ("assistant", "OTHER"),
        ("user", "my card was charged twice"),
        ("assistant", "BILLING"),
    )
    with_id = {**chat("I forgot my password", "ACCOUNT"), "id": "user-supplied"}
    records += [no_system, padded_system, multi_turn, with_id, good(1)[0]]  # last: a repeat
    project = make_project(tmp_path, records)

    summary = validate.fn(project)

    out = project.stage_dir("validate")
    rows = [json.loads(line) for line in (out / RECORDS).read_text().splitlines()]
    assert len(rows) == len(records) == summary["n_records"]
    # ids hash the messages as read, before normalization; an input id is not trusted
    assert [r["id"] for r in rows] == [record_id(r["messages"]) for r in records]
    assert all(r["messages"][0] == {"role": "system", "content": SYSTEM} for r in rows)
    assert rows[22]["messages"][-1]["content"] == "SHIPPING"
    assert [m["role"] for m in rows[24]["messages"]] == ["system"] + ["user", "assistant"] * 2
    assert rows[25]["id"] != "user-supplied"
    assert summary["n_system_added"] == 2
    assert summary["n_repeated_ids"] == 1  # identical conversations are dedup's job
    assert summary["label_counts"]["BILLING"] == 4 + 2
    assert read_json(out / REPORT) == summary


def test_deterministic(tmp_path):
    project = make_project(tmp_path, good())
    validate.fn(project)
    first = (project.stage_dir("validate") / RECORDS).read_bytes()
    validate.fn(project)
    assert (project.stage_dir("validate") / RECORDS).read_bytes() == first


def test_too_few_records(tmp_path):
    project = make_project(tmp_path, good(5))
    with pytest.raises(PipelineError, match=r"5 valid record\(s\).*validate.min_records \(20\)"):
        validate.fn(project)
    assert not project.stage_dir("validate").exists()


def test_missing_input(tmp_path):
    project = make_project(tmp_path)
    with pytest.raises(DataError) as err:
        validate.fn(project)
    assert err.value.rule == "file"


def test_huge_line(tmp_path):
    big = "a support ticket " * 65_000  # ~1.1 MB on one line
    project = make_project(tmp_path, good() + [chat(big, "OTHER")])
    assert validate.fn(project)["n_records"] == 25
    write_lines(project.input_path, good() + [chat(big, "NOT A LABEL")])
    with pytest.raises(DataError) as err:
        validate.fn(project)
    assert err.value.rule == "label" and len(str(err.value)) < 400


def test_core_without_io():
    rows = enumerate([chat("hi", "OTHER"), chat("x", "NOPE"), [1]], start=1)
    result = validate_records(rows, system_prompt=SYSTEM, labels=LABELS)
    assert len(result.records) == 1
    assert [(i.line, i.rule) for i in result.issues] == [(2, "label"), (3, "schema")]
