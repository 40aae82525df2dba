"""What the doors show of a disclosure request: typed views built inside the transaction.

The CLI prints them (``--json`` prints them as JSON), the API returns them as its response
models, and the pages render them: one view per thing shown, built once.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.apd.views import PolicyDocumentChoice
from gateway.breaches.models import Breach
from gateway.cases.models import Case
from gateway.config import Settings
from gateway.disclosures.domain import DisclosureStatus, ItemKind, RedactionState
from gateway.disclosures.kinds import DisclosureKind, summary_fields
from gateway.disclosures.lawful_basis import LawfulBasisRecord, category_words
from gateway.disclosures.models import DisclosureItem, DisclosureRequest, NonDisclosureDecision
from gateway.recipients.models import Recipient, RecipientKind
from gateway.rights.service import (
    active_on_case,
    covers,
    emergency_grounds_to_review,
    uncovered,
)
from gateway.timeutil import long_date
from gateway.users.models import User


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class FindingView(_View):
    """One thing the redaction found in an item, and the Prevent Lead's review of it."""

    index: int = Field(description="The finding's number within its item, from 0.")
    start: int = Field(
        description="Where the finding starts in the item's recorded text (character offset).",
    )
    end: int = Field(
        description="Where the finding ends in the item's recorded text (character offset, "
        "exclusive).",
    )
    text: str = Field(
        description="The text found; for a finding in an evidence file, where it is (page and "
        "numbered boxes), since the file's words are shown on its rendered view.",
    )
    page: int | None = Field(
        default=None,
        description="For a finding in an evidence file: the page it is on, from 1 (an image "
        "is page 1); none for a finding in the item's text.",
    )
    boxes: list[int] = Field(
        default_factory=list,
        description="For a finding in an evidence file: the numbers of its boxes as the "
        "rendered view numbers them (filled in the redacted file while the finding applies; a "
        "Word document's finding has one, around its text).",
    )
    entity_type: str = Field(
        description="What kind of personal data it is, as a code (e.g. PERSON, UK_POSTCODE).",
    )
    action: str = Field(
        description="What the redaction decided: 'redacted' (replaced) or 'kept' (the "
        "student's own).",
    )
    replacement: str | None = Field(
        description="What replaces the text in what is shared (e.g. [PERSON 1]), if redacted.",
    )
    score: float | None = Field(description="The recogniser's confidence, 0 to 1.")
    reason: str | None = Field(description="Why the redaction decided as it did, in words.")
    review: str | None = Field(
        description="The Prevent Lead's review: 'accepted', 'rejected' (reversed), or none yet.",
    )
    review_justification: str | None = Field(
        description="Why the Prevent Lead reversed the finding (needed to reverse one).",
    )
    reviewed_by: str | None = Field(
        default=None,
        description="Username of the Prevent Lead who reviewed it.",
    )


class ItemView(_View):
    """One data item: the text as recorded, as it would be shared, and its redaction."""

    position: int = Field(description="The item's number in the request, from 1.")
    kind: ItemKind = Field(
        description="What kind of record the item is (concern, chronology, evidence, note ...).",
    )
    label: str = Field(description="The item's label as the recipient reads it.")
    source_ref: str | None = Field(
        description="The case record it came from (concern:ID, event:SEQ, evidence:ID), if any.",
    )
    original_text: str = Field(
        description="The item's text as recorded, before redaction (never shared as such).",
    )
    redacted_text: str = Field(description="The item's text as it would be shared.")
    special_categories: list[str] = Field(
        description="Special categories of personal data the item is flagged as holding.",
    )
    criminal_offence: bool = Field(
        description="Whether the item is flagged as holding criminal offence data.",
    )
    suggested_special_categories: list[str] = Field(
        default_factory=list,
        description="The special categories the item's text suggests (codes), shown beside "
        "the answer.",
    )
    suggested_criminal_offence: bool = Field(
        default=False,
        description="Whether the item's text suggests criminal offence data.",
    )
    below_suggestion_reason: str | None = Field(
        default=None,
        description="Why the answer says less than the suggestion (recorded when it does).",
    )
    findings: list[FindingView] = Field(
        description="What the redaction found in the item, with each review.",
    )
    #: not_needed, not_redacted, unreviewed or redacted (the gate's view of the item).
    redaction_state: RedactionState = Field(
        description="Where the item stands in the redaction gate: not_needed, not_redacted, "
        "scan_failed (an evidence file that could not be redacted), unreviewed or redacted.",
    )
    #: The same in words: "not yet redacted", "redacted: 3 found, 1 kept with a justification".
    redaction_status: str = Field(
        description="The same in words, e.g. 'not yet redacted' or 'redacted: 3 found, 1 kept "
        "with a justification'.",
    )
    file_kind: str | None = Field(
        default=None,
        description="For an evidence file shared as the item: its type read from its content "
        "(png, jpeg, pdf or docx); none for a text item.",
    )
    redacted_file_sha256: str | None = Field(
        default=None,
        description="For an evidence file: the SHA-256 of the redacted file that is shared "
        "(part of the content the DPO approves); none until the redaction has run.",
    )
    file_pages: int | None = Field(
        default=None,
        description="For an evidence file that has been redacted: how many pages it has (an "
        "image has one), each shown original beside redacted for review.",
    )
    original_pages: int | None = Field(
        default=None,
        description="For an evidence file that has been redacted: how many pages its original "
        "has as the review shows it (a Word document's rendering of its original text may "
        "have more or fewer pages than its redacted rendering; otherwise as file_pages).",
    )
    redacted_file_media_type: str | None = Field(
        default=None,
        description="For an evidence file: the media type of the redacted file (image/png or "
        "application/pdf).",
    )
    corrected_by: list[str] = Field(
        default_factory=list,
        description="For an item of a released disclosure: the corrections of its data (COR-...); "
        "the item as shared is kept as it was.",
    )


