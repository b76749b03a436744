"""split: stratified and seeded, byte-identical reruns, clear errors, leakage fails closed; per
task.type: the label, the task.stratify field of an extraction answer, or no key (generation)."""

from __future__ import annotations

import hashlib
import json
import math

import pytest

from tasks.dedup import dedup
from tasks.lib.errors import DataError, ParamsError, PipelineError
from tasks.lib.io import read_json, read_records
from tasks.lib.near_dup import NearDup
from tasks.lib.project import RECORDS, REPORT, SPLITS, Project
from tasks.lib.records import label_of
from tasks.scrub_pii import scrub_pii
from tasks.split import (
    check_leakage,
    find_leaks,
    min_per_label,
    split,
    split_records,
    stratify_key,
)
from tasks.validate import validate
from tests.helpers import LABELS, chat, make_project, write_lines


def ticket(i: int, label: str) -> dict:
    # distinct user texts (hex digests share little), so dedup keeps them all
    r = chat(f"ticket {hashlib.sha256(f'{label}{i}'.encode()).hexdigest()[:32]}", label)
    r["id"] = f"{label[:3]}-{i:03d}"
    return r


def dataset(per_label: dict[str, int]) -> list[dict]:
    records = [ticket(i, label) for label, n in per_label.items() for i in range(n)]
    # interleave labels so input order is not grouped by label
    return sorted(records, key=lambda r: hashlib.md5(r["id"].encode()).hexdigest())


def run(records, seed=42, val=0.1, test=0.2, labels=LABELS):
    return split_records(records, seed=seed, val_fraction=val, test_fraction=test, labels=labels)


def test_stratified_sizes_and_every_label_everywhere():
    records = dataset({label: 40 + 10 * k for k, label in enumerate(LABELS)})
    result = run(records)
    sizes = {name: len(result.splits[name]) for name in SPLITS}
    assert sum(sizes.values()) == len(records) == 390
    assert sizes["test"] == 78 and sizes["val"] == 39  # 20% and 10% of the whole
    for name in SPLITS:
        assert set(result.label_counts[name]) == set(LABELS)
    # proportions follow the input: the biggest label stays the biggest in test
    assert max(result.label_counts["test"], key=result.label_counts["test"].get) == "OTHER"
    assert sorted(r["id"] for recs in result.splits.values() for r in recs) == sorted(
        r["id"] for r in records
    )


def test_splits_keep_input_order_and_are_seeded():
    records = dataset(dict.fromkeys(LABELS, 30))
    position = {r["id"]: i for i, r in enumerate(records)}
    a, b = run(records, seed=7), run(records, seed=7)
    assert a.splits == b.splits
    for recs in a.splits.values():
        assert [position[r["id"]] for r in recs] == sorted(position[r["id"]] for r in recs)
    assert run(records, seed=8).splits["test"] != a.splits["test"]


def test_test_split_does_not_depend_on_val_fraction():
    records = dataset(dict.fromkeys(LABELS, 40))
    assert run(records, val=0.1).splits["test"] == run(records, val=0.25).splits["test"]


def test_min_per_label():
    assert min_per_label(0.1, 0.2) == 11
    assert min_per_label(0.45, 0.3) == 5  # train gets 25%: 1/0.25 + 1
    assert min_per_label(0.4, 0.4) == 6


def test_too_few_for_a_label():
    counts = dict.fromkeys(LABELS, 30) | {"RETURNS": 7}
    with pytest.raises(PipelineError) as err:
        run(dataset(counts))
    msg = str(err.value)
    assert "'RETURNS' has 7 record(s)" in msg and "at least 11 needed" in msg


def test_task_label_without_records():
    counts = dict.fromkeys(LABELS[:-1], 30)
    with pytest.raises(PipelineError, match=r"'OTHER' has 0 record\(s\)"):
        run(dataset(counts))


def test_leakage_by_user_text_fails_closed():
    records = dataset(dict.fromkeys(LABELS, 20))
    for r in records[:30]:  # 30 copies of one ticket under different ids cannot share a split
        r["messages"][1]["content"] = "Where is my parcel?"
    with pytest.raises(PipelineError) as err:
        run(records)
    msg = str(err.value)
    assert "leakage: near-duplicates at threshold 90 on user text" in msg
    assert "train~test:" in msg and "run dedup before split" in msg
    assert "parcel" not in msg.lower()  # ids and scores, never the text


