"""Disclosure requests: preparation, the DPO's decision, emergency authorisation, review.

Every rule is checked here, before anything changes, so a refused step changes nothing. The
release itself (package, signature, sharing-log entry, status) is in
:mod:`gateway.disclosures.flows`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.actor import Actor
from gateway.cases.domain import Outcome
from gateway.cases.models import Case
from gateway.cases.service import append_event, latest_decision, load_case
from gateway.config import Settings
from gateway.disclosures.domain import (
    DisclosureStatus,
    ItemContent,
    ItemKind,
    check_transition,
    content_hash,
)
from gateway.disclosures.lawful_basis import (
    LawfulBasisRecord,
    SpecialCategory,
    check_lawful_basis,
)
from gateway.disclosures.models import (
    DisclosureItem,
    DisclosureRequest,
    LawfulBasisEntry,
    NonDisclosureDecision,
)
from gateway.errors import (
    ApprovalVoided,
    ChannelDiscussionMissing,
    InvalidInput,
    NoReferralDecision,
    NotApproved,
    NotFound,
    NotPermitted,
    RecipientNotAllowed,
    SeparationOfDuties,
)
from gateway.recipients.models import Recipient, RecipientKind
from gateway.references import next_reference
from gateway.sharing import SharingLogWriter, user_ref
from gateway.timeutil import iso, utcnow
from gateway.users.domain import Action
from sharing_log import EntryType


def get_request(session: Session, reference: str) -> DisclosureRequest:
    request = session.scalar(
        select(DisclosureRequest).where(DisclosureRequest.reference == reference)
    )
    if request is None:
        raise NotFound(
            f"No disclosure request {reference}.",
            hint="List them with `prevent-gateway disclosure list`.",
        )
    return request


def read_request(session: Session, actor: Actor, reference: str) -> DisclosureRequest:
    actor.require(Action.DISCLOSURE_READ)
    request = get_request(session, reference)
    record_access(
        session, actor, action="disclosure.read", object_type="disclosure", object_ref=reference
    )
    return request


def _recipient_check(session: Session, reference: str) -> Recipient:
    """Rule 2: only a registered, active recipient can receive anything."""
    recipient = session.scalar(select(Recipient).where(Recipient.reference == reference))
    if recipient is None:
        raise RecipientNotAllowed(
            f"{reference} is not a registered recipient, so nothing can be prepared for it.",
            hint="An administrator registers recipients with `prevent-gateway recipient add`.",
        )
    if not recipient.active:
        raise RecipientNotAllowed(
            f"Recipient {reference} ({recipient.name}) is no longer active.",
            hint="Check the current Regional Prevent Coordinator contact with an administrator.",
        )
    return recipient


def _referral_check(case: Case, recipient: Recipient, rpc_reference: str | None) -> None:
    """Rule 1: only a case decided as a referral may be disclosed (policy 9.2, 7.3)."""
    decision = latest_decision(case)
    if decision is None or decision.outcome is not Outcome.REFERRAL:
        current = decision.outcome.value.replace("_", " ") if decision else "no decision yet"
        raise NoReferralDecision(
            f"Case {case.reference} has not been decided as a referral (latest: {current}), "
            "so no information about the student can be shared.",
            hint="A referral is decided only on serious and immediate safety issues or evidence "
            "of a crime (policy 9.2); record that decision with `prevent-gateway case decide`.",
        )
    if recipient.kind is RecipientKind.CHANNEL_PANEL and not (
        rpc_reference and rpc_reference.strip()
    ):
        raise ChannelDiscussionMissing(
            "Information goes to a Channel panel only after discussion with, or a request "
            "from, the Regional Prevent Coordinator (policy 10.2).",
            hint="Record the reference of that discussion or request.",
        )


def create_request(
    session: Session,
    actor: Actor,
    *,
    case_reference: str,
    recipient_reference: str,
    purpose: str,
    rpc_discussion_reference: str | None = None,
) -> DisclosureRequest:
    actor.require(Action.DISCLOSURE_PREPARE)
    recipient = _recipient_check(session, recipient_reference)
    case = load_case(session, case_reference)
    _referral_check(case, recipient, rpc_discussion_reference)
    if not purpose.strip():
        raise InvalidInput("State the purpose of the disclosure.")
    request = DisclosureRequest(
        reference=next_reference(session, "DR"),
        case_id=case.id,
        recipient_id=recipient.id,
        purpose=purpose.strip(),
        rpc_discussion_reference=rpc_discussion_reference,
        prepared_by_id=actor.user.id,
    )
    session.add(request)
    session.flush()
    append_event(
        session, case, actor, "disclosure_prepared", f"Disclosure request {request.reference}."
    )
    return request


def _editable(request: DisclosureRequest, actor: Actor) -> None:
    actor.require(Action.DISCLOSURE_PREPARE)
    if request.status not in (
        DisclosureStatus.DRAFT,
        DisclosureStatus.SUBMITTED,
        DisclosureStatus.APPROVED,
    ):
        raise InvalidInput(
            f"Disclosure request {request.reference} is {request.status.value} and cannot be "
            "changed.",
        )
    if request.status is not DisclosureStatus.DRAFT:
        # Any change after submission or approval sends it back: the DPO approved other content.
        request.status = DisclosureStatus.DRAFT
        request.approved_by_id = None
        request.approved_at = None
        request.approved_content_hash = None
        request.emergency_authorised_by_id = None
        request.emergency_content_hash = None


SUBJECT_FIELDS = ("date_of_birth", "student_number", "address")


def set_subject_fields(
    session: Session, actor: Actor, reference: str, fields: Iterable[str]
) -> DisclosureRequest:
    """Choose which of the student's identifiers go out besides their name."""
    request = get_request(session, reference)
    chosen = sorted(set(fields))
    unknown = [f for f in chosen if f not in SUBJECT_FIELDS]
    if unknown:
        raise InvalidInput(
            f"Unknown subject field(s): {', '.join(unknown)}.",
            hint=f"Choose from {', '.join(SUBJECT_FIELDS)}.",
        )
    _editable(request, actor)
    request.subject_fields = chosen
    return request


