"""The reserve PII corpus: deterministic, well-formed, every occurrence labelled, valid values."""

from __future__ import annotations

import ipaddress
import json
import re
import subprocess
import sys
import time
from collections import Counter
from urllib.parse import urlsplit

import phonenumbers
import pytest

from benchmarks import pii_corpus_reserve
from benchmarks.pii_corpus import check_doc, luhn_valid
from benchmarks.pii_corpus_reserve import (
    MAX_SPANS,
    REGION,
    RESERVE_LOCALES,
    RESERVE_NEGATIVE_KINDS,
    RESERVE_TYPES,
    build_reserve_corpus,
    iban_valid,
    main,
)
from tests.benchmarks.corpus_values import negative_values, span_values
from tests.helpers import REPO

N = 1800
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CRED_URL = re.compile(r"[a-z]+://[^\s:/@]*:[^\s@/]+@\S+")
_USED_ELSEWHERE = {"en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_IN", "en_NZ", "pt_BR", "pt_PT"}
_USED_ELSEWHERE |= {"de_DE", "de_AT", "de_CH", "fr_FR", "fr_CA", "fr_CH", "es_ES", "es_MX", "es_AR"}
_USED_ELSEWHERE |= {"it_IT", "nl_NL", "nl_BE"}


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return build_reserve_corpus(N, seed=0)


def _covered(doc: dict, start: int, end: int) -> bool:
    marks = doc["spans"] + doc["negatives"]
    return any(m["start"] <= start and end <= m["end"] for m in marks)


def test_deterministic_and_seeded(docs: list[dict]) -> None:
    assert build_reserve_corpus(45, seed=0) == docs[:45]
    assert build_reserve_corpus(45, seed=1) != docs[:45]


def test_fast_enough() -> None:
    started = time.perf_counter()
    build_reserve_corpus(2000, seed=5)
    assert time.perf_counter() - started < 20


def test_docs_are_well_formed(docs: list[dict]) -> None:
    assert len(docs) == N
    for d in docs:
        check_doc(d)
        assert set(d) == {"text", "locale", "spans", "negatives"}
        spans, text = d["spans"], d["text"]
        assert all(s["type"] in RESERVE_TYPES for s in spans)
        negs = sorted(d["negatives"], key=lambda n: n["start"])
        for a, b in zip(negs, negs[1:], strict=False):
            assert a["end"] <= b["start"], (a, b)
        for n in negs:
            value = text[n["start"] : n["end"]]
            assert value and value == value.strip(), n
            assert n["kind"] in RESERVE_NEGATIVE_KINDS, n
            for s in spans:
                assert n["end"] <= s["start"] or s["end"] <= n["start"], (n, s)


