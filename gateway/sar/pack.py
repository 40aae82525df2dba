"""The subject access response pack: what each item holds, in plain words, the Art 15
information around it, other people's personal data redacted with the `redaction` library
(unless the DPO decided to disclose it under DPA 2018 Sch 2 para 16), every passage that would
reveal a withheld item removed, as a PDF marked on every page.

An item is a list of :class:`Line`: fixed text the gateway writes itself (dates, codes turned
into words) and recorded free text, which alone goes through redaction. A line may *carry*
another record (a disclosure's item taken from concern 3 carries ``concern:3``): that is how an
item that reveals a withheld one is found, and what is removed when the DPO redacts it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from xml.sax.saxutils import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.audit.errors import LOG_READ_ERRORS, unreadable
from gateway.cases.domain import GATEWAY_WRITTEN_EVENTS, ConcernSource, PersonRole
from gateway.cases.models import (
    Case,
    ChronologyEvent,
    Concern,
    Decision,
    EvidenceItem,
)
from gateway.disclosures.lawful_basis import (
    ART6_TITLES,
    ART9_TITLES,
    PARA10_2_CODE,
    SCHEDULE1_TITLES,
    Art6Basis,
    Art9Condition,
)
from gateway.disclosures.models import DisclosureRequest, NonDisclosureDecision
from gateway.encryption.secrets import student_matches
from gateway.errors import GatewayError, NotFound
from gateway.pdf_pages import MARKING  # one marking for every document the gateway makes
from gateway.recipients.models import Recipient
from gateway.sar.domain import (
    ItemKind,
    RequesterKind,
    names_person,
    shared_runs,
)
from gateway.sar.models import SARItem
from gateway.timeutil import long_date, long_datetime
from sharing_log import EntryType, LoggedEntry, decode_entry
from sharing_log.sql import SQLTransparencyLog

if TYPE_CHECKING:
    from gateway.retention.schedule import Schedule
    from redaction import Finding, Person, PlaceholderRegistry

R = TypeVar("R")

#: What replaces a passage the DPO redacted because it reveals a withheld item.
REMOVED = "[REMOVED]"

#: The Art 15(1)-(2) headings, in the order the pack prints them.
ART15_HEADINGS = (
    "Why we hold this information (purposes)",
    "What kinds of information (categories)",
    "Who it has been shared with (recipients)",
    "How long we keep it (retention)",
    "Your rights",
    "Where the information came from (source)",
    "Automated decision-making",
    "Transfers outside the United Kingdom",
    "The information we hold about you",
)


class _Redacted(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def findings(self) -> Sequence[Finding]: ...


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


class PackWouldReveal(GatewayError):
    """The finished pack still holds words of a withheld item: it is not released."""

    code = "sar-pack-would-reveal"


@dataclass(frozen=True)
class Line:
    """One line of an item: ``fixed`` text the gateway writes, then recorded ``free`` text
    (redacted in the pack), and the record the line ``carries`` when it holds another one."""

    fixed: str
    free: str | None = None
    carries: str | None = None


@dataclass(frozen=True)
class Requester:
    """Who asked: the student (by id), or another person (their name and the forms by which
    the records name them)."""

    kind: RequesterKind
    student_id: str | None = None
    name: str | None = None
    forms: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()
    #: The roster entries ("person:12") that are the requester.
    roster_refs: frozenset[str] = frozenset()


def _date(value: object) -> str:
    return long_date(value) if isinstance(value, date) else "not recorded"


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def _words(code: str) -> str:
    return code.replace("_", " ")


def _log_date(text: str) -> str:
    try:
        return long_date(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return "an unrecorded date"


def _present(record: R | None, item: SARItem) -> R:
    """The record behind an item, or NotFound: it was disposed of after the request closed."""
    if record is None:
        raise NotFound(
            f"The record behind item {item.position} ({item.label}) is no longer held.",
            hint="It was disposed of under the retention schedule after the request was "
            "answered; the pack sent then is the record of what was disclosed.",
        )
    return record


SOURCE_WORDS: dict[ConcernSource, str] = {
    ConcernSource.STAFF: "a member of staff",
    ConcernSource.ASSOCIATE_TUTOR: "an associate tutor",
    ConcernSource.STUDENT_VIA_SUPPORT_TEAM: "a student, through the Student Support Team",
    ConcernSource.SOCIAL_MEDIA_REPORT: "a report about social media",
}

ROLE_WORDS: dict[PersonRole, str] = {
    PersonRole.SUBJECT_ALIAS: "another name of the student",
    PersonRole.REFERRER: "the person who referred the concern",
    PersonRole.WITNESS: "a witness",
    PersonRole.STAFF: "a member of staff",
    PersonRole.FAMILY: "a family member",
    PersonRole.OTHER: "a person connected with the case",
}


def basis_in_words(code: str) -> str:
    """A lawful-basis code as the law names it ("art6.1.e" -> "UK GDPR Article 6(1)(e), a
    task in the public interest")."""
    try:
        art6 = Art6Basis(code)
        title = ART6_TITLES[art6]
        point = code.rsplit(".", 1)[-1]
        return f"UK GDPR Article 6(1)({point}), {title[:1].lower()}{title[1:]}"
    except ValueError:
        pass
    try:
        art9 = Art9Condition(code)
        return f"UK GDPR Article 9(2)({code[-1]}), {ART9_TITLES[art9]}"
    except ValueError:
        pass
    if code == "art10":
        return "UK GDPR Article 10 (information about criminal offences)"
    if code == PARA10_2_CODE:
        return (
            "Data Protection Act 2018, Schedule 1, paragraph 10(2) (no appropriate policy "
            "document needed: the disclosure was to a competent authority)"
        )
    annex = re.fullmatch(r"annex1\.para(\d)", code)
    if annex:
        return f"UK GDPR Annex 1, paragraph {annex.group(1)} (recognised legitimate interests)"
    match = re.fullmatch(r"dpa2018\.sch(\d)\.(?:pt\d\.)?para(\d+)(?:\.\d+)?", code)
    if match:
        schedule, paragraph = match.groups()
        words: str | None = (
            SCHEDULE1_TITLES.get(int(paragraph)) if schedule == "1"
            else "crime and taxation" if (schedule, paragraph) == ("2", "2") else None
        )
        return (f"Data Protection Act 2018, Schedule {schedule}, paragraph {paragraph}"
                + (f" ({words.lower()})" if words else ""))
    match = re.fullmatch(r"dpa2018\.s(\d+)(?:\.(\d+))?", code)
    if match:
        return f"Data Protection Act 2018, section {match.group(1)}"
    return _words(code)


def _recipient(session: Session, reference: object) -> Recipient | None:
    if not isinstance(reference, str):
        return None
    return session.scalar(select(Recipient).where(Recipient.reference == reference))


def recipient_words(recipient: Recipient | None) -> str:
    if recipient is None:
        return "a recipient no longer in our register"
    return f"{recipient.name} ({recipient.organisation}), a {recipient.kind.label}"


def read_log_entry(session: Session, log: SQLTransparencyLog, index: int) -> LoggedEntry:
    """One sharing-log entry, or SharingLogUnreadable if the stored entry cannot be read."""
    try:
        return decode_entry(log.entry(session.connection(), index))
    except LOG_READ_ERRORS as exc:
        raise unreadable(exc) from None


def log_entry_lines(session: Session, entry: LoggedEntry) -> list[Line]:
    """A sharing-log entry about the person in plain words (entries hold ids, codes and times
    only: recipients are named from the register, staff by their role)."""
    f = entry.entry.fields
    etype = entry.entry.entry_type
    disclosure = f.get("disclosure_id")
    carries = f"disclosure:{disclosure}" if isinstance(disclosure, str) else None
    where = Line(f"This is entry {entry.log_index} of our tamper-evident record of sharing.")
    if etype in (EntryType.DISCLOSURE_RELEASED, EntryType.EMERGENCY_RELEASE):
        bases = f.get("lawful_basis")
        basis = "; ".join(basis_in_words(str(b)) for b in bases) if isinstance(bases, list) else ""
        shared = (f"On {_log_date(str(f.get('released_at')))} we shared information about you "
                  f"with {recipient_words(_recipient(session, f.get('recipient_id')))}"
                  f" (our reference {disclosure}).")
        texts = [shared, f"The law we relied on: {basis}."]
        if etype is EntryType.EMERGENCY_RELEASE:
            texts.append(
                "It was shared urgently, authorised by a member of our Senior Management Team "
                f"because of {_words(str(f.get('ground_code')))}; our Data Protection Officer "
                f"was to review it by {_log_date(str(f.get('review_due_at')))}.")
        elif f.get("emergency"):
            texts.append("It was shared urgently and reviewed afterwards by our Data "
                         "Protection Officer.")
        else:
            texts.append("Our Data Protection Officer approved it before it was shared.")
        # Every line is about that one disclosure: all of it goes if the disclosure is withheld.
        return [Line(t, carries=carries) for t in [*texts, where.fixed]]
    if etype is EntryType.DECISION_NOT_TO_SHARE:
        reasons = f.get("reason_codes")
        why = ", ".join(_words(str(r)) for r in reasons) if isinstance(reasons, list) else ""
        decision = f.get("decision_id")
        held = f"non_disclosure:{decision}" if isinstance(decision, str) else None
        return [
            Line(f"On {_log_date(str(f.get('decided_at')))} we decided not to share "
                 f"information about you (reasons: {why}).", carries=held),
            Line(where.fixed, carries=held),
        ]
    if etype is EntryType.RETROSPECTIVE_REVIEW:
        return [
            Line(f"On {_log_date(str(f.get('reviewed_at')))} our Data Protection Officer "
                 f"reviewed the urgent sharing {disclosure}: {_words(str(f.get('outcome')))}.",
                 carries=carries),
            Line(where.fixed, carries=carries),
        ]
    if etype is EntryType.RECORDS_DISPOSED:
        kinds = f.get("record_kinds")
        what = ", ".join(_words(str(k)) for k in kinds) if isinstance(kinds, list) else "records"
        return [
            Line(f"On {_log_date(str(f.get('disposed_at')))} records about you ({what}) were "
                 "destroyed under our retention schedule."),
            where,
        ]
    return [Line(f"A record of {_words(etype.value)} on {_log_date(entry.logged_at)}."), where]


_EVENT_REFS = (
    (re.compile(r"^Concern (C-\d{4}-\d+|\d+) raised"), "concern:{}"),
    (re.compile(r"^Evidence (\d+) added"), "evidence:{}"),
    (re.compile(r"^Decision not to share (\S+?)\.?$"), "non_disclosure:{}"),
    (re.compile(r"^Disclosure request (\S+?)\.?$"), "disclosure:{}"),
    (re.compile(r"^Disclosure (\S+) released"), "disclosure:{}"),
)


def event_lines(session: Session, case: Case, event: ChronologyEvent) -> list[Line]:
    """A chronology entry. What the gateway wrote itself ("Concern 3 raised (associate
    tutor).") is fixed, rewritten where it held raw references; a note is free text."""
    heading = f"{_date(event.occurred_at)} ({_words(event.kind)}): "
    if event.kind not in GATEWAY_WRITTEN_EVENTS:
        return [Line(heading, event.summary)]
    summary = event.summary
    carries: str | None = None
    for pattern, ref in _EVENT_REFS:
        match = pattern.match(summary)
        if match:
            carries = ref.format(match.group(1))
            break
    if carries and carries.startswith("concern:C-"):
        # Since concerns have references of their own the entry names the reference.
        named = carries.partition(":")[2]
        concern = next((c for c in case.concerns if c.reference == named), None)
        carries = f"concern:{concern.id}" if concern else None
    decision = re.match(r"^Decision (\d+):", summary)
    if decision and int(decision.group(1)) <= len(case.decisions):
        carries = f"decision:{case.decisions[int(decision.group(1)) - 1].id}"
    if event.kind == "disclosure_released" and carries:
        ref = carries.partition(":")[2]
        request = session.scalar(
            select(DisclosureRequest).where(DisclosureRequest.reference == ref)
        )
        recipient = session.get(Recipient, request.recipient_id) if request else None
        summary = (f"Information was shared with {recipient_words(recipient)} (disclosure {ref}"
                   + (", urgently" if "emergency path" in event.summary else "") + ").")
    elif event.kind == "evidence_added":
        summary = summary.split(" (sha256", 1)[0].rstrip(".") + "."
    elif event.kind == "disclosure_prepared" and carries:
        summary = f"Disclosure request {carries.partition(':')[2]} prepared."
    return [Line(heading + summary, carries=carries)]


def _case_lines(case: Case, requester: Requester) -> list[Line]:
    lines = [Line(f"Case reference: {case.reference}"),
             Line(f"Opened: {_date(case.opened_at)}; the case is {case.status.value}.")]
    if requester.kind is RequesterKind.PERSON:
        forms = {_norm(f) for f in requester.forms}
        mine = [p for p in case.people if p.role is not PersonRole.SUBJECT_ALIAS
                and (f"person:{p.id}" in requester.roster_refs or _norm(p.name) in forms)]
        for p in mine:
            lines.append(Line(f"You are recorded in this case as {ROLE_WORDS[p.role]}."))
        return lines
    aliases = [p.name for p in case.people if p.role is PersonRole.SUBJECT_ALIAS]
    lines += [
        Line(f"Name: {case.subject_name}"),
        Line(f"Student number: {case.subject_student_id}"),
        Line(f"Date of birth: {_date(case.subject_date_of_birth)}"),
        Line(f"Address: {case.subject_address or 'not recorded'}"),
    ]
    if aliases:
        lines.append(Line(f"Other names recorded: {', '.join(aliases)}"))
    return lines


def item_lines(
    session: Session, item: SARItem, log: SQLTransparencyLog, requester: Requester
) -> list[Line]:
    """The content of one item as the requester will read it (before redaction)."""
    kind, _, ident = item.source_ref.partition(":")
    if item.kind is ItemKind.CASE:
        case = _present(session.scalar(select(Case).where(Case.reference == ident)), item)
        return _case_lines(case, requester)
    if item.kind is ItemKind.CONCERN:
        concern = _present(session.get(Concern, int(ident)), item)
        lines = [
            Line(f"Raised on {_date(concern.raised_at)}; it came from "
                 f"{SOURCE_WORDS.get(concern.source, _words(concern.source.value))}."),
            Line(f"Observed on: {_date(concern.observed_on)}"),
        ]
        if requester.kind is RequesterKind.PERSON and concern.reported_by_name and names_person(
            concern.reported_by_name, requester.forms
        ):
            lines.append(Line("You are recorded as the person who first reported it."))
        return [*lines, Line("", concern.description)]
    if item.kind is ItemKind.CHRONOLOGY:
        case_ref, _, seq = ident.partition(":")
        event = _present(session.scalar(
            select(ChronologyEvent)
            .join(Case, ChronologyEvent.case_id == Case.id)
            .where(Case.reference == case_ref, ChronologyEvent.sequence == int(seq))
        ), item)
        return event_lines(session, event.case, event)
    if item.kind is ItemKind.EVIDENCE:
        evidence = _present(session.get(EvidenceItem, int(ident)), item)
        return [
            Line("", evidence.description),
            Line("Where it came from: ", evidence.provenance),
            Line(f"Added on {_date(evidence.added_at)}; we keep a fingerprint of the file so "
                 "that any change to it would show."),
        ]
    if item.kind is ItemKind.DECISION:
        d = _present(session.get(Decision, int(ident)), item)
        lines = [
            Line(f"Decided on {_date(d.decided_at)}: {_words(d.outcome.value)} "
                 f"(how serious: {_words(d.seriousness.value)})"),
            Line("Reasons: ", d.rationale),
            Line("How freedom of speech was considered: ", d.freedom_of_speech_consideration),
        ]
        if d.grounds:
            lines.append(Line(f"Grounds: {', '.join(_words(g) for g in d.grounds)}"))
        if d.actions:
            lines.append(Line("Actions agreed: ", d.actions))
        if d.review_date:
            lines.append(Line(f"Review date: {_date(d.review_date)}"))
        return lines
    if item.kind is ItemKind.DISCLOSURE:
        r = _present(session.scalar(
            select(DisclosureRequest).where(DisclosureRequest.reference == ident)
        ), item)
        recipient = session.get(Recipient, r.recipient_id)
        request_case = session.get(Case, r.case_id)
        lines = [
            Line(f"Disclosure request {r.reference} to {recipient_words(recipient)}; "
                 f"status: {r.status.value}.", carries=f"disclosure:{r.reference}"),
            Line(f"Prepared: {_date(r.created_at)}; shared: {_date(r.released_at)}"),
            Line("Purpose: ", r.purpose),
        ]
        # The original text, redacted afresh for the pack (placeholders consistent across it).
        for i in r.items:
            source = i.source_ref
            if source and source.startswith("event:") and request_case is not None:
                source = f"event:{request_case.reference}:{source.partition(':')[2]}"
            lines.append(Line(f"Item {i.position} ({i.label}): ", i.original_text,
                              carries=source))
        return lines
    if item.kind is ItemKind.NON_DISCLOSURE:
        n = _present(session.scalar(
            select(NonDisclosureDecision).where(NonDisclosureDecision.reference == ident)
        ), item)
        return [Line(f"Decided not to share on {_date(n.decided_at)}."),
                Line("Reasons: ", n.reasons)]
    if item.kind is ItemKind.SHARING_LOG:
        return log_entry_lines(session, read_log_entry(session, log, int(ident)))
    raise ValueError(f"unknown item kind {kind}")


def item_text(session: Session, item: SARItem, log: SQLTransparencyLog,
              requester: Requester) -> str:
    return "\n".join(
        line.fixed + (line.free or "") for line in item_lines(session, item, log, requester)
    )


def carried(item: SARItem, lines: Iterable[Line]) -> set[str]:
    """The records an item holds: its own, and any another line of it carries."""
    return {item.source_ref} | {line.carries for line in lines if line.carries}


def free_texts(lines: Iterable[Line]) -> list[str]:
    return [line.free for line in lines if line.free and line.free.strip()]


# --- revealing pairs ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Revealing:
    """Item ``revealing`` (disclosed) reveals item ``withheld``: the records both carry, and the
    passages of 8 or more words they share."""

    withheld: int
    revealing: int
    records: tuple[str, ...]
    passages: int


def revealing_pairs(contents: dict[int, tuple[SARItem, list[Line]]],
                    withheld: Iterable[int]) -> list[Revealing]:
    """Every (withheld item, other item not withheld) pair where the other reveals it: it
    carries the withheld item's record, or shares a run of 8 or more consecutive words with
    it."""
    withheld = sorted(set(withheld))
    pairs: list[Revealing] = []
    for w in withheld:
        w_item, w_lines = contents[w]
        w_free = free_texts(w_lines)
        for position, (item, lines) in sorted(contents.items()):
            if position in withheld:
                continue
            # The withheld record itself, held by the other item (a disclosure that quoted the
            # withheld concern, the chronology entry or log entry of a withheld release).
            records = (w_item.source_ref,) if w_item.source_ref in carried(item, lines) else ()
            passages = sum(len(shared_runs(w_free, text)) for text in free_texts(lines))
            if records or passages:
                pairs.append(Revealing(w, position, records, passages))
    return pairs


def remove_revealing(
    lines: list[Line], withheld: Sequence[tuple[str, list[str]]]
) -> list[Line]:
    """``lines`` without what reveals the withheld items given as (record, free texts): a
    line carrying the record goes; a passage of 8 or more words shared with one of the texts
    becomes [REMOVED]."""
    records = {r for r, _ in withheld}
    texts = [t for _, ts in withheld for t in ts]
    out: list[Line] = []
    for line in lines:
        if line.carries and line.carries in records:
            continue
        free = line.free
        if free:
            for start, end in reversed(shared_runs(texts, free)):
                free = free[:start] + REMOVED + free[end:]
        out.append(Line(line.fixed, free, line.carries))
    return out


# --- the pack -----------------------------------------------------------------------------------


@dataclass
class ThirdPartyNames:
    """Other people in the records: everyone to redact, and those the DPO decided to disclose
    (Sch 2 para 16)."""

    redact: list[str] = field(default_factory=list)
    disclose: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PackItem:
    """A disclosed item ready for the pack: what was decided about revealing pairs applied, and
    the texts of withheld items none of whose passages may remain in it (all but those it was
    decided to disclose with)."""

    item: SARItem
    lines: list[Line]
    guard: tuple[str, ...] = ()


def _forms_of(name: str) -> set[str]:
    full = " ".join(name.split()).casefold()
    return {full, *full.split()}


def restore_disclosed(original: str, findings: Sequence[Finding], redacted: str,
                      disclose: Sequence[str], keep_out: Sequence[str]) -> str:
    """The redacted text, with the names of people the DPO decided to disclose put back: a
    person finding whose words are (part of) such a name and of no other person's."""
    if not disclose:
        return redacted
    mine = set().union(*(_forms_of(n) for n in disclose))
    others = set().union(*(_forms_of(n) for n in keep_out)) if keep_out else set()
    spans = sorted(
        (f for f in findings if f.action == "redacted" and f.placeholder), key=lambda f: f.start
    )
    if any(a.end > b.start for a, b in pairwise(spans)):
        return redacted  # overlapping findings: keep the engine's own text (nothing restored)
    restore = False
    out, at = [], 0
    for f in spans:
        words = " ".join(original[f.start:f.end].split()).casefold()
        words = re.sub(r"['\u2019]s$", "", words)
        keep = f.entity_type == "PERSON" and words in mine and words not in others
        restore = restore or keep
        out.append(original[at:f.start])
        out.append(original[f.start:f.end] if keep else str(f.placeholder))
        at = f.end
    out.append(original[at:])
    return "".join(out) if restore else redacted


def art15_sections(
    session: Session,
    items: Sequence[PackItem],
    *,
    requester: Requester,
    organisation: str,
    schedule: Schedule,
) -> list[tuple[str, list[str]]]:
    """The Art 15(1)-(2) information, each heading with its paragraphs, in plain words, from
    what the pack discloses."""
    kinds = {p.item.kind for p in items}
    about = "you" if requester.kind is RequesterKind.STUDENT else "you, where our records name you"
    purposes = [
        f"{organisation} must have due regard to the need to prevent people from being drawn "
        "into terrorism (the Prevent duty, Counter-Terrorism and Security Act 2015, section 26). "
        "We hold these records to meet that duty: to look into concerns, to support and "
        "safeguard the people involved, and, where the law allows, to share information with "
        "the bodies that assess such concerns.",
        "The law we rely on: UK GDPR Article 6(1)(e) (a task in the public interest); for "
        "information about beliefs, health or other special categories, Article 9(2)(g) with "
        "the Data Protection Act 2018, Schedule 1, paragraph 18 (safeguarding of children and "
        "of individuals at risk); for information about alleged offences, Article 10 with "
        "Schedule 1, paragraph 10 (preventing or detecting unlawful acts).",
    ]
    category_words = {
        ItemKind.CASE: "your identity and contact details as recorded in a case",
        ItemKind.CONCERN: "concerns reported to us and what was observed",
        ItemKind.CHRONOLOGY: "the steps we took and our notes",
        ItemKind.EVIDENCE: "evidence gathered and where it came from",
        ItemKind.DECISION: "decisions taken and their reasons",
        ItemKind.DISCLOSURE: "information prepared to be shared, and why",
        ItemKind.NON_DISCLOSURE: "decisions not to share, and why",
        ItemKind.SHARING_LOG: "the record of when information was shared",
    }
    categories = [category_words[k] for k in ItemKind if k in kinds]
    special, criminal = False, False
    recipients: dict[str, str] = {}
    for p in items:
        if p.item.kind is ItemKind.DISCLOSURE:
            r = session.scalar(select(DisclosureRequest).where(
                DisclosureRequest.reference == p.item.source_ref.partition(":")[2]))
            if r is None:
                continue
            special = special or any(i.special_categories for i in r.items)
            criminal = criminal or any(i.criminal_offence for i in r.items)
            recipient = session.get(Recipient, r.recipient_id)
            when = (f"shared on {_date(r.released_at)}" if r.released_at
                    else "prepared, not shared")
            recipients.setdefault(recipient_words(recipient), when)
    if special:
        categories.append("special category data (such as beliefs or health)")
    if criminal:
        categories.append("information about alleged criminal offences")
    category_text = [
        f"The information we hold about {about} falls into these categories: "
        + ("; ".join(categories) if categories else "none that we can disclose") + "."
    ]
    recipient_text = (
        [f"{who}: {when}." for who, when in recipients.items()]
        if recipients else ["We have not shared the information in this pack with anyone."]
    )
    recipient_text.append(
        "Within our organisation the records are seen only by the Prevent Lead and their "
        "nominee, the Senior Management Team members who take decisions, and our Data "
        "Protection Officer; auditors see only records that name no one."
    )
    retention = [
        f"{_class_words(rule.record_class.value)}: {_action_words(rule.action.value)} "
        f"{rule.period.describe()} after {_trigger_words(rule.trigger.value)}."
        for rule in schedule.rules.values()
    ]
    rights = [
        "You have the right to ask us to correct information that is wrong (rectification, "
        "UK GDPR Article 16), to delete it (erasure, Article 17), to limit how we use it "
        "(restriction, Article 18), and to object to our using it (objection, Article 21). "
        "Some of these rights are limited where we must keep or use the information for the "
        "Prevent duty; we will tell you if so, and why.",
        "You have the right to complain to the Information Commissioner's Office "
        "(ico.org.uk/make-a-complaint, 0303 123 1113), and to go to court.",
        "To use any of these rights, write to our Data Protection Officer.",
    ]
    sources = sorted({
        SOURCE_WORDS.get(c.source, _words(c.source.value))
        for p in items if p.item.kind is ItemKind.CONCERN
        for c in [session.get(Concern, int(p.item.source_ref.partition(":")[2]))] if c
    })
    source_text = [
        "Concerns came to us from: " + "; ".join(sources) + "." if sources else
        "The records in this pack were made by our own staff.",
        "Our own staff recorded the steps, notes and decisions; the record of sharing is "
        "written by our system when information is shared.",
    ]
    automated = ["No decision about you is taken by automated means, including profiling. "
                 "Every decision is taken by people: the Prevent Lead with the Senior "
                 "Management Team, and our Data Protection Officer."]
    transfers = ["We do not transfer this information outside the United Kingdom: every "
                 "recipient named above is a UK body."]
    return list(zip(ART15_HEADINGS, [purposes, category_text, recipient_text, retention,
                                      rights, source_text, automated, transfers], strict=False))


def _class_words(code: str) -> str:
    return {
        "no_further_action_record": "Records of concerns where no further action was taken",
        "internal_action_case": "Cases with internal support",
        "referral_case": "Cases referred to the Regional Prevent Coordinator",
        "disclosure_package": "Information shared and the copy kept of it",
        "decision_not_to_share": "Decisions not to share",
        "access_log": "The record of who read which case",
        "dpia": "Data protection impact assessments",
    }.get(code, _words(code).capitalize())


def _action_words(code: str) -> str:
    return {"destroy": "destroyed", "anonymise": "anonymised",
            "review": "reviewed for destruction"}.get(code, _words(code))


def _trigger_words(code: str) -> str:
    return {"case_closed": "the case is closed", "last_action": "the last action on it",
            "review_completed": "the last review", "student_left": "the student leaves us"}.get(
        code, _words(code))


def build_pack(
    *,
    reference: str,
    received_on: date,
    items: Sequence[PackItem],
    requester: Requester,
    third_parties: ThirdPartyNames,
    session: Session,
    redactor: Redactor,
    organisation: str,
    schedule: Schedule,
    now: datetime,
    font_dir: Any = None,
) -> bytes:
    """The PDF. It is refused if a passage of a withheld item remains in an item guarded
    against it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

    from gateway.packages.fonts import check_text_renderable, font_set
    from redaction import Person, PlaceholderRegistry

    subject: Person | None = None
    if requester.kind is RequesterKind.STUDENT:
        names = [c.subject_name for c in session.scalars(
            select(Case).where(student_matches(
                session, Case.subject_student_id, Case.subject_student_index,
                requester.student_id or "")))]
        aliases = [p.name for c in session.scalars(
            select(Case).where(student_matches(
                session, Case.subject_student_id, Case.subject_student_index,
                requester.student_id or "")))
            for p in c.people if p.role is PersonRole.SUBJECT_ALIAS]
        if names:
            subject = Person(names[0], aliases=tuple(dict.fromkeys(names[1:] + aliases)))
    elif requester.name:
        subject = Person(requester.name, identifiers=requester.identifiers)
    own = {_norm(n) for n in ([subject.name, *subject.aliases] if subject else [])}
    people = [Person(n) for n in dict.fromkeys(third_parties.redact + third_parties.disclose)
              if _norm(n) not in own]
    placeholders = PlaceholderRegistry()

    rendered: list[tuple[SARItem, str]] = []
    kept: list[PackItem] = []
    for p in items:
        out: list[str] = []
        for line in p.lines:
            free = line.free
            if free and free.strip():
                result = redactor.redact(free, subject=subject, people=people,
                                         placeholders=placeholders)
                free = restore_disclosed(free, result.findings, result.text,
                                         third_parties.disclose, third_parties.redact)
            out.append(line.fixed + (free or ""))
        text = "\n".join(s for s in out if s.strip())
        if text.strip():
            rendered.append((p.item, text))
            kept.append(p)
    # The last guard: nothing of a withheld item may have survived into the pack.
    whole = "\n".join(text for _, text in rendered)
    if any(shared_runs(p.guard, text) for p, (_, text) in zip(kept, rendered, strict=True)):
        raise PackWouldReveal(
            f"The response pack for {reference} still holds words of a withheld item, so it "
            "was not made. Nothing was changed.",
            hint="Redact or withhold the items that reveal it, then export again.",
        )

    fonts = font_set(font_dir)
    sections = art15_sections(session, items, requester=requester, organisation=organisation,
                              schedule=schedule)
    check_text_renderable([whole, organisation, *(t for _, ps in sections for t in ps)], fonts)
    base = getSampleStyleSheet()
    navy = colors.HexColor("#1f3a5f")
    title = ParagraphStyle("t", parent=base["Title"], textColor=navy, fontSize=18, alignment=0,
                           fontName=fonts.bold)
    h2 = ParagraphStyle("h2", parent=base["Heading2"], textColor=navy, fontName=fonts.bold,
                        spaceBefore=10)
    h3 = ParagraphStyle("h3", parent=base["Heading3"], textColor=navy, fontName=fonts.bold,
                        spaceBefore=8)
    body = ParagraphStyle("b", parent=base["Normal"], fontSize=9.5, leading=13,
                          fontName=fonts.regular, spaceAfter=4)
    story: list[Flowable] = [
        Paragraph(f"Your subject access request {escape(reference)}", title),
        Paragraph(f"{escape(organisation)} · received {long_date(received_on)} · "
                  f"prepared {long_date(now)}", body),
        Spacer(1, 6),
        Paragraph(
            "This pack answers your request under Article 15 of the UK GDPR. It sets out why "
            "we hold information about you, what it is, who has received it, how long we keep "
            "it, your rights and where it came from, then gives the information itself. "
            "Information about other people has been removed and replaced by placeholders such "
            "as [PERSON 1].", body),
    ]
    for heading, paragraphs in sections:
        story.append(Paragraph(escape(heading), h2))
        story += [Paragraph(escape(text), body) for text in paragraphs]
    story.append(Paragraph(escape(ART15_HEADINGS[-1]), h2))
    if not rendered:
        story.append(Paragraph("We hold no Prevent records about you that we can disclose.",
                               body))
    for n, (item, text) in enumerate(rendered, start=1):
        story.append(Paragraph(f"{n}. {escape(item.label)}", h3))
        story.append(Paragraph(escape(text).replace("\n", "<br/>"), body))
    story.append(Spacer(1, 10))
    story.append(Paragraph(f"Pack prepared {long_datetime(now)}.", body))

    page_w, page_h = A4
    margin = 20 * mm

    def draw_static(canv: Any, _doc: Any) -> None:
        canv.saveState()
        canv.setFont(fonts.bold, 9)
        canv.drawCentredString(page_w / 2, page_h - 10 * mm, MARKING)
        canv.drawCentredString(page_w / 2, 8 * mm, MARKING)
        canv.setFont(fonts.regular, 7.5)
        canv.drawString(margin, page_h - 10 * mm, f"Subject access {reference}")
        canv.restoreState()

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Two passes, so that each page can say "Page x of N"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(fonts.regular, 8)
                self.drawRightString(page_w - margin, 8 * mm,
                                     f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title=f"Subject access response {reference}", subject=MARKING,
                            author=organisation, creator="prevent-gateway")
    doc.build(story, onFirstPage=draw_static, onLaterPages=draw_static,
              canvasmaker=NumberedCanvas)
    return buffer.getvalue()
