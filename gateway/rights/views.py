"""What the doors show of restrictions and objections (built inside the use case's
transaction, the same for the command line, the API and the pages)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from gateway.cases.models import Case
from gateway.cases.views import user_names
from gateway.disclosures.models import DisclosureRequest
from gateway.rights.domain import Ground, GroundSource, RestrictionReason, RightKind
from gateway.rights.models import CaseRestriction, RestrictionGround


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class RestrictionLine(_View):
    """A restriction or objection as listed: references, kind and dates (no one's words)."""

    reference: str = Field(description="Its reference, e.g. RST-2026-0001 or OBJ-2026-0001.")
    case_reference: str = Field(description="The case it is about.")
    kind: RightKind = Field(description="restriction (Art 18) or objection (Art 21).")
    kind_words: str = Field(description="What it is, in words.")
    requested_on: date = Field(description="When the request was received.")
    active: bool = Field(description="Whether it is in force (not lifted).")
    lifted_at: datetime | None = Field(description="When it was lifted (UTC), if it was.")
    grounds: int = Field(
        description="How many lawful grounds to go on have been recorded against it."
    )


class GroundView(_View):
    """A lawful ground on which one disclosure goes on despite the restriction or objection."""

    disclosure_reference: str = Field(description="The disclosure request it lets go on.")
    ground: Ground = Field(description="The ground's code (as the sharing log records it).")
    ground_words: str = Field(description="The ground, in words.")
    source: GroundSource = Field(
        description="dpo (the DPO recorded it) or emergency (the SMT member authorising an "
        "emergency release, for a risk to life)."
    )
    reasons: str = Field(description="Why the ground applies to this disclosure.")
    recorded_by: str = Field(description="Who recorded it.")
    recorded_at: datetime = Field(description="When (UTC).")
    confirmed: bool | None = Field(
        description="For an emergency ground: whether the DPO's review confirmed it (none "
        "until reviewed)."
    )


class RestrictionView(RestrictionLine):
    """A restriction or objection in full: who asked, when, its scope and reasons, lifting."""

    restriction_reason: RestrictionReason | None = Field(
        description="For a restriction: the case of Art 18(1) the student relies on."
    )
    restriction_reason_words: str | None = Field(description="That case, in words.")
    requested_by: str = Field(description="Who asked (the student, or who acts for them).")
    scope: str = Field(description="What the request covers.")
    reasons: str = Field(description="The student's reasons.")
    recorded_by: str = Field(description="Who recorded it.")
    recorded_at: datetime = Field(description="When it was recorded (UTC).")
    lifted_by: str | None = Field(description="Who lifted it, if lifted.")
    lift_reason: str | None = Field(description="Why it was lifted.")
    student_told_on: date | None = Field(
        description="When the student was told it would be lifted (Art 18(3))."
    )
    ground_list: list[GroundView] = Field(
        description="The grounds recorded for disclosures to go on despite it."
    )
    allowed_grounds: list[Ground] = Field(
        description="The grounds that fit it (Art 18(2) or Art 21(1))."
    )


def line_of(session: Session, row: CaseRestriction) -> RestrictionLine:
    case = session.get(Case, row.case_id)
    assert case is not None
    return RestrictionLine(
        reference=row.reference,
        case_reference=case.reference,
        kind=row.kind,
        kind_words=row.kind.words,
        requested_on=row.requested_on,
        active=row.active,
        lifted_at=row.lifted_at,
        grounds=len(row.grounds),
    )


def _ground_view(session: Session, g: RestrictionGround, names: dict[int, str]) -> GroundView:
    request = session.get(DisclosureRequest, g.request_id)
    assert request is not None
    ground = Ground(g.ground)
    return GroundView(
        disclosure_reference=request.reference,
        ground=ground,
        ground_words=ground.words,
        source=g.source,
        reasons=g.reasons,
        recorded_by=names.get(g.recorded_by_id, f"user {g.recorded_by_id}"),
        recorded_at=g.recorded_at,
        confirmed=g.confirmed,
    )


def restriction_view(session: Session, row: CaseRestriction) -> RestrictionView:
    from gateway.rights.domain import GROUNDS_FOR

    names = user_names(
        session, [row.recorded_by_id, row.lifted_by_id, *(g.recorded_by_id for g in row.grounds)]
    )
    return RestrictionView(
        **line_of(session, row).model_dump(),
        restriction_reason=row.restriction_reason,
        restriction_reason_words=row.restriction_reason.words if row.restriction_reason else None,
        requested_by=row.requested_by,
        scope=row.scope,
        reasons=row.reasons,
        recorded_by=names.get(row.recorded_by_id, f"user {row.recorded_by_id}"),
        recorded_at=row.recorded_at,
        lifted_by=names.get(row.lifted_by_id) if row.lifted_by_id else None,
        lift_reason=row.lift_reason,
        student_told_on=row.student_told_on,
        ground_list=[_ground_view(session, g, names) for g in row.grounds],
        allowed_grounds=list(GROUNDS_FOR[row.kind]),
    )
