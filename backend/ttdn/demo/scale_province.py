"""The shape of `ttdn seed-scale`'s province: units, accounts and plans (`scale_tasks` adds the
tasks and their progress, `scale` writes it all).

One province (the level above communes since the 2025 reform) with its administrator and
superiors; communes each with the Cao Xá demo's unit structure (offices, radio, police, mass
organisations, six residential areas) and 20 accounts of every commune role (commune 1 keeps
the demo's usernames: `vhxh`, `khu1`…); one plan per commune with the demo's sections, căn cứ
and reporting deadlines, drafted by the coordinator and issued by the chairman as number 1 of
its year. Paths, search text and sort keys come from the services' own helpers; ids are given
here in order, so that the same seed gives the same rows.
"""

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from ttdn.audit.service import snapshot_digest
from ttdn.core.authz import Role
from ttdn.core.clock import VIETNAM
from ttdn.core.text import search_text, vietnamese_sort_key
from ttdn.demo import cao_xa_2023 as demo
from ttdn.demo.seed import SECTION_ROLES  # the demo's roles of sections, by path
from ttdn.plans.legal_references import reference_search_text
from ttdn.plans.models import LegalReference, PlanStatus
from ttdn.tasks.recurrence import Due
from ttdn.units.models import UnitKind

YEAR = 2025
PROVINCE_CODE = "UBND-PHUTHO"
PROVINCE_NAME = "Ủy ban nhân dân tỉnh Phú Thọ"
# The demo's units below the commune (offices, radio, police, mass organisations, areas).
COMMUNE_UNITS = [u for u in demo.UNITS if u.parent_key == "ubnd_cao_xa"]
AREA_KEYS = demo.ITEM_9_UNIT_KEYS
# Per commune: (username stem, unit key, role); commune 1 keeps the demo's own usernames.
COMMUNE_ACCOUNTS: tuple[tuple[str, str, Role], ...] = (
    ("admin", "commune", Role.admin),
    ("chutich", "commune", Role.leader),
    ("phochutich", "commune", Role.leader),
    ("vhxh", "vhxh", Role.coordinator),
    ("vanphong", "van_phong", Role.member),
    ("vanphong2", "van_phong", Role.member),
    ("taichinh", "tai_chinh", Role.member),
    ("diachinh", "dia_chinh", Role.member),
    ("daitruyenthanh", "dai_truyen_thanh", Role.member),
    ("doanthe", "doan_the", Role.member),
    ("doanthe2", "doan_the", Role.member),
    ("congan", "cong_an", Role.member),
    ("congan2", "cong_an", Role.member),
    ("khuyennong", "to_khuyen_nong", Role.member),
    *((f"khu{n}", f"khu_{n}", Role.area_leader) for n in range(1, 7)),
)
# At the province: its administrator and the superiors who watch every commune.
PROVINCE_ADMIN = "quantri"
PROVINCE_SUPERIORS = ("tinh", *(f"tinh{n:02d}" for n in range(2, 11)))


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Made-up names are made of these.
_SYLLABLES = _words(
    "An Bình Cao Đông Hà Hiền Hòa Hùng Khải Lâm Liên Long Minh Nam Phong Phú Quang Sơn Tân "
    "Thanh Thạch Thượng Tiên Trung Văn Vân Việt Vĩnh Xuân Yên Đồng Hương Kim Lạc Mỹ Ninh"
)
_FAMILY = _words("Nguyễn Trần Lê Phạm Hoàng Vũ Đỗ Bùi Đinh Phan Quách Hà Đặng Ngô Dương")
_MIDDLE = _words("Văn Thị Đức Minh Thu Quốc Hữu Thanh Ngọc Xuân")
_GIVEN = _words("Hải Chí Hà Lan Hồng Tuấn Nam Mai Dũng Hùng Bình Hoa Long Sơn Hương Thắng Yến Phúc")


def made_up_name(rng: random.Random) -> str:
    """A made-up Vietnamese full name: family, middle and given name."""
    return f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


