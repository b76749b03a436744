"""quality (the stage): every contract rule failing closed for its reason, the deterministic
contract, a report without record text, the failed run's side folder, the Prefect artifact; the
answer rules, balance and size guidance of extraction and generation projects.

The rule table and the report's filters are tested on their own in tests/tasks/lib/."""

from __future__ import annotations

import json
import math
import re
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tasks import quality as quality_mod
from tasks.lib.contract import RULES
from tasks.lib.errors import DataError
from tasks.lib.io import read_json, write_json, write_jsonl
from tasks.lib.project import CONTRACT, SPLITS
from tasks.lib.records import record_id
from tasks.quality import (
    ARTIFACT_KEY,
    DATA_DOCS,
    FAILED_DIR,
    REPORT_HTML,
    TOKEN_STATS,
    quality,
)
from tests.helpers import LABELS, chat, default_params_dict

SYSTEM = default_params_dict()["task"]["system_prompt"]
EMAIL = "jane.secretname@example.org"
PER_LABEL = {"train": 3, "val": 1, "test": 1}


def _rec(user: str, label: str) -> dict:
    rec = chat(user, label, SYSTEM)
    return {"id": record_id(rec["messages"]), **rec}


def _splits(per_label: dict[str, int] = PER_LABEL) -> dict[str, list[dict]]:
    out, i = {}, 0
    for name in SPLITS:
        out[name] = []
        for label in LABELS:
            for _ in range(per_label[name]):
                out[name].append(_rec(f"ticket {i}: a question about {label.lower()}", label))
                i += 1
    return out


@pytest.fixture
def project_with(tmp_path, tiny_model_dir):
    """Factory: a project on the tiny model's tokenizer with the given split records written."""
    from tests.helpers import make_project

    def make(splits: dict[str, list[dict]] | None = None, **overrides):
        overrides["task"] = {"base_model": tiny_model_dir, **overrides.get("task", {})}
        project = make_project(tmp_path / "proj", **overrides)
        for name, recs in (splits or _splits()).items():
            write_jsonl(project.split_path(name), recs)
        return project

    return make


def _all_text(folder: Path) -> str:
    return "\n".join(
        p.read_bytes().decode("utf-8", "replace") for p in sorted(folder.rglob("*")) if p.is_file()
    )


# ---------------------------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------------------------


class _Sections(HTMLParser):
    def __init__(self):
        super().__init__()
        self.h2: list[str] = []
        self.tags: set[str] = set()
        self._in_h2 = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self._in_h2 = tag == "h2"

    def handle_endtag(self, tag):
        self._in_h2 = False

    def handle_data(self, data):
        if self._in_h2:
            self.h2.append(data)


def _upstream(project) -> None:
    """Upstream reports as the other stages write them; a stray text value must not show."""
    ids = [f"{i:016x}" for i in range(1, 7)]
    write_json(
        project.stage_dir("validate") / "report.json", {"n_records": 40, "n_system_added": 1}
    )
    write_json(
        project.stage_dir("dedup") / "report.json",
        {
            "n_in": 40,
            "n_out": 36,
            "candidate_path": "lsh",
            "sample_pairs": [{"a": ids[0], "b": ids[1], "score": 91.5}, {"a": "raw text", "b": 1}],
        },
    )
    write_json(project.stage_dir("dedup") / "clusters.json", {ids[0]: [ids[1], ids[2]]})
    write_json(
        project.stage_dir("scrub_pii") / "audit.json",
        {"counts": {"email": 3, "phone": 1}, "n_records": 36, "n_records_changed": 4},
    )
    leakage = {
        "pairs": {
            "train~test": {
                "n": 1,
                "max_score": 95.0,
                "sample": [{"test": ids[3], "other": ids[4], "score": 95.0, "text": "raw text"}],
            }
        },
        "dropped": {"train": [ids[4]]},
    }
    write_json(project.stage_dir("split") / "report.json", {"leakage": leakage})


