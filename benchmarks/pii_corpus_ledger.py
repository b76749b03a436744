"""A ledger PII test corpus: support mail, chats, forms, exports, logs and configs in ten locales.

THIS CORPUS MUST NEVER BE USED FOR TUNING: do not look at what a detector misses (or flags
wrongly) on it and then change the detector, its rules, its thresholds or its training data.
It measures detectors on text nobody has tuned on; once it has been used for tuning it is spent
and has to be replaced by a new, independently written corpus.

Locales: en_US, en_CA, en_IE, en_NZ, de_CH, fr_BE, es_AR, it_IT, nl_NL, fi_FI, taking turns.
Each doc is written in its locale's language the way a native writes support mail there:
Swiss German without "ß" ("Grüezi", "Freundliche Grüsse", "Natel"), Belgian French ("bte",
"GSM"), Argentine Spanish with voseo ("¿cómo andás?"), Finnish ("Hei", "Terveisin", "PL 123").
Names, streets, postcodes, phone numbers, IBANs and VAT numbers follow the locale's country.

Situations (14): e-commerce deliveries, returns and refunds, SaaS account access, IT helpdesk,
banking, insurance claims, travel, energy and utilities, healthcare appointments, property and
rentals, HR and payroll, government forms, telecom, education.

Shapes (14): prose e-mails, short internal notes, HTML remnants, quoted replies ("> "),
forwarded mails, chat transcripts (several export formats), web-form dumps, CSV/TSV exports
with a header row, log lines, JSON snippets, markdown tables, YAML/.env/INI config snippets,
ticket-system exports and voicemail/SMS transcripts. About 15% of the docs hold no PII; about
60% carry planted hard negatives (labelled look-alikes that are not PII).

Labelling conventions:
- text[start:end] is exactly the value; titles (Mr, Frau, Mme, Sr., dhr.), field labels,
  phone extensions, quotes and brackets stay outside the span.
- Every occurrence of a value is labelled: greetings, sign-offs, signatures, headers, quoted
  lines and chat speaker labels included. A value inside a longer span (a first name inside an
  e-mail address or a URL) counts as covered by that span.
- person: a person's name, full or partial (first name alone, surname after a title,
  "Last, First", ALL CAPS, small letters, chat handles made of the name).
- address: a street address with a house number, or a PO box (PO Box, Postfach, Case postale,
  BP, Casilla de Correo, Casella Postale, Postbus, PL), of a person or a delivery. One span runs
  from the street (or the unit or c/o line that starts it) through postcode and city, plus a
  country line when present, also across lines. A street, city or postcode alone is not one.
- phone: valid for the doc's country (national or international form); cards pass Luhn;
  IBANs pass mod 97 with their country's length; IPs in spans are public; ssn only in en_US;
  dob only where the text makes clear it is a birth date; secret is the value of an API key,
  token or password in prose, config or log lines; url_credentials a URL with user:password.
- Negatives (planted, never overlapping a span): phone-shaped serial, IMEI, meter, customer,
  contract and policy numbers, order and tracking ids, sort codes, dates, times, amounts,
  versions, private IPs (10/8, 172.16/12, 192.168/16: never a span), product names holding a
  first name, company names, streets, cities or postcodes alone, hostnames, uuids, hashes,
  git shas, VAT numbers, payment references, booking codes, flight numbers.
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
import unicodedata
import uuid
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

LEDGER_LOCALES = (
    "en_US",
    "en_CA",
    "en_IE",
    "en_NZ",
    "de_CH",
    "fr_BE",
    "es_AR",
    "it_IT",
    "nl_NL",
    "fi_FI",
)
REGION = dict(
    zip(LEDGER_LOCALES, ("US", "CA", "IE", "NZ", "CH", "BE", "AR", "IT", "NL", "FI"), strict=True)
)
LANG = {loc: loc[:2] for loc in LEDGER_LOCALES}
LEDGER_TYPES = tuple(t for t in TYPES if t not in ("cpf", "cnpj"))
LEDGER_NEGATIVE_KINDS = (
    "serial_no",
    "imei",
    "meter_no",
    "customer_no",
    "contract_no",
    "policy_no",
    "order_id",
    "tracking_no",
    "sort_code",
    "invoice_no",
    "ticket_id",
    "booking_ref",
    "flight_no",
    "vat_no",
    "payment_ref",
    "case_no",
    "date",
    "time",
    "amount",
    "version",
    "private_ip",
    "product_name",
    "company",
    "street_only",
    "city_only",
    "postcode_only",
    "hostname",
    "uuid",
    "hash",
    "git_sha",
)
SITUATIONS = (
    "ecom",
    "returns",
    "saas",
    "it",
    "bank",
    "insure",
    "travel",
    "energy",
    "health",
    "property",
    "hr",
    "gov",
    "telecom",
    "edu",
)
SHAPES = (
    "mail",
    "note",
    "html",
    "reply",
    "fwd",
    "chat",
    "form",
    "csv",
    "log",
    "json",
    "mdtable",
    "config",
    "ticket",
    "voicemail",
)
IBAN_COUNTRIES = {
    "en_US": ("DE", "GB", "FR"),
    "en_CA": ("GB", "FR"),
    "en_IE": ("IE",),
    "en_NZ": ("GB", "DE"),
    "de_CH": ("CH", "CH", "CH", "LI"),
    "fr_BE": ("BE", "FR", "LU"),
    "es_AR": ("ES",),
    "it_IT": ("IT",),
    "nl_NL": ("NL", "BE"),
    "fi_FI": ("FI",),
}
IBAN_LENGTH = {"CH": 21, "LI": 21, "BE": 16, "NL": 18, "FI": 18, "IT": 27, "IE": 22, "GB": 22}
IBAN_LENGTH |= {"DE": 22, "FR": 27, "ES": 24, "LU": 20}
_IBAN_BANKS = {
    "NL": ("ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"),
    "IE": ("AIBK", "BOFI", "IPBS", "ULSB"),
    "GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"),
}
# type of each entity slot in a template
SLOT_TYPE = {
    "name": "person",
    "first": "person",
    "last": "person",
    "name_uc": "person",
    "name_lc": "person",
    "first_lc": "person",
    "name_rev": "person",
    "email": "email",
    "phone": "phone",
    "card": "card",
    "iban": "iban",
    "ip": "ip",
    "dob": "dob",
    "addr": "address",
    "addr1": "address",
    "ssn": "ssn",
    "secret": "secret",
    "urlcred": "url_credentials",
}
_SLOT = re.compile(r"\{([a-z_]+\d?)(?::([a-z_0-9]+))?\}")
_B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_HEX = "0123456789abcdef"


# ---------------------------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------------------------


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_valid(iban: str) -> bool:
    """True when `iban` (spaces allowed) has its country's length and passes mod 97."""
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", s) or IBAN_LENGTH.get(s[:2]) != len(s):
        return False
    return _mod97(s[4:] + s[:4]) == 1


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_valid(body + d):
            return d
    raise AssertionError(body)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _alnum(r: random.Random, n: int, alphabet: str = _B62) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _group(s: str, sizes: tuple[int, ...] | list[int], sep: str = " ") -> str:
    out, k = [], 0
    for size in sizes:
        if k < len(s):
            out.append(s[k : k + size])
        k += size
    if k < len(s):
        out.append(s[k:])
    return sep.join(out)


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


# ---------------------------------------------------------------------------------------------
# Values: IBAN, card, ssn, ip, secrets, url credentials
# ---------------------------------------------------------------------------------------------


def _bban(r: random.Random, country: str) -> str:
    if country in _IBAN_BANKS:
        return r.choice(_IBAN_BANKS[country]) + _digits(r, IBAN_LENGTH[country] - 8)
    if country == "BE":
        body = _digits(r, 10)
        return body + f"{int(body) % 97 or 97:02d}"
    if country == "FI":
        body = _digits(r, 13)
        return body + _luhn_digit(body)
    if country == "IT":
        return r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + _digits(r, 22)
    return _digits(r, IBAN_LENGTH[country] - 4)


def _iban(r: random.Random, country: str) -> str:
    bban = _bban(r, country)
    check = 98 - _mod97(bban + country + "00")
    s = f"{country}{check:02d}{bban}"
    assert iban_valid(s), s
    return _group(s, [4] * 8) if r.random() < 0.7 else s


_CARD_PREFIX = (("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16))
_CARD_PREFIX += (("34", 15), ("37", 15), ("6011", 16), ("4", 16), ("5", 16))


def _card(r: random.Random) -> str:
    prefix, n = r.choice(_CARD_PREFIX)
    if prefix == "5":
        prefix += r.choice("12345")
    body = prefix + _digits(r, n - 1 - len(prefix))
    digits = body + _luhn_digit(body)
    sep = r.choice([" ", " ", "-", ""])
    return _group(digits, (4, 6, 5) if n == 15 else (4, 4, 4, 4), sep)


def _ssn(r: random.Random) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    s = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return s if r.random() < 0.85 else s.replace("-", " ")


def _public_ip(r: random.Random) -> str:
    import ipaddress

    while True:
        if r.random() < 0.2:
            head = r.choice((0x2A02, 0x2A01, 0x2600, 0x2003, 0x2800, 0x2404, 0x2C0F))
            ip = ipaddress.IPv6Address((head << 112) | r.getrandbits(112))
        else:
            ip = ipaddress.IPv4Address(r.getrandbits(32))
        if ip.is_global and not ip.is_multicast and not ip.is_reserved:
            return str(ip)


def _private_ip(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}"
    return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _jwt(r: random.Random) -> str:
    import base64
    import json

    def enc(obj: dict) -> str:
        raw = json.dumps(obj, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    head = enc({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"})
    body = enc({"sub": _digits(r, 8), "iat": 1700000000 + r.randint(0, 9999999)})
    return f"{head}.{body}.{_alnum(r, 43, _B62 + '-_')}"


def _password(r: random.Random) -> str:
    words = ["Sommer", "Winter", "Kiwi", "Tango", "Pampa", "Sauna", "Tulp", "Gelato", "Maple"]
    words += ["Harbour", "Lumi", "Brume", "Falke", "Dingo", "Mate", "Poro", "Velo", "Zebra"]
    sym = r.choice("!#$%&*?+=.")
    if r.random() < 0.5:
        return f"{r.choice(words)}{sym}{_digits(r, 4)}{r.choice(words).lower()}{sym}"
    return _alnum(r, r.randint(14, 22), _B62 + "!#%&*+=?")


SECRET_KINDS = (
    "awsid",
    "stripe",
    "stripe_rk",
    "github",
    "slack",
    "google",
    "sendgrid",
    "jwt",
    "openai",
    "gitlab",
    "awssecret",
    "password",
    "npm",
)


def _secret(r: random.Random, kind: str | None = None) -> str:
    """A realistic API key, token or password (of `kind`, or any)."""
    up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    make = {
        "awsid": lambda: "AKIA" + _alnum(r, 16, up),
        "stripe": lambda: "sk_live_" + _alnum(r, 24),
        "stripe_rk": lambda: "rk_live_" + _alnum(r, 24),
        "github": lambda: "ghp_" + _alnum(r, 36),
        "slack": lambda: f"xoxb-{_digits(r, 12)}-{_digits(r, 13)}-{_alnum(r, 24)}",
        "google": lambda: "AIza" + _alnum(r, 35, _B62 + "-_"),
        "sendgrid": lambda: f"SG.{_alnum(r, 22, _B62 + '-_')}.{_alnum(r, 43, _B62 + '-_')}",
        "jwt": lambda: _jwt(r),
        "openai": lambda: "sk-proj-" + _alnum(r, 48, _B62 + "-_"),
        "gitlab": lambda: "glpat-" + _alnum(r, 20, _B62 + "-_"),
        "awssecret": lambda: _alnum(r, 40, _B62 + "/+"),
        "password": lambda: _password(r),
        "npm": lambda: "npm_" + _alnum(r, 36),
    }
    return make[kind or r.choice(SECRET_KINDS)]()


_URL_HOSTS = ("db.internal", "pg-prod-1.{d}", "git.{d}", "ftp.{d}", "mq.{d}", "cache.{d}")


def _urlcred(r: random.Random, user: str, domain: str) -> str:
    scheme = r.choice(["postgres", "postgresql", "mysql", "https", "ftp", "amqp", "redis", "smtp"])
    scheme = r.choice([scheme, "mongodb+srv", "sftp"])
    pw = r.choice([_password(r), _alnum(r, 16), _alnum(r, 24, _B62 + "_-")])
    pw = pw.replace("#", "9").replace("?", "7").replace("/", "x")
    host = r.choice(_URL_HOSTS).format(d=domain)
    port = {"postgres": ":5432", "postgresql": ":5432", "mysql": ":3306", "amqp": ":5672"}
    path = r.choice(["/app", "/prod", "/", "/repo.git", "", "/billing"])
    return f"{scheme}://{user}:{pw}@{host}{port.get(scheme, '')}{path}"


def _hex(r: random.Random, n: int) -> str:
    return "".join(r.choice(_HEX) for _ in range(n))


def _uuid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def _hash(r: random.Random) -> str:
    return hashlib.new(r.choice(["md5", "sha1", "sha256"]), _alnum(r, 12).encode()).hexdigest()


# ---------------------------------------------------------------------------------------------
# Phones: a valid number for the region, then one of the region's written styles
# ---------------------------------------------------------------------------------------------

_US_AREAS = ("212", "312", "415", "617", "206", "303", "512", "702", "813", "919", "404", "503")
_CA_AREAS = ("416", "647", "604", "778", "514", "613", "403", "902", "709", "306", "204", "250")
PHONE_PREFIX = {
    "US": [(a, 10) for a in _US_AREAS],
    "CA": [(a, 10) for a in _CA_AREAS],
    "IE": [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9), ("1", 8), ("21", 9), ("91", 9)],
    "NZ": [("21", 9), ("22", 9), ("27", 9), ("9", 8), ("4", 8), ("3", 8), ("7", 8), ("6", 8)],
    "CH": [("79", 9), ("78", 9), ("76", 9), ("77", 9), ("44", 9), ("43", 9), ("31", 9)]
    + [("61", 9), ("22", 9), ("41", 9), ("71", 9), ("52", 9)],
    "BE": [("47", 9), ("48", 9), ("49", 9), ("2", 8), ("3", 8), ("9", 8), ("4", 8), ("10", 8)],
    "AR": [("911", 11), ("9351", 11), ("9341", 11), ("11", 10), ("351", 10), ("341", 10)],
    "IT": [("33", 10), ("34", 10), ("32", 10), ("39", 10), ("02", 10), ("06", 10), ("011", 10)]
    + [("055", 10), ("081", 10), ("051", 10)],
    "NL": [("6", 9), ("20", 9), ("10", 9), ("70", 9), ("30", 9), ("40", 9), ("50", 9)],
    "FI": [("40", 9), ("41", 9), ("44", 9), ("45", 9), ("50", 9), ("9", 9), ("2", 8), ("3", 8)],
}
_NANP = ("US", "CA")


_MOBILE = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
_FIXED = {
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}


def _phone_number(r: random.Random, region: str, kind: str = "") -> phonenumbers.PhoneNumber:
    """A valid number of `region`; kind "m" a mobile one, "f" a fixed line, "" either."""
    cc = phonenumbers.country_code_for_region(region)
    wanted = {"m": _MOBILE, "f": _FIXED}.get(kind)
    while True:
        prefix, n = r.choice(PHONE_PREFIX[region])
        nsn = prefix + _digits(r, n - len(prefix))
        p = phonenumbers.parse(f"+{cc}{nsn}")
        if not phonenumbers.is_valid_number(p) or phonenumbers.region_code_for_number(p) != region:
            continue
        if wanted is None or phonenumbers.number_type(p) in wanted:
            return p


def _same_number(s: str, p: phonenumbers.PhoneNumber, region: str) -> bool:
    try:
        q = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(q)
        and phonenumbers.region_code_for_number(q) == region
        and q.national_number == p.national_number
    )


def _regroup(area: str, rest: str, r: random.Random, sep: str) -> str:
    sizes = {
        6: [(3, 3), (2, 2, 2)],
        7: [(3, 4), (3, 2, 2)],
        8: [(4, 4), (2, 2, 2, 2), (3, 2, 3)],
    }.get(len(rest), [(3, 3, 3)])
    return f"{area}{sep}{_group(rest, r.choice(sizes), sep)}"


def _phone_styles(r: random.Random, p: phonenumbers.PhoneNumber, region: str) -> tuple:
    fmt = phonenumbers.PhoneNumberFormat
    nat = phonenumbers.format_number(p, fmt.NATIONAL)
    intl = phonenumbers.format_number(p, fmt.INTERNATIONAL)
    cc = str(p.country_code)
    nsn = phonenumbers.national_significant_number(p)
    if region in _NANP:
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        nats = [nat, f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"{a} {b} {c}", nsn]
        intls = [intl, f"+1 ({a}) {b}-{c}", f"+1 {a} {b} {c}", f"+1.{a}.{b}.{c}", f"+1{nsn}"]
        return nats, intls
    head, _, tail = nat.partition(" ")
    rest = re.sub(r"\D", "", tail)
    nats = [nat, nat.replace(" ", "-"), re.sub(r"\D", "", nat), f"{head}/{tail}"]
    nats += [_regroup(head, rest, r, " "), _regroup(head, rest, r, " "), f"{head}-{rest}"]
    nats += [nat.replace(" ", "."), f"({head}) {tail}"]
    i_head, _, i_tail = intl.partition(" ")
    trunkless = intl[len(i_head) + 1 :]
    intls = [intl, intl.replace(" ", "-"), f"00{cc} {trunkless}", f"+{cc}{nsn}"]
    if nat.startswith("0") and region not in ("IT", "AR"):
        intls += [f"+{cc} (0){trunkless}", f"+{cc} {_regroup(head[1:], rest, r, ' ')}"]
    intls += [f"00{cc} {_regroup(head.lstrip('0') or head, rest, r, ' ')}"]
    return nats, intls


def _phone(r: random.Random, region: str, kind: str = "") -> str:
    p = _phone_number(r, region, kind)
    nats, intls = _phone_styles(r, p, region)
    pool = intls if r.random() < 0.35 else nats
    for _ in range(6):
        s = r.choice(pool)
        if _same_number(s, p, region):
            return s
    return pool[0]


def _phone_shaped(r: random.Random, region: str) -> str:
    """A valid-looking national phone number's digits, for serial and meter numbers."""
    p = _phone_number(r, region)
    nat = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
    return r.choice([re.sub(r"\D", "", nat), re.sub(r"\D", "", nat), nat.replace(" ", "-")])


# ---------------------------------------------------------------------------------------------
# Locale data: places, streets, names, domains, companies, products
# ---------------------------------------------------------------------------------------------

CITIES = {
    "en_US": [
        ("New York", "NY", "10027"),
        ("Chicago", "IL", "60614"),
        ("Austin", "TX", "78704"),
        ("Seattle", "WA", "98103"),
        ("Denver", "CO", "80206"),
        ("Portland", "OR", "97214"),
        ("Atlanta", "GA", "30307"),
        ("Columbus", "OH", "43215"),
        ("Tampa", "FL", "33606"),
        ("Madison", "WI", "53703"),
        ("Boise", "ID", "83702"),
    ],
    "en_CA": [
        ("Toronto", "ON", "M5R 2A5"),
        ("Vancouver", "BC", "V6K 1R2"),
        ("Montréal", "QC", "H2X 1Y4"),
        ("Calgary", "AB", "T2S 0J3"),
        ("Ottawa", "ON", "K1N 5T5"),
        ("Halifax", "NS", "B3H 1Y6"),
        ("Winnipeg", "MB", "R3M 0B4"),
        ("Saskatoon", "SK", "S7N 0W6"),
        ("Victoria", "BC", "V8V 3K5"),
        ("Guelph", "ON", "N1H 3T2"),
    ],
    "en_IE": [
        ("Dublin 8", "", "D08"),
        ("Dublin 6W", "", "D6W"),
        ("Cork", "Co. Cork", "T12"),
        ("Galway", "Co. Galway", "H91"),
        ("Ennis", "Co. Clare", "V95"),
        ("Kilkenny", "Co. Kilkenny", "R95"),
        ("Sligo", "Co. Sligo", "F91"),
        ("Bray", "Co. Wicklow", "A98"),
        ("Navan", "Co. Meath", "C15"),
        ("Limerick", "Co. Limerick", "V94"),
    ],
    "en_NZ": [
        ("Ponsonby", "Auckland", "1011"),
        ("Mt Eden", "Auckland", "1024"),
        ("Te Aro", "Wellington", "6011"),
        ("Riccarton", "Christchurch", "8011"),
        ("Frankton", "Hamilton", "3204"),
        ("Roslyn", "Dunedin", "9010"),
        ("Mount Maunganui", "Tauranga", "3116"),
        ("Stoke", "Nelson", "7011"),
        ("Takapuna", "Auckland", "0622"),
    ],
    "de_CH": [
        ("Zürich", "", "8001"),
        ("Zürich", "", "8004"),
        ("Bern", "", "3011"),
        ("Basel", "", "4051"),
        ("Luzern", "", "6003"),
        ("St. Gallen", "", "9000"),
        ("Winterthur", "", "8400"),
        ("Aarau", "", "5000"),
        ("Chur", "", "7000"),
        ("Kilchberg ZH", "", "8802"),
        ("Thun", "", "3600"),
    ],
    "fr_BE": [
        ("Bruxelles", "", "1000"),
        ("Ixelles", "", "1050"),
        ("Uccle", "", "1180"),
        ("Liège", "", "4000"),
        ("Namur", "", "5000"),
        ("Charleroi", "", "6000"),
        ("Mons", "", "7000"),
        ("Wavre", "", "1300"),
        ("Louvain-la-Neuve", "", "1348"),
        ("Schaerbeek", "", "1030"),
    ],
    "es_AR": [
        ("CABA", "Buenos Aires", "C1043"),
        ("Ciudad Autónoma de Buenos Aires", "", "C1425"),
        ("La Plata", "Buenos Aires", "B1900"),
        ("Córdoba", "Córdoba", "X5000"),
        ("Rosario", "Santa Fe", "S2000"),
        ("Mendoza", "Mendoza", "M5500"),
        ("Mar del Plata", "Buenos Aires", "B7600"),
        ("San Miguel de Tucumán", "Tucumán", "T4000"),
        ("Quilmes", "Buenos Aires", "B1878"),
    ],
    "it_IT": [
        ("Milano", "MI", "20121"),
        ("Roma", "RM", "00184"),
        ("Torino", "TO", "10122"),
        ("Bologna", "BO", "40126"),
        ("Firenze", "FI", "50122"),
        ("Napoli", "NA", "80134"),
        ("Padova", "PD", "35122"),
        ("Palermo", "PA", "90133"),
        ("Genova", "GE", "16121"),
        ("Bergamo", "BG", "24121"),
    ],
    "nl_NL": [
        ("Amsterdam", "", "1015"),
        ("Rotterdam", "", "3011"),
        ("Den Haag", "", "2511"),
        ("Utrecht", "", "3511"),
        ("Eindhoven", "", "5611"),
        ("Groningen", "", "9711"),
        ("Nijmegen", "", "6511"),
        ("Leiden", "", "2311"),
        ("De Bilt", "", "3731"),
        ("Zwolle", "", "8011"),
    ],
    "fi_FI": [
        ("Helsinki", "", "00100"),
        ("Helsinki", "", "00530"),
        ("Espoo", "", "02100"),
        ("Vantaa", "", "01300"),
        ("Tampere", "", "33100"),
        ("Turku", "", "20100"),
        ("Oulu", "", "90100"),
        ("Jyväskylä", "", "40100"),
        ("Kuopio", "", "70100"),
        ("Lahti", "", "15110"),
    ],
}
STREETS = {
    "en_US": ["Maple Ave", "Oak Street", "Elm St", "Washington Blvd", "Lakeview Dr", "Cedar Lane"]
    + ["Park Place", "Sunset Blvd", "Main Street", "Pine Ridge Rd", "Willow Court", "Grand Ave"],
    "en_CA": ["Queen St W", "Bay Street", "rue Sainte-Catherine", "Robson St", "Jasper Ave"]
    + ["Spring Garden Rd", "Yonge Street", "Bloor St E", "avenue du Parc", "Portage Ave"],
    "en_IE": ["Main Street", "Bow Lane", "Dame Street", "Patrick Street", "Shop Street"]
    + ["O'Connell Street", "Harbour Road", "Church View", "Mill Road", "Castle Street"],
    "en_NZ": ["Ponsonby Road", "Dominion Road", "Cuba Street", "Riccarton Road", "Victoria Street"]
    + ["Great North Road", "Karangahape Road", "Hereford Street", "Moray Place", "Kepa Road"],
    "de_CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptstrasse", "Kirchgasse"]
    + ["Zürcherstrasse", "Langstrasse", "Spitalgasse", "Rütiweg", "Feldeggstrasse"],
    "fr_BE": ["Rue de la Loi", "Avenue Louise", "Chaussée de Wavre", "Rue Neuve", "Rue Haute"]
    + ["Boulevard d'Avroy", "Rue des Guillemins", "Avenue de Tervueren", "Rue du Marché"],
    "es_AR": ["Av. Corrientes", "Av. Santa Fe", "Florida", "Av. Rivadavia", "Bv. San Juan"]
    + ["Av. Colón", "Pje. Bollini", "Av. Cabildo", "Mitre", "Gorriti", "Av. Pellegrini"],
    "it_IT": ["Via Roma", "Via Garibaldi", "Corso Buenos Aires", "Viale Monza", "Via dei Mille"]
    + ["Via Po", "Via Toledo", "Strada Maggiore", "Via Nazionale", "Via San Vitale"],
    "nl_NL": ["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Oudegracht", "Stationsweg"]
    + ["Laan van Meerdervoort", "Coolsingel", "Biltstraat", "Prinsengracht", "Vismarkt"],
    "fi_FI": ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Puistokatu"]
    + ["Hämeentie", "Kirkkokatu", "Satakunnankatu", "Isokatu", "Yliopistonkatu"],
}
FAKER_STREETS = ("en_IE", "en_NZ", "de_CH", "nl_NL", "fi_FI")
COUNTRY = {
    "en_US": ["USA", "United States"],
    "en_CA": ["Canada", "CANADA"],
    "en_IE": ["Ireland"],
    "en_NZ": ["New Zealand"],
    "de_CH": ["Schweiz", "Switzerland"],
    "fr_BE": ["Belgique", "BELGIQUE"],
    "es_AR": ["Argentina"],
    "it_IT": ["Italia"],
    "nl_NL": ["Nederland"],
    "fi_FI": ["Suomi", "Finland"],
}
# (female first names, male first names, surnames) mixed in with Faker's
LOCAL_NAMES = {
    "en_US": (["Keisha", "Mei", "Priya", "Shannon"], ["DeShawn", "Tyler", "Raj"], ["Nguyen"]),
    "en_CA": (["Marie-Ève", "Geneviève", "Aanya"], ["Jean-François", "Mathieu"], ["Tremblay"]),
    "en_IE": (
        ["Siobhán", "Niamh", "Aoife", "Gráinne"],
        ["Ciarán", "Seán", "Darragh"],
        ["Ó Briain"],
    ),
    "en_NZ": (
        ["Aroha", "Mere", "Anahera", "Ngaio"],
        ["Tama", "Wiremu", "Hemi"],
        ["Ngata", "Parata"],
    ),
    "de_CH": (
        ["Regula", "Vreni", "Nadja"],
        ["Beat", "Urs", "Reto"],
        ["Bürgi", "Zürcher", "Gerber"],
    ),
    "fr_BE": (["Amélie", "Noémie", "Céline"], ["Benoît", "Grégoire", "Maxime"], ["Dubois"]),
    "es_AR": (["Florencia", "Agustina", "Milagros"], ["Facundo", "Tomás", "Joaquín"], ["González"]),
    "it_IT": (["Giulia", "Chiara", "Federica"], ["Matteo", "Lorenzo", "Gianluca"], ["Esposito"]),
    "nl_NL": (["Femke", "Sanne", "Anouk"], ["Daan", "Bram", "Joost"], ["de Vries", "Bakker"]),
    "fi_FI": (
        ["Aino", "Kaisa", "Tuuli", "Satu"],
        ["Juha", "Teemu", "Ville"],
        ["Mäkinen", "Järvinen"],
    ),
}
PARTICLES = {
    "nl_NL": ["van", "van der", "de", "van den", "ter"],
    "de_CH": ["von"],
    "fr_BE": ["de", "Van", "Van den", "De"],
    "it_IT": ["di", "De", "del", "Dal", "Lo"],
    "es_AR": ["de", "del"],
    "en_IE": ["Ní", "Mac"],
    "en_US": ["de la", "Van"],
}
TITLES = {
    "en": (["Ms", "Mrs", "Dr"], ["Mr", "Dr"]),
    "de": (["Frau", "Frau Dr."], ["Herr", "Herr Dr."]),
    "fr": (["Mme", "Madame"], ["M.", "Monsieur"]),
    "es": (["Sra."], ["Sr."]),
    "it": (["Sig.ra", "Dott.ssa"], ["Sig.", "Dott.", "Ing."]),
    "nl": (["mevrouw", "mevr."], ["meneer", "dhr."]),
    "fi": ([""], [""]),
}
DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"],
    "en_CA": ["gmail.com", "rogers.com", "shaw.ca", "sympatico.ca", "outlook.com", "videotron.ca"],
    "en_IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "en_NZ": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz", "orcon.net.nz"],
    "de_CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "proton.me"],
    "fr_BE": ["skynet.be", "telenet.be", "gmail.com", "hotmail.be", "proximus.be", "voo.be"],
    "es_AR": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar", "outlook.com"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it", "hotmail.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com", "hotmail.nl", "planet.nl"],
    "fi_FI": ["gmail.com", "elisanet.fi", "kolumbus.fi", "hotmail.fi", "luukku.com", "outlook.com"],
}
COMPANIES = {
    "en_US": ["Comcast", "UPS", "Con Edison", "Wells Fargo", "Kaiser Permanente", "Verizon"],
    "en_CA": ["Canada Post", "Rogers", "Hydro-Québec", "Desjardins", "Purolator", "Sun Life"],
    "en_IE": ["An Post", "Eir", "Electric Ireland", "Bank of Ireland", "Irish Water", "Laya"],
    "en_NZ": ["NZ Post", "Spark", "Contact Energy", "Kiwibank", "Air New Zealand", "Tower"],
    "de_CH": ["Swisscom", "Die Post", "Migros", "PostFinance", "SBB", "Helsana", "EWZ"],
    "fr_BE": ["Proximus", "bpost", "Engie Electrabel", "Belfius", "Colruyt", "Ethias", "SNCB"],
    "es_AR": ["Mercado Libre", "Telecom Argentina", "Edenor", "Banco Galicia", "OCA", "Aysa"],
    "it_IT": ["Poste Italiane", "Enel Energia", "TIM", "Intesa Sanpaolo", "Trenitalia", "BRT"],
    "nl_NL": ["PostNL", "KPN", "Eneco", "ING", "Ziggo", "bol.com", "DUO", "NS"],
    "fi_FI": ["Posti", "Elisa", "Fortum", "OP", "Nordea", "VR", "Kela", "Helen"],
}
WORK_DOMAINS = {
    "en_US": "acme-logistics.com",
    "en_CA": "northwind.ca",
    "en_IE": "harbourtech.ie",
    "en_NZ": "kauri.co.nz",
    "de_CH": "alpen-it.ch",
    "fr_BE": "meuse-services.be",
    "es_AR": "pampa-soft.com.ar",
    "it_IT": "lagunaweb.it",
    "nl_NL": "polderdata.nl",
    "fi_FI": "revontuli.fi",
}
PRODUCTS = [
    "Amazon Alexa",
    "IKEA BILLY",
    "IKEA IVAR",
    "Tommy Hilfiger",
    "Tom Tailor",
    "Marc O'Polo",
    "Jack Wolfskin",
    "Johnnie Walker",
    "Ben & Jerry's",
    "Dr. Martens",
    "Victoria's Secret",
    "Hugo Boss",
    "Philips Hue",
    "Marie Biscuits",
    "Ray-Ban Clubmaster",
    "Lavazza Tierra",
    "Oscar Mayer",
]

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
    "syyskuuta lokakuuta marraskuuta joulukuuta",
}


