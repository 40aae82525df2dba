"""The retention plan: every record the schedule governs, when it falls due, and what blocks it
(legal holds, complaints, open subject access requests, reviews, records inside a case).

The plan reads ids, dates and outcomes only (never decrypts content): it can be shown to an
auditor. Who may see it is decided in :mod:`gateway.retention.use_cases`; execution is in
:mod:`gateway.retention.flows`.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gateway.encryption.secrets import normalise_student_number, open_student_number
from gateway.retention.models import Complaint, LegalHold, StudentDeparture
from gateway.retention.schedule import (
    DisposalAction,
    Period,
    RecordClass,
    Rule,
    Schedule,
    Trigger,
)


class PlanStatus(StrEnum):
    DUE = "due"
    REVIEW = "review"
    BLOCKED = "blocked"
    NOT_DUE = "not_due"


@dataclass(frozen=True)
class PlanItem:
    record_class: RecordClass
    record_ref: str
    rule: Rule
    trigger_on: date | None
    due_on: date | None
    status: PlanStatus
    reasons: tuple[str, ...] = ()
    created_on: date | None = None
    #: Internal ids (case id, request id, ...) the flow needs; never shown.
    key: int | None = None
    count: int = 1
    #: Non-identifying facts an ``anonymise`` action keeps.
    facts: dict[str, object] = field(default_factory=dict, compare=False)
    #: Counted from the last action because the rule's own trigger has not come.
    fallback: bool = False

    @property
    def applied_trigger(self) -> Trigger:
        """The event the due date was counted from."""
        return Trigger.LAST_ACTION if self.fallback else self.rule.trigger

    @property
    def disposable(self) -> bool:
        return self.status is PlanStatus.DUE and self.rule.action in (
            DisposalAction.DESTROY,
            DisposalAction.ANONYMISE,
        )


def _day(value: datetime | date | None) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def _latest(*values: date | None) -> date | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


@dataclass
class _CaseFacts:
    id: int
    reference: str
    student_id: str
    opened_on: date
    closed_on: date | None
    last_action: date | None = None
    decisions: list[tuple[datetime, str, date | None, int | None, str]] = field(
        default_factory=list
    )


def _case_facts(session: Session) -> list[_CaseFacts]:
    from gateway.cases.models import Case, ChronologyEvent, Concern, Decision
    from gateway.disclosures.models import DisclosureRequest, NonDisclosureDecision

    cases = {
        row.id: _CaseFacts(
            row.id,
            row.reference,
            normalise_student_number(open_student_number(session, row.subject_student_id)),
            _day(row.opened_at) or date.min,
            _day(row.closed_at),
        )
        for row in session.execute(
            select(
                Case.id, Case.reference, Case.subject_student_id, Case.opened_at, Case.closed_at
            ).order_by(Case.id)
        )
    }
    latest_queries = [
        select(ChronologyEvent.case_id, func.max(ChronologyEvent.recorded_at)).group_by(
            ChronologyEvent.case_id
        ),
        select(Concern.case_id, func.max(Concern.raised_at)).group_by(Concern.case_id),
        select(Decision.case_id, func.max(Decision.decided_at)).group_by(Decision.case_id),
        select(DisclosureRequest.case_id, func.max(DisclosureRequest.released_at)).group_by(
            DisclosureRequest.case_id
        ),
        select(NonDisclosureDecision.case_id, func.max(NonDisclosureDecision.decided_at)).group_by(
            NonDisclosureDecision.case_id
        ),
    ]
    for query in latest_queries:
        for case_id, when in session.execute(query):
            facts = cases.get(case_id)
            if facts is not None:
                facts.last_action = _latest(facts.last_action, _day(when))
    for row in session.execute(
        select(
            Decision.case_id,
            Decision.decided_at,
            Decision.outcome,
            Decision.review_date,
            Decision.reviews_decision_id,
            Decision.seriousness,
        ).order_by(Decision.id)
    ):
        cases[row.case_id].decisions.append(
            (
                row.decided_at,
                str(row.outcome),
                row.review_date,
                row.reviews_decision_id,
                str(row.seriousness),
            )
        )
    for facts in cases.values():
        facts.last_action = _latest(facts.last_action, facts.closed_on, facts.opened_on)
    return list(cases.values())


@dataclass
class _Blockers:
    holds: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    student_holds: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    complaints: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    departures: dict[str, date] = field(default_factory=dict)

    def for_case(self, session: Session, facts: _CaseFacts) -> list[str]:
        reasons = [
            *self.holds.get(facts.reference, []),
            *self.student_holds.get(facts.student_id, []),
            *self.complaints.get(facts.reference, []),
        ]
        if _open_sar_blocks(session, facts.id):
            reasons.append("an open subject access request covers this case")
        from gateway.rights.service import restriction_blocks_disposal

        for reference in restriction_blocks_disposal(session, facts.id):
            reasons.append(
                f"the student restricted the processing ({reference}, Art 18): the records "
                "are kept until it is lifted"
            )
        return reasons


def _open_sar_blocks(session: Session, case_id: int) -> bool:
    from gateway.sar.service import open_sar_blocks

    return bool(open_sar_blocks(session, case_id))


def _blockers(session: Session, as_of: date) -> _Blockers:
    found = _Blockers()
    for hold in session.scalars(select(LegalHold).where(LegalHold.released_on.is_(None))):
        if hold.placed_on > as_of:
            continue
        text = f"legal hold {hold.reference} by {hold.holder} since {hold.placed_on}"
        if hold.scope == "case":
            found.holds[hold.target].append(text)
        else:
            found.student_holds[normalise_student_number(hold.target)].append(text)
    for complaint in session.scalars(select(Complaint).where(Complaint.closed_on.is_(None))):
        found.complaints[complaint.case_reference].append(
            f"open complaint {complaint.reference} received {complaint.received_on}"
        )
    for dep in session.scalars(select(StudentDeparture)):
        found.departures[normalise_student_number(dep.student_id)] = dep.left_on
    return found


def _case_class(facts: _CaseFacts) -> RecordClass:
    if not facts.decisions:
        return RecordClass.UNDECIDED_CASE
    outcomes = [d[1] for d in facts.decisions]
    if outcomes[-1] == "referral":
        return RecordClass.REFERRAL_CASE
    if "internal_action" in outcomes:
        return RecordClass.INTERNAL_ACTION_CASE
    return RecordClass.NO_FURTHER_ACTION_RECORD


def _trigger_date(
    trigger: Trigger, facts: _CaseFacts, blockers: _Blockers, *, last_action: date | None
) -> tuple[date | None, str]:
    if trigger is Trigger.CASE_CLOSED:
        return facts.closed_on, "the case is still open"
    if trigger is Trigger.LAST_ACTION:
        return last_action, "no action recorded"
    if trigger is Trigger.STUDENT_LEFT:
        return blockers.departures.get(facts.student_id), (
            "the student has not been recorded as having left"
        )
    latest = facts.decisions[-1] if facts.decisions else None
    if latest is None:
        return None, "the case has not been decided"
    if latest[1] == "internal_action":
        return None, "the internal-action review has not been re-decided"
    reviews = [d for d in facts.decisions if d[3] is not None]
    if not reviews:
        return None, "no review decision recorded"
    return _day(reviews[-1][0]), ""


def _review_start(facts: _CaseFacts) -> date | None:
    """What an internal-action case awaiting review counts from when the review never comes: the
    later of its last action and its review date."""
    if not facts.decisions or facts.decisions[-1][1] != "internal_action":
        return facts.last_action
    return _latest(facts.last_action, facts.decisions[-1][2])


def _review_pending(facts: _CaseFacts, as_of: date, lapse: Period | None) -> str | None:
    """An internal-action case is kept until its review has been re-decided, but not for ever:
    a review that is never re-decided keeps it ``lapse`` after the later of its last action and
    its review date."""
    if not facts.decisions or facts.decisions[-1][1] != "internal_action":
        return None
    review_date = facts.decisions[-1][2]
    if review_date is not None and review_date > as_of:
        return f"internal action under review: its review date is {review_date}"
    start = _review_start(facts)
    until = lapse.after(start) if lapse is not None and start is not None else None
    if until is not None and until <= as_of:
        return None
    return (
        f"internal action under review: the review due {review_date} is overdue and has not "
        "been re-decided" + (f" (kept until {until} at the latest)" if until else "")
    )


def _item(
    rule: Rule,
    ref: str,
    trigger_on: date | None,
    why_not: str,
    as_of: date,
    blocks: Callable[[], list[str]],
    *,
    key: int | None,
    created_on: date | None,
    facts: dict[str, object] | None = None,
    last_action: date | None = None,
) -> PlanItem:
    """One record's line: due ``rule.period`` after its trigger or, when the trigger has not
    come and may never come, ``rule.fallback`` after ``last_action``."""
    fallback = False
    period = rule.period
    if trigger_on is None and rule.fallback is not None and last_action is not None:
        fallback, period, trigger_on = True, rule.fallback, last_action
    if trigger_on is None:
        return PlanItem(
            rule.record_class,
            ref,
            rule,
            None,
            None,
            PlanStatus.NOT_DUE,
            (f"not yet: {why_not}",),
            key=key,
            created_on=created_on,
            facts=facts or {},
        )
    due_on = period.after(trigger_on)
    # What blocks is looked up only for records otherwise due (a SAR check costs queries).
    reasons = blocks() if due_on <= as_of else []
    why_fallback = (
        f"{why_not}: counted {period.describe()} from the last action ({trigger_on}) instead"
        if fallback
        else ""
    )
    if due_on > as_of:
        status = PlanStatus.NOT_DUE
    elif reasons:
        status = PlanStatus.BLOCKED
    elif rule.action is DisposalAction.REVIEW:
        status = PlanStatus.REVIEW
    else:
        status = PlanStatus.DUE
    if status is PlanStatus.NOT_DUE:
        reasons = [f"not yet: due on {due_on}"]
    if why_fallback:
        reasons = [why_fallback, *reasons]
    return PlanItem(
        rule.record_class,
        ref,
        rule,
        trigger_on,
        due_on,
        status,
        tuple(reasons),
        key=key,
        created_on=created_on,
        facts=facts or {},
        fallback=fallback,
    )


def build_plan(session: Session, schedule: Schedule, as_of: date) -> list[PlanItem]:
    """Every record the schedule governs, with its due date and whatever blocks it."""
    from gateway.disclosures.models import (
        DisclosureRequest,
        NonDisclosureDecision,
        ReleasedPackage,
    )

    blockers = _blockers(session, as_of)
    items: list[PlanItem] = []
    case_items: dict[int, PlanItem] = {}
    facts_by_id: dict[int, _CaseFacts] = {}
    reason_cache: dict[int, list[str]] = {}

    def case_reasons(case_id: int) -> list[str]:
        if case_id not in reason_cache:
            reason_cache[case_id] = blockers.for_case(session, facts_by_id[case_id])
        return list(reason_cache[case_id])

    for facts in _case_facts(session):
        facts_by_id[facts.id] = facts

    # Records inside a case (packages, decisions not to share) first: a case waits for them.
    children_pending: dict[int, list[str]] = defaultdict(list)
    package_rule = schedule.rule(RecordClass.DISCLOSURE_PACKAGE)
    for row in session.execute(
        select(
            ReleasedPackage.request_id,
            DisclosureRequest.reference,
            DisclosureRequest.case_id,
            DisclosureRequest.released_at,
            ReleasedPackage.created_at,
        )
        .join(DisclosureRequest, DisclosureRequest.id == ReleasedPackage.request_id)
        .order_by(ReleasedPackage.id)
    ):
        facts = facts_by_id[row.case_id]
        released = _day(row.released_at) or _day(row.created_at)
        trigger_on, why = _trigger_date(package_rule.trigger, facts, blockers, last_action=released)
        item = _item(
            package_rule,
            row.reference,
            trigger_on,
            why,
            as_of,
            functools.partial(case_reasons, row.case_id),
            key=row.request_id,
            created_on=_day(row.created_at),
            last_action=released,
        )
        items.append(item)
        if item.status is not PlanStatus.DUE:
            children_pending[row.case_id].append(
                f"its disclosure package {row.reference} is kept until "
                f"{item.due_on or 'its trigger'} ({package_rule.code})"
            )
    nds_rule = schedule.rule(RecordClass.DECISION_NOT_TO_SHARE)
    for nd in session.execute(
        select(
            NonDisclosureDecision.id,
            NonDisclosureDecision.reference,
            NonDisclosureDecision.case_id,
            NonDisclosureDecision.decided_at,
        ).order_by(NonDisclosureDecision.id)
    ):
        facts = facts_by_id[nd.case_id]
        decided = _day(nd.decided_at)
        trigger_on, why = _trigger_date(nds_rule.trigger, facts, blockers, last_action=decided)
        item = _item(
            nds_rule,
            nd.reference,
            trigger_on,
            why,
            as_of,
            functools.partial(case_reasons, nd.case_id),
            key=nd.id,
            created_on=decided,
            last_action=decided,
        )
        items.append(item)
        if item.status is not PlanStatus.DUE:
            children_pending[nd.case_id].append(
                f"its decision not to share {nd.reference} is kept until "
                f"{item.due_on or 'its trigger'} ({nds_rule.code})"
            )

    for facts in facts_by_id.values():
        record_class = _case_class(facts)
        rule = schedule.rule(record_class)
        trigger_on, why = _trigger_date(
            rule.trigger, facts, blockers, last_action=facts.last_action
        )
        lapse = schedule.rule(RecordClass.INTERNAL_ACTION_CASE).fallback

        def reasons(facts: _CaseFacts = facts, lapse: Period | None = lapse) -> list[str]:
            found = case_reasons(facts.id)
            pending = _review_pending(facts, as_of, lapse)
            if pending:
                found.append(pending)
            return found + children_pending.get(facts.id, [])

        latest = facts.decisions[-1] if facts.decisions else None
        item = _item(
            rule,
            facts.reference,
            trigger_on,
            why,
            as_of,
            reasons,
            key=facts.id,
            created_on=facts.opened_on,
            facts={
                "outcome": latest[1] if latest else "undecided",
                "seriousness": latest[4] if latest else None,
                "opened_year": facts.opened_on.year,
                "decisions": len(facts.decisions),
            },
            last_action=_review_start(facts),
        )
        case_items[facts.id] = item
        items.append(item)

    items.extend(_access_log_items(session, schedule, as_of, blockers))
    items.extend(_dpia_items(session, schedule, as_of))
    items.extend(_access_request_items(session, schedule, as_of, blockers))
    items.extend(_training_items(session, schedule, as_of))
    order = {c: i for i, c in enumerate(RecordClass)}
    items.sort(key=lambda i: (order[i.record_class], i.due_on or date.max, i.record_ref))
    return items


def _access_log_items(
    session: Session, schedule: Schedule, as_of: date, blockers: _Blockers
) -> list[PlanItem]:
    from datetime import UTC, time

    from gateway.access_log.models import AccessEvent

    rule = schedule.rule(RecordClass.ACCESS_LOG)
    # Events older than this are due: due_on = event day + period <= as_of.
    cutoff_day = _cutoff(rule, as_of)
    cutoff = datetime.combine(cutoff_day, time(), tzinfo=UTC)
    old_refs = set(
        session.scalars(select(AccessEvent.object_ref).where(AccessEvent.at < cutoff).distinct())
    )
    if not old_refs:
        return []
    held_refs = protected_case_refs(session, as_of, among=old_refs)
    query = select(func.count(), func.min(AccessEvent.at), func.max(AccessEvent.at)).where(
        AccessEvent.at < cutoff
    )
    if held_refs:
        query = query.where(AccessEvent.object_ref.not_in(held_refs))
    count, first, last = session.execute(query).one()
    if not count:
        return []
    status = PlanStatus.REVIEW if rule.action is DisposalAction.REVIEW else PlanStatus.DUE
    return [
        PlanItem(
            rule.record_class,
            f"access-log-before-{cutoff_day.isoformat()}",
            rule,
            _day(last),
            rule.period.after(_day(last) or as_of),
            status,
            (f"{count} access events from {_day(first)} to {_day(last)}",),
            created_on=_day(first),
            count=int(count),
        )
    ]


def protected_case_refs(
    session: Session, as_of: date, *, among: set[str] | None = None
) -> list[str]:
    """References of cases (of ``among``, when given) whose records, including who read them,
    must be kept now: legal holds on the case or its student, open complaints, open subject
    access requests."""
    blockers = _blockers(session, as_of)
    return sorted(
        facts.reference
        for facts in _case_facts(session)
        if (among is None or facts.reference in among) and blockers.for_case(session, facts)
    )


def _cutoff(rule: Rule, as_of: date) -> date:
    """The earliest day whose events are not yet due (due_on = day + period > as_of)."""
    from datetime import timedelta

    # Start safely before the edge, then walk forward day by day (months vary in length).
    approx = date(max(as_of.year - rule.period.years - rule.period.months // 12 - 1, 1), 1, 1)
    day = approx
    while rule.period.after(day) <= as_of:
        day += timedelta(days=1)
    return day


def _dpia_items(session: Session, schedule: Schedule, as_of: date) -> list[PlanItem]:
    from gateway.dpias.models import DPIAVersionRecord

    rule = schedule.rule(RecordClass.DPIA)
    rows = session.execute(
        select(
            DPIAVersionRecord.id,
            DPIAVersionRecord.activity,
            DPIAVersionRecord.version,
            DPIAVersionRecord.created_at,
        ).order_by(DPIAVersionRecord.activity, DPIAVersionRecord.version)
    ).all()
    items = []
    for index, current in enumerate(rows):
        following = rows[index + 1] if index + 1 < len(rows) else None
        if following is None or current.activity != following.activity:
            # The latest version of an activity is the one in force (or being drafted): kept
            # until a review supersedes it, or -- an activity no longer carried out is never
            # reviewed again -- listed for review the fallback period after it was made.
            items.append(
                _item(
                    rule,
                    f"dpia-{current.activity}-v{current.version}",
                    _day(current.created_at) if rule.trigger is Trigger.LAST_ACTION else None,
                    "the latest version of the activity's DPIA has not been superseded",
                    as_of,
                    list,
                    key=current.id,
                    created_on=_day(current.created_at),
                    last_action=_day(current.created_at),
                )
            )
            continue
        superseded = _day(following.created_at)
        trigger_on = (
            superseded if rule.trigger is Trigger.REVIEW_COMPLETED else _day(current.created_at)
        )
        items.append(
            _item(
                rule,
                f"dpia-{current.activity}-v{current.version}",
                trigger_on,
                "",
                as_of,
                list,
                key=current.id,
                created_on=_day(current.created_at),
            )
        )
    return items


def _access_request_items(
    session: Session, schedule: Schedule, as_of: date, blockers: _Blockers
) -> list[PlanItem]:
    """Subject access requests: due after the response (``request_closed``) or, for a request
    never answered, after its last action. A legal hold on the student keeps them."""
    from gateway.sar.domain import SARStatus
    from gateway.sar.models import SARItem, SubjectAccessRequest

    rule = schedule.rule(RecordClass.ACCESS_REQUEST)
    decided = dict(
        session.execute(
            select(SARItem.request_id, func.max(SARItem.decided_at)).group_by(SARItem.request_id)
        ).all()
    )
    items = []
    for sar in session.scalars(select(SubjectAccessRequest).order_by(SubjectAccessRequest.id)):
        closed = _day(sar.responded_at) if sar.status is not SARStatus.OPEN else None
        last_action = _latest(
            sar.received_on,
            _day(sar.opened_at),
            _day(sar.extended_at),
            _day(sar.responded_at),
            _day(decided.get(sar.id)),
        )
        if rule.trigger is Trigger.REQUEST_CLOSED:
            trigger_on, why = closed, "the request has not been answered"
        else:
            trigger_on, why = last_action, "no action recorded"

        def held(student: str | None = sar.student_id) -> list[str]:
            # A request from someone other than a student names no student number.
            if not student:
                return []
            return list(blockers.student_holds.get(normalise_student_number(student), []))

        items.append(
            _item(
                rule,
                sar.reference,
                trigger_on,
                why,
                as_of,
                held,
                key=sar.id,
                created_on=sar.received_on,
                last_action=last_action,
            )
        )
    return items


def _training_items(session: Session, schedule: Schedule, as_of: date) -> list[PlanItem]:
    """A member of staff's training records: due after they leave (``staff_left``) or, for
    someone never recorded as leaving, after their last training record. The line is named by
    the record's number, not the staff id, since the plan outlives the records."""
    from gateway.training.models import TrainingCompletion, TrainingStaff

    rule = schedule.rule(RecordClass.TRAINING_RECORD)
    completed = dict(
        session.execute(
            select(TrainingCompletion.staff_pk, func.max(TrainingCompletion.completed_on))
            .group_by(TrainingCompletion.staff_pk)
        ).all()
    )
    recorded = dict(
        session.execute(
            select(TrainingCompletion.staff_pk, func.max(TrainingCompletion.recorded_at))
            .group_by(TrainingCompletion.staff_pk)
        ).all()
    )
    items = []
    for staff in session.scalars(select(TrainingStaff).order_by(TrainingStaff.id)):
        last_action = _latest(
            _day(staff.created_at),
            staff.started_on,
            staff.left_on,
            _day(completed.get(staff.id)),
            _day(recorded.get(staff.id)),
        )
        if rule.trigger is Trigger.STAFF_LEFT:
            trigger_on, why = staff.left_on, "the member of staff has not been recorded as leaving"
        else:
            trigger_on, why = last_action, "no action recorded"
        items.append(
            _item(
                rule,
                f"training-staff-{staff.id}",
                trigger_on,
                why,
                as_of,
                list,
                key=staff.id,
                created_on=_day(staff.created_at),
                last_action=last_action,
            )
        )
    return items
