"""Corrections, requests from Channel and the police, and complaints through every door: the
command line (`case correct`, `request open|list|show|answer|refuse`, `complaint
open|acknowledge|close|list`), the API and the pages give the same answers; the DPO's dashboard
shows a complaint's acknowledgement date and flags it once overdue."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import typer
from test_web_world import World, make_world

from gateway.cases import service as cases
from gateway.cases.domain import ConcernSource
from gateway.cli import case, complaint, request
from gateway.db import transaction
from gateway.users.domain import Role
from tests.support import CliAs

API = "/api/v1"


@pytest.fixture
def world(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
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
    app.add_typer(case.app, name="case")
    app.add_typer(request.app, name="request")
    app.add_typer(complaint.app, name="complaint")
    return app


def _cli(app: typer.Typer, *args: str, input: str | None = None) -> str:
    result = CliAs().invoke(app, list(args), input=input)
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


def _case(world: World) -> str:
    lead = world.headers(Role.PREVENT_LEAD)
    return str(world.client().get(f"{API}/cases", headers=lead).json()["items"][0]["reference"])


def test_a_correction_on_every_door(world: World, cli: typer.Typer) -> None:
    ref = _case(world)
    lead = world.username(Role.PREVENT_LEAD)
    reason = Path(world.ctx.settings.data_dir) / "reason.txt"
    reason.write_text("The tutor misread the link.", encoding="utf-8")
    empty = CliAs().invoke(
        cli,
        ["case", "correct", ref, "concern:1", "--file", "-", "--reason-file", str(reason),
         "--as", lead],
        input="",
    )
    assert "corrected text" in str(empty.exception)  # refused, nothing saved

    made = json.loads(
        _cli(
            cli, "case", "correct", ref, "concern:1", "--file", "-", "--reason-file",
            str(reason), "--json", "--as", lead,
            input="Robin shared a news report in a seminar.\n",
        )
    )
    reference = made["reference"]
    assert made["notices"] == []  # nothing was released: nobody else to tell
    shown = _cli(cli, "case", "show", ref, "--as", lead)
    assert f"[corrected by {reference}]" in shown and "Robin shared a video" in shown
    api = world.client()
    dpo = world.headers(Role.DPO)
    listed = api.get(f"{API}/corrections", headers=dpo).json()["items"]
    from_cli = json.loads(
        _cli(cli, "case", "corrections", "--json", "--as", world.username(Role.DPO))
    )
    assert listed == from_cli and [c["reference"] for c in listed] == [reference]
    assert api.post(
        f"{API}/cases/{ref}/corrections",
        json={"target": "concern:1", "corrected_text": "x", "reason": "y"},
        headers=dpo,
    ).status_code == 403

    # The case page marks the concern as corrected; the original text is still there.
    browser = world.client()
    world.login(browser, Role.PREVENT_LEAD)
    page = browser.get(f"/cases/{ref}").text
    assert "Robin shared a video in a seminar." in page and "Corrected by" in page
    assert reference in page
    shown = browser.get(f"/corrections/{reference}")
    assert shown.status_code == 200 and "The tutor misread the link." in shown.text


def test_a_request_on_every_door(world: World, cli: typer.Typer) -> None:
    ref = _case(world)
    lead = world.username(Role.PREVENT_LEAD)
    deadline = (world.ctx.clock.today() + timedelta(days=7)).isoformat()
    purpose = Path(world.ctx.settings.data_dir) / "purpose.txt"
    purpose.write_text("A Channel panel is assessing the student.", encoding="utf-8")
    opened = _cli(
        cli, "request", "open", "--case", ref, "--recipient", world.recipient,
        "--requester", "Sam Panel", "--organisation", "Example Channel panel",
        "--power", "ctsa2015.s38", "--purpose-file", str(purpose), "--asked-for-file", "-",
        "--deadline", deadline, "--as", lead, input="Attendance and any concerns recorded.\n",
    )
    reference = opened.split()[1]
    api = world.client()
    headers = world.headers(Role.PREVENT_LEAD)
    from_api = api.get(f"{API}/requests", headers=headers).json()["items"]
    from_cli = json.loads(_cli(cli, "request", "list", "--json", "--as", lead))
    assert from_api == from_cli and [r["reference"] for r in from_api] == [reference]
    shown = json.loads(_cli(cli, "request", "show", reference, "--json", "--as", lead))
    assert shown == api.get(f"{API}/requests/{reference}", headers=headers).json()
    assert shown["asked_for"] == "Attendance and any concerns recorded."

    answered = _cli(cli, "request", "answer", reference, "--as", lead)
    answer = re.search(r"DR-\d{4}-\d{4}", answered)
    assert answer
    disclosure = api.get(f"{API}/disclosures/{answer.group(0)}", headers=headers).json()
    assert disclosure["kind"] == "request_answer" and disclosure["answers_request"] == reference

    # The DPO's and the Prevent Lead's dashboards list it until it is answered or refused.
    browser = world.client()
    world.login(browser, Role.PREVENT_LEAD)
    assert reference in browser.get("/").text and reference in browser.get("/requests").text

    second = api.post(
        f"{API}/requests",
        json={
            "case": ref, "recipient": world.recipient, "requester": "DC Lee",
            "organisation": "Example Police", "legal_power": "dpa2018.sch2.para2",
            "purpose": "An investigation.", "asked_for": "Everything.", "deadline": deadline,
        },
        headers=headers,
    )
    assert second.status_code == 201, second.text
    refused = CliAs().invoke(
        cli,
        ["request", "refuse", second.json()["reference"], "--reason-file", "-", "--as", lead],
        input="Everything is not necessary for the stated purpose.\n",
    )
    assert refused.exit_code == 0, refused.output
    assert api.get(f"{API}/requests/{second.json()['reference']}", headers=headers).json()[
        "state"
    ] == "refused"
    assert api.post(f"{API}/requests", json={}, headers=world.headers(Role.TUTOR)).status_code in (
        403,
        422,
    )


def test_a_complaint_deadline_and_overdue_flag_on_every_door(
    world: World, cli: typer.Typer
) -> None:
    ref = _case(world)
    dpo = world.username(Role.DPO)
    received = world.ctx.clock.today() - timedelta(days=31)
    said = _cli(
        cli, "complaint", "open", "--case", ref, "--complainant", "Robin Asking",
        "--summary-file", "-", "--received", received.isoformat(), "--as", dpo,
        input="Robin says the concern was recorded unfairly.\n",
    )
    reference = said.split()[1]
    due = received + timedelta(days=29)
    api = world.client()
    headers = world.headers(Role.DPO)
    from_api = api.get(f"{API}/complaints", headers=headers).json()["items"]
    from_cli = json.loads(_cli(cli, "complaint", "list", "--json", "--as", dpo))
    assert from_api == from_cli
    assert [(c["reference"], c["acknowledge_by"], c["overdue"]) for c in from_api] == [
        (reference, due.isoformat(), True)
    ]
    assert "OVERDUE" in _cli(cli, "complaint", "list", "--as", dpo)

    # The DPO's dashboard: the due date, flagged overdue.
    browser = world.client()
    world.login(browser, Role.DPO)
    home = browser.get("/").text
    section = home[home.index('id="complaints"') :]
    assert reference in section and "Overdue by 2 day(s)" in section

    _cli(cli, "complaint", "acknowledge", reference, "--as", dpo)
    closed = CliAs().invoke(
        cli,
        ["complaint", "close", reference, "--outcome", "upheld", "--summary-file", "-",
         "--as", dpo],
        input="The record was corrected.\n",
    )
    assert closed.exit_code == 0, closed.output
    shown = api.get(f"{API}/complaints/{reference}", headers=headers).json()
    assert (shown["state"], shown["outcome"]) == ("closed", "upheld")
    assert api.get(f"{API}/complaints", headers=world.headers(Role.PREVENT_LEAD)).status_code == 403
