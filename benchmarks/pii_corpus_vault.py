"""A vault PII test corpus: labelled support mail in ten locales, written for measuring only.

THIS CORPUS MUST NEVER BE USED FOR TUNING: do not look at what a detector misses (or wrongly
flags) on it and then change the detector, its patterns, word lists or thresholds. Once it has
been used for tuning it is spent and says nothing about unseen text any more; write a new one.

    python benchmarks/pii_corpus_vault.py --n 20            # JSONL on stdout
    python benchmarks/pii_corpus_vault.py --n 2000 --out vault.jsonl

Locales (taking turns, each doc in its locale's language): en_US, en_GB, en_AU, de_AT (Austrian
German: "Grüß Gott", "Jänner", Stiege/Tür), fr_FR, es_MX, pt_BR, pt_PT, da_DK and no_NO (Faker
locale no_NO, phone region NO). Phones are valid numbers of the doc's country, in its local
styles (national with spaces, dashes, dots or slashes; +CC, 00CC, "(0)", "(+351)").

Situations: e-commerce deliveries, returns and refunds, SaaS account access, IT helpdesk,
banking, insurance claims, travel and airlines, energy and utilities, healthcare appointments,
rentals and property, HR and payroll, government forms (tax, benefits) and telecom.

Shapes: prose e-mails (from the customer or from an agent, some with From/To/Subject headers),
short notes, HTML remnants, quoted replies ("> "), forwarded mails, chat transcripts
("[10:02] Mette: ..."), web-form dumps ("Field: value"), CSV/TSV/semicolon exports with a
header row, log lines, JSON snippets, markdown tables and .env/YAML config snippets.

About 15% of docs hold no PII; about 60% hold planted hard negatives (refs, serials, tracking
numbers, phone-shaped part numbers, amounts, non-birth dates, lone streets/cities/postcodes,
company and product names, hostnames, private IPs, uuids, hashes, ...), never overlapping a span.
Each language has its own templates (every situation, mails by customers and by agents, notes,
chats, replies, PII-free notices), written for it rather than translated word for word; the
tables, forms, logs and JSON are built field by field with the language's labels. Names come
from Faker's locales; streets, cities and postcodes are real, house numbers and boxes made up.

Labelling conventions:
- text[start:end] is exactly the value; titles (Mr, Frau, Mme, Sr., Hr., Fru, Dr), field labels
  ("Phone:"), extensions, quotes and brackets around a value stay outside the span.
- Every occurrence of a value is labelled: greetings, sign-offs, signatures, headers, quoted
  lines and chat speaker labels too. A name inside a labelled e-mail counts as covered.
- person: a name, full or partial (first name alone, surname after a title, "Last, First",
  ALL CAPS, lower case, initial plus surname); agents' and third parties' names as well.
- address: a street address with a house number, or a PO box (PO Box, Postfach, BP, Apartado,
  Caixa Postal, Postboks), of a person or a delivery. One span runs from the unit, c/o or street
  line through postcode and city, plus the country line when present, also across lines. A
  name on a c/o (A/C) line is part of the address span and not labelled on its own. A street,
  city or postcode alone is not an address (those are negatives).
- email: every e-mail address, role addresses (support@...) included. phone: every valid phone
  number, a company's hotline included. card: Luhn-valid PANs. iban: mod-97 valid, the
  country's length (foreign IBANs occur where a locale has none). ssn: only in en_US docs.
- ip: public addresses only (private ones are negatives). dob: only where the text makes it
  clear that the date is a birth date (a label, "born", "geb.", "født", a column header).
- secret: the key, token or password itself (not "Bearer ", not the variable name);
  url_credentials: the whole URL that carries user:password@.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
import sys
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from faker import Faker

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pii_corpus import (  # noqa: E402
    TYPES,
    assemble_doc,
    corpus_main,
    every_occurrence_labelled,
    luhn_valid,
)

VAULT_LOCALES = (
    "en_US",
    "en_GB",
    "en_AU",
    "de_AT",
    "fr_FR",
    "es_MX",
    "pt_BR",
    "pt_PT",
    "da_DK",
    "no_NO",
)
REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "en_AU": "AU",
    "de_AT": "AT",
    "fr_FR": "FR",
    "es_MX": "MX",
    "pt_BR": "BR",
    "pt_PT": "PT",
    "da_DK": "DK",
    "no_NO": "NO",
}
LANG = {
    "en_US": "en",
    "en_GB": "en",
    "en_AU": "en",
    "de_AT": "de",
    "fr_FR": "fr",
    "es_MX": "es",
    "pt_BR": "ptBR",
    "pt_PT": "ptPT",
    "da_DK": "da",
    "no_NO": "no",
}
VAULT_TYPES = tuple(t for t in TYPES if t not in ("cpf", "cnpj"))
VAULT_NEGATIVE_KINDS = (
    "order_ref",
    "ticket_ref",
    "invoice_ref",
    "tracking_no",
    "serial_no",
    "sku",
    "version",
    "timestamp",
    "amount",
    "iso_date_not_dob",
    "date_not_dob",
    "street_only",
    "city_only",
    "postcode_only",
    "company_name",
    "product_name",
    "hostname",
    "private_ip",
    "uuid",
    "hash",
    "git_sha",
    "account_label",
    "plain_number",
    "customer_no",
    "booking_ref",
    "policy_ref",
    "meter_no",
    "flight_no",
    "voucher_code",
    "url_plain",
    "ean",
)
NO_PII_SHARE = 0.15
PLANT_SHARE = 0.6  # docs whose optional negative segments are kept (templates add the rest)

Piece = tuple[str, str | None, str | None]
DIGITS = string.digits
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits


def _d(r, n: int) -> str:
    return "".join(r.choice(DIGITS) for _ in range(n))


def _pick(r, options, weights=None):
    return r.choices(options, weights)[0] if weights else r.choice(options)


# ---------------------------------------------------------------------------------------------
# Phones: random numbers in each country's plan, kept only when phonenumbers calls them valid
# ---------------------------------------------------------------------------------------------

US_AREAS = (
    "201 202 206 212 213 214 215 216 248 253 262 267 301 303 305 312 313 314 317 319 347 360"
    " 402 404 405 406 407 408 410 412 414 415 425 480 503 504 505 512 513 515 518 520 530 541"
    " 573 585 602 608 612 614 615 617 619 626 630 646 651 702 703 704 713 720 727 732 773 801"
    " 802 804 810 813 816 817 832 843 847 858 859 860 901 904 907 916 917 919 952 971 978"
).split()
GB_AREAS = ("113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161")
GB_AREAS5 = ("1865", "1603", "1904", "1273", "1225", "1392", "1223", "1752")


def _ph_us(r) -> str:
    a, e, ln = r.choice(US_AREAS), str(r.randint(2, 9)) + _d(r, 2), _d(r, 4)
    if e[1:] == "11" or e == "555":
        return ""
    nat = [f"({a}) {e}-{ln}", f"{a}-{e}-{ln}", f"{a}.{e}.{ln}", f"{a} {e} {ln}"]
    intl = [f"+1 {a} {e} {ln}", f"+1 ({a}) {e}-{ln}", f"+1-{a}-{e}-{ln}", f"+1 {a}-{e}-{ln}"]
    return r.choice(nat if r.random() < 0.6 else intl)


def _ph_gb(r) -> str:
    k = r.random()
    if k < 0.45:
        a, b = "7" + r.choice("123459") + _d(r, 2), _d(r, 6)
        nat, intl = [f"0{a} {b}", f"0{a}{b}", f"0{a} {b[:3]} {b[3:]}"], [f"+44 {a} {b}"]
        intl += [f"+44 (0){a} {b}", f"0044 {a} {b}", f"+44{a}{b}"]
    elif k < 0.7:
        a, b = "20", r.choice("378") + _d(r, 3) + " " + _d(r, 4)
        nat, intl = [f"020 {b}", f"(020) {b}"], [f"+44 20 {b}", f"+44 (0)20 {b}"]
    elif k < 0.9:
        a, b = r.choice(GB_AREAS), r.choice("2345789") + _d(r, 2) + " " + _d(r, 4)
        nat, intl = [f"0{a} {b}", f"(0{a}) {b}"], [f"+44 {a} {b}", f"+44 (0){a} {b}"]
    else:
        a, b = r.choice(GB_AREAS5), r.choice("2345678") + _d(r, 5)
        nat, intl = [f"0{a} {b}", f"(0{a}) {b}"], [f"+44 {a} {b}", f"+44 (0){a} {b}"]
    return r.choice(nat if r.random() < 0.6 else intl)


def _ph_au(r) -> str:
    if r.random() < 0.55:
        a, b, c = "4" + _d(r, 2), _d(r, 3), _d(r, 3)
        nat, intl = [f"0{a} {b} {c}", f"0{a}{b}{c}", f"0{a}-{b}-{c}"], [f"+61 {a} {b} {c}"]
        intl += [f"+61{a}{b}{c}", f"0061 {a} {b} {c}", f"+61 (0){a} {b} {c}"]
    else:
        area = r.choice("2378")
        first = {"2": "98", "3": "98", "7": "3", "8": "98"}[area]
        b, c = r.choice(first) + _d(r, 3), _d(r, 4)
        nat, intl = [f"(0{area}) {b} {c}", f"0{area} {b} {c}", f"0{area} {b}{c}"], []
        intl += [f"+61 {area} {b} {c}", f"0061 {area} {b} {c}"]
    return r.choice(nat if r.random() < 0.6 else intl)


def _ph_at(r) -> str:
    if r.random() < 0.55:
        a = r.choice(("650", "660", "664", "676", "680", "681", "688", "699"))
        b = _d(r, 7)
        nat = [f"0{a} {b}", f"0{a}/{b}", f"0{a} {b[:3]} {b[3:5]} {b[5:]}", f"0{a}-{b}"]
        intl = [f"+43 {a} {b}", f"+43 (0){a} {b[:3]} {b[3:5]} {b[5:]}", f"0043 {a} {b}"]
    else:
        a, n = r.choice((("1", 7), ("316", 6), ("732", 6), ("662", 6), ("512", 6), ("463", 6)))
        b = r.choice("2345689") + _d(r, n - 1)
        nat = [f"0{a} {b}", f"0{a}/{b}", f"(0{a}) {b}"]
        intl = [f"+43 {a} {b}", f"+43 (0){a} {b}", f"0043 {a} {b}"]
    return r.choice(nat if r.random() < 0.6 else intl)


def _ph_fr(r) -> str:
    a = r.choice("6677123459")
    p = [a] + [_d(r, 2) for _ in range(4)]
    if a == "7":
        p[1] = str(r.randint(3, 8)) + _d(r, 1)
    nat = [
        "0" + " ".join(p),
        "0" + ".".join(p),
        "0" + "".join(p),
        "0" + "-".join(p),
    ]
    intl = [
        "+33 " + " ".join(p),
        "+33 (0)" + " ".join(p),
        "0033 " + " ".join(p),
        "+33" + "".join(p),
    ]
    return r.choice(nat if r.random() < 0.6 else intl)


def _ph_mx(r) -> str:
    if r.random() < 0.6:
        a, b, c = r.choice(("55", "55", "33", "81")), _d(r, 4), _d(r, 4)
    else:
        a, b, c = r.choice(("222", "442", "998", "999", "477", "614")), _d(r, 3), _d(r, 4)
    b = r.choice("2345689") + b[1:]
    nat = [f"{a} {b} {c}", f"({a}) {b} {c}", f"{a}-{b}-{c}", f"({a}) {b}-{c}", f"{a}{b}{c}"]
    intl = [f"+52 {a} {b} {c}", f"+52 ({a}) {b} {c}", f"+52 {a}{b}{c}", f"0052 {a} {b} {c}"]
    return r.choice(nat if r.random() < 0.6 else intl)


def _ph_br(r) -> str:
    ddd = r.choice(("11", "11", "21", "31", "41", "51", "61", "71", "81", "19", "48", "85", "62"))
    if r.random() < 0.65:
        b, c = "9" + r.choice("6789") + _d(r, 3), _d(r, 4)
    else:
        b, c = r.choice("2345") + _d(r, 3), _d(r, 4)
    nat = [f"({ddd}) {b}-{c}", f"{ddd} {b}-{c}", f"({ddd}){b}-{c}", f"({ddd}) {b} {c}"]
    intl = [f"+55 {ddd} {b}-{c}", f"+55 ({ddd}) {b}-{c}", f"+55 {ddd} {b}{c}"]
    return r.choice(nat if r.random() < 0.6 else intl)


def _ph_pt(r) -> str:
    if r.random() < 0.6:
        n = r.choice(("91", "92", "93", "96")) + _d(r, 7)
    else:
        n = r.choice(("21", "22", "23", "25", "26", "28", "29")) + r.choice("12345789") + _d(r, 6)
    g = f"{n[:3]} {n[3:6]} {n[6:]}"
    nat = [g, n, g, g if n[0] == "9" else f"{n[:2]} {n[2:5]} {n[5:]}"]
    intl = [f"+351 {g}", f"00351 {g}", f"(+351) {g}", f"+351{n}"]
    return r.choice(nat if r.random() < 0.6 else intl)


def _ph_dk(r) -> str:
    n = r.choice(("2", "3", "4", "5", "6", "7", "8", "9")) + _d(r, 7)
    pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
    nat = [pairs, n, f"{n[:4]} {n[4:]}", pairs]
    intl = [f"+45 {pairs}", f"+45 {n}", f"0045 {pairs}", f"+45 {n[:4]} {n[4:]}"]
    return r.choice(nat if r.random() < 0.6 else intl)


def _ph_no(r) -> str:
    if r.random() < 0.6:
        n = r.choice("49") + _d(r, 7)
        g = f"{n[:3]} {n[3:5]} {n[5:]}"
    else:
        n = r.choice(("22", "23", "55", "51", "73", "77", "38", "69")) + _d(r, 6)
        g = " ".join(n[i : i + 2] for i in range(0, 8, 2))
    nat = [g, n, g]
    intl = [f"+47 {g}", f"+47 {n}", f"0047 {g}", f"+47{n}"]
    return r.choice(nat if r.random() < 0.6 else intl)


PHONE_MAKERS = {
    "US": _ph_us,
    "GB": _ph_gb,
    "AU": _ph_au,
    "AT": _ph_at,
    "FR": _ph_fr,
    "MX": _ph_mx,
    "BR": _ph_br,
    "PT": _ph_pt,
    "DK": _ph_dk,
    "NO": _ph_no,
}


def phone_valid(number: str, region: str) -> bool:
    """True when `number` is a valid phone number of `region` (phonenumbers' metadata)."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return False
    ok = phonenumbers.is_valid_number(parsed)
    return ok and phonenumbers.region_code_for_number(parsed) == region


def make_phone(r, region: str, international: bool | None = None) -> str:
    """A valid number of `region` in one of its written styles (international or not)."""
    for _ in range(400):
        s = PHONE_MAKERS[region](r)
        if not s or not phone_valid(s, region):
            continue
        if international is None or s.startswith(("+", "00", "(+")) == international:
            return s
    raise RuntimeError(f"no valid {region} phone")


# ---------------------------------------------------------------------------------------------
# Cards, IBANs, SSNs, IPs, secrets, credentials in URLs
# ---------------------------------------------------------------------------------------------

CARD_PREFIXES = (("4", 16, 40), ("51", 16, 8), ("53", 16, 8), ("55", 16, 8), ("2221", 16, 3))
CARD_PREFIXES += (("2720", 16, 2), ("34", 15, 6), ("37", 15, 8), ("6011", 16, 5), ("35", 16, 3))


def make_card(r) -> str:
    """A Luhn-valid PAN (Visa, Mastercard, Amex, Discover, JCB), grouped as people write it."""
    prefix, length, _ = r.choices(CARD_PREFIXES, [w for *_, w in CARD_PREFIXES])[0]
    body = prefix + _d(r, length - len(prefix) - 1)
    check = next(str(c) for c in range(10) if luhn_valid(body + str(c)))
    pan = body + check
    if length == 15:
        groups = [pan[:4], pan[4:10], pan[10:]]
    else:
        groups = [pan[i : i + 4] for i in range(0, 16, 4)]
    return _pick(r, [" ".join(groups), "-".join(groups), pan], [6, 2, 2])


IBAN_LENGTHS = {"AT": 20, "DE": 22, "GB": 22, "IE": 22, "FR": 27, "ES": 24, "PT": 25}
IBAN_LENGTHS |= {"BR": 29, "DK": 18, "NO": 15, "NL": 18}
IBAN_COUNTRIES = {
    "en_US": ("DE", "GB", "IE", "NL", "FR"),
    "en_GB": ("GB", "GB", "GB", "IE"),
    "en_AU": ("GB", "IE", "DE", "NL"),
    "de_AT": ("AT", "AT", "AT", "DE"),
    "fr_FR": ("FR", "FR", "FR", "ES"),
    "es_MX": ("ES", "ES", "DE", "FR"),
    "pt_BR": ("BR", "BR", "BR", "PT"),
    "pt_PT": ("PT", "PT", "PT", "ES"),
    "da_DK": ("DK", "DK", "DK", "NO"),
    "no_NO": ("NO", "NO", "NO", "DK"),
}
GB_BANKS = ("BARC", "NWBK", "LOYD", "HBUK", "MIDL", "BUKB", "SRLG", "MONZ")


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_valid(iban: str) -> bool:
    """True when `iban` (spaces allowed) has its country's length and passes mod 97."""
    s = iban.replace(" ", "")
    ok_shape = s[:2] in IBAN_LENGTHS and len(s) == IBAN_LENGTHS[s[:2]] and s[2:4].isdigit()
    return ok_shape and s.isalnum() and _mod97(s[4:] + s[:4]) == 1


def _fr_bban(r) -> str:
    bank, branch, acct = _d(r, 5), _d(r, 5), _d(r, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return f"{bank}{branch}{acct}{key:02d}"


def _es_bban(r) -> str:
    w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    bank, branch, acct = _d(r, 4), _d(r, 4), _d(r, 10)

    def dc(s: str) -> str:
        v = 11 - sum(int(c) * k for c, k in zip(s, w, strict=True)) % 11
        return str({10: 1, 11: 0}.get(v, v))

    return bank + branch + dc("00" + bank + branch) + dc(acct) + acct


def _pt_bban(r) -> str:
    body = _d(r, 19)
    return body + f"{98 - int(body + '00') % 97:02d}"


def _no_bban(r) -> str:
    while True:
        body = _d(r, 10)
        v = (
            11
            - sum(int(c) * k for c, k in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
            % 11
        )
        if v != 10:
            return body + str(v % 11)


BBAN_MAKERS = {
    "AT": lambda r: _d(r, 16),
    "DE": lambda r: _d(r, 18),
    "GB": lambda r: r.choice(GB_BANKS) + _d(r, 14),
    "IE": lambda r: r.choice(("AIBK", "BOFI", "IPBS")) + _d(r, 14),
    "NL": lambda r: r.choice(("ABNA", "INGB", "RABO", "TRIO")) + _d(r, 10),
    "FR": _fr_bban,
    "ES": _es_bban,
    "PT": _pt_bban,
    "BR": lambda r: _d(r, 23) + r.choice("CP") + r.choice("123456789ABC"),
    "DK": lambda r: _d(r, 14),
    "NO": _no_bban,
}


def make_iban(r, country: str) -> str:
    """A mod-97 valid IBAN of `country` (national check digits too for FR, ES, PT, NO)."""
    bban = BBAN_MAKERS[country](r)
    check = 98 - _mod97(bban + country + "00")
    iban = f"{country}{check:02d}{bban}"
    assert iban_valid(iban), iban
    if r.random() < 0.3:
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def make_ssn(r) -> str:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    group, serial = r.randint(1, 99), r.randint(1, 9999)
    sep = _pick(r, ["-", " ", "-"])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


IPV6_PREFIXES = (0x2A01, 0x2A02, 0x2A00, 0x2600, 0x2804, 0x2A05, 0x2001)


def make_ip(r) -> str:
    """A public (globally routable) IPv4 or, now and then, IPv6 address."""
    while True:
        if r.random() < 0.85:
            ip = ipaddress.IPv4Address(r.getrandbits(32))
        else:
            ip = ipaddress.IPv6Address((r.choice(IPV6_PREFIXES) << 112) | r.getrandbits(112))
        if ip.is_global and not ip.is_multicast and not ip.is_reserved:
            return str(ip)


def make_private_ip(r) -> str:
    k = r.random()
    if k < 0.4:
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    if k < 0.75:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"


def _rs(r, n: int, alphabet: str = ALNUM) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _b64url(r, n: int) -> str:
    return _rs(r, n, ALNUM + "-_")


def make_secret(r) -> tuple[str, str]:
    """(variable name a config would use, a realistic key or token)."""
    k = r.randrange(11)
    low_hex = "0123456789abcdef"
    if k == 0:
        return "AWS_ACCESS_KEY_ID", "AKIA" + _rs(r, 16, UPPER + "234567")
    if k == 1:
        return "AWS_SECRET_ACCESS_KEY", _rs(r, 40, ALNUM + "+/")
    if k == 2:
        return "STRIPE_SECRET_KEY", r.choice(("sk_live_", "rk_live_")) + _rs(r, 24)
    if k == 3:
        return "GITHUB_TOKEN", "ghp_" + _rs(r, 36)
    if k == 4:
        return "SLACK_BOT_TOKEN", f"xoxb-{_d(r, 12)}-{_d(r, 13)}-{_rs(r, 24)}"
    if k == 5:
        return "GOOGLE_API_KEY", "AIza" + _b64url(r, 35)
    if k == 6:
        return "SENDGRID_API_KEY", f"SG.{_b64url(r, 22)}.{_b64url(r, 43)}"
    if k == 7:
        jwt = f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ{_b64url(r, 60)}.{_b64url(r, 43)}"
        return "ACCESS_TOKEN", jwt
    if k == 8:
        return "OPENAI_API_KEY", "sk-proj-" + _b64url(r, 48)
    if k == 9:
        return "MAILGUN_API_KEY", "key-" + _rs(r, 32, low_hex)
    return "TWILIO_AUTH_TOKEN", _rs(r, 32, low_hex)


PW_WORDS = ("Sommer", "Tiger", "Falcon", "Bacalhau", "Fjord", "Nordlys", "Koala", "Tacos")


def make_password(r) -> str:
    if r.random() < 0.5:
        return _rs(r, r.randint(12, 18), ALNUM + "!#%&*?$")
    return f"{r.choice(PW_WORDS)}{r.choice('!#?%&')}{_d(r, 4)}{_rs(r, 3, UPPER)}"


URL_USERS = ("app", "deploy", "svc_backup", "admin", "readonly", "etl_user", "ci-bot", "grafana")


def make_urlcred(r, slug: str, tld: str) -> str:
    user, pw = r.choice(URL_USERS), _rs(r, r.randint(10, 20), ALNUM + "%!~*")
    k = r.randrange(7)
    if k == 0:
        return f"postgres://{user}:{pw}@db-prod.{slug}.{tld}:5432/orders"
    if k == 1:
        return f"mysql://{user}:{pw}@{slug}-db.{tld}:3306/shop"
    if k == 2:
        c = _rs(r, 5, string.ascii_lowercase + DIGITS)
        return f"mongodb+srv://{user}:{pw}@cluster0.{c}.mongodb.net/app"
    if k == 3:
        return f"redis://default:{pw}@cache.{slug}.{tld}:6379/0"
    if k == 4:
        return f"https://{user}:{pw}@git.{slug}.{tld}/infra/deploy.git"
    if k == 5:
        return f"ftp://{user}:{pw}@files.{slug}.{tld}/export/"
    return f"amqp://{user}:{pw}@mq.{slug}.{tld}:5672/%2f"


# ---------------------------------------------------------------------------------------------
# People: Faker's names per locale, shaped the way each country writes them
# ---------------------------------------------------------------------------------------------


@dataclass
class Person:
    """A name and everything that belongs to it; values are drawn once per doc and reused."""

    gender: str  # "m" or "f"
    first: str  # the given name(s) used in greetings
    last: str  # the surname used after a title
    surnames: str  # all surnames, particles included
    full: str
    values: dict = field(default_factory=dict)


DK_MIDDLE = ("Kjær", "Holm", "Juul", "Lund", "Bech", "Dahl", "Skov", "Bak", "Krogh", "Vestergaard")
NO_COMPOUND = ("Ole-Martin", "Anne-Marie", "Kari-Anne", "Per-Erik", "Hans-Petter", "Mari-Ann")
EN_PARTICLES = ("van Dijk", "de Souza", "van der Merwe", "De Luca", "van Houten", "de Vries")
DE_PARTICLES = ("von Auersperg", "von Stein", "von Hohenberg", "van Dyk", "von Sternbach")
FR_PARTICLES = (
    "de Villiers",
    "de La Fontaine",
    "d'Aubigné",
    "d'Ornano",
    "du Plessis",
    "de Montigny",
)
ES_PARTICLES = ("de la Cruz", "de la Garza", "de la Rosa", "de León", "del Río", "de los Santos")
PT_PARTICLES = ("da Silva", "dos Santos", "de Oliveira", "da Costa", "de Souza", "das Neves")
PT_PARTICLES += ("do Carmo", "da Conceição", "dos Reis", "de Almeida", "da Cunha", "do Nascimento")


def _surname(r, fake, hyphen: float, particles: tuple = (), p_particle: float = 0.0) -> str:
    """Faker's surname; now and then hyphenated, or one of the locale's surnames with a particle
    (von, van, de, d', da, dos, de la ...)."""
    last = fake.last_name()
    if r.random() < hyphen:
        other = fake.last_name()
        if other != last:
            last = f"{last}-{other}"
    elif particles and r.random() < p_particle:
        return r.choice(particles)
    return last


def make_person(r, fake, loc: str) -> Person:
    """A person of `loc`: double surnames in es/pt, particles, hyphens, compound first names."""
    g = r.choice("mf")
    first = fake.first_name_male() if g == "m" else fake.first_name_female()
    lang = LANG[loc]
    if lang == "en":
        last = _surname(r, fake, 0.08, EN_PARTICLES, 0.04)
        middle = f" {r.choice(UPPER)}." if loc == "en_US" and r.random() < 0.15 else ""
        return Person(g, first, last, last, f"{first}{middle} {last}")
    if lang == "de":
        last = _surname(r, fake, 0.12, DE_PARTICLES, 0.06)
        return Person(g, first, last, last, f"{first} {last}")
    if lang == "fr":
        last = _surname(r, fake, 0.1, FR_PARTICLES, 0.08)
        return Person(g, first, last, last, f"{first} {last}")
    if lang == "es":
        l1 = _surname(r, fake, 0.0, ES_PARTICLES, 0.06)
        l2 = fake.last_name() if r.random() < 0.75 else ""
        surnames = f"{l1} {l2}".strip()
        return Person(g, first, l1, surnames, f"{first} {surnames}")
    if lang in ("ptBR", "ptPT"):
        l2 = _surname(r, fake, 0.0, PT_PARTICLES, 0.2)
        l1 = _surname(r, fake, 0.0, PT_PARTICLES, 0.15) if r.random() < 0.6 else ""
        surnames = f"{l1} {l2}".strip() if l1 != l2 else l2
        return Person(g, first, l2, surnames, f"{first} {surnames}")
    if lang == "da":
        last = _surname(r, fake, 0.08)
        mid = r.choice(DK_MIDDLE) if r.random() < 0.3 else ""
        surnames = f"{mid} {last}".strip()
        return Person(g, first, last, surnames, f"{first} {surnames}")
    if r.random() < 0.1:
        first = r.choice(NO_COMPOUND)
        g = "f" if first in ("Anne-Marie", "Kari-Anne", "Mari-Ann") else "m"
    last = _surname(r, fake, 0.07)
    return Person(g, first, last, last, f"{first} {last}")


FOLD = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "Ø": "O", "Æ": "AE", "'": "", " ": ""})


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_")).lower()


MAIL_DOMAINS = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "att.net"),
    "en_GB": ("gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"),
    "en_AU": ("gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"),
    "de_AT": ("gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.at"),
    "fr_FR": ("gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr"),
    "es_MX": ("gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "prodigy.net.mx"),
    "pt_BR": ("gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br"),
    "pt_PT": ("gmail.com", "sapo.pt", "hotmail.com", "netcabo.pt", "outlook.pt"),
    "da_DK": ("gmail.com", "hotmail.dk", "mail.dk", "outlook.dk", "live.dk", "youmail.dk"),
    "no_NO": ("gmail.com", "online.no", "hotmail.no", "outlook.com", "live.no", "icloud.com"),
}


def make_email(r, p: Person, loc: str) -> str:
    f = ascii_fold(p.first.split()[0].split("-")[0])
    ln = ascii_fold(p.last.split()[-1])
    yy = str(r.randint(60, 99) if r.random() < 0.6 else r.randint(1, 99))
    local = _pick(
        r,
        [f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{yy}", f"{ln}.{f}", f"{f}_{ln}", f"{f}{yy}"],
        [5, 3, 2, 1, 1, 1],
    )
    if r.random() < 0.06:
        local = local.capitalize()
    return f"{local}@{r.choice(MAIL_DOMAINS[loc])}"


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre"
    " diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro"
    " dezembro",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def fmt_date(r, loc: str, y: int, m: int, d: int) -> str:
    """A date as people in `loc` write it (numeric and with month names, ISO now and then)."""
    lang = LANG[loc][:2]
    mon = MONTHS[lang][m - 1]
    iso = f"{y}-{m:02d}-{d:02d}"
    if loc == "en_US":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{mon[:3]} {d}, {y}"]
    elif lang == "en":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d} {mon[:3]} {y}", f"{d}/{m}/{y}"]
    elif lang == "de":
        opts = [f"{d:02d}.{m:02d}.{y}", f"{d}. {mon} {y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}"]
    elif lang == "fr":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}"]
    elif lang in ("es", "pt"):
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} de {mon} de {y}", f"{d:02d}/{m:02d}/{y}"]
        if loc == "pt_PT":
            opts.append(f"{d:02d}-{m:02d}-{y}")
    elif lang == "da":
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}. {mon} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m} {y}"]
    else:
        opts = [f"{d:02d}.{m:02d}.{y}", f"{d}. {mon} {y}", f"{d:02d}.{m:02d}.{y}"]
    return iso if r.random() < 0.04 else r.choice(opts)


def rand_ymd(r, y0: int, y1: int) -> tuple[int, int, int]:
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)


