"""The release: build, sign, log, seal and mark released, all or nothing.

Everything happens in the caller's database transaction: the sharing-log append, the stored
package and the status change commit together or not at all. The package file in the data
directory is written only after the commit (a copy; the database keeps the original).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.cases.models import Case
from gateway.cases.service import append_event
from gateway.config import Settings
from gateway.disclosures.domain import DisclosureStatus, ItemKind, counts_in_words
from gateway.disclosures.lawful_basis import (
    ART6_TITLES,
    SCHEDULE1_TITLES,
    LawfulBasisRecord,
)
from gateway.disclosures.minimise import redaction_counts
from gateway.disclosures.models import DisclosureItem, DisclosureRequest, ReleasedPackage
from gateway.disclosures.service import (
    check_release_allowed,
    current_content_hash,
    emergency_review_due,
    get_request,
    lawful_basis_of,
)
from gateway.errors import RecipientNotAllowed
from gateway.recipients.models import Recipient
from gateway.sharing import SharingLogWriter, user_ref
from gateway.timeutil import iso, long_date
from gateway.users.models import User
from sharing_log import EntryType

if TYPE_CHECKING:
    from gateway.keys import Keyring
    from gateway.packages.content import ReferralContent

FORM_VERSION = "National Prevent referral form (2024) sections; prevent-gateway layout 1"


@dataclass(frozen=True)
class Release:
    reference: str
    filename: str
    package_sha256: str
    sealed_sha256: str
    log_index: int
    tree_size: int
    emergency: bool


def lawful_basis_lines(record: LawfulBasisRecord) -> tuple[str, ...]:
    lines: list[str] = []
    if record.art6_basis is not None:
        lines.append(
            f"UK GDPR Art 6(1)({record.art6_basis.value[-1]}): {ART6_TITLES[record.art6_basis]}"
        )
    if record.art9_condition is not None:
        lines.append(
            f"UK GDPR Art 9(2)({record.art9_condition.value[-1]}) for special category data"
        )
    if record.schedule1_paragraph is not None:
        title = SCHEDULE1_TITLES.get(record.schedule1_paragraph, "")
        lines.append(f"DPA 2018 Sch 1 para {record.schedule1_paragraph}: {title}")
    if record.art10_paragraph is not None:
        title = SCHEDULE1_TITLES.get(record.art10_paragraph, "")
        lines.append(
            f"UK GDPR Art 10 / DPA 2018 s.10(5), Sch 1 para {record.art10_paragraph}: {title}"
        )
    if record.appropriate_policy_document:
        review = record.apd_review_date.isoformat() if record.apd_review_date else "?"
        lines.append(
            f"Appropriate Policy Document {record.appropriate_policy_document} (review {review})"
        )
    if record.relies_on_sch2_para2:
        lines.append("Student not informed: DPA 2018 Sch 2 para 2 (crime and taxation) applies")
    lines.append(f"Necessity: {record.necessity}")
    lines.append(f"Proportionality: {record.proportionality}")
    lines.append(f"Clear and compelling evidence (policy 7.3): {record.clear_and_compelling}")
    return tuple(lines)


def referral_content(
    session: Session,
    request: DisclosureRequest,
    settings: Settings,
    recipient: Recipient,
    releaser: User,
    now: datetime,
) -> ReferralContent:
    from gateway.packages.content import (
        AgencyInvolvement,
        NoteItem,
        ReferralContent,
        ReferrerDetails,
        SubjectDetails,
    )

    case = session.get(Case, request.case_id)
    assert case is not None
    fields = set(request.subject_fields)
    record = lawful_basis_of(request)

    def texts(kind: ItemKind) -> list[str]:
        return [i.redacted_text for i in request.items if i.kind is kind]

    concerns = texts(ItemKind.CONCERN)
    notes = [
        NoteItem(date=_item_date(case, item), text=item.redacted_text, source=item.label)
        for item in request.items
        if item.kind in (ItemKind.CHRONOLOGY, ItemKind.EVIDENCE, ItemKind.NOTE, ItemKind.DECISION)
    ]
    agencies = tuple(
        AgencyInvolvement(agency=item.label, details=item.redacted_text)
        for item in request.items
        if item.kind is ItemKind.OTHER_AGENCIES
    )
    preparer = session.get(User, request.prepared_by_id)
    approver = session.get(User, request.approved_by_id) if request.approved_by_id else None
    if record.subject_informed:
        told = "The student has been told that this information is being shared."
    else:
        reason = (record.subject_not_informed_reason or "").strip()
        told = "The student has not been told" + (
            f": {reason[0].lower()}{reason[1:]}" if reason else "."
        )
    return ReferralContent(
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
        referrer=ReferrerDetails(
            name=releaser.display_name,
            role=releaser.role.label,
            organisation=settings.organisation_name,
        ),
        concerns="\n\n".join(concerns) or "See the chronology below.",
        how_concerns_arose=how_concerns_arose(case, request),
        complex_needs="\n\n".join(texts(ItemKind.VULNERABILITIES)) or "None shared.",
        other_agencies=agencies,
        rpc_discussion=(
            "Discussed with the Regional Prevent Coordinator before this referral "
            f"(reference {request.rpc_discussion_reference})."
            if request.rpc_discussion_reference
            else "No prior discussion with the Regional Prevent Coordinator is recorded."
        ),
        subject_told=told,
        lawful_basis=lawful_basis_lines(record),
        chronology=tuple(notes),
        # The recipient reads the kinds in words; the manifest keeps the codes.
        redaction_counts=counts_in_words(redaction_counts(request)),
        prepared_by=preparer.display_name if preparer else "",
        approved_by=approver.display_name if approver else "Emergency release (DPO review due)",
        date_of_referral=long_date(now),
        emergency=request.emergency_authorised_by_id is not None and request.approved_by_id is None,
    )


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


def release(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    settings: Settings,
    keyring: Keyring,
    log: SharingLogWriter,
    now: datetime,
    emergency: bool = False,
) -> Release:
    """Rule 6: build, sign, log, seal and mark released in the caller's transaction (the
    permission to release is checked by the use case that calls this)."""
    from gateway.packages import ManifestInfo, assemble_zip, build_signed_package, seal

    request = get_request(session, reference)
    recipient = check_release_allowed(
        session, request, settings, now.date(), emergency=emergency
    )
    if not recipient.public_key:
        raise RecipientNotAllowed(
            f"Recipient {recipient.reference} has no public key, so the package cannot be "
            "sealed for them alone.",
            hint="The recipient makes a key pair with the gateway's recipient key tool, and an "
            "administrator registers its public key.",
        )
    case = session.get(Case, request.case_id)
    assert case is not None
    approver_id = request.approved_by_id if not emergency else request.emergency_authorised_by_id
    assert approver_id is not None
    content = referral_content(session, request, settings, recipient, actor.user, now)
    record = lawful_basis_of(request)
    info = ManifestInfo(
        disclosure_id=request.reference,
        case_reference=case.reference,
        recipient_id=recipient.reference,
        recipient_name=recipient.name,
        recipient_organisation=recipient.organisation,
        lawful_basis_codes=tuple(record.codes()),
        preparer=user_ref(request.prepared_by_id),
        approver=user_ref(approver_id),
        prepared_at=request.submitted_at or request.created_at,
        approved_at=request.approved_at if not emergency else request.emergency_authorised_at,
        released_at=now,
        redaction_counts=redaction_counts(request),
        emergency=emergency,
    )
    signed = build_signed_package(content, info, keyring, font_dir=settings.font_dir)
    common: dict[str, object] = {
        "disclosure_id": request.reference,
        "case_id": case.reference,
        "subject_ref": log.subject_ref(case.subject_student_id),
        "recipient_id": recipient.reference,
        "recipient_kind": recipient.kind.value,
        "lawful_basis": record.codes(),
        "package_sha256": signed.envelope_sha256,
        "preparer_id": user_ref(request.prepared_by_id),
        "prepared_at": iso(request.submitted_at or request.created_at),
        "released_at": iso(now),
    }
    if emergency:
        due = emergency_review_due(settings, now)
        appended = log.append(
            session,
            EntryType.EMERGENCY_RELEASE,
            **common,
            authorised_by_ids=[user_ref(actor.user.id), user_ref(approver_id)],
            ground_code="serious_immediate_risk_to_life",
            review_due_at=iso(due),
        )
        request.emergency = True
        request.retrospective_review_due = due
    else:
        appended = log.append(
            session,
            EntryType.DISCLOSURE_RELEASED,
            **common,
            approver_id=user_ref(approver_id),
            approved_at=iso(request.approved_at or now),
            approval_sha256=request.approved_content_hash,
            emergency=False,
        )
    proof_text = log.log.tlog_proof(session.connection(), appended.index)
    zip_bytes = assemble_zip(signed, appended.leaf, proof_text, keyring.log_verifier_key_text())
    sealed = seal(zip_bytes, recipient.public_key, request.reference, recipient.reference)
    filename = f"{request.reference}-{recipient.reference}.sealed"
    session.add(
        ReleasedPackage(
            request_id=request.id,
            filename=filename,
            sealed=True,
            content=sealed,
            sha256=hashlib.sha256(sealed).hexdigest(),
            created_at=now,
        )
    )
    request.status = DisclosureStatus.RELEASED
    request.released_by_id = actor.user.id
    request.released_at = now
    request.package_sha256 = signed.envelope_sha256
    request.log_index = appended.index
    append_event(
        session,
        case,
        actor,
        "disclosure_released",
        f"Disclosure {request.reference} released to {recipient.reference}"
        + (" on the emergency path" if emergency else "")
        + f" (sharing-log entry {appended.index}).",
        now=now,
    )
    assert current_content_hash(request)  # content unchanged by the release itself
    session.flush()
    return Release(
        reference=request.reference,
        filename=filename,
        package_sha256=signed.envelope_sha256,
        sealed_sha256=hashlib.sha256(sealed).hexdigest(),
        log_index=appended.index,
        tree_size=appended.checkpoint.checkpoint.size,
        emergency=emergency,
    )


def write_package_file(directory: Path, filename: str, content: bytes) -> Path:
    """Atomically write a copy of a released package (temp file, fsync, rename)."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = directory / filename
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
