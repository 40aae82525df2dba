"""What people do with the breach register, whichever door they come through. Each use case
checks the permission and the state, leaves its record (the access log, the sharing log) in the
same transaction and returns a view of :mod:`gateway.breaches.views`."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.breaches import service
from gateway.breaches.domain import (
    Audience,
    BreachReport,
    BreachSource,
    RecipientAsk,
    check_decision,
    check_recipient_request,
    check_report,
)
from gateway.breaches.models import Breach
from gateway.breaches.register import register_csv, register_pdf
from gateway.breaches.views import BreachLine, BreachRegisterFile, BreachView, breach_view, line_of
from gateway.errors import InvalidInput, InvalidTransition
from gateway.users.domain import Action

if TYPE_CHECKING:
    from gateway.actor import Actor
    from gateway.clock import Clock
    from gateway.config import Settings
    from gateway.sharing import SharingLogWriter


def report(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    details: BreachReport,
    disclosure_reference: str | None = None,
    *,
    log: SharingLogWriter,
) -> BreachView:
    """Open a breach record by hand (what happened, when it was found and by whom, the people
    and records concerned, the likely consequences and the measures taken); the 72 hours to
    notify the ICO run from when it was found. Logged as ``breach_recorded``."""
    actor.require(Action.BREACH_REPORT)
    now = clock.now()
    check_report(details, now)
    disclosure = None
    if disclosure_reference and disclosure_reference.strip():
        from gateway.disclosures.service import get_request

        disclosure = get_request(session, disclosure_reference.strip())
    row = service.open_breach(
        session,
        actor,
        details,
        source=BreachSource.REPORTED,
        disclosure=disclosure,
        log=log,
        now=now,
    )
    record_access(
        session, actor, action="breach.open", object_type="breach", object_ref=row.reference
    )
    return breach_view(session, row, now)


def list_breaches(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    open_clocks_only: bool = False,
) -> list[BreachLine]:
    """The register, newest first, each with its 72-hour clock (``open_clocks_only``: those
    still waiting for the decision on notifying the ICO, soonest deadline first)."""
    actor.require(Action.BREACH_READ)
    rows = list(session.scalars(select(Breach).order_by(Breach.id.desc())))
    now = clock.now()
    if open_clocks_only:
        rows = sorted(
            (r for r in rows if r.ico_decided_at is None), key=lambda r: r.discovered_at
        )
    return [line_of(r, now) for r in rows]


def read(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> BreachView:
    """One breach in full; the read is recorded in the access log."""
    actor.require(Action.BREACH_READ)
    row = service.load_breach(session, reference)
    record_access(session, actor, action="breach.read", object_type="breach", object_ref=reference)
    return breach_view(session, row, clock.now())


def assess(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    consequences: str,
    measures: str,
) -> BreachView:
    """The DPO records the likely consequences and the measures taken or proposed (Art
    33(3)(c), (d)), completing a record opened from a review or correcting one."""
    actor.require(Action.BREACH_MANAGE)
    row = service.load_breach(session, reference)
    if len(" ".join(consequences.split())) < 20 or len(" ".join(measures.split())) < 20:
        raise InvalidInput(
            "Describe the likely consequences and the measures taken, each in at least 20 "
            "characters.",
        )
    row.consequences = consequences.strip()
    row.measures = measures.strip()
    record_access(
        session, actor, action="breach.assess", object_type="breach", object_ref=reference
    )
    return breach_view(session, row, clock.now())


def decide(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    audience: Audience,
    notify: bool,
    reasons: str,
    notified_on: date | None = None,
) -> BreachView:
    """The DPO's decision whether to notify the ICO (Art 33) or to tell the student (Art 34),
    with the reasons and, when they were, the date they were notified or told. The decision on
    the ICO stops the 72-hour clock. Each decision is made once."""
    actor.require(Action.BREACH_MANAGE)
    row = service.load_breach(session, reference)
    check_decision(audience, notify, reasons, notified_on, clock.today())
    now = clock.now()
    if audience is Audience.ICO:
        if row.ico_decided_at is not None:
            raise InvalidTransition(f"The decision about the ICO on {reference} is recorded.")
        row.ico_notify = notify
        row.ico_reasons = reasons.strip()
        row.ico_decided_at = now
        row.ico_decided_by_id = actor.user.id
        row.ico_notified_on = notified_on
    else:
        if row.student_decided_at is not None:
            raise InvalidTransition(
                f"The decision about the student on {reference} is recorded."
            )
        row.student_notify = notify
        row.student_reasons = reasons.strip()
        row.student_decided_at = now
        row.student_decided_by_id = actor.user.id
        row.student_told_on = notified_on
    record_access(
        session,
        actor,
        action=f"breach.decide_{audience.value}",
        object_type="breach",
        object_ref=reference,
    )
    return breach_view(session, row, now)


def recipient_request(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    asked: RecipientAsk | None,
    asked_on: date | None,
    answer: str | None = None,
    answered_on: date | None = None,
) -> BreachView:
    """Record the request to the recipient to delete or return the package, and their answer
    once it comes (recorded again with the answer)."""
    actor.require(Action.BREACH_MANAGE)
    row = service.load_breach(session, reference)
    check_recipient_request(asked, asked_on, answer, answered_on, clock.today())
    assert asked is not None
    row.recipient_asked = asked.value
    row.recipient_asked_on = asked_on
    row.recipient_answer = (answer or "").strip() or None
    row.recipient_answered_on = answered_on
    record_access(
        session, actor, action="breach.recipient", object_type="breach", object_ref=reference
    )
    return breach_view(session, row, clock.now())


def export_register(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    file_format: Literal["csv", "pdf"],
) -> BreachRegisterFile:
    """The whole register as CSV or PDF (the export is recorded in the access log)."""
    actor.require(Action.BREACH_READ)
    now = clock.now()
    rows = list(session.scalars(select(Breach).order_by(Breach.id)))
    views = [breach_view(session, r, now) for r in rows]
    stamp = now.strftime("%Y%m%d")
    record_access(
        session, actor, action="breach.export", object_type="breach", object_ref="*"
    )
    if file_format == "csv":
        return BreachRegisterFile(
            filename=f"breach-register-{stamp}.csv",
            media_type="text/csv",
            content=register_csv(views),
            breaches=len(views),
        )
    if file_format == "pdf":
        return BreachRegisterFile(
            filename=f"breach-register-{stamp}.pdf",
            media_type="application/pdf",
            content=register_pdf(views, organisation=settings.organisation_name, made_at=now),
            breaches=len(views),
        )
    raise InvalidInput("Export the register as csv or pdf.")
