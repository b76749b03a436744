"""Harbor PII corpus: labelled multi-lingual business text across ten locales and sixteen shapes.

THIS CORPUS MUST NEVER BE USED FOR TUNING. Do not look at what a detector misses or flags wrongly
on it and then change the detector, its rules, thresholds or training data. Once it has been used
for tuning it is spent and says nothing about generalisation any more.

Locales (they take turns, doc i has HARBOR_LOCALES[i % 10]): en_US, en_GB, en_AU, en_IN, de_DE,
fr_FR, es_ES, pt_BR, it_IT, cs_CZ. Faker has no en_ZA provider, so en_IN (India) stands in for it.
Every doc is written in its locale's language the way a native writes it (English for en_*,
German, French, Castilian Spanish, Brazilian Portuguese, Italian, Czech with its diacritics).
Names, streets, postcodes, cities and phone numbers follow the locale's country. IBANs follow the
country too; the US, Australia and India have no IBAN, so their docs carry GB, IE or DE IBANs
(a foreign account). Phone numbers are drawn until `phonenumbers.is_valid_number` accepts them
for REGION[locale] and are written in that country's own styles (national with spaces, dashes,
dots, slashes or parentheses, +CC, 00CC and "+CC (0)" forms).

Situations (SITUATIONS): e-commerce delivery, returns/refunds, SaaS account access, IT helpdesk,
banking, insurance, travel, utilities, healthcare appointments, rentals, HR/payroll, government
forms, telecom, education, recruiting, legal/notary, car repair/leasing.
Shapes (SHAPES): prose e-mail, short internal note, HTML remnant, quoted reply ("> "), forwarded
mail with headers, chat transcript (five export formats, speakers labelled by name or handle),
web-form dump ("Field: value"), CSV/TSV export with a header row, log lines, JSON snippet,
markdown table, YAML/.env/INI config, ticket-system export, voicemail/SMS transcript, CRM note,
shipping label. About 15% of docs hold no PII at all; about 60% carry planted hard negatives.

Labelling conventions (what counts as PII):
- text[start:end] is exactly the value. Titles (Mr, Mrs, Ms, Dr, Herr, Frau, M., Mme, Madame,
  Monsieur, Sr., Sra., Sig., Sig.ra, Dott., pan, paní, Ing.), salutation words, field labels,
  phone extensions ("ext. 12", "Durchwahl 34", "poste 12", "ramal 12", "int. 12", "linka 12"),
  quotes, brackets and the "mailto:" of an HTML link stay outside the span.
- Every occurrence of a value is labelled: greetings, sign-offs, signatures, mail headers,
  quoted lines and chat speaker labels included. A value inside a longer span (a name inside an
  e-mail address, a URL with credentials or a c/o line of an address) is covered by that span and
  gets no span of its own.
- person: a person's name, full or partial: first name alone, surname after a title, "Last,
  First", ALL CAPS, lower case, initial(s) with surname, chat handles made of the name
  ("anna.schmidt", "aschmidt").
- address: a street address with a house number, or a PO box (PO Box, Postfach, BP, Apartado de
  Correos, Caixa Postal, Casella Postale, P. O. BOX, P.O.Box), of a person or a delivery. One span
  runs from the street (or the c/o, flat or unit line that starts it) through postcode and city,
  plus the country line when there is one, across line breaks too. A street name, a city or a
  postcode alone is never an address (they are planted as negatives).
- phone: a number valid for the doc's country, national or international form.
- email: any e-mail address (only personal ones are planted).
- card: a Visa, Mastercard or Amex number that passes Luhn, grouped in 4s (Amex 4-6-5) or not.
- iban: passes mod 97 with its country's length, grouped in 4s or not.
- ip: only public IPv4/IPv6 addresses. Private (10/8, 172.16/12, 192.168/16), loopback and
  documentation ranges are never spans; private ones are planted as negatives.
- dob: a date only where the text makes clear it is a birth date, in any format of the locale.
- ssn: US Social Security numbers, en_US only.
- secret: the value of an API key, token or password (never the key name) in prose, config or
  log lines. url_credentials: the whole URL that carries user:password@.
Negatives (HARBOR_NEGATIVE_KINDS; never overlapping a span): phone-shaped serials, IMEIs (Luhn
valid), meter, customer, member, contract, policy, account and case numbers, order and tracking
ids, invoice numbers, sort/bank codes, non-birth dates, times, amounts, versions, private IPs,
products holding a first name, companies holding a surname, streets, cities or postcodes alone,
hostnames, UUIDs, hashes, git shas, VAT numbers, payment references, booking codes, flight
numbers and VINs. Text outside spans is never PII; the negatives list only marks the planted
hard cases, so an unlisted order number (a mail header date in a doc that plants none) is still
not PII.

Further conventions a scorer should know: organisation names, team signatures, service user
names in URLs ("deploy", "svc_backup") and role labels in chats ("Agent") are not PII. Brand and
car names that hold a person's name ("Tommy Hilfiger", "Opel Adam", "Škoda Octavia") are product
negatives; companies named after people ("Siemens", "Ferrero", Faker's "Chan, Miller and Evans")
are company negatives. Czech greets men as "Vážený pane," without the name (the vocative would
change the surname); Czech names only ever stand in the nominative. A phone's "(area)" and an
Italian address's "(XX)" province are inside their spans.

Each doc is {"text", "locale", "spans", "negatives"}; build_harbor_corpus_with_meta also says
which situation and shape each doc was drawn from. A doc that would leave a labelled value
unlabelled somewhere else in its text (a surname inside a company name, say) is redrawn.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
import sys
import unicodedata
import uuid
from datetime import date, timedelta
from pathlib import Path

import phonenumbers as pn
from faker import Faker
from faker.providers.address.it_IT import Provider as ItAddressProvider

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pii_corpus import (
    assemble_doc,
    corpus_main,
    every_occurrence_labelled,
    luhn_valid,
)

HARBOR_LOCALES = (
    "en_US",
    "en_GB",
    "en_AU",
    "en_IN",
    "de_DE",
    "fr_FR",
    "es_ES",
    "pt_BR",
    "it_IT",
    "cs_CZ",
)
LANG = {loc: loc.split("_")[0] for loc in HARBOR_LOCALES}
REGION = {loc: loc.split("_")[1] for loc in HARBOR_LOCALES}
IBAN_COUNTRY = {
    "en_US": ("GB", "IE", "DE"),
    "en_GB": ("GB",),
    "en_AU": ("GB", "IE"),
    "en_IN": ("GB", "DE"),
    "de_DE": ("DE",),
    "fr_FR": ("FR",),
    "es_ES": ("ES",),
    "pt_BR": ("BR",),
    "it_IT": ("IT",),
    "cs_CZ": ("CZ",),
}
# BBAN layouts: n digits, a upper-case letters, c upper-case letters or digits
IBAN_BBAN = {
    "DE": "18n",
    "GB": "4a14n",
    "IE": "4a14n",
    "FR": "10n11n2n",
    "ES": "20n",
    "IT": "1a10n12c",
    "BR": "23n1a1c",
    "CZ": "20n",
}
IBAN_LENGTH = {"DE": 22, "GB": 22, "IE": 22, "FR": 27, "ES": 24, "IT": 27, "BR": 29, "CZ": 24}
SITUATIONS = (
    "delivery",
    "returns",
    "saas",
    "helpdesk",
    "banking",
    "insurance",
    "travel",
    "utilities",
    "healthcare",
    "rental",
    "hr",
    "government",
    "telecom",
    "education",
    "recruiting",
    "legal",
    "car",
)
# who writes: "out" = the organisation writes to the customer (c), "in" = the customer writes
PERSPECTIVE = {
    "delivery": "out",
    "returns": "in",
    "saas": "out",
    "helpdesk": "in",
    "banking": "out",
    "insurance": "in",
    "travel": "out",
    "utilities": "in",
    "healthcare": "out",
    "rental": "in",
    "hr": "out",
    "government": "in",
    "telecom": "in",
    "education": "out",
    "recruiting": "in",
    "legal": "out",
    "car": "out",
}
SHAPES = (
    "email",
    "note",
    "html",
    "quoted_reply",
    "forwarded",
    "chat",
    "form",
    "csv",
    "log",
    "json",
    "markdown",
    "config",
    "ticket",
    "voicemail_sms",
    "crm_note",
    "shipping_label",
)
NOPII_SHAPES = (
    "email",
    "note",
    "html",
    "quoted_reply",
    "chat",
    "form",
    "csv",
    "log",
    "json",
    "markdown",
    "config",
    "ticket",
)
HARBOR_NEGATIVE_KINDS = (
    "serial",
    "imei",
    "meter",
    "customer_no",
    "member_id",
    "contract_no",
    "policy_no",
    "account_no",
    "case_no",
    "order",
    "tracking",
    "invoice",
    "sort_code",
    "date",
    "time",
    "amount",
    "version",
    "private_ip",
    "product",
    "company",
    "street",
    "city",
    "postcode",
    "hostname",
    "uuid",
    "hash",
    "git_sha",
    "vat",
    "payref",
    "booking",
    "flight",
    "vin",
)
PII_DOC_SLOTS = ("ip", "ip6", "secret", "password", "url_cred", "iban")
NO_PII_SHARE = 0.15
PLANT_SHARE = 0.5


# ---------------------------------------------------------------- value generators

_FMT = pn.PhoneNumberFormat
PHONE_PLANS = {
    "US": [(a, 10) for a in ("212", "305", "312", "404", "415", "512", "617", "646", "702")]
    + [(a, 10) for a in ("713", "720", "773", "808", "917", "919", "971", "206", "303")],
    "GB": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10), ("203", 10), ("207", 10)]
    + [(a, 10) for a in ("208", "161", "121", "113", "117", "131", "141", "1223", "1865")],
    "AU": [("4", 9), ("4", 9), ("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    "IN": [("9", 10), ("8", 10), ("7", 10), ("6", 10), ("11", 10), ("22", 10), ("80", 10)],
    "DE": [(a, 11) for a in ("151", "152", "157", "159", "176", "177")]
    + [(a, 10) for a in ("160", "170", "171", "172", "175")]
    + [(a, n) for a in ("30", "40", "89", "69", "221", "711", "351", "341") for n in (9, 10)],
    "FR": [(a, 9) for a in ("1", "2", "3", "4", "5", "6", "6", "7", "9")],
    "ES": [(a, 9) for a in ("6", "6", "7", "91", "93", "95", "96", "98")],
    "BR": [(d + "9", 11) for d in ("11", "21", "31", "41", "51", "61", "71", "81", "85", "19")]
    + [(d + k, 10) for d in ("11", "21", "31", "48", "62") for k in ("3", "2")],
    "IT": [(a, 10) for a in ("320", "328", "333", "338", "340", "347", "349", "366", "393")]
    + [(a, n) for a in ("06", "02") for n in (9, 10)]
    + [(a, 10) for a in ("011", "055", "081", "051", "041")],
    "CZ": [(a, 9) for a in ("601", "602", "603", "605", "608", "72", "73", "77", "79", "2", "5")],
}
PHONE_STYLES = {
    "US": ("nat", "dash", "dot", "one", "intl", "e164", "intl_paren"),
    "GB": ("nat", "nat", "intl", "zero", "e164", "nospace", "paren", "00"),
    "AU": ("nat", "nat", "intl", "nospace", "paren", "zero", "dot"),
    "IN": ("nat", "intl", "intl_dash", "bare", "bare_space", "dash", "e164"),
    "DE": ("nat", "slash", "paren", "intl", "zero", "00", "dash", "e164"),
    "FR": ("nat", "nat", "dot", "intl", "zero", "00", "nospace"),
    "ES": ("nat", "nat", "intl", "e164", "nospace", "00"),
    "BR": ("nat", "nat", "br_plain", "intl", "intl_paren", "nospace", "e164"),
    "IT": ("nat", "intl", "dot", "slash", "00", "nospace", "e164"),
    "CZ": ("nat", "nat", "intl", "00", "nospace", "e164"),
}


def _phone_style(style: str, num: pn.PhoneNumber) -> str:
    """`num` written in one named style (the caller checks the result still parses as valid)."""
    nat = pn.format_number(num, _FMT.NATIONAL)
    intl = pn.format_number(num, _FMT.INTERNATIONAL)
    cc, rest = intl.split(" ", 1)
    nsn = pn.national_significant_number(num)
    area = nat.split(" ")[0]
    plain = nat.replace("(", "").replace(") ", " ").replace(")", "")
    table = {
        "nat": nat,
        "intl": intl,
        "e164": pn.format_number(num, _FMT.E164),
        "00": "00" + cc[1:] + " " + rest,
        "nospace": re.sub(r"[^\d]", "", nat),
        "dash": plain.replace(" ", "-"),
        "dot": plain.replace(" ", ".").replace("-", "."),
        "slash": nat.replace(" ", "/", 1),
        "paren": f"({area}) {nat[len(area) + 1 :]}",
        "zero": f"{cc} (0){nat[1:]}",
        "one": "1-" + plain.replace(" ", "-"),
        "intl_paren": f"{cc} {nat}",
        "intl_dash": intl.replace(" ", "-"),
        "bare": nsn,
        "bare_space": nsn[:5] + " " + nsn[5:],
        "br_plain": plain,
    }
    return table[style]


def make_phone(r: random.Random, region: str) -> str:
    """A valid number of `region` in one of its local styles."""
    for _ in range(200):
        prefix, length = r.choice(PHONE_PLANS[region])
        nsn = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix)))
        cc = pn.country_code_for_region(region)
        num = pn.parse(f"+{cc}{nsn}")
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        styles = list(PHONE_STYLES[region])
        r.shuffle(styles)
        for style in styles:
            text = _phone_style(style, num)
            if phone_valid(text, region):
                return text
    raise RuntimeError(f"no valid phone for {region}")


def phone_valid(text: str, region: str) -> bool:
    try:
        return pn.is_valid_number(pn.parse(text, region))
    except pn.NumberParseException:
        return False


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    if len(s) != IBAN_LENGTH.get(s[:2], -1):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def make_iban(r: random.Random, country: str) -> str:
    bban = ""
    for count, kind in re.findall(r"(\d+)([nac])", IBAN_BBAN[country]):
        pool = {"n": string.digits, "a": string.ascii_uppercase}.get(
            kind, string.digits + string.ascii_uppercase
        )
        bban += "".join(r.choice(pool) for _ in range(int(count)))
    num = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    iban = f"{country}{98 - num % 97:02d}{bban}"
    if r.random() < 0.6:
        iban = " ".join(iban[k : k + 4] for k in range(0, len(iban), 4))
    return iban


def _luhn_complete(r: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for check in string.digits:
        if luhn_valid(body + check):
            return body + check
    raise AssertionError(body)


def make_card(r: random.Random) -> str:
    kind = r.choices(("visa", "mc", "mc2", "amex"), (45, 30, 8, 17))[0]
    if kind == "amex":
        digits = _luhn_complete(r, r.choice(("34", "37")), 15)
        sep = r.choice((" ", " ", "-", ""))
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    prefix = {"visa": "4", "mc": "5" + r.choice("12345"), "mc2": str(r.randint(2221, 2720))}
    digits = _luhn_complete(r, prefix[kind], 16)
    sep = r.choice((" ", " ", "-", "", ""))
    return sep.join(digits[k : k + 4] for k in range(0, 16, 4))


def ip_public(text: str) -> bool:
    addr = ipaddress.ip_address(text)
    return addr.is_global and not addr.is_private and not addr.is_reserved


def make_ip(r: random.Random, v6: bool = False) -> str:
    while True:
        if v6:
            words = [r.choice((0x2001, 0x2003, 0x2A00, 0x2A02, 0x2600, 0x2804, 0x2406))]
            words += [r.randint(0, 0xFFFF) for _ in range(7)]
            if r.random() < 0.5:
                words[4:7] = [0, 0, 0]
            text = str(ipaddress.IPv6Address(":".join(f"{w:x}" for w in words)))
        else:
            text = ".".join(
                str(r.randint(1, 223) if k == 0 else r.randint(0, 254)) for k in range(4)
            )
        if ip_public(text):
            return text


def make_private_ip(r: random.Random) -> str:
    return r.choice(
        (
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        )
    )


def _rand(r: random.Random, n: int, pool: str = string.ascii_letters + string.digits) -> str:
    return "".join(r.choice(pool) for _ in range(n))


def make_secret(r: random.Random) -> str:
    hexd = "0123456789abcdef"
    up = string.ascii_uppercase + string.digits
    return r.choice(
        (
            lambda: "sk_live_" + _rand(r, 24),
            lambda: "ghp_" + _rand(r, 36),
            lambda: "AKIA" + _rand(r, 16, up),
            lambda: (
                f"xoxb-{_rand(r, 11, string.digits)}-{_rand(r, 12, string.digits)}-" + _rand(r, 24)
            ),
            lambda: "AIza" + _rand(r, 35, string.ascii_letters + string.digits + "-_"),
            lambda: "glpat-" + _rand(r, 20),
            lambda: _rand(r, 32, hexd),
            lambda: "eyJhbGciOiJIUzI1NiJ9." + _rand(r, 40) + "." + _rand(r, 43),
            lambda: "SG." + _rand(r, 22) + "." + _rand(r, 43),
        )
    )()


def make_password(r: random.Random) -> str:
    core = _rand(r, r.randint(6, 10)) + r.choice("!#$%&*?-_+") + _rand(r, 2, string.digits)
    return r.choice(string.ascii_letters) + core + r.choice(string.ascii_letters + string.digits)


def make_ssn(r: random.Random) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    ssn = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return ssn if r.random() < 0.85 else ssn.replace("-", " ")


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae").replace("Ø", "O")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- locale data

FREE_MAIL = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net"),
    "en_GB": ("gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com"),
    "en_AU": ("bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com", "iinet.net.au"),
    "en_IN": ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"),
    "de_DE": ("web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"),
    "fr_FR": ("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"),
    "es_ES": ("gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "outlook.es"),
    "pt_BR": ("gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"),
    "it_IT": ("libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"),
    "cs_CZ": ("seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"),
}
ORGS = {
    "en_US": (
        ("Bluewater Outfitters", "bluewater-outfitters.com"),
        ("Cobalt Bank", "cobaltbank.com"),
    ),
    "en_GB": (
        ("Brightlane Energy", "brightlane.co.uk"),
        ("Heathfield Lettings", "heathfield.co.uk"),
    ),
    "en_AU": (
        ("Southern Cross Mobile", "scmobile.com.au"),
        ("Harbourside Health", "hshealth.com.au"),
    ),
    "en_IN": (("Kaveri Telecom", "kaveritel.in"), ("Indus Shoppe", "indusshoppe.in")),
    "de_DE": (("Stadtwerke Lindenau", "sw-lindenau.de"), ("Nordkap Versand", "nordkap-versand.de")),
    "fr_FR": (("Assurances Léman", "assurances-leman.fr"), ("Atelier Bleu", "atelierbleu.fr")),
    "es_ES": (("Seguros Meridiano", "segurosmeridiano.es"), ("Viajes Alborada", "alborada.es")),
    "pt_BR": (("Clínica Vida Plena", "vidaplena.com.br"), ("Loja Ipê", "lojaipe.com.br")),
    "it_IT": (
        ("Assicurazioni Alpina", "alpina-assicura.it"),
        ("Luce Chiara Energia", "lucechiara.it"),
    ),
    "cs_CZ": (("Energie Vltava", "energie-vltava.cz"), ("Modrý Dům Reality", "modrydum.cz")),
}
COMPANIES = {
    "en": ("Johnson & Johnson", "Procter & Gamble", "Marks & Spencer", "Morgan Stanley", "Dell")
    + ("Ford", "Boeing", "Hewlett-Packard", "Harvey Norman", "David Jones", "Tata Motors")
    + ("Bajaj Auto", "Mahindra", "Sainsbury's", "Goldman Sachs", "Walgreens", "Kellogg's"),
    "de": ("Siemens", "Bosch", "Porsche", "Henkel", "Miele", "Merck", "Otto Group", "Thyssenkrupp")
    + ("Vorwerk", "Bertelsmann", "Schaeffler"),
    "fr": ("Michelin", "Peugeot", "Renault", "Citroën", "Dassault Systèmes", "Bouygues", "Lacoste")
    + ("Louis Vuitton", "Hermès", "Pernod Ricard"),
    "es": ("Puig", "Loewe", "Freixenet", "Roca", "Grupo Ferrovial", "Hijos de Rivera", "Codorníu"),
    "pt": ("Magazine Luiza", "Casas Bahia", "Gerdau", "Odebrecht", "Marcopolo", "Renner"),
    "it": ("Ferrari", "Ferrero", "Barilla", "Benetton", "Lavazza", "Pirelli", "Armani", "Prada"),
    "cs": ("Baťa", "Škoda Auto", "Petrof", "Moser", "Koh-i-noor Hardtmuth", "Laurin & Klement"),
}
COUNTRY = {
    "en_US": ("USA", "United States"),
    "en_GB": ("United Kingdom", "UK"),
    "en_AU": ("Australia",),
    "en_IN": ("India",),
    "de_DE": ("Deutschland", "Germany"),
    "fr_FR": ("France",),
    "es_ES": ("España",),
    "pt_BR": ("Brasil",),
    "it_IT": ("Italia",),
    "cs_CZ": ("Česká republika", "Czech Republic"),
}
IN_STREETS = (
    "MG Road",
    "Linking Road",
    "Park Street",
    "Brigade Road",
    "Anna Salai",
    "FC Road",
    "Ashram Road",
    "Residency Road",
    "Nehru Nagar Main Road",
    "Church Street",
)
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
}
DATE_STYLES = {
    "en_US": ("{m:02d}/{d:02d}/{y}", "{M} {d}, {y}", "{y}-{m:02d}-{d:02d}", "{m}/{d}/{y}"),
    "en_GB": ("{d:02d}/{m:02d}/{y}", "{d} {M} {y}", "{y}-{m:02d}-{d:02d}"),
    "en_AU": ("{d:02d}/{m:02d}/{y}", "{d} {M} {y}", "{d}/{m}/{y}"),
    "en_IN": ("{d:02d}-{m:02d}-{y}", "{d:02d}/{m:02d}/{y}", "{d} {M} {y}"),
    "de_DE": ("{d:02d}.{m:02d}.{y}", "{d}. {M} {y}", "{d}.{m}.{y}", "{y}-{m:02d}-{d:02d}"),
    "fr_FR": ("{d:02d}/{m:02d}/{y}", "{d} {M} {y}", "{d:02d}.{m:02d}.{y}"),
    "es_ES": ("{d:02d}/{m:02d}/{y}", "{d} de {M} de {y}", "{d}-{m:02d}-{y}"),
    "pt_BR": ("{d:02d}/{m:02d}/{y}", "{d} de {M} de {y}", "{d:02d}.{m:02d}.{y}"),
    "it_IT": ("{d:02d}/{m:02d}/{y}", "{d} {M} {y}", "{d:02d}.{m:02d}.{y}"),
    "cs_CZ": ("{d}. {m}. {y}", "{d:02d}.{m:02d}.{y}", "{d}. {M} {y}", "{d}.{m}.{y}"),
}
TITLES = {
    "en_US": {"m": ("Mr.",), "f": ("Ms.", "Mrs."), "dr": ("Dr.", "Dr.")},
    "en_GB": {"m": ("Mr",), "f": ("Ms", "Mrs", "Miss"), "dr": ("Dr", "Dr")},
    "en_AU": {"m": ("Mr",), "f": ("Ms", "Mrs"), "dr": ("Dr", "Dr")},
    "en_IN": {"m": ("Mr.", "Shri"), "f": ("Ms.", "Mrs.", "Smt."), "dr": ("Dr.", "Dr.")},
    "de_DE": {"m": ("Herr",), "f": ("Frau",), "dr": ("Dr.", "Dr.")},
    "fr_FR": {"m": ("M.", "Monsieur"), "f": ("Mme", "Madame"), "dr": ("Dr", "Dr")},
    "es_ES": {"m": ("Sr.", "D."), "f": ("Sra.", "Dña."), "dr": ("Dr.", "Dra.")},
    "pt_BR": {"m": ("Sr.",), "f": ("Sra.",), "dr": ("Dr.", "Dra.")},
    "it_IT": {"m": ("Sig.",), "f": ("Sig.ra",), "dr": ("Dott.", "Dott.ssa")},
    "cs_CZ": {"m": ("pan",), "f": ("paní",), "dr": ("MUDr.", "MUDr.")},
}
# salutation before the surname; None = the language's vocative would change the name, so the
# salutation goes without it
DEAR = {
    "en_US": {"m": "Dear Mr.", "f": "Dear Ms."},
    "en_GB": {"m": "Dear Mr", "f": "Dear Ms"},
    "en_AU": {"m": "Dear Mr", "f": "Dear Ms"},
    "en_IN": {"m": "Dear Mr.", "f": "Dear Ms."},
    "de_DE": {"m": "Sehr geehrter Herr", "f": "Sehr geehrte Frau"},
    "fr_FR": {"m": "Bonjour Monsieur", "f": "Bonjour Madame"},
    "es_ES": {"m": "Estimado Sr.", "f": "Estimada Sra."},
    "pt_BR": {"m": "Prezado Sr.", "f": "Prezada Sra."},
    "it_IT": {"m": "Gentile Sig.", "f": "Gentile Sig.ra"},
    "cs_CZ": {"m": None, "f": "Vážená paní"},
}


# ---------------------------------------------------------------- language tables
# Slots: {c.*} the customer, {a.*} the organisation's agent, {p.*} a third person; attributes
# name first last formal dear dr nm handle email phone mobile addr addr1 dob iban card ssn.
# Doc slots: {org} (plain), {ip} {ip6} {secret} {password} {url_cred} {iban} (PII) and every
# negative kind ({order}, {date2}, ...; a trailing digit draws a second value of the kind).

EN = {
    "hello": ("Hello,", "Hi there,", "Good morning,", "Hi team,", "Dear Sir or Madam,", "Hello,"),
    "hi": ("Dear {c.dear},", "Hi {c.first},", "Hello {c.name},", "Dear {c.first},"),
    "hi_in": ("Dear {a.dear},", "Hi {a.first},", "Hello,", "Hello {a.name},"),
    "bye": ("Kind regards,", "Best regards,", "Many thanks,", "Cheers,", "Best wishes,", "Thanks,"),
    "team": ("The {org} team", "{org} Customer Service", "Customer Care | {org}"),
    "role": ("Customer Service Advisor", "Support Engineer", "Account Manager", "Case Officer"),
    "ext": ("ext. {n}", "x{n}", "extension {n}"),
    "tel": ("Tel:", "Phone:", "T:", "Direct:"),
    "mob": ("Mobile:", "Mob:", "M:", "Cell:"),
    "wrote": (
        "On {date} at {time}, {c.name} <{c.email}> wrote:",
        "On {date}, {c.name} wrote:",
        "{c.name} <{c.email}> wrote:",
    ),
    "wrote_np": ("On {date} at {time}, Customer Service wrote:", "Earlier message:"),
    "fwd": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "reply": (
        "Thanks, that's all sorted now.",
        "Please see below - can you deal with this today?",
        "Forwarding for your records.",
        "Thanks for the quick answer, see my reply below.",
        "Looping in the right team, see the thread below.",
    ),
    "note": ("Note", "Internal note", "FYI", "Call note", "Handover"),
    "chat_open": (
        "Hi, how can I help you today?",
        "Thanks for waiting, I'm looking into it now.",
        "Hello! What can I do for you?",
    ),
    "chat_ack": ("Thanks, one moment please.", "Got it.", "Let me check that for you.", "Perfect."),
    "chat_bye": (
        "Is there anything else I can help with?",
        "Thanks, have a nice day!",
        "Great, cheers!",
    ),
    "roles": ("Agent", "Customer", "Bot"),
    "vm": ("Voicemail from", "New voicemail from", "Missed call with voicemail from"),
    "vm_t": "Transcription",
    "sms": ("SMS from", "Text message from"),
    "dur": "Duration",
    "vm_open": ("Hi, this is {c.name} calling.", "Hello, it's {c.first} here.", "Hi, {c.sp} here."),
    "vm_close": (
        "Please call me back on {c.phone}.",
        "You can reach me on {c.phone}, thanks.",
        "My number again is {c.phone}. Bye.",
    ),
    "ticket": ("Ticket", "Status", "Priority", "Requester", "Assignee", "Created", "Subject"),
    "ticket2": ("Description", "Comment by", "Open", "Pending", "High", "Normal"),
    "crm": ("Contact", "Account", "Owner", "Activity log", "Next step"),
    "crm_act": (
        "Called {c.nm}, left a message.",
        "Spoke to {c.nm}; asked for a callback on {c.phone}.",
        "E-mail sent to {c.email}.",
        "Customer confirmed details.",
        "Follow-up scheduled.",
    ),
    "ship": ("FROM", "SHIP TO", "Weight", "Ref", "Deliver to", "Return address"),
    "form": ("Web form submission", "Contact form", "Online application"),
    "subjects": {
        "delivery": ("Your order is on its way", "Delivery update"),
        "returns": ("Refund still missing", "Return of my order"),
        "saas": ("New sign-in to your account", "Security alert"),
        "helpdesk": ("VPN not working", "Laptop issue"),
        "banking": ("Your account details", "Change of details confirmed"),
        "insurance": ("Claim notification", "Water damage claim"),
        "travel": ("Booking confirmation", "Your trip"),
        "utilities": ("Moving out - final reading", "Closing my account"),
        "healthcare": ("Appointment reminder", "Your appointment"),
        "rental": ("Heating still broken", "Flat repairs"),
        "hr": ("Payslip and bank details", "Payroll update"),
        "government": ("Parking permit application", "Application form"),
        "telecom": ("Stolen phone - block SIM", "SIM replacement"),
        "education": ("Enrolment confirmed", "Term information"),
        "recruiting": ("Application - data analyst", "My application"),
        "legal": ("Completion appointment", "Contract signing"),
        "car": ("Your vehicle is ready", "Lease end"),
    },
    "body": {
        "delivery": (
            "Your order {order} left our warehouse on {date} and will be delivered to {c.addr1}.",
            "The courier may call you on {c.phone} if nobody is home.",
            "You can follow the parcel with tracking number {tracking}.",
            "Deliveries to {city} are running about a day late this week.",
            "If you would like the parcel left with a neighbour, just reply to this e-mail.",
            "The invoice {invoice} for {amount} is attached.",
        ),
        "returns": (
            "I sent back the {gadget} item from order {order} on {date}, but the refund of "
            "{amount} "
            "has not arrived.",
            "Please refund the money to my bank account, IBAN {c.iban}, not to the card.",
            "The original payment was made with card {c.card}.",
            "You can reach me on {c.phone} or at {c.email}.",
            "I dropped the box off at the post office in {city}.",
            "I have been waiting for three weeks now.",
        ),
        "saas": (
            "We noticed a sign-in to your account {c.email} from a new device at {ip} on {date}.",
            "If this was not you, reset your password now; your temporary password is {password}.",
            "Your API key was rotated and the new key is: {secret}",
            "Workspace {uuid} is on release {version}.",
            "Traffic from internal addresses such as {private_ip} is not counted.",
            "The service {hostname} will be down for maintenance on {date2}.",
        ),
        "helpdesk": (
            "My laptop (serial {serial}) cannot connect to the VPN since the update to {version}.",
            "It gets the address {private_ip} but the gateway never answers.",
            "From home my public IP is {ip}, in case you need it for the firewall rule.",
            "My old password {password} no longer works on {hostname}.",
            "Could someone call me on {c.phone}? I am in the office until {time}.",
            "Ticket {case_no} was closed but the problem is still there.",
        ),
        "banking": (
            "We have received your request to update the details for IBAN {c.iban}.",
            "Your replacement card {c.card} will be sent to {c.addr1} within five working days.",
            "For security we checked your date of birth ({c.dob}) and your number {c.phone}.",
            "The transfer of {amount} with reference {payref} was booked on {date}.",
            "Your account number {account_no} and bank code {sort_code} stay the same.",
            "The Social Security number we hold for you is {c.ssn}.",
            "Please do not reply to this e-mail.",
        ),
        "insurance": (
            "I would like to report damage under policy {policy_no}.",
            "On {date} at about {time} a pipe burst in my flat at {c.addr1}.",
            "The plumber from {company} has already sent invoice {invoice} for {amount}.",
            "Please pay the claim into IBAN {c.iban}.",
            "The policyholder is {c.name}, date of birth {c.dob}.",
            "I can be reached on {c.phone} during the day.",
        ),
        "travel": (
            "Thank you for booking with us, {c.first}! Your booking code is {booking}.",
            "Flight {flight} departs on {date} at {time}.",
            "Lead passenger: {c.name}, born {c.dob}. Please bring the passport used for booking.",
            "Card {c.card} was charged {amount}.",
            "The hotel voucher will be sent to {c.email}.",
            "Check-in for {flight} closes 45 minutes before departure.",
        ),
        "utilities": (
            "I am moving out on {date} and would like to close customer account {customer_no}.",
            "The final reading for meter {meter} is 04512 kWh.",
            "From then on my new address will be {c.addr1}.",
            "Please send the final bill to {c.email} and refund any credit to {c.iban}.",
            "My contract number is {contract_no}.",
            "Sorry for the short notice.",
        ),
        "healthcare": (
            "This is a reminder of your appointment with {a.dr} on {date} at {time}.",
            "Please confirm your date of birth ({c.dob}) at reception.",
            "Patient: {c.name}, tel. {c.phone}.",
            "If you cannot attend, please call us at least 24 hours in advance.",
            "Your patient number is {member_id}.",
            "The surgery has moved to a new building on {street}.",
        ),
        "rental": (
            "I am writing about the flat at {c.addr1}, which I have rented since {date}.",
            "The heating has not worked for a week; the boiler is a {company} unit, serial "
            "{serial}.",
            "The rent of {amount} leaves IBAN {c.iban} every month with reference {payref}.",
            "Could the landlord, {p.formal}, please contact me on {c.phone}?",
            "My tenancy agreement number is {contract_no}.",
            "Thanks in advance for sorting this out.",
        ),
        "hr": (
            "Your payslip for {date} is now available in the portal.",
            "Please check that your bank details (IBAN {c.iban}) and home address ({c.addr1}) are "
            "correct.",
            "Employee: {c.name}, personnel number {member_id}.",
            "For the W-4 we still need your Social Security number, {c.ssn}.",
            "The date of birth we hold for you is {c.dob}.",
            "Net pay of {amount} will be paid on {date2}.",
        ),
        "government": (
            "I am applying for a resident parking permit for {c.addr1}.",
            "Applicant: {c.name}, born {c.dob} in {city}.",
            "The reference on your letter is {case_no}.",
            "My Social Security number is {c.ssn}.",
            "I can be contacted at {c.email} or on {c.phone}.",
            "The fee of {amount} was paid with reference {payref}.",
        ),
        "telecom": (
            "My phone was stolen on {date}; please block the SIM for {c.phone}.",
            "The handset's IMEI is {imei}.",
            "The contract is in the name of {c.name}, customer number {customer_no}.",
            "Please send the replacement SIM to {c.addr1}.",
            "The router shows the WAN address {ip} and the LAN address {private_ip}.",
            "I'd also like to know when my contract {contract_no} ends.",
            "For the credit check I already gave you my SSN ({c.ssn}).",
        ),
        "education": (
            "We are pleased to confirm that {c.name} is enrolled for the autumn term.",
            "Lessons start on {date} at {time} in room B12.",
            "Student ID: {member_id}. Date of birth on record: {c.dob}.",
            "The fee of {amount} is due by {date2}; please quote reference {payref}.",
            "Portal login: {c.handle}, initial password {password}.",
            "Timetables will be published on the portal next week.",
        ),
        "recruiting": (
            "Please find attached my application for the data analyst role (ref. {case_no}).",
            "My name is {c.name} and I currently work at {company}.",
            "I live at {c.addr1} and could start on {date}.",
            "You can reach me on {c.phone} or at {c.email}.",
            "Thank you for considering my application.",
        ),
        "legal": (
            "The signing of the purchase contract is set for {date} at {time} at our office.",
            "Seller: {p.name}; buyer: {c.name}, born {c.dob}, of {c.addr1}.",
            "Please transfer the deposit of {amount} to our client account {iban}.",
            "Our file reference is {case_no}.",
            "Please bring valid photo ID to the appointment.",
        ),
        "car": (
            "Your car is ready for collection; invoice {invoice} comes to {amount}.",
            "Lease agreement {contract_no} for the {product} ends on {date}.",
            "We hold these details for you: {c.name}, {c.addr1}, {c.phone}.",
            "The VIN on the registration document is {vin}.",
            "The monthly payment will be collected from {c.iban}.",
        ),
    },
    "nopii": (
        "Scheduled maintenance for {hostname} starts on {date} at {time}.",
        "Release {version} fixes the login timeout.",
        "Order {order} has been packed and handed to the carrier.",
        "Invoice {invoice} for {amount} is now overdue.",
        "The office will be closed on {date}.",
    ),
}

DE = {
    "hello": ("Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo zusammen,", "Moin,"),
    "hi": ("{c.dear},", "Hallo {c.first},", "Guten Tag {c.formal},", "Moin {c.first},"),
    "hi_in": ("{a.dear},", "Hallo {a.first},", "Guten Tag,", "Sehr geehrte Damen und Herren,"),
    "bye": ("Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüße", "LG"),
    "team": ("Ihr {org}-Team", "{org} Kundenservice", "Kundenbetreuung {org}"),
    "role": ("Kundenberater", "IT-Support", "Sachbearbeitung", "Teamleitung Service"),
    "ext": ("Durchwahl {n}", "Durchwahl -{n}", "App. {n}"),
    "tel": ("Tel.:", "Telefon:", "Fon:", "T:"),
    "mob": ("Mobil:", "Handy:", "M:"),
    "wrote": (
        "Am {date} um {time} schrieb {c.name} <{c.email}>:",
        "{c.name} <{c.email}> schrieb am {date}:",
        "Am {date} schrieb {c.name}:",
    ),
    "wrote_np": ("Am {date} um {time} schrieb der Kundenservice:", "Ursprüngliche Nachricht:"),
    "fwd": ("---------- Weitergeleitete Nachricht ----------", "Von", "Datum", "Betreff", "An"),
    "reply": (
        "Danke, das hat sich erledigt.",
        "Bitte siehe unten – kannst du das heute noch übernehmen?",
        "Zur Kenntnis und Ablage.",
        "Danke für die schnelle Antwort, meine Rückmeldung unten.",
        "Ich leite das an die zuständige Abteilung weiter.",
    ),
    "note": ("Notiz", "Interne Notiz", "Vermerk", "Telefonnotiz", "Übergabe"),
    "chat_open": (
        "Hallo, wie kann ich Ihnen helfen?",
        "Danke fürs Warten, ich schaue mir das gleich an.",
        "Guten Tag! Was kann ich für Sie tun?",
    ),
    "chat_ack": (
        "Danke, einen Moment bitte.",
        "Alles klar.",
        "Ich prüfe das kurz.",
        "Super, danke.",
    ),
    "chat_bye": ("Kann ich sonst noch etwas für Sie tun?", "Schönen Tag noch!", "Danke, tschüss!"),
    "roles": ("Mitarbeiter", "Kunde", "Bot"),
    "vm": ("Sprachnachricht von", "Neue Mailbox-Nachricht von", "Anruf in Abwesenheit von"),
    "vm_t": "Transkript",
    "sms": ("SMS von", "Nachricht von"),
    "dur": "Dauer",
    "vm_open": (
        "Hallo, hier ist {c.name}.",
        "Guten Tag, {c.sp} hier.",
        "Ja hallo, hier spricht {c.first}.",
    ),
    "vm_close": (
        "Bitte rufen Sie mich unter {c.phone} zurück.",
        "Sie erreichen mich unter {c.phone}, danke.",
        "Meine Nummer nochmal: {c.phone}. Tschüss.",
    ),
    "ticket": (
        "Ticket",
        "Status",
        "Priorität",
        "Anfragende Person",
        "Bearbeiter",
        "Erstellt",
        "Betreff",
    ),
    "ticket2": ("Beschreibung", "Kommentar von", "Offen", "Wartend", "Hoch", "Normal"),
    "crm": ("Kontakt", "Firma", "Betreuer", "Aktivitäten", "Nächster Schritt"),
    "crm_act": (
        "{c.nm} angerufen, nicht erreicht.",
        "Gespräch mit {c.nm}; Rückruf erbeten unter {c.phone}.",
        "E-Mail an {c.email} verschickt.",
        "Daten telefonisch bestätigt.",
        "Wiedervorlage angelegt.",
    ),
    "ship": ("ABSENDER", "EMPFÄNGER", "Gewicht", "Referenz", "Zustellung an", "Rücksendeadresse"),
    "form": ("Formulareingabe", "Kontaktformular", "Online-Antrag"),
    "subjects": {
        "delivery": ("Ihre Bestellung ist unterwegs", "Lieferinformation"),
        "returns": ("Erstattung fehlt noch", "Rücksendung meiner Bestellung"),
        "saas": ("Neue Anmeldung in Ihrem Konto", "Sicherheitshinweis"),
        "helpdesk": ("VPN geht nicht", "Problem mit Laptop"),
        "banking": ("Ihre Kontodaten", "Änderung bestätigt"),
        "insurance": ("Schadensmeldung", "Wasserschaden"),
        "travel": ("Buchungsbestätigung", "Ihre Reise"),
        "utilities": ("Auszug – Zählerstand", "Kündigung Stromvertrag"),
        "healthcare": ("Terminerinnerung", "Ihr Termin in der Praxis"),
        "rental": ("Heizung immer noch defekt", "Mängelanzeige Wohnung"),
        "hr": ("Gehaltsabrechnung und Bankverbindung", "Personaldaten"),
        "government": ("Antrag Bewohnerparkausweis", "Antragsformular"),
        "telecom": ("Handy gestohlen – SIM sperren", "Ersatz-SIM"),
        "education": ("Anmeldung bestätigt", "Informationen zum Semester"),
        "recruiting": ("Bewerbung als Datenanalyst/in", "Meine Bewerbung"),
        "legal": ("Beurkundungstermin", "Kaufvertrag"),
        "car": ("Ihr Fahrzeug ist fertig", "Leasingende"),
    },
    "body": {
        "delivery": (
            "Ihre Bestellung {order} hat am {date} unser Lager verlassen und wird an folgende "
            "Adresse geliefert: {c.addr1}.",
            "Der Zusteller ruft Sie ggf. unter {c.phone} an, falls niemand zu Hause ist.",
            "Die Sendungsnummer lautet {tracking}.",
            "Lieferungen nach {city} verzögern sich diese Woche um etwa einen Tag.",
            "Soll das Paket beim Nachbarn abgegeben werden, antworten Sie einfach auf diese "
            "E-Mail.",
            "Die Rechnung {invoice} über {amount} finden Sie im Anhang.",
        ),
        "returns": (
            "Ich habe den Artikel „{gadget}“ aus Bestellung {order} am {date} zurückgeschickt, die "
            "Erstattung über {amount} ist aber noch nicht da.",
            "Bitte überweisen Sie das Geld auf mein Konto, IBAN {c.iban}, nicht auf die Karte.",
            "Bezahlt hatte ich mit der Kreditkarte {c.card}.",
            "Sie erreichen mich unter {c.phone} oder per Mail an {c.email}.",
            "Das Paket habe ich in der Postfiliale in {city} abgegeben.",
            "Ich warte jetzt schon drei Wochen.",
        ),
        "saas": (
            "Für Ihr Konto {c.email} gab es am {date} eine Anmeldung von einem neuen Gerät "
            "(IP {ip}).",
            "Falls Sie das nicht waren, ändern Sie sofort Ihr Passwort; Ihr Einmalpasswort lautet "
            "{password}.",
            "Ihr API-Schlüssel wurde erneuert, der neue Schlüssel lautet: {secret}",
            "Der Arbeitsbereich {uuid} läuft auf Version {version}.",
            "Zugriffe von internen Adressen wie {private_ip} werden nicht mitgezählt.",
            "Der Dienst {hostname} ist am {date2} wegen Wartungsarbeiten nicht erreichbar.",
        ),
        "helpdesk": (
            "Mein Laptop (Seriennummer {serial}) kommt seit dem Update auf {version} nicht mehr "
            "ins VPN.",
            "Er bekommt die Adresse {private_ip}, aber das Gateway antwortet nicht.",
            "Meine öffentliche IP zu Hause ist {ip}, falls ihr die für die Firewall braucht.",
            "Mein altes Passwort {password} funktioniert auf {hostname} nicht mehr.",
            "Kann mich jemand unter {c.phone} anrufen? Ich bin bis {time} Uhr im Büro.",
            "Das Ticket {case_no} wurde geschlossen, das Problem besteht aber weiterhin.",
        ),
        "banking": (
            "Wir haben Ihren Auftrag zur Änderung der Daten für das Konto {c.iban} erhalten.",
            "Ihre Ersatzkarte {c.card} wird innerhalb von fünf Werktagen an {c.addr1} geschickt.",
            "Zur Sicherheit haben wir Ihr Geburtsdatum ({c.dob}) und Ihre Rufnummer {c.phone} "
            "geprüft.",
            "Die Überweisung über {amount} mit Verwendungszweck {payref} wurde am {date} gebucht.",
            "Ihre Kontonummer {account_no} und die BLZ {sort_code} bleiben unverändert.",
            "Bitte antworten Sie nicht auf diese E-Mail.",
        ),
        "insurance": (
            "Ich möchte einen Schaden zur Police {policy_no} melden.",
            "Am {date} gegen {time} Uhr ist in meiner Wohnung ({c.addr1}) ein Rohr geplatzt.",
            "Der Installateur von {company} hat bereits die Rechnung {invoice} über {amount} "
            "geschickt.",
            "Bitte zahlen Sie die Entschädigung auf die IBAN {c.iban} aus.",
            "Versicherungsnehmer: {c.name}, geboren am {c.dob}.",
            "Tagsüber bin ich unter {c.phone} erreichbar.",
        ),
        "travel": (
            "Vielen Dank für Ihre Buchung, {c.formal}! Ihr Buchungscode lautet {booking}.",
            "Flug {flight} startet am {date} um {time} Uhr.",
            "Hauptreisende/r: {c.name}, geb. {c.dob}. Bitte den bei der Buchung angegebenen "
            "Reisepass mitbringen.",
            "Die Karte {c.card} wurde mit {amount} belastet.",
            "Der Hotelgutschein wird an {c.email} geschickt.",
            "Der Check-in für {flight} schließt 45 Minuten vor Abflug.",
        ),
        "utilities": (
            "Ich ziehe am {date} aus und möchte mein Kundenkonto {customer_no} schließen.",
            "Der Endstand für Zähler {meter} beträgt 04512 kWh.",
            "Meine neue Anschrift ab dann: {c.addr1}.",
            "Bitte schicken Sie die Schlussrechnung an {c.email} und erstatten Sie ein Guthaben "
            "auf {c.iban}.",
            "Meine Vertragsnummer ist {contract_no}.",
            "Entschuldigen Sie die kurze Frist.",
        ),
        "healthcare": (
            "Wir erinnern Sie an Ihren Termin bei {a.dr} am {date} um {time} Uhr.",
            "Bitte bestätigen Sie am Empfang Ihr Geburtsdatum ({c.dob}).",
            "Patient/in: {c.name}, Tel. {c.phone}.",
            "Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte 24 Stunden vorher ab.",
            "Ihre Patientennummer ist {member_id}.",
            "Die Praxis ist in einen Neubau in der {street} umgezogen.",
        ),
        "rental": (
            "Ich schreibe wegen meiner Mietwohnung (Anschrift: {c.addr1}), die ich seit dem {date} "
            "bewohne.",
            "Die Heizung geht seit einer Woche nicht; die Therme ist von {company}, Seriennummer "
            "{serial}.",
            "Die Miete von {amount} geht jeden Monat von der IBAN {c.iban} mit dem "
            "Verwendungszweck {payref} ab.",
            "Könnte sich die Vermieterin bzw. der Vermieter, {p.formal}, bitte unter {c.phone} "
            "bei mir melden?",
            "Meine Mietvertragsnummer lautet {contract_no}.",
            "Vielen Dank im Voraus.",
        ),
        "hr": (
            "Ihre Gehaltsabrechnung für {date} steht im Portal bereit.",
            "Bitte prüfen Sie Ihre Bankverbindung (IBAN {c.iban}) und Ihre Anschrift ({c.addr1}).",
            "Mitarbeiter/in: {c.name}, Personalnummer {member_id}.",
            "Das bei uns hinterlegte Geburtsdatum ist der {c.dob}.",
            "Das Nettogehalt von {amount} wird am {date2} überwiesen.",
        ),
        "government": (
            "Hiermit beantrage ich einen Bewohnerparkausweis für die Anschrift {c.addr1}.",
            "Antragsteller/in: {c.name}, geboren am {c.dob} in {city}.",
            "Das Aktenzeichen aus Ihrem Schreiben lautet {case_no}.",
            "Erreichbar bin ich per E-Mail an {c.email} oder telefonisch unter {c.phone}.",
            "Die Gebühr von {amount} habe ich mit dem Verwendungszweck {payref} überwiesen.",
        ),
        "telecom": (
            "Mein Handy wurde am {date} gestohlen, bitte sperren Sie die SIM für {c.phone}.",
            "Die IMEI des Geräts ist {imei}.",
            "Der Vertrag läuft auf {c.name}, Kundennummer {customer_no}.",
            "Bitte schicken Sie die Ersatz-SIM an {c.addr1}.",
            "Der Router zeigt die WAN-Adresse {ip} und im LAN {private_ip}.",
            "Außerdem würde ich gern wissen, wann der Vertrag {contract_no} endet.",
        ),
        "education": (
            "Wir bestätigen gern die Einschreibung von {c.name} für das Wintersemester.",
            "Der Unterricht beginnt am {date} um {time} Uhr in Raum B12.",
            "Matrikelnummer: {member_id}. Hinterlegtes Geburtsdatum: {c.dob}.",
            "Die Gebühr von {amount} ist bis zum {date2} fällig, Verwendungszweck {payref}.",
            "Zugang zum Lernportal: Benutzer {c.handle}, Startpasswort {password}.",
            "Die Stundenpläne werden nächste Woche im Portal veröffentlicht.",
        ),
        "recruiting": (
            "Anbei sende ich Ihnen meine Bewerbung als Datenanalyst/in (Kennziffer {case_no}).",
            "Mein Name ist {c.name}, derzeit arbeite ich bei {company}.",
            "Meine Anschrift lautet {c.addr1}; anfangen könnte ich zum {date}.",
            "Sie erreichen mich unter {c.phone} oder {c.email}.",
            "Über eine Einladung zum Gespräch freue ich mich.",
        ),
        "legal": (
            "Der Beurkundungstermin für den Kaufvertrag ist am {date} um {time} Uhr in unserem "
            "Büro.",
            "Verkäufer/in: {p.name}; Käufer/in: {c.name}, geb. {c.dob}, wohnhaft {c.addr1}.",
            "Bitte überweisen Sie die Anzahlung von {amount} auf unser Anderkonto {iban}.",
            "Unser Aktenzeichen: {case_no}.",
            "Bitte bringen Sie einen gültigen Personalausweis mit.",
        ),
        "car": (
            "Ihr Fahrzeug ist abholbereit; die Rechnung {invoice} beläuft sich auf {amount}.",
            "Der Leasingvertrag {contract_no} für den {product} endet am {date}.",
            "Bei uns hinterlegt: {c.name}, {c.addr1}, {c.phone}.",
            "Die Fahrgestellnummer laut Zulassungsbescheinigung ist {vin}.",
            "Die Monatsrate wird von {c.iban} abgebucht.",
        ),
    },
    "nopii": (
        "Die Wartung von {hostname} beginnt am {date} um {time} Uhr.",
        "Version {version} behebt das Problem mit dem Login-Timeout.",
        "Die Bestellung {order} wurde verpackt und an den Versanddienstleister übergeben.",
        "Die Rechnung {invoice} über {amount} ist überfällig.",
        "Das Büro bleibt am {date} geschlossen.",
    ),
}

FR = {
    "hello": ("Bonjour,", "Bonjour à tous,", "Madame, Monsieur,", "Bonsoir,", "Salut,"),
    "hi": ("{c.dear},", "Bonjour {c.first},", "Bonjour {c.formal},", "Cher client, chère cliente,"),
    "hi_in": ("{a.dear},", "Bonjour {a.first},", "Bonjour,", "Madame, Monsieur,"),
    "bye": (
        "Cordialement,",
        "Bien cordialement,",
        "Merci d'avance,",
        "Bonne journée,",
        "Bien à vous,",
    ),
    "team": ("L'équipe {org}", "Service client {org}", "{org} – Relation clientèle"),
    "role": (
        "Conseiller clientèle",
        "Support technique",
        "Gestionnaire sinistres",
        "Chargée de compte",
    ),
    "ext": ("poste {n}", "poste {n}", "p. {n}"),
    "tel": ("Tél. :", "Tél :", "Téléphone :", "Ligne directe :"),
    "mob": ("Portable :", "Mobile :", "Port. :"),
    "wrote": (
        "Le {date} à {time}, {c.name} <{c.email}> a écrit :",
        "Le {date}, {c.name} a écrit :",
        "{c.name} <{c.email}> a écrit :",
    ),
    "wrote_np": ("Le {date} à {time}, le service client a écrit :", "Message d'origine :"),
    "fwd": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "reply": (
        "Merci, c'est réglé.",
        "Voir ci-dessous – tu peux t'en occuper aujourd'hui ?",
        "Pour info et archivage.",
        "Merci pour la réponse rapide, mes remarques ci-dessous.",
        "Je transfère au service concerné.",
    ),
    "note": ("Note", "Note interne", "Pour info", "Compte rendu d'appel", "Passation"),
    "chat_open": (
        "Bonjour, comment puis-je vous aider ?",
        "Merci de votre patience, je regarde tout de suite.",
        "Bonjour ! Que puis-je faire pour vous ?",
    ),
    "chat_ack": ("Merci, un instant svp.", "C'est noté.", "Je vérifie.", "Parfait, merci."),
    "chat_bye": ("Puis-je vous aider pour autre chose ?", "Bonne journée !", "Merci, au revoir !"),
    "roles": ("Conseiller", "Client", "Bot"),
    "vm": ("Message vocal de", "Nouveau message vocal de", "Appel manqué avec message de"),
    "vm_t": "Transcription",
    "sms": ("SMS de", "Texto de"),
    "dur": "Durée",
    "vm_open": (
        "Bonjour, c'est {c.name}.",
        "Oui bonjour, {c.sp} à l'appareil.",
        "Bonjour, ici {c.first}.",
    ),
    "vm_close": (
        "Merci de me rappeler au {c.phone}.",
        "Vous pouvez me joindre au {c.phone}, merci.",
        "Je redonne mon numéro : {c.phone}. Au revoir.",
    ),
    "ticket": ("Ticket", "Statut", "Priorité", "Demandeur", "Assigné à", "Créé le", "Objet"),
    "ticket2": ("Description", "Commentaire de", "Ouvert", "En attente", "Haute", "Normale"),
    "crm": ("Contact", "Compte", "Responsable", "Historique", "Prochaine étape"),
    "crm_act": (
        "Appel à {c.nm}, message laissé.",
        "Échange avec {c.nm} ; rappel souhaité au {c.phone}.",
        "Mail envoyé à {c.email}.",
        "Coordonnées confirmées par téléphone.",
        "Relance planifiée.",
    ),
    "ship": ("EXPÉDITEUR", "DESTINATAIRE", "Poids", "Réf.", "Livrer à", "Adresse de retour"),
    "form": ("Formulaire en ligne", "Formulaire de contact", "Demande en ligne"),
    "subjects": {
        "delivery": ("Votre commande est en route", "Information de livraison"),
        "returns": ("Remboursement toujours pas reçu", "Retour de ma commande"),
        "saas": ("Nouvelle connexion à votre compte", "Alerte de sécurité"),
        "helpdesk": ("Le VPN ne fonctionne pas", "Problème d'ordinateur portable"),
        "banking": ("Vos coordonnées bancaires", "Modification confirmée"),
        "insurance": ("Déclaration de sinistre", "Dégât des eaux"),
        "travel": ("Confirmation de réservation", "Votre voyage"),
        "utilities": ("Déménagement – relevé final", "Résiliation de contrat"),
        "healthcare": ("Rappel de rendez-vous", "Votre rendez-vous"),
        "rental": ("Chauffage toujours en panne", "Travaux dans le logement"),
        "hr": ("Bulletin de paie et RIB", "Mise à jour paie"),
        "government": ("Demande de carte de stationnement résident", "Formulaire de demande"),
        "telecom": ("Téléphone volé – blocage SIM", "Nouvelle carte SIM"),
        "education": ("Inscription confirmée", "Informations de rentrée"),
        "recruiting": ("Candidature – analyste de données", "Ma candidature"),
        "legal": ("Rendez-vous de signature", "Signature de l'acte"),
        "car": ("Votre véhicule est prêt", "Fin de location"),
    },
    "body": {
        "delivery": (
            "Votre commande {order} a quitté notre entrepôt le {date} et sera livrée à "
            "l'adresse suivante : {c.addr1}.",
            "Le livreur pourra vous appeler au {c.phone} en cas d'absence.",
            "Vous pouvez suivre le colis avec le numéro {tracking}.",
            "Les livraisons vers {city} ont environ un jour de retard cette semaine.",
            "Si vous souhaitez que le colis soit déposé chez un voisin, répondez simplement à ce "
            "mail.",
            "Vous trouverez en pièce jointe la facture {invoice} d'un montant de {amount}.",
        ),
        "returns": (
            "J'ai renvoyé l'article « {gadget} » de la commande {order} le {date}, mais je n'ai "
            "toujours pas reçu le remboursement de {amount}.",
            "Merci de rembourser sur mon compte, IBAN {c.iban}, et non sur la carte.",
            "Le paiement initial a été fait avec la carte {c.card}.",
            "Vous pouvez me joindre au {c.phone} ou par mail à {c.email}.",
            "J'ai déposé le colis au bureau de poste de {city}.",
            "Cela fait maintenant trois semaines que j'attends.",
        ),
        "saas": (
            "Une connexion à votre compte {c.email} a eu lieu le {date} depuis un nouvel "
            "appareil (IP {ip}).",
            "Si ce n'était pas vous, changez votre mot de passe ; votre mot de passe temporaire "
            "est {password}.",
            "Votre clé API a été renouvelée, la nouvelle clé est : {secret}",
            "L'espace de travail {uuid} est en version {version}.",
            "Les accès depuis des adresses internes comme {private_ip} ne sont pas comptés.",
            "Le service {hostname} sera indisponible pour maintenance le {date2}.",
        ),
        "helpdesk": (
            "Mon portable (n° de série {serial}) n'arrive plus à se connecter au VPN depuis la "
            "mise à jour {version}.",
            "Il obtient l'adresse {private_ip} mais la passerelle ne répond pas.",
            "Chez moi, mon IP publique est {ip}, si besoin pour la règle du pare-feu.",
            "Mon ancien mot de passe {password} ne marche plus sur {hostname}.",
            "Quelqu'un peut-il m'appeler au {c.phone} ? Je suis au bureau jusqu'à {time}.",
            "Le ticket {case_no} a été clôturé mais le problème persiste.",
        ),
        "banking": (
            "Nous avons bien reçu votre demande de modification pour le compte {c.iban}.",
            "Votre nouvelle carte {c.card} sera envoyée sous cinq jours ouvrés à l'adresse "
            "{c.addr1}.",
            "Par sécurité, nous avons vérifié votre date de naissance ({c.dob}) et votre numéro "
            "{c.phone}.",
            "Le virement de {amount} avec la référence {payref} a été comptabilisé le {date}.",
            "Votre numéro de compte {account_no} et le code banque {sort_code} restent inchangés.",
            "Merci de ne pas répondre à ce message.",
        ),
        "insurance": (
            "Je souhaite déclarer un sinistre au titre du contrat {policy_no}.",
            "Le {date} vers {time}, une canalisation a éclaté dans mon appartement, {c.addr1}.",
            "Le plombier de chez {company} a déjà envoyé la facture {invoice} de {amount}.",
            "Merci de verser l'indemnité sur l'IBAN {c.iban}.",
            "Assuré : {c.name}, né(e) le {c.dob}.",
            "Je suis joignable au {c.phone} en journée.",
        ),
        "travel": (
            "Merci pour votre réservation, {c.formal} ! Votre code de réservation est {booking}.",
            "Le vol {flight} part le {date} à {time}.",
            "Passager principal : {c.name}, date de naissance {c.dob}. Merci de vous munir du "
            "passeport utilisé lors de la réservation.",
            "La carte {c.card} a été débitée de {amount}.",
            "Le bon d'hôtel sera envoyé à {c.email}.",
            "L'enregistrement pour le vol {flight} ferme 45 minutes avant le départ.",
        ),
        "utilities": (
            "Je déménage le {date} et souhaite clôturer mon compte client {customer_no}.",
            "Le relevé final du compteur {meter} est de 04512 kWh.",
            "Ma nouvelle adresse à partir de cette date : {c.addr1}.",
            "Merci d'envoyer la facture de clôture à {c.email} et de rembourser le trop-perçu "
            "sur {c.iban}.",
            "Mon numéro de contrat est {contract_no}.",
            "Désolé pour ce délai très court.",
        ),
        "healthcare": (
            "Nous vous rappelons votre rendez-vous avec le {a.dr} le {date} à {time}.",
            "Merci de confirmer votre date de naissance ({c.dob}) à l'accueil.",
            "Patient : {c.name}, tél. {c.phone}.",
            "En cas d'empêchement, merci de prévenir au moins 24 heures à l'avance.",
            "Votre numéro de dossier patient est {member_id}.",
            "Le cabinet a déménagé dans un nouveau bâtiment, {street}.",
        ),
        "rental": (
            "Je vous écris au sujet de l'appartement situé {c.addr1}, que je loue depuis le "
            "{date}.",
            "Le chauffage ne marche plus depuis une semaine ; la chaudière est une {company}, "
            "n° de série {serial}.",
            "Le loyer de {amount} est prélevé chaque mois sur l'IBAN {c.iban} avec la référence "
            "{payref}.",
            "Le propriétaire, {p.formal}, pourrait-il me contacter au {c.phone} ?",
            "Mon numéro de bail est {contract_no}.",
            "Merci d'avance pour votre retour.",
        ),
        "hr": (
            "Votre bulletin de paie du {date} est disponible sur le portail.",
            "Merci de vérifier vos coordonnées bancaires (IBAN {c.iban}) et votre adresse "
            "({c.addr1}).",
            "Salarié : {c.name}, matricule {member_id}.",
            "La date de naissance enregistrée est le {c.dob}.",
            "Le salaire net de {amount} sera versé le {date2}.",
        ),
        "government": (
            "Je sollicite une carte de stationnement résident pour l'adresse {c.addr1}.",
            "Demandeur : {c.name}, né(e) le {c.dob} à {city}.",
            "La référence de votre courrier est {case_no}.",
            "Je suis joignable par mail ({c.email}) ou au {c.phone}.",
            "Les frais de {amount} ont été réglés avec la référence {payref}.",
        ),
        "telecom": (
            "On m'a volé mon téléphone le {date}, merci de bloquer la ligne {c.phone}.",
            "L'IMEI de l'appareil est {imei}.",
            "Le contrat est au nom de {c.name}, numéro client {customer_no}.",
            "Merci d'envoyer la nouvelle carte SIM à : {c.addr1}.",
            "La box affiche l'adresse WAN {ip} et l'adresse LAN {private_ip}.",
            "J'aimerais aussi savoir quand se termine le contrat {contract_no}.",
        ),
        "education": (
            "Nous avons le plaisir de confirmer l'inscription de {c.name} pour le semestre "
            "d'automne.",
            "Les cours commencent le {date} à {time} en salle B12.",
            "Numéro étudiant : {member_id}. Date de naissance enregistrée : {c.dob}.",
            "Les frais de {amount} sont à régler avant le {date2}, référence {payref}.",
            "Accès à l'ENT : identifiant {c.handle}, mot de passe initial {password}.",
            "Les emplois du temps seront publiés la semaine prochaine.",
        ),
        "recruiting": (
            "Veuillez trouver ci-joint ma candidature au poste d'analyste de données "
            "(réf. {case_no}).",
            "Je m'appelle {c.name} et je travaille actuellement chez {company}.",
            "J'habite au {c.addr1} et je serais disponible à partir du {date}.",
            "Vous pouvez me joindre au {c.phone} ou à {c.email}.",
            "Je vous remercie de l'attention portée à ma candidature.",
        ),
        "legal": (
            "La signature de l'acte de vente est fixée au {date} à {time} en notre étude.",
            "Vendeur : {p.name} ; acquéreur : {c.name}, né(e) le {c.dob}, demeurant {c.addr1}.",
            "Merci de virer l'acompte de {amount} sur notre compte séquestre {iban}.",
            "Notre référence de dossier : {case_no}.",
            "Merci de vous munir d'une pièce d'identité en cours de validité.",
        ),
        "car": (
            "Votre véhicule est prêt ; la facture {invoice} s'élève à {amount}.",
            "Le contrat de location {contract_no} pour la {product} prend fin le {date}.",
            "Nous avons les coordonnées suivantes : {c.name}, {c.addr1}, {c.phone}.",
            "Le numéro VIN figurant sur la carte grise est {vin}.",
            "La mensualité sera prélevée sur le compte {c.iban}.",
        ),
    },
    "nopii": (
        "La maintenance de {hostname} commence le {date} à {time}.",
        "La version {version} corrige le problème de délai de connexion.",
        "La commande {order} a été préparée et remise au transporteur.",
        "La facture {invoice} de {amount} est arrivée à échéance.",
        "Le bureau sera fermé le {date}.",
    ),
}

ES = {
    "hello": ("Hola,", "Buenos días,", "Buenas tardes,", "Estimados señores:", "Hola a todos,"),
    "hi": ("{c.dear}:", "Hola, {c.first}:", "Buenos días, {c.formal}:", "Hola {c.first},"),
    "hi_in": ("{a.dear}:", "Hola, {a.first}:", "Buenos días:", "Estimados señores:"),
    "bye": ("Un saludo,", "Saludos cordiales,", "Atentamente,", "Muchas gracias,", "Un abrazo,"),
    "team": ("El equipo de {org}", "Atención al cliente de {org}", "{org} – Servicio al cliente"),
    "role": (
        "Atención al cliente",
        "Soporte técnico",
        "Tramitación de siniestros",
        "Gestora de cuentas",
    ),
    "ext": ("ext. {n}", "extensión {n}", "ext. {n}"),
    "tel": ("Tel.:", "Teléfono:", "Tfno.:", "T."),
    "mob": ("Móvil:", "Móv.:", "M."),
    "wrote": (
        "El {date}, a las {time}, {c.name} <{c.email}> escribió:",
        "El {date}, {c.name} escribió:",
        "{c.name} <{c.email}> escribió:",
    ),
    "wrote_np": ("El {date}, a las {time}, Atención al cliente escribió:", "Mensaje original:"),
    "fwd": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    "reply": (
        "Gracias, ya está resuelto.",
        "Mira abajo, ¿puedes encargarte hoy?",
        "Para tu información y archivo.",
        "Gracias por la rápida respuesta, te contesto abajo.",
        "Lo reenvío al departamento correspondiente.",
    ),
    "note": ("Nota", "Nota interna", "Para info", "Resumen de llamada", "Traspaso"),
    "chat_open": (
        "Hola, ¿en qué puedo ayudarle?",
        "Gracias por esperar, lo reviso ahora mismo.",
        "¡Buenos días! ¿Qué puedo hacer por usted?",
    ),
    "chat_ack": (
        "Gracias, un momento por favor.",
        "Entendido.",
        "Lo compruebo.",
        "Perfecto, gracias.",
    ),
    "chat_bye": (
        "¿Puedo ayudarle en algo más?",
        "¡Que tenga un buen día!",
        "¡Gracias, hasta luego!",
    ),
    "roles": ("Agente", "Cliente", "Bot"),
    "vm": ("Mensaje de voz de", "Nuevo mensaje de voz de", "Llamada perdida con mensaje de"),
    "vm_t": "Transcripción",
    "sms": ("SMS de", "Mensaje de"),
    "dur": "Duración",
    "vm_open": ("Hola, soy {c.name}.", "Buenos días, le llama {c.sp}.", "Hola, soy {c.first}."),
    "vm_close": (
        "Por favor, llámeme al {c.phone}.",
        "Me puede localizar en el {c.phone}, gracias.",
        "Le repito mi número: {c.phone}. Un saludo.",
    ),
    "ticket": ("Ticket", "Estado", "Prioridad", "Solicitante", "Asignado a", "Creado", "Asunto"),
    "ticket2": ("Descripción", "Comentario de", "Abierto", "Pendiente", "Alta", "Normal"),
    "crm": ("Contacto", "Cuenta", "Responsable", "Historial", "Siguiente paso"),
    "crm_act": (
        "Llamada a {c.nm}, sin respuesta.",
        "Hablado con {c.nm}; pide que le llamen al {c.phone}.",
        "Correo enviado a {c.email}.",
        "Datos confirmados por teléfono.",
        "Seguimiento programado.",
    ),
    "ship": ("REMITENTE", "DESTINATARIO", "Peso", "Ref.", "Entregar a", "Dirección de devolución"),
    "form": ("Formulario web", "Formulario de contacto", "Solicitud en línea"),
    "subjects": {
        "delivery": ("Tu pedido está en camino", "Información de entrega"),
        "returns": ("Reembolso pendiente", "Devolución de mi pedido"),
        "saas": ("Nuevo inicio de sesión en tu cuenta", "Alerta de seguridad"),
        "helpdesk": ("La VPN no funciona", "Problema con el portátil"),
        "banking": ("Sus datos bancarios", "Cambio confirmado"),
        "insurance": ("Comunicación de siniestro", "Daños por agua"),
        "travel": ("Confirmación de reserva", "Tu viaje"),
        "utilities": ("Mudanza – lectura final", "Baja del contrato"),
        "healthcare": ("Recordatorio de cita", "Su cita"),
        "rental": ("La calefacción sigue sin funcionar", "Reparaciones en el piso"),
        "hr": ("Nómina y datos bancarios", "Actualización de nómina"),
        "government": ("Solicitud de tarjeta de aparcamiento", "Formulario de solicitud"),
        "telecom": ("Móvil robado – bloqueo de SIM", "Duplicado de SIM"),
        "education": ("Matrícula confirmada", "Información del curso"),
        "recruiting": ("Candidatura – analista de datos", "Mi candidatura"),
        "legal": ("Cita para la firma", "Firma de la escritura"),
        "car": ("Su vehículo está listo", "Fin del renting"),
    },
    "body": {
        "delivery": (
            "Tu pedido {order} salió de nuestro almacén el {date} y se entregará en: {c.addr1}.",
            "El repartidor puede llamarte al {c.phone} si no hay nadie en casa.",
            "Puedes seguir el envío con el número {tracking}.",
            "Las entregas a {city} llevan un día de retraso esta semana.",
            "Si prefieres que lo dejemos con un vecino, responde a este correo.",
            "Adjuntamos la factura {invoice} por importe de {amount}.",
        ),
        "returns": (
            "Devolví el artículo «{gadget}» del pedido {order} el {date}, pero todavía no he "
            "recibido el reembolso de {amount}.",
            "Por favor, hagan el reembolso a mi cuenta, IBAN {c.iban}, y no a la tarjeta.",
            "El pago original lo hice con la tarjeta {c.card}.",
            "Pueden localizarme en el {c.phone} o en {c.email}.",
            "Dejé el paquete en la oficina de Correos de {city}.",
            "Llevo ya tres semanas esperando.",
        ),
        "saas": (
            "Hemos detectado un inicio de sesión en tu cuenta {c.email} desde un dispositivo "
            "nuevo (IP {ip}) el {date}.",
            "Si no has sido tú, cambia la contraseña; tu contraseña temporal es {password}.",
            "Tu clave de API se ha renovado y la nueva es: {secret}",
            "El espacio de trabajo {uuid} está en la versión {version}.",
            "El tráfico desde direcciones internas como {private_ip} no se contabiliza.",
            "El servicio {hostname} estará en mantenimiento el {date2}.",
        ),
        "helpdesk": (
            "Mi portátil (n.º de serie {serial}) no conecta a la VPN desde la actualización a la "
            "versión {version}.",
            "Recibe la dirección {private_ip}, pero la puerta de enlace no responde.",
            "Desde casa mi IP pública es {ip}, por si la necesitáis para el cortafuegos.",
            "Mi contraseña antigua {password} ya no funciona en {hostname}.",
            "¿Alguien me puede llamar al {c.phone}? Estoy en la oficina hasta las {time}.",
            "El ticket {case_no} se cerró, pero el problema sigue.",
        ),
        "banking": (
            "Hemos recibido su solicitud de cambio de datos de la cuenta {c.iban}.",
            "Su nueva tarjeta {c.card} se enviará en cinco días hábiles a: {c.addr1}.",
            "Por seguridad hemos verificado su fecha de nacimiento ({c.dob}) y su teléfono "
            "{c.phone}.",
            "La transferencia de {amount} con concepto {payref} se registró el {date}.",
            "Su número de cuenta {account_no} y el código de entidad {sort_code} no cambian.",
            "Por favor, no responda a este correo.",
        ),
        "insurance": (
            "Quiero comunicar un siniestro de la póliza {policy_no}.",
            "El {date}, sobre las {time}, reventó una tubería en mi piso de {c.addr1}.",
            "El fontanero de {company} ya ha enviado la factura {invoice} por {amount}.",
            "Les ruego que abonen la indemnización en el IBAN {c.iban}.",
            "Tomador: {c.name}, fecha de nacimiento {c.dob}.",
            "Durante el día estoy localizable en el {c.phone}.",
        ),
        "travel": (
            "¡Gracias por reservar con nosotros, {c.first}! Tu localizador es {booking}.",
            "El vuelo {flight} sale el {date} a las {time}.",
            "Pasajero principal: {c.name}, nacido/a el {c.dob}. Lleva el pasaporte que usaste "
            "en la reserva.",
            "Se ha cargado {amount} en la tarjeta {c.card}.",
            "El bono del hotel se enviará a {c.email}.",
            "La facturación del vuelo {flight} cierra 45 minutos antes de la salida.",
        ),
        "utilities": (
            "Me mudo el {date} y quiero dar de baja la cuenta de cliente {customer_no}.",
            "La lectura final del contador {meter} es 04512 kWh.",
            "A partir de esa fecha mi nueva dirección será: {c.addr1}.",
            "Envíen la última factura a {c.email} y devuelvan el saldo a favor a {c.iban}.",
            "Mi número de contrato es {contract_no}.",
            "Disculpen el poco margen de tiempo.",
        ),
        "healthcare": (
            "Le recordamos su cita con {a.dr} el {date} a las {time}.",
            "Por favor, confirme su fecha de nacimiento ({c.dob}) en recepción.",
            "Paciente: {c.name}, tel. {c.phone}.",
            "Si no puede acudir, avísenos con al menos 24 horas de antelación.",
            "Su número de historia clínica es {member_id}.",
            "La consulta se ha trasladado a un edificio nuevo en la {street}.",
        ),
        "rental": (
            "Les escribo por el piso de {c.addr1}, en el que vivo de alquiler desde el {date}.",
            "La calefacción no funciona desde hace una semana; la caldera es de {company}, "
            "n.º de serie {serial}.",
            "El alquiler de {amount} se carga cada mes en el IBAN {c.iban} con el concepto "
            "{payref}.",
            "¿Podría el propietario, {p.formal}, llamarme al {c.phone}?",
            "Mi número de contrato de arrendamiento es {contract_no}.",
            "Gracias de antemano.",
        ),
        "hr": (
            "Su nómina de {date} ya está disponible en el portal.",
            "Compruebe que sus datos bancarios (IBAN {c.iban}) y su domicilio ({c.addr1}) son "
            "correctos.",
            "Empleado/a: {c.name}, n.º de personal {member_id}.",
            "La fecha de nacimiento que consta es {c.dob}.",
            "El salario neto de {amount} se abonará el {date2}.",
        ),
        "government": (
            "Solicito la tarjeta de aparcamiento para residentes en el domicilio {c.addr1}.",
            "Solicitante: {c.name}, nacido/a el {c.dob} en {city}.",
            "La referencia de su carta es {case_no}.",
            "Pueden contactarme en {c.email} o en el {c.phone}.",
            "La tasa de {amount} se pagó con la referencia {payref}.",
        ),
        "telecom": (
            "Me robaron el móvil el {date}; por favor, bloqueen la SIM del {c.phone}.",
            "El IMEI del terminal es {imei}.",
            "El contrato está a nombre de {c.name}, número de cliente {customer_no}.",
            "Envíen el duplicado de la SIM a: {c.addr1}.",
            "El router muestra la IP WAN {ip} y la LAN {private_ip}.",
            "También quisiera saber cuándo termina el contrato {contract_no}.",
        ),
        "education": (
            "Nos complace confirmar la matrícula de {c.name} para el curso de otoño.",
            "Las clases empiezan el {date} a las {time} en el aula B12.",
            "N.º de estudiante: {member_id}. Fecha de nacimiento registrada: {c.dob}.",
            "La tasa de {amount} vence el {date2}; indique la referencia {payref}.",
            "Acceso al campus virtual: usuario {c.handle}, contraseña inicial {password}.",
            "Los horarios se publicarán la semana que viene.",
        ),
        "recruiting": (
            "Les adjunto mi candidatura para el puesto de analista de datos (ref. {case_no}).",
            "Me llamo {c.name} y actualmente trabajo en {company}.",
            "Vivo en {c.addr1} y podría incorporarme el {date}.",
            "Pueden contactarme en el {c.phone} o en {c.email}.",
            "Muchas gracias por su tiempo.",
        ),
        "legal": (
            "La firma de la escritura de compraventa será el {date} a las {time} en la notaría.",
            "Parte vendedora: {p.name}; parte compradora: {c.name}, nacido/a el {c.dob}, con "
            "domicilio en {c.addr1}.",
            "Transfiera la señal de {amount} a nuestra cuenta de depósito {iban}.",
            "Nuestra referencia de expediente: {case_no}.",
            "Traiga su DNI en vigor el día de la firma.",
        ),
        "car": (
            "Su vehículo está listo para recoger; la factura {invoice} asciende a {amount}.",
            "El contrato de renting {contract_no} del {product} termina el {date}.",
            "Tenemos estos datos: {c.name}, {c.addr1}, {c.phone}.",
            "El número de bastidor que figura en el permiso de circulación es {vin}.",
            "La cuota mensual se cargará en {c.iban}.",
        ),
    },
    "nopii": (
        "El mantenimiento de {hostname} empieza el {date} a las {time}.",
        "La versión {version} corrige el problema del tiempo de espera al iniciar sesión.",
        "El pedido {order} ya se ha entregado a la empresa de transporte.",
        "La factura {invoice} de {amount} está vencida.",
        "La oficina permanecerá cerrada el {date}.",
    ),
}

PT = {
    "hello": ("Olá,", "Bom dia,", "Boa tarde,", "Prezados,", "Oi, pessoal,"),
    "hi": ("{c.dear},", "Olá, {c.first}!", "Oi {c.first},", "Prezado(a) {c.name},"),
    "hi_in": ("{a.dear},", "Oi {a.first},", "Bom dia,", "Prezados,"),
    "bye": ("Atenciosamente,", "Abraços,", "Obrigado,", "Obrigada!", "Att.,", "Abs,"),
    "team": ("Equipe {org}", "Atendimento {org}", "{org} – Central de Relacionamento"),
    "role": (
        "Atendimento ao cliente",
        "Suporte técnico",
        "Analista de sinistros",
        "Gerente de contas",
    ),
    "ext": ("ramal {n}", "ramal {n}", "r. {n}"),
    "tel": ("Tel.:", "Telefone:", "Fone:", "Tel:"),
    "mob": ("Cel.:", "Celular:", "WhatsApp:"),
    "wrote": (
        "Em {date}, às {time}, {c.name} <{c.email}> escreveu:",
        "Em {date}, {c.name} escreveu:",
        "{c.name} <{c.email}> escreveu:",
    ),
    "wrote_np": ("Em {date}, às {time}, o Atendimento escreveu:", "Mensagem original:"),
    "fwd": ("---------- Mensagem encaminhada ---------", "De", "Data", "Assunto", "Para"),
    "reply": (
        "Obrigado, já está resolvido.",
        "Veja abaixo – consegue ver isso hoje?",
        "Para conhecimento e arquivo.",
        "Valeu pela resposta rápida, comentários abaixo.",
        "Encaminho para a área responsável.",
    ),
    "note": ("Nota", "Nota interna", "Obs.", "Resumo da ligação", "Passagem de turno"),
    "chat_open": (
        "Olá, em que posso ajudar?",
        "Obrigado por aguardar, já estou verificando.",
        "Bom dia! Como posso ajudar?",
    ),
    "chat_ack": ("Obrigado, só um momento.", "Entendi.", "Vou verificar.", "Perfeito, obrigado."),
    "chat_bye": ("Posso ajudar em algo mais?", "Tenha um ótimo dia!", "Valeu, tchau!"),
    "roles": ("Atendente", "Cliente", "Bot"),
    "vm": ("Mensagem de voz de", "Nova mensagem de voz de", "Chamada perdida com recado de"),
    "vm_t": "Transcrição",
    "sms": ("SMS de", "Mensagem de"),
    "dur": "Duração",
    "vm_open": ("Oi, aqui é {c.name}.", "Bom dia, quem fala é {c.sp}.", "Olá, é {c.first}."),
    "vm_close": (
        "Por favor, me retorne no {c.phone}.",
        "Pode me ligar no {c.phone}, obrigado.",
        "Repetindo meu número: {c.phone}. Tchau.",
    ),
    "ticket": (
        "Chamado",
        "Status",
        "Prioridade",
        "Solicitante",
        "Responsável",
        "Aberto em",
        "Assunto",
    ),
    "ticket2": ("Descrição", "Comentário de", "Aberto", "Pendente", "Alta", "Normal"),
    "crm": ("Contato", "Conta", "Responsável", "Histórico", "Próximo passo"),
    "crm_act": (
        "Liguei para {c.nm}, caixa postal.",
        "Falei com {c.nm}; pediu retorno no {c.phone}.",
        "E-mail enviado para {c.email}.",
        "Dados confirmados por telefone.",
        "Retorno agendado.",
    ),
    "ship": ("REMETENTE", "DESTINATÁRIO", "Peso", "Ref.", "Entregar a", "Endereço de devolução"),
    "form": ("Formulário do site", "Fale conosco", "Solicitação on-line"),
    "subjects": {
        "delivery": ("Seu pedido está a caminho", "Informações de entrega"),
        "returns": ("Reembolso ainda não recebido", "Devolução do meu pedido"),
        "saas": ("Novo acesso à sua conta", "Alerta de segurança"),
        "helpdesk": ("VPN não conecta", "Problema no notebook"),
        "banking": ("Seus dados bancários", "Alteração confirmada"),
        "insurance": ("Aviso de sinistro", "Vazamento no apartamento"),
        "travel": ("Confirmação de reserva", "Sua viagem"),
        "utilities": ("Mudança – leitura final", "Encerramento de conta"),
        "healthcare": ("Lembrete de consulta", "Sua consulta"),
        "rental": ("Aquecedor continua quebrado", "Reparos no apartamento"),
        "hr": ("Holerite e dados bancários", "Atualização da folha"),
        "government": ("Pedido de credencial de estacionamento", "Formulário de solicitação"),
        "telecom": ("Celular roubado – bloqueio do chip", "Segunda via do chip"),
        "education": ("Matrícula confirmada", "Informações do semestre"),
        "recruiting": ("Candidatura – analista de dados", "Minha candidatura"),
        "legal": ("Assinatura da escritura", "Agendamento no cartório"),
        "car": ("Seu veículo está pronto", "Fim do contrato de leasing"),
    },
    "body": {
        "delivery": (
            "Seu pedido {order} saiu do nosso centro de distribuição em {date} e será entregue "
            "em: {c.addr1}.",
            "O entregador pode ligar para o {c.phone} se não houver ninguém em casa.",
            "Acompanhe a entrega pelo código de rastreio {tracking}.",
            "As entregas para {city} estão com cerca de um dia de atraso nesta semana.",
            "Se preferir deixar a encomenda com o porteiro, é só responder a este e-mail.",
            "Segue em anexo a nota fiscal {invoice} no valor de {amount}.",
        ),
        "returns": (
            "Devolvi o item “{gadget}” do pedido {order} em {date}, mas ainda não recebi o "
            "reembolso de {amount}.",
            "Por favor, façam o estorno na minha conta, IBAN {c.iban}, e não no cartão.",
            "O pagamento original foi feito com o cartão {c.card}.",
            "Podem falar comigo pelo {c.phone} ou pelo e-mail {c.email}.",
            "Postei a caixa na agência dos Correios de {city}.",
            "Já estou esperando há três semanas.",
        ),
        "saas": (
            "Detectamos um acesso à sua conta {c.email} a partir de um novo dispositivo "
            "(IP {ip}) em {date}.",
            "Se não foi você, troque a senha agora; sua senha temporária é {password}.",
            "Sua chave de API foi renovada, a nova chave é: {secret}",
            "O workspace {uuid} está na versão {version}.",
            "Acessos de endereços internos como {private_ip} não são contabilizados.",
            "O serviço {hostname} ficará em manutenção no dia {date2}.",
        ),
        "helpdesk": (
            "Meu notebook (número de série {serial}) não conecta na VPN desde a atualização "
            "para a {version}.",
            "Ele pega o endereço {private_ip}, mas o gateway não responde.",
            "De casa meu IP público é {ip}, caso precisem para a regra do firewall.",
            "Minha senha antiga {password} não funciona mais no {hostname}.",
            "Alguém pode me ligar no {c.phone}? Fico no escritório até as {time}.",
            "O chamado {case_no} foi fechado, mas o problema continua.",
        ),
        "banking": (
            "Recebemos sua solicitação de alteração de dados da conta {c.iban}.",
            "Seu novo cartão {c.card} será enviado em até cinco dias úteis para: {c.addr1}.",
            "Por segurança, confirmamos sua data de nascimento ({c.dob}) e seu telefone {c.phone}.",
            "A transferência de {amount} com a referência {payref} foi registrada em {date}.",
            "O número da sua conta {account_no} e o código do banco {sort_code} não mudam.",
            "Por favor, não responda a este e-mail.",
        ),
        "insurance": (
            "Gostaria de comunicar um sinistro referente à apólice {policy_no}.",
            "Em {date}, por volta das {time}, estourou um cano no meu apartamento, {c.addr1}.",
            "O encanador da {company} já mandou a nota {invoice} de {amount}.",
            "Peço que a indenização seja paga no IBAN {c.iban}.",
            "Segurado(a): {c.name}, data de nascimento {c.dob}.",
            "Durante o dia estou disponível no {c.phone}.",
        ),
        "travel": (
            "Obrigado por reservar com a gente, {c.first}! Seu código de reserva é {booking}.",
            "O voo {flight} sai em {date} às {time}.",
            "Passageiro principal: {c.name}, nascido(a) em {c.dob}. Leve o passaporte usado na "
            "reserva.",
            "O cartão {c.card} foi cobrado em {amount}.",
            "O voucher do hotel será enviado para {c.email}.",
            "O check-in do voo {flight} fecha 45 minutos antes da partida.",
        ),
        "utilities": (
            "Vou me mudar em {date} e gostaria de encerrar a conta de cliente {customer_no}.",
            "A leitura final do medidor {meter} é 04512 kWh.",
            "A partir dessa data meu novo endereço será: {c.addr1}.",
            "Mandem a última fatura para {c.email} e devolvam o crédito no {c.iban}.",
            "O número do meu contrato é {contract_no}.",
            "Desculpem o prazo curto.",
        ),
        "healthcare": (
            "Lembramos sua consulta com {a.dr} em {date} às {time}.",
            "Por favor, confirme sua data de nascimento ({c.dob}) na recepção.",
            "Paciente: {c.name}, tel. {c.phone}.",
            "Se não puder comparecer, avise com pelo menos 24 horas de antecedência.",
            "Seu número de prontuário é {member_id}.",
            "A clínica mudou para um prédio novo na {street}.",
        ),
        "rental": (
            "Escrevo sobre o apartamento no endereço {c.addr1}, que alugo desde {date}.",
            "O aquecedor não funciona há uma semana; o aparelho é da {company}, número de série "
            "{serial}.",
            "O aluguel de {amount} sai todo mês do IBAN {c.iban} com a referência {payref}.",
            "O proprietário, {p.formal}, poderia me ligar no {c.phone}?",
            "O número do meu contrato de locação é {contract_no}.",
            "Desde já agradeço.",
        ),
        "hr": (
            "Seu holerite de {date} já está disponível no portal.",
            "Confira se seus dados bancários (IBAN {c.iban}) e seu endereço ({c.addr1}) estão "
            "corretos.",
            "Colaborador(a): {c.name}, matrícula {member_id}.",
            "A data de nascimento cadastrada é {c.dob}.",
            "O salário líquido de {amount} será pago em {date2}.",
        ),
        "government": (
            "Solicito a credencial de estacionamento para moradores no endereço {c.addr1}.",
            "Requerente: {c.name}, nascido(a) em {c.dob} em {city}.",
            "O número do protocolo na carta de vocês é {case_no}.",
            "Podem me contatar pelo e-mail {c.email} ou pelo {c.phone}.",
            "A taxa de {amount} foi paga com a referência {payref}.",
        ),
        "telecom": (
            "Meu celular foi roubado em {date}; por favor, bloqueiem o chip do {c.phone}.",
            "O IMEI do aparelho é {imei}.",
            "O contrato está no nome de {c.name}, código de cliente {customer_no}.",
            "Mandem o chip novo para: {c.addr1}.",
            "O modem mostra o IP WAN {ip} e o IP da rede local {private_ip}.",
            "Queria saber também quando vence o contrato {contract_no}.",
        ),
        "education": (
            "Confirmamos com prazer a matrícula de {c.name} no segundo semestre.",
            "As aulas começam em {date} às {time} na sala B12.",
            "RA: {member_id}. Data de nascimento cadastrada: {c.dob}.",
            "A taxa de {amount} vence em {date2}; use a referência {payref}.",
            "Acesso ao portal do aluno: usuário {c.handle}, senha inicial {password}.",
            "Os horários serão publicados na semana que vem.",
        ),
        "recruiting": (
            "Segue em anexo meu currículo para a vaga de analista de dados (ref. {case_no}).",
            "Meu nome é {c.name} e atualmente trabalho na {company}.",
            "Moro no endereço {c.addr1} e poderia começar em {date}.",
            "Podem me contatar pelo {c.phone} ou pelo e-mail {c.email}.",
            "Agradeço desde já a atenção.",
        ),
        "legal": (
            "A assinatura da escritura de compra e venda está marcada para {date} às {time} no "
            "cartório.",
            "Vendedor(a): {p.name}; comprador(a): {c.name}, nascido(a) em {c.dob}, com endereço em "
            "{c.addr1}.",
            "Favor transferir o sinal de {amount} para a nossa conta de garantia {iban}.",
            "Nosso número de processo: {case_no}.",
            "Traga um documento de identidade com foto.",
        ),
        "car": (
            "Seu carro está pronto para retirada; a nota {invoice} ficou em {amount}.",
            "O contrato de leasing {contract_no} do {product} termina em {date}.",
            "Temos estes dados cadastrados: {c.name}, {c.addr1}, {c.phone}.",
            "O número do chassi no documento do veículo é {vin}.",
            "A parcela mensal será debitada do {c.iban}.",
        ),
    },
    "nopii": (
        "A manutenção do {hostname} começa em {date} às {time}.",
        "A versão {version} corrige o problema de tempo limite no login.",
        "O pedido {order} foi embalado e entregue à transportadora.",
        "A fatura {invoice} de {amount} está vencida.",
        "O escritório estará fechado em {date}.",
    ),
}

IT = {
    "hello": ("Buongiorno,", "Salve,", "Gentili signori,", "Ciao a tutti,", "Buonasera,"),
    "hi": ("{c.dear},", "Ciao {c.first},", "Buongiorno {c.formal},", "Gentile {c.name},"),
    "hi_in": ("{a.dear},", "Ciao {a.first},", "Buongiorno,", "Gentili signori,"),
    "bye": ("Cordiali saluti,", "Distinti saluti,", "Grazie mille,", "Un saluto,", "A presto,"),
    "team": ("Il team {org}", "Servizio clienti {org}", "{org} – Assistenza clienti"),
    "role": (
        "Servizio clienti",
        "Supporto tecnico",
        "Ufficio sinistri",
        "Responsabile commerciale",
    ),
    "ext": ("int. {n}", "interno {n}", "int. {n}"),
    "tel": ("Tel.", "Tel:", "Telefono:", "T."),
    "mob": ("Cell.", "Cellulare:", "Mob."),
    "wrote": (
        "Il giorno {date} alle {time} {c.name} <{c.email}> ha scritto:",
        "Il {date} {c.name} ha scritto:",
        "{c.name} <{c.email}> ha scritto:",
    ),
    "wrote_np": (
        "Il giorno {date} alle {time} il Servizio clienti ha scritto:",
        "Messaggio originale:",
    ),
    "fwd": ("---------- Messaggio inoltrato ---------", "Da", "Data", "Oggetto", "A"),
    "reply": (
        "Grazie, risolto.",
        "Vedi sotto – riesci a occupartene oggi?",
        "Per conoscenza e archivio.",
        "Grazie della risposta veloce, rispondo sotto.",
        "Inoltro all'ufficio competente.",
    ),
    "note": ("Nota", "Nota interna", "Promemoria", "Resoconto telefonata", "Passaggio di consegne"),
    "chat_open": (
        "Buongiorno, come posso aiutarla?",
        "Grazie per l'attesa, controllo subito.",
        "Salve! Cosa posso fare per lei?",
    ),
    "chat_ack": (
        "Grazie, un attimo per favore.",
        "Ricevuto.",
        "Verifico subito.",
        "Perfetto, grazie.",
    ),
    "chat_bye": ("Posso aiutarla in altro?", "Buona giornata!", "Grazie, arrivederci!"),
    "roles": ("Operatore", "Cliente", "Bot"),
    "vm": (
        "Messaggio vocale da",
        "Nuovo messaggio in segreteria da",
        "Chiamata persa con messaggio da",
    ),
    "vm_t": "Trascrizione",
    "sms": ("SMS da", "Messaggio da"),
    "dur": "Durata",
    "vm_open": ("Buongiorno, sono {c.name}.", "Salve, sono {c.sp}.", "Ciao, sono {c.first}."),
    "vm_close": (
        "Mi richiami per favore al {c.phone}.",
        "Mi trova al numero {c.phone}, grazie.",
        "Ripeto il numero: {c.phone}. Arrivederci.",
    ),
    "ticket": ("Ticket", "Stato", "Priorità", "Richiedente", "Assegnato a", "Creato il", "Oggetto"),
    "ticket2": ("Descrizione", "Commento di", "Aperto", "In attesa", "Alta", "Normale"),
    "crm": ("Contatto", "Account", "Referente", "Attività", "Prossimo passo"),
    "crm_act": (
        "Chiamato {c.nm}, lasciato messaggio.",
        "Parlato con {c.nm}; chiede di essere richiamato al {c.phone}.",
        "Email inviata a {c.email}.",
        "Dati confermati al telefono.",
        "Richiamo pianificato.",
    ),
    "ship": ("MITTENTE", "DESTINATARIO", "Peso", "Rif.", "Consegnare a", "Indirizzo di reso"),
    "form": ("Modulo web", "Modulo di contatto", "Richiesta online"),
    "subjects": {
        "delivery": ("Il tuo ordine è in viaggio", "Informazioni sulla consegna"),
        "returns": ("Rimborso non ancora ricevuto", "Reso del mio ordine"),
        "saas": ("Nuovo accesso al tuo account", "Avviso di sicurezza"),
        "helpdesk": ("VPN non funziona", "Problema con il portatile"),
        "banking": ("I suoi dati bancari", "Modifica confermata"),
        "insurance": ("Denuncia di sinistro", "Danni da acqua"),
        "travel": ("Conferma di prenotazione", "Il tuo viaggio"),
        "utilities": ("Trasloco – lettura finale", "Disdetta contratto"),
        "healthcare": ("Promemoria appuntamento", "Il suo appuntamento"),
        "rental": ("Riscaldamento ancora guasto", "Riparazioni appartamento"),
        "hr": ("Cedolino e coordinate bancarie", "Aggiornamento paghe"),
        "government": ("Domanda di permesso di sosta residenti", "Modulo di domanda"),
        "telecom": ("Telefono rubato – blocco SIM", "Sostituzione SIM"),
        "education": ("Iscrizione confermata", "Informazioni sul semestre"),
        "recruiting": ("Candidatura – data analyst", "La mia candidatura"),
        "legal": ("Appuntamento per il rogito", "Firma del contratto"),
        "car": ("La sua auto è pronta", "Fine noleggio a lungo termine"),
    },
    "body": {
        "delivery": (
            "Il tuo ordine {order} è partito dal nostro magazzino il {date} e verrà consegnato "
            "a questo indirizzo: {c.addr1}.",
            "Il corriere potrebbe chiamarti al {c.phone} se non trova nessuno.",
            "Puoi seguire la spedizione con il codice {tracking}.",
            "Le consegne verso {city} hanno circa un giorno di ritardo questa settimana.",
            "Se preferisci lasciare il pacco a un vicino, rispondi pure a questa email.",
            "In allegato trovi la fattura {invoice} di {amount}.",
        ),
        "returns": (
            "Ho restituito l'articolo «{gadget}» dell'ordine {order} il {date}, ma non ho ancora "
            "ricevuto il rimborso di {amount}.",
            "Vi prego di rimborsare sul mio conto, IBAN {c.iban}, e non sulla carta.",
            "Il pagamento era stato fatto con la carta {c.card}.",
            "Potete contattarmi al {c.phone} o all'indirizzo {c.email}.",
            "Ho consegnato il pacco all'ufficio postale di {city}.",
            "Aspetto ormai da tre settimane.",
        ),
        "saas": (
            "Abbiamo rilevato un accesso al tuo account {c.email} da un nuovo dispositivo "
            "(IP {ip}) il {date}.",
            "Se non sei stato tu, cambia subito la password; la password temporanea è {password}.",
            "La tua chiave API è stata rinnovata, la nuova chiave è: {secret}",
            "Il workspace {uuid} è alla versione {version}.",
            "Il traffico da indirizzi interni come {private_ip} non viene conteggiato.",
            "Il servizio {hostname} sarà in manutenzione il {date2}.",
        ),
        "helpdesk": (
            "Il mio portatile (numero di serie {serial}) non si collega più alla VPN "
            "dall'aggiornamento alla {version}.",
            "Riceve l'indirizzo {private_ip} ma il gateway non risponde.",
            "Da casa il mio IP pubblico è {ip}, se serve per la regola del firewall.",
            "La mia vecchia password {password} non funziona più su {hostname}.",
            "Qualcuno può chiamarmi al {c.phone}? Sono in ufficio fino alle {time}.",
            "Il ticket {case_no} è stato chiuso, ma il problema c'è ancora.",
        ),
        "banking": (
            "Abbiamo ricevuto la sua richiesta di modifica dei dati del conto {c.iban}.",
            "La nuova carta {c.card} sarà spedita entro cinque giorni lavorativi a: {c.addr1}.",
            "Per sicurezza abbiamo verificato la sua data di nascita ({c.dob}) e il numero "
            "{c.phone}.",
            "Il bonifico di {amount} con causale {payref} è stato contabilizzato il {date}.",
            "Il numero di conto {account_no} e il codice della banca {sort_code} non cambiano.",
            "Si prega di non rispondere a questa email.",
        ),
        "insurance": (
            "Vorrei denunciare un sinistro relativo alla polizza {policy_no}.",
            "Il {date} verso le {time} è scoppiato un tubo nel mio appartamento in {c.addr1}.",
            "L'idraulico della {company} ha già inviato la fattura {invoice} di {amount}.",
            "Vi chiedo di liquidare l'indennizzo sull'IBAN {c.iban}.",
            "Contraente: {c.name}, nato/a il {c.dob}.",
            "Durante il giorno sono raggiungibile al {c.phone}.",
        ),
        "travel": (
            "Grazie per aver prenotato con noi, {c.first}! Il codice di prenotazione è {booking}.",
            "Il volo {flight} parte il {date} alle {time}.",
            "Passeggero principale: {c.name}, data di nascita {c.dob}. Porta il passaporto "
            "usato per la prenotazione.",
            "Sulla carta {c.card} sono stati addebitati {amount}.",
            "Il voucher dell'hotel verrà inviato a {c.email}.",
            "Il check-in del volo {flight} chiude 45 minuti prima della partenza.",
        ),
        "utilities": (
            "Il {date} traslocherò e vorrei chiudere il codice cliente {customer_no}.",
            "La lettura finale del contatore {meter} è 04512 kWh.",
            "Da quella data il mio nuovo indirizzo sarà: {c.addr1}.",
            "Inviate la bolletta di chiusura a {c.email} e rimborsate l'eventuale credito "
            "sull'IBAN {c.iban}.",
            "Il mio numero di contratto è {contract_no}.",
            "Scusate il poco preavviso.",
        ),
        "healthcare": (
            "Le ricordiamo l'appuntamento con {a.dr} il {date} alle {time}.",
            "La preghiamo di confermare la sua data di nascita ({c.dob}) in accettazione.",
            "Paziente: {c.name}, tel. {c.phone}.",
            "In caso di impedimento, avvisi almeno 24 ore prima.",
            "Il suo numero di cartella clinica è {member_id}.",
            "L'ambulatorio si è trasferito in una nuova sede in {street}.",
        ),
        "rental": (
            "Vi scrivo per l'appartamento in {c.addr1}, che ho in affitto dal {date}.",
            "Il riscaldamento non funziona da una settimana; la caldaia è della {company}, "
            "matricola {serial}.",
            "L'affitto di {amount} viene addebitato ogni mese sull'IBAN {c.iban} con causale "
            "{payref}.",
            "Il proprietario, {p.formal}, potrebbe chiamarmi al {c.phone}?",
            "Il numero del mio contratto di locazione è {contract_no}.",
            "Grazie in anticipo.",
        ),
        "hr": (
            "Il cedolino di {date} è disponibile sul portale.",
            "Verifica che le coordinate bancarie (IBAN {c.iban}) e l'indirizzo di residenza "
            "({c.addr1}) siano corretti.",
            "Dipendente: {c.name}, matricola {member_id}.",
            "La data di nascita registrata è il {c.dob}.",
            "Lo stipendio netto di {amount} sarà accreditato il {date2}.",
        ),
        "government": (
            "Chiedo il rilascio del permesso di sosta per residenti per l'indirizzo {c.addr1}.",
            "Richiedente: {c.name}, nato/a il {c.dob} a {city}.",
            "Il numero di protocollo della vostra lettera è {case_no}.",
            "Potete contattarmi via email ({c.email}) o al {c.phone}.",
            "Il diritto di {amount} è stato pagato con causale {payref}.",
        ),
        "telecom": (
            "Mi hanno rubato il telefono il {date}; vi prego di bloccare la SIM del {c.phone}.",
            "L'IMEI del dispositivo è {imei}.",
            "Il contratto è intestato a {c.name}, codice cliente {customer_no}.",
            "Spedite la nuova SIM a: {c.addr1}.",
            "Il modem mostra l'IP WAN {ip} e l'IP LAN {private_ip}.",
            "Vorrei anche sapere quando scade il contratto {contract_no}.",
        ),
        "education": (
            "Siamo lieti di confermare l'iscrizione di {c.name} al semestre autunnale.",
            "Le lezioni iniziano il {date} alle {time} nell'aula B12.",
            "Matricola: {member_id}. Data di nascita registrata: {c.dob}.",
            "La tassa di {amount} va pagata entro il {date2} con causale {payref}.",
            "Accesso al portale studenti: utente {c.handle}, password iniziale {password}.",
            "Gli orari saranno pubblicati la settimana prossima.",
        ),
        "recruiting": (
            "In allegato la mia candidatura per la posizione di data analyst (rif. {case_no}).",
            "Mi chiamo {c.name} e attualmente lavoro presso {company}.",
            "Abito in {c.addr1} e potrei iniziare dal {date}.",
            "Potete contattarmi al {c.phone} o a {c.email}.",
            "Ringrazio per l'attenzione.",
        ),
        "legal": (
            "Il rogito per la compravendita è fissato per il {date} alle {time} presso il "
            "nostro studio.",
            "Parte venditrice: {p.name}; parte acquirente: {c.name}, nato/a il {c.dob}, "
            "residente in {c.addr1}.",
            "Vi preghiamo di versare la caparra di {amount} sul nostro conto dedicato {iban}.",
            "Il nostro numero di pratica: {case_no}.",
            "Si prega di portare un documento d'identità valido.",
        ),
        "car": (
            "La sua auto è pronta per il ritiro; la fattura {invoice} ammonta a {amount}.",
            "Il contratto di noleggio {contract_no} della {product} scade il {date}.",
            "Abbiamo questi dati: {c.name}, {c.addr1}, {c.phone}.",
            "Il numero di telaio riportato sul libretto è {vin}.",
            "La rata mensile verrà addebitata su {c.iban}.",
        ),
    },
    "nopii": (
        "La manutenzione di {hostname} inizia il {date} alle {time}.",
        "La versione {version} risolve il problema del timeout di accesso.",
        "L'ordine {order} è stato imballato e affidato al corriere.",
        "La fattura {invoice} di {amount} è scaduta.",
        "L'ufficio resterà chiuso il {date}.",
    ),
}

CS = {
    "hello": ("Dobrý den,", "Dobrý den všem,", "Vážení,", "Zdravím,", "Ahoj,"),
    "hi": ("{c.dear},", "Dobrý den,", "Dobrý den, zdravím,", "{c.dear},"),
    "hi_in": ("{a.dear},", "Dobrý den,", "Vážení,"),
    "bye": ("S pozdravem", "S přátelským pozdravem", "Děkuji a zdravím", "Díky,", "Hezký den"),
    "team": ("Tým {org}", "Zákaznický servis {org}", "{org} – zákaznická podpora"),
    "role": (
        "Zákaznická podpora",
        "IT podpora",
        "Likvidace pojistných událostí",
        "Obchodní zástupce",
    ),
    "ext": ("linka {n}", "kl. {n}", "linka {n}"),
    "tel": ("Tel.:", "Telefon:", "T:"),
    "mob": ("Mobil:", "Mob.:", "M:"),
    "wrote": (
        "Dne {date} v {time} {c.name} <{c.email}> napsal(a):",
        "Dne {date} {c.name} napsal(a):",
        "{c.name} <{c.email}> napsal(a):",
    ),
    "wrote_np": ("Dne {date} v {time} napsal zákaznický servis:", "Původní zpráva:"),
    "fwd": ("---------- Přeposlaná zpráva ---------", "Od", "Datum", "Předmět", "Komu"),
    "reply": (
        "Díky, vyřešeno.",
        "Viz níže – můžeš se na to dnes podívat?",
        "Pro informaci a do archivu.",
        "Díky za rychlou odpověď, reaguji níže.",
        "Přeposílám na příslušné oddělení.",
    ),
    "note": ("Poznámka", "Interní poznámka", "Pro info", "Záznam z hovoru", "Předávka"),
    "chat_open": (
        "Dobrý den, jak vám mohu pomoci?",
        "Děkuji za strpení, hned se na to podívám.",
        "Dobrý den! Co pro vás mohu udělat?",
    ),
    "chat_ack": ("Děkuji, moment prosím.", "Rozumím.", "Hned to ověřím.", "Výborně, děkuji."),
    "chat_bye": ("Mohu vám ještě s něčím pomoci?", "Hezký den!", "Díky, na shledanou!"),
    "roles": ("Operátor", "Zákazník", "Bot"),
    "vm": (
        "Hlasová zpráva od",
        "Nová zpráva v hlasové schránce od",
        "Zmeškaný hovor se zprávou od",
    ),
    "vm_t": "Přepis",
    "sms": ("SMS od", "Zpráva od"),
    "dur": "Délka",
    "vm_open": ("Dobrý den, tady {c.name}.", "Dobrý den, volá {c.sp}.", "Ahoj, tady {c.first}."),
    "vm_close": (
        "Zavolejte mi prosím zpátky na číslo {c.phone}.",
        "Jsem k zastižení na čísle {c.phone}, děkuji.",
        "Ještě jednou moje číslo: {c.phone}. Na shledanou.",
    ),
    "ticket": ("Tiket", "Stav", "Priorita", "Žadatel", "Řešitel", "Vytvořeno", "Předmět"),
    "ticket2": ("Popis", "Komentoval(a)", "Otevřený", "Čeká", "Vysoká", "Normální"),
    "crm": ("Kontakt", "Firma", "Vlastník", "Historie aktivit", "Další krok"),
    "crm_act": (
        "Telefonát – {c.nm}: nezastižen(a).",
        "Hovor – {c.nm}: prosí o zpětné volání na {c.phone}.",
        "E-mail odeslán na {c.email}.",
        "Údaje potvrzeny telefonicky.",
        "Naplánován další kontakt.",
    ),
    "ship": ("ODESÍLATEL", "PŘÍJEMCE", "Hmotnost", "Ref.", "Doručit", "Zpáteční adresa"),
    "form": ("Webový formulář", "Kontaktní formulář", "Online žádost"),
    "subjects": {
        "delivery": ("Vaše objednávka je na cestě", "Informace o doručení"),
        "returns": ("Peníze za vrácené zboží stále nepřišly", "Vrácení objednávky"),
        "saas": ("Nové přihlášení k vašemu účtu", "Bezpečnostní upozornění"),
        "helpdesk": ("Nefunguje VPN", "Problém s notebookem"),
        "banking": ("Údaje k vašemu účtu", "Změna potvrzena"),
        "insurance": ("Hlášení pojistné události", "Vytopení bytu"),
        "travel": ("Potvrzení rezervace", "Vaše cesta"),
        "utilities": ("Stěhování – konečný stav", "Ukončení smlouvy"),
        "healthcare": ("Připomenutí termínu", "Váš termín"),
        "rental": ("Stále nefunguje topení", "Opravy v bytě"),
        "hr": ("Výplatní páska a bankovní spojení", "Mzdová agenda"),
        "government": ("Žádost o rezidentní parkovací kartu", "Formulář žádosti"),
        "telecom": ("Ukradený telefon – blokace SIM", "Náhradní SIM"),
        "education": ("Zápis potvrzen", "Informace k semestru"),
        "recruiting": ("Žádost o místo – datový analytik", "Moje žádost"),
        "legal": ("Termín podpisu", "Podpis kupní smlouvy"),
        "car": ("Vaše vozidlo je připraveno", "Konec leasingu"),
    },
    "body": {
        "delivery": (
            "Vaše objednávka {order} opustila {date} náš sklad a bude doručena na adresu: "
            "{c.addr1}.",
            "Pokud nebudete doma, kurýr vám může zavolat na číslo {c.phone}.",
            "Zásilku můžete sledovat pod číslem {tracking}.",
            "Doručování do lokality {city} má tento týden zhruba den zpoždění.",
            "Pokud chcete zásilku nechat u souseda, stačí odpovědět na tento e-mail.",
            "V příloze najdete fakturu {invoice} na částku {amount}.",
        ),
        "returns": (
            "Zboží „{gadget}“ z objednávky {order} jsem vrátil(a) {date}, ale peníze ve výši "
            "{amount} mi zatím nepřišly.",
            "Peníze prosím vraťte na můj účet, IBAN {c.iban}, ne na kartu.",
            "Původně jsem platil(a) kartou {c.card}.",
            "Zastihnete mě na čísle {c.phone} nebo na e-mailu {c.email}.",
            "Balík jsem podal(a) na poště ({city}).",
            "Čekám už tři týdny.",
        ),
        "saas": (
            "Zaznamenali jsme přihlášení k vašemu účtu {c.email} z nového zařízení (IP {ip}) "
            "dne {date}.",
            "Pokud jste to nebyli vy, okamžitě si změňte heslo; vaše dočasné heslo je {password}.",
            "Váš API klíč byl obnoven, nový klíč: {secret}",
            "Pracovní prostor {uuid} běží na verzi {version}.",
            "Provoz z interních adres, jako je {private_ip}, se nezapočítává.",
            "Služba {hostname} bude {date2} nedostupná kvůli údržbě.",
        ),
        "helpdesk": (
            "Můj notebook (sériové číslo {serial}) se od aktualizace na verzi {version} "
            "nepřipojí k VPN.",
            "Dostane adresu {private_ip}, ale brána neodpovídá.",
            "Z domova mám veřejnou IP {ip}, kdybyste ji potřebovali pro pravidlo ve firewallu.",
            "Moje staré heslo {password} už na {hostname} nefunguje.",
            "Může mi někdo zavolat na {c.phone}? V kanceláři jsem do {time}.",
            "Tiket {case_no} byl uzavřen, ale problém trvá.",
        ),
        "banking": (
            "Obdrželi jsme vaši žádost o změnu údajů k účtu {c.iban}.",
            "Náhradní karta {c.card} vám bude do pěti pracovních dnů zaslána na adresu: {c.addr1}.",
            "Z bezpečnostních důvodů jsme ověřili vaše datum narození ({c.dob}) a telefonní "
            "číslo {c.phone}.",
            "Platba {amount} s variabilním symbolem {payref} byla zaúčtována {date}.",
            "Číslo účtu {account_no} a kód banky {sort_code} zůstávají beze změny.",
            "Na tento e-mail prosím neodpovídejte.",
        ),
        "insurance": (
            "Chtěl(a) bych nahlásit škodu k pojistné smlouvě {policy_no}.",
            "Dne {date} kolem {time} praskla v mém bytě ({c.addr1}) trubka.",
            "Instalatér z firmy {company} už poslal fakturu {invoice} na {amount}.",
            "Pojistné plnění prosím zašlete na IBAN {c.iban}.",
            "Pojistník: {c.name}, datum narození {c.dob}.",
            "Přes den jsem k zastižení na čísle {c.phone}.",
        ),
        "travel": (
            "Děkujeme za rezervaci! Váš rezervační kód je {booking}.",
            "Let {flight} odlétá {date} v {time}.",
            "Hlavní cestující: {c.name}, nar. {c.dob}. Vezměte si prosím cestovní pas použitý "
            "při rezervaci.",
            "Z karty {c.card} byla stržena částka {amount}.",
            "Voucher na hotel pošleme na {c.email}.",
            "Odbavení na let {flight} končí 45 minut před odletem.",
        ),
        "utilities": (
            "Dne {date} se stěhuji a chtěl(a) bych zrušit zákaznický účet {customer_no}.",
            "Konečný stav elektroměru {meter} je 04512 kWh.",
            "Moje nová adresa od té doby: {c.addr1}.",
            "Vyúčtování prosím pošlete na {c.email} a případný přeplatek vraťte na {c.iban}.",
            "Číslo mé smlouvy je {contract_no}.",
            "Omlouvám se za krátký termín.",
        ),
        "healthcare": (
            "Připomínáme vám termín u lékaře ({a.dr}) dne {date} v {time}.",
            "Na recepci prosím potvrďte své datum narození ({c.dob}).",
            "Pacient: {c.name}, tel. {c.phone}.",
            "Pokud se nemůžete dostavit, dejte nám prosím vědět alespoň 24 hodin předem.",
            "Vaše číslo pacienta je {member_id}.",
            "Ordinace se přestěhovala do nové budovy v ulici {street}.",
        ),
        "rental": (
            "Píšu ohledně bytu na adrese {c.addr1}, kde bydlím v nájmu od {date}.",
            "Topení už týden nefunguje; kotel je od firmy {company}, výrobní číslo {serial}.",
            "Nájemné {amount} odchází každý měsíc z IBAN {c.iban} s variabilním symbolem {payref}.",
            "Mohl by se mi pronajímatel ({p.formal}) ozvat na číslo {c.phone}?",
            "Číslo mé nájemní smlouvy je {contract_no}.",
            "Předem děkuji.",
        ),
        "hr": (
            "Výplatní páska za období {date} je k dispozici na portálu.",
            "Zkontrolujte prosím bankovní spojení (IBAN {c.iban}) a adresu bydliště ({c.addr1}).",
            "Zaměstnanec: {c.name}, osobní číslo {member_id}.",
            "Evidované datum narození: {c.dob}.",
            "Čistá mzda {amount} bude vyplacena {date2}.",
        ),
        "government": (
            "Žádám o vydání parkovací karty pro rezidenty pro adresu {c.addr1}.",
            "Žadatel: {c.name}, datum narození {c.dob}, místo narození: {city}.",
            "Číslo jednací z vašeho dopisu je {case_no}.",
            "Kontaktovat mě můžete e-mailem ({c.email}) nebo na čísle {c.phone}.",
            "Poplatek {amount} jsem uhradil(a) s variabilním symbolem {payref}.",
        ),
        "telecom": (
            "Dne {date} mi ukradli telefon, zablokujte prosím SIM k číslu {c.phone}.",
            "IMEI přístroje je {imei}.",
            "Smlouva je vedena na jméno {c.name}, zákaznické číslo {customer_no}.",
            "Náhradní SIM prosím pošlete na adresu: {c.addr1}.",
            "Router ukazuje WAN adresu {ip} a v LAN {private_ip}.",
            "Také bych rád(a) věděl(a), kdy končí smlouva {contract_no}.",
        ),
        "education": (
            "S radostí potvrzujeme zápis do zimního semestru. Student: {c.name}.",
            "Výuka začíná {date} v {time} v učebně B12.",
            "Studijní číslo: {member_id}. Evidované datum narození: {c.dob}.",
            "Poplatek {amount} je splatný do {date2}, variabilní symbol {payref}.",
            "Přístup do studijního portálu: uživatel {c.handle}, počáteční heslo {password}.",
            "Rozvrhy budou zveřejněny příští týden.",
        ),
        "recruiting": (
            "V příloze posílám svou žádost o místo datového analytika (ref. {case_no}).",
            "Jmenuji se {c.name} a v současnosti pracuji ve firmě {company}.",
            "Bydlím na adrese {c.addr1} a nastoupit bych mohl(a) {date}.",
            "Zastihnete mě na čísle {c.phone} nebo na {c.email}.",
            "Děkuji za váš čas.",
        ),
        "legal": (
            "Podpis kupní smlouvy je stanoven na {date} v {time} v naší kanceláři.",
            "Prodávající: {p.name}; kupující: {c.name}, nar. {c.dob}, bytem {c.addr1}.",
            "Zálohu {amount} prosím převeďte na náš úschovní účet {iban}.",
            "Naše spisová značka: {case_no}.",
            "S sebou si prosím vezměte platný občanský průkaz.",
        ),
        "car": (
            "Vaše auto je připraveno k vyzvednutí; faktura {invoice} činí {amount}.",
            "Leasingová smlouva {contract_no} na vůz {product} končí {date}.",
            "Evidujeme tyto údaje: {c.name}, {c.addr1}, {c.phone}.",
            "VIN uvedené v technickém průkazu je {vin}.",
            "Měsíční splátka bude stržena z účtu {c.iban}.",
        ),
    },
    "nopii": (
        "Údržba serveru {hostname} začíná {date} v {time}.",
        "Verze {version} opravuje problém s vypršením přihlášení.",
        "Objednávka {order} byla zabalena a předána dopravci.",
        "Faktura {invoice} na {amount} je po splatnosti.",
        "Kancelář bude {date} zavřená.",
    ),
}
LANGS = {"en": EN, "de": DE, "fr": FR, "es": ES, "pt": PT, "it": IT, "cs": CS}


# ---------------------------------------------------------------- structured-shape fields

LABEL_KEYS = (
    "name email phone address dob iban card ssn ip password api_key message status order "
    "tracking invoice customer_no member_id contract_no policy_no account_no case_no meter imei "
    "serial sort_code date time amount version private_ip product company city postcode street "
    "hostname uuid hash git_sha vat payref booking flight vin"
).split()
_LABEL_TEXT = {
    "en": "Name|Email|Phone|Address|Date of birth|IBAN|Card number|SSN|IP address|Password|"
    "API key|Message|Status|Order no.|Tracking no.|Invoice no.|Customer no.|Member ID|"
    "Contract no.|Policy no.|Account no.|Case no.|Meter no.|IMEI|Serial no.|Sort code|Date|Time|"
    "Amount|Version|Internal IP|Product|Company|City|Postcode|Street|Host|UUID|Checksum|Commit|"
    "VAT no.|Payment ref.|Booking ref.|Flight|VIN",
    "de": "Name|E-Mail|Telefon|Anschrift|Geburtsdatum|IBAN|Kartennummer|SSN|IP-Adresse|Passwort|"
    "API-Schlüssel|Nachricht|Status|Bestellnr.|Sendungsnr.|Rechnungsnr.|Kundennr.|Mitgliedsnr.|"
    "Vertragsnr.|Versicherungsschein-Nr.|Kontonr.|Vorgangsnr.|Zählernr.|IMEI|Seriennr.|BLZ|"
    "Datum|Uhrzeit|Betrag|Version|Interne IP|Produkt|Firma|Ort|PLZ|Straße|Host|UUID|Prüfsumme|"
    "Commit|USt-IdNr.|Verwendungszweck|Buchungscode|Flug|FIN",
    "fr": "Nom|E-mail|Téléphone|Adresse|Date de naissance|IBAN|N° de carte|SSN|Adresse IP|"
    "Mot de passe|Clé API|Message|Statut|N° de commande|N° de suivi|N° de facture|N° client|"
    "N° adhérent|N° de contrat|N° de police|N° de compte|N° de dossier|N° de compteur|IMEI|"
    "N° de série|Code banque|Date|Heure|Montant|Version|IP interne|Produit|Société|Ville|"
    "Code postal|Rue|Hôte|UUID|Empreinte|Commit|N° TVA|Référence de paiement|Réf. réservation|"
    "Vol|VIN",
    "es": "Nombre|Correo electrónico|Teléfono|Dirección|Fecha de nacimiento|IBAN|N.º de tarjeta|"
    "SSN|Dirección IP|Contraseña|Clave API|Mensaje|Estado|N.º de pedido|N.º de seguimiento|"
    "N.º de factura|N.º de cliente|N.º de socio|N.º de contrato|N.º de póliza|N.º de cuenta|"
    "N.º de expediente|N.º de contador|IMEI|N.º de serie|Código de entidad|Fecha|Hora|Importe|"
    "Versión|IP interna|Producto|Empresa|Ciudad|Código postal|Calle|Host|UUID|Hash|Commit|"
    "NIF-IVA|Concepto|Localizador|Vuelo|N.º de bastidor",
    "pt": "Nome|E-mail|Telefone|Endereço|Data de nascimento|IBAN|Número do cartão|SSN|"
    "Endereço IP|Senha|Chave de API|Mensagem|Status|Nº do pedido|Código de rastreio|Nº da nota|"
    "Código do cliente|Matrícula|Nº do contrato|Nº da apólice|Nº da conta|Nº do protocolo|"
    "Nº do medidor|IMEI|Nº de série|Código do banco|Data|Hora|Valor|Versão|IP interno|Produto|"
    "Empresa|Cidade|CEP|Rua|Host|UUID|Hash|Commit|Inscrição estadual|Referência|"
    "Código da reserva|Voo|Chassi",
    "it": "Nome|Email|Telefono|Indirizzo|Data di nascita|IBAN|Numero carta|SSN|Indirizzo IP|"
    "Password|Chiave API|Messaggio|Stato|N. ordine|Codice spedizione|N. fattura|Codice cliente|"
    "N. tessera|N. contratto|N. polizza|N. conto|N. pratica|Matricola contatore|IMEI|"
    "N. di serie|Codice banca|Data|Ora|Importo|Versione|IP interno|Prodotto|Azienda|Città|CAP|"
    "Via|Host|UUID|Hash|Commit|Partita IVA|Causale|Codice prenotazione|Volo|Telaio",
    "cs": "Jméno|E-mail|Telefon|Adresa|Datum narození|IBAN|Číslo karty|SSN|IP adresa|Heslo|"
    "API klíč|Zpráva|Stav|Č. objednávky|Číslo zásilky|Č. faktury|Zákaznické číslo|"
    "Členské číslo|Č. smlouvy|Č. pojistky|Číslo účtu|Č. jednací|Č. elektroměru|IMEI|"
    "Sériové číslo|Kód banky|Datum|Čas|Částka|Verze|Interní IP|Produkt|Firma|Město|PSČ|Ulice|"
    "Host|UUID|Hash|Commit|DIČ|Variabilní symbol|Rezervační kód|Let|VIN",
}
LABELS = {
    lang: dict(zip(LABEL_KEYS, text.split("|"), strict=True)) for lang, text in _LABEL_TEXT.items()
}
# per situation: the PII fields, then the non-PII fields of a record
FIELDS = {
    "delivery": ("name email phone address", "order tracking amount date"),
    "returns": ("name email iban card", "order invoice amount date"),
    "saas": ("name email ip api_key", "uuid version hostname private_ip"),
    "helpdesk": ("name email phone ip password", "serial hostname private_ip version case_no"),
    "banking": ("name iban dob phone ssn", "account_no sort_code payref amount date"),
    "insurance": ("name dob address iban phone ssn", "policy_no case_no amount date company"),
    "travel": ("name dob email card", "booking flight date time amount"),
    "utilities": ("name address email iban", "meter customer_no contract_no date amount"),
    "healthcare": ("name dob phone email", "member_id case_no date time"),
    "rental": ("name address iban phone", "contract_no payref amount date"),
    "hr": ("name address iban dob ssn", "member_id amount date account_no"),
    "government": ("name dob address email ssn", "case_no payref amount city date"),
    "telecom": ("name phone address email ssn", "imei customer_no contract_no serial private_ip"),
    "education": ("name dob email password", "member_id amount payref date time"),
    "recruiting": ("name email phone address", "case_no company date city postcode"),
    "legal": ("name dob address iban", "case_no amount date time vat"),
    "car": ("name address phone iban", "vin contract_no invoice amount product"),
}
KEY_SLOT = {
    "name": "{W.name}",
    "email": "{W.email}",
    "phone": "{W.phone}",
    "address": "{W.addr1}",
    "dob": "{W.dob}",
    "iban": "{W.iban}",
    "card": "{W.card}",
    "ssn": "{W.ssn}",
    "ip": "{ipK}",
    "password": "{passwordK}",
    "api_key": "{secretK}",
}
NEG_SLOT_KIND = {k: k for k in HARBOR_NEGATIVE_KINDS} | {"gadget": "product"}
CARS = (
    "Tesla Model S",
    "Mercedes-Benz A-Klasse",
    "Škoda Octavia",
    "Renault Zoe",
    "Alfa Romeo Giulia",
    "Opel Adam",
    "Nissan Micra",
    "Seat Leon",
    "Kia Ceed",
    "Ford Fiesta",
)
GADGETS = (
    "Amazon Alexa",
    "Siri Remote",
    "Tommy Hilfiger",
    "Calvin Klein",
    "Hugo Boss",
    "Ralph Lauren",
    "Marc O'Polo",
    "Tom Tailor",
    "Max Mara",
    "Victoria's Secret",
)


# ---------------------------------------------------------------- locale formatting


def fmt_date(r: random.Random, locale: str, day: date) -> str:
    months = MONTHS[LANG[locale]].split()
    style = r.choice(DATE_STYLES[locale])
    return style.format(d=day.day, m=day.month, y=day.year, M=months[day.month - 1])


def _recent_day(r: random.Random) -> date:
    return date(2022, 1, 1) + timedelta(days=r.randint(0, 1400))


def _birth_day(r: random.Random) -> date:
    return date(1938, 1, 1) + timedelta(days=r.randint(0, 24500))


def fmt_time(r: random.Random, locale: str) -> str:
    h, mi = r.randint(7, 19), r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    if locale == "en_US" and r.random() < 0.7:
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if locale == "en_GB" and r.random() < 0.3:
        return f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}"
    if locale == "fr_FR" and r.random() < 0.5:
        return f"{h}h{mi:02d}"
    return f"{h:02d}:{mi:02d}" if r.random() < 0.7 else f"{h}:{mi:02d}"


def fmt_amount(r: random.Random, locale: str) -> str:
    v = round(r.uniform(4, 2500), 2)
    en = f"{v:,.2f}"
    eu = en.replace(",", " ").replace(".", ",").replace(" ", ".")
    sp = en.replace(",", " ").replace(".", ",")
    options = {
        "en_US": (f"${en}", f"USD {en}"),
        "en_GB": (f"£{en}", f"GBP {en}"),
        "en_AU": (f"${en}", f"A${en}", f"AUD {en}"),
        "en_IN": (f"₹{en}", f"Rs. {en}", f"INR {en}"),
        "de_DE": (f"{eu} €", f"{eu} EUR", f"EUR {eu}"),
        "fr_FR": (f"{sp} €", f"{sp} EUR"),
        "es_ES": (f"{eu} €", f"{eu} EUR"),
        "pt_BR": (f"R$ {eu}", f"R$ {eu}"),
        "it_IT": (f"€ {eu}", f"{eu} €", f"EUR {eu}"),
        "cs_CZ": (f"{sp} Kč", f"{sp} CZK"),
    }
    return r.choice(options[locale])


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _upper(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def _imei(r: random.Random) -> str:
    digits = _luhn_complete(r, r.choice(("35", "86", "01", "99")), 15)
    return digits if r.random() < 0.7 else f"{digits[:2]}-{digits[2:8]}-{digits[8:14]}-{digits[14]}"


def _vat(r: random.Random, locale: str) -> str:
    return {
        "en_US": lambda: f"{_digits(r, 2)}-{_digits(r, 7)}",
        "en_GB": lambda: f"GB {_digits(r, 3)} {_digits(r, 4)} {_digits(r, 2)}",
        "en_AU": lambda: f"{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
        "en_IN": lambda: (
            f"{_digits(r, 2)}{_upper(r, 5)}{_digits(r, 4)}{_upper(r, 1)}1Z{_upper(r, 1)}"
        ),
        "de_DE": lambda: "DE" + _digits(r, 9),
        "fr_FR": lambda: f"FR{_digits(r, 2)} {_digits(r, 9)}",
        "es_ES": lambda: "ES" + r.choice("ABCDEFGH") + _digits(r, 8),
        "pt_BR": lambda: f"{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 3)}",
        "it_IT": lambda: "IT" + _digits(r, 11),
        "cs_CZ": lambda: "CZ" + _digits(r, 8),
    }[locale]()


def _sort_code(r: random.Random, locale: str) -> str:
    return {
        "en_US": lambda: "0" + _digits(r, 8),
        "en_GB": lambda: f"{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 2)}",
        "en_AU": lambda: f"{_digits(r, 3)}-{_digits(r, 3)}",
        "en_IN": lambda: r.choice(("SBIN", "HDFC", "ICIC", "UTIB")) + "0" + _digits(r, 6),
        "de_DE": lambda: f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 2)}",
        "fr_FR": lambda: _digits(r, 5),
        "es_ES": lambda: _digits(r, 4),
        "pt_BR": lambda: _digits(r, 3),
        "it_IT": lambda: "ABI " + _digits(r, 5),
        "cs_CZ": lambda: r.choice(("0100", "0300", "0800", "2010", "0600", "5500")),
    }[locale]()


def _payref(r: random.Random, locale: str) -> str:
    if locale == "cs_CZ":
        return _digits(r, 10)
    if r.random() < 0.4:
        body = _digits(r, 12)
        num = int(body + "2715" + "00")
        ref = f"RF{98 - num % 97:02d}{body}"
        return " ".join(ref[k : k + 4] for k in range(0, len(ref), 4))
    return r.choice((f"{_upper(r, 3)}-{_digits(r, 6)}", f"{_digits(r, 4)}/{_digits(r, 5)}"))


def _tracking(r: random.Random) -> str:
    return r.choice(
        (
            lambda: "1Z" + _upper(r, 6) + _digits(r, 10),
            lambda: "00340434" + _digits(r, 12),
            lambda: "JJD" + _digits(r, 15),
            lambda: _upper(r, 2) + _digits(r, 9) + r.choice(("DE", "FR", "ES", "IT", "CZ", "BR")),
            lambda: "9400 " + " ".join(_digits(r, 4) for _ in range(4)) + " " + _digits(r, 2),
        )
    )()


def _serial(r: random.Random) -> str:
    return r.choice(
        (
            lambda: f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
            lambda: f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 4)}",
            lambda: (
                f"{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}"
            ),
            lambda: f"0{_digits(r, 3)}/{_digits(r, 7)}",
            lambda: f"+{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 6)}",
        )
    )()


def _company(d: _Doc) -> str:
    if d.r.random() < 0.35:
        return d.fk.company()
    return d.r.choice(COMPANIES[d.lang])


def _hostname(d: _Doc) -> str:
    r = d.r
    return (
        f"{r.choice(('mail', 'vpn', 'api', 'db', 'app', 'gw', 'srv', 'files'))}"
        f"{r.randint(1, 40):02d}"
        f".{r.choice(('corp', 'internal', 'prod', 'eu-west-1', 'dc2'))}.{d.org_domain}"
    )


def _vin(r: random.Random) -> str:
    wmi = r.choice(("WVW", "VF1", "ZFA", "TMB", "1HG", "SAJ", "9BW", "MA1", "6T1", "WBA"))
    return wmi + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))


NEGATIVE_MAKERS = {
    "serial": lambda d: _serial(d.r),
    "imei": lambda d: _imei(d.r),
    "meter": lambda d: d.r.choice(("1ESY", "Z", "EBZ", "")) + _digits(d.r, 8),
    "customer_no": lambda d: d.r.choice(("KD-", "C", "CUST-", "")) + _digits(d.r, 7),
    "member_id": lambda d: d.r.choice(("EMP-", "M", "S2024-", "")) + _digits(d.r, 5),
    "contract_no": lambda d: f"{_upper(d.r, 2)}-{_digits(d.r, 4)}-{_digits(d.r, 5)}",
    "policy_no": lambda d: (
        f"{_digits(d.r, 3)}.{_digits(d.r, 3)}.{_digits(d.r, 3)}"
        if d.r.random() < 0.5
        else "POL-" + _digits(d.r, 8)
    ),
    "account_no": lambda d: _digits(d.r, d.r.choice((8, 10, 12))),
    "case_no": lambda d: d.r.choice(("CASE-", "#", "INC", "")) + _digits(d.r, 6),
    "order": lambda d: d.r.choice(
        ("#" + _digits(d.r, 6), f"{_digits(d.r, 3)}-{_digits(d.r, 7)}-{_digits(d.r, 7)}")
        + (f"ORD-{_upper(d.r, 4)}-{_digits(d.r, 4)}",)
    ),
    "tracking": lambda d: _tracking(d.r),
    "invoice": lambda d: (
        d.r.choice(("INV-", "RE-", "FA-", "F")) + f"{d.r.randint(2021, 2025)}-" + _digits(d.r, 5)
    ),
    "sort_code": lambda d: _sort_code(d.r, d.locale),
    "date": lambda d: fmt_date(d.r, d.locale, _recent_day(d.r)),
    "time": lambda d: fmt_time(d.r, d.locale),
    "amount": lambda d: fmt_amount(d.r, d.locale),
    "version": lambda d: (
        d.r.choice(("v", "", "")) + f"{d.r.randint(1, 24)}.{d.r.randint(0, 20)}"
        f".{d.r.randint(0, 40)}"
    ),
    "private_ip": lambda d: make_private_ip(d.r),
    "product": lambda d: d.r.choice(CARS),
    "gadget": lambda d: d.r.choice(GADGETS),
    "company": _company,
    "street": lambda d: d.r.choice(IN_STREETS) if d.locale == "en_IN" else d.fk.street_name(),
    "city": lambda d: city(d.fk),
    "postcode": lambda d: d.fk.postcode(),
    "hostname": _hostname,
    "uuid": lambda d: str(uuid.UUID(int=d.r.getrandbits(128), version=4)),
    "hash": lambda d: _rand(d.r, d.r.choice((32, 64)), "0123456789abcdef"),
    "git_sha": lambda d: _rand(d.r, d.r.choice((7, 8, 40)), "0123456789abcdef"),
    "vat": lambda d: _vat(d.r, d.locale),
    "payref": lambda d: _payref(d.r, d.locale),
    "booking": lambda d: _upper(d.r, 6) if d.r.random() < 0.6 else _upper(d.r, 3) + _digits(d.r, 3),
    "flight": lambda d: (
        d.r.choice(("LH", "BA", "IB", "AF", "AZ", "LA", "OK", "QF", "AI", "UA", "FR"))
        + d.r.choice(("", " "))
        + str(d.r.randint(1, 4999))
    ),
    "vin": lambda d: _vin(d.r),
}


# ---------------------------------------------------------------- people and addresses


_CITY_POOLS: dict[str, tuple[str, ...]] = {}


def city(fk: Faker) -> str:
    """fk.city(), except that it_IT's city list is built from a set (its order, and so the draw,
    would change with PYTHONHASHSEED): there the draw is from the sorted list."""
    if fk.locales[0] != "it_IT":
        return fk.city()
    pool = _CITY_POOLS.setdefault("it_IT", tuple(sorted(set(ItAddressProvider.cities))))
    return fk.random_element(pool)


def _street_lines(d: _Doc) -> list[str]:
    """A home address of the doc's country as lines: street (with number) .. postcode and city."""
    r, fk, loc = d.r, d.fk, d.locale
    if loc == "en_IN":
        unit = f"Flat {r.randint(1, 40)}{r.choice('ABC')}, " if r.random() < 0.4 else ""
        return [
            f"{unit}{r.randint(1, 300)}, {r.choice(IN_STREETS)}",
            f"{fk.city()} {fk.postcode()}",
        ]
    if loc == "es_ES":
        floor = f", {r.randint(1, 9)}º {r.choice('ABCD')}" if r.random() < 0.5 else ""
        return [f"{fk.street_name()}, {r.randint(1, 180)}{floor}", f"{fk.postcode()} {fk.city()}"]
    if loc == "pt_BR":
        apt = f", apto {r.randint(11, 1204)}" if r.random() < 0.4 else ""
        cep = fk.postcode().replace("-", "")
        lines = [f"{fk.street_name()}, {r.randint(1, 3000)}{apt}", fk.bairro()]
        return lines + [f"{cep[:5]}-{cep[5:]} {fk.city()} - {fk.estado_sigla()}"]
    if loc == "it_IT":
        return [
            f"{fk.street_name()}, {r.randint(1, 200)}",
            f"{fk.postcode()} {city(fk)} ({fk.state_abbr()})",
        ]
    if loc == "en_US":  # fk.address() also draws APO/FPO military addresses without a street
        state = fk.state_abbr(include_territories=False, include_freely_associated_states=False)
        return [fk.street_address(), f"{fk.city()}, {state} {fk.zipcode()}"]
    lines = [line.strip() for line in fk.address().split("\n")]
    if loc == "en_AU":
        lines[-1] = lines[-1].replace(", ", " ")
    return lines


