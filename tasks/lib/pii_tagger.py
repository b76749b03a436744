"""The learned layer of PII detection: a CRF token tagger for names and street addresses, added
to the patterns' finds (`scrub_pii.tagger`, "bundled" by default; null turns it off).

    tagger = load_tagger("bundled")                      # or a path; fails closed (ParamsError)
    merged, added = add_tagged(tagger, texts, find_pii_batch(texts), ORDER)

Why: the patterns are tuned on labelled corpora, and each corpus written later showed names and
addresses in shapes the rules had not seen. A tagger learns the general signals instead (a
capitalised word after "Hi"/"Sr."/"mein Nachbar", a first name from the gazetteer, a number
next to a street word, the line a value sits on). Measured with benchmarks/pii.py on corpora
the rules were not tuned on: see the README ("PII: the learned layer").

The bundled model (tasks/lib/data/pii_tagger.crfsuite, provenance in pii_tagger.json) is
trained by `python benchmarks/pii_tagger_train.py` on the benchmark corpora the patterns were
tuned on; the untouched ones (that script's NEVER) are never trained on. `train` makes one from any
labelled docs (`{"text", "spans": [{"start", "end", "type"}]}`), e.g. your own reviewed data.

Pattern findings win where spans overlap; a tagged span is added only where no pattern found
anything, only when the tagger is sure of every token in it (MIN_PROB), a name only when the
patterns' brand/shop/street test lets it pass and an address only when it holds a number and a
name, so validated identifiers are never cut or retyped. The features leave out the patterns' own
output on purpose: the rules are near-perfect on the corpora the model trains on, so a model that
saw them would learn to trust them and add nothing where they fail.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from tasks.lib.errors import ParamsError
from tasks.lib.pii import (
    _DE_STREET_ENDINGS,
    _LOW,
    _STREET_WORDS,
    _UP,
    Finding,
    first_name_table,
    product_or_street,
)

RESOURCES = ("data",)  # folders next to this module read at run time (dvc.yaml deps)
TYPES = ("person", "address")  # what the tagger labels; every other type is the patterns' alone
BUNDLED = "bundled"
MODEL = Path(__file__).with_name("data") / "pii_tagger.crfsuite"
MIN_PROB = 0.9  # the smallest marginal probability any token of an added span may have
FEATURES_VERSION = 2  # bump when `features` changes: a model trained on other features is refused

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|\n|[^\w\s]")
# the patterns' letter classes (Latin-1 and Latin Extended-A: "Łukasz" is "Xxxx")
_UPPER, _LOWER = re.compile(f"[{_UP}]"), re.compile(f"[{_LOW}]")
_RUN = re.compile(r"(.)\1{2,}")
# street words (a feature, not a rule: the model weighs them): the patterns' list, plus the
# abbreviations, unit and box words an address holds
_STREET_WORDS_PLUS = _STREET_WORDS | frozenset(
    "ln dr blvd pl ct hwy str ring carrera colonia col piso apt apartment suite unit flat floor"
    " étage andar box postbus apartado caixa postfach postboks allé".split()
)
# German, Dutch and Nordic streets are one word with the street ending: "Nørregade", "Kouter"
_STREET_ENDINGS = tuple(e for e in _DE_STREET_ENDINGS if len(e) >= 3 and not e.endswith("."))


def tokens(text: str) -> list[tuple[int, int]]:
    """Word, newline and punctuation tokens as (start, end)."""
    return [m.span() for m in _TOKEN.finditer(text)]


def _shape(word: str) -> str:
    """ "Müller" -> "Xxx", "B2-4" -> "Xd-d": case and digit pattern, long runs cut to two."""
    return _RUN.sub(r"\1\1", re.sub(r"\d", "d", _LOWER.sub("x", _UPPER.sub("X", word))))


@cache
def _first_names() -> frozenset[str]:
    return frozenset(first_name_table())


@lru_cache(maxsize=200_000)
def _word_features(word: str) -> dict[str, Any]:
    """One word's own features; cached (words repeat: 3x faster), so never mutate the result."""
    if word == "\n":
        return {"nl": 1.0}
    low = word.lower()
    f: dict[str, Any] = {"w": low, "sh": _shape(word), "p3": low[:3], "s3": low[-3:]}
    f["s2"] = low[-2:]
    if word[0].isupper():
        f["cap"] = 1.0
    if word.isupper() and len(word) > 1:
        f["upper"] = 1.0
    if word.isdigit():
        f["dig"], f["dlen"] = 1.0, str(min(len(word), 6))
    elif any(c.isdigit() for c in word):
        f["hasdig"] = 1.0
    if low in _first_names():
        f["fname"] = 1.0
    if low in _STREET_WORDS_PLUS:
        f["street"] = 1.0
    elif len(low) > 5 and low.endswith(_STREET_ENDINGS):
        f["street_end"] = 1.0
    return f


