"""The time, as a parameter: use cases and domain rules are given a clock, never read one.

Tests and the demo pass a :class:`FixedClock`; the doors pass :class:`SystemClock`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Timezone-aware UTC, to the second (what the database stores)."""
        ...

    def today(self) -> date: ...


@dataclass(frozen=True)
class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC).replace(microsecond=0)

    def today(self) -> date:
        return self.now().date()


@dataclass
class FixedClock:
    """A clock that stands still until moved (tests, the demo, `--as-of` runs)."""

    at: datetime

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")

    def now(self) -> datetime:
        return self.at

    def today(self) -> date:
        return self.at.date()

    def advance(self, delta: timedelta) -> None:
        self.at = self.at + delta


SYSTEM_CLOCK = SystemClock()
