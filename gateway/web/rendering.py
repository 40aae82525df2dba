"""What every page shares: the templates and their filters, rendering, error pages, form fields."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from gateway.actor import Actor
from gateway.auth.errors import AuthenticationFailed, CsrfRejected
from gateway.auth.identity import BrowserSession
from gateway.clock import Clock
from gateway.config import Settings
from gateway.disclosures.domain import entity_name
from gateway.errors import GatewayError, InvalidInput
from gateway.http.state import app_state, client_source
from gateway.timeutil import long_date, long_datetime
from gateway.users.domain import Action, is_allowed
from gateway.web.session import SESSION_COOKIE, WebCall
from gateway.web.tables import label_cells

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))


def _label(value: str) -> str:
    return value.replace("_", " ").capitalize()


def _moment(value: date | datetime | str) -> date | datetime:
    """A date or time from a template value; the sharing log keeps its times as ISO 8601 text."""
    if isinstance(value, str):
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    return value


def _date(value: date | datetime | str | None) -> str:
    """The day, in words ("6 December 2026"); for a time, the day on UK clocks."""
    if value is None or value == "":
        return ""
    return long_date(_moment(value))


def _when(value: date | datetime | str | None) -> str:
    """A time on UK clocks ("6 December 2026, 14:05"); a plain date as `_date` shows it."""
    if value is None or value == "":
        return ""
    moment = _moment(value)
    return long_datetime(moment) if isinstance(moment, datetime) else long_date(moment)


def _value(value: Any) -> str:
    """A stored value as people read it: lists joined, yes/no for booleans, a dash for none."""
    if value is None or value == []:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value)
    return str(value)


def _log_field(name: str, value: Any) -> str:
    """A sharing-log field as people read it: lawful-basis codes in words, times on UK clocks,
    kinds and outcomes as words; hashes and references as they are."""
    from gateway.disclosures.lawful_basis import code_in_words

    if name == "lawful_basis" and isinstance(value, list):
        return "; ".join(code_in_words(str(code)) for code in value)
    if name.endswith("_at") and isinstance(value, str) and "T" in value:
        return _when(value)
    if name.endswith(("_kind", "_code", "outcome")) and isinstance(value, str):
        return _label(value)
    if name.endswith("_codes") and isinstance(value, list):
        return ", ".join(_label(str(v)) for v in value)
    return _value(value)


templates.env.filters["value"] = _value
templates.env.filters["logfield"] = _log_field
templates.env.filters["entity"] = entity_name
templates.env.filters["label"] = _label
templates.env.filters["date"] = _date
templates.env.filters["when"] = _when
templates.env.globals["Action"] = Action


# --- rendering and errors --------------------------------------------------------------------


def render(
    request: Request,
    name: str,
    call: WebCall | None,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    return _render(
        request,
        name,
        call.actor.user if call and call.actor else None,
        call.csrf_token if call else "",
        status,
        **context,
    )


def _render(
    request: Request,
    name: str,
    user: Any,
    csrf: str,
    status: int,
    **context: Any,
) -> HTMLResponse:
    def can(action: str) -> bool:
        return user is not None and is_allowed(user.role, Action(action))

    page = templates.get_template(name).render(
        {
            "request": request,
            "user": user,
            "csrf": csrf,
            "can": can,
            "organisation": app_state(request).ctx.settings.organisation_name,
            **context,
        }
    )
    return HTMLResponse(label_cells(page), status_code=status)


class _HtmlErrors:
    """Errors on pages: a sign-in redirect, or a page that says what is wrong and what to do."""

    def __call__(self, request: Request) -> bool:
        path = request.url.path
        return not (path.startswith("/api/") or path in ("/openapi.json", "/docs", "/redoc"))

    def render_error(self, request: Request, exc: GatewayError, status: int) -> Response:
        if isinstance(exc, AuthenticationFailed):
            target = request.url.path
            if request.method != "GET":
                target = "/"
            return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
        user, csrf = _signed_in(request)
        return _render(
            request,
            "error.html",
            user,
            csrf,
            status,
            message=exc.message,
            hint=exc.hint,
            status_code=status,
            is_csrf=isinstance(exc, CsrfRejected),
            # A refused form: its fields are still in the browser's history. A page view has
            # no form to go back to, so the page offers a link instead.
            from_form=request.method == "POST",
            path=request.url.path,
        )


def _signed_in(request: Request) -> tuple[Any, str]:
    """Who is signed in, for the error page's navigation: the error may have come before the
    page's own sign-in check (a page that does not exist) or from it (not allowed there), so the
    session is looked up again. Any failure here leaves the page without navigation."""
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None, ""
    who = BrowserSession(cookie, client_source(request))

    def signed_in(_db: Any, actor: Actor, _clock: Clock, _settings: Settings) -> Actor:
        return actor

    try:
        actor = app_state(request).work().run(who, signed_in)
    # The page must still say what went wrong when the database is what failed.
    except Exception:  # noqa: BLE001
        return None, ""
    return actor.user, who.csrf_token


HTML_ERRORS = _HtmlErrors()


def redirect(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


# --- form helpers -----------------------------------------------------------------------------


def text(form: Mapping[str, Any], name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def optional(form: Mapping[str, Any], name: str) -> str | None:
    return text(form, name) or None


def many(form: Mapping[str, Any], name: str) -> list[str]:
    multi: dict[str, list[str]] = form.get("__multi__", {})
    return [v for v in multi.get(name, []) if v]


def parse_date(form: Mapping[str, Any], name: str, label: str) -> date | None:
    value = text(form, name)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{label} is not a date.", hint="Use the form YYYY-MM-DD.") from None


def parse_enum(enum: Any, value: str, label: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        raise InvalidInput(f"Choose {label}.") from None


def parse_int(value: str, label: str) -> int | None:
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise InvalidInput(f"{label} must be a number.") from None
