# kg: the two commands of the quickstart are `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORE  ?= kg-store
REPORT ?= kg-report
KG     := $(BIN)/kg

.PHONY: install deps run test bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed ## create .venv and install kg with its test tools

run: install ## build the seeds into ./kg-store, validate, answer a few questions, write the HTML report
	$(KG) build seeds --store $(STORE)
	$(KG) validate --store $(STORE)
	@echo; echo "== Documents"; $(KG) query documents --store $(STORE)
	@echo; echo "== Who met whom"; $(KG) query who-met-whom --store $(STORE)
	@echo; echo "== Who supports whom with what"; $(KG) query support --store $(STORE)
	@echo; echo "== Who said what, according to whom"; $(KG) query claim-chains --store $(STORE)
	@echo; echo "== Roles"; $(KG) query roles --store $(STORE)
	@echo; echo "== Store"; $(KG) stats --store $(STORE)
	@echo; echo "== Report"; $(KG) report --store $(STORE) -o $(REPORT)
	@echo "open $(abspath $(REPORT))/index.html in a browser"

deps: ## system packages the tests need (Java, Chromium): installed with apt-get when missing
	bash .ci/deps

test: install deps ## run the whole test suite
	$(BIN)/python -m pytest

bench: install ## measure speed and memory, write bench/RESULTS.md
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(STORE) $(REPORT) .pytest_cache test-artifacts
