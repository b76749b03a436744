"""tasks.lib.json_text: what a detector reads in a JSON turn, replacements that keep it JSON in
its layout, canonical JSON for comparisons, a field's value as a stratum name."""

from __future__ import annotations

import json

import pytest

from tasks.lib.json_text import (
    Segment,
    canonical_text,
    field_value,
    json_container,
    replace_segments,
    segments,
)


def test_plain_text_is_one_segment():
    for text in ("hello", "", '"a json string"', "42", "{not json"):
        assert segments(text) == [Segment(text, 0)]
        assert json_container(text) is None
    assert replace_segments("hello", ["bye"]) == "bye"


def test_json_segments_are_keys_and_values_after_their_key_in_document_order():
    text = '{"date_of_birth": "1990-01-02", "n": 7, "ok": true, "x": 1.5, "l": ["a", {"k": "v"}]}'
    assert segments(text) == [
        Segment("date_of_birth", 0),
        Segment("date of birth: 1990-01-02", 15),  # the key as words: the detector's context
        Segment("n", 0),
        Segment("n: 7", 3),
        Segment("ok", 0),
        Segment("x", 0),
        Segment("l", 0),
        Segment("l: a", 3),
        Segment("k", 0),
        Segment("k: v", 3),
    ]


def test_replacing_keeps_layout_types_and_every_key():
    value = {"a": "secret", "b": 4111, "c": [True, None, "x"]}
    for text in (
        json.dumps(value),
        json.dumps(value, indent=2) + "\n",
        json.dumps(value, separators=(",", ":")),
    ):
        own = [s.text[s.start :] for s in segments(text)]
        assert replace_segments(text, own) == text  # nothing changed: byte for byte
        new = ["a", "[X]", "b", "4111", "c", "x"]
        out = replace_segments(text, new)
        assert json.loads(out) == {"a": "[X]", "b": 4111, "c": [True, None, "x"]}
        assert out == text.replace('"secret"', '"[X]"')
    # two keys that become one keep both values
    out = replace_segments('{"jane": 1, "john": 2}', ["[P]", "1", "[P]", "2"])
    assert json.loads(out) == {"[P]": 1, "[P]_2": 2}
    with pytest.raises(ValueError, match="1 replacement strings for 2 segments"):
        replace_segments('{"a": "b"}', ["x"])


def test_unicode_escapes_and_unknown_layouts():
    text = '{"name": "Jos\\u00e9"}'
    assert segments(text)[1] == Segment("name: José", 6)
    assert replace_segments(text, ["name", "[P]"]) == '{"name": "[P]"}'
    odd = '{ "name" :"José" }'
    assert replace_segments(odd, ["name", "[P]"]) == '{"name": "[P]"}'  # default layout


def test_canonical_text_and_field_value():
    assert canonical_text('{"b": 1,\n "a": "é"}') == canonical_text('{"a":"\\u00e9","b":1}')
    assert canonical_text("plain text") == "plain text"
    answer = '{"u": "high", "n": 2, "t": true, "z": null, "o": {"b": 1, "a": 2}}'
    assert [field_value(answer, f) for f in ("u", "n", "t", "z", "o", "absent")] == [
        "high",
        "2",
        "true",
        "null",
        '{"a":2,"b":1}',
        "null",
    ]
    assert field_value("not json", "u") == field_value("[1]", "u") == "null"
