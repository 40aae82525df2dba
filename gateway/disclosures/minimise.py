"""Redaction of the data items: the case roster goes to the redaction library."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy.orm import Session

from gateway.cases.domain import PersonRole
from gateway.cases.models import Case
from gateway.disclosures.domain import NO_FREE_TEXT, applies, text_sha256
from gateway.disclosures.models import DisclosureItem, DisclosureRequest
from gateway.disclosures.service import case_of, evidence_file, rebuild_redacted_text


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

    case = case_of(session, request)
    subject, others = case_roster(case)
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
        if item.file_kind is not None:
            findings += _redact_file(
                session,
                item,
                case,
                redactor,
                subject=subject,
                people=others,
                placeholders=placeholders,
                keep=keep,
            )
        item.findings = findings
        item.redacted_text = rebuild_redacted_text(item.original_text, findings)
        # The result counts for exactly this text: any later change to it voids the redaction.
        item.redaction_text_sha256 = text_sha256(item.original_text)
    session.flush()


def _redact_file(
    session: Session,
    item: DisclosureItem,
    case: Case,
    redactor: Any,
    *,
    subject: Any,
    people: list[Any],
    placeholders: Any,
    keep: frozenset[str],
) -> list[dict[str, Any]]:
    """Redact the evidence file behind a file item with the same roster and placeholders as
    the text; store the redacted file sealed with its SHA-256 and return its findings (each
    with its page and numbered boxes). A file that cannot be redacted (no OCR, damaged) is
    recorded as such on the item, which then blocks the request: the other items go on."""
    from redaction.files import FileRedactionError, redact_file

    item.redacted_file = None
    item.redacted_file_sha256 = None
    item.redacted_file_media_type = None
    item.file_scan_error = None
    item.file_scanned_sha256 = None
    found = evidence_file(session, case, item.source_ref)
    if found is None:
        item.file_scan_error = "the evidence file is no longer held on the case"
        return []
    kind, data = found
    try:
        result = redact_file(
            data,
            kind,
            redactor,
            subject=subject,
            people=people,
            placeholders=placeholders,
            keep_subject_identifiers=keep,
        )
    except FileRedactionError as exc:
        item.file_scan_error = str(exc)
        item.file_scanned_sha256 = hashlib.sha256(data).hexdigest()
        return []
    item.redacted_file = result.content
    item.redacted_file_sha256 = hashlib.sha256(result.content).hexdigest()
    item.redacted_file_media_type = result.media_type
    item.file_scanned_sha256 = hashlib.sha256(data).hexdigest()
    findings: list[dict[str, Any]] = []
    number = 0
    for found_in_file in result.findings:
        finding = found_in_file.finding
        boxes: list[dict[str, Any]] = []
        for box in found_in_file.boxes:
            number += 1
            boxes.append(
                {"number": number, "box": [box.left, box.top, box.right, box.bottom]}
            )
        findings.append(
            {
                # Offsets are into the page's text, not the item's: the file's findings are
                # shown by page and box, and never replace anything in the item's text.
                "in_file": True,
                "page": found_in_file.page,
                "source": found_in_file.source,
                "boxes": boxes,
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
    return findings


def redaction_counts(request: DisclosureRequest) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in request.items:
        for finding in item.findings:
            if applies(finding):
                key = str(finding["entity_type"])
                counts[key] = counts.get(key, 0) + 1
    return counts
