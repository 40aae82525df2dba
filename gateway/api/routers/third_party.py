"""Requests for information from a Channel panel or the police through the API: record, list,
show, start the answer (a disclosure request that then goes through the disclosure routes), or
refuse. Each route calls one use case of gateway.requests.use_cases."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from gateway.api import schemas
from gateway.api.deps import call
from gateway.api.routers.common import Limit, Offset
from gateway.cases.domain import SubjectDetails
from gateway.disclosures.views import DisclosureView
from gateway.http.state import app_state
from gateway.requests import use_cases
from gateway.requests.domain import LegalPower
from gateway.requests.views import RequestSummary, RequestView

router = APIRouter(prefix="/requests", tags=["requests from Channel and the police"])


class StudentIn(BaseModel):
    student_id: str = Field(min_length=1, max_length=32, description="The student's identifier.")
    name: str = Field(min_length=1, max_length=200, description="The student's name.")


class RequestIn(BaseModel):
    case: str | None = Field(
        None, max_length=32, description="The case to record it on (else give the student)."
    )
    student: StudentIn | None = Field(
        None, description="The student it is about: their open case, or a new one."
    )
    recipient: str = Field(
        max_length=32, description="The registered recipient the requester's organisation is."
    )
    requester: str = Field(max_length=200, description="Who made the request.")
    organisation: str = Field(max_length=200, description="The organisation they made it for.")
    legal_power: LegalPower = Field(
        description="What it is made under: ctsa2015.s38 (Channel), dpa2018.sch2.para2 (crime), "
        "court_order, or stated_purpose."
    )
    purpose: str = Field(max_length=20_000, description="The purpose they stated.")
    asked_for: str = Field(max_length=20_000, description="What they asked for.")
    received_on: date | None = Field(None, description="The day received (default today).")
    deadline: date = Field(description="The day they asked for an answer by.")


class RefuseIn(BaseModel):
    reason: str = Field(min_length=1, max_length=20_000, description="Why it is refused.")


@router.post("", status_code=201, response_model=RequestView)
def open_request(request: Request, body: RequestIn) -> RequestView:
    """Record a request as it was made."""
    return call(
        request,
        use_cases.open_request,
        recipient_reference=body.recipient,
        requester=body.requester,
        organisation=body.organisation,
        legal_power=body.legal_power,
        purpose=body.purpose,
        asked_for=body.asked_for,
        deadline=body.deadline,
        received_on=body.received_on,
        case_reference=body.case,
        subject=SubjectDetails(student_id=body.student.student_id, name=body.student.name)
        if body.student
        else None,
    )


@router.get("", response_model=schemas.Page[RequestSummary])
def list_requests(
    request: Request, open_only: bool = False, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[RequestSummary]:
    """Requests, nearest deadline first."""
    rows = call(request, use_cases.list_requests, open_only=open_only)
    page, total = schemas.paginate(rows, limit, offset)
    return schemas.Page[RequestSummary](items=page, total=total, limit=limit, offset=offset)


@router.get("/{reference}", response_model=RequestView)
def read_request(request: Request, reference: str) -> RequestView:
    """A request as it was made (the read is logged)."""
    return call(request, use_cases.read_request, reference)


@router.post("/{reference}/answer", status_code=201, response_model=DisclosureView)
def answer(request: Request, reference: str) -> DisclosureView:
    """Start the disclosure answering the request (no referral decision needed); it then goes
    through the disclosure routes: items, lawful basis, redaction, submission, approval."""
    return call(request, use_cases.answer, reference)


@router.post("/{reference}/refuse", response_model=RequestView)
def refuse(request: Request, reference: str, body: RefuseIn) -> RequestView:
    """Refuse the request; logged as a decision not to share naming it."""
    return call(
        request, use_cases.refuse, reference, body.reason, log=app_state(request).log_writer()
    )
