"""The vault PII corpus: deterministic, well-formed, valid values, every occurrence labelled."""

from __future__ import annotations

import ipaddress
import json
import re
import subprocess
import sys
import uuid
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

from benchmarks import pii_corpus_vault
from benchmarks.pii_corpus import TYPES, check_doc, luhn_valid
from benchmarks.pii_corpus_vault import (
    IBAN_COUNTRIES,
    PACK,
    REGION,
    VAULT_LOCALES,
    VAULT_NEGATIVE_KINDS,
    VAULT_TYPES,
    build_vault_corpus,
    iban_valid,
    main,
)
from tests.benchmarks.corpus_values import (
    check_every_occurrence_labelled,
    check_negatives,
    negative_values,
    span_values,
)

N = 2000
REPO = Path(__file__).resolve().parents[2]
IBAN_LENGTHS = {"AT": 20, "DE": 22, "GB": 22, "IE": 22, "FR": 27, "ES": 24, "PT": 25, "BR": 29}
IBAN_LENGTHS |= {"DK": 18, "NO": 15, "NL": 18}
SITUATIONS = {"ecom", "returns", "saas", "it", "bank", "insure", "travel", "energy", "health"}
SITUATIONS |= {"property", "hr", "gov", "telecom"}


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return build_vault_corpus(N, seed=0)


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def test_deterministic_and_seeded(docs: list[dict]) -> None:
    assert build_vault_corpus(50, seed=0) == docs[:50]
    assert build_vault_corpus(50, seed=1) != docs[:50]


def test_module_constants() -> None:
    assert set(VAULT_TYPES) == set(TYPES) - {"cpf", "cnpj"}
    assert len(VAULT_LOCALES) == 10 and set(REGION) == set(VAULT_LOCALES)
    assert {"pt_BR", "da_DK", "no_NO", "de_AT", "es_MX"} <= set(VAULT_LOCALES)
    assert REGION["no_NO"] == "NO" and REGION["da_DK"] == "DK"
    assert len(VAULT_NEGATIVE_KINDS) >= 25
    assert len(set(VAULT_NEGATIVE_KINDS)) == len(VAULT_NEGATIVE_KINDS)


def test_templates_cover_every_situation_in_every_language() -> None:
    for lang, pack in PACK.items():
        assert {t[0] for t in pack["templates"]} == SITUATIONS, lang
        assert len(pack["templates"]) >= 16, lang
        assert len(pack["chats"]) >= 3 and len(pack["nopii"]) >= 5, lang
        assert all(t[1] in "ca" for t in pack["templates"]), lang


def test_docs_are_well_formed(docs: list[dict]) -> None:
    assert len(docs) == N
    for d in docs:
        check_doc(d)
        assert d["text"] == d["text"].strip() and d["locale"] in VAULT_LOCALES
        assert sorted(d["negatives"], key=lambda n: n["start"]) == d["negatives"]
        check_negatives(d, VAULT_NEGATIVE_KINDS)


def test_every_occurrence_of_a_value_is_labelled(docs: list[dict]) -> None:
    check_every_occurrence_labelled(docs)


