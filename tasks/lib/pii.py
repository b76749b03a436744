"""PII detectors: where personal data and secrets sit in a text, as typed character spans.

    find_pii("Call +44 20 7946 0958, card 4111 1111 1111 1111")  # [Finding("phone", 5, 21), ...]
    find_pii_batch(texts, workers=4)                             # the same over many texts

The pure detection core of the scrub_pii stage (tasks/scrub_pii.py decides what to do with a span)
and of the quality contract's re-scan. Each detector is a compiled pattern that proposes candidates
plus, where one exists, a validator that must accept the candidate: Luhn for cards, mod-97 for
IBANs, check digits for CPF/CNPJ (python-stdnum), SSA rules for SSNs, `phonenumbers` for phone
lengths, `ipaddress` for IPs. Context words decide the ambiguous ones: a date is a date of birth
only near "born", "DOB", "nascimento", "geboren"...; a bare 11-digit run is a CPF only after "CPF".

Person names need no NER model here: a gazetteer of 61k first names from 50+ countries (the
`gender-guesser` package, independent of the Faker names the benchmark draws from) plus context
(greetings, sign-offs, titles, "my name is", "c/o", "Receiver") and the shapes names are written
in (capitalised tokens with particles like "da", "von"; "Last, First" in lists, CSV cells and From:
headers; ALL CAPS; alone on a signature line). Addresses: house number before the street (en, fr)
or after it (de, nl, pt, es, it), unit and PO-box lines, and the postcode + city that follows in
each country's format. An optional spaCy NER layer adds names and addresses on top
(tasks/lib/pii_ner.py, `scrub_pii.ner`). benchmarks/pii.py measures both.

Detectors run in ORDER; what one finds is masked before the next looks, so a URL's password is
never read as an email and a card's digits never as a phone number. A Finding holds no value.
"""

from __future__ import annotations

import ipaddress
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from functools import cache, lru_cache
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


@lru_cache(maxsize=4)
def _lower(text: str) -> str:
    """text.lower(), once per text: most detectors ask for it (find_pii's masked text changes
    only when a detector found something, so consecutive detectors share it)."""
    return text.lower()


def _context_before(text: str, start: int, pattern: re.Pattern, width: int = 40) -> bool:
    return bool(pattern.search(text, max(0, start - width), start))


# --- email and credential URLs -----------------------------------------------------------------
_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
# (a comma ends it: "...@mq.example.in:5432/crm,closed" is a CSV cell and the next one)
_URL_CREDS = re.compile(
    r"(?i)(?<![\w.+-])[a-z][a-z0-9+.-]{1,24}://[^\s/@:]*:[^\s/@]*@[^\s<>\"'`,]+"
)


# "logo@2x.png" is a file, "git@github.com:org/repo.git" and "ssh://git@host/..." are git remotes
_FILE_TLD = re.compile(r"(?i)\.(?:png|jpe?g|gif|svg|webp|pdf|css|js|ico|bmp|tiff?)$")
_SCP_REMOTE = re.compile(r":[\w.~-]+/")


def _email_spans(text: str) -> Iterable[Span]:
    if "@" not in text:
        return
    for m in _EMAIL.finditer(text):
        if _FILE_TLD.search(m[0]) or text[max(0, m.start() - 3) : m.start()] == "://":
            continue
        if m[0].startswith("git@") and _SCP_REMOTE.match(text, m.end()):
            continue
        yield m.span()


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
    r"|SG\.[\w-]{16,}\.[\w-]{16,}"  # SendGrid
    r"|key-[0-9a-f]{32}"  # Mailgun
    r"|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"  # JWT (a JSON header)
    r")(?![\w-])"
    r"|-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----",
    re.S,
)
_TOKEN = re.compile(r"(?<![\w/+=-])[A-Za-z0-9_+/=-]{16,}(?![\w/+=-])")
_SECRET_WORD = re.compile(
    r"(?i)(?:token|secret|passw(?:or)?d|pwd|api[ _-]?key|access[ _-]?key|bearer|authorization"
    r"|credential|senha|chave|schlüssel|passwort|key|kennwort|api(?![./\w])|clé|clave|chiave|sleutel"
    r"|wachtwoord)\b[^\n]{0,12}\Z"  # \Z: "$" would also end before a line break
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


# the value of a password assignment, whatever it looks like: "passwort=lantern-orbit-harbour-83"
# ... also on the next line after "is:": "Your temporary password is:\n\nTacos!9173UNP", where it
# must hold a digit or a symbol ("Password:\n\nThanks" is none)
_PASSWORD_WORD = (
    # "SMTP_PASSWORD", "Einmalpasswort"
    r"(?i)(?:\b|(?<=_))(?:password|[^\W\d_]*passwort|passwd|pwd|senha|[^\W\d_]*kennwort"
    r"|contraseña|mot de passe|clave(?= (?:temporal|provisional|de acceso|inicial|nueva))"
    r"|wachtwoord|parola d'ordine|adgangskode|passord|palavra-passe|salasana|heslo|hasło|haslo)"
    r"\w{0,3}"  # "passordet", "hesla"
)
_PASSWORD_VALUE = re.compile(
    rf"{_PASSWORD_WORD}"  # "SMTP_PASSWORD=..." too
    r"(?:[ \t]+[^\W\d_]{3,15}){0,2}"  # "Password temporanea:", "mot de passe provisoire"
    r"(?:[ \t]+(?:is|er|est|é|es|lautet|ist|on|è))?[\"']?[ \t]*"
    r"(?:[=:]|\|(?=[ \t]*\S*[\d!#$%&*?@])|(?:</\w{1,5}>)+(?:<\w{1,5}>)+(?=\S*[\d!#$%&*?@]))"
    r"(?:[ \t]*|[ \t]*(?:</p>)?\n(?:[ \t]*\n)?[ \t]*(?:<p>)?(?=\S*[\d!#$%&*?@]))"
    r"[\"']?(?!\[[A-Z_]+\])([^\s\"',;<|]{4,64})"
)
# ... in a sentence: "Temporary password they gave me was Poro=1828dingo=", "La password
# provvisoria era ...", "Väliaikainen salasana oli ...": a value with a letter and a digit or symbol
# ... or a colon a few words on: "Senha provisória passada por telefone: x4xeS8j_xP"
_PASSWORD_SENTENCE = re.compile(  # ("The password I set is ...": one-letter words too)
    rf"{_PASSWORD_WORD}(?:[ \t\n]+[^\W\d_]{{1,15}}){{0,4}}(?:[ \t]*:)?[ \t\n]+"
    r"(?:(?:was|is|era|était|est|oli|on|war|ist|lautet|é|es|er|è|werd|je|jest)[ \t]+"
    r"(?=[^\s<]*[A-Za-z])(?=[^\s<]*[\d!#$%&*?@+=])"
    # no verb: "initial password kXhX5ZQzOi_82f", "senha inicial QOHq...": letters of both cases
    # and a digit
    r"|(?-i:(?=[^\s<]*[a-z])(?=[^\s<]*[A-Z])(?=[^\s<]*\d)))"
    r"([^\s\"',;<]{8,64}?)[.,;:!?)]?(?=\s|$|<)"
)
# ... a key's value after its name and a colon or "=", maybe a few words later: "api_key":
# "isBY=0#PSQ1RP?g9#cN", "pasted our API key in the ticket by mistake: tW9qAAia+Wy8!Z"
_KEY_VALUE = re.compile(
    r"(?i)\b(?:api[_ -]?key|secret(?:[_ -]?key)?|access[_ -]?token|auth[_ -]?token|token)\b"
    r"[\"']?[^\n:=]{0,50}?[=:][ \t]*[\"']?([^\s\"',;<]{10,64})"
)
# not a secret: a mask or a reference to one ("********", "${DB_PASSWORD}", "{{ vault.pw }}")
_PLACEHOLDER = re.compile(
    r"[*•xX]{3,}|\$\{[^}]*\}|\{\{[^}]*\}\}|\$[A-Z_][A-Z0-9_]*|%\([^)]*\)s|<[^>]*>|\[[A-Z_]+\]"
)


_PASSWORD_HINTS = ("pass", "pwd", "senha", "kennwort", "contraseña", "wachtwoord", "parola")
_PASSWORD_HINTS += ("adgangskode", "salasana", "heslo", "hasło", "haslo", "clave")
_PASSWORD_HEADERS = frozenset(
    "password|passwort|kennwort|passwd|pwd|senha|contraseña|mot de passe|wachtwoord|passord"
    "|adgangskode|salasana|heslo|hasło|haslo|parola d'ordine|initial password|temp password"
    "|temporary password".split("|")
)


# a new key announced a few words after the word "key": "changed the API key yesterday like you
# asked - the new one is cb42645628199d910dd3050fa65e0cda"
_NEW_KEY = re.compile(
    r"(?i)(?:api|key|token|chave|nøgle\w*|nøkkel\w*|clé|clave|schlüssel|chiave|sleutel)[^\n.]{0,60}"
    r"(?:new one is|nye er|nueva es|nova é|nouvelle est|neue ist|nuova è|nieuwe is):?[ \t]*$"
)


_NEW_KEY_HINTS = ("new one", "nye er", "nueva es", "nova é", "nouvelle est", "neue ist")
_NEW_KEY_HINTS += ("nuova è", "nieuwe is")


# a URL path is no token ("/invoices/INV-2021-40775"); of a key=value pair only the value is
_PATH = re.compile(r"(?:^|/)[a-z]{4,}/")
_PAIR_KEY = re.compile(r"([A-Za-z_]{2,30})=(?=[^=])")


def _secret_spans(text: str) -> Iterable[Span]:
    found = [m.span() for m in _SECRET.finditer(text)]
    low = _lower(text)
    announced = any(w in low for w in _NEW_KEY_HINTS)
    if not FAST or any(w in low for w in _PASSWORD_HINTS):
        for pattern in (_PASSWORD_VALUE, _PASSWORD_SENTENCE):
            found += [m.span(1) for m in pattern.finditer(text) if not _PLACEHOLDER.fullmatch(m[1])]
        found += [
            (a, b)
            for a, b in _table_cells(text, _PASSWORD_HEADERS, _PASSWORD_HINTS)  # a CSV's column
            if b - a >= 4 and " " not in text[a:b] and not _PLACEHOLDER.fullmatch(text, a, b)
        ]
    if not FAST or any(w in low for w in ("key", "secret", "token")):
        for m in _KEY_VALUE.finditer(text):
            value = m[1].rstrip(".")
            if _looks_random(value, near_keyword=True) and not _PLACEHOLDER.fullmatch(value):
                if not any(a < m.end(1) and m.start(1) < b for a, b in found):
                    found.append((m.start(1), m.start(1) + len(value)))
    yield from found
    for m in _TOKEN.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in found) or _PATH.search(m[0]):
            continue
        start, token = m.start(), m[0]
        pair = _PAIR_KEY.match(token)  # "NPM_TOKEN=npm_...", "tracking=JJD7539...": the value
        if pair:
            start, token = start + pair.end(), token[pair.end() :]
        near = (
            bool(pair and _SECRET_WORD.search(pair[1]))
            or _context_before(text, m.start(), _SECRET_WORD, width=30)
            or (announced and _context_before(text, m.start(), _NEW_KEY, width=90))
        )
        if _HEX.fullmatch(token) and _context_before(text, start, _HASH_BEFORE, width=30):
            continue  # "cache miss key=5448cb72...": a digest, not a secret
        if _looks_random(token.rstrip("="), near_keyword=near) and not _valid_iban(token):
            yield start, m.end()


_HEX = re.compile(r"[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}")
_HASH_BEFORE = re.compile(r"(?i)\b(?:cache|etag|checksum|digest|hash|sha\d*|md5)\b[^\n]{0,15}$")


def _valid_iban(token: str) -> bool:
    """An IBAN written without spaces is random-looking too: it is left to the IBAN detector."""
    from stdnum import iban

    return token[:2].isupper() and token[2:4].isdigit() and iban.is_valid(token)


# --- validated identifiers ------------------------------------------------------------------------
# in blocks of 4, or as the national format groups it ("IT91 L 59576 58272 053259810420",
# "ES65 0081 2332 01 6649691907", "DE14-0293-7064-..."): validation decides where it ends
_IBAN = re.compile(
    # each later group after a separator: no run of capitals can be split in many ways
    r"(?<![\w-])[A-Z]{2}[ ]?\d{2}[ -]?[A-Z0-9]{1,30}(?:[ -][A-Z0-9]{1,12}){0,8}(?![\w-])"
)
# not after "1," (thousands), except a run grouped as cards are, as a CSV cell holds it
_DIGIT_RUN = re.compile(
    r"(?<![\w./+-])(?:(?<!\d,)|(?=\d{4}[ -]\d|\d{15,19}(?![\d.])))\d+(?:(?: {1,2}|-)\d+)*(?![\w])"
)
_GROUP = re.compile(r"\d+")
_CNPJ = re.compile(r"(?<![\w./-])(?:\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{14})(?![\w./-]?\d)")
_CPF = re.compile(r"(?<![\w./-])(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\w./-]?\d)")
# US SSN AAA-GG-SSSS, SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000.
# (python-stdnum also rejects the few numbers printed in adverts, e.g. 078-05-1120; those turn up
# in real data, so they are scrubbed too.)
_SSN = re.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-])")
_CPF_WORD = re.compile(r"(?i)\bCPF\b[^\n\d]{0,40}$")
_CNPJ_WORD = re.compile(r"(?i)\bCNPJ\b[^\n\d]{0,40}$")
_SSN_WORD = re.compile(r"(?i)\b(?:SSN|social security|social|SSA)\b[^\n\d]{0,40}$")
_SSN_BARE = re.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}(?!00)\d{2}(?!0000)\d{4}(?![\w-])")


def _iban_spans(text: str) -> Iterable[Span]:
    from stdnum import iban

    for m in _IBAN.finditer(text):
        # a grouped IBAN may run into a following group of capitals: shrink until it validates
        start, end = m.span()
        while end - start >= 15:
            # mod-97 and the country's length; not the national check digits inside the BBAN:
            # a number typed with a wrong national digit is still someone's account number
            if iban.is_valid(text[start:end], check_country=False):
                yield start, end
                break
            cut = max(text.rfind(" ", start, end), text.rfind("-", start, end))
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
    pass Luhn across both; then a whole run grouped some other way ("4111 11 1111 111111") is
    taken too, but no oddly grouped window inside a longer run (a payment reference's "47 37893
    56368 92193 64342 24512" holds Luhn-valid windows by chance).
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
                    and (_usual_grouping(lengths) if usual_only else len(lengths) == len(used))
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
    columns = None
    for run in _DIGIT_RUN.finditer(text):
        if len(run[0]) < 13:
            continue
        columns = columns or _Columns(text)
        if columns.is_id(run.start(), run.end()):
            continue  # a cell under "EAN", "Folio", "Order ID"
        groups = [(m.start() + run.start(), m.end() + run.start()) for m in _GROUP.finditer(run[0])]
        lengths = [b - a for a, b in groups]
        if sum(lengths) > 19 and all(n == 4 for n in lengths[:-1]):
            continue  # printed in blocks of 4 and too long for a card: a tracking/reference number
        if lengths in ([3, 7, 7], [2, 6, 6, 1]) or _context_before(text, run.start(), _IBAN_PREFIX):
            continue  # an Amazon order id (123-1234567-1234567), an IMEI, a wrong IBAN's digits
        if _after_serial(text, run.start()):
            continue  # "The phone's IMEI is 357081492978761" passes Luhn too
        for first, last in _card_windows([text[a:b] for a, b in groups]):
            if text[groups[first][0]] != "0":  # no card number starts with 0 ("0041 77 ...")
                yield groups[first][0], groups[last][1]


def _br_spans(text: str, pattern: re.Pattern, word: re.Pattern, validator) -> Iterable[Span]:
    for m in pattern.finditer(text):
        bare = m[0].isdigit()  # unformatted: only with the document type named just before
        if bare and not _context_before(text, m.start(), word, width=50):
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
        if m[1] == " " and not _context_before(text, m.start(), _SSN_WORD, 50):
            continue  # "123 45 6789" is an SSN only when called one
        yield m.span()
    low = _lower(text)
    if FAST and "ssn" not in low and "social" not in low and "ssa" not in low:
        return  # no SSN word anywhere: no bare nine digits can follow one
    for m in _SSN_BARE.finditer(text):  # "733014531": only right after the word
        if _context_before(text, m.start(), _SSN_WORD, 50):
            yield m.span()


# --- IP addresses ---------------------------------------------------------------------------------
_IPV4 = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\d)")
_IPV6 = re.compile(  # hex groups with at least two colons; ipaddress decides
    r"(?<![\w:.])(?=[0-9A-Fa-f:]*:[0-9A-Fa-f]*:)[0-9A-Fa-f:]{2,39}(?:\d+(?:\.\d+){3})?(?![\w:]|\.\d)"
)
_VERSION_WORD = re.compile(r"(?i)(?:\bv|\bversion\s?|\bbuild\s?|\brelease\s?|\bver\.?\s?)$")


def _ip_spans(text: str) -> Iterable[Span]:
    for m in _IPV4.finditer(text):
        if _context_before(text, m.start(), _VERSION_WORD, width=10):
            continue
        # int() drops leading zeros, which `ipaddress` rejects but logs that pad every part to
        # three digits still write ("010.001.042.007"); a zero-led part among short ones is a
        # phone number grouped with dots ("010.36.06.28", "071.001.98.50")
        parts = m[0].split(".")
        if any(len(p) > 1 and p[0] == "0" for p in parts) and any(len(p) < 3 for p in parts):
            continue
        try:
            ipaddress.IPv4Address(".".join(str(int(part)) for part in parts))
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


def is_private_ip(value: str) -> bool:
    """An address of a range that is not globally routed (10/8, 172.16/12, 192.168/16, loopback,
    link-local, fc00::/7...), as `scrub_pii.private_ips: keep` leaves in the text."""
    try:
        if ":" in value:
            return not ipaddress.IPv6Address(value).is_global
        return not ipaddress.IPv4Address(".".join(str(int(p)) for p in value.split("."))).is_global
    except ValueError:
        return False


def without_private_ips(text: str, findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.entity != "ip" or not is_private_ip(text[f.start : f.end])]


# --- tables: a CSV/TSV/pipe export's column under a header ---------------------------------------
def _cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of the line text[start:end] split at `sep`, quotes respected."""
    cells, pos = [], start
    while pos <= end:
        if text.startswith('"', pos):
            close = text.find('"', pos + 1, end)
            stop = end if close < 0 else close + 1
        else:
            stop = text.find(sep, pos, end)
            stop = end if stop < 0 else stop
        cells.append((pos, stop))
        nxt = text.find(sep, stop, end)
        if nxt < 0:
            break
        pos = nxt + 1
    return cells


_MD_RULE = re.compile(r"[ \t>]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?")


def _table_cells(text: str, headers: Container[str], hints: Sequence[str]) -> Iterable[Span]:
    """The cells (quotes and blanks trimmed) under one of `headers`, in the rows that follow the
    header row with as many cells; `hints` are substrings a header row must hold (a prefilter)."""
    low = _lower(text)
    if not any(h in low for h in hints):
        return
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    markdown = "|-" in text or "|:-" in text or "| -" in text
    for k, (a, b) in enumerate(lines):
        for sep in ";\t|,":
            if sep not in text[a:b]:
                continue
            if (
                sep == "|"
                and markdown
                and not (k + 1 < len(lines) and _MD_RULE.fullmatch(text, *lines[k + 1]))
            ):
                continue  # a markdown table's header is the row over its rule: "| Name | Jo |"
                # below "| Field | Value |\n|---|---|" is a row
            # "date_of_birth", "full-name": exports join a header's words with _ or -
            header = [
                text[x:y].strip().strip('"').lower().replace("_", " ").replace("-", " ")
                for x, y in _cells(text, a, b, sep)
            ]
            cols = [i for i, h in enumerate(header) if h in headers]
            if not cols or len(header) < 2:
                continue
            for ra, rb in lines[k + 1 :]:
                row = _cells(text, ra, rb, sep)
                if len(row) != len(header):
                    break
                for i in cols:
                    x, y = row[i]
                    x, y = (x + 1, y - 1) if text.startswith('"', x) else (x, y)
                    value = text[x:y].strip()
                    if value:
                        x += text[x:y].index(value)
                        yield x, x + len(value)
            break


# --- dates of birth -------------------------------------------------------------------------------
def _trie(words: Iterable[str]) -> str:
    """A regex matching exactly `words`, as a trie ("jan(?:uary)?"): one branch per letter, not
    one per word, so a scan that tries it at every word start stays fast (3x on dates)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    # 6 lines: a length count that runs to the next `def` also takes in the month and date tables
    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


