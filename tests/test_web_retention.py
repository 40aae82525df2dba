"""Retention pages and API: the plan with what blocks each record, the DPO's dry and executed
runs (confirmation word, CSRF), certificates, legal holds, complaints, students who left."""

from __future__ import annotations

import json
import os
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import select
from test_web_world import World, csrf_of, make_world

from gateway.cases import service as cases
from gateway.cases.domain import ConcernSource, DecisionInput, Outcome, Seriousness
from gateway.cases.models import Case
from gateway.db import transaction
from gateway.retention.models import Complaint, DestructionCertificate, LegalHold, StudentDeparture
from gateway.users.domain import Role
from tests.retention_support import schedule_toml


@pytest.fixture
def world(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    schedule = tmp_path / "schedule.toml"
    schedule.write_text(schedule_toml(), encoding="utf-8")  # everything due at once
    monkeypatch.setenv("PREVENT_GATEWAY_RETENTION_SCHEDULE", str(schedule))
    return make_world(database_url, tmp_path)


def _closed_case(world: World, student: str = "S1234567", *, close: bool = True) -> str:
    with transaction(world.ctx.sessions) as session:
        lead = world.actor(session, Role.PREVENT_LEAD)
        concern = cases.raise_concern(
            session,
            lead,
            subject=cases.SubjectDetails(student_id=student, name="Riley Retained"),
            source=ConcernSource.STAFF,
            description="A concern that came to nothing.",
        )
        ref = str(concern.case.reference)
        cases.decide(
            session,
            lead,
            ref,
            DecisionInput(
                seriousness=Seriousness.LOW,
                outcome=Outcome.NO_FURTHER_ACTION,
                rationale="Nothing to act on.",
                freedom_of_speech_consideration="Considered.",
                smt_usernames=(world.username(Role.SMT_MEMBER),),
            ),
        )
        if close:
            cases.close_case(session, lead, ref)
    return ref


def _count(world: World, model: type) -> int:
    with transaction(world.ctx.sessions) as session:
        return len(list(session.scalars(select(model))))


def test_dpo_sees_the_plan_dry_runs_and_executes_with_confirmation(world: World) -> None:
    ref = _closed_case(world)
    client = world.client()
    csrf = world.login(client, Role.DPO)
    plan = client.get("/retention")
    assert plan.status_code == 200 and ref in plan.text and "Due" in plan.text
    assert 'href="/retention"' in plan.text  # the navigation link for the DPO
    dry = client.get("/retention/run")
    assert dry.status_code == 200 and ref in dry.text and "Nothing has been changed" in dry.text
    # Without the CSRF token, and without the confirmation word: refused, nothing destroyed.
    assert client.post("/retention/run", data={"confirm": "destroy"}).status_code == 403
    unconfirmed = client.post("/retention/run", data={"csrf_token": csrf, "confirm": "yes"})
    assert unconfirmed.status_code == 422 and "not confirmed" in unconfirmed.text
    assert _count(world, DestructionCertificate) == 0
    with transaction(world.ctx.sessions) as session:
        assert session.scalar(select(Case).where(Case.reference == ref)) is not None
    done = client.post("/retention/run", data={"csrf_token": csrf, "confirm": "destroy"})
    assert done.status_code == 200, done.text
    with transaction(world.ctx.sessions) as session:
        cert = session.scalars(select(DestructionCertificate)).one()
        assert session.scalar(select(Case).where(Case.reference == ref)) is None
        reference = cert.reference
    assert reference in done.text
    pdf = client.get(f"/retention/certificates/{reference}/pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert ref not in client.get("/retention").text.split("Destruction certificates")[0]


def test_holds_block_disposal_and_only_permitted_roles_place_them(world: World) -> None:
    ref = _closed_case(world)
    lead = world.client()
    csrf = world.login(lead, Role.PREVENT_LEAD)
    form = {"scope": "case", "target": ref, "holder": "Legal Services", "reason": "Claim 2026/1"}
    assert lead.post("/retention/holds", data=form).status_code == 403  # no CSRF token
    assert _count(world, LegalHold) == 0
    placed = lead.post("/retention/holds", data={**form, "csrf_token": csrf})
    assert placed.status_code == 303
    plan = lead.get("/retention")
    assert "Blocked" in plan.text and "HOLD-" in plan.text and "Claim 2026/1" in plan.text
    # The Lead sees the dry run (as through the API) but may not destroy: no form, and the
    # run itself is refused.
    dry = lead.get("/retention/run")
    assert dry.status_code == 200 and "Destroy these records" not in dry.text
    run = lead.post("/retention/run", data={"csrf_token": csrf, "confirm": "DESTROY"})
    assert run.status_code == 403
    auditor = world.client()
    auditor_csrf = world.login(auditor, Role.AUDITOR)
    assert auditor.get("/retention").status_code == 200  # reads the plan
    refused = auditor.post("/retention/holds", data={**form, "csrf_token": auditor_csrf})
    assert refused.status_code == 403 and _count(world, LegalHold) == 1
    with transaction(world.ctx.sessions) as session:
        hold = session.scalars(select(LegalHold)).one().reference
    released = lead.post(
        f"/retention/holds/{hold}/release", data={"csrf_token": csrf, "reason": "Settled."}
    )
    assert released.status_code == 303
    with transaction(world.ctx.sessions) as session:
        assert session.scalars(select(LegalHold)).one().released_on is not None
    # A dry run through the API as the DPO now lists the case; an executed run is DPO-only.
    dry = world.client().post("/api/v1/retention/dry-run", json={}, headers=world.headers(Role.DPO))
    assert dry.status_code == 200, dry.text
    assert [i["record_ref"] for i in dry.json()["items"]] == [ref]
    run = world.client().post(
        "/api/v1/retention/runs",
        json={"confirm": "destroy"},
        headers=world.headers(Role.PREVENT_LEAD),
    )
    assert run.status_code == 403 and _count(world, DestructionCertificate) == 0


def test_complaints_and_leavers_through_the_page_and_the_api(world: World) -> None:
    ref = _closed_case(world)
    client = world.client()
    csrf = world.login(client, Role.DPO)
    form = {"case": ref, "complainant": "Riley Retained", "summary": "How it was handled."}
    assert client.post("/complaints", data=form).status_code == 403  # no CSRF token
    opened = client.post("/complaints", data={"csrf_token": csrf, **form})
    assert opened.status_code == 303
    plan = client.get("/retention")
    assert "CMP-" in plan.text and "Blocked" in plan.text  # the open complaint keeps the case
    left = client.post("/retention/student-left", data={"csrf_token": csrf, "student_id": "S77"})
    assert left.status_code == 303
    with transaction(world.ctx.sessions) as session:
        complaint = session.scalars(select(Complaint)).one().reference
        assert session.scalars(select(StudentDeparture)).one().student_id == "S77"
    headers = world.headers(Role.DPO)
    api = world.client()
    listed = api.get("/api/v1/retention/complaints", headers=headers).json()
    assert [c["reference"] for c in listed["items"]] == [complaint] and listed["total"] == 1
    acked = api.post(f"/api/v1/complaints/{complaint}/acknowledge", json={}, headers=headers)
    assert acked.status_code == 200 and acked.json()["acknowledged_on"]
    closed = api.post(
        f"/api/v1/complaints/{complaint}/close",
        json={"outcome": "not_upheld", "outcome_summary": "Handled under the policy."},
        headers=headers,
    )
    assert closed.status_code == 200 and closed.json()["closed_on"]
    plan_api = api.get("/api/v1/retention/plan", headers=headers).json()
    assert any(i["record_ref"] == ref and i["status"] == "due" for i in plan_api["items"])
    tutor = api.get("/api/v1/retention/plan", headers=world.headers(Role.TUTOR))
    assert tutor.status_code == 403
    assert csrf_of(plan.text)


def test_a_refused_form_shows_the_retention_page_again_with_why(world: World) -> None:
    ref = _closed_case(world)
    client = world.client()
    csrf = world.login(client, Role.PREVENT_LEAD)
    form = {"csrf_token": csrf, "scope": "case", "target": ref, "holder": "", "reason": "Claim"}
    refused = client.post("/retention/holds", data=form)
    assert refused.status_code == 422
    assert "needs the holder" in refused.text and "Retention plan" in refused.text
    assert ref in refused.text  # the plan is shown again under the message
    assert _count(world, LegalHold) == 0
    assert _count(world, Complaint) == 0


# --- the same plan through every door ----------------------------------------------------------


class _PlanRows(HTMLParser):
    """The rows of the page's first table (the plan): each cell's text, and its list items."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[tuple[str, list[str]]]] = []
        self._tables = 0
        self._cell: list[str] | None = None
        self._items: list[str] = []
        self._item: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._tables += 1
        elif self._tables == 1 and tag == "tr":
            self.rows.append([])
        elif self._tables == 1 and tag == "td":
            self._cell, self._items = [], []
        elif self._cell is not None and tag == "li":
            self._item = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "li" and self._item is not None:
            self._items.append("".join(self._item).strip())
            self._item = None
        elif tag == "td" and self._cell is not None:
            self.rows[-1].append((" ".join("".join(self._cell).split()), self._items))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._item is not None:
            self._item.append(data)


def test_the_cli_the_api_and_the_pages_show_the_same_plan(
    world: World, tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer import Typer

    from gateway.cli import retention as retention_cli
    from tests.support import CliAs

    due = _closed_case(world, "S1000001")
    held = _closed_case(world, "S1000002")
    waiting = _closed_case(world, "S1000003", close=False)  # not due: the case is open
    dpo = world.headers(Role.DPO)
    api = world.client()
    hold = {"case": held, "holder": "Legal Services", "reason": "Tribunal claim 2026/9"}
    assert api.post("/api/v1/retention/holds", json=hold, headers=dpo).status_code == 201

    # The API.
    reply = api.get("/api/v1/retention/plan?include_not_due=true&limit=200", headers=dpo)
    assert reply.status_code == 200
    from_api = reply.json()["items"]
    statuses = {i["record_ref"]: i["status"] for i in from_api}
    assert {statuses[due], statuses[held], statuses[waiting]} == {"due", "blocked", "not_due"}

    # The command line, on the same installation.
    for name in list(os.environ):
        if name.startswith("PREVENT_GATEWAY_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(world.ctx.settings.data_dir))
    monkeypatch.setenv("PREVENT_GATEWAY_DATABASE_URL", database_url)
    monkeypatch.setenv("PREVENT_GATEWAY_RETENTION_SCHEDULE", str(tmp_path / "schedule.toml"))
    root = Typer()
    retention_cli.register(root)
    result = CliAs().invoke(root, ["retention", "plan", "--all", "--json", "--as", "dpo"])
    assert result.exit_code == 0, result.output
    from_cli = json.loads(result.stdout)
    assert from_cli["items"] == from_api
    counts = {s: [i["status"] for i in from_api].count(s) for s in from_cli["counts"]}
    assert from_cli["counts"] == counts and set(counts) == {"due", "review", "blocked", "not_due"}

    # The page: the same records, statuses and reasons, in the same order.
    client = world.client()
    world.login(client, Role.DPO)
    page = client.get("/retention?all=yes")
    assert page.status_code == 200
    parser = _PlanRows()
    parser.feed(page.text)
    rows = [r for r in parser.rows if r]
    assert [r[1][0] for r in rows] == [i["record_ref"] for i in from_api]
    for row, item in zip(rows, from_api, strict=True):
        assert row[5][0] == item["status"].replace("_", " ").capitalize()
        assert row[6][1] == item["reasons"] or (not item["reasons"] and row[6][0] == item["rule"])
    held_row = next(r for r in rows if r[1][0] == held)
    assert any("Legal Services" in reason for reason in held_row[6][1])


def test_no_destroy_form_is_offered_for_a_future_date(world: World) -> None:
    from datetime import timedelta

    ref = _closed_case(world)
    client = world.client()
    world.login(client, Role.DPO)
    future = (world.ctx.clock.today() + timedelta(days=30)).isoformat()
    dry = client.get(f"/retention/run?as_of={future}")
    assert dry.status_code == 200 and ref in dry.text
    assert "plan for a future date" in dry.text
    assert 'action="/retention/run"' not in dry.text
    today = client.get("/retention/run")
    assert 'action="/retention/run"' in today.text
