"""Text a person types (or pastes) is stored exactly, or refused with a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from gateway.cases import service as cases
from gateway.cases.domain import ConcernSource
from gateway.errors import InvalidInput
from gateway.users.domain import Role
from gateway.users.service import create_user
from tests.support import build_world, fingerprint


def test_nul_character_is_refused_on_every_engine(engine: Engine, tmp_path: Path) -> None:
    world = build_world(engine, tmp_path, referral=False, dpia=False)
    before = fingerprint(engine)
    with pytest.raises(InvalidInput, match="display name contains a NUL"):
        world.run("admin", lambda s, a: create_user(
            s, username="nul.user", display_name="A\x00B", role=Role.DPO, staff_id="ST-NUL",
            actor=a))
    with pytest.raises(InvalidInput, match="NUL"):
        world.run("tutor", lambda s, a: cases.raise_concern(
            s, a, subject=cases.SubjectDetails("S7654321", "Jo Bloggs"),
            source=ConcernSource.STAFF, description="Seen\x00 in chat"))
    assert fingerprint(engine) == before


def test_unicode_and_line_breaks_round_trip(engine: Engine, tmp_path: Path) -> None:
    world = build_world(engine, tmp_path, referral=False, dpia=False)
    text = "Łukasz Wójcik said:\n\t“I’ll be there” — 😐 Ивана"
    concern_id = world.run("tutor", lambda s, a: cases.raise_concern(
        s, a, subject=cases.SubjectDetails("S7654321", "Jo Bloggs"),
        source=ConcernSource.STAFF, description=text).id)
    with world.sessions() as session:
        case = cases.list_own_concerns(session, world.actor("tutor", session))
        assert [c.description for c in case if c.id == concern_id] == [text]