def moment(day: date, hour: int = 8, minute: int = 0, second: int = 0) -> datetime:
    """A moment of a Vietnamese office day, in UTC as the database keeps it."""
    local = datetime.combine(day, time(hour, minute, second), VIETNAM)
    return local.astimezone(UTC)


@dataclass(slots=True)
class AuditEntry:
    """One event of the trail before it is chained (its id and hashes come when written)."""

    occurred_at: datetime
    action: str
    actor_user_id: int | None
    actor_username: str | None
    unit_path: str | None
    object_type: str | None
    object_id: str | None
    before_digest: str | None = None
    after_digest: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    request_id: str | None = None


class Builder:
    """The rows of every table by table name, in insertion order, each with its id; the domain
    events of the audit trail; who signs in (user id, username, home unit path)."""

    def __init__(self, seed: int, password_hash: str) -> None:
        self.random = random.Random(seed)  # noqa: S311 (made-up data, not secrets)
        self.password_hash = password_hash
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.last_ids: dict[str, int] = {}
        self.events: list[AuditEntry] = []
        self.accounts: list[tuple[int, str, str]] = []
        self.paths: dict[int, str] = {}  # unit id → tree path
        self.full_names: dict[int, str] = {}  # user id → full name

    def add(self, table: str, **values: Any) -> int:
        """A row of `table` with the next id (ids are given here, so that runs repeat)."""
        values["id"] = self.next_id(table)
        self.last_ids[table] = values["id"]
        self.rows.setdefault(table, []).append(values)
        return int(values["id"])

    def next_id(self, table: str) -> int:
        return self.last_ids.get(table, 0) + 1

    def take_rows(self) -> dict[str, list[dict[str, Any]]]:
        """The rows added since the last call, to be written (ids keep counting)."""
        rows, self.rows = self.rows, {}
        return rows

    def event(
        self, at: datetime, action: str, actor: tuple[int, str] | None, **fields: Any
    ) -> None:
        if "object_id" in fields and fields["object_id"] is not None:
            fields["object_id"] = str(fields["object_id"])
        after = fields.pop("after", None)
        before = fields.pop("before", None)
        self.events.append(
            AuditEntry(
                occurred_at=at,
                action=action,
                actor_user_id=actor[0] if actor else None,
                actor_username=actor[1] if actor else None,
                unit_path=fields.pop("unit_path"),
                object_type=fields.pop("object_type", None),
                object_id=fields.pop("object_id", None),
                before_digest=snapshot_digest(before),
                after_digest=snapshot_digest(after),
                **fields,
            )
        )

    # --- units and accounts ---------------------------------------------------------------

    def unit(self, parent_id: int | None, at: datetime, **fields: Any) -> int:
        unit_id = self.next_id("units")
        path = f"{self.paths[parent_id] if parent_id else '/'}{unit_id}/"
        self.paths[unit_id] = path
        fields.setdefault("short_name", None)
        fields.setdefault("functions", [])
        return self.add(
            "units",
            parent_id=parent_id,
            path=path,
            valid_from=None,
            valid_to=None,
            search_text=search_text(fields["code"], fields["name"], fields["short_name"]),
            name_sort_key=vietnamese_sort_key(fields["name"]),
            version=1,
            created_at=at,
            updated_at=at,
            deleted_at=None,
            **fields,
        )

    def account(self, username: str, unit_id: int, role: Role, at: datetime) -> tuple[int, str]:
        full_name = made_up_name(self.random)
        user_id = self.add(
            "users",
            username=username,
            full_name=full_name,
            phone=None,
            email=None,
            is_active=True,
            is_demo=True,  # a production server refuses to start with them
            password_hash=self.password_hash,
            last_login_at=None,
            search_text=search_text(username, full_name),
            version=1,
            created_at=at,
            updated_at=at,
            deleted_at=None,
        )
        self.full_names[user_id] = full_name
        self.add("memberships", user_id=user_id, unit_id=unit_id, role=role.value)
        self.accounts.append((user_id, username, self.paths[unit_id]))
        return user_id, username


