"""A deterministic, labelled PII corpus (support tickets, CRM notes, chat) built with Faker.

    from benchmarks.pii_corpus import build_corpus
    docs = build_corpus(4000, seed=0)       # [{"text", "locale", "spans", "negatives"}, ...]

    python benchmarks/pii_corpus.py --n 20 --seed 0                  # JSONL on stdout
    python benchmarks/pii_corpus.py --n 4000 --out /tmp/pii.jsonl    # JSONL to a file
    python benchmarks/pii_corpus.py --n 20 --heldout                 # the held-out corpus

Two corpora, same doc format: `build_corpus` (the "dev" corpus below; the detectors were tuned on
its misses) and `build_heldout_corpus` (held out: see the HELD-OUT section further down; other
situations, templates, locales, value formats and hard negatives, written without looking at the
detectors, and never to be used for tuning them).

Each doc is `{"text": str, "locale": str, "spans": [{"start", "end", "type"}], "negatives":
[{"start", "end", "kind"}]}`: `text[start:end]` is exactly the PII value (context words and
titles such as "born on", "CPF", "Herr" stay outside the span). Types are the scrubber's names
(TYPES); `ssn` only occurs in en_US docs, `cpf`/`cnpj` only in pt_BR docs. `negatives` are the
hard negatives planted in the doc (order numbers, versions, dates that are not birth dates,
16-digit runs failing Luhn, plain URLs, SHAs, UUIDs, postcodes...): they are NOT PII, so a
detector that reports them scores a false positive. A city alone ("ships from Berlin") is never
labelled either.

Templates are written per language (English for en_US/en_GB, Portuguese for pt_BR, German for
de_DE); values come from Faker in the doc's locale (en_US takes its IBANs from a de_DE or en_GB
Faker, which have IBAN providers; cards are Faker's visa/mastercard/amex/discover/diners/jcb, not
its 12-digit Maestro numbers). About 20% of docs hold no PII, the rest 1-4 entities, and about
half hold a hard negative. Faker phone numbers that `phonenumbers` cannot read as a possible
number for any of US/GB/DE/BR (e.g. de_DE "00742 709305") are redrawn: real text does not hold
them. Same (n, seed, locales) gives the same corpus; every span is checked to slice back to its
value and not to overlap another.
"""

from __future__ import annotations

import argparse
import base64
import ipaddress
import json
import random
import re
import string
import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

LOCALES = ("en_US", "en_GB", "pt_BR", "de_DE")
TYPES = (
    "email",
    "phone",
    "card",
    "iban",
    "ssn",
    "cpf",
    "cnpj",
    "ip",
    "url_credentials",
    "secret",
    "dob",
    "person",
    "address",
)
# where a type can occur at all; every other type occurs in every locale
LOCALE_ONLY = {"ssn": ("en_US",), "cpf": ("pt_BR",), "cnpj": ("pt_BR",)}
NEGATIVE_KINDS = (
    "order",
    "ticket",
    "invoice",
    "version",
    "timestamp",
    "date",
    "time",
    "tracking",
    "usps",
    "digits16",
    "amount",
    "sku",
    "url",
    "sha",
    "uuid",
    "product",
    "weekday",
    "city",
    "percent",
    "postcode",
)
CARD_TYPES = ("visa16", "mastercard", "amex", "discover", "diners", "jcb16", "visa13", "visa19")
CARD_WEIGHTS = (30, 30, 15, 8, 5, 8, 2, 2)
LANG = {"en_US": "en", "en_GB": "en", "pt_BR": "pt", "de_DE": "de"}
PHONE_REGIONS = ("US", "GB", "DE", "BR")

_SLOT = re.compile(r"\{([^{}]+)\}")
_B62 = string.ascii_letters + string.digits
_B64URL = _B62 + "-_"

# ---------------------------------------------------------------------------------------------
# templates: "{type}" / "{type:variant}" is a labelled slot, "{~kind}" an unlabelled one (a hard
# negative, or decoration such as a title). Person templates starting "^" open a doc (greeting),
# "$" close it (sign-off).
# ---------------------------------------------------------------------------------------------

PII_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "email": [
            "Please send the receipt to {email}.",
            "My email changed, it is now {email} (the old one bounces).",
            "You can reach {person:full} at {email} about the contract.",
            "cc {email} on every reply please",
            "Login fails for the user {email} since the update.",
        ],
        "phone": [
            "Call me back on {phone} after 5pm.",
            "My number is {phone}, texting is fine too.",
            "The courier tried {phone} but nobody answered.",
            "{person:full} can be reached on {phone} during office hours.",
            "new mobile: {phone}",
        ],
        "card": [
            "I paid with card {card} and was charged {~amount}.",
            "Please refund the card {card}.",
            "The payment with {card} was declined twice.",
            "card number: {card} exp 09/27",
        ],
        "iban": [
            "Please transfer the refund to IBAN {iban}.",
            "My bank details: {iban}, account holder {person:full}.",
            "Wire it to {iban} please, not to the old account.",
        ],
        "ssn": [
            "My SSN is {ssn}.",
            "The social security number {ssn} was entered wrong on the form.",
            "For the tax form: {ssn}",
            "ssn {ssn} belongs to my husband, not me",
        ],
        "ip": [
            "Login attempts came from {ip} last night.",
            "Our server at {ip} is blocked by your firewall.",
            "please whitelist {ip} and {ip}",
            "The VPN assigns me {ip} every time.",
        ],
        "url_credentials": [
            "The staging DB is {url_credentials} if you need it.",
            "Connection string: {url_credentials}",
            "I can't log in with {url_credentials}, it says access denied.",
        ],
        "secret": [
            "Here is my API key {secret} - is it still valid?",
            "Our token: {secret:generic}",
            "I accidentally pasted {secret} in the public channel, please revoke it.",
            "The config has secret={secret:generic} and it still fails.",
            "api key {secret:generic} returns 401",
            "export API_KEY={secret}",
        ],
        "dob": [
            "I was born on {dob}.",
            "DOB: {dob}",
            "My date of birth is {dob}, please update it.",
            "{person:full}, born {dob}, is the account holder.",
            "date of birth {dob} does not match your records?",
        ],
        "person": [
            "^Hi {person:first},",
            "^Hello {person:full},",
            "^Dear {~title} {person:last},",
            "^Dear {person:full},",
            "$Thanks,\n{person:full}",
            "$Best regards,\n{person:first}",
            "$Cheers, {person:first}",
            "$Kind regards,\n{~title} {person:full}",
            "My name is {person:full} and I need help with my account.",
            "I spoke to {person:full} yesterday and was promised a refund.",
            "Your colleague {person:first} said it would be fixed by now.",
            "Please ask {~title} {person:last} to call me.",
            "The parcel was signed for by {person:full}, which is not me.",
        ],
        "address": [
            "Please ship to {address}.",
            "My new address is {address}.",
            "The invoice still shows the old address ({address}).",
            "Deliver to {person:full}, {address}.",
        ],
    },
    "pt": {
        "email": [
            "Por favor, mandem o comprovante para {email}.",
            "Meu e-mail mudou, agora é {email}.",
            "Falem com {person:full} pelo {email} sobre o contrato.",
        ],
        "phone": [
            "Me liga no {phone} depois das 17h.",
            "Meu celular é {phone}, pode mandar mensagem.",
            "O entregador ligou para {phone} mas ninguém atendeu.",
            "{person:full} atende no {phone}.",
        ],
        "card": [
            "Paguei com o cartão {card} e foi cobrado {~amount}.",
            "O pagamento com {card} foi recusado duas vezes.",
            "cartão final não, o número todo: {card}",
        ],
        "iban": [
            "Por favor, façam o estorno para o IBAN {iban}.",
            "Dados bancários: {iban}, titular {person:full}.",
        ],
        "cpf": [
            "Meu CPF é {cpf}.",
            "CPF {cpf:bare} cadastrado errado no sistema.",
            "O titular tem CPF: {cpf:bare}",
            "O documento {cpf} não confere com o cadastro.",
        ],
        "cnpj": [
            "A nota fiscal saiu com o CNPJ {cnpj}.",
            "Empresa inscrita sob o nº {cnpj}.",
            "CNPJ: {cnpj} (matriz)",
        ],
        "ip": [
            "As tentativas de login vieram do IP {ip}.",
            "Nosso servidor {ip} está bloqueado pelo firewall de vocês.",
            "liberem {ip} e {ip} por favor",
        ],
        "url_credentials": [
            "O banco de homologação é {url_credentials} caso precisem.",
            "String de conexão: {url_credentials}",
        ],
        "secret": [
            "Segue minha chave de API {secret}, ainda é válida?",
            "token: {secret:generic}",
            "Colei {secret} no canal público sem querer, revoguem por favor.",
            "secret={secret:generic} não funciona mais",
        ],
        "dob": [
            "Nasci em {dob}.",
            "Data de nascimento: {dob}",
            "{person:full}, nascido em {dob}, é o titular da conta.",
            "minha data de nascimento é {dob} e não {~date}",
        ],
        "person": [
            "^Olá {person:first},",
            "^Bom dia, {~title} {person:full},",
            "$Obrigado,\n{person:full}",
            "$Atenciosamente,\n{person:full}",
            "$Abraços, {person:first}",
            "Meu nome é {person:full} e preciso de ajuda.",
            "Falei com {~title} {person:full} ontem e ele prometeu o reembolso.",
            "A atendente {person:first} disse que já estava resolvido.",
            "Quem recebeu a encomenda foi {person:full}, não eu.",
        ],
        "address": [
            "Favor entregar em {address}.",
            "Meu novo endereço é {address}.",
            "A nota ainda mostra o endereço antigo ({address}).",
            "Entregar para {person:full}, {address}.",
        ],
    },
    "de": {
        "email": [
            "Bitte schicken Sie die Quittung an {email}.",
            "Meine E-Mail hat sich geändert, sie lautet jetzt {email}.",
            "Sie erreichen {person:full} unter {email}.",
        ],
        "phone": [
            "Rufen Sie mich bitte unter {phone} zurück.",
            "Meine Nummer ist {phone}, gerne auch per SMS.",
            "Der Kurier hat {phone} angerufen, aber niemand ging ran.",
            "{person:full} ist unter {phone} erreichbar.",
        ],
        "card": [
            "Ich habe mit der Karte {card} bezahlt und es wurden {~amount} abgebucht.",
            "Die Zahlung mit {card} wurde zweimal abgelehnt.",
            "Kartennummer: {card}",
        ],
        "iban": [
            "Bitte überweisen Sie die Erstattung auf IBAN {iban}.",
            "Meine Bankverbindung: {iban}, Kontoinhaber {person:full}.",
            "Das Geld bitte auf {iban} und nicht auf das alte Konto.",
        ],
        "ip": [
            "Die Anmeldeversuche kamen von {ip}.",
            "Unser Server {ip} wird von Ihrer Firewall blockiert.",
            "bitte {ip} und {ip} freischalten",
        ],
        "url_credentials": [
            "Die Testdatenbank ist {url_credentials}, falls Sie sie brauchen.",
            "Verbindungsdaten: {url_credentials}",
        ],
        "secret": [
            "Hier mein API-Schlüssel {secret}, ist der noch gültig?",
            "api key {secret:generic}",
            "Ich habe {secret} versehentlich im Kanal gepostet, bitte sperren.",
            "Token: {secret:generic}",
        ],
        "dob": [
            "Ich bin am {dob} geboren.",
            "Geburtsdatum: {dob}",
            "{person:full}, geboren am {dob}, ist der Kontoinhaber.",
            "geb. {dob}",
        ],
        "person": [
            "^Hallo {person:first},",
            "^Guten Tag {~title} {person:last},",
            "$Mit freundlichen Grüßen\n{person:full}",
            "$Viele Grüße\n{person:first}",
            "$Danke, {person:full}",
            "Mein Name ist {person:full} und ich brauche Hilfe.",
            "Ich habe gestern mit {~title} {person:last} telefoniert.",
            "Ihr Kollege {person:first} hat mir das schon zugesagt.",
            "Das Paket hat {person:full} angenommen, nicht ich.",
        ],
        "address": [
            "Bitte liefern Sie an {address}.",
            "Meine neue Adresse ist {address}.",
            "Auf der Rechnung steht noch die alte Adresse ({address}).",
            "Lieferung an {person:full}, {address}.",
        ],
    },
}

NEGATIVE_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "My order {~order} still shows as pending since {~date}.",
        "The app crashes on version {~version} every day around {~time}.",
        "Tracking number {~tracking} says it left the warehouse in {~city} on {~weekday}.",
        "I was charged {~amount} twice on invoice {~invoice}.",
        "Build {~sha} broke the export, see ticket {~ticket}.",
        "Request {~uuid} failed at {~timestamp} with a timeout.",
        "The reference {~digits16} from the letter is not accepted by the portal.",
        "The {~product} (SKU {~sku}) is out of stock according to {~url}.",
        "Prices went up {~percent} since last {~weekday}.",
        "Your depot near postcode {~postcode} only ships on {~weekday}.",
        "Parcel {~usps} was shipped {~date} and ships from {~city}.",
        "Updated the driver to {~version}, it still fails since {~date}.",
    ],
    "pt": [
        "Meu pedido {~order} continua pendente desde {~date}.",
        "O aplicativo trava na versão {~version} sempre às {~time}.",
        "O código de rastreio {~tracking} diz que saiu de {~city} na {~weekday}.",
        "Fui cobrado {~amount} duas vezes na nota fiscal {~invoice}.",
        "O protocolo {~ticket} foi aberto em {~timestamp}.",
        "A referência {~digits16} do boleto não é aceita.",
        "O {~product} (SKU {~sku}) está esgotado, veja {~url}.",
        "O preço subiu {~percent} desde {~date}.",
        "Entrega para o CEP {~postcode} só na {~weekday}.",
        "Erro {~uuid} ao sincronizar, commit {~sha}.",
    ],
    "de": [
        "Meine Bestellung {~order} ist seit {~date} unverändert.",
        "Die App stürzt in Version {~version} immer gegen {~time} Uhr ab.",
        "Laut Sendungsnummer {~tracking} wurde das Paket am {~weekday} in {~city} verschickt.",
        "Mir wurden {~amount} doppelt für Rechnung {~invoice} berechnet.",
        "Ticket {~ticket} wurde am {~timestamp} eröffnet.",
        "Die Referenz {~digits16} aus dem Brief wird nicht akzeptiert.",
        "Der {~product} (Artikel {~sku}) ist laut {~url} ausverkauft.",
        "Die Preise sind um {~percent} gestiegen.",
        "Lieferung an PLZ {~postcode} erfolgt nur am {~weekday}.",
        "Fehler {~uuid} seit Commit {~sha}, versandt am {~date}.",
    ],
}

