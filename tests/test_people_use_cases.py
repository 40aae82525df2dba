"""Cases, accounts, sign-in and recipients as use cases: the clock they are given, the local
operator of the command line (a recorded actor, never None), and what the doors print."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from gateway.access_log.models import AccessEvent
from gateway.auth import use_cases as auth
from gateway.auth.errors import AuthenticationFailed, SignInThrottled
from gateway.auth.identity import LocalOperator, LocalUser
from gateway.auth.policy import FREE_FAILURES, backoff_after
from gateway.auth.service import password_matches
from gateway.cases import use_cases as cases
from gateway.cases.domain import ConcernSource
from gateway.cases.models import Case
from gateway.clock import FixedClock
from gateway.config import Settings
from gateway.db import transaction
from gateway.errors import InvalidInput, NotPermitted
from gateway.recipients import use_cases as recipients
from gateway.recipients.domain import RecipientKind
from gateway.recipients.views import RecipientView
from gateway.runner import UnitOfWork
from gateway.users import use_cases as users
from gateway.users.domain import LOCAL_OPERATOR, Role
from gateway.users.models import User
from tests.support import CliAs, World, build_world, referral_decision

PASSWORD = "correct horse battery staple"
NOON = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path, referral=False, dpia=False)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOON)


def _work(world: World, clock: FixedClock) -> UnitOfWork:
    return UnitOfWork(world.sessions, clock, world.ctx.settings)


def _events(world: World, action: str) -> list[tuple[str, str, str]]:
    with transaction(world.sessions) as s:
        rows = s.execute(
            select(User.username, AccessEvent.object_ref, AccessEvent.channel)
            .join(User, User.id == AccessEvent.user_id)
            .where(AccessEvent.action == action)
            .order_by(AccessEvent.id)
        )
        return [(r[0], r[1], r[2]) for r in rows]


# --- the clock is a parameter ------------------------------------------------------------------


def test_a_concern_observed_after_the_clocks_today_is_refused(
    world: World, clock: FixedClock
) -> None:
    subject = cases.SubjectDetails(student_id="S7000001", name="Sam Example")
    tomorrow = clock.today() + timedelta(days=1)
    with pytest.raises(InvalidInput, match="in the future"):
        _work(world, clock).run(
            LocalUser("tutor"),
            cases.raise_concern,
            subject,
            ConcernSource.STAFF,
            "Seen.",
            observed_on=tomorrow,
        )
    clock.advance(timedelta(days=1))
    raised = _work(world, clock).run(
        LocalUser("tutor"),
        cases.raise_concern,
        subject,
        ConcernSource.STAFF,
        "Seen.",
        observed_on=tomorrow,
    )
    assert raised.observed_on == tomorrow and raised.reference.startswith("C-")
    assert raised.raised_at == clock.now()


def test_closing_a_case_is_dated_by_the_clock(world: World, clock: FixedClock) -> None:
    work = _work(world, clock)
    work.run(LocalUser("lead"), cases.decide, world.case_ref, referral_decision())
    closed = work.run(LocalUser("lead"), cases.close_case, world.case_ref)
    assert closed.status == "closed"
    with transaction(world.sessions) as s:
        case = s.scalar(select(Case).where(Case.reference == world.case_ref))
        assert case is not None and case.closed_at == NOON
    view = work.run(LocalUser("lead"), cases.read_case, world.case_ref)
    assert view.decisions[-1].decided_at == NOON
    assert [(e.kind, e.occurred_at) for e in view.chronology[-2:]] == [
        ("decision", NOON),
        ("case_closed", NOON),
    ]


def test_reading_a_case_is_recorded_and_the_view_is_the_whole_case(
    world: World, clock: FixedClock
) -> None:
    view = _work(world, clock).run(LocalUser("smt1"), cases.read_case, world.case_ref)
    assert view.reference == world.case_ref
    assert {p.name for p in view.people} == {"Piotr Król", "Grace Mitchell"}
    assert view.chronology[0].kind == "case_opened"
    assert ("smt1", world.case_ref, "cli") in _events(world, "case.read")
    with pytest.raises(NotPermitted):
        _work(world, clock).run(LocalUser("tutor"), cases.read_case, world.case_ref)


# --- the local operator: a recorded actor, never None ------------------------------------------


def test_the_local_operator_sets_a_password_and_is_recorded(
    world: World, clock: FixedClock
) -> None:
    done = _work(world, clock).run(LocalOperator(), auth.set_password, "tutor", PASSWORD)
    assert done.username == "tutor"
    with transaction(world.sessions) as s:
        tutor = s.scalar(select(User).where(User.username == "tutor"))
        assert tutor is not None and password_matches(tutor.password_hash, PASSWORD)
    assert _events(world, "account.password_set") == [(LOCAL_OPERATOR, "tutor", "cli")]


def test_the_local_operator_is_refused_once_disabled(world: World, clock: FixedClock) -> None:
    work = _work(world, clock)
    work.run(LocalOperator(), auth.enrol_totp, "lead")
    work.run(LocalUser("admin"), users.set_user_active, LOCAL_OPERATOR, False)
    with pytest.raises(NotPermitted, match="disabled"):
        work.run(LocalOperator(), auth.enrol_totp, "lead")
    assert _events(world, "account.totp_enrolled") == [(LOCAL_OPERATOR, "lead", "cli")]


def test_the_local_operator_account_never_gets_credentials(world: World, clock: FixedClock) -> None:
    work = _work(world, clock)
    for use_case, args in (
        (auth.set_password, (LOCAL_OPERATOR, PASSWORD)),
        (auth.enrol_totp, (LOCAL_OPERATOR,)),
        (auth.create_token, (LOCAL_OPERATOR, "script")),
    ):
        with pytest.raises(NotPermitted, match="never signs in"):
            work.run(LocalOperator(), use_case, *args)
    with pytest.raises(InvalidInput, match="reserved"):
        work.run(
            LocalUser("admin"), users.create_user, LOCAL_OPERATOR, "Someone", Role.AUDITOR, "S-1"
        )


def test_only_an_administrator_sets_someone_elses_password(world: World, clock: FixedClock) -> None:
    work = _work(world, clock)
    with pytest.raises(NotPermitted):
        work.run(LocalUser("lead"), auth.set_password, "tutor", PASSWORD)
    work.run(LocalUser("tutor"), auth.set_password, "tutor", PASSWORD)
    assert _events(world, "account.password_set") == [("tutor", "tutor", "cli")]


def test_people_make_their_own_tokens(world: World, clock: FixedClock) -> None:
    work = _work(world, clock)
    with pytest.raises(InvalidInput, match="person who will use them"):
        work.run(LocalUser("admin"), auth.create_token, "tutor", "script")
    page = work.run(LocalUser("tutor"), auth.create_own_token, "script")
    assert page.new_token and page.new_token.startswith("pgw_")
    assert [t.name for t in page.tokens] == ["script"]
    revoked = work.run(LocalUser("tutor"), auth.revoke_token, page.tokens[0].id)
    assert revoked.revoked
    assert work.run(LocalUser("tutor"), auth.my_tokens)[0].revoked


def test_registering_a_recipient_is_checked_then_recorded(world: World, clock: FixedClock) -> None:
    work = _work(world, clock)

    def register(username: str, kind: RecipientKind | None) -> RecipientView:
        return work.run(
            LocalUser(username),
            recipients.register_recipient,
            kind=kind,
            name="Police Prevent",
            organisation="Example Police",
            contact="pp@example.invalid",
            competent_authority=True,
        )

    with pytest.raises(NotPermitted):
        register("lead", None)
    with pytest.raises(InvalidInput, match="kind of recipient"):
        register("admin", None)
    made = register("admin", RecipientKind.POLICE_PREVENT_TEAM)
    assert made.kind_label == "Police Prevent team" and not made.has_public_key
    assert _events(world, "recipient.registered") == [("admin", made.reference, "cli")]
    gone = work.run(LocalUser("admin"), recipients.set_recipient_active, made.reference, False)
    assert not gone.active
    listed = work.run(LocalUser("lead"), recipients.list_recipients)
    assert [r.active for r in listed if r.reference == made.reference] == [False]


# --- signing in establishes the actor ----------------------------------------------------------


def test_lockout_runs_on_the_clock_it_is_given(world: World, clock: FixedClock) -> None:
    work = _work(world, clock)
    work.run(LocalOperator(), auth.set_password, "tutor", PASSWORD)

    def attempt(password: str) -> str:
        admitted = work.run_signing_in(auth.admit_sign_in, username="tutor", source="192.0.2.7")
        return work.run_signing_in(
            auth.sign_in,
            attempt=admitted,
            username="tutor",
            password=password,
            totp_code=None,
            source="192.0.2.7",
        ).session_id

    for _ in range(FREE_FAILURES):
        with pytest.raises(AuthenticationFailed):
            attempt("wrong password entirely")
    with pytest.raises(SignInThrottled):
        attempt(PASSWORD)
    clock.advance(backoff_after(FREE_FAILURES) + timedelta(seconds=1))
    assert attempt(PASSWORD)


# --- the first administrator and the command line ----------------------------------------------


def test_init_makes_the_first_administrator_once_as_the_local_operator(tmp_path: Path) -> None:
    from gateway.context import open_installation
    from gateway.installation import initialise

    settings = Settings(data_dir=tmp_path / "data")
    with pytest.warns(Warning):
        first = initialise(settings, admin_username="root", admin_name="First Admin",
                           admin_staff_id="IT-0001", demo=True)
        again = initialise(settings, admin_username="other", admin_name="Second",
                           admin_staff_id="IT-0002", demo=True)
    assert "Administrator: root" in first.summary and "Administrator:" not in again.summary
    assert first.setup_token is not None and again.setup_token is None
    ctx = open_installation(settings)
    try:
        accounts = ctx.work().run(LocalUser("root"), users.list_users)
        assert {(a.username, a.role) for a in accounts} == {
            ("root", Role.ADMINISTRATOR),
            (LOCAL_OPERATOR, Role.ADMINISTRATOR),
        }
        # Set-up is reported by init; the access log starts with the working installation.
        with transaction(ctx.sessions) as session:
            assert session.scalars(select(AccessEvent)).all() == []
    finally:
        ctx.close()


def test_listing_commands_print_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gateway.cli import case as case_cli
    from gateway.cli import recipient as recipient_cli
    from gateway.cli import user as user_cli
    from gateway.installation import initialise

    data_dir = tmp_path / "data"
    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(data_dir))
    with pytest.warns(Warning):
        initialise(
            Settings(data_dir=data_dir), admin_username="admin", admin_name="Admin",
            admin_staff_id="IT-0001", demo=True
        )
    runner = CliAs()
    made = runner.invoke(
        user_cli.app,
        ["add", "r.lead", "--name", "Ruth Lead", "--role", "prevent_lead", "--staff-id", "P-1",
         "--as", "admin"],
    )
    assert made.exit_code == 0, made.output
    listed = runner.invoke(user_cli.app, ["list", "--json", "--as", "admin"])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.output)
    assert {"username": "r.lead", "role": "prevent_lead"}.items() <= next(
        r for r in rows if r["username"] == "r.lead"
    ).items()
    assert (
        json.loads(runner.invoke(recipient_cli.app, ["list", "--json", "--as", "admin"]).output)
        == []
    )
    assert (
        json.loads(runner.invoke(case_cli.app, ["list", "--json", "--as", "r.lead"]).output) == []
    )
    refused = runner.invoke(case_cli.app, ["list", "--json", "--as", "admin"])
    assert refused.exit_code != 0 and isinstance(refused.exception, NotPermitted)


def _json(runner: CliAs, app: object, args: list[str]) -> list[dict[str, object]]:
    result = runner.invoke(app, args)  # type: ignore[arg-type]
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert isinstance(rows, list)
    return rows


def test_accounts_and_recipients_are_switched_off_and_on_at_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gateway.cli import case as case_cli
    from gateway.cli import recipient as recipient_cli
    from gateway.cli import user as user_cli
    from gateway.installation import initialise

    data_dir = tmp_path / "data"
    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(data_dir))
    with pytest.warns(Warning):
        initialise(
            Settings(data_dir=data_dir), admin_username="admin", admin_name="Admin",
            admin_staff_id="IT-0001", demo=True
        )
    runner = CliAs()
    as_admin = ["--as", "admin"]
    runner.invoke(
        user_cli.app,
        ["add", "t.one", "--name", "T One", "--role", "tutor", "--staff-id", "T-1", *as_admin],
    )

    def tutor_active() -> object:
        rows = _json(runner, user_cli.app, ["list", "--json", *as_admin])
        return next(r["active"] for r in rows if r["username"] == "t.one")

    assert runner.invoke(user_cli.app, ["disable", "t.one", *as_admin]).exit_code == 0
    assert tutor_active() is False
    assert runner.invoke(user_cli.app, ["enable", "t.one", *as_admin]).exit_code == 0
    assert tutor_active() is True

    added = runner.invoke(
        recipient_cli.app,
        [
            "add",
            "--kind",
            "police_prevent_team",
            "--name",
            "PPT",
            "--organisation",
            "Police",
            "--contact",
            "ppt@example.invalid",
            *as_admin,
        ],
    )
    assert added.exit_code == 0, added.output
    reference = _json(runner, recipient_cli.app, ["list", "--json", *as_admin])[0]["reference"]
    assert isinstance(reference, str)
    runner.invoke(recipient_cli.app, ["deactivate", reference, *as_admin])
    assert _json(runner, recipient_cli.app, ["list", "--json", *as_admin])[0]["active"] is False
    runner.invoke(recipient_cli.app, ["activate", reference, *as_admin])
    assert _json(runner, recipient_cli.app, ["list", "--json", *as_admin])[0]["active"] is True

    missing = runner.invoke(case_cli.app, ["close", "PRV-0000-0000", *as_admin])
    assert missing.exit_code != 0 and isinstance(missing.exception, NotPermitted)


def test_a_browser_session_ends_by_the_installations_clock(
    database_url: str, tmp_path: Path
) -> None:
    from test_web_world import make_world

    from gateway.auth.policy import SESSION_IDLE_TIMEOUT

    web = make_world(database_url, tmp_path)
    clock = FixedClock(datetime.now(UTC).replace(microsecond=0))
    web.ctx.clock = clock
    client = web.client()
    web.login(client, Role.TUTOR)
    assert client.get("/concerns/mine").status_code == 200
    clock.advance(SESSION_IDLE_TIMEOUT + timedelta(seconds=1))
    ended = client.get("/concerns/mine")
    assert ended.status_code == 303 and ended.headers["location"].startswith("/login")
    api = web.client().get("/api/v1/me", headers=web.headers(Role.TUTOR))
    assert api.status_code == 200 and api.json()["username"] == web.username(Role.TUTOR)
