"""What auditors and the DPO see of the access log, the same on every door."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class AccessEventView(BaseModel):
    """One read of case data: who, what, when, through which door, from where."""

    model_config = ConfigDict(frozen=True)

    id: int
    at: datetime
    username: str
    action: str
    object_type: str
    object_ref: str
    channel: str
    source: str | None


class AccessEventsView(BaseModel):
    """A page of the access log, newest first, and how many events there are in all."""

    model_config = ConfigDict(frozen=True)

    events: list[AccessEventView]
    total: int
    limit: int
    offset: int


class AccessLogCheckView(BaseModel):
    """Whether the database still refuses edits to the access log, and (when checked) whether
    every sealed range matches its seal in the signed sharing log."""

    model_config = ConfigDict(frozen=True)

    append_only: bool
    events: int
    detail: str
    #: Every sealed range matches its seal in the sharing log (None: not checked).
    seals_verified: bool | None = None
    #: Events newer than the last seal: protected by the database's triggers only.
    unsealed_events: int = 0


class AccessLogVerificationView(BaseModel):
    """The sealed ranges recomputed and compared with their seals."""

    model_config = ConfigDict(frozen=True)

    ok: bool
    summary: str
    seals_checked: int
    events_checked: int
    unsealed_events: int
    disposed_ranges: list[str]
    problems: list[str]


class AccessLogOverview(BaseModel):
    """The auditor's access-log page: a page of events and the log's protection checked."""

    model_config = ConfigDict(frozen=True)

    events: AccessEventsView
    check: AccessLogCheckView


class SealView(BaseModel):
    """A seal just made: the events it covers and its sharing-log entry."""

    model_config = ConfigDict(frozen=True)

    reference: str
    event_count: int
    after_event_id: int
    last_event_id: int
    log_index: int