def _po_box_lines(d: _Doc) -> list[str]:
    r, loc = d.r, d.locale
    n = str(r.randint(10, 99999))
    box = {
        "en_US": (f"PO Box {n}", f"P.O. Box {n}"),
        "en_GB": (f"PO Box {n}",),
        "en_AU": (f"PO Box {n}", f"GPO Box {n}"),
        "en_IN": (f"P. O. BOX {n}", f"Post Box No. {n}"),
        "de_DE": (
            f"Postfach {n}",
            "Postfach " + " ".join((n.zfill(6)[:2], n.zfill(6)[2:4], n.zfill(6)[4:])),
        ),
        "fr_FR": (f"BP {n}", f"BP {n}"),
        "es_ES": (f"Apartado de Correos {n}",),
        "pt_BR": (f"Caixa Postal {n}",),
        "it_IT": (f"Casella Postale {n}", f"C.P. {n}"),
        "cs_CZ": (f"P.O.Box {n}", f"P. O. BOX {n}", f"poštovní přihrádka {n}"),
    }[loc]
    tail = _street_lines(d)[2 if loc == "pt_BR" else 1 :]
    return [r.choice(box), *tail]


def _address(d: _Doc, who: str, multiline: bool) -> str:
    r = d.r
    if multiline and r.random() < 0.12:
        lines = _po_box_lines(d)
    else:
        lines = list(d.person(who).setdefault("lines", _street_lines(d)))
        if multiline and r.random() < 0.08 and who != "p":
            lines.insert(0, "c/o " + _full_name(d.person("p")))
    if r.random() < 0.15:
        lines.append(r.choice(COUNTRY[d.locale]))
    return "\n".join(lines) if multiline else ", ".join(lines)


