"""scrub_pii: replace personal data in every turn with typed placeholders, then prove it is gone.

    ftpipe stage scrub_pii         # under `dvc repro`
    scrub_pii.fn(project)          # in tests, without the Prefect engine

Reads dedup's records, writes `<data.root>/scrub_pii/records.jsonl`, `audit.json` (counts by
entity type, ids of changed records) and `report.json`. After scrubbing, the same detectors
re-scan the output; anything still found fails the stage (DataError naming record id and entity
type). No raw value ever reaches a log, an error message, the audit or the report.

Detectors are regexes plus validators (Luhn for cards, SSA rules for SSNs, octet range for IPv4),
applied in a fixed order: emails first (they may contain digits), cards and SSNs before phones
(their digit runs would otherwise read as phone numbers).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from tasks.common import (
    RECORDS,
    REPORT,
    DataError,
    Project,
    atomic_dir,
    get_logger,
    iter_jsonl,
    stage_task,
    write_json,
    write_jsonl,
)

AUDIT = "audit.json"
ORDER = ("email", "card", "ssn", "ip", "phone")
PLACEHOLDERS = {
    "email": "[EMAIL]",
    "card": "[CARD]",
    "ssn": "[SSN]",
    "ip": "[IP]",
    "phone": "[PHONE]",
}
RESCAN_RULE = "pii_rescan"


class Finding(NamedTuple):
    """Where an entity was found; deliberately no copy of the value."""

    entity: str
    start: int
    end: int


Spans = Callable[[str], Iterable[tuple[int, int]]]

_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")

# A run of digits joined by single spaces or dashes ("4111 1111-1111 1111"); card numbers are
# looked for inside it, aligned to its groups.
_DIGIT_RUN = re.compile(r"(?<!\w)\d+(?:[ -]\d+)*(?!\w)")
_GROUP = re.compile(r"\d+")

# US SSN AAA-GG-SSSS: area not 000, 666 or 900-999; group not 00; serial not 0000.
_SSN = re.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])")

_IPV4 = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\d)")

# Phone numbers: North American (optional +1, area code 2-9XX, optional brackets) or
# international (+country code, then digit groups). Not preceded by '#', '-', '.', '/' or a word
# character and not followed by one, so order ids (#482913, ORD-20231104-7731), dates, versions
# and times never match; the digit count (10-15) is checked afterwards.
_PHONE = re.compile(
    r"(?<![\w#+./-])(?:"
    r"(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\)[ .-]?|[2-9]\d{2}[ .-]?)\d{3}[ .-]?\d{4}"
    r"|\+\d{1,3}(?:[ .-]?(?:\(\d{1,4}\)|\d{1,4})){2,6}"
    r")(?![\w-]|\.\d)"
)


def luhn_ok(digits: str) -> bool:
    """The Luhn checksum every payment card number carries."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _usual_grouping(lengths: list[int]) -> bool:
    """How card numbers are printed: one block, blocks of 4 (last may be shorter), 4-6-5, 4-6-4."""
    if len(lengths) == 1 or lengths in ([4, 6, 5], [4, 6, 4]):
        return True
    return all(n == 4 for n in lengths[:-1]) and 1 <= lengths[-1] <= 4


def _card_windows(digit_groups: list[str]) -> list[tuple[int, int]]:
    """(first, last) group index of each Luhn-valid 13-19 digit window, non-overlapping.

    Usually grouped windows are taken first, so "555 123 4567 4111 1111 1111 1111" gives the card
    (and leaves the phone number to the phone detector) rather than a window that happens to
    pass Luhn across both; then any remaining valid window is taken too (fail closed).
    """
    taken: list[tuple[int, int]] = []
    used = [False] * len(digit_groups)
    for usual_only in (True, False):
        s = 0
        while s < len(digit_groups):
            digits, lengths, best = "", [], None
            for e in range(s, len(digit_groups)):  # at most 19 digits: bounded work per start
                if used[e]:
                    break
                digits += digit_groups[e]
                lengths.append(len(digit_groups[e]))
                if len(digits) > 19:
                    break
                if (
                    len(digits) >= 13
                    and (not usual_only or _usual_grouping(lengths))
                    and luhn_ok(digits)
                ):
                    best = e
            if best is None:
                s += 1
                continue
            taken.append((s, best))
            used[s : best + 1] = [True] * (best + 1 - s)
            s = best + 1
    return sorted(taken)


def _card_spans(text: str) -> Iterable[tuple[int, int]]:
    """Card numbers inside each run of digit groups; a run with none (an order number) is kept."""
    for run in _DIGIT_RUN.finditer(text):
        groups = [(m.start() + run.start(), m.end() + run.start()) for m in _GROUP.finditer(run[0])]
        for first, last in _card_windows([text[a:b] for a, b in groups]):
            yield groups[first][0], groups[last][1]


def _ssn_spans(text: str) -> Iterable[tuple[int, int]]:
    return (m.span() for m in _SSN.finditer(text))


