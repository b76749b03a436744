"""The FINAL labelled PII test corpus: customer-support and business messages in nine locales.

    from benchmarks.pii_corpus_final import build_final_corpus
    docs = build_final_corpus(2000, seed=0)   # [{"text", "locale", "spans", "negatives"}, ...]

    python benchmarks/pii_corpus_final.py --n 20 --seed 0                  # JSONL on stdout
    python benchmarks/pii_corpus_final.py --n 2000 --out /tmp/final.jsonl  # JSONL to a file

NEVER USE THIS CORPUS FOR TUNING. It is the last, honest test set: it was written without looking
at the detectors (tasks/lib/pii.py, tasks/lib/pii_ner.py) or at the templates of the corpora they
were tuned on (benchmarks/pii_corpus.py's dev and held-out corpora, benchmarks/pii_corpus_fresh.py).
Do not read its misses to change a detector, a threshold or a pattern; once that happens it is one
more dev set and a new final corpus has to be written.

Docs have the format of `benchmarks.pii_corpus.build_corpus`: `{"text", "locale", "spans":
[{"start", "end", "type"}], "negatives": [{"start", "end", "kind"}]}`; `text[start:end]` is exactly
the value, context words and titles ("Mr", "Tel:", "born on", "Herr") stay outside the span, a
multi-line address is one span with its newlines, a phone extension ("ext. 21", "poste 12") is
outside the phone span, and a city alone or a street without a house number is never labelled
(some are planted as hard negatives instead).

Situations: marketplace returns, insurance claims, telecom support chats, card disputes,
travel/hotel bookings, HR onboarding, clinic appointments, rentals, B2B invoices, IT helpdesk
tickets with config snippets, and forwarded e-mail threads with headers and signature blocks.
Locales (templates written per language): en_GB, en_AU, en_CA, en_US, fr_FR, de_AT, es_ES, it_IT,
nl_NL. Values: names from Faker in the doc's locale, with double first names, particles ("van
der", "de la", "Di"), "Last, First", "LAST First", ALL CAPS, initials, titles outside the span,
first names alone in greetings; addresses in each country's own order and words (unit/flat/floor/
Stiege/Top/piso/scala/hs lines, PO boxes as "PO Box", "BP", "Postfach", "Apartado de Correos",
"Casella Postale", "Postbus"), single-line and multi-line; phones valid for the country by
`phonenumbers`, national or international, spaces/dashes/dots/slashes, "(0)", "00" prefixes,
extensions outside the span; e-mails; Luhn-valid cards; valid IBANs; SSNs (en_US only); IPv4/IPv6;
credential URLs; API tokens and passwords in config snippets; dates of birth. No cpf/cnpj
(no pt_BR locale).
About 15% of docs hold no PII, the rest 1-5 entities (address, person and phone weigh most); about
60% hold 1-3 hard negatives (see FINAL_NEGATIVE_KINDS). Same (n, seed) gives the same corpus.
"""

from __future__ import annotations

import random
import re
import string
import sys
from pathlib import Path

if __package__ in (None, ""):  # `python benchmarks/pii_corpus_final.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pii_corpus import TYPES, check_doc, corpus_main, luhn_valid  # noqa: E402

FINAL_LOCALES = ("en_GB", "en_AU", "en_CA", "en_US", "fr_FR", "de_AT", "es_ES", "it_IT", "nl_NL")
LANG = {loc: loc[:2] for loc in FINAL_LOCALES}
REGION = {loc: loc[3:] for loc in FINAL_LOCALES}
LOCALE_TYPES = tuple(t for t in TYPES if t not in ("cpf", "cnpj"))
FINAL_NEGATIVE_KINDS = (
    "order",
    "booking",
    "claim",
    "policy",
    "ticket",
    "invoice",
    "version",
    "date",
    "time",
    "price",
    "room",
    "seat",
    "gate",
    "flight",
    "tracking",
    "postcode_like",
    "bad_iban",
    "luhn_fail",
    "masked_card",
    "url",
    "sha",
    "uuid",
    "brand",
    "street_like",
    "street_alone",
    "city",
)
SITUATIONS = (
    "returns",
    "insurance",
    "telecom",
    "card",
    "travel",
    "hr",
    "clinic",
    "rental",
    "invoice",
    "helpdesk",
)
# slot name -> labelled type (every other slot is plain filler text or, as "n:kind", a negative)
SLOT_TYPE = {
    "person": "person",
    "tperson": "person",
    "first": "person",
    "sig": "person",
    "address": "address",
    "address1": "address",
    "addressml": "address",
    "phone": "phone",
    "email": "email",
    "card": "card",
    "iban": "iban",
    "ssn": "ssn",
    "ip": "ip",
    "urlcred": "url_credentials",
    "secret": "secret",
    "password": "secret",
    "dob": "dob",
}
_SLOT = re.compile(r"\{([a-z0-9_:]+)\}")
_B62 = string.ascii_letters + string.digits
_UPNUM = string.ascii_uppercase + string.digits

# ---------------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------------
DOUBLE_FIRST = {
    "en": (["Mary Ann", "Sarah-Jane", "Anna Louise"], ["John Paul", "Billy Joe", "Jean-Luc"]),
    "fr": (["Marie-Claire", "Anne-Sophie", "Marie-Hélène"], ["Jean-Pierre", "Jean-Baptiste"]),
    "de": (["Anna-Lena", "Eva Maria", "Marie-Theres"], ["Karl Heinz", "Hans-Peter", "Franz Josef"]),
    "es": (
        ["María José", "Ana Belén", "María del Mar"],
        ["José Luis", "Juan Carlos", "José María"],
    ),
    "it": (["Maria Grazia", "Anna Maria", "Maria Rosa"], ["Gian Marco", "Pier Paolo", "Gianluca"]),
    "nl": (["Anne-Marie", "Maria Johanna"], ["Jan Willem", "Pieter-Jan", "Jan Hendrik"]),
}
PARTICLE_LAST = {
    "en": ["O'Brien", "McAllister", "MacLeod", "Smith-Jones", "O'Neill", "Fitzgerald"],
    "fr": ["de la Fontaine", "Le Gall", "du Pont", "de Villiers", "Le Roux", "d'Aubigny"],
    "de": ["von Trapp", "Grünwald-Huber", "van Staa", "von Habsburg", "Mayr-Melnhof"],
    "es": ["de la Fuente", "del Río", "García López", "Fernández de Córdoba", "de la Torre"],
    "it": ["Di Stefano", "De Luca", "Lo Presti", "D'Amico", "Dalla Costa", "La Rosa"],
    "nl": ["van der Berg", "van den Heuvel", "de Vries", "van der Linden", "ter Horst", "van Dam"],
}
TITLES = {
    "en": (["Mrs", "Ms", "Miss", "Dr", "Mrs."], ["Mr", "Mr.", "Dr", "Dr."]),
    "fr": (["Mme", "Madame", "Dr"], ["M.", "Monsieur", "Dr"]),
    "de": (["Frau", "Frau Mag.", "Frau Dr."], ["Herr", "Herr Ing.", "Herr DI", "Herr Dr."]),
    "es": (["Sra.", "Dña.", "Dra."], ["Sr.", "D.", "Dr."]),
    "it": (["Sig.ra", "Dott.ssa", "Avv."], ["Sig.", "Dott.", "Ing."]),
    "nl": (["mevr.", "mevrouw", "dr."], ["dhr.", "de heer", "ir."]),
}


def _name(lang: str, r: random.Random, fk) -> tuple[str, str, bool]:
    """(first, last, female) for a person of the doc's language."""
    female = r.random() < 0.5
    if r.random() < 0.12:
        first = r.choice(DOUBLE_FIRST[lang][0 if female else 1])
    else:
        first = fk.first_name_female() if female else fk.first_name_male()
    last = r.choice(PARTICLE_LAST[lang]) if r.random() < 0.15 else fk.last_name()
    if lang == "es" and r.random() < 0.4:  # two surnames
        last = f"{last} {fk.last_name()}"
    return first, last, female


def _person_value(
    lang: str, r: random.Random, fk, style: str | None = None, ctx: dict | None = None
) -> str:
    first, last, _ = _name(lang, r, fk)
    if ctx is not None:  # an e-mail address that follows may be built from this name
        ctx["name"] = (first, last)
    styles = ["full"] * 6 + ["inverted", "caps", "initial"]
    if lang in ("fr", "it", "es", "de"):
        styles += ["surname_caps", "first_lastcaps"]
    style = style or r.choice(styles)
    if style == "inverted":
        if lang == "nl" and last[0].islower() and r.random() < 0.5:  # "Berg, Jan van der"
            parts = last.split(" ")
            return f"{parts[-1]}, {first} {' '.join(parts[:-1])}"
        return f"{last}, {first}"
    if style == "caps":
        return f"{first} {last}".upper()
    if style == "initial":
        return f"{first[0]}. {last}"
    if style == "surname_caps":
        return f"{last.upper()} {first}"
    if style == "first_lastcaps":
        return f"{first} {last.upper()}"
    return f"{first} {last}"


def _titled_person(lang: str, r: random.Random, fk) -> list:
    first, last, female = _name(lang, r, fk)
    title = r.choice(TITLES[lang][0 if female else 1])
    value = last if r.random() < 0.6 else f"{first} {last}"
    if lang == "nl" and value == last and last[0].islower():
        value = last[0].upper() + last[1:]  # "de heer Van der Berg"
    return [title + " ", (value, "person")]


# --- addresses -------------------------------------------------------------------------------
CITIES = {
    "en_GB": [
        ("London", "SW"),
        ("Leeds", "LS"),
        ("Bristol", "BS"),
        ("Manchester", "M"),
        ("Glasgow", "G"),
        ("Cardiff", "CF"),
        ("Norwich", "NR"),
        ("York", "YO"),
        ("Brighton", "BN"),
        ("Nottingham", "NG"),
    ],
    "en_AU": [
        ("Sydney", "NSW 2000"),
        ("Fitzroy", "VIC 3065"),
        ("Brisbane", "QLD 4000"),
        ("Perth", "WA 6000"),
        ("Adelaide", "SA 5000"),
        ("Hobart", "TAS 7000"),
        ("Canberra", "ACT 2601"),
        ("Darwin", "NT 0800"),
        ("Geelong", "VIC 3220"),
        ("Newcastle", "NSW 2300"),
        ("Cairns", "QLD 4870"),
        ("Parramatta", "NSW 2150"),
    ],
    "en_CA": [
        ("Toronto", "ON M"),
        ("Vancouver", "BC V"),
        ("Montréal", "QC H"),
        ("Calgary", "AB T"),
        ("Ottawa", "ON K"),
        ("Halifax", "NS B"),
        ("Winnipeg", "MB R"),
        ("Regina", "SK S"),
        ("Edmonton", "AB T"),
        ("Victoria", "BC V"),
    ],
    "en_US": [
        ("Springfield", "IL 627"),
        ("Austin", "TX 787"),
        ("Denver", "CO 802"),
        ("Portland", "OR 972"),
        ("Columbus", "OH 432"),
        ("Tampa", "FL 336"),
        ("Brooklyn", "NY 112"),
        ("Seattle", "WA 981"),
        ("Madison", "WI 537"),
        ("Raleigh", "NC 276"),
        ("Phoenix", "AZ 850"),
    ],
    "fr_FR": [
        ("Paris", "750"),
        ("Lyon", "6900"),
        ("Marseille", "130"),
        ("Toulouse", "310"),
        ("Nantes", "440"),
        ("Lille", "590"),
        ("Bordeaux", "330"),
        ("Strasbourg", "670"),
        ("Rennes", "350"),
        ("Montpellier", "340"),
        ("Grenoble", "380"),
    ],
    "de_AT": [
        ("Wien", "1"),
        ("Graz", "80"),
        ("Linz", "40"),
        ("Salzburg", "50"),
        ("Innsbruck", "60"),
        ("Klagenfurt", "90"),
        ("St. Pölten", "31"),
        ("Villach", "95"),
        ("Dornbirn", "68"),
        ("Wels", "46"),
    ],
    "es_ES": [
        ("Madrid", "28"),
        ("Barcelona", "08"),
        ("Valencia", "46"),
        ("Sevilla", "41"),
        ("Bilbao", "48"),
        ("Málaga", "29"),
        ("Zaragoza", "50"),
        ("Palma", "07"),
        ("Valladolid", "47"),
        ("Alicante", "03"),
    ],
    "it_IT": [
        ("Milano", "MI 201"),
        ("Roma", "RM 001"),
        ("Torino", "TO 101"),
        ("Napoli", "NA 801"),
        ("Bologna", "BO 401"),
        ("Firenze", "FI 501"),
        ("Genova", "GE 161"),
        ("Palermo", "PA 901"),
        ("Bari", "BA 701"),
        ("Verona", "VR 371"),
    ],
    "nl_NL": [
        ("Amsterdam", "10"),
        ("Rotterdam", "30"),
        ("Den Haag", "25"),
        ("Utrecht", "35"),
        ("Eindhoven", "56"),
        ("Groningen", "97"),
        ("Haarlem", "20"),
        ("Leiden", "23"),
        ("Zwolle", "80"),
        ("Nijmegen", "65"),
    ],
}
STREETS = {
    "en": (
        [
            "Acacia",
            "Station",
            "Church",
            "Mill",
            "Victoria",
            "Park",
            "Queen's",
            "Albert",
            "Harbour",
            "Kingsley",
            "Greenfield",
            "Oak",
            "Ashby",
            "Wattle",
            "Maple",
        ],
        [
            "Road",
            "Street",
            "Lane",
            "Avenue",
            "Close",
            "Crescent",
            "Gardens",
            "Terrace",
            "Drive",
            "Way",
            "Mews",
            "Grove",
            "Rd",
            "St",
            "Ave",
        ],
    ),
    "fr": (
        ["rue", "avenue", "boulevard", "impasse", "allée", "place", "chemin", "quai", "cours"],
        [
            "de la République",
            "Victor Hugo",
            "des Lilas",
            "du Général de Gaulle",
            "Jean Jaurès",
            "de la Paix",
            "Pasteur",
            "des Écoles",
            "Saint-Michel",
            "du Moulin",
            "des Tanneurs",
        ],
    ),
    "de": (
        [
            "Mariahilfer",
            "Lerchenfelder",
            "Ottakringer",
            "Grazer",
            "Linzer",
            "Haupt",
            "Kirchen",
            "Bahnhof",
            "Schul",
            "Wiener",
            "Annen",
            "Herren",
            "Schönbrunner",
            "Mühl",
        ],
        [" Straße", "gasse", "straße", "weg", "platz", " Gürtel", "str."],
    ),
    "es": (
        ["Calle", "Avenida", "Paseo", "Plaza", "Ronda", "Camino", "C/", "Avda."],
        [
            "de Alcalá",
            "Mayor",
            "de la Constitución",
            "del Carmen",
            "de Gracia",
            "San Vicente",
            "de los Reyes Católicos",
            "Real",
            "Nueva",
            "de Sevilla",
            "del Pilar",
        ],
    ),
    "it": (
        ["Via", "Viale", "Corso", "Piazza", "Vicolo", "Largo", "V.le", "C.so"],
        [
            "Roma",
            "Garibaldi",
            "Giuseppe Mazzini",
            "Vittorio Emanuele II",
            "dei Mille",
            "della Repubblica",
            "XX Settembre",
            "Cavour",
            "San Francesco",
            "delle Rose",
        ],
    ),
    "nl": (
        [
            "Kerk",
            "Dorps",
            "Molen",
            "School",
            "Prinsen",
            "Keizers",
            "Linden",
            "Beuken",
            "Wilhelmina",
            "Juliana",
            "Oranje",
            "Spoor",
        ],
        ["straat", "weg", "laan", "gracht", "plein", "singel", "kade", "dijk"],
    ),
}


