#!/bin/sh
# The API container's command: bring the database to the latest migration, then serve.
# Replicas starting together migrate one after the other (`ttdn migrate` takes a PostgreSQL
# advisory lock): the later ones find the database at the head.
set -eu

ttdn migrate

# --proxy-headers: the client's address and scheme come from nginx's X-Forwarded-For and
# X-Forwarded-Proto; the API's port is reachable only on the compose network, from nginx.
exec uvicorn ttdn.main:create_app --factory \
    --host 0.0.0.0 --port 8000 \
    --workers "${TTDN_WORKERS:-4}" \
    --proxy-headers --forwarded-allow-ips='*' \
    --no-server-header
