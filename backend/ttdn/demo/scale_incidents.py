"""False information in `ttdn seed-scale`'s province (issue 10): `INCIDENTS_PER_COMMUNE`
incidents a commune dealt with through the year up to `AS_OF`, reported by its area leaders and
offices, each with its timeline as far as it got, actions against it, and now and then the
person who spread it, with the decision taken. A few were escalated to the province, which
acknowledged most.

Rows are made as `incidents.reporting` makes them: the same models, the search text from the
same helper, each address normalised into `incident_urls`, the code from the commune's yearly
counter (written at the end), each report with its audit event.
"""

from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table

from ttdn.core.urls import normalise_url
from ttdn.demo.scale_province import YEAR, Builder, Commune, made_up_name, moment
from ttdn.demo.scale_tasks import AS_OF
from ttdn.incidents.models import (
    ActionKind,
    Category,
    Classification,
    Decision,
    EventKind,
    Incident,
    IncidentStatus,
    PersonRole,
    Platform,
    Severity,
    Verdict,
)
from ttdn.incidents.reporting import index, snapshot

INCIDENTS_PER_COMMUNE = 500
FIRST_DAY = date(YEAR, 1, 6)
S = IncidentStatus
# How far an incident got, by how long ago it was reported (older ones got further).
PATHS = (
    (S.verifying, S.dismissed, S.closed),
    (S.verifying, S.dismissed),
    (S.verifying, S.confirmed, S.responding, S.resolved, S.closed),
    (S.verifying, S.confirmed, S.responding, S.resolved, S.closed),
    (S.verifying, S.confirmed, S.responding, S.resolved, S.closed),
    (S.verifying, S.confirmed, S.responding, S.resolved),
    (S.verifying, S.confirmed, S.responding),
)
REPORTERS = ("khu1", "khu2", "khu3", "congan", "vhxh", "daitruyenthanh", "doanthe")
_TITLES = (
    "Bài đăng xuyên tạc chính sách đất đai",
    "Video sai sự thật về dịch bệnh",
    "Tin đồn về cán bộ xã",
    "Trang mạo danh UBND xã kêu gọi quyên góp",
    "Tin sai về bồi thường giải phóng mặt bằng",
    "Bài viết xuyên tạc về tự do tôn giáo",
    "Tin giả về sạt lở, ngập lụt",
    "Bình luận kích động về biển, đảo",
)


def _row(builder: Builder, instance: Any) -> int:
    table = cast(Table, type(instance).__table__)
    values = {column.name: getattr(instance, column.name) for column in table.columns}
    del values["id"]
    return builder.add(table.name, **values)


def _event(
    builder: Builder,
    incident_id: int,
    kind: EventKind,
    at: datetime,
    author: tuple[int, str],
    **fields: Any,
) -> None:
    builder.add(
        "incident_events",
        incident_id=incident_id,
        kind=kind.value,
        from_status=fields.get("from_status"),
        to_status=fields.get("to_status"),
        reason=fields.get("reason", ""),
        details=fields.get("details", {}),
        author_user_id=author[0],
        author_name=builder.full_names.get(author[0], author[1]),
        author_unit_id=None,
        created_at=at,
    )


