"""tasks.lib.ingest: FILE is checked with the validate stage's rules before anything is written,
the new input replaces the old one atomically, a DVC-tracked input is re-added; and an event with
no Prefect API to go to is skipped at once (no temporary server)."""

from __future__ import annotations

import json
import time

import pytest

from tasks.lib import alerts, ingest
from tasks.lib.errors import DataError, PipelineError
from tasks.lib.io import file_md5, read_records
from tests.helpers import LABELS, chat, make_project, write_lines


def _project(tmp_path, n=30):
    return make_project(tmp_path / "p", [chat(f"old ticket {i}", LABELS[i % 6]) for i in range(n)])


def test_append_keeps_the_old_lines_and_adds_the_new(tmp_path):
    project = _project(tmp_path)
    old = project.input_path.read_bytes()
    new = write_lines(tmp_path / "new.jsonl", [chat("new one", "BILLING"), chat("two", "OTHER")])
    done = ingest.ingest(project, new)
    assert project.input_path.read_bytes().startswith(old)
    assert (done.added, done.total, done.replaced, done.dvc_tracked) == (2, 32, False, False)
    assert done.md5 == file_md5(project.input_path)
    assert read_records(project.input_path)[-1]["messages"][1]["content"] == "two"


def test_replace_needs_validate_min_records(tmp_path):
    project = _project(tmp_path)
    old = project.input_path.read_bytes()
    few = write_lines(tmp_path / "few.jsonl", [chat("a", "BILLING")])
    with pytest.raises(PipelineError, match=r"validate.min_records \(20\)"):
        ingest.ingest(project, few, replace=True)
    assert project.input_path.read_bytes() == old
    many = write_lines(tmp_path / "many.jsonl", [chat(f"n{i}", "OTHER") for i in range(20)])
    assert ingest.ingest(project, many, replace=True).total == 20
    assert len(read_records(project.input_path)) == 20


@pytest.mark.parametrize(
    ("bad", "rule"),
    [
        (chat("x", "NOT_A_LABEL"), "label"),
        ({"messages": [{"role": "user", "content": "no answer"}]}, "missing_assistant"),
        (chat("x", "BILLING", system="another prompt"), "system_prompt"),
        ("{not json", "json"),
    ],
)
def test_an_invalid_record_names_file_line_and_rule_and_nothing_is_written(tmp_path, bad, rule):
    project = _project(tmp_path)
    old = project.input_path.read_bytes()
    src = write_lines(tmp_path / "new.jsonl", [chat("fine", "BILLING"), bad])
    with pytest.raises(DataError) as err:
        ingest.ingest(project, src)
    assert (err.value.path, err.value.line, err.value.rule) == (str(src), 2, rule)
    assert str(err.value).startswith(f"{src}:2: [{rule}]")
    assert project.input_path.read_bytes() == old


def test_a_crash_mid_write_leaves_the_old_input_and_no_temp_file(tmp_path, monkeypatch):
    project = _project(tmp_path)
    old = project.input_path.read_bytes()
    src = write_lines(tmp_path / "new.jsonl", [chat(f"n{i}", "OTHER") for i in range(5)])
    real, calls = ingest._line, []

    def dies_on_the_third(record):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt  # Ctrl-C (or a kill) half way through the file
        return real(record)

    monkeypatch.setattr(ingest, "_line", dies_on_the_third)
    with pytest.raises(KeyboardInterrupt):
        ingest.ingest(project, src)
    assert project.input_path.read_bytes() == old
    assert [p.name for p in project.input_path.parent.iterdir()] == [project.input_path.name]


def test_a_dvc_tracked_input_is_added_again(tmp_path):
    from tests.flows.conftest import make_dvc_project, sh
    from tests.helpers import REPO

    root = make_dvc_project(tmp_path / "proj", REPO / "data/raw/tickets.jsonl")
    from tasks.lib.project import Project

    project = Project.load(root)
    rel = project.params.data.input
    sh("git", "rm", "-q", "--cached", rel, cwd=root)
    sh("dvc", "add", "-q", rel, cwd=root)
    src = write_lines(tmp_path / "new.jsonl", [chat("a brand new ticket", "OTHER")])
    done = ingest.ingest(project, src)
    assert done.dvc_tracked
    pointer = (root / f"{rel}.dvc").read_text()
    assert f"md5: {done.md5}" in pointer  # the .dvc file names the new version, cached by DVC
    assert (root / ".dvc/cache/files/md5" / done.md5[:2] / done.md5[2:]).is_file()


def test_with_no_prefect_api_the_event_is_skipped_at_once(tmp_path):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    project = _project(tmp_path)
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        start = time.perf_counter()
        assert alerts.emit(alerts.INGESTED, project, {"records_added": 1}) is False
        assert time.perf_counter() - start < 2  # no temporary server was started


def test_the_ingest_payload_has_counts_and_hashes_never_records(tmp_path, monkeypatch):
    project = _project(tmp_path)
    src = write_lines(tmp_path / "new.jsonl", [chat("secret text 4111", "BILLING")])
    sent = []
    monkeypatch.setattr(alerts, "emit", lambda event, p, payload: sent.append(payload) or True)
    assert ingest.announce(project, ingest.ingest(project, src))
    assert set(sent[0]) == {"records_added", "records_total", "replaced", "input", "md5"}
    assert "secret" not in json.dumps(sent)


def test_the_command_answers_a_bad_file_in_one_line_and_a_good_one_with_counts(tmp_path, capsys):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.cli import main

    project = _project(tmp_path)
    bad = write_lines(tmp_path / "bad.jsonl", [chat("fine", "BILLING"), chat("x", "NOPE")])
    assert main(["ingest", str(bad), "--project", str(project.root)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"ftpipe: error: {bad}:2: [label] ")
    good = write_lines(tmp_path / "good.jsonl", [chat("fine", "BILLING")])
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        assert main(["ingest", str(good), "--project", str(project.root)]) == 0
    out = capsys.readouterr().out
    assert "appended 1 record(s), now 31" in out and "git add data/raw/tickets.jsonl" in out
    assert "NOT sent" in out
