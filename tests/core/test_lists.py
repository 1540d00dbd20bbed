"""List conventions: pages, the statement budget, search without diacritics, sort, sync."""

from datetime import UTC, datetime, timedelta

import pytest

from ttdn.core.text import vietnamese_sort_key
from ttdn.units.service import insert_unit


async def _add_areas(sessionmaker, world, count):
    async with sessionmaker() as session, session.begin():
        parent = await session.get(type(world.units["ubnd_cao_xa"]), world.unit_id("ubnd_cao_xa"))
        for number in range(count):
            await insert_unit(
                session,
                parent,
                kind="residential_area",
                code=f"KDC-THEM-{number:03d}",
                name=f"Tổ dân phố số {number}",
            )


@pytest.mark.parametrize("path", ["/api/v1/units", "/api/v1/users", "/api/v1/audit"])
async def test_a_list_runs_the_same_few_statements_whatever_its_page_size(
    path, client, world, sessionmaker, statement_counter
):
    await _add_areas(sessionmaker, world, 110)
    counts = {}
    for limit in (1, 20, 100):
        statement_counter.start()
        response = await client.get(f"{path}?limit={limit}", headers=world.auth("admin"))
        counts[limit] = statement_counter.stop()
        assert response.status_code == 200, response.text
        assert len(response.json()["items"]) <= limit
    # never a statement per row (a list counting apart counts only when its page is full)
    assert counts[100] <= counts[20] <= counts[1] <= 3, (counts, statement_counter.statements)


async def test_a_page_answers_items_total_limit_and_offset(client, world):
    first = (await client.get("/api/v1/units?limit=5", headers=world.auth("vhxh"))).json()
    second = (await client.get("/api/v1/units?limit=5&offset=5", headers=world.auth("vhxh"))).json()
    assert first["total"] == second["total"] == 16  # the demo commune and the test's extra unit
    assert (first["limit"], first["offset"], second["offset"]) == (5, 0, 5)
    assert not {u["id"] for u in first["items"]} & {u["id"] for u in second["items"]}


async def test_an_offset_past_the_end_still_tells_the_total(client, world):
    body = (await client.get("/api/v1/units?offset=500", headers=world.auth("vhxh"))).json()
    assert body["items"] == [] and body["total"] == 16


@pytest.mark.parametrize("limit", ["0", "201", "100000", "abc"])
async def test_a_limit_out_of_range_is_refused_with_422(limit, client, world):
    response = await client.get(f"/api/v1/units?limit={limit}", headers=world.auth("vhxh"))
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["loc"] == ["query", "limit"]


@pytest.mark.parametrize(
    ("query", "expected_code"),
    [
        ("cong an", "CA-CAOXA"),
        ("CÔNG AN", "CA-CAOXA"),
        ("đai truyen", "DTT-CAOXA"),
        ("truyền thanh", "DTT-CAOXA"),
        ("van hoa xa hoi", "VHXH"),
    ],
)
async def test_search_ignores_vietnamese_diacritics_and_case(query, expected_code, client, world):
    response = await client.get("/api/v1/units", params={"q": query}, headers=world.auth("vhxh"))
    assert [unit["code"] for unit in response.json()["items"]] == [expected_code]


async def test_search_treats_underscore_literally(client, world):
    # Unescaped, `_` would match the space of the folded code "kdc 01".
    response = await client.get("/api/v1/units", params={"q": "kdc_01"}, headers=world.auth("vhxh"))
    assert response.json()["total"] == 0
    found = await client.get("/api/v1/units", params={"q": "kdc 01"}, headers=world.auth("vhxh"))
    assert found.json()["total"] == 1


async def test_sort_by_several_fields_and_descending(client, world):
    response = await client.get("/api/v1/units?sort=-kind,name", headers=world.auth("vhxh"))
    items = response.json()["items"]
    kinds = [unit["kind"] for unit in items]
    assert kinds == sorted(kinds, reverse=True)
    for kind in set(kinds):
        names = [unit["name"] for unit in items if unit["kind"] == kind]
        assert names == sorted(names, key=vietnamese_sort_key)


async def test_sort_by_name_follows_the_vietnamese_alphabet(client, world):
    """`Đ` comes after `D` and before `E`, not after `Z` as code points would have it."""
    response = await client.get(
        "/api/v1/units", params={"sort": "name", "limit": 200}, headers=world.auth("vhxh")
    )
    initials = [unit["name"][0].upper() for unit in response.json()["items"]]
    assert "Đ" in initials and "V" in initials
    assert initials.index("Đ") < initials.index("K") < initials.index("V")
    assert initials == sorted(initials, key=vietnamese_sort_key)


def test_the_vietnamese_key_orders_letters_then_tones():
    words = ["Xã", "Ủy ban", "Đảng ủy", "Dân vận", "Ân", "Ăn", "Anh", "An", "Ưu", "Uy"]
    assert sorted(words, key=vietnamese_sort_key) == [
        "An", "Anh", "Ăn", "Ân", "Dân vận", "Đảng ủy", "Uy", "Ủy ban", "Ưu", "Xã",
    ]  # fmt: skip
    assert sorted(["má", "ma", "mạ", "mà", "mả", "mã"], key=vietnamese_sort_key) == [
        "ma", "mà", "mả", "mã", "má", "mạ",
    ]  # fmt: skip


