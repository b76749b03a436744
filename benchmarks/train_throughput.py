"""Training throughput on CPU: packed (padding-free) vs padded batches, same data, same run.

    python benchmarks/train_throughput.py              # bundled SmolLM2-135M, ~4.5 min on 2 cores
    python benchmarks/train_throughput.py --steps 5    # quicker

Mixed-length chat examples (user turns of 10 to ~400 words, short labels), LoRA r=16 on q/k/v/o,
max_length 512, through `tasks.lib.training.local.make_trainer` (the stage's own trainer) with
`train.packing` off and on, plus batches padded to max_length (fixed shapes, the classic baseline).
Each variant runs in its own process so peak memory (ru_maxrss) is its own. Throughput counts real
tokens (padding excluded) per second of training, after the first (warm-up) step."""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

WORDS = (
    "order parcel refund invoice charged twice account password login app crash update delivery "
    "courier address tracking return label size colour broken screen battery warranty discount "
    "code subscription cancel renew payment card bank transfer receipt tax store pickup weekend"
).split()


def records(n: int, seed: int = 0) -> list[dict]:
    """Chat records with a long-tailed length mix: most short, some long."""
    from tests.helpers import LABELS

    rng = random.Random(seed)
    out = []
    for i in range(n):
        length = int(min(400, 10 + rng.expovariate(1 / 60)))
        text = " ".join(rng.choice(WORDS) for _ in range(length))
        out.append(
            {
                "id": str(i),
                "messages": [
                    {"role": "system", "content": "Classify the ticket."},
                    {"role": "user", "content": text},
                    {"role": "assistant", "content": LABELS[i % len(LABELS)]},
                ],
            }
        )
    return out


VARIANTS = {  # name: (packing, pad every batch to max_length)
    "padded": (False, False),  # TRL's default: pad each batch to its longest example
    "padded-max": (False, True),  # fixed shapes: every row padded to max_length
    "packed": (True, False),  # rows packed to max_length, positions restart per example
}


def run_one(variant: str, steps: int, batch: int) -> dict:
    import torch
    from transformers import TrainerCallback

    from tasks.lib.models import load_model
    from tasks.lib.params import TrainParams
    from tasks.lib.training.local import make_trainer

    torch.manual_seed(0)
    model, tok = load_model("smollm2", root=REPO)
    recs = records(400)
    packing, pad_to_max = VARIANTS[variant]
    tp = TrainParams(
        epochs=1, batch_size=batch, max_length=512, packing=packing, learning_rate=1e-4
    )
    first_step_done: list[float] = []

    class _AfterFirstStep(TrainerCallback):  # step 1 pays one-off costs: not measured
        def on_step_end(self, args, state, control, **kwargs):
            if state.global_step == 1:
                first_step_done.append(time.perf_counter())

    with tempfile.TemporaryDirectory() as out:
        trainer = make_trainer(
            model,
            tok,
            recs,
            recs[:8],
            system_prompt="Classify the ticket.",
            tp=tp,
            output_dir=out,
            dev="cpu",
            callbacks=[_AfterFirstStep()],
        )
        if pad_to_max:
            trainer.data_collator.pad_to_multiple_of = tp.max_length
        trainer.args.max_steps = steps
        trainer.args.eval_strategy = "no"
        trainer.args.save_strategy = "no"
        trainer.args.load_best_model_at_end = False
        loader = trainer.get_train_dataloader()
        per_step = []  # real (non-padding) tokens of each step's batch, in training order
        shapes = []  # tokens the model computes on (padding included)
        for k, batch_ in enumerate(loader):
            if k >= steps:
                break
            if "attention_mask" not in batch_:
                # padding-free (packed): one flattened row, no padding at all. (Counting
                # tokens != pad_token_id would drop SmolLM2's real <|im_end|>: it is also pad.)
                per_step.append(int(batch_["input_ids"].numel()))
            else:
                per_step.append(int(batch_["attention_mask"].sum()))
            shapes.append(int(batch_["input_ids"].numel()))
        trainer.train()
        elapsed = time.perf_counter() - first_step_done[0]
        real = sum(per_step[1:])
        computed = sum(shapes[1:])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "variant": variant,
        "batch": batch,
        "steps": steps - 1,
        "real_tokens": real,
        "padding_share": round(1 - real / computed, 3),
        "seconds": round(elapsed, 1),
        "tokens_per_s": round(real / elapsed, 1),
        "peak_rss_mb": round(peak_mb),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--steps", type=int, default=12, help="steps per variant (the first is warm-up)"
    )
    ap.add_argument("--batch", type=int, default=4, help="padded batch size (default 4)")
    ap.add_argument(
        "--packed-batch",
        type=int,
        default=1,
        help="packed rows per step (default 1: a packed batch is one flattened row, so attention "
        "cost grows with batch x length squared on CPU)",
    )
    ap.add_argument("--one", choices=list(VARIANTS), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.steps, args.batch)))
        return 0
    results = {}
    for variant in VARIANTS:
        cmd = [sys.executable, __file__, "--one", variant, "--steps", str(args.steps)]
        batch = args.packed_batch if variant == "packed" else args.batch
        cmd += ["--batch", str(batch)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        results[variant] = json.loads(out.strip().splitlines()[-1])
    print("# benchmarks/train_throughput.py: bundled SmolLM2-135M, LoRA r=16, CPU, max_length 512")
    header = ("variant", "batch", "steps", "real tokens", "padding", "seconds", "tokens/s")
    header += ("peak RSS",)
    print("{:<10} {:>5} {:>5} {:>11} {:>7} {:>8} {:>9} {:>9}".format(*header))
    for name, r in results.items():
        print(
            f"{name:<10} {r['batch']:>5} {r['steps']:>5} {r['real_tokens']:>11} "
            f"{r['padding_share']:>7.1%} {r['seconds']:>8} "
            f"{r['tokens_per_s']:>9} {r['peak_rss_mb']:>6} MB"
        )
    packed = results["packed"]["tokens_per_s"]
    ratio = packed / results["padded"]["tokens_per_s"]
    print(
        f"packed / padded (to the longest in batch): {ratio:.2f}x real tokens per second "
        f"(goal >= 1.5x: {'PASS' if ratio >= 1.5 else 'MISS'})"
    )
    waste = results["padded"]["padding_share"]
    print(
        f"  (the padded batches were {waste:.1%} padding: removing all of it at equal cost per "
        f"token is worth {1 / (1 - waste):.2f}x; the rest is per-step and attention cost)"
    )
    fixed = packed / results["padded-max"]["tokens_per_s"]
    print(f"packed / padded-max (to max_length): {fixed:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
