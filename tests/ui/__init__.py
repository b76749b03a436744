"""Browser tests: the Prefect and MLflow UIs, as a user sees them, after a real pipeline run."""
