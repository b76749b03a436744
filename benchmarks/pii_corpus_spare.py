"""A spare, labelled PII test corpus: nine locales, twelve support situations, ten document shapes.

    python benchmarks/pii_corpus_spare.py --n 20                      # JSONL on stdout
    python benchmarks/pii_corpus_spare.py --n 2000 --seed 0 --out spare.jsonl

    from benchmarks.pii_corpus_spare import build_spare_corpus
    docs = build_spare_corpus(2000, seed=0)   # same (n, seed) -> same docs

THIS CORPUS MUST NEVER BE USED FOR TUNING: do not look at what a detector misses on it and then
change the detector. It exists only to measure PII detectors on text nobody has tuned on. It was
written without reading any detector, and once it has been used to tune anything it is spent: a
new spare has to be written by someone who has not seen the detectors.

Locales take turns: en_US, en_GB, de_DE, fr_FR, es_ES (the five big ones) and pt_BR, it_IT,
nl_NL, da_DK, for a company with customers in Europe and the Americas; each doc is written in its
locale's language. Situations: e-commerce deliveries, refunds, SaaS accounts, hosting/devops,
banking, insurance claims, travel bookings, utilities, school administration, recruiting,
telecom contracts and rentals. Shapes: prose e-mails, short notes, HTML remnants (prose, about
60%), quoted replies ("> "), forwarded mails, chat transcripts, web-form dumps, CSV/TSV exports,
log lines and JSON snippets. About 15% of docs hold no PII; about 60% hold planted hard
negatives (kinds in SPARE_NEGATIVE_KINDS), which never overlap a span.

Conventions. Each doc is {"text", "locale", "spans": [{start, end, type}], "negatives":
[{start, end, kind}]}, built piece by piece with assemble_doc. text[start:end] is exactly the
value: titles (Mr, Frau, Mme), field labels (Phone:), extensions (ext. 214) and quotes stay
outside. Every occurrence of an entity is labelled, also in greetings, sign-offs, signatures,
"From:" headers, quoted lines and chat speaker labels. A person is a name, full or partial. An
address is a street address with a house number, or a PO box, of a person or a delivery; one
span runs from the street (or unit) through postcode and city, and a country line when present,
also across lines. A street, a city or a postcode alone is not an address (those are negatives).
Phones are valid for the doc's country; cards pass Luhn; IBANs pass mod 97; IPs are public; a
dob is only labelled where the text makes clear it is a birth date; ssn occurs in en_US only.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
import sys
import unicodedata
import uuid
from pathlib import Path

import phonenumbers
from faker import Faker

if __package__ in (None, ""):  # `python benchmarks/pii_corpus_spare.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.pii_corpus import (  # noqa: E402
    TYPES,
    assemble_doc,
    corpus_main,
    every_occurrence_labelled,
    luhn_valid,
)

SPARE_LOCALES = (
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "pt_BR",
    "it_IT",
    "nl_NL",
    "da_DK",
)
LANG = {
    "en_US": "en",
    "en_GB": "en",
    "de_DE": "de",
    "fr_FR": "fr",
    "es_ES": "es",
    "pt_BR": "pt",
    "it_IT": "it",
    "nl_NL": "nl",
    "da_DK": "da",
}
REGION = {loc: loc[-2:] for loc in SPARE_LOCALES}
SPARE_TYPES = tuple(t for t in TYPES if t not in ("cpf", "cnpj"))
SPARE_NEGATIVE_KINDS = (
    "order_ref",
    "ticket_ref",
    "invoice_ref",
    "booking_ref",
    "flight_no",
    "tracking_no",
    "date_other",
    "clock_time",
    "amount",
    "version",
    "digits16_bad",
    "iban_bad",
    "serial_phone_like",
    "policy_no",
    "street_only",
    "city_only",
    "postcode_only",
    "brand_name",
    "hash",
    "uuid",
    "url_plain",
    "masked_card",
)
SITUATIONS = (
    "delivery",
    "refund",
    "account",
    "devops",
    "bank",
    "insurance",
    "travel",
    "utility",
    "school",
    "recruiting",
    "telecom",
    "rental",
)
# shape -> weight; prose shapes (email, note, html) make up about 60%
SHAPES = {
    "email": 37,
    "note": 15,
    "html": 7,
    "quoted": 9,
    "forward": 7,
    "chat": 8,
    "form": 7,
    "csv": 5,
    "log": 3,
    "json": 3,
}
PROSE_SHAPES = ("email", "note", "html")
NO_PII_SHAPES = ("email", "note", "chat", "quoted", "log", "json")
SHAPE_SITUATIONS = {
    "csv": ("delivery", "refund", "bank", "insurance", "utility", "school", "recruiting", "rental"),
    "log": ("account", "devops", "refund", "telecom", "bank", "travel"),
    "json": ("account", "devops", "delivery", "refund", "bank", "travel", "telecom", "insurance"),
}
SHAPE_TYPES = {
    "csv": ("person", "email", "phone", "address", "dob", "iban", "ip", "card", "ssn"),
    "log": ("ip", "email", "secret", "url_credentials", "person"),
}
BASE_WEIGHT = {
    "person": 5.0,
    "email": 3.5,
    "phone": 3.5,
    "address": 3.0,
    "card": 1.0,
    "iban": 1.1,
    "ip": 0.6,
    "url_credentials": 0.25,
    "secret": 0.6,
    "dob": 1.1,
    "ssn": 1.6,
}
SITUATION_BOOST = {
    "delivery": ("address", "phone"),
    "refund": ("card", "iban"),
    "account": ("ip", "secret", "email", "url_credentials"),
    "devops": ("ip", "url_credentials", "secret"),
    "bank": ("iban", "card", "dob", "ssn"),
    "insurance": ("dob", "address", "iban"),
    "travel": ("dob", "card", "phone"),
    "utility": ("address", "iban"),
    "school": ("dob", "address", "phone"),
    "recruiting": ("phone", "email", "dob", "ssn"),
    "telecom": ("phone", "address", "iban"),
    "rental": ("address", "iban", "phone"),
}
SITUATION_NEGATIVES = {
    "delivery": ("order_ref", "tracking_no", "date_other", "postcode_only", "street_only"),
    "refund": ("order_ref", "invoice_ref", "amount", "masked_card", "digits16_bad"),
    "account": ("ticket_ref", "version", "uuid", "url_plain", "clock_time"),
    "devops": ("version", "hash", "uuid", "url_plain", "clock_time"),
    "bank": ("iban_bad", "digits16_bad", "amount", "date_other", "masked_card"),
    "insurance": ("policy_no", "date_other", "amount", "serial_phone_like", "brand_name"),
    "travel": ("booking_ref", "flight_no", "date_other", "clock_time", "city_only"),
    "utility": ("serial_phone_like", "date_other", "amount", "postcode_only", "invoice_ref"),
    "school": ("date_other", "clock_time", "city_only", "brand_name"),
    "recruiting": ("ticket_ref", "date_other", "clock_time", "url_plain", "brand_name"),
    "telecom": ("serial_phone_like", "invoice_ref", "amount", "version", "iban_bad"),
    "rental": ("street_only", "city_only", "amount", "date_other", "postcode_only"),
}

# ---------------------------------------------------------------------------------------------
# Locale data: cities with postcodes, streets, mail domains, titles, months, airlines, brands
# ---------------------------------------------------------------------------------------------

US_CITIES = [
    ("Portland", "OR", "972"),
    ("Austin", "TX", "787"),
    ("Columbus", "OH", "432"),
    ("Raleigh", "NC", "276"),
    ("Denver", "CO", "802"),
    ("Tucson", "AZ", "857"),
    ("Madison", "WI", "537"),
    ("Albany", "NY", "122"),
    ("Sacramento", "CA", "958"),
    ("Boise", "ID", "837"),
    ("Savannah", "GA", "314"),
    ("Omaha", "NE", "681"),
    ("Spokane", "WA", "992"),
    ("Burlington", "VT", "054"),
    ("Richmond", "VA", "232"),
    ("Lexington", "KY", "405"),
]
GB_CITIES = [
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Norwich", "NR"),
    ("Cardiff", "CF"),
    ("Glasgow", "G"),
    ("Sheffield", "S"),
    ("Brighton", "BN"),
    ("York", "YO"),
    ("Exeter", "EX"),
    ("Nottingham", "NG"),
    ("Reading", "RG"),
    ("Belfast", "BT"),
    ("Leicester", "LE"),
    ("Bath", "BA"),
    ("Oxford", "OX"),
    ("Aberdeen", "AB"),
]
DE_CITIES = [
    ("Berlin", "10"),
    ("Hamburg", "22"),
    ("München", "80"),
    ("Köln", "50"),
    ("Frankfurt am Main", "60"),
    ("Stuttgart", "70"),
    ("Leipzig", "04"),
    ("Dresden", "01"),
    ("Nürnberg", "90"),
    ("Hannover", "30"),
    ("Bremen", "28"),
    ("Freiburg im Breisgau", "79"),
    ("Münster", "48"),
    ("Kiel", "24"),
    ("Mainz", "55"),
    ("Regensburg", "93"),
]
FR_CITIES = [
    ("Paris", "75"),
    ("Lyon", "69"),
    ("Marseille", "13"),
    ("Toulouse", "31"),
    ("Nantes", "44"),
    ("Bordeaux", "33"),
    ("Lille", "59"),
    ("Rennes", "35"),
    ("Strasbourg", "67"),
    ("Montpellier", "34"),
    ("Grenoble", "38"),
    ("Nice", "06"),
    ("Dijon", "21"),
    ("Angers", "49"),
    ("Saint-Étienne", "42"),
    ("Aix-en-Provence", "13"),
]
ES_CITIES = [
    ("Madrid", "28", "Madrid"),
    ("Barcelona", "08", "Barcelona"),
    ("Valencia", "46", "Valencia"),
    ("Sevilla", "41", "Sevilla"),
    ("Zaragoza", "50", "Zaragoza"),
    ("Málaga", "29", "Málaga"),
    ("Bilbao", "48", "Bizkaia"),
    ("Alicante", "03", "Alicante"),
    ("Córdoba", "14", "Córdoba"),
    ("Valladolid", "47", "Valladolid"),
    ("Vigo", "36", "Pontevedra"),
    ("Gijón", "33", "Asturias"),
    ("Granada", "18", "Granada"),
    ("A Coruña", "15", "A Coruña"),
    ("Palma", "07", "Illes Balears"),
    ("Murcia", "30", "Murcia"),
]
BR_CITIES = [
    ("São Paulo", "SP", "04"),
    ("Rio de Janeiro", "RJ", "22"),
    ("Belo Horizonte", "MG", "30"),
    ("Curitiba", "PR", "80"),
    ("Porto Alegre", "RS", "90"),
    ("Salvador", "BA", "40"),
    ("Recife", "PE", "50"),
    ("Fortaleza", "CE", "60"),
    ("Campinas", "SP", "13"),
    ("Florianópolis", "SC", "88"),
    ("Goiânia", "GO", "74"),
    ("Manaus", "AM", "69"),
    ("Belém", "PA", "66"),
    ("Brasília", "DF", "70"),
    ("Natal", "RN", "59"),
    ("Vitória", "ES", "29"),
]
BR_BAIRROS = [
    "Pinheiros",
    "Copacabana",
    "Savassi",
    "Batel",
    "Moinhos de Vento",
    "Boa Viagem",
    "Centro",
    "Jardim Botânico",
    "Vila Madalena",
    "Tijuca",
    "Meireles",
    "Asa Sul",
]
IT_CITIES = [
    ("Milano", "MI", "201"),
    ("Roma", "RM", "001"),
    ("Torino", "TO", "101"),
    ("Napoli", "NA", "801"),
    ("Bologna", "BO", "401"),
    ("Firenze", "FI", "501"),
    ("Genova", "GE", "161"),
    ("Palermo", "PA", "901"),
    ("Bari", "BA", "701"),
    ("Verona", "VR", "371"),
    ("Padova", "PD", "351"),
    ("Trieste", "TS", "341"),
    ("Parma", "PR", "431"),
    ("Perugia", "PG", "061"),
    ("Cagliari", "CA", "091"),
    ("Brescia", "BS", "251"),
]
NL_CITIES = [
    ("Amsterdam", "10"),
    ("Rotterdam", "30"),
    ("Den Haag", "25"),
    ("Utrecht", "35"),
    ("Eindhoven", "56"),
    ("Groningen", "97"),
    ("Tilburg", "50"),
    ("Almere", "13"),
    ("Breda", "48"),
    ("Nijmegen", "65"),
    ("Haarlem", "20"),
    ("Arnhem", "68"),
    ("Zwolle", "80"),
    ("Leiden", "23"),
    ("Maastricht", "62"),
    ("Delft", "26"),
]
DK_CITIES = [
    ("København Ø", "2100"),
    ("København S", "2300"),
    ("Frederiksberg C", "1850"),
    ("Aarhus C", "8000"),
    ("Aarhus N", "8200"),
    ("Odense C", "5000"),
    ("Aalborg", "9000"),
    ("Esbjerg", "6700"),
    ("Randers", "8900"),
    ("Kolding", "6000"),
    ("Horsens", "8700"),
    ("Vejle", "7100"),
    ("Roskilde", "4000"),
    ("Herning", "7400"),
    ("Silkeborg", "8600"),
    ("Helsingør", "3000"),
]
STREETS = {
    "en_US": [
        "Maple Avenue",
        "Oak Street",
        "Cedar Lane",
        "Lincoln Boulevard",
        "Pine Ridge Road",
        "Elm Court",
        "Washington Street",
        "Lakeview Drive",
        "Hillcrest Avenue",
        "Sycamore Way",
        "Main Street",
        "Willow Creek Road",
        "Franklin Avenue",
        "Birch Hollow Lane",
    ],
    "en_GB": [
        "Kingsley Road",
        "Church Lane",
        "Victoria Street",
        "Mill Lane",
        "Station Road",
        "Highfield Avenue",
        "The Crescent",
        "Queen's Drive",
        "Park View",
        "Albert Terrace",
        "Harrow Close",
        "Beech Grove",
        "Manor Way",
        "St Mary's Walk",
    ],
    "de_DE": [
        "Lindenstraße",
        "Hauptstraße",
        "Am Mühlbach",
        "Goethestraße",
        "Bahnhofstraße",
        "Schillerplatz",
        "Rosenweg",
        "Kirchgasse",
        "Berliner Allee",
        "Eichendorffweg",
        "Gartenstraße",
        "Hinter der Burg",
        "Kastanienallee",
        "Talstraße",
    ],
    "fr_FR": [
        "rue des Lilas",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue de la République",
        "chemin des Vignes",
        "allée des Tilleuls",
        "place du Marché",
        "rue Victor Hugo",
        "impasse des Acacias",
        "quai de la Fosse",
        "rue Pasteur",
        "avenue de la Gare",
        "rue du Moulin",
        "cours Lafayette",
    ],
    "es_ES": [
        "Calle Mayor",
        "Avenida de la Constitución",
        "Calle de Alcalá",
        "Paseo de Gracia",
        "Calle del Olmo",
        "Plaza de España",
        "Calle San Vicente",
        "Ronda de Toledo",
        "Calle Real",
        "Avenida Diagonal",
        "Calle de la Paz",
        "Travesía del Carmen",
        "Camino de los Almendros",
        "Calle Larga",
    ],
    "pt_BR": [
        "Rua das Flores",
        "Avenida Paulista",
        "Rua XV de Novembro",
        "Rua Augusta",
        "Avenida Brasil",
        "Rua Sete de Setembro",
        "Travessa do Comércio",
        "Rua Barão de Itapetininga",
        "Alameda Santos",
        "Rua dos Andradas",
        "Avenida Getúlio Vargas",
        "Rua da Consolação",
        "Estrada do Coco",
        "Rua Marechal Deodoro",
    ],
    "it_IT": [
        "Via Garibaldi",
        "Corso Vittorio Emanuele II",
        "Via Roma",
        "Piazza della Repubblica",
        "Via dei Mille",
        "Viale Europa",
        "Via Mazzini",
        "Vicolo del Pozzo",
        "Via Cavour",
        "Largo Augusto",
        "Via della Spiga",
        "Via Nazionale",
        "Via San Francesco",
        "Viale dei Tigli",
    ],
    "nl_NL": [
        "Kerkstraat",
        "Dorpsstraat",
        "Keizersgracht",
        "Molenweg",
        "Lindelaan",
        "Julianastraat",
        "Beatrixlaan",
        "Oudegracht",
        "Prinsengracht",
        "Van Goghstraat",
        "Schoolstraat",
        "Zonnebloemstraat",
        "Burgemeester Visserstraat",
        "Nieuwe Binnenweg",
    ],
    "da_DK": [
        "Vesterbrogade",
        "Nørregade",
        "Østergade",
        "Jagtvej",
        "Strandvejen",
        "Søndergade",
        "Kongensgade",
        "Skovvej",
        "Bredgade",
        "Algade",
        "Frederiksberg Allé",
        "H.C. Andersens Boulevard",
        "Rosenvængets Allé",
        "Møllevej",
    ],
}
EMAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "en_GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "es_ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "pt_BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it", "hotmail.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "outlook.com"],
    "da_DK": ["gmail.com", "hotmail.dk", "mail.dk", "outlook.dk", "live.dk", "jubii.dk"],
}
WORK_TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "de_DE": "de",
    "fr_FR": "fr",
    "es_ES": "es",
    "pt_BR": "com.br",
    "it_IT": "it",
    "nl_NL": "nl",
    "da_DK": "dk",
}
WORK_SLUGS = [
    "brightwave",
    "kestrel-labs",
    "oakfield",
    "tidewater",
    "ferrovia",
    "lumina",
    "hollowbrook",
]
SAAS = ["shopwave", "parcelpoint", "brightdesk", "nordpay", "travelnest", "voltia", "klassbook"]
SAAS += ["hireloop", "telemix", "rentaroo", "fluxhost", "carecover"]
TITLES = {
    "en": {"f": ["Ms", "Mrs", "Ms.", "Dr"], "m": ["Mr", "Mr.", "Dr"]},
    "de": {"f": ["Frau", "Frau Dr."], "m": ["Herr", "Herr Dr."]},
    "fr": {"f": ["Mme", "Madame"], "m": ["M.", "Monsieur"]},
    "es": {"f": ["Sra.", "señora"], "m": ["Sr.", "señor"]},
    "pt": {"f": ["Sra.", "Dra."], "m": ["Sr.", "Dr."]},
    "it": {"f": ["Sig.ra", "Dott.ssa"], "m": ["Sig.", "Dott."]},
    "nl": {"f": ["mevrouw", "mevr."], "m": ["meneer", "dhr."]},
    "da": {"f": ["fru"], "m": ["hr."]},
}
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
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}
MONTHS = {lang: names.split() for lang, names in MONTHS.items()}
AIRLINES = {
    "en_US": ["UA", "AA", "DL", "B6", "AS"],
    "en_GB": ["BA", "U2", "VS", "LS"],
    "de_DE": ["LH", "EW", "DE"],
    "fr_FR": ["AF", "TO"],
    "es_ES": ["IB", "VY", "UX"],
    "pt_BR": ["LA", "G3", "AD"],
    "it_IT": ["AZ", "FR", "V7"],
    "nl_NL": ["KL", "HV"],
    "da_DK": ["SK", "DY"],
}
# invented shops, hotels and products whose names contain a person-like name (hard negatives)
BRANDS = {
    "en": [
        "Martha's Pantry",
        "Uncle Rory's Outdoor Store",
        "Bella Rosa Florists",
        "Harper & Finch Interiors",
        "Sir Humphrey Tea Co.",
        "the Oswin desk lamp",
        "Hotel Saint Aldric",
    ],
    "de": [
        "Tante Frieda Feinkost",
        "Hotel Zum Alten Korbinian",
        "Konradin Kaffeerösterei",
        "Bäckerei Sankt Wendelin",
        "das Modell Greta 3000",
    ],
    "fr": [
        "Chez Mathurine",
        "Boulangerie Saint-Léonce",
        "Hôtel Marguerite-Sophie",
        "Les Jardins de Clotaire",
        "l'aspirateur Gaspard X2",
    ],
    "es": [
        "Hostal Doña Remedios",
        "Panadería San Roque",
        "Bodegas Tío Anselmo",
        "Farmacia Santa Casilda",
        "el modelo Lolita Pro",
    ],
    "pt": [
        "Pousada Vovó Cidinha",
        "Empório Seu Custódio",
        "Mercadinho São Jorge",
        "Ótica Santa Luzia",
        "o modelo Jurema 2",
    ],
    "it": [
        "Trattoria da Ginetto",
        "Pasticceria Nonna Assunta",
        "Hotel Villa Ottavia",
        "Farmacia San Marco",
        "il modello Geppetto Smart",
    ],
    "nl": [
        "Bakkerij Tante Truus",
        "Hotel Sint Servaas",
        "Fietsenwinkel Oom Kees",
        "Café De Gouden Willem",
        "de Bram 2-stofzuiger",
    ],
    "da": [
        "Bager Bentes Brød",
        "Hotel Kong Valdemar",
        "Cykel-Svend",
        "Fru Ottesens Kaffebar",
        "modellen Viggo Mini",
    ],
}
LOC_IBAN = {
    "en_GB": "GB",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "pt_BR": "BR",
    "it_IT": "IT",
    "nl_NL": "NL",
    "da_DK": "DK",
}
# country -> BBAN layout: (count, class) with n = digit, a = upper letter, c = letter or digit
IBAN_LAYOUT = {
    "DE": ((8, "n"), (10, "n")),
    "GB": ((4, "a"), (6, "n"), (8, "n")),
    "FR": ((5, "n"), (5, "n"), (11, "n"), (2, "n")),
    "ES": ((4, "n"), (4, "n"), (2, "n"), (10, "n")),
    "BR": ((8, "n"), (5, "n"), (10, "n"), (1, "a"), (1, "c")),
    "IT": ((1, "a"), (5, "n"), (5, "n"), (12, "n")),
    "NL": ((4, "a"), (10, "n")),
    "DK": ((4, "n"), (9, "n"), (1, "n")),
}
IBAN_LENGTH = {cc: 4 + sum(n for n, _ in layout) for cc, layout in IBAN_LAYOUT.items()}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]}
IBAN_BANKS["NL"] = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "BUNQ", "KNAB"]

# ---------------------------------------------------------------------------------------------
# Text, per language. Slots: {first} {full} {name} {title_last} {other} {other_first} {agent}
# (person); {email} {phone} {address} {address_ml} {dob} {card} {iban} {ip} {urlc} {secret}
# {ssn}; a negative kind from SPARE_NEGATIVE_KINDS; {date} (a plain header date).
# ---------------------------------------------------------------------------------------------

EN = {
    "greet": [
        "Hi,",
        "Hello,",
        "Hi there,",
        "Good morning,",
        "Hello support,",
        "To whom it may concern,",
        "Hey team,",
        "Good afternoon,",
    ],
    "greet_name": ["Hi {agent},", "Hello {agent},", "Dear {agent},", "Morning {agent},"],
    "close": [
        "Thanks in advance.",
        "Any help would be appreciated.",
        "Please get back to me asap.",
        "Thank you for your help!",
        "Looking forward to hearing from you.",
        "Let me know if you need anything else from me.",
        "Hope you can sort this out quickly.",
    ],
    "signoff": [
        "Best,\n{first}",
        "Kind regards,\n{full}",
        "Thanks,\n{first}",
        "Regards\n{full}",
        "Many thanks, {first}",
        "Cheers\n{first}",
        "Best wishes,\n{full}",
        "Thank you,\n{full}\n\nSent from my iPhone",
    ],
    "signoff_anon": ["Thanks", "Regards", "Thank you!", "Best", "Sent from my iPhone"],
    "subject": {
        "delivery": "Parcel not delivered",
        "refund": "Refund still pending",
        "account": "Can't log in",
        "devops": "Deploy failing",
        "bank": "Disputed payment",
        "insurance": "New claim",
        "travel": "Change of booking",
        "utility": "Moving house",
        "school": "Absence / registration",
        "recruiting": "Application",
        "telecom": "Number transfer",
        "rental": "Flat enquiry",
    },
    "open": {
        "delivery": [
            "My order {order_ref} was marked as delivered on {date_other} but nothing ever "
            "arrived.",
            "The parcel still hasn't turned up and tracking number {tracking_no} hasn't updated "
            "in four days.",
            "I ordered a desk lamp two weeks ago and it still hasn't arrived. Could you check "
            "what's going on?",
            "The courier left a note saying they couldn't find the house, which is strange "
            "because nothing has changed.",
        ],
        "refund": [
            "I was charged twice for the same order ({order_ref}), {amount} each time.",
            "I sent the jacket back weeks ago and I'm still waiting for the refund.",
            "When will the credit for invoice {invoice_ref} be paid out? It's been over a month.",
        ],
        "account": [
            "I can't log in since this morning, the app (version {version}) just says 'session "
            "expired'.",
            "I think someone got into our workspace last night and I'd like to lock everything "
            "down.",
            "Our two-factor codes stopped arriving after your update, see ticket {ticket_ref}.",
        ],
        "devops": [
            "Our deploy failed last night at around {clock_time}, request id {uuid}.",
            "The worker keeps timing out when it connects to the managed database.",
            "Since upgrading to {version} the build breaks at commit {hash}.",
        ],
        "bank": [
            "I want to dispute a payment of {amount} from {date_other} that I don't recognise.",
            "My debit card got blocked while I was abroad and I need it working again.",
            "The transfer I made on {date_other} never reached the other account.",
        ],
        "insurance": [
            "I need to make a claim under policy {policy_no}: a pipe burst in the kitchen over "
            "the weekend.",
            "Someone reversed into my car in a car park yesterday and just drove off.",
            "Could you confirm whether my contents cover includes a dropped laptop?",
        ],
        "travel": [
            "I need to change booking {booking_ref} because flight {flight_no} no longer works "
            "for us.",
            "Our flight was cancelled and the replacement only lands at {clock_time}, which is "
            "far too late.",
            "I'd like to add one more passenger to our reservation for next month.",
        ],
        "utility": [
            "I'm moving out on {date_other} and need to close the account, meter number "
            "{serial_phone_like}.",
            "My last bill is almost double what I normally pay and I don't understand why.",
            "We've just moved in and need to set up electricity and gas.",
        ],
        "school": [
            "Our daughter will be off school on {date_other} for a hospital appointment.",
            "We'd like to register our son for the next school year.",
            "Could you send me the consent form for the museum trip? Parents' evening starts at "
            "{clock_time}.",
        ],
        "recruiting": [
            "I'd like to apply for the Data Analyst position (job ref {ticket_ref}) advertised "
            "on your careers page.",
            "Thank you for inviting me to interview, I'm happy to confirm the slot.",
            "Please find below my application for the warehouse supervisor role.",
        ],
        "telecom": [
            "I'd like to move my number to your network; the SIM serial is {serial_phone_like}.",
            "My contract ends next month and I want to cancel rather than renew.",
            "Invoice {invoice_ref} charges me {amount} in roaming, but I haven't left the country.",
        ],
        "rental": [
            "I'm interested in the two-bedroom flat you advertised on {street_only}.",
            "We moved out last month and we're still waiting for our deposit of {amount}.",
            "The heating in our apartment stopped working on Sunday and it's freezing.",
        ],
    },
    "ent": {
        "email": [
            "My email is {email}.",
            "Please reply to {email}, I no longer check the old inbox.",
            "The account is registered under {email}.",
            "you can also just email me at {email}",
        ],
        "phone": [
            "You can call me on {phone}.",
            "My mobile is {phone} if that's easier.",
            "Best number to reach me is {phone} (after 5pm).",
            "Please ring {phone} ext. 214 during office hours.",
        ],
        "address": [
            "My address is {address}.",
            "@Please send the replacement to {address}.",
            "@We live at {address}, that's where it should have gone.",
            "@The delivery address is:\n\n{address_ml}",
            "Our address is:\n\n{address_ml}",
        ],
        "dob": [
            "For security, my date of birth is {dob}.",
            "I was born on {dob}, in case you need it to find my file.",
            "Date of birth: {dob}",
        ],
        "card": [
            "The card I paid with was {card}, expiry 08/27.",
            "It went on my credit card {card}.",
        ],
        "iban": [
            "$Please refund the money to my account {iban}.",
            "My new IBAN is {iban}, please update it for the direct debit.",
        ],
        "ip": [
            "The login came from {ip}, which definitely wasn't me.",
            "Could you whitelist {ip} for our office?",
            "My current IP address is {ip} if that helps.",
        ],
        "url_credentials": [
            "The webhook is set to {urlc}.",
            "We connect using {urlc} and it just hangs.",
        ],
        "secret": [
            "I accidentally pasted our API key into a public channel: {secret}. Can you revoke it?",
            "The token we're using is {secret}.",
            "The temporary password {secret} doesn't work.",
        ],
        "ssn": [
            "My SSN is {ssn}.",
            "Social Security number for the background check: {ssn}",
            "the form asked for my social again, it's {ssn}",
        ],
        "combo": ["You can reach me on {phone} or at {email}.", "Contact: {email} / {phone}"],
    },
    "person": [
        "My name is {full} and I've been a customer for about six years.",
        "I'm {full}, the account holder.",
        "The account is in my name ({name}).",
        "I spoke to {agent} yesterday and was promised a call back, which never came.",
        "My partner {other} opened the account but asked me to deal with this.",
        "{other_first} from your sales team told me this would be fixed by now.",
        "Please address any letters to {title_last}.",
    ],
    "neg": {
        "order_ref": ["The order number is {order_ref}.", "(order {order_ref})"],
        "ticket_ref": ["This is about ticket {ticket_ref}."],
        "invoice_ref": ["It concerns invoice {invoice_ref}."],
        "booking_ref": ["Booking reference: {booking_ref}."],
        "flight_no": ["We were booked on {flight_no}."],
        "tracking_no": ["Tracking number {tracking_no} still shows 'in transit'."],
        "date_other": ["It was supposed to arrive on {date_other}."],
        "clock_time": ["I'm free after {clock_time} most days."],
        "amount": ["The total came to {amount}."],
        "version": ["I'm on version {version} of the app."],
        "digits16_bad": ["The transaction reference on my statement is {digits16_bad}."],
        "iban_bad": ["Your invoice lists the IBAN {iban_bad}, but my bank rejects it as invalid."],
        "serial_phone_like": ["The serial number on the back reads {serial_phone_like}."],
        "policy_no": ["Policy no. {policy_no}."],
        "street_only": ["There are roadworks on {street_only} at the moment, maybe that's why."],
        "city_only": ["I'm away in {city_only} until next week."],
        "postcode_only": ["Do you deliver to {postcode_only}?"],
        "brand_name": ["I bought it from {brand_name}."],
        "hash": ["The file checksum is {hash}."],
        "uuid": ["Request ID: {uuid}"],
        "url_plain": ["I already followed the steps at {url_plain}."],
        "masked_card": ["It's the card ending {masked_card}."],
    },
    "reply": [
        "Hi {first},\n\nthanks for getting in touch. I've passed this on to the team and we'll "
        "update you within two working days.\n\nBest regards,\n{agent}",
        "Hello {first},\n\nsorry for the trouble. Could you confirm the details below are still "
        "correct?\n\nThanks,\n{agent}\nCustomer Care",
        "Dear {title_last},\n\nwe've received your message and opened a case.\n\nKind regards\n"
        "{agent}",
    ],
    "reply_anon": [
        "Hello,\n\nthanks for your message. We're looking into it and will get back to you "
        "shortly.\n\nSupport Team",
        "Hi,\n\nwe've forwarded this to the billing team.\n\nRegards,\nCustomer Care",
    ],
    "wrote": "On {date}, {from} wrote:",
    "orig": "-----Original Message-----",
    "fwd": "---------- Forwarded message ---------",
    "hdr": {"from": "From:", "date": "Date:", "subject": "Subject:"},
    "at": "at",
    "fwd_intro": [
        "FYI, forwarding this from a customer.",
        "See below. Can someone pick this up?",
        "Fwd as discussed.",
    ],
    "agent_chat": [
        "Thanks for waiting, let me have a look.",
        "Could you confirm a couple of details for me?",
        "I can see the problem now.",
        "Is there anything else I can help with today?",
        "One moment please.",
    ],
    "agent_hello": [
        "Hi, you're chatting with {agent}. How can I help?",
        "Hello! {agent} here, what can I do for you?",
    ],
    "agent_hello_anon": ["Hi, how can I help you today?", "Welcome to live chat. How can we help?"],
    "chat_bye": ["ok thanks", "great, thank you!", "perfect, cheers"],
    "form_title": ["New contact form submission", "Web form: Contact us", "Online claim form"],
    "csv_intro": [
        "Here's the export you asked for:",
        "Pasting the list below:",
        "Export from the portal:",
    ],
    "log_intro": [
        "Here are the relevant log lines:",
        "Logs from our side:",
        "This is what we see in the logs:",
    ],
    "json_intro": [
        "The payload we send looks like this:",
        "Here's the API response:",
        "Raw request body:",
    ],
    "sig_role": ["Office Manager", "Head of Operations", "Parent", "Freelance consultant"],
    "lab": {
        "name": "Name",
        "first": "First name",
        "last": "Last name",
        "email": "Email",
        "phone": "Phone",
        "address": "Address",
        "dob": "Date of birth",
        "message": "Message",
        "iban": "IBAN",
        "card": "Card number",
        "ssn": "SSN",
        "ip": "IP address",
        "secret": "API key",
        "url_credentials": "Callback URL",
        "order_ref": "Order no.",
        "amount": "Amount",
        "date_other": "Date",
        "city_only": "City",
        "submitted": "Submitted",
        "customer": "Customer",
        "agent": "Agent",
    },
}

DE = {
    "greet": [
        "Hallo,",
        "Guten Tag,",
        "Sehr geehrte Damen und Herren,",
        "Hallo zusammen,",
        "Moin,",
        "Liebes Support-Team,",
        "Servus,",
    ],
    "greet_name": ["Hallo {agent},", "Hi {agent},", "Guten Morgen {agent},"],
    "close": [
        "Vielen Dank im Voraus.",
        "Ich freue mich auf eine schnelle Rückmeldung.",
        "Danke für Ihre Hilfe!",
        "Bitte melden Sie sich zeitnah.",
        "Für Rückfragen stehe ich gern zur Verfügung.",
        "Danke und schönes Wochenende.",
    ],
    "signoff": [
        "Viele Grüße\n{first}",
        "Mit freundlichen Grüßen\n{full}",
        "Beste Grüße,\n{full}",
        "LG {first}",
        "Gruß\n{first}",
        "Freundliche Grüße\n{full}\n\nVon meinem iPhone gesendet",
    ],
    "signoff_anon": ["Viele Grüße", "Danke", "MfG", "Von meinem iPhone gesendet"],
    "subject": {
        "delivery": "Paket nicht angekommen",
        "refund": "Doppelte Abbuchung",
        "account": "Kein Login möglich",
        "devops": "Deployment schlägt fehl",
        "bank": "Unbekannte Abbuchung",
        "insurance": "Schadensmeldung",
        "travel": "Umbuchung",
        "utility": "Umzug / Zählerstand",
        "school": "Krankmeldung / Anmeldung",
        "recruiting": "Bewerbung",
        "telecom": "Rufnummernmitnahme",
        "rental": "Wohnungsanfrage",
    },
    "open": {
        "delivery": [
            "Meine Bestellung {order_ref} wird seit dem {date_other} als zugestellt angezeigt, "
            "aber hier ist nichts angekommen.",
            "Das Paket hängt laut Sendungsverfolgung ({tracking_no}) seit Tagen im "
            "Verteilzentrum fest.",
            "Ich warte jetzt seit zwei Wochen auf meine Lieferung und werde langsam ungeduldig.",
            "Der Bote hat das Paket angeblich beim Nachbarn abgegeben, aber dort weiß niemand "
            "etwas davon.",
        ],
        "refund": [
            "Mir wurde die Bestellung {order_ref} zweimal abgebucht, jeweils {amount}.",
            "Ich habe die Ware vor drei Wochen zurückgeschickt und noch kein Geld erhalten.",
            "Wann wird die Gutschrift zur Rechnung {invoice_ref} überwiesen?",
        ],
        "account": [
            "Seit heute früh komme ich nicht mehr in mein Konto, die App (Version {version}) "
            "meldet nur 'Sitzung abgelaufen'.",
            "Ich glaube, jemand hat sich Zugriff auf unseren Account verschafft.",
            "Die Zwei-Faktor-Codes kommen seit dem Update nicht mehr an, siehe Ticket "
            "{ticket_ref}.",
        ],
        "devops": [
            "Unser Deployment ist heute Nacht gegen {clock_time} abgebrochen, Request-ID {uuid}.",
            "Der Worker bekommt beim Verbinden zur Datenbank ständig Timeouts.",
            "Seit dem Update auf {version} bricht der Build bei Commit {hash} ab.",
        ],
        "bank": [
            "Ich möchte einer Abbuchung über {amount} vom {date_other} widersprechen, die ich "
            "nicht kenne.",
            "Meine Karte wurde im Urlaub gesperrt und ich brauche sie dringend wieder.",
            "Die Überweisung vom {date_other} ist beim Empfänger nie angekommen.",
        ],
        "insurance": [
            "Ich möchte einen Schaden zur Police {policy_no} melden: In der Küche ist ein Rohr "
            "geplatzt.",
            "Gestern ist mir jemand auf dem Parkplatz ins Auto gefahren und einfach "
            "weitergefahren.",
            "Ist ein heruntergefallener Laptop über meine Hausratversicherung abgedeckt?",
        ],
        "travel": [
            "Ich muss die Buchung {booking_ref} ändern, der Flug {flight_no} passt uns leider "
            "nicht mehr.",
            "Unser Flug wurde gestrichen und die Ersatzverbindung landet erst um {clock_time}.",
            "Ich möchte für nächsten Monat noch eine Person zur Reservierung hinzufügen.",
        ],
        "utility": [
            "Ich ziehe am {date_other} aus und möchte den Vertrag kündigen, Zählernummer "
            "{serial_phone_like}.",
            "Meine letzte Abrechnung ist viel höher als sonst.",
            "Wir sind gerade eingezogen und möchten Strom und Gas anmelden.",
        ],
        "school": [
            "Unsere Tochter fehlt am {date_other} wegen eines Arzttermins.",
            "Wir möchten unseren Sohn für das kommende Schuljahr anmelden.",
            "Könnten Sie mir das Formular für den Ausflug schicken? Der Elternabend beginnt um "
            "{clock_time}.",
        ],
        "recruiting": [
            "Hiermit bewerbe ich mich auf die Stelle als Datenanalyst (Kennziffer {ticket_ref}).",
            "Vielen Dank für die Einladung zum Vorstellungsgespräch, den Termin bestätige ich "
            "gern.",
            "Anbei meine Bewerbung als Lagerleiter.",
        ],
        "telecom": [
            "Ich möchte meine Rufnummer zu Ihnen mitnehmen, die SIM-Seriennummer lautet "
            "{serial_phone_like}.",
            "Mein Handyvertrag läuft nächsten Monat aus und ich möchte kündigen.",
            "Auf der Rechnung {invoice_ref} stehen {amount} Roaminggebühren, obwohl ich gar "
            "nicht im Ausland war.",
        ],
        "rental": [
            "Ich interessiere mich für die Zweizimmerwohnung ({street_only}, Nähe Bahnhof).",
            "Wir sind letzten Monat ausgezogen und warten immer noch auf die Kaution von {amount}.",
            "Bei uns ist seit Sonntag die Heizung ausgefallen.",
        ],
    },
    "ent": {
        "email": [
            "Meine E-Mail-Adresse ist {email}.",
            "Bitte antworten Sie an {email}, die alte Adresse nutze ich nicht mehr.",
            "Das Konto läuft auf {email}.",
        ],
        "phone": [
            "Sie erreichen mich unter {phone}.",
            "Rufen Sie mich gern an: {phone} (ab 17 Uhr).",
            "Meine Handynummer ist {phone}.",
            "Tel. {phone} Durchwahl 12",
        ],
        "address": [
            "Meine Adresse lautet {address}.",
            "@Bitte schicken Sie den Ersatz an {address}.",
            "Unsere neue Anschrift: {address}",
            "@Lieferadresse:\n\n{address_ml}",
            "Unsere Anschrift:\n\n{address_ml}",
        ],
        "dob": [
            "Zur Identifikation: Geburtsdatum {dob}.",
            "Ich bin am {dob} geboren, falls Sie das zur Zuordnung brauchen.",
            "(geb. {dob})",
        ],
        "card": [
            "Bezahlt habe ich mit der Karte {card}, gültig bis 08/27.",
            "Abgebucht wurde von meiner Kreditkarte {card}.",
        ],
        "iban": [
            "$Bitte überweisen Sie das Geld auf mein Konto {iban}.",
            "Meine neue IBAN lautet {iban}, bitte für das Lastschriftmandat übernehmen.",
        ],
        "ip": [
            "Der Login kam von {ip}, das war nicht ich.",
            "Könnt ihr bitte {ip} für unser Büro freischalten?",
        ],
        "url_credentials": [
            "Der Webhook ist als {urlc} konfiguriert.",
            "Wir verbinden uns über {urlc}, und das läuft in ein Timeout.",
        ],
        "secret": [
            "Ich habe versehentlich unseren API-Key in einem öffentlichen Kanal gepostet: "
            "{secret} – bitte sperren!",
            "Das Token lautet {secret}.",
            "Mein vorläufiges Passwort {secret} funktioniert nicht.",
        ],
        "combo": [
            "Erreichbar bin ich unter {phone} oder per Mail an {email}.",
            "Kontakt: {email} / {phone}",
        ],
    },
    "person": [
        "Mein Name ist {full}, ich bin seit Jahren Kunde bei Ihnen.",
        "Hier schreibt {full}.",
        "Das Konto läuft auf meinen Namen, {name}.",
        "Ich habe gestern schon mit {agent} telefoniert, aber es hat sich nichts getan.",
        "Das Konto hat {other} eröffnet, ich kümmere mich jetzt darum.",
        "{other_first} aus Ihrem Vertrieb meinte, das sei längst erledigt.",
        "Bitte richten Sie Schreiben an {title_last}.",
    ],
    "neg": {
        "order_ref": ["Bestellnummer: {order_ref}."],
        "ticket_ref": ["(Vorgang {ticket_ref})"],
        "invoice_ref": ["Es geht um die Rechnung {invoice_ref}."],
        "booking_ref": ["Buchungscode: {booking_ref}."],
        "flight_no": ["Gebucht war Flug {flight_no}."],
        "tracking_no": ["Die Sendungsnummer ist {tracking_no}."],
        "date_other": ["Zugestellt werden sollte es am {date_other}."],
        "clock_time": ["Ich bin ab {clock_time} erreichbar."],
        "amount": ["Der Gesamtbetrag war {amount}."],
        "version": ["Ich nutze die App in Version {version}."],
        "digits16_bad": ["Auf dem Kontoauszug steht die Referenz {digits16_bad}."],
        "iban_bad": [
            "Auf Ihrer Rechnung steht die IBAN {iban_bad}, meine Bank lehnt sie aber als "
            "ungültig ab."
        ],
        "serial_phone_like": ["Die Seriennummer auf der Rückseite lautet {serial_phone_like}."],
        "policy_no": ["Versicherungsschein-Nr. {policy_no}."],
        "street_only": [
            "Wegen der Baustelle an der Ecke {street_only} kommt der Fahrer vielleicht nicht durch."
        ],
        "city_only": ["Ich bin bis nächste Woche in {city_only}."],
        "postcode_only": ["Liefern Sie auch nach {postcode_only}?"],
        "brand_name": ["Gekauft habe ich es bei {brand_name}."],
        "hash": ["Die Prüfsumme der Datei ist {hash}."],
        "uuid": ["Request-ID: {uuid}"],
        "url_plain": ["Die Schritte unter {url_plain} habe ich schon befolgt."],
        "masked_card": ["Es geht um die Karte mit der Endung {masked_card}."],
    },
    "reply": [
        "Hallo {first},\n\nvielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen an die "
        "Fachabteilung weitergegeben und melden uns innerhalb von zwei Werktagen.\n\nViele "
        "Grüße\n{agent}",
        "Guten Tag {title_last},\n\nwir haben Ihre Nachricht erhalten und einen Vorgang "
        "angelegt.\n\nMit freundlichen Grüßen\n{agent}\nKundenservice",
    ],
    "reply_anon": [
        "Hallo,\n\ndanke für Ihre Nachricht, wir schauen uns das an.\n\nIhr Support-Team",
    ],
    "wrote": "Am {date} schrieb {from}:",
    "orig": "-----Ursprüngliche Nachricht-----",
    "fwd": "---------- Weitergeleitete Nachricht ---------",
    "hdr": {"from": "Von:", "date": "Datum:", "subject": "Betreff:"},
    "at": "um",
    "fwd_intro": [
        "Zur Info, unten die Nachricht aus dem Kundenpostfach.",
        "Siehe unten, kann das jemand übernehmen?",
    ],
    "agent_chat": [
        "Danke fürs Warten, ich schaue nach.",
        "Können Sie mir ein paar Angaben bestätigen?",
        "Ich sehe das Problem.",
        "Kann ich sonst noch etwas für Sie tun?",
        "Einen Moment bitte.",
    ],
    "agent_hello": [
        "Hallo, Sie chatten mit {agent}. Wie kann ich helfen?",
        "Hi! Hier ist {agent}, was kann ich für Sie tun?",
    ],
    "agent_hello_anon": ["Hallo, wie können wir helfen?"],
    "chat_bye": ["ok danke", "super, vielen Dank!", "passt"],
    "form_title": ["Neue Anfrage über das Kontaktformular", "Formular: Kontakt"],
    "csv_intro": ["Hier der gewünschte Export:", "Ich füge die Liste unten ein:"],
    "log_intro": ["Hier die relevanten Logzeilen:", "Logs von unserer Seite:"],
    "json_intro": ["So sieht der Payload aus, den wir schicken:", "Rohantwort der API:"],
    "sig_role": ["Büroleitung", "Inhaber", "Elternvertreterin", "Freiberuflicher Berater"],
    "lab": {
        "name": "Name",
        "first": "Vorname",
        "last": "Nachname",
        "email": "E-Mail",
        "phone": "Telefon",
        "address": "Anschrift",
        "dob": "Geburtsdatum",
        "message": "Nachricht",
        "iban": "IBAN",
        "card": "Kartennummer",
        "ip": "IP-Adresse",
        "secret": "API-Schlüssel",
        "url_credentials": "Callback-URL",
        "order_ref": "Bestellnr.",
        "amount": "Betrag",
        "date_other": "Datum",
        "city_only": "Ort",
        "submitted": "Gesendet",
        "customer": "Kunde",
        "agent": "Mitarbeiter",
    },
}

FR = {
    "greet": [
        "Bonjour,",
        "Bonjour à tous,",
        "Madame, Monsieur,",
        "Salut,",
        "Bonsoir,",
        "Bonjour le service client,",
    ],
    "greet_name": ["Bonjour {agent},", "Salut {agent},", "Re-bonjour {agent},"],
    "close": [
        "Merci d'avance.",
        "Merci pour votre aide !",
        "J'attends votre retour rapidement.",
        "Je reste à votre disposition pour toute information complémentaire.",
        "Bonne journée.",
    ],
    "signoff": [
        "Cordialement,\n{full}",
        "Bien à vous,\n{full}",
        "Merci,\n{first}",
        "Bonne journée\n{first}",
        "Cdlt\n{full}",
        "Bises, {first}",
        "Cordialement\n{full}\n\nEnvoyé de mon iPhone",
    ],
    "signoff_anon": ["Cordialement", "Merci", "Envoyé de mon iPhone", "Bonne journée"],
    "subject": {
        "delivery": "Colis non reçu",
        "refund": "Remboursement en attente",
        "account": "Impossible de me connecter",
        "devops": "Échec du déploiement",
        "bank": "Contestation de prélèvement",
        "insurance": "Déclaration de sinistre",
        "travel": "Modification de réservation",
        "utility": "Déménagement",
        "school": "Absence / inscription",
        "recruiting": "Candidature",
        "telecom": "Portabilité du numéro",
        "rental": "Demande de location",
    },
    "open": {
        "delivery": [
            "Ma commande {order_ref} est indiquée comme livrée le {date_other}, mais je n'ai "
            "rien reçu.",
            "Le colis n'est toujours pas arrivé et le suivi {tracking_no} n'a pas bougé depuis "
            "quatre jours.",
            "J'ai commandé une lampe il y a deux semaines et toujours rien, pouvez-vous vérifier ?",
            "Le livreur a laissé un avis de passage alors que j'étais chez moi toute la journée.",
        ],
        "refund": [
            "J'ai été débité deux fois pour la même commande ({order_ref}), {amount} à chaque "
            "fois.",
            "J'ai renvoyé la veste il y a plusieurs semaines et j'attends toujours mon "
            "remboursement.",
            "Quand l'avoir lié à la facture {invoice_ref} sera-t-il versé ?",
        ],
        "account": [
            "Impossible de me connecter depuis ce matin, l'appli (version {version}) affiche "
            "« session expirée ».",
            "Je pense que quelqu'un a accédé à notre espace cette nuit.",
            "Nos codes de double authentification n'arrivent plus depuis la mise à jour, cf. "
            "ticket {ticket_ref}.",
        ],
        "devops": [
            "Notre déploiement a échoué cette nuit vers {clock_time}, request id {uuid}.",
            "Le worker part en timeout dès qu'il se connecte à la base de données.",
            "Depuis la montée en version {version}, le build casse au commit {hash}.",
        ],
        "bank": [
            "Je conteste un prélèvement de {amount} du {date_other} que je ne reconnais pas.",
            "Ma carte a été bloquée pendant mon séjour à l'étranger et j'en ai besoin rapidement.",
            "Le virement effectué le {date_other} n'est jamais arrivé chez le bénéficiaire.",
        ],
        "insurance": [
            "Je souhaite déclarer un sinistre sur le contrat {policy_no} : une canalisation a "
            "éclaté dans la cuisine.",
            "Hier, quelqu'un a embouti ma voiture sur un parking et est reparti sans rien dire.",
            "Pouvez-vous me confirmer si mon assurance habitation couvre un ordinateur tombé "
            "par terre ?",
        ],
        "travel": [
            "Je dois modifier la réservation {booking_ref}, le vol {flight_no} ne nous convient "
            "plus.",
            "Notre vol a été annulé et le vol de remplacement n'arrive qu'à {clock_time}.",
            "Je voudrais ajouter un passager à notre réservation du mois prochain.",
        ],
        "utility": [
            "Je déménage le {date_other} et souhaite résilier mon contrat, numéro de compteur "
            "{serial_phone_like}.",
            "Ma dernière facture est presque le double de d'habitude.",
            "Nous venons d'emménager et voudrions ouvrir l'électricité et le gaz.",
        ],
        "school": [
            "Notre fille sera absente le {date_other} pour un rendez-vous à l'hôpital.",
            "Nous souhaitons inscrire notre fils pour la prochaine rentrée.",
            "Pourriez-vous m'envoyer l'autorisation pour la sortie scolaire ? La réunion "
            "commence à {clock_time}.",
        ],
        "recruiting": [
            "Je me permets de postuler au poste de Data Analyst (réf. {ticket_ref}) publié sur "
            "votre site.",
            "Merci pour l'invitation à l'entretien, je vous confirme ma présence.",
            "Veuillez trouver ci-dessous ma candidature pour le poste de chef d'équipe logistique.",
        ],
        "telecom": [
            "Je souhaite transférer mon numéro chez vous ; le numéro de série de la carte SIM "
            "est {serial_phone_like}.",
            "Mon forfait se termine le mois prochain et je veux le résilier.",
            "La facture {invoice_ref} m'applique {amount} de roaming alors que je ne suis pas "
            "parti à l'étranger.",
        ],
        "rental": [
            "L'appartement deux pièces que vous proposez {street_only} m'intéresse beaucoup.",
            "Nous avons quitté le logement le mois dernier et attendons toujours la caution de "
            "{amount}.",
            "Le chauffage de notre appartement ne marche plus depuis dimanche.",
        ],
    },
    "ent": {
        "email": [
            "Mon adresse e-mail est {email}.",
            "Merci de me répondre sur {email}, je ne consulte plus l'ancienne boîte.",
            "Le compte est enregistré sous {email}.",
        ],
        "phone": [
            "Vous pouvez me joindre au {phone}.",
            "Mon portable : {phone} (après 18h).",
            "Appelez-moi au {phone} si c'est plus simple.",
        ],
        "address": [
            "Mon adresse : {address}.",
            "@Merci d'envoyer le colis de remplacement à cette adresse : {address}.",
            "Pouvez-vous mettre à jour mon adresse ? La nouvelle est {address}.",
            "@Adresse de livraison :\n\n{address_ml}",
            "Notre adresse :\n\n{address_ml}",
        ],
        "dob": [
            "Pour vérification, ma date de naissance est le {dob}.",
            "Je suis né(e) le {dob}, si cela peut vous aider à retrouver le dossier.",
            "Date de naissance : {dob}",
        ],
        "card": [
            "J'ai payé avec la carte {card}, expiration 08/27.",
            "Le montant a été débité sur ma carte {card}.",
        ],
        "iban": [
            "$Merci de rembourser sur mon compte {iban}.",
            "Mon nouvel IBAN est {iban}, pouvez-vous mettre à jour le prélèvement ?",
        ],
        "ip": [
            "La connexion venait de {ip}, ce n'était pas moi.",
            "Pouvez-vous autoriser l'adresse {ip} pour notre bureau ?",
        ],
        "url_credentials": [
            "Le webhook est configuré sur {urlc}.",
            "On se connecte via {urlc} et ça ne répond pas.",
        ],
        "secret": [
            "J'ai collé par erreur notre clé API dans un canal public : {secret}. Pouvez-vous "
            "la révoquer ?",
            "Le jeton utilisé est {secret}.",
            "Le mot de passe provisoire {secret} ne fonctionne pas.",
        ],
        "combo": [
            "Vous pouvez me joindre au {phone} ou par mail à {email}.",
            "Contact : {email} / {phone}",
        ],
    },
    "person": [
        "Je m'appelle {full} et je suis client depuis des années.",
        "C'est {full}, titulaire du compte.",
        "Le compte est à mon nom, {name}.",
        "J'ai eu {agent} au téléphone hier, on m'a promis un rappel qui n'est jamais venu.",
        "C'est {other} qui a ouvert le compte, mais je m'en occupe maintenant.",
        "{other_first}, de votre service commercial, m'avait dit que ce serait réglé.",
        "Merci d'adresser le courrier à {title_last}.",
    ],
    "neg": {
        "order_ref": ["Numéro de commande : {order_ref}."],
        "ticket_ref": ["(dossier {ticket_ref})"],
        "invoice_ref": ["Il s'agit de la facture {invoice_ref}."],
        "booking_ref": ["Référence de réservation : {booking_ref}."],
        "flight_no": ["Nous étions sur le vol {flight_no}."],
        "tracking_no": ["Le numéro de suivi {tracking_no} indique toujours « en transit »."],
        "date_other": ["La livraison était prévue le {date_other}."],
        "clock_time": ["Je suis disponible après {clock_time}."],
        "amount": ["Le montant total était de {amount}."],
        "version": ["J'utilise la version {version} de l'application."],
        "digits16_bad": ["Sur mon relevé, la référence de l'opération est {digits16_bad}."],
        "iban_bad": [
            "Votre facture indique l'IBAN {iban_bad}, mais ma banque le refuse comme invalide."
        ],
        "serial_phone_like": ["Le numéro de série au dos est {serial_phone_like}."],
        "policy_no": ["N° de contrat : {policy_no}."],
        "street_only": ["Il y a des travaux {street_only} en ce moment, c'est peut-être ça."],
        "city_only": ["Je suis à {city_only} jusqu'à la semaine prochaine."],
        "postcode_only": ["Livrez-vous dans le {postcode_only} ?"],
        "brand_name": ["Je l'ai acheté chez {brand_name}."],
        "hash": ["La somme de contrôle du fichier est {hash}."],
        "uuid": ["ID de requête : {uuid}"],
        "url_plain": ["J'ai déjà suivi la procédure sur {url_plain}."],
        "masked_card": ["Il s'agit de la carte se terminant par {masked_card}."],
    },
    "reply": [
        "Bonjour {first},\n\nmerci pour votre message. Je l'ai transmis au service concerné, "
        "nous revenons vers vous sous 48 h.\n\nCordialement,\n{agent}",
        "Bonjour {title_last},\n\nnous avons bien reçu votre demande et ouvert un dossier.\n\n"
        "Bien à vous,\n{agent}\nService client",
    ],
    "reply_anon": [
        "Bonjour,\n\nmerci pour votre message, nous étudions votre demande.\n\nL'équipe support",
    ],
    "wrote": "Le {date}, {from} a écrit :",
    "orig": "-----Message d'origine-----",
    "fwd": "---------- Message transféré ---------",
    "hdr": {"from": "De :", "date": "Date :", "subject": "Objet :"},
    "at": "à",
    "fwd_intro": [
        "Pour info, je vous transfère le message du client.",
        "Voir ci-dessous, quelqu'un peut s'en charger ?",
    ],
    "agent_chat": [
        "Merci de patienter, je regarde.",
        "Pouvez-vous me confirmer quelques informations ?",
        "Je vois le problème.",
        "Puis-je vous aider pour autre chose ?",
        "Un instant s'il vous plaît.",
    ],
    "agent_hello": [
        "Bonjour, vous êtes en ligne avec {agent}. Comment puis-je vous aider ?",
        "Bonjour ! C'est {agent}, que puis-je faire pour vous ?",
    ],
    "agent_hello_anon": ["Bonjour, comment puis-je vous aider ?"],
    "chat_bye": ["ok merci", "super, merci beaucoup !", "parfait"],
    "form_title": ["Nouveau message via le formulaire de contact", "Formulaire : Nous contacter"],
    "csv_intro": ["Voici l'export demandé :", "Je colle la liste ci-dessous :"],
    "log_intro": ["Voici les lignes de log concernées :", "Les logs de notre côté :"],
    "json_intro": ["Voici le payload que nous envoyons :", "Réponse brute de l'API :"],
    "sig_role": [
        "Responsable administratif",
        "Gérante",
        "Parent d'élève",
        "Consultant indépendant",
    ],
    "lab": {
        "name": "Nom complet",
        "first": "Prénom",
        "last": "Nom",
        "email": "E-mail",
        "phone": "Téléphone",
        "address": "Adresse",
        "dob": "Date de naissance",
        "message": "Message",
        "iban": "IBAN",
        "card": "Numéro de carte",
        "ip": "Adresse IP",
        "secret": "Clé API",
        "url_credentials": "URL de rappel",
        "order_ref": "N° de commande",
        "amount": "Montant",
        "date_other": "Date",
        "city_only": "Ville",
        "submitted": "Envoyé le",
        "customer": "Client",
        "agent": "Conseiller",
    },
}

ES = {
    "greet": [
        "Hola,",
        "Buenos días,",
        "Buenas tardes,",
        "Estimados señores:",
        "Hola equipo,",
        "Buenas,",
    ],
    "greet_name": ["Hola {agent},", "Buenos días, {agent}:", "Hola de nuevo {agent},"],
    "close": [
        "Gracias de antemano.",
        "Quedo a la espera de su respuesta.",
        "¡Muchas gracias por la ayuda!",
        "Por favor, respóndanme lo antes posible.",
        "Un saludo y gracias.",
    ],
    "signoff": [
        "Saludos,\n{full}",
        "Un saludo,\n{first}",
        "Atentamente,\n{full}",
        "Gracias,\n{first}",
        "Un abrazo, {first}",
        "Saludos cordiales\n{full}\n\nEnviado desde mi iPhone",
    ],
    "signoff_anon": ["Saludos", "Gracias", "Enviado desde mi iPhone"],
    "subject": {
        "delivery": "Pedido no recibido",
        "refund": "Reembolso pendiente",
        "account": "No puedo acceder",
        "devops": "Fallo en el despliegue",
        "bank": "Cargo no reconocido",
        "insurance": "Parte de siniestro",
        "travel": "Cambio de reserva",
        "utility": "Cambio de domicilio",
        "school": "Falta de asistencia / matrícula",
        "recruiting": "Candidatura",
        "telecom": "Portabilidad",
        "rental": "Consulta alquiler",
    },
    "open": {
        "delivery": [
            "Mi pedido {order_ref} aparece como entregado el {date_other}, pero no me ha llegado "
            "nada.",
            "El paquete sigue sin llegar y el seguimiento {tracking_no} no se actualiza desde "
            "hace cuatro días.",
            "Hice un pedido hace dos semanas y todavía no ha llegado, ¿pueden revisarlo?",
            "El repartidor dejó un aviso diciendo que no encontró la casa, y llevo años viviendo "
            "aquí.",
        ],
        "refund": [
            "Me han cobrado dos veces el mismo pedido ({order_ref}), {amount} cada vez.",
            "Devolví la chaqueta hace semanas y sigo esperando el reembolso.",
            "¿Cuándo se abonará la devolución de la factura {invoice_ref}?",
        ],
        "account": [
            "Desde esta mañana no puedo entrar, la app (versión {version}) solo dice «sesión "
            "caducada».",
            "Creo que alguien ha accedido a nuestra cuenta esta noche.",
            "Los códigos de verificación en dos pasos ya no llegan desde la actualización, ver "
            "incidencia {ticket_ref}.",
        ],
        "devops": [
            "El despliegue falló anoche sobre las {clock_time}, request id {uuid}.",
            "El worker da timeout cada vez que conecta con la base de datos.",
            "Desde que actualizamos a {version} la build falla en el commit {hash}.",
        ],
        "bank": [
            "Quiero reclamar un cargo de {amount} del {date_other} que no reconozco.",
            "Me bloquearon la tarjeta estando de viaje y la necesito ya.",
            "La transferencia que hice el {date_other} nunca llegó al destinatario.",
        ],
        "insurance": [
            "Quiero dar parte de un siniestro de la póliza {policy_no}: se reventó una tubería "
            "en la cocina.",
            "Ayer alguien me dio un golpe con el coche en un aparcamiento y se fue.",
            "¿Me pueden confirmar si el seguro de hogar cubre un portátil que se cayó al suelo?",
        ],
        "travel": [
            "Necesito cambiar la reserva {booking_ref}, el vuelo {flight_no} ya no nos viene bien.",
            "Nos cancelaron el vuelo y el de sustitución no llega hasta las {clock_time}.",
            "Quería añadir un pasajero más a la reserva del mes que viene.",
        ],
        "utility": [
            "Me mudo el {date_other} y quiero dar de baja el contrato, número de contador "
            "{serial_phone_like}.",
            "La última factura es casi el doble de lo normal.",
            "Acabamos de mudarnos y queremos dar de alta la luz y el gas.",
        ],
        "school": [
            "Nuestra hija faltará el {date_other} por una cita en el hospital.",
            "Queremos matricular a nuestro hijo para el próximo curso.",
            "¿Me pueden enviar la autorización para la excursión? La reunión empieza a las "
            "{clock_time}.",
        ],
        "recruiting": [
            "Me gustaría presentar mi candidatura al puesto de analista de datos (ref. "
            "{ticket_ref}).",
            "Gracias por la invitación a la entrevista, confirmo mi asistencia.",
            "Les envío mi candidatura para el puesto de jefe de almacén.",
        ],
        "telecom": [
            "Quiero hacer la portabilidad de mi número a su compañía; el número de serie de la "
            "SIM es {serial_phone_like}.",
            "Mi contrato termina el mes que viene y quiero darlo de baja.",
            "En la factura {invoice_ref} me cobran {amount} de roaming y no he salido del país.",
        ],
        "rental": [
            "Me interesa el piso de dos habitaciones que anuncian en {street_only}.",
            "Dejamos el piso el mes pasado y seguimos esperando la fianza de {amount}.",
            "La calefacción de nuestro piso no funciona desde el domingo.",
        ],
    },
    "ent": {
        "email": [
            "Mi correo es {email}.",
            "Por favor, respondan a {email}, ya no uso la otra dirección.",
            "La cuenta está registrada con {email}.",
        ],
        "phone": [
            "Pueden llamarme al {phone}.",
            "Mi móvil es el {phone}, a partir de las seis.",
            "Teléfono de contacto: {phone}",
        ],
        "address": [
            "Mi dirección es {address}.",
            "@Envíen el producto de sustitución a {address}, por favor.",
            "La nueva dirección es {address}.",
            "@Dirección de entrega:\n\n{address_ml}",
            "Nuestra dirección:\n\n{address_ml}",
        ],
        "dob": [
            "Para verificar, mi fecha de nacimiento es el {dob}.",
            "Nací el {dob}, por si lo necesitan para localizar el expediente.",
            "Fecha de nacimiento: {dob}",
        ],
        "card": [
            "Pagué con la tarjeta {card}, caducidad 08/27.",
            "El cargo se hizo en mi tarjeta {card}.",
        ],
        "iban": [
            "$Por favor, hagan el reembolso a mi cuenta {iban}.",
            "Mi nuevo IBAN es {iban}, actualicen la domiciliación por favor.",
        ],
        "ip": [
            "El acceso vino de {ip} y no fui yo.",
            "¿Pueden permitir la IP {ip} para nuestra oficina?",
        ],
        "url_credentials": [
            "El webhook está configurado como {urlc}.",
            "Nos conectamos con {urlc} y se queda colgado.",
        ],
        "secret": [
            "Pegué sin querer nuestra clave de API en un canal público: {secret}. ¿Pueden "
            "revocarla?",
            "El token que usamos es {secret}.",
            "La contraseña provisional {secret} no funciona.",
        ],
        "combo": [
            "Pueden contactarme en el {phone} o en {email}.",
            "Contacto: {email} / {phone}",
        ],
    },
    "person": [
        "Me llamo {full} y soy cliente desde hace años.",
        "Soy {full}, titular de la cuenta.",
        "La cuenta está a mi nombre, {name}.",
        "Ayer hablé con {agent} por teléfono y me dijeron que me llamarían, pero nada.",
        "La cuenta la abrió {other}, pero ahora me encargo yo.",
        "{other_first}, de su departamento comercial, me dijo que ya estaría resuelto.",
        "Por favor, dirijan la correspondencia a {title_last}.",
    ],
    "neg": {
        "order_ref": ["Número de pedido: {order_ref}."],
        "ticket_ref": ["(incidencia {ticket_ref})"],
        "invoice_ref": ["Se trata de la factura {invoice_ref}."],
        "booking_ref": ["Localizador: {booking_ref}."],
        "flight_no": ["Íbamos en el vuelo {flight_no}."],
        "tracking_no": ["El número de seguimiento {tracking_no} sigue «en tránsito»."],
        "date_other": ["Tenía que llegar el {date_other}."],
        "clock_time": ["Estoy disponible a partir de las {clock_time}."],
        "amount": ["El total fue de {amount}."],
        "version": ["Uso la versión {version} de la app."],
        "digits16_bad": ["En el extracto aparece la referencia {digits16_bad}."],
        "iban_bad": [
            "En su factura figura el IBAN {iban_bad}, pero mi banco dice que no es válido."
        ],
        "serial_phone_like": ["El número de serie de la parte trasera es {serial_phone_like}."],
        "policy_no": ["Nº de póliza: {policy_no}."],
        "street_only": ["Hay obras en {street_only}, quizá sea eso."],
        "city_only": ["Estoy en {city_only} hasta la semana que viene."],
        "postcode_only": ["¿Hacen envíos al {postcode_only}?"],
        "brand_name": ["Lo compré en {brand_name}."],
        "hash": ["El checksum del archivo es {hash}."],
        "uuid": ["ID de petición: {uuid}"],
        "url_plain": ["Ya seguí los pasos de {url_plain}."],
        "masked_card": ["Es la tarjeta que termina en {masked_card}."],
    },
    "reply": [
        "Hola {first}:\n\ngracias por escribirnos. Hemos trasladado tu consulta al equipo "
        "correspondiente y te responderemos en 48 horas.\n\nUn saludo,\n{agent}",
        "Estimado/a {title_last}:\n\nhemos recibido su mensaje y hemos abierto una incidencia.\n\n"
        "Atentamente,\n{agent}\nAtención al cliente",
    ],
    "reply_anon": ["Hola:\n\ngracias por tu mensaje, lo estamos revisando.\n\nEquipo de soporte"],
    "wrote": "El {date}, {from} escribió:",
    "orig": "-----Mensaje original-----",
    "fwd": "---------- Mensaje reenviado ---------",
    "hdr": {"from": "De:", "date": "Fecha:", "subject": "Asunto:"},
    "at": "a las",
    "fwd_intro": ["Os reenvío el mensaje del cliente.", "Ver abajo, ¿alguien puede encargarse?"],
    "agent_chat": [
        "Gracias por esperar, lo reviso.",
        "¿Me confirmas algunos datos?",
        "Ya veo el problema.",
        "¿Puedo ayudarte en algo más?",
        "Un momento, por favor.",
    ],
    "agent_hello": [
        "Hola, te atiende {agent}. ¿En qué puedo ayudarte?",
        "¡Hola! Soy {agent}, ¿qué necesitas?",
    ],
    "agent_hello_anon": ["Hola, ¿en qué podemos ayudarte?"],
    "chat_bye": ["vale gracias", "genial, ¡gracias!", "perfecto"],
    "form_title": ["Nuevo envío del formulario de contacto", "Formulario: Contacto"],
    "csv_intro": ["Aquí tenéis el export que pedisteis:", "Pego la lista aquí debajo:"],
    "log_intro": ["Estas son las líneas de log relevantes:", "Logs de nuestro lado:"],
    "json_intro": ["El payload que enviamos es este:", "Respuesta de la API:"],
    "sig_role": ["Responsable de administración", "Gerente", "Madre de alumno", "Autónomo"],
    "lab": {
        "name": "Nombre completo",
        "first": "Nombre",
        "last": "Apellidos",
        "email": "Correo electrónico",
        "phone": "Teléfono",
        "address": "Dirección",
        "dob": "Fecha de nacimiento",
        "message": "Mensaje",
        "iban": "IBAN",
        "card": "Número de tarjeta",
        "ip": "Dirección IP",
        "secret": "Clave API",
        "url_credentials": "URL de callback",
        "order_ref": "N.º de pedido",
        "amount": "Importe",
        "date_other": "Fecha",
        "city_only": "Ciudad",
        "submitted": "Enviado",
        "customer": "Cliente",
        "agent": "Agente",
    },
}

PT = {
    "greet": ["Olá,", "Bom dia,", "Boa tarde,", "Prezados,", "Oi, pessoal,", "Boa noite,"],
    "greet_name": ["Olá {agent},", "Oi {agent}, tudo bem?", "Bom dia, {agent},"],
    "close": [
        "Desde já agradeço.",
        "Aguardo retorno.",
        "Obrigado pela ajuda!",
        "Por favor, me respondam o quanto antes.",
        "Fico no aguardo.",
    ],
    "signoff": [
        "Att,\n{full}",
        "Abraços,\n{first}",
        "Atenciosamente,\n{full}",
        "Valeu,\n{first}",
        "Abs, {first}",
        "Atenciosamente\n{full}\n\nEnviado do meu iPhone",
    ],
    "signoff_anon": ["Att", "Obrigado", "Enviado do meu iPhone"],
    "subject": {
        "delivery": "Pedido não entregue",
        "refund": "Estorno pendente",
        "account": "Não consigo acessar",
        "devops": "Falha no deploy",
        "bank": "Cobrança não reconhecida",
        "insurance": "Aviso de sinistro",
        "travel": "Alteração de reserva",
        "utility": "Mudança de endereço",
        "school": "Falta / matrícula",
        "recruiting": "Candidatura",
        "telecom": "Portabilidade",
        "rental": "Interesse no imóvel",
    },
    "open": {
        "delivery": [
            "Meu pedido {order_ref} aparece como entregue no dia {date_other}, mas não recebi "
            "nada.",
            "A encomenda ainda não chegou e o rastreio {tracking_no} está parado há quatro dias.",
            "Fiz uma compra há duas semanas e até agora nada, podem verificar?",
            "O entregador deixou um aviso dizendo que não achou o endereço, sendo que moro aqui "
            "há anos.",
        ],
        "refund": [
            "Fui cobrado duas vezes pelo mesmo pedido ({order_ref}), {amount} cada.",
            "Devolvi a jaqueta há semanas e ainda estou esperando o estorno.",
            "Quando vai cair o reembolso da nota {invoice_ref}?",
        ],
        "account": [
            "Desde hoje cedo não consigo entrar, o app (versão {version}) só mostra 'sessão "
            "expirada'.",
            "Acho que alguém acessou nossa conta ontem à noite.",
            "Os códigos de verificação em duas etapas pararam de chegar depois da atualização, "
            "ver chamado {ticket_ref}.",
        ],
        "devops": [
            "Nosso deploy falhou ontem por volta das {clock_time}, request id {uuid}.",
            "O worker dá timeout toda vez que conecta no banco de dados.",
            "Depois de atualizar para {version}, o build quebra no commit {hash}.",
        ],
        "bank": [
            "Quero contestar uma cobrança de {amount} do dia {date_other} que não reconheço.",
            "Meu cartão foi bloqueado durante a viagem e preciso dele com urgência.",
            "A transferência que fiz em {date_other} nunca chegou ao destinatário.",
        ],
        "insurance": [
            "Preciso abrir um sinistro na apólice {policy_no}: estourou um cano na cozinha.",
            "Ontem bateram no meu carro no estacionamento e foram embora.",
            "Vocês podem confirmar se o seguro residencial cobre um notebook que caiu no chão?",
        ],
        "travel": [
            "Preciso alterar a reserva {booking_ref}, o voo {flight_no} não serve mais pra gente.",
            "Nosso voo foi cancelado e o novo só chega às {clock_time}.",
            "Gostaria de incluir mais um passageiro na reserva do mês que vem.",
        ],
        "utility": [
            "Vou me mudar no dia {date_other} e quero encerrar a conta, número do medidor "
            "{serial_phone_like}.",
            "A última conta veio quase o dobro do normal.",
            "Acabamos de nos mudar e precisamos ligar a luz e o gás.",
        ],
        "school": [
            "Nossa filha vai faltar no dia {date_other} por causa de uma consulta no hospital.",
            "Gostaríamos de matricular nosso filho para o próximo ano letivo.",
            "Podem me mandar a autorização do passeio? A reunião começa às {clock_time}.",
        ],
        "recruiting": [
            "Gostaria de me candidatar à vaga de Analista de Dados (código {ticket_ref}).",
            "Obrigado pelo convite para a entrevista, confirmo minha presença.",
            "Segue minha candidatura para a vaga de supervisor de estoque.",
        ],
        "telecom": [
            "Quero fazer a portabilidade do meu número para vocês; o número de série do chip é "
            "{serial_phone_like}.",
            "Meu plano termina mês que vem e quero cancelar.",
            "Na fatura {invoice_ref} veio uma cobrança de {amount} de roaming, mas não saí do "
            "país.",
        ],
        "rental": [
            "Tenho interesse no apartamento de dois quartos anunciado na {street_only}.",
            "Saímos do imóvel mês passado e ainda estamos esperando a caução de {amount}.",
            "O chuveiro elétrico do nosso apartamento parou de funcionar no domingo.",
        ],
    },
    "ent": {
        "email": [
            "Meu e-mail é {email}.",
            "Por favor, respondam para {email}, não uso mais o outro.",
            "A conta está cadastrada no {email}.",
        ],
        "phone": [
            "Podem me ligar no {phone}.",
            "Meu celular é {phone}, também tem WhatsApp.",
            "Telefone para contato: {phone}",
        ],
        "address": [
            "Meu endereço é {address}.",
            "@Por favor, enviem a troca para {address}.",
            "Endereço atualizado: {address}",
            "@Endereço de entrega:\n\n{address_ml}",
            "Nosso endereço:\n\n{address_ml}",
        ],
        "dob": [
            "Para confirmação, minha data de nascimento é {dob}.",
            "Nasci em {dob}, caso precisem para localizar o cadastro.",
            "Data de nascimento: {dob}",
        ],
        "card": [
            "Paguei com o cartão {card}, validade 08/27.",
            "A cobrança veio no meu cartão {card}.",
        ],
        "iban": [
            "Para a transferência internacional, meu IBAN é {iban}.",
            "$Por favor, façam o estorno para a conta {iban}.",
        ],
        "ip": [
            "O acesso veio do IP {ip}, não fui eu.",
            "Podem liberar o IP {ip} para o nosso escritório?",
        ],
        "url_credentials": [
            "O webhook está configurado como {urlc}.",
            "A gente conecta via {urlc} e fica travado.",
        ],
        "secret": [
            "Colei sem querer nossa chave de API num canal público: {secret}. Podem revogar?",
            "O token que usamos é {secret}.",
            "A senha provisória {secret} não funciona.",
        ],
        "combo": [
            "Podem me chamar no {phone} ou no e-mail {email}.",
            "Contato: {email} / {phone}",
        ],
    },
    "person": [
        "Meu nome é {full} e sou cliente há anos.",
        "Aqui é {full}, titular da conta.",
        "A conta está no meu nome, {name}.",
        "Ontem falei com {agent} por telefone e prometeram retornar, mas nada.",
        "Quem abriu a conta foi {other}, mas agora eu que estou cuidando disso.",
        "{other_first}, do comercial de vocês, disse que já estaria resolvido.",
        "Favor enviar a correspondência aos cuidados de {title_last}.",
    ],
    "neg": {
        "order_ref": ["Número do pedido: {order_ref}."],
        "ticket_ref": ["(protocolo {ticket_ref})"],
        "invoice_ref": ["É sobre a nota fiscal {invoice_ref}."],
        "booking_ref": ["Código da reserva: {booking_ref}."],
        "flight_no": ["Estávamos no voo {flight_no}."],
        "tracking_no": ["O código de rastreio {tracking_no} continua 'em trânsito'."],
        "date_other": ["Era para chegar em {date_other}."],
        "clock_time": ["Estou disponível depois das {clock_time}."],
        "amount": ["O total foi {amount}."],
        "version": ["Estou na versão {version} do app."],
        "digits16_bad": ["No extrato aparece a referência {digits16_bad}."],
        "iban_bad": [
            "Na fatura de vocês consta o IBAN {iban_bad}, mas meu banco diz que é inválido."
        ],
        "serial_phone_like": ["O número de série atrás do aparelho é {serial_phone_like}."],
        "policy_no": ["Apólice nº {policy_no}."],
        "street_only": ["Tem obra na {street_only}, talvez seja isso."],
        "city_only": ["Estou em {city_only} até semana que vem."],
        "postcode_only": ["Vocês entregam no CEP {postcode_only}?"],
        "brand_name": ["Comprei na loja {brand_name}."],
        "hash": ["O checksum do arquivo é {hash}."],
        "uuid": ["ID da requisição: {uuid}"],
        "url_plain": ["Já segui o passo a passo em {url_plain}."],
        "masked_card": ["É o cartão final {masked_card}."],
    },
    "reply": [
        "Olá {first},\n\nobrigado pelo contato. Encaminhamos sua solicitação para a equipe "
        "responsável e retornaremos em até 48 horas.\n\nAtenciosamente,\n{agent}",
        "Prezado(a) {title_last},\n\nrecebemos sua mensagem e abrimos um protocolo.\n\nAtt,\n"
        "{agent}\nCentral de Atendimento",
    ],
    "reply_anon": ["Olá,\n\nobrigado pela mensagem, estamos verificando.\n\nEquipe de Suporte"],
    "wrote": "Em {date}, {from} escreveu:",
    "orig": "-----Mensagem original-----",
    "fwd": "---------- Mensagem encaminhada ---------",
    "hdr": {"from": "De:", "date": "Data:", "subject": "Assunto:"},
    "at": "às",
    "fwd_intro": [
        "Segue mensagem do cliente, para conhecimento.",
        "Vejam abaixo, alguém pode assumir?",
    ],
    "agent_chat": [
        "Obrigado por aguardar, vou verificar.",
        "Pode me confirmar alguns dados?",
        "Já identifiquei o problema.",
        "Posso ajudar em mais alguma coisa?",
        "Só um momento, por favor.",
    ],
    "agent_hello": [
        "Olá, você está falando com {agent}. Como posso ajudar?",
        "Oi! Aqui é {agent}, em que posso ajudar?",
    ],
    "agent_hello_anon": ["Olá, como podemos ajudar?"],
    "chat_bye": ["ok obrigado", "ótimo, valeu!", "perfeito"],
    "form_title": ["Nova mensagem pelo formulário de contato", "Formulário: Fale conosco"],
    "csv_intro": ["Segue a exportação que vocês pediram:", "Colei a lista abaixo:"],
    "log_intro": ["Seguem as linhas de log relevantes:", "Logs do nosso lado:"],
    "json_intro": ["O payload que enviamos é este:", "Resposta da API:"],
    "sig_role": ["Gerente administrativa", "Coordenador de operações", "Responsável pelo aluno"],
    "lab": {
        "name": "Nome completo",
        "first": "Nome",
        "last": "Sobrenome",
        "email": "E-mail",
        "phone": "Telefone",
        "address": "Endereço",
        "dob": "Data de nascimento",
        "message": "Mensagem",
        "iban": "IBAN",
        "card": "Número do cartão",
        "ip": "Endereço IP",
        "secret": "Chave de API",
        "url_credentials": "URL de retorno",
        "order_ref": "Nº do pedido",
        "amount": "Valor",
        "date_other": "Data",
        "city_only": "Cidade",
        "submitted": "Enviado em",
        "customer": "Cliente",
        "agent": "Atendente",
    },
}

IT = {
    "greet": [
        "Buongiorno,",
        "Salve,",
        "Gentili signori,",
        "Ciao,",
        "Buonasera,",
        "Spettabile assistenza,",
    ],
    "greet_name": ["Ciao {agent},", "Buongiorno {agent},", "Gentile {agent},"],
    "close": [
        "Grazie in anticipo.",
        "Resto in attesa di un vostro riscontro.",
        "Grazie per l'aiuto!",
        "Vi prego di rispondermi al più presto.",
        "Buona giornata.",
    ],
    "signoff": [
        "Cordiali saluti,\n{full}",
        "Saluti,\n{first}",
        "Distinti saluti\n{full}",
        "Grazie,\n{first}",
        "Un saluto, {first}",
        "Cordialmente\n{full}\n\nInviato da iPhone",
    ],
    "signoff_anon": ["Saluti", "Grazie", "Inviato da iPhone"],
    "subject": {
        "delivery": "Pacco non consegnato",
        "refund": "Rimborso in sospeso",
        "account": "Impossibile accedere",
        "devops": "Deploy fallito",
        "bank": "Addebito non riconosciuto",
        "insurance": "Denuncia di sinistro",
        "travel": "Modifica prenotazione",
        "utility": "Trasloco / voltura",
        "school": "Assenza / iscrizione",
        "recruiting": "Candidatura",
        "telecom": "Portabilità del numero",
        "rental": "Richiesta appartamento",
    },
    "open": {
        "delivery": [
            "Il mio ordine {order_ref} risulta consegnato il {date_other}, ma non ho ricevuto "
            "niente.",
            "Il pacco non è ancora arrivato e il tracking {tracking_no} è fermo da quattro giorni.",
            "Ho ordinato una lampada due settimane fa e non è ancora arrivata, potete controllare?",
            "Il corriere ha lasciato un avviso dicendo che non trovava la casa, ma abito qui da "
            "anni.",
        ],
        "refund": [
            "Mi avete addebitato due volte lo stesso ordine ({order_ref}), {amount} ciascuno.",
            "Ho restituito la giacca settimane fa e aspetto ancora il rimborso.",
            "Quando verrà accreditata la nota di credito della fattura {invoice_ref}?",
        ],
        "account": [
            "Da stamattina non riesco ad accedere, l'app (versione {version}) dice solo "
            "'sessione scaduta'.",
            "Credo che qualcuno sia entrato nel nostro account stanotte.",
            "Dopo l'aggiornamento non arrivano più i codici di verifica, vedi ticket {ticket_ref}.",
        ],
        "devops": [
            "Il deploy di stanotte è fallito verso le {clock_time}, request id {uuid}.",
            "Il worker va in timeout ogni volta che si collega al database.",
            "Dopo l'aggiornamento a {version} la build si rompe al commit {hash}.",
        ],
        "bank": [
            "Vorrei contestare un addebito di {amount} del {date_other} che non riconosco.",
            "Mi hanno bloccato la carta mentre ero all'estero e mi serve subito.",
            "Il bonifico fatto il {date_other} non è mai arrivato al beneficiario.",
        ],
        "insurance": [
            "Devo aprire un sinistro sulla polizza {policy_no}: è scoppiato un tubo in cucina.",
            "Ieri qualcuno ha urtato la mia auto in un parcheggio ed è scappato.",
            "Potete confermarmi se l'assicurazione casa copre un portatile caduto?",
        ],
        "travel": [
            "Devo modificare la prenotazione {booking_ref}, il volo {flight_no} non ci va più "
            "bene.",
            "Il nostro volo è stato cancellato e quello sostitutivo arriva solo alle {clock_time}.",
            "Vorrei aggiungere un passeggero alla prenotazione del mese prossimo.",
        ],
        "utility": [
            "Trasloco il {date_other} e devo chiudere il contratto, matricola del contatore "
            "{serial_phone_like}.",
            "L'ultima bolletta è quasi il doppio del solito.",
            "Ci siamo appena trasferiti e vorremmo attivare luce e gas.",
        ],
        "school": [
            "Nostra figlia sarà assente il {date_other} per una visita in ospedale.",
            "Vorremmo iscrivere nostro figlio per il prossimo anno scolastico.",
            "Potete mandarmi il modulo per la gita? La riunione inizia alle {clock_time}.",
        ],
        "recruiting": [
            "Vorrei candidarmi per la posizione di Data Analyst (rif. {ticket_ref}).",
            "Grazie per l'invito al colloquio, confermo la mia presenza.",
            "Vi invio la mia candidatura per il ruolo di responsabile di magazzino.",
        ],
        "telecom": [
            "Vorrei portare il mio numero da voi; il seriale della SIM è {serial_phone_like}.",
            "Il mio contratto scade il mese prossimo e vorrei disdirlo.",
            "Nella fattura {invoice_ref} mi addebitate {amount} di roaming, ma non sono mai "
            "uscito dall'Italia.",
        ],
        "rental": [
            "Sono interessato al bilocale in {street_only} che avete pubblicato.",
            "Abbiamo lasciato l'appartamento il mese scorso e aspettiamo ancora la caparra di "
            "{amount}.",
            "Il riscaldamento del nostro appartamento non funziona da domenica.",
        ],
    },
    "ent": {
        "email": [
            "La mia email è {email}.",
            "Per favore rispondete a {email}, l'altro indirizzo non lo uso più.",
            "L'account è registrato con {email}.",
        ],
        "phone": [
            "Potete chiamarmi al {phone}.",
            "Il mio cellulare è {phone}, meglio dopo le 18.",
            "Recapito telefonico: {phone}",
        ],
        "address": [
            "Il mio indirizzo è {address}.",
            "@Vi prego di spedire la sostituzione a {address}.",
            "Nuovo indirizzo: {address}",
            "@Indirizzo di consegna:\n\n{address_ml}",
            "Il nostro indirizzo:\n\n{address_ml}",
        ],
        "dob": [
            "Per la verifica, la mia data di nascita è {dob}.",
            "Sono nato il {dob}, se vi serve per trovare la pratica.",
            "Data di nascita: {dob}",
        ],
        "card": [
            "Ho pagato con la carta {card}, scadenza 08/27.",
            "L'addebito è sulla mia carta {card}.",
        ],
        "iban": [
            "$Vi prego di rimborsare sul mio conto {iban}.",
            "Il mio nuovo IBAN è {iban}, potete aggiornare la domiciliazione?",
        ],
        "ip": [
            "L'accesso è arrivato da {ip}, non ero io.",
            "Potete abilitare l'IP {ip} per il nostro ufficio?",
        ],
        "url_credentials": [
            "Il webhook è configurato come {urlc}.",
            "Ci colleghiamo con {urlc} e resta appeso.",
        ],
        "secret": [
            "Ho incollato per errore la nostra chiave API in un canale pubblico: {secret}. "
            "Potete revocarla?",
            "Il token che usiamo è {secret}.",
            "La password temporanea {secret} non funziona.",
        ],
        "combo": ["Mi trovate al {phone} oppure a {email}.", "Contatti: {email} / {phone}"],
    },
    "person": [
        "Mi chiamo {full} e sono vostro cliente da anni.",
        "Sono {full}, intestatario del conto.",
        "Il conto è intestato a me, {name}.",
        "Ieri ho parlato con {agent} al telefono, mi avevano promesso di richiamarmi.",
        "L'account l'ha aperto {other}, ma ora me ne occupo io.",
        "{other_first} del vostro ufficio commerciale mi aveva detto che era tutto risolto.",
        "Vi prego di indirizzare la corrispondenza a {title_last}.",
    ],
    "neg": {
        "order_ref": ["Numero d'ordine: {order_ref}."],
        "ticket_ref": ["(pratica {ticket_ref})"],
        "invoice_ref": ["Si tratta della fattura {invoice_ref}."],
        "booking_ref": ["Codice prenotazione: {booking_ref}."],
        "flight_no": ["Eravamo sul volo {flight_no}."],
        "tracking_no": ["Il numero di tracking {tracking_no} dice ancora 'in transito'."],
        "date_other": ["Doveva arrivare il {date_other}."],
        "clock_time": ["Sono disponibile dopo le {clock_time}."],
        "amount": ["Il totale era {amount}."],
        "version": ["Uso la versione {version} dell'app."],
        "digits16_bad": ["Sull'estratto conto compare il riferimento {digits16_bad}."],
        "iban_bad": ["In fattura c'è l'IBAN {iban_bad}, ma la mia banca dice che non è valido."],
        "serial_phone_like": ["Il numero di serie sul retro è {serial_phone_like}."],
        "policy_no": ["Polizza n. {policy_no}."],
        "street_only": ["Ci sono lavori in {street_only}, forse è per quello."],
        "city_only": ["Sono a {city_only} fino alla prossima settimana."],
        "postcode_only": ["Consegnate anche al CAP {postcode_only}?"],
        "brand_name": ["L'ho comprato da {brand_name}."],
        "hash": ["Il checksum del file è {hash}."],
        "uuid": ["ID richiesta: {uuid}"],
        "url_plain": ["Ho già seguito i passaggi su {url_plain}."],
        "masked_card": ["È la carta che termina con {masked_card}."],
    },
    "reply": [
        "Ciao {first},\n\ngrazie per averci scritto. Abbiamo inoltrato la richiesta al reparto "
        "competente e ti risponderemo entro 48 ore.\n\nUn saluto,\n{agent}",
        "Gentile {title_last},\n\nabbiamo ricevuto il suo messaggio e aperto una pratica.\n\n"
        "Cordiali saluti,\n{agent}\nServizio Clienti",
    ],
    "reply_anon": [
        "Buongiorno,\n\ngrazie per il messaggio, stiamo verificando.\n\nIl team di assistenza"
    ],
    "wrote": "Il giorno {date}, {from} ha scritto:",
    "orig": "-----Messaggio originale-----",
    "fwd": "---------- Messaggio inoltrato ---------",
    "hdr": {"from": "Da:", "date": "Data:", "subject": "Oggetto:"},
    "at": "alle",
    "fwd_intro": ["Vi inoltro il messaggio del cliente.", "Vedi sotto, qualcuno può occuparsene?"],
    "agent_chat": [
        "Grazie per l'attesa, controllo subito.",
        "Mi conferma qualche dato?",
        "Ho individuato il problema.",
        "Posso aiutarla in altro?",
        "Un attimo, per favore.",
    ],
    "agent_hello": ["Salve, sono {agent}. Come posso aiutarla?", "Ciao! Sono {agent}, dimmi pure."],
    "agent_hello_anon": ["Salve, come possiamo aiutarla?"],
    "chat_bye": ["ok grazie", "perfetto, grazie mille!", "ottimo"],
    "form_title": ["Nuovo invio dal modulo contatti", "Modulo: Contattaci"],
    "csv_intro": ["Ecco l'export richiesto:", "Incollo qui sotto l'elenco:"],
    "log_intro": ["Ecco le righe di log rilevanti:", "Log dal nostro lato:"],
    "json_intro": ["Il payload che inviamo è questo:", "Risposta grezza dell'API:"],
    "sig_role": ["Responsabile amministrativa", "Titolare", "Genitore", "Consulente freelance"],
    "lab": {
        "name": "Nome e cognome",
        "first": "Nome",
        "last": "Cognome",
        "email": "Email",
        "phone": "Telefono",
        "address": "Indirizzo",
        "dob": "Data di nascita",
        "message": "Messaggio",
        "iban": "IBAN",
        "card": "Numero carta",
        "ip": "Indirizzo IP",
        "secret": "Chiave API",
        "url_credentials": "URL di callback",
        "order_ref": "N. ordine",
        "amount": "Importo",
        "date_other": "Data",
        "city_only": "Città",
        "submitted": "Inviato",
        "customer": "Cliente",
        "agent": "Operatore",
    },
}

NL = {
    "greet": [
        "Hallo,",
        "Goedemorgen,",
        "Beste klantenservice,",
        "Geachte heer/mevrouw,",
        "Hoi,",
        "Goedemiddag,",
    ],
    "greet_name": ["Hoi {agent},", "Beste {agent},", "Goedemorgen {agent},"],
    "close": [
        "Alvast bedankt.",
        "Ik hoor graag snel van jullie.",
        "Bedankt voor de hulp!",
        "Graag zo snel mogelijk een reactie.",
        "Fijne dag verder.",
    ],
    "signoff": [
        "Met vriendelijke groet,\n{full}",
        "Groetjes,\n{first}",
        "Mvg,\n{full}",
        "Bedankt,\n{first}",
        "Gr. {first}",
        "Met vriendelijke groet\n{full}\n\nVerstuurd vanaf mijn iPhone",
    ],
    "signoff_anon": ["Groeten", "Bedankt", "Verstuurd vanaf mijn iPhone"],
    "subject": {
        "delivery": "Pakket niet ontvangen",
        "refund": "Terugbetaling",
        "account": "Kan niet inloggen",
        "devops": "Deploy mislukt",
        "bank": "Onbekende afschrijving",
        "insurance": "Schademelding",
        "travel": "Boeking wijzigen",
        "utility": "Verhuizing",
        "school": "Ziekmelding / inschrijving",
        "recruiting": "Sollicitatie",
        "telecom": "Nummerbehoud",
        "rental": "Interesse woning",
    },
    "open": {
        "delivery": [
            "Mijn bestelling {order_ref} staat sinds {date_other} op bezorgd, maar er is niets "
            "aangekomen.",
            "Het pakket is er nog steeds niet en de track & trace ({tracking_no}) staat al vier "
            "dagen stil.",
            "Ik heb twee weken geleden een lamp besteld en die is nog steeds niet binnen, kunnen "
            "jullie kijken?",
            "De bezorger heeft een briefje achtergelaten dat hij het huis niet kon vinden, "
            "terwijl ik hier al jaren woon.",
        ],
        "refund": [
            "Ik heb voor dezelfde bestelling ({order_ref}) twee keer {amount} betaald.",
            "Ik heb de jas weken geleden teruggestuurd en wacht nog steeds op mijn geld.",
            "Wanneer wordt de creditnota bij factuur {invoice_ref} uitbetaald?",
        ],
        "account": [
            "Sinds vanochtend kan ik niet meer inloggen, de app (versie {version}) zegt alleen "
            "'sessie verlopen'.",
            "Ik denk dat iemand vannacht in ons account heeft gezeten.",
            "Sinds de update komen de verificatiecodes niet meer aan, zie ticket {ticket_ref}.",
        ],
        "devops": [
            "Onze deploy is vannacht rond {clock_time} mislukt, request-id {uuid}.",
            "De worker krijgt steeds een timeout als hij met de database verbindt.",
            "Sinds de upgrade naar {version} breekt de build bij commit {hash}.",
        ],
        "bank": [
            "Ik wil een afschrijving van {amount} op {date_other} betwisten die ik niet herken.",
            "Mijn pas is geblokkeerd terwijl ik op vakantie was en ik heb hem dringend nodig.",
            "De overboeking van {date_other} is nooit bij de ontvanger aangekomen.",
        ],
        "insurance": [
            "Ik wil schade melden op polis {policy_no}: er is een leiding gesprongen in de keuken.",
            "Gisteren is iemand op een parkeerplaats tegen mijn auto gereden en doorgereden.",
            "Kunnen jullie bevestigen of mijn inboedelverzekering een gevallen laptop dekt?",
        ],
        "travel": [
            "Ik moet boeking {booking_ref} wijzigen, vlucht {flight_no} komt ons niet meer uit.",
            "Onze vlucht is geannuleerd en de vervangende vlucht landt pas om {clock_time}.",
            "Ik wil graag nog een passagier toevoegen aan onze reservering van volgende maand.",
        ],
        "utility": [
            "Ik verhuis op {date_other} en wil het contract opzeggen, meternummer "
            "{serial_phone_like}.",
            "Mijn laatste jaarafrekening is bijna twee keer zo hoog als normaal.",
            "We zijn net verhuisd en willen stroom en gas aanmelden.",
        ],
        "school": [
            "Onze dochter is op {date_other} afwezig vanwege een ziekenhuisafspraak.",
            "We willen onze zoon graag inschrijven voor het volgende schooljaar.",
            "Kunt u mij het toestemmingsformulier voor het schoolreisje sturen? De ouderavond "
            "begint om {clock_time}.",
        ],
        "recruiting": [
            "Hierbij solliciteer ik naar de functie van data-analist (vacaturenummer "
            "{ticket_ref}).",
            "Bedankt voor de uitnodiging voor het gesprek, ik bevestig graag de afspraak.",
            "Hieronder mijn sollicitatie voor de functie van teamleider magazijn.",
        ],
        "telecom": [
            "Ik wil mijn nummer naar jullie overzetten; het serienummer van de simkaart is "
            "{serial_phone_like}.",
            "Mijn abonnement loopt volgende maand af en ik wil opzeggen.",
            "Op factuur {invoice_ref} staat {amount} aan roamingkosten, maar ik ben het land "
            "niet uit geweest.",
        ],
        "rental": [
            "Ik heb interesse in het tweekamerappartement aan de {street_only}.",
            "We zijn vorige maand verhuisd en wachten nog steeds op de borg van {amount}.",
            "De verwarming in ons appartement doet het sinds zondag niet meer.",
        ],
    },
    "ent": {
        "email": [
            "Mijn e-mailadres is {email}.",
            "Graag antwoorden naar {email}, het oude adres gebruik ik niet meer.",
            "Het account staat op {email}.",
        ],
        "phone": [
            "U kunt mij bellen op {phone}.",
            "Mijn mobiel is {phone}, na 17.00 uur.",
            "Telefoonnummer: {phone}",
        ],
        "address": [
            "Mijn adres is {address}.",
            "@Wilt u de vervanging sturen naar {address}?",
            "Ons nieuwe adres: {address}",
            "@Afleveradres:\n\n{address_ml}",
            "Ons adres:\n\n{address_ml}",
        ],
        "dob": [
            "Ter controle: mijn geboortedatum is {dob}.",
            "Ik ben geboren op {dob}, mocht u dat nodig hebben om het dossier te vinden.",
            "Geboortedatum: {dob}",
        ],
        "card": [
            "Ik heb betaald met creditcard {card}, geldig tot 08/27.",
            "Het bedrag is afgeschreven van mijn creditcard {card}.",
        ],
        "iban": [
            "$Graag het geld terugstorten op rekening {iban}.",
            "Mijn nieuwe IBAN is {iban}, kunt u de automatische incasso aanpassen?",
        ],
        "ip": [
            "De login kwam van {ip}, dat was ik niet.",
            "Kunnen jullie {ip} whitelisten voor ons kantoor?",
        ],
        "url_credentials": [
            "De webhook staat ingesteld op {urlc}.",
            "We verbinden via {urlc} en dat blijft hangen.",
        ],
        "secret": [
            "Ik heb per ongeluk onze API-key in een openbaar kanaal geplakt: {secret}. Kunnen "
            "jullie die intrekken?",
            "Het token dat we gebruiken is {secret}.",
            "Het tijdelijke wachtwoord {secret} werkt niet.",
        ],
        "combo": ["Bereikbaar op {phone} of via {email}.", "Contact: {email} / {phone}"],
    },
    "person": [
        "Mijn naam is {full} en ik ben al jaren klant.",
        "U spreekt met {full}, rekeninghouder.",
        "Het account staat op mijn naam, {name}.",
        "Ik heb gisteren {agent} aan de lijn gehad, die zou terugbellen, maar niets.",
        "{other} heeft het account aangemaakt, maar ik regel het nu.",
        "{other_first} van jullie verkoopafdeling zei dat het al opgelost zou zijn.",
        "Graag post richten aan {title_last}.",
    ],
    "neg": {
        "order_ref": ["Bestelnummer: {order_ref}."],
        "ticket_ref": ["(ticket {ticket_ref})"],
        "invoice_ref": ["Het gaat om factuur {invoice_ref}."],
        "booking_ref": ["Boekingsnummer: {booking_ref}."],
        "flight_no": ["We zaten op vlucht {flight_no}."],
        "tracking_no": ["Track & trace-code {tracking_no} staat nog op 'onderweg'."],
        "date_other": ["Het zou op {date_other} bezorgd worden."],
        "clock_time": ["Ik ben bereikbaar na {clock_time}."],
        "amount": ["Het totaal was {amount}."],
        "version": ["Ik gebruik versie {version} van de app."],
        "digits16_bad": ["Op mijn afschrift staat kenmerk {digits16_bad}."],
        "iban_bad": [
            "Op jullie factuur staat IBAN {iban_bad}, maar mijn bank zegt dat die ongeldig is."
        ],
        "serial_phone_like": ["Het serienummer op de achterkant is {serial_phone_like}."],
        "policy_no": ["Polisnummer: {policy_no}."],
        "street_only": ["Er wordt gewerkt aan de {street_only}, misschien ligt het daaraan."],
        "city_only": ["Ik zit tot volgende week in {city_only}."],
        "postcode_only": ["Bezorgen jullie ook in {postcode_only}?"],
        "brand_name": ["Ik heb het gekocht bij {brand_name}."],
        "hash": ["De checksum van het bestand is {hash}."],
        "uuid": ["Request-ID: {uuid}"],
        "url_plain": ["Ik heb de stappen op {url_plain} al gevolgd."],
        "masked_card": ["Het gaat om de kaart eindigend op {masked_card}."],
    },
    "reply": [
        "Hoi {first},\n\nbedankt voor je bericht. We hebben het doorgezet naar de juiste afdeling "
        "en laten binnen twee werkdagen iets weten.\n\nGroet,\n{agent}",
        "Geachte {title_last},\n\nwij hebben uw bericht ontvangen en een dossier aangemaakt.\n\n"
        "Met vriendelijke groet,\n{agent}\nKlantenservice",
    ],
    "reply_anon": ["Hallo,\n\nbedankt voor je bericht, we zoeken het uit.\n\nTeam Support"],
    "wrote": "Op {date} schreef {from}:",
    "orig": "-----Oorspronkelijk bericht-----",
    "fwd": "---------- Doorgestuurd bericht ---------",
    "hdr": {"from": "Van:", "date": "Datum:", "subject": "Onderwerp:"},
    "at": "om",
    "fwd_intro": [
        "Ter info, hieronder het bericht van de klant.",
        "Zie hieronder, kan iemand dit oppakken?",
    ],
    "agent_chat": [
        "Bedankt voor het wachten, ik kijk even.",
        "Kunt u een paar gegevens bevestigen?",
        "Ik zie het probleem.",
        "Kan ik u nog ergens anders mee helpen?",
        "Momentje alstublieft.",
    ],
    "agent_hello": [
        "Hallo, je chat met {agent}. Waarmee kan ik helpen?",
        "Hoi! {agent} hier, wat kan ik voor je doen?",
    ],
    "agent_hello_anon": ["Hallo, waarmee kunnen we helpen?"],
    "chat_bye": ["ok dank je", "top, bedankt!", "prima"],
    "form_title": ["Nieuw bericht via het contactformulier", "Formulier: Contact"],
    "csv_intro": ["Hierbij de export waar jullie om vroegen:", "Ik plak de lijst hieronder:"],
    "log_intro": ["Hier de relevante logregels:", "Logs van onze kant:"],
    "json_intro": ["De payload die we sturen ziet er zo uit:", "Ruwe API-respons:"],
    "sig_role": ["Officemanager", "Eigenaar", "Ouder", "Zzp'er"],
    "lab": {
        "name": "Naam",
        "first": "Voornaam",
        "last": "Achternaam",
        "email": "E-mail",
        "phone": "Telefoon",
        "address": "Adres",
        "dob": "Geboortedatum",
        "message": "Bericht",
        "iban": "IBAN",
        "card": "Kaartnummer",
        "ip": "IP-adres",
        "secret": "API-sleutel",
        "url_credentials": "Callback-URL",
        "order_ref": "Bestelnr.",
        "amount": "Bedrag",
        "date_other": "Datum",
        "city_only": "Plaats",
        "submitted": "Verzonden",
        "customer": "Klant",
        "agent": "Medewerker",
    },
}

DA = {
    "greet": ["Hej,", "Hej med jer,", "Goddag,", "Kære kundeservice,", "Hejsa,", "God morgen,"],
    "greet_name": ["Hej {agent},", "Kære {agent},", "Hej igen {agent},"],
    "close": [
        "På forhånd tak.",
        "Jeg håber at høre fra jer snarest.",
        "Tak for hjælpen!",
        "Svar venligst hurtigst muligt.",
        "Hav en god dag.",
    ],
    "signoff": [
        "Venlig hilsen\n{full}",
        "Mvh.\n{full}",
        "Hilsen {first}",
        "Tak,\n{first}",
        "De bedste hilsner\n{full}",
        "Venlig hilsen\n{full}\n\nSendt fra min iPhone",
    ],
    "signoff_anon": ["Mvh.", "Tak", "Sendt fra min iPhone"],
    "subject": {
        "delivery": "Pakke ikke modtaget",
        "refund": "Manglende refusion",
        "account": "Kan ikke logge ind",
        "devops": "Deploy fejler",
        "bank": "Ukendt træk",
        "insurance": "Skadesanmeldelse",
        "travel": "Ændring af booking",
        "utility": "Flytning",
        "school": "Fravær / indskrivning",
        "recruiting": "Ansøgning",
        "telecom": "Nummerflytning",
        "rental": "Interesse for lejlighed",
    },
    "open": {
        "delivery": [
            "Min ordre {order_ref} står som leveret den {date_other}, men jeg har ikke modtaget "
            "noget.",
            "Pakken er stadig ikke kommet, og sporingen ({tracking_no}) har ikke rykket sig i "
            "fire dage.",
            "Jeg bestilte en lampe for to uger siden, og den er stadig ikke kommet. Kan I "
            "undersøge det?",
            "Buddet har lagt en seddel om, at han ikke kunne finde huset, selvom jeg har boet "
            "her i årevis.",
        ],
        "refund": [
            "Jeg er blevet trukket to gange for den samme ordre ({order_ref}), {amount} hver gang.",
            "Jeg sendte jakken retur for flere uger siden og venter stadig på pengene.",
            "Hvornår bliver kreditnotaen til faktura {invoice_ref} udbetalt?",
        ],
        "account": [
            "Siden i morges kan jeg ikke logge ind, appen (version {version}) skriver bare "
            "'session udløbet'.",
            "Jeg tror, at nogen har været inde på vores konto i nat.",
            "Koderne til totrinsbekræftelse kommer ikke længere efter opdateringen, se sag "
            "{ticket_ref}.",
        ],
        "devops": [
            "Vores deploy fejlede i nat omkring kl. {clock_time}, request-id {uuid}.",
            "Workeren får timeout, hver gang den forbinder til databasen.",
            "Efter opgraderingen til {version} fejler buildet ved commit {hash}.",
        ],
        "bank": [
            "Jeg vil gerne gøre indsigelse mod et træk på {amount} fra den {date_other}, som jeg "
            "ikke kender.",
            "Mit kort blev spærret, mens jeg var på ferie, og jeg har brug for det nu.",
            "Overførslen, jeg lavede den {date_other}, er aldrig nået frem til modtageren.",
        ],
        "insurance": [
            "Jeg vil anmelde en skade på police {policy_no}: et rør er sprunget i køkkenet.",
            "I går bakkede nogen ind i min bil på en parkeringsplads og kørte videre.",
            "Kan I bekræfte, om min indboforsikring dækker en bærbar, der er blevet tabt?",
        ],
        "travel": [
            "Jeg skal ændre booking {booking_ref}, fly {flight_no} passer os ikke længere.",
            "Vores fly blev aflyst, og erstatningen lander først kl. {clock_time}.",
            "Jeg vil gerne tilføje en ekstra passager til vores reservation i næste måned.",
        ],
        "utility": [
            "Jeg flytter den {date_other} og vil opsige aftalen, målernummer {serial_phone_like}.",
            "Min seneste regning er næsten dobbelt så høj som normalt.",
            "Vi er lige flyttet ind og vil gerne tilmelde el og varme.",
        ],
        "school": [
            "Vores datter har fri den {date_other} på grund af en tid på hospitalet.",
            "Vi vil gerne indskrive vores søn til næste skoleår.",
            "Kan I sende mig samtykkeerklæringen til udflugten? Forældremødet starter kl. "
            "{clock_time}.",
        ],
        "recruiting": [
            "Hermed søger jeg stillingen som dataanalytiker (jobnr. {ticket_ref}).",
            "Tak for invitationen til samtale, jeg bekræfter gerne tidspunktet.",
            "Nedenfor følger min ansøgning til stillingen som lagerleder.",
        ],
        "telecom": [
            "Jeg vil gerne flytte mit nummer til jer; SIM-kortets serienummer er "
            "{serial_phone_like}.",
            "Mit abonnement udløber næste måned, og jeg vil opsige det.",
            "På faktura {invoice_ref} står der {amount} i roaming, men jeg har ikke været ude af "
            "landet.",
        ],
        "rental": [
            "Jeg er interesseret i toværelseslejligheden på {street_only}.",
            "Vi flyttede ud sidste måned og venter stadig på depositummet på {amount}.",
            "Varmen i vores lejlighed har ikke virket siden søndag.",
        ],
    },
    "ent": {
        "email": [
            "Min e-mail er {email}.",
            "Svar venligst til {email}, jeg bruger ikke den gamle adresse mere.",
            "Kontoen er oprettet med {email}.",
        ],
        "phone": [
            "I kan ringe til mig på {phone}.",
            "Mit mobilnummer er {phone}, bedst efter kl. 17.",
            "Telefon: {phone}",
        ],
        "address": [
            "Min adresse er {address}.",
            "@Send venligst erstatningen til {address}.",
            "Ny adresse: {address}",
            "@Leveringsadresse:\n\n{address_ml}",
            "Vores adresse:\n\n{address_ml}",
        ],
        "dob": [
            "Til kontrol: min fødselsdato er {dob}.",
            "Jeg er født den {dob}, hvis I skal bruge det til at finde sagen.",
            "Fødselsdato: {dob}",
        ],
        "card": [
            "Jeg betalte med kortet {card}, udløb 08/27.",
            "Beløbet blev trukket på mit kreditkort {card}.",
        ],
        "iban": [
            "$Beløbet bedes overført til min konto {iban}.",
            "Mit nye IBAN er {iban}, kan I opdatere betalingsaftalen?",
        ],
        "ip": [
            "Login kom fra {ip}, og det var ikke mig.",
            "Kan I whiteliste {ip} til vores kontor?",
        ],
        "url_credentials": [
            "Webhooken er sat op som {urlc}.",
            "Vi forbinder via {urlc}, og det hænger bare.",
        ],
        "secret": [
            "Jeg kom til at indsætte vores API-nøgle i en offentlig kanal: {secret}. Kan I "
            "tilbagekalde den?",
            "Tokenet vi bruger er {secret}.",
            "Den midlertidige adgangskode {secret} virker ikke.",
        ],
        "combo": ["I kan fange mig på {phone} eller {email}.", "Kontakt: {email} / {phone}"],
    },
    "person": [
        "Mit navn er {full}, og jeg har været kunde i mange år.",
        "Det er {full}, kontoindehaver.",
        "Kontoen står i mit navn, {name}.",
        "Jeg talte med {agent} i går, som lovede at ringe tilbage, men intet skete.",
        "Det var {other}, der oprettede kontoen, men nu tager jeg mig af det.",
        "{other_first} fra jeres salgsafdeling sagde, at det allerede var løst.",
        "Post bedes sendt til {title_last}.",
    ],
    "neg": {
        "order_ref": ["Ordrenummer: {order_ref}."],
        "ticket_ref": ["(sag {ticket_ref})"],
        "invoice_ref": ["Det drejer sig om faktura {invoice_ref}."],
        "booking_ref": ["Bookingnummer: {booking_ref}."],
        "flight_no": ["Vi var booket på {flight_no}."],
        "tracking_no": ["Sporingsnummer {tracking_no} står stadig som 'undervejs'."],
        "date_other": ["Den skulle være leveret den {date_other}."],
        "clock_time": ["Jeg kan træffes efter kl. {clock_time}."],
        "amount": ["Totalen var {amount}."],
        "version": ["Jeg bruger version {version} af appen."],
        "digits16_bad": ["På kontoudtoget står referencen {digits16_bad}."],
        "iban_bad": [
            "På jeres faktura står IBAN {iban_bad}, men min bank siger, at det er ugyldigt."
        ],
        "serial_phone_like": ["Serienummeret på bagsiden er {serial_phone_like}."],
        "policy_no": ["Policenr. {policy_no}."],
        "street_only": ["Der er vejarbejde på {street_only}, måske er det derfor."],
        "city_only": ["Jeg er i {city_only} indtil næste uge."],
        "postcode_only": ["Leverer I også til postnummer {postcode_only}?"],
        "brand_name": ["Jeg købte det hos {brand_name}."],
        "hash": ["Checksummen på filen er {hash}."],
        "uuid": ["Request-ID: {uuid}"],
        "url_plain": ["Jeg har allerede fulgt vejledningen på {url_plain}."],
        "masked_card": ["Det er kortet, der ender på {masked_card}."],
    },
    "reply": [
        "Hej {first},\n\ntak for din henvendelse. Vi har sendt den videre til den rette afdeling "
        "og vender tilbage inden for to hverdage.\n\nVenlig hilsen\n{agent}",
        "Kære {title_last}\n\nvi har modtaget din besked og oprettet en sag.\n\nMvh.\n{agent}\n"
        "Kundeservice",
    ],
    "reply_anon": ["Hej,\n\ntak for din besked, vi kigger på det.\n\nSupportteamet"],
    "wrote": "Den {date} skrev {from}:",
    "orig": "-----Oprindelig meddelelse-----",
    "fwd": "---------- Videresendt meddelelse ----------",
    "hdr": {"from": "Fra:", "date": "Dato:", "subject": "Emne:"},
    "at": "kl.",
    "fwd_intro": ["Til orientering, her er kundens besked.", "Se nedenfor, kan nogen tage den?"],
    "agent_chat": [
        "Tak fordi du ventede, jeg kigger på det.",
        "Kan du bekræfte et par oplysninger?",
        "Nu kan jeg se problemet.",
        "Er der andet, jeg kan hjælpe med?",
        "Et øjeblik.",
    ],
    "agent_hello": [
        "Hej, du chatter med {agent}. Hvad kan jeg hjælpe med?",
        "Hej! Det er {agent}, hvad kan jeg gøre for dig?",
    ],
    "agent_hello_anon": ["Hej, hvad kan vi hjælpe med?"],
    "chat_bye": ["ok tak", "super, tusind tak!", "perfekt"],
    "form_title": ["Ny henvendelse via kontaktformularen", "Formular: Kontakt os"],
    "csv_intro": ["Her er det udtræk, I bad om:", "Jeg indsætter listen herunder:"],
    "log_intro": ["Her er de relevante loglinjer:", "Logs fra vores side:"],
    "json_intro": ["Payloaden vi sender ser sådan ud:", "Rå API-svar:"],
    "sig_role": ["Kontorchef", "Indehaver", "Forælder", "Selvstændig konsulent"],
    "lab": {
        "name": "Navn",
        "first": "Fornavn",
        "last": "Efternavn",
        "email": "E-mail",
        "phone": "Telefon",
        "address": "Adresse",
        "dob": "Fødselsdato",
        "message": "Besked",
        "iban": "IBAN",
        "card": "Kortnummer",
        "ip": "IP-adresse",
        "secret": "API-nøgle",
        "url_credentials": "Callback-URL",
        "order_ref": "Ordrenr.",
        "amount": "Beløb",
        "date_other": "Dato",
        "city_only": "By",
        "submitted": "Sendt",
        "customer": "Kunde",
        "agent": "Medarbejder",
    },
}

# en_US: a few American phrasings on top of the shared English text
EN_US = {**EN, "ent": {**EN["ent"]}}
EN_US["ent"]["phone"] = [
    "You can call me at {phone}.",
    "My cell is {phone} if that's easier.",
    "Best number to reach me is {phone} (after 5pm).",
    "Please call {phone} ext. 214 during business hours.",
]
EN_US["open"] = {
    **EN["open"],
    "rental": [
        "I'm interested in the two-bedroom apartment you listed on {street_only}.",
        "We moved out last month and we're still waiting for our security deposit of {amount}.",
        "The heat in our apartment stopped working on Sunday and it's freezing.",
    ],
}
TEXT = {
    "en_US": EN_US,
    "en_GB": EN,
    "de_DE": DE,
    "fr_FR": FR,
    "es_ES": ES,
    "pt_BR": PT,
    "it_IT": IT,
    "nl_NL": NL,
    "da_DK": DA,
}

# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------

US_AREAS = ["212", "305", "312", "404", "415", "503", "512", "602", "617", "702", "713", "720"]
US_AREAS += ["206", "919", "614", "208", "402", "509", "802", "804", "859", "916", "520", "608"]
GB_AREAS = ["20", "161", "131", "117", "113", "121", "114", "151"]
DE_MOBILE = ["151", "152", "157", "159", "160", "162", "170", "171", "172", "175", "176", "177"]
DE_MOBILE += ["178", "179"]
DE_AREAS = ["30", "89", "40", "69", "221", "711", "211", "341", "351", "511", "911"]
BR_AREAS = ["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48", "62", "92", "27"]
IT_MOBILE = ["320", "328", "329", "333", "334", "335", "338", "339", "340", "345", "347", "348"]
IT_MOBILE += ["349", "366", "368", "388", "391", "392", "393"]
IT_AREAS = ["06", "02", "011", "055", "081", "051", "010", "041"]
NL_AREAS = ["20", "10", "30", "70", "40", "50", "24", "26"]
GB_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
NL_LETTERS = "ABCDEGHJKLMNPRTVWXZ"
_B62 = string.ascii_letters + string.digits


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _ascii(s: str) -> str:
    """Lower-case ASCII letters and digits of a name, for e-mail addresses and user names."""
    for a, b in (("ß", "ss"), ("ø", "o"), ("Ø", "o"), ("æ", "ae"), ("Æ", "ae"), ("å", "aa")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def _strip_accents(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _person(loc: str, r: random.Random, fk: Faker) -> dict:
    """A person in the locale's naming style: compound, particle and hyphenated surnames."""
    female = r.random() < 0.5
    first = fk.first_name_female() if female else fk.first_name_male()
    last, other, middle, x = fk.last_name(), fk.last_name(), "", r.random()
    if loc == "en_US" and x < 0.08 and other != last:
        last = f"{last}-{other}"
    elif loc == "en_US" and x < 0.2:
        middle = r.choice("ABCDEFGHJKLMNPRSTW") + "."
    elif loc == "en_GB" and x < 0.1 and other != last:
        last = f"{other}-{last}"
    elif loc == "de_DE" and x < 0.07:
        last = f"von {last}"
    elif loc == "de_DE" and x < 0.15 and other != last:
        last = f"{last}-{other}"
    elif loc == "fr_FR" and x < 0.08 and other != last:
        last = f"{last}-{other}"
    elif loc == "fr_FR" and x < 0.14:
        last = r.choice(["de ", "Le ", "du "]) + last
    elif loc == "fr_FR" and x < 0.24 and "-" not in first:
        first = ("Marie-" if female else "Jean-") + first
    elif loc == "es_ES" and x < 0.88 and other != last:
        last = ("de la " if r.random() < 0.05 else "") + f"{last} {other}"
    elif loc == "pt_BR" and x < 0.4 and other != last:
        last = f"{other} {last}"
    elif loc == "pt_BR" and x < 0.6 and " " not in last:
        last = r.choice(["da ", "dos ", "de "]) + last
    elif loc == "it_IT" and x < 0.12:
        last = r.choice(["De ", "Di ", "Lo ", "La ", "Dal ", "Della "]) + last
    elif loc == "da_DK" and x < 0.2 and other != last:
        last = f"{other} {last}"
    return {"first": first, "last": last, "middle": middle, "female": female}


