"""What the doors show of the training records: one view each, the same for the CLI (and its
``--json``), the API and the pages."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from gateway.training.domain import GroupCompliance, StaffGroup, TrainingModule, TrainingState
from gateway.training.service import StaffTraining


class StaffTrainingView(BaseModel):
    """One member of staff's training status on a given day."""

    model_config = ConfigDict(frozen=True)

    staff_id: str
    name: str
    group: StaffGroup
    state: TrainingState
    introductory_on: date | None
    last_completed_on: date | None
    due_on: date | None

    @classmethod
    def of(cls, row: StaffTraining) -> StaffTrainingView:
        return cls(
            staff_id=row.staff_id,
            name=row.name,
            group=row.group,
            state=row.status.state,
            introductory_on=row.status.introductory_on,
            last_completed_on=row.status.last_completed_on,
            due_on=row.status.due_on,
        )


class ComplianceView(BaseModel):
    """One staff group: how many are trained and in date (current or due soon)."""

    model_config = ConfigDict(frozen=True)

    group: StaffGroup
    staff: int
    trained_in_date: int
    overdue: int
    not_trained: int
    percent: float

    @classmethod
    def of(cls, row: GroupCompliance) -> ComplianceView:
        return cls(
            group=row.group,
            staff=row.staff,
            trained_in_date=row.trained_in_date,
            overdue=row.overdue,
            not_trained=row.not_trained,
            percent=row.percent,
        )


class TrainingFigures(BaseModel):
    """The training figure as of one day: who is due (overdue, never trained, due within 30
    days), everyone on record (optionally one group), and compliance per group."""

    model_config = ConfigDict(frozen=True)

    as_of: date
    refresher_months: int
    group: StaffGroup | None
    records: list[StaffTrainingView]
    due: list[StaffTrainingView]
    compliance: list[ComplianceView]


class CompletionView(BaseModel):
    model_config = ConfigDict(frozen=True)

    staff_id: str
    module: TrainingModule
    completed_on: date


class StaffView(BaseModel):
    model_config = ConfigDict(frozen=True)

    staff_id: str
    name: str
    group: StaffGroup
    started_on: date | None
    left_on: date | None
