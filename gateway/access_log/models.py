from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from gateway.db import Base
from gateway.timeutil import UTCDateTime, utcnow


class AccessEvent(Base):
    """One read of case data: who, what, when, from where. The database refuses edits."""

    __tablename__ = "access_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(40))
    object_ref: Mapped[str] = mapped_column(String(60))
    channel: Mapped[str] = mapped_column(String(10))
    source: Mapped[str | None] = mapped_column(String(100), default=None)
    #: For an attempt the gateway refused: the rule that refused it (the error's code), e.g.
    #: "content-changed". None for an action that was carried out.
    refused_rule: Mapped[str | None] = mapped_column(String(60), default=None)


class AccessLogSeal(Base):
    """A digest of every access event after ``after_event_id`` up to ``last_event_id``, also
    written to the sharing log: a later edit of those rows no longer matches either."""

    __tablename__ = "access_log_seals"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    after_event_id: Mapped[int] = mapped_column()
    last_event_id: Mapped[int] = mapped_column()
    event_count: Mapped[int] = mapped_column()
    events_sha256: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sealed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    log_index: Mapped[int] = mapped_column()