FILLERS: dict[str, list[str]] = {
    "en": [
        "I have been waiting for two weeks now.",
        "This is really frustrating.",
        "Can someone please look into this?",
        "Thanks in advance for your help.",
        "The problem started after the last update.",
        "Nothing on the Help Center page explains this.",
    ],
    "pt": [
        "Estou esperando há duas semanas.",
        "Isso é muito frustrante.",
        "Alguém pode verificar, por favor?",
        "O problema começou depois da última atualização.",
    ],
    "de": [
        "Ich warte seit zwei Wochen.",
        "Das ist wirklich ärgerlich.",
        "Kann sich das bitte jemand ansehen?",
        "Das Problem begann nach dem letzten Update.",
    ],
}
GREETINGS = {"en": ["Hi,", "Hello team,", "Hey support,"], "pt": ["Olá,", "Bom dia,"]}
GREETINGS["de"] = ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,"]
SIGNOFFS = {"en": ["Thanks!", "Regards"], "pt": ["Obrigado!", "Abs"], "de": ["Danke!", "MfG"]}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
}
TITLES = {
    "en_US": ["Mr.", "Mrs.", "Ms.", "Dr."],
    "en_GB": ["Mr", "Mrs", "Ms", "Dr"],
    "pt_BR": ["Sr.", "Sra.", "Dr.", "Dra."],
    "de_DE": ["Herr", "Frau", "Dr.", "Prof."],
}
CITIES = ["Berlin", "Hamburg", "London", "Manchester", "São Paulo", "Curitiba", "Chicago", "Denver"]
PRODUCTS = ["Galaxy Buds", "ThinkPad X1", "Kindle Paperwhite", "AirPods Pro", "Echo Dot", "Pixel 8"]
GB_POSTCODES = ["SW1A 1AA", "M1 1AE", "EC1A 1BB", "B33 8TH", "CR2 6XH", "DN55 1PT"]


