"""Errors as values of a few classes, answered in one place as RFC 9457 problem+json.

Titles and details are Vietnamese: they are what a person sees on screen.
"""

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from ttdn.core.routing import allowed_methods

logger = logging.getLogger("ttdn")

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://ttdn.gov.vn/problems/"


class ProblemField(BaseModel):
    loc: list[str]
    msg: str
    type: str


class ProblemDetails(BaseModel):
    """The body of every error answer (RFC 9457), sent as `application/problem+json`."""

    type: str
    title: str
    status: int
    detail: str
    errors: list[ProblemField] | None = None


# What the OpenAPI document says every route may answer besides success.
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ProblemDetails, "description": description}
    for status, description in {
        400: "Yêu cầu không hợp lệ (JSON hỏng, If-Match không đọc được)",
        401: "Chưa đăng nhập hoặc phiên không hợp lệ",
        403: "Vai trò không được phép",
        404: "Không tìm thấy, hoặc nằm ngoài phạm vi được xem",
        409: "Xung đột với dữ liệu hiện có",
        412: "Bản ghi đã bị sửa từ lần đọc trước (If-Match cũ)",
        413: "Dữ liệu gửi lên quá lớn",
        422: "Dữ liệu không hợp lệ; `errors` nêu từng trường",
        428: "Thiếu If-Match",
        429: "Thử quá nhiều lần; xem Retry-After",
        503: "Hệ thống đang bận hoặc cơ sở dữ liệu chưa cập nhật; xem Retry-After",
    }.items()
}


class Problem(Exception):
    """A failure the client can understand and act on."""

    status = 400
    slug = "bad-request"
    title = "Yêu cầu không hợp lệ"

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: Sequence[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.errors = list(errors) if errors else None
        self.headers = headers or {}

    def placed_under(self, *place: str | int) -> "Problem":
        """The problem with its fields' places within a part of a larger body: a task's
        `["body", "lead_unit_ids"]` becomes `["body", "tasks", 3, "lead_unit_ids"]`."""
        for error in self.errors or ():
            loc = list(error["loc"])
            error["loc"] = [*place, *(loc[1:] if loc[:1] == ["body"] else loc)]
        return self


class BadRequest(Problem):
    pass


class Unauthorized(Problem):
    status = 401
    slug = "unauthorized"
    title = "Chưa đăng nhập hoặc phiên đăng nhập không hợp lệ"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": "Bearer"})


class Forbidden(Problem):
    status = 403
    slug = "forbidden"
    title = "Không có quyền thực hiện"


class NotFound(Problem):
    status = 404
    slug = "not-found"
    title = "Không tìm thấy"


class Conflict(Problem):
    status = 409
    slug = "conflict"
    title = "Xung đột dữ liệu"


class PreconditionFailed(Problem):
    status = 412
    slug = "precondition-failed"
    title = "Dữ liệu đã bị người khác thay đổi"


class PayloadTooLarge(Problem):
    status = 413
    slug = "payload-too-large"
    title = "Dữ liệu gửi lên quá lớn"


class UnsupportedMediaType(Problem):
    status = 415
    slug = "unsupported-media-type"
    title = "Loại tệp không được nhận"


class Invalid(Problem):
    status = 422
    slug = "invalid"
    title = "Dữ liệu không hợp lệ"

    def __init__(self, detail: str, *, loc: Sequence[str | int] | None = None) -> None:
        errors = [{"loc": list(loc), "msg": detail, "type": "invalid"}] if loc else None
        super().__init__(detail, errors=errors)


class NotAvailable(Problem):
    status = 501
    slug = "not-available"
    title = "Chức năng chưa có trên máy chủ này"


class PreconditionRequired(Problem):
    status = 428
    slug = "precondition-required"
    title = "Thiếu phiên bản dữ liệu (If-Match)"


class TooManyRequests(Problem):
    status = 429
    slug = "too-many-requests"
    title = "Thử quá nhiều lần"

    def __init__(self, detail: str, *, retry_after_seconds: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after_seconds))})


# Vietnamese words for pydantic's error types; pydantic's English message is the fallback.
VALIDATION_MESSAGES = {
    "missing": "Thiếu trường bắt buộc",
    "extra_forbidden": "Trường này không được phép",
    "string_type": "Phải là chuỗi ký tự",
    "string_too_short": "Quá ngắn",
    "string_too_long": "Quá dài",
    "string_pattern_mismatch": "Không đúng định dạng",
    "int_type": "Phải là số nguyên",
    "int_parsing": "Phải là số nguyên",
    "bool_type": "Phải là đúng/sai",
    "bool_parsing": "Phải là đúng/sai",
    "date_type": "Phải là ngày dạng YYYY-MM-DD",
    "date_parsing": "Phải là ngày dạng YYYY-MM-DD",
    "date_from_datetime_parsing": "Phải là ngày dạng YYYY-MM-DD",
    "datetime_type": "Phải là thời điểm ISO 8601",
    "datetime_parsing": "Phải là thời điểm ISO 8601",
    "datetime_from_date_parsing": "Phải là thời điểm ISO 8601",
    "enum": "Giá trị không nằm trong danh sách cho phép",
    "literal_error": "Giá trị không nằm trong danh sách cho phép",
    "less_than_equal": "Giá trị quá lớn",
    "less_than": "Giá trị quá lớn",
    "greater_than_equal": "Giá trị quá nhỏ",
    "greater_than": "Giá trị quá nhỏ",
    "list_type": "Phải là danh sách",
    "model_type": "Phải là đối tượng JSON",
    "dict_type": "Phải là đối tượng JSON",
    "json_invalid": "JSON không hợp lệ",
    "json_type": "JSON không hợp lệ",
    "too_long": "Danh sách quá dài",
    "too_short": "Danh sách quá ngắn",
    "value_error": "Giá trị không hợp lệ",
    "uuid_parsing": "Mã không hợp lệ",
}