_MONTH_WORDS = (
    (
        "jan january feb february mar march apr april may jun june jul july aug august sep sept"
        " september oct october nov november dec december"
        " janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro"
        " dezembro Januar Februar März Maerz Mai Juni Juli Oktober Dezember"
        " janvier février mars avril juin juillet août septembre octobre novembre décembre"
        " enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre"
        " gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre"
        " januari februari maart mei augustus"
        # Polish (genitive, as dates write them) and Swedish
        " stycznia lutego marca kwietnia maja czerwca lipca sierpnia września wrzesnia października"
        " pazdziernika listopada grudnia mars augusti"
        " marts maj desember"  # Danish and Norwegian (the rest are written as above)
        # Finnish, as dates write them ("14. toukokuuta 1964")
        " tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta"
        " syyskuuta lokakuuta marraskuuta joulukuuta"
        # Czech (genitive): "24. dubna 1988"
        " ledna února března dubna května června července srpna září října listopadu prosince"
    )
    .lower()
    .split()
)
_MONTHS = _trie(_MONTH_WORDS)  # case-insensitive where used
_YEAR = r"(?:19|20)\d{2}"
_DATE = re.compile(
    rf"(?<![\w./-])(?:"
    rf"\d{{1,2}}[./-]\d{{1,2}}[./-](?:{_YEAR}|\d{{2}})"  # 12/03/1985, 12.03.1985, 3-12-85
    rf"|\d{{1,2}}\. \d{{1,2}}\. {_YEAR}"  # Czech, Slovak: 7. 7. 2000
    rf"|{_YEAR}[./-]\d{{1,2}}[./-]\d{{1,2}}"  # 1985-03-12
    rf"|(?i:{_MONTHS})\.? \d{{1,2}}(?i:st|nd|rd|th)?,? {_YEAR}"  # March 3, 1985
    rf"|\d{{1,2}}(?:(?i:st|nd|rd|th)|\.)? (?i:of |de )?(?i:{_MONTHS})\.?,?(?i: de)? {_YEAR}"
    rf"|\d{{1,2}}-(?i:{_MONTHS})-(?:{_YEAR}|\d{{2}})"  # 21-Feb-1975
    rf"|\d{{1,2}}/\d{{1,2}} {_YEAR}"  # Swedish: 27/4 1966
    rf")(?![\w/-]|\.\d)",  # case matters only in the words: no global re.I (slower)
)
_BIRTH_KEYWORDS = (
    r"(?:\bborn\b|(?:\b|_)birth|\bd\.?o\.?b\b|\bb\.|\bbday\b"
    # "data de nascimento", not the surname "Emanuella do Nascimento"
    r"|(?-i:nascimento|NASCIMENTO)|(?<!do )(?<!da )(?<!dos )(?-i:N)ascimento"
    r"|\bnascid[oa]|\bnasceu"
    r"|anivers[aá]rio|geboren|\bgeb\.|geburts|\bnasci(?!mento)|\bnasc\.|\bnée?\b|naissance|\bnac[ií]|\bnac\."
    r"|\bnat[oa]\b|nascita|geboorte|urodz|\bur\.|född|fodd|födelse|fodelse"
    r"|født|fødd|fødsel|fodt|fodsel|syntym|syntyn"  # Finnish: "syntymäaika", "syntynyt"
    r"|naroz|\bnar\.)"  # Czech: "datum narození", "narozen", "nar. 4. 4. 1978"
)
_BIRTH_WORD = re.compile(rf"(?i){_BIRTH_KEYWORDS}[^;!?\d]{{0,45}}$")
_TIME_AFTER = re.compile(r"\]?,? \d{1,2}:\d{2}")
# a chat's answer to the birth-date question: "date of birth?\n[17:33] Lynette: sure, it's ..."
_BIRTH_QUESTION = re.compile(
    rf"(?i){_BIRTH_KEYWORDS}[^\n?]{{0,30}}\?[ \t]*(?:\n[^\n?]*){{0,3}}\n[^\n?]{{0,50}}\Z"
)


_BIRTH_AFTER = re.compile(r"(?i)\s{1,3}(?:geboren|born)\b")  # "Ich bin am 5.11.1999 geboren"
# prefilter: every keyword of _BIRTH_WORD and _BIRTH_AFTER contains one of these substrings of
# the lower-cased text (plain `in` tests: far cheaper than a case-insensitive regex scan)
_BIRTH_HINTS = (
    "born",
    "birth",
    "dob",
    "d.o",
    "do.b",
    " b.",  # "\bb\." ("b. 1961"); "b." alone is in every "web." and "job."
    "\nb.",
    "(b.",
    "bday",
    "nasc",
    "anivers",
    "geboren",
    "geb.",
    "geburt",
    "né",
    "naissance",
    "naci",
    "nací",
    "nac.",
    "nato",
    "nata",
    "geboorte",
    "urodz",
    " ur.",  # not "ur.": "our." and "your." would let most English text through
    "\nur.",
    "föd",
    "fodd",
    "fodel",
    "fød",  # Danish, Norwegian: "født", "fødselsdato"
    "fodt",
    "fodsel",
    "syntym",
    "syntyn",
    "naroz",
    "nar.",
)


# one search for them all: faster than a test per hint
_BIRTH_HINT = re.compile("|".join(map(re.escape, sorted(_BIRTH_HINTS, key=len, reverse=True))))


def _may_hold_birth_word(text: str) -> bool:
    return bool(_BIRTH_HINT.search(" " + _lower(text)))  # a text may open with "b." or "ur."


_BIRTH_HEADERS = frozenset(
    "date of birth|dob|d.o.b.|birth date|birthdate|born|geburtsdatum|geb.-datum|data di nascita"
    "|fecha de nacimiento|data de nascimento|date de naissance|geboortedatum|nascimento"
    "|data urodzenia|födelsedatum|fodelsedatum|födelsedag|fødselsdato|fødselsdag|syntymäaika"
    "|syntynyt|syntymäpäivä|datum narození|narozen|narozena".split("|")
)


# YYMMDD, as Swedish forms write a birth date ("född 730302"): only after a birth word
_COMPACT_DATE = re.compile(r"(?<![\w./-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w/-])")


def _dob_spans(text: str) -> Iterable[Span]:
    if FAST and not _may_hold_birth_word(text):
        return  # no birth word anywhere, so none before or after any date
    for start, end in _table_cells(text, _BIRTH_HEADERS, _BIRTH_HINTS):  # a CSV's DOB column
        if _DATE.fullmatch(text, start, end):
            yield start, end
    for m in _COMPACT_DATE.finditer(text):
        if _context_before(text, m.start(), _BIRTH_WORD, width=30):
            yield m.span()
    for m in _DATE.finditer(text):
        if _TIME_AFTER.match(text, m.end()):
            continue  # a time stamp: "[11/12/2023, 11:30:28] sten: ... geboorteverlof"
        if (
            _context_before(text, m.start(), _BIRTH_WORD, width=60)
            or _BIRTH_AFTER.match(text, m.end())
            or (
                "?" in text[max(0, m.start() - 250) : m.start()]
                and _BIRTH_QUESTION.search(text, max(0, m.start() - 250), m.start())
            )
        ):
            yield m.span()


# --- phone numbers --------------------------------------------------------------------------------
# Shapes: international (+CC or 00CC, then groups; "(0)" allowed), North American, national with a
# trunk 0 ("020 7946 0958", "(0161) 4960066", "030/1234567"), Brazilian ("(11) 91234-5678").
# Never preceded by '#', '-', '.', '/', ':' or a word character, nor followed by one, so order ids
# (#482913, ORD-20231104-7731), dates, versions and times do not match; then `phonenumbers`
# must call the number possible (length) in one of the regions.
_EXT = r"(?:\s?(?i:x|ext\.?|extension|ramal)\s?\d{1,5})?"
_PHONE = re.compile(  # every shape starts with a digit, "+" or "(": the lookahead says so first
    # ("tel:+1...", and a vCard's "TEL;TYPE=CELL:+33 ...")
    r"(?=[\d+(])(?:(?<=(?i:tel):)|(?<=(?i:cell):)|(?<=(?i:voice):)|(?<=(?i:home):)"
    r"|(?<=(?i:work):)|(?<![\w#+./:-])(?<!\d[ .-]))(?:"
    r"(?:\+|0011 ?|00)\d{1,3}[ .-]?(?:\(0\)[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,5}"
    r"(?:[ .-]?\d{2,5}){0,4}"
    r"|(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\)[ .-]?|[2-9]\d{2}[ .-]?)\d{3}[ .-]?\d{4}"
    r"|\(0\d{1,5}\)[ ./-]?\d{2,8}(?:[ .-]\d{2,5}){0,2}"
    r"|0[1-9](?:([ .-])\d{2})(?:\1\d{2}){3}"  # French/Dutch/Belgian pairs: 06 12 34 56 78
    r"|0\d{2,3}(?: ?/ ?|[ .-])\d{2}([ .-])\d{2}\2\d{2}"  # Belgian: 0498 77 60 71, 011/14.50.07
    r"|0\d{1,5}(?: ?/ ?|[ .-])\d{3,8}(?:[ .-]\d{2,5}){0,2}"
    r"|0\d{1,3}-\d{2,3}(?: \d{2}){2,3}"  # Swedish: 08-29 42 79, 040-44 92 50
    r"|0[1-9]\d{7,9}"  # national, no separators: 020 7946 0958 written 02079460958
    # Argentine mobiles, 15 after the area code: 0351 15-938-9896, 011-1543397126, 0341/15-720-5080
    r"|0\d{2,4}[ ./-]?15[ -]?\d{3,4}[ -]?\d{4}"
    r"|3\d{2}(?: ?/ ?|[ .])\d{3}(?:[ .]\d{2}[ .]\d{2}|[ .]?\d{4})"  # Italian: 331 326 63 62
    # Brazilian: (11) 91234-5678, (62) 9 8364-8810, (81)965687757, 19 98436 2961
    r"|\(?[1-9]\d\)?[ ]?(?:9[ ]?)?\d{4}-\d{4}"
    r"|[1-9]\d-\d{4}-\d{4}"  # Mexican: 55-8667-4545
    r"|\([1-9]\d\)[ ]?9?\d{4}[ ]?\d{4}|[1-9]\d[ ]9?\d{4}[ ]\d{4}"
    r"|\(\+\d{1,3}\)[ .-]?\d{1,5}(?:[ .-]?\d{2,5}){0,4}"  # (+56) 9 5236 6698
    # an area code in brackets, no trunk 0: Chile "(2) 2665 2740", Poland "(61) 478 56 92"
    r"|\([1-9]\d{0,2}\)[ ]?\d{2,4}(?:[ -]\d{2,4}){1,3}"
    r"|[6-9]\d{4}[ -]\d{5}(?![ .-]?\d)"  # Indian mobiles: 92722 58065
    rf"){_EXT}(?![\w-]|[.:/]\d)"  # case matters only in _EXT and "tel:": no global re.I (slower)
)
_DATE_SHAPE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_CEP_SHAPE = re.compile(r"^\d{5}-\d{3}$")  # a Brazilian postcode, not a phone number
PHONE_REGIONS = tuple(
    "US GB DE BR FR NL ES IT AT CH AU NZ IE BE PT IN"
    " MX AR CL CO PE PL SE NO DK FI CZ PH ZA".split()  # tried in this order
)


