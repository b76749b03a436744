"""The PII benchmark's corpus and scoring: deterministic, well-formed, and scored as documented.

Faker only: nothing here imports presidio or scrubadub (benchmarks/pii.py imports them lazily).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter

import pytest

from benchmarks import pii_corpus as pc
from benchmarks.pii import coverage, fp_on_negatives, match_doc, score
from benchmarks.pii_corpus import (
    HELDOUT_LOCALES,
    HELDOUT_NEGATIVE_KINDS,
    HELDOUT_REGION,
    HELDOUT_TEMPLATES,
    LOCALE_ONLY,
    LOCALES,
    NEGATIVE_KINDS,
    TYPES,
    build_corpus,
    build_heldout_corpus,
    check_doc,
    luhn_valid,
)
from tests.helpers import strings_in


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return build_corpus(500, seed=0)


def test_same_seed_same_corpus_other_seed_other_corpus():
    assert build_corpus(60, seed=7) == build_corpus(60, seed=7)
    assert build_corpus(60, seed=7) != build_corpus(60, seed=8)


def test_spans_slice_to_values_and_never_overlap(corpus):
    for doc in corpus:
        text, last = doc["text"], 0
        for s in doc["spans"]:
            value = text[s["start"] : s["end"]]
            assert value and value == value.strip(), (doc, s)
            assert s["start"] >= last, doc
            assert s["type"] in TYPES
            last = s["end"]
        for neg in doc["negatives"]:  # a hard negative is never inside a labelled span
            start, end = neg["start"], neg["end"]
            assert text[start:end]
            assert not any(s["start"] < end and start < s["end"] for s in doc["spans"])


def test_every_type_in_every_locale_where_it_applies(corpus):
    seen = Counter((d["locale"], s["type"]) for d in corpus for s in d["spans"])
    for locale in LOCALES:
        for etype in TYPES:
            applies = locale in LOCALE_ONLY.get(etype, (locale,))
            assert (seen[(locale, etype)] > 0) == applies, (locale, etype)


def test_mix_of_empty_docs_entity_counts_and_hard_negatives(corpus):
    n = len(corpus)
    assert 0.12 < sum(not d["spans"] for d in corpus) / n < 0.28
    assert max(len(d["spans"]) for d in corpus) <= 4
    assert 0.4 < sum(bool(d["negatives"]) for d in corpus) / n < 0.65
    kinds = Counter(neg["kind"] for d in corpus for neg in d["negatives"])
    for kind in ("order", "version", "date", "digits16", "url", "sha", "uuid", "tracking"):
        assert kinds[kind] > 0, kind


def test_values_have_the_promised_shapes(corpus):
    values: dict[str, list[str]] = {}
    for d in corpus:
        for s in d["spans"]:
            values.setdefault(s["type"], []).append(d["text"][s["start"] : s["end"]])
    assert all(luhn_valid("".join(c for c in v if c.isdigit())) for v in values["card"])
    assert all(len(v) == 11 and v[3] == "-" and v[6] == "-" for v in values["ssn"])
    assert all(len(v) == 18 and v[2] == "." and v[10] == "/" for v in values["cnpj"])
    assert all("://" in v and "@" in v for v in values["url_credentials"])
    assert all("\n" not in v for v in values["address"])
    # the digits16 negatives fail Luhn, so no card detector may claim them
    digits = [
        d["text"][n["start"] : n["end"]].replace(" ", "")
        for d in corpus
        for n in d["negatives"]
        if n["kind"] == "digits16"
    ]
    assert digits and not any(luhn_valid(v) for v in digits)


def test_unknown_locale_is_rejected():
    with pytest.raises(ValueError, match="unsupported locales"):
        build_corpus(5, locales=("fr_FR",))


# --- matching and scoring ---------------------------------------------------------------------


def test_exact_match_scores_perfectly():
    gold = [[("email", 0, 10), ("phone", 20, 30)]]
    s = score(gold, [[("email", 0, 10), ("phone", 20, 30)]])
    assert s["micro"]["precision"] == s["micro"]["recall"] == s["micro"]["f1"] == 1.0
    assert s["email"]["tp"] == 1 and s["micro"]["masked"] == 1.0


def test_overlap_must_reach_half_of_the_longer_span():
    gold = [[("person", 0, 10)]]
    assert score(gold, [[("person", 0, 5)]])["person"]["tp"] == 1  # 5 of 10: exactly half
    assert score(gold, [[("person", 0, 4)]])["person"]["tp"] == 0  # 4 of 10
    # the prediction is the longer one: 10 of 21 is under half, though it covers the gold span
    s = score(gold, [[("person", 0, 21)]])
    assert (s["person"]["tp"], s["person"]["fp"], s["person"]["fn"]) == (0, 1, 1)
    assert s["person"]["masked"] == 1.0  # ... but a scrub would still hide it all


def test_wrong_type_is_a_false_positive_and_a_miss_but_still_masks():
    s = score([[("card", 5, 24)]], [[("phone", 5, 24)]])
    assert (s["card"]["fn"], s["phone"]["fp"]) == (1, 1)
    assert s["micro"]["precision"] == s["micro"]["recall"] == 0.0
    assert s["card"]["masked"] == 1.0


def test_matching_is_one_to_one():
    # two predictions over one gold span: one TP, one FP
    s = score([[("ip", 0, 10)]], [[("ip", 0, 10), ("ip", 1, 10)]])
    assert (s["ip"]["tp"], s["ip"]["fp"], s["ip"]["fn"]) == (1, 1, 0)
    # one prediction over two gold spans: one TP, one FN
    s = score([[("ip", 0, 6), ("ip", 6, 12)]], [[("ip", 0, 12)]])
    assert (s["ip"]["tp"], s["ip"]["fp"], s["ip"]["fn"]) == (1, 0, 1)
    assert s["ip"]["precision"] == 1.0 and s["ip"]["recall"] == 0.5


def test_greedy_matching_prefers_the_larger_overlap():
    gold = [("dob", 0, 10), ("dob", 12, 22)]
    pred = [("dob", 4, 14), ("dob", 11, 22)]  # first overlaps gold 0 by 6 and gold 1 by 2
    assert match_doc(gold, pred) == [(0, 0), (1, 1)]


def test_micro_sums_types_and_docs():
    gold = [[("email", 0, 5)], [("ssn", 0, 11), ("cpf", 20, 34)], []]
    pred = [[("email", 0, 5)], [("ssn", 0, 11)], [("cpf", 3, 9)]]
    s = score(gold, pred)
    assert (s["micro"]["tp"], s["micro"]["fp"], s["micro"]["fn"]) == (2, 1, 1)
    assert s["micro"]["precision"] == pytest.approx(2 / 3)
    assert s["micro"]["recall"] == pytest.approx(2 / 3)
    assert list(s) == ["email", "ssn", "cpf", "micro"]  # TYPES order


def test_coverage_uses_the_union_of_predictions():
    assert coverage(("address", 0, 10), [("person", 0, 4), ("address", 3, 9)]) == 0.9
    assert coverage(("address", 0, 10), []) == 0.0


def test_false_positives_on_hard_negatives_are_counted_by_kind():
    doc = {
        "text": "order #12345678 and a@b.co",
        "locale": "en_US",
        "spans": [{"start": 22, "end": 28, "type": "email"}],
        "negatives": [{"start": 6, "end": 15, "kind": "order"}],
    }
    pred = [[("phone", 7, 15), ("email", 22, 28)]]
    assert fp_on_negatives([doc], pred) == Counter({"order": 1})


# --- the held-out corpus ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def heldout() -> list[dict]:
    return build_heldout_corpus(600, seed=0)


def _values(docs: list[dict]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for d in docs:
        for s in d["spans"]:
            out.setdefault(s["type"], []).append((d["locale"], d["text"][s["start"] : s["end"]]))
    return out


def _iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def test_heldout_same_seed_same_corpus_other_seed_other_corpus():
    assert build_heldout_corpus(60, seed=3) == build_heldout_corpus(60, seed=3)
    assert build_heldout_corpus(60, seed=3) != build_heldout_corpus(60, seed=4)
    # and it is not the dev corpus under another name
    dev_texts = {d["text"] for d in build_corpus(60, seed=3)}
    assert not dev_texts & {d["text"] for d in build_heldout_corpus(60, seed=3)}


def test_heldout_spans_are_valid_and_negatives_sit_outside_them(heldout):
    for doc in heldout:
        check_doc(doc)
        text = doc["text"]
        for neg in doc["negatives"]:
            start, end = neg["start"], neg["end"]
            assert text[start:end] and neg["kind"] in HELDOUT_NEGATIVE_KINDS, neg
            assert not any(s["start"] < end and start < s["end"] for s in doc["spans"]), doc


def test_heldout_every_type_present_and_locale_only_types_stay_home(heldout):
    seen = Counter(s["type"] for d in heldout for s in d["spans"])
    assert set(seen) == set(TYPES), set(TYPES) - set(seen)
    assert min(seen.values()) >= 20, seen
    assert {d["locale"] for d in heldout} == set(HELDOUT_LOCALES)
    for d in heldout:
        types = {s["type"] for s in d["spans"]}
        if d["locale"] == "en_US":  # other en_US values would come from a dev locale
            assert types <= {"ssn"}, d
        elif d["locale"] == "pt_BR":
            assert types <= {"cpf", "cnpj"}, d
        else:
            assert not types & set(LOCALE_ONLY), d


def test_heldout_mix_and_more_hard_negatives_than_dev(heldout):
    n = len(heldout)
    assert 0.08 < sum(not d["spans"] for d in heldout) / n < 0.25
    assert max(len(d["spans"]) for d in heldout) <= 5
    dev = build_corpus(n, seed=0)
    with_neg = sum(bool(d["negatives"]) for d in heldout)
    assert with_neg >= sum(bool(d["negatives"]) for d in dev)
    assert sum(len(d["negatives"]) for d in heldout) >= sum(len(d["negatives"]) for d in dev)
    kinds = Counter(neg["kind"] for d in heldout for neg in d["negatives"])
    assert len(kinds) >= 20, kinds
    assert not set(HELDOUT_NEGATIVE_KINDS) & set(NEGATIVE_KINDS)  # new kinds, not dev ones


def test_heldout_values_have_the_promised_shapes(heldout):
    import phonenumbers

    values = _values(heldout)
    assert all(luhn_valid(re.sub(r"\D", "", v)) for _, v in values["card"])
    assert {len(re.sub(r"\D", "", v)) for _, v in values["card"]} >= {13, 14, 15, 16, 19}
    assert all(_iban_ok(v) for _, v in values["iban"])
    assert {v[:2] for _, v in values["iban"]} == {"AT", "CH", "PT", "IE"}
    for loc, v in values["phone"]:  # valid, not merely possible, in the doc's country
        assert phonenumbers.is_valid_number(phonenumbers.parse(v, HELDOUT_REGION[loc])), (loc, v)
    assert all("://" in v and "@" in v for _, v in values["url_credentials"])
    assert all("\n" not in v for _, v in values["address"])
    emails = [v for _, v in values["email"]]
    assert any("+" in v for v in emails) and any(v != v.lower() for v in emails)
    ips = [v for _, v in values["ip"]]
    assert any(":" in v for v in ips) and any("." in v and ":" not in v for v in ips)
    # hard negatives that must not pass a validator
    for d in heldout:
        for neg in d["negatives"]:
            value = d["text"][neg["start"] : neg["end"]]
            if neg["kind"] == "bad_iban":
                assert not _iban_ok(value), value
            if neg["kind"] == "ean":
                assert not luhn_valid(value), value


def _with_slot_types(t: str) -> str:
    """Lower-cased words with every slot as its type: "Hi {person:first}," -> "hi <person>"."""
    t = re.sub(r"\{~?([a-z_]+)[^{}]*\}", r" <\1> ", t.lstrip("^$=").lower())
    return " ".join(re.findall(r"<\w+>|\w+", t))


def _literal_words(t: str) -> str:
    return " ".join(re.findall(r"\w+", re.sub(r"\{[^{}]*\}", " ", t.lstrip("^$=").lower())))


def test_heldout_templates_are_new():
    dev = list(
        strings_in([pc.PII_TEMPLATES, pc.NEGATIVE_TEMPLATES, pc.FILLERS, pc.GREETINGS, pc.SIGNOFFS])
    )
    held = list(strings_in(HELDOUT_TEMPLATES))
    assert len(held) > 2 * len(dev)
    dev_raw = {t.lstrip("^$") for t in dev}
    dev_norm = {_with_slot_types(t) for t in dev}
    dev_lit = [_literal_words(t) for t in dev]
    for t in held:
        assert t.lstrip("=") not in dev_raw, t
        assert _with_slot_types(t) not in dev_norm, t
        words = _literal_words(t)
        if len(words.split()) < 4:  # a label or a sign-off: the checks above suffice
            continue
        for d in dev_lit:  # no near-copy of a dev sentence with a word or two swapped
            sm = difflib.SequenceMatcher(None, words, d)
            if sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8:
                assert sm.ratio() < 0.8, (t, d)


def test_heldout_slots_are_known():
    kinds = set(HELDOUT_NEGATIVE_KINDS) | {"title"}
    for t in strings_in(HELDOUT_TEMPLATES):
        for slot in re.findall(r"\{([^{}]+)\}", t):
            if slot.startswith("~"):
                assert slot[1:] in kinds, (t, slot)
            else:
                assert slot.partition(":")[0] in TYPES, (t, slot)