# ---------------------------------------------------------------------------------------------
# Dates, times, amounts in the locale's writing
# ---------------------------------------------------------------------------------------------


def _date(r: random.Random, locale: str, y0: int = 2022, y1: int = 2025) -> str:
    y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    month = MONTHS[LANG[locale]].split()[m - 1]
    styles = {
        "en_US": [
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{month} {d}, {y}",
            f"{y}-{m:02d}-{d:02d}",
        ],
        "en_CA": [f"{y}-{m:02d}-{d:02d}", f"{month} {d}, {y}", f"{d}/{m:02d}/{y}"],
        "en_IE": [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d}/{m}/{y}"],
        "en_NZ": [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d}.{m}.{y}"],
        "de_CH": [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {month} {y}"],
        "fr_BE": [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d:02d}.{m:02d}.{y}"],
        "es_AR": [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} de {month} de {y}"],
        "it_IT": [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d}/{m}/{y}"],
        "nl_NL": [f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}", f"{d}-{m}-{y}"],
        "fi_FI": [f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}"],
    }[locale]
    return r.choice(styles)


def _time(r: random.Random, locale: str) -> str:
    h, m = r.randint(7, 19), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if locale == "en_US" or (locale.startswith("en") and r.random() < 0.3):
        return f"{h % 12 or 12}:{m:02d} {'pm' if h >= 12 else 'am'}"
    sep = {"fi_FI": ".", "fr_BE": "h"}.get(locale, ":")
    return f"{h}{sep}{m:02d}" if r.random() < 0.8 else f"{h:02d}:{m:02d}"


def _amount(r: random.Random, locale: str) -> str:
    v = r.choice([r.randint(5, 300), r.randint(300, 4000)]) + r.choice([0, 0.5, 0.9, 0.99, 0.25])
    en = f"{v:,.2f}"
    eu = en.replace(",", "_").replace(".", ",").replace("_", ".")
    return r.choice(
        {
            "en_US": [f"${en}", f"USD {en}"],
            "en_CA": [f"${en}", f"CA${en}", f"${en} CAD"],
            "en_IE": [f"€{en}", f"EUR {en}"],
            "en_NZ": [f"${en}", f"NZ${en}"],
            "de_CH": [f"CHF {en.replace(',', chr(39))}", f"Fr. {int(v)}.–", f"{en} CHF"],
            "fr_BE": [f"{eu} €", f"{eu} EUR", f"€ {eu}"],
            "es_AR": [f"$ {eu[:-3]}", f"ARS {eu}", f"${eu}"],
            "it_IT": [f"€ {eu}", f"{eu} euro", f"{eu} €"],
            "nl_NL": [f"€ {eu}", f"€{int(v)},-", f"EUR {eu}"],
            "fi_FI": [f"{eu.replace('.', ' ')} €", f"{eu} euroa", f"{eu} e"],
        }[locale]
    )


def _version(r: random.Random) -> str:
    a, b, c = r.randint(1, 17), r.randint(0, 30), r.randint(0, 60)
    return r.choice(
        [
            f"v{a}.{b}.{c}",
            f"{a}.{b}.{c}",
            f"{a}.{b}.{c}-rc{r.randint(1, 4)}",
            f"10.0.{r.randint(19041, 22631)}.{c}",
        ]
        + [f"{r.randint(2021, 2025)}.{r.randint(1, 12):02d}.{b}", f"{a}.{b}"]
    )


_POSTCODE_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def _postcode(r: random.Random, locale: str, entry: tuple) -> str:
    code = entry[2]
    if locale == "en_IE":
        return f"{code} {_alnum(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
    if locale == "nl_NL":
        return f"{code} {_alnum(r, 2, _POSTCODE_LETTERS)}"
    if locale == "es_AR" and r.random() < 0.6:
        return code + _alnum(r, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ")
    return code


_VAT = {
    "en_US": lambda r: f"{_digits(r, 2)}-{_digits(r, 7)}",
    "en_CA": lambda r: f"{_digits(r, 9)} RT0001",
    "en_IE": lambda r: f"IE{_digits(r, 7)}{r.choice('ABCDEFHKLMNPRTW')}",
    "en_NZ": lambda r: f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}",
    "de_CH": lambda r: f"CHE-{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 3)} MWST",
    "fr_BE": lambda r: f"BE 0{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 3)}",
    "es_AR": lambda r: f"30-{_digits(r, 8)}-{r.randint(0, 9)}",
    "it_IT": lambda r: f"IT{_digits(r, 11)}",
    "nl_NL": lambda r: f"NL{_digits(r, 9)}B01",
    "fi_FI": lambda r: r.choice([f"FI{_digits(r, 8)}", f"{_digits(r, 7)}-{r.randint(0, 9)}"]),
}


def _payment_ref(r: random.Random, locale: str) -> str:
    if locale == "fr_BE":
        body = _digits(r, 10)
        return f"+++{body[:3]}/{body[3:7]}/{body[7:]}{int(body) % 97 or 97:02d}+++"
    if locale == "de_CH":
        return _group(_digits(r, 27), (2, 5, 5, 5, 5, 5))
    if locale == "nl_NL":
        return _group(_digits(r, 16), (4, 4, 4, 4))
    if locale == "fi_FI":
        body = _digits(r, r.randint(6, 12))
        return _group(f"RF{r.randint(10, 99)}{body}", (4, 4, 4, 4))
    return r.choice(
        [f"RF{r.randint(10, 99)}{_digits(r, 10)}", f"REF-{_alnum(r, 8, '0123456789ABCDEF')}"]
    )


def _tracking(r: random.Random, locale: str) -> str:
    cc = REGION[locale]
    return r.choice(
        [
            f"1Z{_alnum(r, 6, 'ABCDEFGHJKLMNPRSTUVWXY0123456789')}{_digits(r, 10)}",
            f"JJD{_digits(r, 18)}",
            f"{r.choice(['LX', 'RR', 'CP', 'UA'])}{_digits(r, 9)}{cc}",
            _digits(r, 20),
            f"3S{_alnum(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{_digits(r, 7)}",
            _digits(r, 12),
        ]
    )


def _imei(r: random.Random) -> str:
    body = r.choice(["35", "86", "01", "49"]) + _digits(r, 12)
    v = body + _luhn_digit(body)
    return v if r.random() < 0.6 else _group(v, (2, 6, 6, 1), r.choice([" ", "-"]))


_AIRLINES = {
    "en_US": ["UA", "DL", "AA", "B6"],
    "en_CA": ["AC", "WS", "PD"],
    "en_IE": ["EI", "FR"],
    "en_NZ": ["NZ", "JQ", "QF"],
    "de_CH": ["LX", "WK", "EZS"],
    "fr_BE": ["SN", "TB", "FR"],
    "es_AR": ["AR", "FO", "JA"],
    "it_IT": ["AZ", "FR", "U2"],
    "nl_NL": ["KL", "HV"],
    "fi_FI": ["AY", "D8"],
}
_ESTATES = ["The Maltings", "Castle Heights", "Seaview Park", "Oak Court", "Millbrook"]


def _negative_value(r: random.Random, locale: str, kind: str) -> str:
    region, year = REGION[locale], r.randint(2021, 2025)
    up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    entry = r.choice(CITIES[locale])
    table = {
        "serial_no": lambda: r.choice(
            [_phone_shaped(r, region)] * 3 + [f"SN{_alnum(r, 10, up + '0123456789')}"]
        ),
        "imei": lambda: _imei(r),
        "meter_no": lambda: r.choice(
            [_phone_shaped(r, region), _digits(r, 8), f"871687{_digits(r, 12)}"]
            + [_group(_digits(r, 9), (3, 3, 3))]
        ),
        "customer_no": lambda: r.choice(
            [_phone_shaped(r, region), _digits(r, 8), f"KD-{_digits(r, 7)}", f"C{_digits(r, 9)}"]
        ),
        "contract_no": lambda: r.choice(
            [_phone_shaped(r, region), f"V-{year}-{_digits(r, 5)}", _digits(r, 10)]
        ),
        "policy_no": lambda: r.choice(
            [
                f"POL-{_digits(r, 6)}-{r.randint(1, 9)}",
                f"{_digits(r, 2)}.{_digits(r, 3)}.{_digits(r, 3)}",
            ]
            + [_phone_shaped(r, region), f"{_alnum(r, 2, up)}{_digits(r, 8)}"]
        ),
        "order_id": lambda: r.choice(
            [f"{_digits(r, 3)}-{_digits(r, 7)}-{_digits(r, 7)}", f"ORD-{_digits(r, 6)}"]
            + [_digits(r, 8), f"{_alnum(r, 3, up)}-{_digits(r, 5)}", _phone_shaped(r, region)]
        ),
        "tracking_no": lambda: _tracking(r, locale),
        "sort_code": lambda: f"{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 2)}",
        "invoice_no": lambda: r.choice(
            [f"INV-{year}-{_digits(r, 4)}", f"RE-{_digits(r, 6)}", f"F{year}/{_digits(r, 5)}"]
            + [f"{year}{_digits(r, 6)}"]
        ),
        "ticket_id": lambda: r.choice(
            [f"INC{_digits(r, 7)}", f"TCK-{_digits(r, 5)}", f"SR-{year}-{_digits(r, 5)}"]
        ),
        "booking_ref": lambda: _alnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        "flight_no": lambda: f"{r.choice(_AIRLINES[locale])} {r.randint(8, 2999)}",
        "vat_no": lambda: _VAT[locale](r),
        "payment_ref": lambda: _payment_ref(r, locale),
        "case_no": lambda: r.choice(
            [f"{year}/{_digits(r, 6)}", f"{_alnum(r, 2, up)}-{year}-{_digits(r, 6)}"]
        ),
        "date": lambda: _date(r, locale),
        "time": lambda: _time(r, locale),
        "amount": lambda: _amount(r, locale),
        "version": lambda: _version(r),
        "private_ip": lambda: _private_ip(r),
        "product_name": lambda: r.choice(PRODUCTS),
        "company": lambda: r.choice(COMPANIES[locale]),
        "street_only": lambda: r.choice([s for s in STREETS[locale] if not re.search(r"\d", s)]),
        "city_only": lambda: re.sub(r"\s*\d.*", "", entry[0]),
        "postcode_only": lambda: _postcode(r, locale, entry),
        "hostname": lambda: r.choice(
            [f"mail-gw{_digits(r, 2)}.{WORK_DOMAINS[locale]}", f"srv-fs{_digits(r, 2)}"]
            + [f"vpn.{WORK_DOMAINS[locale]}", f"db-prod-{r.randint(1, 9)}.internal"]
            + [f"ip-10-0-{r.randint(0, 255)}-{r.randint(1, 254)}.eu-central-1.compute.internal"]
            + [f"nas{r.randint(1, 4)}.local", f"lt-{_digits(r, 5)}.corp.{WORK_DOMAINS[locale]}"]
        ),
        "uuid": lambda: _uuid(r),
        "hash": lambda: _hash(r),
        "git_sha": lambda: _hex(r, r.choice([7, 7, 40])),
    }
    return table[kind]()


def _street_line(r: random.Random, locale: str, street: str) -> str:
    n, k, L = r.randint(1, 180), r.randint(1, 40), r.choice("ABCDEF")
    if locale in ("en_US", "en_CA"):
        n = r.randint(10, 9800)
    forms = {
        "en_US": [f"{n} {street}", f"{n} {street} Apt {k}{L}", f"{n} {street}, Apt {k}"]
        + [f"{n} {street} #{k}", f"{n} {street}, Suite {k}00", f"{n} {street} Unit {k}"],
        "en_CA": [f"{n} {street}", f"{k}-{n} {street}", f"Apt {k}, {n} {street}"]
        + [f"{n} {street}, Unit {k}", f"{n}, {street}", f"{k}0{r.randint(1, 9)}-{n} {street}"],
        "en_IE": [f"{n} {street}", f"Apt {k}, {r.choice(_ESTATES)}, {street}"]
        + [f"{n} {r.choice(_ESTATES)}", f"{n} {street}", f"Flat {k}, {n} {street}"],
        "en_NZ": [f"{n} {street}", f"{k}/{n} {street}", f"Flat {k}, {n} {street}"]
        + [f"Apt {k}, {n} {street}", f"Unit {k}, {n} {street}", f"{n}{L} {street}"],
        "de_CH": [f"{street} {n}", f"{street} {n}{L.lower()}", f"{street} {n}, Wohnung {k}"]
        + [f"{street} {n}"],
        "fr_BE": [f"{street} {n}", f"{street} {n} bte {k}", f"{street} {n}/{k}"]
        + [f"{street}, {n}", f"{street} {n}, boîte {k}"],
        "es_AR": [f"{street} {n * 7}", f"{street} {n * 7}, piso {k % 12 + 1} depto {L}"]
        + [
            f'{street} {n * 7} {k % 12 + 1}° "{L}"',
            f"{street} N° {n * 7}",
            f"{street} {n}, PB {L}",
        ],
        "it_IT": [f"{street} {n}", f"{street}, {n}", f"{street} {n}/{L}"]
        + [f"{street} {n}, scala {L}, int. {k}", f"{street}, {n} int. {k}"],
        "nl_NL": [f"{street} {n}", f"{street} {n}{L.lower()}", f"{street} {n}-II"]
        + [f"{street} {n} hs", f"{street} {n}-{k}", f"{street} {n} bis"],
        "fi_FI": [f"{street} {n}", f"{street} {n} {L} {k}", f"{street} {n} as. {k}"]
        + [f"{street} {n} {L}", f"{street} {n} {L} {k}"],
    }
    return r.choice(forms[locale])


def _box_line(r: random.Random, locale: str) -> str:
    n, k = r.randint(2, 9999), r.randint(1, 9)
    return r.choice(
        {
            "en_US": [f"PO Box {n}", f"P.O. Box {n}", f"RR {k} Box {n % 400}"],
            "en_CA": [f"PO Box {n}, Station {r.choice('ABCDM')}", f"PO Box {n}", f"RR {k}"],
            "en_IE": [f"PO Box {n}", f"P.O. Box {n}"],
            "en_NZ": [f"PO Box {n}", f"Private Bag {n}", f"PO Box {n}"],
            "de_CH": [f"Postfach {n}", f"Postfach {n}", f"Case postale {n}"],
            "fr_BE": [f"BP {n}", f"Boîte postale {n}"],
            "es_AR": [f"Casilla de Correo {n}", f"C.C. {n}"],
            "it_IT": [f"Casella Postale {n}", f"C.P. {n}"],
            "nl_NL": [f"Postbus {n}"],
            "fi_FI": [f"PL {n % 900 + 1}", f"PL {n % 900 + 1}"],
        }[locale]
    )


def _city_lines(r: random.Random, locale: str, entry: tuple, pc: str) -> list[str]:
    city, extra, _ = entry
    if locale == "en_US":
        pc = pc if r.random() < 0.8 else f"{pc}-{_digits(r, 4)}"
        return [r.choice([f"{city}, {extra} {pc}", f"{city} {extra} {pc}"])]
    if locale == "en_CA":
        return [
            r.choice(
                [f"{city}, {extra} {pc}", f"{city} {extra}  {pc}", f"{city.upper()} {extra}  {pc}"]
            )
        ]
    if locale == "en_IE":
        lines = [city] + ([extra] if extra else [])
        return r.choice([lines + [pc], [", ".join(lines)] + [pc], [", ".join(lines + [pc])]])
    if locale == "en_NZ":
        return r.choice([[city, f"{extra} {pc}"], [f"{city}, {extra} {pc}"], [f"{extra} {pc}"]])
    if locale == "es_AR":
        if pc[0].isalpha() and len(pc) > 5:
            return [f"{pc} {city}" + (f", {extra}" if extra else "")]
        return [
            r.choice([f"({pc[1:]}) {city}", f"{city} ({pc[1:]})"]) + (f", {extra}" if extra else "")
        ]
    if locale == "it_IT":
        return [r.choice([f"{pc} {city} ({extra})", f"{pc} {city} {extra}", f"{pc} {city}"])]
    prefix = {"de_CH": "CH-", "fr_BE": "B-"}.get(locale, "")
    if prefix and r.random() < 0.2:
        return [f"{prefix}{pc} {city}"]
    if locale in ("nl_NL", "fi_FI") and r.random() < 0.3:
        return [f"{pc}  {city.upper()}" if locale == "nl_NL" else f"{pc} {city.upper()}"]
    return [f"{pc} {city}"]


# ---------------------------------------------------------------------------------------------
# Language packs. Slots: {name} {first} {last} {name_uc} {name_lc} {first_lc} {name_rev}
# {email} {phone} {card} {iban} {ip} {dob} {addr} {addr1} {ssn} {secret} {urlcred} (":2" = the
# second person, mostly the agent), {title} (outside spans), {company}, {n:kind} (a planted
# negative), {p:kind} (the same kind of value, unlabelled).
# ---------------------------------------------------------------------------------------------

EN = {
    "greet": ["Hi,", "Hello,", "Hi there,", "Hello team,", "Good morning,", "Hey support,"],
    "greet_to": ["Hi {first:2},", "Dear {title:2} {last:2},", "Hello {first:2},", "{first:2},"],
    "greet_cust": ["Hi {first},", "Dear {title} {last},", "Hello {first},", "Dear {name},"],
    "signoff": ["Thanks,", "Kind regards,", "Best,", "Regards,", "Thank you,", "Many thanks,"],
    "sig": [
        "{first}",
        "{name}",
        "{name}\n{phone}",
        "{first}\n{addr}",
        "{name} | {phone}",
        "--\n{name}\nM: {phone:m}\nE: {email}",
        "{name_uc}",
        "{name}\n{addr}\n{phone}",
        "{first} ({email})",
    ],
    "sent_from": ["Sent from my iPhone", "Sent from Outlook for Android", "Sent from my Galaxy"],
    "say": {
        "person": [
            "I spoke to {first:2} on the phone yesterday and was told it would be sorted.",
            "Your colleague {name:2} said to email this address instead.",
            "My partner {name:3} may call on my behalf, she is authorised on the account.",
            "Please ask {first:2} to give me a call back, they know the history.",
            "I dealt with {title:2} {last:2} last time, who was very helpful.",
            "cc'ing {first:3}, who handles this at our end.",
        ],
        "phone": [
            "You can reach me on {phone} most days.",
            "Best number is {phone:m} (mobile), or {phone:f} after 6.",
            "Please call me back on {phone}.",
            "My number changed, it's now {phone}.",
            "Phone: {phone} ext. {p:ext}",
        ],
        "email": [
            "Please send the confirmation to {email} rather than my work address.",
            "My login email is {email}.",
            "Can you update my email to {email}? The old one no longer works.",
            "Reply to {email} please, I don't check the other inbox.",
        ],
        "addr": [
            "Delivery address is {addr}.",
            "Please send it to:\n{addr}",
            "I've moved, my new address is {addr1}.",
            "The postal address on file should be {addr1}.",
        ],
        "dob": [
            "My date of birth is {dob} if you need to verify me.",
            "For security: DOB {dob}.",
            "I was born on {dob}, in case that helps find the account.",
            "Date of birth: {dob}",
        ],
        "card": [
            "The charge went on my card {card}, exp {p:date}.",
            "I paid with the card ending in the number {card}, please refund to that.",
            "Card number: {card}",
        ],
        "iban": [
            "Please refund the money to my account, IBAN {iban}.",
            "Bank details for the refund: IBAN {iban}",
            "My salary account changed to {iban}.",
        ],
        "ip": [
            "I'm connecting from {ip} if you need to whitelist it.",
            "The login alert showed {ip}, which isn't me.",
            "Our office public IP is {ip}.",
        ],
        "ssn": [
            "My SSN is {ssn}, please keep it safe.",
            "The form asks for my Social Security number, which is {ssn}.",
            "SSN: {ssn}",
        ],
        "secret": [
            "I pasted our API key in the last ticket by mistake: {secret}. Please rotate it.",
            "The token we use is {secret} and it started failing this morning.",
            "Temporary password they gave me was {secret:password} but it doesn't work.",
        ],
        "urlcred": [
            "The connection string is {urlcred} and it times out.",
            "We point the job at {urlcred}, nothing else changed.",
        ],
    },
    "neg": [
        "The router is at {n:private_ip} if that helps.",
        "We're on version {n:version} on all machines.",
        "It's the {n:product_name} I ordered, not the other one.",
        "I moved out of {n:city_only} last year so some records may be outdated.",
        "The depot on {n:street_only} said they never got it.",
        "Does your service cover the {n:postcode_only} area?",
        "Request ID {n:uuid} came back with an error.",
        "The checksum of the file was {n:hash}.",
        "It broke right after commit {n:git_sha} went out.",
        "I was charged {n:amount} twice on {n:date}.",
        "Someone came by at {n:time} but nobody rang the bell.",
        "The email came from {n:hostname}, not sure if that's legit.",
        "{n:company} did the installation.",
        "The phone's IMEI is {n:imei}.",
    ],
    "sit": {
        "ecom": (
            ["Where is my parcel?", "Order not delivered"],
            [
                "My parcel was due on {p:date} but tracking still shows it at the depot.",
                "Could you deliver it to {addr1} instead? I'm at work during the day.",
                "The courier left a card saying nobody was home, which isn't true.",
            ],
            [
                ("Order number", "order_id"),
                ("Tracking number", "tracking_no"),
                ("Invoice", "invoice_no"),
            ],
        ),
        "returns": (
            ["Refund still pending", "Return request"],
            [
                "I sent the jacket back two weeks ago and still haven't seen the refund.",
                "The item arrived damaged, so I'd like to return it for a full refund.",
                "Please refund to the original card {card} rather than store credit.",
            ],
            [("Order", "order_id"), ("Return label", "tracking_no"), ("RMA", "ticket_id")],
        ),
        "saas": (
            ["Locked out of my account", "2FA reset"],
            [
                "I got a new phone and lost my authenticator, so I can't log in.",
                "Please reset 2FA for the account registered to {email}.",
                "Our workspace admin left the company and nobody can manage billing.",
            ],
            [("Workspace ID", "uuid"), ("Invoice", "invoice_no"), ("Customer ID", "customer_no")],
        ),
        "it": (
            ["Laptop won't connect to VPN", "Printer on 3rd floor"],
            [
                "Since the update my laptop can't connect to the VPN from home.",
                "Outlook keeps asking for my password, I've restarted twice.",
                "The shared drive is really slow for everyone on our floor.",
            ],
            [("Asset tag", "serial_no"), ("Serial", "serial_no"), ("Ticket", "ticket_id")],
        ),
        "bank": (
            ["Card blocked", "Unknown transaction"],
            [
                "There's a transaction I don't recognise on my statement from {p:date}.",
                "My card was blocked after I used it abroad, can you unblock it?",
                "I need a bank reference letter for my new landlord.",
            ],
            [
                ("Sort code", "sort_code"),
                ("Reference", "payment_ref"),
                ("Customer no.", "customer_no"),
            ],
        ),
        "insure": (
            ["Claim update", "Windscreen claim"],
            [
                "I'm following up on my claim, the assessor hasn't been in touch.",
                "A stone cracked the windscreen on the motorway last week.",
                "Water came through the ceiling from the flat upstairs.",
            ],
            [("Policy number", "policy_no"), ("Claim ref", "case_no")],
        ),
        "travel": (
            ["Flight cancelled", "Change of booking"],
            [
                "Our flight was cancelled and we were rebooked two days later.",
                "I need to change the name on the booking, there's a typo.",
                "Can I add a checked bag to the return leg?",
            ],
            [
                ("Booking reference", "booking_ref"),
                ("Flight", "flight_no"),
                ("Ticket", "ticket_id"),
            ],
        ),
        "energy": (
            ["Meter reading", "Bill seems too high"],
            [
                "My last bill is nearly double the usual amount, please check the reading.",
                "Here's my meter reading for this month, photo attached.",
                "We're moving out at the end of the month and need a final bill.",
            ],
            [
                ("Meter number", "meter_no"),
                ("Account number", "customer_no"),
                ("Invoice", "invoice_no"),
            ],
        ),
        "health": (
            ["Appointment change", "Booking a check-up"],
            [
                "I need to move my appointment on {p:date}, something came up at work.",
                "Could I get an earlier slot with the practice nurse?",
                "Please confirm my appointment by text, I can't always check email.",
            ],
            [("Patient ref", "customer_no"), ("Appointment", "ticket_id")],
        ),
        "property": (
            ["Boiler broken", "Deposit return"],
            [
                "The boiler in the flat at {addr1} has stopped working again.",
                "We moved out on {p:date} and are still waiting on the bond.",
                "The landlord wants access on Friday, is that alright?",
            ],
            [("Tenancy ref", "contract_no"), ("Rent", "amount")],
        ),
        "hr": (
            ["Payslip question", "Update bank details"],
            [
                "My overtime for last month is missing from the payslip.",
                "Please update my bank details for payroll: {iban}.",
                "I'm starting parental leave next month and need the forms.",
            ],
            [("Employee no.", "customer_no"), ("Payroll run", "date")],
        ),
        "gov": (
            ["Form question", "Application status"],
            [
                "I submitted the application online but never got a confirmation.",
                "The form won't accept my postcode, it says invalid.",
                "Do I need to send certified copies or are scans fine?",
            ],
            [("Case number", "case_no"), ("Reference", "payment_ref")],
        ),
        "telecom": (
            ["No internet since Monday", "Porting my number"],
            [
                "Our broadband has been down since Monday, the lights on the modem are red.",
                "I'd like to port my number {phone} over from my old provider.",
                "My new SIM still hasn't activated.",
            ],
            [("Account", "customer_no"), ("SIM serial", "serial_no"), ("Contract", "contract_no")],
        ),
        "edu": (
            ["Enrolment query", "Course login"],
            [
                "I enrolled last week but can't see the course in the portal.",
                "My son needs a copy of his transcript for a university application.",
                "The exam timetable clashes with another module.",
            ],
            [("Student number", "customer_no"), ("Fee", "amount"), ("Invoice", "invoice_no")],
        ),
    },
    "labels": {
        "person": ["Name", "Full name", "Customer", "Contact name", "Requester"],
        "email": ["Email", "E-mail address", "Email address"],
        "phone": ["Phone", "Mobile", "Phone number", "Contact number"],
        "addr": ["Address", "Shipping address", "Postal address"],
        "dob": ["Date of birth", "DOB", "Birth date"],
        "card": ["Card number", "Card"],
        "iban": ["IBAN", "Bank account (IBAN)"],
        "ip": ["IP address", "Client IP"],
        "ssn": ["SSN", "Social Security number"],
        "msg": ["Message", "Comments", "Details", "Your question"],
        "subject": ["Subject"],
    },
    "form_titles": ["Contact form submission", "New web form entry", "Callback request", "Form: "],
    "ask": {
        "email": ["Can I have the email on the account?", "What's your email address?"],
        "phone": [
            "What's the best number to reach you on?",
            "Could you confirm your phone number?",
        ],
        "addr": ["And the delivery address?", "What's the address on the account?"],
        "dob": [
            "To verify, could I get your date of birth?",
            "What is your date of birth, please?",
        ],
        "person": ["Who am I speaking with?", "Can I get your full name?"],
    },
    "answer": ["{v}", "sure, it's {v}", "{v} thanks", "it's {v}"],
    "chat_open": ["Hi, you're chatting with {first:2}. How can I help?", "Hello! {first:2} here."],
    "chat_bye": [
        "Thanks, that's all sorted.",
        "Anything else I can help with?",
        "Have a good day!",
    ],
    "chat_cust": ["ok thanks", "great, cheers", "no that's all", "perfect"],
    "bot": ["Agent", "Support", "Bot", "Virtual assistant"],
    "quote": [
        "On {p:date} at {p:time}, {name} <{email}> wrote:",
        "{name} wrote:",
        "On {p:date}, {email} wrote:",
    ],
    "fwd": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fwd_intro": [
        "FYI, see below.",
        "Can someone pick this up?",
        "Forwarding, customer called too.",
    ],
    "ticket": ["Ticket", "Status", "Priority", "Requester", "Created", "Subject", "Description"],
    "ticket_vals": (["Open", "Pending", "Solved"], ["High", "Normal", "Low"], "Internal note"),
    "intro": {
        "config": ["Here's the config we're running:", "Our settings file, in case it helps:"],
        "log": ["Logs from this morning:", "This is what the server logged:"],
        "json": ["Payload from the webhook:", "Here's the API response:"],
        "table": ["Summary below:", "Details as requested:"],
        "csv": ["Export attached, pasted below:", "Here are the affected records:"],
    },
    "reply": [
        "Thanks for getting back to us. I've passed this to the team and will update you today.",
        "Sorry about the trouble. Could you confirm the details below are still correct?",
        "Thanks, this is now fixed on our side. Let us know if anything else comes up.",
    ],
    "note": [
        "Customer {name} called from {phone}, wants a callback about the bill.",
        "{first} rang again, very unhappy. Promised update by end of day.",
        "Left voicemail for {title} {last} on {phone}.",
        "Spoke to {name}; address confirmed as {addr1}.",
        "Caller verified with DOB {dob}. Issue escalated.",
        "Emailed {email} with the return label.",
    ],
    "note_nopii": [
        "Customer called, issue resolved on first contact.",
        "Escalated to second line, waiting on vendor.",
        "Duplicate of earlier ticket, closing.",
    ],
    "voicemail": (
        "Voicemail from {phone} at {p:time}",
        [
            "Hi, it's {first} calling about my order, could you ring me back? Thanks.",
            "Hello, this is {name}, I'm calling about the bill, my number is {phone}.",
            "Hi there, {first} here, I've been waiting on a refund, call me back please.",
        ],
    ),
    "team": ["The Support Team", "Customer Care", "Accounts team", "IT Service Desk"],
}

