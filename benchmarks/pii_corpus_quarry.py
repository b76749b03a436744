"""Quarry PII corpus: independent, labelled, multi-locale documents for measuring PII detectors.

THIS CORPUS MUST NEVER BE USED FOR TUNING. DO NOT LOOK AT WHAT A DETECTOR MISSES OR FLAGS WRONGLY
ON IT AND THEN CHANGE THE DETECTOR, ITS RULES, THRESHOLDS OR TRAINING DATA. ONCE USED FOR TUNING
IT IS SPENT AND ITS NUMBERS MEAN NOTHING.

Locales take turns, one doc each: en_US, en_GB, en_CA, en_NZ, en_PH, de_AT, fr_CH, es_CO, pt_BR,
pl_PL (all are Faker locales; en_PH has no Faker phone provider, so phones for every locale are
drawn here from the country's real number plan and checked with phonenumbers.is_valid_number).
Each doc is written in its locale's language (English; Austrian German; Swiss French; Colombian
Spanish; Brazilian Portuguese; Polish) with that country's names, streets, postcodes, phone styles
(national with spaces, dashes, dots, slashes or parentheses; +CC; 00CC; "+CC (0)") and IBANs.
Countries without IBANs use another country's: en_US, en_NZ and en_PH use GB, en_CA uses FR,
es_CO uses ES.

Situations (SITUATIONS): deliveries, returns, SaaS access, IT helpdesk, banking, insurance,
travel, utilities, healthcare, rentals, HR/payroll, government forms, telecom, education,
recruiting, events, veterinary, gym membership. Shapes (SHAPES): prose e-mails, HTML remnants,
quoted replies, forwarded mails, internal notes, chat transcripts (five export formats), web
forms, CSV, TSV, markdown tables, JSON, log lines, YAML / .env / INI config, ticket exports,
voicemail and SMS transcripts, meeting minutes, call-centre notes, calendar invites.
About 15% of docs hold no PII; about 60% carry planted hard negatives.

What counts as PII (spans; types from benchmarks.pii_corpus.TYPES, never cpf/cnpj):
- person: a person's name, full or partial: first name alone (chats, greetings, notes), surname
  after a title, "Last, First", "LAST First", ALL CAPS, lower case, initial(s) with surname,
  nicknames, hyphenated and double surnames, particles, chat handles made of the name
  ("jana.novak", "jnovak"). Titles (Mr, Mrs, Ms, Dr, Herr, Frau, Mag., M., Mme, Sr., Sra., pan,
  pani) stay outside the span.
- address: a street address with house number, or a PO box (PO Box, Postfach, Case postale,
  Apartado Aéreo, Caixa Postal, Skrytka pocztowa) with postcode and city. One span from the
  street (or the flat / c/o line that starts it) through postcode and city, plus a country line
  when present, across lines too. A street, city or postcode alone is not an address.
- phone: a valid number for the doc's country; extensions ("ext. 12", "Klappe 34", "wew. 5")
  stay outside. email: any personal e-mail address. card: Luhn-valid Visa / Mastercard / Amex,
  grouped or not. iban: mod-97-valid, the country's length, grouped in 4s or not.
- ip: public IPv4 / IPv6 only; private, loopback and documentation ranges are never spans.
- secret: the value of an API key, token or password (not its key name). url_credentials: the
  whole URL holding user:password@. dob: a date the text makes clear is a birth date.
  ssn: US social security numbers, en_US only.
Every occurrence of a value is labelled (greetings, signatures, headers, quoted lines, chat
speaker labels); a value inside a longer span (a name inside an e-mail address) is covered by it.
Field labels, quotes and brackets stay outside spans.

Negatives (QUARRY_NEGATIVE_KINDS, in "negatives", never overlapping a span) are planted
look-alikes: phone-shaped customer / contract / meter / policy / member / case numbers, IMEIs,
serials, order, tracking and invoice ids, non-birth dates, times, amounts, versions, private IPs,
products holding a first name, companies holding a surname, streets, cities or postcodes alone,
hostnames, uuids, hashes, git shas, VAT ids, payment references, booking codes, flights, seats.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
import sys
import unicodedata
from pathlib import Path

import phonenumbers
from faker import Faker

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pii_corpus import (  # noqa: E402
    assemble_doc,
    corpus_main,
    every_occurrence_labelled,
    luhn_valid,
)

QUARRY_LOCALES = (
    "en_US",
    "en_GB",
    "en_CA",
    "en_NZ",
    "en_PH",
    "de_AT",
    "fr_CH",
    "es_CO",
    "pt_BR",
    "pl_PL",
)
REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "en_CA": "CA",
    "en_NZ": "NZ",
    "en_PH": "PH",
    "de_AT": "AT",
    "fr_CH": "CH",
    "es_CO": "CO",
    "pt_BR": "BR",
    "pl_PL": "PL",
}
LANG = {loc: loc[:2] for loc in QUARRY_LOCALES}
IBAN_COUNTRY = {
    "en_US": "GB",
    "en_GB": "GB",
    "en_CA": "FR",
    "en_NZ": "GB",
    "en_PH": "GB",
    "de_AT": "AT",
    "fr_CH": "CH",
    "es_CO": "ES",
    "pt_BR": "BR",
    "pl_PL": "PL",
}
# BBAN layout per IBAN country: (charset, count); A = letter, N = digit, C = letter or digit
IBAN_BBAN = {
    "GB": (("A", 4), ("N", 14)),
    "FR": (("N", 23),),
    "AT": (("N", 16),),
    "CH": (("N", 17),),
    "ES": (("N", 20),),
    "BR": (("N", 23), ("A", 1), ("C", 1)),
    "PL": (("N", 24),),
}
IBAN_LENGTH = {"GB": 22, "FR": 27, "AT": 20, "CH": 21, "ES": 24, "BR": 29, "PL": 28}
SITUATIONS = (
    "ecommerce_delivery",
    "returns_refunds",
    "saas_access",
    "it_helpdesk",
    "banking",
    "insurance",
    "travel",
    "utilities",
    "healthcare",
    "rental_property",
    "hr_payroll",
    "government",
    "telecom",
    "education",
    "recruiting",
    "events_ticketing",
    "veterinary",
    "gym_membership",
)
SHAPES = (
    "email",
    "html",
    "quoted_reply",
    "forwarded",
    "note",
    "chat",
    "web_form",
    "csv",
    "tsv",
    "markdown_table",
    "json",
    "log",
    "config_yaml",
    "config_env",
    "config_ini",
    "ticket",
    "voicemail",
    "sms",
    "minutes",
    "call_notes",
    "calendar",
)
QUARRY_NEGATIVE_KINDS = (
    "order",
    "tracking",
    "invoice",
    "customer_no",
    "contract_no",
    "policy_no",
    "account_no",
    "member_no",
    "case_no",
    "meter_no",
    "serial",
    "imei",
    "date",
    "timestamp",
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
    "vat_id",
    "payment_ref",
    "booking_code",
    "flight",
    "seat",
)

# ---------------------------------------------------------------------------------------------
# Locale tables
# ---------------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
}
DATE_FORMATS = {
    "en_US": ("{m}/{d}/{y}", "{M} {d}, {y}", "{m:02d}/{d:02d}/{y}"),
    "en_GB": ("{d:02d}/{m:02d}/{y}", "{d} {M} {y}"),
    "en_CA": ("{y}-{m:02d}-{d:02d}", "{M} {d}, {y}"),
    "en_NZ": ("{d}/{m}/{y}", "{d} {M} {y}", "{d:02d}/{m:02d}/{y}"),
    "en_PH": ("{M} {d}, {y}", "{m:02d}/{d:02d}/{y}"),
    "de_AT": ("{d:02d}.{m:02d}.{y}", "{d}. {M} {y}", "{d}.{m}.{y}"),
    "fr_CH": ("{d:02d}.{m:02d}.{y}", "{d} {M} {y}", "{d:02d}/{m:02d}/{y}"),
    "es_CO": ("{d:02d}/{m:02d}/{y}", "{d} de {M} de {y}"),
    "pt_BR": ("{d:02d}/{m:02d}/{y}", "{d} de {M} de {y}"),
    "pl_PL": ("{d:02d}.{m:02d}.{y}", "{d} {M} {y}"),
}
TITLES = {
    "en": (("Mr", "Mr.", "Dr"), ("Ms", "Mrs", "Ms.", "Dr")),
    "de": (("Herr", "Herr Mag.", "Herr Dr.", "Herr Ing."), ("Frau", "Frau Mag.", "Frau Dr.")),
    "fr": (("M.", "Monsieur"), ("Mme", "Madame")),
    "es": (("Sr.", "señor", "Dr."), ("Sra.", "señora", "Dra.")),
    "pt": (("Sr.", "Dr.", "seu"), ("Sra.", "Dra.", "dona")),
    "pl": (("pan", "pan"), ("pani", "pani")),
}
NICKNAMES = {
    "en": "William:Bill Robert:Bob Elizabeth:Liz Jennifer:Jen Michael:Mike Christopher:Chris "
    "Katherine:Kate Jonathan:Jon Matthew:Matt Daniel:Dan Thomas:Tom James:Jim Joseph:Joe "
    "Margaret:Maggie Patricia:Trish Richard:Rick Anthony:Tony Samantha:Sam Alexander:Alex "
    "Nicholas:Nick Rebecca:Becky Victoria:Vicky Benjamin:Ben Andrew:Andy Jessica:Jess "
    "Kimberly:Kim Timothy:Tim Zachary:Zach Stephanie:Steph Deborah:Debbie",
    "de": "Josef:Sepp Johann:Hansi Theresia:Resi Franz:Franzi Maximilian:Max Katharina:Kathi "
    "Elisabeth:Lisi Alexander:Alex Christina:Tina Wolfgang:Wolfi Stefanie:Steffi Andreas:Andi",
    "fr": "Frédéric:Fred Christophe:Chris Dominique:Dom Alexandre:Alex Nicolas:Nico "
    "Catherine:Cathy Isabelle:Isa Valérie:Val Jean-Michel:Jean-Mi Stéphanie:Steph",
    "es": "Francisco:Pacho José:Pepe Juan:Juancho Alejandro:Alejo Guillermo:Memo Jesús:Chucho "
    "Manuel:Manolo Rosario:Charo Dolores:Lola Gabriela:Gabi Andrés:Andy",
    "pt": "José:Zé Gabriel:Biel Fernanda:Nanda Eduardo:Dudu Antônio:Toninho Francisco:Chico "
    "Beatriz:Bia Rafael:Rafa Mariana:Mari Guilherme:Gui",
    "pl": "Katarzyna:Kasia Tomasz:Tomek Małgorzata:Gosia Aleksandra:Ola Krzysztof:Krzysiek "
    "Magdalena:Magda Wojciech:Wojtek Joanna:Asia Agnieszka:Aga Jakub:Kuba Piotr:Piotrek Anna:Ania",
}
MAIL_DOMAINS = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"),
    "en_GB": ("gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"),
    "en_CA": ("gmail.com", "shaw.ca", "rogers.com", "hotmail.ca", "sympatico.ca"),
    "en_NZ": ("gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz"),
    "en_PH": ("gmail.com", "yahoo.com.ph", "outlook.ph", "ymail.com"),
    "de_AT": ("gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"),
    "fr_CH": ("bluewin.ch", "gmail.com", "hispeed.ch", "sunrise.ch", "protonmail.ch"),
    "es_CO": ("gmail.com", "hotmail.com", "une.net.co", "yahoo.es", "outlook.es"),
    "pt_BR": ("gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "hotmail.com"),
    "pl_PL": ("wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"),
}
WORK_DOMAINS = ("quarrymail.net", "northwind-ops.com", "bluepeak.io", "tessel.app", "orbitdesk.com")
COUNTRY_LINE = {
    "en_US": "USA",
    "en_GB": "United Kingdom",
    "en_CA": "Canada",
    "en_NZ": "New Zealand",
    "en_PH": "Philippines",
    "de_AT": "Österreich",
    "fr_CH": "Suisse",
    "es_CO": "Colombia",
    "pt_BR": "Brasil",
    "pl_PL": "Polska",
}
PO_BOX = {
    "en": "PO Box",
    "de": "Postfach",
    "fr": "Case postale",
    "es": "Apartado Aéreo",
    "pt": "Caixa Postal",
    "pl": "Skrytka pocztowa",
}
EXTENSION = {
    "en": " ext. ",
    "de": " Klappe ",
    "fr": " int. ",
    "es": " ext. ",
    "pt": " ramal ",
    "pl": " wew. ",
}
CURRENCY = {
    "en_US": "${a:,.2f}",
    "en_GB": "£{a:,.2f}",
    "en_CA": "CA${a:,.2f}",
    "en_NZ": "NZ${a:,.2f}",
    "en_PH": "₱{a:,.2f}",
    "de_AT": "€ {eu}",
    "fr_CH": "CHF {ch}",
    "es_CO": "$ {co}",
    "pt_BR": "R$ {eu}",
    "pl_PL": "{pl} zł",
}
AIRLINES = {
    "en_US": ("UA", "DL", "AA"),
    "en_GB": ("BA", "VS", "U2"),
    "en_CA": ("AC", "WS"),
    "en_NZ": ("NZ", "JQ"),
    "en_PH": ("PR", "5J"),
    "de_AT": ("OS", "FR"),
    "fr_CH": ("LX", "U2"),
    "es_CO": ("AV", "VH"),
    "pt_BR": ("LA", "G3", "AD"),
    "pl_PL": ("LO", "W6"),
}
VAT_FORMATS = {
    "en_US": ("##-#######",),
    "en_GB": ("GB### #### ##", "GB#########"),
    "en_CA": ("#########RT0001",),
    "en_NZ": ("###-###-###",),
    "en_PH": ("###-###-###-000",),
    "de_AT": ("ATU########",),
    "fr_CH": ("CHE-###.###.### TVA", "CHE-###.###.###"),
    "es_CO": ("900.###.###-#", "NIT 800###### -#"),
    "pt_BR": ("###.###.###.###",),
    "pl_PL": ("###-###-##-##", "PL##########"),
}
PRODUCTS = {
    "en": (
        "Emma Hybrid mattress",
        "Oscar desk lamp",
        "Stella espresso grinder",
        "Milo kids bike",
        "Harper tote bag",
        "Ruby 2 air purifier",
        "Leo standing desk",
    ),
    "de": (
        "Sofa Lotte",
        "Kaffeemaschine Bruno",
        "Lampe Greta",
        "Kinderbett Felix",
        "Staubsauger Max Turbo",
        "Regal Hanni",
    ),
    "fr": (
        "canapé Léon",
        "lampe Margaux",
        "poussette Lucie",
        "machine à café Hugo",
        "bureau Camille",
    ),
    "es": (
        "colchón Sofía",
        "licuadora Mateo Pro",
        "silla Valentina",
        "lámpara Lucas",
        "bicicleta Martina",
    ),
    "pt": (
        "sofá Helena",
        "cafeteira Arthur",
        "colchão Alice Plus",
        "luminária Théo",
        "berço Laura",
    ),
    "pl": ("sofa Zuzia", "ekspres Kuba Max", "lampka Hania", "łóżeczko Staś", "fotel Ola"),
}
COMPANY_SUFFIX = {
    "en": ("& Sons", "Plumbing Ltd", "Logistics", "Law LLP", "Dental", "Removals"),
    "de": ("GmbH", "& Söhne", "Transporte GmbH", "Installationen KG", "Bau GmbH"),
    "fr": ("SA", "& Fils", "Sàrl", "Fiduciaire SA", "Transports Sàrl"),
    "es": ("S.A.S.", "& Asociados", "Abogados", "Logística S.A.S."),
    "pt": ("Ltda", "& Filhos", "Transportes Ltda", "Contabilidade"),
    "pl": ("Sp. z o.o.", "i Synowie", "Transport s.c.", "Serwis"),
}
GREET = {
    "en_US": ("Hi", "Hello", "Hey", "Good morning"),
    "en_GB": ("Hi", "Hello", "Dear", "Morning"),
    "en_CA": ("Hi", "Hello", "Hey there"),
    "en_NZ": ("Kia ora", "Hi", "Hey", "Morena"),
    "en_PH": ("Hi", "Hello", "Good day", "Dear"),
    "de_AT": ("Grüß Gott", "Hallo", "Servus", "Guten Tag"),
    "fr_CH": ("Bonjour", "Salut", "Bonsoir"),
    "es_CO": ("Buenos días", "Buenas tardes", "Hola", "Cordial saludo"),
    "pt_BR": ("Olá", "Bom dia", "Boa tarde", "Oi"),
    "pl_PL": ("Dzień dobry", "Witam", "Cześć"),
}
SIGN = {
    "en_US": ("Best", "Thanks", "Best regards", "Thank you"),
    "en_GB": ("Kind regards", "Cheers", "Many thanks", "Best wishes"),
    "en_CA": ("Thanks so much", "Best", "Regards"),
    "en_NZ": ("Cheers", "Ngā mihi", "Thanks heaps", "Kind regards"),
    "en_PH": ("Thank you po", "Regards", "Respectfully yours", "God bless"),
    "de_AT": ("Liebe Grüße", "Mit freundlichen Grüßen", "LG", "Schöne Grüße aus Wien"),
    "fr_CH": ("Meilleures salutations", "Avec mes meilleures salutations", "Belle journée"),
    "es_CO": ("Atentamente", "Quedo atento", "Mil gracias", "Cordialmente"),
    "pt_BR": ("Abraços", "Atenciosamente", "Att.", "Obrigado desde já"),
    "pl_PL": ("Pozdrawiam", "Z poważaniem", "Pozdrawiam serdecznie", "Dziękuję i pozdrawiam"),
}
PHONE_PLANS = {
    "US": ("212Y######", "415Y######", "312Y######", "617Y######", "503Y######", "713Y######"),
    "CA": ("416Y######", "604Y######", "514Y######", "403Y######", "613Y######", "902Y######"),
    "GB": ("74########", "75########", "77########", "79########", "207#######", "161Y######"),
    "NZ": ("21#######", "27#######", "22#######", "9Y######", "4Y######", "3Y######"),
    "PH": ("917#######", "918#######", "920#######", "927#######", "28#######"),
    "AT": ("664#######", "676#######", "650#######", "1Y######", "316######", "512######"),
    "CH": ("79#######", "78#######", "76#######", "22#######", "21#######", "26#######"),
    "CO": ("310#######", "315#######", "320#######", "300#######", "601Y######", "604Y######"),
    "BR": ("119########", "219########", "319########", "113#######", "513#######"),
    "PL": ("50#######", "51#######", "60#######", "66#######", "79#######", "22#######"),
}
PHONE_STYLES = {
    "US": ("nat", "dash", "dot", "one", "intl", "e164"),
    "CA": ("nat", "dash", "dot", "one", "intl"),
    "GB": ("nat", "intl", "trunk0", "00", "plain"),
    "NZ": ("nat", "natdash", "intl", "00"),
    "PH": ("nat", "natdash", "intl", "e164", "plain"),
    "AT": ("nat", "slash", "intl", "trunk0", "00", "plain"),
    "CH": ("nat", "intl", "00", "trunk0"),
    "CO": ("nat", "intl", "e164", "natdash"),
    "BR": ("nat", "intl", "brspace", "e164"),
    "PL": ("nat", "natdash", "intl", "00", "e164"),
}
_NAT = phonenumbers.PhoneNumberFormat.NATIONAL
_INTL = phonenumbers.PhoneNumberFormat.INTERNATIONAL
_E164 = phonenumbers.PhoneNumberFormat.E164
_HEX = "0123456789abcdef"
_PW_CHARS = string.ascii_letters + string.digits + "!#%*-_?"
_B62 = string.ascii_letters + string.digits


# ---------------------------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------------------------


def _pattern(r: random.Random, pat: str) -> str:
    """'#' -> digit, 'Y' -> 2-9, 'A' -> capital letter; anything else stays."""
    out = []
    for ch in pat:
        if ch == "#":
            out.append(r.choice(string.digits))
        elif ch == "Y":
            out.append(r.choice("23456789"))
        elif ch == "A":
            out.append(r.choice(string.ascii_uppercase))
        else:
            out.append(ch)
    return "".join(out)


def _ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum())).lower()


def _phone_style(num: phonenumbers.PhoneNumber, style: str) -> str:
    nat = phonenumbers.format_number(num, _NAT)
    intl = phonenumbers.format_number(num, _INTL)
    rest = intl.split(" ", 1)[1]
    digits = re.sub(r"\D", "", nat)
    if style == "intl":
        return intl.replace("-", " ")
    if style == "e164":
        return phonenumbers.format_number(num, _E164)
    if style == "00":
        return "00" + intl[1:].replace("-", " ")
    if style == "trunk0":
        return intl.split(" ", 1)[0] + " (0)" + rest
    if style == "plain":
        return digits
    if style == "natdash":
        return nat.replace(" ", "-")
    if style == "slash":
        head, _, tail = nat.partition(" ")
        return head + "/" + tail.replace(" ", "")
    if style in ("dash", "dot", "one"):
        sep = "." if style == "dot" else "-"
        d = digits[-10:]
        body = sep.join((d[:3], d[3:6], d[6:]))
        return "1-" + body if style == "one" else body
    if style == "brspace":
        return nat.replace("(", "").replace(")", "")
    return nat


def _phone(r: random.Random, region: str) -> str:
    """A valid number of the region, written in one of its local styles (checked)."""
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(200):
        num = phonenumbers.parse(f"+{cc}{_pattern(r, r.choice(PHONE_PLANS[region]))}")
        if not phonenumbers.is_valid_number(num):
            continue
        if phonenumbers.region_code_for_number(num) != region:
            continue
        text = _phone_style(num, r.choice(PHONE_STYLES[region]))
        back = phonenumbers.parse(text, region)
        if phonenumbers.is_valid_number(back) and back.national_number == num.national_number:
            return text
    raise RuntimeError(f"no valid phone number for {region}")


def _card(r: random.Random) -> str:
    kind = r.choices(("visa", "mc", "mc2", "amex"), (45, 30, 5, 20))[0]
    head = {"visa": "4", "mc": "5" + r.choice("12345"), "mc2": "22" + r.choice("3456789")}
    prefix = head.get(kind) or "3" + r.choice("47")
    length = 15 if kind == "amex" else 16
    body = prefix + "".join(r.choice(string.digits) for _ in range(length - 1 - len(prefix)))
    check = next(c for c in string.digits if luhn_valid(body + c))
    number = body + check
    sizes = (4, 6, 5) if kind == "amex" else (4, 4, 4, 4)
    sep = r.choice((" ", " ", "-", ""))
    parts, k = [], 0
    for n in sizes:
        parts.append(number[k : k + n])
        k += n
    return sep.join(parts)


def _iban(r: random.Random, country: str) -> str:
    charset = {"A": string.ascii_uppercase, "N": string.digits, "C": string.ascii_uppercase}
    bban = "".join(r.choice(charset[c]) for c, n in IBAN_BBAN[country] for _ in range(n))
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    iban = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    assert len(iban) == IBAN_LENGTH[country]
    if r.random() < 0.6:
        return " ".join(iban[k : k + 4] for k in range(0, len(iban), 4))
    return iban


def _public_ip(r: random.Random, v6: bool = False) -> str:
    while True:
        if v6:
            head = r.choice(("2a02", "2a01", "2001:4860", "2600:1f18", "2804", "2a00", "2c0f"))
            groups = head.split(":") + [f"{r.getrandbits(16):x}" for _ in range(8)]
            text = str(ipaddress.ip_address(":".join(groups[:8])))
        else:
            text = ".".join(str(r.randint(1, 254)) for _ in range(4))
        if ipaddress.ip_address(text).is_global:
            return text


def _private_ip(r: random.Random) -> str:
    return r.choice(
        (
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        )
    )


def _password(r: random.Random) -> str:
    while True:
        pw = "".join(r.choice(_PW_CHARS) for _ in range(r.randint(10, 16)))
        if any(c.isdigit() for c in pw) and any(c.isalpha() for c in pw) and pw[-1].isalnum():
            return pw


def _token(r: random.Random) -> str:
    b62 = lambda n: "".join(r.choice(_B62) for _ in range(n))  # noqa: E731
    kind = r.randrange(6)
    if kind == 0:
        return "sk_live_" + b62(28)
    if kind == 1:
        return "ghp_" + b62(36)
    if kind == 2:
        return "AKIA" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16))
    if kind == 3:
        return "xoxb-" + "-".join(("".join(r.choice(string.digits) for _ in range(11)), b62(24)))
    if kind == 4:
        return "eyJhbGciOiJIUzI1NiJ9." + b62(40) + "." + b62(43)
    return "".join(r.choice(_HEX) for _ in range(32))


def _url_credentials(r: random.Random) -> str:
    scheme = r.choice(("https", "ftp", "postgres", "mysql", "amqp", "redis", "sftp"))
    user = r.choice(("deploy", "svc_backup", "admin", "reporting", "etl", "app", "sync"))
    host = r.choice(("files", "db", "mq", "cache", "api", "backup")) + "." + r.choice(WORK_DOMAINS)
    path = r.choice(("/", "/exports", ":5432/billing", ":3306/crm", "/vhost", "/inbox/", ""))
    return f"{scheme}://{user}:{_password(r)}@{host}{path}"


def _date(r: random.Random, locale: str, y0: int, y1: int) -> str:
    y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    month = MONTHS[LANG[locale]].split()[m - 1]
    return r.choice(DATE_FORMATS[locale]).format(d=d, m=m, y=y, M=month)


def _ssn(r: random.Random) -> str:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    s = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return s if r.random() < 0.85 else s.replace("-", " ")


def _amount(r: random.Random, locale: str) -> str:
    a = round(r.uniform(3, 2500), 2)
    if locale == "es_CO":
        a = r.randint(20, 3000) * 1000.0
    whole, cents = f"{a:,.2f}".split(".")
    eu = whole.replace(",", ".") + "," + cents
    return CURRENCY[locale].format(
        a=a,
        eu=eu,
        ch=whole.replace(",", "'") + "." + cents,
        co=whole.replace(",", "."),
        pl=whole.replace(",", " ") + "," + cents,
    )


def _time(r: random.Random, locale: str) -> str:
    h, m = r.randint(7, 19), r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    if locale in ("en_US", "en_PH", "en_CA") and r.random() < 0.7:
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    return f"{h:02d}:{m:02d}" if locale != "de_AT" or r.random() < 0.5 else f"{h}.{m:02d}"


def _imei(r: random.Random) -> str:
    body = "35" + "".join(r.choice(string.digits) for _ in range(12))
    return body + next(c for c in string.digits if luhn_valid(body + c))


def _hex(r: random.Random, n: int) -> str:
    return "".join(r.choice(_HEX) for _ in range(n))


def _uuid(r: random.Random) -> str:
    h = _hex(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


_NEG = {
    "order": lambda c: _pattern(
        c.r, c.r.choice(("#######", "ORD-####-#####", "A#########", "###-#######-#######"))
    ),
    "tracking": lambda c: _pattern(
        c.r, c.r.choice(("1Z###AA1########", "JD01460000####", "LX#########CN", "RR#########BR"))
    ),
    "invoice": lambda c: _pattern(
        c.r, c.r.choice(("INV-#####", "RE-2024/####", "FV/2025/0#/###", "FAC-######"))
    ),
    "customer_no": lambda c: _pattern(c.r, c.r.choice(("#### ### ###", "0##-#######", "K#######"))),
    "contract_no": lambda c: _pattern(
        c.r, c.r.choice(("V-2024-######", "## #### ####", "C######"))
    ),
    "policy_no": lambda c: _pattern(c.r, c.r.choice(("POL-#######", "### ### ### #", "AA-######"))),
    "account_no": lambda c: _pattern(c.r, c.r.choice(("0### #### ##", "####-######", "########"))),
    "member_no": lambda c: _pattern(c.r, c.r.choice(("M#######", "### ### ###", "GYM-#####"))),
    "case_no": lambda c: _pattern(
        c.r, c.r.choice(("CASE-######", "#######", "2025/#####", "SR#####"))
    ),
    "meter_no": lambda c: _pattern(
        c.r, c.r.choice(("1ESY########", "### ### ###", "AT00##0000##"))
    ),
    "serial": lambda c: _pattern(c.r, c.r.choice(("5CG#####AA", "SN ####-####-##", "C02##A##AA"))),
    "imei": lambda c: _imei(c.r),
    "date": lambda c: _date(c.r, c.locale, 2023, 2026),
    "timestamp": lambda c: (
        f"2025-0{c.r.randint(1, 9)}-{c.r.randint(10, 28)}T"
        f"{c.r.randint(10, 23)}:{c.r.randint(10, 59)}:{c.r.randint(10, 59)}Z"
    ),
    "time": lambda c: _time(c.r, c.locale),
    "amount": lambda c: _amount(c.r, c.locale),
    "version": lambda c: (
        c.r.choice(("v", "", "")) + f"{c.r.randint(1, 9)}.{c.r.randint(0, 24)}.{c.r.randint(0, 12)}"
    ),
    "private_ip": lambda c: _private_ip(c.r),
    "product": lambda c: c.r.choice(PRODUCTS[c.lang]),
    "company": lambda c: f"{c.fake.last_name()} {c.r.choice(COMPANY_SUFFIX[c.lang])}",
    "street": lambda c: c.fake.street_name(),
    "city": lambda c: c.fake.city(),
    "postcode": lambda c: _postcode(c),
    "hostname": lambda c: (
        c.r.choice(("mail-gw", "db-prod-", "vpn", "web", "k8s-node-", "print"))
        + f"{c.r.randint(1, 40):02d}."
        + c.r.choice(("corp.internal", "lan", "ops.quarrymail.net", "eu-west.bluepeak.io"))
    ),
    "uuid": lambda c: _uuid(c.r),
    "hash": lambda c: _hex(c.r, 64),
    "git_sha": lambda c: _hex(c.r, c.r.choice((7, 8, 40))),
    "vat_id": lambda c: _pattern(c.r, c.r.choice(VAT_FORMATS[c.locale])),
    "payment_ref": lambda c: _pattern(
        c.r, c.r.choice(("RF## #### ####", "PAY-####-####", "ZA###/##"))
    ),
    "booking_code": lambda c: "".join(
        c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)
    ),
    "flight": lambda c: f"{c.r.choice(AIRLINES[c.locale])} {c.r.randint(10, 2999)}",
    "seat": lambda c: f"{c.r.randint(1, 42)}{c.r.choice('ABCDEF')}",
}


def _postcode(c: _Ctx) -> str:
    pc = c.fake.postcode()
    if c.locale == "pt_BR" and "-" not in pc:
        pc = pc[:5] + "-" + pc[5:]
    if c.locale == "en_CA" and " " not in pc:
        pc = pc[:3] + " " + pc[3:]
    return pc


class _Ctx:
    """What one doc's slots draw from: its locale, random source, Faker and remembered values."""

    def __init__(self, locale: str, r: random.Random, fake: Faker):
        self.locale, self.r, self.fake = locale, r, fake
        self.lang, self.region = LANG[locale], REGION[locale]
        self.memo: dict[str, str] = {}
        self.people: dict[str, dict] = {}


