"""The layout keeps itself: import contracts, dvc.yaml code deps computed from the imports,
package docstrings, short functions. Each check is also shown failing on a deliberate violation.

    lint-imports                    # the import contracts in pyproject.toml
    pytest tests/test_layout.py
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from tasks.lib.stages import STAGES
from tests.helpers import REPO

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
CODE_ROOTS = ("tasks", "flows")
MAX_FUNCTION_LINES = 80  # longer needs a `# long: <why>` comment right above the def


def _lint_imports(root: Path) -> subprocess.CompletedProcess:
    """`lint-imports` on the packages under `root` (PYTHONPATH first: a copy shadows the
    installed checkout)."""
    env = os.environ | {"PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=root, env=env, capture_output=True, text=True
    )


def _copy_code(dest: Path) -> Path:
    for name in CODE_ROOTS:
        shutil.copytree(REPO / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", dest / "pyproject.toml")
    return dest


# ---------------------------------------------------------------------------------------------
# Import contracts: flows -> stages -> libraries; stages independent; libraries acyclic
# ---------------------------------------------------------------------------------------------


def test_import_contracts_are_kept():
    done = _lint_imports(REPO)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def test_the_stage_layer_is_exactly_the_pipeline_stages():
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    assert layers[0] == "flows" and layers[-1] == "tasks.lib"
    assert [s.strip() for s in layers[1].split("|")] == [f"tasks.{s}" for s in STAGES]


VIOLATIONS = {
    "a stage imports a stage": (
        "tasks/split.py",
        "from tasks.dedup import dedup",
        "- tasks.split -> tasks.dedup",
    ),
    "a library imports a stage": (
        "tasks/lib/records.py",
        "from tasks.validate import validate",
        "- tasks.lib.records -> tasks.validate",
    ),
    "a library imports a flow": (
        "tasks/lib/io.py",
        "from flows import dag",
        "- tasks.lib.io -> flows.dag",
    ),
    "libraries import each other in a cycle": (
        "tasks/lib/errors.py",
        "from tasks.lib import io",
        "No cycles are allowed in tasks.lib",
    ),
}


@pytest.mark.parametrize("case", sorted(VIOLATIONS))
def test_each_contract_fails_on_a_violation(tmp_path, case):
    """The same check, on a copy with one deliberate violation (an import inside a function,
    which counts like any other)."""
    path, statement, message = VIOLATIONS[case]
    root = _copy_code(tmp_path)
    with open(root / path, "a") as fh:
        fh.write(f"\n\ndef _violation():\n    {statement}\n")
    done = _lint_imports(root)
    assert done.returncode != 0, done.stdout[-2000:]
    assert "BROKEN" in done.stdout and message in done.stdout, done.stdout[-2000:]


# ---------------------------------------------------------------------------------------------
# dvc.yaml code deps = the stage's module + its transitive project imports (+ resources)
# ---------------------------------------------------------------------------------------------


def _module_file(root: Path, module: str) -> Path:
    path = root / Path(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _resources(root: Path, module: str) -> list[str]:
    """Folders a module reads at run time, declared as `RESOURCES = ("templates", ...)`."""
    tree = ast.parse(_module_file(root, module).read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", "") for t in node.targets] == [
            "RESOURCES"
        ]:
            folder = _module_file(root, module).parent.relative_to(root)
            return [(folder / name).as_posix() for name in ast.literal_eval(node.value)]
    return []


def code_deps(root: Path = REPO) -> dict[str, set[str]]:
    """stage -> the files its code depends on: `tasks/<stage>.py`, every project module it imports
    directly or indirectly (imports inside functions included), and the folders those modules
    declare as RESOURCES. Package `__init__` files are left out: they hold only docstrings
    (test_packages_hold_only_a_docstring)."""
    # grimp in a fresh process: this one has already imported the installed `tasks`
    script = (
        "import grimp, json, sys\n"
        "g = grimp.build_graph('tasks', cache_dir=None)\n"
        "up = {s: sorted(g.find_upstream_modules('tasks.' + s)) for s in sys.argv[1:]}\n"
        "print(json.dumps(up))"
    )
    env = os.environ | {"PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", script, *STAGES], cwd=root, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    upstream = json.loads(done.stdout)
    deps = {}
    for stage in STAGES:
        modules = {f"tasks.{stage}", *upstream[stage]}
        modules = {m for m in modules if _module_file(root, m).name != "__init__.py"}
        files = {_module_file(root, m).relative_to(root).as_posix() for m in modules}
        files |= {res for m in modules for res in _resources(root, m)}
        deps[stage] = files
    return deps


def dvc_code_deps(dvc_yaml: Path) -> dict[str, set[str]]:
    stages = yaml.safe_load(dvc_yaml.read_text())["stages"]
    return {
        name: {d for d in stage["deps"] if d.startswith(CODE_ROOTS)}
        for name, stage in stages.items()
    }


def deps_problems(root: Path = REPO) -> list[str]:
    want, have = code_deps(root), dvc_code_deps(root / "dvc.yaml")
    problems = []
    for stage in STAGES:
        for dep in sorted(want[stage] - have.get(stage, set())):
            problems.append(f"dvc.yaml stage {stage!r} misses code dep {dep}")
        for dep in sorted(have.get(stage, set()) - want[stage]):
            problems.append(f"dvc.yaml stage {stage!r} lists {dep}, which it does not import")
    return problems


def test_dvc_yaml_code_deps_are_what_each_stage_imports():
    problems = deps_problems()
    assert not problems, "\n".join(problems)


def test_deps_check_fails_when_a_dep_is_removed(tmp_path):
    root = _copy_code(tmp_path)
    text = (REPO / "dvc.yaml").read_text()
    # the register stage loses the serving module it imports inside a function
    (root / "dvc.yaml").write_text(text.replace("      - tasks/lib/serving.py\n", "", 1))
    assert deps_problems(root) == ["dvc.yaml stage 'register' misses code dep tasks/lib/serving.py"]


def test_deps_check_sees_a_new_import_inside_a_function(tmp_path):
    root = _copy_code(tmp_path)
    shutil.copy(REPO / "dvc.yaml", root / "dvc.yaml")
    with open(root / "tasks/validate.py", "a") as fh:
        fh.write("\n\ndef _later():\n    from tasks.lib import pii\n\n    return pii\n")
    assert deps_problems(root) == ["dvc.yaml stage 'validate' misses code dep tasks/lib/pii.py"]


# ---------------------------------------------------------------------------------------------
# Readable code: docstrings, empty packages, short functions
# ---------------------------------------------------------------------------------------------


def _python_files() -> list[Path]:
    return sorted(p for root in CODE_ROOTS for p in (REPO / root).rglob("*.py"))


def test_packages_hold_only_a_docstring():
    """A package's `__init__` says what belongs there, and runs nothing (so the dvc.yaml deps,
    which leave these files out, stay exact)."""
    for path in _python_files():
        if path.name != "__init__.py":
            continue
        tree = ast.parse(path.read_text())
        assert ast.get_docstring(tree), f"{path.relative_to(REPO)} needs a module docstring"
        assert len(tree.body) == 1, f"{path.relative_to(REPO)}: only a docstring"


def test_every_module_has_a_docstring():
    missing = [
        str(p.relative_to(REPO))
        for p in _python_files()
        if p.stat().st_size and not ast.get_docstring(ast.parse(p.read_text()))
    ]
    assert not missing, missing


def long_functions(paths: list[Path]) -> list[str]:
    """Functions longer than MAX_FUNCTION_LINES without a `# long: <why>` comment above."""
    found = []
    for path in paths:
        lines = path.read_text().splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            length = node.end_lineno - node.lineno + 1
            if length > MAX_FUNCTION_LINES and not lines[first - 2].strip().startswith("# long:"):
                found.append(f"{path}:{node.lineno} {node.name}() is {length} lines")
    return found


def test_no_function_is_long_without_saying_why(tmp_path):
    assert long_functions(_python_files()) == []
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    (tmp_path / "m.py").write_text(f"def f():\n{body}\n")
    assert long_functions([tmp_path / "m.py"]) == [f"{tmp_path / 'm.py'}:1 f() is 81 lines"]
    (tmp_path / "m.py").write_text(f"# long: one table\ndef f():\n{body}\n")
    assert long_functions([tmp_path / "m.py"]) == []
