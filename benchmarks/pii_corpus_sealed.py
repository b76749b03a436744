"""A sealed, labelled PII test corpus: customer-support and operations text in nine locales.

    from benchmarks.pii_corpus_sealed import build_sealed_corpus
    docs = build_sealed_corpus(2000, seed=0)   # [{"text", "locale", "spans", "negatives"}, ...]

    python benchmarks/pii_corpus_sealed.py --n 20 --seed 0              # JSONL on stdout
    python benchmarks/pii_corpus_sealed.py --n 2000 --out /tmp/s.jsonl   # JSONL to a file

THIS CORPUS MUST NEVER BE USED FOR TUNING: do not look at what a detector misses on it and then
change the detector. It was written from scratch, without looking at any detector or at the other
corpora's templates, to measure a detector once on text nobody tuned on.

The docs read like inbound support and operations text in en_US, en_CA, en_IE, en_IN, fr_CA,
de_AT, es_AR, pt_PT and nl_BE: about 55% prose with the PII inline in sentences, 45%
semi-structured text (replies quoting older messages with "> ", forwarded mails, chat transcripts,
web-form dumps, CSV / TSV / pipe exports with a header row, signature blocks, log lines, config
snippets), with some typos, double spaces, lower-case or accent-less names and HTML remnants.

Same doc format as benchmarks/pii_corpus.py: `text[start:end]` is exactly the value; titles,
labels and extensions stay outside the span, a multi-line address is one span. Addresses, person
names and phone numbers carry most of the weight, in each country's own formats (single-line and
multi-line, units, PO boxes, country lines); phones are valid for the doc's country, cards pass
Luhn, IBANs pass mod 97 with their country's length, IPs are public, `ssn` only occurs in en_US
docs and `cpf`/`cnpj` never. About 15% of docs hold no PII, the rest 1-5 entities; about 60% hold
hard negatives (SEALED_NEGATIVE_KINDS: order and ticket ids, non-birth dates, amounts, 16-digit
runs failing Luhn, IBAN-shaped strings with a wrong check, streets without a number, cities,
postcodes, brand names that look like person names...). Same (n, seed) gives the same corpus.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
from pathlib import Path

if __package__ in (None, ""):  # `python benchmarks/pii_corpus_sealed.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pii_corpus import TYPES, assemble_doc, corpus_main, luhn_valid  # noqa: E402

SEALED_LOCALES = (
    "en_US",
    "en_CA",
    "en_IE",
    "en_IN",
    "fr_CA",
    "de_AT",
    "es_AR",
    "pt_PT",
    "nl_BE",
)
REGION = {
    "en_US": "US",
    "en_CA": "CA",
    "en_IE": "IE",
    "en_IN": "IN",
    "fr_CA": "CA",
    "de_AT": "AT",
    "es_AR": "AR",
    "pt_PT": "PT",
    "nl_BE": "BE",
}
SEALED_TYPES = tuple(t for t in TYPES if t not in ("cpf", "cnpj"))
SEALED_NEGATIVE_KINDS = (
    "order",
    "ticket",
    "invoice",
    "version",
    "date",
    "time",
    "timestamp",
    "amount",
    "digits16",
    "iban_bad",
    "url",
    "sha",
    "uuid",
    "tracking",
    "company_id",
    "product",
    "brand",
    "street",
    "city",
    "postcode",
    "room",
    "serial",
)
EMPTY_SHARE, NEGATIVE_SHARE, PROSE_SHARE, MAX_ENTITIES = 0.15, 0.60, 0.55, 5

# ---------------------------------------------------------------------------------------------
# value tables
# ---------------------------------------------------------------------------------------------

IBAN_BBAN = {  # country: (letters, digits) of the BBAN
    "AT": (0, 16),
    "BE": (0, 12),
    "IE": (4, 14),
    "PT": (0, 21),
    "DE": (0, 18),
    "FR": (0, 23),
    "ES": (0, 20),
    "NL": (4, 10),
    "GB": (4, 14),
}
IBAN_LEN = {cc: 4 + a + n for cc, (a, n) in IBAN_BBAN.items()}
BANK_CODES = {
    "IE": ["AIBK", "BOFI", "IPBS", "ULSB"],
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO"],
}
IBAN_COUNTRIES = {
    "en_US": ["GB", "DE"],
    "en_CA": ["GB", "FR"],
    "en_IE": ["IE", "IE", "GB"],
    "en_IN": ["GB", "DE"],
    "fr_CA": ["FR", "BE"],
    "de_AT": ["AT", "AT", "DE"],
    "es_AR": ["ES"],
    "pt_PT": ["PT"],
    "nl_BE": ["BE", "BE", "NL"],
}
TITLES = {
    "en_US": ["Mr.", "Mrs.", "Ms.", "Dr."],
    "en_CA": ["Mr.", "Mrs.", "Ms.", "Dr."],
    "en_IE": ["Mr", "Mrs", "Ms", "Dr"],
    "en_IN": ["Mr.", "Mrs.", "Shri", "Smt.", "Dr."],
    "fr_CA": ["M.", "Mme", "Me", "Dr"],
    "de_AT": ["Herr", "Frau", "Mag.", "Dr.", "Ing."],
    "es_AR": ["Sr.", "Sra.", "Lic.", "Dr."],
    "pt_PT": ["Sr.", "Sra.", "D.", "Dr.", "Eng."],
    "nl_BE": ["dhr.", "mevr.", "Meneer", "Mevrouw"],
}
PARTICLES = {
    "en_US": ["de la Cruz", "van Horn", "de Leon", "da Costa", "von Ahn"],
    "en_CA": ["van der Meer", "de Vries", "de Grandpré", "van Dam"],
    "en_IE": ["de Búrca", "de Barra", "de Paor", "de Courcy"],
    "en_IN": ["de Souza", "da Cunha", "de Mello", "da Silva"],
    "fr_CA": ["de Lotbinière", "du Sault", "de Varennes", "de la Chevrotière", "du Tremblay"],
    "de_AT": ["von Trapp", "von Hohenberg", "van der Bellen", "von Stein", "zu Eltz"],
    "es_AR": ["de la Torre", "del Valle", "de los Santos", "de la Serna", "del Río"],
    "pt_PT": ["da Silva", "dos Santos", "de Sousa", "das Neves", "do Carmo"],
    "nl_BE": ["van den Bossche", "de Smet", "van der Linden", "de Backer", "van Damme"],
}
EMAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net"],
    "en_CA": ["gmail.com", "hotmail.ca", "rogers.com", "shaw.ca", "sympatico.ca"],
    "en_IE": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com", "outlook.ie"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "fr_CA": ["videotron.ca", "gmail.com", "hotmail.com", "sympatico.ca"],
    "de_AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"],
    "es_AR": ["gmail.com", "hotmail.com", "fibertel.com.ar", "yahoo.com.ar"],
    "pt_PT": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"],
    "nl_BE": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be"],
}
SHOPS = {
    "en_US": "brightcart.com",
    "en_CA": "maplemart.ca",
    "en_IE": "shamrockdirect.ie",
    "en_IN": "bazaarkart.in",
    "fr_CA": "boutiquenordik.ca",
    "de_AT": "alpenshop.at",
    "es_AR": "tiendapampa.com.ar",
    "pt_PT": "lojaatlantico.pt",
    "nl_BE": "webshopvlaanderen.be",
}
BRANDS = [
    "Tim Hortons",
    "Ted Baker",
    "Tommy Hilfiger",
    "Calvin Klein",
    "Ralph Lauren",
    "Hugo Boss",
    "Paul Smith",
    "Karl Lagerfeld",
    "Jack Wolfskin",
    "Tom Tailor",
    "Marc O'Polo",
    "Ben Sherman",
    "Julius Meinl",
    "Joe Fresh",
    "Pierre Cardin",
    "Yves Rocher",
    "Jean Coutu",
    "Harvey Norman",
    "Adolfo Dominguez",
    "Jo Malone",
    "Louis Delhaize",
]
PRODUCTS = [
    "iPhone",
    "Galaxy Tab S9",
    "Surface Laptop Go",
    "Kindle Paperwhite",
    "Philips Hue Bridge",
    "Dyson V11",
    "ThinkPad T14",
    "Fire TV Stick",
    "Nespresso Vertuo Next",
    "Pixel Buds Pro",
    "MacBook Air",
    "Galaxy A54",
    "Echo Show 8",
]
PHONE_PATTERNS = {  # X any digit, N 2-9, {A} an area code, {M} a mobile prefix
    "en_US": (
        "({A}) NXX-XXXX",
        "{A}-NXX-XXXX",
        "{A}.NXX.XXXX",
        "+1 {A} NXX XXXX",
        "1-{A}-NXX-XXXX",
        "+1 ({A}) NXX-XXXX",
    ),
    "en_CA": (
        "({A}) NXX-XXXX",
        "{A}-NXX-XXXX",
        "+1 {A} NXX XXXX",
        "1-{A}-NXX-XXXX",
        "{A} NXX XXXX",
    ),
    "fr_CA": (
        "{A} NXX-XXXX",
        "({A}) NXX-XXXX",
        "{A}-NXX-XXXX",
        "+1 {A} NXX-XXXX",
        "1 {A} NXX-XXXX",
    ),
    "en_IE": (
        "0{M} XXX XXXX",
        "+353 {M} XXX XXXX",
        "+353 (0){M} XXX XXXX",
        "0{M}-XXXXXXX",
        "(01) NXX XXXX",
        "01 NXX XXXX",
        "+353 1 NXX XXXX",
        "021 4XX XXXX",
        "(091) 5XX XXX",
    ),
    "en_IN": (
        "+91 {M}XXX XXXXX",
        "+91-{M}XXXXXXXX",
        "0{M}XXX XXXXX",
        "{M}XXX-XXXXX",
        "{M}XXXXXXXX",
        "011-2XXX XXXX",
        "080 4XXX XXXX",
        "+91 22 2XXX XXXX",
    ),
    "de_AT": (
        "0{M} XXXXXXX",
        "0{M}/XXX XX XX",
        "+43 {M} XXXXXXX",
        "+43 (0){M} XXX XX XX",
        "01 NXX XX XX",
        "+43 1 NXXXXXX",
        "0316 NXXXXX",
        "+43 732 NXXXXX",
    ),
    "es_AR": (
        "+54 9 11 NXXX-XXXX",
        "11 NXXX-XXXX",
        "011 15-NXXX-XXXX",
        "+54 11 4XXX-XXXX",
        "(011) 4XXX-XXXX",
        "+54 9 {A} NXX-XXXX",
        "(0{A}) 4XX-XXXX",
        "0{A} 15-NXX-XXXX",
        "+54 {A} 4XX-XXXX",
    ),
    "pt_PT": (
        "{M}X XXX XXX",
        "+351 {M}X XXX XXX",
        "+351{M}XXXXXXX",
        "{M}XXXXXXX",
        "21N XXX XXX",
        "+351 21N XXX XXX",
        "22N XXX XXX",
        "239 NXX XXX",
    ),
    "nl_BE": (
        "0{M} XX XX XX",
        "+32 {M} XX XX XX",
        "0{M}/XX.XX.XX",
        "0{M}/XX XX XX",
        "02 NXX XX XX",
        "03 NXX XX XX",
        "09 NXX XX XX",
        "+32 2 NXX XX XX",
    ),
}
_US_AREAS = ["212", "312", "415", "617", "702", "512", "303", "404", "206", "919", "305", "503"]
_CA_AREAS = ["416", "647", "604", "778", "403", "587", "613", "204", "902", "780"]
PHONE_CODES = {
    "en_US": {"A": _US_AREAS},
    "en_CA": {"A": _CA_AREAS},
    "fr_CA": {"A": ["514", "438", "418", "450", "819", "581"]},
    "en_IE": {"M": ["83", "85", "86", "87", "89"]},
    "en_IN": {"M": ["98", "97", "99", "96", "94", "93", "90", "88", "87", "81", "79", "70", "63"]},
    "de_AT": {"M": ["664", "676", "699", "650", "660", "680"]},
    "es_AR": {"A": ["351", "341", "261", "221", "223", "381"]},
    "pt_PT": {"M": ["91", "92", "93", "96"]},
    "nl_BE": {"M": ["470", "472", "475", "477", "478", "484", "486", "488", "494", "496", "498"]},
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
DATE_FORMATS = {  # {d} day, {m} month, {y} year, {mn} month name, {o} English ordinal suffix
    "en_US": ["{m:02d}/{d:02d}/{y}", "{mn} {d}, {y}", "{m}/{d}/{y}", "{m:02d}-{d:02d}-{y}"],
    "en_CA": ["{y}-{m:02d}-{d:02d}", "{mn} {d}, {y}", "{d:02d}/{m:02d}/{y}"],
    "en_IE": ["{d:02d}/{m:02d}/{y}", "{d}{o} {mn} {y}", "{d} {mn} {y}"],
    "en_IN": ["{d:02d}/{m:02d}/{y}", "{d:02d}-{m:02d}-{y}", "{d} {mn} {y}", "{d:02d}.{m:02d}.{y}"],
    "fr_CA": ["{d} {mn} {y}", "{y}-{m:02d}-{d:02d}", "{d:02d}/{m:02d}/{y}"],
    "de_AT": ["{d:02d}.{m:02d}.{y}", "{d}. {mn} {y}", "{d}.{m}.{y}"],
    "es_AR": ["{d:02d}/{m:02d}/{y}", "{d} de {mn} de {y}", "{d}/{m}/{y}"],
    "pt_PT": ["{d:02d}/{m:02d}/{y}", "{d} de {mn} de {y}", "{d:02d}-{m:02d}-{y}"],
    "nl_BE": ["{d:02d}/{m:02d}/{y}", "{d} {mn} {y}", "{d:02d}-{m:02d}-{y}"],
}
TIME_FORMATS = {
    "en_US": ["{h12}:{mi:02d} {ap}", "{h12}:{mi:02d}{ap2}"],
    "en_CA": ["{h12}:{mi:02d} {ap3}", "{h:02d}:{mi:02d}"],
    "en_IE": ["{h:02d}:{mi:02d}", "{h12}.{mi:02d}{ap2}"],
    "en_IN": ["{h12}:{mi:02d} {ap}", "{h:02d}:{mi:02d}"],
    "fr_CA": ["{h} h {mi:02d}", "{h}h{mi:02d}"],
    "de_AT": ["{h:02d}:{mi:02d}", "{h}.{mi:02d}"],
    "es_AR": ["{h:02d}:{mi:02d}", "{h}.{mi:02d} hs"],
    "pt_PT": ["{h}h{mi:02d}", "{h:02d}:{mi:02d}"],
    "nl_BE": ["{h}u{mi:02d}", "{h:02d}:{mi:02d}"],
}
AMOUNT_FORMATS = {  # {i} integer part with thousands separators added per locale, {c} cents
    "en_US": ["${i}.{c}", "USD {i}.{c}"],
    "en_CA": ["${i}.{c}", "CA${i}.{c}", "${i}.{c} CAD"],
    "en_IE": ["€{i}.{c}", "EUR {i}.{c}"],
    "en_IN": ["₹{i}", "Rs. {i}", "INR {i}.{c}"],
    "fr_CA": ["{i},{c} $", "{i},{c} $ CA"],
    "de_AT": ["€ {i},{c}", "{i},{c} EUR", "EUR {i},--"],
    "es_AR": ["$ {i}", "ARS {i},{c}", "$ {i},{c}"],
    "pt_PT": ["{i},{c} €", "€ {i},{c}"],
    "nl_BE": ["€ {i},{c}", "{i},{c} euro"],
}
THOUSANDS = {"en_US": ",", "en_CA": ",", "en_IE": ",", "en_IN": ",", "fr_CA": " "}
TRACKING_CC = {
    "en_US": "US",
    "en_CA": "CA",
    "en_IE": "IE",
    "en_IN": "IN",
    "fr_CA": "CA",
    "de_AT": "AT",
    "es_AR": "AR",
    "pt_PT": "PT",
    "nl_BE": "BE",
}

# ---------------------------------------------------------------------------------------------
# addresses: streets (never with a digit: they double as street-name negatives) and cities with
# a postcode spec that _postcode reads per locale
# ---------------------------------------------------------------------------------------------

STREETS = {
    "en_US": [
        "Maple Avenue",
        "Oak Street",
        "Sunset Boulevard",
        "Elm Drive",
        "Main Street",
        "Lakeshore Road",
        "N Halsted Street",
        "Peachtree Road NE",
        "Cedar Lane",
        "W Colfax Avenue",
        "Magnolia Way",
        "Hillcrest Drive",
    ],
    "en_CA": [
        "Queen Street West",
        "Yonge Street",
        "Bloor Street East",
        "Robson Street",
        "Jasper Avenue",
        "Portage Avenue",
        "Barrington Street",
        "Bank Street",
        "Granville Street",
        "Dundas Street West",
        "Elgin Street",
    ],
    "en_IE": [
        "Main Street",
        "Patrick Street",
        "Shop Street",
        "Church Road",
        "Strand Road",
        "Castle Street",
        "Bridge Street",
        "Mary Street",
        "Newtown Road",
        "Oakwood Avenue",
        "Ashgrove Park",
        "College Road",
    ],
    "en_IN": [
        "MG Road",
        "Station Road",
        "Nehru Street",
        "Link Road",
        "Temple Road",
        "Ring Road",
        "Church Street",
        "Lake View Road",
        "Park Street",
        "Gandhi Bazaar Main Road",
    ],
    "fr_CA": [
        "rue Saint-Denis",
        "boulevard Saint-Laurent",
        "avenue du Parc",
        "rue Sherbrooke Ouest",
        "chemin de la Côte-des-Neiges",
        "rue Sainte-Catherine Est",
        "boulevard René-Lévesque Ouest",
        "avenue Cartier",
        "rue Saint-Jean",
        "rue King Ouest",
        "boulevard des Forges",
        "rue Wellington",
    ],
    "de_AT": [
        "Mariahilfer Straße",
        "Landstraßer Hauptstraße",
        "Herrengasse",
        "Linzer Straße",
        "Schubertgasse",
        "Wiener Straße",
        "Annenstraße",
        "Maria-Theresien-Straße",
        "Favoritenstraße",
        "Schönbrunner Straße",
        "Leonfeldner Straße",
        "Thaliastraße",
    ],
    "es_AR": [
        "Av. Corrientes",
        "Av. Santa Fe",
        "Av. Rivadavia",
        "Av. Colón",
        "Bv. Oroño",
        "Av. San Martín",
        "Av. Belgrano",
        "Sarmiento",
        "Lavalle",
        "Av. Cabildo",
        "Gral. Paz",
        "Juramento",
    ],
    "pt_PT": [
        "Rua Augusta",
        "Avenida da Liberdade",
        "Rua de Santa Catarina",
        "Rua do Almada",
        "Avenida da República",
        "Rua Ferreira Borges",
        "Travessa do Carmo",
        "Rua Direita",
        "Avenida Fernão de Magalhães",
        "Rua Miguel Bombarda",
        "Avenida dos Aliados",
        "Rua da Boavista",
    ],
    "nl_BE": [
        "Kerkstraat",
        "Veldstraat",
        "Stationsstraat",
        "Bondgenotenlaan",
        "Koningin Astridlaan",
        "Nieuwstraat",
        "Brusselsesteenweg",
        "Lange Nieuwstraat",
        "Diestsestraat",
        "Molenstraat",
        "Dorpsstraat",
        "Meir",
    ],
}
CITIES = {  # (city, region or None, postcode spec)
    "en_US": [
        ("Austin", "TX", "787"),
        ("Chicago", "IL", "606"),
        ("Columbus", "OH", "432"),
        ("Portland", "OR", "972"),
        ("Atlanta", "GA", "303"),
        ("Denver", "CO", "802"),
        ("Raleigh", "NC", "276"),
        ("Phoenix", "AZ", "850"),
        ("Sacramento", "CA", "958"),
    ],
    "en_CA": [
        ("Toronto", "ON", "M5V"),
        ("Toronto", "ON", "M4C"),
        ("Vancouver", "BC", "V6B"),
        ("Calgary", "AB", "T2P"),
        ("Ottawa", "ON", "K1P"),
        ("Winnipeg", "MB", "R3C"),
        ("Halifax", "NS", "B3H"),
        ("Edmonton", "AB", "T5J"),
    ],
    "fr_CA": [
        ("Montréal", "QC", "H2X"),
        ("Montréal", "QC", "H2J"),
        ("Québec", "QC", "G1R"),
        ("Laval", "QC", "H7N"),
        ("Gatineau", "QC", "J8Y"),
        ("Sherbrooke", "QC", "J1H"),
        ("Trois-Rivières", "QC", "G9A"),
        ("Longueuil", "QC", "J4K"),
    ],
    "en_IE": [
        ("Dublin 4", None, "D04", "Ballsbridge"),
        ("Dublin 6", None, "D06", "Rathmines"),
        ("Dublin 9", None, "D09", "Drumcondra"),
        ("Cork", "Co. Cork", "T12", "Ballintemple"),
        ("Galway", "Co. Galway", "H91", "Salthill"),
        ("Westport", "Co. Mayo", "F28", None),
        ("Kilkenny", "Co. Kilkenny", "R95", None),
        ("Tralee", "Co. Kerry", "V92", None),
        ("Ennis", "Co. Clare", "V95", None),
        ("Limerick", None, "V94", "Castletroy"),
    ],
    "en_IN": [
        ("Bengaluru", "Karnataka", "5600", ["Indiranagar", "Koramangala", "Jayanagar"]),
        ("Mumbai", "Maharashtra", "4000", ["Andheri West", "Bandra East", "Powai"]),
        ("New Delhi", "Delhi", "1100", ["Lajpat Nagar", "Saket", "Karol Bagh"]),
        ("Chennai", "Tamil Nadu", "6000", ["T. Nagar", "Adyar", "Velachery"]),
        ("Hyderabad", "Telangana", "5000", ["Banjara Hills", "Madhapur", "Kukatpally"]),
        ("Pune", "Maharashtra", "4110", ["Kothrud", "Viman Nagar", "Aundh"]),
        ("Kolkata", "West Bengal", "7000", ["Salt Lake", "Ballygunge", "Behala"]),
    ],
    "de_AT": [
        ("Wien", None, ("1030", "1060", "1070", "1100", "1140", "1150", "1180", "1210")),
        ("Graz", None, ("8010", "8020", "8036", "8042")),
        ("Linz", None, ("4020", "4030", "4040")),
        ("Salzburg", None, ("5020", "5026")),
        ("Innsbruck", None, ("6020",)),
        ("Klagenfurt", None, ("9020",)),
        ("St. Pölten", None, ("3100",)),
        ("Villach", None, ("9500",)),
    ],
    "es_AR": [
        ("CABA", None, "C14"),
        ("Ciudad Autónoma de Buenos Aires", None, "C10"),
        ("Córdoba", "Córdoba", "X50"),
        ("Rosario", "Santa Fe", "S20"),
        ("Mendoza", "Mendoza", "M55"),
        ("La Plata", "Buenos Aires", "B19"),
        ("Mar del Plata", "Buenos Aires", "B76"),
        ("San Miguel de Tucumán", "Tucumán", "T40"),
    ],
    "pt_PT": [
        ("Lisboa", None, ("1000", "1050", "1100", "1150", "1200", "1250", "1600", "1700")),
        ("Porto", None, ("4000", "4050", "4100", "4150", "4200")),
        ("Coimbra", None, ("3000", "3030")),
        ("Braga", None, ("4700", "4710")),
        ("Faro", None, ("8000", "8005")),
        ("Aveiro", None, ("3800", "3810")),
        ("Setúbal", None, ("2900", "2910")),
        ("Vila Nova de Gaia", None, ("4400", "4430")),
    ],
    "nl_BE": [
        ("Antwerpen", None, ("2000", "2018", "2060", "2140")),
        ("Gent", None, ("9000", "9040", "9050")),
        ("Leuven", None, ("3000", "3010")),
        ("Brugge", None, ("8000", "8200")),
        ("Mechelen", None, ("2800",)),
        ("Hasselt", None, ("3500",)),
        ("Brussel", None, ("1000", "1030", "1050")),
        ("Kortrijk", None, ("8500",)),
    ],
}
CITIES["en_CA"] += [("Victoria", "BC", "V8W")]
_CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
_EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"


def _postcode(locale: str, r: random.Random, spec) -> str:
    """A postcode for one city entry's spec, in the country's own shape."""
    if locale == "en_US":
        return (
            spec + f"{r.randint(1, 99):02d}" + (f"-{r.randint(1, 9999):04d}" * (r.random() < 0.15))
        )
    if locale in ("en_CA", "fr_CA"):
        return f"{spec} {r.randint(0, 9)}{r.choice(_CA_LETTERS)}{r.randint(0, 9)}"
    if locale == "en_IE":
        tail = r.choice("ACDEFHKNPRTVWXY") + "".join(r.choice(_EIRCODE_CHARS) for _ in range(3))
        return f"{spec} {tail}"
    if locale == "en_IN":
        return spec + f"{r.randint(1, 99):02d}"
    if locale == "es_AR":
        if r.random() < 0.4:
            return spec[1:] + f"{r.randint(0, 99):02d}"
        return (
            spec
            + f"{r.randint(0, 99):02d}"
            + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in "abc")
        )
    if locale == "pt_PT":
        return f"{r.choice(spec)}-{r.randint(1, 999):03d}"
    return r.choice(spec)


def _lines_us(v: _Values, box: bool) -> list[str]:
    r = v.r
    city, st, spec = r.choice(CITIES["en_US"])
    last = f"{city}, {st} {_postcode('en_US', r, spec)}"
    if box:
        return [
            f"{r.choice(['PO Box', 'P.O. Box', 'Post Office Box'])} {r.randint(10, 99999)}",
            last,
        ]
    first = [f"{r.randint(1, 9899)} {r.choice(STREETS['en_US'])}"]
    if r.random() < 0.4:
        unit = r.choice(
            [f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"Suite {r.randint(100, 950)}"]
            + [f"Unit {r.randint(1, 60)}", f"#{r.randint(2, 30)}"]
        )
        first = [first[0] + " " + unit] if r.random() < 0.5 else first + [unit]
    return first + [last]


def _lines_ca(v: _Values, box: bool) -> list[str]:
    r, loc = v.r, v.locale
    city, prov, spec = r.choice(CITIES[loc])
    pc = _postcode(loc, r, spec)
    if loc == "fr_CA":
        last = r.choice([f"{city} (Québec) {pc}", f"{city} QC  {pc}", f"{city}, QC {pc}"])
    else:
        last = r.choice([f"{city}, {prov} {pc}", f"{city} {prov}  {pc}", f"{city} {prov} {pc}"])
    n, street, u = r.randint(1, 9800), r.choice(STREETS[loc]), r.randint(1, 2400)
    if box and loc == "fr_CA":
        return [
            r.choice([f"C.P. {r.randint(10, 9999)}", f"Case postale {r.randint(10, 9999)}"]),
            last,
        ]
    if box:
        return [f"{r.choice(['PO Box', 'P.O. Box'])} {r.randint(10, 9999)} STN MAIN", last]
    line = r.choice([f"{n}, {street}", f"{n} {street}"]) if loc == "fr_CA" else f"{n} {street}"
    roll = r.random()
    if roll < 0.25:
        return [f"{u}-{line}", last]
    if roll < 0.5:
        word = r.choice(
            ["app.", "bureau", "logement"] if loc == "fr_CA" else ["Suite", "Unit", "Apt"]
        )
        return [line, f"{word} {u}", last]
    return [line, last]


def _lines_ie(v: _Values, box: bool) -> list[str]:
    r = v.r
    town, county, key, locality = r.choice(CITIES["en_IE"])
    eircode = _postcode("en_IE", r, key)
    tail = [town] + ([county] if county and r.random() < 0.8 else [])
    tail += [eircode] if r.random() < 0.85 else []
    if box:
        return [f"PO Box {r.randint(10, 9999)}"] + tail
    lines = []
    if r.random() < 0.3:
        lines.append(r.choice(["Apartment", "Apt", "Flat"]) + f" {r.randint(1, 60)}")
    if r.random() < 0.12:
        lines += [
            r.choice(["Rose Cottage", "The Willows", "Ard na Gréine"]),
            r.choice(STREETS["en_IE"]),
        ]
    else:
        lines.append(f"{r.randint(1, 240)} {r.choice(STREETS['en_IE'])}")
    if locality and r.random() < 0.5:
        lines.append(locality)
    return lines + tail


def _lines_in(v: _Values, box: bool) -> list[str]:
    r = v.r
    city, state, spec, localities = r.choice(CITIES["en_IN"])
    pin = _postcode("en_IN", r, spec)
    last = [r.choice([f"{city} - {pin}", f"{city} {pin}", f"{city}-{pin}"])]
    last += [state] if r.random() < 0.6 else []
    if box:
        return [f"Post Box No. {r.randint(100, 9999)}", "GPO"] + last
    bldg = r.choice(["Shanti Apartments", "Sai Residency", "Green Park Towers", "Orchid Enclave"])
    first = r.choice(
        [f"Flat {r.randint(1, 12)}0{r.randint(1, 9)}, {bldg}", f"H.No. {r.randint(1, 16)}-"]
        + [f"{r.choice('ABCDE')}-{r.randint(1, 300)}", f"Plot No. {r.randint(1, 400)}"]
    )
    if first.endswith("-"):
        first += f"{r.randint(1, 9)}-{r.randint(10, 400)}"
    return [first, r.choice(STREETS["en_IN"]), r.choice(localities)] + last


def _lines_at(v: _Values, box: bool) -> list[str]:
    r = v.r
    city, _, spec = r.choice(CITIES["de_AT"])
    last = ("A-" if r.random() < 0.1 else "") + f"{_postcode('de_AT', r, spec)} {city}"
    if box:
        return [f"Postfach {r.randint(1, 999)}", last]
    s, n = r.choice(STREETS["de_AT"]), f"{r.randint(1, 180)}{r.choice(['', '', '', 'a', 'b'])}"
    st, top = r.randint(1, 6), r.randint(1, 40)
    line = r.choice(
        [f"{s} {n}/{st}/{top}", f"{s} {n}/Top {top}", f"{s} {n}, Stiege {st}, Top {top}"]
        + [f"{s} {n}/{top}", f"{s} {n}", f"{s} {n}"]
    )
    return [line, last]


def _lines_ar(v: _Values, box: bool) -> list[str]:
    r = v.r
    city, prov, spec = r.choice(CITIES["es_AR"])
    pc = _postcode("es_AR", r, spec)
    last = f"({pc}) {city}" if len(pc) == 4 and r.random() < 0.5 else f"{pc} {city}"
    last += f", {prov}" if prov and r.random() < 0.6 else ""
    if box:
        return [f"Casilla de Correo {r.randint(1, 999)}", last]
    p, d = r.randint(1, 18), r.choice("ABCDEFGH")
    unit = r.choice([f", Piso {p}, Dto. {d}", f" {p}° {d}", f", piso {p} dpto. {d}", " PB", "", ""])
    return [f"{r.choice(STREETS['es_AR'])} {r.randint(100, 5999)}{unit}", last]


def _lines_pt(v: _Values, box: bool) -> list[str]:
    r = v.r
    city, _, spec = r.choice(CITIES["pt_PT"])
    last = f"{_postcode('pt_PT', r, spec)} {city}"
    if box:
        return [f"Apartado {r.randint(1, 9999)}", last]
    s, n, k = r.choice(STREETS["pt_PT"]), r.randint(1, 450), r.randint(1, 9)
    line = r.choice([f"{s}, n.º {n}", f"{s}, {n}", f"{s} {n}", f"{s} n.º {n}"])
    if r.random() < 0.5:
        floor = r.choice([f"{k}.º Esq.", f"{k}.º Dto.", "R/C Esq.", "R/C Dto.", f"{k}.º andar"])
        line += r.choice([", ", " "]) + floor
    return [line, last]


def _lines_be(v: _Values, box: bool) -> list[str]:
    r = v.r
    city, _, spec = r.choice(CITIES["nl_BE"])
    last = f"{_postcode('nl_BE', r, spec)} {city}"
    if box:
        return [f"Postbus {r.randint(1, 999)}", last]
    b = r.randint(1, 30)
    unit = r.choice(["", "", f" bus {b}", f"/{b}", f" bus {b}{r.choice('AB')}"])
    return [f"{r.choice(STREETS['nl_BE'])} {r.randint(1, 260)}{unit}", last]


ADDRESS_LINES = {
    "en_US": _lines_us,
    "en_CA": _lines_ca,
    "en_IE": _lines_ie,
    "en_IN": _lines_in,
    "fr_CA": _lines_ca,
    "de_AT": _lines_at,
    "es_AR": _lines_ar,
    "pt_PT": _lines_pt,
    "nl_BE": _lines_be,
}
COUNTRY_LINES = {
    "en_US": ["USA", "United States"],
    "en_CA": ["Canada", "CANADA"],
    "en_IE": ["Ireland", "IRELAND"],
    "en_IN": ["India", "INDIA"],
    "fr_CA": ["Canada"],
    "de_AT": ["Österreich", "Austria"],
    "es_AR": ["Argentina", "ARGENTINA"],
    "pt_PT": ["Portugal"],
    "nl_BE": ["België", "Belgium", "Belgique"],
}


# ---------------------------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------------------------


def _mod97(s: str) -> int:
    moved = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97


def iban_valid(s: str) -> bool:
    """True when `s` (spaces allowed) is an IBAN of a known country's length passing mod 97."""
    s = s.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not s[2:4].isdigit() or not s.isalnum():
        return False
    return _mod97(s) == 1