def _draw_names(c: _Ctx) -> tuple[str, str, bool]:
    female = c.r.random() < 0.5
    fk = c.fake
    first = fk.first_name_female() if female else fk.first_name_male()
    last_fn = getattr(fk, "last_name_female" if female else "last_name_male", fk.last_name)
    last = last_fn()
    roll = c.r.random()
    if c.locale == "es_CO" and " " not in last and roll < 0.7:
        last = f"{last} {fk.last_name()}"
    elif c.lang in ("en", "de", "pl", "fr") and roll < 0.1:
        last = f"{last}-{last_fn()}"
    elif c.lang == "de" and roll < 0.13:
        last = "von " + last
    elif c.lang == "fr" and roll < 0.14:
        last = "de " + last
    return first, last, female


def _person(c: _Ctx, role: str) -> dict:
    if role in c.people:
        return c.people[role]
    r = c.r
    first, last, female = _draw_names(c)
    nicks = dict(p.split(":") for p in NICKNAMES[c.lang].split())
    nick = nicks.get(first, first)
    if nick == first and r.random() < 0.08:
        first, nick = r.choice(sorted(nicks.items()))
    a_first, a_last = _ascii(first), _ascii(last)
    forms = [f"{first} {last}"] * 6 + [
        f"{first[0]}. {last}",
        f"{last}, {first}",
        f"{last.upper()} {first}",
        f"{first} {last}".upper(),
        f"{first} {last}".lower(),
        f"{nick} {last}",
    ]
    if c.lang == "en":
        forms.append(f"{first} {r.choice(string.ascii_uppercase)}. {last}")
    handles = (f"{a_first}.{a_last}", f"{a_first[0]}{a_last}", f"{first} {last[0]}.", a_first)
    email_local = r.choice(
        (
            f"{a_first}.{a_last}",
            f"{a_first}{a_last}",
            f"{a_first[0]}{a_last}",
            f"{a_last}.{a_first}",
            f"{a_first}_{a_last}{r.randint(1, 99)}",
            f"{a_first}{r.randint(70, 2005)}",
        )
    )
    domains = MAIL_DOMAINS[c.locale] if role == "A" or role > "C" else WORK_DOMAINS
    person = {
        "first": first,
        "last": last,
        "name": f"{first} {last}",
        "full": r.choice(forms),
        "nick": nick,
        "handle": r.choice(handles),
        "title": r.choice(TITLES[c.lang][1 if female else 0]),
        "email": f"{email_local}@{r.choice(domains)}",
    }
    c.people[role] = person
    return person