def test_locales(docs: list[dict]) -> None:
    counts = Counter(d["locale"] for d in docs)
    assert set(counts) == set(RESERVE_LOCALES) and len(RESERVE_LOCALES) == 9
    assert set(counts.values()) == {N // 9}
    assert [d["locale"] for d in docs[:9]] == list(RESERVE_LOCALES)
    assert len(set(RESERVE_LOCALES) - _USED_ELSEWHERE) >= 5
    from faker.config import AVAILABLE_LOCALES

    assert set(RESERVE_LOCALES) <= set(AVAILABLE_LOCALES)


def test_types_per_locale(docs: list[dict]) -> None:
    assert set(RESERVE_TYPES) == set(pii_corpus_reserve.TYPES) - {"cpf", "cnpj"}
    per_locale: dict[str, Counter] = {loc: Counter() for loc in RESERVE_LOCALES}
    for d in docs:
        per_locale[d["locale"]].update(s["type"] for s in d["spans"])
    for loc, counts in per_locale.items():
        expected = set(RESERVE_TYPES) - ({"ssn"} if loc != "en_US" else set())
        assert set(counts) == expected, (loc, expected ^ set(counts))
    total = Counter(s["type"] for d in docs for s in d["spans"])
    assert {t for t, _ in total.most_common(3)} == {"person", "phone", "email"}, total


def test_shares(docs: list[dict]) -> None:
    empty = sum(not d["spans"] for d in docs) / N
    with_negative = sum(bool(d["negatives"]) for d in docs) / N
    assert 0.1 <= empty <= 0.2, empty
    assert 0.5 <= with_negative <= 0.7, with_negative
    assert max(len(d["spans"]) for d in docs) <= MAX_SPANS
    assert {n["kind"] for d in docs for n in d["negatives"]} == set(RESERVE_NEGATIVE_KINDS)
    assert len(RESERVE_NEGATIVE_KINDS) >= 15
    # the PII-free docs are not all alike: negatives of several kinds in them
    empty_kinds = {n["kind"] for d in docs if not d["spans"] for n in d["negatives"]}
    assert len(empty_kinds) >= 12, empty_kinds


def test_value_shapes(docs: list[dict]) -> None:
    for _, v in span_values(docs, "card"):
        digits = re.sub(r"[ -]", "", v)
        assert digits.isdigit() and len(digits) in (15, 16) and luhn_valid(digits), v
    assert all(iban_valid(v) for _, v in span_values(docs, "iban"))
    assert not any(iban_valid(v) for v in negative_values(docs, "iban_bad"))
    assert all(not luhn_valid(v.replace(" ", "")) for v in negative_values(docs, "digits16"))
    assert all(len(v.replace(" ", "")) == 16 for v in negative_values(docs, "digits16"))
    for _, v in span_values(docs, "ip"):
        ip = ipaddress.ip_address(v)
        assert ip.is_global and not ip.is_multicast, v
    for _, v in span_values(docs, "url_credentials"):
        parts = urlsplit(v)
        assert parts.scheme and parts.username and parts.password and parts.hostname, v
    for v in negative_values(docs, "url"):
        assert urlsplit(v).password is None and "@" not in v, v
    for _, v in span_values(docs, "email"):
        assert _EMAIL.fullmatch(v), v
    for d, v in span_values(docs, "ssn"):
        assert d["locale"] == "en_US"
        area, group, serial = re.split(r"[- ]", v)
        assert len(area) == 3 and len(group) == 2 and len(serial) == 4, v
        assert area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"
    for _, v in span_values(docs, "dob"):
        years = re.findall(r"(?<!\d)\d{4}(?!\d)", v)
        assert re.search(r"\d", v) and all(1930 <= int(y) <= 2010 for y in years), v
    assert not any(
        re.search(r"\d", v) for v in negative_values(docs, "street") + negative_values(docs, "city")
    )
    assert all(re.fullmatch(r"[\d -]+", v) for v in negative_values(docs, "postcode"))


def test_iban_check_on_published_examples() -> None:
    good = (
        "DE89 3704 0044 0532 0130 00",
        "GB82 WEST 1234 5698 7654 32",
        "CH93 0076 2011 6238 5295 7",
        "BE68 5390 0754 7034",
        "PL61 1090 1014 0000 0712 1981 2874",
        "SE45 5000 0000 0583 9825 7466",
        "NL91 ABNA 0417 1643 00",
        "FR14 2004 1010 0505 0001 3M02 606",
        "ES91 2100 0418 4502 0005 1332",
    )
    assert all(iban_valid(v) for v in good)
    assert not iban_valid("DE88 3704 0044 0532 0130 00")
    assert not iban_valid("BE68 5390 0754 703")


def test_phones_valid_and_varied(docs: list[dict]) -> None:
    forms: dict[str, set[str]] = {loc: set() for loc in RESERVE_LOCALES}
    for d, v in span_values(docs, "phone"):
        number = phonenumbers.parse(v, REGION[d["locale"]])
        assert phonenumbers.is_valid_number(number), (d["locale"], v)
        assert phonenumbers.region_code_for_number(number) == REGION[d["locale"]], (d["locale"], v)
        forms[d["locale"]].add("intl" if v.startswith(("+", "00", "(+")) else "national")
        forms[d["locale"]].update(sep for sep in (" ", "-", ".", "/", "(") if sep in v)
    for loc, seen in forms.items():
        assert {"intl", "national", " "} <= seen and len(seen) >= 4, (loc, seen)


def test_every_occurrence_labelled(docs: list[dict]) -> None:
    """No labelled value, email or credential URL appears anywhere unlabelled."""
    for d in docs:
        text = d["text"]
        for s in d["spans"]:
            value = text[s["start"] : s["end"]]
            for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text):
                assert _covered(d, m.start(), m.end()), (value, text)
        for m in _EMAIL.finditer(text):
            assert _covered(d, m.start(), m.end()), (m.group(0), text)
        for m in _CRED_URL.finditer(text):
            assert any(
                s["type"] == "url_credentials" and s["start"] <= m.start() < s["end"]
                for s in d["spans"]
            ), text


