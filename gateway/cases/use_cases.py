"""What people do with concerns and cases (policy 7-9), one function per action.

Each takes the session, the acting person, the clock and the settings first, checks the
permission, the state and records what must be recorded (the chronology, the access log) in the
same transaction, and returns a view the command line, the API and the pages all show.
"""

from __future__ import annotations

import base64
import binascii
from datetime import date
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.cases import intake, service
from gateway.cases.domain import (
    CaseStatus,
    ConcernSource,
    DecisionInput,
    PersonRole,
    SubjectDetails,
)
from gateway.cases.models import Case, Concern
from gateway.cases.people_found import PeopleSearchUnavailable, find_unrecorded_people
from gateway.cases.views import (
    CasePageView,
    CaseQueueView,
    CaseSummaryView,
    CaseToDecideLine,
    CaseView,
    ConcernReceipt,
    DecideFormView,
    DecisionToConfirmView,
    DecisionView,
    DisclosureLine,
    EvidenceView,
    NewConcernLine,
    OwnConcernView,
    PeopleFoundView,
    PersonView,
    ReviewDueView,
    SmtMemberView,
    UnconfirmedDecisionLine,
    awaiting_member_ids,
    case_view,
    decision_view,
    user_names,
)
from gateway.errors import InvalidInput
from gateway.recipients.models import Recipient
from gateway.users.domain import Action, Role, is_allowed
from gateway.users.models import User

if TYPE_CHECKING:
    from gateway.actor import Actor
    from gateway.clock import Clock
    from gateway.config import Settings
    from gateway.disclosures.models import DisclosureRequest


def concern_form(
    session: Session, actor: Actor, clock: Clock, settings: Settings
) -> list[ConcernSource]:
    """The form to raise a concern: who may have raised it."""
    actor.require(Action.CONCERN_RAISE)
    return list(ConcernSource)


def raise_concern(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    subject: SubjectDetails,
    source: ConcernSource,
    description: str,
    *,
    observed_on: date | None = None,
    reported_by_name: str | None = None,
) -> ConcernReceipt:
    """A member of staff records a concern (policy 7.1-7.5): it opens a case for the student or
    joins their open one, and the chronology records it. The answer is the concern's own
    reference; whether the student had a case is told only to those who may read cases."""
    concern = service.raise_concern(
        session,
        actor,
        subject=subject,
        source=source,
        description=description,
        observed_on=observed_on,
        reported_by_name=reported_by_name,
        now=clock.now(),
    )
    return ConcernReceipt.of(concern, show_case=is_allowed(actor.role, Action.CASE_READ))


def my_concerns(
    session: Session, actor: Actor, clock: Clock, settings: Settings
) -> list[OwnConcernView]:
    """The concerns this person raised (support staff and tutors see only these, never the
    case they are on)."""
    return [OwnConcernView.of(c) for c in service.list_own_concerns(session, actor)]


def list_cases(
    session: Session, actor: Actor, clock: Clock, settings: Settings
) -> list[CaseSummaryView]:
    """Every case (Prevent Lead, SMT); the listing is recorded in the access log."""
    return [CaseSummaryView.of(c) for c in service.list_cases(session, actor)]


