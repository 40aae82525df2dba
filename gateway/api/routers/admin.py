"""Recipients and user accounts (administrators)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.api import schemas
from gateway.api.deps import run_api
from gateway.api.routers.common import Limit, Offset
from gateway.recipients import service as recipients
from gateway.users import service as users
from gateway.users.domain import PERMISSIONS

router = APIRouter(tags=["administration"])


@router.get("/me", response_model=schemas.MeOut, tags=["account"])
def me(request: Request) -> schemas.MeOut:
    """Who the token belongs to, and what its role may do."""

    def work(s: Session, a: Actor) -> schemas.MeOut:
        base = schemas.UserOut.of(a.user).model_dump()
        return schemas.MeOut(**base, permissions=sorted(p.value for p in PERMISSIONS[a.role]))

    return run_api(request, work)


@router.get("/recipients", response_model=schemas.Page[schemas.RecipientOut])
def list_recipients(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[schemas.RecipientOut]:
    def work(s: Session, a: Actor) -> schemas.Page[schemas.RecipientOut]:
        rows, total = schemas.paginate(recipients.list_recipients(s, a), limit, offset)
        return schemas.Page[schemas.RecipientOut](
            items=[schemas.RecipientOut.of(r) for r in rows],
            total=total,
            limit=limit,
            offset=offset,
        )

    return run_api(request, work)


@router.post("/recipients", status_code=201, response_model=schemas.RecipientOut)
def register_recipient(request: Request, body: schemas.RecipientIn) -> schemas.RecipientOut:
    return run_api(
        request,
        lambda s, a: schemas.RecipientOut.of(
            recipients.register_recipient(s, a, **body.model_dump())
        ),
    )


@router.post("/recipients/{reference}/active", response_model=schemas.RecipientOut)
def set_recipient_active(
    request: Request, reference: str, body: schemas.ActiveIn
) -> schemas.RecipientOut:
    return run_api(
        request,
        lambda s, a: schemas.RecipientOut.of(
            recipients.set_recipient_active(s, a, reference, body.active)
        ),
    )


@router.get("/users", response_model=schemas.Page[schemas.UserOut])
def list_users(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[schemas.UserOut]:
    def work(s: Session, a: Actor) -> schemas.Page[schemas.UserOut]:
        rows, total = schemas.paginate(users.list_users(s, a), limit, offset)
        return schemas.Page[schemas.UserOut](
            items=[schemas.UserOut.of(u) for u in rows], total=total, limit=limit, offset=offset
        )

    return run_api(request, work)


@router.post("/users", status_code=201, response_model=schemas.UserOut)
def create_user(request: Request, body: schemas.UserIn) -> schemas.UserOut:
    """Create an account (it signs in once a password, and TOTP where required, are set)."""
    return run_api(
        request,
        lambda s, a: schemas.UserOut.of(
            users.create_user(
                s, username=body.username, display_name=body.display_name, role=body.role, actor=a
            )
        ),
    )


@router.post("/users/{username}/active", response_model=schemas.UserOut)
def set_user_active(request: Request, username: str, body: schemas.ActiveIn) -> schemas.UserOut:
    return run_api(
        request,
        lambda s, a: schemas.UserOut.of(users.set_active(s, username, body.active, a)),
    )
