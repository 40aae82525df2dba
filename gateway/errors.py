"""Typed errors. Every message says what is wrong and what the person can do about it."""

from __future__ import annotations


class GatewayError(Exception):
    """Base of every error the gateway reports to a person."""

    #: Short machine-readable code used by the API (problem details ``type``) and tests.
    code = "gateway-error"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        #: Who was refused (user id, door, source), when a proven caller was refused at the
        #: door, before any use case ran: so the refused attempt can still be recorded.
        self.refused_caller: tuple[int, str, str | None] | None = None

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class NotFound(GatewayError):
    code = "not-found"


class NotPermitted(GatewayError):
    code = "not-permitted"


class InvalidInput(GatewayError):
    code = "invalid-input"


class Conflict(GatewayError):
    code = "conflict"


class SetupRequired(GatewayError):
    code = "setup-required"


class DisclosureRefused(GatewayError):
    """A rule of the Prevent policy or data-protection law forbids this disclosure step."""

    code = "disclosure-refused"


class NoReferralDecision(DisclosureRefused):
    code = "no-referral-decision"


class ChannelDiscussionMissing(DisclosureRefused):
    code = "channel-discussion-missing"


class RecipientNotAllowed(DisclosureRefused):
    code = "recipient-not-allowed"


class LawfulBasisMissing(DisclosureRefused):
    code = "lawful-basis-missing"


class LegitimateInterestsUnavailable(DisclosureRefused):
    code = "legitimate-interests-unavailable"


class SpecialCategoryConditionMissing(DisclosureRefused):
    code = "special-category-condition-missing"


class CriminalOffenceConditionMissing(DisclosureRefused):
    code = "criminal-offence-condition-missing"


class AppropriatePolicyDocumentMissing(DisclosureRefused):
    code = "appropriate-policy-document-missing"


class AppropriatePolicyDocumentOutOfDate(DisclosureRefused):
    code = "appropriate-policy-document-out-of-date"


class AppropriatePolicyDocumentNotCovering(DisclosureRefused):
    code = "appropriate-policy-document-not-covering"


class SeparationOfDuties(DisclosureRefused):
    code = "separation-of-duties"


class ApprovalVoided(DisclosureRefused):
    code = "approval-voided"


class RedactionIncomplete(DisclosureRefused):
    """An item that carries free text has not been redacted as it stands, or a finding of the
    redaction has not been reviewed: nothing leaves that nobody checked."""

    code = "redaction-incomplete"


class ContentChanged(DisclosureRefused):
    """The content an approval or an emergency authorisation names is not the request's
    content now: the person decided on something other than what would be sent."""

    code = "content-changed"


class RestrictionInForce(DisclosureRefused):
    """The student has restricted the processing (Art 18) or objected to it (Art 21), and no
    lawful ground to go on is recorded for this disclosure."""

    code = "restriction-in-force"


class NotApproved(DisclosureRefused):
    code = "not-approved"


class DPIARequired(DisclosureRefused):
    code = "dpia-required"


class InvalidTransition(GatewayError):
    code = "invalid-transition"
