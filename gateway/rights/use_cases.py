"""What people do about a student's restriction (Art 18) or objection (Art 21), whichever door
they come through: record it on a case, record the DPO's lawful ground for one disclosure to go
on, lift it once the student has been told. Each use case checks the permission and the state
and leaves its record (the case chronology, the access log) in the same transaction."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.cases.models import Case
from gateway.cases.service import append_event, load_case
from gateway.disclosures.domain import DisclosureStatus
from gateway.errors import Conflict, InvalidInput, InvalidTransition
from gateway.references import next_reference
from gateway.rights import service
from gateway.rights.domain import (
    Ground,
    GroundSource,
    RestrictionReason,
    RightKind,
    check_ground,
    check_lift,
    check_request,
)
from gateway.rights.models import CaseRestriction, RestrictionGround
from gateway.rights.views import RestrictionLine, RestrictionView, line_of, restriction_view
from gateway.users.domain import Action

if TYPE_CHECKING:
    from gateway.actor import Actor
    from gateway.clock import Clock
    from gateway.config import Settings

_PREFIX = {RightKind.RESTRICTION: "RST", RightKind.OBJECTION: "OBJ"}


def record(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    case_reference: str,
    kind: RightKind,
    *,
    requested_by: str,
    requested_on: date | None,
    scope: str,
    reasons: str,
    restriction_reason: RestrictionReason | None = None,
) -> RestrictionView:
    """Record the student's restriction or objection on a case: from now on it blocks every
    disclosure from the case until a lawful ground is recorded or it is lifted."""
    actor.require(Action.RESTRICTION_RECORD)
    case = load_case(session, case_reference)
    check_request(
        kind,
        requested_by=requested_by,
        requested_on=requested_on,
        scope=scope,
        reasons=reasons,
        restriction_reason=restriction_reason,
        today=clock.today(),
    )
    assert requested_on is not None
    now = clock.now()
    row = CaseRestriction(
        reference=next_reference(session, _PREFIX[kind]),
        case_id=case.id,
        kind=kind,
        restriction_reason=restriction_reason,
        requested_by=requested_by.strip(),
        requested_on=requested_on,
        scope=scope.strip(),
        reasons=reasons.strip(),
        recorded_by_id=actor.user.id,
        recorded_at=now,
    )
    session.add(row)
    session.flush()
    append_event(
        session,
        case,
        actor,
        "restriction_recorded",
        f"{row.reference} recorded: {kind.words}; disclosures from the case are stopped.",
        now=now,
    )
    record_access(
        session, actor, action="restriction.record", object_type="case", object_ref=case.reference
    )
    return restriction_view(session, row)


def list_restrictions(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    active_only: bool = False,
) -> list[RestrictionLine]:
    """Every restriction and objection (references, kinds and dates only), newest first."""
    actor.require(Action.RESTRICTION_RECORD)
    query = select(CaseRestriction).order_by(CaseRestriction.id.desc())
    if active_only:
        query = query.where(CaseRestriction.lifted_at.is_(None))
    return [line_of(session, r) for r in session.scalars(query)]


def read(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> RestrictionView:
    """One restriction or objection in full; the read is recorded in the access log."""
    actor.require(Action.RESTRICTION_RECORD)
    row = service.load_restriction(session, reference)
    record_access(
        session, actor, action="restriction.read", object_type="restriction", object_ref=reference
    )
    return restriction_view(session, row)


def record_ground(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    disclosure_reference: str,
    ground: Ground | None,
    reasons: str,
) -> RestrictionView:
    """The DPO records the lawful ground on which one disclosure request goes on despite the
    restriction (Art 18(2)) or objection (Art 21(1)); the gate then lets that request through,
    and its release's sharing-log entry names the ground."""
    from gateway.disclosures.service import get_request

    actor.require(Action.RESTRICTION_DECIDE)
    row = service.load_restriction(session, reference)
    if not row.active:
        raise InvalidTransition(f"{reference} was lifted: nothing needs a ground to go on.")
    request = get_request(session, disclosure_reference)
    if request.case_id != row.case_id:
        raise InvalidInput(
            f"{disclosure_reference} is not made from the case {reference} is about.",
        )
    if request.status not in (
        DisclosureStatus.DRAFT,
        DisclosureStatus.SUBMITTED,
        DisclosureStatus.APPROVED,
    ):
        raise InvalidTransition(
            f"{disclosure_reference} is {request.status.value}: there is nothing left to allow.",
        )
    chosen = check_ground(row.kind, ground, reasons)
    if any(g.source is GroundSource.DPO and g.request_id == request.id for g in row.grounds):
        raise Conflict(f"A ground for {disclosure_reference} is already recorded on {reference}.")
    now = clock.now()
    entry = RestrictionGround(
        restriction_id=row.id,
        request_id=request.id,
        ground=chosen.value,
        source=GroundSource.DPO,
        reasons=reasons.strip(),
        recorded_by_id=actor.user.id,
        recorded_at=now,
        confirmed=True,
    )
    session.add(entry)
    row.grounds.append(entry)
    session.flush()
    case = load_case_of(session, row)
    append_event(
        session,
        case,
        actor,
        "restriction_ground_recorded",
        f"Ground {chosen.value} recorded on {reference} for {disclosure_reference}.",
        now=now,
    )
    record_access(
        session, actor, action="restriction.ground", object_type="restriction", object_ref=reference
    )
    return restriction_view(session, row)


def lift(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    reason: str,
    student_told_on: date | None,
) -> RestrictionView:
    """Lift a restriction or objection, with the reason; a restriction only once the student
    has been told (Art 18(3)), and the day they were told is recorded."""
    actor.require(Action.RESTRICTION_DECIDE)
    row = service.load_restriction(session, reference)
    if not row.active:
        raise InvalidTransition(f"{reference} was already lifted.")
    check_lift(row.kind, reason=reason, student_told_on=student_told_on, today=clock.today())
    now = clock.now()
    row.lifted_at = now
    row.lifted_by_id = actor.user.id
    row.lift_reason = reason.strip()
    row.student_told_on = student_told_on
    append_event(
        session,
        load_case_of(session, row),
        actor,
        "restriction_lifted",
        f"{reference} lifted"
        + (f"; the student was told on {student_told_on.isoformat()}." if student_told_on else "."),
        now=now,
    )
    record_access(
        session, actor, action="restriction.lift", object_type="restriction", object_ref=reference
    )
    return restriction_view(session, row)


def load_case_of(session: Session, row: CaseRestriction) -> Case:
    case = session.get(Case, row.case_id)
    assert case is not None
    return case
