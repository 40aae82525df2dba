"""What the DPO sees of a subject access request: one view, built inside the transaction, that
the command line prints, the API returns and the pages show."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

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


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class SARSummary(_View):
    """A request on the DPO's list or dashboard: the deadline and progress, no personal data."""

    reference: str = Field(description="The request's reference.")
    status: SARStatus = Field(description="open, or responded once the pack was sent.")
    requester_kind: RequesterKind = Field(
        description="student (the student a case is about) or person (anyone else named in a "
        "case)."
    )
    received_on: date = Field(description="The day the request was received.")
    due_on: date = Field(
        description="The day the answer is due: one month after receipt, three if extended (UK "
        "GDPR Art 12(3)), moved on by every day the clock was stopped (Art 12A)."
    )
    extended: bool = Field(description="Whether the deadline was extended.")
    paused: bool = Field(
        description="Whether the clock is stopped now, waiting for the requester (Art 12A)."
    )
    paused_days: int = Field(description="Days the clock has stood still so far.")
    identity_verified: bool = Field(
        description="Whether the requester's identity has been confirmed and recorded."
    )
    days_left: int = Field(description="Days to the deadline (negative when overdue).")
    overdue: bool = Field(description="Open, the clock running, and past its deadline.")
    items: int = Field(description="How many records were found.")
    pending: int = Field(description="How many records still have no decision.")
    responded_at: datetime | None = Field(
        default=None,
        description="When the pack was exported and the request answered (UTC).",
    )
    pack_sha256: str | None = Field(
        default=None,
        description="SHA-256 of the pack sent, to show later what was disclosed.",
    )


class SARItemView(_View):
    """One record found for the student, and the DPO's decision on it (labels carry no
    content, only kinds and dates)."""

    position: int = Field(description="The record's number in the request (1, 2, ...).")
    kind: ItemKind = Field(description="What kind of record it is.")
    source_ref: str = Field(
        description="Which record it is (a case, concern, event, evidence ... reference)."
    )
    label: str = Field(description="The record described by its kind and date (no content).")
    decision: ItemDecision = Field(description="The DPO's decision: pending, disclose or withhold.")
    exemption: str | None = Field(description="For a withheld record: the exemption relied on.")
    prejudice_reasoning: str | None = Field(
        description="For a withheld record: how disclosing it would prejudice the prevention or "
        "detection of crime."
    )
    decided_at: datetime | None = Field(description="When the decision was taken (UTC).")


class IdentityView(_View):
    """How the requester's identity was confirmed, by whom and when."""

    method: IdentityMethod = Field(description="How the identity was confirmed.")
    method_label: str = Field(description="The method in words.")
    details: str | None = Field(description="What was checked, where the method needs it.")
    verified_by: str = Field(description="Who recorded it (their name).")
    verified_at: datetime = Field(description="When it was recorded (UTC).")


class PauseView(_View):
    """A time the clock stood still (UK GDPR Art 12A)."""

    reason: PauseReason = Field(description="identity or clarification.")
    reason_label: str = Field(description="What was awaited, in words.")
    detail: str = Field(description="What was asked of the requester, and when.")
    paused_on: date = Field(description="The day the clock stopped.")
    paused_by: str = Field(description="Who stopped it.")
    resumed_on: date | None = Field(description="The day it started again (none while stopped).")
    resumed_by: str | None = Field(description="Who started it again.")
    days: int = Field(description="Days it stood still (so far, while stopped).")


class ThirdPartyView(_View):
    """Another person whose data is in the records found, and the DPO's Sch 2 para 16
    decision: their name stays out of the pack unless disclosed."""

    position: int = Field(description="The person's number in the request (1, 2, ...).")
    name: str = Field(description="The person's name as recorded.")
    connection: str = Field(description="How they are connected to the records.")
    decision: ThirdPartyDecision = Field(
        description="pending, consent, reasonable (to disclose without consent) or withhold."
    )
    decision_label: str = Field(description="The decision in words.")
    reasoning: str | None = Field(description="How consent was given, or why disclosure is "
                                  "reasonable without it.")
    decided_at: datetime | None = Field(description="When the decision was taken (UTC).")


class RevealingPairView(_View):
    """An item that would reveal a withheld one, and what the DPO decided about it."""

    withheld: int = Field(description="The withheld item's number.")
    withheld_label: str = Field(description="The withheld item.")
    revealing: int = Field(description="The number of the item that reveals it.")
    revealing_label: str = Field(description="The item that reveals it.")
    records: list[str] = Field(description="The records both items hold (a concern, event ...).")
    passages: int = Field(
        description="How many passages of 8 or more consecutive words the two share."
    )
    resolution: PairResolution | None = Field(
        description="redact (the revealing passages left out of the pack), disclose (with the "
        "reasons), or none yet; withholding the revealing item ends the pair."
    )
    reasoning: str | None = Field(description="Why disclosing it is right, when disclosed.")


class SARView(SARSummary):
    """The whole request as the DPO works on it."""

    student_id: str | None = Field(
        description="The identifier of the student who asked (none when another person asked)."
    )
    requester: str = Field(
        description="Who asked: the student's id, or the person's name and how they were found."
    )
    extension_reason: str | None = Field(
        description="Why the deadline was extended (the request is complex or numerous)."
    )
    identity: IdentityView | None = Field(
        description="How the requester's identity was confirmed (none until it is)."
    )
    pauses: list[PauseView] = Field(description="Every time the clock stood still.")
    item_list: list[SARItemView] = Field(
        description="Every record found for the requester, and the decision on each."
    )
    third_parties: list[ThirdPartyView] = Field(
        description="The other people in those records, and the decision on each."
    )
    revealing: list[RevealingPairView] = Field(
        description="Items that would reveal a withheld item; each must be resolved before "
        "the pack is made."
    )


class SARItemText(_View):
    """One item in full, unredacted, for the DPO deciding on it."""

    reference: str = Field(description="The request's reference.")
    item: SARItemView = Field(description="The record and the decision on it.")
    content: str = Field(description="The record's full text, unredacted, for the DPO deciding.")


class SARRefreshed(_View):
    """The request after looking for records added since it was opened."""

    request: SARView = Field(description="The request after looking again.")
    added: list[SARItemView] = Field(
        description="The records found that were added since it was opened."
    )


class SARPack(_View):
    """The response pack sent to the student."""

    reference: str = Field(description="The request's reference.")
    pdf: bytes = Field(description="The pack as a PDF.")
    sha256: str = Field(description="SHA-256 of the PDF.")
