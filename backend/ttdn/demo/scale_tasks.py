"""The tasks of `ttdn seed-scale`'s plans and the year's progress on them, up to `AS_OF`.

Each commune's plan gets `TASKS_PER_PLAN` tasks of every schedule kind (done once, monthly,
quarterly, 6-monthly, yearly, continuous), titled after the demo's tasks of part III; every
tenth is given to the six residential areas as a group (one lead per area, as item 9), the
others to one lead unit, some with cooperating units; one is paused and one cancelled.
Occurrences come from the task service's own expansion (`tasks.recurrence.expand`).

Progress is entered as the services would have recorded it: a unit's report moves its
occurrence's percent, a completion claim sets `claimed_on`, the coordinator (the chairman for
the coordinator's own tasks) confirms on the date claimed or extends the due date, each with
its audit event. Occurrences due by `AS_OF` are mostly done (some late, some extended, some
claims awaiting confirmation, some overdue); later ones are partly in progress. So on `AS_OF`
every derived status appears.
"""

from datetime import date, datetime, timedelta
from typing import Any

from ttdn.core.authz import Role
from ttdn.core.text import search_text
from ttdn.demo import cao_xa_2023 as demo
from ttdn.demo.scale_province import (
    AREA_KEYS,
    COMMUNE_ACCOUNTS,
    COMMUNE_UNITS,
    YEAR,
    Builder,
    Commune,
    moment,
)
from ttdn.demo.seed import ITEM_9_GROUP
from ttdn.tasks.models import AssigneeRole, Frequency, Priority, Schedule, TaskState
from ttdn.tasks.recurrence import Due, expand

# The day the year's progress stands at: reports, claims and confirmations up to it.
AS_OF = date(YEAR, 10, 15)
ASSIGNED_ON = date(YEAR, 1, 16)  # the day after the plan is issued
TASKS_PER_PLAN = 200
GROUP_EVERY = 10  # every tenth task goes to the six residential areas
PAUSED_AT, CANCELLED_AT = 7, 13  # which task of each plan is paused, which cancelled
STATE_CHANGED_ON = date(YEAR, 5, 4)
# (schedule, frequency, how many of a plan's 200 tasks)
SCHEDULES: tuple[tuple[Schedule, Frequency | None, int], ...] = (
    (Schedule.once, None, 64),
    (Schedule.recurring, Frequency.monthly, 16),
    (Schedule.recurring, Frequency.quarterly, 30),
    (Schedule.recurring, Frequency.semiannual, 20),
    (Schedule.recurring, Frequency.yearly, 20),
    (Schedule.continuous, None, 50),
)
PROGRESS_TEXTS = (
    "Đã triển khai theo kế hoạch.",
    "Đã tuyên truyền trên hệ thống loa truyền thanh.",
    "Đã tổ chức hội nghị quán triệt tại đơn vị.",
    "Đang phối hợp với các đoàn thể thực hiện.",
    "Đã đăng tin bài trên trang thông tin điện tử của xã.",
    "Đã hoàn thành, gửi báo cáo kết quả.",
)
# Who reports for a unit: the last account of the unit that may report.
REPORTER_OF = {key: stem for stem, key, role in COMMUNE_ACCOUNTS if role != Role.admin}
LEAD_KEYS = [unit.key for unit in COMMUNE_UNITS]


def schedule_mix() -> list[tuple[Schedule, Frequency | None]]:
    """The schedules of a plan's tasks in order, interleaved so that every kind comes early."""
    remaining = {(schedule, frequency): n for schedule, frequency, n in SCHEDULES}
    order: list[tuple[Schedule, Frequency | None]] = []
    while any(remaining.values()):
        for kind, left in remaining.items():
            if left:
                remaining[kind] = left - 1
                order.append(kind)
    return order


def _snapshot(task: dict[str, Any], assignees: list[tuple[int, str]]) -> dict[str, Any]:
    """What `tasks.service` digests for a task's audit event."""
    return {
        "title": task["title"],
        "description": task["description"],
        "priority": task["priority"],
        "topics": list(task["topics"]),
        "schedule": task["schedule"],
        "frequency": task["frequency"],
        "due_on": task["due_on"].isoformat() if task["due_on"] else None,
        "state": task["state"],
        "section_id": task["section_id"],
        "group_label": task["group_label"],
        "assignees": sorted(assignees),
    }


