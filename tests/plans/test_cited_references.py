"""A plan's căn cứ and the documents its text cites are kept apart."""


async def test_the_demo_rests_on_the_district_plan_and_cites_the_rest(client, world):
    plan = (await client.get(f"/api/v1/plans/{world.plan_id}", headers=world.auth("khu1"))).json()
    assert [basis["citation"] for basis in plan["legal_bases"]] == [
        "Kế hoạch số 38/KH-UBND ngày 08/3/2023 của Ủy ban nhân dân huyện Lâm Thao"
    ]
    cited = [reference["number"] for reference in plan["cited_references"]]
    assert len(cited) == 14
    assert cited.index("72/2015/NĐ-CP") < cited.index("09/2017/NĐ-CP")


async def test_a_draft_takes_both_lists_and_keeps_one_when_the_other_changes(client, world):
    references = world.legal_references
    created = await client.post(
        "/api/v1/plans",
        json={
            "unit_id": world.unit_id("ubnd_cao_xa"),
            "title": "Kế hoạch năm 2025",
            "year": 2025,
            "legal_basis_ids": [references["nd_72_2015"]],
            "cited_reference_ids": [references["nd_09_2017"], references["nd_42_2022"]],
        },
        headers=world.auth("vhxh"),
    )
    assert created.status_code == 201, created.text
    plan = created.json()
    changed = await client.patch(
        f"/api/v1/plans/{plan['id']}",
        json={"cited_reference_ids": [references["nd_42_2022"]]},
        headers={**world.auth("vhxh"), "If-Match": f'"{plan["version"]}"'},
    )
    assert changed.status_code == 200, changed.text
    detail = (await client.get(f"/api/v1/plans/{plan['id']}", headers=world.auth("vhxh"))).json()
    assert [b["number"] for b in detail["legal_bases"]] == ["72/2015/NĐ-CP"]
    assert [c["number"] for c in detail["cited_references"]] == ["42/2022/NĐ-CP"]


async def test_one_document_cannot_be_both(client, world):
    references = world.legal_references
    both = await client.post(
        "/api/v1/plans",
        json={
            "unit_id": world.unit_id("ubnd_cao_xa"),
            "title": "Kế hoạch năm 2025",
            "year": 2025,
            "legal_basis_ids": [references["nd_72_2015"]],
            "cited_reference_ids": [references["nd_72_2015"]],
        },
        headers=world.auth("vhxh"),
    )
    assert both.status_code == 422
    draft_id = world.drafts["cao_xa"][0]
    current = (await client.get(f"/api/v1/plans/{draft_id}", headers=world.auth("vhxh"))).json()
    await client.patch(
        f"/api/v1/plans/{draft_id}",
        json={"legal_basis_ids": [references["nd_72_2015"]]},
        headers={**world.auth("vhxh"), "If-Match": f'"{current["version"]}"'},
    )
    current = (await client.get(f"/api/v1/plans/{draft_id}", headers=world.auth("vhxh"))).json()
    overlap = await client.patch(
        f"/api/v1/plans/{draft_id}",
        json={"cited_reference_ids": [references["nd_72_2015"]]},
        headers={**world.auth("vhxh"), "If-Match": f'"{current["version"]}"'},
    )
    assert overlap.status_code == 422
