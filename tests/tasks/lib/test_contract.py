"""tasks.lib.contract: the suite is the rule table (one expectation per rule and split, bounds
from the params), each rule fails for its own reason alone, a new table row is a new expectation
in the results; size warnings by task kind; the rules, rows and balance key per task.type."""

from __future__ import annotations

import dataclasses

import pytest

from tasks.lib.contract import (
    ANSWER_RULES,
    BALANCE,
    RECORDS,
    RULE_TABLE,
    RULES,
    Limits,
    Rule,
    _expectations,
    class_balance,
    record_rows,
    rule_notes,
    rule_table,
    run_contract,
    size_warnings,
    stratum,
)
from tests.helpers import LABELS

LIMITS = Limits(labels=("A", "B"), max_length=100, max_truncated_share=0.25, max_class_ratio=3.0)

# one record row and one class-balance row that pass every rule
GOOD_ROW = {
    "label": "A",
    "n_system": 1,
    "system_prompt_ok": True,
    "min_content_len": 5,
    "n_tokens": 50,
    "n_trained": 5,
    "pii_found": 0,
}
GOOD_BALANCE = {"smallest": 2, "ratio": 1.0}
# rule -> the one fact that breaks it (in a record row or in the split's class-balance row)
BREAK = {
    "one_system_prompt": {"n_system": 2},
    "system_prompt_matches": {"system_prompt_ok": False},
    "labels_in_set": {"label": "C"},
    "non_empty_turns": {"min_content_len": 0},
    "no_pii_left": {"pii_found": 1},
    "fits_max_length": {"n_tokens": 101},
    "every_label_present": {"smallest": 0},
    "class_balance": {"ratio": 3.5},
}
N_ROWS = 3  # good rows per split, plus the breaking row for a records rule


def _data(breaks: dict[str, dict]) -> tuple[list[dict], dict[str, dict]]:
    """Record rows and balance rows: split `name` holds the `breaks[name]` facts, else good."""
    rows, balance = [], {}
    for split, fact in breaks.items():
        rows += [{"split": split, **GOOD_ROW} for _ in range(N_ROWS)]
        if fact.keys() <= GOOD_ROW.keys():
            rows.append({"split": split, **GOOD_ROW, **fact})
            fact = {}
        balance[split] = {**GOOD_BALANCE, **fact}
    return rows, balance


def _config(expectation) -> dict:
    return expectation.configuration.to_json_dict()


def test_the_suite_is_the_rule_table_pinned():
    """contract.json (model stages depend on it) holds these rule names in this order, and the
    suite these expectation types on these columns with these bounds."""
    got = []
    for e in _expectations("val", LIMITS):
        cfg = _config(e)
        kwargs = {k: v for k, v in cfg["kwargs"].items() if k not in ("column", "row_condition")}
        got.append((cfg["meta"]["rule"], cfg["type"], cfg["kwargs"]["column"], kwargs))
    between, in_set = "expect_column_values_to_be_between", "expect_column_values_to_be_in_set"
    assert got == [
        ("one_system_prompt", between, "n_system", {"min_value": 1, "max_value": 1}),
        ("system_prompt_matches", in_set, "system_prompt_ok", {"value_set": [True]}),
        ("labels_in_set", in_set, "label", {"value_set": ["A", "B"]}),
        ("non_empty_turns", between, "min_content_len", {"min_value": 1}),
        ("no_pii_left", between, "pii_found", {"min_value": 0, "max_value": 0}),
        ("fits_max_length", between, "n_tokens", {"max_value": 100, "mostly": 0.75}),
        ("every_label_present", between, "smallest", {"min_value": 1}),
        ("class_balance", between, "class_ratio", {"min_value": 1, "max_value": 3.0}),
    ]
    assert list(RULES) == [name for name, *_ in got]


@pytest.mark.parametrize("split", ["train", "test"])
def test_one_expectation_per_rule_on_its_table_and_split(split):
    expectations = _expectations(split, LIMITS)
    assert len(expectations) == len(RULE_TABLE)
    for rule, e in zip(RULE_TABLE, expectations, strict=True):
        cfg = _config(e)
        assert cfg["meta"] == {"rule": rule.name, "split": split, "notes": RULES[rule.name]}
        conditions = {
            (c["column"]["name"], c["parameter"])
            for c in cfg["kwargs"]["row_condition"]["conditions"]
        }
        assert conditions == {("split", split), ("table", rule.table)}


