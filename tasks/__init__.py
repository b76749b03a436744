"""The pipeline's stages: one module per stage, named like it everywhere.

`tasks/<stage>.py` is the stage: its Prefect task (`@stage_task def <stage>(project)`), the
`dvc.yaml` stage of the same name (`ftpipe stage <stage>`), its `params.yaml` section and its
output folder `data/<stage>/`. A stage reads its inputs, calls a pure core and writes its folder
atomically. Code that two stages need lives in the libraries, `tasks/lib/`. A stage never imports
another stage (the import contracts in pyproject.toml keep it so).
"""
