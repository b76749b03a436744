"""tasks.lib.tracking: MLflow params flattening, the run lifecycle, a broken store."""

from __future__ import annotations

import contextlib

import pytest

from tasks.lib.errors import PipelineError
from tasks.lib.tracking import flatten, setup_mlflow, tracked_run
from tests.helpers import make_project


def test_flatten_for_mlflow_params():
    assert flatten({"a": 1, "lora": {"r": 16, "target_modules": ["q", "v"]}}) == {
        "a": "1",
        "lora.r": "16",
        "lora.target_modules": "q,v",
    }


def test_a_store_that_is_not_a_database_is_one_line(tmp_path):
    project = make_project(tmp_path)
    (tmp_path / "mlflow.db").write_text("not a database")
    with pytest.raises(PipelineError, match="cannot open the MLflow store") as err:
        setup_mlflow(project)
    assert "file is not a database" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("error", "status"), [(None, "FINISHED"), (ValueError, "FAILED"), (KeyboardInterrupt, "KILLED")]
)
def test_tracked_run_ends_with_the_right_status(tmp_path, error, status):
    from mlflow import MlflowClient

    project = make_project(tmp_path)
    with pytest.raises(error) if error else contextlib.nullcontext():
        with tracked_run(project, name="r", tags={"k": "v"}) as run:
            if error:
                raise error()
    got = MlflowClient().get_run(run.info.run_id)
    assert got.info.status == status and got.data.tags["k"] == "v"