def set_lawful_basis(
    session: Session, actor: Actor, reference: str, record: LawfulBasisRecord
) -> LawfulBasisEntry:
    request = get_request(session, reference)
    _editable(request, actor)
    entry = request.lawful_basis or LawfulBasisEntry(request_id=request.id)
    for name in LawfulBasisRecord.__dataclass_fields__:
        setattr(entry, name, getattr(record, name))
    if request.lawful_basis is None:
        session.add(entry)
        request.lawful_basis = entry
    session.flush()
    return entry


def lawful_basis_of(request: DisclosureRequest) -> LawfulBasisRecord:
    entry = request.lawful_basis
    if entry is None:
        return LawfulBasisRecord(art6_basis=None)
    return LawfulBasisRecord(
        **{name: getattr(entry, name) for name in LawfulBasisRecord.__dataclass_fields__}
    )


def add_item(
    session: Session,
    actor: Actor,
    reference: str,
    item: ItemContent,
    *,
    source_ref: str | None = None,
) -> DisclosureItem:
    request = get_request(session, reference)
    _editable(request, actor)
    if not item.text.strip():
        raise InvalidInput(f"The data item '{item.label}' has no text.")
    row = DisclosureItem(
        request_id=request.id,
        position=len(request.items) + 1,
        kind=item.kind,
        label=item.label.strip() or item.kind.value,
        source_ref=source_ref,
        original_text=item.text,
        redacted_text=item.text,
        special_categories=sorted(c.value for c in item.special_categories),
        criminal_offence=item.criminal_offence,
        findings=[],
    )
    session.add(row)
    request.items.append(row)
    session.flush()
    return row


