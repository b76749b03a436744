"""train: completion-only loss masking, the stage's outputs, MLflow run, failure handling."""

from __future__ import annotations

import pytest

from tasks.lib.errors import PipelineError
from tasks.lib.io import read_json, read_records, write_jsonl
from tasks.lib.models import load_model
from tasks.lib.project import ADAPTER, LOSS_CURVES, RUN_INFO
from tasks.lib.prompts import sft_rows
from tasks.lib.tracking import tracking_uri
from tasks.lib.training.core import LossHistory
from tasks.train import train
from tests.helpers import project_trainer


def test_loss_is_on_the_assistant_completion_only(tiny_project, tiny_model_dir, tmp_path):
    project = tiny_project(n_train=2, n_val=1)
    p = project.params
    recs = read_records(project.split_path("train"))
    model, tok = load_model(tiny_model_dir)
    trainer = project_trainer(project, model, tok, tmp_path / "o")
    batch = trainer.data_collator([trainer.train_dataset[i] for i in range(2)])
    for i, row in enumerate(sft_rows(recs, p.task.system_prompt)):
        prompt_ids = tok.apply_chat_template(row["prompt"], add_generation_prompt=True)["input_ids"]
        full_ids = tok.apply_chat_template(row["prompt"] + row["completion"])["input_ids"]
        assert full_ids[: len(prompt_ids)] == prompt_ids
        answer_ids = full_ids[len(prompt_ids) :]
        # the answer is the label and the end of the assistant turn (so the model learns to stop)
        assert tok.decode(answer_ids) == f"{recs[i]['messages'][-1]['content']}<|im_end|>\n"

        labels, input_ids = batch["labels"][i].tolist(), batch["input_ids"][i].tolist()
        trained = [pos for pos, lab in enumerate(labels) if lab != -100]
        assert trained == list(range(len(prompt_ids), len(full_ids)))
        assert [input_ids[pos] for pos in trained] == answer_ids
        assert input_ids[: len(full_ids)] == full_ids  # right padding after the sequence


def _mlflow_client(project):
    from mlflow import MlflowClient

    return MlflowClient(tracking_uri=tracking_uri(project))


def test_train_writes_adapter_run_info_and_mlflow_run(tiny_project, tiny_model_dir):
    project = tiny_project(
        n_train=12, n_val=4, train={"epochs": 2, "batch_size": 4, "logging_steps": 1}
    )
    summary = train.fn(project)

    out = project.stage_dir("train")
    assert sorted(x.name for x in out.iterdir()) == sorted([ADAPTER, RUN_INFO, LOSS_CURVES])
    assert not list((project.root / ".ftpipe/checkpoints").glob("*"))  # removed once saved
    info = read_json(out / RUN_INFO)
    # a LoRA adapter on the tiny random model barely moves the validation loss: no overfitting,
    # and the verdict is the one the recorded curves give
    assert info["fit"]["verdict"] == "ok" and info["backend"] == "lora"
    curves = {k: info[k] for k in ("train_loss", "train_step", "eval_loss", "eval_step")}
    assert info["fit"] == LossHistory(**curves).fit_verdict()
    assert info["best_checkpoint_step"] in info["eval_step"]
    assert info["preflight"]["tokens_per_epoch"] > 0 and info["preflight"]["truncated"] == 0
    assert info["base_model"] == tiny_model_dir  # the params reference
    assert info["n_train"] == 12 and info["n_val"] == 4
    assert len(info["train_loss"]) == 6  # 3 steps/epoch x 2 epochs, logged every step
    assert len(info["eval_loss"]) == 2  # one per epoch
    assert info["hyperparams"]["lora"]["r"] == 16 and info["hyperparams"]["bf16"] is False
    assert info["train_runtime_s"] > 0 and summary["run_id"] == info["run_id"]

    model, _ = load_model(info["base_model"], out / ADAPTER)
    assert type(model).__name__ == "PeftModelForCausalLM"

    client = _mlflow_client(project)
    run = client.get_run(info["run_id"])
    assert run.info.status == "FINISHED"
    assert run.info.experiment_id == info["experiment_id"]
    assert run.data.params["lora.r"] == "16" and run.data.params["n_train"] == "12"
    steps = [m.step for m in client.get_metric_history(run.info.run_id, "train_loss")]
    assert steps == [1, 2, 3, 4, 5, 6]
    assert len(client.get_metric_history(run.info.run_id, "eval_loss")) == 2
    assert {"learning_rate", "grad_norm", "train_runtime_s", "train_tokens_per_s"} <= set(
        run.data.metrics
    )


