"""A small installation for the web/API tests (users of every role, keys, recipients), and
tests of sign-in itself: Argon2id, TOTP (required roles, replay), throttling, sessions, CSRF."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

import gateway.models  # noqa: F401 - every table on Base.metadata
from gateway.actor import Actor
from gateway.auth.policy import totp_required
from gateway.config import Settings
from gateway.context import AppContext
from gateway.db import make_engine, transaction
from gateway.http.app import create_app
from gateway.keys import Keyring
from gateway.keys.recipient import generate_recipient_keypair
from gateway.recipients.models import RecipientKind
from gateway.recipients.service import register_recipient
from gateway.users.domain import Role
from gateway.users.models import User
from gateway.users.service import create_user

PASSWORD = "correct horse battery staple"
BASE_URL = "https://testserver"


@dataclass
class World:
    ctx: AppContext
    app: Any
    tokens: dict[Role, str] = field(default_factory=dict)
    totp: dict[str, str] = field(default_factory=dict)
    last_step: dict[str, int] = field(default_factory=dict)
    recipient: str = ""
    recipient_private_pem: bytes = b""

    def username(self, role: Role) -> str:
        return role.value.replace("_", "-")

    def headers(self, role: Role) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}

    def client(self) -> TestClient:
        return TestClient(self.app, base_url=BASE_URL, follow_redirects=False)

    def code(self, username: str) -> str:
        """A TOTP code for a time step not used before by this account."""
        secret = self.totp.get(username)
        if secret is None:
            return ""
        step = max(int(time.time() // 30), self.last_step.get(username, -1) + 1)
        # The server accepts one step of drift, no more: a third sign-in within 30 seconds
        # waits for the clock (each code is accepted once).
        while step > int(time.time() // 30) + 1:
            time.sleep(0.5)
        self.last_step[username] = step
        return pyotp.TOTP(secret).at(step * 30)

    def actor(self, session: Any, role: Role) -> Actor:
        user = session.scalar(select(User).where(User.username == self.username(role)))
        return Actor(user, channel="test")

    def login(self, client: TestClient, role: Role) -> str:
        """Sign in through the form; returns the session's CSRF token (from the dashboard)."""
        username = self.username(role)
        page = client.get("/login")
        token = csrf_of(page.text)
        reply = client.post(
            "/login",
            data={
                "csrf_token": token,
                "username": username,
                "password": PASSWORD,
                "totp": self.code(username),
                "next": "/",
            },
        )
        assert reply.status_code == 303, (
            username,
            reply.status_code,
            re.findall(r"class=\"message\">([^<]*)", reply.text),
        )
        home = client.get("/")
        assert home.status_code == 200, home.text
        return csrf_of(home.text)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def make_world(database_url: str, tmp_path: Path, *, passwords: bool = True) -> World:
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url)
    engine = make_engine(database_url)
    ctx = AppContext(settings=settings, engine=engine)
    Keyring.create(settings.keys_dir, None, settings.log_origin)
    world = World(ctx=ctx, app=None)
    from gateway.auth.service import _HASHER, enrol_totp, issue_token

    shared_hash = _HASHER.hash(PASSWORD) if passwords else None
    private_pem, public_text = generate_recipient_keypair("Regional Prevent Coordinator")
    world.recipient_private_pem = private_pem
    with transaction(ctx.sessions) as session:
        admin = None
        for role in Role:
            user = create_user(
                session,
                username=world.username(role),
                display_name=f"{role.label} (test)",
                role=role,
                staff_id=f"ST-{world.username(role)}",
                actor=None,
            )
            user.password_hash = shared_hash
            if totp_required(role):
                secret, _uri = enrol_totp(session, None, user.username)
                world.totp[user.username] = secret
            world.tokens[role] = issue_token(session, None, user.username, "tests").token
            if role is Role.ADMINISTRATOR:
                admin = Actor(user)
        assert admin is not None
        world.recipient = register_recipient(
            session,
            admin,
            kind=RecipientKind.REGIONAL_PREVENT_COORDINATOR,
            name="Regional Prevent Coordinator (test)",
            organisation="Home Office Prevent (test)",
            contact="rpc@example.invalid",
            public_key=public_text,
        ).reference
        # The register's appropriate policy document that disclosures relying on Sch 1 paras
        # 10 or 18 name.
        from gateway.apd.service import add as add_policy_document
        from gateway.demo import DEMO_POLICY_SECTIONS

        dpo = session.scalar(select(User).where(User.username == world.username(Role.DPO)))
        assert dpo is not None
        add_policy_document(
            session,
            Actor(dpo),
            reference="APD-2026-01",
            title="Appropriate policy document: Prevent information sharing",
            content=DEMO_POLICY_SECTIONS,
            conditions=["10", "18"],
            review_due=ctx.clock.today() + timedelta(days=200),
            now=ctx.clock.now(),
        )
    world.app = create_app(ctx)
    return world


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    yield w
    w.ctx.close()


# --- sign-in ---------------------------------------------------------------------------------


