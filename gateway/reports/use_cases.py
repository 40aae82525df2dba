"""The annual Prevent report (policy 4.2), its figure traces and the OfS return: what report
readers ask for, one function each, the same on every door.

Training compliance uses the installation's refresher interval (``training_refresher_months``)
unless a caller passes an explicit ``refresher_months``, so the report's training figure does
not depend on the door it was asked through.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gateway.access_log.service import record_access
from gateway.audit.errors import LOG_READ_ERRORS, unreadable
from gateway.audit.watch import guard as guard_log
from gateway.reports.domain import AcademicYear, ofs_lines
from gateway.reports.requests import request_ofs_lines
from gateway.reports.service import build_annual_report
from gateway.reports.views import (
    AnnualReportView,
    FigureTraceView,
    OfsLineView,
    OfsReturnView,
    RopaLineView,
    RopaView,
)
from gateway.training.use_cases import refresher_interval
from gateway.users.domain import Action

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gateway.actor import Actor
    from gateway.clock import Clock
    from gateway.config import Settings
    from gateway.reports.domain import AnnualReport
    from gateway.retention.schedule import Schedule
    from sharing_log.sql import SQLTransparencyLog

#: How many academic years a reader can choose from, the current one first.
YEARS_OFFERED = 6


def _year(clock: Clock, year: int | None) -> AcademicYear:
    return AcademicYear(year) if year is not None else AcademicYear.of(clock.today())


def _build(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    year: AcademicYear,
    log: SQLTransparencyLog,
    refresher_months: int | None,
) -> AnnualReport:
    # Counted from the signed log: first check every entry still gives what was signed
    # (refused, with what was found, if not -- never counted from forged entries).
    guard_log(session.connection(), settings, log, clock.now(), full=True)
    # Records its own access event ("report.annual", the year) in this transaction.
    try:
        return build_annual_report(
            session,
            actor,
            year,
            log,
            organisation=settings.organisation_name,
            refresher_months=refresher_interval(settings, refresher_months),
            now=clock.now(),
        )
    except LOG_READ_ERRORS as exc:
        raise unreadable(exc) from None


def annual_report(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    year: int | None = None,
    *,
    log: SQLTransparencyLog,
    refresher_months: int | None = None,
    with_previous: bool = False,
) -> AnnualReportView:
    """A report reader asks for the annual report of an academic year (default: the current
    one): counts only, small numbers suppressed, with the OfS return; with the year before
    for comparison when asked (the PDF shows both)."""
    actor.require(Action.REPORT_READ)
    chosen = _year(clock, year)
    report = _build(session, actor, clock, settings, chosen, log, refresher_months)
    previous = None
    if with_previous and chosen.start_year > 2000:
        previous = _build(
            session, actor, clock, settings, AcademicYear(chosen.start_year - 1), log,
            refresher_months,
        )
    current = AcademicYear.of(clock.today()).start_year
    return AnnualReportView(
        report=report,
        ofs=(*ofs_lines(report), *request_ofs_lines(report)),
        previous=previous,
        years=tuple(range(current, current - YEARS_OFFERED, -1)),
    )


def ofs_return(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    year: int | None = None,
    *,
    log: SQLTransparencyLog,
    refresher_months: int | None = None,
    exact: bool = False,
) -> OfsReturnView:
    """A report reader asks for the OfS Prevent monitoring return figures of a year, small
    numbers suppressed; with ``exact``, those who file the return get the exact counts the
    return needs (the request is recorded in the access log)."""
    actor.require(Action.REPORT_READ)
    if exact:
        actor.require(Action.REPORT_OFS_EXACT)
    report = _build(session, actor, clock, settings, _year(clock, year), log, refresher_months)
    if exact:
        record_access(session, actor, action="report.ofs_exact", object_type="report",
                      object_ref=report.year.label)
    return OfsReturnView(
        academic_year=report.year.label,
        exact=exact,
        lines=[
            OfsLineView(
                item=line.item.code,
                question=line.item.question,
                value=line.shown(exact=exact),
                derived_from=list(line.item.source_keys),
                how=line.item.how,
            )
            for line in [*ofs_lines(report), *request_ofs_lines(report)]
        ],
    )


def trace_figure(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    year: int | None,
    key: str,
    *,
    log: SQLTransparencyLog,
    refresher_months: int | None = None,
) -> FigureTraceView:
    """An auditor asks which records and log entries a figure counts (ids, no personal data)."""
    actor.require(Action.REPORT_READ)
    report = _build(session, actor, clock, settings, _year(clock, year), log, refresher_months)
    figure = report.figure(key)
    return FigureTraceView(
        key=figure.key,
        label=figure.label,
        value=figure.value,
        display=figure.display,
        trace=list(figure.trace),
    )


def ropa(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    schedule: Schedule,
) -> RopaView:
    """The record of processing activities (Art 30, with the DPA 2018 Sch 1 para 41 items), built
    from the installation: its organisation, DPOs, recipients, the lawful bases its disclosures
    recorded, its retention schedule and plan, and its DPIAs (no student is named)."""
    actor.require(Action.REPORT_READ)
    from gateway.reports.ropa import build_ropa

    today = clock.today()
    lines = build_ropa(session, settings, schedule, today)
    record_access(session, actor, action="report.ropa", object_type="report",
                  object_ref=today.isoformat())
    return RopaView(
        organisation=settings.organisation_name,
        as_of=today,
        lines=[RopaLineView(activity=x.activity, field=x.field, label=x.label, value=x.value)
               for x in lines],
    )
