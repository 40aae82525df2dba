"""`prevent-gateway access-log`: who read which case data, sealed into the sharing log."""

from __future__ import annotations

from typing import Annotated

import typer

from gateway.cli.common import AsUser, console, fail, open_ctx, run, run_in

app = typer.Typer(
    help="The access log (every read of case data): list it, seal it into the sharing log, "
    "verify it against its seals.",
    no_args_is_help=True,
)


@app.command("list")
def list_(
    as_user: AsUser,
    limit: Annotated[int, typer.Option(min=1, max=10000, help="How many, newest first.")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many of the newest.")] = 0,
    json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Who read what, when, through which door and from where."""
    from gateway.access_log import use_cases
    from gateway.timeutil import long_datetime

    view = run(as_user, use_cases.list_access_events, limit=limit, offset=offset)
    if json:
        typer.echo(view.model_dump_json(indent=2))
        return
    out = console()
    for e in view.events:
        refused = f"  REFUSED ({e.refused_rule})" if e.refused_rule else ""
        out.print(
            f"{e.id:6} {long_datetime(e.at)}  {e.display_name} ({e.role_label}, {e.username})  "
            f"{e.action}  {e.object_type} {e.object_ref}  {e.channel} {e.source or '-'}{refused}",
            markup=False,
        )


@app.command("refusals")
def refusals(
    as_user: AsUser,
    limit: Annotated[int, typer.Option(min=1, max=10000, help="How many, newest first.")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many of the newest.")] = 0,
    json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Every refused attempt: who tried what, on what, and the rule that refused it."""
    from gateway.access_log import use_cases
    from gateway.timeutil import long_datetime

    view = run(as_user, use_cases.list_refused_attempts, limit=limit, offset=offset)
    if json:
        typer.echo(view.model_dump_json(indent=2))
        return
    out = console()
    if not view.events:
        out.print("No refused attempts recorded.")
    for e in view.events:
        out.print(
            f"{e.id:6} {long_datetime(e.at)}  {e.display_name} ({e.role_label}, {e.username})  "
            f"{e.action}  {e.object_type} {e.object_ref}  refused: {e.refused_rule}  "
            f"{e.channel}",
            markup=False,
        )


@app.command("seal")
def seal(as_user: AsUser) -> None:
    """Seal every event since the last seal into the signed sharing log (run it daily)."""
    from gateway.access_log import use_cases

    ctx = open_ctx()
    try:
        made = run_in(ctx, as_user, use_cases.seal_access_log, log=ctx.log_writer())
    finally:
        ctx.close()
    if made is None:
        console().print("Nothing new to seal.")
    else:
        console().print(f"{made.reference}: {made.event_count} access events sealed as "
                        f"sharing-log entry {made.log_index}.", markup=False)


@app.command("verify")
def verify(as_user: AsUser) -> None:
    """Check that the database still refuses edits to the access log, and recompute every
    sealed range to compare it with its seal in the sharing log."""
    from gateway.access_log import use_cases

    ctx = open_ctx()
    try:
        check = run_in(ctx, as_user, use_cases.check_access_log, log=ctx.transparency_log())
    finally:
        ctx.close()
    if not (check.append_only and check.seals_verified):
        fail(
            check.detail,
            "Tell the DPO: the access log has been altered outside the "
            "gateway. Keep the database as it is for investigation.",
        )
    console().print(check.detail, markup=False)