def _full_name(p: dict) -> str:
    return f"{p['first']} {p['last']}"


def _new_person(d: _Doc) -> dict:
    r, fk = d.r, d.fk
    g = r.choice("mf")
    first = fk.first_name_male() if g == "m" else fk.first_name_female()
    last = getattr(fk, "last_name_male" if g == "m" else "last_name_female", fk.last_name)()
    if d.locale == "es_ES" and r.random() < 0.6:
        last = f"{last} {fk.last_name()}"
    return {"g": g, "first": first, "last": last}


def _handle(r: random.Random, p: dict) -> str:
    f = re.sub(r"[^a-z]", "", ascii_fold(p["first"]).lower()) or "user"
    la = re.sub(r"[^a-z]", "", ascii_fold(p["last"].split(" ")[0]).lower()) or "x"
    return r.choice(
        (f"{f}.{la}", f"{f[0]}{la}", f"{f}_{la[0]}", f"{f}{la}", f"{la}.{f}", f"{f}.{la}")
    )


def _email(d: _Doc, who: str) -> str:
    local = _handle(d.r, d.person(who))
    if who != "a" and d.r.random() < 0.3:
        local += str(d.r.randint(1, 99))
    domain = d.org_domain if who == "a" else d.r.choice(FREE_MAIL[d.locale])
    return f"{local}@{domain}"


