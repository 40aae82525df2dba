"""People and decisions as a person reads them: a case's decisions are numbered within the case
(1, 2 ...) on every door, not by their database id; the auditor's pages name the people behind
the account ids the logs record, and keep the id as a secondary detail."""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_web_world import World, make_world
from typer.testing import CliRunner

from gateway.cases import service as cases
from gateway.cases.domain import ConcernSource
from gateway.cli.case import app as case_cli
from gateway.db import transaction
from gateway.users.domain import Role
from gateway.users.models import User


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> World:
    return make_world(database_url, tmp_path)


def _open_case(world: World, student_id: str) -> str:
    with transaction(world.ctx.sessions) as session:
        concern = cases.raise_concern(
            session,
            world.actor(session, Role.TUTOR),
            subject=cases.SubjectDetails(student_id=student_id, name=f"Student {student_id}"),
            source=ConcernSource.ASSOCIATE_TUTOR,
            description="Something worrying was said in a seminar.",
        )
        return str(concern.case.reference)


def _decide(world: World, reference: str, outcome: str) -> dict[str, Any]:
    internal = outcome == "internal_action"
    body = {
        "seriousness": "moderate",
        "outcome": outcome,
        "rationale": "Reasons.",
        "freedom_of_speech_consideration": "Considered.",
        "smt_usernames": [world.username(Role.SMT_MEMBER)],
        "grounds": ["criminal_act"] if outcome == "referral" else [],
        "actions": "Mentoring with the tutor." if internal else None,
        "review_date": (date.today() + timedelta(days=30)).isoformat() if internal else None,
    }
    reply = world.client().post(
        f"/api/v1/cases/{reference}/decisions",
        json=body,
        headers=world.headers(Role.PREVENT_LEAD),
    )
    assert reply.status_code == 201, reply.text
    decision: dict[str, Any] = reply.json()
    return decision


def _user_id(world: World, role: Role) -> int:
    with transaction(world.ctx.sessions) as session:
        found = session.scalar(select(User.id).where(User.username == world.username(role)))
        assert found is not None
        return int(found)


def test_a_cases_decisions_are_numbered_within_the_case_on_every_door(world: World) -> None:
    first = _open_case(world, "S1")
    _decide(world, first, "internal_action")
    _decide(world, first, "referral")
    second = _open_case(world, "S2")
    decision = _decide(world, second, "referral")
    # Its database id counts every case's decisions; people are shown its place in the case.
    assert decision["id"] == 3
    assert decision["number"] == 1

    lead = world.headers(Role.PREVENT_LEAD)
    api = world.client().get(f"/api/v1/cases/{first}", headers=lead).json()
    assert [d["number"] for d in api["decisions"]] == [1, 2]
    case = world.client().get(f"/api/v1/cases/{second}", headers=lead).json()
    assert [d["number"] for d in case["decisions"]] == [1]
    summaries = [e["summary"] for e in case["chronology"] if e["kind"] == "decision"]
    assert len(summaries) == 1 and summaries[0].startswith("Decision 1: referral")

    client = world.client()
    world.login(client, Role.PREVENT_LEAD)
    page = html.unescape(client.get(f"/cases/{second}").text)
    assert "Decision 1 · Referral" in page
    assert "Decision 3" not in page
    page = html.unescape(client.get(f"/cases/{first}").text)
    assert "Decision 1 · Internal action" in page and "Decision 2 · Referral" in page

    settings = world.ctx.settings
    shown = CliRunner().invoke(
        case_cli,
        ["show", second, "--as", world.username(Role.PREVENT_LEAD)],
        env={
            "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
            "PREVENT_GATEWAY_DATABASE_URL": settings.resolved_database_url,
            "PREVENT_GATEWAY_LOG_ORIGIN": settings.log_origin,
            "PREVENT_GATEWAY_TOKEN": world.tokens[Role.PREVENT_LEAD],
        },
    )
    assert shown.exit_code == 0, (shown.output, shown.exception)
    decisions = shown.output.split("Decisions:")[1]
    assert "Decision 1," in decisions and "Decision 3" not in shown.output


def test_the_sharing_log_page_names_the_people_behind_account_ids(world: World) -> None:
    reference = _open_case(world, "S3")
    lead_id = _user_id(world, Role.PREVENT_LEAD)
    recorded = world.client().post(
        f"/api/v1/cases/{reference}/non-disclosures",
        json={"reasons": "The concern did not meet the threshold for sharing."},
        headers=world.headers(Role.PREVENT_LEAD),
    )
    assert recorded.status_code == 201, recorded.text

    entries = world.client().get("/api/v1/log/entries", headers=world.headers(Role.AUDITOR))
    assert entries.status_code == 200, entries.text
    (entry,) = entries.json()["items"]
    assert entry["entry"]["fields"]["decided_by_id"] == f"U{lead_id}"  # the log keeps the id
    assert entry["people"] == {f"U{lead_id}": "Prevent Lead (test), Prevent Lead"}

    client = world.client()
    world.login(client, Role.AUDITOR)
    page = html.unescape(client.get("/audit/log").text)
    fields = re.search(r'<dl class="fields">(.*?)</dl>', page, re.S)
    assert fields is not None
    assert "<dt>Decided by</dt>" in fields.group(1)
    assert "Prevent Lead (test), Prevent Lead" in fields.group(1)
    assert f"(account U{lead_id})" in fields.group(1)  # the id, as a secondary detail
    assert not re.search(rf"<code>U{lead_id}</code>", page), "an account id shown as the value"
    # Codes and times in words: the reason code as words, the time on UK clocks (not ISO).
    assert "Decided not to share" in fields.group(1)
    assert "decided_not_to_share" not in fields.group(1)
    assert not re.search(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", fields.group(1)), "an ISO time"


def test_lawful_basis_codes_of_the_log_read_in_words() -> None:
    from gateway.disclosures.lawful_basis import code_in_words

    assert code_in_words("art6.1.e").startswith("Art 6(1)(e) — public task")
    assert code_in_words("art9.2.g").startswith("Art 9(2)(g) — ")
    assert code_in_words("dpa2018.sch1.para18").startswith("DPA 2018 Sch 1 para 18 — Safeguarding")
    assert code_in_words("art10") == "Art 10 (criminal offence data)"
    assert code_in_words("dpa2018.sch2.para2") == "DPA 2018 Sch 2 para 2 — crime and taxation"
    assert code_in_words("something.else") == "something.else"


def test_the_access_log_page_names_who_read_what(world: World) -> None:
    reference = _open_case(world, "S4")
    lead = world.username(Role.PREVENT_LEAD)
    read = world.client().get(
        f"/api/v1/cases/{reference}", headers=world.headers(Role.PREVENT_LEAD)
    )
    assert read.status_code == 200, read.text

    api = world.client().get("/api/v1/access-log", headers=world.headers(Role.AUDITOR))
    assert api.status_code == 200, api.text
    reads = [e for e in api.json()["items"] if e["object_ref"] == reference]
    assert reads and reads[0]["username"] == lead
    assert reads[0]["display_name"] == "Prevent Lead (test)"
    assert reads[0]["role_label"] == "Prevent Lead"

    client = world.client()
    world.login(client, Role.AUDITOR)
    page = html.unescape(client.get("/audit/access-log").text)
    assert f'Prevent Lead (test), Prevent Lead <span class="who">(account {lead})</span>' in page