def _address(c: _Ctx, inline: bool, pobox: bool = False) -> str:
    fk, r, loc = c.fake, c.r, c.locale
    if pobox:
        street = f"{PO_BOX[c.lang]} {r.randint(10, 9999)}"
    elif loc == "pt_BR":
        street = f"{fk.street_name()}, {fk.building_number()} - {fk.bairro()}"
    elif loc == "en_GB" or loc == "en_NZ":
        street = f"{fk.building_number()} {fk.street_name()}"
        if r.random() < 0.2:
            street = f"Flat {r.randint(1, 40)}\n{street}"
    else:
        street = fk.street_address()
    street = street[0].upper() + street[1:]
    pc, city = _postcode(c), fk.city()
    if loc in ("en_US", "en_CA"):
        st = fk.state_abbr() if loc == "en_US" else fk.province_abbr()
        tail = f"{city}, {st} {pc}"
    elif loc == "en_GB":
        tail = f"{city}\n{pc}"
    elif loc in ("en_NZ", "en_PH"):
        tail = f"{city} {pc}"
    elif loc == "pt_BR":
        tail = f"{pc} {city} - {fk.estado_sigla()}"
    elif loc == "es_CO":
        tail = f"{city}, {fk.department()}"
    else:
        tail = f"{pc} {city}"
    lines = street.split("\n") + tail.split("\n")
    if r.random() < 0.2:
        lines.append(COUNTRY_LINE[loc])
    return ", ".join(lines) if inline else "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Slots: {A.first} a person's attribute, {ip} a remembered entity, {n:kind} a planted negative,
# {p:hi} plain locale text, {T=14:05} a fixed time (negative)
# ---------------------------------------------------------------------------------------------