def _person_value(d: _Doc, who: str, attr: str) -> str:
    p, r = d.person(who), d.r
    name = _full_name(p)
    makers = {
        "name": lambda: name,
        "first": lambda: p["first"],
        "last": lambda: p["last"],
        "caps": lambda: r.choice((name.upper(), f"{p['last'].upper()} {p['first']}")),
        "lower": lambda: name.lower(),
        "lastfirst": lambda: f"{p['last']}, {p['first']}",
        "initial": lambda: f"{p['first'][0]}. {p['last']}",
        "handle": lambda: _handle(r, p),
        "email": lambda: _email(d, who),
        "phone": lambda: make_phone(r, REGION[d.locale]),
        "mobile": lambda: make_phone(r, REGION[d.locale]),
        "addr": lambda: _address(d, who, True),
        "addr1": lambda: _address(d, who, False),
        "dob": lambda: fmt_date(r, d.locale, _birth_day(r)),
        "iban": lambda: make_iban(r, r.choice(IBAN_COUNTRY[d.locale])),
        "card": lambda: make_card(r),
        "ssn": lambda: make_ssn(r),
    }
    if attr not in p:
        p[attr] = makers[attr]()
    return p[attr]


PERSON_TYPE = {
    "name": "person",
    "first": "person",
    "last": "person",
    "caps": "person",
    "lower": "person",
    "lastfirst": "person",
    "initial": "person",
    "handle": "person",
    "email": "email",
    "phone": "phone",
    "mobile": "phone",
    "addr": "address",
    "addr1": "address",
    "dob": "dob",
    "iban": "iban",
    "card": "card",
    "ssn": "ssn",
}
NAME_FORMS = ("name", "first", "formal", "initial", "lastfirst", "caps", "lower")
NAME_WEIGHTS = (40, 15, 16, 9, 9, 8, 3)


