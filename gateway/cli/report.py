"""`prevent-gateway report`: the annual report (policy 4.2), its trace, the OfS return."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from gateway.cli.common import AsUser, JsonOption, console, open_ctx, run_in

app = typer.Typer(help="Annual Prevent report, figure traces and the OfS return.",
                  no_args_is_help=True)

YearOption = Annotated[
    int, typer.Option("--year", help="The year the academic year starts in: 2025 = 2025-26.")
]
RefresherOption = Annotated[
    int | None,
    typer.Option(
        "--refresher-months",
        min=1,
        max=60,
        help="Count training compliance at this refresher interval instead of the "
        "installation's setting (PREVENT_GATEWAY_TRAINING_REFRESHER_MONTHS, default 24).",
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
    refresher_months: RefresherOption = None,
) -> None:
    """Write the annual report for the Executive Management Board and the University of
    Liverpool: counts only, small numbers suppressed, with the OfS return figures."""
    from gateway.reports import use_cases

    ctx = open_ctx()
    try:
        view = run_in(ctx, as_user, use_cases.annual_report, year, log=ctx.transparency_log(),
                      refresher_months=refresher_months, with_previous=format is Format.PDF)
    finally:
        ctx.close()
    if format is Format.PDF:
        out.write_bytes(view.pdf())
    elif format is Format.CSV:
        out.write_text(view.csv(), encoding="utf-8")
    else:
        out.write_text(view.json(), encoding="utf-8")
    report = view.report
    console().print(f"Annual report {report.year.label} written to {out} ({format.value}); "
                    f"{len(report.figures)} figures from sharing-log checkpoint size "
                    f"{report.log_size}.", markup=False)


@app.command("trace")
def trace(
    figure: Annotated[str, typer.Argument(help="A figure key, e.g. concerns.source.staff.")],
    year: YearOption,
    as_user: AsUser,
    refresher_months: RefresherOption = None,
    json: JsonOption = False,
) -> None:
    """List the records and sharing-log entries behind one figure (ids only, for auditors)."""
    from gateway.reports import use_cases

    ctx = open_ctx()
    try:
        f = run_in(ctx, as_user, use_cases.trace_figure, year, figure,
                   log=ctx.transparency_log(), refresher_months=refresher_months)
    finally:
        ctx.close()
    if json:
        typer.echo(f.model_dump_json(indent=2))
        return
    out = console()
    out.print(f"{f.key}: {f.label}", markup=False)
    out.print(f"Count {f.value} (shown in the report as: {f.display})", markup=False)
    for ref in f.trace:
        out.print(f"  {ref}", markup=False)


@app.command("ofs")
def ofs(
    year: YearOption,
    as_user: AsUser,
    refresher_months: RefresherOption = None,
    exact: Annotated[
        bool,
        typer.Option(
            "--exact",
            help="Exact counts, as the return must be filed (the Prevent Lead and nominee "
            "only); without it small numbers are shown as 'fewer than 5'.",
        ),
    ] = False,
    json: JsonOption = False,
) -> None:
    """The figures for the Office for Students Prevent monitoring return, and how each is
    derived."""
    from gateway.reports import use_cases

    ctx = open_ctx()
    try:
        view = run_in(ctx, as_user, use_cases.ofs_return, year, log=ctx.transparency_log(),
                      refresher_months=refresher_months, exact=exact)
    finally:
        ctx.close()
    if json:
        typer.echo(view.model_dump_json(indent=2))
        return
    out = console()
    out.print(f"OfS Prevent monitoring return, academic year {view.academic_year}"
              + (" (exact counts, for filing)" if view.exact else
                 " (small numbers suppressed; --exact for filing)"), markup=False)
    for line in view.lines:
        out.print(f"- {line.question}: {line.value}", markup=False)
        out.print(f"    ({line.how})", markup=False)


class RopaFormat(StrEnum):
    PDF = "pdf"
    CSV = "csv"


@app.command("ropa")
def ropa(
    out: Annotated[Path, typer.Option(help="Where to write the record.")],
    as_user: AsUser,
    format: Annotated[RopaFormat, typer.Option("--format", help="pdf or csv.")] = RopaFormat.PDF,
) -> None:
    """Write the record of processing activities (UK GDPR Art 30, with the DPA 2018 Sch 1
    para 41 items), built from this installation's configuration and records."""
    from gateway.reports import use_cases

    ctx = open_ctx()
    try:
        view = run_in(ctx, as_user, use_cases.ropa, schedule=ctx.schedule)
    finally:
        ctx.close()
    if format is RopaFormat.PDF:
        out.write_bytes(view.pdf())
    else:
        out.write_text(view.csv(), encoding="utf-8")
    activities = len({line.activity for line in view.lines})
    console().print(f"Record of processing activities ({activities} activities) written to "
                    f"{out} ({format.value}).", markup=False)
