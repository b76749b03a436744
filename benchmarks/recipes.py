"""Training recipes on the bundled example: which default fine-tune wins, and what it costs.

    python benchmarks/recipes.py                          # every recipe: ~2 h on 2 cores
    python benchmarks/recipes.py --recipes attn-3ep,all-linear-5ep
    python benchmarks/recipes.py --quick                  # smoke: 1 epoch on 40 examples, ~5 min
    python benchmarks/recipes.py --list                   # the recipes and what each changes
    python benchmarks/recipes.py --table                  # the finished ones so far (no training)
    python benchmarks/recipes.py --loss-memory            # selected vs full-logits loss, ~10 min

What it measures. The bundled example (data/raw/tickets.jsonl, params.yaml as it is in this
checkout) goes through the data stages and `baseline` ONCE, as `ftpipe stage <name>` in a scratch
project (`--work`, default .ftpipe/recipes/; reused by later runs). Each recipe then runs in its own
process (so its peak RSS is its own) in a copy of that project whose params differ only in the
recipe's keys: the real `tasks.train.train` stage, then the real `tasks.evaluate.evaluate` stage
once per `--scorings` value (evaluation only: one adapter, no retraining), reading the candidate's
row of data/evaluate/contenders.json and its answers. One table: test accuracy with its 95 % Wilson
interval, macro-F1, the paired accuracy difference (bootstrap interval) against the two named
baselines of the same run - `classic` (TF-IDF + logistic regression, from baseline) and
`attn-3ep` (the default before this benchmark: LoRA r16 on q/k/v/o, 3 epochs, lr 1e-3) -
training seconds, training tokens/s, peak RSS of the training process, and the `make demo` time
that recipe implies (~3.5 min of non-training stages + its training time). Results are cached
per recipe (`<work>/runs/<name>/result.json`); `--rerun` trains again. Accuracy is deterministic
on one machine; times are not (2 shared cores: report them with that caveat).

`--loss-memory` is the memory benchmark of tasks/lib/training/loss.py: a few training steps of the
bundled SmolLM2-135M at max_length 512, batch 8, LoRA r16 on q/k/v/o, on long rows made from the
bundled tickets (3-10 user turns joined: 130-410 tokens, like real e-mails), once with TRL's
own loss (`full`: on CPU its fused LM head scores every position), once with logits at the
answer positions only (`selected`, the default) and once more with activation checkpointing
(`selected+ckpt`, `train.activation_checkpointing: true`), each in its own process: peak RSS
and seconds per step.
"""

from __future__ import annotations

import argparse
import copy
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

ATTENTION = ["q_proj", "k_proj", "v_proj", "o_proj"]
# the default before this benchmark (recipe attn-3ep), spelled out: every recipe starts from it,
# so a later change of params.yaml's defaults does not silently change what a recipe means
DEFAULT = {
    "backend": "lora",
    "epochs": 3,
    "learning_rate": 1e-3,
    "lora": {"r": 16, "alpha": 32, "target_modules": ATTENTION},
}
# name: changes to DEFAULT (train section). Rank variants keep alpha = 2 r (today's scale).
RECIPES: dict[str, dict] = {
    "attn-3ep": {},  # the named baseline: LoRA on attention only (the old default)
    "attn-5ep": {"epochs": 5},
    "attn-lr2e-3": {"learning_rate": 2e-3},
    "all-linear-3ep": {"lora": {"target_modules": "all-linear"}},
    "all-linear-4ep": {"epochs": 4, "lora": {"target_modules": "all-linear"}},
    "all-linear-5ep": {"epochs": 5, "lora": {"target_modules": "all-linear"}},
    "all-linear-lr2e-3": {"learning_rate": 2e-3, "lora": {"target_modules": "all-linear"}},
    "all-linear-r8": {"lora": {"r": 8, "alpha": 16, "target_modules": "all-linear"}},
    "all-linear-r32": {"lora": {"r": 32, "alpha": 64, "target_modules": "all-linear"}},
    "full-3ep": {"backend": "full", "learning_rate": 1e-4},
}
BASELINE = "attn-3ep"  # the recipe every other is compared with (besides classic)
DATA_STAGES = ("generate", "validate", "scrub_pii", "dedup", "split", "quality", "baseline")
NON_TRAINING_DEMO_S = 210  # ~3.5 min: every demo stage but train (README figures, 2 cores)
QUICK = {"train": 40, "val": 8, "test": 20}  # --quick: examples kept per split


