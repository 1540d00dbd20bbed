"""False information about Cao Xá in 2023, as the demo's accounts dealt with it (seed plan
I.1, II.5, III.5–III.9): a Facebook post taken from report to closure (and reported again by
another area), a TikTok video reported by an area leader and still being answered, a rumour in
a Zalo group kept confidential and escalated to the district, which acknowledged it, and a
fresh report not yet looked at.

The author of the Facebook post was fined: a person only the security unit (congan) reads. The
posts, pages, groups and people are fictional; the addresses use the platforms' real hosts.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.demo.progress_2023 import day, moment
from ttdn.demo.timeline import TimedAction, run_in_order
from ttdn.incidents.models import Incident, IncidentStatus, Verdict
from ttdn.incidents.people import add_person
from ttdn.incidents.reporting import edit_incident, report_incident
from ttdn.incidents.schemas import (
    Acknowledgement,
    Escalation,
    IncidentCreate,
    IncidentPatch,
    PersonCreate,
    Transition,
)
from ttdn.incidents.workflow import acknowledge, escalate, move

Acting = Callable[[str], Awaitable[Principal]]
S = IncidentStatus


@dataclass(frozen=True)
class Step:
    """One thing done on an incident, by `username` at `at` (Vietnam time): a transition with
    its reason, a verdict, an escalation or its acknowledgement."""

    at: str
    username: str
    to: IncidentStatus | None = None
    reason: str = ""
    verdict: Verdict | None = None
    escalate: bool = False  # else, without `to`: the superior's acknowledgement


@dataclass(frozen=True)
class DemoIncident:
    key: str
    at: str  # when it was reported
    username: str
    report: dict[str, Any]  # the report's fields; `detected_at` in Vietnam time
    steps: tuple[Step, ...] = ()
    # Reported again: (when, by whom, the address as they typed it).
    sightings: tuple[tuple[str, str, str], ...] = ()
    # Recorded by the security unit: (when, by whom, the person's fields).
    people: tuple[tuple[str, str, dict[str, Any]], ...] = ()


INCIDENTS = (
    DemoIncident(
        "fb_boi_thuong",
        "12/04/2023 09:15",
        "congan",
        {
            "title": "Bài đăng sai sự thật về bồi thường mở rộng đường liên xã",
            "detected_at": "12/04/2023 08:40",
            "platform": "facebook",
            "urls": ["https://www.facebook.com/tin.nong.lam.thao/posts/1024"],
            "account_name": "Tin nóng Lâm Thao",
            "summary": "Bài viết nói UBND xã cưỡng chế thu hồi đất làm đường mà không bồi "
            "thường, kèm ảnh chụp ở nơi khác.",
            "category": "local_government",
            "views": 5200,
            "shares": 140,
            "comments": 86,
            "severity": "high",
            "classification": "public",
        },
        (
            Step("13/04/2023 08:00", "congan", S.verifying, "Đối chiếu hồ sơ bồi thường."),
            Step(
                "15/04/2023 10:00",
                "congan",
                S.confirmed,
                "Hồ sơ cho thấy toàn bộ các hộ đã nhận tiền bồi thường.",
                verdict=Verdict.false,
            ),
            Step("15/04/2023 14:00", "congan", S.responding, "Đăng bài phản bác, phát loa."),
            Step("25/04/2023 16:00", "congan", S.resolved, "Bài đăng đã bị gỡ."),
            Step("30/04/2023 09:00", "congan", S.closed, "Kết thúc, lưu hồ sơ."),
        ),
        sightings=(
            (
                "14/04/2023 19:30",
                "khu2",
                "http://m.facebook.com/tin.nong.lam.thao/posts/1024/?fbclid=IwAR0demo",
            ),
        ),
        people=(
            (
                "24/04/2023 15:00",
                "congan",
                {
                    "full_name": "Đỗ Văn Toàn",
                    "birth_year": 1988,
                    "address": "Khu 5, xã Cao Xá",
                    "account_name": "Tin nóng Lâm Thao",
                    "role": "author",
                    "decision": "fine",
                    "decision_number": "12/QĐ-XPVPHC",
                    "decided_on": day("24/04/2023"),
                    "fine_vnd": 10_000_000,
                    "notes": "Tự gỡ bài, cam kết không tái phạm.",
                },
            ),
        ),
    ),
    DemoIncident(
        "tiktok_dich_benh",
        "08/07/2023 20:10",
        "khu1",
        {
            "title": "Video nói Khu 1 có ổ dịch sốt xuất huyết bị giấu",
            "detected_at": "08/07/2023 19:45",
            "platform": "tiktok",
            "urls": ["https://www.tiktok.com/@tin.lang.que/video/7251234567890"],
            "account_name": "@tin.lang.que",
            "summary": "Video quay cảnh phun thuốc muỗi, lời bình nói xã giấu ổ dịch.",
            "category": "disasters_health",
            "views": 18000,
            "shares": 420,
            "comments": 230,
            "severity": "medium",
            "classification": "internal",
        },
        (
            Step("09/07/2023 08:00", "congan", S.verifying, "Làm việc với Trạm Y tế xã."),
            Step(
                "10/07/2023 09:30",
                "congan",
                S.confirmed,
                "Có 02 ca sốt xuất huyết đã điều trị khỏi; không có ổ dịch.",
                verdict=Verdict.misleading,
            ),
            Step("10/07/2023 10:00", "congan", S.responding, "Đài truyền thanh xã đưa tin."),
        ),
    ),
    DemoIncident(
        "zalo_can_bo",
        "18/09/2023 16:00",
        "congan",
        {
            "title": "Tin đồn trong nhóm Zalo về cán bộ xã nhận tiền",
            "detected_at": "18/09/2023 15:20",
            "platform": "zalo",
            "urls": ["https://zalo.me/g/demo-nhom-cho-que"],
            "account_name": "Nhóm Chợ quê Cao Xá",
            "summary": "Tin nhắn nói một cán bộ địa chính nhận tiền để cấp giấy chứng nhận.",
            "category": "local_government",
            "severity": "high",
            "classification": "confidential",
        },
        (
            Step("19/09/2023 08:00", "congan", S.verifying, "Xác minh nguồn tin."),
            Step(
                "20/09/2023 10:00",
                "congan",
                escalate=True,
                reason="Liên quan cán bộ; đề nghị Công an huyện phối hợp.",
            ),
            Step(
                "22/09/2023 09:00",
                "huyen",
                reason="Huyện đã nắm; Công an huyện phối hợp xác minh.",
            ),
        ),
    ),
    DemoIncident(
        "fb_ocop_gia",
        "20/11/2023 10:00",
        "vhxh",
        {
            "title": "Trang bán hàng nói sản phẩm OCOP của xã là hàng giả",
            "detected_at": "20/11/2023 09:30",
            "platform": "facebook",
            "urls": ["https://www.facebook.com/dac.san.gia.re.demo"],
            "account_name": "Đặc sản giá rẻ",
            "category": "fraud",
            "severity": "low",
            "classification": "public",
        },
    ),
)


def incident_actions(
    session: AsyncSession, acting: Acting, into: dict[str, Incident]
) -> list[TimedAction]:
    """The year's incidents as timed actions for the demo's timeline, by the accounts that
    would have acted; the incidents land in `into` by key."""

    def reporting(demo: DemoIncident) -> TimedAction:
        async def act() -> None:
            fields = {**demo.report, "detected_at": moment(demo.report["detected_at"])}
            principal = await acting(demo.username)
            into[demo.key], _ = await report_incident(session, principal, IncidentCreate(**fields))

        return moment(demo.at), act

    def sighting(demo: DemoIncident, at: str, username: str, url: str) -> TimedAction:
        async def act() -> None:
            fields = {**demo.report, "detected_at": moment(at), "urls": [url]}
            await report_incident(session, await acting(username), IncidentCreate(**fields))

        return moment(at), act

    def stepping(key: str, step: Step) -> TimedAction:
        async def act() -> None:
            principal, incident = await acting(step.username), into[key]
            if step.to is not None:
                transition = Transition(to=step.to, reason=step.reason)
                await move(session, principal, incident.id, transition, incident.version)
            elif step.escalate:
                data = Escalation(reason=step.reason)
                await escalate(session, principal, incident.id, data, incident.version)
            else:
                note = Acknowledgement(note=step.reason)
                await acknowledge(session, principal, incident.id, note, incident.version)
            if step.verdict is not None:
                patch = IncidentPatch(verdict=step.verdict)
                await edit_incident(session, principal, incident.id, patch, incident.version)

        return moment(step.at), act

    def recording(key: str, at: str, username: str, fields: dict[str, Any]) -> TimedAction:
        async def act() -> None:
            person = PersonCreate(**fields)
            await add_person(session, await acting(username), into[key].id, person)

        return moment(at), act

    return [
        action
        for demo in INCIDENTS
        for action in [
            reporting(demo),
            *(sighting(demo, *seen) for seen in demo.sightings),
            *(stepping(demo.key, step) for step in demo.steps),
            *(recording(demo.key, *person) for person in demo.people),
        ]
    ]


async def seed_incidents(session: AsyncSession, acting: Acting) -> dict[str, Incident]:
    """The year's incidents alone, in their order (the demo enters them within its timeline)."""
    incidents: dict[str, Incident] = {}
    await run_in_order(session, incident_actions(session, acting, incidents))
    return incidents
