"""scrub_pii: remove personal data and secrets from every turn, then prove they are gone.

    ftpipe stage scrub_pii         # under `dvc repro`
    scrub_pii.fn(project)          # in tests, without the Prefect engine

Reads validate's records, writes `<data.root>/scrub_pii/records.jsonl`, `audit.json` and
`report.json`. Detection is tasks/lib/pii.py (validated identifiers, names, addresses,
secrets); what happens to a found span is a per-entity action from params:

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
"""

from __future__ import annotations

import hashlib
import hmac
import os
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from tasks.lib.errors import DataError, ParamsError
from tasks.lib.io import atomic_dir, iter_jsonl, write_json, write_jsonl
from tasks.lib.pii import ORDER, VALIDATED, Finding, check_entities, find_pii, find_pii_batch
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
    # per kept record, per message: the spans this stage inserted as pseudonyms
    inserted: list[list[list[tuple[int, int]]]] = field(default_factory=list)


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


def scrub_text(
    text: str,
    entities: Sequence[str] = ORDER,
    *,
    pseudonymize: Pseudonymizer | None = None,
    actions: dict[str, str] | None = None,
) -> tuple[str, dict[str, int]]:
    """`text` with each found entity replaced (placeholder, or a pseudonym where `actions` says)."""
    findings = find_pii(text, entities)
    acts = {e: "placeholder" for e in ORDER} | (actions or {})
    out, _ = _replace(text, findings, acts, pseudonymize)
    counts = dict.fromkeys((e for e in ORDER if e in entities), 0)
    counts.update(Counter(f.entity for f in findings))
    return out, counts


def scrub_records(
    records: Sequence[dict],
    entities: Sequence[str],
    *,
    actions: dict[str, str] | None = None,
    pseudonymize: Pseudonymizer | None = None,
    workers: int = 1,
) -> ScrubResult:
    """Scrub every turn (system, user, assistant) of every record; ids are kept unchanged.

    Args:
        records: `{"id", "messages"}` records.
        entities: which detectors to apply (a subset of ORDER).
        actions: entity -> placeholder | pseudonym | drop (default placeholder).
        pseudonymize: needed when any action is `pseudonym`.
        workers: detection processes (1 = in this process).
    """
    check_entities(entities)
    acts = {e: "placeholder" for e in ORDER} | (actions or {})
    if pseudonymize is None and any(acts[e] == "pseudonym" for e in entities):
        raise ValueError("a pseudonym action needs a Pseudonymizer")
    result = ScrubResult([], dict.fromkeys((e for e in ORDER if e in entities), 0), {}, {}, [], [])
    progress = Progress("scrub_pii: records", len(records), min_total=20_000)
    for lo in range(0, len(records), _BATCH):
        batch = records[lo : lo + _BATCH]
        texts = [m["content"] for rec in batch for m in rec["messages"]]
        found = iter(find_pii_batch(texts, entities, workers=workers))
        for rec in batch:
            per_msg = [next(found) for _ in rec["messages"]]
            kinds = Counter(f.entity for fs in per_msg for f in fs)
            for msg, fs in zip(rec["messages"], per_msg, strict=True):
                for f in fs:
                    role = result.by_role.setdefault(msg["role"], {})
                    role[f.entity] = role.get(f.entity, 0) + 1
            for entity, n in kinds.items():
                result.counts[entity] += n
            if kinds:
                result.by_record[rec["id"]] = dict(sorted(kinds.items()))
            if any(acts[e] == "drop" for e in kinds):
                result.dropped_ids.append(rec["id"])
                continue
            messages, inserted = [], []
            for msg, fs in zip(rec["messages"], per_msg, strict=True):
                content, spans = _replace(msg["content"], fs, acts, pseudonymize)
                messages.append({**msg, "content": content})
                inserted.append(spans)
            if kinds:
                result.changed_ids.append(rec["id"])
            result.records.append({**rec, "messages": messages})
            result.inserted.append(inserted)
        progress.update(lo + len(batch))
    return result


def rescan(
    records: Sequence[dict],
    entities: Sequence[str],
    inserted: Sequence[Sequence[Sequence[tuple[int, int]]]] | None = None,
    *,
    workers: int = 1,
) -> tuple[list[tuple[int, str, str]], Counter]:
    """Detect again in scrubbed records.

    Returns:
        (left, residual): `left` lists (index, record id, entity type) for each VALIDATED
        identifier still found outside the pseudonyms this stage inserted — must be empty;
        `residual` counts the looser types (names, addresses, dates) found again, reported only:
        a pseudonym name next to a capitalised word can read as a new name.
    """
    texts = [m["content"] for rec in records for m in rec["messages"]]
    found = iter(find_pii_batch(texts, entities, workers=workers))
    left: list[tuple[int, str, str]] = []
    residual: Counter = Counter()
    for i, rec in enumerate(records):
        for j, _ in enumerate(rec["messages"]):
            ours = inserted[i][j] if inserted else []
            for f in next(found):
                if any(a <= f.start and f.end <= b for a, b in ours):
                    continue  # inside a pseudonym we inserted
                if f.entity in VALIDATED:
                    left.append((i, rec["id"], f.entity))
                else:
                    residual[f.entity] += 1
    return left, residual


@stage_task
def scrub_pii(project: Project) -> dict:
    """Scrub validate's records into the scrub_pii folder, failing closed if PII is left."""
    params = project.params.scrub_pii
    entities = [e for e in ORDER if e in params.entities]
    actions = {e: params.action_for(e) for e in entities}
    pseudonymize = None
    if "pseudonym" in actions.values():
        pseudonymize = Pseudonymizer(pseudonym_key(params.salt_env), params.locale)
    path = project.stage_dir("validate") / RECORDS
    rows = list(iter_jsonl(path))
    result = scrub_records(
        [rec for _, rec in rows],
        entities,
        actions=actions,
        pseudonymize=pseudonymize,
        workers=params.workers,
    )
    left, residual = rescan(result.records, entities, result.inserted, workers=params.workers)
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
    audit = {
        "entities": entities,
        "actions": actions,
        "counts": result.counts,
        "by_role": {role: dict(sorted(c.items())) for role, c in sorted(result.by_role.items())},
        "n_records": len(rows),
        "n_records_changed": len(result.changed_ids),
        "n_records_dropped": len(result.dropped_ids),
        "rescan": {"validated_left": 0, "residual": dict(sorted(residual.items()))},
        "changed_ids": result.changed_ids,
        "dropped_ids": result.dropped_ids,
        "by_record": result.by_record,
    }
    report = {
        k: audit[k]
        for k in ("n_records", "n_records_changed", "n_records_dropped", "counts", "actions")
    }
    with atomic_dir(project.stage_dir("scrub_pii")) as out:
        write_jsonl(out / RECORDS, result.records)
        write_json(out / AUDIT, audit)
        write_json(out / REPORT, report)
    found = {e: n for e, n in result.counts.items() if n}
    get_logger().info(
        "scrub_pii: %d of %d records changed, %d dropped; found %s; re-scan clean",
        report["n_records_changed"],
        report["n_records"],
        report["n_records_dropped"],
        found or "nothing",
    )
    return report
