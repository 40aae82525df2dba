"""Training records: record completions, list who is due or overdue, compliance per group."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from gateway.actor import Actor
from gateway.errors import Conflict, InvalidInput, NotFound
from gateway.training.domain import (
    GroupCompliance,
    StaffGroup,
    TrainingModule,
    TrainingState,
    TrainingStatus,
    compliance_by_group,
    training_status,
)
from gateway.training.models import TrainingCompletion, TrainingStaff
from gateway.users.domain import Action

#: Recording training is the Prevent Lead's job (policy 3.1, 4.1); reading it, the report
#: readers'.
RECORD_ACTION = Action.TRAINING_MANAGE
READ_ACTION = Action.REPORT_READ


@dataclass(frozen=True)
class StaffTraining:
    staff_id: str
    name: str
    group: StaffGroup
    status: TrainingStatus


def register_staff(
    session: Session,
    actor: Actor,
    *,
    staff_id: str,
    name: str,
    group: StaffGroup,
    now: datetime,
    started_on: date | None = None,
) -> TrainingStaff:
    """Add a member of staff who must be trained, before they have completed anything, so
    that compliance counts them (as not trained) from the day they start."""
    actor.require(RECORD_ACTION)
    staff_id, name = staff_id.strip(), " ".join(name.split())
    if not staff_id or not name:
        raise InvalidInput("A member of staff needs an id and a name.")
    if session.scalar(select(TrainingStaff).where(TrainingStaff.staff_id == staff_id)):
        raise Conflict(f"Staff id {staff_id} is already on record.")
    staff = TrainingStaff(staff_id=staff_id, name=name, group=group,
                          started_on=started_on or now.date(), created_at=now)
    session.add(staff)
    session.flush()
    return staff


def record_leaving(
    session: Session, actor: Actor, staff_id: str, *, today: date, left_on: date | None = None
) -> TrainingStaff:
    """From `left_on` the member of staff no longer counts towards compliance."""
    actor.require(RECORD_ACTION)
    staff = session.scalar(select(TrainingStaff).where(TrainingStaff.staff_id == staff_id))
    if staff is None:
        raise NotFound(f"No member of staff {staff_id} in the training records.",
                       hint="Check the staff id against the training records.")
    staff.left_on = left_on or today
    return staff


def record_completion(
    session: Session,
    actor: Actor,
    *,
    staff_id: str,
    name: str,
    group: StaffGroup,
    module: TrainingModule,
    completed_on: date,
    now: datetime,
) -> TrainingCompletion:
    """Record that a member of staff completed a module; adds them on first sight."""
    actor.require(RECORD_ACTION)
    staff_id, name = staff_id.strip(), " ".join(name.split())
    if not staff_id or not name:
        raise InvalidInput("A training record needs the staff id and name.")
    if completed_on > now.date():
        raise InvalidInput(f"The completion date {completed_on.isoformat()} is in the future.")
    staff = session.scalar(select(TrainingStaff).where(TrainingStaff.staff_id == staff_id))
    if staff is None:
        staff = TrainingStaff(staff_id=staff_id, name=name, group=group, created_at=now)
        session.add(staff)
        session.flush()
    elif staff.name != name or staff.group is not group:
        raise Conflict(
            f"Staff id {staff_id} is already recorded with a different name or group.",
            hint="Check the staff id; use the name and group already on record.",
        )
    if module is TrainingModule.REFRESHER and not any(
        c.module is TrainingModule.INTRODUCTORY for c in staff.completions
    ):
        raise InvalidInput(
            f"{staff_id} has no introductory module on record, so a refresher cannot be recorded.",
            hint="Record the introductory module first (policy 3.1).",
        )
    completion = TrainingCompletion(
        module=module, completed_on=completed_on, recorded_by_id=actor.user.id, recorded_at=now
    )
    staff.completions.append(completion)
    session.flush()
    return completion


def _all_staff(session: Session) -> list[TrainingStaff]:
    return list(
        session.scalars(
            select(TrainingStaff)
            .options(selectinload(TrainingStaff.completions))
            .order_by(TrainingStaff.group, TrainingStaff.staff_id)
        )
    )


def staff_statuses(session: Session, today: date, refresher_months: int) -> list[StaffTraining]:
    """The status as of `today` of everyone on the staff that day (completions after `today`
    are ignored; staff who had not started or had left are left out)."""
    return [
        StaffTraining(
            s.staff_id,
            s.name,
            s.group,
            training_status(
                ((c.module, c.completed_on) for c in s.completions if c.completed_on <= today),
                today,
                refresher_months,
            ),
        )
        for s in _all_staff(session)
        if (s.started_on is None or s.started_on <= today)
        and (s.left_on is None or s.left_on > today)
    ]


def list_records(
    session: Session,
    actor: Actor,
    *,
    today: date,
    refresher_months: int,
    group: StaffGroup | None = None,
) -> list[StaffTraining]:
    actor.require(READ_ACTION)
    rows = staff_statuses(session, today, refresher_months)
    return [r for r in rows if group is None or r.group is group]


def due_refreshers(
    session: Session,
    actor: Actor,
    *,
    today: date,
    refresher_months: int,
) -> list[StaffTraining]:
    """Staff who are overdue, due soon, or never completed the introductory module."""
    return due_among(list_records(session, actor, today=today, refresher_months=refresher_months))


def due_among(rows: list[StaffTraining]) -> list[StaffTraining]:
    """The rows not current: overdue first, then never trained, then due soon."""
    order = {TrainingState.OVERDUE: 0, TrainingState.NOT_TRAINED: 1, TrainingState.DUE_SOON: 2}
    due = [r for r in rows if r.status.state is not TrainingState.CURRENT]
    return sorted(due, key=lambda r: (order[r.status.state], r.status.due_on or date.min))


def group_compliance(
    session: Session,
    actor: Actor,
    *,
    today: date,
    refresher_months: int,
) -> list[GroupCompliance]:
    actor.require(READ_ACTION)
    rows = staff_statuses(session, today, refresher_months)
    return compliance_by_group((r.group, r.status) for r in rows)


def completions_between(
    session: Session, start: date, end: date
) -> list[TrainingCompletion]:
    """Completions with start <= completed_on <= end (for the annual report)."""
    return list(
        session.scalars(
            select(TrainingCompletion)
            .where(TrainingCompletion.completed_on >= start, TrainingCompletion.completed_on <= end)
            .order_by(TrainingCompletion.id)
        )
    )
