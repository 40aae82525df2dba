"""Concerns, cases, decisions and the case chronology."""

from __future__ import annotations

from fastapi import APIRouter, Request

from gateway.api import schemas
from gateway.api.deps import call, call_async
from gateway.api.evidence_body import OPENAPI_BODY, read_evidence_body
from gateway.api.routers.common import Limit, Offset
from gateway.cases import use_cases
from gateway.cases.domain import DecisionInput, SubjectDetails
from gateway.cases.views import (
    CaseSummaryView,
    CaseView,
    ConcernReceipt,
    DecisionView,
    EvidenceView,
    OwnConcernView,
    PeopleFoundView,
    PersonView,
    ReviewDueView,
)
from gateway.disclosures import use_cases as disclosure_use_cases
from gateway.disclosures.views import NonDisclosureView
from gateway.http.state import app_state

router = APIRouter(tags=["concerns and cases"])


@router.post("/concerns", status_code=201, response_model=ConcernReceipt)
def raise_concern(request: Request, body: schemas.ConcernIn) -> ConcernReceipt:
    """Raise a concern about a student (opens a case, or joins their open one). The answer is
    the concern's own reference: whether the student has a case, and which, is told only to
    roles that read cases (`case_reference` is null for everyone else)."""
    return call(
        request,
        use_cases.raise_concern,
        SubjectDetails(**body.subject.model_dump()),
        body.source,
        body.description,
        observed_on=body.observed_on,
        reported_by_name=body.reported_by_name,
    )


@router.get("/concerns/mine", response_model=schemas.Page[OwnConcernView])
def my_concerns(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[OwnConcernView]:
    """The concerns you raised (support staff and tutors see only these, never the case)."""
    rows, total = schemas.paginate(call(request, use_cases.my_concerns), limit, offset)
    return schemas.Page[OwnConcernView](items=rows, total=total, limit=limit, offset=offset)


@router.get("/cases", response_model=schemas.Page[CaseSummaryView])
def list_cases(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[CaseSummaryView]:
    """The cases, newest first; reading the list is recorded in the access log."""
    rows, total = schemas.paginate(call(request, use_cases.list_cases), limit, offset)
    return schemas.Page[CaseSummaryView](items=rows, total=total, limit=limit, offset=offset)


@router.get("/cases/reviews-due", response_model=schemas.Page[ReviewDueView])
def list_reviews_due(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[ReviewDueView]:
    """Internal-action cases whose review date has come (policy 9.2)."""
    rows, total = schemas.paginate(call(request, use_cases.reviews_due), limit, offset)
    return schemas.Page[ReviewDueView](items=rows, total=total, limit=limit, offset=offset)


@router.get("/cases/{reference}", response_model=CaseView)
def get_case(request: Request, reference: str) -> CaseView:
    """The case with its concerns, chronology, decisions, people and evidence (read is logged)."""
    return call(request, use_cases.read_case, reference)


@router.get("/cases/{reference}/people-found", response_model=PeopleFoundView)
def people_found(request: Request, reference: str) -> PeopleFoundView:
    """People the redaction engine finds in the case's texts who are not recorded in the case
    (record each with POST /cases/{reference}/people); the read is logged."""
    return call(request, use_cases.people_found, reference)


@router.post("/cases/{reference}/decisions", status_code=201, response_model=DecisionView)
def decide(request: Request, reference: str, body: schemas.DecisionIn) -> DecisionView:
    """Record the Prevent Lead's decision with the SMT (policy 9)."""
    decision = DecisionInput(
        seriousness=body.seriousness,
        outcome=body.outcome,
        rationale=body.rationale,
        freedom_of_speech_consideration=body.freedom_of_speech_consideration,
        smt_usernames=tuple(body.smt_usernames),
        grounds=tuple(body.grounds),
        actions=body.actions,
        review_date=body.review_date,
    )
    return call(request, use_cases.decide, reference, decision)


@router.post("/cases/{reference}/notes", status_code=204)
def add_note(request: Request, reference: str, body: schemas.NoteIn) -> None:
    """Append a note to the chronology (it can never be edited)."""
    call(request, use_cases.add_note, reference, body.summary, body.coordinator_discussion)


@router.post("/cases/{reference}/rpc-discussions", status_code=204)
def record_rpc_discussion(
    request: Request, reference: str, body: schemas.RpcDiscussionIn
) -> None:
    """Record that the case was discussed with the Regional Prevent Coordinator (advice sought
    from an external Prevent partner, policy 8.2; counted in the OfS return)."""
    call(request, use_cases.record_rpc_discussion, reference, body.on)


@router.post("/cases/{reference}/people", status_code=201, response_model=PersonView)
def add_person(request: Request, reference: str, body: schemas.PersonIn) -> PersonView:
    """Record someone named in the case (their names are redacted from what goes out)."""
    return call(request, use_cases.record_person, reference, body.name, body.role)


@router.post(
    "/cases/{reference}/evidence",
    status_code=201,
    response_model=EvidenceView,
    openapi_extra=OPENAPI_BODY,
)
async def add_evidence(request: Request, reference: str) -> EvidenceView:
    """Add an evidence item with its provenance; its SHA-256 is recorded in the chronology."""
    # The body is read as it arrives (gateway.api.evidence_body), not parsed whole: the file's
    # base64 is kept once, undecoded, and the use case decodes it a chunk at a time.
    body, content = await read_evidence_body(request)
    return await call_async(
        request,
        use_cases.add_evidence_base64,
        reference,
        description=body.description,
        provenance=body.provenance,
        content_base64=content,
        filename=body.filename,
    )


@router.post("/cases/{reference}/decisions/{number}/confirm", response_model=DecisionView)
def confirm_decision(request: Request, reference: str, number: int) -> DecisionView:
    """As a Senior Management Team member named in decision `number` of the case, confirm it
    yourself (the Prevent Lead naming you is not your confirmation); the chronology records it.
    Refused for anyone not named in the decision, and for a second confirmation."""
    return call(request, use_cases.confirm_decision, reference, number)


@router.post("/cases/{reference}/close", response_model=CaseSummaryView)
def close_case(request: Request, reference: str) -> CaseSummaryView:
    """Close a case once its outcome has been carried out."""
    return call(request, use_cases.close_case, reference)


@router.post(
    "/cases/{reference}/non-disclosures",
    status_code=201,
    response_model=NonDisclosureView,
)
def not_to_share(
    request: Request, reference: str, body: schemas.NonDisclosureIn
) -> NonDisclosureView:
    """Record a decision not to share, with reasons; it goes into the sharing log."""
    return call(
        request,
        disclosure_use_cases.record_non_disclosure,
        reference,
        body.reasons,
        log=app_state(request).log_writer(),
        recipient_reference=body.recipient_reference,
    )
