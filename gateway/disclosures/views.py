"""What the doors show of a disclosure request: typed views built inside the transaction.

The CLI prints them (``--json`` prints them as JSON), the API returns them as its response
models, and the pages render them: one view per thing shown, built once.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.cases.models import Case
from gateway.config import Settings
from gateway.disclosures.domain import DisclosureStatus, ItemKind, RedactionState
from gateway.disclosures.lawful_basis import LawfulBasisRecord
from gateway.disclosures.models import DisclosureRequest, NonDisclosureDecision
from gateway.recipients.models import Recipient, RecipientKind
from gateway.users.models import User


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class FindingView(_View):
    """One thing the redaction found in an item, and the Prevent Lead's review of it."""

    index: int
    start: int
    end: int
    text: str
    entity_type: str
    action: str
    replacement: str | None
    score: float | None
    reason: str | None
    review: str | None
    review_justification: str | None
    reviewed_by: str | None = None


class ItemView(_View):
    """One data item: the text as recorded, as it would be shared, and its redaction."""

    position: int
    kind: ItemKind
    label: str
    source_ref: str | None
    original_text: str
    redacted_text: str
    special_categories: list[str]
    criminal_offence: bool
    findings: list[FindingView]
    #: not_needed, not_redacted, unreviewed or redacted (the gate's view of the item).
    redaction_state: RedactionState
    #: The same in words: "not yet redacted", "redacted: 3 found, 1 kept with a justification".
    redaction_status: str


class DisclosureSummary(_View):
    reference: str
    case_reference: str
    recipient_reference: str
    recipient_name: str
    status: DisclosureStatus
    created_at: datetime
    submitted_at: datetime | None
    emergency: bool
    retrospective_review_due: datetime | None


class DisclosureView(DisclosureSummary):
    """The request in full: what the Prevent Lead prepared and where it stands."""

    purpose: str
    rpc_discussion_reference: str | None
    subject_fields: list[str]
    lawful_basis: dict[str, Any] | None
    lawful_basis_codes: list[str]
    #: The same, as people read it ("Art 6(1)(e) — public task ...").
    lawful_basis_in_words: list[str]
    items: list[ItemView]
    content_sha256: str
    redaction_counts: dict[str, int]
    #: Every item with free text redacted as it stands and every finding reviewed.
    redaction_complete: bool
    prepared_by: str
    approved_by: str | None
    approved_at: datetime | None
    approval_current: bool
    emergency_authorised: bool
    emergency_reason: str | None
    retrospective_review_outcome: str | None
    refusal_reason: str | None
    released_at: datetime | None
    package_sha256: str | None
    log_index: int | None


class DPOQueueView(_View):
    """The DPO's queue: requests awaiting approval and emergency releases awaiting review."""

    awaiting_approval: list[DisclosureSummary]
    emergency_reviews: list[DisclosureSummary]


class NonDisclosureView(_View):
    """A recorded decision not to share (refusal, withdrawal or a decision on a case)."""

    reference: str
    decided_at: datetime
    reasons: str
    log_index: int | None


class RejectedRedaction(_View):
    """A redaction the Prevent Lead rejected: the text goes out, with their justification."""

    position: int
    text: str
    entity_type: str
    justification: str | None
    reviewed_by: str | None


class RemovedText(_View):
    """A redaction applied: the text that does not leave the provider, and what replaces it."""

    position: int
    text: str
    entity_type: str
    replacement: str | None


class ApprovalItem(_View):
    """One item as the recipient will read it, with what the DPO must know about it."""

    position: int
    label: str
    kind: ItemKind
    text_as_sent: str
    special_categories: list[str]
    criminal_offence: bool
    redaction_status: str


class ApprovalView(_View):
    """What the DPO (or an SMT member on the emergency path) decides on: everything the
    recipient will read, and the SHA-256 of that content, which the decision must name."""

    disclosure: DisclosureView
    case_reference: str
    subject_name: str
    #: The student's identifiers that go out besides the name, as the recipient reads them.
    subject_details: list[str]
    recipient_reference: str
    recipient_name: str
    purpose: str
    referrer: str
    items: list[ApprovalItem]
    content_sha256: str
    lawful_basis_lines: list[str]
    subject_told: str
    rpc_discussion: str
    marking: str
    redaction_statement: str
    removed: list[RemovedText]
    rejected: list[RejectedRedaction]
    redaction_complete: bool
    dpia_in_force: bool | None
    dpia_lines: list[str]


