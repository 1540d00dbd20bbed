"""E-mail of new reminders, when an SMTP server is configured (`TTDN_SMTP_HOST`…).

The standard library's `smtplib`, run in a worker thread: a few messages a day over one
connection do not call for an asynchronous client and its dependency. A message that cannot
be sent is logged and left: the run of reminders never fails for it, and the notification is
still in the app."""

import asyncio
import logging
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ttdn.accounts.models import User
from ttdn.core.config import Settings
from ttdn.core.db import separate_session, utcnow
from ttdn.reminders.making import NewNotification
from ttdn.reminders.models import Notification

log = logging.getLogger(__name__)
SMTP_TIMEOUT_SECONDS = 30
SUBJECT_PREFIX = "[TTĐN] "


@dataclass(frozen=True)
class Mailer:
    host: str
    port: int
    user: str
    password: str
    sender: str
    starttls: bool
    public_url: str

    @classmethod
    def from_settings(cls, settings: Settings) -> "Mailer | None":
        """The mailer the settings describe; None when no SMTP host is given."""
        if not settings.smtp_host:
            return None
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            user=settings.smtp_user,
            password=settings.smtp_password.get_secret_value(),
            sender=settings.smtp_from or f"ttdn@{settings.smtp_host}",
            starttls=settings.smtp_starttls,
            public_url=settings.public_url.rstrip("/"),
        )

    def message(self, address: str, notification: NewNotification) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = address
        message["Subject"] = SUBJECT_PREFIX + notification.title
        link = f"{self.public_url}{notification.link}"
        message.set_content(
            f"{notification.title}\n\nXem chi tiết: {link}\n\n"
            "Thư này do hệ thống Kế hoạch thông tin đối ngoại gửi tự động.\n"
        )
        return message

    def send(self, messages: Sequence[tuple[int, EmailMessage]]) -> list[int]:
        """Send each message over one connection; the ids of those the server accepted."""
        sent: list[int] = []
        try:
            with smtplib.SMTP(self.host, self.port, timeout=SMTP_TIMEOUT_SECONDS) as smtp:
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self.user:
                    smtp.login(self.user, self.password)
                for notification_id, message in messages:
                    try:
                        smtp.send_message(message)
                        sent.append(notification_id)
                    except smtplib.SMTPException as error:
                        log.warning("reminder %s not e-mailed: %s", notification_id, error)
        except (OSError, smtplib.SMTPException) as error:
            log.error("SMTP server %s:%s unusable: %s", self.host, self.port, error)
        return sent


async def _addresses(session: AsyncSession, user_ids: set[int]) -> dict[int, str]:
    rows = await session.execute(
        select(User.id, User.email).where(
            User.id.in_(user_ids),
            User.is_active,
            User.deleted_at.is_(None),
            User.email.is_not(None),
        )
    )
    return {user_id: email for user_id, email in rows if email}


async def email_new(
    sessionmaker: async_sessionmaker[AsyncSession],
    mailer: Mailer | None,
    created: Sequence[NewNotification],
) -> int:
    """E-mail each of `created` (the notifications one run made, after its commit) to its
    person's address, if they have one; mark those sent. Returns how many left."""
    if mailer is None or not created:
        return 0
    async with separate_session(sessionmaker) as session:
        addresses = await _addresses(session, {n.user_id for n in created})
    messages = [
        (n.id, mailer.message(addresses[n.user_id], n)) for n in created if n.user_id in addresses
    ]
    if not messages:
        return 0
    sent = await asyncio.to_thread(mailer.send, messages)
    if sent:
        async with separate_session(sessionmaker) as session:
            await session.execute(
                update(Notification).where(Notification.id.in_(sent)).values(emailed_at=utcnow())
            )
    return len(sent)
