"""Every user action on a request from a Channel panel or the police.

A request is recorded on the student's case (opening one if the student has none); it is
answered by a disclosure request that goes through the same gate as any package - items, the
redaction, the lawful basis, the DPO's approval of its content, the release - but needs no
referral decision, since the provider did not start it; or it is refused with reasons, recorded
and logged as a decision not to share.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.actor import Actor
from gateway.cases.domain import SubjectDetails
from gateway.cases.service import append_event
from gateway.clock import Clock
from gateway.config import Settings
from gateway.disclosures import service as disclosures
from gateway.disclosures.lawful_basis import LawfulBasisRecord
from gateway.disclosures.models import DisclosureRequest, LawfulBasisEntry
from gateway.disclosures.views import DisclosureView, disclosure_view
from gateway.errors import Conflict, InvalidInput
from gateway.recipients.service import require_active_recipient
from gateway.references import next_reference
from gateway.requests import service
from gateway.requests.domain import (
    LegalPower,
    RequestState,
    answer_purpose,
    check_request,
)
from gateway.requests.models import ThirdPartyRequest
from gateway.requests.views import (
    RecipientOption,
    RequestsPageView,
    RequestSummary,
    RequestView,
    request_summary,
    request_view,
)
from gateway.sharing import SharingLogWriter
from gateway.users.domain import Action


def open_request(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    recipient_reference: str,
    requester: str,
    organisation: str,
    legal_power: LegalPower,
    purpose: str,
    asked_for: str,
    deadline: date,
    received_on: date | None = None,
    case_reference: str | None = None,
    subject: SubjectDetails | None = None,
) -> RequestView:
    """Record a request as it was made, on the named case or the student's (opened if none)."""
    actor.require(Action.REQUEST_MANAGE)
    today = clock.today()
    received = received_on or today
    check_request(
        requester=requester,
        organisation=organisation,
        purpose=purpose,
        asked_for=asked_for,
        received_on=received,
        deadline=deadline,
        today=today,
    )
    recipient = require_active_recipient(session, recipient_reference)
    now = clock.now()
    case = service.case_for(session, actor, case_reference, subject, now=now)
    asked = ThirdPartyRequest(
        reference=next_reference(session, "TPR", now.year),
        case_id=case.id,
        recipient_id=recipient.id,
        requester=requester.strip(),
        organisation=organisation.strip(),
        legal_power=legal_power,
        purpose=purpose.strip(),
        asked_for=asked_for.strip(),
        received_on=received,
        deadline=deadline,
        opened_by_id=actor.user.id,
        opened_at=now,
    )
    session.add(asked)
    session.flush()
    append_event(
        session,
        case,
        actor,
        "request_received",
        f"Request {asked.reference} from {recipient.reference} ({legal_power.value}) received "
        f"{received.isoformat()}, answer by {deadline.isoformat()}.",
        now=now,
    )
    return request_view(session, asked, today)


def list_requests(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    open_only: bool = False,
) -> list[RequestSummary]:
    """Requests, nearest deadline first (no case text: references, dates and states)."""
    actor.require(Action.REQUEST_READ)
    today = clock.today()
    rows = [
        request_summary(session, r, today)
        for r in session.scalars(
            select(ThirdPartyRequest).order_by(ThirdPartyRequest.deadline, ThirdPartyRequest.id)
        )
    ]
    if open_only:
        rows = [
            r for r in rows if r.state in (RequestState.OPEN, RequestState.ANSWER_IN_PREPARATION)
        ]
    return rows


def requests_page(
    session: Session, actor: Actor, clock: Clock, settings: Settings
) -> RequestsPageView:
    """Every request, and the active recipients a new request can be recorded from."""
    from gateway.recipients.models import Recipient

    rows = list_requests(session, actor, clock, settings)
    actor.require(Action.RECIPIENTS_READ)
    recipients = session.scalars(
        select(Recipient).where(Recipient.active.is_(True)).order_by(Recipient.id)
    )
    return RequestsPageView(
        requests=rows,
        recipients=[
            RecipientOption(
                reference=r.reference, name=f"{r.name}, {r.organisation}", kind=r.kind.value
            )
            for r in recipients
        ],
        powers=list(LegalPower),
    )


