"""Tables of the retention area: data keys, legal holds, complaints, tombstones, certificates."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gateway.complaints.models import Complaint as Complaint  # the retention plan reads it
from gateway.db import Base
from gateway.timeutil import UTCDateTime, utcnow


class LegalHold(Base):
    """Records that must not be destroyed (litigation, investigation, inquiry) until released."""

    __tablename__ = "legal_holds"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    #: What is held: a case reference (``case``) or every case of a student (``student``).
    scope: Mapped[str] = mapped_column(String(10))
    #: The case reference, or (scope ``student``) the student number sealed under a key derived
    #: from the KEK, found through ``target_index``.
    target: Mapped[str] = mapped_column(String(200), index=True)
    target_index: Mapped[str | None] = mapped_column(String(64), index=True, default=None)
    holder: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    placed_on: Mapped[date] = mapped_column(Date)
    placed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    released_on: Mapped[date | None] = mapped_column(Date, default=None)
    released_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    release_reason: Mapped[str | None] = mapped_column(Text, default=None)


class RetentionTombstone(Base):
    """All that is left of a destroyed record: what it was, when, and under which rule."""

    __tablename__ = "retention_tombstones"

    id: Mapped[int] = mapped_column(primary_key=True)
    certificate_reference: Mapped[str] = mapped_column(String(40), index=True)
    record_class: Mapped[str] = mapped_column(String(40))
    record_ref: Mapped[str] = mapped_column(String(64), index=True)
    created_on: Mapped[date | None] = mapped_column(Date, default=None)
    trigger: Mapped[str] = mapped_column(String(20))
    trigger_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    action: Mapped[str] = mapped_column(String(12))
    rule: Mapped[str] = mapped_column(Text)
    disposed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: For ``anonymise``: non-identifying facts kept for statistics (outcome, year...).
    retained_facts: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class DestructionCertificate(Base):
    """The certificate of one executed disposal run (no personal data: ids, classes, counts)."""

    __tablename__ = "destruction_certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    as_of: Mapped[date] = mapped_column(Date)
    authorised_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    record_count: Mapped[int] = mapped_column(Integer)
    manifest: Mapped[dict[str, object]] = mapped_column(JSON)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    log_indexes: Mapped[list[int]] = mapped_column(JSON, default=list)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)


class AccessLogCutoff(Base):
    """Access-log rows older than ``cutoff`` may be deleted: the database trigger that keeps the
    access log append-only lets a DELETE through only for rows before the latest cutoff."""

    __tablename__ = "access_log_cutoffs"

    id: Mapped[int] = mapped_column(primary_key=True)
    cutoff: Mapped[datetime] = mapped_column(UTCDateTime)
    certificate_reference: Mapped[str] = mapped_column(String(40))


class StudentDeparture(Base):
    """When a student left the provider: the trigger ``student_left`` counts from here."""

    __tablename__ = "student_departures"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Sealed under a key derived from the KEK; found through ``student_index``.
    student_id: Mapped[str] = mapped_column(String(200), unique=True)
    student_index: Mapped[str | None] = mapped_column(
        String(64), index=True, unique=True, default=None
    )
    left_on: Mapped[date] = mapped_column(Date)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
