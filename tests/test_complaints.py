"""Complaints (DPA 2018 s.164A) through the use cases on a real database (SQLite or PostgreSQL):
who, when, what; the acknowledgement due within 30 days beginning with the day received, on the
DPO's dashboard and flagged once overdue; the outcome recorded; disposal blocked while open."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from gateway.clock import FixedClock
from gateway.complaints import use_cases
from gateway.complaints.domain import ComplaintState, acknowledge_by
from gateway.errors import Conflict, InvalidInput, NotPermitted
from gateway.users import use_cases as users
from tests.support import World, build_world, fingerprint


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path)


def as_of(world: World, day: date) -> tuple[Any, Any]:
    from datetime import UTC, datetime

    return FixedClock(datetime(day.year, day.month, day.day, 10, tzinfo=UTC)), world.ctx.settings


def test_the_deadline_counts_the_day_received_as_the_first_of_thirty() -> None:
    assert acknowledge_by(date(2026, 11, 3)) == date(2026, 12, 2)
    assert acknowledge_by(date(2027, 2, 1)) == date(2027, 3, 2)


def test_acknowledgement_deadline_and_overdue_flag_on_the_dpo_dashboard(world: World) -> None:
    received = world.ctx.clock.today() - timedelta(days=40)
    opened = world.run(
        "dpo",
        lambda s, a: use_cases.open_complaint(
            s,
            a,
            *as_of(world, received),
            world.case_ref,
            "Amir Hassan",
            "He says his views were shared with the police without reason.",
            received_on=received,
        ),
    )
    due = received + timedelta(days=29)
    assert (opened.acknowledge_by, opened.overdue, opened.days_left) == (due, False, 29)
    assert opened.state is ComplaintState.AWAITING_ACKNOWLEDGEMENT

    # The last day is still in time; the day after, it is overdue.
    on_time = world.run("dpo", lambda s, a: users.home(s, a, *as_of(world, due)))
    assert [(c.reference, c.acknowledge_by, c.overdue) for c in on_time.complaints or []] == [
        (opened.reference, due, False)
    ]
    late = world.run("dpo", lambda s, a: users.home(s, a, *as_of(world, due + timedelta(days=1))))
    assert [(c.overdue, c.days_left) for c in late.complaints or []] == [(True, -1)]
    # Only the DPO's dashboard shows complaints.
    lead = world.run("lead", lambda s, a: users.home(s, a, *as_of(world, due)))
    assert lead.complaints is None

    # Closing before the acknowledgement is refused: the law requires one.
    with pytest.raises(InvalidInput, match="not been acknowledged"):
        world.run(
            "dpo",
            lambda s, a: use_cases.close(
                s, a, *as_of(world, due), opened.reference, "not_upheld", "Explained."
            ),
        )
    acked = world.run(
        "dpo",
        lambda s, a: use_cases.acknowledge(
            s, a, *as_of(world, due + timedelta(days=1)), opened.reference
        ),
    )
    assert acked.state is ComplaintState.ACKNOWLEDGED and not acked.overdue
    closed = world.run(
        "dpo",
        lambda s, a: use_cases.close(
            s,
            a,
            *as_of(world, due + timedelta(days=5)),
            opened.reference,
            "partly_upheld",
            "The sharing was lawful; the delay in replying was not acceptable.",
        ),
    )
    assert (closed.state, closed.outcome) == (ComplaintState.CLOSED, "partly_upheld")
    shown = world.run(
        "dpo", lambda s, a: use_cases.read_complaint(s, a, *cs(world), opened.reference)
    )
    assert shown.complainant == "Amir Hassan" and shown.outcome_summary
    empty = world.run("dpo", lambda s, a: users.home(s, a, *cs(world)))
    assert empty.complaints == []


def cs(world: World) -> tuple[Any, Any]:
    return world.ctx.clock, world.ctx.settings


def test_refusals_change_nothing(world: World) -> None:
    today = world.ctx.clock.today()
    for args, error in (
        ((world.case_ref, " ", "What"), InvalidInput),
        ((world.case_ref, "Who", ""), InvalidInput),
        (("PRV-1999-0001", "Who", "What"), Exception),
    ):
        before = fingerprint(world.engine)
        with pytest.raises(error):
            world.run("dpo", lambda s, a: use_cases.open_complaint(s, a, *cs(world), *args))
        assert fingerprint(world.engine) == before
    with pytest.raises(NotPermitted):
        world.run(
            "lead",
            lambda s, a: use_cases.open_complaint(s, a, *cs(world), world.case_ref, "W", "X"),
        )
    opened = world.run(
        "dpo", lambda s, a: use_cases.open_complaint(s, a, *cs(world), world.case_ref, "W", "X")
    )
    with pytest.raises(InvalidInput, match="future"):
        world.run(
            "dpo",
            lambda s, a: use_cases.acknowledge(
                s, a, *cs(world), opened.reference, on=today + timedelta(days=1)
            ),
        )
    world.run("dpo", lambda s, a: use_cases.acknowledge(s, a, *cs(world), opened.reference))
    with pytest.raises(Conflict):
        world.run("dpo", lambda s, a: use_cases.acknowledge(s, a, *cs(world), opened.reference))
    with pytest.raises(InvalidInput, match="not an outcome"):
        world.run(
            "dpo", lambda s, a: use_cases.close(s, a, *cs(world), opened.reference, "won", "Y")
        )
