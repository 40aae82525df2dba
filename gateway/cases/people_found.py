"""People the redaction engine finds in a case's own texts who are not recorded in the case.

Most third parties are never recorded as people in a case, and only recorded people are
passed to the engine as the case's roster. The engine finds the others by itself, but the
Prevent Lead should see who they are and record them, so that they are redacted by name
(every form of it) wherever the case's data goes. The texts searched are the ones people
wrote: the concerns, the chronology's notes, and the evidence descriptions and provenance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gateway.cases.domain import GATEWAY_WRITTEN_EVENTS, PersonRole
from gateway.cases.models import Case
from gateway.cases.views import FoundPersonView
from gateway.errors import GatewayError


class PeopleSearchUnavailable(GatewayError):
    """The redaction engine could not run, so no one could be looked for."""

    code = "people-search-unavailable"


@dataclass(frozen=True)
class CaseText:
    where: str  # "concern 3", "chronology 5", "evidence 2"
    text: str


def case_texts(case: Case) -> list[CaseText]:
    """The texts people wrote in the case (what the gateway writes itself names no one)."""
    texts = [CaseText(f"concern {c.id}", c.description) for c in case.concerns]
    texts += [
        CaseText(f"chronology {e.sequence}", e.summary)
        for e in case.events
        if e.kind not in GATEWAY_WRITTEN_EVENTS
    ]
    for item in case.evidence:
        texts += [
            CaseText(f"evidence {item.id}", item.description),
            CaseText(f"evidence {item.id}", item.provenance),
        ]
    return [t for t in texts if t.text and t.text.strip()]


@dataclass
class _Found:
    name: str
    mentions: int = 0
    found_in: list[str] = field(default_factory=list)
    confidence: str = "low"
    reason: str = ""

    def add(self, where: str, confidence: str, reason: str) -> None:
        self.mentions += 1
        if where not in self.found_in:
            self.found_in.append(where)
        if confidence == "high" or not self.reason:
            if self.confidence != "high":
                self.reason = reason
            self.confidence = "high" if confidence == "high" else self.confidence


def _key(name: str) -> str:
    return " ".join(re.sub(r"['’]s?$", "", name).split()).casefold()


#: The recognizer of the case's own roster: what it finds is recorded already.
_ROSTER = "CaseRosterRecognizer"


def find_unrecorded_people(case: Case, model_name: str) -> list[FoundPersonView]:
    """Everyone the engine would redact from the case's texts who is not recorded in the case,
    in the order first met; a one-word name that is part of a longer one found ("Kenji" and
    "Kenji Watanabe") is counted with it. Raises ``redaction.RedactionError`` if the engine
    cannot run."""
    from redaction import Person, RedactionRequest, get_redactor

    texts = case_texts(case)
    if not texts:
        return []
    aliases = tuple(p.name for p in case.people if p.role is PersonRole.SUBJECT_ALIAS)
    subject = Person(case.subject_name, aliases=aliases)
    recorded = [p.name for p in case.people if p.role is not PersonRole.SUBJECT_ALIAS]
    recorded += [c.reported_by_name for c in case.concerns if c.reported_by_name]
    people = [Person(name) for name in dict.fromkeys(recorded)]
    known = {_key(n) for n in (*recorded, case.subject_name, *aliases)}
    redactor = get_redactor(model_name)
    results = redactor.redact_many(RedactionRequest(t.text, subject, people) for t in texts)
    found: dict[str, _Found] = {}
    for source, result in zip(texts, results, strict=True):
        for f in result.redacted:
            if f.entity_type != "PERSON" or f.recognizer == _ROSTER:
                continue
            name = " ".join(source.text[f.start : f.end].split())
            key = _key(name)
            if not key or key in known:
                continue
            entry = found.setdefault(key, _Found(re.sub(r"['’]s?$", "", name)))
            entry.add(source.where, f.confidence, f.reason)
    # "Kenji" found alone and in "Kenji Watanabe": one person to record, under the full name
    for key in [k for k in found if " " not in k]:
        longer = [k for k in found if " " in k and key in k.split()]
        if len(longer) == 1:
            short, full = found.pop(key), found[longer[0]]
            full.mentions += short.mentions
            full.found_in += [w for w in short.found_in if w not in full.found_in]
    return [
        FoundPersonView(
            name=f.name,
            mentions=f.mentions,
            found_in=f.found_in,
            confidence="high" if f.confidence == "high" else "low",
            reason=f.reason,
        )
        for f in found.values()
    ]
