"""The command line proves who is acting: an API token (or an interactive sign-in), never a name.

Every command that reads case data or acts is refused without proof, and with someone else's
proof when `--as` names another account; a refusal that named an account is recorded. Secrets
and free text never come from the command line itself. Run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyotp
import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from gateway.access_log.models import AccessEvent
from gateway.auth.errors import AuthenticationFailed
from gateway.auth.models import ApiToken, WebSession
from gateway.auth.service import hash_password, issue_token, password_matches
from gateway.cli.main import app
from gateway.db import transaction
from gateway.errors import InvalidInput, NotPermitted
from gateway.users.models import User
from tests.support import CliAs, World, build_world

PASSWORD = "correct horse battery staple"


@pytest.fixture
def world(engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    for name in list(os.environ):
        if name.startswith("PREVENT_GATEWAY_"):
            monkeypatch.delenv(name)
    return build_world(engine, tmp_path)


def env_of(world: World, **extra: str | None) -> dict[str, str | None]:
    settings = world.ctx.settings
    return {
        "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
        "PREVENT_GATEWAY_DATABASE_URL": settings.resolved_database_url,
        "PREVENT_GATEWAY_LOG_ORIGIN": settings.log_origin,
        **extra,
    }


def cli(world: World, *args: str, input: str | None = None, **env: str | None) -> Any:
    """The command as a person runs it; ``--as NAME`` is proven with NAME's token unless the
    test gives PREVENT_GATEWAY_TOKEN itself (None: no token at all)."""
    return world.cli().invoke(app, list(args), input=input, env=env_of(world, **env))


def ok(world: World, *args: str, input: str | None = None, **env: str | None) -> str:
    result = cli(world, *args, input=input, **env)
    assert result.exit_code == 0, (result.output, result.exception)
    return str(result.output)


def events(world: World, action: str) -> list[tuple[str, str, str]]:
    """(who, about what, through which door) of each access-log row of ``action``."""
    with transaction(world.sessions) as s:
        rows = s.execute(
            select(User.username, AccessEvent.object_ref, AccessEvent.channel)
            .join(User, User.id == AccessEvent.user_id)
            .where(AccessEvent.action == action)
            .order_by(AccessEvent.id)
        )
        return [(r[0], r[1], r[2]) for r in rows]


# --- proof of who is acting ----------------------------------------------------------------------


def test_an_acting_command_is_refused_without_a_credential(world: World) -> None:
    refused = cli(world, "case", "show", world.case_ref, "--as", "lead", PREVENT_GATEWAY_TOKEN=None)
    assert refused.exit_code != 0
    assert isinstance(refused.exception, AuthenticationFailed)
    assert "needs proof of who you are" in refused.exception.message
    assert "PREVENT_GATEWAY_TOKEN" in (refused.exception.hint or "")
    assert events(world, "case.read") == []
    # One row for the refused attempt, against the account it named.
    assert events(world, "cli.refused") == [("lead", "lead", "cli")]

    anonymous = cli(world, "case", "list", PREVENT_GATEWAY_TOKEN=None)
    assert isinstance(anonymous.exception, AuthenticationFailed)
    assert events(world, "cli.refused") == [("lead", "lead", "cli")], "no account was named"


def test_another_persons_token_is_refused_when_as_names_someone_else(world: World) -> None:
    dpo_token = world.cli().token("dpo")
    refused = cli(
        world, "case", "show", world.case_ref, "--as", "lead", PREVENT_GATEWAY_TOKEN=dpo_token
    )
    assert isinstance(refused.exception, AuthenticationFailed)
    assert "proves you are dpo, but --as names lead" in refused.exception.message
    assert events(world, "case.read") == []
    assert events(world, "cli.refused") == [("dpo", "lead", "cli")]
    # PREVENT_GATEWAY_USER is the same claim as --as.
    claimed = cli(world, "case", "list", PREVENT_GATEWAY_TOKEN=dpo_token,
                  PREVENT_GATEWAY_USER="lead")
    assert isinstance(claimed.exception, AuthenticationFailed)
    # Without a claim the token's own account acts, with its own role's permissions.
    not_allowed = cli(world, "case", "show", world.case_ref, PREVENT_GATEWAY_TOKEN=dpo_token)
    assert isinstance(not_allowed.exception, NotPermitted)


def test_the_same_command_succeeds_with_the_right_token(world: World) -> None:
    shown = ok(world, "case", "show", world.case_ref, "--as", "lead")
    assert world.case_ref in shown and "Amir Hassan" in shown
    lead_token = world.cli().token("lead")
    assert world.case_ref in ok(world, "case", "list", PREVENT_GATEWAY_TOKEN=lead_token)
    assert events(world, "case.read") == [("lead", world.case_ref, "cli")]
    assert events(world, "cli.refused") == []


def test_revoked_and_expired_tokens_are_refused_as_on_the_api(world: World) -> None:
    token = world.cli().token("lead")
    listed = json.loads(ok(world, "user", "tokens", "--json", "--as", "lead"))
    ok(world, "user", "revoke-token", str(listed[0]["id"]), "--as", "lead")
    revoked = cli(world, "case", "list", PREVENT_GATEWAY_TOKEN=token)
    assert isinstance(revoked.exception, AuthenticationFailed)
    assert "not valid" in revoked.exception.message
    with transaction(world.sessions) as s:
        expired = issue_token(
            s, None, "lead", "old", expires_at=datetime.now(UTC) - timedelta(minutes=1)
        ).token
    assert isinstance(
        cli(world, "case", "list", PREVENT_GATEWAY_TOKEN=expired).exception, AuthenticationFailed
    )


def test_the_token_may_come_from_a_file_only_its_owner_reads(
    world: World, tmp_path: Path
) -> None:
    path = tmp_path / "token"
    path.write_text(world.cli().token("lead") + "\n", encoding="utf-8")
    path.chmod(0o600)
    assert world.case_ref in ok(
        world, "case", "list", PREVENT_GATEWAY_TOKEN=None, PREVENT_GATEWAY_TOKEN_FILE=str(path)
    )
    path.chmod(0o644)
    shared = cli(
        world, "case", "list", PREVENT_GATEWAY_TOKEN=None, PREVENT_GATEWAY_TOKEN_FILE=str(path)
    )
    assert isinstance(shared.exception, InvalidInput)
    assert "can be read by other people" in shared.exception.message


def test_commands_touching_no_case_data_need_no_credential(world: World, tmp_path: Path) -> None:
    none: dict[str, str | None] = {"PREVENT_GATEWAY_TOKEN": None}
    assert "Usage" in ok(world, "--help", **none)
    assert "Usage" in ok(world, "case", "show", "--help", **none)
    ok(world, "db", "upgrade", **none)
    assert "BEGIN PUBLIC KEY" in ok(world, "keys", "export-public", **none)
    ok(world, "log", "key", **none)
    ok(world, "keys", "recipient-new", "RPC", "--out-dir", str(tmp_path / "rk"), **none)
    ok(world, "retention", "schedule", "--json", **none)
    export = tmp_path / "export"
    ok(world, "log", "export", str(export), "--as", "auditor")
    (tmp_path / "log.vkey").write_text(ok(world, "log", "key", **none))
    verified = ok(world, "log", "verify", str(export), "--key", str(tmp_path / "log.vkey"), **none)
    assert "Sharing log verified" in verified
    # Reading the sharing log itself is an action of a role: it needs proof.
    assert isinstance(
        cli(world, "log", "checkpoint", **none).exception, AuthenticationFailed
    )


# --- an interactive sign-in at a terminal ---------------------------------------------------------


def test_at_a_terminal_a_person_signs_in_with_password_and_code(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gateway.auth.service import enrol_totp

    with transaction(world.sessions) as s:
        s.scalars(select(User).where(User.username == "lead")).one().password_hash = (
            hash_password(PASSWORD)
        )
        secret, _uri = enrol_totp(s, None, "lead")
    monkeypatch.setattr("gateway.cli.common.stdin_is_terminal", lambda: True)
    code = pyotp.TOTP(secret).now()
    shown = ok(world, "case", "show", world.case_ref, "--as", "lead",
               input=f"{PASSWORD}\n{code}\n", PREVENT_GATEWAY_TOKEN=None)
    assert "Amir Hassan" in shown and PASSWORD not in shown
    assert events(world, "case.read") == [("lead", world.case_ref, "cli")]
    with transaction(world.sessions) as s:
        sessions = s.scalars(select(WebSession)).all()
        assert len(sessions) == 1 and sessions[0].revoked, "the session ends with the command"

    # A wrong password: refused, counted towards the lockout and recorded.
    wrong = cli(world, "case", "list", "--as", "lead", input=f"not the password\n{code}\n",
                PREVENT_GATEWAY_TOKEN=None)
    assert isinstance(wrong.exception, AuthenticationFailed)
    assert events(world, "cli.refused") == [("lead", "lead", "cli")]


# --- secrets and free text never as arguments ---------------------------------------------


def test_set_password_refuses_a_password_given_as_an_argument(world: World) -> None:
    refused = cli(world, "user", "set-password", "tutor", "--password", PASSWORD, "--as", "tutor")
    assert refused.exit_code == 2
    assert "never given on the command line" in refused.output
    with transaction(world.sessions) as s:
        assert s.scalars(select(User).where(User.username == "tutor")).one().password_hash is None
    assert events(world, "account.password_set") == []

    ok(world, "user", "set-password", "tutor", "--password-file", "-", "--as", "tutor",
       input=PASSWORD + "\n")
    with transaction(world.sessions) as s:
        stored = s.scalars(select(User).where(User.username == "tutor")).one().password_hash
        assert password_matches(stored, PASSWORD)
    assert events(world, "account.password_set") == [("tutor", "tutor", "cli")]


def test_concern_text_comes_from_a_file_or_standard_input(world: World, tmp_path: Path) -> None:
    text = "Seen in the library on Tuesday:\n“a leaflet” — handed out by Łukasz."
    said = ok(world, "concern", "add", "--student-id", "S7654321", "--student-name", "Jo Bloggs",
              "--source", "staff", "--description-file", "-", "--as", "tutor", input=text + "\n")
    assert "recorded" in said
    inline = cli(world, "concern", "add", "--student-id", "S7654321", "--student-name", "Jo B",
                 "--source", "staff", "--description", "typed inline", "--as", "tutor")
    assert inline.exit_code == 2, "free text is never taken from the command line"
    note = tmp_path / "note.txt"
    note.write_text("Called the tutor back.\n", encoding="utf-8")
    ok(world, "case", "note", world.case_ref, "--file", str(note), "--as", "lead")
    shown = ok(world, "case", "show", world.case_ref, "--as", "lead")
    assert "Called the tutor back." in shown


# --- account commands are actions like any other -------------------------------------------------


def test_account_commands_are_checked_and_recorded(world: World) -> None:
    enrolled = ok(world, "user", "enrol-totp", "lead", "--as", "admin")
    assert "otpauth://" in enrolled
    assert events(world, "account.totp_enrolled") == [("admin", "lead", "cli")]
    refused = cli(world, "user", "enrol-totp", "lead", "--as", "tutor")
    assert isinstance(refused.exception, NotPermitted)

    made = ok(world, "user", "create-token", "tutor", "--name", "laptop", "--as", "tutor")
    assert re.search(r"pgw_\S+", made)
    assert events(world, "account.token_created") == [("tutor", "tutor", "cli")]
    # An administrator never holds a token of a person: it would let them act as that person.
    for_someone = cli(world, "user", "create-token", "dpo", "--name", "x", "--as", "admin")
    assert isinstance(for_someone.exception, InvalidInput)
    assert events(world, "account.token_created") == [("tutor", "tutor", "cli")]


def test_a_service_account_runs_the_scheduled_jobs_and_nothing_else(
    world: World, tmp_path: Path
) -> None:
    ok(world, "user", "add", "svc.nightly", "--name", "Nightly jobs", "--role", "service",
       "--staff-id", "ST-admin", "--as", "admin")
    out = tmp_path / "nightly.token"
    ok(world, "user", "create-token", "svc.nightly", "--name", "cron", "--out", str(out),
       "--as", "admin")
    assert out.stat().st_mode & 0o777 == 0o600
    assert events(world, "account.token_created") == [("admin", "svc.nightly", "cli")]
    service: dict[str, str | None] = {
        "PREVENT_GATEWAY_TOKEN": None, "PREVENT_GATEWAY_TOKEN_FILE": str(out)
    }
    ok(world, "case", "show", world.case_ref, "--as", "lead")  # something to seal
    assert "sealed as sharing-log entry" in ok(world, "access-log", "seal", **service)
    assert "Dry run" in ok(world, "retention", "run", **service)
    ok(world, "log", "checkpoint", **service)
    for command in (["case", "list"], ["access-log", "list"], ["disclosure", "list"]):
        assert isinstance(cli(world, *command, **service).exception, NotPermitted), command
    # It never signs in: no password, no second factor.
    for command in (["set-password", "svc.nightly", "--password-file", "-"],
                    ["enrol-totp", "svc.nightly"]):
        refused = cli(world, "user", *command, "--as", "admin", input=PASSWORD + "\n")
        assert isinstance(refused.exception, NotPermitted), command


# --- init: the first administrator's set-up token ------------------------------------------------


def test_init_prints_a_set_up_token_that_works_for_a_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database_url: str
) -> None:
    for name in list(os.environ):
        if name.startswith("PREVENT_GATEWAY_"):
            monkeypatch.delenv(name)
    monkeypatch.setattr("gateway.keys.pkcs8.PBKDF2_ITERATIONS", 1000)
    env = {"PREVENT_GATEWAY_DATA_DIR": str(tmp_path / "data"),
           "PREVENT_GATEWAY_DATABASE_URL": database_url}
    runner = CliAs(database_url)
    init = ["init", "--demo", "--admin", "root", "--admin-staff-id", "IT0001"]
    made = runner.invoke(app, init, env=env)
    assert made.exit_code == 0, made.output
    token = re.search(r"^(pgw_\S+)$", made.output, re.M)
    assert token is not None and "shown once" in made.output
    again = runner.invoke(app, init, env=env)
    assert again.exit_code == 0 and "pgw_" not in again.output, "made once, with the account"

    listed = runner.invoke(app, ["user", "list", "--json", "--as", "root"],
                           env={**env, "PREVENT_GATEWAY_TOKEN": token.group(1)})
    assert listed.exit_code == 0, (listed.output, listed.exception)
    from gateway.db import make_engine, make_session_factory

    engine = make_engine(database_url)
    try:
        with transaction(make_session_factory(engine)) as s:
            row = s.scalars(select(ApiToken)).one()
            assert row.expires_at is not None
            assert row.expires_at - datetime.now(UTC) <= timedelta(hours=24)
    finally:
        engine.dispose()