def assign_and_progress(builder: Builder, commune: Commune) -> None:
    """The commune plan's tasks, entered by its coordinator the day after issue, each with its
    occurrences and their progress."""
    rng = builder.random
    coordinator = commune.users["vhxh"]
    plan_path = builder.paths[commune.unit_ids["commune"]]
    for index, (schedule, frequency) in enumerate(schedule_mix()[:TASKS_PER_PLAN]):
        template = demo.TASKS[index % len(demo.TASKS)]
        group = index % GROUP_EVERY == GROUP_EVERY - 1
        leads = list(AREA_KEYS) if group else [rng.choice(LEAD_KEYS)]
        others = [key for key in LEAD_KEYS if key not in leads and key not in AREA_KEYS]
        cooperating = rng.sample(others, k=rng.choice((0, 0, 1, 1, 2)))
        due_on = ASSIGNED_ON + timedelta(days=rng.randint(14, 340))
        state = {PAUSED_AT: TaskState.paused, CANCELLED_AT: TaskState.cancelled}.get(
            index, TaskState.active
        )
        created = moment(ASSIGNED_ON, 8, 30) + timedelta(seconds=20 * index)
        title = f"{template.title} ({index // len(demo.TASKS) + 1})"
        task: dict[str, Any] = {
            "plan_id": commune.plan_id,
            "section_id": commune.sections[template.section_code],
            "title": title,
            "description": template.description,
            "priority": rng.choice((Priority.normal,) * 8 + (Priority.high, Priority.low)).value,
            "topics": list(template.topics),
            "schedule": schedule.value,
            "frequency": frequency.value if frequency else None,
            "due_on": due_on if schedule is Schedule.once else None,
            "group_label": ITEM_9_GROUP if group else None,
            "state": TaskState.active.value,
            "search_text": search_text(title, template.description),
            "version": 1,
            "created_at": created,
            "updated_at": created,
            "deleted_at": None,
        }
        task_id = builder.add("tasks", **task)
        assignees = [(commune.unit_ids[key], AssigneeRole.lead.value) for key in leads] + [
            (commune.unit_ids[key], AssigneeRole.cooperating.value) for key in cooperating
        ]
        for unit_id, role in assignees:
            builder.add("task_assignees", task_id=task_id, unit_id=unit_id, role=role)
        builder.event(
            created, "tasks.create", coordinator, unit_path=plan_path, object_type="task",
            object_id=task_id, after=_snapshot(task, assignees),
        )  # fmt: skip
        if state is not TaskState.active:
            before = _snapshot(task, assignees)
            changed = moment(STATE_CHANGED_ON, 14, index)
            task.update(state=state.value, version=2, updated_at=changed)
            builder.rows["tasks"][-1].update(state=state.value, version=2, updated_at=changed)
            builder.event(
                changed, "tasks.update", coordinator, unit_path=plan_path, object_type="task",
                object_id=task_id, before=before, after=_snapshot(task, assignees),
            )  # fmt: skip
        dues = expand(
            schedule,
            year=YEAR,
            due_on=task["due_on"],
            frequency=frequency,
            reporting_deadlines=commune.deadlines,
        )
        for lead in leads:
            for due in dues:
                occurrence = _Occurrence(builder, commune, task_id, lead, due, created)
                if state is TaskState.active:
                    occurrence.progress(cooperating if len(leads) == 1 else [])
                occurrence.write()


