from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session
from test_reports_fixtures import World, world  # noqa: F401 - fixture

from gateway.actor import Actor
from gateway.db import transaction
from gateway.errors import Conflict, InvalidInput, NotPermitted
from gateway.timeutil import today, utcnow
from gateway.training.domain import (
    GroupCompliance,
    StaffGroup,
    TrainingModule,
    TrainingState,
    add_months,
    compliance_by_group,
    training_status,
)
from gateway.training.service import (
    StaffTraining,
    due_refreshers,
    group_compliance,
    list_records,
    record_completion,
    record_leaving,
    register_staff,
)

INTRO, REFRESH = TrainingModule.INTRODUCTORY, TrainingModule.REFRESHER
#: What the services are given when no other interval is asked for (the setting's default).
MONTHS = 24


def _due(s: Session, actor: Actor, months: int = MONTHS) -> list[StaffTraining]:
    return due_refreshers(s, actor, today=today(), refresher_months=months)


def _compliance(s: Session, actor: Actor) -> dict[StaffGroup, GroupCompliance]:
    return {c.group: c for c in group_compliance(s, actor, today=today(),
                                                 refresher_months=MONTHS)}


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 11, 15), 3) == date(2026, 2, 15)


def test_status_follows_the_refresher_interval() -> None:
    t = date(2026, 6, 1)
    assert training_status([], t).state is TrainingState.NOT_TRAINED
    assert training_status([(REFRESH, date(2026, 1, 1))], t).state is TrainingState.NOT_TRAINED
    current = training_status([(INTRO, date(2026, 1, 1))], t, refresher_months=12)
    assert (current.state, current.due_on) == (TrainingState.CURRENT, date(2027, 1, 1))
    assert training_status([(INTRO, date(2025, 6, 20))], t, 12).state is TrainingState.DUE_SOON
    assert training_status([(INTRO, date(2025, 5, 1))], t, 12).state is TrainingState.OVERDUE
    # A refresher restarts the interval.
    renewed = training_status([(INTRO, date(2024, 1, 1)), (REFRESH, date(2026, 2, 1))], t, 12)
    assert (renewed.state, renewed.due_on) == (TrainingState.CURRENT, date(2027, 2, 1))
    with pytest.raises(ValueError):
        training_status([], t, refresher_months=0)


def test_compliance_lists_every_group() -> None:
    june = date(2026, 6, 1)
    statuses = [
        (StaffGroup.ASSOCIATE_TUTOR, training_status([(INTRO, date(2026, 5, 1))], june)),
        (StaffGroup.ASSOCIATE_TUTOR, training_status([], june)),
    ]
    rows = {r.group: r for r in compliance_by_group(statuses)}
    assert (rows[StaffGroup.ASSOCIATE_TUTOR].staff, rows[StaffGroup.ASSOCIATE_TUTOR].percent) == (
        2, 50.0)
    assert rows[StaffGroup.STUDENT_FACING].staff == 0


def _record(w: World, username: str = "lead", **kw: object) -> None:
    args: dict[str, object] = {"staff_id": "AT1", "name": "Ann Tutor",
                               "group": StaffGroup.ASSOCIATE_TUTOR, "module": INTRO,
                               "completed_on": today()}
    args.update(kw)
    with transaction(w.sessions) as s:
        record_completion(s, w.actor(s, username), now=utcnow(), **args)  # type: ignore[arg-type]


def test_recording_rules(world: World) -> None:  # noqa: F811
    with pytest.raises(InvalidInput, match="introductory"):
        _record(world, module=REFRESH)
    with pytest.raises(InvalidInput, match="future"):
        _record(world, completed_on=today() + timedelta(days=1))
    with pytest.raises(NotPermitted):
        _record(world, "auditor")
    _record(world, completed_on=today() - timedelta(days=800))
    with pytest.raises(Conflict):
        _record(world, name="Someone Else")
    with transaction(world.sessions) as s:
        due = _due(s, world.actor(s, "auditor"))
        assert [(d.staff_id, d.status.state) for d in due] == [("AT1", TrainingState.OVERDUE)]
    _record(world, module=REFRESH)
    with transaction(world.sessions) as s:
        auditor = world.actor(s, "auditor")
        assert _due(s, auditor) == []
        rows = list_records(s, auditor, today=today(), refresher_months=MONTHS)
        assert rows[0].status.state is TrainingState.CURRENT
        assert rows[0].status.introductory_on == today() - timedelta(days=800)
        compliance = _compliance(s, auditor)
        assert compliance[StaffGroup.ASSOCIATE_TUTOR].trained_in_date == 1
        with pytest.raises(NotPermitted):
            list_records(s, world.actor(s, "support"), today=today(), refresher_months=MONTHS)


def test_refresher_interval_is_configurable(world: World) -> None:  # noqa: F811
    _record(world, completed_on=today() - timedelta(days=400))
    with transaction(world.sessions) as s:
        auditor = world.actor(s, "auditor")
        assert _due(s, auditor, 24) == []
        assert [d.staff_id for d in _due(s, auditor, 12)] == ["AT1"]


def test_registered_staff_count_as_not_trained_until_they_leave(world: World) -> None:  # noqa: F811
    with transaction(world.sessions) as s:
        lead = world.actor(s, "lead")
        register_staff(s, lead, staff_id="SF9", name="New Starter",
                       group=StaffGroup.STUDENT_FACING, now=utcnow(),
                       started_on=today() - timedelta(days=5))
        with pytest.raises(Conflict):
            register_staff(s, lead, staff_id="SF9", name="New Starter",
                           group=StaffGroup.STUDENT_FACING, now=utcnow())
    with transaction(world.sessions) as s:
        auditor = world.actor(s, "auditor")
        rows = _compliance(s, auditor)
        assert (rows[StaffGroup.STUDENT_FACING].staff,
                rows[StaffGroup.STUDENT_FACING].not_trained) == (1, 1)
        assert [d.staff_id for d in _due(s, auditor)] == ["SF9"]
        # Before they started they did not count.
        early = group_compliance(s, auditor, today=today() - timedelta(days=6),
                                 refresher_months=MONTHS)
        assert {c.group: c.staff for c in early}[StaffGroup.STUDENT_FACING] == 0
        record_leaving(s, world.actor(s, "lead"), "SF9", today=today())
    with transaction(world.sessions) as s:
        rows = _compliance(s, world.actor(s, "auditor"))
        assert rows[StaffGroup.STUDENT_FACING].staff == 0
