"""`POST /api/v1/plans/import`: a plan's text read into a proposal matched against the caller's
commune, nothing created."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from ttdn.plans.models import Plan

IMPORT = "/api/v1/plans/import"
SEED = Path(__file__).parents[1] / "fixtures" / "ke-hoach-ttdn-cao-xa-2023.txt"


async def _plans(sessionmaker) -> int:
    async with sessionmaker() as session:
        return await session.scalar(select(func.count()).select_from(Plan)) or 0


async def test_the_seed_plan_is_proposed_against_the_communes_units(client, world, sessionmaker):
    before = await _plans(sessionmaker)
    response = await client.post(
        IMPORT,
        files={"file": ("ke-hoach.txt", SEED.read_bytes(), "text/plain")},
        headers=world.auth("vhxh"),
    )
    assert response.status_code == 200, response.text
    proposal = response.json()
    assert proposal["header"]["place"] == "Cao Xá"
    assert proposal["header"]["issuing_unit_id"] == world.unit_id("ubnd_cao_xa")
    assert [s["code"] for s in proposal["sections"]] == ["I", "II", "III"]
    matched = {unit["unit_id"] for unit in proposal["units"] if unit["unit_id"]}
    assert world.unit_id("cong_an") in matched and world.unit_id("van_phong") in matched
    assert await _plans(sessionmaker) == before  # a proposal creates nothing


async def test_pasted_text_is_read_too(client, world):
    response = await client.post(
        IMPORT, data={"text": SEED.read_text(encoding="utf-8")}, headers=world.auth("vhxh")
    )
    assert response.status_code == 200
    assert response.json()["sections"]


@pytest.mark.parametrize(
    ("files", "data", "status"),
    [
        (
            {"file": ("a.bin", b"\x7fELF\x02\x01" + b"\x00" * 64, "application/octet-stream")},
            None,
            415,
        ),
        ({"file": ("a.txt", b"", "text/plain")}, None, 422),
        (None, None, 422),  # neither
        ({"file": ("a.txt", b"I. MUC DICH", "text/plain")}, {"text": "I. MỤC ĐÍCH"}, 422),  # both
    ],
)
async def test_bad_imports_are_refused(files, data, status, client, world, sessionmaker):
    before = await _plans(sessionmaker)
    response = await client.post(IMPORT, files=files, data=data, headers=world.auth("vhxh"))
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert await _plans(sessionmaker) == before


async def test_only_those_who_write_plans_import(client, world):
    response = await client.post(IMPORT, data={"text": "Kế hoạch"}, headers=world.auth("vanphong"))
    assert response.status_code == 403
