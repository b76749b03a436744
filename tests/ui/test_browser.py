"""The Prefect and MLflow UIs in a real browser, after one real `ftpipe run` (tiny model).

What a user opens after a run: the flow run page in the Prefect UI (its default V2 UI) with every
stage as a task run and the run's two artifacts (the pipeline summary and the data-quality report);
the registered model version in the MLflow UI with its lineage tags and its alias. Every assertion
is about what the browser shows; the APIs only give ids. Screenshots go to test-output/ui/.
"""

from __future__ import annotations

import hashlib
import re

import pytest
from playwright.sync_api import expect

from tasks.lib.io import read_json
from tasks.lib.stages import STAGES
from tests.flows.conftest import sh
from tests.ui.conftest import screenshot

# the browser first: a Chromium that cannot start fails before the ~1 min pipeline run
pytestmark = [pytest.mark.ui, pytest.mark.usefixtures("browser")]
SUMMARY_KEY = "ftpipe-pipeline-summary"  # flows/pipeline.py
QUALITY_KEY = "ftpipe-data-quality"  # tasks/quality.py ARTIFACT_KEY


def task_run_names(page) -> set[str]:
    """The task run names listed on the Task Runs tab, page after page."""
    names: set[str] = set()
    links = page.locator("a[href*='/runs/task-run/']")
    pager = page.get_by_text(re.compile(r"^Page \d+ of \d+$"))
    while True:
        expect(pager).to_be_visible()
        expect(links.first).to_be_visible()
        current, total = map(int, re.findall(r"\d+", pager.inner_text()))
        names |= set(links.all_inner_texts())
        screenshot(page, f"prefect-task-runs-{current}")
        if current >= total:
            return names
        first = links.first.inner_text()
        page.get_by_role("button", name="Go to next page").click()
        expect(pager).to_have_text(f"Page {current + 1} of {total}")
        expect(links.first).not_to_have_text(first)


def open_artifact(page, run_url: str, key: str) -> None:
    """From the flow run's Artifacts tab, open the artifact `key` as a user would."""
    page.goto(f"{run_url}?tab=Artifacts")
    page.get_by_text(key, exact=True).click()
    expect(page).to_have_url(re.compile(r"/artifacts/artifact/"))
    expect(page.get_by_text(key, exact=True).first).to_be_visible()


def test_prefect_ui_shows_stages_and_artifacts(ui_run, page):
    run_url = f"{ui_run.prefect_ui}/v2/runs/flow-run/{ui_run.flow_run_id}"
    page.goto(run_url)
    expect(page.get_by_text("ftpipe-pipeline", exact=True).first).to_be_visible()
    expect(page.get_by_text("Completed", exact=True).first).to_be_visible()
    screenshot(page, "prefect-flow-run")

    page.get_by_role("tab", name="Task Runs").click()
    names = task_run_names(page)
    assert set(STAGES) <= names, f"stages missing in the UI: {set(STAGES) - names}"

    page.get_by_role("tab", name="Artifacts").click()
    for key in (SUMMARY_KEY, QUALITY_KEY):
        expect(page.get_by_text(key, exact=True)).to_be_visible()
    screenshot(page, "prefect-artifacts")

    open_artifact(page, run_url, QUALITY_KEY)
    expect(page.get_by_role("heading", name="Data quality")).to_be_visible()
    expect(page.get_by_role("row", name="contract passed", exact=True)).to_be_visible()
    screenshot(page, "prefect-artifact-data-quality")

    open_artifact(page, run_url, SUMMARY_KEY)
    for stage in STAGES:  # a fresh project: every stage ran
        expect(page.get_by_role("row", name=f"{stage} ran", exact=True)).to_be_visible()
    reg = read_json(ui_run.project / "data/register/result.json")
    expect(page.get_by_text(f"{reg['model']} v{reg['version']}").first).to_be_visible()
    screenshot(page, "prefect-artifact-summary")


def test_mlflow_ui_shows_lineage_and_alias(ui_run, page):
    root = ui_run.project
    reg = read_json(root / "data/register/result.json")
    alias = "champion" if reg["promoted"] else "challenger"
    # expected values from the project itself, not from MLflow
    expected = {
        "data.test_md5": hashlib.md5((root / "data/split/test.jsonl").read_bytes()).hexdigest(),
        "git.commit": sh("git", "rev-parse", "HEAD", cwd=root).stdout.strip(),
    }
    page.goto(f"{ui_run.mlflow_ui}/#/models/{reg['model']}/versions/{reg['version']}")
    expect(page.get_by_text(f"Version {reg['version']}", exact=True)).to_be_visible()
    aliases = page.get_by_test_id("descriptions-item-label").filter(has_text="Aliases")
    expect(aliases.locator("xpath=..")).to_contain_text(alias)
    for key, value in expected.items():
        row = page.get_by_role("row").filter(has=page.get_by_role("cell", name=key, exact=True))
        expect(row.get_by_role("cell").nth(1)).to_have_text(value)
        row.scroll_into_view_if_needed()
        screenshot(page, f"mlflow-version-{key}")