_PERSON_ATTRS = ("full", "first", "last", "name", "nick", "handle")
_CONTACT = {
    "email": "email",
    "phone": "phone",
    "addr": "address",
    "addr1": "address",
    "pobox": "address",
    "dob": "dob",
    "iban": "iban",
    "card": "card",
    "ssn": "ssn",
}
_ENTITIES = {
    "ip": ("ip", lambda c: _public_ip(c.r)),
    "ip6": ("ip", lambda c: _public_ip(c.r, v6=True)),
    "secret": ("secret", lambda c: _token(c.r)),
    "pw": ("secret", lambda c: _password(c.r)),
    "urlcred": ("url_credentials", lambda c: _url_credentials(c.r)),
}
_SLOT_RE = re.compile(r"\{([^{}]+)\}")
Piece = tuple[str, str | None, str | None]


def _contact_value(c: _Ctx, attr: str) -> str:
    r = c.r
    if attr == "phone":
        return _phone(r, c.region)
    if attr in ("addr", "addr1", "pobox"):
        return _address(c, inline=attr == "addr1" or r.random() < 0.3, pobox=attr == "pobox")
    if attr == "dob":
        return _date(r, c.locale, 1944, 2006)
    if attr == "iban":
        return _iban(r, IBAN_COUNTRY[c.locale])
    if attr == "card":
        return _card(r)
    if attr == "ssn":
        assert c.locale == "en_US"
        return _ssn(r)
    raise KeyError(attr)


def _person_slot(c: _Ctx, role: str, attr: str) -> list[Piece]:
    p = _person(c, role)
    if attr in _PERSON_ATTRS:
        return [(p[attr], "person", None)]
    if attr == "title":
        return [(p["title"], None, None)]
    if attr == "email":
        return [(p["email"], "email", None)]
    key = f"{role}.{attr.removesuffix('_ext')}"
    if key not in c.memo:
        c.memo[key] = _contact_value(c, attr.removesuffix("_ext"))
    etype = _CONTACT[attr.removesuffix("_ext")]
    if attr.endswith("_ext"):
        return [
            (c.memo[key], etype, None),
            (EXTENSION[c.lang] + str(c.r.randint(2, 480)), None, None),
        ]
    return [(c.memo[key], etype, None)]


def _slot(c: _Ctx, slot: str) -> list[Piece]:
    if slot.startswith("n:"):
        return [(_NEG[slot[2:]](c), None, slot[2:])]
    if slot.startswith("T="):
        return [(slot[2:], None, "time")]
    if slot.startswith("D="):
        return [(slot[2:], None, "date")]
    if slot == "p:hi":
        return [(c.r.choice(GREET[c.locale]), None, None)]
    if slot == "p:bye":
        return [(c.r.choice(SIGN[c.locale]), None, None)]
    if "." in slot:
        role, attr = slot.split(".", 1)
        return _person_slot(c, role, attr)
    name = slot.split("@")[0]
    etype, make = _ENTITIES[name]
    if slot not in c.memo:
        c.memo[slot] = make(c)
    return [(c.memo[slot], etype, None)]


def _render(c: _Ctx, template: str) -> list[Piece]:
    pieces: list[Piece] = []
    pos = 0
    for m in _SLOT_RE.finditer(template):
        if m.start() > pos:
            pieces.append((template[pos : m.start()], None, None))
        pieces.extend(_slot(c, m.group(1)))
        pos = m.end()
    if pos < len(template):
        pieces.append((template[pos:], None, None))
    return pieces


# ---------------------------------------------------------------------------------------------
# Shapes
# ---------------------------------------------------------------------------------------------

# fields of structured records (forms, CSV/TSV, markdown, JSON): slot per row role "R"
FIELD_SLOT = {
    "name": "{R.full}",
    "email": "{R.email}",
    "phone": "{R.phone}",
    "address": "{R.addr1}",
    "dob": "{R.dob}",
    "iban": "{R.iban}",
    "card": "{R.card}",
    "ssn": "{R.ssn}",
    "ip": "{ip@R}",
}
SITUATION_FIELDS = {
    "ecommerce_delivery": "name email phone address order tracking amount date product",
    "returns_refunds": "name email order invoice amount card date product",
    "saas_access": "name email ip uuid date version",
    "it_helpdesk": "name email phone ip serial hostname private_ip case_no",
    "banking": "name dob iban phone address account_no amount payment_ref",
    "insurance": "name dob address phone policy_no amount date",
    "travel": "name email phone dob booking_code flight date seat",
    "utilities": "name address iban meter_no customer_no amount date",
    "healthcare": "name dob phone email case_no date time",
    "rental_property": "name email phone address iban contract_no amount",
    "hr_payroll": "name dob iban address ssn amount vat_id",
    "government": "name dob address ssn case_no date city",
    "telecom": "name phone email imei contract_no customer_no",
    "education": "name dob email member_no date postcode",
    "recruiting": "name email phone address date company",
    "events_ticketing": "name email card booking_code seat date amount",
    "veterinary": "name phone email address case_no date time",
    "gym_membership": "name email phone iban dob member_no amount",
}
LABELS = {
    "en": "name:Name email:Email phone:Phone address:Address dob:Date of birth iban:IBAN "
    "card:Card number ssn:SSN ip:IP address order:Order no. tracking:Tracking amount:Amount "
    "date:Date product:Item invoice:Invoice uuid:User ID version:App version serial:Serial no. "
    "hostname:Host private_ip:Internal IP case_no:Case account_no:Account ref "
    "payment_ref:Payment reference policy_no:Policy no. booking_code:Booking ref flight:Flight "
    "seat:Seat meter_no:Meter no. customer_no:Customer no. contract_no:Contract "
    "vat_id:Employer tax ID city:City imei:IMEI member_no:Member ID time:Time postcode:Postcode "
    "company:Company",
    "de": "name:Name email:E-Mail phone:Telefon address:Adresse dob:Geburtsdatum iban:IBAN "
    "card:Kartennummer ip:IP-Adresse order:Bestellnr. tracking:Sendungsnummer amount:Betrag "
    "date:Datum product:Artikel invoice:Rechnungsnr. uuid:Benutzer-ID version:Version "
    "serial:Seriennr. hostname:Host private_ip:Interne IP case_no:Fallnr. account_no:Kontonr. "
    "payment_ref:Verwendungszweck policy_no:Polizzennr. booking_code:Buchungscode flight:Flug "
    "seat:Sitzplatz meter_no:Zählernr. customer_no:Kundennr. contract_no:Vertragsnr. "
    "vat_id:UID city:Ort imei:IMEI member_no:Mitgliedsnr. time:Uhrzeit postcode:PLZ "
    "company:Firma",
    "fr": "name:Nom email:E-mail phone:Téléphone address:Adresse dob:Date de naissance iban:IBAN "
    "card:Carte ip:Adresse IP order:N° de commande tracking:N° de suivi amount:Montant "
    "date:Date product:Article invoice:Facture uuid:ID utilisateur version:Version "
    "serial:N° de série hostname:Hôte private_ip:IP interne case_no:Dossier "
    "account_no:N° de compte payment_ref:Référence policy_no:N° de police "
    "booking_code:Réservation flight:Vol seat:Siège meter_no:N° de compteur "
    "customer_no:N° client contract_no:Contrat vat_id:IDE city:Localité imei:IMEI "
    "member_no:N° de membre time:Heure postcode:NPA company:Entreprise",
    "es": "name:Nombre email:Correo phone:Celular address:Dirección dob:Fecha de nacimiento "
    "iban:IBAN card:Tarjeta ip:IP order:Pedido tracking:Guía amount:Valor date:Fecha "
    "product:Producto invoice:Factura uuid:ID usuario version:Versión serial:Serial "
    "hostname:Host private_ip:IP interna case_no:Radicado account_no:Cuenta "
    "payment_ref:Referencia de pago policy_no:Póliza booking_code:Código de reserva "
    "flight:Vuelo seat:Silla meter_no:Medidor customer_no:Cliente contract_no:Contrato "
    "vat_id:NIT empresa city:Ciudad imei:IMEI member_no:Afiliado time:Hora postcode:Código postal "
    "company:Empresa",
    "pt": "name:Nome email:E-mail phone:Celular address:Endereço dob:Data de nascimento "
    "iban:IBAN card:Cartão ip:IP order:Pedido tracking:Rastreio amount:Valor date:Data "
    "product:Produto invoice:Nota fiscal uuid:ID do usuário version:Versão serial:Nº de série "
    "hostname:Host private_ip:IP interno case_no:Protocolo account_no:Conta "
    "payment_ref:Referência policy_no:Apólice booking_code:Localizador flight:Voo "
    "seat:Assento meter_no:Medidor customer_no:Cód. cliente contract_no:Contrato "
    "vat_id:Inscrição estadual city:Cidade imei:IMEI member_no:Matrícula time:Horário "
    "postcode:CEP company:Empresa",
    "pl": "name:Imię i nazwisko email:E-mail phone:Telefon address:Adres dob:Data urodzenia "
    "iban:IBAN card:Karta ip:Adres IP order:Nr zamówienia tracking:Nr przesyłki amount:Kwota "
    "date:Data product:Produkt invoice:Faktura uuid:ID użytkownika version:Wersja "
    "serial:Nr seryjny hostname:Host private_ip:IP wewnętrzne case_no:Nr sprawy "
    "account_no:Nr konta klienta payment_ref:Tytuł przelewu policy_no:Nr polisy "
    "booking_code:Kod rezerwacji flight:Lot seat:Miejsce meter_no:Nr licznika "
    "customer_no:Nr klienta contract_no:Nr umowy vat_id:NIP city:Miejscowość imei:IMEI "
    "member_no:Nr karnetu time:Godzina postcode:Kod pocztowy company:Firma",
}


def _labels(lang: str) -> dict[str, str]:
    return dict(re.findall(r"(\w+):(.+?)(?= \w+:|$)", LABELS[lang]))


def _records(c: _Ctx, situation: str, clean: bool) -> tuple[list[str], list[list[list[Piece]]]]:
    """Field keys and rows (each row: a list of value pieces per field) for a structured doc."""
    r = c.r
    keys = [k for k in SITUATION_FIELDS[situation].split() if k != "ssn" or c.locale == "en_US"]
    if clean:
        keys = [k for k in keys if k not in FIELD_SLOT]
    else:
        keep = [k for k in keys if k != "name" and r.random() < 0.7]
        keys = ["name"] + keep
    rows = []
    for k in range(1 if r.random() < 0.4 else r.randint(2, 4)):
        role = "ACDEFG"[k]
        rows.append(
            [_render(c, FIELD_SLOT.get(f, "{n:" + f + "}").replace("R", role)) for f in keys]
        )
    return keys, rows


def _quoted(pieces: list[Piece], sep: str) -> list[Piece]:
    if any(sep in p[0] or '"' in p[0] for p in pieces):
        return [('"', None, None), *pieces, ('"', None, None)]
    return pieces


def _table(c: _Ctx, situation: str, shape: str, clean: bool) -> list[Piece]:
    keys, rows = _records(c, situation, clean)
    names = _labels(c.lang)
    heads = [names[k] for k in keys]
    out: list[Piece] = []
    if shape == "web_form":
        for row in rows[:1]:
            for head, value in zip(heads, row, strict=True):
                out += [(f"{head}: ", None, None), *value, ("\n", None, None)]
        return out
    if shape == "json":
        out.append(("[\n" if len(rows) > 1 else "", None, None))
        for i, row in enumerate(rows):
            out.append(("  {" if len(rows) > 1 else "{", None, None))
            for j, (key, value) in enumerate(zip(keys, row, strict=True)):
                out += [
                    (f'"{key}": "', None, None),
                    *value,
                    ('"' + ", " * (j < len(keys) - 1), None, None),
                ]
            out.append(("}" + ",\n" * (i < len(rows) - 1), None, None))
        out.append(("\n]" if len(rows) > 1 else "", None, None))
        return [p for p in out if p[0]]
    sep = {"csv": r.choice((",", ";")) if (r := c.r) else ",", "tsv": "\t"}.get(shape, " | ")
    pre, post = ("| ", " |") if shape == "markdown_table" else ("", "")
    out.append((pre + sep.join(heads) + post + "\n", None, None))
    if shape == "markdown_table":
        out.append(("|" + "|".join("---" for _ in heads) + "|\n", None, None))
    for row in rows:
        out.append((pre, None, None))
        for j, value in enumerate(row):
            out += _quoted(value, sep) if shape == "csv" else value
            out.append((sep if j < len(row) - 1 else post + "\n", None, None))
    return [p for p in out if p[0]]


