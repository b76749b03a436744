"""validate for extraction and generation: the answer contract per task.type, one-line errors
naming file, line and rule (and the JSON pointer), never a value; other stages refuse the type."""

from __future__ import annotations

import json

import pytest

from tasks.lib.errors import DataError, ParamsError
from tasks.lib.io import read_records
from tasks.lib.project import RECORDS
from tasks.validate import validate
from tests.helpers import make_project

SYSTEM = "Extract the ticket's category, urgency and action as JSON."
SCHEMA = {
    "type": "object",
    "properties": {
        "category": {"enum": ["BILLING", "SHIPPING"]},
        "urgency": {"enum": ["low", "high"]},
        "contact": {"type": "string"},
    },
    "required": ["category", "urgency"],
    "additionalProperties": False,
}
SECRET = "jane.secret@example.com"  # a PII-like value: never in an error


def chat(user: str, answer) -> dict:
    content = answer if isinstance(answer, str) else json.dumps(answer)
    return {
        "messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": user},
            {"role": "assistant", "content": content},
        ]
    }


def good(n: int = 24) -> list[dict]:
    cats, urg = ["BILLING", "SHIPPING"], ["low", "high"]
    return [
        chat(f"ticket {i}", {"category": cats[i % 2], "urgency": urg[i // 2 % 2]}) for i in range(n)
    ]


def extraction_project(root, records, schema=SCHEMA):
    task = {"type": "extraction", "labels": [], "system_prompt": SYSTEM, "schema": schema}
    return make_project(root, records, task=task)


def test_valid_extraction_records_pass(tmp_path):
    project = extraction_project(tmp_path, good())
    assert validate.fn(project)["n_records"] == 24
    rows = read_records(project.stage_dir("validate") / RECORDS)
    assert json.loads(rows[0]["messages"][-1]["content"]) == {
        "category": "BILLING",
        "urgency": "low",
    }


@pytest.mark.parametrize(
    "answer, rule, pointer",
    [
        (
            {"category": "BILLING", "urgency": "urgent", "contact": SECRET},
            "answer_schema",
            "/urgency",
        ),
        ({"category": "BILLING"}, "answer_schema", "required"),
        ({"category": "BILLING", "urgency": "low", "contact": 3}, "answer_schema", "/contact"),
        (
            {"category": "BILLING", "urgency": "low", "email": SECRET},
            "answer_schema",
            "additionalProperties",
        ),
        ('{"category": "BILLING", "urgency": ', "answer_json", "not JSON"),
        ('["BILLING", "low"]', "answer_json", "not an object"),
    ],
    ids=["enum", "required", "type", "extra_field", "truncated_json", "list"],
)
def test_a_bad_answer_names_file_line_rule_and_pointer_never_the_value(
    tmp_path, answer, rule, pointer
):
    records = good()
    records[6] = chat(f"ticket from {SECRET}", answer)
    project = extraction_project(tmp_path, records)
    with pytest.raises(DataError) as err:
        validate.fn(project)
    msg = str(err.value)
    assert f"{project.input_path}:7" in msg and f"[{rule}]" in msg and pointer in msg, msg
    assert SECRET not in msg and "\n" not in msg
    assert not (project.stage_dir("validate") / RECORDS).exists()  # nothing written


def test_the_schema_can_be_a_file_and_an_invalid_schema_is_one_line(tmp_path):
    (tmp_path / "schema.json").write_text(json.dumps(SCHEMA))
    project = extraction_project(tmp_path, good(), schema="schema.json")
    assert validate.fn(project)["n_records"] == 24
    (tmp_path / "schema.json").write_text(json.dumps({"type": "objekt"}))
    with pytest.raises(
        ParamsError, match=r"task.schema file schema.json is not a valid JSON Schema"
    ):
        validate.fn(project)
    (tmp_path / "schema.json").write_text("{not json")
    with pytest.raises(ParamsError, match=r"schema.json: not JSON \(line 1"):
        validate.fn(project)


def test_generation_records_need_a_non_empty_answer_and_meet_the_format(tmp_path):
    records = [chat(f"ticket {i}", f"Dear customer, reply {i}.") for i in range(24)]
    task = {"type": "generation", "labels": [], "system_prompt": SYSTEM}
    assert validate.fn(make_project(tmp_path / "free", records, task=task))["n_records"] == 24
    regex = {**task, "format": "regex", "pattern": r"Dear customer, .+\."}
    records[3] = chat("ticket 3", "hello there")
    with pytest.raises(DataError, match=r":4: \[answer_format\]"):
        validate.fn(make_project(tmp_path / "regex", records, task=regex))
    records[3] = chat("ticket 3", "   ")
    with pytest.raises(DataError, match=r":4: \[empty\]"):
        validate.fn(make_project(tmp_path / "empty", records, task=task))


@pytest.mark.parametrize(
    "task, match",
    [
        ({"type": "extraction", "labels": []}, "needs task.schema"),
        ({"type": "extraction", "schema": SCHEMA}, "task.labels is for classification"),
        ({"type": "generation", "labels": [], "format": "regex"}, "task.pattern is needed"),
        (
            {"type": "generation", "labels": [], "format": "regex", "pattern": "("},
            "not a valid regular",
        ),
        ({"schema": SCHEMA}, "task.schema is for extraction"),
        ({"type": "generation", "labels": [], "stratify": "x"}, "task.stratify .* is for extr"),
    ],
)
def test_params_refuse_a_task_that_does_not_fit_its_type(tmp_path, task, match):
    with pytest.raises(ParamsError, match=match):
        make_project(tmp_path, None, task=task)


def test_the_promotion_metric_must_be_one_of_the_types(tmp_path):
    task = {"type": "generation", "labels": []}
    assert make_project(tmp_path / "a", None, task=task).params.register.metric == "rouge_l"
    with pytest.raises(ParamsError, match="register.metric 'accuracy' is not a generation metric"):
        make_project(tmp_path / "b", None, task=task, register={"metric": "accuracy"})
    params = make_project(tmp_path / "c", None).params
    assert (params.register.metric, params.evaluate.max_new_tokens) == ("accuracy", 8)
