"""What the API accepts and returns. Converters run inside the request's transaction."""

from __future__ import annotations

from datetime import date, datetime
from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from gateway.cases.domain import ConcernSource, Outcome, PersonRole, ReferralGround, Seriousness
from gateway.cases.models import Case, Concern, Decision
from gateway.disclosures.domain import ItemKind
from gateway.disclosures.lawful_basis import Art6Basis, Art9Condition, SpecialCategory
from gateway.disclosures.models import NonDisclosureDecision
from gateway.recipients.models import Recipient, RecipientKind
from gateway.users.domain import Role
from gateway.users.models import User

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


class UserOut(BaseModel):
    username: str
    display_name: str
    role: Role
    role_label: str
    active: bool
    totp_enrolled: bool

    @classmethod
    def of(cls, user: User) -> UserOut:
        return cls(
            username=user.username,
            display_name=user.display_name,
            role=user.role,
            role_label=user.role.label,
            active=user.active,
            totp_enrolled=bool(user.totp_secret),
        )


class MeOut(UserOut):
    permissions: list[str]


class UserIn(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    display_name: str = Field(min_length=1, max_length=200)
    role: Role


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


class ConcernOut(BaseModel):
    id: int
    case_reference: str
    source: ConcernSource
    raised_at: datetime
    observed_on: date | None
    description: str
    reported_by_name: str | None

    @classmethod
    def of(cls, concern: Concern) -> ConcernOut:
        return cls(
            id=concern.id,
            case_reference=concern.case.reference,
            source=concern.source,
            raised_at=concern.raised_at,
            observed_on=concern.observed_on,
            description=concern.description,
            reported_by_name=concern.reported_by_name,
        )


class EventOut(BaseModel):
    sequence: int
    occurred_at: datetime
    kind: str
    summary: str
    actor: str


class DecisionOut(BaseModel):
    id: int
    decided_at: datetime
    decided_by: str
    smt_members: list[str]
    seriousness: Seriousness
    outcome: Outcome
    grounds: list[str]
    rationale: str
    freedom_of_speech_consideration: str
    actions: str | None
    review_date: date | None


class PersonOut(BaseModel):
    id: int
    name: str
    role: PersonRole


class EvidenceOut(BaseModel):
    id: int
    description: str
    provenance: str
    filename: str | None
    sha256: str
    added_at: datetime


class CaseSummary(BaseModel):
    reference: str
    status: str
    subject_name: str
    opened_at: datetime
    latest_outcome: Outcome | None
    review_date: date | None

    @classmethod
    def of(cls, case: Case) -> CaseSummary:
        last = max(case.decisions, key=lambda d: d.id) if case.decisions else None
        return cls(
            reference=case.reference,
            status=case.status.value,
            subject_name=case.subject_name,
            opened_at=case.opened_at,
            latest_outcome=last.outcome if last else None,
            review_date=last.review_date if last else None,
        )


class CaseOut(CaseSummary):
    subject_student_id: str
    subject_date_of_birth: date | None
    subject_address: str | None
    concerns: list[ConcernOut]
    chronology: list[EventOut]
    decisions: list[DecisionOut]
    people: list[PersonOut]
    evidence: list[EvidenceOut]

    @classmethod
    def full(cls, case: Case, names: dict[int, str]) -> CaseOut:
        summary = CaseSummary.of(case)
        return cls(
            **summary.model_dump(),
            subject_student_id=case.subject_student_id,
            subject_date_of_birth=case.subject_date_of_birth,
            subject_address=case.subject_address,
            concerns=[ConcernOut.of(c) for c in case.concerns],
            chronology=[
                EventOut(
                    sequence=e.sequence,
                    occurred_at=e.occurred_at,
                    kind=e.kind,
                    summary=e.summary,
                    actor=names.get(e.actor_id, f"user {e.actor_id}"),
                )
                for e in case.events
            ],
            decisions=[decision_out(d, names) for d in case.decisions],
            people=[PersonOut(id=p.id, name=p.name, role=p.role) for p in case.people],
            evidence=[
                EvidenceOut(
                    id=e.id,
                    description=e.description,
                    provenance=e.provenance,
                    filename=e.filename,
                    sha256=e.sha256,
                    added_at=e.added_at,
                )
                for e in case.evidence
            ],
        )


def decision_out(d: Decision, names: dict[int, str]) -> DecisionOut:
    return DecisionOut(
        id=d.id,
        decided_at=d.decided_at,
        decided_by=names.get(d.decided_by_id, f"user {d.decided_by_id}"),
        smt_members=[names.get(i, f"user {i}") for i in d.smt_member_ids],
        seriousness=d.seriousness,
        outcome=d.outcome,
        grounds=list(d.grounds),
        rationale=d.rationale,
        freedom_of_speech_consideration=d.freedom_of_speech_consideration,
        actions=d.actions,
        review_date=d.review_date,
    )


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


class ReviewDueOut(BaseModel):
    case_reference: str
    subject_name: str
    review_date: date | None
    actions: str | None


class NonDisclosureIn(BaseModel):
    reasons: str = Field(max_length=20_000)
    recipient_reference: str | None = Field(default=None, max_length=40)


class NonDisclosureOut(BaseModel):
    reference: str
    decided_at: datetime
    reasons: str
    log_index: int | None

    @classmethod
    def of(cls, row: NonDisclosureDecision) -> NonDisclosureOut:
        return cls(
            reference=row.reference,
            decided_at=row.decided_at,
            reasons=row.reasons,
            log_index=row.log_index,
        )


# --- recipients --------------------------------------------------------------------------------


class RecipientOut(BaseModel):
    reference: str
    kind: RecipientKind
    kind_label: str
    name: str
    organisation: str
    contact: str
    competent_authority: bool
    active: bool
    has_public_key: bool

    @classmethod
    def of(cls, r: Recipient) -> RecipientOut:
        return cls(
            reference=r.reference,
            kind=r.kind,
            kind_label=r.kind.label,
            name=r.name,
            organisation=r.organisation,
            contact=r.contact,
            competent_authority=r.competent_authority,
            active=r.active,
            has_public_key=bool(r.public_key),
        )


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


class ApproveIn(BaseModel):
    note: str | None = Field(default=None, max_length=20_000)


class ReleaseIn(BaseModel):
    emergency: bool = False


class EmergencyReviewIn(BaseModel):
    upheld: bool
    notes: str = Field(max_length=20_000)


class TokenOut(BaseModel):
    id: int
    name: str
    prefix: str
    role: Role
    created_at: datetime
    last_used_at: datetime | None
    revoked: bool
