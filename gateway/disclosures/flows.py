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
from gateway.disclosures import kinds
from gateway.disclosures.domain import DisclosureStatus
from gateway.disclosures.minimise import redaction_counts
from gateway.disclosures.models import ReleasedPackage
from gateway.disclosures.referral import approval_details, evidence_files, referral_content
from gateway.disclosures.service import (
    check_release_allowed,
    emergency_review_due,
    get_request,
    lawful_basis_of,
)
from gateway.errors import ContentChanged, RecipientNotAllowed
from gateway.rights.service import grounds_relied_on
from gateway.sharing import SharingLogWriter, user_ref
from gateway.timeutil import iso
from sharing_log import EntryType

if TYPE_CHECKING:
    from gateway.keys import Keyring

@dataclass(frozen=True)
class Release:
    reference: str
    filename: str
    package_sha256: str
    sealed_sha256: str
    log_index: int
    tree_size: int
    emergency: bool


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
    content = referral_content(session, request, settings)
    for item in request.items:
        # The approval bound each redacted file's SHA-256: the bytes stored must still be them.
        if item.file_kind is not None and (
            item.redacted_file is None
            or hashlib.sha256(item.redacted_file).hexdigest() != item.redacted_file_sha256
        ):
            raise ContentChanged(
                f"Item {item.position}'s redacted evidence file is not the file that was "
                "approved, so nothing was released.",
                hint="Run the redaction again, review it and send the request for approval "
                "again.",
            )
    approved_sha256 = (
        request.emergency_content_hash if emergency else request.approved_content_hash
    )
    record = lawful_basis_of(request)
    if emergency:
        kinds.refuse_emergency(request)
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
        approved_content_sha256=approved_sha256,
        **kinds.manifest_fields(session, request),
    )
    signed = build_signed_package(
        content,
        info,
        keyring,
        font_dir=settings.font_dir,
        approval=approval_details(session, request),
        # The redacted evidence files, checked against the hashes the approval bound.
        evidence_files=evidence_files(request),
    )
    common: dict[str, object] = {
        "disclosure_id": request.reference,
        "case_id": case.reference,
        "subject_ref": log.subject_ref(
            case.subject_student_id, session=session, case_ref=case.reference
        ),
        "recipient_id": recipient.reference,
        "recipient_kind": recipient.kind.value,
        "lawful_basis": record.codes(),
        "package_sha256": signed.envelope_sha256,
        "preparer_id": user_ref(request.prepared_by_id),
        "prepared_at": iso(request.submitted_at or request.created_at),
        "released_at": iso(now),
        "restriction_grounds": grounds_relied_on(session, request) or None,
        **kinds.log_fields(session, request),
    }
    if emergency:
        due = emergency_review_due(settings, now)
        appended = log.append(
            session,
            EntryType.EMERGENCY_RELEASE,
            **common,
            authorised_by_ids=[user_ref(actor.user.id), user_ref(approver_id)],
            ground_code=request.emergency_ground,
            review_due_at=iso(due),
        )
        request.emergency = True
        request.retrospective_review_due = due
    else:
        approval: dict[str, object] = {
            "approver_id": user_ref(approver_id),
            "approved_at": iso(request.approved_at or now),
            "approval_sha256": request.approved_content_hash,
        }
        if kinds.kind_of(request) is kinds.DisclosureKind.CORRECTION_NOTICE:
            appended = log.append(session, EntryType.CORRECTION_RELEASED, **common, **approval)
        else:
            appended = log.append(
                session, EntryType.DISCLOSURE_RELEASED, **common, **approval, emergency=False
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