def test_happy_path_writes_all_outputs_deterministically(project_with):
    project = project_with()
    _upstream(project)
    summary = quality.fn(project)
    out = project.stage_dir("quality")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [CONTRACT, TOKEN_STATS, REPORT_HTML, DATA_DOCS]
    )
    assert (out / DATA_DOCS / "index.html").is_file()
    first = (out / CONTRACT).read_bytes()
    contract = json.loads(first)
    assert contract["success"] is True
    assert contract["rules"] == RULES and list(contract["rules"])[0] == "one_system_prompt"
    assert {e["rule"] for e in contract["expectations"]} == set(RULES)
    assert len(contract["expectations"]) == len(RULES) * len(SPLITS)
    assert all(e["success"] and e["unexpected_count"] == 0 for e in contract["expectations"])
    assert contract["class_balance"]["train"]["ratio"] == 1.0
    assert contract["tokens"]["n_examples"] == 30 and contract["tokens"]["n_over_max_length"] == 0
    assert str(project.root) not in first.decode()  # no absolute paths
    stats = read_json(out / TOKEN_STATS)
    assert len(stats["examples"]["train"]) == 18 and stats["per_split"]["val"]["n_examples"] == 6
    assert summary["contract"] == "passed" and summary["n_records"] == 30

    # size warnings: 5 examples per label is far below the classification minimum
    assert summary["size_warnings"] and "below the minimum" in summary["size_warnings"][0]
    assert contract["size_warnings"] == summary["size_warnings"]

    quality.fn(project)
    assert (out / CONTRACT).read_bytes() == first  # byte-identical on a rerun
    assert not (project.root / project.params.data.root / FAILED_DIR).exists()

    page = (out / REPORT_HTML).read_text()
    parser = _Sections()
    parser.feed(page)
    assert {
        "Data contract",
        "Class balance",
        "Token lengths",
        "Dataset size",
        "Validation",
        "Duplicates (dedup)",
        "Leakage (split)",
        "PII (scrub_pii)",
    } <= set(parser.h2)
    assert f"{1:016x} ~ {2:016x} ~ 91.5" in page  # dedup sample pair
    assert "Near-duplicate candidates: MinHash-LSH" in page  # which search dedup ran
    assert f"{4:016x} ~ {5:016x} ~ 95.0" in page  # leakage sample
    assert "raw text" not in page
    assert page.count("<svg") == 3  # class balance, token histogram, PII counts: inline
    assert "<img" not in page and "src=" not in page  # self-contained
    for rec in read_json_lines(project):
        for msg in rec["messages"]:
            if msg["role"] == "user":
                assert msg["content"] not in page

    # a later failing run keeps this good output (atomic_dir): nothing half-written
    splits = _splits()
    _break(splits, "train", "label")
    for name, recs in splits.items():
        write_jsonl(project.split_path(name), recs)
    with pytest.raises(DataError):
        quality.fn(project)
    assert (out / CONTRACT).read_bytes() == first


def read_json_lines(project) -> list[dict]:
    from tasks.lib.io import read_records

    return [r for name in SPLITS for r in read_records(project.split_path(name))]


def _break(splits: dict, split: str, how: str) -> None:
    rec = splits[split][0]
    msgs = rec["messages"]
    if how == "no_system":
        del msgs[0]
    elif how == "wrong_system":
        msgs[0]["content"] = "You are a pirate."
    elif how == "label":
        msgs[-1]["content"] = "REFUNDS"
    elif how == "empty":
        msgs[1]["content"] = "   "
    elif how == "email":
        msgs[1]["content"] += f" write to {EMAIL}"
    elif how == "long":
        msgs[1]["content"] = "please help " * 200


