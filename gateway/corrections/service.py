"""Corrections: what a target's text is, which released disclosures carried it, and the notice
prepared for each of their recipients."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.cases.models import Case
from gateway.cases.service import append_event
from gateway.corrections.domain import CorrectionTarget, notice_purpose
from gateway.corrections.models import Correction
from gateway.disclosures.domain import DisclosureStatus, ItemContent, ItemKind
from gateway.disclosures.lawful_basis import SpecialCategory
from gateway.disclosures.models import DisclosureItem, DisclosureRequest, LawfulBasisEntry
from gateway.errors import InvalidInput, NotFound
from gateway.recipients.models import Recipient
from gateway.references import next_reference
from gateway.timeutil import long_date


@dataclass(frozen=True)
class Carried:
    """A released disclosure that carried the corrected data, and the items that did."""

    request: DisclosureRequest
    items: tuple[DisclosureItem, ...]


def load_correction(session: Session, reference: str) -> Correction:
    correction = session.scalar(select(Correction).where(Correction.reference == reference))
    if correction is None:
        raise NotFound(
            f"No correction {reference}.", hint="The list of corrections shows every reference."
        )
    return correction


def latest_text(session: Session, case_id: int, target: str) -> str | None:
    """The text of the latest correction of ``target``, if it was ever corrected."""
    found = session.scalars(
        select(Correction)
        .where(Correction.case_id == case_id, Correction.target == target)
        .order_by(Correction.id.desc())
        .limit(1)
    ).first()
    return found.corrected_text if found is not None else None


def corrections_of(session: Session, case_id: int) -> dict[str, list[str]]:
    """Which targets of a case are corrected, and by which corrections (oldest first): what the
    case and disclosure views mark as corrected."""
    marks: dict[str, list[str]] = {}
    for c in session.scalars(
        select(Correction).where(Correction.case_id == case_id).order_by(Correction.id)
    ):
        marks.setdefault(c.target, []).append(c.reference)
    return marks


def _released(session: Session, case: Case, reference: str) -> DisclosureRequest:
    request = session.scalar(
        select(DisclosureRequest).where(DisclosureRequest.reference == reference)
    )
    if request is None or request.case_id != case.id:
        raise NotFound(f"Case {case.reference} has no disclosure {reference}.")
    if request.status is not DisclosureStatus.RELEASED:
        raise InvalidInput(
            f"{reference} is {request.status.value}, not released: nobody has received it.",
            hint="Change the item in the request itself; a correction is for data that has "
            "left the provider.",
        )
    return request


def original_text(session: Session, case: Case, target: CorrectionTarget) -> str:
    """The target's text as it stands (the latest correction, else the record itself)."""
    from gateway.disclosures.service import case_record, item_at

    if target.is_item:
        request = _released(session, case, target.disclosure)
        record = item_at(request, target.position).original_text
    else:
        record = case_record(case, target.text)[2]
    return latest_text(session, case.id, target.text) or record


def carried_by(session: Session, case: Case, target: CorrectionTarget) -> list[Carried]:
    """Every released disclosure that carried the target's data: the disclosure named, for an
    item; for a case record, every released disclosure of the case with an item made from it."""
    from gateway.disclosures.service import item_at

    if target.is_item:
        request = _released(session, case, target.disclosure)
        return [Carried(request, (item_at(request, target.position),))]
    out: list[Carried] = []
    for request in session.scalars(
        select(DisclosureRequest)
        .where(
            DisclosureRequest.case_id == case.id,
            DisclosureRequest.status == DisclosureStatus.RELEASED,
        )
        .order_by(DisclosureRequest.id)
    ):
        items = tuple(i for i in request.items if i.source_ref == target.text)
        if items:
            out.append(Carried(request, items))
    return out


def _copy_lawful_basis(
    session: Session, source: DisclosureRequest, notice: DisclosureRequest
) -> None:
    """The notice rests on the basis the original was shared on (every column, as recorded)."""
    if source.lawful_basis is None:
        return
    skip = {"id", "row_uid", "request_id"}
    entry = LawfulBasisEntry(request_id=notice.id)
    for column in LawfulBasisEntry.__table__.columns:
        if column.key not in skip:
            setattr(entry, column.key, getattr(source.lawful_basis, column.key))
    session.add(entry)
    notice.lawful_basis = entry


def prepare_notice(
    session: Session,
    actor: Actor,
    correction: Correction,
    carried: Carried,
    *,
    now: datetime,
) -> DisclosureRequest:
    """A draft correction notice to the recipient of one released disclosure: the corrected
    text of each item it carried, and why. It then goes through the gate like any request."""
    from gateway.disclosures.service import new_item

    original = carried.request
    assert original.released_at is not None
    notice = DisclosureRequest(
        reference=next_reference(session, "DR"),
        case_id=original.case_id,
        recipient_id=original.recipient_id,
        purpose=notice_purpose(original.reference, long_date(original.released_at)),
        processing_activity=original.processing_activity,
        rpc_discussion_reference=original.rpc_discussion_reference,
        subject_fields=[],
        prepared_by_id=actor.user.id,
        created_at=now,
        correction_id=correction.id,
        corrects_request_id=original.id,
    )
    session.add(notice)
    session.flush()
    for item in carried.items:
        new_item(
            session,
            notice,
            ItemContent(
                kind=ItemKind.NOTE,
                label=f"Corrects item {item.position} of {original.reference} ({item.label})",
                text=correction.corrected_text,
                special_categories=frozenset(SpecialCategory(c) for c in item.special_categories),
                criminal_offence=item.criminal_offence,
            ),
            source_ref=None,
        )
    new_item(
        session,
        notice,
        ItemContent(kind=ItemKind.NOTE, label="Why it is corrected", text=correction.reason),
    )
    _copy_lawful_basis(session, original, notice)
    case = session.get(Case, original.case_id)
    recipient = session.get(Recipient, original.recipient_id)
    assert case is not None and recipient is not None
    append_event(
        session,
        case,
        actor,
        "disclosure_prepared",
        f"Correction notice {notice.reference} to {recipient.reference} for "
        f"{original.reference} (correction {correction.reference}).",
        now=now,
    )
    session.flush()
    return notice


def notices_of(session: Session, correction: Correction) -> list[DisclosureRequest]:
    return list(
        session.scalars(
            select(DisclosureRequest)
            .where(DisclosureRequest.correction_id == correction.id)
            .order_by(DisclosureRequest.id)
        )
    )