def test_locales_and_types(docs: list[dict]) -> None:
    assert Counter(d["locale"] for d in docs) == {loc: N // 10 for loc in VAULT_LOCALES}
    assert [d["locale"] for d in docs[:10]] == list(VAULT_LOCALES)
    per_locale: dict[str, Counter] = {loc: Counter() for loc in VAULT_LOCALES}
    for d in docs:
        per_locale[d["locale"]].update(s["type"] for s in d["spans"])
    for loc, counts in per_locale.items():
        expected = set(VAULT_TYPES) - ({"ssn"} if loc != "en_US" else set())
        assert set(counts) == expected, (loc, expected ^ set(counts))
        assert not counts["cpf"] and not counts["cnpj"]


def test_shares(docs: list[dict]) -> None:
    empty = sum(not d["spans"] for d in docs) / N
    with_negative = sum(bool(d["negatives"]) for d in docs) / N
    assert 0.11 <= empty <= 0.19, empty
    assert 0.52 <= with_negative <= 0.68, with_negative
    assert {n["kind"] for d in docs for n in d["negatives"]} == set(VAULT_NEGATIVE_KINDS)
    assert all(1 <= len({s["type"] for s in d["spans"]}) <= 6 for d in docs if d["spans"])
    assert max(len(d["spans"]) for d in docs) <= 30
    # the docs without PII still carry look-alikes
    assert sum(bool(d["negatives"]) for d in docs if not d["spans"]) / (empty * N) >= 0.6


def test_phones_are_valid_for_their_locale(docs: list[dict]) -> None:
    styles = Counter()
    for d, v in span_values(docs, "phone"):
        number = phonenumbers.parse(v, REGION[d["locale"]])
        assert phonenumbers.is_valid_number(number), (d["locale"], v)
        assert phonenumbers.region_code_for_number(number) == REGION[d["locale"]], v
        styles[d["locale"], v.startswith(("+", "00", "(+"))] += 1
    for loc in VAULT_LOCALES:  # national and international forms in every locale
        assert styles[loc, True] and styles[loc, False], loc


def test_cards_ibans_ips_ssns(docs: list[dict]) -> None:
    for _, v in span_values(docs, "card"):
        digits = re.sub(r"[ -]", "", v)
        assert digits.isdigit() and len(digits) in (15, 16) and luhn_valid(digits), v
    for d, v in span_values(docs, "iban"):
        s = v.replace(" ", "")
        assert len(s) == IBAN_LENGTHS[s[:2]] and _mod97(s[4:] + s[:4]) == 1, v
        assert iban_valid(v) and s[:2] in IBAN_COUNTRIES[d["locale"]], v
    assert not iban_valid("DE89370400440532013001") and iban_valid("DE89370400440532013000")
    for _, v in span_values(docs, "ip"):
        ip = ipaddress.ip_address(v)
        assert ip.is_global and not ip.is_multicast, v
    assert any(":" in v for _, v in span_values(docs, "ip"))  # some IPv6 too
    for d, v in span_values(docs, "ssn"):
        assert d["locale"] == "en_US"
        area, group, serial = re.split(r"[- ]", v)
        assert len(area) == 3 and len(group) == 2 and len(serial) == 4, v
        assert area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def test_emails_urls_and_secrets(docs: list[dict]) -> None:
    for _, v in span_values(docs, "email"):
        assert re.fullmatch(r"[\w.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v), v
    for _, v in span_values(docs, "url_credentials"):
        assert re.match(r"^[\w+.-]+://[^:/@\s]+:[^@\s]+@[\w.-]+", v), v
    secrets = [v for _, v in span_values(docs, "secret")]
    assert all(len(v) >= 12 and not re.search(r"\s", v) for v in secrets)
    prefixes = ("AKIA", "sk_live_", "rk_live_", "ghp_", "xoxb-", "AIza", "SG.", "eyJ", "sk-proj-")
    assert {p for p in prefixes for v in secrets if v.startswith(p)} == set(prefixes)


def test_negatives_that_must_not_be_pii(docs: list[dict]) -> None:
    places = negative_values(docs, "street_only") + negative_values(docs, "city_only")
    assert places and not any(re.search(r"\d", v) for v in places)
    for v in negative_values(docs, "private_ip"):
        assert ipaddress.ip_address(v).is_private, v
    for v in negative_values(docs, "uuid"):
        assert str(uuid.UUID(v)) == v
    assert all(
        re.fullmatch(r"[0-9a-f]{7}|[0-9a-f]{40}", v) for v in negative_values(docs, "git_sha")
    )
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\d", v) for v in negative_values(docs, "iso_date_not_dob")
    )
    for v in negative_values(docs, "ean"):
        total = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(v[:12]))
        assert len(v) == 13 and int(v[12]) == (10 - total % 10) % 10, v
    assert not any("@" in v for v in negative_values(docs))
    # part and serial numbers that have a phone number's shape
    phone_shaped = 0
    for d in docs:
        for n in d["negatives"]:
            if n["kind"] == "serial_no":
                v = d["text"][n["start"] : n["end"]]
                number = phonenumbers.parse(v, REGION[d["locale"]])
                phone_shaped += phonenumbers.is_valid_number(number)
    assert phone_shaped >= 20


def test_dob_is_announced_as_a_birth_date(docs: list[dict]) -> None:
    words = r"birth|born|dob|geb|naissance|n[ée]e? le|nacimiento|nascimento|nascid|født|fødsel"
    for d in docs:
        text = d["text"]
        # a table's header row names the column; then it is a row of that table
        headers = [
            h for h in text.splitlines() if re.search(words, h, re.I) and not re.search(r"\d", h)
        ]
        for s in d["spans"]:
            if s["type"] == "dob":
                around = text[max(0, s["start"] - 80) : s["end"] + 12]
                assert re.search(words, around, re.I) or headers, (around, text)


