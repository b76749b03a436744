"""tasks.lib.shadow: agreement between models on known answers, the requests file's rules, and
`ftpipe shadow` end to end on the tiny model: two registered versions with different weights (and
the classic model) answer logged requests as their served pyfuncs do; nothing of a request's
text reaches the result, the table or MLflow."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest

from tasks.lib.errors import DataError
from tasks.lib.shadow import compare_answers, read_requests
from tests.helpers import LABELS, write_lines

S, B, A, T = LABELS[:4]  # SHIPPING, BILLING, ACCOUNT, TECHNICAL


def test_compare_answers_agreement_and_disagreements_by_class():
    answers = {
        "champion": [S, S, B, None, T, None],
        "challenger": [S, B, B, None, S, T],
        "classic": [S, S, S, S, S, S],
    }
    res = compare_answers(answers, LABELS, lines=[1, 2, 4, 5, 7, 9])
    assert res["n"] == 6
    # two None answers agree (both models named no label); a None against a label does not
    assert res["agreement"] == {
        "champion_vs_challenger": 0.5,
        "champion_vs_classic": pytest.approx(2 / 6, abs=1e-6),
        "challenger_vs_classic": pytest.approx(2 / 6, abs=1e-6),
    }
    main = res["pairs"]["champion_vs_challenger"]
    assert (main["agree"], main["disagree"]) == (3, 3)
    # one count per (champion label, challenger label); ties in task.labels order, None last
    assert main["disagreements"] == [
        {"champion": S, "challenger": B, "count": 1},
        {"champion": T, "challenger": S, "count": 1},
        {"champion": None, "challenger": T, "count": 1},
    ]
    assert main["first_disagreements"] == [2, 7, 9]  # line numbers, not positions
    vs_classic = res["pairs"]["champion_vs_classic"]
    assert vs_classic["disagreements"] == [
        {"champion": None, "classic": S, "count": 2},  # the most frequent first
        {"champion": B, "classic": S, "count": 1},
        {"champion": T, "classic": S, "count": 1},
    ]
    assert res["answer_counts"]["champion"] == {"labels": {S: 2, B: 1, T: 1}, "no_label": 2}
    assert res["answer_counts"]["classic"] == {"labels": {S: 6}, "no_label": 0}


def test_compare_answers_keeps_the_first_few_lines_and_checks_lengths():
    res = compare_answers({"a": [S] * 5, "b": [B] * 5}, LABELS, first=2)
    pair = res["pairs"]["a_vs_b"]
    assert pair["agreement"] == 0.0 and pair["first_disagreements"] == [0, 1]
    assert pair["disagreements"] == [{"a": S, "b": B, "count": 5}]
    with pytest.raises(ValueError, match="different lengths"):
        compare_answers({"a": [S, S], "b": [S]}, LABELS)


# ---------------------------------------------------------------------------------------------
# The requests file
# ---------------------------------------------------------------------------------------------

SECRET = "qx7 my card is 4111"  # in every bad line: an error must never echo it


def _chat(user: str, answer: str | None = None, system: str | None = "be brief") -> dict:
    msgs = [{"role": "system", "content": system}] if system else []
    msgs.append({"role": "user", "content": user})
    if answer is not None:
        msgs.append({"role": "assistant", "content": answer})
    return {"messages": msgs}


def test_read_requests_both_formats_last_user_turn_trailing_answer_ignored(tmp_path):
    conversation = _chat("first", "OTHER")["messages"] + [{"role": "user", "content": "then"}]
    path = write_lines(
        tmp_path / "logged.jsonl",
        [{"text": "plain"}, "", _chat("hello", "SHIPPING"), {"messages": conversation}],
    )
    lines, turns = read_requests(path)
    assert lines == [1, 3, 4]  # a blank line keeps the numbering
    assert turns[0] == [{"role": "user", "content": "plain"}]
    assert turns[1] == [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "hello"},
    ]
    assert turns[2] == conversation  # earlier turns are context; it ends at the last user turn


BAD_REQUESTS = {
    "not-an-object": json.dumps([SECRET]),
    "both-keys": json.dumps({"text": SECRET, **_chat(SECRET)}),
    "neither-key": json.dumps({"prompt": SECRET}),
    "empty-text": json.dumps({"text": "  "}),
    "no-user-turn": json.dumps({"messages": [{"role": "assistant", "content": SECRET}]}),
    "unknown-role": json.dumps({"messages": [{"role": SECRET, "content": SECRET}]}),
    "content-not-string": json.dumps({"messages": [{"role": "user", "content": [SECRET]}]}),
    "lone-surrogate": '{"text": "' + SECRET + ' \\ud800"}',
    "bad-json": '{"text": "' + SECRET,
}


@pytest.mark.parametrize("case", sorted(BAD_REQUESTS))
def test_a_bad_request_line_names_file_and_line_never_the_content(tmp_path, case):
    path = write_lines(tmp_path / "logged.jsonl", [{"text": "ok"}, BAD_REQUESTS[case]])
    with pytest.raises(DataError) as err:
        read_requests(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}:2: [shadow] ") and "\n" not in msg, msg
    assert "qx7" not in msg and "4111" not in msg, msg


def test_an_empty_requests_file_is_an_error(tmp_path):
    path = write_lines(tmp_path / "logged.jsonl", ["", "  "])
    with pytest.raises(DataError, match=r"\[shadow\] no requests"):
        read_requests(path)


# ---------------------------------------------------------------------------------------------
# End to end: two registered versions, the classic model, `ftpipe shadow`
# ---------------------------------------------------------------------------------------------


def _random_adapter(base_dir: str, out: Path, seed: int) -> None:
    """A LoRA adapter with random (not zero) weights, lm_head included: each seed answers
    differently, and differently per request."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_pretrained(base_dir)
    config = LoraConfig(
        r=8,
        lora_alpha=64,
        target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "lm_head"],
        init_lora_weights=False,
    )
    get_peft_model(model, config).save_pretrained(out)