def _luhn_complete(body: str) -> str:
    return next(body + d for d in string.digits if luhn_valid(body + d))


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _alnum(r: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _b64(obj: dict) -> str:
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


# ---------------------------------------------------------------------------------------------
# values of one locale
# ---------------------------------------------------------------------------------------------

_B64URL = string.ascii_letters + string.digits + "-_"
_UPPER_DIGITS = string.ascii_uppercase + string.digits
_SECRET_KINDS = ("aws", "ghp", "stripe", "slack", "jwt", "google", "sendgrid")
_NAME_SHAPES = (  # (shape, weight)
    ("fl", 36),
    ("fml", 7),
    ("lcf", 8),
    ("caps", 6),
    ("capsl", 5),
    ("init", 8),
    ("lower", 8),
    ("ascii", 6),
)


class _Values:
    """Value generators of one locale; all randomness from one Random and a seeded Faker."""

    def __init__(self, locale: str, r: random.Random, fake) -> None:
        self.locale, self.lang, self.r, self.fake = locale, locale[:2], r, fake
        self.new_doc()

    def new_doc(self) -> None:
        self.cust = self._name_parts()
        self.agent = self.fake.first_name()

    def _name_parts(self) -> tuple[str, str, str]:
        r, fake = self.r, self.fake
        first, mid, last = fake.first_name(), fake.first_name(), fake.last_name()
        roll = r.random()
        if roll < 0.12:
            last = r.choice(PARTICLES[self.locale])
        elif roll < 0.24:
            last = f"{last}-{fake.last_name()}"
        elif roll < 0.4 and self.lang in ("es", "pt"):
            last = f"{last} {fake.last_name()}"
        return first, mid, last

    def name(self, parts: tuple[str, str, str]) -> str:
        """A person's name in one of the shapes real text holds."""
        r = self.r
        first, mid, last = parts
        shape = r.choices([s for s, _ in _NAME_SHAPES], [w for _, w in _NAME_SHAPES])[0]
        if shape == "fml":
            return f"{first} {mid if r.random() < 0.6 else mid[0] + '.'} {last}"
        if shape == "lcf":
            return f"{last}, {first}"
        if shape == "caps":
            return f"{first} {last}".upper()
        if shape == "capsl":
            return f"{last.upper()} {first}"
        if shape == "init":
            initials = "".join(w[0] + "." for w in first.split())
            return f"{initials} {last}" if r.random() < 0.7 else f"{initials}{mid[0]}. {last}"
        if shape == "lower":
            return f"{first} {last}".lower()
        if shape == "ascii":
            return _ascii(f"{first} {last}")
        return f"{first} {last}"

    def first(self, parts: tuple[str, str, str]) -> str:
        return parts[0].lower() if self.r.random() < 0.1 else parts[0]

    def phone(self) -> str:
        import phonenumbers

        r, codes = self.r, PHONE_CODES.get(self.locale, {})
        for _ in range(300):
            pat = r.choice(PHONE_PATTERNS[self.locale])
            for key, choices in codes.items():
                pat = pat.replace("{" + key + "}", r.choice(choices))
            out = "".join(
                str(r.randint(0, 9)) if c == "X" else str(r.randint(2, 9)) if c == "N" else c
                for c in pat
            )
            number = phonenumbers.parse(out, REGION[self.locale])
            if phonenumbers.is_valid_number(number):
                return out
        raise RuntimeError(f"no valid phone for {self.locale}")

    def email(self, parts: tuple[str, str, str] | None = None) -> str:
        r = self.r
        first, _, last = parts or self._name_parts()
        f, lname = (re.sub(r"[^a-z]", "", _ascii(x).lower()) for x in (first, last))
        local = r.choice(
            [f"{f}.{lname}", f"{f}{lname}{r.randint(1, 99)}", f"{f[:1]}{lname}", f"{f}_{lname}"]
            + [f"{lname}.{f}", f"{f}{r.randint(70, 99)}", f"{f}.{lname}{r.randint(1, 9)}"]
        )
        return f"{local}@{r.choice(EMAIL_DOMAINS[self.locale])}"

    def address(self, multi: bool, box_ok: bool) -> str:
        r = self.r
        lines = ADDRESS_LINES[self.locale](self, box_ok and r.random() < 0.18)
        if r.random() < (0.35 if multi else 0.1):
            lines.append(r.choice(COUNTRY_LINES[self.locale]))
        return ("\n" if multi else ", ").join(lines)

    def _date(self, y0: int, y1: int) -> str:
        r = self.r
        y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
        o = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        mn = MONTHS[self.lang].split()[m - 1]
        if self.lang == "fr" and d == 1:
            return f"1er {mn} {y}"
        return r.choice(DATE_FORMATS[self.locale]).format(d=d, m=m, y=y, mn=mn, o=o)

    def dob(self) -> str:
        return self._date(1938, 2006)

    def card(self) -> str:
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
        if kind == "amex":
            digits = _luhn_complete("3" + r.choice("47") + _digits(r, 12))
            return r.choice([" ", "-", ""]).join([digits[:4], digits[4:10], digits[10:]])
        head = {"visa": "4", "mc": f"5{r.randint(1, 5)}", "disc": "6011"}[kind]
        digits = _luhn_complete(head + _digits(r, 15 - len(head)))
        sep = r.choice([" ", " ", "-", ""])
        return sep.join(digits[k : k + 4] for k in range(0, 16, 4))

    def _iban_raw(self) -> str:
        r = self.r
        cc = r.choice(IBAN_COUNTRIES[self.locale])
        letters, n = IBAN_BBAN[cc]
        bban = (r.choice(BANK_CODES[cc]) if letters else "") + _digits(r, n)
        check = 98 - _mod97(cc + "00" + bban)
        return f"{cc}{check:02d}{bban}"

    def _iban_fmt(self, raw: str) -> str:
        if self.r.random() < 0.6:
            return " ".join(raw[k : k + 4] for k in range(0, len(raw), 4))
        return raw

    def iban(self) -> str:
        return self._iban_fmt(self._iban_raw())

    def iban_bad(self) -> str:
        raw = self._iban_raw()
        check = (int(raw[2:4]) + self.r.randint(1, 90)) % 97 + 2
        bad = f"{raw[:2]}{check:02d}{raw[4:]}"
        return self._iban_fmt(bad) if not iban_valid(bad) else self.iban_bad()

    def ssn(self) -> str:
        r = self.r
        area = r.choice([r.randint(1, 665), r.randint(667, 899)])
        return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

    def ip(self) -> str:
        r = self.r
        while True:
            if r.random() < 0.75:
                value = ".".join(str(x) for x in [r.randint(1, 223)] + r.sample(range(256), 3))
            else:
                head = r.choice(["2a02", "2a01", "2600", "2607", "2405", "2a00:1450", "2001:4860"])
                rest = [f"{r.randint(0, 0xFFFF):x}" for _ in range(8 - len(head.split(":")))]
                value = str(ipaddress.ip_address(":".join(head.split(":") + rest)))
            if ipaddress.ip_address(value).is_global:
                return value

    def secret(self, kind: str | None = None) -> str:
        r = self.r
        kind = kind or r.choice(_SECRET_KINDS)
        if kind == "aws":
            return "AKIA" + _alnum(r, 16, _UPPER_DIGITS)
        if kind == "ghp":
            return "ghp_" + _alnum(r, 36)
        if kind == "stripe":
            return "sk_live_" + _alnum(r, 24)
        if kind == "slack":
            return f"xoxb-{_digits(r, 11)}-{_digits(r, 13)}-{_alnum(r, 24)}"
        if kind == "google":
            return "AIza" + _alnum(r, 35, _B64URL)
        if kind == "sendgrid":
            return f"SG.{_alnum(r, 22, _B64URL)}.{_alnum(r, 43, _B64URL)}"
        header = _b64({"alg": "HS256", "typ": "JWT"})
        payload = _b64({"sub": f"user_{_digits(r, 5)}", "iat": r.randint(1690000000, 1740000000)})
        return f"{header}.{payload}.{_alnum(r, 43, _B64URL)}"

    def password(self) -> str:
        r = self.r
        if r.random() < 0.5:
            word = r.choice(["Summer", "Rosebud", "Bluebird", "Sonnenschein", "Primavera", "Maple"])
            return f"{word}{r.randint(1, 2025)}{r.choice('!#$%&*?')}"
        return _alnum(r, r.randint(10, 14), string.ascii_letters + string.digits + "!#$%&*?@")

    def url_credentials(self) -> str:
        r = self.r
        user = r.choice(["app_user", "svc_billing", "admin", "deploy", "ftpuser", "reporting"])
        pw = _alnum(r, r.randint(8, 16))
        dom = SHOPS[self.locale]
        return r.choice(
            [
                f"postgres://{user}:{pw}@db.{dom}:5432/orders",
                f"mysql://{user}:{pw}@mysql.{dom}:3306/shop",
                f"https://{user}:{pw}@hooks.{dom}/webhook/{_alnum(r, 10)}",
                f"ftp://{user}:{pw}@ftp.{dom}/upload",
                f"sftp://{user}:{pw}@files.{dom}:22/incoming",
                f"redis://default:{pw}@cache.{dom}:6379/0",
                f"amqp://{user}:{pw}@mq.{dom}:5672/%2F",
                f"mongodb+srv://{user}:{pw}@cluster0.{_alnum(r, 5).lower()}.mongodb.net/app",
            ]
        )


# ---------------------------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------------------------


def _amount(v: _Values) -> str:
    r = v.r
    i = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 48000)])
    sep = THOUSANDS.get(v.locale, ".")
    grouped = f"{i:,}".replace(",", sep)
    return r.choice(AMOUNT_FORMATS[v.locale]).format(i=grouped, c=f"{r.randint(0, 99):02d}")


