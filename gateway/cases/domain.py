"""The policy's vocabulary for concerns, cases and decisions, and the rules on decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from gateway.errors import InvalidInput


class ConcernSource(StrEnum):
    """Who raised the concern (policy 5.3, 7.1-7.5)."""

    STAFF = "staff"
    ASSOCIATE_TUTOR = "associate_tutor"
    STUDENT_VIA_SUPPORT_TEAM = "student_via_support_team"
    SOCIAL_MEDIA_REPORT = "social_media_report"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Seriousness(StrEnum):
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    SERIOUS_AND_IMMEDIATE = "serious_and_immediate"


class Outcome(StrEnum):
    """The three outcomes of policy 9.2."""

    NO_FURTHER_ACTION = "no_further_action"
    INTERNAL_ACTION = "internal_action"
    REFERRAL = "referral"


class ReferralGround(StrEnum):
    """Policy 9.2: a referral is taken only on one of these grounds."""

    SERIOUS_IMMEDIATE_SAFETY = "serious_immediate_safety"
    CRIMINAL_ACT = "criminal_act"


class PersonRole(StrEnum):
    """People recorded in a case; the redaction roster is built from them."""

    SUBJECT_ALIAS = "subject_alias"
    REFERRER = "referrer"
    WITNESS = "witness"
    STAFF = "staff"
    FAMILY = "family"
    OTHER = "other"


#: Chronology events whose summary the gateway writes itself, from references, codes and role
#: words ("Concern 3 raised (associate tutor)."); only a "note" is someone's free text.
GATEWAY_WRITTEN_EVENTS = frozenset(
    {
        "case_opened",
        "correction",
        "request_received",
        "complaint",
        "concern_raised",
        "person_recorded",
        "evidence_added",
        "decision",
        "case_closed",
        "decision_not_to_share",
        "disclosure_prepared",
        "disclosure_released",
        "rpc_discussion",
        "restriction_recorded",
        "restriction_lifted",
        "restriction_ground_recorded",
        "decision_confirmed",
    }
)

#: A chronology entry's kind as people read it in a label; a kind not listed reads as its words.
EVENT_KIND_WORDS: dict[str, str] = {
    "rpc_discussion": "discussion with the Regional Prevent Coordinator",
    "rpc_discussion_note": "note of a discussion with the Regional Prevent Coordinator",
    "decision_confirmed": "decision confirmed by the SMT",
}


def event_kind_words(kind: str) -> str:
    """``case_opened`` -> "case opened": never the code itself in front of a person."""
    return EVENT_KIND_WORDS.get(kind, kind.replace("_", " "))


@dataclass(frozen=True)
class SubjectDetails:
    """Who a concern is about, as the person raising it knows them."""

    student_id: str
    name: str
    date_of_birth: date | None = None
    address: str | None = None


@dataclass(frozen=True)
class DecisionInput:
    seriousness: Seriousness
    outcome: Outcome
    rationale: str
    freedom_of_speech_consideration: str
    smt_usernames: tuple[str, ...]
    grounds: tuple[ReferralGround, ...] = ()
    actions: str | None = None
    review_date: date | None = None


def validate_decision(decision: DecisionInput, today: date) -> None:
    """Policy 9.1-9.2 as rules: raises InvalidInput naming what is missing."""
    if not decision.rationale.strip():
        raise InvalidInput(
            "A decision needs its rationale.", hint="Explain why this outcome was reached."
        )
    if not decision.freedom_of_speech_consideration.strip():
        raise InvalidInput(
            "A decision must record how freedom of speech was considered (policy 2.2-2.4).",
            hint="Say whether the views expressed were lawful and why action is proportionate.",
        )
    if not decision.smt_usernames:
        raise InvalidInput(
            "A decision is reached by the Prevent Lead with the Senior Management Team "
            "(policy 9.1): name at least one SMT member.",
        )
    if decision.outcome is Outcome.INTERNAL_ACTION:
        if not (decision.actions and decision.actions.strip()):
            raise InvalidInput(
                "Internal action needs the agreed actions (policy 9.2).",
                hint="Describe the supportive intervention agreed with staff.",
            )
        if decision.review_date is None:
            raise InvalidInput("Internal action needs a review date (policy 9.2).")
        if decision.review_date <= today:
            raise InvalidInput(
                f"The review date {decision.review_date.isoformat()} is not in the future.",
                hint="Choose a date after today.",
            )
    elif decision.review_date is not None or decision.actions:
        if decision.outcome is Outcome.NO_FURTHER_ACTION:
            raise InvalidInput(
                "No further action takes no actions or review date; "
                "choose internal action if a review is needed."
            )
    if decision.outcome is Outcome.REFERRAL:
        if not decision.grounds:
            raise InvalidInput(
                "A referral is taken only where there are serious and immediate safety issues "
                "or evidence that a criminal act may be or has been committed (policy 9.2).",
                hint="Record at least one ground: serious_immediate_safety or criminal_act.",
            )
    elif decision.grounds:
        raise InvalidInput("Referral grounds are recorded only with the outcome 'referral'.")