def _person_pieces(d: _Doc, who: str, attr: str) -> list:
    p, r, loc = d.person(who), d.r, d.locale
    if attr == "nm":
        attr = r.choices(NAME_FORMS, NAME_WEIGHTS)[0]
    if attr == "sp":
        attr = r.choice(("name", "first", "formal"))
    if attr == "formal":
        title = r.choice(TITLES[loc][p["g"]])
        return [(title + " ", None, None), (p["last"], "person", None)]
    if attr == "dr":
        title = TITLES[loc]["dr"][0 if p["g"] == "m" else 1]
        return [(title + " ", None, None), (p["last"], "person", None)]
    if attr == "dear":
        prefix = DEAR[loc][p["g"]]
        if prefix is None:
            return [("Vážený pane", None, None)]
        return [(prefix + " ", None, None), (p["last"], "person", None)]
    return [(_person_value(d, who, attr), PERSON_TYPE[attr], None)]


# ---------------------------------------------------------------- the doc being written

_SLOT_RE = re.compile(r"\{([A-Za-z_0-9.]+)\}")


class _Doc:
    """One doc in the making: its locale, random state, people and already drawn values."""

    def __init__(self, locale: str, r: random.Random, fk: Faker, situation: str, pii: bool):
        self.locale, self.r, self.fk, self.sit, self.pii = locale, r, fk, situation, pii
        self.lang = LANG[locale]
        self.L = LANGS[self.lang]
        self.plant = r.random() < PLANT_SHARE
        self.people: dict[str, dict] = {}
        self.cache: dict[str, str] = {}
        self.org, self.org_domain = r.choice(ORGS[locale])
        self.out = PERSPECTIVE[situation] == "out"

    def person(self, who: str) -> dict:
        if who not in self.people:
            self.people[who] = _new_person(self)
        return self.people[who]

    def value(self, name: str) -> str:
        """A doc-level value (cached by slot name, so {date} twice is the same date)."""
        if name not in self.cache:
            base = name.rstrip("0123456789")
            makers = {
                "ip": lambda: make_ip(self.r, self.r.random() < 0.2),
                "ip6": lambda: make_ip(self.r, True),
                "secret": lambda: make_secret(self.r),
                "password": lambda: make_password(self.r),
                "url_cred": lambda: make_url_cred(self),
                "iban": lambda: make_iban(self.r, self.r.choice(IBAN_COUNTRY[self.locale])),
            }
            maker = makers.get(base) or (lambda: NEGATIVE_MAKERS[base](self))
            self.cache[name] = maker()
        return self.cache[name]

    def slot(self, name: str, frame: bool = False) -> list:
        """The pieces of one slot; a negative in the doc's frame (headers, stamps) is marked only
        in docs that plant negatives, elsewhere it is plain text."""
        if "." in name:
            who, attr = name.split(".")
            return _person_pieces(self, who, attr)
        if name == "org":
            return [(self.org, None, None)]
        if name == "n":
            return [(str(self.r.randint(10, 499)), None, None)]
        base = name.rstrip("0123456789")
        if base in PII_DOC_SLOTS:
            etype = {"ip6": "ip", "password": "secret", "url_cred": "url_credentials"}.get(
                base, base
            )
            return [(self.value(name), etype, None)]
        kind = NEG_SLOT_KIND[base] if self.plant or not frame else None
        return [(self.value(name), None, kind)]

    def render(self, template: str, frame: bool = False) -> list:
        out: list = []
        pos = 0
        for m in _SLOT_RE.finditer(template):
            if m.start() > pos:
                out.append((template[pos : m.start()], None, None))
            out.extend(self.slot(m.group(1), frame))
            pos = m.end()
        if pos < len(template):
            out.append((template[pos:], None, None))
        return out

    def pick(self, options) -> str:
        """A template from `options` that suits the doc (no PII slot in a no-PII doc)."""
        fit = [o for o in options if self.pii or not has_pii(o)]
        return self.r.choice(fit or options)


