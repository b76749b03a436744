"""The fresh PII corpus: deterministic, well-formed, nine locales, the formats the issue names.

Faker and phonenumbers only: nothing here runs a detector (the corpus must stay unseen by them).
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from collections.abc import Iterator

import pytest

from benchmarks import pii_corpus as pc
from benchmarks import pii_corpus_fresh as fresh
from benchmarks.pii_corpus import LOCALE_ONLY, TYPES, check_doc, luhn_valid
from benchmarks.pii_corpus_fresh import (
    FRESH_LANG,
    FRESH_LOCALES,
    FRESH_NEGATIVE_KINDS,
    FRESH_REGION,
    TEMPLATES,
    build_fresh_corpus,
    iban_valid,
    phone_valid,
)
from tests.benchmarks.corpus_values import span_values
from tests.helpers import strings_in

N = 1800  # 200 docs a locale


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return build_fresh_corpus(N, seed=0)


def test_same_seed_same_corpus_other_seed_other_corpus():
    assert build_fresh_corpus(45, seed=5) == build_fresh_corpus(45, seed=5)
    assert build_fresh_corpus(45, seed=5) != build_fresh_corpus(45, seed=6)
    # and not one of the other corpora under another name
    texts = {d["text"] for d in build_fresh_corpus(45, seed=5)}
    assert not texts & {d["text"] for d in pc.build_heldout_corpus(45, seed=5)}
    assert not texts & {d["text"] for d in pc.build_corpus(45, seed=5)}


def test_spans_are_valid_and_negatives_sit_outside_them(corpus):
    for doc in corpus:
        check_doc(doc)
        assert set(doc) == {"text", "locale", "spans", "negatives"}
        text, last = doc["text"], 0
        for neg in doc["negatives"]:
            start, end = neg["start"], neg["end"]
            value = text[start:end]
            assert value and value == value.strip() and neg["kind"] in FRESH_NEGATIVE_KINDS, neg
            assert start >= last, doc  # sorted, non-overlapping
            assert not any(s["start"] < end and start < s["end"] for s in doc["spans"]), doc
            last = end


def test_every_type_in_every_locale_where_it_applies(corpus):
    assert {d["locale"] for d in corpus} == set(FRESH_LOCALES) and len(FRESH_LOCALES) == 9
    seen = Counter((d["locale"], s["type"]) for d in corpus for s in d["spans"])
    for locale in FRESH_LOCALES:
        for etype in TYPES:
            applies = locale in LOCALE_ONLY.get(etype, (locale,))
            assert (seen[(locale, etype)] > 0) == applies, (locale, etype)


def test_mix_of_empty_docs_entity_counts_and_hard_negatives(corpus):
    n = len(corpus)
    assert 0.1 < sum(not d["spans"] for d in corpus) / n < 0.2
    assert {len(d["spans"]) for d in corpus} == {0, 1, 2, 3, 4, 5}
    assert 0.5 < sum(bool(d["negatives"]) for d in corpus) / n < 0.7
    kinds = Counter(neg["kind"] for d in corpus for neg in d["negatives"])
    assert set(kinds) == set(FRESH_NEGATIVE_KINDS) and len(kinds) >= 12, kinds
    # the real data's weak types carry the most weight
    types = Counter(s["type"] for d in corpus for s in d["spans"])
    weak = min(types[t] for t in ("address", "person", "phone"))
    assert weak > 2 * max(n for t, n in types.items() if t not in ("address", "person", "phone"))


def test_values_have_the_promised_shapes(corpus):
    assert all(luhn_valid(re.sub(r"\D", "", v)) for _, v in span_values(corpus, "card"))
    assert all(iban_valid(v) for _, v in span_values(corpus, "iban"))
    ext = re.compile(r" (ext\.?|x|poste|int\.|toestel|ramal) ?\d+$")
    phones = span_values(corpus, "phone")
    for d, v in phones:  # valid in the doc's own country (without a written extension)
        assert phone_valid(ext.sub("", v), FRESH_REGION[d["locale"]]), (d["locale"], v)
    assert sum(bool(ext.search(v)) for _, v in phones) > 20
    assert any(v.startswith("00") for _, v in phones) and any("(0)" in v for _, v in phones)
    assert all(re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v) for _, v in span_values(corpus, "ssn"))
    assert all(len(re.sub(r"\D", "", v)) == 11 for _, v in span_values(corpus, "cpf"))
    assert all(len(re.sub(r"\D", "", v)) == 14 for _, v in span_values(corpus, "cnpj"))
    assert all("://" in v and "@" in v for _, v in span_values(corpus, "url_credentials"))
    for d in corpus:  # hard negatives that a validator must reject
        for neg in d["negatives"]:
            value = d["text"][neg["start"] : neg["end"]]
            if neg["kind"] == "bad_iban":
                assert not iban_valid(value), value
            if neg["kind"] == "bad_card":
                assert not luhn_valid(value.replace(" ", "")), value
            if neg["kind"] in ("city_alone", "street_alone", "brand", "street_lookalike"):
                assert not re.search(r"\d", value) or neg["kind"] == "street_lookalike", value


POBOX = re.compile(
    r"^(PO Box|P\.O\. Box|Private Bag|BP|CS|Apartado de correos|Apdo\.|Casella Postale|C\.P\."
    r"|Postbus|Postfach|Caixa Postal) \d"
)
UNIT = re.compile(
    r"\b(Apt|Suite|Unit|Flat|Appartement|Bât\.|piso|bajo|izda\.|int\.|scala|Whg\.|OG|Hinterhaus"
    r"|apto|bloco)\b|#\d|^\d+/\d+ |\dº|\d(-\d|-III| A| bis| hs)\b"
)
NUMBER_FIRST = re.compile(r"^(Flat \d+\w?, |\d+/)?\d+")
NUMBER_AFTER = re.compile(r"^\D+ \d+")
POSTCODE_CITY_LINE = {  # a line of its own holding the postcode (and the city)
    "en_US": r"\n[^\n]+, [A-Z]{2} \d{5}",
    "en_GB": r"\n[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b",
    "en_NZ": r"\n[^\n\d]+ \d{4}\b",
    "fr_FR": r"\n\d{5} \S",
    "es_ES": r"\n\d{5} \S",
    "it_IT": r"\n\d{5} \S",
    "nl_NL": r"\n\d{4} ?[A-Z]{2} ",
    "de_DE": r"\n\d{5} \S",
    "pt_BR": r"\n(\d{5}-\d{3} |CEP \d{5}-\d{3})|, \d{5}-\d{3}",
}


def test_the_address_formats_of_the_issue_all_occur(corpus):
    by_locale: dict[str, list[str]] = {}
    for d, v in span_values(corpus, "address"):
        by_locale.setdefault(d["locale"], []).append(v)
    for loc, values in by_locale.items():
        assert any(POBOX.match(v) for v in values), loc
        assert any(UNIT.search(v.split("\n")[0]) for v in values), loc
        assert any("\n" in v for v in values), loc  # a multi-line block is one span
        assert any(re.search(POSTCODE_CITY_LINE[loc], v) for v in values), loc
        streets = [v for v in values if not POBOX.match(v)]
        if FRESH_LANG[loc] in ("en", "fr"):  # house number before the street
            assert sum(bool(NUMBER_FIRST.match(v)) for v in streets) > len(streets) / 2, loc
        else:  # house number after the street
            assert sum(bool(NUMBER_AFTER.match(v)) for v in streets) > len(streets) * 0.8, loc
    # addresses in signatures and shipping blocks: a person's name on the line above
    texts = [d["text"][: s["start"]] for d in corpus for s in d["spans"] if s["type"] == "address"]
    assert sum(bool(re.search(r"\n[^\n]+\n$", t)) for t in texts) > 50


def _person_contexts(corpus: list[dict]) -> Iterator[tuple[dict, str, str, str]]:
    """(doc, value, text before, text after) for every person span."""
    for d in corpus:
        text = d["text"]
        for s in (s for s in d["spans"] if s["type"] == "person"):
            yield d, text[s["start"] : s["end"]], text[: s["start"]], text[s["end"] :]


def test_the_name_formats_of_the_issue_all_occur(corpus):
    people = list(_person_contexts(corpus))
    assert any(re.fullmatch(r"[^,]+, [^,]+", v) for _, v, _, _ in people)  # Last, First
    assert any(v.isupper() and " " in v for _, v, _, _ in people)  # JANE DOE
    assert any(re.fullmatch(r"[A-Z ]{3,} \w+", v) for _, v, _, _ in people)  # DUPONT Marie
    assert any(re.fullmatch(r"\w+ [A-Z]\. \w+", v) for _, v, _, _ in people)  # Jane Q. Doe
    for lang in set(FRESH_LANG.values()):
        mine = [p for p in people if FRESH_LANG[p[0]["locale"]] == lang]
        # a greeting opens the doc ("Hi Jane,", "Dear Mr Okafor,") ...
        assert any("\n" not in b and len(b) < 25 and a[:1] in ",:!.-" for _, _, b, a in mine), lang
        # ... and a signature block or a sign-off closes it
        assert any(b.endswith("-- \n") for _, _, b, _ in mine), lang
        assert any(b.endswith(", ") and "\n" not in a for _, _, b, a in mine), lang
    en = [p for p in people if FRESH_LANG[p[0]["locale"]] == "en"]
    assert any(b.startswith("Dear Mr") for _, _, b, _ in en)
    assert any(re.search(r"\n(Thanks heaps|Ta), $", b) and not a for _, _, b, a in en)
    assert any(b.endswith("c/o ") for _, _, b, _ in en)
    assert any(v.split()[-1] in fresh.WORLD_LAST for _, v, _, _ in en)


def _slotted(t: str) -> str:
    """Lower-cased words, labelled slots as their type and other slots as <x>."""
    t = re.sub(r"\{[~=][^{}]*\}", " <x> ", t.lstrip("^$=").lower())
    t = re.sub(r"\{([a-z_]+)[^{}]*\}", r" <\1> ", t)
    return " ".join(re.findall(r"<\w+>|\w+", t))


def test_templates_are_not_copied_from_the_other_corpora():
    theirs = list(
        strings_in(
            [pc.PII_TEMPLATES, pc.NEGATIVE_TEMPLATES, pc.FILLERS, pc.GREETINGS, pc.SIGNOFFS]
            + [pc.HELDOUT_TEMPLATES]
        )
    )
    mine = list(strings_in(TEMPLATES))
    assert len(mine) > 300
    raw = {t.lstrip("^$=") for t in theirs}
    slotted = {_slotted(t) for t in theirs}
    words = [_slotted(t) for t in theirs]
    for t in mine:
        assert t not in raw, t
        assert _slotted(t) not in slotted, t
        w = _slotted(t)
        if len(w.split()) < 4:
            continue
        for other in words:  # nor a near-copy with a word or two swapped
            sm = difflib.SequenceMatcher(None, w, other)
            if sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8:
                assert sm.ratio() < 0.8, (t, other)


def test_slots_are_known_and_every_language_has_every_part():
    for lang, spec in TEMPLATES.items():
        assert set(spec) == {"open", "close", "body", "neg", "fill"}, lang
        for t in strings_in(spec):
            for slot in re.findall(r"\{([^{}]+)\}", t):
                if slot[0] == "~":
                    assert slot[1:] in FRESH_NEGATIVE_KINDS, (t, slot)
                elif slot[0] == "=":
                    assert slot[1:] in ("title", "role"), (t, slot)
                else:
                    assert slot.partition(":")[0] in TYPES, (t, slot)
        kinds = {s[1:] for t in spec["neg"] for s in re.findall(r"\{([^{}]+)\}", t)}
        assert kinds >= set(FRESH_NEGATIVE_KINDS) - {"company"}, lang


def test_main_prints_jsonl(capsys):
    assert fresh.main(["--n", "4", "--seed", "2"]) == 0
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert docs == build_fresh_corpus(4, seed=2)
