"""Reminders e-mailed through an SMTP server when one is configured: here a local sink
(aiosmtpd) started by the test."""

import logging
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes
from email.message import Message
from email.policy import default

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from ttdn.accounts.models import User
from ttdn.core.config import Settings, get_settings
from ttdn.reminders.models import Notification
from ttdn.reminders.running import remind


class Sink:
    """Keeps every message it is handed."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        content = envelope.content  # type: ignore[attr-defined]
        message = message_from_bytes(content, policy=default)
        self.messages.append((list(envelope.rcpt_tos), message))  # type: ignore[attr-defined]
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_sink() -> Iterator[tuple[Sink, int]]:
    sink, port = Sink(), _free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield sink, port
    finally:
        controller.stop()


def _mailing(port: int) -> Settings:
    return get_settings().model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "smtp_port": port,
            "smtp_starttls": False,
            "smtp_from": "nhac-han@caoxa.gov.vn",
            "public_url": "https://ttdn.caoxa.gov.vn",
        }
    )


async def _give_email(sessionmaker, user_id: int, email: str) -> None:
    async with sessionmaker() as session, session.begin():
        await session.execute(update(User).where(User.id == user_id).values(email=email))


async def test_each_new_reminder_reaches_its_person_once(
    world, sessionmaker, smtp_sink, police_occurrence
):
    sink, port = smtp_sink
    await _give_email(sessionmaker, world.users["congan"], "congan@caoxa.gov.vn")
    today = police_occurrence.due_on - timedelta(days=2)
    first = await remind(sessionmaker, _mailing(port), today)
    second = await remind(sessionmaker, _mailing(port), today)
    async with sessionmaker() as session:
        emailed = list(
            await session.scalars(
                select(Notification.user_id).where(Notification.emailed_at.is_not(None))
            )
        )
    # Only Công an's member has an address: each of its reminders, once (both police tasks).
    assert emailed == [world.users["congan"]] * first.emailed and first.emailed >= 1
    assert second.emailed == 0 and len(sink.messages) == first.emailed
    assert {tuple(recipients) for recipients, _ in sink.messages} == {("congan@caoxa.gov.vn",)}
    link = f"https://ttdn.caoxa.gov.vn/tasks/{police_occurrence.task_id}"
    (message,) = [m for _, m in sink.messages if link in m.get_content()]
    assert message["From"] == "nhac-han@caoxa.gov.vn"
    assert message["Subject"].startswith(
        f"[TTĐN] Sắp đến hạn {police_occurrence.due_on:%d/%m/%Y}: Nhiệm vụ «"
    )


async def test_an_unreachable_server_is_logged_and_the_run_goes_on(
    world, sessionmaker, police_occurrence, caplog
):
    await _give_email(sessionmaker, world.users["congan"], "congan@caoxa.gov.vn")
    caplog.set_level(logging.ERROR, logger="ttdn.reminders.mail")
    result = await remind(
        sessionmaker, _mailing(_free_port()), police_occurrence.due_on - timedelta(days=2)
    )
    assert result.created > 0 and result.emailed == 0
    assert "unusable" in caplog.text
    async with sessionmaker() as session:
        assert await session.scalar(select(Notification.emailed_at).limit(1)) is None


def _remind_command(database_url: str, today: str, port: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 (our own command)
        [sys.executable, "-m", "ttdn.cli", "remind", "--today", today],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={
            **os.environ,
            "TTDN_DATABASE_URL": database_url,
            "TTDN_SMTP_HOST": "127.0.0.1",
            "TTDN_SMTP_PORT": str(port),
            "TTDN_SMTP_STARTTLS": "false",
        },
    )


async def test_the_command_emails_when_smtp_is_configured(
    database_url, world, sessionmaker, smtp_sink, police_occurrence
):
    sink, port = smtp_sink
    await _give_email(sessionmaker, world.users["congan"], "congan@caoxa.gov.vn")
    today = f"{police_occurrence.due_on - timedelta(days=1):%Y-%m-%d}"
    result = _remind_command(database_url, today, port)
    assert result.returncode == 0, result.stderr
    emailed = int(result.stdout.split(", ")[1].split()[0])
    assert emailed >= 1 and len(sink.messages) == emailed
    assert {tuple(recipients) for recipients, _ in sink.messages} == {("congan@caoxa.gov.vn",)}