# 22 lines: a length count that runs to the next `def` also takes in the patterns below it
def _phone_ok(candidate: str, regions: Sequence[str]) -> bool:
    import phonenumbers

    core = re.split(r"(?i)\s?(?:x|ext|extension|ramal|durchwahl)", candidate, maxsplit=1)[0]
    digits = sum(c.isdigit() for c in core)
    if not 8 <= digits <= 15 or _DATE_SHAPE.match(core) or _CEP_SHAPE.match(core):
        return False
    if core.startswith("(+"):  # "(+56) 9 5236 6698"
        core = "+" + core[2:].replace(")", "", 1)
    if core.startswith("0011"):  # Australia's international prefix
        core = "+" + core[4:].lstrip()
    elif core.startswith("00"):
        core = "+" + core[2:]
    for region in (None,) if core.startswith("+") else regions:
        try:
            number = phonenumbers.parse(core, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            return True
    return False


# national numbers with no trunk 0 (Portugal, Spain, Italy's mobiles...): nine digits, "912 681
# 234", "2392 430 29" or "912681234". Grouped 3-3-3 they are read as phones; any other way only
# after a phone word; either way `phonenumbers` must call them valid in one of BARE_REGIONS.
_PHONE_BARE = re.compile(
    r"(?<![\w#+./:,-])(?<!\d[ .-])[1-9]\d{0,4}(?:[ .-]\d{2,4}){1,3}(?![\w-]|[.,:/ ]\d)"
    r"|(?<![\w#+./:,-])[1-9]\d{7,10}(?![\w-]|[.,:/]\d)"
)
_PHONE_WORD = re.compile(
    r"(?i)(?:\btel|\btél|\bpuh|voicemail|phone|mobile?|handy|\bcall|\bring|ligu|ligar|ligou|contact|contato|contacto"
    r"|čísl|volání|zavolej|zastihnete|llám|(?-i:\b[TM]\.)"  # Czech; "T. 967884128" in a signature
    r"|telem|\btlm|\btlf|\btfno|\bmob\b|\bgsm|m[oó]vil|tel[eé]fono|\bcel(?:l|lulare?|ular|lphone)?\b|whatsapp|\bfax|anruf"
    r"|erreich|rufen"
    r"|cellulare|appel|llam|\bsms\b|n[uú]mer|number|nummer|numéro|chiam|\bbel\b|liga-me|ligue)"
    r"[^\n\d]{0,30}$"
)
# company and tax ids are printed in digit groups too: "SIRET 538 623 365 76492", "KvK 55553114"
_ID_WORD = re.compile(
    r"(?i)\b(?:SIRET|SIREN|KvK|company no|company number|VAT|IVA|P\.? ?IVA|NIF|CIF|USt|BTW|ABN"
    r"|ACN|UID|NIPC|NIE|NIRE|boleto|linha digitável|ondernemingsnummer|KBO|routing no"
    r"|routing number|serial|zählernummer|medidor|meter|meternummer|contatore|matricola|compteur"
    r"|ABA|policy|polis|police|polizza|apólice|póliza|model|modelo|modèle|modello|artikel|article"
    r"|contador|contrato|meter number|metering|NF-e|NFe|nota fiscal"
    r"|articolo|artículo|customer no|client no|n° client|codice cliente|kundennummer|klantnummer"
    r"|número de cliente|numero cliente|order no|order number|seriennr|serienr|serienummer"
    r"|serial no|part no|part number|artikelnr|artikelnummer|sku)\b"
    r"[^\n\d]{0,12}$"
)
# ... and words that name an id only right before it ("order 4758377712", "pedido #3022584197",
# "part 989.471.9659", "nr seryjny 4358688585"), not a sentence away ("about my order? 614 ...")
_ID_WORD_RIGHT_BEFORE = re.compile(
    r"(?i)\b(?:order|orders|part|pedido|commande|bestellung|ordine|zamówienie|zamowienie"
    r"|ordre|bestelling|beställning|pedido n[ºo°]|nr seryjny|numer seryjny|n° de série"
    r"|numéro de série|número de serie|serienummer|serial|sku)"
    r"[ \t]*(?:#|no\.?|nr\.?|n[°º]\.?|number|:)?[ \t]*\(?$"
)
# ... and labels of other reference numbers, which are printed like phone numbers just as often:
# "Invoice 2021016884", "Polisnummer: 0202126883", "Patient ref: 0223666029", "Asiakasnumero:
# 030509021", '"customer_no": "010-763-7089"', "Mietvertrag:\n9022723947". Words that start
# compounds (German, Dutch, Nordic, Finnish) match as a word's start; any "...nummer", "...numero"
# that is no phone word ("Bestelnummer", not "Handynummer") too; the others as whole words.
_REF_COMPOUNDS = (
    "kunden|vertrag|rechnung|mitglied|versichert|matrikel|zähler|polis|klant|factuur|contract"
    "|huur|asiakas|sopimus|lasku|laite|henkilö|opiskelija|käyttöpaikka|tilaus|jäsen|potilas"
    "|vakuutus|kund|avtal|faktur|försäkring|kunde|medlem|aftale|avtale|inventar|variabiln"
)
_NOT_REF_COMPOUNDS = (  # "Telefonnummer", "Rückrufnummer", "puhelinnumero"; "Kartennummer"
    "tel|handy|mobi|puh|matkapuh|ruf|rück|fax|natel|festnetz|kontakt|gsm|durchwahl|direkt|not"
    "|service|hotline|sms|whats|privat|büro|zentral|fon|ihre|meine|deine|unsere|nummer|numero"
    "|kart|kort|kaart|kredit|terugbel|tlf|tle"
)
_REF_WORDS = (
    "invoice|customer|client|cliente|account|patient|paciente|tenancy|employee|student|asset"
    "|imei|iccid|meter|compteur|contador|medidor|contatore|policy|police|póliza|polizza|apólice"
    "|legajo|matricola|matrícula|matricule|expediente|dossier|pratica|booking|reservation|reserva"
    "|prenotazione|claim|sinistro|siniestro|ticket|tiketti|member|socio|afiliado|adhérent|contrat"
    "|contratto|contrato|facture|factura|fattura|fatura|case|ref|réf|reference|référence"
    "|referencia|riferimento|referenz|inventario|ean|bail|utenza|umowa|umowy|polisa"
    "|zákazník|smlouva|smlouvy|objednávka|protocolo|processo|serial|order|ordine|orden|commande"
    "|pedido|tva|vat|iva|btw|mwst|ust|alv|moms|membership|membre|miembro|membro|karnet|élève"
    "|eleve|alumno|aluno|código|codigo|plan|abonnement|subscription|klienta|klient|sn|tax|caso"
    "|kenmerk"
)
_REF_CORE = (  # tries (see _trie): tried at every word start of the window, they stay cheap
    rf"\b(?:{_trie(_REF_COMPOUNDS.split('|'))})[\w-]*"
    rf"|\b(?!{_trie(_NOT_REF_COMPOUNDS.split('|'))})\w{{2,}}?(?:nummer|numero|nr)\b"
    r"|\b\w{2,}?vertrag\b"  # "Handyvertrag 64 5702 0471": a contract's number, not the phone's
    rf"|\b(?:{_trie(_REF_WORDS.split('|'))})s?(?:_\w+)?\b"  # "customer_no"
)
# the label, then up to 12 other characters ("Patient ref: ") and maybe HTML tags, or a colon and
# a line break
_REF_LABEL = re.compile(
    rf"(?i)(?:{_REF_CORE})"
    rf"(?:[^\n\d]{{0,12}}(?:</?\w{{1,5}}>)*|[^\n\d]{{0,10}}[:=][ \t]*\n[ \t>]*)\Z"
)
# ... unless the label (or the words just before it) is about calling someone: "Customer service:
# 0800 ...", "my account, call me on 027 ...", "Patient mobile: ...", "call me about my order?"
_CALL_VERBS = (  # "call me", "llámeme", "bellen", "soittakaa"...
    r"call\w*|ring|reach|anruf\w*|rufen|erreich\w*|ll[aá]m\w*|chiam\w*|richiam\w*"
    r"|lig(?:a|ar|ue|ou)|bel|bellen|appel\w*|rappel\w*|joindre|contact\w*|kontakt\w*|soita\w*"
)
_NOT_REF = re.compile(
    r"(?i)\b(?:service\w*|servizio|serviço|dienst\w*|care|support|hotline|helpline|line|desk"
    r"|manager|advis[oe]r|berater\w*|betreuer\w*|team|cent(?:er|re|ro)|zentrale|assistance|agent"
    r"|conseill\w*|gestor|asesor|referente|officer|my|mi|mio|mon|ma|mein\w*|min|mijn|meu|minha"
    r"|our|unser\w*|notre|nuestro|nostro"
    # phone words and calling verbs
    r"|t[ée]l\w*|tfno|tfn|tlf|\w*phone\w*|fon|mobil\w*|m[óo]vil|cel|cell\w*|celular|handy|natel"
    rf"|gsm|whatsapp|fax|sms|puh\w*|ring\w*|belt|{_CALL_VERBS}|pod numerem|n[åa] meg)\b"
)
# a chat's speaker label, not a number's: "Customer: 020 3506 2598", "<Customer> +1 306 ..."
_SPEAKER = re.compile(
    r"(?i)(?:customer|client|cliente|kunde|kund|klant|klient|asiakas|patient|paciente|member|student"
    r"|employee|socio)s?[:>]\s*"
)


def _names_reference(label: str) -> bool:
    return not _NOT_REF.search(label)


def _after_reference(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    m = _REF_LABEL.search(text, max(0, start - 50), start)
    speaker = m and _SPEAKER.match(m[0])
    if speaker and not any(c.isalpha() for c in text[line_start : m.start()]):
        # a chat's speaker ("Customer: 020 ...", "[16:55] Kunde: ..."): the label may follow it
        m = _REF_LABEL.search(text, m.start() + speaker.end(), start)
    if not m:
        return False
    # the words before the label in its sentence count too: "call me about my order? 614 ..."
    before = text[max(line_start, m.start() - 30) : m.start()]
    before = before[max(before.rfind(c) for c in ".!?0123456789") + 1 :]
    return _names_reference(before + m[0])


# a digit run inside an IBAN-shaped token (a wrong checksum is no IBAN, but no card or phone)
_IBAN_PREFIX = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){0,7} ?$")
BARE_REGIONS = ("PT", "ES", "IT", "FR", "CH", "AT", "NL", "BE", "PL", "CL", "CZ")
# ten or eleven digits in one block: Brazil ("11922447372", DDD + 9 + eight) and India
BARE_LONG_REGIONS = ("BR", "IN")
# eight digits, no trunk 0: Denmark and Norway ("67 06 54 52", "6870 7706", "26777498")
BARE_8_REGIONS = ("DK", "NO")
# how these numbers are printed: 912 345 678, 912-345-678, 699 49 11 79; 67 06 54 52
_BARE_SHAPE = re.compile(
    r"\d{3}([ .-])(?:\d{3}\1\d{3}|\d{2}\1\d{2}\1\d{2})|\d{2}( )\d{2}\2\d{2}\2\d{2}"
    r"|\d{3} \d{2} \d{3}|\d{2} \d{3} \d{4}"  # Norwegian "962 14 976", Portuguese "21 331 6315"
)
# a serial number a sentence names before the digits: "the serial number on the back reads",
# "le numéro de série de la carte SIM est", "die SIM-Seriennummer lautet", "IMEI:"
_SERIAL_WORD = re.compile(
    r"(?i)\b(?:serial|s[ée]rie|seriale|seriennummer|serienummer|serienr|seryjny|imei|iccid"
    r"|sériové|výrobní)\b"
    r"([^\n\d.!?;]{0,45})$"
)


# (whole words: "Bestellung" and "Zugestellt" hold "tel", "bestelling" holds "ring")
_CALL_WORD = re.compile(
    r"(?i)\b(?:tel(?:e\w*)?|tlf|\w*phone|mobil\w*|móvil|call\w*|ring(?:e|er)?|whatsapp|fax"
    r"|handy|cel(?:l|ular)?|ll[aá]m\w*|chiam\w*|lig(?:a|ar|ue|ou)(?:-me)?|når meg|nå meg"
    r"|fange mig|nummer(?:et)?)\b"  # Nordic: "Dere når meg på ...", "mit nummer"
)


def _opens_line(text: str, start: int) -> bool:
    """Only blanks or quote marks ("> ") stand before `start` on its line."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t>")


def _rest_of_line(text: str, end: int) -> str:
    line_end = text.find("\n", end)
    return text[end : len(text) if line_end < 0 else line_end]


def _alone_on_line(text: str, start: int, end: int) -> bool:
    return _opens_line(text, start) and not _rest_of_line(text, end).strip(" \t.<>/p")


# (a device word may sit between: "L'IMEI del telefono è ...", "IMEI-nummer van de telefoon is")
_CALL_VERB = re.compile(rf"(?i)\b(?:{_CALL_VERBS})\b")


def _after_serial(text: str, start: int) -> bool:
    m = _SERIAL_WORD.search(text, max(0, start - 60), start)
    return bool(m) and not _CALL_VERB.search(m[1])


def _bare_phone_ok(text: str, m: re.Match, columns: _Columns | None = None) -> bool:
    import phonenumbers

    digits = "".join(c for c in m[0] if c.isdigit())
    if not 8 <= len(digits) <= 11 or _DATE_SHAPE.match(m[0]):
        return False
    if _context_before(text, m.start(), _ID_WORD_RIGHT_BEFORE, 30):
        return False  # "bestelling 58167330", "order 87462899"
    shaped = bool(_BARE_SHAPE.fullmatch(m[0]))
    in_column = columns is not None and columns.is_phone(m.start(), m.end())
    alone = _alone_on_line(text, m.start(), m.end())  # a signature's or a form's number line
    called = False
    if len(digits) == 8 and not shaped:
        # eight digits in one block are ids as often ("quote 93833860", "Mitgliedsnummer
        # 75014402", "facture 2024-7686"): a phone only right after a word for calling, on its
        # line, alone on its line or in a phone column
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        called = bool(_CALL_WORD.search(line[-20:]))
        if re.match(r"(?:19|20)\d\d\D", m[0]) or not (in_column or alone or called):
            return False
    if _context_before(text, m.start(), _ID_WORD, 30) or _after_serial(text, m.start()):
        return False
    if _after_reference(text, m.start()):
        return False
    if columns is not None and columns.is_id(m.start(), m.end()):
        return False
    if not (shaped or in_column or alone or called):
        if not _context_before(text, m.start(), _PHONE_WORD, 40):
            return False
    regions = {8: BARE_8_REGIONS, 9: BARE_REGIONS}.get(len(digits), BARE_LONG_REGIONS)
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


# a CSV/TSV export's phone column: "Telefon;IBAN" over "48 73 51 08;DK17..."
_PHONE_HEADERS = frozenset(
    "phone|telephone|tel|tel.|mobile|mobil|cell|cellphone|telefon|telefone|teléfono|telefono"
    "|telefoon|telefoonnummer|telefonnummer|mobilnummer|handy|móvil|movil|celular|whatsapp"
    "|phone number|mobile number|cellulare|gsm|contact number|telemóvel|telemovel".split("|")
)
_PHONE_HINTS = ("phone", "tel", "mob", "cell", "handy", "móvil", "movil", "celular", "gsm", "whats")
# ... and columns of ids, whose digit groups are never phones: "SKU,Product" over "023.638.84,..."
_ID_HEADERS = frozenset(
    "sku|ean|gtin|upc|id|order|order id|order no|order number|invoice|invoice no|ref|reference"
    "|code|article|artikel|artikelnr|art nr|item|item no|serial|serial no|imei|tracking"
    "|tracking no|customer id|customer no|account no|policy|policy no|contract|nf e|nota fiscal"
    "|pedido|bestellnummer|kundennummer|referencia|référence|riferimento|codice|réf.|ref.|réf"
    "|folio|código|artikelnummer|art. nr.|varenummer|varenr.|index|indeks".split("|")
)
_ID_HINTS = ("sku", "ean", "gtin", "upc", "id", "order", "invoice", "ref", "code", "codice")
_ID_HINTS += ("artikel", "article", "item", "serial", "imei", "track", "policy", "contract")
_ID_HINTS += ("nf", "nota", "pedido", "nummer", "account", "réf", "folio", "código", "varen")
_ID_HINTS += ("index", "indeks")
_ID_HINTS += (*_REF_WORDS.split("|"), *_REF_COMPOUNDS.split("|"), "numero", "nr")
# any other header naming a reference: "contract no", "Mietvertrag", "Asiakasnumero"
_REF_HEADER = re.compile(rf"(?i)(?:[\w.]+ ){{0,2}}(?:{_REF_CORE})(?: [\w.#°]+){{0,2}}")


class _IdHeaders:
    def __contains__(self, header: str) -> bool:
        return header in _ID_HEADERS or bool(
            _REF_HEADER.fullmatch(header) and _names_reference(header)
        )


_CELL_EDGE = ",;\t|\n"
# a whole cell of a phone column: digits in groups, maybe a "+" (commas are cell separators)
_PHONE_CELL = re.compile(r"\+?\(?\d[\d ()./-]{6,18}\d")


def _phone_spans(text: str) -> Iterable[Span]:
    columns = _Columns(text)
    found = []
    for m in _PHONE.finditer(text):
        if (
            _phone_ok(m[0], PHONE_REGIONS)
            and not _context_before(text, m.start(), _IBAN_PREFIX)
            and not _context_before(text, m.start(), _ID_WORD, 30)  # "SIRET 033 282 508 04542"
            and not _context_before(text, m.start(), _ID_WORD_RIGHT_BEFORE, 30)
            and not _after_serial(text, m.start())
            and not _after_reference(text, m.start())
            and not columns.is_id(m.start(), m.end())
            # nine digits in one block ("061716777"): a phone only after a phone word
            and (
                len(m[0]) != 9
                or _context_before(text, m.start(), _PHONE_WORD, 40)
                or columns.is_phone(m.start(), m.end())
            )
        ):
            found.append(m.span())
    for m in _PHONE_BARE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in found) and _bare_phone_ok(
            text, m, columns
        ):
            found.append(m.span())
    for start, end in columns.phone_cells():  # "Nome,Telefone" over "...,224313282,..."
        if _PHONE_CELL.fullmatch(text, start, end) and not any(
            a < end and start < b for a, b in found
        ):
            if _phone_ok(text[start:end], PHONE_REGIONS):
                found.append((start, end))
    return found


class _Columns:
    """A table's phone and id columns, found only when a number needs them."""

    def __init__(self, text: str):
        self.text = text
        self._phone: set[Span] | None = None
        self._ids: set[Span] | None = None

    def phone_cells(self) -> set[Span]:
        if self._phone is None:
            text = self.text
            has_table = "\n" in text
            self._phone = set(_table_cells(text, _PHONE_HEADERS, _PHONE_HINTS) if has_table else ())
        return self._phone

    def is_phone(self, start: int, end: int) -> bool:
        return (start, end) in self.phone_cells()

    # 10 lines: a length count that runs to the next `def` also takes in the address patterns below
    def is_id(self, start: int, end: int) -> bool:
        """The number is a whole cell under an id header ("SKU", "NF-e", "Order ID")."""
        text = self.text
        before = text[max(0, start - 4) : start].rstrip(' "')[-1:]  # "| 023.638.84 |", '\t"0234"'
        after = text[end : end + 4].lstrip(' "')[:1]
        if (before and before not in _CELL_EDGE) or (after and after not in _CELL_EDGE):
            return False  # not a cell of its own: cheaper than finding the columns
        if self._ids is None:
            self._ids = set(_table_cells(text, _IdHeaders(), _ID_HINTS))
        return (start, end) in self._ids


# capital and small letters: Latin-1 and Latin Extended-A (Polish "Ł", "Ż", Czech "Č", "ő"...)
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_LOW = "a-zßà-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.islower())

# --- street addresses (best effort) ---------------------------------------------------------------
# Street types are the real-world lists: USPS Publication 28 suffixes (en_US), the Australia Post /
# NZ Post street types (en_AU, en_NZ), Brazilian logradouro types (pt), as Faker ships them; the
# Romance-language street words that come first ("Via Roma 12", "12 rue de la Paix"); German and
# Dutch streets by their compound endings. Word repetitions are bounded ({0,4}) so matching stays
# linear on long capitalised text. Street words are case-insensitive (all-caps delivery notes).
_CAP = rf"[{_UP}][\w'’.-]*"
_LINK = (
    r"(?:da|de|do|dos|das|del|della|dei|degli|delle|di|du|des|la|le|los|las|von|der|am|an|of|the)"
)
_WORDS = rf"{_CAP}(?:[ -](?:{_CAP}|{_LINK})){{0,4}}"
_DE_STREET_ENDINGS = (
    "straße strasse str. weg allee platz gasse ring damm ufer chaussee steig pfad markt hof straat"
    " laan plein gracht kade singel dijk steeg baan boulevard dreef pad gürtel kai zeile"
    " gatan vägen gränd torget stigen backen allén"  # Swedish: "Storgatan 12", "Ringvägen 100B"
    # Danish and Norwegian: "Nørregade 48", "Møllevej 7", "Storgata 5", "Kirkeveien 12"
    " gade vej vejen stræde torv plads vænget vænge gata gate gt. veien vegen vei veg plass torg"
    # Finnish: "Kauppakatu 64", "Puuskapolku 2", "Haaksibulevardi 152"
    " katu tie polku kuja bulevardi väylä kaari rinne ranta raitti aukio tori"
).split()
_DE_STREET_END = "(?i:" + "|".join(map(re.escape, _DE_STREET_ENDINGS)) + ")"
_DE_STREET = rf"[\wÄÖÜäöüß.-]*{_DE_STREET_END}"
# a German street written as its own words: "Kärntner Straße 5", "Am Alten Markt 3"
_DE_STREET_WORD = (
    r"(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Markt|Gürtel|Kai|Zeile"
    r"|Allé|Vej|Plads|Torv)"  # "Frederiksberg Allé 122"
)
# 12, 12a, 104 c, 7/3, 186/C, 27-III, 42 bis, S/N (sem número)
_HOUSE_NO = (
    r"(?:\d{1,5}(?:[A-Za-z]| [a-h](?![\w'’]))?"
    r"(?:[/-](?:\d{1,5}[A-Za-z]?|[IVX]{1,4}\b|[A-Z]\b)){0,2}"
    r"(?:/Top ?\d{1,4})?(?: (?:bis|ter|quater)\b)?(?:[ -]\d{1,2}-hoog\b|-huis\b|-(?i:hs)\b)?"
    r"|(?i:S/N|s\.n\.))"
)
# a city after its postcode: capitalised words, with the links place names use ("an der")
_CITY = (  # never a phone label: "Brighton BN1 1SY\nTel 07789 ..." ends at the postcode
    r"(?!(?:Tel|Tél|Tlf|Tfno|Fax|Mob|Mobile|Cell|Phone|Handy|Mobil|[TMF])\b)"
    rf"(?:Co\. )?[{_UP}][\w'’-]*(?:[ -](?:[{_UP}(][\w'’()-]*|an der|am|an|im|bei|de"
    r"|da|do|dos|das|del|di|sur|sous|en|la|le)){0,3}"
)
_POSTCODE = (
    r"(?:[A-Z]{2} \d{5}(?:-\d{4})?"  # US state + ZIP
    r"|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"  # UK postcode
    r"|(?:[A-Z]{2},? {1,2})?[A-Z]\d[A-Z] ?\d[A-Z]\d"  # CA province + postal code
    r"|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),? \d{4}"  # AU state + postcode
    r"|[AC-FHKNPRTV-Y]\d[\dW] ?[0-9AC-FHKNPRTV-Y]{4}(?!\w)(?: [A-Z][\w'’-]*){0,2}"  # IE Eircode
    r"|(?:CEP )?\d{5}-?\d{3}(?!\d)(?: [^,\n/\t|;]{2,40}(?: ?/ ?[A-Z]{2})?)?"  # BR CEP (+ city / UF)
    rf"|\d{{4}}-\d{{3}} {_CITY}"  # PT código postal + city
    rf"|\d{{4}} ?[A-Z]{{2}} {{1,2}}{_CITY}"  # NL postcode + city
    rf"|(?:[A-Z]{{1,2}}-)?\d{{4,5}} {_CITY}(?: CEDEX(?: \d{{1,2}})?)?"  # DE/FR/ES/IT, AT/CH/BE/DK
    rf"|\d{{2}}-\d{{3}} {_CITY}"  # PL: 20-001 Lublin
    rf"|(?:SE-)?\d{{3}} \d{{2}} {_CITY}"  # SE: 211 22 Malmö
    rf"|\d{{7}} {_CITY}"  # CL: 7500000 Providencia
    rf"|(?:[A-HJ-NP-Z]\d{{4}}[A-Z]{{3}}|\(\d{{4}}\)) {_CITY}"  # AR: C1425MTK CABA, (7600) Mar...
    r"|\d{5}(?:-\d{4})?(?!\d))"  # a ZIP after a state the words above already took
)
# unit, floor and building words (longest first, so "Apartment" is not read as "Apt" + "artment")
_UNIT_WORD = (
    r"(?:(?i:Apartment|Appartement|Wohnung|Interno|Stiege|Studio|Escalera|Bloco|Level|Floor|Suite"
    r"|Scala|Andar|Apto\.?|Appt\.?|Room|Unit|Flat|Sala|Casa|Piso|Stock|Boîte|Whg\.?|Bât\.?|Apt\.?"
    r"|Torre|Oficina|Local|Ap\.|Conj\.?|Cj\.?|Bl\.?"
    r"|Ste\.?|Esc\.|Int\.|Top|Bus|Bte|hs|Puerta|Porta|Deur|Tür|Piano|Depto\.?|Dpto\.?"
    r"|Bâtiment|Escalier)|OG|EG"
    r"|App\.|#)"
    r"(?![^\W\d_])"  # a whole word: "Stevenson" is no "Ste" + "venson"
)
# a unit written after the number, as an abbreviation and its number: Polish "m. 66", "lok. 23",
# Swedish "lgh 602", "2 tr" (floor), Spanish "of. 171", Italian "app. 11", "4° piano"
_UNIT_ABBR = (
    r"(?:(?i:lgh|app|block|bte)\.? ?|(?i:of|m|lok|as)\. ?)\d{1,5}[A-Z]?"
    r"|\d{1,2}(?:[°º.]|e|er|ème)? ?(?i:piano|piso|andar|étage|etage|tr|OG|Stock)\b"
    # Danish floor and door: "1. tv.", "st. th.", "2. mf.", "kl."; Norwegian flat "H0302"
    r"|(?:\d{1,2}\.|st\.|kl\.) ?(?:tv|th|mf)\b\.?|st\.(?=,)|kl\.(?=,)|H\d{4}\b"
)
# after the number, without a value: "hs" (Dutch ground floor), "bajo", "6º A", "puerta 2"
_UNIT_TAIL = (
    r"(?:(?i:hs|bajo|bajos|entresuelo|ático|rdc|rez-de-chaussée|r/c|hinterhaus|vorderhaus"
    r"|seitenflügel|gartenhaus|hochparterre|souterrain)\b"
    r"|\d{1,2}\.?º(?: ?[A-Z]\b| \d{1,2}ª)?"
    r"(?: (?i:izda|dcha|izq|der|izquierda|derecha|dto|dt|esq|andar|frente)\b\.?)?"
    r"|b ?\d{1,4}\b|RD \d{1,2}\b"
    r'|\d{1,2}° ?"?[A-Z]"?(?!\w)|PB(?: [A-Z]\b)?'  # Argentine floor and flat: 12° "A", PB B
    r"|[A-H](?: \d{1,3})?(?![\w.-])"  # Finnish staircase and flat: "Puuskapolku 2 D 23"
    rf"|{_UNIT_ABBR})"
)
# a country line closing an address block
_COUNTRY = (
    r"(?:Canada|España|Spain|Italia|Italy|Österreich|Austria|Nederland|The Netherlands|France"
    r"|Deutschland|Germany|Belgique|België|Belgium|Schweiz|Suisse|Svizzera|Switzerland|Portugal"
    r"|Brasil|Brazil|United Kingdom|UK|USA|United States|Australia|New Zealand|Ireland|Éire"
    r"|México|Mexico|India|South Africa|Philippines|Sverige|Sweden|Polska|Poland|Colombia|Chile"
    r"|Argentina|Danmark|Denmark|Norge|Norway|Suomi|Finland|Netherlands)(?!\w)"
)
_CITY_UF = rf"[{_UP}][\w'’ -]{{1,40}}? ?[-/] ?[A-Z]{{2}}\b"  # Brazil: "Campinas - SP", "Belém/RN"
_MILITARY = r"(?:PSC|Unit|USNS|USNV|USS|CMR) \d+, Box \d+, [AFD]PO A[AEP] \d{5}"
# post-office boxes, in the words each country prints
_PO_BOX = (
    r"(?:(?i:P\.? ?O\.? Box|Post Office Box|Postfach|Caixa Postal"
    r"|Apartado(?: de [Cc]orreos| Aéreo| Postal)?"
    r"|Casilla(?: de [Cc]orreos?)?|C\.C\.|Skrytka pocztowa"
    r"|Apdo\.|Casella Postale|C\.P\.|Boîte Postale|B\.P\.|Postbus|GPO Box|Locked Bag"
    r"|Private Bag|Post Box No\.|Case postale)|BP|CS|CP|TSA)"
    r" \d{1,6}(?: \d{2,4}){0,2}"
)
# streets whose type comes first, number after: Rua/Via/Calle/Avenida... (and "12 rue de ...")
_ROMANCE_WORDS = (
    "Via Viale Piazza Piazzale Corso Vicolo Strada Contrada Borgo Rotonda Incrocio Stretto Canale"
    " Calle C/ C. Avenida Avda. Avda Paseo Plaza Pza. Camino Carretera Ctra. Ronda Vial Travesía"
    " Glorieta Rambla Carrer Passeig Urbanización Callejón Cañada Acceso Pasaje Cuesta Pasadizo"
    " C.so V.le P.za P.zza L.go Laan Pl. P.º Pº Tv. Bv. Bvd. Pje. Diag."
    # French and Swiss streets written type first, number after: "Avenue de la Gare 86"
    " Rue rue Avenue avenue Chemin chemin Ch. Route route Boulevard boulevard Place Allée allée"
    " Impasse impasse Quai quai Sentier"
    # Polish: ulica, aleja, plac, osiedle; Colombian street types (_COLOMBIAN)
    " ul. al. pl. os. Carrera Cra. Cra Kr. Kr Cl. Cll Diagonal Dg. Transversal Tv"
).split()
_FR_STREET = (
    r"(?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|square"
    r"|faubourg|passage|rond-point)"
)


# prefilters: the unit-led and the German/Dutch alternatives cannot match without one of these
# words (cheaper than letting the full pattern try them at every position)
_UNIT_TOKENS = frozenset(
    "apt apartment appartement suite ste unit flat studio level floor room apto bloco sala casa"
    " andar piso top stiege stock whg wohnung bus boîte bte appt interno int esc escalera scala"
    " bât hs og eg puerta porta deur tür piano étage depto dpto bâtiment escalier"
    " ap conj cj bl".split()
)
_TOKENS = re.compile(r"[^\W\d_]+")  # letters only: "Apt4B" holds "apt"
# ... and a street of any name with its number after it needs a postcode + city line after it
_POSTCODE_LINE_HINT = re.compile(
    r"(?:, |\n)(?:(?:[A-Z]{1,2}-)?(?:\d{4} ?[A-Z]{2}|\d{4,7}|\d{2}-\d{3}|\d{3} \d{2})"
    rf"|[A-HJ-NP-Z]\d{{4}}[A-Z]{{3}}|\(\d{{4}}\)) [{_UP}]|[{_UP}]\w* \(\d{{4}}\)"
)
_DE_STREET_HINT = re.compile(
    "(?:" + "|".join(map(re.escape, _DE_STREET_ENDINGS)) + r") (?:\d|s/n|s\.n\.)"
)


# a unit or floor before the street: "Apt 4B 12 Main St", "Appartement 4\nChemin Joly 1", "Bât. B,
# esc. 2\n3 rue Blanchet", "2e étage, Route de Berne 9" (one group: the case-insensitive unit words
# are the slow part of the pattern, so they are tried once per position, not once per street shape)
_UNIT_PREFIX = (
    rf"(?:{_UNIT_WORD}\s?(?:\w*\d\w*|[A-Z]{{1,2}}\b),?\s(?:{_UNIT_WORD} \w+,?[ \n])?"
    r"|\d{1,2}(?:e|er|ème|\.?º) (?i:étage|andar|piso|Stock), )"
)
# a street's name after its type: capitalised words, numbers ("Rua 25 de Março") and the small
# words names hold; no other lower-case word ("rue Nationale à Paris est ouvert le 15" is a
# street and a sentence) and no sentence end, only a short abbreviation's dot ("S.", "Dr.")
_STREET_TOKEN = rf"[{_UP}0-9](?:[^\s,/;:().!?]|(?<=\b\w)\.|(?<=\b\w\w)\.|(?<=\b\w\w\w)\.)*"
_STREET_NAME = (
    rf"[{_UP}][^\s,/;:().!?]*\.?"
    rf"(?: (?:{_STREET_TOKEN}|{_LINK}|dello|d['’]\w+|l['’]\w+|y|e|ao|à|el|al)){{0,7}}?"
)
# India: "Flat No. 562, Lotus Towers", "H.No. 11-8-355, Road No. 8", "Plot 302, Sector 13";
# a bare "No. 138b" only where no word comes before it ("Order No. 12345, Customer" is none)
_INDIAN = (
    r"|(?:(?i:Flat|House|Door|Plot|Shop|Office) No\.|H\. ?No\.|(?<!\w )No\.|Plot|Flat)"
    rf" ?\d{{1,5}}[A-Za-z]?(?:-\d{{1,4}}){{0,3}}(?:, |\n)(?:\d{{1,3}}(?:st|nd|rd|th) )?"
    rf"{_WORDS}(?: \d{{1,4}}\b)?"
)
# Indian PIN: "Chennai - 600 946", "Kochi, Kerala 682843"
_PIN = rf"{_CITY}(?:, {_WORDS})?(?: -|,)? \d{{3}} ?\d{{3}}(?!\d)"
# ... after a house number and a name alone: "40 Grewal, Kalyan-Dombivli 819435, Odisha"
_INDIAN += rf"|{_HOUSE_NO},? {_CAP}(?=, {_PIN})"
_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th) )?"  # "2nd Main Road"
# a locality line of a block: "Rathmines", "Dublin 8", "2nd Main Rd, Navrangpura", "T. Nagar"
_LINE = (
    rf"{_ORDINAL}(?:[A-Z]\. |(?:Brgy\.|Bgy\.|Barangay|Barrio|Col\.) )?{_CITY}"
    rf"(?: \d{{1,2}}[A-Z]?)?(?:, {_WORDS})?"
)
# any street, number after it, then a postcode and city: "Kouter 106\n1093 Brussel"
# (units between: "Kouter 106 bus 3", "Storgatan 12, lgh 602, 211 22 Malmö", "ul. Lipowa 7 m. 9,
# 85-001 Bydgoszcz"; postcodes of 4-7 digits, NL "1015 DX", PL "20-001", SE "211 22")
_EUROPEAN = (
    rf"|{_WORDS} (?:N[°º] )?{_HOUSE_NO}(?=(?: b ?\d{{1,4}}| bus \d{{1,4}}| {_UNIT_ABBR}"
    rf"|(?:, |\n| )(?:{_UNIT_WORD}\.? ?[\w.]+|{_UNIT_ABBR})"
    rf"|,? \d{{1,2}}° ?\"?[A-Z]\"?|, PB(?: [A-Z])?){{0,3}}"
    rf"(?:, |\n)(?:(?:[A-Z]{{1,2}}-)?"
    rf"(?:\d{{4}} ?[A-Z]{{2}}|\d{{2}}-\d{{3}}|\d{{3}} \d{{2}}|\d{{4,7}})"
    # Argentina: "Florida 371, (1043) CABA", "Mitre N° 1099, B7600RWZ Mar del Plata"
    rf"|[A-HJ-NP-Z]\d{{4}}[A-Z]{{3}}|\(\d{{4}}\)) {_CITY}|(?:, |\n){_CITY} \(\d{{4}}\))"
)
# Colombia: "Calle 45 # 12-34", "Cra. 105B # 98B-57", "Av. Carrera 11 N° 11A-95"
# (a quadrant after either number, "Calle 64M Sur # 9-33 Este"; a named one, "Av. Córdoba # 38-82")
_QUADRANT = r"(?: (?:Sur|Este|Norte|Oeste)\b)?"
_COLOMBIAN = (
    r"|(?:Av\.? |Avenida )?(?:[Cc]alle|Cll?\.?|[Cc]arrera|Cra\.?|Kr\.?|Cr\.|Diagonal|Dg\.?"
    r"|Transversal|Tv\.?|Tr\.|Avenida|Av\.) "
    rf"(?:\d{{1,3}}[A-Z]?[ªº]?(?: ?Bis)?(?: [A-Z]\b)?{_QUADRANT}|[{_UP}][{_LOW}]+)"
    r" ?(?:#|No\.?|N[°º]\.?) ?"
    rf"\d{{1,3}}[A-Z]?(?: ?Bis)? ?- ?\d{{1,3}}[A-Z]?\b{_QUADRANT}"
)
# Philippine block and lot: "B12 L43 Cordillera Street", "Block 24 Lot 77 Rogers Village Phase 9"
_PH_LOT = (
    rf"(?:B|Blk\.?|Block) ?\d{{1,3}},? (?:L|Lot) ?\d{{1,3}},? {_ORDINAL}{_WORDS}(?: \d{{1,3}}\b)?"
)
# a locality after a comma: capitalised words without digits ("Navrangpura", "Santa María la
# Ribera"), so a reference number after the address ("Sendungsnummer JJD0140...") is not taken
_ALPHA_CAP = rf"[{_UP}][{_UP}{_LOW}'’.-]*(?![\w-])"
_PLACE_NAME = rf"{_ALPHA_CAP}(?:[ -](?:{_ALPHA_CAP}|{_LINK})){{0,4}}"
# what may follow a street: units, floors, PO boxes, postcodes and cities, locality lines
_ADDRESS_TAIL = (
    rf"(?:(?:,? |, ?\n|\n| - )(?:{_UNIT_WORD} ?\w+(?:\.\d+)?"
    r"|\d{1,2}(?:\.|e|er|ème)? ?(?:OG|Stock|Etage|étage|piso)(?: (?:links|rechts|Mitte)\b)?"
    rf"|(?:Col|COL)\. {_PLACE_NAME}|c/o [^,\n]{{2,50}}"  # colonia (MX), "c/o Hausverwaltung X"
    rf"|{_COUNTRY}|{_PO_BOX}"
    rf"|{_UNIT_TAIL}|{_POSTCODE}|{_CITY}(?: \d{{1,2}})?,? {_POSTCODE}"
    rf"|{_CITY_UF},? (?:CEP )?\d{{5}}-?\d{{3}}|{_CITY} \(?\d{{4}}(?:\d{{2}})?(?!\d)\)?|{_PIN}"
    rf"|{_CITY}, {_PLACE_NAME} \d{{4}}(?!\d)"  # Philippines: "Cainta, Rizal 1900"
    rf"|{_CITY_UF}(?=\n(?:CEP )?\d{{5}}-?\d{{3}})"
    # a line (or two) of locality names, then the postcode line: Irish, Indian blocks
    rf"|{_LINE}(?=\n(?:{_LINE}\n){{0,2}}"
    rf"(?:{_POSTCODE}|{_CITY},? {_POSTCODE}|{_CITY} \d{{4}}|{_CITY_UF}|{_PIN}"
    rf"|{_CITY}, {_PLACE_NAME} \d{{4}}(?!\d)))"
    # a Brazilian bairro before "City - UF" or the CEP: "- Jardim Botânico, Belém - PA, 66593-327"
    rf"|{_PLACE_NAME}(?=(?:,? - |, |\n){_CITY_UF}|, (?:CEP )?\d{{5}}-\d{{3}}\b)"
    rf")|, (?:{_ORDINAL}{_PLACE_NAME}(?: \d{{1,4}}(?![\w.]|,\d))?|{_UNIT_WORD} ?\w+"
    rf"|\d{{1,4}} {_PLACE_NAME}(?=, ))){{0,5}}"  # "Sai Residency, 177 Minhas Ganj, Gulbarga ..."
)


