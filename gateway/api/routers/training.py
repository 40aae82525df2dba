"""Training records through the API: status per person, due and overdue, compliance per
group; record a completion, add staff, record leaving (gateway.training.use_cases)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from gateway.api import schemas
from gateway.api.deps import call, call_read_only
from gateway.api.routers.common import Limit, Offset
from gateway.training import use_cases
from gateway.training.domain import StaffGroup, TrainingModule
from gateway.training.views import CompletionView, ComplianceView, StaffTrainingView, StaffView

router = APIRouter(prefix="/training", tags=["training"])


class CompletionIn(BaseModel):
    staff_id: str = Field(
        min_length=1,
        max_length=32,
        description="The member of staff's identifier (they are added if not on record).",
    )
    name: str = Field(min_length=1, max_length=200, description="Their name.")
    group: StaffGroup = Field(description="Their staff group (policy 3.1).")
    module: TrainingModule = Field(TrainingModule.INTRODUCTORY, description="The module completed.")
    completed_on: date = Field(description="The day it was completed.")


class StaffIn(BaseModel):
    staff_id: str = Field(
        min_length=1,
        max_length=32,
        description="The member of staff's identifier.",
    )
    name: str = Field(min_length=1, max_length=200, description="Their name.")
    group: StaffGroup = Field(description="Their staff group (policy 3.1).")
    started_on: date | None = Field(None, description="The day they started (default today).")


class LeaveIn(BaseModel):
    left_on: date | None = Field(None, description="The day they left (default today).")


def _page(
    rows: list[StaffTrainingView], limit: int, offset: int
) -> schemas.Page[StaffTrainingView]:
    page, total = schemas.paginate(rows, limit, offset)
    return schemas.Page[StaffTrainingView](items=page, total=total, limit=limit, offset=offset)


@router.get("", response_model=schemas.Page[StaffTrainingView])
def records(
    request: Request, group: StaffGroup | None = None, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[StaffTrainingView]:
    """Everyone on the staff today, with their training status."""
    figures = call_read_only(request, use_cases.training_figures, group)
    return _page(figures.records, limit, offset)


@router.get("/due", response_model=schemas.Page[StaffTrainingView])
def due(request: Request, limit: Limit = 50, offset: Offset = 0) -> schemas.Page[StaffTrainingView]:
    """Overdue, never trained, or due within 30 days."""
    return _page(call_read_only(request, use_cases.training_figures).due, limit, offset)


@router.get("/compliance", response_model=list[ComplianceView])
def compliance(request: Request) -> list[ComplianceView]:
    """Per staff group: staff, trained and in date, overdue, never trained."""
    return call_read_only(request, use_cases.training_figures).compliance


@router.post("/completions", response_model=CompletionView, status_code=201)
def record_completion(request: Request, body: CompletionIn) -> CompletionView:
    """Record a member of staff's completed Prevent training."""
    return call(
        request,
        use_cases.record_completion,
        staff_id=body.staff_id,
        name=body.name,
        group=body.group,
        module=body.module,
        completed_on=body.completed_on,
    )


@router.post("/staff", response_model=StaffView, status_code=201)
def add_staff(request: Request, body: StaffIn) -> StaffView:
    """Add a member of staff who must complete Prevent training."""
    return call(
        request,
        use_cases.add_staff,
        staff_id=body.staff_id,
        name=body.name,
        group=body.group,
        started_on=body.started_on,
    )


@router.post("/staff/{staff_id}/leave", response_model=StaffView)
def staff_left(request: Request, staff_id: str, body: LeaveIn) -> StaffView:
    """Record that a member of staff has left: they leave the compliance figures."""
    return call(request, use_cases.record_leaving, staff_id, left_on=body.left_on)
