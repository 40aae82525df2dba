"""What auditors and the DPO see of the access log, the same on every door."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class AccessEventView(BaseModel):
    """One read of case data: who, what, when, through which door, from where."""

    model_config = ConfigDict(frozen=True)

    id: int = Field(
        description="The event's number in the access log (events are numbered in order)."
    )
    at: datetime = Field(description="When the read happened (UTC).")
    username: str = Field(description="The account that read the data, as the log records it.")
    display_name: str = Field(description="The name of the person who holds that account.")
    role_label: str = Field(description="That person's role, in words.")
    action: str = Field(description="What was done, as a code: e.g. case.read, disclosure.approve.")
    object_type: str = Field(
        description="What kind of record was read: case, disclosure, sar, user ..."
    )
    object_ref: str = Field(description="The reference of the record read ('*' for a list).")
    channel: str = Field(description="The door it came through: web, api or cli.")
    source: str | None = Field(description="The client's network address, where the door knows it.")
    refused_rule: str | None = Field(
        default=None,
        description="For an attempt the gateway refused: the rule that refused it (e.g. "
        "content-changed); none for what was carried out.",
    )


class AccessEventsView(BaseModel):
    """A page of the access log, newest first, and how many events there are in all."""

    model_config = ConfigDict(frozen=True)

    events: list[AccessEventView] = Field(description="The events on this page, newest first.")
    total: int = Field(description="How many events the log holds in all.")
    limit: int = Field(description="At most this many events per page.")
    offset: int = Field(description="How many newer events were skipped.")


class AccessLogCheckView(BaseModel):
    """Whether the database still refuses edits to the access log, and (when checked) whether
    every sealed range matches its seal in the signed sharing log."""

    model_config = ConfigDict(frozen=True)

    append_only: bool = Field(
        description="Whether the database still refuses edits and deletions of access-log rows."
    )
    events: int = Field(description="How many events the log holds.")
    detail: str = Field(description="What the check found, in words.")
    seals_verified: bool | None = Field(
        default=None,
        description="Whether every sealed range matches its seal in the sharing log; none if the "
        "seals were not checked.",
    )
    unsealed_events: int = Field(
        default=0,
        description="Events newer than the last seal: protected by the database's triggers only.",
    )


class AccessLogVerificationView(BaseModel):
    """The sealed ranges recomputed and compared with their seals."""

    model_config = ConfigDict(frozen=True)

    ok: bool = Field(description="Whether every sealed range matches its seal.")
    summary: str = Field(description="What the verification found, in words.")
    seals_checked: int = Field(description="How many seals were checked.")
    events_checked: int = Field(description="How many events those seals cover.")
    unsealed_events: int = Field(
        description="Events newer than the last seal (not yet covered by one)."
    )
    disposed_ranges: list[str] = Field(
        description="The seals whose events were all removed under the retention schedule."
    )
    problems: list[str] = Field(description="Every mismatch found; empty when the log verifies.")


class AccessLogOverview(BaseModel):
    """The auditor's access-log page: a page of events and the log's protection checked."""

    model_config = ConfigDict(frozen=True)

    events: AccessEventsView = Field(description="A page of events, newest first.")
    check: AccessLogCheckView = Field(description="Whether the log is still protected.")


class SealView(BaseModel):
    """A seal just made: the events it covers and its sharing-log entry."""

    model_config = ConfigDict(frozen=True)

    reference: str = Field(description="The seal's reference.")
    event_count: int = Field(description="How many events the seal covers.")
    after_event_id: int = Field(description="The seal covers the events after this one.")
    last_event_id: int = Field(description="The last event the seal covers.")
    log_index: int = Field(description="The sharing-log entry that holds the seal.")
