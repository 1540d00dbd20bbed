from typing import Annotated

from fastapi import APIRouter, Depends, File, Query, Response, UploadFile, status

from ttdn.core.authz import Principal, require
from ttdn.core.dates import Day
from ttdn.core.db import SessionDep
from ttdn.core.errors import Invalid, ProblemDetails
from ttdn.core.exports import (
    SPREADSHEET_RESPONSES,
    ExportFormat,
    ExportFormatQuery,
    ExportParamsDep,
)
from ttdn.core.files import attachment
from ttdn.core.ids import IdInPath, IdInQuery
from ttdn.core.pagination import ListParamsDep, Page, page_of
from ttdn.core.versioning import IfMatchDep, set_etag
from ttdn.media import (
    documents,
    exports,
    follow_up,
    interaction_edits,
    interactions,
    summary,
)
from ttdn.media.models import FollowUpStatus, InteractionKind
from ttdn.media.schemas import (
    DocumentRead,
    FollowUpStep,
    InteractionCreate,
    InteractionRead,
    InteractionSummary,
    InteractionUpdate,
)

router = APIRouter(prefix="/media/interactions", tags=["media"])
InteractionId = IdInPath
DocumentId = IdInPath
Reader = Annotated[Principal, require("media:read")]
Writer = Annotated[Principal, require("media:write")]


def interaction_filters(
    kind: InteractionKind | None = None,
    unit_id: IdInQuery = None,
    outlet_id: IdInQuery = None,
    contact_id: IdInQuery = None,
    occurred_from: Annotated[Day | None, Query(description="Từ ngày")] = None,
    occurred_to: Annotated[Day | None, Query(description="Đến ngày")] = None,
    topic: Annotated[str | None, Query(max_length=100, description="Chủ đề (không dấu)")] = None,
    follow_up_status: FollowUpStatus | None = None,
    open: Annotated[
        bool | None, Query(description="Phản ánh chưa trả lời (true) hoặc đã trả lời (false)")
    ] = None,
    overdue: Annotated[
        bool | None, Query(description="Phản ánh chưa trả lời đã quá hạn (hoặc không)")
    ] = None,
    task_id: IdInQuery = None,
    incident_id: IdInQuery = None,
) -> interactions.InteractionFilters:
    if occurred_from and occurred_to and occurred_from > occurred_to:
        raise Invalid("Từ ngày phải trước đến ngày.", loc=["query", "occurred_from"])
    return interactions.InteractionFilters(
        kind=kind,
        unit_id=unit_id,
        outlet_id=outlet_id,
        contact_id=contact_id,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
        topic=topic,
        follow_up_status=follow_up_status,
        open=open,
        overdue=overdue,
        task_id=task_id,
        incident_id=incident_id,
    )


InteractionFiltersDep = Annotated[interactions.InteractionFilters, Depends(interaction_filters)]


@router.get("", response_model=Page[InteractionRead], summary="Danh sách hoạt động báo chí")
async def list_interactions(
    session: SessionDep,
    principal: Reader,
    params: ListParamsDep,
    filters: InteractionFiltersDep,
) -> Page[InteractionRead]:
    items, fetched = await interactions.list_interactions(session, principal, params, filters)
    return page_of(items, fetched, params)


@router.get(
    "/summary",
    response_model=InteractionSummary,
    summary="Số hoạt động báo chí theo xã, loại, phản ánh chưa trả lời và quá hạn",
)
async def summarise_interactions(
    session: SessionDep,
    principal: Reader,
    occurred_from: Annotated[Day | None, Query(description="Từ ngày")] = None,
    occurred_to: Annotated[Day | None, Query(description="Đến ngày")] = None,
) -> InteractionSummary:
    return await summary.summarise(session, principal, occurred_from, occurred_to)


@router.get(
    "/export",
    summary="Xuất hoạt động báo chí (XLSX, CSV) theo cùng bộ lọc",
    response_class=Response,
    responses=SPREADSHEET_RESPONSES,
)
async def export_interactions(
    session: SessionDep,
    principal: Reader,
    params: ExportParamsDep,
    filters: InteractionFiltersDep,
    export_format: ExportFormatQuery = ExportFormat.xlsx,
) -> Response:
    return await exports.export_interactions(session, principal, params, filters, export_format)