def read_case(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> CaseView:
    """The case with its concerns, chronology, decisions, people and evidence; the read is
    recorded in the access log."""
    return case_view(session, service.get_case(session, actor, reference))


def _people_found(case: Case, settings: Settings) -> PeopleFoundView:
    """Who the case's texts name without their being recorded in it (see people_found)."""
    from redaction import RedactionError

    try:
        found = find_unrecorded_people(case, settings.nlp_model)
    except RedactionError as exc:
        return PeopleFoundView(case_reference=case.reference, people=[], unavailable=str(exc))
    return PeopleFoundView(case_reference=case.reference, people=found)


def people_found(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> PeopleFoundView:
    """The people the redaction engine finds in the case's texts (concerns, chronology notes,
    evidence descriptions) who are not recorded as people in the case, for the Prevent Lead
    to record; the read is recorded in the access log."""
    actor.require(Action.CASE_READ)
    case = service.load_case(session, reference)
    record_access(
        session, actor, action="case.people_found", object_type="case", object_ref=reference
    )
    view = _people_found(case, settings)
    if view.unavailable is not None:
        raise PeopleSearchUnavailable(
            f"The case's texts could not be searched for people: {view.unavailable}",
            hint="An administrator can install the language model the gateway is set to use.",
        )
    return view


def case_page(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> CasePageView:
    """The case as read above, with the disclosures made from it for those who may see them
    and the people its texts name who are not recorded in it (if the engine cannot run, the
    page says why instead)."""
    case = service.get_case(session, actor, reference)
    lines: list[DisclosureLine] = []
    if is_allowed(actor.role, Action.DISCLOSURE_READ):
        from gateway.disclosures.models import DisclosureRequest

        rows = session.scalars(
            select(DisclosureRequest)
            .where(DisclosureRequest.case_id == case.id)
            .order_by(DisclosureRequest.id)
        )
        lines = [disclosure_line(session, r) for r in rows]
    to_confirm: list[int] = []
    if is_allowed(actor.role, Action.CASE_DECIDE_AS_SMT):
        to_confirm = [
            d.number
            for d in case.decisions
            if (member := service.named_member_id(session, d, actor)) is not None
            and member in awaiting_member_ids(d)
        ]
    return CasePageView(
        case=case_view(session, case),
        disclosures=lines,
        people_found=_people_found(case, settings),
        to_confirm=to_confirm,
    )


def disclosure_line(session: Session, request: DisclosureRequest) -> DisclosureLine:
    """One disclosure request as a line of a list (case page, start page)."""
    recipient = session.get(Recipient, request.recipient_id)
    case = session.get(Case, request.case_id)
    assert recipient is not None and case is not None
    return DisclosureLine(
        reference=request.reference,
        case_reference=case.reference,
        recipient_name=f"{recipient.name}, {recipient.organisation}",
        status=request.status.value,
        submitted_at=request.submitted_at,
        emergency=request.emergency,
        retrospective_review_due=request.retrospective_review_due,
    )


def decide_form(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> DecideFormView:
    """The decision form: the case (the read is recorded) and the SMT members who can be named."""
    actor.require(Action.CASE_DECIDE)
    case = service.get_case(session, actor, reference)
    members = session.scalars(
        select(User)
        .where(User.role == Role.SMT_MEMBER, User.active.is_(True))
        .order_by(User.display_name)
    )
    return DecideFormView(
        case=case_view(session, case),
        smt=[SmtMemberView(username=m.username, display_name=m.display_name) for m in members],
    )


def decide(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    decision: DecisionInput,
) -> DecisionView:
    """The Prevent Lead records the decision reached with the Senior Management Team (policy 9):
    its rationale, how freedom of speech was considered, and the outcome's conditions."""
    row = service.decide(session, actor, reference, decision, now=clock.now())
    return decision_view(session, row)


def add_note(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    summary: str,
    coordinator_discussion: bool = False,
) -> int:
    """A note added to the chronology (which is only ever added to); ``coordinator_discussion``
    marks it as the record of a discussion with the Regional Prevent Coordinator. Returns the
    note's chronology entry number."""
    return service.add_note(
        session,
        actor,
        reference,
        summary,
        now=clock.now(),
        coordinator_discussion=coordinator_discussion,
    )


def record_rpc_discussion(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    on: date | None = None,
) -> None:
    """The case was discussed with the Regional Prevent Coordinator on ``on`` (default today):
    advice sought from an external Prevent partner (policy 8.2), counted in the OfS return; the
    chronology records it."""
    service.record_rpc_discussion(
        session, actor, reference, on=on or clock.today(), now=clock.now()
    )


def record_person(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    name: str,
    role: PersonRole | None,
) -> PersonView:
    """Someone named in the case: their names are redacted from anything shared. ``role`` None
    is a role that was not one of the choices."""
    actor.require(Action.CASE_MANAGE)
    if role is None:
        raise InvalidInput(
            "Choose the person's role in the case.",
            hint="One of: " + ", ".join(r.value.replace("_", " ") for r in PersonRole) + ".",
        )
    person = service.record_person(session, actor, reference, name, role, now=clock.now())
    return PersonView.of(person)


def add_evidence(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    description: str,
    provenance: str,
    content: bytes | BinaryIO,
    filename: str | None = None,
) -> EvidenceView:
    """An evidence item with its provenance; its SHA-256 goes into the chronology.

    The file is read a chunk at a time up to the per-file limit, each chunk sealed and stored
    as it passes; its type is read from its content and checked against the installation's
    rules (:mod:`gateway.cases.intake`), and a refused file leaves nothing (the transaction
    rolls back): every door gives the same answer."""
    actor.require(Action.CASE_MANAGE)
    item = service.add_evidence(
        session,
        actor,
        reference,
        description=description,
        provenance=provenance,
        content=content,
        rules=settings.evidence_rules,
        filename=filename,
        now=clock.now(),
    )
    return EvidenceView.of(item)


def add_evidence_base64(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    description: str,
    provenance: str,
    content_base64: str | bytes | bytearray,
    filename: str | None = None,
) -> EvidenceView:
    """As :func:`add_evidence`, the content sent as base64 (the API): refused before decoding
    for those who may not add evidence, and before decoding a file over the per-file limit."""
    actor.require(Action.CASE_MANAGE)
    rules = settings.evidence_rules
    tail = content_base64[-2:]
    padded = tail.count("=") if isinstance(tail, str) else tail.count(b"=")
    decoded_size = len(content_base64) * 3 // 4 - padded
    if decoded_size > rules.max_file_bytes:
        raise intake.too_large(intake.megabytes(decoded_size), rules)
    return add_evidence(
        session,
        actor,
        clock,
        settings,
        reference,
        description=description,
        provenance=provenance,
        content=cast(BinaryIO, _Base64Stream(content_base64)),
        filename=filename,
    )


class _Base64Stream:
    """The file of a base64 text, decoded as it is read: the intake reads it a chunk at a
    time, so the decoded file is never held whole beside its text."""

    def __init__(self, text: str | bytes | bytearray) -> None:
        self.text = text
        self.padding: Any = "=" if isinstance(text, str) else b"="
        self.at = 0
        self.left = b""  # decoded past what the last read asked for

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            size = len(self.text)
        if len(self.left) < size and self.at < len(self.text):
            count = -(-(size - len(self.left)) // 3) * 4
            piece = self.text[self.at : self.at + count]
            self.at += len(piece)
            if self.padding in piece[:-2] or (self.padding in piece and self.at < len(self.text)):
                raise InvalidInput("content_base64 is not base64.")  # padding only at the end
            try:
                self.left += base64.b64decode(piece, validate=True)
            except (binascii.Error, ValueError):
                raise InvalidInput("content_base64 is not base64.") from None
        out, self.left = self.left[:size], self.left[size:]
        return out


def close_case(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> CaseSummaryView:
    """A decided case is closed; the chronology records it."""
    return CaseSummaryView.of(service.close_case(session, actor, reference, now=clock.now()))


def reviews_due(
    session: Session, actor: Actor, clock: Clock, settings: Settings
) -> list[ReviewDueView]:
    """Internal-action cases whose latest decision's review date has come (policy 9.2); a list
    naming students is recorded in the access log."""
    due = [
        ReviewDueView(
            case_reference=case.reference,
            subject_name=case.subject_name,
            review_date=decision.review_date,
            actions=decision.actions,
        )
        for case, decision in service.reviews_due(session, actor, clock.today())
    ]
    if due:
        record_access(session, actor, action="case.reviews_due", object_type="case", object_ref="*")
    return due


def confirm_decision(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    number: int,
) -> DecisionView:
    """An SMT member named in a decision confirms it, signed in as themselves (the Prevent Lead
    naming them is not their confirmation)."""
    row = service.confirm_decision(session, actor, reference, number, now=clock.now())
    return decision_view(session, row)


def decisions_to_confirm(
    session: Session, actor: Actor, clock: Clock, settings: Settings
) -> list[DecisionToConfirmView]:
    """The decisions waiting for this SMT member's confirmation; a list naming students is
    recorded in the access log."""
    waiting = service.decisions_to_confirm(session, actor)
    names = user_names(session, [d.decided_by_id for _case, d in waiting])
    if waiting:
        record_access(
            session, actor, action="case.decisions_to_confirm", object_type="case", object_ref="*"
        )
    return [
        DecisionToConfirmView(
            case_reference=case.reference,
            subject_name=case.subject_name,
            number=d.number,
            outcome=d.outcome,
            decided_by=names.get(d.decided_by_id, f"user {d.decided_by_id}"),
            decided_at=d.decided_at,
        )
        for case, d in waiting
    ]


def _concerns_since_decision(case: Case) -> list[Concern]:
    """The case's concerns raised after its latest decision (all of them, if none). Times are
    kept to the second, so the chronology's order says which came first: each concern has its
    "concern_raised" event, in the order the concerns were recorded."""
    events = sorted(case.events, key=lambda e: e.sequence)
    decided = [e.sequence for e in events if e.kind == "decision"]
    if not decided:
        return list(case.concerns)
    before = sum(1 for e in events if e.kind == "concern_raised" and e.sequence < decided[-1])
    return sorted(case.concerns, key=lambda c: c.id)[before:]


def case_queue(
    session: Session, actor: Actor, clock: Clock, settings: Settings
) -> CaseQueueView:
    """The Prevent Lead's work on cases: every concern raised since its case was last decided
    (a second concern about a student whose case is decided included), the open cases waiting for
    a decision, and the decisions not yet confirmed by the SMT members named. A list naming
    students is recorded in the access log."""
    actor.require(Action.CASE_MANAGE)
    concerns: list[NewConcernLine] = []
    to_decide: list[CaseToDecideLine] = []
    unconfirmed: list[UnconfirmedDecisionLine] = []
    open_cases = session.scalars(
        select(Case).where(Case.status == CaseStatus.OPEN).order_by(Case.id)
    )
    for case in open_cases:
        latest = service.latest_decision(case)
        since = _concerns_since_decision(case)
        concerns.extend(
            NewConcernLine(
                reference=c.reference,
                case_reference=case.reference,
                subject_name=case.subject_name,
                source=c.source,
                raised_at=c.raised_at,
                case_decided=latest is not None,
            )
            for c in since
        )
        if since:
            to_decide.append(
                CaseToDecideLine(
                    case_reference=case.reference,
                    subject_name=case.subject_name,
                    opened_at=case.opened_at,
                    new_concerns=len(since),
                    latest_outcome=latest.outcome if latest else None,
                )
            )
        if latest is not None:
            waiting = awaiting_member_ids(latest)
            if waiting:
                names = user_names(session, waiting)
                unconfirmed.append(
                    UnconfirmedDecisionLine(
                        case_reference=case.reference,
                        number=latest.number,
                        outcome=latest.outcome,
                        awaiting=[names.get(i, f"user {i}") for i in waiting],
                    )
                )
    if concerns or to_decide or unconfirmed:
        record_access(session, actor, action="case.queue", object_type="case", object_ref="*")
    concerns.sort(key=lambda c: c.raised_at, reverse=True)
    return CaseQueueView(new_concerns=concerns, to_decide=to_decide, unconfirmed=unconfirmed)
