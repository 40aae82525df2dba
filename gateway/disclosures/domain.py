"""Disclosure request states, data items and the content hash an approval binds to."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from gateway.disclosures.lawful_basis import SpecialCategory
from gateway.errors import InvalidTransition


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


class ItemKind(StrEnum):
    SUBJECT_IDENTITY = "subject_identity"
    CONCERN = "concern"
    CHRONOLOGY = "chronology"
    EVIDENCE = "evidence"
    VULNERABILITIES = "vulnerabilities"
    OTHER_AGENCIES = "other_agencies"
    DECISION = "decision"
    NOTE = "note"


@dataclass(frozen=True)
class ItemContent:
    kind: ItemKind
    label: str
    text: str
    special_categories: frozenset[SpecialCategory] = field(default_factory=frozenset)
    criminal_offence: bool = False


def content_hash(payload: dict[str, Any]) -> str:
    """SHA-256 over a canonical JSON form of exactly what would leave the provider."""
    blob = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()
