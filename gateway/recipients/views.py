"""What the doors show of the recipient registry."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from gateway.recipients.domain import RecipientKind
from gateway.recipients.models import Recipient


class RecipientView(BaseModel):
    model_config = ConfigDict(frozen=True)

    reference: str
    kind: RecipientKind
    kind_label: str
    name: str
    organisation: str
    contact: str
    competent_authority: bool
    active: bool
    has_public_key: bool

    @classmethod
    def of(cls, r: Recipient) -> RecipientView:
        return cls(
            reference=r.reference,
            kind=r.kind,
            kind_label=r.kind.label,
            name=r.name,
            organisation=r.organisation,
            contact=r.contact,
            competent_authority=r.competent_authority,
            active=r.active,
            has_public_key=bool(r.public_key),
        )