WRAP = {
    "en": {
        "fwd": "---------- Forwarded message ---------",
        "hdr": ("From", "Date", "Subject", "To"),
        "wrote": "On {n:date} at {n:time}, {A.full} <{A.email}> wrote:",
        "reply": (
            "Thanks, looking into it now.",
            "Adding {C.first} from billing in cc.",
            "See below - can someone pick this up today?",
            "Done, closing this one.",
        ),
        "subject": ("Re: your request", "Fwd: account question", "Update", "Follow-up"),
        "ticket": (
            "Ticket",
            "Status",
            "Priority",
            "Requester",
            "Assignee",
            "Opened",
            "open",
            "high",
            "Description",
        ),
        "form": "New form submission",
        "cfg": "# do not commit - ask {B.first} for the prod values",
        "log": "# excerpt from the application log",
    },
    "de": {
        "fwd": "---------- Weitergeleitete Nachricht ---------",
        "hdr": ("Von", "Datum", "Betreff", "An"),
        "wrote": "Am {n:date} um {n:time} schrieb {A.full} <{A.email}>:",
        "reply": (
            "Danke, ich schau mir das gleich an.",
            "{C.first}, kannst du das übernehmen?",
            "Siehe unten, bitte bis morgen erledigen.",
            "Erledigt, bitte schließen.",
        ),
        "subject": ("AW: Ihre Anfrage", "WG: Kundenanliegen", "Rückfrage", "Info"),
        "ticket": (
            "Ticket",
            "Status",
            "Priorität",
            "Anfragende:r",
            "Bearbeiter:in",
            "Erstellt",
            "offen",
            "hoch",
            "Beschreibung",
        ),
        "form": "Neue Formularübermittlung",
        "cfg": "# nicht einchecken - Produktivwerte bei {B.first} anfragen",
        "log": "# Auszug aus dem Applikationslog",
    },
    "fr": {
        "fwd": "-------- Message transféré --------",
        "hdr": ("De", "Date", "Objet", "À"),
        "wrote": "Le {n:date} à {n:time}, {A.full} <{A.email}> a écrit :",
        "reply": (
            "Merci, je regarde ça tout de suite.",
            "{C.first}, tu peux reprendre ?",
            "Voir ci-dessous, à traiter d'ici demain svp.",
            "C'est réglé, je clôture.",
        ),
        "subject": ("RE: votre demande", "TR: question client", "Suivi", "Info"),
        "ticket": (
            "Ticket",
            "Statut",
            "Priorité",
            "Demandeur",
            "Assigné à",
            "Ouvert le",
            "ouvert",
            "haute",
            "Description",
        ),
        "form": "Nouvelle soumission du formulaire",
        "cfg": "# ne pas committer - demander les valeurs de prod à {B.first}",
        "log": "# extrait du journal applicatif",
    },
    "es": {
        "fwd": "---------- Mensaje reenviado ---------",
        "hdr": ("De", "Fecha", "Asunto", "Para"),
        "wrote": "El {n:date} a las {n:time}, {A.full} <{A.email}> escribió:",
        "reply": (
            "Gracias, ya lo reviso.",
            "{C.first}, ¿me ayudas con este caso?",
            "Ver abajo, por favor gestionar hoy.",
            "Listo, cierro el caso.",
        ),
        "subject": ("RE: su solicitud", "RV: caso cliente", "Seguimiento", "Info"),
        "ticket": (
            "Ticket",
            "Estado",
            "Prioridad",
            "Solicitante",
            "Asignado a",
            "Creado",
            "abierto",
            "alta",
            "Descripción",
        ),
        "form": "Nuevo envío del formulario",
        "cfg": "# no subir al repo - pedirle a {B.first} los valores de producción",
        "log": "# extracto del log de la aplicación",
    },
    "pt": {
        "fwd": "---------- Mensagem encaminhada ---------",
        "hdr": ("De", "Data", "Assunto", "Para"),
        "wrote": "Em {n:date} às {n:time}, {A.full} <{A.email}> escreveu:",
        "reply": (
            "Valeu, já vou dar uma olhada.",
            "{C.first}, consegue assumir esse?",
            "Segue abaixo, por favor resolver hoje.",
            "Resolvido, pode fechar.",
        ),
        "subject": ("RES: sua solicitação", "ENC: caso do cliente", "Acompanhamento", "Info"),
        "ticket": (
            "Chamado",
            "Status",
            "Prioridade",
            "Solicitante",
            "Responsável",
            "Aberto em",
            "aberto",
            "alta",
            "Descrição",
        ),
        "form": "Novo envio de formulário",
        "cfg": "# não commitar - pedir os valores de produção para {B.first}",
        "log": "# trecho do log da aplicação",
    },
    "pl": {
        "fwd": "---------- Przekazana wiadomość ---------",
        "hdr": ("Od", "Data", "Temat", "Do"),
        "wrote": "W dniu {n:date} o {n:time} {A.full} <{A.email}> napisał(a):",
        "reply": (
            "Dzięki, już sprawdzam.",
            "{C.first}, możesz to przejąć?",
            "Poniżej szczegóły, proszę załatwić dziś.",
            "Załatwione, zamykam.",
        ),
        "subject": ("Odp: Pani/Pana zgłoszenie", "PD: sprawa klienta", "Przypomnienie", "Info"),
        "ticket": (
            "Zgłoszenie",
            "Status",
            "Priorytet",
            "Zgłaszający",
            "Przypisane do",
            "Utworzono",
            "otwarte",
            "wysoki",
            "Opis",
        ),
        "form": "Nowe zgłoszenie z formularza",
        "cfg": "# nie commitować - wartości produkcyjne u {B.first}",
        "log": "# fragment logu aplikacji",
    },
}


def _wrap_email(c: _Ctx, shape: str, body: str) -> str:
    """An e-mail template turned into an HTML remnant, a quoted reply or a forwarded mail."""
    w, r = WRAP[c.lang], c.r
    if shape == "html":
        body = body.replace(".addr}", ".addr1}")
        paras = [f"<p>{line}</p>" if line else "<p>&nbsp;</p>" for line in body.split("\n")]
        return '<div dir="ltr">\n' + "\n".join(paras) + "\n</div>"
    if shape == "quoted_reply":
        body = body.replace(".addr}", ".addr1}")
        quoted = "\n".join("> " + line if line else ">" for line in body.split("\n"))
        return f"{r.choice(w['reply'])}\n\n{{B.first}}\n\n{w['wrote']}\n{quoted}"
    if shape == "forwarded":
        h = w["hdr"]
        head = (
            f"{w['fwd']}\n{h[0]}: {{A.full}} <{{A.email}}>\n{h[1]}: {{n:date}}\n"
            f"{h[2]}: {r.choice(w['subject'])}\n{h[3]}: {{B.email}}\n\n"
        )
        return f"{r.choice(w['reply'])}\n\n" + head + body
    return body


def _ticket(c: _Ctx, body: str) -> str:
    t = WRAP[c.lang]["ticket"]
    return (
        f"{t[0]} #{{n:case_no}}\n{t[1]}: {t[6]}\n{t[2]}: {t[7]}\n{t[3]}: {{A.full}} <{{A.email}}>\n"
        f"{t[4]}: {{B.full}}\n{t[5]}: {{n:date}} {{n:time}}\n\n{t[8]}:\n{body}"
    )


CHAT_FORMATS = (
    ("[{t}] {who}: {text}", "handle"),
    ("{d}, {t} - {who}: {text}", "first"),
    ("{who} ({t}):\n{text}\n", "full"),
    ("<{who}> {text}", "handle"),
    ("{who}  {t}\n{text}\n", "name"),
)


