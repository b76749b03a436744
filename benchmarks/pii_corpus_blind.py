"""Blind PII corpus: inbound support and operations text, nine locales; measured once, tuned on.

    from benchmarks.pii_corpus_blind import build_blind_corpus
    docs = build_blind_corpus(1800, seed=0)    # [{"text", "locale", "spans", "negatives"}, ...]

    python benchmarks/pii_corpus_blind.py --n 20 --seed 0                  # JSONL on stdout
    python benchmarks/pii_corpus_blind.py --n 2000 --out /tmp/blind.jsonl  # JSONL to a file

What it is: messages of the kind a company receives and would fine-tune on (delivery problems,
changes of address, insurance claims, card disputes, telecom contracts, hotel and airline
bookings, medical appointments, HR forms, landlord and tenant mail, B2B invoices, account
recovery, developer tickets with logs and config snippets), written from scratch per language
for en_US, en_GB, en_AU, de_DE, fr_FR, es_MX, it_IT, nl_NL and pt_BR. Most PII sits inline in
prose without a label ("could you send it to my sister at 14 Hill Road, Leeds LS6 2AB?"); a
minority of docs are semi-structured (quoted replies, forwarded threads, chat transcripts, form
dumps, CSV rows, signature blocks, log lines, config files). Addresses follow each country's
own conventions (unit and floor lines, PO boxes in local words, country lines, single-line and
multi-line), names come in many shapes (Last, First; ALL CAPS; initials; particles; hyphenated
and double surnames) and every phone number is valid for its country per `phonenumbers`.

Same doc format as benchmarks/pii_corpus.py: `text[start:end]` is exactly the PII value (titles,
labels such as "DOB:" or "Tel." and phone extensions stay outside the span; a multi-line
address is one span). Types are the names in TYPES; `ssn` only occurs in en_US docs, `cpf` and
`cnpj` only in pt_BR docs. `negatives` are planted hard negatives (BLIND_NEGATIVE_KINDS: order
and case ids, versions, non-birth dates, 16-digit runs failing Luhn, IBAN-shaped strings with a
wrong check, plain URLs, SHAs, UUIDs, company ids, person-like brand names, streets without a
house number, cities and postcodes alone...): a detector reporting one scores a false positive.
About 15% of docs hold no PII, the rest 1-5 entities; about 60% hold a hard negative. Same
(n, seed) gives the same corpus; another seed gives another corpus.

It was written without looking at any detector in this project or at the other corpora's
templates, and measured untouched once (recall 0.944, precision 0.951); THEN IT WAS TUNED ON
(the detectors' seventh round), so it is no longer a test set: the corpus nobody has tuned on is
benchmarks/pii_corpus_sealed.py.
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
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # `python benchmarks/pii_corpus_blind.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pii_corpus import TYPES, assemble_doc, corpus_main, luhn_valid  # noqa: E402

BLIND_LOCALES = ("en_US", "en_GB", "en_AU", "de_DE", "fr_FR", "es_MX", "it_IT", "nl_NL", "pt_BR")
REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "en_AU": "AU",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_MX": "MX",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
}
LANG = {loc: loc.split("_")[0] for loc in BLIND_LOCALES}
BLIND_NEGATIVE_KINDS = (
    "order",
    "invoice",
    "booking",
    "case",
    "version",
    "date",
    "time",
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
    "sku",
)
MAX_ENTITIES = 5
EMPTY_SHARE = 0.15  # docs without PII
NEGATIVE_SHARE = 0.60  # docs with at least one hard negative

# ------------------------------------------------------------------------------- checksums

_IBAN_LENGTHS = {
    "AT": 20,
    "BE": 16,
    "BR": 29,
    "CH": 21,
    "DE": 22,
    "ES": 24,
    "FR": 27,
    "GB": 22,
    "IE": 22,
    "IT": 27,
    "NL": 18,
    "PT": 25,
}


def _mod97(s: str) -> int:
    """The alphanumeric string read as ISO 13616 digits (A=10 ... Z=35), modulo 97."""
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban_valid(s: str) -> bool:
    """True when `s` (spaces allowed) is shaped like an IBAN and passes the mod-97 check."""
    compact = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", compact):
        return False
    if len(compact) != _IBAN_LENGTHS.get(compact[:2], len(compact)):
        return False
    return _mod97(compact[4:] + compact[:4]) == 1


def _cpf_check(nine: list[int]) -> list[int]:
    """The 11 CPF digits from the first nine (two mod-11 check digits)."""
    d = list(nine)
    for top in (10, 11):
        total = sum(x * w for x, w in zip(d, range(top, 1, -1), strict=True))
        d.append(total * 10 % 11 % 10)
    return d


def _cnpj_check(twelve: list[int]) -> list[int]:
    """The 14 CNPJ digits from the first twelve (two mod-11 check digits)."""
    d = list(twelve)
    weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    for w in (weights, [6, *weights]):
        rem = sum(x * y for x, y in zip(d, w, strict=True)) % 11
        d.append(0 if rem < 2 else 11 - rem)
    return d


def _digits_ok(digits: str, check: Callable[[list[int]], list[int]], n: int) -> bool:
    d = [int(ch) for ch in digits]
    return len(d) == n + 2 and len(set(d)) > 1 and check(d[:n]) == d


# ------------------------------------------------------------------------ random helpers

# pattern tokens: '#' digit, '%' non-zero digit, '^' capital letter, '*' capital or digit,
# '~' lowercase hex, '&' a UK inward-code letter; anything else is literal
_FILL = {
    "#": string.digits,
    "%": "123456789",
    "^": string.ascii_uppercase,
    "*": string.ascii_uppercase + string.digits,
    "~": "0123456789abcdef",
    "&": "ABDEFGHJLNPQRSTUWXYZ",  # letters of a UK inward code
}
_ALNUM = string.ascii_letters + string.digits
_B64URL = _ALNUM + "-_"


def _fill(r: random.Random, pattern: str) -> str:
    return "".join(r.choice(_FILL[ch]) if ch in _FILL else ch for ch in pattern)


def _rand(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _ascii(s: str) -> str:
    """Lowercase ASCII letters only (for e-mail local parts): 'Müller-Lüdenscheidt' -> ..."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s.lower() if ch in string.ascii_lowercase)


def _group(s: str, sizes: tuple[int, ...], sep: str) -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(s[pos : pos + size])
        pos += size
    return sep.join(out)


def _words(s: str) -> tuple[str, ...]:
    """A word table written compactly: 'Berlin|Hamburg' -> ('Berlin', 'Hamburg')."""
    return tuple(s.split("|"))


# ---------------------------------------------------------------------------- locale data

