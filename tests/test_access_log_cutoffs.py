"""The access log cannot be emptied by inserting a cutoff: on PostgreSQL the database refuses a
cutoff that no disposal certified, and on both engines `access-log verify` checks every cutoff's
certificate and sharing-log entry and that what is missing is exactly what disposals removed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from gateway.access_log import use_cases
from gateway.access_log.models import AccessEvent
from gateway.cases.service import get_case
from tests.retention_support import dispose, immediate_schedule
from tests.support import World, build_world


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    world = build_world(engine, tmp_path, referral=False, dpia=False)
    for _ in range(3):
        world.run("lead", lambda s, a: get_case(s, a, world.case_ref))
    world.run("dpo", lambda s, a: use_cases.seal_access_log(
        s, a, world.ctx.clock, world.ctx.settings, log=world.log()))
    return world


def check(world: World) -> object:
    return world.run(
        "auditor", lambda s, a: use_cases.check_access_log(
            s, a, world.ctx.clock, world.ctx.settings, log=world.ctx.transparency_log())
    )


def count_events(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM access_events")).scalar_one())


FORGED_CUTOFF = (
    "INSERT INTO access_log_cutoffs (cutoff, certificate_reference) "
    "VALUES ('2099-01-01 00:00:00+00:00', :cert)"
)


def test_untouched_access_log_verifies(world: World) -> None:
    view = check(world)
    assert view.append_only and view.seals_verified, view.detail  # type: ignore[attr-defined]


@pytest.mark.parametrize("certificate", ["DC-2099-0001", "real"])
def test_a_forged_cutoff_cannot_empty_the_access_log(world: World, certificate: str) -> None:
    if certificate == "real":
        # Even naming a genuine certificate: it never certified removing everything up to 2099.
        _old_events(world, 1)
        dispose(world, immediate_schedule(access_log={"period": "P1Y"}))
        with world.engine.connect() as conn:
            certificate = conn.execute(
                text("SELECT reference FROM destruction_certificates")
            ).scalar_one()
        assert check(world).seals_verified  # type: ignore[attr-defined]
    before = count_events(world.engine)
    assert before > 0
    attack = [FORGED_CUTOFF, "DELETE FROM access_events"]
    if world.engine.dialect.name == "postgresql":
        # The database refuses it: the cutoff is checked when the transaction commits, so the
        # deletion it was meant to allow is rolled back with it.
        with pytest.raises(DBAPIError, match="access-log cutoff"), world.engine.begin() as conn:
            for statement in attack:
                conn.execute(text(statement), {"cert": certificate})
        assert count_events(world.engine) == before
        with pytest.raises(DBAPIError, match="access-log cutoff"), world.engine.begin() as conn:
            conn.execute(text(FORGED_CUTOFF), {"cert": certificate})
        # Whoever drops that protection (the table's owner can) is still caught by verify.
        with world.engine.begin() as conn:
            conn.execute(text(
                "DROP TRIGGER access_log_cutoffs_certified ON access_log_cutoffs"))
    with world.engine.begin() as conn:
        for statement in attack:
            conn.execute(text(statement), {"cert": certificate})
    assert count_events(world.engine) == 0
    view = check(world)
    assert not view.seals_verified  # type: ignore[attr-defined]
    assert "ACCESS LOG ALTERED" in view.detail  # type: ignore[attr-defined]
    assert "cutoff of 2099-01-01" in view.detail  # type: ignore[attr-defined]


def _old_events(world: World, n: int) -> None:
    old = datetime.now(UTC) - timedelta(days=800)
    with world.sessions.begin() as session:
        for i in range(n):
            session.add(AccessEvent(
                user_id=world.users["lead"].id, action="case.read", object_type="case",
                object_ref=f"PRV-OLD-{i}", channel="cli", at=old,
            ))


def test_a_certified_disposal_verifies_and_extra_deletions_do_not(world: World) -> None:
    _old_events(world, 3)
    view = dispose(world, immediate_schedule(access_log={"period": "P1Y"}))
    assert view.certificate_reference
    checked = check(world)
    assert checked.seals_verified, checked.detail  # type: ignore[attr-defined]
    assert "disposed under retention" in checked.detail  # type: ignore[attr-defined]
    assert "(3 events" in checked.detail  # type: ignore[attr-defined]
    # One more event removed by hand from a range the disposal touched: the count is off.
    with world.engine.begin() as conn:
        if world.engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER access_events_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER access_events_no_change ON access_events"))
        conn.execute(text("DELETE FROM access_events WHERE id = (SELECT min(id) FROM "
                          "access_events)"))
    checked = check(world)
    assert not checked.seals_verified  # type: ignore[attr-defined]
    assert "certified disposals removed 3" in checked.detail  # type: ignore[attr-defined]


def test_unsealed_events_removed_are_caught_at_the_next_seal(world: World) -> None:
    for _ in range(3):
        world.run("lead", lambda s, a: get_case(s, a, world.case_ref))
    from gateway.access_log.sealing import AccessLogAltered

    with world.engine.begin() as conn:
        if world.engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER access_events_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER access_events_no_change ON access_events"))
        conn.execute(text("DELETE FROM access_events WHERE id = (SELECT max(id) - 1 FROM "
                          "access_events)"))
    with pytest.raises(AccessLogAltered, match="not sealed"):
        world.run("dpo", lambda s, a: use_cases.seal_access_log(
            s, a, world.ctx.clock, world.ctx.settings, log=world.log()))
