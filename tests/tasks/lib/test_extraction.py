"""tasks.lib.extraction: parsing JSON answers, schema checks, extraction metrics."""

from __future__ import annotations

import json

import pytest

from tasks.lib import extraction

SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "urgency": {"enum": ["low", "medium", "high"]},
        "email": {"type": ["string", "null"]},
    },
    "required": ["name", "urgency"],
}

# -- parse_answer -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1}', {"a": 1}),
        ('  \n{"a": 1}\n ', {"a": 1}),
        ('```json\n{"a": 1}\n```', {"a": 1}),
        ('Sure! Here it is: {"a": {"b": [1, 2]}} Hope that helps.', {"a": {"b": [1, 2]}}),
        ('The answer {"s": "}{ is not a brace"} ok', {"s": "}{ is not a brace"}),
        ('first {"a": 1} then {"a": 2}', {"a": 1}),
        ('Use {curly} braces: {"a": 1}', {"a": 1}),  # a balanced non-JSON span is skipped
        ("{}", {}),
    ],
)
def test_parse_answer_finds_the_object(text, expected):
    assert extraction.parse_answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "{'a': 1}",  # Python, not JSON
        '{"a": 1',  # truncated
        'x {"a": {"b": 1}, "c":',  # truncated: the complete inner object is only a fragment
        "{'a': {\"b\": 1}}",  # malformed outer object: its valid inner one is not the answer
        "[1, 2]",  # a list is not an object
        '[{"a": 1}]',
        '"a string"',
        "42",
        "null",
        "no json here",
    ],
)
def test_parse_answer_none_without_an_object(text):
    assert extraction.parse_answer(text) is None


# -- check_schema / schema_errors / schema_fields -----------------------------------------------


def test_check_schema_accepts_valid_schemas():
    extraction.check_schema(SCHEMA)
    extraction.check_schema(
        {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object"}
    )


@pytest.mark.parametrize(
    ("schema", "pointer"),
    [
        ({"type": "objekt"}, "/type"),
        ({"properties": {"a": {"enum": "x"}}}, "/properties/a/enum"),
        ({"required": "name"}, "/required"),
        ({"properties": {"a/b": {"minimum": "x"}}}, "/properties/a~1b/minimum"),
        ({"$schema": "https://example.com/my-draft", "type": "object"}, "/$schema"),
    ],
)
def test_check_schema_names_the_pointer_in_one_line(schema, pointer):
    with pytest.raises(ValueError) as info:
        extraction.check_schema(schema)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"invalid JSON Schema at {pointer}: ")


def test_check_schema_rejects_a_non_object():
    with pytest.raises(ValueError, match="expected an object, got list"):
        extraction.check_schema([{"type": "object"}])


def test_schema_errors_pointer_and_keyword_only():
    pii = "john.doe@example.com"
    schema = {**SCHEMA, "additionalProperties": False}
    answer = {"urgency": pii, "email": 5, pii: pii}  # the PII also as an extra key
    errors = extraction.schema_errors(answer, schema)
    assert errors == [
        "(root): additionalProperties",
        "/email: type",
        "/name: required",
        "/urgency: enum",
    ]
    assert not any("john" in line or "example" in line for line in errors)


def test_schema_errors_valid_and_root_type():
    assert extraction.schema_errors({"name": "Ann", "urgency": "low"}, SCHEMA) == []
    assert extraction.schema_errors({"name": "Ann", "urgency": "low", "email": None}, SCHEMA) == []
    assert extraction.schema_errors(["x"], SCHEMA) == ["(root): type"]


def test_schema_errors_nested_pointer():
    schema = {
        "type": "object",
        "properties": {"items": {"type": "array", "items": {"type": "integer"}}},
    }
    assert extraction.schema_errors({"items": [1, "two", 3]}, schema) == ["/items/1: type"]


def test_schema_errors_checks_the_schema():
    with pytest.raises(ValueError, match="invalid JSON Schema at /type"):
        extraction.schema_errors({}, {"type": "objekt"})


def test_schema_fields_in_schema_order():
    assert extraction.schema_fields(SCHEMA) == ["name", "urgency", "email"]
    with pytest.raises(ValueError, match="no top-level 'properties'"):
        extraction.schema_fields({"type": "object"})


# -- extraction_metrics -------------------------------------------------------------------------

