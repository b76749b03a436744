"""Classification answers: greedy generation + `parse_label` vs label scoring (log-likelihood).

    python benchmarks/label_scoring.py --params /tmp/demo-clone/params.yaml \\
        --test /tmp/demo-clone/data/split/test.jsonl \\
        --adapter /tmp/demo-clone/data/train/adapter       # 80 examples: ~1.5 min on 2 cores
    python benchmarks/label_scoring.py --limit 20          # quicker; ./params.yaml, no adapter

For the base model zero-shot and (with --adapter) the fine-tuned adapter, on the same prompts
(`record_prompt`: the params' system prompt + the record's user turn): accuracy, invalid-answer
rate and wall time of `tasks.lib.scoring.predict` (greedy, `evaluate.batch_size` and
`evaluate.max_new_tokens`) parsed with `parse_label`, and of `tasks.lib.loglik.label_logprobs`
+ `pick_labels` (never invalid by construction). Model loading is not timed. Also the median
margin of label scoring on right vs wrong answers (does a small margin flag the errors?).
On a machine shared with other jobs, OMP_NUM_THREADS=1 gives much steadier timings (with 2
threads and a busy machine, thread contention slowed the same runs up to 8x).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tasks.lib.io import read_records  # noqa: E402
from tasks.lib.loglik import label_logprobs, label_picks  # noqa: E402
from tasks.lib.metrics import parse_label  # noqa: E402
from tasks.lib.models import load_model  # noqa: E402
from tasks.lib.params import load_params  # noqa: E402
from tasks.lib.prompts import record_prompt  # noqa: E402
from tasks.lib.records import label_of  # noqa: E402
from tasks.lib.scoring import predict  # noqa: E402


def _median(xs: list[float]) -> str:
    return f"{statistics.median(xs):.2f}" if xs else "-"


def measure(name, model, tok, prompts, gold, labels, *, batch_size, max_new_tokens) -> list:
    """Both methods on one model: table rows (model, method, accuracy, invalid, seconds, note)."""
    n = len(prompts)
    t0 = time.perf_counter()
    raw = predict(model, tok, prompts, batch_size=batch_size, max_new_tokens=max_new_tokens)
    gen_s = time.perf_counter() - t0
    parsed = [parse_label(t, labels) for t in raw]
    gen_acc = sum(p == g for p, g in zip(parsed, gold, strict=True)) / n
    gen_invalid = sum(p is None for p in parsed) / n

    t0 = time.perf_counter()
    lp = label_logprobs(model, tok, prompts, labels, batch_size=batch_size)
    ll_s = time.perf_counter() - t0
    picks = label_picks(lp, labels)
    right = [p.label == g for p, g in zip(picks, gold, strict=True)]
    ll_acc = sum(right) / n
    ok = [p.margin for p, r in zip(picks, right, strict=True) if r]
    bad = [p.margin for p, r in zip(picks, right, strict=True) if not r]
    margins = f"median margin right {_median(ok)} / wrong {_median(bad)}"
    agree = sum(p == q.label for p, q in zip(parsed, picks, strict=True)) / n
    return [
        (name, "generate+parse", gen_acc, gen_invalid, gen_s, f"e.g. {raw[0]!r}"),
        (name, "label scoring", ll_acc, 0.0, ll_s, f"{margins}; agrees w/ gen {agree:.2f}"),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--params", default="params.yaml", help="params file (system prompt, labels)")
    ap.add_argument("--test", default="data/split/test.jsonl", help="test split (chat JSONL)")
    ap.add_argument("--adapter", default=None, help="a trained adapter/model folder to compare")
    ap.add_argument("--limit", type=int, default=None, help="first N test records only")
    ap.add_argument("--batch-size", type=int, default=None, help="default: evaluate.batch_size")
    args = ap.parse_args()

    params = load_params(args.params)
    root = Path(args.params).resolve().parent
    labels = params.task.labels
    records = read_records(args.test)[: args.limit]
    prompts = [record_prompt(r, params.task.system_prompt) for r in records]
    gold = [label_of(r) for r in records]
    batch_size = args.batch_size or params.evaluate.batch_size
    decode = {"batch_size": batch_size, "max_new_tokens": params.evaluate.max_new_tokens}
    print(f"{len(records)} test records, {len(labels)} labels, batch {batch_size}", flush=True)

    rows = []
    models = [("base", None)] + ([("fine-tuned", args.adapter)] if args.adapter else [])
    for name, weights in models:
        model, tok = load_model(params.task.base_model, weights, root=root)
        rows += measure(name, model, tok, prompts, gold, labels, **decode)
        del model

    print(f"\n{'model':<11} {'method':<15} {'accuracy':>8} {'invalid':>8} {'time_s':>7}  note")
    for name, method, acc, invalid, secs, note in rows:
        print(f"{name:<11} {method:<15} {acc:>8.3f} {invalid:>8.3f} {secs:>7.1f}  {note}")


if __name__ == "__main__":
    main()
