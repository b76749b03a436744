"""scrub_pii: remove personal data and secrets from every turn, then prove they are gone.

    ftpipe stage scrub_pii         # under `dvc repro`
    scrub_pii.fn(project)          # in tests, without the Prefect engine

Reads validate's records, writes `<data.root>/scrub_pii/records.jsonl`, `audit.json` and
`report.json`. Every turn of every record is scrubbed (system, user, assistant; every task.type).
A turn that is a JSON object or array (an extraction answer, a JSON generation answer) is
scanned and replaced inside its keys and values, never in its raw text, and stays valid JSON in
its layout (tasks/lib/json_text.py). Detection is tasks/lib/pii.py (validated identifiers,
names, addresses, secrets); what happens to a found span is a per-entity action from params:

- `placeholder`: the span becomes its type, `[EMAIL]`, `[PERSON]`, ...
- `pseudonym`: the span becomes a realistic fake (Faker), the SAME fake for the same value across
  the dataset, chosen by HMAC-SHA256 of the value under a secret key read from the environment
  variable `scrub_pii.salt_env` (default FTPIPE_PII_SALT). The key is never written anywhere:
  without it nobody can map a fake back to its value by re-running the pipeline.
- `drop`: the whole record is removed.

After scrubbing, the same detectors re-scan the output. Any validated identifier still found
(other than a pseudonym this stage inserted) fails the stage: a DataError naming the input line,
the record id and the entity type, and nothing is written. No raw value ever reaches a log, an
error message, the audit or the report: they hold counts, types and record ids only.

Detection runs in `scrub_pii.workers` processes when > 1 and logs progress on long inputs.

Two optional layers add what the patterns missed. `scrub_pii.tagger` ("bundled", or the path of a
model you trained) is the learned tagger of names and street addresses (tasks/lib/pii_tagger.py);
`scrub_pii.ner` (a spaCy pipeline name) is a NER layer for names (tasks/lib/pii_ner.py). Pattern
findings win where spans overlap, and a layer's find gets the same action as any other
(placeholder, pseudonym, drop). A layer that cannot load stops the stage with one line saying
why. The report records each layer (model, version) and what it added per type. The re-scan
stays pattern-only: the layers add no validated identifier, and the re-scan fails only on those.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from tasks.lib.errors import DataError, ParamsError
from tasks.lib.io import atomic_dir, iter_jsonl, write_json, write_jsonl
from tasks.lib.json_text import Segment, replace_segments, segments
from tasks.lib.pii import (
    ORDER,
    VALIDATED,
    Finding,
    check_entities,
    find_pii_batch,
    without_private_ips,
)
from tasks.lib.pii_ner import add_ner, load_ner
from tasks.lib.pii_tagger import add_tagged, load_tagger
from tasks.lib.project import AUDIT, RECORDS, REPORT, Project
from tasks.lib.runtime import Progress, get_logger, stage_task

PLACEHOLDERS = {entity: f"[{entity.upper()}]" for entity in ORDER}
RESCAN_RULE = "pii_rescan"
MIN_SALT_CHARS = 16
_BATCH = 2048  # records per detection batch: bounded memory, regular progress


# --- pseudonyms -----------------------------------------------------------------------------------
def _normalized(entity: str, value: str) -> str:
    """The form two spellings of one value share: "4111 1111-1111 1111" == "4111111111111111"."""
    if entity in ("card", "iban", "cpf", "cnpj", "ssn", "phone"):
        return re.sub(r"[^0-9A-Za-z]", "", value).upper()
    return " ".join(value.split()).casefold()


def _reshape(value: str, rng: random.Random) -> str:
    """A token of the same shape: prefix up to the last '-'/'_' in the first 8 chars kept."""
    cut = max(value.rfind("-", 0, 8), value.rfind("_", 0, 8)) + 1
    out = []
    for ch in value[cut:]:
        if ch.isdigit():
            out.append(rng.choice("0123456789"))
        elif ch.isupper():
            out.append(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        elif ch.islower():
            out.append(rng.choice("abcdefghijklmnopqrstuvwxyz"))
        else:
            out.append(ch)
    return value[:cut] + "".join(out)


class Pseudonymizer:
    """Maps a value to a realistic fake of its type, the same fake for the same value and key.

    Args:
        key: the secret (bytes); HMAC-SHA256(key, type + value) seeds the fake, so the mapping is
            stable across runs with the same key and unguessable without it.
        locale: Faker locale for names, addresses and phone numbers.
    """

    def __init__(self, key: bytes, locale: str = "en_US"):
        from faker import Faker

        self._key = key
        self._fakers = {loc: Faker(loc) for loc in {locale, "en_US", "pt_BR"}}
        self._local = self._fakers[locale]
        self._cache: dict[bytes, str] = {}

    def __call__(self, entity: str, value: str) -> str:
        msg = f"{entity}\0{_normalized(entity, value)}".encode()
        digest = hmac.new(self._key, msg, hashlib.sha256).digest()
        if digest not in self._cache:
            self._cache[digest] = self._make(entity, value, int.from_bytes(digest[:8], "big"))
        return self._cache[digest]

    def _make(self, entity: str, value: str, seed: int) -> str:
        for f in self._fakers.values():
            f.seed_instance(seed)
        local, us, br = self._local, self._fakers["en_US"], self._fakers["pt_BR"]
        rng = random.Random(seed)
        if entity == "email":  # reserved example domains (RFC 2606): never a real mailbox
            return f"{local.user_name()}@example.{rng.choice(['com', 'org', 'net'])}"
        if entity == "url_credentials":
            scheme = value.split(":", 1)[0]
            return f"{scheme}://{us.user_name()}:{_reshape('x' * 12, rng)}@host.example.com/"
        if entity == "secret":
            return _reshape(value, rng)
        if entity == "iban":
            return local.iban() if hasattr(local, "iban") else us.iban()
        if entity == "card":
            return us.credit_card_number()
        if entity == "ssn":
            return us.ssn()
        if entity == "cpf":
            return br.cpf()
        if entity == "cnpj":
            return br.cnpj()
        if entity == "ip":
            return us.ipv6() if ":" in value else us.ipv4_private()
        if entity == "phone":
            return local.phone_number()
        if entity == "dob":
            return local.date_of_birth(minimum_age=18, maximum_age=90).isoformat()
        if entity == "address":
            return local.address().replace("\n", ", ")
        if entity == "person":
            return local.first_name() if len(value.split()) == 1 else local.name()
        raise ValueError(f"no pseudonym for entity {entity!r}")


def pseudonym_key(env_var: str) -> bytes:
    """The secret from the environment; fails closed (without echoing it) when absent or short."""
    secret = os.environ.get(env_var, "")
    if len(secret) < MIN_SALT_CHARS:
        raise ParamsError(
            f"scrub_pii: a `pseudonym` action needs a secret key of at least {MIN_SALT_CHARS} "
            f"characters in the environment variable {env_var} (e.g. `export {env_var}=$(openssl "
            "rand -hex 32)`); it is never stored with the data. Or use action: placeholder."
        )
    return secret.encode()


# --- the core -------------------------------------------------------------------------------------
@dataclass
class ScrubResult:
    records: list[dict]  # kept records, scrubbed (ids unchanged)
    counts: dict[str, int]  # entities found, by type, over all records (dropped ones included)
    by_record: dict[str, dict[str, int]]  # record id -> entity type -> count, changed records only
    by_role: dict[str, dict[str, int]]  # system/user/assistant -> entity type -> count
    changed_ids: list[str]
    dropped_ids: list[str]
    # per kept record, per message, per segment (tasks.lib.json_text): the pseudonyms inserted
    inserted: list[list[list[list[tuple[int, int]]]]] = field(default_factory=list)
    # layer key -> entity type -> findings only that layer made (see Layer)
    added: dict[str, Counter] = field(default_factory=dict)


@dataclass(frozen=True)
class Layer:
    """An optional detection layer over the patterns: `add(texts, found, entities)` returns per
    text the merged findings (patterns win on overlap) and the layer's own additions."""

    key: str  # its entry in the report and the audit: "tagger" | "ner"
    label: str  # how the log names it
    about: dict  # what the report says of it (model, version...)
    add: Callable[..., tuple[list[list[Finding]], list[list[Finding]]]]


