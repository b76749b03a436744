"""Figures for the whole pipeline on the bundled example: wall time per stage, and the fine-tuned
model against its named baseline (the base model, same test set, same prompts) in the same run.

    python benchmarks/pipeline.py                 # a fresh copy of this project in a temp dir
    python benchmarks/pipeline.py --keep DIR      # ... kept in DIR, to look at afterwards

Each stage runs as `ftpipe stage <name>` (exactly what `dvc repro` runs), in dvc.yaml order, in a
copy of the project, so the numbers are what a user's first `dvc repro` costs. The bundled model's
one-time conversion (~17 s) is included only if ~/.cache/ftpipe does not have it yet.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tasks.lib.stages import STAGES

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="run in this folder and keep it")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="ftpipe-bench-"))
    if work.exists() and any(work.iterdir()):
        sys.exit(f"{work} is not empty")
    ftpipe = Path(sys.executable).parent / "ftpipe"

    # a copy of the project: the pipeline's files only, no outputs, no local stores
    subprocess.run(["git", "clone", "-q", str(REPO), str(work)], check=True)
    times: dict[str, float] = {}
    t_all = time.perf_counter()
    for stage in STAGES:
        t0 = time.perf_counter()
        proc = subprocess.run([ftpipe, "stage", stage], cwd=work, capture_output=True, text=True)
        times[stage] = time.perf_counter() - t0
        if proc.returncode:
            sys.exit(f"stage {stage} failed:\n{proc.stderr[-2000:]}")
        print(f"{stage:>10}: {times[stage]:7.1f} s", flush=True)
    total = time.perf_counter() - t_all

    base = json.loads((work / "data/baseline/metrics.json").read_text())
    tuned = json.loads((work / "data/evaluate/metrics.json").read_text())
    run = json.loads((work / "data/train/run.json").read_text())
    reg = json.loads((work / "data/register/result.json").read_text())
    print(f"{'total':>10}: {total:7.1f} s  ({total / 60:.1f} min)")
    print()
    print(f"test set: {base['n']} examples, {len(base['per_class'])} labels")
    print(f"{'':>22} {'base model':>11} {'fine-tuned':>11} {'gain':>7} {'ratio':>7}")
    for key in ("accuracy", "macro_f1"):
        b, t = base[key], tuned[key]
        ratio = f"{t / b:6.1f}x" if b > 0 else "    inf"
        print(f"{key:>22} {b:11.3f} {t:11.3f} {t - b:+7.3f} {ratio}")
    print(f"{'invalid answers':>22} {base['invalid_rate']:11.3f} {tuned['invalid_rate']:11.3f}")
    print()
    eval_loss = [round(x, 3) for x in run["eval_loss"]]
    print(
        f"train: {run['n_train']} examples, {run['hyperparams']['epochs']} epochs, "
        f"{run['train_runtime_s']:.0f} s; eval_loss per epoch {eval_loss}"
    )
    print(f"register: version {reg['version']}, promoted={reg['promoted']}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
