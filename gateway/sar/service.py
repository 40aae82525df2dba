"""Subject access requests below the use cases: finding everything held about the requester,
the other people in it, which items reveal a withheld one, loading a request, the views of it,
and the retention block while a request is open.

The steps the DPO takes are in :mod:`gateway.sar.use_cases`; each checks SAR_HANDLE there.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.audit.errors import LOG_READ_ERRORS, unreadable
from gateway.cases.domain import PersonRole
from gateway.cases.models import Case, CasePerson
from gateway.disclosures.models import DisclosureRequest, NonDisclosureDecision
from gateway.encryption.keystore import case_subject_key
from gateway.encryption.secrets import student_matches
from gateway.errors import InvalidInput, NotFound
from gateway.sar.domain import (
    ItemDecision,
    ItemKind,
    PersonToFind,
    RequesterKind,
    SARStatus,
    days_left,
    due_date,
    names_person,
    paused_days,
)
from gateway.sar.models import SARItem, SARPause, SARThirdParty, SubjectAccessRequest
from gateway.sar.pack import (
    ROLE_WORDS,
    Line,
    Requester,
    Revealing,
    item_lines,
    revealing_pairs,
)
from gateway.sar.views import (
    IdentityView,
    PauseView,
    RevealingPairView,
    SARItemView,
    SARSummary,
    SARView,
    ThirdPartyView,
)
from gateway.timeutil import long_date
from gateway.users.domain import Action
from gateway.users.models import User
from sharing_log import EntryType, decode_entry, subject_reference
from sharing_log.sql import SQLTransparencyLog

#: What handling a subject access request needs (the DPO's role).
SAR_ACTION = Action.SAR_HANDLE

#: What a record found for the requester is: (kind, source_ref, case_id, label).
Found = tuple[ItemKind, str, int | None, str]

_ENTRY_WORDS = {
    EntryType.DISCLOSURE_RELEASED: "information shared",
    EntryType.EMERGENCY_RELEASE: "information shared urgently",
    EntryType.DECISION_NOT_TO_SHARE: "decision not to share",
    EntryType.RETROSPECTIVE_REVIEW: "review of urgent sharing",
    EntryType.RECORDS_DISPOSED: "records destroyed",
}


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


# --- who asked ----------------------------------------------------------------------------------


def requester_of(session: Session, request: SubjectAccessRequest) -> Requester:
    """The requester as the search and the pack need them."""
    if request.requester_kind is RequesterKind.STUDENT:
        return Requester(RequesterKind.STUDENT, student_id=request.student_id)
    identifiers = tuple(request.requester_identifiers or ())
    name = request.requester_name
    refs: frozenset[str] = frozenset()
    if request.requester_ref:
        person = session.get(CasePerson, int(request.requester_ref.partition(":")[2]))
        if person is None:
            raise NotFound(
                f"The case record naming the requester of {request.reference} is no longer held.",
                hint="It was disposed of after the request was answered.",
            )
        name, refs = person.name, frozenset({request.requester_ref})
    assert name is not None
    return Requester(RequesterKind.PERSON, name=name, forms=(name, *identifiers),
                     identifiers=identifiers, roster_refs=refs)


def find_roster_person(session: Session, person: PersonToFind) -> CasePerson:
    """The requester's entry on the named case's roster."""
    case = session.scalar(select(Case).where(Case.reference == person.case_reference))
    if case is None:
        raise NotFound(f"No case {person.case_reference}.",
                       hint="Give the reference of a case that names the requester.")
    match = [p for p in case.people
             if _norm(p.name) == _norm(person.name) and p.role is not PersonRole.SUBJECT_ALIAS]
    if not match:
        raise InvalidInput(
            f"No one of that name is recorded among the people in {case.reference}.",
            hint="Give the name exactly as the case records it, or open the request by the "
            "name and identifiers the person gave, without a case.",
        )
    return match[0]


# --- finding the records ------------------------------------------------------------------------


def _case_records(session: Session, case: Case) -> list[Found]:
    found: list[Found] = [(ItemKind.CASE, f"case:{case.reference}", case.id,
                           f"Case record {case.reference} (opened {long_date(case.opened_at)})")]
    for c in case.concerns:
        found.append((ItemKind.CONCERN, f"concern:{c.id}", case.id,
                      f"Concern raised {long_date(c.raised_at)}"))
    for e in case.events:
        found.append((ItemKind.CHRONOLOGY, f"event:{case.reference}:{e.sequence}", case.id,
                      f"Chronology entry {e.sequence} ({e.kind.replace('_', ' ')}, "
                      f"{long_date(e.occurred_at)})"))
    for ev in case.evidence:
        found.append((ItemKind.EVIDENCE, f"evidence:{ev.id}", case.id,
                      f"Evidence item {ev.id} (added {long_date(ev.added_at)})"))
    for d in case.decisions:
        found.append((ItemKind.DECISION, f"decision:{d.id}", case.id,
                      f"Decision of {long_date(d.decided_at)}"))
    for r in session.scalars(
        select(DisclosureRequest).where(DisclosureRequest.case_id == case.id)
        .order_by(DisclosureRequest.id)
    ):
        found.append((ItemKind.DISCLOSURE, f"disclosure:{r.reference}", case.id,
                      f"Disclosure request {r.reference} ({r.status.value})"))
    for n in session.scalars(
        select(NonDisclosureDecision).where(NonDisclosureDecision.case_id == case.id)
        .order_by(NonDisclosureDecision.id)
    ):
        found.append((ItemKind.NON_DISCLOSURE, f"non_disclosure:{n.reference}", case.id,
                      f"Decision not to share {n.reference} ({long_date(n.decided_at)})"))
    return found


def _transient(found: Found) -> SARItem:
    kind, source_ref, case_id, label = found
    return SARItem(position=0, kind=kind, source_ref=source_ref, case_id=case_id, label=label)


def find_items(
    session: Session, requester: Requester, subject_key: bytes, log: SQLTransparencyLog
) -> list[Found]:
    """Everything held about the requester: (kind, source_ref, case_id, label). Labels carry
    dates and kinds only, never content. For the student: every record of their cases and the
    sharing-log entries found through their pseudonymous reference. For anyone else: only the
    records that name them (their name as recorded, or the identifiers they gave)."""
    if requester.kind is RequesterKind.PERSON:
        return _find_for_person(session, requester, log)
    student_id = requester.student_id or ""
    cases = list(session.scalars(
        select(Case)
        .where(
            student_matches(
                session, Case.subject_student_id, Case.subject_student_index, student_id
            )
        )
        .order_by(Case.id)))
    found = [f for case in cases for f in _case_records(session, case)]
    # The sharing log holds no identifier, only the pseudonymous reference made with each
    # case's own key (and, for entries written before that, the installation-wide key while it
    # is kept): recompute them.
    refs = {
        subject_reference(case_subject_key(session, c.reference), student_id) for c in cases
    }
    if subject_key:
        refs.add(subject_reference(subject_key, student_id))
    conn = session.connection()
    case_ids = {c.reference: c.id for c in cases}
    try:
        for index, leaf in log.iter_entries(conn, log.size(conn)):
            entry = decode_entry(leaf)
            if entry.entry.fields.get("subject_ref") in refs:
                case_ref = entry.entry.fields.get("case_id")
                what = _ENTRY_WORDS.get(entry.entry.entry_type,
                                        entry.entry.entry_type.value.replace("_", " "))
                found.append((
                    ItemKind.SHARING_LOG,
                    f"log:{index}",
                    case_ids.get(case_ref) if isinstance(case_ref, str) else None,
                    f"Record of sharing {index} ({what}, {_logged_on(entry.logged_at)})",
                ))
    except LOG_READ_ERRORS as exc:
        raise unreadable(exc) from None
    return found


def _logged_on(text: str) -> str:
    from datetime import datetime

    try:
        return long_date(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return text[:10]


def _find_for_person(
    session: Session, requester: Requester, log: SQLTransparencyLog
) -> list[Found]:
    found: list[Found] = []
    for case in session.scalars(select(Case).order_by(Case.id)):
        for record in _case_records(session, case):
            lines = item_lines(session, _transient(record), log, requester)
            if record[0] is ItemKind.CASE:
                # The case record names them when they are on its roster.
                if any(line.fixed.startswith("You are recorded") for line in lines):
                    found.append(record)
            elif _names(lines, requester) or any(
                line.fixed.startswith("You are recorded") for line in lines
            ):
                found.append(record)
    return found


def _names(lines: Iterable[Line], requester: Requester) -> bool:
    return any(line.free and names_person(line.free, requester.forms) for line in lines)


def unlisted(
    session: Session, request: SubjectAccessRequest, subject_key: bytes, log: SQLTransparencyLog
) -> list[Found]:
    """Records about the requester that the request does not list yet (added since)."""
    listed = {i.source_ref for i in request.items}
    return [
        found
        for found in find_items(session, requester_of(session, request), subject_key, log)
        if found[1] not in listed
    ]


# --- the other people ---------------------------------------------------------------------------


def person_name(session: Session, ref: str) -> tuple[str, str]:
    """(name, connection) of a third party by where they are recorded."""
    kind, _, ident = ref.partition(":")
    if kind == "person":
        p = session.get(CasePerson, int(ident))
        if p is not None:
            return p.name, f"{ROLE_WORDS[p.role]} in {p.case.reference}"
    elif kind == "user":
        u = session.get(User, int(ident))
        if u is not None:
            return u.display_name, "a member of staff"
    elif kind == "subject":
        c = session.scalar(select(Case).where(Case.reference == ident))
        if c is not None:
            return c.subject_name, f"the student {c.reference} is about"
    return "(no longer held)", "a record since disposed of"


def third_party_candidates(
    session: Session, requester: Requester, case_ids: Iterable[int]
) -> list[tuple[str, str]]:
    """(ref, name) of everyone but the requester who could be in the records: the people on
    the cases' rosters, the students the cases are about (when someone else asked), and staff."""
    out: list[tuple[str, str]] = []
    for case_id in sorted(set(case_ids)):
        case = session.get(Case, case_id)
        if case is None:
            continue
        if requester.kind is RequesterKind.PERSON:
            out.append((f"subject:{case.reference}", case.subject_name))
        for p in case.people:
            if p.role is PersonRole.SUBJECT_ALIAS:
                continue
            ref = f"person:{p.id}"
            mine = {_norm(form) for form in requester.forms}
            if ref in requester.roster_refs or _norm(p.name) in mine:
                continue
            out.append((ref, p.name))
    for user in session.scalars(select(User).order_by(User.id)):
        out.append((f"user:{user.id}", user.display_name))
    return out


