"""Pages through the TestClient: guidance, dashboard panels by role, access recording,
and that refused steps show a message a person can act on and change nothing."""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from test_web_world import World, make_world

from gateway.access_log.models import AccessEvent
from gateway.cases import service as cases
from gateway.cases.domain import ConcernSource, DecisionInput, Outcome, ReferralGround, Seriousness
from gateway.db import transaction
from gateway.disclosures.lawful_basis import ART6_GUIDANCE
from gateway.users.domain import Role
from tests.support import ANSWERED_NONE


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> World:
    return make_world(database_url, tmp_path)


def _case(world: World, outcome: Outcome, *, today: date | None = None) -> str:
    with transaction(world.ctx.sessions) as session:
        concern = cases.raise_concern(
            session,
            world.actor(session, Role.TUTOR),
            subject=cases.SubjectDetails(student_id="S9", name="Sam Subject"),
            source=ConcernSource.ASSOCIATE_TUTOR,
            description="Sam said something worrying in a seminar.",
        )
        ref = concern.case.reference
        internal = outcome is Outcome.INTERNAL_ACTION
        cases.decide(
            session,
            world.actor(session, Role.PREVENT_LEAD),
            ref,
            DecisionInput(
                seriousness=Seriousness.MODERATE,
                outcome=outcome,
                rationale="Reasons.",
                freedom_of_speech_consideration="Considered.",
                smt_usernames=(world.username(Role.SMT_MEMBER),),
                grounds=(ReferralGround.CRIMINAL_ACT,) if outcome is Outcome.REFERRAL else (),
                actions="Mentoring with the tutor." if internal else None,
                review_date=(today + timedelta(days=7)) if internal and today else None,
            ),
            today=today,
        )
        # The SMT member named confirms it: a referral is final only then.
        cases.confirm_decision(session, world.actor(session, Role.SMT_MEMBER), ref, 1)
    return str(ref)


def test_lawful_basis_page_gives_guidance_under_every_option(world: World) -> None:
    ref = _case(world, Outcome.REFERRAL)
    client = world.client()
    csrf = world.login(client, Role.PREVENT_LEAD)
    created = client.post(
        f"/cases/{ref}/disclosures",
        data={"csrf_token": csrf, "recipient": world.recipient, "purpose": "Assessment."},
    )
    assert created.status_code == 303
    page = client.get(created.headers["location"])
    assert page.status_code == 200
    text = html.unescape(page.text)
    for guidance in ART6_GUIDANCE.values():
        assert guidance in text
    assert text.count('name="art6_basis"') == len(ART6_GUIDANCE)


def test_dashboard_shows_due_reviews_to_the_lead_and_not_to_the_auditor(world: World) -> None:
    ref = _case(world, Outcome.INTERNAL_ACTION, today=date.today() - timedelta(days=30))
    lead = world.client()
    world.login(lead, Role.PREVENT_LEAD)
    board = lead.get("/").text
    assert "Reviews due" in board and ref in board and "Mentoring with the tutor." in board
    auditor = world.client()
    world.login(auditor, Role.AUDITOR)
    board = auditor.get("/").text
    assert "Reviews due" not in board and ref not in board and "Sharing log" in board


def test_case_page_reads_are_recorded_as_web_with_the_address(world: World) -> None:
    ref = _case(world, Outcome.REFERRAL)
    client = world.client()
    world.login(client, Role.SMT_MEMBER)
    page = client.get(f"/cases/{ref}")
    assert page.status_code == 200 and "Chronology" in page.text and "Sam Subject" in page.text
    with transaction(world.ctx.sessions) as session:
        rows = list(
            session.scalars(
                select(AccessEvent).where(
                    AccessEvent.action == "case.read", AccessEvent.object_ref == ref
                )
            )
        )
    assert rows and rows[-1].channel == "web" and rows[-1].source == "testclient"


def test_support_staff_raise_a_concern_and_cannot_open_the_case(world: World) -> None:
    client = world.client()
    csrf = world.login(client, Role.STUDENT_SUPPORT)
    reply = client.post(
        "/concerns",
        data={
            "csrf_token": csrf,
            "student_id": "S77",
            "student_name": "Robin Student",
            "source": "student_via_support_team",
            "description": "A student reported worrying posts.",
        },
    )
    assert reply.status_code == 303 and reply.headers["location"].startswith("/concerns/mine")
    mine = client.get(reply.headers["location"]).text
    assert "A student reported worrying posts." in mine and "has been recorded" in mine
    refused = client.get("/cases/PRV-2026-0001")
    assert refused.status_code == 403 and "Robin" not in refused.text


def test_a_refused_decision_explains_itself_and_records_nothing(world: World) -> None:
    with transaction(world.ctx.sessions) as session:
        ref = cases.raise_concern(
            session,
            world.actor(session, Role.TUTOR),
            subject=cases.SubjectDetails(student_id="S5", name="Pat Person"),
            source=ConcernSource.STAFF,
            description="Worrying remarks.",
        ).case.reference
    client = world.client()
    csrf = world.login(client, Role.PREVENT_LEAD)
    reply = client.post(
        f"/cases/{ref}/decide",
        data={
            "csrf_token": csrf,
            "seriousness": "high",
            "outcome": "referral",
            "rationale": "Serious.",
            "freedom_of_speech": "Considered.",
            "smt": world.username(Role.SMT_MEMBER),
        },
    )
    assert reply.status_code == 422
    text = html.unescape(reply.text)
    assert "A referral is taken only where" in text and "Nothing was saved" in text
    # the form comes back with what was typed
    assert ">Serious.</textarea>" in text and ">Considered.</textarea>" in text
    assert 'value="referral" checked' in text
    assert "Not decided yet" in client.get(f"/cases/{ref}").text