def commune_incidents(builder: Builder, commune: Commune, superior: tuple[int, str]) -> None:
    """The commune's incidents of the year, numbered in the order they were detected; the
    province's `superior` acknowledges most of those escalated."""
    rng, number = builder.random, commune.number
    commune_id = commune.unit_ids["commune"]
    path, police = builder.paths[commune_id], commune.users["congan"]
    days = (AS_OF - FIRST_DAY).days
    for k in range(INCIDENTS_PER_COMMUNE):
        detected_on = FIRST_DAY + timedelta(days=days * k // INCIDENTS_PER_COMMUNE)
        detected_at = moment(detected_on, 7 + k % 12, k % 60)
        reporter_stem = REPORTERS[k % len(REPORTERS)]
        reporter = commune.users[reporter_stem]
        unit_key = {"khu1": "khu_1", "khu2": "khu_2", "khu3": "khu_3", "congan": "cong_an",
                    "vhxh": "vhxh", "daitruyenthanh": "dai_truyen_thanh", "doanthe": "doan_the"}[
            reporter_stem
        ]  # fmt: skip
        platform = rng.choice(list(Platform))
        url = f"https://www.facebook.com/trang.x{number:03d}/posts/{k + 1}"
        age = (AS_OF - detected_on).days
        path_taken = rng.choice(PATHS) if age > 20 else PATHS[-1][: 1 + age // 7]
        status = path_taken[-1]
        reported_at = detected_at + timedelta(minutes=30)
        incident = Incident(
            id=builder.next_id("incidents"),
            unit_id=commune_id,
            year=YEAR,
            number=k + 1,
            code=f"TTSL-{YEAR}-{k + 1:04d}",
            title=f"{rng.choice(_TITLES)} ({detected_on:%d/%m})",
            detected_at=detected_at,
            reported_by_user_id=reporter[0],
            reported_by_name=builder.full_names.get(reporter[0], reporter[1]),
            reporting_unit_id=commune.unit_ids[unit_key],
            platform=platform.value,
            urls=[url] if platform != Platform.word_of_mouth else [],
            account_name=f"Trang tin {made_up_name(rng)}",
            summary="Nội dung sai lệch về tình hình địa phương.",
            category=rng.choice(list(Category)).value,
            scope="commune",
            views=rng.randrange(50, 20_000),
            shares=rng.randrange(0, 500),
            comments=rng.randrange(0, 300),
            severity=rng.choice(list(Severity)).value,
            classification=rng.choice(
                (
                    Classification.public,
                    Classification.internal,
                    Classification.internal,
                    Classification.confidential,
                )
            ).value,
            status=status.value,
            verdict=None,
            sightings=1,
            escalated_at=None,
            acknowledged_at=None,
            version=1 + len(path_taken),
            created_at=reported_at,
            updated_at=reported_at + timedelta(days=len(path_taken)),
            deleted_at=None,
        )
        confirmed = S.confirmed in path_taken
        if confirmed or S.dismissed in path_taken:
            incident.verdict = (rng.choice(list(Verdict)[:4]) if confirmed else Verdict.true).value
        escalate = k % 50 == 7 and status not in (S.closed, S.dismissed, S.resolved)
        if escalate:
            incident.escalated_at = reported_at + timedelta(days=1)
            if k % 100 != 7:
                incident.acknowledged_at = reported_at + timedelta(days=2)
        index(incident)
        incident_id = _row(builder, incident)
        for typed in incident.urls:
            builder.add(
                "incident_urls",
                incident_id=incident_id,
                unit_id=commune_id,
                url=normalise_url(typed),
            )
        builder.add("incident_reporters", incident_id=incident_id, user_id=reporter[0])
        _event(builder, incident_id, EventKind.reported, reported_at, reporter, to_status="new")
        previous = S.new
        for day, step in enumerate(path_taken, start=1):
            _event(
                builder, incident_id, EventKind.transition, reported_at + timedelta(days=day),
                police, from_status=previous.value, to_status=step.value, reason="Theo kế hoạch.",
            )  # fmt: skip
            previous = step
        if escalate and incident.escalated_at is not None:
            _event(builder, incident_id, EventKind.escalated, incident.escalated_at, police,
                   reason="Vượt thẩm quyền của xã.")  # fmt: skip
            if incident.acknowledged_at is not None:
                _event(builder, incident_id, EventKind.acknowledged, incident.acknowledged_at,
                       superior, reason="Đã nắm.")  # fmt: skip
        if S.responding in path_taken:
            _actions(builder, commune, incident_id, reported_at, police)
            if k % 10 == 3:
                _person(builder, incident_id, detected_on + timedelta(days=5), incident.created_at)
        builder.event(
            reported_at, "incidents.report", reporter, unit_path=path, object_type="incident",
            object_id=incident_id, after=snapshot(incident),
        )  # fmt: skip
    builder.add("incident_code_counters", unit_id=commune_id, year=YEAR,
                last_number=INCIDENTS_PER_COMMUNE)  # fmt: skip


def _actions(
    builder: Builder, commune: Commune, incident_id: int, at: datetime, author: tuple[int, str]
) -> None:
    rng = builder.random
    for n, kind in enumerate(rng.sample(list(ActionKind), rng.choice((1, 2)))):
        taken = at + timedelta(days=3 + n)
        builder.add(
            "incident_actions",
            incident_id=incident_id,
            kind=kind.value,
            taken_on=taken.date(),
            unit_id=commune.unit_ids["cong_an"],
            link=None,
            evidence_id=None,
            result="Đã thực hiện.",
            task_id=None,
            task_update_id=None,
            author_user_id=author[0],
            author_name=builder.full_names.get(author[0], author[1]),
            created_at=taken,
            updated_at=taken,
        )


def _person(builder: Builder, incident_id: int, decided_on: date, at: datetime) -> None:
    rng = builder.random
    decision = rng.choice((Decision.reminder, Decision.commitment, Decision.fine))
    builder.add(
        "incident_people",
        incident_id=incident_id,
        full_name=made_up_name(rng),
        birth_year=rng.randrange(1960, 2005),
        address=None,
        account_name=None,
        role=rng.choice(list(PersonRole)).value,
        decision=decision.value,
        decision_number=None,
        decided_on=min(decided_on, AS_OF),
        fine_vnd=10_000_000 if decision == Decision.fine else None,
        notes="",
        version=1,
        created_at=at,
        updated_at=at,
        deleted_at=None,
    )