# ---------------------------------------------------------------------------------------------
# Places: real cities, postcodes and streets; the house numbers, units and boxes are made up
# ---------------------------------------------------------------------------------------------

US_STREETS = (
    "Maple Avenue|Oak Street|Cedar Lane|Elm Street|Pine Street|Washington Avenue|Lincoln Road"
    "|Lakeview Drive|Highland Avenue|Park Place|Willow Court|Main Street|Jefferson Street"
    "|Franklin Avenue|Ridge Road|Chestnut Street|Hillcrest Drive|River Road|Spring Street"
    "|Sunset Boulevard|Magnolia Drive|Walnut Street"
).split("|")
US_CITIES = (
    ("Austin", "TX", "787"),
    ("Portland", "OR", "972"),
    ("Columbus", "OH", "432"),
    ("Denver", "CO", "802"),
    ("Raleigh", "NC", "276"),
    ("Madison", "WI", "537"),
    ("Boise", "ID", "837"),
    ("Tucson", "AZ", "857"),
    ("Albany", "NY", "122"),
    ("Sacramento", "CA", "958"),
    ("Nashville", "TN", "372"),
    ("Burlington", "VT", "054"),
    ("Ann Arbor", "MI", "481"),
    ("Savannah", "GA", "314"),
    ("Springfield", "IL", "627"),
    ("Omaha", "NE", "681"),
)
GB_STREETS = (
    "Mill Lane|Church Road|Victoria Street|Station Road|High Street|Kings Road|Park Avenue"
    "|Queen's Drive|Albert Terrace|Elm Grove|Manor Way|Cromwell Road|Gloucester Place"
    "|Chapel Street|Wellington Road|The Crescent|Beech Avenue|Springfield Road"
).split("|")
GB_CITIES = (
    ("London", ("SE15", "E8", "N16", "SW9", "NW5", "E17", "W12")),
    ("Manchester", ("M14", "M20", "M4", "M21")),
    ("Leeds", ("LS6", "LS8", "LS11")),
    ("Bristol", ("BS7", "BS3", "BS6")),
    ("Edinburgh", ("EH6", "EH9", "EH11")),
    ("Glasgow", ("G12", "G41", "G3")),
    ("Cardiff", ("CF24", "CF11", "CF14")),
    ("Birmingham", ("B13", "B29", "B15")),
    ("Norwich", ("NR2", "NR3")),
    ("York", ("YO31", "YO10")),
    ("Brighton", ("BN2", "BN1")),
    ("Sheffield", ("S11", "S7")),
    ("Nottingham", ("NG7", "NG5")),
    ("Oxford", ("OX4", "OX2")),
)
AU_STREETS = (
    "George St|Pitt Street|Bourke St|Chapel Street|Swanston St|Queen Street|Hay Street"
    "|King William St|Elizabeth Street|Oxford St|Crown Street|Military Road|Brunswick St"
    "|Beach Road|Railway Parade|Victoria Road|Smith Street|Stirling Highway"
).split("|")
AU_SUBURBS = (
    ("Parramatta", "NSW", "2150"),
    ("Surry Hills", "NSW", "2010"),
    ("Newtown", "NSW", "2042"),
    ("Manly", "NSW", "2095"),
    ("Fitzroy", "VIC", "3065"),
    ("St Kilda", "VIC", "3182"),
    ("Brunswick", "VIC", "3056"),
    ("Geelong", "VIC", "3220"),
    ("Fortitude Valley", "QLD", "4006"),
    ("Paddington", "QLD", "4064"),
    ("Fremantle", "WA", "6160"),
    ("Subiaco", "WA", "6008"),
    ("Glenelg", "SA", "5045"),
    ("Norwood", "SA", "5067"),
    ("Braddon", "ACT", "2612"),
    ("Sandy Bay", "TAS", "7005"),
)
AT_PLACES = (
    (
        "Wien",
        ("1020", "1030", "1050", "1060", "1070", "1080", "1090", "1100", "1120", "1160", "1180"),
        "Mariahilfer Straße|Neubaugasse|Favoritenstraße|Thaliastraße|Landstraßer Hauptstraße"
        "|Wiedner Hauptstraße|Währinger Straße|Praterstraße|Alser Straße|Gumpendorfer Straße"
        "|Burggasse|Josefstädter Straße|Kaiserstraße|Margaretenstraße",
    ),
    ("Graz", ("8010", "8020"), "Annenstraße|Herrengasse|Griesgasse|Elisabethstraße"),
    ("Linz", ("4020",), "Landstraße|Wiener Straße|Hauptplatz|Lederergasse"),
    ("Salzburg", ("5020",), "Linzer Gasse|Ignaz-Harrer-Straße|Schallmooser Hauptstraße"),
    ("Innsbruck", ("6020",), "Maria-Theresien-Straße|Anichstraße|Museumstraße"),
    ("Klagenfurt am Wörthersee", ("9020",), "Bahnhofstraße|Villacher Straße"),
    ("St. Pölten", ("3100",), "Kremser Gasse|Linzer Straße"),
    ("Dornbirn", ("6850",), "Marktstraße|Bahnhofstraße"),
    ("Wels", ("4600",), "Stadtplatz|Bahnhofstraße|Salzburger Straße"),
)
FR_PLACES = (
    (
        "Paris",
        ("75011", "75015", "75018", "75020", "75012", "75010", "75014"),
        "rue de la Roquette|boulevard Voltaire|rue de Vaugirard|rue Ordener|avenue Daumesnil"
        "|rue du Faubourg Saint-Denis|rue d'Alésia|rue des Pyrénées",
    ),
    ("Lyon", ("69003", "69007", "69001"), "cours Gambetta|rue Paul Bert|avenue Jean Jaurès"),
    ("Marseille", ("13006", "13005"), "rue Paradis|boulevard Baille|rue de Rome"),
    ("Toulouse", ("31000", "31400"), "rue d'Alsace-Lorraine|allées Jean Jaurès|rue de Metz"),
    ("Nantes", ("44000",), "rue Crébillon|boulevard Guist'hau"),
    ("Bordeaux", ("33000", "33800"), "cours de l'Intendance|rue Sainte-Catherine"),
    ("Lille", ("59000",), "rue Solférino|rue Nationale|boulevard de la Liberté"),
    ("Strasbourg", ("67000",), "rue du Faubourg National|avenue des Vosges"),
    ("Montpellier", ("34000",), "rue de la Loge|avenue de Toulouse"),
    ("Rennes", ("35000",), "rue Saint-Malo|boulevard de la Liberté"),
    ("Grenoble", ("38000",), "cours Berriat|avenue Alsace-Lorraine"),
    ("Nice", ("06000",), "avenue Jean Médecin|rue de France|boulevard Gambetta"),
)
MX_PLACES = (
    (
        "Ciudad de México",
        "CDMX",
        "Juárez:06600|Roma Norte:06700|Condesa:06140|Del Valle:03100|Narvarte:03020"
        "|Coyoacán:04000|Polanco:11560|Escandón:11800",
        "Calle Reforma|Calle Londres|Av. Insurgentes Sur|Calle Durango|Av. Álvaro Obregón"
        "|Calle Tabasco|Av. Universidad|Calle Pestalozzi|Calle Amores|Calle Génova",
    ),
    (
        "Guadalajara",
        "Jal.",
        "Americana:44160|Providencia:44630|Centro:44100",
        "Av. Chapultepec|Calle López Cotilla|Av. Vallarta|Calle Morelos",
    ),
    (
        "Monterrey",
        "N.L.",
        "Centro:64000|Obispado:64060|Mitras Centro:64460",
        "Av. Constitución|Calle Padre Mier|Av. Hidalgo",
    ),
    ("Puebla", "Pue.", "Centro:72000|La Paz:72160", "Av. Juárez|Calle Reforma"),
    ("Querétaro", "Qro.", "Centro:76000|Jardines de la Hacienda:76180", "Calle Madero"),
    ("Mérida", "Yuc.", "García Ginerés:97070|Itzimná:97100", "Av. Colón|Calle Montejo"),
)
BR_PLACES = (
    (
        "São Paulo",
        "SP",
        "Bela Vista:01310|Pinheiros:05422|Vila Mariana:04101|Moema:04077|Consolação:01302"
        "|Santana:02012",
        "Av. Paulista|Rua Augusta|Rua Teodoro Sampaio|Rua Domingos de Morais|Rua das Flores"
        "|Alameda Santos|Rua Vergueiro|Rua Haddock Lobo",
    ),
    (
        "Rio de Janeiro",
        "RJ",
        "Copacabana:22020|Tijuca:20520|Botafogo:22250|Flamengo:22210",
        "Rua Barata Ribeiro|Av. Nossa Senhora de Copacabana|Rua Conde de Bonfim"
        "|Rua Voluntários da Pátria",
    ),
    ("Belo Horizonte", "MG", "Savassi:30140|Funcionários:30130", "Rua Pernambuco|Av. Afonso Pena"),
    ("Curitiba", "PR", "Batel:80420|Centro:80020", "Rua XV de Novembro|Av. Sete de Setembro"),
    ("Porto Alegre", "RS", "Cidade Baixa:90050|Moinhos de Vento:90570", "Rua da República"),
    ("Salvador", "BA", "Barra:40140|Rio Vermelho:41940", "Av. Sete de Setembro|Rua da Paciência"),
    ("Recife", "PE", "Boa Viagem:51020|Graças:52011", "Av. Boa Viagem|Rua das Creoulas"),
    ("Fortaleza", "CE", "Aldeota:60150|Meireles:60165", "Rua Silva Paulet|Av. Beira Mar"),
    ("Campinas", "SP", "Cambuí:13025", "Rua Coronel Quirino|Av. Norte-Sul"),
    ("Florianópolis", "SC", "Centro:88010|Trindade:88036", "Rua Felipe Schmidt|Rua Lauro Linhares"),
)
PT_PLACES = (
    (
        "Lisboa",
        ("1100", "1150", "1200", "1250", "1000", "1050", "1700", "1170"),
        "Rua Augusta|Avenida da Liberdade|Rua da Prata|Avenida de Roma|Rua Morais Soares"
        "|Avenida Almirante Reis|Rua de São Bento|Rua dos Fanqueiros",
    ),
    ("Porto", ("4000", "4050", "4100", "4200"), "Rua de Santa Catarina|Rua de Cedofeita"),
    ("Porto", ("4150", "4100"), "Avenida da Boavista|Rua do Almada"),
    ("Coimbra", ("3000",), "Rua Ferreira Borges|Avenida Fernão de Magalhães"),
    ("Braga", ("4700", "4710"), "Rua do Souto|Avenida Central"),
    ("Faro", ("8000",), "Rua de Santo António|Rua Conselheiro Bivar"),
    ("Aveiro", ("3800", "3810"), "Avenida Lourenço Peixinho|Rua de Coimbra"),
    ("Setúbal", ("2900",), "Avenida Luísa Todi|Rua Dr. António Manuel Gamito"),
    ("Funchal", ("9000", "9050"), "Rua da Carreira|Rua do Carmo"),
)
DK_PLACES = (
    ("København V", ("1620", "1650", "1660", "1700", "1720"), "Vesterbrogade|Istedgade|Enghavevej"),
    ("København N", ("2200",), "Nørrebrogade|Jagtvej|Blågårdsgade|Griffenfeldsgade"),
    ("København Ø", ("2100",), "Østerbrogade|Strandboulevarden|Nordre Frihavnsgade"),
    ("København S", ("2300",), "Amagerbrogade|Holmbladsgade|Øresundsvej"),
    ("Frederiksberg C", ("1820", "1850", "1870"), "Gammel Kongevej|Falkoner Allé"),
    ("Aarhus C", ("8000",), "Jægergårdsgade|Frederiks Allé|Nørregade|Vestergade"),
    ("Aarhus N", ("8200",), "Randersvej|Tordenskjoldsgade"),
    ("Odense C", ("5000",), "Kongensgade|Vesterbro|Overgade"),
    ("Aalborg", ("9000",), "Boulevarden|Vesterbro|Danmarksgade"),
    ("Esbjerg", ("6700",), "Kongensgade|Skolegade"),
    ("Roskilde", ("4000",), "Algade|Skomagergade"),
    ("Vejle", ("7100",), "Søndergade|Dæmningen"),
    ("Kolding", ("6000",), "Jernbanegade|Låsbygade"),
)
NO_PLACES = (
    ("Oslo", ("0150", "0151", "0155", "0159"), "Storgata|Kirkegata|Prinsens gate"),
    ("Oslo", ("0550", "0552", "0554", "0557"), "Markveien|Thorvald Meyers gate|Seilduksgata"),
    ("Oslo", ("0350", "0354", "0366", "0368"), "Bogstadveien|Kirkeveien|Ullevålsveien"),
    ("Bergen", ("5003", "5008", "5014", "5015"), "Torgallmenningen|Nygårdsgaten|Kalfarveien"),
    ("Trondheim", ("7011", "7013", "7014"), "Kongens gate|Munkegata|Innherredsveien"),
    ("Stavanger", ("4005", "4006", "4010"), "Kirkegata|Pedersgata|Løkkeveien"),
    ("Tromsø", ("9008",), "Storgata|Grønnegata"),
    ("Drammen", ("3015", "3017"), "Bragernes torg|Tollbugata"),
    ("Kristiansand", ("4610", "4611"), "Markens gate|Dronningens gate"),
    ("Fredrikstad", ("1606", "1607"), "Nygaardsgata|Farmannsgata"),
)
COUNTRY = {
    "en_US": ("USA", "United States"),
    "en_GB": ("United Kingdom", "UK"),
    "en_AU": ("Australia", "AUSTRALIA"),
    "de_AT": ("Österreich", "Austria"),
    "fr_FR": ("France", "FRANCE"),
    "es_MX": ("México", "Mexico"),
    "pt_BR": ("Brasil", "Brazil"),
    "pt_PT": ("Portugal", "PORTUGAL"),
    "da_DK": ("Danmark", "Denmark"),
    "no_NO": ("Norge", "Norway"),
}


def _split(s: str) -> list[str]:
    return s.split("|")


def place(r, loc: str) -> dict:
    """A city of `loc` with one of its postcodes, a street there and a region where one is
    written (state, UF, estado)."""
    if loc == "en_US":
        city, st, z = r.choice(US_CITIES)
        return {
            "city": city,
            "region": st,
            "pc": z + f"{r.randint(1, 59):02d}",
            "street": r.choice(US_STREETS),
        }
    if loc == "en_GB":
        city, outs = r.choice(GB_CITIES)
        inward = str(r.randint(1, 9)) + _rs(r, 2, "ABDEFGHJLNPQRSTUWXYZ")
        return {
            "city": city,
            "region": "",
            "pc": f"{r.choice(outs)} {inward}",
            "street": r.choice(GB_STREETS),
        }
    if loc == "en_AU":
        city, st, pc = r.choice(AU_SUBURBS)
        return {"city": city, "region": st, "pc": pc, "street": r.choice(AU_STREETS)}
    if loc in ("es_MX", "pt_BR"):
        city, st, hoods, streets = r.choice(MX_PLACES if loc == "es_MX" else BR_PLACES)
        hood, pc = r.choice(_split(hoods)).split(":")
        pc = pc + (f"-{r.randint(0, 999):03d}" if loc == "pt_BR" else "")
        return {
            "city": city,
            "region": st,
            "pc": pc,
            "street": r.choice(_split(streets)),
            "hood": hood,
        }
    table = {"de_AT": AT_PLACES, "fr_FR": FR_PLACES, "pt_PT": PT_PLACES, "da_DK": DK_PLACES}
    city, pcs, streets = r.choice(table.get(loc, NO_PLACES))
    pc = r.choice(pcs)
    if loc == "pt_PT":
        pc = f"{pc}-{r.randint(1, 999):03d}"
    return {"city": city, "region": "", "pc": pc, "street": r.choice(_split(streets))}


def all_streets(loc: str) -> list[str]:
    if loc in ("en_US", "en_GB", "en_AU"):
        return list({"en_US": US_STREETS, "en_GB": GB_STREETS, "en_AU": AU_STREETS}[loc])
    table = {"de_AT": AT_PLACES, "fr_FR": FR_PLACES, "pt_PT": PT_PLACES, "da_DK": DK_PLACES}
    table |= {"no_NO": NO_PLACES, "es_MX": MX_PLACES, "pt_BR": BR_PLACES}
    return [s for row in table[loc] for s in _split(row[-1])]


def _n(r, lo: int = 1, hi: int = 180) -> str:
    return str(r.randint(lo, hi))


def _addr_en(r, loc: str, pl: dict, box: bool) -> tuple[list[str], str | None]:
    city, rg, pc, st = pl["city"], pl["region"], pl["pc"], pl["street"]
    if loc == "en_US":
        last = f"{city}, {rg} {pc}" + (f"-{_d(r, 4)}" if r.random() < 0.15 else "")
        if box:
            return [f"{r.choice(('PO Box', 'P.O. Box'))} {_n(r, 10, 9999)}", last], None
        street = (r.choice(("N ", "W ", "S ", "E ")) if r.random() < 0.2 else "") + st
        unit = _pick(
            r,
            [
                "",
                f"Apt {_n(r, 1, 30)}{r.choice('ABC')}",
                f"Apt. {_n(r, 1, 40)}",
                f"Suite {_n(r, 100, 950)}",
                f"Unit {_n(r, 1, 20)}",
                f"#{_n(r, 100, 999)}",
            ],
            [5, 2, 1, 1, 1, 1],
        )
        line = f"{_n(r, 1, 9899)} {street}"
        if unit and r.random() < 0.5:
            return [f"{line} {unit}", last], None
        return [line, unit, last] if unit else [line, last], None
    if loc == "en_GB":
        town = city.upper() if r.random() < 0.3 else city
        tail = [town, pc] if r.random() < 0.5 else [f"{town} {pc}"]
        if box:
            return [f"PO Box {_n(r, 10, 999)}", *tail], None
        unit = _pick(
            r,
            [
                "",
                f"Flat {_n(r, 1, 30)}",
                f"Flat {_n(r, 1, 4)}/{_n(r, 1, 3)}",
                f"Apartment {_n(r, 1, 60)}",
            ],
            [5, 3, 1, 1],
        )
        line = f"{_n(r, 1, 240)} {st}"
        return ([unit, line] if unit else [line]) + tail, None
    last = f"{city.upper() if r.random() < 0.4 else city} {rg} {pc}"
    if box:
        return [f"{r.choice(('PO Box', 'Locked Bag'))} {_n(r, 10, 2999)}", last], None
    num, k = _n(r, 1, 320), r.random()
    if k < 0.25:
        return [f"{_n(r, 1, 40)}/{num} {st}", last], None
    if k < 0.5:
        unit = r.choice(
            (f"Unit {_n(r, 1, 40)}", f"Apartment {_n(r, 1, 90)}", f"Level {_n(r, 1, 9)}")
        )
        if r.random() < 0.5:
            return [f"{unit}, {num} {st}", last], None
        return [unit, f"{num} {st}", last], None
    return [f"{num} {st}", last], None


def _addr_eu(r, loc: str, pl: dict, box: bool) -> tuple[list[str], str | None]:
    city, pc, st = pl["city"], pl["pc"], pl["street"]
    if loc == "de_AT":
        last = f"{'A-' if r.random() < 0.15 else ''}{pc} {city}"
        if box:
            return [f"Postfach {_n(r, 1, 999)}", last], None
        num = _n(r, 1, 160)
        k = r.random()
        if k < 0.4:
            num += f"/{_n(r, 1, 6)}/{_n(r, 1, 40)}"
        elif k < 0.55:
            num += f"/Top {_n(r, 1, 30)}"
        if 0.55 <= k < 0.7:
            return [f"{st} {num}", f"Stiege {_n(r, 1, 5)}, Tür {_n(r, 1, 30)}", last], None
        return [f"{st} {num}", last], None
    if loc == "fr_FR":
        last = f"{pc} {city.upper() if r.random() < 0.35 else city}"
        if box:
            cedex = " Cedex" if r.random() < 0.5 else ""
            return [f"BP {_n(r, 10, 9999)}", last + cedex], None
        num = _n(r, 1, 140) + (r.choice((" bis", " ter")) if r.random() < 0.08 else "")
        unit = _pick(
            r,
            [
                "",
                f"Bât. {r.choice('ABCD')}, Appt {_n(r, 1, 60)}",
                f"Appartement {_n(r, 1, 80)}",
                f"Escalier {_n(r, 1, 4)}, {_n(r, 1, 7)}e étage",
            ],
            [6, 2, 1, 1],
        )
        return ([unit] if unit else []) + [f"{num} {st}", last], None
    if loc == "pt_PT":
        last = f"{pc} {city}"
        if box:
            return [f"Apartado {_n(r, 1, 9999)}", last], None
        floor = _pick(
            r,
            [
                "",
                f", {_n(r, 1, 8)}.º {r.choice(('Esq.', 'Dto.', 'D', 'E', 'Frente'))}",
                ", r/c",
                f", {_n(r, 1, 6)}.º andar",
            ],
            [4, 4, 1, 1],
        )
        sep = ", " if r.random() < 0.5 else " "
        return [f"{st}{sep}{_n(r, 1, 400)}{floor}", last], None
    last = f"{pc} {city}"
    if loc == "da_DK":
        last = ("DK-" if r.random() < 0.1 else "") + last
        if box:
            return [f"Postboks {_n(r, 1, 9999)}", last], None
        floor = _pick(
            r,
            [
                "",
                f", {_n(r, 1, 5)}. {r.choice(('th.', 'tv.', 'mf.'))}",
                f", st. {r.choice(('th.', 'tv.'))}",
                f", {_n(r, 1, 4)}. sal",
            ],
            [4, 5, 2, 1],
        )
        letter = r.choice("ABC") if r.random() < 0.1 else ""
        return [f"{st} {_n(r, 1, 140)}{letter}{floor}", last], None
    if r.random() < 0.3:
        last = f"{pc} {city.upper()}"
    if box:
        sentrum = " Sentrum" if city == "Oslo" and r.random() < 0.5 else ""
        return [f"Postboks {_n(r, 1, 9999)}{sentrum}", last], None
    line = f"{st} {_n(r, 1, 120)}{r.choice('ABCD') if r.random() < 0.25 else ''}"
    if r.random() < 0.2:
        flat = f"H{_n(r, 1, 5).zfill(2)}{_n(r, 1, 9).zfill(2)}"
        return ([f"{line}, leil. {flat}", last] if r.random() < 0.5 else [line, flat, last]), None
    return [line, last], None


def _addr_latam(r, loc: str, pl: dict, box: bool) -> tuple[list[str], str | None]:
    city, rg, pc, st, hood = pl["city"], pl["region"], pl["pc"], pl["street"], pl["hood"]
    num = _n(r, 1, 3200)
    if loc == "es_MX":
        last = _pick(r, [f"{pc} {city}, {rg}", f"C.P. {pc}, {city}, {rg}"], [3, 1])
        if box:
            return [f"Apartado Postal {_n(r, 1, 999)}", last], None
        unit = _pick(
            r,
            [
                "",
                f"Int. {_n(r, 1, 30)}",
                f"Depto. {_n(r, 101, 904)}",
                f"Interior {r.choice('ABCD')}",
            ],
            [4, 2, 2, 1],
        )
        line = f"{st} {'#' if r.random() < 0.25 else ''}{num}" + (f", {unit}" if unit else "")
        return [line, f"Col. {hood}", last], f"{line}, Col. {hood}, {last}"
    if box:
        return [f"Caixa Postal {_n(r, 100, 99999)}", f"CEP {pc}", f"{city} - {rg}"], None
    unit = _pick(
        r,
        [
            "",
            f"apto {_n(r, 11, 184)}",
            f"Bloco {r.choice('ABC')}, apto {_n(r, 11, 94)}",
            f"casa {_n(r, 1, 6)}",
            f"sala {_n(r, 101, 1510)}",
        ],
        [3, 4, 1, 1, 1],
    )
    line = f"{st}, {num}" + (f", {unit}" if unit else "")
    cep = f"CEP {pc}" if r.random() < 0.6 else pc
    if r.random() < 0.5:
        lines = [f"{line} - {hood}", f"{city} - {rg}", cep]
        return lines, f"{line} - {hood}, {city} - {rg}, {cep}"
    lines = [line, f"Bairro {hood}", f"{pc} {city}/{rg}"]
    return lines, f"{line} - Bairro {hood}, {city}/{rg}, {cep}"


def make_address(r, fake, loc: str, p_box: float = 0.1) -> tuple[list[str], str]:
    """(lines, one-line form) of an address in `loc`: units, floors, doors, PO boxes, now and
    then a c/o line first or a country line last."""
    pl = place(r, loc)
    box = r.random() < p_box
    if loc.startswith("en"):
        lines, one = _addr_en(r, loc, pl, box)
    elif loc in ("es_MX", "pt_BR"):
        lines, one = _addr_latam(r, loc, pl, box)
    else:
        lines, one = _addr_eu(r, loc, pl, box)
    one = one or ", ".join(lines)
    if not box and r.random() < 0.12:  # a c/o line only where the address is written in lines
        co = "A/C" if loc in ("es_MX", "pt_BR", "pt_PT") else "c/o"
        lines = [f"{co} {fake.first_name()} {fake.last_name()}", *lines]
    if r.random() < 0.12:
        country = _pick(r, COUNTRY[loc], [3, 1])
        lines, one = [*lines, country], f"{one}, {country}"
    return lines, one


# ---------------------------------------------------------------------------------------------
# Companies, products and the other non-PII look-alikes (hard negatives)
# ---------------------------------------------------------------------------------------------

STEMS = {
    "en_US": ("Bluewater", "Summit", "Redwood", "Lakeside", "Harbor", "Pinecrest", "Granite"),
    "en_GB": ("Thames", "Kestrel", "Pennine", "Wessex", "Northgate", "Greyfriars", "Albion"),
    "en_AU": ("Southern Cross", "Coral", "Banksia", "Wattle", "Harbourside", "Eucalypt"),
    "de_AT": ("Donau", "Alpen", "Kahlenberg", "Tauern", "Wienerwald", "Inntal", "Semmering"),
    "fr_FR": ("Horizon", "Lumière", "Atlantique", "Provence", "Cévennes", "Azur", "Vercors"),
    "es_MX": ("Azteca", "Sierra", "Pacífico", "Cóndor", "Jacaranda", "Maya", "Tulum"),
    "pt_BR": ("Ipê", "Cerrado", "Atlântico", "Tucano", "Araucária", "Guanabara", "Jatobá"),
    "pt_PT": ("Tejo", "Atlântida", "Douro", "Lusitânia", "Alfama", "Mondego", "Sado"),
    "da_DK": ("Nordlys", "Øresund", "Kattegat", "Havbris", "Skagen", "Limfjord", "Bølgen"),
    "no_NO": ("Fjordkyst", "Nordkapp", "Vidde", "Lofot", "Polarlys", "Bjørkely", "Trollstig"),
}
LEGAL = {
    "en_US": ("Inc.", "LLC", ""),
    "en_GB": ("Ltd", "plc", ""),
    "en_AU": ("Pty Ltd", ""),
    "de_AT": ("GmbH", "AG", ""),
    "fr_FR": ("SAS", "SA", ""),
    "es_MX": ("S.A. de C.V.", ""),
    "pt_BR": ("Ltda.", "S.A.", ""),
    "pt_PT": ("Lda.", "S.A.", ""),
    "da_DK": ("A/S", "ApS", ""),
    "no_NO": ("AS", "ASA", ""),
}
SECTOR_WORDS = {
    "en": "shop=Outfitters,Home & Living,Direct;saas=Cloud,Software,Analytics;it=Logistics,"
    "Engineering;bank=Bank,Savings Bank;insure=Insurance,Mutual;travel=Airways,Travel;"
    "energy=Energy,Power;health=Medical Centre,Family Practice;property=Lettings,Property "
    "Management;hr=Logistics,Manufacturing;telecom=Mobile,Telecom,Broadband",
    "de": "shop=Versand,Wohnen;saas=Software,Cloud;it=Logistik,Technik;bank=Bank,Sparkasse;"
    "insure=Versicherung;travel=Reisen,Airlines;energy=Energie,Stadtwerke;health=Ordination,"
    "Gesundheitszentrum;property=Hausverwaltung,Immobilien;hr=Logistik,Bau;telecom=Mobil,Telekom",
    "fr": "shop=Maison,Boutique;saas=Logiciels,Cloud;it=Ingénierie,Conseil;bank=Banque,Crédit;"
    "insure=Assurances,Mutuelle;travel=Voyages,Airlines;energy=Énergie,Eau;health=Centre "
    "Médical,Cabinet;property=Immobilier,Gestion;hr=Logistique,Industrie;telecom=Mobile,Télécom",
    "es": "shop=Tienda,Hogar;saas=Software,Nube;it=Logística,Ingeniería;bank=Banco,Financiera;"
    "insure=Seguros;travel=Viajes,Aerolíneas;energy=Energía,Gas;health=Clínica,Centro Médico;"
    "property=Inmobiliaria,Rentas;hr=Logística,Industrias;telecom=Telecom,Móvil",
    "pt": "shop=Loja,Casa;saas=Software,Nuvem;it=Logística,Engenharia;bank=Banco,Crédito;"
    "insure=Seguros;travel=Viagens,Linhas Aéreas;energy=Energia,Águas;health=Clínica,Centro "
    "Médico;property=Imobiliária,Condomínios;hr=Logística,Indústria;telecom=Telecom,Móvel",
    "da": "shop=Shop,Bolig;saas=Software,Cloud;it=Logistik,Teknik;bank=Bank,Sparekasse;"
    "insure=Forsikring;travel=Rejser,Airlines;energy=Energi,Forsyning;health=Lægehus,"
    "Klinik;property=Ejendomme,Boligselskab;hr=Logistik,Byg;telecom=Mobil,Telecom",
    "no": "shop=Handel,Interiør;saas=Software,Sky;it=Logistikk,Teknikk;bank=Bank,Sparebank;"
    "insure=Forsikring;travel=Reiser,Air;energy=Energi,Kraft;health=Legesenter,Klinikk;"
    "property=Eiendom,Boligbyggelag;hr=Logistikk,Bygg;telecom=Mobil,Telecom",
}
SECTOR_WORDS = {
    lang: {k: v.split(",") for k, v in (kv.split("=") for kv in spec.split(";"))}
    for lang, spec in SECTOR_WORDS.items()
}
AGENCIES = {
    "en_US": ("IRS", "Social Security Administration", "Department of Motor Vehicles"),
    "en_GB": ("HMRC", "DVLA", "Department for Work and Pensions"),
    "en_AU": ("Australian Taxation Office", "Services Australia", "Centrelink"),
    "de_AT": ("Finanzamt Österreich", "Österreichische Gesundheitskasse", "AMS"),
    "fr_FR": ("Direction générale des Finances publiques", "CAF", "Assurance Maladie"),
    "es_MX": ("SAT", "IMSS", "INFONAVIT"),
    "pt_BR": ("Receita Federal", "INSS", "Detran"),
    "pt_PT": ("Autoridade Tributária", "Segurança Social", "IMT"),
    "da_DK": ("Skattestyrelsen", "Udbetaling Danmark", "Borgerservice"),
    "no_NO": ("Skatteetaten", "NAV", "Lånekassen"),
}
TLD = {"en_US": "com", "en_GB": "co.uk", "en_AU": "com.au", "de_AT": "at", "fr_FR": "fr"}
TLD |= {"es_MX": "com.mx", "pt_BR": "com.br", "pt_PT": "pt", "da_DK": "dk", "no_NO": "no"}
ROLE_LOCAL = {"en": ("support", "help", "customercare", "hello"), "de": ("service", "office")}
ROLE_LOCAL |= {"fr": ("service-client", "contact"), "es": ("atencion", "contacto")}
ROLE_LOCAL |= {"ptBR": ("atendimento", "sac"), "ptPT": ("apoio.cliente", "geral")}
ROLE_LOCAL |= {"da": ("kundeservice", "info"), "no": ("kundeservice", "post")}
PRODUCTS = (
    "Philips Hue Bridge|Samsung Galaxy A54|iPhone 13|Dyson V11|Bosch Serie 6|Fjällräven Kånken"
    "|Nespresso Vertuo Next|Kindle Paperwhite|Sonos One|Garmin Forerunner 255|JBL Flip 6"
    "|Lenovo IdeaPad 5|Nintendo Switch OLED|Tefal Ingenio|De'Longhi Magnifica S|Xiaomi Redmi"
    " Note 12|Motorola Moto G54|Logitech MX Master 3S|AirPods Pro|Bose QuietComfort 45"
    "|Braun Series 7|Miele Complete C3|Fitbit Charge 6|Apple Watch SE|Canon PIXMA TS5150"
).split("|")
AIRLINES = {
    "en_US": ("UA", "DL", "AA", "B6"),
    "en_GB": ("BA", "U2", "VS"),
    "en_AU": ("QF", "VA", "JQ"),
    "de_AT": ("OS", "LH", "EW"),
    "fr_FR": ("AF", "TO", "U2"),
    "es_MX": ("AM", "Y4", "VB"),
    "pt_BR": ("LA", "G3", "AD"),
    "pt_PT": ("TP", "FR", "U2"),
    "da_DK": ("SK", "DY", "D8"),
    "no_NO": ("DY", "SK", "WF"),
}
S10_COUNTRY = {"en_US": "US", "en_GB": "GB", "en_AU": "AU", "de_AT": "AT", "fr_FR": "FR"}
S10_COUNTRY |= {"es_MX": "MX", "pt_BR": "BR", "pt_PT": "PT", "da_DK": "DK", "no_NO": "NO"}


