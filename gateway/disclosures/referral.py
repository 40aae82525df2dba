"""The referral content: one function builds what the recipient will read, fixed before the DPO
decides, and its SHA-256 is what an approval binds.

Everything ``referral.pdf`` shows of the referral comes from :func:`referral_content`: the
student's identity fields chosen for this disclosure, each item as shared (after redaction),
the recipient and purpose, the lawful basis with every justification, what was redacted, who
prepared it and their work contact, and statements that are true of those items. Who approved
it (:func:`approval_details`) is known only after the decision; release time, releaser and
sharing-log index only at release, and only the manifest carries them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from gateway.cases.models import Case
from gateway.cases.service import coordinator_discussion
from gateway.config import Settings
from gateway.disclosures.domain import ItemKind, RedactionState, counts_in_words
from gateway.disclosures.lawful_basis import (
    CONSENT_NOT_SOUGHT_WORDS,
    SCHEDULE1_TITLES,
    LawfulBasisRecord,
    category_words,
)
from gateway.disclosures.models import DisclosureItem, DisclosureRequest
from gateway.recipients.models import Recipient
from gateway.timeutil import long_date
from gateway.users.models import User

if TYPE_CHECKING:
    from gateway.packages.content import ApprovalDetails, ReferralContent

FORM_VERSION = "National Prevent referral form (2024) sections; prevent-gateway layout 1"


def lawful_basis_lines(record: LawfulBasisRecord) -> tuple[str, ...]:
    """The lawful basis in words with every justification recorded, in full: what the DPO
    approves and the recipient reads."""
    lines = list(record.in_words())
    if record.appropriate_policy_document:
        review = long_date(record.apd_review_date) if record.apd_review_date else "not recorded"
        lines.append(
            f"Appropriate policy document {record.appropriate_policy_document} "
            f"(next review {review})"
        )
    lines.append(f"Why sharing is necessary: {record.necessity}")
    lines.append(f"Why it is proportionate: {record.proportionality}")
    lines.append(f"Clear and compelling evidence (policy 7.3): {record.clear_and_compelling}")
    if record.at_risk_justification:
        title = SCHEDULE1_TITLES[18].lower()
        lines.append(f"Why the student is at risk ({title}): {record.at_risk_justification}")
    for part, words in (
        ("at_risk_care_needs", "Para 18(3)(a), needs for care and support"),
        ("at_risk_harm", "Para 18(3)(b), the harm or risk of harm"),
        ("at_risk_cannot_protect", "Para 18(3)(c), why they cannot protect themselves"),
    ):
        if getattr(record, part):
            lines.append(f"{words}: {getattr(record, part)}")
    if record.consent_not_sought_ground is not None:
        lines.append(
            "Why consent is not sought: "
            + CONSENT_NOT_SOUGHT_WORDS[record.consent_not_sought_ground]
            + (f". {record.consent_not_sought_reason}" if record.consent_not_sought_reason else "")
        )
    elif record.consent_not_sought_reason:
        lines.append(f"Why consent is not sought: {record.consent_not_sought_reason}")
    if record.consent_given_on is not None:
        lines.append(
            f"Consent given on {long_date(record.consent_given_on)}, {record.consent_how or ''}; "
            f"the student was told: {record.consent_what_told or ''}"
        )
    if record.consent_prejudice_reason:
        lines.append(
            f"Why seeking consent would prejudice the purpose: {record.consent_prejudice_reason}"
        )
    if not record.subject_informed and record.subject_not_informed_reason:
        lines.append(f"Why the student is not told: {record.subject_not_informed_reason}")
    return tuple(lines)


def marking(items: list[DisclosureItem]) -> str:
    """What the referral carries, as its items are flagged: special-category or criminal-offence
    data are named only when an item is flagged so."""
    categories = sorted({category_words(c) for item in items for c in item.special_categories})
    criminal = any(item.criminal_offence for item in items)
    kinds: list[str] = []
    if categories:
        kinds.append(f"special category data ({', '.join(categories)})")
    if criminal:
        kinds.append("criminal offence data")
    if not kinds:
        return "personal data"
    return "personal data, including " + " and ".join(kinds)


def redaction_statement(request: DisclosureRequest) -> str:
    """What is true of the redaction of these items, and nothing more."""
    from gateway.disclosures.service import item_redaction

    statuses = [item_redaction(item) for item in request.items]
    needed = [s for s in statuses if s.state is not RedactionState.NOT_NEEDED]
    if not needed:
        return "No item carries free text, so there was nothing to redact."
    if any(s.state in (RedactionState.NOT_REDACTED, RedactionState.SCAN_FAILED) for s in needed):
        return (
            "Not every item has been checked for the personal data of people other than "
            "the subject."
        )
    if any(s.state is RedactionState.UNREVIEWED for s in needed):
        return (
            "Every item has been checked for the personal data of people other than the "
            "subject, but not every finding has been reviewed."
        )
    found = sum(s.found for s in needed)
    kept = sum(s.kept_with_justification for s in needed)
    if found == 0:
        return (
            "Every item was checked for the personal data of people other than the subject "
            "and none was found, so no redactions were needed."
        )
    statement = (
        "Every item was checked for the personal data of people other than the subject and "
        "each finding was reviewed; that data has been redacted"
    )
    if kept:
        statement += (
            f", except {kept} detail{'s' if kept != 1 else ''} the Prevent Lead recorded a "
            "justification for sharing"
        )
    return statement + "."


def referral_content(
    session: Session, request: DisclosureRequest, settings: Settings
) -> ReferralContent:
    """The one content of a referral, exactly as the recipient will read it."""
    from gateway.disclosures.minimise import redaction_counts
    from gateway.disclosures.service import lawful_basis_of
    from gateway.packages.content import (
        AgencyInvolvement,
        EvidenceFile,
        ItemMarking,
        NoteItem,
        ReferralContent,
        ReferrerDetails,
        SubjectDetails,
    )

    case = session.get(Case, request.case_id)
    recipient = session.get(Recipient, request.recipient_id)
    preparer = session.get(User, request.prepared_by_id)
    assert case is not None and recipient is not None and preparer is not None
    fields = set(request.subject_fields)
    record = lawful_basis_of(request)

    def texts(kind: ItemKind) -> list[str]:
        return [i.redacted_text for i in request.items if i.kind is kind]

    files = {item.position: evidence_file_name(item) for item in request.items}
    notes = [
        NoteItem(
            date=_item_date(case, item),
            text=item.redacted_text,
            source=item.label
            + (f" (the redacted file: {files[item.position]})" if files[item.position] else ""),
        )
        for item in request.items
        if item.kind in (ItemKind.CHRONOLOGY, ItemKind.EVIDENCE, ItemKind.NOTE, ItemKind.DECISION)
    ]
    agencies = tuple(
        AgencyInvolvement(agency=item.label, details=item.redacted_text)
        for item in request.items
        if item.kind is ItemKind.OTHER_AGENCIES
    )
    if record.subject_informed:
        told = "The student has been told that this information is being shared."
    else:
        reason = (record.subject_not_informed_reason or "").strip()
        told = "The student has not been told" + (
            f": {reason[0].lower()}{reason[1:]}" if reason else "."
        )
    from gateway.disclosures.kinds import content_fields

    return ReferralContent(
        **content_fields(session, request),
        case_reference=case.reference,
        disclosure_id=request.reference,
        organisation_name=settings.organisation_name,
        recipient_name=f"{recipient.name}, {recipient.organisation}",
        form_version=FORM_VERSION,
        subject=SubjectDetails(
            full_name=case.subject_name,
            date_of_birth=(
                long_date(case.subject_date_of_birth)
                if "date_of_birth" in fields and case.subject_date_of_birth
                else None
            ),
            address=case.subject_address if "address" in fields else None,
            student_number=case.subject_student_id if "student_number" in fields else None,
        ),
        # The referrer is the Prevent Lead who prepared the referral (fixed before the DPO
        # decides), never whoever happens to press Release.
        referrer=ReferrerDetails(
            name=preparer.display_name,
            role=preparer.role.label,
            organisation=settings.organisation_name,
            # Given on the request (approved with it); else the installation's team mailbox.
            email=request.referrer_email or settings.referrer_contact,
            telephone=request.referrer_telephone,
        ),
        concerns="\n\n".join(texts(ItemKind.CONCERN)) or "See the chronology below.",
        how_concerns_arose=how_concerns_arose(case, request),
        complex_needs="\n\n".join(texts(ItemKind.VULNERABILITIES)) or "None shared.",
        other_agencies=agencies,
        rpc_discussion=rpc_discussion(case, request),
        subject_told=told,
        lawful_basis=lawful_basis_lines(record),
        chronology=tuple(notes),
        # The recipient reads the kinds in words; the manifest keeps the codes.
        redaction_counts=counts_in_words(redaction_counts(request)),
        prepared_by=preparer.display_name,
        date_of_referral=long_date(request.submitted_at) if request.submitted_at else "",
        purpose=request.purpose,
        marking=marking(list(request.items)),
        redaction_statement=redaction_statement(request),
        items=tuple(
            ItemMarking(
                label=f"Item {item.position}: {item.label}",
                special_categories=tuple(
                    sorted(category_words(c) for c in item.special_categories)
                ),
                criminal_offence=item.criminal_offence,
            )
            for item in request.items
        ),
        evidence_files=tuple(
            EvidenceFile(
                name=name,
                sha256=item.redacted_file_sha256 or "",
                media_type=item.redacted_file_media_type or "",
                label=f"Item {item.position}: {item.label}",
            )
            for item in request.items
            if (name := files[item.position])
        ),
    )


_EXTENSIONS = {"image/png": "png", "application/pdf": "pdf"}


def evidence_file_name(item: DisclosureItem) -> str | None:
    """The name a redacted evidence file has in the package (None until it is redacted)."""
    if item.file_kind is None or item.redacted_file_sha256 is None:
        return None
    extension = _EXTENSIONS.get(item.redacted_file_media_type or "", "bin")
    return f"item-{item.position}-evidence.{extension}"


def evidence_files(request: DisclosureRequest) -> dict[str, bytes]:
    """The redacted evidence files of the request, by their names in the package."""
    return {
        name: item.redacted_file
        for item in request.items
        if (name := evidence_file_name(item)) and item.redacted_file is not None
    }


def approval_details(session: Session, request: DisclosureRequest) -> ApprovalDetails:
    """Who decided the release: the approving DPO, or the SMT member on the emergency path."""
    from gateway.packages.content import ApprovalDetails

    if request.approved_by_id is not None:
        approver = session.get(User, request.approved_by_id)
        assert approver is not None
        return ApprovalDetails(approved_by=f"{approver.display_name} ({approver.role.label})")
    authoriser = (
        session.get(User, request.emergency_authorised_by_id)
        if request.emergency_authorised_by_id is not None
        else None
    )
    name = f"{authoriser.display_name} ({authoriser.role.label})" if authoriser else "not recorded"
    return ApprovalDetails(
        approved_by=f"Emergency authorisation by {name}; the DPO's review is due", emergency=True
    )


def rpc_discussion(case: Case, request: DisclosureRequest) -> str:
    """Section 6, from the same records section 9 quotes: the discussions with the Regional
    Prevent Coordinator recorded on the case (their days), and the reference of the discussion
    this referral follows; "none recorded" only when there is neither."""
    from gateway.cases.service import COORDINATOR_DISCUSSION_KINDS

    discussions = [e for e in case.events if e.kind in COORDINATOR_DISCUSSION_KINDS]
    days = sorted({e.occurred_at for e in discussions})
    shared = {i.source_ref for i in request.items if i.source_ref}
    quoted = any(f"event:{e.sequence}" in shared for e in discussions)
    reference = (request.rpc_discussion_reference or "").strip()
    if not days and not reference:
        return "No prior discussion with the Regional Prevent Coordinator is recorded."
    text = "Discussed with the Regional Prevent Coordinator before this referral"
    if days:
        words = [long_date(d) for d in days]
        text += " on " + (
            words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
        )
    if reference:
        # The reference is checked to be a chronology entry recording the discussion; the
        # recipient is told which entry and when, not its words (a note is not redacted).
        event = coordinator_discussion(case, reference)
        text += (
            f" (case chronology entry {event.sequence}, {long_date(event.occurred_at.date())})"
            if event is not None
            else f" (reference {reference})"
        )
    text += "."
    if quoted:
        text += " The record of the discussion is in the chronology below (section 9)."
    return text


def _item_date(case: Case, item: DisclosureItem) -> str:
    """When the record behind an item was made (free-text items carry no date of their own)."""
    kind, _, ident = (item.source_ref or "").partition(":")
    when = None
    if kind == "concern":
        when = next((c.raised_at for c in case.concerns if str(c.id) == ident), None)
    elif kind == "event":
        when = next((e.occurred_at for e in case.events if str(e.sequence) == ident), None)
    elif kind == "evidence":
        when = next((e.added_at for e in case.evidence if str(e.id) == ident), None)
    return f"{long_date(when)}" if when else "-"


_SOURCE_WORDS = {
    "staff": "a member of staff",
    "associate_tutor": "an Associate Tutor",
    "student_via_support_team": "a student, through the Student Support Team",
    "social_media_report": "a report of material on social media",
}


def how_concerns_arose(case: Case, request: DisclosureRequest) -> str:
    """Who raised each shared concern and when (sources only: never who the people were)."""
    shared = {i.source_ref for i in request.items if i.source_ref}
    lines = []
    for concern in case.concerns:
        if f"concern:{concern.id}" not in shared:
            continue
        when = concern.observed_on or concern.raised_at.date()
        lines.append(
            f"Raised by {_SOURCE_WORDS.get(concern.source.value, concern.source.value)} on "
            f"{long_date(concern.raised_at)} (observed {long_date(when)})."
        )
    return " ".join(lines) or "The concerns themselves are not part of this disclosure."