def test_check_leakage_ids_and_normalized_text():
    a, b, c = ticket(1, "OTHER"), ticket(2, "OTHER"), ticket(3, "OTHER")
    assert check_leakage({"train": [a, b], "val": [c], "test": []}, NearDup()) == []
    same_id = dict(c, id=a["id"])
    assert check_leakage({"train": [a], "val": [same_id], "test": []}, NearDup()) == [a["id"]]
    shouty = {**c, "messages": [dict(m) for m in c["messages"]]}
    shouty["messages"][1]["content"] = "  " + a["messages"][1]["content"].upper() + "!"
    # the id returned is the one on the checked side (train), test is protected
    assert check_leakage({"train": [a], "val": [], "test": [shouty]}, NearDup()) == [a["id"]]


def _with_user(r: dict, text: str) -> dict:
    r = {**r, "messages": [dict(m) for m in r["messages"]]}
    r["messages"][1]["content"] = text
    return r


def test_find_leaks_near_duplicates_with_scores():
    base = "My parcel with the standing desk frame has been stuck at the depot in Leeds for a week"
    a = _with_user(ticket(1, "OTHER"), base)
    near = _with_user(ticket(2, "OTHER"), base.replace("parcel", "parcle") + " thanks")
    far = ticket(3, "OTHER")
    leaks = find_leaks({"train": [a, far], "val": [], "test": [near]}, NearDup(threshold=90))
    assert [(x.protected, x.other, x.a, x.b) for x in leaks] == [
        ("test", "train", near["id"], a["id"])
    ]
    assert 90 <= leaks[0].score < 100
    assert (
        find_leaks({"train": [a], "val": [], "test": [near]}, NearDup(threshold=leaks[0].score))
        == leaks
    )
    assert (
        find_leaks(
            {"train": [a], "val": [], "test": [near]}, NearDup(threshold=leaks[0].score + 0.01)
        )
        == []
    )
    # both candidate modes agree
    lsh = find_leaks(
        {"train": [a, far], "val": [], "test": [near]}, NearDup(threshold=90, candidates="lsh")
    )
    assert lsh == leaks


def _leaky(n_leaks: int = 3) -> tuple[list[dict], list[str]]:
    """A dataset where the first n_leaks OTHER tickets have a near-copy (typo) elsewhere."""
    records = dataset(dict.fromkeys(LABELS, 30))
    others = [r for r in records if label_of(r) == "OTHER"]
    copies = []
    for k, r in enumerate(others[:n_leaks]):
        code = hashlib.sha256(f"leak{k}".encode()).hexdigest()[:32]
        text = f"Order {code} never arrived, tracking says delivered to the depot"
        r["messages"][1]["content"] = text
        copies.append(_with_user(dict(r, id=f"copy-{k}"), text.replace("arrived", "arived")))
    return records + copies, [r["id"] for r in others[:n_leaks]]


def test_leakage_policy_drop_keeps_test_intact():
    records, _ = _leaky()
    with pytest.raises(PipelineError, match="leakage"):
        run(records)
    result = split_records(
        records, seed=42, val_fraction=0.1, test_fraction=0.2, labels=LABELS, policy="drop"
    )
    plain = split_records(
        [r for r in records if not r["id"].startswith("copy-")],
        seed=42,
        val_fraction=0.1,
        test_fraction=0.2,
        labels=LABELS,
    )
    dropped = result.leakage["dropped"]
    assert dropped and set(dropped) <= {"train", "val"}
    n_pairs = sum(p["n"] for p in result.leakage["pairs"].values())
    assert n_pairs >= 1
    kept = {r["id"] for recs in result.splits.values() for r in recs}
    assert not kept & {rid for ids in dropped.values() for rid in ids}
    assert check_leakage(result.splits, NearDup()) == []  # nothing leaks any more
    for pair in result.leakage["pairs"].values():
        assert all(90 <= s["score"] <= 100 for s in pair["sample"])
    # test is never edited by drop: all of its 20% is there, and only train/val lost records
    assert len(result.splits["test"]) == math.ceil(0.2 * len(records))
    n_dropped = sum(map(len, dropped.values()))
    assert sum(map(len, result.splits.values())) + n_dropped == len(records)
    assert plain.leakage["pairs"] == {}


