"""Every new step of a subject access request through the API and the command line: a person
named in a case as requester, the identity check, stopping and restarting the clock, the
Sch 2 para 16 decision per person, and resolving the items that reveal a withheld one; the
same view on both doors, and a pack without the withheld item's words."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from pypdf import PdfReader
from test_web_world import World, make_world

from gateway.cases import service as cases
from gateway.cases.domain import ConcernSource, PersonRole
from gateway.cli import sar
from gateway.db import transaction
from gateway.users.domain import Role
from tests.support import CliAs

API = "/api/v1"
STUDENT = "S7770002"
CONCERN = "Robin shared a video in a seminar; Jo Bloggs saw it and told the tutor at once."
NOTE = "Followed up today: Robin shared a video in a seminar; Jo Bloggs saw it and told us."
WHY = "Disclosing the concern now would alert the student to a police enquiry in progress."


@pytest.fixture
def world(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(w.ctx.settings.data_dir))
    monkeypatch.setenv("PREVENT_GATEWAY_DATABASE_URL", database_url)
    with transaction(w.ctx.sessions) as session:
        concern = cases.raise_concern(
            session,
            w.actor(session, Role.TUTOR),
            subject=cases.SubjectDetails(student_id=STUDENT, name="Robin Asking"),
            source=ConcernSource.ASSOCIATE_TUTOR,
            description=CONCERN,
        )
        lead = w.actor(session, Role.PREVENT_LEAD)
        cases.record_person(session, lead, concern.case.reference, "Jo Bloggs",
                            PersonRole.WITNESS)
        cases.add_note(session, lead, concern.case.reference, NOTE)
    yield w
    w.ctx.close()


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    app.add_typer(sar.app, name="sar")
    return app


def _cli(app: typer.Typer, *args: str) -> str:
    result = CliAs().invoke(app, list(args))
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


def test_the_api_and_the_command_line_take_every_step(world: World, cli: typer.Typer) -> None:
    api = world.client()
    dpo = world.headers(Role.DPO)
    as_dpo = ("--as", world.username(Role.DPO))
    opened = api.post(f"{API}/sars", json={"student_id": STUDENT}, headers=dpo)
    assert opened.status_code == 201, opened.text
    body = opened.json()
    reference = body["reference"]
    assert not body["identity_verified"] and body["third_parties"][0]["name"] == "Jo Bloggs"
    concern = next(i["position"] for i in body["item_list"] if i["kind"] == "concern")
    note = next(i["position"] for i in body["item_list"]
                if i["kind"] == "chronology" and "note" in i["label"])
    for item in body["item_list"]:
        decided = api.post(
            f"{API}/sars/{reference}/items/{item['position']}/decision",
            json={"decision": "withhold", "reasoning": WHY} if item["position"] == concern
            else {"decision": "disclose"},
            headers=dpo,
        )
        assert decided.status_code == 200, decided.text
    shown = api.get(f"{API}/sars/{reference}", headers=dpo).json()
    pairs = {(p["withheld"], p["revealing"]): p for p in shown["revealing"]}
    assert pairs[(concern, note)]["passages"] == 1 and pairs[(concern, note)]["records"] == []
    # The pairs are resolved on the command line, and the export waits for them.
    refused = api.post(f"{API}/sars/{reference}/export", headers=dpo)
    assert refused.status_code == 422
    for withheld, revealing in pairs:
        out = _cli(cli, "sar", "resolve", reference, str(withheld), str(revealing),
                   "--action", "redact", *as_dpo)
        assert f"item {revealing} against withheld item {withheld}: redact" in out
    # The clock stops for a clarification and starts again; the identity is recorded.
    assert "clock stopped" in _cli(cli, "sar", "pause", reference, "--reason",
                                   "Asked which seminar is meant.", *as_dpo)
    paused = api.get(f"{API}/sars", headers=dpo).json()["items"][0]
    assert paused["paused"] and not paused["overdue"]
    assert api.post(f"{API}/sars/{reference}/resume", headers=dpo).status_code == 200
    bad = api.post(f"{API}/sars/{reference}/identity", json={"method": "other"}, headers=dpo)
    assert bad.status_code == 422 and "Describe how" in bad.text
    checked = api.post(f"{API}/sars/{reference}/identity",
                       json={"method": "university_account"}, headers=dpo)
    assert checked.status_code == 200 and checked.json()["identity"]["verified_by"]
    person = api.post(f"{API}/sars/{reference}/third-parties/1/decision",
                      json={"decision": "withhold"}, headers=dpo)
    assert person.status_code == 200 and person.json()["decision"] == "withhold"
    # The same view on both doors.
    from_api = api.get(f"{API}/sars/{reference}", headers=dpo).json()
    from_cli = json.loads(_cli(cli, "sar", "show", reference, "--json", *as_dpo))
    assert from_api == from_cli
    assert all(p["resolution"] == "redact" for p in from_api["revealing"])
    text = _cli(cli, "sar", "show", reference, *as_dpo)
    assert "Identity confirmed" in text and "Jo Bloggs" in text and "redact" in text
    pack = api.post(f"{API}/sars/{reference}/export", headers=dpo)
    assert pack.status_code == 200, pack.text
    words = " ".join("".join(p.extract_text() for p in
                             PdfReader(io.BytesIO(pack.content)).pages).split())
    assert "shared a video" not in words and "Jo Bloggs" not in words
    assert "Followed up today" in words  # the note, without the passage it shared


def test_a_witness_asks_through_both_doors(world: World, cli: typer.Typer) -> None:
    with transaction(world.ctx.sessions) as session:
        from sqlalchemy import select

        from gateway.cases.models import Case

        case_ref = session.scalars(select(Case.reference)).one()
    as_dpo = ("--as", world.username(Role.DPO))
    out = _cli(cli, "sar", "open", "--person", "Jo Bloggs", "--case", case_ref, *as_dpo)
    reference = out.split()[0]
    assert "other person(s)" in out
    api = world.client()
    dpo = world.headers(Role.DPO)
    shown = api.get(f"{API}/sars/{reference}", headers=dpo).json()
    assert shown["requester_kind"] == "person" and shown["student_id"] is None
    assert "Jo Bloggs" in shown["requester"]
    assert {t["name"] for t in shown["third_parties"]} == {"Robin Asking"}
    _cli(cli, "sar", "pause", reference, "--awaiting", "identity", "--reason",
         "Asked for a copy of photo ID.", *as_dpo)
    out = _cli(cli, "sar", "verify-identity", reference, "--method", "photo_id", *as_dpo)
    assert "identity confirmed" in out
    assert not api.get(f"{API}/sars/{reference}", headers=dpo).json()["paused"]
    out = _cli(cli, "sar", "third-party", reference, "1", "--decision", "withhold", *as_dpo)
    assert "withheld" in out
    by_api = api.post(f"{API}/sars", headers=dpo, json={
        "person": {"name": "Jo Bloggs", "identifiers": ["J. Bloggs"]}})
    assert by_api.status_code == 201, by_api.text
    assert by_api.json()["requester_kind"] == "person"
    refused = CliAs().invoke(cli, ["sar", "open", "--person", "Nobody", "--case", case_ref,
                                   *as_dpo])
    assert refused.exit_code == 1 and "No one of that name" in str(refused.exception)


def test_an_auditor_sees_the_deadlines_and_nothing_else(world: World) -> None:
    api = world.client()
    dpo, auditor = world.headers(Role.DPO), world.headers(Role.AUDITOR)
    reference = api.post(f"{API}/sars", json={"student_id": STUDENT}, headers=dpo).json()[
        "reference"]
    listed = api.get(f"{API}/sars", headers=auditor)
    assert listed.status_code == 200
    [row] = listed.json()["items"]
    assert row["reference"] == reference and "student_id" not in row
    assert api.get(f"{API}/sars/{reference}", headers=auditor).status_code == 403
    browser = world.client()
    world.login(browser, Role.AUDITOR)
    page = browser.get("/sar")
    assert page.status_code == 200 and reference in page.text
    assert f'href="/sar/{reference}"' not in page.text and 'action="/sar"' not in page.text
