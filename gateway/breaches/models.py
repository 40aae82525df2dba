from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gateway.breaches.domain import BreachSource
from gateway.db import Base, str_enum
from gateway.timeutil import UTCDateTime, utcnow


class Breach(Base):
    """One entry of the breach register (UK GDPR Art 33(5)).

    The register describes categories and numbers of people and records, never the people: it
    is kept as the controller's own record, apart from any case (a case's disposal leaves it,
    without the link to the disclosure)."""

    __tablename__ = "breaches"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    source: Mapped[BreachSource] = mapped_column(str_enum(BreachSource))
    disclosure_id: Mapped[int | None] = mapped_column(
        ForeignKey("disclosure_requests.id"), default=None, index=True
    )
    #: The disclosure's reference, kept when a disposal removes the disclosure itself.
    disclosure_reference: Mapped[str | None] = mapped_column(String(32), default=None)
    what_happened: Mapped[str] = mapped_column(Text)
    discovered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    found_by: Mapped[str] = mapped_column(String(200))
    people_categories: Mapped[str] = mapped_column(Text)
    people_count: Mapped[int] = mapped_column(Integer)
    record_categories: Mapped[str] = mapped_column(Text)
    record_count: Mapped[int] = mapped_column(Integer)
    #: Empty until assessed (a breach opened from a review is assessed by the DPO afterwards).
    consequences: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    log_index: Mapped[int | None] = mapped_column(Integer, default=None)

    ico_notify: Mapped[bool | None] = mapped_column(Boolean, default=None)
    ico_reasons: Mapped[str | None] = mapped_column(Text, default=None)
    ico_decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    ico_decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    ico_notified_on: Mapped[date | None] = mapped_column(Date, default=None)

    student_notify: Mapped[bool | None] = mapped_column(Boolean, default=None)
    student_reasons: Mapped[str | None] = mapped_column(Text, default=None)
    student_decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    student_decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id"), default=None
    )
    student_told_on: Mapped[date | None] = mapped_column(Date, default=None)

    recipient_asked: Mapped[str | None] = mapped_column(String(10), default=None)
    recipient_asked_on: Mapped[date | None] = mapped_column(Date, default=None)
    recipient_answer: Mapped[str | None] = mapped_column(Text, default=None)
    recipient_answered_on: Mapped[date | None] = mapped_column(Date, default=None)