def _scrubbed(tmp_path, records, **overrides):
    project = make_project(tmp_path, records, **overrides)
    validate.fn(project)
    scrub_pii.fn(project)
    dedup.fn(project)
    return project


def _tickets_project(tmp_path, **overrides):
    records = [{"messages": r["messages"]} for r in dataset(dict.fromkeys(LABELS, 20))]
    return _scrubbed(tmp_path, records, **overrides), records


def test_wrapper_against_file_fail_and_drop(tmp_path):
    project, _ = _tickets_project(tmp_path, split={"leakage": {"against": ["eval.jsonl"]}})
    write_lines(project.root / "eval.jsonl", [])
    test_recs = read_records(project.stage_dir("dedup") / RECORDS)
    split.fn(project)
    test_ids = {r["id"] for r in read_records(project.split_path("test"))}
    leaked = next(r for r in test_recs if r["id"] in test_ids)
    other = next(r for r in test_recs if r["id"] not in test_ids)  # train/val: not checked
    text = leaked["messages"][1]["content"]
    write_lines(
        project.root / "eval.jsonl",
        [{"messages": [{"role": "user", "content": text + "!!"}]}, {"messages": other["messages"]}],
    )
    with pytest.raises(PipelineError) as err:
        split.fn(project)
    msg = str(err.value)
    assert f"eval.jsonl~test: 1 pair(s): {leaked['id']}~eval.jsonl:1" in msg
    assert text not in msg
    # drop cannot fix a test leak: test is never edited
    project = make_project(
        tmp_path, split={"leakage": {"against": ["eval.jsonl"], "policy": "drop"}}
    )
    with pytest.raises(PipelineError, match="test is never edited"):
        split.fn(project)


def test_wrapper_against_file_bad_line(tmp_path):
    project, _ = _tickets_project(tmp_path, split={"leakage": {"against": ["eval.jsonl"]}})
    write_lines(project.root / "eval.jsonl", [{"messages": []}, "{not json"])
    with pytest.raises(DataError) as err:
        split.fn(project)
    assert err.value.line == 2 and err.value.rule == "json" and "eval.jsonl:2" in str(err.value)
    write_lines(project.root / "eval.jsonl", [{"messages": []}, {"messages": "hi"}])
    with pytest.raises(DataError, match=r"eval.jsonl:2: \[shape\]"):
        split.fn(project)
    assert not project.stage_dir("split").exists()


def test_wrapper_report_has_leakage_section(tmp_path, caplog):
    project, _ = _tickets_project(tmp_path)
    with caplog.at_level("INFO"):
        summary = split.fn(project)
    candidates = summary["leakage"].pop("candidates")
    assert summary["leakage"] == {
        "policy": "fail",
        "threshold": 90.0,
        "field": "user",
        "against": [],
        "pairs": {},
        "dropped": {},
    }
    # each cross-split check names the candidate path it took and why: small data, all pairs
    assert set(candidates) == {"train~val", "train~test", "val~test"}
    assert all(r.startswith("all pairs: ") and "est. " in r for r in candidates.values())
    assert "candidates: train~val all pairs: " in caplog.text


def _scrubbed(tmp_path, records, **overrides):
    project = make_project(tmp_path, records, **overrides)
    validate.fn(project)
    scrub_pii.fn(project)
    dedup.fn(project)
    return project


def test_wrapper_writes_splits_and_report(tmp_path):
    records = [{"messages": r["messages"]} for r in dataset(dict.fromkeys(LABELS, 20))]
    project = _scrubbed(tmp_path, records)
    summary = split.fn(project)
    assert sorted(p.name for p in project.stage_dir("split").iterdir()) == sorted(
        [f"{name}.jsonl" for name in SPLITS] + [REPORT]
    )
    for name in SPLITS:
        recs = read_records(project.split_path(name))
        assert len(recs) == summary["n"][name]
        assert {label_of(r) for r in recs} == set(LABELS)
        assert summary["label_counts"][name] == {
            label: sum(label_of(r) == label for r in recs) for label in sorted(LABELS)
        }
    assert summary["n"] == {"train": 84, "val": 12, "test": 24}
    assert read_json(project.stage_dir("split") / REPORT) == summary


