"""Status boxes tell the truth: no green box or reassurance the records do not support."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_web_world import World, make_world

from gateway.users.domain import Role


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    yield w
    w.ctx.close()


def test_training_with_nobody_on_record_does_not_say_everyone_is_trained(world: World) -> None:
    browser = world.client()
    world.login(browser, Role.PREVENT_LEAD)
    page = html.unescape(browser.get("/training").text)
    assert "Nobody is on record yet" in page
    assert "trained and in date.</p>" not in page


def test_an_access_log_with_unsealed_events_is_not_shown_green(world: World) -> None:
    from test_api_flow import referral_case

    reference = referral_case(world)  # raises a concern and decides the case
    lead = world.headers(Role.PREVENT_LEAD)
    assert world.client().get(f"/api/v1/cases/{reference}", headers=lead).is_success  # a read
    browser = world.client()
    world.login(browser, Role.AUDITOR)
    page = html.unescape(browser.get("/audit/access-log").text)
    box = page.split('role="status"')[0].rsplit("<div", 1)[1]
    assert "ok" not in box.split('"')[1].split()
    assert "not sealed yet" in page
