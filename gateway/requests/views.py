"""What every door shows of a request from a Channel panel or the police."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from gateway.cases.models import Case
from gateway.recipients.models import Recipient
from gateway.requests.domain import LegalPower, RequestState
from gateway.requests.models import ThirdPartyRequest
from gateway.requests.service import state_of


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class RequestSummary(_View):
    """A request as listed: who it is from, by when, where it stands (no case text)."""

    reference: str = Field(description="The request's reference, e.g. TPR-2026-0001.")
    case_reference: str = Field(description="The case it is recorded on.")
    recipient_reference: str = Field(
        description="The registered recipient the answer goes to (the requester's organisation)."
    )
    recipient_name: str = Field(description="That recipient's name and organisation.")
    recipient_kind: str = Field(
        description="What kind of recipient: channel_panel, police_prevent_team or "
        "regional_prevent_coordinator."
    )
    legal_power: LegalPower = Field(
        description="What the request is made under: ctsa2015.s38, dpa2018.sch2.para2, "
        "court_order, or stated_purpose (none)."
    )
    legal_power_in_words: str = Field(description="The legal power in words.")
    received_on: date = Field(description="The day the request was received.")
    deadline: date = Field(description="The day the requester asked for an answer by.")
    days_left: int = Field(description="Days until the deadline (negative once it has passed).")
    overdue: bool = Field(description="Whether the deadline passed with the request still open.")
    state: RequestState = Field(description="open, answer_in_preparation, answered or refused.")
    outcome_reference: str | None = Field(
        description="The answer (DR-...) being prepared or released, or the recorded refusal "
        "(ND-...)."
    )


class RequestView(RequestSummary):
    """The request in full, as it was made (the read is recorded)."""

    requester: str = Field(description="Who made the request.")
    organisation: str = Field(description="The organisation they made it for.")
    purpose: str = Field(description="The purpose they stated.")
    asked_for: str = Field(description="What they asked for.")
    refusal_reason: str | None = Field(description="Why it was refused, if it was.")


class RecipientOption(_View):
    """A registered recipient a request can come from (and its answer go to)."""

    reference: str = Field(description="The recipient's reference, e.g. R-0002.")
    name: str = Field(description="The recipient's name and organisation.")
    kind: str = Field(description="What kind of recipient it is.")


class RequestsPageView(_View):
    """The requests page: every request, and the recipients a new one can be recorded from."""

    requests: list[RequestSummary] = Field(description="Every request, nearest deadline first.")
    recipients: list[RecipientOption] = Field(description="The active registered recipients.")
    powers: list[LegalPower] = Field(description="The legal powers a request can be made under.")


def _summary_fields(session: Session, asked: ThirdPartyRequest, today: date) -> dict[str, object]:
    case = session.get(Case, asked.case_id)
    recipient = session.get(Recipient, asked.recipient_id)
    assert case is not None and recipient is not None
    state, outcome = state_of(session, asked)
    days_left = (asked.deadline - today).days
    return {
        "reference": asked.reference,
        "case_reference": case.reference,
        "recipient_reference": recipient.reference,
        "recipient_name": f"{recipient.name}, {recipient.organisation}",
        "recipient_kind": recipient.kind.value,
        "legal_power": asked.legal_power,
        "legal_power_in_words": asked.legal_power.words,
        "received_on": asked.received_on,
        "deadline": asked.deadline,
        "days_left": days_left,
        "overdue": days_left < 0
        and state in (RequestState.OPEN, RequestState.ANSWER_IN_PREPARATION),
        "state": state,
        "outcome_reference": outcome,
    }


def request_summary(session: Session, asked: ThirdPartyRequest, today: date) -> RequestSummary:
    return RequestSummary.model_validate(_summary_fields(session, asked, today))


def request_view(session: Session, asked: ThirdPartyRequest, today: date) -> RequestView:
    return RequestView.model_validate(
        {
            **_summary_fields(session, asked, today),
            "requester": asked.requester,
            "organisation": asked.organisation,
            "purpose": asked.purpose,
            "asked_for": asked.asked_for,
            "refusal_reason": asked.refusal_reason,
        }
    )


__all__ = [
    "RecipientOption",
    "RequestSummary",
    "RequestView",
    "RequestsPageView",
    "request_summary",
    "request_view",
]