DE = {
    "greet": [
        "Grüezi",
        "Guten Tag",
        "Hallo zusammen",
        "Grüezi mitenand",
        "Sehr geehrte Damen und Herren",
    ],
    "greet_to": ["Grüezi {title:2} {last:2}", "Hallo {first:2}", "Hoi {first:2}", "Sali {first:2}"],
    "greet_cust": ["Grüezi {title} {last}", "Hallo {first}", "Guten Tag {name}", "Sali {first}"],
    "signoff": ["Freundliche Grüsse", "Liebe Grüsse", "Beste Grüsse", "Merci und Gruss", "Gruss"],
    "sig": [
        "{first}",
        "{name}",
        "{name}\nNatel {phone:m}",
        "{name}\n{addr}",
        "{name} | {phone}",
        "--\n{name}\nTel. {phone}\n{email}",
        "{name_uc}",
        "{first}\n{addr}\n{phone}",
        "{title} {name}",
    ],
    "sent_from": ["Von meinem iPhone gesendet", "Gesendet von Outlook für Android"],
    "say": {
        "person": [
            "Ich habe gestern mit {first:2} telefoniert, es hiess, das sei bald erledigt.",
            "Bei Ihnen hat mir {name:2} gesagt, ich solle mich hier melden.",
            "Meine Frau {name:3} darf in meinem Namen anrufen.",
            "Bitte richten Sie {name:2} aus, dass ich zurückrufe.",
            "{first:3} aus der Buchhaltung ist in Kopie.",
        ],
        "phone": [
            "Sie erreichen mich unter {phone}.",
            "Am besten auf dem Natel: {phone:m}, tagsüber im Geschäft {phone:f}.",
            "Bitte rufen Sie mich zurück unter {phone}.",
            "Meine neue Nummer ist {phone}.",
            "Tel. {phone} (intern {p:ext})",
        ],
        "email": [
            "Bitte senden Sie die Bestätigung an {email}.",
            "Mein Login ist {email}.",
            "Können Sie meine E-Mail-Adresse auf {email} ändern?",
        ],
        "addr": [
            "Lieferadresse: {addr}",
            "Bitte an folgende Adresse schicken:\n{addr}",
            "Wir sind umgezogen, neu wohnen wir an der {addr1}.",
            "Die Rechnungsadresse lautet {addr1}.",
        ],
        "dob": [
            "Mein Geburtsdatum ist der {dob}.",
            "Zur Identifikation: geb. {dob}",
            "Ich bin am {dob} geboren, falls Sie das brauchen.",
        ],
        "card": [
            "Die Belastung lief über meine Kreditkarte {card}.",
            "Bitte die Rückerstattung auf die Karte {card} buchen.",
            "Kartennummer: {card}",
        ],
        "iban": [
            "Bitte überweisen Sie den Betrag auf mein Konto, IBAN {iban}.",
            "Meine neue IBAN lautet {iban}.",
            "Kontoverbindung für die Rückzahlung: {iban}",
        ],
        "ip": [
            "Ich verbinde mich von {ip} aus.",
            "Der Login-Alarm zeigte die IP {ip}, das war nicht ich.",
            "Unsere feste IP im Büro ist {ip}.",
        ],
        "secret": [
            "Ich habe aus Versehen unseren API-Key ins Ticket kopiert: {secret}. Bitte sperren.",
            "Das Token {secret} funktioniert seit heute Morgen nicht mehr.",
            "Das Initialpasswort war {secret:password}, aber es geht nicht.",
        ],
        "urlcred": [
            "Der Connection-String ist {urlcred}, es gibt einen Timeout.",
            "Der Job zeigt auf {urlcred}, sonst haben wir nichts geändert.",
        ],
    },
    "neg": [
        "Der Router hat die Adresse {n:private_ip}.",
        "Wir sind auf Version {n:version}.",
        "Es geht um das {n:product_name}, nicht das andere Modell.",
        "Ich bin letztes Jahr aus {n:city_only} weggezügelt.",
        "Die Filiale an der {n:street_only} hat nichts erhalten.",
        "Liefern Sie auch in die PLZ {n:postcode_only}?",
        "Request-ID {n:uuid} gibt einen Fehler.",
        "Die Prüfsumme war {n:hash}.",
        "Seit dem Commit {n:git_sha} geht es nicht mehr.",
        "Mir wurden {n:amount} am {n:date} doppelt belastet.",
        "Der Techniker kam um {n:time}, aber niemand hat geläutet.",
        "Das Mail kam von {n:hostname}, ist das echt?",
        "Die Installation hat {n:company} gemacht.",
        "Die IMEI vom Natel ist {n:imei}.",
        "Unsere MWST-Nummer: {n:vat_no}",
    ],
    "sit": {
        "ecom": (
            ["Paket nicht angekommen", "Lieferung"],
            [
                "Mein Paket hätte am {p:date} kommen sollen, die Sendungsverfolgung steht still.",
                "Könnten Sie es an {addr1} liefern? Ich bin tagsüber nicht zu Hause.",
                "Der Pöstler hat eine Abholungseinladung hinterlassen, obwohl ich da war.",
            ],
            [
                ("Bestellnummer", "order_id"),
                ("Sendungsnummer", "tracking_no"),
                ("Rechnung", "invoice_no"),
            ],
        ),
        "returns": (
            ["Rückerstattung", "Retoure"],
            [
                "Ich habe die Schuhe vor zwei Wochen retourniert und noch kein Geld erhalten.",
                "Der Artikel kam beschädigt an, ich möchte ihn zurückschicken.",
                "Bitte die Gutschrift auf die Karte {card} statt als Gutschein.",
            ],
            [("Bestellung", "order_id"), ("Retourenetikette", "tracking_no")],
        ),
        "saas": (
            ["Kein Zugriff mehr", "Zwei-Faktor zurücksetzen"],
            [
                "Ich habe ein neues Natel und komme nicht mehr ins Konto.",
                "Bitte 2FA für das Konto {email} zurücksetzen.",
                "Unser Admin hat die Firma verlassen, niemand kann die Lizenzen verwalten.",
            ],
            [("Kundennummer", "customer_no"), ("Workspace", "uuid")],
        ),
        "it": (
            ["VPN geht nicht", "Drucker im 2. Stock"],
            [
                "Seit dem Update verbindet sich mein Laptop nicht mehr mit dem VPN.",
                "Outlook fragt ständig nach dem Passwort.",
                "Das Netzlaufwerk ist extrem langsam für die ganze Abteilung.",
            ],
            [
                ("Inventarnummer", "serial_no"),
                ("Seriennummer", "serial_no"),
                ("Ticket", "ticket_id"),
            ],
        ),
        "bank": (
            ["Karte gesperrt", "Unbekannte Belastung"],
            [
                "Auf meinem Kontoauszug ist eine Belastung vom {p:date}, die ich nicht kenne.",
                "Meine Karte wurde nach einer Zahlung im Ausland gesperrt.",
                "Ich brauche eine Bankbestätigung für die neue Verwaltung.",
            ],
            [("Referenz", "payment_ref"), ("Kundennummer", "customer_no")],
        ),
        "insure": (
            ["Schadenmeldung", "Frage zur Police"],
            [
                "Ich möchte einen Wasserschaden melden, die Decke im Bad ist nass.",
                "Der Experte hat sich noch nicht gemeldet.",
                "Beim Parkieren wurde mein Auto angefahren.",
            ],
            [("Policennummer", "policy_no"), ("Schadennummer", "case_no")],
        ),
        "travel": (
            ["Flug annulliert", "Umbuchung"],
            [
                "Unser Flug wurde annulliert und wir wurden zwei Tage später umgebucht.",
                "Der Name auf dem Billett ist falsch geschrieben.",
                "Kann ich noch ein Gepäckstück dazubuchen?",
            ],
            [("Buchungsnummer", "booking_ref"), ("Flug", "flight_no")],
        ),
        "energy": (
            ["Zählerstand", "Rechnung zu hoch"],
            [
                "Die letzte Stromrechnung ist fast doppelt so hoch wie sonst.",
                "Anbei der Zählerstand von heute.",
                "Wir zügeln Ende Monat und brauchen eine Schlussrechnung.",
            ],
            [
                ("Zählernummer", "meter_no"),
                ("Vertragsnummer", "contract_no"),
                ("Rechnung", "invoice_no"),
            ],
        ),
        "health": (
            ["Termin verschieben", "Terminanfrage"],
            [
                "Ich muss meinen Termin vom {p:date} leider verschieben.",
                "Hätten Sie einen früheren Termin frei?",
                "Bitte bestätigen Sie den Termin per SMS.",
            ],
            [("Patientennummer", "customer_no"), ("Termin", "time")],
        ),
        "property": (
            ["Heizung defekt", "Mietzinsdepot"],
            [
                "Die Heizung in der Wohnung an der {addr1} ist wieder ausgefallen.",
                "Wir sind am {p:date} ausgezogen und warten noch auf das Mietzinsdepot.",
                "Der Hauswart möchte am Freitag in die Wohnung, passt das?",
            ],
            [("Mietvertrag", "contract_no"), ("Mietzins", "amount")],
        ),
        "hr": (
            ["Lohnabrechnung", "Neue Bankverbindung"],
            [
                "Auf der Lohnabrechnung fehlen die Überstunden vom letzten Monat.",
                "Bitte den Lohn neu auf {iban} überweisen.",
                "Ich brauche die Formulare für den Vaterschaftsurlaub.",
            ],
            [("Personalnummer", "customer_no"), ("Lohnlauf", "date")],
        ),
        "gov": (
            ["Frage zum Formular", "Steuererklärung"],
            [
                "Ich habe das Gesuch online eingereicht, aber keine Bestätigung erhalten.",
                "Die Einwohnerkontrolle hat meine neue Adresse noch nicht erfasst.",
                "Reicht eine Kopie oder brauchen Sie das Original?",
            ],
            [("Dossiernummer", "case_no"), ("Referenz", "payment_ref")],
        ),
        "telecom": (
            ["Kein Internet", "Nummer portieren"],
            [
                "Seit Montag haben wir kein Internet, die Box blinkt rot.",
                "Ich möchte meine Nummer {phone} zu Ihnen portieren.",
                "Die neue SIM-Karte ist immer noch nicht aktiv.",
            ],
            [
                ("Kundennummer", "customer_no"),
                ("SIM-Nummer", "serial_no"),
                ("Vertrag", "contract_no"),
            ],
        ),
        "edu": (
            ["Einschreibung", "Zugang Lernplattform"],
            [
                "Ich habe mich eingeschrieben, sehe den Kurs aber nicht auf der Plattform.",
                "Meine Tochter braucht eine Bestätigung für die Lehrstelle.",
                "Die Prüfung kollidiert mit einem anderen Modul.",
            ],
            [("Matrikelnummer", "customer_no"), ("Semestergebühr", "amount")],
        ),
    },
    "labels": {
        "person": ["Name", "Vorname Name", "Kunde", "Kontaktperson", "Antragsteller"],
        "email": ["E-Mail", "E-Mail-Adresse", "Mail"],
        "phone": ["Telefon", "Natel", "Tel.", "Mobile"],
        "addr": ["Adresse", "Lieferadresse", "Wohnadresse"],
        "dob": ["Geburtsdatum", "Geb.-Datum", "geboren am"],
        "card": ["Kartennummer", "Kreditkarte"],
        "iban": ["IBAN", "Kontonummer (IBAN)"],
        "ip": ["IP-Adresse", "Client-IP"],
        "msg": ["Nachricht", "Mitteilung", "Ihr Anliegen", "Bemerkungen"],
        "subject": ["Betreff"],
    },
    "form_titles": ["Kontaktformular", "Neue Anfrage über das Webformular", "Rückrufwunsch"],
    "ask": {
        "email": ["Welche E-Mail-Adresse ist beim Konto hinterlegt?", "Ihre E-Mail-Adresse bitte?"],
        "phone": [
            "Unter welcher Nummer erreiche ich Sie?",
            "Können Sie Ihre Natelnummer bestätigen?",
        ],
        "addr": ["Und die Lieferadresse?", "Welche Adresse ist hinterlegt?"],
        "dob": ["Zur Sicherheit: Ihr Geburtsdatum?", "Wie lautet Ihr Geburtsdatum?"],
        "person": ["Mit wem spreche ich?", "Ihr vollständiger Name bitte?"],
    },
    "answer": ["{v}", "klar, {v}", "{v} merci", "das wäre {v}"],
    "chat_open": [
        "Grüezi, hier ist {first:2}. Wie kann ich helfen?",
        "Hallo! {first:2} am Apparat.",
    ],
    "chat_bye": [
        "Perfekt, dann ist alles erledigt.",
        "Kann ich sonst noch helfen?",
        "En schöne Tag!",
    ],
    "chat_cust": ["ok merci", "super, danke vielmal", "nein, das wärs", "perfekt"],
    "bot": ["Kundendienst", "Support", "Bot", "Agent"],
    "quote": ["Am {p:date} um {p:time} schrieb {name} <{email}>:", "{name} schrieb:"],
    "fwd": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fwd_intro": [
        "Zur Info, siehe unten.",
        "Kann das jemand übernehmen?",
        "Kunde hat auch angerufen.",
    ],
    "ticket": [
        "Ticket",
        "Status",
        "Priorität",
        "Anfragende Person",
        "Erstellt",
        "Betreff",
        "Beschreibung",
    ],
    "ticket_vals": (
        ["Offen", "In Bearbeitung", "Gelöst"],
        ["Hoch", "Normal", "Tief"],
        "Interne Notiz",
    ),
    "intro": {
        "config": ["Hier unsere Konfiguration:", "Das ist unser Settings-File:"],
        "log": ["Die Logs von heute Morgen:", "Das steht im Serverlog:"],
        "json": ["Payload vom Webhook:", "Antwort der API:"],
        "table": ["Zusammenfassung:", "Die Angaben wie gewünscht:"],
        "csv": ["Export unten eingefügt:", "Die betroffenen Datensätze:"],
    },
    "reply": [
        "Besten Dank für Ihre Rückmeldung. Ich habe das ans Team weitergeleitet.",
        "Entschuldigen Sie die Umstände. Stimmen die Angaben unten noch?",
        "Das ist nun behoben. Melden Sie sich, falls noch etwas ist.",
    ],
    "note": [
        "Kunde {name} hat von {phone} angerufen, wünscht Rückruf wegen Rechnung.",
        "{first} hat nochmals angerufen, sehr verärgert. Rückmeldung bis heute Abend versprochen.",
        "Combox-Nachricht für {title} {last} auf {phone} hinterlassen.",
        "Mit {name} gesprochen; Adresse bestätigt: {addr1}.",
        "Anrufer mit Geburtsdatum {dob} verifiziert. Eskaliert.",
        "Retourenetikette an {email} geschickt.",
    ],
    "note_nopii": [
        "Kunde hat angerufen, beim ersten Kontakt gelöst.",
        "An Second Level eskaliert, warten auf Lieferant.",
        "Duplikat, wird geschlossen.",
    ],
    "voicemail": (
        "Combox-Nachricht von {phone} um {p:time}",
        [
            "Grüezi, hier ist {first}, es geht um meine Bestellung, bitte rufen Sie zurück.",
            "Guten Tag, {name} am Apparat, wegen der Rechnung, meine Nummer ist {phone}.",
            "Hallo, {first} hier, ich warte immer noch auf die Rückerstattung.",
        ],
    ),
    "team": ["Ihr Kundendienst", "Das Support-Team", "IT Servicedesk", "Buchhaltung"],
}

