"""The final PII test corpus: deterministic, well-formed, and as varied as its docstring promises.

Faker and phonenumbers only; no detector runs here (the corpus must never be used for tuning).
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter

import phonenumbers
import pytest

from benchmarks import pii_corpus_final as pf
from benchmarks.pii_corpus import TYPES, check_doc, luhn_valid
from benchmarks.pii_corpus_final import (
    DOUBLE_FIRST,
    FINAL_LOCALES,
    FINAL_NEGATIVE_KINDS,
    REGION,
    build_final_corpus,
)


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return build_final_corpus(1800, seed=0)


def _values(corpus, typ: str, locale: str | None = None) -> list[str]:
    return [
        d["text"][s["start"] : s["end"]]
        for d in corpus
        for s in d["spans"]
        if s["type"] == typ and locale in (None, d["locale"])
    ]


def _negs(corpus, kind: str) -> list[str]:
    return [
        d["text"][n["start"] : n["end"]]
        for d in corpus
        for n in d["negatives"]
        if n["kind"] == kind
    ]


def _iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def test_same_seed_same_corpus_other_seed_other_corpus():
    assert build_final_corpus(90, seed=3) == build_final_corpus(90, seed=3)
    assert build_final_corpus(90, seed=3) != build_final_corpus(90, seed=4)
    assert build_final_corpus(30, seed=3) == build_final_corpus(90, seed=3)[:30]


def test_spans_valid_sorted_and_negatives_outside_them(corpus):
    for doc in corpus:
        check_doc(doc)
        text, spans = doc["text"], doc["spans"]
        assert doc["locale"] in FINAL_LOCALES
        last = 0
        for neg in sorted(doc["negatives"], key=lambda n: n["start"]):
            start, end = neg["start"], neg["end"]
            assert last <= start < end <= len(text) and text[start:end].strip() == text[start:end]
            assert neg["kind"] in FINAL_NEGATIVE_KINDS
            assert not any(s["start"] < end and start < s["end"] for s in spans), (doc, neg)
            last = end


def test_every_type_in_every_locale_where_it_applies(corpus):
    seen = Counter((d["locale"], s["type"]) for d in corpus for s in d["spans"])
    for locale in FINAL_LOCALES:
        for typ in TYPES:
            if typ in ("cpf", "cnpj") or (typ == "ssn" and locale != "en_US"):
                assert not seen[(locale, typ)], (locale, typ)
            else:
                assert seen[(locale, typ)] >= 2, (locale, typ)


def test_mix_of_empty_docs_entity_counts_and_hard_negatives(corpus):
    n = len(corpus)
    counts = Counter(len(d["spans"]) for d in corpus)
    assert 0.10 <= counts[0] / n <= 0.20
    assert set(counts) == {0, 1, 2, 3, 4, 5}
    assert 0.50 <= sum(bool(d["negatives"]) for d in corpus) / n <= 0.70
    kinds = Counter(neg["kind"] for d in corpus for neg in d["negatives"])
    assert len(kinds) >= 12 and set(kinds) == set(FINAL_NEGATIVE_KINDS)
    types = Counter(s["type"] for d in corpus for s in d["spans"])
    top = {t for t, _ in types.most_common(3)}
    assert top == {"address", "person", "phone"}, types


def test_values_have_the_promised_shapes(corpus):
    for v in _values(corpus, "card"):
        digits = re.sub(r"[ -]", "", v)
        assert digits.isdigit() and len(digits) in (15, 16) and luhn_valid(digits), v
    for v in _values(corpus, "iban"):
        assert _iban_ok(v), v
    for v in _negs(corpus, "bad_iban"):
        assert not _iban_ok(v), v
    for v in _negs(corpus, "luhn_fail"):
        assert not luhn_valid(re.sub(r"[ -]", "", v)), v
    for v in _values(corpus, "ssn"):
        assert re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", v) and not v.startswith(("000", "666"))
    for v in _values(corpus, "ip"):
        ipaddress.ip_address(v)
    for v in _values(corpus, "email"):
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), v
    for v in _values(corpus, "url_credentials"):
        assert re.fullmatch(r"[a-z+]+://[^\s:@/]+:[^\s@/]+@\S+", v), v
    for v in _values(corpus, "dob"):
        assert re.search(r"\b(19[4-9]\d|200[0-6])\b|/\d\d$", v), v
    for locale in FINAL_LOCALES:
        for v in _values(corpus, "phone", locale):
            num = phonenumbers.parse(v, REGION[locale])
            assert phonenumbers.is_valid_number_for_region(num, REGION[locale]), (locale, v)


ADDRESS_FORMATS = {
    "en_GB": [r"^Flat \d", r"PO Box \d", r"\b[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$"],
    "en_AU": [r"^\d+/\d+ ", r"^Level \d", r"\b(NSW|VIC|QLD|WA|SA|TAS|ACT|NT) \d{4}$"],
    "en_CA": [r"^\d+-\d+[A-Za-z]? ", r"^Suite \d", r"\b[A-Z]\d[A-Z] \d[A-Z]\d$"],
    "en_US": [r"^P\.O\. Box", r"^Apt \d", r"\b\d{5}-\d{4}$"],
    "fr_FR": [r"^BP \d", r"CEDEX$", r"\d+ (bis|ter)\b", r"étage"],
    "de_AT": [r"\d+/\d+/\d+", r"/Top \d+", r"^Postfach", r"Stiege \d"],
    "es_ES": [r"^Apartado de Correos", r"\d+º", r"\bs/n\b", r"izda\."],
    "it_IT": [r"^Casella Postale", r"\([A-Z]{2}\)$", r"scala [ABC]", r"\bint\. \d"],
    "nl_NL": [r"^Postbus", r"\d{4} ?[A-Z]{2}", r"-III\b| hs\b", r"  "],
}


def test_address_formats_of_each_country_occur(corpus):
    for locale, patterns in ADDRESS_FORMATS.items():
        values = _values(corpus, "address", locale)
        assert any("\n" in v for v in values) and any("\n" not in v for v in values), locale
        for pat in patterns:
            assert any(re.search(pat, v, re.M) for v in values), (locale, pat)


def test_name_formats_occur(corpus):
    names = _values(corpus, "person")
    assert any(re.fullmatch(r"[^,]+, [^,]+", v) for v in names)  # "Last, First"
    assert any(v.isupper() and " " in v for v in names)  # ALL CAPS
    assert any(re.match(r"[A-Z]\. \w", v) for v in names)  # initial
    assert any(re.fullmatch(r"[A-ZÀ-Ý' -]{3,} [A-Z][a-zà-ÿ]+", v) for v in names)  # "LAST First"
    doubles = {n for pair in DOUBLE_FIRST.values() for group in pair for n in group}
    assert any(v.startswith(tuple(doubles)) for v in names)
    for particle in ("van der ", "de la ", "Di ", "O'", "von "):
        assert any(particle.lower() in v.lower() for v in names), particle
    for doc in corpus:  # titles and greetings stay outside the span
        for s in doc["spans"]:
            if s["type"] == "person":
                value = doc["text"][s["start"] : s["end"]]
                assert not re.match(r"(Mr|Mrs|Ms|Dr|Herr|Frau|Sig|Sr|Mme|M\.|dhr)\b", value)
    before = [d["text"][: s["start"]] for d in corpus for s in d["spans"] if s["type"] == "person"]
    assert any(
        b.endswith(("Mr ", "Mrs ", "Herr ", "Frau ", "Mme ", "Sig.ra ", "dhr. ")) for b in before
    )
    assert any(re.search(r"(^|\n)(Hi|Hoi|Hola|Ciao|Bonjour|Hallo) $", b) for b in before)


def test_phone_formats_and_extensions_outside_the_span(corpus):
    phones = _values(corpus, "phone")
    assert any("(0)" in v for v in phones) and any(v.startswith("00") for v in phones)
    assert any(v.startswith("+") for v in phones) and any(v.startswith("0") for v in phones)
    assert any(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", v) for v in phones)
    assert any(re.fullmatch(r"0\d{2,3}/\d+", v) for v in phones)  # Austrian slash
    after = [d["text"][s["end"] :] for d in corpus for s in d["spans"] if s["type"] == "phone"]
    ext = re.compile(
        r" (ext\.? |x|extn |poste |DW |Klappe |extensión |int\. |interno |toestel |tst\. )\d"
    )
    assert sum(bool(ext.match(a)) for a in after) >= 20


def test_hard_negatives_look_like_their_kind(corpus):
    assert all(re.fullmatch(r"[0-9a-f]{7,40}", v) for v in _negs(corpus, "sha"))
    assert all(
        re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", v) for v in _negs(corpus, "uuid")
    )
    assert all(v.startswith("https://") and "@" not in v for v in _negs(corpus, "url"))
    assert all(not re.search(r"\d", v) for v in _negs(corpus, "street_alone"))
    assert all(not re.search(r"\d", v) for v in _negs(corpus, "city"))


def test_main_prints_jsonl(capsys):
    assert pf.main(["--n", "5", "--seed", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x) for x in lines] == build_final_corpus(5, seed=1)