def _time(v: _Values) -> str:
    r = v.r
    h, mi = r.randint(7, 20), r.choice([0, 5, 15, 20, 30, 40, 45, 50])
    h12 = h - 12 if h > 12 else h
    ap = "PM" if h >= 12 else "AM"
    return r.choice(TIME_FORMATS[v.locale]).format(
        h=h, mi=mi, h12=h12, ap=ap, ap2=ap.lower(), ap3="p.m." if h >= 12 else "a.m."
    )


def _digits16(v: _Values) -> str:
    r = v.r
    while True:
        digits = r.choice("3456789") + _digits(r, 15)
        if not luhn_valid(digits):
            return r.choice([" ", "-", ""]).join(digits[k : k + 4] for k in range(0, 16, 4))


def _company_id(v: _Values) -> str:
    r, d = v.r, (lambda n: _digits(v.r, n))
    return {
        "en_US": lambda: f"{r.randint(10, 98)}-{d(7)}",
        "en_CA": lambda: f"{d(9)} RT0001",
        "en_IE": lambda: f"IE{d(7)}{r.choice('ABCDHKW')}",
        "en_IN": lambda: (
            f"{r.randint(10, 36)}AAB{r.choice('CF')}{_alnum(r, 1, string.ascii_uppercase)}"
            f"{d(4)}{r.choice('ABC')}1Z{r.randint(1, 9)}"
        ),
        "fr_CA": lambda: f"11{d(8)}",
        "de_AT": lambda: r.choice([f"ATU{d(8)}", f"FN {d(6)}{r.choice('abdfgkmpt')}"]),
        "es_AR": lambda: f"30-{r.randint(50000000, 71999999)}-{r.randint(0, 9)}",
        "pt_PT": lambda: r.choice([f"PT{r.randint(500, 509)}{d(6)}", f"5{d(2)} {d(3)} {d(3)}"]),
        "nl_BE": lambda: r.choice([f"BE0{d(3)}.{d(3)}.{d(3)}", f"0{d(3)}.{d(3)}.{d(3)}"]),
    }[v.locale]()


def _url(v: _Values) -> str:
    r, dom = v.r, SHOPS[v.locale]
    return r.choice(
        [
            f"https://www.{dom}/orders/{_digits(r, 7)}",
            f"https://{dom}/help/returns",
            f"https://www.{dom}/track?id={_alnum(r, 10)}",
            f"https://status.{dom}/incidents/{_digits(r, 4)}",
            f"http://{dom}/p/{_alnum(r, 8).lower()}",
        ]
    )


def _city_name(v: _Values) -> str:
    return re.sub(r"\s*\d+", "", v.r.choice(CITIES[v.locale])[0])


