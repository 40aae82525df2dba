"""Requests from third parties: the legal powers they are made under, deadlines, states."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from gateway.disclosures.lawful_basis import Art6Basis
from gateway.errors import InvalidInput


class LegalPower(StrEnum):
    """What the requester relies on to ask (recorded as a code; the stated purpose is kept as
    well, in their words)."""

    CHANNEL_S38 = "ctsa2015.s38"
    CRIME_SCH2_PARA2 = "dpa2018.sch2.para2"
    COURT_ORDER = "court_order"
    STATED_PURPOSE = "stated_purpose"

    @property
    def words(self) -> str:
        return LEGAL_POWER_WORDS[self]

    @property
    def art6_basis(self) -> Art6Basis:
        """The Art 6 basis an answer starts from (the Prevent Lead can change it)."""
        return ART6_FOR_POWER[self]


LEGAL_POWER_WORDS: dict[LegalPower, str] = {
    LegalPower.CHANNEL_S38: "Counter-Terrorism and Security Act 2015, s.38: partners of a Channel "
    "panel co-operate with it",
    LegalPower.CRIME_SCH2_PARA2: "DPA 2018 Sch 2 para 2: the prevention or detection of crime",
    LegalPower.COURT_ORDER: "a court order",
    LegalPower.STATED_PURPOSE: "no legal power: the purpose the requester stated",
}

#: Co-operating with a Channel panel (s.38) and obeying a court order are legal obligations; a
#: request for the prevention of crime, or any other, is answered in the public task.
ART6_FOR_POWER: dict[LegalPower, Art6Basis] = {
    LegalPower.CHANNEL_S38: Art6Basis.LEGAL_OBLIGATION,
    LegalPower.CRIME_SCH2_PARA2: Art6Basis.PUBLIC_TASK,
    LegalPower.COURT_ORDER: Art6Basis.LEGAL_OBLIGATION,
    LegalPower.STATED_PURPOSE: Art6Basis.PUBLIC_TASK,
}


class RequestState(StrEnum):
    OPEN = "open"
    #: An answer is being prepared (a disclosure request exists and is not decided).
    ANSWER_IN_PREPARATION = "answer_in_preparation"
    ANSWERED = "answered"
    REFUSED = "refused"


def parse_power(text: str) -> LegalPower:
    try:
        return LegalPower((text or "").strip())
    except ValueError:
        raise InvalidInput(
            f"'{text}' is not a legal power a request can be made under.",
            hint="One of: " + ", ".join(p.value for p in LegalPower) + ".",
        ) from None


def check_request(
    *,
    requester: str,
    organisation: str,
    purpose: str,
    asked_for: str,
    received_on: date,
    deadline: date,
    today: date,
) -> None:
    """Everything a request record needs, or a clear error naming what is missing."""
    for value, what in (
        (requester, "who made the request"),
        (organisation, "the organisation they made it for"),
        (purpose, "the purpose they stated"),
        (asked_for, "what they asked for"),
    ):
        if not value.strip():
            raise InvalidInput(f"Record {what}.", hint="A request is recorded as it was made.")
    if received_on > today:
        raise InvalidInput(f"The date received ({received_on.isoformat()}) is in the future.")
    if deadline < received_on:
        raise InvalidInput(
            f"The deadline ({deadline.isoformat()}) is before the request was received "
            f"({received_on.isoformat()})."
        )


def answer_purpose(reference: str, organisation: str, power: LegalPower, purpose: str) -> str:
    """The purpose of the disclosure answering a request: the request's, as it was made."""
    return (
        f"In answer to request {reference} from {organisation}, made under {power.words}. "
        f"Purpose stated: {purpose.strip()}"
    )


def answer_notice(reference: str, organisation: str, received_on: str) -> str:
    """The line an answer opens with: it answers a request, it is not a referral."""
    return (
        f"This answers request {reference} from {organisation}, received on {received_on}. "
        "It is not a referral by the provider."
    )
