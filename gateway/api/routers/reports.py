"""Reports: the annual Prevent duty report (policy 4.2), figures suppressed where identifying."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from gateway.api.deps import call
from gateway.http.state import app_state
from gateway.reports import use_cases

router = APIRouter(tags=["reports"])

Year = Annotated[
    int | None,
    Query(ge=2000, le=2100, description="The year the academic year starts (1 August)."),
]


@router.get("/reports/annual", response_model=dict[str, Any])
def annual(request: Request, year: Year = None) -> dict[str, Any]:
    """Every figure of the annual report, small numbers suppressed; traces stay internal."""
    log = app_state(request).transparency_log()
    return call(request, use_cases.annual_report, year, log=log).data()