def test_training_is_deterministic(tiny_project, tiny_model_dir, tmp_path):
    project = tiny_project(n_train=8, n_val=2, train={"epochs": 1, "batch_size": 4})
    losses = []
    for k in range(2):
        model, tok = load_model(tiny_model_dir)
        trainer = project_trainer(project, model, tok, tmp_path / str(k), logging_steps=1)
        trainer.train()
        history = LossHistory.from_trainer_log(trainer.state.log_history)
        losses.append(history.train_loss + history.eval_loss)
    assert len(losses[0]) == 3 and losses[0] == losses[1]


def test_bad_data_fails_before_any_mlflow_run(tiny_project):
    project = tiny_project()
    recs = read_records(project.split_path("train"))
    recs[0]["messages"][-1]["content"] = "REFUNDS"  # not in task.labels
    write_jsonl(project.split_path("train"), recs)
    with pytest.raises(PipelineError, match="not in task.labels"):
        train.fn(project)
    assert not (project.root / "mlflow.db").exists()
    assert not project.stage_dir("train").exists()


def test_empty_val_is_a_clear_error(tiny_project):
    project = tiny_project(n_val=0)
    with pytest.raises(PipelineError, match="val split is empty"):
        train.fn(project)


def test_crash_marks_the_run_failed_and_writes_nothing(tiny_project, monkeypatch):
    from trl import SFTTrainer

    project = tiny_project()

    def boom(self, *args, **kwargs):
        raise RuntimeError("out of memory")

    monkeypatch.setattr(SFTTrainer, "train", boom)
    with pytest.raises(RuntimeError, match="out of memory"):
        train.fn(project)
    assert not project.stage_dir("train").exists()
    client = _mlflow_client(project)
    exp = client.get_experiment_by_name(project.params.task.name)
    runs = client.search_runs([exp.experiment_id])
    assert [r.info.status for r in runs] == ["FAILED"]


def test_max_length_that_cuts_every_answer_fails_before_mlflow(tiny_project):
    project = tiny_project(train={"max_length": 16})  # shorter than the system prompt alone
    with pytest.raises(PipelineError, match="raise train.max_length"):
        train.fn(project)
    assert not (project.root / "mlflow.db").exists()


def _make_long(project, split: str, i: int = 0) -> dict:
    """Make record `i` of `split` longer than train.max_length (the user turn) and return it."""
    recs = read_records(project.split_path(split))
    recs[i]["messages"][1]["content"] = "please help with my order " * 100  # ~600 tokens
    write_jsonl(project.split_path(split), recs)
    return recs[i]


def test_the_cut_example_is_trained_on_its_whole_answer(tiny_project, tiny_model_dir, tmp_path):
    project = tiny_project(n_train=2, n_val=2, train={"truncate": "user_middle"})
    p = project.params
    long_train, long_val = _make_long(project, "train"), _make_long(project, "val", 1)
    model, tok = load_model(tiny_model_dir)
    trainer = project_trainer(project, model, tok, tmp_path / "o")
    assert len(trainer.train_dataset) == 2 and len(trainer.eval_dataset) == 2  # none dropped
    for dataset, i, rec in (
        (trainer.train_dataset, 0, long_train),
        (trainer.eval_dataset, 1, long_val),
    ):
        batch = trainer.data_collator([dataset[i]])
        ids, labels = batch["input_ids"][0].tolist(), batch["labels"][0].tolist()
        assert len(ids) <= p.train.max_length
        answer = [t for t, lab in zip(ids, labels, strict=True) if lab != -100]
        assert tok.decode(answer) == f"{rec['messages'][-1]['content']}<|im_end|>\n"
        # the system prompt is whole, the user turn keeps its start and end
        text = tok.decode(ids)
        assert p.task.system_prompt in text and "please help with my order please" in text
        assert " … " in text and text.count("please help") < 100


@pytest.mark.parametrize("how, kept, cut", [("none", 3, 0), ("user_end", 4, 1)])
def test_an_over_long_example_is_cut_with_truncate_and_dropped_without(
    tiny_project, caplog, how, kept, cut
):
    project = tiny_project(
        n_train=4,
        n_val=2,
        train={"epochs": 1, "batch_size": 2, "truncate": how},
        quality={"max_truncated_share": 0.5},  # lets `none` past the pre-flight
    )
    _make_long(project, "train")
    summary = train.fn(project)
    info = read_json(project.stage_dir("train") / RUN_INFO)
    assert info["n_train"] == kept and summary["n_train"] == kept and info["n_val"] == 2
    assert info["preflight"]["truncate"] == how and info["preflight"]["n_cut"] == cut
    assert info["preflight"]["truncated"] == 1 - cut  # what is still over max_length
    assert ("cut the user turn of 1 of 4 train examples" in caplog.text) == bool(cut)


