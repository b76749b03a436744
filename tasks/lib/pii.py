"""PII detectors: where personal data and secrets sit in a text, as typed character spans.

    find_pii("Call +44 20 7946 0958, card 4111 1111 1111 1111")  # [Finding("phone", 5, 21), ...]
    find_pii_batch(texts, workers=4)                             # the same over many texts

The pure detection core of the scrub_pii stage (tasks/scrub_pii.py decides what to do with a span)
and of the quality contract's re-scan. Each detector is a compiled pattern that proposes candidates
plus, where one exists, a validator that must accept the candidate: Luhn for cards, mod-97 for
IBANs, check digits for CPF/CNPJ (python-stdnum), SSA rules for SSNs, `phonenumbers` for phone
lengths, `ipaddress` for IPs. Context words decide the ambiguous ones: a date is a date of birth
only near "born", "DOB", "nascimento", "geboren"...; a bare 11-digit run is a CPF only after "CPF".

Person names use no NER model (none can be installed offline here): a gazetteer of 61k first
names from 50+ countries (the `gender-guesser` package, independent of the Faker names the
benchmark draws from) plus context (greetings, sign-offs, titles, "my name is") and the shape of
a name (capitalised tokens, particles like "da", "von"). benchmarks/pii.py measures it.

Detectors run in ORDER; what one finds is masked before the next looks, so a URL's password is
never read as an email and a card's digits never as a phone number. A Finding holds no value.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import NamedTuple

from tasks.lib.params import PII_ENTITIES, ScrubPiiParams

# Detection order (see tasks.lib.params.PII_ENTITIES): containers first, validated identifiers
# before the looser shapes (phone, address) that would otherwise claim their digits.
ORDER = PII_ENTITIES
# prefilters and rewritten patterns that skip work but never a match; False runs the plain
# reference path (tests/tasks/lib/test_pii.py compares the two on the benchmark corpora)
FAST = True
# identifiers with a checksum or a strict format: the re-scan after scrubbing must find none
VALIDATED = ("email", "iban", "card", "cnpj", "cpf", "ssn", "ip", "url_credentials", "secret")


class Finding(NamedTuple):
    """Where an entity was found; deliberately no copy of the value."""

    entity: str
    start: int
    end: int


Span = tuple[int, int]
_NOT_AFTER = r"(?<![\w@./+-])"  # a match may not continue a longer token ...
_NOT_BEFORE = r"(?![\w@-]|[./]\w)"  # ... in either direction


def _trim(text: str, start: int, end: int, chars: str = ".,;:!?)]}'\"") -> Span:
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _context_before(text: str, start: int, pattern: re.Pattern, width: int = 40) -> bool:
    return bool(pattern.search(text, max(0, start - width), start))


# --- email and credential URLs -----------------------------------------------------------------
_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_URL_CREDS = re.compile(r"(?i)(?<![\w.+-])[a-z][a-z0-9+.-]{1,15}://[^\s/@:]+:[^\s/@]*@[^\s<>\"']+")


def _email_spans(text: str) -> Iterable[Span]:
    if "@" in text:
        yield from (m.span() for m in _EMAIL.finditer(text))


def _url_credentials_spans(text: str) -> Iterable[Span]:
    if "://" in text:
        yield from (_trim(text, *m.span()) for m in _URL_CREDS.finditer(text))


# --- secrets: vendor-prefixed keys, JWTs, private keys, high-entropy tokens near a keyword --------
_SECRET = re.compile(
    r"(?<![\w-])(?:"
    r"sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"  # OpenAI, Anthropic
    r"|(?:AKIA|ASIA)[0-9A-Z]{16}"  # AWS access key id
    r"|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,}"  # GitHub
    r"|xox[abeoprs]-[A-Za-z0-9-]{10,}"  # Slack
    r"|AIza[0-9A-Za-z_-]{35}"  # Google
    r"|(?:sk|pk|rk)_(?:live|test)_[0-9A-Za-z]{16,}"  # Stripe
    r"|hf_[A-Za-z0-9]{30,}"  # Hugging Face
    r"|glpat-[0-9A-Za-z_-]{20,}"  # GitLab
    r"|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"  # JWT
    r")(?![\w-])"
    r"|-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----",
    re.S,
)
_TOKEN = re.compile(r"(?<![\w/+=-])[A-Za-z0-9_+/=-]{16,}(?![\w/+=-])")
_SECRET_WORD = re.compile(
    r"(?i)(?:token|secret|passw(?:or)?d|pwd|api[ _-]?key|access[ _-]?key|bearer|authorization"
    r"|credential|senha|chave|schlüssel|passwort)\b[^\n]{0,12}$"
)


def _entropy(s: str) -> float:
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


def _looks_random(tok: str, *, near_keyword: bool) -> bool:
    """A token that is very unlikely to be a word, id or hash: mixed classes and high entropy.

    Hex-only and single-case tokens (SHAs, UUIDs, order ids) need a keyword like "token:" nearby.
    """
    classes = sum(any(test(c) for c in tok) for test in (str.islower, str.isupper, str.isdigit))
    if near_keyword:
        return classes >= 2 and _entropy(tok) >= 3.0
    return len(tok) >= 24 and classes == 3 and _entropy(tok) >= 4.0


def _secret_spans(text: str) -> Iterable[Span]:
    found = [m.span() for m in _SECRET.finditer(text)]
    yield from found
    for m in _TOKEN.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in found):
            continue
        near = _context_before(text, m.start(), _SECRET_WORD, width=30)
        if _looks_random(m[0].rstrip("="), near_keyword=near):
            yield m.span()


# --- validated identifiers ------------------------------------------------------------------------
_IBAN = re.compile(
    r"(?<![\w-])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![\w-])"
)
_DIGIT_RUN = re.compile(r"(?<![\w.,/+-])\d+(?:[ -]\d+)*(?![\w])")
_GROUP = re.compile(r"\d+")
_CNPJ = re.compile(r"(?<![\w./-])(?:\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{14})(?![\w./-]?\d)")
_CPF = re.compile(r"(?<![\w./-])(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\w./-]?\d)")
# US SSN AAA-GG-SSSS, SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000.
# (python-stdnum also rejects the few numbers printed in adverts, e.g. 078-05-1120; those turn up
# in real data, so they are scrubbed too.)
_SSN = re.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-])")
_CPF_WORD = re.compile(r"(?i)\bCPF\b[^\n]{0,12}$")
_CNPJ_WORD = re.compile(r"(?i)\bCNPJ\b[^\n]{0,12}$")
_SSN_WORD = re.compile(r"(?i)\b(?:SSN|social security)\b[^\n]{0,16}$")


def _iban_spans(text: str) -> Iterable[Span]:
    from stdnum import iban

    for m in _IBAN.finditer(text):
        # a grouped IBAN may run into a following group of capitals: shrink until it validates
        start, end = m.span()
        while end - start >= 15:
            if iban.is_valid(text[start:end]):
                yield start, end
                break
            cut = text.rfind(" ", start, end)
            if cut < 0:
                break
            end = cut


def _usual_grouping(lengths: list[int]) -> bool:
    """How card numbers are printed: one block, blocks of 4 (last may be shorter), 4-6-5, 4-6-4."""
    if len(lengths) == 1 or lengths in ([4, 6, 5], [4, 6, 4]):
        return True
    return all(n == 4 for n in lengths[:-1]) and 1 <= lengths[-1] <= 4


def luhn_ok(digits: str) -> bool:
    """The Luhn checksum every payment card number carries."""
    from stdnum import luhn

    return luhn.is_valid(digits)


def _card_windows(digit_groups: list[str]) -> list[tuple[int, int]]:
    """(first, last) group index of each Luhn-valid 13-19 digit window, non-overlapping.

    Usually grouped windows are taken first, so "555 123 4567 4111 1111 1111 1111" gives the card
    (and leaves the phone number to the phone detector) rather than a window that happens to
    pass Luhn across both; then any remaining valid window is taken too (fail closed).
    """
    taken: list[tuple[int, int]] = []
    used = [False] * len(digit_groups)
    for usual_only in (True, False):
        s = 0
        while s < len(digit_groups):
            digits, lengths, best = "", [], None
            for e in range(s, len(digit_groups)):  # at most 19 digits: bounded work per start
                if used[e]:
                    break
                digits += digit_groups[e]
                lengths.append(len(digit_groups[e]))
                if len(digits) > 19:
                    break
                if (
                    len(digits) >= 13
                    and (not usual_only or _usual_grouping(lengths))
                    and luhn_ok(digits)
                ):
                    best = e
            if best is None:
                s += 1
                continue
            taken.append((s, best))
            used[s : best + 1] = [True] * (best + 1 - s)
            s = best + 1
    return sorted(taken)


def _card_spans(text: str) -> Iterable[Span]:
    """Card numbers inside each run of digit groups; a run with none (an order number) is kept."""
    for run in _DIGIT_RUN.finditer(text):
        if len(run[0]) < 13:
            continue
        groups = [(m.start() + run.start(), m.end() + run.start()) for m in _GROUP.finditer(run[0])]
        lengths = [b - a for a, b in groups]
        if sum(lengths) > 19 and all(n == 4 for n in lengths[:-1]):
            continue  # printed in blocks of 4 and too long for a card: a tracking/reference number
        for first, last in _card_windows([text[a:b] for a, b in groups]):
            yield groups[first][0], groups[last][1]


def _br_spans(text: str, pattern: re.Pattern, word: re.Pattern, validator) -> Iterable[Span]:
    for m in pattern.finditer(text):
        bare = m[0].isdigit()  # unformatted: only with the document type named just before
        if bare and not _context_before(text, m.start(), word, width=20):
            continue
        if validator(m[0]):
            yield m.span()


def _cnpj_spans(text: str) -> Iterable[Span]:
    from stdnum.br import cnpj

    return _br_spans(text, _CNPJ, _CNPJ_WORD, cnpj.is_valid)


def _cpf_spans(text: str) -> Iterable[Span]:
    from stdnum.br import cpf

    return _br_spans(text, _CPF, _CPF_WORD, cpf.is_valid)


def _ssn_spans(text: str) -> Iterable[Span]:
    for m in _SSN.finditer(text):
        if m[1] == " " and not _context_before(text, m.start(), _SSN_WORD):
            continue  # "123 45 6789" is an SSN only when called one
        yield m.span()


# --- IP addresses ---------------------------------------------------------------------------------
_IPV4 = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\d)")
_IPV6 = re.compile(  # hex groups with at least two colons; ipaddress decides
    r"(?<![\w:.])(?=[0-9A-Fa-f:]*:[0-9A-Fa-f]*:)[0-9A-Fa-f:]{2,39}(?:\d+(?:\.\d+){3})?(?![\w:])"
)
_VERSION_WORD = re.compile(r"(?i)(?:\bv|\bversion\s?|\bbuild\s?|\brelease\s?|\bver\.?\s?)$")


def _ip_spans(text: str) -> Iterable[Span]:
    for m in _IPV4.finditer(text):
        if _context_before(text, m.start(), _VERSION_WORD, width=10):
            continue
        # int() drops leading zeros, which `ipaddress` rejects but people still write
        try:
            ipaddress.IPv4Address(".".join(str(int(part)) for part in m[0].split(".")))
        except ValueError:
            continue
        yield m.span()
    if "::" in text or text.count(":") >= 7:
        for m in _IPV6.finditer(text):
            try:
                ipaddress.IPv6Address(m[0])
            except ValueError:
                continue
            if m[0].count(":") >= 2 and any(c != ":" for c in m[0]):
                yield m.span()


# --- dates of birth -------------------------------------------------------------------------------
_MONTHS = (
    "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    "|janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
    "|dezembro|Januar|Februar|März|Maerz|Mai|Juni|Juli|Oktober|Dezember"
)
_YEAR = r"(?:19|20)\d{2}"
_DATE = re.compile(
    rf"(?<![\w./-])(?:"
    rf"\d{{1,2}}[./-]\d{{1,2}}[./-](?:{_YEAR}|\d{{2}})"  # 12/03/1985, 12.03.1985, 3-12-85
    rf"|{_YEAR}[./-]\d{{1,2}}[./-]\d{{1,2}}"  # 1985-03-12
    rf"|(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? {_YEAR}"  # March 3, 1985
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)? (?:of |de )?(?:{_MONTHS})\.?,?(?: de)? {_YEAR}"  # 3 March 1985
    rf")(?![\w/-]|\.\d)",
    re.I,
)
_BIRTH_WORD = re.compile(
    r"(?i)(?:\bborn\b|\bbirth|\bd\.?o\.?b\b|\bb\.|\bbday\b|nascimento|\bnascid[oa]|\bnasceu"
    r"|anivers[aá]rio|geboren|\bgeb\.|geburts|\bnasci)[^\n;!?\d]{0,25}$"
)


_BIRTH_AFTER = re.compile(r"(?i)\s{1,3}(?:geboren|born)\b")  # "Ich bin am 5.11.1999 geboren"
# prefilter: every keyword of _BIRTH_WORD and _BIRTH_AFTER contains one of these (no \b: a
# window search may start inside a word)
_BIRTH_ANY = re.compile(r"(?i)born|birth|d\.?o\.?b|b\.|bday|nasc|anivers|geb")


def _dob_spans(text: str) -> Iterable[Span]:
    if FAST and not _BIRTH_ANY.search(text):
        return  # no birth word anywhere, so none before or after any date
    for m in _DATE.finditer(text):
        if _context_before(text, m.start(), _BIRTH_WORD, width=40) or _BIRTH_AFTER.match(
            text, m.end()
        ):
            yield m.span()


# --- phone numbers --------------------------------------------------------------------------------
# Shapes: international (+CC or 00CC, then groups; "(0)" allowed), North American, national with a
# trunk 0 ("020 7946 0958", "(0161) 4960066", "030/1234567"), Brazilian ("(11) 91234-5678").
# Never preceded by '#', '-', '.', '/', ':' or a word character, nor followed by one, so order ids
# (#482913, ORD-20231104-7731), dates, versions and times do not match; then `phonenumbers`
# must call the number possible (length) in one of the regions.
_EXT = r"(?:\s?(?:x|ext\.?|extension|ramal|Durchwahl)\s?\d{1,5})?"
_PHONE = re.compile(
    r"(?:(?<=tel:)|(?<![\w#+./:-])(?<!\d[ .-]))(?:"
    r"(?:\+|00)\d{1,3}[ .-]?(?:\(0\)[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,5}(?:[ .-]?\d{2,5}){0,4}"
    r"|(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\)[ .-]?|[2-9]\d{2}[ .-]?)\d{3}[ .-]?\d{4}"
    r"|\(0\d{1,5}\)[ .-]?\d{2,8}(?:[ .-]\d{2,5}){0,2}"
    r"|0\d{1,5}[ /-]\d{3,8}(?:[ -]\d{2,5}){0,2}"
    r"|0[1-9]\d{8,9}"  # national, no separators: 020 7946 0958 written 02079460958
    r"|\(?[1-9]\d\)?[ ]?9?\d{4}-\d{4}"
    rf"){_EXT}(?![\w-]|[.:/]\d)",
    re.I,
)
_DATE_SHAPE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_CEP_SHAPE = re.compile(r"^\d{5}-\d{3}$")  # a Brazilian postcode, not a phone number
PHONE_REGIONS = ("US", "GB", "DE", "BR")


def _phone_ok(candidate: str, regions: Sequence[str]) -> bool:
    import phonenumbers

    core = re.split(r"(?i)\s?(?:x|ext|extension|ramal|durchwahl)", candidate, maxsplit=1)[0]
    digits = sum(c.isdigit() for c in core)
    if not 8 <= digits <= 15 or _DATE_SHAPE.match(core) or _CEP_SHAPE.match(core):
        return False
    if core.startswith("00"):
        core = "+" + core[2:]
    for region in (None,) if core.startswith("+") else regions:
        try:
            number = phonenumbers.parse(core, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            return True
    return False


def _phone_spans(text: str) -> Iterable[Span]:
    for m in _PHONE.finditer(text):
        if _phone_ok(m[0], PHONE_REGIONS):
            yield m.span()


# --- street addresses (best effort) ---------------------------------------------------------------
# Street types are the real-world lists: USPS Publication 28 suffixes (en) and Brazilian
# logradouro types (pt), as Faker ships them; German streets by their compound endings.
# Word repetitions are bounded ({0,4}) so matching stays linear on long capitalised text.
_CAP = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÿ'’.-]*"
_WORDS = rf"{_CAP}(?:[ -](?:{_CAP}|da|de|do|dos|das|von|der|am|an|of|the)){{0,4}}"
_DE_STREET_END = (
    r"(?i:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|hof)"
)
_DE_STREET = rf"[\wÄÖÜäöüß.-]*{_DE_STREET_END}"
_POSTCODE = (
    r"(?:[A-Z]{2} \d{5}(?:-\d{4})?"  # US state + ZIP
    r"|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"  # UK postcode
    r"|\d{5}-?\d{3}(?: [^,\n/]{2,40}(?: ?/ ?[A-Z]{2})?)?"  # BR CEP (+ city / UF)
    r"|\d{5} [A-ZÄÖÜ][\wäöüß-]*(?: [A-ZÄÖÜ(][\wäöüß.()-]*){0,2}"  # DE PLZ + city
    r"|\d{5}(?:-\d{4})?)"  # a ZIP after a state the words above already took
)
_UNIT_WORD = r"(?:Apt\.|Suite|Unit|Flat|Studio|Apartment|Apto\.?|Bloco|Sala|Casa)"
_UNIT = rf"(?:{_UNIT_WORD}\s?\w+,?\s)"
_MILITARY = r"(?:PSC|Unit|USNS|USNV|USS|CMR) \d+, Box \d+, [AFD]PO A[AEP] \d{5}"


@cache
def _address_regex(reference: bool = False) -> re.Pattern:
    """The address pattern; `reference` is its plain form, which FAST=False uses (tests compare).

    In "Hauptstraße 5" the plain form reads `_CAP` then `_DE_STREET`, two stars over the same
    letters (every character `_DE_STREET`'s class takes, `_CAP`'s takes too): it backtracks
    quadratically in each capitalised word. `_CAP` straight before the street ending matches the
    same strings and, trying the same lengths longest first, returns the same matches.
    """
    from faker.providers.address.en_US import Provider as UsAddress
    from faker.providers.address.pt_BR import Provider as BrAddress

    def alternatives(words: set[str]) -> str:  # longest first: "Streets" before "Street"
        return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"

    en = alternatives({*UsAddress.street_suffixes, "St", "Rd", "Ave"})
    pt = alternatives({*BrAddress.street_prefixes, "R.", "Av."})
    return re.compile(
        rf"(?<![\w-])(?:"
        rf"{_MILITARY}"
        rf"|{_UNIT}?\d{{1,6}}[A-Za-z]?,? {_WORDS} {en}\b\.?(?: {_UNIT_WORD} \w+)?"
        rf"|{_UNIT}{_WORDS} {en}\b"
        rf"|{_CAP}{_DE_STREET if reference else _DE_STREET_END}(?: \d+[a-z]?(?:[/-]\d+)?)"
        rf"|{_WORDS}[ -]{_DE_STREET} \d+[a-z]?(?:[/-]\d+)?"
        rf"|{pt} (?:d[aeo]s? ){{0,2}}[A-ZÀ-Ö][^,\n.]{{1,50}},? (?:n[º°o]\.? ?)?\d+[A-Za-z]?\b"
        rf"|{pt} (?:d[aeo]s? ){{0,2}}{_WORDS}"
        rf")(?:, (?:{_WORDS}|{_UNIT_WORD} ?\w+)){{0,3}}"
        rf"(?:,? {_POSTCODE})?"
    )


def _address_spans(text: str) -> Iterable[Span]:
    for m in _address_regex(reference=not FAST).finditer(text):
        yield _trim(text, *m.span(), chars=".,;:!? ")


# --- person names ---------------------------------------------------------------------------------
_TITLE_WORD = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Sr|Sra|Srta|Dona|Dom|Herr|Frau|Fr|Hr"
    r"|Senhora?|Doutora?|Dra)\b"
)
_TITLE = rf"{_TITLE_WORD}\.?|Dipl\.-Ing\.|Ing\."
# a capitalised token that is not a title: Smith, O'Brien, McDonald, Maria-Theresia, Müller
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zà-öø-ÿ"
_NAME_TOKEN = (
    rf"(?!{_TITLE_WORD})(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?"
    rf"(?:-[{_UP}{_LOW}][{_LOW}]+)*"
)
_PARTICLE = r"(?:da|de|do|dos|das|di|del|della|van|von|der|den|zu|la|le|du|bin|al|e)"
_PARTICLE_RE = re.compile(_PARTICLE)
_NAME_SEQ = rf"{_NAME_TOKEN}(?:\s(?:{_PARTICLE}\s)?{_NAME_TOKEN}){{0,3}}"
# strong cues only: after these a capitalised word is a name even if the gazetteer lacks it.
# Greetings take the name directly ("Hi Maria", not "Hi, Heads up"); sign-offs after a comma.
_NAME_CUE = re.compile(
    r"(?i:\b(?:hi|hello|hey|dear|olá|ola|oi|prezad[oa]|car[oa]|hallo|liebe[rs]?"
    r"|sehr geehrte[rs]?|my name is|name is|i am|i'm|this is|signed|spoke (?:to|with)"
    r"|talked (?:to|with)|attn|meu nome é|me chamo|sou [oa]|falei com|ich bin|mein name ist"
    r"|ich heiße|sprach mit|colleague|kollegin|kollege|kontoinhaber(?:in)?|inhaber(?:in)?"
    r"|titular|holder|deliver to|entregar para|lieferung an|sie erreichen|falem com"
    r"|falar com|contact|contato|kontakt|ask|atendente|agent|representative)[ \t]+"
    r"|\b(?:bom dia|boa tarde|boa noite|guten tag|good morning|good afternoon)[ \t]+"
    r"|\b(?:thanks|thank you|regards|best|cheers|sincerely|obrigad[oa]|atenciosamente|abraços?"
    r"|att|grüße|gruß|danke|mfg)[,.!]?[ \t]*(?:[-–—][ \t]*)?\n?[ \t]*)$"
)
# a lone first name right after these is more likely a place ("a store in Phoenix")
_PLACE_WORD = re.compile(r"(?i)\b(?:in|to|from|at|near|em|para|de|nach|aus|bei|von)\s+$")
_NAME = re.compile(rf"(?<![\w@])(?:(?:{_TITLE})\s+)?({_NAME_SEQ})(?![\w@])")


@cache
def _first_names() -> frozenset[str]:
    import gender_guesser.detector as gg

    names = gg.Detector(case_sensitive=False).names
    return frozenset(n for n in names if len(n) > 1) - _COMMON_WORDS


def _has_title(match: re.Match) -> bool:
    return match.start(1) > match.start()


def _person_spans(text: str) -> Iterable[Span]:
    """Capitalised token runs that a first-name gazetteer, a title or a cue word makes a name."""
    first_names = _first_names()
    for m in _NAME.finditer(text):
        words = [w for w in m[1].split() if not _PARTICLE_RE.fullmatch(w)]
        # capitalised function words around a name ("Please", "Thanks") are not part of it
        while words and words[0].lower() in _COMMON_WORDS:
            words.pop(0)
        while words and words[-1].lower() in _COMMON_WORDS:
            words.pop()
        if not words:
            continue
        start = m.start(1) + m[1].index(words[0])
        end = m.start(1) + m[1].rindex(words[-1]) + len(words[-1])
        titled = _has_title(m) and start == m.start(1)
        begin = m.start() if titled else start
        known = words[0].lower() in first_names
        # the span is the name; a title before it ("Mrs.") stays as context. Cheapest test first:
        # the cue words' search is only needed when neither a title nor a full name decides.
        if titled or (known and len(words) >= 2):  # a title, or first name + surname(s)
            yield start, end
        elif _context_before(text, begin, _NAME_CUE, 40) or (
            known
            and not _sentence_start(text, begin)
            and words[0].lower() not in _AMBIGUOUS
            and not _context_before(text, begin, _PLACE_WORD, 8)
        ):
            yield start, end


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip()
    return not before or before[-1] in ".!?:\n\"'(" or pos == 0


Detector = Callable[[str], Iterable[Span]]
DETECTORS: dict[str, Detector] = {
    "url_credentials": _url_credentials_spans,
    "email": _email_spans,
    "secret": _secret_spans,
    "iban": _iban_spans,
    "card": _card_spans,
    "cnpj": _cnpj_spans,
    "cpf": _cpf_spans,
    "ssn": _ssn_spans,
    "ip": _ip_spans,
    "dob": _dob_spans,
    "phone": _phone_spans,
    "address": _address_spans,
    "person": _person_spans,
}
_MASK = "\x00"  # stands in for a found value: not a word char, digit or separator any rule uses


def check_entities(entities: Iterable[str]) -> None:
    unknown = set(entities) - set(ORDER)
    if unknown:
        raise ValueError(f"unknown PII entities {sorted(unknown)}; known: {list(ORDER)}")


def find_pii(text: str, entities: Sequence[str] = ORDER) -> list[Finding]:
    """Every entity found in `text`, as non-overlapping spans sorted by position.

    Detectors run in ORDER; what one finds is masked before the next looks, exactly as the scrub
    replaces it, so find_pii() of a scrubbed text is the re-scan of that text.
    """
    check_entities(entities)
    findings: list[Finding] = []
    work = text
    for entity in ORDER:
        if entity not in entities:
            continue
        spans = sorted(set(DETECTORS[entity](work)))
        if not spans:
            continue
        chars = list(work)
        last_end = -1
        for start, end in spans:
            if start < last_end or end <= start:  # overlapping candidates of one detector
                continue
            findings.append(Finding(entity, start, end))
            chars[start:end] = _MASK * (end - start)
            last_end = end
        work = "".join(chars)
    return sorted(findings, key=lambda f: f.start)


def warm_up() -> None:
    """Do the one-time work (gazetteer, address pattern, validator imports) now, not on a text."""
    find_pii("Dr. Maria Silva, Hauptstraße 5, born 1.2.1990, +49 30 1234567, CPF 111.444.777-35")


def _find_chunk(args: tuple[list[str], tuple[str, ...]]) -> list[list[Finding]]:
    texts, entities = args
    return [find_pii(t, entities) for t in texts]


def find_pii_batch(
    texts: Sequence[str], entities: Sequence[str] = ORDER, *, workers: int = 1, chunk: int = 256
) -> list[list[Finding]]:
    """find_pii over many texts, in `workers` processes when > 1 (results keep input order)."""
    check_entities(entities)
    entities = tuple(entities)
    if workers <= 1 or len(texts) < 2 * chunk:
        return [find_pii(t, entities) for t in texts]
    import multiprocessing as mp

    warm_up()  # forked workers inherit the gazetteer, patterns and imports instead of each loading
    chunks = [(list(texts[i : i + chunk]), entities) for i in range(0, len(texts), chunk)]
    # fork keeps the compiled patterns and the gazetteer; spawn where fork is unavailable
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    with mp.get_context(method).Pool(workers) as pool:
        return [found for part in pool.map(_find_chunk, chunks) for found in part]


# Capitalised words that are also in the first-name list or start sentences: never a name alone.
_COMMON_WORDS = frozenset(
    """
    a an the and or but if then so as at by for from in into of on to with without about after
    before over under up down out off than that this these those there here where when while why
    how what which who whom whose i me my we our you your he him his she her it its they them their
    is are was were be been am do does did have has had can could will would shall should may might
    must not no yes ok okay hi hello hey dear thanks thank please regards best cheers sincerely
    also just still yet again all any some each every both either neither more most much many few
    other another such only own same too very new old good great well monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september
    october november december today tomorrow yesterday customer support team order invoice ticket
    account card bank payment refund return shipping delivery product service help street road
    avenue city state country dr mr mrs ms sir madam um uma o os as e de da do dos das em no na nos
    nas por para com sem que se eu ele ela nós eles elas meu minha seu sua olá oi obrigado obrigada
    bom boa dia tarde noite cliente senhor senhora pedido conta cartão pagamento ich du er sie es
    wir ihr der die das den dem des ein eine einen einem und oder aber mit von zu im am um für auf
    aus bei nach vor hallo danke bitte guten tag herr frau kunde konto karte zahlung bestellung
    rechnung lieferung sehr geehrte grüße mein meine dein ist sind war hat haben wird kann
    mir mich dir dich uns euch ihm ihnen damen herren kollege kollegin kontoinhaber inhaber
    titular colleague holder jan feb mar apr jun jul aug sep sept oct nov dec januar februar
    märz juni juli oktober dezember janeiro fevereiro março abril maio junho julho agosto
    setembro outubro novembro dezembro sr sra srta dona dom prof miss mx dame lord lady hr fr
    doutor doutora dra
    """.split()
)
# real first names that are common words too: a name only with a surname, title or cue
_AMBIGUOUS = frozenset(
    """
    will may june april august mark bill grace hope joy faith rose lily iris ruby pearl summer
    autumn dawn eve page art guy sue ray rich jack frank chase hunter sky miles cash sunny don
    jean angel
    christian major king earl duke prince lane dean case long young brown green white black gray
    grey max sol luz paz flor rosa clara branco preto santo santa germany berlin paris london
    florence austin dallas jordan israel china india georgia virginia carolina victoria
    """.split()
)


def rescan_entities(params: ScrubPiiParams) -> list[str]:
    """What a later re-scan of scrubbed data must not find: the validated identifiers that were
    replaced by placeholders or dropped (pseudonyms are validated-looking on purpose)."""
    return [e for e in params.entities if e in VALIDATED and params.action_for(e) != "pseudonym"]
