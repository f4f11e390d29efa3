# deskapp: `make run` opens the application, `make test` runs every check.
# Both set everything up first: the system libraries Qt needs (Debian/Ubuntu),
# a virtual environment in .venv with the libraries of requirements/lock.txt
# (exact versions, checked by hash) and the package itself.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
LOCK := requirements/lock.txt
# The tool that writes the lock, pinned so that `make lock` writes it the same way.
UV_VERSION := 0.13.9

.PHONY: run test test-fast check lint typecheck pytest mutate mutate-fast translations system-deps test-deps seed-workbook bench dist build lock clean screenshots

# Installed again whenever the lock, pyproject.toml or setup.py changes. The libraries come from the
# lock only (every one pinned with ==, and pip refuses a file whose hash is not listed);
# deskapp itself is installed editable without resolving anything (--no-deps), built by the
# setuptools the lock installed (--no-build-isolation).
$(STAMP): $(LOCK) pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "deskapp needs Python 3.11 or newer (try: make PYTHON=python3.11 ...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@$(BIN)/python -m pip check >/dev/null || { $(BIN)/python -m pip check; \
	  echo "$(LOCK) lacks what pyproject.toml asks for: run make lock"; exit 1; }
	touch $(STAMP)

# Writes requirements/lock.txt again from pyproject.toml (dependencies, extras test and dist)
# and requirements/lock.in: one file for Python 3.11 and newer on Linux, Windows and macOS,
# with the hashes of every platform's files. Versions already in the lock are kept where they
# still fit; `make lock LOCK_ARGS=--upgrade` takes the newest allowed,
# `LOCK_ARGS='--upgrade-package NAME'` one library's.
lock:
	rm -rf build/lock-venv
	$(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip install --quiet 'uv==$(UV_VERSION)'
	UV_PYTHON_DOWNLOADS=never build/lock-venv/bin/uv pip compile --quiet --universal \
	  --python-version 3.11 --generate-hashes --extra test --extra dist \
	  --custom-compile-command 'make lock' $(LOCK_ARGS) \
	  --output-file $(LOCK) pyproject.toml requirements/lock.in
	rm -rf build/lock-venv

system-deps:
	@sh scripts/system-deps.sh

test-deps:
	@sh scripts/system-deps.sh test

run: system-deps $(STAMP)
	$(BIN)/deskapp

test: test-deps $(STAMP) lint typecheck pytest

# The fast tier while working (domain and services on SQLite, under a minute); not a check.
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider --fast $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# After changing a user-visible string: pyside6-lupdate the catalogue from the source,
# merge the translations waiting in resources/translations/pending/, pyside6-lrelease.
# tests/test_translations.py fails while an entry is untranslated or obsolete.
translations: $(STAMP)
	$(BIN)/python resources/translations/update.py

# Every test, spread over PYTEST_WORKERS processes (pytest-xdist; each has its own
# PostgreSQL server, Qt application and made-once databases); PYTEST_WORKERS=0 runs them in
# this process. The report (build/junit.xml) holds every worker's tests; .ci/run compares it
# with the suite's own collection (scripts/ci_count.py), so a PYTEST_ARGS that leaves tests
# out is for working, never for CI.
PYTEST_WORKERS ?= 2
pytest: $(STAMP)
	mkdir -p build
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(PYTEST_WORKERS) \
	  --junitxml=build/junit.xml $(PYTEST_ARGS)

# Mutation testing of the modules that hold the rules (scripts/mutate.py, with mutmut): every
# group of rules must have at least 90 % of its mutants killed by the fast tier's tests; the
# survivors are listed in build/mutate/all/mutants.txt. Over an hour on two busy cores;
# POSIX only (mutmut forks a process per mutant). `make mutate-fast` is the part CI runs
# after make test (.ci/run): masking and the month lock, under a minute on a quiet machine.
mutate: $(STAMP)
	$(BIN)/python scripts/mutate.py $(MUTATE_ARGS)

mutate-fast: $(STAMP)
	$(BIN)/python scripts/mutate.py --subset fast

# A workbook holding records that reproduce the district's 2018-10-30 table.
seed-workbook: $(STAMP)
	mkdir -p build
	$(BIN)/python bench/seed_workbook.py build/seed-2018.xlsx

# The user guide's screenshots (docs/guide/images/), from a demo database and the real window.
screenshots: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py $(SCREENSHOTS_ARGS)

bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

# The one-folder program: dist/deskapp/ (deskapp.exe in dist\deskapp\ on Windows, with the same
# spec). PyInstaller is in the lock (the "dist" extra). scripts/smoke-build.sh runs this target.
dist: system-deps $(STAMP)
	$(BIN)/pyinstaller --noconfirm build.spec

build: dist  # the target's earlier name

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
