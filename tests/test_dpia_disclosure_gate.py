"""A disclosure cannot be submitted, approved or released without a DPIA in force."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from gateway.clock import Clock
from gateway.config import Settings
from gateway.db import Base
from gateway.disclosures import use_cases as disclosures
from gateway.disclosures.domain import DisclosureStatus
from gateway.dpias import use_cases as dpias
from gateway.errors import DPIARequired
from tests.support import World, approve_dpia, build_world, fingerprint, prepare_request


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    # Tables the migration does not have yet (it is regenerated at integration) are created here.
    import gateway.models  # noqa: F401

    Base.metadata.create_all(engine)
    return build_world(engine, tmp_path, dpia=False)


def uses(world: World) -> tuple[Clock, Settings]:
    return world.ctx.clock, world.ctx.settings


def test_a_dpia_being_prepared_authorises_nothing(world: World) -> None:
    ref = prepare_request(world)
    ctx = world.ctx
    world.run("lead", lambda s, a: dpias.create_from_template(s, a, ctx.clock, ctx.settings,
                                                              controller="Example U"))
    before = fingerprint(world.engine)
    with pytest.raises(DPIARequired, match="not approved"):
        world.run("lead", lambda s, a: disclosures.submit(s, a, *uses(world), ref))
    assert fingerprint(world.engine) == before


def test_disclosure_waits_for_an_approved_dpia(world: World) -> None:
    ref = prepare_request(world)

    def submit() -> None:
        world.run("lead", lambda s, a: disclosures.submit(s, a, *uses(world), ref))

    before = fingerprint(world.engine)
    with pytest.raises(DPIARequired, match="no DPIA"):
        submit()
    assert fingerprint(world.engine) == before

    approve_dpia(world)
    submit()
    status = world.run("dpo", lambda s, a: disclosures.read(s, a, *uses(world), ref).status)
    assert status is DisclosureStatus.SUBMITTED