def _street(lang: str, r: random.Random, fk) -> str:
    if r.random() < 0.25 and lang != "en":
        return fk.street_name()
    a, b = STREETS[lang]
    if lang in ("fr", "es", "it"):
        return f"{r.choice(a)} {r.choice(b)}"
    if lang == "nl" and r.random() < 0.15:
        return r.choice(["Van Woustraat", "Laan van Meerdervoort", "Burgemeester Roellstraat"])
    stem = r.choice(a)
    if lang == "de":  # "Mariahilfer Straße", "Kirchengasse"
        ends = (
            [" Straße", " Gürtel", "straße"] if stem.endswith("er") else ["gasse", "straße", "weg"]
        )
        return stem + r.choice(ends + ["platz", "str."])
    return f"{stem}{'' if lang == 'nl' else ' '}{r.choice(b)}"


def _place(loc: str, r: random.Random, fk) -> tuple[str, str]:
    """(city, postcode-ish tail) for the locale; a fake Faker city now and then."""
    city, tail = r.choice(CITIES[loc])
    if r.random() < 0.2 and loc in ("de_AT", "es_ES", "nl_NL"):
        city = fk.city()
    return city, tail


def _gb_postcode(r: random.Random, area: str) -> str:
    return f"{area}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}" + (
        r.choice("ABDEFGHJLNPQRSTUWXYZ")
    )


def _addr_en(loc: str, r: random.Random, fk) -> list[str]:
    """Address lines, the last line holding city/state/postcode, in the English locales' order."""
    street, num = (
        _street("en", r, fk),
        str(r.randint(1, 250) if loc != "en_US" else r.randint(10, 9800)),
    )
    if r.random() < 0.12:
        num += r.choice("ABab")
    city, tail = _place(loc, r, fk)
    if loc == "en_GB":
        last = (
            [city, _gb_postcode(r, tail)]
            if r.random() < 0.5
            else [f"{city} {_gb_postcode(r, tail)}"]
        )
        unit = r.choice(
            [
                None,
                None,
                f"Flat {r.randint(1, 30)}",
                f"Flat {r.randint(1, 6)}{r.choice('ABC')}",
                f"{r.choice(['Riverside', 'Albion', 'Kings'])} {r.choice(['House', 'Court'])}",
            ]
        )
    elif loc == "en_AU":
        last = [f"{city} {tail}" if r.random() < 0.7 else f"{city}, {tail}"]
        unit = r.choice([None, None, f"Level {r.randint(1, 30)}", f"Unit {r.randint(1, 40)}"])
        if unit is None and r.random() < 0.35:
            num = f"{r.randint(1, 40)}/{num}"
    elif loc == "en_CA":
        pc = f"{tail[-1]}{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {r.randint(0, 9)}"
        pc += f"{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
        sep = r.choice([" ", "  ", ", "])
        last = [
            f"{city}, {tail[:2]}{sep}{pc}" if r.random() < 0.5 else f"{city} {tail[:2]}{sep}{pc}"
        ]
        unit = r.choice([None, None, f"Suite {r.randint(100, 2400)}", f"Apt {r.randint(1, 40)}"])
        if unit is None and r.random() < 0.3:
            num = f"{r.randint(101, 2405)}-{num}"
        if r.random() < 0.3:
            street += r.choice([" W", " E", " North", " South"])
    else:
        zipc = f"{tail[-3:]}{r.randint(0, 99):02d}" + (
            f"-{r.randint(1, 9999):04d}" if r.random() < 0.2 else ""
        )
        last = [f"{city}, {tail[:2]} {zipc}" if r.random() < 0.7 else f"{city} {tail[:2]} {zipc}"]
        unit = r.choice(
            [
                None,
                None,
                f"Apt {r.randint(1, 30)}{r.choice('ABCD')}",
                f"Suite {r.randint(100, 900)}",
                f"Unit {r.randint(1, 20)}",
            ]
        )
        if r.random() < 0.25:
            street = f"{r.choice(['N', 'S', 'E', 'W'])} {street}"
    if r.random() < 0.1:
        po = {"en_GB": "PO Box", "en_AU": "PO Box", "en_CA": "PO Box", "en_US": "P.O. Box"}[loc]
        return [f"{po} {r.randint(10, 9999)}"] + last
    line = f"{num} {street}"
    if unit is None:
        return [line] + last
    if unit.startswith(("Riv", "Alb", "Kin")) or r.random() < 0.5:  # building or flat line
        return [unit, line] + last
    return [f"{unit}, {line}"] + last


def _addr_fr(r: random.Random, fk) -> list[str]:
    city, tail = _place("fr_FR", r, fk)
    pc = (
        f"{tail}{r.randint(1, 20):02d}"
        if tail == "750"
        else tail + str(r.randint(0, 9)).rjust(5 - len(tail), "0")
    )
    if r.random() < 0.1:
        return [f"BP {r.randint(10, 9999)}", f"{pc} {city.upper()} CEDEX"]
    num = str(r.randint(1, 180)) + r.choice(["", "", "", "", " bis", " ter", "B"])
    lines = [f"{num}{r.choice([' ', ', '])}{_street('fr', r, fk)}"]
    extra = r.choice(
        [
            None,
            None,
            f"Appartement {r.randint(1, 60)}",
            f"Bâtiment {r.choice('ABC')}",
            f"Résidence Les {r.choice(['Pins', 'Tilleuls', 'Mimosas'])}",
            f"{r.randint(2, 7)}e étage",
            f"Apt {r.randint(1, 30)}, {r.randint(1, 6)}e étage",
        ]
    )
    if extra:
        lines.insert(0, extra)
    return lines + [f"{pc} {city.upper() if r.random() < 0.3 else city}"]


def _addr_at(r: random.Random, fk) -> list[str]:
    city, tail = _place("de_AT", r, fk)
    pc = f"1{r.randint(1, 23):02d}0" if tail == "1" else f"{tail}{r.randint(0, 9)}0"
    if r.random() < 0.1:
        return [f"Postfach {r.randint(1, 999)}", f"{pc} {city}"]
    num = str(r.randint(1, 140))
    form = r.random()
    if form < 0.3:
        num += f"/{r.randint(1, 9)}/{r.randint(1, 40)}"  # Stiege/Tür
    elif form < 0.45:
        num += f"/Top {r.randint(1, 30)}"
    elif form < 0.55:
        num += f"/{r.randint(1, 20)}"
    lines = [f"{_street('de', r, fk)} {num}"]
    if r.random() < 0.15:
        lines.append(f"Stiege {r.randint(1, 4)}, Tür {r.randint(1, 24)}")
    return lines + [f"{r.choice(['', '', '', 'A-'])}{pc} {city}"]


def _addr_es(r: random.Random, fk) -> list[str]:
    city, tail = _place("es_ES", r, fk)
    pc = f"{tail}{r.randint(1, 80):03d}"
    if r.random() < 0.1:
        return [f"Apartado de Correos {r.randint(1, 9999)}", f"{pc} {city}"]
    num = r.choice([str(r.randint(1, 200)), str(r.randint(1, 90)), "s/n"])
    floor = r.choice(
        [
            "",
            "",
            f", {r.randint(1, 9)}º {r.choice('ABCD')}",
            f", {r.randint(1, 8)}º izda.",
            f", {r.randint(1, 8)}º dcha.",
            ", bajo",
            f", esc. {r.randint(1, 3)}, {r.randint(1, 6)}º {r.randint(1, 4)}ª",
        ]
    )
    prov = (
        f" ({r.choice(['Madrid', 'Barcelona', 'Valencia', 'Sevilla'])})"
        if r.random() < 0.15
        else ""
    )
    return [f"{_street('es', r, fk)}{r.choice([', ', ' '])}{num}{floor}", f"{pc} {city}{prov}"]


def _addr_it(r: random.Random, fk) -> list[str]:
    city, tail = _place("it_IT", r, fk)
    prov, capp = tail.split()
    cap = f"{capp}{r.randint(0, 99):02d}"
    cityline = r.choice([f"{cap} {city} ({prov})", f"{cap} {city} {prov}", f"{cap} {city}"])
    if r.random() < 0.1:
        return [f"Casella Postale {r.randint(1, 999)}", cityline]
    num = str(r.randint(1, 220)) + r.choice(["", "", "", "/A", "/B", " bis"])
    extra = r.choice(
        [
            "",
            "",
            "",
            f" - scala {r.choice('ABC')}, int. {r.randint(1, 30)}",
            f", piano {r.randint(1, 7)}",
            f", int. {r.randint(1, 20)}",
        ]
    )
    return [f"{_street('it', r, fk)}{r.choice([', ', ' '])}{num}{extra}", cityline]


def _addr_nl(r: random.Random, fk) -> list[str]:
    city, tail = _place("nl_NL", r, fk)
    letters = r.choice([a + b for a in "ABCDEGHJKLMNPRTVWXZ" for b in "ABCEGHJKLMNPRTVWXZ"])
    pc = f"{tail}{r.randint(10, 99)}{r.choice([' ', ' ', ''])}{letters}"
    sep = r.choice([" ", "  "])
    if r.random() < 0.1:
        return [f"Postbus {r.randint(1, 9999)}", f"{pc}{sep}{city}"]
    num = str(r.randint(1, 320)) + r.choice(
        ["", "", "", "A", "-II", "-III", " hs", "-2", " bis", "B"]
    )
    return [f"{_street('nl', r, fk)} {num}", f"{pc}{sep}{city}"]


COUNTRY_LINE = {
    "en_GB": "United Kingdom",
    "en_AU": "Australia",
    "en_CA": "Canada",
    "en_US": "USA",
    "fr_FR": "France",
    "de_AT": "Österreich",
    "es_ES": "España",
    "it_IT": "Italia",
    "nl_NL": "Nederland",
}


def _address_value(loc: str, r: random.Random, fk, multiline: bool) -> str:
    lang = LANG[loc]
    if lang == "en":
        lines = _addr_en(loc, r, fk)
    else:
        lines = {"fr": _addr_fr, "de": _addr_at, "es": _addr_es, "it": _addr_it, "nl": _addr_nl}[
            lang
        ](r, fk)
    if multiline:
        if r.random() < 0.1:
            lines = lines + [COUNTRY_LINE[loc]]
        return "\n".join(lines)
    return r.choice([", ", ", ", " - "] if lang in ("it", "es") else [", "]).join(lines)