def load_layers(
    tagger: str | None, ner: str | None, root: Path | None = None, workers: int = 1
) -> list[Layer]:
    """The layers switched on (`scrub_pii.tagger`, `scrub_pii.ner`), loaded before any work: one
    that cannot load fails closed (ParamsError). A tagger path is relative to `root`; the tagger
    runs in `workers` processes, like the patterns."""
    layers = []
    if tagger:
        t = load_tagger(tagger, root)
        add = partial(add_tagged, t, workers=workers)
        layers.append(Layer("tagger", f"tagger ({tagger})", t.describe(), add))
    if ner:
        n = load_ner(ner)
        layers.append(Layer("ner", f"NER ({n.name})", n.describe(), partial(add_ner, n)))
    return layers


# per message: (own text, findings in it) per segment (the whole text, or a JSON turn's values)
Scanned = list[tuple[str, list[Finding]]]


def _own(seg: Segment, found: list[Finding]) -> list[Finding]:
    """Findings in the segment's own text (its key, scanned as context before it, cut off)."""
    return [
        Finding(f.entity, max(f.start, seg.start) - seg.start, f.end - seg.start)
        for f in found
        if f.end > seg.start
    ]


def _scan(
    records: Sequence[dict],
    entities: Sequence[str],
    workers: int,
    layers: Sequence[Layer] = (),
    added: dict[str, Counter] | None = None,
    keep_private_ips: bool = False,
) -> list[list[Scanned]]:
    """Per record, per message: its segments' own texts and findings (one detection batch).

    Each layer's findings are merged in turn (patterns, then earlier layers, win on overlap) and
    those kept in a segment's own text are counted into `added[layer.key]` by type.
    """
    segs = [[segments(m["content"]) for m in rec["messages"]] for rec in records]
    flat = [s for msgs in segs for ss in msgs for s in ss]
    texts = [s.text for s in flat]
    found = find_pii_batch(texts, entities, workers=workers)
    if keep_private_ips:
        found = [without_private_ips(t, fs) for t, fs in zip(texts, found, strict=True)]
    for layer in layers:
        # in this process: spaCy's n_process=2 was slower on 2 cores (24.5 s vs 16.0 s for
        # 4,000 held-out docs; start-up and pickling), so `workers` is not passed on
        found, extras = layer.add(texts, found, entities)
        counts = added.setdefault(layer.key, Counter()) if added is not None else Counter()
        for seg, extra in zip(flat, extras, strict=True):
            counts.update(f.entity for f in _own(seg, extra))
    it = iter(found)
    return [[[(s.text[s.start :], _own(s, next(it))) for s in ss] for ss in msgs] for msgs in segs]


