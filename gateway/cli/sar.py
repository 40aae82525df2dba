"""`prevent-gateway sar`: subject access requests (UK GDPR Art 15) handled by the DPO."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gateway.cli.common import AsUser, act

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gateway.actor import Actor
    from gateway.context import AppContext

app = typer.Typer(help="Subject access requests: open, decide per item, extend, refresh, "
                  "export, list.",
                  no_args_is_help=True)


@app.command("open")
def open_(
    student_id: Annotated[str, typer.Argument(help="The student's id.")],
    as_user: AsUser,
    received_on: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="When the request was received (default today).")] = None,
) -> None:
    """Open a request and list every record held about the student, including sharing-log
    entries found through their pseudonymous reference."""
    from gateway.sar.service import open_request

    def work(session: Session, actor: Actor, ctx: AppContext) -> tuple[str, str, int]:
        r = open_request(session, actor, student_id,
                         subject_key=ctx.keyring.subject_hmac_key(),
                         log=ctx.transparency_log(),
                         received_on=received_on.date() if received_on else None)
        return r.reference, r.due_on.isoformat(), len(r.items)

    ref, due, items = act(as_user, work)
    typer.echo(f"{ref} opened: {items} item(s) found; respond by {due}.")
    typer.echo(f"Decide each item: prevent-gateway sar show {ref}")


@app.command("show")
def show(
    reference: str,
    as_user: AsUser,
    item: Annotated[int | None, typer.Option(
        help="Print this item's full content (unredacted) to decide on it.")] = None,
) -> None:
    """The request, its deadline and each item with its decision."""
    from gateway.sar.service import get_request, read_item

    if item is not None:
        typer.echo(act(as_user, lambda s, a, c: read_item(s, a, reference, item,
                                                           c.transparency_log())))
        return

    def work(session: Session, actor: Actor, _ctx: AppContext) -> list[str]:
        r = get_request(session, actor, reference)
        lines = [f"{r.reference} received {r.received_on.isoformat()}, due "
                 f"{r.due_on.isoformat()}, {r.status.value}"]
        if r.extension_reason:
            lines.append(f"Extended: {r.extension_reason}")
        for i in r.items:
            lines.append(f"{i.position:4} {i.decision.value:9} {i.source_ref:34} {i.label}")
            if i.prejudice_reasoning:
                lines.append(f"       withheld ({i.exemption}): {i.prejudice_reasoning}")
        return lines

    for line in act(as_user, work):
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
    from gateway.sar.domain import ItemDecision
    from gateway.sar.service import decide_item

    decision = ItemDecision.WITHHOLD if withhold else ItemDecision.DISCLOSE
    act(as_user, lambda s, a, _c: decide_item(s, a, reference, position, decision, reason).id)
    typer.echo(f"{reference} item {position}: {decision.value}.")


@app.command("extend")
def extend(
    reference: str,
    as_user: AsUser,
    reason: Annotated[str, typer.Option(help="Why the request is complex or numerous.")],
) -> None:
    """Extend the deadline by two further months (once, within the first month)."""
    from gateway.sar.service import extend as extend_request

    due = act(as_user, lambda s, a, _c: extend_request(s, a, reference, reason).due_on)
    typer.echo(f"{reference} now due {due.isoformat()}. Tell the student, with the reason.")


@app.command("export")
def export(
    reference: str,
    as_user: AsUser,
    out: Annotated[Path, typer.Option(help="Where to write the response pack (PDF).")],
) -> None:
    """Write the response pack with other people's data redacted; marks it responded."""
    from gateway.sar.service import export_pack

    def work(session: Session, actor: Actor, ctx: AppContext) -> bytes:
        from redaction import get_redactor

        return export_pack(session, actor, reference,
                           redactor=get_redactor(ctx.settings.nlp_model),
                           log=ctx.transparency_log(),
                           organisation=ctx.settings.organisation_name,
                           subject_key=ctx.keyring.subject_hmac_key())

    pdf = act(as_user, work)
    out.write_bytes(pdf)
    out.chmod(0o600)
    typer.echo(f"Response pack for {reference} written to {out}.")


@app.command("refresh")
def refresh(reference: str, as_user: AsUser) -> None:
    """Add records about the student created since the request was opened."""
    from gateway.sar.service import refresh_items

    def work(session: Session, actor: Actor, ctx: AppContext) -> list[tuple[int, str]]:
        added = refresh_items(session, actor, reference,
                              subject_key=ctx.keyring.subject_hmac_key(),
                              log=ctx.transparency_log())
        return [(i.position, i.label) for i in added]

    added = act(as_user, work)
    typer.echo(f"{len(added)} new item(s) added to {reference}.")
    for position, label in added:
        typer.echo(f"{position:4} {label}")


@app.command("list")
def list_(as_user: AsUser) -> None:
    """Open requests, soonest deadline first."""
    from gateway.sar.service import list_open

    rows = act(as_user, lambda s, a, _c: list_open(s, a))
    if not rows:
        typer.echo("No open subject access requests.")
    for r in rows:
        flag = "OVERDUE" if r.overdue else f"{r.days_left} days left"
        typer.echo(f"{r.reference} due {r.due_on.isoformat()} ({flag})"
                   f"{' extended' if r.extended else ''}; {r.pending} of {r.items} undecided")
