"""The complaint rules as plain Python: the acknowledgement deadline, states and outcomes."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from gateway.errors import InvalidInput

#: DPA 2018 s.164A(3)(a): acknowledge receipt "within the period of 30 days beginning with the
#: day on which the complaint is received" - the day received is the first of the 30.
ACKNOWLEDGE_WITHIN_DAYS = 30


def acknowledge_by(received_on: date) -> date:
    """The last day the acknowledgement is in time."""
    return received_on + timedelta(days=ACKNOWLEDGE_WITHIN_DAYS - 1)


class ComplaintState(StrEnum):
    AWAITING_ACKNOWLEDGEMENT = "awaiting_acknowledgement"
    ACKNOWLEDGED = "acknowledged"
    CLOSED = "closed"


class ComplaintOutcome(StrEnum):
    UPHELD = "upheld"
    PARTLY_UPHELD = "partly_upheld"
    NOT_UPHELD = "not_upheld"
    WITHDRAWN = "withdrawn"

    @property
    def words(self) -> str:
        return self.value.replace("_", " ")


def state_of(acknowledged_on: date | None, closed_on: date | None) -> ComplaintState:
    if closed_on is not None:
        return ComplaintState.CLOSED
    if acknowledged_on is not None:
        return ComplaintState.ACKNOWLEDGED
    return ComplaintState.AWAITING_ACKNOWLEDGEMENT


def overdue(received_on: date, acknowledged_on: date | None, today: date) -> bool:
    """Not acknowledged and the last day to acknowledge has passed."""
    return acknowledged_on is None and today > acknowledge_by(received_on)


def check_day(day: date, received_on: date, today: date, what: str) -> None:
    if day > today:
        raise InvalidInput(f"The day {what} ({day.isoformat()}) is in the future.")
    if day < received_on:
        raise InvalidInput(
            f"A complaint cannot be {what} before it was received ({received_on.isoformat()})."
        )


def parse_outcome(text: str) -> ComplaintOutcome:
    try:
        return ComplaintOutcome((text or "").strip())
    except ValueError:
        raise InvalidInput(
            f"'{text}' is not an outcome of a complaint.",
            hint="One of: " + ", ".join(o.value for o in ComplaintOutcome) + ".",
        ) from None