def _full(p: dict) -> str:
    return " ".join(x for x in (p["first"], p["middle"], p["last"]) if x)


def _name_form(p: dict, form: str) -> str:
    last_up = p["last"].upper()
    forms = {
        "full": _full(p),
        "first": p["first"],
        "last_first": f"{p['last']}, {p['first']}",
        "caps_last": f"{last_up} {p['first']}",
        "first_caps": f"{p['first']} {last_up}",
        "upper": _full(p).upper(),
        "lower": _full(p).lower(),
        "initial": f"{p['first'][0]}. {p['last']}",
    }
    return forms[form]


def _email(p: dict, loc: str, r: random.Random) -> str:
    f = _ascii(p["first"].split()[0].split("-")[0]) or "info"
    last = _ascii(p["last"]) or "mail"
    local = r.choice(
        [
            f"{f}.{last}",
            f"{f}{last}",
            f"{f[0]}.{last}",
            f"{f}_{last}{r.randint(1, 99)}",
            f"{last}.{f}",
            f"{f}{r.randint(70, 99)}",
            f"{f[0]}{last}",
            f"{f}.{last}{r.randint(1, 9)}",
        ]
    )
    if r.random() < 0.2:
        return f"{local}@{r.choice(WORK_SLUGS)}.{WORK_TLD[loc]}"
    return f"{local}@{r.choice(EMAIL_DOMAINS[loc])}"


