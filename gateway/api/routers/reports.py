"""Reports: the annual Prevent duty report (policy 4.2), figures suppressed where identifying."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.api.deps import run_api
from gateway.http.state import app_state
from gateway.timeutil import utcnow

router = APIRouter(tags=["reports"])

Year = Annotated[
    int | None,
    Query(ge=2000, le=2100, description="The year the academic year starts (1 August)."),
]


def current_academic_year() -> int:
    today = utcnow().date()
    return today.year if today.month >= 8 else today.year - 1


def annual_report_dict(request: Request, s: Session, a: Actor, year: int | None) -> Any:
    from gateway.reports.domain import AcademicYear
    from gateway.reports.export import report_dict
    from gateway.reports.service import build_annual_report, ofs_return

    state = app_state(request)
    report = build_annual_report(
        s,
        a,
        AcademicYear(year or current_academic_year()),
        state.transparency_log(),
        organisation=state.ctx.settings.organisation_name,
    )
    return report, report_dict(report, ofs_return(report))


@router.get("/reports/annual", response_model=dict[str, Any])
def annual(request: Request, year: Year = None) -> dict[str, Any]:
    """Every figure of the annual report, small numbers suppressed; traces stay internal."""

    def work(s: Session, a: Actor) -> dict[str, Any]:
        return dict(annual_report_dict(request, s, a, year)[1])

    return run_api(request, work)
