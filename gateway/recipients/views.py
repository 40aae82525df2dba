"""What the doors show of the recipient registry."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from gateway.recipients.domain import RecipientKind
from gateway.recipients.models import Recipient
from gateway.recipients.service import key_fingerprint


class RecipientView(BaseModel):
    model_config = ConfigDict(frozen=True)

    reference: str = Field(description="The recipient's reference in the registry.")
    kind: RecipientKind = Field(description="What kind of recipient, as a code.")
    kind_label: str = Field(description="What kind of recipient, in words.")
    name: str = Field(description="The person or team who receives packages.")
    organisation: str = Field(description="The organisation they belong to.")
    contact: str = Field(description="How to reach them (e-mail address or telephone).")
    competent_authority: bool = Field(
        description="Whether they are a competent authority under DPA 2018 Part 3 (the police); "
        "it matters for Sch 1 para 10."
    )
    active: bool = Field(description="Whether packages may be released to them now.")
    has_public_key: bool = Field(
        description="Whether their public key is registered (packages are sealed to it)."
    )
    key_fingerprint: str | None = Field(
        default=None,
        description="Their public key's fingerprint, to read out to them and compare with the "
        "key id in the key text they hold: the first 16 hex digits of SHA-256 over the raw "
        "X25519 key, in groups of four. Null when no key is registered.",
    )

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
            key_fingerprint=key_fingerprint(r.public_key) if r.public_key else None,
        )
