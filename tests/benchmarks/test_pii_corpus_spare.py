"""The spare PII corpus: deterministic, well-formed, valid values, every occurrence labelled."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter

import phonenumbers
import pytest

from benchmarks import pii_corpus_spare
from benchmarks.pii_corpus import check_doc, luhn_valid
from benchmarks.pii_corpus_spare import (
    REGION,
    SPARE_LOCALES,
    SPARE_NEGATIVE_KINDS,
    build_spare_corpus,
    iban_valid,
    main,
)
from tests.benchmarks.corpus_values import (
    check_every_occurrence_labelled,
    check_negatives,
    negative_values,
    span_values,
)

N = 1800
IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "BR": 29, "IT": 27, "NL": 18, "DK": 18}


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return build_spare_corpus(N, seed=0)


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def test_deterministic_and_seeded(docs: list[dict]) -> None:
    assert build_spare_corpus(45, seed=0) == docs[:45]
    assert build_spare_corpus(45, seed=1) != docs[:45]


def test_docs_are_well_formed(docs: list[dict]) -> None:
    assert len(docs) == N
    for d in docs:
        check_doc(d)
        check_negatives(d, SPARE_NEGATIVE_KINDS)


def test_every_occurrence_of_a_value_is_labelled(docs: list[dict]) -> None:
    check_every_occurrence_labelled(docs)


def test_locales_and_types(docs: list[dict]) -> None:
    assert len(SPARE_LOCALES) == 9
    assert {"en_US", "en_GB", "de_DE", "fr_FR", "es_ES"} <= set(SPARE_LOCALES)
    assert Counter(d["locale"] for d in docs) == {loc: N // 9 for loc in SPARE_LOCALES}
    per_locale: dict[str, Counter] = {loc: Counter() for loc in SPARE_LOCALES}
    for d in docs:
        per_locale[d["locale"]].update(s["type"] for s in d["spans"])
    for loc, counts in per_locale.items():
        expected = set(pii_corpus_spare.SPARE_TYPES) - ({"ssn"} if loc != "en_US" else set())
        assert set(counts) == expected, (loc, expected ^ set(counts))
        assert not counts["cpf"] and not counts["cnpj"]


def test_shares(docs: list[dict]) -> None:
    empty = sum(not d["spans"] for d in docs) / N
    with_negative = sum(bool(d["negatives"]) for d in docs) / N
    assert 0.11 <= empty <= 0.19, empty
    assert 0.52 <= with_negative <= 0.68, with_negative
    assert {n["kind"] for d in docs for n in d["negatives"]} == set(SPARE_NEGATIVE_KINDS)
    assert len(SPARE_NEGATIVE_KINDS) >= 15
    # one to six entity types per doc with PII; names repeat in chats, so spans may be more
    assert all(1 <= len({s["type"] for s in d["spans"]}) <= 6 for d in docs if d["spans"])
    assert max(len(d["spans"]) for d in docs) <= 30


def test_phones_are_valid_for_their_locale(docs: list[dict]) -> None:
    styles = Counter()
    for d, v in span_values(docs, "phone"):
        number = phonenumbers.parse(v, REGION[d["locale"]])
        assert phonenumbers.is_valid_number(number), (d["locale"], v)
        assert phonenumbers.region_code_for_number(number) == REGION[d["locale"]], v
        styles[d["locale"], v.startswith(("+", "00", "(+"))] += 1
    for loc in SPARE_LOCALES:  # national and international forms in every locale
        assert styles[loc, True] and styles[loc, False], loc


def test_cards_ibans_ips_ssns(docs: list[dict]) -> None:
    for _, v in span_values(docs, "card"):
        digits = re.sub(r"[ -]", "", v)
        assert digits.isdigit() and len(digits) in (15, 16) and luhn_valid(digits), v
    for _, v in span_values(docs, "iban"):
        s = v.replace(" ", "")
        assert len(s) == IBAN_LENGTHS[s[:2]] and _mod97(s[4:] + s[:4]) == 1, v
        assert iban_valid(v)
    for v in negative_values(docs, "iban_bad"):
        s = v.replace(" ", "")
        assert len(s) == IBAN_LENGTHS[s[:2]] and _mod97(s[4:] + s[:4]) != 1, v
    for v in negative_values(docs, "digits16_bad"):
        digits = v.replace(" ", "")
        assert len(digits) == 16 and not luhn_valid(digits), v
    assert all(ipaddress.ip_address(v).is_global for _, v in span_values(docs, "ip"))
    assert all(
        re.match(r"^\w+://[^:/@\s]+:[^@\s]+@", v) for _, v in span_values(docs, "url_credentials")
    )
    for d, v in span_values(docs, "ssn"):
        assert d["locale"] == "en_US"
        area, group, serial = re.split(r"[- ]", v)
        assert len(area) == 3 and len(group) == 2 and len(serial) == 4, v
        assert area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def test_negatives_that_must_not_be_pii(docs: list[dict]) -> None:
    places = negative_values(docs, "street_only") + negative_values(docs, "city_only")
    assert places and not any(re.search(r"\d", v) for v in places)
    assert not any("@" in v for v in negative_values(docs, "url_plain"))
    assert all("://" in v for v in negative_values(docs, "url_plain"))


def test_dob_is_announced_as_a_birth_date(docs: list[dict]) -> None:
    words = r"birth|born|dob|geb|naissance|n[ée]|nacimiento|nac[ií]|nascimento|nasc|nascita|nato"
    words += r"|geboren|geboortedatum|født|fødselsdato"
    for d in docs:
        text = d["text"]
        # a table's header row names the column; then it is a row of that table
        headers = [
            h for h in text.splitlines() if re.search(words, h, re.I) and not re.search(r"\d", h)
        ]
        for s in d["spans"]:
            if s["type"] == "dob":
                around = text[max(0, s["start"] - 60) : s["end"] + 12]
                assert re.search(words, around, re.I) or headers, (around, text)


def test_address_formats(docs: list[dict]) -> None:
    addresses = [v for _, v in span_values(docs, "address")]
    assert 0.1 <= sum("\n" in a for a in addresses) / len(addresses) <= 0.5
    joined = "\n".join(addresses)
    boxes = ("PO Box", "Postfach", "BP ", "Apartado de Correos", "Caixa Postal")
    boxes += ("Casella Postale", "Postbus", "Postboks")
    for word in boxes + ("Apt", "Suite", "Flat", "OG", "Appt", "º", "apto", "int.", " th."):
        assert word in joined, word
    for country in ("USA", "United Kingdom", "Deutschland", "France", "España", "Brasil"):
        assert country in joined, country
    assert all(re.search(r"\d", a) for a in addresses)  # a house number, box number or postcode


def test_person_shapes(docs: list[dict]) -> None:
    names = [v for _, v in span_values(docs, "person")]
    assert any(", " in n for n in names)  # Last, First
    assert any(n.isupper() and len(n) > 5 for n in names)
    assert sum(n == n.lower() for n in names) >= 20
    assert any(re.match(r"^[A-Z]\. ", n) for n in names)  # initial
    assert any("-" in n for n in names)
    particles = {"van", "de", "da", "von", "dos", "der", "di", "la", "del"}
    assert any(set(n.lower().split()[1:-1]) & particles for n in names)
    assert sum(" " not in n for n in names) >= 100  # first names alone: greetings, sign-offs


def test_shapes_occur(docs: list[dict]) -> None:
    texts = [d["text"] for d in docs]
    assert sum(bool(re.search(r"^> \S", t, re.M)) for t in texts) >= 80  # quoted replies
    assert sum("----------" in t for t in texts) >= 60  # forwarded
    assert sum(bool(re.search(r"^\[\d\d:\d\d\] ", t, re.M)) for t in texts) >= 10  # chats
    assert sum('"customer": {' in t for t in texts) >= 20  # JSON
    assert sum(bool(re.search(r"^\d{4}-\d\d-\d\dT", t, re.M)) for t in texts) >= 20  # logs
    assert sum("<p>" in t for t in texts) >= 60  # HTML remnants
    csv_like = 0
    for t in texts:
        lines = t.splitlines()
        for a, b in zip(lines, lines[1:], strict=False):
            if any(a.count(sep) >= 1 and a.count(sep) == b.count(sep) for sep in ",;\t|"):
                if not re.search(r"\d", a) and ":" not in a:
                    csv_like += 1
                    break
    assert csv_like >= 40


def test_docstring() -> None:
    doc = pii_corpus_spare.__doc__
    assert doc.splitlines()[0].startswith("A spare, labelled PII test corpus: ")
    assert "THIS CORPUS MUST NEVER BE USED FOR TUNING:" in doc
    assert all(len(line) <= 100 for line in doc.splitlines())


def test_command_line_writes_jsonl(tmp_path) -> None:
    path = tmp_path / "x.jsonl"
    assert main(["--n", "3", "--out", str(path)]) == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["locale"] for line in lines] == list(SPARE_LOCALES[:3])
