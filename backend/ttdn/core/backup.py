"""`ttdn backup FILE` and `ttdn restore FILE`: the whole database to one file and back.

SQLite is copied with its online backup API (`sqlite3.Connection.backup`): a consistent copy
taken while the server keeps running, written beside the destination and moved into place once
complete. PostgreSQL goes through its own client tools, `pg_dump --format=custom` and
`pg_restore --clean --if-exists --no-owner`, given a libpq address without the password (which
travels in `PGPASSWORD`, never on a command line that `ps` shows).

A restore refuses a database that holds rows unless forced, refuses a backup made by a newer
version of TTĐN (a revision its migrations do not know), replaces the whole database (tables a
newer schema added are dropped too, so nothing of the old content survives), and then migrates
the restored database to this version's head: an older backup is brought up to date.
Uploaded files (`TTDN_FILES_DIR`) are not in the backup; the audit chain verifies only under the
same `TTDN_SECRET_KEY`.
"""

import os
import re
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from sqlalchemy import URL, create_engine, inspect, make_url, text
from sqlalchemy.engine import Connection

from ttdn.core.db import Base
from ttdn.core.migrations import head_revision, is_known_revision, upgrade

INSTALL_HINT = "install the PostgreSQL client tools: `apt install postgresql-client`"
MIGRATIONS_TABLE = "alembic_version"


class BackupError(Exception):
    """A backup or restore that did not happen, and why, in words for the person running it."""


def backup(database_url: str, destination: Path) -> str:
    """Write the whole database named by `database_url` to `destination` (replaced only once the
    new copy is complete). Returns what was done, in words."""
    url = make_url(database_url)
    aside = destination.with_name(f".{destination.name}.partial")
    try:
        if url.get_backend_name() == "sqlite":
            _sqlite_backup(_sqlite_path(url), aside)
        else:
            _pg_dump(url, aside)
        _fsync(aside)
        os.replace(aside, destination)
    finally:
        aside.unlink(missing_ok=True)
    size = destination.stat().st_size
    return f"backup of {_shown(url)} written to {destination} ({size} bytes)"


def restore(database_url: str, source: Path, *, force: bool = False) -> str:
    """Replace the database named by `database_url` with the backup in `source`, then migrate it
    to this version's head. Refuses (`BackupError`) a database with rows unless `force`, and a
    backup this version cannot read or migrate. Returns what was done, in words."""
    url = make_url(database_url)
    if not source.is_file():
        raise BackupError(f"no backup file {source}")
    sqlite = url.get_backend_name() == "sqlite"
    revision = _sqlite_backup_revision(source) if sqlite else _pg_backup_revision(source)
    if revision is None:
        raise BackupError(f"{source} is not a TTĐN backup: it has no migration revision")
    if not is_known_revision(revision):
        raise BackupError(
            f"{source} was made by a newer version of TTĐN (database revision {revision}, "
            f"unknown here): upgrade TTĐN first, then restore"
        )
    sync_url = _sync_url(url)
    if _holds_rows(sync_url) and not force:
        raise BackupError(
            f"{_shown(url)} is not empty: restoring would replace everything in it. "
            "Give --force to overwrite it (make a backup of it first)"
        )
    if sqlite:
        _sqlite_restore(source, _sqlite_path(url))
    else:
        _pg_restore(url, sync_url, source)
    upgrade(database_url)
    migrated = "" if revision == head_revision() else f", migrated to {head_revision()}"
    return f"{source} restored into {_shown(url)} (backup at revision {revision}{migrated})"


def _shown(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _fsync(path: Path) -> None:
    with path.open("rb") as file:
        os.fsync(file.fileno())


def _sync_url(url: URL) -> URL:
    """The same database through a synchronous driver (the app's SQLite driver is async)."""
    return url.set(drivername="sqlite") if url.get_backend_name() == "sqlite" else url


def _bookkeeping_tables() -> set[str]:
    """Tables whose rows the migrations themselves write: the migrations' revision, and those
    the models mark `written_by_migrations`."""
    marked = {t.name for t in Base.metadata.tables.values() if t.info.get("written_by_migrations")}
    return marked | {MIGRATIONS_TABLE}


def _holds_rows(url: URL) -> bool:
    """Whether the database holds data: a row in a table the migrations do not fill themselves
    (a database that does not exist yet, or was only migrated, holds none)."""
    if url.get_backend_name() == "sqlite" and not Path(_sqlite_path(url)).exists():
        return False
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names()) - _bookkeeping_tables()
            return any(
                connection.execute(text(f'SELECT 1 FROM "{table}" LIMIT 1')).first()  # noqa: S608
                for table in sorted(tables)
            )
    finally:
        engine.dispose()


