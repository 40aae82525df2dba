"""The command line, the API and the pages give the same training figure and the same annual
report training figure, under the installation's refresher interval (here not the default);
and the auditor's sharing-log and access-log pages, routes and commands work from one set of
use cases."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import typer
from test_web_world import World, make_world

from gateway.cli import access_log, report, training
from gateway.reports.domain import AcademicYear
from gateway.timeutil import today
from gateway.users.domain import Role
from tests.support import CliAs

#: Not the default (24): a completion 400 days ago is overdue only under this setting.
MONTHS = 12
API = "/api/v1"


@pytest.fixture
def world(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    # The same installation setting reaches every door: the app's and the command line's.
    w.ctx.settings = w.ctx.settings.model_copy(update={"training_refresher_months": MONTHS})
    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(w.ctx.settings.data_dir))
    monkeypatch.setenv("PREVENT_GATEWAY_DATABASE_URL", database_url)
    monkeypatch.setenv("PREVENT_GATEWAY_TRAINING_REFRESHER_MONTHS", str(MONTHS))
    yield w
    w.ctx.close()


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    app.add_typer(training.app, name="training")
    app.add_typer(report.app, name="report")
    app.add_typer(access_log.app, name="access-log")
    return app


def _cli(app: typer.Typer, *args: str) -> str:
    result = CliAs().invoke(app, list(args))
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


def _record(world: World, staff_id: str, name: str, group: str, completed_on: date) -> None:
    reply = world.client().post(
        f"{API}/training/completions",
        headers=world.headers(Role.PREVENT_LEAD),
        json={"staff_id": staff_id, "name": name, "group": group,
              "completed_on": completed_on.isoformat()},
    )
    assert reply.status_code == 201, reply.text


def _staff(world: World) -> None:
    _record(world, "AT1", "Ann Tutor", "associate_tutor", today() - timedelta(days=400))
    _record(world, "AT2", "Bob Tutor", "associate_tutor", today() - timedelta(days=10))
    _record(world, "SF1", "Cat Frontdesk", "student_facing", today() - timedelta(days=20))
    # A member of staff who never trained.
    added = world.client().post(
        f"{API}/training/staff",
        headers=world.headers(Role.PREVENT_LEAD),
        json={"staff_id": "SF2", "name": "Dan Newstarter", "group": "student_facing",
              "started_on": (today() - timedelta(days=3)).isoformat()},
    )
    assert added.status_code == 201, added.text


def _compliance_rows(rows: list[dict[str, Any]]) -> dict[str, tuple[int, int, int, int]]:
    return {r["group"]: (r["staff"], r["trained_in_date"], r["overdue"], r["not_trained"])
            for r in rows}


def test_every_door_counts_the_same_refreshers_due(world: World, cli: typer.Typer) -> None:
    _staff(world)
    client = world.client()
    auditor = world.headers(Role.AUDITOR)

    api_due = client.get(f"{API}/training/due", headers=auditor).json()["items"]
    api_compliance = client.get(f"{API}/training/compliance", headers=auditor).json()
    cli_due = json.loads(_cli(cli, "training", "due", "--json", "--as", "auditor"))
    cli_list = json.loads(_cli(cli, "training", "list", "--json", "--as", "auditor"))

    due = [(r["staff_id"], r["state"]) for r in api_due]
    # Under the setting (12 months) Ann's completion 400 days ago is overdue; under the
    # default (24) it would be current, so this fails if any door ignores the setting.
    assert due == [("AT1", "overdue"), ("SF2", "not_trained")]
    assert [(r["staff_id"], r["state"]) for r in cli_due["due"]] == due
    assert cli_due["refresher_months"] == MONTHS
    expected = {"associate_tutor": (2, 1, 1, 0), "student_facing": (2, 1, 0, 1)}
    assert _compliance_rows(api_compliance) == expected
    assert _compliance_rows(cli_list["compliance"]) == expected

    page = world.client()
    world.login(page, Role.SMT_MEMBER)
    # Cells carry their column heading for narrow screens; the figures are what is compared.
    html = re.sub(r' data-label="[^"]*"', "", page.get("/training").text)
    due_section = html.split('id="due"')[1].split("<h2>Everyone")[0]
    assert re.findall(r"<td>(AT\d|SF\d)</td>", due_section) == ["AT1", "SF2"]
    for c in api_compliance:
        label = {"associate_tutor": "Associate Tutors", "student_facing": "Student-facing staff"}
        row = (f"<tr><td>{label[c['group']]}</td><td>{c['staff']}</td>"
               f"<td>{c['trained_in_date']}</td><td>{c['overdue']}</td>"
               f"<td>{c['not_trained']}</td><td>{c['percent']:.0f}%</td></tr>")
        assert row in html
    assert f"every {MONTHS} months" in html

    # An explicit override on the command line is just that: the setting is unchanged.
    relaxed = json.loads(_cli(cli, "training", "due", "--json", "--refresher-months", "24",
                              "--as", "auditor"))
    assert [r["staff_id"] for r in relaxed["due"]] == ["SF2"]


def test_every_door_gives_the_same_annual_report_training_figure(
    world: World, cli: typer.Typer, tmp_path: Path
) -> None:
    _staff(world)
    year = AcademicYear.of(today()).start_year
    api = world.client().get(f"{API}/reports/annual", params={"year": year},
                             headers=world.headers(Role.AUDITOR)).json()
    out = tmp_path / "report.json"
    _cli(cli, "report", "annual", "--year", str(year), "--out", str(out), "--format", "json",
         "--as", "auditor")
    from_cli = json.loads(out.read_text(encoding="utf-8"))

    expected = {"associate_tutor": (2, 1, 1, 0), "student_facing": (2, 1, 0, 1)}
    assert _compliance_rows(api["training_compliance"]) == expected
    assert _compliance_rows(from_cli["training_compliance"]) == expected
    assert any(f"every {MONTHS} months" in n for n in api["notes"])
    assert any(f"every {MONTHS} months" in n for n in from_cli["notes"])

    page = world.client()
    world.login(page, Role.SMT_MEMBER)
    html = re.sub(r' data-label="[^"]*"', "", page.get("/reports", params={"year": year}).text)
    for t in api["training_compliance"]:
        assert (f"<tr><td>{t['label']}</td><td>{t['staff']}</td><td>{t['trained_in_date']}"
                f"</td><td>{t['overdue']}</td><td>{t['not_trained']}</td>"
                f"<td>{t['completed_in_year']}</td></tr>") in html
    assert f"every {MONTHS} months" in html


def test_auditor_pages_routes_and_commands(world: World, cli: typer.Typer) -> None:
    _staff(world)
    # Reading the annual report is recorded, so the access log has something to show.
    world.client().get(f"{API}/reports/annual", headers=world.headers(Role.AUDITOR))
    client = world.client()
    csrf = world.login(client, Role.AUDITOR)

    log_page = client.get("/audit/log")
    assert log_page.status_code == 200
    assert world.ctx.settings.log_origin in log_page.text
    checkpoint = client.get(f"{API}/log/checkpoint", headers=world.headers(Role.AUDITOR))
    assert checkpoint.text.splitlines()[0] == world.ctx.settings.log_origin

    assert client.post("/audit/log/verify", data={}).status_code == 403  # no CSRF token
    verified = client.post("/audit/log/verify", data={"csrf_token": csrf})
    assert verified.status_code == 200 and "<h2>Verified</h2>" in verified.text
    api_verified = client.post(f"{API}/log/verify", headers=world.headers(Role.AUDITOR)).json()
    assert api_verified["verified"] is True

    export = client.get("/audit/log/export")
    assert export.status_code == 200
    names = zipfile.ZipFile(io.BytesIO(export.content)).namelist()
    assert "sharing-log-export/checkpoint" in names

    access_page = client.get("/audit/access-log")
    assert access_page.status_code == 200
    assert "refuses any change" in access_page.text
    api_check = client.post(f"{API}/access-log/verify", headers=world.headers(Role.AUDITOR))
    assert api_check.json()["append_only"] is True
    checked = _cli(cli, "access-log", "verify", "--as", "auditor")
    assert checked.strip() == api_check.json()["detail"]

    listed = json.loads(_cli(cli, "access-log", "list", "--json", "--as", "auditor"))
    api_listed = client.get(f"{API}/access-log", headers=world.headers(Role.AUDITOR)).json()
    # Listing the access log is no read of case data: both doors list the same events.
    assert [e["id"] for e in listed["events"]] == [e["id"] for e in api_listed["items"]]
    assert "report.annual" in [e["action"] for e in listed["events"]]
    assert listed["total"] == api_listed["total"]

    refused = world.client().get("/audit/log")
    assert refused.status_code == 303  # not signed in
    tutor = world.client()
    world.login(tutor, Role.TUTOR)
    assert tutor.get("/audit/access-log").status_code == 403


def test_a_damaged_log_entry_is_a_clear_error_not_a_server_error(
    world: World, cli: typer.Typer
) -> None:
    from sqlalchemy import text

    from sharing_log.sql import drop_append_only_ddl

    _staff(world)
    read = world.client().get(f"{API}/reports/annual", headers=world.headers(Role.AUDITOR))
    assert read.status_code == 200
    # Sealing the access log writes entry 0 of the sharing log.
    assert "sealed as sharing-log entry 0" in _cli(
        cli, "access-log", "seal", "--as", world.username(Role.DPO))
    engine = world.ctx.engine
    # What someone with the database's own rights could do outside the gateway.
    with engine.begin() as conn:
        for statement in drop_append_only_ddl(engine.dialect.name):
            conn.execute(text(statement))
        conn.execute(text("UPDATE sharing_log_entries SET leaf = :x WHERE idx = 0"),
                     {"x": b"not an entry"})
    client = world.client()
    auditor = world.headers(Role.AUDITOR)
    reply = client.get(f"{API}/log/entries", headers=auditor)
    assert reply.status_code == 400, reply.text
    problem = reply.json()
    assert problem["code"] == "sharing-log-unreadable"
    assert "cannot be read" in problem["detail"] and problem["hint"]
    # A report is counted from the log: it checks the log first and refuses with what it found
    # (and the gateway refuses to report or release until an administrator resolves it).
    reply = client.get(f"{API}/reports/annual", headers=auditor)
    assert reply.status_code == 503, reply.text
    problem = reply.json()
    assert problem["code"] == "sharing-log-alarm"
    assert "entry 0 was edited" in problem["detail"] and problem["hint"]
