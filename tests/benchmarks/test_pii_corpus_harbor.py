"""The harbor PII corpus (benchmarks/pii_corpus_harbor.py): labels that slice back exactly,
validated values, every locale, shape and situation, the no-PII and negative shares.

Faker and phonenumbers only; no detector is run on the corpus (it must never be used for tuning).
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

from benchmarks.pii_corpus import TYPES, check_doc, luhn_valid
from benchmarks.pii_corpus_harbor import (
    HARBOR_LOCALES,
    HARBOR_NEGATIVE_KINDS,
    REGION,
    SHAPES,
    SITUATIONS,
    build_harbor_corpus,
    build_harbor_corpus_with_meta,
)
from tests.benchmarks.corpus_values import (
    check_every_occurrence_labelled,
    check_negatives,
    negative_values,
    span_values,
)

REPO = Path(__file__).resolve().parents[2]
N_DOCS = 1500
# the check below is written here on purpose, apart from the corpus module's own generator
IBAN_LENGTHS = {"DE": 22, "GB": 22, "IE": 22, "FR": 27, "ES": 24, "IT": 27, "BR": 29, "CZ": 24}
PRIVATE_NETS = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]


@pytest.fixture(scope="module")
def pairs() -> list[tuple[dict, dict]]:
    return build_harbor_corpus_with_meta(N_DOCS, seed=0)


@pytest.fixture(scope="module")
def docs(pairs) -> list[dict]:
    return [d for d, _ in pairs]


def _iban_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or len(s) != IBAN_LENGTHS.get(s[:2]):
        return False
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def test_deterministic_per_seed(docs):
    assert build_harbor_corpus(80, seed=0) == docs[:80]
    again = build_harbor_corpus(80, seed=1)
    assert again == build_harbor_corpus(80, seed=1)
    assert [d["text"] for d in again] != [d["text"] for d in docs[:80]]


def test_docs_have_the_shared_schema(docs):
    for d in docs:
        assert set(d) == {"text", "locale", "spans", "negatives"}
        assert all(set(s) == {"start", "end", "type"} for s in d["spans"])
        assert all(set(n) == {"start", "end", "kind"} for n in d["negatives"])


def test_spans_slice_back_sorted_and_apart(docs):
    for d in docs:
        check_doc(d)
        for s in d["spans"]:
            value = d["text"][s["start"] : s["end"]]
            assert value == value.strip() and value
            # quotes and brackets stay outside, except a phone's "(area)" and a province "(XX)"
            assert value[0] not in "\"'<[" + ("" if s["type"] == "phone" else "("), (value, s)
            assert value[-1] not in "\"'>],;:" + ("" if s["type"] == "address" else ")"), value


def test_types_and_locales(docs):
    used = Counter(s["type"] for d in docs for s in d["spans"])
    assert set(used) <= set(TYPES)
    assert not {"cpf", "cnpj"} & set(used)
    expected = {"person", "address", "phone", "email", "card", "iban", "ip", "url_credentials"}
    assert expected | {"secret", "dob", "ssn"} <= set(used)
    for d in docs:
        if d["locale"] != "en_US":
            assert all(s["type"] != "ssn" for s in d["spans"]), d["text"]


def test_every_locale_shape_and_situation_appears(pairs):
    assert {d["locale"] for d, _ in pairs} == set(HARBOR_LOCALES)
    assert {m["shape"] for _, m in pairs} == set(SHAPES)
    assert {m["situation"] for _, m in pairs} == set(SITUATIONS)
    assert len(SHAPES) >= 14 and len(SITUATIONS) >= 15
    # locales take turns
    assert [d["locale"] for d, _ in pairs[:20]] == list(HARBOR_LOCALES) * 2


def test_phones_valid_for_the_doc_region(docs):
    values = span_values(docs, "phone")
    assert len(values) > 300
    for d, value in values:
        number = phonenumbers.parse(value, REGION[d["locale"]])
        assert phonenumbers.is_valid_number(number), (d["locale"], value)
        assert phonenumbers.region_code_for_number(number) == REGION[d["locale"]], value


def test_cards_pass_luhn(docs):
    values = span_values(docs, "card")
    assert values
    for _, value in values:
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and len(digits) in (15, 16), value
        assert luhn_valid(digits), value
        assert digits[0] in "2345", value


def test_ibans_pass_mod97_with_country_length(docs):
    values = span_values(docs, "iban")
    assert values
    for d, value in values:
        assert _iban_ok(value), value
        if d["locale"] in ("de_DE", "fr_FR", "es_ES", "pt_BR", "it_IT", "cs_CZ"):
            assert value[:2] == REGION[d["locale"]], (d["locale"], value)


def test_ips_public_and_private_negatives(docs):
    values = span_values(docs, "ip")
    assert values
    for _, value in values:
        addr = ipaddress.ip_address(value)
        assert addr.is_global and not addr.is_private, value
        assert not addr.is_loopback and not addr.is_reserved
    private = negative_values(docs, "private_ip")
    assert private
    for value in private:
        addr = ipaddress.ip_address(value)
        assert any(addr in net for net in PRIVATE_NETS), value


def test_ssn_shape(docs):
    for _, value in span_values(docs, "ssn"):
        area, group, serial = re.split(r"[- ]", value)
        assert len(area) == 3 and len(group) == 2 and len(serial) == 4
        assert area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def test_url_credentials_and_secrets(docs):
    for _, value in span_values(docs, "url_credentials"):
        assert re.fullmatch(r"[a-z]+://[^:/@\s]+:[^@\s]+@\S+", value), value
    for _, value in span_values(docs, "secret"):
        assert len(value) >= 8 and " " not in value, value


def test_no_pii_share(docs):
    share = sum(not d["spans"] for d in docs) / len(docs)
    assert 0.08 <= share <= 0.25, share


def test_negatives_share_kinds_and_apart_from_spans(docs):
    share = sum(bool(d["negatives"]) for d in docs) / len(docs)
    assert 0.5 <= share <= 0.8, share
    for d in docs:
        check_negatives(d, HARBOR_NEGATIVE_KINDS)
    kinds = {n["kind"] for d in docs for n in d["negatives"]}
    assert kinds == set(HARBOR_NEGATIVE_KINDS)


def test_every_occurrence_labelled(docs):
    check_every_occurrence_labelled(docs)


def test_languages_read_native(pairs):
    markers = {
        "cs_CZ": "ěščřžýůňť",
        "de_DE": "äöüß",
        "fr_FR": "éèàçê",
        "es_ES": "ñáéíóú¿",
        "pt_BR": "ãçõéê",
        "it_IT": "àèéìòù",
    }
    for locale, chars in markers.items():
        texts = [d["text"] for d, m in pairs if d["locale"] == locale and m["shape"] == "email"]
        hits = sum(any(ch in t for ch in chars) for t in texts)
        assert texts and hits / len(texts) > 0.6, locale


def test_command_line_prints_json_lines():
    proc = subprocess.run(
        [sys.executable, "benchmarks/pii_corpus_harbor.py", "--n", "5"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = proc.stdout.splitlines()
    assert len(lines) == 5
    for line in lines:
        doc = json.loads(line)
        assert doc["locale"] in HARBOR_LOCALES and isinstance(doc["spans"], list)


def test_same_docs_whatever_the_hash_seed():
    """Nothing depends on set order (PYTHONHASHSEED): another process draws the same corpus."""
    outputs = []
    for hash_seed in ("1", "2"):
        proc = subprocess.run(
            [sys.executable, "benchmarks/pii_corpus_harbor.py", "--n", "150", "--seed", "3"],
            cwd=REPO,
            env=os.environ | {"PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    assert [json.loads(line) for line in outputs[0].splitlines()] == build_harbor_corpus(150, 3)
