"""The demo's false information of 2023, as each account reads it."""

import pytest

INCIDENTS = "/api/v1/incidents"

# (status, verdict, escalated) of each demo incident once the year is entered.
STAGES = {
    "fb_boi_thuong": ("closed", "false", False),
    "tiktok_dich_benh": ("responding", "misleading", False),
    "zalo_can_bo": ("verifying", None, True),
    "fb_ocop_gia": ("new", None, False),
}
READS = {
    "congan": set(STAGES),
    "chutich": set(STAGES),
    "vhxh": {"fb_boi_thuong", "tiktok_dich_benh", "fb_ocop_gia"},  # not the confidential one
    "vanphong": {"fb_boi_thuong", "fb_ocop_gia"},  # public ones
    "admin": {"fb_boi_thuong", "fb_ocop_gia"},
    "khu1": {"tiktok_dich_benh"},  # its own report
    "khu2": {"fb_boi_thuong"},  # reported it again
    "khu3": set(),
    "huyen": {"zalo_can_bo"},  # escalated to it
    "tamnong": set(),
}


async def test_the_demo_incidents_stand_at_their_stages(client, world, incidents_year):
    for key, (status, verdict, escalated) in STAGES.items():
        response = await client.get(
            f"{INCIDENTS}/{incidents_year[key]}", headers=world.auth("congan")
        )
        body = response.json()
        assert (body["status"], body["verdict"], body["escalated_at"] is not None) == (
            status,
            verdict,
            escalated,
        ), key
    seen = await client.get(
        f"{INCIDENTS}/{incidents_year['fb_boi_thuong']}", headers=world.auth("khu2")
    )
    assert seen.json()["sightings"] == 2
    zalo = await client.get(
        f"{INCIDENTS}/{incidents_year['zalo_can_bo']}", headers=world.auth("huyen")
    )
    assert zalo.json()["acknowledged_at"] is not None
    assert [event["kind"] for event in zalo.json()["timeline"]] == [
        "reported",
        "transition",
        "escalated",
        "acknowledged",
    ]


@pytest.mark.parametrize(("username", "expected"), READS.items())
async def test_each_demo_account_lists_what_it_may(
    username, expected, client, world, incidents_year
):
    response = await client.get(f"{INCIDENTS}?limit=200", headers=world.auth(username))
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["items"]}
    assert ids == {incidents_year[key] for key in expected}


@pytest.mark.parametrize("username", ["congan", "chutich", "vhxh", "admin", "khu2"])
async def test_the_fined_author_is_read_by_the_police_alone(
    username, client, world, incidents_year
):
    incident_id = incidents_year["fb_boi_thuong"]
    people = await client.get(f"{INCIDENTS}/{incident_id}/people", headers=world.auth(username))
    incident = await client.get(f"{INCIDENTS}/{incident_id}", headers=world.auth(username))
    assert incident.json()["people_count"] == 1
    if username == "congan":
        [person] = people.json()
        assert (person["full_name"], person["decision"], person["fine_vnd"]) == (
            "Đỗ Văn Toàn",
            "fine",
            10_000_000,
        )
    else:
        assert people.status_code == 403
        assert "Đỗ Văn Toàn" not in incident.text


async def test_the_second_quarters_police_figures(client, world, incidents_year):
    response = await client.get(
        f"{INCIDENTS}/police-figures?year=2023&quarter=2", headers=world.auth("congan")
    )
    body = response.json()
    assert (body["incidents_detected"], body["incidents_handled"]) == (1, 1)
    assert (body["people_dealt_with"], body["fines_vnd"]) == (1, 10_000_000)