def add_case_item(
    session: Session,
    actor: Actor,
    reference: str,
    source_ref: str,
    *,
    special_categories: Iterable[SpecialCategory] = (),
    criminal_offence: bool = False,
) -> DisclosureItem:
    """Select a record from the case ("concern:ID", "event:SEQ" or "evidence:ID") as a data item."""
    request = get_request(session, reference)
    case = session.get(Case, request.case_id)
    assert case is not None
    kind_name, _, ident = source_ref.partition(":")
    text: str | None = None
    kind = ItemKind.NOTE
    label = source_ref
    if kind_name == "concern":
        found = [c for c in case.concerns if str(c.id) == ident]
        if found:
            text, kind = found[0].description, ItemKind.CONCERN
            label = f"Concern raised {found[0].raised_at:%d %B %Y}"
    elif kind_name == "event":
        events = [e for e in case.events if str(e.sequence) == ident]
        if events:
            text, kind = events[0].summary, ItemKind.CHRONOLOGY
            label = f"Chronology {events[0].occurred_at:%d %B %Y}"
    elif kind_name == "evidence":
        evidence = [e for e in case.evidence if str(e.id) == ident]
        if evidence:
            text, kind = evidence[0].description, ItemKind.EVIDENCE
            label = f"Evidence, SHA-256 {evidence[0].sha256[:16]}…"
    else:
        raise InvalidInput(
            f"'{source_ref}' is not a case record.",
            hint="Use concern:ID, event:SEQUENCE or evidence:ID.",
        )
    if text is None:
        raise NotFound(f"Case {case.reference} has no {source_ref}.")
    return add_item(
        session,
        actor,
        reference,
        ItemContent(
            kind=kind,
            label=label,
            text=text,
            special_categories=frozenset(special_categories),
            criminal_offence=criminal_offence,
        ),
        source_ref=source_ref,
    )


def remove_item(session: Session, actor: Actor, reference: str, position: int) -> None:
    request = get_request(session, reference)
    _editable(request, actor)
    match = [i for i in request.items if i.position == position]
    if not match:
        raise NotFound(f"{reference} has no item {position}.")
    request.items.remove(match[0])
    for new_position, item in enumerate(request.items, start=1):
        item.position = new_position
    session.flush()


@dataclass(frozen=True)
class FindingView:
    start: int
    end: int
    entity_type: str
    action: str
    replacement: str | None


def rebuild_redacted_text(original: str, findings: Sequence[dict[str, Any]]) -> str:
    """Apply every redaction the Prevent Lead has not rejected to the original text."""
    out: list[str] = []
    cursor = 0
    applied = sorted(
        (f for f in findings if f.get("action") == "redacted" and f.get("review") != "rejected"),
        key=lambda f: (int(f["start"]), -int(f["end"])),
    )
    for finding in applied:
        start, end = int(finding["start"]), int(finding["end"])
        if start < cursor:
            continue  # nested in a span already replaced
        out.append(original[cursor:start])
        out.append(str(finding.get("replacement") or f"[{finding['entity_type']}]"))
        cursor = end
    out.append(original[cursor:])
    return "".join(out)


def review_finding(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    item_position: int,
    finding_index: int,
    accept: bool,
    justification: str,
) -> DisclosureItem:
    """The Prevent Lead accepts or rejects one redaction; rejections need a justification."""
    request = get_request(session, reference)
    _editable(request, actor)
    items = [i for i in request.items if i.position == item_position]
    if not items:
        raise NotFound(f"{reference} has no item {item_position}.")
    item = items[0]
    findings = [dict(f) for f in item.findings]
    if not 0 <= finding_index < len(findings):
        raise NotFound(f"Item {item_position} has no finding {finding_index}.")
    if not accept and not justification.strip():
        raise InvalidInput(
            "Rejecting a redaction puts personal data back into what leaves the provider: "
            "say why it is needed.",
        )
    findings[finding_index]["review"] = "accepted" if accept else "rejected"
    findings[finding_index]["review_justification"] = justification.strip() or None
    findings[finding_index]["reviewed_by"] = actor.user.username
    item.findings = findings
    item.redacted_text = rebuild_redacted_text(item.original_text, findings)
    session.flush()
    return item


