"""No published secret: without TTDN_SECRET_KEY a random one is made on the first start, kept
owner-only next to the SQLite database, and read back afterwards."""

import stat
from pathlib import Path

import pytest

from ttdn.core import config
from ttdn.core.config import Settings

# The development default that used to ship in the code: anyone could forge tokens with it.
PUBLISHED_DEFAULT = "dev-only-secret-change-me-before-production-0000"


@pytest.fixture
def no_secret_in_environment(monkeypatch):
    monkeypatch.delenv("TTDN_SECRET_KEY", raising=False)


def test_without_a_secret_a_random_one_is_made_and_kept_owner_only(
    tmp_path, no_secret_in_environment
):
    kept = tmp_path / "var" / "secret_key"

    settings = Settings(secret_key_file=kept)

    assert settings.secret_key != PUBLISHED_DEFAULT
    assert len(settings.secret_key) >= 32
    assert kept.read_text().strip() == settings.secret_key
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_the_kept_secret_is_used_again_on_the_next_start(tmp_path, no_secret_in_environment):
    kept = tmp_path / "var" / "secret_key"
    first = Settings(secret_key_file=kept).secret_key

    assert Settings(secret_key_file=kept).secret_key == first


def test_each_server_makes_its_own_secret(tmp_path, no_secret_in_environment):
    one = Settings(secret_key_file=tmp_path / "one" / "secret_key").secret_key
    other = Settings(secret_key_file=tmp_path / "other" / "secret_key").secret_key

    assert one != other


def test_the_published_default_is_gone_from_the_code():
    assert PUBLISHED_DEFAULT not in Path(config.__file__).read_text()
    assert not hasattr(config, "DEFAULT_SECRET_KEY")


def test_a_secret_file_others_can_read_is_refused(tmp_path, no_secret_in_environment):
    kept = tmp_path / "secret_key"
    kept.write_text("x" * 64)
    kept.chmod(0o644)

    with pytest.raises(ValueError, match="readable by others"):
        Settings(secret_key_file=kept)


def test_an_explicit_secret_wins_and_writes_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("TTDN_SECRET_KEY", "an-explicit-secret-of-enough-length-0123456789")

    settings = Settings(secret_key_file=tmp_path / "secret_key")

    assert settings.secret_key == "an-explicit-secret-of-enough-length-0123456789"
    assert not (tmp_path / "secret_key").exists()