def merged(base: dict, changes: dict) -> dict:
    """`base` with `changes` merged in, nested dicts key by key."""
    out = copy.deepcopy(base)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merged(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def recipe_train_params(name: str, quick: bool) -> dict:
    """The train-section keys a recipe sets (DEFAULT + its changes; 1 epoch with --quick)."""
    train = merged(DEFAULT, RECIPES[name])
    return {**train, "epochs": 1} if quick else train


# ---------------------------------------------------------------------------------------------
# The shared scratch project: data stages and baseline, once
# ---------------------------------------------------------------------------------------------


def _ftpipe(stage: str, root: Path) -> None:
    ftpipe = Path(sys.executable).parent / "ftpipe"
    t0 = time.perf_counter()
    proc = subprocess.run(
        [str(ftpipe), "stage", stage, "--project", str(root)], capture_output=True, text=True
    )
    if proc.returncode:
        sys.exit(f"recipes: stage {stage} failed in {root}:\n{proc.stderr[-3000:]}")
    print(f"  {stage:>9}: {time.perf_counter() - t0:6.1f} s", flush=True)


def prepare_base(work: Path, quick: bool) -> Path:
    """work/base: params.yaml and the input of this checkout, through the data stages and
    baseline (skipped when baseline's table is already there). --quick keeps QUICK examples."""
    base = work / "base"
    if (base / "data/baseline/contenders.json").is_file():
        return base
    print(f"recipes: data stages and baseline once, in {base}", flush=True)
    shutil.rmtree(base, ignore_errors=True)
    params = yaml.safe_load((REPO / "params.yaml").read_text())
    (base / Path(params["data"]["input"]).parent).mkdir(parents=True)
    shutil.copy(REPO / params["data"]["input"], base / params["data"]["input"])
    (base / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False))
    for stage in DATA_STAGES:
        if quick and stage == "baseline":
            _cut_splits(base / "data/split")
        _ftpipe(stage, base)
    return base


def _cut_splits(split_dir: Path) -> None:
    for name, n in QUICK.items():
        path = split_dir / f"{name}.jsonl"
        path.write_text("".join(path.read_text().splitlines(keepends=True)[:n]))


# ---------------------------------------------------------------------------------------------
# One recipe, in its own process
# ---------------------------------------------------------------------------------------------


def _project(root: Path, raw: dict):
    from tasks.lib.params import parse_params
    from tasks.lib.project import Project

    return Project(root=root, params=parse_params(raw))


def _candidate(project) -> dict:
    """The candidate's row of data/evaluate/contenders.json and its answers."""
    from tasks.lib.io import read_json, read_records
    from tasks.lib.stats import wilson_interval

    out = project.stage_dir("evaluate")
    row = read_json(out / "contenders.json")["candidate"]
    rows = read_records(out / "predictions.jsonl")
    answers = [r["predictions"]["candidate"] for r in rows]
    correct = sum(a == r["label"] for a, r in zip(answers, rows, strict=True))
    low, high = wilson_interval(correct, len(rows), project.params.evaluate.ci_level)
    return {
        "accuracy": row["accuracy"],
        "ci": [low, high],
        "macro_f1": row["macro_f1"],
        "invalid_rate": row["invalid_rate"],
        "answers": answers,
        "eval_s": read_json(out / "report.json")["runtime_s"],
    }


