"""dedup: exact + fuzzy clusters, first record kept, clean outputs, nothing written on error;
multi-turn user text, JSON answers compared canonically, generation answers under field user;
paraphrases with dedup.semantic (off by default)."""

from __future__ import annotations

import hashlib
import json

import pytest

from tasks.dedup import dedup
from tasks.lib.errors import DataError, ParamsError
from tasks.lib.io import read_json, read_records
from tasks.lib.near_dup import NearDup, dedup_records, normalize_text
from tasks.lib.project import CLUSTER_SCORES, CLUSTERS, RECORDS, REPORT
from tasks.lib.records import record_id
from tasks.lib.semantic_dup import SemanticDup, load_model
from tasks.scrub_pii import scrub_pii
from tasks.validate import validate
from tests.helpers import chat, make_project

LONG = "My parcel with the standing desk frame has been stuck at the depot in Leeds for a week now"


def rec(user: str, label: str = "SHIPPING", *extra_turns: tuple[str, str]) -> dict:
    r = chat(user, label)
    r["messages"] += [{"role": role, "content": c} for role, c in extra_turns]
    r["id"] = record_id(r["messages"]) + f"-{len(user)}"  # unique even for identical text
    return r


def ids(records: list[dict]) -> list[str]:
    return [r["id"] for r in records]


def test_normalize_text():
    assert normalize_text("  Hello,\n\tWORLD!!  ") == "hello, world"
    assert normalize_text("¿Dónde está mi pedido?") == "dónde está mi pedido"
    assert normalize_text("...") == ""


def test_exact_duplicates_after_normalization():
    a = rec(LONG)
    b = rec("  " + LONG.upper() + "!!!")
    c = rec(LONG.replace(" ", "   \n "))
    other = rec("How do I reset my password?", "ACCOUNT")
    result = dedup_records([a, other, b, c], NearDup(threshold=100), field="user")
    assert ids(result.kept) == [a["id"], other["id"]]
    assert result.clusters == {a["id"]: [b["id"], c["id"]]}
    assert result.stats["n_exact_dropped"] == 2 and result.stats["n_fuzzy_dropped"] == 0


@pytest.mark.parametrize(
    "variant",
    [
        LONG.replace("parcel", "parcle"),  # typo
        LONG + " thanks!",
        LONG.replace("stuck", "sitting"),  # a word swapped
        LONG.replace(" for", ", for"),
    ],
)
def test_near_duplicates(variant):
    first, dup = rec(LONG), rec(variant)
    result = dedup_records([first, dup], NearDup(threshold=90), field="user")
    assert ids(result.kept) == [first["id"]]
    assert result.stats["n_fuzzy_dropped"] == 1
    assert result.clusters == {first["id"]: [dup["id"]]}


def test_distinct_texts_kept_in_order():
    texts = [
        "Where is my order #48213?",
        "I was charged twice for my subscription.",
        "The app crashes on my Pixel 8 after the 3.2.1 update.",
        "Can I return the boots? They are too small.",
        "Do you have a shop in Denver?",
    ]
    records = [rec(t) for t in texts]
    result = dedup_records(records, NearDup(threshold=90), field="user")
    assert result.kept == records
    assert result.clusters == {}
    assert result.stats["n_in"] == result.stats["n_out"] == 5


def test_first_of_cluster_kept_and_chains_join():
    # b is close to a, c close to b: one cluster, first record kept
    a = rec("aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd")
    b = rec("aaaaaaaaaa bbbbbbbbbb cccccccccc ddddddxxxx")
    c = rec("aaaaaaaaaa bbbbbbbbbb ccccccxxxx ddddddxxxx")
    lone = rec("something else entirely, nothing alike")
    result = dedup_records([lone, c, b, a], NearDup(threshold=90), field="user")
    assert ids(result.kept) == [lone["id"], c["id"]]
    assert result.clusters == {c["id"]: [b["id"], a["id"]]}


def test_conflicting_labels_reported():
    a, b = rec(LONG, "SHIPPING"), rec(LONG + "!", "RETURNS")
    result = dedup_records([a, b], NearDup(threshold=90), field="user")
    assert result.stats["n_conflicting_label_clusters"] == 1
    assert result.stats["conflicting_label_clusters"] == [a["id"]]
    assert ids(result.kept) == [a["id"]]


