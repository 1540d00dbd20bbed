"""The follow-up of a press report about the commune (báo chí phản ánh): received → verifying →
handled → answered, one step at a time, each step kept with who took it and a note; the answer
sent to the press is kept with its date. Not answered by the due date: overdue, like a task."""

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal, ensure_reaches
from ttdn.core.clock import today_in_vietnam
from ttdn.core.errors import Conflict, Invalid
from ttdn.core.versioning import check_version
from ttdn.media.interactions import WRITE, find_interaction, links_of, record_interaction, snapshot
from ttdn.media.models import FollowUpStatus, MediaFollowUpStep
from ttdn.media.schemas import FollowUpStep
from ttdn.media.words import FOLLOW_UP_STEPS

NEXT_STEP = {
    FollowUpStatus.received: FollowUpStatus.verifying,
    FollowUpStatus.verifying: FollowUpStatus.handled,
    FollowUpStatus.handled: FollowUpStatus.answered,
}


async def take_step(
    session: AsyncSession,
    principal: Principal,
    interaction_id: int,
    data: FollowUpStep,
    expected_version: int,
) -> None:
    """Move a press report's follow-up to its next step: 409 for an interaction that is not a
    press report or is answered already, 422 for a step skipped or taken back, or an answer
    missing (or given before the answering step)."""
    interaction, path, _ = await find_interaction(session, principal, interaction_id)
    ensure_reaches(principal, WRITE, [path])
    check_version(interaction.version, expected_version)
    if interaction.follow_up_status is None:
        raise Conflict("Chỉ phản ánh của báo chí mới có các bước xử lý.")
    current = FollowUpStatus(interaction.follow_up_status)
    following = NEXT_STEP.get(current)
    if following is None:
        raise Conflict("Phản ánh này đã được trả lời.")
    if data.status != following:
        raise Invalid(
            f"Phản ánh đang ở bước «{FOLLOW_UP_STEPS[current]}»; bước tiếp theo là "
            f"«{FOLLOW_UP_STEPS[following]}» (không bỏ bước, không quay lại).",
            loc=["body", "status"],
        )
    answering = following == FollowUpStatus.answered
    if answering and not (data.answer or "").strip():
        raise Invalid("Hãy ghi nội dung đã trả lời báo chí.", loc=["body", "answer"])
    if not answering and (data.answer is not None or data.answered_on is not None):
        raise Invalid("Nội dung trả lời chỉ ghi ở bước trả lời.", loc=["body", "answer"])
    before = snapshot(interaction, await links_of(session, interaction.id))
    if answering:
        answered_on = data.answered_on or today_in_vietnam()
        if answered_on > today_in_vietnam() or answered_on < interaction.occurred_on:
            raise Invalid(
                "Ngày trả lời phải từ ngày tiếp nhận đến hôm nay.", loc=["body", "answered_on"]
            )
        interaction.answer = data.answer
        interaction.answered_on = answered_on
    interaction.follow_up_status = following.value
    session.add(
        MediaFollowUpStep(
            interaction_id=interaction.id,
            status=following.value,
            note=data.note,
            author_user_id=principal.user_id,
            author_name=principal.full_name or principal.username,
        )
    )
    await session.flush()
    await record_interaction(
        session, principal, "media.interactions.follow_up", interaction, path, before
    )
