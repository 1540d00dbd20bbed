"""The application factory: routers, middleware, error handlers, the SPA."""

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from importlib.util import find_spec
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import exists, select

from ttdn.accounts.models import User
from ttdn.accounts.router import auth_router, me_router, users_router
from ttdn.accounts.service import grants_under, load_principal
from ttdn.audit.router import router as audit_router
from ttdn.audit.service import record
from ttdn.calendar.router import router as calendar_router
from ttdn.core.authz import Principal
from ttdn.core.config import Settings, get_settings
from ttdn.core.db import SessionDep, make_engine, make_sessionmaker, separate_session
from ttdn.core.errors import (
    PROBLEM_RESPONSES,
    Forbidden,
    Problem,
    install_error_handlers,
    problem_response,
)
from ttdn.core.idempotency import IdempotencyMiddleware
from ttdn.core.middleware import BodyLimitMiddleware, RequestIdMiddleware
from ttdn.core.migrations import database_revision, head_revision
from ttdn.core.security import SecurityHeadersMiddleware, policy_allowing_inline_scripts
from ttdn.core.spa import mount_spa
from ttdn.documents.router import commune_reports_router as commune_report_documents_router
from ttdn.documents.router import formats_router as document_formats_router
from ttdn.documents.router import router as documents_router
from ttdn.imports.router import router as imports_router
from ttdn.incidents.casework_router import router as incident_casework_router
from ttdn.incidents.router import router as incidents_router
from ttdn.media.interactions_router import router as media_interactions_router
from ttdn.media.router import router as media_router
from ttdn.plans.router import legal_references_router
from ttdn.plans.router import router as plans_router
from ttdn.reminders.router import router as notifications_router
from ttdn.reminders.running import run_daily
from ttdn.reports.commune_router import compile_router as commune_compile_router
from ttdn.reports.commune_router import router as commune_reports_router
from ttdn.reports.periods_router import plan_periods_router
from ttdn.reports.periods_router import router as reporting_periods_router
from ttdn.reports.router import router as reports_router
from ttdn.tasks.router import router as tasks_router
from ttdn.units.router import router as units_router

API_PREFIX = "/api/v1"
# Answers smaller than this are sent as they are: compressing them saves less than it costs.
GZIP_MINIMUM_BYTES = 1024
# Paths a file is posted to (multipart), which may carry more than an ordinary JSON body.
UPLOAD_SUFFIXES = ("/documents", "/evidence", "/plans/import")
OPENAPI_URL = f"{API_PREFIX}/openapi.json"
# What a page of another origin allowed by `TTDN_CORS_ORIGINS` may send and read: bearer tokens
# rather than cookies, so no credentials.
CORS_METHODS = ("GET", "POST", "PATCH", "DELETE")
CORS_REQUEST_HEADERS = (
    "Authorization",
    "Content-Type",
    "If-Match",
    "Idempotency-Key",
    "X-Request-ID",
)
CORS_EXPOSED_HEADERS = ("ETag", "Location", "Content-Disposition", "Retry-After", "X-Request-ID")
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


class StartupRefused(RuntimeError):
    pass


async def _refuse_unsafe_production(app: FastAPI, settings: Settings) -> None:
    """Production without `TTDN_SECRET_KEY` is refused by the settings themselves."""
    if not settings.is_production:
        return
    async with separate_session(app.state.sessionmaker) as session:
        if await session.scalar(select(exists().where(User.is_demo))):
            raise StartupRefused(
                "refusing to start in production: demo accounts exist: remove them first"
            )


async def _audit_denial(request: Request, problem: Problem) -> None:
    """Every 403 leaves a trace, written apart from the request's rolled-back work. The request's
    session has rolled back and let go of its connection by now (`request_session`), so this
    is the only connection the request holds."""
    if not isinstance(problem, Forbidden):
        return
    principal: Principal | None = getattr(request.state, "principal", None)
    async with separate_session(request.app.state.sessionmaker) as session:
        await record(
            session,
            "denied",
            actor=principal,
            details={"method": request.method, "path": request.url.path, "why": problem.detail},
        )


health_router = APIRouter(tags=["system"])


@health_router.get("/health", summary="Tình trạng hệ thống")
async def health(session: SessionDep) -> JSONResponse:
    revision, head = await database_revision(session), head_revision()
    if revision != head:
        return problem_response(
            503,
            "not-migrated",
            "Cơ sở dữ liệu chưa cập nhật",
            f"Cơ sở dữ liệu ở phiên bản {revision}, cần {head}: chạy `ttdn migrate`.",
        )
    return JSONResponse({"status": "ok", "database": "ok", "revision": revision})