# SQLite -------------------------------------------------------------------------------------


def _sqlite_path(url: URL) -> str:
    if not url.database or url.database == ":memory:":
        raise BackupError("an in-memory SQLite database has nothing to back up or restore into")
    return url.database


def _sqlite_backup(database: str, destination: Path) -> None:
    if not Path(database).is_file():
        raise BackupError(f"no SQLite database at {database}")
    destination.unlink(missing_ok=True)
    with (
        closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as origin,
        closing(sqlite3.connect(destination)) as copy,
    ):
        origin.backup(copy)
        # One self-contained file: no write-ahead log beside it.
        copy.execute("PRAGMA journal_mode=DELETE")


def _sqlite_backup_revision(source: Path) -> str | None:
    try:
        with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as backup_file:
            row = backup_file.execute(f"SELECT version_num FROM {MIGRATIONS_TABLE}").fetchone()  # noqa: S608
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{source} is not a SQLite backup: {error}") from error
    return str(row[0]) if row else None


def _sqlite_restore(source: Path, database: str) -> None:
    """Copy the backup over the database page by page, in one write transaction of the target:
    a reader sees the old database or the restored one, never a mix."""
    Path(database).parent.mkdir(parents=True, exist_ok=True)
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as backup_file,
        closing(sqlite3.connect(database, timeout=30)) as target,
    ):
        backup_file.backup(target)
        target.execute("PRAGMA journal_mode=WAL")  # as the server opens it


# PostgreSQL ---------------------------------------------------------------------------------


def _client_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} was not found on PATH: {INSTALL_HINT}")
    return found


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """The libpq address of the SQLAlchemy URL, without its password, and the environment that
    carries the password instead."""
    address = URL.create(
        "postgresql",
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    ).render_as_string(hide_password=False)
    environment = dict(os.environ)
    if url.password is not None:
        environment["PGPASSWORD"] = str(url.password)
    return address, environment


def _run(command: list[str], environment: dict[str, str], doing: str) -> str:
    finished = subprocess.run(  # noqa: S603 (the PostgreSQL client tools, no shell)
        command, env=environment, capture_output=True, text=True, check=False
    )
    if finished.returncode != 0:
        raise BackupError(f"{doing} failed: {finished.stderr.strip() or finished.returncode}")
    return finished.stdout


def _pg_dump(url: URL, destination: Path) -> None:
    pg_dump = _client_tool("pg_dump")
    address, environment = _libpq(url)
    _run(
        [pg_dump, "--format=custom", f"--file={destination}", f"--dbname={address}"],
        environment,
        "pg_dump",
    )


_COPIED_REVISION = re.compile(r"^COPY [^\n]*alembic_version[^\n]*FROM stdin;\n([^\n\\]+)\n", re.M)


def _pg_backup_revision(source: Path) -> str | None:
    """The migration revision a custom-format dump holds, read from its data without
    restoring anything."""
    pg_restore = _client_tool("pg_restore")
    script = _run(
        [pg_restore, "--data-only", f"--table={MIGRATIONS_TABLE}", "--file=-", str(source)],
        dict(os.environ),
        f"reading {source}",
    )
    found = _COPIED_REVISION.search(script)
    return found.group(1).strip() if found else None


def _drop_every_table(connection: Connection) -> None:
    """Every table of the database's schema, so that a backup of an older schema does not meet
    the tables a newer one added (its migrations would then find them in the way)."""
    for table in inspect(connection).get_table_names():
        connection.execute(text(f'DROP TABLE IF EXISTS "{table}" CASCADE'))


def _pg_restore(url: URL, sync_url: URL, source: Path) -> None:
    pg_restore = _client_tool("pg_restore")
    address, environment = _libpq(url)
    engine = create_engine(sync_url)
    try:
        with engine.begin() as connection:
            _drop_every_table(connection)
    finally:
        engine.dispose()
    _run(
        [
            pg_restore,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={address}",
            str(source),
        ],
        environment,
        "pg_restore (the database's tables were dropped before; restore again)",
    )
