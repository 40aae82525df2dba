"""Complaints through the API (the DPO): record, acknowledge, close with the outcome, list, show.
Each route calls one use case of gateway.complaints.use_cases (DPA 2018 s.164A)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from gateway.api import schemas
from gateway.api.deps import call
from gateway.api.routers.common import Limit, Offset
from gateway.complaints import use_cases
from gateway.complaints.domain import ComplaintOutcome
from gateway.complaints.views import ComplaintSummary, ComplaintView

router = APIRouter(prefix="/complaints", tags=["complaints"])


class ComplaintIn(BaseModel):
    case: str = Field(max_length=32, description="The reference of the case complained about.")
    complainant: str = Field(max_length=200, description="Who complained.")
    summary: str = Field(max_length=20_000, description="What the complaint is about.")
    received_on: date | None = Field(None, description="The day received (default today).")


class AcknowledgeIn(BaseModel):
    acknowledged_on: date | None = Field(
        None, description="The day the acknowledgement was sent (default today)."
    )


class CloseIn(BaseModel):
    outcome: ComplaintOutcome = Field(description="upheld, partly_upheld, not_upheld or withdrawn.")
    outcome_summary: str = Field(
        max_length=20_000, description="The outcome as the complainant was told it."
    )
    closed_on: date | None = Field(None, description="The day it was closed (default today).")


@router.get("", response_model=schemas.Page[ComplaintSummary])
def list_complaints(
    request: Request, include_closed: bool = False, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[ComplaintSummary]:
    """Complaints with the day each must be acknowledged by (overdue flagged)."""
    rows = call(request, use_cases.list_complaints, include_closed=include_closed)
    page, total = schemas.paginate(rows, limit, offset)
    return schemas.Page[ComplaintSummary](items=page, total=total, limit=limit, offset=offset)


@router.post("", status_code=201, response_model=ComplaintView)
def open_complaint(request: Request, body: ComplaintIn) -> ComplaintView:
    """Record a complaint; it blocks the case's disposal until closed."""
    return call(
        request,
        use_cases.open_complaint,
        body.case,
        body.complainant,
        body.summary,
        received_on=body.received_on,
    )


@router.get("/{reference}", response_model=ComplaintView)
def read_complaint(request: Request, reference: str) -> ComplaintView:
    """One complaint in full (the read is logged)."""
    return call(request, use_cases.read_complaint, reference)


@router.post("/{reference}/acknowledge", response_model=ComplaintView)
def acknowledge(request: Request, reference: str, body: AcknowledgeIn) -> ComplaintView:
    """Record the acknowledgement sent to the complainant."""
    return call(request, use_cases.acknowledge, reference, on=body.acknowledged_on)


@router.post("/{reference}/close", response_model=ComplaintView)
def close(request: Request, reference: str, body: CloseIn) -> ComplaintView:
    """Record the outcome and close the complaint."""
    return call(
        request,
        use_cases.close,
        reference,
        body.outcome.value,
        body.outcome_summary,
        on=body.closed_on,
    )