def features(text: str, toks: Sequence[tuple[int, int]] | None = None) -> list[dict[str, Any]]:
    """Per token: the word, its shape and affixes, gazetteer hits, and the word, shape and hits
    of two tokens either side (newlines are tokens: the line a value sits on matters)."""
    toks = tokens(text) if toks is None else toks
    base = [_word_features(text[a:b]) for a, b in toks]
    out = []
    for i, own in enumerate(base):
        f = dict(own, bias=1.0)
        if i == 0 or "nl" in base[i - 1]:
            f["linestart"] = 1.0
        for d in (-2, -1, 1, 2):
            j = i + d
            if not 0 <= j < len(base):
                f[f"{d}:edge"] = 1.0
            elif "nl" in base[j]:
                f[f"{d}:nl"] = 1.0
            else:
                f[f"{d}:w"], f[f"{d}:sh"] = base[j]["w"], base[j]["sh"]
                for key in ("fname", "street", "street_end"):
                    if key in base[j]:
                        f[f"{d}:{key}"] = 1.0
        out.append(f)
    return out


def labels(toks: Sequence[tuple[int, int]], spans: Sequence[dict]) -> list[str]:
    """BIO labels of TYPES from labelled spans (a token inside a span takes its type)."""
    out = ["O"] * len(toks)
    for span in spans:
        if span["type"] not in TYPES:
            continue
        inside = [i for i, (a, b) in enumerate(toks) if a >= span["start"] and b <= span["end"]]
        for k, i in enumerate(inside):
            out[i] = ("B-" if k == 0 else "I-") + span["type"]
    return out


def spans_of(
    text: str, toks: Sequence[tuple[int, int]], tags: Sequence[str]
) -> list[tuple[str, int, int, list[int]]]:
    """(type, start, end, token indices) per tagged span; a newline ends a name, not an address."""
    out: list[tuple[str, int, int, list[int]]] = []
    cur: list | None = None
    for i, ((a, b), tag) in enumerate(zip(toks, tags, strict=True)):
        kind = tag[2:]
        if tag == "O" or (text[a:b] == "\n" and kind != "address"):
            cur = None
            continue
        if tag.startswith("B-") or cur is None or cur[0] != kind:
            cur = [kind, a, b, [i]]
            out.append(cur)  # type: ignore[arg-type]
        else:
            cur[2], cur[3] = b, [*cur[3], i]
    return [tuple(c) for c in out]  # type: ignore[misc]


def read_labelled(path: str | Path) -> list[dict]:
    """Labelled docs from JSONL, one `{"text": str, "spans": [{"start", "end", "type"}]}` a line
    (what `ftpipe train-tagger` reads). Checked as a stage checks its input: the first bad line
    stops it with file, line and rule, never the text.

    Raises:
        DataError: not JSON, no text, a span out of range, overlapping or of an unknown type.
    """
    from tasks.lib.errors import DataError
    from tasks.lib.io import iter_jsonl
    from tasks.lib.params import PII_ENTITIES

    docs = []
    for line, doc in iter_jsonl(path):
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise DataError(path, line, "text", 'each line needs "text": a string')
        spans = doc.get("spans")
        if not isinstance(spans, list):
            raise DataError(path, line, "spans", '"spans" must be a list (may be empty)')
        last = 0
        for k, span in enumerate(sorted(spans, key=lambda x: _start_of(x))):
            where = f"span {k + 1}"
            if not isinstance(span, dict) or span.get("type") not in PII_ENTITIES:
                raise DataError(
                    path,
                    line,
                    "span_type",
                    f"{where}: type must be one of the PII entities {list(PII_ENTITIES)}",
                )
            start, end = span.get("start"), span.get("end")
            if not (isinstance(start, int) and isinstance(end, int)):
                raise DataError(path, line, "span_offsets", f"{where}: start, end must be integers")
            if not 0 <= start < end <= len(doc["text"]):
                raise DataError(path, line, "span_range", f"{where}: not inside the text")
            if start < last:
                raise DataError(path, line, "span_overlap", f"{where}: overlaps the one before")
            last = end
        docs.append({"text": doc["text"], "spans": spans})
    if not docs:
        raise DataError(path, None, "empty", "no labelled docs")
    return docs


def _start_of(span: Any) -> int:
    start = span.get("start") if isinstance(span, dict) else None
    return start if isinstance(start, int) else -1


def train(
    docs: Sequence[dict],
    out: str | Path,
    *,
    c1: float = 0.1,
    c2: float = 0.01,
    max_iterations: int = 150,
    about: dict | None = None,
) -> dict:
    """Train a tagger on labelled docs and write it to `out` (atomically), its provenance to
    `out` with suffix .json. CRF by L-BFGS with L1 (c1) and L2 (c2) penalties (python-crfsuite).

    Returns:
        the provenance: docs, tokens, labels, parameters, seconds, plus `about`.
    """
    import pycrfsuite

    from tasks.lib.io import atomic_file, write_json

    out = Path(out)
    trainer = pycrfsuite.Trainer(verbose=False)
    n_tokens, counts = 0, dict.fromkeys(TYPES, 0)
    for doc in docs:
        toks = tokens(doc["text"])
        trainer.append(features(doc["text"], toks), labels(toks, doc["spans"]))
        n_tokens += len(toks)
        for span in doc["spans"]:
            if span["type"] in counts:
                counts[span["type"]] += 1
    params = {"c1": c1, "c2": c2, "max_iterations": max_iterations}
    trainer.set_params(params | {"feature.possible_transitions": True})
    t0 = time.perf_counter()
    with atomic_file(out) as tmp:
        trainer.train(str(tmp))
    info = {
        "features_version": FEATURES_VERSION,
        "docs": len(docs),
        "tokens": n_tokens,
        "spans": counts,
        "params": params,
        "train_s": round(time.perf_counter() - t0, 1),
        **(about or {}),
    }
    write_json(out.with_suffix(".json"), info)
    return info


