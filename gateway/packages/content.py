"""What goes into a referral: plain data, already redacted by the caller.

:class:`ReferralContent` is everything ``referral.pdf`` shows the recipient about the referral
itself, fixed before the DPO decides: its :meth:`ReferralContent.sha256` is the content an
approval (or an emergency authorisation) names, and the signed manifest carries it as
``approved_content_sha256``. Who approved and whether the emergency path was used are
:class:`ApprovalDetails`, known only after that decision; release time, releaser and sharing-log
index are in the manifest alone.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field

__all__ = [
    "AgencyInvolvement",
    "ApprovalDetails",
    "ItemMarking",
    "NoteItem",
    "ReferralContent",
    "ReferrerDetails",
    "SubjectDetails",
]


@dataclass(frozen=True)
class SubjectDetails:
    """Section 1 of the form. ``None`` means the item was not approved for sharing."""

    full_name: str
    date_of_birth: str | None = None
    gender: str | None = None
    address: str | None = None
    telephone: str | None = None
    email: str | None = None
    student_number: str | None = None
    course_and_year: str | None = None
    other: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ReferrerDetails:
    """Section 2: who is making the referral on the provider's behalf."""

    name: str
    role: str
    organisation: str
    email: str | None = None
    telephone: str | None = None
    relationship_to_subject: str | None = None


@dataclass(frozen=True)
class AgencyInvolvement:
    agency: str
    details: str


@dataclass(frozen=True)
class NoteItem:
    """One chronology entry or case note: its date and its already-redacted text."""

    date: str
    text: str
    source: str = ""


@dataclass(frozen=True)
class ItemMarking:
    """One shared item and what kind of data it carries, as the recipient reads it."""

    label: str
    special_categories: tuple[str, ...] = ()
    criminal_offence: bool = False


@dataclass(frozen=True)
class EvidenceFile:
    """A redacted evidence file the package carries beside referral.pdf: its SHA-256 is part
    of the approved content, so the DPO approves exactly these bytes."""

    name: str
    sha256: str
    media_type: str
    label: str


@dataclass(frozen=True)
class ApprovalDetails:
    """Who decided the release: the DPO's approval, or an SMT member on the emergency path."""

    approved_by: str
    emergency: bool = False


@dataclass(frozen=True)
class ReferralContent:
    """Everything the referral PDF shows of the referral. All free text must already be
    redacted; the statements (``marking``, ``redaction_statement``) must be true of it."""

    case_reference: str
    disclosure_id: str
    organisation_name: str
    recipient_name: str
    form_version: str
    subject: SubjectDetails
    referrer: ReferrerDetails
    concerns: str
    how_concerns_arose: str
    complex_needs: str
    other_agencies: tuple[AgencyInvolvement, ...]
    rpc_discussion: str
    subject_told: str
    lawful_basis: tuple[str, ...]
    chronology: tuple[NoteItem, ...] = ()
    redaction_counts: Mapping[str, int] = field(default_factory=dict)
    prepared_by: str = ""
    date_of_referral: str = ""
    purpose: str = ""
    #: What kinds of data the referral carries, e.g. "personal data, including special
    #: category data (health)": stated only as the items are flagged.
    marking: str = "personal data"
    #: Whether and how the items were redacted: true of the items as shared.
    redaction_statement: str = ""
    items: tuple[ItemMarking, ...] = ()
    #: What the document is: a referral, a correction notice, or an answer to a request.
    document_title: str = "Prevent referral"
    #: For a correction notice or an answer to a request: what it corrects or answers, shown
    #: first (gateway-written, from references, dates and codes).
    notice: str = ""
    #: The redacted evidence files shared as items, each carried as its own file.
    evidence_files: tuple[EvidenceFile, ...] = ()

    def sha256(self) -> str:
        """SHA-256 of the canonical JSON of every field: what an approval binds."""
        fields = asdict(self)
        if not self.evidence_files:
            # Content without files hashes as it did before files could be shared, so the
            # approvals recorded then still match.
            del fields["evidence_files"]
        blob = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()
