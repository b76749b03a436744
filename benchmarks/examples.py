"""Base vs fine-tuned on the bundled extraction and generation examples, on each type's metrics.

    python benchmarks/examples.py                         # run both examples, then the table
    python benchmarks/examples.py --examples extraction   # one of them
    python benchmarks/examples.py --table                 # the last finished runs (no training)

Each example runs as `ftpipe run --params examples/<name>/params.yaml` does (the real Prefect flow,
every stage, outputs in examples/<name>/data/) in its own process, timed. The table then reads
that run's data/evaluate/contenders.json and comparisons.json: per contender the primary metric
(`register.metric`) with its 95 % interval and the invalid-answer share, and the candidate minus
each named baseline of the same run — `base` (the base model zero-shot) and `base_few_shot` —
with the paired bootstrap interval. The secondary metrics of the type follow on one line each.
Times are wall time on this machine (2 shared CPU cores here).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(REPO))

from tasks.lib.io import read_json, write_json  # noqa: E402
from tasks.lib.params import TYPE_METRICS, load_params  # noqa: E402
from tasks.lib.project import COMPARISONS, CONTENDERS, Project  # noqa: E402

EXAMPLES = ("extraction", "generation")
BASELINES = ("base", "base_few_shot")


def run_example(name: str) -> float:
    """`ftpipe run --params examples/<name>/params.yaml` in a child process; its wall seconds."""
    code = (
        "import sys; from flows.cli import main; "
        f"sys.exit(main(['run', '--params', 'examples/{name}/params.yaml']))"
    )
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
    return time.perf_counter() - t0


def _entry(e: dict | None) -> str:
    if e is None or e.get("value") is None:
        return "n/a"
    return f"{e['value']:.3f} [{e['low']:.3f}, {e['high']:.3f}]"


def table(project: Project, name: str, wall_s: float | None) -> str:
    """The example's contenders and the candidate's gains, as text."""
    out = project.stage_dir("evaluate")
    rows, diffs = read_json(out / CONTENDERS), read_json(out / COMPARISONS)
    metric = project.params.register.metric
    others = [m for m in TYPE_METRICS[project.params.task.type] if m != metric]
    lines = [f"== {name} ({len(rows)} contenders, n={rows['candidate']['n']}, metric {metric})"]
    for who, row in rows.items():
        lines.append(
            f"  {who:14s} {metric} {_entry(row['intervals'].get(metric))}  "
            f"invalid {100 * row['invalid_rate']:.1f}%  ({row['describe']})"
        )
    for base in BASELINES:
        if base in diffs:
            d = diffs[base][metric]
            lines.append(
                f"  candidate - {base:13s} {d['difference']:+.3f} "
                f"[{d['low']:+.3f}, {d['high']:+.3f}]"
            )
    for m in others:
        values = ", ".join(f"{who} {_entry(row['intervals'].get(m))}" for who, row in rows.items())
        lines.append(f"  {m}: {values}")
    if wall_s is not None:
        lines.append(f"  wall time of the run: {wall_s / 60:.1f} min")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", default=",".join(EXAMPLES), help="comma-separated names")
    ap.add_argument("--table", action="store_true", help="print the last runs only")
    args = ap.parse_args(argv)
    times_path = REPO / ".ftpipe" / "examples-times.json"
    times = read_json(times_path) if times_path.is_file() else {}
    for name in args.examples.split(","):
        load_params(REPO / "examples" / name / "params.yaml")  # a bad name fails before any run
        if not args.table:
            times[name] = run_example(name)
            times_path.parent.mkdir(parents=True, exist_ok=True)
            write_json(times_path, times)
        project = Project.load(REPO, f"examples/{name}/params.yaml")
        print(table(project, name, times.get(name)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
