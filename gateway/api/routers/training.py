"""Training records through the API: status per person, due and overdue, compliance per
group; record a completion, add staff, record leaving. Thin adapters over
gateway.training.service."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.api import schemas
from gateway.api.deps import run_api
from gateway.api.routers.common import Limit, Offset
from gateway.training import service as training
from gateway.training.domain import StaffGroup, TrainingModule

router = APIRouter(prefix="/training", tags=["training"])


class StaffTrainingOut(BaseModel):
    staff_id: str
    name: str
    group: StaffGroup
    state: str
    introductory_on: date | None
    last_completed_on: date | None
    due_on: date | None

    @classmethod
    def of(cls, r: training.StaffTraining) -> StaffTrainingOut:
        return cls(
            staff_id=r.staff_id,
            name=r.name,
            group=r.group,
            state=r.status.state.value,
            introductory_on=r.status.introductory_on,
            last_completed_on=r.status.last_completed_on,
            due_on=r.status.due_on,
        )


class ComplianceOut(BaseModel):
    group: StaffGroup
    staff: int
    trained_in_date: int
    overdue: int
    not_trained: int
    percent: float


class CompletionIn(BaseModel):
    staff_id: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1, max_length=200)
    group: StaffGroup
    module: TrainingModule = TrainingModule.INTRODUCTORY
    completed_on: date


class CompletionOut(BaseModel):
    staff_id: str
    module: TrainingModule
    completed_on: date


class StaffIn(BaseModel):
    staff_id: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1, max_length=200)
    group: StaffGroup
    started_on: date | None = None


class LeaveIn(BaseModel):
    left_on: date | None = None


class StaffOut(BaseModel):
    staff_id: str
    name: str
    group: StaffGroup
    started_on: date | None
    left_on: date | None


def _page(rows: list[StaffTrainingOut], limit: int, offset: int) -> schemas.Page[StaffTrainingOut]:
    page, total = schemas.paginate(rows, limit, offset)
    return schemas.Page[StaffTrainingOut](items=page, total=total, limit=limit, offset=offset)


@router.get("", response_model=schemas.Page[StaffTrainingOut])
def records(
    request: Request, group: StaffGroup | None = None, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[StaffTrainingOut]:
    """Everyone on the staff today, with their training status."""

    def work(s: Session, a: Actor) -> schemas.Page[StaffTrainingOut]:
        rows = [StaffTrainingOut.of(r) for r in training.list_records(s, a, group=group)]
        return _page(rows, limit, offset)

    return run_api(request, work, read_only=True)


@router.get("/due", response_model=schemas.Page[StaffTrainingOut])
def due(request: Request, limit: Limit = 50, offset: Offset = 0) -> schemas.Page[StaffTrainingOut]:
    """Overdue, never trained, or due within 30 days."""

    def work(s: Session, a: Actor) -> schemas.Page[StaffTrainingOut]:
        return _page([StaffTrainingOut.of(r) for r in training.due_refreshers(s, a)], limit, offset)

    return run_api(request, work, read_only=True)


@router.get("/compliance", response_model=list[ComplianceOut])
def compliance(request: Request) -> list[ComplianceOut]:
    def work(s: Session, a: Actor) -> list[ComplianceOut]:
        return [
            ComplianceOut(
                group=c.group,
                staff=c.staff,
                trained_in_date=c.trained_in_date,
                overdue=c.overdue,
                not_trained=c.not_trained,
                percent=c.percent,
            )
            for c in training.group_compliance(s, a)
        ]

    return run_api(request, work, read_only=True)


@router.post("/completions", response_model=CompletionOut, status_code=201)
def record_completion(request: Request, body: CompletionIn) -> CompletionOut:
    def work(s: Session, a: Actor) -> CompletionOut:
        c = training.record_completion(
            s,
            a,
            staff_id=body.staff_id,
            name=body.name,
            group=body.group,
            module=body.module,
            completed_on=body.completed_on,
        )
        return CompletionOut(
            staff_id=body.staff_id.strip(), module=c.module, completed_on=c.completed_on
        )

    return run_api(request, work)


@router.post("/staff", response_model=StaffOut, status_code=201)
def add_staff(request: Request, body: StaffIn) -> StaffOut:
    return run_api(
        request,
        lambda s, a: StaffOut.model_validate(
            training.register_staff(
                s,
                a,
                staff_id=body.staff_id,
                name=body.name,
                group=body.group,
                started_on=body.started_on,
            ),
            from_attributes=True,
        ),
    )


@router.post("/staff/{staff_id}/leave", response_model=StaffOut)
def staff_left(request: Request, staff_id: str, body: LeaveIn) -> StaffOut:
    return run_api(
        request,
        lambda s, a: StaffOut.model_validate(
            training.record_leaving(s, a, staff_id, body.left_on), from_attributes=True
        ),
    )
