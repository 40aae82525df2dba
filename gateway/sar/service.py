"""Subject access requests: find everything about a student, decide per item, track the
deadline, export the pack, and block retention disposal while a request is open.

The DPO handles requests. Until a dedicated SAR_HANDLE action exists, the DPO's
DISCLOSURE_APPROVE capability stands in for it (see the report to the lead).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.actor import Actor
from gateway.cases.models import Case
from gateway.disclosures.models import DisclosureRequest, NonDisclosureDecision
from gateway.errors import Conflict, InvalidInput, NotFound
from gateway.references import next_reference
from gateway.sar.domain import (
    ItemDecision,
    ItemKind,
    SARStatus,
    check_extension,
    check_item_decision,
    days_left,
    one_month_after,
)
from gateway.sar.models import SARItem, SubjectAccessRequest
from gateway.sar.pack import Redactor, build_pack, item_text
from gateway.timeutil import today as utc_today
from gateway.timeutil import utcnow
from gateway.users.domain import Action
from sharing_log import decode_entry, subject_reference
from sharing_log.sql import SQLTransparencyLog

#: The DPO's capability used for subject access until SAR_HANDLE is added to the matrix.
SAR_ACTION = Action.SAR_HANDLE


def _next_reference(session: Session) -> str:
    return next_reference(session, "SAR")


def find_items(
    session: Session, student_id: str, subject_key: bytes, log: SQLTransparencyLog
) -> list[tuple[ItemKind, str, int | None, str]]:
    """Everything held about the student: (kind, source_ref, case_id, label). Labels carry
    dates and kinds only, never content."""
    found: list[tuple[ItemKind, str, int | None, str]] = []
    cases = list(
        session.scalars(
            select(Case).where(Case.subject_student_id == student_id).order_by(Case.id)
        )
    )
    for case in cases:
        found.append((ItemKind.CASE, f"case:{case.reference}", case.id,
                      f"Case record {case.reference} (opened {case.opened_at:%d %b %Y})"))
        for c in case.concerns:
            found.append((ItemKind.CONCERN, f"concern:{c.id}", case.id,
                          f"Concern raised {c.raised_at:%d %b %Y}"))
        for e in case.events:
            found.append((ItemKind.CHRONOLOGY, f"event:{case.reference}:{e.sequence}", case.id,
                          f"Chronology entry {e.sequence} ({e.kind}, {e.occurred_at:%d %b %Y})"))
        for ev in case.evidence:
            found.append((ItemKind.EVIDENCE, f"evidence:{ev.id}", case.id,
                          f"Evidence item {ev.id} (added {ev.added_at:%d %b %Y})"))
        for d in case.decisions:
            found.append((ItemKind.DECISION, f"decision:{d.id}", case.id,
                          f"Decision of {d.decided_at:%d %b %Y}"))
        for r in session.scalars(
            select(DisclosureRequest)
            .where(DisclosureRequest.case_id == case.id)
            .order_by(DisclosureRequest.id)
        ):
            found.append((ItemKind.DISCLOSURE, f"disclosure:{r.reference}", case.id,
                          f"Disclosure request {r.reference} ({r.status.value})"))
        for n in session.scalars(
            select(NonDisclosureDecision)
            .where(NonDisclosureDecision.case_id == case.id)
            .order_by(NonDisclosureDecision.id)
        ):
            found.append((ItemKind.NON_DISCLOSURE, f"non_disclosure:{n.reference}", case.id,
                          f"Decision not to share {n.reference} ({n.decided_at:%d %b %Y})"))
    # The sharing log holds no identifier, only the pseudonymous reference: recompute it.
    ref = subject_reference(subject_key, student_id)
    conn = session.connection()
    case_ids = {c.reference: c.id for c in cases}
    for index, leaf in log.iter_entries(conn, log.size(conn)):
        entry = decode_entry(leaf)
        if entry.entry.fields.get("subject_ref") == ref:
            case_ref = entry.entry.fields.get("case_id")
            found.append((
                ItemKind.SHARING_LOG,
                f"log:{index}",
                case_ids.get(case_ref) if isinstance(case_ref, str) else None,
                f"Sharing-log entry {index} ({entry.entry.entry_type.value}, {entry.logged_at})",
            ))
    return found


def open_request(
    session: Session,
    actor: Actor,
    student_id: str,
    *,
    subject_key: bytes,
    log: SQLTransparencyLog,
    received_on: date | None = None,
) -> SubjectAccessRequest:
    """Open a request for `student_id`, received on `received_on` (default today), and list
    every record held about the student for the DPO to decide on."""
    actor.require(SAR_ACTION)
    student_id = student_id.strip()
    if not student_id:
        raise InvalidInput("Give the student's id.")
    received = received_on or utc_today()
    if received > utc_today():
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
            hint=f"Continue with `prevent-gateway sar show {existing.reference}`.",
        )
    request = SubjectAccessRequest(
        reference=_next_reference(session),
        student_id=student_id,
        received_on=received,
        due_on=one_month_after(received),
        opened_by_id=actor.user.id,
    )
    session.add(request)
    session.flush()
    for position, (kind, source_ref, case_id, label) in enumerate(
        find_items(session, student_id, subject_key, log), start=1
    ):
        request.items.append(
            SARItem(position=position, kind=kind, source_ref=source_ref, case_id=case_id,
                    label=label)
        )
    session.flush()
    record_access(session, actor, action="sar.open", object_type="sar",
                  object_ref=request.reference)
    return request


def _unlisted(
    session: Session, request: SubjectAccessRequest, subject_key: bytes, log: SQLTransparencyLog
) -> list[tuple[ItemKind, str, int | None, str]]:
    listed = {i.source_ref for i in request.items}
    return [
        found
        for found in find_items(session, request.student_id, subject_key, log)
        if found[1] not in listed
    ]


def refresh_items(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    subject_key: bytes,
    log: SQLTransparencyLog,
) -> list[SARItem]:
    """Add records created since the request was opened (as pending items); returns them."""
    actor.require(SAR_ACTION)
    request = _load(session, reference)
    _open(request)
    added: list[SARItem] = []
    position = max((i.position for i in request.items), default=0)
    for kind, source_ref, case_id, label in _unlisted(session, request, subject_key, log):
        position += 1
        item = SARItem(position=position, kind=kind, source_ref=source_ref, case_id=case_id,
                       label=label)
        request.items.append(item)
        added.append(item)
    session.flush()
    return added


def _load(session: Session, reference: str) -> SubjectAccessRequest:
    request = session.scalar(
        select(SubjectAccessRequest).where(SubjectAccessRequest.reference == reference)
    )
    if request is None:
        raise NotFound(f"No subject access request {reference}.",
                       hint="List them with `prevent-gateway sar list`.")
    return request


def get_request(session: Session, actor: Actor, reference: str) -> SubjectAccessRequest:
    actor.require(SAR_ACTION)
    request = _load(session, reference)
    record_access(session, actor, action="sar.read", object_type="sar", object_ref=reference)
    return request


def read_item(
    session: Session, actor: Actor, reference: str, position: int, log: SQLTransparencyLog
) -> str:
    """The full, unredacted content of one item, for the DPO deciding on it (access logged)."""
    actor.require(SAR_ACTION)
    request = _load(session, reference)
    item = next((i for i in request.items if i.position == position), None)
    if item is None:
        raise NotFound(f"{reference} has no item {position}.")
    record_access(session, actor, action="sar.read_item", object_type="sar",
                  object_ref=f"{reference}:{position}")
    return item_text(session, item, log)


def _open(request: SubjectAccessRequest) -> None:
    if request.status is not SARStatus.OPEN:
        raise InvalidInput(f"{request.reference} has been responded to and is closed.")


def decide_item(
    session: Session,
    actor: Actor,
    reference: str,
    position: int,
    decision: ItemDecision,
    reasoning: str | None = None,
) -> SARItem:
    """Disclose, or withhold under DPA 2018 Sch 2 para 2 with the prejudice reasoning."""
    actor.require(SAR_ACTION)
    request = _load(session, reference)
    _open(request)
    item = next((i for i in request.items if i.position == position), None)
    if item is None:
        raise NotFound(f"{reference} has no item {position}.",
                       hint=f"See the items with `prevent-gateway sar show {reference}`.")
    exemption = check_item_decision(decision, reasoning)
    item.decision = decision
    item.exemption = exemption
    item.prejudice_reasoning = reasoning.strip() if reasoning and exemption else None
    item.decided_by_id = actor.user.id
    item.decided_at = utcnow()
    return item


def extend(
    session: Session, actor: Actor, reference: str, reason: str, *, today: date | None = None
) -> SubjectAccessRequest:
    actor.require(SAR_ACTION)
    request = _load(session, reference)
    _open(request)
    request.due_on = check_extension(
        received=request.received_on,
        already_extended=request.extension_reason is not None,
        reason=reason,
        today=today or utc_today(),
    )
    request.extension_reason = reason.strip()
    request.extended_by_id = actor.user.id
    request.extended_at = utcnow()
    return request


@dataclass(frozen=True)
class OpenSAR:
    """A line on the DPO's dashboard: no personal data beyond the reference."""

    reference: str
    received_on: date
    due_on: date
    extended: bool
    days_left: int
    overdue: bool
    items: int
    pending: int


