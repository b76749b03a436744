"""Libraries the stages share: one module per concern, no stage code.

A stage (`tasks/<stage>.py`) reads its inputs, calls these, and writes its output folder. What
belongs here is code two stages (or a stage and the CLI) need: the params schema (`params`), where
files live (`project`), the record vocabulary (`records`) and atomic file I/O (`io`), logging and
progress (`runtime`), models and prompts (`models`, `prompts`, `tokens`), prediction and metrics
(`scoring`, `metrics`), providers and remote prediction (`providers`), near-duplicates
(`near_dup`, `minhash`), PII detectors (`pii`), the data contract and HTML reports (`contract`,
`report`), MLflow (`tracking`, `serving`), the training backends (`training`), and the checks run
before any stage (`checks`).

Rules, enforced by the import contracts in pyproject.toml (`lint-imports`, run by the tests):
a library never imports a stage or a flow, and libraries import each other without cycles.
Heavy packages (torch, transformers, mlflow, prefect) are imported inside the functions that use
them, so the CLI and `dvc status` stay fast.
"""
