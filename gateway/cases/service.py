"""Concerns, cases, chronology, evidence and decisions."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.actor import Actor
from gateway.cases import evidence_store, intake
from gateway.cases.domain import (
    CaseStatus,
    ConcernSource,
    DecisionInput,
    Outcome,
    PersonRole,
    validate_decision,
)
from gateway.cases.domain import SubjectDetails as SubjectDetails  # also found here by callers
from gateway.cases.models import (
    Case,
    CasePerson,
    ChronologyEvent,
    Concern,
    Decision,
    EvidenceItem,
)
from gateway.encryption.secrets import student_matches
from gateway.errors import InvalidInput, NotFound, NotPermitted
from gateway.references import next_reference
from gateway.timeutil import long_date, utcnow
from gateway.users.domain import Action, Role
from gateway.users.service import get_user, same_person


def append_event(
    session: Session,
    case: Case,
    actor: Actor,
    kind: str,
    summary: str,
    *,
    now: datetime | None = None,
    occurred_at: datetime | None = None,
) -> None:
    """The chronology only grows: there is no way to edit or remove an event. ``occurred_at``:
    when what it records happened, if earlier than when it is recorded."""
    at = now or utcnow()
    last = session.scalar(
        select(func.max(ChronologyEvent.sequence)).where(ChronologyEvent.case_id == case.id)
    )
    session.add(
        ChronologyEvent(
            case_id=case.id,
            sequence=(last or 0) + 1,
            actor_id=actor.user.id,
            kind=kind,
            summary=summary,
            occurred_at=occurred_at or at,
            recorded_at=at,
        )
    )


def raise_concern(
    session: Session,
    actor: Actor,
    *,
    subject: SubjectDetails,
    source: ConcernSource,
    description: str,
    observed_on: date | None = None,
    reported_by_name: str | None = None,
    now: datetime | None = None,
) -> Concern:
    """Record a concern (policy 7.1-7.5); it opens a case for the student or joins the open one.

    ``now`` comes from the use case's clock (callers outside a use case get the system's)."""
    actor.require(Action.CONCERN_RAISE)
    now = now or utcnow()
    if not description.strip():
        raise InvalidInput(
            "Describe the concern: what was seen or said, where and when.",
        )
    if not subject.student_id.strip() or not subject.name.strip():
        raise InvalidInput("A concern needs the student's id and name.")
    if observed_on is not None and observed_on > now.date():
        raise InvalidInput(f"The date observed ({observed_on.isoformat()}) is in the future.")
    case = session.scalar(
        select(Case).where(
            student_matches(
                session, Case.subject_student_id, Case.subject_student_index, subject.student_id
            ),
            Case.status == CaseStatus.OPEN,
        )
    )
    if case is None:
        case = Case(
            reference=next_reference(session, "PRV"),
            subject_student_id=subject.student_id.strip(),
            subject_name=subject.name.strip(),
            subject_date_of_birth=subject.date_of_birth,
            subject_address=subject.address,
            opened_by_id=actor.user.id,
            opened_at=now,
        )
        session.add(case)
        session.flush()
        append_event(session, case, actor, "case_opened", "Case opened from a concern.", now=now)
        _alert_without_dpia(session, case.reference, now)
    concern = Concern(
        reference=next_reference(session, "C", now.year),
        case_id=case.id,
        source=source,
        raised_by_id=actor.user.id,
        reported_by_name=reported_by_name,
        observed_on=observed_on,
        description=description.strip(),
        raised_at=now,
    )
    session.add(concern)
    session.flush()
    append_event(
        session,
        case,
        actor,
        "concern_raised",
        f"Concern {concern.reference} raised ({source.value.replace('_', ' ')}).",
        now=now,
    )
    if reported_by_name:
        add_person(session, case, reported_by_name, PersonRole.REFERRER)
    return concern


def _alert_without_dpia(session: Session, reference: str, now: datetime) -> None:
    """A case is opened: the DPO is alerted if recording concerns has no approved, in-date DPIA
    (the concern is recorded all the same)."""
    import dpia
    from gateway.dpias.service import alert_unless_in_force

    alert_unless_in_force(session, dpia.PREVENT_CONCERN_RECORDING, reference, now)


def add_person(session: Session, case: Case, name: str, role: PersonRole) -> CasePerson:
    name = " ".join(name.split())
    for existing in case.people:
        if existing.name == name and existing.role == role:
            return existing
    person = CasePerson(case_id=case.id, name=name, role=role)
    session.add(person)
    case.people.append(person)
    session.flush()
    return person


def record_person(
    session: Session,
    actor: Actor,
    reference: str,
    name: str,
    role: PersonRole,
    *,
    now: datetime | None = None,
) -> CasePerson:
    actor.require(Action.CASE_MANAGE)
    case = load_case(session, reference)
    if not name.strip():
        raise InvalidInput("A person needs a name.")
    person = add_person(session, case, name, role)
    append_event(
        session,
        case,
        actor,
        "person_recorded",
        f"Person recorded ({role.value.replace('_', ' ')}).",
        now=now,
    )
    return person


def load_case(session: Session, reference: str) -> Case:
    """The case by its reference (the caller records the read where it shows case data)."""
    case = session.scalar(select(Case).where(Case.reference == reference))
    if case is None:
        raise NotFound(
            f"No case {reference}.", hint="Check the reference against the list of cases."
        )
    return case


def get_case(session: Session, actor: Actor, reference: str) -> Case:
    """Read a case; the read itself is recorded in the access log."""
    actor.require(Action.CASE_READ)
    case = load_case(session, reference)
    record_access(session, actor, action="case.read", object_type="case", object_ref=reference)
    return case


def list_cases(session: Session, actor: Actor) -> list[Case]:
    actor.require(Action.CASE_READ)
    cases = list(session.scalars(select(Case).order_by(Case.id)))
    record_access(session, actor, action="case.list", object_type="case", object_ref="*")
    return cases


def list_own_concerns(session: Session, actor: Actor) -> list[Concern]:
    actor.require(Action.CONCERN_READ_OWN)
    return list(
        session.scalars(
            select(Concern).where(Concern.raised_by_id == actor.user.id).order_by(Concern.id)
        )
    )


def evidence_bytes(session: Session, case_id: int) -> int:
    """The size of the evidence files a case holds, from the stored ciphertexts' lengths (the
    files are not decrypted to count them)."""
    return evidence_store.case_bytes(session, case_id)


def add_evidence(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    description: str,
    provenance: str,
    content: BinaryIO | bytes,
    rules: intake.IntakeRules,
    filename: str | None = None,
    now: datetime | None = None,
) -> EvidenceItem:
    """Record an evidence item and store its file while the file is read and checked
    (:func:`gateway.cases.intake.receive`): a chunk is sealed and written as soon as it has
    passed the checks that can be made a chunk at a time, and the checks of the whole file's
    structure then read back what was stored. A refusal at any point raises, and the caller's
    transaction takes back everything written."""
    now = now or utcnow()
    actor.require(Action.CASE_MANAGE)
    case = load_case(session, reference)
    if not provenance.strip():
        raise InvalidInput(
            "Evidence needs its provenance: where it came from, who captured it and when."
        )
    already = evidence_bytes(session, case.id)
    item = EvidenceItem(
        case_id=case.id,
        description=description.strip(),
        provenance=provenance.strip(),
        filename=filename,
        sha256="",  # known once the file has been read: set below, in the same transaction
        added_by_id=actor.user.id,
        added_at=now,
    )
    session.add(item)
    session.flush()  # the chunks refer to the row and bind its row_uid
    writer = evidence_store.ChunkWriter(session, item)
    received = intake.receive(content, rules, writer, case_bytes=already)
    writer.close()
    item.sha256 = received.sha256
    intake.inspect_received(received, lambda: evidence_store.open_file(session, item), rules)
    session.flush()
    append_event(
        session,
        case,
        actor,
        "evidence_added",
        f"Evidence {item.id} added (sha256 {item.sha256}).",
        now=now,
    )
    return item


def add_note(
    session: Session,
    actor: Actor,
    reference: str,
    summary: str,
    *,
    now: datetime | None = None,
    coordinator_discussion: bool = False,
) -> int:
    """Append a note; ``coordinator_discussion``: it records a discussion with the Regional
    Prevent Coordinator (what a Channel referral must point to). Returns its entry number."""
    actor.require(Action.CASE_MANAGE)
    if not summary.strip():
        raise InvalidInput("A chronology note cannot be empty.")
    case = load_case(session, reference)
    kind = COORDINATOR_DISCUSSION_NOTE if coordinator_discussion else "note"
    append_event(session, case, actor, kind, summary.strip(), now=now)
    session.flush()
    return int(
        session.scalar(
            select(func.max(ChronologyEvent.sequence)).where(ChronologyEvent.case_id == case.id)
        )
        or 0
    )


#: The chronology event of a discussion with the Regional Prevent Coordinator (policy 8.2):
#: advice sought from an external Prevent partner, counted in the OfS return.
RPC_DISCUSSION = "rpc_discussion"
#: A note recording what was discussed with the Regional Prevent Coordinator (free text).
COORDINATOR_DISCUSSION_NOTE = "rpc_discussion_note"
#: The chronology entries that record a discussion with the coordinator.
COORDINATOR_DISCUSSION_KINDS = frozenset({RPC_DISCUSSION, COORDINATOR_DISCUSSION_NOTE})


def coordinator_discussion(case: Case, reference: str | None) -> ChronologyEvent | None:
    """The chronology entry ``reference`` (``event:SEQ``) of ``case``, if it records a
    discussion with the Regional Prevent Coordinator."""
    text = (reference or "").strip().lower().removeprefix("event:")
    if not text.isdigit():
        return None
    return next(
        (
            e
            for e in case.events
            if e.sequence == int(text) and e.kind in COORDINATOR_DISCUSSION_KINDS
        ),
        None,
    )


def record_rpc_discussion(
    session: Session, actor: Actor, reference: str, *, on: date, now: datetime
) -> Case:
    """Record that the case was discussed with the Regional Prevent Coordinator on ``on`` (by
    phone, at a meeting): advice sought from an external Prevent partner (policy 8.2). What was
    said goes in a note; this records the fact and its day, in words the gateway writes."""
    actor.require(Action.CASE_MANAGE)
    if on > now.date():
        raise InvalidInput(f"The discussion's date ({on.isoformat()}) is in the future.")
    case = load_case(session, reference)
    if on < case.opened_at.date():
        raise InvalidInput(
            f"The discussion's date ({on.isoformat()}) is before the case was opened "
            f"({case.opened_at.date().isoformat()}).",
            hint="Record it on the case it was about.",
        )
    append_event(
        session,
        case,
        actor,
        RPC_DISCUSSION,
        f"Advice sought from the Regional Prevent Coordinator: discussion on {long_date(on)}.",
        now=now,
        occurred_at=datetime.combine(on, time(12), tzinfo=UTC),
    )
    return case


def decide(
    session: Session,
    actor: Actor,
    reference: str,
    decision: DecisionInput,
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> Decision:
    """The Prevent Lead's decision with the SMT (policy 9)."""
    actor.require(Action.CASE_DECIDE)
    case = load_case(session, reference)
    now = now or utcnow()
    validate_decision(decision, today or now.date())
    smt_ids: list[int] = []
    for username in decision.smt_usernames:
        member = get_user(session, username)
        if member.role is not Role.SMT_MEMBER or not member.active:
            raise NotPermitted(
                f"{username} is not an active Senior Management Team member.",
                hint="Name the SMT members who considered the case.",
            )
        # The SMT members are other people than the one deciding, each counted once, whichever
        # of their accounts is named.
        if same_person(session, member.id, actor.user.id):
            raise NotPermitted(
                f"{username} is an account of yours: the case is decided with Senior Management "
                "Team members other than you.",
                hint="Name the SMT members who considered the case with you.",
            )
        if any(same_person(session, member.id, named) for named in smt_ids):
            raise InvalidInput(
                f"{username} belongs to an SMT member already named: name each person once.",
            )
        smt_ids.append(member.id)
    previous = latest_decision(case)
    row = Decision(
        case_id=case.id,
        decided_by_id=actor.user.id,
        smt_member_ids=smt_ids,
        seriousness=decision.seriousness,
        outcome=decision.outcome,
        grounds=[g.value for g in decision.grounds],
        rationale=decision.rationale.strip(),
        freedom_of_speech_consideration=decision.freedom_of_speech_consideration.strip(),
        actions=decision.actions,
        review_date=decision.review_date,
        reviews_decision_id=previous.id if previous else None,
        decided_at=now,
    )
    session.add(row)
    case.decisions.append(row)
    session.flush()
    append_event(
        session,
        case,
        actor,
        "decision",
        f"Decision {row.number}: {decision.outcome.value.replace('_', ' ')} "
        f"({decision.seriousness.value.replace('_', ' ')}).",
        now=now,
    )
    return row


