"""Auditors can verify the access log: sealed ranges are checked against the signed sharing log,
so even someone who drops the database's protection cannot edit them unnoticed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from gateway.access_log import use_cases
from gateway.cases.service import get_case
from gateway.errors import NotPermitted
from sharing_log import decode_entry
from tests.support import World, build_world


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    world = build_world(engine, tmp_path, referral=False, dpia=False)
    for _ in range(3):
        world.run("lead", lambda s, a: get_case(s, a, world.case_ref))
    return world


def seal(world: World, username: str = "dpo") -> object:
    return world.run(username, lambda s, a: use_cases.seal_access_log(
        s, a, world.ctx.clock, world.ctx.settings, log=world.log()))


def verify(world: World) -> object:
    return world.run(
        "auditor", lambda s, a: use_cases.verify_access_log(
            s, a, world.ctx.clock, world.ctx.settings, log=world.ctx.transparency_log())
    )


def drop_protection(engine: Engine) -> None:
    """What a database administrator could do outside the gateway."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER access_events_no_update"))
            conn.execute(text("DROP TRIGGER access_events_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER access_events_no_change ON access_events"))


def test_seal_is_logged_and_verifies(world: World) -> None:
    made = seal(world)
    assert made is not None
    with world.engine.connect() as conn:
        entry = decode_entry(world.ctx.transparency_log().entry(conn, made.log_index))  # type: ignore[attr-defined]
    assert entry.entry.entry_type.value == "access_log_sealed"
    assert entry.entry.fields["event_count"] == 3
    result = verify(world)
    assert result.ok and result.events_checked == 3 and result.unsealed_events == 0  # type: ignore[attr-defined]
    # Nothing new: no empty seal. New reads show as unsealed until the next seal.
    assert seal(world) is None
    world.run("lead", lambda s, a: get_case(s, a, world.case_ref))
    assert verify(world).unsealed_events == 1  # type: ignore[attr-defined]
    seal(world, "admin")
    assert verify(world).seals_checked == 2  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE access_events SET object_ref = 'PRV-0000-0000' WHERE id = 2",
        "DELETE FROM access_events WHERE id = 2",
        "UPDATE access_events SET user_id = user_id WHERE id = 2; "
        "INSERT INTO access_events (id, at, user_id, action, object_type, object_ref, channel) "
        "SELECT 0, at, user_id, action, object_type, object_ref, channel FROM access_events "
        "WHERE id = 2",
    ],
    ids=["edited", "deleted", "inserted"],
)
def test_editing_sealed_rows_is_detected(world: World, tamper: str) -> None:
    seal(world)
    drop_protection(world.engine)
    with world.engine.begin() as conn:
        for statement in tamper.split("; "):
            conn.execute(text(statement))
    result = verify(world)
    assert not result.ok  # type: ignore[attr-defined]
    assert "ACCESS LOG ALTERED" in result.summary  # type: ignore[attr-defined]


def test_sealing_and_reading_are_role_checked(world: World) -> None:
    for username in ("auditor", "lead", "tutor"):
        with pytest.raises(NotPermitted):
            seal(world, username)
    with pytest.raises(NotPermitted):
        world.run("lead", lambda s, a: use_cases.verify_access_log(
            s, a, world.ctx.clock, world.ctx.settings, log=world.ctx.transparency_log()))