def luhn_valid(digits: str) -> bool:
    """True when the digit string passes the Luhn checksum (payment cards)."""
    total = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if k % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _ssn_valid(ssn: str) -> bool:
    area, group, serial = ssn.split("-")
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _phone_possible(number: str) -> bool:
    import phonenumbers

    for region in PHONE_REGIONS:
        try:
            if phonenumbers.is_possible_number(phonenumbers.parse(number, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _group(s: str, sizes: Sequence[int], sep: str) -> str:
    out, k = [], 0
    for size in sizes:
        if k >= len(s):
            break
        out.append(s[k : k + size])
        k += size
    if k < len(s):
        out.append(s[k:])
    return sep.join(out)


def _b62(r: random.Random, n: int, alphabet: str = _B62) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _b64url_json(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


class _Values:
    """Value generators for one locale; all randomness from one Random and seeded Fakers."""

    def __init__(self, locale: str, r: random.Random, fakers: dict[str, object]) -> None:
        self.locale = locale
        self.lang = LANG[locale]
        self.r = r
        self.f = fakers[locale]
        self.fakers = fakers

    # --- PII -----------------------------------------------------------------------------------
    def email(self, variant: str) -> str:
        f, r = self.f, self.r
        pick = r.random()
        if pick < 0.3:
            return f.email()
        if pick < 0.6:
            return f.free_email()
        if pick < 0.85:
            return f.company_email()
        return f"{f.user_name()}+{r.choice(['shop', 'news', 'work'])}@{f.free_email_domain()}"

    def phone(self, variant: str) -> str:
        r = self.r
        if r.random() < 0.6:
            for _ in range(50):
                number = self.f.phone_number()
                if _phone_possible(number):
                    return number
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        x = lambda: str(r.randint(2, 9))  # noqa: E731  # exchanges / subscriber starts
        if self.locale == "en_US":
            area = r.choice(["212", "415", "312", "617", "303", "512", "206", "646"])
            forms = [f"+1 {area} {x()}{d(2)} {d(4)}", f"({area}) {x()}{d(2)}-{d(4)}"]
            forms.append(f"{area}-{x()}{d(2)}-{d(4)}")
        elif self.locale == "en_GB":
            forms = [f"+44 20 7{d(3)} {d(4)}", f"07{r.choice('3456789')}{d(2)} {d(6)}"]
            forms += [f"+44 7{r.choice('3456789')}{d(2)} {d(6)}", f"0161 {x()}{d(2)} {d(4)}"]
        elif self.locale == "pt_BR":
            ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
            forms = [f"({ddd}) 9{d(4)}-{d(4)}", f"+55 {ddd} 9{d(4)}-{d(4)}"]
            forms += [f"({ddd}) {r.choice('2345')}{d(3)}-{d(4)}", f"{ddd} 9{d(4)}-{d(4)}"]
        else:
            forms = [f"+49 30 {x()}{d(7)}", f"030 {x()}{d(7)}", f"+49 15{r.choice('12')} {d(8)}"]
            forms += [f"0171 {x()}{d(6)}", f"089 {x()}{d(6)}"]
        return r.choice(forms)

    def card(self, variant: str) -> str:
        r = self.r
        # Faker's 12-digit Maestro numbers are left out: real cards are 13-19 digits, and 12
        # digits in groups of 4 are as much a phone number as a card
        kind = r.choices(CARD_TYPES, weights=CARD_WEIGHTS)[0]
        number = self.f.credit_card_number(card_type=kind)
        assert luhn_valid(number), number
        pick = r.random()
        if pick < 0.4:
            return number
        sep = " " if pick < 0.75 else "-"
        sizes = {15: (4, 6, 5), 14: (4, 6, 4)}.get(len(number), (4, 4, 4, 4))
        return _group(number, sizes, sep)

    def iban(self, variant: str) -> str:
        f = self.f
        if self.locale == "en_US":
            f = self.fakers[self.r.choice(["de_DE", "en_GB"])]
        iban = f.iban()
        return _group(iban, [4] * 10, " ") if self.r.random() < 0.4 else iban

    def ssn(self, variant: str) -> str:
        while True:
            ssn = self.fakers["en_US"].ssn()
            if _ssn_valid(ssn):
                return ssn

    def cpf(self, variant: str) -> str:
        cpf = self.fakers["pt_BR"].cpf()
        return re.sub(r"\D", "", cpf) if variant == "bare" else cpf

    def cnpj(self, variant: str) -> str:
        return self.fakers["pt_BR"].cnpj()

    def ip(self, variant: str) -> str:
        f, r = self.f, self.r
        pick = r.random()
        if pick < 0.45:
            return r.choice([f.ipv4, f.ipv4_public, f.ipv4_private])()
        if pick < 0.7:
            return f.ipv6()
        # compressed IPv6 with a "::" run: documentation prefix, link-local, or random
        tail = r.getrandbits(16 * r.randint(1, 3))
        head = r.choice([0x20010DB8, 0xFE800000, r.getrandbits(32)])
        return str(ipaddress.IPv6Address((head << 96) | tail))

    def url_credentials(self, variant: str) -> str:
        f, r = self.f, self.r
        scheme = r.choice(["https", "http", "postgres", "postgresql", "mysql", "mongodb", "redis"])
        scheme = r.choice([scheme, "ftp", "amqp"]) if r.random() < 0.15 else scheme
        user = r.choice([f.user_name(), "admin", "root", "deploy", "app"])
        pw = _b62(r, r.randint(6, 16), _B62 + "!$*-_") + r.choice(string.digits + "!$")
        host = r.choice([f.domain_name(), f"db.{f.domain_name()}", f.ipv4_private(), "localhost"])
        port = r.choice(["", "", f":{r.choice([5432, 3306, 27017, 6379, 8080, 21, 5672])}"])
        path = r.choice(["", "/prod", "/app_db", "/", f"/{f.word()}", "/db?sslmode=require"])
        return f"{scheme}://{user}:{pw}@{host}{port}{path}"

    def secret(self, variant: str) -> str:
        r = self.r
        if variant == "generic":
            while True:  # a high-entropy token: every character class present
                tok = _b62(r, r.randint(32, 40))
                if all(any(c in cls for c in tok) for cls in _CLASSES):
                    return tok
        kind = r.randrange(11)
        if kind == 0:
            return "sk-" + _b62(r, 48)
        if kind == 1:
            return "sk-proj-" + _b62(r, r.randint(48, 64), _B64URL)
        if kind == 2:
            return "sk-ant-api03-" + _b62(r, 93, _B64URL) + "AA"
        if kind == 3:
            return "AKIA" + _b62(r, 16, string.ascii_uppercase + string.digits)
        if kind == 4:
            return "ghp_" + _b62(r, 36)
        if kind == 5:
            d = string.digits
            return f"xox{r.choice('bp')}-{_b62(r, 12, d)}-{_b62(r, 13, d)}-{_b62(r, 24)}"
        if kind == 6:
            return "AIza" + _b62(r, 35, _B64URL)
        if kind == 7:
            return r.choice(["sk_live_", "rk_live_"]) + _b62(r, r.randint(24, 48))
        if kind == 8:
            return "hf_" + _b62(r, 34, string.ascii_letters)
        if kind == 9:
            head = _b64url_json({"alg": "HS256", "typ": "JWT"}).rstrip("=")
            body = {
                "sub": str(r.randint(10**6, 10**9)),
                "iat": r.randint(1_600_000_000, 1_800_000_000),
            }
            return f"{head}.{_b64url_json(body).rstrip('=')}.{_b62(r, 43, _B64URL)}"
        return "glpat-" + _b62(r, 20, _B64URL)

    def _date(self, y0: int, y1: int) -> tuple[int, int, int]:
        return self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28)

    def _format_date(self, y: int, m: int, d: int) -> str:
        month = MONTHS[self.lang].split()[m - 1]
        forms = {
            "en_US": [f"{month} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}"],
            "en_GB": [f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"],
            "pt_BR": [f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}", f"{y}-{m:02d}-{d:02d}"],
            "de_DE": [f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}", f"{d}.{m}.{y}"],
        }[self.locale]
        if self.locale == "en_US":
            forms.append(f"{month[:3]} {d}, {y}")
        return self.r.choice(forms)

    def dob(self, variant: str) -> str:
        return self._format_date(*self._date(1940, 2006))

    def person(self, variant: str) -> str:
        f, r = self.f, self.r
        if variant == "first":
            return f.first_name()
        if variant == "last":
            return f.last_name()
        name = f"{f.first_name()} {f.last_name()}"
        if self.locale == "pt_BR" and r.random() < 0.35:  # Brazilian double surnames
            name += f" {f.last_name()}"
        return name

    def address(self, variant: str) -> str:
        f = self.f
        value = f.street_address() if self.r.random() < 0.4 else f.address()
        return value.replace("\n", ", ")

    # --- hard negatives and decoration -----------------------------------------------------
    def negative(self, kind: str) -> str:
        r, lang = self.r, self.lang
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        hexs = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
        up = string.ascii_uppercase
        if kind == "order":
            return r.choice([f"#{r.randint(10**7, 10**8 - 1)}", f"ORD-2023{d(4)}-{d(4)}"])
        if kind == "ticket":
            return f"TCK-{r.randint(2019, 2025)}-{d(6)}"
        if kind == "invoice":
            return r.choice(
                [f"INV-{r.randint(2019, 2025)}-{d(5)}", f"{r.randint(2019, 2025)}/{d(5)}"]
            )
        if kind == "version":  # a 4-part version keeps a part > 255: never a valid IPv4
            return r.choice(
                [
                    f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
                    f"{r.randint(1, 12)}.0.{r.randint(1000, 22999)}.{r.randint(100, 3000)}",
                    f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
                ]
            )
        if kind == "timestamp":
            y, m, dd = self._date(2019, 2025)
            t = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
            return r.choice([f"{y}-{m:02d}-{dd:02d} {t}", f"{y}-{m:02d}-{dd:02d}T{t}Z"])
        if kind == "date":
            return self._format_date(*self._date(2019, 2025))
        if kind == "time":
            return f"{r.randint(7, 22)}:{r.choice(['00', '15', '30', '45'])}"
        if kind == "tracking":
            return f"1Z{_b62(r, 3, up + string.digits)}{_b62(r, 2, up)}{d(11)}"
        if kind == "usps":
            return _group("94" + d(20), [4] * 6, " ")
        if kind == "digits16":
            while True:
                digits = str(r.choice("3456")) + d(15)
                if not luhn_valid(digits):
                    return _group(digits, [4] * 4, " ") if r.random() < 0.3 else digits
        if kind == "amount":
            whole, cents = r.randint(1, 9999), r.randint(0, 99)
            en, eu = f"{whole:,}.{cents:02d}", f"{whole:,}".replace(",", ".") + f",{cents:02d}"
            return r.choice(
                {"en": [f"${en}", f"£{en}"], "pt": [f"R$ {eu}"], "de": [f"{eu} €", f"€{eu}"]}[lang]
            )
        if kind == "sku":
            return r.choice(
                [f"SKU-{d(5)}-{r.choice(['BLK', 'WHT'])}-XL", f"PRD-{d(4)}-{r.choice(up)}"]
            )
        if kind == "url":
            dom = r.choice(["example.com", "shop.example.org", self.f.domain_name()])
            return r.choice(
                [f"https://{dom}/help", f"https://www.{dom}/orders/{d(6)}", f"www.{dom}/faq"]
            )
        if kind == "sha":
            return hexs(40)
        if kind == "uuid":
            return f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{r.choice('89ab')}{hexs(3)}-{hexs(12)}"
        if kind == "product":
            return r.choice(PRODUCTS)
        if kind == "weekday":
            return r.choice(WEEKDAYS[lang].split())
        if kind == "city":
            return r.choice(CITIES)
        if kind == "percent":
            return r.choice([f"{r.randint(1, 60)}%", f"{r.randint(1, 30)}.{r.randint(1, 9)}%"])
        if kind == "postcode":  # phone-like digit groups in the BR/US forms
            return {
                "en_US": r.choice([d(5), f"{d(5)}-{d(4)}"]),
                "en_GB": r.choice(GB_POSTCODES),
                "pt_BR": f"{d(5)}-{d(3)}",
                "de_DE": f"{r.randint(1067, 99998):05d}",
            }[self.locale]
        if kind == "title":
            return r.choice(TITLES[self.locale])
        raise ValueError(f"unknown slot ~{kind}")


_CLASSES = (string.ascii_lowercase, string.ascii_uppercase, string.digits)


def _slots(template: str) -> list[str]:
    return [s for s in _SLOT.findall(template) if not s.startswith("~")]


def _render(
    template: str,
    values: _Values | _HeldoutValues,
    pieces: list[tuple[str, str | None, str | None]],
    kinds: Collection[str] = NEGATIVE_KINDS,
):
    """Append the template's pieces: (text, entity type or None, negative kind or None).

    `{~kind}` slots whose kind is in `kinds` are recorded as hard negatives; others (titles) are
    unlabelled decoration.
    """
    for k, part in enumerate(_SLOT.split(template)):
        if k % 2 == 0:
            if part:
                pieces.append((part, None, None))
        elif part.startswith("~"):
            kind = part[1:]
            negative = kind if kind in kinds else None
            pieces.append((values.negative(kind), None, negative))
        else:
            etype, _, variant = part.partition(":")
            pieces.append((getattr(values, etype)(variant), etype, None))


def _pick_units(
    lang: str, allowed: list[str], k: int, r: random.Random
) -> tuple[str | None, list[str], str | None]:
    """(opener, body, closer) templates holding exactly `k` labelled slots in all."""
    opener = closer = None
    body: list[str] = []
    left = k
    while left > 0:
        etype = r.choice(allowed)
        pool = [t for t in PII_TEMPLATES[lang][etype] if len(_slots(t)) <= left]
        if opener is not None:
            pool = [t for t in pool if not t.startswith("^")]
        if closer is not None:
            pool = [t for t in pool if not t.startswith("$")]
        if not pool:
            continue
        t = r.choice(pool)
        left -= len(_slots(t))
        if t.startswith("^"):
            opener = t[1:]
        elif t.startswith("$"):
            closer = t[1:]
        else:
            body.append(t)
    r.shuffle(body)
    return opener, body, closer


def build_doc(locale: str, r: random.Random, fakers: dict[str, object]) -> dict:
    """One labelled doc in `locale` (see the module docstring for its shape)."""
    lang = LANG[locale]
    values = _Values(locale, r, fakers)
    allowed = [t for t in TYPES if locale in LOCALE_ONLY.get(t, (locale,))]
    allowed = [t for t in allowed if t in PII_TEMPLATES[lang]]
    k = 0 if r.random() < 0.2 else r.choices([1, 2, 3, 4], weights=[35, 30, 20, 15])[0]
    opener, body, closer = _pick_units(lang, allowed, k, r)
    # hard negatives and neutral filler, anywhere in the body
    for _ in range(r.choice([1, 1, 2]) if r.random() < 0.5 else 0):
        body.insert(r.randint(0, len(body)), r.choice(NEGATIVE_TEMPLATES[lang]))
    if not body or r.random() < 0.3:
        body.insert(r.randint(0, len(body)), r.choice(FILLERS[lang]))
    if opener is None and r.random() < 0.4:
        opener = r.choice(GREETINGS[lang])
    if closer is None and r.random() < 0.3:
        closer = r.choice(SIGNOFFS[lang])

    pieces: list[tuple[str, str | None, str | None]] = []
    if opener:
        _render(opener, values, pieces)
        pieces.append((r.choice(["\n", " ", "\n\n"]), None, None))
    for j, unit in enumerate(body):
        if j:
            pieces.append((r.choice([" ", " ", "\n"]), None, None))
        _render(unit, values, pieces)
    if closer:
        pieces.append((r.choice(["\n", "\n\n"]), None, None))
        _render(closer, values, pieces)

    return assemble_doc(locale, pieces)


def assemble_doc(locale: str, pieces: Sequence[tuple[str, str | None, str | None]]) -> dict:
    """The doc from its pieces (text, entity type or None, negative kind or None), checked.

    Offsets are recorded while concatenating: no searching in the finished text.
    """
    text_parts: list[str] = []
    spans: list[dict] = []
    negatives: list[dict] = []
    pos = 0
    for part, etype, negative in pieces:
        if etype:
            spans.append({"start": pos, "end": pos + len(part), "type": etype})
        elif negative:
            negatives.append({"start": pos, "end": pos + len(part), "kind": negative})
        text_parts.append(part)
        pos += len(part)
    doc = {"text": "".join(text_parts), "locale": locale, "spans": spans, "negatives": negatives}
    check_doc(doc, [p[0] for p in pieces if p[1]])
    return doc


def every_occurrence_labelled(doc: dict) -> bool:
    """Every whole-word occurrence of every labelled value lies inside a span: a corpus redraws a
    doc that fails this (an unlabelled copy of a name would count against every detector)."""
    text, spans = doc["text"], doc["spans"]
    for value in {text[s["start"] : s["end"]] for s in spans}:
        for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
            if not any(s["start"] <= m.start() and m.end() <= s["end"] for s in spans):
                return False
    return True


def check_doc(doc: dict, values: Sequence[str] | None = None) -> None:
    """Assert the doc's spans are sane: in range, non-empty, unpadded, sorted, non-overlapping.

    Args:
        doc: a corpus doc.
        values: when given, the exact value each span must slice back to, in order.
    """
    text, spans = doc["text"], doc["spans"]
    last = 0
    for k, s in enumerate(spans):
        start, end = s["start"], s["end"]
        value = text[start:end]
        assert 0 <= last <= start < end <= len(text), (s, last)
        assert value and value == value.strip(), (s, value)
        assert s["type"] in TYPES, s
        if values is not None:
            assert value == values[k], (value, values[k])
        last = end
    assert values is None or len(values) == len(spans)


def build_corpus(n_docs: int, seed: int = 0, locales: Sequence[str] = LOCALES) -> list[dict]:
    """`n_docs` labelled docs, the locales taking turns.

    Args:
        n_docs: number of docs.
        seed: everything random derives from it (one Random plus one seeded Faker per locale).
        locales: doc locales, any of LOCALES.

    Returns:
        Docs as described in the module docstring.
    """
    from faker import Faker

    unknown = set(locales) - set(LOCALES)
    if unknown:
        raise ValueError(f"unsupported locales {sorted(unknown)}; known: {list(LOCALES)}")
    r = random.Random(seed)
    fakers: dict[str, object] = {}
    # every locale's Faker exists even when its locale is not asked for: en_US draws IBANs from
    # de_DE/en_GB, and a fixed set keeps each Faker's seed independent of `locales`
    for k, loc in enumerate(LOCALES):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed * 1000 + k)
    return [build_doc(locales[i % len(locales)], r, fakers) for i in range(n_docs)]


# ---------------------------------------------------------------------------------------------
# HELD-OUT corpus: written separately from the dev templates above and never used to tune a
# detector. New situations (HR forms, insurance chats, clinic messages, bug reports with config
# snippets, driver notes, shop reviews, mail headers and signatures, CSV rows, bullet lists), new
# wording, other locales (en_AU, en_IE, en_CA, pt_PT, de_AT, de_CH; en_US only for SSNs and
# pt_BR only for CPF/CNPJ), other value formats and other kinds of hard negatives.
#
# Values: phones in the forms people of the doc's country write them, kept only when
# `phonenumbers` calls them VALID for that country; IBANs of AT/CH/PT/IE (en_AU/en_CA borrow one),
# spaced or compact; cards of every length 13-19 in their usual groupings (space, dash, none, a
# few double spaces as pasted from a PDF; no obsolete 15-digit JCBs); e-mails with plus-tags,
# subdomains, upper/mixed case; IPv4, full/compressed/IPv4-mapped IPv6, some next to a port
# ("[v6]:8443", "v4:5432": the span is the address);
# credential URLs of redis/amqp/ftp/sftp/git-over-https/smtp/mongodb+srv/SQLAlchemy schemes;
# vendor tokens, generic and hex keys, Azure account keys, bearer tokens and human passwords;
# dates of birth in the country's formats (de_AT "Jänner", de_CH 2-digit years); names with and
# without titles, inverted ("Last, First"), upper-cased; Faker addresses on one line. de_CH docs
# write "ss" for "ß"; a quarter of the driver notes are all upper case. About 15% of docs hold no
# PII, the rest 1-5 entities; about 65% hold 1-3 hard-negative units.
# ---------------------------------------------------------------------------------------------

HELDOUT_LOCALES = ("en_AU", "en_IE", "en_CA", "pt_PT", "de_AT", "de_CH", "en_US", "pt_BR")
# one turn of the locale rotation: each new locale twice, the SSN/CPF-only locales once
HELDOUT_CYCLE = ("en_AU", "pt_PT", "de_AT", "en_IE", "de_CH", "en_CA") * 2 + ("en_US", "pt_BR")
# template language; "us" holds only SSN situations, "br" only CPF/CNPJ ones
HELDOUT_LANG = {
    "en_AU": "en",
    "en_IE": "en",
    "en_CA": "en",
    "pt_PT": "pt",
    "de_AT": "de",
    "de_CH": "de",
    "en_US": "us",
    "pt_BR": "br",
}
HELDOUT_REGION = {
    "en_AU": "AU",
    "en_IE": "IE",
    "en_CA": "CA",
    "pt_PT": "PT",
    "de_AT": "AT",
    "de_CH": "CH",
    "en_US": "US",
    "pt_BR": "BR",
}
# the Fakers whose iban() gives that country's IBAN (en_AU/en_CA have none: they borrow one)
HELDOUT_IBAN_LOCALES = ("de_AT", "de_CH", "pt_PT", "en_IE")
HELDOUT_NEGATIVE_KINDS = (
    "invoice_no",
    "bad_iban",
    "serial",
    "appointment",
    "clock",
    "release",
    "digest",
    "brand",
    "street_only",
    "city_only",
    "price",
    "isbn",
    "ean",
    "policy_no",
    "masked_card",
    "placeholder",
    "at_url",
    "git_remote",
    "vitals",
    "voucher",
    "logged_at",
    "mail_date",
    "case_no",
    "employee_id",
    "dimensions",
    "ein",
    "routing",
    "nfe_key",
    "boleto",
)

# Each situation: "open" / "close" (first / last unit, may hold slots), "body" (units with slots),
# "neg" (units with hard negatives only), "fill" (neutral units), "join" (separators between body
# units) and, for chats, "prefix" (a speaker label put before each body unit; a body unit starting
# with "=" carries its own speakers and gets none). Same slot syntax as the dev templates.
HELDOUT_TEMPLATES: dict[str, dict[str, dict[str, list[str]]]] = {
    "en": {
        "hr": {
            "open": [
                "NEW STARTER FORM (confidential)",
                "Onboarding - personal details, section B",
                "Onboarding pack for {person:full}",
            ],
            "close": [
                "Signed: {person:full}",
                "HR contact for questions: {person:first} ({email})",
            ],
            "body": [
                "Legal name: {person:full}",
                "Preferred first name: {person:first}",
                "FAMILY NAME (as on passport): {person:upper_last}",
                "Personal e-mail: {email}",
                "Mobile: {phone:mobile}   Landline: {phone:landline}",
                "Birthday: {dob} (optional - we mark it in the team calendar)",
                "D.O.B. (as on passport) {dob}",
                "Residential address: {address}",
                "Pay into account (IBAN): {iban}",
                "Emergency contact - {person:full}, {phone}",
                "Next of kin: {person:full} (partner), mobile {phone:mobile}",
                "Reports to {person:full}; onboarding buddy is {person:first}.",
                "Ship the laptop c/o {person:full}, {address}",
                "Payslips go by e-mail to {email:caps}",
                "{person:inverted} | {email} | start {~appointment}",
            ],
            "neg": [
                "Employee no. {~employee_id}, first day {~appointment}, induction at {~clock}.",
                "Cost centre {~policy_no}; equipment request {~case_no}.",
                "Contract template {~release} signed digitally, checksum {~digest}.",
            ],
            "fill": [
                "All fields marked * are mandatory.",
                "Please return the completed form before your first day.",
                "Bring the original of your work permit on day one.",
            ],
            "join": ["\n"],
        },
        "bank": {
            "open": [
                "Live chat transcript - Motor insurance",
                "Chat started. You are talking to our virtual assistant.",
                "Secure message thread",
            ],
            "close": [
                "Chat ended by {person:first}.",
                "(transcript emailed to {email})",
            ],
            "body": [
                "hi i need to change the bank account for my premiums, new IBAN is {iban}",
                "can you read me back the IBAN you have on file? I think it's {iban}",
                "=Agent: for security, please confirm the policyholder's date of birth\n"
                "Customer: {dob}",
                "its {dob} but the renewal letter said something else",
                "The policyholder is my wife, {person:full} (born {dob}).",
                "best number to reach me is {phone} or drop an email to {email}",
                "other driver's details: {person:full}, {phone}, rego unknown",
                "the replacement card {card} still isn't working at the ATM",
                "Please take the excess from {card}.",
                "postal address for the cheque: {address}",
                "Confirming your registered email: {email}. Is that correct?",
                "yes thats right and the mobile is {phone:mobile}",
                "my login IP keeps changing, last one was {ip:v4} - is that why I'm locked out?",
            ],
            "neg": [
                "Your claim reference is {~case_no}; an assessor will be in touch.",
                "The card ending {~masked_card} has been frozen.",
                "From {~appointment} your monthly premium will be {~price}.",
                "Transfers to {~bad_iban} bounced - that account number doesn't validate.",
            ],
            "fill": [
                "For security, can you confirm a few details first?",
                "thanks, one sec",
                "Is there anything else I can help you with today?",
            ],
            "join": ["\n"],
            "prefix": ["Customer: ", "Agent: ", "[{~clock}] Member: ", "[{~clock}] Advisor: "],
        },
        "clinic": {
            "open": [
                "Harbourside Family Practice - appointment reminder",
                "APPOINTMENT CONFIRMATION",
                "Message from your GP clinic:",
            ],
            "close": [
                "Reply STOP to opt out. Enquiries: {phone:landline}",
                "Sent on behalf of {~title} {person:last}",
            ],
            "body": [
                "Hi {person:first}, this is a reminder of your appointment on {~appointment} at "
                "{~clock}. Reply Y to confirm.",
                "Patient: {person:full}   D.O.B.: {dob}",
                "Patient: {person:upper} (b. {dob})",
                "{person:full} - date of birth {dob} - new patient, no referral",
                "Pathology results for {person:first} have been emailed to {email}.",
                "Next of kin on file: {person:full} on {phone}.",
                "Home visit booked for {address}.",
                "Please call {phone:landline} if you need to reschedule.",
                "Your dentist, {~title} {person:last}, is running about 20 minutes late.",
                "Gap payment taken from card {card}.",
            ],
            "neg": [
                "Obs today: {~vitals}, {~vitals}.",
                "Your appointment on {~appointment} at {~clock} has been moved to {~appointment}.",
                "The clinic has moved to {~street_only}, next to the pharmacy.",
                "Referral {~case_no} expires {~appointment}.",
            ],
            "fill": [
                "Please arrive 10 minutes early.",
                "Bring your Medicare card and a list of medications.",
                "Fasting is required from midnight.",
            ],
            "join": [" ", "\n"],
        },
        "bug": {
            "open": [
                "Bug report: worker can't reach the queue after deploy",
                "### Environment",
                "Steps to reproduce",
            ],
            "close": [
                "Reported by {person:full} <{email}>",
                "-- {person:first}, platform team",
            ],
            "body": [
                "```\nREDIS_URL={url_credentials:redis}\nLOG_LEVEL=debug\n```",
                "In settings.ini: `broker_url = {url_credentials:amqp}`",
                "The nightly export pushes to {url_credentials:ftp} and gets "
                "`530 Login incorrect`.",
                'curl -H "Authorization: Bearer {secret:bearer}" https://api.internal/v2/ping '
                "returns 401",
                "config.yml:\n  db: {url_credentials}\n  api_token: {secret}",
                "password={secret:password} (yes it's in the repo, I know)",
                "client_secret: '{secret:generic}'",
                "the service binds to [{ip:v6}]:8443 but health checks go to {ip:v4}:8443",
                "Repro from {ip} - response headers attached.",
                'Traceback ends with: could not connect to server at "{ip:v4}", port 5432',
                "Storage: DefaultEndpointsProtocol=https;AccountName=logsarchive;"
                "AccountKey={secret:azure};EndpointSuffix=core.windows.net",
                "Works with the old key {secret:hex} but not with the rotated one.",
                "git clone {url_credentials:git} fails with 403",
            ],
            "neg": [
                "Regression between {~release} and {~release}; bisected to {~digest}.",
                "Image digest {~digest} pulled on {~logged_at}.",
                "Remote is {~git_remote}, write-up at {~at_url}.",
                "`API_TOKEN={~placeholder}` is what .env.example ships with.",
            ],
            "fill": [
                "Expected: 200. Actual: timeout after 30 s.",
                "Happens on every second deploy, not always.",
                "Labels: bug, needs-triage",
            ],
            "join": ["\n", "\n\n"],
        },
        "delivery": {
            "open": ["DRIVER NOTES", "Run sheet - afternoon"],
            "close": [],
            "body": [
                "Attn: {person:full}",
                "C/O {person:upper}, {address}",
                "drop at {address} - side gate, dog is friendly",
                "No answer at door, rang {phone:mobile} twice.",
                "Receiver {person:first} on nights, deliver after 2pm. Contact {phone}/{email}",
                "Deliver to: {address:street} (back entrance)",
                "ALT RECIPIENT: {person:full} next door ({phone:mobile})",
                "Age-restricted item: check ID of {person:full}, date of birth {dob}",
            ],
            "neg": [
                "Consignment {~case_no}, {~dimensions}, left in the meter box.",
                "Detour via {~street_only} because of roadworks.",
                "Scanned at depot {~logged_at}; trailer {~serial}.",
            ],
            "fill": ["Signature not required.", "Fragile - this side up.", "Two-person lift."],
            "join": ["\n", " / "],
        },
        "review": {
            "open": ["★★★★☆", "Verified purchase", "1/5 stars - avoid"],
            "close": ["- {person:first}", "Reviewed by {person:full}, verified buyer"],
            "body": [
                "Bought it for my dad {person:first} and he hasn't stopped using it.",
                "The seller ({person:full}) replied to my email at {email} within the hour.",
                "Courier kept calling {phone} at 7am, not impressed.",
                "Still waiting on the refund to my card {card} after three weeks!!",
                'Gift for "{person:first}" - wrapped beautifully.',
                "I had it sent to my work address, {address}, no problems.",
                "The seller asked me to pay outside the platform to {iban} - looks like a scam.",
            ],
            "neg": [
                "The {~brand} arrived with a scratch (barcode {~ean}).",
                "Paid {~price} in the sale - worth every cent.",
                "Came with a {~brand} and a book, ISBN {~isbn}, as a bonus.",
                "Discount code {~voucher} no longer works.",
            ],
            "fill": ["Battery life is great.", "Smaller than it looks in the photos."],
            "join": [" ", "\n"],
        },
        "email": {
            "open": [
                "From: {person:full} <{email}>\nTo: {email:role}\nDate: {~mail_date}\n"
                "Subject: Re: {~case_no}",
                'From: "{person:inverted}" <{email}>\nSent: {~mail_date}\n'
                "Subject: change of details",
                "On {~mail_date}, {person:full} <{email}> wrote:",
                "-----Original Message-----\nFrom: {email}\nSubject: FW: quote {~invoice_no}",
            ],
            "close": [
                "--\n{person:full}\nM {phone:mobile} | E {email}",
                "Warm regards,\n{person:full}\nOffice Manager",
                "{person:first}\nSent from my mobile",
                "Catch you Monday,\n{person:first}",
                "Regards,\n{~title} {person:full}\nDirect: {phone:landline}",
            ],
            "body": [
                "Please change my postal address to {address}; the old one is no longer checked.",
                "I've copied in {email}, who looks after our accounts.",
                "Could you give {person:first} a ring on {phone} tomorrow morning?",
                "Remittance went to {iban} on Friday.",
                "(my personal address is {email} if the work one bounces)",
                "My date of birth on the account should read {dob}, not what the portal shows.",
                "Here's the integration key you asked for: {secret} - please keep it out of the "
                "ticket.",
            ],
            "neg": [
                "Quote {~invoice_no} from {~appointment} is attached again.",
                "The total including GST is {~price}.",
                "Our warehouse moved to {~street_only}.",
            ],
            "fill": [
                "Apologies for the delay in getting back to you.",
                "See attached.",
                "Happy to jump on a call if easier.",
            ],
            "join": ["\n", "\n\n"],
        },
        "csv": {
            "open": ["export_2024_q3.csv (first rows):", "Pasting the rows that failed import:"],
            "close": [],
            "body": [
                "id;name;email\n{~employee_id};{person:full};{email}",
                'full_name,mobile,dob\n"{person:inverted}",{phone},{dob}',
                "email,ip,last_seen\n{email},{ip},{~logged_at}",
                "payee|iban|amount\n{person:full}|{iban}|{~price}",
                "{person:last},{person:first},{email},{phone}",
                "{email};{email};{email}",
                '"{person:full}","{address}"',
                "card_no\tholder\n{card}\t{person:upper}",
                "service,api_key\nbilling-sync,{secret:generic}",
                "name,dsn\nreporting,{url_credentials}",
            ],
            "neg": [
                "sku,ean,price\n{~serial},{~ean},{~price}",
                "row 14: invalid IBAN {~bad_iban}, skipped",
                "{~logged_at},{~release},{~digest}",
            ],
            "fill": ["(header row repeated on every page)", "encoding: UTF-8, delimiter ';'"],
            "join": ["\n"],
        },
        "list": {
            "open": ["Contacts for the site visit:", "Attendees", "People to notify:"],
            "close": [],
            "body": [
                "- {person:full} ({phone})",
                "• {person:full} – {email}",
                "* {~title} {person:last}, {email}",
                "1) {email}",
                "- allow-list: {ip}, {ip}",
                "- {person:first}: {phone:mobile}",
                "▪ {person:inverted}",
                "- {person:full} (DOB {dob})",
            ],
            "neg": [
                "- Parking: level 3, bay {~serial}",
                "- Catering order {~invoice_no}, {~price}",
                "- Venue city: {~city_only}",
            ],
            "fill": ["- Bring photo ID", "- Lunch provided"],
            "join": ["\n"],
        },
    },
    "de": {
        "hr": {
            "open": [
                "PERSONALBOGEN – Neueintritt (vertraulich)",
                "Eintrittsformular, Abschnitt 2: Persönliche Angaben",
                "Onboarding-Unterlagen für {person:full}",
            ],
            "close": ["Unterschrift: {person:full}", "Rückfragen an {person:first} ({email})"],
            "body": [
                "Vor- und Nachname: {person:full}",
                "Rufname: {person:first}",
                "FAMILIENNAME: {person:upper_last}",
                "Private E-Mail-Adresse: {email}",
                "Handy: {phone:mobile}, Festnetz: {phone:landline}",
                "Geburtstag: {dob} (freiwillige Angabe)",
                "Geb.-Datum laut Ausweis {dob}",
                "Wohnadresse: {address}",
                "Gehaltskonto (IBAN): {iban}",
                "Notfallkontakt – {person:full}, {phone}",
                "Vorgesetzte/r: {person:full}; Pate/Patin: {person:first}",
                "Laptop bitte z. Hd. {person:full}, {address} senden",
                "Lohnzettel per Mail an {email:caps}",
                "{person:inverted} | {email} | Eintritt {~appointment}",
            ],
            "neg": [
                "Personalnummer {~employee_id}, Eintritt am {~appointment} um {~clock}.",
                "Kostenstelle {~policy_no}, Anforderung {~case_no}.",
                "Dienstvertrag Fassung {~release}, Prüfsumme {~digest}.",
            ],
            "fill": [
                "Pflichtfelder sind mit * markiert.",
                "Bitte das Formular vor dem ersten Arbeitstag retournieren.",
                "Arbeitsbewilligung bitte im Original mitbringen.",
            ],
            "join": ["\n"],
        },
        "bank": {
            "open": [
                "Chatprotokoll – Kfz-Versicherung",
                "Sie chatten jetzt mit unserem digitalen Assistenten.",
                "Sichere Nachricht im E-Banking",
            ],
            "close": ["Chat beendet von {person:first}.", "(Protokoll wurde an {email} gesendet)"],
            "body": [
                "servus, ich möchte das Konto für die Prämie ändern, neue IBAN {iban}",
                "Können Sie mir die hinterlegte IBAN vorlesen? Ich glaube es ist {iban}",
                "=Berater: Zur Sicherheit bitte das Geburtsdatum der versicherten Person "
                "bestätigen\nKunde: {dob}",
                "das ist der {dob}, im Brief stand aber was anderes",
                "Versicherungsnehmerin ist meine Frau, {person:full} (Geburtstag {dob}).",
                "am besten erreichen Sie mich unter {phone} oder per Mail an {email}",
                "Daten vom Unfallgegner: {person:full}, {phone}, Kennzeichen weiß ich nicht",
                "die neue Karte {card} geht beim Bankomat immer noch nicht",
                "Bitte den Selbstbehalt von der Karte {card} abbuchen.",
                "Postanschrift für die Auszahlung: {address}",
                "Zur Bestätigung: Ihre hinterlegte E-Mail lautet {email}, stimmt das?",
                "ja passt, Handynummer ist {phone:mobile}",
                "meine Login-IP wechselt ständig, zuletzt {ip:v4} – bin ich deshalb gesperrt?",
            ],
            "neg": [
                "Ihre Schadennummer lautet {~case_no}, ein Gutachter meldet sich.",
                "Die Karte mit den Endziffern {~masked_card} ist nun gesperrt.",
                "Ab {~appointment} beträgt die Monatsprämie {~price}.",
                "Die Überweisung auf {~bad_iban} kam zurück, die Kontonummer ist ungültig.",
            ],
            "fill": [
                "Aus Sicherheitsgründen brauche ich zuerst ein paar Angaben.",
                "danke, Moment bitte",
                "Kann ich sonst noch etwas für Sie tun?",
            ],
            "join": ["\n"],
            "prefix": ["Kunde: ", "Beraterin: ", "[{~clock}] Kundin: ", "[{~clock}] Chatbot: "],
        },
        "clinic": {
            "open": [
                "Gruppenpraxis am Kanal – Terminerinnerung",
                "TERMINBESTÄTIGUNG",
                "Nachricht Ihrer Hausarztpraxis:",
            ],
            "close": [
                "Abmelden mit STOP. Rückfragen: {phone:landline}",
                "Im Auftrag von {~title} {person:last}",
            ],
            "body": [
                "Guten Tag {person:first}, wir erinnern an Ihren Termin am {~appointment} um "
                "{~clock}. Bitte mit J bestätigen.",
                "Patient: {person:full}   Geb.: {dob}",
                "Patientin: {person:upper} (geb. am {dob})",
                "{person:full} – Geburtsdatum {dob} – Erstbesuch, keine Überweisung",
                "Der Laborbefund für {person:first} wurde an {email} geschickt.",
                "Angehörige laut Kartei: {person:full}, Tel. {phone}.",
                "Hausbesuch vereinbart: {address}.",
                "Zum Verschieben bitte {phone:landline} anrufen.",
                "Ihre Zahnärztin {~title} {person:last} hat heute ca. 20 Minuten Verspätung.",
                "Der Selbstbehalt wurde von Karte {card} abgebucht.",
            ],
            "neg": [
                "Messwerte heute: {~vitals}, {~vitals}.",
                "Ihr Termin am {~appointment} um {~clock} wurde auf den {~appointment} verschoben.",
                "Die Praxis ist jetzt in der {~street_only}, neben der Apotheke.",
                "Zuweisung {~case_no} gültig bis {~appointment}.",
            ],
            "fill": [
                "Bitte 10 Minuten früher kommen.",
                "Versichertenkarte und Medikamentenliste nicht vergessen.",
                "Ab Mitternacht nüchtern bleiben.",
            ],
            "join": [" ", "\n"],
        },
        "bug": {
            "open": [
                "Fehlerbericht: Worker erreicht die Queue nach dem Deployment nicht",
                "### Umgebung",
                "Schritte zur Reproduktion",
            ],
            "close": ["Gemeldet von {person:full} <{email}>", "– {person:first}, Plattform-Team"],
            "body": [
                "```\nCACHE_URL={url_credentials:redis}\nDEBUG=1\n```",
                "In der settings.ini steht `amqp_url = {url_credentials:amqp}`",
                "Der nächtliche Export lädt nach {url_credentials:ftp} hoch und bekommt "
                "`530 Login incorrect`.",
                "Aufruf mit Header `Authorization: Bearer {secret:bearer}` liefert 401",
                "docker-compose.override.yml:\n  DB_URL: {url_credentials}\n  TOKEN: {secret}",
                "passwort={secret:password} (ja, liegt im Repo, ich weiß)",
                'client_secret = "{secret:generic}"',
                "Der Dienst lauscht auf [{ip:v6}]:8443, der Healthcheck geht aber auf {ip:v4}:8443",
                "Reproduzierbar von {ip} aus, Header im Anhang.",
                'Log: OperationalError: connection to server at "{ip:v4}", port 5432 failed',
                "Storage-Verbindung: DefaultEndpointsProtocol=https;AccountName=archivlogs;"
                "AccountKey={secret:azure};EndpointSuffix=core.windows.net",
                "Mit dem alten Schlüssel {secret:hex} geht es, mit dem neuen nicht.",
                "git clone {url_credentials:git} bricht mit 403 ab",
            ],
            "neg": [
                "Regression zwischen {~release} und {~release}, per Bisect auf {~digest} "
                "eingegrenzt.",
                "Image-Digest {~digest}, gezogen am {~logged_at}.",
                "Remote: {~git_remote}, Nachbericht unter {~at_url}.",
                "In der .env.example steht nur `API_TOKEN={~placeholder}`.",
            ],
            "fill": [
                "Erwartet: 200. Tatsächlich: Timeout nach 30 s.",
                "Tritt bei jedem zweiten Deployment auf.",
                "Labels: bug, triage",
            ],
            "join": ["\n", "\n\n"],
        },
        "delivery": {
            "open": ["FAHRERNOTIZ", "Tourenliste Nachmittag"],
            "close": [],
            "body": [
                "z. Hd. {person:full}",
                "c/o {person:upper}, {address}",
                "abgeben bei {address} – Seiteneingang, Hund ist lieb",
                "Niemand da, zweimal {phone:mobile} angerufen.",
                "Empfänger {person:first} arbeitet nachts, erst ab 14 Uhr zustellen. "
                "Kontakt {phone}/{email}",
                "Zustellung: {address:street} (Hintereingang)",
                "ERSATZEMPFÄNGER: {person:full} nebenan ({phone:mobile})",
                "Altersprüfung: Ausweis von {person:full} kontrollieren, geboren {dob}",
            ],
            "neg": [
                "Sendung {~case_no}, {~dimensions}, im Zählerkasten hinterlegt.",
                "Umleitung über die {~street_only} wegen Baustelle.",
                "Scan im Depot {~logged_at}, Anhänger {~serial}.",
            ],
            "fill": ["Keine Unterschrift nötig.", "Zerbrechlich – oben.", "Zu zweit tragen."],
            "join": ["\n", " / "],
        },
        "review": {
            "open": ["★★★★☆", "Verifizierter Kauf", "1 von 5 Sternen – Finger weg"],
            "close": ["– {person:first}", "Bewertet von {person:full}, verifizierter Kauf"],
            "body": [
                "Für meinen Vater {person:first} gekauft, er ist begeistert.",
                "Der Verkäufer ({person:full}) hat auf meine Mail an {email} sofort geantwortet.",
                "Der Bote hat um 7 Uhr früh {phone} angerufen, nicht toll.",
                "Warte seit drei Wochen auf die Gutschrift auf meine Karte {card}!!",
                "Geschenk für „{person:first}“ – schön verpackt.",
                "An meine Arbeitsadresse {address} geliefert, problemlos.",
                "Der Verkäufer wollte, dass ich außerhalb der Plattform auf {iban} zahle – Betrug?",
            ],
            "neg": [
                "Der {~brand} kam mit Kratzer an (EAN {~ean}).",
                "Im Angebot für {~price} gekauft – top.",
                "Dabei lagen ein {~brand} und ein Buch (ISBN {~isbn}).",
                "Gutscheincode {~voucher} funktioniert nicht mehr.",
            ],
            "fill": ["Akku hält ewig.", "Kleiner als auf den Fotos."],
            "join": [" ", "\n"],
        },
        "email": {
            "open": [
                "Von: {person:full} <{email}>\nAn: {email:role}\nDatum: {~mail_date}\n"
                "Betreff: AW: {~case_no}",
                'Von: "{person:inverted}" <{email}>\nGesendet: {~mail_date}\n'
                "Betreff: Änderung meiner Daten",
                "Am {~mail_date} schrieb {person:full} <{email}>:",
                "-----Ursprüngliche Nachricht-----\nVon: {email}\n"
                "Betreff: WG: Angebot {~invoice_no}",
            ],
            "close": [
                "--\n{person:full}\nMobil {phone:mobile} | Mail {email}",
                "Liebe Grüße und ein schönes Wochenende!\n{person:first}",
                "Beste Grüße aus dem Büro\n{~title} {person:full}\nDurchwahl {phone:landline}",
                "Herzliche Grüße\n{person:full}\nAssistenz der Geschäftsleitung",
            ],
            "body": [
                "Bitte ändern Sie meine Postadresse auf {address}; die alte wird nicht mehr "
                "geleert.",
                "Ich habe {email} in Kopie gesetzt, dort wird unsere Buchhaltung gemacht.",
                "Könnten Sie {person:first} morgen früh unter {phone} anrufen?",
                "Die Zahlung ging am Freitag an {iban}.",
                "(meine private Adresse ist {email}, falls die dienstliche nicht geht)",
                "Mein Geburtsdatum im Kundenkonto muss {dob} lauten, nicht das im Portal.",
                "Hier der Integrationsschlüssel wie besprochen: {secret} – bitte nicht ins Ticket "
                "kopieren.",
            ],
            "neg": [
                "Angebot {~invoice_no} vom {~appointment} hänge ich nochmals an.",
                "Der Gesamtbetrag inkl. MwSt. beträgt {~price}.",
                "Unser Lager ist jetzt in der {~street_only}.",
            ],
            "fill": [
                "Entschuldigen Sie die späte Rückmeldung.",
                "Siehe Anhang.",
                "Gerne auch telefonisch, wenn das einfacher ist.",
            ],
            "join": ["\n", "\n\n"],
        },
        "csv": {
            "open": ["Auszug aus export_q3.csv:", "Die Zeilen, bei denen der Import scheitert:"],
            "close": [],
            "body": [
                "nr;name;e_mail\n{~employee_id};{person:full};{email}",
                'vollname,handy,geburtsdatum\n"{person:inverted}",{phone},{dob}',
                "mail,ip,zuletzt_aktiv\n{email},{ip},{~logged_at}",
                "empfaenger|iban|betrag\n{person:full}|{iban}|{~price}",
                "{person:last};{person:first};{email};{phone}",
                "{email},{email},{email}",
                '"{person:full}";"{address}"',
                "kartennr\tinhaber\n{card}\t{person:upper}",
                "dienst;api_key\nfibu-sync;{secret:generic}",
                "name;dsn\nberichte;{url_credentials}",
            ],
            "neg": [
                "artikel;ean;preis\n{~serial};{~ean};{~price}",
                "Zeile 14: ungültige IBAN {~bad_iban}, übersprungen",
                "{~logged_at};{~release};{~digest}",
            ],
            "fill": ["(Kopfzeile wiederholt sich auf jeder Seite)", "Kodierung UTF-8, Trenner ';'"],
            "join": ["\n"],
        },
        "list": {
            "open": ["Kontakte für den Vor-Ort-Termin:", "Teilnehmende", "Bitte informieren:"],
            "close": [],
            "body": [
                "- {person:full} ({phone})",
                "• {person:full} – {email}",
                "* {~title} {person:last}, {email}",
                "1) {email}",
                "- Freigabeliste: {ip}, {ip}",
                "- {person:first}: {phone:mobile}",
                "▪ {person:inverted}",
                "- {person:full} (geb. {dob})",
            ],
            "neg": [
                "- Parkplatz: Ebene 3, Platz {~serial}",
                "- Catering-Bestellung {~invoice_no}, {~price}",
                "- Ort: {~city_only}",
            ],
            "fill": ["- Ausweis mitbringen", "- Mittagessen inklusive"],
            "join": ["\n"],
        },
    },
    "pt": {
        "hr": {
            "open": [
                "FICHA DE ADMISSÃO – dados pessoais (confidencial)",
                "Acolhimento de novos colaboradores, secção B",
                "Processo de integração de {person:full}",
            ],
            "close": ["Assinatura: {person:full}", "Dúvidas: falar com {person:first} ({email})"],
            "body": [
                "Nome completo: {person:full}",
                "Nome pelo qual prefere ser tratado(a): {person:first}",
                "APELIDO: {person:upper_last}",
                "E-mail pessoal: {email}",
                "Telemóvel: {phone:mobile}; telefone fixo: {phone:landline}",
                "Data de nasc. do trabalhador: {dob}",
                "Aniversário: {dob} (opcional, para o calendário da equipa)",
                "Morada: {address}",
                "IBAN para o vencimento: {iban}",
                "Contacto de emergência – {person:full}, {phone}",
                "Chefia direta: {person:full}; padrinho/madrinha: {person:first}",
                "Enviar o portátil ao cuidado de {person:full}, {address}",
                "Recibos de vencimento para {email:caps}",
                "{person:inverted} | {email} | entrada {~appointment}",
            ],
            "neg": [
                "N.º de colaborador {~employee_id}, entrada a {~appointment} às {~clock}.",
                "Centro de custo {~policy_no}; pedido de material {~case_no}.",
                "Contrato versão {~release}, assinatura digital {~digest}.",
            ],
            "fill": [
                "Os campos assinalados com * são obrigatórios.",
                "Devolva a ficha preenchida antes do primeiro dia.",
                "Traga o original da autorização de residência no primeiro dia.",
            ],
            "join": ["\n"],
        },
        "bank": {
            "open": [
                "Registo da conversa – Seguro automóvel",
                "Está a falar com o nosso assistente virtual.",
                "Mensagem segura do homebanking",
            ],
            "close": [
                "Conversa terminada por {person:first}.",
                "(cópia da conversa enviada para {email})",
            ],
            "body": [
                "boa tarde, queria mudar a conta do débito direto, o IBAN novo é {iban}",
                "Pode confirmar o IBAN que têm registado? Acho que é {iban}",
                "=Assistente: por segurança, confirme a data de nascimento do tomador\n"
                "Cliente: {dob}",
                "é {dob}, mas na carta vinha outra data",
                "A tomadora do seguro é a minha mulher, {person:full}, nascida a {dob}.",
                "o melhor é ligar-me para o {phone} ou mandar e-mail para {email}",
                "dados do outro condutor: {person:full}, {phone}, matrícula não sei",
                "o cartão novo {card} continua a não dar no multibanco",
                "Por favor debitem a franquia no cartão {card}.",
                "Morada para envio do cheque: {address}",
                "Para confirmar: o e-mail registado é {email}, correto?",
                "sim, e o telemóvel é {phone:mobile}",
                "o IP do meu acesso muda sempre, o último foi {ip:v4} – é por isso que fiquei "
                "bloqueado?",
            ],
            "neg": [
                "A referência do sinistro é {~case_no}; um perito vai contactá-lo.",
                "O cartão terminado em {~masked_card} foi bloqueado.",
                "A partir de {~appointment} o prémio mensal passa a {~price}.",
                "A transferência para {~bad_iban} foi devolvida, o número não é válido.",
            ],
            "fill": [
                "Por segurança, preciso de confirmar alguns dados.",
                "obrigado, só um momento",
                "Posso ajudar em mais alguma coisa?",
            ],
            "join": ["\n"],
            "prefix": ["Cliente: ", "Assistente: ", "[{~clock}] Cliente: ", "[{~clock}] Gestor: "],
        },
        "clinic": {
            "open": [
                "Clínica do Largo – lembrete de consulta",
                "CONFIRMAÇÃO DE MARCAÇÃO",
                "Mensagem do seu centro de saúde:",
            ],
            "close": [
                "Para deixar de receber responda STOP. Informações: {phone:landline}",
                "Enviado em nome de {~title} {person:last}",
            ],
            "body": [
                "Olá {person:first}, lembramos a sua consulta a {~appointment} às {~clock}. "
                "Responda S para confirmar.",
                "Utente: {person:full}   Data de nasc.: {dob}",
                "Utente: {person:upper} (nascido a {dob})",
                "{person:full} – data de nascimento {dob} – primeira consulta",
                "Os resultados das análises de {person:first} foram enviados para {email}.",
                "Familiar de contacto: {person:full}, tel. {phone}.",
                "Visita domiciliária marcada para {address}.",
                "Para remarcar ligue {phone:landline}.",
                "A sua médica dentista, {~title} {person:last}, está com 20 minutos de atraso.",
                "A taxa foi cobrada no cartão {card}.",
            ],
            "neg": [
                "Sinais vitais: {~vitals}, {~vitals}.",
                "A consulta de {~appointment} às {~clock} passou para {~appointment}.",
                "A clínica mudou-se para a {~street_only}, ao lado da farmácia.",
                "Credencial {~case_no} válida até {~appointment}.",
            ],
            "fill": [
                "Chegue 10 minutos antes.",
                "Traga o cartão de utente e a lista de medicação.",
                "Jejum a partir da meia-noite.",
            ],
            "join": [" ", "\n"],
        },
        "bug": {
            "open": [
                "Relatório de erro: o worker não liga à fila depois do deploy",
                "### Ambiente",
                "Passos para reproduzir",
            ],
            "close": [
                "Reportado por {person:full} <{email}>",
                "— {person:first}, equipa de plataforma",
            ],
            "body": [
                "```\nSESSION_STORE={url_credentials:redis}\nLOG=debug\n```",
                "No settings.ini: `fila = {url_credentials:amqp}`",
                "A exportação noturna envia para {url_credentials:ftp} e recebe "
                "`530 Login incorrect`.",
                "Com o cabeçalho `Authorization: Bearer {secret:bearer}` dá 401",
                "application.yml:\n  datasource: {url_credentials}\n  chave: {secret}",
                "senha={secret:password} (sim, está no repositório, eu sei)",
                'client_secret: "{secret:generic}"',
                "O serviço escuta em [{ip:v6}]:8443 mas o health check vai para {ip:v4}:8443",
                "Reproduzido a partir de {ip}; cabeçalhos em anexo.",
                'Erro: could not connect to server "{ip:v4}" on port 5432',
                "Ligação ao storage: DefaultEndpointsProtocol=https;AccountName=registos;"
                "AccountKey={secret:azure};EndpointSuffix=core.windows.net",
                "Funciona com a chave antiga {secret:hex}, com a nova não.",
                "git clone {url_credentials:git} falha com 403",
            ],
            "neg": [
                "Regressão entre {~release} e {~release}; o bisect aponta para {~digest}.",
                "Digest da imagem {~digest}, descarregada em {~logged_at}.",
                "Remote: {~git_remote}; análise em {~at_url}.",
                "O .env.example só traz `API_TOKEN={~placeholder}`.",
            ],
            "fill": [
                "Esperado: 200. Obtido: timeout ao fim de 30 s.",
                "Acontece a cada segundo deploy.",
                "Etiquetas: bug, triagem",
            ],
            "join": ["\n", "\n\n"],
        },
        "delivery": {
            "open": ["NOTAS DO ESTAFETA", "Folha de rota – tarde"],
            "close": [],
            "body": [
                "A/C {person:full}",
                "ao cuidado de {person:upper}, {address}",
                "deixar em {address} – portão lateral, o cão é manso",
                "Ninguém atendeu, liguei duas vezes para {phone:mobile}.",
                "O destinatário {person:first} trabalha de noite, entregar depois das 14h. "
                "Contacto {phone}/{email}",
                "Entregar em: {address:street} (entrada das traseiras)",
                "DESTINATÁRIO ALTERNATIVO: {person:full}, vizinho do lado ({phone:mobile})",
                "Artigo com verificação de idade: confirmar identificação de {person:full}, "
                "nascido a {dob}",
            ],
            "neg": [
                "Envio {~case_no}, {~dimensions}, deixado na caixa do contador.",
                "Desvio pela {~street_only} por causa das obras.",
                "Lido no armazém a {~logged_at}; reboque {~serial}.",
            ],
            "fill": ["Não precisa de assinatura.", "Frágil – este lado para cima."],
            "join": ["\n", " / "],
        },
        "review": {
            "open": ["★★★★☆", "Compra verificada", "1 estrela – não comprem"],
            "close": ["— {person:first}", "Avaliado por {person:full}, compra verificada"],
            "body": [
                "Comprei para o meu pai, o {person:first}, e ele adora.",
                "O vendedor ({person:full}) respondeu ao meu e-mail {email} em menos de uma hora.",
                "O estafeta ligou para {phone} às 7 da manhã, péssimo.",
                "Há três semanas à espera do reembolso no cartão {card}!!",
                "Prenda para «{person:first}» – muito bem embrulhada.",
                "Mandei entregar no trabalho, {address}, sem problemas.",
                "O vendedor pediu para pagar fora da plataforma para o {iban} – burla?",
            ],
            "neg": [
                "O {~brand} chegou riscado (código de barras {~ean}).",
                "Paguei {~price} nos saldos – valeu a pena.",
                "Veio com um {~brand} e um livro, ISBN {~isbn}, de oferta.",
                "O código de desconto {~voucher} já não funciona.",
            ],
            "fill": ["A bateria dura imenso.", "Mais pequeno do que parece nas fotos."],
            "join": [" ", "\n"],
        },
        "email": {
            "open": [
                "De: {person:full} <{email}>\nPara: {email:role}\nData: {~mail_date}\n"
                "Assunto: RE: {~case_no}",
                'De: "{person:inverted}" <{email}>\nEnviado: {~mail_date}\n'
                "Assunto: alteração de dados",
                "A {~mail_date}, {person:full} <{email}> escreveu:",
                "-----Mensagem original-----\nDe: {email}\nAssunto: FW: orçamento {~invoice_no}",
            ],
            "close": [
                "--\n{person:full}\nTlm. {phone:mobile} | {email}",
                "Cumprimentos,\n{person:first}",
                "Com os melhores cumprimentos,\n{~title} {person:full}\n"
                "Extensão direta {phone:landline}",
                "Votos de bom trabalho,\n{person:full}",
            ],
            "body": [
                "Peço que alterem a minha morada para {address}; a antiga já não é usada.",
                "Pus em cópia o {email}, que trata da contabilidade.",
                "Podem ligar à {person:first} amanhã de manhã para o {phone}?",
                "O pagamento seguiu na sexta para {iban}.",
                "(o meu e-mail pessoal é {email}, caso o do trabalho falhe)",
                "A minha data de nascimento na conta deve ser {dob}, não a que aparece no portal.",
                "Segue a chave de integração que pediu: {secret} – não a copie para o ticket, "
                "por favor.",
            ],
            "neg": [
                "Volto a anexar o orçamento {~invoice_no} de {~appointment}.",
                "O total com IVA é {~price}.",
                "O nosso armazém passou para a {~street_only}.",
            ],
            "fill": [
                "Peço desculpa pela demora na resposta.",
                "Segue em anexo.",
                "Se preferir, falamos por telefone.",
            ],
            "join": ["\n", "\n\n"],
        },
        "csv": {
            "open": [
                "Primeiras linhas de exportacao_t3.csv:",
                "As linhas que falharam a importação:",
            ],
            "close": [],
            "body": [
                "n;nome;email\n{~employee_id};{person:full};{email}",
                'nome_completo,telemovel,data_nasc\n"{person:inverted}",{phone},{dob}',
                "email,ip,ultimo_acesso\n{email},{ip},{~logged_at}",
                "beneficiario|iban|valor\n{person:full}|{iban}|{~price}",
                "{person:last};{person:first};{email};{phone}",
                "{email}, {email}, {email}",
                '"{person:full}";"{address}"',
                "n_cartao\ttitular\n{card}\t{person:upper}",
                "servico;api_key\nsync-faturacao;{secret:generic}",
                "nome;dsn\nrelatorios;{url_credentials}",
            ],
            "neg": [
                "artigo;ean;preco\n{~serial};{~ean};{~price}",
                "linha 14: IBAN inválido {~bad_iban}, ignorada",
                "{~logged_at};{~release};{~digest}",
            ],
            "fill": ["(cabeçalho repetido em cada página)", "codificação UTF-8, separador ';'"],
            "join": ["\n"],
        },
        "list": {
            "open": ["Contactos para a visita à obra:", "Participantes", "Avisar:"],
            "close": [],
            "body": [
                "- {person:full} ({phone})",
                "• {person:full} – {email}",
                "* {~title} {person:last}, {email}",
                "1) {email}",
                "- IPs autorizados: {ip}, {ip}",
                "- {person:first}: {phone:mobile}",
                "▪ {person:inverted}",
                "- {person:full} (nasc. {dob})",
            ],
            "neg": [
                "- Estacionamento: piso 3, lugar {~serial}",
                "- Encomenda do catering {~invoice_no}, {~price}",
                "- Cidade: {~city_only}",
            ],
            "fill": ["- Trazer documento de identificação", "- Almoço incluído"],
            "join": ["\n"],
        },
    },
    "us": {
        "tax": {
            "open": ["W-4 worksheet", "Benefits enrollment - dependents", "Tax prep intake"],
            "close": [],
            "body": [
                "SSN: {ssn}",
                "Social Security No. (no dashes) {ssn:bare}",
                "I-9, Section 1 - U.S. Social Security Number: {ssn}",
                "my accountant needs the social again, it's {ssn:spaced}",
                "Employee SSN {ssn} / spouse SSN {ssn}",
                "dependent #2 ssn {ssn}",
                "{ssn} (primary applicant)",
            ],
            "neg": [
                "Employer EIN {~ein}, routing no. {~routing}.",
                "Box 1 wages: {~price}; control number {~case_no}.",
                "Form revision {~release}, printed {~appointment}.",
            ],
            "fill": [
                "Please don't email this form unencrypted.",
                "We'll need last year's return too.",
            ],
            "join": ["\n", " "],
        },
    },
    "br": {
        "cadastro": {
            "open": ["Atualização cadastral", "Pedido de emissão de nota"],
            "close": [],
            "body": [
                "Cadastro do cliente – CPF nº {cpf}",
                "CPF do titular (somente números): {cpf:bare}",
                "Emitir a NF-e para o CNPJ {cnpj:bare}, por favor",
                "Razão social: Comércio de Peças Ltda. – CNPJ/MF {cnpj}",
                "o cpf que aparece no boleto ({cpf}) não é o meu",
                "Tomador: CNPJ {cnpj}; prestador: CPF {cpf}",
                "{cpf}",
            ],
            "neg": [
                "Nota fiscal nº {~invoice_no}, série 1, chave de acesso {~nfe_key}.",
                "Linha digitável do boleto: {~boleto}.",
                "Protocolo de atendimento {~case_no}, aberto em {~appointment}.",
            ],
            "fill": ["Segue em anexo o comprovante.", "Preciso disso até sexta-feira."],
            "join": ["\n", " "],
        },
    },
}

HELDOUT_MONTHS = {
    "en": MONTHS["en"].split(),
    "pt": MONTHS["pt"].split(),
    "de": MONTHS["de"].split(),
    "de_AT": ["Jänner", *MONTHS["de"].split()[1:]],  # Austrian January
}
HELDOUT_TITLES = {
    "en_AU": ["Mr", "Ms", "Mrs", "Dr", "Mx"],
    "en_IE": ["Mr", "Ms", "Mrs", "Dr", "Dr."],
    "en_CA": ["Mr.", "Ms.", "Mrs.", "Dr."],
    "pt_PT": ["Sr.", "Sra.", "Dr.", "Dra.", "Eng."],
    "de_AT": ["Herr", "Frau", "Dr.", "Mag.", "DI"],
    "de_CH": ["Herr", "Frau", "Dr.", "lic. iur."],
}
HELDOUT_STREETS = {
    "en_AU": ["George Street", "Collins Street", "Queen Street Mall", "Hay Street"],
    "en_IE": ["Grafton Street", "O'Connell Street", "Patrick Street", "Shop Street"],
    "en_CA": ["Yonge Street", "Robson Street", "Spring Garden Road", "Jasper Avenue"],
    "pt_PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo"],
    "de_AT": ["Mariahilfer Straße", "Kärntner Straße", "Herrengasse", "Getreidegasse"],
    "de_CH": ["Bahnhofstrasse", "Marktgasse", "Freie Strasse", "Rathausgasse"],
}
HELDOUT_CITIES = {
    "en_AU": ["Brisbane", "Geelong", "Wollongong", "Hobart"],
    "en_IE": ["Cork", "Galway", "Limerick", "Sligo"],
    "en_CA": ["Winnipeg", "Halifax", "Calgary", "Kelowna"],
    "pt_PT": ["Braga", "Coimbra", "Faro", "Aveiro"],
    "de_AT": ["Linz", "Graz", "Innsbruck", "Klagenfurt"],
    "de_CH": ["Basel", "Lugano", "Winterthur", "St. Gallen"],
}
# capitalised product names, some holding a title or what reads as a person's name
HELDOUT_BRANDS = [
    "Dr. Martens 1460",
    "Dr. Oetker Ristorante",
    "Dr Pepper Zero",
    "Mr. Muscle Kitchen Spray",
    "Calvin Klein Eternity",
    "Hugo Boss Bottled",
    "Tommy Hilfiger Polo",
    "Jack Wolfskin Jacket",
    "Marc O'Polo Hoodie",
    "Dr. Hauschka Rose Day Cream",
    "Dyson V15 Detect",
    "Philips Sonicare 9900",
    "Ben & Jerry's Cookie Dough",
    "Victoria Secret Bombshell",
]
HELDOUT_ROLES = {
    "en": ["accounts", "support", "hr", "bookings", "reception", "claims", "payroll"],
    "de": ["buchhaltung", "kundenservice", "personal", "office", "empfang", "schaden"],
    "pt": ["contabilidade", "apoio", "rh", "reservas", "geral", "sinistros"],
}
# names, e-mails and phones sit in nearly every situation: pick them less often as a unit's type
_HELDOUT_TYPE_WEIGHT = {"person": 0.4, "email": 0.7, "phone": 0.7}


def _iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _gtin_check(body: str) -> str:
    """The EAN-13 / ISBN-13 check digit for 12 digits."""
    total = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(body))
    return str((10 - total % 10) % 10)


