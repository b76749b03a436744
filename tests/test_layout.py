"""The layout keeps itself: import contracts, dvc.yaml code deps computed from the imports,
package docstrings, short functions. Each check is also shown failing on a deliberate violation.

    lint-imports                    # the import contracts in pyproject.toml
    pytest tests/test_layout.py
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

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


def _dvc_deps():
    """scripts/dvc_deps.py as a module (a maintainer script, not part of the package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("dvc_deps", REPO / "scripts/dvc_deps.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def deps_problems(root: Path = REPO) -> list[str]:
    return _dvc_deps().problems(root)


def test_dvc_yaml_code_deps_are_what_each_stage_imports():
    problems = deps_problems()
    assert not problems, "\n".join([*problems, "fix: python scripts/dvc_deps.py --write"])


def test_deps_check_fails_when_a_dep_is_removed(tmp_path):
    root = _copy_code(tmp_path)
    text = (REPO / "dvc.yaml").read_text()
    # the register stage loses the serving module it imports inside a function
    (root / "dvc.yaml").write_text(text.replace("      - tasks/lib/serving.py\n", "", 1))
    assert deps_problems(root) == ["dvc.yaml stage 'register' misses code dep tasks/lib/serving.py"]


def test_write_makes_dvc_yaml_match_and_keeps_the_rest(tmp_path):
    root = _copy_code(tmp_path)
    text = (REPO / "dvc.yaml").read_text()
    broken = text.replace("      - tasks/lib/serving.py\n", "", 1)
    broken = broken.replace(
        "      - tasks/validate.py\n", "      - tasks/validate.py\n      - tasks/lib/pii.py\n"
    )
    (root / "dvc.yaml").write_text(broken)
    assert len(deps_problems(root)) == 2
    _dvc_deps().write(root)
    assert deps_problems(root) == [] and (root / "dvc.yaml").read_text() == text


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
