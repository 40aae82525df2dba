"""Separation of duties is between people, not accounts: every account belongs to a person (a
staff identifier), and a person may not approve, authorise or review what any of their accounts
prepared. Also the migration that gave existing accounts a person each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import bindparam, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from gateway.access_log.models import AccessEvent
from gateway.actor import Actor
from gateway.cases import service as cases
from gateway.db import make_session_factory
from gateway.disclosures import service as disclosure_service
from gateway.disclosures import use_cases as disclosures
from gateway.disclosures.domain import EmergencyGround
from gateway.dpias.service import install_demo_dpia
from gateway.errors import InvalidInput, NotPermitted, SeparationOfDuties
from gateway.migrate import alembic_config, current_revision, upgrade_to_head
from gateway.timeutil import UTCDateTime, utcnow
from gateway.users import use_cases as users
from gateway.users.domain import Role
from gateway.users.models import User
from gateway.users.service import same_person
from gateway.users.views import UserView
from tests.support import (
    World,
    build_world,
    content_sha256,
    fingerprint,
    prepare_request,
    referral_decision,
)


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    w = build_world(engine, tmp_path)
    # The Prevent Lead (staff ST-lead) also holds a DPO account and an SMT account, as someone
    # covering for colleagues might; the SMT account's staff id differs only in case.
    add_account(w, "lead.dpo", Role.DPO, "ST-lead")
    add_account(w, "lead.smt", Role.SMT_MEMBER, "st-LEAD")
    return w


def add_account(world: World, username: str, role: Role, staff_id: str) -> None:
    ctx = world.ctx
    world.run(
        "admin",
        lambda s, a: users.create_user(
            s, a, ctx.clock, ctx.settings, username, username.title(), role, staff_id
        ),
    )


def uses(world: World) -> tuple[Any, Any]:
    return world.ctx.clock, world.ctx.settings


def refused(
    world: World, username: str, work: Callable[[Session, Actor], Any], error: type[Exception]
) -> Exception:
    before = fingerprint(world.engine)
    with pytest.raises(error) as caught:
        world.run(username, work)
    assert fingerprint(world.engine) == before, "a refused step changed the database"
    return caught.value


def read(world: World, ref: str, username: str = "dpo") -> str:
    """The content SHA-256 a decision names (what the approval view shows)."""
    return content_sha256(world, ref, username)


def submitted(world: World) -> str:
    ref = prepare_request(world)  # prepared by the account "lead"
    world.run("lead", lambda s, a: disclosures.submit(s, a, *uses(world), ref))
    return ref


# --- the rule ------------------------------------------------------------------------------------


def test_accounts_with_one_staff_id_are_one_person(world: World) -> None:
    with world.sessions() as session:
        ids = {u: world.actor(u, session).user.id for u in ("lead", "lead.dpo", "lead.smt", "dpo")}
        assert same_person(session, ids["lead"], ids["lead.dpo"])
        assert same_person(session, ids["lead.smt"], ids["lead"])
        assert same_person(session, ids["lead"], ids["lead"])
        assert not same_person(session, ids["lead"], ids["dpo"])
        assert not same_person(session, ids["lead"], None)


def test_a_second_account_of_the_preparer_cannot_approve_or_refuse(world: World) -> None:
    ref = submitted(world)
    sha = read(world, ref)
    error = refused(
        world,
        "lead.dpo",
        lambda s, a: disclosures.approve(s, a, *uses(world), ref, sha),
        SeparationOfDuties,
    )
    assert error.message == "You prepared this request (as lead), so you cannot approve it."
    assert error.hint == "Another Data Protection Officer must approve it."
    error = refused(
        world,
        "lead.dpo",
        lambda s, a: disclosures.refuse(
            s, a, *uses(world), ref, "Not proportionate.", log=world.log()
        ),
        SeparationOfDuties,
    )
    assert "(as lead)" in error.message and "cannot refuse it" in error.message
    # A different person can.
    approved = world.run("dpo", lambda s, a: disclosures.approve(s, a, *uses(world), ref, sha))
    assert approved.status.value == "approved"


def test_a_different_person_can_refuse(world: World) -> None:
    ref = submitted(world)
    world.run(
        "dpo2",
        lambda s, a: disclosures.refuse(
            s, a, *uses(world), ref, "Not proportionate.", log=world.log()
        ),
    )
    with world.sessions() as session:
        assert disclosure_service.get_request(session, ref).status.value == "refused"


def test_the_preparer_is_named_without_an_alias_when_it_is_the_same_account(
    world: World,
) -> None:
    ref = prepare_request(world)
    with world.sessions.begin() as session:
        request = disclosure_service.get_request(session, ref)
        request.prepared_by_id = world.actor("dpo", session).user.id
    world.run("lead", lambda s, a: disclosures.submit(s, a, *uses(world), ref))
    sha = read(world, ref)
    error = refused(
        world,
        "dpo",
        lambda s, a: disclosures.approve(s, a, *uses(world), ref, sha),
        SeparationOfDuties,
    )
    assert error.message == "You prepared this request, so you cannot approve it."


def test_emergency_authorisation_and_review_are_by_other_people(world: World) -> None:
    ref = submitted(world)
    sha = read(world, ref)
    reason = "Stated plan to act this weekend; DPO on leave and unreachable."
    error = refused(
        world,
        "lead.smt",
        lambda s, a: disclosures.authorise_emergency(
            s, a, *uses(world), ref, reason, sha, ground=EmergencyGround.RISK_TO_LIFE
        ),
        SeparationOfDuties,
    )
    assert error.message == (
        "You prepared this request (as lead), so you cannot authorise its emergency release."
    )
    world.run(
        "smt1",
        lambda s, a: disclosures.authorise_emergency(
            s, a, *uses(world), ref, reason, sha, ground=EmergencyGround.RISK_TO_LIFE
        ),
    )
    world.run(
        "lead",
        lambda s, a: disclosures.release(
            s, a, *uses(world), ref, keyring=world.ctx.keyring, log=world.log(), emergency=True
        ),
    )

    def review(s: Session, a: Actor) -> Any:
        return disclosures.review_emergency(
            s, a, *uses(world), ref, upheld=True, notes="Justified.", log=world.log()
        )

    error = refused(world, "lead.dpo", review, SeparationOfDuties)
    assert error.message == (
        "You prepared this request (as lead), so you cannot review its emergency release."
    )
    reviewed = world.run("dpo", review)
    assert reviewed.retrospective_review_outcome == "upheld"


def test_release_refuses_an_emergency_authorised_by_the_preparers_other_account(
    world: World,
) -> None:
    ref = submitted(world)
    sha = read(world, ref)
    world.run(
        "smt1",
        lambda s, a: disclosures.authorise_emergency(
            s,
            a,
            *uses(world),
            ref,
            "A stated plan to hurt people today; the DPO cannot be reached.",
            sha,
            ground=EmergencyGround.RISK_TO_LIFE,
        ),
    )
    # Recorded behind the use case's back: the release checks the people again.
    with world.sessions.begin() as session:
        request = disclosure_service.get_request(session, ref)
        request.emergency_authorised_by_id = world.actor("lead.smt", session).user.id
    refused(
        world,
        "lead",
        lambda s, a: disclosures.release(
            s, a, *uses(world), ref, keyring=world.ctx.keyring, log=world.log(), emergency=True
        ),
        SeparationOfDuties,
    )


def test_the_smt_members_of_a_decision_are_other_people(world: World) -> None:
    def decide(*smt: str) -> Callable[[Session, Actor], Any]:
        decision = replace(referral_decision(), smt_usernames=smt)
        return lambda s, a: cases.decide(s, a, world.case_ref, decision)

    error = refused(world, "lead", decide("lead.smt"), NotPermitted)
    assert "lead.smt is an account of yours" in error.message
    add_account(world, "smt1.other", Role.SMT_MEMBER, "ST-smt1")
    refused(world, "lead", decide("smt1", "smt1.other"), InvalidInput)
    world.run("lead", decide("smt1", "smt2"))


def test_the_dpo_who_advised_cannot_approve_the_dpia_through_another_account(
    engine: Engine, tmp_path: Path
) -> None:
    world = build_world(engine, tmp_path, dpia=False)
    add_account(world, "dpo.smt", Role.SMT_MEMBER, "ST-dpo")
    before = fingerprint(world.engine)
    with pytest.raises(NotPermitted, match=r"DPO's advice on this DPIA \(as dpo\)"):
        with world.sessions.begin() as session:
            install_demo_dpia(
                session,
                preparer=world.actor("lead", session),
                dpo=world.actor("dpo", session),
                approver=world.actor("dpo.smt", session),
            )
    assert fingerprint(world.engine) == before
    with world.sessions.begin() as session:
        install_demo_dpia(
            session,
            preparer=world.actor("lead", session),
            dpo=world.actor("dpo", session),
            approver=world.actor("smt1", session),
        )


# --- every account belongs to a person -------------------------------------------------------


def test_an_account_needs_a_valid_staff_id(world: World) -> None:
    ctx = world.ctx
    for staff_id, says in (("  ", "Give the staff identifier"), ("no spaces", "not a valid")):
        error = refused(
            world,
            "admin",
            lambda s, a, staff_id=staff_id: users.create_user(
                s, a, ctx.clock, ctx.settings, "new.one", "New One", Role.TUTOR, staff_id
            ),
            InvalidInput,
        )
        assert says in error.message and error.hint
    made = world.run(
        "admin",
        lambda s, a: users.create_user(
            s, a, ctx.clock, ctx.settings, "new.one", "New One", Role.TUTOR, " AT0042 "
        ),
    )
    assert made.staff_id == "AT0042" and made.staff_id_confirmed


def test_setting_the_staff_id_joins_two_accounts_into_one_person(world: World) -> None:
    ctx = world.ctx
    ref = submitted(world)
    sha = read(world, ref)
    # dpo2 is another person: until the administrator records that the account is the
    # Prevent Lead's, it could approve; afterwards it cannot.
    changed = world.run(
        "admin", lambda s, a: users.set_staff_id(s, a, ctx.clock, ctx.settings, "dpo2", "ST-lead")
    )
    assert changed.staff_id == "ST-lead"
    refused(
        world,
        "dpo2",
        lambda s, a: disclosures.approve(s, a, *uses(world), ref, sha),
        SeparationOfDuties,
    )
    with world.sessions() as session:
        recorded = session.scalars(
            select(AccessEvent.object_ref).where(AccessEvent.action == "account.staff_id_set")
        ).all()
    assert recorded == ["dpo2"]
    refused(
        world,
        "lead",
        lambda s, a: users.set_staff_id(s, a, ctx.clock, ctx.settings, "dpo2", "ST-dpo"),
        NotPermitted,
    )


def at(sql: str, *times: str) -> Any:
    """Raw SQL whose named parameters are stored as the application stores times."""
    return text(sql).bindparams(*(bindparam(name, type_=UTCDateTime()) for name in times))


# --- the migration ---------------------------------------------------------------------------


def test_the_migration_gives_each_existing_account_a_person_of_its_own(engine: Engine) -> None:
    """A database at the previous revision, with accounts, upgraded."""
    command.downgrade(alembic_config(engine), "0003")
    assert current_revision(engine) == "0003"
    with engine.begin() as conn:
        for username, role in (("r.okafor", "prevent_lead"), ("r.okafor2", "dpo"),
                               ("s.patel", "dpo")):
            conn.execute(
                at(
                    "INSERT INTO users (username, display_name, role, active, created_at) "
                    "VALUES (:u, :u, :r, true, :now)",
                    "now",
                ),
                {"u": username, "r": role, "now": utcnow()},
            )

    upgrade_to_head(engine)

    with engine.connect() as conn:
        staff = dict(conn.execute(text("SELECT username, staff_id FROM users")).all())
    # One distinct person per existing account, named after it, marked as not yet confirmed.
    assert staff == {
        "r.okafor": "account:r.okafor",
        "r.okafor2": "account:r.okafor2",
        "s.patel": "account:s.patel",
    }
    with make_session_factory(engine)() as session:
        accounts = {u.username: u for u in session.scalars(select(User))}
        assert not same_person(session, accounts["r.okafor"].id, accounts["r.okafor2"].id)
        assert UserView.of(accounts["r.okafor"]).staff_id_confirmed is False
    # New accounts cannot be made without a person, at the database too.
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(
            at(
                "INSERT INTO users (username, display_name, role, active, created_at) "
                "VALUES ('x.user', 'X', 'tutor', true, :now)",
                "now",
            ),
            {"now": utcnow()},
        )


# --- every door asks for the person ----------------------------------------------------------


def test_every_door_creates_accounts_only_with_a_staff_id(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import typer
    from test_web_world import make_world

    from gateway.cli import user as user_cli
    from tests.support import CliAs

    w = make_world(database_url, tmp_path)
    try:
        api = w.client()
        admin = w.headers(Role.ADMINISTRATOR)
        body = {"username": "api.user", "display_name": "Api User", "role": "dpo"}
        missing = api.post("/api/v1/users", json=body, headers=admin)
        assert missing.status_code == 422 and "staff_id" in missing.text
        bad = api.post("/api/v1/users", json={**body, "staff_id": "two words"}, headers=admin)
        assert bad.status_code == 422 and bad.json()["hint"]
        made = api.post("/api/v1/users", json={**body, "staff_id": "QS1042"}, headers=admin)
        assert made.status_code == 201 and made.json()["staff_id"] == "QS1042"
        moved = api.post(
            "/api/v1/users/api.user/staff-id", json={"staff_id": "QS2000"}, headers=admin
        )
        assert moved.status_code == 200 and moved.json()["staff_id"] == "QS2000"

        browser = w.client()
        csrf = w.login(browser, Role.ADMINISTRATOR)
        form = {"csrf_token": csrf, "username": "web.user", "display_name": "Web User",
                "role": "tutor"}
        assert browser.post("/admin/users", data=form).status_code == 422
        assert browser.post("/admin/users", data={**form, "staff_id": "AT0042"}).status_code == 303
        set_page = browser.post(
            "/admin/users/web.user/staff-id", data={"csrf_token": csrf, "staff_id": "AT0043"}
        )
        assert set_page.status_code == 303 and "AT0043" in browser.get("/admin/users").text

        monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(w.ctx.settings.data_dir))
        monkeypatch.setenv("PREVENT_GATEWAY_DATABASE_URL", database_url)
        app = typer.Typer()
        app.add_typer(user_cli.app, name="user")
        runner = CliAs(database_url)
        as_admin = ["--as", w.username(Role.ADMINISTRATOR)]
        add = ["user", "add", "cli.user", "--name", "Cli User", "--role", "auditor", *as_admin]
        assert runner.invoke(app, add).exit_code != 0
        added = runner.invoke(app, [*add, "--staff-id", "IA3001"])
        assert added.exit_code == 0 and "for staff IA3001" in added.output
        changed = runner.invoke(app, ["user", "set-staff-id", "cli.user", "IA3002", *as_admin])
        assert changed.exit_code == 0 and "IA3002" in changed.output
    finally:
        w.ctx.close()