@router.get(
    "/{interaction_id:int}", response_model=InteractionRead, summary="Một hoạt động báo chí"
)
async def get_interaction(
    interaction_id: InteractionId, session: SessionDep, principal: Reader, response: Response
) -> InteractionRead:
    interaction = await interactions.read_interaction(session, principal, interaction_id)
    set_etag(response, interaction.version)
    return interaction


@router.post(
    "",
    response_model=InteractionRead,
    status_code=status.HTTP_201_CREATED,
    summary="Ghi một hoạt động báo chí",
)
async def create_interaction(
    data: InteractionCreate, session: SessionDep, principal: Writer, response: Response
) -> InteractionRead:
    interaction = await interaction_edits.create_interaction(session, principal, data)
    response.headers["Location"] = f"/api/v1/media/interactions/{interaction.id}"
    return await get_interaction(interaction.id, session, principal, response)


@router.patch(
    "/{interaction_id:int}", response_model=InteractionRead, summary="Sửa hoạt động báo chí"
)
async def update_interaction(
    interaction_id: InteractionId,
    data: InteractionUpdate,
    session: SessionDep,
    principal: Writer,
    version: IfMatchDep,
    response: Response,
) -> InteractionRead:
    await interaction_edits.update_interaction(session, principal, interaction_id, data, version)
    return await get_interaction(interaction_id, session, principal, response)


@router.delete(
    "/{interaction_id:int}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Xóa hoạt động báo chí",
)
async def delete_interaction(
    interaction_id: InteractionId, session: SessionDep, principal: Writer, version: IfMatchDep
) -> None:
    await interaction_edits.delete_interaction(session, principal, interaction_id, version)


@router.post(
    "/{interaction_id:int}/restore",
    response_model=InteractionRead,
    summary="Khôi phục hoạt động báo chí đã xóa",
)
async def restore_interaction(
    interaction_id: InteractionId,
    session: SessionDep,
    principal: Annotated[Principal, require("records:restore")],
    response: Response,
) -> InteractionRead:
    await interaction_edits.restore_interaction(session, principal, interaction_id)
    return await get_interaction(interaction_id, session, principal, response)


@router.post(
    "/{interaction_id:int}/follow-up",
    response_model=InteractionRead,
    summary="Chuyển phản ánh của báo chí sang bước xử lý tiếp theo",
)
async def take_follow_up_step(
    interaction_id: InteractionId,
    data: FollowUpStep,
    session: SessionDep,
    principal: Writer,
    version: IfMatchDep,
    response: Response,
) -> InteractionRead:
    await follow_up.take_step(session, principal, interaction_id, data, version)
    return await get_interaction(interaction_id, session, principal, response)


@router.post(
    "/{interaction_id:int}/documents",
    response_model=DocumentRead,
    status_code=status.HTTP_201_CREATED,
    summary="Tải lên tài liệu của hoạt động (PDF, văn bản Office, ảnh; tối đa 20 MB)",
    responses={
        415: {"model": ProblemDetails, "description": "Không phải văn bản hay ảnh (theo nội dung)"}
    },
)
async def upload_document(
    interaction_id: InteractionId,
    session: SessionDep,
    principal: Writer,
    file: Annotated[UploadFile, File(description="Tệp tài liệu")],
) -> DocumentRead:
    document = await documents.upload_document(session, principal, interaction_id, file)
    return DocumentRead.model_validate(document)


@router.get(
    "/{interaction_id:int}/documents/{document_id:int}",
    summary="Tải xuống tài liệu của hoạt động",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}, "description": "Tệp"}},
)
async def download_document(
    interaction_id: InteractionId, document_id: DocumentId, session: SessionDep, principal: Reader
) -> Response:
    document, _ = await documents.find_document(session, principal, interaction_id, document_id)
    data = documents.file_store().read(document.sha256)
    return attachment(data, document.filename, document.content_type)


@router.delete(
    "/{interaction_id:int}/documents/{document_id:int}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Gỡ tài liệu khỏi hoạt động",
)
async def remove_document(
    interaction_id: InteractionId, document_id: DocumentId, session: SessionDep, principal: Writer
) -> None:
    await documents.remove_document(session, principal, interaction_id, document_id)