@cache
def _lead_words() -> list[str]:
    """The street words that come before the name: Brazilian and Mexican street types (as Faker
    ships them: "Privada", "Andador", "Circunvalación") and the Portuguese, Spanish and Italian
    ones."""
    from faker.providers.address.es_MX import Provider as MxAddress
    from faker.providers.address.pt_BR import Provider as BrAddress

    return [
        *BrAddress.street_prefixes,
        *MxAddress.street_prefixes,
        "R.",
        "Av.",
        "Av",
        "Pç.",
        "Trav.",
        "Alameda",
        *_ROMANCE_WORDS,
    ]


@cache
def _lead_tokens() -> frozenset[str]:
    """The first word of every lead street word and of the Colombian street types: a text
    without any of them cannot match the `leads` alternatives."""
    colombian = ("calle", "cl", "cll", "carrera", "cra", "kr", "cr", "diagonal", "dg")
    colombian += ("transversal", "tv", "tr", "avenida", "av")
    return frozenset(_TOKENS.findall(w.lower())[0] for w in _lead_words()) | frozenset(colombian)


@cache
def _address_regex(
    reference: bool = False,
    units: bool = True,
    german: bool = True,
    leads: bool = True,
) -> re.Pattern:
    """The address pattern; `reference` is its plain form, which FAST=False uses (tests compare).

    In "Hauptstraße 5" the plain form reads `_CAP` then `_DE_STREET`, two stars over the same
    letters (every character `_DE_STREET`'s class takes, `_CAP`'s takes too): it backtracks
    quadratically in each capitalised word. `_CAP` straight before the street ending matches the
    same strings and, trying the same lengths longest first, returns the same matches. The fast
    path also leaves out the alternatives a text cannot match (`units`, `german`: number after the
    street name, `leads`: see
    `_address_spans`); the order of the rest, and so every match, stays the same. Each variant
    compiles once per process (~50 ms: the pattern is large), on first use.
    """
    from faker.providers.address.en_AU import Provider as AuAddress
    from faker.providers.address.en_NZ import Provider as NzAddress
    from faker.providers.address.en_US import Provider as UsAddress

    def alternatives(words: set[str]) -> str:  # a trie: "Street(?:s)?" tries "Streets" first
        words |= {w.upper() for w in words}  # and as all-caps delivery notes write them
        return "(?:" + _trie(words) + ")"

    en_words = {*UsAddress.street_suffixes, *AuAddress.street_suffixes, *NzAddress.street_suffixes}
    en = alternatives(
        en_words
        | {"St", "Rd", "Ave", "Dr", "Blvd", "Ln", "Cres", "Pde", "Tce", "Hwy", "Pl", "Ct", "Ter"}
        | {"Cir", "Pkwy", "Sq", "Hts", "Trl"}  # USPS abbreviations
        | {"Nagar", "Zila", "Ganj", "Path", "Marg", "Chowk", "Circle"}  # India: "46 Dasgupta Marg"
    )
    lead = (
        rf"{alternatives(set(_lead_words()))} "
        r"(?:(?i:d[aeo]s?|del|della|delle|degli|dello|dei|di|de la|de los|van der|van den|van de"
        r"|van|Dr\.|Dra\.) ){0,2}"
    )
    romance = (
        rf"|{lead}(?:{_STREET_NAME},? (?:(?i:n\.?[º°o]\.? ?)|#)?{_HOUSE_NO}\b"
        # no number, but a Brazilian/Portuguese postcode follows: an address, not a street name
        rf"|{_WORDS}(?=(?:, {_WORDS}){{0,2}},? \d{{4,5}}-?\d{{3}}\b))"
    )
    en_street = (  # "27 Mill Rd South", "163 Albert Lane E", "1942 87th Street"
        rf"{_HOUSE_NO},? (?:{_ORDINAL}{_WORDS}|\d{{1,3}}(?:st|nd|rd|th)) {en}\b\.?"
        r"(?: (?:North|South|East|West|[NS][EW]?|[EW])\b)?"
        rf"(?: {_UNIT_WORD} \w+)?"
    )
    english = rf"|{en_street}|{_PH_LOT}"
    # "5 rue de la Paix", "Appartement 51, 185, rue Michel", "Bât. B, esc. 2\n3 rue Blanchet"
    fr_street = rf"{_HOUSE_NO},? {_FR_STREET} (?:(?i:de la|de l'|du|des|de|d')\s?)?{_WORDS}"
    french = rf"|{fr_street}"
    # any street after a unit; "Apt 56, The Maltings, 375 Doherty Street" (a building name first)
    unit_led = (
        rf"|{_UNIT_PREFIX}(?:{en_street}|{_WORDS}(?:, |\n){en_street}|{_WORDS} {en}\b"
        rf"{romance if leads or reference else ''}{french})"
    )
    german_streets = (
        rf"|{_CAP}{_DE_STREET if reference else _DE_STREET_END} {_HOUSE_NO}"
        rf"|(?:{_CAP}-)+{_DE_STREET} {_HOUSE_NO}"
        rf"|{_CAP} {_DE_STREET_WORD} {_HOUSE_NO}"
        # a Nordic street named in the genitive: "Karl Johans gate 5", "Olav Kyrres gt. 9"
        rf"|(?:{_CAP} )?{_CAP}s (?:gate|gata|gt\.|vei|veien|vej|gade|plass|plads) {_HOUSE_NO}"
        rf"|(?:{_CAP} )?{_CAP}n (?:tie|katu|kuja|polku) {_HOUSE_NO}"  # Finnish: "Ylä-Fallin tie 5"
    )
    # without unit words, every alternative starts with a digit, a capital, "#", "p"/"P" (a PO
    # box: its words are case-insensitive), "s" (S/N) or a small letter a street word opens
    # ("rue", "chemin", "quai", "impasse"...): other positions are refused at once
    small = "rqiuo" if leads else ""
    first = "" if reference or units else rf"(?=[0-9{_UP}#pPsSlLcCaAbBgG{small}])"
    return re.compile(
        rf"(?<![\w-]){first}(?:"
        rf"{_MILITARY}|{_PO_BOX}"
        rf"{unit_led if units or reference else ''}"
        rf"{english}"
        rf"{german_streets + _EUROPEAN if german or reference else ''}"
        rf"{_COLOMBIAN + romance if leads or reference else ''}"
        rf"{french}{_INDIAN}"
        rf"){_ADDRESS_TAIL}"
    )


def _address_spans(text: str) -> list[Span]:
    if FAST:
        low = _lower(text)
        tokens = set(_TOKENS.findall(low))
        pattern = _address_regex(
            units="#" in text or "App." in text or not _UNIT_TOKENS.isdisjoint(tokens),
            german=bool(_DE_STREET_HINT.search(low) or _POSTCODE_LINE_HINT.search(text)),
            leads=not _lead_tokens().isdisjoint(tokens),
        )
    else:
        pattern = _address_regex(reference=True)
    found = []
    for m in pattern.finditer(text):
        if _YEAR_COMMA.match(m[0]) and _context_before(text, m.start(), _MONTH_BEFORE, 12):
            continue  # "On 2 Jun 2024, Brian Ford wrote": a date, then a name
        found.append(_trim(text, *m.span(), chars=".,;:!? \n"))
    return _outside_product_and_place_cells(text, found)


_YEAR_COMMA = re.compile(r"(?:19|20)\d\d,")
_MONTH_BEFORE = re.compile(rf"(?i)\b(?:{_MONTHS})\.? $")


# --- person names ---------------------------------------------------------------------------------
_TITLE_WORD = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Sr|Sra|Srta|Dona|Dom|Herr|Frau|Fr|Hr"
    r"|Senhora?|Doutora?|Dra|Eng|Enga|Engª|Mag|Mme|Mlle|Sig|Sigra|Dott|Dhr|Mevr|Madame"
    r"|Monsieur|Mademoiselle|Señora?|Signora?|Meneer|Mevrouw|Doña|Don|Ing|DI|Fru|Frk|Smt|Shri"
    r"|Sri)\b"
)
_TITLE = (
    rf"{_TITLE_WORD}\.?|Dipl\.-Ing\.|Ing\.|Dott\.ssa|Sig\.ra|M\.|D\.|Dña\.|mevrouw|meneer|mevr\."
    r"|dhr\.|heer|paní|pani|pan"  # Czech and Polish: "Vážená paní Králová", "pan Dušek"
)
# a capitalised token that is not a title: Smith, O'Brien, McDonald, Maria-Theresia, Müller
_NAME_TOKEN = (
    rf"(?!{_TITLE_WORD})(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?"
    rf"(?:-[{_UP}{_LOW}][{_LOW}]+)*"
)
_PARTICLE = r"(?:da|de|do|dos|das|di|del|della|van|von|der|den|zu|la|le|du|bin|al|e|Ó|Ní|Mac)"
_PARTICLE_RE = re.compile(_PARTICLE)
# a name never runs over a line break: "Jane Doe\nOffice Manager" is a name and a job title
# ... and may hold a middle initial: "Camilla A. Odescalchi"
_NAME_SEQ = (  # (nor over a tab: "Diego\tFavre" are two cells of a TSV row)
    rf"{_NAME_TOKEN}(?:[ ](?:[{_UP}]\.[ ])?"
    rf"(?:(?:van der|van den|van de|van het|von der|de la|de los|'s|{_PARTICLE})[ ])?"
    rf"{_NAME_TOKEN}){{0,3}}"
)
# strong cues only: after these a capitalised word is a name even if the gazetteer lacks it.
# Greetings take the name directly ("Hi Maria", not "Hi, Heads up"); sign-offs after a comma.
# Written as phrases: the regex is built from them, and so is the set of last words that lets
# `_cue_before` skip the regex for the many capitalised words no cue precedes.