# --- phones ----------------------------------------------------------------------------------
# (national significant number prefix, NSN length); numbers are redrawn until `phonenumbers`
# calls them valid for the region
PHONE_PLAN = {
    "GB": [
        ("20", 10),
        ("161", 10),
        ("113", 10),
        ("131", 10),
        ("117", 10),
        ("74", 10),
        ("77", 10),
        ("78", 10),
        ("79", 10),
    ],
    "AU": [("2", 9), ("3", 9), ("7", 9), ("8", 9), ("4", 9), ("4", 9)],
    "US": [(a, 10) for a in ("212", "415", "312", "617", "206", "512", "303", "404", "702")],
    "CA": [(a, 10) for a in ("416", "647", "604", "778", "514", "403", "613", "902", "204")],
    "FR": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9), ("6", 9), ("7", 9)],
    "AT": [
        ("1", 8),
        ("316", 9),
        ("732", 9),
        ("662", 9),
        ("664", 10),
        ("660", 10),
        ("676", 10),
        ("699", 11),
        ("650", 10),
    ],
    "ES": [("91", 9), ("93", 9), ("96", 9), ("95", 9), ("6", 9), ("6", 9), ("7", 9)],
    "IT": [("06", 10), ("02", 10), ("011", 10), ("055", 10), ("081", 10), ("3", 10), ("3", 10)],
    "NL": [("20", 9), ("10", 9), ("70", 9), ("30", 9), ("40", 9), ("6", 9), ("6", 9)],
}
CC = {
    "GB": "44",
    "AU": "61",
    "US": "1",
    "CA": "1",
    "FR": "33",
    "AT": "43",
    "ES": "34",
    "IT": "39",
    "NL": "31",
}
EXTENSION = {
    "en": ["ext. ", "x", "extn ", "ext "],
    "fr": ["poste "],
    "de": ["DW ", "Klappe "],
    "es": ["ext. ", "extensión "],
    "it": ["int. ", "interno "],
    "nl": ["toestel ", "tst. "],
}


def _phone_number(region: str, r: random.Random):
    import phonenumbers

    while True:
        prefix, length = r.choice(PHONE_PLAN[region])
        nsn = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix)))
        if region in ("US", "CA"):
            nsn = nsn[:3] + str(r.randint(2, 9)) + nsn[4:]
        num = phonenumbers.parse(f"+{CC[region]}{nsn}")
        if phonenumbers.is_valid_number_for_region(num, region):
            return num


def _phone_value(loc: str, r: random.Random) -> str:
    import phonenumbers as pn

    region = REGION[loc]
    num = _phone_number(region, r)
    intl = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    nat = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    e164 = pn.format_number(num, pn.PhoneNumberFormat.E164)
    cc = f"+{CC[region]} "
    rest = intl[len(cc) :]
    idd = {"AU": "0011 ", "US": None, "CA": None}.get(region, "00")  # international prefix
    opts = [intl, nat, nat, e164] + ([idd + intl[1:]] if idd else [])
    if region in ("GB", "AT", "NL", "FR"):
        opts += [f"{cc}(0){rest}", f"{cc}(0) {rest}"]
    if region in ("US", "CA"):
        d = str(num.national_number)
        opts += [
            f"({d[:3]}) {d[3:6]}-{d[6:]}",
            f"{d[:3]}-{d[3:6]}-{d[6:]}",
            f"{d[:3]}.{d[3:6]}.{d[6:]}",
            f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
            f"+1 {d[:3]} {d[3:6]} {d[6:]}",
        ]
    elif region == "FR":
        opts += [nat.replace(" ", "."), nat.replace(" ", "-"), nat.replace(" ", "")]
    elif region == "AT":
        area, _, tail = nat.partition(" ")
        opts += [
            f"{area}/{tail.replace(' ', '')}",
            f"{area} {tail.replace(' ', '')}",
            f"+43 {area[1:]} {tail.replace(' ', '')}",
        ]
    elif region == "NL":
        area, _, tail = nat.partition(" ")
        opts += [
            f"{area}-{tail.replace(' ', '')}",
            nat.replace(" ", ""),
            f"+31 (0){area[1:]}-{tail.replace(' ', '')}",
        ]
    elif region in ("ES", "IT"):
        opts += [nat.replace(" ", ""), nat.replace(" ", "."), intl.replace(" ", "", 1)]
    else:  # GB, AU
        opts += [nat.replace(" ", ""), intl.replace(" ", "-")]
    return r.choice(opts)


# --- the other types -------------------------------------------------------------------------
DOMAINS = {
    "en_GB": ["co.uk", "com", "org.uk"],
    "en_AU": ["com.au", "net.au"],
    "en_CA": ["ca", "com"],
    "en_US": ["com", "net", "us"],
    "fr_FR": ["fr", "com"],
    "de_AT": ["at", "co.at"],
    "es_ES": ["es", "com"],
    "it_IT": ["it", "com"],
    "nl_NL": ["nl", "com"],
}
MAILHOSTS = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "gmx.at",
    "orange.fr",
    "libero.it",
    "ziggo.nl",
    "telefonica.net",
    "bigpond.com",
    "shaw.ca",
]


def _ascii(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", s).lower()


def _email_value(loc: str, r: random.Random, fk, ctx: dict | None = None) -> str:
    if ctx and ctx.get("name") and r.random() < 0.75:
        first, last = ctx.pop("name")
    else:
        first, last, _ = _name(LANG[loc], r, fk)
    f, la = _ascii(first) or "info", _ascii(last) or "contact"
    local = r.choice(
        [
            f"{f}.{la}",
            f"{f[0]}.{la}",
            f"{f}{la}{r.randint(1, 99)}",
            f"{la}.{f}",
            f"{f}_{la}",
            f"{f}.{la}+{r.choice(['orders', 'travel', 'shop'])}",
        ]
    )
    if r.random() < 0.5:
        host = r.choice(MAILHOSTS)
    else:
        word = r.choice(["northwind", "brightline", "kestrel", "alpenhof", "solvia", "meridia"])
        host = f"{r.choice(['', 'mail.', 'eu.'])}{word}.{r.choice(DOMAINS[loc])}"
    value = f"{local}@{host}"
    if r.random() < 0.08:
        value = value.upper() if r.random() < 0.5 else f"{first[:1]}{la.capitalize()}@{host}"
    return value


def _card_value(r: random.Random) -> str:
    kind = r.choices(["visa", "mc", "mc2", "amex", "disc"], weights=(40, 30, 8, 14, 8))[0]
    prefix, length = {
        "visa": ("4", 16),
        "mc": (str(r.randint(51, 55)), 16),
        "mc2": (str(r.randint(2221, 2720)), 16),
        "amex": (r.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
    }[kind]
    body = prefix + "".join(r.choice(string.digits) for _ in range(length - 1 - len(prefix)))
    digits = next(body + d for d in string.digits if luhn_valid(body + d))
    sep = r.choice([" ", " ", "-", ""])
    groups = (
        [digits[:4], digits[4:10], digits[10:]]
        if length == 15
        else [digits[i : i + 4] for i in range(0, 16, 4)]
    )
    return sep.join(groups)


IBAN_BBAN = {
    "GB": "AAAA" + "9" * 14,
    "FR": "9" * 23,
    "AT": "9" * 16,
    "ES": "9" * 20,
    "IT": "A" + "9" * 22,
    "NL": "AAAA" + "9" * 10,
    "DE": "9" * 18,
    "IE": "AAAA" + "9" * 14,
    "BE": "9" * 12,
}
IBAN_COUNTRY = {
    "en_GB": ["GB"],
    "en_AU": ["GB", "DE", "IE"],
    "en_CA": ["FR", "GB", "DE"],
    "en_US": ["DE", "GB", "NL"],
    "fr_FR": ["FR", "FR", "BE"],
    "de_AT": ["AT", "AT", "DE"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL", "NL", "BE"],
}


def _iban_check(country: str, bban: str) -> str:
    n = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - n % 97:02d}"


def _iban_value(loc: str, r: random.Random, valid: bool = True) -> str:
    country = r.choice(IBAN_COUNTRY[loc])
    bban = "".join(
        r.choice(string.ascii_uppercase if c == "A" else string.digits) for c in IBAN_BBAN[country]
    )
    check = _iban_check(country, bban)
    if not valid:
        check = f"{(int(check) + r.randint(1, 96) - 2) % 97 + 2:02d}"
        if check == _iban_check(country, bban):
            check = f"{(int(check) + 1) % 97 + 2:02d}"
    iban = country + check + bban
    if r.random() < 0.6:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _ssn_value(r: random.Random) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    a, g, s = f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    return r.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])


def _ip_value(r: random.Random) -> str:
    if r.random() < 0.25:
        groups = [f"{r.choice([0x2A01, 0x2A02, 0x2001, 0x2600, 0x2C0F]):x}"] + [
            f"{r.randint(0, 0xFFFF):x}" for _ in range(7)
        ]
        if r.random() < 0.5:
            return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
        return ":".join(groups)
    first = r.choice([31, 46, 62, 77, 81, 85, 91, 94, 109, 145, 178, 185, 193, 203, 212])
    return ".".join(
        [str(first)] + [str(r.randint(0, 255)) for _ in range(2)] + [str(r.randint(1, 254))]
    )


def _b(r: random.Random, n: int, alphabet: str = _B62) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _secret_value(r: random.Random) -> str:
    kind = r.randrange(8)
    if kind == 0:
        return f"sk_live_{_b(r, 24)}"
    if kind == 1:
        return f"ghp_{_b(r, 36)}"
    if kind == 2:
        return f"AKIA{_b(r, 16, _UPNUM)}"
    if kind == 3:
        return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**11, 10**12)}-{_b(r, 24)}"
    if kind == 4:
        return f"glpat-{_b(r, 20)}"
    if kind == 5:
        return f"AIza{_b(r, 35, _B62 + '-_')}"
    if kind == 6:
        return f"SG.{_b(r, 22)}.{_b(r, 43)}"
    return _b(r, 32, "0123456789abcdef")


def _password_value(r: random.Random) -> str:
    word = r.choice(
        ["Sunflower", "Kangaroo", "Pelikan", "Tramonto", "Molen", "Azur", "Blue", "Zebra"]
    )
    sym, tail = r.choice("!#$_.@"), r.choice(["", "!", "x", "Q"])
    return f"{word}{sym}{r.randint(10, 9999)}{tail}"


def _urlcred_value(r: random.Random, fk) -> str:
    scheme, port = r.choice(
        [
            ("postgresql", 5432),
            ("mysql", 3306),
            ("mongodb", 27017),
            ("redis", 6379),
            ("amqp", 5672),
            ("ftp", 21),
            ("sftp", 22),
            ("https", 443),
            ("smtp", 587),
        ]
    )
    user = r.choice(["admin", "svc_sync", "deploy", "backup", _ascii(fk.first_name()) or "ops"])
    pw = r.choice([_b(r, 16), _password_value(r).replace("@", "%40").replace("#", "%23")])
    host = r.choice(
        [
            "db01.internal",
            "10.20.3.14",
            "mq.prod.example.net",
            "files.acme-eu.com",
            "cluster0.x7k2p.mongodb.net",
            "smtp.mailrelay.io",
        ]
    )
    path = r.choice(["", "/", "/crm", "/billing?sslmode=require", "/exports", "/0"])
    with_port = f":{port}" if r.random() < 0.6 else ""
    return f"{scheme}://{user}:{pw}@{host}{with_port}{path}"


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Jänner",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
}


def _date_value(loc: str, r: random.Random, year: int) -> str:
    d, m = r.randint(1, 28), r.randint(1, 12)
    month = MONTHS[LANG[loc]][m - 1]
    forms = {
        "en_GB": [f"{d:02d}/{m:02d}/{year}", f"{d} {month} {year}", f"{d} {month[:3]} {year}"],
        "en_AU": [f"{d:02d}/{m:02d}/{year}", f"{d}/{m}/{year}", f"{d} {month} {year}"],
        "en_CA": [f"{year}-{m:02d}-{d:02d}", f"{month} {d}, {year}", f"{d:02d}/{m:02d}/{year}"],
        "en_US": [f"{m:02d}/{d:02d}/{year}", f"{month} {d}, {year}", f"{m}/{d}/{year % 100:02d}"],
        "fr_FR": [f"{d:02d}/{m:02d}/{year}", f"{d} {month} {year}", f"{d:02d}.{m:02d}.{year}"],
        "de_AT": [f"{d:02d}.{m:02d}.{year}", f"{d}. {month} {year}", f"{d}.{m}.{year}"],
        "es_ES": [f"{d:02d}/{m:02d}/{year}", f"{d} de {month} de {year}", f"{d}-{m}-{year}"],
        "it_IT": [f"{d:02d}/{m:02d}/{year}", f"{d} {month} {year}", f"{d:02d}-{m:02d}-{year}"],
        "nl_NL": [f"{d:02d}-{m:02d}-{year}", f"{d} {month} {year}", f"{d}-{m}-{year}"],
    }[loc]
    return r.choice(forms)