def third_parties_in(
    session: Session, requester: Requester, contents: Iterable[list[Line]],
    case_ids: Iterable[int],
) -> list[str]:
    """The refs of the other people the found records name (one per name)."""
    texts = [(line.fixed or "") + " " + (line.free or "") for lines in contents for line in lines]
    whole = "\n".join(texts)
    seen: set[str] = set()
    refs: list[str] = []
    for ref, name in third_party_candidates(session, requester, case_ids):
        key = _norm(name)
        # The student a case is about is in every record of it, by whatever name it uses.
        if key in seen or not (ref.startswith("subject:") or names_person(whole, [name])):
            continue
        seen.add(key)
        refs.append(ref)
    return refs


def add_third_parties(session: Session, request: SubjectAccessRequest, refs: Iterable[str]) -> None:
    listed = {t.person_ref for t in request.third_parties}
    names = {_norm(person_name(session, t.person_ref)[0]) for t in request.third_parties}
    position = max((t.position for t in request.third_parties), default=0)
    for ref in refs:
        if ref in listed or _norm(person_name(session, ref)[0]) in names:
            continue
        position += 1
        request.third_parties.append(SARThirdParty(position=position, person_ref=ref))


# --- what each item holds, and which reveal a withheld one -------------------------------------


def contents_of(
    session: Session, request: SubjectAccessRequest, log: SQLTransparencyLog,
    items: Iterable[SARItem] | None = None,
) -> dict[int, tuple[SARItem, list[Line]]]:
    requester = requester_of(session, request)
    return {
        i.position: (i, item_lines(session, i, log, requester))
        for i in (request.items if items is None else items)
    }