async def test_sort_by_an_unknown_field_is_refused(client, world):
    response = await client.get("/api/v1/units?sort=password", headers=world.auth("vhxh"))
    assert response.status_code == 422
    assert "password" in response.json()["detail"]


async def test_updated_since_returns_only_rows_changed_after(client, world):
    before_change = datetime.now(UTC) - timedelta(seconds=1)
    unit_id = world.unit_id("khu_3")
    current = await client.get(f"/api/v1/units/{unit_id}", headers=world.auth("admin"))
    later = datetime.now(UTC)
    changed = await client.patch(
        f"/api/v1/units/{unit_id}",
        json={"short_name": "KDC 3 mới"},
        headers={**world.auth("admin"), "If-Match": current.headers["ETag"]},
    )
    assert changed.status_code == 200
    response = await client.get(
        "/api/v1/units", params={"updated_since": later.isoformat()}, headers=world.auth("admin")
    )
    assert [unit["id"] for unit in response.json()["items"]] == [unit_id]
    everything = await client.get(
        "/api/v1/units",
        params={"updated_since": before_change.isoformat(), "limit": 200},
        headers=world.auth("admin"),
    )
    assert everything.json()["total"] >= 1


async def test_updated_since_without_a_time_zone_is_refused(client, world):
    response = await client.get(
        "/api/v1/units?updated_since=2023-03-08T00:00:00", headers=world.auth("vhxh")
    )
    assert response.status_code == 422


async def _walk(client, headers, path, limit):
    """Every item of a list, page after page by `after`: the ids, and each page's total."""
    ids, totals, after = [], [], ""  # empty: the first page, uncounted
    for _ in range(100):
        separator = "&" if "?" in path else "?"
        url = f"{path}{separator}limit={limit}&after={after}"
        response = await client.get(url, headers=headers)
        assert response.status_code == 200, response.text
        page = response.json()
        ids += [item["id"] for item in page["items"]]
        totals.append(page["total"])
        after = page["next_after"]
        if after is None:
            return ids, totals
    raise AssertionError("the keyset walk never ended")


@pytest.mark.parametrize(
    ("path", "user"),
    [
        ("/api/v1/units?sort=name", "vhxh"),
        ("/api/v1/units?sort=-updated_at,code", "admin"),
        ("/api/v1/users?sort=username", "admin"),
        ("/api/v1/tasks?sort=updated_at", "vhxh"),
        ("/api/v1/tasks?sort=-title&q=tuyen", "huyen"),
        ("/api/v1/tasks?sort=-id", "chutich"),
        ("/api/v1/audit?sort=-occurred_at", "admin"),
    ],
)
async def test_the_keyset_walk_finds_what_the_offset_pages_find(path, user, client, world):
    headers = world.auth(user)
    everything = (await client.get(f"{path}&limit=200", headers=headers)).json()
    assert 3 < everything["total"] <= 200, everything["total"]  # enough rows to page through
    ids, totals = await _walk(client, headers, path, limit=3)
    assert ids == [item["id"] for item in everything["items"]]
    assert set(totals) == {None}  # never counted
    if "sort=-id" in path:
        assert ids == sorted(ids, reverse=True)


async def test_a_keyset_page_runs_no_more_statements_than_an_offset_page(
    client, world, statement_counter
):
    headers = world.auth("vhxh")
    first = (await client.get("/api/v1/tasks?sort=updated_at&limit=5", headers=headers)).json()
    statement_counter.start()
    second = await client.get(
        f"/api/v1/tasks?sort=updated_at&limit=5&after={first['next_after']}", headers=headers
    )
    assert statement_counter.stop() <= 3, statement_counter.statements
    assert "count(" not in " ".join(statement_counter.statements).lower()
    assert len(second.json()["items"]) == 5


async def test_the_last_page_and_derived_sorts_give_no_cursor(client, world):
    headers = world.auth("vhxh")
    last = (await client.get("/api/v1/units?sort=name&limit=200", headers=headers)).json()
    assert last["next_after"] is None  # the whole list fitted
    derived = (await client.get("/api/v1/tasks?limit=2", headers=headers)).json()
    assert derived["next_after"] is None  # by next due date: derived, may be empty


@pytest.mark.parametrize(
    "query",
    [
        "sort=name&after=bm90LWEtY3Vyc29y",  # "not-a-cursor"
        "sort=name&after=%%%",
        "sort=code&after={cursor}",  # a cursor of another sort
        "sort=name&after={cursor}&offset=3",
        "after={cursor}",  # the default sort (by path) is a different sort
    ],
)
async def test_a_bad_cursor_is_refused_with_422(query, client, world):
    headers = world.auth("vhxh")
    first = (await client.get("/api/v1/units?sort=name&limit=2", headers=headers)).json()
    response = await client.get(
        "/api/v1/units?" + query.format(cursor=first["next_after"]), headers=headers
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_after_on_a_derived_sort_is_refused_with_422(client, world):
    headers = world.auth("vhxh")
    first = (await client.get("/api/v1/tasks?sort=title&limit=2", headers=headers)).json()
    response = await client.get(
        f"/api/v1/tasks?sort=next_due_on&after={first['next_after']}", headers=headers
    )
    assert response.status_code == 422
    assert "after" in response.json()["detail"]
