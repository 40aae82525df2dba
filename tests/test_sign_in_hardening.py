"""Sign-in that holds under concurrency and does not leak: a TOTP code works once however many
sign-ins race with it; the back-off answers alike for existing and unknown usernames and is kept
per username and address, doubling and capped; an unauthenticated request is refused before its
body is read. Run on SQLite and, with PREVENT_GATEWAY_TEST_DATABASE_URL, on PostgreSQL."""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from gateway.auth import use_cases as auth
from gateway.auth.errors import AuthenticationFailed, SignInThrottled
from gateway.auth.models import WebSession
from gateway.auth.policy import BACKOFF_CAP, FREE_FAILURES, backoff_after
from gateway.clock import FixedClock
from gateway.db import transaction
from gateway.http.guard import UNAUTHENTICATED_BODY_LIMIT
from gateway.runner import UnitOfWork
from gateway.users.domain import Role
from gateway.users.models import User
from tests.test_web_world import BASE_URL, PASSWORD, World, csrf_of, make_world

NOON = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
WRONG = "not the password at all"


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    yield w
    w.ctx.close()


@pytest.fixture
def clock(world: World) -> FixedClock:
    """The installation's clock, standing still (the app and the use cases read it)."""
    fixed = FixedClock(NOON)
    world.ctx.clock = fixed
    return fixed


def _work(world: World, clock: FixedClock) -> UnitOfWork:
    return UnitOfWork(world.ctx.sessions, clock, world.ctx.settings)


def _attempt(work: UnitOfWork, username: str, source: str, password: str, code: str = "") -> str:
    """One sign-in as the sign-in page makes it: "signed in", "refused" or "paused"."""
    try:
        admitted = work.run_signing_in(auth.admit_sign_in, username=username, source=source)
        work.run_signing_in(
            auth.sign_in,
            attempt=admitted,
            username=username,
            password=password,
            totp_code=code or None,
            source=source,
        )
    except SignInThrottled:
        return "paused"
    except AuthenticationFailed:
        return "refused"
    return "signed in"


def _sessions_of(world: World, username: str) -> int:
    with transaction(world.ctx.sessions) as s:
        count = s.scalar(
            select(func.count())
            .select_from(WebSession)
            .join(User, User.id == WebSession.user_id)
            .where(User.username == username)
        )
    return int(count or 0)


def _at_once(count: int, work: Any) -> list[Any]:
    """Run ``work(i)`` in ``count`` threads (each with its own database connection), released
    together."""
    results: list[Any] = [None] * count
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            results[i] = work(i)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    return results


# --- 1. a TOTP code works once, however many sign-ins race with it ---------------------------


def test_eight_simultaneous_sign_ins_with_one_code_start_exactly_one_session(
    world: World, clock: FixedClock
) -> None:
    work = _work(world, clock)
    username = world.username(Role.DPO)
    secret = world.totp[username]
    for round_ in range(3):
        code = pyotp.TOTP(secret).at(clock.now().timestamp())
        # Each from its own address, so that only the code (not the back-off) decides.
        admitted = [
            work.run_signing_in(auth.admit_sign_in, username=username, source=f"192.0.2.{i}")
            for i in range(8)
        ]
        start = threading.Barrier(8)

        def sign_in(i: int) -> str:
            start.wait()
            try:
                work.run_signing_in(
                    auth.sign_in,
                    attempt=admitted[i],
                    username=username,
                    password=PASSWORD,
                    totp_code=code,
                    source=f"192.0.2.{i}",
                )
            except AuthenticationFailed:
                return "refused"
            return "signed in"

        outcomes = _at_once(8, sign_in)
        assert sorted(outcomes) == ["refused"] * 7 + ["signed in"], (round_, outcomes)
        assert _sessions_of(world, username) == round_ + 1
        # The code stays used: once more, from yet another address, it is refused.
        assert _attempt(work, username, "192.0.2.99", PASSWORD, code) == "refused"
        clock.advance(timedelta(seconds=30))  # the next round uses the next step's code


def test_attempts_sent_at_once_all_count_towards_the_back_off(
    world: World, clock: FixedClock
) -> None:
    work = _work(world, clock)
    start = threading.Barrier(8)

    def attempt(_i: int) -> str:
        start.wait()
        return _attempt(work, "tutor", "198.51.100.20", WRONG)

    outcomes = _at_once(8, attempt)
    assert sorted(outcomes) == ["paused"] * (8 - FREE_FAILURES) + ["refused"] * FREE_FAILURES