class DisclosureSummary(_View):
    reference: str = Field(description="The disclosure request's reference, e.g. DR-2026-0001.")
    case_reference: str = Field(description="The case it is about.")
    recipient_reference: str = Field(
        description="The registered recipient's reference, e.g. R-0001.",
    )
    recipient_name: str = Field(description="The recipient's name and organisation.")
    status: DisclosureStatus = Field(
        description="Where the request stands: draft, submitted, approved, refused, released or "
        "withdrawn.",
    )
    created_at: datetime = Field(description="When the request was started (UTC).")
    submitted_at: datetime | None = Field(
        description="When it was last submitted to the DPO (UTC), if it has been.",
    )
    emergency: bool = Field(description="Whether it was released on the emergency path.")
    retrospective_review_due: datetime | None = Field(
        description="When the DPO's review of an emergency release is due (UTC).",
    )
    kind: DisclosureKind = Field(
        description="What the request is: referral, correction_notice (tells a recipient of a "
        "released disclosure that its data was corrected) or request_answer (answers a request "
        "from a Channel panel or the police).",
    )
    corrects: str | None = Field(
        default=None, description="For a correction notice: the released disclosure it corrects."
    )
    correction: str | None = Field(
        default=None, description="For a correction notice: the correction it carries (COR-...)."
    )
    answers_request: str | None = Field(
        default=None, description="For an answer: the request it answers (TPR-...)."
    )


