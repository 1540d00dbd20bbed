"""The draft an import proposes: what the importer read in a plan's text, for the coordinator to
review and correct side by side with the source before anything is created.

Every proposed thing carries `line`, the number (from 1) of the line of `source_lines` it
starts on, so that a screen can show the source next to it. Nothing here is stored: the
coordinator's corrected draft is what `drafting.py` then makes a draft plan of.
"""

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, Field

from ttdn.plans.models import LegalReferenceKind, ReportingKind, SectionRole, SignerAuthority
from ttdn.tasks.models import Frequency, Schedule


class WarningKind(StrEnum):
    no_structure = "no_structure"  # nothing a plan is made of was found
    missing_field = "missing_field"  # a header field the text does not give
    misprint = "misprint"  # a word that cannot be Vietnamese; kept as written
    skipped_number = "skipped_number"  # 6 then 8: kept as printed
    repeated_number = "repeated_number"  # a number given twice, or a list that starts again
    heading_over_lines = "heading_over_lines"  # a heading the extraction broke over lines
    unmatched_unit = "unmatched_unit"  # a unit named in the text that the unit tree lacks
    ambiguous_unit = "ambiguous_unit"  # a unit name that fits several units equally
    unreadable_date = "unreadable_date"  # 31/02/2023 and the like; kept as written


class ProposalWarning(BaseModel):
    """Something the coordinator should look at, where it is in the source."""

    kind: WarningKind
    line: int | None = Field(description="Dòng trong source_lines (từ 1); null: cả văn bản")
    text: str = Field(description="Đoạn chữ liên quan, đúng như trong văn bản")
    message: str = Field(description="Giải thích bằng tiếng Việt")


class SourceInfo(BaseModel):
    filename: str
    media_type: str = Field(description="text/plain, DOCX hoặc application/pdf")
    line_count: int


class ProposedHeader(BaseModel):
    """The head of the document (thể thức, Nghị định 30/2020/NĐ-CP); each field null when the
    text does not give it."""

    issuing_body: str | None = Field(description="Cơ quan ban hành, ví dụ UBND xã Cao Xá")
    issuing_unit_id: int | None = Field(description="Đơn vị khớp trong cây đơn vị")
    number: int | None = Field(description="Số của văn bản; null với bản chưa có số")
    symbol: str | None = Field(description="Ký hiệu, ví dụ KH-UBND")
    place: str | None = Field(description="Địa danh, ví dụ Cao Xá")
    issued_on: date | None
    document_type: str | None = Field(description="Loại văn bản như in: KẾ HOẠCH")
    title: str | None = Field(description="Tên kế hoạch, ví dụ Kế hoạch hoạt động … năm 2023")
    year: int | None
    introduction: str = Field(description="Đoạn mở đầu sau các căn cứ")
    closing: str = Field(description="Đoạn kết (Trên đây là …)")
    lines: dict[str, int] = Field(
        default_factory=dict, description="Dòng nguồn của từng trường đã đọc được"
    )


class ProposedLegalReference(BaseModel):
    """A document the plan rests on (`Căn cứ …`) or that its text cites."""

    kind: LegalReferenceKind
    number: str | None = Field(description="Ví dụ 72/2015/NĐ-CP, như in")
    issued_on: date | None
    issuer: str
    title: str
    citation: str = Field(description="Đoạn trích dẫn như trong văn bản")
    cited: bool = Field(description="false: căn cứ ở đầu văn bản; true: được dẫn trong nội dung")
    section_path: str | None = Field(description="Mục có trích dẫn, ví dụ II.1")
    line: int


class ProposedSection(BaseModel):
    """A numbered part of the plan (I., 1., 4.1., a) …) with its text."""

    code: str = Field(description="Như in, không có dấu chấm: I, 1, 4.1, a")
    path: str = Field(description="Mã đầy đủ: II.4.1")
    title: str
    body: str = Field(description="Các đoạn, cách nhau bởi xuống dòng; gạch đầu dòng giữ '- '")
    role: SectionRole | None
    line: int
    children: list["ProposedSection"] = Field(default_factory=list)


class ProposedSchedule(BaseModel):
    """When a task is due, in the task API's words."""

    schedule: Schedule
    due_on: date | None = Field(default=None, description="Với once")
    frequency: Frequency | None = Field(default=None, description="Với recurring")
    phrase: str | None = Field(
        default=None, description="Cụm từ về thời hạn như trong văn bản; null: không ghi"
    )


class UnitMatch(BaseModel):
    """A unit named in the text and what it was matched to in the unit tree."""

    name: str = Field(description="Tên như trong văn bản")
    unit_id: int | None = Field(description="Đơn vị khớp; null: không khớp hoặc là một nhóm")
    unit_name: str | None
    group_unit_ids: list[int] = Field(
        default_factory=list,
        description="Với một nhóm (các khu dân cư …): từng đơn vị của nhóm",
    )


class ProposedTask(BaseModel):
    description: str = Field(description="Câu nhiệm vụ như trong văn bản")
    section_path: str = Field(description="Mục chứa câu, ví dụ III.1")
    line: int
    schedule: ProposedSchedule
    cooperating_units: list[UnitMatch] = Field(default_factory=list)


class ProposedUnit(UnitMatch):
    """A responsible unit of the plan (Tổ chức thực hiện, or the lead column of a task table)
    with its task sentences."""

    section_path: str | None
    line: int
    tasks: list[ProposedTask] = Field(default_factory=list)


class ProposedReportingDeadline(BaseModel):
    kind: ReportingKind
    due_on: date
    label: str
    line: int


class ProposedSigner(BaseModel):
    authority: SignerAuthority | None
    body: str | None
    position: str | None
    full_name: str | None
    line: int


class Proposal(BaseModel):
    """The whole draft. An empty proposal (no sections, no units) comes with a `no_structure`
    warning saying why."""

    source: SourceInfo
    source_lines: list[str] = Field(description="Văn bản đã đọc, từng dòng, đánh số từ 1")
    header: ProposedHeader
    legal_bases: list[ProposedLegalReference] = Field(description="Căn cứ, theo thứ tự")
    cited_references: list[ProposedLegalReference] = Field(
        description="Văn bản được dẫn trong nội dung, theo thứ tự, mỗi văn bản một lần"
    )
    sections: list[ProposedSection]
    units: list[ProposedUnit] = Field(description="Đơn vị thực hiện và các câu nhiệm vụ")
    reporting_deadlines: list[ProposedReportingDeadline]
    recipients: list[str] = Field(description="Nơi nhận")
    signer: ProposedSigner | None
    warnings: list[ProposalWarning]

    @property
    def unmatched_units(self) -> list[ProposedUnit]:
        """The responsible units the coordinator must decide about."""
        return [unit for unit in self.units if unit.unit_id is None and not unit.group_unit_ids]