# --- 2. the same answers for existing and unknown usernames ----------------------------------


def _normalised(reply: Any) -> tuple[int, list[tuple[str, str]], str]:
    """A sign-in answer with the fresh random sign-in form token blanked out."""
    body = re.sub(r'name="csrf_token" value="[^"]+"', 'name="csrf_token" value="-"', reply.text)
    headers = [
        (name, re.sub(r"__Host-pgw_login=[^;]+", "__Host-pgw_login=-", value))
        for name, value in reply.headers.multi_items()
    ]
    return reply.status_code, headers, body


def _sign_in_answers(world: World, username: str, passwords: list[str]) -> list[Any]:
    client = TestClient(
        world.app, base_url=BASE_URL, follow_redirects=False, client=("192.0.2.80", 50000)
    )
    answers = []
    for password in passwords:
        token = csrf_of(client.get("/login").text)
        reply = client.post(
            "/login", data={"csrf_token": token, "username": username, "password": password}
        )
        answers.append(_normalised(reply))
    return answers


def test_failures_and_the_back_off_answer_alike_for_existing_and_unknown_usernames(
    world: World, clock: FixedClock
) -> None:
    existing = world.username(Role.TUTOR)
    # Past the free failures, the existing account is tried with its right password: the
    # answer must still be the unknown name's, word for word and header for header.
    tried = [WRONG] * FREE_FAILURES + [PASSWORD, PASSWORD]
    known = _sign_in_answers(world, existing, tried)
    unknown = _sign_in_answers(world, "no-such-person", [WRONG] * len(tried))
    assert [status for status, _, _ in known] == [401] * FREE_FAILURES + [429, 429]
    assert known == unknown
    _status, headers, body = known[-1]
    assert ("retry-after", str(int(backoff_after(FREE_FAILURES).total_seconds()))) in headers
    assert "Too many failed sign-ins with this username from your address." in body


# --- 3. back-off per username and address, doubling, capped ----------------------------------


def test_one_address_failing_for_many_usernames_holds_up_no_one_else_there(
    world: World, clock: FixedClock
) -> None:
    work = _work(world, clock)
    proxy = "198.51.100.7"
    for i in range(25):
        assert _attempt(work, f"guess-{i}", proxy, WRONG) == "refused"
    for _ in range(FREE_FAILURES):
        assert _attempt(work, "no-such-person", proxy, WRONG) == "refused"
    assert _attempt(work, "no-such-person", proxy, WRONG) == "paused"
    # Everyone behind the same proxy still signs in.
    assert _attempt(work, world.username(Role.TUTOR), proxy, PASSWORD) == "signed in"
    assert _attempt(work, world.username(Role.STUDENT_SUPPORT), proxy, PASSWORD) == "signed in"


def test_failures_from_elsewhere_never_lock_a_person_out(world: World, clock: FixedClock) -> None:
    work = _work(world, clock)
    dpo = world.username(Role.DPO)
    secret = world.totp[dpo]
    for attacker in ("203.0.113.1", "203.0.113.2", "203.0.113.3"):
        for _ in range(FREE_FAILURES + 2):
            assert _attempt(work, dpo, attacker, WRONG) in ("refused", "paused")
        assert _attempt(work, dpo, attacker, PASSWORD) == "paused"
    code = pyotp.TOTP(secret).at(clock.now().timestamp())
    assert _attempt(work, dpo, "192.0.2.44", PASSWORD, code) == "signed in"