class _HeldoutValues:
    """Value generators for the held-out corpus (own formats; shares only the Faker calls)."""

    def __init__(self, locale: str, r: random.Random, fakers: dict[str, object]) -> None:
        self.locale = locale
        self.lang = HELDOUT_LANG[locale]
        self.region = HELDOUT_REGION[locale]
        self.r = r
        self.f = fakers[locale]
        self.fakers = fakers

    def _d(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    # --- PII ---------------------------------------------------------------------------------
    def email(self, variant: str) -> str:
        f, r = self.f, self.r
        if variant == "role":
            roles = HELDOUT_ROLES.get(self.lang, HELDOUT_ROLES["en"])
            return f"{r.choice(roles)}@{f.domain_name()}"
        first, last = (_ascii_word(f.first_name()), _ascii_word(f.last_name()))
        if variant == "caps":
            dom = f.domain_name()
            return r.choice(
                [
                    f"{first}.{last}@{dom}".upper(),
                    f"{first.title()}.{last.title()}@{dom.split('.')[0].title()}."
                    + ".".join(dom.split(".")[1:]),
                ]
            )
        pick = r.random()
        if pick < 0.25:
            return f.email()
        if pick < 0.4:
            return f.free_email()
        if pick < 0.55:
            return f.company_email()
        if pick < 0.7:  # plus-tag
            tag = r.choice(["invoices", "hr", "2024", "shop", "newsletter", "bank"])
            return f"{f.user_name()}+{tag}@{f.free_email_domain()}"
        if pick < 0.85:  # subdomain
            sub = r.choice(["mail", "staff", "eu", "students", "corp", "lists"])
            return f"{first[0]}.{last}@{sub}.{f.domain_name()}".lower()
        sep = r.choice([".", "_", "-", ""])
        return (
            f"{first}{sep}{last}{r.choice(['', str(r.randint(1, 99))])}@{f.domain_name()}".lower()
        )

    def phone(self, variant: str) -> str:
        import phonenumbers

        r, reg = self.r, self.region
        for _ in range(100):
            if variant == "" and reg in ("AU", "CH") and r.random() < 0.25:
                number = self.f.phone_number()  # Faker's own formats where they are sane
            else:
                forms = self._phone_forms(variant or r.choice(["mobile", "mobile", "landline"]))
                number = r.choice(forms)
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(number, reg)):
                    return number
            except phonenumbers.NumberParseException:
                continue
        raise RuntimeError(f"no valid {reg} phone number drawn")  # pragma: no cover

    def _phone_forms(self, kind: str) -> list[str]:
        r, reg, d = self.r, self.region, self._d
        x = str(r.randint(2, 9))
        if reg == "AU":
            if kind == "mobile":
                m = f"4{d(2)}"
                return [f"0{m} {d(3)} {d(3)}", f"+61 {m} {d(3)} {d(3)}", f"0{m}{d(6)}"]
            a, s = r.choice("2378"), r.choice("3456789")
            return [
                f"(0{a}) {s}{d(3)} {d(4)}",
                f"0{a} {s}{d(3)} {d(4)}",
                f"+61 {a} {s}{d(3)} {d(4)}",
            ]
        if reg == "IE":
            if kind == "mobile":
                m = f"8{r.choice('35679')}"
                return [f"0{m} {d(3)} {d(4)}", f"+353 {m} {d(3)} {d(4)}", f"+353 (0){m} {d(7)}"]
            return [f"(01) {x}{d(2)} {d(4)}", f"+353 1 {x}{d(2)} {d(4)}", f"021 {x}{d(2)} {d(4)}"]
        if reg == "CA":
            a = r.choice(["416", "647", "604", "778", "514", "403", "613", "902", "204", "519"])
            n3, n4 = f"{x}{d(2)}", d(4)
            return [
                f"({a}) {n3}-{n4}",
                f"{a}-{n3}-{n4}",
                f"+1 {a} {n3} {n4}",
                f"{a}.{n3}.{n4}",
                f"1-{a}-{n3}-{n4}",
            ]
        if reg == "PT":
            if kind == "mobile":
                m = f"9{r.choice('1236')}{d(1)}"
                return [f"+351 {m} {d(3)} {d(3)}", f"{m} {d(3)} {d(3)}", f"{m}{d(6)}"]
            a = r.choice(["21", "22", "239", "253"])
            rest = d(9 - len(a))
            return [
                f"+351 {a}{rest[:1]} {rest[1:4]} {rest[4:]}",
                f"{a}{rest[:1]} {rest[1:4]} {rest[4:]}",
            ]
        if reg == "AT":
            if kind == "mobile":
                p = r.choice(["664", "660", "676", "699", "650", "681"])
                n = d(7)
                return [
                    f"0{p} {n}",
                    f"0{p}/{n}",
                    f"+43 {p} {n}",
                    f"+43 (0){p} {n[:3]} {n[3:5]} {n[5:]}",
                ]
            return [
                f"+43 1 {x}{d(2)} {d(2)} {d(2)}",
                f"01/{x}{d(2)} {d(2)} {d(2)}",
                f"0316 {x}{d(5)}",
                f"0512/{x}{d(5)}",
            ]
        if reg == "CH":
            if kind == "mobile":
                m = f"7{r.choice('56789')}"
                n = f"{d(3)} {d(2)} {d(2)}"
                return [f"0{m} {n}", f"+41 {m} {n}", f"0041 {m} {n}", f"0{m}/{n}"]
            a = r.choice(["21", "22", "31", "41", "44", "61", "71"])
            n = f"{x}{d(2)} {d(2)} {d(2)}"
            return [f"+41 {a} {n}", f"0{a} {n}", f"+41 (0){a} {n}"]
        raise ValueError(f"no phone forms for {reg}")

    def card(self, variant: str) -> str:
        r = self.r
        if self.locale == "pt_PT":  # Faker's Portuguese issuer prefixes (16-digit Maestro too)
            kind = r.choice(["visa", "mastercard", "maestro"])
        else:
            kind = r.choice(
                ["visa16", "visa16", "mastercard", "mastercard", "amex", "discover", "diners"]
                + ["jcb16", "jcb16", "visa13", "visa19"]  # not the obsolete 15-digit JCBs
            )
        number = self.f.credit_card_number(card_type=kind)
        assert luhn_valid(number), number
        sizes = {
            13: r.choice([(4, 4, 5), (13,)]),
            14: (4, 6, 4),
            15: r.choice([(4, 6, 5), (4, 4, 4, 3)]),
            16: (4, 4, 4, 4),
            19: r.choice([(4, 4, 4, 4, 3), (6, 13)]),
        }[len(number)]
        sep = r.choices(["", " ", "-", "  "], weights=[30, 45, 20, 5])[0]  # "  ": from a PDF
        return number if not sep else _group(number, sizes, sep)

    def iban(self, variant: str) -> str:
        loc = self.locale if self.locale in HELDOUT_IBAN_LOCALES else None
        iban = self.fakers[loc or self.r.choice(HELDOUT_IBAN_LOCALES)].iban()
        assert _iban_valid(iban), iban
        spaced = variant == "spaced" or (variant != "compact" and self.r.random() < 0.5)
        return _group(iban, [4] * 9, " ") if spaced else iban

    def ssn(self, variant: str) -> str:
        while True:
            ssn = self.fakers["en_US"].ssn()
            if _ssn_valid(ssn):
                break
        if variant == "bare":
            return ssn.replace("-", "")
        return ssn.replace("-", " ") if variant == "spaced" else ssn

    def cpf(self, variant: str) -> str:
        cpf = self.fakers["pt_BR"].cpf()
        return re.sub(r"\D", "", cpf) if variant == "bare" else cpf

    def cnpj(self, variant: str) -> str:
        cnpj = self.fakers["pt_BR"].cnpj()
        return re.sub(r"\D", "", cnpj) if variant == "bare" else cnpj

    def ip(self, variant: str) -> str:
        f, r = self.f, self.r
        v6 = variant == "v6" or (variant != "v4" and r.random() < 0.45)
        if not v6:
            while True:
                addr = ipaddress.IPv4Address(r.choice([f.ipv4_public, f.ipv4_private])())
                if not (addr.is_loopback or addr.is_unspecified or addr.is_multicast):
                    return str(addr)
        pick = r.random()
        if pick < 0.3:  # full, zero-padded
            return ipaddress.IPv6Address(f.ipv6()).exploded
        if pick < 0.55:
            return f.ipv6()
        if pick < 0.65:  # IPv4-mapped
            return f"::ffff:{f.ipv4_public()}"
        head = r.choice([0x20010DB8, 0x2A001450, 0xFD000000 | r.getrandbits(24), r.getrandbits(32)])
        tail = r.getrandbits(16 * r.randint(1, 4))
        return str(ipaddress.IPv6Address((head << 96) | tail))

    def _password(self) -> str:
        r = self.r
        pick = r.random()
        if pick < 0.5:
            return _b62(r, r.randint(10, 22), _B62 + "!#$%^&*-_.~")
        if pick < 0.75:  # what people choose
            word = r.choice(["Kangaroo", "Sommer", "Lisboa", "Matterhorn", "Galway", "Maple"])
            return f"{word}{r.randint(1970, 2025)}{r.choice('!?#$')}"
        words = ["copper", "river", "lantern", "maple", "orbit", "velvet", "quartz", "harbour"]
        return "-".join(r.sample(words, 3)) + f"-{r.randint(10, 99)}"

    def url_credentials(self, variant: str) -> str:
        f, r = self.f, self.r
        kind = variant or r.choice(["redis", "amqp", "ftp", "git", "db", "db", "mail", "mongo"])
        user = _ascii_word(f.user_name()) or "svc"
        pw = self._password()
        # userinfo may not hold raw reserved characters: percent-encode what would break it
        pw = pw.replace("%", "%25").replace("#", "%23").replace("?", "%3F").replace("/", "%2F")
        dom = f.domain_name()
        host = r.choice([dom, f"db-prod-01.{dom}", f.ipv4_private(), "cache.internal"])
        if kind == "redis":
            return r.choice(
                [
                    f"redis://:{pw}@{host}:6379/{r.randint(0, 15)}",
                    f"rediss://default:{pw}@{host}:6380",
                    f"redis://{user}:{pw}@{host}",
                ]
            )
        if kind == "amqp":
            vhost = r.choice(["", "/", "/orders", "/%2F"])
            return f"{r.choice(['amqp', 'amqps'])}://{user}:{pw}@mq.{dom}:5672{vhost}"
        if kind == "ftp":
            return r.choice(
                [
                    f"ftp://{user}:{pw}@ftp.{dom}/outgoing",
                    f"sftp://{user}:{pw}@{host}:22/upload",
                    f"ftps://{user}:{pw}@files.{dom}",
                ]
            )
        if kind == "git":
            token = "glpat-" + _b62(r, 20, _B64URL) if r.random() < 0.5 else pw
            org = r.choice(["platform", "data-eng", "web", "ops"])
            return r.choice(
                [
                    f"https://{user}:{token}@git.{dom}/{org}/api.git",
                    f"https://oauth2:{token}@gitlab.{dom}/{org}/infra.git",
                ]
            )
        if kind == "mail":
            return f"{r.choice(['smtp', 'smtps', 'imaps'])}://{user}:{pw}@mail.{dom}:587"
        if kind == "mongo":
            cluster = _b62(r, 5, string.ascii_lowercase + string.digits)
            return f"mongodb+srv://{user}:{pw}@cluster0.{cluster}.mongodb.net/app?retryWrites=true"
        scheme = r.choice(
            ["postgresql+psycopg2", "mysql+pymysql", "mssql", "clickhouse", "postgres", "mariadb"]
        )
        port = r.choice(["", ":5432", ":3306", ":1433", ":9000"])
        return f"{scheme}://{user}:{pw}@{host}{port}/{r.choice(['crm', 'billing', 'analytics'])}"

    def secret(self, variant: str) -> str:
        r = self.r
        if variant == "password":
            return self._password()
        if variant == "hex":
            return _b62(r, r.choice([32, 40, 64]), "0123456789abcdef")
        if variant == "azure":
            return base64.b64encode(r.randbytes(64)).decode()
        if variant == "bearer":
            pick = r.random()
            if pick < 0.4:
                head = _b64url_json({"alg": r.choice(["RS256", "ES256"]), "kid": _b62(r, 8)})
                body = _b64url_json(
                    {"sub": _b62(r, 12), "exp": r.randint(1_700_000_000, 1_900_000_000)}
                )
                sig = _b62(r, r.choice([43, 86]), _B64URL)
                return f"{head.rstrip('=')}.{body.rstrip('=')}.{sig}"
            if pick < 0.6:
                return "ya29." + _b62(r, r.randint(90, 150), _B64URL)
            return _b62(r, r.randint(32, 48))
        if variant == "generic":
            if r.random() < 0.3:  # AWS-style secret access key
                return _b62(r, 40, _B62 + "+/")
            while True:
                tok = _b62(r, r.randint(24, 48))
                if sum(any(c in cls for c in tok) for cls in _CLASSES) >= 2:
                    return tok
        d, h = string.digits, "0123456789abcdef"
        b62 = lambda n, a=_B62: _b62(r, n, a)  # noqa: E731
        makers = [
            lambda: f"github_pat_{b62(22)}_{b62(59)}",
            lambda: r.choice(["gho_", "ghs_", "ghu_"]) + b62(36),
            lambda: f"SG.{b62(22, _B64URL)}.{b62(43, _B64URL)}",
            lambda: "npm_" + b62(36),
            lambda: "pypi-AgEIcHlwaS5vcmc" + b62(r.randint(60, 120), _B64URL),
            lambda: "shpat_" + b62(32, h),
            lambda: "dop_v1_" + b62(64, h),
            lambda: "sk_test_" + b62(r.randint(24, 99)),
            lambda: "whsec_" + b62(32),
            lambda: "ASIA" + b62(16, string.ascii_uppercase + d),
            lambda: "hvs." + b62(r.randint(24, 90), _B64URL),
            lambda: "lin_api_" + b62(40),
            lambda: "key-" + b62(32, h),
            lambda: "xoxe.xoxp-1-" + b62(r.randint(60, 140)),
            lambda: "AKIA" + b62(16, string.ascii_uppercase + d),
            lambda: "sk-proj-" + b62(r.randint(48, 90), _B64URL),
        ]
        return r.choice(makers)()

    def _date_value(self, y: int, m: int, d: int) -> str:
        r, loc = self.r, self.locale
        if loc == "de_AT":
            months = HELDOUT_MONTHS["de_AT"]
        else:
            months = HELDOUT_MONTHS[{"us": "en", "br": "pt"}.get(self.lang, self.lang)]
        month = months[m - 1]
        forms = {
            "en_AU": [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d:02d}-{month[:3]}-{y}"],
            "en_IE": [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d}/{m}/{y}"],
            "en_CA": [f"{y}-{m:02d}-{d:02d}", f"{month} {d}, {y}", f"{month[:3]}. {d}, {y}"],
            "pt_PT": [f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d} de {month} de {y}"],
            "de_AT": [f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}", f"{d}.{m}.{y}"],
            "de_CH": [
                f"{d:02d}.{m:02d}.{y}",
                f"{d}. {month} {y}",
                f"{d:02d}.{m:02d}.{y % 100:02d}",
            ],
            "en_US": [f"{m:02d}/{d:02d}/{y}", f"{month} {d}, {y}"],
            "pt_BR": [f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}"],
        }[loc]
        return r.choice(forms)

    def dob(self, variant: str) -> str:
        r = self.r
        return self._date_value(r.randint(1938, 2007), r.randint(1, 12), r.randint(1, 28))

    def person(self, variant: str) -> str:
        f, r = self.f, self.r
        first, last = f.first_name(), f.last_name()
        if self.locale == "pt_PT" and r.random() < 0.4:  # two surnames
            last = f"{f.last_name()} {last}"
        if variant == "first":
            return first
        if variant == "last":
            return last
        if variant == "upper_last":
            return last.upper()
        if variant == "inverted":
            return f"{last}, {first}"
        if variant == "upper":
            return f"{first} {last}".upper()
        return f"{first} {last}"

    def address(self, variant: str) -> str:
        f = self.f
        if variant == "street" or self.r.random() < 0.3:
            return f.street_address()
        return ", ".join(line.strip() for line in f.address().splitlines() if line.strip())

    # --- hard negatives and decoration -------------------------------------------------------
    def negative(self, kind: str) -> str:
        r, d, loc = self.r, self._d, self.locale
        up = string.ascii_uppercase
        hexs = lambda n: _b62(r, n, "0123456789abcdef")  # noqa: E731
        y = r.randint(2022, 2026)
        if kind == "title":
            return r.choice(HELDOUT_TITLES[loc])
        if kind == "invoice_no":
            return r.choice(
                [f"RE-{y}-{d(5)}", f"FT {y}/{d(4)}", f"INV/{y % 100}/{d(5)}", f"R{y}{d(5)}"]
            )
        if kind == "bad_iban":
            iban = self.fakers[r.choice(HELDOUT_IBAN_LOCALES)].iban()
            while True:
                bad = iban[:2] + f"{r.randint(2, 98):02d}" + iban[4:]
                if not _iban_valid(bad):
                    return _group(bad, [4] * 9, " ") if r.random() < 0.5 else bad
        if kind == "serial":
            return r.choice(
                [
                    f"SN-{d(4)}-{d(4)}-{d(2)}",
                    f"{r.randint(1, 9)}{d(3)} {d(4)} {d(3)}",
                    f"{r.choice(up)}{r.choice(up)}{d(6)}{r.choice(up)}",
                    f"{r.randint(1, 9)}{d(2)}-{d(4)}-{d(3)}",
                ]
            )
        if kind in ("appointment",):
            return self._date_value(y, r.randint(1, 12), r.randint(1, 28))
        if kind == "clock":
            hh, mm = r.randint(7, 19), r.choice(["00", "10", "15", "30", "40", "45"])
            return r.choice(
                {"pt": [f"{hh}h{mm}", f"{hh}:{mm}"], "de": [f"{hh}:{mm}", f"{hh}.{mm}"]}.get(
                    self.lang,
                    [f"{hh}:{mm}", f"{(hh - 1) % 12 + 1}:{mm}{'am' if hh < 12 else 'pm'}"],
                )
            )
        if kind == "release":
            return r.choice(
                [
                    f"v{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}-rc.{r.randint(1, 4)}",
                    f"{y}.{r.randint(1, 12)}.{r.randint(0, 9)}",
                    f"1.{r.randint(24, 31)}.{r.randint(0, 9)}-gke.{r.randint(100, 2000)}",
                    f"{r.randint(16, 22)}.{r.randint(0, 19)}.{r.randint(0, 9)}",
                    f"{r.randint(1, 9)}.{r.randint(0, 9)}.0+build.{d(4)}",
                ]
            )
        if kind == "digest":
            return r.choice([hexs(32), hexs(64), "sha256:" + hexs(64), hexs(r.randint(7, 12))])
        if kind == "brand":
            return r.choice(HELDOUT_BRANDS)
        if kind == "street_only":
            return r.choice(HELDOUT_STREETS.get(loc, ["Main Street"]))
        if kind == "city_only":
            return r.choice(HELDOUT_CITIES.get(loc, ["Tucson"]))
        if kind == "price":
            whole, cents = r.randint(1, 4999), r.randint(0, 99)
            en, eu = f"{whole:,}.{cents:02d}", f"{whole:,}".replace(",", ".") + f",{cents:02d}"
            ch = f"{whole:,}".replace(",", "'") + f".{cents:02d}"
            return r.choice(
                {
                    "en_AU": [f"A${en}", f"${en}"],
                    "en_IE": [f"€{en}", f"€ {en}"],
                    "en_CA": [f"C${en}", f"${en} CAD"],
                    "pt_PT": [f"{eu} €", f"€ {eu}"],
                    "de_AT": [f"€ {eu}", f"EUR {eu}"],
                    "de_CH": [f"CHF {ch}", f"Fr. {ch}"],
                    "en_US": [f"${en}"],
                    "pt_BR": [f"R$ {eu}"],
                }[loc]
            )
        if kind == "isbn":
            body = "978" + d(9)
            full = body + _gtin_check(body)
            return r.choice([f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}", full])
        if kind == "ean":
            while True:
                body = r.choice(["40", "76", "90", "560", "93", "539", "754"])
                body += d(12 - len(body))
                full = body + _gtin_check(body)
                if not luhn_valid(full):
                    return full
        if kind == "policy_no":
            return r.choice(
                [f"{r.choice(up)}{r.choice(up)}-{d(7)}-{d(2)}", f"P{d(9)}", f"KST {d(4)}"]
            )
        if kind == "masked_card":
            last4 = d(4)
            return r.choice([f"**** **** **** {last4}", f"•••• {last4}", f"XXXX-XXXX-XXXX-{last4}"])
        if kind == "placeholder":
            return r.choice(
                ["<your-token>", "changeme", "********", "${API_TOKEN}", "YOUR_API_KEY_HERE"]
                + ["xxxxxxxxxxxxxxxxxxxx", "<redacted>"]
            )
        if kind == "at_url":
            slug = r.choice(["acme-eng", "northwind", "contoso-dev", "fabrikam"])
            return r.choice(
                [
                    f"https://medium.com/@{slug}/postmortem-{d(4)}",
                    f"https://cdn.{slug}.io/img/logo@2x.png",
                    f"https://www.youtube.com/@{slug}",
                ]
            )
        if kind == "git_remote":
            org = r.choice(["acme", "northwind", "platform-team"])
            repo = r.choice(["payments", "infra", "mobile-app"])
            return r.choice(
                [
                    f"git@github.com:{org}/{repo}.git",
                    f"ssh://git@gitlab.com/{org}/{repo}.git",
                    f"git@bitbucket.org:{org}/{repo}.git",
                ]
            )
        if kind == "vitals":
            temp = f"{r.randint(36, 39)}.{r.randint(0, 9)}"
            temp = temp.replace(".", ",") if self.lang in ("de", "pt") else temp
            return r.choice(
                [
                    f"{r.randint(100, 160)}/{r.randint(60, 99)} mmHg",
                    f"{temp} °C",
                    f"{r.randint(55, 110)} bpm",
                    f"SpO2 {r.randint(92, 100)} %",
                ]
            )
        if kind == "voucher":
            return r.choice(
                [_b62(r, 6, up + "23456789"), f"SAVE{r.choice([10, 15, 20])}-{self.region}"]
            )
        if kind == "logged_at":
            ts = r.randint(1_640_000_000, 1_780_000_000)
            iso = f"{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
            iso += f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{d(3)}+01:00"
            return r.choice([iso, str(ts), str(ts * 1000 + r.randint(0, 999))])
        if kind == "mail_date":
            return self._mail_date(y)
        if kind == "case_no":
            return r.choice([f"CLM-{y}-{d(6)}", f"#{d(7)}", f"SR{d(8)}", f"{y}-SN-{d(5)}"])
        if kind == "employee_id":
            return r.choice([f"E{d(5)}", f"EMP-{d(4)}", f"MA-{d(4)}"])
        if kind == "dimensions":
            return f"{r.randint(10, 120)} x {r.randint(10, 80)} x {r.randint(5, 60)} cm"
        if kind == "ein":
            return f"{r.randint(10, 98)}-{d(7)}"
        if kind == "routing":
            while True:
                n = d(9)
                w = sum(int(c) * (3, 7, 1)[k % 3] for k, c in enumerate(n))
                if w % 10 == 0 and n[0] in "0123":
                    return n
        if kind == "nfe_key":
            return _group(d(44), [4] * 11, " ") if r.random() < 0.5 else d(44)
        if kind == "boleto":
            return f"{d(5)}.{d(5)} {d(5)}.{d(6)} {d(5)}.{d(6)} {d(1)} {d(14)}"
        raise ValueError(f"unknown slot ~{kind}")

    def _mail_date(self, y: int) -> str:
        import datetime as dt

        r = self.r
        day = dt.date(y, r.randint(1, 12), r.randint(1, 28))
        hh, mm = r.randint(6, 22), r.randint(0, 59)
        if self.lang == "de":
            wd = WEEKDAYS["de"].split()[day.weekday()]
            month = HELDOUT_MONTHS["de_AT" if self.locale == "de_AT" else "de"][day.month - 1]
            return f"{wd}, {day.day}. {month} {y} {hh:02d}:{mm:02d}"
        if self.lang == "pt":
            wd = WEEKDAYS["pt"].split()[day.weekday()]
            return (
                f"{wd}, {day.day} de {HELDOUT_MONTHS['pt'][day.month - 1]} de {y} {hh:02d}:{mm:02d}"
            )
        tz = {"en_AU": "+1000", "en_IE": "+0000", "en_CA": "-0500"}.get(self.locale, "-0500")
        return (
            f"{day.strftime('%a')}, {day.day} {day.strftime('%b')} {y} "
            f"{hh:02d}:{mm:02d}:{r.randint(0, 59):02d} {tz}"
        )


def _ascii_word(s: str) -> str:
    """Letters of `s` folded to ASCII (for hand-built e-mail local parts and user names)."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]", "", folded)


def build_heldout_doc(locale: str, r: random.Random, fakers: dict[str, object]) -> dict:
    """One held-out doc in `locale` (same shape as `build_doc`'s)."""
    lang = HELDOUT_LANG[locale]
    situations = HELDOUT_TEMPLATES[lang]
    spec = situations[r.choice(sorted(situations))]
    values = _HeldoutValues(locale, r, fakers)

    def fix(t: str) -> str:  # Swiss German writes "ss" for "ß"
        return t.replace("ß", "ss") if locale == "de_CH" else t

    k = 0 if r.random() < 0.15 else r.choices([1, 2, 3, 4, 5], weights=[30, 30, 22, 12, 6])[0]
    left = k
    opener = closer = None
    with_slots = lambda pool: [t for t in pool if 0 < len(_slots(t)) <= left]  # noqa: E731
    if left and r.random() < 0.35 and with_slots(spec["open"]):
        opener = r.choice(with_slots(spec["open"]))
        left -= len(_slots(opener))
    if left and r.random() < 0.35 and with_slots(spec["close"]):
        closer = r.choice(with_slots(spec["close"]))
        left -= len(_slots(closer))
    body: list[str] = []
    while left > 0:
        fits = [t for t in spec["body"] if 0 < len(_slots(t)) <= left]
        fresh = [t for t in fits if t not in body]  # a unit repeats only when nothing else fits
        fits = fresh or fits
        if not fits:
            break
        # balance types: pick a type first, then a unit holding it
        types = sorted({s.partition(":")[0] for t in fits for s in _slots(t)})
        etype = r.choices(types, weights=[_HELDOUT_TYPE_WEIGHT.get(t, 1.0) for t in types])[0]
        unit = r.choice([t for t in fits if any(s.partition(":")[0] == etype for s in _slots(t))])
        body.append(unit)
        left -= len(_slots(unit))
    r.shuffle(body)
    # hard negatives (more than the dev corpus plants) and neutral filler, anywhere in the body
    n_neg = r.choice([1, 1, 2, 2, 3]) if r.random() < 0.6 else 0
    for unit in r.sample(spec["neg"], min(n_neg, len(spec["neg"]))):
        body.insert(r.randint(0, len(body)), unit)
    if not body or r.random() < 0.25:
        body.insert(r.randint(0, len(body)), r.choice(spec["fill"]))
    plain = lambda pool: [t for t in pool if not _slots(t)]  # noqa: E731
    if opener is None and r.random() < 0.4 and plain(spec["open"]):
        opener = r.choice(plain(spec["open"]))

    shout = spec is situations.get("delivery") and r.random() < 0.25  # all-caps driver notes
    pieces: list[tuple[str, str | None, str | None]] = []
    if opener:
        _render(fix(opener), values, pieces, HELDOUT_NEGATIVE_KINDS)
        pieces.append((r.choice(["\n", "\n\n"]), None, None))
    join = r.choice(spec["join"])
    for j, unit in enumerate(body):
        if j:
            pieces.append((join, None, None))
        if unit.startswith("="):
            unit = unit[1:]
        elif spec.get("prefix"):
            _render(fix(r.choice(spec["prefix"])), values, pieces, HELDOUT_NEGATIVE_KINDS)
        _render(fix(unit), values, pieces, HELDOUT_NEGATIVE_KINDS)
    if closer:
        pieces.append((r.choice(["\n", "\n\n"]), None, None))
        _render(fix(closer), values, pieces, HELDOUT_NEGATIVE_KINDS)
    if shout:
        pieces = [(p.upper(), t, n) for p, t, n in pieces]

    return assemble_doc(locale, pieces)


def build_heldout_corpus(n_docs: int, seed: int = 0) -> list[dict]:
    """`n_docs` held-out labelled docs (same shape as `build_corpus`'s), locales in HELDOUT_CYCLE.

    Nothing here is shared with the dev corpus but the doc format, the type names and the Faker
    providers: templates, situations, locales, value formats and hard-negative kinds are all
    different, and no detector was tuned on it. en_US docs hold only SSNs and pt_BR docs only
    CPF/CNPJ numbers (their other values would come from dev locales).

    Args:
        n_docs: number of docs.
        seed: everything random derives from it (its own Random and Faker seeds, not the dev ones).
    """
    from faker import Faker

    r = random.Random(f"heldout-{seed}")
    fakers: dict[str, object] = {}
    for k, loc in enumerate(HELDOUT_LOCALES):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed * 1000 + 500 + k)
    return [
        build_heldout_doc(HELDOUT_CYCLE[i % len(HELDOUT_CYCLE)], r, fakers) for i in range(n_docs)
    ]


def corpus_main(
    build: Callable[..., list[dict]],
    description: str,
    argv: list[str] | None = None,
    heldout: Callable[..., list[dict]] | None = None,
) -> int:
    """The command line every corpus module shares: --n, --seed, --out (JSONL; '-' = stdout)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-", help="JSONL path; '-' = stdout")
    if heldout is not None:
        ap.add_argument("--heldout", action="store_true", help="the held-out corpus instead")
    args = ap.parse_args(argv)
    docs = (heldout if getattr(args, "heldout", False) else build)(args.n, seed=args.seed)
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if args.out == "-":
        sys.stdout.write(lines)
    else:
        Path(args.out).write_text(lines, encoding="utf-8")
        print(f"wrote {len(docs)} docs to {args.out}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    return corpus_main(build_corpus, __doc__.splitlines()[0], argv, heldout=build_heldout_corpus)


if __name__ == "__main__":
    raise SystemExit(main())