@pytest.mark.parametrize(
    "how, split, rules",
    [
        # a missing system message also fails the prompt check: both are named
        ("no_system", "train", ["one_system_prompt", "system_prompt_matches"]),
        ("wrong_system", "val", ["system_prompt_matches"]),
        ("label", "train", ["labels_in_set"]),
        ("empty", "test", ["non_empty_turns"]),
        ("email", "val", ["no_pii_left"]),
        ("long", "train", ["fits_max_length"]),
    ],
)
def test_each_rule_fails_closed_naming_expectation_split_and_counts(
    project_with, how, split, rules
):
    splits = _splits()
    _break(splits, split, how)
    project = project_with(splits)
    with pytest.raises(DataError) as info:
        quality.fn(project)
    msg = str(info.value)
    n = len(splits[split])
    for rule in rules:
        assert f"{rule} [{split}]: 1 of {n} rows" in msg
    assert msg.count(" rows") == len(rules)  # only the broken rules
    assert info.value.rule == "contract" and info.value.path == str(project.split_path(split))
    assert not project.stage_dir("quality").exists()  # nothing written
    failed = project.root / project.params.data.root / FAILED_DIR
    assert f"{failed / DATA_DOCS / 'index.html'}" in msg
    assert (failed / DATA_DOCS / "index.html").is_file()
    assert not read_json(failed / CONTRACT)["success"]
    # the planted raw values reach neither the message nor any written file
    written = _all_text(failed)
    assert rules[0] in written
    for raw in (EMAIL, "example.org", "pirate", "REFUNDS", "please help"):
        assert raw not in msg and raw not in written


def test_truncation_within_max_truncated_share_passes(project_with):
    splits = _splits()
    _break(splits, "train", "long")
    with pytest.raises(DataError, match="fits_max_length"):
        quality.fn(project_with(splits))
    project = project_with(splits, quality={"max_truncated_share": 0.1})  # 1 of 18 over
    summary = quality.fn(project)
    assert summary["over_max_length"] == 1
    contract = read_json(project.stage_dir("quality") / CONTRACT)
    fits = next(e for e in contract["expectations"] if e["rule"] == "fits_max_length")
    assert fits["success"] and fits["unexpected_count"] == 1


def test_length_failure_says_what_max_length_would_fit(project_with):
    splits = _splits()
    _break(splits, "train", "long")
    project = project_with(splits)
    with pytest.raises(DataError) as info:
        quality.fn(project)
    msg = str(info.value)
    failed = read_json(project.root / project.params.data.root / FAILED_DIR / CONTRACT)
    longest = failed["tokens"]["max"]  # the broken train example: p99 of 18 train examples
    assert longest > 256 and "\n" not in msg
    assert re.search(
        r"fits_max_length \[train\]: 1 of 18 rows \(token lengths p50 \d+, p90 \d+, p95 \d+, "
        rf"p99 {longest}, max {longest} \(max_length 256\): max_length "
        rf"{math.ceil(longest / 16) * 16} would fit 99% of the examples, or set "
        r"train.truncate: user_end\)",
        msg,
    ), msg
    assert msg.count("token lengths") == 1  # only the split that failed


def test_with_truncate_the_same_data_passes_and_token_stats_count_the_cut(project_with):
    splits = _splits()
    _break(splits, "train", "long")
    project = project_with(splits, train={"truncate": "user_end"})
    summary = quality.fn(project)
    assert summary["over_max_length"] == 0
    stats = read_json(project.stage_dir("quality") / TOKEN_STATS)
    assert stats["max"] <= 256
    assert stats["truncate"] == {
        "how": "user_end",
        "n_cut": 1,
        "per_split": {"train": 1, "val": 0, "test": 0},
    }


def test_class_ratio_over_the_maximum_fails(project_with):
    splits = _splits({"train": 2, "val": 1, "test": 1})
    splits["train"] += [_rec(f"extra shipping ticket {i}", "SHIPPING") for i in range(6)]  # 8:2
    project = project_with(splits, quality={"max_class_ratio": 3.0})
    with pytest.raises(DataError, match=r"class_balance \[train\]: 1 of 1 rows") as info:
        quality.fn(project)
    assert "[val]" not in str(info.value) and not project.stage_dir("quality").exists()

    project = project_with(splits, quality={"max_class_ratio": 4.0})
    assert quality.fn(project)["max_class_ratio"] == 4.0


def test_a_label_missing_from_a_split_fails(project_with):
    splits = _splits()
    splits["test"] = [r for r in splits["test"] if r["messages"][-1]["content"] != "OTHER"]
    with pytest.raises(DataError, match=r"every_label_present \[test\].*class_balance \[test\]"):
        quality.fn(project_with(splits))


