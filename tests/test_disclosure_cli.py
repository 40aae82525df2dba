"""`prevent-gateway disclosure ...` on an installation: listings print JSON for scripts, and
`show` prints the DPO's approval view (recipient and content hash included)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from gateway.cli.disclosure import app
from gateway.disclosures import use_cases
from gateway.disclosures.errors import RedactionUnavailable
from gateway.disclosures.views import ApprovalView
from tests.support import World, build_world, prepare_request


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path)


def env_of(world: World, **extra: str) -> dict[str, str]:
    settings = world.ctx.settings
    return {
        "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
        "PREVENT_GATEWAY_DATABASE_URL": settings.resolved_database_url,
        "PREVENT_GATEWAY_LOG_ORIGIN": settings.log_origin,
        **extra,
    }


def cli(world: World, *args: str, **extra: str) -> str:
    result = world.cli().invoke(app, list(args), env=env_of(world, **extra))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


def submitted(world: World) -> str:
    ref = prepare_request(world)
    clock, settings = world.ctx.clock, world.ctx.settings
    world.run("lead", lambda s, a: use_cases.submit(s, a, clock, settings, ref))
    return ref


def test_listings_print_json(world: World) -> None:
    ref = submitted(world)
    listed = json.loads(cli(world, "list", "--json", "--as", "dpo"))
    assert [(r["reference"], r["status"]) for r in listed] == [(ref, "submitted")]
    assert listed[0]["recipient_reference"] == world.recipient_ref
    queue = json.loads(cli(world, "queue", "--json", "--as", "dpo"))
    assert [r["reference"] for r in queue["awaiting_approval"]] == [ref]
    assert queue["emergency_reviews"] == []
    assert ref in cli(world, "list", "--as", "dpo")


def test_show_prints_the_approval_view_with_the_recipient_and_the_hash(world: World) -> None:
    ref = submitted(world)
    clock, settings = world.ctx.clock, world.ctx.settings
    view: ApprovalView = world.run(
        "dpo", lambda s, a: use_cases.approval(s, a, clock, settings, ref)
    )
    printed = cli(world, "show", ref, "--as", "dpo")
    assert view.recipient_reference in printed and view.recipient_name in printed
    assert view.content_sha256 in printed
    assert "Piotr Król" not in printed, "the DPO sees the items as they would be shared"
    as_json = json.loads(cli(world, "show", ref, "--json", "--as", "dpo"))
    assert as_json == view.model_dump(mode="json")
    approved = cli(world, "approve", ref, "--content-sha256", view.content_sha256, "--as", "dpo")
    assert view.content_sha256 in approved


def test_redact_without_the_language_model_is_a_clear_error(world: World) -> None:
    ref = prepare_request(world)
    result = world.cli().invoke(
        app,
        ["redact", ref, "--as", "lead"],
        env=env_of(world, PREVENT_GATEWAY_NLP_MODEL="xx_no_such_language_model"),
    )
    # The entry point (run_cli) prints a GatewayError's message and hint, never a traceback.
    assert isinstance(result.exception, RedactionUnavailable)
    assert "xx_no_such_language_model" in result.exception.message