def test_wrapper_byte_identical_reruns(tmp_path):
    records = [{"messages": r["messages"]} for r in dataset(dict.fromkeys(LABELS, 20))]
    project = _scrubbed(tmp_path, records, split={"seed": 3})
    split.fn(project)
    first = {p.name: p.read_bytes() for p in project.stage_dir("split").iterdir()}
    split.fn(project)
    assert {p.name: p.read_bytes() for p in project.stage_dir("split").iterdir()} == first


def test_wrapper_error_writes_nothing(tmp_path):
    counts = dict.fromkeys(LABELS, 12) | {"OTHER": 8}
    records = [{"messages": r["messages"]} for r in dataset(counts)]
    project = _scrubbed(tmp_path, records, split={"test_fraction": 0.25})
    with pytest.raises(PipelineError, match=r"dedup/records.jsonl: label 'OTHER' has 8"):
        split.fn(project)
    assert not project.stage_dir("split").exists()


# ---------------------------------------------------------------------------------------------
# task.type extraction (stratified on task.stratify) and generation (not stratified)
# ---------------------------------------------------------------------------------------------

EX_SYSTEM = "Extract the ticket's category and urgency as JSON."
EX_SCHEMA = {
    "type": "object",
    "properties": {
        "category": {"enum": ["BILLING", "SHIPPING"]},
        "urgency": {"enum": ["low", "high"]},
        "priority": {"type": ["integer", "null"]},
    },
    "required": ["category", "urgency"],
    "additionalProperties": False,
}


def ex_ticket(i: int, urgency: str, **extra) -> dict:
    code = hashlib.sha256(f"ex{urgency}{i}".encode()).hexdigest()[:32]
    answer = {"category": ["BILLING", "SHIPPING"][i % 2], "urgency": urgency, **extra}
    return {
        "id": f"{urgency}-{i:03d}",
        "messages": [
            {"role": "system", "content": EX_SYSTEM},
            {"role": "user", "content": f"ticket {code}"},
            {"role": "assistant", "content": json.dumps(answer)},
        ],
    }


def ex_dataset(high: int, low: int) -> list[dict]:
    records = [ex_ticket(i, "high") for i in range(high)] + [
        ex_ticket(i, "low") for i in range(low)
    ]
    return sorted(records, key=lambda r: hashlib.md5(r["id"].encode()).hexdigest())


def gen_dataset(n: int) -> list[dict]:
    out = []
    for i in range(n):
        code = hashlib.sha256(f"gen{i}".encode()).hexdigest()[:32]
        out.append(
            {
                "id": f"gen-{i:03d}",
                "messages": [
                    {"role": "system", "content": EX_SYSTEM},
                    {"role": "user", "content": f"please answer ticket {code}"},
                    {"role": "assistant", "content": f"Dear customer, reply {code[:8]}."},
                ],
            }
        )
    return out


def _task(tmp_path, kind: str, **task) -> Project:
    if kind == "extraction":
        task = {"type": "extraction", "schema": EX_SCHEMA, **task}
    else:
        task = {"type": "generation", **task}
    return make_project(tmp_path, None, task={"labels": [], "system_prompt": EX_SYSTEM, **task})


def run_keyed(records, project, **kwargs):
    key, what = stratify_key(project.params.task, project.root)
    return split_records(
        records, seed=42, val_fraction=0.1, test_fraction=0.2, key=key, what=what, **kwargs
    )


def test_extraction_is_stratified_on_the_task_stratify_field(tmp_path):
    project = _task(tmp_path, "extraction", stratify="urgency")
    records = ex_dataset(high=15, low=45)
    result = run_keyed(records, project)
    # 20% of each value in test, 10% in val: the minority keeps its share everywhere
    assert result.label_counts == {
        "train": {"high": 10, "low": 32},
        "val": {"high": 2, "low": 4},
        "test": {"high": 3, "low": 9},
    }
    assert sorted(r["id"] for recs in result.splits.values() for r in recs) == sorted(
        r["id"] for r in records
    )
    assert run_keyed(records, project).splits == result.splits  # seeded


def test_extraction_stratify_values_as_strings_absent_is_null(tmp_path):
    project = _task(tmp_path, "extraction", stratify="priority")
    records = [ex_ticket(i, "low", priority=1) for i in range(12)]
    records += [ex_ticket(100 + i, "high", priority=None) for i in range(6)]
    records += [ex_ticket(200 + i, "high") for i in range(6)]  # absent: same as null
    result = run_keyed(records, project)
    assert {v for counts in result.label_counts.values() for v in counts} == {"1", "null"}
    assert sum(c["null"] for c in result.label_counts.values()) == 12


