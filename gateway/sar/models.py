from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gateway.db import Base, str_enum
from gateway.sar.domain import ItemDecision, ItemKind, SARStatus
from gateway.timeutil import UTCDateTime, utcnow


class SubjectAccessRequest(Base):
    __tablename__ = "subject_access_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    student_id: Mapped[str] = mapped_column(String(32), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[SARStatus] = mapped_column(str_enum(SARStatus), default=SARStatus.OPEN)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    extension_reason: Mapped[str | None] = mapped_column(Text, default=None)
    extended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    extended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    responded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    pack_sha256: Mapped[str | None] = mapped_column(String(64), default=None)

    items: Mapped[list[SARItem]] = relationship(
        back_populates="request", order_by="SARItem.position", cascade="all, delete-orphan"
    )


class SARItem(Base):
    """One record found for the student, and the DPO's decision on it."""

    __tablename__ = "sar_items"
    __table_args__ = (UniqueConstraint("request_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("subject_access_requests.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ItemKind] = mapped_column(str_enum(ItemKind))
    #: Where the record lives: "case:PRV-2026-0001", "concern:3", "log:7"... ids only.
    source_ref: Mapped[str] = mapped_column(String(80))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), default=None, index=True)
    label: Mapped[str] = mapped_column(String(200))
    decision: Mapped[ItemDecision] = mapped_column(
        str_enum(ItemDecision), default=ItemDecision.PENDING
    )
    exemption: Mapped[str | None] = mapped_column(String(40), default=None)
    prejudice_reasoning: Mapped[str | None] = mapped_column(Text, default=None)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    request: Mapped[SubjectAccessRequest] = relationship(back_populates="items")