class DisclosureView(DisclosureSummary):
    """The request in full: what the Prevent Lead prepared and where it stands."""

    purpose: str = Field(description="Why the recipient needs this information.")
    rpc_discussion_reference: str | None = Field(
        description="Reference of the prior discussion with, or request from, the Regional Prevent "
        "Coordinator.",
    )
    referrer_email: str | None = Field(
        default=None,
        description="The work e-mail address the recipient can reply to, as given on the "
        "request (without it, the referral carries the installation's Prevent team mailbox).",
    )
    referrer_telephone: str | None = Field(
        default=None, description="The work telephone number the recipient can call."
    )
    subject_fields: list[str] = Field(
        description="Which of the student's identifiers go out besides the name.",
    )
    lawful_basis: dict[str, Any] | None = Field(
        description="The lawful basis as recorded (codes and reasons), if recorded.",
    )
    lawful_basis_codes: list[str] = Field(
        description="The lawful-basis codes, as the sharing log records them.",
    )
    #: The same, as people read it ("Art 6(1)(e) — public task ...").
    lawful_basis_in_words: list[str] = Field(description="The lawful basis as people read it.")
    items: list[ItemView] = Field(description="The data items chosen, each with its redaction.")
    content_sha256: str = Field(
        description="SHA-256 of the referral content as it stands: what an approval must name.",
    )
    redaction_counts: dict[str, int] = Field(
        description="Redactions that apply, by kind of data (codes).",
    )
    #: Every item with free text redacted as it stands and every finding reviewed.
    redaction_complete: bool = Field(
        description="Whether every item with free text is redacted as it stands and every finding "
        "reviewed.",
    )
    prepared_by: str = Field(description="Who prepared the request.")
    approved_by: str | None = Field(description="The DPO who approved it, if approved.")
    approved_at: datetime | None = Field(description="When it was approved (UTC).")
    approval_current: bool = Field(
        description="Whether the approval still applies to the content now.",
    )
    emergency_authorised: bool = Field(
        description="Whether an SMT member's emergency authorisation applies to the content now.",
    )
    emergency_reason: str | None = Field(
        description="The emergency the SMT member described, if authorised.",
    )
    emergency_ground: str | None = Field(
        description="The policy's ground the SMT member chose (risk_to_life, serious_harm or "
        "imminent_offence), if authorised: the ground code of the release's log entry.",
    )
    restrictions_in_force: list[str] = Field(
        default_factory=list,
        description="The student's restrictions (Art 18) and objections (Art 21) in force on the "
        "case, each with whether a ground to go on is recorded for this request.",
    )
    breaches: list[str] = Field(
        default_factory=list,
        description="The breach records opened about this disclosure (e.g. by a retrospective "
        "review that did not uphold it).",
    )
    emergency_ground_to_review: bool = Field(
        default=False,
        description="Whether the emergency release relied on a ground the SMT member recorded "
        "to go on despite a restriction or objection, which the DPO's review must confirm or "
        "reject.",
    )
    restriction_ground_needed: bool = Field(
        default=False,
        description="Whether a restriction or objection in force stops this request until a "
        "ground to go on is recorded.",
    )
    retrospective_review_outcome: str | None = Field(
        description="The DPO's review of an emergency release: upheld or not_upheld.",
    )
    refusal_reason: str | None = Field(description="The DPO's reasons for refusing, if refused.")
    released_at: datetime | None = Field(description="When it was released (UTC).")
    package_sha256: str | None = Field(
        description="SHA-256 of the signed manifest envelope of the released package.",
    )
    log_index: int | None = Field(description="The release's entry in the sharing log.")


class DPOQueueView(_View):
    """The DPO's queue: requests awaiting approval and emergency releases awaiting review."""

    awaiting_approval: list[DisclosureSummary] = Field(
        description="Requests submitted and waiting for the DPO's decision.",
    )
    emergency_reviews: list[DisclosureSummary] = Field(
        description="Emergency releases waiting for the DPO's retrospective review.",
    )


class NonDisclosureView(_View):
    """A recorded decision not to share (refusal, withdrawal or a decision on a case)."""

    reference: str = Field(description="The decision's reference, e.g. ND-2026-0001.")
    decided_at: datetime = Field(description="When it was decided (UTC).")
    reasons: str = Field(description="The reasons recorded.")
    log_index: int | None = Field(description="Its entry in the sharing log.")


class RejectedRedaction(_View):
    """A redaction the Prevent Lead rejected: the text goes out, with their justification."""

    position: int = Field(description="The item it is in.")
    text: str = Field(description="The text concerned.")
    entity_type: str = Field(description="What kind of personal data it is (code).")
    justification: str | None = Field(
        description="The Prevent Lead's justification for reversing the finding.",
    )
    reviewed_by: str | None = Field(description="The name of the Prevent Lead who reversed it.")


class RemovedText(_View):
    """A redaction applied: the text that does not leave the provider, and what replaces it."""

    position: int = Field(description="The item it is in.")
    text: str = Field(description="The text that does not leave the provider.")
    entity_type: str = Field(description="What kind of personal data it is (code).")
    replacement: str | None = Field(description="What replaces it in what is shared.")


def suggestion_in_words(categories: list[str], criminal: bool) -> str:
    """``["health"], True`` -> "health, criminal offence data"; nothing -> "nothing"."""
    parts = [category_words(c) for c in categories]
    if criminal:
        parts.append("criminal offence data")
    return ", ".join(parts) if parts else "nothing"