def read_request(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> RequestView:
    """The request in full, as it was made; the read is recorded in the access log."""
    actor.require(Action.REQUEST_READ)
    asked = service.load_request(session, reference)
    record_access(
        session, actor, action="request.read", object_type="request", object_ref=reference
    )
    return request_view(session, asked, clock.today())


def _require_open(session: Session, asked: ThirdPartyRequest) -> None:
    state, outcome = service.state_of(session, asked)
    if state is RequestState.OPEN:
        return
    words = {
        RequestState.ANSWER_IN_PREPARATION: f"is being answered by {outcome}",
        RequestState.ANSWERED: f"was answered by {outcome}",
        RequestState.REFUSED: f"was refused ({outcome})",
    }[state]
    raise Conflict(
        f"Request {asked.reference} {words}.",
        hint="An answer being prepared can be withdrawn first; a decided request stays decided.",
    )


def answer(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> DisclosureView:
    """Start the disclosure that answers the request: to the requester's organisation, with the
    request's purpose and the Art 6 basis of its legal power. The Prevent Lead then chooses the
    items and completes the lawful basis, and it goes to the DPO like any request."""
    actor.require(Action.REQUEST_MANAGE)
    actor.require(Action.DISCLOSURE_PREPARE)
    asked = service.load_request(session, reference)
    _require_open(session, asked)
    recipient = require_active_recipient(session, _recipient_reference(session, asked))
    now = clock.now()
    power = asked.legal_power
    request = DisclosureRequest(
        reference=next_reference(session, "DR"),
        case_id=asked.case_id,
        recipient_id=recipient.id,
        purpose=answer_purpose(asked.reference, asked.organisation, power, asked.purpose),
        prepared_by_id=actor.user.id,
        created_at=now,
        third_party_request_id=asked.id,
    )
    session.add(request)
    session.flush()
    basis = LawfulBasisRecord(
        art6_basis=power.art6_basis,
        necessity=f"{asked.organisation} asked for it under {power.words}: {asked.asked_for}",
        relies_on_sch2_para2=power is LegalPower.CRIME_SCH2_PARA2,
    )
    entry = LawfulBasisEntry(request_id=request.id)
    for name in LawfulBasisRecord.__dataclass_fields__:
        setattr(entry, name, getattr(basis, name))
    session.add(entry)
    request.lawful_basis = entry
    case = disclosures.case_of(session, request)
    append_event(
        session,
        case,
        actor,
        "disclosure_prepared",
        f"Disclosure request {request.reference} answering request {asked.reference}.",
        now=now,
    )
    session.flush()
    return disclosure_view(session, request, settings)


def _recipient_reference(session: Session, asked: ThirdPartyRequest) -> str:
    from gateway.recipients.models import Recipient

    recipient = session.get(Recipient, asked.recipient_id)
    assert recipient is not None
    return recipient.reference


def refuse(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    reason: str,
    *,
    log: SharingLogWriter,
) -> RequestView:
    """Refuse the request with reasons: recorded, and logged as a decision not to share that
    names the request."""
    actor.require(Action.REQUEST_MANAGE)
    asked = service.load_request(session, reference)
    if not reason.strip():
        raise InvalidInput(
            "Give the reasons for refusing; the requester, the DPO and auditors may read them."
        )
    _require_open(session, asked)
    now = clock.now()
    decision = disclosures.non_disclosure(
        session,
        actor,
        asked.case_id,
        reason,
        log,
        "request_refused",
        recipient_id=asked.recipient_id,
        third_party_request=asked.reference,
        now=now,
    )
    asked.refused_by_id = actor.user.id
    asked.refused_at = now
    asked.refusal_reason = reason.strip()
    asked.refusal_reference = decision.reference
    session.flush()
    return request_view(session, asked, clock.today())