# --- hard-negative values --------------------------------------------------------------------
BRANDS = {
    "en": [
        "Marks & Spencer",
        "Ben & Jerry's",
        "Tim Hortons",
        "Harvey Norman",
        "Jack Wolfskin",
        "Dr. Martens",
        "Johnnie Walker",
        "Wendy's",
        "Dick Smith",
        "Victoria's Secret",
    ],
    "fr": [
        "Yves Rocher",
        "Louis Vuitton",
        "Pierre Cardin",
        "Jean Louis David",
        "Camille Albane",
        "Henri Bendel",
    ],
    "de": ["Julius Meinl", "Dr. Oetker", "Hugo Boss", "Manner", "Emmi", "Hannes Tischlerei"],
    "es": [
        "Massimo Dutti",
        "Pedro del Hierro",
        "El Corte Inglés",
        "Adolfo Domínguez",
        "Rosa Clará",
    ],
    "it": [
        "Giorgio Armani",
        "Salvatore Ferragamo",
        "Luisa Spagnoli",
        "Giovanni Rana",
        "Carlo Pignatelli",
    ],
    "nl": ["Albert Heijn", "Douwe Egberts", "Jan Linders", "Hunkemöller", "Pieter Pot"],
}
STREET_LIKE = {
    "en": [
        "The Wall Street Journal",
        "Abbey Road Studios",
        "Coronation Street",
        "Pitt Street Mall",
        "Fleet Street Fintech",
        "Main Street Savings",
    ],
    "fr": [
        "Rue du Commerce",
        "La Banque Postale",
        "Avenue Montaigne Parfums",
        "Le Boulevard du Jazz",
    ],
    "de": [
        "Bank Austria",
        "Ringstraßen-Galerien",
        "Kärntner Straße Boutique",
        "Salzburger Nachrichten",
    ],
    "es": ["Banco Santander", "Gran Vía Outlet", "Calle 13", "Plaza Mayor Seguros"],
    "it": ["Piazza Italia", "Corriere della Sera", "Banca di Via Roma", "Via della Spiga Boutique"],
    "nl": ["Kalverstraat Outlet", "De Telegraaf", "Damrak Souvenirs", "Hoog Catharijne"],
}
AIRLINES = {
    "en_GB": "BA",
    "en_AU": "QF",
    "en_CA": "AC",
    "en_US": "UA",
    "fr_FR": "AF",
    "de_AT": "OS",
    "es_ES": "IB",
    "it_IT": "AZ",
    "nl_NL": "KL",
}
CURRENCY = {
    "en_GB": "£{}",
    "en_AU": "A${}",
    "en_CA": "CA${}",
    "en_US": "${}",
    "fr_FR": "{} €",
    "de_AT": "€ {}",
    "es_ES": "{} €",
    "it_IT": "€ {}",
    "nl_NL": "€ {}",
}


def _postcode_like(loc: str, r: random.Random) -> str:
    if loc == "en_GB":
        return (
            f"{r.choice(['KD', 'XR', 'TV'])}{r.randint(2, 9)} {r.randint(1, 9)}{_b(r, 2, 'ABDTXZ')}"
        )
    if loc == "en_CA":
        a, b, c = r.randint(1, 9), r.randint(1, 9), r.randint(1, 9)
        return f"{r.choice('KVX')}{a}{r.choice('XZ')} {b}Z{c}"
    if loc == "nl_NL":
        return f"{r.randint(1, 9)}{r.randint(0, 9)}00 {r.choice(['XL', 'XT', 'GT', 'RS'])}"
    n = 4 if loc in ("en_AU", "de_AT") else 5
    return str(r.randint(10 ** (n - 1), 10**n - 1))


def _luhn_fail(r: random.Random) -> str:
    while True:
        d = "".join(r.choice(string.digits) for _ in range(16))
        if not luhn_valid(d) and d[0] != "0":
            return r.choice([" ", "-", ""]).join(d[i : i + 4] for i in range(0, 16, 4))


def _neg_reference(kind: str, r: random.Random) -> str | None:
    """Order/booking/claim/... numbers, versions and tracking ids; None for other kinds."""
    d = string.digits
    if kind == "order":
        return r.choice(
            [
                f"{r.randint(100, 999)}-{_b(r, 7, d)}-{_b(r, 7, d)}",
                f"ORD-{r.randint(2023, 2025)}-{_b(r, 5, d)}",
                f"#{_b(r, 8, d)}",
            ]
        )
    if kind == "booking":
        return r.choice([_b(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), f"HB-{_b(r, 8, d)}"])
    if kind == "claim":
        return f"{r.choice(['CLM', 'SIN', 'SCH', 'SX'])}-{r.randint(2023, 2025)}-{_b(r, 6, d)}"
    if kind == "policy":
        return r.choice(
            [f"POL/{r.randint(10, 99)}/{_b(r, 7, d)}", f"{_b(r, 2, 'ABKMZ')}-{_b(r, 8, d)}"]
        )
    if kind == "ticket":
        return r.choice([f"INC{_b(r, 7, d)}", f"REQ-{_b(r, 6, d)}", f"#{_b(r, 5, d)}"])
    if kind == "invoice":
        return r.choice(
            [
                f"INV-{r.randint(2023, 2025)}-{_b(r, 4, d)}",
                f"F{r.randint(2023, 2025)}/{_b(r, 5, d)}",
                f"RE-{_b(r, 6, d)}",
            ]
        )
    if kind == "version":
        return r.choice(
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                f"{r.randint(10, 18)}.{r.randint(0, 6)}.{r.randint(1, 9)}",
                f"10.0.{r.randint(17000, 26000)}",
            ]
        )
    if kind == "tracking":
        return r.choice([f"1Z{_b(r, 16, _UPNUM)}", f"JJD{_b(r, 18, d)}", f"RR{_b(r, 9, d)}GB"])
    return None


def _neg_value(kind: str, loc: str, r: random.Random, fk) -> str:
    ref = _neg_reference(kind, r)
    if ref is not None:
        return ref
    lang, d = LANG[loc], string.digits
    if kind == "date":
        return _date_value(loc, r, r.randint(2023, 2025))
    if kind == "time":
        h, m = r.randint(7, 20), r.choice([0, 15, 30, 45])
        if lang == "en" and loc != "en_CA" and r.random() < 0.5:
            return f"{h % 12 or 12}:{m:02d}{r.choice(['pm', ' pm', 'am'])}"
        return f"{h}h{m:02d}" if lang == "fr" else f"{h}{'.' if lang == 'nl' else ':'}{m:02d}"
    if kind == "price":
        amount = f"{r.randint(5, 1900)}.{r.choice(['00', '99', '95', '50'])}"
        return CURRENCY[loc].format(amount if lang == "en" else amount.replace(".", ","))
    if kind == "room":
        return str(r.randint(1, 9) * 100 + r.randint(1, 40))
    if kind == "seat":
        return f"{r.randint(1, 38)}{r.choice('ABCDEF')}"
    if kind == "gate":
        return f"{r.choice('ABCDEF')}{r.randint(1, 60)}"
    if kind == "flight":
        return f"{AIRLINES[loc]}{r.choice([' ', ''])}{r.randint(100, 2999)}"
    if kind == "postcode_like":
        return _postcode_like(loc, r)
    if kind == "bad_iban":
        return _iban_value(loc, r, valid=False)
    if kind == "luhn_fail":
        return _luhn_fail(r)
    if kind == "masked_card":
        last4 = _b(r, 4, d)
        return r.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}"])
    if kind == "url":
        return (
            f"https://www.{r.choice(['northwind', 'solvia', 'kestrel'])}.{DOMAINS[loc][0]}/"
            + r.choice(
                [
                    "returns",
                    "help/faq",
                    "tarifs",
                    "service/kontakt",
                    "ayuda",
                    "privacy?lang=" + lang,
                ]
            )
        )
    if kind == "sha":
        return _b(r, r.choice([7, 12, 40]), "0123456789abcdef")
    if kind == "uuid":
        h = _b(r, 32, "0123456789abcdef")
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"
    if kind == "brand":
        return r.choice(BRANDS[lang])
    if kind == "street_like":
        return r.choice(STREET_LIKE[lang])
    if kind == "street_alone":
        return _street(lang, r, fk)
    if kind == "city":
        return r.choice(CITIES[loc])[0]
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
# templates, per language. {slot}s: SLOT_TYPE names are labelled PII, {n:kind} a hard negative,
# anything else plain filler (FILL). Openers and closers frame a doc; body units carry one type.
# ---------------------------------------------------------------------------------------------
FILL = {
    "en": {
        "company": [
            "Northwind Logistics Ltd",
            "Brightline Telecom",
            "Kestrel Insurance",
            "Harbourview Lettings",
            "Meridia Health",
            "Solvia Software",
            "Copperleaf Hotels",
        ],
        "job": [
            "Customer Care Advisor",
            "Accounts Receivable",
            "Office Manager",
            "Claims Handler",
            "Senior Developer",
            "Leasing Consultant",
        ],
        "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        "subject": [
            "Damaged item",
            "Your claim",
            "Invoice query",
            "Booking change",
            "VPN issue",
            "Viewing request",
            "Appointment",
            "Onboarding documents",
        ],
        "mob": ["mobile", "mobile", "cell", "number"],
    },
    "fr": {
        "company": [
            "Azur Télécom",
            "Mutuelle des Tilleuls",
            "Transports Girondins SARL",
            "Immo Rive Gauche",
            "Centre Médical Bellevue",
            "Logiciels Orion SAS",
        ],
        "job": [
            "Conseillère clientèle",
            "Service comptabilité",
            "Gestionnaire sinistres",
            "Responsable RH",
            "Développeur senior",
        ],
        "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
        "subject": [
            "Colis endommagé",
            "Votre sinistre",
            "Facture",
            "Modification de réservation",
            "Accès VPN",
            "Visite appartement",
            "Rendez-vous",
        ],
        "mob": ["portable", "mobile", "numéro"],
    },
    "de": {
        "company": [
            "Alpenblick Versicherung AG",
            "Donau Telekom",
            "Hausverwaltung Ringblick GmbH",
            "Gesundheitszentrum Mitte",
            "Bergkristall Hotels",
            "Softwarehaus Nordlicht",
        ],
        "job": [
            "Kundenservice",
            "Buchhaltung",
            "Schadenreferentin",
            "Personalabteilung",
            "Systemadministrator",
        ],
        "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
        "subject": [
            "Beschädigte Lieferung",
            "Ihr Schadensfall",
            "Rechnung",
            "Buchungsänderung",
            "VPN-Problem",
            "Besichtigung",
            "Termin",
        ],
        "mob": ["Handy", "Handynummer", "Mobilnummer"],
    },
    "es": {
        "company": [
            "Seguros Almena",
            "Telefonía Levante",
            "Inmobiliaria Sol Naciente",
            "Clínica Mediterránea",
            "Hoteles Brisa",
            "Software Alba SL",
        ],
        "job": [
            "Atención al cliente",
            "Contabilidad",
            "Tramitador de siniestros",
            "Recursos Humanos",
            "Administrador de sistemas",
        ],
        "day": ["lunes", "martes", "miércoles", "jueves", "viernes"],
        "subject": [
            "Pedido dañado",
            "Su siniestro",
            "Factura",
            "Cambio de reserva",
            "Problema VPN",
            "Visita al piso",
            "Cita",
        ],
        "mob": ["móvil", "teléfono", "número"],
    },
    "it": {
        "company": [
            "Assicurazioni Lagorosso",
            "TeleVetta",
            "Immobiliare Porta Nuova",
            "Poliambulatorio Centro Salute",
            "Hotel Belvedere",
            "Software Aurora Srl",
        ],
        "job": [
            "Servizio clienti",
            "Amministrazione",
            "Liquidatore sinistri",
            "Ufficio personale",
            "Sistemista",
        ],
        "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
        "subject": [
            "Pacco danneggiato",
            "Il suo sinistro",
            "Fattura",
            "Modifica prenotazione",
            "Problema VPN",
            "Visita appartamento",
            "Appuntamento",
        ],
        "mob": ["cellulare", "numero", "cell."],
    },
    "nl": {
        "company": [
            "Polderzorg B.V.",
            "Dijkstroom Telecom",
            "Grachtwonen Makelaars",
            "Huisartsenpraktijk De Linde",
            "Hotel Zeezicht",
            "Softwarehuis Noorderlicht",
        ],
        "job": [
            "Klantenservice",
            "Crediteurenadministratie",
            "Schadebehandelaar",
            "HR-adviseur",
            "Systeembeheerder",
        ],
        "day": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"],
        "subject": [
            "Beschadigd pakket",
            "Uw schademelding",
            "Factuur",
            "Boeking wijzigen",
            "VPN-probleem",
            "Bezichtiging",
            "Afspraak",
        ],
        "mob": ["mobiele nummer", "06-nummer", "nummer"],
    },
}

