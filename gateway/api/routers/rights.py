"""The student's restriction (Art 18) or objection (Art 21) on a case: record it, read it,
record the DPO's ground for one disclosure to go on, lift it. Each route calls one use case of
gateway.rights.use_cases."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from gateway.api import schemas
from gateway.api.deps import call
from gateway.api.routers.common import Limit, Offset
from gateway.rights import use_cases
from gateway.rights.domain import Ground, RestrictionReason, RightKind
from gateway.rights.views import RestrictionLine, RestrictionView

router = APIRouter(tags=["restriction and objection"])


class RestrictionIn(BaseModel):
    """A student's restriction or objection, as received."""

    kind: RightKind = Field(description="restriction (Art 18) or objection (Art 21).")
    requested_by: str = Field(
        max_length=200, description="Who asked: the student, or who acts for them."
    )
    requested_on: date = Field(description="The day the request was received.")
    scope: str = Field(max_length=2_000, description="What the request covers.")
    reasons: str = Field(max_length=20_000, description="The student's reasons.")
    restriction_reason: RestrictionReason | None = Field(
        default=None,
        description="For a restriction: the case of Art 18(1) the student relies on.",
    )


class GroundIn(BaseModel):
    """The DPO's lawful ground for one disclosure to go on despite the restriction."""

    disclosure_reference: str = Field(
        max_length=32, description="The disclosure request it lets go on."
    )
    ground: Ground = Field(
        description="An Art 18(2) ground for a restriction, an Art 21(1) ground for an objection."
    )
    reasons: str = Field(max_length=20_000, description="Why the ground applies (40+ characters).")


class LiftIn(BaseModel):
    reason: str = Field(max_length=20_000, description="Why it is lifted.")
    student_told_on: date | None = Field(
        default=None,
        description="When the student was told it would be lifted (needed for a restriction, "
        "Art 18(3)).",
    )


@router.get("/restrictions", response_model=schemas.Page[RestrictionLine])
def list_restrictions(
    request: Request, active_only: bool = False, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[RestrictionLine]:
    """Every restriction and objection, newest first (references, kinds and dates)."""
    rows = call(request, use_cases.list_restrictions, active_only=active_only)
    page, total = schemas.paginate(rows, limit, offset)
    return schemas.Page[RestrictionLine](items=page, total=total, limit=limit, offset=offset)


@router.post("/cases/{reference}/restrictions", status_code=201, response_model=RestrictionView)
def record(request: Request, reference: str, body: RestrictionIn) -> RestrictionView:
    """Record the student's restriction or objection on a case: disclosures from it stop."""
    return call(
        request,
        use_cases.record,
        reference,
        body.kind,
        requested_by=body.requested_by,
        requested_on=body.requested_on,
        scope=body.scope,
        reasons=body.reasons,
        restriction_reason=body.restriction_reason,
    )


@router.get("/restrictions/{reference}", response_model=RestrictionView)
def read(request: Request, reference: str) -> RestrictionView:
    """One restriction or objection in full (the read is recorded)."""
    return call(request, use_cases.read, reference)


@router.post("/restrictions/{reference}/grounds", response_model=RestrictionView)
def record_ground(request: Request, reference: str, body: GroundIn) -> RestrictionView:
    """The DPO's lawful ground for one disclosure request to go on despite it."""
    return call(
        request,
        use_cases.record_ground,
        reference,
        body.disclosure_reference,
        body.ground,
        body.reasons,
    )


@router.post("/restrictions/{reference}/lift", response_model=RestrictionView)
def lift(request: Request, reference: str, body: LiftIn) -> RestrictionView:
    """Lift it, with the reason (a restriction only once the student has been told)."""
    return call(request, use_cases.lift, reference, body.reason, body.student_told_on)