def test_the_back_off_doubles_is_capped_and_a_success_ends_it(
    world: World, clock: FixedClock
) -> None:
    work = _work(world, clock)
    tutor, here = world.username(Role.TUTOR), "192.0.2.30"

    def paused_for() -> int:
        try:
            work.run_signing_in(auth.admit_sign_in, username=tutor, source=here)
        except SignInThrottled as exc:
            return exc.retry_after
        raise AssertionError("the attempt was not paused")

    for _ in range(FREE_FAILURES):
        assert _attempt(work, tutor, here, WRONG) == "refused"
    waits = [paused_for()]
    for _ in range(6):
        clock.advance(timedelta(seconds=waits[-1]))
        assert _attempt(work, tutor, here, WRONG) == "refused"
        waits.append(paused_for())
    assert waits == [30, 60, 120, 240, 300, 300, 300]
    assert max(waits) == BACKOFF_CAP.total_seconds()
    # Waiting less than the pause is not enough; waiting it out is, even for the right password.
    clock.advance(timedelta(seconds=299))
    assert _attempt(work, tutor, here, PASSWORD) == "paused"
    clock.advance(timedelta(seconds=1))
    assert _attempt(work, tutor, here, PASSWORD) == "signed in"
    # The run of failures is over: the next mistake costs nothing.
    assert _attempt(work, tutor, here, WRONG) == "refused"
    assert _attempt(work, tutor, here, PASSWORD) == "signed in"


# --- 4. authentication before the body --------------------------------------------------------


def test_an_api_call_without_a_valid_token_gets_401_not_422(world: World) -> None:
    client = world.client()
    invalid = {"student_id": 12, "unexpected": ["x"] * 10}
    for headers in ({}, {"Authorization": "Bearer pgw_not-a-real-token"}):
        reply = client.post("/api/v1/concerns", json=invalid, headers=headers)
        assert reply.status_code == 401, reply.text
        assert reply.headers["content-type"].startswith("application/problem+json")
        assert reply.headers["www-authenticate"].startswith("Bearer")
        assert "errors" not in reply.json() and "student" not in reply.text
    # Not JSON at all: still the 401, never a parse error.
    garbled = client.post(
        "/api/v1/concerns", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert garbled.status_code == 401
    # With a valid token the same body is validated as before.
    checked = client.post("/api/v1/concerns", json=invalid, headers=world.headers(Role.TUTOR))
    assert checked.status_code == 422 and checked.json()["errors"]
    # The open doors stay open.
    assert client.get("/healthz").status_code == 200
    assert client.get("/openapi.json").status_code == 200
    assert client.get("/docs").status_code == 200


def _scope(method: str, path: str, headers: dict[str, str]) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "https",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("192.0.2.60", 50000),
        "server": ("testserver", 443),
    }


def _call(app: Any, scope: dict[str, Any], chunk: bytes = b"") -> tuple[int, int]:
    """Send a request whose body never ends (``chunk`` after ``chunk``); returns the status and
    how many times the app asked for more of the body."""
    asked = 0
    status = 0

    async def receive() -> dict[str, Any]:
        nonlocal asked
        asked += 1
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    asyncio.run(app(scope, receive, send))
    return status, asked


def test_a_huge_unauthenticated_body_is_never_read(world: World) -> None:
    sixty_mb = str(60 * 1024 * 1024)
    api = _scope(
        "POST", "/api/v1/concerns", {"content-type": "application/json", "content-length": sixty_mb}
    )
    assert _call(world.app, api, b"[" * 65536) == (401, 0)
    page = _scope(
        "POST",
        "/concerns",
        {"content-type": "application/x-www-form-urlencoded", "content-length": sixty_mb},
    )
    assert _call(world.app, page, b"a" * 65536) == (413, 0)
    # No length given (chunked): reading stops just past the limit.
    chunked = _scope(
        "POST",
        "/login",
        {"content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked"},
    )
    status, asked = _call(world.app, chunked, b"a" * 16384)
    assert status == 413
    assert asked == UNAUTHENTICATED_BODY_LIMIT // 16384 + 1


def test_a_signed_in_form_is_not_capped_and_a_signed_out_one_is(world: World) -> None:
    client = world.client()
    csrf = world.login(client, Role.STUDENT_SUPPORT)
    padding = "x" * (UNAUTHENTICATED_BODY_LIMIT * 2)
    stale = world.client()
    stale.cookies.update(client.cookies)
    signed_in = client.post("/logout", data={"csrf_token": csrf, "padding": padding})
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/login"
    # Now signed out, with the old cookie: the same form is too large to be read.
    refused = stale.post("/logout", data={"csrf_token": csrf, "padding": padding})
    assert refused.status_code == 413
    assert "Sign in first" in refused.text and "text/html" in refused.headers["content-type"]
    # A small one is read and answered as before (to the sign-in page).
    small = stale.post("/logout", data={"csrf_token": csrf})
    assert small.status_code == 303