def problem_response(
    status: int,
    slug: str,
    title: str,
    detail: str,
    *,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + slug,
        "title": title,
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def validation_errors(raw: Sequence[Any]) -> list[dict[str, Any]]:
    """Pydantic's errors as `{loc, msg, type}`, in Vietnamese where we know the words."""
    out = []
    for error in raw:
        message = VALIDATION_MESSAGES.get(error["type"])
        if error["type"] == "value_error" and error.get("ctx", {}).get("error"):
            message = str(error["ctx"]["error"])
        out.append(
            {
                "loc": [str(part) for part in error.get("loc", ())],
                "msg": message or error.get("msg", "Giá trị không hợp lệ"),
                "type": error["type"],
            }
        )
    return out


async def _problem_handler(request: Request, exc: Problem) -> JSONResponse:
    on_problem = getattr(request.app.state, "on_problem", None)
    if on_problem is not None:
        await on_problem(request, exc)
    return problem_response(
        exc.status, exc.slug, exc.title, exc.detail, errors=exc.errors, headers=exc.headers
    )


async def _validation_handler(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = validation_errors(exc.errors())
    if any(error["type"] in {"json_invalid", "json_type"} for error in errors):
        return problem_response(
            400, "malformed-json", "JSON không hợp lệ", "Nội dung gửi lên không phải JSON hợp lệ."
        )
    return problem_response(
        422, Invalid.slug, Invalid.title, "Một số trường không hợp lệ.", errors=errors
    )


HTTP_TITLES = {
    404: ("not-found", "Không tìm thấy", "Đường dẫn không tồn tại."),
    405: ("method-not-allowed", "Phương thức không được hỗ trợ", "Phương thức không hợp lệ."),
    413: (PayloadTooLarge.slug, PayloadTooLarge.title, "Dữ liệu gửi lên vượt quá giới hạn."),
}


async def _http_handler(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    slug, title, detail = HTTP_TITLES.get(
        exc.status_code, ("http-error", "Lỗi yêu cầu", str(exc.detail))
    )
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = ", ".join(allowed_methods(request.app.router.routes, request.scope))
    return problem_response(exc.status_code, slug, title, detail, headers=headers)


async def _stale_handler(request: Request, exc: Exception) -> JSONResponse:
    problem = PreconditionFailed("Bản ghi vừa được người khác sửa; hãy tải lại rồi thử lại.")
    return problem_response(problem.status, problem.slug, problem.title, problem.detail)


# Seconds a client is asked to wait when every database connection stays busy.
BUSY_RETRY_SECONDS = 5


async def _busy_handler(request: Request, exc: Exception) -> JSONResponse:
    """No database connection came free within the pool's timeout: the server is overloaded,
    not broken; the client may retry."""
    logger.warning("no database connection for %s %s: %s", request.method, request.url.path, exc)
    return problem_response(
        503,
        "busy",
        "Hệ thống đang bận",
        "Máy chủ đang quá tải; vui lòng thử lại sau ít phút.",
        headers={"Retry-After": str(BUSY_RETRY_SECONDS)},
    )


async def _unexpected_handler(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unexpected error on %s %s", request.method, request.url.path)
    return problem_response(
        500, "internal", "Lỗi hệ thống", "Đã có lỗi không mong muốn; vui lòng thử lại sau."
    )


def _document_problems(app: FastAPI) -> None:
    """Make the OpenAPI document say what goes on the wire: every error answer (4xx, 5xx)
    documented as `application/problem+json`, where FastAPI writes the media type of the
    route's success answer."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            for path_item in generate()["paths"].values():
                for operation in path_item.values():
                    for status, response in operation.get("responses", {}).items():
                        content = response.get("content", {})
                        if str(status)[0] in "45" and "application/json" in content:
                            content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
        return generate()

    app.openapi = openapi  # type: ignore[method-assign]


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error as problem+json, and document it so."""
    _document_problems(app)
    # Starlette types handlers as taking any Exception; each of ours takes the class it is for.
    app.add_exception_handler(Problem, _problem_handler)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_handler)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http_handler)  # type: ignore[arg-type]
    app.add_exception_handler(StaleDataError, _stale_handler)
    app.add_exception_handler(PoolTimeout, _busy_handler)
    app.add_exception_handler(Exception, _unexpected_handler)
