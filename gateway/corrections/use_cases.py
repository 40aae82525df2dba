"""Every user action on corrections, whichever door it comes through.

``correct`` records a correction of a case record or of an item of a released disclosure (the
original is kept and marked as corrected, never edited) and prepares, for every released
disclosure that carried the data, a correction notice to its recipient: a disclosure request
that goes through the same gate as any package. The DPO follows which recipients are still to
be told with ``list_corrections``.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.actor import Actor
from gateway.cases.models import ChronologyEvent
from gateway.cases.service import append_event, load_case
from gateway.clock import Clock
from gateway.config import Settings
from gateway.corrections import service
from gateway.corrections.domain import check_correction, parse_target
from gateway.corrections.models import Correction
from gateway.corrections.views import (
    CorrectionSummary,
    CorrectionView,
    correction_summary,
    correction_view,
)
from gateway.references import next_reference
from gateway.users.domain import Action


def correct(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    case_reference: str,
    target: str,
    corrected_text: str,
    reason: str,
) -> CorrectionView:
    """Record that ``target`` of the case is inaccurate and what it should say (UK GDPR Art 16);
    prepare a correction notice for every recipient of a released disclosure that carried it
    (Art 19). Nothing is edited: the original stays, marked as corrected."""
    actor.require(Action.CASE_CORRECT)
    case = load_case(session, case_reference)
    named = parse_target(target)
    current = service.original_text(session, case, named)
    check_correction(corrected_text, reason, current)
    carried = service.carried_by(session, case, named)
    now = clock.now()
    correction = Correction(
        reference=next_reference(session, "COR", now.year),
        case_id=case.id,
        target=named.text,
        corrected_text=corrected_text.strip(),
        reason=reason.strip(),
        recorded_by_id=actor.user.id,
        recorded_at=now,
    )
    session.add(correction)
    session.flush()
    append_event(
        session,
        case,
        actor,
        "correction",
        f"Correction {correction.reference} of {named.in_words()}"
        + (
            f"; {len(carried)} recipient(s) of released disclosures to be told."
            if carried
            else "; no released disclosure carried it."
        ),
        now=now,
    )
    session.flush()
    correction.event_sequence = session.scalar(
        select(func.max(ChronologyEvent.sequence)).where(ChronologyEvent.case_id == case.id)
    )
    for one in carried:
        service.prepare_notice(session, actor, correction, one, now=now)
    record_access(
        session, actor, action="case.correct", object_type="case", object_ref=case.reference
    )
    return correction_view(session, correction)


def list_corrections(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    case_reference: str | None = None,
    to_tell_only: bool = False,
) -> list[CorrectionSummary]:
    """Corrections, newest first, with every recipient to be told and where their notice stands
    (no case text: references, names of recipients and states only)."""
    actor.require(Action.DISCLOSURE_READ)
    query = select(Correction).order_by(Correction.id.desc())
    if case_reference:
        query = query.where(Correction.case_id == load_case(session, case_reference).id)
    rows = [correction_summary(session, c) for c in session.scalars(query)]
    return [r for r in rows if r.recipients_to_tell] if to_tell_only else rows


def read_correction(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> CorrectionView:
    """One correction in full, with its corrected text and reason (the read is recorded)."""
    actor.require(Action.DISCLOSURE_READ)
    correction = service.load_correction(session, reference)
    record_access(
        session, actor, action="correction.read", object_type="correction", object_ref=reference
    )
    return correction_view(session, correction)