# 2 lines: a length count that runs to the next `def` also takes in the cue tables below
def _each(firsts: str, seconds: str) -> list[str]:
    """Every "first second" pair: _each("my|our", "son|wife") -> "my son", "my wife"..."""
    return [f"{a} {b}" for a in firsts.split("|") for b in seconds.split("|")]


_RELATIVES = "father|mother|dad|mum|mom|wife|husband|son|daughter|brother|sister|partner"
_CUE_WORDS = (  # then spaces, then the name
    "hi|hello|hey|dear|olá|ola|oi|prezado|prezada|caro|cara|hallo|liebe|lieber|liebes|salut"
    "|bonjour|bonsoir|cher|chère|hola|estimado|estimada|querido|querida|buenos días|buongiorno"
    "|buonasera|ciao|gentile|hoi|beste|geachte|moin|servus|grüß gott|sehr geehrte"
    "|sehr geehrter|sehr geehrtes|my name is|name is|i am|i'm|this is|signed|spoke to"
    "|spoke with|talked to|talked with|attn|meu nome é|me chamo|sou o|sou a|falei com|ich bin"
    "|mein name ist|ich heiße|sprach mit|colleague|kollegin|kollege|kontoinhaber"
    "|kontoinhaberin|inhaber|inhaberin|titular|holder|deliver to|entregar para|lieferung an"
    "|sie erreichen|falem com|falar com|ask|atendente|agent|representative|receiver|recipient"
    "|empfänger|empfängerin|destinatário|destinatária|c/o|z. hd.|z.hd.|z. hd|ao cuidado de|a/c"
    "|check id of|ausweis von|identificação de|enviado por|avaliado por|encerrado por"
    "|bom dia|boa tarde|boa noite|guten tag|good morning|good afternoon"
    # Swedish and Polish: greetings, "my name is", "I spoke to"
    "|hej|hejsan|tjena|hallå|kära|jag heter|mitt namn är|pratade med|talade med"
    "|witam|witaj|cześć|dzień dobry|szanowny panie|szanowna pani|drogi|droga|nazywam się"
    "|mam na imię|rozmawiałem z|rozmawiałam z"
    # Danish and Norwegian
    "|kære|kjære|hei|goddag|god morgen|mit navn er|jeg hedder|jeg heter|mitt navn er|talte med"
    "|snakket med|snakkede med|re-bonjour|rebonjour|guten morgen|guten abend"
    # "I spoke with", "reply from": "Ieri ho parlato con Luchino", "schreef Madelief Schilt"
    "|parlato con|ho parlato con|parlé avec|parlé à|hablé con|he hablado con|gesproken met"
    "|conversei com|schreef|skrev|hej igen"
    # a title in small letters: "sendt til fru Johansen", "dirijan la carta al señor Tomé"
    "|fru|frk.|hr.|señor|señora|senhor|senhora|signor|signora|sig.|sra.|sr."
).split("|")
_CUE_WORDS += _each("reported|reviewed|signed|sent|written|approved|submitted", "by")
# a greeting, then a title in small letters: "Kære fru Bruun Eriksen", "Estimado/a señor Tomé"
_CUE_WORDS += _each("kære|kjære|hej|hei", "fru|frk.|hr.|hr|herr")
_CUE_WORDS += _each("estimado|estimada|estimado/a|querido|querida", "señor|señora|senor|senora")
_CUE_WORDS += _each("prezado|prezada|caro|cara", "senhor|senhora|sr.|sra.")
_CUE_WORDS += _each("gentile|caro|cara", "signor|signora|sig.|sig.ra")
_CUE_WORDS += _each("ended|closed|handled|answered", "by")
_CUE_WORDS += _each("gemeldet|bewertet|beendet|gesendet|unterschrieben", "von")
_CUE_WORDS += _each("my|our|his|her", _RELATIVES)
_CUE_WORDS += _each(
    "mein|meine|meinem|meinen|unser|unsere|unserem|unseren",
    "vater|mutter|frau|mann|sohn|tochter|bruder|schwester",
)
_CUE_WORDS += _each("meu|minha|o meu|a minha", "pai|mãe|esposa|marido|filho|filha|irmã|irmão")
_CUE_WORDS += _each("mein|meine", "partner|partnerin|freund|freundin|kollege|kollegin")
_CUE_WORDS += _each("mio|mia", "marito|moglie|figlio|figlia|fratello|sorella|padre|madre|collega")
_CUE_WORDS += _each("mon|ma", "mari|femme|fils|fille|frère|sœur|père|mère|collègue|conjoint")
_CUE_WORDS += _each("mi", "marido|esposo|esposa|mujer|hijo|hija|hermano|hermana|padre|madre|pareja")
_CUE_WORDS += _each("mijn", "man|vrouw|zoon|dochter|broer|zus|vader|moeder|partner|collega")
_CUE_WORDS += _each("meinen|meiner|meinem", "partner|partnerin|nachbarn|nachbarin|mann|frau|sohn")
_CUE_WORDS += _each("meine", "nachbarin|tochter|schwester|mutter")
_CUE_WORDS += _each("my", "neighbour|neighbor|flatmate|roommate|colleague|landlord|landlady")
_CUE_WORDS += _each("mi", "vecino|vecina|compañero|compañera|hermano|hermana")
_CUE_WORDS += _each("il mio|la mia|mio|mia", "vicino|vicina|compagno|compagna")
_CUE_WORDS += _each("meu|minha", "vizinho|vizinha|colega")
_CUE_WORDS += _each("mijn", "buurman|buurvrouw|huisgenoot")
_CUE_WORDS += _each("mon|ma", "voisin|voisine|colocataire")
_CUE_WORDS += _each("min", "man|fru|son|dotter|bror|syster|pappa|mamma|granne|kollega|sambo")
_CUE_WORDS += (  # Finnish possessives end the noun: "Vaimoni Helena", "Kollegasi Kristian"
    "vaimoni|mieheni|puolisoni|poikani|tyttäreni|äitini|isäni|veljeni|siskoni|naapurini|kollegani"
    "|kollegasi|esimieheni|cc'ing|cc’ing|looping in|copying in|adding|passed to|handed to"
    "|handed over to|forwarded to|escalated to|przekazano do|übergeben an|weitergeleitet an"
    "|transmis à|encaminhado para|passato a|doorgestuurd naar|reenviado a"
).split("|")
_CUE_WORDS += _each(
    "mój|moja|mojego|mojej|mojemu", "mąż|żona|syn|córka|brat|siostra|sąsiad|sąsiadka|kolega"
)
_CUE_WORDS += _each(
    "gentile|la|il|con la|con il|dalla|dal", "signora|signor|signore|dott.ssa|dott."
)
_CUE_WORDS += (  # who is speaking: "sono V. Mantegazza", "aqui é Davi", "Hallo, met Guusje"
    "sono|mi chiamo|je suis|je m'appelle|soy|me llamo|ik ben|ik heet|aqui é|aqui fala"
    "|hallo, met|goedemiddag, met|goedemorgen, met|t.n.v.|ten name van"
).split("|")
_CUE_WORDS += (  # who to ask for, whose name an account is in
    "ask for|asked for|demandez|demander|chiedete di|chiedere di|chiedi di|pregunte por"
    "|preguntad por|preguntar por|pergunte por|perguntar por|vraag naar|fragen sie nach"
    "|in the name of|em nome de|au nom de|a nombre de|a nome di|op naam van|lautet auf"
    "|auf den namen"
).split("|")
_CUE_LABELS = (  # then an optional colon: "Account holder: SIMPSON Debbie"
    "account name|account holder|titulaire|titulaire du compte|intestato a|intestata a"
    "|intestatario a|intestataria a|intestatario|intestataria|rekeninghouder|interlocuteur"
    "|interlocutrice|referente|persona de contacto|contactpersoon|kontoinnehavare"
    "|posiadacz rachunku|właściciel rachunku|na nazwisko|på namnet"
).split("|")
_CUE_CONTACTS = (  # then up to 25 characters: "contact for questions: Terence"
    "contact|contato|contacto|kontakt|ansprechpartner|ansprechpartnerin|rückfragen an"
).split("|")
# at a line start only ("this morning Microsoft ..." is no greeting): greetings and form labels
_CUE_LINE_STARTS = (
    "morning|good evening|grüezi|grüessech|buenas|buenas tardes|goedemorgen|goedemiddag"
    "|buon pomeriggio|salve|full name|name|nom|nom complet|nome|nome completo|nombre"
    "|nombre completo|naam|volledige naam|vollständiger name|nominativo|cognome e nome"
    "|nome e cognome|nom et prénom|prénom et nom|nombre y apellidos|apellidos y nombre"
    "|voornaam en naam|naam en voornaam|vorname name|name vorname|titular|account holder"
    "|kontoinhaber|kontoinhaberin|cardholder|card holder|name, vorname|nachname, vorname"
    "|apellido, nombre|apellidos, nombre|nom, prénom|cognome, nome|nombres|apellidos"
    "|imię|imie|nazwisko|imię i nazwisko|imie i nazwisko|nazwisko i imię|namn|förnamn|efternamn"
    "|fullständigt namn|för- och efternamn"
    # a ticket's people: "Requester: DAWN R. CHRISTENSEN", "Asignado a: Hernán"
    "|requester|assignee|assigned to|asignado a|przypisano do|handläggare|handlaggare"
    "|beställare|bestallare"
).split("|")
# a role or "in my name", a comma, the name: "The tenant, Falguni Sule, is away"
_CUE_ROLES = (
    "tenant|landlord|owner|patient|applicant|caller|driver|inquilino|inquilina|locataire"
    "|propriétaire|proprietario|proprietaria|huurder|huurster|eigenaar|mieter|mieterin"
    "|vermieter|vermieterin|arrendatario|arrendataria|inquilino|senhorio|paciente|paziente"
    "|my name|mi nombre|meinen namen|mon nom|mio nome|meu nome|mijn naam|records"
).split("|")
_CUE_SIGNOFFS = (  # then punctuation, maybe a dash and a line break
    "thanks|thank you|regards|best|cheers|sincerely|obrigado|obrigada|atenciosamente|abraço"
    "|abraços|att|grüße|gruß|danke|mfg|ta|merci|cordialement|bien à vous|bonne journée|gracias"
    "|saludos|saludos cordiales|un saludo|atentamente|grazie|saluti|cordiali saluti"
    "|distinti saluti|groet|groeten|met vriendelijke groet|mvg|bedankt|best wishes|valeu"
    "|thanks heaps|many thanks|hälsningar|vänliga hälsningar|med vänlig hälsning|mvh"
    "|bästa hälsningar|tack på förhand|z poważaniem|pozdrawiam|pozdrawiam serdecznie"
    "|z wyrazami szacunku|dziękuję|pozdr"
    "|hilsen|venlig hilsen|med venlig hilsen|mange hilsner|vennlig hilsen|med vennlig hilsen"
    "|tak|mange tak|tusind tak|takk|abracos|abs|bjs|beijos|gr|groetjes|bises|bisous|amitiés"
    "|abrazos|un abrazo|besos|un saluto|liebe grüße|viele grüße|beste grüße|lg|vg|kind regards"
    "|gr.|mvh.|att.|abs.|lg.|vg.|de bedste hilsner|bedste hilsner|hilsner"
    "|halsningar|vanliga halsningar|basta halsningar|gruss|grusse|liebe grusse"
    "|mit freundlichen grussen|cumprimentos|melhores cumprimentos|com os melhores cumprimentos"
    "|saudações|atenciosamente"
).split("|")


_TAGS = r"(?:[ \t]*</?\w{1,4}(?: [^<>\n]{0,60})? ?/?>)*"  # HTML tags between a sign-off and a name
_TAG = re.compile(r"</?\w{1,4}(?: [^<>\n]{0,60})? ?/?>")


def _alternatives(phrases: Iterable[str]) -> str:  # a trie (see _trie); a space: any blanks
    return _trie(p.lower() for p in phrases).replace(r"\ ", r"\s+")


_NAME_CUE = re.compile(
    rf"(?i:\b(?:{_alternatives(_CUE_WORDS)})[ \t]+"
    rf"|\b(?:{_alternatives(_CUE_LABELS)})(?:[ \t]*:[ \t]+|[ ][ \t]*)"  # (a tab alone: a header)
    rf"|\b(?:{_alternatives(_CUE_CONTACTS)})\b[^\n:.!?]{{0,25}}:?[ \t]+"  # not past a sentence
    # "Thanks, Tom", "Cheers\nTom", "Grazie.\nTom", not "grazie. La chiave ...": a sentence after
    # ... also as HTML writes it: "<p>Tak,<br>\nMartin</p>"
    rf"|\b(?:{_alternatives(_CUE_SIGNOFFS)})"
    rf"(?:,?[ \t]*{_TAGS}(?:[-–—][ \t]*)?\n?{_TAGS}"
    rf"|[.!][ \t]*{_TAGS}(?:[-–—][ \t]*)?\n{_TAGS})(?:[ \t]*>)*[ \t]*"  # "> Mvh\n> E. Kjær"
    rf"|(?:^|\n)[ \t]*(?:\*\*)?(?:{_alternatives(_CUE_LINE_STARTS)})"
    r"(?:[ \t]*:(?:\*\*)?[ \t]+|(?:\*\*)?[ ][ \t]*)"  # not a tab alone: "Name\tPhone" is a header
    rf"|\b(?:{_alternatives(_CUE_ROLES)}),[ \t]+"
    # \Z: "$" would also match before a last line break
    r"|(?:^|\n)[ \t]*(?:--|—|–)[ \t]*\n?[ \t]*"
    r"|[.!?][ \t]+[-–—][ \t]*)\Z"  # "... og jeg vil opsige det. - Ziggy"
)
# every cue phrase but the contact ones (which may be followed by anything), by its last word and
# written as `_cue_before` writes the text before a name (one space between words, no closing
# ",.!:"): many last words are common ones ("to", "de", "is"), and a string test ruling the
# phrases out is far cheaper than the cue pattern's search
_CUE_ENDINGS: dict[str, list[str]] = {}
for _phrase in (*_CUE_WORDS, *_CUE_LABELS, *_CUE_SIGNOFFS, *_CUE_LINE_STARTS, *_CUE_ROLES):
    _CUE_ENDINGS.setdefault(_phrase.split()[-1].rstrip(",.!:"), []).append(
        " ".join(_phrase.split()).rstrip(",.!:")
    )
del _phrase
# one-word cues a capitalised run may begin with: "Buongiorno Coluccio" is the cue, then the name
_CUE_SINGLE = frozenset(
    p for p in (*_CUE_WORDS, *_CUE_SIGNOFFS, *_CUE_LINE_STARTS) if " " not in p and "/" not in p
)


# after a name: "> On 22/01/2024, L. Nixon wrote:", "R. Girard, né le 16/12/1948"
_CUE_AFTER = re.compile(
    r"(?:,? (?:wrote|schreef|schrieb|a écrit|ha scritto|escribió|escreveu"
    r"|napisał|napisała|skrev) ?:"
    r"|, (?:(?i:born|née?|geboren|geb\.|nat[oa]|nascid[oa]|nacid[oa]|urodzon[ya]|född)\b|ur\.))"
)
# ... or what the person did: "Aroha rang again", "Mahmut hat nochmals angerufen", "Olavi
# soitti uudestaan", "Client Maxime Devaux a appelé"; or whose note it is: "Internal note (Toni)"
_CALLED_AFTER = re.compile(
    r" (?:rang|called|phoned|rief|hat (?:\w+ ){0,2}angerufen|volvió a llamar|llamó|soitti"
    r"|ha (?:\w+ )?(?:chiamato|richiamato)|a (?:\w+ )?(?:appelé|rappelé)|heeft (?:\w+ )?gebeld"
    r"|belde|ligou|voltou a ligar)\b"
    r"|\) ---"
)
# after a first name, who the colleague is: "Peter from your sales team", "Nadia, de su
# departamento comercial" ("Message from your clinic" is no name: a first name only)
_COLLEAGUE_AFTER = re.compile(
    r",? (?:from your|de su|de votre|de vuestro|do comercial|da equipe|del vostro|della vostra"
    r"|dal vostro|van jullie|van uw|aus Ihrem|aus Ihrer|fra jeres|fra jer|fra deres|fra dere)\b"
)


def _ends_with_cue_phrase(words: list[str]) -> bool:
    """The words before a name end with a whole cue phrase ("kind regards", "l'inquilina")."""
    if not words:
        return False
    joined = " ".join(words)
    # "L'inquilina, Sole" ends in "inquilina", "I'm Tom" in "i'm"
    for last in {words[-1], words[-1].rpartition("'")[2]}:
        for phrase in _CUE_ENDINGS.get(last, ()):
            if joined.endswith(phrase) and not joined[: -len(phrase)][-1:].isalnum():
                return True
    return False


def _cue_before(text: str, begin: int) -> bool:
    """A cue right before `begin` (_NAME_CUE), checked only where its last word is there."""
    window = text[max(0, begin - 40) : begin]
    low = window.lower()
    if ">" in low:
        low = _TAG.sub(" ", low)  # "<p>Saluti,<br>\n" before the name
    tail = low.rstrip(" \t\n>").rstrip("-–—").rstrip(" \t\n>").rstrip(",.!:*")  # "> Mvh\n> "
    words = tail.split()
    if (
        not _ends_with_cue_phrase(words)
        and not low.rstrip(" \t").endswith(("-", "—", "–"))
        and not any(c in low for c in _CUE_CONTACTS)
    ):
        return False
    return bool(_NAME_CUE.search(text, max(0, begin - 40), begin))


