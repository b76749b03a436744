"""tests/ft_server.py against the real openai SDK (files, fine-tuning jobs, events, checkpoints,
chat with the fine-tuned model, faults).

Every client sets max_retries and timeout explicitly: the SDK defaults (2 retries, 600 s) would
make a broken test hang instead of fail.
"""

from __future__ import annotations

import asyncio
import base64
import json

import openai
import pytest

from tests.ft_server import TERMINAL_STATES, FineTuneServer, check_chat_jsonl
from tests.llm_server import FaultPlan

BASE = "gpt-4o-mini-2024-07-18"


def example(i: int) -> dict:
    return {
        "messages": [
            {"role": "system", "content": "You answer support tickets."},
            {"role": "user", "content": f"Where is my parcel number {i}?"},
            {"role": "assistant", "content": f"Parcel {i} is on its way and arrives tomorrow."},
        ]
    }


def jsonl(rows: list) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


TRAIN = jsonl([example(i) for i in range(12)])
VALID = jsonl([example(100 + i) for i in range(3)])
WORDS_PER_EXAMPLE = sum(len(m["content"].split()) for m in example(0)["messages"])


def client(srv: FineTuneServer, max_retries: int = 0) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=srv.openai_base_url, api_key="x", max_retries=max_retries, timeout=5
    )


def upload(c: openai.OpenAI, data: bytes = TRAIN, name: str = "train.jsonl") -> str:
    return c.files.create(file=(name, data), purpose="fine-tune").id


def poll(c: openai.OpenAI, job_id: str, limit: int = 50) -> list[str]:
    """Retrieve until terminal; the statuses seen, one per GET."""
    seen = []
    for _ in range(limit):
        job = c.fine_tuning.jobs.retrieve(job_id)
        seen.append(job.status)
        if job.status in TERMINAL_STATES:
            return seen
    raise AssertionError(f"job never finished: {seen}")


