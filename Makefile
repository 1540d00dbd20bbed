# TTĐN — the two commands that matter: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PG_TEST_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
INSTALLED := $(VENV)/.installed
FRONTEND_INSTALLED := frontend/node_modules/.installed

.PHONY: install frontend-install frontend-build chromium run dev lint api-check test \
	test-sqlite test-postgres test-crash test-contract test-fuzz test-frontend test-e2e bench clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(INSTALLED)

$(FRONTEND_INSTALLED): frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

frontend-install: $(FRONTEND_INSTALLED)

frontend-build: frontend-install
	cd frontend && npm run build

## Debian's Chromium for the browser tests (Playwright's own download does not work here).
chromium:
	command -v chromium >/dev/null || \
		(apt-get update && apt-get install -y --no-install-recommends chromium)

## Serve the app at / and the API (and /docs) on the embedded SQLite default, with the demo
## on an empty database.
run: install frontend-build
	mkdir -p var
	$(BIN)/ttdn migrate
	$(BIN)/ttdn seed-demo --if-empty
	TTDN_REMINDERS_IN_PROCESS=true $(BIN)/uvicorn ttdn.main:create_app --factory --host $(HOST) --port $(PORT)

## The API on PORT and Vite's dev server (http://127.0.0.1:5173) proxying /api to it.
dev: install frontend-install
	mkdir -p var
	$(BIN)/ttdn migrate
	$(BIN)/ttdn seed-demo --if-empty
	$(BIN)/uvicorn ttdn.main:create_app --factory --reload --host $(HOST) --port $(PORT) & \
		trap 'kill $$!' EXIT; cd frontend && TTDN_API_URL=http://$(HOST):$(PORT) npm run dev

lint: install frontend-install api-check
	$(BIN)/ruff check backend tests migrations
	$(BIN)/ruff format --check backend tests migrations
	$(BIN)/mypy
	cd frontend && npm run lint

## The web app's API types must be those the OpenAPI document gives today.
api-check: install frontend-install
	mkdir -p var
	$(BIN)/ttdn openapi --output var/openapi.json
	cd frontend && npm run api:check -- ../var/openapi.json

## Everything: lint, the whole API suite on SQLite and on PostgreSQL, the web app's unit tests
## and build, and the browser tests.
test: lint test-sqlite test-postgres test-contract test-frontend test-e2e

test-sqlite: install
	env -u TTDN_TEST_DATABASE_URL $(BIN)/pytest

test-postgres: install
	TTDN_TEST_DATABASE_URL="$${TTDN_TEST_DATABASE_URL:-$(PG_TEST_URL)}" $(BIN)/pytest

## The crash test at full count (`make test` runs 3 cycles): the server killed with SIGKILL
## amid concurrent writes, CRASH_CYCLES times on SQLite and on PostgreSQL; it prints the cycles,
## the writes acknowledged and the writes found.
CRASH_CYCLES ?= 20
test-crash: install
	env -u TTDN_TEST_DATABASE_URL TTDN_CRASH_CYCLES=$(CRASH_CYCLES) \
		$(BIN)/pytest tests/durability/test_crash.py
	TTDN_TEST_DATABASE_URL="$${TTDN_TEST_DATABASE_URL:-$(PG_TEST_URL)}" \
		TTDN_CRASH_CYCLES=$(CRASH_CYCLES) $(BIN)/pytest tests/durability/test_crash.py

## The API's contract under Schemathesis (tests/contract/run.py): every phase and check, as two
## principals, a few cases per operation on SQLite; `make test-fuzz`: more, on both databases.
CONTRACT_ARGS ?= --databases sqlite --max-examples 3
FUZZ_ARGS ?= --databases sqlite,postgresql --max-examples 50 --pdf
test-contract: install
	$(BIN)/python tests/contract/run.py $(CONTRACT_ARGS)

test-fuzz: install
	TTDN_TEST_DATABASE_URL="$${TTDN_TEST_DATABASE_URL:-$(PG_TEST_URL)}" \
		$(BIN)/python tests/contract/run.py $(FUZZ_ARGS)

test-frontend: frontend-install
	cd frontend && npm test
	cd frontend && npm run build

test-e2e: install frontend-build chromium
	tests/run_e2e.sh

## The hot paths over real HTTP (uvicorn on core 0, wrk on core 1), as ratios to a bare
## FastAPI endpoint, on SQLite and PostgreSQL, on the demo and a province (ttdn seed-scale);
## then a phone on slow 3G. `make bench BENCH_ARGS="--scale demo --seconds 3"` for a quick look.
BENCH_ARGS ?= --scale demo,province
bench: install
	command -v wrk >/dev/null || (apt-get update && apt-get install -y --no-install-recommends wrk)
	$(BIN)/python tests/bench/run.py $(BENCH_ARGS)
	$(MAKE) frontend-build chromium && cd frontend && node scripts/weak-network.mjs

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache frontend/node_modules frontend/dist