def _uuid(v: _Values) -> str:
    h = "".join(v.r.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{v.r.choice('89ab')}{h[17:20]}-{h[20:]}"


NEGATIVES = {
    "order": lambda v: v.r.choice(
        [f"#{_digits(v.r, 6)}", f"ORD-{v.r.randint(2022, 2025)}-{_digits(v.r, 6)}"]
        + [f"{_alnum(v.r, 3, string.ascii_uppercase)}-{_digits(v.r, 7)}", _digits(v.r, 9)]
    ),
    "ticket": lambda v: v.r.choice(
        [
            f"INC{_digits(v.r, 7)}",
            f"#{_digits(v.r, 5)}",
            f"CS-{_digits(v.r, 6)}",
            f"SR{_digits(v.r, 8)}",
        ]
    ),
    "invoice": lambda v: v.r.choice(
        [
            f"INV-{v.r.randint(2022, 2025)}-{_digits(v.r, 5)}",
            f"FA-{v.r.randint(2022, 2025)}/{_digits(v.r, 4)}",
        ]
        + [f"RE-{_digits(v.r, 8)}-{_digits(v.r, 2)}"]
    ),
    "version": lambda v: (
        v.r.choice(["", "v", "", "v"])
        + f"{v.r.randint(1, 12)}.{v.r.randint(0, 20)}.{v.r.randint(0, 30)}"
        + v.r.choice(["", "", "", f"-beta.{v.r.randint(1, 9)}", f"-rc{v.r.randint(1, 4)}"])
    ),
    "date": lambda v: v._date(2023, 2025),
    "time": _time,
    "timestamp": lambda v: (
        f"2025-0{v.r.randint(1, 9)}-{v.r.randint(10, 28)}"
        + v.r.choice(["T", " "])
        + f"{v.r.randint(10, 23)}:{v.r.randint(10, 59)}:{v.r.randint(10, 59)}"
        + v.r.choice(["Z", f".{_digits(v.r, 3)}", ""])
    ),
    "amount": _amount,
    "digits16": _digits16,
    "iban_bad": lambda v: v.iban_bad(),
    "url": _url,
    "sha": lambda v: "".join(v.r.choice("0123456789abcdef") for _ in range(v.r.choice([12, 40]))),
    "uuid": _uuid,
    "tracking": lambda v: v.r.choice(
        [f"{v.r.choice(['RR', 'CP', 'LX', 'EE'])}{_digits(v.r, 9)}{TRACKING_CC[v.locale]}"]
        + [f"1Z{_alnum(v.r, 6, _UPPER_DIGITS)}{_digits(v.r, 10)}"]
    ),
    "company_id": _company_id,
    "product": lambda v: v.r.choice(PRODUCTS),
    "brand": lambda v: v.r.choice(BRANDS),
    "street": lambda v: v.r.choice(STREETS[v.locale]),
    "city": _city_name,
    "postcode": lambda v: _postcode(v.locale, v.r, v.r.choice(CITIES[v.locale])[2]),
    "room": lambda v: v.r.choice(
        [str(v.r.randint(101, 950)), f"{v.r.choice('ABCD')}{v.r.randint(2, 48)}"]
        + [
            f"{v.r.randint(2, 38)}{v.r.choice('ACDF')}",
            f"{v.r.randint(1, 5)}.{v.r.randint(10, 40)}",
        ]
    ),
    "serial": lambda v: v.r.choice(
        [_alnum(v.r, 12, _UPPER_DIGITS), f"SN{_digits(v.r, 4)}-{_alnum(v.r, 6, _UPPER_DIGITS)}"]
    ),
}

# ---------------------------------------------------------------------------------------------
# rendering: "{placeholder}" becomes a value, "⟦...⟧" is only kept in docs with hard negatives
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"(\{[a-z0-9_:]+\})")
_OPTIONAL = re.compile(r"⟦[^⟦⟧]*⟧")


def _fill(v: _Values, name: str) -> list[tuple[str, str | None, str | None]]:
    """The pieces one placeholder renders to."""
    if name.startswith("n:"):
        return [(NEGATIVES[name[2:]](v), None, name[2:])]
    if name == "next":  # a new customer (next CSV row)
        v.cust = v._name_parts()
        return []
    if name == "title":
        return [(v.r.choice(TITLES[v.locale]), None, None)]
    values = {
        "cust": lambda: ("person", v.name(v.cust)),
        "cfirst": lambda: ("person", v.first(v.cust)),
        "clast": lambda: ("person", v.cust[2]),
        "person": lambda: ("person", v.name(v._name_parts())),
        "agent": lambda: ("person", v.agent),
        "addr1": lambda: ("address", v.address(False, False)),
        "addrx": lambda: ("address", v.address(False, True)),
        "addrm": lambda: ("address", v.address(True, True)),
        "phone": lambda: ("phone", v.phone()),
        "email": lambda: ("email", v.email(v.cust if v.r.random() < 0.9 else None)),
        "card": lambda: ("card", v.card()),
        "iban": lambda: ("iban", v.iban()),
        "ssn": lambda: ("ssn", v.ssn()),
        "ip": lambda: ("ip", v.ip()),
        "ucred": lambda: ("url_credentials", v.url_credentials()),
        "secret": lambda: ("secret", v.secret()),
        "pw": lambda: ("secret", v.password()),
        "dob": lambda: ("dob", v.dob()),
    }
    if name.startswith("secret:"):
        return [(v.secret(name[7:]), "secret", None)]
    etype, value = values[name]()
    return [(value, etype, None)]


def _render(tpl: str, v: _Values, neg: bool) -> list[tuple[str, str | None, str | None]]:
    tpl = tpl.replace("⟦", "").replace("⟧", "") if neg else _OPTIONAL.sub("", tpl)
    pieces: list[tuple[str, str | None, str | None]] = []
    for part in _TOKEN.split(tpl):
        if _TOKEN.fullmatch(part):
            pieces.extend(_fill(v, part[1:-1]))
        elif part:
            pieces.append((part, None, None))
    return pieces


def _tpls(block: str, sep: str = "\n\n", join: str = " ") -> list[str]:
    """Templates from a text block: `sep` between templates, source newlines become `join`.

    In blocks with join " " (prose) a "¶" stands for a real newline.
    """
    out = []
    for chunk in block.strip().split(sep):
        text = join.join(
            line.strip() if join == " " else line for line in chunk.strip("\n").split("\n")
        )
        out.append(text.replace("¶", "\n").strip())
    return out


# ---------------------------------------------------------------------------------------------
# templates, written per language. Prose: one template per paragraph, "¶" is a newline.
# Structured: templates separated by a "---" line, newlines are real.
# ---------------------------------------------------------------------------------------------

PROSE = {}
EMPTY_PROSE = {}
STRUCT = {}
EMPTY_STRUCT = {}
NEG_LINES = {}

PROSE["en"] = _tpls("""
Hi, I moved last month and my parcel⟦ (order {n:order})⟧ is still being sent to the old place.
Could you update the delivery address to {addr1}? ⟦The old one was on {n:street}, no idea why it's
still on file. ⟧Thanks, {cfirst}

hello, my name is {cust} and I was charged twice for the same booking⟦ ({n:amount} each time)⟧.
I paid with my card {card} and both charges show on the statement. You can reach me on {phone}
after 5pm.

Good morning, I'm writing on behalf of my mother {person}, she's 82 and doesn't use email. Her
date of birth is {dob} and she lives at {addr1}. Could someone ring her on {phone}? Kind regards,
{cust}

Please cancel the direct debit from account {iban}⟦ before the next collection on {n:date}⟧. I've
closed that account and opened a new one. Thank you, {cust}

A technician was booked to come to {addr1} today and nobody showed up⟦ between {n:time} and
{n:time}⟧. My neighbour {person} waited in for me the whole afternoon. Not happy at all, please
call me back on {phone}.

Can you send the replacement⟦ {n:product}⟧ to my work address instead, {addr1}? If I'm not
around ask for {person} at reception, she knows it's coming.

Hi {agent}, thanks for getting back to me so quickly. Yes the account holder is {cust}, born
{dob}. The email on file should be {email} but I can't access that mailbox anymore.

I think someone has got into my account. There was a login from {ip} that definitely wasn't
me⟦, around {n:time} on {n:date}⟧. I changed my password already. Please lock everything linked
to {email}.

One of our devs pushed a live key to a public repo by mistake: {secret} Can you revoke it
asap?⟦ It was in commit {n:sha}.⟧ Call me on {phone} if you need me to verify anything. {cust}

Our webhook has been failing since yesterday's update⟦ (we're on {n:version})⟧. The endpoint is
set to {ucred} - is basic auth in the URL still supported or do we need to change it?

Just to let you know my new address is {addr1} and my new mobile is {phone}, everything else
stays the same. Cheers {cfirst}

hi its {cfirst} again. the courier left my package at {addr1} which isnt even my house, the lady
there {person} said she'd hold on to it till I collect it.⟦ tracking no. is {n:tracking}⟧

My son {person} will collect the order⟦ {n:order}⟧ on Saturday, he has my permission. If there
is any problem please call me on {phone} or email {email}.

Dear Sir or Madam, I wish to complain about a member of staff, {person}, at your branch⟦ on
{n:street}⟧. I was made to wait⟦ until {n:time}⟧ and then told to come back another day. My
details are {cust}, {addr1}.

Could you please change the name on the booking from {person} to {cust}? We are travelling
together⟦, seat {n:room} is fine⟧. The phone number for the booking is {phone}.

The refund still hasn't come through⟦, it's been 14 days since the return was logged as
{n:ticket}⟧. Please send it to {iban} rather than back to the card, that card was cancelled.

I got a letter addressed to {person} at {addr1}, but nobody by that name has lived here for
years. Can you update your records please?

We're moving the office from {addr1} to {addr1} on the first of the month, please move the
broadband over and keep {phone} as the contact number.

Note from call - {title} {clast} rang to say the meter at {addr1} was read wrong⟦ on
{n:date}⟧. Wants a callback on {phone}.

I can't log into the router admin page, the default password {pw} on the sticker doesn't
work⟦ (model {n:product}, serial {n:serial})⟧. Can someone help? {cust}
""")
EMPTY_PROSE["en"] = _tpls("""
Hi there, just wondering if the⟦ {n:product}⟧ will be back in stock before Christmas? The website
still says sold out. Thanks!

My order⟦ {n:order}⟧ arrived damaged, the box was completely crushed. What's the process for
returning it?⟦ I paid {n:amount} for it.⟧

The app keeps crashing every time I open settings⟦ (version {n:version} on a {n:product})⟧.
Already reinstalled twice, any ideas?

Is the shop⟦ on {n:street} in {n:city}⟧ open on the bank holiday? couldn't find opening hours
anywhere on your site

Still waiting on the invoice⟦ {n:invoice}⟧ to be corrected, the VAT number is wrong on it⟦, ours
is {n:company_id}⟧.

Do you still sell⟦ {n:brand}⟧ shirts? I can only find the old season online.
""")
NEG_LINES["en"] = _tpls("""
¶¶Sent from my {n:product}

¶¶Ref: {n:ticket}

¶¶P.S. the gift card number on the back is {n:digits16}, not sure if you need it.

¶¶You can see the listing here: {n:url}

¶¶P.S. your invoice shows {n:iban_bad} as our account but my banking app says that's not valid.

¶¶Error ID: {n:uuid}

¶¶Bought it at the {n:brand} outlet if that matters.

¶¶Does this apply to the {n:postcode} area too?

¶¶We're based near {n:city}.

¶¶Device serial: {n:serial}

¶¶I'm in room {n:room} until Friday.

¶¶Tracking: {n:tracking}

¶¶Invoice {n:invoice} attached.
""")
STRUCT["en"] = _tpls(
    """
Hi,

Yes that's correct, please ship it to:

{addrm}

Thanks
{cfirst}

⟦On {n:date} at {n:time}, ⟧Customer Care <care@brightcart.com> wrote:
> Hi,
>
> Before we re-send⟦ order {n:order}⟧ could you confirm the delivery address?
>
> Kind regards,
> {agent}
---
Thanks. My number is {phone}, best to call after 6.

{cust}

-----Original Message-----
From: {agent} <support@netlink-help.com>
⟦Sent: {n:date} {n:time}
⟧Subject: RE: delivery issue

Hello, could you share a contact number so the driver can reach you?
---
FYI see below - customer is asking for a callback.

---------- Forwarded message ---------
From: {cust} <{email}>
⟦Date: {n:date}
⟧Subject: payment issue

Hi, my card {card} was declined twice but the money still left my account. Please call me on \
{phone}.

thanks
---
Chat transcript⟦ #{n:ticket}⟧

You are now chatting with {agent}.
Visitor: hi, I need to change my delivery address
Support: Sure! Can I have your full name please?
Visitor: {cust}⟦, order {n:order}⟧
Support: Thanks. What's the new address?
Visitor: {addr1}
Support: Done. Anything else?
Visitor: no thats it thx
---
Hello,

Please find attached the signed form for the new supplier account⟦ (our VAT number is \
{n:company_id})⟧. Let me know if you need anything else.

Best regards,

{cust}
Accounts Payable
{addrm}
T: {phone} ext. 214
E: {email}
""",
    sep="\n---\n",
    join="\n",
)
EMPTY_STRUCT["en"] = _tpls(
    """
ok thanks, that fixed it!

> Hello,
> could you try clearing the cache and logging in again?⟦
> Ticket: {n:ticket}⟧
> Support Team
---
Weekly returns summary⟦ ({n:date})⟧

returns opened: 41
returns closed: 37⟦
oldest open: {n:order}⟧
""",
    sep="\n---\n",
    join="\n",
)
LOCALE_PROSE = {
    "en_US": _tpls("""
I need a copy of my 1099 for last year. My SSN is {ssn} and the account is under {cust}. Please
mail it to {addrx}.

Calling about my dad's account, {person}. He passed away in March. His social is {ssn} and his
date of birth {dob}. You can reach me at {phone}.

Hi, the W-9 you have on file is wrong, my social security number is {ssn} not the one printed on
the form⟦ (ref {n:ticket})⟧. Thanks, {cust}
"""),
    "en_CA": _tpls("""
Hi there, my mail is still going to my old place. Could you please update my file to {addr1}?
Best number to reach me is {phone}. Thanks so much, {cust}

Hey, the installer never showed at {addr1} this morning⟦, booking {n:order}⟧. My partner {person}
took the day off for nothing. Call me at {phone} please.
"""),
    "en_IE": _tpls("""
Hi, the lad delivering said he couldn't find the house, it's {addr1}, the one with the red door.
Would ye ask him to ring me on {phone} next time? Thanks a million, {cfirst}

Howya, I'm after being charged for a bin collection that never happened at {addr1}⟦ on
{n:date}⟧. Account's in my name, {cust}.
"""),
    "en_IN": _tpls("""
Dear Sir, kindly do the needful and update my communication address to {addr1}. My registered
mobile number is {phone}. Regards, {cust}

Respected Madam, my father {person} has not received the pension credit⟦ dated {n:date}⟧. His
mobile is {phone} and he stays at {addr1}. Please revert at the earliest.
"""),
}

