"""The corrections table: what was corrected, to what, why, and by whom; never edited."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

import gateway.encryption.keystore  # noqa: F401  (the hooks that seal and open Sealed columns)
from gateway.db import Base
from gateway.encryption.sealed import Sealed
from gateway.timeutil import UTCDateTime, utcnow


class Correction(Base):
    """A correction of one case record or one item of a released disclosure. The record it
    corrects is kept as it was; this row says it is corrected."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    #: What is corrected: "concern:ID", "event:SEQUENCE", "evidence:ID" (a case record) or
    #: "item:DR-2026-0001:2" (an item of a released disclosure).
    target: Mapped[str] = mapped_column(String(80), index=True)
    corrected_text: Mapped[str] = mapped_column(Sealed())
    reason: Mapped[str] = mapped_column(Sealed())
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: The chronology entry that records the correction on the case.
    event_sequence: Mapped[int | None] = mapped_column(Integer, default=None)
