"""`prevent-gateway access-log`: who read which case data, sealed into the sharing log."""

from __future__ import annotations

from typing import Annotated

import typer

from gateway.cli.common import AsUser, act, fail

app = typer.Typer(
    help="The access log (every read of case data): list it, seal it into the sharing log, "
    "verify it against its seals.",
    no_args_is_help=True,
)


@app.command("list")
def list_(
    as_user: AsUser,
    limit: Annotated[int, typer.Option(min=1, max=10000, help="How many, newest first.")] = 50,
) -> None:
    """Who read what, when, through which door and from where."""
    from gateway.access_log.service import list_access

    rows = act(
        as_user,
        lambda s, a, _c: [
            (e.id, e.at, e.user_id, e.action, e.object_ref, e.channel, e.source or "-")
            for e in list_access(s, a, limit=limit)
        ],
    )
    for event_id, at, user_id, action, ref, channel, source in rows:
        typer.echo(
            f"{event_id:6} {at:%Y-%m-%d %H:%M:%S} user {user_id:<4} {action:22} "
            f"{ref:16} {channel:4} {source}"
        )


@app.command("seal")
def seal(as_user: AsUser) -> None:
    """Seal every event since the last seal into the signed sharing log (run it daily)."""
    from gateway.access_log.sealing import seal_access_log
    from gateway.cli.disclosure import log_writer

    def work(s, a, c):  # type: ignore[no-untyped-def]
        made = seal_access_log(s, a, log_writer(c))
        return None if made is None else (made.reference, made.event_count, made.log_index)

    result = act(as_user, work)
    if result is None:
        typer.echo("Nothing new to seal.")
    else:
        reference, count, index = result
        typer.echo(f"{reference}: {count} access events sealed as sharing-log entry {index}.")


@app.command("verify")
def verify(as_user: AsUser) -> None:
    """Recompute every sealed range and compare it with its seal in the sharing log."""
    from gateway.access_log.sealing import verify_access_log

    result = act(as_user, lambda s, a, c: verify_access_log(s, a, c.transparency_log()))
    if not result.ok:
        fail(
            result.summary(),
            "Tell the DPO: the access log has been altered outside the "
            "gateway. Keep the database as it is for investigation.",
        )
    typer.echo(result.summary())
