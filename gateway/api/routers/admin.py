"""Recipients and user accounts (administrators)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from gateway.api import schemas
from gateway.api.deps import call
from gateway.api.routers.common import Limit, Offset
from gateway.recipients import use_cases as recipients
from gateway.recipients.views import RecipientView
from gateway.users import use_cases as users
from gateway.users.views import MeView, UserView

router = APIRouter(tags=["administration"])


@router.get("/me", response_model=MeView, tags=["account"])
def me(request: Request) -> MeView:
    """Who the token belongs to, and what its role may do."""
    return call(request, users.me)


@router.get("/recipients", response_model=schemas.Page[RecipientView])
def list_recipients(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[RecipientView]:
    """The registered recipients (Regional Prevent Coordinators, Channel panels, police Prevent
    teams)."""
    rows, total = schemas.paginate(call(request, recipients.list_recipients), limit, offset)
    return schemas.Page[RecipientView](items=rows, total=total, limit=limit, offset=offset)


@router.post("/recipients", status_code=201, response_model=RecipientView)
def register_recipient(request: Request, body: schemas.RecipientIn) -> RecipientView:
    """Register a recipient with their X25519 public key (administrators)."""
    return call(request, recipients.register_recipient, **body.model_dump())


@router.post("/recipients/{reference}/active", response_model=RecipientView)
def set_recipient_active(request: Request, reference: str, body: schemas.ActiveIn) -> RecipientView:
    """Deactivate or reactivate a recipient: nothing is released to an inactive one."""
    return call(request, recipients.set_recipient_active, reference, body.active)


@router.get("/users", response_model=schemas.Page[UserView])
def list_users(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[UserView]:
    """Every account, with its role and whether it is active (administrators)."""
    rows, total = schemas.paginate(call(request, users.list_users), limit, offset)
    return schemas.Page[UserView](items=rows, total=total, limit=limit, offset=offset)


@router.post("/users", status_code=201, response_model=UserView)
def create_user(request: Request, body: schemas.UserIn) -> UserView:
    """Create an account for the person with the staff identifier (it signs in once a
    password, and TOTP where required, are set). Two accounts of one person share the staff
    identifier, and separation of duties treats them as one person."""
    return call(
        request, users.create_user, body.username, body.display_name, body.role, body.staff_id
    )


@router.post("/users/{username}/staff-id", response_model=UserView)
def set_staff_id(request: Request, username: str, body: schemas.StaffIdIn) -> UserView:
    """Name the person an account belongs to (administrators), e.g. to replace the placeholder
    of an account made before staff identifiers were recorded."""
    return call(request, users.set_staff_id, username, body.staff_id)


@router.post("/users/{username}/active", response_model=UserView)
def set_user_active(request: Request, username: str, body: schemas.ActiveIn) -> UserView:
    """Disable or re-enable an account (administrators); a disabled account signs in nowhere."""
    return call(request, users.set_user_active, username, body.active)
