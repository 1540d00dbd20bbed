"""Bad input gets a problem+json 4xx and changes nothing."""

import unicodedata

import pytest
from sqlalchemy import func, select

from ttdn.audit.models import AuditEvent
from ttdn.units.models import Unit

PROBLEM = "application/problem+json"


@pytest.fixture
async def unchanged(world, sessionmaker):
    """Asserts, after the test, that no unit was added or changed and no write was audited."""

    async def snapshot():
        async with sessionmaker() as session:
            units = (
                await session.execute(
                    select(Unit.id, Unit.version, Unit.name, Unit.parent_id).order_by(Unit.id)
                )
            ).all()
            writes = await session.scalar(
                select(func.count()).where(AuditEvent.action.like("units.%"))
            )
            return units, writes

    before = await snapshot()
    yield
    assert await snapshot() == before


def _new_unit(world, **overrides):
    return {
        "parent_id": world.unit_id("ubnd_cao_xa"),
        "kind": "office",
        "code": "MOI",
        "name": "Đơn vị mới",
        **overrides,
    }


def _assert_problem(response, status):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    assert "Traceback" not in response.text


async def test_malformed_json_is_a_400(client, world, unchanged):
    response = await client.post(
        "/api/v1/units",
        content=b'{"name": "x",',
        headers={**world.auth("admin"), "Content-Type": "application/json"},
    )
    _assert_problem(response, 400)
    assert response.json()["detail"] == "Nội dung gửi lên không phải JSON hợp lệ."


@pytest.mark.parametrize(
    ("field", "value", "error_type"),
    [
        ("parent_id", "một", "int_parsing"),
        ("name", 12, "string_type"),
        ("kind", "village", "enum"),
        ("functions", ["spying"], "enum"),
        ("valid_from", "08/03/2023", "date_parsing"),
    ],
)
async def test_wrong_types_are_a_422_naming_the_field(
    field, value, error_type, client, world, unchanged
):
    response = await client.post(
        "/api/v1/units", json=_new_unit(world, **{field: value}), headers=world.auth("admin")
    )
    _assert_problem(response, 422)
    [error] = response.json()["errors"]
    assert error["loc"][:2] == ["body", field]
    assert error["type"] == error_type
    assert error["msg"]  # Vietnamese words for the person at the screen
    assert error["msg"] != "Input should be a valid integer"


async def test_unknown_fields_are_refused(client, world, unchanged):
    response = await client.post(
        "/api/v1/units", json=_new_unit(world, owner="me"), headers=world.auth("admin")
    )
    _assert_problem(response, 422)
    assert response.json()["errors"][0] == {
        "loc": ["body", "owner"],
        "msg": "Trường này không được phép",
        "type": "extra_forbidden",
    }


async def test_a_ten_megabyte_body_is_refused_with_413(client, world, unchanged):
    response = await client.post(
        "/api/v1/units",
        content=b'{"name": "' + b"x" * 10_000_000 + b'"}',
        headers={**world.auth("admin"), "Content-Type": "application/json"},
    )
    _assert_problem(response, 413)


async def test_a_body_streamed_past_the_limit_is_refused_with_413(client, world, unchanged):
    async def chunks():
        for _ in range(12):
            yield b"x" * 1_000_000

    response = await client.post(
        "/api/v1/units",
        content=chunks(),
        headers={**world.auth("admin"), "Content-Type": "application/json"},
    )
    _assert_problem(response, 413)


async def test_nul_bytes_in_a_name_are_refused(client, world, unchanged):
    response = await client.post(
        "/api/v1/units", json=_new_unit(world, name="Khu\x00 7"), headers=world.auth("admin")
    )
    _assert_problem(response, 422)
    assert response.json()["errors"][0]["msg"] == "Không được chứa ký tự điều khiển"


async def test_a_name_of_spaces_is_refused(client, world, unchanged):
    response = await client.post(
        "/api/v1/units", json=_new_unit(world, name="   "), headers=world.auth("admin")
    )
    _assert_problem(response, 422)
    assert response.json()["errors"][0]["msg"] == "Không được để trống"


