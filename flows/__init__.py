"""Prefect flows that only wire the stages, and the command line.

`pipeline.py` runs the stages of dvc.yaml in order as Prefect tasks (what `ftpipe run` and the
deployments run); `registry.py` holds promote/rollback as flows; `dag.py` asks DVC for stage
order and staleness and records each stage; `cli.py` is `ftpipe`. No logic of a stage lives here:
a flow calls `tasks/<stage>.py`, which calls `tasks/lib/`.
"""