def _chat(c: _Ctx, script: tuple[str, ...]) -> str:
    r = c.r
    fmt, attr = r.choice(CHAT_FORMATS)
    day = "{D=" + _date(r, c.locale, 2024, 2025) + "}"
    h, m = r.randint(8, 20), r.randint(0, 50)
    lines = []
    for line in script:
        who, text = line.split(":", 1)
        m += r.randint(0, 3)
        stamp = f"{{T={h + m // 60:02d}:{m % 60:02d}}}"
        lines.append(fmt.format(t=stamp, d=day, who=f"{{{who}.{attr}}}", text=text.strip()))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Templates: (situation, shape, text). Shapes here: email (also wrapped into html, quoted_reply,
# forwarded), note, voicemail, sms, minutes, call_notes, calendar.
# ---------------------------------------------------------------------------------------------

EN = (
    (
        "ecommerce_delivery",
        "email",
        """{p:hi} {B.first},

My parcel for order {n:order} still shows "label created" after five days. Could the courier
try again? It should go to:
{A.addr}

If nobody answers the door, my mobile is {A.phone}.
{p:bye},
{A.full}""",
    ),
    (
        "returns_refunds",
        "email",
        """Hello,

I sent back the {n:product} (invoice {n:invoice}) on {n:date} and still have no refund.
It was paid with the card ending in the number below, full number for your reference:
{A.card}
Please refund the {n:amount} to that card.

{p:bye}
{A.full}
{A.email}""",
    ),
    (
        "saas_access",
        "email",
        """{p:hi} team,

I'm locked out of our workspace. The login page says too many attempts from {ip}, which is
our office address. My account is {A.email}. Could you reset MFA for me? {A.first} from our
side can confirm.

{p:bye},
{A.name}""",
    ),
    (
        "banking",
        "email",
        """Dear {A.title} {A.last},

Thank you for confirming your details. Your salary will be paid into
IBAN {A.iban} from {n:date}. We have your date of birth as {A.dob}; if that is
wrong, please call {B.full} on {B.phone_ext}.

{p:bye},
{B.full}
Customer Care""",
    ),
    (
        "insurance",
        "email",
        """Hi {A.first},

Following your call about the water damage, I have opened claim {n:case_no} under policy
{n:policy_no}. The assessor from {n:company} will visit the property at
{A.addr}
on {n:date} around {n:time}.

{p:bye}
{B.name}""",
    ),
    (
        "travel",
        "email",
        """{p:hi} {A.first},

Your booking {n:booking_code} is confirmed: flight {n:flight} on {n:date}, seat {n:seat}.
The passenger name must match the passport exactly: {A.full}, born {A.dob}.
We will text any gate changes to {A.phone}.

{p:bye},
{B.first}""",
    ),
    (
        "utilities",
        "email",
        """Hello {A.title} {A.last},

We received a meter reading for meter {n:meter_no} at {A.addr1}. The next direct debit of
{n:amount} will be collected from {A.iban} on {n:date}.

Customer number: {n:customer_no}

{p:bye}""",
    ),
    (
        "rental_property",
        "email",
        """{p:hi} {A.first},

The flat at {A.addr1} is yours from the first of the month. Rent is {n:amount}, due on
the 1st, to {B.iban} (reference {n:payment_ref}). {B.first} will hand over the keys - she
can be reached on {B.phone}.

{p:bye},
{B.full}""",
    ),
    (
        "hr_payroll",
        "email",
        """{p:hi} {A.first},

Welcome aboard! For payroll we still need a few things: your SSN (I have {A.ssn} from
the offer paperwork - please double check), your date of birth ({A.dob} on file) and the
account for your pay.

{p:bye},
{B.full}, People Ops""",
    ),
    (
        "healthcare",
        "email",
        """Dear {A.full},

This confirms your appointment with Dr {B.last} on {n:date} at {n:time}. Please bring your
referral and arrive ten minutes early. If you need to cancel, ring {B.phone} at least
24 hours ahead.

{p:bye},
Reception""",
    ),
    (
        "recruiting",
        "email",
        """{p:hi} {B.first},

Thanks for the call today. As promised, my details again: {A.full}, {A.phone},
{A.email}. I'm free for the second interview any morning next week.

{p:bye},
{A.first}""",
    ),
    (
        "veterinary",
        "email",
        """Hello {A.title} {A.last},

Biscuit is due for her booster on {n:date}. Please let us know if {n:time} suits. Our
records still list {A.addr1} and {A.phone} for you - reply if either has changed.

{p:bye}
{B.first} at the clinic""",
    ),
    (
        "gym_membership",
        "email",
        """{p:hi} {A.first},

We've frozen membership {n:member_no} as requested. Fees of {n:amount} will resume from
{n:date} on card {A.card}. Questions? Just reply or call {B.phone}.

{p:bye},
{B.name}""",
    ),
    (
        "government",
        "note",
        """Case {n:case_no}: applicant {A.full} (DOB {A.dob}) submitted the
renewal form. Postal address confirmed as {A.addr1}. Fee of {n:amount} received
{n:date}. Passed to {B.first} for signature.""",
    ),
    (
        "it_helpdesk",
        "note",
        """{A.first} can't reach the VPN from home. Laptop serial {n:serial}, agent
version {n:version}. Her public IP shows as {ip}, tunnel gets {n:private_ip}. Reset the
token; new one-time password given by phone: {pw}""",
    ),
    (
        "telecom",
        "note",
        """Customer {A.full} reports no signal since the SIM swap. IMEI {n:imei},
contract {n:contract_no}. Call back on {A.phone} - not the number on the account.""",
    ),
    (
        "education",
        "note",
        """Enrolment check: {A.full}, born {A.dob}, student ID {n:member_no}.
Guardian {C.full} ({C.email}) asked for the timetable to be posted to {A.addr1}.""",
    ),
    (
        "ecommerce_delivery",
        "voicemail",
        """Voicemail, {n:date} {n:time}: "Hi, it's {A.first}
{A.last} calling about the delivery for order {n:order}. Nobody's come by yet. Could you call me
back on {A.phone}? Thanks, bye." """,
    ),
    (
        "telecom",
        "sms",
        """{A.first}: hey it's me, new number is {A.phone} - old one's gone with the
phone. tell {C.first} too pls""",
    ),
    (
        "healthcare",
        "sms",
        """Reminder: {A.first}, your appointment at Riverside Clinic is
{n:date} at {n:time}. Reply C to cancel or call {B.phone}.""",
    ),
    (
        "events_ticketing",
        "minutes",
        """Event ops weekly - {n:date}
Present: {B.full}, {C.full}, {A.first}
- Venue confirmed, doors at {n:time}. Seat {n:seat} block held for sponsors.
- {C.first} to chase {n:company} about the staging invoice {n:invoice}.
- Refund request from {D.full} ({D.email}) approved.
Next meeting: {n:date}""",
    ),
    (
        "banking",
        "call_notes",
        """Caller: {A.full}
Verified with DOB {A.dob} and postcode. Wants to change the payout account to {A.iban}.
Callback number {A.phone}. Agent: {B.first}. Case {n:case_no}.""",
    ),
    (
        "insurance",
        "call_notes",
        """Call {n:time}, agent {B.handle}
- {A.title} {A.last} rang about policy {n:policy_no}, new address:
{A.addr}
- card on file {A.card} to be replaced, customer will call back.""",
    ),
    (
        "recruiting",
        "calendar",
        """Invitation: Interview - {A.full}
When: {n:date}, {n:time}
Where: Video call
Organizer: {B.full} <{B.email}>
Guests: {A.email}, {C.email}
Notes: candidate phone {A.phone}""",
    ),
    (
        "saas_access",
        "calendar",
        """BEGIN:VEVENT
SUMMARY:Onboarding call
DTSTART:{n:timestamp}
ORGANIZER;CN={B.name}:mailto:{B.email}
ATTENDEE;CN={A.name}:mailto:{A.email}
DESCRIPTION:Workspace tenant {n:uuid}
END:VEVENT""",
    ),
)
DE = (
    (
        "ecommerce_delivery",
        "email",
        """{p:hi},

mein Paket zur Bestellung {n:order} ist laut Sendungsverfolgung seit Dienstag "in Zustellung",
angekommen ist aber nichts. Lieferadresse ist:
{A.addr}

Bitte rufen Sie mich unter {A.phone} an, bevor der Bote kommt.
{p:bye}
{A.full}""",
    ),
    (
        "returns_refunds",
        "email",
        """{p:hi},

ich habe die {n:product} am {n:date} retourniert (Rechnung {n:invoice}). Bitte den Betrag
von {n:amount} auf mein Konto IBAN {A.iban} überweisen, nicht auf die Karte.

{p:bye}
{A.title} {A.last}""",
    ),
    (
        "rental_property",
        "email",
        """Grüß Gott {A.title} {A.last},

anbei die Vorschreibung für Jänner. Die Miete von {n:amount} bitte bis zum Fünften auf
{B.iban} überweisen, Verwendungszweck {n:payment_ref}. Bei Fragen zur Wohnung in der
{n:street} bin ich unter {B.phone_ext} erreichbar.

{p:bye}
{B.full}
Hausverwaltung {n:company}""",
    ),
    (
        "hr_payroll",
        "email",
        """Servus {A.first},

für die Lohnverrechnung brauche ich noch dein Geburtsdatum – im System steht {A.dob}, stimmt
das? Die Abrechnung für Jänner geht an {A.email}. Auszahlung wie gehabt auf {A.iban}.

{p:bye}
{B.first}""",
    ),
    (
        "healthcare",
        "email",
        """Sehr geehrte/r {A.full},

Ihr Termin bei {B.title} {B.last} ist am {n:date} um {n:time}. Bitte bringen Sie Ihre
e-card mit. Absagen bitte mindestens 24 Stunden vorher unter {B.phone}.

{p:bye}
Ordination {B.last}""",
    ),
    (
        "it_helpdesk",
        "note",
        """{A.first} kommt nicht ins WLAN. Notebook SN {n:serial}, bekommt {n:private_ip}
statt einer Adresse aus dem Büronetz. Passwort für den Gastzugang telefonisch durchgegeben:
{pw} – bitte nach dem Termin wieder ändern.""",
    ),
    (
        "government",
        "note",
        """Antrag auf Meldebestätigung: {A.full}, geb. {A.dob}, wohnhaft
{A.addr1}. Gebühr {n:amount} bezahlt am {n:date}. Akt {n:case_no} an {B.first} weitergeleitet.""",
    ),
    (
        "telecom",
        "voicemail",
        """Sprachnachricht {n:date}, {n:time}: „Ja, Grüß Gott, {A.full} da. Ich
ruf wegen meinem Handyvertrag {n:contract_no} an, das Internet geht seit gestern nicht. Bitte
rufen Sie mich zurück unter {A.phone}. Danke, Wiederhören.“""",
    ),
    (
        "gym_membership",
        "sms",
        """Hallo {A.first}, dein Mitgliedsbeitrag für Jänner ({n:amount}) konnte
nicht eingezogen werden. Bitte IBAN prüfen oder {B.first} anrufen: {B.phone}""",
    ),
    (
        "insurance",
        "call_notes",
        """Anruf {n:time} – {A.title} {A.last} (Polizze {n:policy_no})
- Wasserschaden in der Küche, Adresse: {A.addr}
- Rückruf unter {A.phone}, Gutachter von {n:company} vereinbart für {n:date}""",
    ),
    (
        "events_ticketing",
        "minutes",
        """Besprechung Ballsaison – {n:date}
Anwesend: {B.full}, {C.full}, {A.first}
1. Kartenvorverkauf läuft, Reihe/Platz {n:seat} für Ehrengäste reserviert.
2. {C.first} klärt die Rechnung {n:invoice} mit {n:company}.
3. Beschwerde von {D.full} ({D.email}) – Gutschrift genehmigt.""",
    ),
    (
        "veterinary",
        "calendar",
        """Einladung: Impftermin Hund „Bello“
Wann: {n:date}, {n:time}
Wo: Tierarztpraxis, {n:street}
Organisator: {B.full} <{B.email}>
Teilnehmer: {A.full} <{A.email}>, Tel. {A.phone}""",
    ),
)
FR = (
    (
        "ecommerce_delivery",
        "email",
        """{p:hi},

Mon colis (commande {n:order}) est indiqué comme livré, mais je n'ai rien reçu. L'adresse
de livraison est :
{A.addr}

Vous pouvez me joindre sur mon natel au {A.phone}.
{p:bye}
{A.full}""",
    ),
    (
        "returns_refunds",
        "email",
        """{p:hi},

J'ai renvoyé le {n:product} le {n:date} (facture {n:invoice}). Merci de rembourser les
septante-neuf francs sur mon compte {A.iban} plutôt que sur la carte.

{p:bye},
{A.title} {A.last}""",
    ),
    (
        "banking",
        "email",
        """{p:hi} {A.title} {A.last},

Suite à votre appel, nous avons mis à jour votre dossier. Date de naissance : {A.dob}.
Le versement de {n:amount} sera effectué le {n:date} sur {A.iban}. Pour toute question,
{B.full} reste à disposition au {B.phone_ext}.

{p:bye}
{B.full}""",
    ),
    (
        "rental_property",
        "email",
        """{p:hi} {A.first},

L'état des lieux de l'appartement, {A.addr1}, aura lieu le {n:date} à {n:time}. Le loyer de
{n:amount} est à verser sur {B.iban}, référence {n:payment_ref}.

{p:bye}
{B.full}, gérance {n:company}""",
    ),
    (
        "it_helpdesk",
        "note",
        """{A.first} n'arrive plus à se connecter au VPN. Poste {n:serial}, version
client {n:version}, IP publique {ip}, IP interne {n:private_ip}. Mot de passe provisoire
communiqué par téléphone : {pw}""",
    ),
    (
        "healthcare",
        "sms",
        """Rappel : {A.first}, rendez-vous chez la Dre {B.last} le {n:date} à
{n:time}. Pour annuler : {B.phone}.""",
    ),
    (
        "telecom",
        "voicemail",
        """Message vocal du {n:date} : « Oui bonjour, c'est {A.full}. Mon natel
ne capte plus depuis le changement d'abonnement {n:contract_no}. Rappelez-moi au {A.phone},
merci, au revoir. »""",
    ),
    (
        "education",
        "note",
        """Inscription : {A.full}, né(e) le {A.dob}, n° d'élève {n:member_no}.
Les parents ({C.full}, {C.email}) demandent l'envoi du bulletin au {A.addr1}.""",
    ),
    (
        "insurance",
        "call_notes",
        """Appel de {A.title} {A.last} à {n:time}
- police {n:policy_no}, dégât des eaux au {A.addr1}
- rappel au {A.phone}, expert de {n:company} le {n:date}
- agent : {B.first}""",
    ),
    (
        "hr_payroll",
        "minutes",
        """PV séance RH du {n:date}
Présents : {B.full}, {C.full}
- Engagement de {A.full} (né le {A.dob}) au 1er du mois, salaire versé sur {A.iban}.
- {C.first} prépare le contrat ; la soixantaine de dossiers en attente sera traitée en
  septante jours au plus.""",
    ),
    (
        "events_ticketing",
        "calendar",
        """Invitation : Festival – accueil bénévoles
Quand : {n:date}, {n:time}
Où : {n:city}
Organisateur : {B.full} <{B.email}>
Participants : {A.email}, {C.email}""",
    ),
)
ES = (
    (
        "ecommerce_delivery",
        "email",
        """{p:hi},

Les escribo porque el pedido {n:order} aparece como entregado y no me ha llegado nada. La
dirección de entrega es:
{A.addr}

Le agradezco si el mensajero me llama antes al {A.phone}.
{p:bye},
{A.full}""",
    ),
    (
        "banking",
        "email",
        """Señor(a) {A.full}:

Le confirmamos que el desembolso de {n:amount} se realizará el {n:date} a la cuenta
{A.iban}. Según nuestros registros, su fecha de nacimiento es {A.dob}. Si usted tiene
alguna inquietud, comuníquese con {B.full} al {B.phone_ext}.

{p:bye},
{B.full}""",
    ),
    (
        "rental_property",
        "email",
        """{p:hi} {A.first},

Le recuerdo que el canon de arrendamiento del apartamento en {A.addr1} vence el {n:date}.
Puede consignar los {n:amount} con la referencia {n:payment_ref}. Cualquier cosa me escribe
a {B.email}.

{p:bye},
{B.full}
Inmobiliaria {n:company}""",
    ),
    (
        "healthcare",
        "email",
        """{p:hi} {A.title} {A.last},

Su cita con la {B.title} {B.last} quedó para el {n:date} a las {n:time}. Por favor traiga su
documento y el carné de la EPS. Para reprogramar llame al {B.phone}.

{p:bye}""",
    ),
    (
        "it_helpdesk",
        "note",
        """{A.first} no puede entrar al correo desde la casa. Equipo serial
{n:serial}, IP pública {ip}, en la oficina toma {n:private_ip}. Se le dio clave temporal por
teléfono: {pw}""",
    ),
    (
        "telecom",
        "voicemail",
        """Mensaje de voz, {n:date}: "Buenas, habla {A.full}. Le marco porque el
plan {n:contract_no} no me deja hacer llamadas desde ayer. Me puede devolver la llamada al
{A.phone}? Muchas gracias, que esté bien." """,
    ),
    (
        "gym_membership",
        "sms",
        """{A.first}, tu plan del gimnasio vence el {n:date}. Renueva con tu
tarjeta {A.card} o escríbele a {B.first} al {B.phone}.""",
    ),
    (
        "government",
        "note",
        """Radicado {n:case_no}: el ciudadano {A.full}, nacido el {A.dob}, solicita
certificado de residencia en {A.addr1}. Pagó {n:amount} el {n:date}. Pasa a {B.first}.""",
    ),
    (
        "travel",
        "call_notes",
        """Llamada {n:time} – {A.title} {A.last}
- cambio de fecha vuelo {n:flight}, reserva {n:booking_code}
- pasajera nacida el {A.dob}, contacto {A.phone}
- asesor: {B.first}""",
    ),
    (
        "education",
        "minutes",
        """Acta reunión de docentes – {n:date}
Asistentes: {B.full}, {C.full}
- Matrícula de {A.full} (código {n:member_no}) aprobada.
- {C.first} envía la circular a los acudientes el {n:date}.""",
    ),
    (
        "recruiting",
        "calendar",
        """Invitación: Entrevista – {A.full}
Cuándo: {n:date}, {n:time}
Dónde: Sala 3, {n:city}
Organizador: {B.full} <{B.email}>
Invitados: {A.email}""",
    ),
)
PT = (
    (
        "ecommerce_delivery",
        "email",
        """{p:hi},

Meu pedido {n:order} consta como entregue mas não recebi nada. O endereço é:
{A.addr}

Se precisar, pode me ligar no {A.phone}.
{p:bye},
{A.full}""",
    ),
    (
        "returns_refunds",
        "email",
        """{p:hi},

Devolvi o {n:product} no dia {n:date} (nota fiscal {n:invoice}). Quero o estorno de
{n:amount} no cartão {A.card}, por favor.

{p:bye}
{A.first}""",
    ),
    (
        "banking",
        "email",
        """Prezado(a) {A.full},

Conforme solicitado, a transferência internacional de {n:amount} será creditada na conta
{A.iban} em {n:date}. Data de nascimento cadastrada: {A.dob}. Dúvidas, fale com
{B.full} pelo {B.phone_ext}.

{p:bye},
{B.full}""",
    ),
    (
        "rental_property",
        "email",
        """Oi {A.first},

O contrato do apartamento na {A.addr1} começa dia {n:date}. O aluguel de {n:amount} vence
todo dia 5; o boleto chega no {A.email}. Qualquer coisa chama a {B.first} no {B.phone}.

{p:bye}
{B.full}, Imobiliária {n:company}""",
    ),
    (
        "healthcare",
        "sms",
        """{A.first}, sua consulta com a {B.title} {B.last} é dia {n:date} às {n:time}.
Para remarcar ligue {B.phone}.""",
    ),
    (
        "it_helpdesk",
        "note",
        """{A.first} não consegue acessar o sistema. Notebook série {n:serial}, IP
público {ip}, interno {n:private_ip}. Senha provisória passada por telefone: {pw}""",
    ),
    (
        "veterinary",
        "voicemail",
        """Mensagem de voz, {n:date}: "Oi, aqui é a {A.full}, tutora do Thor. Queria
confirmar a vacina dele pra {n:time}. Meu número é {A.phone}. Obrigada, tchau." """,
    ),
    (
        "telecom",
        "call_notes",
        """Atendimento {n:time} – cliente {A.full}
- linha sem sinal após troca de chip, IMEI {n:imei}
- contrato {n:contract_no}, endereço de cobrança {A.addr1}
- retorno no {A.phone}. Atendente: {B.first}""",
    ),
    (
        "events_ticketing",
        "minutes",
        """Ata da reunião – {n:date}
Presentes: {B.full}, {C.full}
- Show confirmado, abertura dos portões às {n:time}; assento {n:seat} reservado.
- {C.first} cobra a {n:company} pela nota {n:invoice}.
- Reembolso para {A.full} ({A.email}) aprovado.""",
    ),
    (
        "hr_payroll",
        "note",
        """Admissão: {A.full}, nascido em {A.dob}, residente em {A.addr1}.
Pagamento na conta {A.iban}. Falta o exame admissional. Responsável: {B.first}.""",
    ),
    (
        "travel",
        "calendar",
        """Convite: Embarque {n:flight}
Quando: {n:date}, {n:time}
Localizador: {n:booking_code}
Organizador: {B.full} <{B.email}>
Convidados: {A.full} <{A.email}>""",
    ),
)
PL = (
    (
        "ecommerce_delivery",
        "email",
        """{p:hi},

moja paczka z zamówienia {n:order} od tygodnia stoi w sortowni. Adres dostawy:
{A.addr}

Proszę o kontakt kuriera pod numerem {A.phone}.
{p:bye}
{A.full}""",
    ),
    (
        "returns_refunds",
        "email",
        """{p:hi},

zwróciłem {n:product} dnia {n:date} (faktura {n:invoice}). Proszę o zwrot {n:amount} na
konto {A.iban}.

{p:bye}
{A.full}""",
    ),
    (
        "banking",
        "email",
        """{p:hi},

potwierdzamy zmianę rachunku do wypłat na {A.iban}. Data urodzenia w systemie: {A.dob}.
W razie pytań prosimy o kontakt z doradcą – {B.full}, tel. {B.phone_ext}.

{p:bye}
{B.full}""",
    ),
    (
        "rental_property",
        "email",
        """{p:hi},

przypominam, że czynsz za mieszkanie przy {A.addr1} ({n:amount}) należy wpłacić do {n:date}
na konto {B.iban}, tytuł przelewu {n:payment_ref}.

{p:bye}
{B.full}""",
    ),
    (
        "it_helpdesk",
        "note",
        """{A.first} nie może się zalogować do VPN. Laptop nr seryjny {n:serial}, IP
publiczne {ip}, wewnętrzne {n:private_ip}. Hasło tymczasowe podane telefonicznie: {pw}""",
    ),
    (
        "healthcare",
        "sms",
        """Przypomnienie: wizyta {A.full} u lekarza {B.full} dnia {n:date} o godz.
{n:time}. Odwołanie wizyty: {B.phone}""",
    ),
    (
        "telecom",
        "voicemail",
        """Wiadomość głosowa, {n:date}: „Dzień dobry, mówi {A.full}. Dzwonię w
sprawie umowy {n:contract_no}, od wczoraj nie działa mi internet. Proszę o telefon na numer
{A.phone}. Dziękuję, do widzenia.”""",
    ),
    (
        "government",
        "note",
        """Sprawa {n:case_no}: wnioskodawca {A.full}, ur. {A.dob}, adres
zameldowania {A.addr1}. Opłata {n:amount} wniesiona {n:date}. Przekazano do {B.handle}.""",
    ),
    (
        "insurance",
        "call_notes",
        """Rozmowa {n:time} – {A.title} {A.last}
- polisa {n:policy_no}, zalanie mieszkania pod adresem:
{A.addr}
- kontakt zwrotny {A.phone}, rzeczoznawca z {n:company} w dniu {n:date}""",
    ),
    (
        "gym_membership",
        "minutes",
        """Notatka ze spotkania – {n:date}
Obecni: {B.full}, {C.full}
- Karnet {n:member_no} dla {A.full} zawieszony do {n:date}.
- {C.first} sprawdzi płatność kartą {A.card}.""",
    ),
    (
        "education",
        "calendar",
        """Zaproszenie: Zebranie z rodzicami
Kiedy: {n:date}, {n:time}
Gdzie: sala 12, {n:street}
Organizator: {B.full} <{B.email}>
Uczestnicy: {A.full} <{A.email}>""",
    ),
)
TEMPLATES = {"en": EN, "de": DE, "fr": FR, "es": ES, "pt": PT, "pl": PL}

# chat scripts: (situation, lines "ROLE: text"); the speaker label is the role's name form
CHATS = {
    "en": (
        (
            "saas_access",
            (
                "A: hey, I can't get into the admin panel",
                "B: hi {A.first}! which email are you signing in with?",
                "A: {A.email}",
                "B: ok, reset sent. you were blocked from {ip}, that you?",
                "A: yep, hotel wifi. thanks {B.first}",
            ),
        ),
        (
            "events_ticketing",
            (
                "A: did the tickets for {n:date} come through?",
                "B: yes - seats {n:seat} and next to it, booking {n:booking_code}",
                "A: great. send the receipt to {A.email} pls",
                "B: done. card ending was {A.card} right?",
            ),
        ),
        (
            "rental_property",
            (
                "B: {A.first}, the plumber is booked for {n:time} tomorrow",
                "A: thanks! he can call me on {A.phone} when he's outside",
                "B: will do. it's {A.addr1}, yeah?",
                "A: that's it",
            ),
        ),
    ),
    "de": (
        (
            "it_helpdesk",
            (
                "A: Servus, mein Outlook hängt schon wieder",
                "B: Hallo {A.first}, welche Version? Ich seh {n:version}",
                "A: keine Ahnung, ich bin im Homeoffice, IP {ip}",
                "B: passt, ich schick dir ein neues Passwort: {pw}",
            ),
        ),
        (
            "ecommerce_delivery",
            (
                "A: Hallo, Paket {n:tracking} ist nicht angekommen",
                "B: Grüß Gott {A.title} {A.last}, an welche Adresse?",
                "A: {A.addr1}",
                "B: Danke, der Fahrer ruft Sie unter {A.phone} an.",
            ),
        ),
    ),
    "fr": (
        (
            "telecom",
            (
                "A: salut, mon natel ne capte plus depuis ce matin",
                "B: Bonjour {A.first}, c'est bien le {A.phone} ?",
                "A: oui, contrat {n:contract_no}",
                "B: je relance l'activation, ça prend septante minutes environ",
            ),
        ),
        (
            "gym_membership",
            (
                "B: Bonjour {A.title} {A.last}, votre abonnement expire le {n:date}",
                "A: ok, vous pouvez prélever sur {A.iban}",
                "B: c'est noté, merci !",
            ),
        ),
    ),
    "es": (
        (
            "banking",
            (
                "A: buenas, no me llegó la transferencia",
                "B: Hola {A.first}, ¿me confirma su fecha de nacimiento?",
                "A: {A.dob}",
                "B: gracias. la consignación de {n:amount} sale hoy a {A.iban}",
            ),
        ),
        (
            "ecommerce_delivery",
            (
                "A: hola, el pedido {n:order} no ha llegado",
                "B: Buenas tardes {A.first}, ¿la dirección es {A.addr1}?",
                "A: sí señor, y mi celular {A.phone}",
                "B: listo, el mensajero lo llama mañana",
            ),
        ),
    ),
    "pt": (
        (
            "returns_refunds",
            (
                "A: oi, quero devolver o {n:product}",
                "B: Oi {A.first}! Qual o número do pedido?",
                "A: {n:order}, paguei no cartão {A.card}",
                "B: beleza, estorno em até 7 dias úteis",
            ),
        ),
        (
            "saas_access",
            (
                "A: bom dia, minha conta travou",
                "B: bom dia {A.first}, o login é {A.email}?",
                "A: isso. tô acessando do {ip}",
                "B: liberado, senha temporária {pw}",
            ),
        ),
    ),
    "pl": (
        (
            "telecom",
            (
                "A: dzień dobry, nie działa mi internet w telefonie",
                "B: Dzień dobry, czy chodzi o numer {A.phone}?",
                "A: tak, umowa {n:contract_no}",
                "B: dziękuję, restartuję usługę, proszę poczekać",
            ),
        ),
        (
            "ecommerce_delivery",
            (
                "A: cześć, gdzie jest moja paczka {n:tracking}?",
                "B: Dzień dobry, adres to {A.addr1}?",
                "A: tak, kurier może dzwonić na {A.phone}",
                "B: przekazane, pozdrawiam",
            ),
        ),
    ),
}
# docs with no PII at all (some with planted negatives, some without)
CLEAN = {
    "en": (
        (
            "ecommerce_delivery",
            "note",
            """Warehouse note: order {n:order} split into two parcels,
tracking {n:tracking}. Customer charged {n:amount}. Restock {n:product} by {n:date}.""",
        ),
        (
            "it_helpdesk",
            "minutes",
            """Infra sync - {n:date}
- upgrade to {n:version} done on {n:hostname}
- backup target moved to {n:private_ip}
- rollback commit {n:git_sha}""",
        ),
        (
            "utilities",
            "email",
            """Hello,

Planned maintenance in {n:city} on {n:date} from {n:time}. Supply may be interrupted for up
to two hours. No action is needed.

Thanks for your patience.""",
        ),
        (
            "events_ticketing",
            "sms",
            """Your gate for {n:flight} has changed. Boarding {n:time}. Seat
{n:seat} unchanged.""",
        ),
    ),
    "de": (
        (
            "utilities",
            "email",
            """Grüß Gott,

am {n:date} wird in {n:city} ab {n:time} das Stromnetz gewartet. Es kann zu kurzen
Unterbrechungen kommen.

Schöne Grüße""",
        ),
        (
            "it_helpdesk",
            "note",
            """Update auf {n:version} auf {n:hostname} eingespielt, Commit {n:git_sha}.""",
        ),
    ),
    "fr": (
        ("travel", "sms", """Votre vol {n:flight} du {n:date} part à {n:time}. Siège {n:seat}."""),
        (
            "utilities",
            "note",
            """Relevé du compteur {n:meter_no} à faire avant le {n:date}, secteur
{n:postcode}.""",
        ),
    ),
    "es": (
        (
            "ecommerce_delivery",
            "note",
            """Pedido {n:order} despachado con guía {n:tracking}. Valor
{n:amount}. Llega a {n:city} el {n:date}.""",
        ),
        (
            "events_ticketing",
            "email",
            """Buenas tardes,

Les recordamos que el evento empieza a las {n:time}. Lleven su código de reserva.

Cordialmente""",
        ),
    ),
    "pt": (
        (
            "ecommerce_delivery",
            "note",
            """Pedido {n:order} enviado, rastreio {n:tracking}, valor
{n:amount}. Previsão: {n:date}.""",
        ),
        (
            "saas_access",
            "minutes",
            """Reunião técnica – {n:date}
- deploy da {n:version} no {n:hostname}
- IP do banco migrado para {n:private_ip}""",
        ),
    ),
    "pl": (
        (
            "utilities",
            "email",
            """Dzień dobry,

informujemy, że {n:date} w godz. od {n:time} w miejscowości {n:city} nastąpi przerwa w
dostawie wody.

Pozdrawiamy""",
        ),
        (
            "it_helpdesk",
            "note",
            """Wdrożono wersję {n:version} na {n:hostname}, commit {n:git_sha}.""",
        ),
    ),
}
LOG_LINES = (
    ("saas_access", "INFO auth.login ok user={A.email} src={ip} session={n:uuid}"),
    ("saas_access", "WARN auth.login failed user={A.email} src={ip} attempts=3"),
    ("it_helpdesk", "DEBUG vpn tunnel up peer={ip6} assigned={n:private_ip} host={n:hostname}"),
    ("banking", "INFO payout created iban={A.iban} amount_ref={n:payment_ref}"),
    ("ecommerce_delivery", "INFO checkout ok order={n:order} email={A.email} ip={ip}"),
    ("saas_access", "ERROR webhook retry token={secret} endpoint=/v2/hooks"),
    ("it_helpdesk", "INFO deploy {n:version} commit={n:git_sha} by={B.handle}"),
    ("telecom", 'INFO sms sent to={A.phone} template="otp"'),
    ("saas_access", "DEBUG db connect url={urlcred}"),
)
CLEAN_LOG_LINES = (
    "INFO healthcheck ok host={n:hostname} ip={n:private_ip}",
    "INFO deploy {n:version} commit={n:git_sha}",
    "DEBUG cache miss key={n:hash}",
    "INFO job finished id={n:uuid}",
)
CONFIGS = {
    "config_yaml": (
        """service:
  name: billing-sync
  version: {n:version}
  database_url: {urlcred}
  api_key: "{secret}"
  internal_host: {n:private_ip}""",
        """smtp:
  host: {n:hostname}
  user: {B.email}
  password: '{pw}'""",
    ),
    "config_env": (
        """APP_ENV=production
STRIPE_SECRET_KEY={secret}
DATABASE_URL={urlcred}
ADMIN_EMAIL={B.email}""",
        """SENTRY_RELEASE={n:version}
REDIS_HOST={n:private_ip}
GITHUB_TOKEN={secret}""",
    ),
    "config_ini": (
        """[database]
host = {n:hostname}
user = app
password = {pw}

[owner]
contact = {B.name}""",
        """[mail]
server = {n:private_ip}
login = {B.email}
api_token = {secret}""",
    ),
}
CLEAN_CONFIGS = (
    ("config_yaml", "replicas: 3\nimage_tag: {n:version}\nhost: {n:hostname}"),
    ("config_env", "LOG_LEVEL=info\nDB_HOST={n:private_ip}\nBUILD_SHA={n:git_sha}"),
    ("config_ini", "[cache]\nhost = {n:private_ip}\nttl = 300"),
)


# ---------------------------------------------------------------------------------------------
# Docs
# ---------------------------------------------------------------------------------------------

_STRUCTURED = ("web_form", "csv", "tsv", "markdown_table", "json")
_MAIL = ("email", "html", "quoted_reply", "forwarded")


def _usable(c: _Ctx, text: str) -> bool:
    return ".ssn}" not in text or c.locale == "en_US"


def _clean_doc(c: _Ctx) -> tuple[str, str, list[Piece]]:
    r = c.r
    roll = r.random()
    if roll < 0.45:
        situation, shape, text = r.choice(CLEAN[c.lang])
        return situation, shape, _render(c, text)
    if roll < 0.75:
        situation, shape = r.choice(SITUATIONS), r.choice(_STRUCTURED)
        head = [(WRAP[c.lang]["form"] + "\n", None, None)] if shape == "web_form" else []
        return situation, shape, head + _table(c, situation, shape, clean=True)
    if roll < 0.88:
        lines = [f"{{n:timestamp}} {r.choice(CLEAN_LOG_LINES)}" for _ in range(r.randint(2, 5))]
        return "it_helpdesk", "log", _render(c, "\n".join(lines))
    shape, text = r.choice(CLEAN_CONFIGS)
    return "saas_access", shape, _render(c, text)


def _pii_doc(c: _Ctx, shape: str) -> tuple[str, list[Piece]]:
    r = c.r
    if shape in _MAIL:
        pool = [t for t in TEMPLATES[c.lang] if t[1] == "email" and _usable(c, t[2])]
        situation, _, text = r.choice(pool)
        return situation, _render(c, _wrap_email(c, shape, text))
    if shape == "ticket":
        pool = [t for t in TEMPLATES[c.lang] if t[1] in ("note", "call_notes") and _usable(c, t[2])]
        situation, _, text = r.choice(pool)
        return situation, _render(c, _ticket(c, text))
    if shape == "chat":
        situation, script = r.choice(CHATS[c.lang])
        return situation, _render(c, _chat(c, script))
    if shape in _STRUCTURED:
        situation = r.choice(SITUATIONS)
        head = [(WRAP[c.lang]["form"] + "\n", None, None)] if shape == "web_form" else []
        return situation, head + _table(c, situation, shape, clean=False)
    if shape == "log":
        picks = r.sample(LOG_LINES, r.randint(2, 5))
        lines = [WRAP[c.lang]["log"]] + [f"{{n:timestamp}} {line}" for _, line in picks]
        return picks[0][0], _render(c, "\n".join(lines))
    if shape.startswith("config_"):
        text = r.choice(CONFIGS[shape])
        if r.random() < 0.5:
            comment = WRAP[c.lang]["cfg"]
            text = (
                comment.replace("#", ";") + "\n" + text
                if shape == "config_ini"
                else comment + "\n" + text
            )
        return r.choice(("saas_access", "it_helpdesk")), _render(c, text)
    pool = [t for t in TEMPLATES[c.lang] if t[1] == shape and _usable(c, t[2])]
    situation, _, text = r.choice(pool)
    return situation, _render(c, text)


def _draw_doc(locale: str, r: random.Random, fake: Faker) -> tuple[dict, dict]:
    """One doc and its plan (situation, shape), redrawn until every occurrence is labelled."""
    for _ in range(60):
        seed = r.getrandbits(32)
        fake.seed_instance(seed)
        c = _Ctx(locale, random.Random(seed), fake)
        if c.r.random() < 0.15:
            situation, shape, pieces = _clean_doc(c)
        else:
            shape = c.r.choice(SHAPES)
            situation, pieces = _pii_doc(c, shape)
        if any(p[1] for p in pieces) and not _labelled_well(pieces):
            continue
        doc = assemble_doc(locale, pieces)
        if every_occurrence_labelled(doc):
            return doc, {"situation": situation, "shape": shape}
    raise RuntimeError(f"could not draw a consistent doc for {locale}")


def _labelled_well(pieces: list[Piece]) -> bool:
    return all(p[0] == p[0].strip() and p[0] for p in pieces if p[1] or p[2])


_FAKERS: dict[str, Faker] = {}


def build_quarry_docs(n_docs: int, seed: int = 0) -> list[tuple[dict, dict]]:
    """(doc, plan) pairs; the plan names the doc's situation and shape (for the tests)."""
    r = random.Random(f"quarry:{seed}")
    out = []
    for k in range(n_docs):
        locale = QUARRY_LOCALES[k % len(QUARRY_LOCALES)]
        if locale not in _FAKERS:
            _FAKERS[locale] = Faker(locale)
        out.append(_draw_doc(locale, r, _FAKERS[locale]))
    return out


def build_quarry_corpus(n_docs: int, seed: int = 0) -> list[dict]:
    """n_docs labelled docs, locales taking turns; the same (n_docs, seed) gives the same docs."""
    return [doc for doc, _ in build_quarry_docs(n_docs, seed)]


def main(argv: list[str] | None = None) -> int:
    return corpus_main(build_quarry_corpus, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
