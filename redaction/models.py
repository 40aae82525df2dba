"""Value objects of the redaction library: people in a case, findings, results."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Action = Literal["redacted", "kept"]


@dataclass(frozen=True)
class Person:
    """A person recorded in the case: the subject, a referrer, a witness, staff, family.

    ``name`` is the name as recorded ("Amir Khan"); ``aliases`` are other names the person
    goes by ("Ami", "A. Khan", a maiden name). ``identifiers`` are optional known values
    (student number, date of birth as written, e-mail) that belong to this person: they are
    attributed to the person wherever they appear.
    """

    name: str
    aliases: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValueError("A person needs a non-empty name.")
        object.__setattr__(self, "aliases", tuple(a for a in self.aliases if a and a.strip()))
        object.__setattr__(
            self, "identifiers", tuple(i for i in self.identifiers if i and i.strip())
        )


@dataclass(frozen=True)
class Finding:
    """One piece of personal data found in the ORIGINAL text.

    ``start``/``end`` are character offsets into the text passed to ``redact`` (Python
    string indices). ``action`` is ``redacted`` (replaced by ``placeholder``) or ``kept``
    (the case subject's data that the disclosure is about). ``reason`` explains the
    decision in plain words. ``confidence`` is "high", or "low" where the engine redacted
    because it could not rule a person out (the reason then says so): the reviewer decides.
    """

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str
    action: Action
    reason: str
    placeholder: str | None = None
    confidence: str = "high"

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "entity_type": self.entity_type,
            "score": round(self.score, 3),
            "recognizer": self.recognizer,
            "action": self.action,
            "reason": self.reason,
            "placeholder": self.placeholder,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class RedactionResult:
    """The redacted text and every finding, in order of position."""

    text: str
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def redacted(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.action == "redacted")

    @property
    def kept(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.action == "kept")

    def counts(self) -> Mapping[str, int]:
        out: dict[str, int] = {}
        for f in self.findings:
            key = f"{f.action}:{f.entity_type}"
            out[key] = out.get(key, 0) + 1
        return out