def _s10(r, loc: str) -> str:
    """A UPU S10 item number (two letters, eight digits, check digit, country)."""
    body = _d(r, 8)
    s = 11 - sum(int(c) * w for c, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    check = {10: 0, 11: 5}.get(s, s)
    return f"{r.choice(('RR', 'LX', 'CP', 'EE', 'RB', 'LA'))}{body}{check}{S10_COUNTRY[loc]}"


def _ean13(r) -> str:
    body = r.choice(("40", "50", "57", "70", "76", "84", "87", "789", "560", "750")) + ""
    body += _d(r, 12 - len(body))
    total = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def make_tracking(r, loc: str) -> str:
    k = r.randrange(5)
    if k == 0:
        return "1Z" + _rs(r, 6, UPPER + DIGITS) + _d(r, 10)
    if k == 1:
        return _s10(r, loc)
    if k == 2:
        return "JJD" + _d(r, 18)
    if k == 3 and loc == "en_US":
        n = "9400" + _d(r, 18)
        return " ".join(n[i : i + 4] for i in range(0, 22, 4))
    return "00" + _d(r, 18) if loc in ("da_DK", "no_NO") else _d(r, 12)


def make_amount(r, loc: str) -> str:
    v = r.choice((r.uniform(3, 150), r.uniform(150, 2500)))
    whole, cents = int(v), f"{int(v * 100) % 100:02d}"
    comma = f"{whole:,}"
    dot = comma.replace(",", ".")
    if loc == "en_US":
        return _pick(r, [f"${comma}.{cents}", f"USD {comma}.{cents}", f"${whole}"])
    if loc == "en_GB":
        return _pick(r, [f"£{comma}.{cents}", f"£{whole}", f"GBP {comma}.{cents}"])
    if loc == "en_AU":
        return _pick(r, [f"${comma}.{cents}", f"A${comma}.{cents}", f"AUD {whole}.{cents}"])
    if loc == "es_MX":
        return _pick(r, [f"${comma}.{cents} MXN", f"${comma}.{cents}", f"MXN {comma}.{cents}"])
    if loc == "pt_BR":
        return _pick(r, [f"R$ {dot},{cents}", f"R${dot},{cents}", f"R$ {whole}"])
    if loc in ("da_DK", "no_NO"):
        cur = "kr." if loc == "da_DK" else "kr"
        return _pick(
            r,
            [
                f"{dot},{cents} kr",
                f"{cur} {dot},{cents}",
                f"{whole},- kr",
                f"{whole} NOK" if loc == "no_NO" else f"DKK {dot},{cents}",
            ],
        )
    if loc == "fr_FR":
        return _pick(
            r, [f"{comma.replace(',', ' ')},{cents} €", f"{whole} €", f"{whole},{cents} EUR"]
        )
    return _pick(r, [f"€ {dot},{cents}", f"{dot},{cents} €", f"EUR {dot},{cents}", f"{whole},– €"])


def make_timestamp(r, loc: str = "") -> str:
    """A point in time as systems (ISO) or mail headers of `loc` write it."""
    y, m, d = rand_ymd(r, 2023, 2025)
    hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    iso = [
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}Z",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{_d(r, 3)}+01:00",
    ]
    if loc == "en_US":
        local = f"{m:02d}/{d:02d}/{y} {(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    elif loc in ("de_AT", "no_NO"):
        local = f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}"
    elif loc == "da_DK":
        local = f"{d:02d}.{m:02d}.{y} kl. {hh:02d}.{mm:02d}"
    else:
        local = f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}"
    return r.choice(iso) if r.random() < 0.4 else local


def make_version(r) -> str:
    a, b, c = r.randint(1, 24), r.randint(0, 30), r.randint(0, 40)
    return _pick(
        r,
        [
            f"v{a}.{b}.{c}",
            f"{a}.{b}.{c}",
            f"{r.randint(2022, 2025)}.{b % 12 + 1}.{c}",
            f"{a}.{b}",
            f"iOS 17.{b % 7}",
            f"Android {r.randint(11, 15)}",
        ],
    )


def make_serial(r) -> str:
    return _pick(
        r,
        [
            "SN" + _rs(r, 10, UPPER + DIGITS),
            _rs(r, 3, UPPER) + _d(r, 7),
            "C02" + _rs(r, 9, UPPER + DIGITS),
            f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}",
        ],
    )


def make_order(r) -> str:
    y = r.randint(2023, 2025)
    return _pick(
        r,
        [
            f"#{_d(r, 9)}",
            f"{_rs(r, 2, UPPER)}-{_d(r, 7)}",
            f"{y}-{_d(r, 6)}",
            f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
            f"W{_d(r, 9)}",
            f"#{_d(r, 5)}",
        ],
    )


def make_ticket(r) -> str:
    y, m, d = rand_ymd(r, 2023, 2025)
    return _pick(
        r,
        [
            f"INC{_d(r, 7)}",
            f"#{_d(r, 5)}",
            f"TCK-{_d(r, 6)}",
            f"SR-{y}-{_d(r, 5)}",
            f"{y}{m:02d}{d:02d}{_d(r, 8)}",
            f"CS{_d(r, 8)}",
        ],
    )


def make_invoice(r, loc: str) -> str:
    y = r.randint(2023, 2025)
    local = {
        "de_AT": f"RE-{y}-{_d(r, 5)}",
        "fr_FR": f"FA{y}{_d(r, 5)}",
        "es_MX": f"F-{_d(r, 6)}",
        "pt_PT": f"FT {y}/{_d(r, 4)}",
        "pt_BR": f"NF-e {_d(r, 3)}.{_d(r, 3)}.{_d(r, 3)}",
        "da_DK": f"{y}{_d(r, 5)}",
        "no_NO": f"{_d(r, 8)}",
    }
    return _pick(
        r,
        [
            f"INV-{_d(r, 6)}",
            local.get(loc, f"{y}-{_d(r, 5)}"),
            local.get(loc, "") or f"INV{y}{_d(r, 4)}",
        ],
    )


def make_uuid(r) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def make_hex(r, n: int) -> str:
    return _rs(r, n, "0123456789abcdef")


# ---------------------------------------------------------------------------------------------
# The template engine: {slot}, {g:male|female}, {w:word}, {pick:a|b}, [[kept when planting]],
# [[kept when planting|said instead]]; every slot turns into labelled pieces
# ---------------------------------------------------------------------------------------------


@dataclass
class Ctx:
    """One doc being written: its locale, randomness, people and the values drawn so far."""

    loc: str
    r: random.Random
    fake: Faker
    plant: bool
    oneline: bool = False
    sector: str = "shop"
    cache: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    clock: list = field(default_factory=list)

    @property
    def lang(self) -> str:
        return LANG[self.loc]

    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = make_person(self.r, self.fake, self.loc)
        return self.people[role]

    def company(self) -> tuple[str, str]:
        """(name, domain) of the company the doc is about; agencies for government forms."""
        key = "_company_" + self.sector
        if key not in self.cache:
            r, loc = self.r, self.loc
            if self.sector == "gov":
                name = r.choice(AGENCIES[loc])
                stem = name
            else:
                stem = r.choice(STEMS[loc])
                word = r.choice(SECTOR_WORDS[self.lang[:2]][self.sector])
                legal = r.choice(LEGAL[loc])
                name = f"{stem} {word} {legal}".strip()
                stem = f"{stem} {word}"
            slug = re.sub(r"[^a-z0-9]+", "-", ascii_fold(stem.replace(" ", "-")))[:24].strip("-")
            self.cache[key] = (name, f"{slug}.{TLD[loc]}")
        return self.cache[key]


_OPT = re.compile(r"\[\[(.*?)\]\]", re.S)
_SLOT = re.compile(r"\{([A-Za-z_]\w*)(?::([^{}]*))?\}")
PERSON_TYPE = {"first": "person", "last": "person", "full": "person", "FULL": "person"}
PERSON_TYPE |= {"lastfirst": "person", "lower": "person", "initial": "person"}
PERSON_TYPE |= {"surnames": "person", "dobiso": "dob"}
PERSON_TYPE |= {"email": "email", "phone": "phone", "addr": "address", "addrblock": "address"}
PERSON_TYPE |= {"dob": "dob", "card": "card", "iban": "iban", "ssn": "ssn", "ip": "ip"}
PERSON_TYPE |= {"secret": "secret", "password": "secret", "urlcred": "url_credentials"}
_PERSON_SLOT = re.compile(r"(a_|t_)?(" + "|".join(sorted(PERSON_TYPE, key=len)[::-1]) + r")(\d*)$")


def _alternatives(s: str) -> list[str]:
    """`s` split on the '|' that sit outside any {slot}."""
    parts, depth = [""], 0
    for ch in s:
        depth += (ch == "{") - (ch == "}")
        if ch == "|" and depth == 0:
            parts.append("")
        else:
            parts[-1] += ch
    return parts


def render(ctx: Ctx, template: str) -> list[Piece]:
    """The pieces of `template` with every slot filled (the same slot, the same value)."""

    def optional(m: re.Match) -> str:
        alts = _alternatives(m.group(1))
        return alts[0] if ctx.plant else (alts[1] if len(alts) > 1 else "")

    text = _OPT.sub(optional, template)
    pieces: list[Piece] = []
    pos = 0
    for m in _SLOT.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos : m.start()], None, None))
        pieces.extend(slot(ctx, m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], None, None))
    return pieces


def slot(ctx: Ctx, name: str, arg: str | None) -> list[Piece]:
    if arg is not None:
        if name in ("g", "a_g", "t_g"):
            role = {"g": "c", "a_g": "a", "t_g": "t"}[name]
            alts = _alternatives(arg)
            return render(ctx, alts[0] if ctx.person(role).gender == "m" else alts[-1])
        if name == "w":
            return [(word(ctx, arg), None, None)]
        if name == "pick":
            return render(ctx, ctx.r.choice(_alternatives(arg)))
        raise KeyError(name)
    if name == "t":
        return [(chat_time(ctx), None, None)]
    if name not in ctx.cache:
        ctx.cache[name] = _fill(ctx, name)
    return ctx.cache[name]


def chat_time(ctx: Ctx) -> str:
    if not ctx.clock:
        ctx.clock.extend((ctx.r.randint(7, 21), ctx.r.randint(0, 59)))
    ctx.clock[1] += ctx.r.choice((0, 1, 1, 2, 3))
    ctx.clock[0] += ctx.clock[1] // 60
    ctx.clock[1] %= 60
    return f"{ctx.clock[0] % 24:02d}:{ctx.clock[1]:02d}"


def _fill(ctx: Ctx, name: str) -> list[Piece]:
    m = _PERSON_SLOT.match(name)
    if m:
        role = {"a_": "a", "t_": "t"}.get(m.group(1) or "", "c")
        return [(person_value(ctx, role, m.group(2), m.group(3)), PERSON_TYPE[m.group(2)], None)]
    base = name.rstrip("0123456789")
    if base in NEGATIVE_SLOTS:
        kind, make = NEGATIVE_SLOTS[base]
        return [(make(ctx), None, kind)]
    if base in TEXT_SLOTS:
        return TEXT_SLOTS[base](ctx)
    raise KeyError(name)


def person_value(ctx: Ctx, role: str, fld: str, suffix: str) -> str:
    """The value of one field of one person (drawn once, so repeated slots agree)."""
    p, r, loc = ctx.person(role), ctx.r, ctx.loc
    names = {
        "first": p.first,
        "last": p.last,
        "full": p.full,
        "FULL": p.full.upper(),
        "lastfirst": f"{p.surnames}, {p.first}",
        "lower": p.full.lower(),
        "initial": f"{p.first[0]}. {p.last}",
        "surnames": p.surnames,
    }
    if fld in names:
        return names[fld]
    key = fld + suffix
    if fld in ("addr", "addrblock"):
        akey = "_addr" + suffix
        if akey not in p.values:
            p.values[akey] = make_address(r, ctx.fake, loc)
        lines, one = p.values[akey]
        return "\n".join(lines) if fld == "addrblock" and not ctx.oneline else one
    if fld in ("dob", "dobiso"):
        y, mo, d = p.values.setdefault("_dob", rand_ymd(r, 1948, 2004))
        if fld == "dobiso":
            return f"{y}-{mo:02d}-{d:02d}"
    if key not in p.values:
        p.values[key] = _person_field(ctx, role, p, fld)
    return p.values[key]


def _person_field(ctx: Ctx, role: str, p: Person, fld: str) -> str:
    r, loc = ctx.r, ctx.loc
    if fld == "email":
        if role == "a":
            local = f"{ascii_fold(p.first.split()[0])}.{ascii_fold(p.last.split()[-1])}"
            return f"{local}@{ctx.company()[1]}"
        return make_email(r, p, loc)
    makers = {
        "phone": lambda: make_phone(r, REGION[loc]),
        "dob": lambda: fmt_date(r, loc, *p.values["_dob"]),
        "card": lambda: make_card(r),
        "iban": lambda: make_iban(r, r.choice(IBAN_COUNTRIES[loc])),
        "ssn": lambda: make_ssn(r),
        "ip": lambda: make_ip(r),
        "secret": lambda: make_secret(r)[1],
        "password": lambda: make_password(r),
        "urlcred": lambda: make_urlcred(r, *ctx.company()[1].split(".", 1)),
    }
    return makers[fld]()


def _neg(fn):
    return lambda ctx: fn(ctx.r)


def _serial_phone(ctx: Ctx) -> str:
    """A part or serial number that happens to have a phone number's shape (national style)."""
    return make_phone(ctx.r, REGION[ctx.loc], international=False)


def _street(ctx: Ctx) -> str:
    return ctx.r.choice([s for s in all_streets(ctx.loc) if not re.search(r"\d", s)])


def _flight(ctx: Ctx) -> str:
    return f"{ctx.r.choice(AIRLINES[ctx.loc])}{ctx.r.choice(('', ' '))}{ctx.r.randint(1, 2999)}"


def _plain_url(ctx: Ctx) -> str:
    path = ctx.r.choice(("track", "help/returns", "kontakt", "faq", "status", "login", "app"))
    return f"https://www.{ctx.company()[1]}/{path}"


def _host(ctx: Ctx) -> str:
    pre = ctx.r.choice(("vpn", "mail", "api", "portal", "intranet", "srv-db01", "build-03", "sso"))
    return f"{pre}.{ctx.company()[1]}"


def _acct(ctx: Ctx) -> str:
    base = ctx.company()[1].split(".")[0]
    return f"{base}-{ctx.r.choice(('prod', 'staging', 'billing', 'marketing', 'eu-west', 'ops'))}"


def _date_not_dob(ctx: Ctx) -> str:
    return fmt_date(ctx.r, ctx.loc, *rand_ymd(ctx.r, 2023, 2025))


def _iso_date(ctx: Ctx) -> str:
    y, m, d = rand_ymd(ctx.r, 2023, 2025)
    return f"{y}-{m:02d}-{d:02d}"


NEGATIVE_SLOTS = {
    "order": ("order_ref", _neg(make_order)),
    "ticket": ("ticket_ref", _neg(make_ticket)),
    "invoice": ("invoice_ref", lambda c: make_invoice(c.r, c.loc)),
    "tracking": ("tracking_no", lambda c: make_tracking(c.r, c.loc)),
    "serial": ("serial_no", _neg(make_serial)),
    "serialphone": ("serial_no", _serial_phone),
    "sku": (
        "sku",
        _neg(
            lambda r: _pick(
                r,
                [
                    f"{_rs(r, 3, UPPER)}-{_d(r, 4)}-BLK",
                    f"ART-{_d(r, 6)}",
                    f"{_d(r, 3)}.{_d(r, 3)}.{_d(r, 2)}",
                ],
            )
        ),
    ),
    "version": ("version", _neg(make_version)),
    "ts": ("timestamp", lambda c: make_timestamp(c.r, c.loc)),
    "amount": ("amount", lambda c: make_amount(c.r, c.loc)),
    "isodate": ("iso_date_not_dob", _iso_date),
    "date": ("date_not_dob", _date_not_dob),
    "street": ("street_only", _street),
    "city": ("city_only", lambda c: place(c.r, c.loc)["city"]),
    "postcode": ("postcode_only", lambda c: place(c.r, c.loc)["pc"]),
    "company": ("company_name", lambda c: c.company()[0]),
    "product": ("product_name", lambda c: c.r.choice(PRODUCTS)),
    "host": ("hostname", _host),
    "privip": ("private_ip", _neg(make_private_ip)),
    "uuid": ("uuid", _neg(make_uuid)),
    "hash": ("hash", _neg(lambda r: make_hex(r, r.choice((32, 64))))),
    "sha": ("git_sha", _neg(lambda r: make_hex(r, r.choice((7, 7, 40))))),
    "acct": ("account_label", _acct),
    "num": ("plain_number", _neg(lambda r: str(r.randint(2, 99999)))),
    "ext": ("plain_number", _neg(lambda r: str(r.randint(10, 4999)))),
    "custno": (
        "customer_no",
        _neg(lambda r: _pick(r, [_d(r, 8), f"K-{_d(r, 6)}", f"CUST-{_d(r, 7)}"])),
    ),
    "booking": ("booking_ref", _neg(lambda r: _rs(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))),
    "policy": (
        "policy_ref",
        _neg(
            lambda r: _pick(
                r, [f"{_rs(r, 2, UPPER)}-{_d(r, 8)}", f"POL{_d(r, 9)}", f"{_d(r, 3)}/{_d(r, 6)}"]
            )
        ),
    ),
    "meter": (
        "meter_no",
        _neg(lambda r: _pick(r, [_d(r, 8), f"{_d(r, 1)}{_rs(r, 3, UPPER)}{_d(r, 8)}"])),
    ),
    "flight": ("flight_no", _flight),
    "voucher": (
        "voucher_code",
        _neg(lambda r: "-".join(_rs(r, 4, UPPER + DIGITS) for _ in range(4))),
    ),
    "url": ("url_plain", _plain_url),
    "ean": ("ean", _neg(_ean13)),
}


# ---------------------------------------------------------------------------------------------
# Per-language words: greetings, sign-offs, signatures, labels
# ---------------------------------------------------------------------------------------------

TITLES = {
    "en_US": ("Mr.", "Ms."),
    "en_GB": ("Mr", "Mrs"),
    "en_AU": ("Mr", "Ms"),
    "de_AT": ("Herr", "Frau"),
    "fr_FR": ("M.", "Mme"),
    "es_MX": ("Sr.", "Sra."),
    "pt_BR": ("Sr.", "Sra."),
    "pt_PT": ("Sr.", "Sra."),
    "da_DK": ("Hr.", "Fru"),
    "no_NO": ("Herr", "Fru"),
}
BYE = {
    "en_US": ("Thanks,", "Best,", "Thank you,", "Regards,", "Sincerely,", "Thanks so much,"),
    "en_GB": ("Kind regards,", "Many thanks,", "Best wishes,", "Cheers,", "Thanks,", "Regards,"),
    "en_AU": ("Cheers,", "Thanks heaps,", "Kind regards,", "Regards,", "Thanks,"),
    "de_AT": (
        "Liebe Grüße",
        "LG",
        "Mit freundlichen Grüßen",
        "Beste Grüße",
        "Schöne Grüße",
        "Danke und liebe Grüße",
    ),
    "fr_FR": (
        "Cordialement,",
        "Bien cordialement,",
        "Merci d'avance,",
        "Bonne journée,",
        "Bien à vous,",
    ),
    "es_MX": (
        "Saludos,",
        "Saludos cordiales,",
        "Gracias,",
        "Quedo atent{G:o|a},",
        "Muchas gracias,",
        "Atentamente,",
    ),
    "pt_BR": ("Abraços,", "Att.,", "Atenciosamente,", "Obrigad{G:o|a}!", "Abs,", "Grat{G:o|a},"),
    "pt_PT": (
        "Cumprimentos,",
        "Com os melhores cumprimentos,",
        "Obrigad{G:o|a},",
        "Atentamente,",
        "Melhores cumprimentos,",
    ),
    "da_DK": (
        "Venlig hilsen",
        "Med venlig hilsen",
        "Mvh.",
        "Hilsen",
        "De bedste hilsner",
        "Tak på forhånd",
    ),
    "no_NO": ("Hilsen", "Vennlig hilsen", "Mvh", "Med vennlig hilsen", "Takk på forhånd"),
}
SIG_C = (
    ("{bye}\n{first}", 5),
    ("{bye}\n{full}", 5),
    ("{bye}\n{full}\n{phone}", 2),
    ("{bye}\n{full}\n{w:tel}: {phone}", 1),
    ("{bye}\n{first}\n\n{w:sent}", 1),
    ("{bye}\n{full}\n{addrblock}", 1),
    ("{bye} {first}", 2),
    ("{bye}\n{initial}", 1),
    ("{bye}\n\n{full}\n{email}", 1),
    ("{bye}\n{FULL}", 1),
)
SIG_A = (
    ("{abye}\n{a_first}\n{w:cs}", 4),
    ("{abye}\n\n{a_full}\n{w:cs}[[ · {company}]]", 4),
    ("{abye}\n{a_full}\n{w:cs}\n{w:tel} {a_phone}", 2),
    ("{abye}\n{a_full}\n{w:cs}\n{w:tel} {a_phone}[[ {w:ext} {ext}]]", 1),
    ("{abye}\n{a_first} | {w:cs}", 2),
    ("{abye}\n{a_full}\n{a_email}", 2),
    ("{abye}\n{a_first}[[\n{company}]]", 2),
)
LEX = {
    "en": {
        "hello": (
            "Hi,",
            "Hello,",
            "Hi there,",
            "Hello support,",
            "Dear Sir or Madam,",
            "Good morning,",
            "Hi team,",
        ),
        "hi_c": (
            "Hi {first},",
            "Hello {first},",
            "Dear {title} {last},",
            "Dear {full},",
            "Good afternoon {first},",
            "Hi {first}!",
        ),
        "words": "tel=Phone;cell=mobile;cs=Customer Service;sent=Sent from my iPhone;"
        "name=Name;email=Email;phone=Phone;address=Address;dob=Date of birth;card=Card number;"
        "iban=IBAN;message=Message;subject=Subject;from=From;to=To;date=Date;ssn=SSN;"
        "fwd=---------- Forwarded message ---------;wrote={who} wrote:;customer=Customer;"
        "agent=Agent;first=First name;last=Last name;ip=IP address;visitor=Visitor",
    },
    "de": {
        "hello": (
            "Hallo,",
            "Guten Tag,",
            "Grüß Gott,",
            "Sehr geehrte Damen und Herren,",
            "Liebes Team,",
            "Servus,",
        ),
        "hi_c": (
            "Sehr geehrte{g:r|} {title} {last},",
            "Hallo {first},",
            "Liebe{g:r|} {first},",
            "Guten Tag {title} {last},",
            "Grüß Gott {title} {last},",
            "Sehr geehrte{g:r|} {title} {pick:Mag.|Dr.|DI} {last},",
        ),
        "words": "tel=Tel.;cell=Handy;cs=Kundenservice;sent=Von meinem iPhone gesendet;"
        "name=Name;email=E-Mail;phone=Telefon;address=Adresse;dob=Geburtsdatum;"
        "card=Kartennummer;iban=IBAN;message=Nachricht;subject=Betreff;from=Von;to=An;"
        "date=Datum;fwd=---------- Weitergeleitete Nachricht ----------;wrote={who} schrieb:;"
        "customer=Kunde;agent=Mitarbeiter;first=Vorname;last=Nachname;ip=IP-Adresse;"
        "visitor=Besucher",
    },
    "fr": {
        "hello": (
            "Bonjour,",
            "Madame, Monsieur,",
            "Bonjour à vous,",
            "Bonsoir,",
            "Bonjour l'équipe,",
        ),
        "hi_c": (
            "Bonjour {title} {last},",
            "Bonjour {first},",
            "{g:Cher|Chère} {first},",
            "{g:Monsieur|Madame},",
            "Bonjour {full},",
        ),
        "words": "tel=Tél.;cell=portable;cs=Service client;sent=Envoyé de mon iPhone;"
        "name=Nom;email=E-mail;phone=Téléphone;address=Adresse;dob=Date de naissance;"
        "card=Numéro de carte;iban=IBAN;message=Message;subject=Objet;from=De;to=À;"
        "date=Date;fwd=---------- Message transféré ---------;wrote={who} a écrit :;"
        "customer=Client;agent=Conseiller;first=Prénom;last=Nom de famille;ip=Adresse IP;"
        "visitor=Visiteur",
    },
    "es": {
        "hello": (
            "Hola,",
            "Buenas tardes,",
            "Buen día,",
            "Estimados:",
            "A quien corresponda:",
            "Hola, buenos días.",
        ),
        "hi_c": (
            "Hola, {first}:",
            "Estimad{g:o|a} {first}:",
            "Estimad{g:o|a} {title} {last}:",
            "Buen día, {first}.",
            "Hola {full}:",
        ),
        "words": "tel=Tel.;cell=celular;cs=Atención a clientes;sent=Enviado desde mi iPhone;"
        "name=Nombre;email=Correo;phone=Teléfono;address=Domicilio;"
        "dob=Fecha de nacimiento;card=Número de tarjeta;iban=IBAN;message=Mensaje;"
        "subject=Asunto;from=De;to=Para;date=Fecha;"
        "fwd=---------- Mensaje reenviado ---------;wrote={who} escribió:;customer=Cliente;"
        "agent=Asesor;first=Nombre(s);last=Apellidos;ip=Dirección IP;visitor=Visitante",
    },
    "ptBR": {
        "hello": ("Olá,", "Oi,", "Boa tarde,", "Bom dia, pessoal,", "Prezados,", "Oi, tudo bem?"),
        "hi_c": (
            "Olá, {first}!",
            "Oi {first},",
            "Prezad{g:o|a} {first},",
            "Prezad{g:o|a} {title} {last},",
            "Boa tarde, {full}.",
        ),
        "words": "tel=Tel.;cell=celular;cs=Atendimento ao cliente;sent=Enviado do meu iPhone;"
        "name=Nome;email=E-mail;phone=Telefone;address=Endereço;dob=Data de nascimento;"
        "card=Número do cartão;iban=IBAN;message=Mensagem;subject=Assunto;from=De;to=Para;"
        "date=Data;fwd=---------- Mensagem encaminhada ---------;wrote={who} escreveu:;"
        "customer=Cliente;agent=Atendente;first=Nome;last=Sobrenome;ip=Endereço IP;"
        "visitor=Visitante",
    },
    "ptPT": {
        "hello": ("Olá,", "Bom dia,", "Boa tarde,", "Exmos. Senhores,", "Caros senhores,"),
        "hi_c": (
            "Car{g:o|a} {first},",
            "Exm{g:o|a}. {title} {last},",
            "Olá {first},",
            "Bom dia {title} {full},",
        ),
        "words": "tel=Tel.;cell=telemóvel;cs=Apoio ao Cliente;sent=Enviado do meu iPhone;"
        "name=Nome;email=E-mail;phone=Telefone;address=Morada;dob=Data de nascimento;"
        "card=Número do cartão;iban=IBAN;message=Mensagem;subject=Assunto;from=De;to=Para;"
        "date=Data;fwd=---------- Mensagem reencaminhada ---------;wrote={who} escreveu:;"
        "customer=Cliente;agent=Assistente;first=Nome próprio;last=Apelido;ip=Endereço IP;"
        "visitor=Visitante",
    },
    "da": {
        "hello": ("Hej,", "Hej med jer,", "Goddag,", "Hej kundeservice,", "Til rette vedkommende"),
        "hi_c": ("Kære {first}", "Hej {first},", "Kære {full}", "Hej {first}!", "Hej {first}"),
        "words": "tel=Tlf.;cell=mobil;cs=Kundeservice;sent=Sendt fra min iPhone;name=Navn;"
        "email=E-mail;phone=Telefon;address=Adresse;dob=Fødselsdato;card=Kortnummer;iban=IBAN;"
        "message=Besked;subject=Emne;from=Fra;to=Til;date=Dato;"
        "fwd=---------- Videresendt meddelelse ----------;wrote={who} skrev:;customer=Kunde;"
        "agent=Medarbejder;first=Fornavn;last=Efternavn;ip=IP-adresse;visitor=Besøgende",
    },
    "no": {
        "hello": ("Hei,", "Hei der,", "Hallo,", "Hei kundeservice,", "God dag,"),
        "hi_c": ("Hei {first},", "Hei {first}!", "Kjære {first},", "Hei {full},", "Hei {first}"),
        "words": "tel=Tlf.;cell=mobil;cs=Kundeservice;sent=Sendt fra min iPhone;name=Navn;"
        "email=E-post;phone=Telefon;address=Adresse;dob=Fødselsdato;card=Kortnummer;iban=IBAN;"
        "message=Melding;subject=Emne;from=Fra;to=Til;date=Dato;"
        "fwd=---------- Videresendt melding ----------;wrote={who} skrev:;customer=Kunde;"
        "agent=Rådgiver;first=Fornavn;last=Etternavn;ip=IP-adresse;visitor=Besøkende",
    },
}
EXTRA_WORDS = {
    "en": "ext=ext.;serial=Serial number;voucher=Voucher code;invoice=Invoice;order=Order number;"
    "custno=Customer number;submitted=Submitted;page=Page;city=City;amount=Amount;"
    "created=Created;product=Product;sku=SKU;ean=EAN;num=Qty;ticket=Ticket;"
    "version=Version",
    "de": "ext=DW;serial=Seriennummer;voucher=Gutscheincode;invoice=Rechnungsnr.;"
    "order=Bestellnummer;custno=Kundennummer;submitted=Gesendet am;page=Seite;"
    "city=Ort;amount=Betrag;created=Angelegt am;product=Produkt;sku=Art.-Nr.;ean=EAN;"
    "num=Menge;ticket=Ticket;version=Version",
    "fr": "ext=poste;serial=N° de série;voucher=Code promo;invoice=N° de facture;"
    "order=N° de commande;custno=N° client;submitted=Envoyé le;page=Page;city=Ville;"
    "amount=Montant;created=Créé le;product=Produit;sku=Réf.;ean=EAN;num=Qté;"
    "ticket=Ticket;version=Version",
    "es": "ext=ext.;serial=Número de serie;voucher=Código de descuento;invoice=Factura;"
    "order=Número de pedido;custno=Número de cliente;submitted=Enviado;page=Página;"
    "city=Ciudad;amount=Importe;created=Fecha de alta;product=Producto;sku=SKU;"
    "ean=EAN;num=Cant.;ticket=Folio;version=Versión",
    "ptBR": "ext=ramal;serial=Número de série;voucher=Cupom;invoice=Nota fiscal;"
    "order=Número do pedido;"
    "custno=Código do cliente;submitted=Enviado em;page=Página;city=Cidade;"
    "amount=Valor;created=Criado em;product=Produto;sku=SKU;ean=EAN;num=Qtd.;"
    "ticket=Chamado;version=Versão",
    "ptPT": "ext=ext.;serial=Número de série;voucher=Código promocional;invoice=Fatura;"
    "order=N.º da encomenda;custno=N.º de cliente;submitted=Enviado em;page=Página;"
    "city=Localidade;amount=Montante;created=Criado em;product=Produto;sku=Ref.;"
    "ean=EAN;num=Qtd.;ticket=Pedido;version=Versão",
    "da": "ext=lokal;serial=Serienummer;voucher=Rabatkode;invoice=Fakturanr.;order=Ordrenummer;"
    "custno=Kundenummer;submitted=Sendt;page=Side;city=By;amount=Beløb;"
    "created=Oprettet;product=Produkt;sku=Varenr.;ean=EAN;num=Antal;ticket=Sag;"
    "version=Version",
    "no": "ext=linje;serial=Serienummer;voucher=Rabattkode;invoice=Fakturanr.;order=Ordrenummer;"
    "custno=Kundenummer;submitted=Sendt;page=Side;city=Sted;amount=Beløp;"
    "created=Opprettet;product=Produkt;sku=Varenr.;ean=EAN;num=Antall;ticket=Sak;"
    "version=Versjon",
}
for _lang, _lex in LEX.items():
    _spec = _lex["words"] + ";" + EXTRA_WORDS[_lang]
    _lex["words"] = dict(kv.split("=", 1) for kv in _spec.split(";"))
