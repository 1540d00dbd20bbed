"""`POST /api/v1/plans/import/draft`: the proposal, as the coordinator reviewed it, becomes a
draft plan with its sections, tasks and căn cứ, all of it or nothing."""

import copy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from ttdn.plans.models import LegalReference, Plan, PlanSection
from ttdn.tasks.models import Task

IMPORT = "/api/v1/plans/import"
DRAFT = "/api/v1/plans/import/draft"
SEED = Path(__file__).parents[1] / "fixtures" / "ke-hoach-ttdn-cao-xa-2023.txt"


def _sections(proposed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "code": section["code"],
            "title": section["title"],
            "body": section["body"],
            "role": section["role"],
            "children": _sections(section["children"]),
        }
        for section in proposed
    ]


def _reference(proposed: dict[str, Any]) -> dict[str, Any]:
    optional = {name: proposed[name] or None for name in ("number", "issued_on", "issuer")}
    return {"new": {"kind": proposed["kind"], "title": proposed["title"], **optional}}


def _tasks(units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each matched unit's sentences as tasks it leads (a group's as the group's), as the review
    screen offers them; the unmatched wait for a decision and are left out here."""
    tasks = []
    for unit in units:
        leads = [unit["unit_id"]] if unit["unit_id"] else unit["group_unit_ids"]
        if not leads:
            continue
        for sentence in unit["tasks"]:
            schedule = {
                key: sentence["schedule"][key] for key in ("schedule", "due_on", "frequency")
            }
            cooperating = [
                match["unit_id"]
                for match in sentence["cooperating_units"]
                if match["unit_id"] and match["unit_id"] not in leads
            ]
            tasks.append(
                {
                    "title": sentence["description"][:300],
                    "description": sentence["description"],
                    "section_path": sentence["section_path"],
                    "lead_unit_ids": leads,
                    "group_label": unit["name"] if len(leads) > 1 else None,
                    "cooperating_unit_ids": list(dict.fromkeys(cooperating)),
                    **schedule,
                }
            )
    return tasks


def reviewed(proposal: dict[str, Any], year: int = 2024) -> dict[str, Any]:
    header = proposal["header"]
    return {
        "plan": {
            "unit_id": header["issuing_unit_id"],
            "title": header["title"].replace(str(header["year"]), str(year)),
            "year": year,
            "place": header["place"],
            "introduction": header["introduction"],
            "closing": header["closing"],
            "recipients": proposal["recipients"],
        },
        "legal_bases": [_reference(basis) for basis in proposal["legal_bases"]],
        "cited_references": [_reference(cited) for cited in proposal["cited_references"]],
        "sections": _sections(proposal["sections"]),
        "tasks": _tasks(proposal["units"]),
    }


async def _proposal(client, world) -> dict[str, Any]:
    response = await client.post(
        IMPORT,
        files={"file": ("ke-hoach.txt", SEED.read_bytes(), "text/plain")},
        headers=world.auth("vhxh"),
    )
    assert response.status_code == 200, response.text
    return response.json()


async def _counts(sessionmaker) -> dict[str, int]:
    async with sessionmaker() as session:
        return {
            model.__name__: await session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Plan, PlanSection, Task, LegalReference)
        }


def _identity(reference: Any) -> tuple[str, str | None, str, str | None]:
    """What makes two references one document: kind, number, issuer (and the title when
    there is no number)."""
    kind, number, issuer, title = (
        (reference[name] for name in ("kind", "number", "issuer", "title"))
        if isinstance(reference, dict)
        else reference
    )
    return (kind, number or None, issuer or "", None if number else title)


async def _entered_references(sessionmaker) -> set[tuple[str, str | None, str, str | None]]:
    async with sessionmaker() as session:
        rows = await session.execute(
            select(
                LegalReference.kind,
                LegalReference.number,
                LegalReference.issuer,
                LegalReference.title,
            )
        )
        return {_identity(tuple(row)) for row in rows}


def _section_count(sections: list[dict[str, Any]]) -> int:
    return sum(1 + _section_count(section["children"]) for section in sections)


async def test_the_reviewed_seed_becomes_a_draft(client, world, sessionmaker):
    proposal = await _proposal(client, world)
    body = reviewed(proposal)
    before, entered = await _counts(sessionmaker), await _entered_references(sessionmaker)
    response = await client.post(DRAFT, json=body, headers=world.auth("vhxh"))
    assert response.status_code == 201, response.text
    plan = response.json()
    assert response.headers["Location"] == f"/api/v1/plans/{plan['id']}"
    assert response.headers["ETag"] == f'"{plan["version"]}"'
    assert (plan["status"], plan["year"], plan["number"]) == ("draft", 2024, None)
    assert plan["unit"]["id"] == world.unit_id("ubnd_cao_xa")
    # The căn cứ in the text's order; the documents the demo has entered are found, not doubled.
    numbers = [basis["number"] for basis in proposal["legal_bases"]]
    assert [basis["number"] for basis in plan["legal_bases"]] == numbers
    after = await _counts(sessionmaker)
    assert after["Plan"] == before["Plan"] + 1
    assert after["PlanSection"] == before["PlanSection"] + _section_count(body["sections"])
    assert after["Task"] == before["Task"] + len(body["tasks"])
    proposed_documents = {
        _identity(reference) for reference in proposal["legal_bases"] + proposal["cited_references"]
    }
    assert after["LegalReference"] - before["LegalReference"] == len(proposed_documents - entered)
    assert proposed_documents & entered  # the demo's own căn cứ were found

    tree = await client.get(f"/api/v1/plans/{plan['id']}/sections", headers=world.auth("vhxh"))
    assert [section["code"] for section in tree.json()] == ["I", "II", "III"]
    tasks = await client.get(
        f"/api/v1/tasks?plan_id={plan['id']}&limit=200", headers=world.auth("vhxh")
    )
    assert tasks.json()["total"] == len(body["tasks"])
    police = world.unit_id("cong_an")
    led = [
        task
        for task in tasks.json()["items"]
        if {"unit_id": police, "role": "lead"}.items() <= task["assignees"][0].items()
    ]
    (proposed,) = [unit for unit in proposal["units"] if unit["unit_id"] == police]
    assert len(led) == len(proposed["tasks"]) > 0  # the police's sentences became its tasks

    # A second import of the same text adds no legal reference: each is found this time.
    again = await client.post(DRAFT, json=reviewed(proposal, 2025), headers=world.auth("vhxh"))
    assert again.status_code == 201, again.text
    assert (await _counts(sessionmaker))["LegalReference"] == after["LegalReference"]


def _misplaced(body: dict[str, Any]) -> dict[str, Any]:
    body["tasks"][0]["section_path"] = "IX.9"
    return body


def _out_of_reach(body: dict[str, Any], world) -> dict[str, Any]:
    body["tasks"][-1]["lead_unit_ids"] = [world.unit_id("hien_quan_khu_1")]
    body["tasks"][-1]["group_label"] = None
    return body


def _leaderless(body: dict[str, Any]) -> dict[str, Any]:
    body["tasks"][0]["lead_unit_ids"] = []
    return body


def _both_kinds_of_reference(body: dict[str, Any]) -> dict[str, Any]:
    body["legal_bases"][0]["reference_id"] = 1
    return body


def _ids_in_the_plan(body: dict[str, Any]) -> dict[str, Any]:
    body["plan"]["legal_basis_ids"] = [1]
    return body


def _twin_sections(body: dict[str, Any]) -> dict[str, Any]:
    body["sections"].append(copy.deepcopy(body["sections"][0]))
    return body


@pytest.mark.parametrize(
    ("spoil", "status"),
    [
        (_misplaced, 422),
        (_out_of_reach, 422),
        (_leaderless, 422),
        (_both_kinds_of_reference, 422),
        (_ids_in_the_plan, 422),
        (_twin_sections, 422),
    ],
)
async def test_a_wrong_part_creates_nothing(spoil, status, client, world, sessionmaker):
    body = reviewed(await _proposal(client, world))
    spoiled = spoil(body, world) if spoil is _out_of_reach else spoil(body)
    before = await _counts(sessionmaker)
    response = await client.post(DRAFT, json=spoiled, headers=world.auth("vhxh"))
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"] == "application/problem+json"
    assert await _counts(sessionmaker) == before  # no plan, section, task or reference left


async def test_a_task_the_services_refuse_is_named(client, world):
    body = _out_of_reach(reviewed(await _proposal(client, world)), world)
    response = await client.post(DRAFT, json=body, headers=world.auth("vhxh"))
    assert response.status_code == 422
    last = len(body["tasks"]) - 1
    assert response.json()["errors"][0]["loc"][:3] == ["body", "tasks", last]


async def test_the_misplaced_task_is_named(client, world):
    body = _misplaced(reviewed(await _proposal(client, world)))
    response = await client.post(DRAFT, json=body, headers=world.auth("vhxh"))
    problem = response.json()
    assert problem["errors"][0]["loc"] == ["body", "tasks", 0, "section_path"]
    assert "IX.9" in problem["errors"][0]["msg"]
