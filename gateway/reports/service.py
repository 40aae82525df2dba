"""The annual report's figures, from the database and the sharing log.

Releases, decisions not to share, emergency releases, retrospective reviews and disposals are
counted from the sharing log (up to its latest signed checkpoint, which the report names), so
an auditor can check each figure against the log itself. Concerns, cases, outcomes, internal
reviews and training come from the database. Each figure keeps the references behind it
(``log:<index>``, ``concern:<id>``, ``case:<reference>``, ``decision:<id>``,
``training_completion:<id>``, ``training_staff:<id>``): ids only, no personal data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.actor import Actor
from gateway.cases.domain import ConcernSource, Outcome
from gateway.cases.models import Case, ChronologyEvent, Concern, Decision
from gateway.cases.service import COORDINATOR_DISCUSSION_KINDS
from gateway.disclosures.models import DisclosureRequest
from gateway.recipients.models import RecipientKind
from gateway.reports.domain import (
    AcademicYear,
    AnnualReport,
    Figure,
    OfsLine,
    TrainingRow,
    apply_secondary_suppression,
    ofs_lines,
    parse_utc,
)
from gateway.reports.requests import (
    add_correction_figures,
    add_request_figures,
    answers_request,
    request_ofs_lines,
)
from gateway.training.domain import TrainingModule, compliance_by_group
from gateway.training.service import completions_between, staff_statuses
from gateway.users.domain import Action
from sharing_log import EntryType, LoggedEntry, decode_entry
from sharing_log.sql import SQLTransparencyLog

#: Reason codes the gateway writes for decisions not to share, in the order shown.
NOT_SHARED_REASONS = {
    "dpo_refusal": "Refused by the DPO",
    "withdrawn_by_preparer": "Withdrawn by the Prevent Lead",
    "decided_not_to_share": "Decided not to share",
}


@dataclass(frozen=True)
class LogSnapshot:
    """The log entries the report counts, up to one signed checkpoint."""

    size: int
    root_hex: str
    entries: tuple[LoggedEntry, ...]


def read_log(session: Session, log: SQLTransparencyLog) -> LogSnapshot:
    conn = session.connection()
    checkpoint = log.latest_checkpoint(conn).checkpoint
    entries = tuple(decode_entry(leaf) for _i, leaf in log.iter_entries(conn, checkpoint.size))
    return LogSnapshot(checkpoint.size, checkpoint.root_hash.hex(), entries)


def _of_type(snapshot: LogSnapshot, *types: EntryType) -> Iterator[LoggedEntry]:
    return (e for e in snapshot.entries if e.entry.entry_type in types)


def _in_year(year: AcademicYear, entry: LoggedEntry, field: str) -> bool:
    value = entry.entry.fields.get(field)
    return isinstance(value, str) and year.contains(parse_utc(value))


def _log_ref(entry: LoggedEntry) -> str:
    return f"log:{entry.log_index}"


def _str(entry: LoggedEntry, field: str) -> str:
    value = entry.entry.fields.get(field)
    return value if isinstance(value, str) else ""


class _Builder:
    def __init__(self) -> None:
        self.figures: list[Figure] = []

    def group(
        self,
        section: str,
        prefix: str,
        dimension: str,
        cells: list[tuple[str, str, list[str]]],
        *,
        total_label: str,
        identifying: bool = True,
    ) -> None:
        """A breakdown plus its total; secondary suppression keeps the total honest."""
        items = [
            Figure(
                f"{prefix}.{code}",
                section,
                label,
                dimension,
                len(set(refs)),  # distinct: one case with two releases is one case
                tuple(sorted(set(refs), key=_ref_order)),
                identifying,
            )
            for code, label, refs in cells
        ]
        self.figures.extend(apply_secondary_suppression(items))
        all_refs = sorted({r for _c, _l, refs in cells for r in refs}, key=_ref_order)
        self.figures.append(
            Figure(f"{prefix}.total", section, total_label, "total", len(all_refs),
                   tuple(all_refs), identifying)
        )

    def single(
        self, key: str, section: str, label: str, refs: list[str], *, identifying: bool = True,
        dimension: str = "total", value: int | None = None,
    ) -> None:
        ordered = tuple(sorted(set(refs), key=_ref_order))
        self.figures.append(
            Figure(key, section, label, dimension,
                   len(ordered) if value is None else value, ordered, identifying)
        )


def _ref_order(ref: str) -> tuple[str, int, str]:
    kind, _, rest = ref.partition(":")
    return (kind, int(rest), "") if rest.isdigit() else (kind, -1, rest)


def build_annual_report(
    session: Session,
    actor: Actor,
    year: AcademicYear,
    log: SQLTransparencyLog,
    *,
    organisation: str,
    refresher_months: int,
    now: datetime,
    as_of: date | None = None,
) -> AnnualReport:
    """Every figure of the annual report for `year` (policy 4.2), as it stands at `now`;
    training compliance as of `as_of` (default: the year's last day, or today if earlier)."""
    actor.require(Action.REPORT_READ)
    snapshot = read_log(session, log)
    b = _Builder()

    # Concerns by source (policy 5.3, 7.1-7.5).
    concerns = [
        c
        for c in session.scalars(select(Concern).order_by(Concern.id))
        if year.contains(c.raised_at)
    ]
    by_source: dict[ConcernSource, list[str]] = defaultdict(list)
    for c in concerns:
        by_source[c.source].append(f"concern:{c.id}")
    b.group(
        "concerns",
        "concerns.source",
        "source",
        [(s.value, _source_label(s), by_source[s]) for s in ConcernSource],
        total_label="Concerns raised",
    )

    # Cases: escalated to the Prevent Lead (a concern in the year), opened, by outcome.
    cases = {c.id: c for c in session.scalars(select(Case))}
    escalated = sorted({f"case:{cases[c.case_id].reference}" for c in concerns})
    b.single("cases.escalated.total", "cases", "Cases with a concern in the year", escalated)
    opened = [f"case:{c.reference}" for c in cases.values() if year.contains(c.opened_at)]
    b.single("cases.opened.total", "cases", "Cases opened", opened)

    decisions = list(session.scalars(select(Decision).order_by(Decision.id)))
    latest_in_year: dict[int, Decision] = {}
    for d in decisions:
        if year.contains(d.decided_at):
            latest_in_year[d.case_id] = d
    by_outcome: dict[Outcome, list[str]] = defaultdict(list)
    for case_id, d in latest_in_year.items():
        by_outcome[d.outcome].append(f"case:{cases[case_id].reference}")
    b.group(
        "outcomes",
        "cases.outcome",
        "outcome",
        [(o.value, _outcome_label(o), by_outcome[o]) for o in Outcome],
        total_label="Cases decided",
    )

    # Disclosures released, by recipient kind (from the log).
    releases = [
        e
        for e in _of_type(snapshot, EntryType.DISCLOSURE_RELEASED, EntryType.EMERGENCY_RELEASE)
        if _in_year(year, e, "released_at")
    ]
    kinds = [k.value for k in RecipientKind]
    kinds += sorted({_str(e, "recipient_kind") for e in releases} - set(kinds))
    released_by_kind: dict[str, list[str]] = defaultdict(list)
    cases_by_kind: dict[str, list[str]] = defaultdict(list)
    # An answer to a request from Channel or the police is not a disclosure the provider made:
    # it is counted on its own line (gateway.reports.requests).
    for e in (e for e in releases if not answers_request(e)):
        released_by_kind[_str(e, "recipient_kind")].append(_log_ref(e))
        cases_by_kind[_str(e, "recipient_kind")].append(f"case:{_str(e, 'case_id')}")
    b.group(
        "disclosures",
        "disclosures.released",
        "recipient_kind",
        [(k, _kind_label(k), released_by_kind[k]) for k in kinds],
        total_label="Disclosures released",
    )
    b.group(
        "disclosures",
        "cases.with_disclosure",
        "recipient_kind",
        [(k, _kind_label(k), cases_by_kind[k]) for k in kinds],
        total_label="Cases with a disclosure",
    )

    # The OfS return's welfare lines (policy 8.2, 9.2, 10.1): advice sought from the Regional
    # Prevent Coordinator (recorded discussions, and notes marked as recording one) and formal
    # referrals (releases after a referral decision), each a count of distinct cases.
    advice = [
        f"case:{cases[case_id].reference}"
        for case_id, occurred_at in session.execute(
            select(ChronologyEvent.case_id, ChronologyEvent.occurred_at).where(
                ChronologyEvent.kind.in_(COORDINATOR_DISCUSSION_KINDS)
            )
        )
        if year.contains(occurred_at)
    ]
    b.single("cases.advice_sought.total", "cases",
             "Cases discussed with the Regional Prevent Coordinator (advice sought)", advice)
    outcomes_by_case = _outcomes_by_case(cases, decisions)
    formal = [
        f"case:{_str(e, 'case_id')}"
        for e in releases
        if _str(e, "recipient_kind") in FORMAL_REFERRAL_KINDS
        and _referral_in_force(outcomes_by_case, _str(e, "case_id"), _str(e, "released_at"))
    ]
    b.single("cases.formal_referral.total", "cases",
             "Cases referred (released after a referral decision)", formal)

    # Decisions not to share (from the log), by reason code.
    not_shared = [
        e
        for e in _of_type(snapshot, EntryType.DECISION_NOT_TO_SHARE)
        if _in_year(year, e, "decided_at") and not answers_request(e)
    ]
    reasons: dict[str, list[str]] = defaultdict(list)
    for e in not_shared:
        codes = e.entry.fields.get("reason_codes")
        code = codes[0] if isinstance(codes, list) and codes else "unspecified"
        reasons[str(code)].append(_log_ref(e))
    reason_codes = list(NOT_SHARED_REASONS) + sorted(set(reasons) - set(NOT_SHARED_REASONS))
    b.group(
        "not_shared",
        "not_shared.reason",
        "reason",
        [(c, NOT_SHARED_REASONS.get(c, c.replace("_", " ").capitalize()), reasons[c])
         for c in reason_codes],
        total_label="Decisions not to share",
    )

    # Requests from Channel and the police, and correction notices: their own lines.
    add_request_figures(b, session, snapshot, year)
    add_correction_figures(b, snapshot, year)

    # Emergency releases and the DPO's retrospective reviews (from the log).
    emergencies = [e for e in releases if e.entry.entry_type is EntryType.EMERGENCY_RELEASE]
    b.single("emergency.releases.total", "emergency", "Emergency releases",
             [_log_ref(e) for e in emergencies])
    reviews = [
        e
        for e in _of_type(snapshot, EntryType.RETROSPECTIVE_REVIEW)
        if _in_year(year, e, "reviewed_at")
    ]
    for outcome, label in (("upheld", "Emergency releases upheld on review"),
                           ("not_upheld", "Emergency releases not upheld on review")):
        b.single(f"emergency.reviews.{outcome}", "emergency", label,
                 [_log_ref(e) for e in reviews if _str(e, "outcome") == outcome],
                 dimension="review")
    outstanding = [
        f"disclosure:{r.reference}"
        for r in session.scalars(
            select(DisclosureRequest).where(
                DisclosureRequest.emergency.is_(True),
                DisclosureRequest.retrospective_reviewed_at.is_(None),
            )
        )
        if r.released_at is not None and year.contains(r.released_at)
    ]
    b.single("emergency.reviews.outstanding", "emergency",
             "Emergency releases awaiting the DPO's review", outstanding, dimension="review")

    # Internal-action reviews completed (policy 9.2): a decision re-deciding an
    # internal-action decision, made in the year.
    by_id = {d.id: d for d in decisions}
    completed = [
        f"decision:{d.id}"
        for d in decisions
        if d.reviews_decision_id is not None
        and year.contains(d.decided_at)
        and by_id[d.reviews_decision_id].outcome is Outcome.INTERNAL_ACTION
    ]
    b.single("reviews.internal_action.completed", "reviews",
             "Internal-action reviews completed", completed, dimension="review")

    # Disposals (retention): records_disposed log entries.
    disposals = [
        e
        for e in _of_type(snapshot, EntryType.RECORDS_DISPOSED)
        if _in_year(year, e, "disposed_at")
    ]
    b.single("disposals.entries.total", "disposals", "Disposal runs",
             [_log_ref(e) for e in disposals])
    # Records as the disposal page and the certificate count them: the access log before a day
    # is one record, however many access events its entry says were removed.
    record_count = 0
    for e in disposals:
        counted = e.entry.fields.get("record_count")
        if _str(e, "retention_rule") == "access_log":
            record_count += 1
        elif isinstance(counted, int):
            record_count += counted
    b.single("disposals.records.total", "disposals",
             "Records disposed (the access log before a day counts as one)",
             [_log_ref(e) for e in disposals], value=record_count)

    # Training (policy 3.1): completions in the year and compliance at the year end (or today).
    as_of = as_of or min(year.last_day, now.date())
    in_year = completions_between(session, year.first_day, min(year.last_day, as_of))
    for module, code in ((TrainingModule.INTRODUCTORY, "introductory"),
                         (TrainingModule.REFRESHER, "refresher")):
        b.single(f"training.completed_in_year.{code}", "training",
                 f"{module.label} completions in the year",
                 [f"training_completion:{c.id}" for c in in_year if c.module is module],
                 identifying=False, dimension="kind")
    statuses = staff_statuses(session, as_of, refresher_months)
    compliance = compliance_by_group((s.group, s.status) for s in statuses)
    training_rows: list[TrainingRow] = []
    staff_pks = _staff_pks(session)
    for gc in compliance:
        in_date_refs = [
            f"training_staff:{staff_pks[s.staff_id]}"
            for s in statuses
            if s.group is gc.group and s.status.state.value in ("current", "due_soon")
        ]
        b.single(f"training.in_date.{gc.group.value}", "training",
                 f"{gc.group.label} trained and in date", in_date_refs,
                 identifying=False, dimension="staff_group")
        group_completions = sum(1 for c in in_year if c.staff.group is gc.group)
        training_rows.append(
            TrainingRow(gc.group.value, gc.group.label, gc.staff, gc.trained_in_date, gc.overdue,
                        gc.not_trained, group_completions, round(gc.percent, 1))
        )

    record_access(session, actor, action="report.annual", object_type="report",
                  object_ref=year.label)
    return AnnualReport(
        year=year,
        organisation=organisation,
        generated_at=now,
        figures=tuple(b.figures),
        training=tuple(training_rows),
        log_size=snapshot.size,
        log_root=snapshot.root_hex,
        notes=(
            f"Academic year {year.label}: {year.first_day.day} {year.first_day:%B %Y} to "
            f"{year.last_day.day} {year.last_day:%B %Y}.",
            "Counts from 1 to 4 are shown as 'fewer than 5' so that no student can be "
            "identified. Where such counts could be worked out from a total, further counts "
            "are marked 'not shown' until the hidden counts add up to at least 10.",
            "No names, no free text, and no breakdown by ethnicity, religion or any other "
            "group (policy 2.2).",
            f"Disclosures, decisions not to share, emergency releases, reviews and disposals "
            f"are counted from the sharing log up to its signed checkpoint of size "
            f"{snapshot.size} (root {snapshot.root_hex[:16]}...).",
            f"Training compliance is as of {as_of.day} {as_of:%B %Y}, with a refresher every "
            f"{refresher_months} months.",
        ),
    )


#: Releases that are a formal referral when made after a referral decision: to the Regional
#: Prevent Coordinator (the referral route under policy 9.2 and 10.1), Channel or the police.
FORMAL_REFERRAL_KINDS = frozenset(
    {
        RecipientKind.REGIONAL_PREVENT_COORDINATOR.value,
        RecipientKind.CHANNEL_PANEL.value,
        RecipientKind.POLICE_PREVENT_TEAM.value,
    }
)


def _outcomes_by_case(
    cases: dict[int, Case], decisions: list[Decision]
) -> dict[str, list[tuple[datetime, Outcome]]]:
    by_ref: dict[str, list[tuple[datetime, Outcome]]] = {c.reference: [] for c in cases.values()}
    for d in decisions:
        by_ref[cases[d.case_id].reference].append((d.decided_at, d.outcome))
    return by_ref


def _referral_in_force(
    outcomes: dict[str, list[tuple[datetime, Outcome]]], case_ref: str, released_at: str
) -> bool:
    """Whether the case's decision in force when it was released was a referral. A release is
    refused unless it was (rule 1), so a case whose records retention has since destroyed
    counts: the log entry is all that is left of it."""
    if case_ref not in outcomes:
        return True
    when = parse_utc(released_at)
    before = [outcome for decided_at, outcome in outcomes[case_ref] if decided_at <= when]
    return bool(before) and before[-1] is Outcome.REFERRAL


def _staff_pks(session: Session) -> dict[str, int]:
    from gateway.training.models import TrainingStaff

    return {s.staff_id: s.id for s in session.scalars(select(TrainingStaff))}


def trace_figure(
    session: Session,
    actor: Actor,
    year: AcademicYear,
    key: str,
    log: SQLTransparencyLog,
    *,
    organisation: str,
    refresher_months: int,
    now: datetime,
) -> Figure:
    """The figure `key` with the references behind it (for auditors; no personal data)."""
    report = build_annual_report(
        session, actor, year, log, organisation=organisation, refresher_months=refresher_months,
        now=now,
    )
    return report.figure(key)


def ofs_return(report: AnnualReport) -> list[OfsLine]:
    """The OfS Prevent monitoring return items, derived from the same figures."""
    return ofs_lines(report) + request_ofs_lines(report)


def _source_label(source: ConcernSource) -> str:
    return {
        ConcernSource.STAFF: "Staff",
        ConcernSource.ASSOCIATE_TUTOR: "Associate Tutors",
        ConcernSource.STUDENT_VIA_SUPPORT_TEAM: "Students, via the Student Support Team",
        ConcernSource.SOCIAL_MEDIA_REPORT: "Social-media reports",
    }[source]


def _outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.NO_FURTHER_ACTION: "No further action",
        Outcome.INTERNAL_ACTION: "Internal action",
        Outcome.REFERRAL: "Referral",
    }[outcome]


def _kind_label(kind: str) -> str:
    try:
        return RecipientKind(kind).label
    except ValueError:
        return kind.replace("_", " ").capitalize()