def test_extraction_too_few_for_a_stratify_value_names_it(tmp_path):
    project = _task(tmp_path, "extraction", stratify="urgency")
    with pytest.raises(PipelineError) as err:
        run_keyed(ex_dataset(high=7, low=45), project, where="in.jsonl")
    msg = str(err.value)
    assert msg.startswith("in.jsonl: task.stratify 'urgency' value 'high' has 7 record(s)")
    assert "at least 11 needed" in msg and "or set task.stratify: null" in msg


def test_extraction_without_stratify_is_a_seeded_random_split(tmp_path):
    project = _task(tmp_path, "extraction")
    records = ex_dataset(high=7, low=45)  # too few 'high' to stratify: fine unstratified
    result = run_keyed(records, project)
    assert result.label_counts == {"train": {}, "val": {}, "test": {}}
    assert {k: len(v) for k, v in result.splits.items()} == {"train": 35, "val": 6, "test": 11}
    assert run_keyed(records, project).splits == result.splits
    other = split_records(records, seed=7, val_fraction=0.1, test_fraction=0.2, key=None)
    assert other.splits["test"] != result.splits["test"]


def test_stratify_must_name_a_schema_field(tmp_path):
    project = _task(tmp_path, "extraction", stratify="team")
    with pytest.raises(ParamsError) as err:
        stratify_key(project.params.task, project.root)
    assert str(err.value) == (
        "task.stratify 'team' is not a top-level field of task.schema (fields: category, "
        "urgency, priority); name one of them, or set it to null"
    )


def test_generation_is_not_stratified_and_checks_only_split_sizes(tmp_path):
    project = _task(tmp_path, "generation")
    result = run_keyed(gen_dataset(30), project)
    assert result.label_counts == {"train": {}, "val": {}, "test": {}}
    assert {k: len(v) for k, v in result.splits.items()} == {"train": 21, "val": 3, "test": 6}
    with pytest.raises(PipelineError) as err:
        run_keyed(gen_dataset(8), project, where="in.jsonl")
    assert str(err.value) == (
        "in.jsonl: 8 record(s), too few to split into train/val/test; at least 11 needed (add "
        "data, or lower split.val_fraction / split.test_fraction)"
    )


def test_generation_leakage_check_unchanged(tmp_path):
    project = _task(tmp_path, "generation")
    records = gen_dataset(30)
    for r in records[:12]:  # one question, twelve different answers: they cannot share a split
        r["messages"][1]["content"] = "Write the refund policy reply."
    with pytest.raises(PipelineError, match="leakage: near-duplicates at threshold 90 on user"):
        run_keyed(records, project)


def _typed_project(tmp_path, records, kind: str, **task):
    project = _task(tmp_path, kind, **task)
    write_lines(project.input_path, [{"messages": r["messages"]} for r in records])
    validate.fn(project)
    scrub_pii.fn(project)
    dedup.fn(project)
    return project


def test_wrapper_extraction_report_counts_per_stratify_value(tmp_path):
    project = _typed_project(
        tmp_path, ex_dataset(high=15, low=45), "extraction", stratify="urgency"
    )
    summary = split.fn(project)
    assert summary["label_counts"] == {
        "train": {"high": 10, "low": 32},
        "val": {"high": 2, "low": 4},
        "test": {"high": 3, "low": 9},
    }
    for name in SPLITS:  # the answers went through unchanged, still JSON
        for rec in read_records(project.split_path(name)):
            assert json.loads(rec["messages"][-1]["content"])["urgency"] in ("high", "low")
    assert read_json(project.stage_dir("split") / REPORT) == summary


def test_wrapper_generation_and_a_bad_stratify_field(tmp_path):
    project = _typed_project(tmp_path / "gen", gen_dataset(30), "generation")
    summary = split.fn(project)
    assert summary["n"] == {"train": 21, "val": 3, "test": 6}
    assert summary["label_counts"] == {"train": {}, "val": {}, "test": {}}
    project = _typed_project(tmp_path / "ex", ex_dataset(15, 45), "extraction", stratify="team")
    with pytest.raises(ParamsError, match="task.stratify 'team' is not a top-level field"):
        split.fn(project)
    assert not project.stage_dir("split").exists()


