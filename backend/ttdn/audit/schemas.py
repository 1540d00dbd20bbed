from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class AuditEventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    occurred_at: datetime
    actor_user_id: int | None
    actor_username: str | None
    action: str
    object_type: str | None
    object_id: str | None
    request_id: str | None
    before_digest: str | None
    after_digest: str | None
    details: dict[str, Any]
    hash: str


class ChainReport(BaseModel):
    events: int
    intact: bool
    first_broken_id: int | None
    problem: str | None = None
