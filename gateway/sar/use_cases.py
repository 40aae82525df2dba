"""What the DPO does with a subject access request (UK GDPR Art 15), one use case per step.

Every use case is ``(session, actor, clock, settings, *inputs) -> view``: it checks SAR_HANDLE,
checks the request's state, records the step (who and when on the request; reads of personal
data in the access log) and returns a view built inside the transaction. The command line,
the API and the pages call these and nothing else.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.actor import Actor
from gateway.audit.watch import guard as guard_log
from gateway.clock import Clock
from gateway.config import Settings
from gateway.encryption.secrets import student_matches
from gateway.errors import Conflict, GatewayError, InvalidInput, InvalidTransition, NotFound
from gateway.references import next_reference
from gateway.sar.domain import (
    IdentityMethod,
    ItemDecision,
    PairResolution,
    PauseReason,
    PersonToFind,
    RequesterKind,
    SARStatus,
    ThirdPartyDecision,
    check_extension,
    check_identity,
    check_item_decision,
    check_pair_resolution,
    check_pause,
    check_third_party,
    extended_deadline,
    one_month_after,
)
from gateway.sar.models import (
    SARItem,
    SARPairResolution,
    SARPause,
    SubjectAccessRequest,
)
from gateway.sar.pack import (
    PackItem,
    Redactor,
    ThirdPartyNames,
    build_pack,
    free_texts,
    item_text,
    remove_revealing,
)
from gateway.sar.service import (
    SAR_ACTION,
    add_third_parties,
    clock_days,
    contents_of,
    find_roster_person,
    item_view,
    load_item,
    load_request,
    open_pause,
    pairs_of,
    person_name,
    requester_of,
    require_open,
    summary_of,
    third_parties_in,
    third_party_candidates,
    unlisted,
    view_of,
)
from gateway.sar.views import (
    SARItemText,
    SARItemView,
    SARPack,
    SARRefreshed,
    SARSummary,
    SARView,
    ThirdPartyView,
)
from gateway.users.domain import Action

if TYPE_CHECKING:
    from gateway.keys import Keyring
    from gateway.retention.schedule import Schedule
    from sharing_log.sql import SQLTransparencyLog


class LazyRedactor:
    """The process-wide redactor, loaded (spaCy) only when a pack has free text to redact."""

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name

    def redact(self, text: str, **kwargs: Any) -> Any:
        from redaction import get_redactor

        return get_redactor(self.model_name).redact(text, **kwargs)


class PackNotMade(GatewayError):
    """The response pack could not be redacted, so it was not made."""

    code = "sar-pack-not-made"


def _add_items(
    session: Session, request: SubjectAccessRequest, keyring: Keyring, log: SQLTransparencyLog
) -> list[SARItem]:
    """List the records about the requester not yet listed, and the other people they name."""
    added: list[SARItem] = []
    position = max((i.position for i in request.items), default=0)
    for kind, source_ref, case_id, label in unlisted(
        session, request, keyring.subject_hmac_key(), log
    ):
        position += 1
        item = SARItem(position=position, kind=kind, source_ref=source_ref, case_id=case_id,
                       label=label)
        request.items.append(item)
        added.append(item)
    session.flush()
    requester = requester_of(session, request)
    contents = contents_of(session, request, log, added)
    add_third_parties(session, request, third_parties_in(
        session, requester, (lines for _, lines in contents.values()),
        {i.case_id for i in added if i.case_id is not None},
    ))
    session.flush()
    return added


def open_request(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    student_id: str | None = None,
    *,
    person: PersonToFind | None = None,
    received_on: date | None = None,
    keyring: Keyring,
    log: SQLTransparencyLog,
) -> SARView:
    """Open a request, received on ``received_on`` (default today), from the student
    ``student_id`` or from another ``person`` named in a case, and list every record held
    about them (for the student, with the sharing-log entries found through their
    pseudonymous reference; for anyone else, the records that name them) and the other people
    those records name, for the DPO to decide on."""
    actor.require(SAR_ACTION)
    student_id = (student_id or "").strip() or None
    if (student_id is None) == (person is None):
        raise InvalidInput(
            "Give either the student's id or the person who asked.",
            hint="A person named in a case is found by the case's roster or by their name "
            "and identifiers.",
        )
    today = clock.today()
    received = received_on or today
    if received > today:
        raise InvalidInput(f"The date received ({received.isoformat()}) is in the future.")
    request = SubjectAccessRequest(
        reference="",
        received_on=received,
        due_on=one_month_after(received),
        opened_by_id=actor.user.id,
        opened_at=clock.now(),
    )
    if student_id is not None:
        existing = session.scalar(
            select(SubjectAccessRequest).where(
                student_matches(
                    session,
                    SubjectAccessRequest.student_id,
                    SubjectAccessRequest.student_index,
                    student_id,
                ),
                SubjectAccessRequest.status == SARStatus.OPEN,
            )
        )
        if existing is not None:
            raise Conflict(
                f"There is already an open subject access request for this student "
                f"({existing.reference}).",
                hint=f"Continue with {existing.reference}.",
            )
        request.requester_kind = RequesterKind.STUDENT
        request.student_id = student_id
    else:
        assert person is not None
        name = " ".join(person.name.split())
        if not name:
            raise InvalidInput("Give the name of the person who asked.")
        identifiers = [" ".join(i.split()) for i in person.identifiers if i.strip()]
        request.requester_kind = RequesterKind.PERSON
        if person.case_reference:
            entry = find_roster_person(session, person)
            request.requester_ref = f"person:{entry.id}"
            if identifiers:
                request.requester_identifiers = identifiers
        else:
            request.requester_name = name
            request.requester_identifiers = identifiers
    request.reference = next_reference(session, "SAR")
    # The log is searched for the student: first check it is still what it signed (refused,
    # with what was found, if not).
    guard_log(session.connection(), settings, log, clock.now(), full=True)
    session.add(request)
    session.flush()
    _add_items(session, request, keyring, log)
    record_access(session, actor, action="sar.open", object_type="sar",
                  object_ref=request.reference)
    return view_of(session, request, today)


def list_requests(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    open_only: bool = False,
) -> list[SARSummary]:
    """Every request with its deadline: open ones first, soonest deadline first, then the ones
    responded to (no personal data: references, dates and counts, so auditors may see it)."""
    actor.require(Action.SAR_READ)
    today = clock.today()
    query = select(SubjectAccessRequest).order_by(SubjectAccessRequest.id)
    if open_only:
        query = query.where(SubjectAccessRequest.status == SARStatus.OPEN)
    rows = [summary_of(r, today) for r in session.scalars(query)]
    rows.sort(key=lambda r: (r.status is not SARStatus.OPEN, r.due_on, r.reference))
    return rows


def read_request(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    log: SQLTransparencyLog,
) -> SARView:
    """The request, its deadline and clock, every item with its decision, the other people in
    them and the items that would reveal a withheld one (recorded as a read)."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    record_access(session, actor, action="sar.read", object_type="sar", object_ref=reference)
    return view_of(session, request, clock.today(), pairs_of(session, request, log))


