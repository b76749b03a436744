"""Training backends behind one interface; the train stage (tasks/train.py) dispatches to them.

- `local`: lora, qlora and full fine-tuning with TRL + PEFT (+ bitsandbytes for qlora), here or on
  a GPU work pool; `export` writes and smoke-tests a standalone model;
- `openai_job`: an OpenAI fine-tuning job.

What they share exists once: `core` (the job a backend gets, the outcome it returns, the loss
history and fit verdict), `preflight` (token counts, truncation, memory from the model config,
cost), the SFT rows (tasks/lib/prompts.py) and the MLflow run lifecycle
(tasks/lib/tracking.py `tracked_run`). A backend is a module with three functions:

    check_data(train, val) -> None          # backend-specific data rules, before any work
    describe(project) -> dict               # effective hyper-parameters (MLflow params, run.json)
    train(job, run) -> TrainOutcome         # train; `run` is the MLflow run (None off rank 0)
"""
