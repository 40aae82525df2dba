"""Opening a case without an approved, in-date DPIA for recording concerns never blocks the
concern (that would be a safeguarding risk) but alerts the DPO, on their dashboard, until they
acknowledge it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

import dpia
from gateway.auth.identity import LocalUser
from gateway.cases.domain import ConcernSource
from gateway.cases.models import Concern
from gateway.cases.service import SubjectDetails, raise_concern
from gateway.dpias import use_cases
from gateway.dpias.service import install_demo_dpia
from gateway.errors import Conflict, NotPermitted
from gateway.users import use_cases as users
from tests.support import World, build_world


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path, referral=False, dpia=False)


def _as(world: World, username: str, use_case: Any, *args: Any, **kwargs: Any) -> Any:
    return world.ctx.work().run(LocalUser(username), use_case, *args, **kwargs)


def _raise(world: World, student: str) -> str:
    def work(session: Any, actor: Any) -> str:
        concern = raise_concern(
            session, actor, subject=SubjectDetails(student_id=student, name="Someone Fictional"),
            source=ConcernSource.STAFF, description="A concern.",
        )
        return str(concern.case.reference)

    return str(world.run("tutor", work))


def test_a_case_opened_without_a_dpia_alerts_the_dpo_and_is_recorded(world: World) -> None:
    # The world's case was opened before any DPIA existed: the concern is recorded ...
    with world.ctx.sessions() as session:
        assert session.scalar(select(Concern).where(Concern.id == world.concern_id)) is not None
    # ... and the DPO is alerted, on their dashboard, with why.
    board = _as(world, "dpo", users.home)
    assert [a.case_reference for a in board.dpia_alerts] == [world.case_ref]
    assert dpia.PREVENT_CONCERN_RECORDING in board.dpia_alerts[0].reason
    assert board.dpia_alerts[0].activity == dpia.PREVENT_CONCERN_RECORDING
    assert _as(world, "lead", users.home).dpia_alerts is None  # the DPO's panel

    # A second concern joining the open case opens nothing, so raises no second alert.
    _raise(world, "S2034178")
    assert len(_as(world, "dpo", use_cases.list_alerts)) == 1

    alert_id = board.dpia_alerts[0].id
    with pytest.raises(NotPermitted):
        _as(world, "lead", use_cases.acknowledge_alert, alert_id)
    done = _as(world, "dpo", use_cases.acknowledge_alert, alert_id)
    assert done.acknowledged_at is not None and done.acknowledged_by == "Dpo"
    with pytest.raises(Conflict):
        _as(world, "dpo", use_cases.acknowledge_alert, alert_id)
    assert _as(world, "dpo", users.home).dpia_alerts == []
    kept = _as(world, "auditor", use_cases.list_alerts, include_acknowledged=True)
    assert [a.id for a in kept] == [alert_id]


def test_no_alert_once_the_dpia_for_recording_concerns_is_in_force(world: World) -> None:
    with world.ctx.sessions.begin() as session:
        install_demo_dpia(
            session, preparer=world.actor("lead", session), dpo=world.actor("dpo", session),
            approver=world.actor("smt1", session), activity=dpia.PREVENT_CONCERN_RECORDING,
        )
    before = len(_as(world, "dpo", use_cases.list_alerts))
    _raise(world, "S7654321")
    assert len(_as(world, "dpo", use_cases.list_alerts)) == before
    # The DPIA for sharing does not cover recording: only the one for the activity counts.
    assert dpia.PREVENT_REFERRAL_SHARING != dpia.PREVENT_CONCERN_RECORDING


def test_the_alerts_through_the_command_line(world: World) -> None:
    from gateway.cli.main import app

    settings = world.ctx.settings
    env = {
        "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
        "PREVENT_GATEWAY_DATABASE_URL": settings.resolved_database_url,
        "PREVENT_GATEWAY_LOG_ORIGIN": settings.log_origin,
    }
    shown = world.cli().invoke(app, ["dpia", "alerts", "--as", "dpo"], env=env)
    assert shown.exit_code == 0, shown.output
    assert world.case_ref in shown.output
    alert_id = shown.output.split()[0]
    done = world.cli().invoke(
        app, ["dpia", "alerts", "--acknowledge", alert_id, "--as", "dpo"], env=env
    )
    assert done.exit_code == 0 and "acknowledged" in done.output
    refused = world.cli().invoke(
        app, ["dpia", "alerts", "--acknowledge", alert_id, "--as", "lead"], env=env
    )
    assert refused.exit_code == 1
