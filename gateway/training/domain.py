"""Training rules as plain Python: when a refresher is due, and compliance per staff group."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

#: Months between refreshers when none is given; an installation sets its own
#: (``training_refresher_months`` in the settings), which every door uses.
DEFAULT_REFRESHER_MONTHS = 24
#: A refresher falling due within this many days is reported as "due soon".
DUE_SOON_DAYS = 30


class StaffGroup(StrEnum):
    """The staff policy 3.1 names. No other grouping is kept (policy 2.2)."""

    ASSOCIATE_TUTOR = "associate_tutor"
    STUDENT_FACING = "student_facing"

    @property
    def label(self) -> str:
        return {
            "associate_tutor": "Associate Tutors",
            "student_facing": "Student-facing staff",
        }[self.value]


class TrainingModule(StrEnum):
    INTRODUCTORY = "prevent_introductory"
    REFRESHER = "prevent_refresher"

    @property
    def label(self) -> str:
        return {
            "prevent_introductory": "Introductory Prevent module",
            "prevent_refresher": "Prevent refresher",
        }[self.value]


class TrainingState(StrEnum):
    CURRENT = "current"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    NOT_TRAINED = "not_trained"


def add_months(start: date, months: int) -> date:
    """The same day `months` later, or the month's last day when that day does not exist."""
    if months < 0:
        raise ValueError("months must not be negative")
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class TrainingStatus:
    introductory_on: date | None
    last_completed_on: date | None
    due_on: date | None
    state: TrainingState


def training_status(
    completions: Iterable[tuple[TrainingModule, date]],
    today: date,
    refresher_months: int = DEFAULT_REFRESHER_MONTHS,
) -> TrainingStatus:
    """Staff are trained once they completed the introductory module; any completion
    (introductory or refresher) restarts the refresher interval."""
    if refresher_months < 1:
        raise ValueError("the refresher interval must be at least one month")
    done = sorted(completions, key=lambda c: c[1])
    intro = next((on for module, on in done if module is TrainingModule.INTRODUCTORY), None)
    if intro is None:
        return TrainingStatus(None, done[-1][1] if done else None, None, TrainingState.NOT_TRAINED)
    last = done[-1][1]
    due = add_months(last, refresher_months)
    if due < today:
        state = TrainingState.OVERDUE
    elif (due - today).days <= DUE_SOON_DAYS:
        state = TrainingState.DUE_SOON
    else:
        state = TrainingState.CURRENT
    return TrainingStatus(intro, last, due, state)


@dataclass(frozen=True)
class GroupCompliance:
    group: StaffGroup
    staff: int
    trained_in_date: int
    overdue: int
    not_trained: int

    @property
    def percent(self) -> float:
        return 100.0 * self.trained_in_date / self.staff if self.staff else 0.0


def compliance_by_group(
    statuses: Iterable[tuple[StaffGroup, TrainingStatus]],
) -> list[GroupCompliance]:
    """In date = current or due soon. Every group is listed, even when empty."""
    counts = {g: [0, 0, 0, 0] for g in StaffGroup}
    for group, status in statuses:
        row = counts[group]
        row[0] += 1
        if status.state in (TrainingState.CURRENT, TrainingState.DUE_SOON):
            row[1] += 1
        elif status.state is TrainingState.OVERDUE:
            row[2] += 1
        else:
            row[3] += 1
    return [GroupCompliance(g, *counts[g]) for g in StaffGroup]
