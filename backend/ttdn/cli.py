"""The `ttdn` command: migrate, create-admin, seed-demo, seed-scale, audit verify, cleanup,
import-plan, backup, restore, remind."""

import argparse
import asyncio
import getpass
import json
import os
import sys
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select, union
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.accounts.login import forget_stale_records, password_hasher
from ttdn.accounts.models import Membership, User
from ttdn.audit.service import record, verify_chain
from ttdn.core.authz import Role
from ttdn.core.backup import BackupError, backup, restore
from ttdn.core.clock import today_in_vietnam
from ttdn.core.config import get_settings
from ttdn.core.db import make_engine, make_sessionmaker, utcnow
from ttdn.core.errors import Problem
from ttdn.core.files import FileStore
from ttdn.core.idempotency import delete_expired_keys
from ttdn.core.migrations import upgrade
from ttdn.core.text import search_text
from ttdn.demo.seed import database_is_empty, seed_demo
from ttdn.imports.service import propose
from ttdn.imports.sources import MAX_IMPORT_BYTES
from ttdn.imports.units import UnitRef
from ttdn.incidents.models import IncidentEvidence
from ttdn.main import create_app
from ttdn.media.models import MediaDocument
from ttdn.reminders.running import remind
from ttdn.units.models import Unit, UnitKind
from ttdn.units.service import insert_unit

ResultT = TypeVar("ResultT")


def _in_transaction(work: Callable[[AsyncSession], Awaitable[ResultT]]) -> ResultT:
    async def run() -> ResultT:
        engine = make_engine(get_settings().database_url)
        try:
            async with make_sessionmaker(engine)() as session, session.begin():
                return await work(session)
        finally:
            await engine.dispose()

    return asyncio.run(run())


def migrate(_: argparse.Namespace) -> int:
    upgrade(get_settings().database_url)
    print("database is at the latest migration")
    return 0


def seed_demo_command(args: argparse.Namespace) -> int:
    async def work(session: AsyncSession) -> str:
        if not await database_is_empty(session):
            if args.if_empty:
                return "database already has data: demo not loaded"
            raise SystemExit("the database is not empty; the demo loads only into an empty one")
        seeded = await seed_demo(session)
        return (
            f"demo loaded: {len(seeded.units)} units, {len(seeded.users)} accounts, plan "
            f"{seeded.plan.number_symbol} with {len(seeded.sections)} sections, "
            f"{len(seeded.legal_references)} legal references and {len(seeded.tasks)} tasks"
        )

    print(_in_transaction(work))
    return 0


def seed_scale_command(args: argparse.Namespace) -> int:
    """A province-scale dataset (`ttdn.demo.scale`), with a progress bar on stderr."""
    from ttdn.demo.cao_xa_2023 import DEMO_PASSWORD
    from ttdn.demo.scale import ProgressBar, ScaleOptions, seed_scale, total_work

    options = ScaleOptions(communes=args.communes, seed=args.seed, audit_events=args.audit_events)
    password_hash = password_hasher.hash(DEMO_PASSWORD)  # once, for every account

    async def work(session: AsyncSession) -> str:
        bar = ProgressBar(total_work(options), sys.stderr)
        try:
            summary = await seed_scale(
                session, options, password_hash, replace=args.force, progress=bar
            )
        except ValueError as error:
            raise SystemExit(f"{error}: give --force to delete every row first") from error
        return str(summary)

    print(_in_transaction(work))
    return 0


