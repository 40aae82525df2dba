from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.errors import InvalidInput, NotFound, RecipientNotAllowed
from gateway.recipients.models import Recipient, RecipientKind
from gateway.users.domain import Action


def register_recipient(
    session: Session,
    actor: Actor,
    *,
    kind: RecipientKind,
    name: str,
    organisation: str,
    contact: str,
    public_key: str | None = None,
    competent_authority: bool = False,
) -> Recipient:
    actor.require(Action.RECIPIENTS_MANAGE)
    for label, value in (("name", name), ("organisation", organisation), ("contact", contact)):
        if not value.strip():
            raise InvalidInput(f"A recipient needs a {label}.")
    if public_key is not None:
        public_key = public_key.strip()
        _check_public_key(public_key)
    count = session.scalar(select(func.count()).select_from(Recipient)) or 0
    recipient = Recipient(
        reference=f"R-{count + 1:04d}",
        kind=kind,
        name=name.strip(),
        organisation=organisation.strip(),
        contact=contact.strip(),
        public_key=public_key,
        competent_authority=competent_authority,
    )
    session.add(recipient)
    session.flush()
    return recipient


def _check_public_key(text: str) -> None:
    from gateway.keys import load_recipient_public_key

    try:
        load_recipient_public_key(text)
    except Exception as exc:
        raise InvalidInput(
            "That is not a recipient public key.",
            hint="Give the whole public key file made for the recipient "
            "(it begins with -----BEGIN PUBLIC KEY-----).",
        ) from exc


def key_fingerprint(text: str) -> str:
    """The key's fingerprint as people read it aloud: its key id (the first 16 hex digits of
    SHA-256 over the raw key, which the recipient's own key text names) in groups of four."""
    from gateway.keys import load_recipient_public_key
    from gateway.keys.recipient import recipient_key_id

    digits = recipient_key_id(load_recipient_public_key(text))
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def get_recipient(session: Session, reference: str) -> Recipient:
    recipient = session.scalar(select(Recipient).where(Recipient.reference == reference))
    if recipient is None:
        raise NotFound(
            f"No recipient {reference} is registered.",
            hint="The list of recipients shows every registered one.",
        )
    return recipient


def list_recipients(session: Session, actor: Actor) -> list[Recipient]:
    actor.require(Action.RECIPIENTS_READ)
    return list(session.scalars(select(Recipient).order_by(Recipient.id)))


def set_recipient_active(session: Session, actor: Actor, reference: str, active: bool) -> Recipient:
    actor.require(Action.RECIPIENTS_MANAGE)
    recipient = get_recipient(session, reference)
    recipient.active = active
    return recipient


def require_active_recipient(session: Session, reference: str) -> Recipient:
    """Rule 2 of a disclosure: only a registered, active recipient can receive anything."""
    recipient = session.scalar(select(Recipient).where(Recipient.reference == reference))
    if recipient is None:
        raise RecipientNotAllowed(
            f"{reference} is not a registered recipient, so nothing can be prepared for it.",
            hint="An administrator registers recipients.",
        )
    if not recipient.active:
        raise RecipientNotAllowed(
            f"Recipient {reference} ({recipient.name}) is no longer active.",
            hint="Check the current Regional Prevent Coordinator contact with an administrator.",
        )
    return recipient