class CaseRecord(_View):
    """A record of the case that can be chosen as a data item."""

    source_ref: str
    label: str
    text: str


class ItemsFormView(_View):
    """The data-items step: the request, the case's records, and which are already chosen."""

    disclosure: DisclosureView
    records: list[CaseRecord]
    chosen: list[str]
    subject_fields: list[str]


class LawfulBasisFormView(_View):
    """The lawful-basis step: the request and the record so far."""

    disclosure: DisclosureView
    record: dict[str, Any]


class ReleasedView(_View):
    """What a release produced; the package file is written after the commit."""

    reference: str
    filename: str
    package_path: str
    package_sha256: str
    sealed_sha256: str
    log_index: int
    tree_size: int
    emergency: bool
    disclosure: DisclosureView


class PackageFile(_View):
    """The sealed package as released (only the recipient's private key opens it)."""

    reference: str
    filename: str
    content: bytes


class RecipientChoice(_View):
    """A registered, active recipient a disclosure can be prepared for."""

    reference: str
    kind: RecipientKind
    name: str
    organisation: str
    has_public_key: bool


class NewCaseDisclosureView(_View):
    """The form to start a disclosure: the case and the active recipients."""

    case_reference: str
    subject_name: str
    recipients: list[RecipientChoice]


# --- building them ----------------------------------------------------------------------------


