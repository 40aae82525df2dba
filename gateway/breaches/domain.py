"""The breach rules as plain Python: the 72 hours to notify the ICO (Art 33(1)), what a breach
record holds (Art 33(3), 33(5)), and what each decision needs."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from gateway.errors import InvalidInput

#: Art 33(1): without undue delay and, where feasible, not later than 72 hours after becoming
#: aware of it.
NOTIFY_WITHIN = timedelta(hours=72)
MIN_REASONS_CHARS = 40
MAX_COUNT = 10**9


class BreachSource(StrEnum):
    REPORTED = "reported"  # opened by hand
    EMERGENCY_REVIEW = "emergency_review"  # the DPO did not uphold an emergency release


class Audience(StrEnum):
    """Who a decision to notify is about."""

    ICO = "ico"  # Art 33
    STUDENT = "student"  # Art 34

    @property
    def words(self) -> str:
        return {Audience.ICO: "the ICO", Audience.STUDENT: "the student"}[self]


class RecipientAsk(StrEnum):
    """What the recipient of a package was asked to do with it."""

    DELETE = "delete"
    RETURN = "return"


@dataclass(frozen=True)
class BreachReport:
    """What a person records when they open a breach (Art 33(3)(a), (c), (d))."""

    what_happened: str
    discovered_at: datetime | None
    found_by: str
    people_categories: str
    people_count: int | None
    record_categories: str
    record_count: int | None
    consequences: str
    measures: str


def notify_deadline(discovered_at: datetime) -> datetime:
    return discovered_at + NOTIFY_WITHIN


@dataclass(frozen=True)
class NotifyClock:
    """Where the 72 hours stand: running until the decision on notifying the ICO is made."""

    deadline: datetime
    decided: bool
    hours_left: int
    overdue: bool

    @property
    def words(self) -> str:
        if self.decided:
            return "the ICO decision is made"
        if self.overdue:
            return f"overdue by {-self.hours_left} hour{'s' if self.hours_left != -1 else ''}"
        return f"{self.hours_left} hour{'s' if self.hours_left != 1 else ''} left"


def clock(discovered_at: datetime, ico_decided_at: datetime | None, now: datetime) -> NotifyClock:
    deadline = notify_deadline(discovered_at)
    seconds = (deadline - now).total_seconds()
    # Whole hours, rounded towards the deadline: "1 hour left" until it has passed.
    hours = math.ceil(seconds / 3600) if seconds > 0 else math.floor(seconds / 3600)
    return NotifyClock(
        deadline=deadline,
        decided=ico_decided_at is not None,
        hours_left=hours,
        overdue=ico_decided_at is None and seconds <= 0,
    )


def _words(text: str) -> str:
    return " ".join(text.split())


def check_report(report: BreachReport, now: datetime) -> None:
    if len(_words(report.what_happened)) < 20:
        raise InvalidInput(
            "Say what happened (at least 20 characters): what data went where, and how.",
            hint="Describe categories and numbers; do not name the people involved.",
        )
    if report.discovered_at is None:
        raise InvalidInput("Give the date and time the breach was found.")
    if report.discovered_at.tzinfo is None or report.discovered_at.utcoffset() is None:
        raise InvalidInput(
            "Give the time the breach was found with its time zone.",
            hint="For example 2026-12-08T14:05:00+00:00.",
        )
    if report.discovered_at > now:
        raise InvalidInput("The time the breach was found is in the future.")
    if not report.found_by.strip() or len(report.found_by.strip()) > 200:
        raise InvalidInput("Say who found it (a name or a role, at most 200 characters).")
    if not report.people_categories.strip() or not report.record_categories.strip():
        raise InvalidInput(
            "Give the categories of people and of records concerned (Art 33(3)(a)).",
            hint="For example: 'students' and 'Prevent case notes'.",
        )
    for what, count in (("people", report.people_count), ("records", report.record_count)):
        if count is None or not 0 <= count <= MAX_COUNT:
            raise InvalidInput(
                f"Give the approximate number of {what} concerned (0 to {MAX_COUNT:,}).",
            )


def check_decision(
    audience: Audience,
    notify: bool,
    reasons: str,
    notified_on: date | None,
    today: date,
) -> None:
    if len(_words(reasons)) < MIN_REASONS_CHARS:
        raise InvalidInput(
            f"Give the reasons for the decision about {audience.words} in at least "
            f"{MIN_REASONS_CHARS} characters.",
            hint="Not notifying needs its reasons as much as notifying (Art 33(5)).",
        )
    if notify and notified_on is None:
        raise InvalidInput(
            f"Give the date {audience.words} "
            + ("was notified." if audience is Audience.ICO else "was told."),
        )
    if not notify and notified_on is not None:
        raise InvalidInput(f"A decision not to tell {audience.words} has no date told.")
    if notified_on is not None and notified_on > today:
        raise InvalidInput(f"The date {notified_on.isoformat()} is in the future.")


def check_recipient_request(
    asked: RecipientAsk | None,
    asked_on: date | None,
    answer: str | None,
    answered_on: date | None,
    today: date,
) -> None:
    if asked is None:
        raise InvalidInput("Say whether the recipient was asked to delete or to return it.")
    if asked_on is None or asked_on > today:
        raise InvalidInput("Give the date the recipient was asked (not in the future).")
    if (answer or "").strip() and answered_on is None:
        raise InvalidInput("Give the date of the recipient's answer.")
    if answered_on is not None:
        if not (answer or "").strip():
            raise InvalidInput("Record what the recipient answered.")
        if answered_on < asked_on or answered_on > today:
            raise InvalidInput("The answer's date must be between the request and today.")
