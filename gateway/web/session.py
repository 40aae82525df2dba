"""Browser sign-in: the session cookie, CSRF tokens, and running one page action."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

from fastapi import Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.formparsers import MultiPartException, MultiPartParser

from gateway.actor import Actor
from gateway.auth.errors import AuthenticationFailed, CsrfRejected
from gateway.auth.identity import BrowserSession
from gateway.auth.policy import SESSION_LIFETIME
from gateway.errors import GatewayError, InvalidInput, NotPermitted
from gateway.http.access import authorise
from gateway.http.state import app_state, client_source

if TYPE_CHECKING:
    from gateway.runner import SignInCase, UseCase

P = ParamSpec("P")
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


Form = Mapping[str, Any]


@dataclass(frozen=True)
class Shown(Generic[T]):
    """What a use case returned, and who asked (for the page's navigation and forms)."""

    call: WebCall
    view: T


def _identity(request: Request, form: Form | None) -> BrowserSession:
    return BrowserSession(
        request.cookies.get(SESSION_COOKIE),
        client_source(request),
        authorise=lambda actor: authorise(request, actor),
        form_csrf=_field(form, "csrf_token") if form is not None else None,
        is_form=form is not None,
        clock=app_state(request).ctx.clock,
    )


def _run(
    request: Request,
    form: Form | None,
    use_case: UseCase[P, T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> Shown[T]:
    who = _identity(request, form)
    view = app_state(request).work().run(who, use_case, *args, **kwargs)
    return Shown(WebCall(who.actor, who.csrf_token), view)


async def show(
    request: Request,
    use_case: UseCase[P, T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> Shown[T]:
    """A page: the signed-in user proven, the route's rule checked, ``use_case`` run."""
    return await run_in_threadpool(_run, request, None, use_case, *args, **kwargs)


async def read_form(request: Request, *, file_in_memory_up_to: int = 0) -> dict[str, Any]:
    """The form's fields (a list where a name repeats; all values of each under ``__multi__``).

    ``file_in_memory_up_to``: a file part up to that many bytes stays in memory. Starlette
    otherwise spools a part over 1 MB to a temporary file, which would put an evidence file
    on the disk in clear for the length of the request; the upload route passes the intake's
    per-file limit (the body is refused above it before it is read, see gateway.http.uploads).
    """
    if file_in_memory_up_to and request.headers.get("content-type", "").startswith(
        "multipart/form-data"
    ):
        parser = MultiPartParser(request.headers, request.stream(), max_files=1, max_fields=100)
        parser.spool_max_size = file_in_memory_up_to + 1
        try:
            form = await parser.parse()
        except MultiPartException as exc:
            raise InvalidInput(
                "The form could not be read.", hint=f"Send it again from the page ({exc.message})."
            ) from exc
    else:
        form = await request.form()
    fields: dict[str, Any] = {}
    for key in form:
        values = form.getlist(key)
        fields[key] = values[0] if len(values) == 1 else values
    fields["__multi__"] = {k: [v for v in form.getlist(k) if isinstance(v, str)] for k in form}
    return fields


async def submit(
    request: Request,
    form: Form,
    use_case: UseCase[P, T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> Shown[T]:
    """A form: as :func:`show`, and the form's CSRF token must match the session's."""
    return await run_in_threadpool(_run, request, form, use_case, *args, **kwargs)


async def signing_in(
    request: Request, use_case: SignInCase[P, T], /, *args: P.args, **kwargs: P.kwargs
) -> T:
    """The sign-in form: a use case that proves who is acting from the credentials it is given
    (no session cookie yet)."""
    work = app_state(request).work()
    return await run_in_threadpool(work.run_signing_in, use_case, *args, **kwargs)


def _field(form: Form, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


#: Refusals never shown on the form they came from: the person must sign in again, reload the
#: page, or may not do this at all (the error page says so).
NOT_SHOWN_ON_THE_FORM = (AuthenticationFailed, CsrfRejected, NotPermitted)


async def attempt(
    request: Request,
    form: Form,
    use_case: UseCase[P, T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> Shown[T] | GatewayError:
    """A form's use case, as :func:`submit`; a refusal the form can show (a rule, a wrong value)
    comes back as the error, for the page to show again with what was typed (nothing was
    saved)."""
    try:
        return await submit(request, form, use_case, *args, **kwargs)
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return exc