def decision_numbered(case: Case, number: int) -> Decision:
    decisions = sorted(case.decisions, key=lambda d: d.id)
    if not 1 <= number <= len(decisions):
        raise NotFound(
            f"Case {case.reference} has no decision {number}.",
            hint="The case page lists its decisions by number.",
        )
    return decisions[number - 1]


def named_member_id(session: Session, decision: Decision, actor: Actor) -> int | None:
    """The account named in the decision that belongs to the actor (any of their accounts)."""
    for member_id in decision.smt_member_ids:
        if same_person(session, member_id, actor.user.id):
            return member_id
    return None


def confirm_decision(
    session: Session, actor: Actor, reference: str, number: int, *, now: datetime | None = None
) -> Decision:
    """An SMT member named in a decision confirms it themselves (policy 9.1: the SMT and the
    Prevent Lead reach the decision together); the chronology records it."""
    from gateway.cases.views import confirmed_member_ids

    actor.require(Action.CASE_DECIDE_AS_SMT)
    case = load_case(session, reference)
    decision = decision_numbered(case, number)
    member_id = named_member_id(session, decision, actor)
    if member_id is None:
        raise NotPermitted(
            f"You are not named in decision {number} of case {reference}: only the Senior "
            "Management Team members who considered the case confirm it.",
            hint="If you took part, ask the Prevent Lead to record the decision again naming you.",
        )
    if member_id in confirmed_member_ids(decision):
        raise InvalidInput(
            f"You have already confirmed decision {number} of case {reference}.",
            hint="Nothing more is needed from you on it.",
        )
    now = now or utcnow()
    decision.smt_confirmations = [
        *(decision.smt_confirmations or []),
        {"user_id": member_id, "at": now.isoformat()},
    ]
    append_event(
        session,
        case,
        actor,
        "decision_confirmed",
        f"Decision {number} confirmed for the Senior Management Team.",
        now=now,
    )
    return decision