# ---------------------------------------------------------------------------------------------
# The selected-positions loss (tasks/lib/training/loss.py) against TRL's own
# ---------------------------------------------------------------------------------------------


def _loss_and_grads(trainer, batch, compute_loss, num_items=None):
    """One loss + backward on a copy of `batch`; the trainable grads and TRL's logged metrics."""
    model = trainer.model
    model.zero_grad()
    loss = compute_loss(trainer, model, dict(batch), num_items_in_batch=num_items)
    loss.backward()
    grads = {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}
    metrics = {k: v[-1] for k, v in trainer._metrics["eval"].items() if k != "num_tokens"}
    return loss.item(), grads, metrics


@pytest.mark.parametrize(
    "backend, packing", [("lora", False), ("full", False), ("lora", True)], ids=str
)
def test_selected_positions_loss_equals_trls_full_logits_loss(
    tiny_project, tiny_model_dir, tmp_path, backend, packing
):
    import torch
    from trl import SFTTrainer

    project = tiny_project(n_train=6, n_val=2)
    torch.manual_seed(0)
    model, tok = load_model(tiny_model_dir)
    recs = read_records(project.split_path("train"))
    recs[1]["messages"][1]["content"] += " with a much longer ticket text" * 5  # uneven rows
    trainer = project_trainer(
        project,
        model,
        tok,
        tmp_path / "o",
        train=recs,
        backend=backend,
        packing=packing,
        batch_size=6,
    )
    assert type(trainer).__name__ == "SelectedLossSFTTrainer"
    trainer.model.eval()  # no dropout: both losses see the same network
    if backend == "lora":  # LoRA B starts at zero (A's grad would be 0 == 0): move it
        for name, param in trainer.model.named_parameters():
            if "lora_B" in name:
                torch.nn.init.normal_(param, std=0.5)
    rows = trainer.train_dataset  # packing: the 6 examples packed into max_length rows
    batch = trainer.data_collator([rows[i] for i in range(len(rows))])
    assert ("attention_mask" in batch) is not packing  # packing: one padding-free row
    n_answer = int((batch["labels"][:, 1:] != -100).sum())
    seen = []  # what the LM head is asked to project
    head = trainer.model.get_output_embeddings()
    hook = head.register_forward_hook(lambda mod, args, out: seen.append(args[0].shape))
    for num_items in (None, 3 * n_answer):  # the batch's own count, then a 3-step accumulation
        ours = _loss_and_grads(trainer, batch, type(trainer).compute_loss, num_items)
        trls = _loss_and_grads(trainer, batch, SFTTrainer.compute_loss, num_items)
        assert ours[0] == pytest.approx(trls[0], abs=1e-5)
        assert set(ours[1]) == set(trls[1])
        for name, grad in ours[1].items():
            torch.testing.assert_close(grad, trls[1][name], rtol=1e-4, atol=1e-7, msg=name)
        assert ours[2] == pytest.approx(trls[2], abs=1e-5)  # entropy, mean_token_accuracy
    hook.remove()
    # only the answer positions went through the vocabulary projection (TRL's CPU path does not
    # call the head module at all: it scores all positions from its weight in tiles)
    assert [tuple(s) for s in seen] == [(n_answer, head.in_features)] * 2
    name = "lora_A" if backend == "lora" else "embed_tokens"  # tied with the head under full
    assert any(name in n and g.abs().sum() > 0 for n, g in ours[1].items())


def test_activation_checkpointing_on_cpu_trains_the_same(tiny_project, tiny_model_dir, tmp_path):
    """train.activation_checkpointing: true on CPU recomputes activations: same losses, LoRA
    weights still learn (PEFT needs the inputs to require grad under checkpointing)."""
    import torch

    project = tiny_project(n_train=8, n_val=2, train={"epochs": 1, "batch_size": 4})
    histories, args = [], []
    for ckpt in (False, True):
        torch.manual_seed(0)
        model, tok = load_model(tiny_model_dir)
        trainer = project_trainer(
            project,
            model,
            tok,
            tmp_path / str(ckpt),
            logging_steps=1,
            activation_checkpointing=ckpt,
        )
        before = {
            n: p.detach().clone() for n, p in trainer.model.named_parameters() if "lora_B" in n
        }
        trainer.train()
        after = dict(trainer.model.named_parameters())
        assert any(not torch.equal(before[n], after[n]) for n in before)  # it learned
        histories.append(LossHistory.from_trainer_log(trainer.state.log_history).train_loss)
        args.append(trainer.args.gradient_checkpointing)
    assert args == [False, True]
    assert histories[1] == pytest.approx(histories[0], rel=1e-4)
