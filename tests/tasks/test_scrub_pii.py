"""scrub_pii: typed placeholders, validated ids, hard negatives untouched, re-scan fails closed,
and no raw value in logs, audit or report."""

from __future__ import annotations

import logging
import time

import pytest

import tasks.scrub_pii as scrub_module
from tasks.common import RECORDS, REPORT, DataError, read_json, read_records
from tasks.dedup import dedup
from tasks.scrub_pii import (
    AUDIT,
    ORDER,
    find_pii,
    luhn_ok,
    rescan,
    scrub_pii,
    scrub_records,
    scrub_text,
)
from tasks.validate import validate
from tests.helpers import LABELS, chat, make_project

POSITIVES = [
    # email
    ("mail me at jane.doe+shop@example.com.", "mail me at [EMAIL]."),
    ("Reply to K.Tanaka@mail.example.co.uk, thanks", "Reply to [EMAIL], thanks"),
    # phone: US and international formats
    ("Call +1 (555) 123-4567 today", "Call [PHONE] today"),
    ("or 555-123-4567.", "or [PHONE]."),
    ("number (555) 123 4567", "number [PHONE]"),
    ("ring 555.010.3371 or 5550103371", "ring [PHONE] or [PHONE]"),
    ("London +44 20 7946 0958", "London [PHONE]"),
    ("Berlin +49 30 1234567!", "Berlin [PHONE]!"),
    ("Sydney +61 2 5550 1234", "Sydney [PHONE]"),
    ("tel:+15551234567", "tel:[PHONE]"),
    # card: Luhn-valid, 13-19 digits, spaces/dashes
    ("card 4111 1111 1111 1111 ok", "card [CARD] ok"),
    ("card 4012-8888-8888-1881", "card [CARD]"),
    ("card 5555555555554444", "card [CARD]"),
    ("amex 3782 822463 10005", "amex [CARD]"),
    ("ref 12 4111 1111 1111 1111", "ref 12 [CARD]"),  # a card right after another number
    ("555 123 4567 4111 1111 1111 1111", "[PHONE] [CARD]"),
    # ssn
    ("SSN 123-45-6789.", "SSN [SSN]."),
    ("ssn: 078-05-1120", "ssn: [SSN]"),
    # ip
    ("from 192.0.2.14", "from [IP]"),
    ("host 203.0.113.250:8080", "host [IP]:8080"),
    ("padded 010.001.002.003", "padded [IP]"),
]

