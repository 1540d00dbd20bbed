"""Settings read from the environment (prefix ``TTDN_``) and the checks that guard production."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# Refused in production (see `production_problems`).
DEFAULT_SECRET_KEY = "dev-only-secret-change-me-before-production-0000"  # noqa: S105
DEFAULT_DATABASE_URL = f"sqlite+aiosqlite:///{Path('var') / 'ttdn.sqlite3'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TTDN_", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    secret_key: str = Field(default=DEFAULT_SECRET_KEY, min_length=32)
    environment: Literal["development", "production"] = "development"
    access_token_minutes: int = Field(default=15, ge=1, le=60)
    refresh_token_days: int = Field(default=14, ge=1, le=90)
    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    spa_directory: Path = Path("frontend/dist")

    @property
    def is_production(self) -> bool:
        return self.environment == "production"

    def production_problems(self) -> list[str]:
        """What stops a production start that the settings alone can tell."""
        if not self.is_production:
            return []
        problems = []
        if self.secret_key == DEFAULT_SECRET_KEY:
            problems.append("TTDN_SECRET_KEY still has the development default")
        return problems


@lru_cache
def get_settings() -> Settings:
    return Settings()