# ---------------------------------------------------------------------------------------------
# Semantic (paraphrase) leakage: split.leakage.semantic, off by default
# ---------------------------------------------------------------------------------------------

# distinct requests (all-MiniLM-L6-v2 cosine between any two < 0.4; hex tickets score ~0.9)
DISTINCT = [
    "My parcel has been stuck at the depot in Leeds for a week.",
    "Why was I billed twice for the same subscription this month?",
    "I forgot my password and the reset link never arrives.",
    "The mobile app crashes whenever I open the camera screen.",
    "How do I send back shoes that are a size too small?",
    "Do you sponsor local football clubs or charity runs?",
    "Can I pay for a large order in monthly instalments?",
    "Someone logged into my account from another country last night.",
    "The printer driver will not install on my new laptop.",
    "Is the wool sweater available in a larger size next month?",
    "Please delete all personal data you hold about me.",
    "The coffee grinder arrived with a cracked glass lid.",
    "What are your opening hours on public holidays?",
    "My discount voucher expired before I could use it.",
    "The website shows prices in dollars although I live in France.",
    "Could you recommend a tent for winter camping?",
    "I want to change the email address linked to my profile.",
    "The tracking number you sent is not recognised by the courier.",
    "Are your cleaning products safe for homes with cats?",
    "My router keeps dropping the connection every evening.",
]
# re-wordings of DISTINCT[0..3] (cosine 0.71-0.91 to their original; fuzz.ratio ~63-65)
PARAPHRASES = [
    "Hello, my package has been sitting at the Leeds depot for seven days now. Thanks!",
    "Hi there, how come I was charged two times for one subscription this month?",
    "Good morning, I can't remember my password and the reset email never comes through.",
    "Quick question: the phone application crashes every time I go to the camera screen.",
]
RAW_WORDS = ("depot", "subscription", "password", "camera", "package", "charged")


@pytest.fixture(scope="module")
def sem():
    """A paraphrase finder at cosine 0.65 (these paraphrases score 0.71+, distinct pairs < 0.4);
    the model loaded once (per process: tasks.lib.embeddings caches it)."""
    from tasks.lib.semantic_dup import SemanticDup, load_model

    finder = SemanticDup(threshold=0.65)
    load_model(finder)
    return finder


def _gen_record(i: int, user: str) -> dict:
    msgs = [
        {"role": "system", "content": EX_SYSTEM},
        {"role": "user", "content": user},
        {"role": "assistant", "content": f"Dear customer, reply {i}."},
    ]
    return {"id": f"r-{i:02d}", "messages": msgs}


def _paraphrase_dataset() -> list[dict]:
    return [_gen_record(i, t) for i, t in enumerate(DISTINCT + PARAPHRASES)]


def _split(records, **kwargs):
    return split_records(
        records, seed=42, val_fraction=0.1, test_fraction=0.2, key=None, what=None, **kwargs
    )


def test_find_leaks_finds_a_paraphrase_only_with_semantic_on(sem):
    a, far = _gen_record(0, DISTINCT[3]), _gen_record(1, DISTINCT[4])
    para = _gen_record(2, PARAPHRASES[3])
    splits = {"train": [a, far], "val": [], "test": [para]}
    assert find_leaks(splits, NearDup()) == []
    [leak] = find_leaks(splits, NearDup(), semantic=sem)
    assert (leak.protected, leak.other, leak.a, leak.b, leak.check) == (
        "test",
        "train",
        para["id"],
        a["id"],
        "semantic",
    )
    assert 0.65 <= leak.score <= 1
    above = type(sem)(threshold=round(leak.score + 0.001, 4))
    assert find_leaks(splits, NearDup(), semantic=above) == []
    # a pair fuzzy finds stays a fuzzy leak (scored 0-100), not a semantic one
    typo = _gen_record(3, DISTINCT[3].replace("crashes", "crashs"))
    [fz] = find_leaks({"train": [a], "val": [], "test": [typo]}, NearDup(), semantic=sem)
    assert fz.check == "fuzzy" and 90 <= fz.score < 100