PROSE["fr"] = _tpls("""
Bonjour, j'ai déménagé le mois passé et mon colis⟦ (commande {n:order})⟧ est encore envoyé à
l'ancienne adresse. Pouvez-vous changer l'adresse de livraison pour {addr1}? Merci, {cfirst}

Allô, je m'appelle {cust} et j'ai été facturée deux fois pour la même réservation⟦ ({n:amount}
chaque fois)⟧. J'ai payé avec la carte {card}. Vous pouvez me rejoindre au {phone} après 17 h.

Bonjour, je vous écris au nom de ma mère, {person}, qui a 84 ans et n'utilise pas le courriel.
Elle est née le {dob} et elle habite au {addr1}. Pourriez-vous l'appeler au {phone}?
Cordialement, {cust}

Veuillez annuler le prélèvement automatique sur le compte {iban}⟦ avant le prochain débit du
{n:date}⟧. J'ai fermé ce compte. Merci, {cust}

Un technicien devait passer au {addr1} aujourd'hui et personne n'est venu⟦ entre {n:time} et
{n:time}⟧. Mon voisin {person} a attendu tout l'après-midi pour rien. Rappelez-moi au {phone}
svp.

Bonjour {agent}, merci pour votre réponse rapide. Oui, le titulaire du compte est {cust}, né le
{dob}. Le courriel au dossier devrait être {email} mais je n'y ai plus accès.

Je pense que quelqu'un a accédé à mon compte. Il y a une connexion depuis {ip} qui n'est pas
moi⟦, vers {n:time} le {n:date}⟧. Merci de bloquer le compte lié à {email}.

Un de nos développeurs a publié par erreur une clé de production dans un dépôt public : {secret}
Pouvez-vous la révoquer au plus vite?⟦ C'était dans le commit {n:sha}.⟧ {cust}

Notre intégration ne fonctionne plus depuis la mise à jour⟦ (version {n:version})⟧. Le point de
terminaison est configuré comme {ucred}, est-ce que ce format est encore accepté?

Ma nouvelle adresse est {addr1} et mon nouveau cell est le {phone}. Le reste ne change pas.
Bonne journée, {cfirst}

mon fils {person} va ramasser la commande⟦ {n:order}⟧ samedi, il a mon autorisation. En cas de
problème appelez moi au {phone}.

J'ai reçu une lettre adressée à {person} au {addr1}, mais personne de ce nom n'habite ici depuis
des années. Pouvez-vous corriger vos dossiers?

Le remboursement n'est toujours pas arrivé⟦, ça fait deux semaines que le retour est enregistré
sous le numéro {n:ticket}⟧. Merci de le verser sur le compte {iban} plutôt que sur la carte.

Je voudrais me plaindre de l'accueil à votre succursale⟦ de la {n:street}⟧. L'employée, {person},
m'a fait attendre⟦ jusqu'à {n:time}⟧ pour rien. Mes coordonnées : {cust}, {phone}.

Nous déménageons nos bureaux du {addr1} au {addr1} le premier du mois, merci de transférer
l'abonnement Internet et de garder le {phone} comme numéro de contact.

Note d'appel - {title} {clast} a appelé pour dire que le compteur au {addr1} a été mal relevé⟦ le
{n:date}⟧. Rappel au {phone}.

Impossible d'entrer dans la page d'administration du modem, le mot de passe {pw} sur
l'étiquette ne marche pas⟦ (modèle {n:product}, no de série {n:serial})⟧. Merci, {cust}
""")
EMPTY_PROSE["fr"] = _tpls("""
Bonjour, est-ce que le⟦ {n:product}⟧ sera de retour en stock avant les Fêtes? Le site indique
toujours rupture de stock. Merci!

Ma commande⟦ {n:order}⟧ est arrivée endommagée, la boîte était écrasée. Comment je fais pour la
retourner?⟦ Je l'ai payée {n:amount}.⟧

L'application plante chaque fois que j'ouvre les paramètres⟦ (version {n:version})⟧. Je l'ai
déjà réinstallée deux fois.

Est-ce que votre magasin⟦ de {n:city}⟧ est ouvert le lundi de Pâques?

La facture⟦ {n:invoice}⟧ doit être corrigée, le numéro d'entreprise est erroné⟦, le nôtre est
{n:company_id}⟧.

Vendez-vous encore les chemises⟦ {n:brand}⟧? Je trouve juste l'ancienne collection en ligne.
""")
NEG_LINES["fr"] = _tpls("""
Envoyé de mon {n:product}

Réf. : {n:ticket}

P.-S. le numéro de la carte-cadeau au verso est {n:digits16}, au cas où.

Le produit est ici : {n:url}

P.-S. votre facture indique {n:iban_bad} comme compte, mais ma banque dit qu'il n'est pas valide.

ID d'erreur : {n:uuid}

Acheté à la boutique {n:brand}, si ça change quelque chose.

Est-ce que ça s'applique aussi au secteur {n:postcode}?

Nous sommes près de {n:city}.

No de série de l'appareil : {n:serial}

Je suis à la chambre {n:room} jusqu'à vendredi.

Suivi : {n:tracking}

Facture {n:invoice} en pièce jointe.
""")
STRUCT["fr"] = _tpls(
    """
Bonjour,

Oui c'est exact, veuillez l'envoyer à :

{addrm}

Merci
{cfirst}

⟦Le {n:date} à {n:time}, ⟧Service à la clientèle <service@boutiquenordik.ca> a écrit :
> Bonjour,
>
> Avant de réexpédier⟦ la commande {n:order}⟧, pouvez-vous confirmer l'adresse de livraison?
>
> Cordialement,
> {agent}
---
Merci. Mon numéro est le {phone}, le mieux c'est après 18 h.

{cust}

-----Message d'origine-----
De : {agent} <soutien@telecomplus-qc.ca>
⟦Envoyé : {n:date} {n:time}
⟧Objet : RE: problème de livraison

Bonjour, pourriez-vous nous donner un numéro pour que le livreur puisse vous joindre?
---
Pour info, voir plus bas - la cliente demande qu'on la rappelle.

---------- Message transféré ---------
De : {cust} <{email}>
⟦Date : {n:date}
⟧Objet : problème de paiement

Bonjour, ma carte {card} a été refusée deux fois mais l'argent est sorti de mon compte. \
Appelez-moi au {phone} svp.

merci
---
Transcription du clavardage⟦ no {n:ticket}⟧

Vous clavardez maintenant avec {agent}.
Visiteur : bonjour je dois changer mon adresse de livraison
Soutien : Bien sûr! Votre nom complet svp?
Visiteur : {cust}⟦, commande {n:order}⟧
Soutien : Merci. Quelle est la nouvelle adresse?
Visiteur : {addr1}
Soutien : C'est fait. Autre chose?
Visiteur : non merci
---
Bonjour,

Vous trouverez ci-joint le formulaire signé pour l'ouverture du compte fournisseur⟦ (notre \
NEQ : {n:company_id})⟧.

Cordialement,

{cust}
Comptes fournisseurs
{addrm}
Tél. : {phone} poste 214
Courriel : {email}
""",
    sep="\n---\n",
    join="\n",
)
EMPTY_STRUCT["fr"] = _tpls(
    """
ok merci, ça a marché!

> Bonjour,
> pouvez-vous vider la cache et vous reconnecter?⟦
> Billet : {n:ticket}⟧
> L'équipe du soutien
---
Sommaire hebdo des retours⟦ ({n:date})⟧

retours ouverts : 41
retours fermés : 37⟦
plus ancien : {n:order}⟧
""",
    sep="\n---\n",
    join="\n",
)

PROSE["de"] = _tpls("""
Grüß Gott, ich bin letzten Monat umgezogen und mein Paket⟦ (Bestellung {n:order})⟧ geht immer
noch an die alte Adresse. Bitte ändern Sie die Lieferadresse auf {addr1}. Danke, {cfirst}

Hallo, mein Name ist {cust} und mir wurde dieselbe Buchung zweimal abgebucht⟦ (je
{n:amount})⟧. Bezahlt habe ich mit der Karte {card}. Sie erreichen mich unter {phone} ab 17 Uhr.

Sehr geehrte Damen und Herren, ich schreibe im Namen meiner Mutter {person}, sie ist 83 und hat
keine E-Mail. Sie ist am {dob} geboren, ihre Anschrift ist {addr1}. Könnten Sie sie unter
{phone} anrufen? Mit freundlichen Grüßen {cust}

Bitte stornieren Sie den Lastschrifteinzug von meinem Konto {iban}⟦ vor der nächsten Abbuchung
am {n:date}⟧. Das Konto ist bereits gekündigt. Danke, {cust}

Heute hätte ein Techniker zu uns kommen sollen ({addr1}), es ist aber niemand erschienen⟦
(Zeitfenster {n:time} bis {n:time})⟧. Meine Nachbarin {person} hat den ganzen Nachmittag umsonst
gewartet. Bitte rufen Sie mich unter {phone} zurück.

Hallo {agent}, danke für die schnelle Antwort. Ja, Kontoinhaber ist {cust}, geboren am {dob}. Die
hinterlegte E-Mail müsste {email} sein, auf die hab ich aber keinen Zugriff mehr.

Ich glaube, jemand hat sich in mein Konto eingeloggt. Es gibt eine Anmeldung von {ip}, die nicht
von mir war⟦, um {n:time} am {n:date}⟧. Bitte sperren Sie alles, was mit {email} verknüpft ist.

Einer unserer Entwickler hat versehentlich einen Live-Key in ein öffentliches Repo gepusht:
{secret} Bitte so schnell wie möglich widerrufen!⟦ Commit {n:sha}.⟧ Rückfragen gerne an {phone}.
{cust}

Unser Webhook funktioniert seit dem Update nicht mehr⟦ (Version {n:version})⟧. Als Endpoint ist
{ucred} eingetragen, wird das so noch unterstützt?

Meine neue Adresse lautet {addr1}, neue Handynummer {phone}. Sonst bleibt alles gleich. LG
{cfirst}

mein sohn {person} holt die bestellung⟦ {n:order}⟧ am samstag ab, er hat meine vollmacht. bei
problemen bitte unter {phone} melden

Ich habe einen Brief an {person}, {addr1}, bekommen, aber diese Person wohnt seit Jahren nicht
mehr hier. Bitte korrigieren Sie Ihre Daten.

Die Rückerstattung ist immer noch nicht da⟦, die Retoure ist seit zwei Wochen unter {n:ticket}
erfasst⟧. Bitte überweisen Sie den Betrag auf {iban} und nicht auf die Karte.

Ich möchte mich über Ihre Filiale⟦ in der {n:street}⟧ beschweren. Die Mitarbeiterin {person} hat
mich⟦ bis {n:time}⟧ warten lassen. Meine Daten: {cust}, {phone}.

Wir übersiedeln am Monatsersten mit dem Büro von {addr1} nach {addr1}, bitte das Internet
mitnehmen und {phone} als Kontaktnummer behalten.

Telefonnotiz - {title} {clast} hat angerufen, der Zählerstand bei {addr1} wurde falsch
abgelesen⟦ am {n:date}⟧. Bitte um Rückruf unter {phone}.

Ich komme nicht in die Admin-Seite vom Router, das Passwort {pw} vom Aufkleber funktioniert
nicht⟦ (Modell {n:product}, Seriennummer {n:serial})⟧. Danke, {cust}
""")
EMPTY_PROSE["de"] = _tpls("""
Hallo, ist der⟦ {n:product}⟧ vor Weihnachten wieder lieferbar? Auf der Website steht noch immer
ausverkauft.

Meine Bestellung⟦ {n:order}⟧ ist beschädigt angekommen, der Karton war komplett eingedrückt. Wie
funktioniert die Rücksendung?⟦ Bezahlt hab ich {n:amount}.⟧

Die App stürzt jedes Mal ab, wenn ich die Einstellungen öffne⟦ (Version {n:version})⟧. Hab sie
schon zweimal neu installiert.

Hat die Filiale⟦ in {n:city}⟧ am Feiertag offen? Finde keine Öffnungszeiten auf eurer Seite.

Die Rechnung⟦ {n:invoice}⟧ muss korrigiert werden, die UID-Nummer stimmt nicht⟦, unsere ist
{n:company_id}⟧.

Gibt es die Hemden von⟦ {n:brand}⟧ noch? Online finde ich nur die alte Kollektion.
""")
NEG_LINES["de"] = _tpls("""
Von meinem {n:product} gesendet

Ref.: {n:ticket}

PS: die Nummer auf der Geschenkkarte ist {n:digits16}, falls Sie die brauchen.

Hier der Artikel: {n:url}

PS: auf Ihrer Rechnung steht {n:iban_bad} als Konto, laut meiner Bank ist die ungültig.

Fehler-ID: {n:uuid}

Gekauft im {n:brand} Outlet, falls das wichtig ist.

Gilt das auch für {n:postcode}?

Wir sind in der Nähe von {n:city}.

Seriennummer: {n:serial}

Ich bin bis Freitag in Zimmer {n:room}.

Sendungsnummer: {n:tracking}

Rechnung {n:invoice} im Anhang.
""")
STRUCT["de"] = _tpls(
    """
Hallo,

ja, das passt so, bitte an folgende Adresse schicken:

{addrm}

Danke
{cfirst}

Kundenservice <service@alpenshop.at> schrieb⟦ am {n:date} um {n:time}⟧:
> Hallo,
>
> bevor wir⟦ die Bestellung {n:order}⟧ erneut versenden, bestätigen Sie bitte die Lieferadresse.
>
> Freundliche Grüße
> {agent}
---
Danke. Meine Nummer ist {phone}, am besten nach 18 Uhr.

{cust}

-----Ursprüngliche Nachricht-----
Von: {agent} <support@netzwerk-ost.at>
⟦Gesendet: {n:date} {n:time}
⟧Betreff: AW: Zustellproblem

Grüß Gott, könnten Sie uns eine Telefonnummer für den Zusteller geben?
---
zur Info, siehe unten - Kundin bittet um Rückruf.

---------- Weitergeleitete Nachricht ---------
Von: {cust} <{email}>
⟦Datum: {n:date}
⟧Betreff: Zahlungsproblem

Hallo, meine Karte {card} wurde zweimal abgelehnt, aber das Geld ist trotzdem abgebucht worden. \
Bitte rufen Sie mich an: {phone}

danke
---
Chatverlauf⟦ {n:ticket}⟧

Sie chatten jetzt mit {agent}.
Besucher: hallo, ich muss meine Lieferadresse ändern
Support: Gerne! Wie ist Ihr vollständiger Name?
Besucher: {cust}⟦, Bestellung {n:order}⟧
Support: Danke. Und die neue Adresse?
Besucher: {addr1}
Support: Erledigt. Sonst noch etwas?
Besucher: nein danke
---
Sehr geehrte Damen und Herren,

anbei das unterschriebene Formular für das neue Lieferantenkonto⟦ (unsere UID: {n:company_id})⟧.

Mit freundlichen Grüßen

{cust}
Buchhaltung
{addrm}
Tel.: {phone} DW 214
E-Mail: {email}
""",
    sep="\n---\n",
    join="\n",
)
EMPTY_STRUCT["de"] = _tpls(
    """
ok danke, jetzt geht's!

> Hallo,
> bitte leeren Sie den Cache und melden Sie sich neu an.⟦
> Ticket: {n:ticket}⟧
> Ihr Support-Team
---
Wochenübersicht Retouren⟦ ({n:date})⟧

offen: 41
erledigt: 37⟦
älteste: {n:order}⟧
""",
    sep="\n---\n",
    join="\n",
)