class ApprovalItem(_View):
    """One item as the recipient will read it, with what the DPO must know about it."""

    position: int = Field(description="The item's number, from 1.")
    label: str = Field(description="The item's label as the recipient reads it.")
    kind: ItemKind = Field(description="What kind of record the item is.")
    text_as_sent: str = Field(description="The item's text exactly as it would be shared.")
    special_categories: list[str] = Field(
        description="Special categories of personal data it is flagged as holding, in words.",
    )
    criminal_offence: bool = Field(
        description="Whether it is flagged as holding criminal offence data.",
    )
    suggested: str = Field(
        default="nothing",
        description="What the item's text suggests it holds, in words ('nothing' when it "
        "suggests neither special category nor criminal offence data).",
    )
    below_suggestion_reason: str | None = Field(
        default=None,
        description="Why the Prevent Lead's answer says less than the suggestion, if it does.",
    )
    redaction_status: str = Field(
        description="Its redaction in words, e.g. 'redacted: nothing found'.",
    )


class ApprovalView(_View):
    """What the DPO (or an SMT member on the emergency path) decides on: everything the
    recipient will read, and the SHA-256 of that content, which the decision must name."""

    disclosure: DisclosureView = Field(description="The request in full.")
    case_reference: str = Field(description="The case it is about.")
    subject_name: str = Field(
        description="The student's name (it goes out: the referral is about them).",
    )
    #: The student's identifiers that go out besides the name, as the recipient reads them.
    subject_details: list[str] = Field(
        description="The student's other identifiers that go out, in words.",
    )
    recipient_reference: str = Field(description="The registered recipient's reference.")
    recipient_name: str = Field(description="The recipient's name and organisation.")
    purpose: str = Field(description="Why the recipient needs this information.")
    referrer: str = Field(
        description="Who makes the referral and their work contact, as the recipient reads it.",
    )
    items: list[ApprovalItem] = Field(
        description="Every item exactly as it would be shared, with its flags and redaction.",
    )
    content_sha256: str = Field(
        description="SHA-256 of this content: an approval or emergency authorisation must name it.",
    )
    lawful_basis_lines: list[str] = Field(
        description="The lawful basis with every justification, in full.",
    )
    subject_told: str = Field(
        description="What the student has been told, as the recipient reads it.",
    )
    rpc_discussion: str = Field(
        description="The prior discussion with the Regional Prevent Coordinator, as the recipient "
        "reads it.",
    )
    marking: str = Field(
        description="What kinds of data the referral carries, as stated to the recipient.",
    )
    redaction_statement: str = Field(
        description="What the referral says of its redaction (true of the items as shared).",
    )
    removed: list[RemovedText] = Field(
        description="Every redaction that applies: text that does not leave the provider.",
    )
    rejected: list[RejectedRedaction] = Field(
        description="Every finding the Prevent Lead reversed, with the justification.",
    )
    redaction_complete: bool = Field(description="Whether the redaction gate is met.")
    dpia_in_force: bool | None = Field(
        description="Whether an approved, in-date DPIA covers the processing (none if unknown).",
    )
    dpia_lines: list[str] = Field(description="The DPIA status in words.")


class CaseRecord(_View):
    """A record of the case that can be chosen as a data item."""

    source_ref: str = Field(description="The record: concern:ID, event:SEQ or evidence:ID.")
    label: str = Field(description="The record as it is labelled.")
    text: str = Field(description="The record's text.")


class ItemsFormView(_View):
    """The data-items step: the request, the case's records, and which are already chosen."""

    disclosure: DisclosureView = Field(description="The request.")
    records: list[CaseRecord] = Field(description="The case's records that can be chosen as items.")
    chosen: list[str] = Field(description="The records already chosen.")
    subject_fields: list[str] = Field(description="The student's identifiers that can be chosen.")


class LawfulBasisFormView(_View):
    """The lawful-basis step: the request and the record so far."""

    disclosure: DisclosureView = Field(description="The request.")
    record: dict[str, Any] = Field(description="The lawful basis recorded so far.")
    policy_documents: list[PolicyDocumentChoice] = Field(
        default_factory=list,
        description="The register's appropriate policy documents the record can name.",
    )


class ReleasedView(_View):
    """What a release produced; the package file is written after the commit."""

    reference: str = Field(description="The disclosure request released.")
    filename: str = Field(description="The sealed package's file name.")
    package_path: str = Field(
        description="Where the copy of the sealed package is written at the server.",
    )
    package_sha256: str = Field(
        description="SHA-256 of the signed manifest envelope (recorded in the sharing log).",
    )
    sealed_sha256: str = Field(description="SHA-256 of the sealed package file.")
    log_index: int = Field(description="The release's entry in the sharing log.")
    tree_size: int = Field(description="The sharing log's size after the release.")
    emergency: bool = Field(description="Whether it was released on the emergency path.")
    disclosure: DisclosureView = Field(description="The request as released.")


