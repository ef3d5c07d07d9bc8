# Quick start: `make run` (set up, then chat in the terminal or serve the messengers whose
# token is set) and `make test` (set up, then run every test). Both work on a fresh machine
# with Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python bot.py

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/answer_latency.py

eval: $(STAMP)
	$(BIN)/python ../shared/eval/score.py -- $(BIN)/python bot.py ask --jsonl --db $$(mktemp -d)/eval.db

clean:
	rm -rf $(VENV) data *.egg-info
