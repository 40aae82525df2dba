"""Retention through the API: the plan, dry and executed disposal runs, certificates, legal
holds, complaints and students who left. Each route parses its input and calls one use case of
:mod:`gateway.retention.use_cases`."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field

from gateway.api import schemas
from gateway.api.deps import call, call_async, call_read_only
from gateway.api.routers.common import Limit, Offset
from gateway.http.state import app_state
from gateway.retention import use_cases
from gateway.retention.views import (
    CertificateView,
    ComplaintView,
    DepartureView,
    DisposalView,
    HoldView,
    PlanItemView,
)

router = APIRouter(prefix="/retention", tags=["retention"])

AsOf = Annotated[
    date | None, Query(description="Apply the schedule as of this day (default today).")
]


class RunIn(BaseModel):
    as_of: date | None = Field(
        None, description="Default today; an executed run cannot be in the future."
    )
    confirm: str = Field("", description="Must be 'destroy' for an executed run.")


class HoldIn(BaseModel):
    case: str | None = Field(None, max_length=32, description="Hold one case (reference).")
    student: str | None = Field(None, max_length=32, description="Hold every case of a student.")
    holder: str = Field(max_length=200, description="Who asked for the hold.")
    reason: str = Field(
        max_length=20_000,
        description="Why the records must be kept (e.g. litigation, an investigation).",
    )
    placed_on: date | None = Field(None, description="The day the hold starts (default today).")


class HoldReleaseIn(BaseModel):
    reason: str = Field(max_length=20_000, description="Why the hold is released.")
    released_on: date | None = Field(None, description="The day it is released (default today).")


class DepartureIn(BaseModel):
    student_id: str = Field(min_length=1, max_length=32, description="The student's identifier.")
    left_on: date | None = Field(
        None,
        description="The day the student left the provider (default today).",
    )


@router.get("/plan", response_model=schemas.Page[PlanItemView])
def plan(
    request: Request,
    as_of: AsOf = None,
    include_not_due: bool = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> schemas.Page[PlanItemView]:
    """What falls due, when, under which rule, and what blocks it."""
    view = call_read_only(
        request,
        use_cases.retention_plan,
        schedule=app_state(request).ctx.schedule,
        as_of=as_of,
        include_not_due=include_not_due,
    )
    page, total = schemas.paginate(view.items, limit, offset)
    return schemas.Page[PlanItemView](items=page, total=total, limit=limit, offset=offset)


@router.post("/dry-run", response_model=DisposalView)
def dry_run(request: Request, body: RunIn) -> DisposalView:
    """What an executed run would destroy; nothing is changed."""
    return call_read_only(
        request, use_cases.dry_run, schedule=app_state(request).ctx.schedule, as_of=body.as_of
    )


@router.post("/runs", response_model=DisposalView, status_code=201)
async def execute_run(request: Request, body: RunIn) -> DisposalView:
    """Destroy what is due, certify it (PDF + sharing-log entries): DPO only, confirm='destroy'."""
    state = app_state(request)
    return await call_async(
        request,
        use_cases.execute_disposal,
        schedule=state.ctx.schedule,
        log=state.log_writer(),
        confirm=body.confirm,
        as_of=body.as_of,
    )


@router.get("/certificates", response_model=schemas.Page[CertificateView])
def certificates(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[CertificateView]:
    """The destruction certificates, newest first."""
    rows = call_read_only(request, use_cases.list_certificates)
    page, total = schemas.paginate(rows, limit, offset)
    return schemas.Page[CertificateView](items=page, total=total, limit=limit, offset=offset)


@router.get(
    "/certificates/{reference}/pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def certificate_pdf(request: Request, reference: str) -> Response:
    """One destruction certificate as a PDF."""
    found = call_read_only(request, use_cases.certificate_pdf, reference)
    return Response(
        found.pdf,
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="{found.reference}.pdf"'},
    )


@router.get("/holds", response_model=schemas.Page[HoldView])
def holds(
    request: Request, include_released: bool = False, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[HoldView]:
    """The legal holds, in place and released."""
    rows = call_read_only(request, use_cases.list_holds, include_released=include_released)
    page, total = schemas.paginate(rows, limit, offset)
    return schemas.Page[HoldView](items=page, total=total, limit=limit, offset=offset)


@router.post("/holds", response_model=HoldView, status_code=201)
def place_hold(request: Request, body: HoldIn) -> HoldView:
    """Place a legal hold on a case: it is not destroyed while the hold lasts."""
    return call(
        request,
        use_cases.place_hold,
        case_ref=body.case,
        student_id=body.student,
        holder=body.holder,
        reason=body.reason,
        placed_on=body.placed_on,
    )


@router.post("/holds/{reference}/release", response_model=HoldView)
def release_hold(request: Request, reference: str, body: HoldReleaseIn) -> HoldView:
    """Release a legal hold, with reasons."""
    return call(
        request,
        use_cases.release_hold,
        reference,
        reason=body.reason,
        released_on=body.released_on,
    )


@router.get("/complaints", response_model=schemas.Page[ComplaintView])
def complaints(
    request: Request, include_closed: bool = False, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[ComplaintView]:
    """The complaints recorded about cases (an open complaint blocks disposal)."""
    rows = call_read_only(request, use_cases.list_complaints, include_closed=include_closed)
    page, total = schemas.paginate(rows, limit, offset)
    return schemas.Page[ComplaintView](items=page, total=total, limit=limit, offset=offset)


@router.post("/student-departures", response_model=DepartureView, status_code=201)
def student_left(request: Request, body: DepartureIn) -> DepartureView:
    """Record the day a student left the provider (the trigger student_left)."""
    return call(request, use_cases.record_departure, body.student_id, left_on=body.left_on)
