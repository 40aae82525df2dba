"""What the API accepts and returns. Converters run inside the request's transaction."""

from __future__ import annotations

from datetime import date
from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from gateway.cases.domain import ConcernSource, Outcome, PersonRole, ReferralGround, Seriousness
from gateway.disclosures.domain import ItemKind
from gateway.disclosures.lawful_basis import Art6Basis, Art9Condition, SpecialCategory
from gateway.recipients.models import RecipientKind
from gateway.users.domain import Role

T = TypeVar("T")

Text = Field(max_length=20_000)
ShortText = Field(max_length=200)


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


def paginate(rows: list[T], limit: int, offset: int) -> tuple[list[T], int]:
    return rows[offset : offset + limit], len(rows)


# --- account ---------------------------------------------------------------------------------


class UserIn(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    display_name: str = Field(min_length=1, max_length=200)
    role: Role
    #: The person the account belongs to: two accounts of one person share it.
    staff_id: str = Field(min_length=1, max_length=40)


class StaffIdIn(BaseModel):
    staff_id: str = Field(min_length=1, max_length=40)


class ActiveIn(BaseModel):
    active: bool


# --- concerns and cases ------------------------------------------------------------------------


class SubjectIn(BaseModel):
    student_id: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1, max_length=200)
    date_of_birth: date | None = None
    address: str | None = Field(default=None, max_length=2000)


class ConcernIn(BaseModel):
    subject: SubjectIn
    source: ConcernSource
    description: str = Field(min_length=1, max_length=20_000)
    observed_on: date | None = None
    reported_by_name: str | None = Field(default=None, max_length=200)


class DecisionIn(BaseModel):
    seriousness: Seriousness
    outcome: Outcome
    rationale: str = Field(max_length=20_000)
    freedom_of_speech_consideration: str = Field(max_length=20_000)
    smt_usernames: list[str] = Field(max_length=20)
    grounds: list[ReferralGround] = Field(default_factory=list, max_length=2)
    actions: str | None = Field(default=None, max_length=20_000)
    review_date: date | None = None


class NoteIn(BaseModel):
    summary: str = Field(max_length=20_000)


class PersonIn(BaseModel):
    name: str = Field(max_length=200)
    role: PersonRole


class EvidenceIn(BaseModel):
    description: str = Field(max_length=20_000)
    provenance: str = Field(max_length=20_000)
    content_base64: str = Field(max_length=15_000_000)
    filename: str | None = Field(default=None, max_length=255)


class NonDisclosureIn(BaseModel):
    reasons: str = Field(max_length=20_000)
    recipient_reference: str | None = Field(default=None, max_length=40)


# --- recipients --------------------------------------------------------------------------------


class RecipientIn(BaseModel):
    kind: RecipientKind
    name: str = Field(max_length=200)
    organisation: str = Field(max_length=200)
    contact: str = Field(max_length=300)
    public_key: str | None = Field(default=None, max_length=5000)
    competent_authority: bool = False


# --- disclosures ------------------------------------------------------------------------------


class DisclosureIn(BaseModel):
    case_reference: str = Field(max_length=32)
    recipient_reference: str = Field(max_length=40)
    purpose: str = Field(max_length=20_000)
    rpc_discussion_reference: str | None = Field(default=None, max_length=200)


class LawfulBasisIn(BaseModel):
    art6_basis: Art6Basis | None
    necessity: str = Field(default="", max_length=20_000)
    proportionality: str = Field(default="", max_length=20_000)
    clear_and_compelling: str = Field(default="", max_length=20_000)
    art9_condition: Art9Condition | None = None
    schedule1_paragraph: int | None = Field(default=None, ge=1, le=40)
    art10_paragraph: int | None = Field(default=None, ge=1, le=40)
    appropriate_policy_document: str | None = Field(default=None, max_length=200)
    apd_review_date: date | None = None
    at_risk_justification: str | None = Field(default=None, max_length=20_000)
    consent_not_sought_reason: str | None = Field(default=None, max_length=20_000)
    consent_prejudice_reason: str | None = Field(default=None, max_length=20_000)
    subject_informed: bool = False
    subject_not_informed_reason: str | None = Field(default=None, max_length=20_000)
    relies_on_sch2_para2: bool = False


class SubjectFieldsIn(BaseModel):
    fields: list[str] = Field(max_length=3)


class ItemIn(BaseModel):
    """Either ``from_case`` (concern:ID, event:SEQ, evidence:ID) or ``kind`` with ``text``."""

    from_case: str | None = Field(default=None, max_length=60)
    kind: ItemKind | None = None
    label: str | None = Field(default=None, max_length=200)
    text: str | None = Field(default=None, max_length=50_000)
    special_categories: list[SpecialCategory] = Field(default_factory=list, max_length=8)
    criminal_offence: bool = False


class FindingReviewIn(BaseModel):
    accept: bool
    justification: str = Field(default="", max_length=20_000)


class ReasonIn(BaseModel):
    reason: str = Field(max_length=20_000)


_CONTENT_SHA256 = (
    "The content SHA-256 shown by the approval view (GET .../approval) for what you read; "
    "refused with 409 if the request has changed since."
)


class ApproveIn(BaseModel):
    """The DPO's approval of the exact content they read."""

    content_sha256: str = Field(max_length=64, description=_CONTENT_SHA256)
    note: str | None = Field(default=None, max_length=20_000, description="The DPO's note.")


class EmergencyAuthoriseIn(BaseModel):
    """An SMT member's authorisation of an emergency release of the exact content they read."""

    reason: str = Field(
        max_length=20_000,
        description="The serious and immediate risk to life, and why the DPO cannot be reached.",
    )
    content_sha256: str = Field(max_length=64, description=_CONTENT_SHA256)


class ItemEditIn(BaseModel):
    """Changes to one item; fields left out stay as they are. A new text voids the item's
    redaction; any change sends the request back to draft."""

    text: str | None = Field(default=None, max_length=50_000, description="The new text.")
    label: str | None = Field(default=None, max_length=200, description="The new label.")
    special_categories: list[SpecialCategory] | None = Field(
        default=None, max_length=8, description="The special categories, replacing the recorded."
    )
    criminal_offence: bool | None = Field(
        default=None, description="Whether the item contains criminal offence data."
    )


class AcceptFindingsIn(BaseModel):
    """Accept every finding not yet reviewed, as the engine decided it."""

    item: int | None = Field(
        default=None, ge=1, description="Only this item (by position); leave out for all."
    )


class ReleaseIn(BaseModel):
    emergency: bool = False


class EmergencyReviewIn(BaseModel):
    upheld: bool
    notes: str = Field(max_length=20_000)


