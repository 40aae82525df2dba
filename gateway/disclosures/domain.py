"""Disclosure request states, data items and the content hash an approval binds to."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from gateway.disclosures.lawful_basis import SpecialCategory
from gateway.errors import InvalidInput, InvalidTransition


class DisclosureStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REFUSED = "refused"
    RELEASED = "released"
    WITHDRAWN = "withdrawn"


_TRANSITIONS: dict[DisclosureStatus, set[DisclosureStatus]] = {
    DisclosureStatus.DRAFT: {DisclosureStatus.SUBMITTED, DisclosureStatus.WITHDRAWN},
    # An edit after submission sends the request back to draft (the DPO has not seen it).
    DisclosureStatus.SUBMITTED: {
        DisclosureStatus.APPROVED,
        DisclosureStatus.REFUSED,
        DisclosureStatus.WITHDRAWN,
        DisclosureStatus.DRAFT,
        DisclosureStatus.RELEASED,  # emergency path only
    },
    DisclosureStatus.APPROVED: {
        DisclosureStatus.RELEASED,
        DisclosureStatus.WITHDRAWN,
        DisclosureStatus.DRAFT,
    },
    DisclosureStatus.REFUSED: set(),
    DisclosureStatus.RELEASED: set(),
    DisclosureStatus.WITHDRAWN: set(),
}


def check_transition(current: DisclosureStatus, target: DisclosureStatus) -> None:
    if target not in _TRANSITIONS[current]:
        raise InvalidTransition(
            f"A disclosure request that is {current.value} cannot become {target.value}.",
            hint=_hint(current),
        )


def _hint(current: DisclosureStatus) -> str:
    return {
        DisclosureStatus.DRAFT: "Submit it to the DPO first.",
        DisclosureStatus.SUBMITTED: "It is waiting for the DPO's decision.",
        DisclosureStatus.APPROVED: "It can be released or withdrawn.",
        DisclosureStatus.REFUSED: "The DPO refused it; prepare a new request if circumstances "
        "change.",
        DisclosureStatus.RELEASED: "It has already been released and is in the sharing log.",
        DisclosureStatus.WITHDRAWN: "It was withdrawn; prepare a new request if needed.",
    }[current]


class EmergencyGround(StrEnum):
    """The grounds on which the policy lets an SMT member authorise a release without the DPO;
    the one chosen is the ground code of the release's sharing-log entry."""

    RISK_TO_LIFE = "risk_to_life"
    SERIOUS_HARM = "serious_harm"
    IMMINENT_OFFENCE = "imminent_offence"

    @property
    def words(self) -> str:
        return EMERGENCY_GROUND_WORDS[self]


EMERGENCY_GROUND_WORDS = {
    EmergencyGround.RISK_TO_LIFE: "a serious and immediate risk to someone's life",
    EmergencyGround.SERIOUS_HARM: "a risk of serious harm to the student or others",
    EmergencyGround.IMMINENT_OFFENCE: "an offence about to be committed",
}

#: An emergency reason is read by the DPO's review and by auditors: a word or two ("x",
#: "urgent") says nothing about why the DPO could not decide.
MIN_EMERGENCY_REASON_CHARS = 40


def check_emergency_reason(ground: EmergencyGround | None, reason: str) -> str:
    """The authoriser chose a ground from the policy's list and explained it; returns the
    reason as recorded."""
    if ground is None:
        raise InvalidInput(
            "Choose the ground for the emergency release.",
            hint="One of: " + "; ".join(g.words for g in EmergencyGround) + ".",
        )
    text = " ".join(reason.split())
    if len(text) < MIN_EMERGENCY_REASON_CHARS:
        raise InvalidInput(
            f"Describe the emergency in at least {MIN_EMERGENCY_REASON_CHARS} characters: what "
            "the risk is, why it cannot wait, and why the DPO cannot be reached.",
            hint="The DPO reviews the release afterwards and reads exactly this.",
        )
    return reason.strip()


class ItemKind(StrEnum):
    SUBJECT_IDENTITY = "subject_identity"
    CONCERN = "concern"
    CHRONOLOGY = "chronology"
    EVIDENCE = "evidence"
    VULNERABILITIES = "vulnerabilities"
    OTHER_AGENCIES = "other_agencies"
    DECISION = "decision"
    NOTE = "note"


#: Items that carry no free text (the subject's own identity fields) need no redaction.
NO_FREE_TEXT = frozenset({ItemKind.SUBJECT_IDENTITY})