def user_names(session: Session, ids: list[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return {int(r.id): str(r.display_name) for r in rows}


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


def finding_view(index: int, original: str, f: dict[str, Any]) -> FindingView:
    start, end = int(f.get("start", 0)), int(f.get("end", 0))
    score = f.get("score")
    return FindingView(
        index=index,
        start=start,
        end=end,
        text=original[start:end],
        entity_type=str(f.get("entity_type", "")),
        action=str(f.get("action", "")),
        replacement=str(f["replacement"]) if f.get("replacement") else None,
        score=float(score) if isinstance(score, int | float) else None,
        reason=str(f["reason"]) if f.get("reason") else None,
        review=str(f["review"]) if f.get("review") else None,
        review_justification=(
            str(f["review_justification"]) if f.get("review_justification") else None
        ),
        reviewed_by=str(f["reviewed_by"]) if f.get("reviewed_by") else None,
    )


def _parties(session: Session, request: DisclosureRequest) -> tuple[Recipient, Case]:
    recipient = session.get(Recipient, request.recipient_id)
    case = session.get(Case, request.case_id)
    assert recipient is not None and case is not None
    return recipient, case


def _summary_fields(
    request: DisclosureRequest, recipient: Recipient, case: Case
) -> dict[str, Any]:
    return {
        "reference": request.reference,
        "case_reference": case.reference,
        "recipient_reference": recipient.reference,
        "recipient_name": f"{recipient.name}, {recipient.organisation}",
        "status": request.status,
        "created_at": request.created_at,
        "submitted_at": request.submitted_at,
        "emergency": request.emergency,
        "retrospective_review_due": request.retrospective_review_due,
    }


def summary_of(session: Session, request: DisclosureRequest) -> DisclosureSummary:
    recipient, case = _parties(session, request)
    return DisclosureSummary(**_summary_fields(request, recipient, case))


def dpo_queue_view(session: Session) -> DPOQueueView:
    """The DPO's queue (the caller has checked the reader may see it)."""
    awaiting = session.scalars(
        select(DisclosureRequest)
        .where(DisclosureRequest.status == DisclosureStatus.SUBMITTED)
        .order_by(DisclosureRequest.id)
    )
    emergencies = session.scalars(
        select(DisclosureRequest)
        .where(
            DisclosureRequest.emergency.is_(True),
            DisclosureRequest.retrospective_reviewed_at.is_(None),
        )
        .order_by(DisclosureRequest.retrospective_review_due)
    )
    return DPOQueueView(
        awaiting_approval=[summary_of(session, r) for r in awaiting],
        emergency_reviews=[summary_of(session, r) for r in emergencies],
    )


def disclosure_view(
    session: Session, request: DisclosureRequest, settings: Settings
) -> DisclosureView:
    from gateway.disclosures.minimise import redaction_counts
    from gateway.disclosures.service import (
        current_content_hash,
        item_redaction,
        lawful_basis_of,
    )

    recipient, case = _parties(session, request)
    names = user_names(session, [request.prepared_by_id, request.approved_by_id])
    record = lawful_basis_of(request)
    content = current_content_hash(session, request, settings)
    statuses = {item.position: item_redaction(item) for item in request.items}
    return DisclosureView(
        **_summary_fields(request, recipient, case),
        purpose=request.purpose,
        rpc_discussion_reference=request.rpc_discussion_reference,
        subject_fields=list(request.subject_fields),
        lawful_basis=lawful_basis_dict(record) if request.lawful_basis else None,
        lawful_basis_codes=record.codes(),
        lawful_basis_in_words=record.in_words(),
        items=[
            ItemView(
                position=item.position,
                kind=item.kind,
                label=item.label,
                source_ref=item.source_ref,
                original_text=item.original_text,
                redacted_text=item.redacted_text,
                special_categories=list(item.special_categories),
                criminal_offence=item.criminal_offence,
                findings=[
                    finding_view(i, item.original_text, dict(f))
                    for i, f in enumerate(item.findings)
                ],
                redaction_state=statuses[item.position].state,
                redaction_status=statuses[item.position].in_words(),
            )
            for item in request.items
        ],
        content_sha256=content,
        redaction_counts=redaction_counts(request),
        redaction_complete=all(s.complete for s in statuses.values()),
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


def non_disclosure_view(row: NonDisclosureDecision) -> NonDisclosureView:
    return NonDisclosureView(
        reference=row.reference,
        decided_at=row.decided_at,
        reasons=row.reasons,
        log_index=row.log_index,
    )


def approval_view(
    session: Session, request: DisclosureRequest, settings: Settings, today: date
) -> ApprovalView:
    """"What the DPO sees", built once for the page, the API and ``disclosure show``, from the
    same referral content the package is built from."""
    from gateway.disclosures.lawful_basis import category_words
    from gateway.disclosures.referral import referral_content
    from gateway.dpias.service import dpia_status

    d = disclosure_view(session, request, settings)
    content = referral_content(session, request, settings)
    recipient, case = _parties(session, request)
    removed = [
        RemovedText(
            position=item.position,
            text=f.text,
            entity_type=f.entity_type,
            replacement=f.replacement,
        )
        for item in d.items
        for f in item.findings
        if (f.action == "redacted") != (f.review == "rejected")
    ]
    rejected = [
        RejectedRedaction(
            position=item.position,
            text=f.text,
            entity_type=f.entity_type,
            justification=f.review_justification,
            reviewed_by=f.reviewed_by,
        )
        for item in d.items
        for f in item.findings
        if f.review == "rejected"
    ]
    subject = content.subject
    details = [
        f"{label}: {value}"
        for label, value in (
            ("Date of birth", subject.date_of_birth),
            ("Student number", subject.student_number),
            ("Address", subject.address),
        )
        if value
    ]
    referrer = content.referrer
    dpia = dpia_status(session, request.processing_activity, today)
    return ApprovalView(
        disclosure=d,
        case_reference=case.reference,
        subject_name=case.subject_name,
        subject_details=details,
        recipient_reference=recipient.reference,
        recipient_name=d.recipient_name,
        purpose=request.purpose,
        referrer=f"{referrer.name}, {referrer.role}, {referrer.organisation}"
        + (f" ({referrer.email})" if referrer.email else ""),
        items=[
            ApprovalItem(
                position=item.position,
                label=item.label,
                kind=item.kind,
                text_as_sent=item.redacted_text,
                special_categories=[category_words(c) for c in item.special_categories],
                criminal_offence=item.criminal_offence,
                redaction_status=item.redaction_status,
            )
            for item in d.items
        ],
        content_sha256=content.sha256(),
        lawful_basis_lines=list(content.lawful_basis),
        subject_told=content.subject_told,
        rpc_discussion=content.rpc_discussion,
        marking=content.marking,
        redaction_statement=content.redaction_statement,
        removed=removed,
        rejected=rejected,
        redaction_complete=d.redaction_complete,
        dpia_in_force=dpia.in_force,
        dpia_lines=list(dpia.lines()),
    )


class ReleasePreview(_View):
    """What releasing a request will do, shown before the Prevent Lead confirms it."""

    disclosure: DisclosureView
    recipient: str
    emergency: bool
