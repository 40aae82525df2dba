"""The complaints table (it began as a retention block; revision 0010 made it a record)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

import gateway.encryption.keystore  # noqa: F401  (the hooks that seal and open Sealed columns)
from gateway.db import Base
from gateway.encryption.sealed import Sealed
from gateway.timeutil import UTCDateTime


class Complaint(Base):
    """A complaint about the handling of a case: while open, the case's records are kept."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT); empty
    #: for complaints recorded before revision 0010, which hold nothing encrypted.
    row_uid: Mapped[str | None] = mapped_column(String(32), unique=True, default=None)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    case_reference: Mapped[str] = mapped_column(String(32), index=True)
    #: The case (its data key encrypts who complained and what about).
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), default=None, index=True)
    received_on: Mapped[date] = mapped_column(Date)
    #: Who complained and what about (empty for complaints recorded before revision 0010).
    complainant: Mapped[str | None] = mapped_column(Sealed(), default=None)
    summary: Mapped[str | None] = mapped_column(Sealed(), default=None)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    acknowledge_by: Mapped[date | None] = mapped_column(Date, default=None)
    acknowledged_on: Mapped[date | None] = mapped_column(Date, default=None)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    outcome: Mapped[str | None] = mapped_column(String(20), default=None)
    outcome_summary: Mapped[str | None] = mapped_column(Sealed(), default=None)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