# a lone first name right after these is more likely a place ("a store in Phoenix")
_PLACE_WORDS = frozenset(
    "in to from at near em para de nach aus bei di en naar uit da dal dalla desde vers"
    " depuis".split()
)
_PLACE_WORD = re.compile(rf"(?i)\b(?:{'|'.join(sorted(_PLACE_WORDS | {'von'}))})\s+$")
# a product, not a person: "the Dr. Oetker pizza", "ein Calvin Klein Eternity", "Ben & Jerry's"
_BRAND_BEFORE = re.compile(
    r"(?:\b(?i:the|der|die|das|den|dem|ein|eine|einen|um|uma)|\bA|\bO|&)[ \t]+$"
)
# a name or a title starts with a capital, or "m"/"d"/"h"/"p" (mevrouw, dhr., heer, pani): the
# lookahead refuses every other position before the title alternatives are tried (half the time)
_NAME = re.compile(rf"(?<![\w@])(?=[{_UP}mdhp])(?:(?:{_TITLE})\s+){{0,2}}({_NAME_SEQ})(?![\w@])")
# "Parsons, John" / "Martin, Bradley" as lists, CSV cells and From: headers write names
_LAST_FIRST = re.compile(
    rf"(?<![\w@.,-])((?:(?i:van der|van den|van|von|de la|dos|das|do|de|da|di|del|le|la|du) )?"
    rf"{_NAME_TOKEN}(?:[ -]{_NAME_TOKEN})?), ({_NAME_TOKEN}(?: {_NAME_TOKEN})?)"
    rf"(?=[ \t]*(?:[\"'”)\t;<|,(–—]|\.(?:\s|$)|$|&lt;)|[ \t]+[a-zà-ÿ])",
    re.M,
)
# "Parsons, John" at a line start, in quotes or cells is a name; in running text only where the
# surname is no first name too ("Paris, France" would be, "Kowalski, Kwame" is)
_LAST_FIRST_START = re.compile(
    r"(?:^|[\"'“(\t;|]|[-▪•*] |\d\) |(?i:customer|client|cliente|kunde|klant|contact|contacto"
    r"|contato|kontakt|contactpersoon|interlocut(?:eur|rice)|referente|ansprechpartner(?:in)?"
    r"|persona de contacto|dear|attn|titular|holder|by|is|was|from|de|da|van|von|to|para|an"
    r"|aan|cc)[ \t]*:?[ \t]*)$"
)
# bought at/from a shop: "I bought it at Ted Baker", "Gekauft bei John Lewis", "acheté chez"
_SHOP_BEFORE = re.compile(
    r"(?i)\b(?:bought|purchased|ordered|got|gekauft|bestellt|acheté|commandé|comprato|ordinato"
    r"|gekocht|besteld|compré|comprado|comprei|pedí|købte|købt|kjøpte|kjøpt)\b[^\n.]{0,32}"
    r"\b(?:at|from|in|bei|chez|da|bij|en|na|no|em|hos)[ \t]+(?:(?i:Fru|Hr\.?|Herr) )?$"
)
# ALL-CAPS names ("CHECK ID OF SCOTT WILLIAMS", card holder columns): 2-3 capitalised words
_CAPS_WORD = rf"(?:[{_UP}]['’])?[{_UP}]{{2,}}(?:['’-][{_UP}]+)*"  # also O'CONNOR
_CAPS_NAME = re.compile(rf"(?<![\w@])({_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{1,7}})(?![\w@]|-\d)")
# prefilters: an all-caps word before a capitalised one / after a lower-case letter
_CAPS_FIRST = re.compile(rf"[{_UP}]{{2,}}(?:['’-][{_UP}]+)* [{_UP}]")
_CAPS_LAST = re.compile(rf"[{_LOW}] [{_UP}]{{2,}}")
_NAME_THEN_CAPS = re.compile(
    rf"(?<![\w@])({_NAME_TOKEN}) ((?=[{_UP}'’]{{3}}){_CAPS_WORD}(?: {_CAPS_WORD})?)(?![\w@]|-\d)"
)
# a surname's particle, longest first ("de la" before "de")
_SURNAME_PARTICLES = (
    "de la|de los|van der|van den|van de|von der|van|von|del|de|da|dos|das|do|di|du|Ó|Ní|Mac"
)
_INITIAL_PARTICLE = rf"(?:(?:{_SURNAME_PARTICLES}|le|la|Van der|Van|De) )?"
_INITIAL_NAME = re.compile(  # "A. Johnson", "M. Van der Linden", "A.Sá Gonçalves"
    rf"(?<![\w.])([{_UP}]\. ?{_INITIAL_PARTICLE}{_NAME_TOKEN}(?: {_NAME_TOKEN}(?= *$| *[,;|\t<]))?)"
    rf"(?![\w@])",
    re.M,
)
# a title, then a surname with its particle: "Estimada Dra. del Río", "Dear Dr Ó Súilleabháin"
_TITLED_PARTICLE_NAME = re.compile(
    rf"(?<![\w@])(?:{_TITLE})[ \t]+((?:{_SURNAME_PARTICLES})[ \t]{_NAME_SEQ})(?![\w@])"
)
_PARTICLE_HINT = re.compile(rf" (?:{_SURNAME_PARTICLES}) [{_UP}]")  # its prefilter
_CAPS_THEN_NAME = re.compile(
    rf"(?<![\w@])({_CAPS_WORD}(?: {_CAPS_WORD}){{0,2}}) ({_NAME_TOKEN})(?![\w@])"
)


@cache
def first_name_table() -> dict:
    """gender-guesser's names (lower-cased name -> {gender: per-country popularity}), loaded once
    per process; the NER layer reads its popularities from the same table."""
    import gender_guesser.detector as gg

    return gg.Detector(case_sensitive=False).names


@cache
def _first_names() -> frozenset[str]:
    return frozenset(n for n in first_name_table() if len(n) > 1) - _COMMON_WORDS