def test_every_rule_fails_for_its_own_reason_alone(tmp_path):
    assert BREAK.keys() == RULES.keys()  # a new rule needs a breaking case here
    rows, balance = _data({"clean": {}, **BREAK})
    no_truncation = dataclasses.replace(LIMITS, max_truncated_share=0.0)
    result = run_contract(rows, balance, no_truncation, docs_dir=tmp_path / "docs")
    assert not result.success
    assert len(result.expectations) == len(RULE_TABLE) * len(balance)
    assert [(e["rule"], e["split"]) for e in result.failed] == [(r, r) for r in BREAK]
    for e in result.failed:
        table = next(r.table for r in RULE_TABLE if r.name == e["rule"])
        rows_checked = N_ROWS + 1 if table == RECORDS else 1
        assert (e["element_count"], e["unexpected_count"]) == (rows_checked, 1)
    # results come in split order, then rule table order
    assert [e["split"] for e in result.expectations[: len(RULE_TABLE)]] == ["clean"] * len(RULES)
    assert [e["rule"] for e in result.expectations[: len(RULE_TABLE)]] == list(RULES)
    assert (tmp_path / "docs" / "index.html").is_file()


def test_truncation_within_the_allowed_share_passes(tmp_path):
    rows, balance = _data({"train": BREAK["fits_max_length"]})  # 1 of 4 over max_length
    result = run_contract(rows, balance, LIMITS, docs_dir=tmp_path / "docs")  # mostly 0.75
    fits = next(e for e in result.expectations if e["rule"] == "fits_max_length")
    assert result.success and fits["unexpected_count"] == 1


def test_a_new_row_in_the_table_is_a_new_expectation(tmp_path):
    extra = Rule(
        name="some_trained_tokens",
        table=RECORDS,
        column="n_trained",
        kind="between",
        notes="at least one token is trained on",
        kwargs=lambda lim: {"min_value": 1},
    )
    rules = (*RULE_TABLE, extra)
    assert len(_expectations("train", LIMITS, rules)) == len(RULE_TABLE) + 1
    rows, balance = _data({"train": {"n_trained": 0}, "val": {}})
    plain = run_contract(rows, balance, LIMITS, docs_dir=tmp_path / "plain")
    assert plain.success  # the table without the row does not look at n_trained
    result = run_contract(rows, balance, LIMITS, docs_dir=tmp_path / "docs", rules=rules)
    assert len(result.expectations) == len(rules) * 2
    assert [(e["rule"], e["split"]) for e in result.failed] == [("some_trained_tokens", "train")]
    assert result.expectations[len(RULE_TABLE)]["rule"] == "some_trained_tokens"  # table order


def test_a_rule_row_with_an_unknown_kind_or_table_is_refused():
    with pytest.raises(ValueError, match="kind 'regex'"):
        Rule("r", RECORDS, "label", "regex", "notes", lambda lim: {})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="table 'splits'"):
        Rule("r", "splits", "label", "in_set", "notes", lambda lim: {})  # type: ignore[arg-type]
    assert {r.table for r in RULE_TABLE} == {RECORDS, BALANCE}


def test_class_balance_ratio_is_none_when_a_label_is_missing():
    def rec(label):
        return {
            "messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": label}]
        }

    balance = class_balance(
        {"train": [rec("A"), rec("A"), rec("B")], "val": [rec("A")]}, ["A", "B"]
    )
    assert balance["train"] == {
        "n": 3,
        "label_counts": {"A": 2, "B": 1},
        "smallest": 1,
        "largest": 2,
        "ratio": 2.0,
    }
    assert balance["val"]["label_counts"] == {"A": 1, "B": 0} and balance["val"]["ratio"] is None


def test_size_warnings_by_task_kind():
    counts = dict.fromkeys(LABELS, 300)
    assert size_warnings(1800, counts, "classification") == [
        "6 of 6 labels below the good size for classification (200 per class minimum, "
        "1000+ good): " + ", ".join(f"{lab} 300" for lab in LABELS)
    ]
    assert "below the minimum" in size_warnings(60, dict.fromkeys(LABELS, 10), "classification")[0]
    assert size_warnings(6000, dict.fromkeys(LABELS, 1000), "classification") == []
    assert "below the minimum for code" in size_warnings(900, {}, "code")[0]
    assert "below the good size for style" in size_warnings(150, {}, "style")[0]
    assert size_warnings(2000, {}, "domain_qa") == []
    assert "(200 minimum, 1000+ good)" in size_warnings(10, {}, "extraction")[0]
    assert (
        "below the good size for generation (100 minimum, 500+ good)"
        in (size_warnings(150, {}, "generation")[0])
    )
    assert size_warnings(500, {}, "generation") == []
    # per-class guidance with no classes to count (a generation project): the total
    assert "below the minimum for classification" in size_warnings(50, {}, "classification")[0]


# ---------------------------------------------------------------------------------------------
# Per task.type: the rule table, the answer rules, the balance key
# ---------------------------------------------------------------------------------------------