def test_supervised_job_end_to_end():
    with FineTuneServer(responder=lambda call: f"model={call.model}") as srv:
        c = client(srv)
        train_id = upload(c)
        valid_id = upload(c, VALID, "valid.jsonl")
        assert srv.files[train_id].content == TRAIN and srv.files[train_id].bytes == len(TRAIN)
        assert c.files.retrieve(valid_id).filename == "valid.jsonl"
        assert c.files.content(train_id).content == TRAIN
        assert {f.id for f in c.files.list(purpose="fine-tune")} == {train_id, valid_id}

        job = c.fine_tuning.jobs.create(
            model=BASE,
            training_file=train_id,
            validation_file=valid_id,
            suffix="tickets",
            seed=7,
            metadata={"ftpipe_run": "run-1", "stage": "train"},
            method={
                "type": "supervised",
                "supervised": {
                    "hyperparameters": {
                        "n_epochs": 2,
                        "batch_size": 4,
                        "learning_rate_multiplier": 0.5,
                    }
                },
            },
        )
        assert job.status == "validating_files" and job.fine_tuned_model is None
        assert job.seed == 7 and job.metadata == {"ftpipe_run": "run-1", "stage": "train"}
        assert job.error is not None and job.error.code is None  # the real API's "error": {}
        assert job.method.supervised.hyperparameters.batch_size == 4

        assert poll(c, job.id) == ["queued", "running", "succeeded"]
        rec = srv.jobs[job.id]
        assert rec.status_history == ["validating_files", "queued", "running", "succeeded"]
        assert srv.created_jobs() == [rec] and rec.request["suffix"] == "tickets"

        job = c.fine_tuning.jobs.retrieve(job.id)
        assert job.fine_tuned_model.startswith(f"ft:{BASE}:ftserver:tickets:")
        assert len(job.fine_tuned_model.rsplit(":", 1)[1]) == 8
        assert job.trained_tokens == 2 * 12 * WORDS_PER_EXAMPLE
        assert job.finished_at is not None and job.status == "succeeded"
        hp = job.hyperparameters
        assert (hp.n_epochs, hp.batch_size, hp.learning_rate_multiplier) == (2, 4, 0.5)

        # the results file: base64 of a CSV, like OpenAI's
        (result_id,) = job.result_files
        assert c.files.retrieve(result_id).purpose == "fine-tune-results"
        csv = base64.b64decode(c.files.content(result_id).content).decode()
        assert csv.splitlines()[0].startswith("step,train_loss") and len(csv.splitlines()) == 7

        # events: newest first, auto-paginated through `after`
        n_calls = len(srv.calls)
        events = list(c.fine_tuning.jobs.list_events(job.id, limit=4))
        assert len(srv.calls) - n_calls > 1  # more than one page was fetched
        assert [e.id for e in events] == [e["id"] for e in reversed(rec.events)]
        assert events[0].message == "The job has successfully completed"
        assert events[-1].message.startswith("Created fine-tuning job")
        assert {e.type for e in events} == {"message", "metrics"}
        metrics = [e.data for e in reversed(events) if e.type == "metrics"]
        assert len(metrics) == 2 * 3  # epochs x events_per_epoch
        steps = [m["step"] for m in metrics]
        assert steps == sorted(steps) and steps[-1] == metrics[-1]["total_steps"] == 6
        losses = [m["train_loss"] for m in metrics]
        assert all(a > b for a, b in zip(losses, losses[1:], strict=False))
        assert all(m["valid_loss"] is not None for m in metrics)
        assert any(e.message.startswith("Step 3/6: training loss=") for e in events)

        ckpts = list(c.fine_tuning.jobs.checkpoints.list(job.id))
        assert [k.step_number for k in ckpts] == [6, 3]  # one per epoch, newest first
        assert ckpts[0].fine_tuned_model_checkpoint == job.fine_tuned_model + ":ckpt-step-6"
        assert ckpts[0].metrics.train_loss < ckpts[1].metrics.train_loss
        assert ckpts[0].metrics.full_valid_loss is not None

        # chat with the fine-tuned model (and a checkpoint); an unknown ft: model is a 404
        for model in (job.fine_tuned_model, ckpts[1].fine_tuned_model_checkpoint):
            r = c.chat.completions.create(model=model, messages=[{"role": "user", "content": "hi"}])
            assert r.choices[0].message.content == f"model={model}"
        assert c.models.retrieve(job.fine_tuned_model).id == job.fine_tuned_model
        assert job.fine_tuned_model in [m.id for m in c.models.list()]
        with pytest.raises(openai.NotFoundError) as ei:
            c.chat.completions.create(
                model=job.fine_tuned_model + "x", messages=[{"role": "user", "content": "hi"}]
            )
        assert ei.value.code == "model_not_found"
        assert srv.calls[-1].status == 404 and srv.calls[-1].method == "POST"


def test_steps_per_state_and_what_does_not_advance():
    with FineTuneServer(steps_per_state=2) as srv:
        c = client(srv)
        job = c.fine_tuning.jobs.create(model=BASE, training_file=upload(c))
        rec = srv.jobs[job.id]
        n_metrics = []
        seen = []
        for _ in range(6):
            seen.append(c.fine_tuning.jobs.retrieve(job.id).status)
            n_metrics.append(len(rec.metrics))
            # none of these advance the job
            list(c.fine_tuning.jobs.list_events(job.id))
            list(c.fine_tuning.jobs.checkpoints.list(job.id))
            list(c.fine_tuning.jobs.list())
        assert seen == ["validating_files", "queued", "queued", "running", "running", "succeeded"]
        assert rec.polls == 6
        assert 0 < n_metrics[3] < n_metrics[4] < n_metrics[5] == 3 * 3  # auto n_epochs = 3
        assert c.fine_tuning.jobs.retrieve(job.id).status == "succeeded"  # terminal stays