def _nsn(region: str, r: random.Random) -> tuple[str, int]:
    """A national significant number and the length of its area / mobile prefix."""
    if region == "US":
        return r.choice(US_AREAS) + str(r.randint(2, 9)) + _d(r, 6), 3
    if region == "GB":
        if r.random() < 0.6:
            return "7" + r.choice("1234579") + _d(r, 8), 4
        area = r.choice(GB_AREAS)
        return area + _d(r, 10 - len(area)), len(area)
    if region == "DE":
        if r.random() < 0.6:
            pre = r.choice(DE_MOBILE)
            return pre + _d(r, r.choice((7, 8))), 3
        area = r.choice(DE_AREAS)
        return area + str(r.randint(2, 9)) + _d(r, r.choice((5, 6, 7))), len(area)
    if region == "FR":
        return r.choice("6677123459") + _d(r, 8), 1
    if region == "ES":
        if r.random() < 0.65:
            return "6" + _d(r, 8), 3
        return "9" + r.choice("1345") + _d(r, 7), 2
    if region == "BR":
        if r.random() < 0.7:
            return r.choice(BR_AREAS) + "9" + r.choice("6789") + _d(r, 7), 2
        return r.choice(BR_AREAS) + r.choice("2345") + _d(r, 7), 2
    if region == "IT":
        if r.random() < 0.65:
            return r.choice(IT_MOBILE) + _d(r, 7), 3
        area = r.choice(IT_AREAS)
        return area + _d(r, 10 - len(area)), len(area)
    if region == "NL":
        if r.random() < 0.6:
            return "6" + r.choice("12345") + _d(r, 7), 1
        return r.choice(NL_AREAS) + r.choice("2345678") + _d(r, 6), 2
    return r.choice("2345678") + _d(r, 7), 2  # DK: eight digits, no area code


