"""Redaction of the data items: the case roster goes to the redaction library."""

from __future__ import annotations

import hashlib
from typing import Any, cast

from sqlalchemy.orm import Session

from gateway.cases.domain import PersonRole
from gateway.cases.models import Case
from gateway.disclosures.domain import NO_FREE_TEXT, applies, text_sha256
from gateway.disclosures.errors import RedactionUnavailable
from gateway.disclosures.models import DisclosureItem, DisclosureRequest
from gateway.disclosures.service import case_of, evidence_file, rebuild_redacted_text
from gateway.errors import InvalidInput


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
    found = evidence_file(case, item.source_ref)
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
        # Every finding's boxes are kept, what the engine kept included: the reviewer may
        # redact that, and the file is then made again with its boxes filled.
        for box in found_in_file.covers:
            number += 1
            boxes.append(
                {"number": number, "box": [box.left, box.top, box.right, box.bottom]}
            )
        if kind == "docx":
            # A Word document's text is rendered again, not boxed: its finding is numbered
            # once, and the view boxes its span where the rendering draws it.
            number += 1
            boxes.append({"number": number})
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


def _findings(item: DisclosureItem) -> list[dict[str, Any]]:
    # Stored as JSON: the redaction's own dicts (see _redact_file).
    return cast("list[dict[str, Any]]", item.findings)


def file_findings_applied(item: DisclosureItem) -> list[int]:
    """The indexes of the item's file findings that apply (filled or replaced in its file)."""
    return [i for i, f in enumerate(_findings(item)) if f.get("in_file") and applies(f)]


def has_place(finding: dict[str, object]) -> bool:
    """Whether a finding in an image or PDF has the boxes of its words recorded."""
    boxes = finding.get("boxes")
    return isinstance(boxes, list) and any(isinstance(b, dict) and b.get("box") for b in boxes)


def _replacement(finding: dict[str, Any]) -> str:
    # As in the item's text (rebuild_redacted_text): what the engine kept has no placeholder.
    return str(finding.get("replacement") or f"[{finding['entity_type']}]")


def box_marks(item: DisclosureItem, page: int) -> list[Any]:
    """The numbered boxes of the item's file findings on ``page`` of an image or PDF, each
    marked as filled in the shared file or not."""
    from redaction.files import Box
    from redaction.files.review import Mark

    return [
        Mark(int(b["number"]), Box(*(int(v) for v in b["box"])), applies(f))
        for f in _findings(item)
        if f.get("in_file") and int(f.get("page", 0)) == page
        for b in f.get("boxes", [])
        if b.get("box")
    ]


def span_marks(item: DisclosureItem) -> list[Any]:
    """A Word document item's findings as its rendered view marks them."""
    from redaction.files.review import SpanMark

    return [
        SpanMark(
            number=int(f["boxes"][0]["number"]),
            section=int(f.get("page", 0)),
            start=int(f["start"]),
            end=int(f["end"]),
            replacement=_replacement(f),
            applied=applies(f),
        )
        for f in _findings(item)
        if f.get("in_file") and f.get("boxes")
    ]


def rebuild_redacted_file(case: Case, item: DisclosureItem) -> None:
    """Make the item's redacted file again, from the evidence file, with exactly the file's
    findings that apply now (after the Prevent Lead reversed a redaction, or redacted what the
    engine kept); its SHA-256, part of the content the DPO approves, changes with it. Raises
    a :class:`~gateway.errors.GatewayError` if the file cannot be made, changing nothing."""
    from redaction.files import Box, FileRedactionError, Redaction, rebuild_file

    found = evidence_file(case, item.source_ref)
    if found is None or hashlib.sha256(found[1]).hexdigest() != item.file_scanned_sha256:
        raise InvalidInput(
            f"Item {item.position}'s evidence file is no longer the file that was redacted, "
            "so its redaction cannot be changed.",
            hint="Run the redaction on the request again, then review its findings.",
        )
    kind, data = found
    redactions = [
        Redaction(
            page=int(f.get("page", 0)),
            boxes=tuple(
                Box(*(int(v) for v in b["box"])) for b in f.get("boxes", []) if b.get("box")
            ),
            start=int(f["start"]),
            end=int(f["end"]),
            replacement=_replacement(f),
        )
        for f in (_findings(item)[i] for i in file_findings_applied(item))
    ]
    try:
        content, media_type = rebuild_file(data, kind, redactions)
    except FileRedactionError as exc:
        raise RedactionUnavailable(
            f"Item {item.position}'s evidence file could not be made again with your review, "
            f"so nothing was changed: {exc}",
        ) from exc
    item.redacted_file = content
    item.redacted_file_sha256 = hashlib.sha256(content).hexdigest()
    item.redacted_file_media_type = media_type