OPEN = {
    "en": {
        "returns": [
            "Hi {first},\nThanks for getting in touch about your return.",
            "Hello,\nThe kettle I ordered arrived with a cracked lid and I'd like to send it back.",
            "Return request\nReason: wrong size",
        ],
        "insurance": [
            "Dear {tperson},\nWe have received your claim and a loss adjuster will be in touch.",
            "Hi, I'm writing about the water leak in our kitchen last weekend.",
        ],
        "telecom": [
            "[chat started]\nAgent: Thanks for contacting {company}, how can I help today?\n"
            "Customer: my SIM stopped working after I moved my number over",
            "Hello, my broadband keeps dropping every evening since {day}.",
        ],
        "card": [
            "Hello,\nThere is a payment on my statement I don't recognise and I want to dispute "
            "it.",
            "Dear {tperson},\nWe are reviewing the transaction you disputed with us.",
        ],
        "travel": [
            "Hi there,\nI booked a double room for three nights and need to move the dates.",
            "Dear {tperson},\nThank you for choosing {company}. Your booking details are below.",
        ],
        "hr": [
            "Hi {first},\nWelcome aboard! Before your first day we need a few details for payroll.",
            "New starter form - please complete and return to HR.",
        ],
        "clinic": [
            "Dear {tperson},\nThis is a reminder of your appointment at {company}.",
            "Hello, I'd like to move my physio appointment to next week if possible.",
        ],
        "rental": [
            "Hi,\nI saw your listing for the two-bedroom flat and would love to arrange a viewing.",
            "Dear {tperson},\nFurther to your enquiry, the property is still available.",
        ],
        "invoice": [
            "Dear Accounts Payable,\nPlease find attached our invoice for services in March.",
            "Hello,\nYour payment has not reached us yet, please check the details below.",
        ],
        "helpdesk": [
            "Ticket opened via portal\nCategory: VPN / remote access\nDescription:",
            "Hi IT,\nSince this morning's update the sync job fails with a timeout, config below.",
        ],
    },
}
HEADER = {
    "en": [
        "-----Original Message-----\nFrom: {person} <{email}>\nSent: {day} 09:41\n"
        "To: {company} Support\nSubject: RE: {subject}",
        "---------- Forwarded message ---------\nFrom: {person} <{email}>\nDate: {day}\n"
        "Subject: Fwd: {subject}",
    ],
}
CLOSE = {
    "en": [
        "Thanks,\n{first}",
        "Kind regards,\n{person}",
        "Cheers",
        "Many thanks",
        "Regards,\nThe {company} team",
        "Best wishes,\n{sig}\n{job}, {company}\nT: {phone}\nE: {email}",
        "--\n{sig}\n{company}\n{addressml}\nTel {phone}",
        "Sent from my iPhone",
        "Thanks in advance,\n{sig}\n{job} | {company}\nM: {phone}",
    ],
}
UNITS = {
    "en": {
        "address": [
            "Please send the replacement to {address}.",
            "Delivery address:\n{addressml}",
            "My new address from next month is {address1}, please update your records.",
            "The property is at {address1} - viewings Tuesday and Thursday afternoons.",
            "Billing address: {address1}",
            "Ship to:\n{person}\n{addressml}",
            "Could you post the documents to {address1} rather than my work address?",
            "Registered office:\n{addressml}",
            "Our courier will collect from {address1}.",
        ],
        "person": [
            "Account holder: {person}",
            "The parcel was signed for by {person}, who I don't know.",
            "Please add {tperson} as an authorised user on the account.",
            "Name on booking: {person}",
            "Your case handler is {person}.",
            "Patient: {person}",
            "Emergency contact: {person}, {phone}",
            "cc {person}",
        ],
        "phone": [
            "You can reach me on {phone} after 5pm.",
            "Best number to call back: {phone}",
            "My {mob} is {phone}, the landline is often engaged.",
            "Call reception on {phone}.",
            "Tel: {phone}",
            "Text me at {phone} when the driver is close.",
        ],
        "email": [
            "Please reply to {email} instead, the old address is closed.",
            "Login e-mail: {email}",
            "Forward the invoice copy to {email}.",
        ],
        "card": [
            "The card charged was {card}, expiry 08/27.",
            "Card number: {card}",
            "Please refund to the original card {card}.",
        ],
        "iban": [
            "Please pay into IBAN {iban}.",
            "IBAN: {iban}\nBIC: NWBKGB2L",
            "Salary account for payroll: {iban}",
        ],
        "dob": [
            "Date of birth: {dob}",
            "I was born on {dob}, in case you need it for the ID check.",
            "DOB {dob}",
        ],
        "ssn": ["SSN: {ssn}", "My social security number is {ssn}.", "For the W-4: SSN {ssn}"],
        "ip": [
            "The login came from {ip}, which is not me.",
            "Our office public IP is {ip}, please whitelist it.",
        ],
        "secret": ["The API key we use is {secret}", "Temporary password: {password}"],
        "url_credentials": ["It tries to connect to {urlcred} and times out."],
    },
}
CODE_UNITS = {
    "ip": [
        "```\n2025-03-04T10:12:55Z WARN auth failed client={ip} port=51234\n```",
        "```\nallow_from:\n  - {ip}\n```",
        "ssh deploy@{ip} -p 2222",
    ],
    "secret": [
        "```\nSTRIPE_SECRET_KEY={secret}\nLOG_LEVEL=debug\n```",
        "export GITHUB_TOKEN={secret}",
        '```json\n{"api_key": "{secret}", "region": "eu-west-1"}\n```',
        "```ini\n[smtp]\nuser = relay\npassword = {password}\n```",
    ],
    "url_credentials": [
        "```\nDATABASE_URL={urlcred}\n```",
        "```yaml\nbroker:\n  url: {urlcred}\n  timeout: 30\n```",
    ],
}
NEG = {
    "en": {
        "order": ["Order {n:order} was marked as delivered but never arrived."],
        "booking": ["Booking reference: {n:booking}"],
        "claim": ["Claim number {n:claim}"],
        "policy": ["Policy no. {n:policy}"],
        "ticket": ["Ref: {n:ticket}"],
        "invoice": ["Invoice {n:invoice} is now overdue."],
        "version": ["I'm on app version {n:version}."],
        "date": ["It was delivered on {n:date}."],
        "time": ["The appointment is at {n:time}."],
        "price": ["I was charged {n:price} twice."],
        "room": ["We stayed in room {n:room}."],
        "seat": ["Could I get seat {n:seat}?"],
        "gate": ["Boarding was moved to gate {n:gate}."],
        "flight": ["Flight {n:flight} was delayed."],
        "tracking": ["Tracking: {n:tracking}"],
        "postcode_like": ["The part number is {n:postcode_like}."],
        "bad_iban": [
            "The IBAN on your form, {n:bad_iban}, is rejected by our bank - please check it."
        ],
        "luhn_fail": ["Merchant reference {n:luhn_fail}"],
        "masked_card": ["Paid with card {n:masked_card}."],
        "url": ["See {n:url} for the policy."],
        "sha": ["Broken since commit {n:sha}."],
        "uuid": ["Request id {n:uuid}"],
        "brand": ["I bought it at {n:brand} last month."],
        "street_like": ["I read about the outage in {n:street_like}."],
        "street_alone": ["There are roadworks on {n:street_alone}, so the van can't park."],
        "city": ["The parcel is stuck at the depot in {n:city}."],
    },
}

