"""Administration: user accounts and recipients."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from gateway.auth import use_cases as auth
from gateway.errors import GatewayError, InvalidInput, NotFound
from gateway.recipients import use_cases as recipients
from gateway.recipients.domain import RecipientKind
from gateway.users import use_cases as users
from gateway.users.domain import TOKEN_ONLY_ROLES, Role
from gateway.users.views import UserView
from gateway.web.rendering import (
    optional,
    redirect,
    render,
    text,
)
from gateway.web.session import attempt, read_form, show, submit

router = APIRouter(include_in_schema=False)


@router.get("/admin/users")
async def users_page(request: Request) -> Response:
    shown = await show(request, users.list_users)
    return render(
        request,
        "users.html",
        shown.call,
        users=shown.view,
        roles=list(Role),
        created=request.query_params.get("created"),
    )


@router.post("/admin/users")
async def create_user(request: Request) -> Response:
    form = await read_form(request)
    role = text(form, "role")
    await submit(
        request,
        form,
        users.create_user,
        text(form, "username").lower(),
        text(form, "display_name"),
        # Not one of the roles: refused by the use case once the administrator is proven.
        Role(role) if role in Role.__members__.values() else None,
        text(form, "staff_id"),
    )
    # Straight on to setting the new account's password and second factor.
    return redirect(f"/admin/users/{text(form, 'username').lower()}?created=yes")


def _one(accounts: list[UserView], username: str) -> UserView:
    for account in accounts:
        if account.username == username:
            return account
    raise NotFound(f"There is no account {username}.", hint="Choose it from the list of users.")


async def _account_page(
    request: Request,
    username: str,
    *,
    status: int = 200,
    error: GatewayError | None = None,
    **shown_once: Any,
) -> Response:
    shown = await show(request, users.list_users)
    account = _one(shown.view, username)
    return render(
        request,
        "user_setup.html",
        shown.call,
        status=status,
        u=account,
        token_only=account.role in TOKEN_ONLY_ROLES,
        created=request.query_params.get("created") == "yes",
        password_set=request.query_params.get("password") == "set",
        error=error,
        **shown_once,
    )


@router.get("/admin/users/{username}")
async def account_page(request: Request, username: str) -> Response:
    """One account's set-up: its password, its second factor, a service account's token."""
    return await _account_page(request, username)


@router.post("/admin/users/{username}/password")
async def set_password(request: Request, username: str) -> Response:
    form = await read_form(request)
    password = text(form, "password")
    if password != text(form, "password_again"):
        error: GatewayError = InvalidInput(
            "The two passwords typed are not the same.", hint="Type the new password twice."
        )
        return await _account_page(request, username, status=422, error=error)
    outcome = await attempt(request, form, auth.set_password, username, password)
    if isinstance(outcome, GatewayError):
        return await _account_page(request, username, status=422, error=outcome)
    return redirect(f"/admin/users/{username}?password=set")


@router.post("/admin/users/{username}/second-factor")
async def enrol_second_factor(request: Request, username: str) -> Response:
    """A new second-factor secret, shown on this one answer only (never put in a link)."""
    form = await read_form(request)
    done = await submit(request, form, auth.enrol_totp, username)
    return await _account_page(request, username, enrolment=done.view)


@router.post("/admin/users/{username}/tokens")
async def service_token(request: Request, username: str) -> Response:
    """An API token for a service account, shown on this one answer only."""
    form = await read_form(request)
    outcome = await attempt(request, form, auth.create_token, username, text(form, "name"))
    if isinstance(outcome, GatewayError):
        return await _account_page(request, username, status=422, error=outcome)
    return await _account_page(request, username, issued=outcome.view)


@router.post("/admin/users/{username}/staff-id")
async def set_staff_id(request: Request, username: str) -> Response:
    form = await read_form(request)
    await submit(request, form, users.set_staff_id, username, text(form, "staff_id"))
    return redirect("/admin/users")


@router.post("/admin/users/{username}/active")
async def set_user_active(request: Request, username: str) -> Response:
    form = await read_form(request)
    await submit(request, form, users.set_user_active, username, text(form, "active") == "yes")
    return redirect("/admin/users")


@router.get("/admin/recipients")
async def recipients_page(request: Request) -> Response:
    shown = await show(request, recipients.list_recipients)
    return render(
        request,
        "recipients.html",
        shown.call,
        recipients=shown.view,
        kinds=list(RecipientKind),
        registered=next(
            (r for r in shown.view if r.reference == request.query_params.get("registered")),
            None,
        ),
    )


@router.post("/admin/recipients")
async def register_recipient(request: Request) -> Response:
    form = await read_form(request)
    kind = text(form, "kind")
    done = await submit(
        request,
        form,
        recipients.register_recipient,
        kind=RecipientKind(kind) if kind in RecipientKind.__members__.values() else None,
        name=text(form, "name"),
        organisation=text(form, "organisation"),
        contact=text(form, "contact"),
        public_key=optional(form, "public_key"),
        competent_authority=text(form, "competent_authority") == "yes",
    )
    return redirect(f"/admin/recipients?registered={done.view.reference}")


@router.post("/admin/recipients/{reference}/active")
async def set_recipient_active(request: Request, reference: str) -> Response:
    form = await read_form(request)
    await submit(
        request, form, recipients.set_recipient_active, reference, text(form, "active") == "yes"
    )
    return redirect("/admin/recipients")