def _group(s: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _phone_styles(region: str, nsn: str, a: int) -> list[str]:
    """The ways people in the region write this number: national and international."""
    area, sub = nsn[:a], nsn[a:]
    cc = str(phonenumbers.country_code_for_region(region))
    if region == "US":
        e, li = nsn[3:6], nsn[6:]
        return [
            f"({area}) {e}-{li}",
            f"{area}-{e}-{li}",
            f"{area}.{e}.{li}",
            f"+1 {area} {e} {li}",
            f"+1 ({area}) {e}-{li}",
            f"1-{area}-{e}-{li}",
            f"+1-{area}-{e}-{li}",
        ]
    if region == "FR":
        pairs = _group(nsn[1:], (2, 2, 2, 2))
        return [
            f"0{nsn[0]} {pairs}",
            f"0{nsn[0]}.{pairs.replace(' ', '.')}",
            f"0{nsn}",
            f"+33 {nsn[0]} {pairs}",
            f"+33 (0){nsn[0]} {pairs}",
            f"+33{nsn}",
        ]
    if region == "ES":
        g = _group(nsn, (3, 3, 3)) if a == 3 else _group(nsn, (2, 3, 2, 2))
        return [g, nsn, _group(nsn, (3, 2, 2, 2)), f"+34 {g}", f"+34{nsn}", f"0034 {g}"]
    if region == "BR":
        s = f"{sub[:-4]}-{sub[-4:]}"
        return [
            f"({area}) {s}",
            f"{area} {s}",
            f"+55 {area} {s}",
            f"+55 ({area}) {s}",
            f"({area}) {sub[0]} {sub[1:5]}-{sub[5:]}" if len(sub) == 9 else f"({area}){s}",
        ]
    if region == "IT":
        return [
            f"{area} {sub}",
            f"{area}-{sub}",
            nsn,
            f"{area} {_group(sub, (3, 4))}",
            f"+39 {area} {sub}",
            f"+39 {nsn}",
            f"0039 {area} {sub}",
        ]
    if region == "DK":
        pairs = _group(nsn, (2, 2, 2, 2))
        return [
            pairs,
            _group(nsn, (4, 4)),
            nsn,
            f"+45 {pairs}",
            f"+45 {_group(nsn, (4, 4))}",
            f"0045 {pairs}",
            f"(+45) {pairs}",
        ]
    grouped = {
        "GB": (3, 4) if len(sub) == 7 else (4, 4) if len(sub) == 8 else (6,),
        "DE": (3, 3, 2) if len(sub) == 8 else (4, 4),
        "NL": (3, 4) if a == 2 else (4, 4),
    }
    g = _group(sub, grouped[region])
    out = [
        f"0{area} {sub}",
        f"0{area} {g}",
        f"+{cc} {area} {g}",
        f"+{cc} (0){area} {sub}",
        f"00{cc} {area} {sub}",
        f"+{cc}{nsn}",
    ]
    if region == "DE":
        out += [f"0{area}/{sub}", f"0{area}-{sub}", f"(0{area}) {sub}"]
    if region == "NL":
        out += [f"0{area}-{sub}", f"(0{area}) {g}", f"0{area} {_group(sub, (2, 2, 2, 2))}"]
    if region == "GB":
        out += [f"(0{area}) {g}"]
    return out


def _phone(loc: str, r: random.Random) -> str:
    """A phone number valid for the locale's country, in one of its local written forms."""
    region = REGION[loc]
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(200):
        nsn, a = _nsn(region, r)
        number = phonenumbers.parse(f"+{cc}{nsn}")
        if phonenumbers.is_valid_number(number):  # and of this country (not Jersey, say)
            if phonenumbers.region_code_for_number(number) == region:
                break
    styles = _phone_styles(region, nsn, a)
    r.shuffle(styles)
    for s in styles:
        if phonenumbers.is_valid_number(phonenumbers.parse(s, region)):
            return s
    raise AssertionError((loc, nsn))


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_valid(value: str) -> bool:
    """True for an IBAN of a known country with the right length and mod-97 checksum."""
    s = re.sub(r"\s", "", value).upper()
    cc = s[:2]
    ok_shape = cc in IBAN_LENGTH and len(s) == IBAN_LENGTH[cc] and s[2:4].isdigit()
    return ok_shape and s.isalnum() and _mod97(s[4:] + s[:4]) == 1


def _iban_raw(cc: str, r: random.Random) -> str:
    classes = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + "0"}
    parts = []
    for i, (n, cls) in enumerate(IBAN_LAYOUT[cc]):
        if i == 0 and cc in IBAN_BANKS:
            parts.append(r.choice(IBAN_BANKS[cc]))
        else:
            parts.append("".join(r.choice(classes[cls]) for _ in range(n)))
    bban = "".join(parts)
    return f"{cc}{98 - _mod97(bban + cc + '00'):02d}{bban}"


