"""What the gateway keeps of its own watch over the sharing log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gateway.db import Base
from gateway.timeutil import UTCDateTime, utcnow


class LogAlarmResolution(Base):
    """An administrator's resolution of a sharing-log alarm: what was found, what they did and
    why. The database refuses edits (append-only); no personal data (sizes, hashes, indexes)."""

    __tablename__ = "sharing_log_alarm_resolutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    resolved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    #: When the alarm was raised and what it said (the findings, as the monitor wrote them).
    raised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    findings: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    #: The saved checkpoint before and after (tree size and root hash in hex).
    saved_size_before: Mapped[int | None] = mapped_column(Integer, default=None)
    saved_root_before: Mapped[str | None] = mapped_column(String(64), default=None)
    saved_size_after: Mapped[int] = mapped_column(Integer)
    saved_root_after: Mapped[str] = mapped_column(String(64))
    #: The administrator accepted that the database holds less than (or other than) what the
    #: gateway had signed: e.g. restored from an older backup.
    accepted_database: Mapped[bool] = mapped_column(Boolean, default=False)