def approval_payload(request: DisclosureRequest) -> dict[str, Any]:
    """Exactly what leaves the provider; the approval binds its hash."""
    record = lawful_basis_of(request)
    basis = {
        name: (value.isoformat() if isinstance(value, date) else value)
        for name, value in record.__dict__.items()
    }
    return {
        "disclosure": request.reference,
        "recipient_id": request.recipient_id,
        "purpose": request.purpose,
        "rpc_discussion_reference": request.rpc_discussion_reference,
        "subject_fields": sorted(request.subject_fields),
        "lawful_basis": {k: (v.value if hasattr(v, "value") else v) for k, v in basis.items()},
        "items": [
            {
                "kind": item.kind.value,
                "label": item.label,
                "text": item.redacted_text,
                "special_categories": sorted(item.special_categories),
                "criminal_offence": item.criminal_offence,
            }
            for item in request.items
        ],
    }


def current_content_hash(request: DisclosureRequest) -> str:
    return content_hash(approval_payload(request))


def check_rules(
    session: Session,
    request: DisclosureRequest,
    settings: Settings,
    today: date,
) -> Recipient:
    """Every rule a disclosure must meet, re-checked at submission, approval and release."""
    recipient = session.get(Recipient, request.recipient_id)
    assert recipient is not None
    _recipient_check(session, recipient.reference)
    case = session.get(Case, request.case_id)
    assert case is not None
    _referral_check(case, recipient, request.rpc_discussion_reference)
    if not request.items:
        raise InvalidInput(
            "Select at least one data item to share.",
            hint="Share only what the recipient needs (data minimisation).",
        )
    special: set[SpecialCategory] = set()
    criminal = False
    for item in request.items:
        special.update(SpecialCategory(c) for c in item.special_categories)
        criminal = criminal or item.criminal_offence
    check_lawful_basis(
        lawful_basis_of(request),
        special_categories=special,
        criminal_offence_data=criminal,
        public_authority=settings.public_authority,
        to_competent_authority=recipient.competent_authority,
        today=today,
    )
    from gateway.dpias.service import require_dpia_in_force

    require_dpia_in_force(session, request.processing_activity, today)
    return recipient


def submit(session: Session, actor: Actor, reference: str, settings: Settings) -> DisclosureRequest:
    actor.require(Action.DISCLOSURE_PREPARE)
    request = get_request(session, reference)
    check_transition(request.status, DisclosureStatus.SUBMITTED)
    check_rules(session, request, settings, utcnow().date())
    request.status = DisclosureStatus.SUBMITTED
    request.submitted_at = utcnow()
    return request


def approve(
    session: Session, actor: Actor, reference: str, settings: Settings, note: str | None = None
) -> DisclosureRequest:
    """Rule 5: only a DPO approves, never the preparer; the approval binds the content hash."""
    actor.require(Action.DISCLOSURE_APPROVE)
    request = get_request(session, reference)
    if request.prepared_by_id == actor.user.id:
        raise SeparationOfDuties(
            "You prepared this request, so you cannot approve it.",
            hint="Another Data Protection Officer must approve it.",
        )
    check_transition(request.status, DisclosureStatus.APPROVED)
    check_rules(session, request, settings, utcnow().date())
    request.status = DisclosureStatus.APPROVED
    request.approved_by_id = actor.user.id
    request.approved_at = utcnow()
    request.approved_content_hash = current_content_hash(request)
    request.approval_note = note
    record_access(
        session, actor, action="disclosure.approve", object_type="disclosure", object_ref=reference
    )
    return request


def refuse(
    session: Session, actor: Actor, reference: str, reason: str, log: SharingLogWriter
) -> NonDisclosureDecision:
    actor.require(Action.DISCLOSURE_APPROVE)
    request = get_request(session, reference)
    if not reason.strip():
        raise InvalidInput(
            "Give the reasons for refusing; the Prevent Lead and auditors will read them."
        )
    if request.prepared_by_id == actor.user.id:
        raise SeparationOfDuties("You prepared this request, so you cannot decide on it.")
    check_transition(request.status, DisclosureStatus.REFUSED)
    request.status = DisclosureStatus.REFUSED
    request.refused_by_id = actor.user.id
    request.refused_at = utcnow()
    request.refusal_reason = reason.strip()
    return _non_disclosure(
        session, actor, request.case_id, reason, log, "dpo_refusal", request=request
    )


