from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gateway.db import Base
from gateway.timeutil import UTCDateTime, utcnow


class PolicyDocument(Base):
    """An appropriate policy document in the register (DPA 2018 Sch 1 para 39). It holds no
    personal data: it is the provider's policy, so nothing in it is sealed. Entries are never
    removed by the gateway; para 40 keeps them six months after the last disclosure under them."""

    __tablename__ = "policy_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    #: The current version and its next review day (copied from the latest review).
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    review_due: Mapped[date] = mapped_column(Date)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    versions: Mapped[list[PolicyDocumentVersion]] = relationship(
        back_populates="document", order_by="PolicyDocumentVersion.version"
    )
    reviews: Mapped[list[PolicyDocumentReview]] = relationship(
        back_populates="document", order_by="PolicyDocumentReview.id"
    )


class PolicyDocumentVersion(Base):
    """One version's text: the title, the para 39 sections and the conditions it covers.
    Versions are only added; a review that changes anything makes the next one."""

    __tablename__ = "policy_document_versions"
    __table_args__ = (UniqueConstraint("document_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("policy_documents.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    #: The para 39 sections by field name (gateway.apd.domain.SECTION_FIELDS).
    content: Mapped[dict[str, str]] = mapped_column(JSON)
    #: The DPA 2018 Schedule 1 paragraphs it covers.
    paragraphs: Mapped[list[int]] = mapped_column(JSON)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    document: Mapped[PolicyDocument] = relationship(back_populates="versions")


class PolicyDocumentReview(Base):
    """A review by the DPO (the first is the adoption): when, by whom, what they found, the
    version in force after it and the next review day."""

    __tablename__ = "policy_document_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("policy_documents.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text)
    next_review_due: Mapped[date] = mapped_column(Date)
    reviewed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    document: Mapped[PolicyDocument] = relationship(back_populates="reviews")
