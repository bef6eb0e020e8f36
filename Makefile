# PSC Counter — two commands: `make run` and `make test`. Both set up what is missing first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY),xcb,offscreen)

.PHONY: run test bench soak lint types contracts pytest setup system-deps services translations clean screenshots dist dist-test

setup: system-deps $(STAMP)

# Debian packages Qt needs under Xvfb, poppler for PDF checks, libusb for USB printers.
system-deps:
	@bash packaging/system-deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,central]'
	@# pyscard (the ID-card reader) builds from source: without Debian's libpcsclite-dev/swig the counter
	@# simply has no card reader, so a failed build must not stop the set-up.
	$(BIN)/python -m pip install -q -e '.[devices]' || echo "pyscard not built: the ID-card reader stays off"
	@touch $(STAMP)

run: setup
	@if [ -n "$$DISPLAY" ]; then QT_QPA_PLATFORM=xcb $(BIN)/psc-counter; \
	else echo "No display: starting under xvfb-run"; QT_QPA_PLATFORM=xcb xvfb-run -a $(BIN)/psc-counter; fi

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: setup
	$(BIN)/mypy

# import-linter exits 0 when it finds no package: insist that it checked every contract.
contracts: setup
	@out=$$($(BIN)/lint-imports 2>&1); status=$$?; echo "$$out" | tail -n 12; \
	test $$status -eq 0 && echo "$$out" | grep -Eq "Contracts: [1-9][0-9]* kept, 0 broken"

# Services the suite talks to (PostgreSQL, …), started as root; elsewhere their tests skip with the reason.
services:
	@bash packaging/services.sh

pytest: setup services
	QT_QPA_PLATFORM=offscreen PSC_REQUIRE_POSTGRES=$$([ "$$(id -u)" -eq 0 ] && echo 1) $(BIN)/pytest -q

test: lint types contracts pytest

bench: setup services
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The long soak (issue 15): register, print to a socket printer and sync through injected faults, without the
# GUI; reports memory growth and any record lost or duplicated (docs/BENCHMARKS.md). HOURS may be a fraction:
# `make soak HOURS=0.01` is a 36-second smoke run.
HOURS ?= 1
soak: setup services
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.soak --hours $(HOURS)

# The installable counter (issue 10): the PyInstaller one-folder bundle in dist/psc-counter/ and the .deb
# packages beside it. Slow (~5 min on 2 cores), so not part of `make test`; CI runs it after the tests.
dist: setup
	$(BIN)/python -m pip install -q -e '.[dev,central,dist]'
	$(BIN)/python packaging/build_dist.py
	bash packaging/deb/build_deb.sh

# What CI checks of `make dist`'s output: the bundle in a sandbox without Python (and its sign-in window under
# Xvfb), the .deb installed, used and removed (as root), and an upgrade from release 0.1.0.
dist-test: setup
	PSC_DIST_TESTS=1 QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider tests/dist

translations: setup
	$(BIN)/pyside6-lupdate -no-obsolete $$(git ls-files 'ui/*.py') -ts resources/translations/psc_en.ts
	$(BIN)/python resources/translations/fill_en.py
	$(BIN)/pyside6-lrelease resources/translations/psc_en.ts -qm resources/translations/psc_en.qm
	$(BIN)/pyside6-lrelease resources/translations/qt_th.ts -qm resources/translations/qt_th.qm

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis build dist *.egg-info
