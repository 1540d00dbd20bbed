"""Settings read from the environment (prefix ``TTDN_``) and the checks that guard production.

There is no published default secret: without `TTDN_SECRET_KEY`, a development server makes a
random one on its first start, keeps it in `TTDN_SECRET_KEY_FILE` (`var/secret_key`, next to the
SQLite database) readable by its owner only, and reads it back on every later start. Production
refuses to start without an explicit `TTDN_SECRET_KEY`.
"""

import os
import secrets
import stat
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal, Self
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = f"sqlite+aiosqlite:///{Path('var') / 'ttdn.sqlite3'}"
DEFAULT_SECRET_KEY_FILE = Path("var") / "secret_key"
MIN_SECRET_LENGTH = 32


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TTDN_", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    # Empty means "not given": filled from `secret_key_file` below (never in production).
    secret_key: str = Field(default="", min_length=MIN_SECRET_LENGTH, validate_default=False)
    secret_key_file: Path = DEFAULT_SECRET_KEY_FILE
    environment: Literal["development", "production"] = "development"
    access_token_minutes: int = Field(default=15, ge=1, le=60)
    refresh_token_days: int = Field(default=14, ge=1, le=90)
    # A refresh token spent this short while ago, presented again, gets the same successor
    # (two tabs, a portal and a browser refreshing at once) instead of ending the session.
    refresh_reuse_grace_seconds: int = Field(default=30, ge=0, le=300)
    # An Idempotency-Key can be used for another request once this old.
    idempotency_key_hours: int = Field(default=24, ge=1, le=24 * 30)
    # Login throttles quiet for this long, and refresh tokens expired or revoked this long ago,
    # are deleted (on the next login of the name, or by `ttdn cleanup`).
    login_record_hours: int = Field(default=24, ge=1, le=24 * 30)
    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    spa_directory: Path = Path("frontend/dist")
    # Uploaded files, named by their SHA-256: never inside a folder the server serves.
    files_dir: Path = Path("var/files")
    upload_max_bytes: int = Field(default=20 * 1_048_576, ge=1024)
    # Days a press report about the commune is to be answered in, unless its due date is given.
    press_report_answer_days: int = Field(default=15, ge=1, le=90)
    # Days before a reporting period's due date to the superior that the units' parts are due
    # to the coordinator (`TTDN_REPORT_UNIT_LEAD_DAYS`).
    report_unit_lead_days: int = Field(default=5, ge=0, le=60)
    # Origins whose pages may call the API from the browser (a superior level's portal), given
    # as `https://a.example,https://b.example`. Empty: no CORS headers at all, same origin only.
    cors_origins: Annotated[tuple[str, ...], NoDecode] = ()
    # Swagger UI at /docs and the OpenAPI document over HTTP; unset: on, except in production.
    docs_enabled: bool | None = None
    # The address people open the app at (`https://ttdn.caoxa.gov.vn`), for the links of
    # e-mails and calendar feeds; empty: the address a request came in by.
    public_url: str = ""
    # Reminders (`ttdn remind`): this many days before a due date, and on the day it is missed.
    remind_days_before: int = Field(default=3, ge=0, le=60)
    # Run the reminders inside the server, at start and then daily (`make run` sets it).
    reminders_in_process: bool = False
    # E-mail of reminders: off while no host is given.
    smtp_host: str = ""
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_user: str = ""
    smtp_password: SecretStr = SecretStr("")
    smtp_from: str = ""
    smtp_starttls: bool = True

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _origins_from_a_list(cls, given: object) -> object:
        if isinstance(given, str):
            return tuple(origin.strip() for origin in given.split(",") if origin.strip())
        return given

    @field_validator("cors_origins")
    @classmethod
    def _origins_are_origins(cls, origins: tuple[str, ...]) -> tuple[str, ...]:
        for origin in origins:
            parts = urlsplit(origin)
            if (
                parts.scheme not in ("http", "https")
                or not parts.netloc
                or origin != (f"{parts.scheme}://{parts.netloc}")
            ):
                raise ValueError(
                    f"TTDN_CORS_ORIGINS: {origin!r} is not an origin like https://portal.example"
                )
        return origins

    @model_validator(mode="after")
    def _secret_key_given_or_kept(self) -> Self:
        if not self.secret_key:
            if self.is_production:
                raise ValueError("TTDN_SECRET_KEY must be set in production")
            self.secret_key = load_or_create_secret(self.secret_key_file)
        return self

    @model_validator(mode="after")
    def _files_are_not_served(self) -> Self:
        files, served = self.files_dir.resolve(), self.spa_directory.resolve()
        if files == served or served in files.parents:
            raise ValueError("TTDN_FILES_DIR must lie outside TTDN_SPA_DIRECTORY")
        return self

    @property
    def is_production(self) -> bool:
        return self.environment == "production"

    @property
    def serves_docs(self) -> bool:
        return self.docs_enabled if self.docs_enabled is not None else not self.is_production


def load_or_create_secret(path: Path) -> str:
    """The secret kept in `path`, made (random, mode 0600) when the file does not exist yet.

    Two processes starting at once agree on one secret: the new file is written aside and linked
    into place, which fails for the second; it then reads the first one's."""
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        aside = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
        descriptor = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(descriptor, "w", encoding="ascii") as file:
                file.write(secrets.token_urlsafe(48) + "\n")
                file.flush()
                os.fsync(file.fileno())
            os.link(aside, path)
        except FileExistsError:
            pass  # another process made it first: use theirs
        finally:
            aside.unlink(missing_ok=True)
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        raise ValueError(f"{path} is readable by others: make it owner-only (chmod 600)")
    secret = path.read_text(encoding="ascii").strip()
    if len(secret) < MIN_SECRET_LENGTH:
        raise ValueError(f"{path} holds fewer than {MIN_SECRET_LENGTH} characters")
    return secret


@lru_cache
def get_settings() -> Settings:
    return Settings()
