"""What the doors show of the annual report: the same report, OfS return and traces for the
command line, the API and the pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

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
        """The figures of :meth:`data` grouped by their section (keyed by its code), in report
        order; each figure once, labelled so that it reads on its own."""
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

    item: str = Field(description="The return's item, as a code.")
    question: str = Field(description="The question the OfS asks.")
    value: int | str = Field(
        description="The answer: the exact count when asked for by those who file the return, "
        "otherwise a count or 'fewer than 5' where a small count could identify someone."
    )
    derived_from: list[str] = Field(
        description="The report figures the answer is taken from (their keys)."
    )
    how: str = Field(description="How the answer is worked out from them.")


class OfsReturnView(BaseModel):
    """The figures for the OfS Prevent monitoring return and how each is derived."""

    model_config = ConfigDict(frozen=True)

    academic_year: str = Field(description="The academic year, e.g. 2025-26.")
    exact: bool = Field(
        default=False,
        description="Whether the counts are exact (for filing the return) rather than with "
        "small numbers suppressed.",
    )
    lines: list[OfsLineView] = Field(description="One line per item of the return.")


class FigureTraceView(BaseModel):
    """One figure with the records and sharing-log entries behind it (ids only)."""

    model_config = ConfigDict(frozen=True)

    key: str = Field(description="The figure's key in the report.")
    label: str = Field(description="What the figure counts, in words.")
    value: int = Field(description="The count itself.")
    display: int | str = Field(
        description="What the board sees: the count, or 'fewer than 5' where it could identify "
        "someone."
    )
    trace: list[str] = Field(
        description="The records and sharing-log entries counted (ids only, no personal data)."
    )


class RopaLineView(BaseModel):
    model_config = ConfigDict(frozen=True)

    activity: str = Field(description="The processing activity, as a code.")
    field: str = Field(description="The entry, as a code (e.g. purposes, para41_retention).")
    label: str = Field(description="The entry in words, with the article it answers.")
    value: str = Field(description="What the installation records for it.")


class RopaView(BaseModel):
    """The record of processing activities (UK GDPR Art 30, DPA 2018 Sch 1 para 41), built from
    the installation's configuration and records (no personal data of students)."""

    model_config = ConfigDict(frozen=True)

    organisation: str = Field(description="The controller.")
    as_of: date = Field(description="The day it was built as of.")
    lines: list[RopaLineView] = Field(description="Every entry of every activity.")

    def csv(self) -> str:
        from gateway.reports.ropa import RopaLine, to_csv

        return to_csv([RopaLine(**line.model_dump()) for line in self.lines])

    def pdf(self) -> bytes:
        from gateway.reports.ropa import RopaLine, render_pdf

        return render_pdf([RopaLine(**line.model_dump()) for line in self.lines],
                          self.organisation, self.as_of)