def test_address_formats(docs: list[dict]) -> None:
    addresses = span_values(docs, "address")
    multi = sum("\n" in a for _, a in addresses) / len(addresses)
    assert 0.1 <= multi <= 0.5, multi
    assert all(re.search(r"\d", a) for _, a in addresses)
    joined = {
        loc: "\n".join(a for d, a in addresses if d["locale"] == loc) for loc in RESERVE_LOCALES
    }
    words = {
        "en_US": ("Box", "Apt", "IL", "\nUSA"),
        "en_PH": ("P.O. Box", "Brgy.", "Unit", "Blk"),
        "fr_BE": ("bte", "Rue", "Belgique"),
        "es_CO": ("#", "Apto", "Apartado Aéreo", "Carrera"),
        "es_CL": ("Casilla", "depto", "Av."),
        "de_DE": ("Postfach", "OG", "straße"),
        "it_CH": ("Casella postale", "Via", "piano"),
        "pl_PL": ("ul.", "m.", "/"),
        "sv_SE": ("Box", "lgh", "gatan"),
    }
    for loc, needed in words.items():
        for word in needed:
            assert word in joined[loc], (loc, word)
    assert re.search(r"\b\d{2}-\d{3} ", joined["pl_PL"])  # Polish postcode before the city
    assert re.search(r"\b\d{3} \d{2} ", joined["sv_SE"])  # Swedish postcode
    assert re.search(r"\b\d{4} [A-Z]", joined["fr_BE"])  # Belgian postcode before the city


def test_person_shapes(docs: list[dict]) -> None:
    names = [v for _, v in span_values(docs, "person")]
    assert any(", " in n for n in names)  # Last, First
    assert any(n.isupper() and len(n) > 4 for n in names)  # ALL CAPS
    assert sum(n == n.lower() for n in names) >= 20
    assert any("-" in n for n in names)
    assert any(" " not in n for n in names)  # a first name alone (greetings, sign-offs)
    particles = {"van", "Van", "de", "De", "del", "von", "af", "dela", "delos", "Della", "Dal"}
    assert any(set(n.replace(",", "").split()) & particles for n in names)
    assert any(re.search(r"\b[A-Z]\. ?[A-Z]", n) for n in names)  # initials
    co = [v for d, v in span_values(docs, "person") if d["locale"] in ("es_CO", "es_CL")]
    assert sum(len(n.replace(",", "").split()) >= 3 for n in co) > len(co) / 4  # two surnames


def test_structured_shapes_occur(docs: list[dict]) -> None:
    texts = [d["text"] for d in docs]
    assert sum(bool(re.search(r"^> \S", t, re.M)) for t in texts) >= 60  # quoted replies
    banners = ("Forwarded message", "Message transféré", "Weitergeleitete Nachricht")
    assert sum(any(b in t for b in banners) for t in texts) >= 15
    csv_like = 0
    for t in texts:
        lines = t.splitlines()
        for a, b in zip(lines, lines[1:], strict=False):
            seps = [s for s in (" | ", "\t", ";", ",") if a.count(s) >= 2]
            if seps and a.count(seps[0]) == b.count(seps[0]) and not re.search(r"\d", a):
                csv_like += 1
                break
    assert csv_like >= 60
    assert sum('{\n  "' in t for t in texts) >= 5  # JSON
    assert sum(bool(re.search(r"^\S[^:\n]{0,30}: ", t, re.M)) for t in texts) > N / 3
    assert sum(bool(re.search(r"^\d{4}-\d\d-\d\d[T ]\d\d:", t, re.M)) for t in texts) >= 10  # logs


def test_languages_are_the_locales(docs: list[dict]) -> None:
    markers = {
        "fr_BE": ("Bonjour", "merci", "Merci", "Madame"),
        "de_DE": ("Hallo", "bitte", "Grüße", "Guten"),
        "it_CH": ("Buongiorno", "grazie", "Grazie", "Salve"),
        "pl_PL": ("Dzień", "Dzien", "proszę", "Pozdrawiam", "dzięki", "Zgłoszenie"),
        "sv_SE": ("Hej", "tack", "Tack", "Mvh"),
        "es_CO": ("Hola", "gracias", "Gracias", "Buen"),
    }
    for loc, words in markers.items():
        texts = [d["text"] for d in docs if d["locale"] == loc]
        hits = sum(any(w in t for w in words) for t in texts)
        assert hits > len(texts) / 3, (loc, hits)


def test_docstring_sentence() -> None:
    sentence = (
        "THIS CORPUS MUST NEVER BE USED FOR TUNING: do not look at what a detector misses on it "
        "and then change the detector."
    )
    doc = pii_corpus_reserve.__doc__
    assert doc.splitlines()[0].startswith("A reserve, labelled PII test corpus:")
    assert sentence in " ".join(doc.split())
    assert all(len(line) <= 100 for line in doc.splitlines())


def test_command_line_writes_jsonl(tmp_path) -> None:
    path = tmp_path / "x.jsonl"
    assert main(["--n", "3", "--out", str(path)]) == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["locale"] for line in lines] == list(RESERVE_LOCALES[:3])


def test_runs_as_a_script(tmp_path) -> None:
    path = tmp_path / "y.jsonl"
    script = REPO / "benchmarks" / "pii_corpus_reserve.py"
    done = subprocess.run(
        [sys.executable, str(script), "--n", "4", "--seed", "2", "--out", str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert docs == build_reserve_corpus(4, seed=2)