# (city, state/province or "", postcode pattern); the city alone is also a hard negative
_CITIES = {
    "en_US": (
        ("Austin", "TX", "787##"),
        ("Portland", "OR", "972##"),
        ("Columbus", "OH", "432##"),
        ("Denver", "CO", "802##"),
        ("Chicago", "IL", "606##"),
        ("Brooklyn", "NY", "112##"),
        ("Seattle", "WA", "981##"),
        ("Phoenix", "AZ", "850##"),
        ("Atlanta", "GA", "303##"),
        ("Boston", "MA", "021##"),
        ("Nashville", "TN", "372##"),
        ("San Diego", "CA", "921##"),
        ("Madison", "WI", "537##"),
        ("Raleigh", "NC", "276##"),
        ("Tampa", "FL", "336##"),
        ("Minneapolis", "MN", "554##"),
    ),
    "en_GB": (
        ("Leeds", "", "LS% #&&"),
        ("Manchester", "", "M%# #&&"),
        ("Bristol", "", "BS% #&&"),
        ("Glasgow", "", "G%# #&&"),
        ("Cardiff", "", "CF%# #&&"),
        ("Norwich", "", "NR% #&&"),
        ("Brighton", "", "BN% #&&"),
        ("York", "", "YO%# #&&"),
        ("Sheffield", "", "S%# #&&"),
        ("Oxford", "", "OX% #&&"),
        ("London", "", "SE%# #&&"),
        ("London", "", "N% #&&"),
        ("Nottingham", "", "NG% #&&"),
        ("Edinburgh", "", "EH%# #&&"),
        ("Belfast", "", "BT% #&&"),
        ("Exeter", "", "EX% #&&"),
    ),
    "en_AU": (
        ("Fitzroy", "VIC", "3065"),
        ("Brunswick", "VIC", "3056"),
        ("Newtown", "NSW", "2042"),
        ("Parramatta", "NSW", "2150"),
        ("Bondi", "NSW", "2026"),
        ("Fortitude Valley", "QLD", "4006"),
        ("Toowong", "QLD", "4066"),
        ("Fremantle", "WA", "6160"),
        ("Subiaco", "WA", "6008"),
        ("Glenelg", "SA", "5045"),
        ("Norwood", "SA", "5067"),
        ("Sandy Bay", "TAS", "7005"),
        ("Braddon", "ACT", "2612"),
        ("Geelong", "VIC", "3220"),
        ("Wollongong", "NSW", "2500"),
        ("Cairns", "QLD", "4870"),
    ),
    "de_DE": (
        ("Berlin", "", "10%##"),
        ("Berlin", "", "12%##"),
        ("Hamburg", "", "22%##"),
        ("München", "", "80%##"),
        ("Köln", "", "50%##"),
        ("Leipzig", "", "04%##"),
        ("Dresden", "", "01%##"),
        ("Frankfurt am Main", "", "60%##"),
        ("Stuttgart", "", "70%##"),
        ("Bremen", "", "28%##"),
        ("Hannover", "", "30%##"),
        ("Nürnberg", "", "90%##"),
        ("Freiburg im Breisgau", "", "79%##"),
        ("Münster", "", "48%##"),
        ("Kiel", "", "24%##"),
        ("Bonn", "", "53%##"),
        ("Rostock", "", "18%##"),
    ),
    "fr_FR": (
        ("Paris", "", "7501%"),
        ("Paris", "", "7500%"),
        ("Lyon", "", "6900%"),
        ("Marseille", "", "1300%"),
        ("Toulouse", "", "31000"),
        ("Nantes", "", "44000"),
        ("Bordeaux", "", "33000"),
        ("Lille", "", "59000"),
        ("Strasbourg", "", "67000"),
        ("Rennes", "", "35000"),
        ("Montpellier", "", "34000"),
        ("Nice", "", "06000"),
        ("Grenoble", "", "38000"),
        ("Dijon", "", "21000"),
        ("Angers", "", "49000"),
        ("Villeurbanne", "", "69100"),
        ("Saint-Étienne", "", "42000"),
    ),
    "es_MX": (
        ("Ciudad de México", "CDMX", "0%###"),
        ("Ciudad de México", "CDMX", "1%###"),
        ("Guadalajara", "Jalisco", "44%##"),
        ("Monterrey", "Nuevo León", "64%##"),
        ("Puebla", "Puebla", "72%##"),
        ("Querétaro", "Querétaro", "76%##"),
        ("Mérida", "Yucatán", "97%##"),
        ("Zapopan", "Jalisco", "45%##"),
        ("Toluca", "Estado de México", "50%##"),
        ("León", "Guanajuato", "37%##"),
        ("Oaxaca de Juárez", "Oaxaca", "68%##"),
        ("Tijuana", "Baja California", "22%##"),
        ("Cancún", "Quintana Roo", "77%##"),
        ("San Luis Potosí", "San Luis Potosí", "78%##"),
    ),
    "it_IT": (
        ("Milano", "MI", "201%#"),
        ("Roma", "RM", "001%#"),
        ("Torino", "TO", "101%#"),
        ("Napoli", "NA", "801%#"),
        ("Bologna", "BO", "401%#"),
        ("Firenze", "FI", "501%#"),
        ("Genova", "GE", "161%#"),
        ("Verona", "VR", "371%#"),
        ("Padova", "PD", "351%#"),
        ("Bari", "BA", "701%#"),
        ("Palermo", "PA", "901%#"),
        ("Trento", "TN", "38100"),
        ("Bergamo", "BG", "24100"),
        ("Parma", "PR", "43100"),
        ("Lecce", "LE", "73100"),
        ("Monza", "MB", "20900"),
    ),
    "nl_NL": (
        ("Amsterdam", "", "10%# ^^"),
        ("Rotterdam", "", "30%# ^^"),
        ("Den Haag", "", "25%# ^^"),
        ("Utrecht", "", "35%# ^^"),
        ("Eindhoven", "", "56%# ^^"),
        ("Groningen", "", "97%# ^^"),
        ("Tilburg", "", "50%# ^^"),
        ("Nijmegen", "", "65%# ^^"),
        ("Haarlem", "", "20%# ^^"),
        ("Leiden", "", "23%# ^^"),
        ("Zwolle", "", "80%# ^^"),
        ("Maastricht", "", "62%# ^^"),
        ("Arnhem", "", "68%# ^^"),
        ("Delft", "", "26%# ^^"),
        ("Breda", "", "48%# ^^"),
        ("Amersfoort", "", "38%# ^^"),
    ),
    "pt_BR": (
        ("São Paulo", "SP", "0%###-###"),
        ("Rio de Janeiro", "RJ", "2%###-###"),
        ("Belo Horizonte", "MG", "30%##-###"),
        ("Curitiba", "PR", "80%##-###"),
        ("Porto Alegre", "RS", "90%##-###"),
        ("Salvador", "BA", "40%##-###"),
        ("Recife", "PE", "50%##-###"),
        ("Fortaleza", "CE", "60%##-###"),
        ("Campinas", "SP", "13%##-###"),
        ("Florianópolis", "SC", "88%##-###"),
        ("Goiânia", "GO", "74%##-###"),
        ("Belém", "PA", "66%##-###"),
        ("Niterói", "RJ", "24%##-###"),
        ("Manaus", "AM", "69%##-###"),
        ("Brasília", "DF", "70%##-###"),
    ),
}
# street names without a house number (never digits: alone they are hard negatives)
_STREETS = {
    "en_US": _words(
        "Maple Avenue|Oak Street|Elm Street|Washington Blvd|Lincoln Ave|Cedar Lane|Pine Street"
        "|Sunset Drive|Park Place|Highland Ave|Main Street|Willow Court|Lakeview Drive"
        "|Jefferson Street|Grand Avenue|Magnolia Way|Chestnut Street|Ridge Road"
    ),
    "en_GB": _words(
        "Hill Road|Station Road|Church Lane|Victoria Street|Queen's Road|Mill Lane|Park Avenue"
        "|The Crescent|High Street|Albert Road|Kings Road|Manor Way|Grove Terrace"
        "|Cavendish Close|Orchard Gardens|St Mary's Walk|Beech Grove|Belmont Avenue"
    ),
    "en_AU": _words(
        "Smith St|Brunswick Street|King Street|George St|Chapel Street|Oxford Street"
        "|Sydney Road|Beach Road|Glenferrie Road|Rundle Street|Hay Street|Ann Street"
        "|Wattle Avenue|Banksia Crescent|Bay Street|Military Road|The Parade|Jacaranda Drive"
    ),
    "de_DE": _words(
        "Bergstraße|Hauptstraße|Lindenweg|Schillerstraße|Goethestraße|Am Mühlbach|Gartenstraße"
        "|Bahnhofstraße|Kastanienallee|Friedrichstraße|Kirchgasse|Rosenweg|Am Markt|Hafenstraße"
        "|Leipziger Straße|Wilhelm-Busch-Straße|Sonnenallee|Schulstr.|Ahornweg|Feldstraße"
    ),
    "fr_FR": _words(
        "rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|rue de la République"
        "|rue Victor Hugo|allée des Tilleuls|place du Marché|chemin des Vignes"
        "|impasse des Roses|rue du Faubourg Saint-Antoine|quai de la Loire|rue Pasteur"
        "|avenue de la Gare|rue Nationale|boulevard Gambetta|rue Émile Zola|rue des Écoles"
    ),
    "es_MX": _words(
        "Av. Insurgentes Sur|Calle Hidalgo|Av. Reforma|Calle Morelos|Av. Juárez|Calle Allende"
        "|Av. Chapultepec|Calle Madero|Calle Durango|Av. Revolución|Calle Zaragoza|Av. Vallarta"
        "|Calle Niños Héroes|Av. Universidad|Calle Guerrero|Calle Colima|Av. Constitución"
    ),
    "it_IT": _words(
        "Via Roma|Via Garibaldi|Corso Vittorio Emanuele|Via Mazzini|Via Dante Alighieri"
        "|Viale Monza|Piazza della Repubblica|Via Verdi|Via dei Mille|Corso Buenos Aires"
        "|Via Cavour|Via XX Settembre|Via Marconi|Viale dei Pini|Via San Francesco"
        "|Via Nazionale|Via Torino"
    ),
    "nl_NL": _words(
        "Prinsengracht|Kerkstraat|Dorpsstraat|Molenweg|Stationsplein|Julianalaan"
        "|Wilhelminastraat|Oudegracht|Lange Voorhout|Nieuwe Binnenweg|Van Woustraat|Koningsweg"
        "|Schoolstraat|Beukenlaan|Havenstraat|Kastanjelaan|Herengracht|Vondelstraat"
    ),
    "pt_BR": _words(
        "Rua das Flores|Av. Paulista|Rua Augusta|Rua da Consolação|Av. Brasil"
        "|Rua XV de Novembro|Rua Sete de Setembro|Av. Afonso Pena|Rua Oscar Freire"
        "|Rua Barão de Mesquita|Av. Beira-Mar|Rua dos Andradas|Rua Voluntários da Pátria"
        "|Av. Boa Viagem|Rua Marechal Deodoro|Travessa São José|Alameda Santos"
    ),
}
_COLONIAS = _words(
    "Roma Norte|Condesa|Del Valle|Narvarte Poniente|Centro|Americana|Providencia|Obispado"
    "|Chapultepec|Jardines del Bosque|San Benito|Santa María la Ribera|Del Carmen|Juárez"
    "|Country Club|Lomas de Chapultepec"
)
_BAIRROS = _words(
    "Pinheiros|Vila Mariana|Copacabana|Savassi|Batel|Moinhos de Vento|Boa Viagem|Meireles"
    "|Tijuca|Centro|Jardim Botânico|Barra Funda|Santa Cecília|Lourdes|Água Verde|Vila Madalena"
)
_CO_LINES = (  # de_DE "c/o" lines: firms, so no unlabelled person sits inside an address
    "c/o Hausverwaltung Nordstern GmbH",
    "c/o Bürogemeinschaft Lindenhof",
    "c/o Praxisgemeinschaft am Park",
    "c/o Coworking Hafenkante",
)
_COUNTRY_LINES = {
    "en_US": ("USA", "United States"),
    "en_GB": ("United Kingdom", "UK"),
    "en_AU": ("Australia",),
    "de_DE": ("Deutschland",),
    "fr_FR": ("France",),
    "es_MX": ("México",),
    "it_IT": ("Italia",),
    "nl_NL": ("Nederland",),
    "pt_BR": ("Brasil",),
}
_MAIL_DOMAINS = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"),
    "en_GB": ("gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"),
    "en_AU": ("gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"),
    "de_DE": ("web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "gmx.net"),
    "fr_FR": ("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"),
    "es_MX": ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"),
    "it_IT": ("libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it", "hotmail.it"),
    "nl_NL": ("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "outlook.com", "xs4all.nl"),
    "pt_BR": ("gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br"),
}
# company hosts: in URLs with credentials and in plain URLs
_HOSTS = {
    "en_US": ("northwind-supply.com", "bluecrest-logistics.com", "lakeshore-dental.com"),
    "en_GB": ("harbourline.co.uk", "kestrel-print.co.uk", "ashdown-lettings.co.uk"),
    "en_AU": ("southerncross-freight.com.au", "wattle-health.com.au", "coastline-solar.com.au"),
    "de_DE": ("nordlicht-logistik.de", "sonnenkorn-baeckerei.de", "elbwerk-medien.de"),
    "fr_FR": ("atelier-lumiere.fr", "cave-saint-roch.fr", "transports-garonne.fr"),
    "es_MX": ("comercializadora-bajio.com.mx", "farmacias-lago.mx", "mudanzas-altiplano.mx"),
    "it_IT": ("ferramenta-adriatica.it", "studio-aurora.it", "trasporti-lagunari.it"),
    "nl_NL": ("polderlicht.nl", "fietsenmakerij-oost.nl", "duinzicht-zorg.nl"),
    "pt_BR": ("distribuidora-horizonte.com.br", "clinica-vitoria.com.br", "fretes-sul.com.br"),
}
# shops and brands that look like person names (hard negatives)
_BRANDS = {
    "en_US": _words(
        "Tim Hortons|Ben & Jerry's|Wendy's|Tommy Hilfiger|Ralph Lauren|Calvin Klein|Eddie Bauer"
        "|Trader Joe's|Kate Spade|Michael Kors"
    ),
    "en_GB": _words(
        "Marks & Spencer|John Lewis|Ted Baker|Paul Smith|Sainsbury's|Laura Ashley"
        "|Holland & Barrett|Ann Summers|Jack Wills"
    ),
    "en_AU": _words(
        "David Jones|Harvey Norman|Dick Smith|Peter Alexander|Jay Jays|Tony Bianco|Lorna Jane"
        "|Tim Hortons"
    ),
    "de_DE": _words(
        "Hugo Boss|Jil Sander|Peter Hahn|Jack Wolfskin|Marc O'Polo|Tom Tailor|Gerry Weber"
        "|Betty Barclay"
    ),
    "fr_FR": _words(
        "Leroy Merlin|Yves Rocher|Jean Paul Gaultier|Louis Vuitton|Pierre Hermé"
        "|Christian Louboutin|Isabel Marant|Claudie Pierlot"
    ),
    "es_MX": _words(
        "Sanborns|Chedraui|Carolina Herrera|Julio|Andrea|Tommy Hilfiger|Ferrioni|Liverpool"
    ),
    "it_IT": _words(
        "Giorgio Armani|Dolce & Gabbana|Giovanni Rana|Luisa Spagnoli|Roberto Cavalli"
        "|Salvatore Ferragamo|Elena Mirò"
    ),
    "nl_NL": _words(
        "Albert Heijn|Dirk van den Broek|Jan Linders|Hans Anders|Van Haren|Pieter Pot|Zeeman"
    ),
    "pt_BR": _words(
        "Magazine Luiza|Casas Bahia|Ricardo Eletro|Carmen Steffens|Ana Capri|Marisa|Renner"
    ),
}
_GADGETS = _words(
    "Galaxy Tab S9|Dyson V15 Detect|Philips Hue Bridge|Kindle Paperwhite|Sonos Era 100"
    "|Garmin Forerunner 265|Fairphone 5|Nintendo Switch OLED|Apple Watch Series 9"
    "|Lenovo ThinkPad T14|Ninja Foodi Max|Roborock S8 Pro|Bose QuietComfort Ultra"
    "|Pixel Buds Pro"
)
_HEATERS = {
    "en_US": _words("Rheem Performance Platinum|A.O. Smith Signature|Navien NPE-240A"),
    "en_GB": _words("Worcester Bosch Greenstar|Baxi Duo-tec|Vaillant ecoTEC Pro"),
    "en_AU": _words("Rinnai Infinity|Rheem Stellar|Dux Proflo"),
    "de_DE": _words("Vaillant ecoTEC plus|Viessmann Vitodens|Buderus Logamax"),
    "fr_FR": _words("Saunier Duval Thema|Atlantic Vizengo|Chaffoteaux Mira"),
    "es_MX": _words("Calorex Deluxe|Rheem Mini Tank|Cinsa Boiler"),
    "it_IT": _words("Ariston Clas One|Baxi Luna Duo-tec|Immergas Victrix"),
    "nl_NL": _words("Remeha Calenta Ace|Intergas Xtreme|Nefit EcomLine"),
    "pt_BR": _words("Lorenzetti Acqua Duo|Rinnai REU-E21|Komeco Prime"),
}
_MONTHS = {
    "en": _words(
        "January|February|March|April|May|June|July|August|September|October|November|December"
    ),
    "de": _words(
        "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    ),
    "fr": _words(
        "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    ),
    "es": _words(
        "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    ),
    "it": _words(
        "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre"
        "|dicembre"
    ),
    "nl": _words(
        "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    ),
    "pt": _words(
        "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
    ),
}
_DATE_STYLES = {
    "en_US": ("{mon} {d}, {y}", "{mm}/{dd}/{y}", "{m}/{d}/{y}", "{mon3} {d}, {y}"),
    "en_GB": ("{d} {mon} {y}", "{dd}/{mm}/{y}", "{d}{th} {mon} {y}"),
    "en_AU": ("{d} {mon} {y}", "{dd}/{mm}/{y}", "{d}/{m}/{y}"),
    "de_DE": ("{dd}.{mm}.{y}", "{d}.{m}.{y}", "{d}. {mon} {y}"),
    "fr_FR": ("{dd}/{mm}/{y}", "{d} {mon} {y}"),
    "es_MX": ("{dd}/{mm}/{y}", "{d} de {mon} de {y}", "{dd}-{mm}-{y}"),
    "it_IT": ("{dd}/{mm}/{y}", "{d} {mon} {y}", "{dd}-{mm}-{y}"),
    "nl_NL": ("{dd}-{mm}-{y}", "{d} {mon} {y}", "{dd}/{mm}/{y}"),
    "pt_BR": ("{dd}/{mm}/{y}", "{d} de {mon} de {y}"),
}
_TIME_STYLES = {
    "en_US": ("{h12}:{mi} {AP}", "{h12}{ap}", "{h12}:{mi}{ap}"),
    "en_GB": ("{h24}:{mi}", "{h12}.{mi}{ap}", "{h12}{ap}"),
    "en_AU": ("{h12}:{mi}{ap}", "{h24}:{mi}", "{h12}{ap}"),
    "de_DE": ("{h24}:{mi}", "{h24}.{mi}", "{h24}"),
    "fr_FR": ("{h24}h{mi}", "{h24}h"),
    "es_MX": ("{h24}:{mi}", "{h12}:{mi}"),
    "it_IT": ("{h24}:{mi}", "{h24}.{mi}"),
    "nl_NL": ("{h24}:{mi}", "{h24}.{mi}"),
    "pt_BR": ("{h24}h{mi}", "{h24}:{mi}", "{h24}h"),
}
_TITLES = {  # (male, female), for "Dear Ms {last}"-style openings: the title is no PII
    "en": ("Mr", "Ms"),
    "de": ("Herr", "Frau"),
    "fr": ("M.", "Mme"),
    "es": ("Sr.", "Sra."),
    "it": ("Sig.", "Sig.ra"),
    "nl": ("dhr.", "mevr."),
    "pt": ("Sr.", "Sra."),
}
_PARTICLES = {
    "en": (),
    "de": ("von", "von der", "zu"),
    "fr": ("de", "du", "de la"),
    "es": ("de", "de la", "del"),
    "it": ("di", "De", "Di", "Lo", "Della"),
    "nl": ("van", "van der", "de", "van den", "ter", "van de"),
    "pt": ("da", "dos", "de", "das", "do"),
}
# where IBANs come from: es_MX, pt_BR, en_US and en_AU pay counterparts in Europe
_IBAN_COUNTRIES = {
    "en_US": ("DE", "GB", "IE", "NL"),
    "en_GB": ("GB", "GB", "IE"),
    "en_AU": ("GB", "DE", "IE"),
    "de_DE": ("DE", "DE", "AT"),
    "fr_FR": ("FR", "FR", "BE"),
    "es_MX": ("ES", "DE"),
    "it_IT": ("IT",),
    "nl_NL": ("NL", "NL", "BE"),
    "pt_BR": ("PT", "ES", "DE"),
}
_BBAN = {
    "DE": ("#" * 18,),
    "AT": ("#" * 16,),
    "GB": tuple(b + "#" * 14 for b in ("NWBK", "BARC", "LOYD", "HBUK", "MIDL")),
    "IE": tuple(b + "#" * 14 for b in ("AIBK", "BOFI")),
    "NL": tuple(b + "#" * 10 for b in ("ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB")),
    "BE": ("#" * 12,),
    "FR": ("#" * 23,),
    "ES": ("#" * 20,),
    "PT": ("#" * 21,),
    "IT": ("^" + "#" * 22,),
}
_PW_WORDS = {
    "en": _words("Sunshine|Dragon|Liverpool|Bailey|Summer|Kangaroo|Charlie"),
    "de": _words("Sommer|Schalke|Hamburg|Mausi|Sonnenschein|Fussball|Bienchen"),
    "fr": _words("Soleil|Marseille|Doudou|Chouchou|Loulou|Printemps|Nounours"),
    "es": _words("Chivas|Tequila|Corazon|Mariposa|Amorcito|Pumas|Estrella"),
    "it": _words("Juventus|Farfalla|Amore|Tesoro|Napoli|Primavera|Stellina"),
    "nl": _words("Voetbal|Ajax|Zonnetje|Schatje|Tulp|Fietsen|Hondje"),
    "pt": _words("Flamengo|Saudade|Corinthians|Amorzinho|Estrela|Palmeiras|Bahia"),
}
# company-register and VAT ids, with their label (hard negatives; CNPJ is PII in pt_BR)
_COMPANY_IDS = {
    "en_US": ("EIN %#-#######", "EIN %#-#######"),
    "en_GB": ("Company No. 0%######", "VAT GB %## #### ##"),
    "en_AU": ("ABN %# ### ### ###", "ACN %## ### ###"),
    "de_DE": ("HRB %####", "USt-IdNr. DE%########"),
    "fr_FR": ("SIREN %## ### ###", "SIRET %## ### ### #####", "TVA FR%# %########"),
    "es_MX": ("RFC ^^^######^^%", "RFC ^^^######*^%"),
    "it_IT": ("P.IVA 0%#########", "REA MI-%######"),
    "nl_NL": ("KvK %#######", "btw NL%########B0%"),
    "pt_BR": ("IE %##.###.###.###", "NIRE %##########"),
}
_ID_PATTERNS = {
    "order": ("###-#######-#######", "%#######", "ORD-%#####", "^^-%######", "%##-%#####"),
    "invoice": ("INV-{y}-%####", "RE-{y}-%###", "F{y}-%####", "FAC-%#####", "{y}/%####"),
    "booking": ("******", "HTL-%####-^", "BK%#######", "^^^%##^"),
    "case": ("CS-%######", "%#######", "SR-{y}-%#####", "^^%#####", "#%####-^^"),
    "tracking": (
        "1Z******##########",
        "JJD0140%############",
        "^^%########{cc}",
        "00340434%###########",
        "TBA%###########",
    ),
    "serial": ("%####-####-##", "^^%#######", "%## ### ### ###", "%#########", "SN%##^####"),
    "sku": ("%##-####-##", "^^-%#####", "%############", "ART-%####"),
    "room": ("%##", "^%#", "%#^", "%0%"),
}


# ---------------------------------------------------------------------- the doc's context


@dataclass
class _Person:
    first: str
    middle: str
    last: str
    female: bool


class _Ctx:
    """One doc being rendered: its locale, the shared Random/Faker, and the doc's cast."""

    def __init__(self, locale: str, r: random.Random, fk) -> None:
        self.locale, self.r, self.fk = locale, r, fk
        self.lang, self.region = LANG[locale], REGION[locale]
        self.people: dict[str, _Person] = {}
        self.values: dict[str, str] = {}

    def person(self, role: str) -> _Person:
        if role not in self.people:
            self.people[role] = _new_person(self)
        return self.people[role]

    def once(self, key: str, make: Callable[[], str]) -> str:
        """The same value each time `key` is asked for in this doc."""
        if key not in self.values:
            self.values[key] = make()
        return self.values[key]


def _surname(c: _Ctx) -> str:
    r, fk = c.r, c.fk
    base, roll = _plain(fk.last_name), r.random()
    if roll < 0.12 and " " not in base:
        return f"{base}-{_plain(fk.last_name)}"
    particles = _PARTICLES[c.lang]
    if roll < 0.26 and particles and base[0].isupper():
        return f"{r.choice(particles)} {base}"
    if c.lang in ("es", "pt") and roll < 0.75:
        return f"{base} {_plain(fk.last_name)}"  # two surnames
    return base


def _new_person(c: _Ctx) -> _Person:
    female = c.r.random() < 0.5
    given = c.fk.first_name_female if female else c.fk.first_name_male
    first, middle = _plain(given), _plain(given)
    while middle == first:
        middle = _plain(given)
    return _Person(first, middle, _surname(c), female)


def _plain(draw: Callable[[], str]) -> str:
    """A Faker name without abbreviations or commas ('Hans-J.', 'Werl-Arnsberg, van')."""
    name = draw()
    while not all(ch.isalpha() or ch in " -'" for ch in name):
        name = draw()
    return name


def _shape(p: _Person, shape: str, lang: str) -> str:
    """One way of writing a person's name."""
    if shape == "first":
        return p.first
    if shape == "last":  # after a title: Dutch capitalises the particle there
        return p.last[0].upper() + p.last[1:] if lang == "nl" else p.last
    if shape == "fml" and " " not in p.first:
        return f"{p.first} {p.middle} {p.last}"
    if shape == "initial":
        return f"{p.first[0]}. {p.last}"
    if shape == "last_first":
        return f"{p.last}, {p.first}"
    if shape == "caps":
        return f"{p.first} {p.last}".upper()
    if shape == "surname_first":
        return f"{p.last.upper()} {p.first}"
    return f"{p.first} {p.last}"


_SHAPES = {  # slot -> (role, shapes to draw from)
    "name": ("me", ("full",) * 7 + ("fml", "fml", "initial")),
    "first": ("me", ("first",)),
    "last": ("me", ("last",)),
    "sig": ("me", ("first", "first", "full", "full", "initial")),
    "formal": ("me", ("last_first", "last_first", "caps", "surname_first")),
    "p2": ("p2", ("full",) * 5 + ("fml",)),
    "p2first": ("p2", ("first",)),
    "p2last": ("p2", ("last",)),
    "p3": ("p3", ("full",)),
    "agent": ("agent", ("first",)),
    "agentname": ("agent", ("full", "full", "initial")),
}


def _person_slot(c: _Ctx, slot: str) -> str:
    role, shapes = _SHAPES[slot]
    return _shape(c.person(role), c.r.choice(shapes), c.lang)


def _email(c: _Ctx, p: _Person, alt: bool = False) -> str:
    r = c.r
    f, s = _ascii(p.first.split()[0]), _ascii(p.last)
    local = r.choice(
        (
            f"{f}.{s}",
            f"{f[0]}{s}",
            f"{f}{s}{r.randint(1, 99)}",
            f"{s}.{f}",
            f"{f}_{s}",
            f"{f}{r.randint(60, 99)}",
            f"{f}.{s}{r.randint(70, 99)}",
        )
    )
    if alt and r.random() < 0.5:
        return f"{f}.{s}@{r.choice(_HOSTS[c.locale])}"  # a work address
    return f"{local}@{r.choice(_MAIL_DOMAINS[c.locale])}"


# ------------------------------------------------------------------------------ addresses


def _city(c: _Ctx) -> tuple[str, str, str]:
    city, state, pattern = c.r.choice(_CITIES[c.locale])
    return city, state, _fill(c.r, pattern)


def _unit_lines(c: _Ctx, street: str, unit: str | None, multi: bool, before: bool) -> list[str]:
    """The street line with its unit/floor/apartment: on its own line or after a comma."""
    if unit is None:
        return [street]
    if multi and c.r.random() < 0.6:
        return [unit, street] if before else [street, unit]
    return [f"{street}, {unit}"]


def _addr_en_us(c: _Ctx, po: bool, multi: bool) -> list[str]:
    r = c.r
    city, state, zipc = _city(c)
    if r.random() < 0.15:
        zipc += _fill(r, "-####")
    last = f"{city}, {state} {zipc}"
    if po:
        return [f"{r.choice(('PO Box', 'P.O. Box'))} {r.randint(10, 99999)}", last]
    street = f"{r.randint(1, 9899)} {r.choice(_STREETS['en_US'])}"
    unit = r.choice(
        (None, None, f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"Suite {r.randint(1, 9)}00")
        + (f"#{r.randint(2, 900)}", f"Unit {r.randint(1, 30)}")
    )
    if unit and unit.startswith("#"):
        return [f"{street} {unit}", last]
    return [*_unit_lines(c, street, unit, multi, False), last]


def _addr_en_gb(c: _Ctx, po: bool, multi: bool) -> list[str]:
    r = c.r
    city, _, postcode = _city(c)
    tail = [city, postcode] if multi and r.random() < 0.6 else [f"{city} {postcode}"]
    if po:
        return [f"PO Box {r.randint(10, 9999)}", *tail]
    street = f"{r.randint(1, 220)} {r.choice(_STREETS['en_GB'])}"
    flat = r.choice(
        (None, None, f"Flat {r.randint(1, 24)}", f"Flat {r.randint(1, 9)}{r.choice('ABC')}")
    )
    return [*_unit_lines(c, street, flat, multi, True), *tail]


def _addr_en_au(c: _Ctx, po: bool, multi: bool) -> list[str]:
    r = c.r
    suburb, state, pc = _city(c)
    last = f"{suburb} {state} {pc}"
    if po:
        return [
            f"{r.choice(('PO Box', 'PO Box', 'GPO Box', 'Locked Bag'))} {r.randint(10, 9999)}",
            last,
        ]
    num, street, u = r.randint(1, 250), r.choice(_STREETS["en_AU"]), r.randint(1, 40)
    style = r.random()
    if style < 0.25:
        return [f"Unit {u}/{num} {street}", last]
    if style < 0.45:
        return [f"{u}/{num} {street}", last]
    unit = r.choice((None, None, f"Level {r.randint(1, 12)}", f"Apartment {u}"))
    return [*_unit_lines(c, f"{num} {street}", unit, multi, True), last]


def _addr_de(c: _Ctx, po: bool, multi: bool) -> list[str]:
    r = c.r
    city, _, plz = _city(c)
    last = f"{plz} {city}"
    if po:
        return [f"Postfach {_fill(r, '%# ## ##')}", last]
    street = f"{r.choice(_STREETS['de_DE'])} {r.randint(1, 140)}{r.choice(('', '', '', 'a', 'b'))}"
    k = r.randint(1, 5)
    extra = r.choice(
        (None, None, None, "Hinterhaus", f"Hinterhaus, {k}. OG", f"{k}. OG links")
        + ("Seitenflügel", f"Wohnung {r.randint(1, 24)}", r.choice(_CO_LINES))
    )
    if extra and extra.startswith("c/o"):
        return [extra, street, last] if multi else [street, extra, last]
    return [*_unit_lines(c, street, extra, multi, False), last]


def _addr_fr(c: _Ctx, po: bool, multi: bool) -> list[str]:
    r = c.r
    city, _, cp = _city(c)
    if po:
        bp = f"{r.choice(('BP', 'Boîte postale', 'BP'))} {r.randint(10, 9999)}"
        return [bp, f"{cp} {city}{r.choice(('', ' Cedex', ' Cedex 1'))}"]
    num = f"{r.randint(1, 180)}{r.choice(('', '', '', ' bis', ' ter'))}"
    street = f"{num} {r.choice(_STREETS['fr_FR'])}"
    k, letter = r.randint(1, 6), r.choice("ABCD")
    extra = r.choice(
        (None, None, f"Appartement {r.randint(1, 60)}", f"Bât. {letter}")
        + (f"Bâtiment {letter}, escalier {k}", f"Résidence Les Tilleuls, appt {k}{letter}")
    )
    return [*_unit_lines(c, street, extra, multi, True), f"{cp} {city}"]


def _addr_mx(c: _Ctx, po: bool, multi: bool) -> list[str]:
    r = c.r
    city, state, cp = _city(c)
    last = r.choice((f"C.P. {cp}, {city}, {state}", f"{cp} {city}, {state}"))
    if po:
        return [f"Apartado Postal {r.randint(10, 9999)}", last]
    st, num, k = r.choice(_STREETS["es_MX"]), r.randint(1, 3999), r.randint(1, 40)
    street = r.choice(
        (f"{st} {num}", f"{st} #{num}", f"{st} {num}, Int. {k}", f"{st} {num} Depto. {k}")
        + (f"{st} {num}-{r.choice('ABC')}",)
    )
    return [street, f"Col. {r.choice(_COLONIAS)}", last]


def _addr_it(c: _Ctx, po: bool, multi: bool) -> list[str]:
    r = c.r
    city, prov, cap = _city(c)
    last = r.choice((f"{cap} {city} ({prov})", f"{cap} {city} {prov}", f"{cap} {city}"))
    if po:
        return [f"Casella Postale {r.randint(10, 9999)}", last]
    st, num = r.choice(_STREETS["it_IT"]), r.randint(1, 220)
    street = r.choice((f"{st} {num}", f"{st}, {num}", f"{st} {num}/{r.choice('ABC')}"))
    k, letter = r.randint(1, 30), r.choice("ABCD")
    extra = r.choice((None, None, f"scala {letter}, int. {k}", f"int. {k}", f"piano {k % 6 + 1}"))
    return [street if extra is None else f"{street}, {extra}", last]


def _addr_nl(c: _Ctx, po: bool, multi: bool) -> list[str]:
    r = c.r
    city, _, postcode = _city(c)
    if r.random() < 0.25:
        postcode = postcode.replace(" ", "")
    last = f"{postcode} {city}"
    if po:
        return [f"Postbus {r.randint(10, 99999)}", last]
    n, k = r.randint(1, 320), r.randint(1, 4)
    num = r.choice((f"{n}", f"{n}", f"{n}{r.choice('ABC')}", f"{n}-{k}", f"{n} {k}-hoog"))
    if r.random() < 0.1:
        num = r.choice((f"{n}-huis", f"{n} bis", f"{n}-{k}-hoog"))
    return [f"{r.choice(_STREETS['nl_NL'])} {num}", last]


def _addr_br(c: _Ctx, po: bool, multi: bool) -> list[str]:
    r = c.r
    city, uf, cep = _city(c)
    city_line = r.choice((f"{city} - {uf}", f"{city}/{uf}"))
    cep_line = r.choice((f"CEP {cep}", cep))
    if po:
        return [f"Caixa Postal {r.randint(10, 9999)}", city_line, cep_line]
    st, num, k = r.choice(_STREETS["pt_BR"]), r.randint(1, 4999), r.randint(11, 1804)
    street = r.choice((f"{st}, {num}", f"{st}, nº {num}", f"{st}, {num}"))
    compl = r.choice((None, f"apto {k}", f"apto {k}, bloco {r.choice('ABC')}", f"sala {k}"))
    bairro = r.choice((r.choice(_BAIRROS), f"Bairro {r.choice(_BAIRROS)}"))
    first = street if compl is None else f"{street}, {compl}"
    return [first, bairro, city_line, cep_line]


_ADDRESS_MAKERS = {
    "en_US": _addr_en_us,
    "en_GB": _addr_en_gb,
    "en_AU": _addr_en_au,
    "de_DE": _addr_de,
    "fr_FR": _addr_fr,
    "es_MX": _addr_mx,
    "it_IT": _addr_it,
    "nl_NL": _addr_nl,
    "pt_BR": _addr_br,
}


def _address(c: _Ctx, po: bool = False, multi: bool = False) -> str:
    """A full address in the locale's own format: one line with commas, or a block."""
    lines = _ADDRESS_MAKERS[c.locale](c, po, multi)
    if c.r.random() < (0.3 if multi else 0.06):
        lines.append(c.r.choice(_COUNTRY_LINES[c.locale]))
    return ("\n" if multi else ", ").join(lines)


# --------------------------------------------------------------------------------- phones

# region -> ((first digits of the national significant number, how many random digits), ...)
# the first plan of each region holds its mobile numbers (US numbers do not tell)
_PHONE_PLANS = {
    "US": (
        (("212", "312", "415", "503", "617", "702", "713", "206", "305", "404"), (7,)),
        (("512", "646", "720", "818", "919", "602", "615", "971", "773", "347"), (7,)),
    ),
    "GB": (
        (("74", "75", "77", "78", "79"), (8,)),
        (("203", "207", "208"), (7,)),
        (("1132", "1612", "1173", "1214", "1312", "1158"), (6,)),
    ),
    "AU": (
        (("40", "41", "42", "43", "44", "45", "46", "47", "48"), (7,)),
        (("29", "28", "39", "38", "73", "89", "86"), (7,)),
    ),
    "DE": (
        (
            ("151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173")
            + ("175", "176", "177", "178", "179"),
            (7, 8),
        ),
        (("30", "40", "89", "69"), (7, 8)),
        (("221", "711", "341", "351", "511", "911", "228"), (6, 7)),
    ),
    "FR": ((("6", "7"), (8,)), (("1", "2", "3", "4", "5"), (8,))),
    "MX": ((("55", "33", "81"), (8,)), (("222", "442", "999", "477", "664", "998"), (7,))),
    "IT": (
        (("320", "328", "333", "338", "339", "340", "345", "347", "348", "349", "366"), (7,)),
        (("02", "06"), (7, 8)),
        (("011", "055", "081", "051", "041", "010"), (6, 7)),
    ),
    "NL": (
        (("61", "62", "63", "64", "65", "68"), (7,)),
        (("20", "10", "70", "30", "40", "50", "13", "15", "24"), (7,)),
    ),
    "BR": (
        (("119", "219", "319", "419", "519", "619", "719", "819", "859", "489"), (8,)),
        (tuple(f"{area}{d}" for area in (11, 21, 31, 41, 51, 61, 71, 81) for d in "2345"), (7,)),
    ),
}


def _phone_number(c: _Ctx, kind: str | None):
    """A valid number: any, or only a mobile / only a landline one (the first plan is mobile)."""
    import phonenumbers as pn

    cc = str(pn.country_code_for_region(c.region))
    plans = _PHONE_PLANS[c.region]
    if c.region != "US" and kind == "mobile":
        plans = plans[:1]
    elif c.region != "US" and kind == "landline":
        plans = plans[1:]
    for _ in range(200):
        prefixes, lengths = c.r.choice(plans)
        nsn = c.r.choice(prefixes) + _fill(c.r, "#" * c.r.choice(lengths))
        num = pn.parse("+" + cc + nsn)
        if pn.is_valid_number(num):
            return num
    raise AssertionError(f"no valid phone number drawn for {c.region}")


def _phone_styles(region: str, nat: str, intl: str, e164: str) -> list[str]:
    """Ways people write this number in the region (checked for validity by the caller)."""
    digits = re.sub(r"\D", "", nat)
    m = re.match(r"\(?(\d+)\)?[ /-]?(.*)", nat)
    head, tail = (m.group(1), m.group(2)) if m else (digits, "")
    tail_c = re.sub(r"\D", "", tail)
    styles = [nat, nat, nat, intl, intl]
    if region in ("GB", "DE", "FR", "AU", "NL"):
        styles.append(intl.replace(" ", " (0)", 1))
    extra = {
        "US": [
            f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
            f"{digits[:3]}.{digits[3:6]}.{digits[6:]}",
        ]
        + [
            f"1-{digits[:3]}-{digits[3:6]}-{digits[6:]}",
            f"+1 ({digits[:3]}) {digits[3:6]}-{digits[6:]}",
        ],
        "GB": [digits, e164],
        "AU": [digits, e164],
        "DE": [f"{head}/{tail_c}", f"({head}) {tail}", f"{head}-{tail_c}", e164],
        "FR": [nat.replace(" ", "."), digits],
        "MX": [f"({head}) {tail}", nat.replace(" ", "-"), e164],
        "IT": [digits, f"{head}-{tail_c}", e164],
        "NL": [f"{head}-{tail_c}", e164],
        "BR": [nat.replace("(", "").replace(")", ""), f"+55 ({head}) {tail}", digits],
    }
    return styles + extra[region]


def _phone(c: _Ctx, kind: str | None = None) -> str:
    """A valid number for the doc's country, written one of the local ways."""
    import phonenumbers as pn

    num = _phone_number(c, kind)
    fmt = pn.PhoneNumberFormat
    nat = pn.format_number(num, fmt.NATIONAL)
    styles = _phone_styles(
        c.region, nat, pn.format_number(num, fmt.INTERNATIONAL), pn.format_number(num, fmt.E164)
    )
    value = c.r.choice(styles)
    try:
        if pn.is_valid_number(pn.parse(value, c.region)):
            return value
    except pn.NumberParseException:
        pass
    return nat


# ----------------------------------------------------------------- other values (entities)

_CARD_KINDS = (  # (prefixes, length, grouping, weight)
    (("4",), 16, (4, 4, 4, 4), 6),
    (("51", "52", "53", "54", "55", "2221", "2300", "2720"), 16, (4, 4, 4, 4), 5),
    (("34", "37"), 15, (4, 6, 5), 2),
    (("6011", "65"), 16, (4, 4, 4, 4), 1),
    (("3528", "3566", "3589"), 16, (4, 4, 4, 4), 1),
    (("36", "38"), 14, (4, 6, 4), 1),
)


def _card(c: _Ctx) -> str:
    r = c.r
    prefixes, length, groups, _ = r.choices(_CARD_KINDS, [k[3] for k in _CARD_KINDS])[0]
    body = r.choice(prefixes)
    body += _fill(r, "#" * (length - len(body) - 1))
    number = next(body + d for d in string.digits if luhn_valid(body + d))
    sep = r.choice((" ", " ", " ", "-", ""))
    return _group(number, groups, sep) if sep else number


def _iban(c: _Ctx, country: str | None = None) -> str:
    r = c.r
    country = country or r.choice(_IBAN_COUNTRIES[c.locale])
    bban = _fill(r, r.choice(_BBAN[country]))
    check = 98 - _mod97(bban + country + "00")
    iban = f"{country}{check:02d}{bban}"
    assert iban_valid(iban), iban
    return iban if r.random() < 0.25 else " ".join(re.findall(".{1,4}", iban))


def _ssn(c: _Ctx) -> str:
    r = c.r
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    sep = r.choice(("-", "-", "-", " "))
    return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def _cpf(c: _Ctx) -> str:
    d = [c.r.randint(0, 9) for _ in range(9)]
    s = "".join(map(str, _cpf_check(d)))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if c.r.random() < 0.8 else s


def _cnpj(c: _Ctx) -> str:
    d = [c.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, c.r.choice((1, 1, 1, 2))]
    s = "".join(map(str, _cnpj_check(d)))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}" if c.r.random() < 0.85 else s


def _ipv4(c: _Ctx) -> str:
    while True:
        a = ipaddress.IPv4Address(c.r.getrandbits(32))
        if a.is_global and not a.is_multicast:
            return str(a)


def _ipv6(c: _Ctx) -> str:
    r = c.r
    while True:
        if r.random() < 0.5:  # a full address from a RIPE-style block
            value = (0x2A0 << 116) | r.getrandbits(116)
        else:  # a server's /64 with a short interface id
            value = (0x2A0 << 116) | (r.getrandbits(52) << 64) | r.randint(1, 0xFFF)
        a = ipaddress.IPv6Address(value)
        if a.is_global:
            return a.compressed


def _jwt(r: random.Random) -> str:
    claims = {"sub": str(r.randint(10**5, 10**9)), "iat": r.randint(1_690_000_000, 1_740_000_000)}
    claims["role"] = r.choice(("user", "admin", "service"))
    body = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode())
    header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    return f"{header}.{body.decode().rstrip('=')}.{_rand(r, _B64URL, 42)}{r.choice(_ALNUM)}"


_SECRET_MAKERS: dict[str, Callable[[random.Random], str]] = {
    "aws": lambda r: "AKIA" + _rand(r, string.ascii_uppercase + "234567", 16),
    "awssecret": lambda r: _rand(r, _ALNUM + "/+", 39) + r.choice(_ALNUM),
    "gh": lambda r: "ghp_" + _rand(r, _ALNUM, 36),
    "ghpat": lambda r: f"github_pat_{_rand(r, _ALNUM, 22)}_{_rand(r, _ALNUM, 59)}",
    "stripe": lambda r: "sk_live_" + _rand(r, _ALNUM, r.choice((24, 34, 48))),
    "slack": lambda r: (
        f"xoxb-{_rand(r, string.digits, 12)}-{_rand(r, string.digits, 13)}-{_rand(r, _ALNUM, 24)}"
    ),
    "jwt": _jwt,
    "google": lambda r: "AIza" + _rand(r, _B64URL, 34) + r.choice(_ALNUM),
    "sendgrid": lambda r: f"SG.{_rand(r, _B64URL, 22)}.{_rand(r, _B64URL, 42)}{r.choice(_ALNUM)}",
}
_API_KEYS = ("aws", "gh", "ghpat", "stripe", "slack", "jwt", "google", "sendgrid")


def _secret(c: _Ctx, kind: str | None) -> str:
    return _SECRET_MAKERS[kind or c.r.choice(_API_KEYS)](c.r)


def _password(c: _Ctx) -> str:
    r = c.r
    word, word2 = r.sample(_PW_WORDS[c.lang], 2)
    style = r.randrange(4)
    if style == 0:
        return f"{word}{r.randint(1, 2025)}{r.choice('!#$%&*')}{word2.lower()}"
    if style == 1:
        return f"{word}{r.choice('@#!.')}{r.randint(10, 9999)}"
    if style == 2:
        return _rand(r, _ALNUM + "!#$%&*+", 13) + r.choice(_ALNUM)
    return f"{word.lower()}{r.randint(70, 2010)}"


_URL_KINDS = (  # (scheme, port, paths)
    ("https", "", ("/ops/infra.git", "/team/billing-service.git", "/exports/latest")),
    ("ftp", "", ("/outbound/feed", "/incoming/orders", "/pub/stock")),
    ("sftp", ":22", ("/backups/nightly", "/upload/invoices")),
    ("postgres", ":5432", ("/prod", "/crm", "/shop_live")),
    ("mysql", ":3306", ("/shop", "/wordpress")),
    ("redis", ":6379", ("/0", "/2")),
    ("amqp", ":5672", ("/orders", "/vhost1")),
    ("mongodb+srv", "", ("/orders?retryWrites=true", "/analytics")),
)


def _urlcred(c: _Ctx) -> str:
    r = c.r
    scheme, port, paths = r.choice(_URL_KINDS)
    user = r.choice(("deploy", "admin", "backup", "svc_sync", "ci", "ftpuser", "app", "reports"))
    pw = _rand(r, _ALNUM, r.randint(3, 6)) + _rand(r, _ALNUM + "-_.!$*", r.randint(4, 10))
    pw += r.choice(_ALNUM)
    sub = r.choice(("db", "ftp", "git", "files", "mq", "cache", "data"))
    return f"{scheme}://{user}:{pw}@{sub}.{r.choice(_HOSTS[c.locale])}{port}{r.choice(paths)}"


def _fmt_date(c: _Ctx, y: int, m: int, d: int, style: str | None = None) -> str:
    months = _MONTHS[c.lang]
    th = "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    fields = {"d": d, "dd": f"{d:02d}", "m": m, "mm": f"{m:02d}", "y": y, "th": th}
    fields |= {"mon": months[m - 1], "mon3": months[m - 1][:3], "yy": f"{y % 100:02d}"}
    style = style or c.r.choice(_DATE_STYLES[c.locale])
    return style.format(**fields)


def _dob(c: _Ctx, variant: str | None = None) -> str:
    r = c.r
    y = r.randint(2006, 2023) if variant == "child" else r.randint(1941, 2006)
    m, d = r.randint(1, 12), r.randint(1, 28)
    return _fmt_date(c, y, m, d, "{y}-{mm}-{dd}" if r.random() < 0.06 else None)


# ------------------------------------------------------------------------ hard negatives


def _neg_id(c: _Ctx, kind: str) -> str:
    pattern = c.r.choice(_ID_PATTERNS[kind])
    pattern = pattern.replace("{y}", str(c.r.randint(2022, 2025))).replace("{cc}", c.region)
    return _fill(c.r, pattern)


def _neg_date(c: _Ctx, style: str | None) -> str:
    r = c.r
    y, m, d = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
    if style == "exp":  # a card's expiry: in the future
        y = r.randint(2026, 2031)
    fixed = {"iso": "{y}-{mm}-{dd}", "exp": "{mm}/{yy}"}
    return _fmt_date(c, y, m, d, fixed.get(style or ""))


def _neg_time(c: _Ctx, style: str | None) -> str:
    r = c.r
    if style == "chat":  # a transcript's clock: starts somewhere, then moves forward
        clock = int(c.values.get("_clock", r.randint(8 * 60, 20 * 60))) + r.randint(0, 3)
        c.values["_clock"] = str(clock)
        return f"{clock // 60:02d}:{clock % 60:02d}"
    h24 = r.randint(7, 21) if style != "hms" else r.randint(0, 23)
    mi = r.choice(("00", "15", "30", "45", f"{r.randint(0, 59):02d}"))
    if style == "hms":
        return f"{h24:02d}:{mi}:{r.randint(0, 59):02d}"
    h12 = h24 - 12 if h24 > 12 else h24
    fields = {"h24": h24, "h12": h12, "mi": mi, "AP": "PM" if h24 >= 12 else "AM"}
    fields["ap"] = fields["AP"].lower()
    return r.choice(_TIME_STYLES[c.locale]).format(**fields)


def _neg_amount(c: _Ctx, _: str | None) -> str:
    r = c.r
    value = round(r.choice((r.uniform(4, 200), r.uniform(200, 4000))), r.choice((0, 2, 2)))
    us = f"{value:,.2f}"
    eu = us.replace(",", "_").replace(".", ",").replace("_", ".")
    options = {
        "en_US": (f"${us}", f"${us}", f"USD {us}"),
        "en_GB": (f"£{us}", f"£{us}", f"GBP {us}"),
        "en_AU": (f"${us}", f"A${us}", f"AUD {us}"),
        "de_DE": (f"{eu} €", f"{eu} EUR", f"EUR {eu}"),
        "fr_FR": (f"{eu.replace('.', ' ')} €", f"{eu.replace('.', ' ')} EUR"),
        "es_MX": (f"${us}", f"${us} MXN", f"MXN {us}"),
        "it_IT": (f"€ {eu}", f"{eu} euro", f"EUR {eu}"),
        "nl_NL": (f"€ {eu}", f"€{eu}", f"EUR {eu}"),
        "pt_BR": (f"R$ {eu}", f"R${eu}"),
    }
    return r.choice(options[c.locale])


def _neg_digits16(c: _Ctx, _: str | None) -> str:
    while True:
        digits = _fill(c.r, "%" + "#" * 15)
        if not luhn_valid(digits):
            return digits if c.r.random() < 0.4 else " ".join(re.findall(".{4}", digits))


def _neg_iban_bad(c: _Ctx, _: str | None) -> str:
    compact = _iban(c).replace(" ", "")
    while iban_valid(compact):
        compact = compact[:2] + f"{c.r.randint(2, 98):02d}" + compact[4:]
    return compact if c.r.random() < 0.25 else " ".join(re.findall(".{1,4}", compact))


def _neg_url(c: _Ctx, _: str | None) -> str:
    r = c.r
    path = r.choice(("status", "help/returns", "account/orders", "docs/api/webhooks", "support"))
    query = r.choice(("", "", f"?ref={_fill(r, '^^%#####')}", f"?page={r.randint(2, 9)}"))
    host = f"{r.choice(('www', 'status', 'help'))}.{r.choice(_HOSTS[c.locale])}"
    return f"https://{host}/{path}{query}"


def _neg_sha(c: _Ctx, _: str | None) -> str:
    return _fill(c.r, "~" * c.r.choice((40, 40, 7, 8, 10, 12)))


def _neg_postcode(c: _Ctx, _: str | None) -> str:
    return _city(c)[2]


def _neg_product(c: _Ctx, kind: str | None) -> str:
    return c.r.choice(_HEATERS[c.locale] if kind == "heater" else _GADGETS)


_NEGATIVES: dict[str, Callable[[_Ctx, str | None], str]] = {
    "order": lambda c, v: _neg_id(c, "order"),
    "invoice": lambda c, v: _neg_id(c, "invoice"),
    "booking": lambda c, v: _neg_id(c, "booking"),
    "case": lambda c, v: _neg_id(c, "case"),
    "tracking": lambda c, v: _neg_id(c, "tracking"),
    "serial": lambda c, v: _neg_id(c, "serial"),
    "sku": lambda c, v: _neg_id(c, "sku"),
    "room": lambda c, v: _neg_id(c, "room"),
    "version": lambda c, v: c.r.choice(
        (
            f"{c.r.randint(1, 17)}.{c.r.randint(0, 30)}.{c.r.randint(0, 20)}",
            f"v{c.r.randint(1, 6)}.{c.r.randint(0, 40)}.{c.r.randint(0, 15)}",
            f"{c.r.randint(1, 9)}.{c.r.randint(0, 9)}.{c.r.randint(0, 9)}.{c.r.randint(100, 9999)}",
            f"10.0.{c.r.randint(17000, 22631)}.{c.r.randint(100, 4000)}",
        )
    ),
    "date": _neg_date,
    "time": _neg_time,
    "amount": _neg_amount,
    "digits16": _neg_digits16,
    "iban_bad": _neg_iban_bad,
    "url": _neg_url,
    "sha": _neg_sha,
    "uuid": lambda c, v: str(uuid.UUID(int=c.r.getrandbits(128), version=4)),
    "company_id": lambda c, v: _fill(c.r, c.r.choice(_COMPANY_IDS[c.locale])),
    "product": _neg_product,
    "brand": lambda c, v: c.r.choice(_BRANDS[c.locale]),
    "street": lambda c, v: c.r.choice(_STREETS[c.locale]),
    "city": lambda c, v: _city(c)[0],
    "postcode": _neg_postcode,
}
assert set(_NEGATIVES) == set(BLIND_NEGATIVE_KINDS)


def _pii_lookalike(c: _Ctx, value: str) -> bool:
    """A negative that is accidentally a real card, CPF, CNPJ or SSN: drawn again."""
    digits = re.sub(r"\D", "", value)
    if 13 <= len(digits) <= 19 and luhn_valid(digits):
        return True
    if c.locale == "pt_BR" and _digits_ok(digits, _cpf_check, 9):
        return True
    if c.locale == "pt_BR" and _digits_ok(digits, _cnpj_check, 12):
        return True
    return c.locale == "en_US" and re.fullmatch(r"\d{3}-\d{2}-\d{4}", value) is not None


def _negative(c: _Ctx, kind: str, variant: str | None) -> str:
    value = _NEGATIVES[kind](c, variant)
    for _ in range(50):
        if not _pii_lookalike(c, value):
            break
        value = _NEGATIVES[kind](c, variant)
    return value


# ------------------------------------------------------------------------------ the slots

_ENTITY_SLOTS: dict[str, tuple[str, Callable[[_Ctx, str | None], str]]] = {
    **{slot: ("person", lambda c, v, s=slot: _person_slot(c, s)) for slot in _SHAPES},
    "addr": ("address", lambda c, v: c.once("addr", lambda: _address(c))),
    "addrblock": ("address", lambda c, v: c.once("addrblock", lambda: _address(c, multi=True))),
    "addr2": ("address", lambda c, v: c.once("addr2", lambda: _address(c))),
    "pobox": ("address", lambda c, v: _address(c, po=True)),
    "poboxblock": ("address", lambda c, v: _address(c, po=True, multi=True)),
    "phone": ("phone", lambda c, v: c.once("phone", lambda: _phone(c, v))),
    "phone2": ("phone", lambda c, v: c.once("phone2", lambda: _phone(c, v))),
    "email": ("email", lambda c, v: c.once("email", lambda: _email(c, c.person("me")))),
    "email2": ("email", lambda c, v: c.once("email2", lambda: _email(c, c.person("me"), True))),
    "p2email": ("email", lambda c, v: c.once("p2email", lambda: _email(c, c.person("p2")))),
    "card": ("card", lambda c, v: c.once("card", lambda: _card(c))),
    "iban": ("iban", lambda c, v: c.once("iban", lambda: _iban(c))),
    "ssn": ("ssn", lambda c, v: c.once("ssn", lambda: _ssn(c))),
    "cpf": ("cpf", lambda c, v: c.once("cpf", lambda: _cpf(c))),
    "cnpj": ("cnpj", lambda c, v: c.once("cnpj", lambda: _cnpj(c))),
    "ip": ("ip", lambda c, v: c.once("ip", lambda: _ipv4(c) if c.r.random() < 0.85 else _ipv6(c))),
    "ip6": ("ip", lambda c, v: c.once("ip6", lambda: _ipv6(c))),
    "urlcred": ("url_credentials", lambda c, v: c.once("urlcred", lambda: _urlcred(c))),
    "secret": ("secret", lambda c, v: c.once(f"secret:{v}", lambda: _secret(c, v))),
    "password": ("secret", lambda c, v: c.once("password", lambda: _password(c))),
    "dob": ("dob", lambda c, v: c.once("dob", lambda: _dob(c, v))),
}
assert {etype for etype, _ in _ENTITY_SLOTS.values()} <= set(TYPES)


def _gender(c: _Ctx, role: str, variant: str | None) -> str:
    """'{g:masculine:feminine}' picks the word agreeing with the person's gender."""
    male, female = (variant or ":").split(":", 1)
    return female if c.person(role).female else male


_WORDS = {  # slot -> (en_US, en_GB, en_AU): wording that differs between English locales
    "mobile": ("cell", "mobile", "mobile"),
    "parcel": ("package", "parcel", "parcel"),
    "zip": ("zip code", "postcode", "postcode"),
}

_TEXT_SLOTS: dict[str, Callable[[_Ctx, str | None], str]] = {
    "mr": lambda c, v: _TITLES[c.lang][c.person("me").female],
    "g": lambda c, v: _gender(c, "me", v),
    "g2": lambda c, v: _gender(c, "p2", v),
    "n": lambda c, v: str(c.r.randint(2, 899)),
    **{
        slot: (lambda c, v, w=words: w[("en_US", "en_GB", "en_AU").index(c.locale)])
        for slot, words in _WORDS.items()
    },
}


# ------------------------------------------------------------------------------ templates
#
# {slot} an entity (see _ENTITY_SLOTS) or a word (_TEXT_SLOTS); {slot:variant} likewise;
# {!kind} a hard negative of that kind; [[a|b|c]] one of the alternatives, picked at random.

EN = [
    (
        "[[Hi {agent},|Hi,|Hello,]]\n\n"
        "My {parcel}[[ from order {!order}|]] is still showing as out for delivery but I'm away "
        "until [[{!date}|Friday|next week]]. Could you send it to my sister at {addr} instead? "
        "[[Her number is {phone2} if the driver needs it.|She's in most days.]]\n\n"
        "[[Thanks,\n{sig}|Thanks|Cheers]]"
    ),
    (
        "Hello,\n\n"
        "Please update my account, I moved from {addr2} to {addr} [[on {!date}|last month]]. "
        "[[My {mobile} number hasn't changed.|The new landline is {phone:landline}.|You can still "
        "reach "
        "me on {phone}.]]\n\n"
        "[[Thanks, {first}|Thanks]]"
    ),
    (
        "[{!time:chat}] Customer: hi my internet keeps dropping since the router updated to "
        "{!version}\n"
        "[{!time:chat}] {agent} (Support): Sorry to hear that! Can I take the account holder's "
        "name and the installation address?\n"
        "[{!time:chat}] Customer: {name}, {addr}\n"
        "[{!time:chat}] {agent} (Support): Thanks. Is {phone} still the best number for the "
        "engineer?\n"
        "[{!time:chat}] Customer: yes"
    ),
    (
        "Dear Sir or Madam,\n\n"
        "I'd like to make a claim under [[policy {!case}|my home insurance]] for water damage "
        "at {addr}. The leak came from the flat above, which is rented by {p2}[[, and started "
        "on {!date}|, and started over the weekend]].[[ I have the plumber's invoice "
        "{!invoice} for {!amount}.|]]\n\n"
        "Yours faithfully,\n{name}\n{phone}"
    ),
    (
        "Hi, there's [[a charge of {!amount}|a charge]] on my card {card}[[ from {!date}|]] "
        "that I didn't make.[[ It says {!brand} but I haven't been in one for months.|]] Please "
        "block the card and post the new one to {addr}.[[\n\n{sig}|]]"
    ),
    (
        "Hello, I'd like to transfer my phone contract to my "
        "[[partner|flatmate|{g2:son:daughter}]] {p2}. The number is {phone} and the bills "
        "should go to {p2email} from now on.[[ Contract number {!case}.|]] [[Thanks, {first}|"
        "Thanks]]"
    ),
    (
        "Hi there,\n\n"
        "We're booked in [[under reference {!booking} from {!date}|for this weekend]]. My "
        "partner {p2first} will be arriving late, [[probably around {!time}|probably after "
        "dinner]], so could you leave the key card at reception? If anything comes up please "
        "call me on {phone}.\n\n"
        "[[Thanks,\n{sig}|Thanks]]"
    ),
    (
        "Hello, my suitcase didn't come off [[flight {!booking}|my flight]] yesterday[[ (I was "
        "in seat {!room})|]]. Could you courier it to {addr}? Someone is home [[after {!time}|"
        "in the evenings]], or you can reach me on {phone}."
    ),
    (
        "Hi, this is {name}[[, date of birth {dob}| (DOB {dob})| - born {dob}]]. I need to move "
        "my appointment with Dr {p2last} [[on {!date} at {!time}|this Thursday]] as I've been "
        "called into work. Any afternoon the following week is fine[[, my number is {phone}|]]."
    ),
    (
        "New starter - please set up payroll[[ before {!date}|]].\n\n"
        "Full name: {formal}\n"
        "Date of birth: {dob}\n"
        "Home address:\n{addrblock}\n"
        "Personal email: {email}[[\nEmployee ID: {!case}|]]"
    ),
    (
        "Hi {p2first},\n\n"
        "The boiler at {addr} has packed up again[[, same fault as on {!date}|]].[[ It's a "
        "{!product:heater}, if that helps the engineer.|]] I'm working from home all week so "
        "any day works[[, or call me on {phone}|]].\n\n"
        "Thanks,\n{first}"
    ),
    (
        "[[Hi {p2first},|Hello,]]\n\n"
        "Attached is invoice {!invoice} for {!amount}, due on {!date}. Please note our bank "
        "details have changed: payments should now go to IBAN {iban}.\n\n"
        "Kind regards,\n{name}\nAccounts Receivable\n[[{poboxblock}\n|]]{!company_id}"
    ),
    (
        "I can't get into my account any more. It's registered to {email} but I lost access "
        "to that mailbox when I left my old job, so please use {email2} instead. The last "
        "login I remember was from {ip}[[ (home broadband)|]].[[\n\n{sig}|]]"
    ),
    (
        "Our webhooks started failing after we deployed {!version}. From the logs:\n\n"
        "{!date:iso} {!time:hms} ERROR signature mismatch req={!uuid} src={ip}\n"
        "{!date:iso} {!time:hms} INFO retrying in 30s\n\n"
        "We're sending {secret:stripe} in the Authorization header. It broke around commit "
        "{!sha}."
    ),
    (
        "Worker can't connect since this morning. Here's the env from staging (yes, I know):\n\n"
        "DATABASE_URL={urlcred}\n"
        "APP_ENV=staging\n\n"
        "Any ideas?[[ Our egress IP is {ip}.|]][[ The status page {!url} says all green.|]]"
    ),
    (
        "Thanks {agent}, that worked![[\n\n{sig}|]]\n\n"
        "> On {!date}, {agentname} wrote:\n"
        "> Could you confirm the {zip} for the delivery? We've got {!postcode} on file.\n"
        "> Kind regards, Customer Care"
    ),
    (
        "FYI - can someone call this customer back today?\n\n"
        "---------- Forwarded message ---------\n"
        "From: {name} <{email}>\n"
        "Date: {!date}\n"
        "Subject: Refund {!case}\n\n"
        "Hi, I've called twice about my refund of {!amount}. Best number is {phone}, after "
        "{!time} please."
    ),
    (
        "Can you check why this row fails the import? The rest of the file went through.\n\n"
        "customer_id,name,email,phone,postcode\n"
        '{!order},"{formal}",{email},{phone},{!postcode}'
    ),
    (
        "Hello,\n\nCould someone call me back about [[quote {!case}|my quote]]? I'd like to add "
        "the garage to the cover.\n\n--\n{name}\n{addrblock}\n{phone}"
    ),
    (
        "Hi, I'd like to add my {g2:son:daughter} {p2} to our family policy[[ {!case}|]]. "
        "{g2:He:She} was born on {dob:child}[[ and lives with us at {addr}|]]. Is there anything "
        "else you need from me?"
    ),
    (
        "[{!time:chat}] Customer: can you take the {!amount} from this card instead\n"
        "[{!time:chat}] Customer: {card}\n"
        "[{!time:chat}] Customer: expiry {!date:exp}\n"
        "[{!time:chat}] Agent: Please don't post card details in chat! I've masked the message, "
        "I'll text you a secure payment link."
    ),
    (
        "Please cancel my membership[[ (member number {!case})|]]. I've moved [[to {!city}|"
        "away]] and can't get to the club any more. For your records: {name}, born {dob}."
        "[[ Any credit can go back to IBAN {iban}.|]]"
    ),
    (
        "Hi, please send all letters to {pobox} from now on - [[post to the shop on {!street}|"
        "post to the shop]] keeps going missing. Thanks, {first}"
    ),
    (
        "Hi team, I accidentally pasted our GitHub token {secret:gh} into [[ticket {!case}|a "
        "ticket]] earlier. It's revoked now, but can you delete the comment? Thanks, {first}"
    ),
    (
        "Login for the front-desk kiosk is user frontdesk, password: {password} - please change "
        "it after the audit[[ on {!date}|]]."
    ),
    (
        "Got an alert about a sign-in from {ip}[[ at {!time}|]] and another one from {ip6}. "
        "Neither was me[[, I was in {!city} all day|]]. Please lock the account for {email}."
    ),
    (
        "The driver says he left my {parcel} with a neighbour but didn't say which one. I'm at "
        "{addr}[[, tracking {!tracking}|]]. Could you check the delivery photo? Call me on "
        "{phone} if that's easier."
    ),
    (
        "Hi, I'm moving into {addr} [[on {!date}|next week]] and need the electricity account "
        "in my name, {name}.[[ Meter serial {!serial}.|]][[ Direct debit from IBAN {iban} "
        "please.|]]"
    ),
    (
        "My [[{!product}|headphones]] stopped charging after three months[[ (order {!order}, "
        "bought at {!brand})|]]. Please arrange a collection from:\n{addrblock}\n"
        "I'm home weekday mornings[[ - {phone}|]]."
    ),
    (
        "I was rear-ended at the lights yesterday by {p2}, who gave me {phone2} as a contact. "
        "My car is at the body shop, {addr}, if the assessor wants to see it.[[ Claim "
        "reference {!case}.|]]"
    ),
    (
        "I sent [[{!amount}|money]] to my {g2:brother:sister} {p2} but typed the wrong IBAN, "
        "{iban}. Can the transfer be recalled?[[ Transaction reference {!digits16}.|]]"
    ),
    (
        "Hi all,\n\nMinutes from today's call are on the shared drive.\n\n"
        "Best,\n{name}\nOperations Manager\nM: {phone:mobile}\n{email}"
    ),
    (
        "Someone is hammering our SSH box:\n\n"
        "sshd[{n}]: Failed password for root from {ip} port {n} ssh2\n"
        "sshd[{n}]: Failed password for invalid user admin from {ip} port {n} ssh2\n\n"
        "Can you block it at the firewall?[[ Instance {!uuid}.|]]"
    ),
    (
        "CI keeps failing with 403[[ since {!date}|]]. The credentials file on the runner:\n\n"
        "[default]\n"
        "aws_access_key_id = {secret:aws}\n"
        "aws_secret_access_key = {secret:awssecret}\n"
        "region = eu-west-2[[\n\nPipeline {!case}, runner {!version}.|]]"
    ),
    (
        "The supplier feed failed again. The job pulls from {urlcred} every night[[ at "
        "{!time}; the last good run was {!date}|]]."
    ),
    (
        "Cloning fails for me with 'Authentication failed'. I'm running\n"
        "git clone {urlcred}\n"
        "from the office network. Is the deploy user locked?"
    ),
    (
        "Dear {mr} {last},\n\n"
        "This is a reminder that the rent for {addr} [[of {!amount} was due on {!date}|is now "
        "overdue]]. Please get in touch if there is a problem.\n\n"
        "{p2}\nLettings"
    ),
    (
        "Can you re-issue the invoice to our company?[[ {!company_id}, order {!order}.|]] "
        "Billing address is [[{addr}|{pobox}]], attention of {p2}."
    ),
    (
        "Do you deliver to {addr}? The checker on your website says no, but my neighbours get "
        "your vans all the time."
    ),
    (
        "Quote request: we need a two-bed flat moved from {addr2} to {addr}[[ on {!date}|, any "
        "weekday next month]]. There's no lift at the new place. Call me on {phone}."
    ),
    (
        "Your letter went to {addr2}, which is my old address. Please use {addr} from now on and "
        "stop sending anything to the old one."
    ),
    (
        "My old number {phone2} has been disconnected, please update it to {phone}.[[ Account "
        "{!case}.|]]"
    ),
    (
        "Please send the replacement to my work address instead:\n{addrblock}\n"
        "Reception is open until [[{!time}|six]]."
    ),
    (
        "Taxi for [[{!date}|tomorrow]]: pick-up at {addr}[[ at {!time}| early morning]], going "
        "to {addr2}. Two passengers and a pram. The driver can ring {phone} on arrival."
    ),
    (
        "Could the prescription be delivered to {addr} rather than collected? I'm housebound "
        "this week. If the driver can't find it, ring {phone}."
    ),
    (
        "Please call me back on {phone} about [[case {!case}|my complaint]], I'm free [[after "
        "{!time}|after lunch]]."
    ),
    (
        "Site contact for the install is {p2}, {phone2}. Access is via the side gate at {addr}."
        "[[ Parking on {!street} is permit only.|]]"
    ),
    (
        "Could you gift-wrap [[order {!order}|my order]] and ship it straight to my "
        "{g2:dad:mum}?\n\n{p2}\n{addrblock}"
    ),
    "Hi, order {!order} arrived with a cracked screen. Can I swap it for another {!product}?",
    "Any news on case {!case}? It's been over a week since I sent the photos.",
    "The app crashes every time I open settings on version {!version}. Reinstalling didn't help.",
    (
        "Tracking {!tracking} hasn't moved since {!date}, it just says held at the depot in "
        "{!city}. Is it lost?"
    ),
    "Thanks, that's all sorted now. Have a good weekend!",
    "Hi, just checking you got my email from yesterday? No rush.",
    "Is your store on {!street} open on the holiday, and do you still stock the {!product}?",
    (
        "Your invoice {!invoice} lists IBAN {!iban_bad}, but our bank says the check digits "
        "are wrong. Could you send the correct details?"
    ),
    "There's a payment of {!amount} with reference {!digits16} on my statement. What is it for?",
    "Do you deliver on Sundays? I'm never home during the week.",
    (
        "Booking {!booking}: could we move to room {!room}? The one we have faces the car park. "
        "We arrive {!date} around {!time}."
    ),
    "Please unsubscribe me from the newsletter, thanks.",
    "Please note our new {!company_id} for your records after the merger.",
    "Is the {!brand} concession in your {!city} store closing down?",
]
EN_US = [
    (
        "Hi, payroll here. Could you confirm the SSN we have for {name}? We have {ssn}, but the "
        "W-2 came back rejected. {g:His:Her} address on file is {addr}."
    ),
    (
        "I'm applying for the apartment [[on {!street}|downtown]] and the form wants my Social "
        "Security number. It's {ssn}. I currently live at {addr} and my cell is {phone:mobile}."
    ),
    "Applicant: {formal}\nSSN: {ssn}\nDOB: {dob}\nCurrent address:\n{addrblock}",
]
DE = [
    (
        "[[Hallo zusammen,|Hallo,|Guten Tag,]]\n\n"
        "mein Paket[[ zur Bestellung {!order}|]] liegt laut Sendungsverfolgung seit [[dem "
        "{!date}|Tagen]] in der Filiale. Könnten Sie es stattdessen an "
        "{g2:meinen Nachbarn:meine Nachbarin} {p2} schicken? Die Adresse ist {addr}[[, Telefon "
        "{phone2}|]].\n\n"
        "[[Viele Grüße\n{sig}|Viele Grüße]]"
    ),
    (
        "Guten Tag,\n\n"
        "ich bin [[zum {!date}|letzten Monat]] umgezogen. Meine alte Adresse war {addr2}, die "
        "neue lautet {addr}. Bitte ändern Sie die Lieferadresse in meinem Kundenkonto."
        "[[ Meine Handynummer bleibt {phone:mobile}.|]]\n\n"
        "Mit freundlichen Grüßen[[\n{name}|]]"
    ),
    (
        "[{!time:chat}] Kunde: hallo, seit dem Update auf {!version} bricht das WLAN ständig ab\n"
        "[{!time:chat}] {agent} (Service): Das tut mir leid! Können Sie mir den Namen des "
        "Vertragsinhabers und die Anschlussadresse nennen?\n"
        "[{!time:chat}] Kunde: {name}, {addr}\n"
        "[{!time:chat}] {agent} (Service): Danke. Erreicht der Techniker Sie unter {phone}?\n"
        "[{!time:chat}] Kunde: ja"
    ),
    (
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit melde ich einen Wasserschaden in meiner Wohnung ({addr}). Ursache war die "
        "Waschmaschine von {p2} aus der Wohnung über mir[[, passiert am {!date} gegen {!time} "
        "Uhr|, passiert am Wochenende]].[[ Meine Versicherungsscheinnummer lautet {!case}.|]]"
        "\n\nMit freundlichen Grüßen\n{name}\nTel. {phone}"
    ),
    (
        "Hallo, auf meiner Kreditkarte {card} ist eine Abbuchung[[ über {!amount}|]][[ von "
        "{!brand}|]] aufgetaucht, die ich nicht kenne. Bitte sperren Sie die Karte und schicken "
        "Sie die neue an {addr}.[[ Danke, {first}|]]"
    ),
    (
        "Hi, ich möchte meinen Mobilfunkvertrag auf {g2:meinen Partner:meine Partnerin} {p2} "
        "übertragen. Die Rufnummer {phone} soll bleiben, die Rechnungen bitte ab sofort an "
        "{p2email}.[[ Vertragsnummer {!case}.|]] [[Gruß {first}|Gruß]]"
    ),
    (
        "Guten Tag,\n\n"
        "wir haben [[für den {!date} unter der Buchungsnummer {!booking}|für das Wochenende]] "
        "ein Doppelzimmer gebucht. {g2:Mein Kollege:Meine Kollegin} {p2first} kommt erst "
        "[[gegen {!time} Uhr|spätabends]] an, ist das ein Problem? Erreichbar bin ich unter "
        "{phone}.\n\n"
        "[[Beste Grüße\n{sig}|Beste Grüße]]"
    ),
    (
        "Hallo, hier ist {name}, geb. {dob}. Ich muss meinen Termin bei Dr. {p2last} [[am "
        "{!date} um {!time} Uhr|am Donnerstag]] leider absagen. Können Sie mich unter {phone} "
        "zurückrufen?"
    ),
    (
        "Personalfragebogen[[, bitte bis {!date} an die Lohnbuchhaltung|]]\n\n"
        "Name, Vorname: {formal}\n"
        "Geburtsdatum: {dob}\n"
        "Anschrift:\n{addrblock}\n"
        "IBAN: {iban}[[\nPersonalnummer: {!case}|]]"
    ),
    (
        "{g2:Sehr geehrter Herr:Sehr geehrte Frau} {p2last},\n\n"
        "in meiner Wohnung, {addr}, ist seit [[dem {!date}|Tagen]] die Heizung kalt.[[ Die "
        "Therme ({!product:heater}) zeigt eine Störung an.|]] Tagsüber bin ich unter {phone} "
        "erreichbar.\n\nMit freundlichen Grüßen"
    ),
    (
        "[[Hallo {p2first},|Guten Tag,]]\n\n"
        "anbei unsere Rechnung {!invoice} über {!amount}, zahlbar bis {!date}. Bitte beachten "
        "Sie unsere neue Bankverbindung: IBAN {iban}.\n\n"
        "Viele Grüße\n{name}\nBuchhaltung, Nordlicht Logistik "
        "GmbH\n[[{poboxblock}\n|]]{!company_id}"
    ),
    (
        "Ich komme nicht mehr in mein Konto. Hinterlegt ist {email}, auf die Adresse habe ich "
        "aber keinen Zugriff mehr. Bitte schreiben Sie mir an {email2}. Der letzte Login war, "
        "glaube ich, von {ip} aus.[[\n\n{sig}|]]"
    ),
    (
        "Seit dem Update auf {!version} schlagen unsere API-Aufrufe fehl:\n\n"
        "{!date:iso} {!time:hms} WARN 401 Unauthorized client={ip} request_id={!uuid}\n\n"
        "Im Header schicken wir {secret}. Commit {!sha} war der letzte funktionierende Stand."
    ),
    (
        "Moin, der Backup-Job läuft seit [[dem {!date}|gestern]] nicht mehr. In der Config "
        "steht:\n\n"
        "BACKUP_TARGET={urlcred}\n"
        'SCHEDULE="0 3 * * *"\n\n'
        "Hat sich bei euch am Server etwas geändert?[[ Laut {!url} ist alles grün.|]]"
    ),
    (
        "Danke {agent}, hat geklappt![[\n\n{sig}|]]\n\n"
        "> Am {!date} schrieb {agentname}:\n"
        "> Können Sie uns bitte die Postleitzahl bestätigen? Bei uns ist {!postcode} "
        "hinterlegt.\n"
        "> Freundliche Grüße, Ihr Kundenservice"
    ),
    (
        "Bitte um Rückruf, siehe unten.\n\n"
        "-------- Weitergeleitete Nachricht --------\n"
        "Von: {name} <{email}>\n"
        "Datum: {!date}\n"
        "Betreff: Erstattung {!case}\n\n"
        "Guten Tag, ich warte immer noch auf die Erstattung von {!amount}. Sie erreichen mich "
        "unter {phone}, am besten nach {!time} Uhr."
    ),
    (
        "Beim Import hängt diese Zeile, die anderen gingen durch:\n\n"
        "kundennr;name;email;telefon;plz\n"
        "{!order};{formal};{email};{phone};{!postcode}"
    ),
    (
        "Hallo,\n\nbitte rufen Sie mich wegen [[des Angebots {!case}|meines Angebots]] zurück."
        "\n\n--\n{name}\n{addrblock}\nMobil: {phone:mobile}"
    ),
    (
        "Hallo, ich möchte {g2:meinen Sohn:meine Tochter} {p2} in die Familienversicherung "
        "aufnehmen. {g2:Er:Sie} ist am {dob:child} geboren[[ und wohnt bei mir, {addr}|]]. Welche "
        "Unterlagen brauchen Sie noch?"
    ),
    (
        "[{!time:chat}] Kunde: buchen Sie die {!amount} bitte von dieser Karte ab\n"
        "[{!time:chat}] Kunde: {card}\n"
        "[{!time:chat}] Kunde: gültig bis {!date:exp}\n"
        "[{!time:chat}] Support: Bitte keine Kartendaten im Chat! Ich habe die Nachricht gelöscht "
        "und schicke Ihnen einen Zahlungslink."
    ),
    (
        "Hiermit kündige ich meine Mitgliedschaft[[ (Mitgliedsnummer {!case})|]] zum "
        "nächstmöglichen Termin, ich bin [[nach {!city} gezogen|weggezogen]]. {name}, "
        "geboren am {dob}.[[ Restguthaben bitte auf die IBAN {iban}.|]]"
    ),
    (
        "Bitte schicken Sie die Unterlagen ab sofort an {pobox} und nicht mehr an unsere "
        "Werkstatt[[ ({!street})|]]. Danke, {first}"
    ),
    (
        "Hi, ich habe aus Versehen unseren GitHub-Token {secret:gh} in [[Ticket {!case}|ein "
        "Ticket]] gepostet. Ist schon widerrufen, aber könnt ihr den Kommentar löschen? "
        "Danke, {first}"
    ),
    (
        'Für den Messestand[[ am {!date}|]]: WLAN "Nordlicht-Gast", Passwort: {password}. '
        "Bitte nicht weitergeben."
    ),
    (
        "Ich habe eine Warnung über eine Anmeldung von {ip}[[ um {!time} Uhr|]] bekommen und "
        "noch eine von {ip6}. Beides war nicht ich[[, ich war in {!city}|]]. Bitte sperrt das "
        "Konto {email}."
    ),
    (
        "Der Bote hat mein Paket angeblich beim Nachbarn abgegeben, aber bei welchem? Meine "
        "Anschrift ist {addr}[[, Sendungsnummer {!tracking}|]]. Rückruf gern unter {phone}."
    ),
    (
        "Guten Tag, ich ziehe [[am {!date}|nächste Woche]] in die Wohnung {addr} ein und möchte "
        "den Stromvertrag auf meinen Namen, {name}, anmelden.[[ Zählernummer {!serial}.|]]"
        "[[ Abbuchung bitte von {iban}.|]]"
    ),
    (
        "Mein [[{!product}|Tablet]] lädt nicht mehr[[ (Bestellung {!order}, gekauft bei "
        "{!brand}, Art.-Nr. {!sku})|]]. Bitte holen Sie das Gerät hier ab:\n{addrblock}\n"
        "Ich bin vormittags zu Hause[[, {phone}|]]."
    ),
    (
        "Mir ist gestern {p2} an der Ampel hinten aufgefahren, {g2:seine:ihre} Nummer ist "
        "{phone2}. Mein Auto steht in der Werkstatt, {addr}.[[ Schadennummer {!case}.|]]"
    ),
    (
        "Das Klonen klappt bei mir nicht, ich bekomme 'Authentication failed':\n"
        "git clone {urlcred}\n"
        "Ist der Deploy-User gesperrt?"
    ),
    (
        "Können Sie die Rechnung auf unsere Firma ausstellen?[[ {!company_id}, Bestellung "
        "{!order}.|]] Rechnungsanschrift: [[{addr}|{pobox}]], z. Hd. {p2}."
    ),
    (
        "Sehr geehrte{g:r Herr: Frau} {last},\n\n"
        "die Miete für {addr} [[über {!amount} war am {!date} fällig|ist noch offen]]. Bitte "
        "melden Sie sich, falls es ein Problem gibt.\n\n"
        "{p2}\nHausverwaltung"
    ),
    (
        "Liefern Sie auch nach {addr}? Laut Ihrer Website nicht, aber meine Nachbarn bekommen "
        "ständig Pakete von Ihnen."
    ),
    (
        "Angebotsanfrage: Umzug einer 2-Zimmer-Wohnung von {addr2} nach {addr}[[ am {!date}|, "
        "irgendwann im Frühjahr]]. In der neuen Wohnung gibt es keinen Aufzug. Rufen Sie mich "
        "bitte unter {phone} an."
    ),
    (
        "Ihr Brief ging an {addr2}, das ist meine alte Adresse. Bitte verwenden Sie ab sofort "
        "{addr}."
    ),
    (
        "Meine alte Nummer {phone2} gibt es nicht mehr, bitte ändern Sie sie auf {phone}."
        "[[ Kundennummer {!case}.|]]"
    ),
    (
        "Bitte schicken Sie den Ersatz an meine Firmenadresse:\n{addrblock}\n"
        "Der Empfang ist bis [[{!time}|18]] Uhr besetzt."
    ),
    (
        "Taxi für [[den {!date}|morgen]]: Abholung {addr}[[ um {!time} Uhr| früh morgens]], "
        "Ziel {addr2}. Zwei Personen und ein Kinderwagen. Der Fahrer kann unter {phone} "
        "anrufen."
    ),
    (
        "Kann das Rezept an {addr} geliefert werden? Ich komme diese Woche nicht aus dem Haus. "
        "Falls der Fahrer es nicht findet: {phone}."
    ),
    (
        "Bitte rufen Sie mich unter {phone} zurück, es geht um [[den Vorgang {!case}|meine "
        "Reklamation]]. Ich bin [[ab {!time} Uhr|nachmittags]] erreichbar."
    ),
    (
        "Ansprechpartner vor Ort ist {p2}, {phone2}. Zufahrt über das Seitentor, {addr}."
        "[[ Parkplätze in der Nähe: {!street}, nur mit Anwohnerausweis.|]]"
    ),
    (
        "Können Sie [[Bestellung {!order}|meine Bestellung]] als Geschenk verpacken und direkt "
        "an {g2:meinen Vater:meine Mutter} schicken?\n\n{p2}\n{addrblock}"
    ),
    (
        "Wo bleibt meine Bestellung {!order}? Die Sendung {!tracking} steht seit dem {!date} "
        "im Paketzentrum {!city}."
    ),
    "Die App stürzt seit Version {!version} beim Öffnen der Einstellungen ab.",
    "Danke, hat sich erledigt. Schönes Wochenende!",
    "Ihre Rechnung {!invoice} enthält die IBAN {!iban_bad}, die unsere Bank ablehnt. Bitte prüfen.",
    "Liefern Sie auch samstags? Unter der Woche bin ich nie zu Hause.",
    "Hat die Filiale {!street} in {!city} am Feiertag geöffnet?",
    "Auf meinem Kontoauszug steht die Referenz {!digits16} über {!amount}. Was ist das?",
    "Kann ich für Buchung {!booking} statt Zimmer {!room} ein ruhigeres bekommen?",
    "Bitte nehmen Sie mich aus dem Newsletter-Verteiler, danke.",
    "Bitte beachten Sie unsere neue {!company_id} für Ihre Unterlagen.",
    "Schließt der {!brand}-Shop in Ihrer Filiale in {!city}?",
]
FR = [
    (
        "[[Bonjour,|Bonjour {agent},]]\n\n"
        "mon colis[[ (commande {!order})|]] est bloqué au point relais depuis [[le {!date}|une "
        "semaine]]. Pourriez-vous le faire livrer chez {g2:mon frère:ma sœur}, {p2}, au {addr} ?"
        "[[ Son portable : {phone2:mobile}.|]]\n\n"
        "[[Merci d'avance,\n{sig}|Merci d'avance]]"
    ),
    (
        "Bonjour, [[je m'appelle {name} et |]]j'ai déménagé [[le {!date}|le mois dernier]]. Mon "
        "ancienne adresse était {addr2}, la nouvelle est {addr}. Merci de mettre à jour mon "
        "dossier client.[[ Mon numéro ne change pas : {phone}.|]]"
    ),
    (
        "[{!time:chat}] Client : bonjour, depuis la mise à jour {!version} ma box se déconnecte "
        "sans "
        "arrêt\n"
        "[{!time:chat}] {agent} (Assistance) : Désolé ! Pouvez-vous me donner le nom du titulaire "
        "et "
        "l'adresse d'installation ?\n"
        "[{!time:chat}] Client : {name}, {addr}\n"
        "[{!time:chat}] {agent} (Assistance) : Merci. Le technicien peut vous joindre au {phone} "
        "?\n"
        "[{!time:chat}] Client : oui"
    ),
    (
        "Madame, Monsieur,\n\n"
        "je vous déclare un dégât des eaux survenu [[le {!date}|ce week-end]] dans mon logement "
        "situé au {addr}. La fuite vient de l'appartement de {p2}, à l'étage au-dessus.[[ Mon "
        "numéro de contrat : {!case}.|]]\n\n"
        "Cordialement,\n{name}\n{phone}"
    ),
    (
        "Bonjour, je vois un débit[[ de {!amount}|]][[ du {!date}|]] sur ma carte {card}[[ chez "
        "{!brand}|]], ce n'est pas moi. Merci de faire opposition et d'envoyer la nouvelle carte "
        "au {addr}.[[\n\n{sig}|]]"
    ),
    (
        "Bonjour, je souhaite résilier ma box suite à mon départ [[pour {!city}|à l'étranger]]. "
        "Titulaire : {formal}, ligne {phone}[[, identifiant client {!case}|]]. Merci d'envoyer "
        "l'étiquette de retour à {email}."
    ),
    (
        "Bonjour,\n\n"
        "nous avons une réservation [[{!booking} pour le {!date}|pour ce week-end]]. "
        "{g2:Mon collègue:Ma collègue} {p2first} arrivera tard[[, vers {!time}|]] : pouvez-vous "
        "laisser la clé à l'accueil ? En cas de souci, appelez-moi au {phone}.\n\n"
        "[[Bien à vous,\n{sig}|Bien à vous]]"
    ),
    (
        "Bonjour, {name}, {g:né:née} le {dob}. Je dois annuler mon rendez-vous avec le "
        "Dr {p2last} [[du {!date} à {!time}|de jeudi]]. Vous pouvez me rappeler au {phone}. "
        "Merci"
    ),
    (
        "Fiche d'embauche[[, à transmettre à la paie avant le {!date}|]]\n\n"
        "Nom : {formal}\n"
        "Date de naissance : {dob}\n"
        "Adresse :\n{addrblock}\n"
        "IBAN : {iban}[[\nMatricule : {!case}|]]"
    ),
    (
        "Bonjour {g2:Monsieur:Madame} {p2last},\n\n"
        "le chauffe-eau du logement au {addr} est de nouveau en panne depuis [[le {!date}|"
        "lundi]].[[ C'est un {!product:heater}.|]] Je suis joignable toute la journée au "
        "{phone}.\n\n"
        "Cordialement"
    ),
    (
        "[[Bonjour {p2first},|Bonjour,]]\n\n"
        "veuillez trouver ci-joint la facture {!invoice} d'un montant de {!amount}, à régler "
        "avant le {!date}. Attention, nos coordonnées bancaires ont changé : IBAN {iban}.\n\n"
        "Cordialement,\n{name}\nComptabilité, Atelier Lumière "
        "SARL\n[[{poboxblock}\n|]]{!company_id}"
    ),
    (
        "Je n'arrive plus à me connecter. Le compte est lié à {email} mais je n'ai plus accès "
        "à cette boîte, merci d'utiliser {email2}. La dernière connexion venait de {ip}, je "
        "crois.[[\n\n{sig}|]]"
    ),
    (
        "Depuis la mise à jour {!version}, nos appels à l'API échouent :\n\n"
        "{!date:iso} {!time:hms} ERROR 403 Forbidden ip={ip} trace={!uuid}\n\n"
        "On envoie la clé {secret}. Le dernier commit qui marchait : {!sha}."
    ),
    (
        "Salut, la synchro FTP plante depuis [[le {!date}|hier]]. Voici la ligne de conf :\n\n"
        "remote = {urlcred}\n\n"
        "Vous avez changé quelque chose côté serveur ?"
    ),
    (
        "Merci {agent}, c'est réglé ![[\n\n{sig}|]]\n\n"
        "> Le {!date}, {agentname} a écrit :\n"
        "> Pouvez-vous nous confirmer votre code postal ? Nous avons {!postcode} dans le "
        "dossier.\n"
        "> Cordialement, le service client"
    ),
    (
        "Quelqu'un peut rappeler {g:ce client:cette cliente} ?\n\n"
        "---------- Message transféré ---------\n"
        "De : {name} <{email}>\n"
        "Date : {!date}\n"
        "Objet : Remboursement {!case}\n\n"
        "Bonjour, j'attends toujours le remboursement de {!amount}. Joignable au {phone} après "
        "{!time}."
    ),
    (
        "Cette ligne bloque l'import, vous savez pourquoi ?\n\n"
        "id;nom;email;tel;cp\n"
        "{!order};{formal};{email};{phone};{!postcode}"
    ),
    (
        "Bonjour,\n\npouvez-vous me rappeler au sujet [[du devis {!case}|de mon devis]] ?\n\n"
        "--\n{name}\n{addrblock}\nTél. {phone}"
    ),
    (
        "Bonjour, je voudrais ajouter {g2:mon fils:ma fille} {p2}, {g2:né:née} le {dob:child}, à "
        "ma "
        "mutuelle.[[ Nous habitons au {addr}.|]] Quels justificatifs dois-je envoyer ?"
    ),
    (
        "[{!time:chat}] Client : vous pouvez prélever les {!amount} sur cette carte\n"
        "[{!time:chat}] Client : {card}\n"
        "[{!time:chat}] Client : expire fin {!date:exp}\n"
        "[{!time:chat}] Conseiller : Merci de ne pas envoyer vos données de carte ici ! J'ai "
        "masqué "
        "le message, je vous envoie un lien de paiement sécurisé."
    ),
    (
        "Je résilie mon abonnement[[ (n° adhérent {!case})|]] : je pars vivre [[à {!city}|dans "
        "le Sud]]. {name}, {g:né:née} le {dob}.[[ Remboursez le solde sur l'IBAN {iban}.|]]"
    ),
    (
        "Merci d'envoyer désormais le courrier à {pobox} et non plus à la boutique[[ située "
        "{!street}|]]. {first}"
    ),
    (
        "Oups, j'ai collé notre token {secret:slack} dans [[le ticket {!case}|un ticket]]. Je "
        "l'ai déjà révoqué, mais pouvez-vous supprimer le message ? Merci, {first}"
    ),
    (
        "Pour le salon[[ du {!date}|]] : Wi-Fi du stand « Atelier-Invites », mot de passe : "
        "{password} (ne pas diffuser svp)."
    ),
    (
        "J'ai reçu une alerte de connexion depuis {ip}[[ à {!time}|]], puis depuis {ip6}. Ce "
        "n'était pas moi[[, j'étais à {!city}|]]. Merci de bloquer le compte {email}."
    ),
    (
        "Le livreur dit avoir laissé mon colis chez un voisin, mais lequel ? J'habite au "
        "{addr}[[, numéro de suivi {!tracking}|]]. Rappelez-moi au {phone} svp."
    ),
    (
        "Bonjour, j'emménage [[le {!date}|la semaine prochaine]] au {addr} et je voudrais ouvrir "
        "un contrat d'électricité au nom de {name}.[[ Numéro de compteur {!serial}.|]]"
        "[[ Prélèvement sur {iban}.|]]"
    ),
    (
        "Mon [[{!product}|casque]] ne charge plus[[ (commande {!order}, acheté chez {!brand}, "
        "réf. {!sku})|]]. Merci d'organiser l'enlèvement à l'adresse suivante :\n{addrblock}"
        "[[\nTél. {phone}|]]"
    ),
    (
        "Hier, {p2} a embouti ma voiture au feu rouge ; son numéro : {phone2}. La voiture est "
        "au garage, {addr}.[[ Sinistre {!case}.|]]"
    ),
    (
        "Le clone ne passe pas, j'ai « Authentication failed » avec :\n"
        "git clone {urlcred}\n"
        "L'utilisateur de déploiement est bloqué ?"
    ),
    (
        "Pouvez-vous établir la facture au nom de la société ?[[ {!company_id}, commande "
        "{!order}.|]] Adresse de facturation : [[{addr}|{pobox}]], à l'attention de {p2}."
    ),
    (
        "{g:Monsieur:Madame} {last},\n\n"
        "le loyer [[de {!amount} pour le logement au {addr} était dû le {!date}|du logement au "
        "{addr} reste impayé]]. Merci de nous contacter en cas de difficulté.\n\n"
        "{p2}\nAgence Garonne Immobilier"
    ),
    (
        "Vous livrez au {addr} ? Votre site dit que non, mais mes voisins reçoivent vos colis "
        "sans problème."
    ),
    (
        "Demande de devis : déménagement d'un T2 du {addr2} au {addr}[[ le {!date}|, courant "
        "mai]]. Pas d'ascenseur dans le nouvel immeuble. Vous pouvez m'appeler au {phone}."
    ),
    (
        "Votre courrier est parti au {addr2}, mon ancienne adresse. Merci d'utiliser désormais "
        "le {addr}."
    ),
    (
        "Mon ancien numéro {phone2} n'est plus attribué, merci de le remplacer par {phone}."
        "[[ Dossier {!case}.|]]"
    ),
    (
        "Merci d'envoyer le remplacement à mon adresse professionnelle :\n{addrblock}\n"
        "L'accueil est ouvert jusqu'à [[{!time}|18h]]."
    ),
    (
        "Taxi pour [[le {!date}|demain]] : prise en charge au {addr}[[ à {!time}| tôt le "
        "matin]], destination {addr2}. Deux personnes et une poussette. Le chauffeur peut "
        "appeler le {phone}."
    ),
    (
        "L'ordonnance peut-elle être livrée au {addr} ? Je ne peux pas me déplacer cette "
        "semaine. Si le livreur ne trouve pas : {phone}."
    ),
    (
        "Merci de me rappeler au {phone} au sujet [[du dossier {!case}|de ma réclamation]], je "
        "suis disponible [[après {!time}|l'après-midi]]."
    ),
    (
        "Le contact sur place pour l'installation est {p2}, {phone2}. Accès par le portail "
        "latéral, {addr}."
    ),
    (
        "Pouvez-vous faire un paquet cadeau pour [[la commande {!order}|ma commande]] et "
        "l'envoyer directement à {g2:mon père:ma mère} ?\n\n{p2}\n{addrblock}"
    ),
    "Où en est ma commande {!order} ? Le suivi {!tracking} n'a pas bougé depuis le {!date}.",
    "L'appli plante à chaque ouverture depuis la version {!version}.",
    "C'est réglé, merci beaucoup et bonne journée !",
    (
        "Votre facture {!invoice} indique l'IBAN {!iban_bad}, que notre banque refuse. "
        "Pouvez-vous vérifier ?"
    ),
    "Est-ce que vous livrez le samedi ?",
    (
        "Un prélèvement de {!amount} avec la référence {!digits16} apparaît sur mon relevé, "
        "c'est quoi ?"
    ),
    "Le magasin situé {!street} à {!city} est ouvert le 15 août ?",
    "Pour la réservation {!booking}, serait-il possible d'avoir la chambre {!room} ?",
    "Merci de me désinscrire de la newsletter.",
    "Merci de noter notre nouveau {!company_id} dans vos fichiers.",
    "À {!city}, le corner {!brand} de votre magasin va fermer ?",
]
ES = [
    (
        "[[Hola, buenas tardes.|Hola {agent}, buenas tardes.]]\n\n"
        "Mi paquete[[ del pedido {!order}|]] sigue en la paquetería desde [[el {!date}|hace una "
        "semana]]. ¿Lo pueden mandar a casa de {g2:mi hermano:mi hermana} {p2}? La dirección es "
        "{addr}[[ y su cel es {phone2:mobile}|]].\n\n"
        "[[Gracias,\n{sig}|Gracias]]"
    ),
    (
        "Buen día[[, soy {name}|]]. Me cambié de domicilio: antes vivía en {addr2} y ahora en "
        "{addr}. Por favor actualicen mis datos[[ antes del recibo del {!date}|]].[[ Mi celular "
        "sigue siendo {phone}.|]] Saludos"
    ),
    (
        "[{!time:chat}] Cliente: hola, desde la actualización {!version} se me cae el internet a "
        "cada "
        "rato\n"
        "[{!time:chat}] {agent} (Soporte): ¡Lo siento! ¿Me da el nombre del titular y la dirección "
        "de instalación?\n"
        "[{!time:chat}] Cliente: {name}, {addr}\n"
        "[{!time:chat}] {agent} (Soporte): Gracias. ¿El técnico le puede marcar al {phone}?\n"
        "[{!time:chat}] Cliente: sí"
    ),
    (
        "A quien corresponda:\n\n"
        "Reporto un siniestro por filtración en mi departamento ubicado en {addr}, ocurrido "
        "[[el {!date}|este fin de semana]]. El agua viene del depa de arriba, que es de {p2}."
        "[[ Número de póliza: {!case}.|]]\n\n"
        "Atentamente,\n{name}\nCel. {phone:mobile}"
    ),
    (
        "Hola, me apareció un cargo[[ de {!amount}|]] en mi tarjeta {card}[[ el {!date}|]][[ en "
        "{!brand}|]] y yo no lo hice. Por favor bloquéenla y manden el plástico nuevo a {addr}."
        "[[\n\n{sig}|]]"
    ),
    (
        "Quiero pasar mi línea {phone} a nombre de {g2:mi esposo:mi esposa} {p2}. Las facturas "
        "que lleguen a {p2email}, por favor.[[ Contrato {!case}.|]] [[Gracias, {first}|Gracias]]"
    ),
    (
        "Buen día,\n\n"
        "tenemos [[la reservación {!booking} para el {!date}|una reservación para el fin de "
        "semana]]. "
        "{g2:Mi compañero:Mi compañera} {p2first} llega tarde[[, como a las {!time}|]]. ¿Le "
        "pueden dejar la llave en recepción? Cualquier cosa márquenme al {phone}.\n\n"
        "[[Saludos,\n{sig}|Saludos]]"
    ),
    (
        "Hola, soy {name}, fecha de nacimiento {dob}. Necesito cambiar mi cita con "
        "{g2:el Dr.:la Dra.} {p2last} [[del {!date} a las {!time}|del jueves]]. Me pueden "
        "llamar al {phone}."
    ),
    (
        "Alta de personal[[, enviar a nómina antes del {!date}|]]\n\n"
        "Nombre: {formal}\n"
        "Fecha de nacimiento: {dob}\n"
        "Domicilio:\n{addrblock}\n"
        "Correo: {email}[[\nNo. de empleado: {!case}|]]"
    ),
    (
        "Hola {p2first}, el calentador del depa en {addr} dejó de funcionar otra vez desde [[el "
        "{!date}|el lunes]].[[ Es un {!product:heater}.|]] Estoy en casa toda la semana, me "
        "puedes marcar al {phone}. Saludos"
    ),
    (
        "[[{g2:Estimado:Estimada} {p2first}:|Buen día:]]\n\n"
        "Le envío la factura {!invoice} por {!amount}, con vencimiento el {!date}. Como somos "
        "proveedor en Europa, el pago va a nuestra cuenta IBAN {iban}.\n\n"
        "Saludos cordiales,\n{name}\nCuentas por cobrar[[\n{poboxblock}|]]"
    ),
    (
        "No puedo entrar a mi cuenta. Está registrada con {email} pero ya no tengo acceso a "
        "ese correo, por favor usen {email2}. El último acceso fue desde {ip}, creo.[[\n\n{sig}|]]"
    ),
    (
        "Desde que subimos la versión {!version} fallan los webhooks:\n\n"
        "{!date:iso} {!time:hms} ERROR invalid signature from={ip} id={!uuid}\n\n"
        "Estamos mandando la llave {secret}. El último commit bueno fue {!sha}."
    ),
    (
        "Qué tal, el respaldo nocturno falla desde [[el {!date}|ayer]]. La config dice:\n\n"
        "BACKUP_URL={urlcred}\n\n"
        "¿Cambiaron algo en el servidor?"
    ),
    (
        "Gracias {agent}, ¡ya quedó![[\n\n{sig}|]]\n\n"
        "> El {!date}, {agentname} escribió:\n"
        "> ¿Nos confirma su código postal? Tenemos registrado el {!postcode}.\n"
        "> Saludos, Atención a Clientes"
    ),
    (
        "¿Alguien le puede regresar la llamada?\n\n"
        "---------- Mensaje reenviado ---------\n"
        "De: {name} <{email}>\n"
        "Fecha: {!date}\n"
        "Asunto: Reembolso {!case}\n\n"
        "Hola, sigo esperando el reembolso de {!amount}. Mi cel es {phone:mobile}, de preferencia "
        "después de las {!time}."
    ),
    (
        "Esta fila no pasa la importación, las demás sí:\n\n"
        "id,nombre,correo,telefono,cp\n"
        '{!order},"{formal}",{email},{phone},{!postcode}'
    ),
    (
        "Hola,\n\n¿me pueden llamar por [[la cotización {!case}|mi cotización]]?\n\n"
        "--\n{name}\n{addrblock}\nTel. {phone}"
    ),
    (
        "Quiero agregar a {g2:mi hijo:mi hija} {p2} a mi póliza de gastos médicos. Su fecha "
        "de nacimiento es {dob:child}.[[ Vivimos en {addr}.|]] ¿Qué papeles necesitan?"
    ),
    (
        "[{!time:chat}] Cliente: cóbrenme los {!amount} con esta tarjeta\n"
        "[{!time:chat}] Cliente: {card}\n"
        "[{!time:chat}] Cliente: vence {!date:exp}\n"
        "[{!time:chat}] Asesor: ¡Por favor no comparta datos de tarjeta por chat! Ya oculté el "
        "mensaje, le mando una liga de pago segura."
    ),
    (
        "Quiero cancelar mi membresía[[ (socio {!case})|]]; me mudé [[a {!city}|de ciudad]]. "
        "{name}, fecha de nacimiento {dob}.[[ El saldo a favor a la cuenta IBAN {iban}.|]]"
    ),
    (
        "Favor de mandar la correspondencia a {pobox} y ya no a la tienda[[ de {!street}|]]. "
        "Gracias, {first}"
    ),
    (
        "Ups, pegué nuestro token de GitHub {secret:gh} en [[el ticket {!case}|un ticket]]. Ya "
        "lo revoqué, ¿pueden borrar el comentario? {first}"
    ),
    (
        'Para la expo[[ del {!date}|]]: red Wi-Fi "Stand-Bajio", contraseña: {password}. No la '
        "compartan, por favor."
    ),
    (
        "Me llegó una alerta de inicio de sesión desde {ip}[[ a las {!time}|]] y otra desde "
        "{ip6}. No fui yo[[, estaba en {!city}|]]. Bloqueen la cuenta {email} por favor."
    ),
    (
        "El repartidor dice que dejó mi paquete con un vecino pero no dice cuál. Mi dirección "
        "es {addr}[[, guía {!tracking}|]]. Márquenme al {phone}."
    ),
    (
        "Hola, me cambio [[el {!date}|la próxima semana]] a {addr} y quiero el contrato de luz a "
        "nombre de {name}.[[ Número de medidor {!serial}.|]]"
    ),
    (
        "Mi [[{!product}|celular]] ya no carga[[ (pedido {!order}, comprado en {!brand}, SKU "
        "{!sku})|]]. ¿Pueden recogerlo aquí?\n{addrblock}[[\nCel. {phone:mobile}|]]"
    ),
    (
        "Ayer me chocó {p2} en un alto; su teléfono es {phone2}. El coche está en el taller, "
        "{addr}.[[ Siniestro {!case}.|]]"
    ),
    (
        "No puedo clonar el repo, me sale 'Authentication failed':\n"
        "git clone {urlcred}\n"
        "¿Está bloqueado el usuario de deploy?"
    ),
    (
        "Necesito la factura a nombre de la empresa[[, {!company_id}, por la compra {!order}|]]."
        " Domicilio fiscal: [[{addr}|{pobox}]]. Atención: {p2}."
    ),
    (
        "Estimad{g:o:a} {mr} {last}:\n\n"
        "le recordamos que la renta del departamento en {addr} [[de {!amount} venció el "
        "{!date}|sigue pendiente]]. Cualquier duda, estamos a sus órdenes.\n\n"
        "{p2}\nAdministración"
    ),
    (
        "¿Hacen entregas en {addr}? Su página dice que no, pero a mis vecinos sí les llegan sus "
        "pedidos."
    ),
    (
        "Cotización de mudanza: un depa de dos recámaras de {addr2} a {addr}[[ el {!date}|, en "
        "mayo]]. En el edificio nuevo no hay elevador. Me pueden llamar al {phone}."
    ),
    (
        "Su carta llegó a {addr2}, que es mi domicilio anterior. Por favor usen {addr} de ahora "
        "en adelante."
    ),
    (
        "Mi número anterior {phone2} ya no existe, por favor cámbienlo por {phone}.[[ Cliente "
        "{!case}.|]]"
    ),
    (
        "Por favor manden el reemplazo a mi oficina:\n{addrblock}\n"
        "La recepción abre hasta las [[{!time}|6]]."
    ),
    (
        "Taxi para [[el {!date}|mañana]]: recoger en {addr}[[ a las {!time}| temprano]], destino "
        "{addr2}. Somos dos y una carriola. El chofer puede marcar al {phone}."
    ),
    (
        "¿Me pueden llevar la receta a {addr}? No puedo salir esta semana. Si el repartidor no "
        "encuentra, que llame al {phone}."
    ),
    (
        "Por favor llámenme al {phone} por [[el folio {!case}|mi queja]], estoy disponible "
        "[[después de las {!time}|en la tarde]]."
    ),
    (
        "El contacto en sitio para la instalación es {p2}, {phone2}. Se entra por el portón "
        "lateral, {addr}."
    ),
    (
        "¿Pueden envolver para regalo [[el pedido {!order}|mi pedido]] y mandarlo directo a "
        "{g2:mi papá:mi mamá}?\n\n{p2}\n{addrblock}"
    ),
    "¿Dónde está mi pedido {!order}? La guía {!tracking} no se mueve desde el {!date}.",
    "La app se cierra sola desde la versión {!version}.",
    "Ya quedó, muchas gracias. ¡Buen fin de semana!",
    "La factura {!invoice} trae el IBAN {!iban_bad} y el banco lo rechaza, ¿lo pueden revisar?",
    "¿Hacen entregas en domingo?",
    "En mi estado de cuenta aparece un cargo de {!amount} con referencia {!digits16}, ¿qué es?",
    "¿La sucursal de {!street} en {!city} abre el día festivo?",
    "Para la reservación {!booking}, ¿nos pueden cambiar a la habitación {!room}?",
    "Ya no quiero recibir el boletín, gracias.",
    "Les comparto nuestro {!company_id} actualizado para la facturación.",
    "¿Va a cerrar el módulo de {!brand} en su tienda de {!city}?",
]
IT = [
    (
        "[[Buongiorno,|Buongiorno {agent},]]\n\n"
        "il mio pacco[[ (ordine {!order})|]] è fermo in deposito [[dal {!date}|da una "
        "settimana]]. Potreste consegnarlo a {g2:mio fratello:mia sorella} {p2}, in {addr}?"
        "[[ Il suo cellulare è {phone2:mobile}.|]]\n\n"
        "[[Grazie,\n{sig}|Grazie]]"
    ),
    (
        "Salve[[, sono {name}|]]. [[Dal {!date}|Da un mese]] non abito più in {addr2}: il nuovo "
        "indirizzo è {addr}. Vi prego di aggiornare il contratto.[[ Il mio numero resta "
        "{phone}.|]]"
    ),
    (
        "[{!time:chat}] Cliente: salve, dopo l'aggiornamento {!version} il modem si disconnette di "
        "continuo\n"
        "[{!time:chat}] {agent} (Assistenza): Mi dispiace! Mi indica il nome dell'intestatario e "
        "l'indirizzo di installazione?\n"
        "[{!time:chat}] Cliente: {name}, {addr}\n"
        "[{!time:chat}] {agent} (Assistenza): Grazie. Il tecnico può chiamarla al {phone}?\n"
        "[{!time:chat}] Cliente: sì"
    ),
    (
        "Spett.le Compagnia,\n\n"
        "con la presente denuncio un danno da infiltrazione nel mio appartamento in {addr}, "
        "avvenuto [[il {!date}|nel fine settimana]]. L'acqua proviene dall'appartamento di "
        "{p2}, al piano di sopra.[[ Polizza n. {!case}.|]]\n\n"
        "Distinti saluti,\n{name}\n{phone}"
    ),
    (
        "Salve, sulla mia carta {card} c'è un addebito[[ di {!amount}|]][[ del {!date}|]][[ da "
        "{!brand}|]] che non ho fatto io. Bloccatela e spedite la nuova carta a {addr}, per "
        "favore.[[\n\n{sig}|]]"
    ),
    (
        "Vorrei intestare la mia linea {phone} a {g2:mio marito:mia moglie} {p2}. Le bollette "
        "da ora a {p2email}.[[ Codice cliente {!case}.|]] [[Grazie, {first}|Grazie]]"
    ),
    (
        "Buongiorno,\n\n"
        "abbiamo [[la prenotazione {!booking} per il {!date}|una prenotazione per il weekend]]. "
        "{g2:Il mio collega:La mia collega} {p2first} arriverà tardi[[, verso le {!time}|]]: "
        "potete lasciare la chiave alla reception? Per qualsiasi cosa chiamatemi al {phone}.\n\n"
        "[[Cordiali saluti,\n{sig}|Cordiali saluti]]"
    ),
    (
        "Buongiorno, sono {name}, {g:nato:nata} il {dob}. Devo spostare la visita con "
        "{g2:il dott.:la dott.ssa} {p2last} [[del {!date} alle {!time}|di giovedì]]. Potete "
        "richiamarmi al {phone}? Grazie"
    ),
    (
        "Scheda nuovo assunto[[, da inviare all'ufficio paghe entro il {!date}|]]\n\n"
        "Cognome e nome: {formal}\n"
        "Data di nascita: {dob}\n"
        "Residenza:\n{addrblock}\n"
        "IBAN: {iban}[[\nMatricola: {!case}|]]"
    ),
    (
        "Gentile {g2:signor:signora} {p2last},\n\n"
        "la caldaia dell'appartamento in {addr} è di nuovo guasta [[dal {!date}|da lunedì]]."
        "[[ È una {!product:heater}.|]] Sono reperibile tutto il giorno al {phone}.\n\n"
        "Cordiali saluti"
    ),
    (
        "[[Gentile {p2first},|Buongiorno,]]\n\n"
        "in allegato la fattura {!invoice} di {!amount}, con scadenza {!date}. Vi segnaliamo "
        "il nuovo IBAN per i pagamenti: {iban}.\n\n"
        "Cordiali saluti,\n{name}\nAmministrazione, Ferramenta Adriatica "
        "S.r.l.\n[[{poboxblock}\n|]]{!company_id}"
    ),
    (
        "Non riesco più ad accedere. L'account è registrato con {email}, ma quella casella non "
        "la uso più: scrivetemi a {email2}. L'ultimo accesso credo fosse da {ip}.[[\n\n{sig}|]]"
    ),
    (
        "Dopo il rilascio {!version} le chiamate API falliscono:\n\n"
        "{!date:iso} {!time:hms} ERROR 401 client={ip} req={!uuid}\n\n"
        "La chiave che usiamo è {secret}. L'ultimo commit funzionante è {!sha}."
    ),
    (
        "Ciao, il job di backup non parte [[dal {!date}|da ieri]]. Nella configurazione c'è:\n\n"
        "destinazione = {urlcred}\n\n"
        "Avete cambiato qualcosa sul server?"
    ),
    (
        "Grazie {agent}, risolto![[\n\n{sig}|]]\n\n"
        "> Il {!date}, {agentname} ha scritto:\n"
        "> Ci conferma il CAP? Nel sistema risulta {!postcode}.\n"
        "> Cordiali saluti, Servizio Clienti"
    ),
    (
        "Qualcuno può richiamare {g:questo cliente:questa cliente}?\n\n"
        "---------- Messaggio inoltrato ---------\n"
        "Da: {name} <{email}>\n"
        "Data: {!date}\n"
        "Oggetto: Rimborso {!case}\n\n"
        "Buongiorno, aspetto ancora il rimborso di {!amount}. Mi trovate al {phone} dopo le "
        "{!time}."
    ),
    (
        "Questa riga blocca l'importazione:\n\n"
        "id;nominativo;email;telefono;cap\n"
        "{!order};{formal};{email};{phone};{!postcode}"
    ),
    (
        "Buongiorno,\n\npotete ricontattarmi per [[il preventivo {!case}|il mio preventivo]]?"
        "\n\n--\n{name}\n{addrblock}\nCell. {phone:mobile}"
    ),
    (
        "Vorrei aggiungere {g2:mio figlio:mia figlia} {p2}, {g2:nato:nata} il {dob:child}, alla "
        "polizza sanitaria.[[ Abitiamo in {addr}.|]] Quali documenti servono?"
    ),
    (
        "[{!time:chat}] Cliente: addebitate i {!amount} su questa carta\n"
        "[{!time:chat}] Cliente: {card}\n"
        "[{!time:chat}] Cliente: scadenza {!date:exp}\n"
        "[{!time:chat}] Operatore: Per favore non scriva i dati della carta in chat! Ho oscurato "
        "il "
        "messaggio, le mando un link di pagamento sicuro."
    ),
    (
        "Disdico l'abbonamento[[ (tessera {!case})|]]: mi trasferisco [[a {!city}|all'estero]]."
        " {name}, {g:nato:nata} il {dob}.[[ Il credito residuo sull'IBAN {iban}.|]]"
    ),
    (
        "Da ora in poi inviate la posta a {pobox} e non più al negozio[[ in {!street}|]]. "
        "Grazie, {first}"
    ),
    (
        "Ho incollato per sbaglio il nostro token {secret:sendgrid} nel [[ticket {!case}|ticket "
        "di ieri]]. L'ho già revocato, potete cancellare il messaggio? {first}"
    ),
    (
        'Per la fiera[[ del {!date}|]]: rete Wi-Fi "Stand-Adriatica", password: {password}. '
        "Non diffondetela."
    ),
    (
        "Mi è arrivato un avviso di accesso da {ip}[[ alle {!time}|]] e un altro da {ip6}. Non "
        "ero io[[, ero a {!city}|]]. Bloccate l'account {email}, per favore."
    ),
    (
        "Il corriere dice di aver lasciato il pacco a un vicino, ma quale? Abito in {addr}"
        "[[, tracking {!tracking}|]]. Richiamatemi al {phone}."
    ),
    (
        "Buongiorno, [[dal {!date}|dalla prossima settimana]] vado ad abitare in {addr} e "
        "vorrei intestare la fornitura di luce a {name}.[[ Matricola contatore {!serial}.|]]"
        "[[ Addebito su IBAN {iban}.|]]"
    ),
    (
        "Il mio [[{!product}|tablet]] non si carica più[[ (ordine {!order}, comprato da "
        "{!brand}, cod. art. {!sku})|]]. Potete ritirarlo a questo indirizzo?\n{addrblock}"
        "[[\nCell. {phone:mobile}|]]"
    ),
    (
        "Ieri {p2} mi ha tamponato al semaforo, il suo numero è {phone2}. L'auto è in "
        "carrozzeria, {addr}.[[ Sinistro {!case}.|]]"
    ),
    (
        "Il clone non va, mi dà 'Authentication failed':\n"
        "git clone {urlcred}\n"
        "L'utente di deploy è bloccato?"
    ),
    (
        "Mi serve la fattura intestata alla ditta[[, {!company_id}, per l'ordine {!order}|]]. "
        "Recapito: [[{addr}|{pobox}]], alla c.a. di {p2}."
    ),
    (
        "Gentile {mr} {last},\n\n"
        "le ricordiamo che il canone per l'appartamento in {addr} [[di {!amount} era in "
        "scadenza il {!date}|risulta ancora da pagare]]. Per qualsiasi problema ci contatti."
        "\n\n{p2}\nAmministrazione condominiale"
    ),
    ("Consegnate in {addr}? Il vostro sito dice di no, ma i miei vicini ricevono i vostri pacchi."),
    (
        "Richiesta preventivo: trasloco di un bilocale da {addr2} a {addr}[[ il {!date}|, a "
        "maggio]]. Nel nuovo palazzo non c'è ascensore. Potete chiamarmi al {phone}."
    ),
    (
        "La vostra lettera è arrivata in {addr2}, il mio vecchio indirizzo. D'ora in poi usate "
        "{addr}, per favore."
    ),
    (
        "Il mio vecchio numero {phone2} non è più attivo, sostituitelo con {phone}.[[ Pratica "
        "{!case}.|]]"
    ),
    (
        "Per favore spedite la sostituzione al mio indirizzo di lavoro:\n{addrblock}\n"
        "La reception è aperta fino alle [[{!time}|18]]."
    ),
    (
        "Taxi per [[il {!date}|domani]]: partenza da {addr}[[ alle {!time}| di mattina presto]],"
        " arrivo in {addr2}. Due persone e un passeggino. L'autista può chiamare il {phone}."
    ),
    (
        "Potete consegnare la ricetta in {addr}? Questa settimana non posso uscire. Se il "
        "fattorino non trova l'indirizzo: {phone}."
    ),
    (
        "Richiamatemi al {phone} per [[la pratica {!case}|il mio reclamo]], sono disponibile "
        "[[dopo le {!time}|nel pomeriggio]]."
    ),
    ("Il referente in cantiere è {p2}, {phone2}. Si entra dal cancello laterale, {addr}."),
    (
        "Potete fare un pacchetto regalo per [[l'ordine {!order}|il mio ordine]] e spedirlo "
        "direttamente a {g2:mio padre:mia madre}?\n\n{p2}\n{addrblock}"
    ),
    "Dov'è il mio ordine {!order}? Il tracking {!tracking} è fermo dal {!date}.",
    "L'app si chiude da sola dalla versione {!version}.",
    "Tutto risolto, grazie mille e buona giornata!",
    "Nella fattura {!invoice} c'è l'IBAN {!iban_bad}, ma la banca lo rifiuta. Potete controllare?",
    "Consegnate anche il sabato?",
    "Sull'estratto conto vedo un addebito di {!amount} con riferimento {!digits16}. Cos'è?",
    "Il negozio in {!street} a {!city} è aperto a Ferragosto?",
    "Per la prenotazione {!booking} è possibile avere la camera {!room}?",
    "Vi prego di cancellarmi dalla newsletter.",
    "Vi comunichiamo i nostri dati aggiornati: {!company_id}.",
    "Il corner {!brand} del vostro negozio di {!city} chiude?",
]
NL = [
    (
        "[[Hoi,|Hoi {agent},|Goedemiddag,]]\n\n"
        "Mijn pakket[[ (bestelling {!order})|]] ligt sinds [[{!date}|een week]] bij het "
        "afhaalpunt. Kunnen jullie het naar {g2:mijn broer:mijn zus} {p2} sturen? Het adres is "
        "{addr}[[, telefoon {phone2}|]].\n\n"
        "[[Groetjes,\n{sig}|Groetjes]]"
    ),
    (
        "Goedemiddag, [[ik ben {name} en |]]ik ben [[per {!date}|vorige maand]] verhuisd van "
        "{addr2} naar {addr}. Willen jullie mijn gegevens aanpassen?[[ Mijn mobiele nummer "
        "blijft {phone}.|]]"
    ),
    (
        "[{!time:chat}] Klant: hoi, sinds de update naar {!version} valt mijn internet steeds weg\n"
        "[{!time:chat}] {agent} (Klantenservice): Vervelend! Mag ik de naam van de "
        "contracthouder en het installatieadres?\n"
        "[{!time:chat}] Klant: {name}, {addr}\n"
        "[{!time:chat}] {agent} (Klantenservice): Dank je. Kan de monteur je bellen op {phone}?\n"
        "[{!time:chat}] Klant: ja"
    ),
    (
        "Geachte heer/mevrouw,\n\n"
        "Hierbij meld ik waterschade in mijn woning op {addr}, ontstaan [[op {!date}|afgelopen "
        "weekend]]. Het lek komt uit de woning van {p2} boven mij.[[ Polisnummer: {!case}.|]]"
        "\n\nMet vriendelijke groet,\n{name}\n{phone}"
    ),
    (
        "Hallo, er staat een afschrijving[[ van {!amount}|]] op mijn creditcard {card}[[ van "
        "{!date}|]][[ bij {!brand}|]] die ik niet herken. Graag de kaart blokkeren en de nieuwe "
        "naar {addr} sturen.[[\n\n{sig}|]]"
    ),
    (
        "Ik wil mijn abonnement met nummer {phone} overzetten op naam van "
        "{g2:mijn vriend:mijn vriendin} {p2}. Facturen graag naar {p2email}.[[ Contractnummer "
        "{!case}.|]] [[Groet, {first}|Groet]]"
    ),
    (
        "Goedendag,\n\n"
        "We hebben [[reservering {!booking} voor {!date}|een kamer voor het weekend]]. Mijn "
        "collega {p2first} komt pas laat aan[[, rond {!time}|]], kan de sleutel bij de receptie "
        "blijven? Bel me anders even op {phone}.\n\n"
        "[[Groet,\n{sig}|Groet]]"
    ),
    (
        "Hallo, met {name}, geboren op {dob}. Ik moet mijn afspraak bij dokter {p2last} [[op "
        "{!date} om {!time}|van donderdag]] verzetten. Kunt u mij terugbellen op {phone}?"
    ),
    (
        "Personeelsformulier[[, graag vóór {!date} naar de salarisadministratie|]]\n\n"
        "Naam: {formal}\n"
        "Geboortedatum: {dob}\n"
        "Adres:\n{addrblock}\n"
        "IBAN: {iban}[[\nPersoneelsnummer: {!case}|]]"
    ),
    (
        "Beste {p2first},\n\n"
        "De cv-ketel in de woning op {addr} is sinds [[{!date}|maandag]] weer kapot.[[ Het is "
        "een {!product:heater}.|]] Ik ben de hele week thuis, bel gerust op {phone}.\n\n"
        "Groet"
    ),
    (
        "[[Beste {p2first},|Goedemiddag,]]\n\n"
        "Bijgaand factuur {!invoice} van {!amount}, te betalen vóór {!date}. Let op: ons "
        "rekeningnummer is gewijzigd, het nieuwe IBAN is {iban}.\n\n"
        "Met vriendelijke groet,\n{name}\nAdministratie, Polderlicht "
        "B.V.\n[[{poboxblock}\n|]]{!company_id}"
    ),
    (
        "Ik kan niet meer inloggen. Mijn account staat op {email}, maar daar kan ik niet meer "
        "bij. Gebruik aub {email2}. De laatste login was volgens mij vanaf {ip}.[[\n\n{sig}|]]"
    ),
    (
        "Sinds de update naar {!version} falen onze API-calls:\n\n"
        "{!date:iso} {!time:hms} ERROR 401 remote={ip} id={!uuid}\n\n"
        "We sturen de key {secret} mee. Laatste werkende commit: {!sha}."
    ),
    (
        "Hoi, de nachtelijke sync faalt sinds [[{!date}|gisteren]]. In de config staat:\n\n"
        "source: {urlcred}\n\n"
        "Is er iets aan de server veranderd?"
    ),
    (
        "Bedankt {agent}, het werkt weer![[\n\n{sig}|]]\n\n"
        "> Op {!date} schreef {agentname}:\n"
        "> Kunt u uw postcode bevestigen? Wij hebben {!postcode} in het systeem.\n"
        "> Met vriendelijke groet, Klantenservice"
    ),
    (
        "Kan iemand deze klant terugbellen?\n\n"
        "---------- Doorgestuurd bericht ---------\n"
        "Van: {name} <{email}>\n"
        "Datum: {!date}\n"
        "Onderwerp: Terugbetaling {!case}\n\n"
        "Hallo, ik wacht nog steeds op de terugbetaling van {!amount}. Bel me op {phone}, "
        "liefst na {!time}."
    ),
    (
        "Deze regel blokkeert de import:\n\n"
        "id;naam;email;telefoon;postcode\n"
        "{!order};{formal};{email};{phone};{!postcode}"
    ),
    (
        "Hallo,\n\nKunt u mij terugbellen over [[offerte {!case}|mijn offerte]]?\n\n"
        "--\n{name}\n{addrblock}\nT {phone}"
    ),
    (
        "Ik wil {g2:mijn zoon:mijn dochter} {p2}, geboren op {dob:child}, bijschrijven op mijn "
        "zorgverzekering.[[ We wonen op {addr}.|]] Welke papieren hebben jullie nodig?"
    ),
    (
        "[{!time:chat}] Klant: schrijf de {!amount} maar van deze kaart af\n"
        "[{!time:chat}] Klant: {card}\n"
        "[{!time:chat}] Klant: geldig tot {!date:exp}\n"
        "[{!time:chat}] Medewerker: Deel aub geen kaartgegevens in de chat! Ik heb het bericht "
        "verborgen en stuur je een betaallink."
    ),
    (
        "Ik zeg mijn abonnement op[[ (lidnummer {!case})|]], ik verhuis [[naar {!city}|naar het "
        "buitenland]]. {name}, geboren {dob}.[[ Tegoed graag terug op {iban}.|]]"
    ),
    (
        "Stuur de post voortaan naar {pobox} en niet meer naar de winkel[[ aan de {!street}|]]. "
        "Bedankt, {first}"
    ),
    (
        "Ik heb per ongeluk onze Slack-token {secret:slack} in [[ticket {!case}|een ticket]] "
        "geplakt. Is al ingetrokken, maar kunnen jullie het bericht verwijderen? {first}"
    ),
    (
        'Voor de beurs[[ op {!date}|]]: wifi "Stand-Polder", wachtwoord: {password}. Niet '
        "doorsturen graag."
    ),
    (
        "Ik kreeg een melding van een login vanaf {ip}[[ om {!time}|]] en nog een vanaf {ip6}. "
        "Dat was ik niet[[, ik zat in {!city}|]]. Blokkeer aub het account {email}."
    ),
    (
        "De bezorger zegt dat mijn pakket bij de buren ligt, maar bij wie? Ik woon op {addr}"
        "[[, track & trace {!tracking}|]]. Bel me even op {phone}."
    ),
    (
        "Hallo, ik verhuis [[op {!date}|volgende week]] naar {addr} en wil het energiecontract "
        "op naam van {name} zetten.[[ Meternummer {!serial}.|]][[ Incasso van {iban}.|]]"
    ),
    (
        "Mijn [[{!product}|koptelefoon]] laadt niet meer op[[ (bestelling {!order}, gekocht bij "
        "{!brand}, artikelnr. {!sku})|]]. Kunnen jullie hem hier ophalen?\n{addrblock}"
        "[[\nTel. {phone}|]]"
    ),
    (
        "Gisteren reed {p2} achterop mijn auto, {g2:zijn:haar} nummer is {phone2}. De auto "
        "staat bij de garage, {addr}.[[ Schadenummer {!case}.|]]"
    ),
    (
        "Clonen lukt niet, ik krijg 'Authentication failed':\n"
        "git clone {urlcred}\n"
        "Is de deploy-user geblokkeerd?"
    ),
    (
        "Kunnen jullie de factuur op naam van ons bedrijf zetten?[[ {!company_id}, bestelling "
        "{!order}.|]] Factuuradres: [[{addr}|{pobox}]], t.a.v. {p2}."
    ),
    (
        "Geachte {mr} {last},\n\n"
        "De huur voor {addr} [[van {!amount} was verschuldigd op {!date}|staat nog open]]. Neem "
        "contact met ons op als er een probleem is.\n\n"
        "{p2}\nVerhuur"
    ),
    (
        "Bezorgen jullie ook op {addr}? Volgens de website niet, maar mijn buren krijgen "
        "steeds pakketjes van jullie."
    ),
    (
        "Offerteaanvraag: verhuizing van een tweekamerappartement van {addr2} naar {addr}"
        "[[ op {!date}|, ergens in mei]]. Er is geen lift in het nieuwe pand. Bel me op {phone}."
    ),
    ("Jullie brief ging naar {addr2}, mijn oude adres. Gebruik voortaan {addr} alstublieft."),
    (
        "Mijn oude nummer {phone2} is opgeheven, willen jullie het wijzigen in {phone}?"
        "[[ Klantnummer {!case}.|]]"
    ),
    (
        "Stuur de vervanging aub naar mijn werkadres:\n{addrblock}\n"
        "De receptie is open tot [[{!time}|zes uur]]."
    ),
    (
        "Taxi voor [[{!date}|morgen]]: ophalen op {addr}[[ om {!time}| vroeg in de ochtend]], "
        "naar {addr2}. Twee personen en een kinderwagen. De chauffeur kan {phone} bellen."
    ),
    (
        "Kunnen de medicijnen bezorgd worden op {addr}? Ik kom deze week de deur niet uit. Als "
        "de bezorger het niet kan vinden: {phone}."
    ),
    (
        "Wilt u mij terugbellen op {phone} over [[dossier {!case}|mijn klacht]]? Ik ben "
        "bereikbaar [[na {!time}|in de middag]]."
    ),
    ("Contactpersoon op locatie is {p2}, {phone2}. Toegang via het zijhek, {addr}."),
    (
        "Kunnen jullie [[bestelling {!order}|mijn bestelling]] inpakken als cadeau en direct "
        "naar {g2:mijn vader:mijn moeder} sturen?\n\n{p2}\n{addrblock}"
    ),
    "Waar blijft bestelling {!order}? Track & trace {!tracking} staat sinds {!date} stil.",
    "De app crasht sinds versie {!version} bij het openen.",
    "Opgelost, dank jullie wel!",
    (
        "Op factuur {!invoice} staat IBAN {!iban_bad}, maar mijn bank weigert het. Kunnen "
        "jullie dat checken?"
    ),
    "Bezorgen jullie ook op zondag?",
    "Ik zie een afschrijving van {!amount} met kenmerk {!digits16}. Wat is dat?",
    "Is de winkel aan de {!street} in {!city} open op Koningsdag?",
    "Kunnen we voor reservering {!booking} kamer {!room} krijgen?",
    "Graag afmelden voor de nieuwsbrief.",
    "Let op, ons {!company_id} is gewijzigd. Graag aanpassen in jullie administratie.",
    "Gaat de {!brand} in {!city} dicht?",
]
PT = [
    (
        "[[Oi, boa tarde!|Oi {agent}, boa tarde!]]\n\n"
        "Meu pedido[[ {!order}|]] está parado na transportadora desde [[{!date}|a semana "
        "passada]]. Dá pra entregar na casa {g2:do meu irmão:da minha irmã} {p2}? O endereço é "
        "{addr}[[ e o celular {g2:dele:dela} é {phone2:mobile}|]].\n\n"
        "[[{g:Obrigado:Obrigada},\n{sig}|{g:Obrigado:Obrigada}]]"
    ),
    (
        "Bom dia[[, sou {name}|]][[, CPF {cpf}|]]. Me mudei [[em {!date}|mês passado]]: saí de "
        "{addr2} e agora moro em {addr}. Podem atualizar meu cadastro?"
    ),
    (
        "[{!time:chat}] Cliente: oi, desde a atualização {!version} minha internet cai toda hora\n"
        "[{!time:chat}] {agent} (Suporte): Poxa, sinto muito! Pode me passar o nome do titular e o "
        "endereço da instalação?\n"
        "[{!time:chat}] Cliente: {name}, {addr}\n"
        "[{!time:chat}] {agent} (Suporte): Obrigado. O técnico pode ligar no {phone}?\n"
        "[{!time:chat}] Cliente: pode sim"
    ),
    (
        "Prezados,\n\n"
        "venho comunicar um sinistro de infiltração no meu apartamento, {addr}, ocorrido "
        "[[em {!date}|no fim de semana]]. O vazamento vem do apartamento de {p2}, no andar de "
        "cima.[[ Apólice nº {!case}.|]]\n\n"
        "Atenciosamente,\n{name}\n{phone}"
    ),
    (
        "Olá, apareceu uma compra[[ de {!amount}|]] no meu cartão {card}[[ em {!date}|]][[, na "
        "{!brand},|]] que eu não fiz. Por favor bloqueiem e mandem o cartão novo para {addr}."
        "[[\n\n{sig}|]]"
    ),
    (
        "Quero transferir minha linha {phone} para o nome {g2:do meu marido:da minha esposa} "
        "{p2}[[, CPF {cpf}|]]. As faturas devem ir para {p2email}. [[Obrigado, {first}|"
        "Obrigado]]"
    ),
    (
        "Bom dia,\n\n"
        "temos [[a reserva {!booking} para {!date}|uma reserva para o fim de semana]]. "
        "{g2:Meu colega:Minha colega} {p2first} vai chegar tarde[[, por volta das {!time}|]]. "
        "Podem deixar a chave na recepção? Qualquer coisa me liguem no {phone}.\n\n"
        "[[Abraço,\n{sig}|Abraço]]"
    ),
    (
        "Olá, aqui é {name}, {g:nascido:nascida} em {dob}. Preciso remarcar minha consulta com "
        "{g2:o Dr.:a Dra.} {p2last} [[do dia {!date} às {!time}|de quinta]]. Podem me ligar no "
        "{phone}?"
    ),
    (
        "Ficha de admissão[[, enviar ao DP até {!date}|]]\n\n"
        "Nome completo: {formal}\n"
        "CPF: {cpf}\n"
        "Data de nascimento: {dob}\n"
        "Endereço:\n{addrblock}[[\nMatrícula: {!case}|]]"
    ),
    (
        "Oi {p2first}, o aquecedor do apartamento, {addr}, parou de novo desde [[{!date}|"
        "segunda]].[[ É um {!product:heater}.|]] Estou em casa a semana toda, pode me ligar no "
        "{phone}. Abraço"
    ),
    (
        "[[{g2:Prezado:Prezada} {p2first},|Bom dia,]]\n\n"
        "segue a fatura {!invoice} no valor de {!amount}, com vencimento em {!date}. Como o "
        "fornecedor é europeu, o pagamento deve ser feito para o IBAN {iban}.\n\n"
        "Atenciosamente,\n{name}\nFinanceiro, Distribuidora Horizonte "
        "Ltda.\n[[{poboxblock}\n|]]CNPJ {cnpj}"
    ),
    (
        "Não consigo mais entrar na minha conta. Ela está cadastrada no {email}, mas não tenho "
        "mais acesso a esse e-mail. Por favor usem {email2}. O último acesso foi do IP {ip}, "
        "acho.[[\n\n{sig}|]]"
    ),
    (
        "Depois do deploy da versão {!version} os webhooks começaram a falhar:\n\n"
        "{!date:iso} {!time:hms} ERROR assinatura invalida origem={ip} id={!uuid}\n\n"
        "Estamos usando a chave {secret}. O último commit bom foi {!sha}."
    ),
    (
        "E aí, o backup noturno está falhando desde [[{!date}|ontem]]. Na config está assim:\n\n"
        "BACKUP_URL={urlcred}\n\n"
        "Mudaram alguma coisa no servidor?"
    ),
    (
        "Valeu {agent}, deu certo![[\n\n{sig}|]]\n\n"
        "> Em {!date}, {agentname} escreveu:\n"
        "> Pode confirmar o CEP? No sistema consta {!postcode}.\n"
        "> Atenciosamente, Atendimento"
    ),
    (
        "Alguém pode retornar a ligação?\n\n"
        "---------- Mensagem encaminhada ---------\n"
        "De: {name} <{email}>\n"
        "Data: {!date}\n"
        "Assunto: Reembolso {!case}\n\n"
        "Olá, ainda estou esperando o estorno de {!amount}. Meu celular é {phone:mobile}, de "
        "preferência depois das {!time}."
    ),
    (
        "Essa linha trava a importação:\n\n"
        "id;nome;cpf;email;telefone\n"
        "{!order};{formal};{cpf};{email};{phone}"
    ),
    (
        "Olá,\n\npodem me retornar sobre [[o orçamento {!case}|meu orçamento]]?\n\n"
        "--\n{name}\n{addrblock}\nCel. {phone:mobile}"
    ),
    (
        "Quero incluir {g2:meu filho:minha filha} {p2} no meu plano de saúde. "
        "{g2:Ele nasceu:Ela nasceu} em {dob:child}[[ e o CPF é {cpf}|]]. Que documentos vocês "
        "precisam?"
    ),
    (
        "[{!time:chat}] Cliente: pode passar os {!amount} nesse cartão\n"
        "[{!time:chat}] Cliente: {card}\n"
        "[{!time:chat}] Cliente: validade {!date:exp}\n"
        "[{!time:chat}] Atendente: Por favor não envie dados do cartão pelo chat! Ocultei a "
        "mensagem, vou mandar um link de pagamento seguro."
    ),
    (
        "Quero cancelar meu plano da academia[[ (matrícula {!case})|]], me mudei [[para "
        "{!city}|de cidade]]. {name}, {g:nascido:nascida} em {dob}."
    ),
    (
        "Por favor mandem as correspondências para {pobox} e não mais para a loja[[ na "
        "{!street}|]]. Obrigado, {first}"
    ),
    (
        "Colei sem querer nosso token da AWS {secret:aws} [[no chamado {!case}|num chamado]]. "
        "Já revoguei, mas dá pra apagar o comentário? {first}"
    ),
    (
        'Pro evento[[ de {!date}|]]: Wi-Fi "Estande-Horizonte", senha: {password}. Não '
        "repassem, por favor."
    ),
    (
        "Recebi um alerta de login do IP {ip}[[ às {!time}|]] e outro de {ip6}. Não fui eu"
        "[[, estava em {!city}|]]. Bloqueiem a conta {email}, por favor."
    ),
    (
        "O entregador disse que deixou meu pacote com um vizinho, mas qual? Meu endereço é "
        "{addr}[[, rastreio {!tracking}|]]. Me liguem no {phone}."
    ),
    (
        "Oi, vou me mudar [[em {!date}|semana que vem]] para {addr} e quero passar a conta de "
        "luz para o nome de {name}[[, CPF {cpf}|]].[[ Número do medidor {!serial}.|]]"
    ),
    (
        "Meu [[{!product}|fone]] parou de carregar[[ (pedido {!order}, comprado na {!brand}, SKU "
        "{!sku})|]]. Podem buscar aqui?\n{addrblock}[[\nCel. {phone:mobile}|]]"
    ),
    (
        "Fiz o Pix[[ de {!amount}|]] para a chave {cpf}, mas o pedido[[ {!order}|]] continua "
        "como pendente. Segue o comprovante."
    ),
    (
        "Preciso da nota fiscal no CNPJ {cnpj}[[, {!company_id}, pedido {!order}|]]. Endereço "
        "de cobrança: [[{addr}|{pobox}]]."
    ),
    (
        "Ontem {p2} bateu no meu carro no semáforo; o telefone {g2:dele:dela} é {phone2}. O "
        "carro está na oficina, {addr}.[[ Sinistro {!case}.|]]"
    ),
    (
        "O clone não funciona, dá 'Authentication failed':\n"
        "git clone {urlcred}\n"
        "O usuário de deploy está bloqueado?"
    ),
    (
        "Prezad{g:o:a} {mr} {last},\n\n"
        "lembramos que o aluguel do imóvel na {addr} [[de {!amount} venceu em {!date}|continua "
        "em aberto]]. Qualquer dúvida, estamos à disposição.\n\n"
        "{p2}\nImobiliária"
    ),
    (
        "Vocês entregam na {addr}? O site diz que não, mas meus vizinhos recebem pedidos de "
        "vocês direto."
    ),
    (
        "Orçamento de mudança: apartamento de dois quartos da {addr2} para a {addr}[[ em "
        "{!date}|, em maio]]. No prédio novo não tem elevador. Podem me ligar no {phone}."
    ),
    (
        "A carta de vocês foi para {addr2}, meu endereço antigo. Por favor usem {addr} daqui "
        "pra frente."
    ),
    (
        "Meu número antigo {phone2} foi cancelado, por favor troquem para {phone}.[[ Protocolo "
        "{!case}.|]]"
    ),
    (
        "Por favor mandem a troca para o meu endereço do trabalho:\n{addrblock}\n"
        "A recepção funciona até [[{!time}|as 18h]]."
    ),
    (
        "Táxi para [[{!date}|amanhã]]: buscar na {addr}[[ às {!time}| bem cedo]], destino "
        "{addr2}. Duas pessoas e um carrinho de bebê. O motorista pode ligar no {phone}."
    ),
    (
        "Dá pra entregar o remédio na {addr}? Não consigo sair de casa esta semana. Se o "
        "entregador não achar, liga no {phone}."
    ),
    (
        "Por favor me liguem no {phone} sobre [[o protocolo {!case}|minha reclamação]], estou "
        "disponível [[depois das {!time}|à tarde]]."
    ),
    (
        "O contato no local para a instalação é {p2}, {phone2}. A entrada é pelo portão "
        "lateral, {addr}."
    ),
    (
        "Podem embalar [[o pedido {!order}|meu pedido]] para presente e mandar direto para "
        "{g2:meu pai:minha mãe}?\n\n{p2}\n{addrblock}"
    ),
    "Cadê meu pedido {!order}? O rastreio {!tracking} está parado desde {!date}.",
    "O app fecha sozinho desde a versão {!version}.",
    "Resolvido, muito obrigado! Bom fim de semana.",
    "A fatura {!invoice} traz o IBAN {!iban_bad}, mas o banco recusa. Podem verificar?",
    "Vocês entregam no domingo?",
    "Apareceu no meu extrato um débito de {!amount} com a referência {!digits16}. O que é isso?",
    "A loja da {!street} em {!city} abre no feriado?",
    "Na reserva {!booking}, dá pra trocar para o quarto {!room}?",
    "Quero parar de receber a newsletter, obrigado.",
    "Segue nosso cadastro atualizado: {!company_id}.",
    "A {!brand} de {!city} vai fechar?",
]
EN += [
    (
        "Please refund [[the {!amount}|the money]] to my card {card} rather than as store "
        "credit.[[ If that's not possible, IBAN {iban} works too.|]] Confirmation to {email}, "
        "thanks."
    ),
    (
        "Could you update the card on my account to {card}[[, expiry {!date:exp}|]]? The old "
        "one was cancelled after someone cloned it.[[ Receipts to {email} please.|]]"
    ),
    (
        "Please move my direct debit to my new bank: IBAN {iban}, account holder {name}."
        "[[ Date of birth {dob} if you need to verify me.|]]"
    ),
    (
        "This call returns 401 for us:\n\n"
        'curl -H "Authorization: Bearer {secret:jwt}" {!url}\n\n'
        "It's coming from {ip}[[, same as yesterday|]]. Did something change with token "
        "validation?"
    ),
    (
        "Please whitelist {ip}[[ and {ip6}|]] for our SFTP account. The job connects with "
        "{urlcred}[[ every night at {!time}|]]."
    ),
    (
        "Here's the .env from staging, minus the prod values:\n\n"
        "SENDGRID_API_KEY={secret:sendgrid}\n"
        "DATABASE_URL={urlcred}\n"
        "MAPS_API_KEY={secret:google}\n\n"
        "Mail stopped going out [[on {!date}|yesterday]]."
    ),
    "Age check for the account {email}: my date of birth is {dob}.[[ Licence attached.|]]",
    (
        "The temporary password you sent ({password}) doesn't work, it says expired. My login "
        "is {email}."
    ),
]
EN_US += [
    "For the credit check: SSN {ssn}, date of birth {dob}. Please don't email it anywhere.",
    (
        "Please add my {g2:husband:wife} {p2} as an authorized user. {g2:His:Her} SSN is {ssn} "
        "and {g2:he:she} was born {dob}."
    ),
]
DE += [
    (
        "Bitte erstatten Sie [[die {!amount}|den Betrag]] auf meine Karte {card}, nicht als "
        "Gutschein.[[ Falls das nicht geht: IBAN {iban}.|]] Bestätigung bitte an {email}."
    ),
    (
        "Können Sie die hinterlegte Karte auf {card} ändern[[, gültig bis {!date:exp}|]]? Die "
        "alte wurde gesperrt.[[ Belege bitte an {email}.|]]"
    ),
    (
        "Bitte stellen Sie meine Lastschrift auf das neue Konto um: IBAN {iban}, Kontoinhaber "
        "{name}.[[ Geburtsdatum zur Prüfung: {dob}.|]]"
    ),
    (
        "Dieser Aufruf liefert bei uns 401:\n\n"
        'curl -H "Authorization: Bearer {secret:jwt}" {!url}\n\n'
        "Absender ist {ip}. Hat sich an der Token-Prüfung etwas geändert?"
    ),
    (
        "Bitte schaltet {ip}[[ und {ip6}|]] für unseren SFTP-Zugang frei. Der Job verbindet "
        "sich mit {urlcred}[[, jede Nacht um {!time} Uhr|]]."
    ),
    (
        "Hier die .env von Staging:\n\n"
        "SENDGRID_API_KEY={secret:sendgrid}\n"
        "DATABASE_URL={urlcred}\n"
        "MAPS_API_KEY={secret:google}\n\n"
        "Seit [[dem {!date}|gestern]] gehen keine Mails mehr raus."
    ),
    "Altersprüfung für das Konto {email}: Ich bin am {dob} geboren.",
    (
        "Das Einmalpasswort aus Ihrer Mail ({password}) funktioniert nicht, angeblich "
        "abgelaufen. Mein Login ist {email}."
    ),
]
FR += [
    (
        "Merci de rembourser [[les {!amount}|la somme]] sur ma carte {card} plutôt qu'en avoir."
        "[[ Sinon, IBAN {iban}.|]] Confirmation à {email}, merci."
    ),
    (
        "Pouvez-vous remplacer la carte enregistrée par {card}[[, expiration {!date:exp}|]] ? "
        "L'ancienne a été bloquée.[[ Factures à {email} svp.|]]"
    ),
    (
        "Merci de passer mon prélèvement sur mon nouveau compte : IBAN {iban}, titulaire "
        "{name}.[[ Date de naissance pour vérification : {dob}.|]]"
    ),
    (
        "Cet appel nous renvoie 401 :\n\n"
        'curl -H "Authorization: Bearer {secret:jwt}" {!url}\n\n'
        "L'appel part de {ip}. La validation des tokens a changé ?"
    ),
    (
        "Merci d'autoriser {ip}[[ et {ip6}|]] sur notre accès SFTP. Le job se connecte avec "
        "{urlcred}[[ chaque nuit à {!time}|]]."
    ),
    (
        "Voici le .env de recette :\n\n"
        "SENDGRID_API_KEY={secret:sendgrid}\n"
        "DATABASE_URL={urlcred}\n"
        "MAPS_API_KEY={secret:google}\n\n"
        "Plus aucun mail ne part depuis [[le {!date}|hier]]."
    ),
    "Vérification d'âge pour le compte {email} : je suis {g:né:née} le {dob}.",
    (
        "Le mot de passe temporaire reçu ({password}) ne marche pas, il serait expiré. Mon "
        "identifiant est {email}."
    ),
]
ES += [
    (
        "Por favor hagan el reembolso[[ de {!amount}|]] a mi tarjeta {card} y no como saldo a "
        "favor.[[ Si no se puede, a la cuenta IBAN {iban}.|]] La confirmación a {email}, "
        "gracias."
    ),
    (
        "¿Pueden cambiar la tarjeta registrada por {card}[[, vence {!date:exp}|]]? La anterior "
        "la bloqueé.[[ Los recibos a {email}, por favor.|]]"
    ),
    (
        "Por favor cambien mi cargo automático a la cuenta nueva: IBAN {iban}, titular {name}."
        "[[ Fecha de nacimiento para verificar: {dob}.|]]"
    ),
    (
        "Esta llamada nos regresa 401:\n\n"
        'curl -H "Authorization: Bearer {secret:jwt}" {!url}\n\n'
        "Sale de la IP {ip}. ¿Cambió algo en la validación de tokens?"
    ),
    (
        "Por favor den de alta {ip}[[ y {ip6}|]] en la lista blanca del SFTP. El proceso se "
        "conecta con {urlcred}[[ todas las noches a las {!time}|]]."
    ),
    (
        "Les paso el .env de pruebas:\n\n"
        "SENDGRID_API_KEY={secret:sendgrid}\n"
        "DATABASE_URL={urlcred}\n"
        "MAPS_API_KEY={secret:google}\n\n"
        "Desde [[el {!date}|ayer]] no sale ningún correo."
    ),
    "Verificación de edad para la cuenta {email}: mi fecha de nacimiento es {dob}.",
    (
        "La contraseña temporal que me mandaron ({password}) no funciona, dice que expiró. Mi "
        "usuario es {email}."
    ),
]
IT += [
    (
        "Vi chiedo di rimborsare [[i {!amount}|l'importo]] sulla carta {card} e non come buono."
        "[[ In alternativa, IBAN {iban}.|]] Conferma a {email}, grazie."
    ),
    (
        "Potete sostituire la carta registrata con {card}[[, scadenza {!date:exp}|]]? La "
        "vecchia è stata bloccata.[[ Ricevute a {email}, per favore.|]]"
    ),
    (
        "Vi prego di spostare l'addebito diretto sul nuovo conto: IBAN {iban}, intestatario "
        "{name}.[[ Data di nascita per la verifica: {dob}.|]]"
    ),
    (
        "Questa chiamata ci restituisce 401:\n\n"
        'curl -H "Authorization: Bearer {secret:jwt}" {!url}\n\n'
        "Parte da {ip}. È cambiato qualcosa nella validazione dei token?"
    ),
    (
        "Per favore abilitate {ip}[[ e {ip6}|]] sull'accesso SFTP. Il job si collega con "
        "{urlcred}[[ ogni notte alle {!time}|]]."
    ),
    (
        "Ecco il .env di staging:\n\n"
        "SENDGRID_API_KEY={secret:sendgrid}\n"
        "DATABASE_URL={urlcred}\n"
        "MAPS_API_KEY={secret:google}\n\n"
        "[[Dal {!date}|Da ieri]] non parte più nessuna mail."
    ),
    "Verifica dell'età per l'account {email}: sono {g:nato:nata} il {dob}.",
    (
        "La password temporanea che mi avete mandato ({password}) non funziona, dice che è "
        "scaduta. Il mio utente è {email}."
    ),
]
NL += [
    (
        "Willen jullie [[de {!amount}|het bedrag]] terugstorten op mijn kaart {card} in plaats "
        "van een tegoedbon?[[ Anders op IBAN {iban}.|]] Bevestiging graag naar {email}."
    ),
    (
        "Kunnen jullie de opgeslagen kaart wijzigen in {card}[[, geldig tot {!date:exp}|]]? De "
        "oude is geblokkeerd.[[ Bonnetjes graag naar {email}.|]]"
    ),
    (
        "Graag mijn automatische incasso omzetten naar mijn nieuwe rekening: IBAN {iban}, "
        "tenaamstelling {name}.[[ Geboortedatum ter controle: {dob}.|]]"
    ),
    (
        "Deze call geeft bij ons een 401:\n\n"
        'curl -H "Authorization: Bearer {secret:jwt}" {!url}\n\n'
        "Hij komt vanaf {ip}. Is er iets veranderd aan de tokencontrole?"
    ),
    (
        "Willen jullie {ip}[[ en {ip6}|]] whitelisten voor onze SFTP-toegang? De job verbindt "
        "met {urlcred}[[, elke nacht om {!time}|]]."
    ),
    (
        "Hier de .env van staging:\n\n"
        "SENDGRID_API_KEY={secret:sendgrid}\n"
        "DATABASE_URL={urlcred}\n"
        "MAPS_API_KEY={secret:google}\n\n"
        "Sinds [[{!date}|gisteren]] gaat er geen mail meer uit."
    ),
    "Leeftijdscontrole voor account {email}: mijn geboortedatum is {dob}.",
    (
        "Het tijdelijke wachtwoord dat ik kreeg ({password}) werkt niet, het zou verlopen zijn. "
        "Mijn login is {email}."
    ),
]
PT += [
    (
        "Por favor façam o estorno[[ de {!amount}|]] no meu cartão {card}, e não como crédito "
        "na loja.[[ Se não der, pode ser Pix na chave {cpf}.|]] A confirmação para {email}, "
        "obrigado."
    ),
    (
        "Podem trocar o cartão cadastrado para {card}[[, validade {!date:exp}|]]? O antigo foi "
        "bloqueado.[[ Os recibos para {email}, por favor.|]]"
    ),
    (
        "Por favor cadastrem o pagamento ao fornecedor europeu: IBAN {iban}, titular {name}."
        "[[ Nosso CNPJ é {cnpj}.|]]"
    ),
    (
        "Essa chamada retorna 401 pra gente:\n\n"
        'curl -H "Authorization: Bearer {secret:jwt}" {!url}\n\n'
        "Sai do IP {ip}. Mudou alguma coisa na validação dos tokens?"
    ),
    (
        "Por favor liberem {ip}[[ e {ip6}|]] no acesso SFTP. O job conecta com {urlcred}"
        "[[ toda noite às {!time}|]]."
    ),
    (
        "Segue o .env de homologação:\n\n"
        "SENDGRID_API_KEY={secret:sendgrid}\n"
        "DATABASE_URL={urlcred}\n"
        "MAPS_API_KEY={secret:google}\n\n"
        "Desde [[{!date}|ontem]] não sai nenhum e-mail."
    ),
    "Verificação de idade da conta {email}: eu nasci em {dob}.",
    (
        "A senha temporária que vocês mandaram ({password}) não funciona, diz que expirou. Meu "
        "login é {email}."
    ),
    "CPF na nota, por favor: {cpf}.",
    "Boleto em nome da empresa, CNPJ {cnpj}, responsável {name}[[, CPF {cpf}|]].",
    "Cadastro PJ atualizado: CNPJ {cnpj}, sede na {addr}.",
]
EN += [
    (
        "Delivery address for the sofa (not the billing one):\n{addrblock}\n"
        "There's a loading bay round the back. Please call {phone} half an hour before"
        "[[, the slot is {!date}|]]."
    ),
    (
        "We've moved! From [[{!date}|Monday]] our office is at:\n{addrblock}\n"
        "The phone number stays {phone}."
    ),
    (
        "Can the engineer come to {addr} instead? That's my mum's place, she'll let him in. Her "
        "landline is {phone2:landline}.[[ Job {!case}.|]]"
    ),
    (
        "Please ship the replacement to:\n{addrblock}\nand not to the address on the order"
        "[[ {!order}|]]."
    ),
]
EN_US += [
    (
        "My 1099 from you shows the wrong SSN. The correct one is {ssn}.[[ Account {!case}.|]] "
        "Can you send a corrected form?"
    ),
    (
        "Setting up direct deposit for {name}: SSN {ssn}, start date [[{!date}|next Monday]]. "
        "Bank form attached."
    ),
    (
        "[{!time:chat}] Customer: the form keeps rejecting my SSN {ssn}\n"
        "[{!time:chat}] Agent: Please don't share your SSN in chat, I've hidden the message. Let's "
        "do this over the phone."
    ),
]
DE += [
    (
        "Lieferadresse für das Sofa (nicht die Rechnungsadresse):\n{addrblock}\n"
        "Hinten gibt es eine Ladezone. Bitte rufen Sie eine halbe Stunde vorher unter {phone} "
        "an[[, Termin ist der {!date}|]]."
    ),
    (
        "Wir sind umgezogen! Ab [[dem {!date}|Montag]] finden Sie uns hier:\n{addrblock}\n"
        "Die Telefonnummer bleibt {phone}."
    ),
    (
        "Kann der Techniker stattdessen zu {addr} kommen? Dort wohnt meine Mutter, sie macht "
        "auf. Ihr Festnetz: {phone2:landline}.[[ Auftrag {!case}.|]]"
    ),
    (
        "Bitte schicken Sie den Ersatz an:\n{addrblock}\nund nicht an die Adresse aus der "
        "Bestellung[[ {!order}|]]."
    ),
]
FR += [
    (
        "Adresse de livraison du canapé (pas celle de facturation) :\n{addrblock}\n"
        "Il y a une aire de livraison à l'arrière. Merci d'appeler le {phone} une demi-heure "
        "avant[[, créneau du {!date}|]]."
    ),
    (
        "Nous avons déménagé ! À partir [[du {!date}|de lundi]], nos bureaux sont au :\n"
        "{addrblock}\nLe téléphone reste le {phone}."
    ),
    (
        "Le technicien peut-il passer au {addr} à la place ? C'est chez ma mère, elle lui "
        "ouvrira. Son fixe : {phone2:landline}.[[ Intervention {!case}.|]]"
    ),
    (
        "Merci d'envoyer le remplacement à :\n{addrblock}\net non à l'adresse de la commande"
        "[[ {!order}|]]."
    ),
]
ES += [
    (
        "Dirección de entrega del sillón (no la de facturación):\n{addrblock}\n"
        "Hay un andén de carga atrás. Por favor marquen al {phone} media hora antes[[, la cita "
        "es el {!date}|]]."
    ),
    (
        "¡Nos mudamos! A partir [[del {!date}|del lunes]] la oficina está en:\n{addrblock}\n"
        "El teléfono sigue siendo {phone}."
    ),
    (
        "¿El técnico puede ir mejor a {addr}? Es la casa de mi mamá, ella le abre. Su teléfono "
        "fijo: {phone2:landline}.[[ Orden {!case}.|]]"
    ),
    (
        "Por favor manden el reemplazo a:\n{addrblock}\ny no a la dirección del pedido"
        "[[ {!order}|]]."
    ),
]
IT += [
    (
        "Indirizzo di consegna del divano (non quello di fatturazione):\n{addrblock}\n"
        "Sul retro c'è una zona di carico. Chiamate il {phone} mezz'ora prima[[, "
        "l'appuntamento è il {!date}|]]."
    ),
    (
        "Abbiamo traslocato! [[Dal {!date}|Da lunedì]] il nostro ufficio è in:\n{addrblock}\n"
        "Il telefono resta {phone}."
    ),
    (
        "Il tecnico può passare in {addr}? È casa di mia madre, gli apre lei. Il suo fisso: "
        "{phone2}.[[ Intervento {!case}.|]]"
    ),
    (
        "Per favore spedite la sostituzione a:\n{addrblock}\ne non all'indirizzo dell'ordine"
        "[[ {!order}|]]."
    ),
]
NL += [
    (
        "Afleveradres voor de bank (niet het factuuradres):\n{addrblock}\n"
        "Aan de achterkant is een laadperron. Bel aub een half uur van tevoren naar {phone}"
        "[[, de afspraak is op {!date}|]]."
    ),
    (
        "We zijn verhuisd! Vanaf [[{!date}|maandag]] zitten we op:\n{addrblock}\n"
        "Het telefoonnummer blijft {phone}."
    ),
    (
        "Kan de monteur in plaats daarvan naar {addr} komen? Daar woont mijn moeder, zij doet "
        "open. Haar vaste nummer: {phone2:landline}.[[ Opdracht {!case}.|]]"
    ),
    (
        "Stuur de vervanging aub naar:\n{addrblock}\nen niet naar het adres van de bestelling"
        "[[ {!order}|]]."
    ),
]
PT += [
    (
        "Endereço de entrega do sofá (não é o de cobrança):\n{addrblock}\n"
        "Tem uma doca de carga nos fundos. Liguem no {phone} meia hora antes[[, o agendamento é "
        "{!date}|]]."
    ),
    (
        "Mudamos! A partir [[de {!date}|de segunda]] o escritório fica em:\n{addrblock}\n"
        "O telefone continua {phone}."
    ),
    (
        "O técnico pode ir na {addr}? É a casa da minha mãe, ela abre. O fixo dela: "
        "{phone2:landline}."
        "[[ OS {!case}.|]]"
    ),
    ("Por favor mandem a troca para:\n{addrblock}\ne não para o endereço do pedido[[ {!order}|]]."),
    "Meu CPF é {cpf} e o cadastro diz que é inválido[[ (protocolo {!case})|]]. Podem verificar?",
    "Segue o CPF para o contrato: {cpf}. O titular é {name}.",
    (
        "Hoje moro em Lisboa, então o reembolso[[ de {!amount}|]] pode ir para a minha conta "
        "portuguesa, IBAN {iban}. Titular: {name}."
    ),
    (
        "Vou pagar a matrícula do intercâmbio pelo IBAN da escola, {iban}? Ou tem que ser por "
        "boleto?[[ Meu CPF é {cpf}.|]]"
    ),
]
EN += [
    ("Please pay the settlement[[ for claim {!case}|]] to IBAN {iban}, account holder {name}."),
    (
        "Please guarantee our late arrival with my card {card}[[, expiry {!date:exp}|]]. The "
        "booking is [[{!booking}|under my name, {name}]]."
    ),
    "For verification: I'm {name}, born {dob}, and the email on the account is {email}.",
    (
        "Our webhook endpoint is set to {urlcred} but your requests never reach it.[[ Last "
        "attempt {!date:iso} {!time:hms}.|]]"
    ),
    "Our server {ip} gets a 403 with the API key {secret}.[[ It started after {!version}.|]]",
    (
        "Dear tenants, from [[{!date}|next month]] please pay the rent to IBAN {iban}. "
        "Questions to {phone}."
    ),
]
DE += [
    (
        "Bitte überweisen Sie die Entschädigung[[ zum Schaden {!case}|]] auf die IBAN {iban}, "
        "Kontoinhaber {name}."
    ),
    (
        "Bitte garantieren Sie unsere späte Anreise mit meiner Karte {card}[[, gültig bis "
        "{!date:exp}|]]. Die Buchung läuft [[unter {!booking}|auf meinen Namen, {name}]]."
    ),
    "Zur Verifizierung: Ich bin {name}, geboren am {dob}, die Konto-E-Mail ist {email}.",
    (
        "Unser Webhook-Endpunkt ist {urlcred}, aber Ihre Requests kommen dort nie an.[[ Letzter "
        "Versuch {!date:iso} {!time:hms}.|]]"
    ),
    ("Unser Server {ip} bekommt mit dem API-Key {secret} ein 403.[[ Seit Version {!version}.|]]"),
    (
        "Liebe Mieterinnen und Mieter, ab [[dem {!date}|nächstem Monat]] bitte die Miete auf "
        "die IBAN {iban} überweisen. Fragen gern an {phone}."
    ),
]
FR += [
    (
        "Merci de verser l'indemnisation[[ du sinistre {!case}|]] sur l'IBAN {iban}, titulaire "
        "{name}."
    ),
    (
        "Merci de garantir notre arrivée tardive avec ma carte {card}[[, expiration "
        "{!date:exp}|]]. La réservation est [[la {!booking}|à mon nom, {name}]]."
    ),
    "Pour vérification : je suis {name}, {g:né:née} le {dob}, l'e-mail du compte est {email}.",
    (
        "Notre endpoint de webhook est {urlcred}, mais vos requêtes n'arrivent jamais.[[ Dernier "
        "essai {!date:iso} {!time:hms}.|]]"
    ),
    (
        "Notre serveur {ip} reçoit un 403 avec la clé d'API {secret}.[[ Depuis la version "
        "{!version}.|]]"
    ),
    (
        "Chers locataires, à partir [[du {!date}|du mois prochain]], merci de virer le loyer "
        "sur l'IBAN {iban}. Questions : {phone}."
    ),
]
ES += [
    (
        "Por favor depositen la indemnización[[ del siniestro {!case}|]] a la cuenta IBAN "
        "{iban}, titular {name}."
    ),
    (
        "Por favor garanticen nuestra llegada tarde con mi tarjeta {card}[[, vence "
        "{!date:exp}|]]. La reservación está [[con el folio {!booking}|a mi nombre, {name}]]."
    ),
    ("Para verificar: soy {name}, fecha de nacimiento {dob}, y el correo de la cuenta es {email}."),
    (
        "Nuestro webhook está configurado como {urlcred} pero sus peticiones nunca llegan."
        "[[ Último intento {!date:iso} {!time:hms}.|]]"
    ),
    (
        "Nuestro servidor {ip} recibe 403 con la llave de API {secret}.[[ Empezó con la "
        "versión {!version}.|]]"
    ),
    (
        "Estimados inquilinos: a partir [[del {!date}|del próximo mes]] la renta se deposita a "
        "la cuenta IBAN {iban} del propietario en España. Dudas al {phone}."
    ),
]
IT += [
    (
        "Vi prego di accreditare l'indennizzo[[ del sinistro {!case}|]] sull'IBAN {iban}, "
        "intestato a {name}."
    ),
    (
        "Per favore garantite il nostro arrivo in tarda serata con la mia carta {card}"
        "[[, scadenza {!date:exp}|]]. La prenotazione è [[la {!booking}|a nome {name}]]."
    ),
    ("Per la verifica: sono {name}, {g:nato:nata} il {dob}, e l'email dell'account è {email}."),
    (
        "Il nostro endpoint webhook è {urlcred}, ma le vostre richieste non arrivano mai."
        "[[ Ultimo tentativo {!date:iso} {!time:hms}.|]]"
    ),
    (
        "Il nostro server {ip} riceve un 403 con la chiave API {secret}.[[ Succede dalla "
        "versione {!version}.|]]"
    ),
    (
        "Gentili inquilini, [[dal {!date}|dal mese prossimo]] l'affitto va versato sull'IBAN "
        "{iban}. Per domande: {phone}."
    ),
]
NL += [
    (
        "Graag de schadevergoeding[[ voor schade {!case}|]] overmaken naar IBAN {iban} t.n.v. "
        "{name}."
    ),
    (
        "Willen jullie onze late aankomst garanderen met mijn kaart {card}[[, geldig tot "
        "{!date:exp}|]]? De reservering staat [[onder {!booking}|op mijn naam, {name}]]."
    ),
    "Ter verificatie: ik ben {name}, geboren op {dob}, en het e-mailadres is {email}.",
    (
        "Ons webhook-endpoint is {urlcred}, maar jullie requests komen daar nooit aan."
        "[[ Laatste poging {!date:iso} {!time:hms}.|]]"
    ),
    ("Onze server {ip} krijgt een 403 met de API-key {secret}.[[ Sinds versie {!version}.|]]"),
    (
        "Beste huurders, vanaf [[{!date}|volgende maand]] graag de huur overmaken naar IBAN "
        "{iban}. Vragen: {phone}."
    ),
]
PT += [
    (
        "Por favor depositem a indenização[[ do sinistro {!case}|]] na conta do titular "
        "{name}, CPF {cpf}."
    ),
    (
        "Por favor garantam nossa chegada tarde com o meu cartão {card}[[, validade "
        "{!date:exp}|]]. A reserva está [[no código {!booking}|no meu nome, {name}]]."
    ),
    ("Para verificação: sou {name}, {g:nascido:nascida} em {dob}, e o e-mail da conta é {email}."),
    (
        "Nosso endpoint de webhook é {urlcred}, mas as requisições de vocês nunca chegam."
        "[[ Última tentativa {!date:iso} {!time:hms}.|]]"
    ),
    (
        "Nosso servidor {ip} recebe 403 com a chave de API {secret}.[[ Começou na versão "
        "{!version}.|]]"
    ),
    (
        "Prezados inquilinos, a partir [[de {!date}|do mês que vem]] o aluguel do apartamento "
        "em Lisboa deve ser pago no IBAN {iban}. Dúvidas: {phone}."
    ),
]
EN_US += [
    (
        "I need a replacement W-2 for last year. My SSN is {ssn} and the address you had on "
        "file back then was {addr2}."
    ),
    "Background check consent: {name}, SSN {ssn}, date of birth {dob}.[[ Ref {!case}.|]]",
]
PT += [
    ("Quero abrir uma conta PJ para a empresa de CNPJ {cnpj}[[, sócio responsável {name}|]]."),
    "A nota {!invoice} saiu com o CNPJ errado. O certo é {cnpj}.",
]
TEMPLATES = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT}
LOCALE_TEMPLATES = {"en_US": EN_US}


# ------------------------------------------------------------------------ building a doc

_ALT = re.compile(r"\[\[([^\[\]]*)\]\]")
_SLOT = re.compile(r"\{(!?)([a-z0-9_]+)(?::([^{}]*))?\}")
Piece = tuple[str, str | None, str | None]


def _render(template: str, c: _Ctx) -> list[Piece]:
    """The template's pieces: (text, entity type or None, negative kind or None)."""
    text = _ALT.sub(lambda m: c.r.choice(m.group(1).split("|")), template)
    pieces: list[Piece] = []
    pos = 0
    for m in _SLOT.finditer(text):
        pieces.append((text[pos : m.start()], None, None))
        negative, name, variant = m.groups()
        if negative:
            pieces.append((_negative(c, name, variant), None, name))
        elif name in _TEXT_SLOTS:
            pieces.append((_TEXT_SLOTS[name](c, variant), None, None))
        else:
            etype, make = _ENTITY_SLOTS[name]
            pieces.append((make(c, variant), etype, None))
        pos = m.end()
    pieces.append((text[pos:], None, None))
    return [p for p in pieces if p[0]]


def _templates(locale: str) -> list[str]:
    return TEMPLATES[LANG[locale]] + LOCALE_TEMPLATES.get(locale, [])


def _build_doc(locale: str, r: random.Random, fk) -> dict:
    """One doc: a template rendered until it has the wanted shape (PII or not, negatives or not).

    Deciding the shape first keeps the shares of empty docs and of docs with hard negatives
    at EMPTY_SHARE and NEGATIVE_SHARE whatever the mix of templates. A template gets a few
    renderings (its optional parts differ each time) before another one is drawn.
    """
    want_empty = r.random() < EMPTY_SHARE
    want_negative = r.random() < NEGATIVE_SHARE
    pool = _templates(locale)
    fallback: list[Piece] | None = None
    for _ in range(150):
        template = r.choice(pool)
        for _ in range(6):
            pieces = _render(template, _Ctx(locale, r, fk))
            n_entities = sum(1 for p in pieces if p[1])
            if n_entities > MAX_ENTITIES:
                continue
            fallback = fallback or pieces
            has_negative = any(p[2] for p in pieces)
            if (n_entities == 0) == want_empty and has_negative == want_negative:
                return assemble_doc(locale, pieces)
    assert fallback is not None
    return assemble_doc(locale, fallback)


def build_blind_corpus(n_docs: int, seed: int = 0) -> list[dict]:
    """`n_docs` labelled docs, the nine locales taking turns.

    Args:
        n_docs: number of docs.
        seed: everything random derives from it (one Random plus one seeded Faker per locale).

    Returns:
        Docs as described in the module docstring.
    """
    from faker import Faker

    r = random.Random(seed)
    fakers = {}
    for k, loc in enumerate(BLIND_LOCALES):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed * 1000 + 31 + k)
    locales = [BLIND_LOCALES[i % len(BLIND_LOCALES)] for i in range(n_docs)]
    return [_build_doc(loc, r, fakers[loc]) for loc in locales]


def main(argv: list[str] | None = None) -> int:
    return corpus_main(build_blind_corpus, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