COMMON = ["one_system_prompt", "system_prompt_matches"]
COMMON_TAIL = ["non_empty_turns", "no_pii_left", "fits_max_length"]


def test_the_rule_table_per_task_type_is_pinned():
    assert rule_table("classification") == RULE_TABLE
    names = {
        (kind, fmt): [r.name for r in rule_table(kind, answer_format=fmt)]
        for kind, fmt in (("extraction", False), ("generation", False), ("generation", True))
    }
    assert names == {
        ("extraction", False): [*COMMON, "answers_meet_schema", *COMMON_TAIL],
        ("generation", False): [*COMMON, "answers_non_empty", *COMMON_TAIL],
        ("generation", True): [*COMMON, "answers_non_empty", "answers_meet_format", *COMMON_TAIL],
    }
    got = [
        (e["meta"]["rule"], e["type"], e["kwargs"]["column"])
        for e in map(
            _config, _expectations("val", LIMITS, rule_table("generation", answer_format=True))
        )
    ]
    assert got[2:4] == [
        ("answers_non_empty", "expect_column_values_to_be_between", "answer_len"),
        ("answers_meet_format", "expect_column_values_to_be_in_set", "answer_ok"),
    ]
    assert (
        rule_notes(rule_table("extraction"))["answers_meet_schema"]
        == ANSWER_RULES["answers_meet_schema"].notes
    )
    with pytest.raises(ValueError, match="no contract rules for task.type 'ranking'"):
        rule_table("ranking")


def test_answer_rules_fail_for_their_own_reason_alone(tmp_path):
    good = {k: v for k, v in GOOD_ROW.items() if k != "label"} | {
        "answer_ok": True,
        "answer_len": 9,
    }
    rows = [{"split": s, **good} for s in ("clean", "schema", "empty") for _ in range(N_ROWS)]
    rows += [
        {"split": "schema", **good, "answer_ok": False},
        {"split": "empty", **good, "answer_len": 0},
    ]
    balance = class_balance({s: [] for s in ("clean", "schema", "empty")}, key=None)
    rules = rule_table("generation", answer_format=True)
    result = run_contract(rows, balance, LIMITS, docs_dir=tmp_path / "docs", rules=rules)
    assert [(e["rule"], e["split"]) for e in result.failed] == [
        ("answers_meet_format", "schema"),
        ("answers_non_empty", "empty"),
    ]
    assert len(result.expectations) == len(rules) * 3


def _msg(answer: str) -> dict:
    return {
        "messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": answer}]
    }


def test_class_balance_on_a_stratify_field_or_no_key():
    splits = {
        "train": [_msg('{"u": "high"}'), _msg('{"u": "low"}'), _msg('{"u": "low"}'), _msg("{}")],
        "val": [_msg('{"u": "low", "n": 1}')],
    }
    balance = class_balance(splits, key=stratum("u"))
    assert balance["train"]["label_counts"] == {"high": 1, "low": 2, "null": 1}
    assert balance["train"]["ratio"] == 2.0
    assert balance["val"]["label_counts"] == {"high": 0, "low": 1, "null": 0}
    assert balance["val"]["ratio"] is None  # a value seen elsewhere is missing here
    assert class_balance(splits, key=None)["val"] == {
        "n": 1,
        "label_counts": {},
        "smallest": None,
        "largest": None,
        "ratio": None,
    }


def test_record_rows_per_type_hold_no_answer_text():
    splits = {"train": [_msg('{"u": "high"}'), _msg("not json")]}
    tokens = {"train": [(10, 3), (11, 4)]}
    check = lambda text: None if text.startswith("{") else ("answer_json", "not JSON")  # noqa: E731
    rows = record_rows(
        splits, tokens, system_prompt="s", pii_entities=["email"], answer=check, labels=False
    )
    assert [(r["answer_ok"], r["answer_len"]) for r in rows] == [(True, 13), (False, 8)]
    assert all("label" not in r for r in rows)
    labelled = record_rows(splits, tokens, system_prompt="s", pii_entities=["email"])
    assert [r["label"] for r in labelled] == ['{"u": "high"}', "not json"]
    assert all("answer_ok" not in r for r in labelled)


def test_pii_found_looks_inside_json_values():
    # an escaped newline glues "n" to the card number in the raw text: found in the decoded value
    turn = '{"note": "paid with\\n4111 1111 1111 1111", "mail": "jane.doe@example.com"}'
    rows = record_rows(
        {"train": [_msg(turn)]},
        {"train": [(10, 3)]},
        system_prompt="s",
        pii_entities=["card", "email"],
        labels=False,
    )
    assert rows[0]["pii_found"] == 2
