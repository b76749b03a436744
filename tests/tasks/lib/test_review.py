"""Human review: a blinded, shuffled CSV of two contenders' answers and the ratings read back."""

from __future__ import annotations

import csv

import pytest

from flows.cli import main
from tasks.lib.errors import DataError
from tasks.lib.io import read_json, write_jsonl
from tasks.lib.project import PREDICTIONS
from tasks.lib.review import export_review, import_review, key_path
from tests.helpers import LABELS, chat, make_project


@pytest.fixture
def project(tmp_path):
    """A project whose evaluate stage answered 20 test examples with two contenders."""
    project = make_project(tmp_path)
    test = [{"id": f"r{i}", **chat(f"ticket text {i}", LABELS[i % 6])} for i in range(20)]
    write_jsonl(project.split_path("test"), test)
    rows = [
        {
            "id": f"r{i}",
            "label": LABELS[i % 6],
            "predictions": {},
            "raw": {"candidate": f"cand answer {i}", "base": f"base answer {i}"},
        }
        for i in range(20)
    ]
    write_jsonl(project.stage_dir("evaluate") / PREDICTIONS, rows)
    return project


def _read(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_export_is_blinded_shuffled_seeded_and_keyed(project):
    out = export_review(project, "candidate", "base", n=12)
    rows = _read(out)
    assert len(rows) == 12 and list(rows[0]) == [
        "item",
        "input",
        "output_a",
        "output_b",
        "preference",
    ]
    cells = {v for r in rows for v in r.values()} | set(rows[0])
    assert not cells & {"candidate", "base"}  # no contender name anywhere in the CSV
    key = read_json(key_path(out))
    shown_a = [key["items"][r["item"]]["shown_a"] for r in rows]
    assert set(shown_a) == {"candidate", "base"}  # both orders occur
    ids = [key["items"][r["item"]]["id"] for r in rows]
    assert ids != sorted(ids, key=lambda x: int(x[1:]))  # shuffled
    for r, a, rid in zip(rows, shown_a, ids, strict=True):  # the key unblinds every row
        n = rid[1:]
        assert r["input"] == f"ticket text {n}"
        assert r["output_a"] == (f"cand answer {n}" if a == "candidate" else f"base answer {n}")
    again = export_review(project, "candidate", "base", n=12, out=out.with_name("again.csv"))
    assert _read(again) == rows  # same seed, same file


def test_import_unblinds_and_gives_the_preference_with_an_interval(project, capsys):
    out = export_review(project, "candidate", "base", n=10)
    rows = _read(out)
    key = read_json(key_path(out))
    for i, r in enumerate(rows):  # candidate wins 6, base 2, 1 tie, 1 blank
        cand_is_a = key["items"][r["item"]]["shown_a"] == "candidate"
        r["preference"] = (
            ("A" if cand_is_a else "b")
            if i < 6
            else ("B" if cand_is_a else "a")
            if i < 8
            else ("Tie" if i == 8 else "")
        )
    _write(out, rows)
    res = import_review(out)
    assert res["wins"] == {"candidate": 6, "base": 2} and res["ties"] == 1 and res["unrated"] == 1
    pref = res["candidate_preferred"]
    assert pref["value"] == pytest.approx(0.75) and 0.4 < pref["low"] < 0.75 < pref["high"] < 1
    assert main(["review", "import", str(out)]) == 0
    assert "candidate preferred over base: 0.750" in capsys.readouterr().out


def test_a_bad_rating_or_item_names_file_line_and_rule(project):
    out = export_review(project, "candidate", "base", n=3)
    rows = _read(out)
    rows[1]["preference"] = "maybe"
    _write(out, rows)
    with pytest.raises(DataError, match=r"\.csv:3: \[review\] preference must be A, B, tie"):
        import_review(out)
    rows[1]["preference"], rows[2]["item"] = "A", "99"
    _write(out, rows)
    with pytest.raises(DataError, match=r"\.csv:4: \[review\] item number not in the review's key"):
        import_review(out)


def test_export_refuses_unknown_contenders_and_a_missing_evaluation(project, tmp_path, capsys):
    assert main(["review", "export", "--project", str(project.root), "--a", "champion"]) == 2
    assert "no contender 'champion'" in capsys.readouterr().err
    empty = make_project(tmp_path / "empty")
    assert main(["review", "export", "--project", str(empty.root)]) == 2
    assert "run the evaluate stage first" in capsys.readouterr().err