def pairs_of(
    session: Session, request: SubjectAccessRequest, log: SQLTransparencyLog,
    contents: dict[int, tuple[SARItem, list[Line]]] | None = None,
) -> list[Revealing]:
    withheld = [i.position for i in request.items if i.decision is ItemDecision.WITHHOLD]
    if not withheld:
        return []
    return revealing_pairs(contents or contents_of(session, request, log), withheld)


# --- loading ------------------------------------------------------------------------------------


def load_request(session: Session, reference: str) -> SubjectAccessRequest:
    request = session.scalar(
        select(SubjectAccessRequest).where(SubjectAccessRequest.reference == reference)
    )
    if request is None:
        raise NotFound(f"No subject access request {reference}.",
                       hint="The list of subject access requests shows their references.")
    return request


def load_item(request: SubjectAccessRequest, position: int) -> SARItem:
    item = next((i for i in request.items if i.position == position), None)
    if item is None:
        raise NotFound(f"{request.reference} has no item {position}.",
                       hint="The request lists its items with their numbers.")
    return item


def require_open(request: SubjectAccessRequest) -> None:
    if request.status is not SARStatus.OPEN:
        raise InvalidInput(f"{request.reference} has been responded to and is closed.")


def open_pause(request: SubjectAccessRequest) -> SARPause | None:
    return next((p for p in request.pauses if p.resumed_on is None), None)