def test_artifact_only_in_a_run_size_guidance_param_missing_reports(
    project_with, monkeypatch, tmp_path
):
    import prefect.artifacts

    calls = []
    monkeypatch.setattr(
        prefect.artifacts, "create_markdown_artifact", lambda **kw: calls.append(kw)
    )
    # split files only (no upstream reports: tolerated); size guidance from params, not task.type
    project = project_with(quality={"size_guidance": "code"})
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where GX's default site would go
    summary = quality.fn(project)  # no run context: no artifact
    assert calls == []
    assert list(scratch.iterdir()) == []  # no temp Data Docs site (or anything else) left behind
    assert summary["size_warnings"] == [
        "30 examples, below the minimum for code (1000 minimum, 5000+ good)"
    ]
    page = (project.stage_dir("quality") / REPORT_HTML).read_text()
    assert "Data contract" in page and "PII (scrub_pii)" not in page

    monkeypatch.setattr(quality_mod, "in_prefect_run", lambda: True)
    quality_mod._artifact({"contract": "passed", "size_warnings": ["w1"]}, Path("r.html"))
    assert len(calls) == 1
    assert calls[0]["key"] == ARTIFACT_KEY == "ftpipe-data-quality"
    assert "| contract | passed |" in calls[0]["markdown"] and "- w1" in calls[0]["markdown"]
    assert "`r.html`" in calls[0]["markdown"]


# ---------------------------------------------------------------------------------------------
# task.type extraction and generation: their answer rules, balance and size guidance
# ---------------------------------------------------------------------------------------------

TYPED_SYSTEM = "Extract the ticket's category and urgency as JSON."
SCHEMA = {
    "type": "object",
    "properties": {
        "category": {"enum": ["BILLING", "SHIPPING"]},
        "urgency": {"enum": ["low", "high"]},
    },
    "required": ["category", "urgency"],
}
BAD_VALUE = "zz9-plural-z-alpha"  # a planted raw value: never in a message or a written file


def _typed_splits(answer) -> dict[str, list[dict]]:
    """Records per split (train 12, val 4, test 4) whose answer is `answer(i)`."""
    out, i = {}, 0
    for name, n in (("train", 12), ("val", 4), ("test", 4)):
        out[name] = []
        for _ in range(n):
            msgs = [
                {"role": "system", "content": TYPED_SYSTEM},
                {"role": "user", "content": f"ticket {i}: please sort this out"},
                {"role": "assistant", "content": answer(i)},
            ]
            out[name].append({"id": record_id(msgs), "messages": msgs})
            i += 1
    return out


