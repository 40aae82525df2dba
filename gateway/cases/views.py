"""What the doors show of concerns and cases: built inside the use case's transaction, the same
for the command line, the API and the pages."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.cases.domain import ConcernSource, Outcome, PersonRole, Seriousness
from gateway.cases.models import Case, CasePerson, Concern, Decision, EvidenceItem
from gateway.users.models import User


class View(BaseModel):
    model_config = ConfigDict(frozen=True)


class ConcernReceipt(View):
    """What raising a concern answers. Staff who raise concerns (tutors, support) are given the
    concern's own reference and nothing about any case: the answer is the same whether the
    student already had a case or not (policy 7: intake never reveals a case). Only a role that
    reads cases (the Prevent Lead) is told which case the concern is on."""

    reference: str = Field(description="The concern's own reference, e.g. C-2026-0007.")
    source: ConcernSource = Field(description="Who raised the concern.")
    raised_at: datetime = Field(description="When the concern was recorded (UTC).")
    observed_on: date | None = Field(description="The day the behaviour was seen, if known.")
    case_reference: str | None = Field(
        description="The case the concern is on, only for those who may read cases (the Prevent "
        "Lead and nominee); null for everyone else, whether or not the student has a case."
    )

    @classmethod
    def of(cls, concern: Concern, *, show_case: bool) -> ConcernReceipt:
        return cls(
            reference=concern.reference,
            source=concern.source,
            raised_at=concern.raised_at,
            observed_on=concern.observed_on,
            case_reference=concern.case.reference if show_case else None,
        )


class OwnConcernView(View):
    """A concern as the person who raised it sees it: what they wrote, never the case."""

    reference: str = Field(description="The concern's own reference, e.g. C-2026-0007.")
    source: ConcernSource = Field(description="Who raised the concern.")
    raised_at: datetime = Field(description="When the concern was recorded (UTC).")
    observed_on: date | None = Field(description="The day the behaviour was seen, if known.")
    description: str = Field(description="What was seen or heard, as it was written.")
    reported_by_name: str | None = Field(
        description="The name of the person who reported it, if given."
    )

    @classmethod
    def of(cls, concern: Concern) -> OwnConcernView:
        return cls(
            reference=concern.reference,
            source=concern.source,
            raised_at=concern.raised_at,
            observed_on=concern.observed_on,
            description=concern.description,
            reported_by_name=concern.reported_by_name,
        )


class ConcernView(View):
    """A concern on its case, as those who read cases see it."""

    id: int = Field(
        description="The concern's number; `concern:<id>` names it as an item of a disclosure."
    )
    reference: str = Field(description="The concern's own reference, e.g. C-2026-0007.")
    case_reference: str = Field(description="The reference of the case the concern belongs to.")
    case_status: str = Field(description="Whether that case is open or closed.")
    source: ConcernSource = Field(
        description="Who raised the concern: staff, an associate tutor, a student (through the "
        "Student Support Team) or a social media report."
    )
    raised_at: datetime = Field(description="When the concern was recorded (UTC).")
    observed_on: date | None = Field(description="The day the behaviour was seen, if known.")
    description: str = Field(
        description="What was seen or heard, in the words of whoever raised it."
    )
    reported_by_name: str | None = Field(
        description="The name of the person who reported it, if given."
    )
    corrected_by: list[str] = Field(
        default_factory=list,
        description="The corrections of this record (COR-...), oldest first; the record itself "
        "is kept as it was.",
    )

    @classmethod
    def of(cls, concern: Concern) -> ConcernView:
        return cls(
            id=concern.id,
            reference=concern.reference,
            case_reference=concern.case.reference,
            case_status=concern.case.status.value,
            source=concern.source,
            raised_at=concern.raised_at,
            observed_on=concern.observed_on,
            description=concern.description,
            reported_by_name=concern.reported_by_name,
        )


class EventView(View):
    sequence: int = Field(description="The event's place in the case's chronology (1, 2, ...).")
    occurred_at: datetime = Field(description="When it happened (UTC).")
    kind: str = Field(
        description="What kind of event: case_opened, concern_raised, note, decision, "
        "disclosure_released ...",
    )
    summary: str = Field(description="What happened, in words.")
    actor: str = Field(description="The name of the person who did it.")
    corrected_by: list[str] = Field(
        default_factory=list,
        description="The corrections of this record (COR-...), oldest first; the record itself "
        "is kept as it was.",
    )


class DecisionView(View):
    id: int = Field(description="The decision's identifier in the database (unique across cases).")
    number: int = Field(
        description="The decision's number within its case: 1 for the first, 2 for the next."
    )
    decided_at: datetime = Field(description="When the decision was recorded (UTC).")
    decided_by: str = Field(description="The name of the Prevent Lead who recorded it.")
    smt_members: list[str] = Field(
        description="The names of the Senior Management Team members who considered the case."
    )
    seriousness: Seriousness = Field(description="How serious the concern was judged to be.")
    outcome: Outcome = Field(description="One of the three outcomes of policy 9.2.")
    grounds: list[str] = Field(description="For a referral: the policy 9.2 grounds it rests on.")
    rationale: str = Field(description="Why this outcome was chosen.")
    freedom_of_speech_consideration: str = Field(
        description="How freedom of speech and academic freedom were weighed (policy 2.2-2.4)."
    )
    actions: str | None = Field(description="For internal action: what will be done, and by whom.")
    review_date: date | None = Field(
        description="For internal action: when the case is to be reviewed."
    )
    smt_confirmed_by: list[str] = Field(
        default_factory=list,
        description="The names of the SMT members named in the decision who have confirmed it "
        "themselves, signed in as themselves.",
    )
    awaiting_smt_confirmation: list[str] = Field(
        default_factory=list,
        description="The names of the SMT members named in the decision who have not confirmed "
        "it yet.",
    )

    @classmethod
    def of(cls, d: Decision, names: dict[int, str]) -> DecisionView:
        confirmed = confirmed_member_ids(d)
        return cls(
            id=d.id,
            number=d.number,
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
            smt_confirmed_by=[
                names.get(i, f"user {i}") for i in d.smt_member_ids if i in confirmed
            ],
            awaiting_smt_confirmation=[names.get(i, f"user {i}") for i in awaiting_member_ids(d)],
        )


def confirmed_member_ids(d: Decision) -> set[int]:
    """The named SMT members (their named accounts) who have confirmed the decision."""
    return {int(c["user_id"]) for c in d.smt_confirmations or []}


def awaiting_member_ids(d: Decision) -> list[int]:
    """The named SMT members who have yet to confirm the decision. A decision recorded before
    confirmations were kept (none recorded, not an empty list) waits for no one."""
    if d.smt_confirmations is None:
        return []
    confirmed = confirmed_member_ids(d)
    return [i for i in d.smt_member_ids if i not in confirmed]


class PersonView(View):
    id: int = Field(description="The person's record number (unique across cases).")
    name: str = Field(description="The person's name, as it appears in the case's texts.")
    role: PersonRole = Field(
        description="How the person is connected to the case; everyone but the student is redacted "
        "from what is shared.",
    )

    @classmethod
    def of(cls, p: CasePerson) -> PersonView:
        return cls(id=p.id, name=p.name, role=p.role)


class EvidenceView(View):
    id: int = Field(
        description="The evidence's number; `evidence:<id>` names it as an item of a disclosure."
    )
    description: str = Field(description="What the evidence is.")
    provenance: str = Field(description="Where it came from and how it was obtained.")
    filename: str | None = Field(description="The name of the file it came in, if any.")
    sha256: str = Field(description="SHA-256 of the file's content (hex), to show it is unchanged.")
    added_at: datetime = Field(description="When it was added to the case (UTC).")
    corrected_by: list[str] = Field(
        default_factory=list,
        description="The corrections of this record (COR-...), oldest first; the record itself "
        "is kept as it was.",
    )

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
    reference: str = Field(description="The case reference, e.g. PRV-2026-0001.")
    status: str = Field(description="Whether the case is open or closed.")
    subject_name: str = Field(description="The name of the student the case is about.")
    opened_at: datetime = Field(description="When the case was opened (UTC).")
    latest_outcome: Outcome | None = Field(
        description="The outcome of the latest decision; none before the first."
    )
    review_date: date | None = Field(
        description="The latest decision's review date, if it set one."
    )

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

    subject_student_id: str = Field(description="The student's identifier at the provider.")
    subject_date_of_birth: date | None = Field(
        description="The student's date of birth, if recorded."
    )
    subject_address: str | None = Field(description="The student's address, if recorded.")
    concerns: list[ConcernView] = Field(
        description="Every concern raised about the student, oldest first."
    )
    chronology: list[EventView] = Field(
        description="Everything that happened in the case, in order."
    )
    decisions: list[DecisionView] = Field(
        description="The decisions taken with the SMT, oldest first."
    )
    people: list[PersonView] = Field(
        description="The other people named in the case (redacted from anything shared)."
    )
    evidence: list[EvidenceView] = Field(description="The evidence recorded, with its hashes.")


class ReviewDueView(View):
    case_reference: str = Field(description="The reference of the case to review.")
    subject_name: str = Field(description="The name of the student the case is about.")
    review_date: date | None = Field(description="The review date the latest decision set.")
    actions: str | None = Field(description="The internal actions that decision set.")


class DisclosureLine(View):
    """A disclosure as listed on a case or the dashboard (its full view is the disclosures')."""

    reference: str = Field(description="The disclosure request's reference.")
    case_reference: str = Field(description="The case it is made from.")
    recipient_name: str = Field(description="Who would receive it.")
    status: str = Field(description="draft, submitted, approved, refused, released or withdrawn.")
    submitted_at: datetime | None = Field(
        description="When it was submitted to the DPO (UTC), if it was."
    )
    emergency: bool = Field(description="Whether it was released on the emergency path.")
    retrospective_review_due: datetime | None = Field(
        description="For an emergency release: when the DPO's review falls due (UTC)."
    )


class SmtMemberView(View):
    username: str = Field(description="The SMT member's account name.")
    display_name: str = Field(description="The SMT member's name.")


class FoundPersonView(View):
    """Someone the redaction engine finds in the case's texts who is not recorded in the case."""

    name: str = Field(description="The name as the texts write it.")
    mentions: int = Field(description="How many times the texts mention them.")
    found_in: list[str] = Field(
        description='Where they are mentioned, e.g. "concern 3", "chronology 5", "evidence 2".'
    )
    confidence: Literal["high", "low"] = Field(
        description="How sure the engine is that this is a person (low: check it)."
    )
    reason: str = Field(description="Why the engine took it for a person, in words.")


class PeopleFoundView(View):
    """The people found in a case's texts and not recorded in it, each to be recorded (or not)
    by the Prevent Lead. ``unavailable`` says why no one could be looked for."""

    case_reference: str = Field(description="The case.")
    people: list[FoundPersonView] = Field(description="The people found and not recorded.")
    unavailable: str | None = Field(
        default=None, description="Why no one could be looked for (e.g. no language model)."
    )


class CasePageView(View):
    """The case page: the case, the disclosures made from it where the reader may see them, and
    the people its texts name who are not recorded in it."""

    case: CaseView = Field(description="The case.")
    disclosures: list[DisclosureLine] = Field(
        description="The disclosures made from the case that the reader may see."
    )
    people_found: PeopleFoundView = Field(
        description="People the case's texts name who are not recorded as people in it."
    )
    to_confirm: list[int] = Field(
        default_factory=list,
        description="The numbers of the case's decisions that name the reader as an SMT member "
        "and that they have not confirmed yet.",
    )


class NewConcernLine(View):
    """A concern raised since its case was last decided (or on a case not decided yet)."""

    reference: str = Field(description="The concern's own reference.")
    case_reference: str = Field(description="The case it is on.")
    subject_name: str = Field(description="The name of the student it is about.")
    source: ConcernSource = Field(description="Who raised it, as a code.")
    raised_at: datetime = Field(description="When it was recorded (UTC).")
    case_decided: bool = Field(
        description="Whether the case already had a decision when the concern came in (the "
        "decision may need to be reviewed)."
    )


class CaseToDecideLine(View):
    """An open case waiting for a decision: never decided, or with concerns since its decision."""

    case_reference: str = Field(description="The case.")
    subject_name: str = Field(description="The name of the student it is about.")
    opened_at: datetime = Field(description="When the case was opened (UTC).")
    new_concerns: int = Field(description="Concerns raised since the latest decision (or ever).")
    latest_outcome: Outcome | None = Field(
        description="The outcome of the latest decision, if there is one."
    )


class UnconfirmedDecisionLine(View):
    """A decision some named SMT members have not confirmed yet."""

    case_reference: str = Field(description="The case.")
    number: int = Field(description="The decision's number within its case.")
    outcome: Outcome = Field(description="The outcome decided.")
    awaiting: list[str] = Field(description="The names of the SMT members yet to confirm it.")


class CaseQueueView(View):
    """What needs the Prevent Lead on the cases: new concerns, cases to decide, decisions the SMT
    have not confirmed."""

    new_concerns: list[NewConcernLine] = Field(description="Concerns not yet decided on.")
    to_decide: list[CaseToDecideLine] = Field(description="Open cases waiting for a decision.")
    unconfirmed: list[UnconfirmedDecisionLine] = Field(
        description="Decisions of open cases waiting for SMT members' confirmation."
    )


class DecisionToConfirmView(View):
    """A decision waiting for the reader's confirmation as an SMT member."""

    case_reference: str = Field(description="The case decided.")
    subject_name: str = Field(description="The name of the student the case is about.")
    number: int = Field(description="The decision's number within its case.")
    outcome: Outcome = Field(description="The outcome decided.")
    decided_by: str = Field(description="The name of the Prevent Lead who recorded it.")
    decided_at: datetime = Field(description="When it was recorded (UTC).")


class DecideFormView(View):
    """What the decision form offers: the case and the active SMT members to name."""

    case: CaseView = Field(description="The case to decide on.")
    smt: list[SmtMemberView] = Field(description="The active SMT members who may be named.")


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
    from gateway.corrections.service import corrections_of

    marks = corrections_of(session, case.id)

    def marked(view: Any, target: str) -> Any:
        return view.model_copy(update={"corrected_by": marks[target]}) if target in marks else view

    return CaseView(
        **CaseSummaryView.of(case).model_dump(),
        subject_student_id=case.subject_student_id,
        subject_date_of_birth=case.subject_date_of_birth,
        subject_address=case.subject_address,
        concerns=[marked(ConcernView.of(c), f"concern:{c.id}") for c in case.concerns],
        chronology=[
            EventView(
                sequence=e.sequence,
                occurred_at=e.occurred_at,
                kind=e.kind,
                summary=e.summary,
                actor=names.get(e.actor_id, f"user {e.actor_id}"),
                corrected_by=marks.get(f"event:{e.sequence}", []),
            )
            for e in case.events
        ],
        decisions=[DecisionView.of(d, names) for d in case.decisions],
        people=[PersonView.of(p) for p in case.people],
        evidence=[marked(EvidenceView.of(e), f"evidence:{e.id}") for e in case.evidence],
    )


def decision_view(session: Session, d: Decision) -> DecisionView:
    return DecisionView.of(d, user_names(session, [d.decided_by_id, *d.smt_member_ids]))