def _ip_spans(text: str) -> Iterable[tuple[int, int]]:
    for m in _IPV4.finditer(text):
        # int() drops leading zeros, which `ipaddress` rejects but people still write
        try:
            ipaddress.IPv4Address(".".join(str(int(part)) for part in m[0].split(".")))
        except ValueError:
            continue
        yield m.span()


def _phone_spans(text: str) -> Iterable[tuple[int, int]]:
    for m in _PHONE.finditer(text):
        if 10 <= sum(ch.isdigit() for ch in m[0]) <= 15:
            yield m.span()


def _email_spans(text: str) -> Iterable[tuple[int, int]]:
    return (m.span() for m in _EMAIL.finditer(text))


DETECTORS: dict[str, Spans] = {
    "email": _email_spans,
    "card": _card_spans,
    "ssn": _ssn_spans,
    "ip": _ip_spans,
    "phone": _phone_spans,
}
_MASK = "\x00"  # stands in for a found value: not a word char, digit or separator any rule uses


def find_pii(text: str, entities: Sequence[str] = ORDER) -> list[Finding]:
    """Every entity found in `text`, as non-overlapping spans sorted by position.

    Detectors run in ORDER; what one finds is masked before the next looks, exactly as
    `scrub_text` replaces it, so find_pii(scrub_text(t)[0]) is the re-scan of the scrubbed text.
    """
    unknown = set(entities) - set(ORDER)
    if unknown:
        raise ValueError(f"unknown PII entities {sorted(unknown)}; known: {ORDER}")
    findings: list[Finding] = []
    work = text
    for entity in ORDER:
        if entity not in entities:
            continue
        spans = list(DETECTORS[entity](work))
        if not spans:
            continue
        chars = list(work)
        for start, end in spans:
            findings.append(Finding(entity, start, end))
            chars[start:end] = _MASK * (end - start)
        work = "".join(chars)
    return sorted(findings, key=lambda f: f.start)


def scrub_text(text: str, entities: Sequence[str] = ORDER) -> tuple[str, dict[str, int]]:
    """`text` with each found entity replaced by its placeholder, and counts by entity type."""
    counts = dict.fromkeys((e for e in ORDER if e in entities), 0)
    parts: list[str] = []
    pos = 0
    for f in find_pii(text, entities):
        parts.append(text[pos : f.start])
        parts.append(PLACEHOLDERS[f.entity])
        counts[f.entity] += 1
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts), counts


@dataclass(frozen=True)
class ScrubResult:
    records: list[dict]
    counts: dict[str, int]  # by entity type, over all records
    changed_ids: list[str]


def scrub_records(records: Sequence[dict], entities: Sequence[str]) -> ScrubResult:
    """Scrub every turn (system, user, assistant) of every record; ids are kept unchanged.

    Args:
        records: `{"id", "messages"}` records.
        entities: which detectors to apply (a subset of ORDER).
    """
    totals = dict.fromkeys((e for e in ORDER if e in entities), 0)
    out: list[dict] = []
    changed: list[str] = []
    for rec in records:
        messages = []
        for msg in rec["messages"]:
            content, counts = scrub_text(msg["content"], entities)
            for entity, n in counts.items():
                totals[entity] += n
            messages.append({**msg, "content": content})
        if messages != rec["messages"]:
            changed.append(rec["id"])
        out.append({**rec, "messages": messages})
    return ScrubResult(records=out, counts=totals, changed_ids=changed)


def rescan(records: Sequence[dict], entities: Sequence[str]) -> list[tuple[int, str, str]]:
    """(index, record id, entity type) for every entity still found; empty when clean."""
    left = []
    for i, rec in enumerate(records):
        for msg in rec["messages"]:
            left.extend((i, rec["id"], f.entity) for f in find_pii(msg["content"], entities))
    return left


@stage_task
def scrub_pii(project: Project) -> dict:
    """Scrub dedup's records into the scrub_pii folder, failing closed if a re-scan finds PII."""
    entities = list(project.params.scrub_pii.entities)
    path = project.stage_dir("dedup") / RECORDS
    rows = list(iter_jsonl(path))
    result = scrub_records([rec for _, rec in rows], entities)
    left = rescan(result.records, entities)
    if left:
        i, rid, entity = left[0]
        more = f" (and {len(left) - 1} more)" if len(left) > 1 else ""
        raise DataError(
            path,
            rows[i][0],
            RESCAN_RULE,
            f"record {rid}: {entity} still detected after scrubbing{more}; nothing was written",
        )
    audit = {
        "entities": [e for e in ORDER if e in entities],
        "counts": result.counts,
        "n_records": len(result.records),
        "n_records_changed": len(result.changed_ids),
        "changed_ids": result.changed_ids,
    }
    report = {k: audit[k] for k in ("n_records", "n_records_changed", "counts")}
    with atomic_dir(project.stage_dir("scrub_pii")) as out:
        write_jsonl(out / RECORDS, result.records)
        write_json(out / AUDIT, audit)
        write_json(out / REPORT, report)
    get_logger().info(
        "scrub_pii: %d of %d records changed, replaced %s; re-scan clean",
        report["n_records_changed"],
        report["n_records"],
        report["counts"],
    )
    return report
