"""Subject access rules as plain Python: deadlines, the clock, the DPO's per-item decisions,
third parties, and which items reveal a withheld one.

UK GDPR Art 12(3): respond within one month of receipt, extendable by two further months
where requests are complex or numerous; the person must be told of the extension, with the
reasons, within the first month. Art 12A (inserted by the Data (Use and Access) Act 2025, in
force 5 February 2026): the time does not run while the controller waits, having asked for it,
for information to confirm the requester's identity or to clarify the request ("stop the
clock"). DPA 2018 Sch 2 para 2 (crime and taxation) lets the DPO withhold an item only to the
extent that disclosing it would be likely to prejudice the prevention or detection of crime:
the prejudice must be reasoned, item by item. DPA 2018 Sch 2 para 16: another person's data is
disclosed only with their consent or where it is reasonable to disclose it without; decided
person by person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from gateway.errors import InvalidInput, InvalidTransition
from gateway.training.domain import add_months

CRIME_EXEMPTION = "dpa2018.sch2.para2"
MIN_REASONING_CHARS = 40


#: A run of this many consecutive words shared with a withheld item reveals it.
REVEALING_RUN_WORDS = 8


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


class RequesterKind(StrEnum):
    """Who asked: the student a case is about, or another person named in a case."""

    STUDENT = "student"
    PERSON = "person"


class PauseReason(StrEnum):
    """Why the clock stops (UK GDPR Art 12A)."""

    IDENTITY = "identity"
    CLARIFICATION = "clarification"

    @property
    def label(self) -> str:
        return {
            PauseReason.IDENTITY: "waiting for information to confirm the requester's identity",
            PauseReason.CLARIFICATION: "waiting for the requester to clarify the request",
        }[self]


class IdentityMethod(StrEnum):
    """How the requester's identity was confirmed."""

    UNIVERSITY_ACCOUNT = "university_account"
    PHOTO_ID = "photo_id"
    IN_PERSON = "in_person"
    KNOWN_DETAILS = "known_details"
    OTHER = "other"

    @property
    def label(self) -> str:
        return IDENTITY_METHOD_LABELS[self]


IDENTITY_METHOD_LABELS: dict[IdentityMethod, str] = {
    IdentityMethod.UNIVERSITY_ACCOUNT: "the request came from the person's own university account",
    IdentityMethod.PHOTO_ID: "photographic identity document checked",
    IdentityMethod.IN_PERSON: "seen in person by a member of staff who knows them",
    IdentityMethod.KNOWN_DETAILS: "details only the person would know matched our records",
    IdentityMethod.OTHER: "another method (described)",
}


class ThirdPartyDecision(StrEnum):
    """DPA 2018 Sch 2 para 16 for one other person in the pack."""

    PENDING = "pending"
    CONSENT = "consent"
    REASONABLE = "reasonable"
    WITHHOLD = "withhold"

    @property
    def label(self) -> str:
        return {
            ThirdPartyDecision.PENDING: "not decided",
            ThirdPartyDecision.CONSENT: "disclosed: they consented",
            ThirdPartyDecision.REASONABLE: "disclosed: reasonable without their consent",
            ThirdPartyDecision.WITHHOLD: "withheld: redacted from the pack",
        }[self]


class PairResolution(StrEnum):
    """What the DPO decided about an item that reveals a withheld one (withholding the
    revealing item is a decision on that item itself)."""

    REDACT = "redact"
    DISCLOSE = "disclose"


@dataclass(frozen=True)
class PersonToFind:
    """A requester who is not the case's student: by their entry on a case's roster, or by the
    name and identifiers they gave."""

    name: str
    case_reference: str | None = None
    identifiers: tuple[str, ...] = ()


def one_month_after(received: date) -> date:
    """The corresponding day of the next month, or its last day when there is none (ICO)."""
    return add_months(received, 1)


def extended_deadline(received: date) -> date:
    """One month plus two further months from receipt."""
    return add_months(received, 3)


def paused_days(pauses: Iterable[tuple[date, date | None]], today: date) -> int:
    """Days the clock stood still: each pause from the day it began to the day it ended (or
    today, while it lasts)."""
    return sum(max(0, ((end or today) - start).days) for start, end in pauses)


def due_date(received: date, *, extended: bool, paused: int) -> date:
    """The day the answer is due: one month from receipt (three if extended), moved on by
    every day the clock was stopped (Art 12A)."""
    base = extended_deadline(received) if extended else one_month_after(received)
    return base + timedelta(days=paused)