async def test_names_typed_decomposed_are_stored_in_nfc(client, world):
    name = "Khu dân cư mới"
    response = await client.post(
        "/api/v1/units",
        json=_new_unit(world, name=unicodedata.normalize("NFD", name)),
        headers=world.auth("admin"),
    )
    assert response.status_code == 201
    assert response.json()["name"] == unicodedata.normalize("NFC", name)


@pytest.mark.parametrize("username", ["   ", "a b", "Nguyễn", "x", "ad\x00min"])
async def test_a_bad_username_is_refused(username, client, world, sessionmaker):
    response = await client.post(
        "/api/v1/users",
        json={
            "username": username,
            "full_name": "Người Mới",
            "password": "mat-khau-du-dai",
            "memberships": [{"unit_id": world.unit_id("khu_2"), "role": "area_leader"}],
        },
        headers=world.auth("admin"),
    )
    _assert_problem(response, 422)
    assert response.json()["errors"][0]["loc"] == ["body", "username"]


@pytest.mark.parametrize(
    "authorization",
    ["Bearer garbage", "Bearer ", "Basic YWRtaW46YWRtaW4=", "Bearer a.b.c", "Token x"],
)
async def test_a_garbage_token_is_a_401_never_a_422(authorization, client, world, unchanged):
    response = await client.post(
        "/api/v1/units", json=_new_unit(world), headers={"Authorization": authorization}
    )
    _assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"] == "Bearer"


async def test_a_missing_body_with_no_token_is_still_a_401(client, world, unchanged):
    response = await client.post("/api/v1/units")
    _assert_problem(response, 401)


@pytest.mark.parametrize("if_match", ["garbage", '"abc"', "*", '"1", "2"', '"-1"'])
async def test_an_unreadable_if_match_is_a_400(if_match, client, world, unchanged):
    response = await client.patch(
        f"/api/v1/units/{world.unit_id('khu_2')}",
        json={"name": "Khu hai"},
        headers={**world.auth("admin"), "If-Match": if_match},
    )
    _assert_problem(response, 400)


async def test_an_unknown_path_is_a_problem_404(client, world):
    response = await client.get("/api/v1/nothing-here", headers=world.auth("admin"))
    _assert_problem(response, 404)


async def test_a_wrong_method_is_a_problem_405(client, world):
    response = await client.put("/api/v1/units", headers=world.auth("admin"))
    _assert_problem(response, 405)


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/api/v1/units", "GET, POST"),
        ("PUT", "/api/v1/tasks/1", "DELETE, GET, PATCH"),
        ("OPTIONS", "/api/v1/plans/1/sections/1", "DELETE, PATCH"),
        # `/tasks/export` is a resource of its own, not a task whose id is "export".
        ("PATCH", "/api/v1/tasks/export", "GET"),
        # Only POST answers here; a GET is not the web app's to serve.
        ("GET", "/api/v1/me/password", "POST"),
    ],
)
async def test_a_405_lists_every_method_of_the_path_in_allow(method, path, allowed, client, world):
    response = await client.request(method, path, headers=world.auth("admin"))
    _assert_problem(response, 405)
    assert response.headers["allow"] == allowed


async def test_an_id_that_is_not_a_number_names_no_resource_404(client, world):
    response = await client.get("/api/v1/units/abc", headers=world.auth("admin"))
    _assert_problem(response, 404)


async def test_an_api_path_no_route_answers_is_a_problem_404(client, world):
    response = await client.get("/api/v1/nothing-here", headers=world.auth("admin"))
    _assert_problem(response, 404)


@pytest.mark.parametrize(
    "query",
    ["due_before=0", "due_before=0.5", "due_after=2023-3-1", "overdue=true&due_before=1680000000"],
)
async def test_a_date_that_is_not_written_yyyy_mm_dd_is_a_422(query, client, world):
    response = await client.get(f"/api/v1/tasks?{query}", headers=world.auth("vhxh"))
    _assert_problem(response, 422)
    assert response.json()["errors"][0]["msg"] == "Phải là ngày dạng YYYY-MM-DD"


