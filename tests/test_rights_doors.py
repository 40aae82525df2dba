"""Subject access and the DPIA give the same answer through every door: the deadlines on the
DPO's list (command line, API, pages, dashboard) and whether a DPIA is in force."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from test_web_world import World, make_world

from gateway.auth.identity import LocalUser
from gateway.cases import service as cases
from gateway.cases.domain import ConcernSource
from gateway.cli import dpia, sar
from gateway.db import transaction
from gateway.dpias.service import install_demo_dpia
from gateway.users.domain import Role
from tests.support import CliAs

API = "/api/v1"
ACTIVITY = "prevent-referral-sharing"


@pytest.fixture
def world(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    # The command line opens the same installation as the app.
    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(w.ctx.settings.data_dir))
    monkeypatch.setenv("PREVENT_GATEWAY_DATABASE_URL", database_url)
    with transaction(w.ctx.sessions) as session:
        cases.raise_concern(
            session,
            w.actor(session, Role.TUTOR),
            subject=cases.SubjectDetails(student_id="S7770001", name="Robin Asking"),
            source=ConcernSource.ASSOCIATE_TUTOR,
            description="Robin shared a video in a seminar.",
        )
    yield w
    w.ctx.close()


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    app.add_typer(sar.app, name="sar")
    app.add_typer(dpia.app, name="dpia")
    return app


def _cli(app: typer.Typer, *args: str) -> str:
    result = CliAs().invoke(app, list(args))
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


def test_the_sar_deadlines_are_the_same_on_every_door(world: World, cli: typer.Typer) -> None:
    api = world.client()
    dpo = world.headers(Role.DPO)
    opened = api.post(f"{API}/sars", json={"student_id": "S7770001"}, headers=dpo)
    assert opened.status_code == 201, opened.text
    reference = opened.json()["reference"]
    extended = api.post(f"{API}/sars/{reference}/extend", json={"reason": "Many records."},
                        headers=dpo)
    assert extended.status_code == 200, extended.text

    from_api = api.get(f"{API}/sars", headers=dpo).json()["items"]
    from_cli = json.loads(_cli(cli, "sar", "list", "--all", "--json", "--as",
                               world.username(Role.DPO)))
    assert from_api == from_cli and [r["reference"] for r in from_api] == [reference]
    row = from_api[0]
    assert row["extended"] and not row["overdue"] and row["days_left"] > 31

    # The request itself: the same view on the API and the command line.
    shown_api = api.get(f"{API}/sars/{reference}", headers=dpo).json()
    shown_cli = json.loads(_cli(cli, "sar", "show", reference, "--json", "--as",
                                world.username(Role.DPO)))
    assert shown_api == shown_cli and shown_api["item_list"]

    # The pages and the dashboard show the same deadline and days left.
    browser = world.client()
    world.login(browser, Role.DPO)
    for page in ("/sar", "/"):
        text = re.sub(r' data-label="[^"]*"', "", browser.get(page).text)
        assert reference in text and f"<td>{row['days_left']}</td>" in text


def test_the_dpia_status_is_the_same_on_every_door(world: World, cli: typer.Typer) -> None:
    with transaction(world.ctx.sessions) as session:
        install_demo_dpia(
            session,
            preparer=world.actor(session, Role.PREVENT_LEAD),
            dpo=world.actor(session, Role.DPO),
            approver=world.actor(session, Role.SMT_MEMBER),
        )
    api = world.client()
    auditor = world.headers(Role.AUDITOR)
    from_api = api.get(f"{API}/dpias/{ACTIVITY}/status", headers=auditor).json()
    from_cli = json.loads(_cli(cli, "dpia", "status", "--json", "--as",
                               world.username(Role.AUDITOR)))
    assert from_api == from_cli and from_api["in_force"] and from_api["version"] == 1
    assert api.get(f"{API}/dpias", headers=auditor).json() == json.loads(
        _cli(cli, "dpia", "list", "--json", "--as", world.username(Role.AUDITOR))
    ) == [from_api]
    # The register page prints the same lines.
    browser = world.client()
    world.login(browser, Role.AUDITOR)
    page = html.unescape(browser.get("/dpia").text)
    assert all(line in page for line in from_api["lines"])
    # The use case the doors call says the same.
    from gateway.dpias import use_cases

    view = world.ctx.work().run(LocalUser(world.username(Role.AUDITOR)), use_cases.status,
                                ACTIVITY)
    assert view.model_dump(mode="json") == from_api
