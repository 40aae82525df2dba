from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gateway.db import Base, str_enum
from gateway.timeutil import UTCDateTime, utcnow
from gateway.training.domain import StaffGroup, TrainingModule


class TrainingStaff(Base):
    """A member of staff who must take Prevent training (need not be a gateway user)."""

    __tablename__ = "training_staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    group: Mapped[StaffGroup] = mapped_column(str_enum(StaffGroup))
    #: Joined: from this day they count towards compliance (trained or not).
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    #: Left: from this day they no longer count.
    left_on: Mapped[date | None] = mapped_column(Date, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    completions: Mapped[list[TrainingCompletion]] = relationship(
        back_populates="staff", order_by="TrainingCompletion.completed_on"
    )


class TrainingCompletion(Base):
    """One completed module. Rows are only added; a mistake is corrected by a new record."""

    __tablename__ = "training_completions"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_pk: Mapped[int] = mapped_column(ForeignKey("training_staff.id"), index=True)
    module: Mapped[TrainingModule] = mapped_column(str_enum(TrainingModule))
    completed_on: Mapped[date] = mapped_column(Date)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    staff: Mapped[TrainingStaff] = relationship(back_populates="completions")
