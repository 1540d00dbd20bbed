"""`ttdn import-plan FILE --dry-run`, run as a person would run it."""

import json
import os
import subprocess
import sys

from ttdn.demo import cao_xa_2023 as demo

from .conftest import SEED


def _import_plan(*args: str, **environment: str) -> subprocess.CompletedProcess[bytes]:
    base = {name: value for name, value in os.environ.items() if name != "TTDN_DATABASE_URL"}
    return subprocess.run(  # noqa: S603 (our own command)
        [sys.executable, "-m", "ttdn.cli", "import-plan", *args],
        capture_output=True,
        check=False,
        env={**base, **environment},
    )


def test_dry_run_prints_the_proposal_as_utf8_json_without_a_database():
    result = _import_plan(str(SEED), "--dry-run")
    assert result.returncode == 0, result.stderr.decode()
    assert "TỔ CHỨC THỰC HIỆN".encode() in result.stdout  # not ASCII-escaped
    proposal = json.loads(result.stdout.decode("utf-8"))
    assert [section["code"] for section in proposal["sections"]] == [
        section.code for section in demo.SECTIONS
    ]
    assert proposal["units"] and all(unit["unit_id"] is None for unit in proposal["units"])


def test_dry_run_is_required_and_said_to_be_the_only_mode():
    refused = _import_plan(str(SEED))
    assert refused.returncode == 2
    helped = _import_plan("--help")
    assert "the only mode for now" in helped.stdout.decode()


def test_bad_input_exits_with_the_problem_and_prints_no_json(tmp_path):
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    result = _import_plan(str(empty), "--dry-run")
    assert result.returncode == 2
    assert result.stdout == b""
    assert "Tệp rỗng" in result.stderr.decode()


async def test_dry_run_matches_the_units_of_the_database(database_url, world):
    result = _import_plan(str(SEED), "--dry-run", TTDN_DATABASE_URL=database_url)
    assert result.returncode == 0, result.stderr.decode()
    proposal = json.loads(result.stdout)
    units = {unit["section_path"]: unit for unit in proposal["units"]}
    assert units["III.8"]["unit_id"] == world.unit_id("cong_an")
    assert units["III.1"]["unit_id"] == world.unit_id("vhxh")
    assert proposal["header"]["issuing_unit_id"] == world.unit_id("ubnd_cao_xa")
