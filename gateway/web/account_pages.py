"""Sign-in, sign-out, the dashboard and the account page (API tokens)."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from gateway.auth import use_cases as auth
from gateway.auth.errors import AuthenticationFailed, SignInThrottled
from gateway.auth.views import AccountView
from gateway.http.state import client_source
from gateway.users import use_cases as users
from gateway.web.rendering import (
    redirect,
    render,
    text,
)
from gateway.web.session import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    Shown,
    clear_session_cookie,
    read_form,
    set_login_csrf,
    set_session_cookie,
    show,
    signing_in,
    submit,
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
    from gateway.auth.service import csrf_matches

    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    if not csrf_matches(request.cookies.get(LOGIN_CSRF_COOKIE, ""), fields.get("csrf_token")):
        return _login_page(
            request, 403, "The sign-in form was out of date.", "It has been reloaded: try again."
        )
    username = fields.get("username", "").strip().lower()[:64]
    source = client_source(request)
    try:
        # Counted first, in its own transaction, so that attempts sent at once all count.
        attempt = await signing_in(request, auth.admit_sign_in, username=username, source=source)
        started = await signing_in(
            request,
            auth.sign_in,
            attempt=attempt,
            username=username,
            password=fields.get("password", ""),
            totp_code=fields.get("totp", "").strip() or None,
            source=source,
        )
    except SignInThrottled as exc:
        paused = _login_page(request, 429, exc.message, exc.hint)
        if exc.retry_after:
            paused.headers["Retry-After"] = str(exc.retry_after)
        return paused
    except AuthenticationFailed as exc:
        return _login_page(request, 401, exc.message, exc.hint)
    response = redirect(_safe_next(fields.get("next")))
    set_session_cookie(response, started.session_id)
    response.delete_cookie(
        LOGIN_CSRF_COOKIE, path="/", secure=True, httponly=True, samesite="strict"
    )
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    form = await read_form(request)
    await submit(request, form, auth.sign_out, request.cookies.get(SESSION_COOKIE, ""))
    response = redirect("/login")
    clear_session_cookie(response)
    return response


# --- dashboard and account --------------------------------------------------------------------


@router.get("/")
async def home(request: Request) -> Response:
    shown = await show(request, users.home)
    return render(
        request,
        "dashboard.html",
        shown.call,
        board=shown.view,
        open_sars=shown.view.open_sars,
        sealed=request.query_params.get("sealed"),
        alarm_resolved=request.query_params.get("alarm") == "resolved",
    )


def _account_page(request: Request, shown: Shown[AccountView]) -> HTMLResponse:
    return render(
        request,
        "account.html",
        shown.call,
        me=shown.view.user,
        tokens=shown.view.tokens,
        new_token=shown.view.new_token,
    )


@router.get("/account")
async def account(request: Request) -> Response:
    return _account_page(request, await show(request, auth.account))


@router.post("/account/tokens")
async def create_token(request: Request) -> Response:
    form = await read_form(request)
    return _account_page(
        request, await submit(request, form, auth.create_own_token, text(form, "name"))
    )


@router.post("/account/tokens/{token_id}/revoke")
async def revoke_token(request: Request, token_id: int) -> Response:
    form = await read_form(request)
    await submit(request, form, auth.revoke_token, token_id)
    return redirect("/account")