def read_item(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    position: int,
    *,
    log: SQLTransparencyLog,
) -> SARItemText:
    """The full, unredacted content of one item, for the DPO deciding on it (recorded)."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    item = load_item(request, position)
    record_access(session, actor, action="sar.read_item", object_type="sar",
                  object_ref=f"{reference}:{position}")
    return SARItemText(
        reference=reference,
        item=item_view(item),
        content=item_text(session, item, log, requester_of(session, request)),
    )


def decide_item(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    position: int,
    decision: ItemDecision,
    reasoning: str | None = None,
) -> SARItemView:
    """Disclose an item, or withhold it under DPA 2018 Sch 2 para 2 with the reasoning: how
    disclosing it would be likely to prejudice the prevention or detection of crime. What was
    decided about pairs it belongs to is forgotten when the decision changes: the pairs are no
    longer the same."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    require_open(request)
    item = load_item(request, position)
    exemption = check_item_decision(decision, reasoning)
    if item.decision is not decision:
        for resolved in list(request.pair_resolutions):
            if position in (resolved.withheld_position, resolved.revealing_position):
                request.pair_resolutions.remove(resolved)
    item.decision = decision
    item.exemption = exemption
    item.prejudice_reasoning = reasoning.strip() if reasoning and exemption else None
    item.decided_by_id = actor.user.id
    item.decided_at = clock.now()
    return item_view(item)