def run_one(name: str, work: Path, quick: bool, scorings: list[str]) -> dict:
    """Train recipe `name` in work/runs/<name> with the real stage, evaluate it per scoring."""
    from tasks.evaluate import evaluate
    from tasks.lib.io import read_json
    from tasks.train import train

    base, root = work / "base", work / "runs" / name
    shutil.rmtree(root, ignore_errors=True)
    for stage in ("split", "baseline"):  # the splits and baseline's table, produced once
        shutil.copytree(base / "data" / stage, root / "data" / stage)
    raw = yaml.safe_load((base / "params.yaml").read_text())
    raw["train"] = merged(raw["train"], recipe_train_params(name, quick))
    (root / "params.yaml").write_text(yaml.safe_dump(raw, sort_keys=False))
    train.fn(_project(root, raw))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    info = read_json(root / "data/train/run.json")
    result = {
        "recipe": name,
        "train": recipe_train_params(name, quick),
        "train_s": info["train_runtime_s"],
        "tokens_per_s": info["train_tokens_per_s"],
        "peak_rss_mb": round(peak_mb),
        "best_step": info.get("best_checkpoint_step"),
        "eval_loss": info.get("eval_loss"),
        "scorings": {},
    }
    for scoring in scorings:
        raw["evaluate"] = {**raw["evaluate"], "scoring": scoring}
        project = _project(root, raw)
        evaluate.fn(project)
        result["scorings"][scoring] = _candidate(project)
    (root / "result.json").write_text(json.dumps(result, indent=1))
    return result


def cached_or_run(name: str, work: Path, args: argparse.Namespace) -> dict:
    """The recipe's result: cached when trained with the same keys and scorings, else a run in
    a child process (its peak RSS is its own)."""
    path = work / "runs" / name / "result.json"
    if path.is_file() and not args.rerun:
        cached = json.loads(path.read_text())
        same = cached["train"] == json.loads(json.dumps(recipe_train_params(name, args.quick)))
        if same and set(args.scorings) <= set(cached["scorings"]):
            print(f"recipes: {name}: cached ({path})", flush=True)
            return cached
    print(f"recipes: {name}: training ...", flush=True)
    t0 = time.perf_counter()
    cmd = [sys.executable, __file__, "--one", name, "--work", str(work)]
    cmd += ["--scorings", ",".join(args.scorings)] + (["--quick"] if args.quick else [])
    log = work / "runs" / f"{name}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "w") as fh:
        proc = subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT)
    if proc.returncode:
        sys.exit(f"recipes: {name} failed (exit {proc.returncode}); see {log}")
    print(f"recipes: {name}: done in {time.perf_counter() - t0:.0f} s", flush=True)
    return json.loads(path.read_text())


# ---------------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------------


def _paired(a: list, b: list, gold: list) -> str:
    """Accuracy a - b on the same examples, with its paired-bootstrap 95 % interval."""
    from tasks.lib.stats import paired_difference

    d = paired_difference(
        [x == g for x, g in zip(a, gold, strict=True)],
        [x == g for x, g in zip(b, gold, strict=True)],
        resamples=2000,
        level=0.95,
        seed=0,
    )
    return f"{d.difference:+.3f} [{d.low:+.3f},{d.high:+.3f}]"


def _baselines(base: Path) -> tuple[list, dict, list]:
    """(gold labels, classic's contenders row, classic's answers) from baseline's outputs."""
    from tasks.lib.io import read_json, read_records

    rows = read_records(base / "data/baseline/predictions.jsonl")
    table = read_json(base / "data/baseline/contenders.json")
    return [r["label"] for r in rows], table["classic"], [r["predictions"]["classic"] for r in rows]