def clock_days(request: SubjectAccessRequest, today: date) -> int:
    return paused_days(((p.paused_on, p.resumed_on) for p in request.pauses), today)


def effective_due(request: SubjectAccessRequest, today: date) -> date:
    return due_date(request.received_on, extended=request.extension_reason is not None,
                    paused=clock_days(request, today))


# --- views -------------------------------------------------------------------------------------


def summary_of(request: SubjectAccessRequest, today: date) -> SARSummary:
    return SARSummary.model_validate(_summary_fields(request, today))


def _summary_fields(request: SubjectAccessRequest, today: date) -> dict[str, object]:
    is_open = request.status is SARStatus.OPEN
    paused = is_open and open_pause(request) is not None
    due = effective_due(request, today)
    return {
        "reference": request.reference,
        "status": request.status,
        "requester_kind": request.requester_kind,
        "received_on": request.received_on,
        "due_on": due,
        "extended": request.extension_reason is not None,
        "paused": paused,
        "paused_days": clock_days(request, today),
        "identity_verified": request.identity_method is not None,
        "days_left": days_left(due, today),
        "overdue": is_open and not paused and today > due,
        "items": len(request.items),
        "pending": sum(1 for i in request.items if i.decision is ItemDecision.PENDING),
        "responded_at": request.responded_at,
        "pack_sha256": request.pack_sha256,
    }


def item_view(item: SARItem) -> SARItemView:
    return SARItemView(
        position=item.position,
        kind=item.kind,
        source_ref=item.source_ref,
        label=item.label,
        decision=item.decision,
        exemption=item.exemption,
        prejudice_reasoning=item.prejudice_reasoning,
        decided_at=item.decided_at,
    )


