"""Requests from third parties: loading one, where it stands, the case it is recorded on."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.cases.domain import CaseStatus, SubjectDetails
from gateway.cases.models import Case
from gateway.cases.service import append_event, load_case
from gateway.disclosures.domain import DisclosureStatus
from gateway.disclosures.models import DisclosureRequest
from gateway.encryption.secrets import student_matches
from gateway.errors import InvalidInput, NotFound
from gateway.references import next_reference
from gateway.requests.domain import RequestState
from gateway.requests.models import ThirdPartyRequest

_LIVE = (DisclosureStatus.DRAFT, DisclosureStatus.SUBMITTED, DisclosureStatus.APPROVED)


def load_request(session: Session, reference: str) -> ThirdPartyRequest:
    found = session.scalar(
        select(ThirdPartyRequest).where(ThirdPartyRequest.reference == reference)
    )
    if found is None:
        raise NotFound(
            f"No request {reference}.", hint="The list of requests shows every reference."
        )
    return found


def answers_of(session: Session, asked: ThirdPartyRequest) -> list[DisclosureRequest]:
    return list(
        session.scalars(
            select(DisclosureRequest)
            .where(DisclosureRequest.third_party_request_id == asked.id)
            .order_by(DisclosureRequest.id)
        )
    )


def state_of(session: Session, asked: ThirdPartyRequest) -> tuple[RequestState, str | None]:
    """Where the request stands, and the answer (DR-...) or refusal (ND-...) it refers to."""
    if asked.refused_at is not None:
        return RequestState.REFUSED, asked.refusal_reference
    answers = answers_of(session, asked)
    for answer in answers:
        if answer.status is DisclosureStatus.RELEASED:
            return RequestState.ANSWERED, answer.reference
    for answer in answers:
        if answer.status in _LIVE:
            return RequestState.ANSWER_IN_PREPARATION, answer.reference
    return RequestState.OPEN, None


def case_for(
    session: Session,
    actor: Actor,
    case_reference: str | None,
    subject: SubjectDetails | None,
    *,
    now: datetime,
) -> Case:
    """The case the request is recorded on: the one named, else the student's open case, else a
    new case opened from the request (a request may be about a student never referred)."""
    if case_reference:
        return load_case(session, case_reference.strip())
    if subject is None or not subject.student_id.strip() or not subject.name.strip():
        raise InvalidInput(
            "Name the case, or give the student's id and name.",
            hint="A request about a student with no case opens one.",
        )
    case = session.scalar(
        select(Case).where(
            student_matches(
                session, Case.subject_student_id, Case.subject_student_index, subject.student_id
            ),
            Case.status == CaseStatus.OPEN,
        )
    )
    if case is not None:
        return case
    case = Case(
        reference=next_reference(session, "PRV", now.year),
        subject_student_id=subject.student_id.strip(),
        subject_name=subject.name.strip(),
        subject_date_of_birth=subject.date_of_birth,
        subject_address=subject.address,
        opened_by_id=actor.user.id,
        opened_at=now,
    )
    session.add(case)
    session.flush()
    append_event(session, case, actor, "case_opened", "Case opened from a request.", now=now)
    return case
