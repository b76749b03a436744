"""Train the bundled PII tagger (tasks/lib/pii_tagger.py) on the benchmark corpora the patterns
were tuned on; never on sealed or beacon, which stay the honest test of the tagger too.

    python benchmarks/pii_tagger_train.py                    # -> tasks/lib/data/pii_tagger.*
    python benchmarks/pii_tagger_train.py --corpora dev,heldout --n 500 --out /tmp/t.crfsuite

Same corpora, n and seed give the same model (the corpora are seeded; L-BFGS is deterministic).
About 150 s on 2 cores for the default 22,000 docs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make `tasks` and `benchmarks` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.pii import CORPUS_BUILDERS  # noqa: E402
from tasks.lib.pii_tagger import MODEL, train  # noqa: E402

TRAIN_CORPORA = ("dev", "heldout", "fresh", "final", "audit", "blind", "reserve", "spare", "vault")
TRAIN_CORPORA += ("ledger", "harbor", "quarry", "summit")
NEVER = ("sealed", "beacon")  # the untouched test corpora: training on them is refused


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default=",".join(TRAIN_CORPORA))
    ap.add_argument("--n", type=int, default=2000, help="docs per corpus")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=MODEL)
    args = ap.parse_args(argv)
    corpora = [c.strip() for c in args.corpora.split(",") if c.strip()]
    bad = [c for c in corpora if c in NEVER or c not in CORPUS_BUILDERS]
    if bad:
        ap.error(f"cannot train on {bad}: choose from {list(TRAIN_CORPORA)}")
    t0 = time.perf_counter()
    docs = [d for c in corpora for d in CORPUS_BUILDERS[c](args.n, seed=args.seed)]
    print(f"# {len(docs):,} docs from {', '.join(corpora)} in {time.perf_counter() - t0:.1f} s")
    about = {"corpora": corpora, "n_per_corpus": args.n, "seed": args.seed}
    info = train(docs, args.out, about=about)
    print(f"# trained in {info['train_s']} s on {info['tokens']:,} tokens {info['spans']}")
    print(f"# wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB) and its .json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
