"""Each dvc.yaml stage's code deps, computed from what the stage really imports.

    python scripts/dvc_deps.py            # list what dvc.yaml misses or lists in excess (exit 1)
    python scripts/dvc_deps.py --write    # rewrite the `- tasks/...` deps lines to match

A stage's code is `tasks/<stage>.py`, every project module it imports directly or indirectly
(imports inside functions included: grimp reads them all) and the folders those modules declare
as `RESOURCES = ("templates", ...)`. Package `__init__` files are left out: they hold only
docstrings (tests/test_layout.py checks that). tests/test_layout.py fails while dvc.yaml differs.
Needs the dev extras (grimp comes with import-linter).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
CODE_ROOTS = ("tasks/", "flows/")


def _stages(root: Path) -> tuple[str, ...]:
    tree = ast.parse((root / "tasks/lib/stages.py").read_text())
    return next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign))


def _module_file(root: Path, module: str) -> Path:
    path = root / Path(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _resources(root: Path, module: str) -> list[str]:
    """Folders a module reads at run time, declared as `RESOURCES = ("templates", ...)`."""
    for node in ast.parse(_module_file(root, module).read_text()).body:
        targets = [getattr(t, "id", "") for t in getattr(node, "targets", [])]
        if isinstance(node, ast.Assign) and targets == ["RESOURCES"]:
            folder = _module_file(root, module).parent.relative_to(root)
            return [(folder / name).as_posix() for name in ast.literal_eval(node.value)]
    return []


def code_deps(root: Path = REPO) -> dict[str, list[str]]:
    """stage -> its code deps (sorted: the stage's module first, then the libraries)."""
    # grimp in a fresh process with `root` first on the path: the caller may have imported
    # another checkout's `tasks` already
    script = (
        "import grimp, json, sys\n"
        "g = grimp.build_graph('tasks', cache_dir=None)\n"
        "up = {s: sorted(g.find_upstream_modules('tasks.' + s)) for s in sys.argv[1:]}\n"
        "print(json.dumps(up))"
    )
    stages = _stages(root)
    env = os.environ | {"PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", script, *stages], cwd=root, env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    upstream = json.loads(done.stdout)
    deps = {}
    for stage in stages:
        modules = [m for m in upstream[stage] if _module_file(root, m).name != "__init__.py"]
        files = {_module_file(root, m).relative_to(root).as_posix() for m in modules}
        files |= {res for m in [f"tasks.{stage}", *modules] for res in _resources(root, m)}
        deps[stage] = [f"tasks/{stage}.py", *sorted(files)]
    return deps


def problems(root: Path = REPO) -> list[str]:
    """One line per code dep dvc.yaml misses or lists without the stage importing it."""
    stages = yaml.safe_load((root / "dvc.yaml").read_text())["stages"]
    out = []
    for stage, want in code_deps(root).items():
        have = {d for d in stages.get(stage, {}).get("deps", []) if d.startswith(CODE_ROOTS)}
        out += [f"dvc.yaml stage {stage!r} misses code dep {d}" for d in want if d not in have]
        out += [
            f"dvc.yaml stage {stage!r} lists {d}, which it does not import"
            for d in sorted(have - set(want))
        ]
    return out


def write(root: Path = REPO) -> None:
    """Replace each stage's `- tasks/...` / `- flows/...` lines with the computed deps, in place
    (data deps, comments and everything else stay as they are)."""
    text = (root / "dvc.yaml").read_text()
    for stage, deps in code_deps(root).items():
        block = re.search(
            rf"\n  {stage}:\n(?:    .*\n|\s*\n)*?    deps:\n((?:      - .*\n)+)", text
        )
        if block is None:
            raise SystemExit(f"dvc.yaml: no deps list for stage {stage!r}")
        keep = [ln for ln in block[1].splitlines(True) if not ln.strip()[2:].startswith(CODE_ROOTS)]
        new = "".join(keep) + "".join(f"      - {d}\n" for d in deps)
        text = text[: block.start(1)] + new + text[block.end(1) :]
    (root / "dvc.yaml").write_text(text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="rewrite dvc.yaml's code deps")
    args = ap.parse_args(argv)
    if args.write:
        write()
    found = problems()
    print("\n".join(found) or "dvc.yaml code deps match the imports")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
