"""The annual report's own lines for requests from Channel panels and the police, and for
correction notices; the OfS mapping's line for answered requests.

An answer to a request is not a referral: the release entry names the request (``request_id``),
so the report counts it here and never among the disclosures the provider made, nor in the OfS
figure for formal referrals. A refusal of a request is a decision not to share naming the
request, counted here too. Corrections are counted from their ``correction_released`` entries.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.recipients.models import RecipientKind
from gateway.reports.domain import AcademicYear, AnnualReport, OfsItem, OfsLine, figures_by_key
from sharing_log import EntryType, LoggedEntry

if TYPE_CHECKING:
    from gateway.reports.service import LogSnapshot, _Builder

#: The kinds of recipient a request comes from, in the order shown.
REQUESTER_KINDS = (RecipientKind.CHANNEL_PANEL, RecipientKind.POLICE_PREVENT_TEAM)

REQUESTS_OFS_ITEM = OfsItem(
    "requests.answered",
    "Requests for information from a Channel panel or the police answered (not formal "
    "referrals by the provider; not part of the figures above)",
    ("requests.answered.total",),
    "Releases whose sharing-log entry names the request they answer, released in the year.",
)


def answers_request(entry: LoggedEntry) -> bool:
    """Whether a release or decision-not-to-share entry answers a request from a third party."""
    return "request_id" in entry.entry.fields


def _in_year(year: AcademicYear, entry: LoggedEntry, field: str) -> bool:
    from gateway.reports.service import _in_year as in_year

    return in_year(year, entry, field)


def add_request_figures(
    b: _Builder, session: Session, snapshot: LogSnapshot, year: AcademicYear
) -> None:
    """Requests received (database), answered by recipient kind and refused (sharing log)."""
    from gateway.reports.service import _kind_label, _log_ref, _str
    from gateway.requests.models import ThirdPartyRequest

    received = [
        f"request:{r.reference}"
        for r in session.scalars(select(ThirdPartyRequest).order_by(ThirdPartyRequest.id))
        if year.contains(r.received_on)
    ]
    b.single(
        "requests.received.total",
        "requests",
        "Requests for information from a Channel panel or the police received",
        received,
    )
    answered: dict[str, list[str]] = defaultdict(list)
    for e in snapshot.entries:
        if (
            e.entry.entry_type in (EntryType.DISCLOSURE_RELEASED, EntryType.EMERGENCY_RELEASE)
            and answers_request(e)
            and _in_year(year, e, "released_at")
        ):
            answered[_str(e, "recipient_kind")].append(_log_ref(e))
    kinds = [k.value for k in REQUESTER_KINDS]
    kinds += sorted(set(answered) - set(kinds))
    b.group(
        "requests",
        "requests.answered",
        "recipient_kind",
        [(k, _kind_label(k), answered[k]) for k in kinds],
        total_label="Requests answered (not referrals)",
    )
    refused = [
        _log_ref(e)
        for e in snapshot.entries
        if e.entry.entry_type is EntryType.DECISION_NOT_TO_SHARE
        and answers_request(e)
        and _in_year(year, e, "decided_at")
    ]
    b.single("requests.refused.total", "requests", "Requests refused", refused)


def add_correction_figures(b: _Builder, snapshot: LogSnapshot, year: AcademicYear) -> None:
    """Correction notices released to recipients of earlier disclosures (UK GDPR Art 19)."""
    from gateway.reports.service import _log_ref

    released = [
        _log_ref(e)
        for e in snapshot.entries
        if e.entry.entry_type is EntryType.CORRECTION_RELEASED
        and _in_year(year, e, "released_at")
    ]
    b.single(
        "corrections.released.total",
        "corrections",
        "Correction notices released to recipients",
        released,
    )


def request_ofs_lines(report: AnnualReport) -> list[OfsLine]:
    """The OfS mapping's own line for answered requests (after the provider's own items)."""
    figure = figures_by_key(report.figures).get("requests.answered.total")
    if figure is None:
        return []
    return [OfsLine(REQUESTS_OFS_ITEM, figure.value, figure.trace)]
