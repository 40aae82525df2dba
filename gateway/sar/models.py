from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gateway.db import Base, str_enum
from gateway.sar.domain import (
    IdentityMethod,
    ItemDecision,
    ItemKind,
    PairResolution,
    PauseReason,
    RequesterKind,
    SARStatus,
    ThirdPartyDecision,
)
from gateway.timeutil import UTCDateTime, utcnow


class SubjectAccessRequest(Base):
    __tablename__ = "subject_access_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    requester_kind: Mapped[RequesterKind] = mapped_column(
        str_enum(RequesterKind), default=RequesterKind.STUDENT
    )
    #: The student who asked (a student request); None when another person asked.
    #: Sealed under a key derived from the KEK; found through ``student_index``.
    student_id: Mapped[str | None] = mapped_column(String(200), index=True, default=None)
    student_index: Mapped[str | None] = mapped_column(String(64), index=True, default=None)
    #: Another person, by their entry on a case's roster ("person:12"): the name stays in the
    #: case, encrypted with it.
    requester_ref: Mapped[str | None] = mapped_column(String(80), default=None)
    #: Another person who is on no roster: the name and identifiers they gave, to find them.
    requester_name: Mapped[str | None] = mapped_column(Text, default=None)
    requester_identifiers: Mapped[list[str] | None] = mapped_column(JSON, default=None)
    received_on: Mapped[date] = mapped_column(Date)
    #: One month after receipt, three once extended, before any day the clock was stopped
    #: (the due date shown adds those: gateway.sar.domain.due_date).
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
    identity_method: Mapped[IdentityMethod | None] = mapped_column(
        str_enum(IdentityMethod), default=None
    )
    identity_details: Mapped[str | None] = mapped_column(Text, default=None)
    identity_verified_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id"), default=None
    )
    identity_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    items: Mapped[list[SARItem]] = relationship(
        back_populates="request", order_by="SARItem.position", cascade="all, delete-orphan"
    )
    pauses: Mapped[list[SARPause]] = relationship(
        back_populates="request", order_by="SARPause.id", cascade="all, delete-orphan"
    )
    third_parties: Mapped[list[SARThirdParty]] = relationship(
        back_populates="request", order_by="SARThirdParty.position",
        cascade="all, delete-orphan",
    )
    pair_resolutions: Mapped[list[SARPairResolution]] = relationship(
        back_populates="request", order_by="SARPairResolution.id", cascade="all, delete-orphan"
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


class SARPause(Base):
    """A time the clock stood still (UK GDPR Art 12A): from the day it was stopped to the day
    it was resumed."""

    __tablename__ = "sar_clock_pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("subject_access_requests.id"), index=True)
    reason: Mapped[PauseReason] = mapped_column(str_enum(PauseReason))
    #: What was asked of the requester, and when (no content of the records).
    detail: Mapped[str] = mapped_column(Text)
    paused_on: Mapped[date] = mapped_column(Date)
    paused_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    paused_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resumed_on: Mapped[date | None] = mapped_column(Date, default=None)
    resumed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    resumed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    request: Mapped[SubjectAccessRequest] = relationship(back_populates="pauses")


class SARThirdParty(Base):
    """Another person in the records found, and the DPO's DPA 2018 Sch 2 para 16 decision on
    their data. Only where the person is recorded is kept ("person:12", "reporter:3",
    "user:4", "subject:PRV-2026-0001"): the name stays with that record."""

    __tablename__ = "sar_third_parties"
    __table_args__ = (
        UniqueConstraint("request_id", "position", name="uq_sar_third_parties_position"),
        UniqueConstraint("request_id", "person_ref", name="uq_sar_third_parties_person_ref"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("subject_access_requests.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    person_ref: Mapped[str] = mapped_column(String(80))
    decision: Mapped[ThirdPartyDecision] = mapped_column(
        str_enum(ThirdPartyDecision), default=ThirdPartyDecision.PENDING
    )
    reasoning: Mapped[str | None] = mapped_column(Text, default=None)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    request: Mapped[SubjectAccessRequest] = relationship(back_populates="third_parties")


class SARPairResolution(Base):
    """The DPO's decision on an item that reveals a withheld one: redact it from the revealing
    item, or disclose it with the reasons."""

    __tablename__ = "sar_pair_resolutions"
    __table_args__ = (
        UniqueConstraint(
            "request_id",
            "withheld_position",
            "revealing_position",
            name="uq_sar_pair_resolutions_pair",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("subject_access_requests.id"), index=True)
    withheld_position: Mapped[int] = mapped_column(Integer)
    revealing_position: Mapped[int] = mapped_column(Integer)
    resolution: Mapped[PairResolution] = mapped_column(str_enum(PairResolution))
    reasoning: Mapped[str | None] = mapped_column(Text, default=None)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    request: Mapped[SubjectAccessRequest] = relationship(back_populates="pair_resolutions")
