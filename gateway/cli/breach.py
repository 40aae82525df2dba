"""`prevent-gateway breach`: the personal data breach register (UK GDPR Arts 33, 34)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gateway.cli.common import (
    AsUser,
    JsonOption,
    open_ctx,
    print_json,
    read_text_input,
    run,
    run_in,
    say,
)

if TYPE_CHECKING:
    from gateway.breaches.views import BreachView

app = typer.Typer(
    help="Personal data breaches: open, list, show, assess, decide who is told, the "
    "recipient's deletion, export the register.",
    no_args_is_help=True,
)


def _file(path: Path, what: str) -> str:
    return read_text_input(path, what)


def _when(value: datetime) -> datetime:
    # A time typed without a zone is UTC, as every time the gateway stores.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@app.command("open")
def open_(
    what_file: Annotated[
        Path, typer.Option(help="A text file: what happened ('-': standard input).")
    ],
    discovered_at: Annotated[
        datetime,
        typer.Option(
            formats=["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"],
            help="When it was found (UTC); the 72 hours run from it.",
        ),
    ],
    found_by: Annotated[str, typer.Option(help="Who found it (a name or a role).")],
    people_categories: Annotated[str, typer.Option(help="The categories of people concerned.")],
    people_count: Annotated[int, typer.Option(help="Approximately how many people.")],
    record_categories: Annotated[str, typer.Option(help="The categories of records concerned.")],
    record_count: Annotated[int, typer.Option(help="Approximately how many records.")],
    consequences_file: Annotated[
        Path, typer.Option(help="A text file: the likely consequences.")
    ],
    measures_file: Annotated[Path, typer.Option(help="A text file: the measures taken.")],
    as_user: AsUser,
    disclosure: Annotated[str | None, typer.Option(help="The disclosure concerned.")] = None,
) -> None:
    """Open a breach record (logged as breach_recorded, without personal data)."""
    from gateway.breaches import use_cases
    from gateway.breaches.domain import BreachReport

    details = BreachReport(
        what_happened=_file(what_file, "what happened"),
        discovered_at=_when(discovered_at),
        found_by=found_by,
        people_categories=people_categories,
        people_count=people_count,
        record_categories=record_categories,
        record_count=record_count,
        consequences=_file(consequences_file, "the consequences"),
        measures=_file(measures_file, "the measures"),
    )
    ctx = open_ctx()
    try:
        view = run_in(ctx, as_user, use_cases.report, details, disclosure, log=ctx.log_writer())
    finally:
        ctx.close()
    say(
        f"{view.reference} opened (sharing-log entry {view.log_index}): decide on notifying "
        f"the ICO by {view.notify_deadline:%Y-%m-%d %H:%M} UTC ({view.clock_words})."
    )


@app.command("list")
def list_(
    as_user: AsUser,
    open_clocks: Annotated[
        bool, typer.Option(help="Only those still waiting for the ICO decision.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """The register with each breach's 72-hour clock."""
    from gateway.breaches import use_cases

    rows = run(as_user, use_cases.list_breaches, open_clocks_only=open_clocks)
    if as_json:
        print_json(rows)
        return
    if not rows:
        say("No breach is recorded.")
    for b in rows:
        say(
            f"{b.reference}  found {b.discovered_at:%Y-%m-%d %H:%M}  ICO by "
            f"{b.notify_deadline:%Y-%m-%d %H:%M} UTC  {b.clock_words}"
            + (f"  ({b.disclosure_reference})" if b.disclosure_reference else "")
        )


def _lines(b: BreachView) -> list[str]:
    def yes_no(value: bool | None) -> str:
        return "not decided" if value is None else ("yes" if value else "no")

    lines = [
        f"{b.reference} ({b.source.value})"
        + (f" about {b.disclosure_reference}" if b.disclosure_reference else ""),
        f"Found {b.discovered_at:%Y-%m-%d %H:%M} UTC by {b.found_by}; ICO deadline "
        f"{b.notify_deadline:%Y-%m-%d %H:%M} UTC: {b.clock_words}",
        f"What happened: {b.what_happened}",
        f"People: {b.people_categories} (about {b.people_count})",
        f"Records: {b.record_categories} (about {b.record_count})",
        f"Likely consequences: {b.consequences or 'not yet assessed'}",
        f"Measures: {b.measures or 'not yet assessed'}",
        f"Notify the ICO: {yes_no(b.ico_notify)}"
        + (f" ({b.ico_reasons})" if b.ico_reasons else "")
        + (f", notified {b.ico_notified_on}" if b.ico_notified_on else "")
        + (" [after the 72 hours]" if b.ico_late else ""),
        f"Tell the student: {yes_no(b.student_notify)}"
        + (f" ({b.student_reasons})" if b.student_reasons else "")
        + (f", told {b.student_told_on}" if b.student_told_on else ""),
    ]
    if b.recipient_asked:
        lines.append(
            f"Recipient asked to {b.recipient_asked} on {b.recipient_asked_on}: "
            + (f"answered {b.recipient_answered_on}: {b.recipient_answer}" if b.recipient_answer
               else "no answer yet")
        )
    lines.append(f"Sharing-log entry: {b.log_index}")
    return lines


