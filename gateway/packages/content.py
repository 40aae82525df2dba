"""What goes into a referral: plain data, already approved and redacted by the caller."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = [
    "AgencyInvolvement",
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
class ReferralContent:
    """Everything the referral PDF shows. All free text must already be redacted."""

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
    approved_by: str = ""
    date_of_referral: str = ""
    emergency: bool = False