OPEN["fr"] = {
    "returns": [
        "Bonjour {first},\nNous avons bien reçu votre demande de retour.",
        "Bonjour,\nLa bouilloire commandée est arrivée fissurée, je souhaite la renvoyer.",
        "Demande de retour\nMotif : taille incorrecte",
    ],
    "insurance": [
        "{tperson},\nNous accusons réception de votre déclaration de sinistre.",
        "Bonjour, je vous écris au sujet du dégât des eaux dans notre cuisine.",
    ],
    "telecom": [
        "[début du chat]\nConseiller : Bienvenue chez {company}, que puis-je faire pour vous ?\n"
        "Client : ma carte SIM ne marche plus depuis la portabilité",
        "Bonjour, ma box coupe tous les soirs depuis {day}.",
    ],
    "card": [
        "Bonjour,\nUn prélèvement que je ne reconnais pas figure sur mon relevé, je le conteste.",
        "{tperson},\nNous étudions l'opération que vous avez contestée.",
    ],
    "travel": [
        "Bonjour,\nJ'ai réservé une chambre double pour trois nuits et je dois changer les dates.",
        "Cher client,\nMerci d'avoir choisi {company}. Voici le récapitulatif de votre séjour.",
    ],
    "hr": [
        "Bonjour {first},\nBienvenue ! Avant votre arrivée, il nous manque quelques informations "
        "pour la paie.",
        "Fiche d'embauche - à compléter et renvoyer aux RH.",
    ],
    "clinic": [
        "{tperson},\nNous vous rappelons votre rendez-vous au {company}.",
        "Bonjour, je voudrais décaler ma séance de kiné à la semaine prochaine.",
    ],
    "rental": [
        "Bonjour,\nJ'ai vu votre annonce pour le T3 et j'aimerais organiser une visite.",
        "{tperson},\nSuite à votre demande, l'appartement est toujours disponible.",
    ],
    "invoice": [
        "Madame, Monsieur,\nVeuillez trouver ci-joint notre facture pour les prestations de mars.",
        "Bonjour,\nNous n'avons pas encore reçu votre règlement, merci de vérifier les "
        "coordonnées ci-dessous.",
    ],
    "helpdesk": [
        "Ticket ouvert via le portail\nCatégorie : VPN / accès distant\nDescription :",
        "Bonjour le support,\nDepuis la mise à jour de ce matin, la synchro échoue (timeout), "
        "config ci-dessous.",
    ],
}
HEADER["fr"] = [
    "-----Message d'origine-----\nDe : {person} <{email}>\nEnvoyé : {day} 09:41\n"
    "À : Support {company}\nObjet : RE: {subject}",
    "---------- Message transféré ---------\nDe : {person} <{email}>\nDate : {day}\n"
    "Objet : TR: {subject}",
]
CLOSE["fr"] = [
    "Merci,\n{first}",
    "Cordialement,\n{person}",
    "Bonne journée",
    "Merci d'avance",
    "Cordialement,\nL'équipe {company}",
    "Bien à vous,\n{sig}\n{job} - {company}\nTél. : {phone}\nCourriel : {email}",
    "--\n{sig}\n{company}\n{addressml}\nTél. {phone}",
    "Envoyé de mon iPhone",
    "Salutations distinguées,\n{sig}\n{job}\nPortable : {phone}",
]
UNITS["fr"] = {
    "address": [
        "Merci d'envoyer le remplacement au {address}.",
        "Adresse de livraison :\n{addressml}",
        "À partir du mois prochain, ma nouvelle adresse est {address1}.",
        "Le logement se situe {address1}, visites le mardi et le jeudi.",
        "Adresse de facturation : {address1}",
        "Destinataire :\n{person}\n{addressml}",
        "Pouvez-vous envoyer les documents à {address1} plutôt qu'au bureau ?",
        "Siège social :\n{addressml}",
    ],
    "person": [
        "Titulaire du compte : {person}",
        "Le colis a été signé par {person}, que je ne connais pas.",
        "Merci d'ajouter {tperson} comme co-titulaire.",
        "Nom sur la réservation : {person}",
        "Votre dossier est suivi par {person}.",
        "Patient : {person}",
        "Personne à prévenir : {person}, {phone}",
    ],
    "phone": [
        "Vous pouvez me joindre au {phone} après 18h.",
        "Numéro de rappel : {phone}",
        "Mon {mob} : {phone}, le fixe est souvent occupé.",
        "Appelez la réception au {phone}.",
        "Tél : {phone}",
        "Envoyez-moi un SMS au {phone} quand le livreur arrive.",
    ],
    "email": [
        "Merci de répondre à {email}, l'ancienne adresse est fermée.",
        "E-mail de connexion : {email}",
        "Envoyez la copie de la facture à {email}.",
    ],
    "card": [
        "La carte débitée est la {card}, exp. 08/27.",
        "N° de carte : {card}",
        "Merci de rembourser sur la carte d'origine {card}.",
    ],
    "iban": [
        "Merci de virer sur l'IBAN {iban}.",
        "IBAN : {iban}\nBIC : BNPAFRPPXXX",
        "RIB pour la paie : {iban}",
    ],
    "dob": [
        "Date de naissance : {dob}",
        "Je suis né le {dob}, si besoin pour la vérification.",
        "Née le {dob}",
    ],
    "ip": [
        "La connexion venait de {ip}, ce n'est pas moi.",
        "Notre IP publique est {ip}, merci de l'autoriser.",
    ],
    "secret": ["La clé API utilisée : {secret}", "Mot de passe provisoire : {password}"],
    "url_credentials": ["L'appli tente de se connecter à {urlcred} puis timeout."],
}
NEG["fr"] = {
    "order": ["La commande {n:order} est indiquée livrée mais je n'ai rien reçu."],
    "booking": ["Référence de réservation : {n:booking}"],
    "claim": ["N° de sinistre {n:claim}"],
    "policy": ["Contrat n° {n:policy}"],
    "ticket": ["Réf. : {n:ticket}"],
    "invoice": ["La facture {n:invoice} est échue."],
    "version": ["J'ai la version {n:version} de l'appli."],
    "date": ["Livré le {n:date}."],
    "time": ["Le rendez-vous est à {n:time}."],
    "price": ["On m'a prélevé {n:price} deux fois."],
    "room": ["Nous étions chambre {n:room}."],
    "seat": ["Serait-il possible d'avoir le siège {n:seat} ?"],
    "gate": ["L'embarquement se fait porte {n:gate}."],
    "flight": ["Le vol {n:flight} a été retardé."],
    "tracking": ["Suivi : {n:tracking}"],
    "postcode_like": ["La référence de la pièce est {n:postcode_like}."],
    "bad_iban": [
        "L'IBAN indiqué, {n:bad_iban}, est refusé par notre banque, pouvez-vous vérifier ?"
    ],
    "luhn_fail": ["Référence commerçant {n:luhn_fail}"],
    "masked_card": ["Payé avec la carte {n:masked_card}."],
    "url": ["Voir {n:url} pour les conditions."],
    "sha": ["Cassé depuis le commit {n:sha}."],
    "uuid": ["Identifiant de requête {n:uuid}"],
    "brand": ["Je l'ai acheté chez {n:brand} le mois dernier."],
    "street_like": ["J'ai vu l'info sur {n:street_like}."],
    "street_alone": ["Il y a des travaux {n:street_alone}, le livreur ne peut pas se garer."],
    "city": ["Le colis est bloqué au dépôt de {n:city}."],
}
OPEN["de"] = {
    "returns": [
        "Hallo {first},\ndanke für Ihre Nachricht zur Rücksendung.",
        "Grüß Gott,\nder bestellte Wasserkocher ist mit einem Sprung angekommen, ich möchte ihn "
        "zurückschicken.",
        "Retourenanfrage\nGrund: falsche Größe",
    ],
    "insurance": [
        "Sehr geehrte/r {tperson},\nwir haben Ihre Schadensmeldung erhalten.",
        "Guten Tag, ich schreibe wegen des Wasserschadens in unserer Küche.",
    ],
    "telecom": [
        "[Chat gestartet]\nMitarbeiter: Willkommen bei {company}, wie kann ich helfen?\n"
        "Kunde: meine SIM geht seit der Rufnummernmitnahme nicht mehr",
        "Servus, mein Internet bricht seit {day} jeden Abend ab.",
    ],
    "card": [
        "Guten Tag,\nauf meiner Abrechnung ist eine Zahlung, die ich nicht kenne. Ich möchte sie "
        "reklamieren.",
        "Sehr geehrte/r {tperson},\nwir prüfen die von Ihnen beanstandete Transaktion.",
    ],
    "travel": [
        "Hallo,\nich habe ein Doppelzimmer für drei Nächte gebucht und muss die Daten ändern.",
        "Sehr geehrter Gast,\ndanke, dass Sie {company} gewählt haben. Ihre Buchung im Überblick:",
    ],
    "hr": [
        "Hallo {first},\nwillkommen im Team! Für die Lohnverrechnung brauchen wir noch ein paar "
        "Daten.",
        "Eintrittsformular - bitte ausfüllen und an die Personalabteilung retournieren.",
    ],
    "clinic": [
        "Sehr geehrte/r {tperson},\nwir erinnern Sie an Ihren Termin im {company}.",
        "Guten Tag, ich würde meinen Physiotermin gern auf nächste Woche verschieben.",
    ],
    "rental": [
        "Hallo,\nich habe Ihr Inserat für die Zweizimmerwohnung gesehen und hätte gern einen "
        "Besichtigungstermin.",
        "Sehr geehrte/r {tperson},\ndie Wohnung ist weiterhin verfügbar.",
    ],
    "invoice": [
        "Sehr geehrte Damen und Herren,\nanbei unsere Rechnung für die Leistungen im März.",
        "Guten Tag,\nIhre Zahlung ist noch nicht eingegangen, bitte prüfen Sie die Bankdaten "
        "unten.",
    ],
    "helpdesk": [
        "Ticket über das Portal eröffnet\nKategorie: VPN / Fernzugriff\nBeschreibung:",
        "Hallo IT,\nseit dem Update heute früh bricht der Sync-Job mit Timeout ab, Config unten.",
    ],
}
HEADER["de"] = [
    "-----Ursprüngliche Nachricht-----\nVon: {person} <{email}>\nGesendet: {day}, 09:41\n"
    "An: {company} Support\nBetreff: AW: {subject}",
    "---------- Weitergeleitete Nachricht ---------\nVon: {person} <{email}>\nDatum: {day}\n"
    "Betreff: WG: {subject}",
]
CLOSE["de"] = [
    "Danke,\n{first}",
    "Mit freundlichen Grüßen\n{person}",
    "LG",
    "Vielen Dank im Voraus",
    "Freundliche Grüße\nIhr {company} Team",
    "Mit freundlichen Grüßen\n{sig}\n{job}, {company}\nTel.: {phone}\nE-Mail: {email}",
    "--\n{sig}\n{company}\n{addressml}\nT {phone}",
    "Von meinem iPhone gesendet",
    "Beste Grüße\n{sig}\n{job}\nMobil: {phone}",
]
UNITS["de"] = {
    "address": [
        "Bitte schicken Sie den Ersatz an {address}.",
        "Lieferadresse:\n{addressml}",
        "Ab nächstem Monat lautet meine Adresse {address1}, bitte aktualisieren.",
        "Die Wohnung befindet sich in der {address1}, Besichtigung Di und Do.",
        "Rechnungsadresse: {address1}",
        "Empfänger:\n{person}\n{addressml}",
        "Könnten Sie die Unterlagen an {address1} statt ins Büro schicken?",
        "Firmensitz:\n{addressml}",
    ],
    "person": [
        "Kontoinhaber: {person}",
        "Das Paket hat {person} übernommen, den ich nicht kenne.",
        "Bitte {tperson} als Zeichnungsberechtigte/n eintragen.",
        "Name auf der Buchung: {person}",
        "Ihre Sachbearbeiterin ist {person}.",
        "Patient/in: {person}",
        "Notfallkontakt: {person}, {phone}",
    ],
    "phone": [
        "Sie erreichen mich ab 17 Uhr unter {phone}.",
        "Rückrufnummer: {phone}",
        "Meine {mob} ist {phone}, Festnetz ist oft besetzt.",
        "Rufen Sie die Rezeption unter {phone} an.",
        "Tel.: {phone}",
        "Bitte schicken Sie mir eine SMS an {phone}, wenn der Fahrer kommt.",
    ],
    "email": [
        "Bitte antworten Sie an {email}, die alte Adresse gibt es nicht mehr.",
        "Login-E-Mail: {email}",
        "Rechnungskopie bitte an {email}.",
    ],
    "card": [
        "Belastet wurde die Karte {card}, gültig bis 08/27.",
        "Kartennummer: {card}",
        "Bitte auf die ursprüngliche Karte {card} zurückbuchen.",
    ],
    "iban": [
        "Bitte überweisen Sie auf IBAN {iban}.",
        "IBAN: {iban}\nBIC: BKAUATWW",
        "Gehaltskonto für die Lohnverrechnung: {iban}",
    ],
    "dob": [
        "Geburtsdatum: {dob}",
        "Ich bin am {dob} geboren, falls Sie das für die Prüfung brauchen.",
        "geb. {dob}",
    ],
    "ip": [
        "Der Login kam von {ip}, das war nicht ich.",
        "Unsere öffentliche IP ist {ip}, bitte freischalten.",
    ],
    "secret": ["Der API-Key lautet {secret}", "Temporäres Passwort: {password}"],
    "url_credentials": ["Er versucht sich mit {urlcred} zu verbinden und läuft in einen Timeout."],
}
NEG["de"] = {
    "order": ["Bestellung {n:order} ist als zugestellt markiert, kam aber nie an."],
    "booking": ["Buchungsnummer: {n:booking}"],
    "claim": ["Schadennummer {n:claim}"],
    "policy": ["Polizzennummer {n:policy}"],
    "ticket": ["Zeichen: {n:ticket}"],
    "invoice": ["Rechnung {n:invoice} ist überfällig."],
    "version": ["Ich habe App-Version {n:version}."],
    "date": ["Zugestellt am {n:date}."],
    "time": ["Der Termin ist um {n:time} Uhr."],
    "price": ["Mir wurden {n:price} doppelt abgebucht."],
    "room": ["Wir waren in Zimmer {n:room}."],
    "seat": ["Hätten Sie Sitz {n:seat} frei?"],
    "gate": ["Boarding jetzt an Gate {n:gate}."],
    "flight": ["Flug {n:flight} hatte Verspätung."],
    "tracking": ["Sendungsnummer: {n:tracking}"],
    "postcode_like": ["Die Teilenummer ist {n:postcode_like}."],
    "bad_iban": ["Die IBAN im Formular, {n:bad_iban}, wird von unserer Bank abgelehnt."],
    "luhn_fail": ["Händlerreferenz {n:luhn_fail}"],
    "masked_card": ["Bezahlt mit Karte {n:masked_card}."],
    "url": ["Siehe {n:url} für die Bedingungen."],
    "sha": ["Kaputt seit Commit {n:sha}."],
    "uuid": ["Request-ID {n:uuid}"],
    "brand": ["Gekauft habe ich es letzten Monat bei {n:brand}."],
    "street_like": ["Ich habe es in der Zeitung bzw. bei {n:street_like} gelesen."],
    "street_alone": [
        "In der {n:street_alone} ist eine Baustelle, der Lieferwagen kann nicht halten."
    ],
    "city": ["Das Paket liegt im Verteilerzentrum {n:city}."],
}
OPEN["es"] = {
    "returns": [
        "Hola {first},\ngracias por contactarnos sobre tu devolución.",
        "Hola,\nel hervidor que pedí llegó con la tapa rota y quiero devolverlo.",
        "Solicitud de devolución\nMotivo: talla incorrecta",
    ],
    "insurance": [
        "Estimado/a {tperson}:\nhemos recibido su parte de siniestro.",
        "Buenas, les escribo por la fuga de agua que tuvimos en la cocina.",
    ],
    "telecom": [
        "[chat iniciado]\nAgente: Bienvenido a {company}, ¿en qué puedo ayudarle?\n"
        "Cliente: la SIM no funciona desde la portabilidad",
        "Hola, la fibra se me corta todas las noches desde el {day}.",
    ],
    "card": [
        "Hola,\nen mi extracto aparece un cargo que no reconozco y quiero reclamarlo.",
        "Estimado/a {tperson}:\nestamos revisando la operación que ha reclamado.",
    ],
    "travel": [
        "Hola,\nreservé una habitación doble para tres noches y necesito cambiar las fechas.",
        "Estimado cliente:\ngracias por elegir {company}. Estos son los datos de su reserva.",
    ],
    "hr": [
        "Hola {first},\n¡te damos la bienvenida! Antes de tu primer día necesitamos unos datos "
        "para nóminas.",
        "Ficha de alta - rellenar y devolver a RR. HH.",
    ],
    "clinic": [
        "Estimado/a {tperson}:\nle recordamos su cita en {company}.",
        "Hola, quería cambiar mi cita de fisio a la semana que viene.",
    ],
    "rental": [
        "Hola,\nhe visto el anuncio del piso de dos habitaciones y me gustaría visitarlo.",
        "Estimado/a {tperson}:\nel piso sigue disponible.",
    ],
    "invoice": [
        "Estimados señores:\nadjuntamos la factura de los servicios de marzo.",
        "Hola,\nno hemos recibido aún su pago, revisen los datos bancarios de abajo.",
    ],
    "helpdesk": [
        "Incidencia abierta desde el portal\nCategoría: VPN / acceso remoto\nDescripción:",
        "Hola soporte,\ndesde la actualización de esta mañana la sincronización falla, config "
        "abajo.",
    ],
}
HEADER["es"] = [
    "-----Mensaje original-----\nDe: {person} <{email}>\nEnviado el: {day} 09:41\n"
    "Para: Soporte {company}\nAsunto: RE: {subject}",
    "---------- Mensaje reenviado ---------\nDe: {person} <{email}>\nFecha: {day}\n"
    "Asunto: RV: {subject}",
]
CLOSE["es"] = [
    "Gracias,\n{first}",
    "Un saludo,\n{person}",
    "Saludos",
    "Gracias de antemano",
    "Atentamente,\nEl equipo de {company}",
    "Un cordial saludo,\n{sig}\n{job} | {company}\nTel.: {phone}\nCorreo: {email}",
    "--\n{sig}\n{company}\n{addressml}\nTel. {phone}",
    "Enviado desde mi iPhone",
    "Saludos,\n{sig}\n{job}\nMóvil: {phone}",
]
UNITS["es"] = {
    "address": [
        "Envíen el repuesto a {address1}, por favor.",
        "Dirección de entrega:\n{addressml}",
        "Desde el mes que viene mi dirección es {address1}.",
        "El piso está en {address1}; visitas martes y jueves por la tarde.",
        "Dirección de facturación: {address1}",
        "Destinatario:\n{person}\n{addressml}",
        "¿Pueden mandar los documentos a {address1} en vez de a la oficina?",
        "Domicilio social:\n{addressml}",
    ],
    "person": [
        "Titular de la cuenta: {person}",
        "El paquete lo firmó {person}, a quien no conozco.",
        "Añadan a {tperson} como autorizado.",
        "Nombre en la reserva: {person}",
        "Su gestor es {person}.",
        "Paciente: {person}",
        "Contacto de emergencia: {person}, {phone}",
    ],
    "phone": [
        "Me pueden llamar al {phone} a partir de las 18h.",
        "Teléfono de contacto: {phone}",
        "Mi {mob} es el {phone}, el fijo suele comunicar.",
        "Llame a recepción al {phone}.",
        "Tlf: {phone}",
        "Mándame un SMS al {phone} cuando llegue el repartidor.",
    ],
    "email": [
        "Respondan a {email}, la dirección antigua ya no existe.",
        "Correo de acceso: {email}",
        "Manden la copia de la factura a {email}.",
    ],
    "card": [
        "La tarjeta cargada es la {card}, cad. 08/27.",
        "Nº de tarjeta: {card}",
        "Reembolsen en la tarjeta original {card}, por favor.",
    ],
    "iban": [
        "Hagan la transferencia al IBAN {iban}.",
        "IBAN: {iban}\nBIC: CAIXESBBXXX",
        "Cuenta para la nómina: {iban}",
    ],
    "dob": [
        "Fecha de nacimiento: {dob}",
        "Nací el {dob}, por si lo necesitan para verificar.",
        "F. nac.: {dob}",
    ],
    "ip": [
        "El acceso vino de {ip} y no fui yo.",
        "Nuestra IP pública es {ip}, por favor añadidla.",
    ],
    "secret": ["La clave de la API es {secret}", "Contraseña temporal: {password}"],
    "url_credentials": ["Intenta conectar a {urlcred} y da timeout."],
}
NEG["es"] = {
    "order": ["El pedido {n:order} figura como entregado pero no llegó."],
    "booking": ["Localizador: {n:booking}"],
    "claim": ["Nº de siniestro {n:claim}"],
    "policy": ["Póliza nº {n:policy}"],
    "ticket": ["Ref.: {n:ticket}"],
    "invoice": ["La factura {n:invoice} está vencida."],
    "version": ["Tengo la versión {n:version} de la app."],
    "date": ["Se entregó el {n:date}."],
    "time": ["La cita es a las {n:time}."],
    "price": ["Me cobraron {n:price} dos veces."],
    "room": ["Estuvimos en la habitación {n:room}."],
    "seat": ["¿Me pueden dar el asiento {n:seat}?"],
    "gate": ["El embarque es por la puerta {n:gate}."],
    "flight": ["El vuelo {n:flight} salió con retraso."],
    "tracking": ["Seguimiento: {n:tracking}"],
    "postcode_like": ["La referencia de la pieza es {n:postcode_like}."],
    "bad_iban": ["El IBAN del formulario, {n:bad_iban}, lo rechaza nuestro banco."],
    "luhn_fail": ["Referencia del comercio {n:luhn_fail}"],
    "masked_card": ["Pagado con la tarjeta {n:masked_card}."],
    "url": ["Consulte {n:url} para las condiciones."],
    "sha": ["Falla desde el commit {n:sha}."],
    "uuid": ["Id de petición {n:uuid}"],
    "brand": ["Lo compré en {n:brand} el mes pasado."],
    "street_like": ["Lo leí en la web de {n:street_like}."],
    "street_alone": ["Hay obras en {n:street_alone} y la furgoneta no puede parar."],
    "city": ["El paquete está retenido en el almacén de {n:city}."],
}
OPEN["it"] = {
    "returns": [
        "Ciao {first},\ngrazie per averci scritto riguardo al reso.",
        "Buongiorno,\nil bollitore ordinato è arrivato con il coperchio rotto, vorrei restituirlo.",
        "Richiesta di reso\nMotivo: taglia sbagliata",
    ],
    "insurance": [
        "Gentile {tperson},\nabbiamo ricevuto la sua denuncia di sinistro.",
        "Buongiorno, vi scrivo per l'infiltrazione d'acqua in cucina.",
    ],
    "telecom": [
        "[chat avviata]\nOperatore: Benvenuto in {company}, come posso aiutarla?\n"
        "Cliente: la SIM non funziona più dopo la portabilità",
        "Salve, la fibra cade ogni sera da {day}.",
    ],
    "card": [
        "Buongiorno,\nnell'estratto conto c'è un addebito che non riconosco e vorrei contestarlo.",
        "Gentile {tperson},\nstiamo verificando l'operazione da lei contestata.",
    ],
    "travel": [
        "Salve,\nho prenotato una doppia per tre notti e devo cambiare le date.",
        "Gentile ospite,\ngrazie per aver scelto {company}. Ecco i dettagli della prenotazione.",
    ],
    "hr": [
        "Ciao {first},\nbenvenuto a bordo! Prima del primo giorno ci servono alcuni dati per le "
        "buste paga.",
        "Modulo di assunzione - compilare e restituire all'ufficio personale.",
    ],
    "clinic": [
        "Gentile {tperson},\nle ricordiamo l'appuntamento presso {company}.",
        "Buongiorno, vorrei spostare la seduta di fisioterapia alla prossima settimana.",
    ],
    "rental": [
        "Salve,\nho visto l'annuncio del bilocale e vorrei fissare una visita.",
        "Gentile {tperson},\nl'appartamento è ancora disponibile.",
    ],
    "invoice": [
        "Spett.le Amministrazione,\nin allegato la fattura per i servizi di marzo.",
        "Buongiorno,\nnon abbiamo ancora ricevuto il pagamento, verificate i dati qui sotto.",
    ],
    "helpdesk": [
        "Ticket aperto dal portale\nCategoria: VPN / accesso remoto\nDescrizione:",
        "Ciao IT,\ndall'aggiornamento di stamattina il job di sync va in timeout, config sotto.",
    ],
}
HEADER["it"] = [
    "-----Messaggio originale-----\nDa: {person} <{email}>\nInviato: {day} 09:41\n"
    "A: Assistenza {company}\nOggetto: R: {subject}",
    "---------- Messaggio inoltrato ---------\nDa: {person} <{email}>\nData: {day}\n"
    "Oggetto: I: {subject}",
]
CLOSE["it"] = [
    "Grazie,\n{first}",
    "Cordiali saluti,\n{person}",
    "Saluti",
    "Grazie in anticipo",
    "Cordiali saluti,\nIl team {company}",
    "Distinti saluti,\n{sig}\n{job} - {company}\nTel. {phone}\nEmail: {email}",
    "--\n{sig}\n{company}\n{addressml}\nTel. {phone}",
    "Inviato da iPhone",
    "Un saluto,\n{sig}\n{job}\nCell. {phone}",
]
UNITS["it"] = {
    "address": [
        "Spedite il ricambio a {address1}, grazie.",
        "Indirizzo di consegna:\n{addressml}",
        "Dal mese prossimo il mio indirizzo è {address1}.",
        "L'immobile si trova in {address1}, visite martedì e giovedì.",
        "Indirizzo di fatturazione: {address1}",
        "Destinatario:\n{person}\n{addressml}",
        "Potete mandare i documenti a {address1} invece che in ufficio?",
        "Sede legale:\n{addressml}",
    ],
    "person": [
        "Intestatario: {person}",
        "Il pacco è stato firmato da {person}, che non conosco.",
        "Aggiungete {tperson} come delegato.",
        "Nome sulla prenotazione: {person}",
        "La sua pratica è seguita da {person}.",
        "Paziente: {person}",
        "Contatto di emergenza: {person}, {phone}",
    ],
    "phone": [
        "Potete chiamarmi al {phone} dopo le 18.",
        "Numero per essere richiamato: {phone}",
        "Il mio {mob} è {phone}, il fisso è spesso occupato.",
        "Chiamate la reception al {phone}.",
        "Tel: {phone}",
        "Mandatemi un SMS al {phone} quando arriva il corriere.",
    ],
    "email": [
        "Rispondete a {email}, il vecchio indirizzo è chiuso.",
        "Email di accesso: {email}",
        "Inoltrate la copia della fattura a {email}.",
    ],
    "card": [
        "La carta addebitata è {card}, scad. 08/27.",
        "Numero carta: {card}",
        "Rimborsate sulla carta originale {card}.",
    ],
    "iban": [
        "Effettuate il bonifico sull'IBAN {iban}.",
        "IBAN: {iban}\nBIC: BCITITMM",
        "Conto per lo stipendio: {iban}",
    ],
    "dob": [
        "Data di nascita: {dob}",
        "Sono nato il {dob}, se serve per la verifica.",
        "nata il {dob}",
    ],
    "ip": [
        "L'accesso è arrivato da {ip}, non ero io.",
        "Il nostro IP pubblico è {ip}, abilitatelo.",
    ],
    "secret": ["La chiave API è {secret}", "Password temporanea: {password}"],
    "url_credentials": ["Prova a connettersi a {urlcred} e va in timeout."],
}
NEG["it"] = {
    "order": ["L'ordine {n:order} risulta consegnato ma non è mai arrivato."],
    "booking": ["Codice prenotazione: {n:booking}"],
    "claim": ["Numero sinistro {n:claim}"],
    "policy": ["Polizza n. {n:policy}"],
    "ticket": ["Rif.: {n:ticket}"],
    "invoice": ["La fattura {n:invoice} è scaduta."],
    "version": ["Ho la versione {n:version} dell'app."],
    "date": ["Consegnato il {n:date}."],
    "time": ["L'appuntamento è alle {n:time}."],
    "price": ["Mi avete addebitato {n:price} due volte."],
    "room": ["Eravamo nella camera {n:room}."],
    "seat": ["Posso avere il posto {n:seat}?"],
    "gate": ["L'imbarco è al gate {n:gate}."],
    "flight": ["Il volo {n:flight} è partito in ritardo."],
    "tracking": ["Tracking: {n:tracking}"],
    "postcode_like": ["Il codice del ricambio è {n:postcode_like}."],
    "bad_iban": ["L'IBAN del modulo, {n:bad_iban}, viene rifiutato dalla nostra banca."],
    "luhn_fail": ["Riferimento esercente {n:luhn_fail}"],
    "masked_card": ["Pagato con la carta {n:masked_card}."],
    "url": ["Vedi {n:url} per le condizioni."],
    "sha": ["Rotto dal commit {n:sha}."],
    "uuid": ["Id richiesta {n:uuid}"],
    "brand": ["L'ho comprato da {n:brand} il mese scorso."],
    "street_like": ["L'ho letto su {n:street_like}."],
    "street_alone": ["In {n:street_alone} ci sono lavori e il furgone non può fermarsi."],
    "city": ["Il pacco è fermo nel deposito di {n:city}."],
}
OPEN["nl"] = {
    "returns": [
        "Hoi {first},\nbedankt voor je bericht over de retour.",
        "Goedemiddag,\nde bestelde waterkoker kwam gebarsten aan, ik wil hem terugsturen.",
        "Retouraanvraag\nReden: verkeerde maat",
    ],
    "insurance": [
        "Geachte {tperson},\nwij hebben uw schademelding ontvangen.",
        "Hallo, ik schrijf over de waterschade in onze keuken van afgelopen weekend.",
    ],
    "telecom": [
        "[chat gestart]\nMedewerker: Welkom bij {company}, waarmee kan ik helpen?\n"
        "Klant: mijn simkaart werkt niet meer na het overzetten van mijn nummer",
        "Hoi, mijn internet valt sinds {day} elke avond weg.",
    ],
    "card": [
        "Goedendag,\ner staat een betaling op mijn afschrift die ik niet herken, die wil ik "
        "betwisten.",
        "Geachte {tperson},\nwij onderzoeken de transactie die u heeft betwist.",
    ],
    "travel": [
        "Hallo,\nik heb een tweepersoonskamer voor drie nachten geboekt en moet de data wijzigen.",
        "Beste gast,\nbedankt voor uw keuze voor {company}. Hieronder uw boekingsgegevens.",
    ],
    "hr": [
        "Hoi {first},\nwelkom! Voor je eerste werkdag hebben we nog wat gegevens nodig voor de "
        "salarisadministratie.",
        "Formulier nieuwe medewerker - invullen en terugsturen naar HR.",
    ],
    "clinic": [
        "Geachte {tperson},\nhierbij herinneren wij u aan uw afspraak bij {company}.",
        "Hallo, ik wil mijn fysio-afspraak graag naar volgende week verzetten.",
    ],
    "rental": [
        "Hallo,\nik zag uw advertentie voor het appartement en wil graag een bezichtiging plannen.",
        "Geachte {tperson},\nde woning is nog beschikbaar.",
    ],
    "invoice": [
        "Geachte heer/mevrouw,\nin de bijlage onze factuur voor de werkzaamheden in maart.",
        "Goedendag,\nuw betaling is nog niet ontvangen, controleer de gegevens hieronder.",
    ],
    "helpdesk": [
        "Ticket aangemaakt via portaal\nCategorie: VPN / thuiswerken\nOmschrijving:",
        "Hoi IT,\nsinds de update van vanochtend faalt de sync-job met een timeout, config "
        "hieronder.",
    ],
}
HEADER["nl"] = [
    "-----Oorspronkelijk bericht-----\nVan: {person} <{email}>\nVerzonden: {day} 09:41\n"
    "Aan: {company} Klantenservice\nOnderwerp: RE: {subject}",
    "---------- Doorgestuurd bericht ---------\nVan: {person} <{email}>\nDatum: {day}\n"
    "Onderwerp: FW: {subject}",
]
CLOSE["nl"] = [
    "Bedankt,\n{first}",
    "Met vriendelijke groet,\n{person}",
    "Groetjes",
    "Alvast bedankt",
    "Met vriendelijke groet,\nTeam {company}",
    "Met vriendelijke groet,\n{sig}\n{job} | {company}\nT: {phone}\nE: {email}",
    "--\n{sig}\n{company}\n{addressml}\nTel. {phone}",
    "Verzonden vanaf mijn iPhone",
    "Groet,\n{sig}\n{job}\nMob: {phone}",
]
UNITS["nl"] = {
    "address": [
        "Stuur het vervangende exemplaar naar {address}.",
        "Afleveradres:\n{addressml}",
        "Vanaf volgende maand is mijn adres {address1}, wilt u dat aanpassen?",
        "De woning is op {address1}, bezichtigen kan dinsdag en donderdag.",
        "Factuuradres: {address1}",
        "Verzenden naar:\n{person}\n{addressml}",
        "Kunt u de papieren naar {address1} sturen in plaats van naar kantoor?",
        "Vestigingsadres:\n{addressml}",
    ],
    "person": [
        "Rekeninghouder: {person}",
        "Het pakket is getekend door {person}, die ik niet ken.",
        "Voeg {tperson} toe als gemachtigde.",
        "Naam op de boeking: {person}",
        "Uw dossier wordt behandeld door {person}.",
        "Patiënt: {person}",
        "Contactpersoon bij nood: {person}, {phone}",
    ],
    "phone": [
        "U kunt mij na 17.00 uur bereiken op {phone}.",
        "Terugbelnummer: {phone}",
        "Mijn {mob} is {phone}, de vaste lijn is vaak bezet.",
        "Bel de receptie op {phone}.",
        "Tel: {phone}",
        "App me op {phone} als de bezorger in de buurt is.",
    ],
    "email": [
        "Antwoord graag naar {email}, het oude adres is opgeheven.",
        "Inlog-e-mail: {email}",
        "Stuur de factuurkopie naar {email}.",
    ],
    "card": [
        "De belaste kaart is {card}, geldig t/m 08/27.",
        "Kaartnummer: {card}",
        "Graag terugstorten op de oorspronkelijke kaart {card}.",
    ],
    "iban": [
        "Graag overmaken naar IBAN {iban}.",
        "IBAN: {iban}\nBIC: RABONL2U",
        "Rekening voor de salarisbetaling: {iban}",
    ],
    "dob": [
        "Geboortedatum: {dob}",
        "Ik ben geboren op {dob}, als u dat nodig heeft voor de controle.",
        "geb. {dob}",
    ],
    "ip": [
        "De login kwam van {ip}, dat was ik niet.",
        "Ons publieke IP is {ip}, graag whitelisten.",
    ],
    "secret": ["De API-sleutel is {secret}", "Tijdelijk wachtwoord: {password}"],
    "url_credentials": ["Hij probeert te verbinden met {urlcred} en krijgt een timeout."],
}
NEG["nl"] = {
    "order": ["Bestelling {n:order} staat als bezorgd, maar is nooit aangekomen."],
    "booking": ["Boekingsnummer: {n:booking}"],
    "claim": ["Schadenummer {n:claim}"],
    "policy": ["Polisnummer {n:policy}"],
    "ticket": ["Kenmerk: {n:ticket}"],
    "invoice": ["Factuur {n:invoice} is vervallen."],
    "version": ["Ik heb versie {n:version} van de app."],
    "date": ["Bezorgd op {n:date}."],
    "time": ["De afspraak is om {n:time} uur."],
    "price": ["Er is twee keer {n:price} afgeschreven."],
    "room": ["We zaten in kamer {n:room}."],
    "seat": ["Mag ik stoel {n:seat}?"],
    "gate": ["Boarden bij gate {n:gate}."],
    "flight": ["Vlucht {n:flight} had vertraging."],
    "tracking": ["Track & trace: {n:tracking}"],
    "postcode_like": ["Het onderdeelnummer is {n:postcode_like}."],
    "bad_iban": ["Het IBAN op uw formulier, {n:bad_iban}, wordt door onze bank geweigerd."],
    "luhn_fail": ["Referentie winkelier {n:luhn_fail}"],
    "masked_card": ["Betaald met kaart {n:masked_card}."],
    "url": ["Zie {n:url} voor de voorwaarden."],
    "sha": ["Kapot sinds commit {n:sha}."],
    "uuid": ["Request-id {n:uuid}"],
    "brand": ["Ik heb het vorige maand bij {n:brand} gekocht."],
    "street_like": ["Ik las het in {n:street_like}."],
    "street_alone": ["Er wordt gewerkt aan de {n:street_alone}, dus de bus kan niet stoppen."],
    "city": ["Het pakket ligt in het sorteercentrum in {n:city}."],
}