@app.command("show")
def show(reference: str, as_user: AsUser, as_json: JsonOption = False) -> None:
    """One breach in full (the read is recorded)."""
    from gateway.breaches import use_cases

    view = run(as_user, use_cases.read, reference)
    if as_json:
        print_json(view)
        return
    say("\n".join(_lines(view)))


@app.command("assess")
def assess(
    reference: str,
    consequences_file: Annotated[Path, typer.Option(help="The likely consequences.")],
    measures_file: Annotated[Path, typer.Option(help="The measures taken or proposed.")],
    as_user: AsUser,
) -> None:
    """DPO: record the likely consequences and the measures taken."""
    from gateway.breaches import use_cases

    run(
        as_user,
        use_cases.assess,
        reference,
        _file(consequences_file, "the consequences"),
        _file(measures_file, "the measures"),
    )
    say(f"{reference} assessed.")


@app.command("decide")
def decide(
    reference: str,
    about: Annotated[str, typer.Option(help="ico (Art 33) or student (Art 34).")],
    reasons_file: Annotated[
        Path, typer.Option(help="The reasons ('-': standard input; at least 40 characters).")
    ],
    as_user: AsUser,
    notify: Annotated[bool, typer.Option("--notify/--no-notify")] = True,
    notified_on: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="When they were notified or told."),
    ] = None,
) -> None:
    """DPO: the decision whether to notify the ICO or tell the student, with the reasons."""
    from gateway.breaches import use_cases
    from gateway.breaches.domain import Audience
    from gateway.errors import InvalidInput

    try:
        audience = Audience(about)
    except ValueError:
        raise InvalidInput("--about is 'ico' or 'student'.") from None
    run(
        as_user,
        use_cases.decide,
        reference,
        audience,
        notify,
        _file(reasons_file, "the reasons"),
        notified_on.date() if notified_on else None,
    )
    say(f"{reference}: the decision about {audience.words} is recorded.")


@app.command("recipient")
def recipient(
    reference: str,
    asked: Annotated[str, typer.Option(help="delete or return.")],
    asked_on: Annotated[datetime, typer.Option(formats=["%Y-%m-%d"], help="When they were asked.")],
    as_user: AsUser,
    answer_file: Annotated[Path | None, typer.Option(help="Their answer, once it came.")] = None,
    answered_on: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="When they answered.")
    ] = None,
) -> None:
    """DPO: the request to the recipient to delete or return the package, and their answer."""
    from gateway.breaches import use_cases
    from gateway.breaches.domain import RecipientAsk
    from gateway.errors import InvalidInput

    try:
        what = RecipientAsk(asked)
    except ValueError:
        raise InvalidInput("--asked is 'delete' or 'return'.") from None
    run(
        as_user,
        use_cases.recipient_request,
        reference,
        what,
        asked_on.date(),
        _file(answer_file, "the answer") if answer_file else None,
        answered_on.date() if answered_on else None,
    )
    say(f"{reference}: the request to the recipient is recorded.")


@app.command("export")
def export(
    out: Annotated[Path, typer.Option(help="The file to write.")],
    as_user: AsUser,
    file_format: Annotated[str, typer.Option("--format", help="csv or pdf.")] = "csv",
) -> None:
    """The whole register as CSV or PDF (written 0600; the export is recorded)."""
    import os

    from gateway.breaches import use_cases
    from gateway.errors import InvalidInput

    if file_format not in ("csv", "pdf"):
        raise InvalidInput("--format is csv or pdf.")
    done = run(as_user, use_cases.export_register, "csv" if file_format == "csv" else "pdf")
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(done.content)
    os.chmod(out, 0o600)
    say(f"{done.breaches} breach(es) written to {out}.")
