"""No record kept for ever by accident: every record class has a trigger that always fires.

A referral case whose student is never recorded as having left, an internal-action case whose
review is never re-decided, an undecided case, a subject access request never answered and the
training records of someone never recorded as leaving all fall due the fallback period after
their last action; subject access requests and training records have classes of their own and
are destroyed and certified like any other record.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from gateway.cases.domain import ConcernSource, DecisionInput, Outcome, Seriousness
from gateway.cases.service import SubjectDetails, decide, raise_concern
from gateway.retention import use_cases
from gateway.retention.models import RetentionTombstone
from gateway.retention.plan import PlanStatus
from gateway.retention.schedule import (
    RecordClass,
    ScheduleInvalid,
    Trigger,
    load_schedule,
    parse_schedule,
)
from gateway.sar import use_cases as sar_use_cases
from gateway.timeutil import today, utcnow
from gateway.training.domain import StaffGroup, TrainingModule
from gateway.training.service import record_completion, record_leaving
from tests.retention_support import dispose, immediate_schedule, schedule_toml, use
from tests.support import World, build_world

SIX_YEARS_ON = today().replace(year=today().year + 6) + timedelta(days=2)


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path, referral=True, dpia=False)


def _plan(world: World, as_of: date, schedule: Any = None) -> dict[str, Any]:
    view = use(
        world,
        "dpo",
        use_cases.retention_plan,
        schedule=schedule or world.ctx.schedule,
        as_of=as_of,
        include_not_due=True,
    )
    return {i.record_ref: i for i in view.items}


def _case(world: World, student: str, outcome: Outcome | None, **kw: Any) -> str:
    def work(session: Any, actor: Any) -> str:
        concern = raise_concern(
            session,
            actor,
            subject=SubjectDetails(student_id=student, name="Someone Fictional"),
            source=ConcernSource.STAFF,
            description="A concern.",
        )
        ref = str(concern.case.reference)
        if outcome is not None:
            decide(
                session,
                actor,
                ref,
                DecisionInput(
                    seriousness=Seriousness.LOW,
                    outcome=outcome,
                    rationale="Considered with the SMT.",
                    freedom_of_speech_consideration="Lawful views were not the reason.",
                    smt_usernames=("smt1",),
                    **kw,
                ),
            )
        return ref

    return str(world.run("lead", work))


def test_every_case_in_every_state_is_in_the_plan_with_why(world: World) -> None:
    undecided = _case(world, "S0000001", None)
    nfa = _case(world, "S0000002", Outcome.NO_FURTHER_ACTION)
    review_on = today() + timedelta(days=30)
    internal = _case(
        world, "S0000003", Outcome.INTERNAL_ACTION, actions="Mentoring.", review_date=review_on
    )
    plan = _plan(world, today())
    classes = {
        world.case_ref: RecordClass.REFERRAL_CASE,
        undecided: RecordClass.UNDECIDED_CASE,
        nfa: RecordClass.NO_FURTHER_ACTION_RECORD,
        internal: RecordClass.INTERNAL_ACTION_CASE,
    }
    for ref, record_class in classes.items():
        item = plan[ref]
        assert item.record_class == record_class.value
        assert item.status is PlanStatus.NOT_DUE
        assert item.due_on is not None, ref  # every case has a day it falls due
        assert item.reasons, ref  # and says why it is not due yet
    referral = plan[world.case_ref]
    assert referral.fallback and referral.trigger == Trigger.LAST_ACTION.value
    assert "the student has not been recorded as having left" in referral.reasons[0]


def test_a_referral_case_whose_student_never_left_falls_due_after_its_last_action(
    world: World,
) -> None:
    item = _plan(world, SIX_YEARS_ON)[world.case_ref]
    assert item.status is PlanStatus.DUE and item.fallback
    assert item.due_on == today().replace(year=today().year + 6)

    # A recorded departure is the rule's own trigger again: six years from the day they left.
    left = today() + timedelta(days=100)
    use(world, "lead", use_cases.record_departure, "S2034178", left_on=left)
    item = _plan(world, SIX_YEARS_ON)[world.case_ref]
    assert not item.fallback and item.trigger == Trigger.STUDENT_LEFT.value
    assert item.status is PlanStatus.NOT_DUE and item.due_on == left.replace(year=left.year + 6)


def test_an_internal_action_review_never_re_decided_does_not_keep_the_case_for_ever(
    world: World,
) -> None:
    review_on = today() + timedelta(days=30)
    ref = _case(
        world, "S0000004", Outcome.INTERNAL_ACTION, actions="Mentoring.", review_date=review_on
    )
    lapse_on = review_on.replace(year=review_on.year + 6)
    before = _plan(world, review_on + timedelta(days=1))[ref]
    assert before.status is PlanStatus.NOT_DUE
    # With a schedule counting from the last action, the overdue review blocks -- until it lapses.
    schedule = parse_schedule(
        schedule_toml(
            period="P0D", internal_action_case={"trigger": "last_action", "fallback_period": "P6Y"}
        ),
        "(test)",
    )
    blocked = _plan(world, review_on + timedelta(days=1), schedule)[ref]
    assert blocked.status is PlanStatus.BLOCKED
    assert any(f"kept until {lapse_on} at the latest" in r for r in blocked.reasons)
    assert _plan(world, lapse_on, schedule)[ref].status is PlanStatus.DUE

    # The shipped schedule counts from the review's completion, else from the review date.
    shipped = _plan(world, lapse_on)[ref]
    assert shipped.status is PlanStatus.DUE and shipped.fallback
    assert shipped.due_on == lapse_on


def test_an_undecided_case_falls_due_and_is_destroyed(world: World) -> None:
    ref = _case(world, "S0000005", None)
    item = _plan(world, SIX_YEARS_ON)[ref]
    assert (item.record_class, item.status) == (RecordClass.UNDECIDED_CASE.value, PlanStatus.DUE)
    schedule = immediate_schedule(undecided_case={"trigger": "last_action"})
    result = dispose(world, schedule)
    assert ref in [i.record_ref for i in result.items]
    with world.engine.connect() as conn:
        assert conn.execute(
            text("SELECT count(*) FROM cases WHERE reference = :r"), {"r": ref}
        ).scalar_one() == 0


def test_access_requests_have_a_class_and_are_destroyed_when_due(world: World) -> None:
    opened = use(
        world,
        "dpo",
        sar_use_cases.open_request,
        "S2034178",
        keyring=world.ctx.keyring,
        log=world.ctx.transparency_log(),
    )
    item = _plan(world, today())[opened.reference]
    assert item.record_class == RecordClass.ACCESS_REQUEST.value
    assert item.fallback and "the request has not been answered" in item.reasons[0]
    assert _plan(world, SIX_YEARS_ON)[opened.reference].status is PlanStatus.DUE

    # A legal hold on the student keeps the request as it keeps their cases.
    use(world, "dpo", use_cases.place_hold, case_ref=None, student_id="S2034178",
        holder="Legal Services", reason="Claim expected.")
    assert _plan(world, SIX_YEARS_ON)[opened.reference].status is PlanStatus.BLOCKED


def test_an_answered_access_request_is_destroyed_and_certified(world: World) -> None:
    opened = use(
        world,
        "dpo",
        sar_use_cases.open_request,
        "S9999999",  # nobody's records: nothing to decide, so it can be answered at once
        keyring=world.ctx.keyring,
        log=world.ctx.transparency_log(),
    )
    with world.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE subject_access_requests SET status = 'responded', responded_at = :at "
                "WHERE reference = :r"
            ),
            {"at": utcnow(), "r": opened.reference},
        )
    item = _plan(world, today(), immediate_schedule())[opened.reference]
    assert item.trigger == Trigger.REQUEST_CLOSED.value and not item.fallback
    result = dispose(world, immediate_schedule())
    assert opened.reference in [i.record_ref for i in result.items]
    with world.ctx.sessions() as session:
        tomb = session.scalar(
            select(RetentionTombstone).where(RetentionTombstone.record_ref == opened.reference)
        )
        assert tomb is not None and tomb.record_class == RecordClass.ACCESS_REQUEST.value
    with world.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM subject_access_requests")).scalar_one() == 0


def test_training_records_fall_due_after_leaving_or_the_last_record(world: World) -> None:
    completed = today() - timedelta(days=10)

    def record(session: Any, actor: Any) -> tuple[int, int]:
        stayer = record_completion(
            session, actor, staff_id="AT0001", name="Ann Tutor", group=StaffGroup.ASSOCIATE_TUTOR,
            module=TrainingModule.INTRODUCTORY, completed_on=completed, now=utcnow(),
        )
        leaver = record_completion(
            session, actor, staff_id="AT0002", name="Ben Tutor", group=StaffGroup.ASSOCIATE_TUTOR,
            module=TrainingModule.INTRODUCTORY, completed_on=completed, now=utcnow(),
        )
        record_leaving(session, actor, "AT0002", today=today(), left_on=today())
        return stayer.staff_pk, leaver.staff_pk

    stayer, leaver = world.run("lead", record)
    plan = _plan(world, today())
    stays, leaves = plan[f"training-staff-{stayer}"], plan[f"training-staff-{leaver}"]
    assert stays.record_class == RecordClass.TRAINING_RECORD.value
    assert stays.fallback and "has not been recorded as leaving" in stays.reasons[0]
    assert stays.due_on == today().replace(year=today().year + 6)
    assert not leaves.fallback and leaves.trigger == Trigger.STAFF_LEFT.value

    result = dispose(world, immediate_schedule())
    assert [i.record_ref for i in result.items if i.record_class == "training_record"] == [
        f"training-staff-{leaver}"
    ]
    with world.engine.connect() as conn:
        rows = conn.execute(text("SELECT staff_id FROM training_staff")).scalars().all()
        assert rows == ["AT0001"]
        assert conn.execute(
            text("SELECT count(*) FROM training_completions WHERE staff_pk = :p"), {"p": leaver}
        ).scalar_one() == 0


def test_the_fallback_is_set_per_class_and_refused_where_it_means_nothing() -> None:
    shipped = load_schedule()
    for record_class in (
        RecordClass.REFERRAL_CASE,
        RecordClass.INTERNAL_ACTION_CASE,
        RecordClass.ACCESS_REQUEST,
        RecordClass.TRAINING_RECORD,
    ):
        rule = shipped.rule(record_class)
        assert rule.fallback is not None and rule.fallback.years == 6, record_class
        assert "after the last action" in rule.describe()
    assert shipped.rule(RecordClass.NO_FURTHER_ACTION_RECORD).fallback is None

    custom = parse_schedule(
        schedule_toml(referral_case={"trigger": "student_left", "fallback_period": "P3Y"}), "x"
    )
    assert custom.rule(RecordClass.REFERRAL_CASE).fallback.years == 3  # type: ignore[union-attr]
    # Left out: six years, so a trigger that may never come always has a fallback.
    defaulted = parse_schedule(schedule_toml(referral_case={"trigger": "student_left"}), "x")
    assert defaulted.rule(RecordClass.REFERRAL_CASE).fallback.years == 6  # type: ignore[union-attr]

    with pytest.raises(ScheduleInvalid, match="always comes"):
        parse_schedule(schedule_toml(access_log={"fallback_period": "P1Y"}), "x")
    with pytest.raises(ScheduleInvalid, match="fallback_period"):
        parse_schedule(
            schedule_toml(referral_case={"trigger": "student_left", "fallback_period": "-P1Y"}),
            "x",
        )
    # A schedule written before the new classes existed is refused, naming them.
    old = schedule_toml().split("[classes.undecided_case]")[0]
    with pytest.raises(ScheduleInvalid, match="undecided_case, access_request, training_record"):
        parse_schedule(old, "old.toml")