FR = {
    "greet": ["Bonjour,", "Bonjour à tous,", "Madame, Monsieur,", "Bonsoir,", "Bonjour l'équipe,"],
    "greet_to": [
        "Bonjour {first:2},",
        "Bonjour {title:2} {last:2},",
        "Hello {first:2},",
        "Salut {first:2},",
    ],
    "greet_cust": [
        "Bonjour {title} {last},",
        "Bonjour {first},",
        "Bonjour {name},",
        "Bonsoir {first},",
    ],
    "signoff": [
        "Cordialement,",
        "Bien à vous,",
        "Meilleures salutations,",
        "Merci d'avance,",
        "Bàv,",
    ],
    "sig": [
        "{first}",
        "{name}",
        "{name}\nGSM : {phone:m}",
        "{name}\n{addr}",
        "{name} - {phone}",
        "--\n{name}\nTél. {phone}\n{email}",
        "{name_uc}",
        "{first}\n{addr}\n{phone}",
        "{title} {name}",
    ],
    "sent_from": ["Envoyé de mon iPhone", "Envoyé depuis Outlook pour Android"],
    "say": {
        "person": [
            "J'ai eu {first:2} au téléphone hier, on m'a dit que c'était en cours.",
            "Votre collègue {name:2} m'a conseillé d'écrire à cette adresse.",
            "Mon épouse {name:3} peut appeler en mon nom.",
            "Pourriez-vous dire à {title:2} {last:2} que je rappellerai demain ?",
            "Je mets {first:3} en copie, c'est elle qui gère ça chez nous.",
        ],
        "phone": [
            "Vous pouvez me joindre au {phone}.",
            "Mon GSM : {phone:m}, ou au bureau le {phone:f}.",
            "Merci de me rappeler au {phone}.",
            "Mon nouveau numéro est le {phone}.",
            "Tél. {phone} (poste {p:ext})",
        ],
        "email": [
            "Merci d'envoyer la confirmation à {email}.",
            "Mon identifiant est {email}.",
            "Pouvez-vous changer mon adresse e-mail en {email} ?",
        ],
        "addr": [
            "Adresse de livraison : {addr}",
            "Merci d'envoyer le colis à :\n{addr}",
            "J'ai déménagé, ma nouvelle adresse est {addr1}.",
            "L'adresse de facturation est {addr1}.",
        ],
        "dob": [
            "Ma date de naissance est le {dob}.",
            "Pour vérification : [[né|née]] le {dob}.",
            "Je suis [[né|née]] le {dob}, si ça peut aider.",
        ],
        "card": [
            "Le montant a été débité sur ma carte {card}.",
            "Merci de rembourser sur la carte {card}.",
            "Numéro de carte : {card}",
        ],
        "iban": [
            "Merci de verser le remboursement sur mon compte {iban}.",
            "Mon nouveau numéro de compte : {iban}",
            "Coordonnées bancaires : IBAN {iban}",
        ],
        "ip": [
            "Je me connecte depuis l'adresse {ip}.",
            "L'alerte de connexion indiquait l'IP {ip}, ce n'était pas moi.",
            "Notre IP fixe au bureau est {ip}.",
        ],
        "secret": [
            "J'ai collé notre clé API par erreur dans le ticket : {secret}. Merci de la révoquer.",
            "Le jeton {secret} ne fonctionne plus depuis ce matin.",
            "Le mot de passe provisoire était {secret:password} mais il est refusé.",
        ],
        "urlcred": [
            "La chaîne de connexion est {urlcred} et ça tombe en timeout.",
            "Le job pointe vers {urlcred}, rien d'autre n'a changé.",
        ],
    },
    "neg": [
        "Le routeur est en {n:private_ip}.",
        "Nous sommes en version {n:version}.",
        "Il s'agit du {n:product_name}, pas de l'autre modèle.",
        "J'ai quitté {n:city_only} l'an dernier.",
        "Le point relais de la {n:street_only} n'a rien reçu.",
        "Livrez-vous dans le {n:postcode_only} ?",
        "La requête {n:uuid} renvoie une erreur.",
        "L'empreinte du fichier était {n:hash}.",
        "Ça ne marche plus depuis le commit {n:git_sha}.",
        "On m'a prélevé {n:amount} deux fois le {n:date}.",
        "Le technicien est passé à {n:time} mais personne n'a sonné.",
        "Le mail venait de {n:hostname}, est-ce normal ?",
        "C'est {n:company} qui a fait l'installation.",
        "L'IMEI du GSM est {n:imei}.",
        "Notre numéro de TVA : {n:vat_no}",
    ],
    "sit": {
        "ecom": (
            ["Colis non reçu", "Où est ma commande ?"],
            [
                "Mon colis devait arriver le {p:date} mais le suivi n'a pas bougé.",
                "Pourriez-vous le livrer à l'adresse {addr1} ? Je suis au travail la journée.",
                "Le livreur a laissé un avis de passage alors que j'étais là.",
            ],
            [
                ("Numéro de commande", "order_id"),
                ("Numéro de suivi", "tracking_no"),
                ("Facture", "invoice_no"),
            ],
        ),
        "returns": (
            ["Remboursement", "Demande de retour"],
            [
                "J'ai renvoyé les chaussures il y a deux semaines et je n'ai toujours rien reçu.",
                "L'article est arrivé abîmé, je souhaite le retourner.",
                "Merci de rembourser sur la carte {card} plutôt qu'en bon d'achat.",
            ],
            [("Commande", "order_id"), ("Étiquette retour", "tracking_no")],
        ),
        "saas": (
            ["Accès bloqué", "Réinitialiser la double authentification"],
            [
                "J'ai changé de GSM et je n'ai plus accès à l'application d'authentification.",
                "Pouvez-vous réinitialiser la 2FA du compte {email} ?",
                "Notre administrateur a quitté la société, plus personne ne gère les licences.",
            ],
            [("Numéro client", "customer_no"), ("Espace de travail", "uuid")],
        ),
        "it": (
            ["VPN en panne", "Imprimante du 2e étage"],
            [
                "Depuis la mise à jour, mon portable ne se connecte plus au VPN.",
                "Outlook me redemande sans cesse mon mot de passe.",
                "Le lecteur réseau est très lent pour tout le service.",
            ],
            [
                ("Numéro d'inventaire", "serial_no"),
                ("Numéro de série", "serial_no"),
                ("Ticket", "ticket_id"),
            ],
        ),
        "bank": (
            ["Carte bloquée", "Opération inconnue"],
            [
                "Je vois sur mon extrait une opération du {p:date} que je ne reconnais pas.",
                "Ma carte a été bloquée après un paiement à l'étranger.",
                "J'ai besoin d'une attestation bancaire pour mon propriétaire.",
            ],
            [("Communication structurée", "payment_ref"), ("Numéro client", "customer_no")],
        ),
        "insure": (
            ["Déclaration de sinistre", "Suivi de mon dossier"],
            [
                "Je souhaite déclarer un dégât des eaux dans la salle de bain.",
                "L'expert ne m'a toujours pas contacté.",
                "Ma voiture a été accrochée sur un parking.",
            ],
            [("Numéro de police", "policy_no"), ("Dossier sinistre", "case_no")],
        ),
        "travel": (
            ["Vol annulé", "Modification de réservation"],
            [
                "Notre vol a été annulé et on nous a replacés deux jours plus tard.",
                "Il y a une faute dans le nom sur le billet.",
                "Puis-je ajouter un bagage en soute ?",
            ],
            [("Référence de réservation", "booking_ref"), ("Vol", "flight_no")],
        ),
        "energy": (
            ["Relevé de compteur", "Facture trop élevée"],
            [
                "Ma dernière facture est presque le double de d'habitude.",
                "Voici le relevé de mon compteur de ce mois-ci.",
                "Nous déménageons fin du mois, il nous faut une facture de clôture.",
            ],
            [
                ("Code EAN", "meter_no"),
                ("Numéro de contrat", "contract_no"),
                ("Facture", "invoice_no"),
            ],
        ),
        "health": (
            ["Changement de rendez-vous", "Prise de rendez-vous"],
            [
                "Je dois déplacer mon rendez-vous du {p:date}.",
                "Auriez-vous un créneau plus tôt ?",
                "Merci de confirmer le rendez-vous par SMS.",
            ],
            [("Numéro de dossier", "customer_no"), ("Heure", "time")],
        ),
        "property": (
            ["Chaudière en panne", "Garantie locative"],
            [
                "La chaudière de l'appartement ({addr1}) est encore en panne.",
                "Nous avons quitté le kot le {p:date} et attendons la garantie locative.",
                "Le syndic veut passer vendredi, ça vous convient ?",
            ],
            [("Bail", "contract_no"), ("Loyer", "amount")],
        ),
        "hr": (
            ["Fiche de paie", "Changement de compte bancaire"],
            [
                "Il manque mes heures supplémentaires sur la fiche de paie.",
                "Merci de verser mon salaire sur {iban} dorénavant.",
                "J'ai besoin des formulaires pour le congé de paternité.",
            ],
            [("Matricule", "customer_no"), ("Date de paie", "date")],
        ),
        "gov": (
            ["Question sur le formulaire", "État de ma demande"],
            [
                "J'ai introduit la demande en ligne mais je n'ai reçu aucune confirmation.",
                "La commune n'a pas encore enregistré mon changement d'adresse.",
                "Une copie suffit-elle ou faut-il l'original ?",
            ],
            [("Numéro de dossier", "case_no"), ("Communication", "payment_ref")],
        ),
        "telecom": (
            ["Plus d'internet", "Transfert de numéro"],
            [
                "Depuis lundi nous n'avons plus internet, le modem clignote en rouge.",
                "Je voudrais transférer mon numéro {phone} chez vous.",
                "Ma nouvelle carte SIM n'est toujours pas activée.",
            ],
            [
                ("Numéro client", "customer_no"),
                ("Numéro SIM", "serial_no"),
                ("Contrat", "contract_no"),
            ],
        ),
        "edu": (
            ["Inscription", "Accès à la plateforme"],
            [
                "Je suis [[inscrit|inscrite]] mais je ne vois pas le cours sur la plateforme.",
                "Mon fils a besoin d'une attestation de fréquentation.",
                "L'examen tombe en même temps qu'un autre cours.",
            ],
            [("Matricule étudiant", "customer_no"), ("Minerval", "amount")],
        ),
    },
    "labels": {
        "person": ["Nom", "Nom et prénom", "Client", "Personne de contact", "Demandeur"],
        "email": ["E-mail", "Adresse e-mail", "Courriel"],
        "phone": ["Téléphone", "GSM", "Tél."],
        "addr": ["Adresse", "Adresse de livraison", "Domicile"],
        "dob": ["Date de naissance", "Né(e) le"],
        "card": ["Numéro de carte", "Carte de crédit"],
        "iban": ["IBAN", "Compte bancaire"],
        "ip": ["Adresse IP", "IP client"],
        "msg": ["Message", "Votre demande", "Commentaires"],
        "subject": ["Objet"],
    },
    "form_titles": ["Formulaire de contact", "Nouvelle demande via le site", "Demande de rappel"],
    "ask": {
        "email": ["Quelle est l'adresse e-mail du compte ?", "Votre adresse e-mail svp ?"],
        "phone": ["À quel numéro puis-je vous joindre ?", "Pouvez-vous confirmer votre GSM ?"],
        "addr": ["Et l'adresse de livraison ?", "Quelle adresse avez-vous donnée ?"],
        "dob": [
            "Pour vérification, votre date de naissance ?",
            "Quelle est votre date de naissance ?",
        ],
        "person": ["À qui ai-je l'honneur ?", "Votre nom complet svp ?"],
    },
    "answer": ["{v}", "oui, c'est {v}", "{v} merci", "c'est le {v}"],
    "chat_open": [
        "Bonjour, ici {first:2}. Comment puis-je vous aider ?",
        "Bonjour ! {first:2} à votre écoute.",
    ],
    "chat_bye": [
        "Parfait, tout est réglé.",
        "Puis-je vous aider pour autre chose ?",
        "Bonne journée !",
    ],
    "chat_cust": ["ok merci", "super, merci beaucoup", "non c'est tout", "parfait"],
    "bot": ["Conseiller", "Support", "Bot", "Agent"],
    "quote": ["Le {p:date} à {p:time}, {name} <{email}> a écrit :", "{name} a écrit :"],
    "fwd": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "fwd_intro": [
        "Pour info, voir ci-dessous.",
        "Quelqu'un peut reprendre ?",
        "Le client a aussi appelé.",
    ],
    "ticket": ["Ticket", "Statut", "Priorité", "Demandeur", "Créé le", "Objet", "Description"],
    "ticket_vals": (
        ["Ouvert", "En attente", "Résolu"],
        ["Haute", "Normale", "Basse"],
        "Note interne",
    ),
    "intro": {
        "config": ["Voici notre configuration :", "Notre fichier de paramètres :"],
        "log": ["Les logs de ce matin :", "Voici ce que le serveur a loggé :"],
        "json": ["Payload du webhook :", "Réponse de l'API :"],
        "table": ["Récapitulatif :", "Les informations demandées :"],
        "csv": ["Export collé ci-dessous :", "Les enregistrements concernés :"],
    },
    "reply": [
        "Merci pour votre retour. J'ai transmis à l'équipe, je reviens vers vous aujourd'hui.",
        "Désolé pour le désagrément. Les informations ci-dessous sont-elles toujours correctes ?",
        "C'est corrigé de notre côté. N'hésitez pas si autre chose se présente.",
    ],
    "note": [
        "Client {name} a appelé du {phone}, souhaite être rappelé pour la facture.",
        "{first} a rappelé pour la troisième fois. Retour promis avant ce soir.",
        "Message laissé sur le répondeur de {title} {last} au {phone}.",
        "Parlé avec {name} ; adresse confirmée : {addr1}.",
        "Appelant vérifié, date de naissance {dob}. Escaladé.",
        "Étiquette retour envoyée à {email}.",
    ],
    "note_nopii": [
        "Client a appelé, résolu au premier contact.",
        "Escaladé au niveau 2, en attente du fournisseur.",
        "Doublon, fermé.",
    ],
    "voicemail": (
        "Message vocal du {phone} à {p:time}",
        [
            "Bonjour, c'est {first}, j'appelle pour ma commande, merci de me rappeler.",
            "Bonjour, ici {name}, c'est pour la facture, mon numéro est le {phone}.",
            "Oui bonjour, {first} à l'appareil, j'attends toujours le remboursement.",
        ],
    ),
    "team": ["Le service clientèle", "L'équipe support", "Service IT", "La comptabilité"],
}

