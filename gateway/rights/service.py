"""Queries and the gate's check for restrictions and objections, shared by the use cases of
this area and by the disclosure gate (:func:`require_not_restricted`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.errors import InvalidInput, NotFound, RestrictionInForce
from gateway.rights.domain import Ground, GroundSource, RightKind, check_ground
from gateway.rights.models import CaseRestriction, RestrictionGround
from gateway.timeutil import long_date

if TYPE_CHECKING:
    from gateway.actor import Actor
    from gateway.disclosures.models import DisclosureRequest


def load_restriction(session: Session, reference: str) -> CaseRestriction:
    row = session.scalar(select(CaseRestriction).where(CaseRestriction.reference == reference))
    if row is None:
        raise NotFound(
            f"No restriction or objection {reference}.",
            hint="The list of restrictions and objections shows every reference.",
        )
    return row


def active_on_case(session: Session, case_id: int) -> list[CaseRestriction]:
    return list(
        session.scalars(
            select(CaseRestriction)
            .where(CaseRestriction.case_id == case_id, CaseRestriction.lifted_at.is_(None))
            .order_by(CaseRestriction.id)
        )
    )


def restriction_blocks_disposal(session: Session, case_id: int) -> list[str]:
    """Active restrictions: the student asked for the records to be kept but not used."""
    return [
        r.reference
        for r in active_on_case(session, case_id)
        if r.kind is RightKind.RESTRICTION
    ]


def covers(ground: RestrictionGround, request: DisclosureRequest) -> bool:
    """Whether ``ground`` lets ``request`` go on now. The DPO's ground covers the request; the
    SMT authoriser's covers only the content they authorised, while that authorisation stands,
    the DPO has not approved the request instead, and the DPO's review has not rejected it."""
    if ground.request_id != request.id:
        return False
    if ground.source is GroundSource.DPO:
        return True
    return (
        ground.confirmed is not False
        and request.approved_by_id is None
        and request.emergency_authorised_by_id is not None
        and ground.content_sha256 is not None
        and ground.content_sha256 == request.emergency_content_hash
    )


def uncovered(session: Session, request: DisclosureRequest) -> list[CaseRestriction]:
    return [
        r
        for r in active_on_case(session, request.case_id)
        if not any(covers(g, request) for g in r.grounds)
    ]


def require_not_restricted(session: Session, request: DisclosureRequest) -> None:
    """The gate: no restriction or objection is in force on the request's case without a
    lawful ground to go on recorded for this request. Checked at submission, approval,
    emergency authorisation and release."""
    missing = uncovered(session, request)
    if not missing:
        return
    what = "; ".join(
        f"{r.reference}, {r.kind.words}, received {long_date(r.requested_on)}" for r in missing
    )
    raise RestrictionInForce(
        f"The student has asked for the processing to stop ({what}), so nothing from this case "
        f"is submitted, approved, authorised or released in {request.reference}.",
        hint="The DPO records the lawful ground to go on with this request (Art 18(2) or Art "
        "21(1)), or lifts the restriction once the student has been told. On the emergency "
        "path, for a risk to life, the SMT member authorising may record the ground, for the "
        "DPO's review to confirm or reject.",
    )


def grounds_relied_on(session: Session, request: DisclosureRequest) -> list[str]:
    """The ground codes that let ``request`` go on despite what is in force (for the log)."""
    codes = {
        g.ground
        for r in active_on_case(session, request.case_id)
        for g in r.grounds
        if covers(g, request)
    }
    return sorted(codes)


def record_emergency_grounds(
    session: Session,
    actor: Actor,
    request: DisclosureRequest,
    ground: Ground | None,
    *,
    risk_to_life: bool,
    reasons: str,
    content_sha256: str,
    now: datetime,
) -> list[RestrictionGround]:
    """On the emergency path, the SMT authoriser's ground for every restriction or objection
    in force that nothing covers yet: only for a risk to life (Art 18(2) protects another
    person's rights; the DPO's review confirms or rejects it)."""
    if ground is None:
        return []
    if not risk_to_life:
        raise InvalidInput(
            "On the emergency path a ground to go on despite a restriction or an objection "
            "may be recorded only for a risk to life.",
            hint="Choose the risk-to-life ground if that is the emergency, or leave the ground "
            "to the DPO.",
        )
    missing = uncovered(session, request)
    if not missing:
        raise InvalidInput(
            "No restriction or objection without a ground is in force on this case.",
            hint="Leave the ground out.",
        )
    rows = []
    for restriction in missing:
        row = RestrictionGround(
            restriction_id=restriction.id,
            request_id=request.id,
            ground=check_ground(restriction.kind, ground, reasons).value,
            source=GroundSource.EMERGENCY,
            reasons=reasons.strip(),
            recorded_by_id=actor.user.id,
            recorded_at=now,
            content_sha256=content_sha256,
        )
        session.add(row)
        restriction.grounds.append(row)
        rows.append(row)
    session.flush()
    return rows


def emergency_grounds_to_review(
    session: Session, request: DisclosureRequest
) -> Sequence[RestrictionGround]:
    """The SMT authoriser's grounds the released content relied on, not yet reviewed."""
    return list(
        session.scalars(
            select(RestrictionGround).where(
                RestrictionGround.request_id == request.id,
                RestrictionGround.source == GroundSource.EMERGENCY,
                RestrictionGround.content_sha256 == request.emergency_content_hash,
                RestrictionGround.confirmed.is_(None),
            )
        )
    )


def review_emergency_grounds(
    session: Session,
    actor: Actor,
    request: DisclosureRequest,
    confirmed: bool | None,
    *,
    now: datetime,
) -> bool | None:
    """The DPO's retrospective review confirms or rejects the SMT authoriser's ground; returns
    the answer, or None when the release relied on none."""
    grounds = emergency_grounds_to_review(session, request)
    if not grounds:
        if confirmed is not None:
            raise InvalidInput(
                "This emergency release relied on no ground to go on despite a restriction or "
                "an objection, so there is none to confirm or reject.",
            )
        return None
    if confirmed is None:
        raise InvalidInput(
            "The SMT member recorded a ground to go on despite the student's restriction or "
            "objection: confirm it or reject it in this review.",
        )
    for g in grounds:
        g.confirmed = confirmed
        g.reviewed_by_id = actor.user.id
        g.reviewed_at = now
    return confirmed
