"""People named in a case's texts who are not recorded in it (issue 16, point 3): found by a
read use case that records the read, listed on the case page one click from being recorded,
and given by the command line and the API."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select
from test_web_world import World, csrf_of, make_world
from typer.testing import CliRunner

from gateway.access_log.models import AccessEvent
from gateway.cases import intake, use_cases
from gateway.cases import service as cases
from gateway.cases.domain import ConcernSource, PersonRole
from gateway.cases.people_found import PeopleSearchUnavailable
from gateway.clock import SystemClock
from gateway.db import transaction
from gateway.errors import NotPermitted
from gateway.runner import UnitOfWork
from gateway.users.domain import Role

P = "/api/v1"
LEAD = Role.PREVENT_LEAD
CONCERN = (
    "In the seminar Tomasz Jabłoński shared a video. His flatmate Kenji Watanabe told me "
    "afterwards; Kenji said Tomasz had been going to meetings with Dr Achterberg. "
    "The tutor, Grace Mitchell, was there."
)


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> World:
    return make_world(database_url, tmp_path)


def _case(world: World) -> str:
    with transaction(world.ctx.sessions) as session:
        concern = cases.raise_concern(
            session,
            world.actor(session, Role.TUTOR),
            subject=cases.SubjectDetails(student_id="S4419027", name="Tomasz Jabłoński"),
            source=ConcernSource.ASSOCIATE_TUTOR,
            description=CONCERN,
            reported_by_name="Grace Mitchell",
        )
        ref = str(concern.case.reference)
        lead = world.actor(session, LEAD)
        cases.add_note(session, lead, ref, "Called Kenji. His sister Ewa Sobczak rang back.")
        cases.add_evidence(
            session, lead, ref, description="Screenshot sent by Oluwaseun Bakare",
            provenance="From the student's forum post", content=b"png", filename="shot.png",
            rules=intake.IntakeRules(frozenset(intake.DEFAULT_TYPES), intake.MB, intake.MB),
        )
    return ref


def _found(world: World, username: str, ref: str) -> list[str]:
    from gateway.auth.identity import LocalUser

    work = UnitOfWork(world.ctx.sessions, SystemClock(), world.ctx.settings)
    view = work.run(LocalUser(username), use_cases.people_found, ref)
    return [p.name for p in view.people]


def test_people_in_the_texts_but_not_in_the_case_are_found_and_the_read_recorded(
    world: World,
) -> None:
    ref = _case(world)
    names = _found(world, world.username(LEAD), ref)
    # the subject and the recorded referrer are not listed; "Kenji" is counted with his full
    # name; what the gateway wrote itself ("Concern 1 raised (associate tutor).") names no one
    assert names == ["Kenji Watanabe", "Dr Achterberg", "Ewa Sobczak", "Oluwaseun Bakare"]
    with transaction(world.ctx.sessions) as session:
        reads = session.scalars(
            select(AccessEvent).where(
                AccessEvent.action == "case.people_found", AccessEvent.object_ref == ref
            )
        ).all()
    assert len(reads) == 1
    with pytest.raises(NotPermitted):
        _found(world, world.username(Role.TUTOR), ref)


def test_a_person_recorded_is_no_longer_found(world: World) -> None:
    ref = _case(world)
    with transaction(world.ctx.sessions) as session:
        cases.record_person(
            session, world.actor(session, LEAD), ref, "Kenji Watanabe", PersonRole.WITNESS
        )
    assert "Kenji Watanabe" not in _found(world, world.username(LEAD), ref)


def test_without_the_language_model_the_search_is_refused_and_the_page_says_why(
    world: World,
) -> None:
    from gateway.auth.identity import LocalUser

    ref = _case(world)
    settings = world.ctx.settings.model_copy(update={"nlp_model": "no_such_model_here"})
    work = UnitOfWork(world.ctx.sessions, SystemClock(), settings)
    with pytest.raises(PeopleSearchUnavailable, match="could not be searched"):
        work.run(LocalUser(world.username(LEAD)), use_cases.people_found, ref)
    page = work.run(LocalUser(world.username(LEAD)), use_cases.case_page, ref)
    assert page.people_found.people == [] and page.people_found.unavailable


def test_the_case_page_lists_them_one_click_from_being_recorded(world: World) -> None:
    ref = _case(world)
    client = world.client()
    world.login(client, LEAD)
    page = client.get(f"/cases/{ref}")
    assert page.status_code == 200
    section = page.text[page.text.index('id="people-found"') :]
    assert "Kenji Watanabe" in section and "Ewa Sobczak" in section
    form = re.search(
        r'<form method="post" action="/cases/[^"]+/people"[^>]*>(?:(?!</form>).)*?'
        r'name="name" value="Ewa Sobczak".*?</form>',
        section,
        re.S,
    )
    assert form is not None, section
    # one click: the form carries the name and a chosen role; posting it records the person
    reply = client.post(
        f"/cases/{ref}/people",
        data={"csrf_token": csrf_of(page.text), "name": "Ewa Sobczak", "role": "other"},
    )
    assert reply.status_code == 303
    again = client.get(f"/cases/{ref}")
    section = again.text[again.text.index('id="people-found"') :]
    assert "Ewa Sobczak" not in section
    assert "Ewa Sobczak (Other)" in again.text or "Ewa Sobczak (other)" in again.text.lower()
    # the SMT member reads the list but is offered no form to record anyone
    smt = world.client()
    world.login(smt, Role.SMT_MEMBER)
    smt_page = smt.get(f"/cases/{ref}").text
    assert "Kenji Watanabe" in smt_page and "Record Kenji Watanabe" not in smt_page


def test_the_api_and_the_command_line_give_the_same_list(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = _case(world)
    client = world.client()
    reply = client.get(f"{P}/cases/{ref}/people-found", headers=world.headers(LEAD))
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["case_reference"] == ref
    kenji = next(p for p in body["people"] if p["name"] == "Kenji Watanabe")
    assert kenji["mentions"] == 3 and kenji["found_in"] == ["concern 1", "chronology 3"]
    assert kenji["confidence"] in ("high", "low") and kenji["reason"]
    refused = client.get(f"{P}/cases/{ref}/people-found", headers=world.headers(Role.AUDITOR))
    assert refused.status_code == 403

    from gateway.cli import case as case_cli

    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(world.ctx.settings.data_dir))
    monkeypatch.setenv("PREVENT_GATEWAY_DATABASE_URL", str(world.ctx.settings.database_url))
    monkeypatch.setenv("PREVENT_GATEWAY_TOKEN", world.tokens[LEAD])
    runner = CliRunner()
    printed = runner.invoke(case_cli.app, ["people-found", ref, "--as", world.username(LEAD)])
    assert printed.exit_code == 0, printed.output
    assert "Kenji Watanabe" in printed.output and "case person" in printed.output
    as_json = runner.invoke(
        case_cli.app, ["people-found", ref, "--json", "--as", world.username(LEAD)]
    )
    assert as_json.exit_code == 0, as_json.output
    assert [p["name"] for p in json.loads(as_json.output)["people"]] == [
        p["name"] for p in body["people"]
    ]
