"""What people do with the training records (policy 3.1), one function per action.

The refresher interval is the installation's setting (``training_refresher_months``), so the
command line, the API and the pages count the same refreshers due; a command may pass an
explicit ``refresher_months`` to see the figures under another interval.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from gateway.training import service
from gateway.training.domain import StaffGroup, TrainingModule, compliance_by_group
from gateway.training.views import (
    CompletionView,
    ComplianceView,
    StaffTrainingView,
    StaffView,
    TrainingFigures,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gateway.actor import Actor
    from gateway.clock import Clock
    from gateway.config import Settings


def refresher_interval(settings: Settings, override: int | None = None) -> int:
    """The months between refreshers: an explicit override, else the installation's setting."""
    from gateway.errors import InvalidInput

    months = settings.training_refresher_months if override is None else override
    if not 1 <= months <= 60:
        raise InvalidInput(
            f"{months} months is not a refresher interval the gateway accepts.",
            hint="Give a number of months from 1 to 60.",
        )
    return months


def training_figures(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    group: StaffGroup | None = None,
    *,
    refresher_months: int | None = None,
) -> TrainingFigures:
    """A report reader sees everyone on the staff today, who is due, and compliance per group."""
    actor.require(service.READ_ACTION)
    months = refresher_interval(settings, refresher_months)
    today = clock.today()
    rows = service.staff_statuses(session, today, months)
    due = service.due_among(rows)
    compliance = compliance_by_group((r.group, r.status) for r in rows)
    return TrainingFigures(
        as_of=today,
        refresher_months=months,
        group=group,
        records=[StaffTrainingView.of(r) for r in rows if group is None or r.group is group],
        due=[StaffTrainingView.of(r) for r in due],
        compliance=[ComplianceView.of(c) for c in compliance],
    )


def record_completion(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    staff_id: str,
    name: str,
    group: StaffGroup,
    module: TrainingModule,
    completed_on: date,
) -> CompletionView:
    """The Prevent Lead records a completed module; staff seen for the first time are added."""
    actor.require(service.RECORD_ACTION)
    done = service.record_completion(
        session,
        actor,
        staff_id=staff_id,
        name=name,
        group=group,
        module=module,
        completed_on=completed_on,
        now=clock.now(),
    )
    return CompletionView(
        staff_id=staff_id.strip(), module=done.module, completed_on=done.completed_on
    )


def add_staff(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    staff_id: str,
    name: str,
    group: StaffGroup,
    started_on: date | None = None,
) -> StaffView:
    """The Prevent Lead adds someone who must be trained: not trained until they complete."""
    actor.require(service.RECORD_ACTION)
    staff = service.register_staff(
        session,
        actor,
        staff_id=staff_id,
        name=name,
        group=group,
        now=clock.now(),
        started_on=started_on,
    )
    return StaffView.model_validate(staff, from_attributes=True)


def record_leaving(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    staff_id: str,
    *,
    left_on: date | None = None,
) -> StaffView:
    """The Prevent Lead records that someone left: from then on they do not count."""
    actor.require(service.RECORD_ACTION)
    staff = service.record_leaving(
        session, actor, staff_id.strip(), today=clock.today(), left_on=left_on
    )
    return StaffView.model_validate(staff, from_attributes=True)
