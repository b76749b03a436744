"""The Beacon PII corpus: deterministic, well formed, every value valid, negatives well planted."""

from __future__ import annotations

import functools
import ipaddress
import json
import os
import re
import subprocess
import sys

import phonenumbers

from benchmarks import pii_corpus_beacon as beacon
from benchmarks.pii_corpus import TYPES, luhn_valid
from tests.benchmarks.corpus_values import (
    check_every_occurrence_labelled,
    check_negatives,
    negative_values,
    span_values,
)
from tests.helpers import REPO

N = 1500


@functools.cache
def _pairs(seed: int = 0) -> list[tuple[dict, dict]]:
    return beacon.build_beacon_docs(N, seed=seed)


def _docs() -> list[dict]:
    return [doc for doc, _plan in _pairs()]


def test_docstring_warns_against_tuning():
    lines = beacon.__doc__.splitlines()
    assert lines[0].startswith("Beacon PII corpus: independent, labelled, multi-locale")
    assert any("THIS CORPUS MUST NEVER BE USED FOR TUNING" in line for line in lines[:5])


def test_deterministic_for_a_seed_and_different_for_another():
    assert beacon.build_beacon_corpus(60, seed=0) == _docs()[:60]
    assert beacon.build_beacon_corpus(60, seed=1) != _docs()[:60]


def test_deterministic_in_another_process_with_another_hash_seed():
    code = (
        "import json; from benchmarks.pii_corpus_beacon import build_beacon_corpus; "
        "print(json.dumps(build_beacon_corpus(48, seed=0)))"
    )
    env = os.environ | {"PYTHONHASHSEED": "12345", "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == _docs()[:48]


def test_locales_situations_shapes_and_types_all_appear():
    pairs = _pairs()
    assert [d["locale"] for d, _ in pairs[:24]] == list(beacon.BEACON_LOCALES) * 2
    assert {p["situation"] for _, p in pairs} == set(beacon.SITUATIONS)
    assert {p["shape"] for _, p in pairs} == set(beacon.SHAPES)
    assert len(beacon.SITUATIONS) >= 15 and len(beacon.SHAPES) >= 15
    seen = {s["type"] for d, _ in pairs for s in d["spans"]}
    assert seen == set(TYPES) - {"cpf", "cnpj"}
    assert {d["locale"] for d, v in span_values(_docs(), "ssn")} == {"en_US"}


def test_phones_are_valid_for_the_doc_region():
    values = span_values(_docs(), "phone")
    assert len(values) > 300
    for doc, value in values:
        region = beacon.REGION[doc["locale"]]
        number = phonenumbers.parse(value, region)
        assert phonenumbers.is_valid_number(number), (doc["locale"], value)
        assert phonenumbers.is_valid_number_for_region(number, region), (doc["locale"], value)


def test_cards_luhn_and_ibans_mod97_with_the_country_length():
    for _doc, value in span_values(_docs(), "card"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and len(digits) in (15, 16) and luhn_valid(digits), value
    ibans = span_values(_docs(), "iban")
    assert ibans
    for _doc, value in ibans:
        iban = value.replace(" ", "")
        assert len(iban) == beacon.IBAN_LENGTH[iban[:2]], value
        moved = iban[4:] + iban[:4]
        assert int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1, value


def test_ips_public_and_private_negatives_private():
    values = span_values(_docs(), "ip")
    assert values
    for _doc, value in values:
        assert ipaddress.ip_address(value).is_global, value
    private = negative_values(_docs(), "private_ip")
    assert private
    for value in private:
        assert ipaddress.ip_address(value).is_private, value


def test_negatives_well_planted_and_every_occurrence_labelled():
    docs = _docs()
    for doc in docs:
        check_negatives(doc, beacon.BEACON_NEGATIVE_KINDS)
    check_every_occurrence_labelled(docs)
    kinds = [n["kind"] for d in docs for n in d["negatives"]]
    assert set(kinds) == set(beacon.BEACON_NEGATIVE_KINDS)
    assert max(kinds.count(k) for k in set(kinds)) < 0.2 * len(kinds)


def test_shares_of_clean_docs_and_docs_with_negatives():
    docs = _docs()
    clean = sum(not d["spans"] for d in docs) / len(docs)
    with_negatives = sum(bool(d["negatives"]) for d in docs) / len(docs)
    assert 0.10 <= clean <= 0.21, clean
    assert 0.45 <= with_negatives <= 0.75, with_negatives
    assert all(p["clean"] == (not d["spans"]) for d, p in _pairs())


def test_person_spans_hold_no_title_and_role_mailboxes_are_not_emails():
    titles = re.compile(
        r"^(Mr|Ms|Mrs|Dr|Herr|Frau|M\.|Mme|Sr\.|Sra\.|Sig\.|Sig\.ra|dhr\.|mevr\.)\s"
    )
    for _doc, value in span_values(_docs(), "person"):
        assert not titles.match(value), value
    roles = ("support@", "noreply@", "service@", "help@", "contact@", "billing@", "info@")
    for _doc, value in span_values(_docs(), "email"):
        assert not value.startswith(roles), value


def test_dob_spans_are_marked_as_birth_dates():
    for _doc, value in span_values(_docs(), "dob"):
        assert re.search(r"\d{4}", value), value
    assert len(span_values(_docs(), "dob")) > 100


def test_cli_writes_jsonl(tmp_path):
    out = tmp_path / "x.jsonl"
    assert beacon.main(["--n", "30", "--out", str(out)]) == 0
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert docs == _docs()[:30]
