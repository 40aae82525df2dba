"""What the DPO does with a subject access request (UK GDPR Art 15), one use case per step.

Every use case is ``(session, actor, clock, settings, *inputs) -> view``: it checks SAR_HANDLE,
checks the request's state, records the step (who and when on the request; reads of personal
data in the access log) and returns a view built inside the transaction. The command line,
the API and the pages call these and nothing else.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.actor import Actor
from gateway.audit.watch import guard as guard_log
from gateway.clock import Clock
from gateway.config import Settings
from gateway.errors import Conflict, GatewayError, InvalidInput
from gateway.references import next_reference
from gateway.sar.domain import (
    ItemDecision,
    SARStatus,
    check_extension,
    check_item_decision,
    one_month_after,
)
from gateway.sar.models import SARItem, SubjectAccessRequest
from gateway.sar.pack import Redactor, build_pack, item_text
from gateway.sar.service import (
    SAR_ACTION,
    find_items,
    item_view,
    load_item,
    load_request,
    require_open,
    summary_of,
    unlisted,
    view_of,
)
from gateway.sar.views import (
    SARItemText,
    SARItemView,
    SARPack,
    SARRefreshed,
    SARSummary,
    SARView,
)

if TYPE_CHECKING:
    from gateway.keys import Keyring
    from sharing_log.sql import SQLTransparencyLog


class LazyRedactor:
    """The process-wide redactor, loaded (spaCy) only when a pack has free text to redact."""

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name

    def redact(self, text: str, **kwargs: Any) -> Any:
        from redaction import get_redactor

        return get_redactor(self.model_name).redact(text, **kwargs)


class PackNotMade(GatewayError):
    """The response pack could not be redacted, so it was not made."""

    code = "sar-pack-not-made"


def open_request(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    student_id: str,
    *,
    received_on: date | None = None,
    keyring: Keyring,
    log: SQLTransparencyLog,
) -> SARView:
    """Open a request for ``student_id``, received on ``received_on`` (default today), and list
    every record held about the student, including the sharing-log entries found through their
    pseudonymous reference, for the DPO to decide on."""
    actor.require(SAR_ACTION)
    student_id = student_id.strip()
    if not student_id:
        raise InvalidInput("Give the student's id.")
    today = clock.today()
    received = received_on or today
    if received > today:
        raise InvalidInput(f"The date received ({received.isoformat()}) is in the future.")
    existing = session.scalar(
        select(SubjectAccessRequest).where(
            SubjectAccessRequest.student_id == student_id,
            SubjectAccessRequest.status == SARStatus.OPEN,
        )
    )
    if existing is not None:
        raise Conflict(
            f"There is already an open subject access request for this student "
            f"({existing.reference}).",
            hint=f"Continue with {existing.reference}.",
        )
    request = SubjectAccessRequest(
        reference=next_reference(session, "SAR"),
        student_id=student_id,
        received_on=received,
        due_on=one_month_after(received),
        opened_by_id=actor.user.id,
        opened_at=clock.now(),
    )
    # The log is searched for the student: first check it is still what it signed (refused,
    # with what was found, if not).
    guard_log(session.connection(), settings, log, clock.now(), full=True)
    session.add(request)
    session.flush()
    found = find_items(session, student_id, keyring.subject_hmac_key(), log)
    for position, (kind, source_ref, case_id, label) in enumerate(found, start=1):
        request.items.append(
            SARItem(position=position, kind=kind, source_ref=source_ref, case_id=case_id,
                    label=label)
        )
    session.flush()
    record_access(session, actor, action="sar.open", object_type="sar",
                  object_ref=request.reference)
    return view_of(request, today)


def list_requests(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    open_only: bool = False,
) -> list[SARSummary]:
    """Every request with its deadline: open ones first, soonest deadline first, then the ones
    responded to (no personal data: references, dates and counts)."""
    actor.require(SAR_ACTION)
    today = clock.today()
    query = select(SubjectAccessRequest).order_by(SubjectAccessRequest.id)
    if open_only:
        query = query.where(SubjectAccessRequest.status == SARStatus.OPEN)
    rows = [summary_of(r, today) for r in session.scalars(query)]
    rows.sort(key=lambda r: (r.status is not SARStatus.OPEN, r.due_on, r.reference))
    return rows


def read_request(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> SARView:
    """The request, its deadline and every item with its decision (recorded as a read)."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    record_access(session, actor, action="sar.read", object_type="sar", object_ref=reference)
    return view_of(request, clock.today())


