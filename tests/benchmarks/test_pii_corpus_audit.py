"""The audit PII corpus: deterministic, well-formed, and as mixed as its docstring promises.

Faker and phonenumbers only; no detector is run here (the benchmark scores detectors on it).
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from benchmarks import pii_corpus_audit as pa
from benchmarks.pii_corpus import TYPES, check_doc, luhn_valid
from benchmarks.pii_corpus_audit import (
    AUDIT_LOCALES,
    AUDIT_NEGATIVE_KINDS,
    AUDIT_TYPES,
    REGION,
    build_audit_corpus,
    iban_valid,
)
from tests.benchmarks.corpus_values import negative_values


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return build_audit_corpus(1800, seed=0)


def _values(corpus: list[dict], etype: str, locale: str | None = None) -> list[str]:
    return [
        d["text"][s["start"] : s["end"]]
        for d in corpus
        for s in d["spans"]
        if s["type"] == etype and locale in (None, d["locale"])
    ]


def test_same_seed_same_corpus_other_seed_other_corpus():
    assert build_audit_corpus(60, seed=7) == build_audit_corpus(60, seed=7)
    assert build_audit_corpus(60, seed=7) != build_audit_corpus(60, seed=8)


def test_spans_are_valid_and_negatives_sit_outside_them(corpus):
    for doc in corpus:
        check_doc(doc)
        text = doc["text"]
        negs = sorted((n["start"], n["end"]) for n in doc["negatives"])
        for start, end in negs:
            assert text[start:end] and text[start:end] == text[start:end].strip(), doc
            assert not any(s["start"] < end and start < s["end"] for s in doc["spans"]), doc
        assert all(a[1] <= b[0] for a, b in zip(negs, negs[1:], strict=False)), doc
        assert all(n["kind"] in AUDIT_NEGATIVE_KINDS for n in doc["negatives"])


def test_every_type_in_every_locale_and_no_us_or_br_ids(corpus):
    assert set(AUDIT_TYPES) == set(TYPES) - {"ssn", "cpf", "cnpj"}
    seen = Counter((d["locale"], s["type"]) for d in corpus for s in d["spans"])
    assert {d["locale"] for d in corpus} == set(AUDIT_LOCALES)
    for locale in AUDIT_LOCALES:
        for etype in TYPES:
            assert (seen[(locale, etype)] > 0) == (etype in AUDIT_TYPES), (locale, etype)


def test_mix_of_empty_docs_entity_counts_and_hard_negatives(corpus):
    n = len(corpus)
    assert 0.1 < sum(not d["spans"] for d in corpus) / n < 0.2
    assert max(len(d["spans"]) for d in corpus) == 5
    assert 0.52 < sum(bool(d["negatives"]) for d in corpus) / n < 0.68
    kinds = Counter(neg["kind"] for d in corpus for neg in d["negatives"])
    assert set(kinds) == set(AUDIT_NEGATIVE_KINDS) and len(kinds) >= 12
    # addresses, persons and phones carry the most weight
    types = Counter(s["type"] for d in corpus for s in d["spans"])
    assert {t for t, _ in types.most_common(3)} == {"address", "person", "phone"}


def test_values_have_the_promised_shapes(corpus):
    assert all(luhn_valid(re.sub(r"\D", "", v)) for v in _values(corpus, "card"))
    assert all(iban_valid(v) for v in _values(corpus, "iban"))
    assert not any(iban_valid(v) for v in negative_values(corpus, "iban_bad"))
    assert not any(luhn_valid(v.replace(" ", "")) for v in negative_values(corpus, "luhn_fail"))
    for v in _values(corpus, "ip"):
        assert ipaddress.ip_address(v).is_global, v
    assert all("://" in v and "@" in v for v in _values(corpus, "url_credentials"))
    assert all(v.count("@") == 1 and " " not in v for v in _values(corpus, "email"))
    assert all(re.search(r"\d", v) and len(v) <= 26 for v in _values(corpus, "dob"))
    # a street or city hard negative has no house number
    assert not any(re.search(r"\d", v) for v in negative_values(corpus, "street"))
    assert not any(re.search(r"\d", v) for v in negative_values(corpus, "city"))
    for locale in AUDIT_LOCALES:  # every phone is a valid number of the doc's country
        for v in _values(corpus, "phone", locale):
            assert phonenumbers.is_valid_number(phonenumbers.parse(v, REGION[locale])), v


def test_address_formats_occur(corpus):
    addresses = _values(corpus, "address")
    assert 0.2 < sum("\n" in v for v in addresses) / len(addresses) < 0.6
    assert all(re.search(r"\d", v) for v in addresses)  # never a street or city alone
    words = [
        "PO Box",
        "Private Bag",
        "Post Box No.",
        "Postfach",
        "Case postale",
        "Postbus",
        "Apartado de Correos",
        "Casella Postale",
        "Apartado ",
    ]
    for word in words:
        assert any(word in v for v in addresses), word
    for unit in ["Flat ", "Apt ", "bus ", "int. ", "º", "Esq", "Stock", "RD ", "H.No.", "/"]:
        assert any(unit in v for v in addresses), unit
    countries = [
        "Ireland",
        "India",
        "New Zealand",
        "Schweiz",
        "Suisse",
        "España",
        "Italia",
        "België",
        "Portugal",
    ]
    for country in countries:
        assert any(v.endswith(country) for v in addresses), country
    for pattern in [
        r"^\d+[a-z]? \w",
        r"\w \d+[a-z]?\n\d{4} ",
        r"CH-\d{4} ",
        r"\d{4}-\d{3} ",
        r"[A-Z]\d\d [0-9A-Z]{4}$",
        r"\(\w\w\)",
        r" - \d{6}",
    ]:
        assert any(re.search(pattern, v, re.M) for v in addresses), pattern


def test_person_formats_and_titles_outside_the_span(corpus):
    persons = _values(corpus, "person")
    assert any(re.fullmatch(r"[^,\s]+, \w+", v) for v in persons)  # Last, First
    assert any(v.isupper() and " " in v for v in persons)  # ALL CAPS
    assert any(re.fullmatch(r"[A-ZÁÉÍÓÚ' ]{3,} [A-Z][a-zé]+", v) for v in persons)  # SURNAME First
    assert any(re.match(r"[A-Z]\. ?[A-Z]", v) for v in persons)  # initials
    assert any(re.search(r" (van|Van|de|da|De|Di|von|Ní|dos) ", f" {v} ") for v in persons)
    titles = {t for w in pa.WORDS.values() for t in w["tm"] + w["tf"]}
    long_titles = {t for t in titles if len(t) > 2}  # "M." / "D." read like initials
    assert not any(v.split(" ")[0] in long_titles for v in persons)
    before = Counter(
        d["text"][: s["start"]].rstrip().rsplit(" ", 1)[-1]
        for d in corpus
        for s in d["spans"]
        if s["type"] == "person"
    )
    assert sum(before[t] for t in titles) > 20


def test_phone_card_iban_and_secret_formats_occur(corpus):
    phones = _values(corpus, "phone")
    assert any(v.startswith("+") for v in phones) and any(v.startswith("0") for v in phones)
    assert any("(0)" in v for v in phones) and any(v.startswith("00") for v in phones)
    assert any(re.fullmatch(r"\+\d+", v) for v in phones) and any("/" in v for v in phones)
    ext = re.compile(r"\A (ext\. |x|intern |Durchwahl |int\. |poste |interno |toestel |exten)")
    after = [d["text"][s["end"] :] for d in corpus for s in d["spans"] if s["type"] == "phone"]
    assert sum(bool(ext.match(a)) for a in after) > 10
    cards = _values(corpus, "card")
    assert any(re.fullmatch(r"\d{4} \d{4} \d{4} \d{4}", v) for v in cards)
    assert any(re.fullmatch(r"\d{4}-\d{4}-\d{4}-\d{4}", v) for v in cards)
    assert any(re.fullmatch(r"\d{4} \d{6} \d{5}", v) for v in cards)  # amex
    assert any(re.fullmatch(r"\d{13,19}", v) for v in cards)
    ibans = _values(corpus, "iban")
    assert any(re.fullmatch(r"[A-Z]{2}\d\d( [0-9A-Z]{4})+( [0-9A-Z]{1,3})?", v) for v in ibans)
    assert any(re.fullmatch(r"[A-Z]{2}\d\d[0-9A-Z]{10,30}", v) for v in ibans)
    assert any(v.startswith("IT") and re.search(r" [A-Z] \d{5} \d{5} ", v) for v in ibans)
    assert len({v[:2] for v in ibans}) >= 7
    secrets = _values(corpus, "secret")
    for prefix in ["AKIA", "ghp_", "github_pat_", "sk_live_", "xoxb-", "eyJ", "AIza", "SG."]:
        assert any(v.startswith(prefix) for v in secrets), prefix
    texts = [d["text"][: s["start"]] for d in corpus for s in d["spans"] if s["type"] == "secret"]
    assert any(t.endswith(("PASSWORD=", 'password: "', "Bearer ")) for t in texts)


def test_doc_formats_occur(corpus):
    texts = [d["text"] for d in corpus]
    forwarded = [w["fwd"][0] for w in pa.WORDS.values()]
    assert all(any(f in t for t in texts) for f in forwarded)
    assert any(re.search(r"^(Customer|Kunde|Client|Cliente|Klant): ", t, re.M) for t in texts)
    assert any(
        re.search(r"^(Agent|Support|Conseiller|Agente|Operatore|Medewerker): ", t, re.M)
        for t in texts
    )
    assert any("\t" in t.split("\n")[0] for t in texts)  # TSV
    assert any(t.count(";") >= 2 and "\n" in t for t in texts)  # CSV with ;
    assert any("\n-- \n" in t for t in texts)  # signature separator
    assert any(
        re.search(r"^(Date of birth|Geburtsdatum|Data di nascita)\s*: ", t, re.M) for t in texts
    )


def test_docstring_says_it_was_tuned_on_and_names_its_successor():
    assert "TUNED ON" in pa.__doc__ and "pii_corpus_blind.py" in pa.__doc__


def test_command_line_writes_jsonl(tmp_path):
    out = tmp_path / "audit.jsonl"
    assert pa.main(["--n", "9", "--seed", "3", "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 9 and all('"spans"' in line for line in lines)
