from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gateway.db import Base, str_enum
from gateway.disclosures.domain import DisclosureStatus, ItemKind
from gateway.disclosures.lawful_basis import (
    Annex1Condition,
    Art6Basis,
    Art9Condition,
    ConsentNotSoughtGround,
)
from gateway.encryption.sealed import Sealed
from gateway.timeutil import UTCDateTime, utcnow


class DisclosureRequest(Base):
    __tablename__ = "disclosure_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    recipient_id: Mapped[int] = mapped_column(ForeignKey("recipients.id"))
    purpose: Mapped[str] = mapped_column(Sealed())
    processing_activity: Mapped[str] = mapped_column(String(80), default="prevent-referral-sharing")
    #: Reference of the prior discussion with, or request from, the Regional Prevent Coordinator
    #: (needed before anything goes to a Channel panel).
    rpc_discussion_reference: Mapped[str | None] = mapped_column(String(200), default=None)
    #: The work e-mail address and telephone number the recipient can reply to (the referral's
    #: section 2, with the preparer's name): part of the content the DPO approves.
    referrer_email: Mapped[str | None] = mapped_column(String(254), default=None)
    referrer_telephone: Mapped[str | None] = mapped_column(String(40), default=None)
    #: Which of the subject's identifiers go out besides the name (minimisation):
    #: any of "date_of_birth", "student_number", "address".
    subject_fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: A correction notice (UK GDPR Art 19): the correction it carries and the released
    #: disclosure whose recipient it tells (see gateway.corrections).
    correction_id: Mapped[int | None] = mapped_column(ForeignKey("corrections.id"), default=None)
    corrects_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("disclosure_requests.id"), default=None
    )
    #: An answer to a request from a Channel panel or the police (see gateway.requests): no
    #: referral decision is needed, the purpose and lawful basis come from the request.
    third_party_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("third_party_requests.id"), default=None
    )
    status: Mapped[DisclosureStatus] = mapped_column(
        str_enum(DisclosureStatus), default=DisclosureStatus.DRAFT
    )
    prepared_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    approved_content_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    approval_note: Mapped[str | None] = mapped_column(Sealed(), default=None)

    refused_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    refused_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    refusal_reason: Mapped[str | None] = mapped_column(Sealed(), default=None)
    withdrawn_reason: Mapped[str | None] = mapped_column(Sealed(), default=None)

    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    emergency_reason: Mapped[str | None] = mapped_column(Sealed(), default=None)
    #: The policy's ground the SMT member chose (``EmergencyGround``): the log's ground code.
    emergency_ground: Mapped[str | None] = mapped_column(String(40), default=None)
    emergency_authorised_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id"), default=None
    )
    emergency_authorised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    emergency_content_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    retrospective_review_due: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    retrospective_reviewed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id"), default=None
    )
    retrospective_reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    retrospective_review_outcome: Mapped[str | None] = mapped_column(String(20), default=None)
    retrospective_review_notes: Mapped[str | None] = mapped_column(Sealed(), default=None)

    released_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    package_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    log_index: Mapped[int | None] = mapped_column(Integer, default=None)

    items: Mapped[list[DisclosureItem]] = relationship(
        back_populates="request", order_by="DisclosureItem.position", cascade="all, delete-orphan"
    )
    lawful_basis: Mapped[LawfulBasisEntry | None] = relationship(
        back_populates="request", cascade="all, delete-orphan", uselist=False
    )
    package: Mapped[ReleasedPackage | None] = relationship(back_populates="request", uselist=False)


class DisclosureItem(Base):
    __tablename__ = "disclosure_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("disclosure_requests.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ItemKind] = mapped_column(str_enum(ItemKind))
    label: Mapped[str] = mapped_column(Sealed())
    #: Where it came from in the case (e.g. "concern:3"), for minimisation review.
    source_ref: Mapped[str | None] = mapped_column(String(60), default=None)
    original_text: Mapped[str] = mapped_column(Sealed())
    redacted_text: Mapped[str] = mapped_column(Sealed())
    #: SHA-256 of the exact original_text the redaction ran on; None until it has run. A
    #: redaction counts only while this matches the item's text (the gate checks it).
    redaction_text_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    special_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    criminal_offence: Mapped[bool] = mapped_column(Boolean, default=False)
    #: What the item's text suggested when it was answered (gateway.disclosures.suggest), kept
    #: so the DPO reads the suggestion beside the answer.
    suggested_special_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    suggested_criminal_offence: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Why the answer says less than the suggestion (needed when it does).
    below_suggestion_reason: Mapped[str | None] = mapped_column(Sealed(), default=None)
    #: Redaction findings: offsets into original_text, type, score, action, and the Prevent
    #: Lead's review (accepted / rejected with justification).
    findings: Mapped[list[dict[str, object]]] = mapped_column(Sealed("json"), default=list)
    #: An evidence file as the item ("png", "jpeg", "pdf" or "docx", read from its content);
    #: None for a text item. A file item shares the redacted file, not only its description.
    file_kind: Mapped[str | None] = mapped_column(String(8), default=None)
    #: SHA-256 of the evidence bytes the file's redaction ran on; None until it has run. Like
    #: redaction_text_sha256, the redaction counts only while this matches the evidence.
    file_scanned_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    #: The redacted file as it leaves (a new PNG, or an image-only / text-only PDF).
    redacted_file: Mapped[bytes | None] = mapped_column(Sealed("bytes"), default=None)
    #: SHA-256 of redacted_file: part of the content the DPO approves.
    redacted_file_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    redacted_file_media_type: Mapped[str | None] = mapped_column(String(40), default=None)
    #: Why the file could not be redacted (e.g. OCR not installed): the item then blocks.
    file_scan_error: Mapped[str | None] = mapped_column(Sealed(), default=None)

    request: Mapped[DisclosureRequest] = relationship(back_populates="items")