def create_admin(args: argparse.Namespace) -> int:
    password = os.environ.get("TTDN_ADMIN_PASSWORD") or getpass.getpass("Mật khẩu: ")
    if len(password) < 10:
        raise SystemExit("the password needs at least 10 characters")

    async def work(session: AsyncSession) -> str:
        unit = await session.scalar(select(Unit).where(Unit.code == args.unit_code))
        if unit is None:
            if not args.unit_name:
                raise SystemExit(f"no unit {args.unit_code}: give --unit-name to create it")
            unit = await insert_unit(
                session, None, kind=args.unit_kind, code=args.unit_code, name=args.unit_name
            )
        user = User(
            username=args.username.strip().lower(),
            full_name=args.full_name,
            password_hash=password_hasher.hash(password),
            search_text=search_text(args.username, args.full_name),
            memberships=[Membership(unit_id=unit.id, role=Role.admin)],
        )
        session.add(user)
        await session.flush()
        await record(
            session,
            "users.create",
            actor_username="ttdn create-admin",
            unit_path=unit.path,
            object_type="user",
            object_id=user.id,
        )
        return f"admin {user.username} created in {unit.name}"

    print(_in_transaction(work))
    return 0


def audit_verify(_: argparse.Namespace) -> int:
    report = _in_transaction(verify_chain)
    if report.intact:
        print(f"audit chain intact: {report.events} events")
        return 0
    where = f" at event {report.first_broken_id}" if report.first_broken_id is not None else ""
    print(f"audit chain BROKEN{where}: {report.problem}", file=sys.stderr)
    return 1


# A file is kept before its record is committed: one no record names after this long was left
# by a request that failed.
UNREFERENCED_FILE_AGE = timedelta(hours=1)


async def referenced_files(session: AsyncSession) -> set[str]:
    """Every file hash a record names: press documents, incident evidence and its previews."""
    found = await session.scalars(
        union(
            select(MediaDocument.sha256),
            select(IncidentEvidence.sha256),
            select(IncidentEvidence.preview_sha256),
        )
    )
    return {sha256 for sha256 in found if sha256}


def cleanup(_: argparse.Namespace) -> int:
    """Delete expired idempotency keys, stale login throttles and dead refresh tokens (the server
    also deletes them as it goes, per user and per name; this clears everybody's at once), and
    uploaded files no record names any more."""

    async def work(session: AsyncSession) -> str:
        now = utcnow()
        keys = await delete_expired_keys(session, now)
        throttles, tokens = await forget_stale_records(session, now)
        store = FileStore(get_settings().files_dir)
        files = store.sweep(await referenced_files(session), UNREFERENCED_FILE_AGE)
        return (
            f"deleted {keys} expired idempotency keys, {throttles} login throttles, "
            f"{tokens} refresh tokens and {files} unreferenced files"
        )

    print(_in_transaction(work))
    return 0


async def units_for_import(session: AsyncSession) -> list[UnitRef]:
    """Every unit not deleted, for matching the names a plan's text gives."""
    rows = await session.execute(
        select(Unit.id, Unit.name, Unit.short_name, Unit.kind).where(Unit.deleted_at.is_(None))
    )
    return [UnitRef(*row) for row in rows]


def import_plan(args: argparse.Namespace) -> int:
    """Print, as JSON, the draft the plan in FILE makes; nothing is created. Units are matched
    against the database's when TTDN_DATABASE_URL names one, else against none."""
    with Path(args.file).open("rb") as file:
        data = file.read(MAX_IMPORT_BYTES + 1)
    units = _in_transaction(units_for_import) if os.environ.get("TTDN_DATABASE_URL") else []
    try:
        proposal = propose(data, args.file, units)
    except Problem as problem:
        print(f"{problem.title}: {problem.detail}", file=sys.stderr)
        return 2
    sys.stdout.buffer.write(proposal.model_dump_json(indent=2).encode("utf-8") + b"\n")
    return 0


def backup_command(args: argparse.Namespace) -> int:
    try:
        print(backup(get_settings().database_url, Path(args.file)))
    except BackupError as error:
        print(f"backup failed: {error}", file=sys.stderr)
        return 1
    return 0


def restore_command(args: argparse.Namespace) -> int:
    try:
        print(restore(get_settings().database_url, Path(args.file), force=args.force))
    except BackupError as error:
        print(f"restore refused or failed: {error}", file=sys.stderr)
        return 1
    return 0


