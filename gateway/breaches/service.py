"""Opening a breach record (by hand or from an emergency review) and logging it."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.breaches.domain import BreachReport, BreachSource, notify_deadline
from gateway.breaches.models import Breach
from gateway.errors import NotFound
from gateway.references import next_reference
from gateway.sharing import SharingLogWriter, user_ref
from gateway.timeutil import iso
from sharing_log import EntryType

if TYPE_CHECKING:
    from gateway.actor import Actor
    from gateway.disclosures.models import DisclosureRequest


def load_breach(session: Session, reference: str) -> Breach:
    row = session.scalar(select(Breach).where(Breach.reference == reference))
    if row is None:
        raise NotFound(
            f"No breach {reference}.", hint="The breach register lists every reference."
        )
    return row


def record_sha256(row: Breach) -> str:
    """SHA-256 of what the record said when it was opened: the log entry binds it without
    holding any of it."""
    fields = {
        "reference": row.reference,
        "what_happened": row.what_happened,
        "discovered_at": iso(row.discovered_at),
        "found_by": row.found_by,
        "people_categories": row.people_categories,
        "people_count": row.people_count,
        "record_categories": row.record_categories,
        "record_count": row.record_count,
        "consequences": row.consequences,
        "measures": row.measures,
    }
    blob = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def open_breach(
    session: Session,
    actor: Actor,
    report: BreachReport,
    *,
    source: BreachSource,
    disclosure: DisclosureRequest | None,
    log: SharingLogWriter,
    now: datetime,
) -> Breach:
    """A new entry in the register and its ``breach_recorded`` sharing-log entry (no personal
    data: references, times and the record's hash)."""
    assert report.discovered_at is not None
    assert report.people_count is not None and report.record_count is not None
    row = Breach(
        reference=next_reference(session, "BR"),
        source=source,
        disclosure_id=disclosure.id if disclosure else None,
        disclosure_reference=disclosure.reference if disclosure else None,
        what_happened=report.what_happened.strip(),
        discovered_at=report.discovered_at,
        found_by=report.found_by.strip(),
        people_categories=report.people_categories.strip(),
        people_count=report.people_count,
        record_categories=report.record_categories.strip(),
        record_count=report.record_count,
        consequences=report.consequences.strip(),
        measures=report.measures.strip(),
        opened_by_id=actor.user.id,
        opened_at=now,
    )
    session.add(row)
    session.flush()
    appended = log.append(
        session,
        EntryType.BREACH_RECORDED,
        breach_id=row.reference,
        source=source.value,
        disclosure_id=row.disclosure_reference,
        recorded_by_id=user_ref(actor.user.id),
        discovered_at=iso(row.discovered_at),
        recorded_at=iso(now),
        notify_deadline_at=iso(notify_deadline(row.discovered_at)),
        record_sha256=record_sha256(row),
    )
    row.log_index = appended.index
    return row


def open_from_review(
    session: Session,
    actor: Actor,
    request: DisclosureRequest,
    why: str,
    *,
    log: SharingLogWriter,
    now: datetime,
) -> Breach:
    """The breach a "not upheld" emergency review (or a rejected ground to go on despite a
    restriction) opens: found now, by the reviewing DPO, about the released package. The DPO
    then assesses its consequences and measures and decides who is told."""
    from gateway.recipients.models import Recipient

    recipient = session.get(Recipient, request.recipient_id)
    assert recipient is not None
    kinds = sorted({item.kind.value.replace("_", " ") for item in request.items})
    report = BreachReport(
        what_happened=(
            f"Disclosure {request.reference} was released on the emergency path to "
            f"{recipient.reference} ({recipient.kind.value.replace('_', ' ')}), and the DPO's "
            f"retrospective review {why}: the package left without a sound basis."
        ),
        discovered_at=now,
        found_by=f"{actor.user.display_name} (Data Protection Officer, retrospective review)",
        people_categories="the student the referral is about",
        people_count=1,
        record_categories="referral package items: " + (", ".join(kinds) or "none"),
        record_count=len(request.items),
        consequences="",
        measures="",
    )
    return open_breach(
        session,
        actor,
        report,
        source=BreachSource.EMERGENCY_REVIEW,
        disclosure=request,
        log=log,
        now=now,
    )