# ---------------------------------------------------------------------------------------------
# doc assembly
# ---------------------------------------------------------------------------------------------
SIT_NEG = {
    "returns": [
        "order",
        "tracking",
        "price",
        "date",
        "brand",
        "postcode_like",
        "masked_card",
        "url",
    ],
    "insurance": ["claim", "policy", "date", "price", "bad_iban", "street_alone", "city"],
    "telecom": ["ticket", "version", "time", "price", "city", "url", "street_like"],
    "card": ["masked_card", "luhn_fail", "price", "date", "brand", "ticket"],
    "travel": ["booking", "room", "seat", "gate", "flight", "date", "time", "city", "price"],
    "hr": ["date", "ticket", "version", "url", "street_like", "time"],
    "clinic": ["time", "date", "room", "street_alone", "city", "brand"],
    "rental": ["price", "street_alone", "city", "date", "time", "street_like"],
    "invoice": ["invoice", "order", "price", "bad_iban", "date", "postcode_like", "luhn_fail"],
    "helpdesk": ["ticket", "version", "sha", "uuid", "url", "time"],
}
# body-unit weights; openers and closers already bring many names, so person weighs less here
TYPE_WEIGHT = {
    "address": 5.0,
    "person": 1.2,
    "phone": 3.2,
    "email": 0.8,
    "card": 0.6,
    "iban": 0.6,
    "dob": 0.6,
    "ssn": 2.5,
    "ip": 0.4,
    "secret": 0.4,
    "url_credentials": 0.35,
}
SIT_BOOST = {
    "card": {"card": 3.0},
    "returns": {"card": 1.0},
    "travel": {"card": 1.5, "dob": 1.0},
    "invoice": {"iban": 3.0},
    "hr": {"iban": 2.0, "dob": 2.0, "ssn": 2.0},
    "rental": {"iban": 1.5},
    "insurance": {"dob": 2.0, "iban": 1.0, "ssn": 1.0},
    "clinic": {"dob": 3.0, "ssn": 1.0},
    "helpdesk": {"ip": 3.0, "secret": 3.0, "url_credentials": 2.5, "address": 0.5, "phone": 1.5},
}