PROSE["es"] = _tpls("""
Hola, me mudé el mes pasado y mi paquete⟦ (pedido {n:order})⟧ sigue yendo a la dirección vieja.
¿Me pueden cambiar la dirección de entrega a {addr1}? Gracias, {cfirst}

Hola, soy {cust} y me cobraron dos veces la misma reserva⟦ ({n:amount} cada vez)⟧. Pagué con la
tarjeta {card}. Me pueden llamar al {phone} después de las 17.

Buenos días, les escribo por mi mamá, {person}, que tiene 81 años y no usa mail. Nació el {dob} y
vive en {addr1}. ¿La podrían llamar al {phone}? Saludos, {cust}

Por favor den de baja el débito automático de la cuenta {iban}⟦ antes del próximo cobro del
{n:date}⟧. Ya cerré esa cuenta. Gracias, {cust}

Hoy tenía que venir un técnico a {addr1} y no vino nadie⟦ entre las {n:time} y las {n:time}⟧.
Mi vecina {person} estuvo esperando toda la tarde. Llamame al {phone} por favor.

Hola {agent}, gracias por responder tan rápido. Sí, el titular es {cust}, fecha de nacimiento
{dob}. El mail registrado debería ser {email} pero ya no tengo acceso.

Creo que alguien entró a mi cuenta. Hay un inicio de sesión desde {ip} que no fui yo⟦, a las
{n:time} del {n:date}⟧. Bloqueen todo lo asociado a {email} por favor.

Uno de nuestros desarrolladores subió por error una clave productiva a un repo público: {secret}
¿La pueden revocar urgente?⟦ Está en el commit {n:sha}.⟧ Cualquier cosa al {phone}. {cust}

La integración dejó de andar desde la actualización⟦ (versión {n:version})⟧. El endpoint está
configurado como {ucred}, ¿ese formato se sigue aceptando?

Les aviso que mi nueva dirección es {addr1} y mi celu nuevo es {phone}. Lo demás queda igual.
Abrazo, {cfirst}

mi hijo {person} va a retirar el pedido⟦ {n:order}⟧ el sábado, tiene mi autorización. cualquier
problema llamen al {phone}

Me llegó una carta a nombre de {person} en {addr1}, pero esa persona no vive acá hace años.
¿Pueden actualizar sus datos?

Todavía no me devolvieron la plata⟦, hace dos semanas que la devolución figura como
{n:ticket}⟧. Transfiéranla a la cuenta {iban} y no a la tarjeta, por favor.

Quiero hacer un reclamo por la atención en la sucursal⟦ de {n:street}⟧. La empleada, {person}, me
hizo esperar⟦ hasta las {n:time}⟧ para nada. Mis datos: {cust}, {phone}.

Nos mudamos con la oficina de {addr1} a {addr1} el primero de mes, por favor pasen el servicio de
internet y dejen el {phone} como teléfono de contacto.

Nota de llamada - {title} {clast} llamó para avisar que el medidor de {addr1} se leyó mal⟦ el
{n:date}⟧. Pide que lo llamen al {phone}.

No puedo entrar a la página de administración del router, la contraseña {pw} de la etiqueta no
anda⟦ (modelo {n:product}, serie {n:serial})⟧. Gracias, {cust}
""")
EMPTY_PROSE["es"] = _tpls("""
Hola, ¿el⟦ {n:product}⟧ vuelve a entrar antes de fin de año? En la web sigue figurando sin stock.

Mi pedido⟦ {n:order}⟧ llegó roto, la caja estaba toda aplastada. ¿Cómo hago la devolución?⟦ Lo
pagué {n:amount}.⟧

La app se cierra cada vez que abro configuración⟦ (versión {n:version})⟧. Ya la reinstalé dos
veces.

¿La sucursal⟦ de {n:city}⟧ abre el feriado?

Hay que corregir la factura⟦ {n:invoice}⟧, el CUIT está mal⟦, el nuestro es {n:company_id}⟧.

¿Siguen vendiendo las camisas⟦ {n:brand}⟧? En la web solo encuentro la temporada pasada.
""")
NEG_LINES["es"] = _tpls("""
Enviado desde mi {n:product}

Ref.: {n:ticket}

PD: el número de la gift card atrás es {n:digits16}, por si lo necesitan.

El producto está acá: {n:url}

PD: en la factura figura {n:iban_bad} como cuenta pero mi banco dice que no es válida.

ID de error: {n:uuid}

Lo compré en el local de {n:brand}, por si sirve.

¿Esto vale también para el CP {n:postcode}?

Estamos cerca de {n:city}.

Número de serie: {n:serial}

Estoy en la habitación {n:room} hasta el viernes.

Seguimiento: {n:tracking}

Adjunto la factura {n:invoice}.
""")
STRUCT["es"] = _tpls(
    """
Hola,

sí, está bien, mandalo a esta dirección:

{addrm}

Gracias
{cfirst}

⟦El {n:date} a las {n:time}, ⟧Atención al Cliente <ayuda@tiendapampa.com.ar> escribió:
> Hola,
>
> Antes de reenviar⟦ el pedido {n:order}⟧, ¿nos confirmás la dirección de entrega?
>
> Saludos,
> {agent}
---
Gracias. Mi número es {phone}, mejor después de las 18.

{cust}

-----Mensaje original-----
De: {agent} <soporte@conectar-sur.com.ar>
⟦Enviado: {n:date} {n:time}
⟧Asunto: RE: problema con la entrega

Hola, ¿nos pasás un teléfono para que el repartidor te pueda ubicar?
---
Te reenvío, la clienta pide que la llamen.

---------- Mensaje reenviado ---------
De: {cust} <{email}>
⟦Fecha: {n:date}
⟧Asunto: problema con el pago

Hola, mi tarjeta {card} fue rechazada dos veces pero igual me debitaron la plata. Llámenme al \
{phone} por favor.

gracias
---
Transcripción del chat⟦ {n:ticket}⟧

Ahora estás chateando con {agent}.
Visitante: hola, necesito cambiar la dirección de entrega
Soporte: ¡Claro! ¿Me decís tu nombre completo?
Visitante: {cust}⟦, pedido {n:order}⟧
Soporte: Gracias. ¿Cuál es la dirección nueva?
Visitante: {addr1}
Soporte: Listo. ¿Algo más?
Visitante: no, gracias
---
Buenas tardes,

Les adjunto el formulario firmado para el alta como proveedor⟦ (nuestro CUIT es {n:company_id})⟧.

Saludos cordiales,

{cust}
Cuentas a Pagar
{addrm}
Tel.: {phone} int. 214
Mail: {email}
""",
    sep="\n---\n",
    join="\n",
)
EMPTY_STRUCT["es"] = _tpls(
    """
ok gracias, ¡ya funciona!

> Hola,
> ¿podés borrar la caché y volver a iniciar sesión?⟦
> Ticket: {n:ticket}⟧
> Equipo de Soporte
---
Resumen semanal de devoluciones⟦ ({n:date})⟧

abiertas: 41
cerradas: 37⟦
más antigua: {n:order}⟧
""",
    sep="\n---\n",
    join="\n",
)

PROSE["pt"] = _tpls("""
Boa tarde, mudei de casa no mês passado e a minha encomenda⟦ (n.º {n:order})⟧ continua a ir para
a morada antiga. Podem alterar a morada de entrega para {addr1}? Obrigada, {cfirst}

Olá, chamo-me {cust} e fui cobrado duas vezes pela mesma reserva⟦ ({n:amount} de cada vez)⟧.
Paguei com o cartão {card}. Podem ligar-me para o {phone} depois das 17h.

Bom dia, escrevo em nome da minha mãe, {person}, que tem 82 anos e não usa email. Nasceu a {dob}
e a morada dela é {addr1}. Podiam telefonar-lhe para o {phone}? Cumprimentos, {cust}

Por favor cancelem o débito direto da conta {iban}⟦ antes da próxima cobrança a {n:date}⟧. Já
fechei essa conta. Obrigado, {cust}

Hoje devia ter vindo um técnico a {addr1} e não apareceu ninguém⟦ entre as {n:time} e as
{n:time}⟧. A minha vizinha {person} esteve à espera a tarde toda. Liguem-me para o {phone}, por
favor.

Olá {agent}, obrigado pela resposta rápida. Sim, o titular é {cust}, data de nascimento {dob}. O
email associado deve ser {email} mas já não tenho acesso.

Acho que alguém entrou na minha conta. Há um acesso a partir de {ip} que não fui eu⟦, às
{n:time} de {n:date}⟧. Bloqueiem tudo o que está ligado a {email}, por favor.

Um dos nossos programadores publicou por engano uma chave de produção num repositório público:
{secret} Podem revogá-la com urgência?⟦ Está no commit {n:sha}.⟧ Qualquer coisa, {phone}. {cust}

A integração deixou de funcionar desde a atualização⟦ (versão {n:version})⟧. O endpoint está
configurado como {ucred}, este formato ainda é suportado?

Informo que a minha nova morada é {addr1} e o novo telemóvel é {phone}. O resto mantém-se.
Obrigada, {cfirst}

o meu filho {person} vai levantar a encomenda⟦ {n:order}⟧ no sábado, tem a minha autorização.
qualquer problema liguem para {phone}

Recebi uma carta dirigida a {person} para {addr1}, mas essa pessoa já não vive cá há anos. Podem
atualizar os vossos registos?

O reembolso ainda não chegou⟦, a devolução está registada há duas semanas como {n:ticket}⟧. Por
favor transfiram para o IBAN {iban} e não para o cartão.

Quero apresentar uma reclamação sobre o atendimento na loja⟦ da {n:street}⟧. A funcionária,
{person}, deixou-me à espera⟦ até às {n:time}⟧. Os meus dados: {cust}, {phone}.

Vamos mudar o escritório de {addr1} para {addr1} no início do mês, por favor passem a internet
para a nova morada e mantenham o {phone} como contacto.

Nota de chamada - {title} {clast} ligou a dizer que a leitura do contador em {addr1} está
errada⟦ desde {n:date}⟧. Pede para ligarem para o {phone}.

Não consigo entrar na página de administração do router, a palavra-passe {pw} do autocolante não
funciona⟦ (modelo {n:product}, n.º de série {n:serial})⟧. Obrigado, {cust}
""")
EMPTY_PROSE["pt"] = _tpls("""
Olá, o⟦ {n:product}⟧ volta a ter stock antes do Natal? No site continua esgotado.

A minha encomenda⟦ {n:order}⟧ chegou danificada, a caixa vinha toda amassada. Como faço a
devolução?⟦ Paguei {n:amount}.⟧

A aplicação fecha sempre que abro as definições⟦ (versão {n:version})⟧. Já reinstalei duas
vezes.

A loja⟦ de {n:city}⟧ está aberta no feriado?

A fatura⟦ {n:invoice}⟧ tem de ser corrigida, o NIPC da empresa está errado⟦, o nosso é
{n:company_id}⟧.

Ainda vendem as camisas⟦ {n:brand}⟧? No site só encontro a coleção antiga.
""")
NEG_LINES["pt"] = _tpls("""
Enviado do meu {n:product}

Ref.: {n:ticket}

PS: o número do cartão-oferta no verso é {n:digits16}, caso precisem.

O artigo está aqui: {n:url}

PS: a vossa fatura indica {n:iban_bad} como conta mas o meu banco diz que não é válido.

ID do erro: {n:uuid}

Comprei na loja {n:brand}, se interessar.

Isto também se aplica ao código postal {n:postcode}?

Estamos perto de {n:city}.

N.º de série: {n:serial}

Estou no quarto {n:room} até sexta.

Seguimento: {n:tracking}

Segue a fatura {n:invoice} em anexo.
""")
STRUCT["pt"] = _tpls(
    """
Olá,

sim, está correto, enviem para esta morada:

{addrm}

Obrigada
{cfirst}

⟦A {n:date}, às {n:time}, ⟧Apoio ao Cliente <apoio@lojaatlantico.pt> escreveu:
> Olá,
>
> Antes de reenviarmos⟦ a encomenda {n:order}⟧, pode confirmar a morada de entrega?
>
> Com os melhores cumprimentos,
> {agent}
---
Obrigado. O meu número é {phone}, de preferência depois das 18h.

{cust}

-----Mensagem original-----
De: {agent} <suporte@telco-norte.pt>
⟦Enviada: {n:date} {n:time}
⟧Assunto: RE: problema na entrega

Boa tarde, pode indicar-nos um contacto para o estafeta?
---
Para conhecimento, ver abaixo - a cliente pede que lhe liguem.

---------- Mensagem reencaminhada ---------
De: {cust} <{email}>
⟦Data: {n:date}
⟧Assunto: problema no pagamento

Boa tarde, o meu cartão {card} foi recusado duas vezes mas o dinheiro saiu da conta. Liguem-me \
para o {phone}, por favor.

obrigada
---
Transcrição do chat⟦ {n:ticket}⟧

Está agora a conversar com {agent}.
Visitante: olá, preciso de alterar a morada de entrega
Apoio: Claro! Pode indicar o seu nome completo?
Visitante: {cust}⟦, encomenda {n:order}⟧
Apoio: Obrigado. Qual é a nova morada?
Visitante: {addr1}
Apoio: Está feito. Mais alguma coisa?
Visitante: não, obrigada
---
Boa tarde,

Segue em anexo o formulário assinado para a abertura da conta de fornecedor⟦ (o nosso NIPC é \
{n:company_id})⟧.

Com os melhores cumprimentos,

{cust}
Contabilidade
{addrm}
Tel.: {phone} ext. 214
Email: {email}
""",
    sep="\n---\n",
    join="\n",
)
EMPTY_STRUCT["pt"] = _tpls(
    """
ok obrigado, já funciona!

> Olá,
> pode limpar a cache e voltar a iniciar sessão?⟦
> Pedido: {n:ticket}⟧
> Equipa de Apoio
---
Resumo semanal de devoluções⟦ ({n:date})⟧

abertas: 41
fechadas: 37⟦
mais antiga: {n:order}⟧
""",
    sep="\n---\n",
    join="\n",
)