class _Occurrence:
    """One occurrence of a lead unit, and the steps of its progress up to `AS_OF`."""

    def __init__(
        self,
        builder: Builder,
        commune: Commune,
        task_id: int,
        lead: str,
        due: Due,
        created: datetime,
    ) -> None:
        self.builder, self.commune, self.task_id, self.lead = builder, commune, task_id, lead
        self.id = builder.next_id("task_occurrences")
        self.row: dict[str, Any] = {
            "task_id": task_id,
            "unit_id": commune.unit_ids[lead],
            "label": due.label,
            "due_on": due.due_on,
            "original_due_on": due.due_on,
            "percent": 0,
            "claimed_on": None,
            "completed_on": None,
            "confirmed_by_user_id": None,
            "version": 1,
            "created_at": created,
            "updated_at": created,
        }
        self.overseer = commune.users["chutich" if lead == "vhxh" else "vhxh"]

    def write(self) -> None:
        """Added once its progress is known; its reports already name it by `self.id`."""
        self.builder.add("task_occurrences", **self.row)

    def _at(self, day: date) -> tuple[date, datetime]:
        """A day and a moment of it in office hours, never before the task was assigned nor
        after `AS_OF`."""
        rng = self.builder.random
        day = min(max(day, ASSIGNED_ON + timedelta(days=1)), AS_OF)
        return day, moment(day, rng.randint(7, 16), rng.randint(0, 59), rng.randint(0, 59))

    def _changed(self, at: datetime, **values: Any) -> None:
        self.row.update(values, version=self.row["version"] + 1, updated_at=at)

    def report(
        self, day: date, percent: int | None, *, claim: bool = False, unit: str = ""
    ) -> None:
        """A report of the lead (or of a cooperating `unit`), as `tasks.progress` enters it."""
        unit = unit or self.lead
        day, at = self._at(day)
        author = self.commune.users[REPORTER_OF[unit]]
        text = self.builder.random.choice(PROGRESS_TEXTS)
        update_id = self.builder.add(
            "task_updates",
            task_id=self.task_id,
            occurrence_id=self.id,
            unit_id=self.commune.unit_ids[unit],
            author_user_id=author[0],
            author_name=self.builder.full_names[author[0]],
            text=text,
            percent=percent,
            figures={},
            claims_completion=claim,
            returns_claim=False,
            created_at=at,
        )
        self.builder.event(
            at, "tasks.updates.create", author,
            unit_path=self.builder.paths[self.commune.unit_ids[unit]],
            object_type="task_update", object_id=update_id,
            after={
                "task_id": self.task_id, "text": text, "percent": percent,
                "claims_completion": claim,
            },
        )  # fmt: skip
        if unit != self.lead:
            return
        if claim:
            self._changed(at, claimed_on=day, percent=100)
        elif percent is not None and percent != self.row["percent"]:
            self._changed(at, percent=percent)

    def extend(self, day: date, new_due: date) -> None:
        _day, at = self._at(day)
        before = {"due_on": self.row["due_on"].isoformat()}
        self._changed(at, due_on=new_due)
        self._event(at, "tasks.occurrences.extend", before, {"due_on": new_due.isoformat()})

    def confirm(self, day: date) -> None:
        """Confirmed done on the date claimed; not when that day is after `AS_OF` (the claim
        then still waits)."""
        if day > AS_OF or self.row["claimed_on"] is None:
            return
        _day, at = self._at(max(day, self.row["claimed_on"]))
        completed = self.row["claimed_on"]
        self._changed(
            at, completed_on=completed, percent=100, confirmed_by_user_id=self.overseer[0]
        )
        self._event(at, "tasks.occurrences.confirm", None, {"completed_on": completed.isoformat()})

    def _event(
        self, at: datetime, action: str, before: dict[str, Any] | None, after: dict[str, Any]
    ) -> None:
        self.builder.event(
            at, action, self.overseer,
            unit_path=self.builder.paths[self.commune.unit_ids[self.lead]],
            object_type="task_occurrence", object_id=self.id, before=before, after=after,
        )  # fmt: skip

    def progress(self, cooperating: list[str]) -> None:
        """The year's steps on this occurrence, drawn from the seed."""
        rng = self.builder.random
        due: date = self.row["due_on"]
        days = rng.randint
        draw = rng.random()
        if due <= AS_OF:
            if draw < 0.05:
                pass  # nothing reported: overdue
            elif draw < 0.08:
                self.report(due - timedelta(days=10), rng.choice((30, 50)))  # overdue
            elif draw < 0.12:
                new_due = due + timedelta(days=days(20, 90))
                self.extend(due - timedelta(days=2), new_due)
                if new_due > AS_OF:
                    if draw < 0.10:  # in progress; else not started
                        self.report(AS_OF - timedelta(days=days(1, 10)), 40)
                else:  # done after the original date: late
                    self.report(new_due - timedelta(days=3), None, claim=True)
                    self.confirm(new_due - timedelta(days=1))
            elif draw < 0.16:  # claimed late, awaiting confirmation
                self.report(due + timedelta(days=days(2, 20)), None, claim=True)
            elif draw < 0.26:  # done late
                claimed = due + timedelta(days=days(2, 20))
                self.report(claimed, None, claim=True)
                self.confirm(claimed + timedelta(days=days(1, 5)))
            else:  # done on time
                if draw < 0.6:
                    self.report(due - timedelta(days=15), 50)
                claimed = due - timedelta(days=days(0, 8))
                self.report(claimed, None, claim=True)
                self.confirm(claimed + timedelta(days=days(1, 6)))
        elif draw < 0.30:  # in progress
            self.report(AS_OF - timedelta(days=days(1, 40)), days(2, 8) * 10)
        elif draw < 0.36:  # done early
            claimed = AS_OF - timedelta(days=days(3, 30))
            self.report(claimed, None, claim=True)
            self.confirm(claimed + timedelta(days=days(1, 3)))
        elif draw < 0.39:  # claimed early, awaiting confirmation
            self.report(AS_OF - timedelta(days=days(1, 20)), None, claim=True)
        if cooperating and self.row["version"] > 1 and rng.random() < 0.3:
            self.report(self.row["updated_at"].date(), None, unit=rng.choice(cooperating))