def withdraw(
    session: Session, actor: Actor, reference: str, reason: str, log: SharingLogWriter
) -> NonDisclosureDecision:
    actor.require(Action.DISCLOSURE_PREPARE)
    request = get_request(session, reference)
    if not reason.strip():
        raise InvalidInput("Say why the request is withdrawn.")
    check_transition(request.status, DisclosureStatus.WITHDRAWN)
    request.status = DisclosureStatus.WITHDRAWN
    request.withdrawn_reason = reason.strip()
    return _non_disclosure(
        session, actor, request.case_id, reason, log, "withdrawn_by_preparer", request=request
    )


def record_non_disclosure(
    session: Session,
    actor: Actor,
    case_reference: str,
    reasons: str,
    log: SharingLogWriter,
    recipient_reference: str | None = None,
) -> NonDisclosureDecision:
    """A decision not to share, recorded with reasons and logged like a disclosure."""
    actor.require(Action.NON_DISCLOSURE_RECORD)
    if not reasons.strip():
        raise InvalidInput("A decision not to share needs its reasons.")
    case = load_case(session, case_reference)
    recipient_id = None
    if recipient_reference:
        recipient = session.scalar(
            select(Recipient).where(Recipient.reference == recipient_reference)
        )
        if recipient is None:
            raise NotFound(f"No recipient {recipient_reference}.")
        recipient_id = recipient.id
    return _non_disclosure(
        session, actor, case.id, reasons, log, "decided_not_to_share", recipient_id=recipient_id
    )


def _non_disclosure(
    session: Session,
    actor: Actor,
    case_id: int,
    reasons: str,
    log: SharingLogWriter,
    reason_code: str,
    *,
    request: DisclosureRequest | None = None,
    recipient_id: int | None = None,
) -> NonDisclosureDecision:
    decision = NonDisclosureDecision(
        reference=next_reference(session, "ND"),
        case_id=case_id,
        request_id=request.id if request else None,
        recipient_id=request.recipient_id if request else recipient_id,
        decided_by_id=actor.user.id,
        reasons=reasons.strip(),
    )
    session.add(decision)
    session.flush()
    case = session.get(Case, case_id)
    assert case is not None
    recipient = session.get(Recipient, decision.recipient_id) if decision.recipient_id else None
    appended = log.decision_not_to_share(
        session,
        decision_ref=decision.reference,
        case_ref=case.reference,
        student_id=case.subject_student_id,
        decided_by=actor.user.id,
        decided_at=decision.decided_at or utcnow(),
        reason_codes=[reason_code],
        disclosure_ref=request.reference if request else None,
        recipient_ref=recipient.reference if recipient else None,
        record_sha256=hashlib.sha256(decision.reasons.encode("utf-8")).hexdigest(),
    )
    decision.log_index = appended.index
    append_event(
        session,
        case,
        actor,
        "decision_not_to_share",
        f"Decision not to share {decision.reference}.",
    )
    return decision


def authorise_emergency(
    session: Session, actor: Actor, reference: str, reason: str, settings: Settings
) -> DisclosureRequest:
    """Rule 7: an SMT member (not the preparer) authorises release without the DPO."""
    actor.require(Action.EMERGENCY_AUTHORISE)
    request = get_request(session, reference)
    if request.prepared_by_id == actor.user.id:
        raise SeparationOfDuties(
            "The SMT member authorising an emergency release cannot be the person who prepared it."
        )
    if not reason.strip():
        raise InvalidInput(
            "State the serious and immediate risk to life and why the DPO cannot be reached."
        )
    if request.status is not DisclosureStatus.SUBMITTED:
        raise InvalidInput(
            f"Only a submitted request can be released on the emergency path; "
            f"{request.reference} is {request.status.value}.",
        )
    check_rules(session, request, settings, utcnow().date())
    request.emergency_reason = reason.strip()
    request.emergency_authorised_by_id = actor.user.id
    request.emergency_authorised_at = utcnow()
    request.emergency_content_hash = current_content_hash(request)
    return request