ES = {
    "greet": [
        "Hola, ¿cómo andás?",
        "Hola,",
        "Buen día,",
        "Buenas tardes,",
        "Hola, buenas,",
        "Estimados,",
    ],
    "greet_to": [
        "Hola {first:2}, ¿cómo andás?",
        "{title:2} {last:2}, buen día:",
        "Hola {first:2},",
        "Buen día {first:2},",
    ],
    "greet_cust": [
        "Hola {first},",
        "Estimad[[o|a]] {title} {last}:",
        "Buen día {name},",
        "Hola {first}, ¿todo bien?",
    ],
    "signoff": [
        "Saludos,",
        "Gracias desde ya,",
        "Abrazo,",
        "Quedo a la espera,",
        "Muchas gracias,",
        "Slds,",
    ],
    "sig": [
        "{first}",
        "{name}",
        "{name}\nCel: {phone:m}",
        "{name}\n{addr}",
        "{name} | {phone}",
        "--\n{name}\nTel. {phone}\n{email}",
        "{name_uc}",
        "{first}\n{addr}\n{phone}",
    ],
    "sent_from": ["Enviado desde mi iPhone", "Enviado desde mi Samsung Galaxy"],
    "say": {
        "person": [
            "Ayer hablé con {first:2} por teléfono y me dijo que ya estaba en trámite.",
            "En la otra consulta {name:2} me dijo que escribiera a este mail.",
            "Mi mujer, {name:3}, puede llamar en mi nombre.",
            "¿Le podés avisar a {title:2} {last:2} que llamo mañana?",
            "Pongo en copia a {first:3}, que maneja esto de nuestro lado.",
        ],
        "phone": [
            "Me podés llamar al {phone}.",
            "Mi cel es {phone:m}, o al fijo {phone:f} después de las 18.",
            "Por favor llamame al {phone}.",
            "Cambié de número, ahora es {phone}.",
            "Tel. {phone} (int. {p:ext})",
        ],
        "email": [
            "Mandame la confirmación a {email}, porfa.",
            "Mi usuario es {email}.",
            "¿Me cambiás el mail de la cuenta a {email}?",
        ],
        "addr": [
            "Dirección de entrega: {addr}",
            "Mandalo a esta dirección:\n{addr}",
            "Me mudé, ahora vivo en {addr1}.",
            "La dirección de facturación es {addr1}.",
        ],
        "dob": [
            "Mi fecha de nacimiento es {dob}.",
            "Para validar: fecha de nac. {dob}",
            "Nací el {dob}, por si lo necesitás.",
        ],
        "card": [
            "Me lo cobraron en la tarjeta {card}.",
            "Devolvelo a la tarjeta {card}, por favor.",
            "Nro. de tarjeta: {card}",
        ],
        "iban": [
            "Tengo cuenta en España, el IBAN es {iban}.",
            "Para el reintegro usá mi cuenta IBAN {iban}.",
            "Datos bancarios: IBAN {iban}",
        ],
        "ip": [
            "Me conecto desde la IP {ip}.",
            "La alerta de inicio de sesión mostraba {ip}, no era yo.",
            "La IP fija de la oficina es {ip}.",
        ],
        "secret": [
            "Pegué sin querer nuestra API key en el ticket: {secret}. ¿La pueden revocar?",
            "El token {secret} dejó de andar esta mañana.",
            "La contraseña provisoria era {secret:password} pero no me deja entrar.",
        ],
        "urlcred": [
            "La cadena de conexión es {urlcred} y da timeout.",
            "El proceso apunta a {urlcred}, no cambiamos nada más.",
        ],
    },
    "neg": [
        "El router está en {n:private_ip}.",
        "Estamos en la versión {n:version}.",
        "Es el {n:product_name}, no el otro modelo.",
        "Me fui de {n:city_only} el año pasado.",
        "La sucursal de {n:street_only} dice que no lo recibió.",
        "¿Llegan al código postal {n:postcode_only}?",
        "El request {n:uuid} tira error.",
        "El hash del archivo era {n:hash}.",
        "Se rompió después del commit {n:git_sha}.",
        "Me cobraron {n:amount} dos veces el {n:date}.",
        "El técnico vino a las {n:time} y nadie tocó el timbre.",
        "El mail vino de {n:hostname}, ¿es legítimo?",
        "La instalación la hizo {n:company}.",
        "El IMEI del celular es {n:imei}.",
        "CUIT de la empresa: {n:vat_no}",
    ],
    "sit": {
        "ecom": (
            ["No me llegó el pedido", "Envío demorado"],
            [
                "El paquete tenía que llegar el {p:date} y el seguimiento no se mueve.",
                "¿Lo pueden mandar a {addr1}? De día estoy en el laburo.",
                "El cartero dejó un aviso de visita pero yo estaba en casa.",
            ],
            [
                ("Nro. de pedido", "order_id"),
                ("Nro. de seguimiento", "tracking_no"),
                ("Factura", "invoice_no"),
            ],
        ),
        "returns": (
            ["Reintegro pendiente", "Devolución"],
            [
                "Devolví las zapatillas hace dos semanas y todavía no vi la plata.",
                "El producto llegó roto, quiero devolverlo.",
                "Hacé el reintegro a la tarjeta {card}, no quiero crédito en la tienda.",
            ],
            [("Pedido", "order_id"), ("Etiqueta de devolución", "tracking_no")],
        ),
        "saas": (
            ["No puedo entrar a la cuenta", "Resetear doble factor"],
            [
                "Cambié de celular y perdí la app de autenticación.",
                "¿Me pueden resetear el 2FA de la cuenta {email}?",
                "El admin se fue de la empresa y nadie puede gestionar las licencias.",
            ],
            [("Nro. de cliente", "customer_no"), ("Workspace", "uuid")],
        ),
        "it": (
            ["No anda la VPN", "Impresora del 2° piso"],
            [
                "Desde la actualización la notebook no se conecta a la VPN.",
                "Outlook me pide la contraseña todo el tiempo.",
                "La unidad de red está lentísima para todo el sector.",
            ],
            [
                ("Nro. de inventario", "serial_no"),
                ("Nro. de serie", "serial_no"),
                ("Ticket", "ticket_id"),
            ],
        ),
        "bank": (
            ["Tarjeta bloqueada", "Consumo desconocido"],
            [
                "En el resumen aparece un consumo del {p:date} que no reconozco.",
                "Me bloquearon la tarjeta después de usarla afuera.",
                "Necesito una constancia bancaria para la inmobiliaria.",
            ],
            [("Referencia", "payment_ref"), ("Nro. de cliente", "customer_no")],
        ),
        "insure": (
            ["Denuncia de siniestro", "Consulta por la póliza"],
            [
                "Quiero hacer la denuncia de un choque, me rompieron el paragolpes.",
                "El perito todavía no se comunicó conmigo.",
                "Se filtró agua del departamento de arriba.",
            ],
            [("Nro. de póliza", "policy_no"), ("Nro. de siniestro", "case_no")],
        ),
        "travel": (
            ["Vuelo cancelado", "Cambio de reserva"],
            [
                "Nos cancelaron el vuelo y nos reprogramaron para dos días después.",
                "El nombre en el pasaje está mal escrito.",
                "¿Puedo sumar una valija al regreso?",
            ],
            [("Código de reserva", "booking_ref"), ("Vuelo", "flight_no")],
        ),
        "energy": (
            ["Lectura del medidor", "Factura muy alta"],
            [
                "La última factura de luz vino casi el doble de lo normal.",
                "Les paso la lectura del medidor de este mes.",
                "Nos mudamos a fin de mes, necesito la baja del servicio.",
            ],
            [
                ("Nro. de medidor", "meter_no"),
                ("Nro. de cuenta", "customer_no"),
                ("Factura", "invoice_no"),
            ],
        ),
        "health": (
            ["Cambio de turno", "Pedido de turno"],
            [
                "Necesito cambiar el turno del {p:date}, me surgió algo en el trabajo.",
                "¿Tienen algún turno antes?",
                "Confirmame el turno por WhatsApp si podés.",
            ],
            [("Nro. de afiliado", "customer_no"), ("Horario", "time")],
        ),
        "property": (
            ["Se rompió el calefón", "Devolución del depósito"],
            [
                "El calefón del departamento de {addr1} se rompió otra vez.",
                "Entregamos el depto el {p:date} y todavía no nos devolvieron el depósito.",
                "El encargado quiere entrar el viernes, ¿te parece bien?",
            ],
            [("Contrato", "contract_no"), ("Expensas", "amount")],
        ),
        "hr": (
            ["Recibo de sueldo", "Cambio de cuenta"],
            [
                "En el recibo de sueldo no figuran las horas extra del mes pasado.",
                "Desde ahora depositame el sueldo en {iban}, es mi cuenta en España.",
                "Necesito los formularios para la licencia por paternidad.",
            ],
            [("Legajo", "customer_no"), ("Fecha de liquidación", "date")],
        ),
        "gov": (
            ["Consulta por el trámite", "Estado de la solicitud"],
            [
                "Hice el trámite online pero nunca me llegó la confirmación.",
                "El formulario no me acepta el código postal.",
                "¿Alcanza con una copia o tengo que llevar el original?",
            ],
            [("Nro. de expediente", "case_no"), ("Referencia de pago", "payment_ref")],
        ),
        "telecom": (
            ["Sin internet", "Portabilidad"],
            [
                "Desde el lunes no tenemos internet, el módem está en rojo.",
                "Quiero pasar mi número {phone} a su compañía.",
                "El chip nuevo todavía no se activó.",
            ],
            [
                ("Nro. de cliente", "customer_no"),
                ("Nro. de SIM", "serial_no"),
                ("Contrato", "contract_no"),
            ],
        ),
        "edu": (
            ["Inscripción", "Acceso al campus virtual"],
            [
                "Me inscribí la semana pasada pero no veo la materia en el campus.",
                "Mi hija necesita un certificado de alumno regular.",
                "El final se superpone con otra materia.",
            ],
            [("Nro. de legajo", "customer_no"), ("Cuota", "amount")],
        ),
    },
    "labels": {
        "person": ["Nombre", "Nombre y apellido", "Cliente", "Contacto", "Solicitante"],
        "email": ["Email", "Correo electrónico", "Mail"],
        "phone": ["Teléfono", "Celular", "Tel."],
        "addr": ["Dirección", "Domicilio", "Dirección de entrega"],
        "dob": ["Fecha de nacimiento", "Fecha de nac."],
        "card": ["Nro. de tarjeta", "Tarjeta"],
        "iban": ["IBAN", "Cuenta (IBAN)"],
        "ip": ["Dirección IP", "IP"],
        "msg": ["Mensaje", "Consulta", "Comentarios"],
        "subject": ["Asunto"],
    },
    "form_titles": ["Formulario de contacto", "Nueva consulta desde la web", "Pedido de llamada"],
    "ask": {
        "email": ["¿Cuál es el mail de la cuenta?", "¿Me pasás tu correo?"],
        "phone": ["¿A qué número te llamo?", "¿Me confirmás tu celular?"],
        "addr": ["¿Y la dirección de entrega?", "¿Qué dirección tenés cargada?"],
        "dob": ["Para validar, ¿tu fecha de nacimiento?", "¿Me decís tu fecha de nacimiento?"],
        "person": ["¿Con quién hablo?", "¿Tu nombre completo?"],
    },
    "answer": ["{v}", "sí, es {v}", "{v} gracias", "dale, {v}"],
    "chat_open": ["Hola, te atiende {first:2}. ¿En qué te puedo ayudar?", "¡Hola! Soy {first:2}."],
    "chat_bye": [
        "Listo, ya quedó resuelto.",
        "¿Te puedo ayudar con algo más?",
        "¡Que tengas buen día!",
    ],
    "chat_cust": ["ok gracias", "genial, mil gracias", "no, eso es todo", "joya"],
    "bot": ["Asesor", "Soporte", "Bot", "Asistente virtual"],
    "quote": ["El {p:date} a las {p:time}, {name} <{email}> escribió:", "{name} escribió:"],
    "fwd": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    "fwd_intro": [
        "Te reenvío, mirá abajo.",
        "¿Alguien lo puede tomar?",
        "El cliente también llamó.",
    ],
    "ticket": ["Ticket", "Estado", "Prioridad", "Solicitante", "Creado", "Asunto", "Descripción"],
    "ticket_vals": (
        ["Abierto", "Pendiente", "Resuelto"],
        ["Alta", "Normal", "Baja"],
        "Nota interna",
    ),
    "intro": {
        "config": ["Te paso la config que tenemos:", "Este es nuestro archivo de configuración:"],
        "log": ["Los logs de esta mañana:", "Esto es lo que logueó el servidor:"],
        "json": ["Payload del webhook:", "La respuesta de la API:"],
        "table": ["Resumen:", "Los datos que pediste:"],
        "csv": ["Pego el export abajo:", "Los registros afectados:"],
    },
    "reply": [
        "Gracias por escribirnos. Ya lo pasé al equipo y te aviso hoy.",
        "Perdón por las molestias. ¿Me confirmás que los datos de abajo siguen bien?",
        "Listo, ya está resuelto. Cualquier cosa nos escribís.",
    ],
    "note": [
        "Llamó {name} desde el {phone}, pide que le devuelvan la llamada por la factura.",
        "{first} volvió a llamar, es la tercera vez. Le prometimos respuesta hoy.",
        "Le dejé mensaje a {title} {last} en el {phone}.",
        "Hablé con {name}; dirección confirmada: {addr1}.",
        "Validado con fecha de nacimiento {dob}. Escalado.",
        "Mandé la etiqueta a {email}.",
    ],
    "note_nopii": [
        "Llamó un cliente, resuelto en el primer contacto.",
        "Escalado a segundo nivel, esperando al proveedor.",
        "Duplicado, se cierra.",
    ],
    "voicemail": (
        "Mensaje de voz del {phone} a las {p:time}",
        [
            "Hola, soy {first}, te llamo por el pedido, ¿me llamás cuando puedas?",
            "Buen día, habla {name}, es por la factura, mi número es {phone}.",
            "Hola, {first} acá, sigo esperando el reintegro, llamame porfa.",
        ],
    ),
    "team": ["Atención al cliente", "El equipo de soporte", "Mesa de ayuda", "Administración"],
}

IT = {
    "greet": [
        "Buongiorno,",
        "Salve,",
        "Gentili signori,",
        "Buonasera,",
        "Ciao,",
        "Spett.le assistenza,",
    ],
    "greet_to": [
        "Buongiorno {first:2},",
        "Gentile {title:2} {last:2},",
        "Ciao {first:2},",
        "Gentile {first:2},",
    ],
    "greet_cust": [
        "Gentile {title} {last},",
        "Buongiorno {first},",
        "Gentile {name},",
        "Ciao {first},",
    ],
    "signoff": [
        "Cordiali saluti,",
        "Distinti saluti,",
        "Grazie mille,",
        "Un saluto,",
        "Grazie e buona giornata,",
    ],
    "sig": [
        "{first}",
        "{name}",
        "{name}\nCell. {phone:m}",
        "{name}\n{addr}",
        "{name} - {phone}",
        "--\n{name}\nTel. {phone}\n{email}",
        "{name_uc}",
        "{first}\n{addr}\n{phone}",
        "{title} {name}",
    ],
    "sent_from": ["Inviato da iPhone", "Inviato dal mio smartphone Samsung Galaxy"],
    "say": {
        "person": [
            "Ieri ho parlato al telefono con {first:2}, mi ha detto che era in lavorazione.",
            "Dal servizio clienti {name:2} mi ha detto di scrivere a questo indirizzo.",
            "Mia moglie {name:3} può chiamare a nome mio.",
            "Può riferire a {title:2} {last:2} che richiamo domani?",
            "Metto in copia {first:3}, che segue la pratica da noi.",
        ],
        "phone": [
            "Potete contattarmi al {phone}.",
            "Il mio cellulare è {phone:m}, in ufficio {phone:f}.",
            "Per favore richiamatemi al {phone}.",
            "Ho cambiato numero, ora è {phone}.",
            "Tel. {phone} (int. {p:ext})",
        ],
        "email": [
            "Vi prego di inviare la conferma a {email}.",
            "Il mio utente è {email}.",
            "Potete cambiare l'email dell'account in {email}?",
        ],
        "addr": [
            "Indirizzo di consegna: {addr}",
            "Spedite per favore a:\n{addr}",
            "Mi sono [[trasferito|trasferita]], il nuovo indirizzo è {addr1}.",
            "L'indirizzo di fatturazione è {addr1}.",
        ],
        "dob": [
            "La mia data di nascita è {dob}.",
            "Per la verifica: [[nato|nata]] il {dob}.",
            "Sono [[nato|nata]] il {dob}, se serve.",
        ],
        "card": [
            "L'addebito è avvenuto sulla carta {card}.",
            "Rimborsate sulla carta {card}, grazie.",
            "Numero carta: {card}",
        ],
        "iban": [
            "Vi chiedo di accreditare il rimborso sull'IBAN {iban}.",
            "Le mie nuove coordinate bancarie: {iban}",
            "IBAN per il rimborso: {iban}",
        ],
        "ip": [
            "Mi collego dall'indirizzo {ip}.",
            "L'avviso di accesso riportava l'IP {ip}, non ero io.",
            "L'IP statico dell'ufficio è {ip}.",
        ],
        "secret": [
            "Ho incollato per errore la nostra API key nel ticket: {secret}. Potete revocarla?",
            "Il token {secret} non funziona più da stamattina.",
            "La password provvisoria era {secret:password} ma non viene accettata.",
        ],
        "urlcred": [
            "La stringa di connessione è {urlcred} e va in timeout.",
            "Il job punta a {urlcred}, non abbiamo cambiato altro.",
        ],
    },
    "neg": [
        "Il router è su {n:private_ip}.",
        "Siamo alla versione {n:version}.",
        "Si tratta del {n:product_name}, non dell'altro modello.",
        "Mi sono [[trasferito|trasferita]] da {n:city_only} l'anno scorso.",
        "Il punto di ritiro in {n:street_only} dice di non averlo ricevuto.",
        "Consegnate anche al CAP {n:postcode_only}?",
        "La richiesta {n:uuid} restituisce errore.",
        "L'hash del file era {n:hash}.",
        "Si è rotto dopo il commit {n:git_sha}.",
        "Mi sono stati addebitati {n:amount} due volte il {n:date}.",
        "Il tecnico è passato alle {n:time} ma nessuno ha suonato.",
        "La mail arrivava da {n:hostname}, è affidabile?",
        "L'installazione l'ha fatta {n:company}.",
        "L'IMEI del telefono è {n:imei}.",
        "La nostra partita IVA: {n:vat_no}",
    ],
    "sit": {
        "ecom": (
            ["Pacco non consegnato", "Dov'è il mio ordine?"],
            [
                "Il pacco doveva arrivare il {p:date} ma il tracking è fermo.",
                "Potete consegnarlo in {addr1}? Di giorno sono al lavoro.",
                "Il corriere ha lasciato un avviso ma io ero in casa.",
            ],
            [
                ("Numero ordine", "order_id"),
                ("Codice di tracciamento", "tracking_no"),
                ("Fattura", "invoice_no"),
            ],
        ),
        "returns": (
            ["Rimborso in sospeso", "Richiesta di reso"],
            [
                "Ho restituito le scarpe due settimane fa e non ho ancora ricevuto il rimborso.",
                "L'articolo è arrivato danneggiato, vorrei fare il reso.",
                "Rimborsate sulla carta {card} e non con un buono, per favore.",
            ],
            [("Ordine", "order_id"), ("Etichetta di reso", "tracking_no")],
        ),
        "saas": (
            ["Account bloccato", "Reset autenticazione a due fattori"],
            [
                "Ho cambiato telefono e ho perso l'app di autenticazione.",
                "Potete resettare la 2FA dell'account {email}?",
                "Il nostro amministratore ha lasciato l'azienda, nessuno gestisce le licenze.",
            ],
            [("Codice cliente", "customer_no"), ("Workspace", "uuid")],
        ),
        "it": (
            ["VPN non funziona", "Stampante al secondo piano"],
            [
                "Dopo l'aggiornamento il portatile non si collega più alla VPN.",
                "Outlook continua a chiedermi la password.",
                "Il disco di rete è lentissimo per tutto l'ufficio.",
            ],
            [
                ("Numero di inventario", "serial_no"),
                ("Numero di serie", "serial_no"),
                ("Ticket", "ticket_id"),
            ],
        ),
        "bank": (
            ["Carta bloccata", "Movimento sconosciuto"],
            [
                "Nell'estratto conto c'è un movimento del {p:date} che non riconosco.",
                "Mi hanno bloccato la carta dopo un pagamento all'estero.",
                "Mi serve una dichiarazione della banca per l'agenzia immobiliare.",
            ],
            [("Riferimento", "payment_ref"), ("Codice cliente", "customer_no")],
        ),
        "insure": (
            ["Denuncia di sinistro", "Informazioni sulla polizza"],
            [
                "Vorrei denunciare un sinistro, mi hanno tamponato al semaforo.",
                "Il perito non si è ancora fatto sentire.",
                "È entrata acqua dal bagno del vicino del piano di sopra.",
            ],
            [("Numero polizza", "policy_no"), ("Numero sinistro", "case_no")],
        ),
        "travel": (
            ["Volo cancellato", "Modifica prenotazione"],
            [
                "Il nostro volo è stato cancellato e ci hanno riprotetti due giorni dopo.",
                "Il nome sul biglietto è scritto male.",
                "Posso aggiungere un bagaglio da stiva al ritorno?",
            ],
            [("Codice prenotazione", "booking_ref"), ("Volo", "flight_no")],
        ),
        "energy": (
            ["Autolettura contatore", "Bolletta troppo alta"],
            [
                "L'ultima bolletta della luce è quasi il doppio del solito.",
                "Vi invio l'autolettura del contatore di questo mese.",
                "A fine mese traslochiamo, ci serve la bolletta di chiusura.",
            ],
            [
                ("Codice POD", "meter_no"),
                ("Numero contratto", "contract_no"),
                ("Fattura", "invoice_no"),
            ],
        ),
        "health": (
            ["Spostamento appuntamento", "Prenotazione visita"],
            [
                "Devo spostare l'appuntamento del {p:date}, ho un impegno di lavoro.",
                "Avete una disponibilità prima?",
                "Potete confermare l'appuntamento via SMS?",
            ],
            [("Numero pratica", "customer_no"), ("Orario", "time")],
        ),
        "property": (
            ["Caldaia guasta", "Restituzione caparra"],
            [
                "La caldaia dell'appartamento in {addr1} si è rotta di nuovo.",
                "Abbiamo lasciato l'appartamento il {p:date} e aspettiamo ancora la caparra.",
                "L'amministratore di condominio vuole entrare venerdì, va bene?",
            ],
            [("Contratto di locazione", "contract_no"), ("Canone", "amount")],
        ),
        "hr": (
            ["Cedolino", "Cambio conto corrente"],
            [
                "Nel cedolino mancano gli straordinari del mese scorso.",
                "D'ora in poi accreditate lo stipendio su {iban}.",
                "Mi servono i moduli per il congedo di paternità.",
            ],
            [("Matricola", "customer_no"), ("Data paga", "date")],
        ),
        "gov": (
            ["Domanda sul modulo", "Stato della pratica"],
            [
                "Ho inviato la domanda online ma non ho ricevuto la ricevuta.",
                "L'anagrafe non ha ancora registrato il cambio di residenza.",
                "Basta una copia o serve l'originale?",
            ],
            [("Numero pratica", "case_no"), ("Codice avviso", "payment_ref")],
        ),
        "telecom": (
            ["Internet non funziona", "Portabilità del numero"],
            [
                "Da lunedì siamo senza internet, il modem ha la spia rossa.",
                "Vorrei portare il mio numero {phone} da voi.",
                "La nuova SIM non è ancora attiva.",
            ],
            [
                ("Codice cliente", "customer_no"),
                ("Seriale SIM", "serial_no"),
                ("Contratto", "contract_no"),
            ],
        ),
        "edu": (
            ["Iscrizione", "Accesso alla piattaforma"],
            [
                "Mi sono [[iscritto|iscritta]] la settimana scorsa ma il corso non compare.",
                "Mio figlio ha bisogno di un certificato di frequenza.",
                "L'esame si sovrappone a un altro corso.",
            ],
            [("Matricola", "customer_no"), ("Tassa", "amount")],
        ),
    },
    "labels": {
        "person": ["Nome", "Nome e cognome", "Cliente", "Referente", "Richiedente"],
        "email": ["Email", "Indirizzo email", "E-mail"],
        "phone": ["Telefono", "Cellulare", "Tel."],
        "addr": ["Indirizzo", "Indirizzo di consegna", "Residenza"],
        "dob": ["Data di nascita", "Nato/a il"],
        "card": ["Numero carta", "Carta di credito"],
        "iban": ["IBAN", "Conto corrente (IBAN)"],
        "ip": ["Indirizzo IP", "IP client"],
        "msg": ["Messaggio", "Richiesta", "Note"],
        "subject": ["Oggetto"],
    },
    "form_titles": ["Modulo di contatto", "Nuova richiesta dal sito", "Richiesta di richiamata"],
    "ask": {
        "email": ["Qual è l'email dell'account?", "Mi indica la sua email?"],
        "phone": ["A che numero posso richiamarla?", "Mi conferma il cellulare?"],
        "addr": ["E l'indirizzo di consegna?", "Qual è l'indirizzo registrato?"],
        "dob": ["Per la verifica, la sua data di nascita?", "Mi dice la data di nascita?"],
        "person": ["Con chi parlo?", "Il suo nome e cognome?"],
    },
    "answer": ["{v}", "sì, è {v}", "{v} grazie", "certo, {v}"],
    "chat_open": ["Buongiorno, sono {first:2}. Come posso aiutarla?", "Ciao! Sono {first:2}."],
    "chat_bye": ["Perfetto, è tutto risolto.", "Posso aiutarla in altro?", "Buona giornata!"],
    "chat_cust": ["ok grazie", "perfetto, grazie mille", "no, è tutto", "ottimo"],
    "bot": ["Operatore", "Assistenza", "Bot", "Assistente virtuale"],
    "quote": [
        "Il giorno {p:date} alle {p:time} {name} <{email}> ha scritto:",
        "{name} ha scritto:",
    ],
    "fwd": ("---------- Messaggio inoltrato ---------", "Da", "Data", "Oggetto", "A"),
    "fwd_intro": [
        "Per conoscenza, vedi sotto.",
        "Qualcuno può prenderla in carico?",
        "Il cliente ha anche chiamato.",
    ],
    "ticket": ["Ticket", "Stato", "Priorità", "Richiedente", "Creato il", "Oggetto", "Descrizione"],
    "ticket_vals": (
        ["Aperto", "In attesa", "Risolto"],
        ["Alta", "Normale", "Bassa"],
        "Nota interna",
    ),
    "intro": {
        "config": ["Ecco la configurazione che usiamo:", "Il nostro file di configurazione:"],
        "log": ["I log di stamattina:", "Ecco cosa ha registrato il server:"],
        "json": ["Payload del webhook:", "La risposta dell'API:"],
        "table": ["Riepilogo:", "I dati richiesti:"],
        "csv": ["Incollo l'export qui sotto:", "I record interessati:"],
    },
    "reply": [
        "Grazie per la risposta. Ho girato la richiesta al team, le aggiorno oggi.",
        "Ci scusiamo per il disagio. Può confermare che i dati qui sotto sono corretti?",
        "Il problema è risolto. Ci scriva pure se serve altro.",
    ],
    "note": [
        "Il cliente {name} ha chiamato dal {phone}, vuole essere richiamato per la bolletta.",
        "{first} ha richiamato per la terza volta. Promesso riscontro entro stasera.",
        "Lasciato messaggio in segreteria a {title} {last} al {phone}.",
        "Parlato con {name}; indirizzo confermato: {addr1}.",
        "Verificato con data di nascita {dob}. Escalation fatta.",
        "Etichetta di reso inviata a {email}.",
    ],
    "note_nopii": [
        "Il cliente ha chiamato, risolto al primo contatto.",
        "Passato al secondo livello, in attesa del fornitore.",
        "Duplicato, chiuso.",
    ],
    "voicemail": (
        "Messaggio in segreteria dal {phone} alle {p:time}",
        [
            "Buongiorno, sono {first}, chiamo per il mio ordine, mi richiamate per favore?",
            "Salve, sono {name}, è per la bolletta, il mio numero è {phone}.",
            "Ciao, sono {first}, aspetto ancora il rimborso, richiamatemi.",
        ],
    ),
    "team": ["Servizio clienti", "Il team di assistenza", "Helpdesk IT", "Amministrazione"],
}

