# Two commands do everything on a fresh machine with Python 3.11:
#   make report   set up .venv, analyse seeds/, write results/ and reports/
#   make test     set up .venv, run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CORPUS ?= seeds
# Optional: your own actor registry entries and stance target (YAML), e.g. make report ACTORS=my_actors.yml
ACTORS ?=
TARGET ?=
CHOICES := $(if $(ACTORS),--actors $(ACTORS)) $(if $(TARGET),--target $(TARGET))

.PHONY: install install-test report analyze test lab classroom clean help screenshots

help:
	@echo "make report     analyse $(CORPUS)/ into results/ and build reports/ (sets up .venv)"
	@echo "                options: CORPUS=path ACTORS=my_actors.yml TARGET=my_target.yml"
	@echo "make test       run the tests (sets up .venv)"
	@echo "make lab        open the notebooks in JupyterLab"
	@echo "make classroom  write student copies of the exercises to classroom/student/"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The test install includes the optional extras, so their tests always run.
$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[test,dask]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Exit status 1 means some inputs failed (each already named on stderr) and the rest was analysed:
# carry on to the reports. Any other failure (2 = usage error, a crash) stops make.
analyze: install
	$(BIN)/discourse analyze $(CORPUS) $(CHOICES) --out results/utterances.csv || { status=$$?; [ $$status -eq 1 ] || exit $$status; }
	$(BIN)/discourse analyze $(CORPUS) --unit sentence --out results/sentences.csv || { status=$$?; [ $$status -eq 1 ] || exit $$status; }

report: analyze
	$(BIN)/discourse report --corpus $(CORPUS) $(CHOICES) --out reports

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
