"""What the doors show of the training records: one view each, the same for the CLI (and its
``--json``), the API and the pages."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from gateway.training.domain import GroupCompliance, StaffGroup, TrainingModule, TrainingState
from gateway.training.service import StaffTraining


class StaffTrainingView(BaseModel):
    """One member of staff's training status on a given day."""

    model_config = ConfigDict(frozen=True)

    staff_id: str = Field(description="The member of staff's identifier.")
    name: str = Field(description="Their name.")
    group: StaffGroup = Field(description="The staff group policy 3.1 names.")
    state: TrainingState = Field(
        description="current, due_soon (within 30 days), overdue or not_trained."
    )
    introductory_on: date | None = Field(
        description="When they completed the introductory Prevent module."
    )
    last_completed_on: date | None = Field(description="When they last completed a module.")
    due_on: date | None = Field(description="When their next refresher is due.")

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

    group: StaffGroup = Field(description="The staff group.")
    staff: int = Field(description="How many staff are in the group.")
    trained_in_date: int = Field(
        description="How many are trained and in date (current or due soon)."
    )
    overdue: int = Field(description="How many are overdue for a refresher.")
    not_trained: int = Field(description="How many have never been trained.")
    percent: float = Field(description="Trained and in date, as a percentage of the group.")

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

    as_of: date = Field(description="The day the figures are for.")
    refresher_months: int = Field(description="How often the refresher falls due, in months.")
    group: StaffGroup | None = Field(description="The one group shown; none for every group.")
    records: list[StaffTrainingView] = Field(description="Everyone on record (in the group shown).")
    due: list[StaffTrainingView] = Field(
        description="Who is overdue, never trained, or due within 30 days."
    )
    compliance: list[ComplianceView] = Field(description="Compliance per group.")


class CompletionView(BaseModel):
    model_config = ConfigDict(frozen=True)

    staff_id: str = Field(description="The member of staff's identifier.")
    module: TrainingModule = Field(description="The module completed.")
    completed_on: date = Field(description="The day it was completed.")


class StaffView(BaseModel):
    model_config = ConfigDict(frozen=True)

    staff_id: str = Field(description="The member of staff's identifier.")
    name: str = Field(description="Their name.")
    group: StaffGroup = Field(description="The staff group policy 3.1 names.")
    started_on: date | None = Field(
        description="The day they started (they count in the figures from then)."
    )
    left_on: date | None = Field(description="The day they left; none while they are on the staff.")
