"""What a correction can name, and the words of a correction notice (plain Python)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gateway.errors import InvalidInput

#: The case records a disclosure item can come from (``source_ref`` of an item).
CASE_RECORD_KINDS = ("concern", "event", "evidence")

_ITEM = re.compile(r"item:(?P<disclosure>[A-Z]+-\d{4}-\d{4,}):(?P<position>\d+)")
_RECORD = re.compile(r"(?P<kind>concern|event|evidence):(?P<ident>\d+)")

#: Correction notices say why the recipient receives them; the law behind it.
LAW = "UK GDPR Art 16 (rectification) and Art 19 (notice to recipients)"


@dataclass(frozen=True)
class CorrectionTarget:
    """A case record (``concern:3``, ``event:5``, ``evidence:2``) or an item of a released
    disclosure (``item:DR-2026-0001:2``)."""

    text: str
    kind: str
    ident: str = ""
    disclosure: str = ""
    position: int = 0

    @property
    def is_item(self) -> bool:
        return self.kind == "item"

    def in_words(self) -> str:
        if self.is_item:
            return f"item {self.position} of disclosure {self.disclosure}"
        noun = {"concern": "concern", "event": "chronology entry", "evidence": "evidence item"}
        return f"{noun[self.kind]} {self.ident}"


def parse_target(text: str) -> CorrectionTarget:
    """What a person names as the thing to correct; a clear error for anything else."""
    value = (text or "").strip()
    item = _ITEM.fullmatch(value)
    if item:
        return CorrectionTarget(
            value, "item", disclosure=item["disclosure"], position=int(item["position"])
        )
    record = _RECORD.fullmatch(value)
    if record:
        return CorrectionTarget(value, record["kind"], ident=record["ident"])
    raise InvalidInput(
        f"'{value}' does not name something that can be corrected.",
        hint="Name a record of the case (concern:ID, event:SEQUENCE or evidence:ID, as the "
        "case shows them) or an item of a released disclosure (item:DR-2026-0001:2).",
    )


def check_correction(corrected_text: str, reason: str, original: str) -> None:
    """A correction says what the data should be and why, and changes something."""
    if not corrected_text.strip():
        raise InvalidInput(
            "Give the corrected text: what the record should say.",
            hint="It is kept beside the original, which is never edited.",
        )
    if not reason.strip():
        raise InvalidInput(
            "Say why the record is inaccurate.",
            hint="The DPO and auditors read it; the original is kept and marked as corrected.",
        )
    if corrected_text.strip() == original.strip():
        raise InvalidInput("The corrected text is the same as the record; nothing to correct.")


def notice_purpose(disclosure: str, released_on: str) -> str:
    """The purpose of a correction notice, as its recipient reads it (no free text)."""
    return (
        f"To correct inaccurate personal data in disclosure {disclosure}, which we sent you on "
        f"{released_on} ({LAW}). Please correct your copy."
    )


def notice_heading(correction: str, disclosure: str, released_on: str) -> str:
    """The line a correction notice opens with."""
    return (
        f"Correction notice {correction}: this corrects disclosure {disclosure}, sent to you "
        f"on {released_on}. Replace the items named below with the corrected text."
    )