GOLD = [
    {"name": "Ann", "urgency": "low", "email": None},
    {"name": "Bob", "urgency": "high", "email": "bob@x.org"},
    {"name": "Cy", "urgency": "medium", "email": None},
    {"name": "Di", "urgency": "low", "email": "di@x.org"},
]
ANSWERS = [
    '{"name": " ann ", "urgency": "low", "email": null}',  # right after strip + casefold
    '{"name": "Bob", "urgency": "urgent"}',  # wrong enum (schema-invalid), email left out
    'Here: {"name": "Cy", "urgency": "medium", "email": "cy@x.org"}',  # email invented
    "Sorry, I cannot help with that.",  # unparsable: every field wrong
]
# Items (example, field) by hand; gold items are non-null gold values, predicted items non-null
# answer values, TP a predicted value equal to gold's:
#   name:    gold 4 (all), pred 3 (ex 1-3), TP 3            -> F1 = 2*3 / (3+4) = 6/7
#   urgency: gold 4, pred 3, TP 2 (ex 1, 3; "urgent" wrong) -> F1 = 2*2 / (3+4) = 4/7
#   email:   gold 2 (ex 2, 4), pred 1 (ex 3), TP 0          -> F1 = 0
#   micro:   gold 10, pred 7, TP 5 -> precision 5/7, recall 5/10, F1 = 2*5 / (7+10) = 10/17
#   macro:   (6/7 + 4/7 + 0) / 3 = 10/21
# Exact match per field: name 3/4 (ex 4 unparsable); urgency 2/4; email 1/4 (ex 1: null = null)
# Whole object: ex 1 only -> 1/4; parsed 3/4; schema-valid 2/4 (ex 2 has "urgent")


@pytest.fixture(scope="module")
def hand_case():
    return extraction.extraction_metrics(GOLD, ANSWERS, SCHEMA, resamples=500)


def test_metrics_rates(hand_case):
    m = hand_case
    assert m["n"] == 4
    assert m["fields"] == ["name", "urgency", "email"]
    assert m["parse_rate"]["value"] == 0.75
    assert m["schema_valid_rate"]["value"] == 0.5
    assert m["exact_match"]["value"] == 0.25
    assert {m[k]["method"] for k in ("parse_rate", "schema_valid_rate", "exact_match")} == {
        "wilson"
    }


def test_metrics_f1_by_hand(hand_case):
    m = hand_case
    assert m["precision"]["value"] == pytest.approx(5 / 7)
    assert m["recall"]["value"] == pytest.approx(0.5)
    assert m["micro_f1"]["value"] == pytest.approx(10 / 17)
    assert m["macro_f1"]["value"] == pytest.approx(10 / 21)
    assert m["micro_f1"]["method"] == "bootstrap"
    per = m["per_field"]
    assert per["name"]["f1"] == pytest.approx(6 / 7)
    assert per["name"]["precision"] == 1.0
    assert per["name"]["recall"] == 0.75
    assert per["urgency"]["f1"] == pytest.approx(4 / 7)
    assert per["email"]["f1"] == 0.0
    assert [per[f]["support"] for f in ("name", "urgency", "email")] == [4, 4, 2]
    assert [per[f]["exact_match"]["value"] for f in ("name", "urgency", "email")] == [
        0.75,
        0.5,
        0.25,
    ]


def test_metrics_intervals_contain_the_value(hand_case):
    m = hand_case
    entries = [m[k] for k in ("parse_rate", "schema_valid_rate", "exact_match")]
    entries += [m[k] for k in ("precision", "recall", "micro_f1", "macro_f1")]
    entries += [f["exact_match"] for f in m["per_field"].values()]
    for e in entries:
        assert 0.0 <= e["low"] <= e["value"] <= e["high"] <= 1.0
        assert e["low"] < e["high"]


def test_metrics_json_safe(hand_case):
    assert json.loads(json.dumps(hand_case)) == hand_case

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        else:
            assert type(x) in (str, int, float), type(x)  # no numpy scalars

    walk(hand_case)


def test_metrics_seeded(hand_case):
    again = extraction.extraction_metrics(GOLD, ANSWERS, SCHEMA, resamples=500)
    assert again == hand_case
    other = extraction.extraction_metrics(GOLD, ANSWERS, SCHEMA, resamples=500, seed=1)
    # the seed reaches the bootstrap: with these 4 examples seed 1 moves the micro-F1 interval
    assert (other["micro_f1"]["low"], other["micro_f1"]["high"]) != (
        hand_case["micro_f1"]["low"],
        hand_case["micro_f1"]["high"],
    )
    assert other["exact_match"] == hand_case["exact_match"]  # Wilson: no randomness


def test_metrics_normalize_off():
    m = extraction.extraction_metrics(GOLD, ANSWERS, SCHEMA, normalize=False, resamples=50)
    assert m["per_field"]["name"]["exact_match"]["value"] == 0.5  # " ann " != "Ann"
    assert m["exact_match"]["value"] == 0.0