def review_emergency(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    upheld: bool,
    notes: str,
    log: SharingLogWriter,
) -> DisclosureRequest:
    """The DPO's retrospective review of an emergency release."""
    actor.require(Action.EMERGENCY_REVIEW)
    request = get_request(session, reference)
    if not request.emergency or request.status is not DisclosureStatus.RELEASED:
        raise InvalidInput(f"{reference} was not released on the emergency path.")
    if request.retrospective_reviewed_at is not None:
        raise InvalidInput(f"{reference} has already been reviewed.")
    if not notes.strip():
        raise InvalidInput("Record the review's findings.")
    request.retrospective_reviewed_by_id = actor.user.id
    request.retrospective_reviewed_at = utcnow()
    request.retrospective_review_outcome = "upheld" if upheld else "not_upheld"
    request.retrospective_review_notes = notes.strip()
    log.append(
        session,
        EntryType.RETROSPECTIVE_REVIEW,
        review_id=f"{request.reference}-review",
        disclosure_id=request.reference,
        emergency_entry_index=request.log_index,
        reviewer_id=user_ref(actor.user.id),
        reviewed_at=iso(request.retrospective_reviewed_at),
        outcome=request.retrospective_review_outcome,
        record_sha256=hashlib.sha256(request.retrospective_review_notes.encode()).hexdigest(),
    )
    return request


@dataclass(frozen=True)
class DPOQueue:
    awaiting_approval: list[DisclosureRequest]
    emergency_reviews: list[DisclosureRequest]


def dpo_queue(session: Session, actor: Actor) -> DPOQueue:
    actor.require(Action.DISCLOSURE_READ)
    awaiting = list(
        session.scalars(
            select(DisclosureRequest)
            .where(DisclosureRequest.status == DisclosureStatus.SUBMITTED)
            .order_by(DisclosureRequest.id)
        )
    )
    emergencies = list(
        session.scalars(
            select(DisclosureRequest)
            .where(
                DisclosureRequest.emergency.is_(True),
                DisclosureRequest.retrospective_reviewed_at.is_(None),
            )
            .order_by(DisclosureRequest.retrospective_review_due)
        )
    )
    return DPOQueue(awaiting_approval=awaiting, emergency_reviews=emergencies)


def list_requests(session: Session, actor: Actor) -> list[DisclosureRequest]:
    actor.require(Action.DISCLOSURE_READ)
    return list(session.scalars(select(DisclosureRequest).order_by(DisclosureRequest.id)))


def check_release_allowed(
    session: Session,
    actor: Actor,
    request: DisclosureRequest,
    settings: Settings,
    *,
    emergency: bool,
) -> Recipient:
    """Rules 5-7 at the moment of release: approval (or emergency authorisation) still binds."""
    actor.require(Action.DISCLOSURE_RELEASE)
    if request.status is DisclosureStatus.RELEASED:
        check_transition(request.status, DisclosureStatus.RELEASED)
    recipient = check_rules(session, request, settings, utcnow().date())
    current = current_content_hash(request)
    if emergency:
        if request.status is not DisclosureStatus.SUBMITTED:
            raise InvalidInput(
                f"The emergency path is for a submitted request awaiting the DPO; "
                f"{request.reference} is {request.status.value}.",
                hint="An approved request is released normally, without --emergency.",
            )
        if request.emergency_authorised_by_id is None:
            raise NotPermitted(
                "An emergency release needs an SMT member's authorisation first.",
                hint="The SMT member runs `prevent-gateway disclosure emergency-authorise`.",
            )
        if request.emergency_content_hash != current:
            raise ApprovalVoided(
                "The request changed after the emergency authorisation; it no longer applies."
            )
        if request.prepared_by_id == request.emergency_authorised_by_id:
            raise SeparationOfDuties("The preparer cannot authorise their own emergency release.")
    else:
        if request.status is not DisclosureStatus.APPROVED:
            raise NotApproved(
                f"{request.reference} is {request.status.value}: the DPO has not approved it.",
                hint="Submit it and wait for the DPO's approval, or use the emergency path "
                "if there is a serious and immediate risk to life and the DPO cannot be reached.",
            )
        if request.approved_content_hash != current:
            raise ApprovalVoided(
                f"{request.reference} changed after the DPO approved it, so the approval no "
                "longer applies.",
                hint="Submit it again for the DPO's approval.",
            )
    return recipient


def emergency_review_due(settings: Settings) -> Any:
    return utcnow() + timedelta(hours=settings.emergency_review_hours)
