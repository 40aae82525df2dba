"""`prevent-gateway sar`: subject access requests (UK GDPR Art 15) handled by the DPO."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gateway.cli.common import AsUser, JsonOption, open_ctx, run, run_in

if TYPE_CHECKING:
    from gateway.sar.views import SARItemView

app = typer.Typer(help="Subject access requests: open, decide per item, extend, refresh, "
                  "export, list.",
                  no_args_is_help=True)



def _item_line(i: SARItemView) -> list[str]:
    lines = [f"{i.position:4} {i.decision.value:9} {i.source_ref:34} {i.label}"]
    if i.prejudice_reasoning:
        lines.append(f"       withheld ({i.exemption}): {i.prejudice_reasoning}")
    return lines


@app.command("open")
def open_(
    student_id: Annotated[str, typer.Argument(help="The student's id.")],
    as_user: AsUser,
    received_on: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="When the request was received (default today).")] = None,
) -> None:
    """Open a request and list every record held about the student, including sharing-log
    entries found through their pseudonymous reference."""
    from gateway.sar import use_cases

    ctx = open_ctx()
    try:
        view = run_in(ctx, as_user, use_cases.open_request, student_id,
                      received_on=received_on.date() if received_on else None,
                      keyring=ctx.keyring, log=ctx.transparency_log())
    finally:
        ctx.close()
    typer.echo(f"{view.reference} opened: {view.items} item(s) found; "
               f"respond by {view.due_on.isoformat()}.")
    typer.echo(f"Decide each item: prevent-gateway sar show {view.reference}")


@app.command("show")
def show(
    reference: str,
    as_user: AsUser,
    item: Annotated[int | None, typer.Option(
        help="Print this item's full content (unredacted) to decide on it.")] = None,
    as_json: JsonOption = False,
) -> None:
    """The request, its deadline and each item with its decision."""
    from gateway.sar import use_cases

    if item is not None:
        ctx = open_ctx()
        try:
            text = run_in(ctx, as_user, use_cases.read_item, reference, item,
                          log=ctx.transparency_log())
        finally:
            ctx.close()
        typer.echo(text.model_dump_json(indent=2) if as_json else text.content)
        return
    r = run(as_user, use_cases.read_request, reference)
    if as_json:
        typer.echo(r.model_dump_json(indent=2))
        return
    typer.echo(f"{r.reference} received {r.received_on.isoformat()}, due "
               f"{r.due_on.isoformat()}, {r.status.value}")
    if r.extension_reason:
        typer.echo(f"Extended: {r.extension_reason}")
    for i in r.item_list:
        for line in _item_line(i):
            typer.echo(line)


@app.command("decide")
def decide(
    reference: str,
    position: int,
    as_user: AsUser,
    withhold: Annotated[bool, typer.Option(
        "--withhold/--disclose", help="Withhold under DPA 2018 Sch 2 para 2, or disclose.")]
    = False,
    reason: Annotated[str | None, typer.Option(
        help="For --withhold: how disclosing this item would prejudice the prevention or "
        "detection of crime.")] = None,
) -> None:
    """Disclose an item, or withhold it with the prejudice reasoning recorded."""
    from gateway.sar import use_cases
    from gateway.sar.domain import ItemDecision

    decision = ItemDecision.WITHHOLD if withhold else ItemDecision.DISCLOSE
    run(as_user, use_cases.decide_item, reference, position, decision, reason)
    typer.echo(f"{reference} item {position}: {decision.value}.")


@app.command("extend")
def extend(
    reference: str,
    as_user: AsUser,
    reason: Annotated[str, typer.Option(help="Why the request is complex or numerous.")],
) -> None:
    """Extend the deadline by two further months (once, within the first month)."""
    from gateway.sar import use_cases

    view = run(as_user, use_cases.extend, reference, reason)
    typer.echo(f"{reference} now due {view.due_on.isoformat()}. "
               "Tell the student, with the reason.")


@app.command("export")
def export(
    reference: str,
    as_user: AsUser,
    out: Annotated[Path, typer.Option(help="Where to write the response pack (PDF).")],
) -> None:
    """Write the response pack with other people's data redacted; marks it responded."""
    import os

    from gateway.sar import use_cases

    ctx = open_ctx()
    try:
        pack = run_in(ctx, as_user, use_cases.export_pack, reference,
                      keyring=ctx.keyring, log=ctx.transparency_log())
    finally:
        ctx.close()
    # Created readable by the DPO alone: the pack is the student's personal data.
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pack.pdf)
    out.chmod(0o600)
    typer.echo(f"Response pack for {reference} written to {out}.")


@app.command("refresh")
def refresh(reference: str, as_user: AsUser) -> None:
    """Add records about the student created since the request was opened."""
    from gateway.sar import use_cases

    ctx = open_ctx()
    try:
        view = run_in(ctx, as_user, use_cases.refresh_items, reference,
                      keyring=ctx.keyring, log=ctx.transparency_log())
    finally:
        ctx.close()
    typer.echo(f"{len(view.added)} new item(s) added to {reference}.")
    for i in view.added:
        typer.echo(f"{i.position:4} {i.label}")


@app.command("list")
def list_(
    as_user: AsUser,
    all_: Annotated[bool, typer.Option(
        "--all", help="Include the requests already responded to.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Open requests, soonest deadline first (with --all, then the ones responded to)."""
    from gateway.sar import use_cases
    from gateway.sar.domain import SARStatus

    rows = run(as_user, use_cases.list_requests, open_only=not all_)
    if as_json:
        from pydantic import TypeAdapter

        from gateway.sar.views import SARSummary

        typer.echo(TypeAdapter(list[SARSummary]).dump_json(rows, indent=2).decode())
        return
    if not rows:
        typer.echo("No open subject access requests." if not all_ else
                   "No subject access requests.")
    for r in rows:
        if r.status is not SARStatus.OPEN:
            typer.echo(f"{r.reference} responded {r.responded_at:%Y-%m-%d}"
                       if r.responded_at else f"{r.reference} {r.status.value}")
            continue
        flag = "OVERDUE" if r.overdue else f"{r.days_left} days left"
        typer.echo(f"{r.reference} due {r.due_on.isoformat()} ({flag})"
                   f"{' extended' if r.extended else ''}; {r.pending} of {r.items} undecided")
