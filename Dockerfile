# syntax=docker/dockerfile:1
# The TTĐN API: the `ttdn` package installed (not editable, no dev extras) on a slim Python 3.11,
# run by an unprivileged user. Built by docker-compose.yml; the web app is served by nginx
# (deploy/nginx/Dockerfile), not by this image.
#
#   docker build -t ttdn-api .                                # with LibreOffice (PDF export)
#   docker build -t ttdn-api --build-arg WITH_LIBREOFFICE=0 . # without: …/document.pdf answers 501

FROM python:3.11-slim-bookworm

# LibreOffice converts the official documents to PDF (`soffice`, a few hundred MB more in the image);
# Liberation fonts stand in for Times New Roman with the same metrics and Vietnamese letters.
ARG WITH_LIBREOFFICE=1

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Debian's current packages (with its security fixes) rather than pinned versions.
# hadolint ignore=DL3008
RUN if [ "$WITH_LIBREOFFICE" = "1" ]; then \
        apt-get update \
        && apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 \
        && rm -rf /var/lib/apt/lists/*; \
    fi

RUN groupadd --system --gid 10001 ttdn \
    && useradd --system --uid 10001 --gid ttdn --create-home --home-dir /home/ttdn ttdn

COPY pyproject.toml README.md /tmp/src/
COPY backend /tmp/src/backend
RUN pip install /tmp/src && rm -rf /tmp/src
# A non-editable install carries no Alembic scripts: `ttdn migrate` and the health check read
# them from TTDN_MIGRATIONS_DIR.
COPY migrations /opt/ttdn/migrations
ENV TTDN_MIGRATIONS_DIR=/opt/ttdn/migrations
RUN python -c 'from ttdn.core.migrations import head_revision as h; assert h(), "no migrations"'

COPY --chmod=0755 deploy/api/serve.sh /usr/local/bin/ttdn-serve

# Uploaded files (press documents, incident evidence): a volume in docker-compose.yml.
ENV TTDN_FILES_DIR=/var/lib/ttdn/files
RUN mkdir -p "$TTDN_FILES_DIR" && chown -R ttdn:ttdn /var/lib/ttdn

USER 10001:10001
WORKDIR /home/ttdn
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/api/v1/health', timeout=4)"]

# Migrate, then serve with TTDN_WORKERS uvicorn workers. `docker compose run --rm api ttdn …`
# runs any other `ttdn` command (create-admin, cleanup, audit verify …) instead.
CMD ["ttdn-serve"]