class PackageFile(_View):
    """The sealed package as released (only the recipient's private key opens it)."""

    reference: str = Field(description="The disclosure request.")
    filename: str = Field(description="The sealed package's file name.")
    content: bytes = Field(
        description="The sealed package (only the recipient's private key opens it).",
    )


class RecipientChoice(_View):
    """A registered, active recipient a disclosure can be prepared for."""

    reference: str = Field(description="The recipient's reference.")
    kind: RecipientKind = Field(description="What kind of recipient it is.")
    name: str = Field(description="The recipient's name.")
    organisation: str = Field(description="The recipient's organisation.")
    has_public_key: bool = Field(
        description="Whether a public key is registered (a package can be sealed for them).",
    )


class NewCaseDisclosureView(_View):
    """The form to start a disclosure: the case and the active recipients."""

    case_reference: str = Field(description="The case.")
    subject_name: str = Field(description="The student the case is about.")
    recipients: list[RecipientChoice] = Field(
        description="The active recipients a disclosure can go to.",
    )


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


def _file_pages(item: DisclosureItem) -> int | None:
    """The redacted file's pages (None for a text item or a file not yet redacted)."""
    from redaction.files import FileRedactionError
    from redaction.files.review import page_count

    if item.file_kind is None or item.redacted_file is None:
        return None
    kind = "png" if item.redacted_file_media_type == "image/png" else "pdf"
    try:
        return page_count(item.redacted_file, kind)
    except FileRedactionError:
        return None


def _original_pages(case: Case, item: DisclosureItem, redacted_pages: int | None) -> int | None:
    """The pages of the original as the review shows it: a Word document's original text is
    rendered as its redacted text is, which may take a different number of pages."""
    from gateway.disclosures.minimise import span_marks
    from gateway.disclosures.service import evidence_file
    from redaction.files import FileRedactionError
    from redaction.files.review import docx_pages

    if item.file_kind != "docx" or redacted_pages is None:
        return redacted_pages
    found = evidence_file(case, item.source_ref)
    if found is None:
        return None
    try:
        return docx_pages(found[1], span_marks(item), redacted=False)
    except FileRedactionError:
        return None