def test_field_conversation_uses_later_turns_not_system_prompt():
    user = "Where is my parcel #48213?"
    a = rec(user, "It shipped yesterday with UPS and should arrive on Friday.", ("user", "ok"))
    b = rec(user, "We can't find that order number, please check your email.", ("user", "ok"))
    for r in (a, b):
        r["messages"].append({"role": "assistant", "content": "SHIPPING"})
    assert len(dedup_records([a, b], NearDup(threshold=90), field="user").kept) == 1
    assert len(dedup_records([a, b], NearDup(threshold=90), field="conversation").kept) == 2
    # a long shared system prompt must not make short different tickets look alike
    x, y = rec("Refund?", "BILLING"), rec("Hello!", "OTHER")
    assert len(dedup_records([x, y], NearDup(threshold=60), field="conversation").kept) == 2


def test_threshold_extremes():
    records = [rec("abc"), rec("xyz"), rec("ABC")]
    assert len(dedup_records(records, NearDup(threshold=100), field="user").kept) == 2
    assert len(dedup_records(records, NearDup(threshold=0), field="user").kept) == 1


def test_empty_and_single():
    assert dedup_records([], NearDup(threshold=90), field="user").kept == []
    one = [rec("hello")]
    assert dedup_records(one, NearDup(threshold=90), field="user").kept == one


def _validated(tmp_path, records):
    """validate + scrub_pii: what dedup reads."""
    project = make_project(tmp_path, records)
    validate.fn(project)
    scrub_pii.fn(project)
    return project


def tickets() -> list[dict]:
    base = [
        chat("Where is my order #48213? It has been two weeks.", "SHIPPING"),
        chat("I was charged twice for order ORD-2024-11823 this month.", "BILLING"),
        chat("The app keeps crashing on my iPhone 13 since version 3.2.1.", "TECHNICAL"),
        chat("How do I change the email address on my account?", "ACCOUNT"),
        chat("I'd like to return the hiking boots, they are a size too small.", "RETURNS"),
        chat("Do you have a physical store in Denver?", "OTHER"),
    ]
    near = [
        chat("Where is my order #48213? It has been two weeks. thanks!", "SHIPPING"),
        chat("i was charged twice for order ord-2024-11823 this month", "BILLING"),
        chat("The app keeps crashing on my iPhone 13 since version 3.2.1.", "TECHNICAL"),
    ]
    # unrelated tickets (hex digests share little) so the validate minimum is met
    filler = [
        chat(f"Note {hashlib.sha256(bytes([i])).hexdigest()[:40]}", "OTHER") for i in range(20)
    ]
    return base + filler + near


def test_wrapper_writes_outputs_without_raw_text(tmp_path):
    project = _validated(tmp_path, tickets())
    summary = dedup.fn(project)
    out = project.stage_dir("dedup")
    kept = read_records(out / RECORDS)
    assert summary["n_in"] == 29 and summary["n_out"] == 26
    assert summary["n_exact_dropped"] == 2 and summary["n_fuzzy_dropped"] == 1
    validated = read_records(project.stage_dir("scrub_pii") / RECORDS)
    assert kept == validated[:26]  # the originals come first, so they are the ones kept
    clusters = read_json(out / CLUSTERS)
    assert sorted(d for ds in clusters.values() for d in ds) == sorted(ids(validated[26:]))
    assert read_json(out / REPORT) == summary
    for name in (CLUSTERS, REPORT):
        text = (out / name).read_text().lower()
        assert not any(raw in text for raw in ("48213", "iphone", "charged", "note "))


def test_wrapper_deterministic(tmp_path):
    project = _validated(tmp_path, tickets())
    dedup.fn(project)
    out = project.stage_dir("dedup")
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    dedup.fn(project)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first


def test_wrapper_without_scrub_pii_output_writes_nothing(tmp_path):
    project = make_project(tmp_path, tickets())
    validate.fn(project)
    with pytest.raises(DataError) as err:
        dedup.fn(project)
    assert err.value.rule == "file" and "scrub_pii" in str(err.value)
    assert not project.stage_dir("dedup").exists()


def test_wrapper_params(tmp_path):
    records = tickets()
    project = make_project(tmp_path, records, dedup={"threshold": 100, "field": "conversation"})
    validate.fn(project)
    scrub_pii.fn(project)
    summary = dedup.fn(project)
    assert summary["n_fuzzy_dropped"] == 0 and summary["field"] == "conversation"
    assert json.loads((project.stage_dir("dedup") / REPORT).read_text())["threshold"] == 100