def _register(project, adapter_seed: int) -> str:
    """What the register stage logs (its own `_log_and_register`), for a random adapter in
    data/train/adapter; the version tagged with its base model as register tags it."""
    import shutil

    from tasks.lib import tracking
    from tasks.lib.project import ADAPTER
    from tasks.register import _log_and_register

    train = project.stage_dir("train")
    shutil.rmtree(train, ignore_errors=True)
    _random_adapter(project.params.task.base_model, train / ADAPTER, adapter_seed)
    for stage in ("evaluate", "baseline", "quality"):  # register logs these folders
        project.stage_dir(stage).mkdir(parents=True, exist_ok=True)
    with tracking.tracked_run(project, name=f"train-{adapter_seed}") as run:
        run_id = run.info.run_id
    row = {"accuracy": 0.5, "macro_f1": 0.5, "invalid_rate": 0.0}
    version = str(_log_and_register(project, {"run_id": run_id}, {}, {"candidate": row}))
    client = tracking.client(project)
    name = project.params.task.name
    client.set_model_version_tag(name, version, "base_model", project.params.task.base_model)
    return version


def _texts(n: int = 10) -> list[str]:
    topics = ["parcel", "invoice", "password", "crash", "refund", "hello"]
    return [f"qx7 request {i}: my {topics[i % 6]} {'!' * i} zebra {i * 13}" for i in range(n)]


def _logged(path: Path, texts: list[str]) -> Path:
    """Half plain text, half chat (with a system turn and the logged answer); a blank line."""
    rows: list = []
    for i, t in enumerate(texts):
        rows.append({"text": t} if i % 2 else _chat(t, "SHIPPING", system="anything"))
        if i == 3:
            rows.append("")
    return write_lines(path, rows)


# One token each: label scoring sums log-probs over a label's tokens, so on the tiny random model
# a one-token label (OTHER) wins every request against SHIPPING's four.
TINY_LABELS = ["good", "bad", "ham"]


@pytest.fixture
def shadow_project(tiny_project):
    """Champion v1 and challenger v2 (different random adapters) and a classic model."""
    from tasks.lib import tracking
    from tasks.lib.classic import fit_classic, save_classic
    from tasks.lib.shadow import classic_path
    from tests.helpers import chat

    project = tiny_project(task={"labels": TINY_LABELS})
    champion, challenger = _register(project, 5), _register(project, 6)
    client, name = tracking.client(project), project.params.task.name
    tracking.move_alias(client, name, tracking.CHAMPION, champion, actor="test", reason="a")
    tracking.move_alias(client, name, tracking.CHALLENGER, challenger, actor="test", reason="b")
    train = [chat(f"{w} {lab} {i}", lab) for i, w in enumerate(_texts()) for lab in TINY_LABELS]
    save_classic(fit_classic(train), classic_path(project))
    return project


