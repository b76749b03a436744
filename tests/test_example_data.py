"""The bundled example dataset regenerates byte for byte, and the data stages do on it what it was
built to show: planted near-duplicates removed, planted PII gone, every label in every split."""

from __future__ import annotations

import shutil

import pytest

from tasks.dedup import dedup
from tasks.lib.io import read_json, read_records
from tasks.lib.pii import find_pii
from tasks.lib.project import AUDIT, CLUSTERS, RECORDS, SPLITS
from tasks.lib.records import label_of, user_text
from tasks.scrub_pii import scrub_pii
from tasks.split import split
from tasks.validate import validate
from tests.helpers import LABELS, REPO, load_ticket_generator, make_project

TICKETS = REPO / "data" / "raw" / "tickets.jsonl"
UNPLANNED_DUPS_ALLOWED = 3  # dedup may find a handful of real near-duplicates too
SIGNATURE_NAMES = ("Priya", "Tom", "Daniel", "Maria", "Anne")  # scripts/make_tickets.py CLOSINGS


@pytest.fixture(scope="module")
def generator():
    return load_ticket_generator()


@pytest.fixture(scope="module")
def manifest(generator):
    from tasks.lib.params import load_params

    _, manifest = generator.build_tickets(load_params(REPO / "params.yaml").task.system_prompt)
    return manifest


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """validate -> scrub_pii -> dedup -> split on the bundled file, with the repo's params."""
    project = make_project(tmp_path_factory.mktemp("example"))
    project.input_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(TICKETS, project.input_path)
    for stage in (validate, scrub_pii, dedup, split):
        stage.fn(project)
    return project


def test_generator_reproduces_committed_file(generator, tmp_path):
    out = tmp_path / "tickets.jsonl"
    assert generator.main(["--out", str(out)]) == 0
    assert out.read_bytes() == TICKETS.read_bytes()


def test_composition(generator, manifest):
    assert TICKETS.stat().st_size < 1_000_000
    records = read_records(TICKETS)
    assert 400 <= len(records) <= 450
    counts = {
        label: sum(r["messages"][-1]["content"] == label for r in records) for label in LABELS
    }
    assert counts == manifest.label_counts
    assert min(counts.values()) >= 50
    assert all(len(cores) >= 20 for cores in generator.CORES.values())
    assert 20 <= len(manifest.near_dups) <= 30
    assert 25 <= len({rid for rid, _, _ in manifest.pii}) <= 35
    assert {entity for _, entity, _ in manifest.pii} == {"email", "phone", "card", "ip", "ssn"}


def test_planted_near_duplicates_removed(project, manifest):
    report = read_json(project.stage_dir("dedup") / "report.json")
    dropped = report["n_in"] - report["n_out"]
    planted = len(manifest.near_dups)
    assert planted <= dropped <= planted + UNPLANNED_DUPS_ALLOWED
    cluster_of = {}
    for kept, others in read_json(project.stage_dir("dedup") / CLUSTERS).items():
        for rid in [kept, *others]:
            cluster_of[rid] = kept
    for original, dup, kind in manifest.near_dups:
        assert cluster_of.get(original) is not None, f"{kind} near-duplicate not caught"
        assert cluster_of.get(original) == cluster_of.get(dup)
    assert report["n_conflicting_label_clusters"] == 0


def test_planted_pii_gone_from_every_split(project, manifest):
    audit = read_json(project.stage_dir("scrub_pii") / AUDIT)
    planted = {rid for rid, _, _ in manifest.pii}
    changed = set(audit["changed_ids"])
    assert planted <= changed
    # the only other personal data in the tickets: first names in sign-offs ("Cheers, Tom")
    assert all(set(audit["by_record"][rid]) == {"person"} for rid in changed - planted)
    values = {value for _, _, value in manifest.pii}
    values |= set(SIGNATURE_NAMES)
    for name in SPLITS:
        path = project.split_path(name)
        text = path.read_text(encoding="utf-8")
        assert not [v for v in values if v in text], f"raw PII left in {name}"
        assert read_json(project.stage_dir("split") / "report.json")["pii"][name]["records"] > 0
        for rec in read_records(path):
            for msg in rec["messages"]:
                assert find_pii(msg["content"]) == [], f"{name}: {rec['id']}"


def test_every_label_in_every_split(project):
    seen_ids, seen_text = set(), set()
    for name in SPLITS:
        records = read_records(project.split_path(name))
        assert {label_of(r) for r in records} == set(LABELS), name
        ids = {r["id"] for r in records}
        texts = {user_text(r).casefold() for r in records}
        assert not ids & seen_ids and not texts & seen_text
        seen_ids |= ids
        seen_text |= texts
    assert len(seen_ids) == len(read_records(project.stage_dir("dedup") / RECORDS))
