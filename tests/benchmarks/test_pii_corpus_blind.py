"""The blind PII corpus (benchmarks/pii_corpus_blind.py): its shape, its labels, its values.

Only the corpus itself is checked here: no detector runs on it (it must never be used for
tuning one). Check digits (CPF, CNPJ, SSN rules) are re-implemented here on purpose, so a bug
in the generator's own checks cannot hide itself.
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter

import phonenumbers
import pytest

from benchmarks import pii_corpus_blind as pcb
from benchmarks.pii_corpus import TYPES, check_doc, luhn_valid
from tests.benchmarks.corpus_values import negative_values

N_DOCS = 1800
LOCALE_ONLY = {"ssn": {"en_US"}, "cpf": {"pt_BR"}, "cnpj": {"pt_BR"}}
PO_BOX_WORDS = {
    "en_US": r"\bP\.?O\. ?Box\b|\bPO Box\b",
    "en_GB": r"\bPO Box\b",
    "en_AU": r"\b(GPO|PO) Box\b|\bLocked Bag\b",
    "de_DE": r"\bPostfach\b",
    "fr_FR": r"\bBP\b|\bBoîte postale\b",
    "es_MX": r"\bApartado Postal\b",
    "it_IT": r"\bCasella Postale\b",
    "nl_NL": r"\bPostbus\b",
    "pt_BR": r"\bCaixa Postal\b",
}
UNIT_WORDS = {
    "en_US": r"\b(Apt|Suite|Unit)\b|#\d",
    "en_GB": r"\bFlat\b",
    "en_AU": r"\bUnit \d+/\d+|\b\d+/\d+ |\bLevel\b|\bApartment\b",
    "de_DE": r"\bHinterhaus\b|\d\. OG\b|\bWohnung\b|\bc/o\b|\bSeitenflügel\b",
    "fr_FR": r"\b(bis|ter)\b|\bAppartement\b|\bBât",
    "es_MX": r"\bInt\. \d|\bDepto\. \d|#\d",
    "it_IT": r"\bint\. \d|\bscala [A-D]\b|\bpiano \d",
    "nl_NL": r"\d-hoog\b|\d[A-C]\b|\d-\d\b",
    "pt_BR": r"\bapto \d|\bsala \d|\bnº \d",
}
COUNTRIES = {
    "en_US": {"USA", "United States"},
    "en_GB": {"United Kingdom", "UK"},
    "en_AU": {"Australia"},
    "de_DE": {"Deutschland"},
    "fr_FR": {"France"},
    "es_MX": {"México"},
    "it_IT": {"Italia"},
    "nl_NL": {"Nederland"},
    "pt_BR": {"Brasil"},
}
LABEL_WORDS = re.compile(r"\b(DOB|SSN|CPF|CNPJ|IBAN|Tel|ext|Passwort|password|senha)\b", re.I)
LABEL_ONLY = re.compile(r"^\s*[\w .'/()-]{1,30}:\s*$")


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return pcb.build_blind_corpus(N_DOCS, seed=0)


def _spans(docs: list[dict], etype: str) -> list[tuple[dict, dict, str]]:
    return [
        (d, s, d["text"][s["start"] : s["end"]])
        for d in docs
        for s in d["spans"]
        if s["type"] == etype
    ]


def _inline(doc: dict, span: dict) -> bool:
    """In running text: not at the start of a line, and not right after a bare 'Label:'."""
    text, start = doc["text"], span["start"]
    if start == 0 or text[start - 1] == "\n":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not LABEL_ONLY.match(text[line_start:start])


def _ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", value)
    if not m:
        return False
    area, group, serial = m.group(1), m.group(3), m.group(4)
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _cpf_ok(value: str) -> bool:
    if not re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11}", value):
        return False
    d = [int(ch) for ch in re.sub(r"\D", "", value)]
    if len(set(d)) == 1:
        return False
    for n in (9, 10):
        total = sum(d[i] * (n + 1 - i) for i in range(n))
        if total * 10 % 11 % 10 != d[n]:
            return False
    return True


def _cnpj_ok(value: str) -> bool:
    if not re.fullmatch(r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{14}", value):
        return False
    d = [int(ch) for ch in re.sub(r"\D", "", value)]
    weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    for n, w in ((12, weights), (13, [6, *weights])):
        rem = sum(x * y for x, y in zip(d[:n], w, strict=True)) % 11
        if (0 if rem < 2 else 11 - rem) != d[n]:
            return False
    return True


def test_same_seed_same_corpus_other_seed_other_corpus():
    first = pcb.build_blind_corpus(90, seed=3)
    assert first == pcb.build_blind_corpus(90, seed=3)
    assert [d["text"] for d in first] != [d["text"] for d in pcb.build_blind_corpus(90, seed=4)]


def test_docs_are_well_formed(docs):
    assert len(docs) == N_DOCS
    for d in docs:
        check_doc(d)
        assert d["locale"] in pcb.BLIND_LOCALES
        text, taken = d["text"], [(s["start"], s["end"]) for s in d["spans"]]
        for n in d["negatives"]:
            value = text[n["start"] : n["end"]]
            assert 0 <= n["start"] < n["end"] <= len(text), n
            assert value and value == value.strip(), (n, value)
            assert n["kind"] in pcb.BLIND_NEGATIVE_KINDS, n
            for start, end in taken:
                assert n["end"] <= start or end <= n["start"], (d["text"], n, start, end)
            taken.append((n["start"], n["end"]))


def test_spans_are_bare_values(docs):
    """Each span is the value alone: a word on each side is not glued on, no sentence dot."""
    for d in docs:
        text = d["text"]
        for s in d["spans"]:
            value = text[s["start"] : s["end"]]
            assert value[-1] not in ".,;:!?", (s, value)
            assert value.count("(") == value.count(")"), (s, value)
            assert s["start"] == 0 or not text[s["start"] - 1].isalnum(), (text, value)
            assert s["end"] == len(text) or not text[s["end"]].isalnum(), (text, value)
            if s["type"] not in ("secret", "url_credentials"):  # random tokens may spell 'DOB'
                assert not LABEL_WORDS.search(value), (s, value)


def test_every_locale_holds_every_type_it_can(docs):
    by_locale: dict[str, set[str]] = {loc: set() for loc in pcb.BLIND_LOCALES}
    for d in docs:
        by_locale[d["locale"]].update(s["type"] for s in d["spans"])
    assert set(pcb.BLIND_LOCALES) == {
        "en_US", "en_GB", "en_AU", "de_DE", "fr_FR", "es_MX", "it_IT", "nl_NL", "pt_BR"
    }  # fmt: skip
    for loc, types in by_locale.items():
        expected = {t for t in TYPES if loc in LOCALE_ONLY.get(t, {loc})}
        assert types == expected, (loc, expected ^ types)


def test_shares_of_empty_docs_entities_and_negatives(docs):
    n_entities = [len(d["spans"]) for d in docs]
    assert 0.10 <= n_entities.count(0) / len(docs) <= 0.20
    assert max(n_entities) <= 5
    assert 0.52 <= sum(bool(d["negatives"]) for d in docs) / len(docs) <= 0.68
    kinds = {n["kind"] for d in docs for n in d["negatives"]}
    assert kinds == set(pcb.BLIND_NEGATIVE_KINDS)
    assert len(pcb.BLIND_NEGATIVE_KINDS) >= 15


def test_addresses_persons_and_phones_weigh_most(docs):
    counts = Counter(s["type"] for d in docs for s in d["spans"])
    top3 = {t for t, _ in counts.most_common(3)}
    assert top3 == {"address", "person", "phone"}, counts


def test_values_are_valid(docs):
    for _, _, v in _spans(docs, "card"):
        digits = re.sub(r"[ -]", "", v)
        assert digits.isdigit() and 14 <= len(digits) <= 16 and luhn_valid(digits), v
    for _, _, v in _spans(docs, "iban"):
        assert pcb.iban_valid(v), v
    for v in negative_values(docs, "iban_bad"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", v) and not pcb.iban_valid(v), v
    for v in negative_values(docs, "digits16"):
        assert not luhn_valid(v.replace(" ", "")), v
    for _, _, v in _spans(docs, "ip"):
        assert ipaddress.ip_address(v).is_global, v
    for _, _, v in _spans(docs, "url_credentials"):
        assert "://" in v and "@" in v and " " not in v, v
    for d, _, v in _spans(docs, "phone"):
        region = pcb.REGION[d["locale"]]
        assert phonenumbers.is_valid_number(phonenumbers.parse(v, region)), (d["locale"], v)
    for _, _, v in _spans(docs, "ssn"):
        assert _ssn_ok(v), v
    for _, _, v in _spans(docs, "cpf"):
        assert _cpf_ok(v), v
    for _, _, v in _spans(docs, "cnpj"):
        assert _cnpj_ok(v), v
    for _, _, v in _spans(docs, "email"):
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v), v
    for _, _, v in _spans(docs, "dob"):
        assert re.search(r"\b(19[4-9]\d|20[0-2]\d)\b", v), v
    for kind in ("street", "city"):
        for v in negative_values(docs, kind):
            assert not any(ch.isdigit() for ch in v), (kind, v)


def test_iban_valid():
    assert pcb.iban_valid("DE89 3704 0044 0532 0130 00")
    assert pcb.iban_valid("GB82WEST12345698765432")
    assert not pcb.iban_valid("DE88 3704 0044 0532 0130 00")
    assert not pcb.iban_valid("DE89 3704 0044 0532 0130 0")
    assert not pcb.iban_valid("order 4711")


def test_address_formats_follow_each_country(docs):
    addresses = _spans(docs, "address")
    multi = sum("\n" in v for _, _, v in addresses) / len(addresses)
    assert 0.2 <= multi <= 0.6, multi
    for loc in pcb.BLIND_LOCALES:
        values = [v for d, _, v in addresses if d["locale"] == loc]
        assert any(re.search(PO_BOX_WORDS[loc], v) for v in values), loc
        assert any(re.search(UNIT_WORDS[loc], v) for v in values), loc
        assert any(re.split(r"\n|, ", v)[-1] in COUNTRIES[loc] for v in values), loc
        assert any("\n" in v for v in values) and any("\n" not in v for v in values), loc
    mx = [v for d, _, v in addresses if d["locale"] == "es_MX"]
    assert any("Col. " in v for v in mx) and any("C.P. " in v for v in mx)
    assert any("CEP " in v for d, _, v in addresses if d["locale"] == "pt_BR")


def test_person_names_come_in_many_shapes(docs):
    names = [v for _, _, v in _spans(docs, "person")]
    shapes = {
        "Last, First": r"^[^,\d]+, [^,\d]+$",
        "ALL CAPS": r"^[^a-z]+ [^a-z]+$",
        "initial": r"^[A-ZÀ-Ý]\. \S",
        "particle": r"\b(van|von|de|da|dos|das|do|di|del|der|du|zu|ter)\b",
        "hyphenated": r"\w-\w",
        "three parts": r"^\S+ \S+ \S+$",
        "first name alone": r"^[A-ZÀ-Ý][a-zà-ÿ]+$",
    }
    for shape, pattern in shapes.items():
        assert any(re.search(pattern, n) for n in names), shape


def test_most_addresses_and_persons_sit_inline_in_prose(docs):
    for etype in ("address", "person", "phone"):
        spans = _spans(docs, etype)
        share = sum(_inline(d, s) for d, s, _ in spans) / len(spans)
        assert share > 0.5, (etype, share)


def test_docstring_says_it_was_tuned_on_and_names_its_successor():
    assert "TUNED ON" in pcb.__doc__ and "pii_corpus_sealed.py" in pcb.__doc__
    assert pcb.__doc__.splitlines()[0].strip()


def test_command_line_writes_jsonl(tmp_path):
    out = tmp_path / "blind.jsonl"
    assert pcb.main(["--n", "9", "--seed", "3", "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 9
    assert [json.loads(line)["locale"] for line in lines] == list(pcb.BLIND_LOCALES)
