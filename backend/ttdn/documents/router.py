from typing import Annotated, Any

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from ttdn.core.authz import Principal, require
from ttdn.core.db import SessionDep
from ttdn.core.errors import ProblemDetails
from ttdn.core.files import attachment
from ttdn.core.ids import IdInPath
from ttdn.documents.commune_reports import commune_report_document
from ttdn.documents.pdf import converter, to_pdf
from ttdn.documents.plans import plan_document

router = APIRouter(prefix="/plans", tags=["documents"])
commune_reports_router = APIRouter(prefix="/commune-reports", tags=["documents"])
formats_router = APIRouter(prefix="/documents", tags=["documents"])
Reader = Annotated[Principal, require("plans:read")]
ReportReader = Annotated[Principal, require("reports:read")]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOCX_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {DOCX: {}}, "description": "Tệp DOCX"}
}
PDF_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/pdf": {}}, "description": "Tệp PDF"},
    501: {"model": ProblemDetails, "description": "Máy chủ chưa cài LibreOffice"},
}


async def pdf_of(docx: tuple[bytes, str]) -> Response:
    """The PDF copy of a DOCX to download, named like it; 501 without LibreOffice."""
    data, filename = docx
    return attachment(
        await to_pdf(data), filename.removesuffix(".docx") + ".pdf", "application/pdf"
    )


@router.get(
    "/{plan_id:int}/document.docx",
    summary="Kế hoạch dạng văn bản DOCX (thể thức Nghị định 30/2020/NĐ-CP)",
    response_class=Response,
    responses=DOCX_RESPONSES,
)
async def plan_docx(plan_id: IdInPath, session: SessionDep, principal: Reader) -> Response:
    data, filename = await plan_document(session, principal, plan_id)
    return attachment(data, filename, DOCX)


@router.get(
    "/{plan_id:int}/document.pdf",
    summary="Kế hoạch dạng PDF (khi máy chủ có LibreOffice)",
    response_class=Response,
    responses=PDF_RESPONSES,
)
async def plan_pdf(plan_id: IdInPath, session: SessionDep, principal: Reader) -> Response:
    return await pdf_of(await plan_document(session, principal, plan_id))


@commune_reports_router.get(
    "/{report_id:int}/document.docx",
    summary="Báo cáo của xã dạng văn bản DOCX (thể thức Nghị định 30/2020/NĐ-CP)",
    response_class=Response,
    responses=DOCX_RESPONSES,
)
async def commune_report_docx(
    report_id: IdInPath, session: SessionDep, principal: ReportReader
) -> Response:
    data, filename = await commune_report_document(session, principal, report_id)
    return attachment(data, filename, DOCX)


@commune_reports_router.get(
    "/{report_id:int}/document.pdf",
    summary="Báo cáo của xã dạng PDF (khi máy chủ có LibreOffice)",
    response_class=Response,
    responses=PDF_RESPONSES,
)
async def commune_report_pdf(
    report_id: IdInPath, session: SessionDep, principal: ReportReader
) -> Response:
    return await pdf_of(await commune_report_document(session, principal, report_id))


class DocumentFormats(BaseModel):
    docx: bool = Field(description="Luôn có")
    pdf: bool = Field(description="Khi máy chủ có LibreOffice")


@formats_router.get(
    "/formats", response_model=DocumentFormats, summary="Các định dạng văn bản máy chủ xuất được"
)
async def document_formats(principal: Reader) -> DocumentFormats:
    """So that a screen offers a PDF only where the server can make one (else a 501)."""
    return DocumentFormats(docx=True, pdf=converter() is not None)