def serve_docs(app: FastAPI) -> None:
    """Swagger UI at /docs, its files from the swagger-ui-py package rather than a CDN. Its page
    starts Swagger UI with an inline script: its policy allows that one script by its hash."""
    spec = find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("swagger-ui-py, a dependency, is not installed")
    static = Path(spec.submodule_search_locations[0]) / "static"
    app.mount("/docs/static", StaticFiles(directory=static), name="docs-static")
    page = bytes(
        get_swagger_ui_html(
            openapi_url=OPENAPI_URL,
            title="TTĐN — API",
            swagger_js_url="/docs/static/swagger-ui-bundle.js",
            swagger_css_url="/docs/static/swagger-ui.css",
            swagger_favicon_url="/docs/static/favicon-32x32.png",
            # No badge fetched from validator.swagger.io: nothing leaves for another site.
            swagger_ui_parameters={"validatorUrl": None},
        ).body
    ).decode()
    policy = policy_allowing_inline_scripts(_INLINE_SCRIPT.findall(page))

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(page, headers={"Content-Security-Policy": policy})


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings.database_url)
        app.state.sessionmaker = make_sessionmaker(engine)
        reminders: asyncio.Task[None] | None = None
        try:
            await _refuse_unsafe_production(app, settings)
            if settings.reminders_in_process:
                reminders = asyncio.create_task(run_daily(app.state.sessionmaker, settings))
            app.state.reminders = reminders
            yield
        finally:
            if reminders is not None:
                reminders.cancel()
                with suppress(asyncio.CancelledError):
                    await reminders
            await engine.dispose()

    app = FastAPI(
        title="TTĐN — Kế hoạch thông tin đối ngoại",
        version="0.1.0",
        description="API quản lý kế hoạch hoạt động thông tin đối ngoại cấp xã.",
        lifespan=lifespan,
        # Off with the docs (production, unless asked for): `ttdn openapi` writes it regardless.
        openapi_url=OPENAPI_URL if settings.serves_docs else None,
        docs_url=None,  # served below from local files: no CDN on a commune's network
        redoc_url=None,
    )
    app.state.principal_loader = load_principal
    app.state.grants_loader = grants_under
    app.state.on_problem = _audit_denial
    install_error_handlers(app)
    routers = (
        health_router,
        auth_router,
        me_router,
        units_router,
        users_router,
        audit_router,
        imports_router,  # before `plans_router`, whose `/plans/{id}` would take `/import`
        plans_router,
        documents_router,
        commune_report_documents_router,
        document_formats_router,
        legal_references_router,
        tasks_router,
        media_router,
        media_interactions_router,
        # before `incidents_router`, whose `/incidents/{id}` would take `/police-figures`
        incident_casework_router,
        incidents_router,
        reporting_periods_router,
        plan_periods_router,
        reports_router,
        commune_compile_router,
        commune_reports_router,
        notifications_router,
        calendar_router,
    )
    for router in routers:
        app.include_router(router, prefix=API_PREFIX, responses=PROBLEM_RESPONSES)
    if settings.serves_docs:
        serve_docs(app)
    mount_spa(app, settings.spa_directory)
    # Answers that carry live refresh tokens, or a calendar's secret address, are never kept.
    app.add_middleware(
        IdempotencyMiddleware,
        never_stored=(
            f"{API_PREFIX}/auth/",
            f"{API_PREFIX}/me/password",
            f"{API_PREFIX}/me/calendar-token",
        ),
    )
    app.add_middleware(
        BodyLimitMiddleware,
        max_bytes=settings.max_body_bytes,
        upload_max_bytes=settings.upload_max_bytes,
        upload_suffixes=UPLOAD_SUFFIXES,
    )
    app.add_middleware(RequestIdMiddleware)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=CORS_METHODS,
            allow_headers=CORS_REQUEST_HEADERS,
            expose_headers=CORS_EXPOSED_HEADERS,
        )
    # Answers over about 1 KB leave compressed (the app's files are precompressed and pass
    # through as they are).
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM_BYTES, compresslevel=5)
    # Outermost, so that every answer has them, a preflight's and a refused body's too.
    app.add_middleware(SecurityHeadersMiddleware, strict_transport=settings.is_production)
    return app