async def test_a_number_is_not_a_yes_or_no_in_a_body(client, world):
    body = {"kind": "law", "number": "1", "issuer": "Quốc hội", "title": "Luật", "in_force": 0}
    response = await client.post("/api/v1/legal-references", json=body, headers=world.auth("vhxh"))
    _assert_problem(response, 422)
    assert response.json()["errors"][0]["loc"] == ["body", "in_force"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/units/99999999999999999999",
        "/api/v1/users/2147483648",
        "/api/v1/tasks/99999999999",
        "/api/v1/plans/99999999999",
        "/api/v1/tasks?plan_id=99999999999",
        "/api/v1/units?parent_id=99999999999",
    ],
)
async def test_an_id_too_large_for_the_database_is_a_422(path, client, world):
    response = await client.get(path, headers=world.auth("admin"))
    _assert_problem(response, 422)


async def test_an_id_too_large_in_a_body_is_a_422(client, world, unchanged):
    response = await client.post(
        "/api/v1/units", json=_new_unit(world, parent_id=2**40), headers=world.auth("admin")
    )
    _assert_problem(response, 422)


@pytest.mark.parametrize(
    "name",
    [
        "Khu\u202e7 ưd",  # right-to-left override
        "Khu\u200b7",  # zero-width space
        "Khu 7\U000e0041",  # tag character
        "Khu\u20667\u2069",  # bidi isolate
        "Khu 7\ufeff",  # byte-order mark
        "K" + "\u0301" * 250 + "hu 7",  # stacked accents
    ],
)
async def test_invisible_bidi_and_stacked_characters_in_names_are_refused(
    name, client, world, unchanged
):
    response = await client.post(
        "/api/v1/units", json=_new_unit(world, name=name), headers=world.auth("admin")
    )
    _assert_problem(response, 422)
    assert response.json()["errors"][0]["loc"] == ["body", "name"]


async def test_vietnamese_names_with_their_accents_are_kept(client, world):
    name = "Khu dân cư Đồng Ổ Quỳnh Hữu"
    response = await client.post(
        "/api/v1/units",
        json=_new_unit(world, name=unicodedata.normalize("NFD", name)),
        headers=world.auth("admin"),
    )
    assert response.status_code == 201, response.text
    assert response.json()["name"] == name


async def test_a_zero_width_space_cannot_slip_a_duplicate_reference_number_past(client, world):
    body = {"kind": "decision", "number": "5/QĐ-UBND", "issuer": "Ủy ban nhân dân xã Cao Xá"}
    first = await client.post("/api/v1/legal-references", json=body, headers=world.auth("vhxh"))
    assert first.status_code == 201, first.text
    twin = await client.post(
        "/api/v1/legal-references",
        json={**body, "number": "5/\u200bQĐ-UBND"},
        headers=world.auth("vhxh"),
    )
    _assert_problem(twin, 422)


async def test_a_weak_if_match_never_matches(client, world, unchanged):
    path = f"/api/v1/units/{world.unit_id('khu_2')}"
    etag = (await client.get(path, headers=world.auth("admin"))).headers["ETag"]
    response = await client.patch(
        path, json={"name": "Khu hai"}, headers={**world.auth("admin"), "If-Match": f"W/{etag}"}
    )
    _assert_problem(response, 412)


@pytest.mark.parametrize(
    "updated_since",
    [
        "9999-12-31T23:59:59-01:00",
        "0001-01-01T00:00:00+14:00",
        "0.5",
        "1700000000",
        "2023-03-08",
        "2023-03-08T00:00:00",
        "2023-13-08T00:00:00Z",
    ],
)
async def test_updated_since_is_a_moment_with_its_offset_or_a_422(updated_since, client, world):
    response = await client.get(
        "/api/v1/units", params={"updated_since": updated_since}, headers=world.auth("vhxh")
    )
    _assert_problem(response, 422)
    assert response.json()["errors"][0]["loc"] == ["query", "updated_since"]


async def test_updated_since_reads_offsets_as_the_same_moment(client, world):
    in_hanoi = await client.get(
        "/api/v1/units",
        params={"updated_since": "2000-01-01T07:00:00+07:00", "limit": 200},
        headers=world.auth("vhxh"),
    )
    in_utc = await client.get(
        "/api/v1/units",
        params={"updated_since": "2000-01-01T00:00:00Z", "limit": 200},
        headers=world.auth("vhxh"),
    )
    assert in_hanoi.status_code == in_utc.status_code == 200
    assert in_hanoi.json() == in_utc.json()