PROSE["nl"] = _tpls("""
Goeiedag, ik ben vorige maand verhuisd en mijn pakje⟦ (bestelling {n:order})⟧ gaat nog altijd
naar het oude adres. Kunnen jullie het leveringsadres wijzigen naar {addr1}? Merci, {cfirst}

Hallo, ik ben {cust} en ik heb twee keer betaald voor dezelfde reservatie⟦ (telkens
{n:amount})⟧. Ik betaalde met de kaart {card}. Jullie kunnen me bellen op {phone} na 17 uur.

Goedemorgen, ik schrijf namens mijn moeder {person}, zij is 82 en heeft geen e-mail. Ze is
geboren op {dob} en woont in de {addr1}. Kunnen jullie haar bellen op {phone}? Met vriendelijke
groeten, {cust}

Gelieve de domiciliëring op rekening {iban} stop te zetten⟦ voor de volgende inning op
{n:date}⟧. Die rekening is afgesloten. Bedankt, {cust}

Vandaag zou er een technieker langskomen op {addr1}, maar er is niemand geweest⟦ tussen {n:time}
en {n:time}⟧. Mijn buurvrouw {person} heeft de hele namiddag gewacht. Bel mij aub terug op
{phone}.

Dag {agent}, bedankt voor het snelle antwoord. Ja, de rekeninghouder is {cust}, geboren op {dob}.
Het e-mailadres in jullie systeem zou {email} moeten zijn maar daar kan ik niet meer aan.

Ik denk dat iemand in mijn account is geraakt. Er is een login vanaf {ip} die niet van mij is⟦,
om {n:time} op {n:date}⟧. Blokkeer aub alles wat aan {email} gekoppeld is.

Een van onze developers heeft per ongeluk een live key in een publieke repo gezet: {secret}
Kunnen jullie die dringend intrekken?⟦ Het zit in commit {n:sha}.⟧ Vragen op {phone}. {cust}

Onze webhook werkt niet meer sinds de update⟦ (versie {n:version})⟧. Het endpoint staat
ingesteld als {ucred}, wordt dat formaat nog ondersteund?

Ter info: mijn nieuw adres is {addr1} en mijn nieuw gsm-nummer is {phone}. De rest blijft
hetzelfde. Groetjes, {cfirst}

mijn zoon {person} komt de bestelling⟦ {n:order}⟧ zaterdag ophalen, hij heeft mijn toestemming.
bij problemen bel {phone}

Ik kreeg een brief voor {person} op {addr1}, maar die persoon woont hier al jaren niet meer.
Kunnen jullie dat aanpassen?

De terugbetaling is er nog altijd niet⟦, de retour staat al twee weken geregistreerd als
{n:ticket}⟧. Stort het bedrag aub op {iban} en niet op de kaart.

Ik wil een klacht indienen over de winkel⟦ in de {n:street}⟧. De medewerkster, {person}, liet me
wachten⟦ tot {n:time}⟧. Mijn gegevens: {cust}, {phone}.

We verhuizen het kantoor begin volgende maand van {addr1} naar {addr1}, gelieve het internet mee
te verhuizen en {phone} als contactnummer te houden.

Belnotitie - {title} {clast} belde dat de meterstand op {addr1} verkeerd is opgenomen⟦ op
{n:date}⟧. Graag terugbellen op {phone}.

Ik kan niet inloggen op de beheerpagina van de modem, het wachtwoord {pw} op de sticker werkt
niet⟦ (model {n:product}, serienummer {n:serial})⟧. Bedankt, {cust}
""")
EMPTY_PROSE["nl"] = _tpls("""
Hallo, is de⟦ {n:product}⟧ voor de feestdagen terug op voorraad? Op de site staat nog altijd
uitverkocht.

Mijn bestelling⟦ {n:order}⟧ is beschadigd toegekomen, de doos was helemaal ingedeukt. Hoe kan
ik ze terugsturen?⟦ Ik heb {n:amount} betaald.⟧

De app crasht telkens als ik de instellingen open⟦ (versie {n:version})⟧. Al twee keer opnieuw
geïnstalleerd.

Is de winkel⟦ in {n:city}⟧ open op de feestdag?

De factuur⟦ {n:invoice}⟧ moet verbeterd worden, het ondernemingsnummer klopt niet⟦, het onze is
{n:company_id}⟧.

Verkopen jullie nog hemden van⟦ {n:brand}⟧? Online vind ik enkel de oude collectie.
""")
NEG_LINES["nl"] = _tpls("""
Verzonden vanaf mijn {n:product}

Ref.: {n:ticket}

PS: het nummer van de cadeaukaart op de achterkant is {n:digits16}, voor het geval dat.

Het artikel staat hier: {n:url}

PS: op jullie factuur staat {n:iban_bad} als rekening, maar mijn bank zegt dat dat niet geldig is.

Fout-ID: {n:uuid}

Gekocht in de {n:brand} outlet, als dat uitmaakt.

Geldt dat ook voor postcode {n:postcode}?

We zitten in de buurt van {n:city}.

Serienummer: {n:serial}

Ik zit tot vrijdag in kamer {n:room}.

Track & trace: {n:tracking}

Factuur {n:invoice} in bijlage.
""")
STRUCT["nl"] = _tpls(
    """
Dag,

ja dat klopt, stuur het aub naar:

{addrm}

Bedankt
{cfirst}

Klantendienst <klantendienst@webshopvlaanderen.be> schreef⟦ op {n:date} om {n:time}⟧:
> Dag,
>
> Voor we⟦ bestelling {n:order}⟧ opnieuw versturen, kan je het leveringsadres bevestigen?
>
> Met vriendelijke groeten,
> {agent}
---
Bedankt. Mijn nummer is {phone}, liefst na 18 uur.

{cust}

-----Oorspronkelijk bericht-----
Van: {agent} <support@kabelnet-partner.be>
⟦Verzonden: {n:date} {n:time}
⟧Onderwerp: RE: leveringsprobleem

Goeiedag, kan u ons een telefoonnummer geven voor de koerier?
---
Ter info, zie hieronder - klant vraagt om teruggebeld te worden.

---------- Doorgestuurd bericht ---------
Van: {cust} <{email}>
⟦Datum: {n:date}
⟧Onderwerp: betalingsprobleem

Hallo, mijn kaart {card} is twee keer geweigerd maar het geld is wel van mijn rekening. Bel mij \
aub op {phone}.

bedankt
---
Chatgesprek⟦ {n:ticket}⟧

U chat nu met {agent}.
Bezoeker: hallo, ik moet mijn leveringsadres wijzigen
Support: Geen probleem! Wat is uw volledige naam?
Bezoeker: {cust}⟦, bestelling {n:order}⟧
Support: Bedankt. En het nieuwe adres?
Bezoeker: {addr1}
Support: In orde. Nog iets?
Bezoeker: nee, merci
---
Geachte,

In bijlage het ondertekende formulier voor de leveranciersrekening⟦ (ons ondernemingsnummer: \
{n:company_id})⟧.

Met vriendelijke groeten,

{cust}
Boekhouding
{addrm}
Tel.: {phone} toestel 214
E-mail: {email}
""",
    sep="\n---\n",
    join="\n",
)
EMPTY_STRUCT["nl"] = _tpls(
    """
ok bedankt, het werkt nu!

> Dag,
> kan je de cache leegmaken en opnieuw inloggen?⟦
> Ticket: {n:ticket}⟧
> Het supportteam
---
Wekelijks overzicht retouren⟦ ({n:date})⟧

open: 41
afgehandeld: 37⟦
oudste: {n:order}⟧
""",
    sep="\n---\n",
    join="\n",
)

# address- and phone-heavy situations, all languages
PROSE["en"] += _tpls("""
Please deliver to {addr1} instead, the buzzer is broken so call {phone} when the driver is
outside.

Our office IP changed to {ip} last night, please add it to the allowlist. The postal address for
invoices stays {addrx}.

Can the bills go to {addrx} from now on? I'm never at {addr1} during the week and post goes
missing⟦ (account {n:order})⟧.

The parcel for {addr1} was delivered to {addr1} by mistake⟦, tracking {n:tracking}⟧. The people
there are nice but please sort it out, my number is {phone}.
""")
PROSE["fr"] += _tpls("""
Merci de livrer plutôt au {addr1}, l'interphone est brisé alors appelez au {phone} en arrivant.

L'adresse IP de notre bureau a changé pour {ip} cette nuit, merci de l'ajouter à la liste
autorisée. L'adresse postale pour les factures reste {addrx}.

Est-ce que les factures peuvent être envoyées au {addrx} à partir de maintenant? Je ne suis
jamais au {addr1} en semaine⟦ (compte {n:order})⟧.

Le colis pour le {addr1} a été livré par erreur au {addr1}⟦, suivi {n:tracking}⟧. Les voisins
sont gentils mais réglez ça svp, mon numéro est le {phone}.
""")
PROSE["de"] += _tpls("""
Bitte stattdessen an {addr1} liefern, die Gegensprechanlage ist kaputt, also bitte unter {phone}
anrufen, wenn der Fahrer da ist.

Die IP unseres Büros hat sich heute Nacht auf {ip} geändert, bitte in die Allowlist aufnehmen.
Die Postanschrift für Rechnungen bleibt {addrx}.

Können die Rechnungen ab jetzt an {addrx} gehen? Unter der Woche bin ich nie in {addr1}⟦ (Konto
{n:order})⟧.

Das Paket für {addr1} wurde irrtümlich bei {addr1} zugestellt⟦, Sendung {n:tracking}⟧. Die Leute
dort sind nett, aber bitte klären Sie das, meine Nummer ist {phone}.
""")
PROSE["es"] += _tpls("""
Por favor entreguen en {addr1}, el portero eléctrico no anda así que llamen al {phone} cuando
llegue el repartidor.

La IP de nuestra oficina cambió anoche a {ip}, por favor agréguenla a la lista permitida. La
dirección postal para las facturas sigue siendo {addrx}.

¿Pueden mandar las facturas a {addrx} de ahora en más? Nunca estoy en {addr1} durante la
semana⟦ (cuenta {n:order})⟧.

El paquete para {addr1} lo entregaron por error en {addr1}⟦, seguimiento {n:tracking}⟧. Los
vecinos son amables pero resuélvanlo por favor, mi número es {phone}.
""")
PROSE["pt"] += _tpls("""
Por favor entreguem antes em {addr1}, a campainha está avariada por isso liguem para o {phone}
quando o estafeta chegar.

O IP do nosso escritório mudou esta noite para {ip}, por favor adicionem-no à lista de acessos.
A morada postal para as faturas continua a ser {addrx}.

As faturas podem passar a ser enviadas para {addrx}? Durante a semana nunca estou em
{addr1}⟦ (conta {n:order})⟧.

A encomenda para {addr1} foi entregue por engano em {addr1}⟦, seguimento {n:tracking}⟧. Os
vizinhos são simpáticos mas resolvam isto, o meu número é {phone}.
""")
PROSE["nl"] += _tpls("""
Gelieve te leveren op {addr1}, de bel is kapot dus bel {phone} als de koerier er is.

Het IP-adres van ons kantoor is vannacht veranderd naar {ip}, gelieve het aan de allowlist toe te
voegen. Het postadres voor facturen blijft {addrx}.

Kunnen de facturen voortaan naar {addrx}? Tijdens de week ben ik nooit op {addr1}⟦ (klant
{n:order})⟧.

Het pakje voor {addr1} is per vergissing geleverd op {addr1}⟦, zending {n:tracking}⟧. De buren
zijn vriendelijk maar los het aub op, mijn nummer is {phone}.
""")
# payment / ops situations without a person name
PROSE["en"] += _tpls("""
The payment with card {card} failed at checkout but the money was taken anyway⟦ ({n:amount})⟧.
Can you check?

For the refund please use {iban}, the account is in my name. My date of birth is {dob} if you
need it for the verification.

Our staging server {ip} keeps getting blocked by your firewall⟦ since {n:date}⟧. The job pulls
the files from {ucred} every hour.
""")
PROSE["fr"] += _tpls("""
Le paiement avec la carte {card} a échoué mais le montant a quand même été prélevé⟦
({n:amount})⟧. Pouvez-vous vérifier?

Pour le remboursement, utilisez le compte {iban}, il est à mon nom. Ma date de naissance est le
{dob} si vous en avez besoin pour la vérification.

Notre serveur de test {ip} est bloqué par votre pare-feu⟦ depuis le {n:date}⟧. La tâche récupère
les fichiers sur {ucred} toutes les heures.
""")
PROSE["de"] += _tpls("""
Die Zahlung mit der Karte {card} ist fehlgeschlagen, abgebucht wurde trotzdem⟦ ({n:amount})⟧.
Können Sie das prüfen?

Für die Rückerstattung bitte {iban} verwenden, das Konto läuft auf meinen Namen. Mein
Geburtsdatum ist der {dob}, falls Sie das zur Prüfung brauchen.

Unser Staging-Server {ip} wird von Ihrer Firewall blockiert⟦, seit {n:date}⟧. Der Job
holt die Dateien stündlich von {ucred}.
""")
PROSE["es"] += _tpls("""
El pago con la tarjeta {card} falló pero igual me cobraron⟦ ({n:amount})⟧. ¿Lo pueden revisar?

Para el reintegro usen la cuenta {iban}, está a mi nombre. Mi fecha de nacimiento es {dob} si la
necesitan para validar.

Nuestro servidor de pruebas {ip} queda bloqueado por su firewall⟦ desde el {n:date}⟧. El proceso
baja los archivos de {ucred} cada hora.
""")
PROSE["pt"] += _tpls("""
O pagamento com o cartão {card} falhou mas o valor foi cobrado na mesma⟦ ({n:amount})⟧. Podem
verificar?

Para o reembolso usem o IBAN {iban}, a conta está em meu nome. A minha data de nascimento é
{dob}, caso precisem para a validação.

O nosso servidor de testes {ip} continua bloqueado pela vossa firewall⟦ desde {n:date}⟧. O job
vai buscar os ficheiros a {ucred} de hora a hora.
""")
PROSE["nl"] += _tpls("""
De betaling met kaart {card} is mislukt maar het geld is toch afgeschreven⟦ ({n:amount})⟧.
Kunnen jullie dat nakijken?

Voor de terugbetaling graag {iban} gebruiken, de rekening staat op mijn naam. Mijn
geboortedatum is {dob} als jullie die nodig hebben voor de controle.

Onze testserver {ip} wordt geblokkeerd door jullie firewall⟦ sinds {n:date}⟧. De job haalt de
bestanden elk uur op van {ucred}.
""")

_DELIVERY_BLOCK = {
    "en": "Delivery details⟦ for order {n:order}⟧:\n\n{cust}\n{addrm}\n{phone}\n\n"
    "If nobody answers please leave it with the neighbours.",
    "fr": "Coordonnées de livraison⟦ pour la commande {n:order}⟧ :\n\n{cust}\n{addrm}\n{phone}\n\n"
    "Si personne ne répond, laissez le colis chez les voisins.",
    "de": "Lieferdaten⟦ zur Bestellung {n:order}⟧:\n\n{cust}\n{addrm}\n{phone}\n\n"
    "Falls niemand aufmacht, bitte beim Nachbarn abgeben.",
    "es": "Datos de entrega⟦ del pedido {n:order}⟧:\n\n{cust}\n{addrm}\n{phone}\n\n"
    "Si no atiende nadie, déjenlo con el encargado.",
    "pt": "Dados de entrega⟦ da encomenda {n:order}⟧:\n\n{cust}\n{addrm}\n{phone}\n\n"
    "Se ninguém atender, deixem com os vizinhos.",
    "nl": "Leveringsgegevens⟦ voor bestelling {n:order}⟧:\n\n{cust}\n{addrm}\n{phone}\n\n"
    "Als er niemand opendoet, mag het bij de buren.",
}
for _lang, _block in _DELIVERY_BLOCK.items():
    STRUCT[_lang] += [_block, _block.replace("{cust}\n", "")]

# ---------------------------------------------------------------------------------------------
# generated semi-structured docs: web-form dumps, CSV exports, log lines, config snippets
# ---------------------------------------------------------------------------------------------

