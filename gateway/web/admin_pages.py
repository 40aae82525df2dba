"""Administration: user accounts and recipients."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from gateway.recipients.service import list_recipients
from gateway.users.domain import Role
from gateway.web.rendering import (
    optional,
    parse_enum,
    redirect,
    render,
    text,
)
from gateway.web.session import (
    WebCall,
    web_get,
    web_post,
)

router = APIRouter(include_in_schema=False)


# --- administration -------------------------------------------------------------------------


@router.get("/admin/users")
async def users_page(request: Request) -> Response:
    from gateway.users.service import list_users

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        return render(
            request, "users.html", call, users=list_users(s, call.actor), roles=list(Role)
        )

    return await web_get(request, work)


@router.post("/admin/users")
async def create_user(request: Request) -> Response:
    from gateway.users.service import create_user as create

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        create(
            s,
            username=text(form, "username").lower(),
            display_name=text(form, "display_name"),
            role=parse_enum(Role, text(form, "role"), "a role"),
            actor=call.actor,
        )
        return redirect("/admin/users")

    return await web_post(request, work)


@router.post("/admin/users/{username}/active")
async def set_user_active(request: Request, username: str) -> Response:
    from gateway.users.service import set_active

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        set_active(s, username, text(form, "active") == "yes", call.actor)
        return redirect("/admin/users")

    return await web_post(request, work)


@router.get("/admin/recipients")
async def recipients_page(request: Request) -> Response:
    from gateway.recipients.models import RecipientKind

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        return render(
            request,
            "recipients.html",
            call,
            recipients=list_recipients(s, call.actor),
            kinds=list(RecipientKind),
        )

    return await web_get(request, work)


@router.post("/admin/recipients")
async def register_recipient(request: Request) -> Response:
    from gateway.recipients.models import RecipientKind
    from gateway.recipients.service import register_recipient as register

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        register(
            s,
            call.actor,
            kind=parse_enum(RecipientKind, text(form, "kind"), "the kind of recipient"),
            name=text(form, "name"),
            organisation=text(form, "organisation"),
            contact=text(form, "contact"),
            public_key=optional(form, "public_key"),
            competent_authority=text(form, "competent_authority") == "yes",
        )
        return redirect("/admin/recipients")

    return await web_post(request, work)


@router.post("/admin/recipients/{reference}/active")
async def set_recipient_active(request: Request, reference: str) -> Response:
    from gateway.recipients.service import set_recipient_active as set_active

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        set_active(s, call.actor, reference, text(form, "active") == "yes")
        return redirect("/admin/recipients")

    return await web_post(request, work)
