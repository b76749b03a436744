"""The quarry PII corpus keeps its own labelling promises (benchmarks/pii_corpus_quarry.py)."""

from __future__ import annotations

import ipaddress
import json
import os
import subprocess
import sys
from functools import cache

import phonenumbers

from benchmarks.pii_corpus import TYPES, check_doc, luhn_valid
from benchmarks.pii_corpus_quarry import (
    IBAN_LENGTH,
    QUARRY_LOCALES,
    QUARRY_NEGATIVE_KINDS,
    REGION,
    SHAPES,
    SITUATIONS,
    build_quarry_corpus,
    build_quarry_docs,
)
from tests.benchmarks.corpus_values import (
    check_every_occurrence_labelled,
    check_negatives,
    negative_values,
    span_values,
)
from tests.helpers import REPO

N = 1500


@cache
def _pairs() -> list[tuple[dict, dict]]:
    return build_quarry_docs(N, seed=0)


def _docs() -> list[dict]:
    return [d for d, _ in _pairs()]


def test_deterministic_for_a_seed_and_different_for_another():
    assert build_quarry_corpus(200, seed=0) == _docs()[:200]
    assert build_quarry_corpus(200, seed=1) != _docs()[:200]


def test_deterministic_in_another_process_with_another_hash_seed():
    code = (
        "import json; from benchmarks.pii_corpus_quarry import build_quarry_corpus; "
        "print(json.dumps(build_quarry_corpus(300, seed=0), ensure_ascii=False))"
    )
    env = os.environ | {"PYTHONHASHSEED": "12345", "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == _docs()[:300]


def test_docs_are_well_formed_and_typed():
    for d in _docs():
        assert set(d) == {"text", "locale", "spans", "negatives"}
        check_doc(d)
        for s in d["spans"]:
            assert s["type"] in TYPES and s["type"] not in ("cpf", "cnpj")
            assert s["type"] != "ssn" or d["locale"] == "en_US"


def test_phones_are_valid_for_the_doc_region():
    values = span_values(_docs(), "phone")
    assert len(values) > 200
    for d, v in values:
        num = phonenumbers.parse(v, REGION[d["locale"]])
        assert phonenumbers.is_valid_number(num), (d["locale"], v)


def test_cards_pass_luhn():
    values = span_values(_docs(), "card")
    assert values
    for _, v in values:
        digits = v.replace(" ", "").replace("-", "")
        assert digits.isdigit() and len(digits) in (15, 16) and luhn_valid(digits), v


def _iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    if IBAN_LENGTH.get(compact[:2]) != len(compact):
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def test_ibans_pass_mod97_with_the_right_length():
    values = span_values(_docs(), "iban")
    assert values
    for _, v in values:
        assert _iban_ok(v), v
    assert not _iban_ok("GB00 0000 0000 0000 0000 00")


def test_ips_are_public_and_private_negatives_private():
    ips = span_values(_docs(), "ip")
    assert ips
    for _, v in ips:
        assert ipaddress.ip_address(v).is_global, v
    private = negative_values(_docs(), "private_ip")
    assert private
    for v in private:
        assert ipaddress.ip_address(v).is_private, v


def test_every_locale_shape_and_situation_appears():
    plans = [p for _, p in _pairs()]
    assert {d["locale"] for d in _docs()} == set(QUARRY_LOCALES)
    assert {p["shape"] for p in plans} == set(SHAPES)
    assert {p["situation"] for p in plans} == set(SITUATIONS)


def test_share_of_clean_docs_and_docs_with_negatives():
    docs = _docs()
    clean = sum(not d["spans"] for d in docs) / len(docs)
    assert 0.08 <= clean <= 0.25, clean
    assert sum(bool(d["negatives"]) for d in docs) / len(docs) >= 0.5


def test_negatives_stand_apart_from_spans():
    for d in _docs():
        check_negatives(d, QUARRY_NEGATIVE_KINDS)


def test_every_occurrence_is_labelled():
    check_every_occurrence_labelled(_docs())


def test_command_line_prints_jsonl():
    out = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "pii_corpus_quarry.py"), "--n", "5"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = out.stdout.splitlines()
    assert len(lines) == 5
    assert all(set(json.loads(line)) == {"text", "locale", "spans", "negatives"} for line in lines)