def test_address_formats(docs: list[dict]) -> None:
    addresses = [v for _, v in span_values(docs, "address")]
    assert 0.05 <= sum("\n" in a for a in addresses) / len(addresses) <= 0.5
    joined = "\n".join(addresses)
    boxes = ("PO Box", "Locked Bag", "Postfach", "BP ", "Apartado Postal", "Caixa Postal")
    boxes += ("Apartado ", "Postboks")
    for word in boxes + ("Apt", "Suite", "Flat", "Unit", "/Top", "Stiege", "Appt", "Bât."):
        assert word in joined, word
    for word in ("Int.", "Depto.", "apto", ".º", " th.", " tv.", "leil.", "Col.", "c/o", "A/C"):
        assert word in joined, word
    for loc, countries in pii_corpus_vault.COUNTRY.items():
        assert any(c in joined for c in countries), loc
    for a in addresses:  # a house number, a box number or a postcode
        assert re.search(r"\d", a) and not a.startswith((" ", ",")), a
    box = re.compile("|".join(re.escape(b.strip()) for b in boxes))
    assert sum(bool(box.search(a)) for a in addresses) >= 50


def test_person_shapes(docs: list[dict]) -> None:
    names = [v for _, v in span_values(docs, "person")]
    assert any(", " in n for n in names)  # Last, First
    assert sum(n.isupper() and len(n) > 5 for n in names) >= 20
    assert sum(n == n.lower() for n in names) >= 5  # chat handles
    assert any(re.match(r"^[A-ZÀ-Þ]\. ", n) for n in names)  # initial
    assert sum("-" in n for n in names) >= 30
    particles = {"van", "de", "da", "von", "dos", "der", "del", "das", "do", "du"}
    assert sum(bool(set(n.lower().split()[1:-1]) & particles) for n in names) >= 30
    assert sum(" " not in n for n in names) >= 300  # first names alone: greetings, sign-offs
    assert not any(n != n.strip() or "\n" in n for n in names)


def test_shapes_occur(docs: list[dict]) -> None:
    texts = [d["text"] for d in docs]
    assert sum(bool(re.search(r"^> \S", t, re.M)) for t in texts) >= 80  # quoted replies
    assert sum("----------" in t for t in texts) >= 60  # forwarded
    assert sum(bool(re.search(r"^\[\d\d:\d\d\] ", t, re.M)) for t in texts) >= 20  # chats
    assert sum('"customer": {' in t for t in texts) >= 20  # JSON
    log = r"^(\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\[\d\d/\d\d/\d{4} )"
    assert sum(bool(re.search(log, t, re.M)) for t in texts) >= 40  # logs
    assert sum("<p" in t or "<div" in t for t in texts) >= 60  # HTML remnants
    assert sum("|---|" in t for t in texts) >= 20  # markdown tables
    assert sum("```" in t or "smtp:" in t for t in texts) >= 20  # config snippets
    titles = [t for pack in PACK.values() for t in pack["form_titles"]]
    assert sum(any(t.startswith(title) for title in titles) for t in texts) >= 60  # web forms
    csv_like = 0
    for t in texts:
        lines = t.splitlines()
        for a, b in zip(lines, lines[1:], strict=False):
            if any(a.count(sep) >= 1 and a.count(sep) == b.count(sep) for sep in ",;\t"):
                if not re.search(r"\d", a) and ":" not in a:
                    csv_like += 1
                    break
    assert csv_like >= 40


def test_docstring() -> None:
    doc = pii_corpus_vault.__doc__
    assert doc.splitlines()[0].startswith("A vault PII test corpus: ")
    assert "THIS CORPUS MUST NEVER BE USED FOR TUNING:" in doc
    for word in ("Locales", "Situations", "Shapes", "Labelling conventions"):
        assert word in doc, word
    assert all(len(line) <= 100 for line in doc.splitlines())


def test_command_line_writes_jsonl(tmp_path) -> None:
    path = tmp_path / "x.jsonl"
    assert main(["--n", "3", "--out", str(path)]) == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["locale"] for line in lines] == list(VAULT_LOCALES[:3])


def test_runs_as_a_script() -> None:
    script = REPO / "benchmarks" / "pii_corpus_vault.py"
    done = subprocess.run(
        [sys.executable, str(script), "--n", "2"], capture_output=True, text=True, cwd=REPO
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["locale"] for r in rows] == list(VAULT_LOCALES[:2])
    assert rows == build_vault_corpus(2)
