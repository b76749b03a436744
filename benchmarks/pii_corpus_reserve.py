"""A reserve, labelled PII test corpus: nine locales of inbound operations mail, chats and exports.

    python benchmarks/pii_corpus_reserve.py --n 20                      # JSONL on stdout
    python benchmarks/pii_corpus_reserve.py --n 2000 --seed 0 --out reserve.jsonl

THIS CORPUS MUST NEVER BE USED FOR TUNING: do not look at what a detector misses on it and then
change the detector. It was written independently of every detector in this repository (without
reading them) to measure them on text nobody has tuned on; once its misses have steered a change,
it is spent and a new reserve has to be written.

Locales take turns: en_US, en_PH, fr_BE, es_CO, es_CL, de_DE, it_CH, pl_PL, sv_SE. Each doc is
written in its locale's language (English for en_*), with that country's names (two surnames in
Colombia and Chile, particles, hyphens, accents, compound given names, Filipino middle initials),
phone habits (national and international forms; spaces, dots, dashes, slashes, parentheses; every
phone is valid for the country per `phonenumbers`) and address formats (number before or after
the street, postcode before or after the city, units, floors, "bte", "depto.", "m.", "lgh",
PO boxes / Postfach / Casella postale / Casilla / skr. poczt. / Box, single- and multi-line,
sometimes with a country line). Given names and surnames come from one Faker per locale (it_CH
draws on Faker's it_IT lists plus Ticinese surnames; en_PH uses the built-in lists below).

Situations: failed deliveries, refunds, HR onboarding and US payroll forms, medical-office
appointments, rental enquiries, IT access problems, suspicious sign-ins, changes of address,
warranty repairs, payment reminders, hotel/table bookings, callback requests, job applications,
tenant repair requests, plus PII-free notices. Shapes: prose mail (about 55%), quoted replies
("> "), forwarded mails, chat transcripts, web-form dumps, CSV/TSV/semicolon/pipe exports with a
header row, tickets, log lines and JSON/YAML/.env config snippets. Some docs carry typos, double
spaces or missing accents. About 15% of docs hold no PII; the others hold one to seven spans.
About 60% carry planted hard negatives (RESERVE_NEGATIVE_KINDS), which never overlap a span.

Conventions: `text[start:end]` is exactly the value. Every occurrence is labelled: a name in a
greeting, a sign-off, a "From:" header, a chat speaker label, a quoted line or a table cell, and
the email next to it. Titles, labels and salutations ("Ms", "Frau", "Phone:") stay outside spans.
An address is the street address of a person or a delivery (with a house number, unit or PO box)
and is one span from the street line through the postcode/city, the country line included when
present; a street name, a city or a postcode alone is not an address (those are negatives).
Company addresses never occur. Dates are labelled `dob` only where the text says it is a birth
date. No national ID other than the US SSN occurs; cpf/cnpj never occur.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import sys
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # `python benchmarks/pii_corpus_reserve.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.pii_corpus import TYPES, assemble_doc, corpus_main, luhn_valid  # noqa: E402

RESERVE_LOCALES = (
    "en_US",
    "en_PH",
    "fr_BE",
    "es_CO",
    "es_CL",
    "de_DE",
    "it_CH",
    "pl_PL",
    "sv_SE",
)
REGION = {
    "en_US": "US",
    "en_PH": "PH",
    "fr_BE": "BE",
    "es_CO": "CO",
    "es_CL": "CL",
    "de_DE": "DE",
    "it_CH": "CH",
    "pl_PL": "PL",
    "sv_SE": "SE",
}
LANG = {loc: loc.split("_")[0] for loc in RESERVE_LOCALES}
RESERVE_TYPES = tuple(t for t in TYPES if t not in ("cpf", "cnpj"))
RESERVE_NEGATIVE_KINDS = (
    "order",
    "ticket",
    "invoice",
    "tracking",
    "date",
    "timestamp",
    "time",
    "amount",
    "version",
    "digits16",
    "iban_bad",
    "partno",
    "serial",
    "street",
    "city",
    "postcode",
    "brand",
    "hash",
    "uuid",
    "url",
)
MAX_SPANS = 7
NO_PII_SHARE = 0.15
# the Faker locale each corpus locale draws given names and surnames from (en_PH: own lists)
NAME_SOURCE = {loc: loc for loc in RESERVE_LOCALES} | {"it_CH": "it_IT", "en_PH": "en_US"}
IBAN_LENGTH = {"DE": 22, "BE": 16, "CH": 21, "PL": 28, "SE": 24, "GB": 22, "ES": 24, "NL": 18}
IBAN_LENGTH |= {"FR": 27}
# the IBAN country a locale's accounts use; the others pay foreign suppliers
IBAN_COUNTRY = {"fr_BE": "BE", "de_DE": "DE", "it_CH": "CH", "pl_PL": "PL", "sv_SE": "SE"}
FOREIGN_IBAN = ("GB", "ES", "NL", "FR", "DE")

Piece = tuple[str, str | None, str | None]


# ---------------------------------------------------------------------------------------------
# Value helpers: checksums, numbers, formatting
# ---------------------------------------------------------------------------------------------


def iban_valid(value: str) -> bool:
    """True when `value` (spaces allowed) has its country's IBAN length and passes mod 97."""
    s = value.replace(" ", "")
    if len(s) < 5 or IBAN_LENGTH.get(s[:2]) != len(s) or not s.isalnum():
        return False
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(digits) % 97 == 1


def _digits(r, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _fill(r, pattern: str) -> str:
    """'X' a digit, 'N' a digit 2-9, 'A' an upper-case letter; a backslash keeps the next
    character literal; everything else literal."""
    out = []
    escaped = False
    for c in pattern:
        if escaped or c not in "XNA\\":
            out.append(c)
            escaped = False
        elif c == "\\":
            escaped = True
        elif c == "X":
            out.append(str(r.randint(0, 9)))
        elif c == "N":
            out.append(str(r.randint(2, 9)))
        elif c == "A":
            out.append(chr(65 + r.randrange(26)))
        else:
            out.append(c)
    return "".join(out)


def _group(s: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(s[k : k + size] for k in range(0, len(s), size))


def _iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


def _bban(r, country: str) -> str:
    if country == "BE":
        first = _digits(r, 10)
        check = int(first) % 97 or 97
        return f"{first}{check:02d}"
    if country == "GB":
        return r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + _digits(r, 14)
    if country == "NL":
        return r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + _digits(r, 10)
    if country == "SE":
        return r.choice(["500", "800", "600", "300", "120"]) + _digits(r, 17)
    if country == "CH":
        return r.choice(["00762", "00235", "00700", "80808", "00767"]) + _digits(r, 12)
    return _digits(r, IBAN_LENGTH[country] - 4)


def _iban_format(r, iban: str) -> str:
    return _group(iban) if r.random() < 0.7 else iban


def make_iban(r, country: str) -> str:
    """A mod-97-valid IBAN of `country`, compact or in groups of four."""
    bban = _bban(r, country)
    return _iban_format(r, f"{country}{_iban_check(country, bban)}{bban}")


def make_bad_iban(r, country: str) -> str:
    """An IBAN-shaped string of `country` whose check digits are wrong."""
    bban = _bban(r, country)
    good = int(_iban_check(country, bban))
    bad = (good + r.randint(1, 90)) % 97
    bad = bad if bad >= 2 and bad != good else (good + 3) % 97 or 11
    return _iban_format(r, f"{country}{bad:02d}{bban}")


def _luhn_complete(r, prefix: str, length: int) -> str:
    body = prefix + _digits(r, length - len(prefix) - 1)
    for last in "0123456789":
        if luhn_valid(body + last):
            return body + last
    raise AssertionError(body)


def make_card(r) -> str:
    """A Luhn-valid Visa/Mastercard/Amex/Discover number in a common written form."""
    kind = r.random()
    if kind < 0.15:
        num = _luhn_complete(r, r.choice(["34", "37"]), 15)
        parts = [num[:4], num[4:10], num[10:]]
        return r.choice([" ", "-"]).join(parts) if r.random() < 0.7 else num
    prefix = "4" if kind < 0.55 else r.choice(["51", "52", "53", "54", "55", "2221", "2720"])
    prefix = "6011" if kind > 0.93 else prefix
    num = _luhn_complete(r, prefix, 16)
    style = r.random()
    return _group(num) if style < 0.6 else _group(num, sep="-") if style < 0.75 else num


def make_digits16(r) -> str:
    """16 digits in card grouping that fail Luhn (loyalty/gift/reference numbers)."""
    num = _digits(r, 15)
    num += r.choice([d for d in "0123456789" if not luhn_valid(num + d)])
    return _group(num) if r.random() < 0.7 else num


def make_ssn(r) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    ssn = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return ssn if r.random() < 0.85 else ssn.replace("-", " ")


def make_ip(r) -> str:
    """A public (global) IPv4 or, now and then, IPv6 address."""
    while True:
        if r.random() < 0.18:
            ip = ipaddress.IPv6Address(
                (r.choice([0x2A02, 0x2A01, 0x2001, 0x2800, 0x2C0F]) << 112) | r.getrandbits(112)
            )
        else:
            ip = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        if ip.is_global and not ip.is_multicast and not ip.is_reserved:
            return str(ip)


_B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_PW_WORDS = ("Sommer", "Lugano", "Tigre", "Falcon", "Maple", "Kotek", "Vinter", "Soleil", "Cafe")


def _rand(r, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def make_secret(r) -> str:
    """An API key, token or password value (no label)."""
    kind = r.randrange(9)
    if kind == 0:
        return "sk_live_" + _rand(r, _B62, 24)
    if kind == 1:
        return "ghp_" + _rand(r, _B62, 36)
    if kind == 2:
        return "AKIA" + _rand(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if kind == 3:
        return f"xoxb-{_digits(r, 12)}-{_digits(r, 13)}-{_rand(r, _B62, 24)}"
    if kind == 4:
        head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        return f"{head}.eyJ{_rand(r, _B62, 40)}.{_rand(r, _B62 + '-_', 43)}"
    if kind == 5:
        return "AIza" + _rand(r, _B62 + "-_", 35)
    if kind == 6:
        return "glpat-" + _rand(r, _B62, 20)
    if kind == 7:
        return _rand(r, "0123456789abcdef", 32)
    return (
        f"{r.choice(_PW_WORDS)}{r.choice('#!$%&*')}{r.randint(10, 9999)}{r.choice(['', '!', 'x'])}"
    )


def make_url_credentials(r) -> str:
    """A URL with user:password@ (database, broker, FTP, git or HTTP basic auth)."""
    user = r.choice(
        ["svc_backup", "deploy", "etl", "admin", "report_ro", "ci-bot", "app", "ftpuser"]
    )
    pw = _rand(r, _B62 + "-_.~!*", r.randint(10, 20))
    host = r.choice(["db01", "pg-prod", "mq", "files", "git", "nas", "api", "replica"])
    domain = r.choice(["internal.example.net", "corp.lan.example.org", "cloudhost.example.com"])
    scheme, port, path = r.choice(
        [
            ("postgres", ":5432", "/orders"),
            ("mysql", ":3306", "/crm"),
            ("amqp", ":5672", "/%2F"),
            ("ftp", "", "/incoming/"),
            ("sftp", ":22", "/upload"),
            ("https", "", "/repo/infra.git"),
            ("mongodb", ":27017", "/admin"),
            ("redis", ":6379", "/0"),
        ]
    )
    return f"{scheme}://{user}:{pw}@{host}.{domain}{port}{path}"


def make_hash(r) -> str:
    data = r.getrandbits(128).to_bytes(16, "big")
    kind = r.random()
    if kind < 0.4:
        return hashlib.sha256(data).hexdigest()
    if kind < 0.7:
        return hashlib.sha1(data).hexdigest()
    return hashlib.sha1(data).hexdigest()[: r.choice([7, 8, 10, 12])]


def make_uuid(r) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def fold(s: str) -> str:
    """`s` without accents (as typed on a keyboard without them)."""
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def _ascii_word(s: str) -> str:
    s = fold(s).replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
    return re.sub(r"[^A-Za-z]", "", s).lower()


# ---------------------------------------------------------------------------------------------
# Dates, times, amounts per locale
# ---------------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre "
    "octubre noviembre diciembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}
DATE_FORMATS = {
    "en_US": ("{mm}/{dd}/{y}", "{mon} {d}, {y}", "{m}/{d}/{y}", "{y}-{mm}-{dd}", "{mon3} {d} {y}"),
    "en_PH": ("{mon} {d}, {y}", "{mm}/{dd}/{y}", "{d} {mon} {y}", "{y}-{mm}-{dd}"),
    "fr_BE": ("{dd}/{mm}/{y}", "{d} {mon} {y}", "{dd}-{mm}-{y}", "{dd}.{mm}.{y}"),
    "es_CO": ("{dd}/{mm}/{y}", "{d} de {mon} de {y}", "{dd}-{mm}-{y}", "{d}/{m}/{y}"),
    "es_CL": ("{dd}-{mm}-{y}", "{dd}/{mm}/{y}", "{d} de {mon} de {y}", "{dd}.{mm}.{y}"),
    "de_DE": ("{dd}.{mm}.{y}", "{d}. {mon} {y}", "{d}.{m}.{y}", "{dd}.{mm}.{yy}"),
    "it_CH": ("{dd}.{mm}.{y}", "{d} {mon} {y}", "{dd}/{mm}/{y}"),
    "pl_PL": ("{dd}.{mm}.{y}", "{d} {mon} {y}", "{y}-{mm}-{dd}", "{dd}-{mm}-{y}"),
    "sv_SE": ("{y}-{mm}-{dd}", "{d} {mon} {y}", "{d}/{m} {y}", "{yy}{mm}{dd}"),
}
TIME_FORMATS = {
    "en_US": ("{h12}:{mi} {ap}", "{h12}{ap_l}", "{hh}:{mi}"),
    "en_PH": ("{h12}:{mi} {ap}", "{h12}:{mi}{ap_l}", "{hh}:{mi}"),
    "fr_BE": ("{h}h{mi}", "{hh}:{mi}", "{h}h"),
    "es_CO": ("{h12}:{mi} {ap_es}", "{hh}:{mi}", "{h12}:{mi} {ap_l}"),
    "es_CL": ("{hh}:{mi}", "{h}:{mi} hrs", "{hh}:{mi} h"),
    "de_DE": ("{hh}:{mi} Uhr", "{h}.{mi} Uhr", "{hh}:{mi}"),
    "it_CH": ("{hh}:{mi}", "{h}.{mi}", "{hh}h{mi}"),
    "pl_PL": ("{hh}:{mi}", "{h}.{mi}"),
    "sv_SE": ("{hh}.{mi}", "{hh}:{mi}", "kl. {hh}.{mi}"),
}
TIMESTAMP_JOIN = {
    "en": (", ", " at ", " "),
    "fr": (" à ", " ", ", "),
    "es": (" a las ", ", ", " "),
    "de": (" um ", ", ", " "),
    "it": (" alle ore ", " alle ", ", "),
    "pl": (" o ", ", godz. ", " "),
    "sv": (" kl. ", " ", ", "),
}


def fmt_date(loc: str, r, y: int, m: int, d: int) -> str:
    months = MONTHS[LANG[loc]].split()
    fmt = r.choice(DATE_FORMATS[loc])
    mon = months[m - 1]
    return fmt.format(
        y=y,
        yy=f"{y % 100:02d}",
        m=m,
        mm=f"{m:02d}",
        d=d,
        dd=f"{d:02d}",
        mon=mon,
        mon3=mon[:3] + ".",
    )


def fmt_time(loc: str, r, h: int, mi: int) -> str:
    h12 = h % 12 or 12
    return r.choice(TIME_FORMATS[loc]).format(
        h=h,
        hh=f"{h:02d}",
        mi=f"{mi:02d}",
        h12=h12,
        ap="AM" if h < 12 else "PM",
        ap_l="am" if h < 12 else "pm",
        ap_es="a. m." if h < 12 else "p. m.",
    )


def make_dob(loc: str, r) -> str:
    return fmt_date(loc, r, r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28))


def make_date(loc: str, r) -> str:
    return fmt_date(loc, r, r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28))


def make_time(loc: str, r) -> str:
    return fmt_time(loc, r, r.randint(7, 19), r.choice([0, 0, 15, 30, 45, 10, 20]))


def make_timestamp(loc: str, r, iso: bool = False) -> str:
    y, m, d = r.randint(2024, 2026), r.randint(1, 12), r.randint(1, 28)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    if iso:
        sep, tail = r.choice([("T", "Z"), (" ", ""), ("T", "+01:00"), (" ", " UTC")])
        return f"{y}-{m:02d}-{d:02d}{sep}{h:02d}:{mi:02d}:{s:02d}{tail}"
    join = r.choice(TIMESTAMP_JOIN[LANG[loc]])
    return fmt_date(loc, r, y, m, d) + join + fmt_time(loc, r, h, mi)


# (symbol before, symbol after, thousands separator, decimal separator, decimals?)
AMOUNT_STYLES = {
    "en_US": (("$", "", ",", ".", True), ("USD ", "", ",", ".", True), ("$", "", ",", ".", False)),
    "en_PH": (("₱", "", ",", ".", True), ("PHP ", "", ",", ".", True), ("P", "", ",", ".", False)),
    "fr_BE": (("", " €", ".", ",", True), ("€ ", "", ".", ",", True), ("", " EUR", " ", ",", True)),
    "es_CO": (
        ("$ ", "", ".", ",", False),
        ("COP ", "", ".", ",", False),
        ("$", "", ".", ",", False),
    ),
    "es_CL": (
        ("$ ", "", ".", ",", False),
        ("CLP ", "", ".", ",", False),
        ("$", "", ".", ",", False),
    ),
    "de_DE": (("", " €", ".", ",", True), ("", " EUR", ".", ",", True), ("€ ", "", ".", ",", True)),
    "it_CH": (
        ("CHF ", "", "'", ".", True),
        ("Fr. ", "", "'", ".", True),
        ("", " CHF", "'", ".", True),
    ),
    "pl_PL": (
        ("", " zł", " ", ",", True),
        ("", " PLN", " ", ",", True),
        ("", " zł", " ", ",", False),
    ),
    "sv_SE": (
        ("", " kr", " ", ",", False),
        ("SEK ", "", " ", ",", True),
        ("", ":-", " ", ",", False),
    ),
}
AMOUNT_SCALE = {"es_CO": 1000, "es_CL": 100, "en_PH": 20, "sv_SE": 10, "pl_PL": 4}


def make_amount(loc: str, r) -> str:
    before, after, thou, dec, decimals = r.choice(AMOUNT_STYLES[loc])
    whole = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 4999)])
    whole = whole * AMOUNT_SCALE.get(loc, 1)
    if loc in ("es_CO", "es_CL"):
        whole = whole // 100 * 100 or 900
    text = f"{whole:,}".replace(",", thou)
    if decimals:
        text += f"{dec}{r.choice([0, 0, 50, 99, 90, 25]):02d}"
    return f"{before}{text}{after}"


# ---------------------------------------------------------------------------------------------
# People: names in each country's style, their emails
# ---------------------------------------------------------------------------------------------

PH_MALE = (
    "Jose",
    "Juan Carlo",
    "Mark Anthony",
    "John Paul",
    "Rodrigo",
    "Ramon",
    "Emmanuel",
    "Jericho",
    "Paolo",
    "Rafael",
    "Miguel",
    "Carlo",
    "Joshua",
    "Kenneth",
    "Christian",
    "Arnel",
    "Jun",
    "Reynaldo",
    "Ferdinand",
    "Jomar",
)
PH_FEMALE = (
    "Maria Cristina",
    "Ma. Teresa",
    "Angelica",
    "Kristine",
    "Joy",
    "Rowena",
    "Mary Grace",
    "Jasmine",
    "Lourdes",
    "Precious",
    "Divina",
    "Liza",
    "Camille",
    "Bea",
    "Aileen",
    "Maricel",
    "Rhea",
    "Jennylyn",
    "Marites",
    "Analyn",
)
PH_SURNAMES = (
    "Santos",
    "Reyes",
    "Cruz",
    "Bautista",
    "Ocampo",
    "Garcia",
    "Mendoza",
    "Torres",
    "Villanueva",
    "Ramos",
    "dela Cruz",
    "de Guzman",
    "Aquino",
    "Castillo",
    "Manalo",
    "Pascual",
    "Soriano",
    "Navarro",
    "Dimaculangan",
    "Macaraeg",
    "Lacson",
    "Tolentino",
    "Panganiban",
    "Gatchalian",
    "delos Reyes",
    "Sarmiento",
    "Magbanua",
    "Evangelista",
    "Salonga",
    "Dizon",
)
TICINO_SURNAMES = (
    "Bernasconi",
    "Cattaneo",
    "Pedrazzini",
    "Rezzonico",
    "Lepori",
    "Guscetti",
    "Casella",
    "Vassalli",
    "Ghiringhelli",
    "Poretti",
    "Soldati",
    "Delcò",
    "Pelli",
    "Respini",
    "Fumagalli",
    "Mombelli",
    "Taddei",
    "Beffa",
    "Bozzini",
    "Quadri",
    "Della Casa",
    "Dal Molin",
    "De Marchi",
)
BE_PARTICLE_NAMES = (
    "Van den Broeck",
    "Vanden Bossche",
    "Van de Velde",
    "Vandenheuvel",
    "De Smet",
    "de Wilde",
    "Van der Meulen",
    "Vanderlinden",
    "de Hemptinne",
    "d'Ursel",
    "Dupont-Lambert",
    "Van Damme",
)
DE_PARTICLE_NAMES = ("von Bredow", "von der Heide", "zu Stolberg", "van der Loo", "von Essen")
SV_PARTICLE_NAMES = ("af Klinteberg", "von Essen", "de Geer")
ES_PARTICLE_NAMES = ("de la Torre", "del Castillo", "de los Ríos", "de la Cruz", "del Valle")
DEAR = {  # (male, female) salutation before a surname
    "en": ("Dear Mr", "Dear Ms"),
    "fr": ("Monsieur", "Madame"),
    "es": ("Estimado Sr.", "Estimada Sra."),
    "de": ("Sehr geehrter Herr", "Sehr geehrte Frau"),
    "it": ("Egregio Sig.", "Gentile Sig.ra"),
    "pl": ("Szanowny Panie", "Szanowna Pani"),
    "sv": ("Hej", "Hej"),
}
TITLE = {
    "en": ("Mr.", "Ms."),
    "fr": ("M.", "Mme"),
    "es": ("Sr.", "Sra."),
    "de": ("Herr", "Frau"),
    "it": ("Sig.", "Sig.ra"),
    "pl": ("Pan", "Pani"),
    "sv": ("", ""),
}
EMAIL_DOMAINS = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"),
    "en_PH": ("gmail.com", "yahoo.com", "ymail.com", "outlook.com", "yahoo.com.ph"),
    "fr_BE": ("skynet.be", "telenet.be", "gmail.com", "hotmail.be", "proximus.be", "voo.be"),
    "es_CO": ("gmail.com", "hotmail.com", "outlook.com", "yahoo.es", "une.net.co"),
    "es_CL": ("gmail.com", "hotmail.com", "vtr.net", "outlook.com", "live.cl", "uc.cl"),
    "de_DE": ("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"),
    "it_CH": ("bluewin.ch", "gmail.com", "hotmail.com", "ticino.com", "sunrise.ch"),
    "pl_PL": ("wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "op.pl"),
    "sv_SE": ("telia.com", "gmail.com", "hotmail.se", "outlook.com", "bredband.net", "live.se"),
}


