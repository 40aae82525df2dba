"""The registry of who may receive disclosures: listing it, registering, deactivating."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.errors import InvalidInput
from gateway.recipients import service
from gateway.recipients.domain import RecipientKind
from gateway.recipients.views import RecipientView
from gateway.users.domain import Action

if TYPE_CHECKING:
    from gateway.actor import Actor
    from gateway.clock import Clock
    from gateway.config import Settings


def list_recipients(
    session: Session, actor: Actor, clock: Clock, settings: Settings
) -> list[RecipientView]:
    """Every registered recipient, active or not."""
    return [RecipientView.of(r) for r in service.list_recipients(session, actor)]


def register_recipient(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    kind: RecipientKind | None,
    name: str,
    organisation: str,
    contact: str,
    public_key: str | None = None,
    competent_authority: bool = False,
) -> RecipientView:
    """An administrator registers who may receive disclosures, with their public key where
    packages are encrypted to them; the registration is recorded. ``kind`` None is a kind that
    was not one of the choices."""
    actor.require(Action.RECIPIENTS_MANAGE)
    if kind is None:
        raise InvalidInput(
            "Choose the kind of recipient.",
            hint="One of: " + ", ".join(k.label for k in RecipientKind) + ".",
        )
    row = service.register_recipient(
        session,
        actor,
        kind=kind,
        name=name,
        organisation=organisation,
        contact=contact,
        public_key=public_key,
        competent_authority=competent_authority,
    )
    record_access(
        session,
        actor,
        action="recipient.registered",
        object_type="recipient",
        object_ref=row.reference,
    )
    return RecipientView.of(row)


def set_recipient_active(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    active: bool,
) -> RecipientView:
    """A recipient stops (or starts again) receiving anything further; the change is recorded."""
    row = service.set_recipient_active(session, actor, reference, active)
    record_access(
        session,
        actor,
        action="recipient.activated" if active else "recipient.deactivated",
        object_type="recipient",
        object_ref=reference,
    )
    return RecipientView.of(row)
