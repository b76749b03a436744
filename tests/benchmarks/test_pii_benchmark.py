"""benchmarks/pii.py's --against: find_pii at a git revision vs this tree, on the same docs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmarks.pii import against_figures
from benchmarks.pii_corpus import build_corpus

ROOT = Path(__file__).resolve().parents[2]


def test_against_times_and_scores_a_revision_beside_this_tree(capsys):
    docs = build_corpus(12, seed=5)
    row = against_figures("HEAD", {"dev": docs}, rounds=1)["dev"]
    assert row["base_docs_per_s"] > 0 and row["docs_per_s"] > 0
    assert row["ratio"] == pytest.approx(row["docs_per_s"] / row["base_docs_per_s"])
    out = capsys.readouterr().out
    assert "== against HEAD" in out and "dev" in out
    unchanged = (
        subprocess.run(
            ["git", "diff", "--quiet", "HEAD", "--", "tasks/lib/pii.py"], cwd=ROOT
        ).returncode
        == 0
    )
    if unchanged:  # the same detectors on both sides: the same findings, so the same scores
        assert row["base_precision_recall"] == row["precision_recall"]


def test_against_an_unknown_revision_stops_with_its_name():
    with pytest.raises(SystemExit, match="no-such-rev"):
        against_figures("no-such-rev", {"dev": build_corpus(2)}, rounds=1)
