"""Concerns, cases, decisions and the case chronology."""

from __future__ import annotations

import base64
import binascii

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.api import schemas
from gateway.api.deps import run_api
from gateway.api.queries import case_out, user_names
from gateway.api.routers.common import Limit, Offset
from gateway.cases import service
from gateway.cases.domain import DecisionInput
from gateway.disclosures.service import record_non_disclosure
from gateway.errors import InvalidInput
from gateway.http.state import app_state
from gateway.timeutil import utcnow
from gateway.users.domain import Action

router = APIRouter(tags=["concerns and cases"])


@router.post("/concerns", status_code=201, response_model=schemas.ConcernOut)
def raise_concern(request: Request, body: schemas.ConcernIn) -> schemas.ConcernOut:
    """Raise a concern about a student (opens a case, or joins their open one)."""
    return run_api(
        request,
        lambda s, a: schemas.ConcernOut.of(
            service.raise_concern(
                s,
                a,
                subject=service.SubjectDetails(**body.subject.model_dump()),
                source=body.source,
                description=body.description,
                observed_on=body.observed_on,
                reported_by_name=body.reported_by_name,
            )
        ),
    )


@router.get("/concerns/mine", response_model=schemas.Page[schemas.ConcernOut])
def my_concerns(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[schemas.ConcernOut]:
    """The concerns you raised (support staff and tutors see only these)."""

    def work(s: Session, a: Actor) -> schemas.Page[schemas.ConcernOut]:
        rows, total = schemas.paginate(service.list_own_concerns(s, a), limit, offset)
        return schemas.Page[schemas.ConcernOut](
            items=[schemas.ConcernOut.of(c) for c in rows], total=total, limit=limit, offset=offset
        )

    return run_api(request, work)


@router.get("/cases", response_model=schemas.Page[schemas.CaseSummary])
def list_cases(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[schemas.CaseSummary]:
    def work(s: Session, a: Actor) -> schemas.Page[schemas.CaseSummary]:
        rows, total = schemas.paginate(service.list_cases(s, a), limit, offset)
        return schemas.Page[schemas.CaseSummary](
            items=[schemas.CaseSummary.of(c) for c in rows], total=total, limit=limit, offset=offset
        )

    return run_api(request, work)


@router.get("/cases/reviews-due", response_model=schemas.Page[schemas.ReviewDueOut])
def list_reviews_due(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[schemas.ReviewDueOut]:
    """Internal-action cases whose review date has come (policy 9.2)."""

    def work(s: Session, a: Actor) -> schemas.Page[schemas.ReviewDueOut]:
        due = [
            schemas.ReviewDueOut(
                case_reference=c.reference,
                subject_name=c.subject_name,
                review_date=d.review_date,
                actions=d.actions,
            )
            for c, d in service.reviews_due(s, a, utcnow().date())
        ]
        rows, total = schemas.paginate(due, limit, offset)
        return schemas.Page[schemas.ReviewDueOut](
            items=rows, total=total, limit=limit, offset=offset
        )

    return run_api(request, work)


@router.get("/cases/{reference}", response_model=schemas.CaseOut)
def get_case(request: Request, reference: str) -> schemas.CaseOut:
    """The case with its concerns, chronology, decisions, people and evidence (read is logged)."""
    return run_api(request, lambda s, a: case_out(s, service.get_case(s, a, reference)))


@router.post("/cases/{reference}/decisions", status_code=201, response_model=schemas.DecisionOut)
def decide(request: Request, reference: str, body: schemas.DecisionIn) -> schemas.DecisionOut:
    """Record the Prevent Lead's decision with the SMT (policy 9)."""

    def work(s: Session, a: Actor) -> schemas.DecisionOut:
        row = service.decide(
            s,
            a,
            reference,
            DecisionInput(
                seriousness=body.seriousness,
                outcome=body.outcome,
                rationale=body.rationale,
                freedom_of_speech_consideration=body.freedom_of_speech_consideration,
                smt_usernames=tuple(body.smt_usernames),
                grounds=tuple(body.grounds),
                actions=body.actions,
                review_date=body.review_date,
            ),
        )
        names = user_names(s, [row.decided_by_id, *row.smt_member_ids])
        return schemas.decision_out(row, names)

    return run_api(request, work)


@router.post("/cases/{reference}/notes", status_code=204)
def add_note(request: Request, reference: str, body: schemas.NoteIn) -> None:
    """Append a note to the chronology (it can never be edited)."""
    run_api(request, lambda s, a: service.add_note(s, a, reference, body.summary))


@router.post("/cases/{reference}/people", status_code=201, response_model=schemas.PersonOut)
def add_person(request: Request, reference: str, body: schemas.PersonIn) -> schemas.PersonOut:
    """Record someone named in the case (their names are redacted from what goes out)."""

    def work(s: Session, a: Actor) -> schemas.PersonOut:
        p = service.record_person(s, a, reference, body.name, body.role)
        return schemas.PersonOut(id=p.id, name=p.name, role=p.role)

    return run_api(request, work)


@router.post("/cases/{reference}/evidence", status_code=201, response_model=schemas.EvidenceOut)
def add_evidence(request: Request, reference: str, body: schemas.EvidenceIn) -> schemas.EvidenceOut:
    """Add an evidence item with its provenance; its SHA-256 is recorded in the chronology."""

    def work(s: Session, a: Actor) -> schemas.EvidenceOut:
        a.require(Action.CASE_MANAGE)
        try:
            content = base64.b64decode(body.content_base64, validate=True)
        except (binascii.Error, ValueError):
            raise InvalidInput("content_base64 is not base64.") from None
        e = service.add_evidence(
            s,
            a,
            reference,
            description=body.description,
            provenance=body.provenance,
            content=content,
            filename=body.filename,
        )
        return schemas.EvidenceOut(
            id=e.id,
            description=e.description,
            provenance=e.provenance,
            filename=e.filename,
            sha256=e.sha256,
            added_at=e.added_at,
        )

    return run_api(request, work)


@router.post("/cases/{reference}/close", response_model=schemas.CaseSummary)
def close_case(request: Request, reference: str) -> schemas.CaseSummary:
    return run_api(
        request, lambda s, a: schemas.CaseSummary.of(service.close_case(s, a, reference))
    )


@router.post(
    "/cases/{reference}/non-disclosures",
    status_code=201,
    response_model=schemas.NonDisclosureOut,
)
def not_to_share(
    request: Request, reference: str, body: schemas.NonDisclosureIn
) -> schemas.NonDisclosureOut:
    """Record a decision not to share, with reasons; it goes into the sharing log."""

    def work(s: Session, a: Actor) -> schemas.NonDisclosureOut:
        log = app_state(request).log_writer()
        row = record_non_disclosure(s, a, reference, body.reasons, log, body.recipient_reference)
        return schemas.NonDisclosureOut.of(row)

    return run_api(request, work)
