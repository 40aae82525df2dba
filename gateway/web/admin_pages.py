"""Administration: user accounts and recipients."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from gateway.recipients import use_cases as recipients
from gateway.recipients.domain import RecipientKind
from gateway.users import use_cases as users
from gateway.users.domain import Role
from gateway.web.rendering import (
    optional,
    redirect,
    render,
    text,
)
from gateway.web.session import read_form, show, submit

router = APIRouter(include_in_schema=False)


@router.get("/admin/users")
async def users_page(request: Request) -> Response:
    shown = await show(request, users.list_users)
    return render(request, "users.html", shown.call, users=shown.view, roles=list(Role))


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
    return redirect("/admin/users")


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
        request, "recipients.html", shown.call, recipients=shown.view, kinds=list(RecipientKind)
    )


@router.post("/admin/recipients")
async def register_recipient(request: Request) -> Response:
    form = await read_form(request)
    kind = text(form, "kind")
    await submit(
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
    return redirect("/admin/recipients")


@router.post("/admin/recipients/{reference}/active")
async def set_recipient_active(request: Request, reference: str) -> Response:
    form = await read_form(request)
    await submit(
        request, form, recipients.set_recipient_active, reference, text(form, "active") == "yes"
    )
    return redirect("/admin/recipients")
