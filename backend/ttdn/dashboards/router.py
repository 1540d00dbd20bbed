from typing import Annotated

from fastapi import APIRouter, Query

from ttdn.core.authz import Principal, require
from ttdn.core.db import SessionDep
from ttdn.core.ids import IdInQuery
from ttdn.dashboards.commune import commune_dashboard
from ttdn.dashboards.schemas import CommuneDashboard, SuperiorDashboard
from ttdn.dashboards.superior import superior_dashboard
from ttdn.reports.models import PeriodKind

router = APIRouter(prefix="/dashboards", tags=["dashboards"])
Reader = Annotated[Principal, require("tasks:read")]
Reviewer = Annotated[Principal, require("reports:review")]


@router.get(
    "/commune",
    response_model=CommuneDashboard,
    summary="Bảng theo dõi của xã: nhiệm vụ, đúng hạn, vụ việc, báo chí, báo cáo đến hạn",
)
async def commune(
    session: SessionDep,
    principal: Reader,
    plan_id: Annotated[IdInQuery, Query(description="Mặc định: kế hoạch đang thực hiện")] = None,
) -> CommuneDashboard:
    return await commune_dashboard(session, principal, plan_id)


@router.get(
    "/superior",
    response_model=SuperiorDashboard,
    summary="Bảng theo dõi của cấp trên: báo cáo, nhiệm vụ, vụ việc của từng xã",
)
async def superior(
    session: SessionDep,
    principal: Reviewer,
    year: Annotated[int | None, Query(ge=2000, le=2100, description="Năm của kế hoạch")] = None,
    kind: Annotated[PeriodKind | None, Query(description="Loại kỳ báo cáo")] = None,
) -> SuperiorDashboard:
    return await superior_dashboard(session, principal, year, kind)
