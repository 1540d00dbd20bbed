"""The draft plan an import becomes once the coordinator has reviewed its proposal: the header,
the căn cứ and cited documents (picked among those entered, or added), the sections tree and
the tasks placed in it, created in one transaction through the services that write them by
hand (so every step is checked and audited), or nothing at all."""

from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.errors import Invalid, Problem
from ttdn.core.ids import RowId
from ttdn.core.text import Line
from ttdn.plans.legal_references import find_or_create_legal_reference
from ttdn.plans.models import Plan
from ttdn.plans.schemas import LegalReferenceCreate, PlanCreate, SectionContent, SectionCreate
from ttdn.plans.sections import create_section
from ttdn.plans.service import create_plan
from ttdn.tasks.schemas import TaskContent, TaskCreate
from ttdn.tasks.service import create_task


class ReviewedReference(BaseModel):
    """A căn cứ or a cited document: one already entered, or one to add (the one entered is
    taken instead when it is the same document: kind, number and issuer)."""

    model_config = ConfigDict(extra="forbid")

    reference_id: RowId | None = Field(default=None, description="Văn bản đã có")
    new: LegalReferenceCreate | None = Field(default=None, description="Hoặc văn bản cần thêm")

    @model_validator(mode="after")
    def _one_of_the_two(self) -> Self:
        if (self.reference_id is None) == (self.new is None):
            raise ValueError("Chọn một văn bản đã có (reference_id) hoặc nhập văn bản mới (new)")
        return self


class ReviewedSection(SectionContent):
    children: list["ReviewedSection"] = Field(default_factory=list, max_length=100)


class ReviewedTask(TaskContent):
    section_path: Line | None = Field(
        default=None,
        description="Mục chứa nhiệm vụ: các mã nối bằng dấu chấm từ mục gốc, ví dụ III.1",
    )


References = list[ReviewedReference]


class ReviewedDraft(BaseModel):
    """The proposal as the coordinator corrected it. The plan's `legal_basis_ids` and
    `cited_reference_ids` are given here as `legal_bases` and `cited_references`."""

    model_config = ConfigDict(extra="forbid")

    plan: PlanCreate
    legal_bases: References = Field(default_factory=list, max_length=100)
    cited_references: References = Field(default_factory=list, max_length=100)
    sections: list[ReviewedSection] = Field(default_factory=list, max_length=100)
    tasks: list[ReviewedTask] = Field(default_factory=list, max_length=500)

    @model_validator(mode="after")
    def _references_given_once(self) -> Self:
        if self.plan.legal_basis_ids or self.plan.cited_reference_ids:
            raise ValueError("Căn cứ và văn bản được dẫn ghi ở legal_bases và cited_references")
        return self


def section_paths(sections: list[ReviewedSection], parent: str = "") -> list[str]:
    """The full code of every section (`III`, `III.1` …), in order."""
    paths = []
    for section in sections:
        path = f"{parent}.{section.code}" if parent else section.code
        paths += [path, *section_paths(section.children, path)]
    return paths


def _check_places(draft: ReviewedDraft) -> None:
    """422 before anything is written: two sections of one full code, or a task placed in a
    section the draft does not have."""
    paths = section_paths(draft.sections)
    seen: set[str] = set()
    for path in paths:
        if path in seen:
            raise Invalid(f"Hai mục cùng mã {path}.", loc=["body", "sections"])
        seen.add(path)
    for index, task in enumerate(draft.tasks):
        if task.section_path is not None and task.section_path not in seen:
            raise Invalid(
                f"Không có mục {task.section_path} trong dự thảo.",
                loc=["body", "tasks", index, "section_path"],
            )


async def _reference_ids(
    session: AsyncSession, principal: Principal, references: References, taken: set[int]
) -> list[int]:
    """The ids of `references` in order, each once, none already `taken` (a document found
    twice, or both as căn cứ and cited, keeps its first place)."""
    ids = []
    for reference in references:
        reference_id = reference.reference_id or await find_or_create_legal_reference(
            session,
            principal,
            reference.new,  # type: ignore[arg-type]  # one of the two is set
        )
        if reference_id not in taken:
            taken.add(reference_id)
            ids.append(reference_id)
    return ids


async def _create_sections(
    session: AsyncSession,
    principal: Principal,
    plan_id: int,
    sections: list[ReviewedSection],
    parent: tuple[int, str] | None,
    created: dict[str, int],
) -> None:
    """The tree in order; `created` maps each full code to the new section's id."""
    for section in sections:
        made = await create_section(
            session,
            principal,
            plan_id,
            SectionCreate(
                parent_id=parent[0] if parent else None,
                **section.model_dump(exclude={"children"}),
            ),
        )
        path = f"{parent[1]}.{section.code}" if parent else section.code
        created[path] = made.id
        await _create_sections(
            session, principal, plan_id, section.children, (made.id, path), created
        )


async def create_draft(session: AsyncSession, principal: Principal, draft: ReviewedDraft) -> Plan:
    """The draft plan of the reviewed import; 422 (nothing created, the caller's transaction
    rolled back) when any part is wrong, naming it."""
    _check_places(draft)
    taken: set[int] = set()
    bases = await _reference_ids(session, principal, draft.legal_bases, taken)
    cited = await _reference_ids(session, principal, draft.cited_references, taken)
    plan = await create_plan(
        session,
        principal,
        draft.plan.model_copy(update={"legal_basis_ids": bases, "cited_reference_ids": cited}),
    )
    sections: dict[str, int] = {}
    await _create_sections(session, principal, plan.id, draft.sections, None, sections)
    for index, task in enumerate(draft.tasks):
        placed = TaskCreate(
            plan_id=plan.id,
            section_id=sections[task.section_path] if task.section_path else None,
            **task.model_dump(exclude={"section_path"}),
        )
        try:
            await create_task(session, principal, placed)
        except Problem as problem:  # named at the task, for the review screen to show there
            raise problem.placed_under("body", "tasks", index) from problem
    return plan
