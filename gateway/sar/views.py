"""What the DPO sees of a subject access request: one view, built inside the transaction, that
the command line prints, the API returns and the pages show."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from gateway.sar.domain import ItemDecision, ItemKind, SARStatus


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class SARSummary(_View):
    """A request on the DPO's list or dashboard: the deadline and progress, no personal data."""

    reference: str = Field(description="The request's reference.")
    status: SARStatus = Field(description="open, or responded once the pack was sent.")
    received_on: date = Field(description="The day the request was received.")
    due_on: date = Field(
        description="The day the answer is due: one month after receipt, three if extended (UK "
        "GDPR Art 12(3))."
    )
    extended: bool = Field(description="Whether the deadline was extended.")
    days_left: int = Field(description="Days to the deadline (negative when overdue).")
    overdue: bool = Field(description="Open and past its deadline.")
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


class SARView(SARSummary):
    """The whole request as the DPO works on it."""

    student_id: str = Field(description="The identifier of the student who asked.")
    extension_reason: str | None = Field(
        description="Why the deadline was extended (the request is complex or numerous)."
    )
    item_list: list[SARItemView] = Field(
        description="Every record found for the student, and the decision on each."
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
