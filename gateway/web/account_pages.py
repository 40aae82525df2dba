"""Sign-in, sign-out, the dashboard and the account page (API tokens)."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from gateway.api import queries
from gateway.auth.errors import AuthenticationFailed, SignInThrottled
from gateway.db import transaction
from gateway.http.state import app_state, client_source
from gateway.timeutil import utcnow
from gateway.users.domain import Action, is_allowed
from gateway.web.rendering import (
    redirect,
    render,
    text,
)
from gateway.web.session import (
    LOGIN_CSRF_COOKIE,
    WebCall,
    clear_session_cookie,
    set_login_csrf,
    set_session_cookie,
    web_get,
    web_post,
)

router = APIRouter(include_in_schema=False)


# --- sign-in ----------------------------------------------------------------------------------


def _safe_next(value: str | None) -> str:
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


def _login_page(
    request: Request, status: int = 200, error: str | None = None, hint: str | None = None
) -> HTMLResponse:
    token = secrets.token_urlsafe(32)
    response = render(
        request,
        "login.html",
        None,
        status=status,
        error=error,
        hint=hint,
        next=_safe_next(request.query_params.get("next")),
        login_csrf=token,
    )
    set_login_csrf(response, token)
    return response


@router.get("/login")
def login_form(request: Request) -> HTMLResponse:
    return _login_page(request)


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    return await run_in_threadpool(_login, request, fields)


def _login(request: Request, form: dict[str, str]) -> Response:
    from gateway.auth.service import (
        check_throttle,
        csrf_matches,
        record_attempt,
        start_session,
        verify_credentials,
    )

    state = app_state(request)
    if not csrf_matches(request.cookies.get(LOGIN_CSRF_COOKIE, ""), form.get("csrf_token")):
        return _login_page(
            request, 403, "The sign-in form was out of date.", "It has been reloaded: try again."
        )
    username = form.get("username", "").strip().lower()[:64]
    password = form.get("password", "")
    code = form.get("totp", "").strip() or None
    source = client_source(request)
    try:
        with transaction(state.ctx.sessions) as session:
            check_throttle(session, username, source)
            user = verify_credentials(session, username, password, code)
            record_attempt(session, username, source, True)
            started = start_session(session, user, source)
    except SignInThrottled as exc:
        return _login_page(request, 429, exc.message, exc.hint)
    except AuthenticationFailed as exc:
        with transaction(state.ctx.sessions) as session:
            record_attempt(session, username, source, False)
        return _login_page(request, 401, exc.message, exc.hint)
    response = redirect(_safe_next(form.get("next")))
    set_session_cookie(response, started.session_id)
    response.delete_cookie(
        LOGIN_CSRF_COOKIE, path="/", secure=True, httponly=True, samesite="strict"
    )
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    from gateway.auth.service import end_session
    from gateway.web.session import SESSION_COOKIE

    cookie = request.cookies.get(SESSION_COOKIE, "")

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> None:
        end_session(s, cookie)

    await web_post(request, work)
    response = redirect("/login")
    clear_session_cookie(response)
    return response


# --- dashboard and account --------------------------------------------------------------------


@router.get("/")
async def home(request: Request) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        board = queries.dashboard(s, call.actor, utcnow().date())
        open_sars = None
        if is_allowed(call.actor.role, Action.SAR_HANDLE):
            from gateway.sar.service import list_open

            open_sars = list_open(s, call.actor, today=utcnow().date())
        return render(request, "dashboard.html", call, board=board, open_sars=open_sars)

    return await web_get(request, work)


@router.get("/account")
async def account(request: Request) -> Response:
    from gateway.auth.service import list_tokens

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        return render(
            request, "account.html", call, tokens=list_tokens(s, call.actor), new_token=None
        )

    return await web_get(request, work)


@router.post("/account/tokens")
async def create_token(request: Request) -> Response:
    from gateway.auth.service import issue_token, list_tokens

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        issued = issue_token(s, call.actor, call.actor.user.username, text(form, "name"))
        return render(
            request, "account.html", call, tokens=list_tokens(s, call.actor), new_token=issued.token
        )

    return await web_post(request, work)


@router.post("/account/tokens/{token_id}/revoke")
async def revoke_token(request: Request, token_id: int) -> Response:
    from gateway.auth.service import revoke_token as revoke

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        revoke(s, call.actor, token_id)
        return redirect("/account")

    return await web_post(request, work)