def _iban_format(s: str, r: random.Random) -> str:
    return _group(s, (4,) * 8) if r.random() < 0.7 else s


def _iban(loc: str, r: random.Random) -> str:
    cc = LOC_IBAN.get(loc) or r.choice(["DE", "GB", "FR", "ES", "NL"])  # en_US: an account abroad
    return _iban_format(_iban_raw(cc, r), r)


def _iban_bad(loc: str, r: random.Random) -> str:
    cc = LOC_IBAN.get(loc) or r.choice(["DE", "GB", "FR"])
    good = _iban_raw(cc, r)
    while True:
        bad = f"{good[:2]}{r.randint(2, 98):02d}{good[4:]}"
        if not iban_valid(bad):
            return _iban_format(bad, r)


def _card(r: random.Random) -> str:
    kind = r.choices(("visa", "mc", "mc2", "amex", "disc"), weights=(44, 30, 6, 12, 8))[0]
    prefix = {"visa": "4", "mc": str(r.randint(51, 55)), "mc2": str(r.randint(2221, 2720))}
    prefix |= {"amex": r.choice(("34", "37")), "disc": "6011"}
    length = 15 if kind == "amex" else 16
    body = prefix[kind] + _d(r, length - len(prefix[kind]) - 1)
    number = next(body + c for c in string.digits if luhn_valid(body + c))
    sep = r.choice((" ", " ", "-", ""))
    return _group(number, (4, 6, 5) if kind == "amex" else (4, 4, 4, 4), sep)