def test_wilson_width_at_zero_and_hundred_percent():
    gold = [{"name": "A", "urgency": "low"}] * 5
    perfect = extraction.extraction_metrics(gold, ['{"name": "a", "urgency": "low"}'] * 5, SCHEMA)
    assert perfect["exact_match"]["value"] == 1.0
    assert perfect["exact_match"]["high"] == 1.0
    assert perfect["exact_match"]["low"] < 0.9  # 5 of 5 is not certainty
    hopeless = extraction.extraction_metrics(gold, ["no"] * 5, SCHEMA)
    assert hopeless["parse_rate"]["value"] == 0.0
    assert hopeless["parse_rate"]["low"] == 0.0
    assert hopeless["parse_rate"]["high"] > 0.1
    assert hopeless["micro_f1"]["value"] == 0.0
    assert hopeless["recall"]["value"] == 0.0


def test_missing_null_and_extra_fields():
    gold = [{"name": "A", "urgency": "low", "email": None}] * 3
    answers = [
        '{"name": "A", "urgency": "low"}',  # email absent = gold's null: right
        '{"name": "A", "urgency": "low", "email": null, "note": null}',  # extra null: no value
        '{"name": "A", "urgency": "low", "note": "x"}',  # extra field with a value: not equal
    ]
    m = extraction.extraction_metrics(gold, answers, SCHEMA, resamples=50)
    assert m["per_field"]["email"]["exact_match"]["value"] == 1.0
    assert m["per_field"]["email"]["support"] == 0
    assert m["exact_match"]["value"] == pytest.approx(2 / 3)
    assert m["micro_f1"]["value"] == 1.0  # "note" is no schema field: not an item
    # email has no gold and no predicted item: no F1, left out of the mean (not counted as 0)
    assert m["macro_f1"]["value"] == 1.0
    assert m["macro_f1"]["low"] == 1.0
    assert extraction.paired_correct(gold, answers) == [True, True, False]


def test_missing_field_in_answer_is_wrong():
    gold = [{"name": "A", "urgency": "low", "email": "a@x.org"}]
    m = extraction.extraction_metrics(gold, ['{"name": "A", "urgency": "low"}'], SCHEMA)
    assert m["per_field"]["email"]["exact_match"]["value"] == 0.0
    assert m["per_field"]["email"]["recall"] == 0.0
    assert m["schema_valid_rate"]["value"] == 1.0  # email is optional: valid, but incomplete


def test_json_value_types_compared_exactly():
    schema = {"type": "object", "properties": {"flag": {}, "count": {}, "tags": {}}}
    gold = [{"flag": True, "count": 1, "tags": ["A", "b"]}]
    m = extraction.extraction_metrics(
        gold, ['{"flag": 1, "count": 1.0, "tags": ["a ", "B"]}'], schema
    )
    per = m["per_field"]
    assert per["flag"]["exact_match"]["value"] == 0.0  # true is not 1
    assert per["count"]["exact_match"]["value"] == 1.0  # 1 == 1.0
    assert per["tags"]["exact_match"]["value"] == 1.0  # normalised inside lists
    m = extraction.extraction_metrics(
        gold, ['{"flag": true, "count": "1", "tags": ["b", "a"]}'], schema
    )
    assert per is not m["per_field"]
    assert m["per_field"]["flag"]["exact_match"]["value"] == 1.0
    assert m["per_field"]["count"]["exact_match"]["value"] == 0.0  # "1" is not 1
    assert m["per_field"]["tags"]["exact_match"]["value"] == 0.0  # order matters


def test_paired_correct_hand_case():
    assert extraction.paired_correct(GOLD, ANSWERS) == [True, False, False, False]
    assert extraction.paired_correct(GOLD, ANSWERS, normalize=False) == [False] * 4


@pytest.mark.parametrize(
    ("gold", "answers", "match"),
    [
        ([], [], "no examples"),
        (GOLD, ANSWERS[:3], "4 gold objects but 3 answers"),
        ([["name"]], ["{}"], "gold example 0 is a list"),
    ],
)
def test_bad_inputs(gold, answers, match):
    with pytest.raises(ValueError, match=match):
        extraction.extraction_metrics(gold, answers, SCHEMA)
    with pytest.raises(ValueError, match=match):
        extraction.paired_correct(gold, answers)


def test_metrics_reject_an_invalid_schema():
    with pytest.raises(ValueError, match="invalid JSON Schema at /type"):
        extraction.extraction_metrics(GOLD, ANSWERS, {"type": "objekt", "properties": {"a": {}}})
