"""Subject access requests below the use cases: finding everything held about a student,
loading a request, the views of it, and the retention block while a request is open.

The steps the DPO takes (open, decide, extend, refresh, export) are in
:mod:`gateway.sar.use_cases`; each checks SAR_HANDLE there.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.audit.errors import LOG_READ_ERRORS, unreadable
from gateway.cases.models import Case
from gateway.disclosures.models import DisclosureRequest, NonDisclosureDecision
from gateway.errors import InvalidInput, NotFound
from gateway.sar.domain import ItemDecision, ItemKind, SARStatus, days_left
from gateway.sar.models import SARItem, SubjectAccessRequest
from gateway.sar.views import SARItemView, SARSummary, SARView
from gateway.timeutil import long_date
from gateway.users.domain import Action
from sharing_log import decode_entry, subject_reference
from sharing_log.sql import SQLTransparencyLog

#: What handling a subject access request needs (the DPO's role).
SAR_ACTION = Action.SAR_HANDLE

#: What a record found for the student is: (kind, source_ref, case_id, label).
Found = tuple[ItemKind, str, int | None, str]


def find_items(
    session: Session, student_id: str, subject_key: bytes, log: SQLTransparencyLog
) -> list[Found]:
    """Everything held about the student: (kind, source_ref, case_id, label). Labels carry
    dates and kinds only, never content."""
    found: list[Found] = []
    cases = list(
        session.scalars(
            select(Case).where(Case.subject_student_id == student_id).order_by(Case.id)
        )
    )
    for case in cases:
        found.append((ItemKind.CASE, f"case:{case.reference}", case.id,
                      f"Case record {case.reference} (opened {long_date(case.opened_at)})"))
        for c in case.concerns:
            found.append((ItemKind.CONCERN, f"concern:{c.id}", case.id,
                          f"Concern raised {long_date(c.raised_at)}"))
        for e in case.events:
            found.append((ItemKind.CHRONOLOGY, f"event:{case.reference}:{e.sequence}", case.id,
                          f"Chronology entry {e.sequence} ({e.kind}, {long_date(e.occurred_at)})"))
        for ev in case.evidence:
            found.append((ItemKind.EVIDENCE, f"evidence:{ev.id}", case.id,
                          f"Evidence item {ev.id} (added {long_date(ev.added_at)})"))
        for d in case.decisions:
            found.append((ItemKind.DECISION, f"decision:{d.id}", case.id,
                          f"Decision of {long_date(d.decided_at)}"))
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
                          f"Decision not to share {n.reference} ({long_date(n.decided_at)})"))
    # The sharing log holds no identifier, only the pseudonymous reference: recompute it.
    ref = subject_reference(subject_key, student_id)
    conn = session.connection()
    case_ids = {c.reference: c.id for c in cases}
    try:
        for index, leaf in log.iter_entries(conn, log.size(conn)):
            entry = decode_entry(leaf)
            if entry.entry.fields.get("subject_ref") == ref:
                case_ref = entry.entry.fields.get("case_id")
                found.append((
                    ItemKind.SHARING_LOG,
                    f"log:{index}",
                    case_ids.get(case_ref) if isinstance(case_ref, str) else None,
                    f"Sharing-log entry {index} ({entry.entry.entry_type.value}, "
                    f"{entry.logged_at})",
                ))
    except LOG_READ_ERRORS as exc:
        raise unreadable(exc) from None
    return found


def unlisted(
    session: Session, request: SubjectAccessRequest, subject_key: bytes, log: SQLTransparencyLog
) -> list[Found]:
    """Records about the student that the request does not list yet (added since it opened)."""
    listed = {i.source_ref for i in request.items}
    return [
        found
        for found in find_items(session, request.student_id, subject_key, log)
        if found[1] not in listed
    ]


def load_request(session: Session, reference: str) -> SubjectAccessRequest:
    request = session.scalar(
        select(SubjectAccessRequest).where(SubjectAccessRequest.reference == reference)
    )
    if request is None:
        raise NotFound(f"No subject access request {reference}.",
                       hint="The list of subject access requests shows their references.")
    return request


def load_item(request: SubjectAccessRequest, position: int) -> SARItem:
    item = next((i for i in request.items if i.position == position), None)
    if item is None:
        raise NotFound(f"{request.reference} has no item {position}.",
                       hint="The request lists its items with their numbers.")
    return item


def require_open(request: SubjectAccessRequest) -> None:
    if request.status is not SARStatus.OPEN:
        raise InvalidInput(f"{request.reference} has been responded to and is closed.")


# --- views -------------------------------------------------------------------------------------


def summary_of(request: SubjectAccessRequest, today: date) -> SARSummary:
    return SARSummary.model_validate(_summary_fields(request, today))


def _summary_fields(request: SubjectAccessRequest, today: date) -> dict[str, object]:
    is_open = request.status is SARStatus.OPEN
    return {
        "reference": request.reference,
        "status": request.status,
        "received_on": request.received_on,
        "due_on": request.due_on,
        "extended": request.extension_reason is not None,
        "days_left": days_left(request.due_on, today),
        "overdue": is_open and today > request.due_on,
        "items": len(request.items),
        "pending": sum(1 for i in request.items if i.decision is ItemDecision.PENDING),
        "responded_at": request.responded_at,
        "pack_sha256": request.pack_sha256,
    }


def item_view(item: SARItem) -> SARItemView:
    return SARItemView(
        position=item.position,
        kind=item.kind,
        source_ref=item.source_ref,
        label=item.label,
        decision=item.decision,
        exemption=item.exemption,
        prejudice_reasoning=item.prejudice_reasoning,
        decided_at=item.decided_at,
    )


def view_of(request: SubjectAccessRequest, today: date) -> SARView:
    return SARView.model_validate({
        **_summary_fields(request, today),
        "student_id": request.student_id,
        "extension_reason": request.extension_reason,
        "item_list": [item_view(i) for i in request.items],
    })


def list_open(session: Session, actor: Actor, *, today: date) -> list[SARSummary]:
    """Open requests, soonest deadline first (the DPO's dashboard)."""
    actor.require(SAR_ACTION)
    rows = session.scalars(
        select(SubjectAccessRequest)
        .where(SubjectAccessRequest.status == SARStatus.OPEN)
        .order_by(SubjectAccessRequest.due_on, SubjectAccessRequest.id)
    )
    return [summary_of(r, today) for r in rows]


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
