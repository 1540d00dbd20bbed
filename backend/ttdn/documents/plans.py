"""A plan as the official document the commune signs (`official.py`): its căn cứ, introduction,
sections in order with their text, closing, recipients and signer, read through `plans` as the
caller may read the plan."""

import re

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.text import fold
from ttdn.documents.official import (
    Heading,
    OfficialDocument,
    Signature,
    document_number,
    place_and_date,
    subject_line,
)
from ttdn.plans.models import PlanStatus
from ttdn.plans.reading import read_plan
from ttdn.plans.schemas import PlanDetail, SectionNode
from ttdn.plans.sections import section_tree


def basis_line(citation: str, title: str | None) -> str:
    """`Căn cứ …;` from a reference's citation and its title (the title joins the citation
    unless it repeats it or restates its kind)."""
    extra = (title or "").strip()
    if not extra or extra in citation:
        text = citation
    elif fold(extra).startswith(fold(" ".join(citation.split()[:2]))):
        text = extra
    elif re.search(r"\b(số|ngày)\b", citation):
        text = f"{citation} {extra[:1].lower()}{extra[1:]}"
    else:
        text = f"{citation} {extra}"
    return f"Căn cứ {text};"


def _sections(document: OfficialDocument, nodes: list[SectionNode], depth: int) -> None:
    for node in nodes:
        document.section_title(node.code, node.title, depth)
        document.paragraphs(node.body)
        _sections(document, node.children, depth + 1)


def compose(plan: PlanDetail, sections: list[SectionNode]) -> bytes:
    """The DOCX of `plan` with its `sections`."""
    document = OfficialDocument()
    document.heading(
        Heading(
            issuer=plan.unit.name,
            number=document_number(plan.number_symbol, plan.symbol),
            place_date=place_and_date(plan.place, plan.issued_on) if plan.issued_on else None,
            kind="Kế hoạch",
            subject=subject_line(plan.title, "Kế hoạch"),
        )
    )
    if plan.status == PlanStatus.draft:
        document.paragraph("(Dự thảo)", italic=True)
    for basis in plan.legal_bases:
        document.basis(basis_line(basis.citation, basis.title))
    document.paragraphs(plan.introduction)
    _sections(document, sections, 0)
    document.paragraphs(plan.closing)
    signer = plan.signer
    signature = (
        Signature(f"{signer.authority.value} {signer.body}", signer.position, signer.full_name)
        if signer is not None
        else None
    )
    document.closing(plan.recipients, signature)
    return document.to_bytes()


async def plan_document(
    session: AsyncSession, principal: Principal, plan_id: int
) -> tuple[bytes, str]:
    """The DOCX of a plan the caller reads, and its file name (`ke-hoach-38-KH-UBND.docx`);
    `NotFound` as reading the plan."""
    plan = await read_plan(session, principal, plan_id)
    sections = await section_tree(session, principal, plan_id)
    name = (plan.number_symbol or f"du-thao-{plan.id}").replace("/", "-")
    return compose(plan, sections), f"ke-hoach-{name}.docx"