def make_url_cred(d: _Doc) -> str:
    r = d.r
    scheme, port, path = r.choice(
        (
            ("https", "", "/api/v2/export"),
            ("ftp", "", "/outgoing"),
            ("sftp", ":22", "/upload"),
            ("postgres", ":5432", "/billing"),
            ("mysql", ":3306", "/crm"),
            ("redis", ":6379", "/0"),
            ("amqp", ":5672", "/jobs"),
            ("mongodb", ":27017", "/app"),
        )
    )
    user = r.choice(("deploy", "svc_backup", "admin", "app", "reporting", "etl"))
    pw = _rand(r, r.randint(10, 18), string.ascii_letters + string.digits + "-_!")
    host = _hostname(d) if r.random() < 0.7 else make_ip(r)
    return f"{scheme}://{user}:{pw}@{host}{port}{path}"


def slots_of(template: str) -> list[str]:
    return _SLOT_RE.findall(template)


def has_pii(template: str) -> bool:
    return any("." in s or s.rstrip("0123456789") in PII_DOC_SLOTS for s in slots_of(template))


def has_negative(template: str) -> bool:
    return any(s.rstrip("0123456789") in NEG_SLOT_KIND for s in slots_of(template))


def P(text: str) -> tuple:
    return (text, None, None)