def test_keep_longest():
    short, longer = rec(LONG), rec(LONG + " thanks a lot")
    lone = rec("How do I reset my password?", "ACCOUNT")
    result = dedup_records(
        [short, lone, longer], NearDup(threshold=90), field="user", keep="longest"
    )
    assert ids(result.kept) == [lone["id"], longer["id"]]  # input order kept
    assert result.clusters == {longer["id"]: [short["id"]]}
    assert result.stats["keep"] == "longest" and result.stats["n_fuzzy_dropped"] == 1
    first = dedup_records([short, lone, longer], NearDup(threshold=90), field="user", keep="first")
    assert ids(first.kept) == [short["id"], lone["id"]]


@pytest.mark.parametrize("candidates", ["all_pairs", "lsh"])
def test_candidate_modes_agree(candidates):
    records = [dict(r, id=str(k)) for k, r in enumerate(tickets())]
    auto = dedup_records(records, NearDup(threshold=90), field="user")
    other = dedup_records(records, NearDup(threshold=90, candidates=candidates), field="user")
    assert other.kept == auto.kept and other.clusters == auto.clusters


def test_cluster_scores_and_sample_pairs():
    a, b, c = rec(LONG), rec(LONG.replace("parcel", "parcle")), rec(LONG.upper())
    result = dedup_records([a, b, c], NearDup(threshold=90), field="user")
    assert result.clusters == {a["id"]: [b["id"], c["id"]]}
    assert result.cluster_scores == {a["id"]: 100.0}  # the highest pair: a and c are identical
    assert result.stats["n_exact_pairs"] == 1 and result.stats["n_fuzzy_pairs"] == 1
    [pair] = result.stats["sample_pairs"]
    assert {pair["a"], pair["b"]} == {a["id"], b["id"]} and 90 <= pair["score"] < 100


def test_wrapper_cluster_scores_and_report_without_raw_text(tmp_path, caplog):
    project = _validated(tmp_path, tickets())
    with caplog.at_level("INFO"):
        summary = dedup.fn(project)
    # the report and the log line say which candidate path ran and why: small data, all pairs
    assert summary["candidate_path"] == "all_pairs"
    assert summary["candidate_reason"].startswith("all pairs: ")
    assert 0 < summary["all_pairs_est_s"] < 5 and summary["lsh_est_s"] > 0
    assert read_json(project.stage_dir("dedup") / REPORT)["candidate_path"] == "all_pairs"
    assert "candidates all pairs: " in caplog.text
    out = project.stage_dir("dedup")
    clusters, scores = read_json(out / CLUSTERS), read_json(out / CLUSTER_SCORES)
    assert set(scores) == set(clusters) and len(clusters) == 3
    assert sorted(scores.values())[0] >= 90
    assert summary["sample_pairs"] and all(
        set(p) == {"a", "b", "score"} for p in summary["sample_pairs"]
    )
    text = (out / CLUSTER_SCORES).read_text().lower()
    assert not any(raw in text for raw in ("48213", "iphone", "charged", "note "))


def test_the_old_record_count_switch_names_its_replacement(tmp_path):
    with pytest.raises(ParamsError, match=r"all_pairs_max \(a record count\).*all_pairs_max_s"):
        make_project(tmp_path, dedup={"all_pairs_max": 5000})
    finder = NearDup.from_params(
        make_project(tmp_path, dedup={"all_pairs_max_s": 0.5}).params.dedup
    )
    assert finder.all_pairs_max_s == 0.5


def test_the_finder_carries_every_knob_of_the_dedup_section(tmp_path):
    project = make_project(tmp_path, dedup={"runner": "dask", "dask_workers": 3, "num_perm": 32})
    finder = NearDup.from_params(project.params.dedup)
    assert (finder.runner, finder.dask_workers, finder.num_perm) == ("dask", 3, 32)
    assert finder.threshold == project.params.dedup.threshold


# ---------------------------------------------------------------------------------------------
# Every task.type: multi-turn, JSON (extraction) and free-text (generation) answers
# ---------------------------------------------------------------------------------------------


def test_field_user_joins_every_user_turn_of_a_multi_turn_record():
    first = "Where is my parcel #48213?"
    a = rec(first, "Let me check.", ("user", "It was a standing desk frame, ordered in May."))
    b = rec(first, "Let me check.", ("user", "Also, can I change my billing address to Leeds?"))
    c = rec(first, "Let me check.", ("user", "It was a standing desk frame, ordered in May!"))
    for r in (a, b, c):
        r["messages"].append({"role": "assistant", "content": "SHIPPING"})
    result = dedup_records([a, b, c], NearDup(threshold=90), field="user")
    assert ids(result.kept) == [a["id"], b["id"]]  # a later user turn tells a and b apart


