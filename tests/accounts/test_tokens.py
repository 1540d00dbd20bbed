"""Access tokens on `GET /api/v1/me`: anything but a valid, unexpired, HS256 token of ours for
an active user is a 401 problem (never a 422), and a valid one describes the caller."""

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest
from jose import jwt
from sqlalchemy import update

from ttdn.accounts.models import User
from ttdn.core.authz import FUNCTION_CAPABILITIES, ROLE_CAPABILITIES, Role, UnitFunction
from ttdn.core.config import get_settings
from ttdn.core.db import utcnow
from ttdn.core.tokens import issue_access_token
from ttdn.demo.cao_xa_2023 import DEMO_PASSWORD

ME = "/api/v1/me"
LOGIN = "/api/v1/auth/login"
OTHER_SECRET = "another-secret-key-that-is-long-enough-for-hs256-9999"


def assert_unauthorized(response):
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["www-authenticate"] == "Bearer"
    body = response.json()
    assert body["status"] == 401
    assert body["type"].endswith("/unauthorized")
    assert "errors" not in body


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_json(value: object) -> str:
    return b64url(json.dumps(value, separators=(",", ":")).encode())


def b64url_decode(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def current_kid(world) -> str:
    return jwt.get_unverified_header(world.token("vhxh"))["kid"]


def claims_for(user_id: int, **changes: object) -> dict[str, object]:
    now = int(datetime.now(UTC).timestamp())
    claims: dict[str, object] = {
        "sub": str(user_id),
        "iat": now,
        "exp": now + 600,
        "typ": "access",
        "jti": "0123456789abcdef",
    }
    claims.update(changes)
    return {name: value for name, value in claims.items() if value is not None}


def signed(claims: dict[str, object], *, kid: str | None, key: str | None = None, alg="HS256"):
    headers = {"kid": kid} if kid is not None else {}
    return jwt.encode(
        claims, key or get_settings().secret_key, algorithm=alg, headers=headers or None
    )


def lifetime_seconds() -> int:
    return get_settings().access_token_minutes * 60


async def change_user(sessionmaker, user_id, **values):
    async with sessionmaker() as session, session.begin():
        await session.execute(update(User).where(User.id == user_id).values(**values))


# --- what is refused -----------------------------------------------------------------------------


async def test_me_without_authorization_header_is_401(client, world):
    assert_unauthorized(await client.get(ME))


@pytest.mark.parametrize(
    "authorization",
    [
        "Bearer garbage",
        "Bearer a.b.c",
        "Bearer eyJhbGciOiJIUzI1NiJ9.e30.",
        "Bearer ...",
        "Bearer",
        "Basic dmhYaDp0dGRuLWRlbW8tMjAyMw==",
        "garbage",
    ],
)
async def test_malformed_authorization_is_401(client, world, authorization):
    assert_unauthorized(await client.get(ME, headers={"Authorization": authorization}))


async def test_access_token_under_another_scheme_is_401(client, world):
    response = await client.get(ME, headers={"Authorization": f"Token {world.token('vhxh')}"})

    assert_unauthorized(response)


async def test_hand_built_token_with_the_right_key_and_kid_is_accepted(client, world):
    # The control for the refusals below: the way they are built is otherwise sound.
    token = signed(claims_for(world.users["vhxh"]), kid=current_kid(world))

    response = await client.get(ME, headers=bearer(token))

    assert response.status_code == 200, response.text
    assert response.json()["username"] == "vhxh"


@pytest.mark.parametrize("alg", ["none", "None", "NONE"])
async def test_unsigned_alg_none_token_is_401(client, world, alg):
    header = {"alg": alg, "typ": "JWT", "kid": current_kid(world)}
    token = f"{b64url_json(header)}.{b64url_json(claims_for(world.users['admin']))}."

    assert_unauthorized(await client.get(ME, headers=bearer(token)))


async def test_token_signed_with_a_wrong_key_is_401(client, world):
    token = signed(claims_for(world.users["admin"]), kid=current_kid(world), key=OTHER_SECRET)

    assert_unauthorized(await client.get(ME, headers=bearer(token)))


@pytest.mark.parametrize("alg", ["HS384", "HS512"])
async def test_token_signed_with_another_algorithm_is_401(client, world, alg):
    token = signed(claims_for(world.users["admin"]), kid=current_kid(world), alg=alg)

    assert_unauthorized(await client.get(ME, headers=bearer(token)))


async def test_expired_token_is_401(client, world):
    token, _ = issue_access_token(world.users["vhxh"], now=utcnow() - timedelta(hours=1))

    assert_unauthorized(await client.get(ME, headers=bearer(token)))


async def test_token_expired_a_moment_ago_is_401(client, world):
    token, lifetime = issue_access_token(
        world.users["vhxh"], now=utcnow() - timedelta(seconds=lifetime_seconds() + 5)
    )

    assert lifetime == lifetime_seconds()
    assert_unauthorized(await client.get(ME, headers=bearer(token)))


async def test_refresh_token_used_as_bearer_access_token_is_401(client, world):
    login = await client.post(LOGIN, data={"username": "vhxh", "password": DEMO_PASSWORD})
    assert login.status_code == 200, login.text

    response = await client.get(ME, headers=bearer(login.json()["refresh_token"]))

    assert_unauthorized(response)


async def test_tampered_payload_is_401(client, world):
    header, payload, signature = world.token("vhxh").split(".")
    claims = json.loads(b64url_decode(payload))
    claims["sub"] = str(world.users["admin"])
    tampered = f"{header}.{b64url_json(claims)}.{signature}"

    assert_unauthorized(await client.get(ME, headers=bearer(tampered)))


async def test_tampered_signature_is_401(client, world):
    header, payload, signature = world.token("vhxh").split(".")
    flipped = b64url(bytes(byte ^ 1 for byte in b64url_decode(signature)))

    assert_unauthorized(await client.get(ME, headers=bearer(f"{header}.{payload}.{flipped}")))


async def test_unknown_kid_is_401(client, world):
    token = signed(claims_for(world.users["vhxh"]), kid="0000000000000000")

    assert_unauthorized(await client.get(ME, headers=bearer(token)))


async def test_token_without_kid_is_401(client, world):
    token = signed(claims_for(world.users["vhxh"]), kid=None)

    assert "kid" not in jwt.get_unverified_header(token)
    assert_unauthorized(await client.get(ME, headers=bearer(token)))


@pytest.mark.parametrize("claim", ["exp", "iat", "sub", "typ"])
async def test_token_missing_a_required_claim_is_401(client, world, claim):
    claims = claims_for(world.users["vhxh"])
    del claims[claim]
    token = signed(claims, kid=current_kid(world))

    assert_unauthorized(await client.get(ME, headers=bearer(token)))


@pytest.mark.parametrize(
    "changes",
    [
        {"typ": "refresh"},
        {"sub": "vhxh"},
        {"sub": "-1"},
        {"exp": "never"},
        {"iat": "today"},
    ],
    ids=["refresh-typ", "name-as-sub", "negative-sub", "text-exp", "text-iat"],
)
async def test_token_with_a_wrong_claim_is_401(client, world, changes):
    token = signed(claims_for(world.users["vhxh"], **changes), kid=current_kid(world))

    assert_unauthorized(await client.get(ME, headers=bearer(token)))


async def test_token_of_a_user_that_never_existed_is_401(client, world):
    token, _ = issue_access_token(max(world.users.values()) + 1000)

    assert_unauthorized(await client.get(ME, headers=bearer(token)))


async def test_valid_token_of_a_deactivated_user_is_401(client, world, sessionmaker):
    headers = world.auth("taichinh")
    assert (await client.get(ME, headers=headers)).status_code == 200

    await change_user(sessionmaker, world.users["taichinh"], is_active=False)

    assert_unauthorized(await client.get(ME, headers=headers))


async def test_valid_token_of_a_deleted_user_is_401(client, world, sessionmaker):
    headers = world.auth("diachinh")
    assert (await client.get(ME, headers=headers)).status_code == 200

    await change_user(sessionmaker, world.users["diachinh"], deleted_at=utcnow())

    assert_unauthorized(await client.get(ME, headers=headers))


# --- what /me says -------------------------------------------------------------------------------


def expected_capabilities(role: Role, *functions: UnitFunction) -> set[str]:
    return set(ROLE_CAPABILITIES[role].union(*(FUNCTION_CAPABILITIES[f] for f in functions)))


async def test_me_describes_the_coordinator_of_vhxh(client, world):
    response = await client.get(ME, headers=world.auth("vhxh"))

    assert response.status_code == 200, response.text
    me = response.json()
    assert me["id"] == world.users["vhxh"]
    assert me["username"] == "vhxh"
    assert me["full_name"] == "Nguyễn Thị Thu Hà"
    assert me["units"] == [
        {
            "id": world.unit_id("vhxh"),
            "code": "VHXH",
            "name": "Công chức Văn hóa - Xã hội",
            "kind": "officer_post",
            "functions": ["coordination"],
            "role": "coordinator",
        }
    ]
    assert me["roles"] == ["coordinator"]
    assert me["capabilities"] == sorted(me["capabilities"])
    assert {"units:read", "users:read"} <= set(me["capabilities"])
    assert "users:write" not in me["capabilities"]
    assert set(me["capabilities"]) == expected_capabilities(
        Role.coordinator, UnitFunction.coordination
    )
    assert "password_hash" not in me


async def test_me_describes_the_police_member(client, world):
    response = await client.get(ME, headers=world.auth("congan"))

    assert response.status_code == 200, response.text
    me = response.json()
    assert me["id"] == world.users["congan"]
    assert me["username"] == "congan"
    assert me["full_name"] == "Bùi Văn Dũng"
    assert me["units"] == [
        {
            "id": world.unit_id("cong_an"),
            "code": "CA-CAOXA",
            "name": "Công an xã",
            "kind": "police",
            "functions": ["security"],
            "role": "member",
        }
    ]
    assert me["roles"] == ["member"]
    assert "units:read" in me["capabilities"]
    assert not {"users:read", "users:write", "audit:read"} & set(me["capabilities"])
    assert set(me["capabilities"]) == expected_capabilities(Role.member, UnitFunction.security)


async def test_me_describes_the_district_superior(client, world):
    response = await client.get(ME, headers=world.auth("huyen"))

    assert response.status_code == 200, response.text
    me = response.json()
    assert me["id"] == world.users["huyen"]
    assert me["username"] == "huyen"
    assert me["full_name"] == "Nguyễn Đức Thắng"
    assert me["units"] == [
        {
            "id": world.unit_id("huyen_lam_thao"),
            "code": "UBND-LAMTHAO",
            "name": "Ủy ban nhân dân huyện Lâm Thao",
            "kind": "district",
            "functions": [],
            "role": "superior",
        }
    ]
    assert me["roles"] == ["superior"]
    assert "units:read" in me["capabilities"]
    assert not {"users:write", "units:write"} & set(me["capabilities"])
    assert set(me["capabilities"]) == expected_capabilities(Role.superior)


async def test_me_gives_the_admin_its_administration_rights(client, world):
    response = await client.get(ME, headers=world.auth("admin"))

    assert response.status_code == 200, response.text
    me = response.json()
    assert [(u["code"], u["kind"], u["role"]) for u in me["units"]] == [
        ("UBND-CAOXA", "commune", "admin")
    ]
    assert {"users:write", "units:write", "audit:read"} <= set(me["capabilities"])
