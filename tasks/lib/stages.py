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

# The stages that handle every task.type (classification, extraction, generation) so far; the
# others are classification-only until they learn the other types and refuse them with one line
# (`ftpipe check`, `ftpipe stage`): no stage half-handles a type.
ALL_TYPES = ("validate",)


def unsupported(stage: str, task_type: str) -> str | None:
    """Why `stage` cannot run a `task_type` project yet, or None when it can."""
    if task_type == "classification" or stage in ALL_TYPES:
        return None
    return (
        f"stage {stage} handles task.type classification only so far, not {task_type} "
        f"(ready for every type: {', '.join(ALL_TYPES)})"
    )