def remind_command(args: argparse.Namespace) -> int:
    """The day's reminders (`TTDN_REMIND_DAYS_BEFORE` days ahead, and the day after a due date),
    each made once however often this runs; e-mailed when SMTP is configured."""
    settings = get_settings()
    today = args.today or today_in_vietnam()

    async def run() -> str:
        engine = make_engine(settings.database_url)
        try:
            result = await remind(make_sessionmaker(engine), settings, today)
        finally:
            await engine.dispose()
        return f"{result.created} reminders created, {result.emailed} e-mailed ({today:%d/%m/%Y})"

    print(asyncio.run(run()))
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2023-05-29") from error


def openapi(args: argparse.Namespace) -> int:
    """The API's OpenAPI document, from which the web app's types are generated."""
    document = json.dumps(create_app().openapi(), ensure_ascii=False, indent=2, sort_keys=True)
    if args.output:
        Path(args.output).write_text(document + "\n", encoding="utf-8")
    else:
        print(document)
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="ttdn", description="TTĐN server administration")
    commands = root.add_subparsers(dest="command", required=True)
    commands.add_parser("migrate", help="upgrade the database to the latest migration")
    seed = commands.add_parser("seed-demo", help="load the Cao Xá 2023 demo")
    seed.add_argument("--if-empty", action="store_true", help="do nothing if data exists")
    scale = commands.add_parser(
        "seed-scale", help="load a province of generated communes (for benchmarks)"
    )
    scale.add_argument("--communes", type=int, default=150, help="how many communes (150)")
    scale.add_argument("--seed", type=int, default=2025, help="the random seed (2025)")
    scale.add_argument(
        "--audit-events", type=int, default=1_000_000, help="at least this many (1 000 000)"
    )
    scale.add_argument(
        "--force", action="store_true", help="delete every row of a non-empty database first"
    )
    admin = commands.add_parser("create-admin", help="create an administrator")
    admin.add_argument("username")
    admin.add_argument("--full-name", required=True)
    admin.add_argument("--unit-code", required=True)
    admin.add_argument("--unit-name", help="creates the unit as a top unit when it is new")
    admin.add_argument("--unit-kind", default=UnitKind.commune, choices=list(UnitKind))
    document = commands.add_parser("openapi", help="write the OpenAPI document")
    document.add_argument("--output", help="a file instead of standard output")
    audit = commands.add_parser("audit", help="the audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    audit_commands.add_parser("verify", help="check the hash chain")
    commands.add_parser(
        "cleanup", help="delete expired idempotency keys, login throttles and refresh tokens"
    )
    plan_import = commands.add_parser(
        "import-plan", help="print the draft a plan's file (text, DOCX, PDF) makes, as JSON"
    )
    plan_import.add_argument("file", help="the plan: UTF-8 text, DOCX or a PDF with text")
    plan_import.add_argument(
        "--dry-run",
        action="store_true",
        required=True,
        help="only print the draft; nothing is created (the only mode for now)",
    )
    saved = commands.add_parser(
        "backup", help="write the whole database to FILE (SQLite online backup, or pg_dump)"
    )
    saved.add_argument("file", help="the backup file to write (replaced once complete)")
    restored = commands.add_parser(
        "restore",
        help="replace the database with the backup in FILE, then migrate it to this version",
    )
    restored.add_argument("file", help="a file written by `ttdn backup`")
    restored.add_argument(
        "--force", action="store_true", help="overwrite a database that holds data"
    )
    reminders = commands.add_parser(
        "remind", help="make the day's reminders of due items (and e-mail them if SMTP is set)"
    )
    reminders.add_argument(
        "--today", type=_day, help="the day to remind as of, YYYY-MM-DD (tests, demos)"
    )
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "migrate": migrate,
        "seed-demo": seed_demo_command,
        "seed-scale": seed_scale_command,
        "create-admin": create_admin,
        "audit": audit_verify,
        "openapi": openapi,
        "cleanup": cleanup,
        "import-plan": import_plan,
        "backup": backup_command,
        "restore": restore_command,
        "remind": remind_command,
    }
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