def _replace(
    text: str,
    findings: list[Finding],
    actions: dict[str, str],
    pseudonymize: Pseudonymizer | None,
) -> tuple[str, list[tuple[int, int]]]:
    parts: list[str] = []
    inserted: list[tuple[int, int]] = []
    pos = length = 0
    for f in findings:
        parts.append(text[pos : f.start])
        length += f.start - pos
        if actions[f.entity] == "pseudonym" and pseudonymize is not None:
            new = pseudonymize(f.entity, text[f.start : f.end])
            inserted.append((length, length + len(new)))
        else:
            new = PLACEHOLDERS[f.entity]
        parts.append(new)
        length += len(new)
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts), inserted


def _scrub_message(
    content: str, scanned: Scanned, actions: dict[str, str], pseudonymize: Pseudonymizer | None
) -> tuple[str, list[list[tuple[int, int]]]]:
    """The message scrubbed (a JSON turn stays valid JSON) and the pseudonyms inserted per
    segment."""
    if not any(fs for _, fs in scanned):
        return content, [[] for _ in scanned]
    done = [_replace(text, fs, actions, pseudonymize) for text, fs in scanned]
    return replace_segments(content, [text for text, _ in done]), [spans for _, spans in done]


def scrub_text(
    text: str,
    entities: Sequence[str] = ORDER,
    *,
    pseudonymize: Pseudonymizer | None = None,
    actions: dict[str, str] | None = None,
) -> tuple[str, dict[str, int]]:
    """`text` with each found entity replaced (placeholder, or a pseudonym where `actions` says);
    a JSON object or array inside its strings, so it stays valid JSON."""
    check_entities(entities)
    (scanned,) = _scan([{"messages": [{"content": text}]}], entities, 1)[0]
    acts = {e: "placeholder" for e in ORDER} | (actions or {})
    out, _ = _scrub_message(text, scanned, acts, pseudonymize)
    counts = dict.fromkeys((e for e in ORDER if e in entities), 0)
    counts.update(Counter(f.entity for _, fs in scanned for f in fs))
    return out, counts


