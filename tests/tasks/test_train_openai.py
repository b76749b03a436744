"""train.backend: openai through the real `openai` SDK against tests/ft_server.py (files,
fine-tuning jobs with their state machine and events, chat completions for the `ft:` model):
a job end to end into evaluate and register, re-attaching on rerun, a failed job's message,
cancelling the job on interrupt, and the local format checks before any upload."""

from __future__ import annotations

import json
import signal

import pytest
from prefect.exceptions import TerminationSignal

from tasks.baseline import baseline
from tasks.evaluate import evaluate
from tasks.lib.errors import PipelineError
from tasks.lib.io import read_json, write_jsonl
from tasks.lib.project import CONTENDERS, RUN_INFO
from tasks.lib.training.openai_job import check_format
from tasks.register import register
from tasks.train import train
from tests.ft_server import FineTuneServer
from tests.helpers import LABELS, chat, make_project


def answer(call) -> str:
    """The fine-tuned model knows the label ("... a question about shipping" -> SHIPPING)."""
    text = call.last_user_text
    for label in LABELS:
        if label.lower() in text:
            return label
    return "OTHER"


def _project(tiny_project, monkeypatch, server, **openai):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-ft-KEY")
    monkeypatch.setenv("OPENAI_BASE_URL", server.openai_base_url)
    return tiny_project(
        n_train=12,
        n_val=4,
        n_test=6,
        train={"backend": "openai", "openai": {"poll_s": 0.01, "poll_max_s": 0.02, **openai}},
    )


def test_job_end_to_end_then_rerun_reattaches(tiny_project, monkeypatch, caplog):
    with FineTuneServer(answer) as server:
        project = _project(tiny_project, monkeypatch, server)
        summary = train.fn(project)
        info = read_json(project.stage_dir("train") / RUN_INFO)
        assert info["backend"] == "openai" and info["remote_model"].startswith("ft:")
        assert summary["reattached"] is False and len(server.created_jobs()) == 1
        job = server.created_jobs()[0]
        assert job.status_history[-1] == "succeeded"
        assert job.hyperparameters["n_epochs"] == 3 and job.seed == 42
        uploads = [f for f in server.files.values() if f.purpose == "fine-tune"]
        assert len(uploads) == 2 and all(f.filename.endswith(".jsonl") for f in uploads)
        assert info["train_loss"] and info["train_step"] == sorted(info["train_step"])
        # a rerun for the same data and params finds the job instead of creating another
        again = train.fn(project)
        assert again["reattached"] is True and again["remote_model"] == info["remote_model"]
        assert len(server.created_jobs()) == 1
        assert len([f for f in server.files.values() if f.purpose == "fine-tune"]) == 2

        # the base contenders are the OpenAI model being fine-tuned, through the same API
        baseline.fn(project)
        chats = [c for c in server.calls if c.path.endswith("/chat/completions")]
        base_model = project.params.train.openai.model
        assert {c.model for c in chats} == {base_model} and len(chats) == 2 * 6  # 0- and 6-shot
        table = read_json(project.stage_dir("baseline") / CONTENDERS)
        assert table["base"]["describe"] == f"{base_model}, 0-shot"
        assert table["base"]["scoring"] == "generate"  # no label scoring over the API
        assert table["base_few_shot"]["prompt_tokens"] > table["base"]["prompt_tokens"] > 0
        assert table["base"]["cost_per_1k_usd"] > 0  # tokens x evaluate.cost.prices
        summary = evaluate.fn(project)
        assert summary["candidate"] == 1.0  # answered by the ft: model through chat completions
        chats = [c for c in server.calls if c.path.endswith("/chat/completions")][12:]
        assert {c.model for c in chats} == {info["remote_model"]}
        everything = [c for c in server.calls if c.path.endswith("/chat/completions")]
        assert all(c.body.get("temperature") == 0.0 for c in everything)
        table = read_json(project.stage_dir("evaluate") / CONTENDERS)
        # priced as a fine-tuned model of its base ("ft:<base>" in evaluate.cost.prices)
        assert table["candidate"]["cost_per_1k_usd"] > table["base"]["cost_per_1k_usd"]
        result = register.fn(project)
        assert result["version"] == "1"

    from mlflow import MlflowClient

    from tasks.lib.tracking import tracking_uri

    mv = MlflowClient(tracking_uri=tracking_uri(project)).get_model_version(
        project.params.task.name, "1"
    )
    assert mv.tags["openai_model"] == info["remote_model"]
    assert mv.tags["train.backend"] == "openai"
    assert "sk-test-ft-KEY" not in caplog.text + str(mv.tags)


