from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gateway.db import Base, str_enum
from gateway.recipients.domain import RecipientKind
from gateway.timeutil import UTCDateTime, utcnow

__all__ = ["Recipient", "RecipientKind"]


class Recipient(Base):
    __tablename__ = "recipients"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[RecipientKind] = mapped_column(str_enum(RecipientKind))
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(String(300))
    #: X25519 public key (the text `prevent-gateway keys recipient-new` prints); packages are
    #: sealed to it. The private key never enters our database.
    public_key: Mapped[str | None] = mapped_column(Text, default=None)
    #: Competent authority for the purposes of DPA 2018 Part 3 (police); matters for
    #: Sch 1 para 10(2).
    competent_authority: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