WORDS_LOC = {
    "en_US": {"cell": "cell", "tel": "Phone"},
    "en_GB": {"cell": "mobile", "tel": "Tel"},
    "en_AU": {"cell": "mobile", "tel": "Ph"},
}


def word(ctx: Ctx, key: str) -> str:
    return WORDS_LOC.get(ctx.loc, {}).get(key) or LEX[ctx.lang]["words"][key]


def _weighted(r, options):
    return r.choices([o for o, _ in options], [w for _, w in options])[0]


def _bye(ctx: Ctx, role: str) -> list[Piece]:
    text = ctx.r.choice(BYE[ctx.loc])
    return render(ctx, text.replace("{G:", "{g:" if role == "c" else "{a_g:"))


def _title(role: str):
    def make(ctx: Ctx) -> list[Piece]:
        m, f = TITLES[ctx.loc]
        return [(m if ctx.person(role).gender == "m" else f, None, None)]

    return make


def _cs_email(ctx: Ctx) -> list[Piece]:
    return [(f"{ctx.r.choice(ROLE_LOCAL[ctx.lang])}@{ctx.company()[1]}", "email", None)]


def _speaker(role: str):
    """A chat speaker label: the name (first, full, lower case) or the generic word."""

    def make(ctx: Ctx) -> list[Piece]:
        if role == "c":
            opts = [("{first}", 4), ("{full}", 2), ("{lower}", 1), ("{w:customer}", 2)]
            opts.append(("{w:visitor}", 1))
        else:
            opts = [("{a_first}", 4), ("{w:agent} {a_first}", 2), ("{a_first} ({w:cs})", 1)]
            opts.append(("{w:cs}", 1))
        return render(ctx, _weighted(ctx.r, opts))

    return make


TEXT_SLOTS = {
    "hello": lambda c: render(c, c.r.choice(LEX[c.lang]["hello"])),
    "hi_c": lambda c: render(c, c.r.choice(LEX[c.lang]["hi_c"])),
    "bye": lambda c: _bye(c, "c"),
    "abye": lambda c: _bye(c, "a"),
    "sig_c": lambda c: render(c, _weighted(c.r, SIG_C)),
    "sig_a": lambda c: render(c, _weighted(c.r, SIG_A)),
    "title": _title("c"),
    "a_title": _title("a"),
    "t_title": _title("t"),
    "cs_email": _cs_email,
    "cs": _speaker("c"),
    "as": _speaker("a"),
}


# ---------------------------------------------------------------------------------------------
# Templates: (situation, written by customer "c" or agent "a", subject, body, locales or None)
# ---------------------------------------------------------------------------------------------

SECTOR = {"ecom": "shop", "returns": "shop", "saas": "saas", "it": "it", "bank": "bank"}
SECTOR |= {"insure": "insure", "travel": "travel", "energy": "energy", "health": "health"}
SECTOR |= {"property": "property", "hr": "hr", "gov": "gov", "telecom": "telecom"}
US, GB, AU = ("en_US",), ("en_GB",), ("en_AU",)

EN = [
    (
        "ecom",
        "c",
        "Parcel marked as delivered but not received",
        """{hello}

my order[[ {order}]] shows as delivered yesterday afternoon, but nothing was left at the door \
and none of the neighbours have it.[[ The tracking number is {tracking}.]] Could you please \
check with the courier where exactly it was dropped off? The delivery address on the order is

{addrblock}

I'm home most days, or you can call me on {phone}.

{sig_c}""",
        None,
    ),
    (
        "ecom",
        "a",
        "Your delivery – we need a few more details",
        """{hi_c}

thanks for shopping with us. Our courier tried to deliver your parcel[[ {tracking}]] today but \
couldn't find the unit at {addr}. Could you reply with anything that's missing (unit number, \
gate code, building name)?[[ We'll hold the parcel at our {city} depot until {date}.| We'll \
hold the parcel at the depot for five working days.]]

{sig_a}""",
        None,
    ),
    (
        "returns",
        "c",
        "Refund still not received",
        """{hello}

I sent back the [[{product}|headphones]] two weeks ago[[ (RMA {ticket})]] and the refund still \
hasn't come through. I paid with my card {card}, but that card has since been cancelled, so \
could you send the money to my bank account instead?

IBAN: {iban}
Account holder: {full}

{sig_c}""",
        GB,
    ),
    (
        "returns",
        "c",
        "Refund to a cancelled card",
        """{hello}

I returned the [[{product}|coffee machine]] last week[[ (return {order})]]. The refund went to \
my old card {card}, which my bank closed after it was skimmed. Can you reissue it? I'm happy \
to give you another card, or you can send a store credit voucher to {addr}.

{sig_c}""",
        US + AU,
    ),
    (
        "returns",
        "a",
        "Your return has been approved",
        """{hi_c}

good news – your return has been approved[[ and a refund of {amount} is on its way]]. Because \
the order was paid by bank transfer, we'll send the money to the account you gave us: {iban}. \
Please allow 3–5 business days.
[[
Return reference: {order}
]]
{sig_a}""",
        GB,
    ),
    (
        "saas",
        "c",
        "Locked out of my account",
        """{hello}

I can't log in to my account any more. My login is {email}, but the password reset mail goes \
to my old work address {email2}, which I no longer have access to. Your page also lists \
several failed sign-in attempts from {ip} – that wasn't me.

Could you switch the account to my personal address and reset 2FA?[[ Workspace: {acct}.]]

{sig_c}""",
        None,
    ),
    (
        "saas",
        "a",
        "New sign-in to your account",
        """{hi_c}

we noticed a sign-in to your account ({email}) from a new device at {ip}[[ on {ts}]]. If this \
was you, there's nothing to do. If not, please reset your password straight away and review \
your active sessions.
[[
Device: {product}, app version {version}
]]
{sig_a}""",
        None,
    ),
    (
        "it",
        "c",
        "Nightly export failing",
        """Hi {a_first},

the nightly export has been failing since Tuesday[[ (job {uuid}, build {version})]]. From the \
log:

    ERROR could not connect: {urlcred}
    retrying in 30s ...

I also rotated the API key yesterday like you asked – the new one is {secret}. Could that be \
why?[[ The job runs on {host} ({privip}).]]

{sig_c}""",
        None,
    ),
    (
        "it",
        "a",
        "Your temporary password",
        """{hi_c}

as discussed on the phone, I've reset your VPN account. Your temporary password is:

{password}

You'll be asked to choose a new one when you first log in.[[ I've closed ticket {ticket}.]] If \
anything else comes up, call me on {a_phone}.

{sig_a}""",
        None,
    ),
    (
        "bank",
        "c",
        "Standing order for my rent",
        """{hello}

I'd like to set up a monthly standing order[[ of {amount}]] from my current account to my \
landlord. {t_g:His|Her} details:

Name: {t_full}
IBAN: {iban}

My details, in case you need to verify: {full}, date of birth {dob}, {w:cell} {phone}.

{sig_c}""",
        GB,
    ),
    (
        "bank",
        "c",
        "International wire – please check the details",
        """{hello}

I need to send an international wire[[ of {amount}]] to my \
{pick:sister|brother|daughter|son}'s account in Europe. Could you check the details before I \
submit it?

Beneficiary: {t_full}
IBAN: {iban}

The account is in my name, {full}; my {w:cell} is {phone}.

{sig_c}""",
        US + AU,
    ),
    (
        "insure",
        "c",
        "Claim – water damage",
        """{hello}

I'd like to report water damage in my {pick:flat|apartment|unit} at {addr}.[[ My policy number \
is {policy}.]] On[[ {date}| Sunday night]] water came through the bathroom ceiling from the \
place upstairs; the neighbour, {t_full}, has already confirmed a burst pipe on {t_g:his|her} \
side.

Policyholder: {full}
Born: {dob}
Contact: {phone} / {email}

Photos attached.

{sig_c}""",
        None,
    ),
    (
        "travel",
        "c",
        "Name correction on my booking",
        """{hello}

I booked two seats[[ on {flight} (booking reference {booking})]] for myself and my partner, \
but my name was entered wrongly. It should read {FULL}, exactly as in my passport (date of \
birth {dob}). The booking was paid with my card {card}.

Can this be corrected without a new fare? My partner's name ({t_full}) is fine.

{sig_c}""",
        None,
    ),
    (
        "energy",
        "a",
        "Moving out – your final bill",
        """{hi_c}

thanks for letting us know about your move. We'll close your account[[ {custno}]] at {addr} \
on the date you gave us.[[ Please send us a final reading for meter {meter} on that day.]]

Your final bill will be sent to your new address:

{addrblock2}

{sig_a}""",
        None,
    ),
    (
        "health",
        "a",
        "Appointment reminder",
        """{hi_c}

this is a reminder of your appointment with Dr {t_last} on[[ {date}| Thursday]] at 10:40.[[ \
The practice entrance is on {street}, next to the pharmacy.]]

Patient: {full}
Date of birth: {dob}

If you can't make it, please call us on {a_phone} at least 24 hours before.

{sig_a}""",
        None,
    ),
    (
        "property",
        "c",
        "Hot water system broken again",
        """{hello}

the hot water in my {pick:flat|unit|apartment} has stopped working again – nothing since \
yesterday morning. The address is {addr}[[ (tenancy {custno})]].

I'm at work during the day, but my partner {t_first} can let the plumber in; \
{t_g:his|her} number is {t_phone}. Otherwise call me on {phone}.

{sig_c}""",
        None,
    ),
    (
        "hr",
        "c",
        "New bank details for payroll",
        """Hi {a_first},

I've changed banks, so please pay my salary into the new account from the next run:

Name: {full}
New IBAN: {iban}

Also, my address has changed to:
{addrblock}

{sig_c}""",
        GB,
    ),
    (
        "hr",
        "c",
        "Onboarding paperwork",
        """Hi {a_first},

here's the info you asked for to finish my onboarding paperwork:

Full legal name: {full}
SSN: {ssn}
Date of birth: {dob}
Home address: {addr}

I'll bring the signed I-9 on Monday.[[ Employee ID {custno}.]]

{sig_c}""",
        US,
    ),
    (
        "hr",
        "a",
        "Your payslip address",
        """{hi_c}

payroll here. Your payslips are still going to {addr} – is that right? If you've moved, just \
reply with the new address. For anything urgent you can reach me on {a_phone}.

{sig_a}""",
        AU + US,
    ),
    (
        "gov",
        "c",
        "Where is my tax refund?",
        """{hello}

I filed my return in February and still haven't received my refund. The online tool just says \
it's still being processed.

Name: {full}
SSN: {ssn}
Mailing address: {addr}

Is anything else needed from me?

{sig_c}""",
        US,
    ),
    (
        "gov",
        "c",
        "Change of address",
        """{hello}

I'm writing to let you know I've moved. My new address is:

{addrblock}

Name: {full}
Date of birth: {dob}
{w:tel}: {phone}
[[
My reference number is {custno}.
]]
{sig_c}""",
        None,
    ),
    (
        "telecom",
        "c",
        "Porting my number",
        """{hello}

I'd like to move my number {phone} over to you from my current provider[[ (account \
{custno})]]. The account holder is me, {full}, born {dob}. Please charge the connection fee to \
my card {card}.

Could you also tell me when the SIM will arrive? My address is {addr}.

{sig_c}""",
        None,
    ),
    (
        "telecom",
        "a",
        "Your new phone plan",
        """{hi_c}

welcome aboard! Your new plan is active and your number {phone} has been moved across.[[ The \
first bill of {amount} will be charged on {date}.]] We'll charge the card you gave us each \
month – if you'd like to pay from another card, just reply to this email.

{sig_a}""",
        None,
    ),
]
EN_NOTES = [
    "Called {full} back about the refund – no answer, left a voicemail on {phone}.[[ Ticket \
{ticket}.]]",
    "pls change delivery address for[[ order {order}| my order]] to {addr} – thx {first}",
    "Note for {a_first}: customer {full} ({email}) wants a copy of[[ invoice {invoice}| the last \
invoice]]. Send by email, not post.",
    "{first} – the courier left a card. Parcel's at the post office, need to pick up with ID. \
Call me on {phone} if you get this first.",
    "CALLBACK: {FULL}, {phone}, re: login problems since the update[[ ({version})]]. Prefers \
after 5pm.",
]
EN_CHATS = [
    """[{t}] {cs}: hi, my order hasn't arrived yet
[{t}] {as}: Hi {first}, sorry to hear that! Could you confirm the email address on the order?
[{t}] {cs}: {email}
[{t}] {as}: Thanks. I can see the parcel[[ {tracking}]] went to {addr}. Is that right?
[{t}] {cs}: yes that's me
[{t}] {as}: OK, I've opened a claim with the courier. You'll hear back within 48 hours.
[{t}] {cs}: great thanks""",
    """[{t}] {cs}: hey my card keeps getting declined on the upgrade page
[{t}] {as}: Hi! Which card are you using? You can paste the number here, the chat is secure.
[{t}] {cs}: {card}
[{t}] {as}: Thanks {first}. The bank flagged the payment from {ip} as unusual[[ ({amount})]]. \
Could you try again in a few minutes?
[{t}] {cs}: ok will do""",
    """[{t}] {cs}: Hi, I need to change the phone number on my account
[{t}] {as}: No problem! What's the new number?
[{t}] {cs}: {phone}
[{t}] {as}: And for security, your date of birth?
[{t}] {cs}: {dob}
[{t}] {as}: All done, {first}. You'll get a confirmation text shortly.""",
]
EN_NOPII = [
    """Hi all,

quick heads-up: the warehouse in {city} will be closed[[ on {date}| on Monday]] for \
stocktaking. Orders placed after 2 pm on Friday will ship the following Tuesday.[[ Affected \
lines: {sku}, {sku2}.]]

Thanks,
Ops""",
    """Your parcel[[ {tracking}]] has left our depot and is on its way. Expected delivery: 2–3 \
working days.[[ Order {order} · {amount}]]

This is an automated message – please do not reply.""",
    """Release notes[[ {version}]]

- Fixed a crash when exporting invoices to PDF
- Faster sync on slow connections
- Updated translations[[

Commit {sha}, deployed to {host}]]""",
    """Hi,

is the [[{product}|new model]] compatible with the older charger? The shop on {street} said \
it might not be.

Thanks""",
    """Planned maintenance: power will be off in the {postcode} area[[ on {date}| on Wednesday]] \
between 9:00 and 13:00. We apologise for the inconvenience.[[ Work order {ticket}.]]""",
    """Hello,

the replacement part arrived but the serial number on the box ({serialphone}) doesn't match \
the one on the invoice[[ ({invoice})]]. Is that normal?

Thanks""",
]
EN_REPLIES = [
    """{hi_c}

thanks for getting back to us. I've passed this on to the right team and we'll update you as \
soon as we hear back.[[ Your case number is {ticket}.]]

{sig_a}""",
    """{hi_c}

sorry for the trouble – I've sorted this out for you now. Let us know if there's anything \
else.

{sig_a}""",
    """{hi_c}

thank you, we've received everything we need. There's nothing more you need to do.

{sig_a}""",
]


# ---------------------------------------------------------------------------------------------
# Shapes
# ---------------------------------------------------------------------------------------------


def P(text: str) -> Piece:
    return (text, None, None)


def _pv(ctx: Ctx, role: str, fld: str, suffix: str = "") -> Piece:
    return (person_value(ctx, role, fld, suffix), PERSON_TYPE[fld], None)


def _neg_piece(ctx: Ctx, name: str) -> Piece:
    return slot(ctx, name, None)[0]


CAPITALISED = ("en", "fr", "es", "ptBR", "ptPT")  # German writes on in lower case after "Hallo,"


def capitalise(ctx: Ctx, body: str) -> str:
    """Paragraphs that open lower case (after the greeting) capitalised, as most writers of
    `ctx.lang` do; now and then left as they are."""
    if ctx.lang not in CAPITALISED or ctx.r.random() < 0.15:
        return body
    return re.sub(r"\n\n([a-zà-ÿ])", lambda m: "\n\n" + m.group(1).upper(), body)


def _pick_template(ctx: Ctx, who: str | None = None) -> tuple:
    opts = [t for t in PACK[ctx.lang]["templates"] if (t[4] is None or ctx.loc in t[4])]
    if who:
        opts = [t for t in opts if t[1] == who]
    t = ctx.r.choice(opts)
    ctx.sector = SECTOR[t[0]]
    return t


def _header(ctx: Ctx, who: str, subject: str, body: str, fwd: bool = False) -> list[Piece]:
    """From/To/Subject (and maybe Date) lines of a mail written by `who`."""
    me = _pick(ctx.r, ["{full} <{email}>", "{email}", "{lastfirst} <{email}>"], [5, 2, 1])
    them = _pick(ctx.r, ["{w:cs} <{cs_email}>", "{cs_email}", "{a_full} <{a_email}>"], [3, 2, 2])
    if who == "c" and "{a_first}" in body.split("\n", 1)[0]:  # written to a colleague by name
        them = "{a_full} <{a_email}>"
    frm, to = (me, them) if who == "c" else (them, me)
    lines = [f"{{w:from}}: {frm}", f"{{w:to}}: {to}", f"{{w:subject}}: {subject}"]
    if ctx.plant and ctx.r.random() < 0.5:
        lines.insert(1 if fwd else 2, "{w:date}: {ts}")
    text = "\n".join(lines)
    return render(ctx, text + "\n\n")


def shape_mail(ctx: Ctx) -> list[Piece]:
    sit, who, subject, body, _ = _pick_template(ctx)
    pieces = _header(ctx, who, subject, body) if ctx.r.random() < 0.35 else []
    return pieces + render(ctx, capitalise(ctx, body))


def shape_forward(ctx: Ctx) -> list[Piece]:
    sit, who, subject, body, _ = _pick_template(ctx)
    pack = PACK[ctx.lang]
    note = render(ctx, ctx.r.choice(pack["fwd_notes"]) + "\n\n")
    marker = [P(word(ctx, "fwd") + "\n")]
    body = capitalise(ctx, body)
    return note + marker + _header(ctx, who, subject, body, fwd=True) + render(ctx, body)


def _map_plain(pieces: list[Piece], fn) -> list[Piece]:
    """`fn` applied to the text of unlabelled pieces only (spans and negatives stay as they are)."""
    return [(fn(t), None, None) if not e and not n else (t, e, n) for t, e, n in pieces]


def shape_quoted(ctx: Ctx) -> list[Piece]:
    ctx.oneline = True
    _, _, _, body, _ = _pick_template(ctx, "c")
    quoted = render(ctx, capitalise(ctx, body))
    reply = render(ctx, capitalise(ctx, ctx.r.choice(PACK[ctx.lang]["replies"])) + "\n\n")
    who = _pick(ctx.r, ["{full} <{email}>", "{full}", "{email}"], [4, 1, 1])
    wrote = word(ctx, "wrote").replace("{who}", who)
    on = PACK[ctx.lang]["quote_on"]
    attribution = render(ctx, f"[[{on} {wrote}|{wrote}]]\n")
    quoted = _map_plain(quoted, lambda t: t.replace("\n", "\n> ").replace("> \n", ">\n"))
    if ctx.r.random() < 0.3:  # the customer's text quoted, the answer below it
        return attribution + [P("> ")] + quoted + [P("\n\n")] + reply
    return reply + attribution + [P("> ")] + quoted


