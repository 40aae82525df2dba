"""The disclosure records reconciled with the sharing log, both ways.

Every released disclosure has its release entry with the same package hash, its sealed package
(unless a certified disposal destroyed it) and its copy in the packages directory; every release
entry has its disclosure, released, with that hash (unless a certified disposal destroyed the
case). Findings name log indexes and disclosure references only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.disclosures.domain import DisclosureStatus
from gateway.disclosures.models import DisclosureRequest, ReleasedPackage
from gateway.retention.certificate import manifest_sha256
from gateway.retention.models import DestructionCertificate, RetentionTombstone
from sharing_log import EntryType, LoggedEntry

RELEASES = (
    EntryType.DISCLOSURE_RELEASED,
    EntryType.EMERGENCY_RELEASE,
    EntryType.CORRECTION_RELEASED,
)
CASE_CLASSES = ("no_further_action_record", "internal_action_case", "referral_case")


@dataclass
class Reconciliation:
    #: The records and the log disagree: part of the alarm.
    problems: list[str] = field(default_factory=list)
    #: Needs doing but is not tampering (a package file to write again).
    attention: list[str] = field(default_factory=list)
    releases_checked: int = 0


def _certified(
    session: Session,
    disposals: dict[str, str],
    certificate: str,
    record_class: str,
    record_ref: str,
) -> bool:
    """Whether the disposal of ``record_ref`` is certified: its certificate exists, matches its
    manifest hash, lists the record, and has its records_disposed entry in the log."""
    cert = session.scalar(
        select(DestructionCertificate).where(DestructionCertificate.reference == certificate)
    )
    if cert is None or manifest_sha256(dict(cert.manifest)) != cert.manifest_sha256:
        return False
    classes = cert.manifest.get("classes")
    listed = any(
        isinstance(g, dict)
        and g.get("record_class") == record_class
        and record_ref in (g.get("records") or [])
        for g in (classes if isinstance(classes, list) else [])
    )
    return listed and disposals.get(f"{certificate}.{record_class}") == cert.manifest_sha256


def _disposed(
    session: Session, disposals: dict[str, str], classes: Iterable[str], record_ref: str
) -> bool:
    for stone in session.scalars(
        select(RetentionTombstone).where(RetentionTombstone.record_ref == record_ref)
    ):
        if stone.record_class in classes and _certified(
            session, disposals, stone.certificate_reference, stone.record_class, record_ref
        ):
            return True
    return False


def reconcile(
    session: Session, entries: Iterable[tuple[int, LoggedEntry]], packages_dir: Path
) -> Reconciliation:
    """``entries``: the log's entries that could be read (index, decoded)."""
    result = Reconciliation()
    releases: dict[str, list[tuple[int, LoggedEntry]]] = {}
    disposals: dict[str, str] = {}
    for index, logged in entries:
        fields = logged.entry.fields
        if logged.entry.entry_type in RELEASES:
            releases.setdefault(str(fields.get("disclosure_id")), []).append((index, logged))
        elif logged.entry.entry_type is EntryType.RECORDS_DISPOSED:
            disposals[str(fields.get("disposal_id"))] = str(fields.get("manifest_sha256"))

    # Every release entry has its disclosure, released, with the same package hash.
    for reference, logged_releases in releases.items():
        if len(logged_releases) > 1:
            indexes = ", ".join(str(i) for i, _ in logged_releases)
            result.problems.append(f"{reference} is recorded as released more than once "
                                   f"(entries {indexes})")
        for index, logged in logged_releases:
            result.releases_checked += 1
            fields = logged.entry.fields
            request = session.scalar(
                select(DisclosureRequest).where(DisclosureRequest.reference == reference)
            )
            if request is None:
                case_ref = str(fields.get("case_id"))
                if not _disposed(session, disposals, CASE_CLASSES, case_ref):
                    result.problems.append(
                        f"entry {index} records the release of {reference}, but no such "
                        "disclosure is held and no certified disposal destroyed it"
                    )
                continue
            if request.status is not DisclosureStatus.RELEASED:
                result.problems.append(
                    f"entry {index} records the release of {reference}, but the disclosure is "
                    f"{request.status.value}"
                )
            if request.package_sha256 != fields.get("package_sha256"):
                result.problems.append(
                    f"entry {index}: the package hash of {reference} differs from the one "
                    "the log recorded at release"
                )
            if request.log_index != index:
                result.problems.append(
                    f"{reference} points at sharing-log entry {request.log_index}, but its "
                    f"release is entry {index}"
                )

    # Every released disclosure has its entry, its package and its copy on disk.
    released = session.scalars(
        select(DisclosureRequest)
        .where(
            (DisclosureRequest.status == DisclosureStatus.RELEASED)
            | DisclosureRequest.released_at.is_not(None)
            | DisclosureRequest.log_index.is_not(None)
        )
        .order_by(DisclosureRequest.id)
    )
    for request in released:
        reference = request.reference
        if reference not in releases:
            result.problems.append(
                f"{reference} is marked released, but no release entry in the sharing log "
                "records it"
            )
        if request.status is not DisclosureStatus.RELEASED:
            continue  # said above, from its entry
        package = session.scalar(
            select(ReleasedPackage).where(ReleasedPackage.request_id == request.id)
        )
        if package is None:
            if not _disposed(session, disposals, ("disclosure_package",), reference):
                result.problems.append(
                    f"{reference} is released, but its sealed package is missing from the "
                    "database and no certified disposal destroyed it"
                )
            continue
        if hashlib.sha256(bytes(package.content)).hexdigest() != package.sha256:
            result.problems.append(
                f"the sealed package of {reference} no longer matches the hash stored with it"
            )
        if not (packages_dir / package.filename).is_file():
            result.attention.append(
                f"the copy of {reference} ({package.filename}) is missing from the packages "
                f"directory {packages_dir}: export the stored package of {reference} there again "
                "(the command line's disclosure export-package)"
            )
    return result