def _ssn(r: random.Random) -> str:
    area = r.randint(1, 899)
    area = 667 if area == 666 else area
    sep = "-" if r.random() < 0.85 else " "
    return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def _ip(r: random.Random) -> str:
    while True:
        if r.random() < 0.15:
            value = str(
                ipaddress.IPv6Address((0x2A00 + r.randint(0, 15)) << 112 | r.getrandbits(112))
            )
        else:
            value = (
                f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            )
        if ipaddress.ip_address(value).is_global:
            return value


def _b62(r: random.Random, n: int, alphabet: str = _B62) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


PASSWORD_WORDS = [
    "Falcon",
    "Sommer",
    "Maple",
    "Soleil",
    "Lluvia",
    "Kaffee",
    "Tramonto",
    "Bicicleta",
]
PASSWORD_WORDS += ["Regnvejr", "Molen", "Copper", "Winter", "Girassol", "Orage"]


def _secret(r: random.Random) -> str:
    """An API key, token or password; made-up, but shaped like the real kinds."""
    kind = r.choice(
        ("stripe", "github", "aws", "slack", "gitlab", "google", "jwt", "hex", "pw", "pw")
    )
    if kind == "stripe":
        return r.choice(("sk_live_", "rk_live_", "sk_test_")) + _b62(r, 24)
    if kind == "github":
        return "ghp_" + _b62(r, 36)
    if kind == "aws":
        return "AKIA" + _b62(r, 16, string.ascii_uppercase + "234567")
    if kind == "slack":
        return f"xoxb-{_d(r, 11)}-{_d(r, 12)}-{_b62(r, 24)}"
    if kind == "gitlab":
        return "glpat-" + _b62(r, 20, _B62 + "-_")
    if kind == "google":
        return "AIza" + _b62(r, 35, _B62 + "-_")
    if kind == "jwt":
        head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        return f"{head}.eyJ{_b62(r, r.randint(30, 60))}.{_b62(r, 43, _B62 + '-_')}"
    if kind == "hex":
        return _b62(r, 32, "0123456789abcdef")
    if r.random() < 0.5:
        return f"{r.choice(PASSWORD_WORDS)}{r.randint(10, 9999)}{r.choice('!#$%&*?')}"
    return _b62(r, r.randint(10, 16), _B62 + "!#$%&*?")


def _urlc(r: random.Random) -> str:
    scheme = r.choice(
        ("https", "ftp", "sftp", "postgres", "mysql", "mongodb", "redis", "amqp", "smtp")
    )
    ports = {"postgres": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379, "amqp": 5672}
    ports["smtp"] = 587
    port = f":{ports[scheme]}" if scheme in ports and r.random() < 0.8 else ""
    user = r.choice(("admin", "deploy", "svc_backup", "ci-runner", "shop_app", "reporting", "etl"))
    pw = _b62(r, r.randint(10, 16), _B62 + "-_.~!")
    sub = r.choice(("db", "db-prod", "files", "ftp", "mq", "cache", "mail", "git", "hooks"))
    host = f"{sub}.{r.choice(SAAS)}.{r.choice(('com', 'io', 'net', 'eu'))}"
    path = r.choice(("", "/orders", "/prod", "/incoming", "/v1/hooks", "/backup", "/app"))
    return f"{scheme}://{user}:{pw}@{host}{port}{path}"