def read_item(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    position: int,
    *,
    log: SQLTransparencyLog,
) -> SARItemText:
    """The full, unredacted content of one item, for the DPO deciding on it (recorded)."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    item = load_item(request, position)
    record_access(session, actor, action="sar.read_item", object_type="sar",
                  object_ref=f"{reference}:{position}")
    return SARItemText(
        reference=reference, item=item_view(item), content=item_text(session, item, log)
    )


def decide_item(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    position: int,
    decision: ItemDecision,
    reasoning: str | None = None,
) -> SARItemView:
    """Disclose an item, or withhold it under DPA 2018 Sch 2 para 2 with the reasoning: how
    disclosing it would be likely to prejudice the prevention or detection of crime."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    require_open(request)
    item = load_item(request, position)
    exemption = check_item_decision(decision, reasoning)
    item.decision = decision
    item.exemption = exemption
    item.prejudice_reasoning = reasoning.strip() if reasoning and exemption else None
    item.decided_by_id = actor.user.id
    item.decided_at = clock.now()
    return item_view(item)


def extend(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str, reason: str
) -> SARView:
    """Extend the deadline by two further months, once, within the first month, with the reason
    the student must be told (UK GDPR Art 12(3))."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    require_open(request)
    today = clock.today()
    request.due_on = check_extension(
        received=request.received_on,
        already_extended=request.extension_reason is not None,
        reason=reason,
        today=today,
    )
    request.extension_reason = reason.strip()
    request.extended_by_id = actor.user.id
    request.extended_at = clock.now()
    return view_of(request, today)


def refresh_items(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    keyring: Keyring,
    log: SQLTransparencyLog,
) -> SARRefreshed:
    """Add the records about the student created since the request was opened, as items
    without a decision (recorded as a read of the request)."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    require_open(request)
    guard_log(session.connection(), settings, log, clock.now(), full=True)
    added: list[SARItem] = []
    position = max((i.position for i in request.items), default=0)
    for kind, source_ref, case_id, label in unlisted(
        session, request, keyring.subject_hmac_key(), log
    ):
        position += 1
        item = SARItem(position=position, kind=kind, source_ref=source_ref, case_id=case_id,
                       label=label)
        request.items.append(item)
        added.append(item)
    session.flush()
    record_access(session, actor, action="sar.read", object_type="sar", object_ref=reference)
    return SARRefreshed(
        request=view_of(request, clock.today()), added=[item_view(i) for i in added]
    )


def export_pack(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    keyring: Keyring,
    log: SQLTransparencyLog,
    redactor: Redactor | None = None,
) -> SARPack:
    """The response pack (PDF): the disclosed items, other people's data redacted. Every item
    must be decided first. Marks the request responded; withheld items are not mentioned in the
    pack (saying so could itself prejudice crime prevention) but stay recorded here."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    pending = [i.position for i in request.items if i.decision is ItemDecision.PENDING]
    if pending:
        raise InvalidInput(
            f"{reference} has items without a decision: {', '.join(map(str, pending))}.",
            hint="Decide each item (disclose, or withhold with the reasoning) first.",
        )
    guard_log(session.connection(), settings, log, clock.now(), full=True)
    if request.status is SARStatus.OPEN:
        new = unlisted(session, request, keyring.subject_hmac_key(), log)
        if new:
            raise InvalidInput(
                f"{len(new)} record(s) about the student were added after {reference} was "
                "opened and have no decision yet.",
                hint="Look for records added since it was opened (refresh) and decide them.",
            )
    now = clock.now()
    try:
        pdf = build_pack(
            session,
            request,
            redactor=redactor or LazyRedactor(settings.nlp_model),
            log=log,
            organisation=settings.organisation_name,
            now=now,
        )
    except Exception as exc:
        # The library is loaded by now if it raised; importing it earlier would load spaCy.
        from redaction import RedactionError

        if not isinstance(exc, RedactionError):
            raise
        raise PackNotMade(
            f"The response pack for {reference} was not made: other people's data in it could "
            "not be redacted. Nothing was changed.",
            hint=f"An administrator must fix this first: {exc}",
        ) from exc
    if request.status is SARStatus.OPEN:
        request.status = SARStatus.RESPONDED
        request.responded_by_id = actor.user.id
        request.responded_at = now
    digest = hashlib.sha256(pdf).hexdigest()
    request.pack_sha256 = digest
    record_access(session, actor, action="sar.export", object_type="sar", object_ref=reference)
    return SARPack(reference=reference, pdf=pdf, sha256=digest)
