"""The requests table: a request for information from a Channel panel or the police."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

import gateway.encryption.keystore  # noqa: F401  (the hooks that seal and open Sealed columns)
from gateway.db import Base, str_enum
from gateway.encryption.sealed import Sealed
from gateway.requests.domain import LegalPower
from gateway.timeutil import UTCDateTime, utcnow


class ThirdPartyRequest(Base):
    """A request for information about a student from a Channel panel or the police. It is
    answered by a disclosure request that points to it, or refused (a decision not to share)."""

    __tablename__ = "third_party_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    #: Who is answered: the registered recipient the requester's organisation is.
    recipient_id: Mapped[int] = mapped_column(ForeignKey("recipients.id"))
    requester: Mapped[str] = mapped_column(Sealed())
    organisation: Mapped[str] = mapped_column(Sealed())
    legal_power: Mapped[LegalPower] = mapped_column(str_enum(LegalPower))
    purpose: Mapped[str] = mapped_column(Sealed())
    asked_for: Mapped[str] = mapped_column(Sealed())
    received_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    refused_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    refused_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    refusal_reason: Mapped[str | None] = mapped_column(Sealed(), default=None)
    #: The decision not to share that records the refusal (ND-...), logged.
    refusal_reference: Mapped[str | None] = mapped_column(String(32), default=None)