def extend(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str, reason: str
) -> SARView:
    """Extend the deadline by two further months, once, within the first month, with the reason
    the requester must be told (UK GDPR Art 12(3))."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    require_open(request)
    today = clock.today()
    check_extension(
        received=request.received_on,
        already_extended=request.extension_reason is not None,
        reason=reason,
        today=today,
        paused=clock_days(request, today),
    )
    # Stored without the days the clock stood still: the due date shown adds them.
    request.due_on = extended_deadline(request.received_on)
    request.extension_reason = reason.strip()
    request.extended_by_id = actor.user.id
    request.extended_at = clock.now()
    return view_of(session, request, today)


def verify_identity(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    method: IdentityMethod,
    details: str | None = None,
) -> SARView:
    """Record how the requester's identity was confirmed, by whom and when. A clock stopped
    for it starts again that day: what was awaited has arrived."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    require_open(request)
    if request.identity_method is not None:
        raise InvalidTransition(f"The requester's identity is already recorded for {reference}.")
    request.identity_details = check_identity(method, details)
    request.identity_method = method
    request.identity_verified_by_id = actor.user.id
    request.identity_verified_at = clock.now()
    pause = open_pause(request)
    if pause is not None and pause.reason is PauseReason.IDENTITY:
        pause.resumed_on = clock.today()
        pause.resumed_by_id = actor.user.id
        pause.resumed_at = clock.now()
    return view_of(session, request, clock.today())


def pause(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    reason: PauseReason,
    detail: str,
) -> SARView:
    """Stop the clock while information to confirm the requester's identity, or to clarify the
    request, is awaited (UK GDPR Art 12A), with what was asked."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    require_open(request)
    text = check_pause(paused_now=open_pause(request) is not None, reason=reason, text=detail,
                       identity_verified=request.identity_method is not None)
    request.pauses.append(SARPause(
        reason=reason, detail=text, paused_on=clock.today(), paused_by_id=actor.user.id,
        paused_at=clock.now(),
    ))
    session.flush()
    return view_of(session, request, clock.today())


def resume(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> SARView:
    """Start the clock again: what was awaited has arrived (the due date moves on by the days it
    stood still)."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    require_open(request)
    stopped = open_pause(request)
    if stopped is None:
        raise InvalidTransition(f"The clock of {reference} is running; there is nothing to resume.")
    stopped.resumed_on = clock.today()
    stopped.resumed_by_id = actor.user.id
    stopped.resumed_at = clock.now()
    return view_of(session, request, clock.today())