def body_templates(d: _Doc, k_min: int, k_max: int) -> list[str]:
    """Sentences of the doc's situation, in order, suited to the doc (PII / negatives)."""
    pool = [s for s in d.L["body"][d.sit] if d.locale == "en_US" or ".ssn}" not in s]
    if not d.pii:
        pool = [s for s in pool if not has_pii(s)]
        if len(pool) < 2:
            pool += [s for s in d.L["nopii"] if d.r.random() < 0.5] or list(d.L["nopii"][:2])
    if not d.plant:
        clean = [s for s in pool if not has_negative(s)]
        pool = clean if len(clean) >= 2 else pool
    k = min(len(pool), d.r.randint(k_min, k_max))
    idx = sorted(d.r.sample(range(len(pool)), k))
    return [pool[i] for i in idx]


def render_join(d: _Doc, templates: list[str], sep: str) -> list:
    out: list = []
    for k, t in enumerate(templates):
        if k:
            out.append(P(sep))
        out.extend(d.render(t))
    return out


def greeting(d: _Doc) -> list:
    if not d.pii:
        return d.render(d.r.choice(d.L["hello"]))
    return d.render(d.r.choice(d.L["hi"] if d.out else d.L["hi_in"]))


def phone_line(d: _Doc, who: str) -> list:
    """'Tel: <phone>' with sometimes an extension after it (outside the span)."""
    L, r = d.L, d.r
    key = "mob" if r.random() < 0.3 else "tel"
    out = [P(r.choice(L[key]) + " ")] + d.slot(f"{who}.{'mobile' if key == 'mob' else 'phone'}")
    if key == "tel" and who == "a" and r.random() < 0.4:
        out.append(
            P(
                r.choice((", ", " ", " / "))
                + r.choice(L["ext"]).replace("{n}", str(r.randint(10, 499)))
            )
        )
    return out


def signature(d: _Doc, html: bool = False) -> list:
    """Sign-off plus the writer's signature block (the team's when the doc has no PII)."""
    L, r = d.L, d.r
    out = [P(r.choice(L["bye"]) + "\n")]
    if not d.pii:
        return out + d.render(r.choice(L["team"]))
    who = "a" if d.out else "c"
    out += d.slot(f"{who}.{r.choice(('name', 'name', 'first', 'initial'))}")
    if who == "a" and r.random() < 0.7:
        out.append(P(f"\n{r.choice(L['role'])}\n{d.org}"))
    if r.random() < 0.6:
        out += [P("\n")] + phone_line(d, who)
    if r.random() < 0.3:
        out += [P("\n")] + d.slot(f"{who}.email")
    if who == "c" and not html and r.random() < 0.25:
        out += [P("\n")] + d.slot("c.addr")
    return out


# ---------------------------------------------------------------- shapes


def _subject(d: _Doc) -> str:
    return d.r.choice(d.L["subjects"][d.sit])


def shape_email(d: _Doc) -> list:
    r, out = d.r, []
    if r.random() < 0.4:
        out.append(P(f"{d.L['fwd'][3]}: {_subject(d)}\n\n"))
    out += greeting(d) + [P("\n\n")]
    out += render_join(d, body_templates(d, 2, 5), r.choice((" ", "\n\n", "\n")))
    return out + [P("\n\n")] + signature(d)


def shape_note(d: _Doc) -> list:
    r, L = d.r, d.L
    out = [P(r.choice(L["note"]))]
    if d.plant or r.random() < 0.3:
        out += [P(" ")] + d.render("{date} {time}", frame=True)
    if d.pii:
        sep = r.choice((", ", " – ", " by " if d.lang == "en" else " – "))
        out += [P(sep)] + d.slot(f"a.{r.choice(('initial', 'first', 'handle'))}")
    out.append(P(r.choice((":\n", ": ", "\n"))))
    return out + render_join(d, body_templates(d, 1, 3), " ")


def _to_html(pieces: list) -> list:
    return [(t.replace("\n", "<br>\n"), e, n) if not e else (t, e, n) for t, e, n in pieces]


