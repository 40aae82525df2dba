"""Every user action on a complaint (DPA 2018 s.164A), whichever door it comes through: open it
(who, when, what), acknowledge it (within 30 days), close it with the outcome, list, read."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.actor import Actor
from gateway.cases.service import append_event, load_case
from gateway.clock import Clock
from gateway.complaints.domain import acknowledge_by, check_day, parse_outcome
from gateway.complaints.models import Complaint
from gateway.complaints.service import load_complaint
from gateway.complaints.views import (
    ComplaintSummary,
    ComplaintView,
    complaint_summary,
    complaint_view,
)
from gateway.config import Settings
from gateway.errors import Conflict, InvalidInput
from gateway.references import next_reference
from gateway.users.domain import Action


def open_complaint(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    case_reference: str,
    complainant: str,
    summary: str,
    *,
    received_on: date | None = None,
) -> ComplaintView:
    """Record a complaint about how a case was handled: who, when, what. Its acknowledgement is
    due within 30 days beginning with the day received; the case is kept while it is open."""
    actor.require(Action.COMPLAINT_HANDLE)
    if not complainant.strip():
        raise InvalidInput("Record who complained.")
    if not summary.strip():
        raise InvalidInput("Record what the complaint is about.")
    today = clock.today()
    day = received_on or today
    if day > today:
        raise InvalidInput(f"The day received ({day.isoformat()}) is in the future.")
    case = load_case(session, (case_reference or "").strip())
    now = clock.now()
    complaint = Complaint(
        reference=next_reference(session, "CMP", day.year),
        case_reference=case.reference,
        case_id=case.id,
        received_on=day,
        complainant=complainant.strip(),
        summary=summary.strip(),
        recorded_by_id=actor.user.id,
        recorded_at=now,
        acknowledge_by=acknowledge_by(day),
    )
    session.add(complaint)
    session.flush()
    append_event(
        session,
        case,
        actor,
        "complaint",
        f"Complaint {complaint.reference} received {day.isoformat()}; acknowledge by "
        f"{complaint.acknowledge_by.isoformat() if complaint.acknowledge_by else '-'}.",
        now=now,
    )
    return complaint_view(complaint, today)


def acknowledge(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    on: date | None = None,
) -> ComplaintView:
    """Record that the complainant was sent an acknowledgement (on ``on``, default today)."""
    actor.require(Action.COMPLAINT_HANDLE)
    complaint = load_complaint(session, reference)
    if complaint.closed_on is not None:
        raise Conflict(f"The complaint {reference} was closed on {complaint.closed_on}.")
    if complaint.acknowledged_on is not None:
        raise Conflict(
            f"The complaint {reference} was already acknowledged on {complaint.acknowledged_on}."
        )
    today = clock.today()
    day = on or today
    check_day(day, complaint.received_on, today, "acknowledged")
    complaint.acknowledged_on = day
    complaint.acknowledged_by_id = actor.user.id
    session.flush()
    return complaint_view(complaint, today)


def close(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    outcome: str,
    outcome_summary: str,
    *,
    on: date | None = None,
) -> ComplaintView:
    """Record the outcome and close the complaint: the case falls under the schedule again."""
    actor.require(Action.COMPLAINT_HANDLE)
    complaint = load_complaint(session, reference)
    if complaint.closed_on is not None:
        raise Conflict(f"The complaint {reference} was already closed on {complaint.closed_on}.")
    if complaint.acknowledged_on is None:
        raise InvalidInput(
            f"The complaint {reference} has not been acknowledged.",
            hint="Record its acknowledgement first: the law requires one (DPA 2018 s.164A).",
        )
    result = parse_outcome(outcome)
    if not outcome_summary.strip():
        raise InvalidInput("Record the outcome as the complainant was told it.")
    today = clock.today()
    day = on or today
    check_day(day, complaint.acknowledged_on, today, "closed")
    complaint.outcome = result.value
    complaint.outcome_summary = outcome_summary.strip()
    complaint.closed_on = day
    complaint.closed_by_id = actor.user.id
    session.flush()
    return complaint_view(complaint, today)


def list_complaints(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    include_closed: bool = False,
) -> list[ComplaintSummary]:
    """Complaints, newest first, with their acknowledgement deadline (no case text)."""
    actor.require(Action.COMPLAINT_HANDLE)
    query = select(Complaint).order_by(Complaint.id.desc())
    if not include_closed:
        query = query.where(Complaint.closed_on.is_(None))
    today = clock.today()
    return [complaint_summary(c, today) for c in session.scalars(query)]


def read_complaint(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> ComplaintView:
    """One complaint in full (who complained, about what); the read is recorded."""
    actor.require(Action.COMPLAINT_HANDLE)
    complaint = load_complaint(session, reference)
    record_access(
        session, actor, action="complaint.read", object_type="complaint", object_ref=reference
    )
    return complaint_view(complaint, clock.today())