def decide_third_party(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    position: int,
    decision: ThirdPartyDecision,
    reasoning: str | None = None,
) -> ThirdPartyView:
    """DPA 2018 Sch 2 para 16 for one other person: disclose their data (they consented, or it
    is reasonable without their consent, with the reasons) or withhold it (redacted)."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    require_open(request)
    third = next((t for t in request.third_parties if t.position == position), None)
    if third is None:
        raise NotFound(f"{reference} has no other person {position}.",
                       hint="The request lists the other people with their numbers.")
    third.reasoning = check_third_party(decision, reasoning)
    third.decision = decision
    third.decided_by_id = actor.user.id
    third.decided_at = clock.now()
    name, connection = person_name(session, third.person_ref)
    return ThirdPartyView(
        position=third.position, name=name, connection=connection, decision=third.decision,
        decision_label=third.decision.label, reasoning=third.reasoning,
        decided_at=third.decided_at,
    )


def resolve_pair(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    withheld: int,
    revealing: int,
    resolution: PairResolution | None,
    reasoning: str | None = None,
    *,
    log: SQLTransparencyLog,
) -> SARView:
    """Decide about an item that reveals a withheld one: withhold it too (``resolution`` None,
    with the Sch 2 para 2 reasoning), redact the revealing passages from it, or disclose it
    with the reasons that is right."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    require_open(request)
    pairs = pairs_of(session, request, log)
    if not any(p.withheld == withheld and p.revealing == revealing for p in pairs):
        raise InvalidInput(
            f"Item {revealing} does not reveal a withheld item {withheld} of {reference}.",
            hint="The request lists the items that reveal a withheld one.",
        )
    if resolution is None:
        decide_item(session, actor, clock, settings, reference, revealing,
                    ItemDecision.WITHHOLD, reasoning)
    else:
        text = check_pair_resolution(resolution, reasoning)
        row = next((r for r in request.pair_resolutions
                    if (r.withheld_position, r.revealing_position) == (withheld, revealing)),
                   None)
        if row is None:
            row = SARPairResolution(withheld_position=withheld, revealing_position=revealing,
                                    resolution=resolution, decided_by_id=actor.user.id)
            request.pair_resolutions.append(row)
        row.resolution = resolution
        row.reasoning = text
        row.decided_by_id = actor.user.id
        row.decided_at = clock.now()
    session.flush()
    record_access(session, actor, action="sar.read", object_type="sar", object_ref=reference)
    return view_of(session, request, clock.today(), pairs_of(session, request, log))