def test_legacy_top_level_hyperparameters():
    with FineTuneServer() as srv:
        c = client(srv)
        train_id = upload(c)
        job = c.fine_tuning.jobs.create(
            model=BASE, training_file=train_id, hyperparameters={"n_epochs": 1}
        )
        assert job.hyperparameters.n_epochs == 1 and job.hyperparameters.batch_size == "auto"
        assert job.method.type == "supervised"
        assert job.method.supervised.hyperparameters.n_epochs == 1
        poll(c, job.id)
        job = c.fine_tuning.jobs.retrieve(job.id)
        assert job.hyperparameters.batch_size == 1  # "auto" resolved when it ran
        assert len(srv.jobs[job.id].checkpoints) == 1
        with pytest.raises(openai.BadRequestError) as ei:  # both places, different values
            c.fine_tuning.jobs.create(
                model=BASE,
                training_file=train_id,
                hyperparameters={"n_epochs": 1},
                method={"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 2}}},
            )
        assert ei.value.param == "hyperparameters"
        with pytest.raises(openai.BadRequestError) as ei:
            c.fine_tuning.jobs.create(model=BASE, training_file=train_id, method={"type": "dpo"})
        assert ei.value.param == "method.type"


def test_too_few_examples_fails_validation():
    with FineTuneServer() as srv:
        c = client(srv)
        job = c.fine_tuning.jobs.create(
            model=BASE, training_file=upload(c, jsonl([example(i) for i in range(5)]))
        )
        assert poll(c, job.id) == ["failed"]
        job = c.fine_tuning.jobs.retrieve(job.id)
        assert job.error.code == "invalid_training_file"
        assert job.error.param == "training_file"
        assert "5 example(s)" in job.error.message and "at least 10" in job.error.message
        assert job.fine_tuned_model is None and job.finished_at is not None
        events = list(c.fine_tuning.jobs.list_events(job.id))
        assert events[0].level == "error" and events[0].message == job.error.message
        assert list(c.fine_tuning.jobs.checkpoints.list(job.id)) == []


@pytest.mark.parametrize(
    "line, problem",
    [
        ({"messages": [{"role": "user", "content": "hi"}]}, "no assistant message"),
        ({"messages": [{"role": "bot", "content": "hi"}]}, "unrecognized role 'bot'"),
        ({"messages": [{"role": "assistant", "content": None}]}, "'content' must be a string"),
        ({"prompt": "a", "completion": "b"}, "'messages' must be a non-empty list"),
        ("not json", "not valid JSON"),
    ],
)
def test_bad_training_lines_are_named(line, problem):
    rows = [example(i) for i in range(11)]
    data = jsonl(rows[:3]) + (line.encode() + b"\n" if isinstance(line, str) else jsonl([line]))
    data += jsonl(rows[3:])
    examples, msg = check_chat_jsonl(data)
    assert problem in msg and ("Example 4" in msg or "Line 4" in msg)
    with FineTuneServer() as srv:
        c = client(srv)
        job = c.fine_tuning.jobs.create(model=BASE, training_file=upload(c, data))
        poll(c, job.id)
        err = c.fine_tuning.jobs.retrieve(job.id).error
        assert err.code == "invalid_training_file" and problem in err.message
    with FineTuneServer(validate_files=False) as srv:  # validation off: it trains anyway
        c = client(srv)
        job = c.fine_tuning.jobs.create(model=BASE, training_file=upload(c, data))
        assert poll(c, job.id)[-1] == "succeeded"


def test_bad_validation_file():
    with FineTuneServer() as srv:
        c = client(srv)
        job = c.fine_tuning.jobs.create(
            model=BASE, training_file=upload(c), validation_file=upload(c, b"{}\n", "v.jsonl")
        )
        poll(c, job.id)
        err = c.fine_tuning.jobs.retrieve(job.id).error
        assert (err.code, err.param) == ("invalid_validation_file", "validation_file")


def test_fail_with_gives_that_error():
    fail = {"code": "exceeded_quota", "message": "Training quota exceeded.", "param": None}
    with FineTuneServer(fail_with=fail) as srv:
        c = client(srv)
        job = c.fine_tuning.jobs.create(model=BASE, training_file=upload(c))
        assert poll(c, job.id) == ["queued", "running", "failed"]
        job = c.fine_tuning.jobs.retrieve(job.id)
        assert (job.error.code, job.error.message, job.error.param) == (
            "exceeded_quota",
            "Training quota exceeded.",
            None,
        )
        rec = srv.jobs[job.id]
        assert 0 < len(rec.metrics) < 9  # it got part of the way
        assert rec.events[-1]["level"] == "error"
    with FineTuneServer(fail_with={"code": "bad_param", "message": "m", "param": "seed"}) as srv:
        c = client(srv)
        job = c.fine_tuning.jobs.create(model=BASE, training_file=upload(c))
        poll(c, job.id)
        assert c.fine_tuning.jobs.retrieve(job.id).error.param == "seed"


def test_cancel():
    with FineTuneServer(steps_per_state=3) as srv:
        c = client(srv)
        train_id = upload(c)
        job = c.fine_tuning.jobs.create(model=BASE, training_file=train_id)
        status = job.status
        while status != "running":
            status = c.fine_tuning.jobs.retrieve(job.id).status
        cancelled = c.fine_tuning.jobs.cancel(job.id)
        assert cancelled.status == "cancelled"
        rec = srv.jobs[job.id]
        assert rec.cancel_requested and rec.status_history[-2:] == ["running", "cancelled"]
        assert c.fine_tuning.jobs.retrieve(job.id).status == "cancelled"  # stays put
        assert c.fine_tuning.jobs.retrieve(job.id).fine_tuned_model is None
        with pytest.raises(openai.BadRequestError):  # already terminal
            c.fine_tuning.jobs.cancel(job.id)
        # any non-terminal state can be cancelled, validating_files too
        other = c.fine_tuning.jobs.create(model=BASE, training_file=train_id)
        assert c.fine_tuning.jobs.cancel(other.id).status == "cancelled"
        with pytest.raises(openai.NotFoundError):
            c.fine_tuning.jobs.cancel("ftjob-nope")


def test_list_jobs_carries_metadata_and_filters():
    with FineTuneServer() as srv:
        c = client(srv)
        train_id = upload(c)
        ids = [
            c.fine_tuning.jobs.create(model=BASE, training_file=train_id, metadata=meta).id
            for meta in ({"ftpipe_run": "a"}, None, {"ftpipe_run": "b", "stage": "train"})
        ]
        page = c.fine_tuning.jobs.list()
        assert [j.id for j in page.data] == ids[::-1]  # newest first
        assert [j.metadata for j in page.data] == [
            {"ftpipe_run": "b", "stage": "train"},
            None,
            {"ftpipe_run": "a"},
        ]
        # a client can find its own job again: by listing and filtering itself ...
        mine = [j for j in c.fine_tuning.jobs.list() if (j.metadata or {}).get("ftpipe_run") == "b"]
        assert [j.id for j in mine] == [ids[2]]
        # ... or server-side: the SDK sends metadata[k]=v
        assert [j.id for j in c.fine_tuning.jobs.list(metadata={"ftpipe_run": "a"})] == [ids[0]]
        assert srv.calls[-1].path == "/v1/fine_tuning/jobs"  # the query is in Call.body
        assert srv.calls[-1].body == {"metadata[ftpipe_run]": "a"}
        assert list(c.fine_tuning.jobs.list(metadata={"ftpipe_run": "zzz"})) == []
        none = c.fine_tuning.jobs.list(extra_query={"metadata": "null"})
        assert [j.id for j in none] == [ids[1]]
        # auto-pagination through `after`
        assert [j.id for j in c.fine_tuning.jobs.list(limit=1)] == ids[::-1]
        assert c.fine_tuning.jobs.list(limit=2).has_more is True


def test_create_and_upload_errors():
    with FineTuneServer() as srv:
        c = client(srv)
        with pytest.raises(openai.BadRequestError) as ei:
            c.fine_tuning.jobs.create(model=BASE, training_file="file-doesnotexist")
        e = ei.value
        assert e.status_code == 400 and e.param == "training_file"
        assert "file-doesnotexist" in e.message and e.body["type"] == "invalid_request_error"
        assert srv.jobs == {}

        train_id = upload(c)
        with pytest.raises(openai.BadRequestError) as ei:
            c.fine_tuning.jobs.create(model=BASE, training_file=train_id, validation_file="x")
        assert ei.value.param == "validation_file"
        other = c.files.create(file=("notes.txt", b"hello"), purpose="assistants").id
        with pytest.raises(openai.BadRequestError) as ei:
            c.fine_tuning.jobs.create(model=BASE, training_file=other)
        assert ei.value.param == "training_file" and "purpose" in ei.value.message
        with pytest.raises(openai.BadRequestError) as ei:
            c.fine_tuning.jobs.create(model=BASE, training_file=train_id, metadata={"k": 1})
        assert ei.value.param == "metadata"
        with pytest.raises(openai.BadRequestError):
            c.fine_tuning.jobs.create(model=BASE, training_file=train_id, suffix="x" * 65)

        # the SDK names raw bytes "upload": the Fine-Tuning API wants a .jsonl name
        with pytest.raises(openai.BadRequestError) as ei:
            c.files.create(file=TRAIN, purpose="fine-tune")
        assert ".jsonl" in ei.value.message
        with pytest.raises(openai.BadRequestError):
            c.files.create(file=("a.jsonl", TRAIN), purpose="bogus")  # type: ignore[arg-type]

        with pytest.raises(openai.NotFoundError):
            c.fine_tuning.jobs.retrieve("ftjob-nope")
        with pytest.raises(openai.NotFoundError):
            c.files.retrieve("file-nope")
        assert c.files.delete(other).deleted is True
        assert other not in srv.files
        assert {(x.method, x.path) for x in srv.calls} >= {
            ("POST", "/v1/files"),
            ("POST", "/v1/fine_tuning/jobs"),
            ("GET", "/v1/fine_tuning/jobs/ftjob-nope"),
            ("DELETE", f"/v1/files/{other}"),
        }


def test_faults_on_any_endpoint():
    # 429 then fine on the upload; the SDK retries (retry-after 0.01 s) and one file exists
    with FineTuneServer(faults=FaultPlan.sequence(["429", None], retry_after="0.01")) as srv:
        c = client(srv, max_retries=2)
        upload(c)
        assert [(x.path, x.status, x.fault) for x in srv.calls] == [
            ("/v1/files", 429, "429"),
            ("/v1/files", 200, None),
        ]
        assert len(srv.files) == 1

    # a 500 on a retrieve does not advance the job; a retry does
    def on_retrieve(i, call):
        return "500" if call.method == "GET" and call.path.count("/") == 4 and i == 2 else None

    with FineTuneServer(faults=on_retrieve) as srv:
        c = client(srv)
        job = c.fine_tuning.jobs.create(model=BASE, training_file=upload(c))
        with pytest.raises(openai.InternalServerError):
            c.fine_tuning.jobs.retrieve(job.id)
        assert srv.jobs[job.id].polls == 0 and srv.jobs[job.id].status == "validating_files"
        assert c.fine_tuning.jobs.retrieve(job.id).status == "queued"

    # bad_json on a list: the SDK raises a JSONDecodeError (a ValueError, no retry)
    with FineTuneServer(faults=FaultPlan.sequence([None, "bad_json"])) as srv:
        c = client(srv, max_retries=2)
        upload(c)
        with pytest.raises(ValueError):
            c.files.list()
        assert len(srv.calls) == 2


def test_async_client():
    async def go(srv: FineTuneServer) -> tuple[list[str], str]:
        async with openai.AsyncOpenAI(
            base_url=srv.openai_base_url, api_key="x", max_retries=0, timeout=5
        ) as c:
            f = await c.files.create(file=("train.jsonl", TRAIN), purpose="fine-tune")
            job = await c.fine_tuning.jobs.create(model=BASE, training_file=f.id, suffix="a")
            seen = []
            while job.status not in TERMINAL_STATES:
                job = await c.fine_tuning.jobs.retrieve(job.id)
                seen.append(job.status)
            r = await c.chat.completions.create(
                model=job.fine_tuned_model, messages=[{"role": "user", "content": "hello"}]
            )
            return seen, r.choices[0].message.content

    with FineTuneServer() as srv:
        seen, text = asyncio.run(go(srv))
    assert seen == ["queued", "running", "succeeded"] and text == "echo: hello"
