async def test_health_reports_the_migration_head(client, world):
    response = await client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


async def test_vhxh_lists_units(client, world):
    response = await client.get("/api/v1/units", headers=world.auth("vhxh"))
    assert response.status_code == 200, response.text
    print(response.json()["total"])