def test_extraction_json_answers_compared_canonically():
    answer = {"category": "BILLING", "urgency": "high", "note": "charged twice"}
    a = rec(LONG, json.dumps(answer))
    b = rec(LONG + "!", json.dumps(dict(reversed(answer.items())), indent=2))  # layout, key order
    c = rec(LONG + "!!", json.dumps({**answer, "urgency": "low"}))
    # field user: all three ask the same; only c answers differently (a conflicting cluster)
    result = dedup_records([a, b, c], NearDup(threshold=90), field="user")
    assert ids(result.kept) == [a["id"]]
    assert result.stats["conflicting_label_clusters"] == [a["id"]]
    same = dedup_records([a, b], NearDup(threshold=90), field="user")
    assert same.stats["n_conflicting_label_clusters"] == 0  # same object, other layout
    # field conversation, exact matches only: a and b are the same conversation, c is not
    a, b, c = (rec(LONG, r["messages"][-1]["content"]) for r in (a, b, c))
    conv = dedup_records([a, b, c], NearDup(threshold=100), field="conversation")
    assert ids(conv.kept) == [a["id"], c["id"]] and conv.clusters == {a["id"]: [b["id"]]}


def test_generation_same_question_other_answer_is_a_duplicate_under_field_user():
    q = "Write a short apology for the late delivery of order 48213."
    a = rec(q, "We are sorry your order is late; it ships tomorrow with express delivery.")
    b = rec(q, "Apologies for the delay! Your parcel is on its way and will arrive on Friday.")
    user = dedup_records([a, b], NearDup(threshold=90), field="user")
    assert ids(user.kept) == [a["id"]]  # intended: one example per question
    assert user.stats["n_conflicting_label_clusters"] == 1  # different answers, worth a look
    assert ids(dedup_records([a, b], NearDup(threshold=90), field="conversation").kept) == [
        a["id"],
        b["id"],
    ]


EX_SYSTEM = "Extract the ticket's category and urgency as JSON."
EX_SCHEMA = {
    "type": "object",
    "properties": {"category": {"type": "string"}, "urgency": {"enum": ["low", "high"]}},
    "required": ["category", "urgency"],
}


def test_wrapper_extraction_and_generation_projects(tmp_path):
    def record(user: str, answer: str) -> dict:
        return {
            "messages": [
                {"role": "system", "content": EX_SYSTEM},
                {"role": "user", "content": user},
                {"role": "assistant", "content": answer},
            ]
        }

    users = [f"Note {hashlib.sha256(bytes([i])).hexdigest()[:40]}" for i in range(24)]
    ex = [record(u, json.dumps({"category": "X", "urgency": "low"})) for u in users]
    ex.append(record(users[0] + "!", json.dumps({"urgency": "high", "category": "X"})))
    task = {"type": "extraction", "labels": [], "system_prompt": EX_SYSTEM, "schema": EX_SCHEMA}
    project = _validated_typed(tmp_path / "ex", ex, task)
    summary = dedup.fn(project)
    assert (summary["n_in"], summary["n_out"], summary["n_conflicting_label_clusters"]) == (
        25,
        24,
        1,
    )
    kept = read_records(project.stage_dir("dedup") / RECORDS)
    assert all(json.loads(r["messages"][-1]["content"])["category"] == "X" for r in kept)

    gen = [record(u, f"Reply {i}: thanks, we are on it.") for i, u in enumerate(users)]
    gen.append(record(users[3], "A different reply to the same question."))
    task = {"type": "generation", "labels": [], "system_prompt": EX_SYSTEM}
    project = _validated_typed(tmp_path / "gen", gen, task)
    summary = dedup.fn(project)
    assert (summary["n_in"], summary["n_out"], summary["n_exact_dropped"]) == (25, 24, 1)


def _validated_typed(root, records, task):
    project = make_project(root, records, task=task)
    validate.fn(project)
    scrub_pii.fn(project)
    return project


# ---------------------------------------------------------------------------------------------
# Semantic (paraphrase) dedup: dedup.semantic, off by default (tasks/lib/semantic_dup.py)
# ---------------------------------------------------------------------------------------------

