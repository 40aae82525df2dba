"""Reports: the annual report, as a page, a PDF for the board and a CSV."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from gateway.http.state import app_state
from gateway.reports import use_cases
from gateway.web.rendering import parse_int, render
from gateway.web.session import show

router = APIRouter(include_in_schema=False)


def _report_year(request: Request) -> int | None:
    value = request.query_params.get("year", "")
    return parse_int(value, "The year") if value else None


@router.get("/reports")
async def reports_page(request: Request) -> Response:
    log = app_state(request).transparency_log()
    shown = await show(request, use_cases.annual_report, _report_year(request), log=log)
    view = shown.view
    return render(
        request,
        "reports.html",
        shown.call,
        data=view.data(),
        sections=view.sections(),
        year=view.start_year,
        years=view.years,
    )


@router.get("/reports/annual.csv")
async def reports_csv(request: Request) -> Response:
    log = app_state(request).transparency_log()
    view = (await show(request, use_cases.annual_report, _report_year(request), log=log)).view
    return Response(
        view.csv(),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": (
                f'attachment; filename="prevent-annual-report-{view.start_year}.csv"'
            )
        },
    )


@router.get("/reports/annual.pdf")
async def reports_pdf(request: Request) -> Response:
    """The board's PDF of the year's report, with the year before for comparison."""
    log = app_state(request).transparency_log()
    view = (
        await show(
            request, use_cases.annual_report, _report_year(request), log=log, with_previous=True
        )
    ).view
    return Response(
        view.pdf(),
        media_type="application/pdf",
        headers={
            "Content-Disposition": (
                f'attachment; filename="prevent-annual-report-{view.start_year}.pdf"'
            )
        },
    )
@router.get("/reports/ofs")
async def ofs_page(request: Request) -> Response:
    """The OfS Prevent monitoring return: small numbers suppressed, or exact (for filing) to
    those who file it."""
    exact = request.query_params.get("exact") == "yes"
    shown = await show(
        request,
        use_cases.ofs_return,
        _report_year(request),
        log=app_state(request).transparency_log(),
        exact=exact,
    )
    return render(
        request, "reports_ofs.html", shown.call, ofs=shown.view, year=_report_year(request)
    )


@router.get("/reports/ropa")
async def ropa_page(request: Request) -> Response:
    """The record of processing activities (UK GDPR Art 30)."""
    shown = await show(request, use_cases.ropa, schedule=app_state(request).ctx.schedule)
    return render(request, "reports_ropa.html", shown.call, ropa=shown.view)