_FIELDS = ("name", "phone", "email", "address", "dob", "iban", "card", "order", "when", "message")
FORM_LABELS = {  # labels in _FIELDS order
    "en": ("Name", "Phone", "Email", "Address", "Date of birth", "IBAN", "Card number")
    + ("Order number", "Submitted", "Message"),
    "fr": ("Nom", "Téléphone", "Courriel", "Adresse", "Date de naissance", "IBAN", "No de carte")
    + ("No de commande", "Soumis le", "Message"),
    "de": ("Name", "Telefon", "E-Mail", "Adresse", "Geburtsdatum", "IBAN", "Kartennummer")
    + ("Bestellnummer", "Eingegangen", "Nachricht"),
    "es": ("Nombre y apellido", "Teléfono", "Email", "Domicilio", "Fecha de nacimiento", "IBAN")
    + ("Número de tarjeta", "N.º de pedido", "Enviado", "Mensaje"),
    "pt": ("Nome", "Telefone", "Email", "Morada", "Data de nascimento", "IBAN", "N.º do cartão")
    + ("N.º da encomenda", "Enviado em", "Mensagem"),
    "nl": ("Naam", "Telefoon", "E-mail", "Adres", "Geboortedatum", "IBAN", "Kaartnummer")
    + ("Bestelnummer", "Verzonden", "Bericht"),
}
FORM_HEADS = {
    "en": ["New submission: Contact us", "Web form - change of details", "Callback request (web)"],
    "fr": ["Nouvelle soumission : Nous joindre", "Formulaire web - changement de coordonnées"],
    "de": ["Neue Anfrage: Kontaktformular", "Webformular - Datenänderung", "Rückrufwunsch (Web)"],
    "es": ["Nueva consulta: Contacto", "Formulario web - cambio de datos"],
    "pt": ["Novo pedido: Contactos", "Formulário web - alteração de dados"],
    "nl": ["Nieuwe inzending: Contact", "Webformulier - wijziging gegevens", "Terugbelverzoek"],
}
FORM_MESSAGES = {
    "en": ["please call me back about the bill", "parcel never arrived⟦, tracking {n:tracking}⟧"]
    + ["need to update my details", "wrong amount charged⟦ ({n:amount})⟧"],
    "fr": ["svp me rappeler pour la facture", "colis jamais reçu⟦, suivi {n:tracking}⟧"]
    + ["je dois mettre mes coordonnées à jour", "mauvais montant facturé⟦ ({n:amount})⟧"],
    "de": ["bitte um Rückruf wegen der Rechnung", "Paket nie angekommen⟦, Sendung {n:tracking}⟧"]
    + ["Daten aktualisieren", "falscher Betrag abgebucht⟦ ({n:amount})⟧"],
    "es": [
        "por favor llámenme por la factura",
        "nunca llegó el paquete⟦, seguimiento {n:tracking}⟧",
    ]
    + ["quiero actualizar mis datos", "me cobraron mal⟦ ({n:amount})⟧"],
    "pt": ["liguem-me por causa da fatura", "a encomenda nunca chegou⟦, seguimento {n:tracking}⟧"]
    + ["quero atualizar os meus dados", "valor cobrado errado⟦ ({n:amount})⟧"],
    "nl": ["graag terugbellen over de factuur", "pakje nooit aangekomen⟦, zending {n:tracking}⟧"]
    + ["gegevens aanpassen aub", "verkeerd bedrag aangerekend⟦ ({n:amount})⟧"],
}
CSV_HEADERS = {  # name, phone, email, address, dob, order, city, postcode, amount, date
    "en": "customer_name phone email address dob order_id city postcode amount created",
    "fr": "nom_client telephone courriel adresse date_naissance no_commande ville code_postal "
    "montant date",
    "de": "Kunde Telefon E-Mail Adresse Geburtsdatum Bestellnr Ort PLZ Betrag Erstellt",
    "es": "cliente telefono email domicilio fecha_nac pedido localidad cp importe fecha",
    "pt": "cliente telefone email morada data_nasc encomenda localidade codigo_postal valor data",
    "nl": "klant telefoon email adres geboortedatum bestelling gemeente postcode bedrag datum",
}
_CSV_COLS = ("cust", "phone", "email", "addr1", "dob", "n:order", "n:city", "n:postcode")
_CSV_COLS += ("n:amount", "n:date")
PREAMBLES = {
    "en": {
        "csv": ["Export from the CRM as requested:", "here's the list from the old system", ""],
        "log": ["Seeing this in our logs since this morning:", "logs below, any idea?"],
        "conf": ["Here's our config, the deploy still fails:", "this is what we have in the env"],
    },
    "fr": {
        "csv": ["Voici l'export du CRM demandé :", "la liste de l'ancien système", ""],
        "log": [
            "On voit ceci dans nos journaux depuis ce matin :",
            "journaux ci-dessous, une idée?",
        ],
        "conf": ["Voici notre configuration, le déploiement échoue encore :"],
    },
    "de": {
        "csv": ["Anbei der Export aus dem CRM:", "hier die Liste aus dem alten System", ""],
        "log": ["Das steht seit heute früh in unseren Logs:", "Logs unten, eine Idee?"],
        "conf": ["Hier unsere Konfiguration, das Deployment schlägt trotzdem fehl:"],
    },
    "es": {
        "csv": ["Les paso el export del CRM:", "esta es la lista del sistema viejo", ""],
        "log": ["Vemos esto en los logs desde la mañana:", "logs abajo, ¿alguna idea?"],
        "conf": ["Esta es nuestra configuración, el deploy sigue fallando:"],
    },
    "pt": {
        "csv": ["Segue a exportação do CRM pedida:", "a lista do sistema antigo", ""],
        "log": ["Estamos a ver isto nos logs desde manhã:", "logs abaixo, alguma ideia?"],
        "conf": ["Esta é a nossa configuração, o deploy continua a falhar:"],
    },
    "nl": {
        "csv": ["Hierbij de export uit het CRM:", "de lijst uit het oude systeem", ""],
        "log": ["Dit staat sinds vanochtend in onze logs:", "logs hieronder, enig idee?"],
        "conf": ["Hier onze configuratie, de deploy faalt nog altijd:"],
    },
}
LOG_LINES = (
    "WARN  auth: failed login for {email} from {ip}",
    "INFO  sms: OTP sent to {phone}",
    "ERROR db: could not connect to {ucred}",
    "DEBUG http: Authorization: Bearer {secret:jwt}",
    "INFO  api: req={n:uuid} GET /v2/orders 200 client={ip}",
    "INFO  deploy: build {n:sha} version {n:version}",
    "INFO  mailer: delivered to {email} msg={n:uuid}",
    "WARN  billing: card {card} declined for customer '{cust}'",
    "INFO  geo: normalised address '{addr1}'",
    "INFO  crm: contact updated name='{cust}' phone='{phone}'",
)
CONFIGS = (
    "DATABASE_URL={ucred}\nAWS_ACCESS_KEY_ID={secret:aws}\n⟦APP_VERSION={n:version}\n⟧"
    "SMTP_PASSWORD={pw}",
    "smtp:\n  host: smtp.mailrelay.net\n  port: 587\n  user: noreply\n  password: {pw}\n"
    "allowed_ips:\n  - {ip}\n⟦build: {n:sha}\n⟧",
    '{\n  "endpoint": "{ucred}",\n  "api_key": "{secret:stripe}"⟦,\n  "request_id": "{n:uuid}"⟧\n}',
    "[remote]\nurl = {ucred}\ntoken = {secret:ghp}",
    "curl -H 'Authorization: token {secret:ghp}' {n:url}",
    "SLACK_BOT_TOKEN={secret:slack}\nGOOGLE_MAPS_KEY={secret:google}",
    "SENDGRID_API_KEY={secret:sendgrid}\nSUPPORT_PHONE={phone}\nADMIN_EMAIL={email}",
)


def _form(v: _Values, neg: bool) -> str:
    r, labels = v.r, dict(zip(_FIELDS, FORM_LABELS[v.lang], strict=True))
    pool = ["address", "phone", "email", "dob", "iban", "card"] + ["ssn"] * (v.locale == "en_US")
    weights = [4, 3, 1.5, 1, 0.8, 0.6] + [1.5] * (v.locale == "en_US")
    picked = {r.choices(pool, weights)[0] for _ in range(r.randint(1, 4))}
    colon = r.choice([": ", ": ", ":  ", ":\t"])
    lines = [r.choice(FORM_HEADS[v.lang]), ""]
    if r.random() < 0.6:
        lines.append(f"{labels['name']}{colon}{{cust}}")
    holders = {"phone": "{phone}", "email": "{email}", "dob": "{dob}", "iban": "{iban}"}
    holders |= {"card": "{card}", "ssn": "{ssn}", "address": "{addrx}"}
    for field in [f for f in pool if f in picked]:
        label = "SSN" if field == "ssn" else labels[field]
        if field == "address" and r.random() < 0.8:
            lines.append(f"{label}:\n{{addrm}}")
        else:
            lines.append(f"{label}{colon}{holders[field]}")
    if neg:
        lines.append(f"{labels['order']}{colon}{{n:order}}")
        if r.random() < 0.5:
            lines.append(f"{labels['when']}{colon}{{n:date}} {{n:time}}")
    lines.append(f"{labels['message']}{colon}{r.choice(FORM_MESSAGES[v.lang])}")
    return "\n".join(lines)


def _csv(v: _Values, neg: bool) -> str:
    r = v.r
    header = dict(zip(_CSV_COLS, CSV_HEADERS[v.lang].split(), strict=True))
    pii = r.sample(["phone", "email", "addr1", "dob"], r.randint(1, 2))
    pii = ["cust"] * (len(pii) == 1 or r.random() < 0.6) + sorted(pii, key=_CSV_COLS.index)
    negs = r.sample([c for c in _CSV_COLS if c.startswith("n:")], r.randint(1, 2)) if neg else []
    cols = sorted(pii + negs, key=_CSV_COLS.index)
    rows = r.randint(1, min(3, 5 // len(pii)))
    sep = r.choice([",", ";", "\t", " | "])
    quote = '"' if sep == "," else ""
    index = r.random() < 0.5  # a row-number column first
    out = [sep.join(["#"] * index + [header[c] for c in cols])]
    for k in range(rows):
        cells = [f"{quote}{{{c}}}{quote}" if c in ("cust", "addr1") else f"{{{c}}}" for c in cols]
        out.append("{next}" + sep.join([str(k + 1)] * index + cells))
    pre = r.choice(PREAMBLES[v.lang]["csv"])
    return (pre + "\n\n" if pre else "") + "\n".join(out)


def _log(v: _Values, neg: bool) -> str:
    lines = v.r.sample(LOG_LINES, v.r.randint(2, 4))
    body = "\n".join("{n:timestamp} " + line for line in lines)
    return v.r.choice(PREAMBLES[v.lang]["log"]) + "\n\n" + body


def _config(v: _Values, neg: bool) -> str:
    return v.r.choice(PREAMBLES[v.lang]["conf"]) + "\n\n" + v.r.choice(CONFIGS)


def _neg_only_csv(v: _Values, neg: bool) -> str:
    header = dict(zip(_CSV_COLS, CSV_HEADERS[v.lang].split(), strict=True))
    cols = ["n:order", "n:date", "n:amount"]
    sep = v.r.choice([",", ";", "\t"])
    rows = [sep.join("{" + c + "}" for c in cols) for _ in range(v.r.randint(1, 3))]
    return "\n".join([sep.join(header[c] for c in cols), *rows])


GENERATED = {"form": _form, "csv": _csv, "log": _log, "conf": _config}
STRUCT_KINDS = (("hand", 0.5), ("form", 0.2), ("csv", 0.13), ("log", 0.08), ("conf", 0.09))

# ---------------------------------------------------------------------------------------------
# docs
# ---------------------------------------------------------------------------------------------

Pieces = list[tuple[str, str | None, str | None]]
_SIGNOFF = re.compile(r"(?<=[.!?⟧)])\s+[^.!?⟧]{0,30}\{(?:cust|cfirst)\}$")  # a closing sign-off


def _pick(v: _Values, empty: bool, prose: bool, neg: bool) -> str:
    """One template (or generated semi-structured text) for the doc's kind."""
    r = v.r
    if empty and prose:
        return r.choice(EMPTY_PROSE[v.lang])
    if empty:
        if neg and r.random() < 0.35:
            return _neg_only_csv(v, neg)
        return r.choice(EMPTY_STRUCT[v.lang])
    if prose:
        own = LOCALE_PROSE.get(v.locale, [])
        tpl = r.choice(own if own and r.random() < 0.2 else PROSE[v.lang])
        signoff = _SIGNOFF.search(tpl)
        return tpl[: signoff.start()] if signoff and r.random() < 0.3 else tpl
    kind = r.choices([k for k, _ in STRUCT_KINDS], [w for _, w in STRUCT_KINDS])[0]
    if kind == "hand":
        return r.choice(STRUCT[v.lang])
    return GENERATED[kind](v, neg)


def _typo(text: str, r: random.Random) -> str:
    words = list(re.finditer(r"[^\W\d_]{5,}", text))
    if not words:
        return text
    m = r.choice(words)
    w, i = m.group(), r.randint(1, len(m.group()) - 3)
    w = w[:i] + w[i + 1] + w[i] + w[i + 2 :] if r.random() < 0.6 else w[:i] + w[i + 1 :]
    return text[: m.start()] + w + text[m.end() :]


def _mess(pieces: Pieces, r: random.Random, prose: bool) -> Pieces:
    """Real-text noise in the filler (never in a value): typos, double spaces, HTML remnants."""
    pieces = list(pieces)
    filler = [k for k, (t, e, n) in enumerate(pieces) if not e and not n and " " in t]
    if prose and filler and r.random() < 0.3:
        k = r.choice(filler)
        pieces[k] = (_typo(pieces[k][0], r), None, None)
    if filler and r.random() < 0.2:
        k = r.choice(filler)
        text = pieces[k][0]
        at = r.choice([m.start() for m in re.finditer(" ", text)])
        pieces[k] = (text[:at] + "  " + text[at + 1 :], None, None)
    if prose and r.random() < 0.07:
        pieces = [
            (t.replace("\n", "<br>\n").replace("  ", " &nbsp;"), e, n)
            if not e and not n
            else (t, e, n)
            for t, e, n in pieces
        ]
        pieces = [('<div dir="ltr">', None, None), *pieces, ("</div>", None, None)]
    return pieces


def _doc(locale: str, v: _Values) -> dict:
    """One doc: whether it is empty, holds hard negatives and is prose is drawn first."""
    r = v.r
    empty, neg = r.random() < EMPTY_SHARE, r.random() < NEGATIVE_SHARE
    prose = r.random() < PROSE_SHARE
    for _ in range(200):
        v.new_doc()
        pieces = _render(_pick(v, empty, prose, neg), v, neg)
        if neg and (not any(p[2] for p in pieces) or r.random() < 0.3):
            pieces += [("\n\n", None, None), *_render(r.choice(NEG_LINES[v.lang]), v, True)]
        n_ent = sum(1 for p in pieces if p[1])
        has_neg = any(p[2] for p in pieces)
        if (n_ent == 0) == empty and n_ent <= MAX_ENTITIES and has_neg == neg:
            return assemble_doc(locale, _mess(pieces, r, prose))
    raise RuntimeError(f"no template fits ({locale}, empty={empty}, neg={neg}, prose={prose})")


def build_sealed_corpus(n_docs: int, seed: int = 0) -> list[dict]:
    """`n_docs` labelled docs, the nine locales taking turns.

    Args:
        n_docs: number of docs.
        seed: everything random derives from it (one Random plus one seeded Faker per locale).
    """
    from faker import Faker

    r = random.Random(seed)
    values = {}
    for k, locale in enumerate(SEALED_LOCALES):
        fake = Faker(locale)
        fake.seed_instance(seed * 1000 + 700 + k)
        values[locale] = _Values(locale, r, fake)
    locales = [SEALED_LOCALES[i % len(SEALED_LOCALES)] for i in range(n_docs)]
    return [_doc(loc, values[loc]) for loc in locales]


def main(argv: list[str] | None = None) -> int:
    return corpus_main(build_sealed_corpus, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