def text_sha256(text: str) -> str:
    """What a redaction result is bound to: the exact text it was computed on."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class RedactionState(StrEnum):
    """Where an item stands in the redaction gate."""

    NOT_NEEDED = "not_needed"
    NOT_REDACTED = "not_redacted"
    #: An evidence file whose redaction could not run (e.g. OCR is not installed).
    SCAN_FAILED = "scan_failed"
    UNREVIEWED = "unreviewed"
    REDACTED = "redacted"


@dataclass(frozen=True)
class RedactionStatus:
    """An item's redaction as the gate and every screen state it."""

    state: RedactionState
    found: int = 0
    unreviewed: int = 0
    #: Redactions the Prevent Lead reversed, so the text goes out (each with a justification).
    kept_with_justification: int = 0
    #: Why an evidence file could not be redacted (SCAN_FAILED only).
    problem: str | None = None

    @property
    def complete(self) -> bool:
        return self.state in (RedactionState.NOT_NEEDED, RedactionState.REDACTED)

    def in_words(self) -> str:
        if self.state is RedactionState.NOT_NEEDED:
            return "no free text: nothing to redact"
        if self.state is RedactionState.NOT_REDACTED:
            return "not yet redacted"
        if self.state is RedactionState.SCAN_FAILED:
            return f"the file could not be redacted: {self.problem}"
        if self.found == 0:
            return "redacted: nothing found"
        words = f"redacted: {self.found} found"
        if self.kept_with_justification:
            words += f", {self.kept_with_justification} kept with a justification"
        if self.unreviewed:
            words += f", {self.unreviewed} not yet reviewed"
        return words


def redaction_status(
    kind: ItemKind,
    text: str,
    scanned_sha256: str | None,
    findings: list[dict[str, Any]],
    *,
    file_kind: str | None = None,
    file_scanned_sha256: str | None = None,
    file_scan_error: str | None = None,
) -> RedactionStatus:
    """The gate's view of one item: a redaction counts only if it ran on exactly this text
    (and, for an evidence file, on the file), and it is complete only when every finding has
    been reviewed."""
    if kind in NO_FREE_TEXT:
        return RedactionStatus(RedactionState.NOT_NEEDED)
    if scanned_sha256 is None or scanned_sha256 != text_sha256(text):
        return RedactionStatus(RedactionState.NOT_REDACTED)
    if file_kind is not None:
        if file_scan_error:
            return RedactionStatus(RedactionState.SCAN_FAILED, problem=file_scan_error)
        if file_scanned_sha256 is None:
            return RedactionStatus(RedactionState.NOT_REDACTED)
    unreviewed = sum(1 for f in findings if f.get("review") not in ("accepted", "rejected"))
    kept = sum(
        1 for f in findings if f.get("action") == "redacted" and f.get("review") == "rejected"
    )
    state = RedactionState.UNREVIEWED if unreviewed else RedactionState.REDACTED
    return RedactionStatus(state, len(findings), unreviewed, kept)


def applies(finding: dict[str, Any]) -> bool:
    """Whether a finding replaces its text in what is shared: the engine's redactions stand
    unless the Prevent Lead reversed them; what it kept is replaced if they reversed that."""
    reversed_ = finding.get("review") == "rejected"
    if finding.get("action") == "redacted":
        return not reversed_
    return reversed_


@dataclass(frozen=True)
class ItemContent:
    kind: ItemKind
    label: str
    text: str
    special_categories: frozenset[SpecialCategory] = field(default_factory=frozenset)
    criminal_offence: bool = False
    #: Why the answer says less than what the text suggests (gateway.disclosures.suggest).
    below_suggestion_reason: str | None = None


def content_hash(payload: dict[str, Any]) -> str:
    """SHA-256 over a canonical JSON form of exactly what would leave the provider."""
    blob = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


#: What each kind of redaction finding is, in the words a Prevent Lead, a DPO or a recipient
#: reads (the engine's entity types are codes).
ENTITY_NAMES: dict[str, str] = {
    "PERSON": "person's name",
    "EMAIL_ADDRESS": "e-mail address",
    "PHONE_NUMBER": "phone number",
    "UK_POSTCODE": "UK postcode",
    "STREET_ADDRESS": "street address",
    "DATE_OF_BIRTH": "date of birth",
    "STUDENT_NUMBER": "student number",
    "USERNAME": "username",
    "SOCIAL_HANDLE": "social media handle",
    "URL": "web address",
    "IP_ADDRESS": "IP address",
    "UK_NINO": "National Insurance number",
    "UK_NHS": "NHS number",
    "UK_PASSPORT": "passport number",
    "UK_DRIVING_LICENCE": "driving licence number",
    "UK_VEHICLE_REGISTRATION": "vehicle registration",
    "UK_BANK_ACCOUNT": "bank account number",
    "UK_SORT_CODE": "sort code",
    "IBAN_CODE": "IBAN (bank account)",
    "CREDIT_CARD": "payment card number",
}


def entity_name(entity_type: str) -> str:
    """``UK_POSTCODE`` -> ``UK postcode``; a type without a name is made readable."""
    return ENTITY_NAMES.get(entity_type, entity_type.replace("_", " ").lower())


def counts_in_words(counts: dict[str, int]) -> dict[str, int]:
    """Redactions by kind, the kinds named in words (two codes with one name add up)."""
    out: dict[str, int] = {}
    for entity_type, n in counts.items():
        name = entity_name(entity_type)
        out[name] = out.get(name, 0) + n
    return out
