# deskapp: `make run` opens the application, `make test` runs every check.
# Both set everything up first: the system libraries Qt needs (Debian/Ubuntu),
# a virtual environment in .venv and the package with its test extras.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test check lint typecheck pytest system-deps test-deps seed-workbook bench build clean screenshots

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "deskapp needs Python 3.11 or newer (try: make PYTHON=python3.11 ...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-deps:
	@sh scripts/system-deps.sh

test-deps:
	@sh scripts/system-deps.sh test

run: system-deps $(STAMP)
	$(BIN)/deskapp

test: test-deps $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	mkdir -p build
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --junitxml=build/junit.xml $(PYTEST_ARGS)

# A workbook holding records that reproduce the district's 2018-10-30 table.
seed-workbook: $(STAMP)
	mkdir -p build
	$(BIN)/python bench/seed_workbook.py build/seed-2018.xlsx

# The user guide's screenshots (docs/guide/images/), from a demo database and the real window.
screenshots: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py $(SCREENSHOTS_ARGS)

bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

build: system-deps $(STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6'
	$(BIN)/pyinstaller --noconfirm build.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