def commune_name(number: int) -> str:
    """A made-up commune name, the same for the same number: two syllables."""
    first = _SYLLABLES[(number - 1) % len(_SYLLABLES)]
    second = _SYLLABLES[(number * 7 + (number - 1) // len(_SYLLABLES)) % len(_SYLLABLES)]
    return f"{first} {second}" if first != second else f"{first} Thượng"


def province_level(builder: Builder, set_up: datetime) -> tuple[int, dict[str, int]]:
    """The province, its culture department, its administrator and superiors, and the legal
    references every plan cites: (the province's id, the references' ids by demo key)."""
    province = builder.unit(
        None,
        set_up,
        kind=UnitKind.province.value,
        code=PROVINCE_CODE,
        name=PROVINCE_NAME,
        short_name="UBND tỉnh Phú Thọ",
    )
    builder.unit(
        province,
        set_up,
        kind=UnitKind.office.value,
        code="SVHTTDL-PHUTHO",
        name="Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ",
        short_name="Sở VHTTDL",
    )
    admin = builder.account(PROVINCE_ADMIN, province, Role.admin, set_up)
    for username in PROVINCE_SUPERIORS:
        builder.account(username, province, Role.superior, set_up)
    return province, _legal_references(builder, province, admin, set_up)


def _legal_references(
    builder: Builder, province: int, admin: tuple[int, str], at: datetime
) -> dict[str, int]:
    """The documents the demo plan cites, entered once at the province for every plan."""
    ids = {}
    for ref in demo.LEGAL_REFERENCES:
        reference = LegalReference(
            kind=ref.kind, number=ref.number, issued_on=ref.issued_on, issuer=ref.issuer or ""
        )
        reference.title = ref.title
        ids[ref.key] = builder.add(
            "legal_references",
            kind=ref.kind,
            number=ref.number,
            issued_on=ref.issued_on,
            issuer=ref.issuer or "",
            title=ref.title,
            in_force=True,
            superseded_by_id=None,
            unit_id=province,
            search_text=reference_search_text(reference),
            version=1,
            created_at=at,
            updated_at=at,
        )
        builder.event(
            at,
            "legal_references.create",
            admin,
            unit_path=builder.paths[province],
            object_type="legal_reference",
            object_id=ids[ref.key],
            after={"kind": ref.kind, "number": ref.number, "title": ref.title},
        )
    return ids


@dataclass
class Commune:
    number: int
    name: str
    unit_ids: dict[str, int]  # the demo's unit keys, and "commune"
    users: dict[str, tuple[int, str]]  # by username stem
    plan_id: int = 0
    deadlines: list[Due] = field(default_factory=list)
    sections: dict[str, int] = field(default_factory=dict)  # by path of codes: "III.9"


def build_commune(
    builder: Builder, province: int, number: int, references: dict[str, int]
) -> Commune:
    """Commune `number`: its units and accounts, set up in early January, and its plan."""
    name = commune_name(number)
    suffix = f"-X{number:03d}"
    set_up = moment(date(YEAR, 1, 5), 8, number % 60)
    commune_id = builder.unit(
        province,
        set_up,
        kind=UnitKind.commune.value,
        code=f"UBND{suffix}",
        name=f"Ủy ban nhân dân xã {name}",
        short_name=f"UBND xã {name}",
    )
    unit_ids = {"commune": commune_id}
    for unit in COMMUNE_UNITS:
        unit_ids[unit.key] = builder.unit(
            commune_id,
            set_up,
            kind=unit.kind,
            code=f"{unit.code}{suffix}",
            name=f"{unit.name} xã {name}",
            short_name=unit.short_name,
            functions=list(unit.functions),
        )
    users = {
        stem: builder.account(
            stem if number == 1 else f"{stem}.x{number:03d}", unit_ids[key], role, set_up
        )
        for stem, key, role in COMMUNE_ACCOUNTS
    }
    commune = Commune(number, name, unit_ids, users)
    _plan(builder, commune, references)
    return commune


def _plan(builder: Builder, commune: Commune, references: dict[str, int]) -> None:
    """The commune's plan, drafted by its coordinator and issued by its chairman as the first
    plan of its year: number 1 (the counter then stands at 1)."""
    coordinator, chairman = commune.users["vhxh"], commune.users["chutich"]
    commune_id = commune.unit_ids["commune"]
    path = builder.paths[commune_id]
    drafted = moment(date(YEAR, 1, 8), 9, commune.number % 60)
    issued_on = date(YEAR, 1, 15)
    issued = moment(issued_on, 10, commune.number % 60)
    title = f"Kế hoạch hoạt động thông tin đối ngoại xã {commune.name} năm {YEAR}"
    number, symbol = 1, "KH-UBND"
    plan_id = builder.add(
        "plans",
        unit_id=commune_id,
        parent_plan_id=None,
        parent_reference_id=references[demo.PARENT_PLAN_KEY],
        number=number,
        symbol=symbol,
        title=title,
        year=YEAR,
        place=commune.name,
        issued_on=issued_on,
        status=PlanStatus.issued.value,
        introduction=demo.PLAN_INTRODUCTION,
        closing=demo.PLAN_CLOSING,
        recipients=list(demo.RECIPIENTS),
        signer_authority=demo.SIGNER.authority,
        signer_body=demo.SIGNER.body,
        signer_position=demo.SIGNER.position,
        signer_name=f"{builder.random.choice(_FAMILY)} Văn {builder.random.choice(_GIVEN)}",
        search_text=search_text(f"{number}/{symbol}", title),
        version=2,  # drafted, then issued
        created_at=drafted,
        updated_at=issued,
        deleted_at=None,
    )
    commune.plan_id = plan_id
    counters = builder.rows.setdefault("plan_number_counters", [])
    counters.append({"unit_id": commune_id, "year": YEAR, "last_number": number})
    ordered = [demo.PARENT_PLAN_KEY] + [
        ref.key for ref in demo.LEGAL_REFERENCES if ref.key != demo.PARENT_PLAN_KEY
    ]
    for position, key in enumerate(ordered, start=1):
        builder.add(
            "plan_legal_bases",
            plan_id=plan_id,
            legal_reference_id=references[key],
            position=position,
            cited=key != demo.PARENT_PLAN_KEY,
        )
    for kind, due_on, label in demo.REPORTING_DEADLINES:
        due = due_on.replace(year=YEAR)
        builder.add("reporting_deadlines", plan_id=plan_id, kind=kind, due_on=due, label=label)
        commune.deadlines.append(Due(due, label))
    snapshot = {"title": title, "year": YEAR, "status": PlanStatus.draft.value, "number": None}
    builder.event(
        drafted, "plans.create", coordinator, unit_path=path, object_type="plan",
        object_id=plan_id, after=snapshot,
    )  # fmt: skip
    sections: dict[str, int] = {}
    for position, section in enumerate(demo.SECTIONS, start=1):
        _section(builder, commune, section, None, "", position, drafted, sections)
    commune.sections = sections
    builder.event(
        issued, "plans.issue", chairman, unit_path=path, object_type="plan", object_id=plan_id,
        before=snapshot,
        after={**snapshot, "status": PlanStatus.issued.value, "number": number},
    )  # fmt: skip


def _section(
    builder: Builder,
    commune: Commune,
    section: demo.DemoSection,
    parent_id: int | None,
    parent_path: str,
    position: int,
    at: datetime,
    sections: dict[str, int],
) -> None:
    path = f"{parent_path}.{section.code}" if parent_path else section.code
    role = SECTION_ROLES.get(path)
    section_id = builder.add(
        "plan_sections",
        plan_id=commune.plan_id,
        parent_id=parent_id,
        position=position,
        code=section.code,
        title=section.title,
        body=section.body,
        role=role.value if role else None,
        version=1,
        created_at=at,
        updated_at=at,
    )
    sections[path] = section_id
    builder.event(
        at, "plans.sections.create", commune.users["vhxh"],
        unit_path=builder.paths[commune.unit_ids["commune"]], object_type="plan_section",
        object_id=section_id, after={"code": section.code, "title": section.title},
    )  # fmt: skip
    for child_position, child in enumerate(section.children, start=1):
        _section(builder, commune, child, section_id, path, child_position, at, sections)
