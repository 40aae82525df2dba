"""What the doors show of concerns and cases: built inside the use case's transaction, the same
for the command line, the API and the pages."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.cases.domain import ConcernSource, Outcome, PersonRole, Seriousness
from gateway.cases.models import Case, CasePerson, Concern, Decision, EvidenceItem
from gateway.users.models import User


class View(BaseModel):
    model_config = ConfigDict(frozen=True)


class ConcernView(View):
    id: int
    case_reference: str
    case_status: str
    source: ConcernSource
    raised_at: datetime
    observed_on: date | None
    description: str
    reported_by_name: str | None

    @classmethod
    def of(cls, concern: Concern) -> ConcernView:
        return cls(
            id=concern.id,
            case_reference=concern.case.reference,
            case_status=concern.case.status.value,
            source=concern.source,
            raised_at=concern.raised_at,
            observed_on=concern.observed_on,
            description=concern.description,
            reported_by_name=concern.reported_by_name,
        )


class EventView(View):
    sequence: int
    occurred_at: datetime
    kind: str
    summary: str
    actor: str


class DecisionView(View):
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

    @classmethod
    def of(cls, d: Decision, names: dict[int, str]) -> DecisionView:
        return cls(
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


class PersonView(View):
    id: int
    name: str
    role: PersonRole

    @classmethod
    def of(cls, p: CasePerson) -> PersonView:
        return cls(id=p.id, name=p.name, role=p.role)


class EvidenceView(View):
    id: int
    description: str
    provenance: str
    filename: str | None
    sha256: str
    added_at: datetime

    @classmethod
    def of(cls, e: EvidenceItem) -> EvidenceView:
        return cls(
            id=e.id,
            description=e.description,
            provenance=e.provenance,
            filename=e.filename,
            sha256=e.sha256,
            added_at=e.added_at,
        )


class CaseSummaryView(View):
    reference: str
    status: str
    subject_name: str
    opened_at: datetime
    latest_outcome: Outcome | None
    review_date: date | None

    @classmethod
    def of(cls, case: Case) -> CaseSummaryView:
        last = max(case.decisions, key=lambda d: d.id) if case.decisions else None
        return cls(
            reference=case.reference,
            status=case.status.value,
            subject_name=case.subject_name,
            opened_at=case.opened_at,
            latest_outcome=last.outcome if last else None,
            review_date=last.review_date if last else None,
        )


class CaseView(CaseSummaryView):
    """The whole case: what the Prevent Lead and the SMT read (the read is recorded)."""

    subject_student_id: str
    subject_date_of_birth: date | None
    subject_address: str | None
    concerns: list[ConcernView]
    chronology: list[EventView]
    decisions: list[DecisionView]
    people: list[PersonView]
    evidence: list[EvidenceView]


class ReviewDueView(View):
    case_reference: str
    subject_name: str
    review_date: date | None
    actions: str | None


class DisclosureLine(View):
    """A disclosure as listed on a case or the dashboard (its full view is the disclosures')."""

    reference: str
    case_reference: str
    recipient_name: str
    status: str
    submitted_at: datetime | None
    emergency: bool
    retrospective_review_due: datetime | None


class SmtMemberView(View):
    username: str
    display_name: str


class FoundPersonView(View):
    """Someone the redaction engine finds in the case's texts who is not recorded in the case."""

    name: str
    mentions: int
    found_in: list[str]  # "concern 3", "chronology 5", "evidence 2"
    confidence: Literal["high", "low"]
    reason: str


class PeopleFoundView(View):
    """The people found in a case's texts and not recorded in it, each to be recorded (or not)
    by the Prevent Lead. ``unavailable`` says why no one could be looked for."""

    case_reference: str
    people: list[FoundPersonView]
    unavailable: str | None = None


class CasePageView(View):
    """The case page: the case, the disclosures made from it where the reader may see them, and
    the people its texts name who are not recorded in it."""

    case: CaseView
    disclosures: list[DisclosureLine]
    people_found: PeopleFoundView


class DecideFormView(View):
    """What the decision form offers: the case and the active SMT members to name."""

    case: CaseView
    smt: list[SmtMemberView]


def user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return {int(r.id): str(r.display_name) for r in rows}


def case_view(session: Session, case: Case) -> CaseView:
    ids: list[int | None] = [e.actor_id for e in case.events]
    for d in case.decisions:
        ids.append(d.decided_by_id)
        ids.extend(d.smt_member_ids)
    names = user_names(session, ids)
    return CaseView(
        **CaseSummaryView.of(case).model_dump(),
        subject_student_id=case.subject_student_id,
        subject_date_of_birth=case.subject_date_of_birth,
        subject_address=case.subject_address,
        concerns=[ConcernView.of(c) for c in case.concerns],
        chronology=[
            EventView(
                sequence=e.sequence,
                occurred_at=e.occurred_at,
                kind=e.kind,
                summary=e.summary,
                actor=names.get(e.actor_id, f"user {e.actor_id}"),
            )
            for e in case.events
        ],
        decisions=[DecisionView.of(d, names) for d in case.decisions],
        people=[PersonView.of(p) for p in case.people],
        evidence=[EvidenceView.of(e) for e in case.evidence],
    )


def decision_view(session: Session, d: Decision) -> DecisionView:
    return DecisionView.of(d, user_names(session, [d.decided_by_id, *d.smt_member_ids]))
