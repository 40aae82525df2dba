from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

import gateway.encryption.keystore  # noqa: F401  (the hooks that seal and open Sealed columns)
from gateway.db import Base, str_enum
from gateway.encryption.sealed import Sealed
from gateway.rights.domain import GroundSource, RestrictionReason, RightKind
from gateway.timeutil import UTCDateTime, utcnow


class CaseRestriction(Base):
    """A restriction (Art 18) or objection (Art 21) the student made about a case's processing.

    The texts are the case's content, sealed under its data key."""

    __tablename__ = "case_restrictions"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[RightKind] = mapped_column(str_enum(RightKind))
    restriction_reason: Mapped[RestrictionReason | None] = mapped_column(
        str_enum(RestrictionReason), default=None
    )
    requested_by: Mapped[str] = mapped_column(Sealed())
    requested_on: Mapped[date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(Sealed())
    reasons: Mapped[str] = mapped_column(Sealed())
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    lifted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    lift_reason: Mapped[str | None] = mapped_column(Sealed(), default=None)
    #: When the student was told the restriction would be lifted (Art 18(3)): before lifting.
    student_told_on: Mapped[date | None] = mapped_column(Date, default=None)

    grounds: Mapped[list[RestrictionGround]] = relationship(
        back_populates="restriction", order_by="RestrictionGround.id"
    )

    @property
    def active(self) -> bool:
        return self.lifted_at is None


class RestrictionGround(Base):
    """The lawful ground on which one disclosure request goes on despite a restriction or an
    objection (Art 18(2), Art 21(1)), recorded by the DPO, or on the emergency path by the SMT
    authoriser for the DPO's review to confirm or reject."""

    __tablename__ = "restriction_grounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    restriction_id: Mapped[int] = mapped_column(ForeignKey("case_restrictions.id"), index=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("disclosure_requests.id"), index=True)
    ground: Mapped[str] = mapped_column(String(40))
    source: Mapped[GroundSource] = mapped_column(str_enum(GroundSource))
    reasons: Mapped[str] = mapped_column(Sealed())
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: On the emergency path: the content the SMT member authorised (the ground covers it only).
    content_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    #: The DPO's review of an emergency ground: None until reviewed.
    confirmed: Mapped[bool | None] = mapped_column(Boolean, default=None)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    restriction: Mapped[CaseRestriction] = relationship(back_populates="grounds")
