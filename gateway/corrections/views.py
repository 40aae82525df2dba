"""What every door shows of a correction: the same views for the CLI, the API and the pages."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from gateway.corrections.domain import parse_target
from gateway.corrections.models import Correction
from gateway.corrections.service import notices_of
from gateway.disclosures.domain import DisclosureStatus
from gateway.disclosures.models import DisclosureRequest
from gateway.recipients.models import Recipient
from gateway.users.models import User

#: A notice in one of these states may still reach its recipient.
_PENDING = (DisclosureStatus.DRAFT, DisclosureStatus.SUBMITTED, DisclosureStatus.APPROVED)


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class NoticeLine(_View):
    """One recipient of a released disclosure that carried the corrected data, and their notice."""

    corrects: str = Field(description="The released disclosure that carried the corrected data.")
    recipient_reference: str = Field(description="The recipient's reference, e.g. R-0001.")
    recipient_name: str = Field(description="The recipient's name and organisation.")
    notice: str = Field(description="The correction notice to them (a disclosure request).")
    status: DisclosureStatus = Field(
        description="Where the notice stands: draft, submitted, approved, released (told), "
        "refused or withdrawn."
    )
    told: bool = Field(description="Whether the notice was released to the recipient.")
    told_at: datetime | None = Field(description="When it was released (UTC), if it was.")
    still_to_tell: bool = Field(
        description="Whether the notice is still on its way (draft, submitted or approved)."
    )


class CorrectionSummary(_View):
    """A correction as listed: what it corrects and who is still to be told (no case text)."""

    reference: str = Field(description="The correction's reference, e.g. COR-2026-0001.")
    case_reference: str = Field(description="The case whose data was corrected.")
    target: str = Field(
        description="What was corrected: concern:ID, event:SEQUENCE, evidence:ID or "
        "item:DISCLOSURE:POSITION."
    )
    target_in_words: str = Field(description="What was corrected, in words.")
    recorded_by: str = Field(description="Who recorded the correction.")
    recorded_at: datetime = Field(description="When it was recorded (UTC).")
    notices: list[NoticeLine] = Field(
        description="Every recipient of a released disclosure that carried the data, and their "
        "notice."
    )
    recipients_to_tell: int = Field(
        description="How many of those recipients have not been told yet (notice not decided)."
    )


class CorrectionView(CorrectionSummary):
    """The correction in full: the corrected text and why (the read is recorded)."""

    corrected_text: str = Field(description="What the record should say.")
    reason: str = Field(description="Why the record was inaccurate.")


def _notice_line(session: Session, notice: DisclosureRequest) -> NoticeLine:
    original = session.get(DisclosureRequest, notice.corrects_request_id)
    recipient = session.get(Recipient, notice.recipient_id)
    assert original is not None and recipient is not None
    return NoticeLine(
        corrects=original.reference,
        recipient_reference=recipient.reference,
        recipient_name=f"{recipient.name}, {recipient.organisation}",
        notice=notice.reference,
        status=notice.status,
        told=notice.status is DisclosureStatus.RELEASED,
        told_at=notice.released_at,
        still_to_tell=notice.status in _PENDING,
    )


def _summary_fields(session: Session, c: Correction) -> dict[str, object]:
    from gateway.cases.models import Case

    case = session.get(Case, c.case_id)
    user = session.get(User, c.recorded_by_id)
    assert case is not None and user is not None
    lines = [_notice_line(session, n) for n in notices_of(session, c)]
    return {
        "reference": c.reference,
        "case_reference": case.reference,
        "target": c.target,
        "target_in_words": parse_target(c.target).in_words(),
        "recorded_by": user.display_name,
        "recorded_at": c.recorded_at,
        "notices": lines,
        "recipients_to_tell": sum(1 for line in lines if line.still_to_tell),
    }


def correction_summary(session: Session, c: Correction) -> CorrectionSummary:
    return CorrectionSummary.model_validate(_summary_fields(session, c))


def correction_view(session: Session, c: Correction) -> CorrectionView:
    return CorrectionView.model_validate(
        {**_summary_fields(session, c), "corrected_text": c.corrected_text, "reason": c.reason}
    )
