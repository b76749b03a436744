"""benchmarks/recipes.py: every recipe is a valid train section, and the list prints."""

from __future__ import annotations

import subprocess
import sys

import pytest

from benchmarks import recipes
from tasks.lib.params import parse_params
from tests.helpers import REPO, default_params_dict


@pytest.mark.parametrize("name", list(recipes.RECIPES))
def test_every_recipe_is_a_valid_train_section(name):
    raw = default_params_dict()
    raw["train"] = recipes.merged(raw["train"], recipes.recipe_train_params(name, quick=False))
    train = parse_params(raw).train
    expected = recipes.merged(recipes.DEFAULT, recipes.RECIPES[name])
    assert train.epochs == expected["epochs"] and train.backend == expected["backend"]
    assert train.lora.target_modules == expected["lora"]["target_modules"]
    assert recipes.recipe_train_params(name, quick=True)["epochs"] == 1


def test_merged_changes_nested_keys_only():
    base = {"a": 1, "lora": {"r": 16, "alpha": 32}}
    assert recipes.merged(base, {"lora": {"r": 8}}) == {"a": 1, "lora": {"r": 8, "alpha": 32}}
    assert base["lora"]["r"] == 16  # the base is not changed


def test_list_prints_every_recipe():
    out = subprocess.run(
        [sys.executable, str(REPO / "benchmarks/recipes.py"), "--list"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert [line.split()[0] for line in out.splitlines()] == list(recipes.RECIPES)