ORIGINAL = "My package was delivered to the wrong address, the photo shows a house I don't know."
PARAPHRASE = (  # clauses swapped, a greeting and a sign-off: cosine ~0.97, fuzz.ratio ~56
    "Hi, the photo shows a house I don't know: my package was delivered to the wrong address. "
    "Please advise."
)


@pytest.fixture(scope="module")
def sem() -> SemanticDup:
    """The default finder, its model loaded once (per process: tasks.lib.textgen caches it)."""
    finder = SemanticDup()
    load_model(finder)
    return finder


UNRELATED = [  # other requests: far from the pair and from each other
    ("I was charged twice for my order, two payments of $49.99 are on my statement.", "BILLING"),
    ("How do I reset my password? The reset link never arrives.", "ACCOUNT"),
    ("The app crashes whenever I open the camera screen.", "TECHNICAL"),
]


def _semantic_project(tmp_path, **dedup_params):
    records = [chat(ORIGINAL, "SHIPPING"), chat(PARAPHRASE, "SHIPPING")]
    records += [chat(text, label) for text, label in UNRELATED]
    overrides = {"validate": {"min_records": 3}} | ({"dedup": dedup_params} if dedup_params else {})
    project = make_project(tmp_path, records, **overrides)
    validate.fn(project)
    scrub_pii.fn(project)
    return project


def test_semantic_is_off_by_default(tmp_path):
    project = _semantic_project(tmp_path)
    assert project.params.dedup.semantic is None
    summary = dedup.fn(project)
    assert summary["n_out"] == summary["n_in"] == 5
    assert "semantic_pairs" not in read_json(project.stage_dir("dedup") / REPORT)


def test_wrapper_reports_semantic_pairs_with_cosines_and_no_text(tmp_path, sem, caplog):
    project = _semantic_project(tmp_path, semantic={"model": "minilm", "threshold": sem.threshold})
    with caplog.at_level("INFO"):
        summary = dedup.fn(project)
    out = project.stage_dir("dedup")
    report = read_json(out / REPORT)
    assert report == summary and summary["n_semantic_dropped"] == 1
    [pair] = [p for p in report["semantic_pairs"] if p["fuzzy"] is None]
    assert sem.threshold <= pair["cosine"] <= 1 and len(read_json(out / CLUSTERS)) == 1
    assert summary["semantic_model"] == "minilm"
    assert "dedup: semantic (minilm, cosine >= 0.9): " in caplog.text
    assert " s embedding + search" in caplog.text
    for name in (REPORT, CLUSTERS, CLUSTER_SCORES):
        text = (out / name).read_text().lower()
        assert "photo" not in text and "package" not in text


@pytest.mark.parametrize(
    "semantic, message",
    [
        ({"threshold": 0}, r"'dedup.semantic.threshold': Input should be greater than 0"),
        ({"threshold": 1.5}, r"'dedup.semantic.threshold': Input should be less than or equal"),
        ({"batch_size": 0}, r"'dedup.semantic.batch_size': Input should be greater than or equal"),
        ({"thresold": 0.9}, r"unknown key 'dedup.semantic.thresold' \(allowed here: model, "),
        ({"model": ""}, r"'dedup.semantic.model': String should have at least 1 character"),
    ],
)
def test_bad_semantic_params_give_one_line_errors(tmp_path, semantic, message):
    with pytest.raises(ParamsError, match=message) as err:
        make_project(tmp_path, dedup={"semantic": semantic})
    assert "\n" not in str(err.value)


def test_an_unknown_semantic_model_folder_fails_before_anything_is_written(tmp_path):
    project = _semantic_project(tmp_path, semantic={"model": "models/none"})
    with pytest.raises(ParamsError) as err:
        dedup.fn(project)
    msg = str(err.value)
    assert msg.startswith("dedup.semantic.model 'models/none': no sentence-transformers folder")
    assert "use minilm" in msg and "\n" not in msg
    assert not project.stage_dir("dedup").exists()
    (tmp_path / "models/none").mkdir(parents=True)  # a folder, but not a model
    with pytest.raises(ParamsError, match="no modules.json"):
        dedup.fn(project)


def test_a_local_semantic_model_folder_is_used(tmp_path, sem):
    from tasks.lib.embeddings import embedding_model_dir

    project = _semantic_project(tmp_path, semantic={"model": str(embedding_model_dir())})
    summary = dedup.fn(project)
    assert summary["semantic_model"] == embedding_model_dir().name  # a name, not a path
    assert summary["n_semantic_dropped"] == 1