NL = {
    "greet": [
        "Hallo,",
        "Goedemiddag,",
        "Beste klantenservice,",
        "Hoi,",
        "Geachte heer/mevrouw,",
        "Goedemorgen,",
    ],
    "greet_to": [
        "Hoi {first:2},",
        "Beste {first:2},",
        "Geachte {title:2} {last:2},",
        "Hallo {first:2},",
    ],
    "greet_cust": ["Beste {first},", "Geachte {title} {last},", "Hallo {name},", "Beste {name},"],
    "signoff": [
        "Met vriendelijke groet,",
        "Groetjes,",
        "Mvg,",
        "Alvast bedankt,",
        "Groet,",
        "Vriendelijke groeten,",
    ],
    "sig": [
        "{first}",
        "{name}",
        "{name}\nMobiel: {phone:m}",
        "{name}\n{addr}",
        "{name} | {phone}",
        "--\n{name}\nT {phone}\nE {email}",
        "{name_uc}",
        "{first}\n{addr}\n{phone}",
    ],
    "sent_from": ["Verzonden vanaf mijn iPhone", "Verstuurd vanaf Outlook voor Android"],
    "say": {
        "person": [
            "Ik heb gisteren {first:2} aan de lijn gehad en die zei dat het geregeld zou worden.",
            "Uw collega {name:2} zei dat ik naar dit adres moest mailen.",
            "Mijn vrouw {name:3} mag namens mij bellen.",
            "Kunt u {title:2} {last:2} laten weten dat ik morgen terugbel?",
            "{first:3} van de administratie staat in de cc.",
        ],
        "phone": [
            "U kunt mij bereiken op {phone}.",
            "Mijn 06 is {phone:m}, overdag op kantoor {phone:f}.",
            "Wilt u mij terugbellen op {phone}?",
            "Mijn nieuwe nummer is {phone}.",
            "Tel. {phone} (toestel {p:ext})",
        ],
        "email": [
            "Stuur de bevestiging graag naar {email}.",
            "Mijn inlog is {email}.",
            "Kunnen jullie mijn e-mailadres wijzigen naar {email}?",
        ],
        "addr": [
            "Afleveradres: {addr}",
            "Graag opsturen naar:\n{addr}",
            "Ik ben verhuisd, mijn nieuwe adres is {addr1}.",
            "Het factuuradres is {addr1}.",
        ],
        "dob": [
            "Mijn geboortedatum is {dob}.",
            "Ter verificatie: geboren op {dob}.",
            "Ik ben geboren op {dob}, mocht u dat nodig hebben.",
        ],
        "card": [
            "Het bedrag is afgeschreven van mijn creditcard {card}.",
            "Graag terugstorten op kaart {card}.",
            "Kaartnummer: {card}",
        ],
        "iban": [
            "Wilt u het bedrag terugstorten op {iban}?",
            "Mijn nieuwe rekeningnummer is {iban}.",
            "Rekeningnummer voor de terugbetaling: {iban}",
        ],
        "ip": [
            "Ik log in vanaf {ip}.",
            "De inlogmelding liet IP {ip} zien, dat was ik niet.",
            "Ons vaste IP op kantoor is {ip}.",
        ],
        "secret": [
            "Ik heb per ongeluk onze API-key in het ticket geplakt: {secret}. Graag intrekken.",
            "Het token {secret} werkt sinds vanochtend niet meer.",
            "Het tijdelijke wachtwoord was {secret:password}, maar dat wordt geweigerd.",
        ],
        "urlcred": [
            "De connection string is {urlcred} en die geeft een timeout.",
            "De job wijst naar {urlcred}, verder is er niets veranderd.",
        ],
    },
    "neg": [
        "De router zit op {n:private_ip}.",
        "We draaien versie {n:version}.",
        "Het gaat om de {n:product_name}, niet het andere model.",
        "Ik ben vorig jaar uit {n:city_only} vertrokken.",
        "Het pakketpunt aan de {n:street_only} heeft niets ontvangen.",
        "Bezorgen jullie ook in {n:postcode_only}?",
        "Request {n:uuid} geeft een foutmelding.",
        "De hash van het bestand was {n:hash}.",
        "Het is stuk sinds commit {n:git_sha}.",
        "Er is {n:amount} dubbel afgeschreven op {n:date}.",
        "De monteur kwam om {n:time} maar belde niet aan.",
        "De mail kwam van {n:hostname}, is dat echt?",
        "{n:company} heeft de installatie gedaan.",
        "Het IMEI-nummer van de telefoon is {n:imei}.",
        "Ons btw-nummer: {n:vat_no}",
    ],
    "sit": {
        "ecom": (
            ["Pakket niet ontvangen", "Waar blijft mijn bestelling?"],
            [
                "Mijn pakket zou op {p:date} komen maar de track & trace staat stil.",
                "Kunnen jullie het bezorgen op {addr1}? Overdag ben ik aan het werk.",
                "De bezorger heeft een briefje achtergelaten terwijl ik gewoon thuis was.",
            ],
            [
                ("Bestelnummer", "order_id"),
                ("Track & trace", "tracking_no"),
                ("Factuur", "invoice_no"),
            ],
        ),
        "returns": (
            ["Terugbetaling", "Retour aanmelden"],
            [
                "Ik heb de schoenen twee weken geleden teruggestuurd en nog geen geld gezien.",
                "Het artikel kwam beschadigd aan, ik wil het retourneren.",
                "Graag terugstorten op kaart {card} in plaats van een tegoedbon.",
            ],
            [("Bestelling", "order_id"), ("Retourlabel", "tracking_no")],
        ),
        "saas": (
            ["Kan niet inloggen", "Tweestapsverificatie resetten"],
            [
                "Ik heb een nieuwe telefoon en kan niet meer bij mijn authenticator-app.",
                "Kunnen jullie de 2FA van account {email} resetten?",
                "Onze beheerder is uit dienst en niemand kan de licenties beheren.",
            ],
            [("Klantnummer", "customer_no"), ("Workspace", "uuid")],
        ),
        "it": (
            ["VPN werkt niet", "Printer op de tweede verdieping"],
            [
                "Sinds de update maakt mijn laptop geen verbinding meer met de VPN.",
                "Outlook blijft om mijn wachtwoord vragen.",
                "De netwerkschijf is heel traag voor de hele afdeling.",
            ],
            [
                ("Inventarisnummer", "serial_no"),
                ("Serienummer", "serial_no"),
                ("Ticket", "ticket_id"),
            ],
        ),
        "bank": (
            ["Pas geblokkeerd", "Onbekende afschrijving"],
            [
                "Op mijn afschrift staat een afschrijving van {p:date} die ik niet herken.",
                "Mijn pas is geblokkeerd na een betaling in het buitenland.",
                "Ik heb een bankverklaring nodig voor de verhuurder.",
            ],
            [("Betalingskenmerk", "payment_ref"), ("Klantnummer", "customer_no")],
        ),
        "insure": (
            ["Schade melden", "Vraag over mijn polis"],
            [
                "Ik wil waterschade melden, het plafond in de badkamer is nat.",
                "De expert heeft nog steeds geen contact opgenomen.",
                "Mijn auto is aangereden op de parkeerplaats.",
            ],
            [("Polisnummer", "policy_no"), ("Schadenummer", "case_no")],
        ),
        "travel": (
            ["Vlucht geannuleerd", "Boeking wijzigen"],
            [
                "Onze vlucht is geannuleerd en we zijn twee dagen later omgeboekt.",
                "Er staat een typfout in de naam op het ticket.",
                "Kan ik nog ruimbagage bijboeken voor de terugvlucht?",
            ],
            [("Boekingscode", "booking_ref"), ("Vlucht", "flight_no")],
        ),
        "energy": (
            ["Meterstand doorgeven", "Jaarafrekening te hoog"],
            [
                "De jaarafrekening is bijna twee keer zo hoog als vorig jaar.",
                "Hierbij mijn meterstanden van deze maand.",
                "We verhuizen eind van de maand en willen een eindafrekening.",
            ],
            [
                ("EAN-code", "meter_no"),
                ("Contractnummer", "contract_no"),
                ("Factuur", "invoice_no"),
            ],
        ),
        "health": (
            ["Afspraak verzetten", "Afspraak maken"],
            [
                "Ik moet mijn afspraak van {p:date} helaas verzetten.",
                "Is er eerder plek bij de praktijkondersteuner?",
                "Kunt u de afspraak per sms bevestigen?",
            ],
            [("Patiëntnummer", "customer_no"), ("Tijd", "time")],
        ),
        "property": (
            ["CV-ketel kapot", "Borg terug"],
            [
                "De cv-ketel in de woning aan de {addr1} is weer kapot.",
                "We zijn op {p:date} vertrokken en wachten nog op de borg.",
                "De VvE wil vrijdag langskomen, is dat goed?",
            ],
            [("Huurcontract", "contract_no"), ("Huur", "amount")],
        ),
        "hr": (
            ["Loonstrook", "Nieuw rekeningnummer"],
            [
                "Op mijn loonstrook ontbreken de overuren van vorige maand.",
                "Wilt u mijn salaris voortaan op {iban} storten?",
                "Ik heb de formulieren voor geboorteverlof nodig.",
            ],
            [("Personeelsnummer", "customer_no"), ("Salarisrun", "date")],
        ),
        "gov": (
            ["Vraag over het formulier", "Status aanvraag"],
            [
                "Ik heb de aanvraag online ingediend maar geen bevestiging ontvangen.",
                "De gemeente heeft mijn verhuizing nog niet verwerkt.",
                "Is een kopie genoeg of moet ik het origineel opsturen?",
            ],
            [("Zaaknummer", "case_no"), ("Betalingskenmerk", "payment_ref")],
        ),
        "telecom": (
            ["Geen internet", "Nummer meenemen"],
            [
                "Sinds maandag hebben we geen internet, het modem knippert rood.",
                "Ik wil mijn nummer {phone} meenemen naar jullie.",
                "Mijn nieuwe simkaart is nog steeds niet actief.",
            ],
            [
                ("Klantnummer", "customer_no"),
                ("Simkaartnummer", "serial_no"),
                ("Contract", "contract_no"),
            ],
        ),
        "edu": (
            ["Inschrijving", "Toegang tot de leeromgeving"],
            [
                "Ik heb me vorige week ingeschreven maar zie het vak niet in de leeromgeving.",
                "Mijn dochter heeft een bewijs van inschrijving nodig voor DUO.",
                "Het tentamen valt tegelijk met een ander vak.",
            ],
            [("Studentnummer", "customer_no"), ("Collegegeld", "amount")],
        ),
    },
    "labels": {
        "person": ["Naam", "Volledige naam", "Klant", "Contactpersoon", "Aanvrager"],
        "email": ["E-mail", "E-mailadres"],
        "phone": ["Telefoon", "Mobiel", "Tel.", "Telefoonnummer"],
        "addr": ["Adres", "Afleveradres", "Woonadres"],
        "dob": ["Geboortedatum", "Geb. datum"],
        "card": ["Kaartnummer", "Creditcard"],
        "iban": ["IBAN", "Rekeningnummer"],
        "ip": ["IP-adres"],
        "msg": ["Bericht", "Uw vraag", "Opmerkingen"],
        "subject": ["Onderwerp"],
    },
    "form_titles": ["Contactformulier", "Nieuwe aanvraag via de website", "Terugbelverzoek"],
    "ask": {
        "email": ["Wat is het e-mailadres van het account?", "Mag ik uw e-mailadres?"],
        "phone": ["Op welk nummer kan ik u bereiken?", "Kunt u uw mobiele nummer bevestigen?"],
        "addr": ["En het afleveradres?", "Welk adres staat bij u geregistreerd?"],
        "dob": ["Ter controle, uw geboortedatum?", "Wat is uw geboortedatum?"],
        "person": ["Met wie spreek ik?", "Mag ik uw volledige naam?"],
    },
    "answer": ["{v}", "ja, {v}", "{v} dank je", "dat is {v}"],
    "chat_open": ["Hoi, je chat met {first:2}. Waarmee kan ik helpen?", "Hallo! {first:2} hier."],
    "chat_bye": [
        "Top, dan is alles geregeld.",
        "Kan ik nog ergens anders mee helpen?",
        "Fijne dag!",
    ],
    "chat_cust": ["ok dank je", "top, bedankt", "nee dat was het", "perfect"],
    "bot": ["Medewerker", "Klantenservice", "Bot", "Digitale assistent"],
    "quote": ["Op {p:date} om {p:time} schreef {name} <{email}>:", "{name} schreef:"],
    "fwd": ("---------- Doorgestuurd bericht ---------", "Van", "Datum", "Onderwerp", "Aan"),
    "fwd_intro": [
        "Ter info, zie hieronder.",
        "Kan iemand dit oppakken?",
        "Klant heeft ook gebeld.",
    ],
    "ticket": [
        "Ticket",
        "Status",
        "Prioriteit",
        "Aanvrager",
        "Aangemaakt",
        "Onderwerp",
        "Omschrijving",
    ],
    "ticket_vals": (
        ["Open", "In behandeling", "Opgelost"],
        ["Hoog", "Normaal", "Laag"],
        "Interne notitie",
    ),
    "intro": {
        "config": ["Hier onze configuratie:", "Ons instellingenbestand:"],
        "log": ["De logs van vanochtend:", "Dit heeft de server gelogd:"],
        "json": ["Payload van de webhook:", "Het antwoord van de API:"],
        "table": ["Overzicht:", "De gevraagde gegevens:"],
        "csv": ["Export hieronder geplakt:", "De betreffende records:"],
    },
    "reply": [
        "Bedankt voor je reactie. Ik heb het doorgezet naar het team en laat vandaag iets weten.",
        "Sorry voor het ongemak. Kloppen de gegevens hieronder nog?",
        "Dit is aan onze kant opgelost. Laat het weten als er nog iets is.",
    ],
    "note": [
        "Klant {name} belde vanaf {phone}, wil teruggebeld worden over de factuur.",
        "{first} belde opnieuw, erg ontevreden. Terugkoppeling vandaag beloofd.",
        "Voicemail ingesproken voor {title} {last} op {phone}.",
        "Gesproken met {name}; adres bevestigd: {addr1}.",
        "Beller geverifieerd met geboortedatum {dob}. Geëscaleerd.",
        "Retourlabel gemaild naar {email}.",
    ],
    "note_nopii": [
        "Klant belde, direct opgelost.",
        "Doorgezet naar tweede lijn, wachten op leverancier.",
        "Dubbel ticket, gesloten.",
    ],
    "voicemail": (
        "Voicemail van {phone} om {p:time}",
        [
            "Hoi, met {first}, ik bel over mijn bestelling, wilt u terugbellen?",
            "Goedemiddag, u spreekt met {name}, het gaat om de factuur, mijn nummer is {phone}.",
            "Hallo, met {first}, ik wacht nog steeds op mijn terugbetaling.",
        ],
    ),
    "team": ["Klantenservice", "Het supportteam", "IT Servicedesk", "Administratie"],
}

