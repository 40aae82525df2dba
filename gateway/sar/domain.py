"""Subject access rules as plain Python: deadlines and the DPO's per-item decisions.

UK GDPR Art 12(3): respond within one month of receipt, extendable by two further months
where requests are complex or numerous; the person must be told of the extension, with the
reasons, within the first month. DPA 2018 Sch 2 para 2 (crime and taxation) lets the DPO
withhold an item only to the extent that disclosing it would be likely to prejudice the
prevention or detection of crime: the prejudice must be reasoned, item by item.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from gateway.errors import InvalidInput, InvalidTransition
from gateway.training.domain import add_months

CRIME_EXEMPTION = "dpa2018.sch2.para2"
MIN_REASONING_CHARS = 40


class SARStatus(StrEnum):
    OPEN = "open"
    RESPONDED = "responded"


class ItemDecision(StrEnum):
    PENDING = "pending"
    DISCLOSE = "disclose"
    WITHHOLD = "withhold"


class ItemKind(StrEnum):
    CASE = "case"
    CONCERN = "concern"
    CHRONOLOGY = "chronology"
    EVIDENCE = "evidence"
    DECISION = "decision"
    DISCLOSURE = "disclosure"
    NON_DISCLOSURE = "non_disclosure"
    SHARING_LOG = "sharing_log"


def one_month_after(received: date) -> date:
    """The corresponding day of the next month, or its last day when there is none (ICO)."""
    return add_months(received, 1)


def extended_deadline(received: date) -> date:
    """One month plus two further months from receipt."""
    return add_months(received, 3)


def check_extension(
    *, received: date, already_extended: bool, reason: str, today: date
) -> date:
    """The new deadline, or InvalidInput/InvalidTransition saying why it cannot be extended."""
    if already_extended:
        raise InvalidTransition(
            "This request has already been extended; the law allows two further months once."
        )
    if not reason.strip():
        raise InvalidInput(
            "Record why the request is complex or why there are numerous requests "
            "(UK GDPR Art 12(3)); the student must be told the reason."
        )
    if today > one_month_after(received):
        raise InvalidInput(
            f"The one-month deadline ({one_month_after(received).isoformat()}) has passed; an "
            "extension must be decided and told to the student within the first month.",
            hint="Respond now; record the late response.",
        )
    return extended_deadline(received)


def check_item_decision(decision: ItemDecision, reasoning: str | None) -> str | None:
    """Withholding needs the prejudice reasoning; disclosing needs none. Returns the exemption."""
    if decision is ItemDecision.PENDING:
        raise InvalidInput("Decide to disclose or to withhold.")
    if decision is ItemDecision.WITHHOLD:
        if reasoning is None or len(reasoning.strip()) < MIN_REASONING_CHARS:
            raise InvalidInput(
                "Withholding under DPA 2018 Sch 2 para 2 needs the reasoning: how disclosing "
                "this item would be likely to prejudice the prevention or detection of crime.",
                hint=f"Write at least {MIN_REASONING_CHARS} characters about this item; a "
                "blanket reason is not enough.",
            )
        return CRIME_EXEMPTION
    return None


def days_left(due: date, today: date) -> int:
    return (due - today).days
