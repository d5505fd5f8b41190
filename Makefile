# Two commands do everything on a fresh machine with Python 3.11:
#   make report   set up .venv, analyse seeds/, write results/ and reports/
#   make test     set up .venv, run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CORPUS ?= seeds

.PHONY: install install-test report analyze test lab classroom clean help screenshots

help:
	@echo "make report     analyse $(CORPUS)/ into results/ and build reports/ (sets up .venv)"
	@echo "make test       run the tests (sets up .venv)"
	@echo "make lab        open the notebooks in JupyterLab"
	@echo "make classroom  write student copies of the exercises to classroom/student/"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

analyze: install
	$(BIN)/discourse analyze $(CORPUS) --out results/utterances.csv
	$(BIN)/discourse analyze $(CORPUS) --unit sentence --out results/sentences.csv

report: analyze
	$(BIN)/discourse report --corpus $(CORPUS) --out reports

test: install-test
	$(BIN)/python -m pytest

lab: install
	$(BIN)/jupyter lab notebooks

classroom: install
	$(BIN)/discourse classroom build --out classroom/student

clean:
	rm -rf results reports classroom .pytest_cache

# A look at the reports as a reader sees them (needs Debian's chromium: apt-get install chromium).
screenshots: report
	mkdir -p reports/screenshots
	for page in reports/*.html; do \
	  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
	    --no-first-run --user-data-dir=$$(mktemp -d) --window-size=1280,2400 \
	    --screenshot=reports/screenshots/$$(basename $$page .html).png $$page; \
	done
