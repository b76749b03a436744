"""validate under fuzzed malformed input: always a one-line DataError naming file and line.

Seeded: the same ~200 cases every run. Each case is one bad line among good ones; the stage must
raise DataError (never another exception), name `<input>:<line>`, and write nothing.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from tasks.lib.errors import DataError
from tasks.validate import validate
from tests.helpers import LABELS, chat, default_params_dict, make_project

SYSTEM = default_params_dict()["task"]["system_prompt"]
SEED = 20261125
N_GOOD = 24
BAD_AT = 7  # the bad line's 1-based line number (6 good lines before it)


def _good(i: int) -> dict:
    return chat(f"ticket number {i} about {LABELS[i % 6].lower()}", LABELS[i % 6], SYSTEM)


def _paths(value, prefix=()):
    """Every position in a JSON value, as a key/index path (the root is ())."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


def _replace(value, path, new):
    if not path:
        return new
    value = json.loads(json.dumps(value))
    node = value
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = new
    return value


def _wrong_types(value) -> list:
    """JSON values whose type differs from `value`'s."""
    candidates = [None, 0, -1.5, True, "text", [], {}, [1, "x"], {"k": None}]
    return [c for c in candidates if type(c) is not type(value)]


def _cases() -> list[tuple[str, bytes]]:
    rng = random.Random(SEED)
    valid = _good(99)
    line = json.dumps(valid).encode()
    cases: list[tuple[str, bytes]] = []

    # truncated JSON at random cut points (0 would be a blank line, which is skipped)
    for cut in sorted(rng.sample(range(1, len(line)), 60)):
        cases.append((f"truncated@{cut}", line[:cut]))

    # a wrong type in every position of the record
    for path in _paths(valid):
        at = _node(valid, path)
        for new in _wrong_types(at):
            cases.append(
                (f"type{list(path)}={new!r}", json.dumps(_replace(valid, path, new)).encode())
            )

    # huge lines: garbage, an unterminated string, a huge invalid record
    cases.append(("huge_garbage", bytes(rng.randrange(32, 127) for _ in range(200_000))))
    cases.append(("huge_unterminated", b'{"messages": "' + b"x" * 2_000_000))
    cases.append(
        (
            "huge_bad_role",
            json.dumps(
                {"messages": [{"role": "u" * 1_000_000, "content": "x"}, valid["messages"][-1]]}
            ).encode(),
        )
    )
    cases.append(("huge_int", b'{"messages": ' + b"7" * 5000 + b"}"))

    # invalid UTF-8 at random places of a valid line
    for k in range(15):
        pos = rng.randrange(len(line))
        junk = rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80", b"\xf8\x88\x80\x80\x80"])
        cases.append((f"utf8_{k}@{pos}", line[:pos] + junk + line[pos:]))

    # NUL bytes: raw (inside and outside strings) and escaped into the content
    for k in range(10):
        pos = rng.randrange(len(line))
        cases.append((f"nul_{k}@{pos}", line[:pos] + b"\x00" + line[pos:]))
    cases.append(("nul_only", b"\x00\x00\x00"))

    # deeply nested JSON: below and far above Python's recursion limit
    for depth in (50, 900, 5_000, 100_000):
        cases.append((f"nested_list_{depth}", b"[" * depth + b"]" * depth))
        cases.append((f"nested_obj_{depth}", b'{"messages":' * depth + b"[]" + b"}" * depth))
        cases.append((f"nested_open_{depth}", b"[" * depth))

    # BOM, alone and before a valid record; a lone UTF-16 surrogate escaped in a string
    cases.append(("bom_record", b"\xef\xbb\xbf" + line))
    cases.append(("bom_only", b"\xef\xbb\xbf"))
    cases.append(("utf16_bom", b"\xff\xfe" + line))
    for esc in ("\\ud800", "\\udfff", "x\\udc80y"):
        bad = line.replace(b"ticket number", f"ticket {esc} number".encode(), 1)
        cases.append((f"surrogate_{esc}", bad))
    return cases


def _node(value, path):
    for step in path:
        value = value[step]
    return value


CASES = _cases()


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("fuzz"))


GOOD_LINES = [json.dumps(_good(i)).encode() for i in range(N_GOOD)]


def _write_input(path: Path, bad: bytes) -> None:
    good = GOOD_LINES
    lines = good[: BAD_AT - 1] + [bad] + good[BAD_AT - 1 :]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\n".join(lines) + b"\n")


def test_there_are_about_200_cases():
    assert 180 <= len(CASES) <= 260
    assert len({name for name, _ in CASES}) == len(CASES)


@pytest.mark.parametrize("bad", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_line_is_a_data_error_naming_file_and_line(project, bad):
    assert b"\n" not in bad and b"\r" not in bad  # one physical line, so the line number is known
    _write_input(project.input_path, bad)
    with pytest.raises(DataError) as info:
        validate.fn(project)
    err = info.value
    assert (err.path, err.line) == (str(project.input_path), BAD_AT)
    assert str(err).startswith(f"{project.input_path}:{BAD_AT}: [")
    assert "\n" not in str(err) and len(str(err)) < 400  # one short line, never the raw input
    assert not project.stage_dir("validate").exists()
    assert not any(project.stage_dir(s).exists() for s in ("dedup", "scrub_pii", "split"))


@pytest.mark.parametrize(
    "name, rule",
    [
        ("nested_list_100000", "json"),
        ("nested_open_5000", "json"),
        ("huge_int", "json"),
        ("surrogate_\\ud800", "utf8"),
        ("bom_record", "json"),
        ("utf8_0", "utf8"),
        ("truncated", "json"),
    ],
)
def test_decoder_crashes_found_by_fuzzing_have_a_rule(project, name, rule):
    bad = next(b for n, b in CASES if n == name or n.startswith(name))
    _write_input(project.input_path, bad)
    with pytest.raises(DataError) as info:
        validate.fn(project)
    assert info.value.rule == rule
