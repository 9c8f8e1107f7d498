# Bürgeranfragen: `make run` starts the app, `make test` runs every test headless.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test install lint bench translations clean

run: install
	@$(BIN)/buergeranfragen $(ARGS)

test: $(TEST_STAMP)
	@bash packaging/system-deps.sh test
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --maxprocesses=4 $(PYTEST_ARGS)

install:
	@bash packaging/system-deps.sh gui
	@$(MAKE) --no-print-directory $(STAMP)

$(VENV)/bin/python:
	@bash packaging/system-deps.sh venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(VENV)/bin/python
	@bash packaging/system-deps.sh gui
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	@touch $@ $(STAMP)

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

bench: $(TEST_STAMP)
	$(BIN)/python bench/caller_lookup.py
	$(BIN)/python bench/inquiry_queue.py
	$(BIN)/python bench/mail_import.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/ui_call_form.py

translations: $(TEST_STAMP)
	$(BIN)/pyside6-lupdate $$(find src/buergeranfragen -name '*.py' -not -path '*/migrations/*') \
		-tr-function-alias tr+=msg -no-obsolete -ts resources/translations/buergeranfragen_en.ts
	$(BIN)/pyside6-lrelease resources/translations/buergeranfragen_en.ts -qm resources/translations/buergeranfragen_en.qm

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
