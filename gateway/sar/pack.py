"""The subject access response pack: the disclosed items as text, other people's personal data
redacted with the `redaction` library, as a PDF."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol, TypeVar
from xml.sax.saxutils import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.audit.errors import LOG_READ_ERRORS, unreadable
from gateway.cases.domain import GATEWAY_WRITTEN_EVENTS, PersonRole
from gateway.cases.models import Case, ChronologyEvent, Concern, Decision, EvidenceItem
from gateway.disclosures.models import DisclosureRequest, NonDisclosureDecision
from gateway.errors import NotFound
from gateway.recipients.models import Recipient
from gateway.sar.domain import ItemDecision, ItemKind
from gateway.sar.models import SARItem, SubjectAccessRequest
from gateway.timeutil import iso, long_date
from gateway.users.models import User
from sharing_log import LoggedEntry, decode_entry
from sharing_log.sql import SQLTransparencyLog

if TYPE_CHECKING:
    from redaction import Person, PlaceholderRegistry

R = TypeVar("R")


class _Redacted(Protocol):
    @property
    def text(self) -> str: ...


class Redactor(Protocol):
    """What the pack needs from :class:`redaction.Redactor`."""

    def redact(
        self,
        text: str,
        *,
        subject: Person | None = ...,
        people: Sequence[Person] = ...,
        placeholders: PlaceholderRegistry | None = ...,
    ) -> _Redacted: ...


def _date(value: object) -> str:
    return long_date(value) if isinstance(value, date) else "not recorded"


#: One line of an item: (fixed text the gateway writes, recorded free text or None). Only
#: the free text goes through redaction.
Line = tuple[str, str | None]


def _fixed(text: str) -> Line:
    return (text, None)


def _free(label: str, text: str | None) -> Line:
    return (label, text or "")


def _present(record: R | None, item: SARItem) -> R:
    """The record behind an item, or NotFound: it was disposed of after the request closed."""
    if record is None:
        raise NotFound(
            f"The record behind item {item.position} ({item.label}) is no longer held.",
            hint="It was disposed of under the retention schedule after the request was "
            "answered; the pack sent then is the record of what was disclosed.",
        )
    return record


def read_log_entry(session: Session, log: SQLTransparencyLog, index: int) -> LoggedEntry:
    """One sharing-log entry, or SharingLogUnreadable if the stored entry cannot be read."""
    try:
        return decode_entry(log.entry(session.connection(), index))
    except LOG_READ_ERRORS as exc:
        raise unreadable(exc) from None


def item_lines(session: Session, item: SARItem, log: SQLTransparencyLog) -> list[Line]:
    """The content of one item as the student will read it (before redaction). Lines the
    gateway writes itself (dates, codes) are fixed; recorded free text is marked for
    redaction."""
    kind, _, ident = item.source_ref.partition(":")
    if item.kind is ItemKind.CASE:
        case = session.scalar(select(Case).where(Case.reference == ident))
        case = _present(case, item)
        aliases = [p.name for p in case.people if p.role is PersonRole.SUBJECT_ALIAS]
        lines = [
            _fixed(f"Case reference: {case.reference}"),
            _fixed(f"Opened: {_date(case.opened_at)}; status: {case.status.value}"),
            _fixed(f"Name: {case.subject_name}"),
            _fixed(f"Student id: {case.subject_student_id}"),
            _fixed(f"Date of birth: {_date(case.subject_date_of_birth)}"),
            _fixed(f"Address: {case.subject_address or 'not recorded'}"),
        ]
        if aliases:
            lines.append(_fixed(f"Other names recorded: {', '.join(aliases)}"))
        return lines
    if item.kind is ItemKind.CONCERN:
        concern = session.get(Concern, int(ident))
        concern = _present(concern, item)
        source = concern.source.value.replace("_", " ")
        return [
            _fixed(f"Raised on {_date(concern.raised_at)} (source: {source})."),
            _fixed(f"Observed on: {_date(concern.observed_on)}"),
            _free("", concern.description),
        ]
    if item.kind is ItemKind.CHRONOLOGY:
        case_ref, _, seq = ident.partition(":")
        event = session.scalar(
            select(ChronologyEvent)
            .join(Case, ChronologyEvent.case_id == Case.id)
            .where(Case.reference == case_ref, ChronologyEvent.sequence == int(seq))
        )
        event = _present(event, item)
        heading = f"{_date(event.occurred_at)} ({event.kind.replace('_', ' ')}): "
        if event.kind in GATEWAY_WRITTEN_EVENTS:
            # Written by the gateway from codes and role words ("Concern 3 raised (associate
            # tutor)."): no one's name is in it, and the engine must not take a role for one.
            return [_fixed(heading + event.summary)]
        return [_free(heading, event.summary)]
    if item.kind is ItemKind.EVIDENCE:
        evidence = session.get(EvidenceItem, int(ident))
        evidence = _present(evidence, item)
        return [
            _free("", evidence.description),
            _free("Provenance: ", evidence.provenance),
            _fixed(f"SHA-256 {evidence.sha256}"),
        ]
    if item.kind is ItemKind.DECISION:
        d = session.get(Decision, int(ident))
        d = _present(d, item)
        lines = [
            _fixed(f"Decided on {_date(d.decided_at)}: {d.outcome.value.replace('_', ' ')} "
                   f"(seriousness: {d.seriousness.value.replace('_', ' ')})"),
            _free("Rationale: ", d.rationale),
            _free("Freedom of speech: ", d.freedom_of_speech_consideration),
        ]
        if d.grounds:
            lines.append(_fixed(f"Grounds: {', '.join(g.replace('_', ' ') for g in d.grounds)}"))
        if d.actions:
            lines.append(_free("Actions: ", d.actions))
        if d.review_date:
            lines.append(_fixed(f"Review date: {_date(d.review_date)}"))
        return lines
    if item.kind is ItemKind.DISCLOSURE:
        r = session.scalar(select(DisclosureRequest).where(DisclosureRequest.reference == ident))
        r = _present(r, item)
        recipient = session.get(Recipient, r.recipient_id)
        recipient = _present(recipient, item)
        lines = [
            _fixed(f"Disclosure request {r.reference} to {recipient.kind.label} "
                   f"({recipient.organisation}); status: {r.status.value}"),
            _fixed(f"Prepared: {_date(r.created_at)}; released: {_date(r.released_at)}"),
            _free("Purpose: ", r.purpose),
        ]
        # The original text, redacted afresh for the pack (placeholders consistent across it).
        lines += [_free(f"Item {i.position} ({i.label}): ", i.original_text) for i in r.items]
        return lines
    if item.kind is ItemKind.NON_DISCLOSURE:
        n = session.scalar(
            select(NonDisclosureDecision).where(NonDisclosureDecision.reference == ident)
        )
        n = _present(n, item)
        return [_fixed(f"Decided not to share on {_date(n.decided_at)}."),
                _free("Reasons: ", n.reasons)]
    if item.kind is ItemKind.SHARING_LOG:
        # Log entries hold no names or free text by construction (ids, codes, hashes, times).
        entry = read_log_entry(session, log, int(ident))
        lines = [
            _fixed(f"Entry type: {entry.entry.entry_type.value.replace('_', ' ')}"),
            _fixed(f"Position in the sharing log: {entry.log_index}; logged at "
                   f"{entry.logged_at}"),
        ]
        for name, value in sorted(entry.entry.fields.items()):
            shown = ", ".join(map(str, value)) if isinstance(value, list) else json.dumps(value)
            lines.append(_fixed(f"{name}: {shown.strip(chr(34))}"))
        return lines
    raise ValueError(f"unknown item kind {kind}")


def item_text(session: Session, item: SARItem, log: SQLTransparencyLog) -> str:
    return "\n".join(fixed + (free or "") for fixed, free in item_lines(session, item, log))


def people_to_redact(session: Session, case_ids: set[int]) -> tuple[list[str], list[str]]:
    """(subject aliases, other people): everyone recorded in the cases, and the staff who
    acted on them, except the subject."""
    aliases: list[str] = []
    others: set[str] = set()
    for case_id in case_ids:
        case = session.get(Case, case_id)
        if case is None:
            continue
        for p in case.people:
            (aliases.append(p.name) if p.role is PersonRole.SUBJECT_ALIAS else others.add(p.name))
        for c in case.concerns:
            if c.reported_by_name:
                others.add(c.reported_by_name)
    for user in session.scalars(select(User)):
        others.add(user.display_name)
    return aliases, sorted(others)


ART15_TEXT = (
    "This pack answers your request under Article 15 of the UK GDPR. It contains the personal "
    "data we hold about you in our Prevent duty records (Counter-Terrorism and Security Act "
    "2015, s.26). We process it to meet that duty and to safeguard you and others (UK GDPR "
    "Art 6(1)(e)). Where we shared information, the recipients were the Regional Prevent "
    "Coordinator, a Channel panel or a police Prevent team, as shown in each item. Information "
    "about other people has been removed and replaced by placeholders such as [PERSON 1]. We "
    "keep these records only as long as our retention schedule allows. You may ask us to "
    "correct inaccurate data, and you may complain to the Information Commissioner's Office "
    "(ico.org.uk, 0303 123 1113)."
)


def build_pack(
    session: Session,
    request: SubjectAccessRequest,
    *,
    redactor: Redactor,
    log: SQLTransparencyLog,
    organisation: str,
    now: datetime,
) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

    from redaction import Person, PlaceholderRegistry

    disclosed = [i for i in request.items if i.decision is ItemDecision.DISCLOSE]
    case_ids = {i.case_id for i in request.items if i.case_id is not None}
    subject_names = [
        c.subject_name
        for c in session.scalars(select(Case).where(Case.subject_student_id == request.student_id))
    ]
    aliases, others = people_to_redact(session, case_ids)
    subject = (
        Person(subject_names[0], aliases=tuple(subject_names[1:] + aliases))
        if subject_names else None
    )
    people = [Person(name) for name in others if name not in subject_names + aliases]
    placeholders = PlaceholderRegistry()

    base = getSampleStyleSheet()
    navy = colors.HexColor("#1f3a5f")
    title = ParagraphStyle("t", parent=base["Title"], textColor=navy, fontSize=18, alignment=0)
    h3 = ParagraphStyle("h", parent=base["Heading3"], textColor=navy, spaceBefore=8)
    body = ParagraphStyle("b", parent=base["Normal"], fontSize=9.5, leading=13)
    mono = ParagraphStyle("m", parent=body, fontName="Courier", fontSize=7.5, leading=9.5)
    story: list[Flowable] = [
        Paragraph(f"Your subject access request {request.reference}", title),
        Paragraph(
            f"{escape(organisation)} · received {long_date(request.received_on)} · "
            f"prepared {long_date(now)}", body),
        Spacer(1, 6),
        Paragraph(escape(ART15_TEXT), body),
    ]
    if not disclosed:
        story.append(Paragraph("We hold no Prevent records about you that we can disclose.",
                               body))
    for n, item in enumerate(disclosed, start=1):
        out: list[str] = []
        for fixed, free in item_lines(session, item, log):
            if free and free.strip():
                free = redactor.redact(free, subject=subject, people=people,
                                       placeholders=placeholders).text
            out.append(fixed + (free or ""))
        redacted = "\n".join(out)
        style = mono if item.kind is ItemKind.SHARING_LOG else body
        story.append(Paragraph(f"{n}. {escape(item.label)}", h3))
        story.append(Paragraph(escape(redacted).replace("\n", "<br/>"), style))
    story.append(Spacer(1, 10))
    story.append(Paragraph(f"Pack generated {iso(now)}.", body))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title=f"Subject access response {request.reference}",
                            author=organisation, creator="prevent-gateway")
    doc.build(story)
    return buffer.getvalue()