def _surname(loc: str, r, fk, female: bool) -> str:
    x = r.random()
    if loc == "en_PH":
        return r.choice(PH_SURNAMES)
    if loc in ("es_CO", "es_CL"):
        first = r.choice(ES_PARTICLE_NAMES) if x < 0.06 else fk.last_name()
        return first if x > 0.9 else f"{first} {fk.last_name()}"
    if loc == "it_CH":
        return r.choice(TICINO_SURNAMES) if x < 0.55 else fk.last_name()
    if loc == "pl_PL":
        pick = fk.last_name_female if female else fk.last_name_male
        return f"{pick()}-{pick()}" if x < 0.08 and female else pick()
    particles = {"fr_BE": BE_PARTICLE_NAMES, "de_DE": DE_PARTICLE_NAMES, "sv_SE": SV_PARTICLE_NAMES}
    if loc in particles and x < 0.12:
        return r.choice(particles[loc])
    name = fk.last_name()
    while " " in name or "." in name:
        name = fk.last_name()
    return f"{name}-{fk.last_name().split()[-1]}" if x > 0.93 else name


@dataclass
class Person:
    """One person in a doc; `form` is how the doc writes the full name."""

    first: str
    last: str
    female: bool
    middle: str = ""
    form: str = ""
    memo: dict = field(default_factory=dict)

    @property
    def plain(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


def make_person(loc: str, r, fk) -> Person:
    female = r.random() < 0.5
    if loc == "en_PH":
        first = r.choice(PH_FEMALE if female else PH_MALE)
        middle = r.choice("ABCDGLMPRSTV") + "." if r.random() < 0.45 else ""
    else:
        first = fk.first_name_female() if female else fk.first_name_male()
        middle = r.choice("ABCDEJKLMPRSTW") + "." if loc == "en_US" and r.random() < 0.2 else ""
    p = Person(first, _surname(loc, r, fk, female), female, middle)
    x = r.random()
    p.form = p.plain
    if x < 0.06:
        p.form = p.plain.lower()
    elif x < 0.1:
        p.form = p.plain.upper()
    elif x < 0.15 and LANG[loc] != "en":
        p.form = fold(p.plain)
    elif x < 0.2 and middle:
        p.form = f"{p.first} {p.last}"
    return p


def person_form(p: Person, attr: str, r) -> str:
    """The name as written for `attr`: full, first, last, formal (Last, First), sig, caps."""
    lower = p.form == p.form.lower()
    if attr == "first":
        return p.first.lower() if lower else p.first
    if attr == "last":
        return p.last.upper() if p.form.isupper() else p.last
    if attr == "caps":
        return p.plain.upper()
    if attr == "formal":
        style = r.random()
        if style < 0.5:
            return f"{p.last}, {p.first}"
        return f"{p.last.upper()}, {p.first}" if style < 0.75 else f"{p.last.upper()} {p.first}"
    if attr == "sig":
        style = r.random()
        if style < 0.35:
            return p.form
        if style < 0.6:
            return p.first
        return f"{p.first[0]}. {p.last}" if style < 0.75 else f"{p.first} {p.last}"
    return p.form


def make_email(p: Person, loc: str, r) -> str:
    f, last = _ascii_word(p.first.split()[0]), _ascii_word(p.last)
    local = r.choice(
        [
            f"{f}.{last}",
            f"{f[0]}{last}",
            f"{f}_{last}",
            f"{f}{last}{r.randint(1, 99)}",
            f"{last}.{f}",
            f"{f}.{last[0]}",
            f"{f}{r.randint(70, 99)}",
            f"{f[0]}.{last}",
        ]
    )
    return f"{local}@{r.choice(EMAIL_DOMAINS[loc])}"


# (company name, domain) per locale: fictional businesses, never brand negatives
COMPANIES = {
    "en_US": (
        ("Northwind Logistics", "northwindlogistics.com"),
        ("BrightPath Health", "brightpathhealth.org"),
        ("Cascade Realty Group", "cascaderealty.com"),
        ("Pinecrest Dental", "pinecrestdental.com"),
        ("Ridgeway Outfitters", "ridgewayoutfitters.com"),
    ),
    "en_PH": (
        ("IslaCargo Express", "islacargo.ph"),
        ("Sampaguita Realty Corp.", "sampaguitarealty.com.ph"),
        ("Bayanihan Medical Clinic", "bayanihanclinic.ph"),
        ("Kalye Tech Solutions", "kalyetech.ph"),
    ),
    "fr_BE": (
        ("Logistique Meuse SA", "logimeuse.be"),
        ("Cabinet médical des Tilleuls", "cmtilleuls.be"),
        ("Immo Sablon", "immosablon.be"),
        ("Électro Wallonie", "electrowallonie.be"),
    ),
    "es_CO": (
        ("Envíos Andinos S.A.S.", "enviosandinos.com.co"),
        ("Inmobiliaria La Sabana", "inmolasabana.co"),
        ("Centro Médico El Poblado", "cmelpoblado.co"),
        ("TecnoHogar Colombia", "tecnohogar.com.co"),
    ),
    "es_CL": (
        ("Despachos Australes SpA", "despachosaustrales.cl"),
        ("Centro Médico Los Almendros", "cmlosalmendros.cl"),
        ("Corredora Cordillera", "corredoracordillera.cl"),
        ("Hogar Austral", "hogaraustral.cl"),
    ),
    "de_DE": (
        ("Spedition Nordlicht GmbH", "nordlicht-spedition.de"),
        ("Hausverwaltung Rheinblick", "rheinblick-hv.de"),
        ("Praxis am Stadtpark", "praxis-stadtpark.de"),
        ("Elektro Hansa GmbH", "elektrohansa.de"),
    ),
    "it_CH": (
        ("Trasporti Ceresio SA", "ceresio-trasporti.ch"),
        ("Studio medico Al Lago", "studioallago.ch"),
        ("Immobiliare Monte Brè", "montebre-immo.ch"),
        ("Elettro Ticino SA", "elettroticino.ch"),
    ),
    "pl_PL": (
        ("Przesyłki Wisła Sp. z o.o.", "przesylki-wisla.pl"),
        ("Przychodnia Pod Lipami", "podlipami.pl"),
        ("Nieruchomości Zielony Dom", "zielonydom.pl"),
        ("AGD Serwis Bałtyk", "serwisbaltyk.pl"),
    ),
    "sv_SE": (
        ("Norrfrakt AB", "norrfrakt.se"),
        ("Vårdcentralen Björken", "vcbjorken.se"),
        ("Fastighets AB Kvarnen", "kvarnen.se"),
        ("Hemel Service AB", "hemelservice.se"),
    ),
}
ROLE_MAILBOXES = {
    "en": ("support", "billing", "hr", "frontdesk", "leasing", "ops", "help"),
    "fr": ("service.client", "facturation", "rh", "accueil", "info"),
    "es": ("soporte", "facturacion", "rrhh", "recepcion", "contacto"),
    "de": ("service", "buchhaltung", "personal", "praxis", "info"),
    "it": ("assistenza", "contabilita", "risorse.umane", "segreteria", "info"),
    "pl": ("bok", "ksiegowosc", "kadry", "rejestracja", "kontakt"),
    "sv": ("kundservice", "ekonomi", "hr", "reception", "info"),
}
# names of shops, hotels, pharmacies and products that read like people's names: not persons
BRANDS = {
    "en_US": (
        "Aunt Rosie's Kitchen",
        "Uncle Bo's Pizza",
        "Miss Daisy Cleaners",
        "Saint Luke's Pharmacy",
        "Captain Jack's Marina",
        "Mister Tidy",
        "Sweet Caroline Bakery",
    ),
    "en_PH": (
        "Aling Nena's Carinderia",
        "Mang Inasal",
        "Tita Baby's Kakanin",
        "Santo Niño Pharmacy",
        "Kuya J Restaurant",
        "Lola Idang's Bibingka",
    ),
    "fr_BE": (
        "Brasserie Chez Léon",
        "Pharmacie Saint-Michel",
        "Boulangerie Sainte-Catherine",
        "Café Madame Blanche",
        "Hôtel Prince Albert",
        "Friterie Chez Martine",
    ),
    "es_CO": (
        "Panadería Doña Rosa",
        "Droguería San Jorge",
        "Ferretería Don Pedro",
        "Restaurante Mamá Inés",
        "Café Juan Valdez",
        "Hotel Santa Lucía",
    ),
    "es_CL": (
        "Fuente Don Tito",
        "Farmacia San Agustín",
        "Empanadas Doña Marta",
        "Panadería Don Lucho",
        "Hotel Santa Cruz",
        "Sanguchería Tío Pepe",
    ),
    "de_DE": (
        "Apotheke St. Georg",
        "Hotel Königin Luise",
        "Bäckerei Tante Emma",
        "Café Frau Holle",
        "Gasthof Zum Alten Fritz",
        "Onkel Otto Feinkost",
    ),
    "it_CH": (
        "Farmacia San Rocco",
        "Pizzeria Da Gino",
        "Hotel Villa Carlotta",
        "Grotto Zio Nando",
        "Pasticceria Nonna Rosa",
        "Albergo San Carlo",
    ),
    "pl_PL": (
        "Apteka Pod Świętą Anną",
        "Pizzeria Don Vito",
        "Hotel Królowa Jadwiga",
        "Piekarnia Pani Zosia",
        "Bar Mleczny Pan Tadeusz",
        "Kawiarnia Ciocia Basia",
    ),
    "sv_SE": (
        "Café Greta",
        "Apoteket Sankt Erik",
        "Hotell Drottning Kristina",
        "Konditori Fru Lundqvist",
        "Pizzeria Mamma Rosa",
        "Farbror Blå Kafé",
    ),
}


# ---------------------------------------------------------------------------------------------
# Places: streets, cities with their postcodes, address formats
# ---------------------------------------------------------------------------------------------

STREETS = {
    "en_US": (
        "Maple",
        "Oak",
        "Cedar",
        "Willow",
        "Jefferson",
        "Lincoln",
        "Lakeview",
        "Sunset",
        "Highland",
        "Ridge",
        "Franklin",
        "Chestnut",
        "Walnut",
        "Magnolia",
        "Hillcrest",
        "Meadowbrook",
        "Sycamore",
        "Prospect",
        "Juniper",
        "Harbor",
    ),
    "en_PH": (
        "Rizal Ave.",
        "Mabini St.",
        "Bonifacio St.",
        "Katipunan Ave.",
        "Kalayaan Ave.",
        "Shaw Blvd.",
        "Ortigas Ave.",
        "Osmeña Blvd.",
        "J.P. Laurel Ave.",
        "Del Pilar St.",
        "Sampaguita St.",
        "Mango Ave.",
        "Aguinaldo Hwy.",
        "Gen. Luna St.",
        "Timog Ave.",
    ),
    "fr_BE": (
        "Rue de la Station",
        "Avenue Louise",
        "Chaussée de Waterloo",
        "Rue des Wallons",
        "Boulevard d'Avroy",
        "Rue Saint-Gilles",
        "Place du Marché",
        "Rue de Fer",
        "Avenue des Combattants",
        "Rue du Moulin",
        "Clos des Lilas",
        "Rue Haute",
        "Chaussée de Wavre",
        "Rue Royale",
        "Avenue de Tervueren",
    ),
    "es_CO": (
        "Calle",
        "Carrera",
        "Cra.",
        "Cl.",
        "Avenida Calle",
        "Diagonal",
        "Transversal",
        "Av. Carrera",
        "Kr",
    ),
    "es_CL": (
        "Av. Providencia",
        "Av. Irarrázaval",
        "Los Aromos",
        "José Domingo Cañas",
        "Av. Pajaritos",
        "Av. Vicuña Mackenna",
        "Calle Prat",
        "Av. Libertad",
        "Los Carrera",
        "Manuel Montt",
        "Las Acacias",
        "Pasaje Las Rosas",
        "Av. Alemania",
        "General Bustamante",
    ),
    "de_DE": (
        "Hauptstraße",
        "Bahnhofstraße",
        "Gartenweg",
        "Schillerstraße",
        "Goethestr.",
        "Am Mühlbach",
        "Lindenallee",
        "Rosenweg",
        "Friedrich-Ebert-Straße",
        "Kirchplatz",
        "Bergstr.",
        "Am Sonnenhang",
        "Kastanienallee",
        "Lessingstraße",
        "Uhlandstr.",
    ),
    "it_CH": (
        "Via Nassa",
        "Via San Gottardo",
        "Piazza Grande",
        "Viale Stefano Franscini",
        "Via Cantonale",
        "Via Lavizzari",
        "Via Cattori",
        "Via Pretorio",
        "Via Vela",
        "Via Ciseri",
        "Via alla Campagna",
        "Via Trevano",
        "Via Borghese",
        "Via Motta",
    ),
    "pl_PL": (
        "Marszałkowska",
        "Długa",
        "Piłsudskiego",
        "Mickiewicza",
        "Kościuszki",
        "Słowackiego",
        "Ogrodowa",
        "Lipowa",
        "Polna",
        "Leśna",
        "Sienkiewicza",
        "Grunwaldzka",
        "Wojska Polskiego",
        "Jana Pawła II",
        "Żeromskiego",
    ),
    "sv_SE": (
        "Storgatan",
        "Drottninggatan",
        "Kungsgatan",
        "Vasagatan",
        "Hantverkargatan",
        "Sveavägen",
        "Östra Hamngatan",
        "Södra Vägen",
        "Björkvägen",
        "Skolgatan",
        "Linnégatan",
        "Ringvägen",
        "Götgatan",
        "Tegnérgatan",
    ),
}
US_STREET_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl")
CITIES = {  # (city line pieces): what follows the street line(s)
    "en_US": (
        ("Springfield", "IL", "62704"),
        ("Austin", "TX", "78745"),
        ("Columbus", "OH", "43215"),
        ("Tacoma", "WA", "98403"),
        ("Albany", "NY", "12203"),
        ("Boise", "ID", "83702"),
        ("Raleigh", "NC", "27601"),
        ("Tempe", "AZ", "85281"),
        ("Eugene", "OR", "97401"),
        ("Madison", "WI", "53703"),
        ("Savannah", "GA", "31401"),
        ("Fresno", "CA", "93721"),
        ("Denver", "CO", "80205"),
        ("Lexington", "KY", "40502"),
    ),
    "en_PH": (
        ("Makati City", "Metro Manila", "1226"),
        ("Quezon City", "Metro Manila", "1103"),
        ("Pasig City", "Metro Manila", "1605"),
        ("Taguig City", "Metro Manila", "1630"),
        ("Cebu City", "Cebu", "6000"),
        ("Davao City", "Davao del Sur", "8000"),
        ("Mandaluyong City", "Metro Manila", "1550"),
        ("Iloilo City", "Iloilo", "5000"),
        ("Cainta", "Rizal", "1900"),
        ("Baguio City", "Benguet", "2600"),
    ),
    "fr_BE": (
        ("Bruxelles", "", "1000"),
        ("Ixelles", "", "1050"),
        ("Uccle", "", "1180"),
        ("Liège", "", "4000"),
        ("Namur", "", "5000"),
        ("Charleroi", "", "6000"),
        ("Mons", "", "7000"),
        ("Wavre", "", "1300"),
        ("Louvain-la-Neuve", "", "1348"),
        ("Verviers", "", "4800"),
        ("Arlon", "", "6700"),
        ("Tournai", "", "7500"),
    ),
    "es_CO": (
        ("Bogotá D.C.", "Cundinamarca", "110111"),
        ("Bogotá", "Cundinamarca", "111321"),
        ("Medellín", "Antioquia", "050021"),
        ("Cali", "Valle del Cauca", "760001"),
        ("Barranquilla", "Atlántico", "080001"),
        ("Bucaramanga", "Santander", "680001"),
        ("Cartagena", "Bolívar", "130001"),
        ("Pereira", "Risaralda", "660001"),
        ("Manizales", "Caldas", "170001"),
    ),
    "es_CL": (
        ("Providencia", "Santiago", "7500000"),
        ("Ñuñoa", "Santiago", "7750000"),
        ("Las Condes", "Santiago", "7550000"),
        ("Maipú", "Santiago", "9250000"),
        ("La Florida", "Santiago", "8240000"),
        ("Viña del Mar", "Valparaíso", "2520000"),
        ("Valparaíso", "Valparaíso", "2340000"),
        ("Concepción", "Biobío", "4030000"),
        ("Temuco", "Araucanía", "4780000"),
        ("Puerto Montt", "Los Lagos", "5480000"),
    ),
    "de_DE": (
        ("Berlin", "", "10115"),
        ("München", "", "80331"),
        ("Köln", "", "50667"),
        ("Hamburg", "", "20095"),
        ("Frankfurt am Main", "", "60311"),
        ("Stuttgart", "", "70173"),
        ("Leipzig", "", "04109"),
        ("Dresden", "", "01067"),
        ("Bremen", "", "28195"),
        ("Nürnberg", "", "90402"),
        ("Dortmund", "", "44135"),
        ("Heidelberg", "", "69117"),
    ),
    "it_CH": (
        ("Lugano", "TI", "6900"),
        ("Bellinzona", "TI", "6500"),
        ("Locarno", "TI", "6600"),
        ("Mendrisio", "TI", "6850"),
        ("Chiasso", "TI", "6830"),
        ("Giubiasco", "TI", "6512"),
        ("Losone", "TI", "6616"),
        ("Biasca", "TI", "6710"),
        ("Savosa", "TI", "6942"),
        ("Massagno", "TI", "6900"),
    ),
    "pl_PL": (
        ("Warszawa", "", "00-514"),
        ("Kraków", "", "31-150"),
        ("Gdańsk", "", "80-958"),
        ("Wrocław", "", "50-384"),
        ("Poznań", "", "61-101"),
        ("Łódź", "", "90-001"),
        ("Katowice", "", "40-870"),
        ("Lublin", "", "20-001"),
        ("Bydgoszcz", "", "85-001"),
        ("Szczecin", "", "70-001"),
    ),
    "sv_SE": (
        ("Stockholm", "", "111 23"),
        ("Göteborg", "", "411 14"),
        ("Malmö", "", "211 22"),
        ("Uppsala", "", "753 20"),
        ("Linköping", "", "582 22"),
        ("Örebro", "", "702 10"),
        ("Umeå", "", "903 26"),
        ("Lund", "", "222 21"),
        ("Västerås", "", "722 14"),
        ("Växjö", "", "352 30"),
    ),
}
COUNTRY_LINE = {
    "en_US": ("USA", "United States"),
    "en_PH": ("Philippines",),
    "fr_BE": ("Belgique", "BELGIQUE"),
    "es_CO": ("Colombia",),
    "es_CL": ("Chile",),
    "de_DE": ("Deutschland",),
    "it_CH": ("Svizzera", "Schweiz", "SVIZZERA"),
    "pl_PL": ("Polska",),
    "sv_SE": ("Sverige", "SWEDEN"),
}
PH_BARANGAYS = (
    "San Isidro",
    "Poblacion",
    "Bagumbayan",
    "San Antonio",
    "Santo Niño",
    "Kapitolyo",
    "Lahug",
    "Pinagsama",
    "Bel-Air",
    "Ugong",
)
PH_BUILDINGS = (
    "Avida Towers",
    "The Residences at Greenbelt",
    "SMDC Light Residences",
    "Vista Heights",
    "One Serendra",
    "Palm Grove Condominium",
)


def _num(r, lo: int = 1, hi: int = 180) -> str:
    return str(r.randint(lo, hi))


def _addr_us(r, city) -> list[str]:
    if r.random() < 0.12:
        head = [f"{r.choice(['PO Box', 'P.O. Box'])} {_num(r, 10, 9999)}"]
    else:
        pre = r.choice(["", "", "", "N ", "W ", "E ", "S "])
        street = f"{_num(r, 100, 9899)} {pre}{r.choice(STREETS['en_US'])} "
        street += r.choice(US_STREET_SUFFIX)
        unit = r.choice(
            [
                "",
                "",
                f"Apt {_num(r, 1, 40)}{r.choice(['', 'B', 'C'])}",
                f"Unit {_num(r, 100, 999)}",
                f"#{_num(r, 2, 30)}",
                f"Suite {_num(r, 100, 450)}",
            ]
        )
        head = [street, unit] if unit and r.random() < 0.5 else [f"{street} {unit}".strip()]
    return head + [f"{city[0]}, {city[1]} {city[2]}"]


def _addr_ph(r, city) -> list[str]:
    x = r.random()
    if x < 0.1:
        return [
            f"P.O. Box {_num(r, 100, 4999)}",
            f"{city[0]} Central Post Office",
            f"{city[2]} {city[0]}",
        ]
    if x < 0.4:
        head = [
            f"Unit {_num(r, 2, 39)}{r.randint(1, 20):02d} {r.choice(PH_BUILDINGS)}",
            f"{_num(r)} {r.choice(STREETS['en_PH'])}",
        ]
    elif x < 0.65:
        head = [f"Blk {_num(r, 1, 40)} Lot {_num(r, 1, 60)} {r.choice(STREETS['en_PH'])}"]
    else:
        head = [f"{_num(r, 1, 2500)} {r.choice(STREETS['en_PH'])}"]
    tail = [f"Brgy. {r.choice(PH_BARANGAYS)}"] if r.random() < 0.5 else []
    last = f"{city[0]} {city[2]}" if r.random() < 0.5 else f"{city[0]}, {city[1]} {city[2]}"
    return head + tail + [last]


def _addr_be(r, city) -> list[str]:
    if r.random() < 0.1:
        return [
            f"{r.choice(['Boîte postale', 'BP', 'B.P.'])} {_num(r, 1, 900)}",
            f"{city[2]} {city[0]}",
        ]
    street = f"{r.choice(STREETS['fr_BE'])} {_num(r, 1, 250)}"
    box = r.random()
    if box < 0.2:
        street += f" bte {_num(r, 1, 30)}"
    elif box < 0.3:
        street += f"/{_num(r, 1, 12)}"
    elif box < 0.36:
        street = f"{_num(r, 1, 250)}, {street.rsplit(' ', 1)[0]}"
    return [street, f"{city[2]} {city[0]}"]


def _addr_co(r, city) -> list[str]:
    if r.random() < 0.08:
        return [f"Apartado Aéreo {_num(r, 1000, 99999)}", city[0]]
    via = r.choice(STREETS["es_CO"])
    a = f"{_num(r, 1, 170)}{r.choice(['', '', 'A', 'B', 'C', ' Bis', 'A Bis'])}"
    b = f"{_num(r, 1, 120)}{r.choice(['', '', 'A', 'B'])}"
    sign = r.choice(["#", "# ", "No. ", "N° ", "No "])
    street = f"{via} {a} {sign}{b}-{_num(r, 1, 99)}"
    unit = r.choice(
        [
            "",
            "",
            f"Apto {_num(r, 101, 1504)}",
            f"Apto. {_num(r, 101, 904)} Torre {r.choice('123ABC')}",
            f"Of. {_num(r, 201, 1209)}",
            f"Int. {_num(r, 1, 9)} Apto {_num(r, 101, 504)}",
            f"Casa {_num(r, 1, 80)}",
        ]
    )
    lines = [street, unit] if unit else [street]
    last = r.choice([city[0], f"{city[0]}, {city[1]}", f"{city[0]} {city[2]}"])
    return (
        lines
        + (
            [f"Barrio {r.choice(['Chapinero', 'El Poblado', 'Laureles', 'Cedritos'])}"]
            if r.random() < 0.15
            else []
        )
        + [last]
    )


def _addr_cl(r, city) -> list[str]:
    if r.random() < 0.08:
        return [f"Casilla {_num(r, 10, 9999)}", f"Correo Central, {city[1]}"]
    street = f"{r.choice(STREETS['es_CL'])} {_num(r, 10, 9800)}"
    unit = r.choice(
        [
            "",
            "",
            f"depto. {_num(r, 11, 2408)}",
            f"Depto {_num(r, 101, 1802)}",
            f"of. {_num(r, 101, 1204)}",
            f"casa {r.choice('ABCDE')}",
            f"block {_num(r, 1, 9)} dpto {_num(r, 11, 44)}",
        ]
    )
    first = f"{street}, {unit}" if unit and r.random() < 0.6 else street
    lines = [first] if not unit or ", " in first else [first, unit]
    last = r.choice(
        [
            f"{city[0]}, {city[1]}",
            city[0],
            f"{city[2]} {city[0]}",
            f"{city[0]}, Región de {city[1]}",
        ]
    )
    return lines + [last]


def _addr_de(r, city) -> list[str]:
    if r.random() < 0.1:
        box = _num(r, 10, 99) + " " + _num(r, 10, 99) + " " + _num(r, 10, 99)
        return [f"Postfach {box}", f"{city[2]} {city[0]}"]
    street = (
        f"{r.choice(STREETS['de_DE'])} {_num(r, 1, 140)}{r.choice(['', '', '', 'a', 'b', ' c'])}"
    )
    extra = r.choice(
        [
            "",
            "",
            "",
            f"{_num(r, 1, 5)}. OG",
            f"{_num(r, 1, 4)}. OG links",
            "Hinterhaus",
            f"Whg. {_num(r, 1, 24)}",
        ]
    )
    lines = (
        [street, extra]
        if extra and r.random() < 0.6
        else [f"{street}, {extra}" if extra else street]
    )
    return lines + [f"{r.choice(['', '', 'D-'])}{city[2]} {city[0]}"]


def _addr_ch(r, city) -> list[str]:
    if r.random() < 0.1:
        return [
            f"{r.choice(['Casella postale', 'CP', 'Casella postale'])} {_num(r, 100, 6999)}",
            f"{city[2]} {city[0]}",
        ]
    street = f"{r.choice(STREETS['it_CH'])} {_num(r, 1, 90)}{r.choice(['', '', '', 'a', 'b', 'A'])}"
    extra = r.choice(
        [
            "",
            "",
            "",
            f"{_num(r, 1, 5)}° piano",
            f"scala {r.choice('ABC')}",
            f"app. {_num(r, 1, 30)}",
        ]
    )
    lines = [street, extra] if extra else [street]
    return lines + [f"{r.choice(['', '', '', 'CH-'])}{city[2]} {city[0]}"]


def _addr_pl(r, city) -> list[str]:
    if r.random() < 0.08:
        return [
            f"{r.choice(['skr. poczt.', 'Skrytka pocztowa'])} {_num(r, 1, 400)}",
            f"{city[2]} {city[0]}",
        ]
    prefix = r.choice(["ul. ", "ul. ", "ul. ", "al. ", "", "os. ", "pl. "])
    num = _num(r, 1, 160)
    unit = r.random()
    if unit < 0.35:
        num += f"/{_num(r, 1, 80)}"
    elif unit < 0.5:
        num += f" m. {_num(r, 1, 80)}"
    elif unit < 0.6:
        num += f" lok. {_num(r, 1, 30)}"
    street = f"{prefix}{r.choice(STREETS['pl_PL'])} {num}"
    return [street, f"{city[2]} {city[0]}"]


def _addr_se(r, city) -> list[str]:
    if r.random() < 0.1:
        return [f"Box {_num(r, 10, 9999)}", f"{city[2]} {city[0]}"]
    street = f"{r.choice(STREETS['sv_SE'])} {_num(r, 1, 120)}{r.choice(['', '', '', 'A', 'B'])}"
    extra = r.choice(
        ["", "", "", f"lgh {r.randint(1, 16)}{r.randint(1, 8):02d}", f"{_num(r, 1, 6)} tr"]
    )
    lines = [street]
    if extra:
        lines = [f"{street}, {extra}"] if r.random() < 0.5 else [street, extra]
    return lines + [f"{r.choice(['', '', '', 'SE-'])}{city[2]} {city[0]}"]


ADDRESS_MAKERS = {
    "en_US": _addr_us,
    "en_PH": _addr_ph,
    "fr_BE": _addr_be,
    "es_CO": _addr_co,
    "es_CL": _addr_cl,
    "de_DE": _addr_de,
    "it_CH": _addr_ch,
    "pl_PL": _addr_pl,
    "sv_SE": _addr_se,
}


def make_address(loc: str, r, multiline: bool) -> str:
    """A person's or a delivery's address: one line joined by commas, or several lines."""
    lines = [ln for ln in ADDRESS_MAKERS[loc](r, r.choice(CITIES[loc])) if ln]
    if r.random() < (0.3 if multiline else 0.08):
        lines.append(r.choice(COUNTRY_LINE[loc]))
    if multiline and len(lines) > 1:
        return "\n".join(lines)
    return (" " if loc == "en_US" and r.random() < 0.2 and len(lines) == 2 else ", ").join(lines)


# ---------------------------------------------------------------------------------------------
# Phones: how each country writes them; every value is checked with `phonenumbers`
# ---------------------------------------------------------------------------------------------

# (area codes, formats); "{a}" takes an area code, 'X' a digit, 'N' a digit 2-9
PHONE_STYLES = {
    "en_US": (
        (
            ("212", "415", "312", "617", "206", "303", "512", "404", "503", "614", "919", "702"),
            (
                "({a}) NXX-XXXX",
                "{a}-NXX-XXXX",
                "{a}.NXX.XXXX",
                "+1 {a} NXX XXXX",
                "1-{a}-NXX-XXXX",
                "+1 ({a}) NXX-XXXX",
                "{a} NXX XXXX",
                "+1-{a}-NXX-XXXX",
            ),
        ),
    ),
    "en_PH": (
        (
            ("917", "918", "927", "995", "998", "908", "920", "939", "966", "977"),
            (
                "0{a} XXX XXXX",
                "+63 {a} XXX XXXX",
                "0{a}-XXX-XXXX",
                "+63{a}XXXXXXX",
                "0{a}XXXXXXX",
                "(0{a}) XXX-XXXX",
                "+63 {a}-XXX-XXXX",
            ),
        ),
        (("2",), ("(02) 8XXX XXXX", "+63 2 8XXX XXXX", "02-8XXX-XXXX", "(02) 8XXX-XXXX")),
        (("32", "82", "33"), ("(0{a}) 2XX XXXX", "+63 {a} 2XX XXXX", "0{a}-2XX-XXXX")),
    ),
    "fr_BE": (
        (
            (
                "470",
                "471",
                "472",
                "475",
                "476",
                "477",
                "478",
                "479",
                "484",
                "485",
                "486",
                "487",
                "488",
                "491",
                "492",
                "493",
                "494",
                "495",
                "496",
                "497",
                "498",
                "499",
            ),
            (
                "0{a} XX XX XX",
                "0{a}/XX.XX.XX",
                "+32 {a} XX XX XX",
                "0032 {a} XX XX XX",
                "0{a}.XX.XX.XX",
                "0{a} XXX XXX",
                "+32 (0){a} XX XX XX",
                "0{a}/XX XX XX",
            ),
        ),
        (("2", "4"), ("0{a} NXX XX XX", "+32 {a} NXX XX XX", "0{a}/NXX.XX.XX", "0{a}.NXX.XX.XX")),
        (
            ("81", "71", "65", "10", "87", "63"),
            ("0{a} XX XX XX", "+32 {a} XX XX XX", "0{a}/XX.XX.XX"),
        ),
    ),
    "es_CO": (
        (
            (
                "300",
                "301",
                "310",
                "311",
                "312",
                "313",
                "315",
                "316",
                "317",
                "318",
                "320",
                "321",
                "350",
            ),
            (
                "{a} XXX XXXX",
                "+57 {a} XXX XXXX",
                "{a}-XXX-XXXX",
                "+57 {a}XXXXXXX",
                "{a}XXXXXXX",
                "({a}) XXX XXXX",
                "+57 {a} XXX XX XX",
            ),
        ),
        (
            ("601", "604", "602", "605"),
            (
                "({a}) NXX XXXX",
                "{a} NXX XXXX",
                "+57 {a} NXX XXXX",
                "+57 ({a}) NXX XXXX",
                "{a}-NXX-XXXX",
            ),
        ),
    ),
    "es_CL": (
        (
            ("9",),
            (
                "+56 9 XXXX XXXX",
                "9 XXXX XXXX",
                "+569 XXXX XXXX",
                "+56 9 XXXXXXXX",
                "(+56) 9 XXXX XXXX",
                "9XXXXXXXX",
                "+56 9-XXXX-XXXX",
            ),
        ),
        (("2",), ("+56 2 2XXX XXXX", "(2) 2XXX XXXX", "22XXX XXXX", "+56 22 XXX XXXX")),
        (("32", "41", "45", "65"), ("+56 {a} 2XX XXXX", "({a}) 2XX XXXX", "{a} 2XX XXXX")),
    ),
    "de_DE": (
        (
            (
                "151",
                "152",
                "157",
                "160",
                "162",
                "170",
                "171",
                "172",
                "173",
                "175",
                "176",
                "177",
                "178",
                "179",
            ),
            (
                "0{a} NXXXXXXX",
                "0{a} NXXXXXX",
                "0{a}/NXXXXXXX",
                "0{a}-NXXXXXX",
                "+49 {a} NXXXXXXX",
                "+49 (0){a} NXXXXXX",
                "0049 {a} NXXXXXXX",
                "0{a} NXX XX XXX",
                "+49 {a} NXXX XXXX",
            ),
        ),
        (
            ("30", "89", "40", "69", "221", "341", "711", "911"),
            (
                "0{a} NXXXXXX",
                "0{a}/NXXXXXX",
                "0{a} NXX XX XX",
                "+49 {a} NXXXXXX",
                "+49 (0){a} NXXXXXX",
                "0{a}-NXXXXX",
                "(0{a}) NXX XXXX",
            ),
        ),
    ),
    "it_CH": (
        (
            ("91",),
            (
                "0{a} NXX XX XX",
                "+41 {a} NXX XX XX",
                "0041 {a} NXX XX XX",
                "+41 (0){a} NXX XX XX",
                "0{a}/NXX XX XX",
                "0{a} NXX.XX.XX",
            ),
        ),
        (
            ("76", "77", "78", "79"),
            (
                "0{a} NXX XX XX",
                "+41 {a} NXX XX XX",
                "0041 {a} NXX XX XX",
                "0{a}NXXXXXX",
                "+41{a}NXXXXXX",
            ),
        ),
        (("44", "61", "31"), ("0{a} NXX XX XX", "+41 {a} NXX XX XX")),
    ),
    "pl_PL": (
        (
            ("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"),
            (
                "{a}X XXX XXX",
                "+48 {a}X XXX XXX",
                "{a}X-XXX-XXX",
                "+48{a}XXXXXXX",
                "(+48) {a}X XXX XXX",
                "{a}XXXXXXX",
                "0048 {a}X XXX XXX",
            ),
        ),
        (
            ("22", "12", "58", "71", "61", "42"),
            (
                "{a} NXX XX XX",
                "({a}) NXX-XX-XX",
                "+48 {a} NXX XX XX",
                "({a}) NXX XX XX",
                "{a} NXX-XX-XX",
            ),
        ),
    ),
    "sv_SE": (
        (
            ("70", "72", "73", "76", "79"),
            (
                "0{a}-NXX XX XX",
                "0{a} NXX XX XX",
                "+46 {a} NXX XX XX",
                "+46 (0){a}-NXX XX XX",
                "0{a}NXXXXXX",
                "0{a}-NXXXXXX",
                "+46{a}NXXXXXX",
            ),
        ),
        (
            ("8",),
            (
                "0{a}-NXX XXX XX",
                "0{a}-NX XX XX",
                "+46 {a} NXX XXX XX",
                "0{a}-NXX XX XX",
                "0{a} NXX XXX XX",
            ),
        ),
        (("31", "40", "18", "13", "90"), ("0{a}-NX XX XX", "0{a}-NXX XX XX", "+46 {a} NX XX XX")),
    ),
}


def make_phone(loc: str, r) -> str:
    """A phone number valid for the locale's country, written the way people there write it."""
    import phonenumbers

    groups = PHONE_STYLES[loc]
    for _ in range(60):
        areas, formats = groups[0] if r.random() < 0.55 else r.choice(groups)
        value = _fill(r, r.choice(formats).replace("{a}", r.choice(areas)))
        if phonenumbers.is_valid_number(phonenumbers.parse(value, REGION[loc])):
            return value
    raise AssertionError(f"no valid phone for {loc}")


PARTNO_FORMATS = (
    "XXX-XXX-XXXX",
    "XXXX XXX XXX",
    "XX XXX XX XX",
    "XXX.XXX.XXXX",
    "XXXX-XX-XX-XX",
    "AA-XXXX-XXXX",
    "XXXX XXXX XX",
    "AAA XXX XXX XX",
)
SERIAL_FORMATS = (
    "XXXX XXX XXXX",
    "AAXXXXXXXXXX",
    "XXXXXXXXXX",
    "XXX-XXXXXXX",
    "AXAXXAXAXXAX",
    "XX XXXX XXXX",
)


def make_tracking(loc: str, r) -> str:
    kind = r.randrange(5)
    if kind == 0:
        return "1Z" + _rand(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + _digits(r, 10)
    if kind == 1:
        return "JJD" + _digits(r, 18)
    if kind == 2:
        return _fill(r, "AAXXXXXXXXX") + REGION[loc]
    if kind == 3:
        return _digits(r, 20) if r.random() < 0.5 else _group(_digits(r, 20))
    return _fill(r, r.choice(["AAAXXXXXXXXXX", "XXXXXXXXXXXX", "AX-XXXXXXXX"]))


# ---------------------------------------------------------------------------------------------
# Language data. Template mini-language: {slot} a value (see Ctx.make); [[...]] an optional
# segment; <<a|b|c>> one of the alternatives; ((male|female)) agrees with p1; {hi}, {bye_p1},
# ... a macro from the same table.
# ---------------------------------------------------------------------------------------------

EN = {
    "hi": (
        "Hi,",
        "Hello,",
        "Hi there,",
        "Good morning,",
        "Hello team,",
        "Hi support,",
        "To whom it may concern,",
        "Good afternoon,",
        "hi",
    ),
    "hi_p1": (
        "Hi {p1.first},",
        "Hello {p1.first},",
        "{p1.dear} {p1.last},",
        "Dear {p1},",
        "Good afternoon {p1.first},",
        "Hi {p1.first} -",
    ),
    "hi_p2": ("Hi {p2.first},", "Hey {p2.first},", "Hello {p2.first},", "{p2.dear} {p2.last},"),
    "bye_p1": (
        "Thanks,\n{p1.sig}",
        "Thank you,\n{p1}",
        "Best regards,\n{p1}\nMobile: {phone2}",
        "Regards\n{p1.sig}",
        "Cheers, {p1.first}",
        "-- \n{p1}\n{phone}",
        "Sent from my iPhone",
        "Many thanks\n{p1.sig}",
        "Thanks!",
    ),
    "bye_p2": (
        "Kind regards,\n{p2.first}\n<<Customer Care|Support Team|Member Services>>, {company}",
        "Best,\n{p2} | {company}",
        "Thanks,\n{p2.sig}",
        "Regards,\n{company} <<Support|Operations|Billing>>",
    ),
    "bye_anon": (
        "Thanks!",
        "Thank you.",
        "Regards",
        "Best,\nthe front desk",
        "Thanks in advance",
        "Sent from my phone",
        "Thanks,\nHR",
    ),
    "wrote": (
        "[[On {timestamp}, ]]{p1} <{p1.email}> wrote:",
        "On {timestamp} {p1.email} wrote:",
        "{p1} <{p1.email}> wrote[[ on {timestamp}]]:",
    ),
    "fwd": ("---------- Forwarded message ---------", "From:", "Date:", "Subject:", "To:"),
    "subjects": (
        "Delivery problem",
        "Question about my order",
        "Urgent",
        "Re: your request",
        "Appointment",
        "Account help",
        "Update",
        "(no subject)",
        "Fwd: complaint",
    ),
    "fwd_note": (
        "{p2.first}, can you take this one?",
        "FYI - see below. Can someone follow up?",
        "Forwarding for your queue.",
        "{hi_p2}\n\nThis came in to the shared inbox, please handle.",
        "Passing this on - customer is waiting.",
    ),
    "reply": (
        "{hi_p1}\n\nThanks for reaching out. I've passed this to the "
        "<<right team|warehouse|billing team>>"
        "[[ under case {ticket}]] and we'll get back to you within "
        "<<24 hours|two business days>>.\n\n{bye_p2}",
        "{hi_p1}\n\n<<Sorry for the trouble!|Apologies for the delay.>> Could you confirm the "
        "details "
        "below are still correct?\n\n{bye_p2}",
        "{hi_p1}\n\nAll sorted - "
        "<<you should get a confirmation shortly|the change is live now>>.\n\n{bye_p2}",
    ),
    "form_title": (
        "New submission: Contact us",
        "Web form - Request a callback",
        "Form entry #{ticket}",
        "New lead from website",
        "Online appointment request",
    ),
    "labels": {
        "name": "Name",
        "first": "First name",
        "last": "Last name",
        "email": "Email",
        "phone": "Phone",
        "address": "Address",
        "dob": "Date of birth",
        "message": "Message",
        "order": "Order number",
        "submitted": "Submitted",
        "ip": "IP address",
        "page": "Page",
        "consent": "Consent",
        "yes": "yes",
        "city": "City",
    },
    "messages": (
        "Please call me back about my order.",
        "I need to change my delivery date to {date}.",
        "Is the apartment on {street} still available?",
        "My package {tracking} never arrived.",
        "Need a quote for two units of {partno}.",
        "please help, cant log in",
    ),
    "table_intro": (
        "Here's the export you asked for:",
        "Attached the list from the CRM (pasted below).",
        "Export from the booking system:",
        "Rows that failed to import:",
    ),
    "table_head": {
        "id": "id",
        "name": "name",
        "email": "email",
        "phone": "phone",
        "city": "city",
        "status": "status",
        "amount": "amount",
        "date": "date",
        "dob": "date_of_birth",
        "fullname": "full_name",
    },
    "statuses": ("active", "pending", "closed", "on hold", "new"),
    "ticket": {
        "ticket": "Ticket",
        "status": "Status",
        "priority": "Priority",
        "requester": "Requester",
        "created": "Created",
        "subject": "Subject",
        "description": "Description",
        "assignee": "Assignee",
        "channel": "Channel",
    },
    "ticket_values": (
        ("Open", "Pending", "New"),
        ("High", "Normal", "Low", "Urgent"),
        ("Email", "Web", "Phone"),
    ),
    "log_intro": (
        "Seeing this in prod since this morning:",
        "Log excerpt from the worker, see the errors at the bottom.",
        "Here's what the sync job printed:",
        "FYI, from the gateway logs:",
    ),
    "config_intro": (
        "Current config on staging (prod is the same):",
        "This is what's deployed right now:",
        "Can someone check this config? The job keeps failing.",
        "Settings file from the server:",
    ),
    "chat_labels": ("Customer", "Agent", "Visitor", "Support"),
    "chat_head": (
        "Chat transcript[[ - {timestamp}]]",
        "Live chat #{ticket}",
        "Conversation with {p1}",
    ),
    "chat": (
        "C: hi, my parcel says delivered but I don't have it\nA: Sorry to hear that! Can I get the "
        "tracking number?\nC: <<it's {tracking}|{tracking}|one sec... {tracking}>>\nA: Thanks. "
        "What's the delivery address?"
        "\nC: {addr}\nA: Got it, I'll open an investigation.",
        "C: hello I need to reschedule my appointment\nA: Sure, can I have the patient's name and "
        "date "
        "of birth?\nC: {p1}, born {dob}\nA: Thanks. Best number to reach you?\nC: {phone}",
        "C: I was charged twice[[ for {order}]]\nA: I can help with that. Which card was used?\nC: "
        "{card}"
        "\nA: Thank you, the refund will show in 3-5 days.",
        "C: can you update my email to {p1.email}?\nA: Done! Anything else?\nC: no thats all, "
        "thanks",
    ),
    "nopii": (
        "{hi}\n\nIs the {brand} on {street} still open on Sundays? "
        "<<Google says|The website says>> "
        "closed but I'm not sure.\n\n{bye_anon}",
        "Reminder: scheduled maintenance on {date} from {time} to {time2}. The portal will be "
        "unavailable. Current release: {version}.",
        "{hi}\n\nOur order {order} arrived with one item missing (part {partno}). Invoice "
        "{invoice} "
        "lists {amount}. Can you ship the missing part?\n\n{bye_anon}",
        "{hi}\n\nDo you deliver to {postcode}? We're just outside {city}.\n\n{bye_anon}",
        "The gift card {digits16} shows a balance of {amount}, but the app says 0. Build "
        "{version}.",
        "Shipment {tracking} left the depot in {city} on {date}. Details: {url}",
        "{hi}\n\nWe tried paying invoice {invoice} but the bank rejected {iban_bad} as invalid. "
        "Could "
        "you double-check the account on the invoice?\n\n{bye_anon}",
    ),
}
EN_SITUATIONS = {
    "delivery": (
        "{hi}\n\n<<The courier|Your driver|The delivery guy>> <<tried to deliver|came by with>> my "
        "parcel[[ ({tracking})]] <<today|yesterday|this morning>> but "
        "<<nobody was in|I was at work|the "
        "buzzer is broken>>. Could you <<redeliver|send it>> to {addr} <<instead|please>>? "
        "[[A delivery around {time} would be ideal. ]]If "
        "<<anything is unclear|the driver gets lost>>, "
        "<<call|text>> me on {phone}.\n\n{bye_p1}",
        "<<Hello|Hi>>, I ordered <<a standing desk|two chairs|a fridge>>[[ (order {order})]] and "
        "the "
        'tracking page says <<"address incomplete"|"recipient unknown">>. The correct delivery '
        "address "
        "is:\n\n{addrml}\n\n[[The building is on the corner with {street}, in case that helps. ]]"
        "\n{bye_p1}",
    ),
    "refund": (
        "{hi}\n\n<<I was charged twice|You billed me twice|My card was debited twice>> for order "
        "{order}[[ ({amount})]]. Both charges hit my card {card} - please refund the "
        "<<duplicate|second"
        ">> one.[[ My loyalty card is {digits16} if you need it.]]\n\n{bye_p1}",
        "{hi}\n\nPlease wire the refund for {order} to my account "
        "{iban}[[ - the amount is {amount}]]. "
        "I no longer have the card I paid with.\n\n{bye_p1}",
    ),
    "onboarding": (
        "{hi_p2}\n\n<<Please set up payroll for|Here are the details for>> our new "
        "<<warehouse associate"
        "|nurse|account "
        "manager>>, {p1}, starting {date}.\n\nDate of birth: {dob}\nHome address: {addrb}\n"
        "Bank account: {iban}\n\n{bye_anon}",
        "US|{hi_p2}\n\nFor the W-4 / I-9 packet: {p1}, SSN {ssn}, DOB {dob}. [[Mailing address is "
        "{addr}. ]]Start date {date}.\n\n{bye_anon}",
        "US|Hi,\n\nI started on {date} and my first paycheck had the wrong SSN on the stub. The "
        "correct "
        "one is {ssn}. Name as on my card: {p1.caps}.\n\n{bye_p1}",
    ),
    "medical": (
        "{hi}\n\nI'd like to <<book|reschedule>> <<an appointment|a follow-up|a check-up>> for my "
        "((son|daughter)), {p1}, <<date of birth|DOB|born>> {dob}. [[The current slot is {date} at "
        "{time} but that doesn't work. "
        "]]<<Any morning next week is fine.|We can only do afternoons.>> "
        "Please call me back at {phone}.\n\n{bye_anon}",
        "US|New patient intake - {p1.formal}, DOB {dob}, SSN {ssn}. Insurance card to follow. "
        "Callback number {phone}.",
        "Patient {p1.formal} (DOB {dob}) called to cancel. <<Wants a callback|Please call back>> "
        "on "
        "{phone}[[ before {time}]].",
    ),
    "rental": (
        "{hi}\n\nI saw your listing for the <<2-bedroom|studio|apartment>> on "
        "{street}[[ ({amount}/month)]] "
        "and I'm very interested. "
        "<<Is it still available?|Could I come for a viewing this weekend?>> "
        "I'm <<a nurse|a software engineer|a grad student>>, no pets. You can reach me at "
        "{p1.email} "
        "or {phone}.\n\n{bye_p1}",
    ),
    "access": (
        "{hi}\n\n<<The nightly export|The backup job|Our CI pipeline>> has been failing since "
        "{date}. "
        "It connects with {urlcred}[[ from {ip}]]. "
        "<<Did someone rotate the password?|Was the account "
        "locked?>>[[ We're on {version}.]]\n\n{bye_p1}",
        "{hi}\n\nHeads up - the API key {secret} was pasted in a public channel <<yesterday|last "
        "week>>. Can we revoke it and issue a new one?[[ Request id {uuid}.]]\n\n{bye_p1}",
    ),
    "security": (
        "{hi}\n\nI got an alert about a sign-in to my account ({p1.email}) from "
        "{ip}[[ at {time} on "
        "{date}]]. <<That wasn't me.|I don't recognise that location.>> Please lock the account"
        "[[ - reference {uuid}]].\n\n{bye_p1}",
    ),
    "moving": (
        "{hi}\n\nPlease update my <<billing|mailing|delivery>> address.\nOld: {addr}\nNew: {addr2}"
        "[[\nFrom {date} onwards.]][[\nCustomer no. {order}]]\n\n{bye_p1}",
        "{hi}\n\nWe've moved! New "
        "address:\n{addrml}\n\n<<Please send all future invoices there.|Old "
        "one in {city} is no longer valid.>>\n\n{bye_p1}",
    ),
    "warranty": (
        "{hi}\n\nMy <<coffee machine|dishwasher|router>>[[ (serial {serial})]] stopped working "
        "<<after "
        "two months|last "
        "week>>. [[The part that broke is {partno}. ]]It's still under warranty. Can you "
        "<<send a technician|arrange a pickup>> to {addr}?\n\n{bye_p1}",
    ),
    "invoice": (
        "{hi_p1}\n\nOur records show invoice {invoice}[[ for {amount}]] is still open. Please "
        "transfer "
        "the amount to {iban}[[ (the number on the PDF has a typo: {iban_bad})]]. "
        "<<If you've already "
        "paid, please ignore this.|Let us know if you need a copy.>>\n\n{bye_p2}",
    ),
    "booking": (
        "{hi}\n\nPlease <<book|hold>> <<a double room|two rooms|a table for 6>> for "
        "{date}[[, arriving "
        "around "
        "{time}]]. Guest name: {p1}. <<You can charge|Guarantee with>> card {card}.\n\n{bye_p1}",
    ),
    "callback": (
        "<<hey|hi>>, <<can someone call me back|pls call me>> <<about my order|about the quote>>"
        "[[ {order}]]? {phone}[[ after {time}]]. <<thx|thanks>> {p1.first}",
        'Voicemail transcript: "Hi, this is {p1} calling about <<the invoice|my claim|the repair>>'
        '[[ {invoice}]]. Please call me back on {phone}. Thanks."',
    ),
    "application": (
        "{hi}\n\nI would like to apply for the "
        "<<warehouse supervisor|dental assistant|leasing agent>> "
        "<<position|role>>[[ (ref {ticket})]]. "
        "<<Five years in logistics|Three years in a busy clinic>>"
        ", available from {date}. [[I was born on {dob}, in case the form needs it. ]]Phone "
        "{phone}, "
        "email {p1.email}.\n\n{bye_p1}",
    ),
    "repair": (
        "US|Hi,\n\nFor the tenant background check you asked for: {p1}, SSN {ssn}, DOB {dob}. "
        "<<Current|Previous>> address {addr}.\n\n{bye_p1}",
        "{hi}\n\nThe <<heating|water heater|kitchen tap>> in my unit at {addr} <<isn't working|is "
        "leaking again>>. <<Could you send someone|Please send a "
        "plumber>>[[ on {date}]]? I'm home after "
        "{time}. {phone}\n\n{bye_p1}",
    ),
}
EN_PH = {
    "hi": ("Good day!", "Hi po,", "Hello po,", "Good morning po,", "Hi,", "Good afternoon,"),
    "bye_p1": (
        "Thank you po,\n{p1.sig}",
        "Hoping for your kind response.\n\n{p1}",
        "Thanks,\n{p1}\n{phone2}",
        "Regards,\n{p1.sig}",
        "Salamat!\n{p1.first}",
        "Thank you!",
    ),
    "bye_anon": ("Thank you po.", "Hoping for your kind consideration.", "Salamat!", "Thanks!"),
}

FR = {
    "hi": (
        "Bonjour,",
        "Bonjour à tous,",
        "Madame, Monsieur,",
        "Bonsoir,",
        "Hello,",
        "Bonjour Madame, Monsieur,",
    ),
    "hi_p1": (
        "Bonjour {p1.first},",
        "{p1.dear} {p1.last},",
        "Bonjour {p1.dear} {p1.last},",
        "Chère cliente, cher client,",
        "Bonjour {p1},",
    ),
    "hi_p2": ("Salut {p2.first},", "Bonjour {p2.first},", "{p2.first},", "Hello {p2.first},"),
    "bye_p1": (
        "Merci d'avance,\n{p1.sig}",
        "Bien à vous,\n{p1}",
        "Cordialement,\n{p1}\nGSM : {phone2}",
        "Merci !\n{p1.first}",
        "Salutations distinguées,\n{p1.formal}",
        "À tantôt,\n{p1.sig}",
        "Envoyé de mon iPhone",
        "Bonne journée,\n{p1}\n{phone}",
    ),
    "bye_p2": (
        "Bien cordialement,\n{p2.first}\nService clientèle {company}",
        "Cordialement,\n{p2}",
        "L'équipe {company}",
        "Belle journée,\n{p2.sig} - {company}",
    ),
    "bye_anon": (
        "Merci d'avance.",
        "Bien à vous.",
        "Cordialement",
        "Merci !",
        "Envoyé de mon smartphone",
    ),
    "wrote": (
        "Le {timestamp}, {p1} <{p1.email}> a écrit :",
        "[[Le {timestamp}, ]]{p1.email} a écrit :",
        "{p1} <{p1.email}> a écrit[[ le {timestamp}]] :",
    ),
    "fwd": ("---------- Message transféré ---------", "De :", "Date :", "Objet :", "À :"),
    "subjects": (
        "Problème de livraison",
        "Question commande",
        "URGENT",
        "Re: votre demande",
        "Rendez-vous",
        "Changement d'adresse",
        "Réclamation",
        "(sans objet)",
    ),
    "fwd_note": (
        "{p2.first}, tu peux reprendre ce dossier ?",
        "Pour info, voir ci-dessous. Qui s'en occupe ?",
        "Transféré pour suite utile.",
        "{hi_p2}\n\nReçu sur la boîte générale, merci de traiter.",
    ),
    "reply": (
        "{hi_p1}\n\nMerci pour votre message. Nous avons transmis votre demande au "
        "<<service concerné|"
        "dépôt|service comptable>>[[ (dossier {ticket})]] et revenons vers vous <<sous 48 "
        "heures|rapidement>>."
        "\n\n{bye_p2}",
        "{hi_p1}\n\n<<Toutes nos excuses pour ce désagrément.|Désolés pour le retard.>> "
        "Pourriez-vous "
        "confirmer que les informations ci-dessous sont correctes ?\n\n{bye_p2}",
        "{hi_p1}\n\nC'est arrangé, "
        "<<vous recevrez une confirmation sous peu|la modification est faite>>."
        "\n\n{bye_p2}",
    ),
    "form_title": (
        "Nouveau message via le formulaire de contact",
        "Formulaire - demande de rappel",
        "Soumission n° {ticket}",
        "Demande de rendez-vous en ligne",
    ),
    "labels": {
        "name": "Nom complet",
        "first": "Prénom",
        "last": "Nom",
        "email": "E-mail",
        "phone": "Téléphone",
        "address": "Adresse",
        "dob": "Date de naissance",
        "message": "Message",
        "order": "N° de commande",
        "submitted": "Envoyé le",
        "ip": "Adresse IP",
        "page": "Page",
        "consent": "J'accepte les conditions",
        "yes": "oui",
        "city": "Localité",
    },
    "messages": (
        "Merci de me rappeler au sujet de ma commande.",
        "Je souhaite changer la date de livraison au {date}.",
        "L'appartement {street} est-il encore libre ?",
        "Mon colis {tracking} n'est jamais arrivé.",
        "bonjour je narrive pas a me connecter",
    ),
    "table_intro": (
        "Voici l'export demandé :",
        "Extrait du CRM ci-dessous.",
        "Export du système de réservation :",
        "Lignes rejetées à l'import :",
    ),
    "table_head": {
        "id": "id",
        "name": "nom",
        "email": "email",
        "phone": "telephone",
        "city": "localite",
        "status": "statut",
        "amount": "montant",
        "date": "date",
        "dob": "date_naissance",
        "fullname": "nom_complet",
    },
    "statuses": ("actif", "en attente", "clôturé", "nouveau"),
    "ticket": {
        "ticket": "Ticket",
        "status": "Statut",
        "priority": "Priorité",
        "requester": "Demandeur",
        "created": "Créé le",
        "subject": "Objet",
        "description": "Description",
        "assignee": "Assigné à",
        "channel": "Canal",
    },
    "ticket_values": (
        ("Ouvert", "En attente", "Nouveau"),
        ("Haute", "Normale", "Basse"),
        ("E-mail", "Web", "Téléphone"),
    ),
    "log_intro": (
        "Voici ce qu'on voit dans les logs depuis ce matin :",
        "Extrait des logs du serveur :",
        "Le job de synchro plante, voir ci-dessous :",
    ),
    "config_intro": (
        "La config actuelle en staging :",
        "Voici le fichier de configuration déployé :",
        "Quelqu'un peut vérifier cette config ? Le job échoue.",
    ),
    "chat_labels": ("Client", "Conseiller", "Visiteur", "Support"),
    "chat_head": (
        "Transcription du chat[[ - {timestamp}]]",
        "Chat n° {ticket}",
        "Conversation avec {p1}",
    ),
    "chat": (
        "C: bonjour, mon colis est indiqué comme livré mais je ne l'ai pas reçu\nA: Je suis "
        "désolé. "
        "Pouvez-vous me donner l'adresse de livraison ?\nC: {addr}\nA: Merci, j'ouvre une enquête.",
        "C: Bonjour, je dois déplacer mon rendez-vous\nA: Bien sûr. Nom et date de naissance du "
        "patient ?"
        "\nC: {p1}, ((né|née)) le {dob}\nA: Merci. Un numéro pour vous joindre ?\nC: {phone}",
        "C: j'ai été ((débité|débitée)) deux fois[[ pour {order}]]\nA: Avec quelle carte ?\nC: "
        "{card}\n"
        "A: Merci, le remboursement suivra sous 3 à 5 jours.",
        "C: pouvez-vous changer mon adresse e-mail en {p1.email} ?\nA: C'est fait !\nC: super "
        "merci",
    ),
    "nopii": (
        "{hi}\n\n{brand} ({street}) est ouvert le dimanche ? Le site dit fermé.\n\n{bye_anon}",
        "Rappel : maintenance planifiée le {date} de {time} à {time2}. Le portail sera "
        "indisponible. "
        "Version actuelle : {version}.",
        "{hi}\n\nLa commande {order} est arrivée incomplète (pièce {partno} manquante). La facture "
        "{invoice} indique {amount}.\n\n{bye_anon}",
        "{hi}\n\nLivrez-vous au code postal {postcode} ? Nous sommes juste à côté de "
        "{city}.\n\n{bye_anon}",
        "L'envoi {tracking} a quitté le dépôt de {city} le {date}. Suivi : {url}",
        "{hi}\n\nNotre banque refuse le compte {iban_bad} indiqué sur la facture {invoice}. "
        "Pouvez-vous "
        "vérifier ?\n\n{bye_anon}",
    ),
}
FR_SITUATIONS = {
    "delivery": (
        "{hi}\n\nLe livreur <<est passé|a tenté de livrer mon colis>>[[ {tracking}]] "
        "<<hier|ce matin>> "
        "mais <<personne n'était là|la sonnette ne fonctionne pas>>. Pouvez-vous le relivrer à "
        "l'adresse suivante :\n\n{addrml}\n\n<<En cas de souci|Si besoin>>, mon GSM : "
        "{phone}.\n\n{bye_p1}",
        "{hi}\n\nMerci de livrer plutôt au {addr}[[, c'est à deux pas de la gare de {city}]]. "
        "Je suis là après {time}.\n\n{bye_p1}",
    ),
    "refund": (
        "{hi}\n\nJ'ai été ((débité|débitée)) deux fois pour la commande {order}[[ ({amount})]]. "
        "Les deux "
        "paiements ont été faits avec la carte {card}. Merci de rembourser le doublon.\n\n{bye_p1}",
        "{hi}\n\nPouvez-vous verser le remboursement de la commande {order} sur mon compte {iban} "
        "? "
        "Je n'ai plus la carte utilisée.\n\n{bye_p1}",
    ),
    "onboarding": (
        "{hi_p2}\n\nVoici les données pour le dossier de {p1}, qui commence chez nous le {date} "
        ":\n\n"
        "Date de naissance : {dob}\nAdresse : {addrb}\nCompte bancaire : {iban}\n\n{bye_anon}",
    ),
    "medical": (
        "{hi}\n\nJe voudrais <<prendre|déplacer>> un rendez-vous pour ((mon fils|ma fille)), {p1}, "
        "((né|née)) le {dob}. "
        "[[Le rendez-vous actuel est le {date} à {time}, mais ça ne nous arrange "
        "pas. ]]Vous pouvez me joindre au {phone}.\n\n{bye_anon}",
        "Patient(e) : {p1.formal} - date de naissance {dob} - souhaite être ((rappelé|rappelée)) "
        "au {phone}.",
    ),
    "rental": (
        "{hi}\n\nJe suis ((intéressé|intéressée)) par l'appartement de l'annonce ({street}, {city})"
        "[[ à {amount} par mois]]. Est-il toujours disponible ? Je peux visiter "
        "<<samedi|en soirée>>. "
        "Mon e-mail : {p1.email}, GSM {phone}.\n\n{bye_p1}",
    ),
    "access": (
        "{hi}\n\nL'export de nuit échoue depuis le {date}. Il se connecte via "
        "{urlcred}[[ depuis {ip}]]. "
        "Quelqu'un a changé le mot de passe ?[[ Version {version}.]]\n\n{bye_p1}",
        "{hi}\n\nAttention : la clé API {secret} a été collée dans un canal public. Peut-on la "
        "révoquer ?"
        "\n\n{bye_p1}",
    ),
    "security": (
        "{hi}\n\nJ'ai reçu une alerte de connexion à mon compte ({p1.email}) depuis l'adresse {ip}"
        "[[ le {date} à {time}]]. Ce n'était pas moi ! Merci de bloquer le compte.\n\n{bye_p1}",
    ),
    "moving": (
        "{hi}\n\nMerci de mettre à jour mon adresse.\nAncienne : {addr}\nNouvelle : "
        "{addr2}[[\nÀ partir du "
        "{date}.]]\n\n{bye_p1}",
        "{hi}\n\nNous avons déménagé ! Nouvelle adresse :\n{addrml}\n\n{bye_p1}",
    ),
    "warranty": (
        "{hi}\n\nMon <<lave-vaisselle|percolateur|routeur>>[[ (n° de série {serial})]] ne "
        "fonctionne "
        "plus. [[La pièce défectueuse est la réf. {partno}. ]]Il est encore sous garantie. "
        "Pouvez-vous "
        "envoyer un technicien au {addr} ?\n\n{bye_p1}",
    ),
    "invoice": (
        "{hi_p1}\n\nSauf erreur de notre part, la facture {invoice}[[ de {amount}]] reste impayée. "
        "Merci "
        "de verser le montant sur le compte "
        "{iban}[[ (et non {iban_bad}, erreur de frappe sur le PDF)]]."
        "\n\n{bye_p2}",
    ),
    "booking": (
        "{hi}\n\nPourriez-vous réserver <<une chambre double|deux chambres|une table pour six>> "
        "pour le "
        "{date}[[, arrivée vers {time}]] ? Au nom de {p1}. Garantie par la carte "
        "{card}.\n\n{bye_p1}",
    ),
    "callback": (
        "bonjour, pouvez-vous me rappeler <<pour ma commande|pour le devis>>[[ {order}]] ? {phone}"
        "[[ après {time}]]. merci {p1.first}",
        "Message vocal : « Bonjour, ici {p1}, je vous appelle pour <<la facture|le sinistre|la "
        "réparation>>. Rappelez-moi au {phone}, merci. »",
    ),
    "application": (
        "{hi}\n\nJe souhaite postuler au poste de "
        "<<magasinier|assistant(e) dentaire|agent immobilier>>"
        "[[ (réf. {ticket})]]. Disponible dès le {date}. [[Date de naissance : {dob}. ]]Tél. "
        "{phone}, "
        "e-mail {p1.email}.\n\n{bye_p1}",
    ),
    "repair": (
        "{hi}\n\nLe <<chauffage|boiler|robinet de la cuisine>> de mon appartement, {addr}, <<ne "
        "fonctionne plus|fuit à "
        "nouveau>>. Pouvez-vous envoyer quelqu'un[[ le {date}]] ? Je suis là "
        "après {time}. {phone}\n\n{bye_p1}",
    ),
}

ES = {
    "hi": ("Buen día,", "Buenas tardes,", "Hola,", "Buenos días,", "Cordial saludo,", "Señores,"),
    "hi_p1": (
        "Hola {p1.first},",
        "{p1.dear} {p1.last}:",
        "Buen día {p1.first},",
        "Apreciado(a) {p1}:",
        "{p1.dear} {p1}:",
    ),
    "hi_p2": ("Hola {p2.first},", "{p2.first}, buen día.", "Buenas {p2.first},"),
    "bye_p1": (
        "Quedo ((atento|atenta)),\n{p1}",
        "Cordialmente,\n{p1}\nCel. {phone2}",
        "Muchas gracias,\n{p1.sig}",
        "Gracias, feliz día\n{p1.first}",
        "Atentamente,\n{p1.formal}",
        "Enviado desde mi celular",
        "Saludos,\n{p1}\n{phone}",
    ),
    "bye_p2": (
        "Cordialmente,\n{p2.first}\nServicio al cliente - {company}",
        "Atentamente,\n{p2}",
        "Equipo {company}",
        "Saludos,\n{p2.sig} | {company}",
    ),
    "bye_anon": (
        "Gracias.",
        "Quedo atento.",
        "Cordialmente",
        "¡Gracias!",
        "Enviado desde mi celular",
    ),
    "wrote": (
        "El {timestamp}, {p1} (<{p1.email}>) escribió:",
        "[[El {timestamp}, ]]{p1.email} escribió:",
        "{p1} <{p1.email}> escribió[[ el {timestamp}]]:",
    ),
    "fwd": ("---------- Mensaje reenviado ---------", "De:", "Fecha:", "Asunto:", "Para:"),
    "subjects": (
        "Problema con la entrega",
        "Consulta pedido",
        "URGENTE",
        "RE: su solicitud",
        "Cita",
        "Cambio de dirección",
        "Reclamo",
        "(sin asunto)",
    ),
    "fwd_note": (
        "{p2.first}, ¿te puedes encargar de este caso?",
        "Para tu información, ver abajo.",
        "Reenvío para gestión.",
        "{hi_p2}\n\nLlegó al buzón general, por favor atender.",
    ),
    "reply": (
        "{hi_p1}\n\nGracias por escribirnos. Trasladamos su solicitud al "
        "<<área encargada|centro de "
        "distribución|área de cartera>>[[ (caso {ticket})]] y le responderemos <<en 48 horas|a la "
        "brevedad>>.\n\n{bye_p2}",
        "{hi_p1}\n\n<<Lamentamos el inconveniente.|Disculpe la demora.>> ¿Podría confirmar que los "
        "datos "
        "de abajo siguen vigentes?\n\n{bye_p2}",
        "{hi_p1}\n\nListo, "
        "<<ya quedó actualizado|recibirá una confirmación en breve>>.\n\n{bye_p2}",
    ),
    "form_title": (
        "Nuevo mensaje del formulario de contacto",
        "Formulario - solicitud de llamada",
        "Registro n.º {ticket}",
        "Solicitud de cita en línea",
    ),
    "labels": {
        "name": "Nombre completo",
        "first": "Nombres",
        "last": "Apellidos",
        "email": "Correo electrónico",
        "phone": "Teléfono",
        "address": "Dirección",
        "dob": "Fecha de nacimiento",
        "message": "Mensaje",
        "order": "N.º de pedido",
        "submitted": "Enviado",
        "ip": "Dirección IP",
        "page": "Página",
        "consent": "Acepto la política de datos",
        "yes": "sí",
        "city": "Ciudad",
    },
    "messages": (
        "Por favor llámenme por mi pedido.",
        "Necesito cambiar la entrega para el {date}.",
        "¿Sigue disponible el apartamento de {street}?",
        "Mi paquete {tracking} nunca llegó.",
        "no puedo ingresar a la cuenta, ayuda",
    ),
    "table_intro": (
        "Adjunto el reporte solicitado:",
        "Exportación del CRM:",
        "Registros que fallaron en la carga:",
        "Listado del sistema de reservas:",
    ),
    "table_head": {
        "id": "id",
        "name": "nombre",
        "email": "correo",
        "phone": "telefono",
        "city": "ciudad",
        "status": "estado",
        "amount": "valor",
        "date": "fecha",
        "dob": "fecha_nacimiento",
        "fullname": "nombre_completo",
    },
    "statuses": ("activo", "pendiente", "cerrado", "nuevo"),
    "ticket": {
        "ticket": "Caso",
        "status": "Estado",
        "priority": "Prioridad",
        "requester": "Solicitante",
        "created": "Creado",
        "subject": "Asunto",
        "description": "Descripción",
        "assignee": "Asignado a",
        "channel": "Canal",
    },
    "ticket_values": (
        ("Abierto", "Pendiente", "Nuevo"),
        ("Alta", "Media", "Baja"),
        ("Correo", "Web", "Teléfono"),
    ),
    "log_intro": (
        "Esto aparece en producción desde esta mañana:",
        "Extracto del log del servidor:",
        "El proceso de sincronización falla, ver abajo:",
    ),
    "config_intro": (
        "Configuración actual en pruebas:",
        "Este es el archivo desplegado:",
        "¿Alguien puede revisar esta configuración? El job sigue fallando.",
    ),
    "chat_labels": ("Cliente", "Asesor", "Visitante", "Soporte"),
    "chat_head": (
        "Transcripción del chat[[ - {timestamp}]]",
        "Chat n.º {ticket}",
        "Conversación con {p1}",
    ),
    "chat": (
        "C: hola, el pedido sale entregado pero no me llegó\nA: Qué pena. ¿Me confirma la "
        "dirección de "
        "entrega?\nC: {addr}\nA: Gracias, abrimos una investigación.",
        "C: Buenas, necesito cambiar la cita\nA: Claro. ¿Nombre y fecha de nacimiento del "
        "paciente?\nC: "
        "{p1}, ((nacido|nacida)) el {dob}\nA: Gracias. ¿Un número de contacto?\nC: {phone}",
        "C: me cobraron dos veces[[ el pedido {order}]]\nA: ¿Con qué tarjeta pagó?\nC: {card}\nA: "
        "Gracias, la devolución se verá en 3 a 5 días hábiles.",
        "C: me cambian el correo a {p1.email} porfa\nA: ¡Listo! ¿Algo más?\nC: no, gracias",
    ),
    "nopii": (
        "{hi}\n\n¿{brand}, en {street}, abre los domingos? En la página dice "
        "cerrado.\n\n{bye_anon}",
        "Recordatorio: mantenimiento programado el {date} de {time} a {time2}. El portal no estará "
        "disponible. Versión actual: {version}.",
        "{hi}\n\nEl pedido {order} llegó incompleto (falta la pieza {partno}). La factura "
        "{invoice} "
        "dice {amount}.\n\n{bye_anon}",
        "{hi}\n\n¿Hacen envíos al código postal {postcode}? Estamos cerca de {city}.\n\n{bye_anon}",
        "El envío {tracking} salió de la bodega de {city} el {date}. Seguimiento: {url}",
        "La tarjeta de regalo {digits16} muestra saldo de {amount} pero la app dice 0. Versión "
        "{version}.",
    ),
}
ES_SITUATIONS = {
    "delivery": (
        "{hi}\n\nEl mensajero <<pasó|intentó entregar el paquete>>[[ {tracking}]] "
        "<<ayer|esta mañana>> "
        "pero <<no había nadie|el citófono no sirve>>. ¿Pueden entregarlo en esta "
        "dirección?\n\n{addrml}"
        "\n\n<<Cualquier cosa|Si hay algún problema>> me pueden llamar al {phone}.\n\n{bye_p1}",
        "{hi}\n\nPor favor enviar el pedido[[ {order}]] a {addr}, no a la dirección anterior. "
        "Estoy "
        "después de las {time}.\n\n{bye_p1}",
    ),
    "refund": (
        "{hi}\n\nMe cobraron dos veces el pedido {order}[[ por {amount}]]. Ambos cobros salieron "
        "de la "
        "tarjeta {card}. Agradezco reversar el cobro duplicado.\n\n{bye_p1}",
        "{hi}\n\nPor favor hacer la devolución del pedido {order} a la cuenta {iban}. Ya no tengo "
        "la "
        "tarjeta con la que pagué.\n\n{bye_p1}",
    ),
    "onboarding": (
        "{hi_p2}\n\nTe envío los datos de {p1}, que ingresa el {date}:\n\nFecha de nacimiento: "
        "{dob}\n"
        "Dirección: {addrb}\nCuenta para nómina: {iban}\n\n{bye_anon}",
    ),
    "medical": (
        "{hi}\n\nQuisiera <<agendar|cambiar>> una cita para mi ((hijo|hija)) {p1}, "
        "((nacido|nacida)) el "
        "{dob}. [[La cita actual es el {date} a las {time} y no podemos. ]]Me pueden contactar al "
        "{phone}."
        "\n\n{bye_anon}",
        "Paciente: {p1.formal} | F. nac. {dob} | solicita devolver la llamada al {phone}",
    ),
    "rental": (
        "{hi}\n\nVi el aviso del <<apartamento|departamento|apartaestudio>> en "
        "{street}[[ ({amount} "
        "mensuales)]]. ¿Todavía está disponible? Me gustaría visitarlo. Mi correo es "
        "{p1.email} y mi "
        "celular {phone}.\n\n{bye_p1}",
    ),
    "access": (
        "{hi}\n\nEl respaldo nocturno falla desde el {date}. Se conecta con "
        "{urlcred}[[ desde {ip}]]. "
        "¿Alguien cambió la clave?[[ Estamos en la versión {version}.]]\n\n{bye_p1}",
        "{hi}\n\nOjo: la API key {secret} quedó pegada en un canal público. ¿La podemos "
        "revocar?\n\n{bye_p1}",
    ),
    "security": (
        "{hi}\n\nMe llegó una alerta de inicio de sesión en mi cuenta ({p1.email}) desde la IP {ip}"
        "[[ el {date} a las {time}]]. No fui yo. Por favor bloqueen la cuenta.\n\n{bye_p1}",
    ),
    "moving": (
        "{hi}\n\nFavor actualizar mi dirección.\nAnterior: {addr}\nNueva: "
        "{addr2}[[\nDesde el {date}.]]"
        "\n\n{bye_p1}",
        "{hi}\n\n¡Nos cambiamos! La nueva dirección es:\n{addrml}\n\n{bye_p1}",
    ),
    "warranty": (
        "{hi}\n\nMi <<nevera|lavadora|router>>[[ (serial {serial})]] dejó de funcionar. "
        "[[La pieza dañada "
        "es la ref. {partno}. "
        "]]Todavía está en garantía. ¿Pueden enviar un técnico a {addr}?\n\n{bye_p1}",
    ),
    "invoice": (
        "{hi_p1}\n\nSegún nuestros registros la factura {invoice}[[ por {amount}]] sigue "
        "pendiente. Por "
        "favor consignar a la cuenta {iban}[[ (no a {iban_bad}, que tiene un error en el PDF)]]."
        "\n\n{bye_p2}",
    ),
    "booking": (
        "{hi}\n\nQuisiera reservar <<una habitación doble|dos habitaciones|una mesa para seis>> "
        "para el "
        "{date}[[, llegamos hacia las {time}]]. A nombre de {p1}. Garantía con la tarjeta "
        "{card}.\n\n{bye_p1}",
    ),
    "callback": (
        "hola, me pueden llamar <<por el pedido|por la cotización>>[[ {order}]]? "
        "{phone}[[ después de las "
        "{time}]]. gracias {p1.first}",
        'Mensaje de voz: "Hola, habla {p1}, llamo por <<la factura|el reclamo|la reparación>>. '
        "Por favor "
        'me devuelven la llamada al {phone}. Gracias."',
    ),
    "application": (
        "{hi}\n\nMe postulo al cargo de <<auxiliar de bodega|asistente dental|asesor inmobiliario>>"
        "[[ (ref. {ticket})]]. Disponible desde el {date}. [[Fecha de nacimiento: {dob}. ]]Celular "
        "{phone}, correo {p1.email}.\n\n{bye_p1}",
    ),
    "repair": (
        "{hi}\n\nEl <<calentador|lavaplatos|techo del baño>> de mi apartamento en {addr} "
        "<<no funciona|"
        "tiene una "
        "fuga>>. ¿Pueden mandar a alguien[[ el {date}]]? Estoy después de las {time}. {phone}"
        "\n\n{bye_p1}",
    ),
}
ES_CL = {
    "hi": ("Hola, ¿cómo están?", "Estimados:", "Buenas tardes,", "Hola,", "Junto con saludar,"),
    "bye_p1": (
        "Saludos cordiales,\n{p1}",
        "Muchas gracias,\n{p1.sig}",
        "Quedo ((atento|atenta)),\n{p1}\nCel: {phone2}",
        "Slds,\n{p1.first}",
        "Enviado desde mi celular",
        "Atte.\n{p1}",
    ),
    "bye_anon": ("Saludos cordiales.", "Atte.", "¡Gracias!", "Quedo atento."),
}

DE = {
    "hi": (
        "Hallo,",
        "Guten Tag,",
        "Sehr geehrte Damen und Herren,",
        "Moin,",
        "Hallo zusammen,",
        "Guten Morgen,",
    ),
    "hi_p1": (
        "Hallo {p1.first},",
        "{p1.dear} {p1.last},",
        "Guten Tag {p1.title} {p1.last},",
        "Liebe/r {p1},",
        "Hallo {p1},",
    ),
    "hi_p2": ("Hi {p2.first},", "Hallo {p2.first},", "Liebe/r {p2.first},", "Moin {p2.first},"),
    "bye_p1": (
        "Viele Grüße\n{p1.sig}",
        "Mit freundlichen Grüßen\n{p1}",
        "MfG\n{p1}\nMobil: {phone2}",
        "LG {p1.first}",
        "Beste Grüße\n{p1}\nTel. {phone}",
        "Von meinem iPhone gesendet",
        "Danke und Gruß\n{p1.formal}",
    ),
    "bye_p2": (
        "Freundliche Grüße\n{p2.first}\nKundenservice {company}",
        "Mit freundlichen Grüßen\n{p2}",
        "Ihr Team von {company}",
        "Viele Grüße\n{p2.sig} | {company}",
    ),
    "bye_anon": (
        "Danke!",
        "Vielen Dank im Voraus.",
        "Gruß",
        "MfG",
        "Von meinem Smartphone gesendet",
    ),
    "wrote": (
        "Am {timestamp} schrieb {p1} <{p1.email}>:",
        "[[Am {timestamp} ]]schrieb {p1.email}:",
        "{p1} <{p1.email}> schrieb[[ am {timestamp}]]:",
    ),
    "fwd": ("---------- Weitergeleitete Nachricht ---------", "Von:", "Datum:", "Betreff:", "An:"),
    "subjects": (
        "Lieferproblem",
        "Frage zur Bestellung",
        "DRINGEND",
        "AW: Ihre Anfrage",
        "Termin",
        "Adressänderung",
        "Reklamation",
        "(kein Betreff)",
    ),
    "fwd_note": (
        "{p2.first}, kannst du das übernehmen?",
        "Zur Info, siehe unten. Wer kümmert sich?",
        "Weitergeleitet zur Bearbeitung.",
        "{hi_p2}\n\nKam ins Sammelpostfach, bitte bearbeiten.",
    ),
    "reply": (
        "{hi_p1}\n\nvielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen an "
        "<<die zuständige Abteilung|"
        "das Lager|die "
        "Buchhaltung>> weitergegeben[[ (Vorgang {ticket})]] und melden uns <<innerhalb von "
        "48 Stunden|zeitnah>>.\n\n{bye_p2}",
        "{hi_p1}\n\n<<Entschuldigen Sie die Unannehmlichkeiten.|Sorry für die Verzögerung.>> "
        "Können Sie "
        "bitte bestätigen, dass die Angaben unten noch stimmen?\n\n{bye_p2}",
        "{hi_p1}\n\nerledigt - "
        "<<Sie erhalten gleich eine Bestätigung|die Änderung ist aktiv>>.\n\n{bye_p2}",
    ),
    "form_title": (
        "Neue Nachricht über das Kontaktformular",
        "Formular - Rückrufbitte",
        "Eingang Nr. {ticket}",
        "Online-Terminanfrage",
    ),
    "labels": {
        "name": "Name",
        "first": "Vorname",
        "last": "Nachname",
        "email": "E-Mail",
        "phone": "Telefon",
        "address": "Anschrift",
        "dob": "Geburtsdatum",
        "message": "Nachricht",
        "order": "Bestellnummer",
        "submitted": "Gesendet am",
        "ip": "IP-Adresse",
        "page": "Seite",
        "consent": "Datenschutz akzeptiert",
        "yes": "ja",
        "city": "Ort",
    },
    "messages": (
        "Bitte um Rückruf wegen meiner Bestellung.",
        "Ich möchte den Liefertermin auf den {date} verschieben.",
        "Ist die Wohnung {street} noch frei?",
        "Mein Paket {tracking} ist nie angekommen.",
        "komme nicht ins konto, bitte helfen",
    ),
    "table_intro": (
        "Anbei der gewünschte Export:",
        "Auszug aus dem CRM:",
        "Fehlgeschlagene Zeilen beim Import:",
        "Export aus dem Buchungssystem:",
    ),
    "table_head": {
        "id": "id",
        "name": "name",
        "email": "email",
        "phone": "telefon",
        "city": "ort",
        "status": "status",
        "amount": "betrag",
        "date": "datum",
        "dob": "geburtsdatum",
        "fullname": "vollstaendiger_name",
    },
    "statuses": ("aktiv", "offen", "geschlossen", "neu"),
    "ticket": {
        "ticket": "Ticket",
        "status": "Status",
        "priority": "Priorität",
        "requester": "Anfragender",
        "created": "Erstellt",
        "subject": "Betreff",
        "description": "Beschreibung",
        "assignee": "Zugewiesen an",
        "channel": "Kanal",
    },
    "ticket_values": (
        ("Offen", "Wartend", "Neu"),
        ("Hoch", "Normal", "Niedrig"),
        ("E-Mail", "Web", "Telefon"),
    ),
    "log_intro": (
        "Das sehen wir seit heute früh in Prod:",
        "Auszug aus dem Server-Log:",
        "Der Sync-Job bricht ab, siehe unten:",
    ),
    "config_intro": (
        "Aktuelle Konfiguration auf Staging:",
        "So ist es gerade ausgerollt:",
        "Kann jemand die Config prüfen? Der Job schlägt fehl.",
    ),
    "chat_labels": ("Kunde", "Mitarbeiter", "Besucher", "Support"),
    "chat_head": ("Chatprotokoll[[ - {timestamp}]]", "Chat Nr. {ticket}", "Unterhaltung mit {p1}"),
    "chat": (
        "C: hallo, laut Tracking zugestellt, aber hier ist nichts angekommen\nA: Das tut mir leid. "
        "Wie "
        "lautet die Lieferadresse?\nC: {addr}\nA: Danke, ich leite einen Nachforschungsauftrag "
        "ein.",
        "C: Guten Tag, ich muss meinen Termin verschieben\nA: Gern. Name und Geburtsdatum?\nC: "
        "{p1}, "
        "geboren am {dob}\nA: Danke. Unter welcher Nummer erreichen wir Sie?\nC: {phone}",
        "C: mir wurde doppelt abgebucht[[ für {order}]]\nA: Mit welcher Karte haben Sie "
        "bezahlt?\nC: {card}"
        "\nA: Danke, die Erstattung dauert 3-5 Werktage.",
        "C: bitte meine Mailadresse auf {p1.email} ändern\nA: Erledigt!\nC: super, danke",
    ),
    "nopii": (
        "{hi}\n\nHat {brand} ({street}) sonntags geöffnet? Online steht geschlossen.\n\n{bye_anon}",
        "Hinweis: Wartungsfenster am {date} von {time} bis {time2}. Das Portal ist nicht "
        "erreichbar. "
        "Aktuelle Version: {version}.",
        "{hi}\n\nBestellung {order} kam unvollständig an (Teil {partno} fehlt). Auf der Rechnung "
        "{invoice} stehen {amount}.\n\n{bye_anon}",
        "{hi}\n\nLiefern Sie auch nach {postcode}? Das ist direkt bei {city}.\n\n{bye_anon}",
        "Sendung {tracking} hat am {date} das Depot in {city} verlassen. Verfolgung: {url}",
        "{hi}\n\nUnsere Bank lehnt die IBAN {iban_bad} von Rechnung {invoice} als ungültig ab. "
        "Bitte "
        "prüfen.\n\n{bye_anon}",
    ),
}
DE_SITUATIONS = {
    "delivery": (
        "{hi}\n\nder Paketbote <<war heute da|hat es gestern versucht>>[[ (Sendung {tracking})]], "
        "aber "
        "<<es war niemand zu Hause|die Klingel ist kaputt>>. Bitte stellen Sie das Paket an "
        "folgende "
        "Adresse zu:\n\n{addrml}\n\n<<Bei Rückfragen|Falls was ist>> bin ich unter {phone} "
        "erreichbar."
        "\n\n{bye_p1}",
        "{hi}\n\nbitte liefern Sie die Bestellung[[ {order}]] an {addr} und nicht an die alte "
        "Anschrift. "
        "Ab {time} bin ich da.\n\n{bye_p1}",
    ),
    "refund": (
        "{hi}\n\nmir wurde die Bestellung {order}[[ über {amount}]] doppelt abgebucht, beide Male "
        "von "
        "meiner Kreditkarte {card}. Bitte erstatten Sie die doppelte Buchung.\n\n{bye_p1}",
        "{hi}\n\nbitte überweisen Sie die Erstattung für {order} auf mein Konto {iban}. Die Karte "
        "gibt "
        "es nicht mehr.\n\n{bye_p1}",
    ),
    "onboarding": (
        "{hi_p2}\n\nhier die Daten für die Personalakte von {p1}, Eintritt am "
        "{date}:\n\nGeburtsdatum: "
        "{dob}\nAnschrift: {addrb}\nIBAN für die Gehaltszahlung: {iban}\n\n{bye_anon}",
    ),
    "medical": (
        "{hi}\n\nich möchte für ((meinen Sohn|meine Tochter)) {p1}, geb. {dob}, einen Termin "
        "<<vereinbaren|"
        "verschieben>>. [[Der jetzige Termin am {date} um {time} passt leider nicht. ]]"
        "Sie erreichen "
        "mich unter {phone}.\n\n{bye_anon}",
        "Patient/in: {p1.formal}, Geb.-Datum {dob}, bittet um Rückruf unter {phone}[[ ab {time}]].",
    ),
    "rental": (
        "{hi}\n\nich interessiere mich für Ihre Anzeige Wohnung {street}[[ ({amount} warm)]]. Ist "
        "sie noch "
        "frei? Ich würde sie gern besichtigen. Erreichbar per Mail an {p1.email} oder unter "
        "{phone}."
        "\n\n{bye_p1}",
    ),
    "access": (
        "{hi}\n\nder nächtliche Export schlägt seit dem {date} fehl. Er verbindet sich mit "
        "{urlcred}"
        "[[ von {ip} aus]]. Hat jemand das Passwort "
        "geändert?[[ Wir sind auf {version}.]]\n\n{bye_p1}",
        "{hi}\n\nAchtung: der API-Key {secret} wurde in einem öffentlichen Kanal gepostet. Bitte "
        "sperren und neu ausstellen.\n\n{bye_p1}",
    ),
    "security": (
        "{hi}\n\nich habe eine Warnung zu einer Anmeldung an meinem Konto ({p1.email}) von {ip} "
        "bekommen[[, am {date} um {time}]]. Das war ich nicht! Bitte sperren Sie das "
        "Konto.\n\n{bye_p1}",
    ),
    "moving": (
        "{hi}\n\nbitte ändern Sie meine Adresse.\nAlt: {addr}\nNeu: "
        "{addr2}[[\nGültig ab {date}.]]\n\n{bye_p1}",
        "{hi}\n\nwir sind umgezogen! Die neue Anschrift lautet:\n{addrml}\n\n{bye_p1}",
    ),
    "warranty": (
        "{hi}\n\nmeine <<Spülmaschine|Kaffeemaschine|Fritzbox>>[[ (Seriennr. {serial})]] geht "
        "nicht mehr. "
        "[[Defekt ist das Teil {partno}. ]]Sie ist noch in der Garantie. Können Sie einen "
        "Techniker "
        "nach {addr} schicken?\n\n{bye_p1}",
    ),
    "invoice": (
        "{hi_p1}\n\nlaut unseren Unterlagen ist die Rechnung {invoice}[[ über {amount}]] noch "
        "offen. Bitte "
        "überweisen Sie den Betrag auf "
        "{iban}[[ (nicht {iban_bad}, Tippfehler im PDF)]].\n\n{bye_p2}",
    ),
    "booking": (
        "{hi}\n\nbitte reservieren Sie <<ein Doppelzimmer|zwei Zimmer|einen Tisch für sechs>> für "
        "den "
        "{date}[[, Ankunft gegen {time}]]. Auf den Namen {p1}. Garantie über die Karte "
        "{card}.\n\n{bye_p1}",
    ),
    "callback": (
        "hallo, kann mich jemand zurückrufen "
        "<<wegen der Bestellung|wegen dem Angebot>>[[ {order}]]? "
        "{phone}[[ ab {time}]]. danke {p1.first}",
        'Anrufbeantworter: "Ja hallo, hier ist {p1}, es geht um <<die Rechnung|den Schaden|die '
        'Reparatur>>. Bitte rufen Sie mich unter {phone} zurück. Danke."',
    ),
    "application": (
        "{hi}\n\nhiermit bewerbe ich mich als "
        "<<Lagerist/in|ZFA|Immobilienkaufmann/-frau>>[[ (Kennziffer "
        "{ticket})]]. Verfügbar ab {date}. [[Geburtsdatum: {dob}. "
        "]]Tel. {phone}, E-Mail {p1.email}."
        "\n\n{bye_p1}",
    ),
    "repair": (
        "{hi}\n\ndie <<Heizung|Therme|Küchenarmatur>> in meiner Wohnung, {addr}, "
        "<<funktioniert nicht|"
        "tropft schon "
        "wieder>>. Können Sie jemanden schicken[[ am {date}]]? Ich bin ab {time} zu Hause. "
        "{phone}\n\n{bye_p1}",
    ),
}

IT = {
    "hi": ("Buongiorno,", "Buonasera,", "Salve,", "Gentili signori,", "Ciao,", "Spettabile ditta,"),
    "hi_p1": (
        "Buongiorno {p1.first},",
        "{p1.dear} {p1.last},",
        "Gentile {p1},",
        "Ciao {p1.first},",
        "Buongiorno {p1.title} {p1.last},",
    ),
    "hi_p2": ("Ciao {p2.first},", "Buongiorno {p2.first},", "{p2.first},"),
    "bye_p1": (
        "Cordiali saluti\n{p1}",
        "Grazie mille,\n{p1.sig}",
        "Saluti\n{p1}\nNatel {phone2}",
        "Grazie e buona giornata\n{p1.first}",
        "Distinti saluti\n{p1.formal}",
        "Inviato da iPhone",
        "Un saluto,\n{p1}\nTel. {phone}",
    ),
    "bye_p2": (
        "Cordiali saluti\n{p2.first}\nServizio clienti {company}",
        "Distinti saluti\n{p2}",
        "Il team di {company}",
        "Saluti,\n{p2.sig} - {company}",
    ),
    "bye_anon": ("Grazie.", "Cordiali saluti", "Grazie in anticipo.", "Inviato dal mio smartphone"),
    "wrote": (
        "Il giorno {timestamp} {p1} <{p1.email}> ha scritto:",
        "[[Il {timestamp}, ]]{p1.email} ha scritto:",
        "{p1} <{p1.email}> ha scritto[[ il {timestamp}]]:",
    ),
    "fwd": ("---------- Messaggio inoltrato ---------", "Da:", "Data:", "Oggetto:", "A:"),
    "subjects": (
        "Problema consegna",
        "Domanda ordine",
        "URGENTE",
        "R: vostra richiesta",
        "Appuntamento",
        "Cambio indirizzo",
        "Reclamo",
        "(nessun oggetto)",
    ),
    "fwd_note": (
        "{p2.first}, te ne occupi tu?",
        "Per conoscenza, vedi sotto.",
        "Inoltro per competenza.",
        "{hi_p2}\n\nArrivato sulla casella generica, per favore gestire.",
    ),
    "reply": (
        "{hi_p1}\n\ngrazie per averci scritto. Abbiamo inoltrato la richiesta "
        "<<all'ufficio competente|al "
        "magazzino|alla contabilità>>[[ (pratica {ticket})]] e la ricontatteremo <<entro 48 ore|al "
        "più "
        "presto>>.\n\n{bye_p2}",
        "{hi_p1}\n\n<<Ci scusiamo per il disagio.|Scusi il ritardo.>> Può confermare che i dati "
        "qui sotto "
        "sono ancora corretti?\n\n{bye_p2}",
        "{hi_p1}\n\nfatto, <<riceverà una conferma a breve|la modifica è attiva>>.\n\n{bye_p2}",
    ),
    "form_title": (
        "Nuovo messaggio dal modulo di contatto",
        "Modulo - richiesta di richiamata",
        "Invio n. {ticket}",
        "Richiesta appuntamento online",
    ),
    "labels": {
        "name": "Nome e cognome",
        "first": "Nome",
        "last": "Cognome",
        "email": "E-mail",
        "phone": "Telefono",
        "address": "Indirizzo",
        "dob": "Data di nascita",
        "message": "Messaggio",
        "order": "N. ordine",
        "submitted": "Inviato il",
        "ip": "Indirizzo IP",
        "page": "Pagina",
        "consent": "Consenso privacy",
        "yes": "sì",
        "city": "Località",
    },
    "messages": (
        "Vorrei essere richiamato per il mio ordine.",
        "Devo spostare la consegna al {date}.",
        "L'appartamento in {street} è ancora libero?",
        "Il pacco {tracking} non è mai arrivato.",
        "non riesco ad accedere, aiuto",
    ),
    "table_intro": (
        "Ecco l'esportazione richiesta:",
        "Estratto dal CRM:",
        "Righe scartate all'importazione:",
        "Export dal sistema prenotazioni:",
    ),
    "table_head": {
        "id": "id",
        "name": "nominativo",
        "email": "email",
        "phone": "telefono",
        "city": "localita",
        "status": "stato",
        "amount": "importo",
        "date": "data",
        "dob": "data_nascita",
        "fullname": "nome_cognome",
    },
    "statuses": ("attivo", "in attesa", "chiuso", "nuovo"),
    "ticket": {
        "ticket": "Ticket",
        "status": "Stato",
        "priority": "Priorità",
        "requester": "Richiedente",
        "created": "Creato il",
        "subject": "Oggetto",
        "description": "Descrizione",
        "assignee": "Assegnato a",
        "channel": "Canale",
    },
    "ticket_values": (
        ("Aperto", "In attesa", "Nuovo"),
        ("Alta", "Normale", "Bassa"),
        ("E-mail", "Web", "Telefono"),
    ),
    "log_intro": (
        "Questo compare in produzione da stamattina:",
        "Estratto dal log del server:",
        "Il job di sincronizzazione si blocca, vedi sotto:",
    ),
    "config_intro": (
        "Configurazione attuale in staging:",
        "Ecco il file di configurazione in uso:",
        "Qualcuno può controllare questa config? Il job fallisce.",
    ),
    "chat_labels": ("Cliente", "Operatore", "Visitatore", "Assistenza"),
    "chat_head": (
        "Trascrizione chat[[ - {timestamp}]]",
        "Chat n. {ticket}",
        "Conversazione con {p1}",
    ),
    "chat": (
        "C: buongiorno, il pacco risulta consegnato ma non l'ho ricevuto\nA: Mi dispiace. Mi "
        "conferma "
        "l'indirizzo di consegna?\nC: {addr}\nA: Grazie, apro una segnalazione.",
        "C: Salve, devo spostare l'appuntamento\nA: Certo. Nome e data di nascita del "
        "paziente?\nC: {p1}, "
        "((nato|nata)) il {dob}\nA: Grazie. Un numero per richiamarla?\nC: {phone}",
        "C: mi avete addebitato due volte[[ l'ordine {order}]]\nA: Con quale carta ha pagato?\nC: "
        "{card}"
        "\nA: Grazie, il rimborso arriverà in 3-5 giorni lavorativi.",
        "C: potete cambiare la mia email in {p1.email}?\nA: Fatto!\nC: perfetto grazie",
    ),
    "nopii": (
        "{hi}\n\n{brand} ({street}) apre la domenica? Sul sito risulta chiuso.\n\n{bye_anon}",
        "Avviso: manutenzione programmata il {date} dalle {time} alle {time2}. Il portale non sarà "
        "disponibile. Versione attuale: {version}.",
        "{hi}\n\nL'ordine {order} è arrivato incompleto (manca il pezzo {partno}). La fattura "
        "{invoice} "
        "riporta {amount}.\n\n{bye_anon}",
        "{hi}\n\nConsegnate anche a {postcode}? Siamo appena fuori {city}.\n\n{bye_anon}",
        "La spedizione {tracking} è partita dal deposito di {city} il {date}. Tracciamento: {url}",
        "{hi}\n\nLa banca rifiuta l'IBAN {iban_bad} della fattura {invoice}. Potete "
        "verificare?\n\n{bye_anon}",
    ),
}
IT_SITUATIONS = {
    "delivery": (
        "{hi}\n\nil corriere <<è passato|ha tentato la consegna>>[[ (spedizione {tracking})]] "
        "<<ieri|"
        "stamattina>> ma <<non c'era nessuno|il campanello non "
        "funziona>>. Potete consegnare a questo "
        "indirizzo?\n\n{addrml}\n\n<<Per qualsiasi cosa|In caso di problemi>> sono raggiungibile "
        "al "
        "{phone}.\n\n{bye_p1}",
        "{hi}\n\nvi prego di consegnare l'ordine[[ {order}]] in {addr} e non al vecchio indirizzo. "
        "Sono a "
        "casa dopo le {time}.\n\n{bye_p1}",
    ),
    "refund": (
        "{hi}\n\nmi è stato addebitato due volte l'ordine {order}[[ di {amount}]], entrambe le "
        "volte "
        "sulla carta {card}. Vi chiedo di stornare l'addebito doppio.\n\n{bye_p1}",
        "{hi}\n\nvi prego di versare il rimborso dell'ordine {order} sul conto {iban}. Non ho più "
        "la "
        "carta usata.\n\n{bye_p1}",
    ),
    "onboarding": (
        "{hi_p2}\n\necco i dati per la pratica di {p1}, che inizia il {date}:\n\nData di nascita: "
        "{dob}\n"
        "Indirizzo: {addrb}\nIBAN per lo stipendio: {iban}\n\n{bye_anon}",
    ),
    "medical": (
        "{hi}\n\nvorrei <<fissare|spostare>> un appuntamento per ((mio figlio|mia figlia)) {p1}, "
        "((nato|"
        "nata)) il {dob}. [[L'appuntamento attuale è il {date} alle {time} ma non va bene. ]]"
        "Mi può "
        "richiamare al {phone}.\n\n{bye_anon}",
        "Paziente: {p1.formal} - data di nascita {dob} - chiede di essere "
        "((richiamato|richiamata)) al {phone}.",
    ),
    "rental": (
        "{hi}\n\nsono ((interessato|interessata)) all'appartamento in "
        "{street}[[ ({amount} al mese)]]. È "
        "ancora disponibile? Vorrei visitarlo. Mi trovate a {p1.email} o al {phone}.\n\n{bye_p1}",
    ),
    "access": (
        "{hi}\n\nl'export notturno fallisce dal {date}. Si collega con {urlcred}[[ da {ip}]]. "
        "Qualcuno ha "
        "cambiato la password?[[ Siamo alla versione {version}.]]\n\n{bye_p1}",
        "{hi}\n\nattenzione: la chiave API {secret} è stata incollata in un canale pubblico. La "
        "possiamo "
        "revocare?\n\n{bye_p1}",
    ),
    "security": (
        "{hi}\n\nho ricevuto un avviso di accesso al mio account ({p1.email}) dall'indirizzo {ip}"
        "[[ il {date} alle {time}]]. Non ero io! Per favore bloccate l'account.\n\n{bye_p1}",
    ),
    "moving": (
        "{hi}\n\nvi prego di aggiornare il mio indirizzo.\nVecchio: {addr}\nNuovo: "
        "{addr2}[[\nDal {date}.]]"
        "\n\n{bye_p1}",
        "{hi}\n\nci siamo trasferiti! Il nuovo indirizzo è:\n{addrml}\n\n{bye_p1}",
    ),
    "warranty": (
        "{hi}\n\nla mia <<lavastoviglie|macchina del caffè|router>>[[ (n. di serie {serial})]] non "
        "funziona "
        "più. [[Il pezzo guasto è il {partno}. ]]È ancora in garanzia. Potete mandare un tecnico "
        "in "
        "{addr}?\n\n{bye_p1}",
    ),
    "invoice": (
        "{hi_p1}\n\nci risulta ancora aperta la fattura {invoice}[[ di {amount}]]. La preghiamo di "
        "versare l'importo sul conto {iban}[[ (non {iban_bad}, refuso nel PDF)]].\n\n{bye_p2}",
    ),
    "booking": (
        "{hi}\n\nvorrei prenotare <<una camera doppia|due camere|un tavolo per sei>> per il {date}"
        "[[, arrivo verso le {time}]]. A nome {p1}. Garanzia con la carta {card}.\n\n{bye_p1}",
    ),
    "callback": (
        "buongiorno, mi potete richiamare <<per l'ordine|per il preventivo>>[[ {order}]]? {phone}"
        "[[ dopo le {time}]]. grazie {p1.first}",
        'Segreteria: "Buongiorno, sono {p1}, chiamo per <<la fattura|il sinistro|la riparazione>>. '
        "Mi "
        'richiami al {phone}, grazie."',
    ),
    "application": (
        "{hi}\n\ninvio la mia candidatura per il posto di <<magazziniere|assistente dentale|agente "
        "immobiliare>>[[ (rif. {ticket})]]. Disponibile dal {date}. "
        "[[Data di nascita: {dob}. ]]Tel. "
        "{phone}, e-mail {p1.email}.\n\n{bye_p1}",
    ),
    "repair": (
        "{hi}\n\nil <<riscaldamento|boiler|rubinetto della cucina>> del mio appartamento in {addr} "
        "<<non "
        "funziona|perde di "
        "nuovo>>. Potete mandare qualcuno[[ il {date}]]? Sono a casa dopo le {time}. "
        "{phone}\n\n{bye_p1}",
    ),
}

PL = {
    "hi": ("Dzień dobry,", "Witam,", "Szanowni Państwo,", "Dzień dobry!", "Cześć,"),
    "hi_p1": (
        "{p1.dear},",
        "Cześć {p1.first}!",
        "Dzień dobry,",
        "Witam {p1.first},",
        "Szanowni Państwo,",
    ),
    "hi_p2": ("Cześć {p2.first},", "Hej {p2.first},", "{p2.first},"),
    "bye_p1": (
        "Pozdrawiam\n{p1}",
        "Z poważaniem\n{p1}\ntel. {phone2}",
        "Dziękuję i pozdrawiam,\n{p1.sig}",
        "Pozdrawiam, {p1.first}",
        "Z wyrazami szacunku\n{p1.formal}",
        "Wysłane z iPhone'a",
        "Pozdrawiam serdecznie\n{p1}\n{phone}",
    ),
    "bye_p2": (
        "Pozdrawiamy\n{p2.first}\nDział obsługi klienta {company}",
        "Z poważaniem\n{p2}",
        "Zespół {company}",
        "Pozdrawiam\n{p2.sig} | {company}",
    ),
    "bye_anon": ("Dziękuję.", "Pozdrawiam", "Z góry dziękuję.", "Wysłane z telefonu"),
    "wrote": (
        "W dniu {timestamp} {p1} <{p1.email}> napisał((|a)):",
        "[[{timestamp} ]]{p1.email} napisał((|a)):",
        "{p1} <{p1.email}> napisał((|a))[[ {timestamp}]]:",
    ),
    "fwd": ("---------- Wiadomość przekazana dalej ---------", "Od:", "Data:", "Temat:", "Do:"),
    "subjects": (
        "Problem z dostawą",
        "Pytanie o zamówienie",
        "PILNE",
        "Odp: Państwa zapytanie",
        "Wizyta",
        "Zmiana adresu",
        "Reklamacja",
        "(bez tematu)",
    ),
    "fwd_note": (
        "{p2.first}, możesz się tym zająć?",
        "Do wiadomości, szczegóły poniżej.",
        "Przekazuję do realizacji.",
        "{hi_p2}\n\nPrzyszło na skrzynkę ogólną, proszę o obsługę.",
    ),
    "reply": (
        "{hi_p1}\n\ndziękujemy za wiadomość. Przekazaliśmy sprawę do <<właściwego działu|magazynu|"
        "księgowości>>[[ (zgłoszenie {ticket})]] i odpowiemy <<w ciągu 48 "
        "godzin|niezwłocznie>>.\n\n{bye_p2}",
        "{hi_p1}\n\n<<Przepraszamy za kłopot.|Przepraszamy za opóźnienie.>> Prosimy o "
        "potwierdzenie, czy "
        "poniższe dane są aktualne.\n\n{bye_p2}",
        "{hi_p1}\n\ngotowe, "
        "<<potwierdzenie przyjdzie wkrótce|zmiana została wprowadzona>>.\n\n{bye_p2}",
    ),
    "form_title": (
        "Nowa wiadomość z formularza kontaktowego",
        "Formularz - prośba o kontakt",
        "Zgłoszenie nr {ticket}",
        "Rejestracja online na wizytę",
    ),
    "labels": {
        "name": "Imię i nazwisko",
        "first": "Imię",
        "last": "Nazwisko",
        "email": "E-mail",
        "phone": "Telefon",
        "address": "Adres",
        "dob": "Data urodzenia",
        "message": "Wiadomość",
        "order": "Nr zamówienia",
        "submitted": "Wysłano",
        "ip": "Adres IP",
        "page": "Strona",
        "consent": "Zgoda RODO",
        "yes": "tak",
        "city": "Miejscowość",
    },
    "messages": (
        "Proszę o kontakt w sprawie zamówienia.",
        "Chcę zmienić termin dostawy na {date}.",
        "Czy mieszkanie {street} jest jeszcze dostępne?",
        "Paczka {tracking} nie dotarła.",
        "nie moge sie zalogowac, pomocy",
    ),
    "table_intro": (
        "W załączeniu eksport, o który prosiłeś:",
        "Wyciąg z CRM:",
        "Wiersze odrzucone przy imporcie:",
        "Eksport z systemu rezerwacji:",
    ),
    "table_head": {
        "id": "id",
        "name": "nazwisko_imie",
        "email": "email",
        "phone": "telefon",
        "city": "miejscowosc",
        "status": "status",
        "amount": "kwota",
        "date": "data",
        "dob": "data_urodzenia",
        "fullname": "imie_nazwisko",
    },
    "statuses": ("aktywny", "oczekuje", "zamknięty", "nowy"),
    "ticket": {
        "ticket": "Zgłoszenie",
        "status": "Status",
        "priority": "Priorytet",
        "requester": "Zgłaszający",
        "created": "Utworzono",
        "subject": "Temat",
        "description": "Opis",
        "assignee": "Przypisano do",
        "channel": "Kanał",
    },
    "ticket_values": (
        ("Otwarte", "Oczekuje", "Nowe"),
        ("Wysoki", "Normalny", "Niski"),
        ("E-mail", "WWW", "Telefon"),
    ),
    "log_intro": (
        "Od rana widzimy to na produkcji:",
        "Fragment logu z serwera:",
        "Synchronizacja się wysypuje, poniżej log:",
    ),
    "config_intro": (
        "Aktualna konfiguracja na stagingu:",
        "Tak wygląda wdrożony plik:",
        "Czy ktoś może sprawdzić ten config? Job nie przechodzi.",
    ),
    "chat_labels": ("Klient", "Konsultant", "Gość", "Wsparcie"),
    "chat_head": ("Zapis czatu[[ - {timestamp}]]", "Czat nr {ticket}", "Rozmowa: {p1}"),
    "chat": (
        "C: dzień dobry, paczka ma status doręczona ale jej nie mam\nA: Przykro mi. Proszę podać "
        "adres "
        "dostawy.\nC: {addr}\nA: Dziękuję, zgłaszam reklamację do przewoźnika.",
        "C: Dzień dobry, chcę przełożyć wizytę\nA: Oczywiście. Imię, nazwisko i data urodzenia "
        "pacjenta?"
        "\nC: {p1}, ur. {dob}\nA: Dziękuję. Numer kontaktowy?\nC: {phone}",
        "C: pobraliście opłatę dwa razy[[ za {order}]]\nA: Jaką kartą była płatność?\nC: "
        "{card}\nA: "
        "Dziękuję, zwrot pojawi się w ciągu 3-5 dni roboczych.",
        "C: proszę zmienić mój e-mail na {p1.email}\nA: Zrobione!\nC: dzięki",
    ),
    "nopii": (
        "{hi}\n\nCzy {brand} ({street}) jest otwarta w niedzielę? Na stronie jest informacja, że "
        "zamknięte.\n\n{bye_anon}",
        "Komunikat: prace serwisowe {date} w godz. {time}-{time2}. Portal będzie niedostępny. "
        "Wersja: "
        "{version}.",
        "{hi}\n\nZamówienie {order} dotarło niekompletne (brak części {partno}). Na fakturze "
        "{invoice} "
        "jest {amount}.\n\n{bye_anon}",
        "{hi}\n\nCzy dowozicie na kod {postcode}? To okolice miasta {city}.\n\n{bye_anon}",
        "Przesyłka {tracking} opuściła sortownię ({city}) dnia {date}. Śledzenie: {url}",
        "{hi}\n\nBank odrzuca numer konta {iban_bad} z faktury {invoice}. Czy mogą Państwo "
        "sprawdzić?"
        "\n\n{bye_anon}",
    ),
}
PL_SITUATIONS = {
    "delivery": (
        "{hi}\n\nkurier <<był wczoraj|próbował doręczyć paczkę>>[[ {tracking}]], ale "
        "<<nikogo nie było|"
        "domofon nie działa>>. Proszę o dostarczenie na adres:\n\n{addrml}\n\n<<W razie "
        "pytań|Gdyby coś>> "
        "proszę dzwonić: {phone}.\n\n{bye_p1}",
        "{hi}\n\nproszę wysłać zamówienie[[ {order}]] na adres {addr}, nie na stary. Jestem w domu "
        "po "
        "{time}.\n\n{bye_p1}",
    ),
    "refund": (
        "{hi}\n\nza zamówienie {order}[[ ({amount})]] ((zostałem obciążony|zostałam obciążona)) "
        "dwa razy, "
        "obie płatności kartą {card}. Proszę o zwrot podwójnej płatności.\n\n{bye_p1}",
        "{hi}\n\nproszę o zwrot za zamówienie {order} na konto {iban}. Nie mam już karty, którą "
        "((płaciłem|płaciłam)).\n\n{bye_p1}",
    ),
    "onboarding": (
        "{hi_p2}\n\nprzesyłam dane nowej osoby do kadr - {p1}, start {date}:\n\nData urodzenia: "
        "{dob}\n"
        "Adres zamieszkania: {addrb}\nKonto do wypłaty: {iban}\n\n{bye_anon}",
    ),
    "medical": (
        "{hi}\n\nchciał((bym|abym)) <<umówić|przełożyć>> wizytę dla ((syna|córki)). Pacjent: {p1}, "
        "data "
        "urodzenia {dob}. [[Obecny termin to {date}, godz. {time}, ale nie pasuje. ]]Proszę o "
        "kontakt "
        "pod numerem {phone}.\n\n{bye_anon}",
        "Pacjent: {p1.formal}, ur. {dob}, prosi o oddzwonienie: {phone}[[ po {time}]].",
    ),
    "rental": (
        "{hi}\n\npiszę w sprawie ogłoszenia: mieszkanie {street}[[, {amount} miesięcznie]]. Czy "
        "jest "
        "jeszcze aktualne? Chętnie obejrzę. Kontakt: {p1.email}, tel. {phone}.\n\n{bye_p1}",
    ),
    "access": (
        "{hi}\n\nnocny eksport nie działa od {date}. Łączy się przez {urlcred}[[ z adresu {ip}]]. "
        "Czy "
        "ktoś zmienił hasło?[[ Wersja {version}.]]\n\n{bye_p1}",
        "{hi}\n\nuwaga: klucz API {secret} został wklejony na publicznym kanale. Można go "
        "unieważnić?"
        "\n\n{bye_p1}",
    ),
    "security": (
        "{hi}\n\n((dostałem|dostałam)) powiadomienie o logowaniu na moje konto ({p1.email}) z "
        "adresu {ip}[[ dnia {date} "
        "o {time}]]. To nie ja! Proszę zablokować konto.\n\n{bye_p1}",
    ),
    "moving": (
        "{hi}\n\nproszę o zmianę adresu.\nStary: {addr}\nNowy: {addr2}[[\nOd {date}.]]\n\n{bye_p1}",
        "{hi}\n\nprzeprowadziliśmy się! Nowy adres:\n{addrml}\n\n{bye_p1}",
    ),
    "warranty": (
        "{hi}\n\n<<zmywarka|ekspres do kawy|router>>[[ (nr seryjny {serial})]] nie działa. "
        "[[Uszkodzona część to {partno}. ]]Jest na gwarancji. Czy można wysłać serwisanta na adres "
        "{addr}?"
        "\n\n{bye_p1}",
    ),
    "invoice": (
        "{hi_p1}\n\nfaktura {invoice}[[ na kwotę {amount}]] pozostaje nieopłacona. Prosimy o "
        "przelew na "
        "konto {iban}[[ (nie {iban_bad} - literówka w PDF)]].\n\n{bye_p2}",
    ),
    "booking": (
        "{hi}\n\nproszę o rezerwację <<pokoju dwuosobowego|dwóch pokoi|stolika dla sześciu osób>> "
        "na "
        "{date}[[, przyjazd ok. {time}]]. Rezerwacja na nazwisko: {p1}. Gwarancja kartą "
        "{card}.\n\n{bye_p1}",
    ),
    "callback": (
        "dzien dobry, prosze o telefon <<w sprawie zamowienia|w sprawie wyceny>>[[ {order}]]. "
        "{phone}"
        "[[ po {time}]]. {p1.first}",
        'Poczta głosowa: "Dzień dobry, z tej strony {p1}, '
        "dzwonię w sprawie <<faktury|szkody|naprawy>>. "
        'Proszę o kontakt pod numerem {phone}. Dziękuję."',
    ),
    "application": (
        "{hi}\n\nprzesyłam swoją aplikację na stanowisko <<magazyniera|asystentki stomatologicznej|"
        "agenta "
        "nieruchomości>>[[ (nr ref. {ticket})]]. Dostępność od {date}. [[Data urodzenia: {dob}. ]]"
        "Tel. {phone}, e-mail {p1.email}.\n\n{bye_p1}",
    ),
    "repair": (
        "{hi}\n\nw moim mieszkaniu ({addr}) "
        "<<nie działa ogrzewanie|znowu cieknie kran|nie ma ciepłej "
        "wody>>. Czy ktoś może przyjść[[ {date}]]? Jestem po {time}. {phone}\n\n{bye_p1}",
    ),
}

SV = {
    "hi": ("Hej!", "Hej,", "Hejsan,", "God morgon,", "Hej kundtjänst,", "Hallå,"),
    "hi_p1": ("Hej {p1.first}!", "Hej {p1.first},", "Hej {p1},", "Hej,"),
    "hi_p2": ("Hej {p2.first}!", "Tjena {p2.first},", "{p2.first} -"),
    "bye_p1": (
        "Med vänliga hälsningar\n{p1}",
        "Mvh\n{p1}\nMobil: {phone2}",
        "Tack på förhand!\n{p1.sig}",
        "Hälsningar, {p1.first}",
        "Vänliga hälsningar\n{p1.formal}",
        "Skickat från min iPhone",
        "MVH {p1}\n{phone}",
    ),
    "bye_p2": (
        "Vänliga hälsningar\n{p2.first}\nKundtjänst, {company}",
        "Med vänlig hälsning\n{p2}",
        "{company} kundservice",
        "Hälsningar\n{p2.sig} | {company}",
    ),
    "bye_anon": ("Tack!", "Mvh", "Tack på förhand.", "Skickat från min mobil"),
    "wrote": (
        "Den {timestamp} skrev {p1} <{p1.email}>:",
        "[[{timestamp} ]]skrev {p1.email}:",
        "{p1} <{p1.email}> skrev[[ {timestamp}]]:",
    ),
    "fwd": ("---------- Vidarebefordrat meddelande ---------", "Från:", "Datum:", "Ämne:", "Till:"),
    "subjects": (
        "Leveransproblem",
        "Fråga om order",
        "BRÅDSKANDE",
        "SV: ert ärende",
        "Tidsbokning",
        "Adressändring",
        "Reklamation",
        "(inget ämne)",
    ),
    "fwd_note": (
        "{p2.first}, kan du ta den här?",
        "FYI, se nedan.",
        "Skickar vidare för åtgärd.",
        "{hi_p2}\n\nKom in i gemensamma inkorgen, kan någon ta det?",
    ),
    "reply": (
        "{hi_p1}\n\nTack för ditt meddelande. Vi har skickat ärendet vidare till "
        "<<rätt avdelning|lagret|"
        "ekonomi>>[[ (ärende {ticket})]] och återkommer <<inom 48 timmar|så snart vi "
        "kan>>.\n\n{bye_p2}",
        "{hi_p1}\n\n<<Ledsen för besväret!|Ursäkta dröjsmålet.>> Kan du bekräfta att uppgifterna "
        "nedan "
        "stämmer?\n\n{bye_p2}",
        "{hi_p1}\n\nKlart, <<du får en bekräftelse inom kort|ändringen är gjord>>.\n\n{bye_p2}",
    ),
    "form_title": (
        "Nytt meddelande via kontaktformuläret",
        "Formulär - ring upp mig",
        "Inskick nr {ticket}",
        "Tidsbokning online",
    ),
    "labels": {
        "name": "Namn",
        "first": "Förnamn",
        "last": "Efternamn",
        "email": "E-post",
        "phone": "Telefon",
        "address": "Adress",
        "dob": "Födelsedatum",
        "message": "Meddelande",
        "order": "Ordernummer",
        "submitted": "Skickat",
        "ip": "IP-adress",
        "page": "Sida",
        "consent": "Godkänner villkoren",
        "yes": "ja",
        "city": "Ort",
    },
    "messages": (
        "Ring mig angående min order.",
        "Jag vill flytta leveransen till {date}.",
        "Är lägenheten på {street} fortfarande ledig?",
        "Paketet {tracking} kom aldrig fram.",
        "kommer inte in pa kontot, hjalp",
    ),
    "table_intro": (
        "Här är exporten du bad om:",
        "Utdrag ur CRM:",
        "Rader som inte gick att importera:",
        "Export från bokningssystemet:",
    ),
    "table_head": {
        "id": "id",
        "name": "namn",
        "email": "epost",
        "phone": "telefon",
        "city": "ort",
        "status": "status",
        "amount": "belopp",
        "date": "datum",
        "dob": "fodelsedatum",
        "fullname": "fullstandigt_namn",
    },
    "statuses": ("aktiv", "väntar", "stängd", "ny"),
    "ticket": {
        "ticket": "Ärende",
        "status": "Status",
        "priority": "Prioritet",
        "requester": "Beställare",
        "created": "Skapad",
        "subject": "Ämne",
        "description": "Beskrivning",
        "assignee": "Handläggare",
        "channel": "Kanal",
    },
    "ticket_values": (
        ("Öppen", "Väntar", "Ny"),
        ("Hög", "Normal", "Låg"),
        ("E-post", "Webb", "Telefon"),
    ),
    "log_intro": (
        "Det här syns i prod sedan i morse:",
        "Utdrag ur serverloggen:",
        "Synkjobbet kraschar, se nedan:",
    ),
    "config_intro": (
        "Nuvarande konfig i staging:",
        "Så här ser den driftsatta filen ut:",
        "Kan någon kolla den här konfigen? Jobbet fallerar.",
    ),
    "chat_labels": ("Kund", "Handläggare", "Besökare", "Support"),
    "chat_head": ("Chattlogg[[ - {timestamp}]]", "Chatt nr {ticket}", "Konversation med {p1}"),
    "chat": (
        "C: hej, paketet står som levererat men jag har inte fått det\nA: Vad tråkigt! Vilken "
        "leveransadress gäller?\nC: {addr}\nA: Tack, jag startar en utredning.",
        "C: Hej, jag behöver boka om min tid\nA: Absolut. Namn och födelsedatum?\nC: {p1}, född "
        "{dob}\n"
        "A: Tack. Vilket nummer når vi dig på?\nC: {phone}",
        "C: ni har dragit pengar två gånger[[ för {order}]]\nA: Vilket kort betalade du med?\nC: "
        "{card}\n"
        "A: Tack, återbetalningen syns inom 3-5 bankdagar.",
        "C: kan ni byta min mejl till {p1.email}?\nA: Fixat!\nC: toppen tack",
    ),
    "nopii": (
        "{hi}\n\nHar {brand} på {street} öppet på söndagar? På hemsidan står det "
        "stängt.\n\n{bye_anon}",
        "Påminnelse: planerat underhåll {date} mellan {time} och {time2}. Portalen är "
        "otillgänglig. "
        "Aktuell version: {version}.",
        "{hi}\n\nOrder {order} kom inte komplett (del {partno} saknas). Fakturan {invoice} anger "
        "{amount}."
        "\n\n{bye_anon}",
        "{hi}\n\nLevererar ni till postnummer {postcode}? Vi bor strax utanför "
        "{city}.\n\n{bye_anon}",
        "Försändelsen {tracking} lämnade terminalen i {city} den {date}. Spårning: {url}",
        "Presentkortet {digits16} visar saldo {amount} men appen säger 0. Version {version}.",
    ),
}
SV_SITUATIONS = {
    "delivery": (
        "{hi}\n\nBudet <<var här i går|försökte leverera>>[[ (kolli {tracking})]] men "
        "<<ingen var hemma|"
        "porttelefonen är "
        "trasig>>. Kan ni leverera till den här adressen i stället?\n\n{addrml}\n\n"
        "<<Vid frågor|Om något är oklart>> nås jag på {phone}.\n\n{bye_p1}",
        "{hi}\n\nSkicka ordern[[ {order}]] till {addr} och inte till den gamla adressen. Jag är "
        "hemma "
        "efter {time}.\n\n{bye_p1}",
    ),
    "refund": (
        "{hi}\n\nJag har blivit debiterad två gånger för order {order}[[ ({amount})]], båda på "
        "kortet "
        "{card}. Vänligen återbetala den dubbla dragningen.\n\n{bye_p1}",
        "{hi}\n\nSätt in återbetalningen för {order} på mitt konto {iban}, tack. Kortet finns inte "
        "kvar."
        "\n\n{bye_p1}",
    ),
    "onboarding": (
        "{hi_p2}\n\nHär är uppgifterna till personalakten för {p1}, som börjar "
        "{date}:\n\nFödelsedatum: "
        "{dob}\nAdress: {addrb}\nLönekonto (IBAN): {iban}\n\n{bye_anon}",
    ),
    "medical": (
        "{hi}\n\nJag vill <<boka|boka om>> en tid för min ((son|dotter)) {p1}, född {dob}. "
        "[[Nuvarande tid "
        "{date} kl. {time} passar inte. ]]Ni når mig på {phone}.\n\n{bye_anon}",
        "Patient: {p1.formal}, född {dob}, önskar bli uppringd på {phone}[[ efter {time}]].",
    ),
    "rental": (
        "{hi}\n\nJag är intresserad av lägenheten på {street}[[ ({amount}/mån)]]. Finns den kvar? "
        "Jag "
        "vill gärna komma på visning. Nås på {p1.email} eller {phone}.\n\n{bye_p1}",
    ),
    "access": (
        "{hi}\n\nNattexporten har fallerat sedan {date}. Den ansluter med {urlcred}[[ från {ip}]]. "
        "Har "
        "någon bytt lösenordet?[[ Vi kör {version}.]]\n\n{bye_p1}",
        "{hi}\n\nObs: API-nyckeln {secret} klistrades in i en publik kanal. Kan vi spärra "
        "den?\n\n{bye_p1}",
    ),
    "security": (
        "{hi}\n\nJag fick en varning om inloggning på mitt konto ({p1.email}) från "
        "{ip}[[ den {date} "
        "kl. {time}]]. Det var inte jag! Lås kontot, tack.\n\n{bye_p1}",
    ),
    "moving": (
        "{hi}\n\nUppdatera min adress, tack.\nGammal: {addr}\nNy: "
        "{addr2}[[\nFrån och med {date}.]]\n\n{bye_p1}",
        "{hi}\n\nVi har flyttat! Ny adress:\n{addrml}\n\n{bye_p1}",
    ),
    "warranty": (
        "{hi}\n\nMin <<diskmaskin|kaffebryggare|router>>[[ (serienr {serial})]] har slutat "
        "fungera. "
        "[[Det är del {partno} som gått sönder. ]]Garantin gäller fortfarande. Kan ni skicka en "
        "tekniker "
        "till {addr}?\n\n{bye_p1}",
    ),
    "invoice": (
        "{hi_p1}\n\nEnligt vår bokföring är faktura {invoice}[[ på {amount}]] fortfarande obetald. "
        "Betala "
        "till konto {iban}[[ (inte {iban_bad}, det är ett skrivfel i PDF:en)]].\n\n{bye_p2}",
    ),
    "booking": (
        "{hi}\n\nJag vill boka <<ett dubbelrum|två rum|bord för sex>> den "
        "{date}[[, ankomst runt {time}]]. "
        "Namn: {p1}. Garanti med kort {card}.\n\n{bye_p1}",
    ),
    "callback": (
        "hej, kan ni ringa mig <<om ordern|om offerten>>[[ {order}]]? {phone}[[ efter {time}]]. "
        "tack "
        "{p1.first}",
        'Röstmeddelande: "Hej, det är {p1}, jag ringer om <<fakturan|skadan|reparationen>>. '
        "Ring mig på "
        '{phone}. Tack."',
    ),
    "application": (
        "{hi}\n\nJag söker tjänsten som "
        "<<lagerarbetare|tandsköterska|fastighetsmäklare>>[[ (ref. {ticket})]]"
        ". Tillgänglig från {date}. [[Födelsedatum: {dob}. ]]Tel. {phone}, e-post "
        "{p1.email}.\n\n{bye_p1}",
    ),
    "repair": (
        "{hi}\n\n<<Elementen|Varmvattnet|Köksblandaren>> i min lägenhet på {addr} "
        "<<fungerar inte|läcker "
        "igen>>. Kan ni skicka någon[[ {date}]]? Jag är hemma efter {time}. {phone}\n\n{bye_p1}",
    ),
}


SIG_BLOCKS = {
    "en": "--\n{p1}\n<<Office Manager|Logistics Coordinator|Site Supervisor>>, "
    "{company}\nM: {phone2}"
    "[[ | {p1.email}]]",
    "fr": "--\n{p1}\n<<Responsable logistique|Gestionnaire de dossiers>> - "
    "{company}\nGSM : {phone2}",
    "es": "--\n{p1}\n<<Coordinación logística|Área administrativa>>\n{company}\nCel. {phone2}",
    "de": "--\n{p1}\n<<Teamleitung Logistik|Sachbearbeitung>>\n{company}\nMobil: {phone2}"
    "[[\nE-Mail: {p1.email}]]",
    "it": "--\n{p1}\n<<Responsabile logistica|Amministrazione>>\n{company}\nNatel: {phone2}",
    "pl": "--\n{p1}\n<<Kierownik magazynu|Specjalista ds. administracji>>\n"
    "{company}\ntel. kom. {phone2}",
    "sv": "--\n{p1}\n<<Logistikansvarig|Administratör>>\n"
    "{company}\nMobil: {phone2}[[\n{p1.email}]]",
}
_BY_LANG = {
    "en": (EN, EN_SITUATIONS),
    "fr": (FR, FR_SITUATIONS),
    "es": (ES, ES_SITUATIONS),
    "de": (DE, DE_SITUATIONS),
    "it": (IT, IT_SITUATIONS),
    "pl": (PL, PL_SITUATIONS),
    "sv": (SV, SV_SITUATIONS),
}
_OVERRIDES = {"en_PH": EN_PH, "es_CL": ES_CL}


def _lang_data(loc: str) -> dict:
    base, situations = _BY_LANG[LANG[loc]]
    data = base | _OVERRIDES.get(loc, {})
    data = data | {"bye_p1": data["bye_p1"] + (SIG_BLOCKS[LANG[loc]],)}
    region = REGION[loc]
    data["situations"] = {
        name: tuple(
            t[3:] if t[2:3] == "|" and t[:2].isupper() else t
            for t in tpls
            if not (t[2:3] == "|" and t[:2].isupper()) or t[:2] == region
        )
        for name, tpls in situations.items()
    }
    return data


LANG_DATA = {loc: _lang_data(loc) for loc in RESERVE_LOCALES}


# ---------------------------------------------------------------------------------------------
# Hard negatives
# ---------------------------------------------------------------------------------------------

ORDER_FORMATS = (
    "#XXXXXX",
    "ORD-2025-XXXXXX",
    "AXXXXXXXX",
    "XXX-XXXXXXX-XXXXXXX",
    "WEB-XXXXX",
    "XXXXXXXXXX",
    "SO-XXXXX",
)
TICKET_FORMATS = (
    "I\\NCXXXXXXX",
    "#XXXXX",
    "TKT-XXXXXX",
    "C\\ASE-XXXXX",
    "SR-XXXXXXXX",
    "REQ-XXXXX",
)
INVOICE_FORMATS = {
    "en": ("I\\NV-202X-XXXX", "I\\NV XXXXXX"),
    "fr": ("F\\AC/202X/XXXX", "F-202X-XXXXX"),
    "es": ("FE-XXXXXX", "FV-202X-XXXX"),
    "de": ("RE-202X-XXXXX", "RXXXXXXXX"),
    "it": ("FT XXXX/202X", "F\\ATT-XXXXX"),
    "pl": ("FV/XXX/XX/202X", "FVS XXXX/202X"),
    "sv": ("XXXXXX", "F202XXXXXX"),
}
CO_NAMED_STREETS = (
    "Avenida El Dorado",
    "Carrera Séptima",
    "Autopista Norte",
    "Avenida Boyacá",
    "Calle Real",
    "Avenida Oriental",
    "Avenida Las Vegas",
)
VERSION_FORMATS = ("vX.XX.X", "X.X.XX", "X.XX.X-rcX", "build 202X.XX.X", "vX.X", "X.X.X (XXXX)")


def _street_name(loc: str, r) -> str:
    if loc == "es_CO":
        return r.choice(CO_NAMED_STREETS)
    name = r.choice(STREETS[loc])
    if loc == "en_US":
        return f"{name} {r.choice(['Street', 'Avenue', 'Road', 'St', 'Ave', 'Boulevard'])}"
    if loc == "pl_PL" and r.random() < 0.5:
        return f"ul. {name}"
    return name


def make_negative(kind: str, ctx: Ctx, iso: bool = False) -> str:
    """A hard negative of `kind`: looks like PII (or like part of it) but is not."""
    loc, r = ctx.loc, ctx.r
    simple = {
        "order": lambda: _fill(r, r.choice(ORDER_FORMATS)),
        "ticket": lambda: _fill(r, r.choice(TICKET_FORMATS)),
        "invoice": lambda: _fill(r, r.choice(INVOICE_FORMATS[ctx.lang])),
        "tracking": lambda: make_tracking(loc, r),
        "date": lambda: make_date(loc, r),
        "timestamp": lambda: make_timestamp(loc, r, iso),
        "time": lambda: make_time(loc, r),
        "amount": lambda: make_amount(loc, r),
        "version": lambda: _fill(r, r.choice(VERSION_FORMATS)),
        "digits16": lambda: make_digits16(r),
        "iban_bad": lambda: make_bad_iban(r, IBAN_COUNTRY.get(loc) or r.choice(FOREIGN_IBAN)),
        "partno": lambda: _fill(r, r.choice(PARTNO_FORMATS)),
        "serial": lambda: _fill(r, r.choice(SERIAL_FORMATS)),
        "street": lambda: _street_name(loc, r),
        "city": lambda: r.choice(CITIES[loc])[0],
        "postcode": lambda: r.choice(CITIES[loc])[2],
        "brand": lambda: r.choice(BRANDS[loc]),
        "hash": lambda: make_hash(r),
        "uuid": lambda: make_uuid(r),
        "url": lambda: _neg_url(ctx),
    }
    return simple[kind]()


def _neg_url(ctx: Ctx) -> str:
    r = ctx.r
    path = r.choice(
        [
            f"track/{_digits(r, 10)}",
            "help/returns",
            f"orders/{_digits(r, 6)}",
            "kontakt",
            f"s/{_rand(r, _B62, 8)}",
            "status",
            f"faq?lang={ctx.lang}",
        ]
    )
    return f"https://{r.choice(['www.', 'track.', 'help.', ''])}{ctx.domain}/{path}"


# ---------------------------------------------------------------------------------------------
# The template engine
# ---------------------------------------------------------------------------------------------

# situations whose message p1 does not write (a supplier's reminder, HR's note, a parent's call)
NOT_BY_CUSTOMER = ("invoice", "onboarding", "medical")
_MACRO_RE = re.compile(r"\{(hi|hi_p1|hi_p2|bye_p1|bye_p2|bye_anon)\}")
_OPT_RE = re.compile(r"\[\[(.*?)\]\]", re.S)
_GEN_RE = re.compile(r"\(\(([^|()]*)\|([^|()]*)\)\)")
_ALT_RE = re.compile(r"<<(.*?)>>", re.S)
_SLOT_RE = re.compile(r"\{([a-z0-9_.]+)\}")
_SIMPLE_PII = {
    "card": ("card", make_card),
    "ssn": ("ssn", make_ssn),
    "ip": ("ip", make_ip),
    "urlcred": ("url_credentials", make_url_credentials),
    "secret": ("secret", make_secret),
}


_SLOT_KEYS = set(RESERVE_NEGATIVE_KINDS) | set(_SIMPLE_PII) | {"tsiso", "phone", "remail", "iban"}
_SLOT_KEYS |= {"addr", "addrml", "addrb", "dob", "company", "email"}


def _slot_key(slot: str) -> str:
    """The slot's name without the number that tells same-kind slots apart (date2 -> date)."""
    while slot not in _SLOT_KEYS and slot[-1:].isdigit():
        slot = slot[:-1]
    return slot


def _slot_kind(slot: str) -> str | None:
    """The negative kind a slot name stands for, or None."""
    key = _slot_key(slot)
    key = "timestamp" if key == "tsiso" else key
    return key if key in RESERVE_NEGATIVE_KINDS else None


class Ctx:
    """One doc being written: its locale, randomness, people and the values drawn so far."""

    def __init__(self, loc: str, r, fk, want_neg: bool) -> None:
        self.loc, self.r, self.fk, self.want_neg = loc, r, fk, want_neg
        self.lang, self.data = LANG[loc], LANG_DATA[loc]
        self.company, self.domain = r.choice(COMPANIES[loc])
        self.memo: dict[str, Piece] = {}
        self.people: dict[str, Person] = {}
        self.oneline = False

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = make_person(self.loc, self.r, self.fk)
        return self.people[key]

    def value(self, slot: str) -> Piece:
        if slot not in self.memo:
            self.memo[slot] = self.make(slot)
        text, etype, kind = self.memo[slot]
        if self.oneline and "\n" in text:
            text = text.replace("\n", ", ")
        return text, etype, kind

    def make(self, slot: str) -> Piece:
        loc, r = self.loc, self.r
        base, _, attr = slot.partition(".")
        key = _slot_key(slot)
        if base in ("p1", "p2", "p3"):
            return self._person_piece(base, attr)
        if slot in ("phone", "email"):
            return self.value(f"p1.{slot}")
        if key == "phone":
            return make_phone(loc, r), "phone", None
        if key == "remail":
            return f"{r.choice(ROLE_MAILBOXES[self.lang])}@{self.domain}", "email", None
        if key.startswith("addr"):
            multi = key == "addrml" or (key == "addrb" and r.random() < 0.5)
            return make_address(loc, r, multi), "address", None
        if key in _SIMPLE_PII:
            etype, maker = _SIMPLE_PII[key]
            return maker(r), etype, None
        if key == "iban":
            return make_iban(r, IBAN_COUNTRY.get(loc) or r.choice(FOREIGN_IBAN)), "iban", None
        if key == "dob":
            return make_dob(loc, r), "dob", None
        if key == "company":
            return self.company, None, None
        kind = _slot_kind(slot)
        if kind is None:
            raise KeyError(slot)
        return make_negative(kind, self, key == "tsiso"), None, kind

    def _person_piece(self, key: str, attr: str) -> Piece:
        p = self.person(key)
        if attr == "email":
            return make_email(p, self.loc, self.r), "email", None
        if attr == "phone":
            return make_phone(self.loc, self.r), "phone", None
        if attr in ("dear", "title"):
            return (DEAR if attr == "dear" else TITLE)[self.lang][p.female], None, None
        return person_form(p, attr or "full", self.r), "person", None

    def _optional(self, m: re.Match) -> str:
        body = m.group(1)
        if any(_slot_kind(s) for s in _SLOT_RE.findall(body)):
            return body if self.want_neg and self.r.random() < 0.75 else ""
        return body if self.r.random() < 0.5 else ""

    def expand(self, tpl: str) -> str:
        """Macros, optional segments, gender agreement and alternatives resolved; slots left."""
        for _ in range(3):
            tpl = _MACRO_RE.sub(lambda m: self.r.choice(self.data[m.group(1)]), tpl)
        tpl = _OPT_RE.sub(self._optional, tpl)
        female = self.person("p1").female if "((" in tpl else False
        tpl = _GEN_RE.sub(lambda m: m.group(2) if female else m.group(1), tpl)
        return _ALT_RE.sub(lambda m: self.r.choice(m.group(1).split("|")), tpl)

    def render(self, tpl: str) -> list[Piece]:
        tpl = self.expand(tpl)
        pieces: list[Piece] = []
        pos = 0
        for m in _SLOT_RE.finditer(tpl):
            if m.start() > pos:
                pieces.append((tpl[pos : m.start()], None, None))
            pieces.append(self.value(m.group(1)))
            pos = m.end()
        if pos < len(tpl):
            pieces.append((tpl[pos:], None, None))
        return pieces

    def situation(self, customer: bool = False) -> str:
        """A situation template; `customer`: only messages a customer (p1) writes."""
        situations = self.data["situations"]
        names = sorted(n for n in situations if not customer or n not in NOT_BY_CUSTOMER)
        return self.r.choice(situations[self.r.choice(names)])


# ---------------------------------------------------------------------------------------------
# Document shapes
# ---------------------------------------------------------------------------------------------


def _plain(text: str) -> Piece:
    return text, None, None


def shape_prose(ctx: Ctx) -> list[Piece]:
    return ctx.render(ctx.situation())


def _quote(pieces: list[Piece]) -> list[Piece]:
    out = [_plain("> ")]
    for text, etype, kind in pieces:
        if etype or kind:
            out.append((text, etype, kind))
            continue
        text = text.replace("\n", "\n> ")
        while "\n> \n" in text:
            text = text.replace("\n> \n", "\n>\n")
        out.append(_plain(text))
    return out


def shape_quoted(ctx: Ctx) -> list[Piece]:
    """An agent's reply on top of the customer's quoted message."""
    reply = ctx.render(ctx.r.choice(ctx.data["reply"]))
    ctx.oneline = True
    attribution = ctx.render(ctx.r.choice(ctx.data["wrote"]))
    body = ctx.render(ctx.situation(customer=True))
    ctx.oneline = False
    return reply + [_plain("\n\n")] + attribution + [_plain("\n")] + _quote(body)


def shape_forward(ctx: Ctx) -> list[Piece]:
    """A colleague's note, then the forwarded message with its header block."""
    r, d = ctx.r, ctx.data
    banner, f_from, f_date, f_subject, f_to = d["fwd"]
    sender = r.choice(["{p1} <{p1.email}>", '"{p1.formal}" <{p1.email}>', "{p1.email}"])
    head = (
        f"{banner}\n{f_from} {sender}\n[[{f_date} {{timestamp}}\n]]{f_subject} "
        f"{r.choice(d['subjects'])}\n{f_to} <{{remail}}>\n\n"
    )
    note = ctx.render(r.choice(d["fwd_note"]))
    return note + [_plain("\n\n")] + ctx.render(head) + ctx.render(ctx.situation(customer=True))


def shape_chat(ctx: Ctx) -> list[Piece]:
    """A chat transcript with speaker labels (names or roles) and, sometimes, times."""
    r, d = ctx.r, ctx.data
    generic_c, generic_a, visitor, support = d["chat_labels"]
    who = {
        "C": r.choice(["{p1.first}", "{p1}", generic_c, visitor]),
        "A": r.choice(["{p2.first}", generic_a, support, "Bot"]),
    }
    style = r.randrange(3) if ctx.want_neg else 2
    pieces = ctx.render(r.choice(d["chat_head"]) + "\n") if r.random() < 0.5 else []
    for k, line in enumerate(r.choice(d["chat"]).split("\n")):
        speaker, text = line.split(": ", 1)
        label = who[speaker]
        prefix = (f"[{{time{k}}}] {label}: ", f"{label} ({{time{k}}}): ", f"{label}: ")[style]
        pieces += ctx.render(prefix + text + "\n")
    return pieces


def shape_form(ctx: Ctx) -> list[Piece]:
    """A web-form submission dump: one field a line."""
    r, d = ctx.r, ctx.data
    lab = d["labels"]
    fields = (
        [("name", "{p1}")] if r.random() < 0.6 else [("first", "{p1.first}"), ("last", "{p1.last}")]
    )
    pii = [("email", "{p1.email}"), ("phone", "{phone}"), ("address", "{addrb}"), ("dob", "{dob}")]
    fields += r.sample(pii, r.randint(1, 3))
    if ctx.loc == "en_US" and r.random() < 0.5:
        fields.append(("SSN", "{ssn}"))
    negs = [("order", "{order}"), ("submitted", "{timestamp}"), ("page", "{url}")]
    if ctx.want_neg:
        fields += r.sample(negs, r.randint(1, 2))
        if all(f[0] != "address" for f in fields) and r.random() < 0.4:
            fields.append(("city", "{city}"))
    if r.random() < 0.25:
        fields.append(("ip", "{ip}"))
    if r.random() < 0.15:
        fields.append(("IBAN", "{iban}"))
    style = r.choice(["{k}: {v}", "{k} = {v}", "**{k}:** {v}", "{k}:\t{v}"])
    lines = []
    for key, slot in fields:
        label = lab.get(key, key)
        value = "\n" + slot if key == "address" and r.random() < 0.3 else slot
        lines.append(style.format(k=label, v=value).replace(" \n", "\n"))
    lines.append(style.format(k=lab["message"], v=r.choice(d["messages"])))
    if r.random() < 0.4:
        lines.append(style.format(k=lab["consent"], v=lab["yes"]))
    return ctx.render(r.choice(d["form_title"]) + "\n\n" + "\n".join(lines) + "\n")


def _cell(slot: str, sep: str, quote: bool) -> str:
    return f'"{slot}"' if sep == "," and quote else slot


def shape_table(ctx: Ctx) -> list[Piece]:
    """A CSV/TSV/semicolon/pipe export with a header row and a name column."""
    r, d = ctx.r, ctx.data
    head = d["table_head"]
    sep = r.choice([",", ";", "\t", " | ", ";", ","])
    formal = r.random() < 0.45
    cols = ["id", "name" if formal else "fullname", r.choice(["email", "phone"])]
    if r.random() < 0.2:
        cols.append("dob")
    if ctx.loc == "en_US" and r.random() < 0.35:
        cols.append("ssn")
    if ctx.want_neg:
        cols += r.sample(["city", "amount", "date"], r.randint(1, 2))
    cols.append("status")
    rows = 2 if len([c for c in cols if c in ("dob", "ssn")]) else r.choice([2, 2, 3])
    lines = [sep.join(head.get(c, c) for c in cols)]
    start = r.randint(100, 9000)
    for i in range(rows):
        p = f"p{i + 1}"
        cells = {
            "id": str(start + i * r.randint(1, 40)),
            "name": _cell(f"{{{p}.formal}}", sep, True),
            "fullname": f"{{{p}}}",
            "email": f"{{{p}.email}}",
            "phone": f"{{{p}.phone}}",
            "dob": f"{{dob{i}}}",
            "ssn": f"{{ssn{i}}}",
            "city": f"{{city{i}}}",
            "amount": _cell(f"{{amount{i}}}", sep, True),
            "date": f"{{date{i}}}",
            "status": r.choice(d["statuses"]),
        }
        lines.append(sep.join(cells[c] for c in cols))
    text = r.choice(d["table_intro"]) + "\n\n" + "\n".join(lines) + "\n"
    return ctx.render(text + ("\n{bye_anon}" if r.random() < 0.4 else ""))


def shape_ticket(ctx: Ctx) -> list[Piece]:
    """A helpdesk ticket: header fields, then the customer's message."""
    r, d = ctx.r, ctx.data
    t = d["ticket"]
    status, prio, channel = (r.choice(v) for v in d["ticket_values"])
    requester = r.choice(["{p1} <{p1.email}>", "{p1.formal}", "{p1.email}", "{p1.caps}"])
    head = (
        f"[[{t['ticket']}: {{ticket}}\n]]{t['status']}: {status}\n{t['priority']}: {prio}\n"
        f"{t['channel']}: {channel}\n{t['requester']}: "
        f"{requester}\n[[{t['created']}: {{timestamp}}\n]]"
        f"[[{t['assignee']}: {{p2.first}}\n]]{t['subject']}: {r.choice(d['subjects'])}\n\n"
        f"{t['description']}:\n"
    )
    return ctx.render(head) + ctx.render(ctx.situation(customer=True))


LOG_LINES = (
    "{tsiso} INFO  auth: login ok user={p1.email} src={ip}",
    "{tsiso} WARN  auth: 5 failed logins for {p1.email} from {ip2}",
    "{tsiso} ERROR sync: connection refused: {urlcred}",
    "{tsiso} DEBUG http: POST /api/v2/orders headers={'Authorization': 'Bearer {secret}'}",
    "{tsiso} WARN  geo: {ip} flagged, country mismatch",
    "{tsiso} INFO  mail: receipt sent to {p1.email}",
    "{tsiso} ERROR smtp: AUTH failed for {remail}",
    "{tsiso} INFO  deploy: release {version} ({hash}) rolled out",
    "{tsiso} INFO  http: GET /orders/{order} 200 req_id={uuid}",
    "{tsiso} INFO  worker-3: job {uuid} finished in 412ms",
    "{tsiso} WARN  cdn: cache purge failed for {url}",
    "{tsiso} INFO  billing: invoice {invoice} generated, total {amount}",
)


def _is_pii_line(line: str) -> bool:
    return any(not _slot_kind(s) for s in _SLOT_RE.findall(line))


def _numbered(line: str, k: int) -> str:
    """Negative slots renamed per line, so each line draws its own timestamp, uuid, ..."""
    return _SLOT_RE.sub(
        lambda m: f"{{{m.group(1)}{k}}}" if _slot_kind(m.group(1)) else m.group(0), line
    )


def shape_log(ctx: Ctx, pii: bool = True) -> list[Piece]:
    """Log lines pasted under a one-line note."""
    r = ctx.r
    with_pii = [ln for ln in LOG_LINES if _is_pii_line(ln)]
    without = [ln for ln in LOG_LINES if not _is_pii_line(ln)]
    chosen = r.sample(with_pii, r.randint(1, 3)) if pii else []
    if ctx.want_neg or not pii:
        chosen += r.sample(without, r.randint(1, 3))
    r.shuffle(chosen)
    lines = []
    for k, line in enumerate(chosen):
        if not ctx.want_neg:
            line = line.removeprefix("{tsiso} ")
        lines.append(_numbered(line, k))
    return ctx.render(r.choice(ctx.data["log_intro"]) + "\n\n" + "\n".join(lines) + "\n")


CONFIG_PII = (
    ("database_url", "{urlcred}"),
    ("api_key", "{secret}"),
    ("admin_email", "{p1.email}"),
    ("notify_to", "{remail}"),
    ("allowed_ip", "{ip}"),
    ("smtp_password", "{secret2}"),
)
CONFIG_NEG = (
    ("version", "{version}"),
    ("webhook_url", "{url}"),
    ("build_sha", "{hash}"),
    ("instance_id", "{uuid}"),
)
CONFIG_PLAIN = (
    ("timeout_s", "30"),
    ("region", "eu-central-1"),
    ("retries", "3"),
    ("log_level", "info"),
    ("batch_size", "500"),
)


def shape_config(ctx: Ctx) -> list[Piece]:
    """A JSON, YAML or .env snippet holding credentials, addresses and plain settings."""
    r = ctx.r
    items = r.sample(CONFIG_PII, r.randint(1, 3)) + r.sample(CONFIG_PLAIN, r.randint(1, 3))
    if ctx.want_neg:
        items += r.sample(CONFIG_NEG, r.randint(1, 2))
    r.shuffle(items)
    style = r.randrange(3)
    if style == 0:
        body = "{\n" + ",\n".join(f'  "{k}": "{v}"' for k, v in items) + "\n}"
    elif style == 1:
        body = "\n".join(f"{k}: {v}" for k, v in items)
    else:
        body = "\n".join(f"{k.upper()}={v}" for k, v in items)
    return ctx.render(r.choice(ctx.data["config_intro"]) + "\n\n" + body + "\n")


INVENTORY_HEAD = {
    "en": ("sku", "qty", "warehouse"),
    "fr": ("reference", "qte", "depot"),
    "es": ("referencia", "cant", "bodega"),
    "de": ("artikelnr", "menge", "lager"),
    "it": ("codice", "qta", "magazzino"),
    "pl": ("indeks", "ilosc", "magazyn"),
    "sv": ("artikelnr", "antal", "lager"),
}


def shape_inventory(ctx: Ctx) -> list[Piece]:
    """A PII-free stock export: part numbers, quantities, prices, depots."""
    r, d = ctx.r, ctx.data
    sku, qty, depot = INVENTORY_HEAD[ctx.lang]
    sep = r.choice([";", "\t", ",", " | "])
    lines = [sep.join([sku, qty, d["table_head"]["amount"], depot])]
    for k in range(r.randint(2, 4)):
        amount = _cell(f"{{amount{k}}}", sep, True)
        lines.append(sep.join([f"{{partno{k}}}", str(r.randint(0, 250)), amount, f"{{city{k}}}"]))
    return ctx.render(r.choice(d["table_intro"]) + "\n\n" + "\n".join(lines) + "\n")


def shape_nopii(ctx: Ctx) -> list[Piece]:
    x = ctx.r.random()
    if x < 0.6:
        return ctx.render(ctx.r.choice(ctx.data["nopii"]))
    if x < 0.8:
        return shape_inventory(ctx)
    return shape_log(ctx, pii=False)


SHAPES = (
    ("prose", shape_prose, 58),
    ("quoted", shape_quoted, 9),
    ("forward", shape_forward, 6),
    ("chat", shape_chat, 7),
    ("form", shape_form, 6),
    ("table", shape_table, 6),
    ("ticket", shape_ticket, 4),
    ("log", shape_log, 2),
    ("config", shape_config, 2),
)


# ---------------------------------------------------------------------------------------------
# Docs and the corpus
# ---------------------------------------------------------------------------------------------


def _typo(r, text: str) -> str:
    """One keyboard slip in `text`: a doubled space, two swapped letters or a dropped letter."""
    words = [m for m in re.finditer(r"[^\W\d_]{5,}", text)]
    op = r.randrange(3)
    if op == 0 or not words:
        spaces = [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", text)]
        if not spaces:
            return text
        k = r.choice(spaces)
        return text[:k] + " " + text[k:]
    w = r.choice(words)
    k = r.randint(w.start() + 1, w.end() - 3)
    if op == 1:
        return text[:k] + text[k + 1] + text[k] + text[k + 2 :]
    return text[:k] + text[k + 1 :]


def roughen(ctx: Ctx, pieces: list[Piece]) -> list[Piece]:
    """Missing accents (some non-English docs) and a few typos in the plain text."""
    r = ctx.r
    if ctx.lang != "en" and r.random() < 0.07:
        pieces = [(fold(t), e, k) for t, e, k in pieces]
    if r.random() < 0.25:
        plain = [i for i, (t, e, k) in enumerate(pieces) if not e and not k and len(t) > 12]
        for i in r.sample(plain, min(len(plain), r.randint(1, 2))):
            pieces[i] = _plain(_typo(r, pieces[i][0]))
    return pieces


def build_doc(loc: str, r, fk) -> dict:
    """One doc of `loc`: with PII (1..MAX_SPANS spans) or, NO_PII_SHARE of the time, without."""
    want_pii = r.random() >= NO_PII_SHARE
    want_neg = r.random() < 0.6 if want_pii else True
    total = sum(w for _, _, w in SHAPES)
    pick, shape = r.uniform(0, total), SHAPES[0][1]
    for _, fn, weight in SHAPES:
        shape = fn
        if pick < weight:
            break
        pick -= weight
    for _ in range(50):
        ctx = Ctx(loc, r, fk, want_neg)
        pieces = shape(ctx) if want_pii else shape_nopii(ctx)
        n = sum(1 for p in pieces if p[1])
        planted = any(p[2] for p in pieces)
        if (n > 0) == want_pii and n <= MAX_SPANS and (want_neg or not planted):
            return assemble_doc(loc, roughen(ctx, pieces))
    raise AssertionError(f"no doc for {loc} with {shape.__name__}")


def build_reserve_corpus(n_docs: int, seed: int = 0) -> list[dict]:
    """`n_docs` labelled docs, the nine locales taking turns; the same (n, seed), the same docs.

    Args:
        n_docs: number of docs.
        seed: everything random derives from it (one Random plus one seeded Faker per locale).

    Returns:
        Docs {"text", "locale", "spans": [{start, end, type}], "negatives": [{start, end, kind}]}.
    """
    import random

    from faker import Faker

    r = random.Random(seed)
    fakers = {}
    for k, loc in enumerate(RESERVE_LOCALES):
        fakers[loc] = Faker(NAME_SOURCE[loc])
        fakers[loc].seed_instance(seed * 7919 + 31 * k + 5)
    return [
        build_doc(RESERVE_LOCALES[i % len(RESERVE_LOCALES)], r, fakers[RESERVE_LOCALES[i % 9]])
        for i in range(n_docs)
    ]


def main(argv: list[str] | None = None) -> int:
    return corpus_main(build_reserve_corpus, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
