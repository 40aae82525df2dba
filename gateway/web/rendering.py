"""What every page shares: the templates and their filters, rendering, error pages, form fields."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from gateway.auth.errors import AuthenticationFailed, CsrfRejected
from gateway.errors import GatewayError, InvalidInput
from gateway.http.state import app_state
from gateway.users.domain import Action, is_allowed
from gateway.web.session import (
    WebCall,
)

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))


def _label(value: str) -> str:
    return value.replace("_", " ").capitalize()


def _when(value: Any) -> str:
    """A time as people read it, in UTC (the zone every stored time is in)."""
    if value is None:
        return ""
    if hasattr(value, "hour"):
        return f"{value:%d %b %Y %H:%M} UTC"
    return f"{value:%d %b %Y}"


templates.env.filters["label"] = _label
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
    user = call.actor.user if call and call.actor else None

    def can(action: str) -> bool:
        return user is not None and is_allowed(user.role, Action(action))

    return templates.TemplateResponse(
        request,
        name,
        {
            "user": user,
            "csrf": call.csrf_token if call else "",
            "can": can,
            "organisation": app_state(request).ctx.settings.organisation_name,
            **context,
        },
        status_code=status,
    )


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
        return render(
            request,
            "error.html",
            None,
            status=status,
            message=exc.message,
            hint=exc.hint,
            status_code=status,
            is_csrf=isinstance(exc, CsrfRejected),
        )


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
