"""Reports: the annual Prevent duty report (policy 4.2), figures suppressed where identifying."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from gateway.api.deps import call
from gateway.http.state import app_state
from gateway.reports import use_cases
from gateway.reports.views import OfsReturnView, RopaView

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


@router.get("/reports/ofs", response_model=OfsReturnView)
def ofs(
    request: Request,
    year: Year = None,
    exact: Annotated[
        bool,
        Query(description="Exact counts for filing the return (the Prevent Lead and nominee "
              "only); otherwise small numbers are suppressed."),
    ] = False,
) -> OfsReturnView:
    """The OfS Prevent monitoring return: each item, its figure and how it is derived."""
    log = app_state(request).transparency_log()
    return call(request, use_cases.ofs_return, year, log=log, exact=exact)


@router.get("/reports/ropa", response_model=RopaView)
def ropa(request: Request) -> RopaView:
    """The record of processing activities (UK GDPR Art 30, DPA 2018 Sch 1 para 41), built from
    the installation's configuration and records."""
    return call(request, use_cases.ropa, schedule=app_state(request).ctx.schedule)