FI = {
    "greet": ["Hei,", "Moi,", "Hyvää päivää,", "Hei vaan,", "Hei asiakaspalvelu,", "Huomenta,"],
    "greet_to": ["Hei {first:2},", "Moi {first:2},", "Hyvä {name:2},", "Hei {name:2},"],
    "greet_cust": ["Hei {first},", "Hyvä {name},", "Moi {first},", "Hei {name},"],
    "signoff": [
        "Ystävällisin terveisin,",
        "Terveisin,",
        "Kiitos,",
        "Parhain terveisin,",
        "t.",
        "Kiittäen,",
    ],
    "sig": [
        "{first}",
        "{name}",
        "{name}\npuh. {phone}",
        "{name}\n{addr}",
        "{name} | {phone}",
        "--\n{name}\nPuh. {phone}\n{email}",
        "{name_uc}",
        "{first}\n{addr}\n{phone}",
    ],
    "sent_from": ["Lähetetty iPhonesta", "Lähetetty Outlook for Androidista"],
    "say": {
        "person": [
            "Asiakaspalvelijanne {first:2} sanoi eilen puhelimessa, että asia hoituu pian.",
            "Kollegasi {name:2} neuvoi lähettämään viestin tähän osoitteeseen.",
            "Vaimoni {name:3} voi soittaa puolestani.",
            "{first:3} taloushallinnosta on kopiona.",
            "Käsittelijä oli viimeksi {name:2}.",
        ],
        "phone": [
            "Minut tavoittaa numerosta {phone}.",
            "Kännykkä {phone:m}, työaikana {phone:f}.",
            "Soittakaa minulle numeroon {phone}.",
            "Uusi numeroni on {phone}.",
            "Puh. {phone} (alanumero {p:ext})",
        ],
        "email": [
            "Lähettäkää vahvistus osoitteeseen {email}.",
            "Käyttäjätunnukseni on {email}.",
            "Voitteko vaihtaa tilin sähköpostiksi {email}?",
        ],
        "addr": [
            "Toimitusosoite: {addr}",
            "Lähettäkää paketti osoitteeseen:\n{addr}",
            "Muutin, uusi osoitteeni on {addr1}.",
            "Laskutusosoite on {addr1}.",
        ],
        "dob": [
            "Syntymäaikani on {dob}.",
            "Tunnistamista varten: syntynyt {dob}.",
            "Olen syntynyt {dob}, jos sitä tarvitaan.",
        ],
        "card": [
            "Veloitus tehtiin kortilta {card}.",
            "Palauttakaa rahat kortille {card}.",
            "Kortin numero: {card}",
        ],
        "iban": [
            "Maksakaa hyvitys tilille {iban}.",
            "Uusi tilinumeroni on {iban}.",
            "Tilinumero palautusta varten: {iban}",
        ],
        "ip": [
            "Yhdistän osoitteesta {ip}.",
            "Kirjautumisilmoituksessa näkyi IP {ip}, se en ollut minä.",
            "Toimiston kiinteä IP on {ip}.",
        ],
        "secret": [
            "Liitin vahingossa API-avaimemme tikettiin: {secret}. Voitteko mitätöidä sen?",
            "Token {secret} lakkasi toimimasta aamulla.",
            "Väliaikainen salasana oli {secret:password}, mutta se ei kelpaa.",
        ],
        "urlcred": [
            "Yhteysmerkkijono on {urlcred} ja se aikakatkeaa.",
            "Ajo osoittaa kohteeseen {urlcred}, muuta emme muuttaneet.",
        ],
    },
    "neg": [
        "Reititin on osoitteessa {n:private_ip}.",
        "Käytössä on versio {n:version}.",
        "Kyse on tuotteesta {n:product_name}, ei toisesta mallista.",
        "Vanha paikkakuntani oli {n:city_only}.",
        "Katuosoitteeksi on merkitty pelkkä {n:street_only} ilman numeroa.",
        "Toimitatteko postinumeroalueelle {n:postcode_only}?",
        "Pyyntö {n:uuid} palauttaa virheen.",
        "Tiedoston tiiviste oli {n:hash}.",
        "Meni rikki commitin {n:git_sha} jälkeen.",
        "Minulta veloitettiin {n:amount} kahdesti {n:date}.",
        "Asentaja kävi klo {n:time}, mutta ei soittanut ovikelloa.",
        "Viesti tuli palvelimelta {n:hostname}, onko se aito?",
        "Asennuksen teki {n:company}.",
        "Puhelimen IMEI on {n:imei}.",
        "Y-tunnuksemme: {n:vat_no}",
    ],
    "sit": {
        "ecom": (
            ["Paketti ei ole tullut", "Tilaus viivästynyt"],
            [
                "Pakettini piti tulla {p:date}, mutta seuranta ei ole päivittynyt.",
                "Voisitteko toimittaa sen osoitteeseen {addr1}? Olen päivät töissä.",
                "Kuljettaja jätti saapumisilmoituksen, vaikka olin kotona.",
            ],
            [
                ("Tilausnumero", "order_id"),
                ("Seurantakoodi", "tracking_no"),
                ("Lasku", "invoice_no"),
            ],
        ),
        "returns": (
            ["Palautus", "Hyvitys puuttuu"],
            [
                "Palautin kengät kaksi viikkoa sitten, mutta hyvitystä ei ole näkynyt.",
                "Tuote tuli rikkinäisenä, haluaisin palauttaa sen.",
                "Hyvittäkää summa kortille {card}, ei lahjakorttina.",
            ],
            [("Tilaus", "order_id"), ("Palautuskoodi", "tracking_no")],
        ),
        "saas": (
            ["En pääse kirjautumaan", "Kaksivaiheisen tunnistuksen nollaus"],
            [
                "Vaihdoin puhelinta enkä enää pääse todennussovellukseen.",
                "Voitteko nollata 2FA:n tililtä {email}?",
                "Ylläpitäjämme lähti yrityksestä, eikä kukaan pääse hallitsemaan lisenssejä.",
            ],
            [("Asiakasnumero", "customer_no"), ("Työtila", "uuid")],
        ),
        "it": (
            ["VPN ei toimi", "Tulostin 2. kerroksessa"],
            [
                "Päivityksen jälkeen läppärini ei yhdistä VPN:ään.",
                "Outlook kysyy salasanaa jatkuvasti.",
                "Verkkolevy on todella hidas koko osastolla.",
            ],
            [("Laitenumero", "serial_no"), ("Sarjanumero", "serial_no"), ("Tiketti", "ticket_id")],
        ),
        "bank": (
            ["Kortti lukittu", "Tuntematon veloitus"],
            [
                "Tiliotteellani on veloitus päivältä {p:date}, jota en tunnista.",
                "Korttini lukittiin ulkomailla tehdyn maksun jälkeen.",
                "Tarvitsen pankilta todistuksen vuokranantajaa varten.",
            ],
            [("Viitenumero", "payment_ref"), ("Asiakasnumero", "customer_no")],
        ),
        "insure": (
            ["Vahinkoilmoitus", "Kysymys vakuutuksesta"],
            [
                "Haluan tehdä vesivahinkoilmoituksen, kylpyhuoneen katto on märkä.",
                "Vahinkotarkastaja ei ole vielä ottanut yhteyttä.",
                "Autooni ajettiin parkkipaikalla.",
            ],
            [("Vakuutusnumero", "policy_no"), ("Vahinkonumero", "case_no")],
        ),
        "travel": (
            ["Lento peruttu", "Varauksen muutos"],
            [
                "Lentomme peruttiin ja meidät siirrettiin kaksi päivää myöhempään.",
                "Lipussa oleva nimi on kirjoitettu väärin.",
                "Voinko lisätä ruumaan menevän laukun paluulennolle?",
            ],
            [("Varaustunnus", "booking_ref"), ("Lento", "flight_no")],
        ),
        "energy": (
            ["Mittarilukema", "Lasku liian suuri"],
            [
                "Viimeisin sähkölasku on lähes kaksinkertainen tavalliseen verrattuna.",
                "Tässä tämän kuun mittarilukema.",
                "Muutamme kuun lopussa ja tarvitsemme loppulaskun.",
            ],
            [
                ("Käyttöpaikkanumero", "meter_no"),
                ("Sopimusnumero", "contract_no"),
                ("Lasku", "invoice_no"),
            ],
        ),
        "health": (
            ["Ajan siirto", "Ajanvaraus"],
            [
                "Minun pitäisi siirtää aika, joka on varattu päivälle {p:date}.",
                "Olisiko aikaisempaa aikaa vapaana?",
                "Voitteko vahvistaa ajan tekstiviestillä?",
            ],
            [("Asiakasnumero", "customer_no"), ("Kellonaika", "time")],
        ),
        "property": (
            ["Lämminvesivaraaja rikki", "Vuokravakuus"],
            [
                "Vuokra-asunnossani, {addr1}, ei taaskaan tule lämmintä vettä.",
                "Muutimme pois {p:date} ja odotamme yhä vuokravakuutta.",
                "Isännöitsijä haluaa käydä asunnossa perjantaina, sopiiko?",
            ],
            [("Vuokrasopimus", "contract_no"), ("Vuokra", "amount")],
        ),
        "hr": (
            ["Palkkalaskelma", "Tilinumeron muutos"],
            [
                "Palkkalaskelmasta puuttuvat viime kuun ylityöt.",
                "Maksakaa palkkani jatkossa tilille {iban}.",
                "Tarvitsen lomakkeet isyysvapaata varten.",
            ],
            [("Henkilönumero", "customer_no"), ("Palkanmaksupäivä", "date")],
        ),
        "gov": (
            ["Kysymys lomakkeesta", "Hakemuksen tila"],
            [
                "Lähetin hakemuksen verkossa, mutta en saanut vahvistusta.",
                "Muuttoilmoitustani ei ole vielä rekisteröity.",
                "Riittääkö kopio vai pitääkö lähettää alkuperäinen?",
            ],
            [("Diaarinumero", "case_no"), ("Viitenumero", "payment_ref")],
        ),
        "telecom": (
            ["Netti ei toimi", "Numeron siirto"],
            [
                "Maanantaista asti netti ei ole toiminut, modeemissa palaa punainen valo.",
                "Haluaisin siirtää numeroni {phone} teille.",
                "Uusi SIM-kortti ei ole vieläkään aktiivinen.",
            ],
            [
                ("Asiakasnumero", "customer_no"),
                ("SIM-kortin numero", "serial_no"),
                ("Sopimus", "contract_no"),
            ],
        ),
        "edu": (
            ["Ilmoittautuminen", "Oppimisalustan tunnukset"],
            [
                "Ilmoittauduin viime viikolla, mutta kurssi ei näy alustalla.",
                "Tyttäreni tarvitsee opiskelutodistuksen Kelaa varten.",
                "Tentti on samaan aikaan toisen kurssin kanssa.",
            ],
            [("Opiskelijanumero", "customer_no"), ("Lukukausimaksu", "amount")],
        ),
    },
    "labels": {
        "person": ["Nimi", "Etu- ja sukunimi", "Asiakas", "Yhteyshenkilö", "Hakija"],
        "email": ["Sähköposti", "Sähköpostiosoite"],
        "phone": ["Puhelin", "Matkapuhelin", "Puh."],
        "addr": ["Osoite", "Toimitusosoite", "Postiosoite"],
        "dob": ["Syntymäaika", "Syntynyt"],
        "card": ["Kortin numero", "Luottokortti"],
        "iban": ["IBAN", "Tilinumero"],
        "ip": ["IP-osoite"],
        "msg": ["Viesti", "Kysymyksesi", "Lisätiedot"],
        "subject": ["Aihe"],
    },
    "form_titles": ["Yhteydenottolomake", "Uusi yhteydenotto verkkosivulta", "Soittopyyntö"],
    "ask": {
        "email": ["Mikä on tilin sähköpostiosoite?", "Saisinko sähköpostiosoitteesi?"],
        "phone": ["Mihin numeroon voin soittaa?", "Voitko vahvistaa puhelinnumerosi?"],
        "addr": ["Entä toimitusosoite?", "Mikä osoite tiedoissa on?"],
        "dob": ["Tunnistamista varten syntymäaikasi?", "Mikä on syntymäaikasi?"],
        "person": ["Kenen kanssa puhun?", "Koko nimesi, kiitos?"],
    },
    "answer": ["{v}", "joo, {v}", "{v} kiitos", "se on {v}"],
    "chat_open": ["Hei, täällä {first:2}. Miten voin auttaa?", "Moi! {first:2} asiakaspalvelusta."],
    "chat_bye": [
        "Selvä, nyt kaikki on kunnossa.",
        "Voinko auttaa vielä jossain?",
        "Hyvää päivänjatkoa!",
    ],
    "chat_cust": ["ok kiitos", "super, kiitos paljon", "ei muuta", "selvä"],
    "bot": ["Asiakaspalvelu", "Tuki", "Botti", "Virtuaaliavustaja"],
    "quote": ["{name} <{email}> kirjoitti {p:date} klo {p:time}:", "{name} kirjoitti:"],
    "fwd": (
        "---------- Välitetty viesti ---------",
        "Lähettäjä",
        "Päivämäärä",
        "Aihe",
        "Vastaanottaja",
    ),
    "fwd_intro": ["Tiedoksi, katso alta.", "Voiko joku ottaa tämän?", "Asiakas soitti myös."],
    "ticket": ["Tiketti", "Tila", "Prioriteetti", "Pyytäjä", "Luotu", "Aihe", "Kuvaus"],
    "ticket_vals": (
        ["Avoin", "Odottaa", "Ratkaistu"],
        ["Korkea", "Normaali", "Matala"],
        "Sisäinen muistiinpano",
    ),
    "intro": {
        "config": ["Tässä käyttämämme konfiguraatio:", "Asetustiedostomme:"],
        "log": ["Aamun lokit:", "Palvelin kirjasi tämän:"],
        "json": ["Webhookin payload:", "API:n vastaus:"],
        "table": ["Yhteenveto:", "Pyydetyt tiedot:"],
        "csv": ["Vienti liitettynä alle:", "Kyseiset tietueet:"],
    },
    "reply": [
        "Kiitos vastauksesta. Välitin asian tiimille ja palaan tänään.",
        "Pahoittelut vaivasta. Ovatko alla olevat tiedot edelleen oikein?",
        "Asia on nyt korjattu. Ota yhteyttä, jos tulee muuta.",
    ],
    "note": [
        "Asiakas {name} soitti numerosta {phone}, toivoo takaisinsoittoa laskusta.",
        "{first} soitti uudestaan, hyvin tyytymätön. Luvattu vastaus tänään.",
        "Jätetty vastaajaviesti: {name}, {phone}.",
        "Puhuttu: {name}; osoite vahvistettu: {addr1}.",
        "Soittaja tunnistettu, syntymäaika {dob}. Eskaloitu.",
        "Palautuskoodi lähetetty osoitteeseen {email}.",
    ],
    "note_nopii": [
        "Asiakas soitti, ratkaistu heti.",
        "Eskaloitu toiselle tasolle, odotetaan toimittajaa.",
        "Tuplatiketti, suljettu.",
    ],
    "voicemail": (
        "Vastaajaviesti numerosta {phone} klo {p:time}",
        [
            "Hei, täällä {first}, soitan tilauksestani, voisitteko soittaa takaisin?",
            "Päivää, {name} tässä, asia koskee laskua, numeroni on {phone}.",
            "Moi, {first} täällä, odotan edelleen hyvitystä, soittakaa.",
        ],
    ),
    "team": ["Asiakaspalvelu", "Tukitiimi", "IT-tuki", "Taloushallinto"],
}

PACK = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "fi": FI}
LOCALE_EXTRA = {
    "en_US": {"signoff": ["Best,", "Thanks so much!", "Sincerely,"], "greet": ["Hi folks,"]},
    "en_CA": {
        "signoff": ["Cheers,", "Thanks eh,", "Merci,"],
        "greet": ["Hi there,", "Bonjour/Hi,"],
    },
    "en_IE": {
        "signoff": ["Thanks a million,", "Many thanks,", "Slán,"],
        "greet": ["Hi lads,", "Dia dhuit,"],
    },
    "en_NZ": {"signoff": ["Cheers,", "Ngā mihi,", "Chur,"], "greet": ["Kia ora,", "Kia ora team,"]},
    "de_CH": {
        "signoff": ["En Gruess", "Liebe Grüsse und merci"],
        "greet": ["Hoi zäme", "Sali zäme"],
    },
    "fr_BE": {"signoff": ["Bonne journée,", "Salutations distinguées,"], "greet": ["Hello,"]},
    "es_AR": {"signoff": ["Un saludo,", "Besos,"], "greet": ["Hola, buen día, ¿cómo estás?"]},
    "it_IT": {"signoff": ["A presto,", "Saluti,"], "greet": ["Buongiorno a tutti,"]},
    "nl_NL": {"signoff": ["Gr.,", "Met groet,"], "greet": ["Hey,"]},
    "fi_FI": {"signoff": ["Terv.", "Kiitos jo etukäteen,"], "greet": ["Terve,"]},
}


# ---------------------------------------------------------------------------------------------
# One document: values drawn lazily (the same slot gives the same value within a doc), templates
# rendered into pieces (text, entity type, negative kind)
# ---------------------------------------------------------------------------------------------

_GENDER = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")
SAY_KEY = {
    "person": "person",
    "email": "email",
    "phone": "phone",
    "address": "addr",
    "dob": "dob",
    "card": "card",
    "iban": "iban",
    "ip": "ip",
    "ssn": "ssn",
    "secret": "secret",
    "url_credentials": "urlcred",
}
FIELD_VALUE = {
    "en": ("Field", "Value"),
    "de": ("Feld", "Wert"),
    "fr": ("Champ", "Valeur"),
    "es": ("Campo", "Valor"),
    "it": ("Campo", "Valore"),
    "nl": ("Veld", "Waarde"),
    "fi": ("Kenttä", "Arvo"),
}


def types_in(template: str) -> set[str]:
    """The entity types a template's slots produce."""
    return {SLOT_TYPE[m.group(1)] for m in _SLOT.finditer(template) if m.group(1) in SLOT_TYPE}