def print_table(results: dict[str, dict], base: Path) -> None:
    """One row per recipe x scoring, and the classic baseline, with differences to both."""
    from tasks.lib.stats import wilson_interval

    gold, classic, classic_answers = _baselines(base)
    n = len(gold)
    # the named baseline, attn-3ep, with label scoring
    ref = results.get(BASELINE, {}).get("scorings", {}).get("labels")
    head = (
        f"{'recipe':<18} {'scoring':<8} {'accuracy [95% CI]':<21} {'invalid':>7} {'macro-F1':>8} "
    )
    head += f"{'vs classic':>23} {'vs ' + BASELINE:>23} {'train s':>7} {'x base':>6} "
    head += f"{'tok/s':>6} {'peak RSS':>9} {'demo min':>8}"
    print(f"\n# benchmarks/recipes.py: bundled example, {n} test examples, 2 shared CPU cores")
    print(head)
    correct = sum(a == g for a, g in zip(classic_answers, gold, strict=True))
    low, high = wilson_interval(correct, n)
    acc = f"{classic['accuracy']:.3f} [{low:.3f},{high:.3f}]"
    print(f"{'classic (TF-IDF)':<18} {'-':<8} {acc:<21} {'-':>7} {classic['macro_f1']:>8.3f}")
    def_s = results.get(BASELINE, {}).get("train_s")
    for name, r in results.items():
        for scoring, s in r["scorings"].items():
            acc = f"{s['accuracy']:.3f} [{s['ci'][0]:.3f},{s['ci'][1]:.3f}]"
            vs_def = "-" if ref is None else _paired(s["answers"], ref["answers"], gold)
            vs_def = "(baseline)" if s is ref else vs_def
            ratio = f"{r['train_s'] / def_s:.2f}" if def_s else "-"
            demo = (NON_TRAINING_DEMO_S + r["train_s"]) / 60
            print(
                f"{name:<18} {scoring:<8} {acc:<21} {s['invalid_rate']:>7.1%} "
                f"{s['macro_f1']:>8.3f} "
                f"{_paired(s['answers'], classic_answers, gold):>23} {vs_def:>23} "
                f"{r['train_s']:>7.0f} {ratio:>6} {r['tokens_per_s']:>6.0f} "
                f"{r['peak_rss_mb']:>6} MB {demo:>8.1f}"
            )
    print(
        f"vs classic / vs {BASELINE}: paired accuracy difference on the same test examples, "
        f"bootstrap 95 % interval (vs {BASELINE}: the old default, label scoring); "
        f"x base: training time / {BASELINE}'s\n"
        f"demo min: ~{NON_TRAINING_DEMO_S / 60:.1f} min of non-training stages + training; "
        "times on 2 shared cores are noisy, accuracy is deterministic"
    )


# ---------------------------------------------------------------------------------------------
# --loss-memory: the selected-positions loss against TRL's own
# ---------------------------------------------------------------------------------------------


def long_rows(n: int = 96, seed: int = 0) -> list[dict]:
    """Chat records of 130-410 tokens from the bundled tickets: 3-10 user turns joined."""
    import random

    from tasks.lib.io import read_records
    from tasks.lib.records import user_text

    params = yaml.safe_load((REPO / "params.yaml").read_text())
    tickets = read_records(REPO / params["data"]["input"])
    rng = random.Random(seed)
    out = []
    for i in range(n):
        picked = rng.sample(tickets, rng.randint(3, 10))
        text = "\n\n".join(user_text(t) for t in picked)
        messages = [dict(m) for m in picked[0]["messages"]]
        messages[-2] = {"role": "user", "content": text}
        out.append({"id": str(i), "messages": messages})
    return out


LOSS_VARIANTS = {  # name: (make_trainer's loss, train.activation_checkpointing)
    "full": ("full", False),
    "selected": ("selected", False),
    "selected+ckpt": ("selected", True),
}


def loss_memory_one(variant: str, steps: int, batch: int) -> dict:
    """A few LoRA steps of the bundled model at max_length 512 with one of LOSS_VARIANTS; RSS and
    step time."""
    import tempfile

    import torch
    from transformers import TrainerCallback

    from tasks.lib.models import load_model
    from tasks.lib.params import TrainParams
    from tasks.lib.training.local import make_trainer

    torch.manual_seed(0)
    model, tok = load_model("smollm2", root=REPO)
    loaded_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = long_rows()
    system = rows[0]["messages"][0]["content"]
    loss, checkpointing = LOSS_VARIANTS[variant]
    tp = TrainParams(
        epochs=1,
        batch_size=batch,
        max_length=512,
        learning_rate=1e-3,
        lora={"target_modules": ATTENTION},
        activation_checkpointing=checkpointing,
    )
    ends: list[float] = []

    class _StepEnds(TrainerCallback):
        def on_step_end(self, args, state, control, **kwargs):
            ends.append(time.perf_counter())

    with tempfile.TemporaryDirectory() as out:
        trainer = make_trainer(
            model,
            tok,
            rows,
            rows[:8],
            system_prompt=system,
            tp=tp,
            output_dir=out,
            dev="cpu",
            callbacks=[_StepEnds()],
            loss=loss,
        )
        trainer.args.max_steps = steps
        trainer.args.eval_strategy = trainer.args.save_strategy = "no"
        trainer.args.load_best_model_at_end = False
        lengths = [len(ids) for ids in trainer.train_dataset["input_ids"]]
        trainer.train()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    per_step = (ends[-1] - ends[0]) / (len(ends) - 1)  # the first step is warm-up
    return {
        "loss": variant,
        "steps": len(ends) - 1,
        "rows_tokens": f"{min(lengths)}-{max(lengths)} (mean {sum(lengths) / len(lengths):.0f})",
        "s_per_step": round(per_step, 2),
        "tokens_per_s": round(sum(lengths) / len(lengths) * batch / per_step, 1),
        "loaded_rss_mb": round(loaded_mb),
        "peak_rss_mb": round(peak_mb),
    }


