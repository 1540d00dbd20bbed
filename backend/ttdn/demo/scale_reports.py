"""A year of reporting in each commune of `ttdn seed-scale`, as of `AS_OF` (15/10/2025).

Each plan's periods are made from its two deadlines as `reports.generation` makes them (the
6-month report due 01/6, the yearly one due 01/11), with the police's four quarters beside them,
Công an xã alone reporting in those. Every unit leading a task has its part in each period:
in a period the units owed before `AS_OF`, most parts were submitted (some late) and accepted,
some wait for the coordinator, a few were returned with a comment and a few never came; in
the others the parts are drafts, a few with figures entered. The commune's 6-month report went
through its own steps: most communes sent it (some late) and the province accepted most,
returned some and has yet to read others; a few communes have it approved or compiled only,
a few not at all. Review histories and audit events follow each step.

The counted figures of a submitted part (press interactions, incidents handled) are counted
from the commune's records as the reports module counts them; the task status table of a
commune report counts the occurrences as they stood on the day it was compiled.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from ttdn.demo.scale_province import YEAR, Builder, Commune, moment
from ttdn.demo.scale_tasks import REPORTER_OF
from ttdn.reports.commune import FIGURES
from ttdn.reports.generation import period_dates
from ttdn.reports.models import (
    CommuneReportStatus,
    PeriodKind,
    UnitReportStatus,
    period_kind_of,
)
from ttdn.tasks.models import TaskStatus

AS_OF = date(YEAR, 10, 15)
QUARTERS = ("I", "II", "III", "IV")
# How a part owed before `AS_OF` stands: (status it ended in, weight).
PART_FATES = (
    (UnitReportStatus.accepted, 80),
    (UnitReportStatus.submitted, 8),
    (UnitReportStatus.returned, 5),
    (UnitReportStatus.draft, 7),
)
# How a commune's 6-month report stands: (last status, or None for never compiled, weight).
COMMUNE_FATES = (
    (CommuneReportStatus.accepted, 55),
    (CommuneReportStatus.sent, 15),
    (CommuneReportStatus.returned, 10),
    (CommuneReportStatus.approved, 5),
    (CommuneReportStatus.draft, 5),
    (None, 10),
)
RETURN_COMMENTS = (
    "Bổ sung số liệu về số tin, bài đã phát.",
    "Nêu rõ kết quả từng nhiệm vụ được giao, không chép lại kế hoạch.",
    "Bổ sung khó khăn, vướng mắc và đề xuất cụ thể.",
)
ENTERED = ("news_items_aired", "website_posts", "events_held", "people_trained")


@dataclass(frozen=True)
class Period:
    deadline_id: int | None
    kind: PeriodKind
    label: str
    starts_on: date
    ends_on: date
    internal_due_on: date
    due_on: date
    reporting_unit_id: int | None
    id: int = 0  # once added


class CommuneRecords:
    """What a commune's parts count from its records: the press interactions of each unit and
    the incidents each unit took action on, by day."""

    def __init__(self, builder: Builder, unit_ids: set[int]) -> None:
        self.interactions: dict[int, list[date]] = defaultdict(list)
        for row in builder.rows.get("media_interactions", []):
            if row["unit_id"] in unit_ids and row.get("deleted_at") is None:
                self.interactions[row["unit_id"]].append(row["occurred_on"])
        self.actions: dict[int, list[tuple[date, int]]] = defaultdict(list)
        for row in builder.rows.get("incident_actions", []):
            if row["unit_id"] in unit_ids:
                self.actions[row["unit_id"]].append((row["taken_on"], row["incident_id"]))

    def counted(self, unit_id: int, period: Period) -> tuple[int, int]:
        """(press interactions, incidents handled) of `unit_id` within the period."""

        def within(day: date) -> bool:
            return period.starts_on <= day <= period.ends_on

        press = sum(within(day) for day in self.interactions[unit_id])
        incidents = {incident for day, incident in self.actions[unit_id] if within(day)}
        return press, len(incidents)


def commune_reporting(builder: Builder, commune: Commune, superior: tuple[int, str]) -> None:
    """The commune's periods, its units' parts and its 6-month report (after its tasks)."""
    tasks = {row["id"] for row in builder.rows["tasks"] if row["plan_id"] == commune.plan_id}
    leads = sorted(
        {
            row["unit_id"]
            for row in builder.rows["task_assignees"]
            if row["task_id"] in tasks and row["role"] == "lead"
        }
    )
    unit_ids = set(commune.unit_ids.values())
    records = CommuneRecords(builder, unit_ids)
    names = {row["id"]: row["name"] for row in builder.rows["units"] if row["id"] in unit_ids}
    reporter = {commune.unit_ids[key]: commune.users[stem] for key, stem in REPORTER_OF.items()}
    path = builder.paths[commune.unit_ids["commune"]]
    for period in _periods(builder, commune):
        units = [period.reporting_unit_id] if period.reporting_unit_id else leads
        parts = [
            _part(builder, commune, period, unit_id, reporter[unit_id], records, path)
            for unit_id in units
        ]
        if period.kind is PeriodKind.semiannual:
            _commune_report(builder, commune, period, parts, tasks, superior, names)


def _periods(builder: Builder, commune: Commune) -> list[Period]:
    """The plan's periods from its deadlines, then the police's four quarters (made by hand
    as the demo's: the units' due date five days after the quarter, the superior's ten)."""
    wanted: list[Period] = []
    for row in builder.rows["reporting_deadlines"]:
        if row["plan_id"] == commune.plan_id:
            kind = period_kind_of(row["kind"])
            starts_on, ends_on, internal_due_on = period_dates(kind, row["due_on"], YEAR)
            wanted.append(
                Period(
                    row["id"],
                    kind,
                    row["label"],
                    starts_on,
                    ends_on,
                    internal_due_on,
                    row["due_on"],
                    None,
                )
            )
    for number, name in enumerate(QUARTERS, start=1):
        starts_on = date(YEAR, 3 * number - 2, 1)
        ends_on = (starts_on + timedelta(days=95)).replace(day=1) - timedelta(days=1)
        wanted.append(
            Period(
                None,
                PeriodKind.quarterly,
                f"Báo cáo quý {name} năm {YEAR} về xử lý thông tin sai sự thật",
                starts_on,
                ends_on,
                ends_on + timedelta(days=5),
                ends_on + timedelta(days=10),
                commune.unit_ids["cong_an"],
            )
        )
    made = moment(date(YEAR, 1, 15), 10)
    coordinator = commune.users["vhxh"]
    path = builder.paths[commune.unit_ids["commune"]]
    periods = []
    for period in wanted:
        period_id = builder.add(
            "reporting_periods",
            plan_id=commune.plan_id,
            deadline_id=period.deadline_id,
            reporting_unit_id=period.reporting_unit_id,
            kind=period.kind.value,
            label=period.label,
            starts_on=period.starts_on,
            ends_on=period.ends_on,
            internal_due_on=period.internal_due_on,
            due_on=period.due_on,
            version=1,
            created_at=made,
            updated_at=made,
        )
        builder.event(
            made, "reports.periods.create", coordinator, unit_path=path,
            object_type="reporting_period", object_id=period_id,
        )  # fmt: skip
        periods.append(replace(period, id=period_id))
    return periods


@dataclass(frozen=True)
class Part:
    unit_id: int
    status: UnitReportStatus
    figures: dict[str, int | None]
    on_time: bool | None


def _part(
    builder: Builder,
    commune: Commune,
    period: Period,
    unit_id: int,
    author: tuple[int, str],
    records: CommuneRecords,
    path: str,
) -> Part:
    """One unit's part of the period, with its history up to `AS_OF`."""
    rng = builder.random
    owed = period.internal_due_on <= AS_OF
    fate = _pick(rng, PART_FATES) if owed else UnitReportStatus.draft
    entered = fate is not UnitReportStatus.draft or (not owed and rng.random() < 0.2)
    figures: dict[str, int | None] = {name: None for name in FIGURES}
    if entered:
        figures.update({name: rng.randint(0, 12) for name in ENTERED})
        figures["budget_spent"] = rng.randint(0, 40) * 500_000
    submitted_on = period.internal_due_on + timedelta(days=rng.choice((-4, -2, -1, 0, 0, 2)))
    submitted = fate is not UnitReportStatus.draft
    kept = fate in (UnitReportStatus.submitted, UnitReportStatus.accepted)
    if kept:  # counted at submission; a returned part counts again until sent once more
        figures["press_interactions"], figures["incidents_handled"] = records.counted(
            unit_id, period
        )
    submitted_at = moment(submitted_on, 15, commune.number % 60) if submitted else None
    updated = submitted_at or moment(period.starts_on, 9)
    part_id = builder.add(
        "unit_reports",
        period_id=period.id,
        unit_id=unit_id,
        status=fate.value,
        **figures,
        difficulties="Kinh phí cho hoạt động thông tin đối ngoại còn hạn chế." if entered else "",
        proposals="",
        first_submitted_on=submitted_on if submitted else None,
        submitted_at=submitted_at if kept else None,
        version=1 + (fate is not UnitReportStatus.draft) + (fate in _REVIEWED),
        created_at=moment(date(YEAR, 1, 15), 10),
        updated_at=updated,
    )
    coordinator = commune.users["vhxh"]
    if submitted_at is not None:
        _part_step(builder, part_id, UnitReportStatus.draft, UnitReportStatus.submitted,
                   author, submitted_at, path)  # fmt: skip
    if fate in _REVIEWED and submitted_at is not None:
        comment = rng.choice(RETURN_COMMENTS) if fate is UnitReportStatus.returned else ""
        reviewed = submitted_at + timedelta(days=1)
        _part_step(builder, part_id, UnitReportStatus.submitted, fate, coordinator, reviewed,
                   path, comment)  # fmt: skip
    on_time = submitted_on <= period.internal_due_on if submitted else None
    return Part(unit_id, fate, figures, on_time)


_REVIEWED = (UnitReportStatus.accepted, UnitReportStatus.returned)


def _part_step(
    builder: Builder,
    part_id: int,
    from_status: UnitReportStatus,
    to_status: UnitReportStatus,
    actor: tuple[int, str],
    at: datetime,
    path: str,
    comment: str = "",
) -> None:
    builder.add(
        "unit_report_events",
        report_id=part_id,
        from_status=from_status.value,
        to_status=to_status.value,
        comment=comment,
        actor_user_id=actor[0],
        actor_name=builder.full_names.get(actor[0], actor[1]),
        created_at=at,
    )
    action = {
        UnitReportStatus.submitted: "reports.units.submit",
        UnitReportStatus.accepted: "reports.units.accept",
        UnitReportStatus.returned: "reports.units.return",
    }[to_status]
    builder.event(at, action, actor, unit_path=path, object_type="unit_report",
                  object_id=part_id)  # fmt: skip


def _commune_report(
    builder: Builder,
    commune: Commune,
    period: Period,
    parts: list[Part],
    tasks: set[int],
    superior: tuple[int, str],
    names: dict[int, str],
) -> None:
    """The commune's report of the period, as far as it went by `AS_OF`."""
    rng = builder.random
    path = builder.paths[commune.unit_ids["commune"]]
    fate = _pick(rng, COMMUNE_FATES)
    if fate is None:
        return
    compiled = moment(period.due_on - timedelta(days=rng.randint(3, 5)), 9, commune.number % 60)
    steps: list[tuple[CommuneReportStatus, tuple[int, str], datetime, str]] = [
        (CommuneReportStatus.draft, commune.users["vhxh"], compiled, "")
    ]
    if fate is not CommuneReportStatus.draft:
        approved = compiled + timedelta(days=1)
        steps.append((CommuneReportStatus.approved, commune.users["chutich"], approved, ""))
    sent_at = None
    if fate in (CommuneReportStatus.sent, *_SUPERIOR_DECIDED):
        sent_at = moment(period.due_on + timedelta(days=rng.choice((-2, -1, 0, 0, 3))), 16)
        steps.append((CommuneReportStatus.sent, commune.users["vhxh"], sent_at, ""))
    if fate in _SUPERIOR_DECIDED and sent_at is not None:
        decided = sent_at + timedelta(days=rng.randint(2, 9))
        comment = rng.choice(RETURN_COMMENTS) if fate is CommuneReportStatus.returned else ""
        steps.append((fate, superior, decided, comment))
    accepted = [part for part in parts if part.status is UnitReportStatus.accepted]
    report_id = builder.add(
        "commune_reports",
        period_id=period.id,
        status=fate.value,
        title=f"{period.label} thực hiện kế hoạch hoạt động thông tin đối ngoại năm {YEAR}",
        results="Các đơn vị đã triển khai các nhiệm vụ được giao theo kế hoạch.",
        difficulties="Kinh phí cho hoạt động thông tin đối ngoại còn hạn chế.",
        proposals="Đề nghị cấp trên hỗ trợ tập huấn nghiệp vụ thông tin đối ngoại.",
        figures={name: sum(part.figures[name] or 0 for part in accepted) for name in FIGURES},
        task_statuses=_task_statuses(builder, tasks, compiled.date(), names),
        parts=[
            {
                "unit_id": part.unit_id,
                "unit_name": names[part.unit_id],
                "status": part.status.value,
                "on_time": part.on_time,
            }
            for part in parts
        ],
        compiled_at=compiled,
        sent_at=sent_at,
        number=1 if sent_at else None,
        version=len(steps),
        created_at=compiled,
        updated_at=steps[-1][2],
    )
    if sent_at is not None:
        counters = builder.rows.setdefault("commune_report_counters", [])
        counters.append({"unit_id": commune.unit_ids["commune"], "year": YEAR, "last_number": 1})
    previous: CommuneReportStatus | None = None
    for status, actor, at, comment in steps:
        builder.add(
            "commune_report_events",
            report_id=report_id,
            from_status=previous.value if previous else None,
            to_status=status.value,
            comment=comment,
            actor_user_id=actor[0],
            actor_name=builder.full_names.get(actor[0], actor[1]),
            created_at=at,
        )
        builder.event(at, _COMMUNE_ACTIONS[status], actor, unit_path=path,
                      object_type="commune_report", object_id=report_id)  # fmt: skip
        previous = status


_SUPERIOR_DECIDED = (CommuneReportStatus.accepted, CommuneReportStatus.returned)
_COMMUNE_ACTIONS = {
    CommuneReportStatus.draft: "reports.commune.compile",
    CommuneReportStatus.approved: "reports.commune.approve",
    CommuneReportStatus.sent: "reports.commune.send",
    CommuneReportStatus.accepted: "reports.commune.accept",
    CommuneReportStatus.returned: "reports.commune.return",
}


def _task_statuses(
    builder: Builder, tasks: set[int], on: date, names: dict[int, str]
) -> list[dict[str, Any]]:
    """The occurrences of the plan's tasks per lead unit, by their status on `on` (a task's
    state as it stands now)."""
    states = {row["id"]: row["state"] for row in builder.rows["tasks"] if row["id"] in tasks}
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for row in builder.rows["task_occurrences"]:
        if row["task_id"] in states:
            counts[row["unit_id"]][_status_on(row, states[row["task_id"]], on)] += 1
    return [
        {
            "unit_id": unit_id,
            "unit_name": names[unit_id],
            "counts": dict(counted),
            "total": sum(counted.values()),
        }
        for unit_id, counted in sorted(counts.items())
    ]


def _status_on(occurrence: dict[str, Any], state: str, on: date) -> str:
    """What `tasks.status.occurrence_status` says of the occurrence on `on`, its completion and
    claim counted only if they came by then."""
    completed = occurrence.get("completed_on")
    claimed = occurrence.get("claimed_on")
    if state in (TaskStatus.cancelled.value, TaskStatus.paused.value):
        return state
    if completed is not None and completed <= on:
        late = completed > occurrence["original_due_on"]
        return (TaskStatus.done_late if late else TaskStatus.done_on_time).value
    if claimed is not None and claimed <= on:
        return TaskStatus.awaiting_confirmation.value
    if occurrence["due_on"] < on:
        return TaskStatus.overdue.value
    if completed is not None or occurrence["percent"] > 0:  # reported on by then, or since
        return TaskStatus.in_progress.value
    return TaskStatus.not_started.value


def _pick(rng: Any, fates: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([fate for fate, _ in fates], weights=[w for _, w in fates])[0]