def decisions_to_confirm(session: Session, actor: Actor) -> list[tuple[Case, Decision]]:
    """The open cases' decisions that name the actor and that they have not confirmed."""
    from gateway.cases.views import awaiting_member_ids

    actor.require(Action.CASE_DECIDE_AS_SMT)
    waiting: list[tuple[Case, Decision]] = []
    for case in session.scalars(
        select(Case).where(Case.status == CaseStatus.OPEN).order_by(Case.id)
    ):
        for decision in case.decisions:
            member_id = named_member_id(session, decision, actor)
            if member_id is not None and member_id in awaiting_member_ids(decision):
                waiting.append((case, decision))
    return waiting


def latest_decision(case: Case) -> Decision | None:
    return max(case.decisions, key=lambda d: d.id) if case.decisions else None


def reviews_due(session: Session, actor: Actor, today: date) -> list[tuple[Case, Decision]]:
    """Internal-action cases whose latest decision's review date has come (policy 9.2)."""
    actor.require(Action.CASE_READ)
    due: list[tuple[Case, Decision]] = []
    for case in session.scalars(select(Case).where(Case.status == CaseStatus.OPEN)):
        last = latest_decision(case)
        if (
            last is not None
            and last.outcome is Outcome.INTERNAL_ACTION
            and last.review_date is not None
            and last.review_date <= today
        ):
            due.append((case, last))
    return due


def close_case(
    session: Session, actor: Actor, reference: str, *, now: datetime | None = None
) -> Case:
    actor.require(Action.CASE_MANAGE)
    case = load_case(session, reference)
    if latest_decision(case) is None:
        raise InvalidInput("A case is closed only after a decision has been recorded.")
    case.status = CaseStatus.CLOSED
    case.closed_at = now = now or utcnow()
    append_event(session, case, actor, "case_closed", "Case closed.", now=now)
    return case