@dataclass
class Tagger:
    """A loaded CRF model and what to report about it."""

    path: Path
    crf: Any  # pycrfsuite.Tagger
    info: dict

    def describe(self) -> dict:
        return {"model": str(self.path), **{k: self.info[k] for k in ("docs", "tokens")}}


def load_tagger(model: str | Path, root: Path | None = None) -> Tagger:
    """The bundled model (`"bundled"`) or a trained one by path (relative to `root`).

    Raises:
        ParamsError: no such model, or one trained on other features.
    """
    import pycrfsuite

    from tasks.lib.io import read_json

    path = MODEL if str(model) == BUNDLED else Path(root or ".") / model
    meta = path.with_suffix(".json")
    if not path.is_file() or not meta.is_file():
        raise ParamsError(f"scrub_pii.tagger: no tagger model at {path} (and its {meta.name})")
    info = read_json(meta)
    if info.get("features_version") != FEATURES_VERSION:
        raise ParamsError(
            f"scrub_pii.tagger: {path} was trained on features v{info.get('features_version')}, "
            f"this ftpipe computes v{FEATURES_VERSION}: retrain it"
        )
    crf = pycrfsuite.Tagger()
    crf.open(str(path))
    return Tagger(path, crf, info)


def _tag_one(tagger: Tagger, text: str, wanted: set[str], min_prob: float) -> list[Finding]:
    toks = tokens(text) if wanted else []
    if not toks:
        return []
    crf = tagger.crf
    tags = crf.tag(features(text, toks))
    found = []
    for kind, start, end, idx in spans_of(text, toks, tags):
        if (
            kind in wanted
            and all(crf.marginal(tags[i], i) >= min_prob for i in idx)
            # the patterns' own test: a shop, brand, company or street is nobody's name
            and not (kind == "person" and product_or_street(text, start, end))
            # an address has a number (house, postcode, box) and a name (street, town): a street
            # alone is none, nor a list of numbers
            and not (kind == "address" and not _number_and_name(text[start:end]))
        ):
            found.append(Finding(kind, start, end))
    return found


_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


def _number_and_name(value: str) -> bool:
    return any(c.isdigit() for c in value) and bool(_NAME_WORD.search(value))


_FORKED: Tagger | None = None  # the tagger forked workers inherit (a CRF handle does not pickle)


def _tag_chunk(args: tuple[list[str], set[str], float]) -> list[list[Finding]]:
    texts, wanted, min_prob = args
    assert _FORKED is not None
    return [_tag_one(_FORKED, t, wanted, min_prob) for t in texts]


def tagged_findings(
    tagger: Tagger,
    texts: Sequence[str],
    entities: Sequence[str],
    min_prob: float = MIN_PROB,
    *,
    workers: int = 1,
    chunk: int = 256,
) -> list[list[Finding]]:
    """Per text, the tagged spans of `entities` whose every token has probability >= min_prob;
    in `workers` forked processes when > 1 (as find_pii_batch; results keep input order)."""
    global _FORKED
    import multiprocessing as mp

    wanted = set(TYPES) & set(entities)
    if workers <= 1 or len(texts) < 2 * chunk or "fork" not in mp.get_all_start_methods():
        return [_tag_one(tagger, t, wanted, min_prob) for t in texts]
    chunks = [(list(texts[i : i + chunk]), wanted, min_prob) for i in range(0, len(texts), chunk)]
    _FORKED = tagger
    try:
        with mp.get_context("fork").Pool(workers) as pool:
            return [found for part in pool.map(_tag_chunk, chunks) for found in part]
    finally:
        _FORKED = None


def add_tagged(
    tagger: Tagger,
    texts: Sequence[str],
    found: Sequence[Sequence[Finding]],
    entities: Sequence[str],
    *,
    workers: int = 1,
) -> tuple[list[list[Finding]], list[list[Finding]]]:
    """The patterns' findings per text merged with the tagger's (patterns win on overlap).

    Returns:
        (per text the merged findings, per text the tagged findings added).
    """
    from tasks.lib.pii_ner import merge

    merged, added = [], []
    tagged = tagged_findings(tagger, texts, entities, workers=workers)
    for pats, extra in zip(found, tagged, strict=True):
        m, a = merge(pats, extra)
        merged.append(m)
        added.append(a)
    return merged, added