def _html_escape(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shape_html(ctx: Ctx) -> list[Piece]:
    """A mail (or a quoted reply) as the HTML remnant a ticket system keeps: <p>/<br>, Gmail's
    <div>s or Outlook's MsoNormal paragraphs."""
    ctx.oneline = True
    pieces = shape_mail(ctx) if ctx.r.random() < 0.8 else shape_quoted(ctx)
    k = ctx.r.randrange(3)
    if k == 0:
        para, head, foot = "</p>\n<p>", "<p>", "</p>"
    elif k == 1:
        para, head, foot = (
            "</div>\n<div><br></div>\n<div>",
            '<div dir="ltr">\n<div>',
            "</div>\n</div>",
        )
    else:
        para = '</p>\n<p class="MsoNormal">&nbsp;</p>\n<p class="MsoNormal">'
        head = '<html><body><div class="WordSection1">\n<p class="MsoNormal">'
        foot = "</p>\n</div></body></html>"
    line = "</div>\n<div>" if k == 1 else "<br>\n"

    def html(t: str) -> str:
        return _html_escape(t).replace("\n\n", "\x00").replace("\n", line).replace("\x00", para)

    return [P(head)] + _map_plain(pieces, html) + [P(foot)]


def shape_note(ctx: Ctx) -> list[Piece]:
    ctx.sector = ctx.r.choice(("shop", "saas", "telecom", "bank"))
    return render(ctx, ctx.r.choice(PACK[ctx.lang]["notes"]))


def shape_chat(ctx: Ctx) -> list[Piece]:
    ctx.oneline = True
    ctx.sector = ctx.r.choice(("shop", "saas", "telecom"))
    text = ctx.r.choice(PACK[ctx.lang]["chats"])
    style = ctx.r.randrange(3)
    if style == 1:
        text = text.replace("[{t}] ", "{t} ")
    elif style == 2:
        text = re.sub(r"\[\{t\}\] (\{\w+\}): ", r"\1 [{t}]: ", text)
    return render(ctx, text)


FORM_STYLES = ("{k}: {v}", "{k}:\t{v}", "**{k}:** {v}", "{k} = {v}", "{k}\n{v}\n")
FORM_PII = ("email", "phone", "address", "dob", "card", "iban", "ip")
FORM_NEGS = (("order", "order"), ("custno", "custno"), ("submitted", "ts"), ("page", "url"))
FORM_NEGS += (("serial", "serialphone"), ("voucher", "voucher"))
FORM_SECTORS = ("shop", "telecom", "insure", "bank")  # what each of a pack's form titles is


def _field_value(ctx: Ctx, role: str, fld: str, sep: str = "") -> Piece:
    """A person's value for a form/CSV/table field (addresses on one line)."""
    if fld == "address":
        return _pv(ctx, role, "addr")
    if fld == "name":
        return _pv(ctx, role, _pick(ctx.r, ["full", "lastfirst", "FULL"], [8, 1, 1]))
    if fld == "dob" and ctx.r.random() < 0.3:
        return _pv(ctx, role, "dobiso")
    return _pv(ctx, role, fld)


def shape_form(ctx: Ctx) -> list[Piece]:
    r, pack = ctx.r, PACK[ctx.lang]
    k = r.randrange(len(pack["form_titles"]))
    ctx.sector = FORM_SECTORS[k]
    pool = list(FORM_PII) + (["ssn"] if ctx.loc == "en_US" else [])
    chosen = set(r.sample(pool, r.randint(2, 4)))
    fields = [f for f in pool if f in chosen]
    style = r.choice(FORM_STYLES)
    pieces = render(ctx, pack["form_titles"][k] + "\n\n")
    if r.random() < 0.3:
        for lab, fld in (("first", "first"), ("last", "surnames")):
            pieces += [P(style.split("{v}")[0].replace("{k}", word(ctx, lab))), _pv(ctx, "c", fld)]
            pieces.append(P(style.split("{v}")[1] + "\n"))
    else:
        fields.insert(0, "name")
    for fld in fields:
        head, tail = style.split("{v}")
        value = _field_value(ctx, "c", fld)
        if fld == "address" and head.endswith("\n"):  # the address under its label, in lines
            value = _pv(ctx, "c", "addrblock")
        pieces += [P(head.replace("{k}", word(ctx, fld))), value]
        pieces.append(P(tail + "\n"))
    if ctx.plant:
        for lab, neg in r.sample(FORM_NEGS, r.randint(1, 2)):
            head, tail = style.split("{v}")
            pieces += [P(head.replace("{k}", word(ctx, lab))), _neg_piece(ctx, neg), P(tail + "\n")]
    head = style.split("{v}")[0].replace("{k}", word(ctx, "message"))
    return pieces + [P(head)] + render(ctx, r.choice(pack["form_msgs"]))


CSV_PII = ("email", "phone", "address", "dob", "iban", "card")
CSV_NEGS = (("custno", "custno"), ("order", "order"), ("amount", "amount"), ("city", "city"))
CSV_NEGS += (("created", "isodate"), ("invoice", "invoice"))


def _csv_cell(value: Piece, sep: str, quote_all: bool) -> list[Piece]:
    if quote_all or sep in value[0] or '"' in value[0]:
        return [P('"'), value, P('"')]
    return [value]


def shape_csv(ctx: Ctx) -> list[Piece]:
    r = ctx.r
    ctx.sector = r.choice(("shop", "hr", "bank", "telecom", "energy", "saas"))
    pool = list(CSV_PII) + (["ssn"] if ctx.loc == "en_US" else [])
    chosen = set(r.sample(pool, r.randint(1, 3)))
    cols = ["name"] + [c for c in pool if c in chosen]
    negs = r.sample(CSV_NEGS, r.randint(1, 2)) if ctx.plant else []
    sep = _pick(r, [",", ";", "\t", "|"], [4, 3, 2, 1])
    quote_all = r.random() < 0.25
    labels = [word(ctx, c) for c in cols] + [word(ctx, lab) for lab, _ in negs]
    if r.random() < 0.4:
        labels = [re.sub(r"\W+", "_", lab.lower()).strip("_") for lab in labels]
    pieces = (
        render(ctx, r.choice(PACK[ctx.lang]["csv_intros"]) + "\n\n") if r.random() < 0.5 else []
    )
    pieces.append(P(sep.join(labels) + "\n"))
    for i in range(r.randint(1, 4)):
        role = f"row{i}"
        for j, c in enumerate(cols):
            if j:
                pieces.append(P(sep))
            value = _pv(ctx, role, "full") if c == "name" else _field_value(ctx, role, c)
            pieces += _csv_cell(value, sep, quote_all)
        for _, neg in negs:
            value = slot(ctx, f"{neg}{i}", None)[0]
            pieces += [P(sep)] + _csv_cell(value, sep, quote_all)
        pieces.append(P("\n"))
    return pieces


LOG_PII = (
    ("INFO", "auth", "login ok user={email} ip={ip}"),
    ("WARN", "auth", "failed login for {email} from {ip} (attempt 3/5)"),
    ("ERROR", "payments", "charge failed card={card} reason=do_not_honor"),
    ("DEBUG", "http", 'POST /api/v2/customers 201 email="{email}" phone="{phone}"'),
    ("INFO", "db", "connecting to {urlcred}"),
    ("DEBUG", "client", "Authorization: Bearer {secret}"),
    ("INFO", "profile", "address changed for {email}: {addr}"),
    ("WARN", "kyc", "date of birth mismatch for {full}: form={dob}"),
    ("INFO", "mail", "password reset sent to {email}"),
    ("INFO", "sms", "OTP sent to {phone}"),
    ("INFO", "payouts", "payout queued iban={iban} holder={full}"),
    ("WARN", "sso", "token refresh failed for {email}, client ip {ip}"),
)
LOG_CLEAN = (
    ("INFO", "session", "session {uuid} started from {privip}"),
    ("INFO", "deploy", "release {version} ({sha}) live on {host}"),
    ("DEBUG", "cache", "checksum {hash} verified"),
    ("INFO", "worker", "job {uuid2} finished in 3.2s"),
    ("INFO", "http", "GET /healthz 200 from {privip2}"),
    ("WARN", "orders", "order {order} stuck in state PAYMENT_PENDING"),
    ("INFO", "shipping", "label created for {tracking}"),
)


def shape_log(ctx: Ctx, clean: bool = False) -> list[Piece]:
    r = ctx.r
    ctx.oneline, ctx.sector = True, "saas"
    lines = [] if clean else r.sample(LOG_PII, r.randint(1, 4))
    lines += r.sample(LOG_CLEAN, r.randint(1 if clean or ctx.plant else 0, 3))
    r.shuffle(lines)
    pieces = (
        render(ctx, r.choice(PACK[ctx.lang]["log_intros"]) + "\n\n") if r.random() < 0.5 else []
    )
    fmt = r.randrange(3)
    for i, (level, svc, msg) in enumerate(lines):
        ts = (_log_ts(ctx, i, fmt), None, "timestamp")
        if fmt == 2:
            pieces += [P("["), ts, P(f"] {level:<5} {svc}: ")]
        else:
            pieces += [ts, P(f" {level} [{svc}] ")]
        pieces += render(ctx, msg) + [P("\n")]
    return pieces


def _log_ts(ctx: Ctx, i: int, fmt: int) -> str:
    """Line `i`'s time: one day, minutes rising line by line."""
    if "_logt" not in ctx.cache:
        ctx.cache["_logt"] = rand_ymd(ctx.r, 2023, 2025) + (ctx.r.randint(0, 22),)
    y, m, d, h = ctx.cache["_logt"]
    mi, s = i * 7 % 60, ctx.r.randint(0, 59)
    if fmt == 0:
        return f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
    if fmt == 1:
        return f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{ctx.r.randint(0, 999):03d}"
    return f"{d:02d}/{m:02d}/{y} {h:02d}:{mi:02d}:{s:02d}"


JSON_KEYS = {
    "en": "name,email,phone,date_of_birth,address,iban,card_number,ip_address",
    "de": "name,email,telefon,geburtsdatum,adresse,iban,kartennummer,ip",
    "ptBR": "nome,email,telefone,data_nascimento,endereco,iban,numero_cartao,ip",
    "es": "nombre,correo,telefono,fecha_nacimiento,domicilio,iban,numero_tarjeta,ip",
}
JSON_FIELDS = ("name", "email", "phone", "dob", "address", "iban", "card", "ip")


def shape_json(ctx: Ctx) -> list[Piece]:
    r = ctx.r
    ctx.oneline, ctx.sector = True, r.choice(("shop", "saas", "bank", "telecom"))
    keys = JSON_KEYS.get(ctx.lang, JSON_KEYS["en"]) if r.random() < 0.4 else JSON_KEYS["en"]
    keys = dict(zip(JSON_FIELDS, keys.split(","), strict=True))
    extra = set(r.sample(JSON_FIELDS[1:], r.randint(1, 4)))
    chosen = ["name"] + [f for f in JSON_FIELDS[1:] if f in extra]
    ind = r.choice(("  ", "    "))
    pieces = (
        render(ctx, r.choice(PACK[ctx.lang]["log_intros"]) + "\n\n") if r.random() < 0.4 else []
    )
    pieces.append(P("{\n"))
    if ctx.plant:
        pieces += [P(f'{ind}"id": "'), _neg_piece(ctx, "uuid"), P('",\n')]
        pieces += [P(f'{ind}"created_at": "'), _neg_piece(ctx, "ts"), P('",\n')]
    pieces.append(
        P(f'{ind}"event": "{r.choice(("customer.updated", "order.created", "signup"))}",\n')
    )
    pieces.append(P(f'{ind}"customer": {{\n'))
    for k, fld in enumerate(chosen):
        fld_piece = _pv(ctx, "c", "full") if fld == "name" else _field_value(ctx, "c", fld)
        end = ",\n" if k < len(chosen) - 1 else "\n"
        pieces += [P(f'{ind * 2}"{keys[fld]}": "'), fld_piece, P('"' + end)]
    pieces.append(P(f"{ind}}}"))
    if ctx.plant:
        pieces += [P(f',\n{ind}"order": "'), _neg_piece(ctx, "order"), P('"')]
    return pieces + [P("\n}")]


def shape_markdown(ctx: Ctx) -> list[Piece]:
    r = ctx.r
    ctx.sector = r.choice(("shop", "hr", "saas", "property"))
    extra = set(r.sample(("email", "phone", "dob"), r.randint(1, 3)))
    cols = ["name"] + [c for c in ("email", "phone", "dob") if c in extra]
    negs = [
        n for n in (("city", "city"), ("created", "date"), ("custno", "custno")) if r.random() < 0.4
    ]
    negs = negs if ctx.plant else []
    labels = [word(ctx, c) for c in cols] + [word(ctx, lab) for lab, _ in negs]
    pieces = render(ctx, r.choice(PACK[ctx.lang]["csv_intros"]) + "\n\n")
    pieces.append(P("| " + " | ".join(labels) + " |\n|" + "---|" * len(labels) + "\n"))
    for i in range(r.randint(1, 3)):
        role = f"row{i}"
        cells = [
            _pv(ctx, role, "full") if c == "name" else _field_value(ctx, role, c) for c in cols
        ]
        cells += [slot(ctx, f"{neg}{i}", None)[0] for _, neg in negs]
        for cell in cells:
            pieces += [P("| "), cell, P(" ")]
        pieces.append(P("|\n"))
    return pieces


def shape_config(ctx: Ctx) -> list[Piece]:
    r = ctx.r
    ctx.sector = r.choice(("saas", "it"))
    name, value = make_secret(r)
    pieces = render(ctx, r.choice(PACK[ctx.lang]["config_intros"]) + "\n\n")
    if r.random() < 0.5:
        pieces += [P("```\n# .env\nAPP_ENV=production\n")]
        if ctx.plant:
            pieces += [P("APP_VERSION="), _neg_piece(ctx, "version"), P("\n")]
            pieces += [P("REDIS_HOST="), _neg_piece(ctx, "privip"), P("\n")]
        pieces += [P("DATABASE_URL="), _pv(ctx, "c", "urlcred"), P("\n")]
        pieces += [P(f"{name}="), (value, "secret", None), P("\n")]
        if r.random() < 0.5:
            pieces += [P("ADMIN_EMAIL="), _pv(ctx, "c", "email"), P("\n")]
        return pieces + [P("```")]
    pieces += [P("smtp:\n  host: ")]
    pieces += [_neg_piece(ctx, "host")] if ctx.plant else [P("smtp.sendgrid.net")]
    pieces += [P("\n  port: 587\n  user: "), _pv(ctx, "c", "email")]
    pieces += [P('\n  password: "'), _pv(ctx, "c", "password"), P('"\n')]
    pieces += [P(f"{name.lower()}: "), (value, "secret", None), P("\n")]
    if r.random() < 0.4:
        pieces += [P("backup_target: "), _pv(ctx, "c", "urlcred"), P("\n")]
    return pieces


def shape_clean_table(ctx: Ctx) -> list[Piece]:
    """No PII: a stock or ticket table (CSV or markdown) of refs, products, amounts."""
    r = ctx.r
    ctx.sector = "shop"
    cols = r.choice(
        (("sku", "product", "ean", "amount", "num"), ("ticket", "product", "version", "date"))
    )
    cols = cols if ctx.plant or r.random() < 0.5 else cols[:2]
    md = r.random() < 0.4
    sep = " | " if md else r.choice((",", ";", "\t"))
    head = sep.join(word(ctx, c) for c in cols)
    pieces = [P(("| " + head + " |\n|" + "---|" * len(cols)) if md else head), P("\n")]
    for i in range(r.randint(2, 5)):
        pieces.append(P("| " if md else ""))
        for j, c in enumerate(cols):
            pieces += [P(sep if j else ""), slot(ctx, f"{c}{i}", None)[0]]
        pieces.append(P(" |\n" if md else "\n"))
    return pieces


def shape_clean_json(ctx: Ctx) -> list[Piece]:
    ctx.sector = "shop"
    pieces = [P('{\n  "order": "'), _neg_piece(ctx, "order"), P('",\n  "status": "in_transit",\n')]
    pieces += [P('  "carrier_ref": "'), _neg_piece(ctx, "tracking"), P('",\n  "shipped": "')]
    pieces += [_neg_piece(ctx, "isodate"), P('",\n  "total": "'), _neg_piece(ctx, "amount")]
    pieces += [P('",\n  "items": ["'), _neg_piece(ctx, "sku"), P('", "'), _neg_piece(ctx, "sku2")]
    return pieces + [P('"]\n}')]


def shape_nopii_prose(ctx: Ctx) -> list[Piece]:
    ctx.sector = ctx.r.choice(("shop", "energy", "saas"))
    return render(ctx, ctx.r.choice(PACK[ctx.lang]["nopii"]))


EN_EXTRA = {
    "fwd_notes": (
        "FYI – see below.",
        "Can someone pick this up please?",
        "Forwarding from the shared inbox.",
        "See below – the customer also called about this.",
        "Hi, can you take this one? Thanks, {a_first}",
    ),
    "quote_on": "On {date},",
    "form_titles": (
        "New submission from the contact form",
        "Web form: request a callback",
        "Online claim form",
        "Account update request (web)",
    ),
    "form_msgs": (
        "Please call me back about my bill.",
        "I moved last month, please update my details.[[ Ref {ticket}.]]",
        "Need help with my order[[ {order}]].",
        "The app keeps logging me out[[ since version {version}]].",
    ),
    "csv_intros": (
        "Here's the export you asked for:",
        "Attached the list from the CRM (copied below):",
        "Customer list for the migration:",
    ),
    "log_intros": (
        "Hi, this is what I see in the server log this morning:",
        "Raw output from the integration, in case it helps:",
        "Copying the relevant lines:",
    ),
    "config_intros": (
        "Hi IT, this is the config from the staging box – can you spot what's wrong?",
        "Pasting our settings file so you can reproduce the error:",
    ),
}


DE = [
    (
        "ecom",
        "c",
        "Paket nicht angekommen",
        """{hello}

laut Sendungsverfolgung wurde mein Paket[[ {tracking}]] gestern zugestellt, bei mir ist aber \
nichts angekommen – auch nicht bei den Nachbarn. Könnten Sie bitte beim Zusteller nachfragen, \
wo es abgegeben wurde?[[ Bestellnummer: {order}]]

Lieferadresse:
{addrblock}

Tagsüber bin ich unter {phone} erreichbar.

{sig_c}""",
        None,
    ),
    (
        "ecom",
        "a",
        "Ihre Lieferung – Adresse unvollständig",
        """{hi_c}

unser Zusteller konnte Ihre Sendung heute leider nicht zustellen: Bei der Adresse {addr} fehlt \
offenbar die Stiegen- oder Türnummer. Bitte antworten Sie kurz mit der vollständigen \
Anschrift.[[ Das Paket liegt bis {date} in unserer Filiale in {city} bereit.]]

{sig_a}""",
        None,
    ),
    (
        "returns",
        "c",
        "Rückerstattung noch offen",
        """{hello}

ich habe [[den {product}|die Kopfhörer]] vor zwei Wochen zurückgeschickt[[ (Retourennummer \
{ticket})]], die Gutschrift ist aber noch nicht da. Bezahlt hatte ich mit der Kreditkarte \
{card}, die mittlerweile gesperrt ist. Bitte überweisen Sie den Betrag stattdessen auf mein \
Konto:

IBAN: {iban}
Kontoinhaber{g:|in}: {full}

{sig_c}""",
        None,
    ),
    (
        "returns",
        "a",
        "Ihre Retoure",
        """{hi_c}

Ihre Retoure ist bei uns eingelangt und wurde geprüft.[[ Wir erstatten Ihnen {amount}.]] Da \
Sie per Überweisung bezahlt haben, geht das Geld auf das von Ihnen angegebene Konto {iban}. \
Bitte rechnen Sie mit 3–5 Werktagen.

{sig_a}""",
        None,
    ),
    (
        "saas",
        "c",
        "Kein Zugriff auf mein Konto",
        """{hello}

ich komme nicht mehr in mein Konto ({email}). Die Mail zum Zurücksetzen des Passworts geht an \
meine alte Firmenadresse {email2}, auf die ich keinen Zugriff mehr habe. Außerdem zeigt mir \
Ihre Seite fehlgeschlagene Anmeldeversuche von der IP {ip} an – das war nicht ich.

Können Sie die Adresse ändern und die Zwei-Faktor-Authentifizierung zurücksetzen?[[ \
Workspace: {acct}]]

{sig_c}""",
        None,
    ),
    (
        "saas",
        "a",
        "Neue Anmeldung bei Ihrem Konto",
        """{hi_c}

wir haben eine Anmeldung bei Ihrem Konto ({email}) von einem neuen Gerät festgestellt, \
IP-Adresse {ip}[[, am {ts}]]. Wenn Sie das waren, müssen Sie nichts tun. Andernfalls ändern \
Sie bitte sofort Ihr Passwort.

{sig_a}""",
        None,
    ),
    (
        "it",
        "c",
        "Export läuft nicht mehr",
        """Hallo {a_first},

seit Dienstag schlägt der nächtliche Export fehl[[ (Job {uuid}, Version {version})]]. Im Log \
steht:

    ERROR could not connect: {urlcred}

Den API-Key habe ich gestern wie besprochen getauscht, der neue lautet {secret}. Kann es damit \
zusammenhängen?[[ Der Job läuft auf {host}.]]

{sig_c}""",
        None,
    ),
    (
        "it",
        "a",
        "Ihr neues Passwort",
        """{hi_c}

wie telefonisch besprochen habe ich Ihren VPN-Zugang zurückgesetzt. Ihr vorläufiges Passwort \
lautet:

{password}

Beim ersten Login werden Sie aufgefordert, ein neues zu vergeben.[[ Ticket {ticket} ist damit \
erledigt.]] Bei Fragen erreichen Sie mich unter {a_phone}.

{sig_a}""",
        None,
    ),
    (
        "bank",
        "c",
        "Dauerauftrag einrichten",
        """{hello}

ich möchte einen monatlichen Dauerauftrag[[ über {amount}]] für meine Miete einrichten. \
Empfänger{t_g:|in}:

{t_full}
IBAN {iban}

Zur Identifikation: {full}, geb. {dob}, {w:cell} {phone}.

{sig_c}""",
        None,
    ),
    (
        "insure",
        "c",
        "Schadensmeldung Wasserschaden",
        """{hello}

ich melde einen Wasserschaden in meiner Wohnung, {addr}.[[ Polizzennummer: {policy}.]] In der \
Nacht auf[[ den {date}| Sonntag]] ist aus der Wohnung über mir Wasser durch die Badezimmerdecke \
gekommen; {t_g:der Nachbar|die Nachbarin}, {t_title} {t_last}, hat einen Rohrbruch bestätigt.

Versicherungsnehmer{g:|in}: {full}
Geburtsdatum: {dob}
Telefon: {phone}

Fotos schicke ich im Anhang mit.

{sig_c}""",
        None,
    ),
    (
        "travel",
        "c",
        "Namenskorrektur Buchung",
        """{hello}

bei meiner Buchung[[ {booking} (Flug {flight})]] ist mein Name falsch geschrieben. Richtig wäre \
{FULL}, so wie im Reisepass, geboren am {dob}. Bezahlt habe ich mit der Karte {card}.

Ist eine Korrektur ohne Umbuchungsgebühr möglich?

{sig_c}""",
        None,
    ),
    (
        "energy",
        "a",
        "Abmeldung und Schlussrechnung",
        """{hi_c}

vielen Dank für Ihre Umzugsmeldung. Wir melden Ihren Stromliefervertrag[[ {custno}]] für \
{addr} wie gewünscht ab.[[ Bitte geben Sie uns den Zählerstand von Zähler {meter} am Auszugstag \
bekannt.]]

Die Schlussrechnung senden wir an Ihre neue Adresse:

{addrblock2}

Ein etwaiges Guthaben überweisen wir auf {iban}.

{sig_a}""",
        None,
    ),
    (
        "health",
        "a",
        "Terminerinnerung",
        """{hi_c}

wir erinnern Sie an Ihren Termin bei Dr. {t_last} am[[ {date}| Donnerstag]] um 10:40 Uhr.[[ \
Der Eingang zur Ordination befindet sich in der {street}.]]

Patient{g:|in}: {full}, geb. {dob}

Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte spätestens 24 Stunden vorher \
unter {a_phone} ab.

{sig_a}""",
        None,
    ),
    (
        "property",
        "c",
        "Therme schon wieder defekt",
        """{hello}

die Gastherme in meiner Wohnung ({addr}) ist schon wieder ausgefallen, seit gestern gibt es \
kein Warmwasser. Ich bin tagsüber in der Arbeit, {t_g:mein Partner|meine Partnerin} {t_first} \
kann dem Techniker aber aufsperren ({t_phone}).

Bitte um rasche Rückmeldung.

{sig_c}""",
        None,
    ),
    (
        "hr",
        "c",
        "Neue Bankverbindung",
        """Hallo {a_first},

ich habe die Bank gewechselt – bitte ab der nächsten Gehaltsabrechnung auf das neue Konto \
überweisen:

{full}
IBAN: {iban}

Meine neue Adresse lautet übrigens:
{addrblock}

{sig_c}""",
        None,
    ),
    (
        "gov",
        "c",
        "Familienbeihilfe – Nachreichung",
        """Sehr geehrte Damen und Herren,

anbei reiche ich die fehlenden Angaben zu meinem Antrag auf Familienbeihilfe nach[[ \
(Geschäftszahl {custno})]]:

Name: {full}
Geburtsdatum: {dob}
Anschrift: {addr}
Bankverbindung: {iban}

Mit freundlichen Grüßen
{full}""",
        None,
    ),
    (
        "telecom",
        "c",
        "Rufnummernmitnahme",
        """{hello}

ich möchte meine Nummer {phone} zu Ihnen mitnehmen.[[ Meine bisherige Kundennummer: \
{custno}.]] Vertragsinhaber{g:|in} bin ich selbst, {full}, geboren am {dob}. Die \
Aktivierungsgebühr bitte von meiner Kreditkarte {card} abbuchen.

Die SIM-Karte bitte an {addr} schicken.

{sig_c}""",
        None,
    ),
    (
        "telecom",
        "a",
        "Ihr neuer Tarif",
        """{hi_c}

Ihr neuer Tarif ist aktiv, und Ihre Rufnummer {phone} wurde erfolgreich portiert.[[ Die erste \
Rechnung über {amount} wird am {date} fällig.]] Den Betrag buchen wir monatlich von der \
Kreditkarte {card} ab.

{sig_a}""",
        None,
    ),
]
DE_NOTES = [
    "Rückruf bei {full} wegen Gutschrift – nicht erreicht, Nachricht auf Mailbox {phone} \
hinterlassen.[[ Ticket {ticket}]]",
    "bitte Lieferadresse für[[ Bestellung {order}| meine Bestellung]] ändern auf {addr} – danke, \
{first}",
    "Info an {a_first}: {title} {last} ({email}) braucht eine Kopie der[[ Rechnung {invoice}| \
letzten Rechnung]]. Bitte per Mail, nicht per Post.",
    "{first}, der Postler war da – Paket liegt am Postpartner, Ausweis mitnehmen. Ruf mich an: \
{phone}",
    "RÜCKRUF: {FULL}, {phone}, wegen Login-Problemen seit dem Update[[ ({version})]]. Am besten \
ab 17 Uhr.",
]
DE_CHATS = [
    """[{t}] {cs}: Hallo, meine Bestellung ist noch nicht da
[{t}] {as}: Hallo {first}, das tut mir leid! Können Sie mir die E-Mail-Adresse der Bestellung \
nennen?
[{t}] {cs}: {email}
[{t}] {as}: Danke. Das Paket[[ {tracking}]] ging an {addr} – stimmt das?
[{t}] {cs}: ja genau
[{t}] {as}: Ich habe einen Nachforschungsauftrag gestartet. Sie hören innerhalb von 48 Stunden \
von uns.
[{t}] {cs}: super, danke!""",
    """[{t}] {cs}: servus, meine karte wird beim upgrade immer abgelehnt
[{t}] {as}: Hallo! Mit welcher Karte versuchen Sie es? Sie können die Nummer hier eingeben, \
der Chat ist verschlüsselt.
[{t}] {cs}: {card}
[{t}] {as}: Danke, {first}. Die Bank hat die Zahlung von {ip} als ungewöhnlich \
eingestuft[[ ({amount})]]. Bitte versuchen Sie es in ein paar Minuten noch einmal.
[{t}] {cs}: ok mach ich""",
    """[{t}] {cs}: Grüß Gott, ich möchte meine Handynummer ändern
[{t}] {as}: Gerne! Wie lautet die neue Nummer?
[{t}] {cs}: {phone}
[{t}] {as}: Zur Sicherheit noch Ihr Geburtsdatum, bitte.
[{t}] {cs}: {dob}
[{t}] {as}: Erledigt, {first}. Sie bekommen gleich eine Bestätigung per SMS.""",
]
DE_NOPII = [
    """Liebes Team,

zur Info: Das Lager in {city} bleibt[[ am {date}| am Montag]] wegen Inventur geschlossen. \
Bestellungen ab Freitag 14 Uhr werden erst am Dienstag versandt.[[ Betroffen: {sku}, {sku2}.]]

Danke & LG
Logistik""",
    """Ihr Paket[[ {tracking}]] hat unser Verteilzentrum verlassen und ist unterwegs. \
Voraussichtliche Zustellung: 2–3 Werktage.[[ Bestellung {order} · {amount}]]

Diese Nachricht wurde automatisch erstellt, bitte nicht antworten.""",
    """Versionshinweise[[ {version}]]

- Absturz beim PDF-Export von Rechnungen behoben
- Schnellere Synchronisierung bei langsamer Verbindung[[

Commit {sha}, ausgerollt auf {host}]]""",
    """Geplante Wartungsarbeiten: Im Gebiet {postcode} ist die Stromversorgung[[ am {date}| am \
Mittwoch]] zwischen 9 und 13 Uhr unterbrochen. Wir bitten um Verständnis.""",
    """Hallo,

ist [[der {product}|das Gerät]] mit dem alten Ladegerät kompatibel? Im Geschäft in der \
{street} meinte man, eher nicht.

Danke!""",
    """Hallo,

das Ersatzteil ist angekommen, aber die Seriennummer auf der Verpackung ({serialphone}) passt \
nicht zu der auf der Rechnung[[ ({invoice})]]. Ist das normal?

LG""",
]
DE_REPLIES = [
    """{hi_c}

vielen Dank für Ihre Rückmeldung. Ich habe das an die zuständige Abteilung weitergeleitet, wir \
melden uns, sobald wir mehr wissen.[[ Ihre Fallnummer: {ticket}]]

{sig_a}""",
    """{hi_c}

entschuldigen Sie die Unannehmlichkeiten – das ist jetzt erledigt. Melden Sie sich gerne, \
falls noch etwas offen ist.

{sig_a}""",
    """{hi_c}

danke, wir haben alle Unterlagen erhalten. Sie müssen nichts weiter tun.

{sig_a}""",
]
DE_EXTRA = {
    "fwd_notes": (
        "Zur Info, siehe unten.",
        "Kann das bitte jemand übernehmen?",
        "Weitergeleitet aus dem Sammelpostfach.",
        "Siehe unten – {g:der Kunde|die Kundin} hat deswegen auch angerufen.",
        "Hallo, kannst du das übernehmen? Danke, {a_first}",
    ),
    "quote_on": "Am {date} um 14:02",
    "form_titles": (
        "Neue Anfrage über das Kontaktformular",
        "Online-Formular: Rückrufbitte",
        "Schadensmeldung (online)",
        "Änderung der Kundendaten (Web)",
    ),
    "form_msgs": (
        "Bitte um Rückruf wegen meiner Rechnung.",
        "Ich bin letzten Monat umgezogen, bitte Daten aktualisieren.[[ Ref. {ticket}.]]",
        "Brauche Hilfe mit meiner Bestellung[[ {order}]].",
        "Die App meldet mich ständig ab[[, seit Version {version}]].",
    ),
    "csv_intros": (
        "Anbei der gewünschte Export:",
        "Die Liste aus dem CRM (unten eingefügt):",
        "Kundenliste für die Migration:",
    ),
    "log_intros": (
        "Hallo, das steht heute früh im Server-Log:",
        "Rohausgabe der Schnittstelle, falls es hilft:",
        "Hier die relevanten Zeilen:",
    ),
    "config_intros": (
        "Hallo IT, das ist die Konfiguration vom Staging-Server – seht ihr den Fehler?",
        "Hier unsere Einstellungsdatei, damit ihr den Fehler nachstellen könnt:",
    ),
}

FR = [
    (
        "ecom",
        "c",
        "Colis indiqué comme livré mais non reçu",
        """{hello}

d'après le suivi, mon colis[[ {tracking}]] a été livré hier après-midi, mais je n'ai rien reçu \
et mes voisins non plus. Pourriez-vous vérifier auprès du transporteur où il a été déposé ?[[ \
Numéro de commande : {order}]]

Adresse de livraison :
{addrblock}

Je suis joignable au {phone} en journée.

{sig_c}""",
        None,
    ),
    (
        "ecom",
        "a",
        "Votre livraison – adresse incomplète",
        """{hi_c}

notre livreur n'a pas pu remettre votre colis aujourd'hui : il manque le numéro d'appartement \
ou le code d'accès pour l'adresse {addr}. Pourriez-vous nous répondre avec l'adresse \
complète ?[[ Le colis reste disponible dans notre agence de {city} jusqu'au {date}.]]

{sig_a}""",
        None,
    ),
    (
        "returns",
        "c",
        "Remboursement non reçu",
        """{hello}

j'ai renvoyé [[le {product}|le casque]] il y a deux semaines[[ (retour n° {ticket})]] et je \
n'ai toujours pas été rembours{g:é|ée}. J'avais payé avec ma carte {card}, qui a depuis été \
remplacée. Merci de faire le virement sur mon compte :

IBAN : {iban}
Titulaire : {full}

{sig_c}""",
        None,
    ),
    (
        "returns",
        "a",
        "Votre retour a été accepté",
        """{hi_c}

nous avons bien reçu votre retour.[[ Un remboursement de {amount} a été validé.]] Comme vous \
aviez réglé par virement, nous le versons sur le compte indiqué : {iban}. Comptez 3 à 5 jours \
ouvrés.

{sig_a}""",
        None,
    ),
    (
        "saas",
        "c",
        "Impossible d'accéder à mon compte",
        """{hello}

je n'arrive plus à me connecter à mon compte ({email}). Le lien de réinitialisation part vers \
mon ancienne adresse professionnelle, {email2}, à laquelle je n'ai plus accès. Votre site \
affiche aussi des tentatives de connexion depuis l'adresse IP {ip} : ce n'était pas moi.

Pouvez-vous changer l'adresse du compte et réinitialiser la double authentification ?[[ Espace \
de travail : {acct}]]

{sig_c}""",
        None,
    ),
    (
        "saas",
        "a",
        "Nouvelle connexion à votre compte",
        """{hi_c}

une connexion à votre compte ({email}) a été détectée depuis un nouvel appareil, adresse IP \
{ip}[[, le {ts}]]. Si c'était bien vous, vous n'avez rien à faire. Sinon, changez votre mot de \
passe sans attendre.

{sig_a}""",
        None,
    ),
    (
        "it",
        "c",
        "L'export de nuit échoue",
        """Bonjour {a_first},

depuis mardi l'export de nuit échoue[[ (tâche {uuid}, version {version})]]. Voici l'erreur \
dans les logs :

    ERROR could not connect: {urlcred}

J'ai changé la clé d'API hier comme convenu, la nouvelle est {secret}. Est-ce que ça peut \
venir de là ?[[ Le job tourne sur {host}.]]

{sig_c}""",
        None,
    ),
    (
        "it",
        "a",
        "Votre mot de passe provisoire",
        """{hi_c}

comme convenu au téléphone, j'ai réinitialisé votre accès VPN. Votre mot de passe provisoire \
est :

{password}

Il vous sera demandé d'en choisir un nouveau à la première connexion.[[ Je clôture le ticket \
{ticket}.]] En cas de souci, appelez-moi au {a_phone}.

{sig_a}""",
        None,
    ),
    (
        "bank",
        "c",
        "Mise en place d'un virement permanent",
        """{hello}

je souhaite mettre en place un virement permanent mensuel[[ de {amount}]] pour mon loyer. \
Bénéficiaire :

{t_full}
IBAN {iban}

Pour m'identifier : {full}, né{g:|e} le {dob}, portable {phone}.

{sig_c}""",
        None,
    ),
    (
        "insure",
        "c",
        "Déclaration de sinistre – dégât des eaux",
        """{hello}

je souhaite déclarer un dégât des eaux dans mon appartement, {addr}.[[ Numéro de contrat : \
{policy}.]] Dans la nuit de[[ {date}| dimanche]], de l'eau a coulé du plafond de la salle de \
bains ; {t_g:mon voisin du dessus|ma voisine du dessus}, {t_title} {t_last}, a confirmé une \
fuite chez {t_g:lui|elle}.

Assuré{g:|e} : {full}
Date de naissance : {dob}
Téléphone : {phone}

Vous trouverez les photos en pièce jointe.

{sig_c}""",
        None,
    ),
    (
        "travel",
        "c",
        "Correction de nom sur ma réservation",
        """{hello}

sur ma réservation[[ {booking} (vol {flight})]], mon nom est mal orthographié. Il devrait être \
{FULL}, comme sur mon passeport (date de naissance : {dob}). J'ai payé avec la carte {card}.

Est-il possible de corriger sans frais ?

{sig_c}""",
        None,
    ),
    (
        "energy",
        "a",
        "Résiliation suite à votre déménagement",
        """{hi_c}

suite à votre déménagement, nous résilions votre contrat d'électricité[[ {custno}]] pour le \
logement situé {addr}.[[ Merci de nous communiquer l'index du compteur {meter} le jour du \
départ.]]

Votre facture de clôture sera envoyée à votre nouvelle adresse :

{addrblock2}

Un éventuel trop-perçu sera remboursé sur le compte {iban}.

{sig_a}""",
        None,
    ),
    (
        "health",
        "a",
        "Rappel de rendez-vous",
        """{hi_c}

nous vous rappelons votre rendez-vous avec le Dr {t_last}[[ le {date}| jeudi]] à 10h40.[[ \
L'entrée du cabinet se trouve {street}, à côté de la pharmacie.]]

Patient{g:|e} : {full}, né{g:|e} le {dob}

En cas d'empêchement, merci de prévenir au moins 24 h à l'avance au {a_phone}.

{sig_a}""",
        None,
    ),
    (
        "property",
        "c",
        "Chaudière en panne",
        """{hello}

la chaudière de mon appartement ({addr}) est de nouveau en panne, plus d'eau chaude depuis \
hier matin. Je travaille en journée, mais {t_g:mon compagnon|ma compagne} {t_first} peut ouvrir \
au technicien ({t_phone}).

Merci de me tenir au courant.

{sig_c}""",
        None,
    ),
    (
        "hr",
        "c",
        "Changement de RIB",
        """Bonjour {a_first},

j'ai changé de banque : merci de verser mon salaire sur le nouveau compte à partir du mois \
prochain.

{full}
IBAN : {iban}

Ma nouvelle adresse :
{addrblock}

{sig_c}""",
        None,
    ),
    (
        "gov",
        "c",
        "Pièces complémentaires pour mon dossier",
        """Madame, Monsieur,

suite à votre courrier, je vous transmets les informations manquantes pour mon dossier[[ (n° \
allocataire {custno})]] :

Nom : {full}
Date de naissance : {dob}
Adresse : {addr}
Coordonnées bancaires : {iban}

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

{full}""",
        None,
    ),
    (
        "telecom",
        "c",
        "Portabilité de mon numéro",
        """{hello}

je souhaite transférer mon numéro {phone} chez vous.[[ Mon numéro client actuel : {custno}.]] \
Le titulaire de la ligne, c'est moi : {full}, né{g:|e} le {dob}. Les frais d'activation \
peuvent être débités sur ma carte {card}.

Merci d'envoyer la carte SIM à l'adresse suivante : {addr}.

{sig_c}""",
        None,
    ),
    (
        "telecom",
        "a",
        "Votre nouvel abonnement",
        """{hi_c}

votre nouvel abonnement est actif et votre numéro {phone} a bien été transféré.[[ La première \
facture de {amount} sera prélevée le {date}.]] Le paiement sera débité chaque mois sur votre \
carte {card}.

{sig_a}""",
        None,
    ),
]
FR_NOTES = [
    "Rappelé {full} pour le remboursement – pas de réponse, message laissé au {phone}.[[ Ticket \
{ticket}.]]",
    "svp changer l'adresse de livraison de[[ la commande {order}| ma commande]] : {addr} – merci, \
{first}",
    "Pour {a_first} : {title} {last} ({email}) demande une copie de[[ la facture {invoice}| la \
dernière facture]]. Envoi par mail, pas par courrier.",
    "{first}, le facteur est passé, le colis est au bureau de poste (prendre une pièce \
d'identité). Appelle-moi au {phone}.",
    "À RAPPELER : {FULL}, {phone}, problème de connexion depuis la mise à jour[[ ({version})]]. \
Plutôt après 17h.",
]
FR_CHATS = [
    """[{t}] {cs}: Bonjour, ma commande n'est toujours pas arrivée
[{t}] {as}: Bonjour {first}, désolé pour ce désagrément ! Pouvez-vous me confirmer l'adresse \
e-mail de la commande ?
[{t}] {cs}: {email}
[{t}] {as}: Merci. Le colis[[ {tracking}]] a été envoyé à {addr}, c'est bien ça ?
[{t}] {cs}: oui c'est ça
[{t}] {as}: J'ai ouvert une enquête auprès du transporteur, vous aurez une réponse sous 48 h.
[{t}] {cs}: super merci""",
    """[{t}] {cs}: bonjour, ma carte est refusée quand je veux passer à l'offre supérieure
[{t}] {as}: Bonjour ! Quelle carte utilisez-vous ? Vous pouvez saisir le numéro ici, le chat \
est sécurisé.
[{t}] {cs}: {card}
[{t}] {as}: Merci {first}. La banque a bloqué le paiement depuis {ip}[[ ({amount})]]. Pouvez-vous \
réessayer dans quelques minutes ?
[{t}] {cs}: ok je réessaie""",
    """[{t}] {cs}: Bonjour, je voudrais changer mon numéro de portable
[{t}] {as}: Bien sûr ! Quel est le nouveau numéro ?
[{t}] {cs}: {phone}
[{t}] {as}: Pour vérification, votre date de naissance ?
[{t}] {cs}: {dob}
[{t}] {as}: C'est fait, {first}. Vous allez recevoir un SMS de confirmation.""",
]
FR_NOPII = [
    """Bonjour à tous,

pour info : l'entrepôt de {city} sera fermé[[ le {date}| lundi]] pour inventaire. Les commandes \
passées après 14 h vendredi partiront mardi.[[ Références concernées : {sku}, {sku2}.]]

Merci,
La logistique""",
    """Votre colis[[ {tracking}]] a quitté notre centre de tri. Livraison prévue sous 2 à 3 jours \
ouvrés.[[ Commande {order} · {amount}]]

Ceci est un message automatique, merci de ne pas y répondre.""",
    """Notes de version[[ {version}]]

- Correction d'un plantage lors de l'export des factures en PDF
- Synchronisation plus rapide sur les connexions lentes[[

Commit {sha}, déployé sur {host}]]""",
    """Travaux programmés : l'électricité sera coupée dans le secteur {postcode}[[ le {date}| \
mercredi]] de 9 h à 13 h. Nous vous prions de nous excuser pour la gêne occasionnée.""",
    """Bonjour,

est-ce que [[le {product}|l'appareil]] est compatible avec l'ancien chargeur ? Au magasin \
{street}, on m'a dit que non.

Merci""",
    """Bonjour,

la pièce de rechange est arrivée, mais le numéro de série sur la boîte ({serialphone}) ne \
correspond pas à celui de la facture[[ ({invoice})]]. C'est normal ?

Merci""",
]
FR_REPLIES = [
    """{hi_c}

merci pour votre retour. J'ai transmis votre demande au service concerné, nous revenons vers \
vous dès que possible.[[ Votre numéro de dossier : {ticket}]]

{sig_a}""",
    """{hi_c}

désolé pour ce désagrément, c'est maintenant réglé. N'hésitez pas à revenir vers nous si \
besoin.

{sig_a}""",
    """{hi_c}

merci, nous avons bien reçu tous les documents. Vous n'avez plus rien à faire.

{sig_a}""",
]
FR_EXTRA = {
    "fwd_notes": (
        "Pour info, voir ci-dessous.",
        "Quelqu'un peut-il s'en occuper ?",
        "Transféré depuis la boîte partagée.",
        "Voir ci-dessous – {g:le client|la cliente} a aussi appelé à ce sujet.",
        "Salut, tu peux prendre celui-ci ? Merci, {a_first}",
    ),
    "quote_on": "Le {date} à 14:02,",
    "form_titles": (
        "Nouvelle demande via le formulaire de contact",
        "Formulaire : demande de rappel",
        "Déclaration de sinistre en ligne",
        "Modification des coordonnées (web)",
    ),
    "form_msgs": (
        "Merci de me rappeler au sujet de ma facture.",
        "J'ai déménagé le mois dernier, merci de mettre à jour mes coordonnées.[[ Réf. \
{ticket}.]]",
        "J'ai besoin d'aide pour ma commande[[ {order}]].",
        "L'application me déconnecte sans arrêt[[ depuis la version {version}]].",
    ),
    "csv_intros": (
        "Voici l'export demandé :",
        "La liste extraite du CRM (copiée ci-dessous) :",
        "Liste des clients pour la migration :",
    ),
    "log_intros": (
        "Bonjour, voici ce que je vois dans les logs ce matin :",
        "La sortie brute de l'interface, au cas où :",
        "Je copie les lignes concernées :",
    ),
    "config_intros": (
        "Bonjour le support, voici la config du serveur de recette – vous voyez le problème ?",
        "Je colle notre fichier de configuration pour que vous puissiez reproduire l'erreur :",
    ),
}

ES = [
    (
        "ecom",
        "c",
        "Mi paquete aparece como entregado",
        """{hello}

según el rastreo, mi paquete[[ {tracking}]] se entregó ayer en la tarde, pero no me llegó nada \
y los vecinos tampoco lo recibieron. ¿Me podrían ayudar a revisar con la paquetería dónde lo \
dejaron?[[ Número de pedido: {order}]]

Dirección de entrega:
{addrblock}

Me pueden localizar al {phone}.

{sig_c}""",
        None,
    ),
    (
        "ecom",
        "a",
        "Tu entrega – dirección incompleta",
        """{hi_c}

nuestro repartidor no pudo entregar tu paquete hoy porque a la dirección {addr} le falta el \
número interior o alguna referencia. ¿Nos puedes responder con la dirección completa?[[ El \
paquete se quedará en nuestra sucursal de {city} hasta el {date}.]]

{sig_a}""",
        None,
    ),
    (
        "returns",
        "c",
        "No me ha llegado el reembolso",
        """{hello}

devolví [[el {product}|los audífonos]] hace dos semanas[[ (folio de devolución {ticket})]] y \
todavía no me llega el reembolso. Pagué con mi tarjeta {card}, pero ya la cancelé. Como ahora \
vivo en Europa, ¿me lo pueden depositar a mi cuenta de allá?

IBAN: {iban}
Titular: {full}

{sig_c}""",
        None,
    ),
    (
        "returns",
        "a",
        "Tu devolución fue aprobada",
        """{hi_c}

recibimos tu devolución y ya fue aprobada.[[ Te reembolsaremos {amount}.]] Como pagaste con \
tarjeta, el reembolso se verá reflejado en la tarjeta {card} en un plazo de 5 a 10 días \
hábiles.

{sig_a}""",
        None,
    ),
    (
        "saas",
        "c",
        "No puedo entrar a mi cuenta",
        """{hello}

ya no puedo iniciar sesión en mi cuenta ({email}). El correo para restablecer la contraseña se \
envía a mi antiguo correo del trabajo, {email2}, al que ya no tengo acceso. Además, en la \
página aparecen intentos fallidos desde la IP {ip}, y no fui yo.

¿Pueden cambiar el correo de la cuenta y restablecer la verificación en dos pasos?[[ Espacio \
de trabajo: {acct}]]

{sig_c}""",
        None,
    ),
    (
        "saas",
        "a",
        "Nuevo inicio de sesión en tu cuenta",
        """{hi_c}

detectamos un inicio de sesión en tu cuenta ({email}) desde un dispositivo nuevo, con la IP \
{ip}[[, el {ts}]]. Si fuiste tú, no tienes que hacer nada. Si no, cambia tu contraseña de \
inmediato.

{sig_a}""",
        None,
    ),
    (
        "it",
        "c",
        "Falla la exportación nocturna",
        """Hola {a_first}:

desde el martes falla la exportación nocturna[[ (tarea {uuid}, versión {version})]]. En el log \
aparece:

    ERROR could not connect: {urlcred}

Ayer cambié la API key como me pediste; la nueva es {secret}. ¿Será por eso?[[ El proceso \
corre en {host}.]]

{sig_c}""",
        None,
    ),
    (
        "it",
        "a",
        "Tu contraseña temporal",
        """{hi_c}

como lo platicamos por teléfono, ya restablecí tu acceso a la VPN. Tu contraseña temporal es:

{password}

Te pedirá cambiarla al primer inicio de sesión.[[ Cierro el ticket {ticket}.]] Cualquier cosa, \
márcame al {a_phone}.

{sig_a}""",
        None,
    ),
    (
        "bank",
        "c",
        "Transferencia internacional",
        """{hello}

necesito hacer una transferencia internacional[[ por {amount}]] a la cuenta de mi \
{pick:hermana|hija|prima} en Europa. ¿Me ayudan a revisar los datos antes de enviarla?

Beneficiario: {t_full}
IBAN: {iban}

Mis datos: {full}, fecha de nacimiento {dob}, celular {phone}.

{sig_c}""",
        None,
    ),
    (
        "insure",
        "c",
        "Reporte de siniestro – daño por agua",
        """{hello}

quiero reportar un daño por agua en mi departamento, {addr}.[[ Número de póliza: {policy}.]] \
La noche del[[ {date}| domingo]] se filtró agua por el techo del baño desde el departamento de \
arriba; {t_g:el vecino|la vecina}, {t_title} {t_last}, ya confirmó que se rompió una tubería.

Asegurad{g:o|a}: {full}
Fecha de nacimiento: {dob}
Teléfono: {phone}

Adjunto las fotos.

{sig_c}""",
        None,
    ),
    (
        "travel",
        "c",
        "Corrección de nombre en la reservación",
        """{hello}

en mi reservación[[ {booking} (vuelo {flight})]] mi nombre quedó mal escrito. Debe decir \
{FULL}, igual que en mi pasaporte (fecha de nacimiento: {dob}). Pagué con la tarjeta {card}.

¿Se puede corregir sin cargo?

{sig_c}""",
        None,
    ),
    (
        "energy",
        "a",
        "Baja del servicio por cambio de domicilio",
        """{hi_c}

recibimos tu aviso de cambio de domicilio. Daremos de baja el servicio de gas[[ {custno}]] en \
{addr} en la fecha que nos indicaste.[[ Por favor envíanos la lectura final del medidor {meter} \
ese día.]]

El último recibo se enviará a tu nuevo domicilio:

{addrblock2}

{sig_a}""",
        None,
    ),
    (
        "health",
        "a",
        "Recordatorio de cita",
        """{hi_c}

te recordamos tu cita con {t_g:el Dr.|la Dra.} {t_last}[[ el {date}| el jueves]] a las \
10:40.[[ La entrada al consultorio está sobre {street}.]]

Paciente: {full}
Fecha de nacimiento: {dob}

Si no puedes asistir, avísanos con al menos 24 horas de anticipación al {a_phone}.

{sig_a}""",
        None,
    ),
    (
        "property",
        "c",
        "Fuga en el departamento",
        """{hello}

otra vez falla el calentador de mi departamento ({addr}); desde ayer no tenemos agua caliente. \
Yo trabajo todo el día, pero {t_g:mi esposo|mi esposa} {t_first} le puede abrir al técnico \
({t_phone}).

Quedo pendiente.

{sig_c}""",
        None,
    ),
    (
        "hr",
        "c",
        "Actualización de datos para nómina",
        """Hola {a_first}:

te paso mis datos actualizados para la nómina:

Nombre: {full}
Fecha de nacimiento: {dob}
Domicilio: {addr}
Celular: {phone}

Gracias,
{first}""",
        None,
    ),
    (
        "gov",
        "c",
        "Corrección de datos en el padrón",
        """A quien corresponda:

solicito la corrección de mis datos en el padrón[[ (folio {custno})]]:

Nombre completo: {full}
Fecha de nacimiento: {dob}
Domicilio: {addr}
Correo electrónico: {email}

Atentamente,
{full}""",
        None,
    ),
    (
        "telecom",
        "c",
        "Portabilidad de mi número",
        """{hello}

quiero cambiar mi número {phone} con ustedes (portabilidad).[[ Mi número de cliente actual es \
{custno}.]] El titular soy yo, {full}, fecha de nacimiento {dob}. El cargo de activación lo \
pueden hacer a mi tarjeta {card}.

Favor de enviar el chip a {addr}.

{sig_c}""",
        None,
    ),
]
ES_NOTES = [
    "Le regresé la llamada a {full} por lo del reembolso – no contestó, dejé mensaje en el \
{phone}.[[ Ticket {ticket}.]]",
    "porfa cambien la dirección de entrega de[[l pedido {order}| mi pedido]] a {addr} – gracias, \
{first}",
    "Para {a_first}: {title} {last} ({email}) pide copia de[[ la factura {invoice}| la última \
factura]]. Mandar por correo, no por paquetería.",
    "{first}, vino la paquetería y no había nadie; el paquete está en la sucursal, hay que ir \
con INE. Márcame al {phone}.",
    "DEVOLVER LLAMADA: {FULL}, {phone}, no puede entrar a la app desde la actualización[[ \
({version})]]. Mejor después de las 5.",
]
ES_CHATS = [
    """[{t}] {cs}: Hola, mi pedido no ha llegado
[{t}] {as}: ¡Hola {first}! Lamento la situación. ¿Me confirmas el correo con el que hiciste el \
pedido?
[{t}] {cs}: {email}
[{t}] {as}: Gracias. El paquete[[ {tracking}]] se envió a {addr}, ¿es correcto?
[{t}] {cs}: sí, es correcto
[{t}] {as}: Ya levanté un reporte con la paquetería; te contactamos en máximo 48 horas.
[{t}] {cs}: va, gracias""",
    """[{t}] {cs}: hola, me rechazan la tarjeta al querer cambiar de plan
[{t}] {as}: ¡Hola! ¿Con qué tarjeta lo intentas? Puedes escribir el número aquí, el chat es \
seguro.
[{t}] {cs}: {card}
[{t}] {as}: Gracias, {first}. El banco marcó el cargo desde {ip} como inusual[[ ({amount})]]. \
¿Lo puedes intentar de nuevo en unos minutos?
[{t}] {cs}: ok, ahorita lo intento""",
    """[{t}] {cs}: Buenas tardes, quiero cambiar mi número de celular
[{t}] {as}: ¡Claro! ¿Cuál es el número nuevo?
[{t}] {cs}: {phone}
[{t}] {as}: Por seguridad, ¿me confirmas tu fecha de nacimiento?
[{t}] {cs}: {dob}
[{t}] {as}: Listo, {first}. En un momento te llega un SMS de confirmación.""",
]
ES_NOPII = [
    """Hola a todos:

les aviso que el almacén de {city} estará cerrado[[ el {date}| el lunes]] por inventario. Los \
pedidos hechos después de las 2 p. m. del viernes salen hasta el martes.[[ Artículos \
afectados: {sku}, {sku2}.]]

Saludos,
Operaciones""",
    """Tu paquete[[ {tracking}]] ya salió de nuestro centro de distribución. Entrega estimada: 2 a \
3 días hábiles.[[ Pedido {order} · {amount}]]

Este es un mensaje automático, por favor no respondas.""",
    """Notas de la versión[[ {version}]]

- Se corrigió un error al exportar facturas a PDF
- Sincronización más rápida en conexiones lentas[[

Commit {sha}, desplegado en {host}]]""",
    """Mantenimiento programado: se suspenderá el suministro eléctrico en la zona con C.P. \
{postcode}[[ el {date}| el miércoles]] de 9:00 a 13:00 h. Lamentamos las molestias.""",
    """Hola:

¿[[el {product}|el equipo]] es compatible con el cargador anterior? En la tienda de {street} me \
dijeron que no.

Gracias""",
    """Hola:

ya llegó la refacción, pero el número de serie de la caja ({serialphone}) no coincide con el \
de la factura[[ ({invoice})]]. ¿Es normal?

Saludos""",
]
ES_REPLIES = [
    """{hi_c}

gracias por tu respuesta. Ya turné tu caso al área correspondiente y te avisamos en cuanto \
tengamos novedades.[[ Tu número de folio es {ticket}.]]

{sig_a}""",
    """{hi_c}

una disculpa por las molestias; ya quedó resuelto. Cualquier otra cosa, aquí estamos.

{sig_a}""",
    """{hi_c}

gracias, ya recibimos todos los documentos. No necesitas hacer nada más.

{sig_a}""",
]
ES_EXTRA = {
    "fwd_notes": (
        "Para su conocimiento, ver abajo.",
        "¿Alguien puede atender este caso?",
        "Reenvío desde el buzón compartido.",
        "Ver abajo – {g:el cliente|la clienta} también llamó por esto.",
        "Hola, ¿te puedes encargar de este? Gracias, {a_first}",
    ),
    "quote_on": "El {date} a las 14:02,",
    "form_titles": (
        "Nueva solicitud desde el formulario de contacto",
        "Formulario web: solicitud de llamada",
        "Reporte de siniestro en línea",
        "Actualización de datos (web)",
    ),
    "form_msgs": (
        "Por favor llámenme por lo de mi recibo.",
        "Me cambié de casa el mes pasado, favor de actualizar mis datos.[[ Ref. {ticket}.]]",
        "Necesito ayuda con mi pedido[[ {order}]].",
        "La app me saca a cada rato[[ desde la versión {version}]].",
    ),
    "csv_intros": (
        "Te comparto el export que pediste:",
        "La lista que saqué del CRM (la pego abajo):",
        "Lista de clientes para la migración:",
    ),
    "log_intros": (
        "Hola, esto es lo que aparece hoy en el log del servidor:",
        "Salida tal cual de la integración, por si sirve:",
        "Copio las líneas relevantes:",
    ),
    "config_intros": (
        "Hola, esta es la configuración del servidor de pruebas, ¿ven qué está mal?",
        "Pego nuestro archivo de configuración para que puedan reproducir el error:",
    ),
}

PTBR = [
    (
        "ecom",
        "c",
        "Pedido consta como entregue, mas não recebi",
        """{hello}

o rastreio diz que meu pedido[[ {tracking}]] foi entregue ontem à tarde, mas não recebi nada e \
o porteiro também não viu. Vocês podem verificar com a transportadora onde foi deixado?[[ \
Número do pedido: {order}]]

Endereço de entrega:
{addrblock}

Meu celular é {phone}.

{sig_c}""",
        None,
    ),
    (
        "ecom",
        "a",
        "Sua entrega – endereço incompleto",
        """{hi_c}

nosso entregador não conseguiu entregar seu pedido hoje: no endereço {addr} está faltando o \
número do apartamento ou do bloco. Pode responder este e-mail com o endereço completo?[[ O \
pacote fica na nossa unidade de {city} até {date}.]]

{sig_a}""",
        None,
    ),
    (
        "returns",
        "c",
        "Estorno não recebido",
        """{hello}

devolvi [[o {product}|o fone de ouvido]] há duas semanas[[ (protocolo {ticket})]] e até agora \
não recebi o estorno. Paguei com o cartão {card}, mas ele foi cancelado. Como a compra foi no \
site internacional de vocês, seguem meus dados para a transferência:

IBAN: {iban}
Titular: {full}

{sig_c}""",
        None,
    ),
    (
        "returns",
        "a",
        "Sua devolução foi aprovada",
        """{hi_c}

recebemos sua devolução e ela já foi aprovada.[[ O valor de {amount} será estornado.]] Como a \
compra foi paga por transferência internacional, o reembolso vai para a conta informada: \
{iban}. O prazo é de 3 a 5 dias úteis.

{sig_a}""",
        None,
    ),
    (
        "saas",
        "c",
        "Não consigo acessar minha conta",
        """{hello}

não consigo mais entrar na minha conta ({email}). O e-mail de redefinição de senha vai para o \
meu antigo e-mail do trabalho, {email2}, que eu não acesso mais. Além disso, aparecem \
tentativas de login com falha a partir do IP {ip} – não fui eu.

Vocês podem trocar o e-mail da conta e redefinir a verificação em duas etapas?[[ Workspace: \
{acct}]]

{sig_c}""",
        None,
    ),
    (
        "saas",
        "a",
        "Novo acesso à sua conta",
        """{hi_c}

identificamos um acesso à sua conta ({email}) a partir de um novo dispositivo, IP {ip}[[, em \
{ts}]]. Se foi você, não precisa fazer nada. Caso contrário, troque sua senha imediatamente.

{sig_a}""",
        None,
    ),
    (
        "it",
        "c",
        "Exportação noturna falhando",
        """Oi {a_first},

desde terça a exportação noturna está falhando[[ (job {uuid}, versão {version})]]. No log \
aparece:

    ERROR could not connect: {urlcred}

Ontem troquei a chave da API como você pediu, a nova é {secret}. Será que é isso?[[ O job roda \
no {host}.]]

{sig_c}""",
        None,
    ),
    (
        "it",
        "a",
        "Sua senha temporária",
        """{hi_c}

conforme combinamos por telefone, redefini seu acesso à VPN. Sua senha temporária é:

{password}

No primeiro login o sistema vai pedir uma senha nova.[[ Estou encerrando o chamado {ticket}.]] \
Qualquer coisa, me liga no {a_phone}.

{sig_a}""",
        None,
    ),
    (
        "bank",
        "c",
        "Recebimento de transferência internacional",
        """{hello}

vou receber uma transferência do exterior[[ de {amount}]] e a empresa pediu meu IBAN. Podem \
confirmar se está correto?

Titular: {full}
IBAN: {iban}
Data de nascimento: {dob}

Se precisarem falar comigo, meu celular é {phone}.

{sig_c}""",
        None,
    ),
    (
        "insure",
        "c",
        "Aviso de sinistro – infiltração",
        """{hello}

quero abrir um sinistro por infiltração no meu apartamento, {addr}.[[ Número da apólice: \
{policy}.]] Na noite de[[ {date}| domingo]] começou a vazar água pelo teto do banheiro, vindo \
do apartamento de cima; {t_g:o vizinho|a vizinha}, {t_title} {t_last}, já confirmou que um cano \
estourou.

Segurad{g:o|a}: {full}
Data de nascimento: {dob}
Telefone: {phone}

As fotos vão em anexo.

{sig_c}""",
        None,
    ),
    (
        "travel",
        "c",
        "Correção de nome na reserva",
        """{hello}

na minha reserva[[ {booking} (voo {flight})]] meu nome saiu errado. O correto é {FULL}, igual \
ao passaporte (data de nascimento: {dob}). Paguei com o cartão {card}.

Dá para corrigir sem cobrança de taxa?

{sig_c}""",
        None,
    ),
    (
        "energy",
        "a",
        "Desligamento por mudança de endereço",
        """{hi_c}

recebemos seu pedido de desligamento por mudança. A energia no endereço {addr} será desligada \
na data informada[[ (instalação {custno})]].[[ Por favor, envie a foto da leitura final do \
medidor {meter}.]]

A última conta será enviada para o novo endereço:

{addrblock2}

{sig_a}""",
        None,
    ),
    (
        "health",
        "a",
        "Lembrete de consulta",
        """{hi_c}

lembramos da sua consulta com {t_g:o Dr.|a Dra.} {t_last}[[ em {date}| na quinta-feira]] às \
10h40.[[ A entrada da clínica fica na {street}.]]

Paciente: {full}
Data de nascimento: {dob}

Se não puder comparecer, avise com 24 horas de antecedência pelo {a_phone}.

{sig_a}""",
        None,
    ),
    (
        "property",
        "c",
        "Vazamento no apartamento",
        """{hello}

o aquecedor do meu apartamento ({addr}) quebrou de novo, estamos sem água quente desde ontem. \
Eu trabalho o dia todo, mas {t_g:meu marido|minha esposa} {t_first} pode abrir para o técnico \
({t_phone}).

Fico no aguardo.

{sig_c}""",
        None,
    ),
    (
        "hr",
        "c",
        "Atualização cadastral",
        """Oi {a_first},

segue minha atualização cadastral para o RH:

Nome: {full}
Data de nascimento: {dob}
Endereço: {addr}
Celular: {phone}

Obrigad{g:o|a}!
{first}""",
        None,
    ),
    (
        "gov",
        "c",
        "Requerimento – atualização de dados",
        """Prezados,

solicito a atualização dos meus dados cadastrais[[ (protocolo {custno})]]:

Nome completo: {full}
Data de nascimento: {dob}
Endereço: {addr}
E-mail: {email}

Atenciosamente,
{full}""",
        None,
    ),
    (
        "telecom",
        "c",
        "Portabilidade do meu número",
        """{hello}

quero trazer meu número {phone} para a operadora de vocês (portabilidade).[[ Meu código de \
cliente atual é {custno}.]] O titular sou eu, {full}, nascid{g:o|a} em {dob}. A taxa de \
ativação pode ser cobrada no cartão {card}.

Por favor, enviem o chip para {addr}.

{sig_c}""",
        None,
    ),
]
PTBR_NOTES = [
    "Retornei a ligação para {full} sobre o estorno – não atendeu, deixei recado no {phone}.[[ \
Chamado {ticket}.]]",
    "por favor mudem o endereço de entrega do[[ pedido {order}| meu pedido]] para {addr} – \
obrigad{g:o|a}, {first}",
    "Para {a_first}: {title} {last} ({email}) pediu a segunda via da[[ nota {invoice}| última \
nota]]. Mandar por e-mail.",
    "{first}, o carteiro passou e não tinha ninguém, o pacote está na agência dos Correios. Me \
liga no {phone}.",
    "RETORNAR: {FULL}, {phone}, não consegue entrar no app desde a atualização[[ ({version})]]. \
De preferência depois das 17h.",
]
PTBR_CHATS = [
    """[{t}] {cs}: Oi, meu pedido ainda não chegou
[{t}] {as}: Olá, {first}! Sinto muito. Pode me confirmar o e-mail usado na compra?
[{t}] {cs}: {email}
[{t}] {as}: {a_g:Obrigado|Obrigada}. O pacote[[ {tracking}]] foi enviado para {addr}, está certo?
[{t}] {cs}: isso mesmo
[{t}] {as}: Abri uma reclamação com a transportadora, você recebe retorno em até 48 horas.
[{t}] {cs}: beleza, obrigad{g:o|a}""",
    """[{t}] {cs}: oi, meu cartão é recusado quando tento fazer o upgrade
[{t}] {as}: Olá! Qual cartão você está usando? Pode digitar o número aqui, o chat é seguro.
[{t}] {cs}: {card}
[{t}] {as}: {a_g:Obrigado|Obrigada}, {first}. O banco bloqueou a compra feita do IP \
{ip}[[ ({amount})]]. Tenta \
de novo daqui a alguns minutos?
[{t}] {cs}: ok vou tentar""",
    """[{t}] {cs}: Boa tarde, quero trocar meu número de celular no cadastro
[{t}] {as}: Claro! Qual é o número novo?
[{t}] {cs}: {phone}
[{t}] {as}: Por segurança, qual a sua data de nascimento?
[{t}] {cs}: {dob}
[{t}] {as}: Pronto, {first}. Você vai receber um SMS de confirmação.""",
]
PTBR_NOPII = [
    """Oi, pessoal,

aviso rápido: o centro de distribuição de {city} vai fechar[[ em {date}| na segunda]] para \
inventário. Pedidos feitos depois das 14h de sexta só saem na terça.[[ Itens afetados: {sku}, \
{sku2}.]]

Abs,
Operações""",
    """Seu pedido[[ {tracking}]] saiu do nosso centro de distribuição. Previsão de entrega: 2 a 3 \
dias úteis.[[ Pedido {order} · {amount}]]

Esta é uma mensagem automática, não responda.""",
    """Notas da versão[[ {version}]]

- Corrigido travamento ao exportar notas fiscais em PDF
- Sincronização mais rápida em conexões lentas[[

Commit {sha}, publicado em {host}]]""",
    """Manutenção programada: haverá interrupção no fornecimento de energia na região do CEP \
{postcode}[[ em {date}| na quarta-feira]], das 9h às 13h. Pedimos desculpas pelo transtorno.""",
    """Olá,

[[o {product}|o aparelho]] é compatível com o carregador antigo? Na loja da {street} me \
disseram que não.

Obrigado""",
    """Olá,

a peça de reposição chegou, mas o número de série na caixa ({serialphone}) não bate com o da \
nota[[ ({invoice})]]. Isso é normal?

Abs""",
]
PTBR_REPLIES = [
    """{hi_c}

{a_g:Obrigado|Obrigada} pelo retorno. Encaminhei para a área responsável e avisamos assim \
que tivermos \
novidades.[[ O número do seu protocolo é {ticket}.]]

{sig_a}""",
    """{hi_c}

desculpe pelo transtorno – já está resolvido. Qualquer coisa, é só chamar.

{sig_a}""",
    """{hi_c}

{a_g:Obrigado|Obrigada}, recebemos todos os documentos. Não é preciso fazer mais nada.

{sig_a}""",
]
PTBR_EXTRA = {
    "fwd_notes": (
        "Para conhecimento, segue abaixo.",
        "Alguém pode assumir esse caso?",
        "Encaminhando da caixa compartilhada.",
        "Segue abaixo – {g:o cliente|a cliente} também ligou sobre isso.",
        "Oi, você consegue pegar esse? Valeu, {a_first}",
    ),
    "quote_on": "Em {date} às 14:02,",
    "form_titles": (
        "Nova mensagem pelo formulário de contato",
        "Formulário do site: pedido de retorno",
        "Aviso de sinistro online",
        "Atualização de cadastro (site)",
    ),
    "form_msgs": (
        "Por favor, me liguem sobre a minha fatura.",
        "Mudei no mês passado, favor atualizar meu cadastro.[[ Protocolo {ticket}.]]",
        "Preciso de ajuda com meu pedido[[ {order}]].",
        "O app fica me deslogando[[ desde a versão {version}]].",
    ),
    "csv_intros": (
        "Segue o export que você pediu:",
        "A lista tirada do CRM (colei abaixo):",
        "Lista de clientes para a migração:",
    ),
    "log_intros": (
        "Oi, isso é o que aparece no log do servidor hoje cedo:",
        "Saída bruta da integração, caso ajude:",
        "Copiando as linhas relevantes:",
    ),
    "config_intros": (
        "Oi, pessoal de TI, essa é a configuração do servidor de homologação – veem o erro?",
        "Colando nosso arquivo de configuração para vocês reproduzirem o erro:",
    ),
}

PTPT = [
    (
        "ecom",
        "c",
        "Encomenda dada como entregue mas não recebida",
        """{hello}

segundo o seguimento, a minha encomenda[[ {tracking}]] foi entregue ontem à tarde, mas não \
recebi nada e os vizinhos também não. Podem verificar com a transportadora onde foi deixada?[[ \
Número da encomenda: {order}]]

Morada de entrega:
{addrblock}

Podem contactar-me pelo {phone}.

{sig_c}""",
        None,
    ),
    (
        "ecom",
        "a",
        "A sua entrega – morada incompleta",
        """{hi_c}

o nosso estafeta não conseguiu entregar hoje a sua encomenda: na morada {addr} falta o andar ou \
o lado. Pode responder a este e-mail com a morada completa?[[ A encomenda fica disponível no \
ponto de recolha de {city} até {date}.]]

{sig_a}""",
        None,
    ),
    (
        "returns",
        "c",
        "Reembolso em falta",
        """{hello}

devolvi [[o {product}|os auscultadores]] há duas semanas[[ (n.º de devolução {ticket})]] e \
ainda não recebi o reembolso. Paguei com o cartão {card}, que entretanto foi cancelado. Podem \
fazer a transferência para a minha conta?

IBAN: {iban}
Titular: {full}

{sig_c}""",
        None,
    ),
    (
        "returns",
        "a",
        "A sua devolução foi aceite",
        """{hi_c}

recebemos a sua devolução e o reembolso foi aprovado.[[ Vamos devolver {amount}.]] Como pagou \
por transferência bancária, o valor será creditado na conta indicada: {iban}. Conte com 3 a 5 \
dias úteis.

{sig_a}""",
        None,
    ),
    (
        "saas",
        "c",
        "Não consigo aceder à minha conta",
        """{hello}

já não consigo entrar na minha conta ({email}). O e-mail para repor a palavra-passe vai para o \
meu antigo endereço profissional, {email2}, ao qual já não tenho acesso. Além disso, a página \
mostra tentativas de início de sessão falhadas a partir do IP {ip} – não fui eu.

Podem alterar o endereço da conta e repor a autenticação de dois fatores?[[ Área de trabalho: \
{acct}]]

{sig_c}""",
        None,
    ),
    (
        "saas",
        "a",
        "Novo início de sessão na sua conta",
        """{hi_c}

detetámos um início de sessão na sua conta ({email}) a partir de um novo dispositivo, IP \
{ip}[[, em {ts}]]. Se foi você, não precisa de fazer nada. Caso contrário, altere já a sua \
palavra-passe.

{sig_a}""",
        None,
    ),
    (
        "it",
        "c",
        "A exportação noturna está a falhar",
        """Olá {a_first},

desde terça-feira que a exportação noturna falha[[ (tarefa {uuid}, versão {version})]]. No \
registo aparece:

    ERROR could not connect: {urlcred}

Ontem troquei a chave da API, como pediste; a nova é {secret}. Pode ser daí?[[ O processo \
corre no {host}.]]

{sig_c}""",
        None,
    ),
    (
        "it",
        "a",
        "A sua palavra-passe temporária",
        """{hi_c}

conforme combinado ao telefone, repus o seu acesso à VPN. A palavra-passe temporária é:

{password}

Ser-lhe-á pedida uma nova no primeiro acesso.[[ Vou fechar o pedido {ticket}.]] Se houver \
algum problema, ligue-me para o {a_phone}.

{sig_a}""",
        None,
    ),
    (
        "bank",
        "c",
        "Transferência periódica para a renda",
        """{hello}

gostaria de criar uma transferência periódica mensal[[ de {amount}]] para pagar a renda. \
Dados d{t_g:o senhorio|a senhoria}:

{t_full}
IBAN {iban}

Para identificação: {full}, data de nascimento {dob}, telemóvel {phone}.

{sig_c}""",
        None,
    ),
    (
        "insure",
        "c",
        "Participação de sinistro – danos por água",
        """{hello}

venho participar um sinistro por danos por água no meu apartamento, {addr}.[[ N.º da apólice: \
{policy}.]] Na noite de[[ {date}| domingo]] entrou água pelo teto da casa de banho, vinda do \
andar de cima; {t_g:o vizinho|a vizinha}, {t_title} {t_full}, já confirmou que rebentou um \
cano.

Tomador do seguro: {full}
Data de nascimento: {dob}
Telefone: {phone}

Envio as fotografias em anexo.

{sig_c}""",
        None,
    ),
    (
        "travel",
        "c",
        "Correção do nome na reserva",
        """{hello}

na minha reserva[[ {booking} (voo {flight})]] o meu nome está mal escrito. Deve ser {FULL}, tal \
como no passaporte (data de nascimento: {dob}). Paguei com o cartão {card}.

É possível corrigir sem custos?

{sig_c}""",
        None,
    ),
    (
        "energy",
        "a",
        "Cessação do contrato por mudança de casa",
        """{hi_c}

recebemos o seu pedido de cessação do contrato de eletricidade[[ {custno}]] para a morada \
{addr}.[[ Por favor envie-nos a leitura final do contador {meter} no dia da saída.]]

A última fatura será enviada para a nova morada:

{addrblock2}

Qualquer valor a seu favor será transferido para o IBAN {iban}.

{sig_a}""",
        None,
    ),
    (
        "health",
        "a",
        "Lembrete de consulta",
        """{hi_c}

lembramos a sua consulta com {t_g:o Dr.|a Dra.} {t_last}[[ no dia {date}| na quinta-feira]] às \
10h40.[[ A entrada da clínica é pela {street}.]]

Utente: {full}
Data de nascimento: {dob}

Se não puder comparecer, avise com 24 horas de antecedência através do {a_phone}.

{sig_a}""",
        None,
    ),
    (
        "property",
        "c",
        "Esquentador avariado",
        """{hello}

o esquentador do meu apartamento ({addr}) voltou a avariar e estamos sem água quente desde \
ontem. Estou a trabalhar durante o dia, mas {t_g:o meu marido|a minha mulher} {t_first} pode \
abrir a porta ao técnico ({t_phone}).

Aguardo notícias.

{sig_c}""",
        None,
    ),
    (
        "hr",
        "c",
        "Novos dados bancários",
        """Olá {a_first},

mudei de banco, por isso peço que o ordenado passe a ser pago na nova conta:

{full}
IBAN: {iban}

A minha nova morada é:
{addrblock}

{sig_c}""",
        None,
    ),
    (
        "gov",
        "c",
        "Atualização de morada",
        """Exmos. Senhores,

venho por este meio pedir a atualização da minha morada no processo[[ n.º {custno}]]:

Nome: {full}
Data de nascimento: {dob}
Nova morada: {addr}
Telefone: {phone}

Com os melhores cumprimentos,
{full}""",
        None,
    ),
    (
        "telecom",
        "c",
        "Portabilidade do meu número",
        """{hello}

pretendo passar o meu número {phone} para a vossa operadora.[[ O meu n.º de cliente atual é \
{custno}.]] O titular sou eu, {full}, nascid{g:o|a} a {dob}. A taxa de ativação pode ser \
cobrada no cartão {card}.

Enviem o cartão SIM para {addr}, por favor.

{sig_c}""",
        None,
    ),
]
PTPT_NOTES = [
    "Liguei de volta a {full} por causa do reembolso – não atendeu, deixei mensagem no \
{phone}.[[ Pedido {ticket}.]]",
    "por favor alterem a morada de entrega da[[ encomenda {order}| minha encomenda]] para {addr} \
– obrigad{g:o|a}, {first}",
    "Para {a_first}: {title} {last} ({email}) pede a segunda via da[[ fatura {invoice}| última \
fatura]]. Enviar por e-mail.",
    "{first}, o carteiro deixou aviso, a encomenda está na loja CTT. Liga-me para o {phone}.",
    "DEVOLVER CHAMADA: {FULL}, {phone}, não consegue entrar na app desde a atualização[[ \
({version})]]. De preferência depois das 17h.",
]
PTPT_CHATS = [
    """[{t}] {cs}: Olá, a minha encomenda ainda não chegou
[{t}] {as}: Olá {first}! Lamento. Pode confirmar-me o e-mail usado na encomenda?
[{t}] {cs}: {email}
[{t}] {as}: {a_g:Obrigado|Obrigada}. A encomenda[[ {tracking}]] foi enviada para {addr}, \
está correto?
[{t}] {cs}: sim, é isso
[{t}] {as}: Abri uma reclamação junto da transportadora; terá resposta em 48 horas.
[{t}] {cs}: ok, obrigad{g:o|a}""",
    """[{t}] {cs}: olá, o meu cartão é recusado quando tento mudar de plano
[{t}] {as}: Olá! Que cartão está a usar? Pode escrever o número aqui, o chat é seguro.
[{t}] {cs}: {card}
[{t}] {as}: {a_g:Obrigado|Obrigada}, {first}. O banco bloqueou o pagamento feito a partir \
de {ip}[[ \
({amount})]]. Pode tentar de novo daqui a uns minutos?
[{t}] {cs}: ok, vou tentar""",
    """[{t}] {cs}: Boa tarde, queria alterar o número de telemóvel da conta
[{t}] {as}: Com certeza! Qual é o novo número?
[{t}] {cs}: {phone}
[{t}] {as}: Por segurança, indique-me a sua data de nascimento.
[{t}] {cs}: {dob}
[{t}] {as}: Está feito, {first}. Vai receber um SMS de confirmação.""",
]
PTPT_NOPII = [
    """Olá a todos,

informamos que o armazém de {city} estará fechado[[ no dia {date}| na segunda-feira]] para \
inventário. As encomendas feitas depois das 14h de sexta só seguem na terça.[[ Artigos \
afetados: {sku}, {sku2}.]]

Obrigado,
Logística""",
    """A sua encomenda[[ {tracking}]] saiu do nosso centro de distribuição. Entrega prevista: 2 a \
3 dias úteis.[[ Encomenda {order} · {amount}]]

Esta é uma mensagem automática, por favor não responda.""",
    """Notas da versão[[ {version}]]

- Corrigido o erro ao exportar faturas para PDF
- Sincronização mais rápida em ligações lentas[[

Commit {sha}, instalado em {host}]]""",
    """Trabalhos programados: haverá interrupção do fornecimento de energia na zona do código \
postal {postcode}[[ no dia {date}| na quarta-feira]], das 9h às 13h. Pedimos desculpa pelo \
incómodo.""",
    """Olá,

[[o {product}|o aparelho]] é compatível com o carregador antigo? Na loja da {street} \
disseram-me que não.

Obrigado""",
    """Olá,

a peça de substituição chegou, mas o número de série na caixa ({serialphone}) não coincide com \
o da fatura[[ ({invoice})]]. É normal?

Cumprimentos""",
]
PTPT_REPLIES = [
    """{hi_c}

{a_g:Obrigado|Obrigada} pelo contacto. Encaminhei o assunto para o departamento responsável e \
daremos notícias \
assim que possível.[[ O número do seu pedido é {ticket}.]]

{sig_a}""",
    """{hi_c}

lamentamos o incómodo – a situação já está resolvida. Se precisar de mais alguma coisa, \
estamos ao dispor.

{sig_a}""",
    """{hi_c}

{a_g:Obrigado|Obrigada}, recebemos todos os documentos. Não precisa de fazer mais nada.

{sig_a}""",
]
PTPT_EXTRA = {
    "fwd_notes": (
        "Para conhecimento, ver abaixo.",
        "Alguém pode tratar deste pedido?",
        "Reencaminho da caixa partilhada.",
        "Ver abaixo – {g:o cliente|a cliente} também telefonou sobre isto.",
        "Olá, podes pegar neste? Obrigado, {a_first}",
    ),
    "quote_on": "A {date}, às 14:02,",
    "form_titles": (
        "Novo pedido através do formulário de contacto",
        "Formulário do site: pedido de contacto telefónico",
        "Participação de sinistro online",
        "Alteração de dados (site)",
    ),
    "form_msgs": (
        "Por favor liguem-me por causa da minha fatura.",
        "Mudei de casa no mês passado, por favor atualizem os meus dados.[[ Ref. {ticket}.]]",
        "Preciso de ajuda com a minha encomenda[[ {order}]].",
        "A aplicação está sempre a terminar a sessão[[ desde a versão {version}]].",
    ),
    "csv_intros": (
        "Segue a exportação que pediste:",
        "A lista retirada do CRM (colada abaixo):",
        "Lista de clientes para a migração:",
    ),
    "log_intros": (
        "Olá, isto é o que aparece hoje de manhã no registo do servidor:",
        "Saída em bruto da integração, caso ajude:",
        "Copio as linhas relevantes:",
    ),
    "config_intros": (
        "Olá, esta é a configuração do servidor de testes – conseguem ver o erro?",
        "Colo aqui o nosso ficheiro de configuração para poderem reproduzir o erro:",
    ),
}

DA = [
    (
        "ecom",
        "c",
        "Pakke registreret som leveret, men ikke modtaget",
        """{hello}

Ifølge track & trace blev min pakke[[ {tracking}]] leveret i går eftermiddag, men jeg har ikke \
fået noget, og naboerne har heller ikke modtaget den. Kan I undersøge med fragtfirmaet, hvor den \
er blevet afleveret?[[ Ordrenummer: {order}]]

Leveringsadresse:
{addrblock}

I kan fange mig på {phone} i dagtimerne.

{sig_c}""",
        None,
    ),
    (
        "ecom",
        "a",
        "Din levering – adressen er ufuldstændig",
        """{hi_c}

Vores chauffør kunne desværre ikke aflevere din pakke i dag, fordi der mangler etage eller dør \
på adressen {addr}. Vil du svare på denne mail med den fulde adresse?[[ Pakken ligger klar i \
pakkeshoppen i {city} indtil {date}.]]

{sig_a}""",
        None,
    ),
    (
        "returns",
        "c",
        "Har ikke fået pengene retur",
        """{hello}

Jeg sendte [[{product}|høretelefonerne]] retur for to uger siden[[ (returnummer {ticket})]], \
men har stadig ikke fået pengene tilbage. Jeg betalte med mit kort {card}, som er blevet spærret \
siden. Kan I i stedet overføre beløbet til min konto?

IBAN: {iban}
Kontohaver: {full}

{sig_c}""",
        None,
    ),
    (
        "returns",
        "a",
        "Din returnering er godkendt",
        """{hi_c}

Vi har modtaget din returvare, og den er godkendt.[[ Vi refunderer {amount}.]] Da du betalte \
via bankoverførsel, sender vi pengene til den konto, du har oplyst: {iban}. Der kan gå 3-5 \
hverdage.

{sig_a}""",
        None,
    ),
    (
        "saas",
        "c",
        "Kan ikke logge ind på min konto",
        """{hello}

Jeg kan ikke længere logge ind på min konto ({email}). Mailen til nulstilling af adgangskoden \
går til min gamle arbejdsmail, {email2}, som jeg ikke har adgang til mere. Jeres side viser \
også mislykkede loginforsøg fra IP-adressen {ip} – det var ikke mig.

Kan I ændre mailadressen og nulstille totrinsbekræftelsen?[[ Workspace: {acct}]]

{sig_c}""",
        None,
    ),
    (
        "saas",
        "a",
        "Nyt login på din konto",
        """{hi_c}

Vi har registreret et login på din konto ({email}) fra en ny enhed med IP-adressen {ip}[[ den \
{ts}]]. Hvis det var dig, behøver du ikke gøre noget. Ellers bør du skifte adgangskode med det \
samme.

{sig_a}""",
        None,
    ),
    (
        "it",
        "c",
        "Natlig eksport fejler",
        """Hej {a_first}

Den natlige eksport er fejlet siden tirsdag[[ (job {uuid}, version {version})]]. I loggen står \
der:

    ERROR could not connect: {urlcred}

Jeg skiftede API-nøglen i går, som du bad om – den nye er {secret}. Kan det have noget med det \
at gøre?[[ Jobbet kører på {host}.]]

{sig_c}""",
        None,
    ),
    (
        "it",
        "a",
        "Din midlertidige adgangskode",
        """{hi_c}

Som aftalt i telefonen har jeg nulstillet din VPN-adgang. Din midlertidige adgangskode er:

{password}

Du bliver bedt om at vælge en ny, første gang du logger ind.[[ Jeg lukker sag {ticket}.]] Ring \
endelig på {a_phone}, hvis der er problemer.

{sig_a}""",
        None,
    ),
    (
        "bank",
        "c",
        "Fast overførsel til husleje",
        """{hello}

Jeg vil gerne oprette en fast månedlig overførsel[[ på {amount}]] til min udlejer:

{t_full}
IBAN {iban}

Mine oplysninger: {full}, født {dob}, mobil {phone}.

{sig_c}""",
        None,
    ),
    (
        "insure",
        "c",
        "Anmeldelse af vandskade",
        """{hello}

Jeg vil gerne anmelde en vandskade i min lejlighed på {addr}.[[ Policenummer: {policy}.]] \
Natten til[[ {date}| søndag]] løb der vand gennem loftet i badeværelset fra lejligheden \
ovenover; naboen, {t_full}, har bekræftet, at et rør er sprunget.

Forsikringstager: {full}
Fødselsdato: {dob}
Telefon: {phone}

Billeder er vedhæftet.

{sig_c}""",
        None,
    ),
    (
        "travel",
        "c",
        "Navnerettelse på booking",
        """{hello}

På min booking[[ {booking} (fly {flight})]] er mit navn stavet forkert. Det skal være {FULL}, \
præcis som i mit pas (født {dob}). Jeg betalte med kortet {card}.

Kan det rettes uden gebyr?

{sig_c}""",
        None,
    ),
    (
        "energy",
        "a",
        "Flytning – slutafregning",
        """{hi_c}

Tak for din flyttemeddelelse. Vi afmelder din elaftale[[ {custno}]] på {addr} pr. den dato, du \
har oplyst.[[ Husk at aflæse måler {meter} på fraflytningsdagen.]]

Slutafregningen sendes til din nye adresse:

{addrblock2}

Et eventuelt tilgodehavende udbetales til {iban}.

{sig_a}""",
        None,
    ),
    (
        "health",
        "a",
        "Påmindelse om tid",
        """{hi_c}

Dette er en påmindelse om din tid hos læge {t_full}[[ den {date}| på torsdag]] kl. 10.40.[[ \
Indgangen til klinikken er fra {street}.]]

Patient: {full}
Fødselsdato: {dob}

Hvis du ikke kan komme, bedes du melde afbud senest 24 timer før på {a_phone}.

{sig_a}""",
        None,
    ),
    (
        "property",
        "c",
        "Varmtvandsbeholderen er gået i stykker",
        """{hello}

Varmtvandsbeholderen i min lejlighed ({addr}) er gået i stykker igen – vi har ikke haft varmt \
vand siden i går morges. Jeg er på arbejde om dagen, men min kæreste {t_first} kan lukke \
håndværkeren ind ({t_phone}).

{sig_c}""",
        None,
    ),
    (
        "hr",
        "c",
        "Nye bankoplysninger til lønnen",
        """Hej {a_first}

Jeg har skiftet bank, så lønnen skal fremover gå til denne konto:

{full}
IBAN: {iban}

Og min nye adresse er:
{addrblock}

{sig_c}""",
        None,
    ),
    (
        "gov",
        "c",
        "Adresseændring – boligstøtte",
        """Til rette vedkommende

Jeg er flyttet og vil gerne have min adresse opdateret i forbindelse med min boligstøtte[[ \
(sagsnr. {custno})]].

Navn: {full}
Fødselsdato: {dob}
Ny adresse: {addr}
Telefon: {phone}

Med venlig hilsen
{full}""",
        None,
    ),
    (
        "telecom",
        "c",
        "Nummerflytning",
        """{hello}

Jeg vil gerne flytte mit nummer {phone} til jer.[[ Mit nuværende kundenummer er {custno}.]] \
Abonnementet står i mit navn, {full}, født {dob}. Oprettelsesgebyret må trækkes på mit kort \
{card}.

SIM-kortet bedes sendt til {addr}.

{sig_c}""",
        None,
    ),
]
DA_NOTES = [
    "Ringede tilbage til {full} om refusionen – intet svar, lagt besked på {phone}.[[ Sag \
{ticket}.]]",
    "vil I ændre leveringsadressen på[[ ordre {order}| min ordre]] til {addr} – tak, {first}",
    "Til {a_first}: {title} {last} ({email}) ønsker en kopi af[[ faktura {invoice}| seneste \
faktura]]. Send på mail, ikke med posten.",
    "{first}, postbudet har været her – pakken ligger i pakkeshoppen, husk legitimation. Ring på \
{phone}.",
    "RING TILBAGE: {FULL}, {phone}, kan ikke logge ind efter opdateringen[[ ({version})]]. Helst \
efter kl. 17.",
]
DA_CHATS = [
    """[{t}] {cs}: Hej, min ordre er ikke kommet endnu
[{t}] {as}: Hej {first}, det er jeg ked af at høre! Vil du bekræfte mailadressen på ordren?
[{t}] {cs}: {email}
[{t}] {as}: Tak. Pakken[[ {tracking}]] blev sendt til {addr} – passer det?
[{t}] {cs}: ja det er rigtigt
[{t}] {as}: Jeg har oprettet en efterlysning hos fragtfirmaet. Du hører fra os inden for 48 \
timer.
[{t}] {cs}: super, tak""",
    """[{t}] {cs}: hej, mit kort bliver afvist når jeg prøver at opgradere
[{t}] {as}: Hej! Hvilket kort bruger du? Du kan skrive nummeret her, chatten er krypteret.
[{t}] {cs}: {card}
[{t}] {as}: Tak, {first}. Banken har markeret betalingen fra {ip} som usædvanlig[[ \
({amount})]]. Vil du prøve igen om et par minutter?
[{t}] {cs}: ok det gør jeg""",
    """[{t}] {cs}: Hej, jeg vil gerne ændre mit mobilnummer
[{t}] {as}: Selvfølgelig! Hvad er det nye nummer?
[{t}] {cs}: {phone}
[{t}] {as}: Af sikkerhedshensyn – hvad er din fødselsdato?
[{t}] {cs}: {dob}
[{t}] {as}: Så er det ordnet, {first}. Du får en bekræftelse på sms om lidt.""",
]
DA_NOPII = [
    """Hej alle

Til orientering: lageret i {city} holder lukket[[ den {date}| mandag]] på grund af \
lageroptælling. Ordrer afgivet efter kl. 14 fredag sendes først tirsdag.[[ Berørte varer: \
{sku}, {sku2}.]]

Hilsen
Logistik""",
    """Din pakke[[ {tracking}]] har forladt vores pakkecenter og er på vej. Forventet levering: \
2-3 hverdage.[[ Ordre {order} · {amount}]]

Dette er en automatisk besked – du kan ikke svare på den.""",
    """Udgivelsesnoter[[ {version}]]

- Rettet nedbrud ved eksport af fakturaer til PDF
- Hurtigere synkronisering på langsomme forbindelser[[

Commit {sha}, udrullet på {host}]]""",
    """Planlagt arbejde: Strømmen bliver afbrudt i postnummer {postcode}[[ den {date}| onsdag]] \
mellem kl. 9 og 13. Vi beklager ulejligheden.""",
    """Hej

Passer [[{product}|den nye model]] til den gamle oplader? I butikken på {street} sagde de, at \
den nok ikke gør.

Tak""",
    """Hej

Reservedelen er kommet, men serienummeret på æsken ({serialphone}) passer ikke med det på \
fakturaen[[ ({invoice})]]. Er det normalt?

Hilsen""",
]
DA_REPLIES = [
    """{hi_c}

Tak for din besked. Jeg har sendt den videre til den rette afdeling, og vi vender tilbage, så \
snart vi ved mere.[[ Dit sagsnummer er {ticket}.]]

{sig_a}""",
    """{hi_c}

Beklager ulejligheden – det er ordnet nu. Skriv endelig, hvis der er andet.

{sig_a}""",
    """{hi_c}

Tak, vi har modtaget alt, hvad vi skal bruge. Du behøver ikke gøre mere.

{sig_a}""",
]
DA_EXTRA = {
    "fwd_notes": (
        "Til orientering, se nedenfor.",
        "Kan nogen tage den her?",
        "Videresendt fra den fælles indbakke.",
        "Se nedenfor – kunden har også ringet om det.",
        "Hej, kan du tage denne? Tak, {a_first}",
    ),
    "quote_on": "Den {date} kl. 14.02",
    "form_titles": (
        "Ny henvendelse via kontaktformularen",
        "Webformular: ring mig op",
        "Skadeanmeldelse (online)",
        "Ændring af kundeoplysninger (web)",
    ),
    "form_msgs": (
        "Ring venligst til mig angående min regning.",
        "Jeg flyttede sidste måned, opdater venligst mine oplysninger.[[ Ref. {ticket}.]]",
        "Har brug for hjælp til min ordre[[ {order}]].",
        "Appen logger mig hele tiden ud[[ efter version {version}]].",
    ),
    "csv_intros": (
        "Her er det udtræk, du bad om:",
        "Listen fra CRM'et (indsat herunder):",
        "Kundeliste til migreringen:",
    ),
    "log_intros": (
        "Hej, det her står i serverloggen i morges:",
        "Rå output fra integrationen, hvis det hjælper:",
        "Kopierer de relevante linjer:",
    ),
    "config_intros": (
        "Hej IT, her er konfigurationen fra test-serveren – kan I se, hvad der er galt?",
        "Indsætter vores konfigurationsfil, så I kan genskabe fejlen:",
    ),
}

NO = [
    (
        "ecom",
        "c",
        "Pakke registrert som levert, men ikke mottatt",
        """{hello}

Ifølge sporingen ble pakken min[[ {tracking}]] levert i går ettermiddag, men jeg har ikke fått \
noe, og naboene har heller ikke tatt imot den. Kan dere sjekke med transportøren hvor den ble \
levert?[[ Ordrenummer: {order}]]

Leveringsadresse:
{addrblock}

Dere når meg på {phone} på dagtid.

{sig_c}""",
        None,
    ),
    (
        "ecom",
        "a",
        "Leveransen din – adressen er ufullstendig",
        """{hi_c}

Sjåføren vår fikk dessverre ikke levert pakken din i dag, fordi leilighetsnummeret mangler på \
adressen {addr}. Kan du svare på denne e-posten med full adresse?[[ Pakken ligger på \
hentestedet i {city} til {date}.]]

{sig_a}""",
        None,
    ),
    (
        "returns",
        "c",
        "Har ikke fått pengene tilbake",
        """{hello}

Jeg returnerte [[{product}|hodetelefonene]] for to uker siden[[ (returnummer {ticket})]], men \
har fortsatt ikke fått pengene tilbake. Jeg betalte med kortet {card}, som nå er sperret. Kan \
dere heller overføre beløpet til kontoen min?

IBAN: {iban}
Kontoinnehaver: {full}

{sig_c}""",
        None,
    ),
    (
        "returns",
        "a",
        "Returen din er godkjent",
        """{hi_c}

Vi har mottatt returen din, og den er godkjent.[[ Vi refunderer {amount}.]] Siden du betalte \
med bankoverføring, sender vi pengene til kontoen du oppga: {iban}. Det kan ta 3–5 virkedager.

{sig_a}""",
        None,
    ),
    (
        "saas",
        "c",
        "Får ikke logget inn",
        """{hello}

Jeg får ikke logget inn på kontoen min ({email}) lenger. E-posten for å tilbakestille passordet \
går til den gamle jobbadressen min, {email2}, som jeg ikke har tilgang til. Siden deres viser \
også mislykkede innloggingsforsøk fra IP-adressen {ip} – det var ikke meg.

Kan dere endre e-postadressen og tilbakestille tofaktorautentiseringen?[[ Arbeidsområde: \
{acct}]]

{sig_c}""",
        None,
    ),
    (
        "saas",
        "a",
        "Ny innlogging på kontoen din",
        """{hi_c}

Vi har registrert en innlogging på kontoen din ({email}) fra en ny enhet med IP-adressen \
{ip}[[ ({ts})]]. Hvis det var deg, trenger du ikke gjøre noe. Hvis ikke, bør du bytte passord med \
en gang.

{sig_a}""",
        None,
    ),
    (
        "it",
        "c",
        "Nattlig eksport feiler",
        """Hei {a_first}

Den nattlige eksporten har feilet siden tirsdag[[ (jobb {uuid}, versjon {version})]]. I loggen \
står det:

    ERROR could not connect: {urlcred}

Jeg byttet API-nøkkelen i går slik du ba om – den nye er {secret}. Kan det ha noe med saken å \
gjøre?[[ Jobben kjører på {host}.]]

{sig_c}""",
        None,
    ),
    (
        "it",
        "a",
        "Midlertidig passord",
        """{hi_c}

Som avtalt på telefon har jeg tilbakestilt VPN-tilgangen din. Det midlertidige passordet ditt \
er:

{password}

Du blir bedt om å velge et nytt første gang du logger inn.[[ Jeg lukker sak {ticket}.]] Ring \
meg på {a_phone} hvis noe ikke fungerer.

{sig_a}""",
        None,
    ),
    (
        "bank",
        "c",
        "Fast overføring til husleie",
        """{hello}

Jeg vil gjerne opprette en fast månedlig overføring[[ på {amount}]] til utleieren min:

{t_full}
IBAN {iban}

Mine opplysninger: {full}, født {dob}, mobil {phone}.

{sig_c}""",
        None,
    ),
    (
        "insure",
        "c",
        "Melding om vannskade",
        """{hello}

Jeg vil melde en vannskade i leiligheten min i {addr}.[[ Polisenummer: {policy}.]] Natt til[[ \
{date}| søndag]] rant det vann gjennom taket på badet fra leiligheten over; naboen, {t_full}, \
har bekreftet at et rør har sprukket.

Forsikringstaker: {full}
Fødselsdato: {dob}
Telefon: {phone}

Bilder ligger vedlagt.

{sig_c}""",
        None,
    ),
    (
        "travel",
        "c",
        "Navneendring på bestilling",
        """{hello}

På bestillingen min[[ {booking} (fly {flight})]] er navnet mitt feilstavet. Det skal være \
{FULL}, nøyaktig som i passet (født {dob}). Jeg betalte med kortet {card}.

Kan dette rettes uten gebyr?

{sig_c}""",
        None,
    ),
    (
        "energy",
        "a",
        "Flytting – sluttoppgjør",
        """{hi_c}

Takk for flyttemeldingen. Vi avslutter strømavtalen din[[ {custno}]] på {addr} fra datoen du \
oppga.[[ Husk å lese av måler {meter} på flyttedagen.]]

Sluttfakturaen sendes til den nye adressen din:

{addrblock2}

Et eventuelt tilgodehavende utbetales til {iban}.

{sig_a}""",
        None,
    ),
    (
        "health",
        "a",
        "Påminnelse om time",
        """{hi_c}

Dette er en påminnelse om timen din hos fastlege {t_full}[[ den {date}| på torsdag]] kl. 10.40.[[ \
Inngangen til legesenteret er fra {street}.]]

Pasient: {full}
Fødselsdato: {dob}

Hvis du ikke kan komme, må du avbestille senest 24 timer før på {a_phone}.

{sig_a}""",
        None,
    ),
    (
        "property",
        "c",
        "Varmtvannsberederen er ødelagt",
        """{hello}

Varmtvannsberederen i leiligheten min ({addr}) har sluttet å virke igjen – vi har ikke hatt \
varmt vann siden i går morges. Jeg er på jobb på dagtid, men samboeren min, {t_first}, kan \
slippe inn rørleggeren ({t_phone}).

{sig_c}""",
        None,
    ),
    (
        "hr",
        "c",
        "Nytt kontonummer for lønn",
        """Hei {a_first}

Jeg har byttet bank, så lønnen skal fra nå av gå til denne kontoen:

{full}
IBAN: {iban}

Og ny adresse er:
{addrblock}

{sig_c}""",
        None,
    ),
    (
        "gov",
        "c",
        "Endring av adresse",
        """Hei

Jeg har flyttet og ber om at adressen min blir oppdatert i saken min[[ (saksnr. {custno})]].

Navn: {full}
Fødselsdato: {dob}
Ny adresse: {addr}
Telefon: {phone}

Vennlig hilsen
{full}""",
        None,
    ),
    (
        "telecom",
        "c",
        "Nummeroverføring",
        """{hello}

Jeg vil gjerne flytte nummeret mitt {phone} over til dere.[[ Nåværende kundenummer er \
{custno}.]] Abonnementet står i mitt navn, {full}, født {dob}. Etableringsgebyret kan trekkes \
fra kortet {card}.

SIM-kortet kan sendes til {addr}.

{sig_c}""",
        None,
    ),
]
NO_NOTES = [
    "Ringte tilbake til {full} om refusjonen – ikke svar, la igjen beskjed på {phone}.[[ Sak \
{ticket}.]]",
    "kan dere endre leveringsadressen på[[ ordre {order}| bestillingen min]] til {addr} – takk, \
{first}",
    "Til {a_first}: {title} {last} ({email}) ønsker kopi av[[ faktura {invoice}| siste faktura]]. \
Send på e-post, ikke i posten.",
    "{first}, posten har vært her – pakken ligger på hentestedet, ta med legitimasjon. Ring meg \
på {phone}.",
    "RING TILBAKE: {FULL}, {phone}, får ikke logget inn etter oppdateringen[[ ({version})]]. Helst \
etter kl. 17.",
]
NO_CHATS = [
    """[{t}] {cs}: Hei, bestillingen min har ikke kommet
[{t}] {as}: Hei {first}, så leit å høre! Kan du bekrefte e-postadressen på bestillingen?
[{t}] {cs}: {email}
[{t}] {as}: Takk. Pakken[[ {tracking}]] ble sendt til {addr} – stemmer det?
[{t}] {cs}: ja det stemmer
[{t}] {as}: Jeg har opprettet en etterlysning hos transportøren. Du hører fra oss innen 48 \
timer.
[{t}] {cs}: supert, takk""",
    """[{t}] {cs}: hei, kortet mitt blir avvist når jeg prøver å oppgradere
[{t}] {as}: Hei! Hvilket kort bruker du? Du kan skrive nummeret her, chatten er kryptert.
[{t}] {cs}: {card}
[{t}] {as}: Takk, {first}. Banken har flagget betalingen fra {ip} som uvanlig[[ ({amount})]]. \
Kan du prøve igjen om noen minutter?
[{t}] {cs}: ok, gjør det""",
    """[{t}] {cs}: Hei, jeg vil endre mobilnummeret mitt
[{t}] {as}: Selvfølgelig! Hva er det nye nummeret?
[{t}] {cs}: {phone}
[{t}] {as}: Av sikkerhetshensyn – hva er fødselsdatoen din?
[{t}] {cs}: {dob}
[{t}] {as}: Da er det ordnet, {first}. Du får en bekreftelse på SMS om litt.""",
]
NO_NOPII = [
    """Hei alle sammen

Til orientering: lageret i {city} holder stengt[[ den {date}| på mandag]] på grunn av varetelling. \
Bestillinger etter kl. 14 fredag sendes først tirsdag.[[ Berørte varer: {sku}, {sku2}.]]

Hilsen
Logistikk""",
    """Pakken din[[ {tracking}]] har forlatt terminalen vår og er på vei. Forventet levering: 2–3 \
virkedager.[[ Ordre {order} · {amount}]]

Dette er en automatisk melding – du kan ikke svare på den.""",
    """Versjonsnotater[[ {version}]]

- Rettet krasj ved eksport av fakturaer til PDF
- Raskere synkronisering på trege forbindelser[[

Commit {sha}, rullet ut på {host}]]""",
    """Planlagt arbeid: Strømmen blir koblet ut i postnummer {postcode}[[ den {date}| på onsdag]] \
mellom kl. 9 og 13. Vi beklager ulempene.""",
    """Hei

Passer [[{product}|den nye modellen]] med den gamle laderen? I butikken i {street} sa de at den \
nok ikke gjør det.

Takk""",
    """Hei

Reservedelen har kommet, men serienummeret på esken ({serialphone}) stemmer ikke med det på \
fakturaen[[ ({invoice})]]. Er det normalt?

Hilsen""",
]
NO_REPLIES = [
    """{hi_c}

Takk for tilbakemeldingen. Jeg har sendt saken videre til riktig avdeling, og vi kommer tilbake \
til deg så snart vi vet mer.[[ Saksnummeret ditt er {ticket}.]]

{sig_a}""",
    """{hi_c}

Beklager bryderiet – dette er ordnet nå. Bare si fra hvis det er noe mer.

{sig_a}""",
    """{hi_c}

Takk, vi har mottatt alt vi trenger. Du trenger ikke gjøre noe mer.

{sig_a}""",
]
NO_EXTRA = {
    "fwd_notes": (
        "Til orientering, se under.",
        "Kan noen ta denne?",
        "Videresendt fra felles innboks.",
        "Se under – kunden har også ringt om dette.",
        "Hei, kan du ta denne? Takk, {a_first}",
    ),
    "quote_on": "{date} kl. 14:02",
    "form_titles": (
        "Ny henvendelse via kontaktskjemaet",
        "Nettskjema: ring meg",
        "Skademelding (nett)",
        "Endring av kundeopplysninger (nett)",
    ),
    "form_msgs": (
        "Ring meg gjerne angående regningen min.",
        "Jeg flyttet forrige måned, vennligst oppdater opplysningene mine.[[ Ref. {ticket}.]]",
        "Trenger hjelp med bestillingen min[[ {order}]].",
        "Appen logger meg ut hele tiden[[ etter versjon {version}]].",
    ),
    "csv_intros": (
        "Her er uttrekket du ba om:",
        "Listen fra CRM-et (limt inn under):",
        "Kundeliste til migreringen:",
    ),
    "log_intros": (
        "Hei, dette står i serverloggen i morges:",
        "Rå utdata fra integrasjonen, i tilfelle det hjelper:",
        "Kopierer de relevante linjene:",
    ),
    "config_intros": (
        "Hei IT, her er konfigurasjonen fra testserveren – ser dere hva som er galt?",
        "Limer inn konfigurasjonsfilen vår så dere kan gjenskape feilen:",
    ),
}


# more agent-written mail per language: dispatch notes, claim receipts, bookings, deposits
MORE = {
    "EN": [
        (
            "ecom",
            "a",
            "Your order is on its way",
            """{hi_c}

good news – your order[[ {order}]] has been dispatched and should arrive within 2–3 working \
days.[[ Tracking number: {tracking}]]

Delivering to:
{full}
{addrblock}

If anything looks wrong, reply to this email or call us on {a_phone}.

{sig_a}""",
            None,
        ),
        (
            "insure",
            "a",
            "We've received your claim",
            """{hi_c}

thank you for reporting the damage. We've opened a claim[[ ({policy})]] and an assessor will \
contact you within five working days to arrange a visit.

Policyholder: {full}
Date of birth: {dob}
Insured address:
{addrblock}

{sig_a}""",
            None,
        ),
        (
            "travel",
            "a",
            "Booking confirmation",
            """{hi_c}

thank you for booking with us. Here are your details:
[[
Booking reference: {booking}
Flight: {flight}, {date}
]]
Passenger 1: {FULL}, born {dob}
Passenger 2: {t_FULL}

Paid with card {card}. Please check the names match your passports exactly.

{sig_a}""",
            None,
        ),
        (
            "property",
            "a",
            "Return of your bond",
            """{hi_c}

following the final inspection of {addr}, we're pleased to confirm that your bond will be \
returned in full[[ ({amount})]]. The money will be paid to the account you gave us, {iban}, \
within ten working days.

Please send your forwarding address for any remaining post.

{sig_a}""",
            GB,
        ),
        (
            "property",
            "a",
            "Lease renewal",
            """{hi_c}

your lease for {addr} ends soon[[ ({date})]]. If you'd like to renew, please reply by the end \
of the month. For an inspection time, call {a_full} on {a_phone}.

{sig_a}""",
            US + AU,
        ),
    ],
    "DE": [
        (
            "ecom",
            "a",
            "Ihre Bestellung ist unterwegs",
            """{hi_c}

Ihre Bestellung[[ {order}]] wurde heute versandt und sollte in 2–3 Werktagen bei Ihnen sein.[[ \
Sendungsnummer: {tracking}]]

Lieferanschrift:
{full}
{addrblock}

Falls etwas nicht stimmt, antworten Sie einfach auf diese Mail oder rufen Sie uns unter \
{a_phone} an.

{sig_a}""",
            None,
        ),
        (
            "insure",
            "a",
            "Ihre Schadensmeldung ist eingelangt",
            """{hi_c}

vielen Dank für Ihre Meldung. Wir haben den Schadensfall[[ {policy}]] angelegt; ein \
Sachverständiger meldet sich innerhalb von fünf Werktagen für einen Besichtigungstermin.

Versicherungsnehmer{g:|in}: {full}
Geburtsdatum: {dob}
Versicherte Adresse:
{addrblock}

{sig_a}""",
            None,
        ),
        (
            "travel",
            "a",
            "Buchungsbestätigung",
            """{hi_c}

vielen Dank für Ihre Buchung. Hier Ihre Daten im Überblick:
[[
Buchungscode: {booking}
Flug: {flight}, {date}
]]
Reisende 1: {FULL}, geb. {dob}
Reisende 2: {t_FULL}

Bezahlt mit Karte {card}. Bitte prüfen Sie, ob die Namen genau mit den Reisepässen \
übereinstimmen.

{sig_a}""",
            None,
        ),
        (
            "property",
            "a",
            "Rückzahlung der Kaution",
            """{hi_c}

nach der Wohnungsübergabe in der {addr} können wir Ihnen die Kaution vollständig \
zurückzahlen[[ ({amount})]]. Der Betrag wird innerhalb von zehn Werktagen auf Ihr Konto {iban} \
überwiesen.

Bitte teilen Sie uns noch Ihre neue Zustelladresse mit.

{sig_a}""",
            None,
        ),
    ],
    "FR": [
        (
            "ecom",
            "a",
            "Votre commande a été expédiée",
            """{hi_c}

bonne nouvelle : votre commande[[ {order}]] a été expédiée et devrait arriver sous 2 à 3 jours \
ouvrés.[[ Numéro de suivi : {tracking}]]

Adresse de livraison :
{full}
{addrblock}

Si quelque chose ne va pas, répondez à ce mail ou appelez-nous au {a_phone}.

{sig_a}""",
            None,
        ),
        (
            "insure",
            "a",
            "Nous avons bien reçu votre déclaration",
            """{hi_c}

merci pour votre déclaration. Nous avons ouvert un dossier sinistre[[ ({policy})]] ; un expert \
vous contactera sous cinq jours ouvrés pour convenir d'un rendez-vous.

Assuré{g:|e} : {full}
Date de naissance : {dob}
Adresse du bien assuré :
{addrblock}

{sig_a}""",
            None,
        ),
        (
            "travel",
            "a",
            "Confirmation de réservation",
            """{hi_c}

merci pour votre réservation. Voici le récapitulatif :
[[
Référence de réservation : {booking}
Vol : {flight}, {date}
]]
Passager 1 : {FULL}, né{g:|e} le {dob}
Passager 2 : {t_FULL}

Payé avec la carte {card}. Vérifiez que les noms correspondent exactement à vos passeports.

{sig_a}""",
            None,
        ),
        (
            "property",
            "a",
            "Restitution du dépôt de garantie",
            """{hi_c}

suite à l'état des lieux de sortie du logement situé {addr}, nous vous restituons \
l'intégralité du dépôt de garantie[[ ({amount})]]. Le virement sera effectué sous dix jours \
sur votre compte {iban}.

Merci de nous indiquer votre nouvelle adresse pour le courrier.

{sig_a}""",
            None,
        ),
    ],
    "ES": [
        (
            "ecom",
            "a",
            "Tu pedido va en camino",
            """{hi_c}

¡Buenas noticias! Tu pedido[[ {order}]] ya salió y debería llegar en 2 a 3 días hábiles.[[ \
Número de guía: {tracking}]]

Dirección de entrega:
{full}
{addrblock}

Si algo no está bien, responde este correo o llámanos al {a_phone}.

{sig_a}""",
            None,
        ),
        (
            "insure",
            "a",
            "Recibimos tu reporte",
            """{hi_c}

gracias por reportar el siniestro. Abrimos el expediente[[ {policy}]] y un ajustador se pondrá \
en contacto contigo en un máximo de cinco días hábiles para agendar la visita.

Asegurad{g:o|a}: {full}
Fecha de nacimiento: {dob}
Domicilio asegurado:
{addrblock}

{sig_a}""",
            None,
        ),
        (
            "travel",
            "a",
            "Confirmación de tu reservación",
            """{hi_c}

gracias por reservar con nosotros. Estos son tus datos:
[[
Clave de reservación: {booking}
Vuelo: {flight}, {date}
]]
Pasajero 1: {FULL}, fecha de nacimiento {dob}
Pasajero 2: {t_FULL}

Pagado con la tarjeta {card}. Revisa que los nombres coincidan exactamente con los pasaportes.

{sig_a}""",
            None,
        ),
        (
            "property",
            "a",
            "Renovación de contrato",
            """{hi_c}

te recordamos que tu contrato de arrendamiento de {addr} vence pronto[[ ({date})]]. Si \
quieres renovarlo, avísanos antes de fin de mes. Para agendar una visita, comunícate con \
{a_full} al {a_phone}.

{sig_a}""",
            None,
        ),
    ],
    "PTBR": [
        (
            "ecom",
            "a",
            "Seu pedido está a caminho",
            """{hi_c}

boa notícia: seu pedido[[ {order}]] foi despachado e deve chegar em 2 a 3 dias úteis.[[ \
Código de rastreio: {tracking}]]

Endereço de entrega:
{full}
{addrblock}

Se algo estiver errado, responda este e-mail ou ligue para {a_phone}.

{sig_a}""",
            None,
        ),
        (
            "insure",
            "a",
            "Recebemos seu aviso de sinistro",
            """{hi_c}

obrigado pelo aviso. Abrimos o processo de sinistro[[ {policy}]] e um perito vai entrar em \
contato em até cinco dias úteis para agendar a vistoria.

Segurad{g:o|a}: {full}
Data de nascimento: {dob}
Endereço segurado:
{addrblock}

{sig_a}""",
            None,
        ),
        (
            "travel",
            "a",
            "Confirmação da reserva",
            """{hi_c}

obrigado por reservar com a gente. Seguem os dados:
[[
Código da reserva: {booking}
Voo: {flight}, {date}
]]
Passageiro 1: {FULL}, nascimento {dob}
Passageiro 2: {t_FULL}

Pago com o cartão {card}. Confira se os nomes estão iguais aos dos documentos.

{sig_a}""",
            None,
        ),
        (
            "property",
            "a",
            "Renovação do contrato de aluguel",
            """{hi_c}

o contrato de aluguel do imóvel na {addr} vence em breve[[ ({date})]]. Se quiser renovar, \
responda até o fim do mês. Para agendar a vistoria, fale com {a_full} pelo {a_phone}.

{sig_a}""",
            None,
        ),
    ],
    "PTPT": [
        (
            "ecom",
            "a",
            "A sua encomenda foi expedida",
            """{hi_c}

boas notícias: a sua encomenda[[ {order}]] foi expedida e deverá chegar em 2 a 3 dias \
úteis.[[ Número de seguimento: {tracking}]]

Morada de entrega:
{full}
{addrblock}

Se alguma coisa não estiver certa, responda a este e-mail ou ligue para o {a_phone}.

{sig_a}""",
            None,
        ),
        (
            "insure",
            "a",
            "Recebemos a sua participação",
            """{hi_c}

obrigado pela participação. Abrimos o processo de sinistro[[ {policy}]] e um perito irá \
contactá-lo nos próximos cinco dias úteis para marcar a peritagem.

Tomador do seguro: {full}
Data de nascimento: {dob}
Morada do risco:
{addrblock}

{sig_a}""",
            None,
        ),
        (
            "travel",
            "a",
            "Confirmação da reserva",
            """{hi_c}

obrigado pela sua reserva. Eis os dados:
[[
Código de reserva: {booking}
Voo: {flight}, {date}
]]
Passageiro 1: {FULL}, data de nascimento {dob}
Passageiro 2: {t_FULL}

Pago com o cartão {card}. Confirme que os nomes coincidem com os documentos de identificação.

{sig_a}""",
            None,
        ),
        (
            "property",
            "a",
            "Devolução da caução",
            """{hi_c}

após a vistoria final do apartamento na {addr}, confirmamos a devolução integral da \
caução[[ ({amount})]]. O valor será transferido para o IBAN {iban} no prazo de dez dias úteis.

Indique-nos, por favor, a sua nova morada para correspondência.

{sig_a}""",
            None,
        ),
    ],
    "DA": [
        (
            "ecom",
            "a",
            "Din ordre er på vej",
            """{hi_c}

Godt nyt – din ordre[[ {order}]] er afsendt og bør være fremme om 2-3 hverdage.[[ \
Trackingnummer: {tracking}]]

Leveres til:
{full}
{addrblock}

Hvis noget ser forkert ud, så svar på denne mail eller ring til os på {a_phone}.

{sig_a}""",
            None,
        ),
        (
            "insure",
            "a",
            "Vi har modtaget din skadeanmeldelse",
            """{hi_c}

Tak for din anmeldelse. Vi har oprettet en skadesag[[ ({policy})]], og en taksator kontakter \
dig inden for fem hverdage for at aftale et besøg.

Forsikringstager: {full}
Fødselsdato: {dob}
Forsikret adresse:
{addrblock}

{sig_a}""",
            None,
        ),
        (
            "travel",
            "a",
            "Bookingbekræftelse",
            """{hi_c}

Tak for din booking. Her er dine oplysninger:
[[
Bookingnummer: {booking}
Fly: {flight}, {date}
]]
Passager 1: {FULL}, født {dob}
Passager 2: {t_FULL}

Betalt med kort {card}. Kontrollér venligst, at navnene svarer præcis til jeres pas.

{sig_a}""",
            None,
        ),
        (
            "property",
            "a",
            "Tilbagebetaling af depositum",
            """{hi_c}

Efter fraflytningssynet af {addr} kan vi tilbagebetale hele dit depositum[[ ({amount})]]. \
Beløbet overføres til din konto {iban} inden for ti hverdage.

Send os gerne din nye adresse til eventuel post.

{sig_a}""",
            None,
        ),
    ],
    "NO": [
        (
            "ecom",
            "a",
            "Bestillingen din er på vei",
            """{hi_c}

Gode nyheter – bestillingen din[[ {order}]] er sendt og bør komme frem i løpet av 2–3 \
virkedager.[[ Sporingsnummer: {tracking}]]

Leveres til:
{full}
{addrblock}

Hvis noe ser feil ut, svar på denne e-posten eller ring oss på {a_phone}.

{sig_a}""",
            None,
        ),
        (
            "insure",
            "a",
            "Vi har mottatt skademeldingen din",
            """{hi_c}

Takk for meldingen. Vi har opprettet en skadesak[[ ({policy})]], og en takstmann tar kontakt \
innen fem virkedager for å avtale befaring.

Forsikringstaker: {full}
Fødselsdato: {dob}
Forsikret adresse:
{addrblock}

{sig_a}""",
            None,
        ),
        (
            "travel",
            "a",
            "Bestillingsbekreftelse",
            """{hi_c}

Takk for bestillingen. Her er opplysningene dine:
[[
Bestillingsreferanse: {booking}
Fly: {flight}, {date}
]]
Passasjer 1: {FULL}, født {dob}
Passasjer 2: {t_FULL}

Betalt med kort {card}. Sjekk at navnene stemmer nøyaktig med passene.

{sig_a}""",
            None,
        ),
        (
            "property",
            "a",
            "Tilbakebetaling av depositum",
            """{hi_c}

Etter overtakelsen av {addr} kan vi betale tilbake hele depositumet ditt[[ ({amount})]]. \
Beløpet overføres til kontoen din {iban} innen ti virkedager.

Send oss gjerne den nye adressen din for eventuell post.

{sig_a}""",
            None,
        ),
    ],
}
EN += MORE["EN"]
DE += MORE["DE"]
FR += MORE["FR"]
ES += MORE["ES"]
PTBR += MORE["PTBR"]
PTPT += MORE["PTPT"]
DA += MORE["DA"]
NO += MORE["NO"]


def _pack(templates, notes, chats, nopii, replies, extra) -> dict:
    return dict(
        templates=templates, notes=notes, chats=chats, nopii=nopii, replies=replies, **extra
    )


PACK = {
    "en": _pack(EN, EN_NOTES, EN_CHATS, EN_NOPII, EN_REPLIES, EN_EXTRA),
    "de": _pack(DE, DE_NOTES, DE_CHATS, DE_NOPII, DE_REPLIES, DE_EXTRA),
    "fr": _pack(FR, FR_NOTES, FR_CHATS, FR_NOPII, FR_REPLIES, FR_EXTRA),
    "es": _pack(ES, ES_NOTES, ES_CHATS, ES_NOPII, ES_REPLIES, ES_EXTRA),
    "ptBR": _pack(PTBR, PTBR_NOTES, PTBR_CHATS, PTBR_NOPII, PTBR_REPLIES, PTBR_EXTRA),
    "ptPT": _pack(PTPT, PTPT_NOTES, PTPT_CHATS, PTPT_NOPII, PTPT_REPLIES, PTPT_EXTRA),
    "da": _pack(DA, DA_NOTES, DA_CHATS, DA_NOPII, DA_REPLIES, DA_EXTRA),
    "no": _pack(NO, NO_NOTES, NO_CHATS, NO_NOPII, NO_REPLIES, NO_EXTRA),
}


# ---------------------------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------------------------

SHAPES = (
    (shape_mail, 26),
    (shape_html, 8),
    (shape_quoted, 10),
    (shape_forward, 7),
    (shape_note, 7),
    (shape_chat, 8),
    (shape_form, 9),
    (shape_csv, 6),
    (shape_log, 5),
    (shape_json, 5),
    (shape_markdown, 4),
    (shape_config, 4),
)
NO_PII_SHAPES = (
    (shape_nopii_prose, 6),
    (lambda ctx: shape_log(ctx, clean=True), 2),
    (shape_clean_table, 3),
    (shape_clean_json, 1),
)


def _merge(pieces: list[Piece]) -> list[Piece]:
    """Adjacent unlabelled pieces joined, empty ones dropped."""
    out: list[Piece] = []
    for t, e, n in pieces:
        if not t:
            continue
        if out and not (e or n) and not (out[-1][1] or out[-1][2]):
            out[-1] = (out[-1][0] + t, None, None)
        else:
            out.append((t, e, n))
    return out


def labels_ok(doc: dict, no_pii: bool) -> bool:
    """The doc keeps the conventions: every occurrence of a value labelled, 1-6 types, tidy
    negatives (a draw that breaks one is redrawn)."""
    text, spans = doc["text"], doc["spans"]
    if no_pii or not spans:
        return no_pii and not spans
    if len({s["type"] for s in spans}) > 6 or len(spans) > 30:
        return False
    for n in doc["negatives"]:
        v = text[n["start"] : n["end"]]
        if not v or v != v.strip():
            return False
    return every_occurrence_labelled(doc)


def build_doc(loc: str, r, fake, no_pii: bool) -> dict:
    """One doc of `loc`: a shape drawn, its slots filled, redrawn until the labels are sound."""
    for _ in range(200):
        ctx = Ctx(loc, r, fake, plant=r.random() < PLANT_SHARE)
        shape = _weighted(r, NO_PII_SHAPES if no_pii else SHAPES)
        pieces = _merge(shape(ctx))
        if pieces and not (pieces[-1][1] or pieces[-1][2]):
            pieces[-1] = (pieces[-1][0].rstrip(), None, None)
        doc = assemble_doc(loc, [p for p in pieces if p[0]])
        if labels_ok(doc, no_pii):
            return doc
    raise RuntimeError(f"no sound doc for {loc}")


def build_vault_corpus(n_docs: int, seed: int = 0) -> list[dict]:
    """`n_docs` labelled docs, the ten locales taking turns; the same (n, seed), the same docs."""
    r = random.Random(seed)
    fakers = {}
    for loc in VAULT_LOCALES:
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(r.randrange(2**32))
    docs = []
    for i in range(n_docs):
        loc = VAULT_LOCALES[i % len(VAULT_LOCALES)]
        docs.append(build_doc(loc, r, fakers[loc], no_pii=r.random() < NO_PII_SHARE))
    return docs


def main(argv: list[str] | None = None) -> int:
    return corpus_main(build_vault_corpus, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