def _user_name(session: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    user = session.get(User, user_id)
    return user.display_name if user else None


def _record_words(ref: str) -> str:
    kind, _, ident = ref.partition(":")
    return f"{kind.replace('_', ' ')} {ident.replace(':', ' entry ')}"


def view_of(
    session: Session,
    request: SubjectAccessRequest,
    today: date,
    pairs: list[Revealing] | None = None,
) -> SARView:
    requester = requester_of(session, request)
    if requester.kind is RequesterKind.STUDENT:
        who = f"The student {request.student_id}"
    else:
        how = ("on the roster of a case" if request.requester_ref
               else "by the name and identifiers they gave")
        who = f"{requester.name}, found {how}"
    identity = None
    if request.identity_method is not None and request.identity_verified_at is not None:
        identity = IdentityView(
            method=request.identity_method,
            method_label=request.identity_method.label,
            details=request.identity_details,
            verified_by=_user_name(session, request.identity_verified_by_id) or "",
            verified_at=request.identity_verified_at,
        )
    pauses = [
        PauseView(
            reason=p.reason, reason_label=p.reason.label, detail=p.detail,
            paused_on=p.paused_on, paused_by=_user_name(session, p.paused_by_id) or "",
            resumed_on=p.resumed_on, resumed_by=_user_name(session, p.resumed_by_id),
            days=paused_days([(p.paused_on, p.resumed_on)], today),
        )
        for p in request.pauses
    ]
    third = []
    for t in request.third_parties:
        name, connection = person_name(session, t.person_ref)
        third.append(ThirdPartyView(
            position=t.position, name=name, connection=connection, decision=t.decision,
            decision_label=t.decision.label, reasoning=t.reasoning, decided_at=t.decided_at,
        ))
    labels = {i.position: i.label for i in request.items}
    resolutions = {(r.withheld_position, r.revealing_position): r
                   for r in request.pair_resolutions}
    revealing = []
    for pair in pairs or []:
        resolved = resolutions.get((pair.withheld, pair.revealing))
        revealing.append(RevealingPairView(
            withheld=pair.withheld, withheld_label=labels[pair.withheld],
            revealing=pair.revealing, revealing_label=labels[pair.revealing],
            records=[_record_words(r) for r in pair.records], passages=pair.passages,
            resolution=resolved.resolution if resolved else None,
            reasoning=resolved.reasoning if resolved else None,
        ))
    return SARView.model_validate({
        **_summary_fields(request, today),
        "student_id": request.student_id,
        "requester": who,
        "extension_reason": request.extension_reason,
        "identity": identity,
        "pauses": pauses,
        "item_list": [item_view(i) for i in request.items],
        "third_parties": third,
        "revealing": revealing,
    })


def list_open(session: Session, actor: Actor, *, today: date) -> list[SARSummary]:
    """Open requests, soonest deadline first (the DPO's dashboard)."""
    actor.require(SAR_ACTION)
    rows = [summary_of(r, today) for r in session.scalars(
        select(SubjectAccessRequest)
        .where(SubjectAccessRequest.status == SARStatus.OPEN)
        .order_by(SubjectAccessRequest.id)
    )]
    rows.sort(key=lambda r: (r.due_on, r.reference))
    return rows


def open_sar_blocks(session: Session, case_id: int) -> bool:
    """True while an open subject access request covers the case: retention must not dispose
    of it (its records are either listed in the request or belong to the requester)."""
    listed = session.scalar(
        select(func.count())
        .select_from(SARItem)
        .join(SubjectAccessRequest, SARItem.request_id == SubjectAccessRequest.id)
        .where(SARItem.case_id == case_id, SubjectAccessRequest.status == SARStatus.OPEN)
    )
    if listed:
        return True
    case = session.get(Case, case_id)
    if case is None:
        return False
    requester = session.scalar(
        select(func.count())
        .select_from(SubjectAccessRequest)
        .where(
            student_matches(
                session,
                SubjectAccessRequest.student_id,
                SubjectAccessRequest.student_index,
                case.subject_student_id,
            ),
            SubjectAccessRequest.status == SARStatus.OPEN,
        )
    )
    return bool(requester)
