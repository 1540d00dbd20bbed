#!/usr/bin/env bash
# The browser tests against the server of `make run`: a freshly seeded database, the built app,
# one uvicorn process; stopped whatever the tests say.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${E2E_PORT:-8123}"
database="$(mktemp -d)/e2e.sqlite3"
export TTDN_DATABASE_URL="sqlite+aiosqlite:///${database}"

.venv/bin/ttdn migrate >/dev/null
.venv/bin/ttdn seed-demo >/dev/null
# Reminders before the yearly deadline (01/11/2023) and the day after it, for the notifications
# screen: the demo's areas report late.
.venv/bin/ttdn remind --today 2023-10-30 >/dev/null
.venv/bin/ttdn remind --today 2023-11-02 >/dev/null
.venv/bin/uvicorn ttdn.main:create_app --factory --host 127.0.0.1 --port "$port" \
  --log-level warning &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT

for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:${port}/api/v1/health" >/dev/null && break
  sleep 0.5
done

cd frontend
BASE_URL="http://127.0.0.1:${port}" npm run e2e -- "$@"
