"""Reports: the annual report and its CSV."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from gateway.web.rendering import (
    parse_int,
    render,
)
from gateway.web.session import (
    WebCall,
    web_get,
)

router = APIRouter(include_in_schema=False)


def _report_year(request: Request) -> int | None:
    value = request.query_params.get("year", "")
    return parse_int(value, "The year") if value else None


@router.get("/reports")
async def reports_page(request: Request) -> Response:
    from gateway.api.routers.reports import annual_report_dict, current_academic_year

    year = _report_year(request)

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        report, data = annual_report_dict(request, s, call.actor, year)
        sections: dict[str, list[dict[str, Any]]] = {}
        for figure in data["figures"]:
            sections.setdefault(str(figure["section"]), []).append(figure)
        return render(
            request,
            "reports.html",
            call,
            data=data,
            sections=sections,
            year=report.year.start_year,
            years=range(current_academic_year(), current_academic_year() - 6, -1),
        )

    return await web_get(request, work)


@router.get("/reports/annual.csv")
async def reports_csv(request: Request) -> Response:
    from gateway.api.routers.reports import annual_report_dict
    from gateway.reports.export import to_csv
    from gateway.reports.service import ofs_return

    year = _report_year(request)

    def work(s: Session, call: WebCall) -> tuple[str, int]:
        assert call.actor is not None
        report, _data = annual_report_dict(request, s, call.actor, year)
        return to_csv(report, ofs_return(report)), report.year.start_year

    content, start = await web_get(request, work)
    return Response(
        content,
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="prevent-annual-report-{start}.csv"'
        },
    )
