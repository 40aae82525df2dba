"""What every door shows of a complaint."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from gateway.complaints.domain import (
    ComplaintState,
    acknowledge_by,
    overdue,
    state_of,
)
from gateway.complaints.models import Complaint


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class ComplaintSummary(_View):
    """A complaint as listed and on the DPO's dashboard: its deadline and where it stands."""

    reference: str = Field(description="The complaint's reference, e.g. CMP-2026-0001.")
    case_reference: str = Field(
        description="The case complained about (kept from disposal while the complaint is open)."
    )
    received_on: date = Field(description="The day the complaint was received.")
    acknowledge_by: date = Field(
        description="The last day to acknowledge it: 30 days beginning with the day received "
        "(DPA 2018 s.164A)."
    )
    acknowledged_on: date | None = Field(description="The day it was acknowledged, if it was.")
    overdue: bool = Field(
        description="Whether it is not acknowledged and the last day to acknowledge has passed."
    )
    days_left: int | None = Field(
        description="Days left to acknowledge it (negative once overdue); none once acknowledged."
    )
    state: ComplaintState = Field(description="awaiting_acknowledgement, acknowledged or closed.")
    outcome: str | None = Field(
        description="The outcome once closed: upheld, partly_upheld, not_upheld or withdrawn."
    )
    closed_on: date | None = Field(description="The day it was closed, if it was.")


class ComplaintView(ComplaintSummary):
    """The complaint in full: who complained, about what, and the outcome (read is recorded)."""

    complainant: str | None = Field(
        description="Who complained (not recorded for complaints entered before this was asked)."
    )
    summary: str | None = Field(description="What the complaint is about.")
    outcome_summary: str | None = Field(description="The outcome, as the complainant was told.")


def _fields(c: Complaint, today: date) -> dict[str, object]:
    due = c.acknowledge_by or acknowledge_by(c.received_on)
    return {
        "reference": c.reference,
        "case_reference": c.case_reference,
        "received_on": c.received_on,
        "acknowledge_by": due,
        "acknowledged_on": c.acknowledged_on,
        "overdue": c.closed_on is None and overdue(c.received_on, c.acknowledged_on, today),
        "days_left": (due - today).days
        if c.acknowledged_on is None and c.closed_on is None
        else None,
        "state": state_of(c.acknowledged_on, c.closed_on),
        "outcome": c.outcome,
        "closed_on": c.closed_on,
    }


def complaint_summary(c: Complaint, today: date) -> ComplaintSummary:
    return ComplaintSummary.model_validate(_fields(c, today))


def complaint_view(c: Complaint, today: date) -> ComplaintView:
    return ComplaintView.model_validate(
        {
            **_fields(c, today),
            "complainant": c.complainant,
            "summary": c.summary,
            "outcome_summary": c.outcome_summary,
        }
    )
