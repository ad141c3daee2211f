# aidip — one entry point for set-up, demo, tests, evaluation and benchmarks.
# Every target creates the virtual environment from the pinned lock files first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE ?= data/essays/01_compute_diplomacy.txt
SHARED ?= ../shared

.PHONY: setup demo test lint eval bench models clean tools

$(STAMP): requirements/dev.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/aidip analyse $(SAMPLE)

# (pytest-xdist: one test process per core, at most four; 6.5 min instead of 9.6 on two cores)
test: setup
	$(BIN)/python -m pytest -q --numprocesses=auto --maxprocesses=4 --dist=worksteal

lint: setup
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

# External consumers for the export tests (graphviz, @argdown/cli, arguebuf); CI runs this.
tools:
	bash scripts/install-test-tools.sh

eval: setup
	$(BIN)/python scripts/run_eval.py --shared $(SHARED) --train

bench: setup
	$(BIN)/python scripts/bench.py

# Refit the link-acceptance model on the development essays (after any change to the engine).
models: setup
	$(BIN)/python scripts/train_link_acceptance.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build src/*.egg-info
