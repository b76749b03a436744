"""The sealed PII corpus: deterministic, well-formed, realistic in shape."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter

import phonenumbers
import pytest

from benchmarks import pii_corpus_sealed
from benchmarks.pii_corpus import check_doc, luhn_valid
from benchmarks.pii_corpus_sealed import (
    REGION,
    SEALED_LOCALES,
    SEALED_NEGATIVE_KINDS,
    build_sealed_corpus,
    iban_valid,
    main,
)
from tests.benchmarks.corpus_values import negative_values, span_values

N = 1800
_LABEL_LINE = re.compile(r"^\s*\w[\w .'/()-]{0,30}:")


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return build_sealed_corpus(N, seed=0)


def test_deterministic_and_seeded(docs: list[dict]) -> None:
    assert build_sealed_corpus(40, seed=0) == docs[:40]
    assert build_sealed_corpus(40, seed=1) != docs[:40]


def test_docs_are_well_formed(docs: list[dict]) -> None:
    assert len(docs) == N
    for d in docs:
        check_doc(d)
        spans, text = d["spans"], d["text"]
        negs = sorted(d["negatives"], key=lambda n: n["start"])
        for a, b in zip(negs, negs[1:], strict=False):
            assert a["end"] <= b["start"], (a, b)
        for n in negs:
            value = text[n["start"] : n["end"]]
            assert value and value == value.strip(), n
            assert n["kind"] in SEALED_NEGATIVE_KINDS, n
            for s in spans:
                assert n["end"] <= s["start"] or s["end"] <= n["start"], (n, s)


def test_locales_and_types(docs: list[dict]) -> None:
    assert {d["locale"] for d in docs} == set(SEALED_LOCALES)
    per_locale: dict[str, Counter] = {loc: Counter() for loc in SEALED_LOCALES}
    for d in docs:
        per_locale[d["locale"]].update(s["type"] for s in d["spans"])
    for loc, counts in per_locale.items():
        assert not counts["cpf"] and not counts["cnpj"], loc
        expected = set(pii_corpus_sealed.SEALED_TYPES) - ({"ssn"} if loc != "en_US" else set())
        assert set(counts) == expected, (loc, expected ^ set(counts))


def test_shares(docs: list[dict]) -> None:
    empty = sum(not d["spans"] for d in docs) / N
    with_negative = sum(bool(d["negatives"]) for d in docs) / N
    assert 0.1 <= empty <= 0.2, empty
    assert 0.52 <= with_negative <= 0.68, with_negative
    assert max(len(d["spans"]) for d in docs) <= 5
    assert {n["kind"] for d in docs for n in d["negatives"]} == set(SEALED_NEGATIVE_KINDS)
    assert len(SEALED_NEGATIVE_KINDS) >= 15
    counts = Counter(s["type"] for d in docs for s in d["spans"])
    assert {t for t, _ in counts.most_common(3)} == {"address", "person", "phone"}, counts


def test_value_shapes(docs: list[dict]) -> None:
    for _, v in span_values(docs, "card"):
        digits = re.sub(r"[ -]", "", v)
        assert digits.isdigit() and len(digits) in (15, 16) and luhn_valid(digits), v
    assert all(iban_valid(v) for _, v in span_values(docs, "iban"))
    assert not any(iban_valid(v) for v in negative_values(docs, "iban_bad"))
    assert all(not luhn_valid(re.sub(r"[ -]", "", v)) for v in negative_values(docs, "digits16"))
    assert all(ipaddress.ip_address(v).is_global for _, v in span_values(docs, "ip"))
    assert all("://" in v and "@" in v for _, v in span_values(docs, "url_credentials"))
    for d, v in span_values(docs, "phone"):
        number = phonenumbers.parse(v, REGION[d["locale"]])
        assert phonenumbers.is_valid_number(number), (d["locale"], v)
    for d, v in span_values(docs, "ssn"):
        assert d["locale"] == "en_US"
        area, group, serial = v.split("-")
        assert len(area) == 3 and len(group) == 2 and len(serial) == 4, v
        assert area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"
    assert not any(
        re.search(r"\d", v) for v in negative_values(docs, "street") + negative_values(docs, "city")
    )


def test_address_formats(docs: list[dict]) -> None:
    addresses = [v for _, v in span_values(docs, "address")]
    multi = sum("\n" in a for a in addresses) / len(addresses)
    assert 0.2 <= multi <= 0.6, multi
    joined = "\n".join(addresses)
    box_words = ("PO Box", "P.O. Box", "C.P.", "Case postale", "Postfach", "Casilla de Correo")
    box_words += ("Apartado", "Postbus", "Post Box No.")
    for word in box_words:
        assert word in joined, word
    for word in ("Apt", "Suite", "Unit", "app.", "Top", "Stiege", "Piso", "Dto.", "Esq.", " bus "):
        assert word in joined, word
    countries = (
        "USA",
        "Canada",
        "Ireland",
        "India",
        "Österreich",
        "Argentina",
        "Portugal",
        "België",
    )
    for country in countries:
        assert f"\n{country}" in joined, country
    assert re.search(r"\b[A-Z]\d[A-Z] \d[A-Z]\d\b", joined)  # Canadian postcode
    assert re.search(r"\b[A-Z]\d{2} [A-Z0-9]{4}\b", joined)  # Eircode
    assert "Co. " in joined and re.search(r"\b\d{6}\b", joined)  # county, Indian PIN


def test_person_shapes(docs: list[dict]) -> None:
    names = [v for _, v in span_values(docs, "person")]
    assert any(", " in n for n in names)  # Last, First
    assert any(n.isupper() and len(n) > 4 for n in names)  # ALL CAPS
    assert any(re.match(r"^[A-Z]{2,}\S* [A-Z][a-z]", n) for n in names)  # SURNAME First
    assert any(re.search(r"\b[A-Z]\.", n) for n in names)  # initials
    particles = {"van", "de", "da", "von", "du", "del", "dos", "das", "der", "den", "zu"}
    assert any(set(n.split()[1:-1]) & particles for n in names)
    assert any("-" in n for n in names)
    assert sum(n == n.lower() for n in names) >= 20
    assert any(" " not in n for n in names)  # a first name alone (greetings, sign-offs)


def test_mostly_inline(docs: list[dict]) -> None:
    for etype in ("person", "address"):
        inline = total = 0
        for d in docs:
            text = d["text"]
            for s in d["spans"]:
                if s["type"] != etype:
                    continue
                total += 1
                line = text[text.rfind("\n", 0, s["start"]) + 1 : s["start"]]
                at_line_start = s["start"] == 0 or text[s["start"] - 1] == "\n"
                inline += not at_line_start and not _LABEL_LINE.match(line)
        assert inline / total > 0.5, (etype, inline / total)


def test_structured_kinds_occur(docs: list[dict]) -> None:
    texts = [d["text"] for d in docs]
    assert sum(bool(re.search(r"^> \S", t, re.M)) for t in texts) >= 50  # quoted replies
    csv_like = 0
    for t in texts:
        lines = t.splitlines()
        for a, b in zip(lines, lines[1:], strict=False):
            for sep in (",", ";", "\t", " | "):
                if a.count(sep) >= 1 and a.count(sep) == b.count(sep) and not re.search(r"\d", a):
                    csv_like += 1
                    break
            else:
                continue
            break
    assert csv_like >= 30
    assert any("Forwarded message" in t for t in texts)


def test_docstring_sentence() -> None:
    sentence = (
        "THIS CORPUS MUST NEVER BE USED FOR TUNING: do not look at what a detector misses on it "
        "and then change the detector."
    )
    assert sentence in " ".join(pii_corpus_sealed.__doc__.split())
    assert all(len(line) <= 100 for line in pii_corpus_sealed.__doc__.splitlines())


def test_command_line_writes_jsonl(tmp_path) -> None:
    path = tmp_path / "sealed.jsonl"
    assert main(["--n", "9", "--seed", "3", "--out", str(path)]) == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 9
    assert {json.loads(line)["locale"] for line in lines} == set(SEALED_LOCALES)