def test_password_is_argon2id_and_only_the_right_one_matches() -> None:
    from gateway.auth.service import hash_password, password_matches
    from gateway.errors import InvalidInput

    stored = hash_password(PASSWORD)
    assert stored.startswith("$argon2id$")
    assert password_matches(stored, PASSWORD)
    assert not password_matches(stored, PASSWORD + "!")
    assert not password_matches(None, PASSWORD)
    with pytest.raises(InvalidInput):
        hash_password("short")


def test_sign_in_needs_totp_for_the_dpo_and_a_code_works_once(world: World) -> None:
    client = world.client()
    username = world.username(Role.DPO)
    token = csrf_of(client.get("/login").text)
    form = {"csrf_token": token, "username": username, "password": PASSWORD, "next": "/"}
    assert client.post("/login", data={**form, "totp": ""}).status_code == 401
    code = world.code(username)
    ok = client.post(
        "/login", data={**form, "csrf_token": csrf_of(client.get("/login").text), "totp": code}
    )
    assert ok.status_code == 303
    cookie = ok.headers["set-cookie"].lower()
    assert "__host-pgw_session=" in cookie
    for flag in ("secure", "httponly", "samesite=strict", "path=/"):
        assert flag in cookie
    # the same code again (a replay) is refused
    other = world.client()
    replay = other.post(
        "/login", data={**form, "csrf_token": csrf_of(other.get("/login").text), "totp": code}
    )
    assert replay.status_code == 401


def test_support_staff_sign_in_with_a_password_alone(world: World) -> None:
    client = world.client()
    world.login(client, Role.STUDENT_SUPPORT)
    assert "Raise a concern" in client.get("/").text


def test_login_form_without_its_csrf_token_is_refused(world: World) -> None:
    client = world.client()
    client.get("/login")
    reply = client.post(
        "/login", data={"csrf_token": "forged", "username": "tutor", "password": PASSWORD}
    )
    assert reply.status_code == 403
    assert "__Host-pgw_session" not in reply.headers.get("set-cookie", "")


def test_five_failures_pause_the_username_here_even_for_the_right_password(world: World) -> None:
    client = world.client()
    username = world.username(Role.TUTOR)
    for _ in range(5):
        token = csrf_of(client.get("/login").text)
        bad = client.post(
            "/login",
            data={"csrf_token": token, "username": username, "password": "wrong password!"},
        )
        assert bad.status_code == 401
    token = csrf_of(client.get("/login").text)
    paused = client.post(
        "/login", data={"csrf_token": token, "username": username, "password": PASSWORD}
    )
    assert paused.status_code == 429
    assert "Too many failed sign-ins" in paused.text
    assert 0 < int(paused.headers["retry-after"]) <= 30
    # From another address the same person signs in at once.
    elsewhere = TestClient(
        world.app, base_url=BASE_URL, follow_redirects=False, client=("192.0.2.9", 50000)
    )
    token = csrf_of(elsewhere.get("/login").text)
    ok = elsewhere.post(
        "/login", data={"csrf_token": token, "username": username, "password": PASSWORD}
    )
    assert ok.status_code == 303


def test_forms_without_the_session_csrf_token_change_nothing(world: World) -> None:
    client = world.client()
    world.login(client, Role.STUDENT_SUPPORT)
    reply = client.post(
        "/concerns",
        data={
            "csrf_token": "not-the-token",
            "student_id": "S1",
            "student_name": "Sam Student",
            "source": "staff",
            "description": "Something",
        },
    )
    assert reply.status_code == 403
    assert "Nothing was changed" in reply.text
    assert "Sam Student" not in client.get("/concerns/mine").text


def test_sign_out_ends_the_session(world: World) -> None:
    client = world.client()
    csrf = world.login(client, Role.AUDITOR)
    assert client.post("/logout", data={"csrf_token": csrf}).status_code == 303
    again = client.get("/audit/log")
    assert again.status_code == 303 and again.headers["location"].startswith("/login")


def test_api_token_is_stored_hashed_and_revocation_ends_it(world: World) -> None:
    from gateway.auth.models import ApiToken

    client = world.client()
    token = world.tokens[Role.AUDITOR]
    with transaction(world.ctx.sessions) as session:
        stored = list(session.scalars(select(ApiToken.token_sha256)))
    assert token not in stored
    assert client.get("/api/v1/me", headers=world.headers(Role.AUDITOR)).json()["role"] == "auditor"
    with transaction(world.ctx.sessions) as session:
        for row in session.scalars(select(ApiToken).where(ApiToken.prefix == token[:10])):
            row.revoked = True
    refused = client.get("/api/v1/me", headers=world.headers(Role.AUDITOR))
    assert refused.status_code == 401
    assert refused.headers["content-type"].startswith("application/problem+json")


def test_token_stops_working_when_its_owner_changes_role(world: World) -> None:
    client = world.client()
    with transaction(world.ctx.sessions) as session:
        user = session.scalar(select(User).where(User.username == world.username(Role.TUTOR)))
        user.role = Role.AUDITOR
    assert client.get("/api/v1/me", headers=world.headers(Role.TUTOR)).status_code == 401