def _count(template: str) -> int:
    return sum(1 for m in _SLOT.finditer(template) if m.group(1) in SLOT_TYPE)


def _slot(name: str, loc: str, r: random.Random, fk, ctx: dict) -> list:
    """The pieces one slot renders to: plain strings and (value, label) pairs."""
    lang = LANG[loc]
    if name.startswith("n:"):
        return [(_neg_value(name[2:], loc, r, fk), name)]
    if name not in SLOT_TYPE:
        return [r.choice(FILL[lang][name])]
    typ = SLOT_TYPE[name]
    if name == "tperson":
        return _titled_person(lang, r, fk)
    if name == "phone":
        out: list = [(_phone_value(loc, r), typ)]
        if r.random() < 0.12:
            out.append(f" {r.choice(EXTENSION[lang])}{r.randint(2, 499)}")
        return out
    value = {
        "person": lambda: _person_value(lang, r, fk, ctx=ctx),
        "first": lambda: _name(lang, r, fk)[0],
        "sig": lambda: _person_value(
            lang, r, fk, r.choice(["full", "full", "caps", "initial"]), ctx
        ),
        "address": lambda: _address_value(loc, r, fk, r.random() < 0.4),
        "address1": lambda: _address_value(loc, r, fk, False),
        "addressml": lambda: _address_value(loc, r, fk, True),
        "email": lambda: _email_value(loc, r, fk, ctx),
        "card": lambda: _card_value(r),
        "iban": lambda: _iban_value(loc, r),
        "ssn": lambda: _ssn_value(r),
        "ip": lambda: _ip_value(r),
        "urlcred": lambda: _urlcred_value(r, fk),
        "secret": lambda: _secret_value(r),
        "password": lambda: _password_value(r),
        "dob": lambda: _date_value(loc, r, r.randint(1940, 2006)),
    }[name]()
    return [(value, typ)]


def _render(template: str, loc: str, r: random.Random, fk, ctx: dict) -> list:
    pieces: list = []
    pos = 0
    for m in _SLOT.finditer(template):
        pieces.append(template[pos : m.start()])
        pieces.extend(_slot(m.group(1), loc, r, fk, ctx))
        pos = m.end()
    pieces.append(template[pos:])
    return pieces


def _pick_type(loc: str, sit: str, r: random.Random) -> str:
    types = [t for t in TYPE_WEIGHT if t != "ssn" or loc == "en_US"]
    boost = SIT_BOOST.get(sit, {})
    weights = [TYPE_WEIGHT[t] * boost.get(t, 1.0) for t in types]
    return r.choices(types, weights=weights)[0]


def _frame(templates: list[str], budget: int, r: random.Random) -> str:
    """An opener or closer with at most `budget` PII slots; half the time one without any."""
    fits = [t for t in templates if _count(t) <= budget]
    plain = [t for t in fits if not _count(t)]
    return r.choice(plain if plain and r.random() < 0.45 else fits)


def _templates(loc: str, sit: str, k: int, has_neg: bool, r: random.Random) -> list[str]:
    """Opener, shuffled body units and negative units, closer: `k` PII slots in all."""
    lang = LANG[loc]
    if k >= 2 and r.random() < 0.15:
        opener = r.choice(HEADER[lang])
    else:
        opener = _frame(OPEN[lang][sit], k, r)
    budget = k - _count(opener)
    closer = _frame(CLOSE[lang], budget, r)
    budget -= _count(closer)
    body = []
    while budget > 0:
        typ = _pick_type(loc, sit, r)
        pool = UNITS[lang].get(typ, []) + (CODE_UNITS.get(typ, []) if sit == "helpdesk" else [])
        pool = [u for u in pool or CODE_UNITS[typ] if _count(u) <= budget]
        unit = r.choice(pool)
        body.append(unit)
        budget -= _count(unit)
    if has_neg:
        for _ in range(r.choices([1, 2, 3], weights=(55, 30, 15))[0]):
            favoured = r.random() < 0.7
            kind = r.choice(SIT_NEG[sit] if favoured else list(FINAL_NEGATIVE_KINDS))
            body.append(r.choice(NEG[lang][kind]))
    r.shuffle(body)
    return [opener, *body, closer]


def build_final_doc(loc: str, r: random.Random, fakers: dict) -> dict:
    """One labelled doc of locale `loc` (see the module docstring)."""
    sit = r.choice(SITUATIONS)
    k = 0 if r.random() < 0.15 else r.choices([1, 2, 3, 4, 5], weights=(24, 30, 22, 14, 10))[0]
    has_neg = r.random() < 0.6
    pieces: list = []
    ctx: dict = {}
    for i, template in enumerate(_templates(loc, sit, k, has_neg, r)):
        if i:
            pieces.append(r.choice(["\n\n", "\n\n", "\n"]))
        pieces.extend(_render(template, loc, r, fakers[loc], ctx))
    text, spans, negatives, values = "", [], [], []
    for p in pieces:
        if isinstance(p, str):
            text += p
            continue
        value, label = p
        start, text = len(text), text + value
        if label.startswith("n:"):
            negatives.append({"start": start, "end": len(text), "kind": label[2:]})
        else:
            spans.append({"start": start, "end": len(text), "type": label})
            values.append(value)
    doc = {"text": text, "locale": loc, "spans": spans, "negatives": negatives}
    check_doc(doc, values)
    return doc


def build_final_corpus(n_docs: int, seed: int = 0) -> list[dict]:
    """`n_docs` labelled docs, the nine locales taking turns; deterministic in (n_docs, seed).

    NEVER tune a detector on these docs: this is the final test set (module docstring).
    """
    from faker import Faker

    r = random.Random(f"pii-final-{seed}")
    fakers: dict[str, object] = {}
    for k, loc in enumerate(FINAL_LOCALES):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed * 7919 + 101 * k + 17)
    return [
        build_final_doc(FINAL_LOCALES[i % len(FINAL_LOCALES)], r, fakers) for i in range(n_docs)
    ]


def main(argv: list[str] | None = None) -> int:
    return corpus_main(build_final_corpus, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
