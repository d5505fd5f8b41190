# Two commands do everything on a fresh machine with Python 3.11:
#   make report   set up .venv, analyse seeds/, write results/ and reports/
#   make test     set up .venv, run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CORPUS ?= seeds
# Optional: your own actor registry entries, stance target and naming choices (YAML),
# e.g. make report ACTORS=my_actors.yml NAMING=my_naming.yml
ACTORS ?=
TARGET ?=
NAMING ?=
CHOICES := $(if $(ACTORS),--actors $(ACTORS)) $(if $(TARGET),--target $(TARGET)) $(if $(NAMING),--naming $(NAMING))
# JupyterLab: make lab PORT=8899 LAB_ARGS="--no-browser"
PORT     ?= 8888
LAB_ARGS ?=
# Exact versions of every package (all extras, every platform) that `make` installs: run `make lock`
# after changing the dependencies in pyproject.toml (UPGRADE=1 moves every pin to the newest release).
LOCK := constraints.txt
UV   := uv==0.13.9

.PHONY: install install-test report analyze test lab classroom clean help screenshots lock hooks

help:
	@echo "make report     analyse $(CORPUS)/ into results/ and build reports/ (sets up .venv)"
	@echo "                options: CORPUS=path ACTORS=my_actors.yml TARGET=my_target.yml NAMING=my_naming.yml"
	@echo "make test       run the tests (sets up .venv)"
	@echo "make lab        open JupyterLab at the repository root (options: PORT=8888 LAB_ARGS=...)"
	@echo "make classroom  write student copies of the exercises to classroom/student/"
	@echo "make lock       pin every dependency in $(LOCK) (after changing pyproject.toml)"
	@echo "make hooks      strip notebook outputs whenever notebooks are staged (a git filter)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e .
	$(BIN)/python -m pip check
	touch $@

# The test install includes the optional extras, so their tests always run.
$(VENV)/.installed-test: pyproject.toml $(LOCK) $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e ".[test,web,dask]"
	$(BIN)/python -m pip check
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Exit status 1 means some inputs failed (each already named on stderr) and the rest was analysed:
# carry on to the reports. Any other failure (2 = usage error, a crash) stops make.
analyze: install
	$(BIN)/discourse analyze $(CORPUS) $(CHOICES) --out results/utterances.csv || { status=$$?; [ $$status -eq 1 ] || exit $$status; }
	$(BIN)/discourse analyze $(CORPUS) --unit sentence --out results/sentences.csv || { status=$$?; [ $$status -eq 1 ] || exit $$status; }
	$(BIN)/discourse analyze $(CORPUS) $(CHOICES) --unit naming --out results/naming.csv || { status=$$?; [ $$status -eq 1 ] || exit $$status; }

report: analyze
	$(BIN)/discourse report --corpus $(CORPUS) $(CHOICES) --out reports

test: install-test
	$(BIN)/python -m pytest

# The root is the repository, so the file browser reaches notebooks/, seeds/, results/ and reports/.
# Jupyter refuses to run as root unless told (containers, CI): root gets --allow-root.
lab: install
	$(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" --ServerApp.port=$(PORT) \
	  $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet "$(UV)"
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.11 --quiet \
	  --custom-compile-command "make lock" $(if $(UPGRADE),--upgrade) -o $(LOCK)

# git runs nbstripout on every staged notebook (--keep-id keeps the notebooks' stable cell ids). The
# setting goes to this repository's .git/config (shared by its worktrees); .gitattributes names the filter.
hooks: install-test
	git config filter.nbstripout.clean '"$(CURDIR)/$(BIN)/python" -m nbstripout --keep-id'
	git config filter.nbstripout.smudge cat
	git config filter.nbstripout.required true
	git config diff.ipynb.textconv '"$(CURDIR)/$(BIN)/python" -m nbstripout --keep-id -t'

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
