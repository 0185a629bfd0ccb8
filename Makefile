# Two commands on a fresh machine: `make run` (install, then one offline run on the bundled sample feeds)
# and `make test` (install, then every test). Everything lives in .venv; nothing is installed globally.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install run test bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: install
	$(BIN)/newsflow run --sample

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/fetch_concurrency.py
	$(BIN)/python benchmarks/fulltext_f1.py
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/dedupe_scale.py 100000

clean:
	rm -rf $(VENV) data .pytest_cache
