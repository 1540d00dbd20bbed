"""Every task card names its commune (the plan's issuing unit): "Công an xã" alone is ambiguous
across a province. The list reads it in the statement it already runs."""


async def test_task_cards_and_the_task_page_name_the_commune(client, world):
    listed = await client.get("/api/v1/tasks?limit=200", headers=world.auth("huyen"))
    assert listed.status_code == 200, listed.text
    communes = {(item["commune_id"], item["commune_name"]) for item in listed.json()["items"]}
    assert communes == {(world.unit_id("ubnd_cao_xa"), "Ủy ban nhân dân xã Cao Xá")}
    task_id = world.tasks["hien_quan_bao_cao_quy"]
    page = await client.get(f"/api/v1/tasks/{task_id}", headers=world.auth("hienquan_khu"))
    assert page.status_code == 200, page.text
    assert page.json()["commune_id"] == world.unit_id("hien_quan")
    assert page.json()["commune_name"] == "Ủy ban nhân dân xã Hiền Quan"


async def test_naming_the_commune_adds_no_statement_to_the_list(client, world, statement_counter):
    statement_counter.start()
    response = await client.get("/api/v1/tasks?limit=200", headers=world.auth("vhxh"))
    count = statement_counter.stop()
    assert response.status_code == 200
    assert all(item["commune_name"] for item in response.json()["items"])
    assert count <= 3, statement_counter.statements