def shape_html(d: _Doc) -> list:
    r = d.r
    out = [P(r.choice(('<div dir="ltr">', '<html><body>\n<div class="msg">', "<div>")) + "\n<p>")]
    out += greeting(d) + [P("</p>\n<p>")]
    out += render_join(d, body_templates(d, 2, 4), r.choice((" ", "<br>\n", "</p>\n<p>")))
    out.append(P("</p>\n"))
    fields = _record_keys(d, 2, 3)
    if fields:
        out.append(P('<table border="0" cellpadding="2">\n'))
        for key in fields:
            out += [P(f"<tr><td><b>{LABELS[d.lang][key]}</b></td><td>")]
            out += _key_value(d, key, "c") + [P("</td></tr>\n")]
        out.append(P("</table>\n"))
    out += [P("<p>")] + _to_html(signature(d, html=True)) + [P("</p>\n")]
    if d.pii and r.random() < 0.5:
        who = "a" if d.out else "c"
        out += [P('<p><a href="mailto:')] + d.slot(f"{who}.email") + [P('">')]
        out += d.slot(f"{who}.email") + [P("</a></p>\n")]
    return out + [P(r.choice(("</div>", "</div>\n</body></html>", "&nbsp;</div>")))]


def _quote(pieces: list, prefix: str = "> ") -> list:
    """Each line of `pieces` prefixed like a quoted mail (spans never hold a line break here)."""
    out = [P(prefix)]
    for t, e, n in pieces:
        if e or n:
            out.append((t, e, n))
        else:
            out.append(P(t.replace("\n", "\n" + prefix)))
    return out


def shape_quoted_reply(d: _Doc) -> list:
    r, L = d.r, d.L
    writer, other = ("a", "c") if d.out else ("c", "a")
    out = [P(r.choice(L["reply"]) + "\n\n" + r.choice(L["bye"]) + "\n")]
    if d.pii:
        out += d.slot(f"{other}.{r.choice(('first', 'name'))}")
        wrote = r.choice(L["wrote"]).replace("{c.", "{" + writer + ".")
    else:
        out += d.render(r.choice(L["team"]))
        wrote = r.choice(L["wrote_np"])
    out += [P("\n\n")] + d.render(wrote) + [P("\n")]
    original = greeting(d) + [P("\n\n")] + render_join(d, body_templates(d, 2, 4), "\n")
    if d.pii:
        original += [P("\n\n"), P(r.choice(L["bye"]) + "\n")] + d.slot(f"{writer}.name")
    return out + _quote(original, r.choice(("> ", ">")))


def shape_forwarded(d: _Doc) -> list:
    r, L = d.r, d.L
    writer, other = ("a", "c") if d.out else ("c", "a")
    head, frm, dat, subj, to = L["fwd"]
    out = [P(r.choice(L["reply"]) + "\n")] + d.slot(f"p.{r.choice(('first', 'initial'))}")
    out += [P(f"\n\n{head}\n{frm}: ")] + d.slot(f"{writer}.name") + [P(" <")]
    out += d.slot(f"{writer}.email") + [P(f">\n{dat}: ")] + d.render("{date}, {time}", frame=True)
    out += [P(f"\n{subj}: {_subject(d)}\n{to}: ")]
    if r.random() < 0.5:
        out += d.slot(f"{other}.name") + [P(" <")] + d.slot(f"{other}.email") + [P(">")]
    else:
        out += d.slot(f"{other}.email")
    out += [P("\n\n")] + greeting(d) + [P("\n\n")]
    out += render_join(d, body_templates(d, 2, 4), r.choice((" ", "\n\n")))
    return out + [P("\n\n")] + signature(d)


def _record_keys(d: _Doc, k_min: int = 2, k_max: int = 6) -> list[str]:
    """Field keys of one record of the situation: PII ones (PII docs) then non-PII ones."""
    r = d.r
    pii_keys, neg_keys = (s.split() for s in FIELDS[d.sit])
    pii_keys = [k for k in pii_keys if k != "ssn" or d.locale == "en_US"]
    keys = [k for k in pii_keys if r.random() < 0.8] if d.pii else []
    if d.pii and "name" not in keys:
        keys.insert(0, "name")
    if d.plant or not keys:
        keys += r.sample(neg_keys, r.randint(1, min(3, len(neg_keys))))
    return keys[: max(k_min, min(len(keys), k_max + r.randint(0, 2)))]


def _key_value(d: _Doc, key: str, who: str, row: int = 0) -> list:
    suffix = str(row + 1) if row else ""
    template = KEY_SLOT.get(key, "{" + key + "K}").replace("W", who).replace("K", suffix)
    return d.render(template)


CHAT_FORMATS = ("bracket", "whatsapp", "slack", "irc", "paren", "plain")


def _chat_line(d: _Doc, fmt: str, speaker: list, text: list, clock: str) -> list:
    t = [(clock, None, "time" if d.plant else None)]
    if fmt == "bracket":
        return [P("[")] + t + [P("] ")] + speaker + [P(": ")] + text
    if fmt == "whatsapp":
        return (
            d.render("{date9}", frame=True)
            + [P(", ")]
            + t
            + [P(" - ")]
            + speaker
            + [P(": ")]
            + text
        )
    if fmt == "slack":
        return speaker + [P("  ")] + t + [P("\n")] + text + [P("\n")]
    if fmt == "irc":
        return [P("<")] + speaker + [P("> ")] + text
    if fmt == "paren":
        return speaker + [P(" (")] + t + [P("):\n")] + text
    return speaker + [P(": ")] + text


def shape_chat(d: _Doc) -> list:
    r, L = d.r, d.L
    fmt = r.choice(CHAT_FORMATS)
    form = {w: r.choice(("name", "first", "handle")) for w in "ac"}
    if fmt in ("slack", "irc"):
        form = {"a": "handle", "c": "handle"}
    writer, other = ("a", "c") if d.out else ("c", "a")
    turns = [("a", r.choice(L["chat_open"]))]
    for k, sentence in enumerate(body_templates(d, 2, 5)):
        if k and r.random() < 0.4:
            turns.append((other, r.choice(L["chat_ack"])))
        turns.append((writer, sentence))
    turns.append(("a", r.choice(L["chat_bye"])))
    h, m = r.randint(8, 19), r.randint(0, 50)
    out: list = []
    for k, (who, text) in enumerate(turns):
        m += r.randint(0, 2)
        speaker = d.slot(f"{who}.{form[who]}") if d.pii else [P(L["roles"][0 if who == "a" else 1])]
        clock = f"{h + m // 60:02d}:{m % 60:02d}"
        out += ([P("\n")] if k else []) + _chat_line(d, fmt, speaker, d.render(text), clock)
    return out


def shape_form(d: _Doc) -> list:
    r, L = d.r, d.L
    title = r.choice(L["form"])
    out = [P(f"{title}\n{r.choice(('=', '-')) * len(title)}\n")]
    sep = r.choice((": ", ": ", ":\t", " = "))
    for key in _record_keys(d, 3, 6):
        out += [P(LABELS[d.lang][key] + sep)] + _key_value(d, key, "c") + [P("\n")]
    out += [P(LABELS[d.lang]["message"] + sep)] + render_join(d, body_templates(d, 1, 2), " ")
    if r.random() < 0.5:
        ip = "{ip}" if d.pii else "{private_ip}"
        out += [P("\n\n")] + d.render(f"-- {{date}} {{time}} / IP {ip}", frame=True)
    return out


def _cell(value: list, delim: str, quote_all: bool) -> list:
    text = "".join(t for t, _, _ in value)
    if quote_all or delim in text or '"' in text:
        return [P('"')] + value + [P('"')]
    return value


def shape_csv(d: _Doc) -> list:
    r = d.r
    keys = _record_keys(d, 3, 6)
    delim = r.choice((",", ";", "\t", ","))
    quote_all = r.random() < 0.3
    english = r.random() < 0.4
    header = [k if english else LABELS[d.lang][k] for k in keys]
    out = [P(delim.join(header) + "\n")]
    for row, who in enumerate(("c", "e1", "e2", "e3")[: r.randint(2, 4)]):
        for k, key in enumerate(keys):
            out += ([P(delim)] if k else []) + _cell(_key_value(d, key, who, row), delim, quote_all)
        out.append(P("\n"))
    return out


LOG_LINES = (
    "INFO  auth: login ok user={c.email} src={ip}",
    "WARN  auth: failed login for {c.handle} from {ip} (attempt 3)",
    "INFO  mailer: password reset link sent to {c.email}",
    "DEBUG sms: OTP sent to {c.phone}",
    "ERROR db: connection refused dsn={url_cred}",
    "DEBUG api: Authorization: Bearer {secret}",
    "INFO  payment: card={c.card} amount={amount} status=declined",
    'INFO  profile: updated name="{c.name}" dob={c.dob}',
    "INFO  shipping: label created for {c.name}, {c.addr1}",
    "INFO  payout: iban={c.iban} ref={payref}",
    "INFO  deploy: build {git_sha} version {version} on {hostname}",
    "DEBUG net: upstream {private_ip}:8080 healthy",
    "INFO  order: {order} status=shipped tracking={tracking}",
    "WARN  storage: checksum mismatch {hash} for object {uuid}",
    "INFO  sshd[{n}]: Accepted password for {c.handle} from {ip} port 52144 ssh2",
    "INFO  config: loaded api_key={secret} for tenant {uuid}",
    "INFO  crm: contact {c.lastfirst} merged into account {customer_no}",
    "WARN  kyc: ssn={c.ssn} flagged for manual review",
    "INFO  http: GET /invoices/{invoice} 200 from {private_ip}",
    "DEBUG login: user={c.handle} password={password} (plaintext logging enabled!)",
)
LOG_STAMPS = (
    "{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z ",
    "{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{ms:03d} ",
    "{y}/{mo:02d}/{d:02d} {h:02d}:{mi:02d}:{s:02d} ",
    "[{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}] ",
)


def shape_log(d: _Doc) -> list:
    r = d.r
    pool = [t for t in LOG_LINES if d.locale == "en_US" or ".ssn}" not in t]
    pool = [t for t in pool if (d.pii or not has_pii(t)) and (d.plant or not has_negative(t))]
    pool = pool or [t for t in LOG_LINES if not has_pii(t)]
    lines = r.sample(pool, min(len(pool), r.randint(2, 6)))
    stamp, day = r.choice(LOG_STAMPS), _recent_day(r)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 50)
    out: list = []
    for k, line in enumerate(lines):
        s += r.randint(0, 9)
        ts = stamp.format(
            y=day.year,
            mo=day.month,
            d=day.day,
            h=h,
            mi=(mi + s // 60) % 60,
            s=s % 60,
            ms=r.randint(0, 999),
        )
        out += ([P("\n")] if k else []) + [P(ts)] + d.render(line)
    return out


def _json_pair(d: _Doc, key: str, value: list, indent: str) -> list:
    return [P(f'{indent}"{key}": "')] + value + [P('"')]


def shape_json(d: _Doc) -> list:
    r = d.r
    pretty = r.random() < 0.7
    nl, ind = ("\n", "  ") if pretty else ("", "")
    keys = _record_keys(d, 3, 7)
    pii_keys = [k for k in keys if k in KEY_SLOT]
    neg_keys = [k for k in keys if k not in KEY_SLOT]
    top = ["id"] + neg_keys
    out = [P("{" + nl)]
    items: list = []
    for key in top:
        value = d.render("{uuid}", frame=True) if key == "id" else _key_value(d, key, "c")
        items.append(_json_pair(d, key, value, ind))
    if pii_keys:
        group = r.choice(("customer", "contact", "user", "applicant"))
        inner: list = []
        for k, key in enumerate(pii_keys):
            inner += ([P("," + nl)] if k else []) + _json_pair(
                d, key, _key_value(d, key, "c"), ind * 2
            )
        items.append([P(f'{ind}"{group}": {{{nl}')] + inner + [P(nl + ind + "}")])
    for k, item in enumerate(items):
        out += ([P(", " if not pretty else "," + nl)] if k else []) + item
    return out + [P(nl + "}")]


FIELD_VALUE = {
    "en": ("Field", "Value"),
    "de": ("Feld", "Wert"),
    "fr": ("Champ", "Valeur"),
    "es": ("Campo", "Valor"),
    "pt": ("Campo", "Valor"),
    "it": ("Campo", "Valore"),
    "cs": ("Pole", "Hodnota"),
}


def shape_markdown(d: _Doc) -> list:
    r, lab = d.r, LABELS[d.lang]
    keys = _record_keys(d, 2, 5)
    out: list = []
    if r.random() < 0.3:
        out.append(P(f"### {_subject(d)}\n\n"))
    if r.random() < 0.5:
        field, value = FIELD_VALUE[d.lang]
        out.append(P(f"| {field} | {value} |\n|---|---|\n"))
        for key in keys:
            out += [P(f"| {lab[key]} | ")] + _key_value(d, key, "c") + [P(" |\n")]
        return out
    out.append(P("| " + " | ".join(lab[k] for k in keys) + " |\n|" + "---|" * len(keys) + "\n"))
    for row, who in enumerate(("c", "e1", "e2")[: r.randint(1, 3)]):
        out.append(P("|"))
        for key in keys:
            out += [P(" ")] + _key_value(d, key, who, row) + [P(" |")]
        out.append(P("\n"))
    return out


CONFIG_LINES = {
    "yaml": (
        "# {label}: {a.name} <{a.email}>",
        "server:\n  host: {hostname}\n  bind: {private_ip}",
        "release: {version}",
        "database:\n  url: {url_cred}",
        "api:\n  key: {secret}",
        "admin:\n  email: {c.email}\n  password: {password}",
        "allowlist:\n  - {ip}\n  - {private_ip}",
        "build: {git_sha}",
    ),
    "env": (
        "# {label}: {a.name}",
        "APP_HOST={hostname}",
        "INTERNAL_GATEWAY={private_ip}",
        "DATABASE_URL={url_cred}",
        "API_KEY={secret}",
        "ADMIN_EMAIL={a.email}",
        'ADMIN_PASSWORD="{password}"',
        "ALLOWED_IP={ip}",
        "RELEASE={version}",
    ),
    "ini": (
        "; {label}: {a.name}, {a.phone}",
        "[server]\nhost = {hostname}\ninternal = {private_ip}",
        "[credentials]\nuser = {a.handle}\npassword = {password}",
        "[api]\ntoken = {secret}",
        "[upstream]\nurl = {url_cred}",
        "[firewall]\nallow = {ip}",
        "[app]\nversion = {version}\ninstance = {uuid}",
    ),
}


def shape_config(d: _Doc) -> list:
    r = d.r
    kind = r.choice(tuple(CONFIG_LINES))
    pool = [t for t in CONFIG_LINES[kind] if d.pii or not has_pii(t)]
    if not d.plant:
        pool = [t for t in pool if not has_negative(t)] or pool
    keep = sorted(r.sample(range(len(pool)), min(len(pool), r.randint(3, 6))))
    label = LABELS[d.lang]["name"]
    out: list = []
    for k, i in enumerate(keep):
        out += ([P("\n")] if k else []) + d.render(pool[i].replace("{label}", label))
    return out


def shape_ticket(d: _Doc) -> list:
    r, L = d.r, d.L
    tk, status, prio, req, assignee, created, subj = L["ticket"]
    desc, comment, opened, pending, high, normal = L["ticket2"]
    out = [P(f"{tk} ")] + d.render("{case_no}", frame=True)
    out += [P(f"\n{status}: {r.choice((opened, pending))}\n{prio}: {r.choice((high, normal))}\n")]
    out += [P(f"{req}: ")]
    if d.pii:
        out += d.slot("c.name") + [P(" <")] + d.slot("c.email") + [P(f">\n{assignee}: ")]
        out += d.slot(f"a.{r.choice(('name', 'handle'))}")
    else:
        out += [P(f"{L['roles'][1]}\n{assignee}: {d.org}")]
    out += (
        [P(f"\n{created}: ")]
        + d.render("{date} {time}", frame=True)
        + [P(f"\n{subj}: {_subject(d)}\n\n")]
    )
    out += [P(f"{desc}:\n")] + render_join(d, body_templates(d, 2, 4), " ")
    out += [P(f"\n\n--- {comment}: ")]
    out += d.slot("a.name") if d.pii else [P(L["roles"][0])]
    out += [P(" · ")] + d.render("{date2}", frame=True) + [P(" ---\n" + r.choice(L["chat_ack"]))]
    return out


def shape_voicemail_sms(d: _Doc) -> list:
    r, L = d.r, d.L
    if r.random() < 0.5:
        out = [P(r.choice(L["vm"]) + ": ")] + d.slot("c.phone")
        if r.random() < 0.5:
            out += [P(" (")] + d.slot("c.name") + [P(")")]
        out += (
            [P("\n")]
            + d.render("{date}, {time}", frame=True)
            + [P(f" · {L['dur']} 0:{r.randint(10, 59)}\n")]
        )
        text = [P(L["vm_t"] + ': "')] + d.render(r.choice(L["vm_open"])) + [P(" ")]
        text += render_join(d, body_templates(d, 1, 2), " ") + [P(" ")]
        return out + text + d.render(r.choice(L["vm_close"])) + [P('"')]
    if d.out:
        out = (
            [P(f"{r.choice(L['sms'])} {d.org}, ")]
            + d.render("{date} {time}", frame=True)
            + [P(":\n")]
        )
        out += d.render(r.choice(L["hi"])) + [P(" ")]
        return out + render_join(d, body_templates(d, 1, 2), " ")
    out = (
        [P(r.choice(L["sms"]) + " ")]
        + d.slot("c.phone")
        + [P(", ")]
        + d.render("{time}", frame=True)
    )
    out += [P(":\n")] + render_join(d, body_templates(d, 1, 3), " ")
    return out + [P(" ")] + d.slot(f"c.{r.choice(('first', 'initial'))}")


def shape_crm_note(d: _Doc) -> list:
    r, L, lab = d.r, d.L, LABELS[d.lang]
    contact, account, owner, log, nxt = L["crm"]
    out = [P(f"{contact}: ")] + d.slot(f"c.{r.choice(('name', 'lastfirst', 'caps'))}")
    out += [P(f"\n{account}: ")] + d.render(r.choice(("{company}", "{customer_no}")), frame=True)
    out += [P(f"\n{owner}: ")] + d.slot(f"a.{r.choice(('name', 'initial', 'handle'))}")
    out += [P(f"\n{lab['phone']}: ")] + d.slot("c.phone")
    if r.random() < 0.6:
        out += [P(f"\n{lab['email']}: ")] + d.slot("c.email")
    out += [P(f"\n\n{log}:")]
    acts = r.sample(L["crm_act"], 2) + body_templates(d, 1, 2)
    for k, act in enumerate(acts):
        out += [P("\n- ")] + d.render(f"{{date{k + 1}}}", frame=True) + [P(": ")] + d.render(act)
    return out + [P(f"\n{nxt}: {r.choice(L['chat_ack'])}")]


def shape_shipping_label(d: _Doc) -> list:
    r, L, lab = d.r, d.L, LABELS[d.lang]
    frm, to, weight, ref, _, _ = L["ship"]
    out = [P(f"{frm}:\n{d.org}\n")] + d.render("{city}", frame=True) + [P(f"\n\n{to}:\n")]
    out += d.slot(f"c.{r.choice(('caps', 'name', 'name'))}") + [P("\n")] + d.slot("c.addr")
    if r.random() < 0.5:
        out += [P("\n")] + phone_line(d, "c")
    out += [P(f"\n\n{lab['tracking']}: ")] + d.render("{tracking}", frame=True)
    out += [
        P(f"\n{weight}: {r.randint(1, 30)}{'.' if d.lang == 'en' else ','}{r.randint(0, 9)} kg")
    ]
    return out + [P(f"\n{ref}: ")] + d.render("{order}", frame=True)


SHAPE_FUNCS = {
    "email": shape_email,
    "note": shape_note,
    "html": shape_html,
    "quoted_reply": shape_quoted_reply,
    "forwarded": shape_forwarded,
    "chat": shape_chat,
    "form": shape_form,
    "csv": shape_csv,
    "log": shape_log,
    "json": shape_json,
    "markdown": shape_markdown,
    "config": shape_config,
    "ticket": shape_ticket,
    "voicemail_sms": shape_voicemail_sms,
    "crm_note": shape_crm_note,
    "shipping_label": shape_shipping_label,
}


# ---------------------------------------------------------------- the corpus

_FAKERS: dict[str, Faker] = {}


def _faker(locale: str, seed: int) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    fk = _FAKERS[locale]
    fk.seed_instance(seed)
    return fk


def build_doc(i: int, seed: int, attempt: int) -> tuple[dict, dict]:
    """Doc number `i` of the corpus for `seed` and what it is ({"situation", "shape"});
    `attempt` redraws a doc that failed its checks."""
    locale = HARBOR_LOCALES[i % len(HARBOR_LOCALES)]
    r = random.Random(f"harbor/{seed}/{i}/{attempt}")
    pii = r.random() >= NO_PII_SHARE
    situation = r.choice(SITUATIONS)
    shape = r.choice(SHAPES if pii else NOPII_SHAPES)
    d = _Doc(locale, r, _faker(locale, r.getrandbits(32)), situation, pii)
    doc = assemble_doc(locale, SHAPE_FUNCS[shape](d))
    return doc, {"situation": situation, "shape": shape}


def build_harbor_corpus_with_meta(n_docs: int, seed: int = 0) -> list[tuple[dict, dict]]:
    """(doc, {"situation", "shape"}) for each doc of build_harbor_corpus(n_docs, seed)."""
    out = []
    for i in range(n_docs):
        for attempt in range(50):
            doc, meta = build_doc(i, seed, attempt)
            if every_occurrence_labelled(doc):
                break
        else:
            raise RuntimeError(f"doc {i}: no clean draw")
        out.append((doc, meta))
    return out


def build_harbor_corpus(n_docs: int, seed: int = 0) -> list[dict]:
    """`n_docs` labelled docs; the same (n_docs, seed) always gives the same docs."""
    return [doc for doc, _ in build_harbor_corpus_with_meta(n_docs, seed)]


def main(argv: list[str] | None = None) -> int:
    return corpus_main(build_harbor_corpus, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
