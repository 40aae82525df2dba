"""The web as a place to work: each role's dashboard shows what needs them, and the actions that
were only on the command line or the API are pages: the SMT member's own confirmation of a
decision, withdrawing a request, a decision not to share, closing a case, sealing the access log,
setting up an account, a recipient key's fingerprint, and handing a released package over."""

from __future__ import annotations

import hashlib
import html
import re
from datetime import date, timedelta
from pathlib import Path

import pyotp
import pytest
from sqlalchemy import select
from support import ANSWERED_NONE, PUBLIC_TASK
from test_web_world import World, csrf_of, make_world

from gateway.access_log.models import AccessEvent
from gateway.cases import service as cases
from gateway.cases.domain import ConcernSource, DecisionInput, Outcome, ReferralGround, Seriousness
from gateway.cases.models import Case
from gateway.db import transaction
from gateway.disclosures import use_cases as disclosures
from gateway.keys import generate_recipient_keypair, load_recipient_public_key
from gateway.keys.recipient import recipient_key_id
from gateway.users.domain import Role


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> World:
    return make_world(database_url, tmp_path)


def _concern(world: World, student: str = "S9", name: str = "Sam Subject") -> tuple[str, int]:
    with transaction(world.ctx.sessions) as session:
        concern = cases.raise_concern(
            session,
            world.actor(session, Role.TUTOR),
            subject=cases.SubjectDetails(student_id=student, name=name),
            source=ConcernSource.ASSOCIATE_TUTOR,
            description="Sam said something worrying in a seminar.",
        )
        return str(concern.case.reference), concern.id


def _decide(world: World, ref: str, outcome: Outcome = Outcome.REFERRAL) -> None:
    with transaction(world.ctx.sessions) as session:
        cases.decide(
            session,
            world.actor(session, Role.PREVENT_LEAD),
            ref,
            DecisionInput(
                seriousness=Seriousness.HIGH,
                outcome=outcome,
                rationale="Reasons.",
                freedom_of_speech_consideration="Considered.",
                smt_usernames=(world.username(Role.SMT_MEMBER),),
                grounds=(ReferralGround.CRIMINAL_ACT,) if outcome is Outcome.REFERRAL else (),
                actions="Mentoring." if outcome is Outcome.INTERNAL_ACTION else None,
                review_date=(
                    date.today() + timedelta(days=30)
                    if outcome is Outcome.INTERNAL_ACTION
                    else None
                ),
            ),
        )


