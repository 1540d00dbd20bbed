from typing import Annotated

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from ttdn.core.authz import Principal, require
from ttdn.core.db import SessionDep
from ttdn.core.errors import ProblemDetails
from ttdn.core.files import attachment
from ttdn.core.ids import IdInPath
from ttdn.documents.pdf import converter, to_pdf
from ttdn.documents.plans import plan_document

router = APIRouter(prefix="/plans", tags=["documents"])
formats_router = APIRouter(prefix="/documents", tags=["documents"])
Reader = Annotated[Principal, require("plans:read")]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@router.get(
    "/{plan_id:int}/document.docx",
    summary="Kế hoạch dạng văn bản DOCX (thể thức Nghị định 30/2020/NĐ-CP)",
    response_class=Response,
    responses={200: {"content": {DOCX: {}}, "description": "Tệp DOCX"}},
)
async def plan_docx(plan_id: IdInPath, session: SessionDep, principal: Reader) -> Response:
    data, filename = await plan_document(session, principal, plan_id)
    return attachment(data, filename, DOCX)


@router.get(
    "/{plan_id:int}/document.pdf",
    summary="Kế hoạch dạng PDF (khi máy chủ có LibreOffice)",
    response_class=Response,
    responses={
        200: {"content": {"application/pdf": {}}, "description": "Tệp PDF"},
        501: {"model": ProblemDetails, "description": "Máy chủ chưa cài LibreOffice"},
    },
)
async def plan_pdf(plan_id: IdInPath, session: SessionDep, principal: Reader) -> Response:
    data, filename = await plan_document(session, principal, plan_id)
    return attachment(
        await to_pdf(data), filename.removesuffix(".docx") + ".pdf", "application/pdf"
    )


class DocumentFormats(BaseModel):
    docx: bool = Field(description="Luôn có")
    pdf: bool = Field(description="Khi máy chủ có LibreOffice")


@formats_router.get(
    "/formats", response_model=DocumentFormats, summary="Các định dạng văn bản máy chủ xuất được"
)
async def document_formats(principal: Reader) -> DocumentFormats:
    """So that a screen offers a PDF only where the server can make one (else a 501)."""
    return DocumentFormats(docx=True, pdf=converter() is not None)