def _served(project, version: str, texts: list[str]) -> list[str | None]:
    import mlflow

    from tasks.lib import tracking

    tracking.setup_mlflow(project)
    model = mlflow.pyfunc.load_model(f"models:/{project.params.task.name}/{version}")
    return model.predict(texts)


def test_shadow_end_to_end_answers_as_served_agreement_mlflow_no_text(shadow_project, capsys):
    from mlflow import MlflowClient

    from flows import cli
    from tasks.lib import tracking
    from tasks.lib.classic import load_classic, predict_classic
    from tasks.lib.io import file_md5, read_json
    from tasks.lib.shadow import classic_path

    project, texts = shadow_project, _texts()
    requests = _logged(project.root / "logged.jsonl", texts)
    out = project.root / "out" / "shadow.json"
    capsys.readouterr()
    with contextlib.chdir(project.root):
        assert cli.main(["shadow", "--requests", "logged.jsonl", "--out", str(out)]) == 0
    table = capsys.readouterr().out
    res = read_json(out)

    # each model answers what its registered pyfunc (or the classic model) answers
    answers = {m: [row[m] for row in res["answers"]] for m in ("champion", "challenger", "classic")}
    assert answers["champion"] == _served(project, "1", texts)
    assert answers["challenger"] == _served(project, "2", texts)
    assert answers["classic"] == predict_classic(load_classic(classic_path(project)), texts)
    assert [row["line"] for row in res["answers"]] == [1, 2, 3, 4, 6, 7, 8, 9, 10, 11]

    # agreement is the share of equal answers; disagreements name lines, never texts
    same = [a == b for a, b in zip(answers["champion"], answers["challenger"], strict=True)]
    assert 0 < sum(same) < len(same), "this test needs the adapters to agree AND disagree"
    pair = res["pairs"]["champion_vs_challenger"]
    assert res["agreement"]["champion_vs_challenger"] == pytest.approx(sum(same) / len(texts))
    lines = [row["line"] for row in res["answers"]]
    assert pair["first_disagreements"] == [ln for ln, s in zip(lines, same, strict=True) if not s]
    assert sum(r["count"] for r in pair["disagreements"]) == same.count(False)
    assert set(res["latency"]) == {"champion", "challenger", "classic"}
    assert res["latency"]["champion"]["timed_requests"] == len(texts)  # < latency_requests
    assert res["versions"]["champion"]["version"] == "1"
    assert "champion vs challenger" in table and f"{pair['agreement']:.3f}" in table

    # the MLflow run: the task's experiment, both versions tagged and linked, the result file
    store = MlflowClient(tracking_uri=tracking.tracking_uri(project))
    run = store.get_run(res["mlflow_run_id"])
    assert store.get_experiment(run.info.experiment_id).name == project.params.task.name
    assert run.info.run_name == "shadow-v1-v2" and run.info.status == "FINISHED"
    tags = run.data.tags
    assert tags["ftpipe.stage"] == "shadow" and tags["ftpipe.requests_md5"] == file_md5(requests)
    name = project.params.task.name
    for alias, v in (("champion", "1"), ("challenger", "2")):
        mv = store.get_model_version(name, v)
        assert tags[f"ftpipe.{alias}_version"] == v and tags[f"ftpipe.{alias}_run_id"] == mv.run_id
        logged = store.get_run(mv.run_id).outputs.model_outputs  # what register's log_model made
        assert logged[0].model_id in {m.model_id for m in run.inputs.model_inputs}
    assert run.data.metrics["agreement.champion_vs_challenger"] == pytest.approx(pair["agreement"])
    local = Path(store.download_artifacts(run.info.run_id, "shadow", str(project.root / "dl")))
    logged = (local / out.name).read_text()
    assert json.loads(logged) == res

    # no request text anywhere: not in the result, the table, nor the run's tags/params/metrics
    seen = [out.read_text(), logged, table, json.dumps([tags, run.data.params, run.data.metrics])]
    assert not any("qx7" in s or "zebra" in s for s in seen)