def refresh_items(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    keyring: Keyring,
    log: SQLTransparencyLog,
) -> SARRefreshed:
    """Add the records about the requester created since the request was opened, as items
    without a decision, and the other people they name (recorded as a read of the request)."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    require_open(request)
    guard_log(session.connection(), settings, log, clock.now(), full=True)
    added = _add_items(session, request, keyring, log)
    record_access(session, actor, action="sar.read", object_type="sar", object_ref=reference)
    return SARRefreshed(
        request=view_of(session, request, clock.today(), pairs_of(session, request, log)),
        added=[item_view(i) for i in added],
    )


def _ready(request: SubjectAccessRequest, pairs_open: list[str]) -> None:
    """What must be done before the pack can be made, in the order the DPO does it."""
    reference = request.reference
    pending = [i.position for i in request.items if i.decision is ItemDecision.PENDING]
    if pending:
        raise InvalidInput(
            f"{reference} has items without a decision: {', '.join(map(str, pending))}.",
            hint="Decide each item (disclose, or withhold with the reasoning) first.",
        )
    if request.identity_method is None:
        raise InvalidInput(
            f"The requester's identity is not recorded for {reference}.",
            hint="Record how their identity was confirmed before anything is sent to them.",
        )
    if open_pause(request) is not None:
        raise InvalidInput(
            f"The clock of {reference} is stopped: information from the requester is awaited.",
            hint="Resume the clock when it has arrived.",
        )
    third = [t.position for t in request.third_parties
             if t.decision is ThirdPartyDecision.PENDING]
    if third:
        raise InvalidInput(
            f"{reference} has other people without a decision (DPA 2018 Sch 2 para 16): "
            f"{', '.join(map(str, third))}.",
            hint="Decide for each: consent, reasonable to disclose without it, or withhold.",
        )
    if pairs_open:
        raise InvalidInput(
            f"Items of {reference} reveal withheld items and are not resolved: "
            f"{', '.join(pairs_open)}.",
            hint="For each pair, withhold or redact the revealing item, or record why "
            "disclosing it is right.",
        )


def export_pack(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    keyring: Keyring,
    log: SQLTransparencyLog,
    schedule: Schedule,
    redactor: Redactor | None = None,
) -> SARPack:
    """The response pack (PDF): the Art 15 information and the disclosed items, other people's
    data redacted unless disclosed under Sch 2 para 16, every passage that reveals a withheld
    item removed. Every item, person and revealing pair must be decided, the identity recorded
    and the clock running. Marks the request responded; withheld items are not mentioned in the
    pack (saying so could itself prejudice crime prevention) but stay recorded here."""
    actor.require(SAR_ACTION)
    request = load_request(session, reference)
    guard_log(session.connection(), settings, log, clock.now(), full=True)
    contents = contents_of(session, request, log)
    pairs = pairs_of(session, request, log, contents)
    resolved = {(r.withheld_position, r.revealing_position): r.resolution
                for r in request.pair_resolutions}
    if request.status is SARStatus.OPEN:
        _ready(request, [f"{p.revealing} reveals {p.withheld}" for p in pairs
                         if (p.withheld, p.revealing) not in resolved])
        new = unlisted(session, request, keyring.subject_hmac_key(), log)
        if new:
            raise InvalidInput(
                f"{len(new)} record(s) about the requester were added after {reference} was "
                "opened and have no decision yet.",
                hint="Look for records added since it was opened (refresh) and decide them.",
            )
    withheld_of = {
        p: (item.source_ref, free_texts(lines))
        for p, (item, lines) in contents.items() if item.decision is ItemDecision.WITHHOLD
    }
    items: list[PackItem] = []
    for position, (item, lines) in sorted(contents.items()):
        if item.decision is not ItemDecision.DISCLOSE:
            continue
        redact_for = [withheld_of[p.withheld] for p in pairs if p.revealing == position
                      and resolved.get((p.withheld, position)) is PairResolution.REDACT]
        # Only a pair disclosed with reasons may keep words of its withheld item.
        guard = tuple(text for w, (_, texts) in withheld_of.items()
                      if resolved.get((w, position)) is not PairResolution.DISCLOSE
                      for text in texts)
        items.append(PackItem(item, remove_revealing(lines, redact_for), guard))
    third = ThirdPartyNames()
    for t in request.third_parties:
        name = person_name(session, t.person_ref)[0]
        disclosed = t.decision in (ThirdPartyDecision.CONSENT, ThirdPartyDecision.REASONABLE)
        (third.disclose if disclosed else third.redact).append(name)
    # Everyone else who could be named is redacted too, listed or not.
    requester = requester_of(session, request)
    for _, name in third_party_candidates(
        session, requester, {i.case_id for i in request.items if i.case_id is not None}
    ):
        if name not in third.disclose and name not in third.redact:
            third.redact.append(name)
    now = clock.now()
    try:
        pdf = build_pack(
            reference=reference,
            received_on=request.received_on,
            items=items,
            requester=requester,
            third_parties=third,
            session=session,
            redactor=redactor or LazyRedactor(settings.nlp_model),
            organisation=settings.organisation_name,
            schedule=schedule,
            now=now,
            font_dir=settings.font_dir,
        )
    except Exception as exc:
        # The library is loaded by now if it raised; importing it earlier would load spaCy.
        from redaction import RedactionError

        if not isinstance(exc, RedactionError):
            raise
        raise PackNotMade(
            f"The response pack for {reference} was not made: other people's data in it could "
            "not be redacted. Nothing was changed.",
            hint=f"An administrator must fix this first: {exc}",
        ) from exc
    if request.status is SARStatus.OPEN:
        request.status = SARStatus.RESPONDED
        request.responded_by_id = actor.user.id
        request.responded_at = now
    digest = hashlib.sha256(pdf).hexdigest()
    request.pack_sha256 = digest
    record_access(session, actor, action="sar.export", object_type="sar", object_ref=reference)
    return SARPack(reference=reference, pdf=pdf, sha256=digest)