def check_pause(*, paused_now: bool, reason: PauseReason, text: str,
                identity_verified: bool) -> str:
    """The pause's recorded reason, or why the clock cannot be stopped."""
    if paused_now:
        raise InvalidTransition("The clock is already stopped for this request.",
                                hint="Resume it first, then stop it again for another reason.")
    if reason is PauseReason.IDENTITY and identity_verified:
        raise InvalidTransition(
            "The requester's identity is already confirmed; the clock cannot stop for it."
        )
    if not text.strip():
        raise InvalidInput(
            "Say what was asked of the requester and when (UK GDPR Art 12A): the clock stops "
            "only while that information is awaited."
        )
    return text.strip()


def check_identity(method: IdentityMethod, details: str | None) -> str | None:
    """The details recorded with the method (required for 'other')."""
    cleaned = (details or "").strip() or None
    if method is IdentityMethod.OTHER and cleaned is None:
        raise InvalidInput("Describe how the requester's identity was confirmed.")
    return cleaned


def check_extension(
    *, received: date, already_extended: bool, reason: str, today: date, paused: int = 0
) -> date:
    """The new deadline, or InvalidInput/InvalidTransition saying why it cannot be extended.
    The first month counts only the days the clock ran."""
    if already_extended:
        raise InvalidTransition(
            "This request has already been extended; the law allows two further months once."
        )
    if not reason.strip():
        raise InvalidInput(
            "Record why the request is complex or why there are numerous requests "
            "(UK GDPR Art 12(3)); the student must be told the reason."
        )
    first_month = due_date(received, extended=False, paused=paused)
    if today > first_month:
        raise InvalidInput(
            f"The one-month deadline ({first_month.isoformat()}) has passed; an "
            "extension must be decided and told to the requester within the first month.",
            hint="Respond now; record the late response.",
        )
    return due_date(received, extended=True, paused=paused)


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


def check_third_party(decision: ThirdPartyDecision, reasoning: str | None) -> str | None:
    """Sch 2 para 16: disclosing another person's data needs their consent (say how it was
    given) or the reasons it is reasonable without it; withholding needs no reasons."""
    text = (reasoning or "").strip() or None
    if decision is ThirdPartyDecision.PENDING:
        raise InvalidInput("Decide: consent, reasonable to disclose without consent, or withhold.")
    if decision is ThirdPartyDecision.CONSENT and text is None:
        raise InvalidInput("Record how and when the person consented.")
    if decision is ThirdPartyDecision.REASONABLE and (
        text is None or len(text) < MIN_REASONING_CHARS
    ):
        raise InvalidInput(
            "Disclosing another person's data without their consent needs the reasons it is "
            "reasonable (DPA 2018 Sch 2 para 16(3)): the kind of information, any duty of "
            "confidence, whether consent was sought or could be given, and any refusal.",
            hint=f"Write at least {MIN_REASONING_CHARS} characters about this person.",
        )
    return text


def check_pair_resolution(resolution: PairResolution, reasoning: str | None) -> str | None:
    """Disclosing an item that reveals a withheld one needs the reasons it is right."""
    text = (reasoning or "").strip() or None
    if resolution is PairResolution.DISCLOSE and (
        text is None or len(text) < MIN_REASONING_CHARS
    ):
        raise InvalidInput(
            "Record why disclosing this item is right although it reveals a withheld one.",
            hint=f"Write at least {MIN_REASONING_CHARS} characters about this pair.",
        )
    return text


# --- which items reveal a withheld one ----------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def words(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` (case-folded) with their character offsets."""
    return [(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]


def shared_runs(
    withheld: Sequence[str], other: str, run: int = REVEALING_RUN_WORDS
) -> list[tuple[int, int]]:
    """Character spans of ``other`` covered by a run of ``run`` or more consecutive words that
    also occur, in the same order, in one of the ``withheld`` texts (merged, in order)."""
    grams: set[tuple[str, ...]] = set()
    for text in withheld:
        ws = [w for w, _, _ in words(text)]
        grams.update(tuple(ws[i : i + run]) for i in range(len(ws) - run + 1))
    if not grams:
        return []
    mine = words(other)
    spans: list[tuple[int, int]] = []
    for i in range(len(mine) - run + 1):
        if tuple(w for w, _, _ in mine[i : i + run]) in grams:
            start, end = mine[i][1], mine[i + run - 1][2]
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
    return spans


def names_person(text: str, forms: Iterable[str]) -> bool:
    """Whether ``text`` names the person: one of ``forms`` (their name, aliases, identifiers)
    as whole words, whatever the case and spacing."""
    for form in forms:
        parts = form.split()
        if not parts:
            continue
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, parts)) + r"(?!\w)"
        if re.search(pattern, text, re.IGNORECASE):
            return True
    return False