class _Doc:
    def __init__(self, locale: str, r: random.Random, fake: Faker, situation: str) -> None:
        self.loc, self.r, self.fake, self.sit = locale, r, fake, situation
        self.lang = LANG[locale]
        self.pk = PACK[self.lang]
        self.region = REGION[locale]
        self.allowed: set[str] = set()
        self.neg_on = False
        self.cache: dict[tuple, str] = {}
        self.people: dict[int, dict] = {}
        self.company = r.choice(COMPANIES[locale])
        self.pieces: list[tuple[str, str | None, str | None]] = []

    # --- choosing templates -------------------------------------------------------------

    def ok(self, template: str) -> bool:
        return types_in(template) <= self.allowed

    def pick(self, options: list[str]) -> str | None:
        fit = [t for t in options if self.ok(t)]
        if not self.neg_on:
            fit = [t for t in fit if "{n:" not in t] or fit
        return self.r.choice(fit) if fit else None

    def pool(self, key: str) -> list[str]:
        return self.pk[key] + LOCALE_EXTRA[self.loc].get(key, [])

    # --- values ------------------------------------------------------------------------

    def person(self, i: int) -> dict:
        if i not in self.people:
            self.people[i] = self._make_person(i == 3 or self.r.random() < 0.5)
        return self.people[i]

    def _make_person(self, female: bool) -> dict:
        r, fake, loc = self.r, self.fake, self.loc
        fem, mal, lasts = LOCAL_NAMES[loc]
        if r.random() < 0.25:
            first = r.choice(fem if female else mal)
        else:
            first = fake.first_name_female() if female else fake.first_name_male()
        if loc != "es_AR" or r.random() < 0.7:
            first = first.split()[0]
        last = r.choice(lasts) if r.random() < 0.15 else fake.last_name()
        k = r.random()
        if k < 0.13:
            sep = " " if loc == "es_AR" else "-"
            last = f"{last}{sep}{fake.last_name()}"
        elif k < 0.25 and loc in PARTICLES and " " not in last:
            last = f"{r.choice(PARTICLES[loc])} {last}"
        return {"first": first, "last": last, "female": female}

    def entity(self, slot: str, i: int) -> str:
        key = (slot, i)
        if key not in self.cache:
            self.cache[key] = self._entity(slot, i)
        return self.cache[key]

    def _entity(self, slot: str, i: int) -> str:
        r = self.r
        if SLOT_TYPE[slot] == "person":
            p = self.person(i)
            first, last = p["first"], p["last"]
            return {
                "name": lambda: f"{first} {last}",
                "first": lambda: first,
                "last": lambda: last,
                "name_uc": lambda: r.choice([f"{first} {last}".upper(), f"{last.upper()} {first}"]),
                "name_lc": lambda: f"{first} {last}".lower(),
                "first_lc": lambda: first.lower(),
                "name_rev": lambda: f"{last}, {first}",
            }[slot]()
        if slot in ("addr", "addr1"):
            lines = self.addr_lines(i)
            if slot == "addr" and len(lines) > 1 and r.random() < 0.55:
                return "\n".join(lines)
            return ", ".join(lines)
        return {
            "email": lambda: self._email(i),
            "phone": lambda: _phone(r, self.region),
            "card": lambda: _card(r),
            "iban": lambda: _iban(r, r.choice(IBAN_COUNTRIES[self.loc])),
            "ip": lambda: _public_ip(r),
            "dob": lambda: _date(r, self.loc, 1946, 2004),
            "ssn": lambda: _ssn(r),
            "secret": lambda: _secret(r),
            "urlcred": lambda: _urlcred(r, self._db_user(i), WORK_DOMAINS[self.loc]),
        }[slot]()

    def _db_user(self, i: int) -> str:
        if self.r.random() < 0.4:
            return _ascii(self.person(i)["first"]) or "app"
        return self.r.choice(["app", "svc_billing", "deploy", "admin", "etl", "backup", "ci"])

    def _email(self, i: int) -> str:
        r, p = self.r, self.person(i)
        f = _ascii(p["first"]) or "info"
        last = _ascii(p["last"]) or "mail"
        local = r.choice(
            [f"{f}.{last}", f"{f[0]}.{last}", f"{f}{last}", f"{f}_{last}", f"{f}{r.randint(1, 99)}"]
            + [f"{last}.{f}", f"{f[0]}{last}{r.randint(60, 99)}", f"{f}.{last}{r.randint(1, 9)}"]
        )
        work = i == 2 or r.random() < 0.15
        return f"{local}@{WORK_DOMAINS[self.loc] if work else r.choice(DOMAINS[self.loc])}"

    def addr_lines(self, i: int) -> list[str]:
        key = ("addr_lines", i)
        if key in self.cache:
            return self.cache[key]  # type: ignore[return-value]
        r, loc = self.r, self.loc
        entry = r.choice(CITIES[loc])
        pc = _postcode(r, loc, entry)
        if loc in FAKER_STREETS and r.random() < 0.5:
            street = self.fake.street_name()
        else:
            street = r.choice(STREETS[loc])
        if r.random() < 0.17:
            lines = [_box_line(r, loc)]
        else:
            lines = [_street_line(r, loc, street)]
            if loc == "en_NZ" and r.random() < 0.15:
                lines.append(f"RD {r.randint(1, 9)}")
        lines += _city_lines(r, loc, entry, pc)
        if loc != "es_AR" and r.random() < 0.09:
            other = r.choice([self.company, f"{self.fake.first_name()} {self.fake.last_name()}"])
            lines.insert(0, f"c/o {other}")
        if r.random() < 0.2:
            lines.append(r.choice(COUNTRY[loc]))
        self.cache[key] = lines  # type: ignore[assignment]
        return lines

    # --- rendering ---------------------------------------------------------------------

    def slot(self, name: str, arg: str | None) -> tuple[str, str | None, str | None]:
        r = self.r
        if name == "n":
            kind = arg or ""
            return _negative_value(r, self.loc, kind), None, kind if self.neg_on else None
        if name == "p":
            if arg == "ext":
                return str(r.randint(10, 499)), None, None
            return _negative_value(r, self.loc, arg or "date"), None, None
        if name == "title":
            i = int(arg or 1)
            key = ("title", i)
            if key not in self.cache:
                fem, mal = TITLES[self.lang]
                self.cache[key] = r.choice(fem if self.person(i)["female"] else mal)
            return self.cache[key], None, None
        if name == "company":
            return self.company, None, None
        if name == "phone" and arg in ("m", "f"):
            key = ("phone", arg)
            if key not in self.cache:
                self.cache[key] = _phone(r, self.region, arg)
            return self.cache[key], "phone", None
        if name == "secret" and arg in SECRET_KINDS:
            key = ("secret", arg)
            if key not in self.cache:
                self.cache[key] = _secret(r, arg)
            return self.cache[key], "secret", None
        return self.entity(name, int(arg or 1)), SLOT_TYPE[name], None

    def render(self, template: str) -> list[tuple[str, str | None, str | None]]:
        if "[[" in template:
            female = self.person(1)["female"]
            template = _GENDER.sub(lambda m: m.group(2) if female else m.group(1), template)
        out: list[tuple[str, str | None, str | None]] = []
        pos = 0
        for m in _SLOT.finditer(template):
            if m.start() > pos:
                out.append((template[pos : m.start()], None, None))
            out.append(self.slot(m.group(1), m.group(2)))
            pos = m.end()
        if pos < len(template):
            out.append((template[pos:], None, None))
        return out

    def emit(self, template: str) -> None:
        self.pieces += self.render(template)

    def text(self, s: str) -> None:
        """Literal text (may hold braces: JSON)."""
        self.pieces.append((s, None, None))

    def finish(self) -> dict:
        pieces = [p for p in self.pieces if p[0]]
        while pieces and not pieces[0][1] and not pieces[0][2] and not pieces[0][0].strip():
            pieces.pop(0)
        while pieces and not pieces[-1][1] and not pieces[-1][2] and not pieces[-1][0].strip():
            pieces.pop()
        if pieces and not pieces[0][1] and not pieces[0][2]:
            pieces[0] = (pieces[0][0].lstrip(), None, None)
        if pieces and not pieces[-1][1] and not pieces[-1][2]:
            pieces[-1] = (pieces[-1][0].rstrip(), None, None)
        return assemble_doc(self.loc, pieces)

    # --- building blocks ---------------------------------------------------------------

    def subject(self) -> str:
        return self.r.choice(self.pk["sit"][self.sit][0])

    def greeting(self, to_agent: float = 0.35) -> str:
        r = self.r
        if "person" in self.allowed and r.random() < to_agent:
            g = self.pick(self.pk["greet_to"]) or r.choice(self.pool("greet"))
        else:
            g = r.choice(self.pool("greet"))
        if g[-1].isalpha() and r.random() < 0.6:
            g += ","
        return g

    def signature(self) -> list[str]:
        r = self.r
        lines = [r.choice(self.pool("signoff"))]
        sig = self.pick(self.pk["sig"]) if "person" in self.allowed else None
        if sig is None:
            sig = r.choice(self.pk["team"] + [""])
        lines += [sig] if sig else []
        if r.random() < 0.12:
            lines += ["", r.choice(self.pk["sent_from"])]
        return lines

    def neg_lines(self, k: int) -> list[str]:
        r, out = self.r, []
        refs = self.pk["sit"][self.sit][2]
        for _ in range(k):
            if r.random() < 0.55:
                label, kind = r.choice(refs)
                form = r.choice(["{L}: {V}", "{L} {V}", "({L} {V})", "{L}: {V}", "{L} - {V}"])
                out.append(form.replace("{L}", label).replace("{V}", "{n:" + kind + "}"))
            else:
                out.append(r.choice(self.pk["neg"]))
        return out

    def body(self, exclude: set[str] | frozenset = frozenset(), single: bool = False) -> list[str]:
        """Situation sentences, one line per wanted entity type not yet covered, negatives."""
        r = self.r
        opts = [b for b in self.pk["sit"][self.sit][1] if self.ok(b)]
        r.shuffle(opts)
        lines = opts[: r.choice([1, 1, 2])]
        covered = set(exclude).union(*(types_in(t) for t in lines))
        for etype in LEDGER_TYPES:
            if etype not in self.allowed or (etype in covered and etype != "person"):
                continue
            if etype == "person" and r.random() < 0.7:
                continue
            tpl = self.pick(self.pk["say"].get(SAY_KEY[etype], []))
            if tpl:
                lines.append(tpl)
                covered |= types_in(tpl)
        if self.neg_on:
            lines += self.neg_lines(r.choice([1, 1, 2, 3]))
        head, rest = lines[:1], lines[1:]
        r.shuffle(rest)
        lines = head + rest
        if single:
            lines = [t.replace("{addr}", "{addr1}").replace(":\n{", ": {") for t in lines]
        return lines

    def paragraphs(self, lines: list[str]) -> str:
        r, out = self.r, []
        for k, line in enumerate(lines):
            if k and ("\n" in line or r.random() < 0.35):
                out.append("\n\n")
            elif k:
                out.append(r.choice([" ", "\n"]))
            out.append(line)
        return "".join(out)

    # --- shapes ------------------------------------------------------------------------

    def shape_mail(self) -> None:
        r = self.r
        parts = []
        if r.random() < 0.35:
            parts.append(f"{self.pk['labels']['subject'][0]}: {self.subject()}\n")
        greet = self.greeting()
        sig = self.signature()
        parts += [greet, ""]
        body = self.body(types_in(greet + "".join(sig)))
        parts += [self.paragraphs(body), ""] + sig
        self.emit("\n".join(parts))

    def shape_note(self) -> None:
        r = self.r
        opts = [t for t in self.pk["note"] if self.ok(t) and types_in(t)]
        lines = r.sample(opts, min(len(opts), r.choice([1, 1, 2]))) if opts else []
        if not lines:
            lines = [r.choice(self.pk["note_nopii"])]
        if self.neg_on:
            lines += self.neg_lines(r.choice([1, 2]))
        stamp = r.choice(["", "[{p:date} {p:time}] ", "{p:date}: ", "NB: ", "- "])
        self.emit(stamp + "\n".join(lines))

    def shape_html(self) -> None:
        r = self.r
        if r.random() < 0.3:
            return self._html_table()
        greet = self.greeting()
        sig = [s.replace("{addr}", "{addr1}") for s in self.signature()]
        body = self.body(types_in(greet + "".join(sig)), single=True)
        if r.random() < 0.5:
            inner = "".join(f"<div>{line}</div>" for line in body)
            sign = "<br>".join(s.replace("\n", "<br>") for s in sig if s)
            self.emit(
                f'<div dir="ltr">{greet}<div><br></div>{inner}<div><br></div>'
                f"<div>{sign}</div></div>"
            )
        else:
            inner = "\n".join(f"<p>{line}</p>" for line in body)
            sign = "<br>\n".join(s.replace("\n", "<br>\n") for s in sig if s)
            self.emit(f"<html><body>\n<p>{greet}</p>\n{inner}\n<p>{sign}</p>\n</body></html>")

    def _html_table(self) -> None:
        rows = self.fields(single=True)
        cells = "\n".join(
            f"<tr><td><b>{label}</b></td><td>{value}</td></tr>" for label, value in rows
        )
        title = self.r.choice(self.pk["form_titles"]).rstrip(": ")
        self.emit(f"<h3>{title}</h3>\n<table>\n{cells}\n</table>")

    def fields(self, single: bool = False) -> list[tuple[str, str]]:
        """(label, value template) rows of a form: the wanted types, references, a message."""
        r, lab = self.r, self.pk["labels"]
        spec = [
            ("person", ["{name}", "{name}", "{name_rev}", "{name_uc}"]),
            ("email", ["{email}"]),
            ("phone", ["{phone}"]),
            ("address", ["{addr1}"] if single else ["{addr}", "{addr1}"]),
            ("dob", ["{dob}"]),
            ("card", ["{card}"]),
            ("iban", ["{iban}"]),
            ("ssn", ["{ssn}"]),
            ("ip", ["{ip}"]),
        ]
        out = [(r.choice(lab[SAY_KEY[t]]), r.choice(v)) for t, v in spec if t in self.allowed]
        if self.neg_on:
            refs = self.pk["sit"][self.sit][2]
            out += [(label, "{n:" + kind + "}") for label, kind in r.sample(refs, r.randint(1, 2))]
        msg = [b for b in self.pk["sit"][self.sit][1] if self.ok(b)]
        if msg:
            out.append((r.choice(lab["msg"]), r.choice(msg).replace("{addr}", "{addr1}")))
        return out

    def shape_form(self) -> None:
        r = self.r
        title = r.choice(self.pk["form_titles"])
        head = title + self.subject() if title.endswith(": ") else title
        if r.random() < 0.4:
            head += r.choice([" - {p:date}", " ({p:date} {p:time})", "\n" + "=" * len(title)])
        sep = r.choice([": ", ":\t", " = ", ": ", ":\n"])
        rows = [f"{label}{sep}{value}" for label, value in self.fields()]
        self.emit(head + "\n" + r.choice(["", "\n"]) + "\n".join(rows))

    def columns(self) -> list[tuple[str, str]]:
        """(header, cell template with %d for the row's person) of an export table."""
        r, lab = self.r, self.pk["labels"]
        english = r.random() < 0.45
        spec = [
            ("person", "name", ["{name:%d}", "{name_rev:%d}", "{name_uc:%d}", "{name:%d}"]),
            ("email", "email", ["{email:%d}"]),
            ("phone", "phone", ["{phone:%d}"]),
            ("address", "address", ["{addr1:%d}"]),
            ("dob", "date_of_birth", ["{dob:%d}"]),
            ("iban", "iban", ["{iban:%d}"]),
            ("card", "card_number", ["{card:%d}"]),
            ("ssn", "ssn", ["{ssn:%d}"]),
            ("ip", "ip_address", ["{ip:%d}"]),
        ]
        cols = []
        for etype, eng, tpls in spec:
            if etype in self.allowed:
                header = eng if english else r.choice(lab[SAY_KEY[etype]])
                cols.append((header, r.choice(tpls)))
        refs = self.pk["sit"][self.sit][2]
        if self.neg_on or not cols:
            slot = "n" if self.neg_on else "p"
            for label, kind in r.sample(refs, r.randint(1, len(refs))):
                cols.append((kind if english else label, "{" + slot + ":" + kind + "}"))
        if r.random() < 0.4:
            cols.append(("created" if english else self.pk["ticket"][4], "{p:date}"))
        return cols

    def cell(self, template: str, delim: str) -> None:
        pieces = self.render(template)
        text = "".join(p[0] for p in pieces)
        quote = delim in text or '"' in text
        self.pieces += ([('"', None, None)] if quote else []) + pieces
        self.pieces += [('"', None, None)] if quote else []

    def shape_csv(self, delim: str | None = None) -> None:
        r = self.r
        delim = delim or r.choice([",", ";", "\t", ","])
        if r.random() < 0.6:
            self.emit(r.choice(self.pk["intro"]["csv"]) + "\n\n")
        cols = self.columns()
        self.text(delim.join(h for h, _ in cols))
        for i in range(1, r.randint(2, 5)):
            self.text("\n")
            for k, (_, tpl) in enumerate(cols):
                if k:
                    self.text(delim)
                self.cell(tpl.replace("%d", str(i)), delim)

    def shape_mdtable(self) -> None:
        r = self.r
        self.emit(r.choice(self.pk["intro"]["table"]) + "\n\n")
        if r.random() < 0.5:
            field, value = FIELD_VALUE[self.lang]
            rows = "\n".join(f"| {label} | {v} |" for label, v in self.fields(single=True))
            self.emit(f"| {field} | {value} |\n|---|---|\n{rows}")
            return
        cols = self.columns()
        self.emit("| " + " | ".join(h for h, _ in cols) + " |\n|" + "---|" * len(cols))
        for i in range(1, r.randint(2, 5)):
            row = " | ".join(tpl.replace("%d", str(i)) for _, tpl in cols)
            self.emit(f"\n| {row} |")

    def shape_reply(self) -> None:
        r, named = self.r, "person" in self.allowed
        top = [self.pick(self.pk["greet_cust"]), ""] if named else []
        top += [r.choice(self.pk["reply"])]
        if self.neg_on and r.random() < 0.5:
            top += self.neg_lines(1)
        agent = "{first:2}" if named and r.random() < 0.8 else r.choice(self.pk["team"])
        top += ["", r.choice(self.pool("signoff")), agent, "{company}"]
        header = self.pick(self.pk["quote"]) or "-----Original Message-----"
        greet = self.greeting(0.5)
        sig = [s.replace("{addr}", "{addr1}") for s in self.signature()]
        body = self.body(types_in(greet + "".join(sig)), single=True)
        quoted = "\n".join([greet, "", self.paragraphs(body), ""] + sig)
        quoted = "\n".join("> " + line if line else ">" for line in quoted.split("\n"))
        self.emit("\n".join(top) + "\n\n" + header + "\n" + quoted)

    def shape_fwd(self) -> None:
        r, f = self.r, self.pk["fwd"]
        named, mail = "person" in self.allowed, "email" in self.allowed
        if named and mail:
            frm, to = "{name} <{email}>", r.choice(["{name:2} <{email:2}>", "{email:2}"])
        elif mail:
            frm, to = "{email}", "{email:2}"
        else:
            frm, to = ("{name}" if named else self.company), r.choice(self.pk["team"])
        intro = r.choice(self.pk["fwd_intro"]) + (r.choice(["\n\n{first:2}", ""]) if named else "")
        header = [f[0], f"{f[1]}: {frm}", f"{f[2]}: {{p:date}} {{p:time}}"]
        header += [f"{f[3]}: {self.subject()}", f"{f[4]}: {to}"]
        greet = self.greeting(0.0)
        sig = self.signature()
        body = self.body(types_in(greet + "".join(sig)))
        self.emit("\n".join([intro, "", *header, "", greet, "", self.paragraphs(body), "", *sig]))

    def chat_turns(self, cust: str, agent: str) -> list[tuple[str, str]]:
        r = self.r
        opener = self.pick(self.pk["chat_open"]) if agent.startswith("{") else None
        turns = [(agent, opener or r.choice(self.pool("greet")).rstrip(","))]
        asked = [t for t in ("person", "email", "phone", "address", "dob") if t in self.allowed]
        r.shuffle(asked)
        asked = asked[: r.randint(1, 3)] if asked else []
        for line in self.body(set(asked) | {"person"}, single=True):
            turns.append((cust, line))
        value = {"person": "{name}", "email": "{email}", "phone": "{phone}", "address": "{addr1}"}
        value["dob"] = "{dob}"
        for t in asked:
            turns.append((agent, r.choice(self.pk["ask"][SAY_KEY[t]])))
            turns.append((cust, r.choice(self.pk["answer"]).replace("{v}", value[t])))
        turns.append((agent, r.choice(self.pk["chat_bye"])))
        turns.append((cust, r.choice(self.pk["chat_cust"])))
        return turns

    def shape_chat(self) -> None:
        r, named = self.r, "person" in self.allowed
        if named:
            cust = r.choice(["{name}", "{first}", "{first_lc}", "{name_lc}", "{name}"])
        else:
            cust = self.pk["labels"]["person"][2]
        agent = "{first:2}" if named and r.random() < 0.7 else r.choice(self.pk["bot"])
        fmt = r.randrange(6)
        day = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2022, 2025)}"
        t = r.randint(8 * 3600, 19 * 3600)
        lines = []
        for who, msg in self.chat_turns(cust, agent):
            t += r.randint(4, 200)
            hm, sec = f"{t // 3600:02d}:{t // 60 % 60:02d}", f"{t % 60:02d}"
            lines.append(
                [
                    f"[{hm}] {who}: {msg}",
                    f"{who} ({hm}): {msg}",
                    f"{day}, {hm} - {who}: {msg}",
                    f"[{day}, {hm}:{sec}] {who}: {msg}",
                    f"<{who}> {msg}",
                    f"{who}  {hm}\n{msg}\n",
                ][fmt]
            )
        self.emit("\n".join(lines))

    def log_stamp(self, style: int, t: int) -> str:
        r = self.r
        day = self.cache.setdefault(
            ("day", 0), f"{r.randint(2023, 2025)}-{r.randint(1, 12):02d}-{r.randint(10, 28)}"
        )
        y, m, d = day.split("-")
        hms = f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}"
        return [
            f"{day}T{hms}Z",
            f"{day} {hms},{r.randint(0, 999):03d}",
            f"[{d}/{m}/{y} {hms}]",
            f"{day}T{hms}.{r.randint(0, 999):03d}+01:00",
        ][style]

    def shape_log(self) -> None:
        r = self.r
        wanted = [t for t in LEDGER_TYPES if t in self.allowed]
        lines = []
        for etype in wanted:
            opts = [x for x in LOG_LINES if etype in types_in(x) and self.ok(x)]
            if opts:
                lines.append(r.choice(opts))
        neutral = [x for x in LOG_LINES if not types_in(x)]
        neutral = [x for x in neutral if self.neg_on or "{n:" not in x]
        lines += r.sample(neutral, r.randint(1, 3))
        r.shuffle(lines)
        style, t = r.randrange(4), r.randint(6 * 3600, 20 * 3600)
        out = []
        if "ip" in self.allowed and r.random() < 0.35:
            stamp = f"{r.randint(10, 28)}/Mar/2025:{t // 3600:02d}:{t // 60 % 60:02d}:11 +0100"
            out.append(r.choice(ACCESS_LINES).replace("{ats}", stamp))
        for line in lines:
            t += r.randint(1, 400)
            out.append(line.replace("{ts}", self.log_stamp(style, t)))
        block = "\n".join(out)
        if r.random() < 0.4:
            block = "```\n" + block + "\n```"
        if r.random() < 0.7:
            block = r.choice(self.pk["intro"]["log"]) + "\n\n" + block
        self.emit(block)

    def shape_json(self) -> None:
        r = self.r
        quote = '"{}"'.format
        outer = [
            ("event", quote(EVENTS[self.sit])),
            ("id", quote("{n:uuid}" if self.neg_on else "{p:uuid}")),
        ]
        inner = [(k, quote(v)) for t, k, v in JSON_FIELDS if t in self.allowed and r.random() < 0.9]
        if self.neg_on:
            refs = self.pk["sit"][self.sit][2]
            outer += [
                (kind, quote("{n:" + kind + "}")) for _, kind in r.sample(refs, r.randint(1, 2))
            ]
        outer.append(("created_at", quote(self.log_stamp(r.choice([0, 3]), r.randint(0, 86399)))))
        ind = r.choice(["  ", "    "])
        body = [f"{ind}{quote(k)}: {v}" for k, v in outer]
        if inner:
            rows = ",\n".join(f"{ind * 2}{quote(k)}: {v}" for k, v in inner)
            body.insert(r.randint(1, 2), f'{ind}"customer": {{\n{rows}\n{ind}}}')
        block = "{\n" + ",\n".join(body) + "\n}"
        if r.random() < 0.4:
            block = "```json\n" + block + "\n```"
        if r.random() < 0.7:
            block = r.choice(self.pk["intro"]["json"]) + "\n" + block
        self.emit(block)

    def config_items(self) -> list[tuple[str, str, str]]:
        r = self.r
        items = []
        for etype, options in CONFIG_ITEMS.items():
            if etype in self.allowed:
                items += r.sample(options, r.randint(1, min(2, len(options))))
        neutral = (
            CONFIG_NEUTRAL if self.neg_on else [x for x in CONFIG_NEUTRAL if "{n:" not in x[2]]
        )
        items += r.sample(neutral, r.randint(2, 4))
        r.shuffle(items)
        items.sort(key=lambda x: x[0])
        return items

    def shape_config(self) -> None:
        r = self.r
        items = self.config_items()
        style = r.choice(["yaml", "env", "ini"])
        lines, section = [], None
        for sec, key, value in items:
            if style == "env":
                lines.append(f"{sec.upper()}_{key.upper()}={value}")
                continue
            if sec != section:
                lines += ([""] if section and style == "ini" else []) + [
                    f"[{sec}]" if style == "ini" else f"{sec}:"
                ]
                section = sec
            quoted = f'"{value}"' if style == "yaml" and r.random() < 0.4 else value
            lines.append(f"  {key}: {quoted}" if style == "yaml" else f"{key} = {value}")
        block = "\n".join(lines)
        if r.random() < 0.65:
            block = f"```{style}\n{block}\n```"
        block = r.choice(self.pk["intro"]["config"]) + "\n\n" + block
        if r.random() < 0.5:
            block = self.greeting(0.2) + "\n\n" + block + "\n\n" + "\n".join(self.signature())
        self.emit(block)

    def shape_ticket(self) -> None:
        r, tk = self.r, self.pk["ticket"]
        statuses, prios, note_label = self.pk["ticket_vals"]
        named, mail = "person" in self.allowed, "email" in self.allowed
        lines = [f"{tk[0]} #{{{'n' if self.neg_on else 'p'}:ticket_id}}"]
        lines.append(f"{tk[1]}: {r.choice(statuses)} | {tk[2]}: {r.choice(prios)}")
        req = (
            "{name} <{email}>"
            if named and mail
            else "{name_rev}"
            if named
            else "{email}"
            if mail
            else ""
        )
        lines += [f"{tk[3]}: {req}"] if req else []
        lines += [f"{tk[4]}: {{p:date}} {{p:time}}", f"{tk[5]}: {self.subject()}", "", f"{tk[6]}:"]
        lines.append(self.paragraphs(self.body(types_in(req))))
        if named and r.random() < 0.6:
            notes = [t for t in self.pk["note"] if self.ok(t)] or self.pk["note_nopii"]
            lines += ["", f"--- {note_label} ({{first:2}}) ---", r.choice(notes)]
        self.emit("\n".join(lines))

    def shape_voicemail(self) -> None:
        r = self.r
        head, says = self.pk["voicemail"]
        said = self.pick(says) or says[0]
        extra = self.body(types_in(head + said) | {"person"}, single=True)[1:]
        words = " ".join([said] + extra)
        self.emit(f'{head} ({r.randint(0, 1)}:{r.randint(5, 59):02d})\n\n"{words}"')


LOG_LINES = [
    "{ts} INFO  auth: login ok user={email} ip={ip}",
    "{ts} WARN  auth: 5 failed logins for {email} from {ip}",
    "{ts} INFO  notify: sms queued to={phone} template=otp",
    "{ts} ERROR billing: charge declined card={card} amount={p:amount}",
    "{ts} DEBUG http: > Authorization: Bearer {secret:jwt}",
    "{ts} DEBUG openai: using key {secret:openai}",
    "{ts} WARN  login failed user={email} password={secret:password}",
    "{ts} DEBUG http: > X-Api-Key: {secret}",
    "{ts} INFO  db: connecting to {urlcred}",
    "{ts} WARN  kyc: dob={dob} does not match record for {email}",
    "{ts} INFO  payout: iban={iban} status=sent",
    '{ts} INFO  profile: address changed to "{addr1}"',
    '{ts} INFO  crm: contact created name="{name}" phone={phone}',
    "{ts} INFO  session: user {first_lc} signed in from {ip}",
    "{ts} INFO  ssn_check: ssn={ssn} result=match",
    "{ts} INFO  upstream {n:private_ip}:8080 healthy",
    "{ts} INFO  deploy {n:git_sha} version={n:version}",
    "{ts} INFO  request_id={n:uuid} path=/api/v2/orders status=200",
    "{ts} INFO  mail relay via {n:hostname} ok",
    "{ts} WARN  order {n:order_id} stuck in state=pending",
    "{ts} INFO  device imei={n:imei} registered",
    "{ts} INFO  meter {n:meter_no} reading imported",
    "{ts} INFO  ticket: assigned to {name} by rule vip-queue",
    "{ts} INFO  cache warmed in 231ms",
    "{ts} INFO  healthcheck ok",
    "{ts} WARN  retrying job export-daily (attempt 2/5)",
]
ACCESS_LINES = [
    '{ip} - - [{ats}] "GET /account/settings HTTP/1.1" 200 5123 "-" "Mozilla/5.0"',
    '{ip} - - [{ats}] "POST /login HTTP/1.1" 302 0',
]
EVENTS = {
    "ecom": "shipment.updated",
    "returns": "refund.requested",
    "saas": "user.mfa_reset",
    "it": "incident.created",
    "bank": "dispute.opened",
    "insure": "claim.created",
    "travel": "booking.changed",
    "energy": "meter.reading_submitted",
    "health": "appointment.rescheduled",
    "property": "repair.requested",
    "hr": "employee.updated",
    "gov": "application.submitted",
    "telecom": "port_in.requested",
    "edu": "enrolment.created",
}
JSON_FIELDS = [
    ("person", "name", "{name}"),
    ("email", "email", "{email}"),
    ("phone", "phone", "{phone}"),
    ("address", "address", "{addr1}"),
    ("dob", "date_of_birth", "{dob}"),
    ("iban", "iban", "{iban}"),
    ("card", "card_number", "{card}"),
    ("ssn", "ssn", "{ssn}"),
    ("ip", "last_login_ip", "{ip}"),
    ("secret", "api_key", "{secret}"),
    ("url_credentials", "webhook_url", "{urlcred}"),
]
CONFIG_ITEMS = {
    "secret": [
        ("stripe", "secret_key", "{secret:stripe}"),
        ("stripe", "restricted_key", "{secret:stripe_rk}"),
        ("aws", "access_key_id", "{secret:awsid}"),
        ("aws", "secret_access_key", "{secret:awssecret}"),
        ("smtp", "password", "{secret:password}"),
        ("database", "password", "{secret:password}"),
        ("github", "token", "{secret:github}"),
        ("gitlab", "token", "{secret:gitlab}"),
        ("slack", "bot_token", "{secret:slack}"),
        ("sendgrid", "api_key", "{secret:sendgrid}"),
        ("openai", "api_key", "{secret:openai}"),
        ("google", "maps_api_key", "{secret:google}"),
        ("npm", "token", "{secret:npm}"),
        ("auth", "service_jwt", "{secret:jwt}"),
    ],
    "url_credentials": [("database", "url", "{urlcred}"), ("queue", "broker_url", "{urlcred:2}")],
    "email": [("smtp", "user", "{email}"), ("alerts", "notify", "{email:2}")],
    "phone": [("alerts", "oncall_phone", "{phone}"), ("alerts", "sms_to", "{phone:2}")],
    "ip": [("firewall", "allow_from", "{ip}"), ("app", "public_ip", "{ip:2}")],
    "person": [("app", "maintainer", "{name}"), ("alerts", "oncall_name", "{name:2}")],
}
CONFIG_NEUTRAL = [
    ("database", "host", "{n:private_ip}"),
    ("database", "port", "5432"),
    ("smtp", "host", "{n:hostname}"),
    ("smtp", "port", "587"),
    ("app", "version", "{n:version}"),
    ("app", "release", "{n:git_sha}"),
    ("app", "debug", "false"),
    ("replica", "password", "${DB_PASSWORD}"),
    ("cache", "host", "{n:private_ip}"),
    ("app", "instance_id", "{n:uuid}"),
    ("app", "log_level", "info"),
    ("backup", "password", "********"),
]
TYPE_WEIGHT = {"person": 0.8, "email": 0.45, "phone": 0.5, "address": 0.3, "dob": 0.15}
TYPE_WEIGHT |= {"card": 0.1, "iban": 0.14, "ip": 0.1, "ssn": 0.2, "secret": 0.08}
TYPE_WEIGHT |= {"url_credentials": 0.06}
SHAPE_BOOST = {
    "config": {"secret": 0.95, "url_credentials": 0.55, "email": 0.5, "person": 0.3},
    "log": {"ip": 0.8, "email": 0.6, "secret": 0.25, "url_credentials": 0.2, "person": 0.3},
    "voicemail": {"phone": 1.0, "person": 1.0},
    "csv": {"email": 0.7, "phone": 0.6, "dob": 0.3, "address": 0.45},
    "json": {"email": 0.7, "ip": 0.3, "dob": 0.25, "address": 0.4},
    "form": {"email": 0.7, "phone": 0.7, "address": 0.5, "dob": 0.3},
    "mdtable": {"email": 0.6, "phone": 0.6, "address": 0.45, "dob": 0.3},
    "chat": {"email": 0.55, "dob": 0.25, "address": 0.35},
}


# ---------------------------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------------------------


def _pick_types(r: random.Random, locale: str, shape: str) -> set[str]:
    weight = TYPE_WEIGHT | SHAPE_BOOST.get(shape, {})
    types = {t for t in LEDGER_TYPES if r.random() < weight.get(t, 0.0)}
    if locale != "en_US":
        types.discard("ssn")
    while len(types) > 5:
        types.discard(r.choice(sorted(types - {"person"})))
    return types or {"person"}


def _try_doc(locale: str, r: random.Random, fake: Faker) -> dict:
    nopii = r.random() < 0.13
    situation, shape = r.choice(SITUATIONS), r.choice(SHAPES)
    if nopii and shape == "voicemail":
        shape = "note"
    doc = _Doc(locale, r, fake, situation)
    doc.neg_on = r.random() < (0.75 if nopii else 0.57)
    doc.allowed = set() if nopii else _pick_types(r, locale, shape)
    getattr(doc, "shape_" + shape)()
    return doc.finish()


def consistent(doc: dict) -> bool:
    """Every whole-word occurrence of a labelled value lies inside a span; no '@' in negatives."""
    text = doc["text"]
    return every_occurrence_labelled(doc) and not any(
        "@" in text[n["start"] : n["end"]] for n in doc["negatives"]
    )


def build_ledger_corpus(n_docs: int, seed: int = 0) -> list[dict]:
    """`n_docs` docs, the locales taking turns; the same (n_docs, seed) gives the same docs."""
    r = random.Random(seed)
    fakers = {}
    for loc in LEDGER_LOCALES:
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(r.getrandbits(32))
    docs = []
    for k in range(n_docs):
        loc = LEDGER_LOCALES[k % len(LEDGER_LOCALES)]
        for _ in range(100):
            doc = _try_doc(loc, r, fakers[loc])
            if consistent(doc):
                break
        else:
            raise RuntimeError(f"no consistent doc for {loc}")
        docs.append(doc)
    return docs


def main(argv: list[str] | None = None) -> int:
    return corpus_main(build_ledger_corpus, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
