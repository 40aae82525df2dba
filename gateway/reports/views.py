"""What the doors show of the annual report: the same report, OfS return and traces for the
command line, the API and the pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict

from gateway.reports.domain import AnnualReport, OfsLine


@dataclass(frozen=True)
class AnnualReportView:
    """One academic year's report, its OfS return, and the year before (for comparison)."""

    report: AnnualReport
    ofs: tuple[OfsLine, ...]
    previous: AnnualReport | None = None
    #: The academic years a reader may choose from (the current one first).
    years: tuple[int, ...] = ()

    @property
    def start_year(self) -> int:
        return self.report.year.start_year

    def data(self) -> dict[str, Any]:
        """The report as the board sees it (suppressed counts, no traces): the JSON form."""
        from gateway.reports.export import report_dict

        return report_dict(self.report, list(self.ofs))

    def sections(self) -> dict[str, list[dict[str, Any]]]:
        """The figures of :meth:`data` grouped by their section, in report order."""
        out: dict[str, list[dict[str, Any]]] = {}
        for figure in self.data()["figures"]:
            out.setdefault(str(figure["section"]), []).append(figure)
        return out

    def csv(self) -> str:
        from gateway.reports.export import to_csv

        return to_csv(self.report, list(self.ofs))

    def json(self) -> str:
        from gateway.reports.export import to_json

        return to_json(self.report, list(self.ofs))

    def pdf(self) -> bytes:
        from gateway.reports.pdf import render_pdf

        return render_pdf(self.report, list(self.ofs), previous=self.previous)


class OfsLineView(BaseModel):
    model_config = ConfigDict(frozen=True)

    item: str
    question: str
    value: int | str
    derived_from: list[str]
    how: str


class OfsReturnView(BaseModel):
    """The figures for the OfS Prevent monitoring return and how each is derived."""

    model_config = ConfigDict(frozen=True)

    academic_year: str
    lines: list[OfsLineView]


class FigureTraceView(BaseModel):
    """One figure with the records and sharing-log entries behind it (ids only)."""

    model_config = ConfigDict(frozen=True)

    key: str
    label: str
    value: int
    display: int | str
    trace: list[str]