def test_emergency_path_on_the_web_ends_in_the_dpo_review(world: World) -> None:
    from gateway.disclosures import use_cases as disclosures
    from gateway.disclosures.lawful_basis import Art6Basis, LawfulBasisRecord
    from gateway.dpias.service import install_demo_dpia

    ref = _case(world, Outcome.REFERRAL)
    with transaction(world.ctx.sessions) as session:
        install_demo_dpia(
            session,
            preparer=world.actor(session, Role.PREVENT_LEAD),
            dpo=world.actor(session, Role.DPO),
            approver=world.actor(session, Role.SMT_MEMBER),
        )
        lead = world.actor(session, Role.PREVENT_LEAD)
        clock, settings = world.ctx.clock, world.ctx.settings
        dr = disclosures.create(
            session, lead, clock, settings, ref, world.recipient, "Risk"
        ).reference
        disclosures.set_lawful_basis(
            session,
            lead,
            clock,
            settings,
            dr,
            LawfulBasisRecord(
                art6_basis=Art6Basis.VITAL_INTERESTS,
                necessity="A life is at risk and the police must act on it today.",
                proportionality="Only the concern goes; other people are redacted.",
                clear_and_compelling="A direct threat in writing, seen by two members of staff.",
                subject_informed=False,
                subject_not_informed_reason="Would increase the risk.",
            ),
        )
        disclosures.add_item(
            session, lead, clock, settings, dr, from_case="concern:1", **ANSWERED_NONE
        )
        disclosures.redact(session, lead, clock, settings, dr)
        disclosures.accept_findings(session, lead, clock, settings, dr)
        disclosures.submit(session, lead, clock, settings, dr)
        seen = disclosures.read(session, lead, clock, settings, dr).content_sha256
    smt = world.client()
    csrf = world.login(smt, Role.SMT_MEMBER)
    done = smt.post(
        f"/disclosures/{dr}/emergency-authorise",
        data={
            "csrf_token": csrf,
            "ground": "risk_to_life",
            "reason": "Threat to life today; the DPO is on a flight and unreachable.",
            "content_sha256": seen,
        },
    )
    assert done.status_code == 303
    lead_client = world.client()
    csrf = world.login(lead_client, Role.PREVENT_LEAD)
    assert "Emergency release: sign, log and seal" in lead_client.get(f"/disclosures/{dr}").text
    confirm = lead_client.get(f"/disclosures/{dr}/release?emergency=yes")
    assert confirm.status_code == 200 and "on the emergency path?" in confirm.text
    released = lead_client.post(
        f"/disclosures/{dr}/release",
        data={"csrf_token": csrf, "emergency": "yes", "confirm": "yes"},
    )
    assert released.status_code == 303, released.text
    dpo = world.client()
    csrf = world.login(dpo, Role.DPO)
    board = dpo.get("/").text
    assert "Emergency releases awaiting the DPO's review" in board and dr in board
    reviewed = dpo.post(
        f"/disclosures/{dr}/emergency-review",
        data={"csrf_token": csrf, "upheld": "yes", "notes": "Justified."},
    )
    assert reviewed.status_code == 303
    assert dr not in dpo.get("/").text
    assert "Retrospective review: Upheld" in dpo.get(f"/disclosures/{dr}").text


def test_a_refused_concern_comes_back_with_what_was_typed(world: World) -> None:
    client = world.client()
    csrf = world.login(client, Role.TUTOR)
    reply = client.post(
        "/concerns",
        data={
            "csrf_token": csrf,
            "student_id": "S42",
            "student_name": "Kim Learner",
            "source": "associate_tutor",
            "description": "   ",
            "observed_on": "2999-01-01",
        },
    )
    assert reply.status_code == 422
    text = html.unescape(reply.text)
    assert "Describe the concern" in text
    assert 'value="Kim Learner"' in text and 'value="associate_tutor" checked' in text
    assert "Kim Learner" not in client.get("/concerns/mine").text


def test_annual_report_page_api_and_csv(world: World) -> None:
    _case(world, Outcome.REFERRAL)
    client = world.client()
    world.login(client, Role.SMT_MEMBER)
    page = client.get("/reports")
    assert page.status_code == 200 and "Prevent duty annual report" in page.text
    assert "Sam Subject" not in page.text
    csv_reply = client.get("/reports/annual.csv")
    assert csv_reply.status_code == 200 and csv_reply.headers["content-type"].startswith("text/csv")
    api = client.get("/api/v1/reports/annual", headers=world.headers(Role.AUDITOR))
    assert api.status_code == 200 and api.json()["figures"]
    refused = client.get("/api/v1/reports/annual", headers=world.headers(Role.TUTOR))
    assert refused.status_code == 403


def test_administrator_manages_users_and_recipients_but_sees_no_case(world: World) -> None:
    ref = _case(world, Outcome.REFERRAL)
    client = world.client()
    csrf = world.login(client, Role.ADMINISTRATOR)
    added = client.post(
        "/admin/users",
        data={
            "csrf_token": csrf,
            "username": "new.tutor",
            "display_name": "New Tutor",
            "role": "tutor",
            "staff_id": "AT0042",
        },
    )
    assert added.status_code == 303
    listed = client.get("/admin/users").text
    assert "New Tutor" in listed and "AT0042" in listed
    off = client.post(
        f"/admin/recipients/{world.recipient}/active", data={"csrf_token": csrf, "active": "no"}
    )
    assert off.status_code == 303 and "Inactive" in client.get("/admin/recipients").text
    assert client.get(f"/cases/{ref}").status_code == 403