def _text(page: str) -> str:
    """The page's words: tags as spaces, runs of spaces as one."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


# --- the dashboards ---------------------------------------------------------------------------


def test_a_second_concern_on_a_decided_case_reaches_the_lead_s_dashboard(world: World) -> None:
    ref, _ = _concern(world)
    lead = world.client()
    world.login(lead, Role.PREVENT_LEAD)
    board = _text(lead.get("/").text)
    assert "New concerns" in board and "Cases to decide" in board
    assert f'href="/cases/{ref}/decide"' in lead.get("/").text
    _decide(world, ref, Outcome.NO_FURTHER_ACTION)
    board = _text(lead.get("/").text)
    assert "No case is waiting for a decision." in board
    # the same student again: the concern joins the decided case and the dashboard says so
    again, _ = _concern(world)
    assert again == ref
    board = _text(lead.get("/").text)
    assert "already decided: review the decision" in board
    assert f'href="/cases/{ref}/decide"' in lead.get("/").text
    # the list names students, so showing it is recorded
    with transaction(world.ctx.sessions) as session:
        assert session.scalar(select(AccessEvent).where(AccessEvent.action == "case.queue"))


def test_the_tutor_s_dashboard_shows_no_case_queue(world: World) -> None:
    _concern(world)
    tutor = world.client()
    world.login(tutor, Role.TUTOR)
    board = tutor.get("/").text
    assert "New concerns" not in board and "Sam Subject" not in board


# --- the SMT member confirms ------------------------------------------------------------------


def test_the_smt_member_confirms_the_decision_themselves(world: World) -> None:
    ref, _ = _concern(world)
    _decide(world, ref)
    lead = world.client()
    world.login(lead, Role.PREVENT_LEAD)
    board = _text(lead.get("/").text)
    assert "Decisions awaiting SMT confirmation" in board
    assert "Senior Management Team member (test)" in board

    smt = world.client()
    csrf = world.login(smt, Role.SMT_MEMBER)
    board = _text(smt.get("/").text)
    assert "Decisions waiting for your confirmation" in board
    assert f"Read and confirm decision 1 of {ref}" in board
    page = _text(smt.get(f"/cases/{ref}").text)
    assert "Confirm decision 1 as Senior Management Team member (test)" in page
    assert "Confirmed by the SMT No one yet; waiting for Senior Management Team member" in page

    done = smt.post(f"/cases/{ref}/decisions/1/confirm", data={"csrf_token": csrf})
    assert done.status_code == 303
    page = _text(smt.get(done.headers["location"]).text)
    assert "You confirmed decision 1" in page
    assert "Confirmed by the SMT Senior Management Team member (test)" in page
    assert "Decision 1 confirmed for the Senior Management Team." in page
    assert "No decision is waiting for your confirmation." in _text(smt.get("/").text)
    assert "Decisions awaiting SMT confirmation" not in _text(lead.get("/").text)

    again = smt.post(f"/cases/{ref}/decisions/1/confirm", data={"csrf_token": csrf})
    assert again.status_code == 422 and "already confirmed" in _text(again.text)


def test_only_a_named_smt_member_confirms(world: World) -> None:
    ref, _ = _concern(world)
    _decide(world, ref)
    lead = world.client()
    csrf = world.login(lead, Role.PREVENT_LEAD)
    refused = lead.post(f"/cases/{ref}/decisions/1/confirm", data={"csrf_token": csrf})
    assert refused.status_code == 403
    with transaction(world.ctx.sessions) as session:
        case = session.scalar(select(Case).where(Case.reference == ref))
        assert case is not None and not case.decisions[0].smt_confirmations
        # another SMT member, not named in the decision
        from gateway.users.service import create_user

        create_user(
            session,
            username="smt-two",
            display_name="Second SMT member",
            role=Role.SMT_MEMBER,
            staff_id="ST-smt-two",
            actor=None,
        )
        from gateway.actor import Actor
        from gateway.errors import NotPermitted
        from gateway.users.models import User

        other = session.scalar(select(User).where(User.username == "smt-two"))
        assert other is not None
        with pytest.raises(NotPermitted, match="not named in decision 1"):
            cases.confirm_decision(session, Actor(other), ref, 1)


# --- case actions -----------------------------------------------------------------------------


def test_the_lead_records_a_decision_not_to_share_and_closes_the_case(world: World) -> None:
    ref, _ = _concern(world)
    lead = world.client()
    csrf = world.login(lead, Role.PREVENT_LEAD)
    page = lead.get(f"/cases/{ref}").text
    assert "Close case" not in page  # only once it is decided
    _decide(world, ref, Outcome.INTERNAL_ACTION)
    page = lead.get(f"/cases/{ref}").text
    assert f"Close case {ref}" in page and "Record the decision not to share" in page

    empty = lead.post(f"/cases/{ref}/non-disclosures", data={"csrf_token": csrf, "reasons": ""})
    assert empty.status_code == 422
    noted = lead.post(
        f"/cases/{ref}/non-disclosures",
        data={"csrf_token": csrf, "reasons": "Internal support is enough; nothing is shared."},
    )
    assert noted.status_code == 303 and "not_shared=ND-" in noted.headers["location"]
    shown = _text(lead.get(noted.headers["location"]).text)
    assert "The decision not to share was recorded" in shown

    closed = lead.post(f"/cases/{ref}/close", data={"csrf_token": csrf})
    assert closed.status_code == 303
    page = _text(lead.get(closed.headers["location"]).text)
    assert "The case is closed" in page and "Case closed." in page
    assert f"Close case {ref}" not in page


def test_the_dpo_records_a_decision_not_to_share_without_reading_the_case(world: World) -> None:
    ref, _ = _concern(world)
    _decide(world, ref)
    dpo = world.client()
    csrf = world.login(dpo, Role.DPO)
    noted = dpo.post(
        f"/cases/{ref}/non-disclosures",
        data={"csrf_token": csrf, "reasons": "The request is out of proportion to the risk."},
    )
    assert noted.status_code == 303 and noted.headers["location"].startswith("/disclosures?")
    assert "The decision not to share was recorded" in dpo.get(noted.headers["location"]).text


def test_the_lead_withdraws_a_draft_request(world: World) -> None:
    ref, _ = _concern(world)
    _decide(world, ref)
    _confirm(world, ref)
    with transaction(world.ctx.sessions) as session:
        lead_actor = world.actor(session, Role.PREVENT_LEAD)
        draft = disclosures.create(
            session,
            lead_actor,
            world.ctx.clock,
            world.ctx.settings,
            case_reference=ref,
            recipient_reference=world.recipient,
            purpose="Assessment.",
        ).reference
    lead = world.client()
    csrf = world.login(lead, Role.PREVENT_LEAD)
    assert f"Withdraw {draft}" in lead.get(f"/disclosures/{draft}").text
    # the dashboard lists the draft to finish
    assert f"Finish {draft} and submit it" in lead.get("/").text
    empty = lead.post(f"/disclosures/{draft}/withdraw", data={"csrf_token": csrf, "reason": " "})
    assert empty.status_code == 422 and "Say why" in empty.text
    done = lead.post(
        f"/disclosures/{draft}/withdraw",
        data={"csrf_token": csrf, "reason": "The coordinator already has what they need."},
    )
    assert done.status_code == 303
    page = _text(lead.get(f"/disclosures/{draft}").text)
    assert "Withdrawn" in page and f"Withdraw {draft}" not in page
    assert f"Finish {draft}" not in lead.get("/").text


# --- sealing the access log -------------------------------------------------------------------


def test_the_administrator_seals_the_access_log_from_the_dashboard(world: World) -> None:
    ref, _ = _concern(world)
    lead = world.client()
    world.login(lead, Role.PREVENT_LEAD)
    lead.get(f"/cases/{ref}")  # a read to seal
    admin = world.client()
    csrf = world.login(admin, Role.ADMINISTRATOR)
    assert "Seal the access log now" in admin.get("/").text
    sealed = admin.post("/audit/access-log/seal", data={"csrf_token": csrf})
    assert sealed.status_code == 303 and sealed.headers["location"].startswith("/?sealed=")
    assert "Sealed:" in admin.get(sealed.headers["location"]).text
    # the auditor reads the access log but may not seal it
    auditor = world.client()
    csrf = world.login(auditor, Role.AUDITOR)
    assert "Seal the access log now" not in auditor.get("/audit/access-log").text
    assert auditor.post("/audit/access-log/seal", data={"csrf_token": csrf}).status_code == 403


# --- accounts and recipients ------------------------------------------------------------------


def test_the_administrator_sets_up_an_account_in_the_web(world: World) -> None:
    admin = world.client()
    csrf = world.login(admin, Role.ADMINISTRATOR)
    users = admin.get("/admin/users").text
    assert "command line" not in users and "at the server" not in users
    made = admin.post(
        "/admin/users",
        data={
            "csrf_token": csrf,
            "username": "n.nominee",
            "display_name": "Nia Nominee",
            "staff_id": "ST-0042",
            "role": "prevent_lead_nominee",
        },
    )
    assert made.status_code == 303
    assert made.headers["location"] == "/admin/users/n.nominee?created=yes"
    page = _text(admin.get(made.headers["location"]).text)
    assert "Set up the account of Nia Nominee" in page and "The account was added" in page

    mismatch = admin.post(
        "/admin/users/n.nominee/password",
        data={"csrf_token": csrf, "password": "a long new password", "password_again": "other"},
    )
    assert mismatch.status_code == 422 and "not the same" in mismatch.text
    short = admin.post(
        "/admin/users/n.nominee/password",
        data={"csrf_token": csrf, "password": "short", "password_again": "short"},
    )
    assert short.status_code == 422
    new_password = "nia's first password 2026"
    done = admin.post(
        "/admin/users/n.nominee/password",
        data={"csrf_token": csrf, "password": new_password, "password_again": new_password},
    )
    assert done.status_code == 303
    assert "password of Nia Nominee was set" in _text(admin.get(done.headers["location"]).text)

    enrolled = admin.post("/admin/users/n.nominee/second-factor", data={"csrf_token": csrf})
    assert enrolled.status_code == 200
    secret = re.search(r'<pre class="token">([A-Z2-7]+)</pre>', enrolled.text)
    assert secret, "the new secret is shown once"
    assert secret.group(1) not in admin.get("/admin/users/n.nominee").text

    # the nominee signs in with what the administrator set up
    nominee = world.client()
    form = {
        "csrf_token": csrf_of(nominee.get("/login").text),
        "username": "n.nominee",
        "password": new_password,
        "totp": pyotp.TOTP(secret.group(1)).now(),
        "next": "/",
    }
    assert nominee.post("/login", data=form).status_code == 303
    assert "Nia Nominee" in nominee.get("/").text

    with transaction(world.ctx.sessions) as session:
        recorded = {
            e.action
            for e in session.scalars(
                select(AccessEvent).where(AccessEvent.object_ref == "n.nominee")
            )
        }
    assert {"account.password_set", "account.totp_enrolled"} <= recorded


def test_the_administrator_makes_a_service_account_s_token(world: World) -> None:
    admin = world.client()
    csrf = world.login(admin, Role.ADMINISTRATOR)
    service = world.username(Role.SERVICE)
    page = admin.get(f"/admin/users/{service}").text
    assert "Make a token" in page and "Set the password" not in page
    made = admin.post(f"/admin/users/{service}/tokens", data={"csrf_token": csrf, "name": "cron"})
    assert made.status_code == 200 and "shown once" in made.text
    # a person's token is theirs to make
    person = world.username(Role.DPO)
    refused = admin.post(f"/admin/users/{person}/tokens", data={"csrf_token": csrf, "name": "x"})
    assert refused.status_code == 422 and "issued by the person who will use them" in refused.text


def test_a_registered_key_s_fingerprint_is_shown_to_read_out(world: World) -> None:
    _private, public_text = generate_recipient_keypair("Channel panel chair")
    expected = recipient_key_id(load_recipient_public_key(public_text))
    grouped = " ".join(expected[i : i + 4] for i in range(0, len(expected), 4))
    admin = world.client()
    csrf = world.login(admin, Role.ADMINISTRATOR)
    done = admin.post(
        "/admin/recipients",
        data={
            "csrf_token": csrf,
            "kind": "channel_panel",
            "name": "Channel panel chair",
            "organisation": "County Council",
            "contact": "channel@example.invalid",
            "public_key": public_text,
        },
    )
    assert done.status_code == 303 and "registered=" in done.headers["location"]
    page = _text(admin.get(done.headers["location"]).text)
    assert "Read this key fingerprint to them" in page and grouped in page
    assert f"# key id: {expected}" in public_text  # what the recipient compares it with
    # the Prevent Lead sees the recipients (and fingerprints) without managing them
    lead = world.client()
    world.login(lead, Role.PREVENT_LEAD)
    listing = _text(lead.get("/admin/recipients").text)
    assert grouped in listing and "Register a recipient" not in listing


# --- handing a released package over ----------------------------------------------------------


def _confirm(world: World, ref: str) -> None:
    with transaction(world.ctx.sessions) as session:
        cases.confirm_decision(session, world.actor(session, Role.SMT_MEMBER), ref, 1)


def _approved_request(world: World) -> str:
    from gateway.dpias.service import install_demo_dpia

    ref, concern_id = _concern(world)
    _decide(world, ref)
    _confirm(world, ref)
    clock, settings = world.ctx.clock, world.ctx.settings
    with transaction(world.ctx.sessions) as session:
        install_demo_dpia(
            session,
            preparer=world.actor(session, Role.PREVENT_LEAD),
            dpo=world.actor(session, Role.DPO),
            approver=world.actor(session, Role.SMT_MEMBER),
        )
    with transaction(world.ctx.sessions) as session:
        lead = world.actor(session, Role.PREVENT_LEAD)
        draft = disclosures.create(
            session,
            lead,
            clock,
            settings,
            case_reference=ref,
            recipient_reference=world.recipient,
            purpose="Assessment by the Regional Prevent Coordinator.",
        ).reference
        disclosures.add_item(
            session, lead, clock, settings, draft, from_case=f"concern:{concern_id}",
            **ANSWERED_NONE,
        )
        disclosures.set_lawful_basis(session, lead, clock, settings, draft, PUBLIC_TASK)
        disclosures.redact(session, lead, clock, settings, draft)
        disclosures.accept_findings(session, lead, clock, settings, draft)
        disclosures.submit(session, lead, clock, settings, draft)
    with transaction(world.ctx.sessions) as session:
        dpo = world.actor(session, Role.DPO)
        sha = disclosures.approval(session, dpo, clock, settings, draft).content_sha256
        disclosures.approve(session, dpo, clock, settings, draft, sha)
    return str(draft)


def test_after_the_release_the_lead_downloads_the_package_and_reads_out_the_key(
    world: World,
) -> None:
    draft = _approved_request(world)
    lead = world.client()
    csrf = world.login(lead, Role.PREVENT_LEAD)
    assert f"Release {draft}" in lead.get("/").text  # approved: ready to release
    assert lead.get(f"/disclosures/{draft}/handover").status_code == 404  # not released yet
    released = lead.post(
        f"/disclosures/{draft}/release", data={"csrf_token": csrf, "confirm": "yes"}
    )
    assert released.status_code == 303
    assert released.headers["location"].startswith(f"/disclosures/{draft}/handover?released=")
    page = _text(lead.get(released.headers["location"]).text)
    assert "Released." in page and "Regional Prevent Coordinator (test)" in page
    with transaction(world.ctx.sessions) as session:
        from gateway.recipients.models import Recipient

        key = session.scalar(
            select(Recipient.public_key).where(Recipient.reference == world.recipient)
        )
    assert key is not None
    expected = recipient_key_id(load_recipient_public_key(key))
    grouped = " ".join(expected[i : i + 4] for i in range(0, len(expected), 4))
    assert f"their key's fingerprint, {grouped}" in page
    assert "prevent-gateway-verify open" in page

    package = lead.get(f"/disclosures/{draft}/package")
    assert package.status_code == 200
    assert "attachment" in package.headers["content-disposition"]
    digest = hashlib.sha256(package.content).hexdigest()
    assert digest in page  # the hash shown is the file's
    assert f"Release {draft}" not in lead.get("/").text
    assert "Download the package and hand it over" in lead.get(f"/disclosures/{draft}").text

    # the DPO reads the request but does not hand packages over
    dpo = world.client()
    world.login(dpo, Role.DPO)
    assert dpo.get(f"/disclosures/{draft}/handover").status_code == 403
    assert dpo.get(f"/disclosures/{draft}/package").status_code == 403


# --- the sharing-log alarm and the reports ----------------------------------------------------


def test_the_administrator_resolves_the_log_alarm_from_the_dashboard(world: World) -> None:
    from gateway.audit import watch
    from gateway.timeutil import utcnow

    settings = world.ctx.settings
    watch.raise_alarm(
        watch.checkpoint_file(settings),
        settings.log_origin,
        ["A disclosure record names a sharing-log entry that is not in the log."],
        "the saved checkpoint",
        utcnow(),
    )
    dpo = world.client()
    world.login(dpo, Role.DPO)
    board = dpo.get("/").text
    assert "failed its integrity check" in board and "Resolve the alarm" not in board
    admin = world.client()
    csrf = world.login(admin, Role.ADMINISTRATOR)
    board = admin.get("/").text
    assert "Resolve the alarm" in board
    empty = admin.post("/audit/log/alarm/resolve", data={"csrf_token": csrf, "reason": ""})
    assert empty.status_code == 422 and "Say what was found" in _text(empty.text)
    done = admin.post(
        "/audit/log/alarm/resolve",
        data={
            "csrf_token": csrf,
            "reason": "Restored from last night's backup; the record was re-entered.",
            "accept_database": "yes",
        },
    )
    assert done.status_code == 303, _text(done.text)
    board = _text(admin.get(done.headers["location"]).text)
    assert "The alarm was resolved" in board and "failed its integrity check" not in board


def test_the_ofs_return_and_the_record_of_processing_are_pages(world: World) -> None:
    lead = world.client()
    world.login(lead, Role.PREVENT_LEAD)
    ofs = _text(lead.get("/reports/ofs").text)
    assert "OfS Prevent monitoring return" in ofs and "Show the exact counts" in ofs
    exact = _text(lead.get("/reports/ofs?exact=yes").text)
    assert "Exact counts, for filing the return" in exact
    ropa = _text(lead.get("/reports/ropa").text)
    assert "Record of processing activities" in ropa and "Example Online University" in ropa
    auditor = world.client()
    world.login(auditor, Role.AUDITOR)
    ofs = _text(auditor.get("/reports/ofs").text)
    assert "fewer than 5" in ofs and "Show the exact counts" not in ofs
    assert auditor.get("/reports/ofs?exact=yes").status_code == 403


def test_the_smt_member_confirms_through_the_api_too(world: World) -> None:
    ref, _ = _concern(world)
    _decide(world, ref)
    client = world.client()
    url = f"/api/v1/cases/{ref}/decisions/1/confirm"
    assert client.post(url, headers=world.headers(Role.PREVENT_LEAD)).status_code == 403
    done = client.post(url, headers=world.headers(Role.SMT_MEMBER))
    assert done.status_code == 200, done.text
    assert done.json()["smt_confirmed_by"] == ["Senior Management Team member (test)"]
    assert done.json()["awaiting_smt_confirmation"] == []
    again = client.post(url, headers=world.headers(Role.SMT_MEMBER))
    assert again.status_code == 422 and "already confirmed" in again.json()["detail"]
    second = f"/api/v1/cases/{ref}/decisions/2/confirm"
    missing = client.post(second, headers=world.headers(Role.SMT_MEMBER))
    assert missing.status_code == 404