def list_open(session: Session, actor: Actor, *, today: date | None = None) -> list[OpenSAR]:
    """Open requests, soonest deadline first (for the dashboard)."""
    actor.require(SAR_ACTION)
    now = today or utc_today()
    rows = session.scalars(
        select(SubjectAccessRequest)
        .where(SubjectAccessRequest.status == SARStatus.OPEN)
        .order_by(SubjectAccessRequest.due_on, SubjectAccessRequest.id)
    )
    return [
        OpenSAR(
            reference=r.reference,
            received_on=r.received_on,
            due_on=r.due_on,
            extended=r.extension_reason is not None,
            days_left=days_left(r.due_on, now),
            overdue=now > r.due_on,
            items=len(r.items),
            pending=sum(1 for i in r.items if i.decision is ItemDecision.PENDING),
        )
        for r in rows
    ]


def list_requests(session: Session, actor: Actor) -> list[SubjectAccessRequest]:
    actor.require(SAR_ACTION)
    return list(session.scalars(select(SubjectAccessRequest).order_by(SubjectAccessRequest.id)))


def export_pack(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    redactor: Redactor,
    log: SQLTransparencyLog,
    organisation: str,
    subject_key: bytes,
) -> bytes:
    """The response pack (PDF): the disclosed items, other people's data redacted. Every item
    must be decided first. Marks the request responded; withheld items are not mentioned in
    the pack (saying so could itself prejudice crime prevention) but stay recorded here."""
    actor.require(SAR_ACTION)
    request = _load(session, reference)
    pending = [i.position for i in request.items if i.decision is ItemDecision.PENDING]
    if pending:
        raise InvalidInput(
            f"{reference} has items without a decision: {', '.join(map(str, pending))}.",
            hint=f"Decide each with `prevent-gateway sar decide {reference} POSITION`.",
        )
    if request.status is SARStatus.OPEN:
        new = _unlisted(session, request, subject_key, log)
        if new:
            raise InvalidInput(
                f"{len(new)} record(s) about the student were added after {reference} was "
                "opened and have no decision yet.",
                hint=f"Run `prevent-gateway sar refresh {reference}` and decide them.",
            )
    pdf = build_pack(session, request, redactor=redactor, log=log, organisation=organisation)
    if request.status is SARStatus.OPEN:
        request.status = SARStatus.RESPONDED
        request.responded_by_id = actor.user.id
        request.responded_at = utcnow()
    request.pack_sha256 = hashlib.sha256(pdf).hexdigest()
    record_access(session, actor, action="sar.export", object_type="sar", object_ref=reference)
    return pdf


def open_sar_blocks(session: Session, case_id: int) -> bool:
    """True while an open subject access request covers the case: retention must not dispose
    of it (its records are either listed in the request or belong to the requester)."""
    listed = session.scalar(
        select(func.count())
        .select_from(SARItem)
        .join(SubjectAccessRequest, SARItem.request_id == SubjectAccessRequest.id)
        .where(SARItem.case_id == case_id, SubjectAccessRequest.status == SARStatus.OPEN)
    )
    if listed:
        return True
    case = session.get(Case, case_id)
    if case is None:
        return False
    requester = session.scalar(
        select(func.count())
        .select_from(SubjectAccessRequest)
        .where(
            SubjectAccessRequest.student_id == case.subject_student_id,
            SubjectAccessRequest.status == SARStatus.OPEN,
        )
    )
    return bool(requester)
