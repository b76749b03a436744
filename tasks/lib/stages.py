"""The pipeline's stages, in DAG order: the one list the CLI, the flow and the tests read.

Standard library only (nothing at all is imported), so `ftpipe --help` can list the stages
without loading anything. `dvc.yaml` defines the DAG; tests/flows/test_dag.py checks that its
stages are exactly these, in this order, each with one name everywhere: `tasks/<stage>.py`, its
Prefect task, its dvc.yaml stage, its params.yaml section and its output folder.
"""

STAGES = (
    "generate",
    "validate",
    "scrub_pii",
    "dedup",
    "split",
    "quality",
    "baseline",
    "train",
    "evaluate",
    "register",
)
