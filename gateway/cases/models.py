from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

import gateway.encryption.keystore  # noqa: F401  (the hooks that seal and open Sealed columns)
from gateway.cases.domain import (
    CaseStatus,
    ConcernSource,
    Outcome,
    PersonRole,
    Seriousness,
)
from gateway.db import Base, str_enum
from gateway.encryption.sealed import Sealed
from gateway.timeutil import UTCDateTime, utcnow


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    #: The case's data key (gateway.retention): every encrypted value of the case uses it.
    data_key_uid: Mapped[str] = mapped_column(String(32), unique=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    #: The student number, sealed under a key derived from the KEK (never in clear); looked up
    #: through ``subject_student_index`` (see gateway/encryption/secrets.py).
    subject_student_id: Mapped[str] = mapped_column(String(200), index=True)
    #: Blind index of the student number: HMAC under a KEK-derived key, changed by every
    #: rotation (every disposal run).
    subject_student_index: Mapped[str | None] = mapped_column(
        String(64), index=True, default=None
    )
    subject_name: Mapped[str] = mapped_column(Sealed())
    subject_date_of_birth: Mapped[date | None] = mapped_column(Sealed("date"), default=None)
    subject_address: Mapped[str | None] = mapped_column(Sealed(), default=None)
    status: Mapped[CaseStatus] = mapped_column(str_enum(CaseStatus), default=CaseStatus.OPEN)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    concerns: Mapped[list[Concern]] = relationship(back_populates="case", order_by="Concern.id")
    events: Mapped[list[ChronologyEvent]] = relationship(
        back_populates="case", order_by="ChronologyEvent.sequence"
    )
    people: Mapped[list[CasePerson]] = relationship(back_populates="case", order_by="CasePerson.id")
    evidence: Mapped[list[EvidenceItem]] = relationship(
        back_populates="case", order_by="EvidenceItem.id"
    )
    decisions: Mapped[list[Decision]] = relationship(back_populates="case", order_by="Decision.id")


class Concern(Base):
    __tablename__ = "concerns"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    #: The concern's own reference (C-2026-0007): what the person raising it is given, so
    #: intake never reveals whether the student already has a case.
    reference: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    source: Mapped[ConcernSource] = mapped_column(str_enum(ConcernSource))
    raised_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    #: Who first noticed it when that is not the person recording it (e.g. the reporting student).
    reported_by_name: Mapped[str | None] = mapped_column(Sealed(), default=None)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    observed_on: Mapped[date | None] = mapped_column(Date, default=None)
    description: Mapped[str] = mapped_column(Sealed())

    case: Mapped[Case] = relationship(back_populates="concerns")


class ChronologyEvent(Base):
    """The case chronology: only ever appended to."""

    __tablename__ = "chronology_events"
    __table_args__ = (UniqueConstraint("case_id", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Sealed())

    case: Mapped[Case] = relationship(back_populates="events")


class CasePerson(Base):
    __tablename__ = "case_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    name: Mapped[str] = mapped_column(Sealed())
    role: Mapped[PersonRole] = mapped_column(str_enum(PersonRole))

    case: Mapped[Case] = relationship(back_populates="people")


class EvidenceItem(Base):
    __tablename__ = "evidence_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    description: Mapped[str] = mapped_column(Sealed())
    provenance: Mapped[str] = mapped_column(Sealed())
    filename: Mapped[str | None] = mapped_column(Sealed(), default=None)
    sha256: Mapped[str] = mapped_column(String(64))
    # The file's bytes are in ``evidence_chunks`` (gateway/cases/evidence_store.py), sealed a
    # chunk at a time, so a 25 MB file is never held whole to be stored (the one sealed value
    # they were kept in before, ``content``, was moved there and dropped by migration 0017).
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="evidence")


class EvidenceChunk(Base):
    """One piece (up to 1 MiB) of an evidence file, sealed under the case key.

    ``data`` is sealed by :mod:`gateway.cases.evidence_store`, not by the ORM hooks: its AAD
    binds the evidence item's ``row_uid``, the chunk's position and whether it is the last, so
    a chunk moved to another file or position, or a file cut short, fails authentication."""

    __tablename__ = "evidence_chunks"
    __table_args__ = (UniqueConstraint("evidence_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence_items.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    #: "chunk": sealed as one chunk of the file; "whole": a file stored before chunking, moved
    #: here as it was sealed in ``evidence_items.content`` (its AAD names that column).
    sealed_as: Mapped[str] = mapped_column(String(8), default="chunk")
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Decision(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    smt_member_ids: Mapped[list[int]] = mapped_column(JSON)
    seriousness: Mapped[Seriousness] = mapped_column(str_enum(Seriousness))
    outcome: Mapped[Outcome] = mapped_column(str_enum(Outcome))
    grounds: Mapped[list[str]] = mapped_column(JSON, default=list)
    rationale: Mapped[str] = mapped_column(Sealed())
    freedom_of_speech_consideration: Mapped[str] = mapped_column(Sealed())
    actions: Mapped[str | None] = mapped_column(Sealed(), default=None)
    review_date: Mapped[date | None] = mapped_column(Date, default=None)
    #: The earlier decision this one reviews (a due internal-action review re-decided).
    reviews_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id"), default=None
    )
    #: The named SMT members' own confirmations of the decision, made by each of them in the app
    #: ({"user_id": id, "at": ISO 8601 UTC}), in the order they were made. Replaced, never edited
    #: in place, so the ORM sees every change.
    smt_confirmations: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=list)

    case: Mapped[Case] = relationship(back_populates="decisions")

    @property
    def number(self) -> int:
        """1 for the case's first decision, 2 for the next: what people call it (the id counts
        every case's decisions)."""
        return [d.id for d in self.case.decisions].index(self.id) + 1
