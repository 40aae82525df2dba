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

    reference: str
    status: SARStatus
    received_on: date
    due_on: date
    extended: bool
    days_left: int = Field(description="Days to the deadline (negative when overdue).")
    overdue: bool = Field(description="Open and past its deadline.")
    items: int = Field(description="How many records were found.")
    pending: int = Field(description="How many records still have no decision.")
    responded_at: datetime | None = None
    pack_sha256: str | None = None


class SARItemView(_View):
    """One record found for the student, and the DPO's decision on it (labels carry no
    content, only kinds and dates)."""

    position: int
    kind: ItemKind
    source_ref: str
    label: str
    decision: ItemDecision
    exemption: str | None
    prejudice_reasoning: str | None
    decided_at: datetime | None


class SARView(SARSummary):
    """The whole request as the DPO works on it."""

    student_id: str
    extension_reason: str | None
    item_list: list[SARItemView]


class SARItemText(_View):
    """One item in full, unredacted, for the DPO deciding on it."""

    reference: str
    item: SARItemView
    content: str


class SARRefreshed(_View):
    """The request after looking for records added since it was opened."""

    request: SARView
    added: list[SARItemView]


class SARPack(_View):
    """The response pack sent to the student."""

    reference: str
    pdf: bytes
    sha256: str