def _date(loc: str, r: random.Random, years: tuple[int, int], iso: float = 0.1) -> str:
    y, m, d = r.randint(*years), r.randint(1, 12), r.randint(1, 28)
    if r.random() < iso:
        return f"{y}-{m:02d}-{d:02d}"
    mon = MONTHS[LANG[loc]][m - 1]
    nth = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    forms = {
        "en_US": [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{mon[:3]} {d}, {y}"],
        "en_GB": [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}{nth} {mon} {y}"],
        "de_DE": [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {mon} {y}"],
        "fr_FR": [f"{d:02d}/{m:02d}/{y}", f"{'1er' if d == 1 else d} {mon} {y}"],
        "es_ES": [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} de {mon} de {y}"],
        "pt_BR": [f"{d:02d}/{m:02d}/{y}", f"{d} de {mon} de {y}"],
        "it_IT": [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}-{m:02d}-{y}"],
        "nl_NL": [f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d}-{m}-{y}"],
        "da_DK": [
            f"{d:02d}.{m:02d}.{y}",
            f"{d}. {mon} {y}",
            f"{d}/{m} {y}",
            f"{d:02d}-{m:02d}-{y}",
        ],
    }
    return r.choice(forms[loc])


def _clock(loc: str, r: random.Random) -> str:
    h, m = r.randint(7, 22), r.choice((0, 5, 15, 20, 30, 40, 45, 50))
    if loc == "en_US":
        return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
    if loc in ("fr_FR", "pt_BR") and r.random() < 0.6:
        return f"{h}h{m:02d}" if m else f"{h}h"
    if loc in ("nl_NL", "da_DK", "it_IT", "en_GB") and r.random() < 0.4:
        return f"{h}.{m:02d}"
    return f"{h}:{m:02d}"


def _amount(loc: str, r: random.Random) -> str:
    v = r.randint(500, 250000) / 100
    if r.random() < 0.3:
        v = float(int(v))
    intpart, cents = f"{v:,.2f}".split(".")
    dot = intpart.replace(",", ".")
    forms = {
        "en_US": [f"${intpart}.{cents}", f"USD {intpart}.{cents}"],
        "en_GB": [f"£{intpart}.{cents}", f"GBP {intpart}.{cents}"],
        "de_DE": [f"{dot},{cents} €", f"{dot},{cents} EUR", f"EUR {dot},{cents}"],
        "fr_FR": [f"{intpart.replace(',', ' ')},{cents} €", f"{dot},{cents} euros"],
        "es_ES": [f"{dot},{cents} €", f"{dot},{cents} euros"],
        "pt_BR": [f"R$ {dot},{cents}", f"R${dot},{cents}"],
        "it_IT": [f"€ {dot},{cents}", f"{dot},{cents} euro"],
        "nl_NL": [f"€ {dot},{cents}", f"€{dot},{cents}", f"EUR {dot},{cents}"],
        "da_DK": [f"{dot},{cents} kr.", f"DKK {dot},{cents}", f"kr. {dot},{cents}"],
    }
    return r.choice(forms[loc])


# ---------------------------------------------------------------------------------------------
# Addresses: each returns (one-line form, multi-line form) of the same address
# ---------------------------------------------------------------------------------------------

US_ABBR = {"Avenue": "Ave", "Street": "St", "Boulevard": "Blvd", "Road": "Rd", "Drive": "Dr"}
US_ABBR |= {"Lane": "Ln", "Court": "Ct"}


def _lines(r: random.Random, lines: list[str], country: str | None, p_country: float) -> tuple:
    """One-line and multi-line forms; the country line is added to both or neither."""
    if country and r.random() < p_country:
        lines = [*lines, country]
    return ", ".join(lines), "\n".join(lines)


def _addr_us(r: random.Random) -> tuple[str, str]:
    city, state, zp = r.choice(US_CITIES)
    zipcode = zp + f"{r.randint(1, 99):02d}" + (f"-{_d(r, 4)}" if r.random() < 0.15 else "")
    last = f"{city}, {state} {zipcode}"
    if r.random() < 0.1:
        return _lines(
            r, [f"{r.choice(['PO Box', 'P.O. Box'])} {r.randint(10, 9999)}", last], "USA", 0.2
        )
    street = r.choice(STREETS["en_US"])
    if r.random() < 0.4:
        head, _, tail = street.rpartition(" ")
        street = f"{head} {US_ABBR.get(tail, tail)}"
    line1 = f"{r.randint(1, 9899)} {street}"
    unit = r.choice(
        [
            f"Apt {r.randint(1, 40)}{r.choice('ABCD')}",
            f"Apt. {r.randint(1, 999)}",
            f"Suite {r.randint(100, 950)}",
            f"Unit {r.randint(1, 30)}",
            f"#{r.randint(2, 60)}",
        ]
    )
    if r.random() < 0.35:
        line1 = f"{line1} {unit}" if r.random() < 0.5 else f"{line1}, {unit}"
    return _lines(r, [line1, last], r.choice(["USA", "United States"]), 0.3)


def _gb_postcode(area: str, r: random.Random) -> str:
    return f"{area}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice(GB_LETTERS)}{r.choice(GB_LETTERS)}"


def _addr_gb(r: random.Random) -> tuple[str, str]:
    city, area = r.choice(GB_CITIES)
    pc = _gb_postcode(area, r)
    town = city.upper() if r.random() < 0.25 else city
    if r.random() < 0.08:
        return _lines(r, [f"PO Box {r.randint(10, 999)}", town, pc], "United Kingdom", 0.3)
    lines = [f"{r.randint(1, 220)} {r.choice(STREETS['en_GB'])}"]
    x = r.random()
    if x < 0.25:
        lines.insert(0, f"Flat {r.randint(1, 30)}{r.choice(['', '', 'A', 'B'])}")
    elif x < 0.32:
        lines.insert(0, r.choice(["Rose Cottage", "The Old Forge", "Ivy House", "Orchard View"]))
    if r.random() < 0.5:
        return _lines(r, [*lines, f"{town} {pc}"], "UK", 0.15)
    return _lines(r, [*lines, town, pc], r.choice(["United Kingdom", "UK"]), 0.3)


def _addr_de(r: random.Random) -> tuple[str, str]:
    city, pre = r.choice(DE_CITIES)
    last = f"{pre}{r.randint(100, 999)} {city}"
    if r.random() < 0.07:
        box = f"Postfach {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        return _lines(r, [box, last], "Deutschland", 0.3)
    street = r.choice(STREETS["de_DE"])
    if street.endswith("straße") and r.random() < 0.3:
        street = street[:-6] + "str."
    num = f"{r.randint(1, 180)}{r.choice(['', '', '', '', 'a', 'b'])}"
    lines = [f"{street} {num}"]
    if r.random() < 0.25:
        lines.append(
            r.choice(
                [
                    "3. OG links",
                    "Hinterhaus",
                    f"App. {r.randint(1, 40)}",
                    "2. Stock",
                    "Seitenflügel, 1. OG",
                ]
            )
        )
    return _lines(r, [*lines, last], "Deutschland", 0.3)


def _fr_postcode(city: str, dept: str, r: random.Random) -> str:
    if city == "Paris":
        return f"750{r.randint(1, 20):02d}"
    if city == "Lyon":
        return f"6900{r.randint(1, 9)}"
    if city == "Marseille":
        return f"130{r.randint(1, 16):02d}"
    return dept + r.choice(["000", "100", "200", "300"])


def _addr_fr(r: random.Random) -> tuple[str, str]:
    city, dept = r.choice(FR_CITIES)
    town = city.upper() if r.random() < 0.5 else city
    last = f"{_fr_postcode(city, dept, r)} {town}"
    if r.random() < 0.07:
        return _lines(r, [f"BP {r.randint(10, 9999)}", last], "France", 0.3)
    num = f"{r.randint(1, 140)}{r.choice(['', '', '', '', ' bis', ' ter'])}"
    street = r.choice(STREETS["fr_FR"])
    lines = [f"{num}{r.choice([' ', ', '])}{street}"]
    if r.random() < 0.3:
        unit = r.choice(
            [
                f"Appt {r.randint(1, 60)}",
                f"Bât. {r.choice('ABCD')}",
                "3e étage",
                f"Bât. {r.choice('ABC')}, appt {r.randint(1, 40)}",
                "Résidence Les Tilleuls",
            ]
        )
        lines.insert(0, unit)
    return _lines(r, [*lines, last], "France", 0.3)


def _addr_es(r: random.Random) -> tuple[str, str]:
    city, pre, prov = r.choice(ES_CITIES)
    last = f"{pre}0{r.randint(1, 80):02d} {city}" + (
        f" ({prov})" if prov != city and r.random() < 0.6 else ""
    )
    if r.random() < 0.07:
        return _lines(r, [f"Apartado de Correos {r.randint(10, 9999)}", last], "España", 0.3)
    street = r.choice(STREETS["es_ES"])
    if r.random() < 0.35:
        street = street.replace("Calle ", "C/ ").replace("Avenida ", "Avda. ")
    floor = r.choice(
        [
            f"{r.randint(1, 9)}º {r.choice('ABCD')}",
            f"{r.randint(1, 8)}º izq.",
            f"{r.randint(1, 8)}º dcha.",
            f"piso {r.randint(1, 9)}, puerta {r.randint(1, 4)}",
            "bajo",
            f"{r.randint(1, 6)}-{r.randint(1, 4)}",
            f"Piso {r.randint(1, 9)} Dto. {r.choice('ABC')}",
        ]
    )
    num = str(r.randint(1, 220))
    if r.random() < 0.5:
        return _lines(r, [f"{street}, {num}, {floor}", last], "España", 0.3)
    return _lines(
        r, [f"{street} {num}" + (f" {floor}" if r.random() < 0.7 else ""), last], "España", 0.3
    )


def _addr_br(r: random.Random) -> tuple[str, str]:
    city, uf, pre = r.choice(BR_CITIES)
    cep = f"{pre}{r.randint(0, 999):03d}-{r.randint(0, 999):03d}"
    if r.random() < 0.07:
        return _lines(
            r, [f"Caixa Postal {r.randint(10, 9999)}", f"{city} - {uf}", cep], "Brasil", 0.3
        )
    street = r.choice(STREETS["pt_BR"])
    if r.random() < 0.3:
        street = street.replace("Rua ", "R. ").replace("Avenida ", "Av. ")
    compl = r.choice(
        [
            "",
            "",
            f", apto {r.randint(11, 1504)}",
            f", ap. {r.randint(11, 904)}",
            f", casa {r.randint(1, 9)}",
            f", bloco {r.choice('ABC')}, apto {r.randint(11, 304)}",
            f", sala {r.randint(101, 1210)}",
        ]
    )
    bairro = r.choice(BR_BAIRROS)
    if r.random() < 0.5:
        return _lines(
            r,
            [f"{street}, {r.randint(1, 3999)}{compl} - {bairro}", f"{city} - {uf}", cep],
            "Brasil",
            0.25,
        )
    return _lines(
        r, [f"{street}, {r.randint(1, 3999)}{compl}", bairro, f"{cep} {city}/{uf}"], "Brasil", 0.25
    )


def _addr_it(r: random.Random) -> tuple[str, str]:
    city, prov, pre = r.choice(IT_CITIES)
    last = f"{pre}{r.randint(0, 99):02d} {city}" + r.choice([f" ({prov})", f" {prov}", ""])
    if r.random() < 0.07:
        return _lines(r, [f"Casella Postale {r.randint(1, 999)}", last], "Italia", 0.3)
    num = f"{r.randint(1, 250)}{r.choice(['', '', '', '/A', '/B', ' bis'])}"
    street = r.choice(STREETS["it_IT"])
    lines = [f"{street}{r.choice([' ', ', '])}{num}"]
    if r.random() < 0.3:
        lines.append(
            r.choice(
                [
                    f"scala {r.choice('ABC')}, int. {r.randint(1, 30)}",
                    f"int. {r.randint(1, 40)}",
                    f"piano {r.randint(1, 8)}",
                ]
            )
        )
    return _lines(r, [*lines, last], "Italia", 0.3)


def _addr_nl(r: random.Random) -> tuple[str, str]:
    city, pre = r.choice(NL_CITIES)
    pc = f"{pre}{r.randint(10, 99)} {r.choice(NL_LETTERS)}{r.choice(NL_LETTERS)}"
    town = city.upper() if r.random() < 0.3 else city
    sep = "  " if r.random() < 0.15 else " "
    if r.random() < 0.07:
        return _lines(r, [f"Postbus {r.randint(10, 9999)}", f"{pc}{sep}{town}"], "Nederland", 0.3)
    num = f"{r.randint(1, 320)}{r.choice(['', '', '', 'A', 'B', '-II', '-hs', ' bis', '-1'])}"
    return _lines(r, [f"{r.choice(STREETS['nl_NL'])} {num}", f"{pc}{sep}{town}"], "Nederland", 0.3)


def _addr_dk(r: random.Random) -> tuple[str, str]:
    city, pc = r.choice(DK_CITIES)
    if r.random() < 0.07:
        return _lines(r, [f"Postboks {r.randint(10, 999)}", f"{pc} {city}"], "Danmark", 0.3)
    num = f"{r.randint(1, 160)}{r.choice(['', '', '', 'A', 'B'])}"
    floor = r.choice(
        [
            "",
            "",
            f", {r.randint(1, 5)}. th.",
            f", {r.randint(1, 5)}. tv.",
            ", st. tv.",
            ", st. th.",
            f", {r.randint(1, 4)}. mf.",
        ]
    )
    return _lines(r, [f"{r.choice(STREETS['da_DK'])} {num}{floor}", f"{pc} {city}"], "Danmark", 0.3)


ADDRESS = {
    "en_US": _addr_us,
    "en_GB": _addr_gb,
    "de_DE": _addr_de,
    "fr_FR": _addr_fr,
    "es_ES": _addr_es,
    "pt_BR": _addr_br,
    "it_IT": _addr_it,
    "nl_NL": _addr_nl,
    "da_DK": _addr_dk,
}


def _city_postcode(loc: str, r: random.Random) -> tuple[str, str]:
    """A city and a postcode of the locale, for the city-alone and postcode-alone negatives."""
    if loc == "en_US":
        city, _, zp = r.choice(US_CITIES)
        return city, zp + f"{r.randint(1, 99):02d}"
    if loc == "en_GB":
        city, area = r.choice(GB_CITIES)
        return city, _gb_postcode(area, r)
    if loc == "de_DE":
        city, pre = r.choice(DE_CITIES)
        return city, f"{pre}{r.randint(100, 999)}"
    if loc == "fr_FR":
        city, dept = r.choice(FR_CITIES)
        return city, _fr_postcode(city, dept, r)
    if loc == "es_ES":
        city, pre, _ = r.choice(ES_CITIES)
        return city, f"{pre}0{r.randint(1, 80):02d}"
    if loc == "pt_BR":
        city, _, pre = r.choice(BR_CITIES)
        return city, f"{pre}{r.randint(0, 999):03d}-{r.randint(0, 999):03d}"
    if loc == "it_IT":
        city, _, pre = r.choice(IT_CITIES)
        return city, f"{pre}{r.randint(0, 99):02d}"
    if loc == "nl_NL":
        city, pre = r.choice(NL_CITIES)
        return city, f"{pre}{r.randint(10, 99)} {r.choice(NL_LETTERS)}{r.choice(NL_LETTERS)}"
    city, pc = r.choice(DK_CITIES)
    return city, pc


# ---------------------------------------------------------------------------------------------
# Hard negatives
# ---------------------------------------------------------------------------------------------

POSTAL_CC = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES"}
POSTAL_CC |= {"pt_BR": "BR", "it_IT": "IT", "nl_NL": "NL", "da_DK": "DK"}
SERIAL_SHAPES = {
    "en_US": ((3, 3, 4), "-"),
    "en_GB": ((5, 6), " "),
    "de_DE": ((4, 4, 3), " "),
    "fr_FR": ((2, 2, 2, 2, 2), " "),
    "es_ES": ((3, 3, 3), " "),
    "pt_BR": ((5, 4), "-"),
    "it_IT": ((3, 3, 4), " "),
    "nl_NL": ((2, 8), "-"),
    "da_DK": ((2, 2, 2, 2), " "),
}


def _letters(r: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _negative(kind: str, loc: str, r: random.Random) -> str:
    """A fresh value of a hard-negative kind for the locale."""
    if kind in REFERENCE_KINDS:
        return _reference(kind, loc, r)
    return _other_negative(kind, loc, r)


REFERENCE_KINDS = ("order_ref", "ticket_ref", "invoice_ref", "booking_ref", "flight_no")
REFERENCE_KINDS += ("tracking_no", "policy_no", "serial_phone_like")


def _reference(kind: str, loc: str, r: random.Random) -> str:
    """Order, ticket, invoice, booking, flight, tracking, policy and serial numbers."""
    year = r.randint(2022, 2025)
    if kind == "order_ref":
        return r.choice(
            [
                f"#{r.randint(100000, 999999)}",
                f"ORD-{year}-{_d(r, 6)}",
                f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
                f"SO{_d(r, 8)}",
                f"A{_d(r, 8)}",
            ]
        )
    if kind == "ticket_ref":
        return r.choice(
            [
                f"TCK-{_d(r, 5)}",
                f"#{r.randint(10000, 99999)}",
                f"INC{_d(r, 7)}",
                f"CS-{_d(r, 4)}-{_letters(r, 2)}",
                f"DA-{year}-{r.randint(10, 99)}",
            ]
        )
    if kind == "invoice_ref":
        return r.choice(
            [
                f"INV-{year}-{_d(r, 5)}",
                f"RE-{year}-{_d(r, 4)}",
                f"FA{_d(r, 6)}",
                f"{year}/{_d(r, 5)}",
                f"NF-{_d(r, 6)}",
            ]
        )
    if kind == "booking_ref":
        return (
            _letters(r, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ")
            + _d(r, 1)
            + _letters(r, 2, "BCDFGHJKLMNPQRSTVWXZ23456789")
        )
    if kind == "flight_no":
        return f"{r.choice(AIRLINES[loc])}{r.choice(['', ' '])}{r.randint(10, 9899)}"
    if kind == "tracking_no":
        return r.choice(
            [
                f"1Z{_letters(r, 6, string.ascii_uppercase + string.digits)}{_d(r, 10)}",
                f"JJD{_d(r, 18)}",
                f"{_letters(r, 2)}{_d(r, 9)}{POSTAL_CC[loc]}",
                f"3S{_letters(r, 4)}{_d(r, 7)}",
                f"00340{_d(r, 15)}",
            ]
        )
    if kind == "serial_phone_like":
        sizes, sep = SERIAL_SHAPES[loc]
        return _group("0" + _d(r, sum(sizes) - 1) if loc != "en_US" else _d(r, 10), sizes, sep)
    return r.choice(
        [
            f"POL-{r.randint(10, 99)}-{_d(r, 7)}",
            _group(_d(r, 10), (4, 3, 3)),
            f"{_letters(r, 2)}/{year}/{_d(r, 6)}",
            _d(r, 9),
            f"{_letters(r, 3)}{_d(r, 8)}",
        ]
    )


def _other_negative(kind: str, loc: str, r: random.Random) -> str:
    """Dates, times, amounts, versions, Luhn-failing digit runs, bad IBANs, places, brands,
    hashes, UUIDs, plain URLs and masked cards."""
    if kind == "date_other":
        return _date(loc, r, (2023, 2025), iso=0.05)
    if kind == "clock_time":
        return _clock(loc, r)
    if kind == "amount":
        return _amount(loc, r)
    if kind == "version":
        a, b, c = r.randint(1, 19), r.randint(0, 30), r.randint(0, 12)
        return r.choice(
            [f"{a}.{b}.{c}", f"v{a}.{b}.{c}", f"{a}.{b}.{c}-rc{r.randint(1, 4)}", f"{a}.{b}"]
        )
    if kind == "digits16_bad":
        while True:
            digits = r.choice("123456789456") + _d(r, 15)
            if not luhn_valid(digits):
                return _group(digits, (4, 4, 4, 4)) if r.random() < 0.6 else digits
    if kind == "iban_bad":
        return _iban_bad(loc, r)
    if kind == "street_only":
        return r.choice(STREETS[loc])
    if kind in ("city_only", "postcode_only"):
        city, pc = _city_postcode(loc, r)
        return city if kind == "city_only" else pc
    if kind == "brand_name":
        return r.choice(BRANDS[LANG[loc]])
    if kind == "hash":
        return _b62(r, r.choice((7, 40, 64)), "0123456789abcdef")
    if kind == "uuid":
        return str(uuid.UUID(int=r.getrandbits(128), version=4))
    if kind == "url_plain":
        co, tld = r.choice(SAAS), r.choice(("com", "io", "eu", "app"))
        return r.choice(
            [
                f"https://help.{co}.{tld}/articles/{_d(r, 5)}",
                f"https://www.{co}.{tld}/orders/{_d(r, 7)}/status",
                f"https://status.{co}.{tld}/incidents/{_b62(r, 8, '0123456789abcdef')}",
                f"https://{co}.{tld}/docs/api/v{r.randint(1, 3)}/webhooks",
            ]
        )
    last4 = _d(r, 4)
    return r.choice(
        [
            f"**** **** **** {last4}",
            f"XXXX-XXXX-XXXX-{last4}",
            f"•••• {last4}",
            f"************{last4}",
        ]
    )


# ---------------------------------------------------------------------------------------------
# Rendering: a doc's context (its people and values) and templates rendered to pieces
# ---------------------------------------------------------------------------------------------

Piece = tuple[str, str | None, str | None]
_SLOT = re.compile(r"\{(\w+)\}")
PERSON_SLOTS = frozenset({"first", "full", "name", "title_last", "other", "other_first", "agent"})
SLOT_TYPE = {t: t for t in SPARE_TYPES if t != "person"} | {"urlc": "url_credentials"}
SLOT_TYPE["address_ml"] = "address"
TYPE_SLOT = {t: t for t in SPARE_TYPES} | {"url_credentials": "urlc"}
MARKED = {
    "@": ("delivery", "refund", "telecom"),
    "$": ("refund", "bank", "rental", "travel", "insurance", "telecom", "delivery"),
}
PROSE_NAME_FORMS = ("full",) * 6 + ("first_caps", "upper", "lower", "lower", "initial", "caps_last")


def _t(s: str) -> Piece:
    return (s, None, None)


def _gen(typ: str, loc: str, r: random.Random, person: dict):
    """A fresh value of an entity type for a person (addresses: (one-line, multi-line))."""
    if typ == "email":
        return _email(person, loc, r)
    if typ == "phone":
        return _phone(loc, r)
    if typ == "address":
        return ADDRESS[loc](r)
    if typ == "dob":
        return _date(loc, r, (1938, 2012), iso=0.12)
    if typ == "card":
        return _card(r)
    if typ == "iban":
        return _iban(loc, r)
    if typ == "ip":
        return _ip(r)
    if typ == "url_credentials":
        return _urlc(r)
    if typ == "secret":
        return _secret(r)
    return _ssn(r)


class _Ctx:
    """One doc being written: locale, plan (entity types to include), people, cached values."""

    def __init__(
        self, loc: str, r: random.Random, fk: Faker, sit: str, plan: list[str], neg_on: bool
    ):
        self.loc, self.r, self.fk, self.sit, self.plan, self.neg_on = loc, r, fk, sit, plan, neg_on
        self.T, self.lang = TEXT[loc], LANG[loc]
        self.me, self.other = _person(loc, r, fk), _person(loc, r, fk)
        self.agent = fk.first_name_female() if r.random() < 0.5 else fk.first_name_male()
        self.values: dict[str, object] = {}
        self.single_line = self.html = False

    def value(self, typ: str):
        if typ not in self.values:
            self.values[typ] = _gen(typ, self.loc, self.r, self.me)
        return self.values[typ]

    def header_date(self) -> str:
        when = _date(self.loc, self.r, (2024, 2025), iso=0.0)
        return f"{when} {self.T['at']} {self.r.randint(7, 22):02d}:{self.r.randint(0, 59):02d}"

    def person_text(self, name: str) -> str:
        me = self.me
        texts = {"first": me["first"], "full": _full(me), "other": _full(self.other)}
        texts |= {"other_first": self.other["first"], "agent": self.agent}
        if name == "name":
            return _name_form(me, self.r.choice(PROSE_NAME_FORMS))
        return texts[name]

    def slot(self, name: str) -> list[Piece]:
        r = self.r
        if name == "title_last":
            title = r.choice(TITLES[self.lang]["f" if self.me["female"] else "m"])
            last = self.me["last"]
            last = last[0].upper() + last[1:] if self.lang == "nl" else last
            return [_t(title + " "), (last, "person", None)]
        if name in PERSON_SLOTS:
            return [(self.person_text(name), "person", None)]
        if name in SPARE_NEGATIVE_KINDS:
            return [(_negative(name, self.loc, r), None, name if self.neg_on else None)]
        if name == "date":
            return [_t(self.header_date())]
        typ = SLOT_TYPE[name]
        v = self.value(typ)
        if typ == "address":
            v = v[1] if name == "address_ml" and not self.single_line else v[0]
        if typ == "email" and self.html and r.random() < 0.5:
            return [_t('<a href="mailto:'), (v, typ, None), _t('">'), (v, typ, None), _t("</a>")]
        return [(v, typ, None)]


def _allowed(ctx: _Ctx, tpl: str) -> bool:
    for s in _SLOT.findall(tpl):
        if s in SPARE_NEGATIVE_KINDS and not ctx.neg_on:
            return False
        if s in PERSON_SLOTS and "person" not in ctx.plan:
            return False
        if s in SLOT_TYPE and SLOT_TYPE[s] not in ctx.plan:
            return False
    return True


def _pick(ctx: _Ctx, options: list[str]) -> str:
    """A template whose slots the doc can fill; '@' marks one about a shipment, '$' one about
    money paid back, used only in situations where that fits."""
    ok = []
    for o in options:
        if o[0] in MARKED and ctx.sit not in MARKED[o[0]]:
            continue
        if _allowed(ctx, o.lstrip("@$")):
            ok.append(o.lstrip("@$"))
    return ctx.r.choice(ok)


def _render(ctx: _Ctx, tpl: str) -> list[Piece]:
    pieces: list[Piece] = []
    pos = 0
    for m in _SLOT.finditer(tpl):
        if m.start() > pos:
            pieces.append(_t(tpl[pos : m.start()]))
        pieces.extend(ctx.slot(m.group(1)))
        pos = m.end()
    if pos < len(tpl):
        pieces.append(_t(tpl[pos:]))
    return pieces


def _has_nl(pieces: list[Piece]) -> bool:
    return any("\n" in p[0] for p in pieces)


def _join(r: random.Random, sents: list[list[Piece]], para: float = 0.3) -> list[Piece]:
    out: list[Piece] = []
    for i, s in enumerate(sents):
        if i:
            block = _has_nl(sents[i - 1]) or _has_nl(s)
            # a label line ("Date of birth: ...") ends without a full stop: break the line
            ended = sents[i - 1][-1][0].rstrip()[-1:] in ".!?)»"
            out.append(_t("\n\n" if block or r.random() < para else " " if ended else "\n"))
        out.extend(s)
    return out


def _neg_sentence(ctx: _Ctx, sit: str, used: set[str] | None = None) -> list[Piece]:
    """A sentence planting one negative, mostly of a kind the situation suggests; `used` kinds
    are not repeated."""
    r, used = ctx.r, set() if used is None else used
    kinds = SITUATION_NEGATIVES[sit] if r.random() < 0.6 else SPARE_NEGATIVE_KINDS
    kind = r.choice([k for k in kinds if k not in used] or list(SPARE_NEGATIVE_KINDS))
    used.add(kind)
    return _render(ctx, r.choice(ctx.T["neg"][kind]))


def _sentences(ctx: _Ctx, sit: str, blocks: bool = True) -> list[list[Piece]]:
    """The situation's opener, one sentence per planned entity type, maybe a person sentence
    and planted negatives, in a shuffled order."""
    r, T = ctx.r, ctx.T
    sents = [_render(ctx, _pick(ctx, T["open"][sit]))]
    types = [t for t in ctx.plan if t != "person"]
    r.shuffle(types)
    if "phone" in types and "email" in types and r.random() < 0.35:
        types.remove("phone")
        types[types.index("email")] = "combo"
    for t in types:
        options = [o for o in T["ent"][t] if blocks or "\n" not in o]
        sents.append(_render(ctx, _pick(ctx, options)))
    if "person" in ctx.plan and r.random() < 0.55:
        sents.insert(r.choice((0, 1, len(sents))), _render(ctx, _pick(ctx, T["person"])))
    if ctx.neg_on:
        used = {p[2] for s in sents for p in s if p[2]}
        for _ in range(r.choice((0, 1, 1, 2)) if used else r.choice((1, 1, 2))):
            sents.insert(r.randint(1, len(sents)), _neg_sentence(ctx, sit, used))
    return sents


def _lower_first(pieces: list[Piece]) -> list[Piece]:
    if pieces and pieces[0][1] is None and pieces[0][2] is None and pieces[0][0][:1].isalpha():
        s = pieces[0][0]
        return [_t(s[0].lower() + s[1:]), *pieces[1:]]
    return pieces


# ---------------------------------------------------------------------------------------------
# Shapes
# ---------------------------------------------------------------------------------------------


def _signature(ctx: _Ctx) -> list[Piece]:
    r, lab = ctx.r, ctx.T["lab"]
    out = [
        _t("\n\n" + r.choice(("--\n", "-- \n", "________________\n", ""))),
        (_full(ctx.me), "person", None),
    ]
    if r.random() < 0.6:
        out.append(_t("\n" + r.choice(ctx.T["sig_role"])))
    if "phone" in ctx.plan:
        out += [_t("\n" + r.choice((lab["phone"] + ": ", "M: ", "Tel. ", "")))] + ctx.slot("phone")
    if "email" in ctx.plan:
        out += [_t("\n")] + ctx.slot("email")
    return out


def _mail_body(ctx: _Ctx, sit: str, signature: bool = True) -> list[Piece]:
    """Greeting, sentences, closing line and sign-off (named when the plan holds a person)."""
    r, T = ctx.r, ctx.T
    has_p = "person" in ctx.plan
    greet = _pick(ctx, T["greet_name"]) if has_p and r.random() < 0.3 else r.choice(T["greet"])
    out = _render(ctx, greet) + [_t(r.choice(("\n\n", "\n\n", "\n")))]
    out += _join(r, _sentences(ctx, sit, blocks=not ctx.single_line))
    if r.random() < 0.85:
        out.append(_t("\n\n" + r.choice(T["close"])))
    out.append(_t("\n\n"))
    out += _render(ctx, r.choice(T["signoff"]) if has_p else r.choice(T["signoff_anon"]))
    if signature and has_p and r.random() < 0.3:
        out += _signature(ctx)
    return out


def _shape_email(ctx: _Ctx, sit: str) -> list[Piece]:
    return _mail_body(ctx, sit)


def _shape_note(ctx: _Ctx, sit: str) -> list[Piece]:
    """A short message from a contact box or an app: one paragraph, no greeting."""
    r = ctx.r
    out = _join(r, _sentences(ctx, sit, blocks=False), para=0.0)
    if r.random() < 0.4:
        out = _lower_first(out)
    if "person" in ctx.plan:
        out += _render(
            ctx, r.choice((" - {first}", "\n{full}", "\n\n{first}", " /{first}", " ({full})"))
        )
    return out


HTML_WRAP = (
    ('<div dir="ltr">', "</div>"),
    ("<html><body>", "</body></html>"),
    ('<div class="WordSection1">', "</div>\n<br>"),
)


def _shape_html(ctx: _Ctx, sit: str) -> list[Piece]:
    """An e-mail body that kept its HTML: paragraphs, <br>, &nbsp; and mailto links."""
    r = ctx.r
    ctx.single_line = ctx.html = True
    head, tail = r.choice(HTML_WRAP)
    out = [_t(head + "<p>")]
    for p in _mail_body(ctx, sit):
        if p[1] or p[2]:
            out.append(p)
            continue
        s = p[0].replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n")
        out.append(_t(s.replace(" ", "&nbsp;", 1) if r.random() < 0.2 else s))
    out.append(_t("</p>" + tail))
    return out


def _quote(pieces: list[Piece]) -> list[Piece]:
    out = [_t("> ")]
    for p in pieces:
        if p[1] or p[2]:
            out.append(p)
        else:
            out.append(_t(p[0].replace("\n", "\n> ").replace("> \n", ">\n")))
    return out


def _from(ctx: _Ctx, forms: tuple[str, ...] = ("full",)) -> list[Piece]:
    """'Name <email>', 'Name' or 'email' for a header or an attribution line; [] when neither."""
    out: list[Piece] = []
    if "person" in ctx.plan:
        out.append((_name_form(ctx.me, ctx.r.choice(forms)), "person", None))
    if "email" in ctx.plan:
        email = [(ctx.value("email"), "email", None)]
        out += [_t(" <"), *email, _t(">")] if out else email
    return out


def _shape_quoted(ctx: _Ctx, sit: str) -> list[Piece]:
    """An agent's reply on top of the customer's quoted message."""
    r, T = ctx.r, ctx.T
    top = _pick(ctx, T["reply"]) if "person" in ctx.plan else r.choice(T["reply_anon"])
    out = _render(ctx, top) + [_t("\n\n")]
    ctx.single_line = True
    sender = _from(ctx)
    if sender:
        head, tail = T["wrote"].split("{from}")
        out += _render(ctx, head) + sender + _render(ctx, tail)
    else:
        out.append(_t(T["orig"]))
    out.append(_t("\n"))
    return out + _quote(_mail_body(ctx, sit, signature=False))


def _shape_forward(ctx: _Ctx, sit: str) -> list[Piece]:
    r, T = ctx.r, ctx.T
    hdr = T["hdr"]
    out = [_t(r.choice(T["fwd_intro"]) + "\n\n" + T["fwd"] + "\n")]
    sender = _from(ctx, ("full", "full", "upper", "last_first"))
    if sender:
        out += [_t(hdr["from"] + " "), *sender, _t("\n")]
    out.append(_t(f"{hdr['date']} {ctx.header_date()}\n{hdr['subject']} {T['subject'][sit]}\n\n"))
    return out + _mail_body(ctx, sit)


def _chatty(r: random.Random, pieces: list[Piece]) -> list[Piece]:
    if r.random() < 0.5:
        pieces = _lower_first(pieces)
    last = pieces[-1]
    if r.random() < 0.5 and last[1] is None and last[2] is None and last[0].endswith("."):
        pieces = [*pieces[:-1], _t(last[0][:-1])] if len(last[0]) > 1 else pieces[:-1]
    return pieces


def _shape_chat(ctx: _Ctx, sit: str) -> list[Piece]:
    """A live-chat transcript; speaker labels name the customer and the agent when known."""
    r, T = ctx.r, ctx.T
    has_p = "person" in ctx.plan
    ctx.single_line = True
    lab = T["lab"]
    if has_p:
        cust = [(_name_form(ctx.me, r.choice(("full", "first", "full", "lower"))), "person", None)]
        agent = [(ctx.agent, "person", None)] + ([_t(" (Support)")] if r.random() < 0.3 else [])
        hello = _render(ctx, _pick(ctx, T["agent_hello"]))
    else:
        cust = [_t(lab["customer"] if r.random() < 0.7 else f"Visitor {r.randint(1000, 9999)}")]
        agent = [_t(r.choice((lab["agent"], "Bot")))]
        hello = _render(ctx, r.choice(T["agent_hello_anon"]))
    turns = [(agent, hello)]
    for s in _sentences(ctx, sit, blocks=False):
        turns.append((cust, _chatty(r, s)))
        if r.random() < 0.35:
            turns.append((agent, [_t(r.choice(T["agent_chat"]))]))
    turns.append((cust, [_t(r.choice(T["chat_bye"]))]))
    style, minute = r.choice(("bracket", "paren", "dash", "plain")), r.randint(8 * 60, 21 * 60)
    day = _date(ctx.loc, r, (2024, 2025), iso=0.0)
    out: list[Piece] = []
    for speaker, text in turns:
        minute += r.randint(0, 2)
        stamp = f"{minute // 60:02d}:{minute % 60:02d}"
        if style == "bracket":
            out += [_t(f"[{stamp}] "), *speaker, _t(": ")]
        elif style == "paren":
            out += [*speaker, _t(f" ({stamp}): ")]
        elif style == "dash":
            out += [_t(f"{day}, {stamp} - "), *speaker, _t(": ")]
        else:
            out += [*speaker, _t(": ")]
        out += [*text, _t("\n")]
    return out[:-1]


FIELD_ORDER = ("person", "email", "phone", "address", "dob", "ssn", "card", "iban", "ip", "secret")
FIELD_ORDER += ("url_credentials",)


def _shape_form(ctx: _Ctx, sit: str) -> list[Piece]:
    """A web-form submission dumped as 'Label: value' lines."""
    r, T = ctx.r, ctx.T
    lab, me = T["lab"], ctx.me
    title = r.choice(T["form_title"])
    out = [_t(title + "\n" + ("=" * len(title) + "\n" if r.random() < 0.3 else "") + "\n")]
    sep = r.choice((": ", ": ", ":  ", ":\t"))

    def field(label: str, pieces: list[Piece]) -> None:
        out.extend([_t(label + sep), *pieces, _t("\n")])

    for t in (t for t in FIELD_ORDER if t in ctx.plan):
        if t == "person" and r.random() < 0.4:
            field(lab["first"], [(me["first"], "person", None)])
            field(lab["last"], [(me["last"], "person", None)])
        elif t == "person":
            form = r.choice(("full", "full", "last_first", "upper", "caps_last"))
            field(lab["name"], [(_name_form(me, form), "person", None)])
        elif t == "address" and r.random() < 0.35:
            out += [
                _t(lab["address"] + ":\n"),
                (ctx.value("address")[1], "address", None),
                _t("\n"),
            ]
        else:
            field(lab[t], ctx.slot(TYPE_SLOT[t]))
    if ctx.neg_on and r.random() < 0.7:
        kind = r.choice(("order_ref", "amount", "date_other", "city_only"))
        field(lab[kind], [(_negative(kind, ctx.loc, r), None, kind)])
    message = [_render(ctx, _pick(ctx, T["open"][sit]))]
    if ctx.neg_on and r.random() < 0.3:
        message.append(_neg_sentence(ctx, sit))
    field(lab["message"], _join(r, message, para=0.0))
    out.append(_t(f"{lab['submitted']}{sep}{ctx.header_date()}"))
    return out


CSV_SNAKE = {
    "first": "first_name",
    "last": "last_name",
    "name": "name",
    "email": "email",
    "phone": "phone",
    "address": "address",
    "dob": "date_of_birth",
    "iban": "iban",
    "ip": "ip_address",
    "card": "card_number",
    "ssn": "ssn",
    "order_ref": "order_id",
    "amount": "amount",
    "date_other": "order_date",
    "city_only": "city",
}
CSV_NEGATIVES = ("order_ref", "amount", "date_other", "city_only")


def _cell(value: str, typ: str | None, neg: str | None, sep: str) -> list[Piece]:
    if (sep.strip() or sep) in value or '"' in value:
        return [_t('"'), (value, typ, neg), _t('"')]
    return [(value, typ, neg)]


def _csv_row(ctx: _Ctx, cols: list[str], person: dict, first: bool, sep: str) -> list[Piece]:
    r, loc = ctx.r, ctx.loc
    cells: list[list[Piece]] = []
    for col in cols:
        if col in ("first", "last"):
            cells.append(_cell(person[col], "person", None, sep))
        elif col == "name":
            form = r.choice(("full", "last_first", "upper", "caps_last", "full"))
            cells.append(_cell(_name_form(person, form), "person", None, sep))
        elif col in CSV_NEGATIVES:
            cells.append(_cell(_negative(col, loc, r), None, col, sep))
        else:
            v = ctx.value(col) if first else _gen(col, loc, r, person)
            cells.append(_cell(v[0] if col == "address" else v, col, None, sep))
    out: list[Piece] = []
    for i, c in enumerate(cells):
        out += ([_t(sep)] if i else []) + c
    return out


def _shape_csv(ctx: _Ctx, sit: str) -> list[Piece]:
    """A CSV/TSV export with a header row; one row per person, at most six entities in all."""
    r, T = ctx.r, ctx.T
    types = [t for t in SHAPE_TYPES["csv"] if t in ctx.plan]
    if r.random() < 0.3:
        sep = r.choice(("\t", " | "))
    else:
        sep = "," if ctx.lang == "en" else r.choice((";", ";", ","))
    cols = [
        c
        for t in types
        for c in ((("first", "last") if r.random() < 0.5 else ("name",)) if t == "person" else (t,))
    ]
    if ctx.neg_on and r.random() < 0.8:
        cols.insert(r.randint(0, len(cols)), r.choice(CSV_NEGATIVES))
    snake = ctx.lang == "en" or r.random() < 0.35
    header = sep.join(CSV_SNAKE[c] if snake else T["lab"].get(c, CSV_SNAKE[c]) for c in cols)
    out = [_t(r.choice(T["csv_intro"]) + "\n\n" + header + "\n")]
    for i in range(max(1, min(4, 6 // max(1, len(types))))):
        person = ctx.me if i == 0 else _person(ctx.loc, r, ctx.fk)
        out += ([_t("\n")] if i else []) + _csv_row(ctx, cols, person, i == 0, sep)
    return out


def _log_line(ctx: _Ctx, t: str) -> list[Piece]:
    r = ctx.r
    if t == "ip":
        ip = [(ctx.value("ip"), "ip", None)]
        return r.choice(
            (
                [_t("INFO auth: login ok src="), *ip],
                [_t("WARN waf: blocked request from "), *ip],
                [_t("INFO nginx: "), *ip, _t(' - - "GET /account HTTP/1.1" 200 5123')],
            )
        )
    if t == "email":
        return [_t("INFO mailer: password reset sent to="), (ctx.value("email"), "email", None)]
    if t == "secret":
        return [
            _t(
                r.choice(
                    (
                        "DEBUG http: Authorization: Bearer ",
                        "WARN config: api_key=",
                        "DEBUG env TOKEN=",
                    )
                )
            ),
            (ctx.value("secret"), "secret", None),
        ]
    if t == "url_credentials":
        return [
            _t(r.choice(("ERROR db: connection failed dsn=", "INFO sync: uploading to "))),
            (ctx.value("url_credentials"), "url_credentials", None),
        ]
    return [_t('INFO crm: ticket assigned customer="'), (_full(ctx.me), "person", None), _t('"')]


LOG_FILLER = (
    "INFO http: GET /health 200 3ms",
    "INFO worker: started 4 threads",
    "DEBUG cache: miss ratio=0.12",
)
LOG_NEGATIVES = {
    "uuid": "WARN api: slow request request_id=",
    "version": "INFO app: starting version ",
    "hash": "INFO deploy: checked out commit ",
    "url_plain": "INFO webhook: POST ",
}


def _shape_log(ctx: _Ctx, sit: str) -> list[Piece]:
    r, T = ctx.r, ctx.T
    lines = [_log_line(ctx, t) for t in ctx.plan]
    for _ in range(r.randint(1, 2)):
        if ctx.neg_on:
            kind = r.choice(tuple(LOG_NEGATIVES))
            lines.append([_t(LOG_NEGATIVES[kind]), (_negative(kind, ctx.loc, r), None, kind)])
        else:
            lines.append([_t(r.choice(LOG_FILLER))])
    r.shuffle(lines)
    fence = r.random() < 0.3
    out = [_t(r.choice(T["log_intro"]) + "\n\n" + ("```\n" if fence else ""))]
    day, second = (
        f"{r.randint(2024, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        r.randint(0, 80000),
    )
    for i, line in enumerate(lines):
        second += r.randint(1, 90)
        stamp = f"{day}T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}Z "
        out += ([_t("\n")] if i else []) + [_t(stamp), *line]
    return out + ([_t("\n```")] if fence else [])


JSON_KEYS = {
    "email": ("email", "contact_email"),
    "phone": ("phone", "mobile"),
    "address": ("address", "shipping_address"),
    "dob": ("date_of_birth", "dob", "birthDate"),
    "iban": ("iban",),
    "card": ("card_number", "pan"),
    "ssn": ("ssn",),
    "ip": ("client_ip", "ip"),
    "url_credentials": ("callback_url", "dsn"),
    "secret": ("api_key", "token"),
}
JSON_NEGATIVES = {
    "order_ref": "order_id",
    "uuid": "request_id",
    "amount": "total",
    "version": "app_version",
    "tracking_no": "tracking_number",
    "date_other": "created_at",
    "booking_ref": "pnr",
    "invoice_ref": "invoice",
    "policy_no": "policy_number",
    "hash": "checksum",
    "url_plain": "status_url",
}


def _json_lines(r: random.Random, pairs: list[tuple[str, list[Piece]]], indent: str) -> list[Piece]:
    out: list[Piece] = []
    for i, (key, value) in enumerate(pairs):
        out += [_t(f'{indent}"{key}": '), *value, _t(",\n" if i < len(pairs) - 1 else "\n")]
    return out


def _shape_json(ctx: _Ctx, sit: str) -> list[Piece]:
    """A JSON snippet (API payload or response) with a nested customer object."""
    r, T, me = ctx.r, ctx.T, ctx.me
    customer: list[tuple[str, list[Piece]]] = []
    top: list[tuple[str, list[Piece]]] = []
    for t in ctx.plan:
        if t == "person" and r.random() < 0.5:
            customer += [("first_name", [_t('"'), (me["first"], "person", None), _t('"')])]
            customer += [("last_name", [_t('"'), (me["last"], "person", None), _t('"')])]
            continue
        key = "name" if t == "person" else r.choice(JSON_KEYS[t])
        v = _full(me) if t == "person" else ctx.value(t)
        v = v[0] if t == "address" else v
        pair = (key, [_t('"'), (v, t, None), _t('"')])
        (top if t in ("ip", "url_credentials", "secret") else customer).append(pair)
    if ctx.neg_on:
        for kind in r.sample(sorted(JSON_NEGATIVES), r.randint(1, 3)):
            top.append(
                (
                    JSON_NEGATIVES[kind],
                    [_t('"'), (_negative(kind, ctx.loc, r), None, kind), _t('"')],
                )
            )
    else:
        top.append(("status", [_t(r.choice(('"ok"', '"pending"', '"failed"')))]))
    r.shuffle(top)
    if customer:
        nested = [_t("{\n"), *_json_lines(r, customer, "    "), _t("  }")]
        top.insert(r.randint(0, len(top)), ("customer", nested))
    fence = r.random() < 0.4
    out = [_t(r.choice(T["json_intro"]) + "\n\n" + ("```json\n" if fence else "") + "{\n")]
    return out + _json_lines(r, top, "  ") + [_t("}" + ("\n```" if fence else ""))]


SHAPE_FN = {
    "email": _shape_email,
    "note": _shape_note,
    "html": _shape_html,
    "quoted": _shape_quoted,
    "forward": _shape_forward,
    "chat": _shape_chat,
    "form": _shape_form,
    "csv": _shape_csv,
    "log": _shape_log,
    "json": _shape_json,
}
_WORD = re.compile(r"[^\W\d_]{5,}")


def _typo(r: random.Random, s: str) -> str:
    op = r.choice(("double", "swap", "drop"))
    if op == "double" and " " in s:
        i = r.choice([k for k, c in enumerate(s) if c == " "])
        return s[:i] + " " + s[i:]
    words = list(_WORD.finditer(s))
    if not words:
        return s
    w = r.choice(words)
    k = r.randint(w.start() + 1, w.end() - 2)
    if op == "swap":
        return s[:k] + s[k + 1] + s[k] + s[k + 2 :]
    return s[:k] + s[k + 1 :]


def _typos(ctx: _Ctx, pieces: list[Piece]) -> list[Piece]:
    """Typos, double spaces and missing accents, only ever in the plain text between values."""
    r = ctx.r
    plain = [i for i, p in enumerate(pieces) if p[1] is None and p[2] is None]
    if ctx.lang not in ("en",) and r.random() < 0.12:
        pieces = [_t(_strip_accents(p[0])) if i in plain else p for i, p in enumerate(pieces)]
    if ctx.lang == "en" and r.random() < 0.1:
        pieces = [_t(p[0].replace(" I ", " i ")) if i in plain else p for i, p in enumerate(pieces)]
    # never in the words that say a date is a birth date
    near_dob = {i + k for i, p in enumerate(pieces) if p[1] == "dob" for k in (-1, 1)}
    long_plain = [i for i in plain if len(pieces[i][0]) > 12 and i not in near_dob]
    for _ in range(r.choice((0, 0, 1, 1, 2)) if long_plain else 0):
        i = r.choice(long_plain)
        pieces[i] = _t(_typo(r, pieces[i][0]))
    return pieces


# ---------------------------------------------------------------------------------------------
# Docs and the corpus
# ---------------------------------------------------------------------------------------------


def _plan(loc: str, sit: str, shape: str, r: random.Random) -> list[str]:
    """The entity types a doc holds: one to six, weighted by what the situation is about."""
    allowed = [t for t in SHAPE_TYPES.get(shape, SPARE_TYPES) if t != "ssn" or loc == "en_US"]
    weights = {t: BASE_WEIGHT[t] * (3 if t in SITUATION_BOOST[sit] else 1) for t in allowed}
    k = min(len(allowed), r.choices((1, 2, 3, 4, 5, 6), weights=(24, 26, 22, 15, 8, 5))[0])
    plan: list[str] = []
    while len(plan) < k:
        t = r.choices(list(weights), weights=list(weights.values()))[0]
        plan.append(t)
        del weights[t]
    return plan


def _draft(loc: str, r: random.Random, fk: Faker) -> tuple[dict, list[str]]:
    sit = r.choice(SITUATIONS)
    empty, neg_on = r.random() < 0.15, r.random() < 0.6
    shapes = [s for s in SHAPES if sit in SHAPE_SITUATIONS.get(s, SITUATIONS)]
    shapes = [s for s in shapes if s in NO_PII_SHAPES] if empty else shapes
    shape = r.choices(shapes, weights=[SHAPES[s] for s in shapes])[0]
    plan = [] if empty else _plan(loc, sit, shape, r)
    ctx = _Ctx(loc, r, fk, sit, plan, neg_on)
    pieces = SHAPE_FN[shape](ctx, sit)
    if shape in ("email", "note", "quoted", "forward"):
        pieces = _typos(ctx, pieces)
    if neg_on and not any(p[2] for p in pieces):
        pieces += [_t("\n\n"), *_neg_sentence(ctx, sit)]
    pieces = [p for p in pieces if p[0]]
    return assemble_doc(loc, pieces), plan


def build_doc(loc: str, r: random.Random, fk: Faker) -> dict:
    """One doc; redrawn (rarely) until its labels are consistent: every planned type present,
    no other type, and every occurrence of every labelled value inside a span."""
    for _ in range(100):
        doc, plan = _draft(loc, r, fk)
        if {s["type"] for s in doc["spans"]} == set(plan) and every_occurrence_labelled(doc):
            return doc
    raise AssertionError(f"no consistent doc for {loc}")


def build_spare_corpus(n_docs: int, seed: int = 0) -> list[dict]:
    """n_docs docs, locales taking turns; the same (n_docs, seed) always gives the same docs."""
    r = random.Random(seed)
    fakers = {}
    for k, loc in enumerate(SPARE_LOCALES):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed * 1009 + k)
    docs = []
    for i in range(n_docs):
        loc = SPARE_LOCALES[i % len(SPARE_LOCALES)]
        docs.append(build_doc(loc, r, fakers[loc]))
    return docs


def main(argv: list[str] | None = None) -> int:
    return corpus_main(build_spare_corpus, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