def loss_memory(steps: int, batch: int) -> None:
    results = {}
    for variant in LOSS_VARIANTS:
        cmd = [sys.executable, __file__, "--loss-one", variant, "--steps", str(steps)]
        out = subprocess.run(
            cmd + ["--batch", str(batch)], check=True, capture_output=True, text=True
        ).stdout
        results[variant] = json.loads(out.strip().splitlines()[-1])
    print(
        f"# recipes.py --loss-memory: SmolLM2-135M, LoRA r16 q/k/v/o, max_length 512, batch {batch}"
    )
    print(f"rows: {results['full']['rows_tokens']} tokens")
    print(f"{'loss':<13} {'steps':>5} {'s/step':>7} {'steps/s':>7} {'tokens/s':>8} {'peak RSS':>9}")
    for r in results.values():
        print(
            f"{r['loss']:<13} {r['steps']:>5} {r['s_per_step']:>7} {1 / r['s_per_step']:>7.3f} "
            f"{r['tokens_per_s']:>8} {r['peak_rss_mb']:>6} MB"
        )
    full = results["full"]
    for name in ("selected", "selected+ckpt"):
        r = results[name]
        print(
            f"{name} / full: peak RSS {r['peak_rss_mb'] / full['peak_rss_mb']:.2f}x, "
            f"speed {full['s_per_step'] / r['s_per_step']:.2f}x steps/s"
        )
    print(f"(after loading the model: {full['loaded_rss_mb']} MB)")


# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--recipes", help=f"comma-separated subset of: {', '.join(RECIPES)}")
    ap.add_argument("--scorings", default="labels,generate", help="evaluate.scoring values")
    ap.add_argument("--quick", action="store_true", help="1 epoch on 40 examples (smoke run)")
    ap.add_argument("--work", type=Path, help="scratch folder (default .ftpipe/recipes[-quick])")
    ap.add_argument("--rerun", action="store_true", help="train again even if a result is cached")
    ap.add_argument("--list", action="store_true", help="list the recipes and exit")
    ap.add_argument("--table", action="store_true", help="print the cached results only")
    ap.add_argument("--loss-memory", action="store_true", help="selected vs full loss: RSS, speed")
    ap.add_argument("--steps", type=int, default=6, help="--loss-memory: steps (1st is warm-up)")
    ap.add_argument("--batch", type=int, default=8, help="--loss-memory: batch size")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--loss-one", choices=list(LOSS_VARIANTS), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.scorings = args.scorings.split(",")
    if args.list:
        for name in RECIPES:
            print(f"{name:<18} {json.dumps(recipe_train_params(name, False))}")
        return 0
    if args.loss_one:
        print(json.dumps(loss_memory_one(args.loss_one, args.steps, args.batch)))
        return 0
    if args.loss_memory:
        loss_memory(args.steps, args.batch)
        return 0
    work = args.work or REPO / ".ftpipe" / ("recipes-quick" if args.quick else "recipes")
    if args.one:
        run_one(args.one, work, args.quick, args.scorings)
        return 0
    names = args.recipes.split(",") if args.recipes else list(RECIPES)
    unknown = [n for n in names if n not in RECIPES]
    if unknown:
        ap.error(f"unknown recipes {unknown}; choose from {', '.join(RECIPES)}")
    if args.quick and not args.recipes:
        names = [BASELINE, "all-linear-3ep"]
    names = names if BASELINE in names else [BASELINE, *names]  # a named baseline, always
    if args.table:  # whatever has finished, without training anything
        done = [n for n in names if (work / "runs" / n / "result.json").is_file()]
        results = {n: json.loads((work / "runs" / n / "result.json").read_text()) for n in done}
        print_table(results, work / "base")
        return 0
    base = prepare_base(work, args.quick)
    results = {name: cached_or_run(name, work, args) for name in names}
    print_table(results, base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
