"""Redaction of the data items: the case roster goes to the redaction library."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from gateway.cases.domain import PersonRole
from gateway.cases.models import Case
from gateway.disclosures.domain import NO_FREE_TEXT, applies, text_sha256
from gateway.disclosures.models import DisclosureRequest
from gateway.disclosures.service import case_of, rebuild_redacted_text


def case_roster(case: Case) -> tuple[Any, list[Any]]:
    """The subject (with aliases) and everyone else recorded in the case."""
    from redaction import Person

    aliases = tuple(p.name for p in case.people if p.role is PersonRole.SUBJECT_ALIAS)
    identifiers = tuple(
        value
        for value in (
            case.subject_student_id,
            case.subject_address,
            case.subject_date_of_birth.strftime("%d/%m/%Y") if case.subject_date_of_birth else None,
        )
        if value
    )
    subject = Person(name=case.subject_name, aliases=aliases, identifiers=identifiers)
    others = [Person(name=p.name) for p in case.people if p.role is not PersonRole.SUBJECT_ALIAS]
    return subject, others


def redact_items(session: Session, request: DisclosureRequest, *, model_name: str) -> None:
    """Find and replace other people's personal data in every item, with stable placeholders.

    Earlier reviews of findings are discarded: the Prevent Lead reviews the new findings.
    Raises the redaction library's errors (the use case says what they mean).
    """
    from redaction import PlaceholderRegistry, get_redactor

    subject, others = case_roster(case_of(session, request))
    redactor = get_redactor(model_name)
    placeholders = PlaceholderRegistry()
    # Minimisation: of the student's own identifiers only those chosen for this disclosure stay;
    # the name always does (the referral is about them).
    keep = frozenset({"name", *request.subject_fields})
    for item in request.items:
        if item.kind in NO_FREE_TEXT:
            continue
        result = redactor.redact(
            item.original_text,
            subject=subject,
            people=others,
            placeholders=placeholders,
            keep_subject_identifiers=keep,
        )
        findings: list[dict[str, Any]] = []
        for finding in result.findings:
            findings.append(
                {
                    "start": finding.start,
                    "end": finding.end,
                    "entity_type": finding.entity_type,
                    "score": round(float(finding.score), 3),
                    "recognizer": finding.recognizer,
                    "action": str(finding.action),
                    "reason": finding.reason,
                    "replacement": finding.placeholder,
                }
            )
        item.findings = findings
        item.redacted_text = rebuild_redacted_text(item.original_text, findings)
        # The result counts for exactly this text: any later change to it voids the redaction.
        item.redaction_text_sha256 = text_sha256(item.original_text)
    session.flush()


def redaction_counts(request: DisclosureRequest) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in request.items:
        for finding in item.findings:
            if applies(finding):
                key = str(finding["entity_type"])
                counts[key] = counts.get(key, 0) + 1
    return counts
