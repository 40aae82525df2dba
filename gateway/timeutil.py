"""Time in one place: always timezone-aware UTC, so SQLite and PostgreSQL agree; shown to people
in the UK's own time ("6 December 2026, 14:05")."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import DateTime, TypeDecorator
from sqlalchemy.engine import Dialect


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def today() -> date:
    return utcnow().date()


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# The tzdata package supplies this where the system has no time-zone database.
LONDON = ZoneInfo("Europe/London")

# Fixed English names: strftime's %B follows the process locale, and people here read English.
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def in_london(dt: datetime) -> datetime:
    """`dt` on UK clocks (GMT or BST); a time without a zone is taken to be UTC, as stored."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(LONDON)


def long_date(value: date | datetime) -> str:
    """The day in words, "6 December 2026". A time is first put on UK clocks: 23:30 UTC in
    summer is the next day in the UK, and that is the day people there saw."""
    day = in_london(value) if isinstance(value, datetime) else value
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def long_datetime(value: datetime) -> str:
    """The day and time in words on UK clocks, "6 December 2026, 14:05"."""
    local = in_london(value)
    return f"{long_date(local)}, {local:%H:%M}"


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware UTC datetimes; SQLite drops the zone, so we put it back on the way out."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use gateway.timeutil.utcnow()")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