def scrub_records(
    records: Sequence[dict],
    entities: Sequence[str],
    *,
    actions: dict[str, str] | None = None,
    pseudonymize: Pseudonymizer | None = None,
    workers: int = 1,
    layers: Sequence[Layer] = (),
    keep_private_ips: bool = False,
) -> ScrubResult:
    """Scrub every turn (system, user, assistant) of every record; ids are kept unchanged.

    A turn that is a JSON object or array (an extraction answer) is scrubbed inside its keys and
    values and stays valid JSON in its layout (`tasks.lib.json_text`).

    Args:
        records: `{"id", "messages"}` records.
        entities: which detectors to apply (a subset of ORDER).
        actions: entity -> placeholder | pseudonym | drop (default placeholder).
        pseudonymize: needed when any action is `pseudonym`.
        workers: detection processes (1 = in this process).
        layers: the optional layers (`load_layers`); their finds get the same actions as the
            patterns'.
        keep_private_ips: leave IPs of private ranges in the text (`scrub_pii.private_ips`).
    """
    check_entities(entities)
    acts = {e: "placeholder" for e in ORDER} | (actions or {})
    if pseudonymize is None and any(acts[e] == "pseudonym" for e in entities):
        raise ValueError("a pseudonym action needs a Pseudonymizer")
    result = ScrubResult([], dict.fromkeys((e for e in ORDER if e in entities), 0), {}, {}, [], [])
    progress = Progress("scrub_pii: records", len(records), min_total=20_000)
    for lo in range(0, len(records), _BATCH):
        batch = records[lo : lo + _BATCH]
        scanned = _scan(batch, entities, workers, layers, result.added, keep_private_ips)
        for rec, per_msg in zip(batch, scanned, strict=True):
            _scrub_record(rec, per_msg, result, acts, pseudonymize)
        progress.update(lo + len(batch))
    return result


def _scrub_record(
    rec: dict,
    per_msg: list[Scanned],
    result: ScrubResult,
    actions: dict[str, str],
    pseudonymize: Pseudonymizer | None,
) -> None:
    """Count one record's findings into `result`, then drop it or add it scrubbed."""
    kinds: Counter = Counter()
    for msg, scanned in zip(rec["messages"], per_msg, strict=True):
        for f in (f for _, fs in scanned for f in fs):
            role = result.by_role.setdefault(msg["role"], {})
            role[f.entity] = role.get(f.entity, 0) + 1
            kinds[f.entity] += 1
    for entity, n in kinds.items():
        result.counts[entity] += n
    if kinds:
        result.by_record[rec["id"]] = dict(sorted(kinds.items()))
    if any(actions[e] == "drop" for e in kinds):
        result.dropped_ids.append(rec["id"])
        return
    messages, inserted = [], []
    for msg, scanned in zip(rec["messages"], per_msg, strict=True):
        content, spans = _scrub_message(msg["content"], scanned, actions, pseudonymize)
        messages.append({**msg, "content": content})
        inserted.append(spans)
    if kinds:
        result.changed_ids.append(rec["id"])
    result.records.append({**rec, "messages": messages})
    result.inserted.append(inserted)


