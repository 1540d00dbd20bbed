"""Optimistic concurrency over HTTP: `ETag: "<version>"` out, `If-Match` required in."""

import re
from typing import Annotated

from fastapi import Depends, Header, Response
from pydantic import WithJsonSchema

from ttdn.core.errors import BadRequest, PreconditionFailed, PreconditionRequired

_ETAG = re.compile(r'^\s*(W/)?"(\d{1,18})"\s*$')


def etag(version: int) -> str:
    return f'"{version}"'


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag(version)


def expected_version(
    if_match: Annotated[
        str | None,
        # A header is there or not, never null: documented as the string it must be.
        WithJsonSchema({"type": "string", "pattern": r'^\s*(W/)?"\d{1,18}"\s*$'}),
        Header(alias="If-Match", description='ETag của lần đọc, ví dụ "3"; thiếu: 428'),
    ] = None,
) -> int:
    """The version the client last saw; 428 when missing, 400 when unreadable, 412 for a weak
    tag (`W/"3"`), which never matches under If-Match's strong comparison (RFC 9110 §13.1.1)."""
    if if_match is None or not if_match.strip():
        raise PreconditionRequired(
            "Cần gửi If-Match với ETag đã nhận khi đọc bản ghi, "
            "để tránh ghi đè sửa đổi của người khác."
        )
    match = _ETAG.match(if_match)
    if match is None:
        raise BadRequest('If-Match không hợp lệ: cần dạng "<số phiên bản>", ví dụ "3".')
    if match.group(1):
        raise PreconditionFailed(
            'ETag yếu (W/) không khớp khi so sánh chặt; hãy gửi đúng ETag đã nhận, ví dụ "3".'
        )
    return int(match.group(2))


IfMatchDep = Annotated[int, Depends(expected_version)]


def check_version(current: int, expected: int) -> None:
    """412 when the row changed since the client read it."""
    if current != expected:
        raise PreconditionFailed(
            f"Bản ghi đã được sửa (phiên bản hiện tại {current}, bạn gửi {expected}); "
            "hãy tải lại rồi thử lại."
        )