def finding_view(
    index: int, original: str, f: dict[str, Any], file_kind: str | None = None
) -> FindingView:
    start, end = int(f.get("start", 0)), int(f.get("end", 0))
    score = f.get("score")
    page: int | None = None
    numbers: list[int] = []
    text = original[start:end]
    if f.get("in_file"):
        # Its offsets are into the page's text, which is not kept: it is shown by place.
        page = int(f.get("page", 1))
        numbers = [int(b["number"]) for b in f.get("boxes", [])]
        # A Word document's "page" is the part of it (body, header ...) the text came from;
        # its rendering's pages are another thing, so it is named by its box alone.
        where = "in the file" if file_kind == "docx" else f"in the file, page {page}"
        text = where + (
            f", box{'es' if len(numbers) != 1 else ''} " + ", ".join(map(str, numbers))
            if numbers
            else ""
        )
    return FindingView(
        index=index,
        start=start,
        end=end,
        text=text,
        page=page,
        boxes=numbers,
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
        **summary_fields(request),
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
    pages = {item.position: _file_pages(item) for item in request.items}
    from gateway.corrections.service import corrections_of

    marks = (
        corrections_of(session, request.case_id)
        if request.status is DisclosureStatus.RELEASED
        else {}
    )
    return DisclosureView(
        **_summary_fields(request, recipient, case),
        purpose=request.purpose,
        rpc_discussion_reference=request.rpc_discussion_reference,
        referrer_email=request.referrer_email,
        referrer_telephone=request.referrer_telephone,
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
                suggested_special_categories=list(item.suggested_special_categories or []),
                suggested_criminal_offence=bool(item.suggested_criminal_offence),
                below_suggestion_reason=item.below_suggestion_reason,
                findings=[
                    finding_view(i, item.original_text, dict(f), item.file_kind)
                    for i, f in enumerate(item.findings)
                ],
                file_kind=item.file_kind,
                redacted_file_sha256=item.redacted_file_sha256,
                redacted_file_media_type=item.redacted_file_media_type,
                file_pages=pages[item.position],
                original_pages=_original_pages(case, item, pages[item.position]),
                redaction_state=statuses[item.position].state,
                redaction_status=statuses[item.position].in_words(),
                corrected_by=_corrected_by(marks, request, item.position, item.source_ref),
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
        emergency_ground=request.emergency_ground,
        restrictions_in_force=restriction_lines(session, request),
        restriction_ground_needed=bool(uncovered(session, request)),
        emergency_ground_to_review=bool(emergency_grounds_to_review(session, request)),
        breaches=list(
            session.scalars(
                select(Breach.reference).where(Breach.disclosure_id == request.id).order_by(
                    Breach.id
                )
            )
        ),
        retrospective_review_outcome=request.retrospective_review_outcome,
        refusal_reason=request.refusal_reason,
        released_at=request.released_at,
        package_sha256=request.package_sha256,
        log_index=request.log_index,
    )


def restriction_lines(session: Session, request: DisclosureRequest) -> list[str]:
    """Each restriction or objection in force on the request's case, in words, with whether
    a ground to go on covers this request."""
    lines = []
    for r in active_on_case(session, request.case_id):
        ground = next((g for g in r.grounds if covers(g, request)), None)
        state = (
            f"ground {ground.ground} recorded ({ground.source.value})"
            if ground
            else "no ground to go on is recorded for this request"
        )
        received = long_date(r.requested_on)
        lines.append(f"{r.reference}: {r.kind.words}, received {received}; {state}")
    return lines


def _corrected_by(
    marks: dict[str, list[str]], request: DisclosureRequest, position: int, source: str | None
) -> list[str]:
    """The corrections of a released item: of the item itself, or of the record it came from."""
    found = marks.get(f"item:{request.reference}:{position}", [])
    if source:
        found = found + marks.get(source, [])
    return found


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
    reviewers = {f.reviewed_by for item in d.items for f in item.findings if f.reviewed_by}
    people = (
        {
            str(r.username): f"{r.display_name}"
            for r in session.execute(
                select(User.username, User.display_name).where(User.username.in_(reviewers))
            )
        }
        if reviewers
        else {}
    )
    rejected = [
        RejectedRedaction(
            position=item.position,
            text=f.text,
            entity_type=f.entity_type,
            justification=f.review_justification,
            # People by name, as the DPO knows them (the finding keeps the username).
            reviewed_by=people.get(f.reviewed_by, f.reviewed_by) if f.reviewed_by else None,
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
        + (
            f" ({', '.join(c for c in (referrer.email, referrer.telephone) if c)})"
            if referrer.email or referrer.telephone
            else ""
        ),
        items=[
            ApprovalItem(
                position=item.position,
                label=item.label,
                kind=item.kind,
                text_as_sent=item.redacted_text,
                special_categories=[category_words(c) for c in item.special_categories],
                criminal_offence=item.criminal_offence,
                suggested=suggestion_in_words(
                    item.suggested_special_categories, item.suggested_criminal_offence
                ),
                below_suggestion_reason=item.below_suggestion_reason,
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

    disclosure: DisclosureView = Field(description="The request to be released.")
    recipient: str = Field(description="Who the package will be sealed for.")
    emergency: bool = Field(description="Whether the release is on the emergency path.")


class HandoverView(_View):
    """What the Prevent Lead needs to hand a released package over: the file, and what to read
    out to the recipient so they know the package and the key are the ones expected."""

    reference: str = Field(description="The disclosure request.")
    filename: str = Field(description="The sealed package's file name.")
    sealed_sha256: str = Field(description="SHA-256 of the sealed package file, to compare.")
    released_at: datetime = Field(description="When it was released (UTC).")
    log_index: int | None = Field(description="The release's entry in the sharing log.")
    recipient_name: str = Field(description="Who receives it.")
    recipient_organisation: str = Field(description="The organisation they belong to.")
    recipient_contact: str = Field(description="How to reach them (e-mail or telephone).")
    recipient_key_fingerprint: str | None = Field(
        description="The fingerprint of the key the package is sealed to, to read out to the "
        "recipient (the key id in their own key text, in groups of four)."
    )
    organisation_key_id: str = Field(
        description="The id of the organisation key that signed the package, for the recipient "
        "to compare with the organisation public key they were given."
    )
    log_verifier_key: str = Field(
        description="The sharing log's verifier key, which the recipient pins to check the "
        "release's log entry."
    )