def rescan(
    records: Sequence[dict],
    entities: Sequence[str],
    inserted: Sequence[Sequence[Sequence[Sequence[tuple[int, int]]]]] | None = None,
    *,
    workers: int = 1,
    keep_private_ips: bool = False,
) -> tuple[list[tuple[int, str, str]], Counter]:
    """Detect again in scrubbed records (JSON turns inside their values, as scrubbed).

    Returns:
        (left, residual): `left` lists (index, record id, entity type) for each VALIDATED
        identifier still found outside the pseudonyms this stage inserted — must be empty;
        `residual` counts the looser types (names, addresses, dates) found again, reported only:
        a pseudonym name next to a capitalised word can read as a new name.
    """
    left: list[tuple[int, str, str]] = []
    residual: Counter = Counter()
    for i, (rec, per_msg) in enumerate(
        zip(
            records,
            _scan(records, entities, workers, keep_private_ips=keep_private_ips),
            strict=True,
        )
    ):
        for j, scanned in enumerate(per_msg):
            ours = inserted[i][j] if inserted else []
            if len(ours) != len(scanned):  # not the segments scrubbed: trust no span
                ours = [[] for _ in scanned]
            for (_, fs), spans in zip(scanned, ours, strict=True):
                for f in fs:
                    if any(a <= f.start and f.end <= b for a, b in spans):
                        continue  # inside a pseudonym we inserted
                    if f.entity in VALIDATED:
                        left.append((i, rec["id"], f.entity))
                    else:
                        residual[f.entity] += 1
    return left, residual


def _audit_and_report(
    result: ScrubResult,
    n_records: int,
    residual: Counter,
    actions: dict[str, str],
    layers: Sequence[Layer],
) -> tuple[dict, dict]:
    """The stage's audit (ids, counts by record and role) and its report (counts only); each
    layer's entry (`tagger`, `ner`) is None when it was off."""
    about = dict.fromkeys(("tagger", "ner"))
    for layer in layers:
        added = result.added.get(layer.key, Counter())
        about[layer.key] = layer.about | {"added": {e: added[e] for e in actions if added[e]}}
    audit = {
        "entities": list(actions),
        "actions": actions,
        "counts": result.counts,
        **about,
        "by_role": {role: dict(sorted(c.items())) for role, c in sorted(result.by_role.items())},
        "n_records": n_records,
        "n_records_changed": len(result.changed_ids),
        "n_records_dropped": len(result.dropped_ids),
        "rescan": {"validated_left": 0, "residual": dict(sorted(residual.items()))},
        "changed_ids": result.changed_ids,
        "dropped_ids": result.dropped_ids,
        "by_record": result.by_record,
    }
    keys = ("n_records", "n_records_changed", "n_records_dropped", "counts", "actions", *about)
    return audit, {k: audit[k] for k in keys}


@stage_task
def scrub_pii(project: Project) -> dict:
    """Scrub validate's records into the scrub_pii folder, failing closed if PII is left."""
    params = project.params.scrub_pii
    entities = [e for e in ORDER if e in params.entities]
    actions = {e: params.action_for(e) for e in entities}
    pseudonymize = None
    if "pseudonym" in actions.values():
        pseudonymize = Pseudonymizer(pseudonym_key(params.salt_env), params.locale)
    # fails closed before any work
    layers = load_layers(params.tagger, params.ner, project.root, params.workers)
    keep_private_ips = params.private_ips == "keep"
    path = project.stage_dir("validate") / RECORDS
    rows = list(iter_jsonl(path))
    result = scrub_records(
        [rec for _, rec in rows],
        entities,
        actions=actions,
        pseudonymize=pseudonymize,
        workers=params.workers,
        layers=layers,
        keep_private_ips=keep_private_ips,
    )
    left, residual = rescan(
        result.records,
        entities,
        result.inserted,
        workers=params.workers,
        keep_private_ips=keep_private_ips,
    )
    if left:
        i, rid, entity = left[0]
        line = next(n for n, rec in rows if rec["id"] == rid)
        more = f" (and {len(left) - 1} more)" if len(left) > 1 else ""
        raise DataError(
            path,
            line,
            RESCAN_RULE,
            f"record {rid}: {entity} still detected after scrubbing{more}; nothing was written",
        )
    audit, report = _audit_and_report(result, len(rows), residual, actions, layers)
    with atomic_dir(project.stage_dir("scrub_pii")) as out:
        write_jsonl(out / RECORDS, result.records)
        write_json(out / AUDIT, audit)
        write_json(out / REPORT, report)
    found = {e: n for e, n in result.counts.items() if n}
    by_layers = "".join(
        f"; {layer.label} added {report[layer.key]['added'] or 'nothing'}" for layer in layers
    )
    get_logger().info(
        "scrub_pii: %d of %d records changed, %d dropped; found %s%s; re-scan clean",
        report["n_records_changed"],
        report["n_records"],
        report["n_records_dropped"],
        found or "nothing",
        by_layers,
    )
    return report
