"""Restriction (Art 18) and objection (Art 21) as plain rules: what a request needs, which
grounds let a disclosure go on, and what lifting needs."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from gateway.errors import InvalidInput


class RightKind(StrEnum):
    RESTRICTION = "restriction"  # UK GDPR Art 18
    OBJECTION = "objection"  # UK GDPR Art 21

    @property
    def words(self) -> str:
        return {
            RightKind.RESTRICTION: "restriction of processing (Art 18)",
            RightKind.OBJECTION: "objection to processing (Art 21)",
        }[self]


class RestrictionReason(StrEnum):
    """Art 18(1): why the student asks for the processing to be restricted."""

    ACCURACY_CONTESTED = "accuracy_contested"  # (a)
    UNLAWFUL_PROCESSING = "unlawful_processing"  # (b)
    NEEDED_FOR_LEGAL_CLAIMS = "needed_for_legal_claims"  # (c)
    OBJECTION_PENDING = "objection_pending"  # (d)

    @property
    def words(self) -> str:
        return RESTRICTION_REASON_WORDS[self]


RESTRICTION_REASON_WORDS = {
    RestrictionReason.ACCURACY_CONTESTED: "Art 18(1)(a): the student contests the accuracy of "
    "the data",
    RestrictionReason.UNLAWFUL_PROCESSING: "Art 18(1)(b): the processing is unlawful and the "
    "student asks for restriction instead of erasure",
    RestrictionReason.NEEDED_FOR_LEGAL_CLAIMS: "Art 18(1)(c): the student needs the data kept "
    "for a legal claim",
    RestrictionReason.OBJECTION_PENDING: "Art 18(1)(d): the student objected and the grounds "
    "are being weighed",
}


class Ground(StrEnum):
    """The lawful grounds on which processing goes on despite a restriction (Art 18(2)) or an
    objection (Art 21(1)); the codes are what the sharing log records."""

    CONSENT = "art18.2.consent"
    LEGAL_CLAIMS = "art18.2.legal_claims"
    ANOTHER_PERSON = "art18.2.another_person"
    PUBLIC_INTEREST = "art18.2.public_interest"
    COMPELLING_GROUNDS = "art21.1.compelling_grounds"
    OBJECTION_LEGAL_CLAIMS = "art21.1.legal_claims"

    @property
    def words(self) -> str:
        return GROUND_WORDS[self]


GROUND_WORDS = {
    Ground.CONSENT: "Art 18(2): with the student's consent",
    Ground.LEGAL_CLAIMS: "Art 18(2): for the establishment, exercise or defence of legal claims",
    Ground.ANOTHER_PERSON: "Art 18(2): for the protection of the rights of another person",
    Ground.PUBLIC_INTEREST: "Art 18(2): for reasons of important public interest",
    Ground.COMPELLING_GROUNDS: "Art 21(1): compelling legitimate grounds that override the "
    "student's interests, rights and freedoms",
    Ground.OBJECTION_LEGAL_CLAIMS: "Art 21(1): for the establishment, exercise or defence of "
    "legal claims",
}

GROUNDS_FOR: dict[RightKind, tuple[Ground, ...]] = {
    RightKind.RESTRICTION: (
        Ground.CONSENT,
        Ground.LEGAL_CLAIMS,
        Ground.ANOTHER_PERSON,
        Ground.PUBLIC_INTEREST,
    ),
    RightKind.OBJECTION: (Ground.COMPELLING_GROUNDS, Ground.OBJECTION_LEGAL_CLAIMS),
}


class GroundSource(StrEnum):
    """Who recorded a ground: the DPO, or the SMT member authorising an emergency release (for
    a risk to life only), whose ground the DPO's retrospective review confirms or rejects."""

    DPO = "dpo"
    EMERGENCY = "emergency"


#: Reasons that a DPO, a court or the ICO can weigh: not a word or two.
MIN_REASONS_CHARS = 40


def _words(text: str) -> str:
    return " ".join(text.split())


def check_request(
    kind: RightKind,
    *,
    requested_by: str,
    requested_on: date | None,
    scope: str,
    reasons: str,
    restriction_reason: RestrictionReason | None,
    today: date,
) -> None:
    """What a restriction or objection must record: who asked, when, its scope and reasons."""
    if not requested_by.strip() or len(requested_by) > 200:
        raise InvalidInput(
            "Say who asked (the student, or who acts for them), in at most 200 characters.",
        )
    if requested_on is None:
        raise InvalidInput("Give the date the request was received.")
    if requested_on > today:
        raise InvalidInput(f"The date received ({requested_on.isoformat()}) is in the future.")
    if not scope.strip():
        raise InvalidInput(
            "Say what the request covers (its scope).",
            hint="For example: every disclosure to the police, or all sharing from this case.",
        )
    if len(_words(reasons)) < MIN_REASONS_CHARS:
        raise InvalidInput(
            f"Record the student's reasons in at least {MIN_REASONS_CHARS} characters.",
        )
    if kind is RightKind.RESTRICTION and restriction_reason is None:
        raise InvalidInput(
            "Choose which case of Art 18(1) the student relies on.",
            hint="; ".join(r.words for r in RestrictionReason) + ".",
        )
    if kind is RightKind.OBJECTION and restriction_reason is not None:
        raise InvalidInput("An objection (Art 21) has no Art 18(1) reason.")


def check_ground(kind: RightKind, ground: Ground | None, reasons: str) -> Ground:
    """The ground fits the right (Art 18(2) for a restriction, Art 21(1) for an objection) and
    is reasoned; returns it."""
    allowed = GROUNDS_FOR[kind]
    if ground is None or ground not in allowed:
        raise InvalidInput(
            f"That is not a ground on which a disclosure goes on despite an {kind.words}."
            if ground is not None
            else "Choose the lawful ground to go on.",
            hint="One of: " + "; ".join(f"{g.value} ({g.words})" for g in allowed) + ".",
        )
    if len(_words(reasons)) < MIN_REASONS_CHARS:
        raise InvalidInput(
            f"Explain in at least {MIN_REASONS_CHARS} characters why the ground applies to "
            "this disclosure.",
        )
    return ground


def check_lift(kind: RightKind, *, reason: str, student_told_on: date | None, today: date) -> None:
    """Lifting is reasoned, and a restriction is lifted only once the student has been told
    (Art 18(3))."""
    if not reason.strip():
        raise InvalidInput("Say why it is lifted.")
    if kind is RightKind.RESTRICTION:
        if student_told_on is None:
            raise InvalidInput(
                "The student must be told before a restriction is lifted (UK GDPR Art 18(3)).",
                hint="Tell the student first, then record the date you told them.",
            )
    if student_told_on is not None and student_told_on > today:
        raise InvalidInput(
            f"The date the student was told ({student_told_on.isoformat()}) is in the future.",
            hint="Record it once they have been told.",
        )
