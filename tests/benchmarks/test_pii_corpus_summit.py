"""The summit PII corpus keeps its labelling contract: deterministic, every locale, situation and
shape present, every value valid for its type and every occurrence labelled, negatives apart."""

from __future__ import annotations

import ipaddress
import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import phonenumbers

from benchmarks.pii_corpus import TYPES, luhn_valid
from benchmarks.pii_corpus_summit import (
    IBAN_LENGTH,
    REGION,
    SHAPES,
    SITUATIONS,
    SUMMIT_LOCALES,
    SUMMIT_NEGATIVE_KINDS,
    build_summit_corpus,
    build_summit_docs,
    main,
)
from tests.benchmarks.corpus_values import (
    check_every_occurrence_labelled,
    check_negatives,
    negative_values,
    span_values,
)
from tests.helpers import REPO

N = 1500
TITLES = {
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Herr", "Frau", "M.", "Mme", "Madame",
    "Monsieur", "Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Dhr.", "dhr.", "Mevr.", "mevr.", "heer",
    "mevrouw", "Sr.", "Sra.", "Dra.", "Lic.",
}  # fmt: skip


@cache
def pairs() -> tuple[tuple[dict, dict], ...]:
    return tuple(build_summit_docs(N, seed=0))


def docs() -> list[dict]:
    return [d for d, _ in pairs()]


def test_deterministic_for_a_seed_and_different_for_another():
    assert build_summit_corpus(40, seed=0) == docs()[:40]
    assert build_summit_corpus(40, seed=1) != docs()[:40]


def test_deterministic_in_another_process_with_another_hash_seed():
    code = (
        "import json; from benchmarks.pii_corpus_summit import build_summit_corpus; "
        "print(json.dumps(build_summit_corpus(36, seed=0)))"
    )
    env = os.environ | {"PYTHONHASHSEED": "12345", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == json.loads(json.dumps(docs()[:36]))


def test_locales_take_turns_and_every_situation_and_shape_appears():
    assert [d["locale"] for d in docs()[:24]] == list(SUMMIT_LOCALES) * 2
    plans = [p for _, p in pairs()]
    assert {p["situation"] for p in plans} == set(SITUATIONS)
    assert {p["shape"] for p in plans} == set(SHAPES)
    assert len(SITUATIONS) >= 15 and len(SHAPES) >= 15


def test_every_type_appears_often_enough():
    counts = Counter(s["type"] for d in docs() for s in d["spans"])
    wanted = set(TYPES) - {"cpf", "cnpj"}
    assert set(counts) == wanted
    for etype in wanted - {"ssn", "person"}:
        assert counts[etype] >= 100, (etype, counts)
    assert counts["person"] >= 2000 and counts["ssn"] >= 20, counts
    assert {d["locale"] for d, _ in span_values(docs(), "ssn")} == {"en_US"}
    by_locale = Counter((d["locale"], s["type"]) for d in docs() for s in d["spans"])
    for locale in SUMMIT_LOCALES:
        for etype in wanted - {"ssn"}:
            assert by_locale[locale, etype] >= 5, (locale, etype)


def test_phones_are_valid_for_the_docs_region():
    values = span_values(docs(), "phone")
    assert values
    for d, value in values:
        region = REGION[d["locale"]]
        number = phonenumbers.parse(value, region)
        assert phonenumbers.is_valid_number_for_region(number, region), (d["locale"], value)
        assert not re.search(r"(?i)ext|x\d", value), value


def test_cards_are_luhn_valid():
    for _, value in span_values(docs(), "card"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and len(digits) in (15, 16) and luhn_valid(digits), value
        assert digits[0] in "345" or digits[:2] == "22" or digits[:4] == "2720", value


def test_ibans_are_mod97_valid_with_the_countrys_length():
    for _, value in span_values(docs(), "iban"):
        iban = value.replace(" ", "")
        assert len(iban) == IBAN_LENGTH[iban[:2]], value
        rearranged = iban[4:] + iban[:4]
        assert int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1, value


def test_ips_are_public_and_planted_private_ips_are_private():
    values = span_values(docs(), "ip")
    assert any(":" in v for _, v in values) and any("." in v for _, v in values)
    for _, value in values:
        assert ipaddress.ip_address(value).is_global, value
    private = negative_values(docs(), "private_ip")
    assert len(private) >= 20
    for value in private:
        assert ipaddress.ip_address(value).is_private, value


def test_negatives_are_apart_known_and_varied():
    for d in docs():
        check_negatives(d, SUMMIT_NEGATIVE_KINDS)
    kinds = Counter(n["kind"] for d in docs() for n in d["negatives"])
    assert set(kinds) == set(SUMMIT_NEGATIVE_KINDS)
    assert max(kinds.values()) <= 0.2 * sum(kinds.values()), kinds.most_common(3)
    assert all(len(d["negatives"]) <= 4 for d in docs())


def test_every_occurrence_of_a_labelled_value_is_labelled():
    check_every_occurrence_labelled(docs())


def test_shares_of_clean_docs_and_docs_with_negatives():
    n = len(docs())
    clean = sum(not d["spans"] for d in docs()) / n
    with_negatives = sum(bool(d["negatives"]) for d in docs()) / n
    assert 0.10 <= clean <= 0.20, clean
    assert 0.45 <= with_negatives <= 0.75, with_negatives
    assert all(bool(d["spans"]) != p["clean"] for d, p in pairs())


def test_person_spans_hold_no_title_and_values_are_trimmed():
    for d, value in span_values(docs(), "person"):
        assert value.split()[0] not in TITLES, (d["locale"], value)
        assert "@" not in value and value == value.strip(), value
    for d in docs():
        for s in d["spans"]:
            value = d["text"][s["start"] : s["end"]]
            assert value[-1] not in ".,;:)>\"'" or s["type"] in ("secret", "address"), value


def test_cli_writes_jsonl(tmp_path):
    out = tmp_path / "x.jsonl"
    assert main(["--n", "30", "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 30
    assert [json.loads(line) for line in lines] == build_summit_corpus(30)
