"""`prevent-gateway report`: the annual report (policy 4.2), its trace, the OfS return."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gateway.cli.common import AsUser, act

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gateway.actor import Actor
    from gateway.context import AppContext
    from gateway.reports.domain import AnnualReport

app = typer.Typer(help="Annual Prevent report, figure traces and the OfS return.",
                  no_args_is_help=True)

YearOption = Annotated[
    int, typer.Option("--year", help="The year the academic year starts in: 2025 = 2025-26.")
]
RefresherOption = Annotated[
    int,
    typer.Option(
        envvar="PREVENT_GATEWAY_TRAINING_REFRESHER_MONTHS",
        help="Months between Prevent refreshers.",
    ),
]


class Format(StrEnum):
    PDF = "pdf"
    CSV = "csv"
    JSON = "json"


@app.command("annual")
def annual(
    year: YearOption,
    out: Annotated[Path, typer.Option(help="Where to write the report.")],
    as_user: AsUser,
    format: Annotated[Format, typer.Option("--format", help="pdf, csv or json.")] = Format.PDF,
    refresher_months: RefresherOption = 24,
) -> None:
    """Write the annual report for the Executive Management Board and the University of
    Liverpool: counts only, small numbers suppressed, with the OfS return figures."""
    from gateway.reports.domain import AcademicYear
    from gateway.reports.export import to_csv, to_json
    from gateway.reports.service import build_annual_report, ofs_return

    def work(session: Session, actor: Actor, ctx: AppContext) -> tuple[AnnualReport, ...]:
        return tuple(
            build_annual_report(
                session, actor, AcademicYear(y), ctx.transparency_log(),
                organisation=ctx.settings.organisation_name, refresher_months=refresher_months,
            )
            for y in (year, year - 1)
        )

    report, previous = act(as_user, work)
    ofs = ofs_return(report)
    if format is Format.PDF:
        from gateway.reports.pdf import render_pdf

        out.write_bytes(render_pdf(report, ofs, previous=previous))
    elif format is Format.CSV:
        out.write_text(to_csv(report, ofs), encoding="utf-8")
    else:
        out.write_text(to_json(report, ofs), encoding="utf-8")
    typer.echo(f"Annual report {report.year.label} written to {out} ({format.value}); "
               f"{len(report.figures)} figures from sharing-log checkpoint size {report.log_size}.")


@app.command("trace")
def trace(
    figure: Annotated[str, typer.Argument(help="A figure key, e.g. concerns.source.staff.")],
    year: YearOption,
    as_user: AsUser,
    refresher_months: RefresherOption = 24,
) -> None:
    """List the records and sharing-log entries behind one figure (ids only, for auditors)."""
    from gateway.reports.domain import AcademicYear
    from gateway.reports.service import trace_figure

    def work(session: Session, actor: Actor, ctx: AppContext) -> tuple[object, ...]:
        f = trace_figure(session, actor, AcademicYear(year), figure, ctx.transparency_log(),
                         organisation=ctx.settings.organisation_name,
                         refresher_months=refresher_months)
        return f.key, f.label, f.value, f.display, f.trace

    key, label, value, display, refs = act(as_user, work)
    typer.echo(f"{key}: {label}")
    typer.echo(f"Count {value} (shown in the report as: {display})")
    for ref in refs:  # type: ignore[attr-defined]
        typer.echo(f"  {ref}")


@app.command("ofs")
def ofs(
    year: YearOption,
    as_user: AsUser,
    refresher_months: RefresherOption = 24,
) -> None:
    """The figures for the Office for Students Prevent monitoring return, and how each is
    derived."""
    from gateway.reports.domain import AcademicYear
    from gateway.reports.service import build_annual_report, ofs_return

    def work(session: Session, actor: Actor, ctx: AppContext) -> AnnualReport:
        return build_annual_report(
            session, actor, AcademicYear(year), ctx.transparency_log(),
            organisation=ctx.settings.organisation_name, refresher_months=refresher_months,
        )

    report = act(as_user, work)
    typer.echo(f"OfS Prevent monitoring return, academic year {report.year.label}")
    for line in ofs_return(report):
        typer.echo(f"- {line.item.question}: {line.display}")
        typer.echo(f"    ({line.item.how})")
