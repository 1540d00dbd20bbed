# TTĐN — the two commands that matter: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PG_TEST_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
INSTALLED := $(VENV)/.installed

.PHONY: install run lint test test-sqlite test-postgres bench clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(INSTALLED)

## Serve the API (and /docs) on the embedded SQLite default, with the demo on an empty database.
run: install
	mkdir -p var
	$(BIN)/ttdn migrate
	$(BIN)/ttdn seed-demo --if-empty
	$(BIN)/uvicorn ttdn.main:create_app --factory --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check backend tests migrations
	$(BIN)/ruff format --check backend tests migrations
	$(BIN)/mypy

## Everything: lint, then the whole suite on SQLite and on PostgreSQL.
test: lint test-sqlite test-postgres

test-sqlite: install
	env -u TTDN_TEST_DATABASE_URL $(BIN)/pytest

test-postgres: install
	TTDN_TEST_DATABASE_URL="$${TTDN_TEST_DATABASE_URL:-$(PG_TEST_URL)}" $(BIN)/pytest

bench: install
	$(BIN)/python tests/bench.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