@cache
def _fold(word: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _known_first(word: str, first_names: frozenset[str]) -> bool:
    """A first name, also as the first half of a double one ("Lisa-Marie", "Hans-Jürgen")."""
    w = word.lower()
    if w in first_names or (not w.isascii() and _fold(w) in first_names):  # "Émile", "Éléonore"
        return True
    first, _, second = word.partition("-")  # "Age-restricted" is not "Age"
    # the second half a name too: "Lisa-Marie", "LISA-MARIE", not "AGE-RESTRICTED"
    named = second[1:2].islower() or second.lower() in first_names
    return second[:1].isupper() and named and first.lower() in first_names


def _has_title(match: re.Match) -> bool:
    return match.start(1) > match.start()


def _person_spans(text: str) -> list[Span]:
    """Names: the candidates below, form fields, chat speakers and log users, then every other
    occurrence of a name found once ("Sara Collins" in the signature, "Sara" in the greeting)."""
    found = [*_person_candidates(text), *_field_name_spans(text), *_speaker_spans(text)]
    found += [*_attendee_spans(text), *_email_backed_and_agent_spans(text)]
    found += _first_last_cell_spans(text)
    found += [*_log_user_spans(text), *_author_and_login_spans(text)]
    found += _lower_name_spans(text)
    found = _joined_last_first(text, found + list(_other_occurrences(text, found)))
    return _outside_product_and_place_cells(text, found)


def _joined_last_first(text: str, found: list[Span]) -> list[Span]:
    """A surname and a first name found apart, a comma between, are one name: "Roth, Brandon"."""
    spans = sorted(set(found))
    out: list[Span] = []
    for start, end in spans:
        if out:
            a, b = out[-1]
            last, first = text[a:b], text[start:end]
            if (
                text[b:start] == ", "
                and " " not in last
                and " " not in first
                and not _known_first(last, _first_names())
                and _known_first(first, _first_names())
            ):
                out[-1] = (a, end)
                continue
        out.append((start, end))
    return out


def _person_candidates(text: str) -> Iterable[Span]:
    """Capitalised token runs that a first-name gazetteer, a title or a cue word makes a name."""
    first_names = _first_names()
    yield from _last_first_spans(text, first_names)
    yield from _caps_last_first_spans(text, first_names)
    yield from _initial_spans(text)
    yield from _caps_name_spans(text, first_names)
    yield from _table_name_spans(text)
    for m in _TITLED_PARTICLE_NAME.finditer(text) if _PARTICLE_HINT.search(text) else ():
        if not _product_or_street(text, m.start(), m.end(1), m[1].split(), titled=True):
            yield m.span(1)
    for m in _NAME.finditer(text):
        words = [w for w in m[1].split() if not _PARTICLE_RE.fullmatch(w)]
        # capitalised function words around a name ("Please", "Thanks") are not part of it
        stripped = []
        while words and (words[0].lower() in _COMMON_WORDS or words[0].lower() in _CUE_SINGLE):
            stripped.append(words.pop(0))
        while words and words[-1].lower() in _COMMON_WORDS:
            words.pop()
        if stripped and words and _first_name_after_all(text, m, stripped[-1]):
            words.insert(0, stripped[-1])  # "Kind regards,\nJune Brown", "Jan Smit <j@x.nl>"
        words = _after_noun(m[1], words, first_names)
        words = _after_cue(text, m.start(1), m[1], words, first_names)
        if not words:
            continue
        start = m.start(1) + m[1].index(words[0])
        end = m.start(1) + m[1].rindex(words[-1]) + len(words[-1])
        titled = _has_title(m) and start == m.start(1)
        begin = m.start() if titled else start
        if _is_name(text, begin, start, end, words, titled, first_names) and not _product_or_street(
            text, begin, end, words, titled
        ):
            yield start, end


_BEFORE_ADDRESS = (" <", " &lt;")  # "Jan Smit <j@x.nl>", as HTML escapes it too


_HEADER_WORDS = frozenset("van de von da from to cc objet oggetto asunto betreff onderwerp".split())


def _first_name_after_all(text: str, m: re.Match, word: str) -> bool:
    """A common word that is also a first name ("June", "Jan") opens the name after a cue, or
    when the name is followed by its e-mail address."""
    if word.lower() not in _AMBIGUOUS | {"jan", "mar", "dom", "prof"}:
        return False
    return text.startswith(_BEFORE_ADDRESS, m.end()) or _cue_before(text, m.start(1))


def _is_name(
    text: str,
    begin: int,
    start: int,
    end: int,
    words: list[str],
    titled: bool,
    first_names: frozenset[str],
) -> bool:
    """A title, a first name + surname, a cue before it, or a lone first name where names go.

    The span is the name; a title before it ("Mrs.") stays as context. Cheapest test first: the
    cue words' search is only needed when neither a title nor a full name decides."""
    if len(words) == 1 and text.startswith(":", end) and words[0].lower() in _HEADER_WORDS:
        return False  # a mail header label ("Van:", "De:"), not a chat speaker ("Maria:")
    known = _known_first(words[0], first_names)
    if titled or (known and len(words) >= 2) or text.startswith(_BEFORE_ADDRESS, end):
        return True  # a title, first name + surname, or "Name <name@example.org>"
    return (
        _cue_before(text, begin)
        or bool(_CUE_AFTER.match(text, end))
        or (
            bool(_CALLED_AFTER.match(text, end))
            and not text.endswith(", ", 0, begin)  # "Klant Dries, Naud belde": "Last, First"
            and not any(w.lower() in _ROLE_WORDS for w in words)  # "Client a appelé"
        )
        or (
            known
            and words[0].lower() not in _AMBIGUOUS
            and (
                _own_line(text, start, end)
                or _speaker(text, begin, end)
                or bool(_COLLEAGUE_AFTER.match(text, end))
                or _vocative(text, start, end)
                or _signature_bar(text, start, end)
                or _quoted(text, start, end)
                or (
                    not _sentence_start(text, begin)
                    and not _context_before(text, begin, _PLACE_WORD, 8)
                )
                # a line opening with a first name and what the person does: "Bradley can't
                # reach the VPN", "Hannah kommt nicht ins WLAN"
                or (
                    len(words[0]) > 2
                    and _opens_line(text, begin)
                    and bool(_VERB_AFTER.match(text, end))
                )
            )
        )
    )


# a chat transcript's speaker: "Jenna: Thank you", "James (3pm): 1089...", "[09:45] Ana (11:15):"
# (a label is no speaker: "Nascimento: 1936-10-16", "Jeton: Kiwi511*": without a time in
# brackets, words must follow)
_SPEAKER_AFTER = re.compile(r"[ \t]\([^()\n]{1,16}\):[ \t]|:[ \t]+[^\s\d][^\s]*[ \t]+[^\s]")
_SPEAKER_BEFORE = re.compile(r"(?:^|\n)[ \t>]*(?:\[[^\]\n]{1,16}\][ \t]*)?$")


def _speaker(text: str, begin: int, end: int) -> bool:
    """The name opens its line (after a "[time]" at most) and a colon follows it."""
    return bool(_SPEAKER_AFTER.match(text, end)) and bool(
        _SPEAKER_BEFORE.search(text, max(0, begin - 20), begin)
    )


def product_or_street(text: str, start: int, end: int) -> bool:
    """`text[start:end]` (a capitalised run) names a product, shop, company or street, or sits in
    a table's product, place or company column: the test the person detector applies, shared
    with the tagger and the NER layer (tasks/lib/pii_tagger.py, pii_ner.py)."""
    return _product_or_street(
        text, start, end, text[start:end].split(), titled=False
    ) or not _outside_product_and_place_cells(text, [(start, end)])


def _person_brand(text: str, begin: int, end: int, words: list[str]) -> bool:
    if not any(w.lower() in _BRAND_WORDS for w in words):
        return False
    window = text[max(0, begin - 12) : end + 12].lower()
    return any(b in window for b in _PERSON_BRANDS)


# a shop, hotel or product model named after a person: "na loja Empório Seu Custódio", "Hostal
# Doña Remedios", "el modelo Lolita Pro", "Gaspard X2"
_VENUE_BEFORE = re.compile(
    r"\b(?i:loja|tienda|negozio|boutique|magasin|winkel|hostal|hotel|pousada|restaurante"
    r"|restaurant|ristorante|café|cafe|modelo|model|modèle|modello)[ \t]+"
    rf"(?:[{_UP}][\w'’.-]*[ \t]+){{0,2}}$"
)
_MODEL_AFTER = re.compile(r"[ \t]+(?:[A-Z]{1,3}\d{1,4}|Pro|Max|Plus|Ultra|Lite|Mini)\b")
_ORG_ENDINGS = ("gemeinschaft", "gesellschaft", "verwaltung", "verein", "stiftung", "kanzlei")
_ORG_ENDINGS += ("tienda", "hogar", "store", "shop", "boutique", "market", "mercado", "loja")
_ORG_ENDINGS += ("magasin", "winkel", "butik")  # "Sierra Tienda", "Maya Hogar"
_ENGLISH_TITLES = ("Dr.", "Dr ", "Mr.", "Mr ", "Ms.", "Ms ")


def _product_or_street(text: str, begin: int, end: int, words: list[str], titled: bool) -> bool:
    """ "The Dr. Oetker pizza", "Ben & Jerry's", "came with a Jack Wolfskin Jacket", "Queen Street
    Mall": capitalised runs that hold a first name or a title but name a product or a street."""
    if _person_brand(text, begin, end, words) or any(
        w.lower().endswith(_ORG_ENDINGS) for w in words
    ):
        return True
    if any(w.lower().rstrip(".") in _TRADE_WORDS for w in words[1:]):
        # "Kelley Removals", "Doyle Plumbing Ltd": a firm; "account holder Billy Law": a name
        return not _cue_before(text, begin)
    if _context_before(text, begin, _PRODUCT_NOUN_BEFORE, 16):
        return True  # "Devolvi o sofá Helena", "zwróciłem lampka Hania": a product's model name
    if _context_before(text, begin, _PRODUCT_LABEL, 24):
        return True  # "Product: Chelsea Desk Lamp", 'PRODUCT_NAME="Tonino ..."'
    if _context_before(text, begin, _BRAND_BEFORE, 6) or (  # "Ben & Jerry's", not " &lt;"
        text.startswith(" &", end) and not text.startswith(" &lt;", end)
    ):
        return True
    if _context_before(text, begin, _SHOP_BEFORE, 30) or _COMPANY_AFTER.match(text, end):
        return True
    if _context_before(text, begin, _VENUE_BEFORE, 40) or _MODEL_AFTER.match(text, end):
        return True
    english_title = titled and text[begin : begin + 3] in _ENGLISH_TITLES  # not "Dra."
    if (english_title or len(words) >= 3) and text[max(0, begin - 3) : begin] in (" a ", "\na "):
        return not _cue_before(text, begin)  # "intestato a Giuliana De Luca" is a name
    return _street_name(text, begin, end, words)


def _after_noun(seq: str, words: list[str], first_names: frozenset[str]) -> list[str]:
    """ "Bewertet von Paul Geiger" -> Paul Geiger: an unknown capitalised word (a German noun),
    a particle, then a known first name followed by a surname; "Alves da Luz" stays whole."""
    if len(words) < 3 or _known_first(words[0], first_names):
        return words
    tokens = seq.split()
    for i in range(1, len(words) - 1):
        k = tokens.index(words[i])
        if k and _PARTICLE_RE.fullmatch(tokens[k - 1]) and _known_first(words[i], first_names):
            return words[i:]
    return words


def _after_cue(
    text: str, at: int, seq: str, words: list[str], first_names: frozenset[str]
) -> list[str]:
    """ "Receiver Daniel", "Könnten Sie Jannik", "meinen Vater Ronya": a capitalised cue or common
    word inside the run starts the name after it."""
    if len(words) < 2 or _known_first(words[0], first_names):
        return words
    for i in range(1, len(words)):
        pos = at + seq.index(words[i])
        if _known_first(words[i], first_names) and (
            seq[: pos - at].split()[-1].lower() in _COMMON_WORDS or _cue_before(text, pos)
        ):
            return words[i:]
    return words


_LAST_FIRST_HINT = re.compile(rf"[{_LOW}], [{_UP}]")
# " <j@x.nl>", " (j@x.nl)", as the person detector sees them: masked (_MASK; e-mails come first)
_ADDRESS_AFTER = re.compile(r"[ \t](?:<|\(|&lt;)(?:\x00|[^\s<>()@]+@)")
_LAST_FIRST_LEADS = frozenset("customer client cliente kunde klant contact contacto".split())


def _last_first_spans(text: str, first_names: frozenset[str]) -> Iterable[Span]:
    if FAST and not _LAST_FIRST_HINT.search(text):
        return  # no "...x, X" anywhere: a surname ends in a small letter, a first name starts big
    for m in _LAST_FIRST.finditer(text):
        start, last_words = m.start(1), m[1].split()
        lead = last_words[0].lower()
        # "Customer Forrest, Katrina" starts at the surname; "dos Santos, Fábio" keeps its particle
        if len(last_words) > 1 and lead in _COMMON_WORDS | _LAST_FIRST_LEADS:
            start += 0 if _PARTICLE_RE.fullmatch(lead) else len(last_words[0]) + 1
        last = last_words[-1].lower()
        if (
            _known_first(m[2], first_names)
            and last not in _COMMON_WORDS
            and last not in _AMBIGUOUS
            and not _cue_before(text, m.start(2))  # "Abraços, Daniel"
            and (
                _context_before(text, start, _LAST_FIRST_START, 30)
                or not _known_first(last, first_names)
                or _cue_before(text, start)
                or bool(_ADDRESS_AFTER.match(text, m.end(2)))
            )
        ):
            yield start, m.end(2)


# "MÅNSSON, Camilla", "GONZÁLEZ GARCÍA, Luis": an all-caps surname, a comma, a first name
_CAPS_LAST_FIRST = re.compile(
    rf"(?<![\w@.,-])({_CAPS_WORD}(?: {_CAPS_WORD})?), ({_NAME_TOKEN})(?![\w@]|[ \t][{_UP}])"
)
_CAPS_LAST_FIRST_HINT = re.compile(rf"[{_UP}]{{2}}, [{_UP}]")


def _caps_last_first_spans(text: str, first_names: frozenset[str]) -> Iterable[Span]:
    if FAST and not _CAPS_LAST_FIRST_HINT.search(text):
        return
    for m in _CAPS_LAST_FIRST.finditer(text):
        if _known_first(m[2], first_names) and not any(
            w.lower() in _COMMON_WORDS for w in m[1].split()
        ):
            yield m.start(1), m.end(2)


def _initial_spans(text: str) -> Iterable[Span]:
    """ "A. Johnson", "Y. van Dam": an initial and a surname where a name goes (after a cue or
    "cc", alone on its line, before its e-mail address)."""
    for m in _INITIAL_NAME.finditer(text):
        start, end = m.span(1)
        if (
            text.startswith(_BEFORE_ADDRESS, end)
            or _CUE_AFTER.match(text, end)
            or _own_line(text, start, end)
            or _cue_before(text, start)
            or text[max(0, start - 3) : start].lower() == "cc "
            or (_context_before(text, start, _ITEM_START, 12) and _LOWER_AFTER.match(text, end))
        ):
            yield start, end


_ITEM_START = re.compile(r"(?:^|\n)[ \t>]*(?:[-*•]|\d{1,2}[.)])[ \t]+$")
_LOWER_AFTER = re.compile(rf"[ ][{_LOW}]{{3,}}\b")


def _name_then_caps_spans(text: str, first_names: frozenset[str]) -> Iterable[Span]:
    """ "Jérôme CHARRIER", "Yésica ARTIGAS DUQUE": the first name, then the surname in capitals."""
    for m in _NAME_THEN_CAPS.finditer(text):
        if (
            _known_first(m[1], first_names)
            and m[2].split()[0].lower() not in _COMMON_WORDS
            and not _COMPANY_AFTER.match(text, m.end(1))  # "Orion SAS", "Alba SL"
        ):
            yield m.start(1), m.end(2)


def _caps_name_spans(text: str, first_names: frozenset[str]) -> Iterable[Span]:
    if not FAST or _CAPS_LAST.search(text):
        yield from _name_then_caps_spans(text, first_names)
    if FAST and not _CAPS_FIRST.search(text):
        return  # no all-caps word before a capitalised one: none of the shapes below
    # "BLONDEL Laure", "DE BOER Job": the surname in capitals, then the first name
    for m in _CAPS_THEN_NAME.finditer(text):
        first = m[1].split()[0].lower()
        if (first not in _COMMON_WORDS or _PARTICLE_RE.fullmatch(first)) and (
            _known_first(m[2], first_names) or _cue_before(text, m.start())
        ):
            yield m.start(1), m.end(2)
    for m in _CAPS_NAME.finditer(text):
        words, pos = m[1].split(" "), m.start(1)
        # "Full name: DIYA ROUT", "Thanks,\nTAMANNA KULKARNI": after a cue, any 2-3 such words
        if (
            len(words) <= 3
            and _cue_before(text, pos)
            and not _COMMON_WORDS.intersection(w.lower() for w in words)
        ):
            yield pos, m.end(1)
            continue
        for i, (word, after) in enumerate(zip(words, words[1:], strict=False)):
            if (
                _known_first(word, first_names)
                and word.lower() not in _AMBIGUOUS
                and (i == 0 or words[i - 1].lower() not in _PLACE_WORDS)
            ):
                if after.lower() not in _COMMON_WORDS:
                    yield pos, pos + len(word) + 1 + len(after)
                    break
                if _PARTICLE_RE.fullmatch(after.lower()) and i + 2 < len(words):  # ISADORA DA PAZ
                    yield pos, pos + len(" ".join(words[i : i + 3]))
                    break
            pos += len(word) + 1


# --- names in tables: the column under a "Name" header of a CSV/TSV/pipe export ------------------
_NAME_HEADERS = frozenset(
    "name|full name|customer name|contact name|account name|account holder|holder|cardholder"
    "|card holder|nome|nome completo|nome e cognome|cognome e nome|intestatario|nom|nom complet"
    "|nom et prénom|naam|volledige naam|voornaam en naam|rekeninghouder|nombre|nombre completo"
    "|nombre y apellidos|titular|kontoinhaber|kontoinhaberin|vorname name|name vorname"
    "|nome cognome|cognome nome|nom prénom|prénom nom|vorname nachname|nachname vorname"
    # one column per part: "Nome;Sobrenome;E-mail", "first_name,last_name"
    "|first name|last name|firstname|lastname|given name|family name|surname|forename"
    "|voornaam|achternaam|fornavn|efternavn|navn|vorname|nachname|prénom|nom de famille"
    "|cognome|sobrenome|apellido|apellidos|primer apellido|förnamn|efternamn|namn|imię"
    "|nazwisko|etternavn|imię i nazwisko|imie i nazwisko|nazwisko i imię|jméno|příjmení"
    "|jméno a příjmení|nome e sobrenome|nombres y apellidos|apellidos y nombres|nome próprio"
    "|apelido|apelidos|primeiro nome|último nome|given names".split("|")
)
_HEADER_HINTS = (
    *("name", "nom", "naam", "holder", "titular", "inhaber", "intestatario", "apellid", "navn"),
    *("namn", "imię", "nazwisk"),
)
_NAME_CELL = re.compile(  # 1-5 words, no digits: "S. Bajaj", "A.Rey", "van Dam", "Neal, Isla"
    rf"[{_UP}{_LOW}][\w'’.-]*(?:,?[ ][{_UP}{_LOW}][\w'’.-]*){{0,4}}"
)


def _table_name_spans(text: str) -> Iterable[Span]:
    for start, end in _table_cells(text, _NAME_HEADERS, _HEADER_HINTS):
        value = text[start:end]
        if not _NAME_CELL.fullmatch(value) or value.lower() in _COMMON_WORDS:
            continue
        # capitalised after any particle ("de Vos"); in small letters two words or more, none a
        # common one ("dawid lesner", "louis d. bailey", not "billing-sync" or "not given")
        words = value.replace(",", "").split()
        names = [w for w in words if not _PARTICLE_RE.fullmatch(w)]
        if (names and names[0][0].isupper()) or (
            len(words) >= 2 and not any(w.lower() in _COMMON_WORDS for w in words)
        ):
            yield start, end


# --- cells that hold no person and no address: a table's product, place and company columns ----
_NO_PII_HEADERS = frozenset(
    "product|produit|producto|produto|prodotto|produkt|artikel|article|item|description"
    "|beschreibung|descripción|descrição|descrizione|omschrijving|city|town|ort|stadt|ville"
    "|ciudad|cidade|localidade|località|plaats|by|sted|kaupunki|comuna|municipio|warehouse"
    "|lager|magazzino|bodega|store|shop|company|empresa|firma|société|azienda|bedrijf".split("|")
)
_NO_PII_HINTS = ("produ", "arti", "item", "descr", "beschr", "omschr", "city", "town", "ort")
_NO_PII_HINTS += ("stadt", "ville", "ciudad", "cidade", "local", "plaats", "by", "sted", "kaupunki")
_NO_PII_HINTS += ("comuna", "munic", "wareh", "lager", "magazz", "bodega", "store", "shop")
_NO_PII_HINTS += ("compan", "empresa", "firma", "soci", "azienda", "bedrijf")


def _outside_product_and_place_cells(text: str, spans: list[Span]) -> list[Span]:
    """The spans, less those inside a cell under a product, place or company header ("Produit"
    over "JBL Flip 6", "Localidade" over "Braga")."""
    if not spans or "\n" not in text:
        return spans
    cells = set(_table_cells(text, _NO_PII_HEADERS, _NO_PII_HINTS))
    if not cells:
        return spans
    return [(a, b) for a, b in spans if not any(x <= a and b <= y for x, y in cells)]


# --- names by structure: a form's name fields, a chat's speakers, every occurrence of a name -----
# "First name: Hayley", "Sobrenome:  Novaes Andrade", "**Cognome:** pirandello", '"last_name":
# "de Marion"': the value is a name in any case, with particles (the label says so)
_FIELD_LABELS = (
    "first name|last name|given name|family name|surname|forename|full name|your name|name"
    "|customer name|contact name|voornaam|achternaam|naam|fornavn|efternavn|mellemnavn|navn"
    "|fulde navn|fullt navn|etternavn|vorname|nachname|familienname|prénom|nom de famille|nom"
    "|cognome|nome|sobrenome|nome completo|apellido|apellidos|primer apellido|nombre"
    "|nombre completo|förnamn|efternamn|namn|imię|nazwisko|firstname|lastname"
    # a ticket's people: "Assegnato a: Lauretta", "Richiedente: PAOLETTA BEFFA"
    "|requester|assignee|assigned to|asignado a|solicitante|assegnato a|richiedente|assigné à"
    "|demandeur|demandeuse|handläggare|handlaggare|beställare|bestallare|zgłaszający"
    "|zgłaszająca|zgłaszajacy|przypisano do|toegewezen aan|aanvrager|zugewiesen an|anfragende"
    "|bearbeiter|bearbeiterin|owner|responsável|responsable|řešitel|žadatel|odpowiedzialny"
    # a shipping label's recipient: "SHIP TO:\nMitesh Devan"
    "|ship to|deliver to|empfänger|destinataire|destinatario|destinatário|adresát|odbiorca"
    "|incaricato|handled by"
    # an event's or a school's people: "Organizer: Douglas, Mark <mark@x.com>", "Guardian: ..."
    "|organizer|organiser|organizador|organizadora|organisateur|organisatrice|organizator"
    "|organizatorka|veranstalter|veranstalterin|organizzatore|organizzatrice|guardian|tutor"
    "|interviewer|candidate|candidato|candidata|kandidat|kandidatin|candidat|candidate"
    "|contact|contact person|kontakt|kontaktperson|contacto|contato|contactpersoon|referente"
)
# (a user handle made of a name too: "simone.klemt", "eleonore_d")
_NAME_VALUE = (
    rf"[{_UP}{_LOW}'’][{_UP}{_LOW}'’._-]*(?:,?[ ][{_UP}{_LOW}'’][{_UP}{_LOW}'’.-]*){{0,4}}"
)
# (patterns over whole lines start with "\n" and run over "\n" + text, see _line_spans: a
# leading literal is found by a fast scan, where "^" in multi-line mode is tried at every position)
_FIELD_LINE = re.compile(
    rf"(?i)\n[ \t>]*(?:\*\*)?(?:{_alternatives(_FIELD_LABELS.split('|'))})(?:\*\*)?"
    rf"(?:[ \t]*[:=](?:\*\*)?[ \t]+|[ \t]*:?[ \t]*\n[ \t]*)"  # "Name\nErlacher, Matheo"
    rf"({_NAME_VALUE})[ \t]*(?:[ \t](?:<|\(|&lt;)[^\s<>()@]+@[^\s<>()]+(?:>|\)|&gt;))?\.?"
    r"[ \t]*(?=\n|\Z)"
)
_FIELD_JSON = re.compile(
    rf"\"(?i:(?:first|last|given|family|full|sur|middle)?_?name|nome|sobrenome|vorname|nachname"
    rf"|pr[ée]nom|nom|apellidos?|cognome|fornavn|efternavn|navn|voornaam|achternaam"
    rf"|from|sender|author|speaker|user|username)\"[ \t]*:[ \t]*"  # a JSON chat's speaker
    rf"\"({_NAME_VALUE})\""
)


@lru_cache(maxsize=4)
def _with_newline(text: str) -> str:
    return "\n" + text


def _line_spans(pattern: re.Pattern, text: str) -> Iterable[Span]:
    """The group matched (the last) of each match of a pattern that starts with "\n", in text
    with its first line included."""
    for m in pattern.finditer(_with_newline(text)):
        group = m.lastindex or 0
        yield m.start(group) - 1, m.end(group) - 1


# a log line's user or name: "session: user glen signed in", 'contact created name="Lorcan B."'
# ... and the account an auth log or a credentials block names: "Accepted password for lmarti",
# "failed login for jonas.stejskal", "user=jesse.howard", "[credentials]\nuser = gour.benjamin",
# and who did it: "deploy v4.5.9 commit=49a8f7f by=tymoteusz.mytych"
_HANDLE = r"[A-Za-z][\w.'’-]{1,30}[A-Za-z0-9]"
_LOG_USER = re.compile(
    rf"\b(?:user|username|login)[= ]\"?([{_UP}{_LOW}][{_UP}{_LOW}'’.-]{{1,30}})\"?"
    r"(?= (?:signed|logged) (?:in|out)\b)"
    rf"|\b(?:name|user_name|full_name|customer)=\"({_NAME_VALUE})\""
    rf"|(?:\b(?:[Aa]ccepted (?:password|publickey)|[Ff]ailed (?:login|password)) for "
    rf"|\b(?:user|by|author|actor)=|(?<=\n)user ?= ?)\"?({_HANDLE})(?![\w@])"
)
# a login handed out in prose, "Portal login: monique.sherman, initial password ...", and a note's
# author at the end of its header line: "Call note – V. Kaur:", "Comment by: Nitara Prashad ·"
_LOGIN_HANDLE = re.compile(
    r"(?i:\b(?:login|utente|usuario|usuário|uživatel|utilisateur|benutzer|użytkownik|gebruiker))"
    r":? ([a-z][a-z0-9]*[._][a-z0-9._]*[a-z0-9])(?=[,.;]? )"
)
_NOTE_AUTHOR = re.compile(
    r"\n[ \t>]*(?:-+ ?|\[)?(?i:(?:internal |call |interne |interní )?(?:note|notiz|nota|notitie"
    r"|poznámka|comment|handover|übergabe|traspaso|passaggio|resoconto telefonata"
    r"|compte rendu d'appel)\b)[^\n:]{0,45}?(?: [–-]|,| by:?) "
    rf"((?:[{_UP}]\. )?[{_UP}{_LOW}][{_UP}{_LOW}'’._-]+(?: [{_UP}][{_LOW}'’-]+)?)"
    r"(?=:?[ \t]*(?:\n|·| ---| [–-] \d))"
)


_LOGIN_HINT = re.compile(
    "login|utente|usuari|usuári|uživatel|utilisateur|benutzer|użytkownik|gebruiker"
)


def _author_and_login_spans(text: str) -> Iterable[Span]:
    low = _lower(text)
    if not FAST or any(w in low for w in ("note", "nota", "comment", "handover", "über", "trasp")):
        for start, end in _line_spans(_NOTE_AUTHOR, text):
            if not _names_nobody(text[start:end].split()):  # "Comment by: Agent"
                yield start, end
    if FAST and not _LOGIN_HINT.search(low):
        return
    for m in _LOGIN_HANDLE.finditer(text):
        if not _names_nobody(_HANDLE_PARTS.split(m[1])):
            yield m.span(1)


_SERVICE_USERS = frozenset(
    "admin root system service deploy ci bot guest anonymous test git ubuntu postgres www-data"
    " nobody jenkins backup app api mysql oracle ec2-user centos debian pi user invalid unknown"
    " relay smtp mail mailer noreply no-reply daemon cron nginx apache redis docker monitor sync"
    " worker batch report reports alerts alert notify notifications".split()
)


def _log_user_spans(text: str) -> Iterable[Span]:
    hints = ("user", "ccepted ", "ailed ", "name=", "customer=", "by=", "author=", "actor=")
    if FAST and not any(w in text for w in hints):
        return
    for m in _LOG_USER.finditer(text):
        if not _names_nobody(m[m.lastindex or 1].split()):
            yield m.span(m.lastindex or 1)


def _names_nobody(words: Sequence[str]) -> bool:
    """A service account, a role or a common word among them: "root", "svc_backup", "Agent"."""
    nobody = _nobody_words()
    return any(w.lower() in nobody or w.lower().startswith(("svc", "srv")) for w in words)


@cache
def _nobody_words() -> frozenset[str]:  # (the word lists are defined further down)
    return _SERVICE_USERS | _ROLE_WORDS | _COMMON_WORDS


# who attended: "Present: M. Harrington, D. Williams, Harold", "Anwesend: Kramer, Nadja"; each
# item a name ("Walcher, Marco" in such a list reads as two: the list's commas win)
_ATTENDEE_LABELS = (
    "present|attendees|attending|participants|guests|apologies|anwesend|teilnehmer|teilnehmende"
    "|gäste|entschuldigt|présents|présentes|participants|invités|excusés|asistentes|presentes"
    "|participantes|invitados|convidados|ausentes|obecni|uczestnicy|goście|nieobecni|aanwezig"
    "|deelnemers|afwezig|presenti|partecipanti|assenti|närvarande|deltagare|till stede"
    "|deltagere|paikalla|osallistujat|přítomni|účastníci"
)
_ATTENDEE_LINE = re.compile(
    rf"(?i)\n[ \t>*-]*(?:{_alternatives(_ATTENDEE_LABELS.split('|'))})[ \t]*:[ \t]*([^\n]+)"
)
_ATTENDEE = re.compile(
    rf"(?:[{_UP}]\. ?)?[{_UP}{_LOW}][{_UP}{_LOW}'’.-]*(?: [{_UP}{_LOW}'’.-]+){{0,3}}"
)
_ATTENDEE_HINTS = ("pres", "att", "parti", "gue", "anwes", "teiln", "gäst", "invit", "asist")
_ATTENDEE_HINTS += ("convid", "obec", "uczest", "aanw", "deel", "närv", "delt", "paik", "osall")
_ATTENDEE_HINTS += ("přít", "účast", "ausen", "afwez", "assent", "apolog", "entsch", "excus", "goś")


def _attendee_spans(text: str) -> Iterable[Span]:
    if FAST and not any(w in _lower(text) for w in _ATTENDEE_HINTS):
        return
    for start, end in _line_spans(_ATTENDEE_LINE, text):
        for m in re.finditer(r"[^,;]+", text[start:end]):
            item = m[0].strip()
            a = start + m.start() + m[0].index(item) if item else 0
            words = [w for w in item.split() if not _PARTICLE_RE.fullmatch(w)]
            if (
                _ATTENDEE.fullmatch(item)
                and words
                and not _names_nobody(words)
                and (item[0].isupper() or len(words) >= 2)
            ):
                yield a, a + len(item)


# a name in small letters before its address (masked by then: e-mails are found first): "peter
# long (peterlong@yahoo.com)", "ricardo lópez <rlopez@hotmail.com>"; a first name opens it
_LOWER_BEFORE_ADDRESS = re.compile(
    rf"(?<![\w.@-])([{_LOW}][{_LOW}'’-]+(?:[ ][{_LOW}][{_LOW}'’-]*){{1,3}})"
    r"[ \t](?:<|\(|&lt;)\x00"  # (_MASK)
)
# the agent who took a call, by name or handle, alone after the word: "Agent: Lisa. Case ...",
# "Call 15:00, agent dcarlson", "- asesor: José" (not a chat's "Agent: Welcome to ...")
_AGENT = re.compile(
    r"(?i:\b(?:agent|agente|agentin|asesor|asesora|advisor|adviser|conseiller|conseillère"
    r"|berater|beraterin|sachbearbeiter|sachbearbeiterin|atendente|operatore|operatrice))"
    rf"[ \t]*:?[ \t]+([{_UP}{_LOW}][{_UP}{_LOW}'’._-]+)(?=[ \t]*(?:\n|\Z)|\.[ \t])"
)


_AGENT_HINTS = ("agent", "asesor", "advis", "conseil", "berat", "sachbearb", "atendente", "operat")


def _lower_first_name(word: str) -> bool:
    """A first name written small that is no common or function word ("al", "kan", "job")."""
    return (
        len(word) >= 3
        and word not in _AMBIGUOUS
        and not _PARTICLE_RE.fullmatch(word)
        and _known_first(word, _first_names())
    )


def _email_backed_and_agent_spans(text: str) -> Iterable[Span]:
    if not FAST or "\x00" in text:
        for m in _LOWER_BEFORE_ADDRESS.finditer(text):
            run = m[1].split(" ")
            for k in (3, 2):  # "request from peter long": "peter long"
                name = run[-k:]
                if len(name) == k and _lower_first_name(name[0]):
                    if not any(w in _nobody_words() for w in name[:-1]):  # "long" may end it
                        yield m.end(1) - len(" ".join(name)), m.end(1)
                    break
    if FAST and not any(w in _lower(text) for w in _AGENT_HINTS):
        return
    for m in _AGENT.finditer(text):
        word, line_end = m[1], not text.startswith(".", m.end(1))
        if _names_nobody([word]) or word.lower() in _AMBIGUOUS:
            continue
        if not line_end and _context_before(text, m.start(), _SPEAKER_BEFORE, 30):
            continue  # "[9:45] Asesor: Claro. ¿Nombre?": a chat's agent speaking
        handle = _name_handle(word) or (line_end and _SMALL_HANDLE.fullmatch(word) is not None)
        if handle or _known_first(word, _first_names()):
            yield m.span(1)


# a row that opens with a first name and a surname in two cells: "Henriette\tBlot\t03.64...",
# "Noah;Carvalho Monteiro;PT17 ..." (with no header row the columns name)
_FIRST_LAST_CELLS = re.compile(
    rf"\n[ \t]*([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)([\t;])"
    rf"((?:(?:{_PARTICLE}) )?[{_UP}][{_LOW}'’]+(?:[ -][{_UP}][{_LOW}'’]+)?)(?=\2)"
)


def _first_last_cell_spans(text: str) -> Iterable[Span]:
    if FAST and "\t" not in text and ";" not in text:
        return
    for m in _FIRST_LAST_CELLS.finditer(_with_newline(text)):
        first = m[1]
        if _known_first(first, _first_names()) and first.lower() not in _AMBIGUOUS:
            if not _names_nobody([first, *m[3].split()]):
                yield m.start(1) - 1, m.end(1) - 1
                yield m.start(3) - 1, m.end(3) - 1


_VCARD_NAME = re.compile(rf"\n(?:N|FN)(?:;[^:\n]*)?:({_NAME_VALUE})(?:;({_NAME_VALUE}))?")


def _field_name_spans(text: str) -> Iterable[Span]:
    spans = [*_line_spans(_FIELD_LINE, text)]
    if not FAST or "BEGIN:VCARD" in text:
        for m in _VCARD_NAME.finditer(_with_newline(text)):
            spans += [(m.start(g) - 1, m.end(g) - 1) for g in (1, 2) if m[g]]
    if not FAST or '":' in text:
        spans += [m.span(1) for m in _FIELD_JSON.finditer(text)]
    for start, end in spans:
        words = [w for w in text[start:end].split() if not _PARTICLE_RE.fullmatch(w)]
        if words and not any(w.lower() in _COMMON_WORDS | _ROLE_WORDS for w in words):
            yield start, end


# a chat transcript's speaker label, in the shapes chat exports write: "[17:31] étienne langlois:",
# "07/01/2024, 20:52 - asafe mendes mendonça:", "mathias garcia (18:18):", "Karen (Support)
# (10:06):"; with the time there, the label is a speaker in any case
_CHAT_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?"
_SPEAKER_LINE = re.compile(  # a line pattern (_line_spans)
    rf"\n[ \t>]*(?:(?:\[[^\]\n]{{0,22}}{_CHAT_TIME}\][ \t]*"
    rf"|[^\n\[\]:]{{0,30}}?\b{_CHAT_TIME},?[ \t]+[-–][ \t]+|{_CHAT_TIME}[ \t]+)"
    rf"({_NAME_VALUE}?)(?:[ \t]\([^()\n]{{1,16}}\))?:[ \t]"
    rf"|({_NAME_VALUE}?)(?:[ \t]\([^()\n]{{1,24}}\))?"  # "Jérôme (Service client) [15:05]:"
    rf"[ \t](?:\({_CHAT_TIME}\)|\[{_CHAT_TIME}\]):(?:[ \t]|(?=\n)))"
)
# who speaks, not by name: a role ("Agent:", "Kundeservice:") or a program ("sshd:")
_ROLE_WORDS = frozenset(
    "agent bot chatbot system support customer kunde cliente klant you me operator host guest user"
    " visitor kundeservice kundenservice assistant assistente service automated virtual admin"
    " moderator staff info error warning warn debug notice assistent digitale virtuaaliavustaja"
    " botti asistente assistenza helpdesk agente operatore operátor zákazník klient mitarbeiter"
    " mitarbeiterin medewerker medewerkster collaborateur collaboratrice operador operadora gestor"
    " gestora kundin visitatore visiteur visitante besucher member kund tuki soporte sender"
    " system staff team".split()
)


# ... and without a time: "lot aarden: het pakket is er nog steeds niet", where two speakers take
# turns (each label opens two lines or more), as no form or mail header does
_UNTIMED_SPEAKER = re.compile(rf"\n[ \t>]*({_NAME_VALUE}?):[ \t]+[^\s\d]")  # a line pattern


def _speaker_label(label: str, handles: bool = False) -> bool:
    """A speaker label names a person: two words, a first name or a name handle; with `handles`
    (a timed or IRC transcript, where every label is a speaker) any small-letter handle too
    ("jdoktor", "vmclean"), though never a service account."""
    words = [w for w in label.split() if not _PARTICLE_RE.fullmatch(w)]
    return (
        bool(words)
        and not label.isupper()  # "ERROR", "WARN" in a log
        and (
            len(words) >= 2
            or _known_first(words[0], _first_names())
            or _name_handle(words[0])
            or (handles and _SMALL_HANDLE.fullmatch(words[0]) is not None)
        )
        and not any(w.lower() in _COMMON_WORDS | _ROLE_WORDS for w in words)
        and not (handles and _names_nobody(words))
    )


_SMALL_HANDLE = re.compile(r"[a-z][a-z0-9]{3,19}")


_HANDLE_PARTS = re.compile(r"[._]")


def _name_handle(word: str) -> bool:
    """A user handle made of a name: "carol.holland", "dobson.lindsey", "graham_c"."""
    parts = _HANDLE_PARTS.split(word)
    return len(parts) >= 2 and any(
        len(p) >= 3 and _known_first(p, _first_names()) and p.lower() not in _AMBIGUOUS
        for p in parts
    )


_CHAT_TIME_HINT = re.compile(
    r"\d[:.]\d\d(?:[:.]\d\d)?(?: ?[AaPp]\.?[Mm]\.?)?(?:\]|\)|,? [-–] |[ \t]+[^\W\d_][^\n:]{0,40}: )"
)


_VOCATIVE_AFTER = re.compile(rf",(?:[ \t]+[{_LOW}]|[ \t]*$)", re.M)


def _signature_bar(text: str, start: int, end: int) -> bool:
    """The first name opens its line, then a bar and a role: "Rúben | Apoio ao Cliente"."""
    return text.startswith((" | ", " · "), end) and _opens_line(text, start)


_LINE_LABEL = re.compile(r"[ \t>]*[^\W\d_]+[ \t]*:[ \t]*")


def _vocative(text: str, start: int, end: int) -> bool:
    """The first name opens its line, then a comma and small letters: "Gabriella, te ne occupi
    tu?" (not "Brock, Sabrina", a surname and a first name)."""
    if not _VOCATIVE_AFTER.match(text, end):
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return _opens_line(text, start) or bool(_LINE_LABEL.fullmatch(line))  # "Reminder: Jessica,"


# names in small letters where a greeting or a signature puts them: "Hey joshua,", "Cordialement,
# \nalice servais", "--\ncindy smith"; the first word must be a known first name
_GREETING_WORDS = (
    "hi hey hello dear hola olá oi hallo hej hei ciao buongiorno bonjour salut beste liebe lieber"
    " kære kjære querida querido estimado estimada caro cara gentile prezado prezada moin servus"
).split()
_LOWER_RUN = rf"[{_LOW}][{_LOW}'’-]+(?:[ \t][{_LOW}][{_LOW}'’.-]*){{0,2}}"
_LOWER_GREETED = re.compile(
    rf"(?i)\n[ \t>]*(?:{_alternatives(_GREETING_WORDS)})[ \t]+({_LOWER_RUN})[ \t]*(?:[,!:-]|\n|\Z)"
)
_LOWER_LINE = re.compile(rf"\n[ \t>]*({_LOWER_RUN})[ \t]*(?=\n|\Z)")
_SIGNATURE_BEFORE = re.compile(
    rf"(?i)(?:\b(?:{_alternatives(_CUE_SIGNOFFS)})[ \t]*[,.!]?|^[ \t>]*--?)[ \t]*\n[ \t>]*\Z",
)


def _lower_name_spans(text: str) -> Iterable[Span]:
    first_names = _first_names()
    candidates = [*_line_spans(_LOWER_GREETED, text)]
    for start, end in _line_spans(_LOWER_LINE, text):
        if _SIGNATURE_BEFORE.search(text, max(0, start - 60), start):
            candidates.append((start, end))
    for start, end in candidates:
        words = text[start:end].split()
        if (
            len(words[0]) >= 3
            and _known_first(words[0], first_names)
            and not any(w in _COMMON_WORDS or w in _AMBIGUOUS for w in words)
        ):
            yield start, end


# ... as IRC logs write it ("<paul> the parcel ...") and as Slack copies do, the time after the
# name on a line of its own ("angela  18:53\nCan I add a bag?"); two such lines or more
_IRC_SPEAKER = re.compile(  # a line pattern; "[16:35] <richardd> Salut" too
    rf"\n[ \t>]*(?:\[[^\]\n]{{0,22}}\][ \t]*)?<({_NAME_VALUE}?)>[ \t]"
)
_SLACK_SPEAKER = re.compile(rf"\n[ \t>]*({_NAME_VALUE}?)[ \t]{{1,3}}{_CHAT_TIME}[ \t]*(?=\n)")


_IRC_HINT = re.compile(r"(?:^|\n)[ \t>]*(?:\[[^\]\n]{0,22}\][ \t]*)?<")
_SLACK_HINT = re.compile(r"\d[:.]\d\d[ \t]*\n")


def _labelled_turns(text: str) -> Iterable[Span]:
    for pattern, hint in ((_IRC_SPEAKER, _IRC_HINT), (_SLACK_SPEAKER, _SLACK_HINT)):
        if FAST and len(hint.findall(text, 0)) < 2:
            continue
        turns = [(a, b) for a, b in _line_spans(pattern, text) if b > a]
        if len(turns) >= 2:
            yield from ((a, b) for a, b in turns if _speaker_label(text[a:b], handles=True))


def _speaker_spans(text: str) -> Iterable[Span]:
    yield from _labelled_turns(text)
    if FAST and ":" not in text:
        return
    if not FAST or _CHAT_TIME_HINT.search(text):
        for start, end in _line_spans(_SPEAKER_LINE, text):
            if end > start and _speaker_label(text[start:end], handles=True):
                yield start, end
    if FAST and text.count(": ") < 4:
        return  # two speakers, two turns each
    turns = [(text[a:b], a, b) for a, b in _line_spans(_UNTIMED_SPEAKER, text) if b > a]
    counts = Counter(label for label, _, _ in turns)
    if sum(1 for n in counts.values() if n >= 2) >= 2:
        for label, start, end in turns:
            if counts[label] >= 2 and _speaker_label(label):
                yield start, end


def _other_occurrences(text: str, found: list[Span]) -> Iterable[Span]:
    """Each found name elsewhere in the text: a name of two words or more in any case ("laura
    nitti", a chat label, is "Laura Nitti"), a one-word name and the first name of a longer one
    where written with a capital ("Sara"; "tak" is no "Tak"), never as part of a street or
    product ("Sara Street"). A surname alone is not looked for: "Montt" of "Manuel Montt" is also
    "Puerto Montt". Plain string search: a pattern compiled per text would cost more."""
    low = _lower(text)
    if not found or len(low) != len(text):  # a few letters change length when lower-cased
        return
    first_names = _first_names()
    wanted: dict[str, bool] = {}  # lower-cased name -> found in any case
    for start, end in found:
        words = [w for w in text[start:end].split() if not _PARTICLE_RE.fullmatch(w.lower())]
        wanted[low[start:end]] = len(words) >= 2
        first = words[0] if len(words) >= 2 else ""
        if (
            len(first) >= 3
            and not first.isupper()
            and first.lower() not in _COMMON_WORDS | _AMBIGUOUS
            and _known_first(first, first_names)
        ):
            wanted.setdefault(first.lower(), False)
    for name, any_case in wanted.items():
        pos = low.find(name)
        while pos >= 0:
            end = pos + len(name)
            value = text[pos:end]
            if (
                not _in_word(low, pos, end)
                and (any_case or (value[0].isupper() and not value.isupper()))
                and not any(a < end and pos < b for a, b in found)
            ):
                start, stop = _whole_run(text, pos, end)
                if not product_or_street(text, start, stop):
                    yield start, stop
            pos = low.find(name, end)


def _in_word(low: str, start: int, end: int) -> bool:
    """text[start:end] continues a longer word, address or e-mail on either side."""
    before = low[start - 1] if start else " "
    after = low[end] if end < len(low) else " "
    return before.isalnum() or before in "_@." or after.isalnum() or after in "_@"


# a capitalised word next to a name: "Madelief" before "Schilt"
_CAP_BEFORE = re.compile(rf"(?:^|(?<=[ \t]))[{_UP}][{_LOW}'’-]+[ \t]$")
_CAP_AFTER = re.compile(rf"[ \t][{_UP}][{_LOW}'’-]+(?![\w@])")


def _whole_run(text: str, start: int, end: int) -> Span:
    """A name found elsewhere, widened over the capitalised words right next to it ("Schilt" in
    "Madelief Schilt"): one more word each side at most, and never a common word."""
    before = _CAP_BEFORE.search(text, max(0, start - 30), start)
    if before and before[0].strip().lower() not in _COMMON_WORDS | _CUE_SINGLE:
        start = before.start()
    after = _CAP_AFTER.match(text, end)
    if after and after[0].strip().lower() not in _COMMON_WORDS:
        end = after.end()
    return start, end


_STREET_WORDS = frozenset(
    "street st road rd avenue ave lane drive way boulevard place square mall terrace crescent"
    " close parade straße strasse gasse allee platz weg rua avenida travessa praça largo alameda"
    " estrada rodovia calle via rue piazza court gardens mews grove walk rise vale quay wharf"
    " marg salai nagar chowk corso viale vicolo strada piazzale paseo camino carrer passeig".split()
)
# brands and shops named after people: "the same model they sell at Tim Hortons", "Dr. Martens"
_PERSON_BRANDS = (
    "tim hortons|dr. martens|dr martens|dr. oetker|dr oetker|hugo boss|jack daniel's|jack daniels"
    "|johnnie walker|jim beam|douwe egberts|albert heijn|sara lee|giovanni rana|don simón"
    "|jules destrooper|ben & jerry's|marks & spencer|john lewis|ted baker|paul smith|calvin klein"
    "|ralph lauren|tommy hilfiger|giorgio armani|karl lagerfeld|michael kors|kate spade"
    "|tory burch|estée lauder|yves saint laurent|yves rocher|christian dior|louis vuitton"
    "|coco chanel|jean paul gaultier|pierre cardin|carolina herrera|stella mccartney|jimmy choo"
    "|marc jacobs|steve madden|kurt geiger|russell hobbs|morphy richards|jamie oliver|walt disney"
    "|harley davidson|john deere|fred perry|ben sherman|tom tailor|jack wolfskin|thomas sabo"
    "|charles tyrwhitt|victoria's secret|uncle ben's|betty crocker|martha stewart|max factor"
    "|helena rubinstein|elizabeth arden|sally hansen|laura ashley|david lloyd|ann summers"
    "|franck provost|jean louis david|paul hewitt|dolce & gabbana|jean coutu|emile henry"
    "|wendy's|peter hahn|betty barclay|lorna jane|roberto cavalli|ricardo eletro|van haren"
    "|ninja foodi|mary kay|paul hartmann|hans im glück|ted lapidus|louis widmer|sergio tacchini"
    "|mac address|mac-adresse|adresse mac|dirección mac|indirizzo mac|endereço mac"  # not a "Mac"
).split("|")
_BRAND_WORDS = frozenset(w for b in _PERSON_BRANDS for w in _TOKENS.findall(b))  # "wendy", "s"
# a firm's last words: its legal form or its trade
_TRADE_WORDS = frozenset(
    "ltd ltda llp llc inc gmbh plc corp pty bv sarl removals plumbing plumbers dental logistics"
    " law legal electrical electricians roofing builders construction cleaning motors garage"
    " realty properties accountants accounting consulting consultants solutions services"
    " transport transportes logística logistica contabilidade advogados abogados imobiliária"
    " inmobiliaria immobilien bau partners associates pharmacy apotheke clinic klinik bakery"
    " catering lettings estates surveyors solicitors veterinary vets haulage couriers"
    # ... or a product's: "Jeffrey Baby Monitor", "Tonino Smart Thermostat"
    " monitor earbuds headphones thermostat vacuum grinder lamp speaker camera kettle blender"
    " charger router tablet smartwatch".split()
)
# a product's common noun right before a first name that names its model: "sofá Helena"
_PRODUCT_NOUN_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:sofa|sofá|canapé|couch|lamp|lampe|lampka|lámpara|luminária|lampada|mattress"
    r"|colchão|colchón|matelas|matratze|materac|stroller|poussette|kinderwagen|carrinho|cochecito"
    r"|passeggino|wózek|desk|bureau|schreibtisch|escritorio|scrivania|biurko|chair|chaise|stuhl"
    r"|cadeira|silla|sedia|krzesło|bed|lit|bett|cama|letto|łóżko|łóżeczko|crib|berço|cuna|table"
    r"|tisch|mesa|tavolo|stół|shelf|étagère|regal|estante|scaffale|regał|wardrobe|armoire"
    r"|schrank|armário|armario|szafa|rug|tapis|teppich|tapete|alfombra|dywan|model|modelo|modèle"
    r"|modell|modello)[ \t]+$"
)
_PRODUCT_LABEL = re.compile(
    r"(?i)\b(?:product|produit|produkt|producto|produto|prodotto|artikel|article|item)(?:_?name)?"
    r"[ \t]*[:=][ \t]*[\"']?$"
)
_COMPANY_AFTER = re.compile(
    r"[ \t]+(?:B\.V\.|BV|N\.V\.|GmbH|AG|KG|Ltd\.?|Limited|LLC|Inc\.?|S\.A\.|SA|S\.L\.|SL"
    r"|S\.p\.A\.|SpA|S\.r\.l\.|Srl|SARL|SAS|Ltda\.?|& Cia|& Co\.?|Pty|PLC|Corp\.?|AB|Sp\. z o\.o\.)"
    r"(?!\w)"
)
_STREET_BEFORE = re.compile(
    r"(?:(?<![\w.])(?i:Rua|R\.|Avenida|Av\.|Travessa|Trav\.|Largo|Praça|Alameda|Calle|Via|Piazza|"
    + "|".join(map(re.escape, _ROMANCE_WORDS))
    + r")[ \t]"
    r"(?:d[aeo]s?[ \t]|del[ \t]|della[ \t]|dei[ \t]|degli[ \t]|de la[ \t])?"
    r"|\b(?:via|into|onto|cours)[ \t])$"
)


