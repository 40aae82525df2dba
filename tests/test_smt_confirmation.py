"""A decision to refer is final only once every Senior Management Team member named in it has
confirmed it themselves: until then no disclosure can be prepared from it. At every door."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from gateway.cases.service import confirm_decision, decide
from gateway.cli.case import app
from gateway.disclosures import use_cases as disclosures
from gateway.errors import NoReferralDecision
from tests.support import World, build_world, referral_decision


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path, referral=False)


def _create(world: World) -> str:
    clock, settings = world.ctx.clock, world.ctx.settings
    return str(
        world.run(
            "lead",
            lambda s, a: disclosures.create(
                s,
                a,
                clock,
                settings,
                case_reference=world.case_ref,
                recipient_reference=world.recipient_ref,
                purpose="Assessment.",
            ).reference,
        )
    )


def test_a_referral_is_not_final_until_every_smt_member_named_confirms(world: World) -> None:
    two = replace(referral_decision(), smt_usernames=("smt1", "smt2"))
    world.run("lead", lambda s, a: decide(s, a, world.case_ref, two))
    with pytest.raises(NoReferralDecision, match="not final"):
        _create(world)
    world.run("smt1", lambda s, a: confirm_decision(s, a, world.case_ref, 1))
    with pytest.raises(NoReferralDecision, match="not all confirmed"):
        _create(world)
    world.run("smt2", lambda s, a: confirm_decision(s, a, world.case_ref, 1))
    assert _create(world).startswith("DR-")


def test_the_smt_member_confirms_at_the_command_line(world: World) -> None:
    world.run("lead", lambda s, a: decide(s, a, world.case_ref, referral_decision()))
    settings = world.ctx.settings
    env = {
        "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
        "PREVENT_GATEWAY_DATABASE_URL": settings.resolved_database_url,
        "PREVENT_GATEWAY_LOG_ORIGIN": settings.log_origin,
    }
    refused = world.cli().invoke(app, ["confirm", world.case_ref, "1", "--as", "lead"], env=env)
    assert refused.exit_code != 0
    done = world.cli().invoke(app, ["confirm", world.case_ref, "1", "--as", "smt1"], env=env)
    assert done.exit_code == 0, (done.output, done.exception)
    assert "confirmed; still waiting for: no one" in done.output
    assert _create(world).startswith("DR-")