def _extraction(i: int) -> str:
    return json.dumps(
        {"category": ["BILLING", "SHIPPING"][i % 2], "urgency": ["low", "high"][i // 2 % 2]}
    )


def _set_answer(splits: dict, split: str, answer: str) -> None:
    splits[split][0]["messages"][-1]["content"] = answer


def _typed_task(kind: str, **task) -> dict:
    base = {"type": kind, "labels": [], "system_prompt": TYPED_SYSTEM}
    return {**base, **({"schema": SCHEMA} if kind == "extraction" else {}), **task}


def _h2(project) -> list[str]:
    parser = _Sections()
    parser.feed((project.stage_dir("quality") / REPORT_HTML).read_text())
    return parser.h2


def test_extraction_passes_and_reports_the_stratify_field(project_with):
    project = project_with(
        _typed_splits(_extraction), task=_typed_task("extraction", stratify="urgency")
    )
    summary = quality.fn(project)
    contract = read_json(project.stage_dir("quality") / CONTRACT)
    rules = ["one_system_prompt", "system_prompt_matches", "answers_meet_schema"]
    rules += ["non_empty_turns", "no_pii_left", "fits_max_length"]
    assert contract["success"] and list(contract["rules"]) == rules
    assert len(contract["expectations"]) == len(rules) * len(SPLITS)
    assert contract["params"]["task_type"] == "extraction"
    assert contract["params"]["stratify"] == "urgency"
    assert contract["class_balance"]["train"]["label_counts"] == {"high": 6, "low": 6}
    assert contract["params"]["size_guidance"] == "extraction"
    assert summary["max_class_ratio"] == 1.0
    assert summary["size_warnings"] == [
        "20 examples, below the minimum for extraction (200 minimum, 1000+ good)"
    ]
    assert "urgency value balance" in _h2(project) and "Class balance" not in _h2(project)
    page = (project.stage_dir("quality") / REPORT_HTML).read_text()
    assert page.count("<svg") == 2  # the stratify field's balance and the token histogram


@pytest.mark.parametrize(
    "answer",
    [json.dumps({"category": "BILLING", "urgency": BAD_VALUE}), '{"category": "BILL', "[1, 2]"],
    ids=["schema", "not_json", "not_an_object"],
)
def test_extraction_answer_breaking_the_schema_fails_closed(project_with, answer):
    splits = _typed_splits(_extraction)
    _set_answer(splits, "val", answer)
    project = project_with(splits, task=_typed_task("extraction"))
    with pytest.raises(DataError) as info:
        quality.fn(project)
    msg = str(info.value)
    assert "answers_meet_schema [val]: 1 of 4 rows" in msg and msg.count(" rows") == 1, msg
    assert info.value.rule == "contract" and info.value.path == str(project.split_path("val"))
    assert BAD_VALUE not in msg and "\n" not in msg
    failed = project.root / project.params.data.root / FAILED_DIR
    assert BAD_VALUE not in _all_text(failed) and "answers_meet_schema" in _all_text(failed)
    assert not project.stage_dir("quality").exists()


def test_extraction_without_stratify_has_no_balance_section(project_with):
    project = project_with(_typed_splits(_extraction), task=_typed_task("extraction"))
    summary = quality.fn(project)
    contract = read_json(project.stage_dir("quality") / CONTRACT)
    assert contract["params"]["stratify"] is None
    assert contract["class_balance"]["test"] == {
        "n": 4,
        "label_counts": {},
        "smallest": None,
        "largest": None,
        "ratio": None,
    }
    assert summary["max_class_ratio"] is None
    assert not [h for h in _h2(project) if "balance" in h.lower()]


def test_generation_passes_with_its_format_and_size_guidance(project_with):
    task = _typed_task("generation", format="regex", pattern=r"Dear customer, .+\.")
    project = project_with(_typed_splits(lambda i: f"Dear customer, reply {i}."), task=task)
    summary = quality.fn(project)
    contract = read_json(project.stage_dir("quality") / CONTRACT)
    assert contract["success"]
    assert [r for r in contract["rules"] if r.startswith("answers")] == [
        "answers_non_empty",
        "answers_meet_format",
    ]
    assert not {"labels_in_set", "every_label_present", "class_balance"} & set(contract["rules"])
    assert summary["size_warnings"] == [
        "20 examples, below the minimum for generation (100 minimum, 500+ good)"
    ]
    page = (project.stage_dir("quality") / REPORT_HTML).read_text()
    assert page.count("<svg") == 1 and "Token lengths" in _h2(project)  # no balance chart
    assert "reply 3" not in page  # no record text


@pytest.mark.parametrize(
    "task, answer, rules",
    [
        (
            {"format": "regex", "pattern": r"Dear customer, .+\."},
            f"Hello {BAD_VALUE}",
            ["answers_meet_format"],
        ),
        ({"format": "json"}, f"{{'{BAD_VALUE}': 1}}", ["answers_meet_format"]),
        ({}, "   ", ["answers_non_empty", "non_empty_turns"]),
    ],
    ids=["regex", "json", "empty"],
)
def test_generation_answer_breaking_the_format_fails_closed(project_with, task, answer, rules):
    answers = (
        (lambda i: json.dumps({"reply": i}))
        if task.get("format") == "json"
        else (lambda i: f"Dear customer, reply {i}.")
    )
    splits = _typed_splits(answers)
    _set_answer(splits, "test", answer)
    project = project_with(splits, task=_typed_task("generation", **task))
    with pytest.raises(DataError) as info:
        quality.fn(project)
    msg = str(info.value)
    for rule in rules:
        assert f"{rule} [test]: 1 of 4 rows" in msg, msg
    assert msg.count(" rows") == len(rules) and BAD_VALUE not in msg
    assert info.value.path == str(project.split_path("test"))
    failed = project.root / project.params.data.root / FAILED_DIR
    assert BAD_VALUE not in _all_text(failed)
