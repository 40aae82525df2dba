"""Complaints other areas read: the open ones (the DPO's dashboard)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.complaints.models import Complaint
from gateway.complaints.views import ComplaintSummary, complaint_summary
from gateway.errors import NotFound


def load_complaint(session: Session, reference: str) -> Complaint:
    found = session.scalar(select(Complaint).where(Complaint.reference == reference))
    if found is None:
        raise NotFound(f"No complaint {reference}.", hint="See the list of complaints.")
    return found


def open_complaints(session: Session, today: date) -> list[ComplaintSummary]:
    """Open complaints, the one to acknowledge soonest first (the caller checked the role)."""
    rows = [
        complaint_summary(c, today)
        for c in session.scalars(select(Complaint).where(Complaint.closed_on.is_(None)))
    ]
    return sorted(rows, key=lambda r: (r.acknowledged_on is not None, r.acknowledge_by))
