"""The ledger PII corpus: deterministic, well-formed, valid values, every occurrence labelled."""

from __future__ import annotations

import ipaddress
import json
import os
import re
import subprocess
import sys
import uuid
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

from benchmarks import pii_corpus_ledger
from benchmarks.pii_corpus import TYPES, check_doc, luhn_valid
from benchmarks.pii_corpus_ledger import (
    COUNTRY,
    IBAN_COUNTRIES,
    LEDGER_LOCALES,
    LEDGER_NEGATIVE_KINDS,
    LEDGER_TYPES,
    PACK,
    REGION,
    SHAPES,
    SITUATIONS,
    build_ledger_corpus,
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
IBAN_LENGTHS = {"CH": 21, "LI": 21, "BE": 16, "NL": 18, "FI": 18, "IT": 27, "IE": 22, "GB": 22}
IBAN_LENGTHS |= {"DE": 22, "FR": 27, "ES": 24, "LU": 20}
BIRTH = r"birth|born|dob|geb|naissance|n[ée]e? le|né\(e\)|nacimiento|nac[íi.]|nascita|nat[oa]"
BIRTH += r"|geboren|geboorte|syntyn|syntymä"


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return build_ledger_corpus(N, seed=0)


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def test_deterministic_and_seeded(docs: list[dict]) -> None:
    assert build_ledger_corpus(50, seed=0) == docs[:50]
    assert build_ledger_corpus(50, seed=1) != docs[:50]


def test_module_constants() -> None:
    assert set(LEDGER_TYPES) == set(TYPES) - {"cpf", "cnpj"}
    assert len(LEDGER_LOCALES) == 10 and set(REGION) == set(LEDGER_LOCALES)
    assert {"en_NZ", "de_CH", "fr_BE", "es_AR", "fi_FI"} <= set(LEDGER_LOCALES)
    assert REGION["fi_FI"] == "FI" and REGION["es_AR"] == "AR" and REGION["de_CH"] == "CH"
    assert len(LEDGER_NEGATIVE_KINDS) >= 25
    assert len(set(LEDGER_NEGATIVE_KINDS)) == len(LEDGER_NEGATIVE_KINDS)
    assert len(SITUATIONS) >= 12 and len(SHAPES) >= 12


def test_packs_cover_every_situation_in_every_language() -> None:
    assert set(PACK) == {"en", "de", "fr", "es", "it", "nl", "fi"}
    for lang, pack in PACK.items():
        assert set(pack["sit"]) == set(SITUATIONS), lang
        for situation, (subjects, bodies, refs) in pack["sit"].items():
            assert subjects and len(bodies) >= 3 and refs, (lang, situation)
            assert all(kind in LEDGER_NEGATIVE_KINDS for _, kind in refs), (lang, situation)
        say = set(pack["say"]) | ({"ssn"} if lang != "en" else set())
        assert say == {"person", "phone", "email", "addr", "dob", "card", "iban", "ip", "ssn"} | {
            "secret",
            "urlcred",
        }, lang
        assert len(pack["neg"]) >= 12 and len(pack["note"]) >= 5, lang


def test_docs_are_well_formed(docs: list[dict]) -> None:
    assert len(docs) == N
    for d in docs:
        check_doc(d)
        assert d["text"] == d["text"].strip() and d["locale"] in LEDGER_LOCALES
        assert sorted(d["negatives"], key=lambda n: n["start"]) == d["negatives"]
        check_negatives(d, LEDGER_NEGATIVE_KINDS)


def test_every_occurrence_of_a_value_is_labelled(docs: list[dict]) -> None:
    check_every_occurrence_labelled(docs)


def test_locales_and_types(docs: list[dict]) -> None:
    assert Counter(d["locale"] for d in docs) == {loc: N // 10 for loc in LEDGER_LOCALES}
    assert [d["locale"] for d in docs[:10]] == list(LEDGER_LOCALES)
    per_locale: dict[str, Counter] = {loc: Counter() for loc in LEDGER_LOCALES}
    for d in docs:
        per_locale[d["locale"]].update(s["type"] for s in d["spans"])
    for loc, counts in per_locale.items():
        expected = set(LEDGER_TYPES) - ({"ssn"} if loc != "en_US" else set())
        assert set(counts) == expected, (loc, expected ^ set(counts))
        assert not counts["cpf"] and not counts["cnpj"]


def test_shares(docs: list[dict]) -> None:
    empty = sum(not d["spans"] for d in docs) / N
    with_negative = sum(bool(d["negatives"]) for d in docs) / N
    assert 0.11 <= empty <= 0.19, empty
    assert 0.52 <= with_negative <= 0.68, with_negative
    assert {n["kind"] for d in docs for n in d["negatives"]} == set(LEDGER_NEGATIVE_KINDS)
    assert all(1 <= len({s["type"] for s in d["spans"]}) <= 6 for d in docs if d["spans"])
    assert max(len(d["spans"]) for d in docs) <= 40
    # the docs without PII still carry look-alikes
    assert sum(bool(d["negatives"]) for d in docs if not d["spans"]) / (empty * N) >= 0.6


def test_phones_are_valid_for_their_locale(docs: list[dict]) -> None:
    styles = Counter()
    for d, v in span_values(docs, "phone"):
        number = phonenumbers.parse(v, REGION[d["locale"]])
        assert phonenumbers.is_valid_number(number), (d["locale"], v)
        assert phonenumbers.region_code_for_number(number) == REGION[d["locale"]], v
        styles[d["locale"], v.startswith(("+", "00"))] += 1
    for loc in LEDGER_LOCALES:  # national and international forms in every locale
        assert styles[loc, True] >= 5 and styles[loc, False] >= 10, loc
    phones = {v for _, v in span_values(docs, "phone")}
    for shape in ("(0)", "/", "-", "."):
        assert any(shape in v for v in phones), shape
    assert any(v.startswith("09 ") for v in phones) and any(v.startswith("+358 ") for v in phones)


def test_cards_ibans_ips_ssns(docs: list[dict]) -> None:
    for _, v in span_values(docs, "card"):
        digits = re.sub(r"[ -]", "", v)
        assert digits.isdigit() and len(digits) in (15, 16) and luhn_valid(digits), v
    for d, v in span_values(docs, "iban"):
        s = v.replace(" ", "")
        assert len(s) == IBAN_LENGTHS[s[:2]] and _mod97(s[4:] + s[:4]) == 1, v
        assert iban_valid(v) and s[:2] in IBAN_COUNTRIES[d["locale"]], v
    assert not iban_valid("FI2112345600000786") and iban_valid("FI2112345600000785")
    assert iban_valid("CH93 0076 2011 6238 5295 7") and not iban_valid("CH93 0076 2011 6238 5295")
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
    assert all(len(v) >= 12 and not re.search(r"[\s\"']", v) for v in secrets)
    prefixes = ("AKIA", "sk_live_", "rk_live_", "ghp_", "xoxb-", "AIza", "SG.", "eyJ", "sk-proj-")
    prefixes += ("glpat-", "npm_")
    assert {p for p in prefixes for v in secrets if v.startswith(p)} == set(prefixes)


def test_negatives_that_must_not_be_pii(docs: list[dict]) -> None:
    places = negative_values(docs, "street_only") + negative_values(docs, "city_only")
    assert places and not any(re.search(r"\d", v) for v in places)
    assert negative_values(docs, "private_ip")
    for v in negative_values(docs, "private_ip"):
        assert ipaddress.ip_address(v).is_private, v
    for v in negative_values(docs, "uuid"):
        assert str(uuid.UUID(v)) == v
    assert all(
        re.fullmatch(r"[0-9a-f]{7}|[0-9a-f]{40}", v) for v in negative_values(docs, "git_sha")
    )
    assert all(re.fullmatch(r"[0-9a-f]{32,64}", v) for v in negative_values(docs, "hash"))
    for v in negative_values(docs, "imei"):
        digits = re.sub(r"[ -]", "", v)
        assert len(digits) == 15 and luhn_valid(digits), v
    assert not any("@" in v for v in negative_values(docs))
    # serial, meter, customer and contract numbers that have a phone number's shape
    phone_shaped = Counter()
    for d in docs:
        for n in d["negatives"]:
            v = d["text"][n["start"] : n["end"]]
            if n["kind"] in ("serial_no", "meter_no", "customer_no", "contract_no", "order_id"):
                try:
                    number = phonenumbers.parse(v, REGION[d["locale"]])
                except phonenumbers.NumberParseException:
                    continue
                phone_shaped[n["kind"]] += phonenumbers.is_valid_number(number)
    assert phone_shaped["serial_no"] >= 20 and sum(phone_shaped.values()) >= 80, phone_shaped


def test_dob_is_announced_as_a_birth_date(docs: list[dict]) -> None:
    seen = 0
    for d in docs:
        text = d["text"]
        # a table's header row names the column; then it is a row of that table
        headers = [
            h for h in text.splitlines() if re.search(BIRTH, h, re.I) and not re.search(r"\d", h)
        ]
        for s in d["spans"]:
            if s["type"] == "dob":
                seen += 1
                around = text[max(0, s["start"] - 80) : s["end"] + 12]
                assert re.search(BIRTH, around, re.I) or headers, (around, text)
    assert seen >= 100


def test_address_formats(docs: list[dict]) -> None:
    addresses = [v for _, v in span_values(docs, "address")]
    assert 0.05 <= sum("\n" in a for a in addresses) / len(addresses) <= 0.5
    joined = "\n".join(addresses)
    boxes = ("PO Box", "Postfach", "Case postale", "BP ", "Boîte postale", "Casilla de Correo")
    boxes += ("Casella Postale", "Postbus", "PL ", "Private Bag")
    for word in boxes + ("Apt", "Suite", "Flat", "Unit", " bte ", "piso", "depto", "int.", "scala"):
        assert word in joined, word
    for word in ("c/o", "RD ", "RR ", "-II", " hs", "Wohnung", " as. ", "Co. "):
        assert word in joined, word
    assert re.search(r"\b\d+ [A-Z] \d+, \d{5} ", joined)  # Mannerheimintie 12 B 34, 00100 Helsinki
    for loc, countries in COUNTRY.items():
        assert any(c in joined for c in countries), loc
    for a in addresses:  # a house number, a box number or a postcode
        assert re.search(r"\d", a) and not a.startswith((" ", ",")), a
    box = re.compile("|".join(re.escape(b.strip()) for b in boxes))
    assert sum(bool(box.search(a)) for a in addresses) >= 50


def test_person_shapes(docs: list[dict]) -> None:
    names = [v for _, v in span_values(docs, "person")]
    assert sum(", " in n for n in names) >= 30  # Last, First
    assert sum(n.isupper() and len(n) > 5 for n in names) >= 20
    assert sum(n == n.lower() for n in names) >= 20  # small letters, chat handles
    assert sum("-" in n for n in names) >= 30
    particles = {"van", "de", "von", "di", "del", "der", "den", "ter", "ní", "mac", "dal", "lo"}
    assert sum(bool(set(n.lower().split()[1:-1]) & particles) for n in names) >= 30
    assert sum(" " not in n for n in names) >= 300  # first names alone: greetings, sign-offs
    assert not any(n != n.strip() or "\n" in n for n in names)
    finnish = [v for d, v in span_values(docs, "person") if d["locale"] == "fi_FI"]
    assert any(re.search(r"nen\b", n) for n in finnish)
    spoken = [d for d in docs if re.search(r"spoke to \w+|telefoniert|au téléphone", d["text"])]
    assert len(spoken) >= 5


def test_shapes_occur(docs: list[dict]) -> None:
    texts = [d["text"] for d in docs]
    assert sum(bool(re.search(r"^> \S", t, re.M)) for t in texts) >= 80  # quoted replies
    assert sum("---------- " in t for t in texts) >= 60  # forwarded
    chat = r"^(\[\d\d:\d\d\] |\S.* \(\d\d:\d\d\): |\d\d/\d\d/\d{4}, \d\d:\d\d - |<[^>]+> )"
    assert sum(bool(re.search(chat, t, re.M)) for t in texts) >= 60  # chats
    assert sum('"customer": {' in t for t in texts) >= 20  # JSON
    log = r"^(\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\[\d\d/\d\d/\d{4} )"
    assert sum(bool(re.search(log, t, re.M)) for t in texts) >= 40  # logs
    assert sum("<p>" in t or "<div" in t or "<table>" in t for t in texts) >= 60  # HTML remnants
    assert sum("|---|" in t for t in texts) >= 40  # markdown tables
    assert sum(bool(re.search(r"```(yaml|env|ini)|^\[\w+\]$", t, re.M)) for t in texts) >= 40
    titles = [t for pack in PACK.values() for t in pack["form_titles"]]
    assert sum(any(t.startswith(title) for title in titles) for t in texts) >= 60  # web forms
    assert sum(bool(re.search(r"^(Ticket|Tiketti) #", t)) for t in texts) >= 60
    csv_like = 0
    for t in texts:
        lines = t.splitlines()
        for a, b in zip(lines, lines[1:], strict=False):
            if any(a.count(sep) >= 1 and a.count(sep) == b.count(sep) for sep in ",;\t"):
                if not re.search(r"\d", a) and ":" not in a:
                    csv_like += 1
                    break
    assert csv_like >= 60


def test_language_markers(docs: list[dict]) -> None:
    by_locale: dict[str, str] = {}
    for d in docs:
        by_locale[d["locale"]] = by_locale.get(d["locale"], "") + "\n" + d["text"]
    assert "Grüezi" in by_locale["de_CH"] and "Grüsse" in by_locale["de_CH"]
    assert "ß" not in by_locale["de_CH"] and "Natel" in by_locale["de_CH"]
    assert "¿cómo andás?" in by_locale["es_AR"] and "podés" in by_locale["es_AR"]
    assert "Ystävällisin terveisin" in by_locale["fi_FI"] and "syntynyt" in by_locale["fi_FI"]
    assert "Kia ora" in by_locale["en_NZ"] and "GSM" in by_locale["fr_BE"]


def test_docstring() -> None:
    doc = pii_corpus_ledger.__doc__
    assert doc.splitlines()[0].startswith("A ledger PII test corpus: ")
    assert "THIS CORPUS MUST NEVER BE USED FOR TUNING:" in doc
    for word in ("Locales", "Situations", "Shapes", "Labelling conventions"):
        assert word in doc, word
    assert all(len(line) <= 100 for line in doc.splitlines())


def test_command_line_writes_jsonl(tmp_path) -> None:
    path = tmp_path / "x.jsonl"
    assert main(["--n", "3", "--out", str(path)]) == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["locale"] for line in lines] == list(LEDGER_LOCALES[:3])


def test_runs_as_a_script_whatever_the_hash_seed() -> None:
    script = REPO / "benchmarks" / "pii_corpus_ledger.py"
    for hash_seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, str(script), "--n", "12"],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=os.environ | {"PYTHONHASHSEED": hash_seed},
        )
        assert done.returncode == 0, done.stderr
        rows = [json.loads(line) for line in done.stdout.splitlines()]
        assert [r["locale"] for r in rows] == list(LEDGER_LOCALES) + list(LEDGER_LOCALES[:2])
        assert rows == build_ledger_corpus(12)