def test_semantic_leakage_fails_closed_naming_file_line_and_rule(sem):
    records = _paraphrase_dataset()
    where = "data/dedup/records.jsonl"
    plain = _split(records, where=where)  # off: these paraphrases pass unnoticed
    assert plain.leakage["pairs"] == {} and "semantic_threshold" not in plain.leakage
    assert plain == _split(records, where=where, semantic=None)
    with pytest.raises(PipelineError) as err:
        _split(records, where=where, semantic=sem)
    msg = str(err.value)
    assert msg.startswith(
        f"{where}: leakage: near-duplicates at threshold 90 or paraphrases at cosine >= 0.65 on "
        "user text: "
    )
    assert "run dedup before split, or set split.leakage.policy: drop" in msg
    dropped = _split(records, policy="drop", semantic=sem)  # the same leaks, listed
    assert dropped.leakage["pairs"]
    for pair in dropped.leakage["pairs"].values():
        for s in pair["sample"]:
            a, b = s[next(k for k in s if k in SPLITS)], s["other"]
            line_a, line_b = int(a[2:]) + 1, int(b[2:]) + 1  # r-07 is line 8 of the input
            assert f"{a}~{b} (semantic cosine {s['score']:g}; lines {line_a}~{line_b})" in msg
    assert not any(word in msg.lower() for word in RAW_WORDS)


def test_semantic_leakage_policy_drop_keeps_test_intact(sem):
    records = _paraphrase_dataset()
    result = _split(records, policy="drop", semantic=sem)
    pairs = result.leakage["pairs"]
    samples = [s for p in pairs.values() for s in p["sample"]]
    assert samples and all(s["check"] == "semantic" for s in samples)
    assert all(p["n_semantic"] == p["n"] and "max_score" not in p for p in pairs.values())
    assert result.leakage["semantic_threshold"] == 0.65
    assert result.leakage["semantic_model"] == "minilm"
    dropped = {rid for ids in result.leakage["dropped"].values() for rid in ids}
    # each leak's checked side (train, or val against test) went; test lost nothing
    assert dropped == {s["other"] for s in samples}
    assert len(result.splits["test"]) == math.ceil(0.2 * len(records))
    assert sum(map(len, result.splits.values())) + len(dropped) == len(records)
    assert find_leaks(result.splits, NearDup(), semantic=sem) == []


def test_wrapper_semantic_leak_into_an_against_file(tmp_path, sem):
    records = [{"messages": r["messages"]} for r in _paraphrase_dataset()[: len(DISTINCT)]]
    semantic = {"model": "minilm", "threshold": 0.65}
    leakage = {"against": ["eval.jsonl"], "semantic": semantic}
    task = {"type": "generation", "labels": [], "system_prompt": EX_SYSTEM}
    project = make_project(tmp_path, None, task=task, split={"leakage": leakage})
    write_lines(project.input_path, records)
    write_lines(project.root / "eval.jsonl", [])
    validate.fn(project)
    scrub_pii.fn(project)
    dedup.fn(project)
    summary = split.fn(project)
    assert summary["leakage"]["pairs"] == {} and summary["leakage"]["semantic_threshold"] == 0.65
    test_users = {
        r["messages"][1]["content"]: r["id"] for r in read_records(project.split_path("test"))
    }
    in_test = [k for k, t in enumerate(DISTINCT[:4]) if t in test_users]
    assert in_test  # seed 42 puts at least one paraphrased original in test
    write_lines(
        project.root / "eval.jsonl",
        [{"messages": [{"role": "user", "content": p}]} for p in PARAPHRASES],
    )
    with pytest.raises(PipelineError) as err:
        split.fn(project)
    msg = str(err.value)
    assert f"eval.jsonl~test: {len(in_test)} pair(s): " in msg
    for k in in_test:
        assert f"{test_users[DISTINCT[k]]}~eval.jsonl:{k + 1} (semantic cosine " in msg
    assert "test is never edited" not in msg and "run dedup before split" in msg
    assert not any(word in msg.lower() for word in RAW_WORDS)


def test_wrapper_unknown_semantic_model_fails_before_writing(tmp_path):
    project, _ = _tickets_project(tmp_path, split={"leakage": {"semantic": {"model": "nope"}}})
    with pytest.raises(ParamsError, match=r"^split.leakage.semantic.model 'nope': no sentence"):
        split.fn(project)
    assert not project.stage_dir("split").exists()
    with pytest.raises(ParamsError, match=r"'split.leakage.semantic.threshold': Input should be"):
        make_project(tmp_path, split={"leakage": {"semantic": {"threshold": 2}}})