_STREET_ENDS = ("straat", "straße", "strasse", "gasse", "gade", "vej", "laan", "gracht", "plein")


_PLACE_ENDS = frozenset("ville flats heights village subdivision".split())  # "Jodi Ville" (PH)


def _street_name(text: str, start: int, end: int, words: list[str]) -> bool:
    """ "Queen Street Mall", "Spring Garden Road", "Rua do Carmo": a street, not a person."""
    after = re.match(r"(?:['’]s)?[ \t]+(\w+)", text[end : end + 20])  # "Queen's Avenue"
    return (
        any(w.lower() in _STREET_WORDS or w.lower().endswith(_STREET_ENDS) for w in words)
        or (len(words) >= 2 and words[-1].lower() in _PLACE_ENDS)
        or bool(after and after[1].lower() in _STREET_WORDS)
        or _context_before(text, start, _STREET_BEFORE, 16)
    )


def _quoted(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] in '"“«' and text[end : end + 1] in '"”»' and start > 0


def _own_line(text: str, start: int, end: int) -> bool:
    """The name is all its line holds: a signature ("Liebe Grüße!\\nThomas") or a list entry."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and not _rest_of_line(text, end).strip(" .,!")


_VERB_AFTER = re.compile(
    r"[ \t](?:n['’]|(?:can't|can’t|cannot|can|could|couldn't|is|isn't|was|wasn't|has|hasn't|had"
    r"|will|won't|would|wants|needs|says|said|asked|called|rang|reports|reported|wrote|sent"
    r"|still|also|just|did|didn't|does|doesn't|kann|kommt|hat|ist|konnte|möchte|wird|war|não"
    r"|nao|está|tem|quer|pode|vai|tiene|quiere|non|ha|è|ne|est|heeft|wil|nie|ma|jest"
    r"|chce|może|har)[ \t])"
)


def _sentence_start(text: str, pos: int) -> bool:
    if text.endswith("\t", 0, pos):
        return True  # a table cell starts like a sentence: "Titulaire\tDate de naissance"
    before = text[max(0, pos - 3) : pos].rstrip(" \t")  # a line break is a start: keep it
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
        # at one start the longest candidate wins ("Parsons, John" over "Parsons")
        spans = sorted(set(DETECTORS[entity](work)), key=lambda sp: (sp[0], -sp[1]))
        if not spans:
            continue
        parts, last_end = [], 0
        for start, end in spans:
            if start < last_end or end <= start:  # overlapping candidates of one detector
                continue
            findings.append(Finding(entity, start, end))
            parts += (work[last_end:start], _MASK * (end - start))
            last_end = end
        work = "".join(parts) + work[last_end:]
    return sorted(findings, key=lambda f: f.start)


def warm_up() -> None:
    """Do the one-time work (gazetteer, every address pattern variant, validator imports) now,
    not on a text: forked workers inherit it, and throughput figures leave it out."""
    for units, german, leads in itertools.product((False, True), repeat=3):
        _address_regex(units=units, german=german, leads=leads)
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
    doutor doutora dra ab nota lido mais moment assunto mon tue wed thu fri sat sun remote run
    accounts payable receivable sales billing saluti mvh atte pozdr hej tack
    side gate ao grüsse ik yo el un una io il het een wij je moi nous vous ho mio mi ma mon les le
    seit bel versie remarque moin servus hoi ciao hola salut bonjour beste calle via rua rue kind
    bien bonne bon buen buena buona lo gast ende anfang mitte monat woche raum model unit app
    mob mobile tel phone fax mail email e-mail web website per si ci gli ne non che la
    ontem gisteren gestern ayer ieri hoje heute vandaag oggi hoy não está key ort servizio
    clienti mieter mieterinnen kunden kundinnen kollegen kolleginnen
    tak takk min mit mine din dit hej hei med fra til og jeg vi en hilsen venlig vennlig kære kjære
    ngā kia ora sali zäme grüezi con nel nato nata klant asiakas arvo tila uusi mikä selvä hakija
    kenttä terve moi kiitos called chiamato llamé llamado angerufen appelé liguei ligou zavolal
    zavolala peço tu su parfait perfecto perfetto perfeito data address adresse dirección
    indirizzo endereço client telefon telefone teléfono telefono morada anschrift correo courriel
    """.split()
) | frozenset(  # job titles, departments: a signature's "Facilities Coordinator | Acme" line
    """
    coordinator manager assistant administrator admin accounts accounting office department desk
    helpdesk reception receptionist facilities operations hr human resources director officer
    specialist representative advisor adviser consultant analyst clerk secretary supervisor
    services service gérance comptabilité ressources humaines administration direction
    secrétariat accueil conseiller conseillère responsable gestionnaire administración atención
    contabilidad recursos humanos dirección secretaría gerencia asesor asesora amministrazione
    assistenza ufficio contabilità segreteria risorse umane operatore operatrice direzione apoio
    contabilidade gerência atendimento secretaria direção assistente syndicus boekhouding
    administratie klantenservice klantendienst secretariaat medewerker medewerkster buchhaltung
    verwaltung kundendienst kundenservice personalabteilung hausverwaltung empfang sekretariat
    sachbearbeiter sachbearbeiterin
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
