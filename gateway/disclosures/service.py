"""The rules of a disclosure request, checked before anything changes: the recipient, the
referral decision, editability, the content an approval binds, and the rules re-checked at
submission, approval and release.

The user actions that apply them are in :mod:`gateway.disclosures.use_cases`; the release itself
(package, signature, sharing-log entry, status) in :mod:`gateway.disclosures.flows`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from gateway.actor import Actor
from gateway.cases import evidence_store
from gateway.cases.domain import Outcome
from gateway.cases.models import Case, Decision, EvidenceItem
from gateway.cases.service import (
    append_event,
    coordinator_discussion,
    latest_decision,
    load_case,
)
from gateway.config import Settings
from gateway.disclosures.domain import (
    DisclosureStatus,
    ItemContent,
    ItemKind,
    RedactionState,
    RedactionStatus,
    applies,
    redaction_status,
)
from gateway.disclosures.lawful_basis import (
    LawfulBasisRecord,
    SpecialCategory,
    apd_paragraphs,
    check_lawful_basis,
    check_policy_document,
    para10_2_applies,
)
from gateway.disclosures.models import (
    DisclosureItem,
    DisclosureRequest,
    NonDisclosureDecision,
)
from gateway.disclosures.suggest import suggest_item
from gateway.errors import (
    AppropriatePolicyDocumentMissing,
    ApprovalVoided,
    ChannelDiscussionMissing,
    InvalidInput,
    InvalidTransition,
    NoReferralDecision,
    NotApproved,
    NotFound,
    NotPermitted,
    RedactionIncomplete,
    SeparationOfDuties,
)
from gateway.recipients.models import Recipient, RecipientKind
from gateway.recipients.service import require_active_recipient
from gateway.references import next_reference
from gateway.sharing import SharingLogWriter
from gateway.timeutil import long_date
from gateway.users.domain import Action
from gateway.users.service import same_person


def get_request(session: Session, reference: str) -> DisclosureRequest:
    request = session.scalar(
        select(DisclosureRequest).where(DisclosureRequest.reference == reference)
    )
    if request is None:
        raise NotFound(
            f"No disclosure request {reference}.",
            hint="The list of disclosure requests shows every reference.",
        )
    return request


def decision_is_final(decision: Decision) -> bool:
    """A decision is final once every SMT member named has confirmed it themselves. Decisions
    recorded before confirmations were kept (none recorded at all, not an empty list) stand as
    they were taken."""
    from gateway.cases.views import awaiting_member_ids

    return not awaiting_member_ids(decision)


def referral_check(case: Case, recipient: Recipient, rpc_reference: str | None) -> None:
    """Rule 1: only a case decided as a referral may be disclosed (policy 9.2, 7.3)."""
    decision = latest_decision(case)
    if decision is None or decision.outcome is not Outcome.REFERRAL:
        current = decision.outcome.value.replace("_", " ") if decision else "no decision yet"
        raise NoReferralDecision(
            f"Case {case.reference} has not been decided as a referral (latest: {current}), "
            "so no information about the student can be shared.",
            hint="A referral is decided only on serious and immediate safety issues or evidence "
            "of a crime (policy 9.2); record that decision on the case first.",
        )
    if not decision_is_final(decision):
        raise NoReferralDecision(
            f"Decision {decision.number} of case {case.reference} to refer is not final: the "
            "Senior Management Team members named in it have not all confirmed it, so no "
            "information about the student can be shared yet.",
            hint="Each SMT member named confirms the decision themselves, signed in as "
            "themselves, from the case page or their dashboard.",
        )
    given = (rpc_reference or "").strip()
    if recipient.kind is RecipientKind.CHANNEL_PANEL and not given:
        raise ChannelDiscussionMissing(
            "Information goes to a Channel panel only after discussion with, or a request "
            "from, the Regional Prevent Coordinator (policy 10.2).",
            hint="Record the discussion in the case's chronology, then give its entry "
            "(event:SEQ).",
        )
    if given and coordinator_discussion(case, given) is None:
        raise ChannelDiscussionMissing(
            f"'{given}' is not an entry of case {case.reference}'s chronology recording a "
            "discussion with the Regional Prevent Coordinator.",
            hint="Record the discussion in the case's chronology (a discussion with the "
            "coordinator, or a note marked as one), then give its entry, e.g. event:7.",
        )


def reopen_for_edit(request: DisclosureRequest) -> None:
    """Refuse changes to a decided request; any change after submission or approval sends it
    back to draft, because the DPO approved other content."""
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
        request.status = DisclosureStatus.DRAFT
        request.approved_by_id = None
        request.approved_at = None
        request.approved_content_hash = None
        request.emergency_authorised_by_id = None
        request.emergency_content_hash = None
        request.emergency_ground = None


def item_at(request: DisclosureRequest, position: int) -> DisclosureItem:
    match = [i for i in request.items if i.position == position]
    if not match:
        raise NotFound(f"{request.reference} has no item {position}.")
    return match[0]


def new_item(
    session: Session,
    request: DisclosureRequest,
    item: ItemContent,
    *,
    source_ref: str | None = None,
    file_kind: str | None = None,
) -> DisclosureItem:
    if not item.text.strip():
        raise InvalidInput(f"The data item '{item.label}' has no text.")
    suggestion = suggest_item(item.label, item.text)
    row = DisclosureItem(
        request_id=request.id,
        position=len(request.items) + 1,
        kind=item.kind,
        label=item.label.strip() or item.kind.value,
        source_ref=source_ref,
        original_text=item.text,
        # Until the redaction runs on this text the item is "not yet redacted" and the gate
        # stops the request; the text is shown as it stands, never as if it had been checked.
        redacted_text=item.text,
        redaction_text_sha256=None,
        special_categories=sorted(c.value for c in item.special_categories),
        criminal_offence=item.criminal_offence,
        suggested_special_categories=sorted(c.value for c in suggestion.special_categories),
        suggested_criminal_offence=suggestion.criminal_offence,
        below_suggestion_reason=item.below_suggestion_reason,
        findings=[],
        # An evidence file goes out redacted or not at all: nothing is stored for it until
        # the redaction has run on it.
        file_kind=file_kind,
    )
    session.add(row)
    request.items.append(row)
    session.flush()
    return row


def case_record(case: Case, source_ref: str) -> tuple[ItemKind, str, str]:
    """The kind, label and text of a case record named "concern:ID", "event:SEQ" or
    "evidence:ID"."""
    kind_name, _, ident = source_ref.partition(":")
    if kind_name == "concern":
        concerns = [c for c in case.concerns if str(c.id) == ident]
        if concerns:
            c = concerns[0]
            return ItemKind.CONCERN, f"Concern raised {long_date(c.raised_at)}", c.description
    elif kind_name == "event":
        events = [e for e in case.events if str(e.sequence) == ident]
        if events:
            e = events[0]
            return ItemKind.CHRONOLOGY, f"Chronology {long_date(e.occurred_at)}", e.summary
    elif kind_name == "evidence":
        evidence = [e for e in case.evidence if str(e.id) == ident]
        if evidence:
            ev = evidence[0]
            return ItemKind.EVIDENCE, f"Evidence, SHA-256 {ev.sha256[:16]}…", ev.description
    else:
        raise InvalidInput(
            f"'{source_ref}' is not a case record.",
            hint="Use concern:ID, event:SEQUENCE or evidence:ID.",
        )
    raise NotFound(f"Case {case.reference} has no {source_ref}.")


def _evidence_item(case: Case, source_ref: str | None) -> EvidenceItem | None:
    kind_name, _, ident = (source_ref or "").partition(":")
    if kind_name != "evidence":
        return None
    found = [e for e in case.evidence if str(e.id) == ident]
    return found[0] if found else None


def evidence_file_kind(case: Case, source_ref: str | None) -> str | None:
    """The kind of the evidence file behind "evidence:ID" when it is one the redaction can read
    (PNG, JPEG, PDF, Word), from its first bytes; None for any other record or file."""
    item = _evidence_item(case, source_ref)
    return evidence_store.file_kind(_session_of(case), item) if item is not None else None


def evidence_file(case: Case, source_ref: str | None) -> tuple[str, bytes] | None:
    """The kind and bytes of the evidence file behind "evidence:ID" when it is one the
    redaction can read (PNG, JPEG, PDF, Word); None for any other record or file. The file is
    read whole from its sealed chunks (the redaction and a page's rendering need it so), its
    SHA-256 checked."""
    item = _evidence_item(case, source_ref)
    if item is None:
        return None
    session = _session_of(case)
    kind = evidence_store.file_kind(session, item)
    if kind is None:
        return None
    data = evidence_store.read_file(session, item)
    return (kind, data) if data is not None else None


def _session_of(case: Case) -> Session:
    """The session the case was loaded in: its evidence files are read in the same one."""
    session = object_session(case)
    assert session is not None, "a case read from the database"
    return session


def case_of(session: Session, request: DisclosureRequest) -> Case:
    case = session.get(Case, request.case_id)
    assert case is not None
    return case


SUBJECT_FIELDS = ("date_of_birth", "student_number", "address")




def lawful_basis_of(request: DisclosureRequest) -> LawfulBasisRecord:
    entry = request.lawful_basis
    if entry is None:
        return LawfulBasisRecord(art6_basis=None)
    return LawfulBasisRecord(
        **{name: getattr(entry, name) for name in LawfulBasisRecord.__dataclass_fields__}
    )




def with_policy_document(
    session: Session, request: DisclosureRequest, record: LawfulBasisRecord, today: date
) -> LawfulBasisRecord:
    """The record with its appropriate policy document checked against the register (it
    exists, covers every condition the record relies on that needs one, and is in date) and
    the entry's review date copied in; no reference, no review date."""
    from gateway.apd.service import cover

    if not record.appropriate_policy_document:
        return replace(record, appropriate_policy_document=None, apd_review_date=None)
    document = cover(session, record.appropriate_policy_document)
    if document is None:
        raise AppropriatePolicyDocumentMissing(
            f"There is no appropriate policy document {record.appropriate_policy_document} in "
            "the register.",
            hint="Choose an entry from the register of appropriate policy documents.",
        )
    recipient = session.get(Recipient, request.recipient_id)
    competent = bool(recipient is not None and recipient.competent_authority)
    for paragraph in apd_paragraphs(record, to_competent_authority=competent):
        check_policy_document(paragraph, record.appropriate_policy_document, document, today)
    return replace(
        record, appropriate_policy_document=document.reference, apd_review_date=document.review_due
    )


def rebuild_redacted_text(original: str, findings: Sequence[dict[str, Any]]) -> str:
    """The shared text: every finding that applies (the engine's redactions the Prevent Lead
    did not reverse, and what it kept that they chose to redact) replaced in the original."""
    out: list[str] = []
    cursor = 0
    applied = sorted(
        # A file's findings are burned into the file, not replaced in the item's text.
        (f for f in findings if applies(f) and not f.get("in_file")),
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


def item_redaction(item: DisclosureItem) -> RedactionStatus:
    return redaction_status(
        item.kind,
        item.original_text,
        item.redaction_text_sha256,
        list(item.findings),
        file_kind=item.file_kind,
        file_scanned_sha256=item.file_scanned_sha256,
        file_scan_error=item.file_scan_error,
    )


def require_redaction_complete(request: DisclosureRequest) -> None:
    """The redaction gate: every item with free text was redacted as it stands now, and every
    finding was reviewed. Checked at submission, approval, emergency authorisation, release."""
    not_redacted: list[int] = []
    unreviewed: list[tuple[int, int]] = []
    failed: list[tuple[int, str]] = []
    for item in request.items:
        status = item_redaction(item)
        if status.state is RedactionState.NOT_REDACTED:
            not_redacted.append(item.position)
        elif status.state is RedactionState.SCAN_FAILED:
            failed.append((item.position, f"{item.label}: {status.problem}"))
        elif status.state is RedactionState.UNREVIEWED:
            unreviewed.append((item.position, status.unreviewed))
    if not (not_redacted or unreviewed or failed):
        return
    parts: list[str] = []
    if failed:
        parts.append(
            "; ".join(
                f"item {position}'s file could not be redacted ({problem})"
                for position, problem in failed
            )
        )
    if not_redacted:
        parts.append(
            f"{_items(not_redacted)} {'has' if len(not_redacted) == 1 else 'have'} not been "
            # "as it stands": its text, and for an evidence file the file as well.
            + (
                "redacted as it now stands"
                if len(not_redacted) == 1
                else "redacted as they now stand"
            )
        )
    if unreviewed:
        parts.append(
            "; ".join(
                f"item {position} has {n} finding{'s' if n != 1 else ''} not yet reviewed"
                for position, n in unreviewed
            )
        )
    raise RedactionIncomplete(
        f"Nothing leaves that nobody checked: in {request.reference}, " + "; ".join(parts) + ".",
        hint=(
            "Have what stopped the file's redaction put right (the message says how), run "
            "the redaction again, or take the item out. "
            if failed
            else ""
        )
        + "Run the redaction on the request, then review every finding (accept it, or "
        "reverse it with a justification), and try again.",
    )


def _items(positions: list[int]) -> str:
    if len(positions) == 1:
        return f"item {positions[0]}"
    return "items " + ", ".join(str(p) for p in positions[:-1]) + f" and {positions[-1]}"


def current_content_hash(session: Session, request: DisclosureRequest, settings: Settings) -> str:
    """The SHA-256 of the referral content as it stands: what an approval must name."""
    from gateway.disclosures.referral import referral_content

    return referral_content(session, request, settings).sha256()


def check_rules(
    session: Session,
    request: DisclosureRequest,
    settings: Settings,
    today: date,
) -> Recipient:
    """Every rule a disclosure must meet, re-checked at submission, approval and release."""
    recipient = session.get(Recipient, request.recipient_id)
    assert recipient is not None
    require_active_recipient(session, recipient.reference)
    from gateway.disclosures.kinds import needs_referral_decision

    # A correction notice or an answer to a request from Channel or the police needs no
    # referral decision (gateway.disclosures.kinds); every other rule applies to it.
    if needs_referral_decision(request):
        referral_check(case_of(session, request), recipient, request.rpc_discussion_reference)
    from gateway.rights.service import require_not_restricted

    require_not_restricted(session, request)
    if not request.items:
        raise InvalidInput(
            "Select at least one data item to share.",
            hint="Share only what the recipient needs (data minimisation).",
        )
    require_redaction_complete(request)
    special: set[SpecialCategory] = set()
    criminal = False
    for item in request.items:
        special.update(SpecialCategory(c) for c in item.special_categories)
        criminal = criminal or item.criminal_offence
    from gateway.apd.service import cover

    record = lawful_basis_of(request)
    check_lawful_basis(
        record,
        special_categories=special,
        criminal_offence_data=criminal,
        public_authority=settings.public_authority,
        to_competent_authority=recipient.competent_authority,
        today=today,
        policy_document=cover(session, record.appropriate_policy_document),
    )
    # Para 10(2) is applied here, so it is recorded here: the record, and from it the log
    # entry, the manifest and the referral, say the condition was met without an APD.
    applies = para10_2_applies(record, to_competent_authority=recipient.competent_authority)
    entry = request.lawful_basis
    if entry is not None and entry.para10_2_competent_authority != applies:
        entry.para10_2_competent_authority = applies
    from gateway.dpias.service import require_dpia_in_force

    require_dpia_in_force(session, request.processing_activity, today)
    return recipient


def record_non_disclosure(
    session: Session,
    actor: Actor,
    case_reference: str,
    reasons: str,
    log: SharingLogWriter,
    recipient_reference: str | None = None,
    *,
    now: datetime,
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
    return non_disclosure(
        session,
        actor,
        case.id,
        reasons,
        log,
        "decided_not_to_share",
        recipient_id=recipient_id,
        now=now,
    )


def non_disclosure(
    session: Session,
    actor: Actor,
    case_id: int,
    reasons: str,
    log: SharingLogWriter,
    reason_code: str,
    *,
    request: DisclosureRequest | None = None,
    recipient_id: int | None = None,
    third_party_request: str | None = None,
    now: datetime,
) -> NonDisclosureDecision:
    decision = NonDisclosureDecision(
        reference=next_reference(session, "ND"),
        case_id=case_id,
        request_id=request.id if request else None,
        recipient_id=request.recipient_id if request else recipient_id,
        decided_by_id=actor.user.id,
        reasons=reasons.strip(),
        decided_at=now,
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
        decided_at=decision.decided_at,
        reason_codes=[reason_code],
        disclosure_ref=request.reference if request else None,
        recipient_ref=recipient.reference if recipient else None,
        record_sha256=hashlib.sha256(decision.reasons.encode("utf-8")).hexdigest(),
        request_ref=third_party_request,
    )
    decision.log_index = appended.index
    append_event(
        session,
        case,
        actor,
        "decision_not_to_share",
        f"Decision not to share {decision.reference}.",
        now=now,
    )
    return decision


def check_release_allowed(
    session: Session,
    request: DisclosureRequest,
    settings: Settings,
    today: date,
    *,
    emergency: bool,
) -> Recipient:
    """Rules 5-7 at the moment of release: approval (or emergency authorisation) still binds."""
    if request.status is DisclosureStatus.RELEASED:
        raise InvalidTransition(
            f"{request.reference} has already been released (sharing-log entry "
            f"{request.log_index}); it is never released twice.",
            hint="If its package file is missing from the packages directory (the release was "
            "interrupted after it was recorded), download the stored package again, or export "
            "it to that directory at the command line (disclosure export-package).",
        )
    recipient = check_rules(session, request, settings, today)
    current = current_content_hash(session, request, settings)
    if emergency:
        if request.status is not DisclosureStatus.SUBMITTED:
            raise InvalidInput(
                f"The emergency path is for a submitted request awaiting the DPO; "
                f"{request.reference} is {request.status.value}.",
                hint="An approved request is released normally, not on the emergency path.",
            )
        if request.emergency_authorised_by_id is None:
            raise NotPermitted(
                "An emergency release needs an SMT member's authorisation first.",
                hint="An SMT member authorises the emergency release of this request.",
            )
        if request.emergency_ground is None:
            raise InvalidInput(
                "The emergency authorisation does not say on which of the policy's grounds it "
                "was given.",
                hint="An SMT member authorises it again, choosing the ground.",
            )
        if request.emergency_content_hash != current:
            raise ApprovalVoided(
                "The request changed after the emergency authorisation; it no longer applies."
            )
        if same_person(session, request.prepared_by_id, request.emergency_authorised_by_id):
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


def emergency_review_due(settings: Settings, now: datetime) -> datetime:
    return now + timedelta(hours=settings.emergency_review_hours)

