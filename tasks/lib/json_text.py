"""Text inside JSON turns: what a detector reads, and replacements that keep the JSON valid.

    segs = segments('{"phone": "Call\\n+44 20 7946 0958", "name": "Jos\\u00e9 Garcia"}')
    # -> [Segment("phone", 0), Segment("phone: Call\\n+44 20 7946 0958", 7),
    #     Segment("name", 0), Segment("name: José Garcia", 6)]
    replace_segments(text, [s.text[s.start:] ... replaced])   # JSON again, in the same layout
    canonical_text(text)                                       # sorted-key compact JSON, or text
    field_value('{"urgency": "high"}', "urgency")              # "high": a stratum name

A turn that is a JSON object or array (an extraction answer, a JSON generation answer, a JSON
user turn) is scanned as its decoded strings (keys included) and integers, not as raw text: in
raw JSON an escape hides text from a detector (`\\n+44 20 ...` reads as the word `n+44`,
`Jos\\u00e9 Garcia` as `Jos`, an escape, then `Garcia`), and a replacement made in raw text could
swallow a quote or an escape and break the JSON. Each value is scanned after its key
(`"cpf: 123..."`, `"date of birth: 1990-01-02"`): the key is the context a detector would see in
prose. Replacing inside the decoded values and dumping again keeps the turn valid JSON whatever
the replacement; an integer that had something replaced becomes a string. Any other turn is one
segment, the whole text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

# the layouts a JSON turn is recognised in (a scrubbed answer keeps its layout), first match wins
_STYLES: tuple[dict[str, Any], ...] = (
    {"separators": (", ", ": ")},  # json.dumps' default
    {"separators": (",", ":")},  # compact
    {"indent": 2},
    {"indent": 4},
)
_WORD_SEP = re.compile(r"[_-]+")


class Segment(NamedTuple):
    """A text to scan; the segment's own part is `text[start:]` (before it: its key, context)."""

    text: str
    start: int


def json_container(text: str) -> dict | list | None:
    """The JSON object or array `text` is (surrounding whitespace allowed), else None."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "{[":
        return None
    try:
        value = json.loads(stripped)
    except ValueError:
        return None
    return value if isinstance(value, dict | list) else None


def segments(text: str) -> list[Segment]:
    """What to scan in one turn: the whole text, or for a JSON object / array its keys and its
    string and integer values (each after `key: `), depth first in document order."""
    value = json_container(text)
    if value is None:
        return [Segment(text, 0)]
    out: list[Segment] = []
    _collect(value, "", out)
    return out


def _leaf(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _collect(value: Any, key: str, out: list[Segment]) -> None:
    leaf = _leaf(value)
    if leaf is not None:
        # snake_case / kebab-case keys read as words: "date_of_birth" is "date of birth" context
        prefix = f"{_WORD_SEP.sub(' ', key)}: " if key else ""
        out.append(Segment(prefix + leaf, len(prefix)))
    elif isinstance(value, dict):
        for k, item in value.items():
            out.append(Segment(k, 0))
            _collect(item, k, out)
    elif isinstance(value, list):
        for item in value:
            _collect(item, key, out)


def replace_segments(text: str, new: Sequence[str]) -> str:
    """`text` with the own part of each of its `segments` replaced by `new` (same order).

    Plain text: `new[0]`. JSON: the values replaced, dumped in the original layout; `text` itself
    when nothing changed. Two keys of one object that become equal keep both (the later one gets
    a `_2`, `_3`... suffix), so no value is lost.
    """
    value = json_container(text)
    if value is None:
        (only,) = new
        return only
    old = [s.text[s.start :] for s in segments(text)]
    if len(new) != len(old):
        raise ValueError(f"{len(new)} replacement strings for {len(old)} segments")
    if list(new) == old:
        return text
    rebuilt = _rebuild(value, iter(new))
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return lead + json.dumps(rebuilt, **_style(text.strip())) + trail


def _rebuild(value: Any, new: Iterator[str]) -> Any:
    leaf = _leaf(value)
    if leaf is not None:
        replaced = next(new)
        return value if replaced == leaf else replaced
    if isinstance(value, list):
        return [_rebuild(item, new) for item in value]
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for item in value.values():
            key = base = next(new)
            n = 1
            while key in out:
                n += 1
                key = f"{base}_{n}"
            out[key] = _rebuild(item, new)
        return out
    return value


def _style(text: str) -> dict[str, Any]:
    """The json.dumps arguments that reproduce `text`; the default layout, unescaped, if none."""
    parsed = json.loads(text)
    for candidate in _STYLES:
        for ascii_only in (False, True):
            kwargs = {**candidate, "ensure_ascii": ascii_only}
            if json.dumps(parsed, **kwargs) == text:
                return kwargs
    return {"ensure_ascii": False}


def canonical_text(text: str) -> str:
    """A JSON object or array as compact sorted-key JSON (layout and key order do not make two
    answers differ); any other text unchanged."""
    value = json_container(text)
    if value is None:
        return text
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def field_value(text: str, field: str) -> str:
    """The top-level `field` of the JSON object `text` as a stratum name: a string as it is, any
    other value as compact sorted-key JSON; "null" when the field is absent or null (the same: no
    value) or `text` is no JSON object."""
    value = json_container(text)
    found = value.get(field) if isinstance(value, dict) else None
    if isinstance(found, str):
        return found
    return json.dumps(found, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
