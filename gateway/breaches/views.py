"""What the doors show of the breach register (the same for the command line, the API and the
pages)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from gateway.breaches.domain import BreachSource, clock
from gateway.breaches.models import Breach
from gateway.cases.views import user_names


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class BreachLine(_View):
    """A breach as the register lists it, with its 72-hour clock."""

    reference: str = Field(description="The breach's reference, e.g. BR-2026-0001.")
    source: BreachSource = Field(
        description="reported (opened by hand) or emergency_review (the DPO's review did not "
        "uphold an emergency release)."
    )
    disclosure_reference: str | None = Field(description="The disclosure concerned, if any.")
    discovered_at: datetime = Field(description="When the breach was found (UTC).")
    notify_deadline: datetime = Field(
        description="72 hours after it was found: when the ICO must have been notified (UTC)."
    )
    hours_left: int = Field(
        description="Whole hours until that deadline (negative once it has passed)."
    )
    overdue: bool = Field(
        description="Whether the deadline passed with no decision on notifying the ICO."
    )
    clock_words: str = Field(description="Where the 72 hours stand, in words.")
    ico_notify: bool | None = Field(
        description="The decision on notifying the ICO: true, false, or none yet."
    )
    student_notify: bool | None = Field(
        description="The decision on telling the student: true, false, or none yet."
    )
    assessed: bool = Field(
        description="Whether the likely consequences and the measures taken are recorded."
    )


class BreachView(BreachLine):
    """A breach record in full (Art 33(3), 33(5))."""

    what_happened: str = Field(description="What happened.")
    found_by: str = Field(description="Who found it.")
    people_categories: str = Field(description="The categories of people concerned.")
    people_count: int = Field(description="The approximate number of people concerned.")
    record_categories: str = Field(description="The categories of records concerned.")
    record_count: int = Field(description="The approximate number of records concerned.")
    consequences: str = Field(description="The likely consequences (empty until assessed).")
    measures: str = Field(
        description="The measures taken or proposed, including to limit the harm (empty until "
        "assessed)."
    )
    opened_by: str = Field(description="Who opened the record.")
    opened_at: datetime = Field(description="When the record was opened (UTC).")
    log_index: int | None = Field(description="Its breach_recorded entry in the sharing log.")
    ico_reasons: str | None = Field(description="The reasons for the decision about the ICO.")
    ico_decided_at: datetime | None = Field(description="When that decision was made (UTC).")
    ico_decided_by: str | None = Field(description="Who made it.")
    ico_notified_on: date | None = Field(description="When the ICO was notified, if it was.")
    ico_late: bool = Field(
        description="Whether the ICO was notified, or the decision made, after the 72 hours "
        "(Art 33(1): the reasons must then explain the delay)."
    )
    student_reasons: str | None = Field(
        description="The reasons for the decision about the student."
    )
    student_decided_at: datetime | None = Field(description="When that decision was made (UTC).")
    student_decided_by: str | None = Field(description="Who made it.")
    student_told_on: date | None = Field(description="When the student was told, if they were.")
    recipient_asked: str | None = Field(
        description="What the recipient was asked to do with the package: delete or return."
    )
    recipient_asked_on: date | None = Field(description="When they were asked.")
    recipient_answer: str | None = Field(description="What they answered.")
    recipient_answered_on: date | None = Field(description="When they answered.")


class BreachRegisterFile(_View):
    """The register exported as a file."""

    filename: str = Field(description="The file's name.")
    media_type: str = Field(description="text/csv or application/pdf.")
    content: bytes = Field(description="The file's bytes.")
    breaches: int = Field(description="How many breaches it lists.")


def line_of(row: Breach, now: datetime) -> BreachLine:
    state = clock(row.discovered_at, row.ico_decided_at, now)
    return BreachLine(
        reference=row.reference,
        source=row.source,
        disclosure_reference=row.disclosure_reference,
        discovered_at=row.discovered_at,
        notify_deadline=state.deadline,
        hours_left=state.hours_left,
        overdue=state.overdue,
        clock_words=state.words,
        ico_notify=row.ico_notify,
        student_notify=row.student_notify,
        assessed=bool(row.consequences.strip() and row.measures.strip()),
    )


def breach_view(session: Session, row: Breach, now: datetime) -> BreachView:
    names = user_names(
        session, [row.opened_by_id, row.ico_decided_by_id, row.student_decided_by_id]
    )
    deadline = clock(row.discovered_at, None, now).deadline
    late = bool(
        (row.ico_decided_at is not None and row.ico_decided_at > deadline)
        or (row.ico_notified_on is not None and row.ico_notified_on > deadline.date())
    )
    return BreachView(
        **line_of(row, now).model_dump(),
        what_happened=row.what_happened,
        found_by=row.found_by,
        people_categories=row.people_categories,
        people_count=row.people_count,
        record_categories=row.record_categories,
        record_count=row.record_count,
        consequences=row.consequences,
        measures=row.measures,
        opened_by=names.get(row.opened_by_id, f"user {row.opened_by_id}"),
        opened_at=row.opened_at,
        log_index=row.log_index,
        ico_reasons=row.ico_reasons,
        ico_decided_at=row.ico_decided_at,
        ico_decided_by=names.get(row.ico_decided_by_id) if row.ico_decided_by_id else None,
        ico_notified_on=row.ico_notified_on,
        ico_late=late,
        student_reasons=row.student_reasons,
        student_decided_at=row.student_decided_at,
        student_decided_by=(
            names.get(row.student_decided_by_id) if row.student_decided_by_id else None
        ),
        student_told_on=row.student_told_on,
        recipient_asked=row.recipient_asked,
        recipient_asked_on=row.recipient_asked_on,
        recipient_answer=row.recipient_answer,
        recipient_answered_on=row.recipient_answered_on,
    )