class LawfulBasisEntry(Base):
    __tablename__ = "lawful_basis_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("disclosure_requests.id"), unique=True, index=True
    )
    art6_basis: Mapped[Art6Basis | None] = mapped_column(str_enum(Art6Basis), default=None)
    art9_condition: Mapped[Art9Condition | None] = mapped_column(
        str_enum(Art9Condition), default=None
    )
    schedule1_paragraph: Mapped[int | None] = mapped_column(Integer, default=None)
    art10_paragraph: Mapped[int | None] = mapped_column(Integer, default=None)
    appropriate_policy_document: Mapped[str | None] = mapped_column(String(200), default=None)
    apd_review_date: Mapped[date | None] = mapped_column(Date, default=None)
    necessity: Mapped[str] = mapped_column(Sealed(), default="")
    proportionality: Mapped[str] = mapped_column(Sealed(), default="")
    clear_and_compelling: Mapped[str] = mapped_column(Sealed(), default="")
    at_risk_justification: Mapped[str | None] = mapped_column(Sealed(), default=None)
    consent_not_sought_reason: Mapped[str | None] = mapped_column(Sealed(), default=None)
    consent_prejudice_reason: Mapped[str | None] = mapped_column(Sealed(), default=None)
    subject_informed: Mapped[bool] = mapped_column(Boolean, default=False)
    subject_not_informed_reason: Mapped[str | None] = mapped_column(Sealed(), default=None)
    relies_on_sch2_para2: Mapped[bool] = mapped_column(Boolean, default=False)
    at_risk_care_needs: Mapped[str | None] = mapped_column(Sealed(), default=None)
    at_risk_harm: Mapped[str | None] = mapped_column(Sealed(), default=None)
    at_risk_cannot_protect: Mapped[str | None] = mapped_column(Sealed(), default=None)
    consent_not_sought_ground: Mapped[ConsentNotSoughtGround | None] = mapped_column(
        str_enum(ConsentNotSoughtGround), default=None
    )
    consent_given_on: Mapped[date | None] = mapped_column(Date, default=None)
    consent_how: Mapped[str | None] = mapped_column(Sealed(), default=None)
    consent_what_told: Mapped[str | None] = mapped_column(Sealed(), default=None)
    annex1_condition: Mapped[Annex1Condition | None] = mapped_column(
        str_enum(Annex1Condition), default=None
    )
    #: Set by the rule check: Sch 1 para 10 met without an APD (para 10(2)).
    para10_2_competent_authority: Mapped[bool] = mapped_column(Boolean, default=False)

    request: Mapped[DisclosureRequest] = relationship(back_populates="lawful_basis")


class ReleasedPackage(Base):
    """The sealed package as released: kept so it can be re-sent or re-verified."""

    __tablename__ = "released_packages"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("disclosure_requests.id"), unique=True, index=True
    )
    filename: Mapped[str] = mapped_column(String(200))
    sealed: Mapped[bool] = mapped_column(Boolean)
    content: Mapped[bytes] = mapped_column(Sealed("bytes"))
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    request: Mapped[DisclosureRequest] = relationship(back_populates="package")


class NonDisclosureDecision(Base):
    """A recorded decision NOT to share (as important to account for as a disclosure)."""

    __tablename__ = "non_disclosure_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Client-made UUID, bound into every encrypted value's AAD (set before INSERT).
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("disclosure_requests.id"), default=None
    )
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("recipients.id"), default=None)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reasons: Mapped[str] = mapped_column(Sealed())
    log_index: Mapped[int | None] = mapped_column(Integer, default=None)