def test_failed_job_gives_code_param_and_message(tiny_project, monkeypatch):
    fail = {"code": "invalid_n_epochs", "message": "n_epochs must be <= 50", "param": "n_epochs"}
    with FineTuneServer(answer, fail_with=fail) as server:
        project = _project(tiny_project, monkeypatch, server)
        with pytest.raises(PipelineError) as err:
            train.fn(project)
    msg = str(err.value)
    assert "failed: [invalid_n_epochs] parameter 'n_epochs': n_epochs must be <= 50" in msg
    assert not project.stage_dir("train").exists()


@pytest.mark.parametrize(
    "signal_exc",
    [KeyboardInterrupt(), TerminationSignal(signal.SIGTERM)],
    ids=["ctrl-c", "prefect-cancel"],
)
def test_interrupt_cancels_the_job(tiny_project, monkeypatch, signal_exc):
    """Ctrl-C, and Prefect cancelling the flow run (its SIGTERM handler raises
    TerminationSignal in the flow's process), both cancel the paid job."""
    import tasks.lib.training.openai_job as ft

    with FineTuneServer(answer, steps_per_state=5) as server:
        project = _project(tiny_project, monkeypatch, server)

        def interrupt(_):
            raise signal_exc

        monkeypatch.setattr(ft.time, "sleep", interrupt)
        with pytest.raises(type(signal_exc)):
            train.fn(project)
        job = server.created_jobs()[0]
    assert job.status == "cancelled" and job.cancel_requested


def test_local_format_checks_before_upload():
    recs = [{"messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": "A"}]}]
    with pytest.raises(PipelineError, match="at least 10 training examples"):
        check_format(recs * 5, "train")
    bad = [{"messages": [{"role": "user", "content": "x"}]}] * 10
    with pytest.raises(PipelineError, match="assistant answer"):
        check_format(bad, "train")
    check_format(recs * 10, "train")


TYPE_TASKS = {
    "extraction": {
        "type": "extraction",
        "labels": [],
        "schema": {
            "type": "object",
            "properties": {"category": {"enum": ["BILLING", "SHIPPING"]}},
            "required": ["category"],
        },
    },
    "generation": {"type": "generation", "labels": [], "format": "regex", "pattern": "Hi.+"},
}


def _type_answer(task_type: str, text: str) -> str:
    category = "BILLING" if "billing" in text else "SHIPPING"
    if task_type == "extraction":
        return json.dumps({"category": category})
    return f"Hi, your {category.lower()} question is with the team."


@pytest.mark.parametrize("task_type", list(TYPE_TASKS))
def test_every_task_type_trains_and_evaluates_through_the_job(tmp_path, monkeypatch, task_type):
    """The answer is text either way: the job trains on it, and evaluate reads the remote base
    model's and the `ft:` model's answers with the type's metrics."""

    def answer(call) -> str:  # the fine-tuned model answers right; the base model rambles
        if (call.model or "").startswith("ft:"):
            return _type_answer(task_type, call.last_user_text)
        return "Let me think about that."

    with FineTuneServer(answer) as server:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-ft-KEY")
        monkeypatch.setenv("OPENAI_BASE_URL", server.openai_base_url)
        project = make_project(
            tmp_path,
            task=TYPE_TASKS[task_type],
            baseline={"few_shot": 0},
            evaluate={"latency_requests": 2},
            train={"backend": "openai", "openai": {"poll_s": 0.01, "poll_max_s": 0.02}},
        )
        for name, n in (("train", 12), ("val", 4), ("test", 6)):
            rows = [f"ticket {name} {i}: about {('billing', 'shipping')[i % 2]}" for i in range(n)]
            write_jsonl(
                project.split_path(name), [chat(u, _type_answer(task_type, u)) for u in rows]
            )
        train.fn(project)
        uploaded = [f for f in server.files.values() if f.purpose == "fine-tune"][0]
        sent = [json.loads(line)["messages"] for line in uploaded.content.decode().splitlines()]
        assert all(m[-1]["content"] == _type_answer(task_type, m[-2]["content"]) for m in sent)
        baseline.fn(project)
        evaluate.fn(project)
    table = read_json(project.stage_dir("evaluate") / CONTENDERS)
    metric = project.params.register.metric
    assert table["candidate"][metric] == 1.0 and table["base"][metric] < 0.5
    assert table["base"]["invalid_rate"] == 1.0 and table["candidate"]["invalid_rate"] == 0.0
