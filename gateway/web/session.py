"""Browser sign-in: the session cookie, CSRF tokens, and running one page action."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from gateway.actor import Actor
from gateway.api.deps import app_state, authorise, client_source
from gateway.auth.errors import AuthenticationFailed, CsrfRejected
from gateway.auth.policy import SESSION_LIFETIME
from gateway.db import transaction
from gateway.errors import GatewayError, NotPermitted

T = TypeVar("T")

SESSION_COOKIE = "__Host-pgw_session"
LOGIN_CSRF_COOKIE = "__Host-pgw_login"


@dataclass(frozen=True)
class WebCall:
    """What a page gets: who is acting and the CSRF token to put in its forms."""

    actor: Actor | None
    csrf_token: str


def set_session_cookie(response: Response, session_id: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        path="/",
        secure=True,
        httponly=True,
        samesite="strict",
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="strict")


def set_login_csrf(response: Response, token: str) -> None:
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        max_age=3600,
        path="/",
        secure=True,
        httponly=True,
        samesite="strict",
    )


def _call(
    request: Request,
    form: Mapping[str, Any] | None,
    work: Callable[[Session, WebCall], T],
) -> T:
    from gateway.auth.service import csrf_matches, resume_session

    state = app_state(request)
    cookie = request.cookies.get(SESSION_COOKIE)
    with transaction(state.ctx.sessions) as session:
        if not cookie:
            raise AuthenticationFailed("Sign in to carry on.")
        user, row = resume_session(session, cookie)
        actor = Actor(user, channel="web", source=client_source(request))
        authorise(request, actor)
        if form is not None and not csrf_matches(row.csrf_token, _field(form, "csrf_token")):
            raise CsrfRejected(
                "This form was not sent from a page of this site, or it is out of date.",
                hint="Reload the page and send it again.",
            )
        return work(session, WebCall(actor, row.csrf_token))


def _field(form: Mapping[str, Any], name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


async def web_get(request: Request, work: Callable[[Session, WebCall], T]) -> T:
    """A page: the signed-in user's session, the route's rule, one read-only transaction."""
    return await run_in_threadpool(_call, request, None, work)


async def web_post(
    request: Request,
    work: Callable[[Session, WebCall, Mapping[str, Any]], T],
    *,
    form_page: Callable[[Session, WebCall, Mapping[str, Any], GatewayError], T] | None = None,
) -> T:
    """A form: as web_get, and the CSRF token must match the session's.

    With ``form_page``, a refused step shows the form again with the message and what the
    person typed (nothing was saved), instead of the error page.
    """
    form = await request.form()
    fields: dict[str, Any] = {}
    for key in form:
        values = form.getlist(key)
        fields[key] = values[0] if len(values) == 1 else values
    fields["__multi__"] = {k: [v for v in form.getlist(k) if isinstance(v, str)] for k in form}
    try:
        return await run_in_threadpool(
            _call, request, fields, lambda s, call: work(s, call, fields)
        )
    except (AuthenticationFailed, CsrfRejected, NotPermitted):
        raise
    except GatewayError as exc:
        if form_page is None:
            raise
        error: GatewayError = exc
    page = form_page
    return await run_in_threadpool(
        _call, request, None, lambda s, call: page(s, call, fields, error)
    )