HARD_NEGATIVES = [
    "Order #482913 has not arrived",
    "Order ORD-20231104-7731 and ORD-2024-11823",
    "Big order #4829130000 placed",
    "Delivered on 2023-11-04, or 11/04/2023, or 04.11.2023",
    "Timestamp 2023-11-04T14:32:05Z and at 14:32:05 or 9:15 pm",
    "Unix time 1699112345 in the log",
    "App version 2.3.14, v10.15.7 and 3.2.1",
    "Non-Luhn 4111 1111 1111 1112 and 1234567812345678 and 1234-5678-9012-3456",
    "Tracking 7749 8372 1044 and 1Z999AA10123456784",
    "Total $1,234.56 for 3 items, 12 x 4 cm",
    "Not SSNs: 000-12-3456, 666-12-3456, 912-34-5678, 123-00-4567, 123-45-0000",
    "Not IPs: 256.1.1.1 and 1.2.3 and 1.2.3.4.5",
    "Not emails: user@localhost, @handle, a@b",
    "Error E-1042 and 0x80070005 and code 429",
    "Too short 555-1234, too long +1234567890123456789",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_positives(text, expected):
    assert scrub_text(text)[0] == expected


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_untouched(text):
    assert scrub_text(text) == (text, dict.fromkeys(ORDER, 0))
    assert find_pii(text) == []


def test_luhn():
    assert luhn_ok("4111111111111111") and luhn_ok("378282246310005")
    assert not luhn_ok("4111111111111112")


def test_counts_and_spans_without_values():
    text = "a@example.com, b@example.org, 4111 1111 1111 1111, 192.0.2.1"
    scrubbed, counts = scrub_text(text)
    assert scrubbed == "[EMAIL], [EMAIL], [CARD], [IP]"
    assert counts == {"email": 2, "card": 1, "ssn": 0, "ip": 1, "phone": 0}
    findings = find_pii(text)
    assert [f.entity for f in findings] == ["email", "email", "card", "ip"]
    assert all(set(f._fields) == {"entity", "start", "end"} for f in findings)


def test_entities_subset():
    text = "mail a@example.com or call 555-123-4567"
    assert scrub_text(text, ["email"]) == ("mail [EMAIL] or call 555-123-4567", {"email": 1})
    assert scrub_text(text, [])[0] == text
    with pytest.raises(ValueError, match="unknown PII entities"):
        find_pii(text, ["name"])


def test_detection_order():
    # emails may hold digits; card and SSN digit runs must be claimed before phone numbers
    assert ORDER.index("email") < ORDER.index("card") < ORDER.index("phone")
    assert ORDER.index("ssn") < ORDER.index("phone")
    assert scrub_text("me.5551234567@example.com")[0] == "[EMAIL]"
    assert scrub_text("pay 4222222222222")[0] == "pay [CARD]"  # 13-digit Visa test number


def test_scrubbed_text_rescans_clean():
    text = " ".join(t for t, _ in POSITIVES)
    assert find_pii(scrub_text(text)[0]) == []


def test_huge_text_does_not_hang():
    # one 30k-group digit run: card windows are bounded by 19 digits, so this stays linear
    head = "word 4111 1111 1111 1112 " * 5_000
    start = time.perf_counter()
    scrubbed, _ = scrub_text(head + "12 " * 30_000)
    assert time.perf_counter() - start < 10
    assert scrubbed.startswith(head)


def test_every_turn_scrubbed_and_ids_kept():
    record = {
        "id": "abc",
        "messages": [
            {"role": "system", "content": "Escalate to ops@example.com."},
            {"role": "user", "content": "My card 4111 1111 1111 1111 was charged twice"},
            {"role": "assistant", "content": "BILLING, call 555-123-4567"},
        ],
    }
    clean = {"id": "def", "messages": [{"role": "user", "content": "order #48213"}]}
    result = scrub_records([record, clean], ORDER)
    assert [m["content"] for m in result.records[0]["messages"]] == [
        "Escalate to [EMAIL].",
        "My card [CARD] was charged twice",
        "BILLING, call [PHONE]",
    ]
    assert result.records[1] == clean
    assert [r["id"] for r in result.records] == ["abc", "def"]
    assert result.changed_ids == ["abc"]
    assert result.counts == {"email": 1, "card": 1, "ssn": 0, "ip": 0, "phone": 1}
    assert record["messages"][1]["content"].startswith("My card 4111")  # input not mutated
    assert rescan(result.records, ORDER) == []


PII_TICKETS = [
    ("Please send the invoice to jane.doe@example.com, I was charged twice.", "BILLING"),
    ("Call me on +1 (555) 010-2231 about the late parcel.", "SHIPPING"),
    ("The charge on 4111 1111 1111 1111 is wrong.", "BILLING"),
    ("Logins from 203.0.113.7 are not me, lock the account.", "ACCOUNT"),
    ("The form shows SSN 123-45-6789, please fix my profile.", "ACCOUNT"),
    ("Ring +44 20 7946 0958 when the courier is near.", "SHIPPING"),
]
RAW_VALUES = [
    "jane.doe@example.com",
    "010-2231",
    "4111 1111 1111 1111",
    "203.0.113.7",
    "123-45-6789",
    "7946 0958",
]


def _deduped(tmp_path, **overrides):
    records = [chat(text, label) for text, label in PII_TICKETS]
    records += [
        chat(f"Hard negative {i}: {text}", LABELS[i % 6]) for i, text in enumerate(HARD_NEGATIVES)
    ]
    project = make_project(tmp_path, records, **overrides)
    validate.fn(project)
    dedup.fn(project)
    return project


def test_wrapper_scrubs_audits_and_never_leaks(tmp_path, caplog):
    project = _deduped(tmp_path)
    with caplog.at_level(logging.DEBUG):
        report = scrub_pii.fn(project)
    out = project.stage_dir("scrub_pii")
    before = read_records(project.stage_dir("dedup") / RECORDS)
    after = read_records(out / RECORDS)
    assert [r["id"] for r in after] == [r["id"] for r in before]
    audit = read_json(out / AUDIT)
    assert audit["counts"] == {"email": 1, "card": 1, "ssn": 1, "ip": 1, "phone": 2}
    assert audit["changed_ids"] == [r["id"] for r in before[: len(PII_TICKETS)]]
    assert audit["n_records_changed"] == report["n_records_changed"] == len(PII_TICKETS)
    assert read_json(out / REPORT) == report
    # hard negatives pass through byte for byte
    assert after[len(PII_TICKETS) :] == before[len(PII_TICKETS) :]
    outputs = caplog.text + (out / AUDIT).read_text() + (out / REPORT).read_text()
    outputs += (out / RECORDS).read_text()
    for raw in RAW_VALUES:
        assert raw not in outputs


def test_wrapper_entities_param(tmp_path):
    project = _deduped(tmp_path, scrub_pii={"entities": ["email"]})
    report = scrub_pii.fn(project)
    assert report["counts"] == {"email": 1}
    text = (project.stage_dir("scrub_pii") / RECORDS).read_text()
    assert "4111 1111 1111 1111" in text and "jane.doe@example.com" not in text


def test_wrapper_deterministic(tmp_path):
    project = _deduped(tmp_path)
    scrub_pii.fn(project)
    out = project.stage_dir("scrub_pii")
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    scrub_pii.fn(project)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first


def test_rescan_failure_fails_closed_without_value(tmp_path, monkeypatch, caplog):
    project = _deduped(tmp_path)
    scrub_pii.fn(project)
    out = project.stage_dir("scrub_pii")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    # a detector that misses: the re-scan must catch what scrubbing left behind
    monkeypatch.setattr(scrub_module, "scrub_text", lambda text, entities: (text, {}))
    with caplog.at_level(logging.DEBUG), pytest.raises(DataError) as err:
        scrub_pii.fn(project)
    first_id = read_records(project.stage_dir("dedup") / RECORDS)[0]["id"]
    assert err.value.rule == "pii_rescan"
    assert err.value.line == 1
    assert f"record {first_id}: email still detected" in str(err.value)
    assert "records.jsonl:1" in str(err.value)
    for raw in RAW_VALUES:
        assert raw not in str(err.value) and raw not in caplog.text
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_missing_input_writes_nothing(tmp_path):
    project = make_project(tmp_path, [chat("hi", "OTHER")])
    with pytest.raises(DataError) as err:
        scrub_pii.fn(project)
    assert err.value.rule == "file"
    assert not project.stage_dir("scrub_pii").exists()
