"""One row per DPIA version. The body is the ``dpia`` library's JSON, stored byte for byte.

A draft row is updated while it is edited; once a version is approved its row is never changed
again (the service refuses, and ``sha256`` lets anyone check it: it is the digest the next
version links to).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gateway.db import Base
from gateway.timeutil import UTCDateTime, utcnow


class DPIAVersionRecord(Base):
    __tablename__ = "dpia_versions"
    __table_args__ = (
        UniqueConstraint("activity", "version", name="uq_dpia_versions_activity_version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Processing activity code, e.g. ``prevent-referral-sharing``.
    activity: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer)
    #: Stored status: draft, awaiting_dpo or approved ("expired" is derived from review_date).
    status: Mapped[str] = mapped_column(String(20))
    #: The version as JSON (``dpia.DPIA.to_json``); the source of truth for its content.
    body: Mapped[str] = mapped_column(Text)
    #: SHA-256 of the version's canonical JSON (``dpia.DPIA.sha256``).
    sha256: Mapped[str] = mapped_column(String(64))
    previous_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    advised_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    advised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    review_date: Mapped[date | None] = mapped_column(Date, default=None)

    def __repr__(self) -> str:
        return f"<DPIAVersionRecord {self.activity} v{self.version} {self.status}>"


_FROZEN_MESSAGE = "an approved DPIA version cannot be changed or removed; start a new version"


def frozen_versions_ddl(dialect: str) -> list[str]:
    """Triggers that make the database itself refuse to change an approved version's row or
    to delete any version (for the migration: ``op.execute`` each statement)."""
    if dialect == "sqlite":
        return [
            "CREATE TRIGGER IF NOT EXISTS dpia_versions_approved_no_update "
            "BEFORE UPDATE ON dpia_versions WHEN OLD.status = 'approved' "
            f"BEGIN SELECT RAISE(ABORT, '{_FROZEN_MESSAGE}'); END",
            "CREATE TRIGGER IF NOT EXISTS dpia_versions_no_delete "
            f"BEFORE DELETE ON dpia_versions BEGIN SELECT RAISE(ABORT, '{_FROZEN_MESSAGE}'); END",
        ]
    if dialect == "postgresql":
        return [
            "CREATE OR REPLACE FUNCTION dpia_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN IF TG_OP = 'DELETE' OR OLD.status = 'approved' THEN "
            f"RAISE EXCEPTION '{_FROZEN_MESSAGE}'; END IF; RETURN NEW; END $$",
            "CREATE TRIGGER dpia_versions_frozen BEFORE UPDATE OR DELETE ON dpia_versions "
            "FOR EACH ROW EXECUTE FUNCTION dpia_versions_frozen()",
            "CREATE TRIGGER dpia_versions_no_truncate BEFORE TRUNCATE ON dpia_versions "
            "FOR EACH STATEMENT EXECUTE FUNCTION dpia_versions_frozen()",
        ]
    raise ValueError(f"unsupported database engine {dialect}")


class DPIAAlert(Base):
    """A case opened while the activity of recording concerns had no approved, in-date DPIA.

    Recording the concern is never refused (that would be a safeguarding risk); the DPO is
    alerted instead, on their dashboard, until they acknowledge it. No personal data: the case
    reference and why the DPIA did not authorise the processing.
    """

    __tablename__ = "dpia_alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity: Mapped[str] = mapped_column(String(64))
    case_reference: Mapped[str] = mapped_column(String(32), index=True)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(Text)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
