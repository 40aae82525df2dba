"""Read-side helpers the lead's services do not have (the dashboard).

Each checks the caller's permission with ``Actor.require`` first, like every service, and
records reads of case data through the services that already do so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.actor import Actor
from gateway.api import schemas
from gateway.cases.models import Case
from gateway.cases.service import reviews_due
from gateway.disclosures.lawful_basis import LawfulBasisRecord
from gateway.disclosures.minimise import redaction_counts
from gateway.disclosures.models import DisclosureRequest
from gateway.disclosures.service import current_content_hash, dpo_queue, lawful_basis_of
from gateway.recipients.models import Recipient
from gateway.users.domain import Action, is_allowed
from gateway.users.models import User


def user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return {int(r.id): str(r.display_name) for r in rows}


def case_out(session: Session, case: Case) -> schemas.CaseOut:
    ids: list[int | None] = [e.actor_id for e in case.events]
    for d in case.decisions:
        ids.append(d.decided_by_id)
        ids.extend(d.smt_member_ids)
    return schemas.CaseOut.full(case, user_names(session, ids))


def lawful_basis_dict(record: LawfulBasisRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in record.__dict__.items():
        if isinstance(value, date):
            out[name] = value.isoformat()
        elif hasattr(value, "value"):
            out[name] = value.value
        else:
            out[name] = value
    return out


def disclosure_summary(session: Session, request: DisclosureRequest) -> schemas.DisclosureSummary:
    recipient = session.get(Recipient, request.recipient_id)
    case = session.get(Case, request.case_id)
    assert recipient is not None and case is not None
    return schemas.DisclosureSummary(**schemas.disclosure_summary(request, recipient, case))


def disclosure_out(session: Session, request: DisclosureRequest) -> schemas.DisclosureOut:
    recipient = session.get(Recipient, request.recipient_id)
    case = session.get(Case, request.case_id)
    assert recipient is not None and case is not None
    names = user_names(session, [request.prepared_by_id, request.approved_by_id])
    record = lawful_basis_of(request)
    content = current_content_hash(request)
    return schemas.DisclosureOut(
        **schemas.disclosure_summary(request, recipient, case),
        purpose=request.purpose,
        rpc_discussion_reference=request.rpc_discussion_reference,
        subject_fields=list(request.subject_fields),
        lawful_basis=lawful_basis_dict(record) if request.lawful_basis else None,
        lawful_basis_codes=record.codes(),
        items=[
            schemas.ItemOut(
                position=item.position,
                kind=item.kind,
                label=item.label,
                source_ref=item.source_ref,
                original_text=item.original_text,
                redacted_text=item.redacted_text,
                special_categories=list(item.special_categories),
                criminal_offence=item.criminal_offence,
                findings=[
                    schemas.finding_out(i, item.original_text, f)
                    for i, f in enumerate(item.findings)
                ],
            )
            for item in request.items
        ],
        content_sha256=content,
        redaction_counts=redaction_counts(request),
        prepared_by=names.get(request.prepared_by_id, ""),
        approved_by=names.get(request.approved_by_id) if request.approved_by_id else None,
        approved_at=request.approved_at,
        approval_current=request.approved_content_hash == content,
        emergency_authorised=(
            request.emergency_authorised_by_id is not None
            and request.emergency_content_hash == content
        ),
        emergency_reason=request.emergency_reason,
        retrospective_review_outcome=request.retrospective_review_outcome,
        refusal_reason=request.refusal_reason,
        released_at=request.released_at,
        package_sha256=request.package_sha256,
        log_index=request.log_index,
    )


# --- dashboard --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    reviews_due: list[schemas.ReviewDueOut]
    awaiting_approval: list[schemas.DisclosureSummary]
    emergency_reviews: list[schemas.DisclosureSummary]
    show_reviews: bool
    show_disclosures: bool


def dashboard(session: Session, actor: Actor, today: date) -> Dashboard:
    """Only the panels the actor's role may see; the services check the permission again."""
    due: list[schemas.ReviewDueOut] = []
    awaiting: list[schemas.DisclosureSummary] = []
    emergencies: list[schemas.DisclosureSummary] = []
    show_reviews = is_allowed(actor.role, Action.CASE_READ)
    show_disclosures = is_allowed(actor.role, Action.DISCLOSURE_READ)
    if show_reviews:
        for case, decision in reviews_due(session, actor, today):
            due.append(
                schemas.ReviewDueOut(
                    case_reference=case.reference,
                    subject_name=case.subject_name,
                    review_date=decision.review_date,
                    actions=decision.actions,
                )
            )
        if due:
            record_access(
                session, actor, action="case.reviews_due", object_type="case", object_ref="*"
            )
    if show_disclosures:
        queue = dpo_queue(session, actor)
        awaiting = [disclosure_summary(session, r) for r in queue.awaiting_approval]
        emergencies = [disclosure_summary(session, r) for r in queue.emergency_reviews]
    return Dashboard(due, awaiting, emergencies, show_reviews, show_disclosures)
